"""A report saved as CSV text (Excel's "CSV UTF-8": every row padded with commas to the sheet width, a field quoted
only when it holds a comma or a quote) → tab-separated rows, the shape a table pasted from a sheet gives."""

from __future__ import annotations

import csv
from collections import Counter

_MIN_FIELDS = 4  # a row of a form: label, three figures at least
_MIN_ROWS = 5


def csv_rows(text: str) -> str:
    """When most non-empty lines parse as CSV rows of one width (four fields or more) and the text has no tabs or
    pipes, each of those lines as tab-separated cells (trailing empty fields dropped); otherwise the text unchanged."""
    if text.count(",") < _MIN_FIELDS * _MIN_ROWS or "\t" in text or "|" in text:
        return text
    lines = text.splitlines()
    parsed = [next(csv.reader([line]), []) if "," in line else [] for line in lines]
    widths = Counter(len(fields) for fields in parsed if len(fields) >= _MIN_FIELDS)
    if not widths:
        return text
    width, rows = widths.most_common(1)[0]
    if rows < _MIN_ROWS or rows * 2 < sum(1 for line in lines if line.strip()):
        return text
    out: list[str] = []
    for line, fields in zip(lines, parsed, strict=True):
        if len(fields) == width:
            while fields and not fields[-1].strip():
                fields.pop()
            out.append("\t".join(field.replace("\t", " ") for field in fields))
        else:
            out.append(line)
    return "\n".join(out) + ("\n" if text.endswith("\n") else "")
