"""Findings across reports: the same :class:`~jixiao.checks.finding.Finding` as a single report's,
attached to the report it concerns (by the record's key)."""

from __future__ import annotations

from collections.abc import Sequence

from jixiao.across.record import Place, ReportRecord
from jixiao.checks.finding import Finding
from jixiao.checks.registry import BATCH_CHECKS

AcrossFinding = tuple[str, Finding]  # (the record's key, the finding)


def across_finding(record: ReportRecord, code: str, message: str, place: Place,
                   numbers: dict[str, str] | None = None) -> AcrossFinding:
    """A finding of the registered check ``code`` about ``record``, located at ``place``."""
    registered = BATCH_CHECKS[code]
    return record.key, Finding(code=code, severity=registered.severity, title=registered.title, message=message,
                               location=place.path, source=place.source(), numbers=numbers or {})


def first_per_year(series: Sequence[ReportRecord]) -> dict[int, ReportRecord]:
    """The series by year; of two reports for one year (a duplicate), the first."""
    years: dict[int, ReportRecord] = {}
    for record in series:
        if record.year is not None:
            years.setdefault(record.year, record)
    return years
