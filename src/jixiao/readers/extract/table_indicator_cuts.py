"""An indicator row a page's or an excerpt's end cut short (its name, its weight or its score lost), or one
whose figures sit a cell off."""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.lexicon import pattern
from jixiao.readers.document import Table
from jixiao.readers.extract.facts import Facts, cell_ref
from jixiao.readers.extract.table_indicator_cells import row_cell
from jixiao.readers.extract.values import number_in
from jixiao.readers.textnorm import compact


def block_of_a_cut_row(table: Table, r: int, row: list[str], header: dict[str, int], facts: Facts | None) -> None:
    """"项目决策 | 20 | 项目目标 | 4 | 目 |" (a viewer cut the row inside its indicator's name): no indicator, but the
    一级 block's own weight cell still gives the block its weight."""
    level1 = row_cell(row, header, "level1").strip()
    block = number_in(row_cell(row, header, "level1_weight")) if "level1_weight" in header else None
    if facts is None or block is None or not pattern("levels.level1").fullmatch(compact(level1)):
        return
    blocks = facts.values.setdefault("stated_block_weights", {})
    if level1 not in blocks:
        blocks[level1] = block
        facts.refs.setdefault("stated_block_weights", cell_ref(table, r, header["level1_weight"], str(block)))


def shifted_figure(table: Table, r: int, header: dict[str, int], weight: Decimal, score: Decimal | None) -> bool:
    """A weight under one point with a score above it beside whole-point weights ("系数 | ≥0.65 | 0.66 | 10 |" under
    年度指标值 | 实际完成值 | 分值 | 得分, a copy that wrote one empty cell fewer): the row's figures may sit one cell
    off, its 实际完成值 read as the 分值."""
    if weight >= 1 or score is None or score <= weight:
        return False
    others = [number_in(row_cell(row, header, "weight")) for i, row in enumerate(table.rows) if i != r]
    found = [w for w in others if w is not None]
    return len(found) >= 2 and min(found) >= 1


def cut_level_row(table: Table, r: int, row: list[str], header: dict[str, int], name: str) -> bool:
    """"项目效益 | 50 | 经济" where a page was cut (the 三级's name lost, the row's cells moved right): a level and its
    block's weight in the name and weight columns of the table's last row, its level columns empty, no score where
    the rows above hold theirs — no indicator."""
    if r != len(table.rows) - 1 or "score" not in header or row_cell(row, header, "score") \
            or any(row_cell(row, header, level) for level in ("level1", "level2", "levels")):
        return False  # ("满意度指标 | 服务对象满意度 | 满意度 | 10.00": a row of its own levels, short of its score)
    word = compact(name)
    if not (pattern("levels.level1").fullmatch(word) or pattern("levels.level2").fullmatch(word)):
        return False
    return any(number_in(row_cell(above, header, "score")) is not None for above in table.rows[:r])


# a bare 一级 word (效益 / 产出指标 / 满意度; not 服务对象满意度): a block's name, never an indicator's
_BLOCK_WORD = re.compile(rf"(?=.{{2,5}}$){pattern('levels.level1').pattern.lstrip('^')}")


def cut_by_the_end(table: Table, r: int, row: list[str], header: dict[str, int]) -> bool:
    """The table's last row, cut by the excerpt's end before its 分值 and 得分: an indicator with no weight. Either
    the row states its levels and its name and nothing after them, or every cell right of its target is empty
    ("产出指标 | 质量指标 | 名称 | = | 100 |": a viewer's preview ended inside the row), or every cell right of its
    actual, or the flattened-text reader guessed every cell of it and it holds a target or an actual, no score."""
    if r != len(table.rows) - 1 or row_cell(row, header, "score"):
        return False
    filled = [c for c, cell in enumerate(row) if cell.strip()]
    later = [header[role] for role in ("actual", "weight", "score") if role in header]
    if row_cell(row, header, "target") and filled and later and filled[-1] < min(later):
        return True
    if filled and filled[-1] == header["name"] and row_cell(row, header, "level1") and row_cell(row, header, "level2") \
            and len(row_cell(row, header, "name").strip()) >= 2:  # (one character: a name cut inside itself)
        # "绩 效 指 标 | 效益" at the end: a block's 一级 cut inside "效益指标(30分)", no indicator's name
        return not _BLOCK_WORD.fullmatch(compact(row_cell(row, header, "name")))
    # ("| 产出指标 | 数量指标 | 名称 | ≥ | 1 | 次 | 1": the row ran on to its actual, the excerpt ended before 分值)
    scoring = [header[role] for role in ("weight", "score") if role in header]
    if row_cell(row, header, "target") and row_cell(row, header, "actual") and scoring and filled[-1] < min(scoring):
        return True
    return bool(row_cell(row, header, "target") or row_cell(row, header, "actual")) \
        and all((r, c) in table.guessed for c, cell in enumerate(row) if cell.strip())
