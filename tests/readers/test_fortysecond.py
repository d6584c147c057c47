"""Shapes of the forty-second set (docs/reader-corpora/fortysecond.md), each rebuilt from an invented snippet of the
same shape (invented units and figures)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from page_reading import read_docx, read_page

from jixiao.checks import run_checks
from jixiao.checks.finding import Severity


def _items(items: list) -> list[tuple[str, Decimal]]:
    return [(i.name, i.amount) for i in items]


def test_a_income_and_spending_as_two_category_tables(tmp_path: Path) -> None:
    """"收入项目 | 金额 | 占比（%）" and "支出项目 | 金额 | 占比（%）" tables, each with a 合计 row: the totals and the
    items (before, nothing was read)."""
    page = read_docx(tmp_path, [
        "某街道办事处2023年度整体支出绩效自评报告", "三、收支情况", "（一）收入情况（单位：万元）",
        [["收入项目", "金额", "占比（%）"], ["财政拨款收入", "1800.00", "90.00"], ["其他收入", "200.00", "10.00"],
         ["合计", "2000.00", "100"]],
        "（二）支出情况（单位：万元）",
        [["支出项目", "金额", "占比（%）"], ["基本支出", "1100.00", "56.41"], ["项目支出", "850.00", "43.59"],
         ["合计", "1950.00", "100"]],
        "年初预算1900.00万元，调整后预算2000.00万元，实际支出1950.00万元，预算执行率97.50%。"])
    assert page.budget.income_total == Decimal("2000.00")
    assert _items(page.budget.income_items) == [("财政拨款收入", Decimal("1800.00")), ("其他收入", Decimal("200.00"))]
    assert page.budget.expenditure_total == Decimal("1950.00")
    assert _items(page.budget.expenditure_items) == [("基本支出", Decimal("1100.00")), ("项目支出", Decimal("850.00"))]
    assert not [f.code for f in run_checks(page) if f.severity == Severity.ERROR]


def test_b_sources_as_columns_under_a_caption_naming_the_kind(tmp_path: Path) -> None:
    """"表1 2022年度收入情况" over "一般公共预算财政拨款 | 政府性基金 | 合计" and its figures, "表2 …支出情况" over
    "基本支出 | 项目支出 | 合计": the totals and the items (before, nothing was read)."""
    page = read_docx(tmp_path, [
        "某镇人民政府2022年度整体支出绩效自评报告", "二、收支情况（单位：万元）", "表1  2022年度收入情况",
        [["一般公共预算财政拨款", "政府性基金", "合计"], ["1500.00", "120.00", "1620.00"]],
        "表2  2022年度支出情况",
        [["基本支出", "项目支出", "合计"], ["700.00", "880.00", "1580.00"]]])
    assert page.budget.income_total == Decimal("1620.00")
    assert _items(page.budget.income_items) == [("一般公共预算财政拨款", Decimal("1500.00")),
                                                ("政府性基金", Decimal("120.00"))]
    assert page.budget.expenditure_total == Decimal("1580.00")
    assert _items(page.budget.expenditure_items) == [("基本支出", Decimal("700.00")), ("项目支出", Decimal("880.00"))]


def test_b_a_caption_naming_both_kinds_reads_no_row_of_categories(tmp_path: Path) -> None:
    """"收入支出情况" over "一般公共预算财政拨款 | 政府性基金 | 合计": which kind the row is the caption does not
    say, so it gives no income or spending figure."""
    page = read_docx(tmp_path, [
        "某镇人民政府2022年度整体支出绩效自评报告", "表1  2022年度收入支出情况",
        [["一般公共预算财政拨款", "政府性基金", "合计"], ["1500.00", "120.00", "1620.00"]]])
    assert page.budget.income_total is None and page.budget.expenditure_total is None


def test_a_a_category_table_in_text_reads_the_same() -> None:
    """The 收入项目 table as pipe rows of a text report."""
    page = read_page("某街道2023年度整体支出绩效自评报告\n一、收支情况\n（一）收入情况（单位：万元）\n"
                     "| 收入项目 | 金额 | 占比（%） |\n| 财政拨款收入 | 900.00 | 90.00 |\n"
                     "| 其他收入 | 100.00 | 10.00 |\n"
                     "| 合计 | 1000.00 | 100 |\n")
    assert page.budget.income_total == Decimal("1000.00")
    assert _items(page.budget.income_items) == [("财政拨款收入", Decimal("900.00")), ("其他收入", Decimal("100.00"))]


def test_c_the_years_spending_split_without_qizhong() -> None:
    """"全年支出中，基本支出A万元，项目支出B万元，项目支出主要用于…": the two items (before, none: only a 其中 opened
    them); "项目支出中，人员经费…" is that item's own split, no items of the whole."""
    page = read_page("某县某局2022年度部门整体支出绩效自评报告\n一、部门基本情况及预算收支\n"
                     "2022年年初预算数800.00万元，全年预算数900.00万元，全年执行数880.00万元，执行率97.78%。"
                     "全年支出中，基本支出300.00万元，项目支出580.00万元，项目支出主要用于困难群众救助。\n")
    assert _items(page.budget.expenditure_items) == [("基本支出", Decimal("300.00")), ("项目支出", Decimal("580.00"))]
    inner = read_page("某县某局2022年度部门整体支出绩效自评报告\n一、预算收支\n"
                      "全年执行数880.00万元。项目支出中，人员经费40.00万元，公用经费60.00万元。\n")
    assert not inner.budget.expenditure_items


def test_d_staff_told_as_shiyou_zaigang() -> None:
    """"核定编制45名，实有在岗41人，其中行政人员24人、事业人员17人": 41 is the staff and its parts follow (before, no
    total and so no parts)."""
    page = read_page("某县某乡人民政府2021年度整体支出绩效自评报告\n一、基本情况\n"
                     "乡政府设党政办公室、经济发展办公室2个内设机构。核定编制45名，实有在岗41人，其中行政人员24人、"
                     "事业人员17人。\n")
    assert (page.unit.staff_total, page.unit.staff_establishment) == (41, 45)
    assert [(p.name, p.count) for p in page.unit.staff_parts] == [("行政人员", 24), ("事业人员", 17)]


def test_e_the_spending_total_is_the_executed_amount_when_the_rate_says_so() -> None:
    """"支出合计A万元…年初预算…，调整后预算B万元，预算执行率R%" with R = A ÷ B: A is the amount executed (a guess);
    a rate that A ÷ B does not give leaves it unread (no figure made up, no rate error from it)."""
    text = ("某县某乡人民政府2021年度整体支出绩效自评报告\n二、收支情况\n"
            "支出方面：2021年度支出合计950.00万元，其中基本支出500.00万元，项目支出450.00万元。"
            "年初预算900.00万元，调整后预算1000.00万元，预算执行率{}%。\n")
    page = read_page(text.format("95.00"))
    assert page.budget.executed == Decimal("950.00")
    other = read_page(text.format("96.00"))
    assert other.budget.executed is None
    assert not [f.code for f in run_checks(other) if f.severity == Severity.ERROR]
