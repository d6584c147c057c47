"""A whole-unit form's indicator sheet with a 调整指标值 column nobody filled and a 得分系数（%） column (the score
over the weight), copied one cell a line: the empty cells are gone, so each row is one cell short. The figure
that is the score over the weight is the coefficient; the one before it the actual, the compared figure the
target (not the actual taken for an adjusted target and the coefficient for the actual)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from page_reading import read_saved_rows as _read_rows

from jixiao.readers.align import align, indicator_check

_COLS = ["name", "measure_unit", "nature", "target", "target_adjusted", "actual", "coefficient", "weight", "score"]
_HEADER = ["指标名称", "计量单位", "指标性质", "年初指标值", "调整指标值", "全年完成值", "得分系数（%）",
           "指标权重（分）", "指标得分（分）", "是否核心指标"]
_ROWS = [["困难群众救助金发放及时率", "%", "定量", "≥100", "100", "100.00", "20", "20", "是"],
         ["社区养老服务站建成数", "个", "定量", "≥12", "9", "75.00", "20", "15", "否"],
         ["救助对象动态核查人数", "人", "定量", "≥2400", "2580", "100.00", "20", "20", "否"],
         ["临时救助审批办结率", "%", "定量", "≥95", "76", "80.00", "20", "16", "否"],
         ["服务对象满意度", "%", "定量", "≥90", "87", "90.00", "20", "18", "否"]]


def test_the_coefficient_is_the_score_over_the_weight() -> None:
    reading = align(["≥2400", "2580", "100.00", "20", "20"], _COLS[3:], indicator_check).cells
    assert (reading["target"], reading["actual"], reading["coefficient"]) == ("≥2400", "2580", "100.00")
    reading = align(["≥12", "9", "75.00", "20", "15"], _COLS[3:], indicator_check).cells
    assert (reading["actual"], reading["coefficient"]) == ("9", "75.00")
    assert "target_adjusted" not in reading


def test_the_sheet_reads_its_targets_and_actuals(tmp_path: Path) -> None:
    lines = ["部门整体绩效自评表（2024年度）", "主管部门", "某区民政局", *_HEADER,
             *(cell for row in _ROWS for cell in row), "评价等级", "良"]
    evaluation = _read_rows(tmp_path, lines)
    found = {i.name: (i.target.value if i.target else None, i.actual.value if i.actual else None, i.stated_score)
             for i in evaluation.indicators}
    assert found["救助对象动态核查人数"] == (Decimal("2400"), Decimal("2580"), Decimal("20"))
    assert found["临时救助审批办结率"] == (Decimal("95"), Decimal("76"), Decimal("16"))
    assert found["社区养老服务站建成数"] == (Decimal("12"), Decimal("9"), Decimal("15"))
