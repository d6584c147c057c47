"""The seed report: exactly the findings a careful reviewer makes (domain notes §3)."""

from __future__ import annotations

from jixiao.checks import Severity, run_checks

QUANTITATIVE_WITHOUT_TARGET = (0, 1, 2, 4, 5, 6, 7, 8, 9, 10)  # all but 预算执行率 (indicators[3])


def test_seed_findings_exactly(example):
    findings = [f for f in run_checks(example) if f.severity is not Severity.INFO]
    got = sorted((f.code, f.severity.value, f.location) for f in findings)
    expected = sorted([
        ("SCORE_NOT_RECOMPUTABLE", "warning", "indicators[3].stated_score"),
        ("LARGE_BUDGET_ADJUSTMENT", "warning", "budget.adjusted"),
        ("UNSPENT_UNEXPLAINED", "warning", "budget.executed"),
        ("EVIDENCE_MISSING", "warning", "indicators[2].actual"),
        *(("TARGET_MISSING", "warning", f"indicators[{i}].target") for i in QUANTITATIVE_WITHOUT_TARGET),
    ])
    assert got == expected


def test_seed_finding_numbers(example):
    by_code = {f.code: f for f in run_checks(example)}
    assert by_code["SCORE_NOT_RECOMPUTABLE"].numbers["stated"] == "8.19"
    assert by_code["SCORE_NOT_RECOMPUTABLE"].numbers["recomputed"] == "14.03"
    assert by_code["LARGE_BUDGET_ADJUSTMENT"].numbers["initial"] == "5,504.00万元"
    assert by_code["LARGE_BUDGET_ADJUSTMENT"].numbers["adjusted"] == "8,224.00万元"
    assert by_code["LARGE_BUDGET_ADJUSTMENT"].numbers["percent"] == "+49.42%"
    assert by_code["UNSPENT_UNEXPLAINED"].numbers["unspent"] == "530.09万元"
    assert "补贴资金发放及时率" in by_code["EVIDENCE_MISSING"].message


def test_seed_has_no_errors(example):
    assert [f for f in run_checks(example) if f.severity is Severity.ERROR] == []


def test_seed_eight_nineteen_is_never_explained(example):
    # no rule of any shipped pack reproduces 8.19: the finding stays whatever the pack
    for pack in ("central-2020", "chongqing-whole-unit"):
        codes = [(f.code, f.location) for f in run_checks(example, pack)]
        assert ("SCORE_NOT_RECOMPUTABLE", "indicators[3].stated_score") in codes
