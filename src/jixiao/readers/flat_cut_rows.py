"""The last row of an indicator block that runs to the end of the text, shorter than its columns: a row the
page end cut ("种母猪(≥头) | 20 | 20", its 得分 on the next page) or a row with empty cells (no 指标值:
"… | | 20 | 20"). The row alone cannot tell them apart: the figures packed to the left (cut) and to the right
(an empty cell in front) are both readings.

The form decides when it can: a score under the right-hand reading that would take its block past the
block's printed weight ("产出指标(40分)") or exceed the row's weight, or blank points with a note after them under
rows that all state theirs, leaves the left-hand one, every cell moved marked guessed. Else the row stays as read,
and the cells the two readings disagree on are marked guessed (left unread, the row would have neither weight
nor score and be lost), so no error rests on them.

A cut row may also open a new block ("满意度指标(10分) | 服务对象 | 某某调查", its figures on the next page): read short
of cells as a 二级 under the block above unless the form's points say it is a 一级 (:func:`settle_cut_level`).
"""

from __future__ import annotations

from decimal import Decimal

from jixiao.lexicon import pattern
from jixiao.readers.cells import fit, number
from jixiao.readers.extract.table_indicator_cells import split_block_weight
from jixiao.readers.flat_table_cells import FlatTable


def settle_cut_level(out: FlatTable, cols: list[str]) -> None:
    """The text's last row, cut after its first cells, opening on a 一级 level with its block's points
    ("满意度指标(10分) | 读者 | 在网络上…"): short of cells, it was read as a 二级 under the block above. When the
    form prints its 一级 cells with their points and no 二级 with any, the cell is the row's 一级 and the cells after
    it its 二级 and name: they move one column on, every moved cell guessed. A row reaching the last column is not
    short: its cells stay where they are (moved, its last cell would be lost)."""
    if not {"level1", "level2", "name"} <= set(cols) or len(out.rows) < 3:
        return
    level1, level2 = cols.index("level1"), cols.index("level2")
    row, lines = out.rows[-1], out.lines[-1]
    word, points = split_block_weight(row[level2])
    if row[level1] or row[-1] or points is None or level2 != level1 + 1 or not pattern("levels.level1").match(word):
        return
    above = out.rows[1:-1]
    if not any(split_block_weight(cells[level1])[1] is not None for cells in above) \
            or any(split_block_weight(cells[level2])[1] is not None for cells in above):
        return
    present = [c for c in range(level2, len(cols)) if row[c]]
    moved = range(level1, level1 + len(present))
    new_row, new_lines = row[:level1] + [""] * (len(cols) - level1), lines[:level1] + [None] * (len(cols) - level1)
    for c, was in zip(moved, present, strict=True):
        new_row[c], new_lines[c] = row[was], lines[was]
    r = len(out.rows) - 1
    out.guessed.difference_update({(r, c) for c in range(level1, len(cols))})
    out.guessed.update((r, c) for c in moved)
    out.rows[-1], out.lines[-1] = new_row, new_lines


def settle_cut_row(out: FlatTable, cols: list[str]) -> None:
    """Re-read ``out``'s last row as a row the text's end may have cut (module docstring)."""
    if len(out.rows) < 3 or "name" not in cols:
        return
    row, lines = out.rows[-1], out.lines[-1]
    values = list(range(cols.index("name") + 1, len(cols)))
    present = [c for c in values if row[c]]
    packed = values[:len(present)]
    if not present or packed == present:
        return
    left = dict(zip(packed, present, strict=True))  # column → the column its cell is in now
    if any(fit(cols[c], row[was]) is None for c, was in left.items()):
        return  # the cells cannot sit packed to the left: the row has empty cells
    r = len(out.rows) - 1
    if not (_right_breaks(out, cols) or _points_left_blank(out, cols)):
        # either reading: the cells they disagree on are a guess
        out.guessed.update((r, c) for c in {*present, *packed} if row[c] != row[left.get(c, c)] or c not in left)
        return
    new_row, new_lines = row[:values[0]] + [""] * len(values), lines[:values[0]] + [None] * len(values)
    for c, was in left.items():
        new_row[c], new_lines[c] = row[was], lines[was]
    out.guessed.difference_update({(r, c) for c in values})
    out.guessed.update((r, c) for c, was in left.items() if c != was)
    out.rows[-1], out.lines[-1] = new_row, new_lines


def _points_left_blank(out: FlatTable, cols: list[str]) -> bool:
    """Whether the last row as it stands leaves its 分值 and 得分 blank with a cell after them ("某指标 | 6场 | 7场 |
    本指标满分6分,…" cut inside its scoring sentence, read as its note) where every row above states its 分值: no
    indicator of the form goes without its points, so the row was cut before them."""
    if "weight" not in cols or "score" not in cols or len(out.rows) < 3:
        return False
    row, weight, score = out.rows[-1], cols.index("weight"), cols.index("score")
    if row[weight] or row[score] or not any(row[c] for c in range(max(weight, score) + 1, len(cols))):
        return False
    return all(number(above[weight]) is not None for above in out.rows[1:-1])


def _right_breaks(out: FlatTable, cols: list[str]) -> bool:
    """Whether the last row's score as it stands breaks the form: above the row's weight, or taking the
    block's scores past the weight printed with its 一级 level."""
    if "score" not in cols:
        return False
    row = out.rows[-1]
    score = number(row[cols.index("score")])
    if score is None:
        return False
    weight = number(row[cols.index("weight")]) if "weight" in cols else None
    if weight is not None and score > weight:
        return True
    if "level1" not in cols:
        return False
    level, scores = cols.index("level1"), Decimal(0)
    for above in reversed(out.rows[1:]):
        scores += number(above[cols.index("score")]) or 0
        if above[level]:
            block = split_block_weight(above[level])[1]
            return block is not None and scores > block
    return False
