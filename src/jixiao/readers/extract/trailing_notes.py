"""A sentence right after an indicator's score that says why it lost points:
"…该指标分值10分，得9.43分。部分渠段因占地协调未实施。" — kept as the indicator's deviation note, marked guessed
unless a label leads it ("偏差原因：…", dropped from the note)."""

from __future__ import annotations

import re

from jixiao.readers.extract.facts import IndicatorDraft, ref

_FIGURED = re.compile(r"\d\s*分|分值|权重|得分|指标|^\s*\d")  # the next item, a score or a list number: no note
_SCORED = re.compile(r"分值|权重|得分")
_MAX_NOTE = 60  # a labelled reason may run to twice this
# "得18分（满分20分）。": the weight in brackets after the score still ends the score's sentence
_WEIGHT_ASIDE = re.compile(r"\s*\(\s*(?:满分|分值|权重|标准分)?\s*\d+(?:\.\d+)?\s*分\s*\)\s*")
# "偏差原因：…" / "扣分原因为…" / "未完全达标的原因：…" / "原因是…": the note's own label, not part of it
NOTE_LABEL = re.compile(r"^\s*(?:(?:偏差|扣分|失分|未完成|未达标|未完全达标)的?(?:原因|理由|说明)(?:分析)?|原因分析"
                        r"|原因|主要(?=是))\s*(?:[:：]|为|是|在于)\s*")  # ("…，主要是某某原因")


# what a clause after the score holding a figure of the indicator says: its result, not why points were lost
_RESULT = re.compile(r"\d\s*%|目标|实际|完成值|指标值")
# a sentence stating the target and then what was done ("年初目标≥3座，年末完成2座"): the result, no reason
_TARGET_ACTUAL = re.compile(r"目标[^。]{0,30}?(?:完成|实际)")


# a clause may open on a count ("2座节制闸因征地缓建"), not on a list number ("2.")
_CLAUSE_FIGURED = re.compile(r"\d\s*分|分值|权重|得分|指标|^\s*\d+\s*[.、)]")


def _clause_note(clause: str, *, closes: bool = False) -> bool:
    """A short clause of words (no score, weight, item or result figure) closing an item's score sentence;
    ``closes``: the sentence ends the item's line, so the words after the score may run to two clauses
    ("…得分9分，外科医师外出进修，部分手术转诊。")."""
    return 4 <= len(clause) <= _MAX_NOTE and not _CLAUSE_FIGURED.search(clause) and not _RESULT.search(clause) \
        and "\n" not in clause and (closes or "," not in clause) and ";" not in clause and clause.count(",") < 2


_SHUT = re.compile(r"\s*\)\s*")  # the bracket the score closed
BRACKET_NOTE = re.compile(  # the reason in brackets right after a score
    r"\s*\(([^()\d]{4,40})\)")


def note_after_score(draft: IndicatorDraft, norm: str, text: str, end: int, where: str) -> None:
    """Put the sentence of ``text`` after the one ending at ``end`` (its score's sentence) as ``draft``'s
    deviation note when the indicator lost points and has none."""
    weight, score = draft.fields.get("weight"), draft.fields.get("stated_score")
    if "deviation_note" in draft.fields or weight is None or score is None or not score < weight:
        return
    bracket = BRACKET_NOTE.match(norm, end)  # "得分 14（汛期问题集中，处置延后）": the reason in brackets
    if bracket is not None:
        note = text[bracket.start(1): bracket.end(1)].strip()
        draft.put("deviation_note", note, ref(where, note, guessed=True))
        return
    shut = _SHUT.match(norm, end)  # "（目标值：…；得分：7）未完成原因：冬季封路。": a labelled reason after the bracket
    label = NOTE_LABEL.match(norm[shut.end():]) if shut is not None else None
    if shut is not None and label is not None:
        start = shut.end() + label.end()
        stop = norm.find("。", start)
        note = text[start: len(norm) if stop < 0 else stop].strip(" ，,；;")
        if note:
            draft.put("deviation_note", note, ref(where, note))
        return
    stop = norm.find("。", end)
    between = norm[end: stop].strip(" ,")
    if stop > 0 and norm[end: end + 1] == "," and _clause_note(between, closes=not norm[stop + 1:].strip()):
        # "…，分值7分，得6分，第四季度资金待考核后拨付。": the clause closing the score's sentence is why
        note = text[stop - len(between): stop].strip(" ，,；;")
        draft.put("deviation_note", note, ref(where, note, guessed=True))
        return
    if stop < 0 or (between and _WEIGHT_ASIDE.fullmatch(between) is None):
        return  # the score's sentence goes on: what follows is not said after the score
    following = norm.find("。", stop + 1)
    following = len(norm) if following < 0 else following
    sentence = norm[stop + 1: following]
    label = NOTE_LABEL.match(sentence)
    if label is None and _TARGET_ACTUAL.search(sentence):  # "年初目标≥3座，年末完成2座。未完成原因：…": the
        stop = following  # indicator's target and result, then the labelled reason
        following = norm.find("。", stop + 1)
        following = len(norm) if following < 0 else following
        sentence = norm[stop + 1: following]
        label = NOTE_LABEL.match(sentence)
        if label is None:
            return
    figured = _SCORED if label is not None else _FIGURED  # a labelled reason may give figures ("少3期")
    longest = _MAX_NOTE * (1 if label is None else 2)
    if not 4 <= len(sentence.strip()) <= longest or figured.search(sentence) or "\n" in sentence:
        return
    note = text[stop + 1 + (label.end() if label is not None else 0): following].strip(" ，,；;")
    if note:
        draft.put("deviation_note", note, ref(where, note, guessed=label is None))
