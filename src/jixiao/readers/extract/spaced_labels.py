"""A label and its value on a line of their own, set apart by a run of spaces instead of a colon, as a text
layer laid out by columns prints a form's label row ("转移支付名称      戊县饮水安全补助资金")."""

from __future__ import annotations

import re

from jixiao.readers.extract.facts import Facts, ref
from jixiao.readers.extract.outline import Outline
from jixiao.readers.extract.table_labels import label_field, put_labelled

# the label, two spaces or more, one value with no such run inside it (a row of several cells is a table's)
_SPACED = re.compile(r"^\s*([\u4e00-\u9fff()（）]{2,14})[ \u3000]{2,}(\S+(?: \S+)*)\s*$")
_VALUE = 60  # characters a value may take


def extract_spaced_labels(outline: Outline, facts: Facts) -> None:
    for line in outline.lines:
        if "  " not in line.text or len(line.text) > 80:
            continue
        found = _SPACED.match(line.text)
        if found is None or len(found.group(2)) > _VALUE:
            continue
        path = label_field(found.group(1))
        if path and path != "none":
            put_labelled(facts, path, found.group(2), ref(line.location, line.text.strip()))
