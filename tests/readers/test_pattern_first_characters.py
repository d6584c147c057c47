"""Patterns rewritten to open on a set of first characters (so that a search skips to them rather than trying the
pattern at every character): each finds what the pattern as it was written finds, kept here as the reference."""

from __future__ import annotations

import importlib
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from jixiao.readers.extract.grade_bands import _RULE_HEAD
from jixiao.readers.flat_glued_scores import _GLUED, unglued_scores
from jixiao.readers.other_scripts import _GLOSS, _WORDS, english_glossed, without_english_gloss

_GLOSS_AS_WRITTEN = re.compile(rf"(?<=[\u3400-\u9fff）)])[ \t]+{_WORDS}-?[a-z]*(?=[ \t]*(?:$|[：:]))", re.M)
_RULE_HEAD_AS_WRITTEN = re.compile(r"(?:分数|得分|分值|评分|总分)(?:区间|范围|段)|等级(?:标准|划分|区间)")
_GLUED_AS_WRITTEN = re.compile(r"(?:(?<=\s)|^)(\d{1,3}(?:\.\d{1,2})?)(?=([\u4e00-\u9fff][^\s\d]+))")

_GLOSS_PIECES = st.sampled_from(["资金来源", "名称", "）", ")", "(", " ", "  ", "\t", "\n", ":", "：", "Funding",
                                 "Source", "source", "Level", "2", "-", "-in", "A", "PPP", "(ten thousand)", "。",
                                 "ㄱ", "𠀀"])
_HEAD_PIECES = st.sampled_from(["分", "数", "得", "值", "评", "总", "等", "级", "区间", "范围", "段", "标准", "划分",
                                "区", "间", "分数", "等级", " ", "|", "\n", "某某"])

_GLUED_PIECES = st.sampled_from(["1", "7", "25", "100", "1234", ".", ".5", "３", "٣", " ", "  ", "\t", "\n", "\u3000",
                                 "分", "好", "某某", "达标率", "个", "%", "a", "-", "(", "𠀀"])


# (the set of first characters re's compiler finds for a search to skip to, None when it finds none)
_COMPILER, _PARSER = importlib.import_module("re._compiler"), importlib.import_module("re._parser")


def _first_characters(pattern: re.Pattern[str]) -> list[tuple[object, object]] | None:
    first: list[tuple[object, object]] | None = _COMPILER._get_charset_prefix(
        _PARSER.parse(pattern.pattern, pattern.flags), pattern.flags)
    return first


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


@given(st.lists(_GLUED_PIECES, max_size=12).map("".join))
@settings(max_examples=800, deadline=None)
def test_a_glued_score_is_found_where_the_look_behind_in_front_found_it(text: str) -> None:
    found = [(match.span(), match.groups()) for match in _GLUED.finditer(text)]
    assert found == [(match.span(), match.groups()) for match in _GLUED_AS_WRITTEN.finditer(text)]


def test_a_glued_scores_search_skips_to_a_digit() -> None:
    """The pattern opens on a set of first characters (the digits): a search does not try it elsewhere."""
    assert _first_characters(_GLUED) == [(_COMPILER.CATEGORY, _COMPILER.CATEGORY_DIGIT)]
    assert _first_characters(_GLUED_AS_WRITTEN) is None


def test_rows_that_lost_their_spaces_are_still_cut() -> None:
    line = "指标 标准 评价 得分 合规 4 好 4财务制度健全性 健全 4 好 4票据管理规范性 规范 3 好 3"
    assert "好 4 财务制度健全性" in unglued_scores(line)
    assert unglued_scores("完成20个站点建设") == "完成20个站点建设"


def test_glosses_after_chinese_are_still_cut() -> None:
    cells = ["经费来源 Funding Source", "考核等次 Grade Level", "项目负责人（甲）\tProject Lead：某某", "Total"]
    assert english_glossed(cells)
    assert [without_english_gloss(cell) for cell in cells] == ["经费来源", "考核等次", "项目负责人（甲）：某某", ""]
    assert without_english_gloss("共计 PPP 项目") == "共计 PPP 项目"  # an acronym opens no gloss
