"""The rows of a run-together indicator form with no 分值 / 得分 columns: each ends at its target and actual, side
by side; and of a block whose 分值 / 得分 cells are merged over its rows, read the same way."""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.readers.fused_blocks import level2_at
from jixiao.readers.fused_pairs import RUN, SPLIT_PIECE
from jixiao.readers.fused_rows import row_note, row_start, value_figure
from jixiao.readers.textnorm import HAN

_QUALITY = "高|低|好|优|良|中|强|是|否|有|无|合格|达标|完成|良好|优秀|较好|满意"
_DOUBLED = re.compile(rf"({_QUALITY}|[\u4e00-\u9fff]{{2,6}})\1")  # "高高", "按时完成按时完成": target and actual
_NOTHING = re.compile(r"无|未完成|未达标")  # after a figure: an actual of none ("100%无")


def _value_pair(body: str, at: int) -> tuple[int, str, str] | None:
    """A target and an actual side by side at ``at``: (where they end, target, actual). Two figures of one unit
    ("100%100%", "0起0起"), a bare run whose halves are the same figure ("00"), a figure and a none ("100%无"), a
    word said twice ("高高")."""
    if at and (body[at - 1].isdigit() or body[at - 1] in ".≥≤<>=＞＜"):
        return None
    first = value_figure().match(body, at)
    if first is None:
        twice = _DOUBLED.match(body, at)
        return (twice.end(), twice.group(1), twice.group(1)) if twice is not None else None
    second = value_figure().match(body, first.end())
    if first.group(3) and second is not None and second.group(3) == first.group(3) \
            and not body[second.end(): second.end() + 1].isdigit():
        return second.end(), first.group(0), second.group(0)
    if first.group(3) in ("%", "‰") and (none := _NOTHING.match(body, first.end())) is not None:
        return none.end(), first.group(0), none.group(0)
    digits = first.group(2)
    half = len(digits) // 2
    if not first.group(1) and not first.group(3) and "." not in digits and len(digits) % 2 == 0 \
            and digits[:half] == digits[half:]:
        return first.end(), digits[:half], digits[half:]
    return None


def plain_rows(body: str) -> list[dict[str, str]]:
    """The rows of a block of a form with no weight and score columns: a row ends at its target and actual side
    by side (:func:`_value_pair`); the text after the last pair is that row's note."""
    rows: list[dict[str, str]] = []
    level2 = ""
    at = start = 0
    while at < len(body):
        pair = _value_pair(body, at) if at - start >= 2 else None
        if pair is None:
            at += 1
            continue
        text = body[start:at]
        if rows:  # the text after the row before: its note, up to where this row opens
            opens = row_start(text)
            if opens:
                rows[-1]["deviation"] = row_note(text[:opens])
            text = text[opens:]
        while length := level2_at(text, 0):
            level2, text = text[:length], text[length:]
        if len(text) >= 2 and HAN.search(text):
            rows.append({"level2": level2, "name": text, "target": pair[1], "actual": pair[2]})
        at = start = pair[0]
    if rows:
        rows[-1]["deviation"] = row_note(body[start:])
    return rows


def merged_cell_rows(body: str, weight: Decimal) -> list[dict[str, str]]:
    """The rows of a block whose 分值 (and 得分) cells are merged over all its rows: the block's weight printed
    once, right after its first row's target and actual ("…人数2400240040质量指标…", invented: 2400 and 2400, then
    the block's 40), its score beside it or not; the rows read as a plain form's, no row's weight stated; none
    unless the block's weight stands there. The body is scanned for its first pair once, and each cut only
    near itself (a pair is short): a body of many figures and no pair is read in one pass."""
    mark = f"{weight.normalize():f}"
    first = _first_pair_end(body, 2)  # the first row's pair as written (a weight run after it breaks that pair)
    for run in RUN.finditer(body):
        digits = run.group(0)
        for cut in range(len(digits)):
            tail = digits[cut:]
            score = tail[len(mark):]
            if not tail.startswith(mark) or (score and not (SPLIT_PIECE.fullmatch(score) and
                                                            Decimal(score) <= weight)):
                continue
            at = run.start() + cut
            rest = body[:at] + body[run.end():]
            if _first_pair_end(rest, max(2, at - _PAIR_REACH), at) == at:
                return plain_rows(rest)
        if first is not None and first <= run.end():
            return []  # past the first row: the weight does not stand beside it
    return []


_PAIR_REACH = 64  # characters a target and actual side by side take at most


def _first_pair_end(body: str, start: int, stop: int | None = None) -> int | None:
    """Where the first target and actual side by side from ``start`` (before ``stop``) end, as :func:`plain_rows`
    finds them, or None."""
    for at in range(start, len(body) if stop is None else min(stop, len(body))):
        pair = _value_pair(body, at)
        if pair is not None:
            return pair[0]
    return None
