"""Shapes of the real pages probes 19–21 left below 90 % (docs/reader-corpora/left-pages-29.md), each rebuilt from an
invented snippet of the same shape (invented units, places, projects and figures)."""

from __future__ import annotations

from decimal import Decimal

from corpus import errors as _errors
from page_reading import read_page as _read

from jixiao.readers.viewer_chunks import join_viewer_chunks


def _indicator(read, name: str):  # type: ignore[no-untyped-def]
    return next(i for i in read.indicators if i.name == name)


_HEAD = ("项目支出绩效自评表(2022年度)项目名称某某村文体器材购置主管部门某某县文化局实施单位某某县文化馆"
         "项目资金 (万元)年初预算数全年预算数全年执行数分值执行率得分年度资金总额505010100%"
         "年度 总体 目标预期目标实际完成情况购置文体器材一批,丰富群众文化生活。已完工")
_TABLE = "一级指标二级指标三级指标年度 指标值实际 完成值分 值得 分偏差原因分析 及改进措施"


def test_a_qualitative_target_like_a_grade_word_keeps_its_row() -> None:
    """"合格合格2020" after a fused name: a target written with a grade word (合格, 良好) is a target, so the row
    is read (it fell out of the table before), its fused weight and score split."""
    text = (_HEAD + "绩效指标" + _TABLE + "产出指标数量指标购置器材40套40套2020质量指标器材验收合格合格2020"
            "时效指标按期完成100%100%2020满意度指标服务对象满意度指标群众满意度95%97%2020总分10098\n")
    row = _indicator(_read(text), "器材验收")
    assert (row.level2, row.weight, row.stated_score) == ("质量指标", 20, 20)
    assert (row.target.text, row.actual.text) == ("合格", "合格")


def test_a_letter_spaced_section_label_glued_onto_the_goal_is_cut_off_as_a_guess() -> None:
    """"已完工绩 效 指 标": the indicator section's label, letter-spaced, run onto the goal's actual; cut off, the
    rest read as a guess."""
    read = _read(_HEAD + "绩 效 指 标" + _TABLE + "产出指标数量指标购置器材40套40套2020总分10098\n")
    assert read.project.goal_actual == "已完工"
    assert read.provenance["project.goal_actual"].guessed


def test_a_cost_row_with_its_unit_per_piece_after_the_name() -> None:
    """"某某器材成本元/套3万元3万元2018": the 计量单位 per piece cut at its slash between the name and the figures;
    the name is the name, the row read (it fell apart at the slash before)."""
    text = (_HEAD + "绩效指标" + _TABLE + "产出指标数量指标购置器材40套40套2020成本指标器材购置成本元/套3万元3万元2018"
            "满意度指标服务对象满意度指标群众满意度95%97%2020总分10098\n")
    read = _read(text)
    row = _indicator(read, "器材购置成本")
    assert (row.level2, row.weight, row.stated_score) == ("成本指标", 20, 18)
    assert read.provenance[f"indicators[{read.indicators.index(row)}].name"].guessed


def test_a_viewer_chunk_cut_right_after_a_list_mark_inside_a_cell() -> None:
    """"…质量指标桌椅、" / "2、柜架质量合格…": the viewer cut right after a 、 inside a cell; the piece since the
    last form word goes to the next chunk, whose number is dropped."""
    first = "1、" + "某某" * 110 + "50件50件2020质量指标桌椅、"
    joined = join_viewer_chunks(first + "\n2、柜架质量合格合格2020时效指标\n")
    assert joined.splitlines()[1].startswith("质量指标桌椅、柜架质量合格")
    assert "2、" not in joined


def test_the_page_shapes_accuse_nothing() -> None:
    text = (_HEAD + "绩 效 指 标" + _TABLE + "产出指标数量指标购置器材40套40套2020质量指标器材验收合格合格2020"
            "成本指标器材购置成本元/套3万元3万元2018总分10098\n")
    assert not _errors(_read(text))


_OLD_FRAMEWORK = ("项目支出绩效自评表(2022年度)项目名称某某小学公用经费主管部门某某区教育局实施单位某某区第三小学"
                  "项目资金(万元)年度资金总额年初预算数全年预算数全年执行数执行率48.248.248.2100%\n"
                  "一级指标二级指标三级指标分值年度指标值实际完成值得分未完成原因分析及改进措施"
                  "项目决策(10分)项目目标明确性4—目标清晰、任务细化4项目立项规范性6—程序规范6"
                  "项目管理(20分)投入管理资金到位率8—100%8财务管理财务管理制度健全性6—制度健全,执行严格,核算规范6"
                  "项目实施质量管理有效性6—持续有效6项目产出(70分)数量指标(70分)保障学生人数701500人1500人70总分10099\n")


def test_an_older_frameworks_level_words_open_rows_but_not_names() -> None:
    """项目决策 / 项目目标 / 投入管理 / 财务管理 / 项目实施 in a fused row: each cuts where a row opens (after a figure
    or a level's "(20分)"), not where it opens a name ("财务管理制度健全性" under 财务管理)."""
    read = _read(_OLD_FRAMEWORK)
    assert (_indicator(read, "明确性").level2, _indicator(read, "明确性").level1) == ("项目目标", "项目决策")
    assert _indicator(read, "资金到位率").level2 == "投入管理"
    assert _indicator(read, "质量管理有效性").level2 == "项目实施"
    row = _indicator(read, "财务管理制度健全性")
    assert (row.level2, row.weight, row.stated_score) == ("财务管理", 6, 6)


def test_a_fused_row_whose_actual_is_a_sentence_keeps_its_figures_apart() -> None:
    """"…制度健全性6—制度健全,执行严格,核算规范6": the commas make no prose of the row: the weight before the
    sentence and the score after it (no more than the weight) are the row's."""
    read = _read(_OLD_FRAMEWORK)
    row = _indicator(read, "财务管理制度健全性")
    assert row.actual.text == "制度健全,执行严格,核算规范"
    assert read.provenance[f"indicators[{read.indicators.index(row)}].stated_score"].guessed
    assert not _errors(_read(_OLD_FRAMEWORK))


_STACKED = ("某某县项目支出绩效自评表 (2023年度) 项目名称 某某村卫生服务 主管部门 某某县卫生局 实施单位 某某乡卫生院 "
            "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 产出指标 数量指标 "
            "指标1:建立居民健康档案 1200人 1180人 4 3.8 指标2:开展健康义诊活动 6次 8次 2 2 "
            "指标3:慢病随访管理报告 数 指标4:老年人健康体检 90例 88例 2 1.9 600人 570人 2 1.8 总分 100 95\n")


def test_two_numbered_names_stacked_before_both_rows_figures() -> None:
    """A sheet flattened by height: "指标3:…报告 | 数 | 指标4:… | 90例 | 88例 | 2 | 1.9 | 600人 | …": each name
    takes its share of the figures in order (as many as the row before holds), the piece between the names
    the first one's wrapped end; paired by order, so a guess."""
    read = _read(_STACKED)
    first, second = _indicator(read, "慢病随访管理报告数"), _indicator(read, "老年人健康体检")
    assert (first.target.value, first.actual.value, first.weight) == (90, 88, 2)
    assert (second.target.value, second.actual.value, second.weight) == (600, 570, 2)
    assert (first.stated_score, second.stated_score) == (Decimal("1.9"), Decimal("1.8"))
    assert read.provenance[f"indicators[{read.indicators.index(second)}].stated_score"].guessed
    assert not _errors(read)
