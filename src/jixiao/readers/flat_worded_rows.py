"""An indicator row on one line, its cells separated by single spaces, whose target or actual is words rather than
a figure ("质量指标 某某竞赛 提高普及率 稳步提升 6", "某某栏更新 知识更新率 实时更新 6", "效益指标 社会效益指标 某某素质
提升5% 提升5% 6"): its leading level cells, the name, the target and the actual as written, then the score.
"""

from __future__ import annotations

import re

from jixiao.readers.cells import Kind, kind
from jixiao.readers.flat_words import CLAUSE, column_role
from jixiao.readers.label_fields import label_field
from jixiao.readers.textnorm import HAN, match_text

_SCORE = re.compile(r"\d{1,2}(?:\.\d{1,2})?")  # the row's points (a weight is stated in its block, not the row)
_CELL = 20  # characters in a name, target or actual cell at most (longer is a sentence)
_LEVELS = (Kind.LEVEL1, Kind.LEVEL2)


def worded_row(parts: list[str], value_cell: re.Pattern[str]) -> list[str] | None:
    """The parts as cells when they are such a row: up to two level cells first, then exactly a name, a target and
    an actual (each short words with no clause mark, not a column word or a form label; the target or the actual
    not a bare figure, which the figure rows read), then the score; else None."""
    if not 4 <= len(parts) <= 6 or not _SCORE.fullmatch(parts[-1]):
        return None
    cells = parts[:-1]
    if any(CLAUSE.search(p) or len(p) > _CELL or not HAN.search(p) for p in cells):
        return None
    lead = 0
    while lead < min(2, len(cells)) and kind(cells[lead]) in _LEVELS:
        lead += 1
    rest = cells[lead:]
    if len(rest) != 3 or any(kind(p) in _LEVELS or column_role(p) or label_field(p) for p in rest):
        return None
    if all(value_cell.fullmatch(match_text(p)) for p in rest[1:]):
        return None
    return parts
