"""``jixiao score FILE``: recompute every score with its receipt, beside the stated scores."""

from __future__ import annotations

import json
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from jixiao import limits
from jixiao.commands.limit_options import MAX_FILE_MB, MAX_PAGES, MAX_TEXT_CHARS, chosen_limits
from jixiao.limits import shorten
from jixiao.model import Evaluation, Indicator
from jixiao.numbers import format_number, format_score
from jixiao.readers import read_any
from jixiao.scoring import EvaluationScore, IndicatorScore, load_pack, score_evaluation


class Format(StrEnum):
    TABLE = "table"
    JSON = "json"


def target_text(indicator: Indicator) -> str | None:
    """``≥95%``, or the qualitative text, or None when the report states no target."""
    target = indicator.target
    if target is None:
        return None
    if target.value is None:
        return target.text
    return f"{target.comparator.value}{format_number(target.value)}{target.unit}"


def actual_text(indicator: Indicator) -> str | None:
    actual = indicator.actual
    if actual is None:
        return None
    if actual.value is not None:
        return f"{format_number(actual.value)}{actual.unit}"
    if actual.tier is not None:
        return actual.tier.value
    return actual.text


def _dec(value: Decimal | None) -> str | None:
    return None if value is None else format(value, "f")


def score_to_data(evaluation: Evaluation, result: EvaluationScore, warnings: list[str] | None = None) -> dict[str, Any]:
    """The JSON shape of ``jixiao score --format json`` (Decimals as strings)."""
    rows = []
    for s in result.indicators:
        indicator = evaluation.indicators[s.index]
        rows.append({
            "number": s.number, "name": s.name, "weight": _dec(s.weight),
            "target": target_text(indicator), "actual": actual_text(indicator), "rule": s.rule_id,
            "stated_score": _dec(s.stated), "recomputed_score": _dec(s.computed), "score": _dec(s.score),
            "uses_stated": s.uses_stated, "reason": s.reason, "differs": s.differs, "problems": s.problems,
            "receipt": s.receipt.model_dump(mode="json") if s.receipt else None,
        })
    return {
        "pack": {"id": result.pack_id, "version": result.pack_version},
        "indicators": rows,
        "stated_total": _dec(result.stated_total),
        "recomputed_total": _dec(result.total),
        "stated_grade": result.stated_grade.value if result.stated_grade else None,
        "stated_grade_text": result.stated_grade_text,
        "recomputed_grade": result.grade.value,
        "total_differs": result.total_differs,
        "grade_differs": result.grade_differs,
        "total_receipt": result.total_receipt.model_dump(mode="json"),
        "cap_receipt": result.cap_receipt.model_dump(mode="json") if result.cap_receipt else None,
        "warnings": list(warnings or []),
    }


def _explain(s: IndicatorScore) -> str:
    text = s.receipt.sentence if s.receipt is not None else f"沿用报告得分：{s.reason}"
    return "；".join([text, *s.problems])


def _short(text: str | None, limit: int = 12) -> str:
    if not text:
        return "未给出"
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _score_cell(value: Decimal | None, mark: bool) -> Text:
    if value is None:
        return Text("—")
    return Text(f"{format_score(value)} ≠", style="bold red") if mark else Text(format_score(value))


SHOWN = 300  # characters of one cell on the terminal: wrapping megabytes of text would take minutes


def print_table(evaluation: Evaluation, result: EvaluationScore, console: Console) -> None:
    title = shorten(evaluation.title or evaluation.unit.name or "评价", 80)
    table = Table(title=Text(f"{title}（规则包 {result.pack_id} {result.pack_version}）"), show_lines=True)
    for header in ("序号", "指标", "分值", "目标值", "实际值", "报告得分", "重算得分"):
        table.add_column(header, overflow="fold", max_width=16)
    table.add_column("依据", overflow="fold", ratio=1, min_width=30)
    for s in result.indicators:
        indicator = evaluation.indicators[s.index]
        recomputed = _score_cell(s.computed, s.differs) if not s.uses_stated else Text("（沿用）")
        table.add_row(
            str(s.number if s.number is not None else s.index + 1), Text(shorten(s.name, 60)),
            format_score(s.weight) if s.weight is not None else "未列",
            Text(_short(target_text(indicator))), Text(_short(actual_text(indicator))),
            _score_cell(s.stated, False), recomputed, Text(shorten(_explain(s), SHOWN)),
        )
    console.print(table)
    stated_total = format_score(result.stated_total) if result.stated_total is not None else "未给出"
    stated_grade = result.stated_grade_shown or "未给出"
    mark_total = " [bold red]≠ 不一致[/]" if result.total_differs else ""
    mark_grade = " [bold red]≠ 不一致[/]" if result.grade_differs else ""
    console.print(f"报告总分 {stated_total}  ·  重算总分 {format_score(result.total)}{mark_total}")
    console.print(f"报告等级 {stated_grade}  ·  重算等级 {result.grade.value}{mark_grade}")
    console.print(shorten(result.total_receipt.sentence, SHOWN), markup=False)
    if result.cap_receipt is not None:
        console.print(shorten(result.cap_receipt.sentence, SHOWN), markup=False)
    differing = [s for s in result.indicators if s.differs]
    if differing:
        names = "、".join(f"{shorten(s.name, 60)}（报告 {format_score(s.stated or Decimal(0))}，"
                         f"重算 {format_score(s.score)}）" for s in differing)
        console.print(Text.assemble(("得分不一致的指标：", "bold red"), names))


def register(app: typer.Typer) -> None:
    @app.command("score")
    def score(
        file: Path = typer.Argument(..., help="评价文件（YAML/JSON）或自评报告", readable=False),
        pack: str | None = typer.Option(None, "--pack", help="规则包名称或 YAML 文件路径（默认 central-2020）"),
        fmt: Format = typer.Option(Format.TABLE, "--format", help="输出格式：table 或 json"),
        max_file_mb: float | None = MAX_FILE_MB,
        max_pages: int | None = MAX_PAGES,
        max_text_chars: int | None = MAX_TEXT_CHARS,
    ) -> None:
        """按规则包重算每个指标的得分（附计算依据），与报告所列得分、总分和等级对照。"""
        with limits.using(chosen_limits(max_file_mb, max_pages, max_text_chars)):
            read = read_any(file)
        evaluation = read.evaluation
        rule_pack = load_pack(pack if pack is not None else evaluation.rule_pack)
        result = score_evaluation(evaluation, rule_pack)
        if fmt is Format.JSON:
            typer.echo(json.dumps(score_to_data(evaluation, result, read.warnings), ensure_ascii=False, indent=2))
            return
        console = Console(highlight=False, soft_wrap=False)
        if not console.is_terminal:
            console.width = 160
        for warning in read.warnings:
            console.print(f"提示：{warning}", markup=False)
        print_table(evaluation, result, console)
