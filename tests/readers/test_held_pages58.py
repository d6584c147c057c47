"""Shapes the held-out pages of stop 58 showed (docs/reader-corpora/held-58.md), each as an invented snippet:
invented units, places, projects and figures, no text of any page."""

from __future__ import annotations

from corpus import errors
from page_reading import read_page as _read

_SEVERAL_PROJECTS = ("2020年度某省某某协会绩效评价工作开展情况\n"
                     "一、预算绩效管理工作开展情况\n"
                     "单位组织对2020年度项目支出全面开展绩效自评,共涉及项目2个,资金1500.00万元。\n"
                     "二、项目绩效自评结果\n"
                     "(一)某某事业发展经费绩效自评综述:项目全年预算数800.00万元,执行数为752.40万元,"
                     "资金执行率为94.05%。\n"
                     "主要产出和效益:较好地完成了年度各项工作。\n"
                     "(二)某某救助经费绩效自评综述:项目年预算批复金额为700万元,实际执行资金总额736万元,"
                     "资金执行率为100%。\n"
                     "主要产出和效益:救助工作超额完成。\n")


def test_a_page_summing_up_several_projects_takes_no_projects_figures_for_its_own() -> None:
    """"（一）A经费绩效自评综述：项目全年预算数…执行率94.05%" then "（二）B经费绩效自评综述：…批复金额为700万元…
    执行率为100%": each lead's figures are its project's, none the page's (before, the two projects' figures were
    mixed into one budget and their two rates raised a false TEXT_TABLE_MISMATCH error)."""
    read = _read(_SEVERAL_PROJECTS)
    budget = read.budget
    assert (budget.initial, budget.adjusted, budget.executed, budget.stated_execution_rate) == (None,) * 4
    assert "TEXT_TABLE_MISMATCH" not in errors(read)


def test_one_projects_numbered_parts_keep_their_figures() -> None:
    """Leads of one project's report that name no project ("（一）项目绩效自评情况") are no summary of several: the
    report's figures stay its own."""
    read = _read("某某项目2020年度绩效自评报告\n"
                 "(一)项目绩效自评情况:项目全年预算数80.00万元,执行数为76.00万元,资金执行率为95%。\n"
                 "(二)项目绩效评价结果:自评得分95分。\n")
    assert read.budget.adjusted is not None and read.budget.stated_execution_rate is not None
