"""A fused indicator row with no word of the form in it, under a fused header whose rows open on the indicator's
name ("序号指标名称分值年度指标值实际完成值得分", then "2低保对象救助人次20≥5600人次5651人次20"): the row number,
the name up to its first figure, then the value cells. The rows of a header with level columns open on level words,
which cut them already; these rows hold none, so the header's own columns are what cuts them.
"""

from __future__ import annotations

import re

from jixiao.readers.flat_value_runs import _between
from jixiao.readers.flat_words import column_role, is_form_word
from jixiao.readers.fused_money import GuessedCell

_TEXT_AT_END = frozenset({"deviation", "deduction", "scoring_rule", None})  # columns a row may leave empty at its end
_HEAD_WORDS = 3  # form words a fused line needs to be a header the rows below are cut under
# the name: two characters or more up to the first figure or comparison (a name that holds a figure is not cut)
_NAME = re.compile(r"[^\d≥≤<>=＝﹦.%]{2,40}?(?=[\d≥≤<>=＝﹦])")


def named_head(cells: list[str]) -> list[str | None] | None:
    """The column roles of a fused header line whose rows open on the name (a 序号 column before it at most), or
    None."""
    roles = [column_role(cell) for cell in cells]
    if sum(map(is_form_word, cells)) < _HEAD_WORDS or "name" not in roles or roles.index("name") > 1 \
            or (roles.index("name") == 1 and roles[0] != "number") or "level1" in roles or "level2" in roles:
        return None  # (a header with level columns anywhere: its rows hold level words, which cut them)
    return roles


def named_row(text: str, roles: list[str | None], number: int) -> list[str] | None:
    """The cells of ``text`` under a header of ``roles`` (:func:`named_head`), the row numbered ``number`` when the
    header has a 序号 column; None when the line is no such row, no cell when it is one no reading fits. Every cell
    is a guess (no separator was written)."""
    at = 0
    cells: list[str] = []
    if roles[0] == "number":
        written = str(number)
        if not text.startswith(written) or text[len(written): len(written) + 1].isdecimal():
            return None
        cells.append(written)
        at = len(written)
    name = _NAME.match(text, at)
    if name is None or not any("\u4e00" <= c <= "\u9fff" for c in name.group(0)):
        return None
    values = _between(text[name.end():])
    columns = roles[len(cells) + 1:]
    optional = next((k for k, role in enumerate(reversed(columns)) if role not in _TEXT_AT_END), len(columns))
    # each column its cell, the notes at the end aside: a row short of one ("15得到有效保障已实现15") admits many
    # readings (which part is the target, which the actual), so it gives no cell (no row rather than a wrong one)
    if not len(columns) - optional <= len(values) <= len(columns):
        return []
    return [GuessedCell(cell) for cell in (*cells, name.group(0), *values)]
