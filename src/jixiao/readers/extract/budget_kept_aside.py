"""The budget's figures kept aside (another year's, a part's, one enumerated item's) and put only where no
reader found this year's."""

from __future__ import annotations

from typing import Any

from jixiao.model import SourceRef
from jixiao.readers.extract.budget_figures import UNIT_BUDGET
from jixiao.readers.extract.budget_implied import settled
from jixiao.readers.extract.facts import Facts, ref
from jixiao.readers.extract.outline import Outline
from jixiao.readers.extract.table_columns import money_role

Kept = list[tuple[str, Any, SourceRef, str, bool]]  # (…, whether one enumerated item's figure)


def put_kept_aside(outline: Outline, facts: Facts, kept: Kept) -> None:
    """Another year's or a part's figures, guessed, where no reader found this year's ("上年预算执行率为97.30%"
    gives way to a later sentence's "支付率95%"); none of a form's money block when a table has its header; an
    enumerated item's only when no figure of the unit's budget was read; a figure whose statement's first figure was
    not put is not put either (money received and its sources, where a budget was stated)."""
    if not kept:
        return
    form = _money_header(outline)
    budget = any(facts.has(path) for path in UNIT_BUDGET)
    left: list[SourceRef] = []  # the sources of figures not put: a statement's other figures go with them
    for path, value, source, label, item in kept:
        if not facts.has(path) and not (form and path in _FORM_STATES) and not (item and budget) \
                and not any(source is other for other in left):
            facts.put(path, value, ref(source.location, source.text, guessed=True), label)
        else:
            left.append(source)
    settled(outline, facts)


# the figures a form's money block states: another year's or a part's figure in the text is no stand-in for them
_FORM_STATES = ("budget.initial", "budget.adjusted", "budget.executed", "budget.stated_execution_rate")


def _money_header(outline: Outline) -> bool:
    """Whether a table of the document has a money block's header row (a 全年执行数 column beside a budget's)."""
    for _, table in outline.tables:
        for row in table.rows:
            roles = {money_role(cell) for cell in row if "执行" in cell or "预算" in cell}
            if "executed" in roles and roles & {"initial", "adjusted"}:
                return True
    return False


def put_or_defer(facts: Facts, found: tuple[str, Any, SourceRef, str], elsewhere: bool, deferred: Kept,
                  item: bool = False) -> None:
    """``found`` put, or kept aside when stated ``elsewhere`` (another year, a part) or for one enumerated
    ``item``."""
    if elsewhere or item:
        deferred.append((*found, item))
    else:
        facts.put(*found)
