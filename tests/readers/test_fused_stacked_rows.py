"""A fused indicator block that stacks each indicator's target and actual rows under a 类别 column: "类别指标值" in
the header, the target's kind word between the name and its values, the actual's kind and value on the next line
(invented form)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from page_reading import indicator_rows
from page_reading import read_saved_rows as _read_rows

from jixiao.readers.flat_stacked_cells import stack_head, stacked_cells, stacks
from jixiao.readers.flat_value_runs import points_cuts


def test_the_header_the_target_row_and_the_actual_row_are_cut() -> None:
    head = stack_head(["一级指标", "二级指标", "三级指标", "类别指标值", "分值", "得分"])
    assert head == ["一级指标", "二级指标", "三级指标", "类别", "指标值", "分值", "得分"] and stacks(head)
    assert not stacks(["一级指标", "二级指标", "三级指标", "指标值", "分值", "得分"])
    assert stacked_cells("产出指标数量指标巡诊村数年度目标≥40个2020") == \
        ["产出指标", "数量指标", "巡诊村数", "年度目标", "≥40个", "20", "20"]
    assert stacked_cells("随访人次年度目标≥3万人次1512") == ["随访人次", "年度目标", "≥3万人次", "15", "12"]
    assert stacked_cells("实际完成42个") == ["实际完成", "42个"]
    assert stacked_cells("巡诊村数≥40个2020") is None  # no kind word
    assert stacked_cells("年度目标≥40个") is None  # a target's kind opens no row


def test_the_weight_and_score_cut_where_one_reading_only_keeps_two_figures_within_a_rows_points() -> None:
    assert points_cuts("1010") == [("10", "10")]
    assert points_cuts("1514.5") == [("15", "14.5")]
    assert points_cuts("1010.5") == [("10", "10.5")]  # 1 | 010.5 a leading zero, 101 | 0.5 over a row's points
    assert points_cuts("55") == [("5", "5")]


def test_a_form_with_stacked_rows(tmp_path: Path) -> None:
    evaluation = _read_rows(tmp_path, [
        "某县卫生院2024年度部门整体支出绩效自评表",
        "一级指标二级指标三级指标类别指标值分值得分偏差原因",
        "产出指标数量指标巡诊村数年度目标≥40个2020",
        "实际完成42个",
        "产出指标质量指标慢病随访率年度目标≥90%3027.6偏远村落交通不便",
        "实际完成82.8%",
        "满意度指标服务对象满意度指标村民满意度年度目标≥90%5050",
        "实际完成95%",
        "总分10097.6",
    ])
    got = indicator_rows(evaluation, "level1", "name", "weight", "stated_score")
    assert got == [("产出指标", "巡诊村数", 20, 20), ("产出指标", "慢病随访率", 30, Decimal("27.6")),
                   ("满意度指标", "村民满意度", 50, 50)]
    first = evaluation.indicators[0]
    assert first.target is not None and first.actual is not None
    assert (first.target.value, first.actual.value, first.actual.unit) == (Decimal(40), Decimal(42), "个")
    assert evaluation.indicators[1].deviation_note == "偏远村落交通不便"
    assert evaluation.provenance["indicators[0].weight"].guessed
