"""Checks on an evaluation whose form states no weights (a 得分-only 项目自评表): nothing that rests on a
weight is claimed (no sum against 100, no block sum, no score above its weight, no band), the total is
still checked against the stated scores, and every check runs without a crash."""

from __future__ import annotations

from decimal import Decimal as D

from jixiao.checks import Severity, run_checks
from jixiao.model import Evaluation, Indicator, Kind


def _form(total: str = "47", weight_of_last: int | None = None) -> Evaluation:
    rows = [("产出指标", "数量指标", "修缮校舍面积", {"comparator": "≥", "value": 800, "unit": "平方米"},
             {"value": 760, "unit": "平方米"}, "15"),
            ("产出指标", "质量指标", "验收合格率", {"comparator": "≥", "value": 95, "unit": "%"},
             {"value": 90, "unit": "%"}, "12"),
            ("满意度指标", "服务对象满意度指标", "师生满意度", {"comparator": "≥", "value": 90, "unit": "%"},
             {"tier": "部分达成"}, "20")]
    indicators = [Indicator(name=name, level1=l1, level2=l2, weight=None, target=target, actual=actual,
                            stated_score=score) for l1, l2, name, target, actual, score in rows]
    indicators[-1].weight = weight_of_last
    return Evaluation(kind=Kind.PROJECT, year=2023, indicators=indicators, stated_total=D(total),
                      stated_block_weights={"产出指标": D(50)})


def test_weight_sums_are_not_checked_and_say_why(found) -> None:
    infos = found(_form(), "WEIGHTS_NOT_100", infos=True)
    assert [f.severity for f in infos] == [Severity.INFO]
    assert "指标1“修缮校舍面积”、指标2“验收合格率”、指标3“师生满意度”未列分值" in infos[0].message
    assert found(_form(), "BLOCK_WEIGHTS_VS_RULE") == []  # 产出指标（50分） against rows with no weight


def test_nothing_is_claimed_against_a_weight_the_form_does_not_state(found) -> None:
    evaluation = _form()
    evaluation.indicators[0].stated_score = D(60)  # above any plausible weight? the form does not say
    for code in ("SCORE_OVER_WEIGHT", "QUALITATIVE_OUT_OF_BAND", "FULL_SCORE_BELOW_TARGET",
                 "DEVIATION_NOTE_MISSING"):
        assert found(evaluation, code) == [], code


def test_the_total_is_still_checked_against_the_stated_scores(found) -> None:
    assert found(_form("47"), "TOTAL_MISMATCH") == []
    wrong = found(_form("50"), "TOTAL_MISMATCH")
    assert len(wrong) == 1 and "各指标得分之和 47 分" in wrong[0].message


def test_a_stated_weight_beside_unstated_ones_is_still_used(found) -> None:
    evaluation = _form(weight_of_last=10)  # 部分达成 scored 20 of 10: out of its band, whatever the others
    assert len(found(evaluation, "QUALITATIVE_OUT_OF_BAND")) == 1
    assert len(found(evaluation, "SCORE_OVER_WEIGHT")) == 1
    assert [f.severity for f in found(evaluation, "WEIGHTS_NOT_100", infos=True)] == [Severity.INFO]


def test_every_check_runs_on_a_weightless_form() -> None:
    findings = run_checks(_form())
    assert all("分值" not in f.message or f.severity is not Severity.ERROR for f in findings)
