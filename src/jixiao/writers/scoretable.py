"""The score table (appendix) as document tables: the whole-unit or the project layout (domain §7).

The Excel writer lays out the same rows with live formulas (:mod:`jixiao.writers.xlsx`).
"""

from __future__ import annotations

from decimal import Decimal

from jixiao.model import Evaluation, Kind
from jixiao.numbers import format_amount, format_percent, format_score
from jixiao.writers.document import Block, Cell, Paragraph, Table
from jixiao.writers.facts import Figures, ShownIndicator, actual_text, is_execution_indicator, target_text

WHOLE_UNIT_HEADER = ["一级指标", "二级指标", "三级指标", "年初指标值", "全年完成值", "指标权重", "指标得分",
                     "偏差原因分析"]
PROJECT_HEADER = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                  "偏差原因分析及改进措施"]
MONEY_HEADER = ["年初预算数（万元）", "全年（调整）预算数（万元）", "全年执行数（万元）", "执行率", "执行率权重",
                "执行率得分"]
INDICATOR_WIDTHS = [1.1, 1.3, 2.2, 1.2, 1.3, 0.9, 0.9, 2.2]


def appendix_title(evaluation: Evaluation) -> str:
    if evaluation.kind == Kind.PROJECT:
        return f"{evaluation.year or '【待补充：评价年度】'}年度项目支出绩效自评表"
    return f"{evaluation.year or '【待补充：评价年度】'}年度部门整体支出绩效自评表"


def _money(value: Decimal | None) -> str:
    return "" if value is None else format_amount(value)


def _score(value: Decimal | None) -> str:
    return "" if value is None else format_score(value)


def _execution(figures: Figures) -> ShownIndicator | None:
    return next((item for item in figures.indicators if is_execution_indicator(item.indicator)), None)


def indicator_groups(figures: Figures) -> list[tuple[str | None, list[ShownIndicator]]]:
    """Indicators grouped by 一级指标 in order of first appearance; one unnamed group when none has one."""
    groups: dict[str | None, list[ShownIndicator]] = {}
    for item in figures.indicators:
        groups.setdefault(item.indicator.level1, []).append(item)
    return list(groups.items())


def _indicator_rows(figures: Figures) -> list[list[Cell]]:
    rows: list[list[Cell]] = []
    groups = indicator_groups(figures)
    for level1, items in groups:
        for item in items:
            ind = item.indicator
            rows.append([Cell(ind.level1 or ""), Cell(ind.level2 or ""), Cell(ind.name),
                         Cell(target_text(ind.target)), Cell(actual_text(ind.actual)),
                         Cell(format_score(ind.weight)), Cell(_score(item.score)), Cell(ind.deviation_note or "")])
        if len(groups) > 1 and level1:
            weight = sum((item.indicator.weight for item in items), Decimal(0))
            scored = sum((item.score or Decimal(0) for item in items), Decimal(0))
            rows.append([Cell(f"{level1}小计", span=5, strong=True), Cell(format_score(weight), strong=True),
                         Cell(format_score(scored), strong=True), Cell("")])
    weight = sum((item.indicator.weight for item in figures.indicators), Decimal(0))
    scored = sum((item.score or Decimal(0) for item in figures.indicators), Decimal(0))
    rows.append([Cell("合计", span=5, strong=True), Cell(format_score(weight), strong=True),
                 Cell(format_score(scored), strong=True), Cell("")])
    return rows


def score_tables(evaluation: Evaluation, figures: Figures) -> list[Block]:
    """The appendix blocks for the evaluation's kind."""
    if evaluation.kind == Kind.PROJECT:
        return _project_tables(evaluation, figures)
    return _whole_unit_tables(evaluation, figures)


def _whole_unit_tables(evaluation: Evaluation, figures: Figures) -> list[Block]:
    budget = evaluation.budget
    execution = _execution(figures)
    rate = figures.execution_rate
    info = Table(4, rows=[
        [Cell("单位名称", strong=True), Cell(evaluation.unit.name, span=3)],
        [Cell("自评总分", strong=True), Cell(format_score(figures.total)),
         Cell("评价等级", strong=True), Cell(figures.grade.value)],
    ], widths=[1, 2, 1, 2])
    money = Table(6, header=[[Cell(text, strong=True) for text in MONEY_HEADER]],
        rows=[[Cell(_money(budget.initial)), Cell(_money(budget.adjusted)), Cell(_money(budget.executed)),
               Cell("" if rate is None else format_percent(rate)),
               Cell(format_score(execution.indicator.weight) if execution else ""),
               Cell(_score(execution.score) if execution else "")]])
    indicators = Table(8, header=[[Cell(text, strong=True) for text in WHOLE_UNIT_HEADER]],
                       rows=_indicator_rows(figures), widths=INDICATOR_WIDTHS)
    return [info, Paragraph("预算执行情况"), money, Paragraph("绩效指标完成情况"), indicators]


def _project_tables(evaluation: Evaluation, figures: Figures) -> list[Block]:
    budget = evaluation.budget
    project = evaluation.project
    execution = _execution(figures)
    rate = figures.execution_rate
    info = Table(4, rows=[
        [Cell("项目名称", strong=True), Cell(project.name if project else "", span=3)],
        [Cell("主管部门", strong=True), Cell(evaluation.unit.supervising_department or ""),
         Cell("实施单位", strong=True), Cell((project.implementing_unit if project else None) or evaluation.unit.name)],
    ], widths=[1, 2, 1, 2])
    header = [Cell(text, strong=True) for text in
              ("项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")]
    money_rows = [[Cell("年度资金总额"), Cell(_money(budget.initial)), Cell(_money(budget.adjusted)),
                   Cell(_money(budget.executed)),
                   Cell(format_score(execution.indicator.weight) if execution else ""),
                   Cell("" if rate is None else format_percent(rate)),
                   Cell(_score(execution.score) if execution else "")]]
    for label in ("其中：财政拨款", "上年结转", "其他资金"):
        money_rows.append([Cell(label)] + [Cell("") for _ in range(6)])
    money = Table(7, header=[header], rows=money_rows, widths=[1.6, 1, 1, 1, 0.8, 0.9, 0.8])
    goal = Table(2, header=[[Cell("年度总体目标：预期目标", strong=True), Cell("实际完成情况", strong=True)]],
                 rows=[[Cell((project.goal_expected if project else None) or ""),
                        Cell((project.goal_actual if project else None) or "")]])
    indicators = Table(8, header=[[Cell(text, strong=True) for text in PROJECT_HEADER]],
                       rows=_indicator_rows(figures), widths=INDICATOR_WIDTHS)
    return [info, Paragraph("项目资金执行情况"), money, goal, Paragraph("绩效指标完成情况"), indicators]
