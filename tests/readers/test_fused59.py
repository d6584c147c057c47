"""The fused shape (a row's cells run together, no separator), stop 51, fused59: a form that prints 扣分 (the points
taken off) instead of 得分, each from an invented snippet (invented units, figures and wording;
docs/reader-corpora/fused-59.md)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from page_reading import read_saved_rows

from jixiao.checks import run_checks
from jixiao.checks.finding import Severity
from jixiao.readers.flat_continued_rows import with_deducted_points
from jixiao.readers.flat_fused import fused_cells

_DEDUCTED = ["某县档案馆2025年度部门整体支出绩效自评表",
             "一级指标二级指标三级指标年度指标值实际完成值分值扣分扣分原因",
             "产出指标数量指标馆藏档案数字化页数≥120万页126万页200",
             "数量指标档案利用接待人次≥3000人次2860人次20-1.5部分展厅闭馆改造",
             "质量指标档案数字化差错率≤0.3%0.1%150",
             "效益指标社会效益指标档案查阅服务满意度≥90%95%300",
             "满意度指标服务对象满意度指标查档群众满意度≥90%93%150",
             "扣分合计100-1.5"]


def test_a_header_with_a_deduction_column_is_cut_at_its_words() -> None:
    """"…分值扣分扣分原因": 扣分 and 扣分原因 were no word of the form, so the header's last three columns stayed two
    cells and the rows had no 扣分 column to be read under; 扣分合计 (a total row's label) stays one word."""
    assert fused_cells(_DEDUCTED[1]) == ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "扣分",
                                         "扣分原因"]
    assert fused_cells("扣分合计100-1.5") == ["扣分合计", "100", "-1.5"]


def test_a_weight_and_a_deduction_run_together(tmp_path: Path) -> None:
    """"…126万页200": the weight 20 and the deduction 0 run together, read before as a weight of 200 (or "150" as
    1 | 50, a deduction over its weight); a signed deduction ("20-1.5") was cut by its sign already. The score is
    the weight less the deduction, and nothing accuses the unit."""
    page = read_saved_rows(tmp_path, _DEDUCTED)
    assert [(i.name, i.weight, i.stated_deduction, i.stated_score) for i in page.indicators] == [
        ("馆藏档案数字化页数", Decimal(20), Decimal(0), Decimal(20)),
        ("档案利用接待人次", Decimal(20), Decimal("1.5"), Decimal("18.5")),
        ("档案数字化差错率", Decimal(15), Decimal(0), Decimal(15)),
        ("档案查阅服务满意度", Decimal(30), Decimal(0), Decimal(30)),
        ("查档群众满意度", Decimal(15), Decimal(0), Decimal(15))]
    assert not [f for f in run_checks(page) if f.severity == Severity.ERROR]


def test_the_points_are_cut_only_where_one_reading_fits() -> None:
    """100 points or more are no indicator's weight: cut where one weight keeps its deduction within it; a figure
    that may be a weight alone (its deduction left blank), or a header with a 得分 column, keeps the cell."""
    roles = ["level1", "level2", "name", "target", "actual", "weight", "deduction", "deviation"]
    assert with_deducted_points(["某某数", "≥10个", "12个", "150"], roles) == ["某某数", "≥10个", "12个", "15", "0"]
    assert with_deducted_points(["某某数", "≥10个", "12个", "105", "某原因"], roles) == [
        "某某数", "≥10个", "12个", "10", "5", "某原因"]
    assert with_deducted_points(["某某数", "≥10个", "12个", "50"], roles) == ["某某数", "≥10个", "12个", "50"]
    assert with_deducted_points(["某某数", "≥10个", "12个", "1010"], roles) == ["某某数", "≥10个", "12个", "10",
                                                                                 "10"]
    scored = [*roles[:6], "score", "deviation"]
    assert with_deducted_points(["某某数", "≥10个", "12个", "150"], scored) == ["某某数", "≥10个", "12个", "150"]
