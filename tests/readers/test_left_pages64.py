"""What the real pages of stops 84 and 85 still left (docs/reader-corpora/left-pages-64.md), each as an invented
snippet: invented units, places, funds and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page

_USES = ("2023年某某会展中心运行经费绩效使用自评报告\n一、基本情况\n2023年,财政拨付会展中心运行经费为{total}万元,用于"
         "安保服务、设备检修、网络维护等方面的支出,其中会展中心安保外包服务费42.5万元、设备检修、网络、绿化、"
         "消杀等日常支出57.5万。此项资金保障了中心的运行。\n")


def test_a_part_named_by_a_list_ending_on_its_kind() -> None:
    """"…其中某某服务费A万元、甲、乙、丙等日常支出B万": a part named by a list of things closed by 等 and the kind
    of spending is one item (before, the list's first word had no amount and the items stopped at one)."""
    items = read_page(_USES.format(total="100")).budget.expenditure_items
    assert [(i.name, i.amount) for i in items] == [("会展中心安保外包服务费", Decimal("42.5")),
                                                   ("设备检修、网络、绿化、消杀等日常支出", Decimal("57.5"))]


def test_a_list_with_no_kind_after_its_amount_is_no_item() -> None:
    """A guard: words listed with 、 after a part's amount, none closed by 等 and a kind of spending, name no further
    part ("…42.5万元、设备、网络57.5万元" stays one part, too few to be the items: none read, as before)."""
    text = _USES.format(total="100").replace("设备检修、网络、绿化、消杀等日常支出", "设备检修、网络、绿化")
    assert not read_page(text).budget.expenditure_items

