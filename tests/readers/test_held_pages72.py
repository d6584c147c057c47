"""Shapes the held-out pages of stop 72 showed (docs/reader-corpora/held-72.md), each as an invented snippet:
invented units, places, funds and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page as _read

_GLUED_FORM = ("中央某某补助资金绩效目标自评表 (省道和农村公路)\n\n时间:2021-06-10 | 来源:某市某某局\n\n"
               "   某某补助资金(农村公路养护)绩效目标自评\n(2020年度)\n"
               "转移支付(项目)名称某某补助资金(农村公路养护)\n中央主管部门财政部\n"
               "地方主管部门某市某某局资金使用单位某市某某局\n项目资金\n(万元)\n\n"
               "全年预算数(A)全年执行数(B)预算执行率(B/A)\n年度资金总额:30003000100%\n"
               " 其中:中央补助30003000100%\n")


def test_a_transfer_name_label_run_into_its_value() -> None:
    """"转移支付(项目)名称某某补助资金(某某)" with no separator between the label and the name: the name (before,
    the whole line was no label, and the title gave "绩效目标")."""
    read = _read(_GLUED_FORM)
    assert read.project is not None and read.project.name == "某某补助资金(农村公路养护)"
    assert (read.budget.adjusted, read.budget.executed) == (Decimal(3000), Decimal(3000))


def test_a_goal_form_title_names_the_fund_not_its_goals() -> None:
    """"中央某某补助资金绩效目标自评表" with no name label: the fund before 绩效目标自评 (before, "绩效目标")."""
    read = _read("中央某某补助资金绩效目标自评表\n(2020年度)\n年度资金总额:3000 3000 100%\n")
    assert read.project is not None and read.project.name == "中央某某补助资金"


def test_the_years_projects_arranged_budget() -> None:
    """"…收入项目支出安排预算为1,236.50万元,其中:一是…" in a project report: the year's budget (before, none)."""
    read = _read("某州某某服务局2022年度项目支出绩效单位自评报告\n一、基本情况\n(一)项目概况\n"
                 "某州某某服务局2022年一般公共预算财政拨款收入项目支出安排预算为1,236.50万元,其中:一是某某专项资金"
                 "1,100.00万元,二是本局业务经费136.50万元。\n")
    assert read.budget.adjusted == Decimal("1236.50")
