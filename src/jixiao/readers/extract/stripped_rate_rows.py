"""A money row whose amounts lost their leading digits on a document site's text layer (".45.12.882.50108.25" for
"…45 | …12 | …8 | 82.50 | 10 | 8.25", invented): no amount stands whole, so none is read, but the row's last three
cells — 执行率, its 分值 (权重) and 得分 — are whole, and the one cut of the run's end where 得分 = 分值 × 执行率
(to the score's decimals) gives the 预算执行率 indicator and the stated rate, each a guess. Read only when the form's
header orders 执行率, 分值 and 得分 so and nothing else gave the indicator."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from jixiao.numbers import place_unit
from jixiao.readers.extract.facts import Facts, IndicatorDraft, ref
from jixiao.readers.extract.money_pairs import execution_draft
from jixiao.readers.extract.outline import Outline
from jixiao.readers.textnorm import compact

# a run that opens on its point: an amount whose leading digits were lost, two more after it at least
_STRIPPED_RUN = re.compile(r"(?<![\d.])\.\d+(?:\.\d+){2,}(?![\d.])")
# the money header's last three columns ("执行率 | 分值 | 得分", "执行率 | 执行率权重 | 执行率得分")
_HEADER = re.compile(r"执行率(?:\(%\))?(?:执行率)?(?:权重|分值)(?:\(分\))?(?:执行率)?得分")
_RATE = re.compile(r"(?:0|[1-9]\d?|100)(?:\.\d{1,2})?")
_WEIGHT = re.compile(r"[1-9]\d?(?:\.5)?")
_SCORE = re.compile(r"(?:0|[1-9]\d?)(?:\.\d{1,2})?")
_HEAD_LINES = 60  # the money block stands near a form's top


def stripped_rate_row(outline: Outline, facts: Facts) -> list[IndicatorDraft]:
    """The 预算执行率 draft from the first stripped run whose end cuts one way only (its stated rate put too)."""
    lines = outline.lines[:_HEAD_LINES]
    heads = [line.norm for line in lines] + [" ".join(table.rows[0]) for _, table in outline.tables if table.rows]
    if not any(_HEADER.search(compact(text)) for text in heads if "得分" in text):
        return []
    for line in lines:
        for run in _STRIPPED_RUN.finditer(line.norm) if "." in line.norm else ():
            found = _one_cut(run.group(0))
            if found is None:
                continue
            rate, weight, score = found
            source = ref(line.location, run.group(0), guessed=True)
            if not facts.has("budget.stated_execution_rate"):
                facts.put("budget.stated_execution_rate", rate, source)
            return [execution_draft(source, rate, weight, score)]
    return []


def _one_cut(run: str) -> tuple[Decimal, Decimal, Decimal] | None:
    """(rate, weight, score) cut from the end of ``run`` after one amount's piece at least, 得分 = 分值 × 执行率 ÷ 100
    to the score's decimals and 得分 ≤ 分值; None unless exactly one cut fits."""
    fits: list[tuple[Decimal, Decimal, Decimal]] = []
    end = len(run)
    for k in range(end - 1, max(end - 6, 0), -1):
        if not _SCORE.fullmatch(run[k:]):
            continue
        for j in range(k - 1, max(k - 5, 0), -1):
            if not _WEIGHT.fullmatch(run[j:k]):
                continue
            for i in range(j - 1, max(j - 7, 0), -1):
                if not _RATE.fullmatch(run[i:j]) or not run[i - 1].isdigit():
                    continue
                rate, weight, score = Decimal(run[i:j]), Decimal(run[j:k]), Decimal(run[k:])
                if score <= weight and (weight * rate / 100).quantize(place_unit(score), ROUND_HALF_UP) == score:
                    fits.append((rate, weight, score))
    return fits[0] if len(fits) == 1 else None
