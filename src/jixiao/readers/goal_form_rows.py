"""A 绩效目标表's indicator block copied as " |" lines, mid-form under its money and goal rows: the header line names
the block's columns after the form's side label merged down the rows ("绩 效 指 标 | 一级指标 | 二级指标 | 三级指标 |
指标值 | |"), and each row below prints only the cells it opens, its merged 一级 and 二级 cells left out ("质量指标 |
指标1:某某率 | 100% | |||"); the template's empty slots ("指标2: | |||||", "…… |") sit between. No header of the flat
reader is a goal header alone (a 完成值 column may follow in flattened text), so the lines were left as text.

Here the header line closes on its 指标值 (nothing after it), so no column follows: each row is read by content, in
the header's order — a 一级 word, a 二级 word (the lexicon's levels), the name, the target —, every cell located at its
line, and the rows become the neutral goal table the extractors know (levels carried down as for any table). The
template's slots are passed over; the first line that is none of these ends the block. A block any of whose lines
another reader took stays that reader's (text_blocks)."""

from __future__ import annotations

import re

from jixiao.lexicon import pattern
from jixiao.readers.document import Table
from jixiao.readers.extract.table_columns import cell_role
from jixiao.readers.extract.table_indicator_cells import TEMPLATE_NUMBER
from jixiao.readers.extract.values import parse_target
from jixiao.readers.textnorm import compact, match_text

_ORDER = ("level1", "level2", "name", "target")
_SLOT = re.compile(r"^[….。·]+$")  # "……" / "…": a template's row left unfilled
_OUTER_PIPE = re.compile(r"^\s*[|｜]")  # a row opening on its pipe: a Markdown or pipe table, its own reader's
_NAMED = re.compile(r"[\u4e00-\u9fff]{2}")  # a name has words


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.split("|") if cell.strip()]


def _header(cells: list[str]) -> list[str] | None:
    """The header's roles in order (一级 | 二级 | 三级 | 指标值, the 二级 optional) after an optional side label."""
    roles = [cell_role(cell) for cell in cells]
    if roles[:1] == ["name_weak"]:  # "绩效指标" merged down the block's left side
        roles = roles[1:]
    if roles not in (list(_ORDER), ["level1", "name", "target"]):
        return None
    return [str(role) for role in roles]


def _is_slot(cells: list[str]) -> bool:
    """A template's empty slot ("指标2:" with no name, "……"), maybe after its level words: no indicator."""
    blank = [cell for cell in cells
             if _SLOT.match(compact(cell)) or not TEMPLATE_NUMBER.sub("", match_text(cell)).strip()]
    return bool(blank) and all(cell in blank or _level(cell) for cell in cells)


def _level(cell: str) -> bool:
    return bool(pattern("levels.level1").match(compact(cell)) or pattern("levels.level2").match(compact(cell)))


def _leading_levels(cells: list[str], roles: list[str]) -> tuple[dict[str, str], int]:
    """A row's leading level words by level, and how many cells they take. One level cell alone that could be either
    level ("成本指标") is the 二级 of the block above: a new 一级 block opens its 二级 on the same row."""
    out: dict[str, str] = {}
    for level in ("level1", "level2"):
        if level in roles and len(out) < len(cells) and pattern(f"levels.{level}").match(compact(cells[len(out)])):
            out[level] = cells[len(out)]
    if list(out) == ["level1"] and "level2" in roles and pattern("levels.level2").match(compact(out["level1"])):
        out = {"level2": out["level1"]}
    return out, len(out)


def _name_and_target(name: str, target: str) -> bool:
    """``name`` an indicator's name (words, no header word) and ``target`` a target."""
    return cell_role(name) is None and bool(_NAMED.search(TEMPLATE_NUMBER.sub("", match_text(name)))) \
        and parse_target(target) is not None


def _row(cells: list[str], roles: list[str]) -> dict[str, str] | None:
    """The row's cells by role: its leading level words, then its name and its target, and nothing after."""
    out, at = _leading_levels(cells, roles)
    if len(cells) - at != 2 or not _name_and_target(cells[at], cells[at + 1]):
        return None
    return {**out, "name": cells[at], "target": cells[at + 1]}


def goal_form_blocks(lines: list[str]) -> list[tuple[list[int], Table]]:
    """Each block's lines (its header's first) and its goal table."""
    out: list[tuple[list[int], Table]] = []
    for i, line in enumerate(lines):
        if "指标" not in line or "|" not in line or _OUTER_PIPE.match(line) or (out and i <= out[-1][0][-1]):
            continue
        roles = _header(_cells(line))
        if roles is None:
            continue  # (every cell of the line is the header's: nothing after its 指标值)
        rows, used = [_cells(line)[-len(roles):]], [i]
        origins: dict[tuple[int, int], str] = {(0, c): f"第{i + 1}行" for c in range(len(roles))}
        for j in range(i + 1, len(lines)):
            cells = [] if _OUTER_PIPE.match(lines[j]) else _cells(lines[j])
            row = _row(cells, roles) if cells else None
            if row is None and cells and _is_slot(cells):
                used.append(j)
                continue
            if row is None:
                break
            origins |= {(len(rows), c): f"第{j + 1}行" for c in range(len(roles))}
            rows.append([row.get(role, "") for role in roles])
            used.append(j)
        if len(rows) >= 2:
            out.append((used, Table(rows, f"第{i + 1}行目标表", origins=origins)))
    return out


# -- the same block in the other flattened shapes: one cell a line (blank lines between, or each cell ending in
# " |"), or each row on one line, its cells a space apart. No line says where a row ends, so the cells are read as
# one stream from the header on, by content in the header's order; a target must be a figure with its unit ("25人",
# "≥95%") for the stream to say where a row ends (a worded target ends the block: its rows stay text).
_FIGURE_TARGET = re.compile(r"^(?:[≥≤＞＜><=≈]|不[低少高多]于|不超过|达到|[大小高低]于)?\d+(?:\.\d+)?"
                            r"(?:%|％|[\u4e00-\u9fff]{1,3}|/[\u4e00-\u9fff]{1,2})?$")


def _stream(lines: list[str], start: int) -> list[tuple[str, int]]:
    """The cells from ``start`` on, each with its line: split at pipes, else at spaces; blank lines pass."""
    return [(cell, j) for j in range(start, len(lines))
            for cell in (_cells(lines[j]) if "|" in lines[j] else lines[j].split())]


def _stream_header(cells: list[tuple[str, int]]) -> tuple[int, list[str]]:
    """How many of the cells make a goal header closing on its 指标值 (no column after it), and its roles."""
    skip = 1 if cells and cell_role(cells[0][0]) == "name_weak" else 0
    for roles in (_ORDER, ("level1", "name", "target")):
        got = [cell_role(cell) for cell, _ in cells[skip:skip + len(roles) + 1]]
        if tuple(got[:len(roles)]) == roles and (len(got) == len(roles) or got[-1] is None):
            return skip + len(roles), list(roles)
    return 0, []


def goal_stream_blocks(lines: list[str]) -> list[tuple[list[int], Table]]:
    """Each block's lines (its header's first) and its goal table, for the shapes with no row on a line of its own."""
    out: list[tuple[list[int], Table]] = []
    for i, line in enumerate(lines):
        if "指标" not in line or _OUTER_PIPE.match(line) or (out and i <= out[-1][0][-1]):
            continue
        cells = _stream(lines[i:i + 8], 0)
        size, roles = _stream_header(cells)
        if not size:
            continue
        first = cells[size - len(roles)][1] + i  # (a side label alone on its line is no part of the table)
        table = _stream_rows(_stream(lines, first), size - (first != i), roles, first)
        if table is not None:
            out.append(table)
    return out


def _stream_rows(cells: list[tuple[str, int]], at: int, roles: list[str],
                 first: int) -> tuple[list[int], Table] | None:
    """The rows read by content from cell ``at`` on, up to the line before the first cell that fits none."""
    rows: list[tuple[dict[str, str], int, int]] = []  # (cells by role, first line, last line)
    while at < len(cells):
        start = at
        row, taken = _leading_levels([cell for cell, _ in cells[at:at + 2]], roles)
        at += taken
        if at < len(cells) and _is_slot([cells[at][0]]):
            at += 1
            continue
        if at + 1 >= len(cells) or not _FIGURE_TARGET.match(compact(cells[at + 1][0])) \
                or not _name_and_target(cells[at][0], cells[at + 1][0]):
            at = start
            break
        rows.append(({**row, "name": cells[at][0], "target": cells[at + 1][0]}, cells[start][1], cells[at + 1][1]))
        at += 2
    end = cells[at][1] - 1 if at < len(cells) else cells[-1][1]  # the line the block stops in is none of its own
    rows = [row for row in rows if row[2] <= end]
    if len(rows) < 2:  # (one row a stream happens to give is no table)
        return None
    origins = {(0, c): f"第{first + 1}行" for c in range(len(roles))}
    for r, (_, line_at, _) in enumerate(rows, start=1):
        origins |= {(r, c): f"第{line_at + 1}行" for c in range(len(roles))}
    return (list(range(first, end + 1)),
            Table([[{"level1": "一级指标", "level2": "二级指标", "name": "三级指标", "target": "指标值"}[role]
                    for role in roles], *([row.get(role, "") for role in roles] for row, _, _ in rows)],
                  f"第{first + 1}行目标表", origins=origins))
