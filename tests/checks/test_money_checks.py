"""Budget checks real reports need: execution over 100 %, the money block's rows, executed vs
expenditure, cost actuals copied from the budget, outputs done with the money unspent, full scores on
blanks. Each: a case that fires and one that must not."""

from __future__ import annotations

from decimal import Decimal as D

from jixiao.checks import Severity
from jixiao.model import (
    Actual,
    Budget,
    Evaluation,
    FundRow,
    Indicator,
    Kind,
    ReadingNotes,
    SourceRef,
    Target,
)


def project(**budget) -> Evaluation:
    return Evaluation(year=2024, kind=Kind.PROJECT, budget=Budget(**budget))


def row(name: str, initial: str | None, adjusted: str | None, executed: str | None) -> FundRow:
    return FundRow(name=name, **{k: None if v is None else D(v) for k, v in
                                 (("initial", initial), ("adjusted", adjusted), ("executed", executed))})


# -- EXECUTION_RATE_OVER_100 -----------------------------------------------------------------------

def test_executed_above_budget(found):
    [f] = found(project(adjusted=D("356.40"), executed=D("371.20")), "EXECUTION_RATE_OVER_100")
    assert f.severity is Severity.ERROR
    assert f.message == "全年执行数 371.20万元 超过全年预算数 356.40万元（多 14.80万元，执行率 104.15%）"
    assert f.arithmetic == "371.20万元 ÷ 356.40万元 = 104.15% > 100%"


def test_a_fund_row_executed_above_its_budget(found):
    evaluation = project(adjusted=D(300), executed=D(290),
                         fund_rows=[row("当年财政拨款", "200", "200", "215"), row("上年结转资金", "100", "100", "75")])
    [f] = found(evaluation, "EXECUTION_RATE_OVER_100")
    assert f.location == "budget.fund_rows[0].executed" and "“当年财政拨款”全年执行数 215.00万元" in f.message


def test_a_stated_rate_above_100(found):
    [f] = found(project(stated_execution_rate=D("103.5")), "EXECUTION_RATE_OVER_100")
    assert f.message == "预算执行率 103.5% 超过 100%"


def test_execution_at_or_below_100_is_fine(found, example):
    assert found(project(adjusted=D(300), executed=D(300), stated_execution_rate=D(100)),
                 "EXECUTION_RATE_OVER_100") == []
    assert found(example, "EXECUTION_RATE_OVER_100") == []


# -- ROWS_NOT_SUM ------------------------------------------------------------------------------------

def test_fund_rows_not_summing_in_one_column(found):
    evaluation = project(initial=D(320), adjusted=D("356.40"), executed=D("341.15"),
                         fund_rows=[row("当年财政拨款", "300", "330.40", "320.15"),
                                    row("上年结转资金", "20", "20", "21"), row("其他资金", "0", "0", "0")])
    [f] = found(evaluation, "ROWS_NOT_SUM")
    assert f.severity is Severity.ERROR and f.location == "budget.adjusted"
    assert f.message == ("全年预算数：年度资金总额 356.40万元 ≠ 其中各行之和 350.40万元（差 6.00万元；"
                         "当年财政拨款 330.40万元、上年结转资金 20.00万元、其他资金 0.00万元）")


def test_a_zero_total_over_non_zero_rows(found):
    evaluation = project(initial=D(0), fund_rows=[row("当年财政拨款", "120", None, None)])
    [f] = found(evaluation, "ROWS_NOT_SUM")
    assert "年度资金总额 0.00万元 为 0，≠ 其中各行之和 120.00万元" in f.message


def test_a_blank_row_may_hold_the_difference(found):
    evaluation = project(adjusted=D(300), fund_rows=[row("当年财政拨款", None, "250", None),
                                                     row("上年结转资金", None, None, None)])
    evaluation.reading = ReadingNotes()
    [f] = found(evaluation, "ROWS_NOT_SUM")
    assert f.severity is Severity.WARNING and f.message.startswith("请人工核对：")


def test_fund_rows_that_add_up(found):
    evaluation = project(initial=D(320), adjusted=D("356.40"), executed=D("341.15"),
                         fund_rows=[row("当年财政拨款", "300", "336.40", "321.15"),
                                    row("上年结转资金", "20", "20", "20")])
    assert found(evaluation, "ROWS_NOT_SUM") == []


# -- EXECUTED_VS_EXPENDITURE ---------------------------------------------------------------------------

def test_executed_copied_from_the_budget(found):
    evaluation = Evaluation(year=2024, budget=Budget(adjusted=D(500), executed=D(500), stated_execution_rate=D(100),
                                                     expenditure_total=D(452)))
    [f] = found(evaluation, "EXECUTED_VS_EXPENDITURE")
    assert f.message == ("全年执行数 500.00万元 ≠ 支出总计 452.00万元（差 48.00万元），"
                         "而报告按全额执行计（预算执行率写作 100%）")


def test_executed_below_budget_is_not_claimed_as_the_expenditure(found, example):
    assert found(example, "EXECUTED_VS_EXPENDITURE") == []  # 7,693.91 both, rate 93.55%
    evaluation = Evaluation(year=2024, budget=Budget(adjusted=D(500), executed=D(480), expenditure_total=D(452)))
    assert found(evaluation, "EXECUTED_VS_EXPENDITURE") == []


# -- COST_ACTUAL_IS_BUDGET ------------------------------------------------------------------------------

def cost(actual: str, unit: str = "万元") -> Indicator:
    return Indicator(name="项目总成本", level1="产出指标", level2="成本指标", weight=D(10), stated_score=D(10),
                     target=Target(comparator="≤", value=D("356.40"), unit="万元"),
                     actual=Actual(value=D(actual), unit=unit))


def test_cost_actual_equal_to_the_budget(found):
    evaluation = project(adjusted=D("356.40"), executed=D("341.15"))
    evaluation.indicators = [cost("356.40")]
    [f] = found(evaluation, "COST_ACTUAL_IS_BUDGET")
    assert f.message == "指标1“项目总成本”：实际完成值 356.40万元 等于全年预算数，而全年执行数只有 341.15万元"


def test_cost_actual_in_yuan_is_converted(found):
    evaluation = project(adjusted=D("356.40"), executed=D("341.15"))
    evaluation.indicators = [cost("3564000", "元")]
    assert [f.code for f in found(evaluation, "COST_ACTUAL_IS_BUDGET")] == ["COST_ACTUAL_IS_BUDGET"]


def test_cost_actual_equal_to_what_was_spent(found):
    evaluation = project(adjusted=D("356.40"), executed=D("341.15"))
    evaluation.indicators = [cost("341.15")]
    assert found(evaluation, "COST_ACTUAL_IS_BUDGET") == []


# -- OUTPUT_VS_SPENDING ----------------------------------------------------------------------------------

def outputs(*names: str) -> list[Indicator]:
    return [Indicator(name=name, level1="产出指标", level2="数量指标", weight=D(10), stated_score=D(10),
                      target=Target(value=D(100), unit="%"), actual=Actual(value=D(100), unit="%")) for name in names]


def test_outputs_all_done_with_little_spent(found):
    evaluation = project(adjusted=D(400), executed=D(120))
    evaluation.indicators = outputs("设备购置完成率", "培训完成率")
    [f] = found(evaluation, "OUTPUT_VS_SPENDING")
    assert f.message == ("预算执行率 30.00%（120 ÷ 400）低于 50%，而 2 项产出指标"
                         "（“设备购置完成率”、“培训完成率”）全部得满分")


def test_outputs_done_with_most_spent_or_not_all_done(found):
    evaluation = project(adjusted=D(400), executed=D(300))
    evaluation.indicators = outputs("设备购置完成率")
    assert found(evaluation, "OUTPUT_VS_SPENDING") == []
    evaluation.budget.executed = D(120)
    evaluation.indicators[0].stated_score = D(6)
    assert found(evaluation, "OUTPUT_VS_SPENDING") == []


def test_the_threshold_comes_from_the_pack(found):
    from jixiao.checks import run_checks
    from jixiao.scoring import load_pack

    evaluation = project(adjusted=D(400), executed=D(240))  # 60 %
    evaluation.indicators = outputs("设备购置完成率")
    pack = load_pack("central-2020")
    assert found(evaluation, "OUTPUT_VS_SPENDING") == []
    pack.thresholds.output_execution_percent = D(70)
    assert "OUTPUT_VS_SPENDING" in {f.code for f in run_checks(evaluation, pack)}


# -- FULL_SCORE_BLANK_VALUE ------------------------------------------------------------------------------

def test_full_score_on_a_blank_actual(found):
    evaluation = Evaluation(year=2024, indicators=[Indicator(name="验收合格率", weight=D(10), stated_score=D(10),
                                                             target=Target(value=D(100), unit="%"))])
    [f] = found(evaluation, "FULL_SCORE_BLANK_VALUE")
    assert f.message == "指标1“验收合格率”得满分 10 分，但实际完成值为空"
    assert found(evaluation, "EVIDENCE_MISSING") == []  # one finding for one blank


def test_full_score_on_blank_execution(found):
    evaluation = project(adjusted=D(300))
    evaluation.indicators = [Indicator(name="预算执行率", weight=D(10), stated_score=D(10))]
    [f] = found(evaluation, "FULL_SCORE_BLANK_VALUE")
    assert f.message == "指标1“预算执行率”得满分 10 分，但全年执行数和执行率均为空"


def test_a_value_not_read_is_no_blank(found):
    # parsed: the reader did not confirm the cell empty, so the missing value may only be unread
    evaluation = Evaluation(year=2024, indicators=[Indicator(name="验收合格率", weight=D(10), stated_score=D(10))])
    evaluation.provenance["indicators[0].name"] = SourceRef(location="表1第6行第3列", text="验收合格率")
    evaluation.reading = ReadingNotes()
    assert found(evaluation, "FULL_SCORE_BLANK_VALUE") == []
    evaluation.reading = ReadingNotes(blank_cells=[SourceRef(location="表1第6行第5列", text="实际完成值")])
    assert [f.code for f in found(evaluation, "FULL_SCORE_BLANK_VALUE")] == ["FULL_SCORE_BLANK_VALUE"]


def test_full_score_with_a_value_or_a_lower_score(found, example):
    assert found(example, "FULL_SCORE_BLANK_VALUE") == []
    evaluation = Evaluation(year=2024, indicators=[Indicator(name="验收合格率", weight=D(10), stated_score=D(8))])
    assert found(evaluation, "FULL_SCORE_BLANK_VALUE") == []
