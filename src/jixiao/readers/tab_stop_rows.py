"""A form a Word user lines up with tab stops instead of a table: consecutive paragraphs whose cells are parted by
tabs,

    一级指标⇥二级指标⇥三级指标⇥年度指标值⇥实际完成值⇥分值⇥得分
    产出指标⇥数量指标⇥抽检批次⇥≥1800批次⇥1862批次⇥20⇥20

read as the table they show, one paragraph a row, one tab a cell boundary, a column no row fills left out (as a
text file's tab rows are)."""

from __future__ import annotations

from jixiao.readers.document import Block, Paragraph, Table
from jixiao.readers.textnorm import clean_line

MIN_TABS = 2  # a row parts three cells at least
_MIN_ROWS = 3  # two tabbed lines may be a signature line and a date: a table has a header and rows


def without_empty_columns(rows: list[list[str]]) -> list[list[str]]:
    """Tab rows with the columns no row fills left out: two tabs between cells ("全年预算⇥⇥338.10⇥⇥402.30", lined up
    on tab stops) part two cells, not three."""
    width = max(len(row) for row in rows)
    filled = [c for c in range(width) if any(c < len(row) and row[c] for row in rows)]
    if len(filled) == width:
        return rows
    return [[row[c] if c < len(row) else "" for c in filled] for row in rows]


def tab_stop_tables(blocks: list[Block], tabbed: dict[int, str]) -> list[Block]:
    """``blocks`` with each run of ``_MIN_ROWS`` paragraphs or more whose tabbed texts ``tabbed`` holds (by block
    index) replaced by one table of their cells."""
    if len(tabbed) < _MIN_ROWS:
        return blocks
    out: list[Block] = []
    run: list[int] = []

    def close() -> None:
        if len(run) >= _MIN_ROWS:
            first = blocks[run[0]]
            assert isinstance(first, Paragraph)
            rows = [[clean_line(c) for c in tabbed[i].split("\t")] for i in run]
            out.append(Table(without_empty_columns(rows), f"制表位对齐的表（{first.location}起）"))
        else:
            out.extend(blocks[i] for i in run)
        run.clear()

    for index, block in enumerate(blocks):
        if index in tabbed and (not run or run[-1] == index - 1):
            run.append(index)
            continue
        close()
        if index in tabbed:
            run.append(index)
        else:
            out.append(block)
    close()
    return out
