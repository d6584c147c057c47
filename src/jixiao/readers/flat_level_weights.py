"""A fused indicator table whose levels carry weight columns of their own ("一级指标分值二级指标分值三级指标分值得分评分
标准", then "某某决策20某某目标4目标内容44目标明确…", "决策程序55申报程序规范…"): each level's weight is the sum of the
weights under it, so the weights read so far say how many level cells open each row — all three when the 一级 level
above is used up, the 二级 and the name when the 二级 level is, the name alone otherwise. The name's weight and its
score, run together, are cut where the score is within the weight and the weight within what its 二级 level leaves.
A row that does not open so, or whose weight and score admit no cut or several, ends the table (no row rather than a
wrong one). Every cell is a guess: no separator was written.
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.readers.flat_words import column_role
from jixiao.readers.fused_money import GuessedCell

_HEAD = ["level1", "weight", "level2", "weight", "name", "weight", "score"]
_PAIR = re.compile(r"([\u4e00-\u9fff]{2,20})(\d[\d.]*)")  # a level or a name, then its weight (and score)
_FIGURE = re.compile(r"(?:0|[1-9]\d{0,2})(?:\.\d{1,2})?")


def level_weight_head(cells: list[str]) -> list[str] | None:
    """``cells`` when they are such a header (一级 | 分值 | 二级 | 分值 | name | 分值 | 得分, then notes at most; the
    table reader takes the levels' 分值 for their block weights), else None."""
    return cells if [column_role(cell) for cell in cells[: len(_HEAD)]] == _HEAD else None


class LevelWeights:
    """The rows of one such table, read in order: the levels open and what weight each leaves."""

    def __init__(self) -> None:
        self.levels = ["", "", "", ""]  # each level and its weight
        self.left = [Decimal(0), Decimal(0)]  # what the 一级 and the 二级 level leave of their weights

    def row(self, text: str) -> list[str] | None:
        """The cells of ``text`` under the header's columns (一级 | its weight | 二级 | its weight | name | weight |
        score | the rest as one note; the levels carried down from the rows above), or None: the table has ended."""
        opened = 0 if self.left[1] else 1 if self.left[0] else 2  # the level cells the row opens on
        pairs: list[re.Match[str]] = []
        at = 0
        for _ in range(opened + 1):
            pair = _PAIR.match(text, at)
            if pair is None:
                return None
            pairs.append(pair)
            at = pair.end()
        levels, left = list(self.levels), list(self.left)
        for depth, pair in zip(range(2 - opened, 2), pairs, strict=False):
            weight = pair.group(2)
            if not _FIGURE.fullmatch(weight) or not Decimal(weight) or (depth and Decimal(weight) > left[0]):
                return None
            levels[2 * depth: 2 * depth + 2], left[depth] = [pair.group(1), weight], Decimal(weight)
            if depth:
                left[0] -= Decimal(weight)
        run = pairs[-1].group(2)
        cuts = [(run[:k], run[k:]) for k in range(1, len(run))
                if _FIGURE.fullmatch(run[:k]) and _FIGURE.fullmatch(run[k:])
                and Decimal(run[k:]) <= Decimal(run[:k]) <= left[1]]
        if len(cuts) != 1 or not Decimal(cuts[0][0]):
            return None
        left[1] -= Decimal(cuts[0][0])
        self.levels, self.left = levels, left
        note = text[at:].strip()
        return [GuessedCell(cell) for cell in (*levels, pairs[-1].group(1), *cuts[0], *([note] if note else []))]
