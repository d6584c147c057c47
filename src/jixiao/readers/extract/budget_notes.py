"""Why the budget was adjusted and why money was left unspent: ``budget.adjustment_note`` and
``budget.execution_note``. A labelled statement ("预算调整原因：…", "结余原因：…") wins; else a sentence
that is about the adjustment (or the unspent money / low execution rate) *and* gives a cause."""

from __future__ import annotations

import re

from jixiao.lexicon import pattern as lexicon_pattern
from jixiao.readers.extract.facts import Facts, ref
from jixiao.readers.extract.outline import Line, Outline
from jixiao.readers.extract.section_keys import section_key
from jixiao.readers.extract.sections import match_text_title
from jixiao.readers.extract.sentences import sentence_spans

_ADJUST_LABEL = (r"(?:预算|资金|年度预算|全年预算)?(?:调整|调增|调减|追加|追减|变动|变更)(?:预算)?(?:的)?"
                 r"(?:主要)?(?:原因|理由|情况说明|说明)")
_EXECUTE_LABEL = (r"(?:(?:预算|资金)?(?:未执行|未支出|未支付|未使用|未拨付|未完成支出|结余|结转结余|结转|沉淀|执行差异"
                  r"|执行偏差|执行进度(?:偏慢|滞后|较慢)|执行率(?:偏低|较低|未达标?|不高|低于\d+%?))(?:资金)?(?:的)?"
                  r"(?:主要)?(?:原因|理由|情况说明|说明))")
_TAIL = r"\s*(?:分析)?\s*(?:是|为|系|有|主要(?:是|为|系|有))?\s*[:]?\s*"
_LABELS = [
    ("budget.adjustment_note", re.compile(_ADJUST_LABEL + _TAIL), "预算调整原因"),
    ("budget.execution_note", re.compile(_EXECUTE_LABEL + _TAIL), "未执行原因"),
]
_CAUSE = lexicon_pattern("budget_note_words.cause")  # (every alternative opens on a literal: a search skips to them)
_ADJUST_TOPIC = re.compile(  # (each word spelt out as an alternative of its own: a search skips to them)
    "|".join(rf"{w}[^。;,]{{0,8}}(?:调整|调增|调减|追加|追减|调剂)" for w in ("预算", "资金", "经费")) + "|"
    + "|".join(rf"{w}[^。;]{{0,12}}(?:预算|资金|经费)" for w in ("调整", "调增", "调减", "追加", "追减")))
_EXECUTE_TOPIC = lexicon_pattern("budget_note_words.unspent")
_OTHER_NOTE = lexicon_pattern("budget_note_words.other_note")  # another kind of note, or a statement that none is given
_REVIEW_WORD = re.compile(r"复核|评分依据|审核")
_LABEL_WORD = re.compile(r"原因|理由|说明")
_NEGATED = re.compile(r"(?:未|无|没有|缺少|缺乏|不)(?:作|做|予|加)?$|且无$")


def _clean(text: str) -> str:
    return text.strip().strip(" ：:，,；;。").strip()


def extract_budget_notes(outline: Outline, facts: Facts, skip: set[int] | None = None) -> None:
    """``skip``: lines of single indicators (their deviation notes are about the indicator)."""
    skip = (skip or set()) | _review_lines(outline)
    lines = [line for line in outline.lines if line.index not in skip]
    worded = {line.position for line in outline.lines_with(_LABEL_WORD)}
    labelled = [i for i, line in enumerate(lines) if line.position in worded] if worded else []
    for path, pattern, label in _LABELS:
        for i in labelled:
            line = lines[i]
            match = pattern.search(line.norm)
            if match and not _OTHER_NOTE.search(line.norm[max(0, match.start() - 6): match.end()]) \
                    and not _NEGATED.search(line.norm[max(0, match.start() - 4): match.start()]):
                note = _clean(line.text[match.end():].split("。")[0])
                source_line = line
                if not note and len(line.rest.strip()) <= 20 and i + 1 < len(lines) and not lines[i + 1].is_heading:
                    source_line = lines[i + 1]  # the label is a heading-like line of its own
                    note = _clean(source_line.text.split("。")[0])
                if len(note) >= 4:
                    facts.put(path, note, ref(source_line.location, note), label)
                    break
    for path, topic, label in (("budget.adjustment_note", _ADJUST_TOPIC, "预算调整原因"),
                               ("budget.execution_note", _EXECUTE_TOPIC, "未执行原因")):
        if facts.has(path):
            continue
        found, where = _cause_sentence(lines, topic)
        if found and where:
            facts.put(path, found, ref(where.location, found), label)


def _review_lines(outline: Outline) -> set[int]:
    """Lines under a reviewer's appendix (复核发现, 评分依据): they talk about the report, not the budget."""
    out: set[int] = set()
    level: int | None = None
    for line in outline.lines:
        if line.is_heading:
            if _REVIEW_WORD.search(line.norm) and section_key(match_text_title(line)) == "review":
                level = line.level
                continue
            if level is not None and line.level <= level:
                level = None
        if level is not None:
            out.add(line.index)
    return out


def _cause_sentence(lines: list[Line], topic: re.Pattern[str]) -> tuple[str | None, Line | None]:
    for line in lines:
        if line.is_heading or not topic.search(line.norm):
            continue
        for sentence in sentence_spans(line.norm):
            text = sentence.group(0)
            found = topic.search(text)
            if found and _CAUSE.search(text) and not _OTHER_NOTE.search(text):
                note = _clean(line.text[sentence.start(): sentence.end()])
                if 6 <= len(note) <= 200:
                    return note, line
    return None, None
