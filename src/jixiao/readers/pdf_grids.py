"""Two ruled tables printed one right under the other (a money block, then the indicator table) share a border, and
the PDF's table finder returns them as one grid holding the columns of both: each row then leaves the other table's
column lines uncovered, and filling those covered cells repeats every value. A grid is cut where the rows above and
the rows below each start cells on column lines the other part never uses (a merged cell inside one table only
leaves lines out, it adds none), and each part keeps only its own columns.
"""

from __future__ import annotations

Raw = list[list[str | None]]


def _starts(row: list[str | None]) -> frozenset[int]:
    return frozenset(c for c, cell in enumerate(row) if cell is not None)


def split_fused_grids(raw: Raw) -> list[tuple[int, Raw]]:
    """(first row index, rows) of each table fused in ``raw``; ``raw`` alone when it is one table."""
    if len(raw) < 2:
        return [(0, raw)]
    starts = [_starts(row) for row in raw]
    above: list[frozenset[int]] = []
    seen: frozenset[int] = frozenset()
    for found in starts:
        seen |= found
        above.append(seen)
    below: list[frozenset[int]] = [frozenset()] * len(raw)
    seen = frozenset()
    for i in range(len(raw) - 1, -1, -1):
        seen |= starts[i]
        below[i] = seen
    cut = next((i for i in range(1, len(raw)) if above[i - 1] - below[i] and below[i] - above[i - 1]), None)
    if cut is None:
        return [(0, raw)]
    return [(0, _own_columns(raw[:cut], above[cut - 1])),
            *((cut + at, rows) for at, rows in split_fused_grids(_own_columns(raw[cut:], below[cut])))]


def _own_columns(rows: Raw, columns: frozenset[int]) -> Raw:
    keep = sorted(columns)
    return [[row[c] for c in keep] for row in rows]
