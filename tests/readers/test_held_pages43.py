"""Shapes the held-out pages of stop 43 showed (docs/reader-corpora/held-43.md), each as an invented snippet:
invented units, places, projects and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page as _read


def test_a_label_naming_several_bodies_is_no_unit() -> None:
    """"项目实施单位:某办公厅及各专委会": several bodies, so it does not stand in for the unit's name."""
    read = _read("2019年度项目绩效自评报告\n一、项目基本情况\n某某业务经费用于某会议和某调研。\n"
                 "项目主管部门:县人大常委会办公室及各专委会; 项目实施单位:县人大常委会办公室及各专委会。\n")
    assert read.unit.name in ("", None)


def test_a_levels_budget_projects_and_a_bodys_short_name_name_no_project() -> None:
    """"市直预算项目绩效自评报告" (the city's budget projects) and "妇联项目绩效自评报告" (a body's short name and
    项目) are report headings, no project's name."""
    for title in ("县直预算项目绩效自评报告", "妇联项目绩效自评报告"):
        read = _read(f"{title}\n一、项目基本情况\n2019年度某某活动经费支出12万元。\n")
        assert read.project is None or read.project.name in ("", None), title


def test_the_verb_after_a_funds_source_is_not_its_name() -> None:
    """"共投入资金A万元。其中中央资金投入B万元，省级资金投入C万元": the rows are 中央资金 and 省级资金."""
    read = _read("某某补助资金绩效自评报告\n(一)资金投入情况分析。\n"
                 "2019年某某补助资金共投入资金30万元。其中中央资金投入20万元,省级资金投入10万元。\n")
    assert [row.name for row in read.budget.fund_rows] == ["中央资金", "省级资金"]
    assert read.budget.adjusted == Decimal("30")


def test_a_body_sharing_its_office_names_itself_first() -> None:
    """An untitled unit's report opening its duties on "某区委某某部(以下简称区委某某部)、某区某某会(区某某会)
    合署办公": the first body is the unit (a guess), though the text never calls itself 我部."""
    read = _read("部门整体支出绩效自评报告\n(2021年度)\n一、部门概况\n1.主要职责职能\n"
                 "中共某市某区委统一战线工作部(以下简称区委统战部)、某市某区归国华侨联合会(区侨联)合署办公,"
                 "实行一套工作机构,主要职责是:\n(1)贯彻执行统战方针。\n")
    assert read.unit.name == "中共某市某区委统一战线工作部"


def test_the_project_the_report_calls_this_project() -> None:
    """A copy whose title names no project ("县直预算项目绩效自评报告"): the body's "某某经费项目(以下简称“本项目”)
    系依法列入某县某某办公室部门预算项目" names the project, and the body whose budget holds it is the unit (a
    guess)."""
    read = _read("县直预算项目绩效自评报告\n一、项目基本情况\n(一)项目概况\n"
                 "某某工作经费项目(以下简称“本项目”)系依法列入某县某某委员会办公室(以下简称“某办”)部门预算项目,"
                 "项目属性为持续性项目。\n")
    assert read.project.name == "某某工作经费项目"
    assert read.unit.name == "某县某某委员会办公室"


def test_a_transfers_fund_named_by_the_sum_handed_down() -> None:
    """An essay titled for a body ("妇联项目绩效自评报告"): "某年中、省下达某某发展补助资金合计A万元" names the fund
    evaluated (a guess)."""
    read = _read("妇联项目绩效自评报告\n一、绩效目标分解下达情况\n"
                 "项目年初总体目标为:2019年中、省下达妇女儿童发展补助资金合计56.5万元。其中,中央资金30万元。\n")
    assert read.project.name == "妇女儿童发展补助资金"
