"""A 绩效目标表 copied from a web page (指标类型 | 绩效指标 | 绩效目标 | 绩效标准, the standard split into
优 | 良 | 中 | 差): the 指标类型 cell merged down its block is printed on the block's first row only, and the page
pads each later row with an empty cell at its end instead ("| 指标2:讲座场次 | 24场 | 24场以上 | … | |"), so
those rows sit one column to the left; the standard's grade words make a second header row; and the 绩效目标
column holds each indicator's target ("3200平方米", "95%以上"), not a sentence of what is to be done.
"""

from __future__ import annotations

import re

from jixiao.lexicon import pattern
from jixiao.readers.document import Table
from jixiao.readers.textnorm import compact, match_text

_GRADE_HEAD = re.compile(r"^(?:优|良|中|差|优秀|良好|合格|及格|一般|较差|不合格|不及格)$")
# a target opens on its figure ("3200平方米", "≥95%", "95%以上"); a goal's words open on a verb ("全年编印800册")
_FIGURE_FIRST = re.compile(r"^[≥≤><=]?\s*\d")


def grade_heads(row: list[str]) -> bool:
    """A row naming the standard's grades (优 | 良 | 中 | 差): the header's second row, no indicator."""
    cells = [compact(cell) for cell in row if cell.strip()]
    return len(cells) >= 3 and all(_GRADE_HEAD.match(cell) for cell in cells)


def _is_level(cell: str) -> bool:
    text = compact(cell)
    return bool(pattern("levels.level1").match(text) or pattern("levels.level2").match(text))


def unshifted(row: list[str], header: dict[str, int]) -> list[str]:
    """The row moved one column right when its merged level cell was left out and an empty cell pads its end:
    its first cell is no level (an indicator's name) where the header's first column holds the levels."""
    level_col = header.get("levels", header.get("level1"))
    if level_col != 0 or len(row) < 3 or row[-1].strip() or not row[0].strip() or _is_level(row[0]):
        return row
    return ["", *row[:-1]]


def goal_targets(table: Table, at: int, header: dict[str, int]) -> dict[str, int]:
    """The header with its 绩效目标 column read as the targets when most rows under it hold a figure there."""
    col = header.get("goal")
    if col is None or "target" in header:
        return header
    cells = [unshifted(row, header)[col].strip() for row in table.rows[at + 1:]
             if col < len(row) and not grade_heads(row) and any(cell.strip() for cell in row)]
    if sum(1 for cell in cells if _FIGURE_FIRST.match(match_text(cell))) * 2 <= len(cells):
        return header
    return {**header, "target": col}
