"""Which of a form's score columns is the unit's own, when its header has more than one (县级评分 | 市级评分,
自评得分 | 复核得分, 部门评分 | 财政评分): the evaluated unit scores itself first and a reviewer (a finance bureau,
the level above, an expert panel) scores the same rows again."""

from __future__ import annotations

import re
from dataclasses import replace

from jixiao.lexicon import pattern
from jixiao.readers.document import Table
from jixiao.readers.textnorm import compact

_OWN = pattern("score_columns.own")
_REVIEW = pattern("score_columns.review")
# a column named by an administrative level ("县级评分", "市级复核"): the lower level is the one evaluated
_LEVELS = (re.compile(r"^(?:乡|镇|街道|村)"), re.compile(r"^(?:县|区|旗)"), re.compile(r"^(?:市|州|盟|地区)"),
           re.compile(r"^(?:省|自治区)"), re.compile(r"^(?:中央|国家|部)"))


def own_score(row: list[str], columns: list[int]) -> tuple[int, bool]:
    """Of the score ``columns`` of a header ``row``, the unit's own and whether that is a guess: the one named
    自评 (or 单位), else the one no reviewer's word names, else the lowest administrative level; when the
    words do not tell, the first, guessed."""
    if len(columns) == 1:
        return columns[0], False
    words = {col: compact(row[col]) for col in columns}
    own = [col for col in columns if _OWN.search(words[col]) and not _REVIEW.search(words[col])]
    if len(own) == 1:
        return own[0], False
    unreviewed = [col for col in columns if not _REVIEW.search(words[col])]
    if len(unreviewed) == 1:
        return unreviewed[0], False
    levels = {col: _level(words[col]) for col in columns}
    if None not in levels.values() and len(set(levels.values())) == len(columns):
        return min(columns, key=lambda col: levels[col] or 0), False
    return columns[0], True


def _level(word: str) -> int | None:
    return next((rank for rank, level in enumerate(_LEVELS) if level.match(word)), None)


def guessed_scores(table: Table, r: int, header: dict[str, int]) -> Table:
    """The table with its score cells under header row ``r`` marked guessed when the header holds several
    score columns and its words do not tell which is the unit's own."""
    from jixiao.readers.extract.table_columns import cell_role  # (it chooses through own_score)

    row = table.rows[r]
    columns = [col for col, cell in enumerate(row) if cell_role(cell) == "score"]
    if len(columns) < 2 or header.get("score") not in columns or not own_score(row, columns)[1]:
        return table
    col = header["score"]
    return replace(table, guessed=table.guessed | {(below, col) for below in range(r + 1, len(table.rows))})
