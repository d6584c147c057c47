"""False errors born of damage (stop 63, trust63): OCR's letter l for a figure's 1 ("9l.5", "| l5 |", "99.ll") read as
1; a labelled figure in prose whose point is written 。 ("自评总分：95。5") read with its point, guessed. Invented
snippets, read as ``jixiao parse`` reads a txt."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from corpus import errors
from page_reading import read_page_and_warnings, read_saved

from jixiao.readers.stop_points import label_points
from jixiao.readers.textnorm import letter_ones, rejoined_points

_STATED = ("某区某某街道办事处2023年度部门整体支出绩效自评表\n"
           "经自评，本单位2023年度部门整体绩效自评总分91.5分，等级为优。\n"
           "单位名称 | 某区某某街道办事处 | 自评总分 | {total} | 评价等级 | 优 |\n")


@pytest.mark.parametrize("total", ["9l.5", "9l.50"])
def test_a_figures_one_read_as_the_letter_l_is_a_one(total: str) -> None:
    """"| 9l.5 |": OCR read the figure's 1 as l. A figure holds no letter, so it is 91.5, with a warning (before: no
    total read from the cell, against the text's 91.5: TEXT_TABLE_MISMATCH)."""
    evaluation, warnings = read_page_and_warnings(_STATED.format(total=total))
    assert evaluation.stated_total == Decimal("91.5")
    assert not errors(evaluation)
    assert any("字母l" in warning for warning in warnings)


@pytest.mark.parametrize(("text", "read", "changed"), [
    ("| l5 | l5 |", "| 15 | 15 |", 2), ("得分：l5分", "得分：15分", 1), ("自评总分：99.ll", "自评总分：99.11", 1),
    ("l,200", "1,200", 1),
    # an l ending a figure with no point may be a unit; an l touching a letter is a word's
    ("用水5l", "用水5l", 0), ("html5 level1 2.5ml Vol.l2", "html5 level1 2.5ml Vol.l2", 0), ("第l期", "第l期", 0)])
def test_only_an_l_among_a_figures_digits_is_a_one(text: str, read: str, changed: int) -> None:
    assert letter_ones(text) == (read, changed)


_LABELLED = ("某县某某镇2023年度部门整体支出绩效自评报告\n"
             "经自评，本单位自评总分：{total}\n"
             "单位名称 | 某县某某镇人民政府 | 自评总分 | 95.5 | 评价等级 | 优 |\n")


@pytest.mark.parametrize("total", ["95。5", "95。5分"])
def test_a_labelled_figures_point_written_as_a_full_stop_is_a_guessed_point(total: str) -> None:
    """"自评总分：95。5": in prose a 。 may end a sentence, yet after a label it is most likely the figure's point: read
    95.5, guessed, so no error rests on it (before: 95, against the table's 95.5: TEXT_TABLE_MISMATCH)."""
    evaluation, warnings = read_page_and_warnings(_LABELLED.format(total=total))
    assert evaluation.stated_total == Decimal("95.5")
    assert evaluation.provenance["stated_total"].guessed
    assert not errors(evaluation)
    assert any("存疑" in warning for warning in warnings)


def test_a_full_stop_after_a_labelled_figure_that_a_sentence_follows_stays() -> None:
    """"序号：3。2024年…": a sentence ended, a year begun (more than two digits, no unit after): left as written."""
    assert label_points("序号：3。2024年起推广\n完成值：97。5%\n") == ("序号：3。2024年起推广\n完成值：97.5%\n",
                                                                   ["97.5"])


@pytest.mark.parametrize("broken", ["99\n.71", "99\n  .71"])
def test_a_figure_broken_before_its_point_across_lines_is_one_figure(broken: str) -> None:
    """"自评总分99" / ".71分": a narrow viewer broke the figure before its point; no line begins with a point and a
    digit, so the next line's ".71" is the figure's decimals (before: 99, against the table's 99.71:
    TEXT_TABLE_MISMATCH)."""
    text = ("某县某某中心2023年度项目支出绩效自评报告\n"
            f"经自评，本项目自评总分{broken}分，等级为优。\n"
            "项目名称 | 某某运行经费 | 自评总分 | 99.71 | 评价等级 | 优 |\n")
    evaluation, warnings = read_page_and_warnings(text)
    assert evaluation.stated_total == Decimal("99.71")
    assert not errors(evaluation)
    assert any("断行" in warning for warning in warnings)
    assert rejoined_points("第一章\n.5节\n共3项\n...\n") == ("第一章\n.5节\n共3项\n...\n", 0)


_HTML_MONEY = ("<html><body><h1>某县某某中心2024年度业务运行经费项目绩效自评表</h1><p>本项目全年预算1,500.00万元，"
               "预算执行率97.33%。</p><table><tr><td>项目名称</td><td>2024年度业务运行经费</td></tr>"
               "<tr><td>项目资金（万元）</td><td>全年预算数</td><td>全年执行数</td><td>结余</td></tr>"
               "<tr><td>年度资金总额</td><td>1,500.00</td><td>{cell}</td><td></td></tr></table></body></html>")


def test_a_dotted_amount_in_a_web_pages_cell_is_guessed(tmp_path: Path) -> None:
    """An HTML (Word, PDF) cell "1.460.00": 1,460.00 with its separators read as points, or 1.46 and 0.00 run together;
    its readers rewrite nothing, and the fact read from it was stated (before: 1.46 spent of 1,500 against the stated
    97.33%, EXECUTION_RATE_MISMATCH as an error). Now guessed, as a text's is; with commas it stays stated (guard)."""
    dotted = read_saved(tmp_path, _HTML_MONEY.format(cell="1.460.00"), name="report.html")
    assert dotted.provenance["budget.executed"].guessed
    assert not errors(dotted)
    stated = read_saved(tmp_path, _HTML_MONEY.format(cell="1,000.00"), name="other.html")
    assert not stated.provenance["budget.executed"].guessed
    assert "EXECUTION_RATE_MISMATCH" in errors(stated)
