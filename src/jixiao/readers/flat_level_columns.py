"""An indicator table whose levels carry 分值 columns of their own (一级指标 | 分值 | 二级指标 | 分值 |
三级指标 | 分值 | 得分), its rows cut from flattened cells. A row under merged level cells opens on the levels it
starts, and a row opening on one level and its weight ("项目效益 | 25 | 经济效益 | 10 | 9") fits under either
level's columns alike. The weights say which: each level's weight is the sum of the weights under it, so while the
一级 above still leaves that weight and the 二级 above is used up, the cell is a 二级 of that 一级 (a 一级 cannot
start before its predecessor's weight is used up). The cell is moved only when every level of the table adds up so;
the moved cells are guesses (the form wrote no column, the arithmetic placed them).
"""

from __future__ import annotations

from decimal import Decimal

from jixiao.readers.cells import number
from jixiao.readers.flat_table_cells import FlatTable

_LEVEL_COLUMNS = ("level1", "level1_weight", "level2", "level2_weight")


def settle_level_columns(out: FlatTable, first: int, cols: list[str]) -> None:
    """Move each level cell of ``out``'s rows from ``first`` on that the weights make a 二级 from the 一级 columns it
    was read in (with its source line), marked guessed; nothing when the table's weights do not all add up."""
    if not all(col in cols for col in (*_LEVEL_COLUMNS, "name", "weight")):
        return
    l1, w1, l2, w2 = (cols.index(col) for col in _LEVEL_COLUMNS)
    for r in _second_levels(out.rows[first:], cols):
        row, lines = out.rows[first + r], out.lines[first + r]
        row[l2], row[w2], row[l1], row[w1] = row[l1], row[w1], "", ""
        lines[l2], lines[w2], lines[l1], lines[w1] = lines[l1], lines[w1], None, None
        out.guessed.update({(first + r, l2), (first + r, w2)})


def _second_levels(rows: list[list[str]], cols: list[str]) -> list[int]:
    """The rows whose 一级 cell the weights make a 二级 (none unless every level adds up, read so)."""
    l1, w1, l2, w2 = (cols.index(col) for col in _LEVEL_COLUMNS)
    name, weight = cols.index("name"), cols.index("weight")
    left1 = left2 = Decimal(0)
    moved: list[int] = []
    for r, row in enumerate(rows):
        figures = [number(row[c]) for c in (w1, w2, weight)]
        if not row[name].strip() or figures[2] is None:
            return []
        second = bool(row[l2].strip())
        if row[l1].strip() and not second and figures[0] is not None \
                and left2 == 0 and 0 < figures[0] <= left1:  # "项目效益 | 25" while 项目绩效 leaves 25
            moved.append(r)
            figures[1], second = figures[0], True
        elif row[l1].strip():
            if figures[0] is None or left1 != 0 or left2 != 0:
                return []
            left1 = figures[0]
        if second:
            if figures[1] is None or left2 != 0 or figures[1] > left1:
                return []
            left1, left2 = left1 - figures[1], figures[1]
        left2 -= figures[2]
        if left2 < 0:
            return []
    return moved if left1 == 0 and left2 == 0 else []
