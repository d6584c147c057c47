"""The establishment (编制) of a unit's staff is found where the patterns as written found it, without cutting a run
of spaces between 编制 and its count every way between the optional note and verb: "本单位编制人数", 2,000 spaces,
")," took about 150 s through ``read_any`` (the three runs of spaces tried in every split: cubic)."""

from __future__ import annotations

import random
import re

import pytest

from jixiao.readers.extract import staff

_PATTERNS = [staff._ESTABLISHMENT, staff._KIND_ESTABLISHMENT, staff._SUBJECT_ESTABLISHMENT,
             staff._CLAUSE_ESTABLISHMENT, staff._BRACKETED_ESTABLISHMENT]
_PIECES = [" ", "  ", "\t", ",", ";", "。", "(", ")", "(参公)", "核定", "现有", "本单位", "机关", "编制", "人数", "数",
           "共计", "共", "为", ":", "32", "5", "人", "名", "个", "项目", "%", "中"]


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[object, ...]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)] + [
        (m.span(), m.groups()) for m in [pattern.match(text)] if m is not None]


@pytest.mark.parametrize("pattern", _PATTERNS, ids=lambda p: p.pattern[:20])
def test_found_as_the_pattern_as_written_found_it(pattern: re.Pattern[str]) -> None:
    old = re.compile(pattern.pattern.replace(r"\s*+", r"\s*"), pattern.flags)  # (none of them had a possessive run)
    assert old.pattern != pattern.pattern
    rng = random.Random(53)
    for _ in range(6_000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 12)))
        assert _found(pattern, text) == _found(old, text), text


def test_a_long_run_of_spaces_after_the_word_read_once() -> None:
    assert staff._ESTABLISHMENT.search("本单位编制人数" + " " * 200_000 + "),") is None
    assert staff._KIND_ESTABLISHMENT.match("行政编制" + " " * 200_000 + "中") is None
    found = staff._ESTABLISHMENT.search("本单位编制人数" + " " * 100_000 + "为" + " " * 100_000 + "32人。")
    assert found is not None and found.group(1) == "32"
