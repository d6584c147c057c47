"""A money block written with its sources as columns and its figures as rows, the 区域绩效自评表's and a project
sheet's 资金来源 block:

    资金来源（万元） |            | 中央   | 省级  | 县级  | 单位自筹 | 合计
                     | 全年预算数 | 150.00 | 80.00 | 56.00 | 40.00    | 326.00
                     | 全年执行数 | 148.60 | 80.00 | 52.40 | 36.00    | 317.00

(or 年度资金总额 | 中央补助 | 地方资金 over rows 全年预算数（A） / 全年执行数（B） / 执行率（B/A）). Each source column
is a fund row; the total column (合计 / 年度资金总额), when no other table gave them, the budget's figures. Read only
when the sources' 全年预算数 add up to the total (the total column's, else the budget read elsewhere). A 分值 | 得分
pair of columns beside the sources (10 | 9.75 on the 全年预算数 row) is the budget execution's weight and score."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from jixiao.lexicon import pattern
from jixiao.numbers import WRITTEN_FIGURE, parse_money, to_decimal
from jixiao.readers.document import Table
from jixiao.readers.extract.budget_figures import tidy
from jixiao.readers.extract.facts import Facts, IndicatorDraft, cell_ref
from jixiao.readers.textnorm import compact

_SOURCE = pattern("fund_rows.source_column")  # a source column's head (中央, 省级财政补助资金, 单位自筹 …)
_ROWS = (("initial", re.compile(r"年初预算")), ("adjusted", re.compile(r"全年预算|调整后预算|预算数")),
         ("executed", re.compile(r"全年执行|执行数|实际支出")), ("rate", re.compile(r"执行率")))
_AMOUNT = re.compile(rf"^-?{WRITTEN_FIGURE}$")
_SCORES = {"weight": re.compile(r"^(?:分值|权重|满分)$"), "stated_score": re.compile(r"^(?:得分|自评分|自评得分)$")}


def _header(row: list[str]) -> tuple[dict[int, str], int | None]:
    sources: dict[int, str] = {}
    total = None
    for col, cell in enumerate(row):
        key = compact(cell)
        if col and row[col - 1] == cell:
            continue  # a merged cell repeated
        if _SOURCE.match(key):
            sources[col] = re.sub(r"[（(]?万?元[）)]?$", "", cell.strip())
        elif total is None and pattern("fund_rows.total").match(key):
            total = col
    return sources, total


def _figures(table: Table, start: int, first: int) -> dict[str, int]:
    """The rows under the header naming a figure (全年预算数 …) in a cell left of the first amount column."""
    found: dict[str, int] = {}
    for r in range(start, min(start + 4, len(table.rows))):
        label = compact("".join(dict.fromkeys(table.rows[r][:first])))
        kind = next((k for k, pattern in _ROWS if pattern.search(label)), None)
        if kind is None:
            break
        found.setdefault(kind, r)
    return found


def fund_source_columns(tables: list[Table], facts: Facts) -> list[IndicatorDraft]:
    """The fund rows of the first such block (none when fund rows were read elsewhere), and the 预算执行率 draft its
    分值 / 得分 columns give, if any."""
    if facts.has("budget.fund_rows"):
        return []
    for table in tables:
        for h, row in enumerate(table.rows):
            sources, total = _header(row)
            if len(sources) < 2:
                continue
            unit = "元" if any(re.search(r"[（(]元[）)]", c) for c in row) else "万元"
            figures = _figures(table, h + 1, min([*sources, *([total] if total is not None else [])]))
            if "adjusted" not in figures:
                continue
            if _read(table, sources, total, figures, unit, facts):
                return _scored(table, h, figures, facts)
    return []


def _scored(table: Table, h: int, figures: dict[str, int], facts: Facts) -> list[IndicatorDraft]:
    cols = {key: next((c for c, cell in enumerate(table.rows[h]) if pattern.match(compact(cell))), None)
            for key, pattern in _SCORES.items()}
    weight_col, score_col = cols["weight"], cols["stated_score"]
    if weight_col is None or score_col is None:
        return []
    r = figures["adjusted"]
    draft = IndicatorDraft(placed=False)
    for key, col in (("weight", weight_col), ("stated_score", score_col)):
        cell = table.rows[r][col].strip() if col < len(table.rows[r]) else ""
        if not _AMOUNT.match(cell):
            return []
        if key == "weight":
            draft.put("name", "预算执行率", cell_ref(table, h, col, table.rows[h][col]))
        draft.put(key, to_decimal(cell), cell_ref(table, r, col, cell))
    rate = facts.get("budget.stated_execution_rate")
    if isinstance(rate, Decimal):  # (where the rate was read, not a cell of this block)
        draft.put("actual", {"value": rate, "unit": "%"}, facts.refs["budget.stated_execution_rate"])
    return [draft]


def _amount(table: Table, r: int, col: int, unit: str) -> Decimal | None:
    cell = table.rows[r][col].strip() if col < len(table.rows[r]) else ""
    if not _AMOUNT.match(cell.replace(" ", "")):
        return None
    return tidy(parse_money(cell, unit)[0])


def _read(table: Table, sources: dict[int, str], total: int | None, figures: dict[str, int], unit: str,
          facts: Facts) -> bool:
    rows: list[dict[str, Any]] = []
    for col, name in sources.items():
        entry: dict[str, Any] = {"name": name}
        for kind in ("initial", "adjusted", "executed"):
            value = _amount(table, figures[kind], col, unit) if kind in figures else None
            if value is not None:
                entry[kind] = value
        if "adjusted" in entry:
            rows.append(entry)
    whole = _amount(table, figures["adjusted"], total, unit) if total is not None else facts.get("budget.adjusted")
    if len(rows) < 2 or not isinstance(whole, Decimal) or sum(r["adjusted"] for r in rows) != whole:
        return False
    r0 = figures["adjusted"]
    facts.put("budget.fund_rows", rows, cell_ref(table, r0, min(sources), " | ".join(table.rows[r0])))
    if total is None:
        return True
    for kind in ("initial", "adjusted", "executed"):
        value = _amount(table, figures[kind], total, unit) if kind in figures else None
        if value is not None and not facts.has(f"budget.{kind}"):
            facts.put(f"budget.{kind}", value, cell_ref(table, figures[kind], total, table.rows[figures[kind]][total]))
    if "rate" in figures and not facts.has("budget.stated_execution_rate"):
        cell = table.rows[figures["rate"]][total].strip()
        if cell.endswith("%") and _AMOUNT.match(cell[:-1]):
            where = cell_ref(table, figures["rate"], total, cell)
            facts.put("budget.stated_execution_rate", to_decimal(cell[:-1]), where)
    return True
