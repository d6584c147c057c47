"""The batch report (复核情况报告) to the bureau's leadership, as the writers' document model: written
to Word in the official layout (charts as PNG pictures) and shown in the dashboard (charts as SVG).

Every number comes from the same data as ``review.json`` (its ``totals``, ``reports``, ``counts`` and
``unreadable``), so the two always agree; the recommendations are built only from the kinds of
problem found (``phrases.yaml``), never from anything the findings do not say.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from jixiao.numbers import HUNDRED, format_percent, round2
from jixiao.review import charts
from jixiao.review.letter_settings import LetterSettings, chinese_date
from jixiao.review.phrases import phrase
from jixiao.writers.content import chinese_ordinal
from jixiao.writers.document import Block, Cell, Figure, Heading, Paragraph, Report, Table

TOP_PROBLEMS = 10
TOP_GAPS = 10
LISTED_FILES = 50  # unreadable or incomplete files listed in the report; the rest are in review.xlsx
INCOMPLETE_CODE = "READ_INCOMPLETE"
GRADE_ORDER = {"优": 0, "良": 1, "中": 2, "差": 3}


@dataclass
class BatchNotes:
    """What the batch report needs beyond ``review.json``'s lists, gathered as results arrive: one
    example per code (the first met) and the reports read incompletely."""

    examples: dict[str, dict[str, str]] = field(default_factory=dict)
    incomplete: list[dict[str, str]] = field(default_factory=list)

    def add(self, findings: list[dict[str, Any]]) -> None:
        for finding in findings:
            if finding["code"] not in self.examples:
                self.examples[finding["code"]] = {"unit": finding.get("unit") or finding["file"],
                                                  "message": finding["message"]}
            if finding["code"] == INCOMPLETE_CODE and len(self.incomplete) < LISTED_FILES:
                self.incomplete.append({"file": finding["file"], "unit": finding.get("unit") or "",
                                        "message": finding["message"]})


def _share(part: int, whole: int) -> str:
    return format_percent(round2(Decimal(part) / Decimal(whole) * HUNDRED)) if whole else "0.00%"


def _years(reports: list[dict[str, Any]]) -> str:
    years = sorted({r["year"] for r in reports if r.get("year")})
    if not years:
        return ""
    return f"{years[0]}年度" if len(years) == 1 else f"{years[0]}—{years[-1]}年度"


def _cells(values: list[Any], strong_first: bool = False) -> list[Cell]:
    return [Cell("" if v is None else str(v), strong=strong_first and i == 0) for i, v in enumerate(values)]


def _table(header: list[str], rows: list[list[Any]], widths: list[float]) -> Table:
    return Table(columns=len(header), header=[_cells(header)], rows=[_cells(r, True) for r in rows], widths=widths)


class _Summary:
    def __init__(self, header: dict[str, Any], reports: list[dict[str, Any]], counts: list[dict[str, Any]],
                 unreadable: list[dict[str, str]], notes: BatchNotes, pictures: bool) -> None:
        self.header, self.reports, self.counts, self.unreadable = header, reports, counts, unreadable
        self.notes, self.pictures = notes, pictures
        self.totals = header["totals"]
        self.problems = [c for c in counts if c["severity"] in ("error", "warning")]

    def overview(self) -> list[Block]:
        t, reports = self.totals, self.reports
        with_errors = sum(1 for r in reports if r["errors"])
        only_warnings = sum(1 for r in reports if not r["errors"] and r["warnings"])
        clean = len(reports) - with_errors - only_warnings
        kinds = Counter(r["kind"] for r in reports)
        units = len({r["unit"] for r in reports if r["unit"]})
        kind_text = "、".join(f"{kind} {n} 份" for kind, n in sorted(kinds.items()))
        blocks: list[Block] = [Paragraph(
            f"复核的 {t['reviewed']} 份报告中，{kind_text or '没有可复核的报告'}，涉及 {units} 个单位。"
            f"有错误的报告 {with_errors} 份，占 {_share(with_errors, t['reviewed'])}；只有警告的 {only_warnings} 份；"
            f"未发现错误和警告的 {clean} 份。共发现错误 {t['errors']} 条、警告 {t['warnings']} 条。")]
        blocks.append(_table(["项目", "数量"], [
            ["收到文件", t["files"]], ["复核报告", t["reviewed"]], ["无法读取的文件", t["unreadable"]],
            ["有错误的报告", with_errors], ["只有警告的报告", only_warnings], ["错误（条）", t["errors"]],
            ["警告（条）", t["warnings"]]], [3, 2]))
        return blocks

    def grades(self) -> list[Block]:
        stated = Counter(r["stated_grade"] for r in self.reports)
        reviewed = Counter(r["grade"] for r in self.reports)
        rows = [[g, stated.get(g, 0), reviewed.get(g, 0)] for g in charts.GRADES]
        if stated.get(None):
            rows.append(["未写明", stated[None], 0])
        lowered = sum(1 for r in self.reports if r["stated_grade"] in GRADE_ORDER and r["grade"] in GRADE_ORDER
                      and GRADE_ORDER[r["stated_grade"]] < GRADE_ORDER[r["grade"]])
        raised = sum(1 for r in self.reports if r["stated_grade"] in GRADE_ORDER and r["grade"] in GRADE_ORDER
                     and GRADE_ORDER[r["stated_grade"]] > GRADE_ORDER[r["grade"]])
        blocks: list[Block] = [Paragraph(
            f"按评分规则重算后，{lowered} 份报告的复核等级低于自评等级，{raised} 份高于自评等级。"),
            _table(["评价等级", "自评（份）", "复核（份）"], rows, [2, 2, 2])]
        blocks.append(Figure(
            caption="图1 自评等级与复核等级分布",
            png=self._png("grade", charts.GRADES, [stated.get(g, 0) for g in charts.GRADES],
                          [reviewed.get(g, 0) for g in charts.GRADES]),
            svg=charts.grade_bars(self.reports), width_mm=140, aspect=0.53))
        return blocks

    def frequent(self) -> list[Block]:
        top = self.problems[:TOP_PROBLEMS]
        if not top:
            return [Paragraph("本次复核未发现错误或警告级的问题。")]
        rows = []
        for n, c in enumerate(top, start=1):
            example = self.notes.examples.get(c["code"])
            shown = f"{example['unit']}：{example['message']}" if example else ""
            rows.append([n, c["title"], "错误" if c["severity"] == "error" else "警告", c["findings"], c["reports"],
                         shown])
        listed = f"前 {len(top)} 类" if len(self.problems) > len(top) else f"共 {len(top)} 类"
        return [Paragraph(f"按问题条数排列（{listed}），各类问题及其一例如下："),
                _table(["序号", "问题", "级别", "问题数", "涉及报告", "示例"], rows, [1, 4, 1.3, 1.3, 1.5, 8]),
                Figure(caption="图2 主要问题的数量", png=self._png("problems", top), svg=charts.code_bars(top),
                       width_mm=150, aspect=0.12 * max(3, len(top)) + 0.15)]

    def gaps(self) -> list[Block]:
        rows = []
        for r in self.reports:
            if r["stated_total"] is None or r["total"] is None:
                continue
            gap = Decimal(r["total"]) - Decimal(r["stated_total"])
            if abs(gap) > Decimal("0.01"):
                rows.append((abs(gap), gap, r))
        if not rows:
            return [Paragraph("所有报告的自评总分与复核总分一致（或报告未写明自评总分）。")]
        over = sum(1 for _, gap, _ in rows if gap < 0)
        rows.sort(key=lambda item: (-item[0], item[2]["unit"], item[2]["file"]))
        table = [[r["unit"] or r["file"], r["year"], r["stated_total"], r["total"], f"{gap:+.2f}",
                  r["stated_grade"] or "未写明", r["grade"]] for _, gap, r in rows[:TOP_GAPS]]
        return [Paragraph(f"自评总分与复核总分不一致的报告 {len(rows)} 份，其中自评总分高于复核总分的 {over} 份。"
                          f"差距最大的 {len(table)} 份如下（差额 = 复核总分 − 自评总分）："),
                _table(["单位", "年度", "自评总分", "复核总分", "差额", "自评等级", "复核等级"], table,
                       [6, 1.4, 1.6, 1.6, 1.4, 1.4, 1.4])]

    def unread(self) -> list[Block]:
        blocks: list[Block] = []
        if self.unreadable:
            shown = self.unreadable[:LISTED_FILES]
            more = (f"（列出前 {len(shown)} 个，全部见 review.xlsx 的“无法读取”表）"
                    if len(self.unreadable) > len(shown) else "")
            blocks += [Paragraph(f"未能读取的文件 {len(self.unreadable)} 个{more}："),
                       _table(["文件", "原因"], [[u["file"], u["reason"]] for u in shown], [4, 6])]
        else:
            blocks.append(Paragraph("所有文件均已读取。"))
        incomplete = next((c for c in self.counts if c["code"] == INCOMPLETE_CODE), None)
        if incomplete is not None:
            listed = self.notes.incomplete
            more = f"（列出前 {len(listed)} 份）" if incomplete["reports"] > len(listed) else ""
            blocks += [Paragraph(f"读取不完整、需人工核对的报告 {incomplete['reports']} 份{more}："),
                       _table(["单位", "文件", "说明"], [[i["unit"], i["file"], i["message"]] for i in listed],
                              [3, 3, 5])]
        else:
            blocks.append(Paragraph("已复核的报告中没有被标记为读取不完整的报告。"))
        return blocks

    def recommendations(self) -> list[Block]:
        if not self.problems:
            return [Paragraph("本次复核未发现需要普遍整改的问题。")]
        ranked = sorted(self.problems, key=lambda c: (c["severity"] != "error", -c["reports"], c["code"]))
        return [Paragraph(f"（{chinese_ordinal(n)}）{phrase(c['code'], c['title']).kind}。{c['reports']} 份报告"
                          f"存在此类问题（{c['findings']} 条）。建议{phrase(c['code'], c['title']).general}")
                for n, c in enumerate(ranked, start=1)]

    def _png(self, chart: str, *args: Any) -> bytes:
        if not self.pictures:
            return b""
        from jixiao.review import summary_charts

        return summary_charts.grade_chart(*args) if chart == "grade" else summary_charts.problem_chart(*args)


def build_summary(header: dict[str, Any], reports: list[dict[str, Any]], counts: list[dict[str, Any]],
                  unreadable: list[dict[str, str]], notes: BatchNotes, settings: LetterSettings,
                  pictures: bool = True) -> Report:
    """The batch report; ``pictures`` False leaves the PNG charts empty (the dashboard draws SVG)."""
    s = _Summary(header, reports, counts, unreadable, notes, pictures)
    t = header["totals"]
    opening = (f"本次共收到自评报告文件 {t['files']} 个，复核 {t['reviewed']} 份，{t['unreadable']} 个文件未能读取。"
               f"复核采用规则包 {header['pack']}，对每份报告的预算及执行、绩效指标得分、综合得分和评价等级"
               "进行了重算和检查。现将复核情况报告如下。")
    if header.get("interrupted"):
        opening += "（本次复核被中断，以下仅含已完成部分。）"
    body: list[Block] = [Paragraph(opening)]
    parts = [("总体情况", s.overview()), ("自评等级与复核等级", s.grades()), ("主要问题", s.frequent()),
             ("自评与复核差距较大的报告", s.gaps()), ("未能读取或读取不完整的文件", s.unread()),
             ("意见和建议", s.recommendations())]
    for n, (title, blocks) in enumerate(parts, start=1):
        body.append(Heading(1, f"{chinese_ordinal(n)}、{title}"))
        body.extend(blocks)
    body += [Paragraph(""), Paragraph(settings.sender, align="right", indent=False),
             Paragraph(chinese_date(settings.date), align="right", indent=False)]
    return Report([f"{_years(reports)}预算绩效自评", "复核情况报告"], body, "", [])
