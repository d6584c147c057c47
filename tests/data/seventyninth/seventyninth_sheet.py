# ruff: noqa: E501
"""Reports hz03 and hz04 of the seventy-ninth set (.xlsx), each returning (facts, ext, content): a Jiangsu agriculture
bureau's workbook opening on a 汇总 sheet of its three projects, then one sheet a project (amounts as numbers); a Fujian
culture bureau's workbook of one sheet a project in 元, its 汇总 sheet last (planted in the first sheet: a stated
execution rate 3 points above the figures').
Every unit, person and figure is invented (real places, invented bodies and figures).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from corpus_build import xlsx_bytes
from eighteenth_facts import Made, r2
from fortyeighth_reports import money_rows as money8
from seventyninth_facts import (
    HEAD,
    HZ03,
    HZ03_B,
    HZ03_C,
    HZ03_PROJECTS,
    HZ04,
    HZ04_B,
    HZ04_PROJECTS,
    project_labels,
    yuan,
    yuan_money_rows,
)
from sixtyfirst_facts import cells, grade_of
from sixtyfourth_facts import project

D = Decimal
Sheet = tuple[str, list[list[Any]], list[tuple[int, int, int, int]]]


def num(text: str) -> Any:
    """A cell as a spreadsheet keeps it: a plain amount or score as a number, anything else as text."""
    try:
        value = float(text.replace(",", ""))
    except ValueError:
        return text
    return int(value) if value == int(value) and "." not in text else value


def labels(proj: str, dept: str, unit: str, year: int) -> list[list[str]]:
    """The label rows over the sheet's eight columns, as its merges show them."""
    (_, _, _, _), (_, _, tag, _), (year_label, year_text, _, _) = project_labels(proj, dept, unit, year)
    return [["项目名称", proj, *[""] * 6], ["主管部门", dept, "", "", tag, unit, "", ""], [year_label, year_text, *[""] * 6]]


def project_sheet(title: str, proj: str, dept: str, unit: str, year: int, money_block: list[list[str]],
                  rows: list[Any], tot: Decimal) -> Sheet:
    grid = [["项目支出绩效自评表", "", "", "", "", "", "", ""], [f"（{year}年度）", "", "", "", "", "", "", ""],
            *labels(proj, dept, unit, year), *money_block, HEAD, *(cells(r) for r in rows),
            ["总分", "", "", "", "", "100", str(tot), ""], ["自评等级", grade_of(tot), "", "", "", "", "", ""]]
    merges = [(0, 0, 0, 7), (1, 0, 1, 7), (2, 1, 2, 7), (3, 1, 3, 3), (3, 5, 3, 7), (4, 1, 4, 7)]
    return title, [[num(c) for c in row] for row in grid], merges


def summary(rows: list[tuple[str, str, str, str, Decimal, Decimal]], unit_word: str) -> list[list[Any]]:
    """The 汇总 sheet: 序号 / 项目名称 / 实施单位 / 全年预算数 / 全年执行数 / 执行率 / 自评得分 / 自评等级."""
    out: list[list[Any]] = [[f"项目支出绩效自评结果汇总表（金额单位：{unit_word}）", "", "", "", "", "", "", ""],
                            ["序号", "项目名称", "实施单位", "全年预算数", "全年执行数", "执行率", "自评得分", "自评等级"]]
    for i, (name, unit, adj, exe, rt, tot) in enumerate(rows, 1):
        out.append([i, name, unit, num(adj), num(exe), f"{rt}%", float(tot), grade_of(tot)])
    return out


# hz03 江苏 盐城 射阳, .xlsx: the 汇总 sheet first, then one sheet a project ------------------------------------------------
def hz03() -> Made:
    dept = "射阳县农业农村局"
    units = ["射阳县农田建设管理中心", "射阳县农业机械化技术推广站", "射阳县农村经营管理站"]
    sheets: list[Sheet] = []
    listed = []
    first: dict[str, Any] = {}
    for n, ((proj, money), rows, unit, tab) in enumerate(zip(HZ03_PROJECTS, (HZ03, HZ03_B, HZ03_C), units,
                                                               ("高标准农田", "农机补贴", "地力补贴"), strict=True)):
        f, rt, es, tot = project(2023, unit, dept, proj, money, rows)
        f["stated_grade"] = grade_of(tot)
        if n == 0:
            first = f
        sheets.append(project_sheet(tab, proj, dept, unit, 2023, money8(*money, rt, es), rows, tot))
        listed.append((proj, unit, money[1], money[2], rt, tot))
    head = ("汇总", summary(listed, "万元"), [(0, 0, 0, 7)])
    return first, "xlsx", xlsx_bytes([head, *sheets])


# hz04 福建 南平 建阳, .xlsx: one sheet a project in 元, the 汇总 sheet last; the first sheet's rate 3 points above -------
def hz04() -> Made:
    dept = "南平市建阳区文体旅游局"
    units = ["南平市建阳区建盏文化发展中心", "南平市建阳区文化馆"]
    sheets: list[Sheet] = []
    listed = []
    first: dict[str, Any] = {}
    for n, ((proj, money), rows, unit) in enumerate(zip(HZ04_PROJECTS, (HZ04, HZ04_B), units, strict=True)):
        f, rt, es, tot = project(2025, unit, dept, proj, money, rows)
        f["stated_grade"] = grade_of(tot)
        shown = rt
        if n == 0:
            shown = rt + 3
            f["budget"]["stated_execution_rate"], f["planted"] = shown, ["EXECUTION_RATE_MISMATCH"]
            f["indicators"][0]["actual"]["value"] = shown
            first = f
        block = yuan_money_rows(money, shown, es)
        sheets.append(project_sheet(f"{n + 1}-{proj[5:11]}", proj, dept, unit, 2025, block, rows, tot))
        listed.append((proj, unit, yuan(money[1]), yuan(money[2]), r2(shown), tot))
    return first, "xlsx", xlsx_bytes([*sheets, ("汇总表", summary(listed, "元"), [(0, 0, 0, 7)])])


REPORTS = {
    "hz03-js-sheyang-agriculture-xlsx-summary-sheet-first": hz03,
    "hz04-fj-jianyang-culture-xlsx-sheet-per-project-yuan-summary-last": hz04,
}
