"""Shapes of the fifty-fifth set (docs/reader-corpora/fiftyfifth.md), each rebuilt from an invented snippet of the
same shape (invented units and figures)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from docx import Document

from jixiao.readers import read_any

_HEAD = ["一级指标", "二级指标", "三级指标", "年度目标值", "全年实际值", "分值", "得分", "偏差原因分析及改进措施"]


def _docx(tmp_path: Path, rows: list[list[str]]) -> object:
    d = Document()
    d.add_paragraph("某市某某所2025年度部门整体支出绩效自评表")
    t = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            t.cell(i, j).text = text
    path = tmp_path / "form.docx"
    d.save(str(path))
    return read_any(path).evaluation


def test_section_label_column_before_the_levels_is_no_actual(tmp_path: Path) -> None:
    """"年度绩效指标完成情况" heading the column a form merges down its left edge beside 一级指标: the indicator
    section's label, not a column of actuals (before, every actual was read as that label and 全年实际值 lost)."""
    evaluation = _docx(tmp_path, [
        ["年度绩效指标完成情况", *_HEAD],
        ["", "履职效能", "检测任务", "样品检测批次", "≥600批", "640批", "20", "20", ""],
        ["", "社会效应", "服务对象满意度", "送检单位满意度", "≥90%", "93%", "10", "10", ""]])
    first, second = evaluation.indicators  # type: ignore[attr-defined]
    assert first.name == "样品检测批次"
    assert first.actual.value == Decimal("640") and first.actual.unit == "批"
    assert second.actual.value == Decimal("93") and second.actual.unit == "%"


def test_pager_between_the_pages_of_a_split_article_is_no_row(tmp_path: Path) -> None:
    """An article a site split over pages, copied page by page: "上一页 1 2 3 下一页" between two rows of the form
    is the site's pager (before, it was read as an indicator named 上一页 with weight 3, and the weights no longer
    summed to the total); a row of bare figures is still a row."""
    rows = ["三级指标\t年度目标值\t全年实际值\t分值\t得分",
            "样品检测批次\t≥600批\t640批\t60\t60",
            "",
            "上一页　1　2　3　下一页",
            "",
            "送检单位满意度\t≥90%\t93%\t40\t40",
            "总分\t\t\t100\t100"]
    path = tmp_path / "paged.txt"
    path.write_text("某市某某所2025年度部门整体支出绩效自评报告\n" + "\n".join(rows) + "\n", encoding="utf-8")
    names = [i.name for i in read_any(path).evaluation.indicators]  # type: ignore[attr-defined]
    assert names == ["样品检测批次", "送检单位满意度"]


def test_prose_indicator_with_its_level2_in_brackets_before_a_full_stop(tmp_path: Path) -> None:
    """"1.名称（社会效益）。年度目标值…，全年实际值…，分值…，得分…。": the bracket after the name, closed by a full stop
    before the target's label, is the indicator's 二级 when the lexicon knows it as one (before, the bracket stayed in
    the name and the 二级 was lost); a bracket the lexicon does not know as a level stays in the name."""
    path = tmp_path / "prose.txt"
    path.write_text("某市某某中心2025年度部门整体支出绩效自评报告\n（一）社会效应（20分，得分20分）\n"
                    "1.检测报告公开数量（社会效益）。年度目标值≥80份，全年实际值86份，分值10分，得分10分。\n"
                    "2.委托单位满意度（服务对象满意度）。年度目标值≥90%，全年实际值95%，分值10分，得分10分。\n"
                    "（二）管理效率（10分，得分10分）\n"
                    "1.样品留存规范率（含复检样品）。年度目标值100%，全年实际值100%，分值10分，得分10分。\n",
                    encoding="utf-8")
    first, second, third = read_any(path).evaluation.indicators  # type: ignore[attr-defined]
    assert (first.name, first.level2) == ("检测报告公开数量", "社会效益")
    assert (second.name, second.level2) == ("委托单位满意度", "服务对象满意度")
    assert third.name == "样品留存规范率（含复检样品）"
