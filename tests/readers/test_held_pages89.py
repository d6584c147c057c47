"""Shapes the held-out pages of stop 89 showed (docs/reader-corpora/held-89.md), each as an invented snippet:
invented units, places, funds and figures, no text of any page."""

from __future__ import annotations

from page_reading import read_page as _read


def test_a_cover_note_for_the_page_is_no_unit() -> None:
    """"(此页为封面)" under a cover's "单位名称(盖章)" is the template's note, no name: the unit is the title's, with
    the place the text's first sentence on it puts before it (before, the note was read as the unit)."""
    read = _read("2020年度第三敬老院部门整体支出绩效自评报告\n\n附件2\n\n2020年度第三敬老院部门整体支出绩效自评报告\n\n"
                 "单位名称(盖章)\n\n(此页为封面)\n\n一、部门、单位基本情况\n\n"
                 "第三敬老院隶属于某某区民政局,院内共设3个职能股室,即办公室、护理室、食堂。\n\n"
                 "某某区第三敬老院,系某某市的一所福利事业单位。\n")
    assert read.unit.name == "某某区第三敬老院"
    assert read.unit.supervising_department == "某某区民政局"


def test_a_headline_with_the_unit_short_over_the_slot_and_its_restated_title() -> None:
    """"2023年度某务中心(单位)整体支出 绩效自评报告" (the unit's short name written over the form's 部门, its "(单位)"
    kept) run onto the document's own title "2023年度某务服务中心整体支出绩效自评报告": the fuller name, then the one
    the first sentence gives with its zone; "现有人数9人,其中…" the staff and its parts (before, the unit was read
    as "某务中心(单位)" and the staff as the first part's 4)."""
    read = _read("2023年度便民中心(单位)整体支出 绩效自评报告\n2023年度便民服务中心整体支出\n绩效自评报告\n"
                 "一、部门(单位)基本情况\n"
                 "湖北某某港新区便民服务中心为全额拨款事业单位,便民服务中心现有人数9人,其中在编人员4人,聘用人员5人。"
                 "主要职能是负责为群众提供一站式服务。\n"
                 "二、一般公共预算支出情况\n本年支出合计120.5万元,其中:基本支出80.5万元;项目支出40万元。\n")
    assert read.unit.name == "湖北某某港新区便民服务中心"
    assert read.unit.staff_total == 9
    assert [(part.name, part.count) for part in read.unit.staff_parts] == [("在编人员", 4), ("聘用人员", 5)]


def test_a_supervisor_said_with_shi_lishuyu_before_a_description() -> None:
    """"某医院是隶属于某州卫生健康委的以某科为特色,…的三级医院": the supervising department, whatever words describe
    the unit after its 的 (before, only a sentence ending on the body or a word for the unit was read)."""
    read = _read("某州第三人民医院2024年部门整体支出绩效自评报告\n一、部门基本情况\n"
                 "某州第三人民医院是隶属于某州卫生健康委的以康复科为特色,综合科协同发展的二级公立医院。\n")
    assert read.unit.supervising_department == "某州卫生健康委"


def test_a_transfers_year_goal_mid_sentence() -> None:
    """A transfer's outline that states the year's goal inside a sentence ("…,2020年度总体绩效目标为:某某、某某等
    方面。"): the goal, its closing 。 kept (before, no goal: only a goal opening its line or a 项目 goal was read)."""
    read = _read("某市2020年某某专项资金绩效自评报告\n一、绩效目标分解下达情况\n"
                 "根据有关通知,下达我市某某专项资金300万元。我市将资金分配到具体实施单位,2020年度总体绩效目标为:"
                 "改善群众健身条件、支持基层赛事活动等方面。\n二、绩效目标完成情况分析\n")
    assert read.project is not None
    assert read.project.goal_expected == "改善群众健身条件、支持基层赛事活动等方面。"


def test_a_units_own_project_report_titled_by_year_names_its_implementer() -> None:
    """"某某管护站2020年度项目绩效自评报告(某某巡护经费项目)": the unit's own project's report, the unit the
    implementer (a guess; before, no implementing unit was read)."""
    read = _read("某某自然保护区某某管护站2020年度项目绩效自评报告(某某巡护经费项目)\n一、项目基本情况\n"
                 "市财政下达某某管护站巡护项目经费300,000.00元。\n")
    assert read.project is not None
    assert read.project.name == "某某巡护经费项目"
    assert read.project.implementing_unit == "某某自然保护区某某管护站"
    assert read.provenance["project.implementing_unit"].guessed
