"""PDF lines are re-joined into paragraphs even when the wrap falls inside a key phrase; a table
row broken by a page break is put back together."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.readers import read_any
from jixiao.readers.document import Paragraph, Table
from jixiao.readers.page_layout import Line, assemble, join_split_row

REPORTS = Path(__file__).resolve().parents[1] / "data" / "reports"
CHAR = 16.0
LEFT, RIGHT = 90.0, 522.0


def line(text: str, x1: float, number: int, x0: float = LEFT) -> Line:
    return Line(text, x0, x1, 100.0 + 20 * number, 0.2, CHAR, 1, number)


def paragraphs(*lines: Line) -> list[str]:
    """The paragraphs made of ``lines``, on a page whose text reaches the right edge elsewhere."""
    page = [*lines, line("三、一个排满整行的标题，使页面的右边界与正文一致", RIGHT, 9)]
    blocks = assemble(page, [(page, [])])
    return [b.text for b in blocks if isinstance(b, Paragraph)][:-1]


def test_wrap_after_a_word_is_joined_even_when_the_next_word_would_fit() -> None:
    # 2.5 characters short of the edge: the breaker's rules, not the width, ended the line
    assert paragraphs(line("经自评，本局本年度部门整体支出的绩效评价等级", RIGHT - 2.5 * CHAR, 1),
                      line("为“良”，综合得分为95.64分。", LEFT + 200, 2)) == [
        "经自评，本局本年度部门整体支出的绩效评价等级为“良”，综合得分为95.64分。"]


def test_wrap_inside_full_width_digits_is_joined() -> None:
    assert paragraphs(line("共调查５０人，目标值≥８", RIGHT - 2.2 * CHAR, 1),
                      line("５％，实际完成６８％。", LEFT + 180, 2)) == [
        "共调查５０人，目标值≥８５％，实际完成６８％。"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("本单位收入总计1,250.00万元。", "二、绩效评价情况"),  # a sentence ended
        ("（二）预算及支出情况", "本单位收入总计1,250.00万元。"),  # a short heading line
        ("年度收入情况如下", "1. 一般公共预算财政拨款收入1,100.00万元；"),  # a list item starts
    ],
)
def test_sentence_ends_headings_and_list_items_are_not_joined(first: str, second: str) -> None:
    x1 = RIGHT if not first.startswith("（") else LEFT + 10 * CHAR
    assert len(paragraphs(line(first, x1, 1), line(second, LEFT + 100, 2))) == 2


def test_indented_next_line_starts_a_paragraph() -> None:
    assert len(paragraphs(line("本单位内设机构包括办公室、财务科、业务科", RIGHT - CHAR, 1),
                          line("下属单位包括服务中心。", LEFT + 2 * CHAR, 2, x0=LEFT + 2 * CHAR))) == 2


def test_row_broken_by_a_page_break_is_joined() -> None:
    rows = [["三级指标", "指标值", "分值", "得分"], ["改造建", "≥20万", "20", "19"]]
    more = [["筑面积", "平方米", "", ""], ["改造小区数量", "≥6个", "5", "5"]]
    assert join_split_row(rows, more) == [rows[0], ["改造建筑面积", "≥20万平方米", "20", "19"], more[1]]


@pytest.mark.parametrize("first", [["改造小区数量", "5", "5", ""], ["合计", "100", "", "98.5"]])
def test_next_page_starting_with_a_whole_row_is_not_joined(first: list[str]) -> None:
    rows = [["三级指标", "分值", "得分", "偏差原因"], ["改造面积", "20", "19", "工期延误"]]
    assert join_split_row(rows, [first]) == [*rows, first]


def test_libreoffice_pdf_wrapped_inside_key_phrases() -> None:
    """r14 is laid out so its lines wrap inside 一般公共|预算…, 全年执行|数, 等级|为“良” and a body's name."""
    evaluation = read_any(REPORTS / "r14-gaochun-water.pdf").evaluation
    budget = evaluation.budget
    assert [i.name for i in budget.income_items] == ["一般公共预算财政拨款收入", "政府性基金预算财政拨款收入"]
    assert budget.executed == Decimal("1250.00")
    assert evaluation.unit.subordinate_bodies[0] == "高淳区水利工程管理所"
    assert evaluation.stated_grade is not None and evaluation.stated_grade.value == "良"
    assert evaluation.stated_total == Decimal("95.64")


def test_tables_are_kept_apart_from_paragraphs() -> None:
    text = [line("下表：", LEFT + 50, 1)]
    blocks = assemble(text, [(text, [(300.0, Table([["a"]], "t"))])])
    assert [type(b).__name__ for b in blocks] == ["Paragraph", "Table"]


def test_a_row_split_after_the_page_s_repeated_header_is_joined_and_its_merged_cells_follow() -> None:
    """Page 2 repeats the header, then the split row's rest ("标" | "贴发放及时率"), then a row whose merged
    二级 cell the table reader filled with the piece "标": one header, one whole row, "时效指标" below."""
    header = ["一级指标", "二级指标", "三级指标", "分值", "得分"]
    page1 = Table([header, ["产出指标", "数量指标", "新建公厕数量", "5", "5"],
                   ["产出指标", "时效指", "补助资金发", "4", "4"]], "t")
    page2 = Table([header, ["", "标", "放及时率", "", ""], ["", "标", "工程开工及时率", "4", "3.5"]], "t")
    blocks = assemble([], [([], [(500.0, page1)]), ([], [(80.0, page2)])])
    assert len(blocks) == 1 and isinstance(blocks[0], Table)
    assert blocks[0].rows == [header, ["产出指标", "数量指标", "新建公厕数量", "5", "5"],
                              ["产出指标", "时效指标", "补助资金发放及时率", "4", "4"],
                              ["", "时效指标", "工程开工及时率", "4", "3.5"]]
