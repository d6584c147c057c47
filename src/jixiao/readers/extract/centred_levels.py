"""Level cells a viewer centred: a Word table's merged 一级 / 二级 cell copied out of a document viewer (or a PDF)
gives its text on the middle row of the rows it spans, the others empty — so the first indicator row has no 一级 and a
label stands below rows that are its own. Read top-down, the rows above a label took the block before it."""

from __future__ import annotations

from dataclasses import replace

from jixiao.readers.document import Table
from jixiao.readers.extract.table_total_row import TOTAL_ROW
from jixiao.readers.textnorm import compact


def _cuts(labels: list[int], start: int, end: int, limit: int = 8) -> list[list[tuple[int, int]]]:
    """The ways (at most ``limit``) to cut rows ``start``…``end`` into runs, one per label, each label on its run's
    middle row (the upper one of two). (Worked out label by label, not by recursion: a long table has more labels
    than Python's stack has frames.)"""

    def ends(i: int, s: int) -> list[int]:  # where label i's run may end when it starts at row s
        at = labels[i]
        return [e for e in (2 * at - s, 2 * at - s + 1) if at >= s and (i + 1 == len(labels) or labels[i + 1] > e)]

    # starts[i]: the rows label i's run may start at with the rest cut (a run starts after the label above it)
    starts: list[set[int]] = [set() for _ in labels] + [{end + 1}]
    for i in range(len(labels) - 1, -1, -1):
        low = labels[i - 1] + 1 if i else start
        starts[i] = {s for s in range(low, labels[i] + 1) if any(e + 1 in starts[i + 1] for e in ends(i, s))}
    out: list[list[tuple[int, int]]] = []
    todo: list[tuple[int, int, list[tuple[int, int]]]] = [(0, start, [])] if labels and start in starts[0] else []
    while todo and len(out) < limit:  # depth first, each label's earlier end first
        i, s, made = todo.pop()
        if i == len(labels):
            out.append(made)
            continue
        todo.extend((i + 1, e + 1, [*made, (s, e)]) for e in reversed(ends(i, s)) if e + 1 in starts[i + 1])
    return out


def _labels(rows: list[list[str]], col: int, start: int, end: int) -> list[int]:
    return [r for r in range(start, end + 1) if col < len(rows[r]) and rows[r][col].strip()]


def _fill(rows: list[list[str]], col: int, spans: list[tuple[int, int]], filled: set[tuple[int, int]]) -> None:
    for s, e in spans:
        text = next(rows[r][col] for r in _labels(rows, col, s, e))
        for r in range(s, e + 1):
            if col < len(rows[r]) and not rows[r][col].strip():
                rows[r][col] = text
                filled.add((r, col))


def centred_levels(table: Table, header_at: int, header: dict[str, int]) -> Table:
    """``table`` with the level cells of the indicator rows under the header at ``header_at`` filled from labels a
    viewer centred in their merged runs (the filled cells a guess); unchanged when the first indicator row writes its
    一级 or the labels fit no single cut."""
    col1, name = header.get("level1"), header.get("name")
    if col1 is None or name is None:
        return table
    end = header_at
    for r in range(header_at + 1, len(table.rows)):
        row = table.rows[r]
        if len(row) <= max(col1, name) or not row[name].strip() or TOTAL_ROW.match(compact(row[0])):
            break
        end = r
    if end <= header_at + 1:
        return table
    rows = [list(row) for row in table.rows]
    labels = _labels(rows, col1, header_at + 1, end)
    if not labels or labels[0] == header_at + 1:  # the first row writes its 一级: read top-down
        return table
    col2 = header.get("level2")
    fitting: list[tuple[list[tuple[int, int]], list[list[tuple[int, int]]]]] = []
    for cut in _cuts(labels, header_at + 1, end):  # a cut of the 一级 whose every run's 二级 labels cut it one way
        parts = []  # (a 二级 run never crosses a 一级 one)
        for s, e in cut:
            inner = _labels(rows, col2, s, e) if col2 is not None else []
            ways = _cuts(inner, s, e, 2) if inner else [[]]
            if len(ways) != 1:
                break
            parts.append(ways[0])
        else:
            fitting.append((cut, parts))
    if len(fitting) != 1:
        return table
    filled: set[tuple[int, int]] = set()
    cut, parts = fitting[0]
    _fill(rows, col1, cut, filled)
    for part in parts:
        if col2 is not None:
            _fill(rows, col2, part, filled)
    return replace(table, rows=rows, guessed=table.guessed | filled) if filled else table
