"""Amounts side by side over fund rows, flattened: "计划投资额（万元） | 150 | 实际到位资金（万元） | 142.6 |
实际使用情况（万元） | 138.25" and under it each source repeated under each amount ("省财政预算 | 60 | 省财政预算 |
60 | 省财政预算 | 58.4"; a source with no amounts, "其中：中央财政" three times, when nothing came from it), one cell
a line, a row a spaced line or the whole run on one line. The label reader took a pair or two and left the rest
text; put back in rows they are the table a Word file gives, whose fund rows
:func:`jixiao.readers.extract.table_amounts.side_by_side_funds` reads.

The head is pairs of an amount's label (:func:`~jixiao.readers.extract.table_amounts.amount_field`: a budget, what
was spent, or a label stating its unit) and its figure, a budget and what was spent among them; each row below one
source's name before each amount's figure (the name the same every time), or the name alone as often as there are
amounts. The block ends at the first cell that does not fit; a fund row with figures at least, or no table."""

from __future__ import annotations

from collections.abc import Sequence

from jixiao.readers.cells import AMOUNT_KINDS, Kind, kind
from jixiao.readers.extract.table_amounts import amount_field
from jixiao.readers.flat_table_cells import FlatTable
from jixiao.readers.flat_token import Token

_FIELDS = ("budget.initial", "budget.adjusted", "budget.executed")
_NAME = 20  # characters in a source's name at most


def _cells(tokens: Sequence[Token], i: int, limit: int) -> tuple[list[tuple[str, int]], list[int]]:
    """Up to ``limit`` written cells from tokens[i] (a spaced token's parts each a cell, empty cells passed), with
    their lines, and the index after each cell's token."""
    out: list[tuple[str, int]] = []
    after: list[int] = []
    while i < len(tokens) and len(out) < limit:
        text = tokens[i].text.strip()
        if text:
            parts = text.split() if " " in text and all(kind(p) is Kind.TEXT for p in text.split()) else [text]
            out.extend((part, tokens[i].line) for part in parts)
            after.extend([i + 1] * len(parts))
        i += 1
    return out, after


def _is_amount_label(text: str) -> str | None:
    field, _ = amount_field(text) if kind(text) is Kind.TEXT else (None, None)
    return field if field in _FIELDS else None


def side_funds(tokens: Sequence[Token], i: int) -> tuple[FlatTable, int] | None:
    """The amounts side by side from tokens[i] with the fund rows under them and the index after the block, or
    None."""
    cells, after = _cells(tokens, i, 12)
    fields: list[str] = []
    for k in range(0, len(cells) - 1, 2):
        field, unit = amount_field(cells[k][0]) if kind(cells[k][0]) is Kind.TEXT else (None, None)
        if (field not in _FIELDS and unit is None) or (field and field in fields) \
                or kind(cells[k + 1][0]) not in AMOUNT_KINDS:
            break
        fields.append(field or unit or "")  # (实际到位资金（万元）: an amount of no budget field, read past)
    if "budget.executed" not in fields or not {"budget.initial", "budget.adjusted"} & set(fields):
        return None
    width = 2 * len(fields)
    block = FlatTable()
    block.add([text for text, _ in cells[:width]], [line for _, line in cells[:width]])
    end = after[width - 1]
    funded = False
    while True:
        row, row_after = _cells(tokens, end, width)
        names = {text for text, _ in row[::2]}
        if len(row) == width and len(names) == 1 and _source(row[0][0]) \
                and all(kind(text) in AMOUNT_KINDS for text, _ in row[1::2]):
            block.add([text for text, _ in row], [line for _, line in row])
            funded = True
            end = row_after[-1]
            continue
        alone = row[: len(fields)]
        if len(alone) == len(fields) and len({text for text, _ in alone}) == 1 and _source(alone[0][0]):
            block.add([cell for text, _ in alone for cell in (text, "")],
                      [at for _, line in alone for at in (line, None)])  # "其中：中央财政" over no amount
            end = row_after[len(fields) - 1]
            continue
        break
    if not funded:
        return None
    block.used.update(range(i, end))
    return block, end


def _source(text: str) -> bool:
    return kind(text) is Kind.TEXT and len(text) <= _NAME and _is_amount_label(text) is None
