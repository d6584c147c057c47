"""HTML writer: one self-contained page (inline CSS and SVG, no external requests) with the
report, the score table, each score's receipt in a ``<details>``, the findings and two charts."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from jixiao.checks.finding import SEVERITY_LABELS, Finding, Severity
from jixiao.lexicon import field_label
from jixiao.model import Evaluation
from jixiao.numbers import format_score
from jixiao.scoring.packs import RulePack
from jixiao.scoring.receipt import EvaluationScore, Receipt
from jixiao.writers.charts import FONT_STACK, score_chart, structure_chart
from jixiao.writers.document import Block, Figure, Heading, Paragraph, Report
from jixiao.writers.facts import Figures, ScoreMode, shown_figures
from jixiao.writers.placeholders import weight_shown
from jixiao.writers.templating import environment

_SEVERITY_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
_PROVENANCE = re.compile(r"\s*\[(seen|unverified)\s*([^\]]*)\]")
_FIELD_PATH = re.compile(r"[A-Za-z_]\w*(\[\d+\])?(\.[A-Za-z_]\w*)")


def plain_source(text: str) -> str:
    """A rule pack's source as a reader reads it: the pack's provenance tags become words
    (``… [seen]`` → ``…``; ``[seen 某省系统]`` → ``（某省系统）``; ``[unverified]`` → ``（原文未核实）``)."""
    def words(match: re.Match[str]) -> str:
        tag, detail = match.group(1), match.group(2).strip()
        if tag == "seen":
            return f"（{detail}）" if detail else ""
        return f"（{detail}，原文未核实）" if detail else "（原文未核实）"

    return _PROVENANCE.sub(words, text).strip()


def finding_place(finding: Finding) -> str:
    """Where a finding points, in words (``涉及指标3 实际完成值，见原文第12段``); never a field path."""
    parts = []
    label = field_label(finding.location) if finding.location else ""
    if label and not _FIELD_PATH.search(label):
        parts.append(f"涉及{label}")
    if finding.source is not None and finding.source.location:
        parts.append(f"见原文{finding.source.location}")
    return "，".join(parts)


def tagged(blocks: list[Block]) -> list[tuple[str, Block]]:
    """Each block with its kind (heading, paragraph, table), for templates."""
    kinds = []
    for block in blocks:
        kind = ("heading" if isinstance(block, Heading) else "paragraph" if isinstance(block, Paragraph)
                else "figure" if isinstance(block, Figure) else "table")
        kinds.append((kind, block))
    return kinds


@dataclass(frozen=True)
class ReceiptEntry:
    """One indicator's entry of the score receipts. Attributes for templates (read without Jinja's
    failed attribute lookup of a dict first); ``entry["name"]`` still works for the Markdown writer."""

    anchor: str
    number: int
    name: str
    weight: str
    weight_stated: bool
    shown: str
    stated: str
    computed: str
    differs: bool
    reason: str | None
    problems: list[str]
    receipt: Receipt | None
    source: str = ""  # the rule's source, for readers (see plain_source)

    def __getitem__(self, key: str) -> object:
        return getattr(self, key)


def receipts(evaluation: Evaluation, score: EvaluationScore, figures: Figures | None = None) -> list[ReceiptEntry]:
    """One entry per indicator: shown score, stated and computed scores, and the receipt."""
    figures = shown_figures(evaluation, score) if figures is None else figures
    entries = []
    for position, item in enumerate(figures.indicators, start=1):
        result = item.result
        entries.append(ReceiptEntry(
            anchor=f"receipt-{position}",
            number=item.indicator.number or position,
            name=item.indicator.name,
            weight=weight_shown(item.indicator, position - 1),
            weight_stated=item.indicator.weight is not None,
            shown="" if item.score is None else format_score(item.score),
            stated="" if item.indicator.stated_score is None else format_score(item.indicator.stated_score),
            computed="" if result is None or result.computed is None else format_score(result.computed),
            differs=bool(result is not None and result.differs),
            reason=result.reason if result is not None else None,
            problems=result.problems if result is not None else [],
            receipt=result.receipt if result is not None else None,
            source=plain_source(result.receipt.source) if result is not None and result.receipt is not None else "",
        ))
    return entries


def sorted_findings(findings: list[Finding]) -> list[Finding]:
    return sorted(findings, key=lambda finding: (_SEVERITY_ORDER.get(finding.severity, 9), finding.code))


def write_html(evaluation: Evaluation, report: Report, score: EvaluationScore, findings: list[Finding],
               out_path: Path, templates_dir: str | Path | None = None, *,
               mode: ScoreMode | str = ScoreMode.COMPUTED, pack: RulePack | None = None) -> Path:
    """Write the self-contained HTML page to ``out_path``."""
    figures = shown_figures(evaluation, score, mode, pack)
    template = environment(str(templates_dir) if templates_dir else None).get_template("report.html.j2")
    page = template.render(
        report=report, body=tagged(report.body), appendix=tagged(report.appendix),
        receipts=receipts(evaluation, score, figures), score=score, figures=figures,
        total=format_score(figures.total) if figures.total is not None else "—",
        computed_total=format_score(score.total),
        findings=[(finding, finding_place(finding)) for finding in sorted_findings(findings)],
        severity_labels=SEVERITY_LABELS,
        score_chart=score_chart(figures), structure_chart=structure_chart(evaluation),
        font_stack=FONT_STACK,
    )
    out_path.parent.mkdir(parents=True, exist_ok=True)
    out_path.write_text(page, encoding="utf-8")
    return out_path
