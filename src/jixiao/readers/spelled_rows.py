"""Indicator rows of a system's export printed one row a line, cells cut by spaces, the comparison sign
spelled ">=" and the unit with its description ("%(百分比)"), a description column between the name and
the sign, and a 完成 / 未完成 word before the scores (the Hebei-style 预算项目绩效自评表):

    产出指标 质量指标 符合条件对象覆盖率 享受补贴人数占符合条件人数的比例 >= 98 %(百分比) 100% 完成 25.00 25.00 6.25

Read only under the form's own header words (单项指标得分, 权重占比, 折算得分) on the lines above; the
rows' levels carry down as in a merged cell. Every cell is marked guessed (the header is spread over two
lines, so which figure is the weight is read by position), so no error rests on it alone.
"""

from __future__ import annotations

import re
from functools import cache

from jixiao.lexicon import pattern
from jixiao.numbers import WRITTEN_FIGURE
from jixiao.readers.document import Table

HEADER = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
          "单项指标得分", "权重占比(%)", "单项指标折算得分"]
_GATE = re.compile(r"单项指标得分|权重占比|折算得分")
_SIGNS = {">=": "≥", "<=": "≤", "=": "=", ">": ">", "<": "<", "≥": "≥", "≤": "≤"}
_FIGURE = r"\d{1,3}(?:\.\d{1,2})?"
_HEADER_SPAN = 4  # the header's lines right above the first row


@cache
def _row() -> re.Pattern[str]:
    level1 = pattern("levels.level1").pattern.split("(", 1)[1].split(")", 1)[0]
    level2 = pattern("levels.level2").pattern.split("(", 1)[1].split(")", 1)[0]
    return re.compile(
        rf"^\s*(?:(?P<l1>(?:{level1})指标)\s+)?(?:(?P<l2>(?:{level2})(?:指标)?)\s+)?(?P<name>\S{{2,40}})\s+"
        rf"(?:\S.{{0,80}}?\s+)??(?P<sign>>=|<=|=|>|<|≥|≤)\s*(?P<value>{WRITTEN_FIGURE})\s*(?P<unit>[^\s(（]{{0,6}})"
        r"(?:[(（][^)）]{0,12}[)）])?\s+(?P<actual>\S{1,20})\s+(?:完成|未完成|部分完成)\s+"
        rf"(?P<a>{_FIGURE})\s+(?P<b>{_FIGURE})\s+(?P<c>{_FIGURE})\s*$")


def spelled_rows(lines: list[str]) -> dict[int, tuple[Table, set[int]]]:
    """The first line of each run of such rows → the rows as a table and the lines it covers (the
    header's lines above included)."""
    if not _GATE.search("\n".join(lines[:400])):  # (one search of the head, not one a line)
        return {}
    out: dict[int, tuple[Table, set[int]]] = {}
    index = 0
    while index < len(lines):
        if _row().match(lines[index]) is None:
            index += 1
            continue
        header = [i for i in range(max(0, index - _HEADER_SPAN), index) if _GATE.search(lines[i])]
        start, rows, level1, level2 = index, [], "", ""
        while index < len(lines) and (match := _row().match(lines[index])) is not None:
            level1 = match["l1"] or level1
            level2 = match["l2"] or ("" if match["l1"] else level2)
            target = f"{_SIGNS[match['sign']]}{match['value']}{match['unit']}"
            rows.append([level1, level2, match["name"], target, match["actual"], match["a"], match["b"], match["c"]])
            index += 1
        if not header or len(rows) < 2:
            continue
        first = header[0] - 1 if header[0] > 0 and _row_header(lines[header[0] - 1]) else header[0]
        table = [HEADER, *rows]
        where = f"第{start + 1}行"
        origins = {(r, c): where for r in range(len(table)) for c in range(len(HEADER))}
        guessed = frozenset((r, c) for r in range(1, len(table)) for c in range(len(HEADER)) if table[r][c])
        out[start] = (Table(table, "", origins=origins, guessed=guessed), set(range(first, index)))
    return out


def _row_header(line: str) -> bool:
    """The header's first line ("… 一级指标 二级指标 三级指标 指标分值 …") above the line of its sub-headers."""
    return "一级指标" in line and "三级指标" in line
