import re
from decimal import Decimal

import pytest

from jixiao.numbers import (
    chinese_numeral,
    decimals,
    format_money,
    format_percent,
    format_score,
    half_unit,
    parse_matched_money,
    parse_money,
    percent_of,
    place_unit,
    round2,
    to_decimal,
)


@pytest.mark.parametrize(
    ("value", "expected"),
    [("0.005", "0.01"), ("0.004", "0.00"), ("89.995", "90.00"), ("14.0325", "14.03"), ("-0.005", "-0.01")],
)
def test_round_half_up(value: str, expected: str) -> None:
    assert round2(Decimal(value)) == Decimal(expected)


@pytest.mark.parametrize(
    ("text", "amount", "unit"),
    [
        ("7693.91万元", "7693.91", "万元"),
        ("7,693.91 万元", "7693.91", "万元"),
        ("７６９３．９１万元", "7693.91", "万元"),
        ("76,939,100元", "7693.91", "元"),
        ("0.77亿元", "7700", "亿元"),
        ("5504", "5504", "万元"),
    ],
)
def test_parse_money(text: str, amount: str, unit: str) -> None:
    assert parse_money(text) == (Decimal(amount), unit)


def test_parse_money_without_number() -> None:
    with pytest.raises(ValueError, match="找不到金额"):
        parse_money("若干万元")


def test_parse_matched_money() -> None:
    """A figure and its unit caught by one match, from the group named on; a unit left off is 万元."""
    both = re.search(r"预算(\d[\d,.]*)(万元|元)，执行(\d[\d,.]*)(万元|元)?", "年初预算12,600元，执行0.85")
    assert both is not None
    assert parse_matched_money(both) == (Decimal("1.26"), "元")
    assert parse_matched_money(both, 3) == (Decimal("0.85"), "万元")


@pytest.mark.parametrize(("text", "value"), [("一", 1), ("十", 10), ("十一", 11), ("二十三", 23),
                                              ("一百零五", 105), ("①", 1), ("⑫", 12), ("7", 7)])
def test_chinese_numeral(text: str, value: int) -> None:
    assert chinese_numeral(text) == value


def test_chinese_numeral_rejects_words() -> None:
    with pytest.raises(ValueError):
        chinese_numeral("首先")


def test_formats() -> None:
    assert format_money(Decimal("7693.91")) == "7,693.91万元"
    assert format_percent(Decimal("93.5539")) == "93.55%"
    assert format_score(Decimal("15.00")) == "15"
    assert format_score(Decimal("8.19")) == "8.19"
    assert percent_of(Decimal("7693.91"), Decimal("8224")) == Decimal("93.55")


def test_to_decimal_rejects_garbage() -> None:
    for bad in ("abc", "", True, None, "nan"):
        with pytest.raises(ValueError):
            to_decimal(bad)


def test_a_text_read_twice_gives_the_same_figure_and_a_bad_one_fails_each_time() -> None:
    # short texts are remembered (several passes read the same figures): as written, trailing zeros kept
    assert str(to_decimal("10.00")) == "10.00" and str(to_decimal("10.00")) == "10.00"
    assert to_decimal("1" * 50) == Decimal("1" * 50)  # a long text is read, not remembered
    for _ in range(2):
        with pytest.raises(ValueError, match="不是数字"):
            to_decimal("十分")


def test_half_unit_of_the_last_written_place() -> None:
    """A rounded figure stands for values within half a unit of its last written place."""
    assert half_unit("86") == Decimal("0.5")
    assert half_unit("9.10") == Decimal("0.005")
    assert half_unit("-0.7") == Decimal("0.05")


def test_decimals_a_figure_is_written_with() -> None:
    """The digits after the first decimal point, as written: a trailing zero counts, a percent sign is the caller's."""
    assert (decimals("86"), decimals("9.10"), decimals("0.305"), decimals("1.2.3")) == (0, 2, 3, 3)


def test_place_unit_of_a_parsed_figure() -> None:
    """A Decimal parsed from a figure keeps the place it was written to; half_unit of it is half that."""
    assert place_unit(Decimal("93.6")) == Decimal("0.1")
    assert place_unit(Decimal("94")) == 1
    assert place_unit(Decimal("12.50")).as_tuple().exponent == -2  # (a quantum for quantize: its exponent counts)
    assert place_unit(Decimal("1E+1")) == 10
    assert place_unit(Decimal("NaN")) == 1
    assert half_unit(Decimal("97.35")) == half_unit("97.35") == Decimal("0.005")
