"""Asides and an item's own parts blanked out before the budget's items are read (same length), in invented text."""

from __future__ import annotations

from jixiao.readers.extract.budget_items import blank_brackets, blank_parts_of_items


def test_asides_are_blanked_to_their_length() -> None:
    text = "基本支出(含工资)300万元"
    assert blank_brackets(text) == "基本支出" + " " * len("(含工资)") + "300万元"


def test_an_items_own_parts_are_blanked_after_its_amount_only() -> None:
    text = "基本支出410万元,包括人员经费360万元、公用经费50万元;项目支出90万元"
    blanked = blank_parts_of_items(text)
    assert len(blanked) == len(text)
    assert blanked.startswith("基本支出410万元 ") and blanked.endswith(";项目支出90万元")
    assert "人员经费" not in blanked
    assert blank_parts_of_items("收入,其中拨款") == "收入,其中拨款"  # no amount before it: not an item's part
