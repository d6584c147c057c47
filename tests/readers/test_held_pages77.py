"""Shapes the held-out pages of stop 77 showed (docs/reader-corpora/held-77.md), each as an invented snippet:
invented units, places, funds and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page as _read


def test_a_self_named_unit_with_a_clause_before_its_verb() -> None:
    """"某区某局(以下简称 “区某局”)严格遵循…的原则,组织开展了…绩效自评工作": the body evaluating itself, a clause of
    manner between its short name and the verb (before, no unit)."""
    read = _read("按照区财政的有关通知,云岭区园林管理局(以下简称 “区园林局”)坚持实事求是的原则,组织开展了"
                 "2024年度部门绩效自评工作。现将情况报告如下:\n一、自评工作开展情况\n全年推进五个项目。\n")
    assert read.unit.name == "云岭区园林管理局"


def test_a_finance_bureau_evaluating_others_is_no_self_named_unit() -> None:
    """A guard: "某区财政局(以下简称 “区财政局”)认真履行监管职责,对全区各部门…开展了绩效评价": a body evaluating
    others' spending after its clause of manner names no unit by that sentence."""
    read = _read("2023年度项目支出绩效评价结果通报\n云岭区财政局(以下简称 “区财政局”)认真履行监管职责,对全区各部门"
                 "2023年度项目开展了绩效评价。\n一、总体情况\n共评价8个项目。\n")
    assert read.unit.name != "云岭区财政局"


def test_a_transfers_supported_project_heading_makes_a_project_report() -> None:
    """"(一)转移支付支持项目概况" opening an untitled transfer report: a project's self-evaluation (before, 整体支出
    by default)."""
    read = _read("****街道对2024年某某奖补转移支付资金绩效目标实施情况开展自评,现将自评情况报告如下:\n"
                 "一、基本情况\n(一)转移支付支持项目概况\n新建文化广场一处。\n")
    assert read.kind == "项目支出"


def test_money_handed_down_to_the_reporting_body() -> None:
    """"…资金预算的通知,下达我局128.5万元" in a transfer's report: the fund's budget (before, none)."""
    read = _read("某旗林草局某某补助资金转移支付2023年度绩效自评报告\n一、基本情况\n"
                 "根据某财农〔2023〕88号关于下达2023年某某补助资金预算的通知,下达我局128.5万元,用于林区道路养护。\n")
    assert read.budget.adjusted == Decimal("128.5")


def test_a_transfers_fund_after_the_body_in_a_title() -> None:
    """"某区某局某某补助资金转移支付2023年度绩效自评报告": the fund's name without 转移支付, its kind of money, as
    when the fund stands after the year (before, "某某补助资金转移支付")."""
    read = _read("青山区文化旅游局非遗保护补助资金转移支付2023年度绩效自评报告\n一、基本情况\n全年开展展演6场。\n")
    assert read.unit.name == "青山区文化旅游局"
    assert read.project.name == "非遗保护补助资金"


def test_a_consolidated_reports_bracket_after_the_unit() -> None:
    """"某县某局(汇总)2023年度部门整体支出绩效评价报告": the department's report over its units together; the
    bracket is no part of its name (before, "某县某局(汇总)")."""
    read = _read("松岗县水务局(汇总)2023年度部门整体支出绩效评价报告\n一、部门概况\n部门预算单位共3个。\n")
    assert read.unit.name == "松岗县水务局"


def test_a_departments_budget_units_in_a_bracket_after_their_count() -> None:
    """"2023年部门预算单位共4个(某县某局、A、B、C)": the department itself first, the others the bodies under it
    (before, none)."""
    read = _read("松岗县水务局2023年度部门整体支出绩效评价报告\n一、部门概况\n"
                 "2023年部门预算单位共4个(松岗县水务局、松岗县水利站、松岗县河道所、松岗县供水中心)。\n")
    assert read.unit.subordinate_bodies == ["松岗县水利站", "松岗县河道所", "松岗县供水中心"]


def test_budget_units_not_opening_on_the_department_are_not_its_bodies() -> None:
    """A guard: a bracket whose first unit is not the department (another body's list) gives no subordinate
    bodies."""
    read = _read("松岗县水务局2023年度部门整体支出绩效评价报告\n一、部门概况\n"
                 "2023年部门预算单位共3个(松岗县水利站、松岗县河道所、松岗县供水中心)。\n")
    assert read.unit.subordinate_bodies == []
