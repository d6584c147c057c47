"""Merging indicators found in prose with those found in tables (same name → one indicator)."""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

from jixiao.readers.extract.facts import IndicatorDraft, same_value
from jixiao.readers.textnorm import compact

_LABELS = {"weight": "分值", "stated_score": "得分", "stated_deduction": "扣分", "target": "指标值", "actual": "完成值"}


@lru_cache(maxsize=4096)
def _key(name: str) -> str:
    return compact(name)


def _find(drafts: list[IndicatorDraft], name: str, loose: list[IndicatorDraft] | None = None
          ) -> IndicatorDraft | None:
    """The draft of the same name; else, among ``loose`` (default: all), one whose name holds this one
    or is held by it (prose shortens names; two rows of one table may share words)."""
    key = _key(name)
    for draft in drafts:
        if _key(draft.name) == key:
            return draft
    for draft in drafts if loose is None else loose:
        other = _key(draft.name)
        if key and other and (key in other or other in key) and min(len(key), len(other)) >= 4:
            return draft
    return None


def merge_indicators(prose: list[IndicatorDraft], tables: list[IndicatorDraft], warnings: list[str],
                     mentions: list[IndicatorDraft] | None = None) -> list[IndicatorDraft]:
    """Prose indicators first, table rows matched to them by name (or appended); ``mentions``
    (prose about an indicator that states no weight) only add what is still missing."""
    merged = list(prose)
    for draft in tables:
        match = _find(merged, draft.name, loose=prose)
        if match is None or (match not in prose and _other_level2(match, draft)):
            merged.append(draft)
            continue
        if not match.placed and draft.placed and _two_rates(match, draft):
            merged.append(draft)
            continue
        if not match.placed and draft.placed:
            # a money block's 预算执行率 met before the indicator table: the table's row says where it stands
            merged.remove(match)
            merged.append(match)
            match.placed = True
            if "number" in draft.fields:
                match.fields["number"], match.refs["number"] = draft.fields["number"], draft.refs["number"]
        for field, value in draft.fields.items():
            if field in ("name", "number"):
                continue
            if field not in match.fields or (field == "level2" and _key(str(match.fields["level2"]))
                                             == _key(str(draft.fields.get("level1", "")))):
                # (a prose heading "（三）满意度指标。" taken for the 二级 of a row the table puts under that 一级)
                match.fields[field] = value
                match.refs[field] = draft.refs[field]
            elif field in _LABELS and _differs(match.fields[field], value):
                warnings.append(
                    f"指标“{match.name}”的{_LABELS[field]}前后不一致：{match.refs[field].location}为"
                    f"“{_show(match.fields[field])}”，{draft.refs[field].location}为“{_show(value)}”，采用前者"
                )
    level1s = {_key(str(d.fields["level1"])) for d in tables if d.fields.get("level1")}
    # "（一）产出指标。…，产出指标满分50分，得分48分。" beside a table whose rows stand under that 一级: the block's
    # summary, not one more indicator
    # (the name first: with no 一级 in the tables, no draft is compared field by field with the prose's)
    merged = [d for d in merged if not ("level1" not in d.fields and _key(d.name) in level1s and d in prose)]
    for mention in mentions or []:
        match = _find(merged, mention.name)
        if match is None:
            continue
        mention.complete()
        for field, value in mention.fields.items():
            if field not in match.fields and field not in ("number",):
                match.fields[field] = value
                match.refs[field] = mention.refs[field]
    _number(merged)
    return merged


def _other_level2(first: IndicatorDraft, row: IndicatorDraft) -> bool:
    """Two table rows of one name under two 二级 ("成本指标 | 某设施 | 52万元" and "经济效益指标 | 某设施 | 降低成本"):
    two indicators the form names alike, not one row read twice."""
    one, other = first.fields.get("level2"), row.fields.get("level2")
    return bool(one) and bool(other) and _key(str(one)) != _key(str(other))


def _two_rates(money: IndicatorDraft, row: IndicatorDraft) -> bool:
    """A money block's 预算执行率 (its weight and the rate reached) and a table row of the same name under levels of
    its own that states another target and actual ("时效指标 | 预算执行率 | 100% | 100%" beside a money row of
    76 %, the row's 分值 / 得分 merged over its block): two indicators of one name, not one read twice. A row stating
    its own weight or score is the money row's indicator placed in the table (its figures read again)."""
    return all(f in row.fields for f in ("level2", "target", "actual")) and "level2" not in money.fields \
        and "weight" not in row.fields and "stated_score" not in row.fields \
        and "actual" in money.fields and _differs(money.fields["actual"], row.fields["actual"])


def _differs(a: object, b: object) -> bool:
    if isinstance(a, dict) and isinstance(b, dict):
        keys = ("value", "comparator")
        return any(k in a and k in b and not same_value(a[k], b[k]) for k in keys)
    return not same_value(a, b)


def _show(value: object) -> str:
    if isinstance(value, dict):
        return f"{value.get('comparator', '')}{value.get('value', value.get('text', ''))}{value.get('unit', '')}"
    if isinstance(value, Decimal):
        return format(value.normalize(), "f") if value == value.to_integral_value() else str(value)
    return str(value)


def _number(drafts: list[IndicatorDraft]) -> None:
    # as the document numbers them, a number used twice too; a money block's 预算执行率 (read outside
    # the numbered table) carries none and leaves the table's numbers as they are
    numbers = [d.fields.get("number") for d in drafts if d.placed or "number" in d.fields]
    if all(isinstance(n, int) for n in numbers):
        return
    for position, draft in enumerate(drafts, start=1):
        draft.fields["number"] = position
        draft.refs.pop("number", None)
