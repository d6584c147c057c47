"""A form's indicator table broken in two by a page break: the second table goes on where the first stopped.

Its header row repeated at the top, the rows that open the second table with empty 一级 / 二级 cells (a merged cell
that ran over the page) take the levels of the last indicator of the first; a lone 合计 / 总分 row (a PDF table whose
last row, merged over the label columns, came out as a table of its own) is the first table's total row. Its header
not repeated (Word cuts the table at the page and the second part starts with a row of figures), the second table is
read with the first's header when it has the first's width and its first row reads as an indicator under it: a name
and a figure in each of its weight and score columns. After a table that closes a whole form (its total row stating
the sum of its weights), a table under its own indicator header continues nothing: it is another form's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from jixiao.model import SourceRef
from jixiao.readers.document import Document, Paragraph, Table
from jixiao.readers.extract.facts import Facts, IndicatorDraft
from jixiao.readers.extract.table_columns import indicator_headers
from jixiao.readers.extract.table_total_row import TOTAL_ROW
from jixiao.readers.textnorm import compact

_BETWEEN = re.compile(r"(?:续表|续)?")
_FIGURE = re.compile(r"[0-9]+(?:\.[0-9]+)?%?")  # what may stand between the halves (compacted: "（续）" is 续)
_WEIGHT = re.compile(r"^\d{1,3}(?:\.\d+)?$")


@dataclass(frozen=True)
class Continued:
    """What a table takes from the indicator table it continues."""

    levels: dict[str, str] = field(default_factory=dict)  # level → the last indicator's
    refs: dict[str, SourceRef] = field(default_factory=dict)  # level → where it was written
    header: dict[str, int] | None = None  # the first table's indicator header, for a lone total row
    columns: dict[str, int] | None = None  # the first table's indicator header, for rows under no header of their own


def continued(document: Document, previous: tuple[int, Table, list[IndicatorDraft]] | None,
              index: int, table: Table) -> Continued:
    """What the table at ``index`` continues of ``previous`` (the table before it, where it stands, and its
    indicators): nothing unless only empty paragraphs (or 续表) stand between them."""
    if previous is None or not table.rows:
        return Continued()
    at, before, drafts = previous
    if not drafts or not all(isinstance(b, Paragraph) and _BETWEEN.fullmatch(compact(b.text))
                             for b in document.blocks[at + 1: index]):
        return Continued()
    if len(table.rows) == 1 and TOTAL_ROW.match(compact(table.rows[0][0])):
        header = next((found[0] for row in before.rows if (found := indicator_headers(row))), None)
        return Continued(header=header)
    last = next((d for d in reversed(drafts) if "level1" in d.fields), None)
    if last is None:
        return Continued()
    levels: dict[str, str] = {k: str(last.fields[k]) for k in ("level1", "level2") if k in last.fields}
    refs = {k: last.refs[k] for k in levels if k in last.refs}
    if not indicator_headers(table.rows[0]):
        header = _headless_columns(before, table)
        return Continued(levels, refs, columns=header) if header is not None else Continued()
    head = [compact(cell) for cell in table.rows[0]]
    if not any([compact(cell) for cell in row] == head for row in before.rows):
        return Continued()
    return Continued(levels, refs)


def _headless_columns(before: Table, table: Table) -> dict[str, int] | None:
    """The indicator header of ``before`` when ``table`` goes on under it with no header of its own: the same
    width, and its first row an indicator under that header (a name, a figure as weight and as score)."""
    width = len(before.rows[0])
    header = next((found[0] for row in before.rows if (found := indicator_headers(row))), None)
    first = table.rows[0]
    if header is None or len(first) != width or any(len(row) != width for row in table.rows):
        return None
    if not {"name", "weight", "score"} <= header.keys() or not compact(first[header["name"]]):
        return None
    return header if all(_FIGURE.fullmatch(compact(first[header[k]])) for k in ("weight", "score")) else None


def closed_form(table: Table, drafts: list[IndicatorDraft]) -> bool:
    """Whether ``table`` is a whole indicator form: its last row a total row (合计 / 总分 …) one of whose figures is
    the sum of its indicators' weights. A table with its own indicator header after it is another form's (a project
    form appended to a unit's, its title and 项目名称 lines left elsewhere, as a text joined into one line gives
    them), never more rows of this one. A money block's rate row (read outside any indicator table) closes no form:
    its 合计 row's 分值 is the rate's own weight."""
    scored = [d for d in drafts if not d.goal and d.placed]
    rows = [row for row in table.rows if any(cell.strip() for cell in row)]
    if not scored or not rows or any(not isinstance(d.fields.get("weight"), Decimal) for d in scored):
        return False
    first = next(cell for cell in rows[-1] if cell.strip())
    if not TOTAL_ROW.match(compact(first)):
        return False
    weights = sum((d.fields["weight"] for d in scored), Decimal(0))
    return any(_WEIGHT.fullmatch(c := compact(cell)) and Decimal(c) == weights for cell in rows[-1])


def another_forms_table(table: Table, drafts: list[IndicatorDraft], facts: Facts) -> bool:
    """Whether ``table``, read after a :func:`closed_form`, is another form's indicator table (its own header on its
    first row, scored rows under it): then not read, with a warning."""
    if not table.rows or not indicator_headers(table.rows[0]) or all(d.goal for d in drafts):
        return False
    facts.warn(f"上一张指标表已以合计行结束，其后另起表头的指标表（{len(drafts)} 项）视为另一张自评表，未计入本表")
    return True
