"""A label and its value on a line of their own, set apart by a run of spaces instead of a colon, as a text
layer laid out by columns prints a form's label row ("转移支付名称      戊县饮水安全补助资金"), or by a tab, as a
sheet's or a system's export gives a two-cell row ("评价年度<TAB>2024年度")."""

from __future__ import annotations

import re

from jixiao.readers.extract.facts import Facts, ref
from jixiao.readers.extract.outline import Line, Outline
from jixiao.readers.extract.table_labels import put_labelled
from jixiao.readers.label_fields import label_field

# the label, two spaces or more, one value with no such run inside it (a row of several cells is a table's)
_SPACED = re.compile(r"^\s*([\u4e00-\u9fff()（）]{2,14})(?:[ \u3000]{2,}|[ \u3000]*\t[ \u3000]*)(\S+(?: \S+)*)\s*$")
_VALUE = 60  # characters a value may take
# "部门(单位)名称 某某中心 部门预算编码 9010…": a label, one space, its value, then at most one more label and value
_SINGLE = re.compile(r"^\s*([^\s:]{2,14}) ([^\s:]{2,40})(?: ([^\s:]{2,14}) [^\s:]{1,40})?\s*$")
_LABEL_END = re.compile(r"(?:编码|代码|名称|单位|部门|电话|日期|联系人)$")  # a label this reader keeps no value of


def extract_spaced_labels(outline: Outline, facts: Facts) -> None:
    for line in outline.lines:
        if ("  " not in line.text and "\t" not in line.text) or len(line.text) > 80:
            if " " in line.text and len(line.text) <= 80:
                _single_spaced(line, facts)
            continue
        found = _SPACED.match(line.text)
        if found is None or len(found.group(2)) > _VALUE:
            continue
        path = label_field(found.group(1))
        if path and path != "none":
            put_labelled(facts, path, found.group(2), ref(line.location, line.text.strip()))


def _single_spaced(line: Line, facts: Facts) -> None:
    """A label and its value set apart by one space, with the next label and its value after them on the line."""
    found = _SINGLE.match(line.text)
    if found is None:
        return
    path = label_field(found.group(1))
    if path is None or path == "none":
        return
    after = found.group(3)
    if after and label_field(after) is None and not _LABEL_END.search(after):
        return  # "项目名称 某某 工程 建设" : words of one value, no second label
    put_labelled(facts, path, found.group(2), ref(line.location, line.text.strip()))
