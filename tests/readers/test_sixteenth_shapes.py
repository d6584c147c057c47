"""Shapes of the sixteenth set (docs/reader-corpora/sixteenth.md: ordinary authored reports in the plain styles a
unit's finance staff writes), each rebuilt from an invented snippet of the same shape (invented units, names and
figures)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jixiao.checks import Severity, run_checks
from jixiao.readers.extract import extract
from jixiao.readers.source_text import text_to_document


def _read(text: str, source: str = "report.md"):  # type: ignore[no-untyped-def]
    return extract(text_to_document(text, source))[0]


def _by_name(evaluation) -> dict:  # type: ignore[no-untyped-def]
    return {i.name: i for i in evaluation.indicators}


# C. a bold block title holding only a name and its weight, over a table: the block's title, never an indicator
_TITLED_FORM = """# 项目支出绩效自评表（2023年度）

**{money}（{weight}分）**

| 年度资金（万元） | 年初预算 | 调整后预算 | 执行数 | 执行率 | 分值 | 得分 |
| --- | --- | --- | --- | --- | --- | --- |
| 资金总额 | 40.00 | 50.00 | 48.00 | 96.00% | {weight} | 9.6 |

**绩效指标（90分）**

| 一级指标 | 二级指标 | 三级指标 | 指标值 | 完成值 | 分值 | 得分 |
| --- | --- | --- | --- | --- | --- | --- |
| 产出指标 | 数量指标 | 维修水渠长度 | ≥12公里 | 12.5公里 | 50 | 50 |
| 效益指标 | 社会效益指标 | 受益农户数 | ≥300户 | 280户 | 40 | 36 |

**评价结论：** 本项目自评得分95.6分，评价等级：优。

填报人：某某
"""


@pytest.mark.parametrize(("money", "weight"), [("预算执行情况", 10), ("资金执行", 10), ("项目资金使用情况", 10)])
def test_a_bold_block_title_over_a_table_is_no_indicator(money: str, weight: int) -> None:
    evaluation = _read(_TITLED_FORM.format(money=money, weight=weight))
    assert sorted(_by_name(evaluation)) == ["受益农户数", "维修水渠长度", "预算执行率"]
    assert evaluation.stated_total == Decimal("95.6")
    errors = [f.code for f in run_checks(evaluation) if f.severity is Severity.ERROR]
    assert not {"TOTAL_MISMATCH", "WEIGHTS_NOT_100", "SCORE_OVER_WEIGHT"} & set(errors)


def test_an_indicator_s_narrative_stops_before_the_report_s_verdict() -> None:
    text = ("一、绩效指标完成情况\n（一）群众满意度（10分）\n调查满意度为93%。\n"
            "评价结论：项目自评得分92分，评价等级为优。\n")
    evaluation = _read(text, "report.txt")
    survey = _by_name(evaluation).get("群众满意度")
    assert survey is None or survey.stated_score is None
    assert evaluation.stated_total == Decimal("92")
