"""Findings of the review of stop 45's held78, held79, fused51 and authleft46 reader changes
(docs/reader-corpora/review-45-third.md), each an invented snippet: invented units, figures and wording, no text of
any page."""

from __future__ import annotations

from pathlib import Path

from jixiao.readers import read_any
from jixiao.readers.spelled_figures import arabic_figures, arabic_money


def test_a_range_of_two_digit_words_is_no_spelled_figure() -> None:
    """"二三十万元", "两三万元", "百分之七八十": two digit words side by side guess at a range and name no figure, so
    they stay in words (before, "二三十万元" read 30万元, "两三万元" 3万元 and "百分之七八十" 80%, as if stated);
    a numeral with 零 between its digits is still one figure."""
    ranged = "维修另需二三十万元，耗材约两三万元，三四百万元的缺口"
    assert arabic_money(ranged) == (ranged, 0)
    assert arabic_figures("覆盖率约百分之七八十") == ("覆盖率约百分之七八十", 0)
    assert arabic_money("年初预算三百零五万元") == ("年初预算305万元", 1)
    assert arabic_figures("执行率百分之九十八点五") == ("执行率98.5%", 1)


def test_a_unit_in_brackets_beside_known_level2_brackets_stays_in_the_name(tmp_path: Path) -> None:
    """"名称（人次）。年度目标值…" beside an item whose bracket is a 二级 the lexicon knows: a unit in the bracket
    is the name's measure, never the unit's own 二级 (before, "人次" was guessed the 二级 and cut off the name)."""
    path = tmp_path / "prose.txt"
    path.write_text("某县某某文化站2025年度部门整体支出绩效自评报告\n"
                    "（一）履职效能（40分，得分39分）\n"
                    "1.送戏下乡场次（数量指标）。年度目标值≥24场，全年实际值26场，分值20分，得分20分。\n"
                    "2.群众培训人数（人次）。年度目标值≥800人次，全年实际值760人次，分值20分，得分19分。\n",
                    encoding="utf-8")
    first, second = read_any(path).evaluation.indicators  # type: ignore[attr-defined]
    assert (first.name, first.level2) == ("送戏下乡场次", "数量指标")
    assert (second.name, second.level2) == ("群众培训人数（人次）", None)
