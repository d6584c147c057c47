"""Reading one indicator row's cells against the block's columns (cached), the 绩效指标 column word no row
takes for its name, and an outline heading naming a level between the rows.
"""

from __future__ import annotations

import re
from functools import lru_cache

from jixiao.lexicon import roles
from jixiao.readers.align import Alignment, align, charge, costed, indicator_check
from jixiao.readers.cells import SERIAL_OUTLINE, Kind, kind
from jixiao.readers.extract.tables import level_row
from jixiao.readers.flat_figure_names import level_run_into_name, name_cut_at_figures, name_with_its_figure
from jixiao.readers.textnorm import compact

OUTLINE = re.compile(r"^(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．])")


def level_heading(text: str) -> bool:
    """"一、产出指标（50分）" / "（一）数量指标": an outline number before a level's name (and its block weight)."""
    return heading_level(text) is not None


def heading_level(text: str) -> str | None:
    """The level ("level1" or "level2") an outline heading names, or None for no such heading."""
    if OUTLINE.match(text) is None:
        return None
    named = level_row([text])  # (as the table reader takes it: "三、满意度指标" a 一级, "（一）满意度指标" a 二级)
    return named[0] if named is not None else None


LEVEL_COLUMNS = frozenset({"level1", "level2", "levels"})


def heading_row(texts: list[str], cols: list[str]) -> tuple[list[str], list[int], int]:
    """An outline heading's row with the figures its line gives after it ("一、产出指标 | 50 | 48.27", or one cell
    "（一）数量指标 20 20"): the heading in the first column, the figures in the block's 分值 and 得分 columns in the
    header's order, as the table reader's outline row takes them (:func:`.extract.tables.outline_level_row`); with
    fewer figures than those columns which one is given is a guess. The cells, the columns guessed and how many of
    ``texts`` the row takes (the heading alone when its figures do not fit those columns, or in a table with a
    level column, where no outline row is read)."""
    words, *spaced = texts[0].split(" ") if len(texts) == 1 else [texts[0]]
    figures = [*spaced, *texts[1:]]
    marks = [c for c, role in enumerate(cols) if role in ("weight", "score") and c > 0]
    row = [texts[0]] + [""] * (len(cols) - 1)
    if not figures or len(figures) > len(marks) or any(kind(t) is not Kind.NUMBER for t in figures) \
            or LEVEL_COLUMNS & set(cols):
        return row, [], 1
    row[0] = words
    for c, figure in zip(marks, figures, strict=False):
        row[c] = figure
    return row, marks[:len(figures)] if len(figures) < len(marks) else [], len(texts)


def serial_level(cells: list[str]) -> str | None:
    """"1 | 产出指标" / "1.1 | 数量指标": a 序号 cell numbering the outline, then a level's name (the two-cell level
    row :func:`level_row` reads in a Word or sheet table); the level, or None."""
    if len(cells) != 2 or not SERIAL_OUTLINE.fullmatch(cells[0].strip()):
        return None
    named = level_row(cells)
    return named[0] if named is not None else None


@lru_cache(maxsize=4096)
def column_word(text: str) -> bool:
    """"绩效指标" (the whole-unit sheet's side cell, repeated after a page break) names a column, never an
    indicator: a cell no row takes for its name."""
    key = compact(text)
    return any(role == "name_weak" and found.fullmatch(key) for role, found in roles("indicator_columns"))


# a row's reading and the work steps it took; a hit charges them again (see :func:`costed`)
_ROW_CACHE: dict[tuple[tuple[str, ...], tuple[str, ...]], tuple[Alignment, int]] = {}


def row_reading(cells: tuple[str, ...], cols: tuple[str, ...]) -> Alignment:
    key = (cells, cols)
    cached = _ROW_CACHE.get(key)
    if cached is not None:
        charge(cached[1])
        return cached[0]
    if len(_ROW_CACHE) > 20000:
        _ROW_CACHE.clear()
    _ROW_CACHE[key] = found = costed(lambda: aligned_row(cells, cols))
    return found[0]


def aligned_row(cells: tuple[str, ...], cols: tuple[str, ...]) -> Alignment:
    reading = align(cells, cols, indicator_check)
    variants = (name_with_its_figure(cells, cols), level_run_into_name(cells, cols), name_cut_at_figures(cells, cols))
    for variant in variants:
        other = align(variant[0], cols, indicator_check) if variant is not None else None
        if variant is not None and other is not None and other.score > reading.score:
            reading = Alignment(other.cells, other.guessed | {"name", "level2"} & other.cells.keys(), other.score,
                                {role: variant[1][at] for role, at in other.origin.items()})
    return reading
