"""An error only when it holds under every plausible reading: guessed facts, lists that may be
partial, other values the document states, amounts without a written unit, carry-over clauses read as
items and a full mark read as the total each turn an error into a warning to be checked by a person,
showing the reading with its quote and location; a reading that would not remove the inconsistency
leaves the error standing."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jixiao.checks import Severity
from jixiao.model import Actual, NamedAmount, Reading, ReadingNotes, SourceRef, Target


def _parsed(evaluation):
    """Mark the evaluation as read from a document (reading notes present)."""
    evaluation.reading = ReadingNotes()
    return evaluation


def test_a_hand_made_sum_mismatch_stays_an_error(example, found):
    example.budget.income_items[1].amount = Decimal("803.87")
    [f] = found(example, "INCOME_SUM_MISMATCH")
    assert f.severity is Severity.ERROR and not f.needs_review
    assert f.arithmetic == "6,796.13万元 + 803.87万元 = 7,600.00万元；7,693.91万元 − 7,600.00万元 = 93.91万元"
    assert [fact.path for fact in f.facts] == ["budget.income_total", "budget.income_items[0].amount",
                                               "budget.income_items[1].amount", "budget.income_items"]
    assert f.facts[0].label == "收入总计" and f.facts[0].value == "7,693.91万元"


def test_a_parsed_list_not_known_whole_may_miss_the_item_that_closes_the_gap(example, found):
    _parsed(example)
    example.provenance["budget.income_items"] = SourceRef(location="第17行", text="其中一般公共预算财政拨款收入…")
    example.budget.income_items[1].amount = Decimal("803.87")  # items 93.91 short of the total
    [f] = found(example, "INCOME_SUM_MISMATCH")
    assert f.severity is Severity.WARNING and f.needs_review
    assert f.message.startswith("请人工核对：收入总计 7,693.91万元 ≠ 各项之和 7,600.00万元")
    assert ("收入明细可能不完整，未列出的项目可补足差额：93.91万元（第17行「其中一般公共预算财政拨款收入…」）"
            in f.message)


def test_a_list_known_whole_keeps_the_error(example, found):
    _parsed(example)
    example.provenance["budget.income_items"] = SourceRef(location="表2", text="收入合计…", complete=True)
    example.budget.income_items[1].amount = Decimal("803.87")
    [f] = found(example, "INCOME_SUM_MISMATCH")
    assert f.severity is Severity.ERROR


def test_a_partial_list_cannot_explain_items_above_the_total(example, found):
    _parsed(example)
    example.provenance["budget.income_items"] = SourceRef(location="第17行", text="其中…", complete=False)
    example.budget.income_items[1].amount = Decimal("997.78")  # items 100 over the total
    [f] = found(example, "INCOME_SUM_MISMATCH")
    assert f.severity is Severity.ERROR


def test_a_guessed_score_makes_the_total_a_warning_with_its_quote(example, found):
    _parsed(example)
    example.provenance["indicators[3].stated_score"] = SourceRef(
        location="表1第5行第7列", text="158.19", guessed=True)
    example.stated_total = Decimal("95.19")
    [f] = found(example, "TOTAL_MISMATCH")
    assert f.severity is Severity.WARNING
    assert "指标4 得分为推测读取：8.19（表1第5行第7列「158.19」）" in f.message
    [reading] = f.readings
    assert reading.path == "indicators[3].stated_score" and reading.source.guessed


def test_a_guessed_fact_the_finding_does_not_rest_on_changes_nothing(example, found):
    _parsed(example)
    example.provenance["unit.name"] = SourceRef(location="第1行", text="大兴镇", guessed=True)
    example.stated_total = Decimal("95.19")
    [f] = found(example, "TOTAL_MISMATCH")
    assert f.severity is Severity.ERROR


@pytest.mark.parametrize(("other", "severity"), [("93.19", Severity.WARNING), ("96", Severity.ERROR)])
def test_another_stated_total_counts_only_when_it_agrees(example, found, other, severity):
    _parsed(example)
    example.stated_total = Decimal("95.19")
    example.alternatives["stated_total"] = [Reading(value=other, source=SourceRef(location="表1第14行第3列",
                                                                                  text=other))]
    [f] = found(example, "TOTAL_MISMATCH")
    assert f.severity is severity
    if severity is Severity.WARNING:
        assert f"综合得分原文另有数值：{other}（表1第14行第3列「{other}」）" in f.message


def test_alternatives_of_two_facts_taken_together(example, found):
    _parsed(example)
    example.budget.stated_execution_rate = Decimal("95.72")
    example.budget.executed = Decimal("341.15")
    example.budget.adjusted = Decimal("300")
    example.indicators[3].actual.value = Decimal("95.72")
    # neither alternative alone gives 95.72%, both together do (341.15 ÷ 356.40)
    example.alternatives["budget.adjusted"] = [
        Reading(value="356.40", source=SourceRef(location="第9行", text="356.40"))]
    example.alternatives["budget.stated_execution_rate"] = [
        Reading(value="113.72", source=SourceRef(location="第20行", text="113.72%"))]
    findings = [f for f in found(example, "EXECUTION_RATE_MISMATCH") if f.location == "budget.stated_execution_rate"]
    [f] = findings
    assert f.severity is Severity.WARNING
    assert "全年预算数原文另有数值：356.40（第9行「356.40」）" in f.message


def test_an_amount_without_a_written_unit_may_be_in_yuan(example, found):
    _parsed(example)
    example.budget.adjusted = Decimal("82240000")  # the cell said 82240000 (元), read as 万元
    example.provenance["budget.adjusted"] = SourceRef(location="表1第3行第3列", text="82240000")
    example.provenance["budget.executed"] = SourceRef(location="表1第3行第4列", text="7693.91万元")
    [f] = [f for f in found(example, "EXECUTION_RATE_MISMATCH") if f.location == "budget.stated_execution_rate"]
    assert f.severity is Severity.WARNING
    assert "全年预算数若原文金额以元计：8224万元（表1第3行第3列「82240000」）" in f.message


def test_an_amount_with_its_unit_written_is_not_reread(example, found):
    _parsed(example)
    example.budget.adjusted = Decimal("82240000")
    example.provenance["budget.adjusted"] = SourceRef(location="第34行", text="全年预算82240000万元")
    example.provenance["budget.executed"] = SourceRef(location="第34行", text="全年执行7693.91万元")
    [f] = [f for f in found(example, "EXECUTION_RATE_MISMATCH") if f.location == "budget.stated_execution_rate"]
    assert f.severity is Severity.ERROR


def test_a_carry_over_clause_taken_as_an_item(example, found):
    _parsed(example)
    example.provenance["budget.expenditure_items"] = SourceRef(location="第17行", text="其中基本支出…", complete=True)
    example.budget.expenditure_items.append(NamedAmount(name="年末结转", amount=Decimal("530.09")))
    [f] = found(example, "EXPENDITURE_SUM_MISMATCH")
    assert f.severity is Severity.WARNING
    assert "支出明细中的结转结余可能是说明而非明细项目，按此读法：不含“年末结转”" in f.message


@pytest.mark.parametrize(("total", "severity"), [(Decimal(100), Severity.WARNING), (Decimal("95.19"), Severity.ERROR)])
def test_a_full_mark_read_as_the_total(example, found, total, severity):
    # 100 may be the 满分; 95.19 is no full mark and, the weights making 100, no indicator is missing
    _parsed(example)
    example.stated_total = total
    [f] = found(example, "TOTAL_MISMATCH")
    assert f.severity is severity
    if severity is Severity.WARNING:
        assert "综合得分可能是满分而非自评得分：100" in f.message


def test_a_missing_indicator_may_explain_the_total(example, found):
    _parsed(example)
    del example.indicators[10]  # 职工满意度 (5 of 5) lost by the reader: weights 95, scores 88.19
    [f] = found(example, "TOTAL_MISMATCH")
    assert f.severity is Severity.WARNING
    assert "绩效指标可能不完整，未列出的项目可补足差额：5分" in f.message


def _every_error_at_once(example):
    """The example with one defect for each error-level check."""
    from jixiao.model import FundRow

    example.stated_total = Decimal("95.19")
    example.stated_grade = "良"
    example.indicators[0].stated_score = Decimal(6)
    example.indicators[1].stated_score = Decimal(-1)
    example.indicators[4].number = None
    example.indicators[7].target = Target(comparator="≥", value=Decimal(98), unit="%")
    example.indicators[2].actual = Actual(tier="部分达成")
    example.budget.stated_execution_rate = Decimal("105.55")
    example.budget.executed = Decimal("8300")
    example.budget.income_items[1].amount = Decimal("803.87")
    example.budget.expenditure_items[0].amount = Decimal("3600.87")
    example.budget.fund_rows = [FundRow(name="当年财政拨款", adjusted=Decimal(8000))]
    example.unit.staff_parts[0].count = 41
    example.stated_block_weights = {"产出": Decimal(50)}
    example.indicators[0].level1 = "产出"
    example.indicators[9].weight = Decimal(10)
    late = example.indicators[5]  # paid after its deadline, scored in full
    late.target, late.actual = Target(text="2024年9月底前"), Actual(text="2024年10月8日")
    late.stated_score = late.weight
    example.alternatives["stated_total"] = [Reading(value="96.19", source=SourceRef(location="表1第14行第7列",
                                                                                    text="96.19"))]
    return example


def test_every_error_check_is_covered_by_the_damage(example, found):
    from jixiao.checks import CHECKS, run_checks

    errors = {f.code for f in run_checks(_every_error_at_once(example)) if f.severity is Severity.ERROR}
    assert errors == {c.code for c in CHECKS.values() if c.severity is Severity.ERROR}


def test_no_error_rests_on_a_guessed_fact(example):
    """Whatever the check, an error whose facts were read by a guess is at most a warning."""
    from jixiao.checks import run_checks

    evaluation = _every_error_at_once(example)
    evaluation.reading = ReadingNotes()
    first = [f for f in run_checks(evaluation) if f.severity is Severity.ERROR]
    for finding in first:
        for fact in finding.facts:
            if fact.path:
                evaluation.provenance[fact.path] = SourceRef(location="表1", text="（拆分粘连数字）", guessed=True)
        for readings in evaluation.alternatives.values():
            for reading in readings:
                reading.source.guessed = True
    after = run_checks(evaluation)
    assert [f.code for f in after if f.severity is Severity.ERROR] == []
    reviewed = {f.code for f in after if f.needs_review}
    assert {f.code for f in first} <= reviewed
    guessed = [f for f in after if f.code in {g.code for g in first} and f.needs_review]
    assert guessed and all(f.message.startswith("请人工核对：") and "为推测读取" in f.message for f in guessed)


def test_executed_in_yuan_read_as_wan_is_not_an_error(example, found):
    _parsed(example)
    example.budget.executed = Decimal("76939100")  # a table cell in 元 without its unit
    example.provenance["budget.executed"] = SourceRef(location="表1第3行第4列", text="76939100")
    example.budget.stated_execution_rate = None
    [f] = found(example, "EXECUTION_RATE_OVER_100")
    assert f.severity is Severity.WARNING
    assert "全年执行数若原文金额以元计：7693.91万元" in f.message


def test_a_weight_quoted_from_a_percentage_is_a_shifted_read(example, found):
    _parsed(example)
    example.indicators[3].weight = Decimal("93.55")  # the 执行率 cell taken for the 分值
    example.provenance["indicators[3].weight"] = SourceRef(location="表1第6行第6列", text="93.55%")
    [f] = found(example, "WEIGHTS_NOT_100")
    assert f.severity is Severity.WARNING
    assert "指标4 分值读取存疑（原文「93.55%」不是分值）：93.55" in f.message


def test_a_row_whose_name_is_a_value_casts_doubt_on_all_its_cells(example, found):
    _parsed(example)
    example.indicators[0].name = "≥3200件"  # the target cell taken for the name
    example.indicators[0].stated_score = Decimal(6)
    [f] = found(example, "SCORE_OVER_WEIGHT")
    assert f.severity is Severity.WARNING and "指标名称“≥3200件”是一个数值，该行可能错位" in f.message


def _control_rate(example, quoted: str):
    _parsed(example)
    ind = example.indicators[1]  # 政务信息公开率, 5 of 5
    ind.target = Target(comparator="≥", value=Decimal(100), unit="%")
    ind.actual = Actual(value=Decimal("96.5"), unit="%")
    example.provenance["indicators[1].target"] = SourceRef(location="表1第9行第4列", text=quoted)
    return example


def test_a_target_printed_without_a_sign_may_be_an_upper_bound(example, found):
    [f] = found(_control_rate(example, "100%"), "FULL_SCORE_BELOW_TARGET")
    assert f.severity is Severity.WARNING
    assert "指标2 年度指标值未写比较符，按另一比较符：≤100%（表1第9行第4列「100%」）" in f.message


def test_a_target_written_with_its_sign_keeps_the_error(example, found):
    [f] = found(_control_rate(example, "≥100%"), "FULL_SCORE_BELOW_TARGET")
    assert f.severity is Severity.ERROR


def test_a_breakdown_read_as_items_of_its_own(example, found):
    _parsed(example)
    example.provenance["budget.expenditure_items"] = SourceRef(location="表2", text="表2", complete=True)
    example.budget.expenditure_items.insert(1, NamedAmount(name="人员经费", amount=Decimal("3000.00")))
    example.budget.expenditure_items.insert(2, NamedAmount(name="公用经费", amount=Decimal("680.87")))
    [f] = found(example, "EXPENDITURE_SUM_MISMATCH")  # 3,680.87 = 3,000.00 + 680.87: 基本支出's breakdown
    assert f.severity is Severity.WARNING
    assert "支出明细中“人员经费”、“公用经费”合计等于“基本支出”，是其细目而非并列项目，按此读法：不含" in f.message
