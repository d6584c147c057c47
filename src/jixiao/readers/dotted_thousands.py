"""A figure whose thousands separators a viewer, OCR or a clerk wrote as decimal points: "1.460.00" for 1,460.00,
"12.345.678.50" for 12,345,678.50.

A figure holds one decimal point at most, so a run of digits with two or more points, every group between them three
digits long and the last two (the cents of an amount), has one reading: each point but the last is a
thousands separator. Read that way, with a warning to check. A figure with one point ("12.500") may be either and is
left as written (an amount so written, "42.380万元", is guessed: :func:`one_point_amounts`); a date ("2024.10.12"),
a section number ("1.2.3") or an address ("192.168.1.1") never fits. Only a figure standing alone (a cell, a word
after a space or a colon) is read so: in cells run together with no separator "95.720.50" is 95.72 and 0.50. Even
standing alone it may be two cells whose separator a copy lost ("| 95.720.50 |"), so a fact read from a rewritten
figure is guessed (:func:`doubt_figures`).
"""

from __future__ import annotations

import re

from jixiao.model import SourceRef

# a whole cell or word: after a line's start, a space, a separator or a colon, before a space, a separator, a unit or
# the line's end (cells run together with no separator, "95.720.50" for 95.72 and 0.50, are another reading)
_DOTTED = re.compile(r"(?<![^\s|｜:：])\d{1,3}(?:\.\d{3})+\.\d{2}(?=[\s|｜]|万?元|$)", re.MULTILINE)
# what every such figure ends on (its last group and its cents), searched first: it opens on the point, so the search
# skips to each point where the pattern above is tried at every character a figure may start at
_LAST_GROUPS = re.compile(r"\.\d{3}\.\d{2}")
# an amount of one point with three digits after it (up to three before): either reading
_ONE_POINT = re.compile(r"(?<![\d.,])\d{1,3}\.\d{3}(?![\d.,])(?=\s*万?元)")


def comma_thousands(text: str) -> tuple[str, list[str]]:
    """``text`` with each figure's dotted thousands separators as commas; the figures rewritten, as rewritten."""
    if text.count(".") < 2 or _LAST_GROUPS.search(text) is None:  # quick tests before the pattern
        return text, []
    rewritten: list[str] = []

    def fixed(match: re.Match[str]) -> str:
        whole, _, fraction = match.group().rpartition(".")
        rewritten.append(f"{whole.replace('.', ',')}.{fraction}")
        return rewritten[-1]

    return _DOTTED.sub(fixed, text), rewritten


def one_point_amounts(text: str) -> list[str]:
    """The amounts of ``text`` written with one point and three digits after it ("42.380万元"): 42.38, or 42,380 with
    its thousands separator read as a point."""
    return _ONE_POINT.findall(text) if "." in text else []


def dotted_figures(texts: list[str]) -> frozenset[str]:
    """The figures of a Word, PDF or HTML file's paragraphs and cells (their readers rewrite none) that a fact quoting
    is a guess: each dotted figure as written ("1.460.00": 1.46 and 0.00 run together, or 1,460.00), each amount of
    one point and three digits ("42.380万元")."""
    return frozenset(figure for text in texts if "." in text
                     for figure in [*(_DOTTED.findall(text) if _LAST_GROUPS.search(text) else []),
                                    *one_point_amounts(text)])


def doubt_figures(figures: frozenset[str], provenance: dict[str, SourceRef]) -> dict[str, SourceRef]:
    """``provenance`` with each fact quoting one of the ``figures`` marked guessed: a dotted figure rewritten is the
    one reading of a figure standing alone, yet "95.720.50" may be two cells run together (95.72 and 0.50) whose
    separator a copy lost, and "42.380万元" may be 42,380万元, so no error-level check rests on them."""
    if not figures:
        return provenance
    return {path: source.model_copy(update={"guessed": True})
            if not source.guessed and any(figure in source.text for figure in figures) else source
            for path, source in provenance.items()}


def dotted_thousands_warning(source: str, count: int) -> str:
    return f"{source}：数字中的千位分隔符写成了小数点（{count}处，如“1.460.00”），已按千位分隔符读取，请核对"
