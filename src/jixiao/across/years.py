"""Year over year, for one unit (and project): targets set below last year's actual, targets left
unchanged for three years, narrative sections copied from last year's report.

Each check takes the unit's reports in year order (a *series*) and compares a year only with the
year just before it (or the two before it): a gap in the years is never bridged.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from jixiao.across.findings import AcrossFinding, across_finding, first_per_year
from jixiao.across.record import Figures, ReportRecord, text_key
from jixiao.checks.cross_report import MIN_REPEATED_CHARS, SIMILAR_PERCENT
from jixiao.numbers import format_number

_UPWARD = ("≥", ">")
_DOWNWARD = ("≤", "<")


def _unit(text: str) -> str:
    return text.strip().replace("％", "%")


def _value(value: Decimal, unit: str) -> str:
    return f"{format_number(value)}{unit}"


def _pairs(series: Sequence[ReportRecord]) -> list[tuple[ReportRecord, ReportRecord]]:
    """(last year, this year) for every two consecutive years of the series."""
    years = first_per_year(series)
    return [(years[y - 1], years[y]) for y in sorted(years) if y - 1 in years]


def target_below_last_actual(series: Sequence[ReportRecord]) -> list[AcrossFinding]:
    code = "TARGET_BELOW_LAST_ACTUAL"
    found = []
    for last, this in _pairs(series):
        actuals = {f.key: f for f in last.indicators if f.actual is not None}
        for figures in this.indicators:
            before = actuals.get(figures.key)
            if before is None or figures.target is None or figures.comparator is None or before.actual is None:
                continue
            if _unit(figures.target_unit) != _unit(before.actual_unit):
                continue
            unit = _unit(figures.target_unit)
            target = f"{figures.comparator}{_value(figures.target, unit)}"
            actual = _value(before.actual, unit)
            numbers = {"target": target, "last_actual": actual, "last_year": str(last.year), "last_report": last.key}
            if figures.comparator in _UPWARD and figures.target < before.actual:
                message = (f"指标“{figures.name}”{this.year}年的年度指标值 {target} 低于上年（{last.year}年）"
                           f"实际完成值 {actual}，目标设置偏低")
            elif figures.comparator in _DOWNWARD and figures.target > before.actual:
                message = (f"反向指标“{figures.name}”{this.year}年的年度指标值 {target} 高于上年（{last.year}年）"
                           f"实际完成值 {actual}，目标设置偏松")
            else:
                continue
            found.append(across_finding(this, code, message, figures.place, numbers))
    return found


def _saturated(figures: Figures) -> bool:
    """A target that cannot be raised: ≥100% (a rate), or ≤0 (fires, accidents)."""
    assert figures.target is not None
    if figures.comparator in _UPWARD:
        return _unit(figures.target_unit) == "%" and figures.target >= 100
    return figures.comparator in _DOWNWARD and figures.target <= 0


def target_unchanged(series: Sequence[ReportRecord]) -> list[AcrossFinding]:
    code = "TARGET_UNCHANGED"
    years = first_per_year(series)
    found = []
    for year in sorted(years):
        if year - 1 not in years or year - 2 not in years:
            continue
        runs = [years[year - 2], years[year - 1], years[year]]
        earlier = [{f.key: f for f in record.indicators} for record in runs[:2]]
        for figures in runs[2].indicators:
            if figures.target is None or figures.comparator is None or _saturated(figures):
                continue
            same = [e.get(figures.key) for e in earlier]
            if not all(f is not None and f.target == figures.target and f.comparator == figures.comparator
                       and _unit(f.target_unit) == _unit(figures.target_unit) for f in same):
                continue
            target = f"{figures.comparator}{_value(figures.target, _unit(figures.target_unit))}"
            actuals = [f.actual for f in same if f is not None]
            done = ""
            if all(a is not None for a in actuals) and len(actuals) == 2:
                shown = "、".join(_value(a, _unit(f.actual_unit)) for a, f in zip(actuals, same, strict=True)
                                 if a is not None and f is not None)
                done = f"（{year - 2}、{year - 1}年实际完成值分别为 {shown}）"
            message = (f"指标“{figures.name}”的年度指标值连续三年（{year - 2}—{year}年）均为 {target}，"
                       f"未随完成情况调整{done}")
            found.append(across_finding(runs[2], code, message, figures.place,
                                        {"target": target, "years": f"{year - 2}—{year}"}))
    return found


def text_repeated(series: Sequence[ReportRecord]) -> list[AcrossFinding]:
    from rapidfuzz import fuzz

    code = "TEXT_REPEATED"
    found = []
    for last, this in _pairs(series):
        before = {n.field: n for n in last.narratives}
        for narrative in this.narratives:
            previous = before.get(narrative.field)
            if previous is None:
                continue
            a, b = text_key(narrative.text), text_key(previous.text)
            if min(len(a), len(b)) < MIN_REPEATED_CHARS:
                continue
            similarity = fuzz.ratio(a, b, score_cutoff=SIMILAR_PERCENT)
            if not similarity:
                continue
            percent = f"{int(similarity)}%"
            found.append(across_finding(
                this, code, f"“{narrative.title}”与上年（{last.year}年）报告的同一部分 {percent} 相同，"
                            f"未结合本年度情况撰写", narrative.place,
                {"similarity": percent, "last_year": str(last.year), "last_report": last.key}))
    return found
