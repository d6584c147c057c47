"""Shapes of the seventy-fifth set (docs/reader-corpora/seventyfifth.md), each rebuilt from an invented snippet of
the same shape (invented units and figures)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from page_reading import by_name, read_docx

from jixiao.readers.extract.values import parse_actual, parse_target


@pytest.mark.parametrize(("cell", "value", "unit"), [
    ("全年举办18场", "18", "场"), ("办结2046件", "2046", "件"), ("平均28小时", "28", "小时"),
    ("签约2.6万人", "2.6", "万人"), ("接待游客63.5万人次", "63.5", "万人次"), ("全年3次", "3", "次"),
])
def test_actual_led_by_words_naming_what_was_done(cell: str, value: str, unit: str) -> None:
    """An 实际完成值 cell whose figure follows a few words naming what was done ("办结2046件", "全年举办18场",
    "平均28小时") is that figure (before, only a bare figure or one after 达到 / 完成 / 约 was read: these stayed
    text)."""
    assert parse_actual(cell) == {"value": Decimal(value), "unit": unit, "text": cell}


@pytest.mark.parametrize("cell", ["较上年增长6%", "同比下降2.5%", "未完成3项", "排名第2", "其中女性85人",
                                  "超出目标4个", "减少1起"])
def test_actual_led_by_a_change_or_a_part_stays_as_written(cell: str) -> None:
    """Words that make the figure a change, a comparison, a negation, a rank or a part stay text: the figure is not
    what was done."""
    assert parse_actual(cell) == {"text": cell}


@pytest.mark.parametrize(("cell", "value"), [("每季度1次，全年4次", 4), ("每月2次,全年共24次", 24),
                                             ("每半年不少于1次；年度不少于2次", 2)])
def test_target_per_period_then_the_year(cell: str, value: int) -> None:
    """A target cell stating a figure per period and then the year's ("每季度1次，全年4次"): the form is the year's, its
    target the year's figure (before, the per-period 1 was read as ≥ 1 次)."""
    read = parse_target(cell)
    assert read is not None
    assert (read["value"], read["unit"]) == (Decimal(value), "次")


def test_target_per_period_alone_stays_its_figure() -> None:
    """With no year's figure after it, a per-period target is its own figure, and a deadline stays text."""
    assert parse_target("每季度1次") == {"comparator": "≥", "value": Decimal(1), "unit": "次"}
    assert parse_target("每月10日前") == {"text": "每月10日前"}


def test_appendix_form_with_word_led_actuals(tmp_path: Path) -> None:
    """A street office's form in its appendix, the actuals written as a sentence's end ("全年开展15场", "平均30小时")
    and a 扣分原因 column: each actual read with its figure and unit."""
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "扣分原因"]
    rows = [["产出指标", "数量指标", "社区议事会场次", "开展不少于12场", "全年开展15场", "40", "40.00", ""],
            ["产出指标", "时效指标", "诉求办结时限", "控制在48小时以内", "平均30小时", "30", "30.00", ""],
            ["满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", "91%", "30", "30.00", ""]]
    evaluation = read_docx(tmp_path, ["某街道办事处2023年度绩效自评报告", "附件：部门整体支出绩效自评表",
                                      [head, *rows, ["合计", "", "", "", "", "100", "100.00", ""]]])
    found = by_name(evaluation)
    assert (found["社区议事会场次"].actual.value, found["社区议事会场次"].actual.unit) == (Decimal(15), "场")
    assert (found["诉求办结时限"].actual.value, found["诉求办结时限"].actual.unit) == (Decimal(30), "小时")
    assert found["诉求办结时限"].target.comparator == "≤"
