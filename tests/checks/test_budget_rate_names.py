"""Which indicator states the budget's own execution rate: a rate named after a part (政府采购预算执行率, a
sub-fund's 专项资金预算执行率, last year's) measures another sum, and no check compares it with the budget's."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jixiao.lexicon import is_budget_rate_name
from jixiao.model import Kind
from jixiao.scoring.packs import load_pack
from jixiao.writers.facts import is_execution_indicator

# the example's indicators[3] is its 预算执行率 (93.55 %, as 7,693.91 ÷ 8,224.00 gives): 66.91 % is not that rate


@pytest.mark.parametrize("name", ["政府采购预算执行率", "专项资金预算执行率", "乡村振兴补助资金执行率",
                                  "上年预算执行率", "基本支出执行率", "结转资金执行率", "项目支出预算执行率"])
def test_a_parts_rate_is_not_compared_with_the_budgets(example, found, name):
    example.indicators[3].name = name
    example.indicators[3].actual.value = Decimal("66.91")
    assert found(example, "EXECUTION_RATE_MISMATCH") == []
    example.indicators[3].actual.value = Decimal("131.20")  # nor read as the budget's rate over 100 %
    assert found(example, "EXECUTION_RATE_OVER_100") == []


@pytest.mark.parametrize("name", ["预算执行率", "全年预算执行率", "2025年度资金执行率", "部门预算执行率",
                                  "1.预算执行率", "预算资金执行率（%）"])
def test_the_budgets_own_rate_is_still_compared(example, found, name):
    example.indicators[3].name = name
    example.indicators[3].actual.value = Decimal("66.91")
    [f] = found(example, "EXECUTION_RATE_MISMATCH")
    assert f.location == "indicators[3].actual"


@pytest.mark.parametrize("name", ["（一）预算执行率", "指标1：预算执行率", "（二）2025年度资金执行率"])
def test_the_budgets_own_rate_after_full_width_marks(example, found, name):
    """A lead with full-width marks ("（一）", "：") is still the budget's own rate: compared, and shown in the money
    block (the lead's half-width marks alone were taken; before trust48, 执行率 anywhere)."""
    example.indicators[3].name = name
    example.indicators[3].actual.value = Decimal("66.91")
    [f] = found(example, "EXECUTION_RATE_MISMATCH")
    assert f.location == "indicators[3].actual"
    assert is_execution_indicator(example.indicators[3])


def test_a_letter_spaced_rate_is_shown_in_the_money_block():
    """"预 算 执 行 率" (a form's letter spacing) is the budget's rate for the money block; a part's stays out."""
    assert is_budget_rate_name("预 算 执 行 率", None) and is_budget_rate_name("预算 执行率", False)
    assert not is_budget_rate_name("政府采购 预算执行率", None)


def test_a_projects_own_rate_is_its_projects(example, found):
    example.kind = Kind.PROJECT
    example.indicators[3].name = "项目资金执行率"
    example.indicators[3].actual.value = Decimal("66.91")
    [f] = found(example, "EXECUTION_RATE_MISMATCH")
    assert f.location == "indicators[3].actual"
    example.indicators[3].name = "部门预算执行率"  # the department's, not the project's
    assert found(example, "EXECUTION_RATE_MISMATCH") == []


def test_the_owner_named_is_the_evaluations():
    assert is_budget_rate_name("当年预算执行率", False)
    assert not is_budget_rate_name("政府采购预算执行率", None)
    assert not is_budget_rate_name("项目预算执行率", False)  # a whole unit's projects
    assert is_budget_rate_name("项目预算执行率", True)


def test_the_pack_gives_a_parts_rate_no_execution_rule(example):
    pack = load_pack(None)
    indicator = example.indicators[3]
    spec = pack.rule_for(indicator, example)
    assert spec is not None and spec.type == "execution_rate"
    indicator.name = "专项资金预算执行率"
    spec = pack.rule_for(indicator, example)
    assert spec is not None and spec.type != "execution_rate"


def test_the_writers_show_only_the_budgets_rate_in_the_money_block(example):
    indicator = example.indicators[3]
    indicator.name = "全年资金执行率"
    assert is_execution_indicator(indicator)
    indicator.name = "政府采购预算执行率"  # an indicator row like any other, not the money block's rate
    assert not is_execution_indicator(indicator)
