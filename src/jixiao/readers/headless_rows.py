"""Indicator rows with no header at all: an excerpt or a viewer's text that starts below the form's
header, every cell run together on one line ("产出指标数量指标补贴发放到位率=100% 18.5 台账更新次数≥4次
18.5 时效指标…").

Such a line is read as rows by their content: the level words (lexicon ``levels``), a name, a
target (a comparison sign, a figure and its unit) and one or two bare figures. With no header to say
which column a figure is in, the form's own order is assumed (分值 before 得分): one figure is the
weight, two are the weight and the score (the score no more than the weight). Every cell read this way
is marked guessed, so no error rests on it alone. The rows' levels carry down as in a merged cell;
a line holding fewer than two such rows, or no level word, is left as text.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from jixiao.lexicon import pattern
from jixiao.numbers import WRITTEN_FIGURE
from jixiao.readers.document import Table

HEADER = ["一级指标", "二级指标", "三级指标", "年度指标值", "分值", "得分"]
_FIGURE = r"\d{1,3}(?:\.\d{1,2})?"


@cache
def _level_words(level: str) -> str:
    """The lexicon's level words as one alternation, each followed by 指标 (the run-together cell)."""
    words = pattern(f"levels.{level}").pattern.split("(", 1)[1].split(")", 1)[0]
    return f"(?:{words})指标"


@cache
def _row() -> re.Pattern[str]:
    units = pattern("value_units").pattern
    return re.compile(
        rf"(?P<l1>{_level_words('level1')})?(?P<l2>{_level_words('level2')})?"
        r"(?P<name>[^\s=≥≤<>＝≧≦]{2,40}?)"
        rf"(?P<target>(?:[=≥≤<>＝≧≦]|大于等于|小于等于){WRITTEN_FIGURE}(?:{units})?)"
        rf"(?P<figures>(?:\s+{_FIGURE}){{1,2}})(?=\s|$)")


@cache
def _total() -> re.Pattern[str]:
    return re.compile(rf"(?P<word>合计|总计|分值合计|总分)\s*(?P<figure>{_FIGURE})(?=\s|$)\s*")


@cache
def _gate() -> re.Pattern[str]:
    return re.compile(_level_words("level1") + _level_words("level2"))


def headless_rows(line: str, where: str) -> tuple[str, Table, str] | None:
    """``line`` cut into the text before the rows, the rows as a table (under :data:`HEADER`, every
    cell guessed), and the text after them; None when the line holds no such rows."""
    first = _gate().search(line) if "指标" in line else None
    if first is None:
        return None
    rows: list[list[str]] = []
    level1 = level2 = ""
    at = first.start()
    while (match := _row().match(line, at)) is not None:
        figures = match["figures"].split()
        if len(figures) == 2 and Decimal(figures[1]) > Decimal(figures[0]):
            break  # not a weight and its score
        level1 = match["l1"] or level1
        level2 = match["l2"] or ("" if match["l1"] else level2)  # a new first level names its second
        if not level1 or not level2:
            break
        rows.append([level1, level2, match["name"], match["target"], figures[0], figures[1:][0] if figures[1:] else ""])
        at = match.end()
        while at < len(line) and line[at].isspace():
            at += 1
    if len(rows) < 2:
        return None
    total = _total().match(line, at) if not any(row[-1] for row in rows) else None
    if total is not None:  # "合计100" after rows of weights only: the form's full mark (read so by the table)
        rows.append([total["word"], "", "", "", total["figure"], ""])
        at = total.end()
    table = [HEADER, *rows]
    origins = {(r, c): where for r in range(len(table)) for c in range(len(HEADER))}
    guessed = frozenset((r, c) for r in range(1, len(table)) for c in range(len(HEADER)) if table[r][c])
    return line[:first.start()].strip(), Table(table, "", origins=origins, guessed=guessed), line[at:].strip()
