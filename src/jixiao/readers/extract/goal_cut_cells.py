"""A goal cell a page cut mid-sentence (a viewer's chunk break inside it): "年度总体目标 | 通过…明确使用目的, |
实现科学管理,…的发展按照年初设定目标,将…". The first cell closes on a comma, so the second carries the goal on; what
was done opens inside it on the lexicon's ``goal_result_openers``. The goal is the first cell and the second up to
the opener, the result the rest: both a guess (the cut and the opener, not a cell's edge, place them).

The goal row's two cells run into one ("…购置某某设备。已完成"): after the text's last 。 only the lexicon's
``goal_done_words`` (完成, 已完成, 全部完成 …): the goal up to that 。, the result those words, both a guess."""

from __future__ import annotations

from jixiao.lexicon import pattern
from jixiao.readers.textnorm import HAN

_OPENER = pattern("goal_result_openers")
_DONE = pattern("goal_done_words")
_OPEN_END = (",", "，", "、")  # marks inside a sentence: the cell's text goes on
# the goal's words carried into the second cell before the opener, at least ("保障到位"): fewer are the result's own
# adverb ("已按照年初设定目标完成…", "全面按照…"), no goal cut
_CARRIED = 4


def cut_goal_pair(first: str, second: str) -> tuple[str, str] | None:
    """The goal and what was done, when ``first`` stops mid-sentence and ``second`` goes on with the goal until an
    opener of what was done (not at its start: that second cell would be the result alone); else None."""
    if not first.rstrip().endswith(_OPEN_END):
        return None
    found = _OPENER.search(second, 1)
    if found is None or len(HAN.findall(second[:found.start()])) < _CARRIED:
        return None
    return first.rstrip() + second[:found.start()].strip(), second[found.start():].strip()


def cut_done_tail(text: str) -> tuple[str, str] | None:
    """The goal and what was done, when ``text`` closes a sentence with 。 and says after it only that it was done
    (lexicon ``goal_done_words``); else None."""
    at = text.rstrip("。. ").rfind("。")
    if at <= 0 or _DONE.match(tail := text[at + 1:].strip()) is None:
        return None
    return text[: at + 1].strip(), tail
