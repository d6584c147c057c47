"""Shapes the held-out pages of stop 36 showed (docs/reader-corpora/held-36.md), each as an invented snippet:
invented units, places, projects and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

from corpus import errors as _errors
from page_reading import read_page as _read

# A city's report on a 补助资金, with no title: it opens on its addressees and names the fund in its first sentences.
_UNTITLED = ("某市财政局、某市农业农村委员会:\n为加强某某推进补助资金绩效管理,按照有关要求,某县高度重视,认真组织开展"
             "某某推进补助资金绩效自评工作。现将某县2023年度某某资金绩效自评情况报告如下:\n一、绩效考评工作开展情况\n"
             "我县召开专题会议,组成考评组。\n(一)资金保障\n2023年某县共投入各级财政某某推进补助资金5230万元,其中:"
             "中央资金1200万元、省级资金1030万元,县本级资金3000万元。\n")


def test_an_untitled_report_on_a_subsidy_fund_is_a_projects() -> None:
    """"开展某某补助资金绩效自评工作" is a project fund's evaluation, like "专项资金…绩效自评"; the fund's money is then
    read from its prose ("共投入各级财政某某补助资金X万元")."""
    read = _read(_UNTITLED)
    assert read.kind == "项目支出"
    assert read.budget.adjusted == Decimal(5230)
    whole = _read("某县某局2023年度部门整体支出绩效自评报告\n一、部门概况\n我局负责某某补助资金绩效自评工作的组织。\n")
    assert whole.kind == "整体支出"  # the title decides


def test_a_projects_allocation_in_the_years_words() -> None:
    """"2021年预算安排X万元，全年实际支出Y万元" (the year's allocation and what was spent); "财政资金计划总额X万元";
    "下达<a long recipient's name>2022年中央财政某某转移支付资金X万元"."""
    road = _read("2021年某某走廊项目专项资金绩效自评报告\n一、项目基本情况\n本项目主要是对某某线进行提升。\n"
                 "二、资金使用情况\n2021年预算安排1800万元,全年实际支出1264.35万元,其中某某工程支出800.10万元。\n")
    assert road.kind == "项目支出"
    assert road.budget.adjusted == Decimal(1800)
    assert road.budget.executed == Decimal("1264.35")
    plan = _read("2018年某市某某示范基地建设项目\n专项资金绩效自评价报告\n一、项目概况\n项目涉及3个区,共4个项目,"
                 "财政资金计划总额1350万元。\n")
    assert plan.budget.adjusted == Decimal(1350)
    grant = _read("2022年度中央财政某某发展资金转移支付绩效自评报告\n一、绩效目标分解下达情况\n"
                  "根据有关文件,下达某某自治州某某县林业和草原局2022年中央财政某某发展转移支付资金612.40万元,包含某某管护补助。\n")
    assert grant.budget.adjusted == Decimal("612.40")


def test_a_parts_budget_is_not_the_years_allocation() -> None:
    """A part's "县本级预算安排的资金为40万元" and "年初预算安排…" are not the year's allocation."""
    read = _read("2023年度某省某某专项资金绩效自评报告\n一、基本情况\n2022年度县本级预算安排的资金为40万元。\n")
    assert read.budget.adjusted is None
    initial = _read("某某项目2021年度绩效自评报告\n一、项目概况\n2021年年初预算安排200万元,已拨付资金180万元。\n")
    assert initial.budget.adjusted is None


# A project form one cell a line; its goal row's label "年度总体目标完成情况" is printed once, before the two headers.
_ONE_CELL = ("项目支出绩效自评表\n\n2022年度)\n\n项目名称\n\n某某人才补助资金\n\n主管部门\n\n某市某某局\n\n实施单位\n\n"
             "某市某某局\n\n项目资金\n(万元)\n\n \n\n年初预算数\n\n全年预算数(A)\n\n全年执行数(B)\n\n分值\n\n"
             "执行率(B/A)\n\n得分\n\n年度资金总额:\n\n64\n\n64\n\n64\n\n10\n\n100%\n\n10\n\n"
             " 其中:本年财政拨款\n\n64\n\n64\n\n64\n\n-\n\n"
             "100%\n\n-\n\n年度总体目标完成情况\n\n预期目标\n\n实际完成情况\n\n")
_EXPECTED_GOAL = "按标准向某某服务人员发放生活补贴,保障其在基层服务期间的基本生活。"
_ACTUAL_GOAL = "2022年度共向某某服务人员发放生活补贴64万元,按月足额发放到位。"


def test_a_goal_rows_label_printed_once_before_its_headers() -> None:
    """"年度总体目标完成情况 / 预期目标 / 实际完成情况" then the two texts, one cell a line: the first text is the goal,
    the second what was done (not swapped by the label cell the header row holds and the text row does not)."""
    read = _read(_ONE_CELL + _EXPECTED_GOAL + "\n\n" + _ACTUAL_GOAL + "\n")
    assert read.project.goal_expected == _EXPECTED_GOAL
    assert read.project.goal_actual == _ACTUAL_GOAL
    assert read.budget.adjusted == Decimal(64)


def test_a_score_after_the_evaluation_just_done_is_the_total() -> None:
    """"…对全县某某资金项目进行逐项对照自评，自评得分101.5分" states the whole's score (bonus points may take it past
    100); an indicator's "该项自评得分8分" does not."""
    read = _read(_UNTITLED.replace("一、绩效考评工作开展情况\n", "一、绩效考评工作开展情况\n我们从资金保障、项目管理等"
                                   "方面对2023年全县某某资金项目进行逐项对照自评,自评得分101.5分。\n"))
    assert read.stated_total == Decimal("101.5")
    assert not _errors(read)  # no error-level finding comes of a total past 100
    part = _read(_UNTITLED + "(二)项目管理\n对项目库建设进行对照,该项自评得分8分。\n")
    assert part.stated_total is None


def test_a_grade_in_a_conclusion_cut_by_the_page() -> None:
    """"自评结论为“优秀" (the page ends inside the quotation) states the grade, as "评价结果为优" does; a row of tick
    boxes after 自评结论 does not."""
    read = _read("2021年度某市某某配套项目资金绩效自评报告\n三、综合评价结论\n"
                 "2021年度某市某某配套项目资金绩效自评得分为96分,自评结论为“优秀")
    assert read.stated_total == Decimal(96)
    assert read.stated_grade == "优"
    boxes = _read("某某项目绩效自评表\n项目名称 某某档案整理\n自评得分 95\n自评结论 良好□ 优秀☑ 合格□ 不合格□\n")
    assert boxes.stated_grade != "良"  # a row of tick boxes: the first box's word is no grade


def test_an_untitled_report_names_its_fund_where_it_announces_the_evaluation() -> None:
    """"…认真组织开展某某推进补助资金绩效自评工作" / "现将我办某某工作经费绩效自评情况报告如下": the fund evaluated (a
    guess); a whole unit's or a generic fund's announcement names no project."""
    assert _read(_UNTITLED).project.name == "某某推进补助资金"
    office = _read("部门评价报告根据县财政局要求,我办积极组织人员对2021年某某工作经费绩效情况进行检查,"
                   "现将我办某某工作经费绩效自评情况报告如下: 一、项目基本情况 (一)项目概况。"
                   "某某工作经费主要用于登记换证。\n")
    assert office.kind == "项目支出"
    assert office.project.name == "某某工作经费"
    assert office.provenance["project.name"].guessed
    generic = _read("某县某局2022年度项目支出绩效自评报告\n根据要求,我局认真开展财政资金绩效自评工作。\n")
    assert generic.project is None or generic.project.name is None
