"""Patterns rewritten to open on a set of first characters (so that a search skips to them rather than trying the
pattern at every character): each finds what the pattern as it was written finds, kept here as the reference."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from jixiao.readers.extract.grade_bands import _RULE_HEAD
from jixiao.readers.other_scripts import _GLOSS, _WORDS, english_glossed, without_english_gloss

_GLOSS_AS_WRITTEN = re.compile(rf"(?<=[\u3400-\u9fff）)])[ \t]+{_WORDS}-?[a-z]*(?=[ \t]*(?:$|[：:]))", re.M)
_RULE_HEAD_AS_WRITTEN = re.compile(r"(?:分数|得分|分值|评分|总分)(?:区间|范围|段)|等级(?:标准|划分|区间)")

_GLOSS_PIECES = st.sampled_from(["资金来源", "名称", "）", ")", "(", " ", "  ", "\t", "\n", ":", "：", "Funding",
                                 "Source", "source", "Level", "2", "-", "-in", "A", "PPP", "(ten thousand)", "。",
                                 "ㄱ", "𠀀"])
_HEAD_PIECES = st.sampled_from(["分", "数", "得", "值", "评", "总", "等", "级", "区间", "范围", "段", "标准", "划分",
                                "区", "间", "分数", "等级", " ", "|", "\n", "某某"])


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [match.span() for match in pattern.finditer(text)]


@given(st.lists(_GLOSS_PIECES, max_size=12).map("".join))
@settings(max_examples=800, deadline=None)
def test_an_english_gloss_is_found_where_the_look_behind_in_front_found_it(text: str) -> None:
    assert _spans(_GLOSS, text) == _spans(_GLOSS_AS_WRITTEN, text)
    assert _GLOSS.sub("", text) == _GLOSS_AS_WRITTEN.sub("", text)


@given(st.lists(_HEAD_PIECES, max_size=10).map("".join))
@settings(max_examples=800, deadline=None)
def test_a_grade_rules_header_is_found_where_the_grouped_words_found_it(text: str) -> None:
    assert _spans(_RULE_HEAD, text) == _spans(_RULE_HEAD_AS_WRITTEN, text)
    assert bool(_RULE_HEAD.fullmatch(text)) == bool(_RULE_HEAD_AS_WRITTEN.fullmatch(text))


def test_glosses_after_chinese_are_still_cut() -> None:
    cells = ["经费来源 Funding Source", "考核等次 Grade Level", "项目负责人（甲）\tProject Lead：某某", "Total"]
    assert english_glossed(cells)
    assert [without_english_gloss(cell) for cell in cells] == ["经费来源", "考核等次", "项目负责人（甲）：某某", ""]
    assert without_english_gloss("共计 PPP 项目") == "共计 PPP 项目"  # an acronym opens no gloss
