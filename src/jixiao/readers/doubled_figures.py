"""A text layer that prints every figure twice — "支出 36.9436.94 万元", "(1)(1)", "设置目标 1313 个", "9 9 个" — as a
viewer's rendering of bold text can: read once, and only when the whole text shows the doubling (figures with two
decimal points and list marks given twice). A table's fused run of two equal cells ("64.864.8") alone is no such
text: it holds no doubled list mark, and is left to the fused-run reader.

The same rendering doubles a bold heading character by character ("项项目目名名称称"): a run of three doubled
characters or more is read once wherever it stands (natural text doubles two at most: 认认真真, 家家户户).

Plain text is read once before its lines are parsed (:func:`undouble_figures`); a PDF's, docx's or sheet's blocks
after the format reader (:func:`undouble_blocks`), on the same whole-text test. Either way the document carries
:func:`doubled_warning`, and every fact read from a figure of it is marked guessed (:func:`guess_doubled`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from decimal import Decimal
from typing import Any

_DECIMAL = re.compile(r"(?<![\d.])(\d{1,9}\.\d{1,4}%?)[,，]?\1(?![\d.])")  # 36.9436.94, 69.23%69.23%
_MARK = re.compile(r"([(（]\d{1,2}[)）])\1")  # (1)(1)
_MARK_MIDDLES = (")(", ")（", "）(", "）（")  # the middle of a doubled list mark: a quick test before _MARK
# a whole number before its unit or a list mark's 、: 7070 万元, 1313 个, 9 9 个, 1 1、 (read before traditional
# characters are converted: 萬元, 個, 項 too)
_COUNT = re.compile(r"(?<![\d.])(\d{1,6})\s?\1(?=\s*(?:[万萬]元|元|[个個]|人|[项項]|次|%|、))")
_MIN_DECIMALS = 3  # doubled figures with two decimal points a text must hold…
_MIN_MARKS = 2  # …and doubled list marks, before any figure is read once
# three or more characters each printed twice: 项项目目名名称称, 绩绩效效目目标标：： — a run ends at a doubled colon
# (the label's end: "单单位位：：某某县…" is a doubled label before a value printed once, whose 某某 stays)
_PAIRED = re.compile(r"(?:([\u4e00-\u9fff（）()])\1){3,}(?:([：:])\2)?")
# three doubled characters in a row, written out: in a text exactly when _PAIRED is, found in half the time (a repeat
# of a group holding a back-reference is slow to try at every character of a whole text that has none)
_THREE_PAIRS = re.compile(r"([\u4e00-\u9fff（）()])\1([\u4e00-\u9fff（）()])\2([\u4e00-\u9fff（）()])\3")
_FIGURES_WARNING = "文本层把数字重复了一遍"


def shows_doubling(text: str) -> bool:
    """Whether the whole ``text`` prints its figures twice: doubled list marks and decimal figures throughout."""
    if not any(pair in text for pair in _MARK_MIDDLES):  # (most texts hold brackets, few a pair of them touching)
        return False
    return len(_MARK.findall(text)) >= _MIN_MARKS and len(_DECIMAL.findall(text)) >= _MIN_DECIMALS


def _figures_once(text: str) -> tuple[str, int]:
    count = 0
    for pattern in (_DECIMAL, _MARK, _COUNT):
        text, n = pattern.subn(r"\1", text)
        count += n
    return text, count


def characters_once(text: str) -> tuple[str, int]:
    """``text`` with each run of three or more doubled characters read once, and how many runs were."""
    if not _THREE_PAIRS.search(text):
        return text, 0
    count = 0

    def once(match: re.Match[str]) -> str:
        nonlocal count
        run = match.group(0)
        if len(set(run)) < 3:  # 某某某某某某, ((((((: one mark repeated, not a word doubled
            return run
        count += 1
        return run[::2]

    return _PAIRED.sub(once, text), count


def undouble_figures(text: str) -> tuple[str, int]:
    """``text`` with each figure and list mark printed twice read once, and how many were; the text itself when
    it does not show the doubling throughout."""
    if not shows_doubling(text):
        return text, 0
    return _figures_once(text)


def undouble_texts(texts: Iterable[str]) -> Callable[[str], tuple[str, int, int]] | None:
    """For a document's texts (paragraphs, cells): a function reading one of them once — figures when the whole
    shows the doubling, doubled characters' runs always — returning the text and how many figures and runs
    changed; None when no text needs it."""
    joined = "\n".join(texts)
    figures = shows_doubling(joined)
    characters = characters_once(joined)[1] > 0
    if not figures and not characters:
        return None

    def once(text: str) -> tuple[str, int, int]:
        text, runs = characters_once(text) if characters else (text, 0)
        text, changed = _figures_once(text) if figures else (text, 0)
        return text, changed, runs

    return once


def doubled_warning(source: str, count: int) -> str:
    return f"{source}：{_FIGURES_WARNING}（如“36.9436.94”），已按一遍读取（{count}处，属推测，请核对原件）"


def doubled_characters_warning(source: str, count: int) -> str:
    return f"{source}：文本层把标题的每个字重复了一遍（如“项项目目”），已按一遍读取（{count}处，请核对原件）"


def _holds_figure(value: Any) -> bool:
    if isinstance(value, dict):
        return any(_holds_figure(v) for v in value.values())
    if isinstance(value, list):
        return any(_holds_figure(v) for v in value)
    return isinstance(value, Decimal | int | float) and not isinstance(value, bool)


def figures_read_once(warnings: Iterable[str]) -> bool:
    """Whether ``warnings`` hold a :func:`doubled_warning`: the document's figures were read once."""
    return any(_FIGURES_WARNING in w for w in warnings)


def guess_doubled(provenance: dict[str, Any], values: dict[str, Any]) -> dict[str, Any]:
    """For a document whose figures were read once: every fact whose value is a figure (a sum, a rate, a count, a
    target; the year is printed once) is a guess, its source marked guessed. ``values``: each path's value."""
    return {path: source.model_copy(update={"guessed": True})
            if path != "year" and not source.guessed and _holds_figure(values.get(path)) else source
            for path, source in provenance.items()}
