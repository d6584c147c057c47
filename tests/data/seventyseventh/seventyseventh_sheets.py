# ruff: noqa: E501
"""Reports jw04, jw06, jw08 of the seventy-seventh set (.xlsx), each returning (facts, ext, content): a Sichuan
transfer fund's sheet with "N/A", "/" and "—" cells and a letter grade with its key in a note row; a Yunnan town's
whole-unit sheet whose rates are numbers under a percent format, 偏差原因分析 and 改进措施 apart, graded 合格 (planted:
the 总分 two points below its rows); a Fujian town's special fund sheet whose year and unit stand only in the page
header, "—" in empty cells.
Every unit, person and figure is invented (real places, invented bodies and figures).
"""

from __future__ import annotations

import io
from decimal import Decimal

from corpus_build import xlsx_bytes
from eighteenth_facts import Made
from openpyxl import load_workbook
from seventyseventh_facts import HEAD, JW04, JW06, JW06_MEASURES, JW08, fraction, note_cells
from sixtyfirst_facts import HEAD as HEAD8
from sixtyfirst_facts import cells, money_block, whole_rows
from sixtyfourth_facts import project, whole


def dressed(book: bytes, header: str = "", footer: str = "") -> bytes:
    """The workbook with a page header and footer on each sheet, and every number below 1.5 (a rate stored as a
    fraction; no weight, score or amount of this set is that small) shown under a percent format."""
    wb = load_workbook(io.BytesIO(book))
    for sheet in wb.worksheets:
        if header:
            sheet.oddHeader.center.text = header
        if footer:
            sheet.oddFooter.center.text = footer
        for line in sheet.iter_rows():
            for cell in line:
                if isinstance(cell.value, float) and cell.value < 1.5:
                    cell.number_format = "0.00%"
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _num(text: str) -> float:
    return float(Decimal(text))


# jw04 四川 凉山 昭觉, project (transfer fund), .xlsx: N/A, / and — cells, a letter grade keyed in a note row ------------
def jw04() -> Made:
    unit, dept = "昭觉县农业农村局", "凉山彝族自治州农业农村局"
    proj = "2024年省级财政衔接推进乡村振兴补助资金"
    money = ("2650.00", "2810.00", "2746.53")
    f, rt, es, tot = project(2024, unit, dept, proj, money, JW04)
    rows: list[list[object]] = [
        ["项目支出绩效自评表", "", "", "", "", "", "", ""],
        ["（2024年度）", "", "", "", "", "", "", ""],
        ["项目名称", proj, "", "", "", "", "", ""],
        ["主管部门", dept, "", "", "实施单位", unit, "", ""],
        *money_block(money, rt, es),
        ["", "上年结转资金", "N/A", "N/A", "N/A", "/", "/", "/"],
        ["", "其他资金", "/", "/", "/", "/", "/", "/"],
        HEAD8,
        *([*c[:7], c[7] or "/"] for c in map(cells, JW04)),
        ["总分", "", "", "", "", "100", str(tot), "/"],
        ["评价等级", "A", "", "", "", "", "", ""],
        ["注：评价等级分A、B、C、D四档，A为优（90分及以上），B为良（80—89.99分），C为中（60—79.99分），D为差（60分以下）。", "", "", "", "", "", "", ""],
    ]
    merges = [(0, 0, 0, 7), (1, 0, 1, 7), (2, 1, 2, 7), (3, 1, 3, 3), (3, 5, 3, 7), (len(rows) - 1, 0, len(rows) - 1, 7)]
    return f, "xlsx", xlsx_bytes([("自评表", rows, merges)])


# jw06 云南 大理, whole unit, .xlsx: rates as numbers under a percent format, two note columns, 合格; 总分 two low (planted) ---
def jw06() -> Made:
    unit = "大理市喜洲镇人民政府"
    money = ("2380.00", "2650.00", "2204.16")
    f, rt, es, tot = whole(2025, unit, money, JW06, 4)
    f["stated_total"], f["planted"] = tot - 2, ["TOTAL_MISMATCH"]
    assert f["stated_grade"] == "中"

    def typed(c: list[str]) -> list[object]:
        return [*c[:4], fraction(c[4]) if c[4].endswith("%") else c[4], int(c[5]), _num(c[6]), *c[7:]]

    rows: list[list[object]] = [
        [f"{unit}2025年度部门整体支出绩效自评表", "", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", "", "单位：万元"],
        ["预算资金", "年初预算数", "全年预算数", "全年执行数", "执行率", "", "", "", ""],
        ["年度资金总额", *map(_num, money), fraction(f"{rt}%"), "", "", "", ""],
        HEAD,
        *map(typed, note_cells(whole_rows(JW06, 4, rt, es), JW06_MEASURES)),
        ["总分", "", "", "", "", 100, _num(str(tot - 2)), "", ""],
        ["自评等级", "合格", "", "", "", "", "", "", ""],
    ]
    return f, "xlsx", dressed(xlsx_bytes([("Sheet1", rows, [(0, 0, 0, 8)])]))


# jw08 福建 宁德 蕉城, project (special fund), .xlsx: the year and the filing unit only in the page header, — cells --------
def jw08() -> Made:
    unit, dept = "宁德市蕉城区七都镇人民政府", "宁德市蕉城区海洋与渔业局"
    proj = "七都镇海上养殖综合整治专项资金"
    money = ("900.00", "980.00", "965.30")
    f, rt, es, tot = project(2021, unit, dept, proj, money, JW08)
    block = money_block(money, rt, es)
    block[0][0] = "项目资金"
    rows: list[list[object]] = [
        ["项目支出绩效自评表", "", "", "", "", "", "", ""],
        ["项目名称", proj, "", "", "", "", "", ""],
        ["主管部门", dept, "", "", "实施单位", unit, "", ""],
        *block,
        ["", "上年结转资金", "—", "—", "—", "—", "—", "—"],
        HEAD8,
        *([*c[:7], c[7] or "—"] for c in map(cells, JW08)),
        ["总分", "", "", "", "", "100", str(tot), "—"],
        ["自评等级", "优秀", "", "", "", "", "", ""],
    ]
    merges = [(0, 0, 0, 7), (1, 1, 1, 7), (2, 1, 2, 3), (2, 5, 2, 7)]
    book = xlsx_bytes([("Sheet1", rows, merges)])
    return f, "xlsx", dressed(book, f"填报单位：{unit}    2021年度    单位：万元", "第 &P 页，共 &N 页")


REPORTS = {
    "jw04-sc-zhaojue-transfer-fund-project-xlsx-na-slash-letter-grade": jw04,
    "jw06-yn-dali-town-whole-xlsx-percent-format-two-note-columns": jw06,
    "jw08-fj-jiaocheng-town-fund-project-xlsx-year-in-page-header": jw08,
}
