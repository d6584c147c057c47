"""Scoring: rule packs (data) → a score with a receipt for every indicator, the total and the grade.

Public API::

    from jixiao.scoring import load_pack, score_evaluation
    pack = load_pack(None)              # the default pack, central-2020; or a name, or a YAML path
    result = score_evaluation(evaluation, pack)
    grade_for(result.total, pack)       # the grade from the pack's bands
    qualitative_band(Tier.PARTIAL, weight, pack).contains(score)
"""

from jixiao.scoring.bands import Band, bands_for, grade_for, qualitative_band
from jixiao.scoring.engine import score_evaluation, score_indicator
from jixiao.scoring.packs import DEFAULT_PACK, QualitativeBands, RulePack, RuleSpec, Thresholds, list_packs, load_pack
from jixiao.scoring.receipt import EvaluationScore, IndicatorScore, Receipt
from jixiao.scoring.rules import RULE_TYPES

__all__ = [
    "DEFAULT_PACK",
    "RULE_TYPES",
    "Band",
    "EvaluationScore",
    "IndicatorScore",
    "QualitativeBands",
    "Receipt",
    "RulePack",
    "RuleSpec",
    "Thresholds",
    "bands_for",
    "grade_for",
    "list_packs",
    "load_pack",
    "qualitative_band",
    "score_evaluation",
    "score_indicator",
]
