"""The figures a report shows, decided once for every writer (text, tables, Excel): which score each
indicator shows, the total and the grade, and how each differs from what the evaluation stated.

Two modes (``render --scores``):

- ``computed`` (default): each indicator's recomputed score where the rule pack can recompute it,
  else the stated one; the total and grade are the scoring engine's.
- ``stated``: each indicator's stated score (else the computed one); the total is the sum of the
  shown scores and the grade follows from it, so the document still agrees with itself.

Where a shown figure differs from the stated one, :attr:`Figures.differences` says so, each with
the rule it follows; the report prints them as one formal note.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from jixiao.lexicon import is_budget_rate_name
from jixiao.model import Actual, Comparator, Evaluation, Grade, Indicator, Target
from jixiao.numbers import format_number, format_score, percent_of
from jixiao.scoring import grade_for, load_pack
from jixiao.scoring.packs import RulePack
from jixiao.scoring.receipt import EvaluationScore, IndicatorScore


class ScoreMode(StrEnum):
    """Which scores a document shows (``render --scores``)."""

    COMPUTED = "computed"
    STATED = "stated"


@dataclass(frozen=True)
class ShownIndicator:
    """One indicator as the report shows it; ``score`` None when neither stated nor recomputable."""

    indicator: Indicator
    result: IndicatorScore | None
    score: Decimal | None

    @property
    def differs(self) -> bool:
        """The shown score is not the one the evaluation states."""
        stated = self.indicator.stated_score
        return stated is not None and self.score is not None and self.score != stated


@dataclass(frozen=True)
class Figures:
    """Every number of the document, from one computed result."""

    indicators: list[ShownIndicator]
    total: Decimal | None  # None while an indicator has no score
    grade: Grade | None
    execution_rate: Decimal | None
    mode: ScoreMode
    pack_title: str
    stated_total: Decimal | None = None
    stated_grade: Grade | None = None
    cap_sentence: str | None = None
    weight_total: Decimal | None = field(default=Decimal(0))  # None: an indicator states no weight
    stated_grade_text: str | None = None  # a letter given as the grade ("B"), kept as written: never compared

    @property
    def total_differs(self) -> bool:
        return self.stated_total is not None and self.total is not None and self.total != self.stated_total

    @property
    def grade_differs(self) -> bool:
        return self.stated_grade is not None and self.grade is not None and self.grade != self.stated_grade

    @property
    def differences(self) -> list[ShownIndicator]:
        return [item for item in self.indicators if item.differs]


def pack_for(score: EvaluationScore, pack: RulePack | None = None) -> RulePack:
    """The rule pack ``score`` was computed with (the default pack when it cannot be loaded by name)."""
    if pack is not None:
        return pack
    try:
        return load_pack(score.pack_id)
    except Exception:  # a custom pack known only to the caller: its bands are not at hand
        return load_pack(None)


def shown_figures(evaluation: Evaluation, score: EvaluationScore, mode: ScoreMode | str = ScoreMode.COMPUTED,
                  pack: RulePack | None = None) -> Figures:
    """The document's scores, total and grade in ``mode``, with what differs from the stated ones."""
    mode = ScoreMode(mode)
    pack = pack_for(score, pack)
    by_index = {result.index: result for result in score.indicators}
    shown = []
    for index, indicator in enumerate(evaluation.indicators):
        result = by_index.get(index)
        computed = result.computed if result is not None else None
        stated = indicator.stated_score
        value = (computed if computed is not None else stated) if mode == ScoreMode.COMPUTED else (
            stated if stated is not None else computed)
        shown.append(ShownIndicator(indicator, result, value))
    total: Decimal | None = None
    grade: Grade | None = None
    cap = None
    if shown and all(item.score is not None for item in shown):
        if mode == ScoreMode.COMPUTED:
            total, grade = score.total, score.grade
            cap = score.cap_receipt.sentence if score.cap_receipt is not None else None
        else:
            total = pack.round(sum((item.score or Decimal(0) for item in shown), Decimal(0)))
            grade = grade_for(total, pack)
    given = [item.indicator.weight for item in shown if item.indicator.weight is not None]
    weights = sum(given, Decimal(0)) if len(given) == len(shown) else None
    return Figures(shown, total, grade, execution_rate(evaluation), mode, pack.title,
                   evaluation.stated_total, evaluation.stated_grade, cap, weights,
                   evaluation.unkeyed_grade)


def difference_note(figures: Figures) -> str | None:
    """The formal note listing every shown figure that differs from the stated one, e.g.
    ``按《中央部门预算绩效自评通用规则》规定的计分方法，预算执行率指标应得14.03分（原填8.19分），综合得分应为
    99.03分（原填93.19分）。``; None when nothing differs."""
    clauses = []
    differences = figures.differences
    if figures.mode == ScoreMode.STATED:
        recomputed = [(item, item.result.computed) for item in figures.indicators
                      if item.result is not None and item.result.computed is not None and item.score is not None
                      and item.result.computed != item.score]
        if recomputed:
            items = "，".join(f"{item.indicator.name}指标应得{format_score(computed)}分"
                             f"（本报告按原填{format_score(item.score or Decimal(0))}分列示）"
                             for item, computed in recomputed)
            clauses.append(f"按《{figures.pack_title}》规定的计分方法，{items}")
    if differences:
        items = "，".join(f"{item.indicator.name}指标应得{format_score(item.score or Decimal(0))}分"
                         f"（原填{format_score(item.indicator.stated_score or Decimal(0))}分）"
                         for item in differences)
        clauses.append(f"按《{figures.pack_title}》规定的计分方法，{items}")
    if figures.total_differs and figures.total is not None and figures.stated_total is not None:
        if figures.mode == ScoreMode.STATED:
            clauses.append(f"各指标得分合计为{format_score(figures.total)}分"
                           f"（原填总分{format_score(figures.stated_total)}分），本报告按各指标得分合计列示")
        else:
            clauses.append(f"综合得分应为{format_score(figures.total)}分（原填{format_score(figures.stated_total)}分）")
    if figures.grade_differs and figures.grade is not None and figures.stated_grade is not None:
        clauses.append(f"评价等级应为“{figures.grade.value}”（原填“{figures.stated_grade.value}”）")
    elif (differences or figures.total_differs) and figures.grade is not None and figures.stated_grade is not None:
        clauses.append(f"评价等级仍为“{figures.grade.value}”")
    elif figures.stated_grade_text:  # which grade the letter means is unsaid: shown as written, never compared
        written = f"“{figures.stated_grade_text}”，非优、良、中、差之一，未作比对"
        clauses.append(f"评价等级为“{figures.grade.value}”（原填{written}）" if figures.grade is not None
                       else f"报告所填评价等级为{written}")
    if figures.cap_sentence:
        clauses.append(figures.cap_sentence)
    return "，".join(clauses) + "。" if clauses else None


def execution_rate(evaluation: Evaluation) -> Decimal | None:
    """预算执行率 as the evaluation states it, else executed ÷ adjusted (or ÷ initial)."""
    budget = evaluation.budget
    if budget.stated_execution_rate is not None:
        return budget.stated_execution_rate
    base = budget.adjusted if budget.adjusted is not None else budget.initial
    if budget.executed is None or base is None or base == 0:
        return None
    return percent_of(budget.executed, base)


def _with_unit(value: Decimal, unit: str) -> str:
    return f"{format_number(value)}{unit}"


def target_text(target: Target | None) -> str:
    """``≥95%``, ``=0次``, or the qualitative text; empty when there is no target."""
    if target is None:
        return ""
    if target.value is None:
        return target.text or ""
    prefix = "" if target.comparator == Comparator.EQ else target.comparator.value
    return f"{prefix}{_with_unit(target.value, target.unit)}"


def actual_text(actual: Actual | None) -> str:
    """``93.55%``, ``0次``, else the unit's own description, else the tier (达成); empty when unknown.

    The unit's words come before a tier: a report never replaces what the unit wrote by 达成."""
    if actual is None:
        return ""
    if actual.value is not None:
        prefix = actual.comparator.value if actual.comparator is not None else ""
        return prefix + _with_unit(actual.value, actual.unit)
    if actual.text and actual.text.strip():
        return actual.text.strip()
    if actual.tier is not None:
        return actual.tier.value
    return ""


def is_execution_indicator(indicator: Indicator) -> bool:
    """The budget execution-rate indicator (预算执行率 / 资金执行率), shown in the money block of the table; not a
    part's rate (政府采购预算执行率, 专项资金预算执行率), which is an indicator like any other."""
    return is_budget_rate_name(indicator.name, None)
