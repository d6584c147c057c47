"""Checks across reports: year over year for one unit (``TARGET_BELOW_LAST_ACTUAL``,
``TARGET_UNCHANGED``, ``TEXT_REPEATED``) and between the units of a batch (``TEXT_COPIED``), and a
unit's scores, execution rates and grades across years.

These are not single-evaluation checks: each takes several reports, as :class:`ReportRecord`
(built by :func:`record_of` from an evaluation wherever it lives: a batch review's worker, the web
app's store). Their codes are registered with the other checks across reports
(:mod:`jixiao.checks.cross_report`, :data:`jixiao.checks.registry.BATCH_CHECKS`) and documented in
docs/checks.md like every check.

Public API::

    from jixiao.across import record_of, run_across, unit_years
    records = [record_of(evaluation, score, key=name) for name, evaluation, score in ...]
    findings = run_across(records)        # {key: [Finding, ...]}
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from jixiao.across.copied import text_copied
from jixiao.across.findings import AcrossFinding, first_per_year
from jixiao.across.record import ReportRecord, record_of
from jixiao.across.years import target_below_last_actual, target_unchanged, text_repeated
from jixiao.checks.finding import Finding
from jixiao.numbers import format_percent, format_score

# One unit's reports in year order → findings; every report of a batch → findings.
SERIES_CHECKS = (target_below_last_actual, target_unchanged, text_repeated)
BATCH_CHECKS = (text_copied,)


def series_findings(series: Sequence[ReportRecord]) -> list[AcrossFinding]:
    """Every year-over-year check over one unit's reports (any order)."""
    ordered = sorted(series, key=lambda record: record.year or 0)
    found: list[AcrossFinding] = []
    for run in SERIES_CHECKS:
        found += run(ordered)
    return found


def batch_findings(records: Iterable[ReportRecord]) -> list[AcrossFinding]:
    """Every check between units over all ``records`` (an iterable read once)."""
    found: list[AcrossFinding] = []
    for run in BATCH_CHECKS:
        found += run(records)
    return found


def group_series(records: Iterable[ReportRecord]) -> dict[str, list[ReportRecord]]:
    """Records by unit (and project); records that name no unit or no year are left out."""
    groups: dict[str, list[ReportRecord]] = defaultdict(list)
    for record in records:
        if record.series and record.year is not None:
            groups[record.series].append(record)
    return groups


def run_across(records: Sequence[ReportRecord]) -> dict[str, list[Finding]]:
    """Every check across ``records``: findings by record key."""
    found = batch_findings(records)
    for series in group_series(records).values():
        if len({record.year for record in series}) > 1:
            found += series_findings(series)
    out: dict[str, list[Finding]] = defaultdict(list)
    for key, finding in found:
        out[key].append(finding)
    return dict(out)


def unit_years(series: Sequence[ReportRecord]) -> list[dict[str, Any]]:
    """One unit's years: stated and recomputed total, grades and execution rate, oldest first (the
    first report of a year when it was sent twice)."""
    rows = []
    for year, record in sorted(first_per_year(series).items()):
        rows.append({
            "year": year, "report": record.key,
            "stated_total": format_score(record.stated_total) if record.stated_total is not None else None,
            "total": format_score(record.total) if record.total is not None else None,
            "stated_grade": record.stated_grade, "grade": record.grade,
            "execution_rate": format_percent(record.execution_rate) if record.execution_rate is not None else None,
        })
    return rows


__all__ = ["ReportRecord", "batch_findings", "group_series", "record_of", "run_across", "series_findings",
           "unit_years"]
