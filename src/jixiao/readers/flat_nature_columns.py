"""A fused indicator row under a header with 指标性质 and 度量单位 columns around the target (… | 三级指标 | 指标性质 |
指标值 | 度量单位 | 完成值 | 权重 | 得分 …): run together, the nature's sign opens the target and its unit closes it
("耕地保护面积≥36.5万亩36.821515": ≥ | 36.5 | 万亩 | 36.82 | 15 | 15), a nature word ends the name ("某完成时间定性
2024年6月30日前…"). The row is cut as if the three were the target's one cell (:func:`folded`), then each part goes back
to its column (:func:`nature_off`, :func:`unfolded`): the sign, the figure and the unit, so the unit is the actual's as
well, as the column says (a unit the form's words do not know stays on its figure). Every cell stays a guess.
"""

from __future__ import annotations

import re

from jixiao.readers.cells import Kind, kind
from jixiao.readers.fused_money import GuessedCell

_FOLDED = ["nature", "target", "measure_unit"]
_NATURE_WORD = re.compile(r"(?:定性|定量|正向|反向)(?:指标)?$")
_SIGNED = re.compile(r"([≥≤><=＝﹦])(\d+(?:\.\d+)?)(%|[\u4e00-\u9fff]{1,3})")  # "≥36.5万亩", "=100%"


def folded(roles: list[str | None]) -> list[str | None]:
    """``roles`` with 指标性质 | 指标值 | 度量单位 one target column (as they run together); else as they are."""
    at = roles.index("target") if "target" in roles else 0
    return [*roles[: at - 1], "target", *roles[at + 2:]] if at and roles[at - 1: at + 2] == _FOLDED else roles


def _named_nature(roles: list[str | None]) -> bool:
    """Whether a 指标性质 / 指标方向 column stands between the name and the target (… | 三级指标 | 指标方向 | 年度指标值
    | …), its word run onto the name ("某发现数正向≥260例…")."""
    at = roles.index("nature") if "nature" in roles else 0
    return 0 < at < len(roles) - 1 and roles[at - 1] == "name" and roles[at + 1] == "target"


def nature_off(name: str, roles: list[str | None]) -> list[str]:
    """The name and the nature word run onto it ("某完成时间定性"), each a cell, under such a header; else the name."""
    word = _NATURE_WORD.search(name) if folded(roles) is not roles or _named_nature(roles) else None
    return [name[: word.start()], word.group()] if word is not None and word.start() >= 2 else [name]


def unfolded(cells: list[str], roles: list[str | None]) -> list[str]:
    """A row's cells under such a header (``roles``) with a name's nature word and a target's sign and unit each a
    cell of its own ("某标准定性" → 某标准 | 定性, "≥36.5万亩" → ≥ | 36.5 | 万亩); else as they are."""
    if folded(roles) is roles:
        return _nature_cut(cells, roles) if _named_nature(roles) else cells
    out: list[str] = []
    for cell in cells:
        signed = _SIGNED.fullmatch(cell) if out and kind(out[-1]) is Kind.TEXT else None
        parts = list(signed.groups()) if signed is not None and kind(signed.group(3)) is Kind.MEASURE else \
            nature_off(cell, roles) if kind(cell) is Kind.TEXT and len(cell) > 4 else [cell]
        out.extend(GuessedCell(part) for part in parts) if len(parts) > 1 else out.append(cell)
    return out


def _nature_cut(cells: list[str], roles: list[str | None]) -> list[str]:
    """A row's cells with the nature word off the name ("某发现数正向" → 某发现数 | 正向): the first text cell that
    ends on one and is no nature word itself; the cells as they are when none does or the row holds the word apart."""
    if any(_NATURE_WORD.fullmatch(cell) for cell in cells):
        return cells
    for k, cell in enumerate(cells):
        parts = nature_off(cell, roles) if kind(cell) is Kind.TEXT and len(cell) > 4 else [cell]
        if len(parts) > 1:
            return [*cells[:k], *(GuessedCell(part) for part in parts), *cells[k + 1:]]
    return cells
