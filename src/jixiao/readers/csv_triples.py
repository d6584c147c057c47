"""A form exported as (object, attribute, value) triples — a data warehouse's or a reporting system's "long" CSV,
one line per cell of the form ("指标01,三级指标,某某率", "指标01,分值,10") — → a "【object】" heading per object and a
"attribute：value" line per cell, the lines the label and record readers take (an INI export's shape, ini_pairs).

Only a text most of whose non-empty lines parse as three fields, whose objects come in runs (each holds several
cells) and whose attributes are Chinese words is taken for such an export; its header line (对象,属性,值) is dropped."""

from __future__ import annotations

import csv
import re

from jixiao.lexicon import pattern
from jixiao.readers.textnorm import compact

_OBJECT = pattern("triple_columns.object")
_ATTRIBUTE = pattern("triple_columns.attribute")
_VALUE = pattern("triple_columns.value")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_MIN_TRIPLES = 12
_RUN = 3  # an object holds this many cells on average at least


def csv_triples(text: str) -> str:
    """``text`` rewritten as headings and "attribute：value" lines when it is a CSV of (object, attribute, value)
    triples (nine lines in ten three fields, twelve of them at least, objects in runs, attributes Chinese); otherwise
    unchanged."""
    if text.count(",") < _MIN_TRIPLES * 2 or "\t" in text:
        return text
    lines = [line for line in text.lstrip("\ufeff").splitlines() if line.strip()]
    rows = [next(csv.reader([line]), []) for line in lines]
    if rows and _is_header(rows[0]):
        rows = rows[1:]
    triples = [r for r in rows if len(r) == 3]
    if len(triples) < _MIN_TRIPLES or len(triples) * 10 < len(rows) * 9:
        return text
    runs = [r[0] for k, r in enumerate(triples) if k == 0 or r[0] != triples[k - 1][0]]
    if len(runs) * _RUN > len(triples) or sum(1 for r in triples if _HAN.search(r[1])) * 10 < len(triples) * 9:
        return text
    return "\n".join(triple_lines([(r[0], r[1], r[2]) for r in triples])).lstrip("\n") + "\n"


def triple_lines(triples: list[tuple[str, str, str]]) -> list[str]:
    """(object, attribute, value) triples as lines: a blank line and a "【object】" heading where the object changes,
    then an "attribute：value" line per triple."""
    out: list[str] = []
    for k, (obj, attribute, value) in enumerate(triples):
        if k == 0 or obj != triples[k - 1][0]:
            out += ["", f"【{obj.strip()}】"]
        out.append(f"{attribute.strip()}：{value.strip()}")
    return out


def _is_header(fields: list[str]) -> bool:
    """A header naming the three columns: 对象 / 属性 / 值 and their kin."""
    return len(fields) == 3 and all(p.search(compact(f)) for p, f in zip((_OBJECT, _ATTRIBUTE, _VALUE), fields,
                                                                           strict=True))
