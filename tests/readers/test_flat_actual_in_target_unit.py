"""An indicator sheet with a 调整指标值 column nobody filled and a 得分系数（%） column, copied one cell a line or as
spaced rows: each row is one cell short. Where the coefficient is not the score over the weight (the form's own
slip, or a coefficient set by a rule), the arithmetic cannot place it; the actual is then the figure written in its
target's unit ("≥90% 87% 80": the target, the actual, the coefficient — not an adjusted target of 87 % and an
actual of 80), a reading the row's words leave open, so marked guessed."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from page_reading import read_saved_rows

from jixiao.readers.align import align, indicator_check

_COLS = ["name", "target", "target_adjusted", "actual", "coefficient", "weight", "score", "core", "deviation"]
_HEADER = ["一级指标", "二级指标", "三级指标", "年初指标值", "调整指标值", "全年完成值", "得分系数(%)", "指标权重",
           "指标得分", "是否核心指标", "偏差原因"]
_ROWS = [["产出", "职责履行", "河道保洁完成率", "≥95%", "96.5%", "100", "25", "25", "是"],
         ["效果", "社会效益", "垃圾清运及时率", "≥98%", "99%", "100", "25", "25", "否"],
         ["效果", "满意度", "沿街商户满意度", "≥90%", "86%", "80", "20", "15", "否", "保洁频次不足"]]


def test_the_actual_is_in_its_targets_unit() -> None:
    reading = align(["沿街商户满意度", "≥90%", "86%", "80", "20", "15", "否", "保洁频次不足"], _COLS,
                    indicator_check)
    assert (reading.cells["target"], reading.cells["actual"], reading.cells["coefficient"]) == ("≥90%", "86%", "80")
    assert "target_adjusted" not in reading.cells
    assert {"actual", "coefficient"} <= reading.guessed


def test_a_bare_actual_stays_where_the_arithmetic_puts_it() -> None:
    reading = align(["垃圾清运车辆出车率", "≥95%", "97", "100", "10", "10"], _COLS, indicator_check)
    assert (reading.cells["actual"], reading.cells["coefficient"]) == ("97", "100")


@pytest.mark.parametrize("spaced", [False, True])
def test_the_sheet_reads_the_row(tmp_path: Path, spaced: bool) -> None:
    rows = [" ".join(row) for row in (_HEADER, *_ROWS)] if spaced else [*_HEADER, *(c for row in _ROWS for c in row)]
    evaluation = read_saved_rows(tmp_path, ["部门整体支出绩效自评表（2024年度）", "单位名称", "某县城市管理局",
                                            *rows, "评价等级", "良"])
    found = {i.name: (i.target.value if i.target else None, i.actual.value if i.actual else None,
                      i.actual.unit if i.actual else None, i.stated_score) for i in evaluation.indicators}
    assert found["沿街商户满意度"] == (Decimal("90"), Decimal("86"), "%", Decimal("15"))
    assert found["垃圾清运及时率"] == (Decimal("98"), Decimal("99"), "%", Decimal("25"))
