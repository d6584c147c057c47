"""Target, actual value and evidence of an indicator, read from its narrative."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from jixiao.lexicon import pattern
from jixiao.numbers import WRITTEN_FIGURE, to_decimal
from jixiao.readers.extract.scores import about_last_year
from jixiao.readers.extract.values import cell_unit, is_deadline, parse_target, spelled_count, unit_hint

_COMPARISON_WORDS = pattern("comparison_words").pattern  # 不低于, 不超过, …
# an actual may be negative ("变动率为-3.5%"); a dash after a digit joins a range ("5-10%") and is no sign.
# (Written to open on a class of its first characters, "-" or a digit, the lookbehinds after it: a search skips to
# those characters instead of trying the optional sign at every place — the same matches, three times quicker.
# No number starts right after a digit: a search meets the run's first digit before, and whatever a later start
# would match, that start matches too; so a long run of figures is not retried from each of its digits.)
_SIGNED = r"[-\d](?<!\d[-\d])(?:(?<=-)(?<![\d.%]-)\d|(?<=\d))[\d,]*(?:\.\d+)?"
# (every alternative opens on a literal, 标准's look-behind after it: a search skips to their first characters)
_TARGET = re.compile(
    r"(?:年度指标值|目标值|指标值|绩效目标值|年度目标|目标|计划(?:完成)?|标准(?<![分价核]标准))\s*(?:为|是|:|设定为|确定为|要求)?\s*"
    r"((?:≥|≤|>|<|=|" + _COMPARISON_WORDS + r"|达到|控制在)?\s*" + WRITTEN_FIGURE
    + r"\s*(?:%|/(?:10)?[万千]人?|[^\d\s,，。;；、)/]{0,4}(?:/[^\d\s,，。;；、)]{1,3})?))"
)  # ("≤15/10万": a rate per ten thousand people, its unit written with figures)
_PERCENT = re.compile(r"(" + _SIGNED + r")\s*%")
_ZERO_EVENTS = re.compile(r"未发生|没有发生|无[^,，。;]{0,8}发生|零发生|发生[^,，。;]{0,8}(0|零)\s*(次|起|件)|为零|为0")
_SURVEY = pattern("survey_words.evidence")
_VALID_SAMPLE = re.compile(r"有效(?:问卷|样本|调查表)?[^,，;；。]*?(\d[\d,]*)\s*(?:份|人|户|名|个)|()(?!)")
_SAMPLE = re.compile(
    r"(?:调研|调查|问卷|抽样|抽查|抽访|访谈|回访|随访|测评|样本|收回|回收|有效|走访)[^,，;；。]*?(\d[\d,]*)\s*(?:人次|人|份|户|名|家|位|个样本)"
    r"|(\d[\d,]*)\s*(?:份|人|户|名)(?:有效)?(?:问卷|调查表|样本)"
    r"|(\d[\d,]*)\s*(?:名|位|户|人)[^,，;；。\d]{0,8}?(?:问卷|调查|调研|访谈|测评)"
)


_TARGET_BARE = re.compile(
    r"((?:" + _COMPARISON_WORDS + r"|控制在|≥|≤)\s*" + WRITTEN_FIGURE
    + r"\s*(?:%|[^\d\s,，。;；、)]{0,5}?)(?:以内|以下|以上|之内)?)(?=[,，。;；)]|$)"
)
# Qualitative values behind an explicit label: "年度指标值：按时完成" / "实际完成值：已完成" / "完成值为全面完成".
_WORDS = r"\s*(?:为|是|:)\s*([^,;。\n\d]{2,20}?)(?=\s*(?:[,;。\n]|$))"
_DATE = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月")
# "11月底前" / "6月30日前": a day of the year with no year, a deadline too (not 11 of a unit 月底前)
_MONTH_DAY = re.compile(r"(?:1[0-2]|0?[1-9])\s*月\s*(?:底|末|上旬|中旬|下旬|[1-3]?\d\s*日)")
TARGET_TEXT = re.compile(r"(?:年度指标值|年度目标值|绩效目标值|目标值|指标值)" + _WORDS)
ACTUAL_TEXT = re.compile(r"(?:实际完成值|实际完成情况|实际完成|实际值|完成值|完成情况)" + _WORDS)
# "目标值明显改善，完成值基本实现": the same labels with the words right after them, no colon
_BARE_WORDS = (r"(?![为是:])\s*(?!设定|设置|确定|的|与|和|均|达到|超过|未|偏|较|比|及|已|按)"
               r"([\u4e00-\u9fff]{2,10}?)(?=\s*(?:[,;。\n]|$))")
# "指标值：次月10日前": a deadline behind the label, digits and all
# (or a date behind 要求: "…完成时间要求在2024年12月底前")
_TARGET_DEADLINE = re.compile(r"(?:(?:年度指标值|年度目标值|绩效目标值|目标值|指标值)\s*(?:为|是|:)"
                              r"|要求(?:在|于)?(?=\d{4}\s*年))\s*([^,;。\n()]{2,16}?)"
                              r"(?=\s*(?:[,;。\n)]|$))")
# (a bare 完成 too when a date follows: "目标10月底前，完成11月5日")
_ACTUAL_DATE = re.compile(r"(?:实际完成值|实际完成时间|实际完成|实际值|完成值|完成时间"
                          r"|完成(?=\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月))\s*(?:为|是|于|:)?\s*"
                          r"((?:\d{4}\s*年\s*)?\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?[^,;。\n()\d]{0,4}?)(?=\s*(?:[,;。\n)]|$))")
_ACTUAL_ON = re.compile(r"实际(?:于|在)\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)")
TARGET_BARE_TEXT = re.compile(r"(?:年度指标值|年度目标值|绩效目标值|目标值|指标值)" + _BARE_WORDS)
ACTUAL_BARE_TEXT = re.compile(r"(?:实际完成值|实际值|完成值)" + _BARE_WORDS)
# "目标明显改善，实际完成基本实现" / "目标为稳步提升，实际为显著提升": word-only target and actual in a row
# (never the tail of a label, "值": "实际完成值按期完成" is 按期完成, read after the whole label)
_PLAIN = (r"(?!设定|设置|确定|的|与|和|均|达到|超过|未|偏|较|比|及|已|按(?!时|期)|了|是否|否|值)"
          r"([\u4e00-\u9fff“”\"]{2,12}?)")
ACTUAL_LABEL = r"(?:(?:全年)?实际(?:完成值|完成情况|完成|达到|值|情况)?|全年完成(?:值|情况)?)"
# after a target's words: a bare 完成 is the actual's label ("目标 同比下降，完成 同比持平"), 已 may open its words
# ("目标为建立健全，实际已建立")
_PAIRED_ACTUAL = r"(?:" + ACTUAL_LABEL + r"|完成(?:值|情况)?)\s*(?:为|是|:)?\s*" + _PLAIN.replace("|已|", "|")
_WORD_PAIR = re.compile(  # (the label's variants spelt out: a search skips to their first characters)
    r"(?:年度目标值|年度指标值|年度目标|全年目标值|全年指标值|全年目标|目标值|指标值|目标)\s*(?:为|是|:)?\s*"
    + _PLAIN + r"\s*[,;。)]{1,2}\s*" + _PAIRED_ACTUAL + r"(?=\s*(?:[,;。\n]|$))"
)
_AFTER_TARGET = re.compile(r"\s*[,;。)]{1,2}\s*" + _PAIRED_ACTUAL + r"(?=\s*(?:[,;。\n]|$))")
# (已 may open the words after the label: "实际完成已建立" is 已建立, not 完成已建立 under the label 实际)
_ACTUAL_WORDS = re.compile(r"(?:(?<=[,;。)\s])|^)" + ACTUAL_LABEL + r"\s*(?:为|是|:)?\s*" + _PLAIN.replace("|已|", "|")
                           + r"(?=\s*(?:[,;。\n]|$))")
ACTUAL_STATED = re.compile(r"实际(?:完成值|完成|达到|值|为|平均)?[^,，;；。\d]{0,10}?(?:为|是|:)?\s*("
                            + _SIGNED + r")")


_RULE_WORD = re.compile(r"扣|加|减")


def _rule_context(norm: str, match: re.Match[str]) -> bool:
    """"每低于目标1个百分点扣1分" states a scoring rule, not the target."""
    before = norm[max(0, match.start() - 4): match.start()]
    points = norm[match.end(): match.end() + 3].startswith("百分点") or "百分点" in match.group(0)
    # (a target of so many 百分点 — "目标为0.2个百分点以上" — is no rule: a rule deducts or adds for them)
    return "每" in before or (points and _RULE_WORD.search(norm, match.end(), match.end() + 12) is not None)


# "超过12000件的年度目标" / "未达到600人的目标" / "高于90%的目标值": the target told after the actual, no comparator
_TARGET_TOLD = re.compile(r"(?:超过|超出|未达到|未达|达到|高于|低于|优于)\s*(" + WRITTEN_FIGURE
                          + r"\s*(?:%|[^\d\s,，。;；、)的]{0,4}?))\s*的\s*(?:年度|全年)?(?:绩效)?目标值?")


def target_from_text(norm: str) -> tuple[dict[str, Any], int, int] | None:
    match = next((m for m in _TARGET.finditer(norm) if not _rule_context(norm, m)), None)
    match = match or _TARGET_BARE.search(norm)
    told = _TARGET_TOLD.search(norm) if "的" in norm and "目标" in norm else None
    if told is not None and (match is None or told.start() < match.start()):
        target = parse_target(told.group(1))
        if target is not None and target.get("value") is not None:
            return target, told.start(), told.end()
    pair = _WORD_PAIR.search(norm) if "实际" in norm or "完成" in norm else None  # (its actual's label)
    if pair is not None and (match is None or pair.start() < match.start()):
        said = pair.group(1).strip("“”\"")  # ("不少于三个": a count in numerals, read as its figure)
        return spelled_count(said) or {"text": said}, pair.start(), pair.start(1) + len(pair.group(1))
    words = (TARGET_TEXT.search(norm) or TARGET_BARE_TEXT.search(norm)) if "目标值" in norm or "指标值" in norm \
        else None  # (every label of theirs ends so)
    if words is not None and (match is None or words.start() < match.start()):
        said = words.group(1).strip()
        return spelled_count(said) or {"text": said}, words.start(), words.end()
    deadline = _TARGET_DEADLINE.search(norm) if match is None and ("值" in norm or "要求" in norm) else None
    if deadline is not None and is_deadline(deadline.group(1)):
        return {"text": deadline.group(1).strip()}, deadline.start(), deadline.end()
    if not match:
        return None
    if _DATE.match(norm, match.start(1)) or _MONTH_DAY.match(norm, match.start(1)):
        # "2024年6月前开工" is a deadline, not the number 2024
        end = _clause_end(norm, match.start(1))
        return {"text": norm[match.start(1): end].strip()}, match.start(), end
    written, end = match.group(1), match.end()
    if written.endswith("以") and norm[end: end + 1] in ("上", "下", "内"):  # "0.3个等级以上": the unit's room ran out
        written, end = written + norm[end], end + 1
    target = parse_target(written)
    if target is None or target.get("value") is None:
        return None
    return target, match.start(), end


_CLAUSE_STOP = re.compile(r"[,;。\n]")


def _clause_end(norm: str, start: int) -> int:
    stop = _CLAUSE_STOP.search(norm, start)
    return stop.start() if stop else len(norm)


_BRACKETS_AND_SPACES = re.compile(r"[()（）\s]")


def _name_core(name: str) -> list[str]:
    """Suffixes of the name to look for in the text: 预决算信息公开率 → [预决算信息公开率, 公开率, …]."""
    clean = _BRACKETS_AND_SPACES.sub("", name)
    cores = [clean]
    for size in (4, 3):
        if len(clean) > size:
            cores.append(clean[-size:])
    return cores


def actual_from_text(name: str, text: str, norm: str, cut: int, exclude: tuple[int, int] | None = None,
                     target_unit: str = "", blanked: str | None = None) -> tuple[dict[str, Any], str, bool] | None:
    """(actual fields, source text, guessed) from the narrative before the score phrase at ``cut``;
    ``exclude`` is the span of the stated target, which is not the actual value."""
    hint = unit_hint(name)
    head = blanked if blanked is not None else norm[:cut]
    if exclude is not None:
        head = head[: exclude[0]] + " " * max(0, min(exclude[1], len(head)) - exclude[0]) + head[exclude[1]:]
    if target_unit and target_unit != "%":
        units = list(re.finditer(r"(" + _SIGNED + r")\s*" + re.escape(target_unit), head))
        same = next((m for m in units if not about_last_year(head, m.start())), units[0] if units else None)
        if same:
            return ({"value": to_decimal(same.group(1)), "unit": target_unit}, text[same.start():same.end()], False)
    on = _ACTUAL_ON.search(head) if not target_unit and not hint and "实际" in head else None
    if on is not None:  # "实际于2024年12月16日通过县级验收": the day it was done
        return {"text": text[on.start(1): on.end(1)]}, text[on.start(): on.end()], False
    statements = list(ACTUAL_STATED.finditer(head)) if "实际" in head else []
    stated = next((m for m in statements if not about_last_year(head, m.start())),
                  statements[0] if statements else None)
    if stated and _DATE.match(head, stated.start(1)):
        end = _clause_end(head, stated.start(1))
        return {"text": text[stated.start(1): end].strip()}, text[stated.start(): end], False
    if stated:
        unit = cell_unit(head, stated.end(1))
        if not hint or unit == hint or (hint == "%" and unit == "%"):
            return ({"value": to_decimal(stated.group(1)), "unit": unit}, text[stated.start():stated.end() + len(unit)],
                    False)
    if hint == "%":
        found = _percent_near_name(name, head)
        if found is not None:
            value, start, end = found
            return {"value": value, "unit": "%"}, text[start:end], False
    elif hint:
        match = re.search(r"(" + _SIGNED + r")\s*(" + "|".join(dict.fromkeys((hint, hint[0]))) + r")", head)
        if match:
            return ({"value": to_decimal(match.group(1)), "unit": match.group(2)}, text[match.start():match.end()],
                    False)
        zero = _ZERO_EVENTS.search(head)
        if zero:
            return {"value": Decimal(0), "unit": hint}, text[zero.start():zero.end()], False
    dated = _ACTUAL_DATE.search(head) if "完成" in head or "实际" in head else None
    if dated is not None:  # "完成值2024年10月18日": a date behind the label, digits and all
        return {"text": text[dated.start(1): dated.end(1)].strip()}, text[dated.start(): dated.end()], False
    # (each label of these holds 实际 or 完成; a bare 完成 only right after the target's words)
    words = (ACTUAL_TEXT.search(head) or ACTUAL_BARE_TEXT.search(head) or _ACTUAL_WORDS.search(head)
             or (_AFTER_TARGET.match(head, exclude[1]) if exclude is not None else None)) \
        if "实际" in head or "完成" in head else None
    if words is not None:
        said = text[words.start(1): words.end(1)].strip()
        if len(said) > 2 and said[0] in "“\"「『" and said[-1] in "”\"」』":
            said = said[1:-1].strip()  # 实际“有所改善”: the words, not their quotation marks
        while said[-1:] in ")）" and sum(said.count(c) for c in ")）") > sum(said.count(c) for c in "(（"):
            said = said[:-1].rstrip()  # "（指标值：…；完成值：按月发放）": the bracket opened before the label
        labelled: dict[str, Any] = spelled_count(said, actual=True) or {"text": said}
        return labelled, text[words.start(): words.end()], False
    description = _last_statement(text[:cut])
    if not description:  # the whole narrative, without the score phrase (it is not the actual)
        rest = text
        if blanked is not None and len(blanked) == len(text) == len(norm):
            rest = "".join(" " if b == " " and n != " " else t for t, n, b in zip(text, norm, blanked, strict=True))
        description = _last_statement(rest).strip(" ，,；;：:")
    if not description:
        return None
    out: dict[str, Any] = {"text": description}
    if hint:
        out["unit"] = hint
    return out, description, False


def _percent_near_name(name: str, head: str) -> tuple[Decimal, int, int] | None:
    percents = list(_PERCENT.finditer(head))
    if not percents:
        return None
    for core in _name_core(name):
        for end in _ends_of(core, head):
            after = [p for p in percents if 0 <= p.start() - end <= 12]
            if after:
                p = after[0]
                return to_decimal(p.group(1)), p.start(), p.end()
    p = percents[-1]
    return to_decimal(p.group(1)), p.start(), p.end()


def _ends_of(word: str, text: str) -> list[int]:
    """Where each occurrence of ``word`` in ``text`` ends, left to right, not overlapping (what
    ``re.finditer(re.escape(word), text)`` gives, without a pattern per word)."""
    if not word:
        return list(range(len(text) + 1))  # the empty word occurs at every place
    ends = []
    at = text.find(word)
    while at >= 0:
        ends.append(at + len(word))
        at = text.find(word, at + len(word))
    return ends


_STATEMENT_END = re.compile(r"[。\n]")
_CONNECTIVE_CLAUSE = re.compile(r"[，,；;]\s*(该指标|此项|本项|该项|故|因此|综上)[^，,；;]*$")  # "…，该指标得…"


def _last_statement(text: str) -> str:
    """The last sentence before the score phrase, without trailing connectives."""
    sentences = [s for s in _STATEMENT_END.split(text) if s.strip()]
    if not sentences:
        return ""
    last = sentences[-1].strip()
    if _CONNECTIVE_CLAUSE.search(last):  # the connective's clause goes, from its mark on (a cut at the last mark, not
        last = last[: max(last.rfind(mark) for mark in "，,；;")]  # a pattern anchored at the end tried at every place)
    return last.strip(" ，,；;")


# every phrase _SAMPLE reads holds one of these words: a quick test before it (a literal-led search is fast)
_SAMPLE_WORDS = re.compile("调研|调查|问卷|抽样|抽查|抽访|访谈|回访|随访|测评|样本|收回|回收|有效|走访")


def evidence_from_text(name: str, text: str, norm: str) -> dict[str, Any] | None:
    surveyed = _SAMPLE_WORDS.search(norm) is not None
    if "满意" not in name and not (surveyed and _SAMPLE.search(norm)):
        return None
    sample = _VALID_SAMPLE.search(norm) if "有效" in norm else None  # (_VALID_SAMPLE needs 有效)
    if sample is None and surveyed:
        sample = _SAMPLE.search(norm)
    clauses = []
    pos = 0
    for part in re.split(r"((?<!\d),|,(?!\d)|[，;；。\n])", text):
        segment_norm = norm[pos: pos + len(part)]
        pos += len(part)
        if len(part) < 6 or not _SURVEY.search(segment_norm) or "%" in segment_norm or "分" in segment_norm[-3:]:
            continue
        clauses.append(part.strip())
    if not clauses and sample is None:
        return None
    out: dict[str, Any] = {}
    if sample is not None:
        digits = next(g for g in sample.groups() if g)
        out["sample_size"] = int(digits.replace(",", ""))
    if clauses:
        out["description"] = "，".join(clauses)
    return out
