"""Shapes the held-out pages of stop 80 showed (docs/reader-corpora/held-80.md), each as an invented snippet:
invented units, places, funds and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page as _read


def test_the_units_spending_with_a_sum_word_after_it_names_itself() -> None:
    """"2021年度我站共计支出865.40万元,其中…": the unit naming itself after the year, then 共计 before 支出 — the
    year's spending (before, none: the owner's phrasing allowed no sum word)."""
    read = _read("2021年度水保站整体支出绩效自评报告\n一、基本情况\n"
                 "2021年度我站共计支出865.40万元,其中基本支出512.30万元,项目支出353.10万元。\n")
    assert read.budget.expenditure_total == Decimal("865.40")


def test_items_told_with_their_own_shares_split_by_nature() -> None:
    """"其中基本支出A万元,人员支出占B万元,公用支出占C万元;项目支出D万元,某项目占E万元…": each item told with its
    own shares, the 项目支出 past the "；" — the items are 基本支出 and 项目支出, which add up to the total (before,
    基本支出 and a share were read, the 项目支出 lost)."""
    read = _read("2021年度水保站整体支出绩效自评报告\n一、基本情况\n"
                 "2021年度我站支出865.40万元,其中基本支出512.30万元,在职人员工资支出占300万元,"
                 "日常公用支出占212.30万元(含燃油费18万元);项目支出353.10万元,小流域治理项目占120万元,"
                 "监测站点运维项目占233.10万元。\n")
    assert [(i.name, i.amount) for i in read.budget.expenditure_items] == [
        ("基本支出", Decimal("512.30")), ("项目支出", Decimal("353.10"))]


def test_shares_that_do_not_add_up_leave_the_items_as_listed() -> None:
    """A guard: when 基本支出 and 项目支出 do not add up to the total, no split is made from them."""
    read = _read("2021年度水保站整体支出绩效自评报告\n一、基本情况\n"
                 "2021年度我站支出865.40万元,其中基本支出512.30万元,在职人员工资支出占300万元,"
                 "日常公用支出占212.30万元;项目支出300万元,小流域治理项目占120万元。\n")
    assert ("项目支出", Decimal("300")) not in [(i.name, i.amount) for i in read.budget.expenditure_items]


_BASE_TABLE = ("部门整体支出绩效评价基础数据表\n2022年实际在职人\n编制数控制率\n财政供养人员情况数\n{run}\n"
               "经费控制情况2021年决算数2022年预算数2022年决算数\n附件2\n部门整体支出绩效自评表\n(2022年度)\n"
               "白石县农业农村局\n部门名称\n")


def test_a_staff_row_run_together_under_its_header_split_by_its_rate() -> None:
    """"编制数 | 实际在职人数 | 控制率" over "645890.63%" (a viewer's text, the cells run together): 64 established, 58
    in post — the only cut where 58 ÷ 64 gives the 90.63 % — marked guessed (before, neither read)."""
    read = _read(_BASE_TABLE.format(run="645890.63%"))
    assert (read.unit.staff_establishment, read.unit.staff_total) == (64, 58)
    assert read.provenance["unit.staff_total"].guessed


def test_a_run_no_cut_of_which_gives_its_rate_is_not_read() -> None:
    """A guard: a run that no cut into two counts and a rate makes hold gives no staff figures."""
    read = _read(_BASE_TABLE.format(run="645871.25%"))
    assert read.unit.staff_establishment is None and read.unit.staff_total is None
