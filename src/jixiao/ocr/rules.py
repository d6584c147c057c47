"""Ruled lines of a form on a straightened page (OpenCV morphology): the grid tables are rebuilt on."""

from __future__ import annotations

import numpy as np

from jixiao.ocr.result import Rule

_INK = 160  # grey level below which a pixel is ink


def find_rules(gray: np.ndarray, dpi: int) -> tuple[list[Rule], list[Rule]]:
    """Horizontal and vertical ruled lines: runs of ink far longer than any stroke of a character.

    A horizontal rule is at least 1.5 cm long, a vertical one 0.6 cm (a table row's height);
    characters' strokes and the dashes of `— 3 —` are shorter.
    """
    import cv2

    ink = (gray < _INK).astype(np.uint8)
    # close the gaps a faint or broken scan leaves in a printed line
    long_h = max(20, int(dpi * 1.5 / 2.54))
    long_v = max(12, int(dpi * 0.6 / 2.54))
    horizontal = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (long_h, 1)))
    vertical = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, long_v)))
    horizontal = cv2.dilate(horizontal, cv2.getStructuringElement(cv2.MORPH_RECT, (9, 3)))
    vertical = cv2.dilate(vertical, cv2.getStructuringElement(cv2.MORPH_RECT, (3, 9)))
    return _segments(horizontal, across=False), _segments(vertical, across=True)


def _segments(mask: np.ndarray, across: bool) -> list[Rule]:
    import cv2

    count, _, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    rules = []
    for index in range(1, count):
        x, y, w, h, _ = (int(v) for v in stats[index])
        if across:
            rules.append(Rule(at=x + w / 2, start=float(y), end=float(y + h)))
        else:
            rules.append(Rule(at=y + h / 2, start=float(x), end=float(x + w)))
    return rules
