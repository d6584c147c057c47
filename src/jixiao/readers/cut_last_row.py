"""An excerpt that ends inside a row of cells: "… | 1386.20 | 1352" after rows that each close on a rule ("… | 1352.77 |
97.59 | …|"). The last cell, with no rule after it, may be cut short ("1352" of 1352.77): a figure that never was
written. The text's last line, a row of cells ending with no rule where the row above it closes on one, loses what
follows its last rule."""

from __future__ import annotations


def without_cut_cell(text: str) -> str:
    """``text`` less the unclosed last cell of its last line (see the module)."""
    tail = text.rstrip()
    if "|" not in tail[-400:] or tail.endswith("|"):
        return text
    lines = tail.split("\n")
    filled = [line.rstrip() for line in lines[-6:] if line.strip()]
    if len(filled) < 2 or filled[-1].count("|") < 2 or not filled[-2].endswith("|"):
        return text
    last = lines[-1].rstrip()
    return "\n".join([*lines[:-1], last[: last.rindex("|") + 1]]) + "\n"
