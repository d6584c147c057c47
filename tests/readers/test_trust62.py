"""False errors born of damage (stop 53, trust62): a figure whose dotted thousands were rewritten is guessed, a serial
in words leading a row stays as written, other-unit statements tried on a shallow copy, forms each under its own
title; and the harness's new kinds (OCR's confused characters, a column lost, a unit lost, rows swapped, a total row
said twice). Invented snippets, read as ``jixiao parse`` reads a txt."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from corpus import errors
from page_reading import by_name, read_page, read_page_and_warnings, read_saved
from perturb_checks import _ocr_confused, damages
from test_trust61 import _TWO_FORMS

from jixiao.checks import robust, run_checks
from jixiao.checks.finding import Fact
from jixiao.model import Evaluation
from jixiao.readers.spelled_figures import arabic_figures
from jixiao.readers.stop_points import cell_points

_FUSED_MONEY = ("某县某某中心2024年度业务运行经费项目绩效自评表\n"
                "本项目全年预算96.22万元，预算执行率99.48%。\n"
                "项目名称 | 2024年度业务运行经费 |\n"
                "项目资金（万元） | 全年预算数 | 全年执行数 | 结余 |\n"
                "年度资金总额 | 96.22 | {cell} |\n")


def codes(evaluation: Evaluation) -> set[str]:
    """Every finding's code, whatever its level."""
    return {finding.code for finding in run_checks(evaluation)}


def test_a_figure_whose_dotted_thousands_were_rewritten_is_guessed() -> None:
    """"| 95.720.50 |": the cells 95.72 and 0.50 with their separator lost, or 95,720.50 with its separators read as
    points: the rewrite to 95,720.50 is the one reading of a figure standing alone, but not a stated one, so no error
    rests on it (before: 95,720.50 spent of 96.22 against the stated rate, EXECUTION_RATE_MISMATCH as an error). The
    same figure written with commas is stated, and the error stands (guard)."""
    fused = read_page(_FUSED_MONEY.format(cell="95.720.50"))
    assert fused.budget.executed == Decimal("95720.50")
    assert fused.provenance["budget.executed"].guessed
    assert not errors(fused)
    assert "EXECUTION_RATE_MISMATCH" in codes(fused)
    stated = read_page(_FUSED_MONEY.format(cell="95,720.50 | 0.00"))
    assert not stated.provenance["budget.executed"].guessed
    assert "EXECUTION_RATE_MISMATCH" in errors(stated)


@pytest.mark.parametrize("row", ["| 1 | 一 | 产出指标 | 数量指标 |\n", "1 | 二 | 效益指标 |\n",
                                 "| 三 |  | 满意度指标 |\n"])
def test_a_serial_in_words_leading_a_row_stays_as_written(row: str) -> None:
    """A serial in words in a row's second column, after a serial in figures or an empty cell: no cell of words (the
    row's name) stands before it, so it is no score (before: "一" read as 1)."""
    assert arabic_figures(row) == (row, 0)


def test_a_score_in_words_after_a_rows_serials_is_read() -> None:
    """The same row's 分值 and 得分 in words, after its name, are read as figures; its serials stay."""
    row = "| 1 | 一 | 产出指标 | 预算执行率 | 100% | 97.20% | 十 | 九点五 |\n"
    assert arabic_figures(row) == ("| 1 | 一 | 产出指标 | 预算执行率 | 100% | 97.20% | 10 | 9.5 |\n", 2)


_YUAN_FORM = ("某市某某幼儿园2025年园舍改造提升项目绩效自评表\n"
              "本项目年初预算186.00万元，全年预算204.53万元，全年执行198.37万元，执行率96.99%。\n"
              "项目名称 | 2025年园舍改造提升项目 |\n"
              "项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n"
              "年度资金总额 | 1,860,000.00 | 2,045,286.00 | 1,983,712.00 | 10 | 96.99% | 9.70 |\n")


def test_other_unit_statements_leave_the_evaluation_as_read() -> None:
    """Each statement tried in the other unit is a copy whose statements alone differ: the evaluation read keeps its
    own (a copy with its own mapping of statements, the rest shared and never written)."""
    evaluation = read_page(_YUAN_FORM)
    before = {key: [r.value for r in readings] for key, readings in evaluation.alternatives.items()}
    facts = [Fact(path="budget.executed", label="全年执行数", value="198.37")]
    tried = list(robust._unit_statements(evaluation, facts))
    assert tried
    for variant, reading in tried:
        changed = {key for key, readings in variant.alternatives.items()
                   if [r.value for r in readings] != before.get(key)}
        assert changed == {reading.path}
        assert variant.indicators == evaluation.indicators
    assert {key: [r.value for r in readings] for key, readings in evaluation.alternatives.items()} == before


# trust61's two forms under one title, each now under its own
_ONE_TITLE = "项目支出绩效自评表\n（2023年度）\n"
_TITLED_FORMS = _TWO_FORMS.replace(_ONE_TITLE, "2023年棚户区改造配套道路项目绩效自评表\n", 1) \
    .replace(_ONE_TITLE, "2023年公共租赁住房维修经费绩效自评表\n", 1)


@pytest.mark.parametrize("label", ["", "项目名称2023年公共租赁住房维修经费 |\n",
                                   "项目名称 | 2023年公共租赁住房维修经费 |\n"])
def test_a_second_form_under_its_own_title_that_lost_its_project_name_is_a_form_of_its_own(
        tmp_path: Path, label: str) -> None:
    """Each form under its own title ("某某项目绩效自评表"), the second's 项目名称 row dropped or run into its value:
    its title over a money block, after the first form's indicator table, opens a form (before: only the same title
    line over each form did; the two were read as one, the second's money against the first's and its weights added
    to the first's). With its label the form was found already (guard)."""
    evaluation = read_saved(tmp_path, _TITLED_FORMS.format(label=label))
    assert evaluation.budget.executed == Decimal("901.60")
    names = set(by_name(evaluation))
    assert {"新建道路长度", "居民满意度"} <= names and not names & {"维修公租房套数", "承租户满意度"}
    assert not errors(evaluation)


_TABLE = ("某局2024年度部门整体支出绩效自评报告\n"
          "单位：万元\n"
          "项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 |\n"
          "年度资金总额 | 1,234.50 | 1,260.00 | 1,200.00 |\n"
          "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
          "产出指标 | 数量指标 | 培训人次 | ≥100人次 | 120人次 | 30 | 30 |\n"
          "效益指标 | 社会效益指标 | 政策知晓率 | ≥90% | 95% | 30 | 30 |\n"
          "满意度指标 | 服务对象满意度指标 | 参训人员满意度 | ≥90% | 95% | 40 | 40 |\n"
          "总分 | 100 | 100 |\n")


def test_the_harness_damages_tables_as_ocr_a_viewer_or_a_clerk_does() -> None:
    found: dict[str, list[str]] = {}
    for kind, _, damaged in damages(_TABLE, full=True):
        found.setdefault(kind, []).append(damaged)
    ocr = "".join(found["ocr"])
    assert "1,234.5O" in ocr and "≥l00人次" in ocr
    assert _ocr_confused("总额 | 1,234.50 | 96.5% | 第3页 |", 2) == "总额 | 1,234。50 | 96。5% | 第3页 |"
    assert any("三级指标 | 实际完成值 | 分值 | 得分 |\n产出指标 | 数量指标 | 培训人次 | 120人次 | 30 | 30 |" in d
               for d in found["drop_column"])
    assert all("年度资金总额 | 1,234.50 | 1,260.00 | 1,200.00 |\n" in d and d.endswith("总分 | 100 | 100 |\n")
               for d in found["drop_column"])  # (a table of one row, a row of another width: kept)
    assert any("单位：万元" not in d for d in found["unit_lost"])
    assert any("项目资金 | 年初预算数" in d for d in found["unit_lost"])
    assert any(d.index("满意度指标 |") < d.index("效益指标 |") < d.index("产出指标 |") for d in found["swap_rows"])
    assert all(d.index("总分") > d.index("满意度指标 |") for d in found["swap_rows"])
    assert found["dup_total"] == [_TABLE + "总分 | 100 | 100 |\n"]


_SOURCES = ("某县某某局2024年农村饮水安全巩固提升项目绩效自评表\n"
            "项目名称 | 2024年农村饮水安全巩固提升项目 |\n"
            "资金来源 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |\n"
            "合计 | 650.00 | 680.00 | 664.70 | 97.75% |\n"
            "{again}"
            "中央补助资金 | 400.00 | 400.00 | 392.10 | 98.03% |\n"
            "省级补助资金 | 150.00 | 160.00 | 158.40 | 99.00% |\n"
            "县级配套资金 | 100.00 | 120.00 | 114.20 | 95.17% |\n")


@pytest.mark.parametrize("again", ["", "合计 | 650.00 | 680.00 | 664.70 | 97.75% |\n"])
def test_a_total_row_said_twice_is_no_part_of_itself(again: str) -> None:
    """"合计 | 650.00 | …" said again right below itself (a page's repeat, a clerk's copy): the same total, not one
    of its sources (before: read as a fund row, the rows summed to twice the total: ROWS_NOT_SUM)."""
    evaluation = read_page(_SOURCES.format(again=again))
    assert [row.name for row in evaluation.budget.fund_rows] == ["中央补助资金", "省级补助资金", "县级配套资金"]
    assert not errors(evaluation)


def test_a_cells_point_written_as_a_full_stop_is_a_point() -> None:
    """"| 99。76 |": OCR or an input method gave a cell's point as 。. A cell holds no sentence, so it is the figure
    99.76 (before: 99, against the text's 99.76: TEXT_TABLE_MISMATCH); in prose a 。 between digits may end a sentence
    and stays."""
    text = ("经自评，本单位2023年度部门整体绩效自评总分99.76分。\n"
            "主管部门 | 某县某某街道办事处 | 自评总分（分） | {total} |\n")
    evaluation, warnings = read_page_and_warnings(text.format(total="99。76"))
    assert evaluation.stated_total == Decimal("99.76")
    assert "TEXT_TABLE_MISMATCH" not in errors(evaluation)
    assert any("小数点" in warning for warning in warnings)
    assert cell_points("全年完成3。2024年起推广\n| 第3。2段 |\n") == ("全年完成3。2024年起推广\n| 第3。2段 |\n", 0)
    assert cell_points("| 9。47 | 96。5% | ≤0。5% |\n") == ("| 9.47 | 96.5% | ≤0.5% |\n", 3)


def test_an_amount_of_one_point_and_three_digits_is_guessed() -> None:
    """"项目总预算42.380万元": 42.38万元, or 42,380万元 with its thousands separator read as a point; no error rests on
    it (before: its sources 20,000 + 12,000 + 10,380 against 42.38, ROWS_NOT_SUM, and the spending 41,206.50 over it,
    EXECUTION_RATE_OVER_100). Written with a comma, it is stated (guard)."""
    text = ("某县2024年度城乡供水保障项目绩效自评报告\n"
            "项目总预算{budget}万元，资金来源为：中央补助20,000万元，省级补助12,000万元，县级配套10,380万元。\n"
            "截至年末，项目资金已支出41,206.50万元。\n")
    dotted = read_page(text.format(budget="42.380"))
    assert dotted.budget.adjusted == Decimal("42.38")
    assert dotted.provenance["budget.adjusted"].guessed
    assert not errors(dotted)
    assert not read_page(text.format(budget="42,380")).provenance["budget.adjusted"].guessed
