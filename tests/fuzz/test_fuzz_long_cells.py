"""One long cell of a fused row is cut as before and in one pass: each cut is compared with the reading it replaced
on many short strings, then made at a size the old reading took minutes on."""

from __future__ import annotations

import random
import re

from jixiao.readers.flat_value_recuts import echoed_values
from jixiao.readers.flat_value_runs import _FIGURE, _ROW_TAIL, COMPARISON, UNITS, cells_between

_OLD_ROW_TAIL = re.compile("(?:" + _FIGURE + "(?=" + COMPARISON + "))?(?:" + COMPARISON + ")?(?:" + _FIGURE + "(?:%|"
                           + UNITS + ")){2,4}" + _FIGURE + r"(?![\d.%])(?=[\u4e00-\u9fff]|$)")
_TAIL_PIECES = ["0", "1", "5", "00", "10", ",", ",000", ",123", ".", ".5", "%", "万元", "万", "人", "≥", "不低于", "-",
                "某", "年", "月", " ", "，", "15", "4.6", "1,200", "5万元", "4.6万元", "98%", "10某", "0.5%"]

_ROLES: list[str | None] = ["weight", "target", "actual", "score"]


def _old_echoed(text: str) -> list[str]:
    cuts = [k for k in range(1, len(text)) if text[k:].startswith(text[:k]) or text[:k].startswith(text[k:])]
    return ["4", text[: cuts[0]], text[cuts[0]:], "4"] if len(cuts) == 1 else ["4", text, "4"]


def test_a_text_target_and_its_actual_are_cut_where_one_opens_the_other_as_before() -> None:
    rng = random.Random(42)
    for _ in range(50_000):
        base = "".join(rng.choice("甲乙、") for _ in range(rng.randint(1, 10)))
        text = rng.choice([base, base + base[: rng.randint(0, len(base))], base[: rng.randint(0, len(base))] + base,
                           base * rng.randint(1, 4)])
        assert echoed_values(["4", text, "4"], _ROLES) == _old_echoed(text), text
    cut = echoed_values(["4", "制度齐全制度齐全、执行到位", "4"], _ROLES)
    assert cut == ["4", "制度齐全", "制度齐全、执行到位", "4"]


def test_a_long_text_cell_is_asked_for_its_echo_in_one_pass() -> None:
    # (each cut was asked with two slices of the text: 200,000 characters 3.3 s, two million about 5 minutes)
    text = "甲" + "乙" * 2_000_000
    assert echoed_values(["4", text, "4"], _ROLES) == ["4", text, "4"]
    assert echoed_values(["4", "甲乙" * 1_000_000, "4"], _ROLES) == ["4", "甲乙" * 1_000_000, "4"]  # many cuts: none


def test_a_rows_tail_of_figures_is_found_where_it_was() -> None:
    rng = random.Random(42)
    for _ in range(50_000):
        text = "".join(rng.choice(_TAIL_PIECES) for _ in range(rng.randint(0, 18)))
        old = [(tail.start(), tail.end(), tail.group(0)) for tail in _OLD_ROW_TAIL.finditer(text)]
        assert [(tail.start("tail"), tail.end(), tail.group("tail")) for tail in _ROW_TAIL.finditer(text)] == old, text
    assert cells_between("完成某院区建设,医院收入达到5亿元5亿元6.47亿元10可持续") == [
        "完成某院区建设,医院收入达到", "5亿元", "5亿元", "6.47亿元", "10", "可持续"]


def test_a_long_run_of_digits_in_a_sentence_is_searched_for_a_rows_tail_in_one_pass() -> None:
    # (the tail was tried from each digit, each crossing the run: 2,000 digits 0.4 s, 100,000 about 15 minutes)
    for unit in ("1234567890", "10", "1,000", "0"):
        text = "某某，" + unit * (100_000 // len(unit))
        assert cells_between(text) == [text]
