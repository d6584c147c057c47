"""An outline of levels down a fused names' column, each heading's points run onto it ("一、产出指标5048.27",
"（一）数量指标2020" over "1.某某次数10≥48次52次10"): the heading's words, then its block's weight and score cut
out of the run by the outline's own sums. A heading's weight is the sum of the weights right under it (a 二级's,
its rows'; a 一级's, its 二级 headings' and the rows before the first of them), and its score is at most its weight;
the cut whose weight is a sum the rows admit is taken when it is the only one, a guess. A row whose weight ran onto
its bare target ("10100%": 10 | 100% or 1010 | 0%) admits several weights; the heading's cut settles which, when it
is the one such row under it. Where a weight under a heading is unread, or no cut or several fit, the heading's words
alone are its cell and the run is left unread (no block weight rather than a wrong one).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import product

from jixiao.readers.extract.table_total_row import TOTAL_ROW
from jixiao.readers.flat_completion_rows import FIGURE
from jixiao.readers.flat_row_reading import heading_level
from jixiao.readers.fused_money import GuessedCell
from jixiao.readers.textnorm import clean_line

_RUN_AT_END = re.compile(r"(?<=[^\d.])(\d[\d.]*)$")  # a heading's figures, run together at its end
_RANK = {"level1": 1, "level2": 2}
_ROWS = 80  # lines of an outline looked through at most (a form's indicator rows are fewer)
_LONGEST = 24  # characters of a weight and a score run together at most ("100.00" and "99.5" are 10)
_READINGS = 64  # sums of a block's weights tried at most (rows admitting several weights multiply them)


@dataclass
class _Item:
    """One line of the outline: a heading (its level, words and run of figures) or an indicator row (the weights
    it admits: none when read with no weight)."""

    level: str | None
    words: str = ""
    run: str = ""
    weights: tuple[Decimal, ...] = ()


@dataclass
class Outline:
    """Each heading's cells (its words, then the weight and score its sums decide), and the weight of each row
    that admitted several, where a heading's cut settled it; by line."""

    heads: dict[int, list[str]] = field(default_factory=dict)
    weights: dict[int, Decimal] = field(default_factory=dict)


def outline_headings(lines: list[str], start: int,
                     row_weights: Callable[[str], tuple[Decimal, ...] | None]) -> Outline:
    """The outline from ``lines[start]`` on, while the lines are headings or rows (``row_weights``: the weights
    a line's row admits, None for a line that is no row)."""
    items: dict[int, _Item] = {}
    for index in range(start, min(len(lines), start + _ROWS)):
        text = clean_line(lines[index])
        if not text:
            continue
        if TOTAL_ROW.match(text):  # "合计10098.27": the form's total closes the outline
            break
        level = heading_level(text)
        if level is not None:
            run = _RUN_AT_END.search(text)
            items[index] = _Item(level, text[:run.start()] if run else text, run.group(1) if run else "")
            continue
        weights = row_weights(text)
        if weights is None:
            break
        items[index] = _Item(None, weights=weights)
    order = list(items)
    out = Outline()
    for at, index in enumerate(order):
        item = items[index]
        if item.level is None or not item.run:
            continue
        rows = _under(items, order, at)
        cut = _cut(item.run, {total for total, _ in rows})
        out.heads[index] = [GuessedCell(item.words), *(GuessedCell(figure) for figure in cut or ())]
        chosen = [picked for total, picked in rows if cut is not None and total == Decimal(cut[0])]
        if len(chosen) == 1:
            out.weights.update((line, weight) for line, weight in chosen[0]
                               if len(items[line].weights) > 1)
    return out


_Reading = tuple[Decimal, tuple[tuple[int, Decimal], ...]]  # a sum of a block's weights, and each row's weight in it


def _under(items: dict[int, _Item], order: list[int], at: int) -> list[_Reading]:
    """Each sum the weights right under the heading at ``order[at]`` may make (with the weight each row takes in
    it); none when one is unread, there is none, or they admit too many."""
    rank = _RANK[items[order[at]].level or ""]
    parts: list[list[_Reading]] = []
    inner = False
    for position in range(at + 1, len(order)):
        line, item = order[position], items[order[position]]
        if item.level is not None and _RANK[item.level] <= rank:
            break
        if item.level is not None:  # a 二级 under this 一级: its own weight (the rows under it are its own)
            inner = True
            cut = _cut(item.run, {total for total, _ in _under(items, order, position)})
            if cut is None:
                return []
            parts.append([(Decimal(cut[0]), ())])
        elif not inner:
            if not item.weights:
                return []
            parts.append([(weight, ((line, weight),)) for weight in item.weights])
    count = 1
    for part in parts:
        count *= len(part)
    if not parts or count > _READINGS:
        return []
    return [(sum((total for total, _ in combo), Decimal(0)), tuple(pick for _, picks in combo for pick in picks))
            for combo in product(*parts)]


def _cut(run: str, totals: set[Decimal]) -> tuple[str, ...] | None:
    """``run`` as the block's weight alone, or its weight and score (score at most weight), whichever cut gives a
    weight in ``totals``, when one alone does; else None (a run longer than a weight and a score ever are is none:
    each cut of a long run of digits was tried and converted, quadratic)."""
    if len(run) > _LONGEST:
        return None
    cuts: list[tuple[str, ...]] = [(run,)] if FIGURE.fullmatch(run) and Decimal(run) in totals else []
    cuts += [(run[:k], run[k:]) for k in range(1, len(run)) if FIGURE.fullmatch(run[:k]) and FIGURE.fullmatch(run[k:])
             and Decimal(run[:k]) in totals and Decimal(run[k:]) <= Decimal(run[:k])]
    return cuts[0] if len(cuts) == 1 else None
