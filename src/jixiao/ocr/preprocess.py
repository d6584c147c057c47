"""Cleaning a scanned page before recognition: resolution, red seals, grey or yellowed paper.

Every page is brought to :data:`TARGET_DPI` (scans come at 150–600 dpi; the recogniser reads lines
at 48 px, so more pixels only cost time), turned to grey in a way that makes red ink vanish, and
divided by its own background so that grey, yellowed or unevenly lit paper becomes white.
"""

from __future__ import annotations

import numpy as np

TARGET_DPI = 200
A4_LONG_INCHES = 297 / 25.4
_MIN_DPI, _MAX_DPI = 72, 1200
_RED_MARGIN = 50  # a seal's pixel: its red channel this much above both green and blue,
_RED_BRIGHT = 150  # and bright (red ink blurred into black print is darker: it stays, as print)


def page_dpi(width: int, height: int, stated: float | None) -> float:
    """The page's resolution: as the file states it when plausible, else as if the page were A4."""
    if stated and _MIN_DPI <= stated <= _MAX_DPI:
        return float(stated)
    return min(_MAX_DPI, max(_MIN_DPI, max(width, height) / A4_LONG_INCHES))


def rescale(image: np.ndarray, dpi: float) -> np.ndarray:
    """``image`` resampled to :data:`TARGET_DPI` (area averaging down, cubic up)."""
    import cv2

    scale = TARGET_DPI / dpi
    if abs(scale - 1) < 0.05:
        return image
    height, width = image.shape[:2]
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    return cv2.resize(image, size, interpolation=cv2.INTER_AREA if scale < 1 else cv2.INTER_CUBIC)


def drop_red(rgb: np.ndarray) -> np.ndarray:
    """Grey levels in which red ink (seals, stamps) is as light as the paper under it.

    Each pixel takes its brightest channel: black print stays dark in all three, while a red seal
    is bright in its red channel; bright pixels clearly redder than they are green or blue (the
    seal's ink) become paper. Where the seal covers print the print stays dark (no colour), so the rows under a
    seal still read.
    """
    if rgb.ndim == 2:
        return rgb
    gray = rgb.max(axis=2)
    red = rgb[:, :, 0].astype(np.int16)
    seal = (red > _RED_BRIGHT) & (red - rgb[:, :, 1] > _RED_MARGIN) & (red - rgb[:, :, 2] > _RED_MARGIN)
    gray[seal] = 255
    return gray


def flatten(gray: np.ndarray) -> np.ndarray:
    """Divide the page by its background (the brightest level around each pixel), so paper is white.

    The background is a grey closing with a window wider than a stroke, blurred; text keeps its
    contrast whatever the paper's tint or the scanner's uneven light.
    """
    import cv2

    window = max(15, TARGET_DPI // 8) | 1
    background = cv2.dilate(gray, cv2.getStructuringElement(cv2.MORPH_RECT, (window, window)))
    background = cv2.GaussianBlur(background, (0, 0), window / 2)
    flat = gray.astype(np.float32) * (255.0 / np.maximum(background.astype(np.float32), 1.0))
    flat = np.clip(flat, 0, 255).astype(np.uint8)
    # the darkest ink to black: faint scans read better with full contrast
    dark = float(np.percentile(flat, 0.5))
    if 10 < dark < 200:  # (a blank page has no ink to stretch)
        flat = np.clip((flat.astype(np.float32) - dark) * (255.0 / (255.0 - dark)), 0, 255).astype(np.uint8)
    return flat


def prepare(rgb: np.ndarray, dpi: float) -> np.ndarray:
    """A page as scanned (RGB or grey, any dpi) → grey, seal-free, white paper, at TARGET_DPI."""
    return flatten(drop_red(rescale(rgb, dpi)))
