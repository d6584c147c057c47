"""Shapes of the thirty-second set (docs/reader-corpora/thirtysecond.md), each rebuilt from an invented snippet of the
same shape (invented units, names and figures)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from page_reading import by_name, read_page

from jixiao.model import Evaluation
from jixiao.readers import read_any

_HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]


def _docx(tmp_path: Path, tables: list[list[list[str]]]) -> Evaluation:
    """A Word report: a title, then each table in turn, a page break (an empty paragraph holding it) between them."""
    from docx import Document
    from docx.enum.text import WD_BREAK

    document = Document()
    document.add_paragraph("某县某局村道养护项目2024年度绩效自评表")
    for i, rows in enumerate(tables):
        if i:
            document.add_paragraph("").add_run().add_break(WD_BREAK.PAGE)
        table = document.add_table(rows=len(rows), cols=max(len(r) for r in rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                table.cell(r, c).text = text
    path = tmp_path / "report.docx"
    document.save(str(path))
    return read_any(path).evaluation


def test_a_an_indicator_table_cut_at_a_page_break_goes_on_without_its_header(tmp_path: Path) -> None:
    """The indicator table cut where the page breaks, the second part with no header row: its rows are read under
    the first part's header, a row with empty level cells taking the last indicator's levels, and its 总分 row is
    the total (before, the second table was not read at all)."""
    first = [_HEAD, ["产出指标", "数量指标", "村道巡查养护里程", "≥48公里", "51公里", "30", "30", ""],
             ["产出指标", "质量指标", "养护验收合格率", "100%", "96%", "30", "28", "两段路面返修"]]
    second = [["", "", "养护资金拨付及时率", "100%", "100%", "10", "10", ""],
              ["满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", "93%", "30", "30", ""],
              ["总分", "", "", "", "", "100", "98", "优"]]
    evaluation = _docx(tmp_path, [first, second])
    got = by_name(evaluation)
    assert set(got) == {"村道巡查养护里程", "养护验收合格率", "养护资金拨付及时率", "村民满意度"}
    carried = got["养护资金拨付及时率"]
    assert (carried.level1, carried.level2, carried.weight, carried.stated_score) == (
        "产出指标", "质量指标", Decimal("10"), Decimal("10"))
    assert (got["村民满意度"].target.value, got["村民满意度"].actual.value) == (Decimal("90"), Decimal("93"))
    assert evaluation.stated_total == Decimal("98")


def test_a_a_table_of_other_rows_after_an_indicator_table_is_not_taken_for_its_rows(tmp_path: Path) -> None:
    """A signature table after the indicator table, the same width but no name and figures under 分值 / 得分: not
    read as indicators."""
    first = [_HEAD, ["产出指标", "数量指标", "村道巡查养护里程", "≥48公里", "51公里", "100", "98", ""]]
    after = [["填报人", "张某", "联系电话", "0000-1234567", "填报日期", "2025年3月", "", ""]]
    got = by_name(_docx(tmp_path, [first, after]))
    assert set(got) == {"村道巡查养护里程"}


def test_b_income_and_spending_blocks_each_a_label_row_over_a_figure_row() -> None:
    """"收入（万元） | 合计 | …" over " | total | …" and "支出（万元） | 合计 | 基本支出 | 其中：人员经费 | 项目支出"
    over its figures, before the indicators: each block's total and items, a 其中 column no item (before, neither
    was read)."""
    page = read_page("某县某局2024年度部门整体支出绩效自评表\n"
                     "| 部门（单位）名称 | 某县某局 |  |  |  |\n"
                     "| 年度预算（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |\n"
                     "| 年度资金总额 | 500.00 | 520.00 | 510.00 | 98.08% |\n"
                     "| 收入（万元） | 合计 | 一般公共预算财政拨款收入 | 其他收入 |  |\n"
                     "|  | 520.00 | 500.00 | 20.00 |  |\n"
                     "| 支出（万元） | 合计 | 基本支出 | 其中：人员经费 | 项目支出 |\n"
                     "|  | 510.00 | 400.00 | 350.00 | 110.00 |\n")
    budget = page.budget
    assert (budget.income_total, budget.expenditure_total) == (Decimal("520.00"), Decimal("510.00"))
    assert [(i.name, i.amount) for i in budget.income_items] == [("一般公共预算财政拨款收入", Decimal("500.00")),
                                                                 ("其他收入", Decimal("20.00"))]
    assert [(i.name, i.amount) for i in budget.expenditure_items] == [("基本支出", Decimal("400.00")),
                                                                      ("项目支出", Decimal("110.00"))]


def test_b_a_spending_label_row_over_words_is_no_block() -> None:
    """"支出 | 合计 | 基本支出 | 项目支出" over a row of words (a note, not figures): no items."""
    page = read_page("某县某局2024年度部门整体支出绩效自评表\n"
                     "| 支出 | 合计 | 基本支出 | 项目支出 |\n"
                     "|  | 见附表 | 见附表 | 见附表 |\n")
    assert page.budget.expenditure_items == [] and page.budget.expenditure_total is None


def test_c_by_nature_halves_side_by_side_with_amount_heads(tmp_path: Path) -> None:
    """The whole-unit Word form's "按收入性质分 | 全年预算数 | 按支出性质分 | 全年执行数" over rows
    "一般公共预算财政拨款 | a | 基本支出 | b": the income and spending items (before, none was read)."""
    rows = [["年度预算（万元）", "年初预算数", "全年预算数", "全年执行数"],
            ["年度资金总额", "300.00", "310.00", "305.00"],
            ["按收入性质分", "全年预算数", "按支出性质分", "全年执行数"],
            ["一般公共预算财政拨款", "300.00", "基本支出", "250.00"],
            ["其他资金", "10.00", "项目支出", "55.00"]]
    budget = _docx(tmp_path, [rows]).budget
    assert [(i.name, i.amount) for i in budget.income_items] == [("一般公共预算财政拨款", Decimal("300.00")),
                                                                 ("其他资金", Decimal("10.00"))]
    assert [(i.name, i.amount) for i in budget.expenditure_items] == [("基本支出", Decimal("250.00")),
                                                                      ("项目支出", Decimal("55.00"))]


def test_d_a_unit_with_its_counting_word_in_brackets_after_a_magnitude() -> None:
    """"≥12万头（只）" / "12.6万头（只）": the unit is 万头（只） as written (before, the bracket was dropped as a note
    and the unit read as 万头); a real note after a value is still dropped."""
    page = read_page("某县某中心动物防疫项目2024年度绩效自评表\n"
                     "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
                     "| 产出指标 | 数量指标 | 应免畜禽数量 | ≥12万头（只） | 12.6万头（只） | 50 | 50 |\n"
                     "| 满意度指标 | 服务对象满意度指标 | 养殖户满意度 | ≥90% | 93%（抽样120户） | 50 | 50 |\n")
    got = by_name(page)
    first = got["应免畜禽数量"]
    assert (first.target.value, first.actual.value) == (Decimal("12"), Decimal("12.6"))
    assert {first.target.unit, first.actual.unit} == {"万头(只)"}
    assert (got["养殖户满意度"].actual.value, got["养殖户满意度"].actual.unit) == (Decimal("93"), "%")
