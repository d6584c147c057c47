"""What the batch has found so far: summary rows (small), counts per code, unreadable files, duplicates.

Documents are never kept; the summary rows are one small dict per report, which the dashboard and
``review.json`` need in full. Findings go straight to the outputs and are only counted here.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from jixiao.checks.duplicates import Duplicates


@dataclass
class Tally:
    reports: list[dict[str, Any]] = field(default_factory=list)
    unreadable: list[dict[str, str]] = field(default_factory=list)
    skipped: list[dict[str, str]] = field(default_factory=list)
    finding_counts: Counter[str] = field(default_factory=Counter)
    report_counts: Counter[str] = field(default_factory=Counter)
    titles: dict[str, tuple[str, str]] = field(default_factory=dict)  # code → (title, severity)
    duplicates: Duplicates = field(default_factory=Duplicates)
    late_codes: set[tuple[str, str]] = field(default_factory=set)  # (file, code) of findings across reports

    def duplicate_finding(self, row: dict[str, Any]) -> dict[str, Any] | None:
        """A warning when this report's unit (and project) and year were already seen in the batch."""
        found = self.duplicates.seen(row["file"], row["kind"], row["unit"], row.get("project"), row["year"])
        if found is None:
            return None
        return {"file": row["file"], "unit": row["unit"], "code": found.code, "severity": found.severity.value,
                "title": found.title, "message": found.message, "location": "", "source": ""}

    def add_report(self, row: dict[str, Any], findings: list[dict[str, Any]]) -> None:
        self.reports.append(row)
        for code in {f["code"] for f in findings}:
            self.report_counts[code] += 1
        for finding in findings:
            self.finding_counts[finding["code"]] += 1
            self.titles.setdefault(finding["code"], (finding["title"], finding["severity"]))

    def add_late(self, row: dict[str, Any], finding: dict[str, Any]) -> None:
        """A finding made after the batch (across reports) for the report of ``row``: its counts and the row's."""
        row[{"error": "errors", "warning": "warnings"}.get(finding["severity"], "infos")] += 1
        if (row["file"], finding["code"]) not in self.late_codes:
            self.late_codes.add((row["file"], finding["code"]))
            self.report_counts[finding["code"]] += 1
        self.finding_counts[finding["code"]] += 1
        self.titles.setdefault(finding["code"], (finding["title"], finding["severity"]))

    def add_unreadable(self, file: str, reason: str) -> None:
        self.unreadable.append({"file": file, "reason": reason})

    def add_skipped(self, file: str, reason: str) -> None:
        self.skipped.append({"file": file, "reason": reason})

    def counts(self) -> list[dict[str, Any]]:
        """Per code: title, severity, number of findings and of reports; errors first, then by count."""
        order = {"error": 0, "warning": 1, "info": 2}
        items = [{"code": code, "title": self.titles[code][0], "severity": self.titles[code][1],
                  "findings": n, "reports": self.report_counts[code]} for code, n in self.finding_counts.items()]
        return sorted(items, key=lambda i: (order.get(i["severity"], 3), -i["findings"], i["code"]))

    @property
    def errors(self) -> int:
        return sum(r["errors"] for r in self.reports)
