"""The real pages left at stop 42 and the conventions they settle (docs/reader-corpora/left-pages-52.md), each as an
invented snippet: invented units, places and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from corpus import expected_evaluation
from page_reading import read_page as _read

from jixiao.readers.extract.goal_cut_cells import cut_done_tail
from jixiao.readers.flat_text_repairs import join_split_words

# a document site's run-together project form: the merged cell's label "绩 效 指 标" spaced letter by letter and run
# onto the goal row's last cell, with no mark between
_GLUED_SPACED_LABEL = (
    "1、2022年度项目支出绩效自评表项目名称2022年某某补助资金主管部门某市某某局实施单位某市某某学校项目资金 (万元)"
    "年初 预算数全年 预算数全年 执行数分值执行率得分年度资金总额120.00120.0096.001080%8其中:当年财政拨款"
    "120.00120.0096.00上年结转资金其他资金年度总体 目标预期目标实际完成情况保障某某学校日常运转按计划用于学校日常运转"
    "绩 效 指 标一级指标二级指标三级指标年度 指标值实际 完成值分值得分偏差原因分析 及改进措施产出指标(50 分)"
    "数量指标补助学生人数1200120050质量指标补助发放准确率98%98%"
)


def test_a_spaced_label_run_onto_the_cells_beside_it_is_joined_whole() -> None:
    """"…运转绩 效 指 标一级指标": the label's first letter is no part of the goal, its second no result."""
    read = _read(_GLUED_SPACED_LABEL)
    assert read.project.goal_expected == "保障某某学校日常运转按计划用于学校日常运转"
    assert read.project.goal_actual is None
    assert join_split_words("某某经费绩 效 指 标一级指标") == "某某经费绩效指标一级指标"


def test_letters_spaced_beside_a_word_that_join_to_no_form_word_stay_apart() -> None:
    """Only a run that joins into one of the form's words is joined: "某某局 甲 乙 丙" is not one."""
    assert join_split_words("某某局 甲 乙 丙说明") == "某某局 甲 乙 丙说明"


_NO_WEIGHTS = """\
kind: 项目支出
year: 2023
indicators:
- name: 某某资金到位率
  actual: {value: 100, unit: '%'}
- name: 服务对象满意度
  target: {comparator: ≥, value: 90, unit: '%'}
planted: []
"""


def test_the_truth_of_a_page_whose_rows_state_no_weight_takes_the_weights_read(tmp_path: Path) -> None:
    """The false-error comparison runs on a page whose indicators state no weight: an expected row takes the
    weight the reader gave the same row, a row the reader gave none is left out."""
    expected = tmp_path / "p01.expected.yaml"
    expected.write_text(_NO_WEIGHTS, encoding="utf-8")
    read = _read("\n".join([
        "某县某项目绩效自评表(2023年度)",
        "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分",
        "产出指标 时效指标 某某资金到位率 100% 100% 50 50",
        "满意度指标 服务对象满意度指标 服务对象满意度 ≥90% 95% 50 48",
    ]))
    truth, _ = expected_evaluation(expected, weights_from=read)
    assert [(i.name, i.weight) for i in truth.indicators] == [("某某资金到位率", Decimal(50)),
                                                             ("服务对象满意度", Decimal(50))]
    truth, _ = expected_evaluation(expected, weights_from=_read("某县某单位2023年度整体支出绩效自评报告"))
    assert truth.indicators == []


# a document site's run-together project form (an older framework's 项目产出 / 项目效益 levels) whose 经济效益 rows
# were left empty ("指标1:指标2:"), the site's next chunk ("2、") cutting the line after them
_EMPTY_SLOTS_HEAD = (
    "1、某市本级部门项目支出绩效自评表(2022年)项目名称某某公用经费主管部门某市某某局实施单位某市某某小学项目资金(万元)"
    "年度资金总额年初预算数全年预算数全年执行数执行率50.050.050.0100%绩效指标一级指标二级指标三级指标分值年度指标值"
    "实际完成值得分项目产出(30分)数量指标(10分)保障人数101200人1200人10质量指标(10分)经费标准10符合要求符合要求10"
    "成本指标(10分)办公所需成本1015万元15万元10项目效益(35分)经济效益指标指标1:指标2:社会效益"
)
_EMPTY_SLOTS_TAIL = ("指标办学条件改善15改善条件改善条件13可持续影响指标校园环境改善10持续改善持续改善8"
                     "满意度指标(10分)学生满意度1090%95%10")


def test_a_level_over_empty_template_slots_heads_the_rows_after_them() -> None:
    """"项目效益(35分)经济效益指标指标1:指标2:社会效益指标…": the 一级 cell stands over the two empty slots and the
    rows after them, whether the line goes on or the site's chunk cuts it right after the slots."""
    for text in (_EMPTY_SLOTS_HEAD + _EMPTY_SLOTS_TAIL, _EMPTY_SLOTS_HEAD + "\n\n2、" + _EMPTY_SLOTS_TAIL):
        read = _read(text)
        assert [(i.name, i.level1) for i in read.indicators[3:]] == [
            ("办学条件改善", "项目效益"), ("校园环境改善", "项目效益"), ("学生满意度", "项目效益")]
        assert [(i.weight, i.stated_score) for i in read.indicators[3:]] == [
            (Decimal(15), Decimal(13)), (Decimal(10), Decimal(8)), (Decimal(10), Decimal(10))]


# the same run-together form, its goal row's two cells run into one: the goal's sentence, then "已完成"
_DONE_RUN_ON = _GLUED_SPACED_LABEL.replace("保障某某学校日常运转按计划用于学校日常运转",
                                          "购置某某设备, 保障某某学校日常教学。已完成")


def test_what_was_done_run_onto_the_goal_after_its_full_stop_is_the_result() -> None:
    """"…日常教学。已完成" under 预期目标 | 实际完成情况: the goal up to its 。, the result "已完成", both guessed (with
    the section's label after it spaced letter by letter or not)."""
    for text in (_DONE_RUN_ON, _DONE_RUN_ON.replace("绩 效 指 标", "绩效指标")):
        read = _read(text)
        assert read.project.goal_expected == "购置某某设备, 保障某某学校日常教学。"
        assert read.project.goal_actual == "已完成"
        assert read.provenance["project.goal_actual"].guessed


def test_a_goal_whose_last_sentence_says_more_than_that_it_was_done_stays_whole() -> None:
    """Only a bare "完成" / "已完成" / "全部完成任务" after the 。 is cut off: "完成后提升某某能力" is the goal's."""
    text = _DONE_RUN_ON.replace("已完成", "完成后提升某某能力")
    assert _read(text).project.goal_expected == "购置某某设备, 保障某某学校日常教学。完成后提升某某能力"
    assert cut_done_tail("某某目标。全部完成任务") == ("某某目标。", "全部完成任务")
    assert cut_done_tail("某某目标。已完成。") == ("某某目标。", "已完成。")
    assert cut_done_tail("完成某某目标。") is None
