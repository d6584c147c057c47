"""The value cells of a fused row recut where the value runs cut them otherwise than its columns do: a unit the
runs do not know joined to its figure, a weight cut off the target after it, a text target cut off its actual, a
score coefficient cut off the weight and the score, a 是否核心指标 answer cut off the note; and the runs left whole
for the row reader (an actual run on into the weight and the score, one value before its points)."""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.numbers import half_unit
from jixiao.readers.flat_completion_rows import FIGURE
from jixiao.readers.flat_value_runs import MOST_POINTS, POINT_FIGURE, UNITS, degree_tail, points_cuts
from jixiao.readers.fused_money import GuessedCell

SIGN_WORDS = "不低于|不少于|不高于|不超过|不大于|不小于"
SIGN_OPENING = re.compile(r"[≥≤<>=＝﹦]|" + SIGN_WORDS)  # a target's opening
_BARE_FIGURE = re.compile(r"(?:[≥≤<>=＝﹦]|" + SIGN_WORDS + r")?\d+(?:\.\d+)?")
_UNIT_WORD = re.compile(r"[\u4e00-\u9fff]{1,3}")  # a unit the value runs don't know ("学时", "种") after its figure
FIGURE_RUN = re.compile(r"\d{1,6}(?:\.\d{1,2})?")  # a weight, or a weight and a score fused ("1010", "109.82")
BARE_RUN = re.compile(r"\d[\d.]{2,14}")  # an actual, a weight and a score run together ("1136109.47")
_BARE_ACTUAL = re.compile(r"(?:[1-9]\d*|0)(?:\.\d{1,2})?")


def actual_run_on(values: list[str], rest: list[str | None]) -> bool:
    """Whether a bare actual (its unit in a column of its own, or none) runs on into the weight and the score after
    it ("≥30万亩" | "31.21010"), the row's cells otherwise in place: the run one cell, left for the row reader to
    split, and a note at most after it."""
    if "actual" not in rest or rest[rest.index("actual") + 1: rest.index("actual") + 3] != ["weight", "score"]:
        return False
    at = rest.index("actual")
    if not (len(values) in (at + 1, at + 2) and BARE_RUN.fullmatch(values[at]) and (len(values) == at + 1 or (
            rest[at + 3: at + 4] == ["deviation"] and not any(c.isdecimal() for c in values[at + 1][:1])))):
        return False
    run = values[at]  # a run an actual, a weight and a score make, and no weight and score alone ("109.65": 10 | 9.65)
    return not _points_cut(run) and any(_BARE_ACTUAL.fullmatch(run[:k]) and _points_cut(run[k:])
                                        for k in range(1, len(run) - 1))


def one_value(values: list[str], rest: list[str | None]) -> bool:
    """Whether a row under 指标值 | 完成值 | 分值 | 得分 holds one value and then its weight and score run together
    ("预算执行率" | "96.5%" | "109.65", its target cell left empty): its cells as they are, for the row reader to place
    the value by what it holds and to split the points, as it does for the same row in cells of their own."""
    at = rest.index("target") if "target" in rest else -1
    return at >= 0 and rest[at + 1: at + 4] == ["actual", "weight", "score"] and len(values) == at + 2 \
        and FIGURE.search(values[at]) is not None and FIGURE_RUN.fullmatch(values[at + 1]) is not None \
        and _points_cut(values[at + 1])


def _points_cut(run: str) -> bool:
    """Whether ``run`` is a weight and a score run together: two figures, the score within the weight, the weight
    above 0 and within a row's points."""
    return any(Decimal(score) <= Decimal(weight) and Decimal(weight) > 0 for weight, score in points_cuts(run))


def percent_weight(values: list[str], weight: int) -> bool:
    """Whether the weight's cell is written as a share of the form's 100 % ("5%") and a score of its own follows it
    within it ("5%" | "5", "10%" | "9")."""
    if len(values) <= weight + 1 or not values[weight].endswith("%"):
        return False
    share, score = values[weight][:-1], values[weight + 1]
    return FIGURE_RUN.fullmatch(share) is not None and FIGURE_RUN.fullmatch(score) is not None \
        and Decimal(score) <= Decimal(share) <= MOST_POINTS


def with_units(cells: list[str]) -> list[str]:
    """``cells`` with a figure and the short word after it one cell when a figure follows that word ("≥48" | "学时" |
    "40" | "学时" | "108.33" → "≥48学时" | "40学时" | "108.33"): a unit the value runs do not know."""
    out: list[str] = []
    for k, cell in enumerate(cells):
        if out and _UNIT_WORD.fullmatch(cell) and _BARE_FIGURE.fullmatch(out[-1]) and k + 1 < len(cells) \
                and cells[k + 1][:1].isdecimal():
            out[-1] += cell
        else:
            out.append(cell)
    return out


def echoed_values(values: list[str], rest: list[str | None]) -> list[str]:
    """``values`` with a text target and its actual run together between the weight and the score (分值 | 指标值 |
    实际值 | 得分: "4" | "制度齐全、流程清晰制度齐全、流程清晰、执行到位" | "4") cut where one of the two opens the
    other: the actual the target written again and more (制度齐全、流程清晰 | 制度齐全、流程清晰、执行到位), or the
    target's opening words (符合规划要求 | 符合); only where exactly one cut does so, else as they are."""
    if "weight" not in rest or rest[rest.index("weight"):rest.index("weight") + 4] \
            != ["weight", "target", "actual", "score"]:
        return values
    at = rest.index("weight") + 1
    if len(values) < at + 2 or not FIGURE_RUN.fullmatch(values[at - 1]) or not FIGURE_RUN.fullmatch(values[at + 1]) \
            or any(c.isdecimal() for c in values[at]):
        return values
    text = values[at]
    cuts = _echo_cuts(text)
    if len(cuts) != 1:
        return values
    return [*values[:at], GuessedCell(text[: cuts[0]]), GuessedCell(text[cuts[0]:]), *values[at + 1:]]


def _echo_cuts(text: str) -> list[int]:
    """The cuts of ``text`` where one side opens the other (``text[k:]`` opens on ``text[:k]``, or ``text[:k]`` on
    ``text[k:]``), the first two at most: those where the longest run from ``k`` that repeats the text's opening
    reaches ``k`` characters or the end, the runs found in one pass (the Z-function): not two slices a cut, n²."""
    size = len(text)
    runs = [0] * size
    cuts: list[int] = []
    left = right = 0  # the span [left, right) found furthest right so far that repeats the text's opening
    for k in range(1, size):
        run = min(right - k, runs[k - left]) if k < right else 0
        while k + run < size and text[run] == text[k + run]:
            run += 1
        if k + run > right:
            left, right = k, k + run
        runs[k] = run
        if run >= min(k, size - k):
            cuts.append(k)
            if len(cuts) == 2:
                break
    return cuts


def echoed_tail(text: str) -> int | None:
    """How many characters the words ``text`` ends on twice take ("某某水平有效提升有效提升": 有效提升, 4), a text
    target and its actual the same words after a name of two characters at least; None when no count or several
    fit."""
    fits = [k for k in range(2, (len(text) - 2) // 2 + 1) if text[-2 * k:-k] == text[-k:]]
    return fits[0] if len(fits) == 1 else None


def worded_pair(text: str) -> tuple[str, str] | None:
    """A text target and its actual that ``text`` ends on: the same words twice ("…扣1分合理合理": 合理, 合理), or a
    word then the word after a degree word ("…扣1分达标基本达标": 达标, 基本达标); None when no cut or several fit, or
    where the words before them would be no text of two characters."""
    twice = echoed_tail(text)
    if twice is not None:
        return text[-twice:], text[-twice:]
    degreed = degree_tail().search(text)
    if degreed is not None and degreed.start() >= 2:
        return degreed.group(1), degreed.group(0)[len(degreed.group(1)):]
    return None


_ECHO_ROLES: list[str | None] = ["weight", "target", "actual", "score"]


def with_echoed_values(cells: list[str], roles: list[str | None]) -> list[str]:
    """A fused row cut at the form's words under such a header (… | 分值 | 指标值 | 实际值 | 得分 [| a note]) whose
    text target and actual stayed one cell between the weight and the score ("某经费标准" | "5" | "符合文件要求符合"
    | "5"): that cell cut as :func:`echoed_values` cuts it; else the cells as they are."""
    if "weight" not in roles or roles[roles.index("weight"):roles.index("weight") + 4] != _ECHO_ROLES:
        return cells
    noted = len(roles) > roles.index("score") + 1 and bool(cells) and not FIGURE_RUN.fullmatch(cells[-1])
    at = len(cells) - (3 if noted else 2)  # the text cell: the score (and a note) after it
    if at < 1:
        return cells
    return [*cells[:at - 1], *echoed_values(cells[at - 1: at + 2], _ECHO_ROLES), *cells[at + 2:]]


# "2095%", "101860人": a weight and a target with its % or unit run together (the unit's start marked)
_TARGET_RUN = re.compile(r"\d{2,9}(?:\.\d+)?(?=(?:%|" + UNITS + r")$)")


def weight_off_target(values: list[str], rest: list[str | None]) -> list[str]:
    """``values`` with a weight run onto the target after it, a rate or a figure with its unit ("2095%", "101860人"
    under 分值 | 年度指标值, the score 20 or 10 further on) cut where one reading only keeps the score within the
    weight (20 | 95%; 209 | 5% is more points than a form has, 2 | 095% no figure; 10 | 1860人); as they are when the
    columns, the cells or the readings do not allow it."""
    weight, score = rest.index("weight"), rest.index("score")
    if weight + 1 >= len(rest) or rest[weight + 1] != "target" or score <= weight + 1 or len(values) < score \
            or not FIGURE_RUN.fullmatch(values[score - 1]):
        return values
    figures = _TARGET_RUN.match(values[weight])
    if figures is None:
        return values
    run, points = values[weight], Decimal(values[score - 1])
    cuts = [k for k in range(1, figures.end()) if (run[0] != "0" and run[k] != "0") or run[k:k + 2] in ("0%", "0.")]
    fits = [k for k in cuts if points <= Decimal(run[:k]) <= MOST_POINTS and run[k:k + 1] != "." and "." not in run[:k]]
    if len(fits) != 1 or len(values) >= len(rest):
        return values
    return [*values[:weight], run[: fits[0]], run[fits[0]:], *values[weight + 1:]]


_THREE_FIGURES = re.compile(r"[\d.]{3,12}")  # a coefficient, a weight and a score run together
_HUNDRED = Decimal(100)


def coefficient_off_points(values: list[str], rest: list[str | None]) -> list[str] | None:
    """``values`` with a score coefficient, the weight and the score run together ("902018" under 得分系数(%) |
    指标权重 | 指标得分) cut where one reading only keeps the coefficient within 100 %, the weight within the points a
    row holds and the score within the weight (90 | 20 | 18; 9 | 020 … no figure, 90 | 2 | 018 no figure, 902 | 0 | 18
    over 100 %); as they are under other columns or with no such run; None when the run admits several cuts, or
    stands where the columns do not put it (a value cell left empty before it: which one, the row does not say).
    Under 分值 | 得分率 | 得分 (the rate after the weight), see :func:`_rate_off_points`."""
    if "weight" in rest and rest[rest.index("weight"): rest.index("weight") + 3] == _RATED_POINTS:
        return _rate_off_points(values, rest.index("weight"))
    if "coefficient" not in rest or rest[rest.index("coefficient") + 1: rest.index("coefficient") + 3] \
            != ["weight", "score"]:
        return values
    at = rest.index("coefficient")
    if len(values) > at and ("%" in values[at] or (len(values) > at + 1 and FIGURE_RUN.fullmatch(values[at + 1]))):
        return values  # the coefficient a cell of its own
    cuts = _points_cuts(values[at]) if len(values) > at and _THREE_FIGURES.fullmatch(values[at]) else []
    if len(cuts) == 1:
        return [*values[:at], *cuts[0], *values[at + 1:]]
    runs = bool(cuts) or any(_THREE_FIGURES.fullmatch(cell) and _points_cuts(cell) for cell in values)
    return None if runs else values


_RATED_POINTS: list[str | None] = ["weight", "coefficient", "score"]
_RATIO = re.compile(r"(?:0|1)(?:\.\d{1,4})?")  # a score rate as a ratio ("0.91", "1.00")


def _rate_off_points(values: list[str], at: int) -> list[str]:
    """``values`` with the weight, a score rate and the score run together ("100.919.10" under 分值 | 得分率 | 得分)
    cut where one reading only has the score the weight times the rate, each at its written precision (10 | 0.91 |
    9.10; 100.9 | 1 | 9.10 is no such product); as they are when the cells are apart, or no cut or several fit."""
    if len(values) <= at or (len(values) > at + 1 and FIGURE_RUN.fullmatch(values[at + 1])) \
            or not BARE_RUN.fullmatch(values[at]):
        return values
    run = values[at]
    cuts = [(run[:i], run[i:j], run[j:]) for i in range(1, len(run) - 1) for j in range(i + 1, len(run))
            if POINT_FIGURE.fullmatch(run[:i]) and _RATIO.fullmatch(run[i:j]) and POINT_FIGURE.fullmatch(run[j:])
            and _product(Decimal(run[:i]), run[i:j], run[j:])]
    if len(cuts) != 1:
        return values
    return [*values[:at], *(GuessedCell(cell) for cell in cuts[0]), *values[at + 1:]]


def _product(weight: Decimal, rate: str, score: str) -> bool:
    """Whether ``score`` is ``weight`` × ``rate``, or ``rate`` the score ÷ the weight, at its written precision."""
    if not 0 < Decimal(score) <= weight <= MOST_POINTS:
        return False
    return abs(weight * Decimal(rate) - Decimal(score)) <= half_unit(score) \
        or abs(Decimal(score) / weight - Decimal(rate)) <= half_unit(rate)


def _points_cuts(run: str) -> list[tuple[str, str, str]]:
    """The cuts of ``run`` into a coefficient (within 100 %), a weight (above 0, within the points a row holds) and
    a score (within the weight), each a figure with no leading zero."""
    return [(run[:i], run[i:j], run[j:]) for i in range(1, len(run) - 1) for j in range(i + 1, len(run))
            if all(POINT_FIGURE.fullmatch(part) for part in (run[:i], run[i:j], run[j:]))
            and Decimal(run[:i]) <= _HUNDRED and Decimal(run[j:]) <= Decimal(run[i:j]) <= MOST_POINTS
            and Decimal(run[i:j]) > 0]


def core_off_note(values: list[str], rest: list[str | None]) -> list[str]:
    """``values`` with a 是否核心指标 answer run onto the note after it ("是两个项目…") cut off the note."""
    if "core" not in rest or rest[rest.index("core") + 1: rest.index("core") + 2] != ["deviation"]:
        return values
    at = rest.index("core")
    if len(values) != at + 1 or values[at][:1] not in ("是", "否") or len(values[at]) < 3:
        return values
    return [*values[:at], values[at][:1], values[at][1:]]
