"""A list of one record flattened one cell a line under its column heads, opened by 序号: "序号" / "项目名称" /
"债券性质" / "债券规模" / "自评分数" / "自评等级", then the record's cells and a 总计 row. The heads are column heads,
not labels each paired with the cell after it (项目名称 took "债券性质"): each head is read with the record's cell
in its column.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from jixiao.lexicon import pattern
from jixiao.readers.cells import Kind, kind
from jixiao.readers.flat_table_cells import FlatTable, structural
from jixiao.readers.flat_token import Token, token_lines
from jixiao.readers.label_fields import label_field
from jixiao.readers.textnorm import compact

SERIAL_HEAD = "序号"
_HEAD = re.compile(r"^[\u4e00-\u9fff()（）]{2,8}$")  # a column's head: a few words, no figure
_SERIAL = re.compile(r"^\d{1,2}$")
_TOTAL = re.compile(rf"^(?:{pattern('sum_row').pattern}|小计)$")
_MOST_HEADS = 10


def _lines(tokens: Sequence[Token], i: int) -> list[tuple[str, range]]:
    """The lines of the few tokens from ``i`` on, each its text compacted and its tokens' indexes."""
    near = tokens[:i + 4 * _MOST_HEADS]
    return [(compact(text), range(start, end)) for start, end, text in token_lines(near, i)]


def serial_record(tokens: Sequence[Token], i: int, out: FlatTable) -> int:
    """The record under a run of column heads that 序号 opens, one cell a line, each head with its cell; ``i``
    when the run is no such list (fewer than three heads, 项目名称 not among them); past the heads, none paired
    with a cell, when the list holds several records or a cell that does not fit. The 序号 cell may be left
    empty (a figure first is the serial number). Every cell is a guess: cells left empty at the row's end vanish
    (a record of fewer cells than heads may sit in other columns), and a list's one record is the report's own
    only when the report is that project's (a department's report may list the one project it ran)."""
    lines = _lines(tokens, i)
    if not lines or lines[0][0] != SERIAL_HEAD or len(lines[0][1]) != 1:
        return i
    n = 1
    while n < len(lines) and n <= _MOST_HEADS and _HEAD.match(lines[n][0]) \
            and not _TOTAL.match(lines[n][0]) and lines[n][0] != SERIAL_HEAD:
        n += 1
    heads = [text for text, _ in lines[1:n]]
    if len(heads) < 3 or "project.name" not in {label_field(head) for head in heads}:
        return i
    start = n + 1 if n < len(lines) and _SERIAL.match(lines[n][0]) else n  # past the record's serial number
    cells = lines[start:start + len(heads) + 1]
    end = next((k for k, (text, _) in enumerate(cells) if _TOTAL.match(text)), None)
    past_heads = lines[n - 1][1][-1] + 1
    if end is None or end < 2:
        return past_heads  # no 总计 closes one record: several (none the report's project), read as text
    cells = cells[:end]
    if any(kind(text) is Kind.EMPTY or structural(text) for text, _ in cells) or label_field(cells[0][0]) is not None:
        return past_heads
    after = start + len(cells)
    for c, (_, indexes) in enumerate(cells):
        value = "".join(tokens[k].text for k in indexes).strip()
        out.add([heads[c], value], [tokens[lines[c + 1][1][0]].line, tokens[indexes[0]].line], [1])
        out.pairs.append(range(indexes[0], indexes[-1] + 1))
    last = lines[after - 1][1][-1]
    out.used.update(range(i, last + 1))
    return last + 1
