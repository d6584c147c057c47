"""The same form in every flattened shape reads to the same facts as its Word table."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from flat_forms import ARTEFACTS, EXPECTED, SHAPES, word
from page_reading import read_page

from jixiao.readers import read_any
from jixiao.writers.pdf import docx_to_pdf


def _facts(path: Path) -> dict[str, Any]:
    evaluation = read_any(path).evaluation
    return {
        "kind": evaluation.kind.value,
        "year": evaluation.year,
        "project": {"name": evaluation.project.name if evaluation.project else None,
                    "implementing_unit": evaluation.project.implementing_unit if evaluation.project else None},
        "unit": {"supervising_department": evaluation.unit.supervising_department},
        "budget": {"initial": evaluation.budget.initial, "adjusted": evaluation.budget.adjusted,
                   "executed": evaluation.budget.executed,
                   "stated_execution_rate": evaluation.budget.stated_execution_rate},
        "stated_total": evaluation.stated_total,
        "stated_grade": evaluation.stated_grade.value if evaluation.stated_grade else None,
        "indicators": [(i.name, i.weight, i.stated_score) for i in evaluation.indicators],
    }


def test_the_word_table_reads_to_the_form_s_facts(tmp_path: Path) -> None:
    assert _facts(word(tmp_path / "form.docx")) == EXPECTED


def test_the_word_table_printed_to_pdf_reads_to_the_form_s_facts(tmp_path: Path) -> None:
    pdf = docx_to_pdf(word(tmp_path / "form.docx"), tmp_path / "form.pdf")
    assert _facts(pdf) == EXPECTED


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_each_flattened_shape_reads_like_the_word_table(shape: str, tmp_path: Path) -> None:
    path = tmp_path / f"{shape}.txt"
    path.write_text(SHAPES[shape](), encoding="utf-8")
    assert _facts(path) == EXPECTED


@pytest.mark.parametrize("artefact", sorted(ARTEFACTS))
@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_copy_artefacts_leave_each_shape_s_facts_unchanged(shape: str, artefact: str, tmp_path: Path) -> None:
    path = tmp_path / f"{shape}-{artefact}.txt"
    path.write_text(ARTEFACTS[artefact](SHAPES[shape]()), encoding="utf-8", newline="")
    assert _facts(path) == EXPECTED


@pytest.mark.parametrize("row", [
    "年度资金总额 1,268.40 1,392.75 1,350.18 10 96.94% 9.69",  # spaced cells
    "年度资金总额 | 1,268.40 | 1,392.75 | 1,350.18 | 10 | 96.94% | 9.69 |",  # web-copied cells
    "年度资金总额\n1,268.40\n1,392.75\n1,350.18\n10\n96.94%\n9.69",  # one cell per line
])
def test_thousands_separators_are_figures_not_clauses(row: str, tmp_path: Path) -> None:
    header = "项目资金（万元） 年初预算数 全年预算数 全年执行数 分值 执行率 得分"
    if "|" in row:
        header = " | ".join(header.split()) + " |"
    elif "\n" in row:
        header = header.replace(" ", "\n")
    text = f"某县文化馆2024年度项目支出绩效自评表\n项目名称 公共文化服务提升项目\n{header}\n{row}\n"
    path = tmp_path / "form.txt"
    path.write_text(text, encoding="utf-8")
    budget = read_any(path).evaluation.budget
    assert (budget.initial, budget.adjusted, budget.executed) == (Decimal("1268.40"), Decimal("1392.75"),
                                                                  Decimal("1350.18"))
    assert budget.stated_execution_rate == Decimal("96.94")


def test_fused_figures_are_read_as_guesses_and_separated_cells_are_not(tmp_path: Path) -> None:
    fused_path, cells_path = tmp_path / "fused.txt", tmp_path / "cells.txt"
    fused_path.write_text(SHAPES["fused"](), encoding="utf-8")
    cells_path.write_text(SHAPES["one_cell_per_line"](), encoding="utf-8")
    fused, cells = read_any(fused_path).evaluation, read_any(cells_path).evaluation
    late = next(i for i, ind in enumerate(fused.indicators) if ind.name == "工程按期完工率")  # "109.68": 10 | 9.68
    assert fused.provenance[f"indicators[{late}].stated_score"].guessed
    assert fused.provenance[f"indicators[{late}].weight"].guessed
    same = next(i for i, ind in enumerate(cells.indicators) if ind.name == "工程按期完工率")
    assert not cells.provenance[f"indicators[{same}].stated_score"].guessed
    assert cells.provenance[f"indicators[{same}].stated_score"].location.endswith("行")


def test_a_markdown_row_that_lost_its_merged_cells_is_read_by_content() -> None:

    text = ("某县水利局2024年度项目支出绩效自评表\n"
            "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
            "|---|---|---|---|---|---|---|\n"
            "| 产出指标 | 数量指标 | 堤防加固长度 | ≥12公里 | 12.6公里 | 60 | 60 |\n"
            "| 质量指标 | 工程验收合格率 | =100% | 100% | 40 | 38 |\n")
    evaluation = read_page(text, "x.md")
    second = evaluation.indicators[1]
    assert (second.name, second.level2, second.weight, second.stated_score) == (
        "工程验收合格率", "质量指标", 40, 38)
    assert evaluation.provenance["indicators[1].weight"].guessed  # moved by content, not read in place


@pytest.mark.parametrize("blank_lines", [0, 1, 2, 3])
def test_wrapped_header_cells_one_a_line_with_blank_lines_between(blank_lines: int, tmp_path: Path) -> None:
    cells = ["某县自然资源局2024年度部门整体支出绩效自评表", "年度预", "算申请", "（万元）", "年初", "预算数",
             "全年预算数", "全年", "执行数", "分值", "执行率", "得分", "年度资金总额",
             "1,286.50", "1,342.80", "1,301.26", "10", "96.91%", "9.69"]
    path = tmp_path / "form.txt"
    path.write_text(("\n" * (blank_lines + 1)).join(cells) + "\n", encoding="utf-8")
    budget = read_any(path).evaluation.budget
    assert (budget.initial, budget.adjusted, budget.executed, budget.stated_execution_rate) == (
        Decimal("1286.50"), Decimal("1342.80"), Decimal("1301.26"), Decimal("96.91"))
