"""A summary of the 一级 blocks after the indicator table ("一级指标 | 分值 | 得分 | 得分率" over "决策 | 10 | 10 |
100.00%"): a header naming the levels with their points and no indicator column. Its rows are a level word and one
figure per column after it (the money block's own, "预算执行率 | 10 | 9.81", may stand among them); they are kept as
the table they are, as a Word file's reading keeps them (a table of levels with points only holds no indicator), so
no other reader takes them for indicator rows."""

from __future__ import annotations

import re
from collections.abc import Sequence

from jixiao.lexicon import pattern
from jixiao.readers.cells import Kind, kind
from jixiao.readers.flat_table_cells import FlatTable, is_total
from jixiao.readers.flat_token import Token
from jixiao.readers.textnorm import compact

_INDICATOR_COLUMNS = frozenset({"name", "name_weak", "level2", "target", "actual"})
_NUMBER_OR_PERCENT = (Kind.NUMBER, Kind.PERCENT)
_MIN_ROWS = 2
_LEVEL1 = pattern("levels.level1")
_BUDGET_ROW = re.compile(r"^(?:项目)?(?:预算|资金)执行(?:率|情况)?$")  # the money block's points beside the levels'


def is_level_summary(cols: Sequence[str]) -> bool:
    """一级 with its points (分值, 得分, 得分率 …) and no column an indicator is named or measured in."""
    return "level1" in cols and bool({"weight", "score"} & set(cols)) and not _INDICATOR_COLUMNS & set(cols)


def level_summary_rows(tokens: Sequence[Token], start: int, cols: Sequence[str], out: FlatTable) -> int:
    """The rows from token ``start`` on into ``out`` (its header already there), each a level word then exactly one
    figure per column, and the 合计 row written the same way; the token after them, or ``start`` when fewer
    than two rows are so written."""
    width = len(cols)
    i, rows = start, 0
    if start > 0 and _BUDGET_ROW.match(compact(tokens[start - 1].text)):
        i -= 1  # "预算执行率" (one cell a line) run onto the header as its rate column: the first row's leader
    while i + width <= len(tokens):
        cells = tokens[i:i + width]
        # (a level word of either tier that names a 一级, "满意度指标", leads a row here: the header names the 一级)
        led = kind(cells[0].text) is Kind.LEVEL1 or (rows >= _MIN_ROWS and is_total(cells[0].text)) \
            or bool(_BUDGET_ROW.match(key := compact(cells[0].text)) or _LEVEL1.match(key))
        more = i + width < len(tokens) and kind(tokens[i + width].text) in _NUMBER_OR_PERCENT  # a figure more: no row
        if not led or more or not all(kind(t.text) in _NUMBER_OR_PERCENT for t in cells[1:]):
            break
        out.add([t.text for t in cells], [t.line for t in cells])
        out.used.update(range(i, i + width))
        i += width
        rows += 1
        if is_total(cells[0].text):
            break
    return i if rows >= _MIN_ROWS else start
