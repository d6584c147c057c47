"""Rows of a form's money block (年度资金总额 / 其中 rows under 年初预算数 | 全年预算数 | 全年执行数 | 分值 |
执行率 | 得分): the budget, its fund rows and the execution-rate indicator."""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.numbers import to_wan
from jixiao.readers.document import Table
from jixiao.readers.extract.budget import tidy
from jixiao.readers.extract.facts import Facts, IndicatorDraft, cell_ref, ref
from jixiao.readers.extract.table_indicators import row_cell
from jixiao.readers.extract.values import number_in
from jixiao.readers.textnorm import compact, match_text


def money_row(table: Table, r: int, row: list[str], header: dict[str, int], unit: str,
               facts: Facts, total_read: bool) -> tuple[bool, IndicatorDraft | None]:
    """(row was an amounts row, the execution-rate indicator if the row scores it)."""
    first_money = min(c for role, c in header.items() if role in ("initial", "adjusted", "executed"))
    label = compact("".join(dict.fromkeys(row[:first_money])))
    amounts: dict[str, Decimal] = {}
    for role in ("initial", "adjusted", "executed"):
        text = row_cell(row, header, role)
        value = number_in(text)
        if value is not None and re.fullmatch(r"[￥¥]?[\d,.\s]+(万元|元|亿元)?", match_text(text).strip()):
            amounts[role] = tidy(to_wan(value, unit))
    if not amounts:
        return False, None
    if re.search(r"结转", label):
        value = amounts.get("adjusted", amounts.get("initial"))
        if value is not None:
            facts.put("budget.carry_over", value, ref(table.row_location(r), label), "上年结转")
        return True, None
    if total_read or re.search(r"其中|财政拨款|其他资金|其他|自筹|社会资金", label):
        return True, None
    for role, value in amounts.items():
        facts.put(f"budget.{role}", value, cell_ref(table, r, header[role], row_cell(row, header, role)))
    facts.values.setdefault("budget.source_unit", unit)
    rate_text = row_cell(row, header, "rate")
    rate = number_in(rate_text)
    if rate is not None:
        if rate <= 1 and "%" not in rate_text:
            rate = rate * 100
        facts.put("budget.stated_execution_rate", rate, cell_ref(table, r, header["rate"], rate_text),
                  "预算执行率")
    weight = number_in(row_cell(row, header, "rate_weight"))
    if weight is None:
        return True, None
    draft = IndicatorDraft()
    source = cell_ref(table, r, header["rate_weight"], row_cell(row, header, "rate_weight"))
    draft.put("name", "预算执行率", source)
    draft.put("weight", weight, source)
    score = number_in(row_cell(row, header, "rate_score"))
    if score is not None:
        draft.put("stated_score", score, cell_ref(table, r, header["rate_score"], row_cell(row, header, "rate_score")))
    if rate is not None:
        draft.put("actual", {"value": rate, "unit": "%"}, cell_ref(table, r, header["rate"], rate_text))
    return True, draft
