"""A table of contents' line (leaders and a page number closing it, "一、单位基本情况……………3") is told as the pattern as
written told it, without reading a long run of leaders from each of its dots: a line of 8,000 dots closed by
"中1" (its last character a figure, so it is searched) took about 13 s through ``read_any``, quadratic."""

from __future__ import annotations

import random
import re

from jixiao.readers.extract.outline import _is_contents_line

_OLD_TOC = re.compile(r"PAGEREF|_Toc\d+|\.[.…·]{3,}\s*\d+$|…[.…·]{3,}\s*\d+$|·[.…·]{3,}\s*\d+$")
_PIECES = [".", "..", "…", "·", " ", "1", "23", "中", "、", "PAGEREF", "_Toc", "\n", "x"]


def _old(norm: str) -> bool:
    return ("PAGEREF" in norm or "_Toc" in norm or norm.rstrip("\n")[-1:].isdecimal()) \
        and _OLD_TOC.search(norm) is not None


def test_a_contents_line_told_as_the_pattern_as_written_told_it() -> None:
    rng = random.Random(52)
    for _ in range(20_000):
        norm = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 16)))
        assert _is_contents_line(norm) == _old(norm), norm


def test_a_long_run_of_leaders_read_once() -> None:
    assert not _is_contents_line("一、单位基本情况" + "." * 400_000 + "中1")
    assert _is_contents_line("一、单位基本情况" + "·" * 200_000 + "…" * 200_000 + " 12")
    assert not _is_contents_line("甲..1")  # (three leaders are no leaders)
