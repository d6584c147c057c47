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


def _row(cells: list[str], roles: list[str]) -> dict[str, str] | None:
    """The row's cells by role: its leading level words, then its name and its target, and nothing after."""
    out: dict[str, str] = {}
    at = 0
    for level in ("level1", "level2"):
        if level in roles and at < len(cells) and pattern(f"levels.{level}").match(compact(cells[at])):
            out[level] = cells[at]
            at += 1
    if list(out) == ["level1"] and "level2" in roles and pattern("levels.level2").match(compact(out["level1"])):
        out = {"level2": out["level1"]}  # one level cell: a new 一级 block opens its 二级 on the same row, so a word
        # of either level alone ("成本指标") is the 二级 of the block above
    if len(cells) - at != 2 or cell_role(cells[at]) is not None:
        return None
    name, target = cells[at], cells[at + 1]
    if not _NAMED.search(TEMPLATE_NUMBER.sub("", match_text(name))) or parse_target(target) is None:
        return None
    return {**out, "name": name, "target": target}


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
