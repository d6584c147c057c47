"""A template's numbered indicator rows run together on one line, as a spreadsheet viewer or a PDF
flattens a form whose level cells and header landed elsewhere ("指标6:举办宣传活动 12次 96次 1 1
指标7:建立接种证 221人 221人 2 2 …").

Each row is the template's "指标N:" marker, a name, the target and the actual value (a figure with
its unit or sign) and two bare figures, the form's 分值 then 得分 (the score no more than the weight).
Three such rows one after the other, nothing but spaces between them, are read as a table; every
cell is marked guessed (no header says which column a figure is in), so no error rests on it alone.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from jixiao.lexicon import pattern
from jixiao.numbers import WRITTEN_FIGURE
from jixiao.readers.document import Table

HEADER = ["三级指标", "年度指标值", "实际完成值", "分值", "得分"]
POINTS = r"\d{1,3}(?:\.\d{1,2})?"  # a weight or a score ("30", "28.5")
_MIN_ROWS = 3


@cache
def indicator_value() -> str:
    """A 指标值 or 完成值 as the "指标N：" rows write it: a comparison sign, the figure, a unit of the lexicon's."""
    return rf"[=≥≤<>＝≧≦]?{WRITTEN_FIGURE}(?:{pattern('value_units').pattern})?"


@cache
def _row() -> re.Pattern[str]:
    value = indicator_value()
    return re.compile(
        r"指标\s?\d{1,2}\s?[:：]\s?(?P<name>[^\s:：|]{2,40}?)"
        rf"\s(?P<target>{value})\s(?P<actual>{value})\s(?P<weight>{POINTS})\s(?P<score>{POINTS})(?=\s|$)")


def numbered_rows(line: str, where: str) -> tuple[str, Table, str] | None:
    """``line`` cut into the text before the rows, the rows as a table (under :data:`HEADER`, every
    cell guessed), and the text after them; None when the line holds fewer than three such rows in a run."""
    if line.count("指标") < _MIN_ROWS:
        return None
    best: list[re.Match[str]] = []
    run: list[re.Match[str]] = []
    for match in _row().finditer(line):
        fits = Decimal(match["score"]) <= Decimal(match["weight"])
        if run and (not fits or line[run[-1].end(): match.start()].strip()):
            best, run = max(best, run, key=len), []
        if fits:
            run.append(match)
    best = max(best, run, key=len)
    if len(best) < _MIN_ROWS:
        return None
    rows = [[m["name"], m["target"], m["actual"], m["weight"], m["score"]] for m in best]
    table = [HEADER, *rows]
    origins = {(r, c): where for r in range(len(table)) for c in range(len(HEADER))}
    guessed = frozenset((r, c) for r in range(1, len(table)) for c in range(len(HEADER)))
    return line[:best[0].start()].strip(), Table(table, "", origins=origins, guessed=guessed), \
        line[best[-1].end():].strip()
