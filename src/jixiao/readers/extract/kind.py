"""整体支出 or 项目支出: the title's own word when it has one, else every other signal in order (a
项目支出绩效自评表 heading, a 项目名称 field, "专项资金…绩效自评", a money block's 年度资金总额 row,
"部门整体…"). A document with no signal at all is read as 整体支出 and says so."""

from __future__ import annotations

import re
from functools import cache

from jixiao.lexicon import alternatives, lexicon
from jixiao.readers.extract.facts import Facts, ref
from jixiao.readers.extract.outline import Outline
from jixiao.readers.extract.sentences import blank_cited  # (a cited title's words: "根据《…绩效自评…的通知》")


@cache
def _signals() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((entry["kind"], alternatives(entry["match"])) for entry in lexicon()["kind_signals"])


def signalled_kind(outline: Outline) -> str | None:
    """The kind the document's first signal names (before a 项目名称 field is weighed), or None."""
    first = _first_signal(outline)
    return None if first is None else first[1]


def decide_kind(outline: Outline, facts: Facts) -> None:
    if facts.has("kind"):
        return
    first = _first_signal(outline)
    if facts.has("project.name") and (first is None or first[1] != "整体支出"):
        source = facts.refs["project.name"]
        facts.put("kind", "项目支出", ref(source.location, f"项目名称：{facts.get('project.name')}", guessed=True))
        return
    if first is not None:
        facts.put("kind", first[1], ref(first[2], first[3], guessed=True))
        return
    facts.put("kind", "整体支出", ref("全文", "", guessed=True))
    facts.warn("找不到评价类型（整体支出或项目支出）的说法，按整体支出读取，请人工核对")


def _first_signal(outline: Outline) -> tuple[int, str, str, str] | None:
    """(place in the line, kind, location, text) of the document's first signal of its kind, or None."""
    first: tuple[int, str, str, str] | None = None
    for line in outline.lines:
        norm = blank_cited(line.norm)
        for kind, signal in _signals():
            found = signal.search(norm)
            # the line's first signal in reading order ("…同时对部门整体支出开展了绩效自评。经自评，项目绩效自评分数…":
            # the whole unit's, the projects' after it)
            if found and (first is None or found.start() < first[0]):
                first = (found.start(), kind, line.location, line.text[found.start(): found.end()])
        if first is not None:
            break
    return first
