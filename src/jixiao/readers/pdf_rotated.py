"""Table cells of a PDF whose text is set sideways (Word's vertical text direction in a header cell:
"一级指标" printed bottom to top): pdfplumber joins such characters top to bottom, "标指级一"; they are
read again here in the direction they were written.
"""

from __future__ import annotations

from typing import Any

Raw = list[list[str | None]]


def _sideways(char: dict[str, Any]) -> bool:
    return not char.get("upright", True) and char.get("matrix", (1, 0))[1] != 0


def upright_cells(page: Any, table: Any, raw: Raw) -> Raw:
    """``raw`` (``table.extract()``) with every cell whose characters all run sideways read along their
    direction: upwards (the text matrix's b > 0) from the lowest character, downwards from the highest."""
    turned = [c for c in page.chars if _sideways(c)]
    if not turned:
        return raw
    out = [list(row) for row in raw]
    for r, row in enumerate(table.rows[:len(out)]):
        for col, box in enumerate(row.cells[:len(out[r])]):
            if box is None or not out[r][col]:
                continue
            x0, top, x1, bottom = box
            inside = [c for c in page.chars if x0 <= (c["x0"] + c["x1"]) / 2 <= x1
                      and top <= (c["top"] + c["bottom"]) / 2 <= bottom and c["text"].strip()]
            if not inside or not all(_sideways(c) for c in inside):
                continue
            upwards = inside[0]["matrix"][1] > 0
            inside.sort(key=lambda c: (-c["top"] if upwards else c["top"], c["x0"]))
            out[r][col] = "".join(c["text"] for c in inside)
    return out
