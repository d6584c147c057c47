"""A grade written in a total's row, read by one rule (``table_total_row.grade_in_total_row``) whether the row closes
an indicator table (合计 | … | 100 | 96 | 优) or a table of labels and values (自评总分 | 96 | 优): one grade word past
the label, or the label's last word; words naming different grades (a band's), or a word before the row's first
figure, state none. Invented units and figures."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.model import Evaluation, Grade
from jixiao.readers import read_any

_FORM = ("# 某镇中心学校2024年校舍维修经费绩效自评报告\n\n"
         "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
         "| --- | --- | --- | --- | --- | --- | --- |\n"
         "| 产出指标 | 数量指标 | 维修校舍面积 | ≥1200平方米 | 1150平方米 | 50 | 46 |\n"
         "| 效益指标 | 社会效益指标 | 校舍安全达标率 | 100% | 100% | 50 | 50 |\n")
_LABELS = "\n| 项目 | 内容 |\n| --- | --- |\n"


def _read(tmp_path: Path, rows: str) -> Evaluation:
    path = tmp_path / "report.md"
    path.write_text(_FORM + rows, encoding="utf-8")
    return read_any(path).evaluation


@pytest.mark.parametrize("rows", ["| 合计 |  |  |  |  | 100 | 96 | 优 |\n", "| 合计 优 |  |  |  |  | 100 | 96 |\n",
                                  _LABELS + "| 自评总分 | 96 | 优 |\n", _LABELS + "| 自评总分 | 96 | 优 | 优 |\n"])
def test_the_grade_in_a_total_row(tmp_path: Path, rows: str) -> None:
    """After the figures, or the label's last word; the same word twice (a merged cell copied) is one grade."""
    assert _read(tmp_path, rows).stated_grade == Grade.EXCELLENT


@pytest.mark.parametrize("rows", ["| 合计 |  |  |  | 优 | 100 | 96 | 良 |\n", "| 合计 | 优 | 良 |  |  | 100 | 96 |\n",
                                  _LABELS + "| 自评总分 | 96 | 优 | 良 |\n"])
def test_a_bands_words_in_a_total_row_state_no_grade(tmp_path: Path, rows: str) -> None:
    """Two different grade words in the row (a band's, a scale printed beside the total): no grade, in either
    table (an indicator table's total row took the first word before)."""
    evaluation = _read(tmp_path, rows)
    assert evaluation.stated_grade is None
    assert evaluation.stated_total == 96
