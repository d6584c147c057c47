"""Shapes of the fifty-first set (docs/reader-corpora/fiftyfirst.md), each rebuilt from an invented snippet of the
same shape (invented units and figures)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from jixiao.readers import read_any


def _read(tmp_path: Path, text: str) -> object:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    return read_any(path).evaluation


def test_prose_clauses_with_a_bare_annual_target(tmp_path: Path) -> None:
    """"甲业务件数，年度目标≥1200件，实际完成1315件；…" in a report whose form is an image: each clause is an
    indicator with its target and actual, no weight (before, none was read: only 指标值 / 目标值 / 任务数 led a
    target)."""
    evaluation = _read(tmp_path, (
        "某县某某中心2024年度某某经办经费项目绩效自评报告\n"
        "2024年年初预算30.00万元，全年预算32.00万元，全年执行31.00万元，预算执行率96.88%。\n"
        "从绩效目标完成情况看：甲业务件数，年度目标≥1200件，实际完成1315件；丙群众满意度，年度目标≥90%，"
        "实际完成95.5%。\n经自评，本项目自评得分97.10分，等级为“优”。\n"))
    got = [(i.name, i.weight, i.target.value, i.actual.value) for i in evaluation.indicators]  # type: ignore[attr-defined]
    assert got == [("甲业务件数", None, Decimal("1200"), Decimal("1315")),
                   ("丙群众满意度", None, Decimal("90"), Decimal("95.5"))]


def test_funds_use_rate_after_the_amount_used_is_the_budgets(tmp_path: Path) -> None:
    """A whole-unit report's "实际使用资金114.00万元，资金使用率95.00%": the budget's rate (before, only 执行率 was);
    a rate named for one fund ("专项资金使用率100%") or after a part's amount used is still not."""
    evaluation = _read(tmp_path, (
        "某县某某局2024年度部门整体支出绩效自评报告\n"
        "2024年年初预算批复100.00万元，年中追加后全年可用资金120.00万元，实际使用资金114.00万元，资金使用率95.00%。\n"))
    assert evaluation.budget.stated_execution_rate == Decimal("95.00")  # type: ignore[attr-defined]
    other = _read(tmp_path, (
        "某县某某局2024年度部门整体支出绩效自评报告\n"
        "2024年年初预算批复100.00万元，全年预算120.00万元，全年支出114.00万元。专项资金使用率100%。\n"))
    assert other.budget.stated_execution_rate is None  # type: ignore[attr-defined]
    part = _read(tmp_path, (
        "某县某某局2024年度部门整体支出绩效自评报告\n"
        "2024年全年预算120.00万元。某馆某某项目资金使用25430元,资金使用率84.77%。\n"))
    assert part.budget.stated_execution_rate is None  # type: ignore[attr-defined]


def test_initial_budget_arranged_as_project_money(tmp_path: Path) -> None:
    """"年初预算安排项目资金64.00万元": the initial budget (before, 项目资金 right after 安排 was not read)."""
    evaluation = _read(tmp_path, (
        "某县某某所2024年度某某监督经费项目支出绩效自评报告\n一、项目基本情况\n"
        "2024年年初预算安排项目资金64.00万元，年中追加6.00万元，全年预算70.00万元，全年实际支出66.85万元。\n"))
    budget = evaluation.budget  # type: ignore[attr-defined]
    assert (budget.initial, budget.adjusted, budget.executed) == (Decimal("64.00"), Decimal("70.00"), Decimal("66.85"))

