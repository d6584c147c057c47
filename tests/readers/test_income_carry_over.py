"""上年结转 among an income table's items: one of them when the stated total counts it, left out when not."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page


def _income(total: str) -> list[tuple[str, Decimal]]:
    text = ("某县城市管理中心2023年度部门整体支出绩效自评报告\n"
            "| 收入合计 | 其中： |  |  |\n"
            "|  | 上年结转 | 财政拨款 | 其他 |\n"
            f"| {total} | 20.00 | 500.00 | 30.50 |\n")
    evaluation = read_page(text, "x.txt")
    assert evaluation.budget.income_total == Decimal(total)
    assert evaluation.budget.carry_over == Decimal("20")
    return [(item.name, item.amount) for item in evaluation.budget.income_items]


def test_a_carry_over_the_total_counts_is_an_income_item() -> None:
    assert _income("550.50") == [("上年结转", Decimal("20")), ("财政拨款", Decimal("500")), ("其他", Decimal("30.5"))]


def test_a_carry_over_the_total_leaves_out_is_no_income_item() -> None:
    assert _income("530.50") == [("财政拨款", Decimal("500")), ("其他", Decimal("30.5"))]
