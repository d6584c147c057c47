"""A 基础数据表's staff row run together with its rate: under "编制数 | 实际在职人数 | 控制率" (a viewer's text, the
header's words wrapped in any order) the cells come as one run, "877383.91%" — 87 established, 73 in post,
83.91 %. The rate is in post ÷ established, so the run is split where that holds (the rate's whole part one to three
digits, each count without a leading zero); read only when exactly one split holds, and marked guessed."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from jixiao.lexicon import lexicon
from jixiao.readers.extract.facts import Facts, ref
from jixiao.readers.extract.outline import Outline

_RUN = re.compile(r"(?<![\d.])(\d{3,10})(\.\d{1,2})?\s*%")
_HEADER_BEFORE = 80  # the header's words stand this near before the run


def _splits(digits: str, decimals: str) -> set[tuple[int, int]]:
    """Every (established, in post) the run can be cut into with its rate holding, in either column order."""
    found: set[tuple[int, int]] = set()
    for whole in range(1, 4):
        counts, rate_text = digits[:-whole], digits[-whole:] + decimals
        if len(counts) < 2 or (len(rate_text.split(".")[0]) > 1 and rate_text.startswith("0")):
            continue
        rate = Decimal(rate_text)
        step = Decimal(1).scaleb(-len(decimals[1:])) if decimals else Decimal(1)
        for cut in range(1, len(counts)):
            first, second = counts[:cut], counts[cut:]
            if first.startswith("0") or second.startswith("0"):
                continue
            a, b = int(first), int(second)
            for established, in_post in ((a, b), (b, a)):
                if (Decimal(in_post) * 100 / established).quantize(step, ROUND_HALF_UP) == rate:
                    found.add((established, in_post))
    return found


def staff_rate_run(outline: Outline, facts: Facts) -> None:
    """The establishment and the staff from a run under the staff header (the header's words in the run's line
    or the lines just before it), when neither is known."""
    if facts.has("unit.staff_establishment") or facts.has("unit.staff_total"):
        return
    words = [re.compile(word) for word in lexicon()["staff_rate_header"]]
    lines = outline.lines
    for position, line in enumerate(lines):
        for run in _RUN.finditer(line.norm):
            before = line.norm[:run.start()]
            back = position
            while len(before) < _HEADER_BEFORE and back > 0:
                back -= 1
                before = lines[back].norm + before
            if not all(word.search(before[-_HEADER_BEFORE:]) for word in words):
                continue
            found = _splits(run.group(1), run.group(2) or "")
            if len(found) != 1:
                continue
            established, in_post = found.pop()
            source = ref(line.location, line.text[run.start(): run.end()], guessed=True)
            facts.put("unit.staff_establishment", established, source)
            facts.put("unit.staff_total", in_post, source)
            return
