"""A level's listed targets are cut at each comma outside brackets in one pass: the cut is compared with the
pattern it replaced (a comma whose look-ahead finds no ")" before the next "(") on many short strings, then run on a
line of 100,000 clauses, which the old look-ahead crossed again from every comma (20,000 clauses took 6 s)."""

from __future__ import annotations

import random
import re

from jixiao.readers.extract.listed_targets import clauses, listed_items

_OLD_CLAUSES = re.compile(r",(?![^()]*\))")


def test_clauses_are_cut_where_the_old_pattern_cut_them() -> None:
    assert clauses("A标准达到30年一遇(150mm,24h),B达标") == ["A标准达到30年一遇(150mm,24h)", "B达标"]
    rng = random.Random(39)
    for _ in range(50_000):
        text = "".join(rng.choice("a,()甲,") for _ in range(rng.randint(0, 14)))
        assert clauses(text) == _OLD_CLAUSES.split(text), text


def test_a_line_of_many_clauses_is_cut_in_one_pass() -> None:
    line = "某某指标名称" + ",某某指标名称" * 100_000
    assert len(clauses(line)) == 100_001
    short = "某某指标名称" + ",某某指标名称" * 3
    assert listed_items(line + ";" + line) == listed_items(short + ";" + short)  # (a later clause with no figure
    # opens no item of its own: each part is one item)
