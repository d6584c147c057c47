"""The execution rate and its points in a row of their own under a money block's total row, labels and
values side by side: "执行率 | 97.91% | 分值 / 得分 | 10 / 9.79" (a pair of labels over a pair of values, written
"A / B" in one cell or in cells of their own), or "执行率 | 97.91% | 分值 | 10 | 得分 | 9.79" (a label and its value
also in one cell: "得分 9.79"); or the points alone under a total row that states the rate: "预算执行率分值 | 10 |
得分 | 9.84"."""

from __future__ import annotations

import re

from jixiao.readers.extract.table_columns import money_role
from jixiao.readers.extract.values import number_in
from jixiao.readers.textnorm import compact

_RATE_LABEL = re.compile(r"^(?:预算|资金)?执行率")
_PAIR = re.compile(r"(?!(?<=\s)\s)\s*[/／]\s*")  # (opening on a run's first space only: see joined_levels)
_LABELLED = re.compile(r"^([^\d\s]{2,8}?)\s*[:：]?\s*(\d+(?:\.\d+)?%?)$")  # "得分 9.79": a label and its value
_ROLES = ("rate", "rate_weight", "rate_score")


def rate_row_cells(row: list[str]) -> dict[str, tuple[str, int]] | None:
    """Each of 执行率 / 分值 / 得分 the row names, with its value's text and column (the cells of the money
    block's own columns), or None when the row is not such a row: it opens on 执行率 and names the rate and
    one of its points, or both points, and its values are as many as its labels (a merged cell repeated in the
    columns it spans counted once when they are not)."""
    first = next((cell for cell in row if cell.strip()), "")
    if "执行率" not in first or not _RATE_LABEL.match(compact(first)):  # (the cheap test first: most rows stop here)
        return None
    filled = [(col, cell.strip()) for col, cell in enumerate(row) if cell.strip()]
    found = _labelled(filled)
    if found is None:
        spans = [(col, cell) for col, cell in filled if col == 0 or cell != row[col - 1].strip()]
        found = _labelled(spans) if len(spans) < len(filled) else None
    return found


def _labelled(filled: list[tuple[int, str]]) -> dict[str, tuple[str, int]] | None:
    labels: list[str] = []
    values: list[tuple[str, int]] = []
    for col, cell in filled:
        for piece in _pieces(cell):
            if not piece:
                continue
            if number_in(piece) is not None:
                values.append((piece, col))
                continue
            role = money_role(piece)
            if role not in _ROLES or role in labels:
                return None
            labels.append(role)
    named = "rate" in labels or {"rate_weight", "rate_score"} <= set(labels)
    if len(labels) < 2 or len(values) != len(labels) or not named:
        return None
    return dict(zip(labels, values, strict=True))


def _pieces(cell: str) -> list[str]:
    """A cell's labels and values: "A / B" pairs apart, "得分 9.79" as its label and its value."""
    out: list[str] = []
    for piece in _PAIR.split(cell):
        labelled = _LABELLED.match(piece)
        if labelled and money_role(labelled.group(1)) in _ROLES:
            out += [labelled.group(1), labelled.group(2)]
        else:
            out.append(piece)
    return out
