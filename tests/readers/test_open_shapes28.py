"""Open real-page shapes, stop 28 (open-shapes-28.md): each test is built from an invented snippet of a shape seen on
a real page, in general form."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from docx import Document as WordDocument

from jixiao.readers import read_any
from jixiao.readers.doubled_figures import characters_once
from jixiao.readers.extract import extract
from jixiao.readers.source_text import text_to_document

# A. a text layer that prints every figure twice: one reading whatever the file's format, each figure's fact guessed
_DOUBLED = ["2023年度某某宣传经费项目绩效自评报告",
            "一、项目基本情况本项目年初预算 4545 万元，当年实际到位 52.552.5 万元，支出 48.1248.12 万元，"
            "预算执行率92.44%92.44%。",
            "二、存在问题(1)(1) 宣传覆盖面不足。(2)(2) 经费下达较晚。设置绩效目标 1212 个，完成 1010 个。"]


def _doubled_facts(evaluation: object) -> None:
    budget = evaluation.budget  # type: ignore[attr-defined]
    assert (budget.initial, budget.stated_execution_rate) == (Decimal(45), Decimal("92.44"))
    provenance = evaluation.provenance  # type: ignore[attr-defined]
    assert provenance["budget.initial"].guessed and provenance["budget.stated_execution_rate"].guessed
    assert not provenance["year"].guessed and not provenance["project.name"].guessed  # no figure read once


def test_a_doubled_text_layer_read_from_plain_text_marks_each_figure_guessed() -> None:
    evaluation, warnings = extract(text_to_document("\n".join(_DOUBLED) + "\n", "page.txt"))
    _doubled_facts(evaluation)
    assert any("重复" in w for w in warnings)


def test_a_doubled_text_layer_read_from_a_pdf_the_same_way(tmp_path: Path) -> None:
    from jixiao.writers.pdf import docx_to_pdf

    word = WordDocument()
    for line in _DOUBLED:
        word.add_paragraph(line)
    word.save(str(tmp_path / "doubled.docx"))
    report = read_any(docx_to_pdf(tmp_path / "doubled.docx", tmp_path / "doubled.pdf"))
    _doubled_facts(report.evaluation)
    assert any("重复" in w for w in report.warnings)


def test_a_docx_whose_paragraphs_double_figures_is_read_once_too(tmp_path: Path) -> None:
    word = WordDocument()
    for line in _DOUBLED:
        word.add_paragraph(line)
    word.save(str(tmp_path / "doubled.docx"))
    _doubled_facts(read_any(tmp_path / "doubled.docx").evaluation)


def test_equal_cells_side_by_side_in_a_table_are_no_doubled_layer(tmp_path: Path) -> None:
    word = WordDocument()
    word.add_paragraph("某某局2023年度某某项目支出绩效自评表")
    word.add_paragraph("(1)(1) 说明。(2)(2) 说明。")  # doubled marks, but no doubled figure inside a cell
    table = word.add_table(rows=2, cols=4)
    for col, (label, value) in enumerate(zip(("年初预算数", "全年预算数", "全年执行数", "执行率"),
                                             ("64.8", "64.8", "63.2", "97.53%"), strict=True)):
        table.cell(0, col).text, table.cell(1, col).text = label, value
    word.save(str(tmp_path / "cells.docx"))
    report = read_any(tmp_path / "cells.docx")
    assert not any("重复" in w for w in report.warnings)


# B. a bold heading doubled character by character
def test_a_heading_doubled_character_by_character_is_read_once() -> None:
    text = ("某某县某某局2023年度项目支出绩效自评表\n项项目目名名称称：：乡乡村村道道路路养养护护经经费费\n"
            "实实施施单单位位：：某某县公路站\n")
    evaluation, warnings = extract(text_to_document(text, "page.txt"))
    assert evaluation.project is not None
    assert (evaluation.project.name, evaluation.project.implementing_unit) == ("乡村道路养护经费", "某某县公路站")
    assert any("每个字重复" in w for w in warnings)


def test_two_doubled_words_or_one_mark_repeated_stay_as_written() -> None:
    for text in ("全体干部认认真真、踏踏实实地工作", "某某某某某某局", "((((((", "家家户户"):
        assert characters_once(text) == (text, 0)
