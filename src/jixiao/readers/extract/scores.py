"""Score, deduction and weight phrases: 得分为X分 / 得X分 / 评分X分 / 该项得分X (no 分) / 扣X分 / 不扣分 /
得满分 / 分值X分 / 权重X%."""

from __future__ import annotations

import re
from bisect import bisect_left
from decimal import Decimal

from jixiao.lexicon import pattern
from jixiao.numbers import to_decimal
from jixiao.readers.extract.sentences import sentence_start

_NUM = r"(\d+(?:\.\d+)?)"
SCORE = re.compile(
    r"(?:绩效评价得分|评价得分|自评得分|实际得分|最终得分|指标得分|得分|评分|计分|实得|得|自评)\s*(?:为|是|:|计|值为)?\s*"
    + _NUM + r"\s*分(?!值)"
)
FULL = pattern("score_phrasings.full")
NOTHING = pattern("score_phrasings.nothing")
DEDUCT = re.compile(r"扣\s*(?:除|减|去)?\s*" + _NUM + r"\s*分")
NO_DEDUCT = pattern("score_phrasings.no_deduction")
# "分值 15，得分 15": a keyed weight written without 分 stands before its score (a record's label lines: "分值：15
# 得分：15", fields apart by a tab or two spaces)
BARE_WEIGHT_END = r"(?=(?:\s*[,;]\s*|\s*\t\s*|\s{2,})(?:自评)?得分?\s*(?:为|:)?\s*\d)"
WEIGHT = re.compile(r"(?:指标分值|分值|权重|满分|标准分|总分值)\s*(?:为|是|:)?\s*" + _NUM
                    + r"\s*(分|%|" + BARE_WEIGHT_END + ")")
HEAD_WEIGHT = re.compile(
    r"\(\s*(?:(?:分值|权重|满分|标准分)\s*[:为]?\s*" + _NUM + r"\s*(?:分|%)?|" + _NUM + r"\s*(?:分|%))\s*\)"
)
_KEYED = re.compile(r"分值|权重|满分|标准分")


_LABELLED_SCORE = re.compile(r"(?:自评分|自评得分|得分|评分)\s*:\s*" + _NUM + r"(?![\d.%]|\s*分)")
# "该项得分9.2。" / "得分为9.2，": a score without 分, closed by punctuation or the end of the text
# (so never "得分率95%", "得分2024年" or "得分9.2万元").
_BARE_SCORE = re.compile(
    r"(?:绩效评价得分|评价得分|自评得分|实际得分|最终得分|指标得分|得分|评分)\s*(?:为|是|计|值为)?\s*"
    + _NUM + r"(?=\s*(?:[。,;()\n]|$))"
)
_MAX_SCORE = Decimal(100)
# "得分：18/20" / "得分18/20分" / "自评得分为9.5/10": score over weight (never a date "12/31" or a count "3/5项")
FRACTION = re.compile(
    r"(?:绩效评价得分|评价得分|自评得分|实际得分|最终得分|指标得分|得分|评分|实得)\s*(?:为|是|:|计)?\s*"
    + _NUM + r"\s*/\s*" + _NUM + r"(?![\d./])(?=\s*(?:分(?!钟)|[。,;()\n]|$))"
)


def fraction_in(text: str) -> tuple[Decimal, Decimal, re.Match[str]] | None:
    """(score, weight, match) of the last "得分X/Y" in ``text`` whose Y is a plausible weight."""
    if "/" not in text:  # (the pattern needs the slash: most narratives skip the search)
        return None
    found = None
    for match in FRACTION.finditer(text):
        score, weight = to_decimal(match.group(1)), to_decimal(match.group(2))
        if Decimal(0) < weight <= _MAX_SCORE and score <= weight and not _is_rule_text(text, match.start()):
            found = (score, weight, match)
    return found


def _matches(text: str, weight: Decimal | None = None) -> list[re.Match[str]]:
    found = list(SCORE.finditer(text))
    if ":" in text:  # (the label's colon: most narratives have none)
        found += [m for m in _LABELLED_SCORE.finditer(text) if text[m.end():m.end() + 1] != "/"]
    fraction = fraction_in(text)
    if fraction is not None and (weight is None or fraction[1] == weight):  # "9.5/10" against a weight 8: no
        found.append(fraction[2])
    ceiling = weight if weight is not None else _MAX_SCORE
    found += [m for m in _BARE_SCORE.finditer(text) if to_decimal(m.group(1)) <= ceiling
              and not any(f.start() <= m.start() < f.end() for f in found)]
    return sorted(found, key=re.Match.start)


def _is_rule_text(text: str, start: int) -> bool:
    """A scoring rule ("每低1个百分点扣0.5分") rather than a statement about this indicator."""
    window = text[max(0, start - 14): start]
    return "每" in window or "否则" in window or "最高" in window


_LAST_YEAR = re.compile(r"上年|去年|上一年|上年度|前一年|同比|与上年|较上年|比上年")
_LAST_YEAR_WORDS = ("上", "去年", "前一年", "同比")  # every _LAST_YEAR phrase holds one: a quick test first
_LAST_YEAR_WORD = re.compile("|".join(_LAST_YEAR_WORDS))  # (the same test over a whole text, in one search)


_CARRY_OVER = re.compile(r"上年(?:度)?结转(?:结余)?")


def about_last_year(text: str, start: int) -> bool:
    """Whether the phrase at ``start`` speaks of last year: its bracketed aside ("（上年执行率88%，得8.8分）")
    or its clause ("上年执行率为88.35%") says so."""
    if _LAST_YEAR_WORD.search(text, 0, start) is None:  # (the scope lies before ``start``: most texts name no last
        return False  # year there, and the scope is not looked for)
    opened = text.rfind("(", 0, start)
    if opened >= 0 and text.rfind(")", 0, start) < opened:
        scope = text[opened:start]
    else:
        scope = text[sentence_start(text, start, ",;。\n"): start]
    if not any(word in scope for word in _LAST_YEAR_WORDS):
        return False
    return bool(_LAST_YEAR.search(_CARRY_OVER.sub("", scope)))


def stated_score(text: str, weight: Decimal | None) -> tuple[Decimal | None, re.Match[str] | None]:
    """The last score stated in ``text`` (matching text); 得满分 gives the weight; a score said of last
    year is used only when no other is stated."""
    best: re.Match[str] | None = None
    last_year: re.Match[str] | None = None
    weights = _weight_starts(text) if "其中" in text else []  # (no part without 其中: most texts skip the search)
    for match in _matches(text, weight):
        if _is_rule_text(text, match.start()) \
                or (best is not None and _is_part(text, best.end(), match.start(), weights)):
            continue
        if about_last_year(text, match.start()):
            last_year = match
        else:
            best = match
    best = best or last_year
    full = None
    if "满分" in text or "全分" in text:  # (every FULL phrase ends so)
        for match in FULL.finditer(text):
            full = match
    nothing = None
    if "不" in text or "零" in text:  # (every NOTHING phrase holds one of them)
        for match in NOTHING.finditer(text):
            nothing = match
    if nothing is not None and (best is None or nothing.start() > best.start()):
        return Decimal(0), nothing
    if full is not None and weight is not None and (best is None or full.start() > best.start()):
        return weight, full
    if best is None:
        return None, None
    return to_decimal(best.group(1)), best


def _weight_starts(text: str) -> list[int]:
    """Where each weight phrase of ``text`` (:data:`WEIGHT`, :data:`HEAD_WEIGHT`) starts, in order."""
    return sorted(m.start() for pattern in (WEIGHT, HEAD_WEIGHT) for m in pattern.finditer(text))


def _is_part(text: str, stated_end: int, later_start: int, weights: list[int]) -> bool:
    """"该指标得分12分。其中线上…得分8分，线下…得分4分": a score at ``later_start`` after one stated before
    ``stated_end`` is a part of it, not the item's own, when 其中 opens the later score's sentence and no weight
    (``weights``: :func:`_weight_starts`) starts between them (items run into one line: "…（30分）：…得30分，其中线上
    20场； - 某指标（60分）：…得60分" is the next item's). A weight in 其中's own clause run ("得分12分。其中分值10,
    得分8分": no ; between 其中 and the score) is the part's, no item's between."""
    opened = max(stated_end, sentence_start(text, later_start, "。"))
    at = text.rfind("其中", opened, later_start)
    if at < 0:
        return False
    if not any(mark in text[at:later_start] for mark in ";；"):
        later_start = at  # (a weight after 其中 is the part's)
    between = bisect_left(weights, stated_end)
    return between == len(weights) or weights[between] >= later_start


def another_score(text: str, score: Decimal | None) -> bool:
    """Whether a sentence of ``text`` other than the one ``score`` is taken from states a different score of its
    own ("…该指标得分10分。2024年度目标≤2起，…该指标得分15分。": a heading line lost between two items puts
    the next item's score under this one), or a clause after another weight does ("…（分值10分，得10分） 某指标：…
    （分值15分，得12.4分）", "- 某指标（20分）：…得20分；": items run into one line), so the score taken is a guess.
    A score after 其中 that follows a stated one is its part (:func:`_is_part`), not a score of its own."""
    found = [m for m in SCORE.finditer(text)
             if not _is_rule_text(text, m.start()) and not about_last_year(text, m.start())]
    if len(found) < 2:  # one score or none: another only when it is not the one taken (the weights, which only
        # tell the clauses of several scores apart, are not looked for; most narratives state one)
        return bool(found) and to_decimal(found[0].group(1)) != score
    return another_in_clauses(text, score, found)


def another_in_clauses(text: str, score: Decimal | None, found: list[re.Match[str]]) -> bool:
    """:func:`another_score` among the scores ``found``, each placed in its clause."""
    weights = _weight_starts(text)

    def clause(at: int) -> int:
        return text.count("。", 0, at) + bisect_left(weights, at)

    ends = [m.end() for m in found]

    def part(k: int, later: re.Match[str]) -> bool:  # (tried against the earliest score after the last weight before
        after = weights[bisect_left(weights, later.start()) - 1] if weights and weights[0] < later.start() else -1
        first = bisect_left(ends, after + 1, 0, k)  # ``later``: 其中 after it is after any later one too; an earlier
        return first < k and _is_part(text, ends[first], later.start(), weights)  # score has a weight between)

    own = [m for k, m in enumerate(found) if not part(k, m)]
    stated = [(to_decimal(m.group(1)), clause(m.start())) for m in own]
    taken = {sentence for value, sentence in stated if value == score}
    return any(value != score and sentence not in taken for value, sentence in stated)


# the whole's total named after an item's clause ("…得分9.78分(满分10分)。项目自评总得分95.28分")
_WHOLE_TOTAL = re.compile(r"总得分|综合(?:自评)?得分|自评总分")


def clause_score(text: str, weight: Decimal | None,
                 wmatch: re.Match[str] | None) -> tuple[Decimal | None, re.Match[str] | None]:
    """The score of the clause whose weight is ``wmatch``: when the text after that clause (past its ";" or "。")
    states another weight or the whole's total ("得分9.78分(满分10分);绩效指标得分85.5分(满分90分)。项目自评总得分
    95.28分"), the clause's own score; else the last score of the whole text (:func:`stated_score`)."""
    if wmatch is not None:
        stop = min((i for i in (text.find(";", wmatch.end()), text.find("。", wmatch.end())) if i >= 0), default=-1)
        rest = text[stop:] if stop >= 0 else ""
        if rest and (weight_in(rest)[1] is not None or _WHOLE_TOTAL.search(rest)):
            score, smatch = stated_score(text[:stop], weight)
            if smatch is not None:
                return score, smatch
    return stated_score(text, weight)


def stated_deduction(text: str) -> tuple[Decimal | None, re.Match[str] | None]:
    if "扣" not in text:  # (DEDUCT and NO_DEDUCT both need it)
        return None, None
    last: re.Match[str] | None = None
    for match in DEDUCT.finditer(text):
        if not _is_rule_text(text, match.start()) and "扣完" not in text[match.end(): match.end() + 4]:
            last = match
    no = NO_DEDUCT.search(text)
    if no is not None and (last is None or no.start() > last.start()):
        return Decimal(0), no
    if last is None:
        return None, None
    return to_decimal(last.group(1)), last


_CLAUSE_MARKS = ",，;；。"


def note_deduction(note: str) -> tuple[Decimal | None, re.Match[str] | None]:
    """The loss a 偏差原因 cell states as a clause of its own, its opening one or one between commas or stops
    ("扣2分，3座山塘蓄水不足", "蓄水不足；扣2分。"); none for a rule ("每低1个百分点扣0.5分"), a 扣N分 inside a
    clause, or two losses."""
    found = [m for m in DEDUCT.finditer(note) if not _is_rule_text(note, m.start())
             and (not note[: m.start()].strip() or note[: m.start()].rstrip()[-1] in _CLAUSE_MARKS)
             and (not note[m.end():].strip() or note[m.end():].lstrip()[0] in _CLAUSE_MARKS)]
    if len(found) != 1 or "扣" in note.replace(found[0].group(0), "", 1):
        return None, None
    return to_decimal(found[0].group(1)), found[0]


def weight_in(text: str) -> tuple[Decimal | None, re.Match[str] | None]:
    match = HEAD_WEIGHT.search(text) or WEIGHT.search(text)
    if not match:
        return None, None
    return to_decimal(next(g for g in match.groups() if g and g[0].isdigit())), match


def is_keyed_weight(match: re.Match[str]) -> bool:
    """A weight named as such (分值/权重/满分) rather than a bare "(5分)"."""
    return bool(_KEYED.search(match.group(0)))
