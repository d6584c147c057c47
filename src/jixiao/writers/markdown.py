"""Markdown writer: the same content as the Word report, plain; tables as pipe tables, then the
receipts and the findings."""

from __future__ import annotations

from pathlib import Path

from jixiao.checks.finding import SEVERITY_LABELS, Finding
from jixiao.model import Evaluation
from jixiao.scoring.receipt import EvaluationScore
from jixiao.writers.document import Block, Cell, Figure, Heading, Paragraph, Report, Table
from jixiao.writers.facts import pack_for
from jixiao.writers.html import receipts, sorted_findings


def _escape(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def pipe_table(table: Table) -> list[str]:
    """A pipe table; a cell spanning n columns is written once, followed by n-1 empty cells."""
    def cells(row: list[Cell]) -> list[str]:
        out: list[str] = []
        for cell in row:
            text = _escape(cell.text)
            out.append(f"**{text}**" if cell.strong and text else text)
            out.extend([""] * (cell.span - 1))
        return out

    rows = [cells(row) for row in table.header + table.rows]
    if not table.header:
        rows.insert(0, [""] * table.columns)
    lines = ["| " + " | ".join(rows[0]) + " |", "|" + "|".join(["---"] * table.columns) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows[1:]]
    return lines


def _blocks(blocks: list[Block], heading_offset: int = 1) -> list[str]:
    lines: list[str] = []
    for block in blocks:
        if isinstance(block, Heading):
            lines += ["#" * (block.level + heading_offset) + " " + block.text, ""]
        elif isinstance(block, Paragraph):
            lines += [block.text, ""]
        elif isinstance(block, Figure):
            lines += [f"（图：{block.caption}）", ""]
        else:
            lines += [*pipe_table(block), ""]
    return lines


def markdown_text(evaluation: Evaluation, report: Report, score: EvaluationScore, findings: list[Finding]) -> str:
    lines = ["# " + "".join(report.title_lines), ""]
    lines += _blocks(report.body)
    lines += [f"## 附件：{report.appendix_title}", ""]
    for block in report.appendix:
        if isinstance(block, Paragraph):
            lines += [f"**{block.text}**" if block.role == "caption" else block.text, ""]
        else:
            lines += _blocks([block])
    lines += ["## 评分依据", "", f"依据《{pack_for(score).title}》（{score.pack_version} 版）。", ""]
    for entry in receipts(evaluation, score):
        receipt = entry["receipt"]
        # Not written as "N. 名称（w分）": that is the report's own indicator heading.
        head = (f"- 第{entry['number']}项指标〔{entry['name']}〕：报告所列得分 {entry['shown'] or '—'}，"
                f"满分 {entry['weight']}")
        if entry["differs"]:
            head += f"（重算 {entry['computed']} 分，与报告不同）"
        lines.append(head)
        if receipt is not None:
            lines.append(f"  - {receipt.sentence}")  # type: ignore[attr-defined]
            lines.append(f"  - 算式：`{receipt.formula}`")  # type: ignore[attr-defined]
        if entry["reason"]:
            lines.append(f"  - {entry['reason']}")
        lines += [f"  - 问题：{problem}" for problem in entry["problems"]]  # type: ignore[attr-defined]
    lines += ["", "## 复核发现", ""]
    ordered = sorted_findings(findings)
    lines += [f"- **{SEVERITY_LABELS[f.severity]}** {f.title}（{f.code}）：{f.message}" for f in ordered] or [
        "未发现问题。"]
    return "\n".join(lines).rstrip() + "\n"


def write_markdown(evaluation: Evaluation, report: Report, score: EvaluationScore, findings: list[Finding],
                   out_path: Path) -> Path:
    """Write the Markdown report to ``out_path``."""
    out_path.parent.mkdir(parents=True, exist_ok=True)
    out_path.write_text(markdown_text(evaluation, report, score, findings), encoding="utf-8")
    return out_path
