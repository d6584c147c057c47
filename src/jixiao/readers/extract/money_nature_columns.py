"""A whole-unit money block whose stages spread over spending columns: 年初预算数 | 全年预算数 | 全年执行数, each over
合计 | 基本支出 | 项目支出 in a second header row. Each stage's amount is its 合计 column's; the 全年执行数's 基本支出
and 项目支出 columns are the year's spending by nature (the block's first row of amounts: its total row). The other
way round — a row a stage, 合计 | 基本支出 | 项目支出 as the columns — the 全年执行数 row's cells are the same
spending."""

from __future__ import annotations

from decimal import Decimal

from jixiao.lexicon import pattern
from jixiao.numbers import to_wan
from jixiao.readers.document import Table
from jixiao.readers.extract.budget_figures import tidy
from jixiao.readers.extract.facts import Facts, cell_ref
from jixiao.readers.extract.table_columns import money_header, money_role
from jixiao.readers.extract.values import number_in
from jixiao.readers.textnorm import compact

_NATURE = ("基本支出", "项目支出")
_STAGES = ("initial", "adjusted", "executed")


def _total_word(text: str) -> bool:
    return pattern("sum_row").fullmatch(text) is not None


def nature_sub_header(table: Table, r: int, header: dict[str, int]) -> tuple[dict[str, int], dict[str, int]] | None:
    """When the row under the money header ``header`` (at ``r``) splits each stage into 合计 / 基本支出 / 项目支出:
    the header with each stage at its 合计 column, and the 全年执行数's 基本支出 / 项目支出 columns; else None."""
    if r + 1 >= len(table.rows) or "executed" not in header:
        return None
    sub = [compact(cell) for cell in table.rows[r + 1]]
    starts = sorted(header.values())
    moved = dict(header)
    parts: dict[str, int] = {}
    for role in _STAGES:
        if role not in header:
            continue
        start = header[role]
        end = next((c for c in starts if c > start), len(sub))
        span = {sub[c]: c for c in range(start, min(end, len(sub))) if sub[c]}
        totals = [c for word, c in span.items() if _total_word(word)]
        if len(totals) != 1 or not all(word in span for word in _NATURE):
            return None
        moved[role] = totals[0]
        if role == "executed":
            parts = {word: span[word] for word in _NATURE}
    return moved, parts


def spending_by_columns(table: Table, r: int, parts: dict[str, int], total_col: int, unit: tuple[str, bool],
                        facts: Facts) -> None:
    """The spending items from the block's total row below the sub-header at ``r`` (``parts``: nature → column),
    their total from the 全年执行数's 合计 column; ``unit``: the column's money unit and whether it is a guess."""
    at = _total_row(table, r, total_col)
    if at is not None:
        _put(table, at, parts, total_col, unit, facts)


def _total_row(table: Table, r: int, total_col: int) -> int | None:
    """The block's row of the unit's whole money among the rows of amounts under the sub-header at ``r``: the one
    labelled 合计 / 总计 ("财政拨款 | … ; 其他资金 | … ; 合计 | …": the sources first, their sum last), else the first
    when the rows after it are its parts ("部门预算资金 | … ; 其中：财政拨款 | …"); None when neither (rows of
    sources and no sum: no row is the unit's whole)."""
    start = next((b for b in range(r + 1, len(table.rows)) if _cell(table.rows[b], total_col) is not None), None)
    if start is None:
        return None
    end = next((b for b in range(start, len(table.rows)) if _cell(table.rows[b], total_col) is None), len(table.rows))
    labels = {b: next((compact(cell) for cell in table.rows[b] if compact(cell)), "") for b in range(start, end)}
    summed = [b for b, label in labels.items() if _total_word(label)]
    if summed:
        return summed[0]
    rest = [b for b in labels if b != start]
    parts = sum((_cell(table.rows[b], total_col) or Decimal(0) for b in rest), Decimal(0))
    if not rest or all(labels[b].startswith("其中") for b in rest) or parts == _cell(table.rows[start], total_col):
        return start
    return None


def spending_by_stage_rows(table: Table, unit: str | None, facts: Facts) -> None:
    """"预算资金 | 合计 | 基本支出 | 项目支出" over a row a stage: the 全年执行数 row's 基本支出 / 项目支出 cells
    are the spending items, its 合计 cell their total."""
    if facts.has("budget.expenditure_items"):
        return
    for r, row in enumerate(table.rows):
        heads = {compact(cell): c for c, cell in enumerate(row) if compact(cell)}
        total_col = next((c for word, c in heads.items() if _total_word(word)), None)
        if total_col is None or not all(word in heads for word in _NATURE):
            continue
        for below in range(r + 1, len(table.rows)):
            label = next((compact(cell) for cell in table.rows[below] if compact(cell)), "")
            if money_role(label) == "executed":
                _put(table, below, {word: heads[word] for word in _NATURE}, total_col, (unit or "万元", unit is None),
                     facts)
                return


def _cell(row: list[str], col: int) -> Decimal | None:
    return number_in(row[col]) if col < len(row) else None


def _put(table: Table, r: int, parts: dict[str, int], total_col: int, unit: tuple[str, bool], facts: Facts) -> None:
    """Row ``r``'s parts and total, in 万元 from ``unit`` (its name, and whether it is a guess: the table states
    none); nothing when a cell holds no amount."""
    (written, guess), row = unit, table.rows[r]
    total = _cell(row, total_col)
    amounts = {word: _cell(row, col) for word, col in parts.items()}
    if total is None or any(amount is None for amount in amounts.values()):
        return
    found = [{"name": word, "amount": tidy(to_wan(amount, written))}
             for word, amount in amounts.items() if amount is not None]
    guessed = {"guessed": guess}
    facts.put("budget.expenditure_total", tidy(to_wan(total, written)),
              cell_ref(table, r, total_col, row[total_col].strip()).model_copy(update=guessed))
    first = min(parts.values())
    source = cell_ref(table, r, first, row[first].strip())
    facts.put("budget.expenditure_items", found, source.model_copy(update=guessed))


def tabbed_nature_split(lines: list[str]) -> set[int]:
    """The lines of a tab-separated money block whose stages spread over 合计 / 基本支出 / 项目支出 (its header, the
    second header row and the rows under it, up to the first line not on tabs): read as one table of cells, as
    written, not re-cut as flattened text (which takes the two header rows for a header and a row)."""
    out: set[int] = set()
    for i, raw in enumerate(lines[:-1]):
        if raw.count("\t") < 2 or "\t" not in lines[i + 1] or i in out:
            continue
        rows = [line.split("\t") for line in lines[i: i + 2]]
        header = money_header(rows[0])
        if header is None or nature_sub_header(Table(rows, ""), 0, header) is None:
            continue
        end = i
        while end < len(lines) and lines[end].count("\t") >= 2:
            out.add(end)
            end += 1
    return out
