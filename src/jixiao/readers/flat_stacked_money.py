"""A money block whose row labels came before its header: a spreadsheet flattened to one run in the
order of each cell's height, the label column's merged cells first ("年度资金总额 其中:当年财政拨款
全年预算数 全年执行数 分值 执行率 得分 80 78 10 97.5% 9.75 80 78 — 97.5% —").

The figures under the header then form one run, the rows' figures end to end. When the run holds
exactly as many figures as the header has columns for each fund label waiting before it, the k-th
label takes the k-th run of figures (the one reading that keeps the order of both); the form's first
fund row is 年度资金总额, so the waiting labels must start with it. The rows' cells are all marked guessed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from jixiao.lexicon import pattern
from jixiao.readers.cells import VALUE_CELL_KINDS, kind
from jixiao.readers.flat_token import Token
from jixiao.readers.textnorm import compact

_LOOK_BACK = 8  # cells before a header where its rows' labels may wait (the caption, a stray label …)


def stacked_rows(tokens: Sequence[Token], start: int, first: int, end: int, columns: int,
                 is_fund_row: Callable[[str], bool]) -> list[tuple[int, int, int]] | None:
    """For a header at ``start`` whose unlabelled figures run from ``first`` to ``end``: each row as
    (its label's token, its first figure, its end), or None unless the labels waiting before the header,
    the first of them the total's, fit the run ``columns`` figures each."""
    labels = []
    for j in range(start - 1, max(-1, start - 1 - _LOOK_BACK), -1):
        text = tokens[j].text
        if kind(text) in VALUE_CELL_KINDS and text:
            break
        if is_fund_row(text):
            labels.append(j)
    labels.reverse()
    if len(labels) < 2 or end - first != columns * len(labels) \
            or not pattern("fund_rows.total").match(compact(tokens[labels[0]].text)):
        return None
    return [(label, first + k * columns, first + (k + 1) * columns) for k, label in enumerate(labels)]
