"""Shapes found on twelve real pages nobody had tuned the reader to (docs/reader-corpora/held-33.md), each rebuilt
from an invented snippet of the same shape (invented units, places, projects and figures)."""

from __future__ import annotations

from decimal import Decimal

from page_reading import by_name as _by_name
from page_reading import read_page as _read

_COMPLETION_RATES = (
    "某市文化馆2023年度项目支出绩效自评报告\n\n"
    "一、自评结论\n\n"
    "(二)绩效目标完成情况\n\n"
    "1.产出指标完成情况\n\n"
    "数量指标:每个社区开展文艺演出数量6场,指标完成率100%,培训基层文艺骨干320人次,指标完成率100%。\n\n"
    "质量指标:群众文化活动覆盖面逐年扩大,指标完成率100%。\n\n"
    "2.效益指标完成情况\n\n"
    "群众文化活动参与率75%,指标完成率100%;公共文化服务水平稳步提升,指标完成率100%。\n\n"
    "3.满意度指标完成情况\n\n"
    "群众满意度92%,指标完成率100%。\n"
)


def test_results_each_closed_by_its_completion_rate_are_indicators() -> None:
    """"数量指标:名称N场,指标完成率100%,名称N人次,指标完成率100%。" under "1.产出指标完成情况": each item before its
    own completion rate is an indicator with what was achieved; the rate is no indicator."""
    found = _by_name(_read(_COMPLETION_RATES))
    assert set(found) == {"每个社区开展文艺演出数量", "培训基层文艺骨干", "群众文化活动覆盖面", "群众文化活动参与率",
                          "公共文化服务水平", "群众满意度"}
    show = found["每个社区开展文艺演出数量"]
    assert (show.level1, show.level2, show.actual.value, show.actual.unit) == ("产出指标", "数量指标", Decimal(6), "场")
    assert found["培训基层文艺骨干"].actual.unit == "人次"
    assert (found["群众文化活动覆盖面"].level2, found["群众文化活动覆盖面"].actual.text) == ("质量指标", "逐年扩大")
    assert (found["公共文化服务水平"].level1, found["公共文化服务水平"].actual.text) == ("效益指标", "稳步提升")
    assert (found["群众满意度"].level1, found["群众满意度"].actual.value) == ("满意度指标", Decimal(92))
    assert all(i.weight is None and i.stated_score is None for i in found.values())


_FUSED_LEADS = (
    "某区老年协会2023年度养老服务补助资金绩效自评报告\n\n"
    "(四)绩效指标完成情况分析。\n\n"
    "1、产出数量指标:第一,有需求的高龄老人得到上门服务比例年初指标值为不低于80%,全年实际完成值96%。"
    "第二,资助助餐服务人次数年初指标值为不低于300人,全年实际完成值315人。\n\n"
    "2、产出时效指标:补贴发放时间年初指标值为2023年11月底,实际在规定时间内完成。\n\n"
    "3、产出成本指标:高龄津贴月均补助标准年初指标值为150元/人,实际按该标准发放。\n"
)


def test_a_fused_level_lead_gives_both_levels_and_a_target_told_in_words_stands_alone() -> None:
    """"产出数量指标:" is the 一级 产出指标 and the 二级 数量指标; "…年初指标值为V,实际在规定时间内完成" states the
    target, its outcome only in words: the indicator has its target and no actual."""
    found = _by_name(_read(_FUSED_LEADS))
    served = found["有需求的高龄老人得到上门服务比例"]
    assert (served.level1, served.level2, served.actual.value) == ("产出指标", "数量指标", Decimal(96))
    timely = found["补贴发放时间"]
    assert (timely.level1, timely.level2, timely.target.text, timely.actual) == \
        ("产出指标", "时效指标", "2023年11月底", None)
    cost = found["高龄津贴月均补助标准"]
    assert (cost.level2, cost.target.value, cost.target.unit, cost.actual) == ("成本指标", Decimal(150), "元/人", None)


_TOTAL_BY_KIND = (
    "某市河道管理中心 2022 年整体和项目支出绩效自评总结报告 一 绩效管理工作开展情况。 我单位对本单位整体支出开展"
    "自评。 一是单位整体绩效自评情况:部门预算总金额 512.30 万元其中:基本支出 470.10 万元,项目支出 42.20 万元。"
    " 完成率均达到 100%;部门目标实现率 100%。\n"
)


def test_a_unit_budget_total_before_its_two_kinds_of_spending_is_the_budget() -> None:
    """"部门预算总金额X万元其中:基本支出A万元,项目支出B万元" with A + B = X: X is the year's budget, and "完成率均达到
    100%" right after it the rate it was carried out at."""
    read = _read(_TOTAL_BY_KIND)
    assert read.kind == "整体支出"
    assert (read.budget.adjusted, read.budget.stated_execution_rate) == (Decimal("512.30"), Decimal(100))
    assert [(i.name, i.amount) for i in read.budget.expenditure_items] == \
        [("基本支出", Decimal("470.10")), ("项目支出", Decimal("42.20"))]


def test_parts_that_do_not_add_up_to_the_total_give_no_budget() -> None:
    read = _read(_TOTAL_BY_KIND.replace("42.20 万元", "40.20 万元"))
    assert read.budget.adjusted is None


_PROJECT_PAGE = (
    "(二)项目效益情况。\n\n"
    "社会效益指标道路完好率达到100%;服务对象满意度指标群众满意度均大于等于95%。\n\n"
    "五、评价结论及建议\n\n"
    "(一)评价结论。\n\n"
    "某县通村公路养护转移支付资金项目决策程序严密,执行有效,预算完成100%,保障了全县86公里村道的养护。\n"
)


def test_a_later_page_of_a_transfer_funds_project_report_is_a_project_report_with_its_rate() -> None:
    """No title: "…转移支付资金项目决策程序严密" names a transfer fund's project, and its "预算完成100%" is the rate."""
    read = _read(_PROJECT_PAGE)
    assert (read.kind, read.budget.stated_execution_rate) == ("项目支出", Decimal(100))


_FUND_SECTIONS = (
    "为提高财政资金使用效益,根据《某县财政局关于开展部门整体支出和项目支出绩效评价工作的通知》要求,现将乡村道路养护"
    "资金绩效自评如下:\n"
    "一、专项资金基本情况\n"
    "(一)专项资金概况\n"
    "年初预算安排某县公路养护中心乡村道路养护资金95万元。\n"
)


def test_a_report_opening_on_the_special_funds_basic_facts_is_a_project_report() -> None:
    """No title; the notice cited by its title names both kinds (no sign); the section heading "一、专项资金基本情况" of
    the special-fund self-evaluation template is the sign of a project report."""
    assert _read(_FUND_SECTIONS).kind == "项目支出"


def test_a_special_fund_section_inside_a_whole_unit_report_is_no_sign() -> None:
    """A whole-unit report's section on the special funds it spent ("(三)专项资金使用情况") says nothing of the kind."""
    read = _read("某县档案馆2023年度部门整体支出绩效自评报告\n一、部门基本情况\n(三)专项资金使用情况\n")
    assert read.kind == "整体支出"


_LISTED = (
    "某县图书馆数字阅读平台项目绩效自评报告\n\n"
    "一、项目资金使用及管理情况\n\n"
    "此项目经评审控制价为88.50万元,县财政列支80万元列入当年预算。资金已全部到位并用于平台建设,使用率100%。\n"
)


def test_a_financed_listing_is_the_budget_and_a_bare_use_rate_the_rate() -> None:
    """"县财政列支80万元列入当年预算": the project's budget (the 控制价 is the procurement's ceiling); ",使用率100%", a
    clause of its own after the money's use, the rate."""
    read = _read(_LISTED)
    assert (read.budget.adjusted, read.budget.stated_execution_rate) == (Decimal(80), Decimal(100))


def test_a_titles_transfer_words_after_a_federation_are_no_part_of_its_name() -> None:
    """"某区妇联中央转移支付2023年度绩效自评报告": the unit is 某区妇联; the money's level and 转移支付 follow it."""
    read = _read("某区妇联中央转移支付2023年度绩效自评报告(妇女儿童事业发展资金)\n\n"
                 "一、绩效目标分解下达情况\n\n2023年下达某区中央转移支付资金12.5万元,用于妇女儿童服务。\n")
    assert (read.unit.name, read.year) == ("某区妇联", 2023)


def test_the_schools_a_central_school_runs_are_its_subordinate_bodies() -> None:
    """"…管理覆盖某片区甲、乙2个村委会共6所学校": six schools under the central school (a count, no list)."""
    read = _read("某县某镇中心校2023年度部门整体支出绩效自评报告\n\n一、单位基本情况\n\n"
                 "某县某镇中心校属于公益一类事业单位,管理覆盖东山片区甲村、乙村2个村委会共6所学校,"
                 "我校共有在职教师58人。\n")
    assert (read.unit.subordinate_bodies_count, read.unit.staff_total) == (6, 58)


def test_a_body_defining_itself_in_a_pages_first_lines_is_the_unit() -> None:
    """An essay site's copy with no title naming the unit: "某县科学技术协会是一个…的群众组织" opening the 单位概况
    is the unit, though the text never calls itself 我会 / 本会."""
    read = _read("项目绩效自评报告范文\n\n一、单位概况\n\n(一)职能职责\n\n"
                 "  某县科学技术协会是一个履行“服务、联络、普及”职能,团结科技工作者的群众组织。"
                 "主要职责:开展科普活动。\n")
    assert read.unit.name == "某县科学技术协会"


def test_a_score_after_the_whole_reports_grade_is_its_total() -> None:
    """"自评绩效等级为“优”,分数为95分": the score in the clause after the grade is the whole report's."""
    read = _read("某县文化馆总分馆建设项目绩效自评报告\n\n四、综合评价情况及评价结论\n\n"
                 "根据总分馆建设成效和专项资金使用情况,自评绩效等级为“优”,分数为95分。\n")
    assert (read.stated_total, read.stated_grade) == (Decimal(95), "优")


def test_a_score_of_an_indicators_own_clause_is_no_total() -> None:
    read = _read("某县文化馆总分馆建设项目绩效自评报告\n\n三、绩效指标分析\n\n"
                 "读者满意度调查共发放问卷300份,分数为92分。\n")
    assert read.stated_total is None
