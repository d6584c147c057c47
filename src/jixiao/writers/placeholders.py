"""Parts of the official outline an evaluation leaves empty, and the visible placeholder a report
prints for each (``【待补充：预算调整原因】``).

A report never fills a required part with text the unit did not write: it prints the placeholder,
Word highlights it, ``render`` lists it on stderr, ``render --final`` refuses while one remains, and
the review check TEMPLATE_LEFT reports it. :func:`missing_parts` is the one list every one of them
uses; it reads the model only (no document library), so checks may import it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from jixiao.model import Evaluation, Indicator, Kind
from jixiao.numbers import HUNDRED, format_score
from jixiao.scoring.packs import RulePack
from jixiao.writers.facts import is_execution_indicator

OPEN = "【待补充："
CLOSE = "】"
DEFAULT_ADJUSTMENT_PERCENT = Decimal(20)
DEFAULT_TOLERANCE = Decimal("0.01")

# What each missing part is called in its placeholder (the outline's own words).
LABELS = {
    "unit.name": "单位名称",
    "unit.duties": "职能职责",
    "unit.internal_bodies": "内设机构及下属单位",
    "unit.staff_total": "人员编制情况",
    "unit.supervising_department": "主管部门",
    "project.name": "项目名称",
    "project.goal_expected": "年度总体目标",
    "project.goal_actual": "年度总体目标实际完成情况",
    "budget": "预算及支出情况",
    "budget.adjusted": "全年预算数",
    "budget.executed": "全年执行数",
    "budget.adjustment_note": "预算调整原因",
    "budget.execution_note": "未执行原因",
    "indicators": "绩效指标及其完成情况",
    "indicators[].weight": "分值",
    "indicators[].actual": "实际完成值",
    "indicators[].stated_score": "得分",
    "indicators[].deviation_note": "偏差原因分析",
    "sections.purpose": "绩效评价目的",
    "sections.experience": "主要经验及做法",
    "sections.problems": "存在的问题",
    "sections.measures": "改进措施、建议",
}


def placeholder(label: str) -> str:
    """``预算调整原因`` → ``【待补充：预算调整原因】``."""
    return f"{OPEN}{label}{CLOSE}"


def placeholder_for(path: str) -> str:
    """The placeholder of a field path (``indicators[3].actual`` → ``【待补充：实际完成值】``)."""
    return placeholder(LABELS[re.sub(r"\[\d+\]", "[]", path)])


def stated_or_placeholder(text: str | None, path: str) -> str:
    """``text`` when the evaluation states it, else the placeholder of ``path``: ``unit.name`` defaults to "", so an
    empty (or blank) name is no name, never one printed as if the report stated it."""
    return (text or "").strip() or placeholder_for(path)


def weight_shown(indicator: Indicator, index: int) -> str:
    """The weight as a report prints it (``10``), or ``【待补充：分值】`` when the document states none."""
    if indicator.weight is None:
        return placeholder_for(f"indicators[{index}].weight")
    return format_score(indicator.weight)


@dataclass(frozen=True)
class MissingPart:
    """A required part with no content: its field path and the placeholder a report prints."""

    path: str
    label: str

    @property
    def text(self) -> str:
        return placeholder(self.label)


def _blank(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, list):
        return not value
    return False


def actual_missing(indicator: Indicator) -> bool:
    actual = indicator.actual
    return actual is None or (actual.value is None and actual.tier is None and _blank(actual.text))


def adjustment_needs_note(evaluation: Evaluation, pack: RulePack | None = None) -> bool:
    """The budget changed during the year by more than the pack's threshold (20% by default)."""
    budget = evaluation.budget
    if budget.initial is None or budget.adjusted is None or budget.initial <= 0:
        return False
    threshold = pack.thresholds.large_adjustment_percent if pack is not None else DEFAULT_ADJUSTMENT_PERCENT
    return abs(budget.adjusted - budget.initial) / budget.initial * HUNDRED > threshold


def unspent_needs_note(evaluation: Evaluation, pack: RulePack | None = None) -> bool:
    """Part of the year's budget was not spent."""
    budget = evaluation.budget
    if budget.adjusted is None or budget.executed is None:
        return False
    tolerance = pack.thresholds.tolerance if pack is not None else DEFAULT_TOLERANCE
    return budget.adjusted - budget.executed > tolerance


def missing_parts(evaluation: Evaluation, pack: RulePack | None = None,
                  scores: list[Decimal | None] | None = None) -> list[MissingPart]:
    """Every required part of the report that ``evaluation`` leaves empty, in the outline's order.

    ``pack`` supplies the thresholds (budget change, tolerance) and the rules; ``scores`` is the score
    each indicator shows (None where neither stated nor recomputable), by default its recomputed
    score, else its stated one.
    """
    if scores is None:
        from jixiao.scoring import score_evaluation

        result = score_evaluation(evaluation, pack)
        scores = [item.computed if item.computed is not None else item.stated for item in result.indicators]
    out: list[MissingPart] = []

    def need(path: str, label_path: str | None = None) -> None:
        out.append(MissingPart(path, LABELS[label_path or re.sub(r"\[\d+\]", "[]", path)]))

    unit, budget, sections = evaluation.unit, evaluation.budget, evaluation.sections
    project = evaluation.project
    if evaluation.kind == Kind.PROJECT:
        if project is None or _blank(project.name):
            need("project.name")
        if _blank(unit.supervising_department):
            need("unit.supervising_department")
        if _blank(unit.name) and (project is None or _blank(project.implementing_unit)):
            need("unit.name")
        if project is None or _blank(project.goal_expected):
            need("project.goal_expected")
        if project is None or _blank(project.goal_actual):
            need("project.goal_actual")
    else:
        if _blank(unit.name):
            need("unit.name")
        if not unit.duties:
            need("unit.duties")
        if (not unit.internal_bodies and not unit.subordinate_bodies and unit.internal_bodies_count is None
                and unit.subordinate_bodies_count is None):
            need("unit.internal_bodies")
        if unit.staff_total is None and not unit.staff_parts:
            need("unit.staff_total")
    if budget.adjusted is None and budget.initial is None:
        need("budget.adjusted")
    if budget.executed is None:
        need("budget.executed")
    if adjustment_needs_note(evaluation, pack) and _blank(budget.adjustment_note):
        need("budget.adjustment_note")
    if unspent_needs_note(evaluation, pack) and _blank(budget.execution_note):
        need("budget.execution_note")
    if _blank(sections.purpose):
        need("sections.purpose")
    if not evaluation.indicators:
        need("indicators")
    for index, indicator in enumerate(evaluation.indicators):
        execution = is_execution_indicator(indicator)
        if indicator.weight is None:  # a 得分-only form: the report's 分值 column has nothing to show
            need(f"indicators[{index}].weight")
        if actual_missing(indicator) and not (execution and budget.executed is not None):
            need(f"indicators[{index}].actual")
        shown = scores[index]
        if shown is None:
            need(f"indicators[{index}].stated_score")
        elif (indicator.weight is not None and shown < indicator.weight and not execution
              and _blank(indicator.deviation_note)):
            need(f"indicators[{index}].deviation_note")
    if _blank(sections.experience):
        need("sections.experience")
    if _blank(sections.problems):
        need("sections.problems")
    if _blank(sections.measures):
        need("sections.measures")
    return out
