"""The rules an OFD page draws (its PathObjects), and the printed lines they hold in one row of a ruled table.

A table cell whose text wraps prints its lines one under the other, and a row's other cells print on one of those
lines or centred between them; nothing in the text says which lines make the row. The rules do: lines with no
horizontal rule between them, ruled above and below and crossed by the table's vertical rules, are one row.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

_TOLERANCE = 0.5  # millimetres two rules' ends or heights may be apart and still be one rule
_MIN_LENGTH = 2.0  # a shorter stroke is no rule (a glyph's dash, an underline's dot)
_THIN = 1.0  # a path this thin is a rule drawn as a filled bar
_CLOSE = 1.6  # character heights a row's text stands at most from its rule above and below
_ROW_LINES = 6  # lines of one row at most
_MAX_RULES = 2_000  # rules of one page, joined (a form's page draws a few hundred): past it, no rows are made


@dataclass(frozen=True)
class Rule:
    """A straight rule on the page: ``at`` its y (horizontal) or x (vertical), from ``start`` to ``end``."""

    at: float
    start: float
    end: float


_ARGS = {"S": 2, "M": 2, "L": 2, "Q": 4, "B": 6, "A": 7, "C": 0}


def page_rules(objects: list[Any], numbers: Callable[[str | None], list[float]]) -> tuple[list[Rule], list[Rule]]:
    """The horizontal and vertical rules the page's PathObjects draw, each run of touching strokes one rule."""
    flat: list[Rule] = []
    upright: list[Rule] = []
    for obj in objects:
        box = numbers(obj.get("Boundary"))
        if len(box) < 4:
            continue
        ctm = numbers(obj.get("CTM"))
        a, b, c, d, e, f = ctm if len(ctm) == 6 else (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
        found = False
        for data in (el.text for el in obj.iter() if isinstance(el.tag, str) and el.tag.endswith("AbbreviatedData")):
            items = (data or "").split()
            point: tuple[float, float] | None = None
            i = 0
            while i < len(items):
                command, count = items[i], _ARGS.get(items[i])
                args = numbers(" ".join(items[i + 1: i + 1 + (count or 0)])) if count else []
                if count is None or len(args) < count:
                    break
                i += 1 + count
                if command in ("S", "M"):
                    point = (args[0], args[1])
                elif command == "L" and point is not None:
                    (x0, y0), (x1, y1) = point, (args[0], args[1])
                    point = (x1, y1)
                    x0, y0 = box[0] + a * x0 + c * y0 + e, box[1] + b * x0 + d * y0 + f
                    x1, y1 = box[0] + a * x1 + c * y1 + e, box[1] + b * x1 + d * y1 + f
                    if abs(y1 - y0) < _TOLERANCE and abs(x1 - x0) >= _MIN_LENGTH:
                        flat.append(Rule((y0 + y1) / 2, min(x0, x1), max(x0, x1)))
                        found = True
                    elif abs(x1 - x0) < _TOLERANCE and abs(y1 - y0) >= _MIN_LENGTH:
                        upright.append(Rule((x0 + x1) / 2, min(y0, y1), max(y0, y1)))
                        found = True
                elif count:
                    point = (args[-2], args[-1])
        if not found and box[3] <= _THIN and box[2] >= _MIN_LENGTH:
            flat.append(Rule(box[1] + box[3] / 2, box[0], box[0] + box[2]))
        elif not found and box[2] <= _THIN and box[3] >= _MIN_LENGTH:
            upright.append(Rule(box[0] + box[2] / 2, box[1], box[1] + box[3]))
    return _joined(flat), _joined(upright)


def _joined(rules: list[Rule]) -> list[Rule]:
    """Strokes on one height (or one x) that touch, as one rule: a grid drawn cell by cell. A stroke whose position
    is no finite number (a path placed at "1e308" overflows) is no rule."""
    out: list[Rule] = []
    finite = (rule for rule in rules if all(math.isfinite(x) for x in (rule.at, rule.start, rule.end)))
    for rule in sorted(finite, key=lambda r: (round(r.at / _TOLERANCE), r.start)):
        last = out[-1] if out else None
        if last is not None and abs(last.at - rule.at) < _TOLERANCE and rule.start <= last.end + _TOLERANCE:
            out[-1] = Rule(last.at, last.start, max(last.end, rule.end))
        else:
            out.append(rule)
    return out


def row_bands(lines: list[tuple[float, float, float, float]], flat: list[Rule], upright: list[Rule]) -> list[int]:
    """For each line (baseline y, character height, left x, right x; in page order) the index of the first line of
    the ruled row it belongs to (its own when it stands alone)."""
    band = list(range(len(lines)))
    if len(flat) + len(upright) > _MAX_RULES:
        return band
    flat = sorted(flat, key=lambda r: r.at)
    heights = [r.at for r in flat]
    start = 0
    while start < len(lines):
        end = start
        while end + 1 < len(lines) and end + 1 - start < _ROW_LINES \
                and not _ruled_between(lines, start, end + 1, flat, heights):
            end += 1
        if end > start and _ruled_row(lines[start: end + 1], flat, heights, upright):
            band[start: end + 1] = [start] * (end + 1 - start)
        start = end + 1
    return band


def _within(flat: list[Rule], heights: list[float], low: float, high: float) -> list[Rule]:
    """The horizontal rules (sorted by height) strictly between two heights."""
    return flat[bisect.bisect_right(heights, low): bisect.bisect_left(heights, high)]


def _ruled_between(lines: list[tuple[float, float, float, float]], first: int, nxt: int, flat: list[Rule],
                   heights: list[float]) -> bool:
    """Whether a horizontal rule runs between the lines first … nxt - 1 and line ``nxt`` over any of their width."""
    y, size, _, _ = lines[nxt]
    left = min(line[2] for line in lines[first: nxt + 1])
    right = max(line[3] for line in lines[first: nxt + 1])
    return any(rule.start < right - _TOLERANCE and rule.end > left + _TOLERANCE
               for rule in _within(flat, heights, lines[nxt - 1][0], y - size * 0.7))


def _ruled_row(lines: list[tuple[float, float, float, float]], flat: list[Rule], heights: list[float],
               upright: list[Rule]) -> bool:
    """Lines that a rule closes just above and just below over their whole width, a vertical rule crossing both:
    one row of a ruled table (not two paragraphs between two tables)."""
    left, right = min(line[2] for line in lines), max(line[3] for line in lines)
    top_y, top_size = lines[0][0], lines[0][1]
    foot_y, foot_size = lines[-1][0], lines[-1][1]
    above = [r for r in _within(flat, heights, top_y - top_size * (1 + _CLOSE), top_y - top_size * 0.7)
             if r.start <= left + _TOLERANCE and r.end >= right - _TOLERANCE]
    below = [r for r in _within(flat, heights, foot_y, foot_y + foot_size * _CLOSE)
             if r.start <= left + _TOLERANCE and r.end >= right - _TOLERANCE]
    if not above or not below:
        return False
    top, foot = max(r.at for r in above), min(r.at for r in below)
    return any(r.start <= top + _TOLERANCE and r.end >= foot - _TOLERANCE for r in upright)
