"""A prose item headed by the money block's own title with its weight, scored by the budget's execution rate:
"（一）预算执行情况（分值10分）。全年预算执行率96.75%，该项得9.68分。" — the corpora name that indicator 预算执行率,
with the rate as its actual (not the text "全年预算执行率96.75%")."""

from __future__ import annotations

import re

from jixiao.numbers import to_decimal
from jixiao.readers.extract.facts import IndicatorDraft

_MONEY_TITLE = re.compile(r"(?:项目)?(?:预算|资金)(?:执行|使用|支出)(?:情况|进度)?")
_RATE_TEXT = re.compile(r"(?:全年|年度|项目|本年)?(?:预算|资金)?(?:执行|支出)率\s*(?:为|达|达到|是|:|：)?\s*"
                        r"(\d+(?:\.\d+)?)\s*[%％]")


def may_be_execution_rate(draft: IndicatorDraft) -> bool:
    """Whether :func:`as_execution_rate` may rename ``draft`` (by its actual); it leaves any other name alone."""
    name = draft.fields.get("name")
    return isinstance(name, str) and _MONEY_TITLE.fullmatch(name.strip()) is not None


def as_execution_rate(draft: IndicatorDraft) -> None:
    """Rename a money-titled item whose actual is only the execution rate in words to 预算执行率, with the rate read."""
    name, actual = draft.fields.get("name"), draft.fields.get("actual")
    if not isinstance(name, str) or not _MONEY_TITLE.fullmatch(name.strip()) or not isinstance(actual, dict):
        return
    text = actual.get("text")
    rate = _RATE_TEXT.fullmatch(text.strip()) if isinstance(text, str) and actual.get("value") is None else None
    if rate is None:
        return
    draft.fields["name"] = "预算执行率"
    draft.fields["actual"] = {"value": to_decimal(rate.group(1)), "unit": "%"}
