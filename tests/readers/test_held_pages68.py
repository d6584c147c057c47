"""Shapes the held-out pages of stop 68 showed (docs/reader-corpora/held-68.md), each as an invented snippet:
invented units, places, funds and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page as _read

_ONE_LINE_FORM = ("附件: 项目支出绩效自评表 (2023年度) 项目名称 某某村务经费 主管部门 101-某县某镇人民政府 "
                  "实施单位 101001-某县某镇人民政府 项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 执行率 "
                  "得分 年度资金总额: 50 50 48 10 96% 9.6 年度总体目标 预期目标 实际完成情况 {goals} 绩效指标 一级指标 "
                  "二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施 产出指标(50分) 数量指标 "
                  "补助村数量 =6个 6 10 10\n")


def test_a_one_line_forms_goal_texts_broken_at_a_space_are_joined() -> None:
    """A form flattened onto one line, its goal cells broken by a space mid-sentence and dotted filler between
    them: each goal is its pieces up to its 。 (before, the first goal's two pieces were read as the goal and what
    was done)."""
    read = _read(_ONE_LINE_FORM.format(goals="本项目共申请资金50万元,其中村务运转30万元,村民小组长 报酬20万元。 "
                                             ".. ........ 本项目共支出资金48万元,其中村务运转30万元,村民小组长 "
                                             "报酬18万元。"))
    assert read.project.goal_expected == "本项目共申请资金50万元,其中村务运转30万元,村民小组长报酬20万元。"
    assert read.project.goal_actual == "本项目共支出资金48万元,其中村务运转30万元,村民小组长报酬18万元。"


def test_two_goal_texts_a_space_apart_stay_two() -> None:
    """The goal and what was done, one space apart, the first not closed by its 。: two cells, as before."""
    read = _read(_ONE_LINE_FORM.format(goals="保障村务正常运转,提高服务水平 全部用于村务运转。"))
    assert read.project.goal_expected == "保障村务正常运转,提高服务水平"
    assert read.project.goal_actual == "全部用于村务运转。"


def test_a_body_then_its_activity_before_the_titles_report_words() -> None:
    """"健身活动项目支出" / "绩效自评报告" over the unit's own line (read as the title's head): the body's name, then
    the activity it carries out; the unit and the project (before, the whole head was the project, no unit)."""
    read = _read("健身活动项目支出\n绩效自评报告\n某市某区老年体育协会\n一、绩效自评工作开展情况\n"
                 "某区老年体育协会现有在职人员3人,健身活动专项经费12万元,用于全年健身推广。\n")
    assert read.unit.name == "某市某区老年体育协会"
    assert read.project.name == "健身活动项目"


def test_an_activity_with_no_body_before_it_is_the_project_alone() -> None:
    """"某某专项调查项目支出绩效自评报告": no body's name before the activity; the project, no unit, as before."""
    read = _read("某某农业专项调查项目支出绩效自评报告\n一、项目基本情况\n本项目年初预算12万元。\n")
    assert read.project.name == "某某农业专项调查"
    assert not read.unit.name


_PROJECTS_AS_A_WHOLE = ("某县某某中心2023年度项目整体绩效自评报告\n"
                        "一、基本情况\n"
                        "(一)项目背景、内容。\n"
                        "2023年,某县某某中心围绕中心工作开展宣传报道。\n"
                        "(二)项目资金情况。\n"
                        "本单位为财政全额拨款单位,2023年年初项目预算总计420.5万元,实际到账支付300.2万元。2023年以前年度"
                        "项目结转资金到账支付40.1万元。\n"
                        "(三)绩效目标。\n"
                        "2023年主要绩效目标是做好全县宣传报道,提升传播影响力。\n"
                        "一是突出主题宣传。\n")


def test_a_title_on_the_projects_as_a_whole_is_a_project_report() -> None:
    """"某中心2023年度项目整体绩效自评报告": the unit's projects taken together, a project report (guessed; before,
    the title's 整体 made it a whole-unit report, and its words 项目整体 were read as a project's name)."""
    read = _read(_PROJECTS_AS_A_WHOLE)
    assert read.kind == "项目支出"
    assert read.provenance["kind"].guessed
    assert read.project.name != "项目整体"


def test_the_years_initial_project_budget_in_total_and_what_was_paid() -> None:
    """"年初项目预算总计A万元,实际到账支付B万元": the initial budget (总计 links it as 合计 does) and the spending; the
    carry-over's spending after it is not the year's (before, neither amount was read)."""
    read = _read(_PROJECTS_AS_A_WHOLE)
    assert read.budget.initial == Decimal("420.5")
    assert read.budget.executed == Decimal("300.2")


def test_the_years_main_goal_after_its_year() -> None:
    """"2023年主要绩效目标是…": the year's main goal, the words after 是 (before, only a 总体目标 / 预期目标 label was
    read)."""
    assert _read(_PROJECTS_AS_A_WHOLE).project.goal_expected == "做好全县宣传报道,提升传播影响力。"


def test_a_titles_short_name_on_its_level_word_is_the_places_body_the_text_names() -> None:
    """"区某某服务中心2024年部门整体绩效自评报告" over "某市某某区某某服务中心为区委直属公益一类事业单位": the title
    names the unit by its level word alone; the text names it with its place (before, the short name was kept)."""
    read = _read("区后勤服务中心2024年部门整体绩效自评报告\n一、部门基本情况\n(一)机构组成。\n"
                 "某某市某某区后勤服务中心为区委直属公益一类事业单位,成立于2015年。\n")
    assert read.unit.name == "某某市某某区后勤服务中心"


def test_a_people_s_organisation_defining_itself_by_its_short_name() -> None:
    """No title; "某省残联是中共某省委领导下的由残疾人及其亲友组成的人民团体" opening the duties, the text saying
    我单位: the unit, by the short name it gives itself (before, no unit was read: a name ending in 联 named no
    body)."""
    read = _read("根据《某省财政厅关于开展2023年度省级预算部门绩效自评的通知》文件精神,我单位认真开展2023年度整体支出"
                 "绩效自评,现将绩效自评情况报告如下。\n"
                 "一、单位基本情况\n"
                 "(一)职能职责\n"
                 "某省残联是中共某省委领导下的由残疾人及其亲友组成的人民团体。其主要工作任务是:\n"
                 "1.宣传、贯彻党和政府的方针、政策。\n")
    assert read.unit.name == "某省残联"


_ACTIVITY_REPORT = ("健身活动项目支出\n绩效自评报告\n某市某区老年体育协会\n一、绩效自评工作开展情况\n"
                    "某区老年体育协会现有在职干部职工5人,退休人员1人,设活动股和办公室,配有完备的办公设施。"
                    "健身活动专项经费12万元,用于全年健身宣传及推广。\n")


def test_two_offices_in_a_clause_opening_on_she() -> None:
    """"…5人,退休人员1人,设活动股和办公室,配有…": the unit's two offices, joined by 和, in a clause of their own
    opening on 设 (before, only 设有 / 内设 and three offices or more were read so)."""
    assert _read(_ACTIVITY_REPORT).unit.internal_bodies == ["活动股", "办公室"]


def test_a_clause_setting_up_something_else_names_no_office() -> None:
    """"…,设立服务站和办公室,…": 设立 is another word; no office is read from it."""
    read = _read("某县某某中心2023年度整体支出绩效自评报告\n一、基本情况\n某县某某中心现有人员8人,设立服务站和办公室,"
                 "开展日常工作。\n")
    assert not any("服务站" in body for body in read.unit.internal_bodies)


def test_the_projects_own_special_fund_by_the_projects_name() -> None:
    """"健身活动项目" (the title's project) and "健身活动专项经费12万元,用于…": the project's money is its budget
    (before, only "健身活动项目经费…" was read as the project's own fund)."""
    assert _read(_ACTIVITY_REPORT).budget.adjusted == Decimal("12")
