"""Shapes the held-out pages of stop 75 showed (docs/reader-corpora/held-75.md), each as an invented snippet:
invented units, places, funds and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page as _read


def test_a_transfer_forms_short_project_name_label() -> None:
    """"转移(项目)名称 某某补助资金" one space from its value on a line of its own: the project's name (before, the
    label and the next line's label were read with it)."""
    read = _read("某县某某局某某补助资金转移支付区域(项目)绩效目标自评表\n(2023年度)\n"
                 "转移(项目)名称 农村饮水维护补助资金\n中央主管部门\n"
                 "地方主管部门 某县某某局 资金使用单位 某县某某局\n")
    assert read.project.name == "农村饮水维护补助资金"


def test_a_central_schools_name_before_its_project_money() -> None:
    """"某区某某中心小学2022项目资金 绩效自评报告": 中心 inside the school's name is no place to cut the unit from its
    project (before, the unit "某区某某中心" and the project "小学2022项目资金")."""
    read = _read("某市某某区东林中心小学2022项目资金 绩效自评报告\n一、基本情况\n2022年年初预算项目3个。\n")
    assert read.unit.name == "某市某某区东林中心小学"
    assert not (read.project.name or "").startswith("小学")


def test_a_centre_before_its_special_fund_is_still_cut() -> None:
    """A guard: "某县某某服务中心某某专项经费绩效自评报告": the centre, then its fund, as before."""
    read = _read("某县农机服务中心农机安全宣传专项经费绩效自评报告\n一、基本情况\n2022年预算资金5万元。\n")
    assert read.unit.name == "某县农机服务中心"
    assert read.project.name == "农机安全宣传专项经费"


def test_a_projects_money_said_to_have_reached_it() -> None:
    """"上级补助资金实际到位3万元" in a project report stating no budget: the project's money (before, none)."""
    read = _read("某镇某村便道修复项目绩效自评报告\n一、项目基本情况\n便道多处损毁。\n三、项目绩效实现情况\n"
                 "1.项目资金到位情况\n上级补助资金实际到位3万元。\n2.项目资金使用情况分析\n修复便道1条。\n")
    assert read.budget.adjusted == Decimal("3")


def test_a_stated_budget_stays_over_the_money_that_reached_it() -> None:
    """A guard: "项目预算资金20万元" read the usual way stays the budget, the money that arrived after it no budget."""
    read = _read("某镇某村便道修复项目绩效自评报告\n一、项目基本情况\n项目预算资金20万元。\n"
                 "二、项目资金情况\n上级补助资金实际到位18万元。\n")
    assert read.budget.adjusted == Decimal("20")
