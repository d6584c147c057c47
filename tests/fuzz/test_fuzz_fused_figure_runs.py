"""A row's fused figures are cut where the patterns as written cut them, each run of figures and points walked once:
a flattened row of 8,000 "1.1" then "中" (or closed by "1%") was walked to its end again from each of its figures
(``_DOTTED_RUN`` and ``_RATED_RUN`` matched at each, quadratic), and a spaced level path (``_SPACED_PATH``) tried
from every character of a long word walked the word from each; a level path's or a rate cell's mark between spaces
(``joined_levels._JOIN``, ``rate_rows._PAIR``) tried from each space of a long run walked the run from each."""

from __future__ import annotations

import random
import re

from jixiao.readers import flat_spaced, flat_value_runs
from jixiao.readers.extract import joined_levels, rate_rows
from jixiao.readers.flat_value_runs import cells_between, dotted_run

# the pattern as written before the run was walked once
_DOTTED_RUN = re.compile(r"\d+\.\d[\d.]*(?![\d.%])(?![\u4e00-\u9fff]{1,2}(?:[^\u4e00-\u9fff]|$))")
_RATED_RUN = re.compile(r"\d+\.\d[\d.]*\d%")
_FIGURE_PIECES = ["1", "0", "5", "12", ".", ".5", "%", "中", "某某", "元", " ", "a", "-", "。"]


def test_a_dotted_run_is_what_the_pattern_as_written_took() -> None:
    rng = random.Random(54)
    for _ in range(6_000):
        text = "".join(rng.choice(_FIGURE_PIECES) for _ in range(rng.randint(1, 14)))
        for at in range(len(text)):
            if text[at].isdigit():
                end = flat_value_runs._DIGITS.match(text, at).end()  # type: ignore[union-attr]
                old = _DOTTED_RUN.match(text, at)
                assert dotted_run(text, at, end) == (old.group(0) if old is not None else None), (text, at)


def test_rated_amounts_are_what_the_unbounded_pattern_gave() -> None:
    rng = random.Random(541)
    pieces = ["1", "2", "3", "0", "9", ".", ".5", "00", "%", "中"]
    for _ in range(4_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(3, 40)))
        for at in range(len(text)):
            if not text[at].isdigit():
                continue
            run = _RATED_RUN.match(text, at)
            old = None
            if run is not None and run.group(0).count(".") >= 2 and not (at and text[at - 1].isdigit()):
                splits = [split for roles in flat_value_runs._RATED_ROLES
                          if (split := flat_value_runs.split_money_run(run.group(0), roles)) is not None]
                old = splits[0] if len(splits) == 1 else None
            assert flat_value_runs._rated_amounts(text, at) == old, (text, at)


def test_a_long_row_of_fused_figures_is_cut_as_a_short_one() -> None:
    for count in (3, 30_001):
        middle = ["1.11", ".", *["11.11", "."] * ((count - 3) // 2)]
        assert cells_between("某某指标" + "1.1" * count + "中") == ["某某指标", *middle, "11.1", "中"]
        assert cells_between("某某指标" + "1.1" * count + "1%") == ["某某指标", *middle, "11.11%"]
    for count in (3, 10_000):
        assert cells_between("某某指标" + "0.5100.210" * count) == ["某某指标", "0.5100.210" * count]


_PATH_PIECES = ["产出指标", "数量指标", "某某", "1.1", " ", "  ", ">", "＞", "/", "-", "›", "a"]


def test_a_spaced_level_path_is_found_where_the_pattern_as_written_found_it() -> None:
    old = re.compile(flat_spaced._SPACED_PATH.pattern.replace(r"(?<!\S)", ""))
    assert old.pattern != flat_spaced._SPACED_PATH.pattern
    rng = random.Random(542)
    for _ in range(6_000):
        text = "".join(rng.choice(_PATH_PIECES) for _ in range(rng.randint(1, 14)))
        assert [m.span() for m in flat_spaced._SPACED_PATH.finditer(text)] == [m.span() for m in old.finditer(text)]
    word = "1.1" * 200_000
    assert flat_spaced._SPACED_PATH.search(word + " 数量指标 中") is None
    found = flat_spaced._SPACED_PATH.search("某某 " + word + " / 数量指标")
    assert found is not None and found.groups() == (word, "/", "数量指标")


_MARK_PIECES = ["产出指标", "数量指标", "得分", "9.5", " ", "   ", "\t", "/", "／", "-", "—", ">", "→", "a"]


def test_a_mark_between_spaces_splits_where_the_pattern_as_written_split() -> None:
    rng = random.Random(543)
    for pattern in (joined_levels._JOIN, rate_rows._PAIR):
        old = re.compile(pattern.pattern.replace(r"(?!(?<=\s)\s)", ""))
        assert old.pattern != pattern.pattern
        for _ in range(6_000):
            text = "".join(rng.choice(_MARK_PIECES) for _ in range(rng.randint(1, 12)))
            assert pattern.split(text) == old.split(text), text
        assert pattern.split("某" + " " * 200_000 + "某") == ["某" + " " * 200_000 + "某"]
    assert joined_levels.joined_levels("产出指标" + " " * 100_000 + "-" + " " * 100_000 + "数量指标") == {
        "level1": "产出指标", "level2": "数量指标"}
