"""Shapes of the real pages the earlier helpers left (docs/reader-corpora/left-pages-34.md), each rebuilt from an
invented snippet of the same shape (invented units, places, projects and figures)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from page_reading import read_page


@pytest.mark.parametrize(("named", "expected"), [
    ("某某调研专项费项目", "某某调研专项费"),  # a fee's name called its 项目 is the fee's
    ("某某培训项目", "某某培训项目"),  # a name that is no fee's or fund's keeps its 项目
])
def test_evaluated_project_paid_from_a_level(named: str, expected: str) -> None:
    """"对xx年度省级财政资金某某调研专项费项目的支出情况进行了绩效评价": the level's money it is paid from is no part
    of the project's name."""
    read = read_page("财政资金项目支出绩效自评报告\n\n"
                     "根据《关于开展xx年绩效自评工作的通知》要求,我中心对xx年度省级财政资金" + named + "的支出情况"
                     "进行了绩效评价。现将有关情况报告如下:\n某省某某研究中心是省政府直属研究机构。\n")
    assert read.project is not None
    assert read.project.name == expected


def test_body_ending_typed_twice() -> None:
    """"预算单位:某区某某局局": the body's one-character ending typed twice is read once."""
    read = read_page("2023年某区某某局某某经费项目绩效评价报告\n预算单位:某区某某局局\n一、项目概况\n")
    assert read.unit.name == "某区某某局"


def test_project_named_spending_is_what_it_spent() -> None:
    """"某某业务经费项目(以下简称“本项目”)…" then "某年度,某办公厅某某业务经费支出 N 万元": what the project's own
    name spent is what was executed, a guess."""
    read = read_page("市直预算项目绩效自评报告\n一、项目概况\n"
                     "某某业务经费项目(以下简称“本项目”)系依法列入某市某办公厅部门预算项目。\n"
                     "2022 年度,某办公厅某某业务经费支出 326 万元,主要用于会议、调研等方面。\n")
    assert read.budget.executed == Decimal("326")
    assert read.provenance["budget.executed"].guessed


def test_commissioned_cover_run_into_one_line() -> None:
    """A post's byline, then a commissioned evaluation's cover on one line, "某年某县某局某某经费项目 财政支出绩效评价
    委托单位:… 预算单位:… 评价机构:…" (no 报告 after 评价): the title is the words before the first label, and its
    project opens on the 预算单位's body, which is no part of the project's name."""
    read = read_page("编辑: 某某 2019-03-01\n"
                     "2018 年某县某某局某某培训经费项目 财政支出绩效评价 委托单位:某县财政局 预算单位:某县某某局 "
                     "评价机构:某某咨询有限公司 二零一九年三月\n\n2018 年某县某某培训经费项目\n\n1 目录摘要.\n\n"
                     "一、项目概况\n\n某某培训经费用于某某人员培训。\n")
    assert read.year == 2018
    assert read.unit.name == "某县某某局"
    assert read.project is not None
    assert read.project.name == "某某培训经费项目"


def test_unit_named_by_its_attached_report() -> None:
    """A 决算 page cut before its title: "本部门按要求对某年部门整体支出绩效评价情况开展自评,《某县某局某年部门整体支出
    绩效评价报告》见附件" names the unit in its own attached report's title, a guess."""
    read = read_page("(十)预算绩效情况说明\n"
                     "1.绩效管理工作开展情况\n"
                     "本部门按要求对2022年部门整体支出绩效评价情况开展自评,《某县某某局2022年部门整体支出绩效评价报告》"
                     "见附件(附件1)。\n2.部门整体支出绩效评价结果。本部门各项工作均已完成。\n")
    assert read.unit.name == "某县某某局"
    assert read.provenance["unit.name"].guessed


def test_unit_signing_a_cover_run_into_one_line() -> None:
    """A document site's file name as the title, then the cover run into one line with the title's last character
    cut, "1、某省某某专项资金2022年度绩效自评报某省某某局二〇二三年三月序号…": the body before the date in words signs
    the report, the unit (a guess)."""
    read = read_page("某省某某专项资金2022年度绩效自评报告.docx\n"
                     "1、某省某某专项资金2022年度绩效自评报某省某某局二〇二三年三月序号各设区市名称全年预算数全年执行数"
                     "预算执行率1某某市120.00118.5098.75%\n2、某某市80.0080.00100.00%合计200.00198.5099.25%\n")
    assert read.unit.name == "某省某某局"
    assert read.provenance["unit.name"].guessed
