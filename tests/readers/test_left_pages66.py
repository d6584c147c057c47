"""What the real pages still left at stop 50 (docs/reader-corpora/left-pages-66.md): a project named after the
reporting body's own first-person word, a level's money as a title's head, a bare 负责人 run onto a unit's name, and a
range or a span of years read as one figure. Each as an invented snippet: invented units, places, projects and
figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

import pytest
from page_reading import by_name, read_page

from jixiao.readers.extract.values import parse_actual, parse_target

_PROSE_HEAD = "2021年度绩效自评报告\n一、项目基本情况\n"


def _project(text: str) -> str | None:
    read = read_page(text)
    return read.project.name if read.project is not None else None


@pytest.mark.parametrize("sentence", [
    "(一)资金概况2021年我单位局村级垃圾转运项目支出预算共86.5万元,实际支出80.2万元。",
    "2021年我局村级垃圾转运项目支出预算共86.5万元,实际支出80.2万元。",
    "2021年度,本中心村级垃圾转运项目预算86.5万元,实际支出80.2万元。",
    "我局2021年村级垃圾转运项目资金86.5万元,实际支出80.2万元。",
])
def test_a_project_named_after_the_bodys_own_word(sentence: str) -> None:
    """"2021年我单位局某某项目支出预算共…": the report names its project only in the sentence giving its money, after
    the body's first-person word (我局 / 我单位局 / 本中心), opening the clause or after the year (before: no name)."""
    assert _project(_PROSE_HEAD + sentence + "\n") == "村级垃圾转运项目"


@pytest.mark.parametrize("words", ["重点项目", "所有项目", "其他项目", "本级项目"])
def test_a_bodys_projects_taken_together_name_none(words: str) -> None:
    """A guard (it passes before too): "2021年我局重点项目支出预算共…" counts a body's projects, no one project."""
    text = _PROSE_HEAD + "2021年我局" + words + "支出预算共86.5万元。\n"
    assert _project(text) is None


@pytest.mark.parametrize(("title", "unit"), [
    ("我局背街小巷提升改造项目支出绩效自评报告", ""),
    ("本中心2021年背街小巷提升改造项目支出绩效自评报告", ""),
    ("我省2021年度背街小巷提升改造项目支出绩效自评报告", ""),
])
def test_a_title_opening_on_the_bodys_own_word(title: str, unit: str) -> None:
    """"我局某某改造项目支出绩效自评报告": the body's own word is no part of the project's name nor a unit's (before:
    the project "我局背街小巷提升改造", the unit "本中心" or "我省")."""
    read = read_page(title + "\n一、项目概况\n")
    assert read.project is not None and (read.project.name or "").startswith("背街小巷提升改造")
    assert (read.unit.name or "") == unit


def test_a_county_level_money_names_no_project() -> None:
    """"县本级财政资金项目支出绩效自评表": a level's own money heads the title, as "财政资金项目…" does; no project's
    name (before: the project "财政资金"); the form's 项目名称 label names it."""
    assert _project("县本级财政资金项目支出绩效自评表\n") is None
    assert _project("县本级财政资金项目支出绩效自评表\n项目名称：庚镇小型水库除险加固\n") == "庚镇小型水库除险加固"


@pytest.mark.parametrize("label", ["负责人", "主要负责人", "分管负责人"])
def test_a_bare_head_run_onto_the_unit_ends_it(label: str) -> None:
    """"填报单位：己镇中心卫生院负责人：钱某": a bare 负责人 signs as 单位负责人 does and ends the unit's name (before:
    the name kept "负责人：钱某")."""
    text = "2022年己镇家庭医生签约服务项目支出绩效自评表\n填报单位：己镇中心卫生院" + label + "：钱某\n"
    assert read_page(text).unit.name == "己镇中心卫生院"


@pytest.mark.parametrize("cell", ["3-5个", "10-12", "6～8次"])
def test_a_range_done_is_no_figure(cell: str) -> None:
    """An actual written as a range ("3-5个") states no one figure: kept as written (before: 3 of a unit "-")."""
    assert parse_actual(cell) == {"text": cell}


@pytest.mark.parametrize("cell", ["2020-2024", "2021-2023年", "2022至2024年度"])
def test_a_span_of_years_is_no_target_figure(cell: str) -> None:
    """A target written as a span of years is a period, kept as written (before: ≥ 2020 of a unit "-")."""
    assert parse_target(cell) == {"text": cell}


def test_a_range_target_keeps_its_lower_bound() -> None:
    """A guard (it passes before too): a range of figures as the target stays at least its lower bound, as written,
    its upper bound kept beside it (trust59)."""
    assert parse_target("85%-90%") == {"comparator": "≥", "value": Decimal("85"), "upper": Decimal("90"), "unit": "%",
                                       "text": "85%-90%"}


def test_a_form_with_a_range_done_and_a_span_of_years() -> None:
    """A form's rows whose actual is a range and whose target is a span of years: both kept as text, no figure to
    compare and no error-level finding."""
    text = "\n".join([
        "2022年辛镇文化惠民项目支出绩效自评表", "项目名称：辛镇文化惠民项目",
        "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分",
        "产出指标 | 数量指标 | 送戏下乡场次 | ≥4场 | 4-6场 | 20 | 20",
        "产出指标 | 时效指标 | 项目实施周期 | 2022-2024年 | 按期推进 | 10 | 10", ""])
    rows = by_name(read_page(text))
    assert rows["送戏下乡场次"].actual is not None and rows["送戏下乡场次"].actual.value is None
    assert rows["项目实施周期"].target is not None and rows["项目实施周期"].target.value is None
