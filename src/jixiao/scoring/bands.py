"""Bands: the grade of a total and the score band of a qualitative tier, both from pack data."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from pydantic import ValidationError

from jixiao.model import Evaluation, Grade, Indicator, Tier
from jixiao.numbers import format_number
from jixiao.scoring.packs import GradeBand, QualitativeBands, RulePack, load_pack

HUNDRED = Decimal(100)


def grade_for(total: Decimal, pack: RulePack | None = None) -> Grade:
    """The grade of ``total`` (rounded with the pack's rounding first) from the pack's bands.

    Default bands (central-2020): 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, else 差 [unverified 财预〔2020〕10号].
    """
    pack = pack or load_pack(None)
    return grade_in(total, pack.grade_bands, pack)


def grade_in(total: Decimal, bands: list[GradeBand], pack: RulePack) -> Grade:
    """The grade of ``total`` (rounded with the pack's rounding) in ``bands`` (sorted high to low)."""
    rounded = pack.round(total)
    for band in bands:
        if rounded >= band.min:
            return band.grade
    return bands[-1].grade


def bands_text(bands: list[GradeBand]) -> str:
    """``优 ≥ 85、良 ≥ 75、中 ≥ 60`` — the lower bounds of a banding (the lowest band goes without saying)."""
    return "、".join(f"{band.grade.value} ≥ {format_number(band.min)}" for band in bands if band.min > 0)


def grade_rule_text(grade: Grade, pack: RulePack) -> str:
    """``优（≥ 90）`` — the grade with the band it comes from."""
    for band in pack.grade_bands:
        if band.grade is grade:
            return f"{grade.value}（≥ {format_number(band.min)}）" if band.min > 0 else f"{grade.value}"
    return grade.value


@dataclass(frozen=True)
class Band:
    """The score range a qualitative tier allows: ``[lower, upper]`` or ``[lower, upper)``."""

    tier: Tier
    lower: Decimal
    upper: Decimal
    upper_inclusive: bool

    def contains(self, score: Decimal) -> bool:
        below_top = score <= self.upper if self.upper_inclusive else score < self.upper
        return self.lower <= score and below_top

    def describe(self) -> str:
        close = "]" if self.upper_inclusive else ")"
        return f"[{format_number(self.lower)}, {format_number(self.upper)}{close}"


def qualitative_band(
    tier: Tier, weight: Decimal, bands: QualitativeBands | RulePack | None = None
) -> Band:
    """The band of ``tier`` for an indicator of ``weight``: 达成 [0.8w, w], 部分达成 [0.5w, 0.8w),
    未达成 [0, 0.5w) by default; the pack (or explicit bands, e.g. 80/60) may move the cut-offs."""
    if isinstance(bands, RulePack):
        bands = bands.thresholds.qualitative
    bands = bands or QualitativeBands()
    high = weight * bands.achieved / HUNDRED
    mid = weight * bands.partial / HUNDRED
    if tier is Tier.ACHIEVED:
        return Band(tier, high, weight, True)
    if tier is Tier.PARTIAL:
        return Band(tier, mid, high, False)
    return Band(tier, Decimal(0), mid, False)


def bands_for(indicator: Indicator, pack: RulePack, evaluation: Evaluation | None = None) -> QualitativeBands:
    """The qualitative bands that apply to ``indicator``: its rule's ``bands`` parameter (the
    indicator's ``rule_params`` first), else the pack's ``thresholds.qualitative``."""
    rule = pack.rule_for(indicator, evaluation)
    own = {**(rule.params if rule is not None else {}), **indicator.rule_params}.get("bands")
    if own is not None:
        try:
            return QualitativeBands.model_validate(own)
        except ValidationError:
            pass  # a malformed override is reported by scoring; fall back to the pack's bands
    return pack.thresholds.qualitative
