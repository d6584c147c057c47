"""Findings of the review of stop 44's second merged reader branches (docs/reader-corpora/review-44-second.md), each
an invented snippet: invented units, funds and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from page_reading import read_page

from jixiao.readers.report import read_report

_HEADER = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "标准分", "自评分", "扣分说明"]


def test_a_sentence_row_across_a_forms_indicator_rows_stays_in_its_table(tmp_path: Path) -> None:
    """A one-cell row ending in 。 between a sheet form's indicator rows ("效益及满意度指标按全年目标考核。"), the
    form's rows going on under it: a row of the form, not a paragraph cutting it (before, the indicators under it
    were lost)."""
    import openpyxl
    book = openpyxl.Workbook()
    for row in [["某县河道保洁项目绩效自评表"], ["项目名称", "某县河道保洁项目"], _HEADER,
                ["产出指标", "数量指标", "保洁河段数", "≥12段", "12段", 30, 30, None],
                ["产出指标", "质量指标", "保洁达标率", "≥95%", "97%", 20, 20, None],
                ["效益及满意度指标按全年目标考核，数据取自年终抽查。"],
                ["效益指标", "社会效益指标", "水面改善河段数", "≥10段", "10段", 30, 30, None],
                ["满意度指标", "服务对象满意度指标", "沿河居民满意度", "≥90%", "92%", 20, 20, None],
                ["合计", None, None, None, None, 100, 100, None]]:
        book.active.append(row)
    path = tmp_path / "form.xlsx"
    book.save(path)
    evaluation = read_report(path)[0]
    assert [i.name for i in evaluation.indicators] == ["保洁河段数", "保洁达标率", "水面改善河段数", "沿河居民满意度"]


def test_a_project_form_cut_from_a_units_table_keeps_its_cells_rows(tmp_path: Path) -> None:
    """One document table holding the unit's form, then a project's (title row, 项目名称 row, its own header): the
    project's cells are found at their rows of the whole table (before, counted from the cut: 第2行 for the 7th)."""
    rows = [_HEADER, ["产出指标", "数量指标", "巡查河段数", "≥8段", "8段", "50", "50", ""],
            ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "91%", "50", "50", ""],
            ["合计", "", "", "", "", "100", "100", ""], ["附表1：河道清淤项目绩效自评表"] * 8,
            ["项目名称", *["河道清淤项目"] * 7], _HEADER,
            ["产出指标", "数量指标", "清淤河段数", "≥5段", "5段", "100", "100", ""]]
    cells = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    path = tmp_path / "report.html"
    path.write_text(f"<html><body><p>某县河道管理所2025年度单位整体支出绩效自评报告</p><table>{cells}</table></body></html>",
                    encoding="utf-8")
    evaluation, _, forms = read_report(path, 2)
    assert forms == ["整体支出表", "“河道清淤项目”"]
    assert evaluation.provenance["indicators[0].name"].location == "表1第8行第3列"


def test_a_body_evaluating_for_another_is_not_the_self_named_unit() -> None:
    """"某中心(以下简称“中心”)受托,组织专家开展了…绩效评价": a body evaluating for another (受托, 受某局委托) is not the
    unit that evaluates itself (before, the evaluator was read as the unit)."""
    read = read_page("北辰绩效咨询中心(以下简称“咨询中心”)受托,组织专家开展了2025年度项目绩效评价工作。\n"
                     "一、评价工作开展情况\n共评价三个项目。\n")
    assert read.unit.name != "北辰绩效咨询中心"


def test_money_handed_down_over_the_years_is_not_the_years_budget() -> None:
    """"累计下达我局300万元,其中2024年下达我局96万元": the years' sum handed down is not the year's budget; the year's
    own sentence is (before, the sum was read, certain)."""
    read = read_page("某县农技站某某推广补助资金转移支付2024年度绩效自评报告\n一、基本情况\n"
                     "项目实施以来累计下达我站310万元,其中2024年下达我站96万元,全年支出93万元。\n")
    assert read.budget.adjusted == Decimal("96")
