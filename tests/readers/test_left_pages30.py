"""Shapes of the real pages probes 19–25 left below 90 % (docs/reader-corpora/left-pages-30.md), each rebuilt from an
invented snippet of the same shape (invented units, places, projects and figures)."""

from __future__ import annotations

from decimal import Decimal

from test_left_pages29 import _indicator, _read

from jixiao.checks import run_checks
from jixiao.checks.finding import Severity

# a whole-unit form with a 计量单位 column, run together by a document site
_MEASURED = ("1、某某市某某区园林局2023年度部门整体绩效自评表主管部门某某市某某区园林局部门联系人王某联系电话"
             "自评总分(分)96.5"
             "年初预算数全年(调整)预算数全年执行数执行率执行率权重执行率得分年度总金额100.00120.00108.0090.00109.00"
             "其中财政拨款100.00120.00108.0090.00109.00年初绩效目标全年(调整)绩效目标全年目标实际完成情况"
             "养护城区绿地。养护城区绿地。已完成。绩效指标指标名称计量单位指标性质指标值指标权重(分)全年完成值指标得分(分)说明"
             "绿地养护任务完成率%951010010街头绿地管护面积万亩3510610新增绿地面积万亩3110210天桥绿化养护面积万亩120108010"
             "绿地火灾受害率%0.810010苗木病虫害成灾率%0.3100.210\n")


def test_a_unit_word_after_a_rows_figures_opens_the_next_name_under_a_measure_column() -> None:
    """"…万亩3110210天桥绿化…": under a header with a 计量单位 column each row prints its unit after its name, so
    the 天 after the figures is the next name's first character, not a unit of days (both rows were lost)."""
    read = _read(_MEASURED)
    row = _indicator(read, "新增绿地面积")
    assert (row.weight, row.stated_score) == (10, 10)
    row = _indicator(read, "天桥绿化养护面积")
    assert (row.target.value, row.actual.value, row.weight, row.stated_score) == (120, 80, 10, 10)


def test_a_rate_target_with_one_decimal_and_a_nil_actual_run_together() -> None:
    """"%0.810010" under 指标值 | 权重 | 完成值 | 得分: 0.8 | 10 | 0 | 10 (the cell was taken for a weight of
    0.810010, a six-decimal figure as money is printed); split by the row's columns, a guess."""
    read = _read(_MEASURED)
    row = _indicator(read, "绿地火灾受害率")
    assert (row.target.value, row.target.unit, row.actual.value) == (Decimal("0.8"), "%", 0)
    assert (row.weight, row.stated_score) == (10, 10)
    assert read.provenance[f"indicators[{read.indicators.index(row)}].weight"].guessed
    assert not [f for f in run_checks(read) if f.severity is Severity.ERROR]
