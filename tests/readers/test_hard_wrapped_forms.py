"""A form flattened to one line per row (or the whole form on one line) and then hard-wrapped at a
fixed width, cut mid-cell and mid-number, reads to the same facts as the form itself."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from flat_forms import EXPECTED, ROWS, SHAPES, TITLE, YEAR_LINE
from test_flattened_forms import _facts
from test_tab_separated_forms import SHAPES as TAB_SHAPES

from jixiao.readers import read_any
from jixiao.readers.hard_wrap import unwrap_fixed_width
from jixiao.readers.textnorm import display_width


def _rows_on_lines() -> str:
    """One line per row, cells separated by single spaces (merged cells left out)."""
    rows = [" ".join(c for c in row if c) for row in ROWS]
    return "\n".join([TITLE, YEAR_LINE, *rows]) + "\n"


def _cut(text: str, width: int, measure: Callable[[str], int] = len) -> str:
    """Every line cut at ``width`` (characters, or display columns), anywhere: mid-cell, mid-number."""
    out: list[str] = []
    for line in text.split("\n"):
        piece = ""
        for char in line:
            if measure(piece + char) > width:
                out.append(piece)
                piece = ""
            piece += char
        out.append(piece)
    return "\n".join(out)


SOURCES = {"whole_form_on_one_line": lambda: SHAPES["one_line"](), "one_row_a_line": _rows_on_lines}


OTHER_SHAPES = {"web_cells": SHAPES["web_cells"], "fused": SHAPES["fused"],
                "tab_rows_run_together": TAB_SHAPES["one_line_rows_run_together"],
                "tab_rows_apart": TAB_SHAPES["one_line_rows_apart_by_two_spaces"]}


@pytest.mark.parametrize("width", [40, 80])
@pytest.mark.parametrize("shape", sorted(OTHER_SHAPES))
def test_other_flattened_shapes_cut_at_a_fixed_width_read_like_the_form(shape: str, width: int,
                                                                        tmp_path: Path) -> None:
    path = tmp_path / "form.txt"
    path.write_text(_cut(OTHER_SHAPES[shape](), width), encoding="utf-8")
    assert _facts(path) == EXPECTED


@pytest.mark.parametrize("width", [60, 80])
@pytest.mark.parametrize("source", sorted(SOURCES))
def test_a_form_cut_at_a_fixed_number_of_characters_reads_like_the_form(source: str, width: int,
                                                                        tmp_path: Path) -> None:
    text = _cut(SOURCES[source](), width)
    path = tmp_path / "form.txt"
    path.write_text(text, encoding="utf-8")
    assert _facts(path) == EXPECTED


@pytest.mark.parametrize("columns", [120, 160])
@pytest.mark.parametrize("source", sorted(SOURCES))
def test_a_form_cut_at_a_fixed_display_width_reads_like_the_form(source: str, columns: int, tmp_path: Path) -> None:
    path = tmp_path / "form.txt"
    path.write_text(_cut(SOURCES[source](), columns, display_width), encoding="utf-8")
    assert _facts(path) == EXPECTED


@pytest.mark.parametrize("width", [60, 80])
def test_a_wrapper_that_drops_the_space_it_cuts_at_keeps_the_cell_boundary(width: int, tmp_path: Path) -> None:
    text = "\n".join(line.rstrip(" ") for line in _cut(SOURCES["one_row_a_line"](), width).split("\n"))
    path = tmp_path / "form.txt"
    path.write_text(text, encoding="utf-8")
    assert _facts(path) == EXPECTED


def test_a_figure_cut_in_two_is_whole_again(tmp_path: Path) -> None:
    text = SHAPES["one_line"]()
    at = text.index("341.15") + 4  # the line ends on "341." and the next starts with "15"
    text = text.replace("lcsw", "lcsw" + "x" * ((60 - at % 60) % 60), 1)
    wrapped = _cut(text, 60)
    assert any(line.endswith("341.") for line in wrapped.split("\n"))
    path = tmp_path / "form.txt"
    path.write_text(wrapped, encoding="utf-8")
    evaluation = read_any(path).evaluation
    assert evaluation.budget.executed == EXPECTED["budget"]["executed"]
    assert not evaluation.provenance["budget.executed"].guessed


def test_a_figure_cut_at_a_dropped_space_is_split_by_the_form_s_arithmetic_and_marked_guessed(
        tmp_path: Path) -> None:
    """"…341.15" / "10 95.72% 9.57": joined, "341.1510" is 执行数 341.15 and 分值 10 (341.15 ÷ 356.40 =
    95.72 %, 10 × 95.72 % = 9.57), a guess; never the one figure 341.151."""
    text = SHAPES["one_line"]().rstrip("\n")
    width = 60
    at = text.index("341.15 10") + len("341.15")
    text = text.replace("lcsw", "lcsw" + "x" * ((width - at % width) % width), 1)  # a cut right after 341.15
    lines = [text[i: i + width].lstrip(" ") for i in range(0, len(text), width)]
    assert any(line.endswith("341.15") for line in lines)
    path = tmp_path / "form.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    evaluation = read_any(path).evaluation
    assert evaluation.budget.executed == EXPECTED["budget"]["executed"]
    assert evaluation.provenance["budget.executed"].guessed
    first = evaluation.indicators[0]
    assert (first.name, first.weight, first.stated_score) == EXPECTED["indicators"][0]
    assert evaluation.provenance["indicators[0].weight"].guessed


def test_text_without_a_fixed_width_wrap_is_left_as_it_is() -> None:
    prose = ("一、部门基本情况\n本单位主要职责是负责全县农村供水工程的建设与管理。\n"
             "二、绩效目标完成情况\n全年完成12处集中供水工程改造任务，受益人口1.23万人。\n")
    assert unwrap_fixed_width(prose) == prose
    table = "\n".join(["| 项目 | 年初预算数 | 全年预算数 | 全年执行数 |"] * 5)  # rows padded to one width
    assert unwrap_fixed_width(table) == table


def test_a_cell_repeated_at_the_longest_length_is_no_wrap() -> None:
    """A form one cell a line whose scoring rule, the longest cell, repeats in every row: the same text reaching the
    same length each time is a repeated cell, not lines cut at a width (a wrap cuts different text each time)."""
    rule = "达到目标值得满分；未达到的，按完成比例乘以该指标分值计算得分。"
    rows = [["垃圾清运车次", "20", "≥300车次", "312车次", rule, "20"], ["清运及时率", "20", "≥95%", "97%", rule, "20"],
            ["群众投诉办结率", "10", "100%", "100%", rule, "10"], ["村民满意度", "10", "≥90%", "93%", rule, "10"]]
    text = "\n".join(["三级指标", "分值", "年度指标值", "实际完成值", "评分标准", "得分",
                      *(cell for row in rows for cell in row)])
    assert unwrap_fixed_width(text) == text


def test_joined_lines_keep_their_line_numbers() -> None:
    text = "\n".join(["甲" * 40, "乙" * 40, "丙" * 40, "丁" * 40, "戊" * 12, "己己"])
    out = unwrap_fixed_width(text).split("\n")
    assert out[0] == "甲" * 40 + "乙" * 40 + "丙" * 40 + "丁" * 40 + "戊" * 12
    assert out[1:5] == ["", "", "", ""] and out[5] == "己己"
