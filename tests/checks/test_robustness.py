"""Odd or sparse evaluations never crash a check: what cannot be checked is said (info)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jixiao.checks import Severity, run_checks
from jixiao.model import Actual, Comparator, Evaluation, Kind, Target, Tier
from jixiao.modelio import load_evaluation

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "daxing-2024.yaml"


def test_empty_evaluation_gets_infos_only():
    findings = run_checks(Evaluation(year=2024))
    assert findings and all(f.severity is Severity.INFO for f in findings)
    assert all(f.message.startswith("未能核对：") for f in findings)
    codes = {f.code for f in findings}
    assert {"TOTAL_MISMATCH", "WEIGHTS_NOT_100", "INCOME_SUM_MISMATCH", "STAFF_SUM_MISMATCH", "GRADE_MISMATCH",
            "EXECUTION_RATE_MISMATCH", "LARGE_BUDGET_ADJUSTMENT", "UNSPENT_UNEXPLAINED", "NUMBERING_GAP"} <= codes


def test_project_without_staff_is_not_asked_for_staff():
    findings = run_checks(Evaluation(year=2024, kind=Kind.PROJECT))
    assert "STAFF_SUM_MISMATCH" not in {f.code for f in findings}


def test_zero_budget_says_why():
    evaluation = load_evaluation(EXAMPLE)
    evaluation.budget.adjusted = Decimal(0)
    [f] = [f for f in run_checks(evaluation) if f.code == "EXECUTION_RATE_MISMATCH"]
    assert f.severity is Severity.INFO and "全年预算为 0.00万元" in f.message


money = st.one_of(st.none(), st.decimals(min_value=0, max_value=100000, places=2))
score = st.one_of(st.none(), st.decimals(min_value=-5, max_value=30, places=2))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(initial=money, adjusted=money, executed=money, rate=money, total=score, first=score,
       target=st.one_of(st.none(), st.decimals(min_value=0, max_value=200, places=1)),
       comparator=st.sampled_from(list(Comparator)), tier=st.one_of(st.none(), st.sampled_from(list(Tier))),
       sample=st.one_of(st.none(), st.integers(min_value=0, max_value=500)))
def test_no_check_breaks_on_any_figures(initial, adjusted, executed, rate, total, first, target, comparator, tier,
                                        sample):
    evaluation = load_evaluation(EXAMPLE)
    budget = evaluation.budget
    budget.initial, budget.adjusted, budget.executed, budget.stated_execution_rate = initial, adjusted, executed, rate
    evaluation.stated_total = total
    evaluation.indicators[0].stated_score = first
    if target is not None:
        evaluation.indicators[7].target = Target(comparator=comparator, value=target, unit="%")
    if tier is not None:
        evaluation.indicators[2].actual = Actual(tier=tier)
    evaluation.indicators[9].evidence.sample_size = sample
    findings = run_checks(evaluation)
    assert not [f for f in findings if "检查出错" in f.message]
