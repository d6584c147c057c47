"""A cell's labelled lines ("填报单位：某某局   自评等级：优") are cut where the pattern as written cut them, without
reading a long run of spaces from each of its places: a table cell holding 8,000 spaces took about 13 s through
``read_any`` (the cut's split, quadratic)."""

from __future__ import annotations

import random
import re

from jixiao.readers.extract.table_labels import _CELL_LINES

_OLD = re.compile(r"(?:\s{2,}|\u3000+)(?=[^:：\s]{2,14}[:：])")
_PIECES = [" ", "  ", "\u3000", "\t", "\n", "：", ":", "甲", "乙丙", "自评等级", "优", "x", "9"]


def test_a_cell_cut_as_the_pattern_as_written_cut_it() -> None:
    rng = random.Random(52)
    for _ in range(20_000):
        cell = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 20)))
        assert _CELL_LINES.split(cell) == _OLD.split(cell), cell


def test_a_long_run_of_spaces_cut_once() -> None:
    assert _CELL_LINES.split("甲" + " " * 400_000 + "乙") == ["甲" + " " * 400_000 + "乙"]
    cell = "填报单位：某某局" + " " * 400_000 + "自评等级：优"
    assert _CELL_LINES.split(cell) == ["填报单位：某某局", "自评等级：优"]
