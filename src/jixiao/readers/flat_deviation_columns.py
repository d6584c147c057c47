"""A fused indicator row under a header with a 偏差 column of figures between the actual and the score ("…分值
年度指标值实际完成值偏差（%）得分偏差原因分析" over "…数量指标购置某设备台数10≥18180.015", "…10100%93.3%-6.781项某事
延期"): the deviation figure runs into the score, and where the units stand in the name the weight, the target and
the actual run together as well. The form decides the cut: the deviation is the actual's departure from the target,
as a share of it in % (18 | 18 | 0.0; 100 | 98.04 | -2.0) or in the target's own unit, at the deviation's written
decimals; the score is within the weight, the weight within a row's points, no figure opens on a 0 it does not need.
A row is cut only when exactly one reading fits it; its cells are guesses.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from jixiao.lexicon import lexicon
from jixiao.numbers import half_unit
from jixiao.readers.flat_value_runs import COMPARISON, MOST_POINTS, POINT_FIGURE, UNITS
from jixiao.readers.fused_money import GuessedCell
from jixiao.readers.textnorm import HAN

_FIGURE = r"(?:[1-9]\d{0,7}|0)(?:\.\d{1,4})?"  # (bounded: a run is tried at few ends)
_TARGET = re.compile(f"(?P<cmp>{COMPARISON})?(?P<fig>{_FIGURE})(?P<unit>%|{UNITS})?")
_ACTUAL = re.compile(f"(?P<fig>{_FIGURE})(?P<unit>%|{UNITS})?")
_DEVIATION = re.compile(f"(?P<fig>[+\\-−]?{_FIGURE})(?P<unit>%|个百分点|{UNITS})?")
_READ = frozenset({"weight", "target", "actual", "deviation", "score"})
_LONGEST = 48  # characters of a row's values looked at (five figures with their units and a short note at most)
# characters of one value at most: a comparison word or a sign, 8 digits and 4 decimals with their point, a unit
# (万 / 亿 / 千 before a unit of the lexicon, or "个百分点")
_VALUE_CHARS = max(len(word) for word in lexicon()["comparison_words"].split("|")) + 13 \
    + max(len("个百分点"), 1 + max(len(unit) for unit in lexicon()["value_units"].split("|")))
# digits in a row at most: a weight and a score of 3, a target, an actual and a deviation of 8 between them
_LONG_DIGITS = re.compile(r"\d{31}")


def deviation_columns(roles: list[str | None]) -> bool:
    """Whether a header of ``roles`` has a 偏差 column of figures: right after the actual, the score right after it
    or after the weight right after it ("…指标值实际值偏差分值得分…")."""
    at = roles.index("actual") if "actual" in roles else -1
    return at > 0 and roles[at + 1: at + 2] == ["deviation"] and "target" in roles[:at] and "weight" in roles \
        and (roles[at + 2: at + 3] == ["score"] or roles[at + 2: at + 4] == ["weight", "score"])


def deviation_row(cells: list[str], roles: list[str | None]) -> list[str] | None:
    """``cells`` (a fused row under a header of ``roles``, :func:`deviation_columns`: its level and name cells, then
    its values however the cutter cut them) with the values cut again by the deviation's constraint, when exactly
    one reading fits them; else None."""
    lead = next((k for k, cell in enumerate(cells) if cell[:1].isdecimal() or _starts_value(cell)), None)
    if lead is None or lead == 0 or not HAN.search(cells[lead - 1]):
        return None
    values = deviation_values("".join(cells[lead:]), roles[roles.index("name") + 1:])
    return None if values is None else [GuessedCell(cell) for cell in (*cells[:lead], *values)]


def deviation_values(text: str, rest: list[str | None]) -> list[str] | None:
    """The value cells of ``text`` (a row's text after its name) under the columns ``rest`` after the name, when
    exactly one reading fits; else None."""
    noted = rest[-1:] == ["deviation"] and rest[-2:-1] == ["score"]
    columns = rest[:-1] if noted else rest
    if len(text) > _LONGEST or set(columns) != _READ or len(columns) != len(_READ) or _LONG_DIGITS.search(text):
        return None
    readings = []
    for reading in _readings(text, 0, columns, {}):
        readings.append(reading)
        if len(readings) > 1:
            return None
    if not readings:
        return None
    cells, note = readings[0]
    if note and not noted:
        return None
    return [*cells, *([note] if note else [])]


def _starts_value(cell: str) -> bool:
    return re.match(COMPARISON, cell) is not None or cell[:1] in "+-−"


def _readings(text: str, at: int, columns: list[str | None], read: dict[str, re.Match[str]]
              ) -> Iterator[tuple[list[str], str]]:
    """Every reading of ``text`` from ``at`` on as the ``columns`` left, then a note of words at most."""
    if not columns:
        rest = text[at:]
        if not rest or HAN.search(rest):
            yield [], rest
        return
    role = columns[0]
    pattern = _TARGET if role == "target" else _DEVIATION if role == "deviation" else _ACTUAL
    for end in range(at + 1, min(at + _VALUE_CHARS, len(text)) + 1):
        found = pattern.fullmatch(text, at, end)
        if found is None or not _fits(role, found, read):
            continue
        for cells, note in _readings(text, end, columns[1:], {**read, str(role): found}):
            yield [found.group(0), *cells], note


def _fits(role: str | None, found: re.Match[str], read: dict[str, re.Match[str]]) -> bool:
    figure = Decimal(found.group("fig").replace("−", "-"))
    if role in ("weight", "score"):
        if POINT_FIGURE.fullmatch(found.group(0)) is None or figure > MOST_POINTS:
            return False
        return figure > 0 if role == "weight" else "weight" not in read or figure <= Decimal(read["weight"].group(0))
    if role == "actual":  # the actual in the target's unit (both bare, where the name holds it)
        return "target" not in read or (found.group("unit") or "") == (read["target"].group("unit") or "")
    if role == "deviation":
        return _departs(found, read["target"], read["actual"])
    return True


def _departs(found: re.Match[str], target: re.Match[str], actual: re.Match[str]) -> bool:
    """Whether the deviation written is the actual's departure from the target at its written decimals: bare or in %,
    as a share of the target; in points of a rate ("个百分点") or in the target's own unit, as a difference."""
    written = found.group("fig").replace("−", "-")
    figure = Decimal(written)
    half = half_unit(written)
    aimed, got = Decimal(target.group("fig")), Decimal(actual.group("fig"))
    unit = found.group("unit") or ""
    if unit in ("", "%"):  # a bare deviation is a share, as its header's "偏差（%）" says
        return bool(aimed) and abs(figure - (got - aimed) / aimed * 100) <= half
    return unit in ("个百分点", target.group("unit")) and abs(figure - (got - aimed)) <= half
