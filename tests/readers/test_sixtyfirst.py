"""Shapes of the sixty-first set (docs/reader-corpora/sixtyfirst.md), each rebuilt from an invented snippet of the
same shape (invented units and figures)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from page_reading import read_page, read_saved

from jixiao.checks import run_checks
from jixiao.readers.extract.values import parse_target

_FORM = ["| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |",
         "|---|---|---|---|---|---|---|",
         "| 产出指标 | 数量指标 | 巡查河段长度 | ≥60公里 | 62公里 | 50 | 50 |",
         "| 效益指标 | 社会效益指标 | 群众投诉办结率 | ≥95% | 96% | 40 | 40 |",
         "| 满意度指标 | 服务对象满意度指标 | 居民满意度 | ≥90% | 91% | 10 | 10 |",
         "| 总分 | | | | | 100 | 100 |"]


def _whole_unit(summary: list[str], prose: str = "") -> str:
    money = "全年预算860.00万元，全年支出843.20万元，预算执行率98.05%。"
    title = "# 某区河道管理局2023年度部门整体支出绩效自评报告"
    return "\n".join([title, "", money + prose, "", *summary, "", *_FORM, ""])


_SUMMARY = ["| 序号 | 项目名称 | 全年预算数 | 全年执行数 | 执行率 | 自评得分 | 自评等级 |",
            "|---|---|---|---|---|---|---|",
            "| 1 | 河道保洁 | 300.00 | 291.00 | 97.00% | 93.5 | 优 |",
            "| 2 | 堤防维修 | 210.00 | 168.00 | 80.00% | 76 | 中 |",
            "| 合计 | 共2个项目 | 510.00 | 459.00 | 90.00% | — | — |"]


def test_a_table_of_the_units_projects_results_gives_none_of_the_units_figures(tmp_path: Path) -> None:
    """A whole-unit report's 项目支出绩效自评结果汇总表 (项目名称 / money / 自评得分 / 自评等级, a 合计 row): each row
    is one project's and the 合计 the projects' sum (before, the 合计 row's money was read as the unit's budget beside
    the prose's, a false TEXT_TABLE_MISMATCH)."""
    text = _whole_unit(["项目支出绩效自评结果汇总表", "", *_SUMMARY])
    evaluation = read_saved(tmp_path, text, "report.md")
    assert (evaluation.budget.adjusted, evaluation.budget.executed) == (Decimal("860.00"), Decimal("843.20"))
    assert evaluation.budget.stated_execution_rate == Decimal("98.05")
    assert "TEXT_TABLE_MISMATCH" not in {f.code for f in run_checks(evaluation)}


def test_a_table_of_one_projects_result_is_still_read(tmp_path: Path) -> None:
    """One project's row alone under such a header is no list of the unit's projects: kept as before."""
    one = [*_SUMMARY[:3]]
    assert not _is_blanked(one)
    assert _is_blanked(_SUMMARY)


def _is_blanked(rows: list[str]) -> bool:
    from jixiao.readers.document import Table
    from jixiao.readers.extract.project_result_tables import without_project_results

    cells = [[c.strip() for c in r.strip("|").split("|")] for r in rows if not r.startswith("|---")]
    kept = without_project_results(Table(rows=cells, name="表1"))
    return all(not c for row in kept.rows for c in row)


def test_a_projects_score_told_in_quotes_is_not_the_units_total() -> None:
    """"“某某”项目…自评得分78分，等级中等" in a whole-unit report: that project's score and grade, not the unit's
    (before, the sentence's score and grade were the report's, and its 执行率 a second execution rate)."""
    text = _whole_unit([], "其中“堤防维修”项目因汛期停工，执行率80.00%，自评得分76分，等级为中等。"
                           "单位整体自评得分100分，等级为优。")
    evaluation = read_page(text, "report.md")
    assert (evaluation.stated_total, evaluation.stated_grade) == (Decimal("100"), "优")
    assert evaluation.budget.stated_execution_rate == Decimal("98.05")


def test_the_summary_tables_heading_is_no_project_signal() -> None:
    """A sheet or page opening on "项目支出绩效自评结果汇总表" above a whole unit's form (no 整体 word before it):
    the projects' summary of a whole-unit report, not a project form (before, the kind was 项目支出)."""
    text = "\n".join(["某区河道管理局2023年度绩效自评结果", "一、项目支出绩效自评结果汇总表", *_SUMMARY,
                      "二、部门整体支出绩效自评表", *_FORM])
    assert read_page(text, "report.md").kind.value == "整体支出"


@pytest.mark.parametrize("cell", ["较上年提高0.5个百分点", "比上年增长3%", "同比下降2个百分点", "较去年同期减少4起"])
def test_a_target_told_against_last_year_is_kept_as_written(cell: str) -> None:
    """A target that is a change against last year bounds the change, not the indicator: kept as text (before,
    "较上年提高0.5个百分点" was ≥ 0.5 个百分点 of the indicator)."""
    assert parse_target(cell) == {"text": cell}


def test_a_forms_money_block_headed_by_a_bare_project_word_is_kept() -> None:
    """A whole-unit form's money block "项目 | 年初预算数 | … | 分值 | 得分" over its indicator table is no list of
    projects (a first draft of the fix blanked such a form whole)."""
    rows = ["| 项目 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 | 分值 | 得分 |",
            "| 部门预算资金 | 800 | 820 | 805 | 98.17% | 10 | 9.82 |",
            "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |",
            "| 产出指标 | 数量指标 | 巡查次数 | ≥50次 | 52次 | 90 | 90 |"]
    assert not _is_blanked(rows)


def test_one_projects_long_export_is_kept() -> None:
    """A system's long export repeats one project's name and money on every indicator's row under a header that
    also names the indicators: one project's form, no list (a draft of the fix blanked it in the html shape)."""
    rows = ["| 项目名称 | 全年预算数 | 全年执行数 | 三级指标 | 分值 | 得分 | 自评总分 | 自评等级 |",
            "| 某校食堂改造 | 300 | 294 | 改造食堂数 | 50 | 50 | 99.8 | 优 |",
            "| 某校食堂改造 | 300 | 294 | 就餐满意度 | 40 | 40 | 99.8 | 优 |"]
    assert not _is_blanked(rows)
    rows_without_levels = [rows[0].replace("三级指标", "备注"), *rows[1:]]
    assert not _is_blanked(rows_without_levels)
