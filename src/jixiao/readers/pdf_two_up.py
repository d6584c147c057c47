"""A PDF sheet that holds two pages side by side (a booklet print, a viewer's "two pages per sheet" export: two A4
pages on one landscape A3 sheet): its middle, so that each half is read as a page of its own, left then right."""

from __future__ import annotations

from typing import Any

_LANDSCAPE = 1.2  # a sheet this much wider than high may hold two pages
_STRIP = 0.04  # no character within this share of the width on either side of the middle
_MIN_CHARS = 20  # characters each half holds at least


def two_up_middle(page: Any) -> float | None:
    """The x of the middle of a PDFium ``page`` that is two pages side by side: a landscape sheet with text on both
    halves and no character nor drawn rule in a strip down its middle (a table or a line across the sheet has
    some); else None."""
    width, height = page.get_size()
    if width < _LANDSCAPE * height:
        return None
    textpage = page.get_textpage()
    middle, strip = width / 2, _STRIP * width
    left = right = 0
    for i in range(textpage.count_chars()):
        x0, _, x1, _ = textpage.get_charbox(i)
        if x1 <= x0:  # a space or a break PDFium adds: no box
            continue
        if x1 <= middle - strip:
            left += 1
        elif x0 >= middle + strip:
            right += 1
        else:
            return None
    if left < _MIN_CHARS or right < _MIN_CHARS or _drawn_across(page, middle - strip, middle + strip):
        return None
    return middle


def _drawn_across(page: Any, start: float, end: float) -> bool:
    """Whether a drawn line or box reaches into the strip from ``start`` to ``end``: a table's rules run through
    the middle of a landscape page even where its cells there are empty (a 偏差原因 column left blank on a
    continued page); two pages side by side draw nothing between them."""
    import pypdfium2.raw as pdfium_c

    for path in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH]):
        left, _, right, _ = path.get_bounds()
        if right > start and left < end:
            return True
    return False
