"""What a table cell can hold: its kind (amount, percentage, comparator target, level word, text …),
how well it fits a column role, and the ways a run of fused numbers can be split.

Used to align a row's cells to its header by content when positions cannot be trusted (a web page
that drops empty cells, a merged first cell, a viewer that runs cells together).
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation
from enum import Enum
from functools import lru_cache

from jixiao.lexicon import pattern, qualitative_values
from jixiao.model import GRADE_SYNONYMS
from jixiao.numbers import WRITTEN_FIGURE
from jixiao.readers.textnorm import HAN, compact, match_text


class Kind(Enum):
    EMPTY = "empty"
    SLASH = "slash"  # "/", "—": a cell deliberately left blank
    NUMBER = "number"
    PERCENT = "percent"
    AMOUNT = "amount"  # a number with a money or count unit: 15万元, 2370人
    COMPARED = "compared"  # a target with a comparison: ≥95%, 不低于90%
    NATURE = "nature"  # ≥ / 正向 / 定量指标
    MEASURE = "measure"  # a unit on its own: %, 个, 万元
    LEVEL1 = "level1"
    LEVEL2 = "level2"
    GRADE = "grade"
    YESNO = "yesno"
    FUSED = "fused"  # digits of several numbers run together: 1010, 356.40341.15
    TEXT = "text"


# what a cell under a column of figures may read as: a figure, or left blank on purpose or by accident
VALUE_CELL_KINDS = frozenset({Kind.NUMBER, Kind.PERCENT, Kind.SLASH, Kind.EMPTY, Kind.FUSED, Kind.AMOUNT})
# what an amount's cell reads as: a bare figure or one with its unit ("356.40", "356.40万元")
AMOUNT_KINDS = (Kind.NUMBER, Kind.AMOUNT)
# and a rate's or a share's ("95.72%"): the cells of a money table's row
AMOUNT_OR_RATE_KINDS = (*AMOUNT_KINDS, Kind.PERCENT)
# and a target's with its comparison ("≥95%"): any figure a form's row may hold
FIGURE_KINDS = (*AMOUNT_OR_RATE_KINDS, Kind.COMPARED)


_NUMBER = re.compile(r"[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")
_PERCENT = re.compile(r"[-−]?\d+(?:\.\d+)?%")
_COMPARED = re.compile(r"^(?:≥|≤|>|<|=|﹦|＞|＜|" + pattern("comparison_words").pattern
                       + "|" + pattern("comparison_words_more").pattern + r"|达到|控制在|至少)")
_COMPARED_VALUE = re.compile(r"\d(?:[\d.,]*)\s*[^\d\s,，;；]{0,6}$")  # "≥95%", "≤90万元", not a scoring sentence
_AMOUNT = re.compile(rf"^[-−]?{WRITTEN_FIGURE}\s*[^\d\s.,%、]{{1,6}}$")  # "1、名称" is a numbered name
_SLASHES = {"/", "／", "-", "—", "——", "－", "\\", "、", "*", "…", "……", "......", "n/a"}  # (compared in lower case)
_FIGURE_CHARS = re.compile(r"[\d.%]+")
_DOT_RUN = re.compile(r"\.(\d+)(?=\.)")  # the digits between two dots, no % between them


def _plain(text: str) -> str:
    return match_text(text).replace(" ", "").replace("\u3000", "").lstrip("¥￥")


_OPENING = re.compile(r"[（(]")
_BRACKET = re.compile(r"[（）()]")
_DIGIT = re.compile(r"\d")
_UNIT_ONLY = re.compile(r"^(万元|元|亿元|%|万?人次?|个|次|户|家|场|所|台|套|件|项|天|年|月|公里|万亩|亩|平方米|吨"
                        r"|只|头|辆|座|处|条|名|份|例|册|株|棵|间)$")  # (a counting word: 万头（只）, 个（处）)


# an outline number before a level's or an indicator's name ("1 产出指标", "1.2 数量指标", "1.2.1 名称", "1.2.1名称"):
# a number of one dot only when a space or a mark follows it ("2.5米宽…" is a figure, not a number)
OUTLINE_NUMBER = (r"\d{1,2}(?:[.．]\d{1,2}){2,3}[、.．]?\s*(?=[\u4e00-\u9fff])"
                  r"|\d{1,2}(?:[.．]\d{1,2})?(?:\s+|[、．.]\s*)(?=[\u4e00-\u9fff])")
# an indicator's code before its name, as a template numbers them ("C1-2 某某场次": block letter, 二级 number, own
# number): a hyphenated code only, so a name that opens on a letter and a figure ("G6 …", "A4纸…") keeps them
INDICATOR_CODE = r"[A-Z]\d{1,2}(?:[-－]\d{1,2}){1,2}\s*(?=[\u4e00-\u9fff])"
# a level's code before it ("C1 数量指标", "D2可持续影响指标"): stripped only where the cell holds a level
_LEVEL_CODE = r"[A-Z](?:\d{1,2}(?:[-－.．]\d{1,2}){0,2}\s*|\s+)(?=[\u4e00-\u9fff])"
_LEAD_OUTLINE_NUMBER = re.compile(rf"^\s*(?:{OUTLINE_NUMBER}|{_LEVEL_CODE})")


def without_outline_number(text: str) -> str:
    """A level's cell ``text`` less the outline number or code it opens on ("1.2 数量指标", "C1 数量指标" →
    "数量指标"); unchanged when there is none."""
    first = text.lstrip()[:1]
    return _LEAD_OUTLINE_NUMBER.sub("", text) if first.isdigit() or "A" <= first <= "Z" else text


def code_before(code: str, cell: str) -> bool:
    """Whether ``code``, a part a space cut off before ``cell`` ("C1" | "数量指标", "C1-2" | "某某场次"), is the
    template's code the cell opened on: a level's code ("C1", "D2") before a level, a hyphenated code before any name
    — what a level's or a name's cell is read past (a letter alone, "C", is not taken: a column's letter)."""
    if len(code) < 2 or not ("A" <= code[0] <= "Z") or not code[1].isdigit() or not HAN.match(cell):
        return False
    joined = f"{code} {cell}"
    if "-" in code or "－" in code:
        return (found := re.match(INDICATOR_CODE, joined)) is not None and found.end() == len(code) + 1
    return kind(cell) in (Kind.LEVEL1, Kind.LEVEL2) and without_outline_number(joined) == cell


@lru_cache(maxsize=8192)
def without_note(cell: str) -> str:
    """``cell`` less a bracketed remark after its value ("96.2%（截至2023年12月31日）", "14.1（扣0.9分）"); the
    cell unchanged when there is none (a unit in brackets, "1200（人次）", is no remark)."""
    # (read by position, not by one pattern: "value, bracket, note, bracket" as a pattern backtracked over every
    # digit of a long cell to each of its ends, quadratic on a 5,000-character "1. 1. …" cell)
    text = cell.strip()
    opening = _OPENING.search(text)  # the value holds no bracket: the note opens on the first
    if text[-1:] not in ("）", ")") or opening is None:
        return cell
    value, note = text[: opening.start()], text[opening.end(): -1]
    if _BRACKET.search(note) or not _DIGIT.search(value):
        return cell
    note = note.strip()
    if not HAN.search(note) or _UNIT_ONLY.match(note) or kind(value) not in FIGURE_KINDS:
        return cell
    return value.strip()


@lru_cache(maxsize=8192)
def kind(text: str) -> Kind:
    """The kind of one cell's text (a value with a remark in brackets after it is a value)."""
    plain = _plain(text.strip())
    if not plain:
        return Kind.EMPTY
    if plain.endswith((")", "）")) and (bare := without_note(text)) != text:
        return kind(bare)
    if plain.lower() in _SLASHES or (not plain.isascii() and len(plain) <= 4
                                     and unicodedata.normalize("NFKC", plain).lower() in _SLASHES):
        return Kind.SLASH  # ("Ｎ／Ａ": the placeholder in full-width letters; "ｎ/Ａ", "N/a": in either case)
    if _PERCENT.fullmatch(plain):
        return Kind.PERCENT
    if _NUMBER.fullmatch(plain):
        return Kind.FUSED if _looks_fused(plain) else Kind.NUMBER
    if pattern("natures").match(plain):
        return Kind.NATURE
    if pattern("measure_units").match(plain) or pattern("value_units").fullmatch(plain):
        return Kind.MEASURE
    key = compact(without_outline_number(text))  # "1.2 数量指标": a level's name under its outline number
    if pattern("levels.level2").match(key):
        return Kind.LEVEL2
    if pattern("levels.level1").match(key):
        return Kind.LEVEL1
    from jixiao.readers.extract.joined_levels import names_both_levels  # (extract reads cells: imported when asked)

    if names_both_levels(plain):
        return Kind.LEVEL2  # "产出指标 > 数量指标": both levels in one cell, ending in the 二级
    if plain.strip("【】[]()") in GRADE_SYNONYMS and len(plain) <= 3:
        return Kind.GRADE
    if plain in ("是", "否", "√", "×"):
        return Kind.YESNO
    if _COMPARED.match(plain) and _COMPARED_VALUE.search(plain):
        return Kind.COMPARED
    if _fused(plain):
        return Kind.FUSED
    if _AMOUNT.fullmatch(plain):
        return Kind.AMOUNT
    return Kind.TEXT


def _fused(plain: str) -> bool:
    """Numbers run together ("356.40341.15", "95.72%9.57"): two or more numbers, each digits with at most one
    decimal part and a %, tested in one pass (the nested-repeat pattern that said the same backtracked
    exponentially on a long run of digits ending in something else)."""
    if not _FIGURE_CHARS.fullmatch(plain) or not plain[0].isdigit() or plain.endswith("."):
        return False
    if ".." in plain or "%%" in plain or ".%" in plain or "%." in plain:
        return False
    return all(len(run) >= 2 for run in _DOT_RUN.findall(plain))  # each dot's fraction, then the next number


_MAX_DIGITS = 14  # digits before the point of one figure (a budget in 元 of a hundred trillion)


def _looks_fused(plain: str) -> bool:
    """Two decimal points, or a decimal part longer than money and scores are written with (six
    decimals are an amount in 万元 to the fen, as finance systems print it: 86.400000), or more digits before the
    point than any figure of a form has (amounts in 元 with no decimals run together: 180000019500001903812.6)."""
    if plain.count(".") >= 2:
        return True
    dot = plain.find(".")
    if (dot if dot >= 0 else len(plain)) > _MAX_DIGITS and "," not in plain:
        return True
    return dot >= 0 and len(plain) - dot - 1 > 4 and not (len(plain) - dot - 1 == 6 and "," not in plain)


_POINTS = re.compile(r"\d+(?:\.\d+)?分")


def is_points(text: str) -> bool:
    """Whether ``text`` is a figure of points written with its unit ("10分", "9.6分"): a weight's or a score's cell."""
    return _POINTS.fullmatch(_plain(text)) is not None


def number(text: str) -> Decimal | None:
    """The value of a number or percentage cell (98.5% → 98.5; points 9.6分 → 9.6), else None."""
    plain = _plain(text).rstrip("%").replace(",", "").replace("−", "-")
    plain = plain[:-1] if _POINTS.fullmatch(plain) else plain
    try:
        return Decimal(plain) if _NUMBER.fullmatch(plain) else None
    except InvalidOperation:
        return None


# How well a cell of each kind fits each role; a missing pair means it cannot go there.
# five Chinese characters or more after a compared figure ("≥300天开放接待读者"): words a standard does not hold
_WORDS_AFTER_FIGURE = re.compile(r"\d[\u4e00-\u9fff]{5,}$")
_FIT: dict[str, dict[Kind, float]] = {
    "number": {Kind.NUMBER: 0.8},
    "level1": {Kind.LEVEL1: 2.5},
    "level2": {Kind.LEVEL2: 2.5},
    "levels": {Kind.LEVEL1: 2.0, Kind.LEVEL2: 2.0, Kind.TEXT: 0.5},
    "name": {Kind.TEXT: 1.0, Kind.AMOUNT: 0.2, Kind.LEVEL2: 0.3, Kind.LEVEL1: 0.2},
    "name_weak": {Kind.TEXT: 1.0},
    "nature": {Kind.NATURE: 2.5},
    "direction": {Kind.NATURE: 2.5, Kind.SLASH: 0.5},  # 指标方向 after 指标性质: "—" for a 定性 indicator's none
    "measure_unit": {Kind.MEASURE: 2.5, Kind.SLASH: 0.5},  # 度量单位: "—" or "N/A" for a 定性 indicator's none
    "target": {Kind.COMPARED: 1.6, Kind.PERCENT: 1.0, Kind.AMOUNT: 1.0, Kind.NUMBER: 0.7, Kind.TEXT: 0.5,
               Kind.SLASH: 0.1, Kind.MEASURE: 0.1, Kind.YESNO: 0.3, Kind.GRADE: 0.2},
    "target_adjusted": {Kind.COMPARED: 1.4, Kind.PERCENT: 0.9, Kind.AMOUNT: 0.9, Kind.NUMBER: 0.6, Kind.TEXT: 0.4,
                        Kind.SLASH: 0.2},
    "actual": {Kind.PERCENT: 1.0, Kind.AMOUNT: 1.0, Kind.NUMBER: 0.7, Kind.TEXT: 0.5, Kind.COMPARED: 0.3,
               Kind.SLASH: 0.1, Kind.GRADE: 0.2, Kind.YESNO: 0.3},
    "target_midterm": {Kind.COMPARED: 1.2, Kind.PERCENT: 0.8, Kind.AMOUNT: 0.8, Kind.NUMBER: 0.5, Kind.TEXT: 0.4,
                       Kind.SLASH: 0.2},
    "coefficient": {Kind.PERCENT: 1.2, Kind.NUMBER: 0.3},
    "completion": {Kind.PERCENT: 1.2, Kind.SLASH: 0.3},
    "weight": {Kind.NUMBER: 1.0, Kind.SLASH: 0.1},
    "level1_weight": {Kind.NUMBER: 1.0},
    "level2_weight": {Kind.NUMBER: 1.0},
    "score": {Kind.NUMBER: 1.0, Kind.SLASH: 0.2},
    "review_score": {Kind.NUMBER: 1.0, Kind.SLASH: 0.2},  # a reviewer's score beside the unit's own: read past
    "other_score": {Kind.NUMBER: 1.0, Kind.SLASH: 0.2},  # a second score column, not told apart: read past
    "unheaded": {Kind.NUMBER: 1.0},  # a figure column whose heading a copy lost (a weight or a score): read past
    # an earlier year's actual beside the year's (上年实际值 | 本年实际值): read past
    "prior_actual": {Kind.PERCENT: 1.0, Kind.AMOUNT: 1.0, Kind.NUMBER: 0.7, Kind.TEXT: 0.5, Kind.COMPARED: 0.3,
                     Kind.SLASH: 0.1, Kind.GRADE: 0.2, Kind.YESNO: 0.3},
    "helper": {Kind.NUMBER: 0.8, Kind.PERCENT: 0.8, Kind.SLASH: 0.2},  # a sheet's helper column (辅助列): read past
    # a quarter's progress before the year's (一季度 … 四季度): read past
    "progress": {Kind.NUMBER: 0.8, Kind.PERCENT: 0.8, Kind.AMOUNT: 0.8, Kind.TEXT: 0.3, Kind.SLASH: 0.3},
    "deduction": {Kind.NUMBER: 0.9, Kind.SLASH: 0.2},
    "deviation": {Kind.TEXT: 0.6, Kind.SLASH: 0.3, Kind.GRADE: 0.1, Kind.COMPARED: 0.1},
    # 改进措施 beside the note's 原因 column, read past: a row's one note fits the 原因 before it better (a measure
    # with no reason is the rarer row)
    "remedy": {Kind.TEXT: 0.5, Kind.SLASH: 0.3},
    # a bare 偏差 column: how far off the target, a figure or words ("+62人", "0", "-1.5个百分点", "无偏差")
    "deviation_figure": {Kind.TEXT: 0.5, Kind.NUMBER: 0.5, Kind.AMOUNT: 0.5, Kind.PERCENT: 0.5, Kind.SLASH: 0.3},
    "scoring_rule": {Kind.TEXT: 0.5, Kind.COMPARED: 0.3, Kind.SLASH: 0.1},
    "goal": {Kind.TEXT: 0.5, Kind.COMPARED: 0.3, Kind.PERCENT: 0.3, Kind.AMOUNT: 0.3, Kind.SLASH: 0.1},
    "core": {Kind.YESNO: 2.5},
    "attained": {Kind.YESNO: 2.5, Kind.SLASH: 0.3, Kind.TEXT: 0.2},  # 是否达成: 是 / 否 (or 达成 / 未达成), read past
    "grade": {Kind.GRADE: 2.5},
    "label": {Kind.TEXT: 1.0, Kind.LEVEL1: 0.2, Kind.LEVEL2: 0.2},
    "initial": {Kind.NUMBER: 1.0, Kind.AMOUNT: 0.8, Kind.SLASH: 0.2},
    "adjusted": {Kind.NUMBER: 1.0, Kind.AMOUNT: 0.8, Kind.SLASH: 0.2},
    "executed": {Kind.NUMBER: 1.0, Kind.AMOUNT: 0.8, Kind.SLASH: 0.2},
    "change": {Kind.NUMBER: 0.8, Kind.AMOUNT: 0.6, Kind.SLASH: 0.2},  # 追加数 / 调减数: read past
    # a money column known only by its circled number (年中调整金额② | 本年度结余金额⑥=③-④): read past
    "numbered_column": {Kind.NUMBER: 0.8, Kind.AMOUNT: 0.6, Kind.PERCENT: 0.6, Kind.SLASH: 0.2},
    "rate_weight": {Kind.NUMBER: 0.9, Kind.SLASH: 0.3},
    "rate": {Kind.PERCENT: 1.6, Kind.NUMBER: 0.2, Kind.SLASH: 0.2},
    "rate_score": {Kind.NUMBER: 0.9, Kind.SLASH: 0.3},
    "rate_deduction": {Kind.NUMBER: 0.8, Kind.SLASH: 0.3},
    "money_note": {Kind.TEXT: 0.5, Kind.SLASH: 0.2},
    "pooled": {Kind.NUMBER: 0.8, Kind.AMOUNT: 0.6, Kind.SLASH: 0.2},
    "net_budget": {Kind.NUMBER: 0.8, Kind.AMOUNT: 0.6, Kind.SLASH: 0.2},
    "received": {Kind.NUMBER: 0.8, Kind.AMOUNT: 0.6, Kind.SLASH: 0.2},
    "received_rate": {Kind.PERCENT: 1.4, Kind.NUMBER: 0.2, Kind.SLASH: 0.2},
}
_WORD = re.compile(r"[\u4e00-\u9fff]{2}")
# a 序号 cell numbering an outline: "1.1.1" under "1.1" under "1" (a row's place among its levels, not a figure)
SERIAL_OUTLINE = re.compile(r"\d{1,2}(?:\.\d{1,2}){0,2}")
# numbers that are points or counts
_SMALL = {"weight", "score", "rate_weight", "rate_score", "number", "level1_weight", "level2_weight", "deduction",
          "rate_deduction"}
_SHARE_WEIGHTS = {"weight", "rate_weight", "level1_weight", "level2_weight"}


@lru_cache(maxsize=65536)
def fit(role: str, text: str) -> float | None:
    """How well ``text`` fits a column of ``role`` (higher is better); None when it cannot be there.
    An empty cell fits anywhere with 0; a value's remark in brackets is not weighed."""
    text = without_note(text)
    cell_kind = kind(text)
    if cell_kind is Kind.EMPTY:
        return 0.0
    if role == "number" and SERIAL_OUTLINE.fullmatch(text.strip()):
        return 1.0
    if role in ("level1", "level2") and cell_kind in (Kind.LEVEL1, Kind.LEVEL2):
        # 项目产出 is a second level under 项目绩效 in some forms: possible, never preferred
        if not pattern(f"levels.{role}").match(compact(text)):
            return 0.1
        # 成本指标 is either: alone in its row, it is the second level (a first level's merged cell is
        # printed once over all its groups, a second level's starts each group)
        return 2.2 if role == "level1" and pattern("levels.level2").match(compact(text)) else 2.5
    if role in ("level1", "level2") and text.lstrip().startswith("其中"):
        return None  # a sub-row's label ("其中鱼塘养殖面积") is never a level
    if role in ("level1", "level2") and cell_kind is Kind.TEXT and compact(text) in qualitative_values():
        return None  # a worded value ("达成预期指标", "良好"): a row's target or actual, never a level
    if role in ("level1", "level2") and cell_kind is Kind.TEXT and len(compact(text)) <= 8 \
            and (role == "level2" or _WORD.search(text)):
        return 0.1  # a level outside the standard frameworks' words: possible, never preferred
    if role in _SMALL and role != "number" and cell_kind is Kind.AMOUNT and is_points(text):
        cell_kind = Kind.NUMBER  # "10分", "9.6分": points written with their unit
    share = role in _SHARE_WEIGHTS and cell_kind is Kind.PERCENT
    if share:  # "15%": a weight printed as its share of the form (权重 15% of 100 points); a share above
        # half the form is a 得分系数 or a rate ("100%"), never one indicator's weight
        if (number(text) or 0) > 50:
            return None
        cell_kind = Kind.NUMBER
    score = _FIT.get(role, {Kind.TEXT: 0.3}).get(cell_kind)
    if score is None and role == "measure_unit" and cell_kind is Kind.TEXT and _UNIT_WORD.fullmatch(text.strip()):
        score = 0.3  # "门", "期": a counting word no list holds, in the column of units (last: "健全" is a target)
    if role in ("direction", "measure_unit") and cell_kind is Kind.TEXT and pattern("blank_words").match(text.strip()):
        score = _FIT[role][Kind.SLASH]  # "无" in a 定性 row's sign or unit column: the cell left blank
    if score is None and role == "name" and cell_kind is Kind.COMPARED and _WORDS_AFTER_FIGURE.search(text):
        score = 0.2  # "≥300天开放接待读者": a name that opens on its own standard, never preferred to a target
    if score is None:
        return None
    if role in _SMALL and cell_kind is Kind.NUMBER:
        value = number(text)
        if value is not None and value < 0 and role in _DEDUCTIONS:
            value = -value  # "-0.5" in a 扣分 column: the points taken off, written with their sign
        if value is None or value < 0 or value > 100:
            return None
        if role != "number" and value > 50:
            score -= 0.5  # an indicator worth more than half the form is rare
        if share:
            score -= 0.3  # possible, never preferred to a plain number
    if cell_kind is Kind.PERCENT and (number(text) or 0) > 1000:
        return None  # no rate or share runs past ten times its target
    if role == "name" and len(text) > 60:
        score -= 0.6
    if role == "name" and "。" in text:  # a sentence ending: a deviation note's or a remark's, rarely a name
        score -= 0.8
    if role == "name" and compact(text) in qualitative_values():  # "显著", "较好": a worded target's or actual's
        score -= 0.8  # value, never an indicator's whole name
    return score


_DEDUCTIONS = frozenset({"deduction", "rate_deduction"})
_UNIT_WORD = re.compile(r"[\u4e00-\u9fff]{1,2}")  # a unit cell's word: one or two characters (门, 人次, 课时 …)
_PART = re.compile(r"(0|[1-9]\d{0,13})(\.\d{1,2})?%?")  # a figure of at most _MAX_DIGITS digits


@lru_cache(maxsize=2048)
def splits(text: str, parts: int) -> tuple[tuple[str, ...], ...]:
    """Every way to cut a run of fused digits into ``parts`` numbers (no leading zeros, at most two
    decimals, a % only at a number's end): ``splits("1010", 2)`` → ``(("10", "10"), ("101", "0"))``."""
    plain = _plain(text).replace(",", "")
    if not re.fullmatch(r"[\d.%]+", plain) or len(plain) > 40 or parts < 2:
        return ()
    out: list[tuple[str, ...]] = []

    def walk(rest: str, taken: tuple[str, ...]) -> None:
        if len(out) >= 200:
            return
        if len(taken) == parts - 1:
            if _PART.fullmatch(rest):
                out.append((*taken, rest))
            return
        for end in range(1, len(rest)):
            head = rest[:end]
            if _PART.fullmatch(head) and rest[end] != ".":
                walk(rest[end:], (*taken, head))

    walk(plain, ())
    return tuple(out)
