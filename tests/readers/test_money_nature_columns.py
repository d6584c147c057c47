"""A whole-unit form's money split by spending nature: 年初预算数 | 全年预算数 | 全年执行数 each over 合计 | 基本支出 |
项目支出 in a second header row (the budget is each stage's 合计, the spending items the 全年执行数's parts), or a row a
stage under 合计 | 基本支出 | 项目支出 columns; prose splitting the budget by nature before the spending's own split;
a 续表's "产出指标（续）" the block it carries on. Invented units and figures."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from page_reading import read_docx, read_page

from jixiao.model import Evaluation

_HEAD = ["某县文旅局2024年度部门整体支出绩效自评表"]
_INDICATORS = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
               ["履职效能", "重点工作", "送戏下乡场次", "≥120场", "126场", "45", "45"],
               ["社会效应", "服务对象满意度", "观众满意度", "≥90%", "93%", "45", "45"]]
_BY_COLUMN = [["资金类别", "年初预算数", "年初预算数", "年初预算数", "全年预算数", "全年预算数", "全年预算数",
               "全年执行数", "全年执行数", "全年执行数", "执行率"],
              ["资金类别", *(["基本支出", "项目支出", "合计"] * 3), "执行率"],
              ["部门预算资金", "300.00", "120.00", "420.00", "310.00", "150.50", "460.50", "308.20", "140.30",
               "448.50", "97.39%"]]
_BY_ROW = [["预算资金（万元）", "合计", "基本支出", "项目支出"],
           ["年初预算数", "420.00", "300.00", "120.00"],
           ["全年预算数", "460.50", "310.00", "150.50"],
           ["全年执行数", "448.50", "308.20", "140.30"]]


def _spending(evaluation: Evaluation) -> tuple[Decimal | None, list[tuple[str, Decimal]]]:
    budget = evaluation.budget
    return budget.expenditure_total, [(i.name, i.amount) for i in budget.expenditure_items]


_SPENT = (Decimal("448.50"), [("基本支出", Decimal("308.20")), ("项目支出", Decimal("140.30"))])


def test_stages_over_nature_columns_read_at_their_totals(tmp_path: Path) -> None:
    evaluation = read_docx(tmp_path, [*_HEAD, _BY_COLUMN, _INDICATORS])
    budget = evaluation.budget
    assert (budget.initial, budget.adjusted, budget.executed) == (Decimal("420.00"), Decimal("460.50"),
                                                                  Decimal("448.50"))
    assert budget.stated_execution_rate == Decimal("97.39")
    assert _spending(evaluation) == _SPENT


def test_a_row_a_stage_gives_the_spending_of_its_execution_row(tmp_path: Path) -> None:
    assert _spending(read_docx(tmp_path, [*_HEAD, _BY_ROW, _INDICATORS])) == _SPENT


def test_a_budget_split_before_the_spending_split_is_not_the_spending() -> None:
    text = ("某县文旅局2024年度部门整体支出绩效自评报告\n"
            "2024年年初预算420.00万元，其中基本支出300.00万元、项目支出120.00万元；全年预算460.50万元；"
            "全年执行448.50万元，其中基本支出308.20万元、项目支出140.30万元，预算执行率97.39%。\n")
    assert _spending(read_page(text))[1] == _SPENT[1]


def test_a_budget_split_alone_is_read_as_before() -> None:
    text = ("某县文旅局2024年度部门整体支出绩效自评报告\n"
            "2024年年初预算420.00万元，其中基本支出300.00万元、项目支出120.00万元。\n")
    assert _spending(read_page(text))[1] == [("基本支出", Decimal("300.00")), ("项目支出", Decimal("120.00"))]


def test_a_continued_block_keeps_its_level(tmp_path: Path) -> None:
    rows = [_INDICATORS[0], ["产出指标", "数量指标", "送戏下乡场次", "≥120场", "126场", "45", "45"],
            ["产出指标（续）", "质量指标", "演出验收合格率", "=100%", "100%", "45", "45"]]
    evaluation = read_docx(tmp_path, [*_HEAD, rows])
    assert [(i.name, i.level1) for i in evaluation.indicators] == [("送戏下乡场次", "产出指标"),
                                                                   ("演出验收合格率", "产出指标")]


def test_stages_over_nature_columns_on_tabs() -> None:
    rows = [["资金类别", "年初预算数", "", "", "全年预算数", "", "", "全年执行数", "", "", "执行率"],
            ["", *(["合计", "基本支出", "项目支出"] * 3), ""],
            ["部门预算资金", "420.00", "300.00", "120.00", "460.50", "310.00", "150.50", "448.50", "308.20", "140.30",
             "97.39%"]]
    text = "\n".join([*_HEAD, "单位：万元", *("\t".join(row) for row in rows), *("\t".join(r) for r in _INDICATORS)])
    evaluation = read_page(text + "\n")
    budget = evaluation.budget
    assert (budget.initial, budget.adjusted, budget.executed) == (Decimal("420.00"), Decimal("460.50"),
                                                                  Decimal("448.50"))
    assert _spending(evaluation) == _SPENT


def test_the_spending_takes_its_column_unit(tmp_path: Path) -> None:
    top = [cell.replace("数", "数（元）") for cell in _BY_COLUMN[0]]
    amounts = ["部门预算资金", "3000000", "1200000", "4200000", "3100000", "1505000", "4605000", "3082000", "1403000",
               "4485000", "97.39%"]
    evaluation = read_docx(tmp_path, [*_HEAD, [top, _BY_COLUMN[1], amounts], _INDICATORS])
    assert _spending(evaluation) == _SPENT


_SOURCES = [["财政拨款", "250.00", "100.00", "350.00", "260.00", "120.00", "380.00", "258.20", "112.30", "370.50",
             "97.50%"],
            ["其他资金", "50.00", "20.00", "70.00", "50.00", "30.50", "80.50", "50.00", "28.00", "78.00", "96.89%"]]
_SUM = ["合计", "300.00", "120.00", "420.00", "310.00", "150.50", "460.50", "308.20", "140.30", "448.50", "97.39%"]


def test_the_spending_is_the_sum_row_under_rows_of_sources(tmp_path: Path) -> None:
    evaluation = read_docx(tmp_path, [*_HEAD, [*_BY_COLUMN[:2], *_SOURCES, _SUM], _INDICATORS])
    assert _spending(evaluation) == _SPENT


def test_rows_of_sources_with_no_sum_give_no_spending(tmp_path: Path) -> None:
    assert _spending(read_docx(tmp_path, [*_HEAD, [*_BY_COLUMN[:2], *_SOURCES], _INDICATORS])) == (None, [])
