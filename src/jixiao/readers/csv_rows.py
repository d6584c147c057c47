"""A report saved as CSV text (Excel's "CSV UTF-8": every row padded with commas to the sheet width, a field quoted
only when it holds a comma or a quote) → tab-separated rows, the shape a table pasted from a sheet gives."""

from __future__ import annotations

import csv
import re
from collections import Counter
from functools import reduce
from itertools import pairwise

from jixiao.lexicon import pattern
from jixiao.readers.textnorm import compact

_MIN_FIELDS = 4  # a row of a form: label, three figures at least
_MIN_ROWS = 5
_QUESTION = pattern("questionnaire_columns.question")
_ANSWER = pattern("questionnaire_columns.answer")


def csv_rows(text: str) -> str:
    """When most non-empty lines parse as CSV rows of one width (four fields or more, or a questionnaire's three)
    and the text has no tabs or pipes, each of those lines as tab-separated cells (trailing empty fields dropped);
    otherwise the text unchanged."""
    if text.count(",") < _MIN_ROWS * 2 or "\t" in text or "|" in text:
        return text
    lines = _quoted_breaks_joined(text.splitlines())
    parsed = [next(csv.reader([line]), []) if "," in line else [] for line in lines]
    asked = _questionnaire_width(parsed)
    if asked is None and text.count(",") < _MIN_FIELDS * _MIN_ROWS:
        return text
    widths = Counter(len(fields) for fields in parsed if len(fields) >= (asked or _MIN_FIELDS))
    if not widths:
        return text
    width, rows = widths.most_common(1)[0]
    ragged = _ragged(lines, parsed)
    if not ragged and (rows < _MIN_ROWS or rows * 2 < sum(1 for line in lines if line.strip())):
        return text
    if _merges_filled(parsed):
        parsed = _unfilled(parsed)
    out: list[str] = []
    for line, fields in zip(lines, parsed, strict=True):
        if len(fields) == width or (ragged and len(fields) >= 2):
            while fields and not fields[-1].strip():
                fields.pop()
            out.append("\t".join(field.replace("\t", " ") for field in fields))
        else:
            out.append(line)
    return "\n".join(out) + ("\n" if text.endswith("\n") else "")


def _questionnaire_width(parsed: list[list[str]]) -> int | None:
    """The width of a questionnaire's rows (序号,问题,回答: three fields, fewer than a form's row) when a row heads
    a question and an answer column, else None."""
    for fields in parsed:
        heads = [compact(field) for field in fields]
        if any(_QUESTION.search(h) for h in heads) and any(_ANSWER.search(h) for h in heads):
            return len(fields)
    return None


_FILLED_RUN = 4  # a label's text in this many adjacent cells: a merge the export filled


def _label(cell: str) -> bool:
    return len(re.findall(r"[\u4e00-\u9fff]", cell)) >= 2


def _merges_filled(parsed: list[list[str]]) -> bool:
    """An export that wrote a merged cell's text into every cell the merge covered (a sheet unmerged with "fill",
    some systems' CSV): a label (two Han characters or more) in four adjacent cells of a row."""
    return any(all(_label(c) and c == fields[i] for c in fields[i + 1: i + _FILLED_RUN])
               for fields in parsed for i in range(len(fields) - _FILLED_RUN + 1) if _label(fields[i]))


def _unfilled(parsed: list[list[str]]) -> list[list[str]]:
    """Each filled merge back to one cell and blanks, as the sheet shows it: a label repeated in the cells after it
    in its row, or in the first two columns below it, kept in its first cell only. Two cells alike and no third
    beside them, under a row that names their columns apart, are two values ("合格,合格": a target and its
    actual), kept both."""
    out = [list(fields) for fields in parsed]
    apart: set[int] = set()  # the columns i whose cells i - 1 and i a row above named apart
    for fields, row in zip(out, parsed, strict=True):
        for i in range(len(fields) - 1, 0, -1):
            if _label(row[i]) and row[i] == row[i - 1] and not (
                    i in apart and (i < 2 or row[i - 2] != row[i]) and (i + 1 == len(row) or row[i + 1] != row[i])):
                fields[i] = ""
        apart = _named_apart(row, apart)
    for k in range(len(out) - 1, 0, -1):
        for j in range(min(2, len(out[k]))):
            if _label(out[k][j]) and j < len(parsed[k - 1]) and parsed[k][j] == parsed[k - 1][j]:
                out[k][j] = ""
    return out


def _named_apart(row: list[str], apart: set[int]) -> set[int]:
    """The columns named apart after ``row``: none after a row a label spans three cells of (a title, a section),
    those it gives two different labels besides when it repeats no label ("年度指标值 | 实际完成值")."""
    if any(_label(a) and a == b == c for a, b, c in zip(row, row[1:], row[2:], strict=False)):
        return set()
    if any(_label(a) and a == b for a, b in pairwise(row)):
        return apart
    return apart | {i for i in range(1, len(row)) if _label(row[i - 1]) and _label(row[i]) and row[i - 1] != row[i]}


def _ragged(lines: list[str], parsed: list[list[str]]) -> bool:
    """A system's export whose rows keep their own widths (no padding to the sheet's): five rows of four fields or
    more, four in five non-empty lines rows of two fields or more (the others section labels with no comma), and no
    sentence's full stop outside a quoted field (prose with figures in 元 is no CSV)."""
    filled = [(line, fields) for line, fields in zip(lines, parsed, strict=True) if line.strip()]
    wide = sum(1 for _, fields in filled if len(fields) >= _MIN_FIELDS)
    rows = sum(1 for _, fields in filled if len(fields) >= 2)
    if wide < _MIN_ROWS:
        return False
    bare = [re.sub(r'"[^"]*"', "", line) for line, _ in filled]
    if rows * 5 >= len(filled) * 4:
        return not any("。" in line for line in bare)
    return _paragraph_rows(filled, bare)


def _paragraph_rows(filled: list[tuple[str, list[str]]], bare: list[str]) -> bool:
    """A report written down a sheet's first column and saved as CSV: its paragraphs one-field rows between the
    tables' rows. The export quotes every field that holds a comma ("2025年支出合计1,234.50元，其中…。",
    "68,500,000.00"), so no sentence's full stop stands beside a comma outside quotes, and some quoted field holds
    one; or, when no field needed quoting, the paragraphs' comma is the Chinese one (some line holds "，") and
    no line outside quotes mixes it with the ASCII one (prose whose amounts carry bare separators does:
    "收入1,234.50元，其中…"; prose typed with the ASCII comma alone, "实有44人,内设…", holds no "，")."""
    if any("。" in line and "," in line for line in bare):
        return False
    return any("," in field for _, fields in filled for field in fields) or \
        (any("，" in line for line in bare) and not any("，" in line and "," in line for line in bare))


_MAX_CELL_LINES = 20  # the most lines one quoted cell is joined over (an unclosed quote joins nothing)


def _quoted_breaks_joined(lines: list[str]) -> list[str]:
    """``lines`` with a quoted field that holds line breaks ("…,\"偏差原因一\n偏差原因二\",…": a cell with several
    lines, as Excel quotes it) joined into its row's line (:func:`_joined`); the lines it took are left blank, so
    every later line keeps its number."""
    out = list(lines)
    i = 0
    while i < len(out):
        if out[i].count('"') % 2:
            end = next((j for j in range(i + 1, min(i + _MAX_CELL_LINES, len(out)))
                        if sum(line.count('"') for line in out[i: j + 1]) % 2 == 0), None)
            if end is not None:
                out[i] = reduce(_joined, out[i + 1: end + 1], out[i])
                out[i + 1: end + 1] = [""] * (end - i)
                i = end
        i += 1
    return out


def _joined(line: str, more: str) -> str:
    """A cell's line and its next: a break between two Han characters is nothing (a name wrapped in its cell), any
    other a space."""
    return line + more if re.search(r"[\u4e00-\u9fff]$", line) and re.match(r"[\u4e00-\u9fff]", more) \
        else f"{line} {more}"
