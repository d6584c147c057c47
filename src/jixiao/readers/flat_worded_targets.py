"""A fused row whose target and actual are each words around a figure ("某某宣讲场次开展不少于12场全年开展15场1010",
"某某受理时限控制在24小时以内平均18小时1010", "某某游览人次游览不低于30万人次游览28.5万人次109.5某某原因"):
the value runs cut it at its figures ("某某宣讲场次开展不少于" | "12场" | "全年开展" | "15场" | "1010"); read as the
name, the target (its bound words and the figure), the actual (its words and the figure), the points and a note at
most.
"""

from __future__ import annotations

import re
from functools import cache

from jixiao.lexicon import lexicon
from jixiao.lexicon import pattern as lexicon_pattern
from jixiao.readers.fused_money import GuessedCell

_WORDS = re.compile(r"[\u4e00-\u9fff]+")
_POINTS = re.compile(r"\d{1,3}(?:\.\d{1,2})?(?:\d{1,3}(?:\.\d{1,2})?)?")  # a weight and a score, fused or one of them
_ECHO = 2  # characters the name's text and the actual's words end on alike, at least, to open the target
_NAME = 2  # characters left in the name, at least


@cache
def _opening() -> re.Pattern[str]:
    """The words a target opens on, ending the text before its figure: comparison words and the lexicon's bound
    words that open a target ("控制在", "至少")."""
    words = "|".join(lexicon_pattern(path).pattern
                     for path in ("comparison_words", "comparison_words_more", "bound_words.opening"))
    return re.compile(f"(?:{words})$")


@cache
def _closing() -> re.Pattern[str]:
    """The words a target closes on after its figure ("以内", "以上"), opening the text after it."""
    return re.compile(f"^(?:{lexicon_pattern('bound_words.closing').pattern})")


@cache
def _measured() -> re.Pattern[str]:
    """A figure and its unit (no bare figure: that is points)."""
    return re.compile(rf"\d+(?:\.\d+)?(?:%|(?:万|亿|千)?(?:{lexicon()['value_units']}))")


def worded_target_actual(cells: list[str]) -> list[str]:
    """The stretch's cells read as such a row where they are one: a text ending on the target's opening words, a
    figure with its unit, words (the target's closing words first, then the actual's), a figure with its unit, then
    the points and a note at most; else the cells as they are. Where the name's text and the actual's words end on
    the same words ("…开展" and "全年开展"), the target opens on them: where the name ends is a guess, and so is every
    cell of the row's reading."""
    if not 5 <= len(cells) <= 6 or not _WORDS.fullmatch(cells[0]) or not _POINTS.fullmatch(cells[4]):
        return cells
    head, figure, words, actual, *rest = cells
    opening = _opening().search(head)
    if opening is None or opening.start() < _NAME or not _measured().fullmatch(figure) \
            or not _measured().fullmatch(actual) or not _WORDS.fullmatch(words) \
            or (len(rest) == 2 and not _WORDS.match(rest[1])):
        return cells
    closing = _closing().match(words)
    bound = closing.group(0) if closing else ""
    name, said = head[: opening.start()], words[len(bound):]
    echo = next((k for k in range(min(len(said), len(name) - _NAME), _ECHO - 1, -1) if name.endswith(said[-k:])), 0)
    target = name[len(name) - echo:] + opening.group(0) + figure + bound
    return [GuessedCell(name[: len(name) - echo]), GuessedCell(target), GuessedCell(said + actual), *rest]
