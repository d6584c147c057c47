"""A run of money figures fused by a viewer or OCR with no separator ("64.864.864.8100%" under 年初预算数 |
调整预算数 | 全年执行数 | 执行率): split with the form's own constraints — the header's columns in order, amounts
written with the same decimals, 执行率 = 执行数 ÷ 预算数 within rounding, 得分 ≤ 分值 — and taken only when
exactly one split satisfies them. Such a reading is a guess: its cells are :class:`GuessedCell`, and every
fact read from their line is marked guessed.
"""

from __future__ import annotations

import itertools
import re
from decimal import Decimal, InvalidOperation

from jixiao.numbers import decimals
from jixiao.readers.cells import splits

_MAX_RUN = 40  # characters of a fused run looked at (a row of six figures: ≤ 40)
# ... and of one whose amounts each carry their decimals ("A.00B.00C.00" in 元: three of 14 characters, then weight,
# rate and score: ≤ 60), the decimal points fixing where most figures end
MAX_POINTED_RUN = 60
_MAX_TRIES = 4000  # partial splits tried before giving up (the walk stays linear in what it may try)
_MAX_PIECE = 14  # characters of one figure

_RUN = re.compile(r"[\d.]+%?[\d.]*")
RATE = re.compile(r"(?:0|[1-9]\d{0,2})(?:\.\d{1,2})?%")  # an execution rate's figure ("98.83%")
_PIECE = {
    "budget": re.compile(r"(?:0|[1-9]\d*)(?:\.\d{1,4})?"),
    "executed": re.compile(r"(?:0|[1-9]\d*)(?:\.\d{1,4})?"),
    "weight": re.compile(r"[1-9]\d?(?:\.5)?|100"),
    "rate": RATE,
    "score": re.compile(r"(?:0|[1-9]\d?|100)(?:\.\d{1,2})?"),
}
_MONEY = ("budget", "executed")


class GuessedCell(str):
    """A cell split out of fused figures by the form's constraints: a guess, however well it fits."""

    __slots__ = ()


class WrittenCell(str):
    """A cell of a fused row that the text itself bounds, though its line is cut by guesses: a weight or a score
    that is a whole run of figures between written characters (a name and a comparison sign, a unit and the line's
    end) in a row holding one cell for each column. No other reading places it, so it is read as written."""

    __slots__ = ()


# the lexicon's money-block columns, as this split needs them (both budget columns divide alike)
SPLIT_ROLE = {"initial": "budget", "adjusted": "budget", "executed": "executed", "rate_weight": "weight",
              "rate": "rate", "rate_score": "score"}


def split_money_run(run: str, roles: list[str], rate: str | None = None) -> list[str] | None:
    """The one split of ``run`` into ``len(roles)`` figures that the constraints allow, or None (no run of
    fused figures, no split, or several). ``rate``: the row's 执行率 stated in a cell of its own, which the split's
    amounts must give (the run then holds no rate)."""
    if len(run) > (MAX_POINTED_RUN if run.count(".") >= 3 else _MAX_RUN) or len(roles) < 2 \
            or not _RUN.fullmatch(run) or roles.count("rate") > 1:
        return None
    rated = "%" in run
    if rated != ("rate" in roles) or (rate is not None and rated):
        return None
    rated = rated or rate is not None
    # amounts written alike first; a sheet that drops trailing zeros ("310.2" beside "154.74") only when the
    # stated 执行率 leaves one split
    return _split(run, roles, True, rate) or (_split(run, roles, False, rate) if rated else None)


def money_splits(text: str, roles: list[str], rate: str | None = None) -> list[tuple[str, ...]]:
    """The splits of a fused cell of a money row under a header of ``roles`` (the row's roles, label and all): for
    each run of the money block's columns in order that holds the 执行率 or is checked against it, the one split the
    constraints allow there. A row's cell may hold any run of its columns; a cell no run of columns splits in one
    way only gives nothing. ``rate``: the row's 执行率 written in a cell of its own ("96.91%"), which a run of
    amounts without one must agree with."""
    split_roles = [SPLIT_ROLE.get(role) for role in roles]
    if not any(role in _MONEY for role in split_roles):
        return []
    run = text.strip()
    out: list[tuple[str, ...]] = []
    for start, end in itertools.combinations(range(len(roles) + 1), 2):
        window = [role for role in split_roles[start:end] if role is not None]
        if len(window) < 2 or len(window) < end - start:
            continue
        stated = rate if rate is not None and "%" not in run and "rate" not in window and "executed" in window \
            else None
        if stated is None and "rate" not in window:
            continue  # amounts with no rate to divide by: many splits fit, none is the form's (the aligner weighs them)
        split = split_money_run(run, window, stated)
        if split is not None and tuple(split) not in out:
            out.append(tuple(split))
    return out


_MOST_FITS = 12  # splits that fit gathered before giving up (one of them then chosen by its amounts' lengths)


def _split(run: str, roles: list[str], same_decimals: bool, rate: str | None = None) -> list[str] | None:
    found: list[tuple[str, ...]] = []
    tries = 0

    def walk(rest: str, taken: tuple[str, ...]) -> None:
        nonlocal tries
        tries += 1
        if tries > _MAX_TRIES or len(found) >= _MOST_FITS:
            return
        role = roles[len(taken)]
        if len(taken) == len(roles) - 1:
            if _PIECE[role].fullmatch(rest) and (
                    _fits((*taken, rest), roles, same_decimals) if rate is None
                    else _fits((*taken, rest, rate), [*roles, "rate"], same_decimals)):
                found.append((*taken, rest))
            return
        for end in range(1, min(len(rest), _MAX_PIECE + 1)):
            head = rest[:end]
            if rest[end] in ".%" or not _PIECE[role].fullmatch(head):
                continue
            walk(rest[end:], (*taken, head))

    walk(run, ())
    if 1 < len(found) < _MOST_FITS and tries <= _MAX_TRIES and ("rate" in roles or rate is not None):
        found = [fit for fit in found if _even_amounts(fit, roles)]  # (checked by a rate: amounts alone fit any cut)
    if len(found) != 1 or tries > _MAX_TRIES:
        return None
    return [GuessedCell(piece) for piece in found[0]]


def _even_amounts(pieces: tuple[str, ...], roles: list[str]) -> bool:
    """A row's amounts written with as many whole digits each ("12000001264000126400010100%10": 1200000 | 1264000 |
    1264000, not 12000001 | 264000 | 264000): of several splits the constraints allow — whole 元 have no decimal
    point to cut at — the one whose amounts are alike in size, as a budget and its outturn are."""
    return len({len(piece.split(".")[0]) for piece, role in zip(pieces, roles, strict=True) if role in _MONEY}) == 1


def _fits(pieces: tuple[str, ...], roles: list[str], same_decimals: bool = True) -> bool:
    money = [p for p, r in zip(pieces, roles, strict=True) if r in _MONEY]
    if len({decimals(p) for p in money}) > 1 and (same_decimals or any(_trailing_zero(p) for p in money)):
        return False
    values = {}
    try:
        for piece, role in zip(pieces, roles, strict=True):
            value = Decimal(piece.rstrip("%"))
            if role == "budget" or role not in values:
                values[role] = value  # the last budget column (全年/调整) is the one 执行率 divides by
    except InvalidOperation:
        return False
    if "score" in values and "weight" in values and values["score"] > values["weight"]:
        return False
    if "rate" in values:
        if "budget" not in values or "executed" not in values or not values["budget"]:
            return False
        rate = pieces[roles.index("rate")].rstrip("%")
        if not values["rate"] and values["executed"]:
            return False  # money spent at a rate of 0 %: a split that left the rate's digits elsewhere
        # a whole unit of the rate's last written place, not half of one (half_unit): a sheet may have cut it, not
        # rounded it. Counted on the text, not place_unit(values["rate"]): a stated cell "96.91 %" keeps a space
        # before its sign, which the Decimal drops and the count takes for a third decimal (0.001, as it always did)
        tolerance = Decimal(1).scaleb(-decimals(rate))
        return abs(values["executed"] / values["budget"] * 100 - values["rate"]) < tolerance
    return True


def _trailing_zero(figure: str) -> bool:
    """"310.20": written with its zeros, so no sheet dropped them (its decimals must match the others')."""
    return "." in figure and figure.endswith("0")


def split_under_total(run: str, room: list[Decimal]) -> list[str] | None:
    """A fund row's amounts fused into one cell ("58.658.652.74") under its block's total row: the one split into
    ``len(room)`` amounts, each within what the total leaves in its column (``room``: the total's amount less the
    fund rows read above; fund rows add up to the total, so none exceeds it), as :class:`GuessedCell`; None when no
    split or several fit (58.6 | 58.6 | 52.74 under a total of 58.6 | 58.6 | 52.74, not 58.65 | 8.6 | 52.74)."""
    if "%" in run or len(room) < 2:
        return None
    fitting = [split for split in splits(run, len(room))
               if all(Decimal(piece) <= limit for piece, limit in zip(split, room, strict=True))]
    return [GuessedCell(piece) for piece in fitting[0]] if len(fitting) == 1 else None


_AMOUNT = re.compile(r"(?:0|[1-9]\d{0,13})(?:\.\d{1,2})?")  # one amount of a fused run: no leading zero, two decimals
_MAX_SUM_TRIES = 20_000  # partial splits a summed run may try (a row of six amounts in 40 characters: far fewer)


def split_summed(run: str, parts: int, total: int) -> list[str] | None:
    """A money row of a table on its side fused into one run ("150.0060.0020.0030.00260.00" under 中央资金 |
    省级资金 | 市级资金 | 县级资金 | 合计): the one split into ``parts`` amounts whose ``total``-th is the sum of the
    others (the sources add up to their total), amounts written alike preferred, as :class:`GuessedCell`; None
    when no split fits, several do, or too many were tried to know."""
    if len(run) > _MAX_RUN or parts < 3 or not re.fullmatch(r"[\d.]+", run):
        return None
    found: list[tuple[str, ...]] = []
    tries = 0

    def walk(rest: str, taken: tuple[str, ...]) -> None:
        nonlocal tries
        tries += 1
        if tries > _MAX_SUM_TRIES:
            return
        if len(taken) == parts - 1:
            if _AMOUNT.fullmatch(rest):
                pieces = (*taken, rest)
                values = [Decimal(piece) for piece in pieces]
                if values[total] == sum(values) - values[total]:
                    found.append(pieces)
            return
        for end in range(1, min(len(rest), _MAX_PIECE + 1)):
            if rest[end] != "." and _AMOUNT.fullmatch(rest[:end]):
                walk(rest[end:], (*taken, rest[:end]))

    walk(run, ())
    if tries > _MAX_SUM_TRIES:
        return None
    alike = [pieces for pieces in found if len({decimals(piece) for piece in pieces}) == 1]
    chosen = alike if len(alike) == 1 else found
    return [GuessedCell(piece) for piece in chosen[0]] if len(chosen) == 1 else None
