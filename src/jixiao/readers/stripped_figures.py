"""A form whose figures a viewer stripped: a document site's text layer can lose every digit ("预算数()执行数()
执行率()得分(分*执行率)年度财政资金总额分…", invented), leaving the labels and names. Nothing is read in their place
(a figure that is not there is never guessed); the reader warns, so the user takes the figures from the original.
"""

from __future__ import annotations

import re

# the stems of a form's figure columns; three of them name a form that holds figures
_FIGURE_COLUMNS = ("预算数", "执行数", "执行率", "分值", "得分", "指标值", "完成值")
_FIVE_DIGITS = re.compile(r"\d(?:\D*\d){4}")  # five digits anywhere: the figures are there


def stripped_figures_warning(text: str, source: str) -> str | None:
    """The warning for a text whose form names three figure columns or more but that holds fewer than five digits
    in all (a year alone is four); None otherwise."""
    if "得分" not in text and "执行数" not in text:  # a quick test before any other work
        return None
    if _FIVE_DIGITS.search(text) or sum(word in text for word in _FIGURE_COLUMNS) < 3:
        return None  # (the digits first: a text that holds its figures has five within its first lines)
    return f"{source}：表中有预算数、分值、得分等栏目却几乎没有数字，数字可能在复制或转换时被去掉，请对照原件核对"
