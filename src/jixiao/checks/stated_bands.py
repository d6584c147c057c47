"""The grade bands a report states for its own total (``Evaluation.stated_grade_bands``): the grades they give a
total under every reading of their wording, how they read, and whether they are the pack's."""

from __future__ import annotations

from decimal import Decimal

from jixiao.model import Grade, StatedGradeBand
from jixiao.numbers import format_number
from jixiao.scoring.packs import RulePack

_ONE = Decimal(1)


def own_grades(total: Decimal, bands: list[StatedGradeBand], pack: RulePack) -> set[Grade]:
    """The grades the report's bands give ``total`` (rounded as the pack rounds): one, or two at a bound whose
    wording leaves open which side it falls on ("90分以上"); none when the total falls in no band it states.

    A band reaches up to the next band's bottom when its stated top adjoins it ("80-89分" under "90分以上": 89.5
    is 良), else to its stated top ("60分以下" with nothing stated between 60 and 90)."""
    rounded = pack.round(total)
    ordered = sorted(bands, key=lambda band: band.min, reverse=True)
    out: set[Grade] = set()
    for i, band in enumerate(ordered):
        if rounded < band.min or (rounded == band.min and band.min_inclusive is False):
            continue
        above = ordered[i - 1] if i else None
        if above is not None and (band.max is None or band.max + _ONE >= above.min):
            if rounded > above.min or (rounded == above.min and above.min_inclusive is True):
                continue
        elif band.max is not None and rounded >= band.max:
            if rounded > band.max:
                continue
            out.update(_ABOVE[band.grade])  # at a stated top ("<90" or "-90") with no band stated above: either side
        out.add(band.grade)
    return out


_ORDER = [Grade.POOR, Grade.FAIR, Grade.GOOD, Grade.EXCELLENT]
_ABOVE = {grade: set(_ORDER[i + 1:]) for i, grade in enumerate(_ORDER)}


def stated_bands_text(bands: list[StatedGradeBand]) -> str:
    """``优 ≥ 90、良 ≥ 80、中 ≥ 60`` (``>`` where the bound itself is excluded, ``以上`` where the wording leaves
    it open; the band from 0 goes without saying, as do the tops)."""
    signs = {True: " ≥ ", False: " > ", None: " "}
    ordered = sorted(bands, key=lambda band: band.min, reverse=True)
    return "、".join(f"{band.grade.value}{signs[band.min_inclusive]}{format_number(band.min)}"
                     + ("以上" if band.min_inclusive is None else "") for band in ordered if band.min > 0)


def differ_from_pack(bands: list[StatedGradeBand], pack: RulePack) -> bool:
    """Whether a band the report states starts elsewhere than the pack's band of the same grade (a bound whose
    inclusion the wording leaves open differs only by where it lies)."""
    bottoms = {band.grade: band.min for band in pack.grade_bands}
    return any(bottoms.get(band.grade) != band.min or band.min_inclusive is False for band in bands)
