"""Whole-unit prose wordings of the thirteenth set's write-up (docs/reader-corpora/thirteenth.md, causes G, J, L,
M and N), each as an invented snippet: bodies beside 无下属, 决算 totals with their 结转 parts, an item's own parts
after 包括, a budget 批复 at the start of the year, a target after 标准, a court's staff."""

from __future__ import annotations

from decimal import Decimal

import pytest
from page_reading import read_page

from jixiao.model import Evaluation


def _read(body: str) -> Evaluation:
    return read_page(f"某县某单位2023年度部门整体支出绩效自评报告\n一、基本情况\n{body}\n")


def _bodies(sentence: str) -> tuple[list[str], int | None, list[str], int | None]:
    unit = _read(sentence).unit
    return unit.internal_bodies, unit.internal_bodies_count, unit.subordinate_bodies, unit.subordinate_bodies_count


def test_bodies_beside_a_clause_saying_there_are_none() -> None:
    assert _bodies("1.机构设置：本所为公益一类事业单位，所内设综合股、技术股2个股室，无下属单位。") == \
        (["综合股", "技术股"], 2, [], 0)
    assert _bodies("本局无下属预算单位，下设3个科室，分别是：办公室、执法科、审批科。") == \
        (["办公室", "执法科", "审批科"], 3, [], 0)


def test_bodies_after_a_numbered_lead_and_a_bare_she() -> None:
    assert _bodies("3.机构及人员情况：本校内设四个职能处室，即办公室、教务处、德育处、总务处。") == \
        (["办公室", "教务处", "德育处", "总务处"], 4, [], None)
    assert _bodies("本中心设综合科、防疫科2个职能科室，下辖村卫生室12个。") == (["综合科", "防疫科"], 2, [], 12)


def test_dispatched_bodies_are_subordinate() -> None:
    assert _bodies("本院内设机构3个，包括办公室、立案庭、执行局。另有2个派出人民法庭，分别为南山法庭、北河法庭。") == \
        (["办公室", "立案庭", "执行局"], 3, ["南山法庭", "北河法庭"], 2)


def test_final_account_totals_with_their_carry_over_parts() -> None:
    budget = _read("2023年度收入总计315.40万元，其中：本年收入合计300.00万元，年初结转和结余15.40万元。\n"
                   "2023年度本年支出合计308.10万元，其中：基本支出250.00万元；项目支出58.10万元。年末结转和结余7.30万元。").budget
    assert [(i.name, i.amount) for i in budget.income_items] == [("本年收入合计", Decimal("300.00")),
                                                                 ("年初结转和结余", Decimal("15.40"))]
    assert budget.carry_over == Decimal("7.30")  # the year-end one: what income and expenditure differ by


@pytest.mark.parametrize("lead", ["2023年度单位支出合计620.00万元，", "全年执行620.00万元。"])
def test_an_item_s_own_parts_after_baokuo_are_not_items(lead: str) -> None:
    budget = _read(f"{lead}其中：基本支出480.00万元，包括人员经费410.00万元、公用经费70.00万元；"
                   "项目支出140.00万元。").budget
    assert [(i.name, i.amount) for i in budget.expenditure_items] == [("基本支出", Decimal("480.00")),
                                                                      ("项目支出", Decimal("140.00"))]


@pytest.mark.parametrize("approved", ["部门预算批复650.00万元", "部门预算安排资金合计650.00万元"])
def test_the_budget_approved_is_the_initial_budget(approved: str) -> None:
    budget = _read(f"2023年{approved}，年中追加50.00万元，全年预算700.00万元，全年支出688.00万元。").budget
    assert (budget.initial, budget.adjusted, budget.executed) == (Decimal("650.00"), Decimal("700.00"),
                                                                  Decimal("688.00"))


def test_a_target_after_biaozhun() -> None:
    evaluation = _read("二、自评情况\n3.预算执行率（15分）：标准100%，全年预算执行率97.20%，扣0.5分，得14.5分。")
    target = evaluation.indicators[0].target
    assert target is not None and (target.value, target.unit) == (Decimal("100"), "%")


def test_a_court_s_staff() -> None:
    unit = _read("全院核定政法专项编制48名，实有在职干警45人，其中员额法官16名；离退休干部9人。").unit
    assert (unit.staff_establishment, unit.staff_total) == (48, 45)
