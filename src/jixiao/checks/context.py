"""What every check receives besides the evaluation: the rule pack's thresholds, the scoring
result, and helpers that build findings pointing at a field path (and, for parsed reports, at the
source document)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from jixiao.checks.finding import Fact, Finding, Severity
from jixiao.checks.registry import CHECKS
from jixiao.lexicon import field_label, is_budget_rate_name
from jixiao.model import Evaluation, Indicator, Kind, SourceRef
from jixiao.scoring.packs import RulePack, RuleSpec
from jixiao.scoring.receipt import EvaluationScore, IndicatorScore

_INDICATOR_PATH = re.compile(r"indicators\[\d+\]")
_INDICATOR_ANCHORS = ("name", "number", "stated_score", "weight", "narrative")


def provenance_at(evaluation: Evaluation, path: str) -> SourceRef | None:
    """Where the fact at ``path`` was read: its own source, else the nearest enclosing one (a list
    item's amount → the list's sentence); None for a hand-made evaluation."""
    provenance = evaluation.provenance
    while path:
        if path in provenance:
            return provenance[path]
        cut = max(path.rfind("."), path.rfind("["))
        if cut <= 0:
            return None
        path = path[:cut]
    return None


def added(values: list[str], result: str) -> str:
    """``a + b + c = result`` (``result`` alone for an empty list)."""
    return f"{' + '.join(values) or '0'} = {result}"


@dataclass
class Limits:
    """The thresholds the checks use, all from the rule pack (``pack.thresholds``)."""

    tolerance: Decimal
    large_adjustment_percent: Decimal
    low_execution_percent: Decimal
    over_achievement_percent: Decimal
    output_execution_percent: Decimal

    @classmethod
    def from_pack(cls, pack: RulePack) -> Limits:
        t = pack.thresholds
        return cls(t.tolerance, t.large_adjustment_percent, t.low_execution_percent, t.over_achievement_percent,
                   t.output_execution_percent)


@dataclass
class CheckContext:
    """Shared inputs of one run: the evaluation, the rule pack, its scoring result and limits."""

    evaluation: Evaluation
    pack: RulePack
    score: EvaluationScore | None
    limits: Limits
    _rules: dict[int, RuleSpec | None] = field(default_factory=dict, repr=False)

    # -- building findings -------------------------------------------------------------------

    def read_at(self, path: str) -> SourceRef | None:
        """Where the fact at ``path`` was read (:func:`provenance_at`)."""
        return provenance_at(self.evaluation, path)

    def source(self, location: str) -> SourceRef | None:
        """Where ``location`` sits in the source document; else where its parent sits; for a field
        the report leaves out (an indicator's missing target), where the indicator itself is."""
        provenance = self.evaluation.provenance
        found = provenance_at(self.evaluation, location)
        if found is not None or not provenance:
            return found
        indicator = _INDICATOR_PATH.match(location)
        if indicator:
            for field_name in _INDICATOR_ANCHORS:
                ref = provenance.get(f"{indicator.group(0)}.{field_name}")
                if ref is not None:
                    return ref
        return None

    def finding(self, code: str, message: str, location: str = "",
                numbers: dict[str, str] | None = None, severity: Severity | None = None,
                facts: list[Fact] | None = None, arithmetic: str = "") -> Finding:
        """A finding of the registered check ``code`` (its own severity unless given). ``facts`` are the
        figures it rests on (:meth:`fact`), ``arithmetic`` the computation in words; an error-level
        finding is kept an error only when it holds under every plausible reading of those facts
        (:mod:`jixiao.checks.robust`)."""
        registered = CHECKS[code]
        return Finding(
            code=code,
            severity=severity or registered.severity,
            title=registered.title,
            message=message,
            location=location,
            source=self.source(location) if location else None,
            numbers=numbers or {},
            facts=facts or [],
            arithmetic=arithmetic,
        )

    def fact(self, path: str, value: str, label: str = "", source: SourceRef | None = None) -> Fact:
        """The figure at ``path`` as the check used it (``value`` as the message shows it), with where
        it was read (``source``, else the field's provenance)."""
        return Fact(path=path, label=label or field_label(path), value=value, source=source or self.read_at(path))

    def list_fact(self, path: str, value: str, gap: Decimal | None, unit: str = "",
                  complete: bool | None = None, label: str = "") -> Fact:
        """A list the check summed or counted (``value``: what it gave). ``gap`` is what items missing
        from the list would have to add for the inconsistency to disappear (≤ 0 or None: missing items
        could not explain it); ``complete`` is True when the check can prove the list whole."""
        return Fact(path=path, label=label or field_label(path), value=value, source=self.read_at(path),
                    is_list=True, gap=gap, gap_unit=unit, complete=complete)

    def cannot_run(self, code: str, message: str, location: str = "") -> Finding:
        """An info finding: the check ``code`` could not run for lack of data (``message`` says which)."""
        return self.finding(code, f"未能核对：{message}", location, severity=Severity.INFO)

    # -- indicators ----------------------------------------------------------------------------

    @staticmethod
    def label(index: int, indicator: Indicator) -> str:
        """``指标4“预算执行率”`` (by its number when it has one, else by position)."""
        number = indicator.number if indicator.number is not None else index + 1
        return f"指标{number}“{indicator.name}”"

    def indicator_score(self, index: int) -> IndicatorScore | None:
        """The scoring result of indicator ``index``, or None."""
        if self.score is None:
            return None
        return next((item for item in self.score.indicators if item.index == index), None)

    def rule(self, indicator: Indicator) -> RuleSpec | None:
        """The pack's rule for ``indicator`` (the one it names, else the pack's default)."""
        key = id(indicator)
        if key not in self._rules:
            self._rules[key] = self.pack.rule_for(indicator, self.evaluation)
        return self._rules[key]

    def is_execution_indicator(self, indicator: Indicator) -> bool:
        """True for the indicator scored from the budget's execution rate (by its rule; by its name
        when the pack has no rule for it: the budget's own rate, not a part's such as 政府采购预算执行率)."""
        rule = self.rule(indicator)
        if rule is not None:
            return rule.type == "execution_rate"
        return is_budget_rate_name(indicator.name, self.evaluation.kind == Kind.PROJECT)
