"""Turning a page upright from its detected text lines: quarter turns, upside down, and skew.

Text lines are wide: when most detected boxes are tall the page lies on its side (90° or 270°);
the direction model then tells, from the longest lines, whether the page is upside down; and the
median slope of the lines' top edges is the skew (a scanner's up to a few degrees).
"""

from __future__ import annotations

import math

import numpy as np

MAX_SKEW = 10.0  # degrees; steeper slopes are not a scanner's skew
_SAMPLE = 12  # lines shown to the direction model


def order(quad: np.ndarray) -> np.ndarray:
    """The quad's corners as top-left, top-right, bottom-right, bottom-left."""
    s = quad.sum(axis=1)
    d = quad[:, 1] - quad[:, 0]
    return np.array([quad[np.argmin(s)], quad[np.argmin(d)], quad[np.argmax(s)], quad[np.argmax(d)]],
                    dtype=np.float32)


def _sides(quad: np.ndarray) -> tuple[float, float]:
    width = float(np.linalg.norm(quad[1] - quad[0]))
    height = float(np.linalg.norm(quad[3] - quad[0]))
    return width, height


def lies_on_side(quads: np.ndarray) -> bool:
    """True when most text boxes of some length are taller than wide (the page is turned 90°/270°)."""
    shapes = [_sides(order(q)) for q in quads]
    long = [(w, h) for w, h in shapes if max(w, h) > 2.5 * min(w, h)]
    if len(long) < 3:
        return False
    return sum(1 for w, h in long if h > w) > len(long) / 2


def longest(quads: np.ndarray, count: int = _SAMPLE) -> list[np.ndarray]:
    """The ``count`` widest boxes: the surest lines to judge direction from."""
    ranked = sorted((order(q) for q in quads), key=lambda q: -_sides(q)[0])
    return ranked[:count]


def skew(quads: np.ndarray) -> float | None:
    """The median slope (degrees, clockwise positive) of long text lines' top edges; None when the
    page has too few long lines to tell (a page of narrow table cells)."""
    angles = []
    for quad in quads:
        q = order(quad)
        width, height = _sides(q)
        if width > 4 * height and width > 40:
            (x0, y0), (x1, y1) = q[0], q[1]
            angles.append(math.degrees(math.atan2(y1 - y0, x1 - x0)))
    if len(angles) < 3:
        return None
    angle = float(np.median(angles))
    return angle if abs(angle) <= MAX_SKEW else 0.0


def profile_skew(gray: np.ndarray, limit: float = 3.0) -> float:
    """The skew (degrees, as :func:`skew`) at which the page's rows of ink are sharpest: straightened,
    text lines and ruled lines each fall into few rows. Coarse steps, then fine ones around the best."""
    import cv2

    ink = (gray < 128).astype(np.float32)
    height, width = ink.shape
    if ink.sum() < 50:
        return 0.0

    def sharpness(angle: float) -> float:
        turned = cv2.warpAffine(ink, rotation_matrix(width, height, angle), (width, height), flags=cv2.INTER_NEAREST)
        rows = turned.sum(axis=1)
        return float(np.square(np.diff(rows)).sum())

    best = max(np.arange(-limit, limit + 0.01, 0.25), key=sharpness)
    return float(max(np.arange(best - 0.25, best + 0.26, 0.05), key=sharpness))


def turn_quads_180(quads: np.ndarray, width: int, height: int) -> np.ndarray:
    """Boxes of a page turned by 180° (so the detector need not run again)."""
    turned = np.empty_like(quads)
    turned[..., 0] = width - 1 - quads[..., 0]
    turned[..., 1] = height - 1 - quads[..., 1]
    return np.array([order(q) for q in turned], dtype=np.float32).reshape(-1, 4, 2)


def rotation_matrix(width: int, height: int, angle: float) -> np.ndarray:
    """The affine map that straightens a page skewed by ``angle`` degrees (clockwise positive)."""
    import cv2

    return cv2.getRotationMatrix2D((width / 2, height / 2), angle, 1.0)


def straighten(image: np.ndarray, angle: float) -> np.ndarray:
    """``image`` rotated by ``-angle`` about its centre, the corners filled with white paper."""
    import cv2

    height, width = image.shape[:2]
    matrix = rotation_matrix(width, height, angle)
    return cv2.warpAffine(image, matrix, (width, height), flags=cv2.INTER_LINEAR,
                          borderMode=cv2.BORDER_CONSTANT, borderValue=255)


def straighten_quads(quads: np.ndarray, width: int, height: int, angle: float) -> np.ndarray:
    """The boxes moved as :func:`straighten` moves the page."""
    matrix = rotation_matrix(width, height, angle)
    points = quads.reshape(-1, 2)
    moved = points @ matrix[:, :2].T + matrix[:, 2]
    return np.array([order(q) for q in moved.reshape(-1, 4, 2)], dtype=np.float32).reshape(-1, 4, 2)
