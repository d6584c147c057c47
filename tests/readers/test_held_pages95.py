"""Shapes the held-out pages of stop 95 showed (docs/reader-corpora/held-95.md), each as an invented snippet:
invented units, places, funds and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page as _read

# a district portal's whole-unit form flattened with blank lines between its rows, each row's cells spaced on one
# line: the money block's header 年初预算资金总额(万元) | 实际投入资金额(万元) | 产生差异的原因, then the indicator rows
# under a header with a 计量单位 column, one unit a currency in 亿
_SPACED_FORM = ("2022年部门整体绩效目标自评表\n\n单位名称 某区某某委员会 单位负责人及电话 王某 13800000000\n\n"
                "主管部门 某某委财务科 实施单位\n\n资金情况(万元)\n"
                "年初预算资金总额(万元) 实际投入资金额(万元) 产生差异的原因\n\n合计 860.40 1720.80 追加项目经费\n\n"
                "其中:财政拨款 860.40 1720.80\n\n其他资金\n\n"
                "三级指标 指标权重 计量单位 指标值 全年实际完成值 产生差异的原因及改进措施\n\n"
                "某某商品销售额增速 30 % 8 12.5\n\n某某进出口总额 30 亿人民币 12.5 20.4\n\n新增某某企业 20 15 21\n")

# a Hunan-style 基础数据表 one cell a line with blank lines between: the staff row's 控制率 left blank, then the
# 经费控制情况 block, whose rows are 三公经费 / 项目支出 / 公用经费 (no 支出总额 row)
_DATA_SHEET = ("某县某某局2023年度整体支出绩效自评\n\n附件2\n\n2023年度预算单位整体支出绩效评价基础数据表\n\n"
               "预算单位名称\n\n某县某某局\n\n财政供养人员情况(人)\n\n编制数\n\n2023年实际在职人数\n\n控制率\n\n"
               "14\n\n19\n\n经费控制情况(万元)\n\n2022年决算数\n\n2023年预算数\n\n2023年决算数\n\n三公经费\n\n"
               "2.10\n\n1.60\n\n1.55\n\n项目支出:\n\n980.20\n\n760.35\n\n742.18\n\n公用经费\n\n40.10\n\n"
               "36.20\n\n35.90\n")


def test_a_spaced_money_header_of_a_whole_unit_form() -> None:
    """"年初预算资金总额(万元) 实际投入资金额(万元) 产生差异的原因" over "合计 A B 原因" and "其中:财政拨款 A B": the
    initial budget, what was put in, and the fund row; the reason column's words stay in their column (before, the
    header was no header, the reason ran into the next row's label, and 实施单位 took the caption 资金情况 as its
    value)."""
    read = _read(_SPACED_FORM)
    assert (read.budget.initial, read.budget.executed) == (Decimal("860.40"), Decimal("1720.80"))
    assert [(row.name, row.initial, row.executed) for row in read.budget.fund_rows] == [
        ("财政拨款", Decimal("860.40"), Decimal("1720.80"))]
    assert read.project is None or read.project.implementing_unit is None


def test_a_currency_in_hundred_millions_is_a_unit_cell() -> None:
    """"某某进出口总额 30 亿人民币 12.5 20.4": 亿人民币 is the 计量单位 cell of the row, no indicator of its own
    (before, the row was cut into two indicators, "亿人民币" one of them)."""
    read = _read(_SPACED_FORM)
    names = [ind.name for ind in read.indicators]
    assert "亿人民币" not in names
    trade = next(ind for ind in read.indicators if ind.name == "某某进出口总额")
    assert trade.target is not None and trade.actual is not None
    assert (trade.target.value, trade.target.unit) == (Decimal("12.5"), "亿人民币")
    assert (trade.actual.value, trade.actual.unit) == (Decimal("20.4"), "亿人民币")


def test_a_blank_rate_before_the_next_block_keeps_the_staff_row() -> None:
    """"编制数 | 实际在职人数 | 控制率" over "14 | 19", the rate left blank and the 经费控制情况 caption next: the two
    counts are the first two labels' (before, the caption was taken as the rate's value, then, refused, the staff
    row was read as 在职 14)."""
    read = _read(_DATA_SHEET)
    assert (read.unit.staff_establishment, read.unit.staff_total) == (14, 19)


def test_a_spending_block_with_no_total_row_gives_its_project_spending() -> None:
    """The 经费控制情况 block's 项目支出: row (a colon after the label) with no 支出总额 row: the evaluated year's
    决算数 is the 项目支出 item; no total is made up (before, nothing was read)."""
    read = _read(_DATA_SHEET)
    assert [(item.name, item.amount) for item in read.budget.expenditure_items] == [("项目支出", Decimal("742.18"))]
    assert read.budget.expenditure_total is None


def test_a_bare_score_paragraph_is_the_whole_score() -> None:
    """"自评得分97.5分。" as a paragraph of its own after the prose of what was done: the report's score (before, a
    score with no subject was not read as the whole's)."""
    read = _read("2022年某某民生工程绩效自评报告\n一、目标任务\n全年免费检查任务4000人。\n三、完成情况\n"
                 "全年完成检查5200人,完成任务的130%。\n自评得分97.5分。\n")
    assert read.stated_total == Decimal("97.5")


def test_bare_score_paragraphs_of_several_parts_are_no_whole_score() -> None:
    """A guard: parts scored one by one, each closing on its own "自评得分N分。", state no whole's score."""
    read = _read("某某项目绩效自评报告\n(一)项目决策\n立项依据充分。\n自评得分18分。\n(二)项目管理\n"
                 "资金管理规范。\n自评得分19分。\n")
    assert read.stated_total is None
