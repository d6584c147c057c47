"""Scores and percentages spelled in Chinese numerals, read as Arabic figures before a text is parsed:

    预算执行率百分之九十七点五八          → 预算执行率97.58%
    分值十分，得分十九点五分（满分五十分） → 分值10分，得分19.5分（满分50分）

    …| 100% | 98.51% | 十 | 九点五 |      → …| 100% | 98.51% | 10 | 9.5 |

Only where the words make the reading certain: 百分之 before the numeral, or a score word (分值, 得分, 满分,
总分, 权重, 得, 扣) right before it and 分 right after it, not followed by another word ("做得十分出色" is an
adverb, left alone), or 分 and a closing bracket after it ("效益指标（三十分）"), or a row's cell that is the numeral
and nothing else (a 分值 / 得分 cell typed in words; 分 may follow) after a cell of words (the row's name): not a
serial leading the row ("一 | 产出指标 | …", "1 | 一 | 产出指标 | …"). Figures are exact, so nothing is marked guessed.

Money spelled in 万 before 元 is read the same way (:func:`arabic_money`):

    年初预算三百二十万元，全年支出三百五十二万八千元  → 年初预算320万元，全年支出352.8万元

only a numeral led by a digit's word or 十 and holding 万, its part after 万 ending in 千, 百 or 十: an estimate
("数百万元", "几十万元", "上千万元", "二三十万元"; "百分之七八十") and a colloquial "三万八" name no figure, and
are left alone.
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.numbers import chinese_numeral

_WHOLE = "零〇一二三四五六七八九十百两"
_DIGITS = "零〇一二三四五六七八九"
_FIGURE = f"[{_WHOLE}]+(?:点[{_DIGITS}]+)?"
_PERCENT = re.compile(f"百分之({_FIGURE})")
_SCORE = re.compile(f"(分值|得分|满分|总分|权重|得|扣分|扣)(为|:|：)?({_FIGURE})(?=分(?![\u4e00-\u9fff]))")
# a score in brackets after a level's or an item's name: "效益指标（三十分）"
_BRACKETED = re.compile(f"([（(])({_FIGURE})(?=分[)）])")
# a row's cell that is a spelled figure alone (after a separator, up to the next one or the line's end)
_CELL = re.compile(f"([|｜]\\s*)({_FIGURE})(分?)(?=\\s*(?:[|｜]|$))", re.MULTILINE)
# what every score spelled holds: its numeral's last character right before 分 (looked behind from the 分: a search
# skips to that one character, where _SCORE, opening on its words, is tried at every character of a Chinese text)
_SCORE_QUICK = re.compile(f"分(?<=[{_WHOLE}]分)")
_DIGIT_VALUE = {ch: str(i) for i, ch in enumerate("零一二三四五六七八九")} | {"〇": "0"}


# two digit words side by side with no 零 or place word between ("七八十", "两三", "三四百"): a range guessed at,
# no figure
_RANGE = re.compile("[一二三四五六七八九两]{2}")


def _arabic(spelled: str) -> str | None:
    whole, _, fraction = spelled.partition("点")
    if _RANGE.search(whole):
        return None
    try:
        number = chinese_numeral(whole.replace("两", "二"))
    except ValueError:
        return None
    return f"{number}.{''.join(_DIGIT_VALUE[ch] for ch in fraction)}" if fraction else str(number)


# a cell of words that is no spelled figure: the row's name (an indicator's, a level's, 合计)
_WORDS_CELL = re.compile(f"(?![{_WHOLE}点分]+$).*[\u4e00-\u9fff]")


def _named_before(before: str) -> bool:
    """A cell of words stands before a spelled cell in its row: the row's name, so the cell is one of its figures
    (a score, a weight), not a serial leading the row ("一 | 产出指标", "1 | 一 | 产出指标")."""
    return any(_WORDS_CELL.match(cell.strip()) for cell in re.split("[|｜]", before))


def arabic_figures(text: str) -> tuple[str, int]:
    """``text`` with spelled scores and percentages as figures; how many were rewritten."""
    if "百分之" not in text and _SCORE_QUICK.search(text) is None and "|" not in text and "｜" not in text:
        return text, 0
    count = 0

    def percent(match: re.Match[str]) -> str:
        nonlocal count
        figure = _arabic(match.group(1))
        count += figure is not None
        return f"{figure}%" if figure is not None else match.group()

    def score(match: re.Match[str]) -> str:
        nonlocal count
        figure = _arabic(match.group(3))
        count += figure is not None
        return match.group(1) + (match.group(2) or "") + figure if figure is not None else match.group()

    def cell(match: re.Match[str]) -> str:
        nonlocal count
        before = match.string[match.string.rfind("\n", 0, match.start()) + 1:match.start()]
        figure = _arabic(match.group(2)) if _named_before(before) else None
        count += figure is not None
        return match.group(1) + figure + match.group(3) if figure is not None else match.group()

    def bracketed(match: re.Match[str]) -> str:
        nonlocal count
        figure = _arabic(match.group(2))
        count += figure is not None
        return match.group(1) + figure if figure is not None else match.group()

    text = _BRACKETED.sub(bracketed, _SCORE.sub(score, _PERCENT.sub(percent, text)))
    return (_CELL.sub(cell, text) if "|" in text or "｜" in text else text), count


# a value cell that is a count in words ("三十二场", "两个", "不少于一百二十人", "≥四期"): the bound's word, the numeral
# (led by a digit or 十, so "百年" / "千家万户" are no counts) and a unit of the lexicon's, nothing else
# (a fraction after 点, "十二点五公里"; 万 before a unit is the unit's, "四百二十万亩" → 420 万亩)
_COUNT_CELL = re.compile(f"^(不少于|不低于|不超过|不高于|不多于|达到|≥|≤|>|<|=)?"
                         f"([一二三四五六七八九十两][{_WHOLE}千]*(?:点[{_DIGITS}]+)?)(.+)$")


def arabic_count(norm: str, units: re.Pattern[str]) -> str:
    """A value cell's count spelled in words as a figure ("三十二场" → "32场"), when what follows the numeral is a
    whole unit ``units`` matches; any other text unchanged."""
    found = _COUNT_CELL.match(norm) if norm and norm[0] not in "0123456789" else None
    if found is None or not (units.fullmatch(found.group(3))
                             or (found.group(3)[0] == "万" and units.fullmatch(found.group(3)[1:]))):
        return norm
    figure = _arabic(found.group(2))
    return f"{found.group(1) or ''}{figure}{found.group(3)}" if figure is not None else norm


# (an estimate's word before it names no figure: 数十万元, 几十万元, 上百万元, 近十万元, 百余万元; nor does a match
# start inside a run of numerals, which made a long run quadratic)
_NOT_BEFORE = f"数几上近成多余{_WHOLE}千万亿"
# (the numeral first, then the character before it looked behind: a pattern opening on a set of characters is
# scanned for them at C speed, one opening on a look-behind is tried at every character of the whole text)
_MONEY = re.compile(f"([一二三四五六七八九十两](?<![{_NOT_BEFORE}].)[{_WHOLE}千]*)万((?:[{_WHOLE}千]*[十百千])?)元")
# what every such sum holds: 万 between numerals' characters, then 元 (found from the 万, as _SCORE_QUICK from its 分;
# a text's 万 are few, the numerals _MONEY opens on many)
_MONEY_QUICK = re.compile(f"万(?<=[{_WHOLE}千]万)[{_WHOLE}千]*元")


def spells_money(text: str) -> bool:
    """Whether ``text`` holds money spelled in 万 before 元 (:func:`arabic_money` would rewrite some)."""
    return "万" in text and _MONEY_QUICK.search(text) is not None and _MONEY.search(text) is not None


def arabic_money(text: str) -> tuple[str, int]:
    """``text`` with money spelled in 万 before 元 as figures in 万元 ("三百五十二万八千元" → "352.8万元"); how many
    were rewritten."""
    if not spells_money(text):
        return text, 0
    count = 0

    def money(match: re.Match[str]) -> str:
        nonlocal count
        high, low = _arabic(match.group(1)), _arabic(match.group(2)) if match.group(2) else "0"
        if high is None or low is None or int(low) >= 10000:
            return match.group()
        count += 1
        return f"{(Decimal(high) + Decimal(low) / 10000).normalize():f}万元"

    return _MONEY.sub(money, text), count


def spelled_money_warning(source: str, count: int) -> str:
    return f"{source}：用中文数字写的金额已按阿拉伯数字读取（{count}处）"


def spelled_warning(source: str, count: int) -> str:
    return f"{source}：用中文数字写的分值、得分或百分比已按阿拉伯数字读取（{count}处）"
