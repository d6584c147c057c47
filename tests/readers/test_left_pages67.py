"""Shapes the real pages of stop 88/89 still left (docs/reader-corpora/left-pages-67.md), each as an invented
snippet: invented units, places and figures, no text of any page."""

from __future__ import annotations

from page_reading import read_page as _read

_HOME = "2019年度松林区第三敬老院整体支出绩效自评报告\n一、基本情况\n第三敬老院隶属于松林区民政局,{staff}\n"


def test_staff_listed_by_kind_with_no_total_are_its_parts() -> None:
    """"2019年共有正式职工3人,临时工6人,公益性岗位2人,退休职工5人": the kinds in post are the staff's parts, the
    retirees none of them, and no total is stated (before, "职工3人" was read as the total and no part kept)."""
    unit = _read(_HOME.format(staff="2019年共有正式职工3人,临时工6人,公益性岗位2人,退休职工5人。")).unit
    assert [(p.name, p.count) for p in unit.staff_parts] == [("正式职工", 3), ("临时工", 6), ("公益性岗位", 2)]
    assert unit.staff_total is None


def test_a_total_with_its_parts_after_it_is_still_a_total() -> None:
    """A guard: "共有在职人员81人,专业技术人员57人,…" opens on the total its parts sum to."""
    unit = _read(_HOME.format(staff="共有在职人员81人,专业技术人员57人,管理人员1人,工勤人员23人。")).unit
    assert unit.staff_total == 81 and [p.count for p in unit.staff_parts] == [57, 1, 23]


def test_a_project_teams_kinds_are_no_staff_of_the_unit() -> None:
    """A guard: "项目组共有专业技术人员5人,管理人员3人" counts a project's team, not the unit's staff."""
    unit = _read(_HOME.format(staff="项目组共有专业技术人员5人,管理人员3人。")).unit
    assert unit.staff_parts == []


_FUND_PAGE = ("发布机构: 松岭市生态环境局\n成文日期: 2023-05-08\n名  称: {title}\n\n{title}\n\n"
              "来源:松岭市生态环境局 浏览量:\n\n一、基本情况\n市财政每月拨付8万元用于奖励排名靠前的街道办事处。\n")


def test_a_title_opening_on_the_funds_recipients_names_no_unit() -> None:
    """"中心城区各街道办事处某某考核奖补资金项目绩效评价报告" under the page's 发布机构 line: the street offices are
    the fund's many recipients, the whole head the project's name, and the publisher the unit (before, the offices
    were the unit and were cut from the project's name)."""
    title = "中心城区各街道办事处环境卫生考核奖补资金项目绩效评价报告"
    read = _read(_FUND_PAGE.format(title=title))
    assert (read.unit.name, read.project.name) == ("松岭市生态环境局", "中心城区各街道办事处环境卫生考核奖补资金项目")


def test_one_named_street_office_before_its_fund_is_the_unit() -> None:
    """A guard: "松岭区城关街道办事处某某资金项目…" names one body, the unit, before its project."""
    read = _read(_FUND_PAGE.format(title="松岭区城关街道办事处环境卫生考核奖补资金项目绩效评价报告"))
    assert (read.unit.name, read.project.name) == ("松岭区城关街道办事处", "环境卫生考核奖补资金项目")


def test_a_publisher_on_a_line_of_its_own_beside_a_byline_is_read() -> None:
    """"发布机构: 某局" alone on its line, the page's other labels read from a line of two ("来源:… 浏览量:"): the
    publisher still stands in for a unit the title does not name (before, only the 来源 was kept)."""
    read = _read(_FUND_PAGE.format(title="2022年度环境卫生考核奖补资金项目绩效评价报告"))
    assert read.unit.name == "松岭市生态环境局"
