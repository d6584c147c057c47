"""An income or spending table on its side, flattened: a row of item names closed (or opened) by 合计, over one row
of figures, the total's figure the sum of the others ("一般公共预算财政拨款 / 政府性基金 / 其他收入 / 合计" over
"3012.36 / 300.00 / 72.20 / 3384.56"), one cell a line, a row a spaced line or the whole run on one line; and a
staff table so (编制数 / 实有人数 / … over their counts). Left as text, the names and figures said nothing; put back
in their two rows they are the table a Word file gives, which the budget and staff extractors read.

The sum is what makes the reading safe: a row of names and a row of figures that do not add up to their 合计 are
some other table (or none), and stay text; a staff table's first two names are staff labels and its figures whole
counts."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from decimal import Decimal

from jixiao.lexicon import lexicon
from jixiao.numbers import to_decimal
from jixiao.readers.cells import Kind, kind
from jixiao.readers.flat_table_cells import FlatTable
from jixiao.readers.flat_token import Token
from jixiao.readers.fused_money import split_summed
from jixiao.readers.label_fields import label_field
from jixiao.readers.textnorm import compact

_TOTALS = frozenset(lexicon()["sum_row"])
_NAME = 20  # characters in an item's name at most
_MOST = 10  # items in one row at most, the total's among them
_SLACK = Decimal("0.02")  # the rounding a total may carry


def total_marks(tokens: Sequence[Token]) -> list[int]:
    """The indexes of the tokens that hold a 合计 cell, alone or among a spaced row's parts (the cheap test before
    :func:`side_items`: "共计" in a sentence is none)."""
    return [k for k, token in enumerate(tokens) if "计" in token.text and not _TOTALS.isdisjoint(token.text.split())]


def near_total(marks: list[int], i: int) -> bool:
    """Whether one of ``marks`` falls among the ``_MOST`` tokens from ``i``: a names row may open there."""
    k = bisect_left(marks, i)
    return k < len(marks) and marks[k] < i + _MOST


def _cells(tokens: Sequence[Token], i: int) -> list[tuple[str, int, int | None]]:
    """Up to twice ``_MOST`` cells from tokens[i] (a spaced token's parts each a cell): each cell's text, line, and
    the index after its token when it is the token's last part (else None)."""
    out: list[tuple[str, int, int | None]] = []
    while i < len(tokens) and len(out) < 2 * _MOST and len(tokens[i].text) <= 2 * _MOST * _NAME:
        parts = tokens[i].text.split()
        out.extend((part, tokens[i].line, i + 1 if k == len(parts) - 1 else None) for k, part in enumerate(parts))
        i += 1
    return out


def _name(text: str) -> bool:
    return len(text) <= _NAME and not any(c.isdigit() for c in text) and kind(text) is Kind.TEXT


def side_items(tokens: Sequence[Token], i: int) -> tuple[FlatTable, int] | None:
    """The names row from tokens[i] and its figures row, as a table, and the index after the figures; None when the
    cells do not fall so, the names do not open a line, the figures do not close one or they do not add up."""
    first = tokens[i].text.split(maxsplit=1)
    if not first or not _name(first[0]) or (i and tokens[i - 1].line == tokens[i].line):
        return None  # (the names open a line: "合计" inside a row "| 收入（万元） | 合计 | …" opens nothing)
    cells = _cells(tokens, i)
    width = next((k for k, (text, _, _) in enumerate(cells) if not _name(text)), len(cells))
    keys = [compact(text) for text, _, _ in cells[:width]]
    total = next((k for k in (0, width - 1) if width and keys[k] in _TOTALS), None)
    if total is None or not 3 <= width <= _MOST or sum(key in _TOTALS for key in keys) != 1:
        return None
    figures = _figures_closing(tokens, cells, width)
    if figures is None:
        return None
    values = [to_decimal(text.replace(",", "")) for text, _, _ in figures]
    if not values[total] or abs(sum(values) - 2 * values[total]) > _SLACK:
        return None
    return _two_rows(cells[:width], figures, i)


def _figures_closing(tokens: Sequence[Token], cells: list[tuple[str, int, int | None]],
                     width: int) -> list[tuple[str, int, int | None]] | None:
    """The ``width`` cells after the names when each is a figure and the last closes its line, else None."""
    figures = cells[width:2 * width]
    end = figures[-1][2] if len(figures) == width else None
    if end is None or (end < len(tokens) and tokens[end].line == tokens[end - 1].line) \
            or any(kind(text) is not Kind.NUMBER for text, _, _ in figures):
        return None
    return figures


def _two_rows(names: list[tuple[str, int, int | None]], figures: list[tuple[str, int, int | None]],
              i: int) -> tuple[FlatTable, int]:
    table = FlatTable()
    for row in (names, figures):
        table.add([text for text, _, _ in row], [line for _, line, _ in row])
    end = figures[-1][2]
    assert end is not None
    table.used.update(range(i, end))
    return table, end


# an item's name, run on to the next (the fused shape's names row "一般公共预算财政拨款政府性基金其他收入合计"): it
# ends on the word an item ends on, not where a longer name goes on ("财政拨款收入", "政府性基金预算…")
_ITEM_NAME = re.compile(r"[^\d\s%.,:：]{1,18}?(?:收入|拨款|基金|资金|支出|经费|结转|结余)"
                        r"(?!收入|拨款|基金|资金|支出|经费|结转|结余|预算)")
_RUN = re.compile(r"[\d.,]{8,60}")


def fused_side_items(tokens: Sequence[Token], i: int) -> tuple[FlatTable, int] | None:
    """A names row run together, closed (or opened) by its 合计, over its figures run together on the next line
    ("基本支出项目支出合计" over "1452.471875.443327.91"): the names cut where items' names end, the figures where
    the total is the sum of the others (:func:`.fused_money.split_summed`), as a table of two rows, every cell a
    guess; None when either cut fails or is not the only one."""
    text = compact(tokens[i].text)
    total = 0 if text[:2] in _TOTALS else len(text) - 2 if text[-2:] in _TOTALS else None
    if total is None or len(text) > _MOST * _NAME or (i and tokens[i - 1].line == tokens[i].line):
        return None
    body = text[2:] if total == 0 else text[:total]
    names: list[str] = []
    while len(names) < _MOST and (item := _ITEM_NAME.match(body, sum(map(len, names)))) is not None:
        names.append(item.group())
    if not names or sum(map(len, names)) != len(body):
        return None
    names.insert(0 if total == 0 else len(names), text[total: total + 2])
    k = i + 1
    if k >= len(tokens) or tokens[k].line == tokens[i].line or not _RUN.fullmatch(tokens[k].text.strip()) \
            or (k + 1 < len(tokens) and tokens[k + 1].line == tokens[k].line):
        return None
    figures = split_summed(tokens[k].text.strip().replace(",", ""), len(names), 0 if total == 0 else len(names) - 1)
    if figures is None:
        return None
    table = FlatTable()
    table.add(names, [tokens[i].line] * len(names), range(len(names)))
    table.add(figures, [tokens[k].line] * len(figures), range(len(figures)))
    table.used.update((i, k))
    return table, k + 1


def staff_counts(tokens: Sequence[Token], i: int) -> tuple[FlatTable, int] | None:
    """A staff table on its side ("编制数 | 实有人数 | 其中：管理人员 | 专业技术人员" over "32 | 30 | 5 | 22"): a names
    row opening a line on a staff label (``label_field``) and the one after it too, over as many whole counts
    closing a line, as a table; None otherwise. The two staff labels first and whole counts under every name keep
    a sentence or a money row from being taken for one."""
    first = tokens[i].text.split(maxsplit=1)
    # (a name's length, then the staff label: a cell's field is kept per text and most short lines name none, so
    # their kind and digits are not looked at; a long line is not even looked up)
    if not first or len(first[0]) > _NAME or (i and tokens[i - 1].line == tokens[i].line) \
            or not str(label_field(first[0])).startswith("unit.staff") or not _name(first[0]):
        return None
    cells = _cells(tokens, i)
    width = next((k for k, (text, _, _) in enumerate(cells) if not _name(text)), len(cells))
    if not 2 <= width <= _MOST or not str(label_field(cells[1][0])).startswith("unit.staff"):
        return None
    figures = _figures_closing(tokens, cells, width)
    if figures is None or not all(text.isdecimal() for text, _, _ in figures):
        return None
    return _two_rows(cells[:width], figures, i)
