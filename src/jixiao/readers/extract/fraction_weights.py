"""Weights written as fractions of the whole: a 权重(%) column holding 0.1, 0.15, 0.2 … Each is that share of the
full 100 points (0.1 = 10 分) when, read so, the weights make the full mark (with any weight written in points
elsewhere, as a budget row's 分值 10); the scores written in points (得分 9.5) are then not above their weights."""

from __future__ import annotations

from decimal import Decimal

from jixiao.readers.extract.facts import Facts, IndicatorDraft

_WHOLE = Decimal(1)
_SLACK = Decimal("0.011")  # rounding of the fractions (three of 0.333)
_POINTS = Decimal(100)


def fraction_weights(indicators: list[IndicatorDraft], facts: Facts) -> None:
    """The indicators whose weights are fractions (≤ 1, two or more): each weight × 100 when the fractions and the
    other weights (in points) make 100 points together; their scores too when every one is a fraction at most
    its weight (a form written in fractions throughout). When the fractions alone make the whole but not with the
    weights in points, they are converted still and the weights in points marked guessed (one may be a misread
    cell, a value read as one more indicator): their sum can then only warn."""
    written = [draft.fields.get("weight") for draft in indicators]
    weights = [w for w in written if isinstance(w, Decimal)]
    if len(weights) != len(written):
        return
    shares = [draft for draft, w in zip(indicators, weights, strict=True) if 0 < w <= _WHOLE]
    if len(shares) < 2:
        return
    whole = sum((w if 0 < w <= _WHOLE else w / _POINTS for w in weights), Decimal(0))
    if abs(whole - _WHOLE) > _SLACK:
        if abs(sum((draft.fields["weight"] for draft in shares), Decimal(0)) - _WHOLE) > _SLACK:
            return
        for draft in indicators:  # the shares alone make the whole: a weight in points beside them may be a
            if all(draft is not share for share in shares) and "weight" in draft.refs:  # misread cell: a guess
                draft.refs["weight"] = draft.refs["weight"].model_copy(update={"guessed": True})
    scores = [draft.fields.get("stated_score") for draft in shares]
    fractional = all(isinstance(s, Decimal) and s <= draft.fields["weight"] for s, draft in zip(scores, shares,
                                                                                            strict=True))
    for draft in shares:
        draft.fields["weight"] = draft.fields["weight"] * _POINTS
        if fractional:
            draft.fields["stated_score"] = draft.fields["stated_score"] * _POINTS
    facts.warnings.append("指标权重以小数写出，已按满分 100 分折算为分值（如 0.1 为 10 分）"
                          + ("，得分同样折算" if fractional else ""))
