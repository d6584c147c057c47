"""Two numbered rows whose names come before their figures: a sheet flattened in the order of its cells' heights
puts a tall (wrapped) name cell, and the next row's name, before the figures of both rows —
"指标7:某某报告 | 数 | 指标8:某某率 | 9例 | 9例 | 2 | 2 | 300人 | 280人 | 2 | 1.8". Each name takes its share of the
figures in order, the share being what the numbered row just before holds ("指标6:… | 12次 | 12次 | 1 | 1"); a one-
or two-character piece between the names is the first name's wrapped end. Paired by order: every cell a guess."""

from __future__ import annotations

import re

from jixiao.numbers import WRITTEN_FIGURE
from jixiao.readers.fused_money import GuessedCell

_NUMBERED = re.compile(r"^指标(\d{1,2})[:：]\s*[\u4e00-\u9fff\d]")
_FIGURE = re.compile(rf"^(?:[≥≤><=＝]?{WRITTEN_FIGURE}%?[\u4e00-\u9fff]{{0,2}}|[—–-])$")
_WRAPPED = re.compile(r"^[\u4e00-\u9fff]{1,2}$")


def untangle_numbered_names(cells: list[str]) -> list[str]:
    """``cells`` with each run of numbered names stacked before their rows' figures put back row by row (the
    list itself when there is none)."""
    out: list[str] = []
    changed = False
    i = 0
    while i < len(cells):
        run = _stacked(cells, i) if cells[i].startswith("指标") else None
        if run is None:
            out.append(cells[i])
            i += 1
            continue
        i, rows = run
        out.extend(GuessedCell(cell) for row in rows for cell in row)
        changed = True
    return out if changed else cells


def _stacked(cells: list[str], i: int) -> tuple[int, list[list[str]]] | None:
    """Where the run of stacked names at ``i`` and their figures end, and the rows put back; None when ``i``
    opens no such run or the figures are not the names' shares."""
    first = _NUMBERED.match(cells[i])
    if first is None:
        return None
    number, j = int(first.group(1)), i
    names: list[str] = []
    while j < len(cells) and (found := _NUMBERED.match(cells[j])) and int(found.group(1)) == number + len(names):
        name, j = cells[j], j + 1
        if j + 1 < len(cells) and _WRAPPED.match(cells[j]) and _NUMBERED.match(cells[j + 1]):
            name, j = name + cells[j], j + 1
        names.append(name)
    share = _share_before(cells, i)
    if len(names) < 2 or share is None:
        return None
    end = j
    while end < len(cells) and _FIGURE.match(cells[end]):
        end += 1
    if end - j != share * len(names):
        return None
    figures = cells[j:end]
    return end, [[name, *figures[n * share: (n + 1) * share]] for n, name in enumerate(names)]


def _share_before(cells: list[str], i: int) -> int | None:
    """How many figures the numbered row just before ``i`` holds ("指标6:… | 12次 | 12次 | 1 | 1" → 4), or None."""
    start = i
    while start > 0 and _FIGURE.match(cells[start - 1]):
        start -= 1
    if start == i or start == 0 or not _NUMBERED.match(cells[start - 1]):
        return None
    return i - start if 2 <= i - start <= 8 else None
