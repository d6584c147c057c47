"""Cells of an indicator block's stream that are no cell of its columns, blanked before the rows are cut: a form's
line serials ("3 | 一级指标 | …" over "4 | 产出指标 | …") and a cell that restates the row's name between its figures
(a form whose 全年完成值 is written as the indicator's words and the figure reached).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from jixiao.readers.cells import Kind, kind
from jixiao.readers.flat_token import Token

_FIGURE = re.compile(r"\d")


def without_serials(tokens: Sequence[Token], start: int, end: int) -> Sequence[Token]:
    """A form numbered line by line ("3 | 一级指标 | …" over "4 | 产出指标 | …", "5 | …"): when the header's line and
    the rows' lines each open on the next whole number, those numbers are blanked (a serial is no weight or score
    of the row before it); else the tokens as they are."""
    if start == 0 or not tokens[start - 1].row_start or tokens[start - 1].line != tokens[start].line \
            or not re.fullmatch(r"\d{1,3}", tokens[start - 1].text):
        return tokens
    expected = int(tokens[start - 1].text) + 1
    serials = []
    for k in range(start, end):
        if tokens[k].row_start and tokens[k].text == str(expected):
            serials.append(k)
            expected += 1
    if len(serials) < 2:
        return tokens
    out = list(tokens)
    for k in serials:
        out[k] = replace(tokens[k], text="")
    return out


def without_restated_names(tokens: Sequence[Token], start: int, end: int, cols: list[str]) -> Sequence[Token]:
    """"某某设施 | 8个 | 某某设施 | 6": under a header of targets and actuals, a cell outside a ruled row (one a line,
    or cut from a run-together line) that repeats the name two cells before it, a figure between and after it,
    restates the name (the form splits 全年完成值 into what and how much; an OCR'd form "名称 | 8 | 名称 | ≥90%" after
    the weight): it is blanked, no cell of the row's own; else the tokens as they are."""
    if not {"target", "actual"} <= set(cols) or _weight_between(cols):
        return tokens
    out: list[Token] | None = None
    for k in range(start + 2, end - 1):
        text = tokens[k].text.strip()
        if len(text) >= 4 and not tokens[k].in_row and kind(text) is Kind.TEXT \
                and text == tokens[k - 2].text.strip() and _FIGURE.search(tokens[k - 1].text) \
                and _FIGURE.search(tokens[k + 1].text):
            out = out if out is not None else list(tokens)
            out[k] = replace(tokens[k], text="")
    return tokens if out is None else out


def _weight_between(cols: list[str]) -> bool:
    """"目标值 | 权重 | 实际完成值": the figure between two equal words is the weight, the words a 定性 target and its
    actual ("维护到位 | 5 | 维护到位"), no name restated."""
    at = cols.index("target")
    return cols[at + 1: at + 3] == ["weight", "actual"]
