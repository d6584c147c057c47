"""A table of block scores headed by 一级指标 itself ("一级指标 | 权重 | 得分 | 得分率") before the indicator table: its
rows are the blocks' weights, never indicators (invented unit and figures)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from docx import Document

from jixiao.readers import read_any

_SUMMARY = [["一级指标", "权重", "得分", "得分率"], ["产出指标", "60", "57", "95%"], ["效益指标", "30", "28.5", "95%"],
            ["满意度指标", "10", "10", "100%"], ["合计", "100", "95.5", "95.5%"]]
_INDICATORS = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
               ["产出指标", "数量指标", "丙类园舍改造间数", "≥12间", "12间", "60", "57"],
               ["效益指标", "社会效益指标", "丁类入园率提升", "≥2%", "2.4%", "30", "28.5"],
               ["满意度指标", "服务对象满意度指标", "家长满意度", "≥90%", "94%", "10", "10"]]


def _table(d: Document, rows: list[list[str]]) -> None:
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            t.cell(i, j).text = text


def test_level_one_headed_summary_gives_block_weights_not_indicators(tmp_path: Path) -> None:
    """Before, the 一级指标 header made the summary look like an indicator table's first column and no block weight
    was read from it."""
    d = Document()
    d.add_paragraph("2025年度甲乙乡幼儿园建设项目绩效自评报告")
    d.add_paragraph("一、自评结论")
    _table(d, _SUMMARY)
    d.add_paragraph("二、绩效指标完成情况")
    _table(d, _INDICATORS)
    path = tmp_path / "summary.docx"
    d.save(str(path))
    evaluation = read_any(path).evaluation
    assert evaluation.stated_block_weights == {"产出指标": Decimal(60), "效益指标": Decimal(30),
                                               "满意度指标": Decimal(10)}
    assert {i.name for i in evaluation.indicators} == {"丙类园舍改造间数", "丁类入园率提升", "家长满意度"}
