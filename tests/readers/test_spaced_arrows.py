"""A form whose indicator rows give the target and its actual in one cell joined by an arrow ("指标值→完成值" over
"≥12场 → 14场"), flattened with its cells separated by spaces: the arrow keeps the two parts in one cell, never a
cell of its own that shifts the row's figures (and then a row's 分值 read as a second 执行率). Invented unit, figures
and wording."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from corpus import errors
from page_reading import by_name, read_saved_rows

from jixiao.readers.flat_spaced import spaced_cells

_ROWS = [
    "某县档案馆2023年度部门整体支出绩效自评报告",
    "本年度年初预算512.30万元，全年预算540.00万元，全年执行528.66万元，预算执行率97.90%。",
    "一级指标 二级指标 三级指标 指标值→完成值 分值 得分 偏差原因分析及改进措施",
    "产出指标 数量指标 档案数字化扫描页数 ≥30万页 → 32.5万页 20 20",
    "举办档案展览场次 ≥4场 → 5场 20 20",
    "质量指标 档案数字化合格率 ≥98% → 99.2% 20 20",
    "效益指标 社会效益指标 档案利用服务人次 ≥3000人次 → 2850人次 20 18 受装修影响闭馆一月",
    "预算执行 预算执行率 100% → 97.90% 10 9.79",
    "满意度指标 服务对象满意度指标 查档群众满意度 ≥90% → 95% 10 10",
    "合计 100 97.79",
]


def test_a_spaced_arrow_joins_target_and_actual_in_one_cell() -> None:
    assert spaced_cells("产出指标 数量指标 档案数字化扫描页数 ≥30万页 → 32.5万页 20 20") == [
        "产出指标", "数量指标", "档案数字化扫描页数", "≥30万页→32.5万页", "20", "20"]
    assert spaced_cells("举办档案展览场次 ≥4场 ⟶ 5场 20 20") == ["举办档案展览场次", "≥4场⟶5场", "20", "20"]


def test_a_form_of_arrow_cells_flattened_by_spaces_reads_its_rows_whole(tmp_path: Path) -> None:
    evaluation = read_saved_rows(tmp_path, _ROWS)
    rows = by_name(evaluation)
    shown = rows["档案利用服务人次"]
    assert shown.target is not None and shown.target.value == Decimal("3000")
    assert (shown.weight, shown.stated_score) == (Decimal("20"), Decimal("18"))
    assert rows["预算执行率"].stated_score == Decimal("9.79")  # never read as a second 执行率 of the budget
    assert not errors(evaluation)

