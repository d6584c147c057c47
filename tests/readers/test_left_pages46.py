"""The flattened forms and real pages left at stop 38 and the conventions they settle
(docs/reader-corpora/left-pages-46.md), each as an invented snippet: invented units, places and figures, no text of
any page."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page as _read

from jixiao.checks import run_checks

# a whole-unit form copied one cell a line, its indicator table with a 得分率 column between 分值 and 得分
_RATE_COLUMN = "\n".join([
    "某某县某某学会2024年度部门整体支出绩效自评报告", "一、基本情况",
    "2024年本会年初预算30.00万元，调整后全年预算32.00万元，全年支出28.80万元，预算执行率90.00%。",
    "二、绩效自评表", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分率", "得分",
    "过程指标", "预算执行", "预算执行率", "100%", "90.00%", "20", "0.90", "18",
    "产出指标", "数量指标", "举办讲座场次", "≥10场", "8场", "40", "0.80", "32",
    "效益指标", "社会效益指标", "受益群众人数", "≥500人", "450人", "40", "0.90", "36",
    "合计", "100", "0.86", "86.00",
    "三、自评结论：本会2024年度整体支出自评得分86.00分，自评等级：良好。",
]) + "\n"


def test_a_flat_total_row_places_its_rate_under_the_rate_column() -> None:
    """合计 | 100 | 0.86 | 86.00 under 分值 | 得分率 | 得分: 0.86 is the rate, 86.00 the total. Before, the figures
    were placed by position under 分值 and 得分 only: 0.86 read as the total and the sentence's 86.00 raised
    TEXT_TABLE_MISMATCH."""
    read = _read(_RATE_COLUMN)
    assert read.stated_total == Decimal("86.00")
    assert "TEXT_TABLE_MISMATCH" not in {finding.code for finding in run_checks(read)}
