"""Shapes found on twelve real pages nobody had tuned the reader to (docs/reader-corpora/open-shapes-30.md),
each rebuilt from an invented snippet of the same shape (invented units, places, projects and figures)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from corpus import errors as _errors
from page_reading import read_page as _read
from page_reading import read_page_and_warnings

from jixiao.errors import InputError

_TWO_YEAR = (
    "某县蔬菜大棚改造项目绩效自评报告\n\n"
    "一、项目概况\n\n"
    "2022年上级下达蔬菜大棚改造项目资金900万元（该项目为两年期项目），当年支付490万元。\n\n"
    "二、资金执行情况\n\n"
    "2023年结转蔬菜大棚改造项目资金合计410万元，全年执行186万元，预算执行率45.4%。\n"
)


def test_a_two_year_projects_budget_is_the_one_beside_the_rate() -> None:
    """The first figure is last year's whole two-year allocation; the sentence stating the rate gives the evaluated
    year's carried funds and spending, which agree with it: those are the budget (guessed), the first an other
    reading, and no false EXECUTION_RATE_MISMATCH."""
    read = _read(_TWO_YEAR)
    assert (read.year, read.budget.adjusted, read.budget.executed) == (2023, Decimal(410), Decimal(186))
    assert read.provenance["budget.adjusted"].guessed
    assert [r.value for r in read.alternatives["budget.adjusted"]] == ["900"]
    assert "EXECUTION_RATE_MISMATCH" not in _errors(read)


def test_figures_that_give_the_rate_stay() -> None:
    read = _read("某县项目绩效自评报告\n\n2023年项目预算资金200万元，全年执行180万元，预算执行率90%。\n")
    assert (read.budget.adjusted, read.budget.executed) == (Decimal(200), Decimal(180))
    assert "budget.adjusted" not in read.alternatives


_UNIT_OPENING = (
    "一、部门基本情况\n"
    "(一)职能职责。负责全县林木资源的保护和利用，组织造林绿化和森林防火工作。\n"
    "(二)机构设置。县林草局为县政府工作部门，局机关设办公室、资源保护股、造林绿化股、森林防火股共4个内设机构。\n"
)


def test_a_units_facts_without_a_year_are_read_not_refused() -> None:
    """The opening of a whole-unit report cut before its year and its form words: its duties and bodies are read
    and a warning says it does not look like a self-evaluation; a file holding nothing of a unit is still refused."""
    read, warnings = read_page_and_warnings(_UNIT_OPENING, "page.txt")
    assert read.year is None
    assert read.unit.internal_bodies == ["办公室", "资源保护股", "造林绿化股", "森林防火股"]
    assert any(w.startswith("看不出是绩效自评报告") for w in warnings)
    with pytest.raises(InputError, match="看不出是绩效自评报告"):
        read_page_and_warnings("关于召开季度工作会议的通知。请各科室负责人按时参会。\n", "note.txt")


def test_counted_objects_of_the_verb_are_not_staff() -> None:
    """"共编制9个绩效目标指标": 编制 the verb, its count in 个 followed by what was drawn up — never the staff
    establishment; a count in 个 that ends its clause still is one."""
    read = _read("某镇便民桥梁修缮项目绩效自评报告\n\n该项目共编制9个绩效目标指标，已全部完成。\n")
    assert read.unit.staff_establishment is None
    read = _read("某县档案馆2023年度部门整体支出绩效自评报告\n\n全馆编制30个，实有在职人员28人。\n")
    assert (read.unit.staff_establishment, read.unit.staff_total) == (30, 28)


_LEVEL_LINES = (
    "某县实验幼儿园2023年度项目支出绩效自评报告\n\n"
    "（二）绩效目标完成情况\n\n"
    "（1）产出指标\n"
    "①数量指标：2023年，我园收到营养餐补助资金8.5万元。\n"
    "②时效指标：补助资金发放及时率为100%。\n"
    "（2）效益指标\n"
    "①社会效益指标：保障了幼儿在园就餐。\n"
    "（3）满意度指标（服务对象满意度指标）：家长满意度达到年度指标值≥90%。\n"
)


def test_indicators_written_as_level_led_sentences() -> None:
    """"②时效指标：补助资金发放及时率为100%。" under "（1）产出指标": a 二级-led sentence, its figure what was
    achieved; "（3）满意度指标（服务对象满意度指标）：家长满意度达到年度指标值≥90%。": a 一级 with its 二级 in
    brackets, its figure after 年度指标值 the target; lines without a figure of their own are no indicator."""
    read = _read(_LEVEL_LINES)
    assert [(i.name, i.level1, i.level2) for i in read.indicators] == [
        ("补助资金发放及时率", "产出指标", "时效指标"), ("家长满意度", "满意度指标", "服务对象满意度指标")]
    timely, satisfied = read.indicators
    assert (timely.actual.value, timely.actual.unit, timely.weight) == (Decimal(100), "%", None)
    assert (satisfied.target.comparator, satisfied.target.value) == ("≥", Decimal(90))


_ESSAY_BUDGET = (
    "某县农田水利项目绩效自评报告\n\n"
    "一、项目基本情况\n\n"
    "2023年，用于农田水利设施建设任务安排资金5230.5万。其中，央省3100万元、市级630万元、县级1500.5万元，资金已全部到位。\n\n"
    "二、预算执行情况\n\n"
    "2023年，农田水利设施建设任务资金支付4968.2万元，未支262.3万元，支付率95%。\n"
)


def test_an_essay_style_budget_with_funds_by_level_of_government() -> None:
    """"安排资金5230.5万。其中，央省…、市级…、县级…": the total (a bare 万 ending it) and its funds by level of
    government after 其中 opening the next sentence; "资金支付…，未支…，支付率95%": the spending and the rate, the
    unpaid rest between them."""
    read = _read(_ESSAY_BUDGET)
    assert (read.budget.adjusted, read.budget.executed) == (Decimal("5230.5"), Decimal("4968.2"))
    assert read.budget.stated_execution_rate == Decimal(95)
    assert [(row.name, row.adjusted) for row in read.budget.fund_rows] == [
        ("央省", Decimal(3100)), ("市级", Decimal(630)), ("县级", Decimal("1500.5"))]


def test_spending_by_nature_as_label_cells() -> None:
    """"基本支出总额 | 512.6万 | 项目支出总额 | 0 |": the two expenditure items written as a form's label cells, a
    bare amount taking the unit its neighbour writes — on a line of its own or as a table row."""
    line = ("某乡人民政府2022年度部门整体支出绩效自评表\n单位名称 | 某乡人民政府 |\n"
            "基本支出总额 | 512.6万 | 项目支出总额 | 0 | ||||\n")
    rows = ("某乡人民政府2022年度部门整体支出绩效自评表\n单位名称 | 某乡人民政府 | 填报人 | 张某 |\n"
            "基本支出总额 | 512.6万 | 项目支出总额 | 0 |\n")
    for text in (line, rows):
        items = _read(text).budget.expenditure_items
        assert [(i.name, i.amount) for i in items] == [("基本支出", Decimal("512.6")), ("项目支出", Decimal(0))]


def test_a_body_listed_twice_is_one_body() -> None:
    read = _read("某县审计局2023年度部门整体支出绩效自评报告\n\n"
                 "本局内设4个机构，即办公室、审计一科、审计二科、法规科、办公室。\n")
    assert read.unit.internal_bodies == ["办公室", "审计一科", "审计二科", "法规科"]
    assert read.unit.internal_bodies_count == 4


def test_a_schools_supervisor_and_staff_in_prose() -> None:
    """"本校属于某县教育局下属单位": the supervising bureau; "共有财政供养人数120人，其中在职116人，离休4人": the staff
    are the 116 in post (retirees are never staff)."""
    read = _read("某县第二中学2023年度部门整体支出绩效自评报告\n\n一、基本情况\n\n"
                 "本校属于某县教育局下属单位，校内未设机构。2023年12月共有财政供养人数120人，其中在职116人，离休4人。\n")
    assert read.unit.supervising_department == "某县教育局"
    assert read.unit.staff_total == 116


def test_a_project_named_only_where_its_money_is_or_in_a_spending_title() -> None:
    """No label names the project: "下达某某项目转移支付预算…", "我县2023年某某项目计划投资840万元", or a title
    "某某补贴支出绩效自评报告" does (each a guess)."""
    texts = {
        "林下养殖示范项目": "一、绩效目标分解下达情况\n（一）下达林下养殖示范项目转移支付预算和绩效目标情况。"
                           "2023年下达资金300万元。\n",
        "村级道路硬化项目": "1、项目资金下达情况\n我县2023年村级道路硬化项目计划投资840万元，新建道路12公里。\n",
        "玉米种植补贴": "玉米种植补贴支出绩效自评报告\n\n一、基本情况\n\n2023年下达补贴资金96万元，全部发放到户。\n",
    }
    for name, text in texts.items():
        read = _read(text)
        assert read.project.name == name
        assert read.provenance["project.name"].guessed


def test_who_pays_in_general_is_no_implementing_unit() -> None:
    """"退休人员纳入社保不再由财政承担" in a whole-unit report: 财政 is who pays in general, no implementing unit."""
    read = _read("某县第三小学2023年度部门整体支出绩效自评报告\n\n"
                 "共有在职人员56人，退休人员纳入社保不再由财政承担。\n")
    assert read.project is None or read.project.implementing_unit is None


def test_a_governments_full_name_after_its_short_one() -> None:
    """A cover line's "单位名称:某镇政府" and the form's "单位名称 | 某镇人民政府": the full name."""
    read = _read("单位名称:青石镇政府 填报日期:2023.4.10\n单位名称 | 青石镇人民政府 | ||||\n"
                 "基本支出总额 | 512.6万 | 项目支出总额 | 0 | ||||\n")
    assert read.unit.name == "青石镇人民政府"
