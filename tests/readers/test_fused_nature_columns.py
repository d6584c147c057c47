"""A fused indicator table with 指标性质 and 度量单位 columns around the target (… | 三级指标 | 指标性质 | 指标值 |
度量单位 | 完成值 | 权重 | 得分 | 未完成原因分析): the nature's sign opens the target and its unit closes it
("≥30亩32.51010"), a nature word ends the name ("某时间定性"), the bare actual runs on into the points, a note with
clause marks ends the row (invented form)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from page_reading import indicator_rows
from page_reading import read_saved_rows as _read_rows

from jixiao.readers.flat_continued_rows import continued_row
from jixiao.readers.flat_nature_columns import folded, unfolded

_ROLES: list[str | None] = ["level1", "level2", "name", "nature", "target", "measure_unit", "actual", "weight", "score",
                            "deviation"]


def test_the_three_columns_are_read_as_the_targets_one_cell_then_given_back() -> None:
    assert folded(_ROLES) == ["level1", "level2", "name", "target", "actual", "weight", "score", "deviation"]
    plain: list[str | None] = ["level1", "level2", "name", "target", "actual", "weight", "score"]
    assert folded(plain) is plain
    assert unfolded(["苗木栽植数量", "≥24万株", "25.6", "1010"], _ROLES) == ["苗木栽植数量", "≥24万株", "25.6", "1010"]
    assert unfolded(["苗木栽植面积", "≥240亩", "256", "1010"], _ROLES) == \
        ["苗木栽植面积", "≥", "240", "亩", "256", "1010"]
    assert unfolded(["栽植完成时间定性", "2024年4月底前", "2024年4月20日", "55"], _ROLES)[:3] == \
        ["栽植完成时间", "定性", "2024年4月底前"]
    assert unfolded(["栽植完成时间定性", "≥24万株"], plain) == ["栽植完成时间定性", "≥24万株"]  # no such header


def test_a_bare_actual_run_into_the_points_and_a_sentence_note() -> None:
    row = continued_row("苗木成活率≥85%82.61512.5部分地块春旱，已安排补植", _ROLES)
    assert row == ["苗木成活率", "≥", "85", "%", "82.61512.5", "部分地块春旱，已安排补植"]
    assert continued_row("补植苗木面积≥30亩32.51010", _ROLES) == ["补植苗木面积", "≥", "30", "亩", "32.51010"]
    assert continued_row("苗木成活率≥85%82.62017部分地块2处春旱，已补植", _ROLES) is None  # a figure in the note
    # 10 | 9.65: a weight and a score alone, no actual run into them (the one value placed by the row reader)
    assert continued_row("预算执行率96.5%109.65", _ROLES) == ["预算执行率", "96.5%", "109.65"]


def test_a_form_with_nature_and_unit_columns(tmp_path: Path) -> None:
    evaluation = _read_rows(tmp_path, [
        "项目支出绩效自评表（2024年度）",
        "项目名称某县国土绿化示范项目",
        "一级指标二级指标三级指标指标性质指标值度量单位完成值权重得分未完成原因分析",
        "产出指标数量指标苗木栽植面积≥240亩2563030",
        "补植苗木面积≥30亩32.51010",
        "时效指标栽植完成时间定性2024年4月底前2024年4月20日1010",
        "效益指标生态效益指标苗木成活率≥85%82.62017部分地块春旱，已安排补植",
        "满意度指标服务对象满意度指标群众满意度≥90%943030",
        "合计10097",
    ])
    got = indicator_rows(evaluation)
    assert got == [("产出指标", "数量指标", "苗木栽植面积", 30, 30), ("产出指标", "数量指标", "补植苗木面积", 10, 10),
                   ("产出指标", "时效指标", "栽植完成时间", 10, 10), ("效益指标", "生态效益指标", "苗木成活率", 20, 17),
                   ("满意度指标", "服务对象满意度指标", "群众满意度", 30, 30)]
    second = evaluation.indicators[1]
    assert second.actual is not None and (second.actual.value, second.actual.unit) == (Decimal("32.5"), "亩")
    rate = evaluation.indicators[3]
    assert rate.actual is not None and rate.actual.value == Decimal("82.6")
    assert rate.deviation_note == "部分地块春旱，已安排补植"
    for field in ("name", "weight", "actual"):
        assert evaluation.provenance[f"indicators[1].{field}"].guessed
