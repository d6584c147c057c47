"""Shapes the held-out pages of stop 41 showed (docs/reader-corpora/held-41.md), each as an invented snippet:
invented units, places, projects and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page as _read

_LETTER = ("索  引  号 000000000000000000/2024-00001 主题分类 部门文件\n发文字号 制发机构\n有效期限 有效性\n"
           "成文日期 2024-03-20 发布日期 2024-03-20\n"
           "标        题 关于上报2023年某某生活补助项目支出绩效自评的报告\n\n"
           "关于上报2023年某某生活补助项目支出绩效自评的报告\n\n"
           "发布时间:2024-03-20 来源:某县某某事务局 浏览次数:\n\n某县某某发[2024]3号\n\n"
           "关于上报2023年某某生活补助项目\n\n支出绩效自评的报告\n\n某州某某事务局\n\n"
           "根据上级通知要求,某县对2023转移支付资金进行了绩效自评,现将自评报告如下:\n一、基本概况\n"
           "2023年省级下拨某某生活补助2.10万元;县级下拨某某生活补助2.10万元;全年应执行数为4.20万元,"
           "实际执行率为100%。\n二、绩效目标开展情况\n我局按照要求完成了补助发放。\n")


def test_a_report_letters_addressee_is_no_unit() -> None:
    """A "关于上报…的报告" letter under a metadata block of label-value pairs with no colons: the body named alone
    after the title is the letter's addressee; the unit is the page's 来源 body the text speaks as (我局), a guess;
    the title's project stands over the body's "对某年转移支付资金进行了绩效自评", and 上报 is no unit."""
    read = _read(_LETTER)
    assert read.title == "关于上报2023年某某生活补助项目支出绩效自评的报告"
    assert read.unit.name == "某县某某事务局"
    assert read.project.name == "某某生活补助项目"
    assert read.year == 2023


def test_the_amount_to_execute_and_the_actual_rate_in_one_sentence() -> None:
    """"全年应执行数为X万元，实际执行率为100%": X is the budget (the amount to execute, not the amount executed) and
    the 实际执行率 is the budget's rate, not an indicator's."""
    read = _read(_LETTER)
    assert read.budget.adjusted == Decimal("4.20")
    assert read.budget.executed is None
    assert read.budget.stated_execution_rate == Decimal("100")


def test_an_untitled_report_opening_on_the_projects_basics_is_a_projects() -> None:
    """A report cut before its title, opening at "一、项目基本情况 （一）项目概况": a project's report."""
    read = _read("一、项目基本情况\n(一)项目概况。某某专项资金由市财政安排,专项用于某某服务。\n"
                 "(二)项目绩效目标。一是保障某某补贴按时发放。\n")
    assert read.kind == "项目支出"


def test_a_covers_bare_year_is_its_date_not_the_year_evaluated() -> None:
    """A cover "填报日期：2025年4月10日 / 某市财政局制 / 2025年": the bare year is the cover's date, like the filing
    date; the report's year is the one before (a guess), or the one its work states."""
    read = _read("项目支出绩效自评报告\n项目名称:某某维护经费\n填报人姓名:某某\n填报日期:2025年4月10日\n"
                 "某市财政局制\n2025年\n一、项目基本情况\n该经费用于某某设备的维修维护。\n")
    assert read.year == 2024


def test_the_years_spending_as_year_then_zhichu() -> None:
    """"2022年支出60.50万元，其中基本支出58.00万元，项目支出2.50万元": the year's spending is the executed amount."""
    read = _read("2022年度某区某某联合会部门整体支出绩效自评报告\n一、部门基本情况\n本部门共有编制人数4人。\n"
                 "二、一般公共预算支出情况\n2022年预算收入62.00万元,其中年初预算55.00万元,调整追加7.00万元。\n"
                 "2022年支出60.50万元,其中基本支出58.00万元,项目支出2.50万元。\n")
    assert read.budget.executed == Decimal("60.50")
    assert read.budget.initial == Decimal("55.00")


def test_who_ran_the_self_evaluation_is_no_implementing_unit() -> None:
    """"某某经费绩效自评工作由某科负责实施": the section that ran the self-evaluation, not the project's implementing
    unit (nor, from it, the unit)."""
    read = _read("项目支出绩效自评报告\n项目名称:某某维护经费\n一、项目基本情况\n该经费用于某某设备的维修维护。\n"
                 "二、绩效自评工作组织情况。\n某某维护经费绩效自评工作由某某科负责实施,具体包括搜集项目资料。\n")
    assert read.project.implementing_unit is None
    assert read.unit.name != "某某科"


_REGION_FORM = ("某某补助资金区域绩效目标自评表\n\n专项名称\n\n某某补助资金\n\n中央主管部门\n\n某某部\n\n自评得分\n\n"
                "省级财政部门\n\n某省财政厅\n\n省级主管部门\n\n某省某某局\n\n96\n\n"
                "年度绩效指标完成情况\n\n一级指标\n\n二级指标\n\n三级指标\n\n年度指标值\n\n实际完成指标值\n\n40\n\n"
                "产出指标\n\n数量指标\n\n指标1:培训基层人员\n\n300人次\n\n320人次\n\n6\n\n"
                "指标2:抽检合格率\n\n98%\n\n99%\n\n5\n\n效益指标\n\n社会效益指标\n\n指标1:安全事故发生数\n\n0起\n\n0起\n\n4\n")


def test_a_regional_forms_figure_column_under_its_self_score_heading_holds_scores() -> None:
    """A 区域绩效目标自评表 one cell a line: 自评得分 heads the form's right-hand column (the form's total under it,
    each block's points where the indicator header's last cell would be), so each indicator row's last figure is
    its score (no weight column). Without that heading the figure stays read past (test_open_shapes26)."""
    read = _read(_REGION_FORM)
    rows = [(i.name, i.level2, i.weight, i.stated_score) for i in read.indicators]
    assert rows == [("培训基层人员", "数量指标", None, 6), ("抽检合格率", "数量指标", None, 5),
                    ("安全事故发生数", "社会效益指标", None, 4)]
