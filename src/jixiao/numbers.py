"""The one module that owns numbers: parsing 万元/元/亿元, percentages, Chinese numerals,
rounding half-up to 2 decimals, and formatting ``7,693.91万元`` / ``93.55%``.

Money is always :class:`~decimal.Decimal`, kept in 万元.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import lru_cache

CENT = Decimal("0.01")
# a figure as a sentence, a cell or a data block writes it: digits, commas among them, a decimal part ("2,541.08");
# the patterns that read money, cells and scores build on it with what they add (a sign, a unit, a %, a comparison)
WRITTEN_FIGURE = r"\d[\d,]*(?:\.\d+)?"
# the same figure taken whole (possessive: no digit, comma or decimal given back), for a pattern in which the figure
# is followed by what can never be one of them (a space, a unit): the same matches, and a long run of digits with
# no unit after it is walked once from each place instead of given back one digit at a time
WHOLE_FIGURE = r"\d[\d,]*+(?:\.\d++)?"
HUNDRED = Decimal(100)

# 万元 per source unit.
MONEY_UNITS: dict[str, Decimal] = {
    "元": Decimal("0.0001"),
    "万元": Decimal(1),
    "万": Decimal(1),
    "千元": Decimal("0.1"),  # a hospital's or an enterprise's accounts: read, then shown in 元 (model.Budget)
    "亿元": Decimal(10000),
    "亿": Decimal(10000),
}

_FULLWIDTH = str.maketrans(
    "０１２３４５６７８９．，：；％（）＋－＝＜＞／　",
    "0123456789.,:;%()+-=<>/ ",
)

_NUMERALS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9}
_NUMERAL_UNITS = {"十": 10, "百": 100, "千": 1000}
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_DOTTED = "⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛"  # "⒈ 产出指标。": a number and its full stop in one character
_ROMAN = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ"  # "（Ⅱ）效益指标": a Roman numeral in one character (upper case; lower case ⅰ… after it)
_ROMAN_ALL = _ROMAN + "ⅰⅱⅲⅳⅴⅵⅶⅷⅸⅹⅺⅻ"


def to_halfwidth(text: str) -> str:
    """Turn full-width digits and common full-width punctuation into their ASCII forms."""
    return text if text.isascii() else text.translate(_FULLWIDTH)  # (ASCII text holds none of them)


def to_decimal(value: object) -> Decimal:
    """Convert an int, float, str or Decimal to Decimal; strings may carry separators and full-width digits.

    Raises ValueError for anything that is not a number.
    """
    if isinstance(value, str):
        return _text_decimal(value) if len(value) <= _SHORT else _decimal_of_text(value)
    if isinstance(value, Decimal):
        return value
    if isinstance(value, bool):
        raise ValueError(f"不是数字：{value!r}")
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(repr(value))
    raise ValueError(f"不是数字：{value!r}")


_SHORT = 40  # a figure as written in a report: short texts are remembered, a long one (no figure) is not


def _decimal_of_text(value: str) -> Decimal:
    text = to_halfwidth(value).strip().replace(",", "").replace(" ", "")
    try:
        result = Decimal(text)
    except InvalidOperation as exc:
        raise ValueError(f"不是数字：{value!r}") from exc
    if not result.is_finite():
        raise ValueError(f"不是有限的数字：{value!r}")
    return result


# pure (a Decimal is immutable): a report's figures are read by several passes, "5" a dozen times a parse
_text_decimal = lru_cache(maxsize=1024)(_decimal_of_text)


def round2(value: Decimal) -> Decimal:
    """Round half-up to 2 decimals (0.005 → 0.01, 89.995 → 90.00)."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def to_wan(amount: Decimal, unit: str) -> Decimal:
    """Convert an amount in ``unit`` (元, 万元, 亿元) to 万元."""
    try:
        factor = MONEY_UNITS[unit]
    except KeyError as exc:
        raise ValueError(f"未知的金额单位：{unit}") from exc
    return amount * factor


_MONEY = re.compile(rf"([-+]?{WRITTEN_FIGURE})\s*(亿元|万元|亿|万|元)?")


def parse_money(text: str, default_unit: str = "万元") -> tuple[Decimal, str]:
    """Parse ``"7,693.91万元"``, ``"76939100元"``, ``"0.77亿元"`` → (amount in 万元, unit written).

    The first number in ``text`` is taken; the unit is the one that follows it, else ``default_unit``.
    """
    clean = to_halfwidth(text)
    match = _MONEY.search(clean)
    if not match:
        raise ValueError(f"找不到金额：{text!r}")
    unit = match.group(2) or default_unit
    if unit == "万":
        unit = "万元"
    elif unit == "亿":
        unit = "亿元"
    return to_wan(to_decimal(match.group(1)), unit), unit


def parse_matched_money(match: re.Match[str], figure: int = 1) -> tuple[Decimal, str]:
    """:func:`parse_money` of a figure and its unit caught by one match: the figure in group ``figure``, the unit
    in the group after it (when that group caught nothing, 万元)."""
    return parse_money(match.group(figure) + (match.group(figure + 1) or ""))


def decimals(figure: str) -> int:
    """How many digits ``figure`` is written with after its (first) decimal point: "9.10": 2, "86": 0."""
    return len(figure.partition(".")[2])


def place_unit(value: Decimal) -> Decimal:
    """One unit of the last place ``value`` holds, as a Decimal parsed from a figure keeps it (``Decimal("93.6")``:
    0.1, ``Decimal("94")``: 1, ``Decimal("1E+1")``: 10); 1 for a NaN or an infinity, which hold no place."""
    exponent = value.as_tuple().exponent
    return Decimal(1).scaleb(exponent if isinstance(exponent, int) else 0)


def half_unit(figure: str | Decimal) -> Decimal:
    """Half a unit of the last place ``figure`` is written to ("9.10": 0.005, "86": 0.5; a Decimal: half its
    :func:`place_unit`): how far a rounded figure may lie from the value it stands for."""
    if isinstance(figure, Decimal):
        return place_unit(figure) / 2
    return Decimal(5).scaleb(-decimals(figure) - 1)


def chinese_numeral(text: str) -> int:
    """Parse a Chinese (一, 十一, 二十三, 一百零五), circled (①), dotted (⒈), Roman (Ⅱ) or Arabic numeral to int."""
    if text in _NUMERALS:  # one numeral character, as most headings number ("一、", "（三）"): read at once
        return _NUMERALS[text]
    text = to_halfwidth(text).strip()
    if text.isascii() and text.isdigit():
        return int(text)
    if len(text) == 1 and text in _CIRCLED + _DOTTED:
        return (_CIRCLED + _DOTTED).index(text) % len(_CIRCLED) + 1
    if len(text) == 1 and text in _ROMAN_ALL:
        return _ROMAN_ALL.index(text) % len(_ROMAN) + 1
    if not text or any(ch not in _NUMERALS and ch not in _NUMERAL_UNITS for ch in text):
        raise ValueError(f"不是中文数字：{text!r}")
    total, digit = 0, 0
    for ch in text:
        if ch in _NUMERALS:
            digit = _NUMERALS[ch]
        else:
            total += (digit or 1) * _NUMERAL_UNITS[ch]
            digit = 0
    return total + digit


_DIGIT_CHARS = "〇零○Ｏ一二三四五六七八九"
_DIGIT_VALUES = {ch: i for i, ch in enumerate("〇一二三四五六七八九")} | {"零": 0, "○": 0, "Ｏ": 0}
_ZERO_DIGIT = re.compile("[〇零○Ｏ]")  # every year 2000–2099 written digit by digit has one
_CHINESE_YEAR = re.compile(f"[{_DIGIT_CHARS}]{{4}}(?=\\s*年)")


def chinese_digits(text: str) -> int:
    """Read Chinese digits one by one, as years are written: 二〇二四 → 2024, 二零二三 → 2023."""
    if not text or any(ch not in _DIGIT_VALUES for ch in text):
        raise ValueError(f"不是逐位书写的中文数字：{text!r}")
    return int("".join(str(_DIGIT_VALUES[ch]) for ch in text))


def arabic_years(text: str) -> str:
    """Years written digit by digit in Chinese (二〇二四年) as Arabic digits, same length as ``text``."""
    if not _ZERO_DIGIT.search(text):
        return text
    return _CHINESE_YEAR.sub(lambda m: f"{chinese_digits(m.group(0)):04d}", text)


def format_amount(value: Decimal) -> str:
    """``Decimal('7693.91')`` → ``"7,693.91"`` (2 decimals, thousands separators)."""
    return f"{round2(value):,.2f}"


def format_money(value: Decimal, unit: str = "万元") -> str:
    """``Decimal('7693.91')`` → ``"7,693.91万元"``."""
    return f"{format_amount(value)}{unit}"


def format_percent(value: Decimal) -> str:
    """``Decimal('93.55')`` (a percentage) → ``"93.55%"``."""
    return f"{round2(value):.2f}%"


def format_score(value: Decimal) -> str:
    """A score as reports write it: ``15`` for whole numbers, else ``8.19``."""
    rounded = round2(value)
    if rounded == rounded.to_integral_value():
        return str(int(rounded))
    return f"{rounded:.2f}"


def format_number(value: Decimal) -> str:
    """A plain number without trailing zeros: ``Decimal('95.0')`` → ``"95"``, ``Decimal('0.5')`` → ``"0.5"``."""
    if value == value.to_integral_value():
        return str(int(value))
    return format(value.normalize(), "f")


def percent_of(part: Decimal, whole: Decimal) -> Decimal:
    """``part / whole`` as a percentage rounded half-up to 2 decimals; raises ZeroDivisionError on 0."""
    if whole == 0:
        raise ZeroDivisionError("分母为零")
    return round2(part / whole * HUNDRED)
