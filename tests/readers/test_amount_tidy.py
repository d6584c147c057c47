"""Amounts tidied to their cents: a figure too long for cents within Decimal's precision (27 digits) is kept as
written, and a money table stating one is read, not refused (a fuzzed run once crashed the money table reader)."""

from decimal import Decimal

from jixiao.readers.extract import extract
from jixiao.readers.extract.budget_figures import tidy
from jixiao.readers.source_text import text_to_document


def test_tidy_keeps_cents_and_drops_extra_zeros() -> None:
    assert str(tidy(Decimal("13150.000000"))) == "13150.00"
    assert str(tidy(Decimal("12.3456"))) == "12.3456"


def test_an_amount_too_long_for_cents_is_kept_as_written() -> None:
    huge = Decimal("100100000000000000000000000")
    assert tidy(huge) == huge


def test_a_money_table_stating_such_an_amount_is_read() -> None:
    text = "2024年度部门整体支出绩效自评报告\n| 项目 | 金额 |\n|---|---|\n| 年初预算 | 100100000000000000000000000 |\n"
    evaluation, _ = extract(text_to_document(text, "huge.md"))
    assert evaluation.budget.initial == Decimal("100100000000000000000000000")
