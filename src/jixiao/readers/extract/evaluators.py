"""Who signs a report it evaluated for the unit: a firm always ("某某咨询有限公司", "某某会计师事务所(特殊普通合伙)"),
a body that may as well be the unit ("某某工程咨询中心", "某某研究院") only when the text says an evaluation was
commissioned (lexicon ``evaluator_firm`` / ``evaluator_body`` / ``evaluator_commission``)."""

from __future__ import annotations

from jixiao.lexicon import pattern
from jixiao.readers.textnorm import match_text

_FIRM = pattern("evaluator_firm")
_BODY = pattern("evaluator_body")
_COMMISSION = pattern("evaluator_commission")


def is_evaluator(name: str, text: str) -> bool:
    """Whether ``name`` is the evaluator's, not the unit's, in a report whose normalised text is ``text``."""
    key = match_text(name)
    return _FIRM.search(key) is not None or (_BODY.search(key) is not None and _COMMISSION.search(text) is not None)


def may_be_evaluator(name: str) -> bool:
    """Whether ``name`` is a body that may be an evaluator as well as the unit (its reading as the unit a guess)."""
    return _BODY.search(match_text(name)) is not None
