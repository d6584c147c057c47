"""The fused shape of an indicator block that stacks each indicator's target and actual rows under a kind column
(:mod:`.flat_stacked_rows`): "…三级指标类别指标值分值得分…" (类别 runs into 指标值), "产出指标数量指标某剂次年度目标
≥12万剂次1010" (the target's kind word runs between the name and the values), "实际完成12.6万剂次" (the actual's kind
and its value). Each line is cut so the stacked reader reads the pairs as from cells of their own; the cells of a row
cut at its kind word are guesses (no separator was written), as is the weight and score split there.
"""

from __future__ import annotations

import re
from itertools import pairwise

from jixiao.readers.extract.stacked_pairs import ACTUAL_KIND, STACK_HEAD, TARGET_KIND
from jixiao.readers.flat_fused import fused_cells
from jixiao.readers.flat_value_recuts import with_units
from jixiao.readers.flat_value_runs import POINT_FIGURE, cells_between, points_cuts
from jixiao.readers.flat_words import column_role
from jixiao.readers.fused_money import GuessedCell

_KINDS = re.compile(r"(年度目标|全年目标|预期目标|目标值|指标值|计划值|实际完成值?|全年完成值?|实际值|完成值)")


def stack_head(cells: list[str]) -> list[str]:
    """A fused header's cells with the kind column run into the value column's word cut apart ("类别指标值" → 类别 |
    指标值); as they are when no cell is so."""
    out: list[str] = []
    for cell in cells:
        head = next((k for k in range(2, 6) if STACK_HEAD.match(cell[:k]) and column_role(cell[k:]) == "target"), None)
        out.extend([cell[:head], cell[head:]] if head else [cell])
    return out


def stacks(cells: list[str]) -> bool:
    """Whether a header's cells hold the kind column before the value column."""
    return any(STACK_HEAD.match(a) and column_role(b) == "target" for a, b in pairwise(cells))


def stacked_cells(text: str) -> list[str] | None:
    """A fused line under such a header: the target's row (levels and name, its kind word, its values, the weight and
    score run together split where one cut only gives two figures within a row's points) or the actual's (its kind
    word and its value); None for any other line."""
    kind = _KINDS.search(text)
    if kind is None or not text[kind.end():kind.end() + 1]:
        return None
    if kind.start() == 0:
        if not ACTUAL_KIND.match(kind.group()):
            return None
        return [kind.group(), text[kind.end():]]
    if not TARGET_KIND.match(kind.group()):
        return None
    lead = fused_cells(text[: kind.start()]) or [text[: kind.start()]]
    values = with_units(cells_between(text[kind.end():]))
    if len(values) >= 2 and POINT_FIGURE.fullmatch(values[0]) is None:
        cuts = points_cuts(values[1])
        values = [values[0], *cuts[0], *values[2:]] if len(cuts) == 1 else values
    return [GuessedCell(cell) for cell in (*lead, kind.group(), *values)]
