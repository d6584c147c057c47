"""A fused indicator row under a header with a completion column after the target and the actual, their unit in a
column of its own ("…分值计量单位指标值完成值完成率得分" over "河道保洁覆盖率20%908796.67%19.33"): the target and the
actual run together with the completion rate, no unit or sign between them. The form's own constraint cuts them:
完成率 = 完成值 ÷ 指标值 to the rate's written precision (90 | 87 | 96.67%); a run that no cut or several cuts fit
gives no row.
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.numbers import decimals
from jixiao.readers.flat_value_runs import MOST_POINTS, POINTS, UNIT_OPENING, UNITS
from jixiao.readers.fused_money import GuessedCell

_UNIT = re.compile(r"%|‰|" + UNITS)
_RATED = re.compile(r"[\d.]+%")  # the target, the actual and the rate run together, up to the rate's sign
FIGURE = re.compile(r"(?:0|[1-9]\d*)(?:\.\d+)?")  # a figure as a form writes it (no leading zero)
_KNOWN = frozenset({"weight", "score", "measure_unit", "target", "actual", "completion", "deviation"})


def completion_row(text: str, name: str, rest: list[str | None]) -> list[str] | None:
    """The cells of a row named ``name`` whose values are ``text`` under a header whose roles after the name are
    ``rest`` (target, actual and completion side by side in that order, weight, score and a unit column around
    them, a note at the end at most); None when the header is no such header or no single reading fits. Every
    cell is a guess."""
    if not set(rest) <= _KNOWN or "deviation" in rest[:-1] or "weight" not in rest or "score" not in rest:
        return None
    at = next((k for k in range(len(rest) - 2) if rest[k: k + 3] == ["target", "actual", "completion"]), None)
    if at is None or at == 0 or rest[at - 1] == "score":
        return None  # (a figure right before the run: where would it end?)
    cells: list[str] = []
    pos = 0
    for k, role in enumerate(rest):
        if at < k < at + 3:
            continue
        if role == "target":
            found = _RATED.match(text, pos)
            split = split_completion_run(found.group(0)) if found is not None else None
            if found is None or split is None:
                return None
            cells.extend(split)
            pos = found.end()
        elif role == "measure_unit":
            unit = _UNIT.match(text, pos)
            if unit is None:
                return None
            cells.append(unit.group(0))
            pos = unit.end()
        elif role == "deviation":
            if pos < len(text):
                if UNIT_OPENING.match(text, pos):
                    return None  # "14.57月…": is 7月 the note's or the score's?
                cells.append(text[pos:])
            pos = len(text)
        else:
            points = POINTS.match(text, pos)
            if points is None or text[points.end(): points.end() + 1].isdecimal() \
                    or text[points.end(): points.end() + 1] == ".":
                return None
            cells.append(points.group(0))
            pos = points.end()
    # (the run's three cells are three cells of the row: each role its own place)
    score, weight = Decimal(cells[rest.index("score")]), Decimal(cells[rest.index("weight")])
    if pos != len(text) or score > weight or weight > MOST_POINTS:
        return None
    return [GuessedCell(cell) for cell in (name, *cells)]


def split_completion_run(run: str) -> list[str] | None:
    """"908796.67%" → 90 | 87 | 96.67%: the only cut whose actual ÷ target is the rate at its written precision
    (none of them zero: an actual of 0 fits any target); None when no cut or several fit."""
    digits = run[:-1]
    found: list[list[str]] = []
    for c in range(1, len(digits)):
        rate, head = digits[c:], digits[:c]
        if not FIGURE.fullmatch(rate) or Decimal(rate) == 0:
            continue  # (a rate of 0 %: any actual far below its target rounds to it)
        places = decimals(rate)
        for t in range(1, len(head)):
            target, actual = head[:t], head[t:]
            if not (FIGURE.fullmatch(target) and FIGURE.fullmatch(actual)) \
                    or Decimal(target) == 0 or Decimal(actual) == 0:
                continue
            if round(Decimal(actual) / Decimal(target) * 100, places) == Decimal(rate):
                found.append([target, actual, rate + "%"])
    return found[0] if len(found) == 1 else None
