"""The scoring engine: every indicator through its rule, the total, the grade and the optional cap.

An indicator that cannot be recomputed (no target, no actual, unknown rule, bad parameters…) keeps
its stated score as its score, marked ``uses_stated`` with the reason in Chinese. A target is never
invented.
"""

from __future__ import annotations

from decimal import Decimal

from pydantic import ValidationError

from jixiao.errors import InputError
from jixiao.limits.data import check_data
from jixiao.model import Evaluation, Indicator
from jixiao.modelio import describe_validation_error
from jixiao.numbers import format_score
from jixiao.scoring.bands import grade_for, grade_rule_text
from jixiao.scoring.cap import apply_cap
from jixiao.scoring.packs import RulePack, load_pack
from jixiao.scoring.receipt import EvaluationScore, IndicatorScore, Receipt
from jixiao.scoring.rules import RULE_TYPES, NotRecomputable, RuleContext
from jixiao.scoring.rules.base import NO_WEIGHT, finish

ZERO = Decimal(0)


def _kept(indicator: Indicator, index: int, rule_id: str | None, reason: str) -> IndicatorScore:
    stated = indicator.stated_score
    if stated is None:
        reason += "；报告也未给出得分，按 0 分计"
    return IndicatorScore(
        index=index, number=indicator.number, name=indicator.name, weight=indicator.weight,
        rule_id=rule_id, stated=stated, computed=None, score=stated if stated is not None else ZERO,
        uses_stated=True, reason=reason,
    )


def score_indicator(
    indicator: Indicator, pack: RulePack | None = None, evaluation: Evaluation | None = None, index: int = 0
) -> IndicatorScore:
    """Score one indicator under ``pack`` (the default pack when None); ``evaluation`` supplies the
    budget for the execution-rate rule and the kind for matching defaults."""
    pack = pack or load_pack(evaluation.rule_pack if evaluation is not None else None)
    spec = pack.rule_for(indicator, evaluation)
    if indicator.weight is None:  # every rule scores against the weight: nothing to compute with
        return _kept(indicator, index, spec.id if spec else indicator.rule, NO_WEIGHT)
    if spec is None:
        if indicator.rule:
            reason = f"规则包 {pack.id} 中没有名为 {indicator.rule} 的规则，无法重算"
            return _kept(indicator, index, indicator.rule, reason)
        return _kept(indicator, index, None, f"规则包 {pack.id} 没有适用于该指标的规则，无法重算")
    rule_type = RULE_TYPES[spec.type]
    try:
        params = rule_type.params_model.model_validate({**spec.params, **indicator.rule_params})
        check_data(params, "")  # digits and finiteness, before any arithmetic
    except ValidationError as err:
        reason = f"规则参数有误（rule_params.{describe_validation_error(err)}），无法重算"
        return _kept(indicator, index, spec.id, reason)
    except InputError as err:
        return _kept(indicator, index, spec.id, f"规则参数有误（rule_params.{err}），无法重算")
    ctx = RuleContext(indicator=indicator, spec=spec, params=params, pack=pack, evaluation=evaluation)
    try:
        outcome = rule_type.compute(ctx)
    except NotRecomputable as exc:
        return _kept(indicator, index, spec.id, exc.reason)
    receipt = finish(ctx, outcome)
    return IndicatorScore(
        index=index, number=indicator.number, name=indicator.name, weight=indicator.weight,
        rule_id=spec.id, stated=indicator.stated_score, computed=receipt.result, score=receipt.result,
        uses_stated=False, receipt=receipt, problems=outcome.problems,
    )


def total_receipt(scores: list[IndicatorScore], pack: RulePack) -> Receipt:
    total = sum((s.score for s in scores), ZERO)
    grade = grade_for(total, pack)
    terms = " + ".join(format_score(s.score) for s in scores) or "0"
    kept = sum(1 for s in scores if s.uses_stated)
    note = f"（其中 {kept} 项无法重算，沿用报告得分）" if kept else ""
    return Receipt(
        rule_id="total",
        rule_title="综合得分",
        source=pack.rounding.source or "各指标得分四舍五入保留两位小数后相加",
        inputs={"指标数": str(len(scores)), "沿用报告得分的指标数": str(kept)},
        formula=f"{terms} = {format_score(total)}",
        result=pack.round(total),
        sentence=f"综合得分为 {len(scores)} 项指标得分之和{note}，计 {format_score(total)} 分，"
                 f"评价等级为{grade_rule_text(grade, pack)}",
    )


def score_evaluation(evaluation: Evaluation, pack: RulePack | None = None) -> EvaluationScore:
    """Score every indicator; total = Σ rounded scores; grade from the pack's bands; optional cap.

    ``pack=None`` uses the evaluation's ``rule_pack``, else the default ``central-2020``.
    """
    pack = pack or load_pack(evaluation.rule_pack)
    scores = [score_indicator(ind, pack, evaluation, i) for i, ind in enumerate(evaluation.indicators)]
    receipt = total_receipt(scores, pack)
    total = receipt.result
    cap = apply_cap(evaluation, pack, total)
    if cap is not None:
        total = cap.result
    return EvaluationScore(
        pack_id=pack.id, pack_version=pack.version, indicators=scores, total=total,
        grade=grade_for(total, pack), total_receipt=receipt, stated_total=evaluation.stated_total,
        stated_grade=evaluation.stated_grade, cap_receipt=cap,
        stated_grade_text=evaluation.unkeyed_grade,
    )
