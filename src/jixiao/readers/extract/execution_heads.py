"""A prose item headed by the money block's own title with its weight, scored by the budget's execution rate:
"（一）预算执行情况（分值10分）。全年预算执行率96.75%，该项得9.68分。" — the corpora name that indicator 预算执行率,
with the rate as its actual (not the text "全年预算执行率96.75%", nor the amount spent in
"（一）资金执行（10分）：…实际支出55.27万元，执行率95.29%，得9.53分。")."""

from __future__ import annotations

import re

from jixiao.numbers import to_decimal
from jixiao.readers.extract.facts import IndicatorDraft

_MONEY_TITLE = re.compile(r"(?:项目)?(?:预算|资金)(?:执行|使用|支出)(?:情况|进度)?")
_RATE = (r"(?:全年|年度|项目|本年)?(?:预算|资金)?(?:执行|支出)率\s*(?:为|达|达到|是|:|：)?\s*"
         r"(\d+(?:\.\d+)?)\s*[%％]")
_RATE_TEXT = re.compile(_RATE)
_MONEY_UNITS = ("元", "万元", "亿元")


def may_be_execution_rate(draft: IndicatorDraft) -> bool:
    """Whether :func:`as_execution_rate` may rename ``draft`` (by its actual); it leaves any other name alone."""
    name = draft.fields.get("name")
    return isinstance(name, str) and _MONEY_TITLE.fullmatch(name.strip()) is not None


def as_execution_rate(draft: IndicatorDraft) -> None:
    """Rename a money-titled item whose actual is the execution rate in words, or an amount beside the one rate its
    narrative states, to 预算执行率, with the rate read as its actual."""
    name, actual = draft.fields.get("name"), draft.fields.get("actual")
    if not isinstance(name, str) or not _MONEY_TITLE.fullmatch(name.strip()):
        return
    text = actual.get("text") if isinstance(actual, dict) and actual.get("value") is None else None
    rate = _RATE_TEXT.fullmatch(text.strip()) if isinstance(text, str) else None
    if rate is None and (actual is None or (isinstance(actual, dict) and actual.get("unit") in _MONEY_UNITS)):
        narrative = draft.fields.get("narrative")
        rates = list(_RATE_TEXT.finditer(narrative)) if isinstance(narrative, str) else []
        rate = rates[0] if len(rates) == 1 else None  # two rates (this year's and last's): which one is unsaid
        if rate is not None and "narrative" in draft.refs:
            draft.refs["actual"] = draft.refs["narrative"].model_copy(update={"text": rate.group(0)})
    if rate is None:
        return
    draft.fields["name"] = "预算执行率"
    draft.fields["actual"] = {"value": to_decimal(rate.group(1)), "unit": "%"}
