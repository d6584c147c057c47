"""Patterns that grew a lazy run through a long run of digits (or a long list) read the same and stay linear: each
is compared with the pattern it replaced on many short strings, then run at a size the old one took minutes on."""

from __future__ import annotations

import random
import re

from jixiao.readers.extract.body_lists import LEADING_NUMBER, NUMBER
from jixiao.readers.extract.budget_figures import MONEY
from jixiao.readers.extract.budget_items import ITEM, ITEMS, NOT_AN_ITEM
from jixiao.readers.extract.enumerated_bodies import _ENUMERATED
from jixiao.readers.extract.sentence_bodies import _COUNT_THEN_BRACKETED, _INLINE_LIST, _inline_list

_OLD_ITEM = re.compile(r"([^,，、;；:：。]+?)\s*(?:为|是|:|共|就)?\s*" + MONEY)
_OLD_ITEMS = re.compile(r"(?:(?<!\d)|(?!\d))" + ITEM.pattern)
_OLD_NOT_AN_ITEM = re.compile(NOT_AN_ITEM.pattern.replace(r"(?<!\d)\d+\s*个项目", r"\d+\s*个项目"))
_OLD_INLINE_LIST = re.compile(_INLINE_LIST.pattern.replace(
    "(?:[^,:;。]|[(][^()]{0,40}[)])(?:[^,:;。、]|[(][^()]{0,40}[)])*?、", "(?:[^,:;。]|[(][^()]{0,40}[)])+?、", 1))
_OLD_COUNT = re.compile(_COUNT_THEN_BRACKETED.pattern.replace(r"(?:(?<!\d)|(?!\d))", "", 1))


def _strings(pieces: str | list[str], count: int = 20_000) -> list[str]:
    rng = random.Random(38)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 14))) for _ in range(count)]


def _spans(match: re.Match[str] | None) -> object:
    return None if match is None else (match.span(), match.group(1), match.groups()[-2:])


def test_an_item_name_ends_before_a_digit_run_and_reads_as_before() -> None:
    assert _spans(ITEM.match("上级资金1,200.5万元")) == ((0, 13), "上级资金", ("1,200.5", "万元"))
    assert _spans(ITEM.match("1200万元")) == ((0, 6), "1", ("200", "万元"))  # (a one-character name, as before)
    for text in _strings("资金12,. 为万元亿、"):
        for at in range(len(text)):
            assert _spans(ITEM.match(text, at)) == _spans(_OLD_ITEM.match(text, at)), (text, at)
    assert ITEM.match("资金" + "1" * 200_000) is None  # (6,000 digits took 1.3 s: this, minutes)


def test_counts_begin_where_their_digits_do_and_read_as_before() -> None:
    for text in _strings(["1", "23", "个", "项目", "支出", "三", " ", "(", ")", "甲乙、丙丁", "甲乙"]):
        assert bool(NOT_AN_ITEM.search(text)) == bool(_OLD_NOT_AN_ITEM.search(text)), text
        new, old = _COUNT_THEN_BRACKETED.search(text), _OLD_COUNT.search(text)
        assert (new and new.groupdict()) == (old and old.groupdict()), text
    assert NOT_AN_ITEM.search("1" * 200_000) is None  # (40,000 digits took 21 s)
    assert _COUNT_THEN_BRACKETED.search("1" * 200_000) is None


def test_a_list_with_no_count_after_it_is_given_up_at_once_and_others_read_as_before() -> None:
    words = ["内设", "机构", "某", "、", "3个", "两个", "1", "(", ")", ",", "共", "。", "二级单位", "下设", "家"]
    for text in _strings(words):
        new, old = _inline_list(text), _INLINE_LIST.search(text)
        assert (new and new.span()) == (old and old.span()), text
    assert _inline_list("内设机构1个(" + "某、" * 100_000) is None  # (2,000 names took 2 s: this, minutes)


def test_a_heading_with_a_long_run_of_spaces_loses_its_points_in_one_pass() -> None:
    from jixiao.readers.extract.level_headings import _POINTS

    old = re.compile(_POINTS.pattern.replace(r"(?<!\s)", "", 1))
    for text in _strings(["产出指标", " ", "(", ")", "30", "分", ".5"]):
        assert _POINTS.sub("", text) == old.sub("", text), text
    assert _POINTS.sub("", "指标" + " " * 200_000 + "分值") == "指标" + " " * 200_000 + "分值"  # (50,000: 8 s)


def test_a_table_header_of_blank_cells_is_searched_for_its_unit_in_one_pass() -> None:
    from jixiao.readers.extract.tables import _UNIT_WORD

    old = re.compile(_UNIT_WORD.pattern.replace(r"(?<!\s\s)", "", 1))
    for text in _strings([" ", "  ", "元", "万元", "单位", ":", "(", "县", "a"]):
        new_match, old_match = _UNIT_WORD.search(text), old.search(text)
        assert (new_match and (new_match.span(), new_match.groups())) == \
            (old_match and (old_match.span(), old_match.groups())), text
    assert _UNIT_WORD.search("金额" + " " * 200_000 + "合计") is None


def test_items_along_a_text_start_at_a_digit_runs_first_digit_only_and_read_as_before() -> None:
    for text in _strings(["资金", "1", "23", ",", ".5", " ", "为", "万元", "元", "万", "、", "甲"]):
        assert [_spans(m) for m in ITEMS.finditer(text)] == [_spans(m) for m in ITEM.finditer(text)], text
    assert next(ITEMS.finditer("资金" + "1" * 200_000), None) is None  # (8,000 digits took 6 s: this, minutes)


def test_items_along_a_text_start_only_where_a_name_can_and_read_as_before() -> None:
    pieces = ["资金", "资", "1", "23", ",", ".5", " ", "为", "共", "万元", "元", "万", "亿", "、", "甲", ";", ":", "。"]
    for text in _strings(pieces):
        assert [_spans(m) for m in ITEMS.finditer(text)] == [_spans(m) for m in _OLD_ITEMS.finditer(text)], text
    assert [m.group(1) for m in ITEMS.finditer("其中:上级资金1万元本级2万元")] == ["上级资金", "本级"]
    # (from every character of a stretch with no separator, to its end: "资" × 8,000 took 4 s, this minutes)
    assert next(ITEMS.finditer("资" * 100_000 + "1" * 100_000), None) is None


def test_a_list_is_cut_at_its_first_enumeration_comma_only_and_reads_as_before() -> None:
    assert _OLD_INLINE_LIST.pattern != _INLINE_LIST.pattern
    words = ["内设", "机构", "某", "、", "3个", "两个", "(", ")", "(某、某,某)", ",", "共", "。", "二级单位", "等"]
    for text in _strings(words) + ["内设" + text for text in _strings(words, 10_000)]:
        new, old = _INLINE_LIST.search(text), _OLD_INLINE_LIST.search(text)
        assert (new and (new.span(), new.groupdict())) == (old and (old.span(), old.groupdict())), text
    assert _inline_list("内设" + "某、" * 100_000 + "某,3个") is None  # (4,000 names took 5 s: this, minutes)


def test_an_enumerated_count_is_read_from_its_first_digit_only_and_reads_as_before() -> None:
    old = re.compile(_ENUMERATED.pattern.replace(LEADING_NUMBER, NUMBER, 1))
    assert old.pattern != _ENUMERATED.pattern
    for text in _strings(["下设", "1", "23", "两", "三", "个", " ", "站所", ",", ":", "一是", "一个是", "二是", "。"]):
        new_match, old_match = _ENUMERATED.search(text), old.search(text)
        assert (new_match and (new_match.span(), new_match.groupdict())) == \
            (old_match and (old_match.span(), old_match.groupdict())), text
    assert _ENUMERATED.search("下设12个站所,一是某站", 3) is None  # (never tried again inside the count's digits)
    assert _ENUMERATED.search("1" * 200_000) is None  # (10,000 digits took 1.3 s: this, minutes)


def test_the_figure_before_a_breakdown_opens_where_its_digits_do_and_reads_as_before() -> None:
    from jixiao.readers.extract.budget_items import _FIGURE_BEFORE

    old = re.compile(MONEY + r"\s*[,，]?\s*$")
    for text in _strings(["1", "2,", ".5", "万元", "元", " ", "，", "资金", "亿"]):
        new_found, old_found = _FIGURE_BEFORE.search(text), old.search(text)
        assert (new_found and new_found.groups()) == (old_found and old_found.groups()), text
    assert _FIGURE_BEFORE.search("资金" + "1" * 200_000 + "，") is None  # (20,000 digits took 2.5 s: this, minutes)
