"""``review.xlsx``, streamed: rows are written to disk as results arrive.

Sheets: 汇总 (one row per report), 问题清单 (one row per finding), 问题统计 (counts per check
code), 无法读取 (files that could not be read, with the reason), 已跳过 (paths not reviewed on
purpose: an unsupported type, a hidden file, a file named twice, files not reached when the batch was
stopped). Every sheet has a frozen, bold header row and
an autofilter over its columns. The 总分差额 column is a live formula (复核总分 − 自评总分).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from jixiao.checks.finding import SEVERITY_LABELS, Severity
from jixiao.review.xlsxstream import StreamWorkbook

SUMMARY_HEADER = ["单位", "年度", "类型", "项目", "自评总分", "复核总分", "总分差额", "自评等级", "复核等级",
                  "错误", "警告", "提示", "读取不完整", "文件"]
FINDINGS_HEADER = ["文件", "单位", "代码", "级别", "问题", "说明", "字段", "原文位置"]
COUNTS_HEADER = ["代码", "问题", "级别", "问题数", "涉及报告数"]
UNREADABLE_HEADER = ["文件", "原因"]


def _dec(value: str | None) -> Decimal | None:
    return None if value is None else Decimal(value)


class ReviewWorkbook:
    """Open the workbook, ``add_*`` rows as they come, then :meth:`close` (writes counts and saves)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.book = StreamWorkbook()
        self.summary = self.book.add_sheet("汇总", SUMMARY_HEADER, [36, 8, 10, 20, 10, 10, 10, 9, 9, 7, 7, 7, 11, 50])
        self.findings = self.book.add_sheet("问题清单", FINDINGS_HEADER, [40, 30, 26, 7, 20, 70, 26, 20])
        self.counts = self.book.add_sheet("问题统计", COUNTS_HEADER, [28, 26, 7, 9, 11])
        self.unreadable = self.book.add_sheet("无法读取", UNREADABLE_HEADER, [60, 70])
        self.skipped = self.book.add_sheet("已跳过", UNREADABLE_HEADER, [60, 70])

    def add_report(self, row: dict[str, Any]) -> None:
        r = self.summary.rows + 1
        stated, total = _dec(row["stated_total"]), _dec(row["total"])
        diff = f"=F{r}-E{r}" if stated is not None and total is not None else None
        self.summary.append([
            row["unit"], row["year"], row["kind"], row.get("project"), stated, total, diff,
            row["stated_grade"], row["grade"], row["errors"], row["warnings"], row["infos"],
            "是" if row.get("read_incomplete") else "", row["file"],
        ])

    def add_finding(self, finding: dict[str, Any]) -> None:
        self.findings.append([
            finding["file"], finding["unit"], finding["code"], SEVERITY_LABELS[Severity(finding["severity"])],
            finding["title"], finding["message"], finding["location"], finding["source"],
        ])

    def add_unreadable(self, file: str, reason: str) -> None:
        self.unreadable.append([file, reason])

    def add_skipped(self, file: str, reason: str) -> None:
        self.skipped.append([file, reason])

    def close(self, counts: list[dict[str, Any]]) -> Path:
        for item in counts:
            label = SEVERITY_LABELS[Severity(item["severity"])] if item["severity"] else ""
            self.counts.append([item["code"], item["title"], label, item["findings"], item["reports"]])
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(self.path.name + ".part")
        self.book.save(tmp)
        tmp.replace(self.path)
        return self.path
