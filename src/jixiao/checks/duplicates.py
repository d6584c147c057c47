"""Duplicates across reports: the same unit (and project) for the same year handed in twice.

A batch check: ``jixiao check`` of several files and ``jixiao review`` both ask :class:`Duplicates`
about each report in turn; the second and later reports of one subject get the finding.
"""

from __future__ import annotations

from collections.abc import Hashable

from jixiao.checks.finding import Finding, Severity
from jixiao.checks.registry import batch_check

DUPLICATE = batch_check(
    "DUPLICATE_REPORT", Severity.WARNING, "同一单位同一年度重复报送",
    "同一单位（项目支出为同一单位的同一项目）同一年度只应报送一份自评；同一批文件中出现第二份时，"
    "后者标为重复报送，由复核人确认保留哪一份。单位名称未读出的报告不作比较。")


class Duplicates:
    """Remembers the first report of each subject; :meth:`seen` returns the finding for a later one."""

    def __init__(self) -> None:
        self.first_of: dict[Hashable, str] = {}

    def seen(self, file: str, kind: str, unit: str, project: str | None, year: int | None) -> Finding | None:
        """The DUPLICATE_REPORT finding when ``unit`` (and ``project``) already had a ``year`` report, else None
        (a report that states no year is never called a duplicate)."""
        if not unit or year is None:
            return None
        first = self.first_of.setdefault((kind, unit, project, year), file)
        if first == file:
            return None
        subject = unit + (f"（{project}）" if project else "")
        return Finding(code=DUPLICATE.code, severity=DUPLICATE.severity, title=DUPLICATE.title,
                       message=f"{subject} {year} 年度已有报告 {first}，本文件为重复报送",
                       numbers={"first": first, "year": str(year)})
