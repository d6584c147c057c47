"""The 预算执行率 indicator's actual when its own row gave no figure: the execution rate the budget stated."""

from __future__ import annotations

from decimal import Decimal

from jixiao.readers.extract.facts import Facts, IndicatorDraft


def rate_as_actual(indicators: list[IndicatorDraft], facts: Facts) -> None:
    """"预算执行率：分值10分，得分9.77分" (or a scored row with an empty or worded 实际完成值) in a report whose
    budget sentence or money block stated "执行率97.69%": that rate is the indicator's actual (it names no other)."""
    rate = facts.get("budget.stated_execution_rate")
    if not isinstance(rate, Decimal):
        return
    for draft in indicators:
        actual = draft.fields.get("actual")
        if draft.name == "预算执行率" and (not isinstance(actual, dict) or actual.get("value") is None):
            draft.fields["actual"] = {"value": rate, "unit": "%"}
            draft.refs["actual"] = facts.refs["budget.stated_execution_rate"]
