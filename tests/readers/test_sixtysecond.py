"""Shapes of the sixty-second set (docs/reader-corpora/sixtysecond.md), each rebuilt from an invented snippet of the
same shape (invented units and figures)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from docx import Document
from page_reading import by_name, read_saved

from jixiao.readers import read_any

_SYS_HEAD = ["一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "度量单位", "年度指标值", "实际完成值", "分值",
             "得分", "偏差原因分析及改进措施"]


@pytest.mark.parametrize("blank", ["N/A", "——", "n/a"])
def test_placeholder_in_direction_and_unit_cells_of_a_qualitative_row(tmp_path: Path, blank: str) -> None:
    """A system's print with tab-separated cells: a 定性 row writes "N/A" or "——" in its 指标方向 and 度量单位 cells
    (before, the row was read from the wrong cells: its name taken as "N/A" or as its target)."""
    rows = [_SYS_HEAD,
            ["产出指标", "数量指标", "某体检人数", "定量", "≥", "人", "300", "316", "30", "30", blank],
            ["产出指标", "时效指标", "某体检完成时限", "定性", blank, blank, "2022年10月底前", "2022年10月18日", "30",
             "30", blank],
            ["满意度指标", "服务对象满意度指标", "某受检者满意度", "定量", "≥", "%", "90", "92.5", "40", "38",
             "候检时间偏长"],
            ["总分", "", "", "", "", "", "", "", "100", "98", "优"]]
    text = "某县某卫生院2022年度某项目支出绩效自评表\r\n" + "\r\n".join("\t".join(r) for r in rows) + "\r\n"
    read = by_name(read_saved(tmp_path, text))
    assert list(read) == ["某体检人数", "某体检完成时限", "某受检者满意度"]
    timed = read["某体检完成时限"]
    assert (timed.weight, timed.stated_score) == (Decimal(30), Decimal(30))
    assert timed.target is not None and timed.target.text == "2022年10月底前"
    counted = read["某体检人数"].target
    assert counted is not None and (counted.value, counted.unit) == (Decimal(300), "人")


def test_direction_column_after_the_unit_column(tmp_path: Path) -> None:
    """A Word form ordering 指标性质 | 度量单位 | 指标方向: the comparison stands in the third (before, every target
    read as ≥, the nature column's neighbour being the unit)."""
    head = ["一级指标", "二级指标", "三级指标", "指标性质", "度量单位", "指标方向", "年度指标值", "实际完成值", "分值",
            "得分"]
    rows = [head,
            ["产出指标", "质量指标", "某补助对象核准率", "定量", "%", "=", "100", "100", "30", "30"],
            ["效益指标", "社会效益指标", "某投诉件数", "定量", "件", "≤", "5", "2", "30", "30"],
            ["满意度指标", "服务对象满意度指标", "某受助户满意度", "定量", "%", "≥", "90", "93", "40", "40"],
            ["总分", "", "", "", "", "", "", "", "100", "100"]]
    d = Document()
    d.add_paragraph("某区某资助中心2022年度某补助项目支出绩效自评表")
    table = d.add_table(rows=len(rows), cols=len(head))
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            table.cell(i, j).text = cell
    path = tmp_path / "form.docx"
    d.save(path)
    read = by_name(read_any(path).evaluation)
    signs = {name: (i.target.comparator.value if i.target else None) for name, i in read.items()}
    assert signs == {"某补助对象核准率": "=", "某投诉件数": "≤", "某受助户满意度": "≥"}


def test_full_mark_in_a_bracket_before_the_score(tmp_path: Path) -> None:
    """"逐项打分（满分100分），我校自评得分…": the full mark in a bracket after the scoring, the body's short word
    before its score (before, the full mark was not read)."""
    text = ("# 某市某中学2022年度部门整体支出绩效自评报告\n\n"
            "2022年年初预算数为1,200,000.00元，全年执行数为1,150,000.00元。\n\n"
            "经对照评价指标体系逐项打分（满分100分），我校自评得分91.5分，自评等级为“优”。\n")
    evaluation = read_saved(tmp_path, text, "report.md")
    assert (evaluation.full_mark, evaluation.stated_total) == (Decimal(100), Decimal("91.5"))
