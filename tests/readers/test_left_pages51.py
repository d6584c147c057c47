"""The real pages left at stop 41 and the conventions they settle (docs/reader-corpora/left-pages-51.md), each as an
invented snippet: invented units, places and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page as _read

from jixiao.readers.extract.goal_cut_cells import cut_goal_pair
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


# a run-together project form on a document site, its goal cell cut by the viewer's chunk number ("2、") mid-sentence
_CUT_GOAL = "\n".join([
    "1、项目支出绩效自评表(2022年度)           项目名称某某绿化养护经费主管部门某县某某局实施单位:某县某某所"
    "项目资金(万元) 年初预算数(A)全年执行数(B)分值(10分)执行率(B/A)得分年度资金总额:120.060.01050%5"
    "年度总体目标通过规范某某绿化养护经费的使用,明确绿化养护资金的使用方向和范围,做好辖区各处公共绿地的日常养护,"
    "及时补植缺株苗木、修剪草坪和绿篱,落实病虫害防治和冬季防寒措施,提升管",
    "",
    "2、理水平,保障辖区某某绿地养护到位按照年初设定目标,完成辖区12处绿地的日常养护和3处街头游园的补植,"
    "通过绿化养护项目的实施,辖区绿地环境更加整洁优美,群众反映良好"
    "绩效指标一级指标二级指标三级指标分值年度指标值(A)全年实际值(B)得分未完成原因分析"
    "数量指标养护绿地处数101212处12处10",
])


def test_a_goal_cell_cut_mid_sentence_goes_on_until_what_was_done_opens() -> None:
    """The goal closes on a comma where the viewer cut it; the next cell carries it on until "按照年初设定目标", which
    opens what was done: the goal whole, the result from the opener, both guessed."""
    read = _read(_CUT_GOAL)
    assert read.project.goal_expected is not None and read.project.goal_expected.endswith("保障辖区某某绿地养护到位")
    assert read.project.goal_actual is not None and read.project.goal_actual.startswith("按照年初设定目标,完成辖区")
    assert read.provenance["project.goal_actual"].guessed


def test_a_goal_cell_closed_or_a_result_cell_opening_on_the_words_stays_two_cells() -> None:
    """A first cell closed by its full stop, or a second cell that opens on the words (the result alone): no cut."""
    assert cut_goal_pair("完成某某养护。", "保障到位按照年初设定目标,完成养护") is None
    assert cut_goal_pair("完成某某养护,", "按照年初设定目标,完成养护") is None
    assert cut_goal_pair("完成某某养护,", "保障到位,完成养护") is None
    assert cut_goal_pair("完成某某养护,", "保障到位按照年初设定目标,完成养护") == ("完成某某养护,保障到位",
                                                                                   "按照年初设定目标,完成养护")
