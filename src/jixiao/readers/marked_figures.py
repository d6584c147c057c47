"""Figures a web page marks with a stray "?": an icon or a character the page's font could not show, copied as
"?" right after each amount of a table ("3,724,055.00? | 4,764,453.11? |", invented). The mark is dropped so the
cell reads as the figure it holds; a "?" anywhere else (a question, an address's query) is left.
"""

from __future__ import annotations

import re

# a "?" right after a digit and before a cell's end (spaces, then a bar or the line's end)
_MARK = re.compile(r"\?(?<=\d\?)(?=[ \t]*(?:\||$))", re.MULTILINE)
_FEWEST = 2  # one such "?" may be the author's; two or more are the page's


def unmarked_figures(text: str) -> tuple[str, int]:
    """``text`` with the "?" after each figure dropped when it holds two or more of them; how many were dropped."""
    if "?" not in text:  # a quick test before the pattern
        return text, 0
    count = len(_MARK.findall(text))
    return (_MARK.sub("", text), count) if count >= _FEWEST else (text, 0)


def marked_warning(source: str, count: int) -> str:
    return f"{source}：数字后有多余的“?”（{count}处，多为网页上的图标或无法显示的字符），已去掉后读取，请核对"
