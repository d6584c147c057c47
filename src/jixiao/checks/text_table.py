"""A figure stated twice with different values: in the text and in the table (domain notes §9), or
twice in one of them — total, grade, budget figures, an indicator's score."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from jixiao.checks.context import CheckContext
from jixiao.checks.finding import Finding, Severity
from jixiao.checks.registry import check
from jixiao.checks.robust import get_path
from jixiao.lexicon import field_label
from jixiao.model import GRADE_SYNONYMS, Evaluation, Grade, Reading, SourceRef
from jixiao.numbers import format_number, to_decimal

CODE = "TEXT_TABLE_MISMATCH"
_WAN = Decimal(10000)
_HUNDRED = Decimal(100)
_ROW = re.compile(r"^表\d+第\d+行(?=第\d+列)")


def _place(ref: SourceRef | None) -> str:
    if ref is None or not ref.location:
        return "一处"
    kind = "表格" if "表" in ref.location else "正文"
    return f"{kind}（{ref.location}）"


def _other(value: Any, text: str) -> Any:
    """The other statement as a value of the same kind, or None when it cannot be compared."""
    text = text.strip()
    if isinstance(value, Grade):
        return GRADE_SYNONYMS.get(text)
    if isinstance(value, (Decimal, int)) and not isinstance(value, bool):
        try:
            return to_decimal(text.rstrip("%％分万元人个"))
        except ValueError:
            return None
    return None


def _differ(path: str, first: Any, other: Any, evaluation: Evaluation, tolerance: Decimal) -> bool:
    if isinstance(first, Grade):
        return bool(first is not other)
    first, other = Decimal(first), Decimal(other)
    if abs(first - other) <= tolerance:
        return False
    if path.startswith("budget.") and first and other and max(first, other) / min(first, other) == _WAN:
        return False  # the same amount in 元 and in 万元: a unit matter (MIXED_UNITS), not two figures
    full = evaluation.full_mark or _HUNDRED
    return not (path == "stated_total" and other == full)  # 总分100分 is the full mark, not a total


def _parts_of(evaluation: Evaluation, tolerance: Decimal) -> set[str]:
    """Where the parts of a breakdown were read: the other statements of an amount that together add up
    to it (三个子项目 420 + 360 + 520 = 项目 1300) are its parts, not the amount restated, and every other
    figure read at those places (a part's own 执行率) belongs to its part too."""
    places: set[str] = set()
    for path, readings in evaluation.alternatives.items():
        first = get_path(evaluation, path)
        if len(readings) < 2 or not path.startswith("budget.") or not isinstance(first, Decimal):
            continue
        values = [_other(first, reading.value) for reading in readings]
        if all(v is not None for v in values) and abs(sum(values, Decimal(0)) - first) <= tolerance:
            places |= {reading.source.location for reading in readings if reading.source is not None}
    return places | {row for place in places if (row := _row_of(place))}


def _row_of(location: str) -> str:
    """The table row of a cell's location ("表2第2行第5列" → "表2第2行"): a part's row holds its own figures."""
    match = _ROW.match(location)
    return match.group() if match else ""


def _in_parts(source: SourceRef | None, parts: set[str]) -> bool:
    if source is None:
        return False
    row = _row_of(source.location)
    return source.location in parts or (bool(row) and row in parts)


def _same_statement(here: SourceRef | None, there: SourceRef | None) -> bool:
    """Two figures quoted differently from one place (one sentence: 编制92人，其中在职63人) are two
    quantities, not one figure stated twice. (The very same quote is the first statement itself, as
    :mod:`jixiao.checks.robust` hands it back when it tries the document read the other way round.)"""
    return (here is not None and there is not None and bool(here.location) and here.location == there.location
            and here.text != there.text)


def _read_as_another_fact(evaluation: Evaluation, path: str, reading: Reading, other: Decimal) -> bool:
    """The words of ``reading`` were read as another fact with the same figure: 收入合计2,765.18万元 is
    the income total, not the 全年预算 restated."""
    quote = reading.source.text if reading.source is not None else ""
    if not quote:
        return False
    for key, ref in evaluation.provenance.items():
        if key == path or ref.location != reading.source.location or not ref.text:
            continue
        value = get_path(evaluation, key)
        if isinstance(value, (Decimal, int)) and not isinstance(value, bool) and Decimal(value) == other \
                and (quote in ref.text or ref.text in quote):
            return True
    return False


def _shown(value: Any) -> str:
    return value.value if isinstance(value, Grade) else format_number(Decimal(value))


@check(CODE, Severity.ERROR, "文字与表格所列数字不一致",
       "同一数字在报告正文和自评表（或同一文件的两处）应一致：综合得分、评价等级、预算金额、执行率、各指标得分。"
       "两处不同即报告自相矛盾，须确认以哪处为准。满分（总分100分）不是得分，同一金额以元和万元分写不算两数；"
       "同一句中的两个数（编制92人，其中在职63人）是两个量，加总恰为该数的几处（各子项目的预算）是它的组成部分，同一处已读作另一项的数（收入合计）是那一项，都不算。")
def text_table_mismatch(evaluation: Evaluation, ctx: CheckContext) -> list[Finding]:
    findings = []
    parts = _parts_of(evaluation, ctx.limits.tolerance)
    for path, readings in evaluation.alternatives.items():
        first = get_path(evaluation, path)
        if first is None:
            continue
        here = ctx.read_at(path)
        for reading in readings:
            if _same_statement(here, reading.source) or _in_parts(reading.source, parts):
                continue
            other = _other(first, reading.value)
            if other is None or not _differ(path, first, other, evaluation, ctx.limits.tolerance):
                continue
            if isinstance(other, Decimal) and _read_as_another_fact(evaluation, path, reading, other):
                continue
            label = field_label(path)
            numbers = {"first": _shown(first), "other": _shown(other)}
            findings.append(ctx.finding(
                CODE, f"{label}：{_place(here)}为 {numbers['first']}，{_place(reading.source)}为 {numbers['other']}",
                path, numbers,
                facts=[ctx.fact(path, numbers["first"]), ctx.fact(path, numbers["other"], source=reading.source)],
                arithmetic=f"{numbers['first']} ≠ {numbers['other']}"))
    return findings
