"""A text layer that prints every figure twice — "支出 36.9436.94 万元", "(1)(1)", "设置目标 1313 个", "9 9 个" — as a
viewer's rendering of bold text can: read once, and only when the whole text shows the doubling (figures with two
decimal points and list marks given twice). A table's fused run of two equal cells ("64.864.8") alone is no such
text: it holds no doubled list mark, and is left to the fused-run reader."""

from __future__ import annotations

import re

_DECIMAL = re.compile(r"(?<![\d.])(\d{1,9}\.\d{1,4}%?)[,，]?\1(?![\d.])")  # 36.9436.94, 69.23%69.23%
_MARK = re.compile(r"([(（]\d{1,2}[)）])\1")  # (1)(1)
# a whole number before its unit or a list mark's 、: 7070 万元, 1313 个, 9 9 个, 1 1、 (read before traditional
# characters are converted: 萬元, 個, 項 too)
_COUNT = re.compile(r"(?<![\d.])(\d{1,6})\s?\1(?=\s*(?:[万萬]元|元|[个個]|人|[项項]|次|%|、))")
_MIN_DECIMALS = 3  # doubled figures with two decimal points a text must hold…
_MIN_MARKS = 2  # …and doubled list marks, before any figure is read once


def undouble_figures(text: str) -> tuple[str, int]:
    """``text`` with each figure and list mark printed twice read once, and how many were; the text itself when
    it does not show the doubling throughout."""
    if "(" not in text and "（" not in text:
        return text, 0
    if len(_MARK.findall(text)) < _MIN_MARKS or len(_DECIMAL.findall(text)) < _MIN_DECIMALS:
        return text, 0
    count = 0
    for pattern in (_DECIMAL, _MARK, _COUNT):
        text, n = pattern.subn(r"\1", text)
        count += n
    return text, count


def doubled_warning(source: str, count: int) -> str:
    return f"{source}：文本层把数字重复了一遍（如“36.9436.94”），已按一遍读取（{count}处，属推测，请核对原件）"
