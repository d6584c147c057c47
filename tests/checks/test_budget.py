"""Budget: execution rate, low execution, large adjustment, unspent money."""

from __future__ import annotations

from decimal import Decimal

from jixiao.checks import Severity


def test_execution_rate_matches_on_the_example(example, found):
    assert found(example, "EXECUTION_RATE_MISMATCH", infos=True) == []


def test_wrong_execution_rate(example, found):
    example.budget.stated_execution_rate = Decimal("95.55")
    [f] = found(example, "EXECUTION_RATE_MISMATCH")
    assert f.severity is Severity.ERROR
    assert f.location == "budget.stated_execution_rate"
    assert f.numbers == {"stated": "95.55%", "recomputed": "93.55%", "executed": "7,693.91万元",
                         "base": "8,224.00万元", "difference": "2.00"}
    assert "7,693.91万元 ÷ 全年预算 8,224.00万元 = 93.55%" in f.message


def test_execution_indicator_actual_checked_too(example, found):
    example.indicators[3].actual.value = Decimal("66.91")  # the indicator states a rate the amounts do not give
    [f] = found(example, "EXECUTION_RATE_MISMATCH")
    assert f.location == "indicators[3].actual"
    assert f.numbers["stated"] == "66.91%"


def test_rate_written_with_fewer_decimals_is_not_wrong(example, found):
    example.budget.stated_execution_rate = Decimal("94")  # 93.55% written as a whole percent
    assert found(example, "EXECUTION_RATE_MISMATCH") == []


def test_execution_rate_with_initial_budget_denominator(example, found):
    example.indicators[3].rule = "execution_rate_initial"
    example.budget.stated_execution_rate = Decimal("139.79")  # 7,693.91 ÷ 5,504.00
    example.indicators[3].actual.value = Decimal("139.79")
    assert found(example, "EXECUTION_RATE_MISMATCH") == []


def test_execution_rate_cannot_run_without_amounts(example, found):
    example.budget.executed = None
    [f] = found(example, "EXECUTION_RATE_MISMATCH", infos=True)
    assert f.severity is Severity.INFO


def test_execution_above_90_is_not_low(example, found):
    assert found(example, "LOW_EXECUTION", infos=True) == []


def _spend_7000(example):
    example.budget.executed = Decimal(7000)


def test_low_execution(example, found):
    _spend_7000(example)  # 7,000 ÷ 8,224 = 85.12%
    [f] = found(example, "LOW_EXECUTION")
    assert f.severity is Severity.WARNING
    assert f.numbers == {"rate": "85.12%", "threshold": "90%"}
    assert "85.12%" in f.message and "8,224.00万元" in f.message
    assert found(example, "UNSPENT_UNEXPLAINED") == []  # one shortfall, reported once


def test_low_execution_explained(example, found):
    _spend_7000(example)
    example.budget.execution_note = "部分项目资金年底下达，结转下年使用"
    assert found(example, "LOW_EXECUTION") == []


def test_low_execution_explained_by_the_indicators_deviation_note(example, found):
    _spend_7000(example)
    example.indicators[3].deviation_note = "专项资金 12 月下达，未能当年支出"
    assert found(example, "LOW_EXECUTION") == []


def test_low_execution_threshold_from_the_pack(example, found, tmp_path):
    from jixiao.scoring import load_pack

    pack = load_pack(None)
    pack.thresholds.low_execution_percent = Decimal(95)  # now 93.55% is low
    from jixiao.checks import run_checks

    [f] = [f for f in run_checks(example, pack) if f.code == "LOW_EXECUTION"]
    assert f.numbers == {"rate": "93.55%", "threshold": "95%"}


def test_large_budget_adjustment_on_the_example(example, found):
    [f] = found(example, "LARGE_BUDGET_ADJUSTMENT")
    assert f.severity is Severity.WARNING
    assert f.location == "budget.adjusted"
    assert f.numbers == {"initial": "5,504.00万元", "adjusted": "8,224.00万元", "change": "+2,720.00万元",
                         "percent": "+49.42%", "threshold": "20%"}


def test_large_budget_adjustment_explained(example, found):
    example.budget.adjustment_note = "年中追加乡村振兴衔接资金"
    assert found(example, "LARGE_BUDGET_ADJUSTMENT") == []


def test_small_budget_adjustment(example, found):
    example.budget.initial = Decimal(7000)  # +17.49%
    assert found(example, "LARGE_BUDGET_ADJUSTMENT") == []


def test_large_budget_cut(example, found):
    example.budget.initial = Decimal(11000)  # 11,000 → 8,224: −25.24%
    [f] = found(example, "LARGE_BUDGET_ADJUSTMENT")
    assert f.numbers["percent"] == "−25.24%" and f.numbers["change"] == "−2,776.00万元"


def test_unspent_unexplained_on_the_example(example, found):
    [f] = found(example, "UNSPENT_UNEXPLAINED")
    assert f.severity is Severity.WARNING
    assert f.numbers == {"unspent": "530.09万元", "adjusted": "8,224.00万元", "executed": "7,693.91万元",
                         "share": "6.45%"}
    assert f.message.startswith("未执行资金 530.09万元 = 全年预算 8,224.00万元 − 全年执行 7,693.91万元")


def test_unspent_explained(example, found):
    example.budget.execution_note = "530.09 万元为项目结余，已按规定收回"
    assert found(example, "UNSPENT_UNEXPLAINED") == []


def test_nothing_unspent(example, found):
    example.budget.executed = Decimal("8224.00")
    assert found(example, "UNSPENT_UNEXPLAINED") == []


def test_rate_cut_to_one_decimal_is_not_wrong(example, found):
    example.budget.stated_execution_rate = Decimal("93.5")  # 93.5542…% cut, not rounded
    assert found(example, "EXECUTION_RATE_MISMATCH") == []


def test_rate_off_by_a_whole_point_at_one_decimal(example, found):
    example.budget.stated_execution_rate = Decimal("92.5")
    [f] = found(example, "EXECUTION_RATE_MISMATCH")
    assert f.numbers["stated"] == "92.5%" and f.numbers["recomputed"] == "93.55%"


def test_rate_written_as_a_ratio_with_one_decimal_is_not_wrong(example, found):
    """执行率(B/A) "0.1" for 94 ÷ 650 = 14.46 %: the ratio rounded to one decimal, 10 % to within 10 points."""
    from jixiao.model import SourceRef

    example.budget.adjusted, example.budget.executed = Decimal(650), Decimal(94)
    example.indicators[3].actual.value = Decimal("14.46")
    example.budget.stated_execution_rate = Decimal(10)
    example.provenance["budget.stated_execution_rate"] = SourceRef(location="第13行", text="0.1")
    assert found(example, "EXECUTION_RATE_MISMATCH") == []
    example.provenance["budget.stated_execution_rate"] = SourceRef(location="第13行", text="0.10")  # to within 1 point
    [f] = found(example, "EXECUTION_RATE_MISMATCH")
    assert f.location == "budget.stated_execution_rate"
    example.provenance["budget.stated_execution_rate"] = SourceRef(location="第13行", text="10%")
    assert [f.location for f in found(example, "EXECUTION_RATE_MISMATCH")] == ["budget.stated_execution_rate"]
