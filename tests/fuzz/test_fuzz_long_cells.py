"""One long cell of a fused row is cut as before and in one pass: each cut is compared with the reading it replaced
on many short strings, then made at a size the old reading took minutes on."""

from __future__ import annotations

import random

from jixiao.readers.flat_value_recuts import echoed_values

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
