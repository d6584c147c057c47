"""A fused indicator table whose level and name cells open on their outline numbers ("1 产出指标1.1 数量指标1.1.1
某某数≥8个8个2020"): the numbers cut the level cells, a row opening on a deeper number carries its levels from the
rows above, and a number that does not continue the outline is no such row (invented form)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from page_reading import indicator_rows
from page_reading import read_saved_rows as _read_rows

from jixiao.readers.flat_outline_rows import OutlineRows

_ROLES: list[str | None] = ["level1", "level2", "name", "target", "actual", "weight", "score", "deviation"]


def test_the_numbers_cut_the_level_cells_and_carry_them_down() -> None:
    rows = OutlineRows()
    first = rows.row("1 产出指标1.1 工作推进1.1.1 巡查河段数≥8个8个2020", _ROLES)
    assert first == ["产出指标", "工作推进", "巡查河段数", "≥8个", "8个", "2020"]
    second = rows.row("1.1.2 巡查次数≥48次50次1010", _ROLES)
    assert second == ["产出指标", "工作推进", "巡查次数", "≥48次", "50次", "1010"]
    assert _lead(rows.row("1.2 质量指标1.2.1 问题整改率100%100%1010", _ROLES)) == ["产出指标", "质量指标", "问题整改率"]
    assert _lead(rows.row("1.2质量指标1.2.1问题整改率100%100%1010", _ROLES)) == ["产出指标", "质量指标", "问题整改率"]


def _lead(cells: list[str] | None) -> list[str]:
    assert cells is not None
    return cells[:3]


def test_a_number_that_does_not_continue_the_outline_is_no_such_row() -> None:
    rows = OutlineRows()
    assert rows.row("2.1 社会效益指标2.1.1 河道水质达标率≥90%92%1010", _ROLES) is None  # no "2" above
    assert rows.row("1 产出指标1.2.1 巡查次数≥48次50次1010", _ROLES) is None  # 1.2.1 is no child of 1
    assert rows.row("3 满意度指标", _ROLES) is None  # a level alone: no name's number
    assert rows.row("2024年度河长制工作经费", _ROLES) is None


def test_a_row_whose_values_no_reading_fits_gives_no_row_but_its_levels_carry_on() -> None:
    rows = OutlineRows()
    assert rows.row("1 产出指标1.1 预算执行1.1.1 预算执行率96.5%", _ROLES) == []  # no weight, no score
    carried = rows.row("1.1.2 巡查次数≥48次50次1010", _ROLES)
    assert carried == ["产出指标", "预算执行", "巡查次数", "≥48次", "50次", "1010"]


def test_a_form_with_outline_numbered_rows(tmp_path: Path) -> None:
    evaluation = _read_rows(tmp_path, [
        "项目支出绩效目标自评表",
        "项目名称某镇河道保洁项目",
        "一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施",
        "1 产出指标1.1 数量指标1.1.1 保洁河道长度≥36公里36.5公里3030",
        "1.1.2 清运漂浮物≥120吨131吨2020",
        "1.2 时效指标1.2.1 保洁及时率≥95%93%2018两处河段汛期延误",
        "2 满意度指标2.1 服务对象满意度指标2.1.1 沿河群众满意度≥90%94%3030",
        "总分10098",
    ])
    names = indicator_rows(evaluation)
    assert names == [("产出指标", "数量指标", "保洁河道长度", 30, 30), ("产出指标", "数量指标", "清运漂浮物", 20, 20),
                     ("产出指标", "时效指标", "保洁及时率", 20, 18),
                     ("满意度指标", "服务对象满意度指标", "沿河群众满意度", 30, 30)]
    timely = evaluation.indicators[2]
    assert timely.actual is not None and timely.actual.value == Decimal(93)
    assert timely.deviation_note == "两处河段汛期延误"
    for field in ("name", "level1", "weight", "stated_score"):
        assert evaluation.provenance[f"indicators[2].{field}"].guessed
