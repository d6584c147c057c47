"""A deadline target (年度指标值 "2024年12月底前", "6月30日前完成") against an actual date ("2024年12月20日"): a full
score for work finished after its deadline. Compared only where both are dates that fix a day or a month."""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata

from jixiao.checks.context import CheckContext
from jixiao.checks.finding import Finding, Severity
from jixiao.checks.indicators import has_full_score, stated_score, weight_text
from jixiao.checks.registry import check
from jixiao.checks.targets import full_score_facts
from jixiao.model import Evaluation, Indicator
from jixiao.numbers import format_score

CODE = "FULL_SCORE_AFTER_DEADLINE"
_YEAR = r"(?:((?:19|20)\d{2})年)?"
_MONTH = r"(1[0-2]|0?[1-9])月份?"
_DAY = r"(?:(3[01]|[12]\d|0?[1-9])[日号])?"
# a deadline: a year's end ("2024年底前", "年底前完成"), or a month with its day or its end ("12月31日前",
# "2024年10月底前", "≤6月30日", a date alone: the day it is due); "10月前" is read at its loosest, the month's end;
# a month alone ("10月": no year, day, end, 前 or word) may count months, and is no deadline
_DEADLINE = re.compile(r"^(?P<word>≤|<=|不晚于|不迟于|在|于)?(?:(?P<year_end>(?:19|20)\d{2})?年(?:底|末)"
                       rf"|{_YEAR}{_MONTH}{_DAY}(?P<end>底|末)?)(?P<before>之?前|以前)?"
                       r"(?P<done>完成|完工|实施|到位|拨付)?$")
# an actual date: a month with or without its day, nothing after but a word of completion ("2024年12月20日",
# "2025年2月", "已于12月18日完成"); "12月14日前完工" says only a latest day, no date to compare
_ACTUAL = re.compile(rf"^(?:已于|已在|已|于|在)?{_YEAR}{_MONTH}{_DAY}(?:完成|完工|竣工|验收|拨付|到位)?$")


def _text(text: str | None) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text or ""))


def deadline_day(text: str | None) -> tuple[int | None, dt.date] | None:
    """The last day a deadline target allows, with the year it states (None: no year, the date in a leap year), or
    None when ``text`` is no deadline of one day or month (a relative one, "次月15日前", a list, words)."""
    match = _DEADLINE.match(_text(text))
    if match is None:
        return None
    _, year_end, year, month, day, *_ = match.groups()
    if month is not None and not (year or day or any(match.group(g) for g in ("word", "end", "before", "done"))):
        return None  # a month alone, "10月": a count of months ("补助发放月数 10月") as well as a month
    if month is None:  # a year's end
        return (int(year_end) if year_end else None), dt.date(int(year_end or 2000), 12, 31)
    stated = int(year) if year else None
    at, month_no = stated or 2000, int(month)
    last = calendar.monthrange(at, month_no)[1]
    return stated, dt.date(at, month_no, min(int(day), last) if day else last)


def actual_day(text: str | None) -> tuple[int | None, dt.date] | None:
    """The earliest day an actual date allows (a month alone: its first day), with the year it states, or None."""
    match = _ACTUAL.match(_text(text))
    if match is None:
        return None
    year, month, day = match.groups()
    stated = int(year) if year else None
    at, month_no = stated or 2000, int(month)
    return stated, dt.date(at, month_no, min(int(day), calendar.monthrange(at, month_no)[1]) if day else 1)


def missed_deadline(indicator: Indicator) -> bool:
    """Whether the actual date is later than the deadline under every reading: both state their year, or neither
    does (one year then); one written with a year and one without may lie in different years, and is not compared."""
    target, actual = indicator.target, indicator.actual
    if target is None or actual is None or target.value is not None or actual.value is not None:
        return False
    due, done = deadline_day(target.text), actual_day(actual.text)
    if due is None or done is None or (due[0] is None) != (done[0] is None):
        return False
    return done[1] > due[1]


@check(CODE, Severity.ERROR, "晚于完成时限却得满分",
       "年度指标值是一个完成时限（如“2024年12月底前”“6月30日前”），实际完成值是一个日期且晚于该时限时，该指标未按期完成，"
       "不应得满分；两者都写明年份时才判为错误，都未写年份时（时限可能是次年的）只作提示，一个写年份一个未写时不比较，"
       "“前”取最宽的读法（“10月前”算到10月底）。")
def full_score_after_deadline(evaluation: Evaluation, ctx: CheckContext) -> list[Finding]:
    findings = []
    for i, ind in enumerate(evaluation.indicators):
        score = stated_score(ind)
        if score is None or not has_full_score(ind) or not missed_deadline(ind):
            continue
        assert ind.target is not None and ind.actual is not None
        # neither states its year: the deadline may be the next year's ("3月底前" of a project running into it), a
        # second reading under which the row is met: a warning
        yearless = (deadline_day(ind.target.text) or (None,))[0] is None
        numbers = {"actual": _text(ind.actual.text), "target": _text(ind.target.text),
                   "score": format_score(score), "weight": weight_text(ind)}
        findings.append(ctx.finding(
            CODE, f"{ctx.label(i, ind)}：实际完成时间 {numbers['actual']} 晚于年度指标值 {numbers['target']}，"
                  f"却得满分 {numbers['score']} 分", f"indicators[{i}].stated_score", numbers,
            severity=Severity.WARNING if yearless else None,
            facts=full_score_facts(ctx, i, ind, numbers, f"indicators[{i}].actual"),
            arithmetic=f"{numbers['actual']} 晚于 {numbers['target']}；"
                       f"得分 {numbers['score']} = 分值 {numbers['weight']}"))
    return findings
