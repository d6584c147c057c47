"""A score sheet copied one cell a line with a rule line "|" between cells, and no number column ("一级指标" / "|" /
"二级指标" / "|" … "评分标准" / "|" / "分值" / "|" / "自评得分" / "|" / "扣分原因"): nothing marks where a row ends (two
rules in a row are an empty cell, the end of a row looks the same), so each row is found by its figures: the
weight column holds a figure, the score column a figure or nothing, and as many cells follow the weight as the
header has columns right of it. The level cells a merge prints once stand on their first row only, so a row
is aligned to the right. A criteria cell may wrap over several lines ("①…" / "②…" / "③…"): up to
``_WRAP_LINES`` lines with no rule between them are one cell; a last row the page's cut leaves without its right
cells keeps them empty. Rebuilt as cells, the rows read like any pipe table's. A numbered form is left to
``bar_rows``."""

from __future__ import annotations

from jixiao.readers.bar_rows import MIN_BARS, Token, bar_runs, weighted_header
from jixiao.readers.cells import fit
from jixiao.readers.extract.table_columns import cell_role, indicator_header

_BARS = frozenset({"|", "｜"})
_WRAP_LINES = 8  # lines of one wrapped cell (a criteria cell lists its points one a line)
_MIN_HEADER = 4  # cells of a header: a name, a weight and a score column at least, and a level or a rule
_MIN_ROWS = 2


def bar_figure_rows(lines: list[str]) -> dict[int, list[str]]:
    """Line index → the cells of the row that ends there (the form's other lines map to ``[]``: read past)."""
    if sum(1 for line in lines if line.strip() in _BARS) < MIN_BARS:
        return {}
    rows: dict[int, list[str]] = {}
    for tokens in bar_runs(lines, _WRAP_LINES):
        at = 0
        while at < len(tokens):
            header = _header(tokens, at)
            if header is None:
                at += 1
                continue
            cells, end = header
            built = _rows(tokens, end + 1, cells)
            if len(built) < _MIN_ROWS:
                at += 1
                continue
            rows.update({i: [] for i in range(tokens[at][1], tokens[built[-1][0]][2] + 1)})
            rows[tokens[end][2]] = cells
            rows.update({tokens[last][2]: row for last, row in built})
            at = built[-1][0] + 1
    return rows


def _header(tokens: list[Token], at: int) -> tuple[list[str], int] | None:
    """The header starting at token ``at``: the longest run of header cells (each naming a column) that names
    an indicator, a weight and a score column, its first column no number (``bar_rows`` reads those)."""
    end = at
    while end < len(tokens) and tokens[end][0] and cell_role(tokens[end][0]) is not None:
        end += 1
    cells = [text for text, _, _ in tokens[at:end]]
    if len(cells) < _MIN_HEADER or cell_role(cells[0]) == "number" or not weighted_header(cells):
        return None
    return cells, end - 1


def _rows(tokens: list[Token], start: int, header_cells: list[str]) -> list[tuple[int, list[str]]]:
    """Each row under the header, with its last token: found from the left, the first weight cell whose row
    fits ends it; the rows stop at the first run of cells no reading fits."""
    header = indicator_header(header_cells) or {}
    width, weight = len(header_cells), header["weight"]
    tail = width - 1 - weight  # cells right of the weight (the score, a reason …)
    built: list[tuple[int, list[str]]] = []
    at = start
    while at < len(tokens):
        row = next((found for k in range(at + 1, min(at + weight + 1, len(tokens)))
                    if (found := _row(_cells(tokens, at, k + tail), width, header))), None)
        if row is None:
            break
        at = min(at + len(row[1]) - row[0], len(tokens))
        built.append((at - 1, row[1]))
    return built


def _cells(tokens: list[Token], first: int, last: int) -> list[str]:
    """The texts of tokens ``first`` to ``last``; where the page is cut before ``last`` (the last row's reason
    cell, or its score, never printed), the missing cells are empty."""
    texts = [t for t, _, _ in tokens[first:last + 1]]
    return texts + [""] * (last + 1 - first - len(texts))


def _row(cells: list[str], width: int, header: dict[str, int]) -> tuple[int, list[str]] | None:
    """``cells`` set right-aligned in the header's columns (and how many cells were added on the left), when
    the name column holds text, the weight column a figure and the score column a figure or nothing."""
    pad = width - len(cells)
    row = [""] * pad + cells
    name, weight = row[header["name"]].strip(), row[header["weight"]].strip()
    score = row[header["score"]].strip() if "score" in header else ""
    if not name or fit("weight", name) is not None or not weight or fit("weight", weight) is None:
        return None
    if fit("score", score) is None:
        return None
    return pad, row
