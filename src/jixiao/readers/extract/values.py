"""Targets (年度指标值) and actual values (实际完成值) from a cell or a phrase."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from jixiao.lexicon import lexicon
from jixiao.lexicon import pattern as lexicon_pattern
from jixiao.numbers import WRITTEN_FIGURE, to_decimal
from jixiao.readers.spelled_figures import arabic_count
from jixiao.readers.textnorm import HAN, match_text

UNITS = lexicon()["value_units"]
_UNIT = rf"({UNITS})?"
_WHOLE_UNIT = re.compile(UNITS)
_VALUE = re.compile(rf"({WRITTEN_FIGURE})\s*{_UNIT}")
_COMPARATORS: list[tuple[str, str]] = [
    (r"≥|>=|不低于|不少于|不小于|大于等于|大于或等于|至少|达到|以上|及以上|高于等于", "≥"),
    (r"≤|<=|不高于|不超过|不多于|不大于|小于等于|小于或等于|控制在.*?以内|以内|以下|及以下|之内|内", "≤"),
    (r"大于|高于|超过|>", ">"),
    (r"小于|低于|少于|<", "<"),
    (r"=|等于|为零|为0|零", "="),
]
_MINUS_SIGNS = "-−–﹣"
_MINUS = re.compile(rf"^[{_MINUS_SIGNS}]\s*(?=\d)")
_ZERO = re.compile(r"^(零|无|未发生|0)$")
_DATE = re.compile(r"(?:19|20)\d{2}年(?:\d{1,2}月|底|末|内|上半年|下半年)")  # a date or a deadline
# a month of the year with no year ("10月前", "9月", "6月30日前"): a date, not 10 of a unit 月前 (12个月 is a duration)
_MONTH = re.compile(r"(?:1[0-2]|0?[1-9])月份?(?:[1-3]?\d日)?(?:底|末|初|上旬|中旬|下旬)?(?:之?前|以前|内|前完成|完成)?")
# a day counted from a month, quarter or year that is not named ("次月15日前", "每月10日前", "每季度末", "次年3月底前"):
# a deadline, not 15 of a unit 日前
_RELATIVE_DATE = re.compile(r"(?:次|每|当|下|本)(?:月|季度?|年)(?:(?:1[0-2]|0?[1-9])月)?(?:[1-3]?\d日)?"
                            r"(?:底|末|初|上旬|中旬|下旬)?(?:之?前|以前|内)?")
# a date with dots, dashes or slashes ("2024.11.30前", "2024.12.31", "2024-06前"); a bare "2024.11" stays a number
_DOTTED_DATE = re.compile(r"(?:19|20)\d{2}[./-](?:1[0-2]|0?[1-9])(?:[./-](?:3[01]|[12]\d|0?[1-9])日?(?:之?前|以前)?"
                          r"|(?:底|末)?(?:之?前|以前))")
UNIT_WORDS = {"百分比": "%", "百分率": "%", "百分数": "%", "％": "%"}
TIERS = {"达成": "达成", "已达成": "达成", "部分达成": "部分达成", "未达成": "未达成"}


def _comparator(text: str) -> str | None:
    for pattern, symbol in _COMPARATORS:
        if re.search(pattern, text):
            return symbol
    return None


def month_date(cell: str) -> bool:
    """Whether ``cell`` is a month of the year with no year and no comparator ("10月前", "9月", "6月30日前")."""
    return _MONTH.fullmatch(match_text(cell).replace(" ", "")) is not None


_LISTED = re.compile(r"[、和及]")  # "5月、10月底前": two deadlines of one indicator (two campaigns a year)


def is_deadline(text: str) -> bool:
    """Whether ``text`` is a date or a deadline and nothing else ("次月10日前", "6月30日前", "2024年底前"), or a
    list of them ("5月、10月底前")."""
    norm = match_text(text).replace(" ", "")
    # (a dated text naming two tasks, "2024年6月30日前完成验收和结算", is one deadline whole, as before the lists)
    return _one_deadline(norm) or all(_one_deadline(part) for part in _LISTED.split(norm))


def _one_deadline(norm: str) -> bool:
    return bool(_DATE.match(norm) or _MONTH.fullmatch(norm) or _RELATIVE_DATE.fullmatch(norm)
                or _DOTTED_DATE.fullmatch(norm))


# a target written as a range ("90%～95%", "0.55-0.60", "85至95分")
_RANGE = re.compile(r"(\d+(?:\.\d+)?)(%?)(?:～|~|〜|至|-|—|－|–)(\d+(?:\.\d+)?)(%?)([^\d.%~～-]{0,6})")
_YEARISH = re.compile(r"(?:19|20)\d{2}")
# a target bounded on both sides ("≥95%且≤100%", "＞90%，≤100%", "不低于3次且不超过5次"): at least the lower bound,
# the two kept as written, as a range is
_TWO_SIDED = re.compile(r"(≥|>|不低于|不少于)(\d+(?:\.\d+)?)(%?)[^\d≤<]{0,4}?(?:且|并且|,|，|、|;|；)"
                        r"(?:≤|<|不高于|不超过|不多于)(\d+(?:\.\d+)?)(%?)([^\d]{0,6})")
# a period from one dotted date to another ("2021.1.1-12.31", "2021.3.1至2021.11.30"): a time, not the number 2021.1
_DAY = r"(?:1[0-2]|0?[1-9])[./-](?:3[01]|[12]\d|0?[1-9])"
_DATE_SPAN = re.compile(rf"(?:19|20)\d{{2}}[./-]{_DAY}(?:-|—|–|~|～|至)(?:(?:19|20)\d{{2}}[./-])?{_DAY}")
_SPAN_SIGNS = "-—–~～至－"
# a period of the year, not a figure: months from one to another ("10月-12月", "1-6月", "2024年1月至6月"), a quarter
# ("第4季度", "三季度末前"), a year's month written with a dash or a slash ("2024-12", "2024/06"); not a count of months
# ("3-5个月", a range) nor a bare "2024.12" (a figure, as the twenty-seventh set reads it)
_MONTH_NO = r"(?:1[0-2]|0?[1-9])"
_PERIOD = re.compile(rf"(?:(?:19|20)\d{{2}}年)?(?:{_MONTH_NO}月?份?[-—–~～至到－]{_MONTH_NO}月份?"
                     r"|第?[1-4一二三四]季度)(?:底|末|初)?(?:之?前|以前|内|期间)?"
                     rf"|(?:19|20)\d{{2}}[-/－]{_MONTH_NO}月?")
# a range in interval notation ("[90,100]", "[90%,100%]", "【90,100】"): a closed lower end is ≥, an open one >; one
# from 0 ("(0,5]", "[0,3%]") says only its upper end: a closed one ≤, an open one <
_INTERVAL = re.compile(r"([\[(【〔])(\d+(?:\.\d+)?)(%?)[,，、](\d+(?:\.\d+)?)(%?)([\])】〕])([^\d]{0,6})")
# a deadline written after a bound's sign ("≤6月30日", "不晚于11月底"): by that date, not ≤ 6 of a unit 月
_BY_DATE = re.compile(r"^(?:≤|<=|<|不晚于|不迟于)")
_BARE_MONTH = re.compile(r"\d{1,2}个?月")


def _ranged(norm: str) -> re.Match[str] | None:
    """A range from a lower figure to a higher ("3-5个", "90%～95%"), not two years apart ("2023-2024")."""
    ranged = _RANGE.fullmatch(norm)
    if ranged and to_decimal(ranged.group(1)) < to_decimal(ranged.group(3)) \
            and not (_YEARISH.fullmatch(ranged.group(1)) and _YEARISH.fullmatch(ranged.group(3))):
        return ranged
    return None


def parse_target(cell: str) -> dict[str, Any] | None:
    """``≥95%`` / ``不低于95%`` / ``0次`` / ``按时完成`` → the model's Target fields."""
    text = cell.strip()
    if not text or text in ("/", "-", "—", "无", "——", "一"):  # (一: an OCR'd dash)
        return None
    norm = arabic_count(match_text(text).replace(" ", ""), _WHOLE_UNIT)  # "不少于三十场": ≥ 30 场
    bound = _BY_DATE.sub("", norm)  # ("≤10月" stays ≤ 10 of a unit 月, as earlier sets read it: only a day or a
    dated = bound != norm and not _BARE_MONTH.fullmatch(bound)  # 底 / 末 after the sign makes it a date)
    if is_deadline(bound if dated else norm) or _DATE_SPAN.fullmatch(norm) or _PERIOD.fullmatch(norm):
        return {"text": text}  # "2022年12月底前" / "次月15日前" / "≤6月30日" / "10月-12月": no number 2022, 15, 6 or 10
    interval = _INTERVAL.fullmatch(norm)
    if interval and (to_decimal(interval.group(2)) >= to_decimal(interval.group(4))
                     or (_YEARISH.fullmatch(interval.group(2)) and _YEARISH.fullmatch(interval.group(4)))):
        return {"text": text}  # "[100,90]", "(2023,2025]": no bound the reader is sure of, not the figure 10090
    if interval:
        unit = interval.group(3) or interval.group(5) or interval.group(7)  # at least the lower end, kept as written
        if to_decimal(interval.group(2)) == 0:  # (">0" of a count of complaints "(0,3]" is not what it bounds)
            return {"comparator": "<" if interval.group(6) == ")" else "≤", "value": to_decimal(interval.group(4)),
                    "unit": UNIT_WORDS.get(unit, unit), "text": text}
        return {"comparator": ">" if interval.group(1) == "(" else "≥", "value": to_decimal(interval.group(2)),
                "upper": to_decimal(interval.group(4)), "unit": UNIT_WORDS.get(unit, unit), "text": text}
    sided = _TWO_SIDED.fullmatch(norm) if "≤" in norm or "<" in norm or "不" in norm else None
    if sided and to_decimal(sided.group(2)) < to_decimal(sided.group(4)):
        unit = sided.group(3) or sided.group(5) or sided.group(6)
        return {"comparator": ">" if sided.group(1) == ">" else "≥", "value": to_decimal(sided.group(2)),
                "upper": to_decimal(sided.group(4)), "unit": UNIT_WORDS.get(unit, unit), "text": text}
    ranged = _ranged(norm)
    if ranged:
        unit = ranged.group(2) or ranged.group(4) or ranged.group(5)  # "90%～95%": from the lower end to the upper,
        return {"comparator": "≥", "value": to_decimal(ranged.group(1)),  # the range kept as written
                "upper": to_decimal(ranged.group(3)), "unit": UNIT_WORDS.get(unit, unit), "text": text}
    per_period = lexicon_pattern("year_figure_after_period").match(norm)
    if per_period:  # "每季度1次，全年4次": the year's figure (the per-period one is how it is spread)
        return parse_target(norm[per_period.end():])
    match = _VALUE.search(norm)
    if not match:
        if _ZERO.match(norm):
            return {"comparator": "=", "value": Decimal(0), "unit": ""}
        return {"text": text}
    if _sentence(norm, match.start()) or lexicon_pattern("relative_to_last_year").search(norm, 0, match.start()):
        return {"text": text}  # (a change against last year bounds the change, not the indicator: as written)
    value = to_decimal(match.group(1))
    if match.start() > 0 and norm[match.start() - 1] in _MINUS_SIGNS and not re.search(r"\d", norm[: match.start()]):
        value = -value  # "≤-5%": a signed target
    unit = _whole_unit(norm, match.end(1)) or match.group(2) or cell_unit(norm, match.end(1))
    within = len(unit) > 1 and unit.endswith("内")  # "30日内", "5个工作日内": at most that many, of a unit 日
    unit = unit.removesuffix("内") if within else unit  # (the 内 is the bound, left for the comparator)
    if unit and unit[0] in _SPAN_SIGNS:  # "1-6期培训结束后及时考核": a span of items in a sentence; "2020-2024":
        return {"text": text}  # a span of years, a period: no figure either (as before, ≥ 2020 of a unit "-")
    around = norm[: match.start()] + " " + norm[match.start() + len(match.group(1)) + len(unit):]
    comparator = _comparator(around)
    if comparator is None:
        comparator = "=" if value == 0 else "≥"
    out: dict[str, Any] = {"comparator": comparator, "value": value, "unit": UNIT_WORDS.get(unit, unit)}
    if unit_then_object(norm[match.end(1):]) or (within and HAN.search(norm[: match.start()])):
        out["text"] = text  # "至少全年完成2次宣传": what is counted is words; "收到资金30日内": from when; as written
    return out


def spelled_count(words: str, actual: bool = False) -> dict[str, Any] | None:
    """A sentence's target (or ``actual``) words that are a count spelled in numerals ("不少于三个", "十二点五公里")
    read as the cell would be; None for any other words (they stay as written)."""
    norm = match_text(words).replace(" ", "")
    if arabic_count(norm, _WHOLE_UNIT) == norm:
        return None
    read = parse_actual(words) if actual else parse_target(words)
    return read if read is not None and "value" in read else None


def _sentence(norm: str, start: int) -> bool:
    """Whether a target cell is a sentence with its figure inside ("建成某某站点12个。", a form whose target column
    holds what the year was to do): words with no bound before the figure, a full stop closing it. Kept as text: the
    figure is what the sentence counts, not plainly the target with its unit."""
    head = norm[:start]
    return norm.endswith("。") and len(HAN.findall(head)) >= 2 and _comparator(head) is None


# "每亩300": a rate per unit of something counted (亩, 人, 户 …), its figure the value, as a target cell reads it; not a
# time's ("每月10日前" is a deadline)
_PER_MEASURE = re.compile(r"每(?![年月日天周季时])[\u4e00-\u9fff]{1,3}")


_DONE_WORDS = re.compile(r"[\u4e00-\u9fff]{1,6}")


def _done_words(head: str) -> bool:
    """Whether ``head``, the words before an actual's figure, name what was done ("办结", "全年开展", "平均",
    "接待游客"): a few Chinese words with no change, comparison, negation, rank or part in them (lexicon
    ``actual_lead_stop``: "较上年增长5%" and "未完成2项" stay as written)."""
    return _DONE_WORDS.fullmatch(head) is not None and not lexicon_pattern("actual_lead_stop").search(head)


def parse_actual(cell: str) -> dict[str, Any] | None:
    """``98%`` / ``0次`` / ``达成`` / a description → the model's Actual fields."""
    text = cell.strip()
    if not text or text in ("/", "-", "—", "——", "一"):
        return None
    norm = arabic_count(match_text(text).replace(" ", ""), _WHOLE_UNIT)  # "三十二场": 32 场
    if norm in TIERS:
        return {"tier": TIERS[norm]}
    if _DATE.match(norm) or _PERIOD.fullmatch(norm) or _ranged(norm):  # ("2024-11", "7-9月": when, not the
        return {"text": text}  # figure 2024 or 7; "3-5个": a range done, not 3 of a unit "-")
    signed = _MINUS.match(norm)
    if signed:  # "-4.6%" / "－4.6%" / "−4.6%": a negative value (a "下降4.6%" phrase stays text)
        value = parse_actual(norm[signed.end():])
        if value is not None and "value" in value:
            return {**value, "value": -value["value"]}
    match = _VALUE.search(norm)
    if match and (match.start() == 0 or re.match(r"^(≥|≤|>|<|=|约|达|达到|为|完成)$", norm[: match.start()])
                  or _PER_MEASURE.fullmatch(norm[: match.start()]) or _done_words(norm[: match.start()])):
        unit = _whole_unit(norm, match.end(1)) or match.group(2) or cell_unit(norm, match.end(1))
        if unit and unit[0] in _SPAN_SIGNS and _RANGE.fullmatch(norm, match.start()):
            return {"text": text}  # "3-5个", "约3-5天": a range done, no one figure (as before, 3 of a unit "-")
        tail = norm[match.end(1) + len(unit):].strip()
        if not tail or len(tail) <= 2:
            actual: dict[str, Any] = {"value": to_decimal(match.group(1)), "unit": UNIT_WORDS.get(unit, unit)}
            if _done_words(norm[: match.start()]):
                actual["text"] = text  # "出动4862次": the figure, and the words around it kept as written
            sign = norm[: match.start()]
            if sign in ("≥", "≤", ">", "<"):  # "≥95%" as the actual: the target copied, kept as written
                actual["comparator"] = sign
            return actual
    if _ZERO.match(norm):
        return {"value": Decimal(0), "unit": ""}
    return {"text": text}


_BOUND_WORD_END = re.compile(r"(以内|以上|以下|之内|及以上|及以下|左右|上下)$")
_NOT_UNIT = re.compile(r"[\d,;。:()\s]")
_PAIRED_UNIT = re.compile(r"([^\d\s()]{1,3})\(([^\d\s()]{1,3})\)")
# a return period ("50年一遇标准", "满足20年一遇防洪要求"): its unit is 年一遇 whatever words follow (not 年, not the
# words), so a target and an actual written with other words keep one unit
_RETURN_PERIOD = "年一遇"
# a counting word then what is counted ("2次宣传", "3场培训"): the unit is the counting word, the rest the object;
# 个 with a noun is a unit of its own ("2个百分点", "1个等级"); "100%完成" counts nothing
_UNIT_THEN_OBJECT = re.compile(rf"(?!个|%)({UNITS})([\u4e00-\u9fff]{{2,}})")


def unit_then_object(rest: str) -> bool:
    """Whether ``rest`` (what follows a number) is a known unit then words that are no unit: ``次宣传``."""
    led = _UNIT_THEN_OBJECT.fullmatch(rest)
    return (led is not None and re.fullmatch(UNITS, rest) is None and not rest.startswith(_RETURN_PERIOD)
            and _BOUND_WORD_END.fullmatch(led.group(2)) is None)


def _whole_unit(norm: str, end: int) -> str:
    """A compound unit filling the rest of a cell: ``14万元/公里`` → 万元/公里."""
    rest = norm[end:].strip()
    if rest.startswith(_RETURN_PERIOD):
        return _RETURN_PERIOD
    rest = _BOUND_WORD_END.sub("", rest).strip()
    paired = _PAIRED_UNIT.fullmatch(rest)
    if paired and re.fullmatch(f"[万千亿]?(?:{UNITS})", paired.group(1)) and re.fullmatch(UNITS, paired.group(2)):
        return rest  # 台（套） / 个（处） / 万头（只）: a unit with its alternative counting word, as forms print it
    if rest[:1] == "%" and "/" not in rest:
        return ""  # "100%完成": the words after a percent are no part of its unit
    if unit_then_object(rest):
        return ""  # the counting word alone, read by the caller
    if 1 <= len(rest) <= 8 and not _NOT_UNIT.search(rest) and ("/" in rest or len(rest) <= 5):
        return rest
    return ""


def cell_unit(norm: str, end: int) -> str:
    """The unit written right after a number: the following non-digit, non-punctuation run (≤ 4)."""
    match = re.match(r"\s*([^\d\s,.;:!?()、，。；：（）/]{1,5})", norm[end:])
    if not match:
        return ""
    unit = match.group(1)
    return re.split(r"[以及或和的,]", unit)[0]


def number_in(cell: str) -> Decimal | None:
    match = re.search(WRITTEN_FIGURE, match_text(cell).replace(" ", ""))
    return to_decimal(match.group(0)) if match else None


_RATE_NAME = lexicon_pattern("indicator_name_units.rate")
_COUNT_NAME = lexicon_pattern("indicator_name_units.count")


def unit_hint(name: str) -> str:
    """The unit an indicator's name implies: 率/度/比例 → %, 次数 → 次, …"""
    norm = match_text(name)
    if _RATE_NAME.search(norm) or norm.endswith("%)"):
        return "%"
    match = _COUNT_NAME.search(norm)
    if match and (match.group(2) or match.group(1) in ("人次", "场次", "次")):
        return match.group(1)
    return ""
