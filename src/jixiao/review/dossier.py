"""What a worker hands back, beside the summary row, for the review letter: small plain data built
from the evaluation, its score and its findings, so the letter can be written after the batch
(when findings across reports are known) without reading the document again.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from jixiao.checks.finding import Finding
from jixiao.model import Evaluation, SourceRef
from jixiao.numbers import format_score
from jixiao.review.phrases import without_tags
from jixiao.scoring.packs import RulePack
from jixiao.scoring.receipt import EvaluationScore
from jixiao.writers.placeholders import stated_or_placeholder


def _num(value: Decimal | None) -> str | None:
    return None if value is None else format_score(value)


def source_of(finding: Finding, evaluation: Evaluation) -> SourceRef | None:
    """Where the finding sits in the document: its own source, else the provenance of its field or of
    the first known field below it (``indicators[3]`` → ``indicators[3].stated_score``)."""
    if finding.source is not None:
        return finding.source
    ref = evaluation.provenance.get(finding.location)
    if ref is None and finding.location:
        prefix = finding.location + "."
        ref = next((r for k, r in evaluation.provenance.items() if k.startswith(prefix)), None)
    return ref


def report_title(evaluation: Evaluation) -> str:
    """The report's own title, else the usual one built from its facts (marked by no quotes)."""
    if evaluation.title and evaluation.title.strip():
        return evaluation.title.strip()
    project = evaluation.project.name.strip() if evaluation.project else ""
    subject = project or stated_or_placeholder(evaluation.unit.name, "unit.name")
    year = f"{evaluation.year}年度" if evaluation.year is not None else ""  # (a report stating no year: none named)
    return f"{subject}{year}{evaluation.kind.value}绩效自评报告"


def letter_data(evaluation: Evaluation, score: EvaluationScore, findings: list[Finding], pack: RulePack,
                file: str) -> dict[str, Any]:
    """Everything a review letter states, as JSON-ready plain data."""
    changed = []
    kept = []
    for item in score.indicators:
        if item.differs and item.receipt is not None:
            changed.append({"number": item.number or item.index + 1, "name": item.name,
                            "weight": format_score(item.weight) if item.weight is not None else "未列",
                            "stated": _num(item.stated),
                            "computed": _num(item.computed), "sentence": item.receipt.sentence,
                            "rule": item.receipt.rule_title, "source": without_tags(item.receipt.source)})
        elif item.uses_stated:
            kept.append({"number": item.number or item.index + 1, "name": item.name, "reason": item.reason or ""})
    listed = []
    for finding in findings:
        ref = source_of(finding, evaluation)
        listed.append({"code": finding.code, "severity": finding.severity.value, "title": finding.title,
                       "message": finding.message, "location": finding.location,
                       "where": ref.location if ref else "", "quote": ref.text if ref else "",
                       "guessed": bool(ref and ref.guessed)})
    return {
        "file": file, "unit": evaluation.unit.name.strip(), "year": evaluation.year, "kind": evaluation.kind.value,
        "project": evaluation.project.name if evaluation.project else None,
        "title": report_title(evaluation), "titled": bool(evaluation.title and evaluation.title.strip()),
        "pack": {"id": pack.id, "version": pack.version, "title": pack.title, "source": without_tags(pack.source),
                 "grades": without_tags(pack.grade_source)},
        "stated_total": _num(evaluation.stated_total), "total": _num(score.total),
        "stated_grade": evaluation.stated_grade_written,
        "grade": score.grade.value, "indicators": len(score.indicators),
        "total_sentence": score.total_receipt.sentence,
        "cap_sentence": score.cap_receipt.sentence if score.cap_receipt is not None else None,
        "changed": changed, "kept": kept, "findings": listed,
    }
