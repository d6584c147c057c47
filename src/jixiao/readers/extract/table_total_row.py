"""A score table's 总分 row (the total, the full mark, a grade) and the subtotal rows that are not it."""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.lexicon import pattern
from jixiao.model import GRADE_SYNONYMS
from jixiao.readers.document import Table
from jixiao.readers.extract.facts import Facts, cell_ref, ref
from jixiao.readers.extract.table_indicator_cells import row_cell
from jixiao.readers.extract.totals import MAX_TOTAL, full_in_label, grade_word
from jixiao.readers.extract.values import number_in
from jixiao.readers.textnorm import compact, match_text

SUBTOTAL_ROW = re.compile(r"^(小计|.{0,12}小计)$")
TOTAL_ROW = pattern("total_row")  # (match: a first cell that opens on a total's word, "合计（100分）")
_BARE_FIGURE = re.compile(r"[\d.]+%?")
FIGURE_CELL = re.compile(r"^\d{1,3}(?:\.\d+)?\s*分?$")  # a cell of one score ("96.5", "96.5分")


def subtotal_row(row: list[str]) -> bool:
    """产出指标小计 | 50 | 43.59: a block's subtotal, its label the row's first text cell (past a 序号 or empty cells)
    or its text cells before the first figure joined (a flattened row may cut it into 满意度指标 | 小计)."""
    label, first = "", ""
    for cell in row:
        text = compact(cell)
        if _BARE_FIGURE.fullmatch(text):
            if label:
                break
            continue  # a 序号 before the label
        label += text
        first = first or text
    return SUBTOTAL_ROW.search(first) is not None or SUBTOTAL_ROW.search(label) is not None


def _unscored_weights(table: Table, r: int, header: dict[str, int]) -> Decimal | None:
    """The sum of the weights of the form's rows above a total row when none of them holds a score (a form sent
    in with its scores left blank): a number in the total row equal to it, or the standard 100, is the full mark
    (the rows above may be only part of the form), not a total."""
    if "score" not in header or "weight" not in header or _column_sum(table, r, header, "score") is not None:
        return None
    return _column_sum(table, r, header, "weight")


def _column_sum(table: Table, r: int, header: dict[str, int], role: str) -> Decimal | None:
    """The sum of the figures in ``role``'s column of the rows above row ``r``, when two or more stand there."""
    found = [n for row in table.rows[:r] if (n := number_in(row_cell(row, header, role))) is not None]
    return sum(found, Decimal(0)) if len(found) >= 2 else None


def _weights_sum_moved(table: Table, r: int, header: dict[str, int], value: Decimal) -> bool:
    """Whether a short total row's lone figure, read outside the score column, is the weights' sum above it
    ("合计（满分100分） | 90" over weights of 40, 30 and 20 scored 85.5, the money block's 10 points apart), not a
    total: it equals the weights' sum and not the scores'."""
    if "weight" not in header or "score" not in header:
        return False
    return value == _column_sum(table, r, header, "weight") != _column_sum(table, r, header, "score")


def subtotal_before_total(table: Table, r: int, header: dict[str, int]) -> bool:
    """合计 | 90 | 89 with 自评总分 | 98.72 in one of the next rows: the 合计 sums the indicator rows (the money
    block's points stand apart), the form's total is the row below."""
    row = table.rows[r]
    if _scored_label(row[0]):
        return False
    full = number_in(row_cell(row, header, "weight"))
    if full is None or full >= 100:
        return False
    for later in table.rows[r + 1:r + 4]:
        label = next((compact(cell) for cell in later[:3] if compact(cell)), "")
        if TOTAL_ROW.match(label) and _scored_label(label) and any(number_in(c) is not None for c in later[1:]):
            return True
    return False


def _scored_label(cell: str) -> bool:
    return "得分" in compact(cell) or "总分" in compact(cell)


def _total_under_labelled_full(row: list[str], header: dict[str, int]) -> tuple[int, Decimal] | None:
    """"综合得分（满分100分） | 96.96" under 权重 | 得分: a row cut short of its score column whose label states the
    full mark; its one figure, below that mark, is the total, though it stands under the weights."""
    full = full_in_label(row[0]) if row and "score" in header and len(row) <= header["score"] else None
    figures = [(c, n) for c, cell in enumerate(row[1:], 1) if (n := number_in(cell)) is not None]
    return figures[0] if full is not None and len(figures) == 1 and figures[0][1] < full else None


def total_row(table: Table, r: int, row: list[str], header: dict[str, int], facts: Facts) -> None:
    """总分 | 100 | 96 | 优: the total from the score column, the full mark from the weight column,
    a grade from any cell. A row too short for its header (merged label cells, cells dropped by a web
    page) is read by content: two numbers are the full mark and the total, one number the total."""
    scored = _scored_label(row[0])  # 自评得分 | 97.72: the total itself
    if "deduction" in header and "score" not in header and not scored:  # 合计 | 100 | 3.26: the full mark and
        full = number_in(row_cell(row, header, "weight"))  # the deductions' sum, no total (a closing line may state it)
        if full is not None:
            facts.put("full_mark", full, cell_ref(table, r, header["weight"], row_cell(row, header, "weight")))
        return
    score_text = row_cell(row, header, "score")
    value = number_in(score_text) if score_text else None
    col = header.get("score", 0)
    limit = MAX_TOTAL  # the score column's total is kept as stated, above 100 too (the checks flag it)
    full_col: int | None = header.get("weight") if number_in(row_cell(row, header, "weight")) is not None else None
    if value is None and (lone := _total_under_labelled_full(row, header)) is not None:
        (col, value), full_col = lone, None
    if value is None:  # a short or shifted row: its last number, never the weights' sum in the weight column
        numbers = [(c, number_in(cell)) for c, cell in enumerate(row)
                   if number_in(cell) is not None and c != header.get("weight") and cell.strip() != row[0].strip()]
        distinct = list(dict.fromkeys(c for c, _ in numbers))
        if numbers:
            col, value = numbers[-1]
            limit = Decimal(100)  # a number in some other column: only a plausible score
            if full_col is None and len(distinct) >= 2:
                full_col = distinct[-2]
    if value is not None and col != header.get("score") and _weights_sum_moved(table, r, header, value):
        value = None
    unscored = _unscored_weights(table, r, header)
    full_mark = value if value is not None else number_in(row_cell(row, header, "weight"))  # (合计 | 100 under 分值)
    if full_mark is not None and unscored is not None and full_mark in (unscored, Decimal(100)):
        at = col if value is not None else header["weight"]  # 合计 | 100 | (scores blank): the weights' sum, no total
        facts.put("full_mark", full_mark, cell_ref(table, r, at, row[at]))
        return
    full = number_in(row[full_col]) if full_col is not None else None
    known = facts.get("stated_total")
    if not scored and full is not None and value is not None and isinstance(known, Decimal) \
            and value <= full < min(known, Decimal(100)):
        return  # 合计 | 90 | 86.67 below a stated 96.42: the indicators' subtotal, the money block's points apart
    if value is not None and value <= limit:
        # 合计 | 90 | 89 with no total above: the indicators' subtotal may be (the money block's points apart, the
        # form's total in a label cell below), a guess that a total a label states replaces
        short = not scored and full is not None and value <= full < min(facts.get("full_mark") or 100, 100)
        facts.put("stated_total", value, ref(table.cell_location(r, col), row[col], guessed=True) if short
                  else cell_ref(table, r, col, row[col]), weak=short)
    # the weights' sum is the full mark; a total above it is a slip in the scores (the checks flag it)
    # when that sum is the standard 100, else a column read wrongly
    if full_col is not None and full is not None and value is not None and (full >= value or full == 100):
        facts.put("full_mark", full, cell_ref(table, r, full_col, row[full_col]))
    for c, cell in enumerate(row):
        if (full_mark := full_in_label(cell)) is not None:  # "总分（100分）| 96": the label states the full mark
            facts.put("full_mark", full_mark, cell_ref(table, r, c, cell))
            break
    grade_in_total_row(table, r, 0, facts)


def grade_in_total_row(table: Table, r: int, col: int, facts: Facts) -> None:
    """The grade a total's row states, its label in cell ``col``: in a cell of its own past the label ("总分 | 100 |
    96 | 优", "综合得分 | 100 | 96.96 | 优秀"), or the label's last word ("总分 良 | 100 | 92.5": a flattened row's
    grade moved into the label's cell; letter-spaced, "总　分 良", the same). None when the words past the label name
    different grades (a band's words) or the first stands before the row's first figure."""
    row = table.rows[r]
    label = row[col]
    parts = label.split()
    spaced = len(parts) > 2 and TOTAL_ROW.fullmatch(compact("".join(parts[:-1])))
    if word := grade_word(label) or (grade_word(parts[-1]) if len(parts) == 2 or spaced else None):
        facts.put("stated_grade", GRADE_SYNONYMS[word].value, cell_ref(table, r, col, label))
        return
    past = [(c, cell) for c, cell in enumerate(row) if c > col and cell.strip() and cell != label]
    words = [(c, cell, word) for c, cell in past if (word := grade_word(cell)) is not None]
    first_figure = next((c for c, cell in past if FIGURE_CELL.match(match_text(cell.strip()))), None)
    if not words or len({GRADE_SYNONYMS[w] for _, _, w in words}) > 1 \
            or (first_figure is not None and words[0][0] < first_figure):
        return
    c, cell, word = words[0]
    facts.put("stated_grade", GRADE_SYNONYMS[word].value, cell_ref(table, r, c, cell))
