"""The registry of rule types. Adding a rule type is adding a module and one line here."""

from __future__ import annotations

from jixiao.scoring.rules import (
    deduction,
    equals,
    execution_rate,
    manual,
    positive,
    qualitative,
    reverse,
    tiers,
    zero_target,
)
from jixiao.scoring.rules.base import NotRecomputable, Outcome, Params, RuleContext, RuleType

RULE_TYPES: dict[str, RuleType] = {
    module.RULE_TYPE.name: module.RULE_TYPE
    for module in (
        positive,
        reverse,
        zero_target,
        equals,
        qualitative,
        deduction,
        tiers,
        execution_rate,
        manual,
    )
}
RULE_TYPES.update({rt.name: rt for rt in reverse.EXTRA_TYPES})

__all__ = ["RULE_TYPES", "NotRecomputable", "Outcome", "Params", "RuleContext", "RuleType"]
