"""The real pages left below 100 % at stop 43 (docs/reader-corpora/left-pages-53.md), each cause as an invented
snippet: invented units, places and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page as _read

# a transfer's report: the goal told in its outline under 绩效目标分解下达情况, the fund and 项目 before "绩效目标为"
_TRANSFER_GOAL = "\n".join([
    "某县某某局2023年某某补助资金绩效自评报告",
    "一、绩效目标分解下达情况",
    "(一)资金下达情况。2023年下达某某补助资金45万元。",
    "(二)某县某某局2023年某某补助资金项目绩效目标为保障全镇某某设施正常运行。",
    "二、绩效目标完成情况分析",
    "资金全部拨付到位,设施运行正常。",
])


def test_a_goal_told_as_the_funds_project_goal_is_read_without_the_lead_words() -> None:
    """"…某某补助资金项目绩效目标为X。": X is the goal, the fund and its 项目 word before it only name whose it is."""
    assert _read(_TRANSFER_GOAL).project.goal_expected == "保障全镇某某设施正常运行。"


# a project report: the goal paragraph under its own heading opens on the year and "我…绩效目标是"
_GOAL_PARAGRAPH = "\n".join([
    "某县某某协会2021年某某项目绩效自评报告",
    "一、项目概况",
    "(一)项目基本情况",
    "某某项目由县财政安排资金12万元,用于开展某某培训。",
    "(二)项目绩效目标",
    "2021年,我会绩效目标是全年开展某某培训800人次,发展某某志愿者30人。",
    "二、绩效自评工作开展情况",
])


def test_a_goal_paragraph_opening_on_its_lead_words_is_read_after_them() -> None:
    """"2021年,我会绩效目标是X": the year and "我会…是" lead into the goal, they are no part of it."""
    read = _read(_GOAL_PARAGRAPH)
    assert read.kind == "项目支出"
    assert read.project.goal_expected == "全年开展某某培训800人次,发展某某志愿者30人。"


def test_a_goal_paragraph_with_no_lead_words_stays_whole() -> None:
    """A guard: a paragraph that does not open on "…目标是/为" is the goal as written."""
    text = _GOAL_PARAGRAPH.replace("2021年,我会绩效目标是全年", "全年")
    assert _read(text).project.goal_expected == "全年开展某某培训800人次,发展某某志愿者30人。"


def test_a_balance_brought_in_told_as_last_years_surplus_funds_is_the_opening_balance() -> None:
    """"上年度结余的资金C万元": what was left over from last year is brought into this one."""
    read = _read("\n".join([
        "某区2023年某某补贴资金实施情况",
        "2023年市级下达某某补贴资金30万元,县级配套8万元,上年度结余的资金2.15万元,合计40.15万元。",
        "全年实际使用补贴资金36.2万元。",
    ]))
    assert read.budget.opening_balance == Decimal("2.15")


# a document site's run-together project form: the total row's amounts split by its rate, then its one fund row, a
# label of the general budget's, its two amounts fused with nothing to split them by
_FUSED_FUND_ROW = (
    "项目支出绩效自评表(2019年度) 项目名称某某设施维护经费主管部门某市某区某某街道办事处实施单位:某市某区某某服务中心"
    "项目资金(万元) 年初预算数(A)全年执行数(B)分值(10分)执行率(B/A)得分得分计算方法年度资金总额:240.6180.451075%7.5"
    "按执行率乘以分值计分,不超过分值。其中:本年一般公共预算拨款 240.6180.45   其他资金     年度总体目标"
    "保障某某设施正常运行"
)


def test_a_fund_row_fused_as_its_total_is_split_as_the_total_was() -> None:
    """"其中:本年一般公共预算拨款 240.6180.45" under "年度资金总额 240.6 | 180.45 | 10 | 75% | 7.5": the one fund
    row's run reads as the total's two amounts, and is cut where the total's rate cut them."""
    rows = _read(_FUSED_FUND_ROW).budget.fund_rows
    assert [(row.name, row.initial, row.executed) for row in rows] == [
        ("本年一般公共预算拨款", Decimal("240.6"), Decimal("180.45"))]


def test_a_fused_run_that_reads_as_no_row_before_it_is_cut_as_before() -> None:
    """A guard: a fund row whose run is not the total's keeps the splitter's own cut."""
    text = _FUSED_FUND_ROW.replace("拨款 240.6180.45", "拨款 120.3090.20")
    rows = _read(text).budget.fund_rows
    assert [(row.initial, row.executed) for row in rows] == [(Decimal("120.30"), Decimal("90.20"))]
