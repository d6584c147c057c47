"""Readings a row admits several of, chosen by the form's stated total.

A fused row's weight and score run into a note that opens on a figure and a unit ("…1514个别事项…" is 15 | 14 |
"个别事项…" and 15 | 1 | "4个别事项…" alike) is read no way while the line is cut: the line does not say which. The
form does, further down: its 合计 / 总分 is the sum of the rows' scores. A reading is made once with such rows left
unread, noting each; when the form states a total the rows do not reach, each combination of the rows' readings is
read again, and the one combination whose scores sum to the stated total, if exactly one does, is taken (its cells
are guesses, as every cut of a fused run is).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from decimal import Decimal
from itertools import product
from typing import TypeVar

from jixiao.model import Evaluation

_PICKS: ContextVar[dict[str, int] | None] = ContextVar("jixiao_total_picks", default=None)
_SEEN: ContextVar[dict[str, int] | None] = ContextVar("jixiao_total_seen", default=None)
_MOST_COMBINATIONS = 8  # readings read again at most: a form of many doubtful rows is left as it is

Read = TypeVar("Read", bound=tuple)


def pick(key: str, readings: int) -> int | None:
    """Which of ``readings`` readings of the run ``key`` to take: the one chosen by the stated total while the
    form is read again, else None (the reading notes the run, so that it can be)."""
    seen = _SEEN.get()
    if seen is not None:
        seen[key] = readings
    picks = _PICKS.get()
    return None if picks is None else picks.get(key)


@contextlib.contextmanager
def _context(var: ContextVar[dict[str, int] | None], value: dict[str, int]) -> Iterator[None]:
    token = var.set(value)
    try:
        yield
    finally:
        var.reset(token)


def _sums_to_total(evaluation: Evaluation) -> bool:
    scores = [indicator.stated_score for indicator in evaluation.indicators]
    known = [score for score in scores if score is not None]
    return evaluation.stated_total is not None and bool(known) and len(known) == len(scores) \
        and sum(known, Decimal(0)) == evaluation.stated_total


def by_stated_total(read: Callable[[], Read]) -> Read:
    """``read()`` (a result whose first item is the evaluation), read again with the doubtful rows' readings
    when the form states a total its read rows' scores miss and exactly one combination of readings reaches it."""
    seen: dict[str, int] = {}
    with _context(_SEEN, seen):
        result = read()
    evaluation: Evaluation = result[0]
    combinations = 1
    for readings in seen.values():
        combinations *= readings
    if not seen or combinations > _MOST_COMBINATIONS or evaluation.stated_total is None \
            or _sums_to_total(evaluation):
        return result
    fits = []
    for choice in product(*(range(readings) for readings in seen.values())):
        with _context(_PICKS, dict(zip(seen, choice, strict=True))):
            again = read()
        if _sums_to_total(again[0]) and again[0].stated_total == evaluation.stated_total:
            fits.append(again)
    return fits[0] if len(fits) == 1 else result
