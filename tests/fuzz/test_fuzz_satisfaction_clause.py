"""A satisfaction clause ("受益群众满意度达98.5%") is found where the pattern as written found it, without cutting a
long run of spaces after 满意度 every way between the verb's two sides: "；甲乙满意度", 8,000 spaces, "中" took
about 7.5 s (quadratic)."""

from __future__ import annotations

import random
import re

from jixiao.readers.extract.prose_satisfaction import _CLAUSE

_OLD = re.compile(r"(?:^|(?<=[,;。:]))\s*([^,;:。\d≥≤<>=]{2,12}满意度)\s*(?:为|达到|达|均为|均达到)?\s*"
                  r"(\d{1,3}(?:\.\d{1,2})?\s*%)\s*(?=[,;。]|$)")
_PIECES = [" ", "  ", "\t", ";", ",", "。", "群众", "满意度", "为", "达到", "达", "均为", "98.5", "100", "%", "中"]


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[object, ...]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


def test_a_clause_found_as_the_pattern_as_written_found_it() -> None:
    rng = random.Random(52)
    for _ in range(20_000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 14)))
        assert _found(_CLAUSE, text) == _found(_OLD, text), text


def test_a_long_run_of_spaces_after_the_word_read_once() -> None:
    assert _found(_CLAUSE, ";甲乙满意度" + " " * 200_000 + "中") == []
    found = _CLAUSE.search(";受益群众满意度" + " " * 100_000 + "达" + " " * 100_000 + "98.5%。")
    assert found is not None and found.group(1) == "受益群众满意度" and found.group(2) == "98.5%"
