"""Searches run once over a whole text before it is read (spelled money, a list item's mark left alone): each is
written or guarded so that a text holding nothing for it is passed over at C speed, and each answers as the plain
pattern does on every text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jixiao.readers import broken_list_items, spelled_figures

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
