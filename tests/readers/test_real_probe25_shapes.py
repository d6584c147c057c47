"""Shapes found by the twenty-fifth real-page probe (docs/reader-corpora/real-probe-25.md), each rebuilt from an
invented snippet of the same shape (invented units, places, projects and figures)."""

from __future__ import annotations

from decimal import Decimal

from jixiao.readers.extract import extract
from jixiao.readers.source_text import text_to_document


def _read(text: str):  # type: ignore[no-untyped-def]
    return extract(text_to_document(text, "page.txt"))[0]


def test_a_last_row_cut_after_its_actual_is_an_indicator_with_no_weight() -> None:
    """"| 产出指标 | 数量指标 | 名称(次) | ≥ | 2 | 次 | 3" and the excerpt ends: the row ran on to its actual, its
    分值 and 得分 lost with the page's end — an indicator whose weight stays unstated."""
    read = _read("项目支出绩效自评表(2022年度) | | | | | | | | | | |\n"
                 "项目名称 | | 示范林管护工作经费 | | | | | | | | |\n"
                 "绩效指标(90分) | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 "
                 "| 得分 | 未完成原因分析 |\n"
                 "| 产出指标 | 数量指标 | 巡护检查次数(次) | ≥ | 2 | 次 | 3 ")
    found = [i for i in read.indicators if i.name.startswith("巡护检查次数")]
    assert len(found) == 1
    assert found[0].weight is None
    assert found[0].level2 == "数量指标"
    assert found[0].target is not None and found[0].target.value == Decimal("2")
    assert found[0].actual is not None and found[0].actual.value == Decimal("3")
