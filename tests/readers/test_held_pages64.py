"""Shapes the held-out pages of stop 64 showed (docs/reader-corpora/held-64.md), each as an invented snippet:
invented units, places, funds and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page as _read


def test_spending_with_its_sources_in_a_bracket_gives_the_fund_rows() -> None:
    """"全省执行数A(含中央资金B万元,地方资金C万元,其他资金D万元)": the year's spending and the sources it came from,
    the figure's unit left off and confirmed by the parts' sum (before, neither the spending nor a row was read)."""
    read = _read("某省某某补助资金转移支付2022年度绩效自评报告\n"
                 "一、绩效目标完成情况分析\n"
                 "(一)资金投入情况分析。2022年,某省某某补助全年预算数5000.50万元,"
                 "全省执行数4800.25(含中央资金3000.00万元,地方资金1700.25万元,其他资金100.00万元),"
                 "总预算执行率95.99%。\n")
    assert read.budget.adjusted == Decimal("5000.50")
    assert read.budget.executed == Decimal("4800.25")
    assert [(row.name, row.executed) for row in read.budget.fund_rows] == [
        ("中央资金", Decimal("3000.00")), ("地方资金", Decimal("1700.25")), ("其他资金", Decimal("100.00"))]


def test_a_bracket_whose_parts_do_not_make_up_the_figure_gives_no_rows() -> None:
    """The same bracket whose parts fall short of the figure: only some of its sources, no rows and no spending."""
    read = _read("某县某某补助资金2022年度绩效自评报告\n"
                 "全年预算数900万元,全县执行数800(含中央资金500万元,地方资金200万元)。\n")
    assert read.budget.fund_rows == []
    assert read.budget.executed is None


def test_an_untitled_whole_report_names_its_unit_in_a_later_sentence_with_its_offices() -> None:
    """"(一)部门基本情况(…)。2023年度某区某某服务中心内设5个部门。": the sentence after the heading's note opens on
    the year and the body setting up its offices (before, neither the unit nor the count was read: only a line
    opening on the body was looked at, and 部门 was counted only after 职能)."""
    read = _read("一、部门概况\n"
                 "(一)部门基本情况(包括部门的在职人员情况、机构设置等)。2023年度某区某某服务中心内设5个部门。"
                 "主要职能是:做好某某工作。\n"
                 "二、部门整体支出管理及使用情况\n"
                 "(一)预算执行情况\n"
                 "2023年度预算收入180.20万元,预算支出180.20万元。\n")
    assert read.kind == "整体支出"
    assert read.unit.name == "某区某某服务中心"
    assert read.unit.internal_bodies_count == 5
    assert read.budget.adjusted == Decimal("180.20")


def test_departments_closing_their_clause_are_counted() -> None:
    """"某某中心内设3个部门,主要职能是…": 部门 closing the clause, no names after it, is the count of the unit's own
    offices (before, 部门 was counted only after 职能)."""
    read = _read("某某中心2023年度部门整体支出绩效自评报告\n"
                 "一、部门概况\n"
                 "某某中心内设3个部门,主要职能是做好某某工作。\n")
    assert read.unit.internal_bodies_count == 3


def test_the_projects_evaluated_counted_then_their_money_are_the_budget() -> None:
    """"某中心2024年参与绩效评价的项目共2个,项目支出15.50万元": a unit's report on its projects, their money after
    their count (before, no budget was read); "对2024年度项目支出资金使用情况进行了绩效自评" names no project (before,
    项目支出资金 was read as one)."""
    read = _read("某县某某中心2024年绩效自评报告\n"
                 "根据《某县财政局关于做好2024年度预算绩效自评工作的通知》精神,"
                 "我单位对2024年度项目支出资金使用情况进行了绩效自评,形成本评价报告。\n"
                 "一、项目基本情况\n"
                 "某县某某中心2024年参与绩效评价的项目共2个,项目支出15.50万元。具体如下:\n"
                 "1、某某费10万元,主要用于某某方面;\n"
                 "2、某某费5.50万元,主要用于某某方面。\n")
    assert read.budget.adjusted == Decimal("15.50")
    assert read.project is None or read.project.name is None


def test_a_goal_paragraph_under_its_own_heading_is_the_goal() -> None:
    """"(三)绩效目标。" over one paragraph, the next numbered heading after it: the project's goal, guessed (before,
    only a heading over a numbered list, or a goal's words with a colon, was read)."""
    read = _read("项目绩效自评报告\n"
                 "项目名称:某某园区道路建设项目\n"
                 "项目主管部门:某某开发区管理委员会\n"
                 "一、基本情况\n"
                 "(一)项目基本情况。\n"
                 "某某园区道路建设项目建设道路3条,总投资1200万元。\n"
                 "(二)绩效目标。\n"
                 "完成园区道路建设,提升园区基础配套水平,为招商引资打下基础。\n"
                 "二、绩效自评工作组织情况\n")
    assert read.project.goal_expected == "完成园区道路建设,提升园区基础配套水平,为招商引资打下基础。"
