"""A scoring table a viewer ran together into one line, its cells with no separator: "一级指标分值二级指标分值三级
指标分值评价标准…得分投入13预算配置13在职人员控制率5以100%为标准。…". Only the first row is certain (it names its
block, its group and its indicator, each with its weight; later rows name fewer and run into their criteria): the
block's weight and the first indicator are read from it."""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.numbers import to_decimal
from jixiao.readers.extract.facts import Facts, IndicatorDraft, ref
from jixiao.readers.extract.outline import Outline

_HEADER = re.compile(r"(?:分值|权重)\s*二级指标\s*(?:分值|权重)\s*三级指标\s*(?:分值|权重)[^\d]{0,24}?得分\s*")
_NAME = r"([\u4e00-\u9fff]{2,16})"
_WEIGHT = r"(\d{1,3}(?:\.\d{1,2})?)"
_FIRST_ROW = re.compile(_NAME + _WEIGHT + _NAME + _WEIGHT + r"(?:" + _NAME + _WEIGHT + r"(?![\d.%]))?")
_HEADER_WORD = re.compile(r"指标|分值|权重|得分|评价标准|说明")


def run_on_scoring_row(outline: Outline, facts: Facts) -> list[IndicatorDraft]:
    """The first row of a run-together scoring table: its block's weight (into ``stated_block_weights``) and its
    indicator, when the weights nest (block ≥ group ≥ indicator)."""
    for line in outline.lines:
        if "二级指标" not in line.norm:
            continue
        header = _HEADER.search(line.norm)
        row = _FIRST_ROW.match(line.norm, header.end()) if header is not None else None
        if row is None or any(_HEADER_WORD.search(row.group(k) or "") for k in (1, 3, 5)):
            continue
        block, group = to_decimal(row.group(2)), to_decimal(row.group(4))
        if not Decimal(0) < group <= block <= Decimal(100):
            continue
        source = ref(line.location, line.text[row.start(): row.end()])
        blocks = facts.values.setdefault("stated_block_weights", {})
        blocks.setdefault(row.group(1), block)
        facts.refs.setdefault("stated_block_weights", source)
        weight = to_decimal(row.group(6)) if row.group(6) else None
        if weight is None or not Decimal(0) < weight <= group:
            return []
        draft = IndicatorDraft()
        for field, value in (("name", row.group(5)), ("level1", row.group(1)), ("level2", row.group(3)),
                             ("weight", weight)):
            draft.put(field, value, source)
        return [draft]
    return []
