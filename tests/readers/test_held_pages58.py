"""Shapes the held-out pages of stop 58 showed (docs/reader-corpora/held-58.md), each as an invented snippet:
invented units, places, projects and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

from corpus import errors
from page_reading import read_page as _read

_SEVERAL_PROJECTS = ("2020年度某省某某协会绩效评价工作开展情况\n"
                     "一、预算绩效管理工作开展情况\n"
                     "单位组织对2020年度项目支出全面开展绩效自评,共涉及项目2个,资金1500.00万元。\n"
                     "二、项目绩效自评结果\n"
                     "(一)某某事业发展经费绩效自评综述:项目全年预算数800.00万元,执行数为752.40万元,"
                     "资金执行率为94.05%。\n"
                     "主要产出和效益:较好地完成了年度各项工作。\n"
                     "(二)某某救助经费绩效自评综述:项目年预算批复金额为700万元,实际执行资金总额736万元,"
                     "资金执行率为100%。\n"
                     "主要产出和效益:救助工作超额完成。\n")


def test_a_page_summing_up_several_projects_takes_no_projects_figures_for_its_own() -> None:
    """"（一）A经费绩效自评综述：项目全年预算数…执行率94.05%" then "（二）B经费绩效自评综述：…批复金额为700万元…
    执行率为100%": each lead's figures are its project's, none the page's (before, the two projects' figures were
    mixed into one budget and their two rates raised a false TEXT_TABLE_MISMATCH error)."""
    read = _read(_SEVERAL_PROJECTS)
    budget = read.budget
    assert (budget.initial, budget.adjusted, budget.executed, budget.stated_execution_rate) == (None,) * 4
    assert "TEXT_TABLE_MISMATCH" not in errors(read)


def test_one_projects_numbered_parts_keep_their_figures() -> None:
    """Leads of one project's report that name no project ("（一）项目绩效自评情况") are no summary of several: the
    report's figures stay its own."""
    read = _read("某某项目2020年度绩效自评报告\n"
                 "(一)项目绩效自评情况:项目全年预算数80.00万元,执行数为76.00万元,资金执行率为95%。\n"
                 "(二)项目绩效评价结果:自评得分95分。\n")
    assert read.budget.adjusted is not None and read.budget.stated_execution_rate is not None



def test_one_projects_evaluation_told_in_parts_keeps_its_figures() -> None:
    """"（一）总体评价情况：项目全年预算…" / "（二）分项评价情况：…": one project's evaluation told in parts, not two
    projects summed up (before, 总体 and 分项 were taken for two projects' names and the budget was lost)."""
    read = _read("某县2023年度某某道路维修项目支出绩效自评报告\n一、绩效自评结果\n"
                 "(一)总体评价情况:项目全年预算50万元,执行48万元,执行率96%。\n"
                 "(二)分项评价情况:产出指标完成较好。\n")
    assert (read.budget.adjusted, read.budget.executed) == (Decimal(50), Decimal(48))

_TRANSFER_OVERALL = ("当前位置:首页 > 信息公开 > 教育信息\n"
                     "某县某某补助资金转移支付整体绩效目标自评表\n"
                     "浏览次数: 发表时间:2024-03-11 09:12 信息来源:某县教育局  字体:[  ]\n"
                     "某县某某补助资金转移支付整体绩效目标自评表\n"
                     "(2023年度)\n"
                     "转移支付(项目)名称 某某补助资金\n"
                     "项目资金(万元) 年初预算数 全年预算数(A) 全年执行数(B) 分值 预算执行率(B/A) 得分\n"
                     "年度资金总额: 12.5 12.5 12.5 10 100% 10\n")


def test_a_transfers_overall_goals_form_is_a_project_and_its_head_no_unit() -> None:
    """"某某补助资金转移支付整体绩效目标自评表": the transfer's overall goals, a fund's form (before, 整体 in the title
    made it a whole-unit report and the title's head, a place and a fund, its unit). The 信息来源's body, publishing
    a form of its place, is the unit, a guess, as 来源's is (left-pages-49)."""
    read = _read(_TRANSFER_OVERALL)
    assert read.kind == "项目支出"
    assert read.unit.name == "某县教育局"
    assert read.provenance["unit.name"].guessed


def test_a_source_line_names_the_unit_a_text_saying_our_unit_speaks_as() -> None:
    """"信息来源:区某某局" over a text saying 我单位 (before, only 我局 counted): the bureau is the unit, a guess, the
    bare 区 the site's own district."""
    own = _read("2023年度新增地方政府专项债券项目绩效评价情况\n发布时间:2024-06-20 10:00\n信息来源:区某某管理局\n"
                "我单位2023年新增专项债券项目2个,现将自评结果公布如下:\n")
    assert own.unit.name == "某某管理局"


def test_a_money_row_with_an_amount_written_twice_is_read_without_the_extra_cell() -> None:
    """"年度资金总额: 12.5 12.5 12.5 12.5 10 100% 10" under six columns: one amount written once too often (all four
    equal, so whichever was the extra, every amount is 12.5), read without it, the amounts guessed (before, the row
    fitted nowhere and the budget stayed empty)."""
    read = _read(_TRANSFER_OVERALL.replace("12.5 12.5 12.5 10", "12.5 12.5 12.5 12.5 10"))
    budget = read.budget
    assert (budget.initial, budget.adjusted, budget.executed) == (Decimal("12.5"),) * 3
    assert budget.stated_execution_rate == Decimal(100)


def test_a_funds_budget_arranged_at_the_start_of_the_year_and_the_subsidy_paid_out() -> None:
    """"年初某某改造资金预算安排300.7万元" is the initial budget (the fund named between 年初 and 预算), and "…,发放补助
    资金为278.8万元" what was paid (before, neither was read)."""
    read = _read("某市某某改造转移支付2022年度绩效自评报告\n一、绩效目标情况\n"
                 "我市2022年某某改造任务数为50户,实际完成60户,发放补助资金为278.8万元。\n"
                 "2022年初某某改造资金预算安排300.7万元 ,用于某某改造,计划补助50户。\n")
    assert read.budget.initial == Decimal("300.7") and read.budget.executed == Decimal("278.8")


def test_a_level_labelled_target_followed_by_what_was_achieved() -> None:
    """"数量指标:名称A≥6架,实际布防6架;名称B≥928小时,实际飞行时长909.93小时。" under "(1)产出指标。": each item's
    target, then the clause of what was achieved (before, the line gave no item at all)."""
    read = _read("某省2022年度某某资金绩效自评报告\n一、某某资金\n(二)绩效目标完成情况分析。\n"
                 "4.绩效指标完成情况分析。\n(1)产出指标。\n数量指标:布防飞机数量≥6架,实际布防6架;飞机飞行时长≥928小时,实际飞行时长909.93小时。\n")
    hours = next(i for i in read.indicators if i.name == "飞机飞行时长")
    assert hours.target is not None and hours.target.value == Decimal(928) and hours.target.comparator == "≥"
    assert hours.actual is not None and hours.actual.value == Decimal("909.93") and hours.actual.unit == "小时"
    assert (hours.level1, hours.level2) == ("产出指标", "数量指标")


def test_an_achieved_clause_measuring_something_else_is_no_actual() -> None:
    """"培训人数≥100人,实际参训率95%": the clause after the target measures a rate, not the count the target sets
    (before, 95 % was the count's actual and raised a false MIXED_UNITS); "合格率≥90%,实际95%" stays its actual."""
    read = _read("某县2023年度某某培训项目支出绩效自评报告\n(一)产出指标\n"
                 "数量指标:培训人数≥100人,实际参训率95%。\n质量指标:培训合格率≥90%,实际95%。\n")
    count, rate = read.indicators
    assert count.actual is None or count.actual.unit != "%"
    assert rate.actual is not None and rate.actual.value == Decimal(95)
