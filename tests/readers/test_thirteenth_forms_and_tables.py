"""Shapes of the thirteenth set's tables and copied forms (invented units and figures): a Markdown indicator
table whose 一级 is only in bold rows, a 支出 table by category with its 合计 row last."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from jixiao.model import Evaluation
from jixiao.readers import read_any


def _read(tmp_path: Path, text: str, name: str = "report.txt") -> Evaluation:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_any(path).evaluation


def test_a_bold_level_row_names_the_level_of_the_rows_below_and_its_block_weight(tmp_path: Path) -> None:
    text = "\n".join([
        "# 某县农业农村局2023年度部门整体支出绩效自评报告",
        "",
        "| 一级指标 | 二级指标 | 三级指标 | 分值 | 年度目标 | 实际完成 | 得分 |",
        "| --- | --- | --- | --- | --- | --- | --- |",
        "| **效益指标（35分）** |  |  |  |  |  |  |",
        "|  | 社会效益指标 | 农技培训人次 | 20 | ≥600人次 | 640人次 | 20 |",
        "|  | 可持续影响指标 | 耕地保护机制 | 15 | 持续运行 | 持续运行 | 15 |",
        "| **满意度指标（15分）** |  |  |  |  |  |  |",
        "|  | 服务对象满意度指标 | 农户满意度 | 15 | ≥85% | 88% | 14 |",
    ])
    evaluation = _read(tmp_path, text, "report.md")
    got = [(i.name, i.level1, i.level2, i.weight, i.stated_score) for i in evaluation.indicators]
    assert got == [("农技培训人次", "效益指标", "社会效益指标", Decimal(20), Decimal(20)),
                   ("耕地保护机制", "效益指标", "可持续影响指标", Decimal(15), Decimal(15)),
                   ("农户满意度", "满意度指标", "服务对象满意度指标", Decimal(15), Decimal(14))]
    assert evaluation.stated_block_weights == {"效益指标": Decimal(35), "满意度指标": Decimal(15)}


def test_a_lone_row_that_is_no_level_is_not_taken_for_one(tmp_path: Path) -> None:
    text = "\n".join([
        "# 某县农业农村局2023年度部门整体支出绩效自评报告",
        "",
        "| 一级指标 | 二级指标 | 三级指标 | 分值 | 年度目标 | 实际完成 | 得分 |",
        "| --- | --- | --- | --- | --- | --- | --- |",
        "| 产出指标 | 数量指标 | 农技培训人次 | 50 | ≥600人次 | 640人次 | 50 |",
        "| **说明：以下为效益类** |  |  |  |  |  |  |",
        "|  | 社会效益指标 | 耕地保护机制 | 50 | 持续运行 | 持续运行 | 50 |",
    ])
    evaluation = _read(tmp_path, text, "report.md")
    assert [i.level1 for i in evaluation.indicators] == ["产出指标", "产出指标"]
    assert evaluation.stated_block_weights == {}


def test_a_spending_table_by_category_gives_the_items_and_takes_the_budget_from_its_total_row(tmp_path: Path) -> None:
    rows = [("基本支出", "812.40", "866.10", "860.25", "99.32%"), ("项目支出", "95.00", "140.00", "121.75", "86.96%"),
            ("合计", "907.40", "1,006.10", "982.00", "97.60%")]
    for order in (rows, rows[-1:] + rows[:-1]):  # the 合计 row last, then first
        text = "\n".join(["# 某县司法局2022年度部门整体支出绩效自评报告", "",
                          "| 支出类别 | 年初预算数（万元） | 全年预算数（万元） | 全年执行数（万元） | 执行率 |",
                          "| --- | --- | --- | --- | --- |", *("| " + " | ".join(row) + " |" for row in order)])
        budget = _read(tmp_path, text, "report.md").budget
        assert (budget.initial, budget.adjusted, budget.executed, budget.stated_execution_rate) == (
            Decimal("907.40"), Decimal("1006.10"), Decimal("982.00"), Decimal("97.60"))
        assert budget.expenditure_total == Decimal("982.00")
        assert [(i.name, i.amount) for i in budget.expenditure_items] == [
            ("基本支出", Decimal("860.25")), ("项目支出", Decimal("121.75"))]


def test_a_money_block_whose_rows_are_fund_sources_gives_no_spending_items(tmp_path: Path) -> None:
    text = "\n".join(["# 某县司法局2022年度部门整体支出绩效自评报告", "",
                      "| 资金来源 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |", "| --- | --- | --- | --- | --- |",
                      "| 财政拨款 | 800.00 | 900.00 | 880.00 | 97.78% |",
                      "| 其他资金 | 20.00 | 20.00 | 10.00 | 50.00% |",
                      "| 合计 | 820.00 | 920.00 | 890.00 | 96.74% |"])
    budget = _read(tmp_path, text, "report.md").budget
    assert budget.expenditure_items == [] and budget.expenditure_total is None
    assert budget.executed == Decimal("890.00")
