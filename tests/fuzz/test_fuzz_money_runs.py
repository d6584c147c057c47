"""An amount and its unit (``MONEY``, built into dozens of patterns, and ``MONEY_FIGURE``, searched for alone) and a
fund source's row (``allocation_rows._SOURCE_ROW``) read as the patterns as written read them, without walking a
long run of digits or spaces once from each of its places.

The figure of ``MONEY`` gave its digits back one at a time, trying a point, spaces and each unit after every one:
a search of 10,000 digits with no unit after them took about 18 s. It is now taken whole (what follows it is a
space or a unit, never a digit, comma or point, so a shorter take never matched). ``MONEY_FIGURE`` opens after no
digit (nor a digit and a comma): the figure opening there reads the same digits to the same end and comes first.
``_SOURCE_ROW``'s two runs of spaces around an optional mark cut a line of spaces every way (10,000 tabs: about
2 s, quadratic); they are taken whole (neither the mark nor the name opens on a space). Each is compared with the
pattern as written on many short strings of its pieces, then run at a size the old one took minutes on."""

from __future__ import annotations

import random
import re

from jixiao.numbers import WRITTEN_FIGURE
from jixiao.readers.extract.allocation_rows import _FIGURES, _SOURCE_ROW
from jixiao.readers.extract.budget_figures import MONEY, MONEY_FIGURE

_UNIT = r"\s*(亿元|万元|元|万(?![\u4e00-\u9fff])|亿(?![\u4e00-\u9fff]))"
_OLD_MONEY = rf"({WRITTEN_FIGURE}){_UNIT}"
_OLD_SOURCE_ROW = re.compile(rf"^\s*[①②③④⑤]?\s*([^\d\s①②③④⑤]{{2,16}}?资金)\s+{_FIGURES}\s*$")
_MONEY_PIECES = ["1", "2", "0", "12", ",", ".", " ", "  ", "\t", "万", "元", "亿", "万元", "亿元", "中", "资金",
                 "。", ";", "%", "-"]
_ROW_PIECES = [" ", "  ", "\t", "①", "②", "市级", "财政", "资金", "中", "180", "95%", "1,200.5", "0", "小计"]


def _spans(pattern: re.Pattern[str], text: str, pos: int = 0) -> list[tuple[object, ...]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text, pos)]


def _strings(pieces: list[str], seed: int, count: int, longest: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, longest))) for _ in range(count)]


def test_money_reads_what_the_pattern_as_written_read() -> None:
    # alone, and after a greedy and a lazy prefix (a pattern that builds on it may give its figure's first digits
    # to what comes before: the same digits go either way)
    for before in ("", "(.*)", "(.*?)", "(资金)"):
        old, new = re.compile(before + _OLD_MONEY), re.compile(before + MONEY)
        for text in _strings(_MONEY_PIECES, len(before), 3000, 24):
            assert _spans(new, text) == _spans(old, text), text
            assert new.fullmatch(text) is None if old.fullmatch(text) is None else new.fullmatch(text).groups() \
                == old.fullmatch(text).groups()  # type: ignore[union-attr]


def test_money_alone_found_where_the_pattern_as_written_found_it() -> None:
    old = re.compile(_OLD_MONEY)
    for text in _strings(_MONEY_PIECES, 7, 6000, 24):
        assert _spans(MONEY_FIGURE, text) == _spans(old, text), text
        # searched from a sentence's start, as its callers do (after 。 or ;)
        for cut in (i + 1 for i, c in enumerate(text) if c in "。;"):
            assert _spans(MONEY_FIGURE, text, cut) == _spans(old, text, cut), (text, cut)


def test_money_alone_would_open_inside_a_figure_only_where_an_earlier_opening_reads_it() -> None:
    """The opening it refuses is one the search never reached: the figure from the first digit comes first."""
    assert MONEY_FIGURE.search("资金1,234万元").group(1) == "1,234"  # type: ignore[union-attr]
    assert MONEY_FIGURE.search("资金1,234万元", 5) is None  # (from inside the figure: refused; no caller does so)
    assert MONEY_FIGURE.search(",5万元").group(1) == "5"  # type: ignore[union-attr]  # (a comma with no digit before)


def test_a_long_run_of_digits_with_no_unit_read_once() -> None:
    run = "项目资金" + "1" * 200_000 + "中，另安排10万元"
    assert MONEY_FIGURE.search(run).group(0) == "10万元"  # type: ignore[union-attr]
    # (built into a pattern searched along a line, it still opens at each digit: 2,000 of them, not 200,000)
    assert [m.group(0) for m in re.finditer(MONEY, "资金" + "7" * 2_000 + "中")] == []
    assert re.search(MONEY, "合计" + "9" * 200_000 + " 万元").group(1) == "9" * 200_000  # type: ignore[union-attr]


def test_a_source_row_read_as_the_pattern_as_written_read_it() -> None:
    for text in _strings(_ROW_PIECES, 11, 6000, 30):
        old, new = _OLD_SOURCE_ROW.match(text), _SOURCE_ROW.match(text)
        assert (new and new.groups()) == (old and old.groups()), text
    row = "②市级财政资金 180 20 0 200 190 95% 10 5%"
    assert _SOURCE_ROW.match("\t" * 100_000 + row).group(1) == "市级财政资金"  # type: ignore[union-attr]
    assert _SOURCE_ROW.match(" \t" * 100_000 + "中") is None
