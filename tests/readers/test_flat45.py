"""Flattened shapes of forms with 指标性质 / 指标方向 columns and the shapes' weakest forms
(docs/reader-corpora/flat-shapes-30.md, flat45), each from an invented snippet (invented units and figures)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from page_reading import flattened, indicator_rows, read_page

_HEAD = ["项目支出绩效自评表", "（2025年度）", "项目名称 某县农贸市场快检项目", "实施单位 某县市场监督管理局"]
_DIRECTION_TABLE = [
    ["一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "年度指标值", "实际完成值", "分值", "得分"],
    ["产出指标", "数量指标", "农贸市场快检批次", "定量", "正向", "≥900批次", "948批次", "40", "40"],
    ["产出指标", "时效指标", "快检结果公示时限", "定量", "反向", "≤3个工作日", "2个工作日", "20", "20"],
    ["效益指标", "可持续影响指标", "快检结果通报机制", "定性", "—", "健全", "健全", "20", "20"],
    ["满意度指标", "服务对象满意度指标", "摊主满意度", "定量", "正向", "≥90%", "88%", "20", "18"],
    ["总分", "100", "98"]]


@pytest.mark.parametrize("shape", ["spaced", "cells", "one_line"])
def test_nature_and_direction_columns_are_two_columns(shape: str) -> None:
    """指标性质 | 指标方向: two columns of nature words (定量 / 定性, then 正向 / 反向, "—" for a 定性
    indicator), each a cell of its own (before, in each of these shapes, both columns were one role: a row's 定量
    was lost and the row whose direction is "—" was cut in two, its name lost)."""
    page = read_page("\n".join(flattened(_HEAD, _DIRECTION_TABLE, [], shape)))
    rows = indicator_rows(page, "level2", "name", "weight", "stated_score")
    assert rows[-4:] == [("数量指标", "农贸市场快检批次", Decimal("40"), Decimal("40")),
                         ("时效指标", "快检结果公示时限", Decimal("20"), Decimal("20")),
                         ("可持续影响指标", "快检结果通报机制", Decimal("20"), Decimal("20")),
                         ("服务对象满意度指标", "摊主满意度", Decimal("20"), Decimal("18"))]
    mechanism = page.indicators[-2]
    assert mechanism.target.text == "健全" and mechanism.actual.text == "健全"


_POINTS_TABLE = [
    ["序号", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "指标权重", "评分", "偏差原因"],
    ["1", "产出指标", "数量指标", "改造供水管网长度", "≥30公里", "31.5公里", "40分", "40分"],
    ["2", "质量指标", "管网试压合格率", "100%", "100%", "20分", "20分"],
    ["3", "时效指标", "汛前完工率", "≥95%", "90%", "20分", "18.5分", "3处管段因占道审批延至汛后完工"],
    ["4", "满意度指标", "服务对象满意度指标", "沿线居民满意度", "≥90%", "94%", "20分", "20分"],
    ["合计", "100分", "98.50分"]]


@pytest.mark.parametrize("shape", ["spaced", "cells", "one_line"])
def test_rows_ending_on_points_written_with_their_unit(shape: str) -> None:
    """A row whose weight and score are written with 分 ("20分", "18.5分") ends on its score, or on the note after
    it (before, no row could end on such a cell: the rows were cut one cell off, the names read as "31.5公里", and
    the indicators lost)."""
    page = read_page("\n".join(flattened(_HEAD, _POINTS_TABLE, [], shape)))
    assert indicator_rows(page, "number", "level2", "name", "weight", "stated_score")[-4:] == [
        (1, "数量指标", "改造供水管网长度", Decimal("40"), Decimal("40")),
        (2, "质量指标", "管网试压合格率", Decimal("20"), Decimal("20")),
        (3, "时效指标", "汛前完工率", Decimal("20"), Decimal("18.5")),
        (4, "服务对象满意度指标", "沿线居民满意度", Decimal("20"), Decimal("20"))]
