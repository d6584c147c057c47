"""A form a web page holds as paragraphs, not as a ``<table>``: a Word form lined up with tab stops saved or copied
as HTML gives one ``<p>`` a row, its cells parted by tabs or spaces,

    <p>一级指标⇥二级指标⇥三级指标⇥年度指标值⇥实际完成值⇥分值⇥得分</p>
    <p>产出指标⇥数量指标⇥巡查次数⇥≥24次⇥26次⇥20⇥20</p>

and an OA page may give one ``<p>`` a cell. A run of paragraphs holding an indicator table's header (its cells in
a row or one a paragraph) is read as the text of a flattened form is (``text_to_document``), so the page gives the
facts its Word file gives; a page whose paragraphs hold no such header is left as it is.
"""

from __future__ import annotations

import re
from dataclasses import replace

from jixiao.readers.document import Block, Paragraph, Table
from jixiao.readers.extract.table_columns import cell_role, indicator_header

_MIN_HEAD = 4  # header cells in a row: a name, a weight and a score at least, beside a target or a level
_LABELLED = re.compile(r"[:：]")
_LINE = re.compile(r"^第(\d+)行$")


def _holds_header(run: list[Paragraph]) -> bool:
    """Whether the paragraphs' cells (tabs or spaces part a paragraph's) hold an indicator header: a stretch of
    cells each naming a column, which ``indicator_header`` takes (a label and its value, "分值：10", names none)."""
    stretch: list[str] = []
    for paragraph in run:
        for cell in paragraph.text.split():
            if cell_role(cell) is not None and not _LABELLED.search(cell):
                stretch.append(cell)
                continue
            if len(stretch) >= _MIN_HEAD and indicator_header(stretch) is not None:
                return True
            stretch = []
    return len(stretch) >= _MIN_HEAD and indicator_header(stretch) is not None


def _read_run(run: list[Paragraph]) -> list[Block]:
    """The paragraphs read as a text file's lines, each place (a paragraph's, a cell's) given as its paragraph's."""
    from jixiao.readers.source_text import text_to_document  # (the text reader imports the page's furniture)

    def place(where: str) -> str:
        line = _LINE.match(where)
        return run[int(line.group(1)) - 1].location if line and int(line.group(1)) <= len(run) else where

    document = text_to_document("\n".join(p.text for p in run), "网页段落")
    return [replace(block, location=place(block.location)) if isinstance(block, Paragraph)
            else replace(block, origins={at: place(where) for at, where in block.origins.items()})
            for block in document.blocks]


def with_text_forms(blocks: list[Block]) -> list[Block]:
    """``blocks`` with each run of paragraphs that holds an indicator header read as a flattened form's text
    (tables numbered anew in page order when one is read)."""
    out: list[Block] = []
    run: list[Paragraph] = []
    read = False

    def close() -> None:
        nonlocal read
        if run and _holds_header(run):
            found = _read_run(run)
            read = read or any(isinstance(b, Table) for b in found)
            out.extend(found if any(isinstance(b, Table) for b in found) else run)
        else:
            out.extend(run)
        run.clear()

    for block in blocks:
        if isinstance(block, Paragraph):
            run.append(block)
            continue
        close()
        out.append(block)
    close()
    if not read:
        return blocks
    tables = 0
    numbered: list[Block] = []
    for block in out:
        if isinstance(block, Table):
            tables += 1
            block = replace(block, name=f"表{tables}")
        numbered.append(block)
    return numbered
