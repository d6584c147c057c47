"""A results table a web page printed without its first column ("绩效等级 | |" over "15.00 | 优 |",
"55.00 | 49.04 | 优 |", …, "100.00 | 94.04 | 优 |"): the labels 一级指标 / 合计 are gone, but the last row's full
mark is the sum of the full marks above it, so that row is the total: its score is the stated total and its
grade the stated grade, its full mark the form's full mark, all guessed (aligned by content, not by a label)."""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.numbers import to_decimal
from jixiao.readers.extract.facts import Facts, ref
from jixiao.readers.extract.outline import Line, Outline
from jixiao.readers.extract.totals import grade_word
from jixiao.readers.textnorm import pipe_cells

_FIGURE = re.compile(r"\d{1,3}(?:\.\d{1,2})?")
_HEAD = re.compile(r"等级|评价结果|自评结果|得分")  # the table's own words, in its first row or the line above
_MAX_ROWS = 12  # a results table: a row per level (4–6) and the total


def _cells(line: Line) -> list[str]:
    return [cell.strip() for cell in pipe_cells(line.norm.strip().strip("|")) if cell.strip()]


def unlabelled_total(outline: Outline, facts: Facts) -> None:
    """The stated total and grade from the last row of a results table whose label column was lost."""
    if facts.has("stated_total"):
        return
    run: list[Line] = []
    for line in [*outline.lines, None]:
        if line is not None and "|" in line.norm:
            run.append(line)
        elif run:
            if _read_run(run, facts):
                return
            run = []


def _read_run(run: list[Line], facts: Facts) -> bool:
    if not 3 <= len(run) <= _MAX_ROWS or not _HEAD.search(run[0].norm):
        return False
    rows = []
    for line in run:
        cells = _cells(line)
        figures = [to_decimal(c) for c in cells if _FIGURE.fullmatch(c)]
        grades = [g for c in cells if (g := grade_word(c)) is not None]
        if len(cells) - len(figures) - len(grades) > 1:
            return False  # more than one label cell: some other table
        rows.append((figures, grades))
    *above, (last_figures, last_grades) = rows[1:]
    weights = [figures[0] for figures, _ in above if figures]
    if len(last_figures) != 2 or len(last_grades) != 1 or len(weights) < 2:
        return False
    full, score = last_figures
    if sum(weights, Decimal(0)) != full or score > full or not all(len(g) == 1 for _, g in above if g):
        return False
    source = ref(run[-1].location, run[-1].text, guessed=True)
    facts.put("stated_total", score, source)
    facts.put("stated_grade", last_grades[0], source)
    if not facts.has("full_mark"):
        facts.put("full_mark", full, source)  # the row's 分值: the full mark, as in a labelled total row
    return True
