"""The real pages left at stop 39 and the conventions they settle (docs/reader-corpora/left-pages-47.md), each as an
invented snippet: invented units, places and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page as _read

from jixiao.numbers import chinese_numeral
from jixiao.readers.extract.numbering_markers import split_marker

# a transfer's self-evaluation in the transfer outline, its targets listed as a goal's words under "①数量指标："
_LISTED_TARGETS = "\n".join([
    "根据《某部关于开展2023年度转移支付绩效自评工作的通知》要求，现对2023年度某某排水设施补助资金绩效目标自评如下：",
    "一、绩效目标分解下达情况",
    "某省财政下达某市2023年度某某排水设施补助资金共计8000万元。",
    "⒈ 产出指标。",
    "①数量指标：新建雨污管网36公里；建立管网长效管护机制；开展排水设施巡查每月不少于2次，合计不少于24次。",
    "②质量指标：老城区排涝标准基本达到30年一遇（150mm/24h），新城区排涝标准基本达到20年一遇（120mm/24h）；"
    "易涝点消除比例达到60%。",
    "⒉ 效益指标。",
]) + "\n"


def test_targets_listed_as_a_goals_words_are_each_an_indicator() -> None:
    """A level's line whose items are not each a name with one figure (a name alone, a standard with its bracket,
    a figure each month with a total, two items in one clause) was read as no indicator at all: every item is one
    now, under the 一级 of "⒈ 产出指标。", a target only where one plain figure follows the name."""
    read = _read(_LISTED_TARGETS)
    assert [(i.name, i.level1, i.level2) for i in read.indicators] == [
        ("新建雨污管网", "产出指标", "数量指标"), ("建立管网长效管护机制", "产出指标", "数量指标"),
        ("开展排水设施巡查", "产出指标", "数量指标"), ("老城区排涝标准", "产出指标", "质量指标"),
        ("新城区排涝标准", "产出指标", "质量指标"), ("易涝点消除比例", "产出指标", "质量指标")]
    targets = [(i.target.value, i.target.unit) if i.target else None for i in read.indicators]
    assert targets == [(Decimal("36"), "公里"), None, None, None, None, (Decimal("60"), "%")]
    assert all(i.actual is None for i in read.indicators)


def test_a_dotted_numeral_is_a_numbered_heading() -> None:
    """"⒈ 产出指标。" numbers its heading as "1." does, in one character (U+2488 … U+249B)."""
    assert split_marker("⒈ 产出指标。") == ("num", 1, 2)
    assert chinese_numeral("⒛") == 20


# a whole unit's report whose staff line ends on the count, no 人 after it
_BARE_STAFF = "\n".join([
    "某某县某某小学2024年度部门整体支出绩效自评报告", "一、部门基本情况", "人员情况",
    "某某县某某小学事业编制36个，政府购买服务岗位4个，实有人员38",
    "二、部门整体支出情况", "2024年本校年初预算520.00万元，全年支出498.00万元。",
]) + "\n"


def test_a_staff_count_closing_its_line_without_a_unit_is_the_total_as_a_guess() -> None:
    """"…，实有人员38" at a line's end: the staff total, read as a guess (the unit dropped or cut by the copy)."""
    read = _read(_BARE_STAFF)
    assert read.unit.staff_total == 38
