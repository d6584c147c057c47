"""``jixiao check FILE``: run the review checks and list the findings; exit 1 on any error-level finding."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.text import Text

from jixiao.checks import SEVERITY_LABELS, SEVERITY_ORDER, Finding, Severity, count_by_severity, run_checks
from jixiao.errors import InputError
from jixiao.model import Evaluation
from jixiao.readers import read_any
from jixiao.scoring import load_pack

STYLES = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


class Format(StrEnum):
    TEXT = "text"
    JSON = "json"


def finding_to_data(finding: Finding) -> dict[str, Any]:
    return {
        "code": finding.code,
        "severity": finding.severity.value,
        "title": finding.title,
        "message": finding.message,
        "location": finding.location,
        "source": finding.source.model_dump(mode="json") if finding.source is not None else None,
        "numbers": finding.numbers,
    }


def check_to_data(file: Path, evaluation: Evaluation, pack_id: str, findings: list[Finding],
                  read_warnings: list[str] | None = None) -> dict[str, Any]:
    """The JSON shape of ``jixiao check --format json`` (``read_warnings``: what the reader could
    not find or had to guess in a report)."""
    return {
        "file": str(file),
        "unit": evaluation.unit.name or None,
        "year": evaluation.year,
        "pack": pack_id,
        "counts": count_by_severity(findings),
        "findings": [finding_to_data(f) for f in findings],
        "read_warnings": list(read_warnings or []),
    }


def _where(finding: Finding) -> str:
    parts = []
    if finding.location:
        parts.append(f"位置：{finding.location}")
    if finding.source is not None:
        guess = "（推测）" if finding.source.guessed else ""
        parts.append(f"原文：{finding.source.location}{guess}")
    return "；".join(parts)


def print_findings(file: Path, evaluation: Evaluation, pack_id: str, findings: list[Finding],
                   console: Console) -> None:
    who = " ".join(part for part in (evaluation.unit.name, f"{evaluation.year}年") if part)
    console.print(Text(f"复核 {file}（{who}，规则包 {pack_id}）", style="bold"))
    counts = count_by_severity(findings)
    for severity in SEVERITY_ORDER:
        group = [f for f in findings if f.severity is severity]
        if not group:
            continue
        console.print()
        console.print(Text(f"{SEVERITY_LABELS[severity]}（{len(group)}）", style=STYLES[severity]))
        for finding in group:
            console.print(Text.assemble("  ", (finding.code, STYLES[severity]), f"  {finding.title}"))
            console.print(Text(f"    {finding.message}"))
            where = _where(finding)
            if where:
                console.print(Text(f"    {where}", style="dim"))
    console.print()
    summary = " · ".join(f"{SEVERITY_LABELS[s]} {counts[s.value]}" for s in SEVERITY_ORDER)
    verdict = "有错误" if counts[Severity.ERROR.value] else "无错误"
    console.print(Text(f"共 {len(findings)} 条：{summary}（{verdict}）",
                       style=STYLES[Severity.ERROR] if counts[Severity.ERROR.value] else "bold green"))


def register(app: typer.Typer) -> None:
    @app.command("check")
    def check(
        file: Path = typer.Argument(..., help="评价文件（YAML/JSON）或自评报告"),
        pack: str | None = typer.Option(None, "--pack", help="规则包名称或 YAML 文件路径（默认 central-2020）"),
        fmt: Format = typer.Option(Format.TEXT, "--format", help="输出格式：text 或 json"),
    ) -> None:
        """像财政局复核那样检查评价：合计、得分、等级、预算、目标和佐证；有错误级问题时退出码为 1。"""
        if not file.exists():
            raise InputError(f"{file}：文件不存在")
        if not file.is_file():
            raise InputError(f"{file}：不是文件")
        read = read_any(file)
        evaluation = read.evaluation
        rule_pack = load_pack(pack if pack is not None else evaluation.rule_pack)
        findings = run_checks(evaluation, rule_pack)
        if fmt is Format.JSON:
            typer.echo(json.dumps(check_to_data(file, evaluation, rule_pack.id, findings, read.warnings),
                                  ensure_ascii=False, indent=2))
        else:
            console = Console(highlight=False, soft_wrap=False)
            if not console.is_terminal:
                console.soft_wrap = True  # piped output: one line per message, never cut
            for warning in read.warnings:
                console.print(Text(f"读取提示：{warning}", style="dim"))
            print_findings(file, evaluation, rule_pack.id, findings, console)
        if any(f.severity is Severity.ERROR for f in findings):
            raise typer.Exit(1)
