"""The runs of figures in a run-together indicator form that may be a row's fused weight and score ("55" is 5 and
5), and the one choice of them whose weights add up to the block's."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from jixiao.lexicon import pattern
from jixiao.readers.textnorm import HAN

RUN = re.compile(r"\d+(?:\.\d+)*")
SPLIT_PIECE = re.compile(r"(?:0|[1-9]\d{0,2})(?:\.\d)?")
_AFTER_VALUE = ("%", "‰", ":", "：", "、", ".")  # "100%", "任务1:": a value or a number, no weight
_BEFORE_VALUE = re.compile(r"(?:[≥≤<>=＞＜]|任务|指标|第|No\.?)$")  # "任务1:", "≥95": no weight


@dataclass(frozen=True)
class Pair:
    start: int
    end: int
    options: tuple[tuple[Decimal, Decimal, str, str], ...]  # (weight, score, weight text, score text)
    weak: bool  # a unit follows: the figures may be a value ("32个别档案…": 3 and 2 before a note, or 32 个)


def candidate_pairs(body: str, block: Decimal | None) -> list[Pair]:
    """The runs of figures in ``body`` that may be a row's fused weight and score."""
    out: list[Pair] = []
    for run in RUN.finditer(body):
        after, before = body[run.end(): run.end() + 2], body[max(0, run.start() - 3): run.start()]
        if len(run.group(0)) < 2 or after[:1] in _AFTER_VALUE or after.startswith(("以上", "以下", "以内")) \
                or _BEFORE_VALUE.search(before):
            continue
        options = splits(run.group(0), block)
        if options:
            out.append(Pair(run.start(), run.end(), options, pattern("value_units").match(body, run.end()) is not None))
    return out


def splits(run: str, block: Decimal | None) -> tuple[tuple[Decimal, Decimal, str, str], ...]:
    limit = block if block is not None else Decimal(100)
    out = []
    for cut in range(1, len(run)):
        weight, score = run[:cut], run[cut:]
        if not (SPLIT_PIECE.fullmatch(weight) and SPLIT_PIECE.fullmatch(score)):
            continue
        w, s = Decimal(weight), Decimal(score)
        if 0 < w <= limit and s <= w:
            out.append((w, s, weight, score))
    return tuple(out)


_MAX_PAIRS = 24  # candidates of one block looked at (a block holds a dozen rows at most)
_MAX_TRIES = 20_000  # partial choices tried before giving up (a block no real form makes that hard: no row)


def chosen_pairs(body: str, pairs: list[Pair], block: Decimal | None) -> list[tuple[Pair, int]] | None:
    """The pairs that end the block's rows, each with its split: the weights adding up to the block's weight,
    every pair without a unit after it taken and as few with one as may be, text between every two; the one
    such choice, or None (none, or several)."""
    if not pairs or len(pairs) > _MAX_PAIRS:
        return None
    if block is None:
        strong = [(p, 0) for p in pairs if not p.weak and len(p.options) == 1]
        return strong or None
    best: list[tuple[int, list[tuple[Pair, int]]]] = []
    tries = 0

    def walk(k: int, last_end: int, total: Decimal, cost: int, taken: list[tuple[Pair, int]]) -> None:
        nonlocal tries
        tries += 1
        if tries > _MAX_TRIES or (best and cost > best[0][0]) or (len(best) > 1 and cost == best[0][0]) \
                or total > block:
            return
        if k == len(pairs):
            if total == block and taken:
                if best and cost < best[0][0]:
                    best.clear()
                best.append((cost, list(taken)))
            return
        pair = pairs[k]
        if HAN.search(body[last_end: pair.start]):
            for index, option in enumerate(pair.options):
                taken.append((pair, index))
                walk(k + 1, pair.end, total + option[0], cost + pair.weak, taken)
                taken.pop()
        walk(k + 1, last_end, total, cost + (0 if pair.weak else 10), taken)

    walk(0, 0, Decimal(0), 0, [])
    if len(best) != 1 or tries > _MAX_TRIES:
        return None
    return best[0][1]
