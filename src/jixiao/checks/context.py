"""What every check receives besides the evaluation: the rule pack's thresholds, the scoring
result, and helpers that build findings pointing at a field path (and, for parsed reports, at the
source document)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from jixiao.checks.finding import Finding, Severity
from jixiao.checks.registry import CHECKS
from jixiao.model import Evaluation, Indicator, SourceRef
from jixiao.scoring.packs import RulePack, RuleSpec
from jixiao.scoring.receipt import EvaluationScore, IndicatorScore

_EXECUTION_NAME = re.compile(r"执行率")
_INDICATOR_PATH = re.compile(r"indicators\[\d+\]")
_INDICATOR_ANCHORS = ("name", "number", "stated_score", "weight", "narrative")


@dataclass
class Limits:
    """The thresholds the checks use, all from the rule pack (``pack.thresholds``)."""

    tolerance: Decimal
    large_adjustment_percent: Decimal
    low_execution_percent: Decimal
    over_achievement_percent: Decimal

    @classmethod
    def from_pack(cls, pack: RulePack) -> Limits:
        t = pack.thresholds
        return cls(t.tolerance, t.large_adjustment_percent, t.low_execution_percent, t.over_achievement_percent)


@dataclass
class CheckContext:
    """Shared inputs of one run: the evaluation, the rule pack, its scoring result and limits."""

    evaluation: Evaluation
    pack: RulePack
    score: EvaluationScore | None
    limits: Limits
    _rules: dict[int, RuleSpec | None] = field(default_factory=dict, repr=False)

    # -- building findings -------------------------------------------------------------------

    def source(self, location: str) -> SourceRef | None:
        """Where ``location`` sits in the source document; else where its parent sits; for a field
        the report leaves out (an indicator's missing target), where the indicator itself is."""
        provenance = self.evaluation.provenance
        if not provenance:
            return None
        path = location
        while path:
            if path in provenance:
                return provenance[path]
            cut = max(path.rfind("."), path.rfind("["))
            if cut <= 0:
                break
            path = path[:cut]
        indicator = _INDICATOR_PATH.match(location)
        if indicator:
            for field_name in _INDICATOR_ANCHORS:
                ref = provenance.get(f"{indicator.group(0)}.{field_name}")
                if ref is not None:
                    return ref
        return None

    def finding(self, code: str, message: str, location: str = "",
                numbers: dict[str, str] | None = None, severity: Severity | None = None) -> Finding:
        """A finding of the registered check ``code`` (its own severity unless given)."""
        registered = CHECKS[code]
        return Finding(
            code=code,
            severity=severity or registered.severity,
            title=registered.title,
            message=message,
            location=location,
            source=self.source(location) if location else None,
            numbers=numbers or {},
        )

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
        when the pack has no rule for it)."""
        rule = self.rule(indicator)
        if rule is not None:
            return rule.type == "execution_rate"
        return bool(_EXECUTION_NAME.search(indicator.name))
