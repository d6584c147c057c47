"""The score table (the report's appendix and the Excel sheet) as document tables, in the standard
forms' own vocabulary (domain §7): 项目支出绩效自评表 or 部门整体支出绩效自评表.

Every table sits on one grid of columns (8, or 9 with 是否核心指标), so the blocks line up as one form.
Number cells carry their value, kind and, where a formula gives exactly the shown number, the formula
(totals, subtotals, the execution rate): Word, HTML and Markdown print the text, Excel writes the
number and the formula with its cached result (:mod:`jixiao.writers.xlsx`).
"""

from __future__ import annotations

from decimal import Decimal

from jixiao.lexicon import lexicon
from jixiao.model import Evaluation, Kind
from jixiao.numbers import format_amount, format_percent, format_score, percent_of
from jixiao.writers.document import Block, Cell, Formula, Paragraph, Table
from jixiao.writers.facts import (
    Figures,
    ShownIndicator,
    actual_text,
    difference_note,
    is_execution_indicator,
    target_text,
)
from jixiao.writers.placeholders import placeholder, placeholder_for

_FORMS = lexicon()["forms"]  # the official header rows (lexicon.yaml, forms:)
WHOLE_UNIT_HEADER: list[str] = _FORMS["whole_unit"]["indicators"]
PROJECT_HEADER: list[str] = _FORMS["project"]["indicators"]
CORE_HEADER: str = _FORMS["core"]
WHOLE_UNIT_MONEY: list[str] = _FORMS["whole_unit"]["money"]
PROJECT_MONEY: list[str] = _FORMS["project"]["money"]
INDICATOR_WIDTHS = [1.1, 1.3, 2.2, 1.2, 1.3, 0.9, 0.9, 2.2]
CORE_WIDTH = 0.9


def appendix_title(evaluation: Evaluation) -> str:
    if evaluation.kind == Kind.PROJECT:
        return f"{evaluation.year or '【待补充：评价年度】'}年度项目支出绩效自评表"
    return f"{evaluation.year or '【待补充：评价年度】'}年度部门整体支出绩效自评表"


def _money(value: Decimal | None, key: str = "") -> Cell:
    return Cell("" if value is None else format_amount(value), value=value, kind="money", key=key)


def _score(value: Decimal | None, key: str = "", *, strong: bool = False, formula: Formula | None = None) -> Cell:
    return Cell("" if value is None else format_score(value), value=value, kind="score", key=key, strong=strong,
                formula=formula if value is not None else None)


def _label(text: str, span: int = 1) -> Cell:
    return Cell(text, span=span, strong=True)


def _execution(figures: Figures) -> tuple[int, ShownIndicator] | None:
    return next(((index, item) for index, item in enumerate(figures.indicators)
                 if is_execution_indicator(item.indicator)), None)


def indicator_groups(figures: Figures) -> list[tuple[str | None, list[tuple[int, ShownIndicator]]]]:
    """Consecutive indicators with the same 一级指标 (the table keeps the evaluation's order)."""
    groups: list[tuple[str | None, list[tuple[int, ShownIndicator]]]] = []
    for index, item in enumerate(figures.indicators):
        level1 = item.indicator.level1
        if groups and groups[-1][0] == level1:
            groups[-1][1].append((index, item))
        else:
            groups.append((level1, [(index, item)]))
    return groups


def _subtotals_wanted(groups: list[tuple[str | None, list[tuple[int, ShownIndicator]]]]) -> bool:
    """Subtotal rows only when every indicator has a 一级指标 and each one's rows are together."""
    names = [level1 for level1, _ in groups]
    return len(names) > 1 and all(names) and len(set(names)) == len(names)


def _sum(keys: list[str]) -> Formula:
    return Formula("sum", tuple(keys))


def _indicator_table(evaluation: Evaluation, figures: Figures) -> Table:
    kind = evaluation.kind
    core = any(item.indicator.core for item in figures.indicators)
    header = list(PROJECT_HEADER if kind == Kind.PROJECT else WHOLE_UNIT_HEADER) + ([CORE_HEADER] if core else [])
    columns = len(header)
    groups = indicator_groups(figures)
    subtotals = _subtotals_wanted(groups)
    rows: list[list[Cell]] = []
    group_keys: list[tuple[str, str]] = []
    for group_number, (level1, items) in enumerate(groups):
        weight_keys, score_keys = [], []
        for index, item in items:
            ind = item.indicator
            complete = item.score is not None
            score = _score(item.score, f"score{index}") if complete else Cell(
                placeholder_for(f"indicators[{index}].stated_score"))
            deviation = ind.deviation_note or ""
            short = item.score is not None and ind.weight is not None and item.score < ind.weight
            if not deviation and short and not is_execution_indicator(ind):
                deviation = placeholder_for(f"indicators[{index}].deviation_note")
            row = [Cell(ind.level1 or ""), Cell(ind.level2 or ""), Cell(ind.name),
                   Cell(target_text(ind.target)),  # a comparator and a unit: text, as the form writes it
                   _actual_cell(item, index, evaluation),
                   _weight(ind.weight, f"weight{index}", placeholder_for(f"indicators[{index}].weight")),
                   score, Cell(deviation)]
            if core:
                row.append(Cell("是" if ind.core else "否"))
            rows.append(row)
            weight_keys.append(f"weight{index}")
            score_keys.append(f"score{index}")
        if subtotals:
            weight = _sum_weights([item for _, item in items])
            scored = _sum_scores([item for _, item in items])
            key = f"group{group_number}"
            rows.append([_label(f"{level1}小计", span=5),
                         _weight(weight, f"{key}w", strong=True, formula=_sum(weight_keys)),
                         _score(scored, f"{key}s", strong=True, formula=_sum(score_keys)),
                         Cell("", span=columns - 7)])
            group_keys.append((f"{key}w", f"{key}s"))
    total_label = "总分" if kind == Kind.PROJECT else "合计"
    all_weights = [f"weight{i}" for i in range(len(figures.indicators))]
    all_scores = [f"score{i}" for i in range(len(figures.indicators))]
    if group_keys:
        all_weights = [w for w, _ in group_keys]
        all_scores = [s for _, s in group_keys]
    total = figures.total
    total_formula = _sum(all_scores) if total is not None and total == _sum_scores(figures.indicators) else None
    total_cell = _score(total, "total", strong=True, formula=total_formula) if total is not None or not rows else (
        Cell(placeholder("综合得分"), strong=True))
    rows.append([_label(total_label, span=5),
                 _weight(figures.weight_total, "weight_total", strong=True,
                         formula=_sum(all_weights) if rows else None),
                 total_cell, Cell("", span=columns - 7)])
    widths = INDICATOR_WIDTHS + ([CORE_WIDTH] if core else [])
    return Table(columns, header=[[_label(text) for text in header]], rows=rows, widths=widths)


def _weight(value: Decimal | None, key: str, missing: str = "", *, strong: bool = False,
            formula: Formula | None = None) -> Cell:
    """A 分值 cell; a weight the document does not state (or a sum over one) shows ``missing``, never 0."""
    if value is None:
        return Cell(missing, strong=strong)
    return Cell(format_score(value), strong=strong, value=value, kind="score", key=key, formula=formula)


def _sum_weights(items: list[ShownIndicator]) -> Decimal | None:
    weights = [item.indicator.weight for item in items if item.indicator.weight is not None]
    return sum(weights, Decimal(0)) if len(weights) == len(items) else None


def _sum_scores(items: list[ShownIndicator]) -> Decimal | None:
    if any(item.score is None for item in items):
        return None
    return sum((item.score or Decimal(0) for item in items), Decimal(0))


def _actual_cell(item: ShownIndicator, index: int, evaluation: Evaluation) -> Cell:
    actual = item.indicator.actual
    text = actual_text(actual)
    if not text:
        if is_execution_indicator(item.indicator) and evaluation.budget.executed is not None:
            return Cell("")
        return Cell(placeholder_for(f"indicators[{index}].actual"))
    if actual is not None and actual.value is not None and actual.comparator is None:
        return Cell(text, value=actual.value, kind="percent" if actual.unit == "%" else "number", unit=actual.unit)
    return Cell(text)


def _rate_cell(figures: Figures, evaluation: Evaluation, executed_key: str, base_key: str) -> Cell:
    rate = figures.execution_rate
    if rate is None:
        return Cell("")
    budget = evaluation.budget
    base = budget.adjusted if base_key == "adjusted" else budget.initial
    formula = None
    if budget.executed is not None and base:
        formula = Formula("ratio", (executed_key, base_key)) if percent_of(budget.executed, base) == rate else None
    return Cell(format_percent(rate), value=rate, kind="percent", key="rate", formula=formula)


def _execution_cells(figures: Figures) -> tuple[Cell, Cell]:
    found = _execution(figures)
    if found is None:
        return Cell(""), Cell("")
    index, item = found
    weight = _weight(item.indicator.weight, "", placeholder_for(f"indicators[{index}].weight"),
                     formula=Formula("ref", (f"weight{index}",)))
    score = _score(item.score, formula=Formula("ref", (f"score{index}",)))
    return weight, score


def _total_cells(figures: Figures) -> tuple[Cell, Cell]:
    total = (_score(figures.total, formula=Formula("ref", ("total",))) if figures.total is not None
             else Cell(placeholder("综合得分")))
    grade = Cell(figures.grade.value if figures.grade is not None else placeholder("评价等级"))
    return total, grade


def score_tables(evaluation: Evaluation, figures: Figures) -> list[Block]:
    """The appendix blocks for the evaluation's kind; the difference note (if any) below the tables."""
    indicators = _indicator_table(evaluation, figures)
    columns = indicators.columns
    widths = indicators.widths
    if evaluation.kind == Kind.PROJECT:
        blocks = _project_tables(evaluation, figures, columns, widths)
    else:
        blocks = _whole_unit_tables(evaluation, figures, columns, widths)
    blocks += [Paragraph("绩效指标完成情况", "caption"), indicators]
    note = difference_note(figures)
    if note:
        blocks.append(Paragraph(f"注：{note}", "note"))
    return blocks


def _whole_unit_tables(evaluation: Evaluation, figures: Figures, columns: int, widths: list[float]) -> list[Block]:
    budget = evaluation.budget
    total, grade = _total_cells(figures)
    rest = columns - 4
    info = Table(columns, rows=[
        [_label("单位名称"), Cell(evaluation.unit.name or placeholder_for("unit.name"), span=columns - 1)],
        [_label("自评总分"), Cell(total.text, span=2, value=total.value, kind=total.kind, formula=total.formula,
                                 strong=total.strong),
         _label("评价等级"), Cell(grade.text, span=rest)],
    ], widths=widths)
    weight, score = _execution_cells(figures)
    base_key = "adjusted" if budget.adjusted is not None else "initial"
    first = columns - 6
    money = Table(columns, header=[[_label("项目", span=first)] + [_label(text) for text in WHOLE_UNIT_MONEY]],
                  rows=[[Cell("预算执行情况", span=first), _money(budget.initial, "initial"),
                         _money(budget.adjusted, "adjusted"), _money(budget.executed, "executed"),
                         _rate_cell(figures, evaluation, "executed", base_key), weight, score]],
                  widths=widths)
    return [info, Paragraph("预算执行情况", "caption"), money]


def _project_tables(evaluation: Evaluation, figures: Figures, columns: int, widths: list[float]) -> list[Block]:
    budget = evaluation.budget
    project = evaluation.project
    total, grade = _total_cells(figures)
    half = (columns - 2) // 2
    implementing = (project.implementing_unit if project else None) or evaluation.unit.name
    info = Table(columns, rows=[
        [_label("项目名称"), Cell((project.name if project else "") or placeholder_for("project.name"),
                                 span=columns - 1)],
        [_label("主管部门"), Cell(evaluation.unit.supervising_department or placeholder_for(
            "unit.supervising_department"), span=half),
         _label("实施单位"), Cell(implementing or placeholder_for("unit.name"), span=columns - 2 - half)],
        [_label("自评总分"), Cell(total.text, span=half, value=total.value, kind=total.kind, formula=total.formula,
                                 strong=total.strong),
         _label("评价等级"), Cell(grade.text, span=columns - 2 - half)],
    ], widths=widths)
    weight, score = _execution_cells(figures)
    base_key = "adjusted" if budget.adjusted is not None else "initial"
    first = columns - 6
    money_rows = [[Cell("年度资金总额", span=first), _money(budget.initial, "initial"),
                   _money(budget.adjusted, "adjusted"), _money(budget.executed, "executed"),
                   weight, _rate_cell(figures, evaluation, "executed", base_key), score]]
    for position, row in enumerate(budget.fund_rows):
        label = f"其中：{row.name}" if position == 0 else row.name
        money_rows.append([Cell(label, span=first), _money(row.initial), _money(row.adjusted), _money(row.executed),
                           Cell(""), Cell(""), Cell("")])
    money = Table(columns, header=[[_label("项目资金（万元）", span=first)] + [_label(t) for t in PROJECT_MONEY]],
                  rows=money_rows, widths=widths)
    expected = (project.goal_expected if project else None) or placeholder_for("project.goal_expected")
    actual = (project.goal_actual if project else None) or placeholder_for("project.goal_actual")
    goal_span = (columns - 2) // 2
    goal = Table(columns, header=[[_label("年度总体目标", span=2), _label("预期目标", span=goal_span),
                                   _label("实际完成情况", span=columns - 2 - goal_span)]],
                 rows=[[Cell("", span=2), Cell(expected, span=goal_span), Cell(actual, span=columns - 2 - goal_span)]],
                 widths=widths)
    return [info, Paragraph("项目资金执行情况", "caption"), money, goal]
