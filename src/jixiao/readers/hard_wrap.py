"""Undoing a fixed-width hard wrap before cells are looked for.

A form flattened to one line per row (or the whole form on one line) and then saved by an editor or a
mail client that wraps at a fixed width (~60 or ~80 characters, or display columns where a Chinese
character takes two) is cut anywhere: mid-cell, mid-number ("341." / "15"). The cut lines all reach
the wrap width and no line passes it; each such line continues on the next one with nothing between
them. Joined back, the text reads as the unwrapped form.

A line shorter than the width ended there in the source (or at a space the wrapper dropped: a cell
boundary either way), so it keeps its line break. The joined lines leave blank lines behind, so every
cell keeps the number of the line it starts on.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from jixiao.lexicon import lexicon
from jixiao.readers.textnorm import display_width as _width

_MIN_WIDTH = 30  # characters (or display columns / 2) a wrap width has at least: shorter "wraps" are lists
_MIN_CUTS = 3  # lines cut at the width: fewer are a coincidence
_PIPE_ROW = re.compile(r"^\s*[|｜].*[|｜]\s*$")  # a Markdown or web table row, padded to its column widths
_RULE = re.compile(r"^[\s\-=*_—─━|｜+]*$")
_STOP = "。！？；!?;"
_CN = "一二三四五六七八九十"
# a numbered item, a heading or a bullet: "5.", "四、", "（二）", "(3)", "第二部分", "①", "- ", "## "
_ITEM_START = re.compile(rf"\s*(?:[-*+]\s|#{{1,6}}\s|[{_CN}]{{1,3}}\s*[、.．]|[(（]\s*[{_CN}\d]{{1,3}}\s*[)）]"
                         rf"|\d{{1,2}}\s*(?:、|[.．](?!\d))|第\s*[{_CN}\d]{{1,3}}\s*(?:部分|章|节)|[①-⑳])")

# a 一级 block's heading with its points ("（三）满意度指标（分值20分，得分20分）"): it opens a line of its own even
# after a line cut at the width (the wrapped line that went on from there lost: a dropped line, a page break)
_BLOCK_HEADING = re.compile(rf"\s*(?:[{_CN}]{{1,3}}\s*[、.．]|[(（]\s*[{_CN}\d]{{1,3}}\s*[)）])\s*"
                            rf"(?:{lexicon()['levels']['level1_names']})指标\s*[(（][^)）]{{0,12}}?\d+(?:\.\d+)?\s*分")


def _one_bar_count(full: set[str], after: set[str]) -> bool:
    """Whether every line that reached the width holds one count of bars, two or more ("产出指标 | 数量指标 | … | 20"
    in each), and so does every line after one: rows of a table with bars between their cells that came out of one
    length, each ended in the source (a wrap cuts a long line wherever the width falls, its pieces holding as many
    bars as their cells' widths let; rows cut inside their last cell, a long 偏差原因, all hold one count, but the
    line after each is that cell's tail, with fewer)."""
    counts = {_bars(line) for line in full}
    return len(counts) == 1 and (bars := counts.pop()) >= 2 and all(_bars(line) == bars for line in after)


def _bars(line: str) -> int:
    return line.count("|") + line.count("｜")


def _joins(lines: list[str], measure: Callable[[str], int], slack: int) -> dict[int, str] | None:
    """For each line a wrap at a fixed width cut, what joins it to the next line ("" mid-text, " " where
    the wrapper dropped the space it cut at), or None when the text shows no such wrap: no line passes
    the widest, and at least ``_MIN_CUTS`` lines of different texts reach it (within ``slack``: a wide character
    that did not fit) and go on on a non-empty line."""
    lengths = list(map(len, lines))
    longest = max(lengths, default=0)
    # a quick look first: a line's width is between its length and twice it, so only lines at least half as
    # long as the longest can reach the widest; fewer than _MIN_CUTS of them, no wrap (most texts stop here)
    reach = longest - slack - 1 if measure is len else (longest - slack) // 2  # (2n ≥ longest - slack - 1)
    if len(lines) < _MIN_CUTS or sorted(lengths, reverse=True)[_MIN_CUTS - 1] < reach:
        return None
    near = [i for i, n in enumerate(lengths) if n >= reach]
    sizes = [0] * len(lines)
    for i in near:
        line = lines[i]
        if line.strip() and not _PIPE_ROW.match(line) and not _RULE.match(line):
            sizes[i] = measure(line)
    wrap = max(sizes, default=0)
    if wrap < _MIN_WIDTH * (2 if measure is _width else 1):
        return None
    joins: dict[int, str] = {}
    full: set[str] = set()  # the lines cut at the width (a wrap cuts a different text each time: one cell's text
    # repeated at the longest length, "…按B/A×该指标分值记分。" in each row, is no width the text was wrapped at)
    after: set[str] = set()  # the lines after them
    for i, size in enumerate(sizes):
        if size < wrap - slack - 1 or i + 1 >= len(lines) or not lines[i + 1].strip() \
                or _PIPE_ROW.match(lines[i + 1]):
            continue
        if (lines[i][-1] in _STOP and _ITEM_START.match(lines[i + 1])) or _BLOCK_HEADING.match(lines[i + 1]):
            continue  # a sentence ends at the width and a numbered item or heading opens the next line: no cut
        room = wrap - size  # what the wrapper left free on this line
        if room == 0 or measure(lines[i + 1][0]) > room:  # the next character did not fit: cut mid-text
            joins[i] = ""
            if size >= wrap - slack:
                full.add(lines[i])
                after.add(lines[i + 1])
        elif lines[i].count(" ") >= 2 and not lines[i].endswith(" ") and not lines[i + 1].startswith(" "):
            joins[i] = " "  # it would have fit: the wrapper cut at a space between cells and dropped it
    if len(full) < _MIN_CUTS or _one_bar_count(full, after):
        return None
    padded = sum(1 for i in joins if lines[i].endswith("  "))
    if padded * 2 >= len(joins):  # lines padded to one width (a fixed-width report): not cut
        return None
    return joins


def unwrap_fixed_width(text: str) -> str:
    """``text`` with the lines of a fixed-width hard wrap joined back (the same text when there is none)."""
    if "\n" not in text:
        return text
    lines = text.splitlines()
    joins = _joins(lines, len, 0)
    if joins is None:
        joins = _joins(lines, _width, 1)
    if joins is None:
        return text
    out = list(lines)
    start = None
    for i, line in enumerate(lines):
        if start is not None:
            out[start] += joins[i - 1] + line
            out[i] = ""
        start = (i if start is None else start) if i in joins else None
    return "\n".join(out)
