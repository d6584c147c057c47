"""One scanned page → :class:`PageScan`: clean it, find its lines, turn it upright, read every line.

Detection runs on the page reduced to ``engine.DETECT_SIDE`` pixels (its cost grows with the area,
and text lines stay clear at that size); recognition reads each line from the full page.
"""

from __future__ import annotations

import numpy as np

from jixiao.ocr import engine, orient
from jixiao.ocr.preprocess import TARGET_DPI, page_dpi, prepare
from jixiao.ocr.result import Glyph, PageScan, TextBox
from jixiao.ocr.rules import find_rules
from jixiao.ocr.text import malformed_number

_MIN_SIDE = 32  # px: a page narrower than a line of text holds nothing to read
_UPSIDE_DOWN = 0.6  # mean belief of the sample lines above which the page is turned over
_MIN_SKEW = 0.1  # degrees; less is not worth resampling the page
_MISREAD = 0.5  # the confidence left to the digits of a malformed number (7,69391)


def scan_page(image: np.ndarray, stated_dpi: float | None = None) -> PageScan:
    """Read one page (an RGB or grey array, any resolution) into text boxes and ruled lines."""
    height, width = image.shape[:2]
    gray = prepare(image, page_dpi(width, height, stated_dpi))
    if min(gray.shape[:2]) < _MIN_SIDE:
        return PageScan(width=gray.shape[1], height=gray.shape[0], dpi=TARGET_DPI)
    factor, small = _reduced(gray)
    quads = engine.detect(_bgr(small))
    rotation = 0
    if orient.lies_on_side(quads):
        gray, small = np.ascontiguousarray(np.rot90(gray, k=-1)), np.ascontiguousarray(np.rot90(small, k=-1))
        quads = engine.detect(_bgr(small))
        rotation = 90
    if _upside_down(small, quads):
        gray, small = np.ascontiguousarray(gray[::-1, ::-1]), np.ascontiguousarray(small[::-1, ::-1])
        quads = orient.turn_quads_180(quads, small.shape[1], small.shape[0])
        rotation = (rotation + 180) % 360
    full_quads = (quads * factor).astype(np.float32)
    found = orient.skew(quads)
    angle = found if found is not None else orient.profile_skew(small)
    if abs(angle) >= _MIN_SKEW:
        full_quads = orient.straighten_quads(full_quads, gray.shape[1], gray.shape[0], angle)
        gray = orient.straighten(gray, angle)
    boxes = _read_lines(gray, full_quads)
    horizontal, vertical = find_rules(gray, TARGET_DPI)
    return PageScan(width=gray.shape[1], height=gray.shape[0], dpi=TARGET_DPI, rotation=rotation,
                    skew=round(angle, 2), boxes=boxes, horizontal=horizontal, vertical=vertical)


def _reduced(gray: np.ndarray) -> tuple[float, np.ndarray]:
    import cv2

    longest = max(gray.shape[:2])
    if longest <= engine.DETECT_SIDE:
        return 1.0, gray
    factor = longest / engine.DETECT_SIDE
    size = (max(1, round(gray.shape[1] / factor)), max(1, round(gray.shape[0] / factor)))
    return factor, cv2.resize(gray, size, interpolation=cv2.INTER_AREA)


def _bgr(gray: np.ndarray) -> np.ndarray:
    return np.repeat(gray[:, :, None], 3, axis=2)


def _upside_down(small: np.ndarray, quads: np.ndarray) -> bool:
    sample = [engine.crop(small, q) for q in orient.longest(quads)]
    beliefs = engine.upside_down([_bgr(c) for c in sample if c.size])
    return bool(beliefs) and float(np.mean(beliefs)) > _UPSIDE_DOWN


def _read_lines(gray: np.ndarray, quads: np.ndarray) -> list[TextBox]:
    crops, kept = [], []
    for quad in quads:
        piece = engine.crop(gray, quad)
        if piece.size and min(piece.shape[:2]) >= 4:
            crops.append(_bgr(piece))
            kept.append(quad)
    boxes = []
    for quad, crop, found in zip(kept, crops, engine.recognise(crops), strict=True):
        text = found.text.strip()
        if not text:
            continue
        x0, x1 = float(quad[:, 0].min()), float(quad[:, 0].max())
        top, bottom = float(quad[:, 1].min()), float(quad[:, 1].max())
        scale = (x1 - x0) / max(1, crop.shape[1])
        ceiling = _MISREAD if malformed_number(found.text) else 1.0
        glyphs = tuple(Glyph(g.text, x0 + g.x0 * scale, x0 + g.x1 * scale,
                             min(g.confidence, ceiling) if g.text[:1].isdigit() else g.confidence)
                       for g in found.glyphs)
        boxes.append(TextBox(found.text, x0, top, x1, bottom, min(found.confidence, ceiling), glyphs))
    return boxes
