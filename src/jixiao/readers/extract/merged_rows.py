"""A table row that is one cell merged across the form ("自评得分：96.78分（优）" repeated in every cell it covers):
a closing statement, read as a line of text, never as a 总分 row whose columns give a full mark."""

from __future__ import annotations

from jixiao.model import GRADE_SYNONYMS
from jixiao.numbers import to_decimal
from jixiao.readers.document import Table
from jixiao.readers.extract.facts import Facts, cell_ref
from jixiao.readers.extract.totals import MAX_TOTAL, closing_statement
from jixiao.readers.textnorm import match_text


def merged_statement(table: Table, r: int, row: list[str], facts: Facts) -> bool:
    """Whether ``row`` is one text across the row holding a total or a grade (then read into ``facts``)."""
    texts = {cell.strip() for cell in row if cell.strip()}
    if len(row) < 2 or len(texts) != 1:
        return False
    text = texts.pop()
    total, grade = closing_statement(match_text(text))
    if total is None and grade is None:
        return False
    col = next(c for c, cell in enumerate(row) if cell.strip())
    if total is not None and (value := to_decimal(total.group(1) or total.group(2))) < MAX_TOTAL:
        facts.put("stated_total", value, cell_ref(table, r, col, text))
    if grade is not None:
        facts.put("stated_grade", GRADE_SYNONYMS[grade.group(1)].value, cell_ref(table, r, col, text))
    return True
