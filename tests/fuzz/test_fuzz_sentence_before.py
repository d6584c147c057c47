"""The searches of a sentence's start found once a sentence (extract/sentence_before, quoted_projects,
sentences) give what the searches of the whole start for each place gave, on random lines of the patterns' own
pieces: brackets straddling the place, quotes inside quotes, long runs of spaces, no full stop for long stretches."""

from __future__ import annotations

import random
import re
from itertools import repeat

import pytest

from jixiao.lexicon import pattern as lexicon_pattern
from jixiao.readers.extract import sentence_before, sentences
from jixiao.readers.extract.quoted_projects import other_project_led
from jixiao.readers.extract.sentence_before import ASIDE, last_without_asides
from jixiao.readers.extract.sentences import sentence_end, sentence_start
from jixiao.readers.extract.totals import _LAST_YEAR, _YEAR
from jixiao.readers.textnorm import compact

_PIECES = ["(", ")", "(", ")", "“", "”", "\"", "项目", "子项目", "专项", "某站", "上", "年", "度", "去", "一",
           "20", "2023", "2024", " ", "\u3000", "。", ";", "\n", ",", "得分", "9", "分", "整修工程", "某"]


def _old_year_search(pattern: re.Pattern[str], norm: str, at: int) -> str | None:
    found = pattern.findall(ASIDE.sub("", norm[max(map(norm.rfind, ";。\n", repeat(0), repeat(at))) + 1:at]))
    return found[-1] if found else None


def _old_other_project(norm: str, at: int, project: object) -> bool:
    begin = max(map(norm.rfind, ";。\n", repeat(0), repeat(at))) + 1
    own = compact(str(project)) if project else ""
    for quoted in lexicon_pattern("quoted_project_subject").finditer(norm, begin, at):
        name = compact(quoted.group(1))
        if not own or (name not in own and own not in name):
            return True
    return False


def _line(rng: random.Random) -> str:
    pieces = (rng.choice(_PIECES) for _ in range(rng.randrange(1, 120)))
    return "".join(piece * rng.choice([1, 1, 1, 1, 30]) if piece.isspace() or piece == "某" else piece
                   for piece in pieces)


@pytest.mark.parametrize("seed", range(40))
def test_the_sentence_searches_found_once_find_what_the_whole_searches_find(
        seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every place of random lines: the last year and last-year word of the sentence before it (its asides
    removed, one straddling the place kept), whether a quoted name before it is another project's, and where its
    sentence starts and ends, as the searches over the sentence's whole start found them."""
    monkeypatch.setattr(sentence_before, "SHORT", 0)  # (the index for every place, however near its start)
    monkeypatch.setattr(sentences, "_FAR", 0)
    rng = random.Random(seed)
    for _ in range(30):
        norm = _line(rng)
        project = rng.choice([None, "某站整修工程", "整修工程", "某"])
        for at in range(len(norm) + 1):
            assert sentence_start(norm, at) == max(map(norm.rfind, ";。\n", repeat(0), repeat(at))) + 1
            assert sentence_end(norm, at) == min([i for i in map(norm.find, ";。\n", repeat(at)) if i >= 0],
                                                 default=len(norm))
            for pattern in (_YEAR, _LAST_YEAR):
                found = last_without_asides(pattern, norm, at)
                old = _old_year_search(pattern, norm, at)
                assert (found.group(found.lastindex or 0) if found else None) == old, (norm, at)
            assert other_project_led(norm, at, project) == _old_other_project(norm, at, project), (norm, at)
