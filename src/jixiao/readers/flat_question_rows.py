"""A questionnaire table flattened ("序号" / "评价问题" / "单位回答" / "分值" / "得分", then each row's cells in that
order: one a line, " |" cells, a row a line or the whole table on one line). The heads fix the columns; each row
opens on its serial number (the next whole number) or a 合计 / 总分 word, its question and its answer follow, then its
marks (as many figures as the heads have mark columns, or none). The rows make the table a Word file gives, for
:func:`jixiao.readers.question_tables.question_table` to read."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import islice

from jixiao.lexicon import pattern
from jixiao.readers.extract.table_columns import cell_role
from jixiao.readers.flat_table_cells import MARK_CELL, FlatTable, is_total
from jixiao.readers.flat_token import Token, spaced_pieces
from jixiao.readers.textnorm import compact

_QUESTION = pattern("questionnaire_columns.question")
_ANSWER = pattern("questionnaire_columns.answer")
_SERIAL_HEAD = "序号"
_MOST_HEADS = 8
_MIN_ROWS = 2


def _heads(pieces: list[tuple[str, int]]) -> int | None:
    """How many of the first pieces are the questionnaire's column heads (a question head, an answer head right
    after it, 序号 before it and mark heads after allowed), else None."""
    texts: list[str] = []
    for text, _ in pieces:
        key = compact(text)
        if not (key == _SERIAL_HEAD or _QUESTION.search(key) or _ANSWER.search(key)
                or cell_role(key) in ("weight", "score")):
            break
        texts.append(key)
    question = next((c for c, text in enumerate(texts) if _QUESTION.search(text)), None)
    if question is None or question + 1 >= len(texts) or not _ANSWER.search(texts[question + 1]) \
            or texts[:question] not in ([], [_SERIAL_HEAD]) \
            or any(cell_role(text) not in ("weight", "score") for text in texts[question + 2:]):
        return None
    return len(texts)


def question_rows(tokens: Sequence[Token], i: int) -> tuple[FlatTable, int] | None:
    """The questionnaire table whose heads start at ``i`` and the index of the token past its last row, else
    None (no question and answer heads, fewer than two rows). A row whose marks are fewer than the mark columns
    has them in the first of those columns, guessed (which of its cells were left empty is not in the text)."""
    heads = _heads(list(islice(spaced_pieces(tokens, i), _MOST_HEADS)))
    if heads is None:
        return None
    pieces = list(spaced_pieces(tokens, i))
    serial = compact(pieces[0][0]) == _SERIAL_HEAD
    marks = heads - 2 - int(serial)
    table = FlatTable()
    table.add([text for text, _ in pieces[:heads]], [tokens[k].line for _, k in pieces[:heads]])
    texts = [text for text, _ in pieces]
    at, number = heads, 1
    while (row := _row(texts, at, number if serial else None, marks)) is not None:
        cells, at = row
        table.add([pieces[c][0] if c is not None else "" for c in cells],
                  [tokens[pieces[c][1]].line if c is not None else None for c in cells],
                  _partial(cells[len(cells) - marks:], len(cells) - marks))
        number += 1
    if len(table.rows) <= _MIN_ROWS:
        return None
    end = pieces[at - 1][1] + 1
    table.used.update(range(i, end))
    return table, end


def _partial(figures: list[int | None], first: int) -> range:
    """The mark cells of a row placed by guess: all of them when some of its marks are missing."""
    filled = sum(f is not None for f in figures)
    return range(first, first + filled) if 0 < filled < len(figures) else range(0)


def _row(texts: list[str], at: int, number: int | None, marks: int) -> tuple[list[int | None], int] | None:
    """The piece of each cell of the row from ``at`` (None: an empty cell) and the index past it, else None. The
    row opens on its serial ``number`` (when the table has a 序号 column) or on a total word in the question
    column."""
    opens = texts[at] if at < len(texts) else ""
    cells: list[int | None] = []
    if number is not None and opens == str(number):
        cells, at = [at], at + 1
    elif is_total(opens):
        cells = [None] if number is not None else []
    else:
        return None
    said: list[int] = []  # the question and its answer
    while len(said) < 2 and at < len(texts) and not MARK_CELL.match(texts[at]):
        said.append(at)
        at += 1
        if is_total(texts[said[0]]):
            break  # a total row's answer is empty
    if not said:
        return None
    figures: list[int] = []
    while len(figures) <= marks and at < len(texts) and MARK_CELL.match(texts[at]):
        figures.append(at)
        at += 1
    worded = at < len(texts) and not MARK_CELL.match(texts[at])
    if number is not None and figures and texts[figures[-1]] == str(number + 1) and worded:
        at = figures.pop()  # the next row's serial number
    if len(figures) > marks:
        return None
    return [*cells, *said, *([None] * (2 - len(said))), *figures, *([None] * (marks - len(figures)))], at
