"""A whole-unit form copied as space-separated rows (held-43 p02's shape; docs/reader-corpora/held-43.md, "after
fujian33"): a money header over several lines with circled column numbers and a formula line of its own, and
indicator rows with a scoring sentence between the values and the points. Invented units and figures."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page as _read

from jixiao.readers.document import Table
from jixiao.readers.flat_column_numbers import column_number, column_words
from jixiao.readers.source_text import text_to_document

_HEAD = "部门整体支出绩效自评表\n(2022年度)\n部门(单位)名称 某县气象服务中心 部门预算编码 301002004\n"

_MONEY = (
    "财政资金安排和使用情况 资金结构 预算安排 拨付情况 结余情况\n"
    "(万元) 年初部门预算安排金额(含历年结余结转)① 年中调整金额② 小计 年度拨付金额 支出实现率(%)⑤=④/③ "
    "本年度结余金额⑥=③-④ 资金结余率(%)⑦=⑥/③\n"
    "  ③=①+②\n"
    "财政资金小计 240.50 19.50 260.00 247.00 95 13 5\n"
    "① 项目支出 60 0 60 57 95 3 5\n"
    "② 基本支出 180.50 19.50 200.00 190.00 95 10 5\n"
    "2.单位其它收入 0 0 0 0 0 0 0\n"
    "合 计 240.50 19.50 260.00 247.00 95 13 5\n")

_INDICATORS = (
    "年度绩效指标完成情况 一级指标 二级指标 三级指标 绩效目标值 实际完成值 评分标准 指标分值 自评得分 未完成原因\n"
    "产出目标 数量目标 发布乡镇气象预警信息次数 40次 46次 本指标满分8分,发布预警达40次得8分,少一次扣0.5分,扣完为止。"
    " 8 8 已完成\n"
    "开展气象科普进校园活动场数 12场 10场 本指标满分8分,开展活动达12场得8分,少一场扣1分,扣完为止。"
    " 8 6 天气原因取消两场\n")


def test_a_circled_column_number_and_its_formula() -> None:
    """"支出实现率(%)⑤=④/③" is column 5 of the words 支出实现率; a cell with no number, or a bare formula, is none."""
    assert column_number("支出实现率(%)⑤=④/③") == 5 and column_number("年中调整金额②") == 2
    assert column_words("年初部门预算安排金额(含历年结余结转)①") == "年初部门预算安排金额"
    assert column_number("③=①+②") is None and column_number("小计") is None and column_number("①") is None


def test_a_money_header_with_circled_numbers_and_a_formula_line_is_one_header() -> None:
    """The header's cells carry their numbers, 小计's formula ("③=①+②") wrapped onto a line of its own: the formula
    goes back on the one cell numbered nowhere at ③'s place, so 小计 is the year's budget; 年中调整金额② and the two
    结余 columns are read past; the total row gives the budget, and the rows by kind of spending (① 项目支出, ②
    基本支出) are not the total."""
    budget = _read(_HEAD + _MONEY).budget
    assert (budget.initial, budget.adjusted, budget.executed) == (Decimal("240.50"), 260, 247)
    assert budget.stated_execution_rate == 95


def test_each_read_past_column_keeps_its_own_figure() -> None:
    """The rebuilt table shows 年中调整金额② and the two 结余 columns each with its own figure of the row."""
    tables = [b for b in text_to_document(_HEAD + _MONEY, "page.txt").blocks if isinstance(b, Table)]
    assert tables[0].rows[1] == ["财政资金小计", "240.50", "19.50", "260.00", "247.00", "95", "13", "5"]


def test_a_formula_at_no_single_place_moves_nothing() -> None:
    """A formula whose number the cells already carry ("②=…" with 年中调整金额② above) is left where it is: no
    cell takes it, so 小计 names no column and the block is not read as the header's."""
    budget = _read(_HEAD + _MONEY.replace("  ③=①+②", "  ②=①+①")).budget
    assert (budget.initial, budget.adjusted, budget.executed) == (None, None, None)


def test_indicator_rows_with_a_scoring_sentence_between_values_and_points() -> None:
    """"某指标 40次 46次 本指标满分8分,… 8 8 已完成": the target and the actual, the scoring sentence, then the
    weight and the score in the header's order (评分标准 before 指标分值 | 自评得分); the levels stated once."""
    read = _read(_HEAD + _INDICATORS)
    rows = [(i.name, i.level1, i.level2, i.target.value if i.target else None, i.actual.value if i.actual else None,
             i.weight, i.stated_score) for i in read.indicators]
    assert rows == [("发布乡镇气象预警信息次数", "产出目标", "数量目标", 40, 46, 8, 8),
                    ("开展气象科普进校园活动场数", "产出目标", "数量目标", 12, 10, 8, 6)]


def test_a_score_above_its_weight_gives_no_such_row() -> None:
    """"… 8 9": a score above its weight admits no reading of the points, so the line is no row of this shape."""
    read = _read(_HEAD + _INDICATORS.replace("扣完为止。 8 6 天气", "扣完为止。 8 9 天气"))
    assert [i.name for i in read.indicators] == ["发布乡镇气象预警信息次数"]


def test_a_row_cut_inside_its_scoring_sentence_keeps_its_values_guessed() -> None:
    """The text ends inside the last row's sentence: its name, target and actual are read, no weight (the points
    were cut away), each cell marked guessed."""
    read = _read(_HEAD + _INDICATORS + "组织气象灾害防御培训人次 300人次 320人次 本指标满分6分,培训达300人次得6分,少")
    last = read.indicators[-1]
    assert (last.name, last.target.value, last.actual.value) == ("组织气象灾害防御培训人次", 300, 320)
    assert last.weight is None
    at = len(read.indicators) - 1
    assert read.provenance[f"indicators[{at}].target"].guessed


def test_the_header_wrapped_over_two_lines() -> None:
    """"… 绩效 实际 评分标准 …" over "目标值 完成值" (a narrow column's words wrapped): 绩效目标值 and 实际完成值."""
    wrapped = _INDICATORS.replace("绩效目标值 实际完成值 评分标准", "绩效 实际 评分标准").replace(
        "未完成原因\n", "未完成原因\n目标值 完成值\n")
    read = _read(_HEAD + _MONEY + "年度总体目标完成情况 预期目标 目标实际完成情况\n某某。 完成年度目标\n" + wrapped)
    assert [(i.target.value if i.target else None, i.actual.value if i.actual else None, i.stated_score)
            for i in read.indicators] == [(40, 46, 8), (12, 10, 6)]
    assert read.budget.adjusted == 260
