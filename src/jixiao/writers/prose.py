"""Small rewrites of the unit's own text so a document agrees with itself: amounts in one money unit
(万元, two decimals, thousands separators) and an indicator's score sentence carrying the score the
document shows. Nothing else in the unit's words is changed."""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.numbers import format_money, format_number, format_score, to_decimal, to_wan

# An amount written in 元 or 亿元 (万元 is already the document's unit). Not 万 alone: "1万余亩".
_MONEY = re.compile(r"(?<![\d.,])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(亿元|元)")
_SMALLEST = Decimal("0.005")  # below this many 万元 an amount would print as 0.00万元: left as written


def money_in_wan(text: str) -> str:
    """Amounts written in 元 or 亿元 rewritten in 万元: ``0.122741亿元`` → ``1,227.41万元``,
    ``3,500,000元`` → ``350.00万元``; amounts of 万元 are left as written; tiny amounts (under 50 元) too."""
    def convert(match: re.Match[str]) -> str:
        unit = match.group(2)
        if unit == "元" and match.start(2) > 0 and text[match.start(2) - 1] in "万亿":
            return match.group(0)
        amount = to_wan(to_decimal(match.group(1)), unit)
        if amount < _SMALLEST:
            return match.group(0)
        return format_money(amount)

    return _MONEY.sub(convert, text)


def _number_pattern(value: Decimal) -> str:
    """The ways a report writes ``value``: 8.19, 15, 15.0, 15.00."""
    plain = format_number(value)
    if "." in plain:
        return re.escape(plain) + "0*"
    return re.escape(plain) + r"(?:\.0+)?"


_CLOSED = ("。", "！", "？", "!", "?", "…")
_OPEN_ENDS = "；;，,、：: \t\n"


def sentence(text: str) -> str:
    """The unit's text closed as a sentence, as given otherwise: a trailing clause mark ("…建档；") gives way to a
    。, a text with no closing stop ("完成养护50公里") gains one."""
    body = text.rstrip(_OPEN_ENDS)
    return body if body.endswith(_CLOSED) else f"{body}。"


_SCORE_WORDS = r"(?:得分为|得分是|得分|自评得分为|自评得分|评分为|评分|计|得)"


def restate_score(text: str, stated: Decimal | None, shown: Decimal) -> str:
    """The unit's indicator text with its score sentence carrying ``shown`` (e.g. the recomputed
    14.03 where the unit wrote 8.19). A text that states no score gains one short sentence."""
    if stated is not None and stated != shown:
        pattern = re.compile(rf"({_SCORE_WORDS}\s*){_number_pattern(stated)}(\s*分)")
        replaced, count = pattern.subn(lambda m: f"{m.group(1)}{format_score(shown)}{m.group(2)}", text)
        if count:
            return replaced
    if re.search(rf"{_SCORE_WORDS}\s*\d+(?:\.\d+)?\s*分|得满分|不得分", text):
        return text
    ending = "" if text.endswith(("。", "！", "？", "；")) else "。"
    return f"{text}{ending}该指标得分{format_score(shown)}分。"
