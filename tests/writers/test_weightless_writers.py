"""A report written from an evaluation with an indicator whose form states no weight: every format
prints the 【待补充：分值】 placeholder where the weight goes (never 0), sums over it stay empty, and
the missing weight is listed like any other missing part."""

from __future__ import annotations

from pathlib import Path

import docx
import openpyxl
import pytest

from jixiao.model import Evaluation
from jixiao.writers import missing_parts, render

MARK = "【待补充：分值】"


def _weight_column(header: list) -> int:
    """The 分值 column of the form's header (指标权重 on the whole-unit form)."""
    return next(i for i, cell in enumerate(header) if cell in ("分值", "指标权重"))


@pytest.fixture
def weightless(example: Evaluation) -> Evaluation:
    example.indicators[0].weight = None  # 5 points in the seed; its stated score 5 stays
    return example


def test_missing_parts_name_the_weight(weightless: Evaluation) -> None:
    parts = [(p.path, p.text) for p in missing_parts(weightless)]
    assert ("indicators[0].weight", MARK) in parts


def test_word_prints_the_placeholder_in_the_weight_cell(weightless: Evaluation, tmp_path: Path) -> None:
    document = docx.Document(str(render(weightless, "docx", tmp_path / "r.docx")))
    name = weightless.indicators[0].name
    rows = [[c.text for c in row.cells] for table in document.tables for row in table.rows]
    row = next(r for r in rows if name in r)
    weight_column = _weight_column(next(r for r in rows if "三级指标" in r))
    assert row[weight_column] == MARK
    totals = [r for r in rows if r[0] in ("合计", "总分")]
    assert totals and all(r[weight_column] == "" for r in totals)  # 95 would claim a sum the form never stated
    paragraphs = "\n".join(p.text for p in document.paragraphs)
    assert f"{name}（{MARK}）" in paragraphs and f"{name}（0分）" not in paragraphs


def test_excel_writes_the_placeholder_as_text_and_no_weight_sum(weightless: Evaluation, tmp_path: Path) -> None:
    sheet = openpyxl.load_workbook(render(weightless, "xlsx", tmp_path / "r.xlsx")).active
    cells = [[cell.value for cell in row] for row in sheet.iter_rows()]
    column = _weight_column(next(r for r in cells if "三级指标" in r))
    row = next(r for r in cells if weightless.indicators[0].name in r)
    assert row[column] == MARK
    total = next(r for r in cells if r[0] in ("合计", "总分"))
    assert total[column] in (None, "")


def test_html_and_markdown_show_the_placeholder(weightless: Evaluation, tmp_path: Path) -> None:
    html = render(weightless, "html", tmp_path / "r.html").read_text(encoding="utf-8")
    assert f"分值 {MARK}<" in html or f"分值 {MARK}" in html
    markdown = render(weightless, "md", tmp_path / "r.md").read_text(encoding="utf-8")
    assert MARK in markdown and "报告未列该指标的分值（权重），无法按规则计算得分" in markdown


@pytest.mark.parametrize("fmt", ["docx", "xlsx"])
def test_jixiao_reads_the_placeholder_back_as_no_weight(weightless: Evaluation, tmp_path: Path, fmt: str) -> None:
    from jixiao.readers import read_any

    back = read_any(str(render(weightless, fmt, tmp_path / f"r.{fmt}"))).evaluation
    name = weightless.indicators[0].name
    row = next(i for i in back.indicators if i.name == name)
    assert (row.weight, row.stated_score) == (None, weightless.indicators[0].stated_score)
    others = {i.name: i.weight for i in back.indicators if i.name != name}
    assert others == {i.name: i.weight for i in weightless.indicators[1:]}
