"""A table copied from a web page arrives as one cell per line; rebuild its rows from the headers.

The stream is cut into rows where a header row is recognised (indicator or money columns): the
rows under a header have as many cells as the header has columns; other cells pair up as
"label | value" when the label is a known field or the value is a passage of text.
"""

from __future__ import annotations

import re

from jixiao.readers.document import Table
from jixiao.readers.extract.table_columns import cell_role, money_role
from jixiao.readers.textnorm import compact, match_text

_TOTAL = re.compile(r"^(总分|合计|总计|自评总分|综合得分|得分合计)")
_LABELS = re.compile(r"^(项目名称|主管部门|主管单位|实施单位|单位名称|部门名称|评价结论|存在问题|改进措施|评价等级"
                     r"|自评等级|自评总分|综合得分)")


def is_cell_stream(table: Table) -> bool:
    return len(table.rows) >= 8 and all(len(row) == 1 for row in table.rows)


def _run(cells: list[str], start: int, role: object) -> int:
    """How many consecutive cells from ``start`` have a column role."""
    count = 0
    while start + count < len(cells) and role(cells[start + count]):  # type: ignore[operator]
        count += 1
    return count


def regroup(table: Table) -> Table:
    cells = [row[0] for row in table.rows]
    rows: list[list[str]] = []
    i = 0
    while i < len(cells):
        indicator = _run(cells, i, cell_role)
        money = _run(cells, i, money_role)
        if indicator >= 5:
            rows.append(cells[i: i + indicator])
            i += indicator
            while i + indicator <= len(cells) and not _TOTAL.match(compact(cells[i])):
                rows.append(cells[i: i + indicator])
                i += indicator
            if i < len(cells) and _TOTAL.match(compact(cells[i])):
                end = i + 1
                while end < len(cells) and re.fullmatch(r"[\d.]*", match_text(cells[end]).strip()):
                    end += 1
                rows.append(cells[i:end])
                i = end
            continue
        if money >= 3:
            rows.append(["", *cells[i: i + money]])
            i += money
            while i + money + 1 <= len(cells) and any(re.search(r"\d", c) for c in cells[i + 1: i + money + 1]):
                rows.append(cells[i: i + money + 1])
                i += money + 1
            continue
        label = compact(cells[i])
        if i + 1 < len(cells) and (_LABELS.match(label) or (len(cells[i]) <= 12 and len(cells[i + 1]) >= 12
                                                             and re.search("[。，]", cells[i + 1]))):
            rows.append([cells[i], cells[i + 1]])
            i += 2
            continue
        if cells[i]:
            rows.append([cells[i]])
        i += 1
    return Table(rows, table.name)
