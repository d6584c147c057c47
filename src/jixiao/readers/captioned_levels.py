"""Indicator tables each under a caption of its levels ("产出指标 · 数量指标" over a page's card of one indicator, or a
table of one 二级's indicators) whose own header has no level columns: the caption's 一级 and 二级 given to its rows
as two columns before the table's own, each cited at the caption."""

from __future__ import annotations

from dataclasses import replace

from jixiao.readers.document import Document, Paragraph, Table
from jixiao.readers.extract.prose_indicator_heads import level_caption
from jixiao.readers.extract.table_columns import indicator_header


def captioned_levels(document: Document) -> Document:
    """``document`` with each level-captioned indicator table given its caption's levels (unchanged when none)."""
    blocks = list(document.blocks)
    changed = False
    for index, block in enumerate(blocks[1:], start=1):
        before = blocks[index - 1]
        if not isinstance(block, Table) or not isinstance(before, Paragraph) or len(block.rows) < 2:
            continue
        levels = level_caption(before.text) if len(before.text) <= 40 else None
        header = indicator_header(block.rows[0]) if levels is not None else None
        if levels is None or header is None or "level1" in header or "level2" in header:
            continue
        rows = [["一级指标", "二级指标", *block.rows[0]], *([*levels, *row] for row in block.rows[1:])]
        origins = {(r, c + 2): where for (r, c), where in block.origins.items()}
        origins.update({(r, c): before.location for r in range(1, len(rows)) for c in (0, 1)})
        origins.update({(r, c + 2): block.cell_location(r, c) for r in range(len(block.rows))
                        for c in range(len(block.rows[r])) if (r, c + 2) not in origins})
        blocks[index] = replace(block, rows=rows, origins=origins, confidences=None,
                                guessed=frozenset((r, c + 2) for r, c in block.guessed))
        changed = True
    return replace(document, blocks=blocks) if changed else document
