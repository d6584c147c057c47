"""What makes a Markdown table: its rule under the header; and tables written without their outer pipes (GFM
allows it): "项目资金（万元） |   | 年初预算数 | …" over ":---: | :---: | …", each row's cells between its pipes.
A row opening on a pipe ("  | 年度资金总额 | 2260.00 | …", its first cell left empty under a merged label) is
ambiguous in Markdown itself — the pipe may be the table's edge or close an empty first cell —, so the header's
width decides: a row as wide as the header with that cell kept keeps it; a pipe closing a row ("… | 15 | 15 |")
closes it when the row is one cell wider without it."""

from __future__ import annotations

import re

from jixiao.readers.textnorm import pipe_cells

# no two runs of spaces side by side: a rule followed by a long run of spaces must fail in linear time; a cell of the
# rule left blank ("|---|  |---:|", a copy that lost one) is still the rule, not a row (see is_rule)
PIPE_RULE = re.compile(r"^\s*(?:\|\s*)?:?-{2,}:?\s*(?:\|\s*(?::?-{2,}:?\s*)?)*$")


def is_rule(line: str) -> bool:
    """A Markdown rule: dashes in most of its cells ("|---|  |---:|" lost one; "| --- ||||||" is a row of empty
    cells, a row break, not a rule)."""
    if not PIPE_RULE.match(line):
        return False
    text = line.strip()
    cells = text[text.startswith("|"):len(text) - text.endswith("|")].split("|")
    dashed = sum(1 for cell in cells if cell.strip())
    return dashed > len(cells) - dashed


def bare_pipe_tables(lines: list[str]) -> dict[int, int]:
    """For each line of a Markdown table with no outer pipes (its header, rule and rows), the header's width in
    cells: a header line holding a pipe but opening and closing on none, a rule of as many cells under it, then the
    lines holding a pipe up to the first that holds none (or is another rule)."""
    out: dict[int, int] = {}
    for index in range(1, len(lines)):
        header = lines[index - 1].strip()
        if index - 1 in out or "|" not in header or header.startswith("|") or header.endswith("|") \
                or "-" not in lines[index] or not is_rule(lines[index]):
            continue
        width = len(pipe_cells(header))
        if len(pipe_cells(lines[index].strip().strip("|"))) != width:
            continue
        end = index + 1
        while end < len(lines) and "|" in lines[end] and not is_rule(lines[end]):
            end += 1
        out.update(dict.fromkeys(range(index - 1, end), width))
    return out


def bare_row_cells(line: str, width: int) -> list[str]:
    """A row's cells in a table ``width`` cells wide (see the module): a closing pipe's empty piece dropped, then an
    opening pipe's when the row is still wider than the header."""
    pieces = pipe_cells(line.strip())
    if len(pieces) > width and not pieces[-1].strip():
        pieces.pop()
    if len(pieces) > width and not pieces[0].strip():
        pieces.pop(0)
    return pieces
