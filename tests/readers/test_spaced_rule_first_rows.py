"""Spaced indicator rows under a header whose 评分标准 stands between 分值 and the values (``flat_spaced.py``):
"某指标 5 达到目标值得满分，… ≥95% 96.2% 5" — the scoring sentence is one cell whatever spaces it holds; a row
whose sentence was rejoined from several parts is guessed; a row that admits no reading or several gives none."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from page_reading import read_saved_rows as _read_rows

from jixiao.readers.flat_spaced import spaced_cells


def test_spaced_rows_with_the_criteria_between_weight_and_values_read_every_indicator(tmp_path: Path) -> None:
    # a 二级 level outside the frameworks' words ("重点任务") leads two rows; the criteria holds a space once
    rows = ["某县林业站2024年度部门整体支出绩效自评报告",
            "一级指标 二级指标 三级指标 分值 评分标准 年度指标值 实际完成值 得分",
            "决策 目标设定 绩效目标明确性 10 符合要求得满分，每发现一处不符合扣1分 明确 明确 10",
            "过程 预算执行 预算执行率 20 预算执行率×20分，最高20分 100% 95.5% 19.1",
            "产出 重点任务 苗木补植面积 30 完成目标值得满分， 未完成的按完成比例计分 ≥600亩 540亩 27",
            "重点任务 护林巡查覆盖率 20 达到目标值得满分，每低1个百分点扣0.5分，扣完为止 100% 98% 19",
            "满意度 林农满意度 20 满意度≥90%得满分，每低1个百分点扣1分，扣完为止 ≥90% 92.6% 20",
            "合计 100 95.1"]
    evaluation = _read_rows(tmp_path, rows)
    assert [(i.name, i.weight, i.target.value if i.target else None, i.actual.value if i.actual else None,
             i.stated_score) for i in evaluation.indicators] == [
        ("绩效目标明确性", 10, None, None, 10),
        ("预算执行率", 20, Decimal(100), Decimal("95.5"), Decimal("19.1")),
        ("苗木补植面积", 30, Decimal(600), Decimal(540), 27),
        ("护林巡查覆盖率", 20, Decimal(100), Decimal(98), 19),
        ("林农满意度", 20, Decimal(90), Decimal("92.6"), 20)]
    assert evaluation.indicators[3].level2 == "重点任务"
    assert evaluation.provenance["indicators[2].stated_score"].guessed  # its sentence rejoined across a space


def test_spaced_rule_first_rows_with_no_single_reading_give_no_cells() -> None:
    # a target missing (the sentence's last word beside a figure), a score above the weight, a note after the score
    assert spaced_cells("某指标名称 10 达到目标值得满分，每低1个百分点扣0.5分 扣完为止 93% 9") is None
    assert spaced_cells("某指标名称 5 达到目标值得满分，每低1个百分点扣0.5分，扣完为止 ≥90% 93% 8") is None
    assert spaced_cells("某指标名称 5 达到目标值得满分，每低1个百分点扣0.5分，扣完为止 ≥90% 93% 5 已完成") is None
