"""The budget-execution score written in a sentence, not as a numbered item: "…执行率97.24%，该项得分9.72分
（分值10分）", or "预算执行率指标权重20分，按执行率计得19.23分" after a sentence stating the rate. The corpora
name that indicator 预算执行率."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from jixiao.lexicon import pattern
from jixiao.numbers import to_decimal
from jixiao.readers.extract.budget_figures import fund_rates, sub_unit_figure
from jixiao.readers.extract.facts import IndicatorDraft, ref
from jixiao.readers.extract.indicator_values import target_from_text
from jixiao.readers.extract.numbering_markers import split_marker
from jixiao.readers.extract.outline import Line, Outline
from jixiao.readers.extract.scores import about_last_year, clause_score, is_keyed_weight, stated_score, weight_in

_PERIOD_END = re.compile(r"(?<=。)")
_RATE = re.compile(r"执行率\s*(?:为|达|达到|:)?\s*(\d+(?:\.\d+)?)\s*%")
# "预算执行率指标权重20分": the execution indicator's weight named in a sentence that states no rate
# ("预算执行率一项分值10分", "预算执行率：分值10，得分9.73", "预算执行方面：分值10分")
# ("预算执行率得分9.72分（分值10分）": its score first, the weight in brackets after it)
# ("预算执行率：年度目标100%，实际完成97.62%，分值10分，得分9.76分": the label, its values, then its weight and score)
_RATE_WEIGHED = re.compile(r"(?:预算|资金)执行率?(?:指标|一项|方面)?\s*(?:的)?\s*:?\s*(?:权重|分值|满分"
                           r"|得分?\s*(?:为)?\s*\d+(?:\.\d+)?\s*分?\s*\(\s*(?:分值|权重|满分))"
                           r"|^\s*(?:预算|资金)执行率\s*:(?=[^。]{0,40}?(?:分值|权重))")
# the budget's own rate ("预算执行率96.15%"), which a later sentence scoring the execution refers to
# (or a bare 执行率 opening a clause: "实际支出7102.88万元，执行率为97.09%")
_BUDGET_RATE = re.compile(r"(?:预算|资金|全年|(?<=[,;]))执行率\s*(?:为|达|达到|:)?\s*(\d+(?:\.\d+)?)\s*%")


def _budget_part_led(sentence: str) -> bool:
    """A sentence opening on the budget part's name before a colon ("1. 预算执行完成情况：…"): what it scores is
    the budget's execution, its weight unstated."""
    body = sentence.lstrip()
    lead = pattern("part_lead").match(body[split_marker(body)[2]:])
    return lead is not None and lead.group().startswith(("预算执行", "资金执行"))


def execution_sentences(norm: str) -> Iterator[tuple[str, Decimal | None, Decimal | None, Decimal | None]]:
    """(sentence, rate or None, weight, score) of each sentence in ``norm`` scoring the budget's execution:
    "…执行率97.24%，该项得分9.72分（分值10分）" or "预算执行率指标权重20分，…得19.23分" (no rate), or the budget part's
    own item "预算执行完成情况：…预算执行率为90%，绩效自评得分18分" (no weight)."""
    for sentence in _PERIOD_END.split(norm):
        if "执行" not in sentence:
            continue
        rate, weighed = _RATE.search(sentence), _RATE_WEIGHED.search(sentence)
        if weighed is None and rate is None:
            continue
        if weighed is None and rate is not None and _budget_part_led(sentence):
            score, smatch = stated_score(sentence[rate.end():], None)
            if smatch is not None:
                yield sentence, to_decimal(rate.group(1)), None, score
            continue
        after = weighed.start() if weighed is not None else rate.end() if rate is not None else 0
        weight, wmatch = weight_in(sentence[after:])
        score, smatch = clause_score(sentence[after:], weight, wmatch)
        if wmatch is not None and smatch is not None and is_keyed_weight(wmatch):
            yield sentence, to_decimal(rate.group(1)) if rate is not None else None, weight, score


def states_execution(outline: Outline, line: Line) -> bool:
    """A line (or a heading's own first paragraphs) scoring the budget's 执行率 in a sentence."""
    lines = [line, *(b for b in outline.section_body(line)[:6] if not b.is_heading)] if line.is_heading else [line]
    return any(next(execution_sentences(b.norm), None) for b in lines)


def execution_in_prose(outline: Outline, covered: set[int]) -> IndicatorDraft | None:
    """The 预算执行率 indicator scored in an unnumbered sentence; its actual is the rate the sentence states or,
    when it states none, the budget's rate stated last before it (not a subordinate unit's: "下属单位中，…执行率…",
    nor one fund's among several, nor last year's)."""
    said: tuple[Line, re.Match[str]] | None = None  # the budget's rate stated last
    for line in outline.lines:
        if "执行" not in line.norm:  # (every pattern here needs the word)
            continue
        found = list(_BUDGET_RATE.finditer(line.norm))
        funds = fund_rates(line.norm, found)  # (one fund's each: "中央资金执行率…，县级配套资金执行率…")
        rates = [m for k, m in enumerate(found) if k not in funds and not sub_unit_figure(line.norm, m.start())
                 and not about_last_year(line.norm, m.start())]  # (nor last year's: "上年预算执行率为…")
        for sentence, rate, weight, score in [] if line.index in covered else execution_sentences(line.norm):
            offset = line.norm.find(sentence)
            source = ref(line.location, line.text[offset: offset + len(sentence)])
            draft = IndicatorDraft()
            draft.put("name", "预算执行率", source)
            draft.put("weight", weight, source)
            draft.put("stated_score", score, source)
            before = [m for m in rates if m.start() < offset]
            latest = (line, before[-1]) if before else said
            # "预算执行率：年度目标100%，…" / "…：年度指标值100%，…"
            target = target_from_text(sentence) if "目标" in sentence or "指标值" in sentence else None
            if target is not None and target[0].get("unit") == "%":
                draft.put("target", target[0], ref(line.location, line.text[offset + target[1]: offset + target[2]]))
            if rate is not None:
                draft.put("actual", {"value": rate, "unit": "%"}, source)
            elif latest is not None:
                where, match = latest
                draft.put("actual", {"value": to_decimal(match.group(1)), "unit": "%"},
                          ref(where.location, where.text[match.start(): match.end()]))
            return draft
        if rates:
            said = (line, rates[-1])
    return None
