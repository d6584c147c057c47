"""The translation beside the Chinese is found as the patterns as written found it, in one pass over a long line.

- An English gloss after Chinese ("经费来源 Funding Source"): a search tried each place a gloss can open and read the
  run of words to its end from each; a line of "(x) Word (x) Word …" took about 1.8 s a 10,000 characters.
- Another script's run with its figures ("1-دەرىجىلىك"): each place of a long run of figures with no word after it
  read the run again.

Each is compared with the pattern as written on many short strings of its pieces, then run at a size the old one
took minutes on, and through ``read_any`` on a report holding such a line."""

from __future__ import annotations

import random
import re
from pathlib import Path

from jixiao.readers import read_any
from jixiao.readers.other_scripts import (
    _RUN,
    _SCRIPT,
    _glosses,
    english_glossed,
    without_english_gloss,
    without_other_script,
)

_WORDS = r"[A-Z][a-z]+(?:[ \t]+(?:[A-Za-z][a-z]*(?:-[A-Za-z][a-z]*)*|\d+|\([^()\n]{1,20}\)))*"
_OLD_GLOSS = re.compile(rf"[ \t](?<=[\u3400-\u9fff）)][ \t])[ \t]*{_WORDS}(?:-[a-z]*|(?<=[\d)])[a-z]+)?"
                        r"(?=[ \t]*(?:$|[：:]))", re.M)
_OLD_RUN = re.compile(rf"[\d.\-()（）]*[{_SCRIPT}](?:[{_SCRIPT}\d.\-()（）\s\u200c-\u200f]*[{_SCRIPT}])?\s*")
_RUN_PIECES = ["1", "42", "\u0663", "\u06f5", "\u0f22", "\u1812", ".", "-", "(", ")", "（", "）", "\u0643", "\ud55c",
               "\u0f40", " ", "  ", "\n", "\t", "乙", "q", "\u200c", "：", "，"]
_PIECES = ["乙", "）", ")", "(", " ", "  ", "\t", "\n", ":", "：", "Cost", "Plan", "plan", "Ab", "A", "PPP", "7", "-",
           "-up", "-Ab", "st", "(q)", "(k 3)", "(乙 Ab)", "(乙 Ab:q)", "(乙 Ab-cd: 2)", "(丙）Ab)", "Re-do", "。", "，"]


def test_glosses_are_found_where_the_search_found_them() -> None:
    rng = random.Random(51)
    for _ in range(40_000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 16)))
        assert [m.span() for m in _glosses(text)] == [m.span() for m in _OLD_GLOSS.finditer(text)], text
        assert without_english_gloss(text) == _old_without(text), text
        assert english_glossed([text]) == (len(_OLD_GLOSS.findall(text)) >= 3), text


def _old_without(text: str) -> str:
    from jixiao.readers import other_scripts

    saved = other_scripts._glosses
    other_scripts._glosses = _OLD_GLOSS.finditer  # type: ignore[assignment]
    try:
        return without_english_gloss(text)
    finally:
        other_scripts._glosses = saved


def test_a_long_line_of_bracketed_words_is_read_in_one_pass() -> None:
    # (the search: 10,000 characters took about 1.8 s, 400,000 far longer than any test run)
    line = "某项" + " (k) Plan" * 50_000 + " 乙"
    assert list(_glosses(line)) == []
    assert without_english_gloss(line) == line
    glossed = "某项 Plan" + " (k) Plan" * 50_000
    assert [m.span() for m in _glosses(glossed)] == [(2, len(glossed))]


def test_another_scripts_runs_are_found_where_the_search_found_them() -> None:
    rng = random.Random(52)
    for _ in range(40_000):
        text = "".join(rng.choice(_RUN_PIECES) for _ in range(rng.randint(0, 16)))
        assert [m.span() for m in _RUN.finditer(text)] == [m.span() for m in _OLD_RUN.finditer(text)], text
        assert _RUN.sub(" ", text) == _OLD_RUN.sub(" ", text), text


def test_a_long_run_of_figures_beside_another_script_is_read_in_one_pass() -> None:
    # (the pattern as written: 10,000 figures took about 1.6 s, 400,000 far longer than any test run)
    line = "某项 \u0643 " + "7" * 400_000 + "乙"
    assert without_other_script(line) == "某项  " + "7" * 400_000 + "乙"
    assert [m.span() for m in _RUN.finditer("7" * 400_000 + "\u0643")] == [(0, 400_001)]


def test_a_report_with_such_lines_reads(tmp_path: Path) -> None:
    path = tmp_path / "报告.txt"
    path.write_text("一、单位基本情况\n经费来源 Cost Source\n考核等次 Grade Plan\n项目名称 Plan Name\n"
                    "某项" + " (k) Plan" * 40_000 + " 乙\n某项 \u0643 " + "7" * 100_000 + "乙\n"
                    "二、项目自评\n本项目自评得分90分。\n", encoding="utf-8")
    assert read_any(path).evaluation is not None
