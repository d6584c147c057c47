"""Aligning a row's cells to its header's columns by content, not position.

A web page drops empty cells, a merged first cell leaves continuation rows short, a viewer runs
numbers together: the cells of a row keep their order but not their columns. :func:`align` finds the
order-preserving assignment of cells to column roles that fits best (:func:`jixiao.readers.cells.fit`),
splitting fused numbers where that is the only plausible reading, and says which cells were guessed.
"""

from __future__ import annotations

import contextlib
import itertools
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TypeVar

from jixiao.numbers import decimals, half_unit
from jixiao.readers.cells import Kind, fit, kind, number, splits
from jixiao.readers.fused_money import money_splits

# What leaving a column without a cell costs; columns not listed cost 0.2.
_SKIP = {"name": 4.0, "weight": 1.6, "score": 1.2, "label": 4.0, "target": 0.4, "actual": 0.4,
         "initial": 0.3, "adjusted": 0.5, "executed": 0.6}
_FUSE_PENALTY = 0.9  # per fused cell split, plus _PART_PENALTY per number it yields beyond the first
_PART_PENALTY = 0.6
_MAX_VARIANTS = 400
_EMPTY_GROUP = 2.0  # leaving a level cell out of a row ("经济效益指标" over no indicator)
_TIE = 0.3  # readings closer than this are equally plausible
_NEG = float("-inf")

Check = Callable[[dict[str, str]], float]
_T = TypeVar("_T")


@dataclass
class Alignment:
    """``cells``: role → text; ``guessed``: roles whose text comes from a split or whose place was
    chosen among several plausible ones; ``score``: how well the row fits (for choosing rows)."""

    cells: dict[str, str] = field(default_factory=dict)
    guessed: set[str] = field(default_factory=set)
    score: float = _NEG
    origin: dict[str, int] = field(default_factory=dict)  # role → index of the cell it came from


class WorkExceeded(Exception):
    """The work allowed by :func:`work_budget` is spent."""


_budget: ContextVar[list[int] | None] = ContextVar("jixiao_align_budget", default=None)


@contextlib.contextmanager
def work_budget(steps: int) -> Iterator[None]:
    """Allow the alignments made inside the block ``steps`` placement steps in all (a cell tried
    against a column); past that :class:`WorkExceeded` is raised. A text of hostile cells cannot make
    a reader align for hours: a count of steps, not a clock, so every run reads the same."""
    token = _budget.set([steps])
    try:
        yield
    finally:
        _budget.reset(token)


def charge(steps: int) -> None:
    """Spend ``steps`` of the work budget in force (none: free)."""
    left = _budget.get()
    if left is not None:
        left[0] -= steps
        if left[0] < 0:
            raise WorkExceeded


def costed(compute: Callable[[], _T]) -> tuple[_T, int]:
    """``compute()`` and the steps it charged (to the budget in force, if any). A cache keeps both and charges the
    steps again on every hit, so the work a text spends, and so where a budget stops it, is the same whatever
    was read before it in the process (a warm cache must not let a text read further than it reads alone)."""
    token = _budget.set([sys.maxsize]) if _budget.get() is None else None
    box = _budget.get()
    assert box is not None
    before = box[0]
    try:
        result = compute()
    finally:
        if token is not None:
            _budget.reset(token)
    return result, before - box[0]


def _placeable(row: Sequence[str], roles: Sequence[str]) -> bool:
    """Whether the row can be placed at all: every cell but the empty ones and group levels needs a
    column of its own, in order."""
    return sum(1 for c in row if kind(c) not in (Kind.EMPTY, Kind.LEVEL1, Kind.LEVEL2)) <= len(roles)


def _dp(cells: Sequence[str], roles: Sequence[str], keep: int = 6) -> list[tuple[float, tuple[int | None, ...]]]:
    """The ``keep`` best monotone placements: for each cell the index of its role (None: an empty
    cell dropped), with their fit."""
    n, m = len(cells), len(roles)
    charge((n + 1) * (m + 1))
    Entry = tuple[float, tuple[int | None, ...]]
    best: list[list[list[Entry]]] = [[[] for _ in range(m + 1)] for _ in range(n + 1)]
    best[0][0] = [(0.0, ())]

    def add(i: int, j: int, entry: Entry) -> None:
        cell = best[i][j]
        cell.append(entry)
        if len(cell) > keep:
            cell.sort(key=lambda e: -e[0])
            del cell[keep:]

    for i in range(n + 1):
        for j in range(m + 1):
            for here, placed in best[i][j]:
                if j < m:
                    add(i, j + 1, (here - _SKIP.get(roles[j], 0.2), placed))
                if i < n:
                    if kind(cells[i]) is Kind.EMPTY:
                        add(i + 1, j, (here, (*placed, None)))
                    elif kind(cells[i]) in (Kind.LEVEL1, Kind.LEVEL2):  # the level of a group with no rows
                        add(i + 1, j, (here - _EMPTY_GROUP, (*placed, None)))
                    if j < m:
                        score = fit(roles[j], cells[i])
                        if score is not None:
                            add(i + 1, j + 1, (here + score, (*placed, j)))
    return best[n][m]


Variant = tuple[list[str], set[int], list[int], list[int]]


def _variants(cells: Sequence[str], roles: Sequence[str]) -> Iterator[Variant]:
    """The row as written, and each reading of its fused cells split into numbers: the cells, the
    indexes of those a split produced, how many numbers each split gave, and each cell's source."""
    options: list[list[tuple[str, ...]]] = []
    scored = any(kind(text) is Kind.NUMBER for text in cells)  # a row with a score may hide its weight in a target
    for text in cells:
        choices: list[tuple[str, ...]] = [(text,)]
        # (a whole number written again in the row, "312 | 312 | 312 | 312" in a quarters sheet, is a value
        # repeated, not figures run together: as a three-decimal figure written twice in :func:`align`)
        if kind(text) is Kind.FUSED or (_fused_integer(text.strip()) and cells.count(text) == 1) \
                or _fused_fraction(text, roles):
            constrained = _money_splits(text, roles, cells)
            if constrained:  # a money row's figures split by the form's constraints: that split only
                # (and not the cell as written, when the row has fewer figures than amount columns: "— | 2828 | — |
                # 100%" is 28 | 28 at the stated rate, not one amount with the rate of nothing)
                choices = [*([] if _short_of_amounts(cells, roles) else choices), *constrained]
            else:
                for parts in range(2, min(6, len(roles)) + 1):
                    choices.extend(splits(text, parts))
                alike = [split for split in choices[1:] if _written_alike(split)] \
                    if _MONEY_ROLES & set(roles) else []
                if alike:  # "593.27593.27448.64" in a fund row: amounts written alike, not 5 | 93.27 | 593.27 | 44 …
                    choices = [choices[0], *alike]
        elif scored and kind(text) is Kind.AMOUNT:
            choices.extend(_weight_before_amount(text.strip()))
        options.append(choices)
    for combo in itertools.islice(itertools.product(*options), _MAX_VARIANTS):
        row: list[str] = []
        split_cells: set[int] = set()
        origin: list[int] = []
        for source, choice in enumerate(combo):
            if len(choice) > 1:
                split_cells.update(range(len(row), len(row) + len(choice)))
            row.extend(choice)
            origin.extend([source] * len(choice))
        yield row, split_cells, [len(c) for c in combo if len(c) > 1], origin


def _money_splits(text: str, roles: Sequence[str], cells: Sequence[str]) -> list[tuple[str, ...]]:
    """:func:`.fused_money.money_splits` of a fused cell of a money row, with the row's 执行率 when one cell of its
    own states it."""
    if not _MONEY_ROLES & set(roles):
        return []
    rates = [cell.strip() for cell in cells if kind(cell) is Kind.PERCENT]
    return money_splits(text, list(roles), rates[0] if len(rates) == 1 else None)


_MONEY_ROLES = frozenset({"initial", "adjusted", "executed"})


def _written_alike(split: tuple[str, ...]) -> bool:
    """Amounts cut out of one fused cell each with the same decimals, one or two ("593.27 | 593.27 | 448.64"): the
    way a money row writes its figures, where any other cut leaves odd ones ("5 | 93.27 | 593.27 | 44 | 8.64")."""
    if any("%" in piece for piece in split):
        return False
    written = {decimals(piece) for piece in split}
    return len(written) == 1 and written <= {1, 2}


_FIGURE_KINDS = frozenset({Kind.NUMBER, Kind.FUSED, Kind.AMOUNT})


def _short_of_amounts(cells: Sequence[str], roles: Sequence[str]) -> bool:
    """A money row with fewer figures than the header has amount columns."""
    return sum(1 for cell in cells if kind(cell) in _FIGURE_KINDS) < len(_MONEY_ROLES & set(roles))


_LEADING = re.compile(r"([1-9]\d{2,})(\.\d+)?([^\d.].*)")


def _weight_before_amount(text: str) -> list[tuple[str, ...]]:
    """"10120万粒" under 分值 | 年度指标值: the weight 10 run onto the target 120万粒 (or 101 onto 20万粒)."""
    found = _LEADING.fullmatch(text)
    if found is None:
        return []
    digits, decimals, unit = found.group(1), found.group(2) or "", found.group(3)
    return [(digits[:cut], digits[cut:] + decimals + unit) for cut in (1, 2) if digits[cut] != "0"]


def _odd_part(text: str, of_fraction: bool = False) -> float:
    """Money and scores are written with 0 or 2 decimals: a split leaving "356.4" and "0" is odd (but a 0 out of
    a rate target's run, "0.810010", is a rate of nothing: 受害率 0)."""
    if text == "0":
        return 0.1 if of_fraction else 1.5
    dot = text.find(".")
    return 0.3 if dot >= 0 and len(text.rstrip("%")) - dot - 1 == 1 else 0.1


def _long_decimals(text: str) -> bool:
    """"341.1510": money and scores have two decimals, so three or four may be two figures run together
    (a hard wrap that dropped the space between them); the row's arithmetic decides."""
    head, dot, tail = text.strip().partition(".")
    return bool(dot) and 3 <= len(tail) <= 4 and tail.isdigit() and head.isdigit()


_INDICATOR_VALUES = frozenset({"target", "actual"})
_SIX_DECIMALS = re.compile(r"\d{1,3}\.\d{5,6}")


def _fused_fraction(text: str, roles: Sequence[str]) -> bool:
    """"0.810010" under 指标值 | 权重 | 完成值 | 得分: a rate target with one decimal and the row's other figures
    run onto it (0.8 | 10 | 0 | 10). Money may be printed with six decimals (万元 to the fen), an indicator's
    value is not: only in an indicator row is such a cell tried split."""
    return bool(_INDICATOR_VALUES & set(roles)) and _SIX_DECIMALS.fullmatch(text.strip()) is not None


def _fused_integer(text: str) -> bool:
    """"1010", "105", "44", "1009.5" may be two numbers run together; "20" or "35" are numbers."""
    if text.isdigit():
        return len(text) >= 3 or (len(text) == 2 and text[0] == text[1])
    value = number(text)
    return value is not None and value > 100 and "," not in text


def align(cells: Sequence[str], roles: Sequence[str], check: Check | None = None) -> Alignment:
    """The best reading of ``cells`` under a header of ``roles``; ``check`` scores a complete reading
    by the form's own arithmetic (score ≤ weight, rate = executed ÷ budget) and is added to its fit.
    A row that fits nowhere gives an Alignment with score −inf."""
    readings: list[Alignment] = []
    if not _placeable(cells, roles):  # splits only add cells: no reading of this row fits
        return Alignment()
    # (a three-decimal figure written twice in the row, "132.912 132.912", is a budget spent in full, not two
    # figures run together)
    fused = any(kind(c) is Kind.FUSED or (_long_decimals(c) and cells.count(c) == 1) or _fused_fraction(c, roles)
                for c in cells)
    for number_of, (row, split_cells, split_sizes, origin) in enumerate(_variants(cells, roles)):
        if number_of == 1 and not fused and readings and _settled(max(readings, key=lambda a: a.score), roles, check):
            break  # the row as written fills every column that matters, its arithmetic holds: no split is needed
        if not _placeable(row, roles):
            continue
        cost = sum(_FUSE_PENALTY + _PART_PENALTY * (parts - 1) for parts in split_sizes) \
            + sum(_odd_part(row[i], _fused_fraction(cells[origin[i]], roles)) for i in split_cells)
        for fitted, placed in _dp(row, roles):
            reading = {roles[r]: row[i] for i, r in enumerate(placed) if r is not None and row[i].strip()}
            score = fitted - cost + (check(reading) if check is not None else 0.0)
            guessed = {roles[r] for i, r in enumerate(placed) if r is not None and i in split_cells}
            sources = {roles[r]: origin[i] for i, r in enumerate(placed) if r is not None}
            readings.append(Alignment(reading, guessed, score, sources))
    if not readings:
        return Alignment()
    readings.sort(key=lambda a: -a.score)
    best = readings[0]
    for other in readings[1:]:
        if best.score - other.score > _TIE:
            break
        # another reading nearly as good puts different text in these columns: each is a guess
        best.guessed |= {r for r in set(best.cells) | set(other.cells) if best.cells.get(r) != other.cells.get(r)
                         and r in best.cells}
    # an indicator's points kept whole as three digits or more ("100", "1010"): two figures run together may be
    # (分值 10 and 扣分 0), the whole reading is a guess too
    best.guessed |= {r for r, text in best.cells.items() if r in _POINTS and text.strip().isdigit()
                     and len(text.strip()) >= 3}
    return best


_POINTS = frozenset({"weight", "score", "deduction"})


_REQUIRED = ("name", "weight", "score", "label", "executed")
_SHARE = 100  # a weight written as a share of the full 100 points (0.1 = 10 分)


def _settled(reading: Alignment, roles: Sequence[str], check: Check | None) -> bool:
    """A reading as written that needs no split: whole, and not against the form's arithmetic ("2.48 2.48 120"
    under 预算数 | 执行数 | 执行率 | 得分 is 120 % of nothing: "1" and "20" run together)."""
    return _whole(reading, roles) and (check is None or check(reading.cells) >= 0)


def _whole(reading: Alignment, roles: Sequence[str]) -> bool:
    return all(role in reading.cells for role in _REQUIRED if role in roles)


def _value(reading: dict[str, str], role: str) -> Decimal | None:
    text = reading.get(role)
    return number(text) if text is not None else None


def indicator_check(reading: dict[str, str]) -> float:
    """An indicator row's own arithmetic: its score does not exceed its weight; a level's weight stands
    beside that level's cell (a 二级 分值 with no 二级 cell in its row is a misplaced figure); a 得分系数 is the
    score over the weight (a row short of an empty cell: the figure that is so is the coefficient); the actual
    is written in its target's unit (a row short of its empty 调整指标值: "≥90% 87% 80" is the target, the actual
    in % and a bare coefficient, not an adjusted target of 87 % and an actual of 80)."""
    orphan = sum(2.0 for level in ("level1", "level2") if f"{level}_weight" in reading and level not in reading)
    weight, score = _value(reading, "weight"), _value(reading, "score")
    in_unit = _in_target_unit(reading)
    if weight is not None and score is not None:
        if 0 < weight < 1 < score <= weight * _SHARE:  # 权重(%) 0.15 beside 得分 15: a share of the whole, in points
            weight *= _SHARE
        return ((0.8 if score == weight else 0.5) if score <= weight else -3.0) - orphan + in_unit \
            + _coefficient_holds(_value(reading, "coefficient"), weight, score) \
            + _scored_at_rate(reading.get("actual"), weight, reading["score"].strip())
    return in_unit - orphan


_SAME_UNIT = 0.5  # an actual in its target's unit: the reading that puts it there
_UNIT_AFTER = re.compile(r"\d\s*([^\d\s.]{1,4})$")  # "≥90%" → %, "126.4万页" → 万页


def _in_target_unit(reading: dict[str, str]) -> float:
    """_SAME_UNIT when the actual is written with the unit its target (adjusted, else as set) is written with."""
    target, actual = reading.get("target_adjusted") or reading.get("target"), reading.get("actual")
    if not target or not actual:
        return 0.0
    written, unit = _UNIT_AFTER.search(target.strip()), _UNIT_AFTER.search(actual.strip())
    return _SAME_UNIT if written is not None and unit is not None and written.group(1) == unit.group(1) else 0.0


_AT_RATE = 1.0  # an actual rate the score is the weight times: the reading that puts it there


def _scored_at_rate(actual: str | None, weight: Decimal, score: str) -> float:
    """_AT_RATE when the actual is a rate (written with %) below 100 % and the score, below the weight, is the
    weight times it as far as the score is written ("预算执行率 | 98.88% | 10 | 9.89": 得分 = 分值 × 执行率, the
    rule a 预算执行率 row is scored by), else 0."""
    rate = number(actual.strip().rstrip("%")) if actual is not None and actual.strip().endswith("%") else None
    points = number(score)
    if rate is None or points is None or not 0 < rate < 100 or points >= weight:
        return 0.0
    return _AT_RATE if abs(weight * rate / 100 - points) <= half_unit(score) else 0.0


_COEFFICIENT = 1.0  # a coefficient that is the score over the weight: the reading that puts it there


def _coefficient_holds(coefficient: Decimal | None, weight: Decimal, score: Decimal) -> float:
    """_COEFFICIENT when ``coefficient`` is ``score`` ÷ ``weight`` (in %, or as a ratio), else 0."""
    if coefficient is None or not weight or score > weight:
        return 0.0
    share = score / weight
    return _COEFFICIENT if abs(share * 100 - coefficient) <= Decimal("0.06") \
        or (coefficient <= 1 and abs(share - coefficient) <= Decimal("0.0006")) else 0.0


def money_check(reading: dict[str, str]) -> float:
    """A money row's arithmetic: 执行率 = 执行数 ÷ 预算数 (in % or as a ratio), 得分 = 分值 × 执行率 (either
    budget as base)."""
    bonus = 0.0
    executed, rate = _value(reading, "executed"), _value(reading, "rate")
    adjusted, initial = _value(reading, "adjusted"), _value(reading, "initial")
    if executed and adjusted == 0:
        bonus -= 2.0  # money spent out of a budget of nothing: a misread, not a report
    if executed is not None and rate is not None:
        # (a rate written in whole percents, "86%" for 86.20 %, is rounded by half a percent; a low one is no
        # rate a split of run-together cells should be fitted to, "…3010 | 10 | 0%")
        whole = "." not in reading["rate"] and "%" in reading["rate"] and rate >= 10
        within = half_unit(reading["rate"].strip().rstrip("%")) if whole else Decimal("0.06")
        if adjusted and abs(executed / adjusted * 100 - rate) <= within:
            bonus += 2.0
        elif initial and abs(executed / initial * 100 - rate) <= within:
            bonus += 1.0
        elif adjusted and rate <= 1 and abs(executed / adjusted - rate) <= Decimal("0.0006"):
            bonus += 2.0  # the rate written as a ratio, "1" for 100% (the reader takes it so)
        elif adjusted or initial:
            bonus -= 1.0
    weight, score = _value(reading, "rate_weight"), _value(reading, "rate_score")
    if weight is not None and score is not None:
        if score > weight:
            bonus -= 3.0
        elif rate is not None and abs(weight * min(rate, Decimal(100)) / 100 - score) <= Decimal("0.02"):
            bonus += 1.0
    return bonus
