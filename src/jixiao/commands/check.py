"""``jixiao check FILE…``: run the review checks and list the findings; exit 1 on any error-level
finding, 2 when a file cannot be read. Several files are also compared with each other (duplicates)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.text import Text

from jixiao import limits
from jixiao.checks import SEVERITY_LABELS, SEVERITY_ORDER, Finding, Severity, count_by_severity, run_checks
from jixiao.checks.coverage import CODE as READ_INCOMPLETE
from jixiao.checks.duplicates import Duplicates
from jixiao.checks.explain import fact_text, reading_text, where_text
from jixiao.commands.limit_options import MAX_FILE_MB, MAX_PAGES, MAX_TEXT_CHARS, chosen_limits
from jixiao.commands.parse import FORM
from jixiao.commands.scanning import CACHE, page_progress, use_cache
from jixiao.errors import JixiaoError
from jixiao.model import Evaluation
from jixiao.readers import read_any
from jixiao.scoring import load_pack
from jixiao.scoring.packs import RulePack

STYLES = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
FACTS_SHOWN = 6  # facts listed under a finding in the text output (JSON has them all)


class Format(StrEnum):
    TEXT = "text"
    JSON = "json"


def _source(ref: Any) -> Any:
    return ref.model_dump(mode="json") if ref is not None else None


def finding_to_data(finding: Finding) -> dict[str, Any]:
    return {
        "code": finding.code,
        "severity": finding.severity.value,
        "title": finding.title,
        "message": finding.message,
        "location": finding.location,
        "field": finding.field,
        "source": _source(finding.source),
        "numbers": finding.numbers,
        "facts": [{"path": f.path, "label": f.label, "value": f.value, "source": _source(f.source)}
                  for f in finding.facts],
        "arithmetic": finding.arithmetic,
        "needs_review": finding.needs_review,
        "readings": [{"path": r.path, "label": r.label, "value": r.value, "why": r.why, "source": _source(r.source)}
                     for r in finding.readings],
    }


def read_incomplete(findings: list[Finding]) -> bool:
    """The report was not fully understood (a READ_INCOMPLETE finding)."""
    return any(f.code == READ_INCOMPLETE for f in findings)


def check_to_data(file: Path, evaluation: Evaluation, pack_id: str, findings: list[Finding],
                  read_warnings: list[str] | None = None) -> dict[str, Any]:
    """The JSON shape of ``jixiao check --format json`` (``read_warnings``: what the reader could
    not find or had to guess in a report)."""
    return {
        "file": str(file),
        "unit": evaluation.unit.name or None,
        "year": evaluation.year,
        "pack": pack_id,
        "read_incomplete": read_incomplete(findings),
        "counts": count_by_severity(findings),
        "findings": [finding_to_data(f) for f in findings],
        "read_warnings": list(read_warnings or []),
    }


def _print_finding(finding: Finding, console: Console) -> None:
    style = STYLES[finding.severity]
    console.print(Text.assemble("  ", (finding.title, style), "  ", (finding.code, "dim")))
    console.print(Text(f"    {finding.message}"))
    if finding.arithmetic:
        console.print(Text(f"    算式：{finding.arithmetic}", style="dim"))
    read = [fact_text(f) for f in finding.facts if f.source is not None or not f.path.endswith("]")]
    if read:
        more = f"；另 {len(read) - FACTS_SHOWN} 项见 --format json" if len(read) > FACTS_SHOWN else ""
        console.print(Text(f"    依据：{'；'.join(read[:FACTS_SHOWN])}{more}", style="dim"))
    for reading in finding.readings:
        console.print(Text(f"    · {reading_text(reading)}", style="dim"))
    where = where_text(finding)
    if where:
        console.print(Text(f"    {where}", style="dim"))


def verdict(counts: dict[str, int], incomplete: bool) -> str:
    """``有错误`` / ``无错误``, led by ``读取不完整`` when the report was not fully understood."""
    base = "有错误" if counts[Severity.ERROR.value] else "无错误"
    if not incomplete:
        return base
    return "读取不完整，有错误" if counts[Severity.ERROR.value] else "读取不完整，未能全面复核"


def print_findings(file: Path, evaluation: Evaluation, pack_id: str, findings: list[Finding],
                   console: Console, read_warnings: list[str] | None = None) -> None:
    who = " ".join(part for part in (evaluation.unit.name, f"{evaluation.year}年" if evaluation.year else "") if part)
    console.print(Text(f"复核 {file}（{who}，规则包 {pack_id}）", style="bold"))
    incomplete = read_incomplete(findings)
    if incomplete:
        console.print(Text("读取不完整：报告有内容未能读出，下列结果不代表报告无误，请人工查看原文",
                           style="bold yellow"))
    for warning in read_warnings or []:
        console.print(Text(f"读取提示：{warning}", style="dim"))
    counts = count_by_severity(findings)
    for severity in SEVERITY_ORDER:
        group = [f for f in findings if f.severity is severity]
        if not group:
            continue
        console.print()
        console.print(Text(f"{SEVERITY_LABELS[severity]}（{len(group)}）", style=STYLES[severity]))
        for finding in group:
            _print_finding(finding, console)
    console.print()
    summary = " · ".join(f"{SEVERITY_LABELS[s]} {counts[s.value]}" for s in SEVERITY_ORDER)
    line = f"共 {len(findings)} 条：{summary}（{verdict(counts, incomplete)}）"
    if incomplete:
        line = f"读取不完整：{line}"
    console.print(Text(line, style=STYLES[Severity.ERROR] if counts[Severity.ERROR.value] else
                       ("bold yellow" if incomplete else "bold green")))


@dataclass
class _Checked:
    file: Path
    evaluation: Evaluation
    pack_id: str
    findings: list[Finding]
    warnings: list[str] = field(default_factory=list)


def _check_one(file: Path, pack: str | None, form: int | None = None) -> _Checked:
    with page_progress():
        read = read_any(file, form)  # a missing or unreadable file: the one wording of jixiao.limits
    evaluation = read.evaluation
    rule_pack: RulePack = load_pack(pack if pack is not None else evaluation.rule_pack)
    return _Checked(file, evaluation, rule_pack.id, run_checks(evaluation, rule_pack), list(read.warnings))


def _with_duplicates(checked: list[_Checked]) -> None:
    duplicates = Duplicates()
    for item in checked:
        ev = item.evaluation
        found = duplicates.seen(str(item.file), ev.kind.value, ev.unit.name, ev.project.name if ev.project else None,
                                ev.year)
        if found is not None:
            item.findings.insert(next((i for i, f in enumerate(item.findings) if f.severity is not Severity.ERROR),
                                      len(item.findings)), found)


def _console() -> Console:
    console = Console(highlight=False, soft_wrap=False)
    if not console.is_terminal:
        console.soft_wrap = True  # piped output: one line per message, never cut
    return console


def register(app: typer.Typer) -> None:
    @app.command("check")
    def check(
        files: list[Path] = typer.Argument(..., help="评价文件（YAML/JSON）或自评报告，可多个（多个时另查重复报送）",
                                           readable=False),
        pack: str | None = typer.Option(None, "--pack", help="规则包名称或 YAML 文件路径（默认 central-2020）"),
        fmt: Format = typer.Option(Format.TEXT, "--format", help="输出格式：text 或 json"),
        form: int | None = FORM,
        cache: Path | None = CACHE,
        max_file_mb: float | None = MAX_FILE_MB,
        max_pages: int | None = MAX_PAGES,
        max_text_chars: int | None = MAX_TEXT_CHARS,
    ) -> None:
        """像财政局复核那样检查评价：合计、得分、等级、预算、目标和佐证；多个文件另查重复报送。

        有错误级问题时退出码为 1，文件无法读取时为 2。"""
        use_cache(cache)
        with limits.using(chosen_limits(max_file_mb, max_pages, max_text_chars)):
            if len(files) == 1:
                checked = [_check_one(files[0], pack, form)]
                unreadable: list[dict[str, str]] = []
            else:
                checked, unreadable = [], []
                for file in files:
                    try:
                        checked.append(_check_one(file, pack, form))
                    except JixiaoError as err:  # the other files are still checked
                        typer.echo(f"错误：{limits.printable(str(err))}", err=True)
                        unreadable.append({"file": limits.printable(str(file)), "reason": str(err)})
                _with_duplicates(checked)
        datas = [check_to_data(c.file, c.evaluation, c.pack_id, c.findings, c.warnings) for c in checked]
        if fmt is Format.JSON:
            out: Any = datas[0] if len(files) == 1 else {"files": datas, "unreadable": unreadable}
            typer.echo(json.dumps(out, ensure_ascii=False, indent=2))
        else:
            console = _console()
            for i, item in enumerate(checked):
                if i:
                    console.print()
                print_findings(item.file, item.evaluation, item.pack_id, item.findings, console, item.warnings)
        if unreadable:
            raise typer.Exit(2)
        if any(f.severity is Severity.ERROR for c in checked for f in c.findings):
            raise typer.Exit(1)
