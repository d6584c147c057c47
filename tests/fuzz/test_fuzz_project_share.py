"""A total's parts after 其中 ("…1200万元，其中本项目300万元，甲项目500万元") read as before and in one pass over a long
run of spaces: the part patterns are compared with the ones they replaced on many short strings at every position,
then run at a size the old ones took minutes on (800 spaces after a part's name took about 30 s: cubic)."""

from __future__ import annotations

import random
import re

from jixiao.readers.extract.allocation_sums import _PART, _PARTS_FROM
from jixiao.readers.extract.budget_figures import MONEY

_OLD_FROM = re.compile(r"\s*,?\s*\(?其中\s*:?\s*")
_OLD_PART = re.compile(r"(?P<who>[^,;。:、()\d]{1,30}?)\s*(?:为|:)?\s*(?:共计|共)?\s*" + MONEY + r"\s*[,、;)]?\s*")


def _at(pattern: re.Pattern[str], text: str, at: int) -> object:
    found = pattern.match(text, at)
    return found and (found.span(), found.groups())


def test_parts_read_as_before_on_many_strings() -> None:
    rng = random.Random(49)
    pieces = ["1", "27", "3.5", ",", "1,200", " ", "  ", "\n", "万元", "元", "为", "共", "共计", ":", "其中", "(", ")",
              "、", ";", "本项目", "甲", "资金"]
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        for at in range(len(text) + 1):
            assert _at(_PART, text, at) == _at(_OLD_PART, text, at), (text, at)
            assert _at(_PARTS_FROM, text, at) == _at(_OLD_FROM, text, at), (text, at)


def test_a_long_run_of_spaces_is_given_up_in_one_pass() -> None:
    # (the old patterns: 800 spaces took about 30 s; 200,000, far longer than any test run)
    assert _PART.match("甲" + " " * 200_000 + "乙") is None
    assert _PARTS_FROM.match(" " * 200_000) is None
    found = _PART.match("本项目" + " " * 200_000 + "300万元")
    assert found is not None and found.group("who") == "本项目"
