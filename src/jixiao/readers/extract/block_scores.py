"""A table of block scores beside the indicator table: "评价内容 | 分值 | 得分" with rows 预算执行率 10 9.58 /
产出指标 50 48 / 效益指标 30 29 / 满意度指标 10 9.5 / 合计 100 96.08. Its 一级 rows are the blocks' weights, never
indicators; its money row is 预算执行率, whose actual is the rate the money block states."""

from __future__ import annotations

import re

from jixiao.lexicon import pattern
from jixiao.readers.document import Table
from jixiao.readers.extract.facts import Facts, IndicatorDraft, cell_ref
from jixiao.readers.extract.table_indicator_cells import row_cell
from jixiao.readers.extract.table_total_row import TOTAL_ROW
from jixiao.readers.extract.values import number_in
from jixiao.readers.textnorm import compact

# the money block's row: 预算执行率 / 预算执行 / 预算执行情况 / 资金执行率 / 执行率
_MONEY_ROW = re.compile(r"(?:项目)?(?:预算|资金)?执行(?:率|情况)?")
_DETAIL = ("level1", "level2", "target", "actual")  # an indicator table's columns: not a block summary


def block_score_rows(table: Table, start: int, header: dict[str, int]) -> dict[int, str]:
    """Row → "block" / "money" for the rows under the header at ``start`` when every one up to the 合计 row names a
    一级 block (two at least) or the money block; empty for any other table."""
    if any(role in header for role in _DETAIL) or not {"name", "weight", "score"} <= header.keys():
        return {}
    rows: dict[int, str] = {}
    for r in range(start + 1, len(table.rows)):
        name = compact(row_cell(table.rows[r], header, "name"))
        if not name:
            continue
        if TOTAL_ROW.match(name):
            break
        kind = "block" if pattern("levels.level1").match(name) else "money" if _MONEY_ROW.fullmatch(name) else None
        if kind is None:
            return {}
        rows[r] = kind
    return rows if sum(kind == "block" for kind in rows.values()) >= 2 else {}


def read_block_row(table: Table, r: int, kind: str, header: dict[str, int], facts: Facts) -> IndicatorDraft | None:
    """A block's weight into ``stated_block_weights``; the money row as the 预算执行率 draft (weight, score, and the
    stated execution rate as its actual)."""
    row = table.rows[r]
    name = row_cell(row, header, "name")
    weight = number_in(row_cell(row, header, "weight"))
    if weight is None:
        return None
    if kind == "block":
        if name not in facts.get("stated_block_weights", {}):
            weight_at = cell_ref(table, r, header["weight"], row[header["weight"]])
            facts.put_entry("stated_block_weights", name, weight, weight_at)
        return None
    draft = IndicatorDraft(placed=False)
    draft.put("name", "预算执行率", cell_ref(table, r, header["name"], name))
    draft.put("weight", weight, cell_ref(table, r, header["weight"], row[header["weight"]]))
    score = number_in(row_cell(row, header, "score"))
    if score is not None:
        draft.put("stated_score", score, cell_ref(table, r, header["score"], row[header["score"]]))
    rate = facts.get("budget.stated_execution_rate")
    if rate is not None:
        draft.put("actual", {"value": rate, "unit": "%"}, facts.refs["budget.stated_execution_rate"])
    return draft
