"""Level cells that repeat the words of the name after them, run together in a fused row: "预算执行预算执行预算执行率
100%98.48%109.85" under 一级指标 | 二级指标 | 三级指标 (a form whose 预算执行 row names its levels after its one
indicator). No word of the form cuts them, but the row's own text does: each cell opens the next (预算执行 | 预算执行 |
预算执行率), and one cut only makes it so. The cut cells are guesses.
"""

from __future__ import annotations

from jixiao.readers.cells import Kind, kind
from jixiao.readers.fused_money import GuessedCell

_LEVELS = frozenset({"level1", "level2"})
_SHORTEST = 2  # characters of a level cell at least
_LONGEST = 40  # characters of a name and its levels run together at most


def repeated_levels(text: str, cells: int) -> list[str] | None:
    """``text`` cut into ``cells`` pieces (two or three), each opening the next, when one cut only does; else None."""
    if not 2 <= cells <= 3 or len(text) > _LONGEST:
        return None
    found: list[list[str]] = []
    for a in range(_SHORTEST, len(text)):
        if cells == 2:
            if text[a:].startswith(text[:a]):
                found.append([text[:a], text[a:]])
            continue
        for b in range(a + _SHORTEST, len(text)):
            if text[a:b].startswith(text[:a]) and text[b:].startswith(text[a:b]):
                found.append([text[:a], text[a:b], text[b:]])
    return found[0] if len(found) == 1 else None


def with_repeated_levels(cells: list[str], roles: list[str | None]) -> list[str]:
    """A row's cells under a header with level columns (``roles``) whose name cell holds the level cells the row
    lacks, repeating its words ("产出指标" | "预算执行预算执行率" → 产出指标 | 预算执行 | 预算执行率; a row with no
    level cell under the merged 一级 cell above: "预算编制预算编制准确率" → 预算编制 | 预算编制准确率); as they are
    otherwise."""
    if "name" not in roles or not _LEVELS & set(roles[: roles.index("name")]):
        return cells
    leads = roles.index("name") + 1
    at = next((k for k, cell in enumerate(cells) if kind(cell) not in (Kind.LEVEL1, Kind.LEVEL2)), None)
    if at is None or at >= leads - 1 or kind(cells[at]) is not Kind.TEXT:
        return cells
    pieces = repeated_levels(cells[at], leads - at)
    if pieces is None and at == 0 and leads == 3:  # under the merged 一级 cell above: its 二级 and its name
        pieces = repeated_levels(cells[0], 2)
    return cells if pieces is None else [*cells[:at], *(GuessedCell(p) for p in pieces), *cells[at + 1:]]
