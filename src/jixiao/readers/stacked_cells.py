"""Two columns stacked in one by a line break (an online document's Markdown export: a header cell
"年度指标值<br />实际完成值" over cells "≥28项<br />30项"): each part its own column again."""

from __future__ import annotations

import re

from jixiao.readers.extract.table_columns import cell_role

_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)


def stacked_columns(header: list[str]) -> dict[int, int]:
    """Column → number of parts, for each header cell that stacks two column names or more, each a known role."""
    out: dict[int, int] = {}
    for col, cell in enumerate(header):
        if "<" not in cell:
            continue
        parts = [p.strip() for p in _BREAK.split(cell)]
        roles = [cell_role(p) for p in parts]
        if len(parts) >= 2 and all(roles) and len(set(roles)) == len(roles):
            out[col] = len(parts)
    return out


def unstacked(cells: list[str], stacked: dict[int, int]) -> list[str]:
    """A row's cells with each stacked column split into its parts (missing parts empty)."""
    out: list[str] = []
    for col, cell in enumerate(cells):
        count = stacked.get(col)
        if count is None:
            out.append(cell)
            continue
        parts = [p.strip() for p in _BREAK.split(cell)]
        if len(parts) > count:  # more breaks than columns: the last column keeps the rest
            parts = [*parts[:count - 1], " ".join(parts[count - 1:])]
        out += (parts + [""] * count)[:count]
    return out
