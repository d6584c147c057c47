"""Sums and identities: total, weights, income, expenditure, their gap, staff."""

from __future__ import annotations

from decimal import Decimal

from jixiao.checks import Severity
from jixiao.model import NamedAmount


def test_total_matches_on_the_example(example, found):
    assert found(example, "TOTAL_MISMATCH", infos=True) == []


def test_total_mismatch(example, found):
    example.stated_total = Decimal("95.19")
    [f] = found(example, "TOTAL_MISMATCH")
    assert f.severity is Severity.ERROR
    assert f.location == "stated_total"
    assert f.numbers == {"stated_total": "95.19", "sum": "93.19", "difference": "2"}
    assert "95.19" in f.message and "93.19" in f.message and "差 2 分" in f.message


def test_total_uses_rounded_scores(example, found):
    example.indicators[0].stated_score = Decimal("4.996")  # rounds to 5.00: the total still holds
    assert found(example, "TOTAL_MISMATCH") == []


def test_total_cannot_run_without_stated_total(example, found):
    example.stated_total = None
    [f] = found(example, "TOTAL_MISMATCH", infos=True)
    assert f.severity is Severity.INFO
    assert "未写明综合得分" in f.message


def test_total_cannot_run_when_a_score_is_missing(example, found):
    example.indicators[1].stated_score = None
    [f] = found(example, "TOTAL_MISMATCH", infos=True)
    assert f.severity is Severity.INFO
    assert "政务信息公开率" in f.message


def test_weights_sum_to_100_on_the_example(example, found):
    assert found(example, "WEIGHTS_NOT_100", infos=True) == []


def test_weights_summing_to_105(example, found):
    example.indicators[0].weight = Decimal(10)
    [f] = found(example, "WEIGHTS_NOT_100")
    assert f.severity is Severity.ERROR
    assert f.numbers == {"sum": "105", "expected": "100", "difference": "5"}
    assert "105" in f.message and "100" in f.message


def test_weights_by_level_are_not_checked_without_prescribed_levels(example, found):
    for ind in example.indicators:
        ind.level1 = "产出指标" if ind.number is not None and ind.number <= 5 else "效益指标"
    # weights 5+5+15+15+5 = 45 for 产出, 55 for 效益; the pack prescribes none: an info lists them
    [f] = found(example, "WEIGHTS_NOT_100", infos=True)
    assert f.severity is Severity.INFO
    assert "产出指标 45 分" in f.message and "效益指标 55 分" in f.message


def test_income_sums_on_the_example(example, found):
    assert found(example, "INCOME_SUM_MISMATCH", infos=True) == []


def test_income_items_not_summing(example, found):
    example.budget.income_items[1].amount = Decimal("803.87")
    [f] = found(example, "INCOME_SUM_MISMATCH")
    assert f.severity is Severity.ERROR
    assert f.location == "budget.income_total"
    assert f.numbers["total"] == "7,693.91万元"
    assert f.numbers["sum"] == "7,600.00万元"
    assert f.numbers["difference"] == "93.91万元"
    assert f.message.startswith("收入总计 7,693.91万元 ≠ 各项之和 7,600.00万元（差 93.91万元")


def test_income_cannot_run_without_items(example, found):
    example.budget.income_items = []
    [f] = found(example, "INCOME_SUM_MISMATCH", infos=True)
    assert f.severity is Severity.INFO


def test_expenditure_sums_on_the_example(example, found):
    assert found(example, "EXPENDITURE_SUM_MISMATCH", infos=True) == []


def test_expenditure_items_not_summing(example, found):
    example.budget.expenditure_items[0].amount = Decimal("3600.87")
    [f] = found(example, "EXPENDITURE_SUM_MISMATCH")
    assert f.severity is Severity.ERROR
    assert (f.numbers["total"], f.numbers["sum"], f.numbers["difference"]) == (
        "7,693.91万元", "7,613.91万元", "80.00万元")


def test_income_equals_expenditure_on_the_example(example, found):
    assert found(example, "INCOME_EXPENDITURE_GAP", infos=True) == []


def _spend_100_less(example):
    example.budget.expenditure_items[1].amount = Decimal("3913.04")
    example.budget.expenditure_total = Decimal("7593.91")


def test_income_expenditure_gap(example, found):
    _spend_100_less(example)
    [f] = found(example, "INCOME_EXPENDITURE_GAP")
    assert f.severity is Severity.WARNING
    assert f.numbers == {"income_total": "7,693.91万元", "expenditure_total": "7,593.91万元",
                         "difference": "100.00万元"}
    assert "未写明结转结余" in f.message
    assert found(example, "EXPENDITURE_SUM_MISMATCH") == []


def test_income_expenditure_gap_explained_by_carry_over(example, found):
    _spend_100_less(example)
    example.budget.carry_over = Decimal(100)
    assert found(example, "INCOME_EXPENDITURE_GAP") == []


def test_income_expenditure_gap_not_explained_by_a_different_carry_over(example, found):
    _spend_100_less(example)
    example.budget.carry_over = Decimal(40)
    [f] = found(example, "INCOME_EXPENDITURE_GAP")
    assert f.numbers["carry_over"] == "40.00万元"


def test_staff_sums_on_the_example(example, found):
    assert found(example, "STAFF_SUM_MISMATCH", infos=True) == []


def test_staff_parts_not_summing(example, found):
    example.unit.staff_parts[0].count = 41
    [f] = found(example, "STAFF_SUM_MISMATCH")
    assert f.severity is Severity.ERROR
    assert (f.numbers["total"], f.numbers["sum"], f.numbers["difference"]) == ("131", "132", "1")
    assert "131 人 ≠ 各部分之和 132 人" in f.message


def test_staff_cannot_run_without_parts(example, found):
    example.unit.staff_parts = []
    [f] = found(example, "STAFF_SUM_MISMATCH", infos=True)
    assert f.severity is Severity.INFO


def test_income_item_added_is_counted(example, found):
    example.budget.income_items.append(NamedAmount(name="其他收入", amount=Decimal("10")))
    [f] = found(example, "INCOME_SUM_MISMATCH")
    assert f.numbers["sum"] == "7,703.91万元"
