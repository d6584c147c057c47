"""Shapes of the twenty-second set (docs/reader-corpora/twentysecond.md), each rebuilt from an invented snippet of the
same shape (invented units, names and figures)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from corpus import errors as _errors
from page_reading import by_name as _by_name
from page_reading import read_page as _read

from jixiao.readers import read_any
from jixiao.readers.leader_dots import leader_labels
from jixiao.readers.pdf_rotated import upright_cells
from jixiao.readers.spelled_figures import arabic_figures

_TABLE = """| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
|---|---|---|---|---|---|---|
| 产出指标 | 数量指标 | 巡查次数 | ≥40次 | 44次 | 50 | 50 |
| 满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90% | 95% | 50 | {score} |
"""


# A. a section per 二级 unit with its own money table and staff, the department's totals after them
@pytest.mark.parametrize(("own", "other", "whole"), [(40, 12, 52), (63, 20, 83)])
def test_a_unit_sections_then_the_whole_department(own: int, other: int, whole: int) -> None:
    text = f"""# 某县某局2024年度部门整体支出绩效自评报告

### （一）局机关

局机关编制{own}名，实有{own - 2}人。

| 项目 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |
|---|---|---|---|---|
| 金额（万元） | 300.00 | 320.00 | 310.00 | 96.88% |

### （二）县某某中心

县某某中心编制{other}名，实有{other - 1}人。

| 项目 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |
|---|---|---|---|---|
| 金额（万元） | 100.00 | 110.00 | 108.00 | 98.18% |

### （三）部门合计

全部门编制{whole}名，实有{whole - 3}人。部门年初预算400.00万元，全年预算430.00万元，全年执行418.00万元，
预算执行率97.21%。

{_TABLE.format(score="50")}"""
    evaluation = _read(text)
    assert evaluation.unit.staff_establishment == whole and evaluation.unit.staff_total == whole - 3
    assert evaluation.budget.executed == Decimal("418.00")
    assert "TEXT_TABLE_MISMATCH" not in _errors(evaluation)


# B. scores and percentages spelled in Chinese numerals, digits full-width
@pytest.mark.parametrize(("spelled", "figure"), [("九十七点五八", "97.58"), ("一百", "100"), ("八十五", "85")])
def test_b_spelled_percentages_and_scores(spelled: str, figure: str) -> None:
    text, count = arabic_figures(f"预算执行率百分之{spelled}，分值十分，得分九点五分（满分五十分）。")
    assert text == f"预算执行率{figure}%，分值10分，得分9.5分（满分50分）。" and count == 4
    assert arabic_figures("工作完成得十分出色，分值十分重要")[0] == "工作完成得十分出色，分值十分重要"


def test_b_spelled_report_reads() -> None:
    text = """某县２０２４年度某项目支出绩效自评报告
一、绩效指标完成情况
（一）产出指标（满分五十分）
　　１．巡查次数（数量指标）：年度指标值≥４０次，实际完成４４次，分值五十分，得分五十分。
（二）满意度指标（满分五十分）
　　１．群众满意度（服务对象满意度指标）：年度指标值≥９０％，实际完成８８％，分值五十分，得分四十八点九分。
二、自评结论
　　本项目总分一百分，自评得分九十八点九分，等级为优。
"""
    evaluation = _read(text, "report.txt")
    found = _by_name(evaluation)
    assert found["群众满意度"].stated_score == Decimal("48.9") and found["巡查次数"].weight == Decimal(50)
    assert evaluation.stated_total == Decimal("98.9") and evaluation.full_mark == Decimal(100)


# C. header cells set sideways in a PDF: pdfplumber joins their characters top to bottom
class _Row:
    def __init__(self, cells: list[tuple[float, float, float, float]]) -> None:
        self.cells = cells


class _Grid:
    def __init__(self, rows: list[_Row]) -> None:
        self.rows = rows


class _Page:
    def __init__(self, chars: list[dict]) -> None:  # type: ignore[type-arg]
        self.chars = chars


def _char(text: str, x: float, top: float, upwards: bool | None) -> dict:  # type: ignore[type-arg]
    matrix = (1, 0, 0, 1, 0, 0) if upwards is None else (0, 1 if upwards else -1, -1 if upwards else 1, 0, 0, 0)
    return {"text": text, "x0": x, "x1": x + 9, "top": top, "bottom": top + 9, "upright": upwards is None,
            "matrix": matrix}


@pytest.mark.parametrize(("word", "upwards"), [("一级指标", True), ("得分", True), ("二级指标", False)])
def test_c_sideways_header_cells(word: str, upwards: bool) -> None:
    # written bottom to top (upwards): the first character lowest on the page
    tops = [100 - 10 * k for k in range(len(word))] if upwards else [10 + 10 * k for k in range(len(word))]
    chars = [_char(ch, 20, top, upwards) for ch, top in zip(word, tops, strict=True)]
    chars += [_char("值", 60, 40, None)]
    page, grid = _Page(chars), _Grid([_Row([(10, 0, 40, 120), (50, 0, 80, 120)])])
    raw: list[list[str | None]] = [["".join(c["text"] for c in sorted(chars[:-1], key=lambda c: c["top"])), "值"]]
    assert upright_cells(page, grid, raw) == [[word, "值"]]


# D. two labelled fields run together on a PDF line, the spaces between them lost
@pytest.mark.parametrize(("dept", "unit"), [("某县水利局", "某县供水服务中心"), ("某市教育局", "某市第三中学")])
def test_d_run_on_labels(dept: str, unit: str) -> None:
    head = f"某县2024年度某工程项目支出绩效自评报告\n主管部门：{dept}实施单位：{unit}\n\n"
    evaluation = _read(head + _TABLE.format(score="49"))
    assert evaluation.unit.supervising_department == dept
    assert evaluation.project is not None and evaluation.project.implementing_unit == unit


# E. an OA page whose tables are <div>s marked as rows and cells
_DIVS = """<html><body><div class="main"><h3>某区某局2024年度部门整体支出绩效自评表</h3>
<div class="grid" style="display:table">{rows}</div></div></body></html>"""


@pytest.mark.parametrize(("row_class", "cell_class"), [("oa-row", "oa-cell"), ("el-table__row", "cell"),
                                                       ("line", "display:table-cell")])
def test_e_div_grid(tmp_path: Path, row_class: str, cell_class: str) -> None:
    lines = [line.strip("|").split("|") for line in _TABLE.format(score="47.5").splitlines() if "---" not in line]
    style = ' style="display:table-row"' if row_class == "line" else ""
    cell = 'style="display:table-cell"' if cell_class.startswith("display") else f'class="{cell_class}"'
    rows = "".join(f'<div class="{row_class}"{style}>' + "".join(f"<div {cell}>{c.strip()}</div>" for c in line)
                   + "</div>" for line in lines)
    path = tmp_path / "oa.html"
    path.write_text(_DIVS.format(rows=rows), encoding="utf-8")
    found = _by_name(read_any(path).evaluation)
    assert found["群众满意度"].stated_score == Decimal("47.5") and found["巡查次数"].target.value == Decimal(40)


# F. fund sources as columns with the 合计 column first
@pytest.mark.parametrize(("county", "executed"), [("80.00", "72.50"), ("60.00", "60.00")])
def test_f_sources_as_columns_total_first(county: str, executed: str) -> None:
    adjusted = Decimal("300.00") + Decimal(county)
    spent = Decimal("300.00") + Decimal(executed)
    text = f"""某县2024年度某项目绩效自评报告

| 资金来源 | 合计 | 中央资金 | 省级资金 | 县级资金 |
|---|---|---|---|---|
| 年初预算数 | {adjusted} | 200.00 | 100.00 | {county} |
| 全年预算数 | {adjusted} | 200.00 | 100.00 | {county} |
| 全年执行数 | {spent} | 200.00 | 100.00 | {executed} |

{_TABLE.format(score="50")}"""
    budget = _read(text).budget
    assert budget.adjusted == adjusted and budget.executed == spent
    assert [(f.name, f.executed) for f in budget.fund_rows] == [
        ("中央资金", Decimal("200.00")), ("省级资金", Decimal("100.00")), ("县级资金", Decimal(executed))]


# G. a sheet with a hidden row and column, the targets in brackets after the names
@pytest.mark.parametrize(("target", "actual"), [("≥200人次", "214人次"), ("≤6000元", "5860元")])
def test_g_hidden_rows_and_bracketed_targets(tmp_path: Path, target: str, actual: str) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    rows = [["一级指标", "二级指标", "三级指标（年度指标值）", "实际完成值", "辅助", "分值", "得分"],
            ["产出指标", "数量指标", f"培训人次（{target}）", actual, 1, 50, 50],
            ["", "", "已取消指标（≥10项）", "已调整", 1, 10, 10],
            ["满意度指标", "服务对象满意度指标", "群众满意度（≥90%）", "95%", 1, 50, 48],
            ["合计", "", "", "", "", 100, 98]]
    for row in rows:
        sheet.append(row)
    sheet.row_dimensions[3].hidden = True
    sheet.column_dimensions["E"].hidden = True
    path = tmp_path / "sheet.xlsx"
    book.save(str(path))
    result = read_any(path)
    found = _by_name(result.evaluation)
    assert set(found) == {"培训人次", "群众满意度"}
    assert found["培训人次"].target.unit == target[-2:].lstrip("0123456789") and found["群众满意度"].target.value == 90
    assert "WEIGHTS_NOT_100" not in _errors(result.evaluation)
    assert any("隐藏" in w for w in result.warnings)


# H. target and actual on two rows of one 指标值 column, a 类别 column telling them apart
@pytest.mark.parametrize(("kinds", "actual"), [(("年度目标", "实际完成"), "44次"), (("目标值", "完成值"), "39次")])
def test_h_stacked_target_and_actual(kinds: tuple[str, str], actual: str) -> None:
    text = f"""| 一级指标 | 三级指标 | 类别 | 指标值 | 分值 | 得分 |
|---|---|---|---|---|---|
| 产出指标 | 巡查次数 | {kinds[0]} | ≥40次 | 50 | 49 |
| 产出指标 | 巡查次数 | {kinds[1]} | {actual} | 50 | 49 |
| 满意度指标 | 群众满意度 | {kinds[0]} | ≥90% | 50 | 50 |
| 满意度指标 | 群众满意度 | {kinds[1]} | 93% | 50 | 50 |
"""
    found = _by_name(_read(text))
    assert set(found) == {"巡查次数", "群众满意度"}
    assert found["巡查次数"].target.value == 40 and found["巡查次数"].actual.value == Decimal(actual[:-1])
    assert found["群众满意度"].actual.value == 93


# I. the targets in a 绩效目标表, the results in a 自评表 by name
def test_i_goal_table_then_result_table() -> None:
    text = """某县2024年度某项目绩效自评报告

附表1 绩效目标表

| 一级指标 | 二级指标 | 三级指标 | 指标值 |
|---|---|---|---|
| 产出指标 | 数量指标 | 巡查次数 | ≥40次 |
| 满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90% |

附表2 绩效自评表

| 三级指标 | 实际完成值 | 分值 | 得分 |
|---|---|---|---|
| 巡查次数 | 44次 | 50 | 50 |
| 群众满意度 | 88% | 50 | 48.9 |
"""
    found = _by_name(_read(text))
    assert set(found) == {"巡查次数", "群众满意度"}
    assert found["群众满意度"].level1 == "满意度指标" and found["群众满意度"].target.value == 90
    assert found["巡查次数"].level2 == "数量指标" and found["巡查次数"].actual.value == 44


# J. a label joined to its value by leader dots; a contents line left alone
def test_j_leader_dots() -> None:
    text, count = leader_labels("一、项目基本情况…………………1\n项目名称……………………某某工程\n年初预算数………456.00万元\n")
    assert text == "一、项目基本情况…………………1\n项目名称：某某工程\n年初预算数：456.00万元\n" and count == 2
    evaluation = _read("项目名称……………………某某工程\n年初预算数………456.00万元\n全年预算数………480.00万元\n"
                       "全年执行数………470.00万元\n\n" + _TABLE.format(score="50"), "report.txt")
    assert evaluation.project is not None and evaluation.project.name == "某某工程"
    assert evaluation.budget.initial == Decimal("456.00") and evaluation.budget.executed == Decimal("470.00")


# K. a 收入支出决算 table by columns
@pytest.mark.parametrize(("carry", "income"), [("10.00", "500.00"), ("0.00", "820.50")])
def test_k_flow_columns(carry: str, income: str) -> None:
    total_income = Decimal(income) + Decimal("30.00")
    text = f"""某镇2024年度部门整体支出绩效自评报告

单位：万元

| 项目 | 上年结转 | 本年收入 | 本年支出 | 年末结转 |
|---|---|---|---|---|
| 一般公共预算财政拨款 | {carry} | {income} | 480.00 | 30.00 |
| 其他资金 | 2.00 | 30.00 | 30.00 | 2.00 |
| 合计 | {Decimal(carry) + 2} | {total_income} | 510.00 | 32.00 |

{_TABLE.format(score="50")}"""
    budget = _read(text).budget
    assert budget.income_total == total_income and budget.expenditure_total == Decimal("510.00")
    assert budget.carry_over == Decimal("32.00")  # the 年末结转 total; the 上年结转 one brought in
    assert budget.opening_balance == Decimal(carry) + 2
    assert [(i.name, i.amount) for i in budget.income_items] == [("一般公共预算财政拨款", Decimal(income)),
                                                                 ("其他资金", Decimal("30.00"))]


# L. block weights listed in one sentence; M. units listed before their count; N. 主管并组织实施
@pytest.mark.parametrize(("first", "second"), [(40, 60), (30, 70)])
def test_l_listed_block_weights(first: int, second: int) -> None:
    table = _TABLE.format(score="50")
    text = f"本次评价指标由产出指标（{first}分）、满意度指标（{second}分）两部分构成。\n\n" + table
    assert _read(text).stated_block_weights == {"产出指标": first, "满意度指标": second}
    wrong = f"本次评价指标由产出指标（{first}分）、满意度指标（{second - 5}分）两部分构成。\n\n" + table
    assert _read(wrong).stated_block_weights == {}


def test_m_units_listed_before_their_count() -> None:
    text = "某县某局部门预算由局机关和县甲中心、县乙站2个二级单位预算组成。\n\n" + _TABLE.format(score="50")
    unit = _read(text).unit
    assert unit.subordinate_bodies == ["县甲中心", "县乙站"] and unit.subordinate_bodies_count == 2
    text = "某县某局部门预算由局机关和县甲中心、县乙站3个二级单位预算组成。\n\n" + _TABLE.format(score="50")
    assert _read(text).unit.subordinate_bodies_count != 2


def test_n_supervised_and_carried_out_by_one_body() -> None:
    text = "某某项目由某县残疾人联合会主管并组织实施。\n\n" + _TABLE.format(score="50")
    evaluation = _read(text)
    assert evaluation.unit.supervising_department == "某县残疾人联合会"
    assert evaluation.project is not None and evaluation.project.implementing_unit == "某县残疾人联合会"


def test_e_layout_grid_is_not_a_table() -> None:
    from jixiao.readers.html_div_grid import div_grid_rows
    from jixiao.readers.html_table import parse_html

    page = ('<html><body><div class="wrap"><div class="el-row"><div class="el-col"><h2>某局2024年度自评报告</h2>'
            '<p>正文</p></div><div class="el-col">侧栏</div></div><div class="el-row"><div class="el-col">甲</div>'
            '<div class="el-col">乙</div></div></div></body></html>')
    root = parse_html(page)
    assert root is not None and div_grid_rows(root.find(".//div")) is None
