"""An OCR'd dash: the "—" of an empty cell read as the character 一. A table with a lone 一 in a cell writes its dashes
so; there an actual cell opening with 一 before words, its target cell empty, holds the empty target's dash glued on
("4 | 一目标明确 | 4": no target, actual 目标明确)."""

from __future__ import annotations

from jixiao.readers.document import Table
from jixiao.readers.textnorm import HAN

OCR_DASH = "一"


def _writes_dash_as_one(table: Table) -> bool:
    return any(cell.strip() == OCR_DASH for row in table.rows for cell in row)


def without_glued_dash(table: Table, target_text: str, actual_text: str) -> str:
    """``actual_text`` with a glued OCR dash cut off its front when the target cell is empty and the table writes its
    dashes as 一; else as it is."""
    text = actual_text.strip()
    if target_text.strip() or len(text) < 3 or text[0] != OCR_DASH or not HAN.match(text[1]) \
            or not _writes_dash_as_one(table):
        return actual_text
    return text[1:]
