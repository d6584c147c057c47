"""The searches near a score of a long line (extract/look_around) find what the searches over the whole span
found, on random lines of the patterns' own pieces, long runs of spaces among them."""

from __future__ import annotations

import random
import re

import pytest

from jixiao.readers.extract.look_around import ends_with, first_between, found_between
from jixiao.readers.extract.outline import PARTS_WORD
from jixiao.readers.extract.totals import (
    _AFTER_WEIGHT_CELL,
    _ONE_ITEM,
    _SCORE_BRACKET,
    _SUMMED_LATER,
    _SUMMING_UP,
    _WHOLE,
)

_PIECES = ["该项", "指标", "得分", "分值", "|", " ", "  ", "\u3000", "7", "12", ".5", "综上", "2023", "年度", "本项目",
           "(", "满分", "100", "分", ",", "。", "自评", "某", "合计", "总得分", "为", "其中", "其"]


@pytest.mark.parametrize("seed", range(40))
def test_the_bounded_searches_find_what_the_whole_searches_find(seed: int) -> None:
    """The look back over a line's last characters and the search from a line's matches found once give what a
    search over the whole span gives, on random lines of the patterns' own pieces (long runs of spaces among them;
    a figure of 30 digits or more, past the look back's reach, aside)."""
    rng = random.Random(seed)
    back = [_ONE_ITEM, _AFTER_WEIGHT_CELL, _SUMMING_UP, _SCORE_BRACKET]
    for _ in range(30):
        norm = "".join(piece * (rng.choice([1, 1, 1, 30]) if not piece[0].isdigit() else 1)
                       for piece in (rng.choice(_PIECES) for _ in range(rng.randrange(1, 60))))
        if re.search(r"\d{30}", norm):
            continue
        for at in range(0, len(norm) + 1, 3):
            begin = rng.randrange(0, at + 1)
            for pattern in back:
                assert ends_with(pattern, norm, begin, at) == (pattern.search(norm[begin:at]) is not None)
            assert found_between(_WHOLE, norm, begin, at) == (_WHOLE.search(norm, begin, at) is not None)
            for pattern in (_SUMMED_LATER, PARTS_WORD):
                found, old = first_between(pattern, norm, begin, at), pattern.search(norm, begin, at)
                assert (found and found.span()) == (old and old.span())
