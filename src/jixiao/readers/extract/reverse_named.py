"""Indicators the document names as lower-is-better ("项目管理费用控制率、突发环境事件发生率为反向指标"): a target
of theirs printed with no comparison sign (a bare "100%") is a ceiling, ≤, not the ≥ a bare target is read with."""

from __future__ import annotations

import re

from jixiao.lexicon import pattern
from jixiao.readers.extract.facts import IndicatorDraft
from jixiao.readers.extract.outline import Outline
from jixiao.readers.textnorm import compact

# "A、B为反向指标" / "反向指标：A、B" (逆向指标 alike): the names are the clause before or after the words
_WORDS = pattern("reverse_indicators.words")
_VERB = re.compile(r"(?:均|都)?(?:为|是|属于)$")
_AFTER = re.compile(r"(?:有|包括|为)?[:：]([^。;]{2,200})")
_REACH = 200  # characters looked at on either side of the words
_SIGN = pattern("reverse_indicators.target_sign")


def _named(outline: Outline) -> set[str]:
    names: set[str] = set()
    for line in outline.lines:
        if "向指标" not in line.norm:
            continue
        for words in _WORDS.finditer(line.norm):
            before = line.norm[max(0, words.start() - _REACH): words.start()]
            verb = _VERB.search(before)
            lists = [re.split(r"[。;:]", before[: verb.start()])[-1]] if verb else []
            after = _AFTER.match(line.norm, words.end(), words.end() + _REACH)
            lists += [after.group(1)] if after else []
            for names_list in lists:
                names.update(compact(part) for part in re.split(r"[、,，和及与]", names_list) if part.strip())
    return names


def reverse_named(outline: Outline, drafts: list[IndicatorDraft]) -> None:
    names = _named(outline)
    if not names:
        return
    for draft in drafts:
        target, source = draft.fields.get("target"), draft.refs.get("target")
        if compact(draft.name) not in names or not isinstance(target, dict) or source is None:
            continue
        if target.get("value") is not None and target.get("comparator") == "≥" and not _SIGN.search(source.text):
            target["comparator"] = "≤"
