"""Searches run once over a whole text before it is read (spelled money and scores, a list item's mark left alone, an
English gloss, a figure split at its point, a form's figures stripped): each is written or guarded so that a text
holding nothing for it is passed over at C speed, and each answers as the plain pattern does on every text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jixiao.readers import broken_list_items, other_scripts, spelled_figures, split_figures, stripped_figures

# the spelled-money pattern as first written: the character before the numeral looked behind before it
_NOT_BEFORE = f"数几上近成多余{spelled_figures._WHOLE}千万亿"
_PLAIN_MONEY = re.compile(f"(?<![{_NOT_BEFORE}])([一二三四五六七八九十两][{spelled_figures._WHOLE}千]*)万"
                          f"((?:[{spelled_figures._WHOLE}千]*[十百千])?)元")

_MONEY_PIECES = st.sampled_from(["一", "三", "十", "两", "百", "千", "零", "万", "元", "亿", "数", "几", "上", "近",
                                 "余", "多", "八", "\n", " ", "年初预算", "，", "5", "某站"])


@given(st.lists(_MONEY_PIECES, max_size=14).map("".join))
@settings(max_examples=600, deadline=None)
def test_spelled_money_is_found_where_the_plain_pattern_finds_it(text: str) -> None:
    found = [(m.span(), m.groups()) for m in spelled_figures._MONEY.finditer(text)]
    assert found == [(m.span(), m.groups()) for m in _PLAIN_MONEY.finditer(text)]


def test_spelled_money_read_and_estimates_left() -> None:
    assert spelled_figures.arabic_money("某站全年支出二百零六万四千元。") == ("某站全年支出206.4万元。", 1)
    assert spelled_figures.arabic_money("九万元\n八十万元")[1] == 2  # at a text's and a line's start
    for estimate in ("投入数十万元", "约几十万元", "上百万元", "百余万元", "二三十万元"):
        assert spelled_figures.arabic_money(estimate) == (estimate, 0)


_ITEM_PIECES = st.sampled_from(["-", "*", "+", " ", "\t", "\n", "\r", "某项工作", "，", "、", "。", "1", "（一）"])


@given(st.lists(_ITEM_PIECES, max_size=12).map("".join))
@settings(max_examples=600, deadline=None)
def test_broken_items_are_joined_as_the_plain_search_decides(text: str) -> None:
    """The mark test before the search changes nothing: a text the search finds nothing in is returned as it is."""
    if broken_list_items._BROKEN.search(text) is None:
        assert broken_list_items.join_broken_items(text) is text
    assert (broken_list_items._BROKEN.search(text) is not None) <= any(m in text for m in broken_list_items._MARKS)


def test_a_text_without_an_items_mark_is_not_searched(monkeypatch: pytest.MonkeyPatch) -> None:
    class Refused:
        def search(self, text: str) -> None:
            raise AssertionError("searched a text holding no item's mark")

    text = "一、某中心基本情况\n本中心年内完成设备巡检，巡检覆盖率100%。\n"
    monkeypatch.setattr(broken_list_items, "_BROKEN", Refused())
    assert broken_list_items.join_broken_items(text) is text
    monkeypatch.undo()
    joined = broken_list_items.join_broken_items("- 某项工作按期完成，\n并通过验收\n")
    assert joined == "- 某项工作按期完成，并通过验收\n\n"


def _scores_unguarded(text: str) -> str:
    """arabic_figures' two substitutions with no test before them."""
    return spelled_figures._SCORE.sub(lambda m: m.group(), spelled_figures._PERCENT.sub(lambda m: m.group(), text))


_SCORE_PIECES = st.sampled_from(["得", "得分", "分值", "扣", "为", "：", "九", "十", "五", "点", "两", "百分之", "分",
                                 "分。", "出色", "做得", "5", "\n", "某站", "（", "）", "|"])


@given(st.lists(_SCORE_PIECES, max_size=12).map("".join))
@settings(max_examples=600, deadline=None)
def test_spelled_scores_are_read_where_the_plain_patterns_find_them(text: str) -> None:
    """The numeral-before-分 and separator tests rule out only texts no pattern matches in."""
    patterns = (spelled_figures._PERCENT, spelled_figures._SCORE, spelled_figures._BRACKETED, spelled_figures._CELL)
    if any(pattern.search(text) for pattern in patterns):
        assert "百分之" in text or "|" in text or spelled_figures._SCORE_QUICK.search(text) is not None
    else:
        assert spelled_figures.arabic_figures(text) == (text, 0)


@given(st.lists(_MONEY_PIECES, max_size=14).map("".join))
@settings(max_examples=600, deadline=None)
def test_spelled_money_test_agrees_with_the_pattern(text: str) -> None:
    assert spelled_figures.spells_money(text) == (spelled_figures._MONEY.search(text) is not None)


def test_a_report_with_no_spelled_figure_is_not_searched_by_the_word_led_patterns(
        monkeypatch: pytest.MonkeyPatch) -> None:
    class Refused:
        pattern = ""

        def search(self, text: str) -> None:
            raise AssertionError("searched a text holding no numeral before 分 or 万")

        sub = finditer = search

    text = "一、某中心基本情况\n全年预算320.5万元，执行率98%，该指标得分9.5分，工作扎实。\n"
    monkeypatch.setattr(spelled_figures, "_SCORE", Refused())
    monkeypatch.setattr(spelled_figures, "_MONEY", Refused())
    assert spelled_figures.arabic_figures(text) == (text, 0)
    assert spelled_figures.arabic_money(text) == (text, 0)
    monkeypatch.undo()
    assert spelled_figures.arabic_figures("分值十五分，得分十四点五分。") == ("分值15分，得分14.5分。", 2)
    assert spelled_figures.arabic_money("全年支出三百五十二万八千元") == ("全年支出352.8万元", 1)


_GLOSS_PIECES = st.sampled_from(["项目名称", "分值", "某某局", " ", "\t", " Project Name", " project name", " Weight",
                                 " PPP", " LED灯", "（万元）", "：", ":", "\n", "Level 1", "[bookmark: _GoBack]",
                                 "项目Name", " A", " Ab", "\tScore", "）", "Self-evaluation Report", "98%", "x"])


@given(st.lists(st.lists(_GLOSS_PIECES, max_size=8).map("".join), max_size=6))
@settings(max_examples=300, deadline=None)
def test_the_gloss_test_agrees_with_the_search_it_skips(texts: list[str]) -> None:
    unguarded = sum(1 for text in texts for _ in other_scripts._glosses(text)) >= other_scripts._GLOSSED
    assert other_scripts.english_glossed(texts) == unguarded


def test_a_word_bookmark_is_not_searched_for_glosses(monkeypatch: pytest.MonkeyPatch) -> None:
    """A gloss opens on a capital and a small letter after a space: Word's "_GoBack", an acronym or a capital run
    into Chinese opens none."""
    def never(_: str) -> None:
        raise AssertionError("searched a text in which no word opens after a space")

    monkeypatch.setattr(other_scripts, "_glosses", never)
    assert not other_scripts.english_glossed(["[bookmark: _GoBack]下属机构有3个", "执行 PPP 项目", "某某局GDP统计"])
    monkeypatch.undo()
    assert other_scripts.english_glossed(["项目名称 Project Name", "分值\tWeight", "得分 Score：9"])


def _joined_unguarded(text: str) -> str:
    lines = text.split("\n")
    for index in range(len(lines) - 1):
        line, following = lines[index], lines[index + 1]
        if line.strip() and following.strip() and split_figures._split_at_point(line, following):
            lines[index], lines[index + 1] = line.rstrip() + following.lstrip(), ""
    return "\n".join(lines)


_FIGURE_PIECES = st.sampled_from(["合计", " | ", "｜", "100", "97", ".13", "．5", "9.", "74分", "%", "\n", " ",
                                  "得分为97.", "2.改进措施", "1."])


@given(st.lists(_FIGURE_PIECES, max_size=14).map("".join))
@settings(max_examples=300, deadline=None)
def test_split_figures_are_joined_as_the_pass_it_skips_decides(text: str) -> None:
    assert split_figures.join_split_figures(text) == _joined_unguarded(text)


def test_prose_with_no_cell_separator_is_not_looked_at(monkeypatch: pytest.MonkeyPatch) -> None:
    def never(_: str, __: str) -> bool:
        raise AssertionError("a pair of lines of prose looked at")

    text = "本次自评得分为97.\n13个村完成整改。\n"
    monkeypatch.setattr(split_figures, "_split_at_point", never)
    assert split_figures.join_split_figures(text) == text
    monkeypatch.undo()
    assert split_figures.join_split_figures("合计 | 100 | 97\n.13 |\n") == "合计 | 100 | 97.13 |\n\n"


_STRIPPED_PIECES = st.sampled_from(["预算数", "执行数", "执行率", "分值", "得分", "指标值", "完成值", "()", "2024", "5",
                                    "年", "\n", "某站"])


@given(st.lists(_STRIPPED_PIECES, max_size=12).map("".join))
@settings(max_examples=300, deadline=None)
def test_the_stripped_figures_warning_is_given_as_before(text: str) -> None:
    """The digits are counted before the column words: the same two conditions, either order."""
    columns = sum(word in text for word in stripped_figures._FIGURE_COLUMNS)
    stripped = ("得分" in text or "执行数" in text) and columns >= 3 and not stripped_figures._FIVE_DIGITS.search(text)
    assert (stripped_figures.stripped_figures_warning(text, "某.txt") is not None) == bool(stripped)
