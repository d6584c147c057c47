"""Shapes of the forty-ninth set (docs/reader-corpora/fortyninth.md), each rebuilt from an invented snippet of the
same shape (invented units and figures)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl

from jixiao.readers import read_any

_FORM = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
         ["产出指标", "数量指标", "甲类设备台数", "≥4台", "4台", "50", "50"],
         ["满意度指标", "服务对象满意度指标", "乙类满意度", "≥90%", "92%", "40", "39.6"],
         ["总分", "", "", "", "", "100", "99.2"]]


def _funds(evaluation: object) -> list[tuple[str, Decimal | None, Decimal | None]]:
    rows = evaluation.budget.fund_rows  # type: ignore[attr-defined]
    return [(r.name, r.adjusted, r.executed) for r in rows]


def _sheet(tmp_path: Path, rows: list[list[str]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    path = tmp_path / "sheet.xlsx"
    wb.save(path)
    return path


def test_a_sources_as_columns_on_a_sheet(tmp_path: Path) -> None:
    """A project sheet's 资金来源 block with the sources as columns (中央 | 省级 | 县级 | 单位自筹 | 合计) over a
    全年预算数 row and a 全年执行数 row: each source is a fund row (before, none was read)."""
    path = _sheet(tmp_path, [
        ["项目支出绩效自评表（2024年度）"], ["项目名称", "", "某某设备购置项目"],
        ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["", "年度资金总额", "20.00", "24.00", "23.00", "10", "95.83%", "9.58"],
        ["资金来源（万元）", "", "中央", "省级", "县级", "单位自筹", "合计"],
        ["", "全年预算数", "10.00", "6.00", "5.00", "3.00", "24.00"],
        ["", "全年执行数", "10.00", "6.00", "4.50", "2.50", "23.00"], *_FORM])
    assert _funds(read_any(path).evaluation) == [
        ("中央", Decimal("10.00"), Decimal("10.00")), ("省级", Decimal("6.00"), Decimal("6.00")),
        ("县级", Decimal("5.00"), Decimal("4.50")), ("单位自筹", Decimal("3.00"), Decimal("2.50"))]


def _regional(central: str) -> list[list[str]]:
    return [["中央对地方转移支付区域绩效自评表（2024年度）"], ["转移支付（项目）名称", "", "某某补助资金"],
            ["资金投入情况（万元）", "", "年度资金总额", "中央补助", "地方资金", "分值", "得分"],
            ["", "全年预算数（A）", "50.00", central, "10.00", "10", "9.6"],
            ["", "全年执行数（B）", "48.00", "39.00", "9.00"],
            ["", "执行率（B/A）", "96.00%", "97.50%", "90.00%"], *_FORM]


def test_b_a_regional_forms_money_by_columns(tmp_path: Path) -> None:
    """The 区域绩效自评表's money with 年度资金总额 / 中央补助 / 地方资金 as columns and 分值 | 得分 beside them: the
    total column is the budget, the others its fund rows, the pair the execution's weight and score (before, no
    budget, no fund row and no 预算执行率 were read)."""
    evaluation = read_any(_sheet(tmp_path, _regional("40.00"))).evaluation
    budget = evaluation.budget
    assert (budget.adjusted, budget.executed, budget.stated_execution_rate) == (
        Decimal("50.00"), Decimal("48.00"), Decimal("96.00"))
    assert _funds(evaluation) == [("中央补助", Decimal("40.00"), Decimal("39.00")),
                                  ("地方资金", Decimal("10.00"), Decimal("9.00"))]
    rate = next(i for i in evaluation.indicators if i.name == "预算执行率")
    assert (rate.weight, rate.stated_score) == (Decimal(10), Decimal("9.6"))


def test_b_sources_that_do_not_add_up_are_no_fund_rows(tmp_path: Path) -> None:
    """Columns named like sources whose 全年预算数 do not add up to the total column are not read as its parts."""
    assert read_any(_sheet(tmp_path, _regional("30.00"))).evaluation.budget.fund_rows == []
