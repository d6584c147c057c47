"""Whose money a total before "其中本项目" is, and a sign-off label run onto a unit's name
(docs/reader-corpora/left-pages-65.md), each as an invented snippet: invented units, places, funds and figures, no
text of any page."""

from __future__ import annotations

from decimal import Decimal

import pytest
from page_reading import read_page

_HEAD = "2022年丁县农村公路养护项目支出绩效自评报告\n一、项目概况\n"


@pytest.mark.parametrize("sentence", [
    "2022年,我委共获得上级补助资金1500万元,其中本项目260万元,用于路面修补。",
    "全市共安排2022年市财政资金8,400万元,其中本项目资金260万元。",
    "下达我县2022年中央车购税资金1500万元,其中用于本项目260万元。",
    "2022年,我委共获得上级补助资金15000000元,其中该项目2600000元。",
    "2022年,我委共获得上级补助资金1500万元,(其中:用于本项目的资金260万元)。",
    "2022年,我委共获得上级补助资金1500万元,其中农村公路养护项目260万元,危桥改造项目900万元。",
])
def test_the_projects_share_of_a_subjects_total(sentence: str) -> None:
    """"我委共获得…1500万元,其中本项目260万元": the share named 本项目 / 该项目 / by the project's name is its
    budget, the total before it the bureau's or the city's (before, the total was read as the project's budget)."""
    assert read_page(_HEAD + sentence + "\n").budget.adjusted == Decimal("260")


def test_the_share_told_first_then_the_total() -> None:
    """A guard (it passes before too): "本项目获得…260万元,全市共获得…" reads the project's own amount, the first."""
    text = _HEAD + "2022年,本项目获得省级资金260万元,全市共获得省级资金1500万元。\n"
    assert read_page(text).budget.adjusted == Decimal("260")


def test_two_other_projects_shares_give_no_budget() -> None:
    """"…1500万元,其中甲项目260万元,乙项目900万元" naming neither as the report's project: no amount is its budget
    (before, the bureau's total was read)."""
    text = _HEAD + "2022年,我委共获得上级补助资金1500万元,其中桥梁检测项目260万元,危桥改造项目900万元。\n"
    assert read_page(text).budget.adjusted is None


@pytest.mark.parametrize("sentence", [
    "2022年,本项目下达资金1500万元,其中甲村道路项目600万元,乙村道路项目900万元。",  # the project's own sub-projects
    "2022年,下达资金1500万元,其中中央资金1000万元,省级资金500万元。",  # parts by level, no project named
])
def test_a_total_split_otherwise_stays_the_budget(sentence: str) -> None:
    """Guards (they pass before too): a total the project itself is the subject of, split into its own parts, or
    split by the level of government paying, stays the project's budget."""
    assert read_page(_HEAD + sentence + "\n").budget.adjusted == Decimal("1500")


@pytest.mark.parametrize("label", ["联系人", "联系电话", "填报人", "审核人", "单位负责人"])
def test_a_sign_off_label_run_onto_the_unit_ends_it(label: str) -> None:
    """"填报单位：戊镇某小学联系人：赵某": a sign-off's label run onto the unit's name ends it (before, the name kept
    "联系人：赵某")."""
    text = "2022年戊镇校舍维修项目支出绩效自评表\n填报单位：戊镇某小学" + label + "：赵某\n"
    assert read_page(text).unit.name == "戊镇某小学"



def test_a_total_split_into_batches_then_projects_stays_the_budget() -> None:
    """A guard: "…共获得…1500万元其中第一批资金600万元,分别支持甲项目…、乙项目…" splits the total into batches
    first (a part that is no project): the parts are not other projects' shares, and the total stays the fund's
    budget (a first version of the fix read none)."""
    text = ("2022年丁市水污染防治专项资金绩效自评报告\n一、项目概况\n我市获得2022年度中央水污染防治专项资金1500万元其中"
            "第一批资金600万元,分别支持甲湖治理项目200万元、乙河整治项目400万元;第二批资金900万元。\n")
    assert read_page(text).budget.adjusted == Decimal("1500")
