"""The real pages left at stop 41 and the conventions they settle (docs/reader-corpora/left-pages-51.md), each as an
invented snippet: invented units, places and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page as _read

from jixiao.readers.reversed_words import read_back_reversed

# a spaced project form whose closing row's word a viewer gave from the merged cell's foot ("分总" for 总分)
_REVERSED_TOTAL = "\n".join([
    "某县某项目资金绩效目标自评表",
    "(2023年度)",
    "项目名称 某某设备购置资金",
    "绩效指标 一级指标 二级指标 三级指标 年度指标值 全年实际完成值 分值 得分 未完成原因和改进措施",
    "产出指标 数量指标 购置设备3台 100% 100% 40 40",
    "效益指标 社会效益指标 某某服务能力 提升 提升 40 38",
    "满意度指标 服务对象满意度指标 群众满意度 90% 95% 20 20",
    "分总 100 98",
    "说明",
])


def test_a_closing_word_read_in_reverse_still_closes_the_form_with_its_total() -> None:
    """"分总 100 98": the 总分 row, its two characters in reverse order; its full mark and total are read."""
    assert _read(_REVERSED_TOTAL).stated_total == Decimal(98)


def test_a_reversed_word_inside_words_or_before_text_stays_as_written() -> None:
    """Only a line's first cell with figures alone after it is read back: "部分总结" and "分总 某某" are words."""
    assert read_back_reversed("| 分总 | 100 | 96.5 |") == "| 总分 | 100 | 96.5 |"
    for text in ("部分总结 100 98", "分总 某某说明", "某某 分总 100", "分总100"):
        assert read_back_reversed(text) == text
