"""One cell of flattened text, as the flattened-table readers pass it around."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Token:
    """One cell of flattened text: its text, the index of its line, and whether the source shows a
    row starting here (the first cell of a line of several cells, or after a "||||" row break)."""

    text: str
    line: int
    row_start: bool = False
    in_row: bool = False  # a cell of a line split at "|" or tabs: a table row as the source wrote it
    celled: bool = False  # from a line with a cell rule, even one cell ("二级 指标 |"): never a caption
    guessed: bool = False  # cut from a line whose form words were read back from an OCR misreading
    written: bool = False  # in a guessed line, a cell the text itself bounds (:class:`.fused_money.WrittenCell`)
