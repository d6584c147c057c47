"""A report whose unit name was not read: ``Unit.name`` defaults to "", so the titles built from the facts (the
review letter's, the web list's) print the placeholder for the name, never an empty (or blank) one as if stated."""

from __future__ import annotations

import pytest

from jixiao.model import Evaluation, Kind, Project, Unit
from jixiao.review.dossier import report_title
from jixiao.review.letters import letter_title
from jixiao.web.store import _title


@pytest.mark.parametrize("name", ["", "  "])
def test_the_letters_title_names_no_empty_unit(name: str) -> None:
    evaluation = Evaluation(unit=Unit(name=name), year=2023)
    title = report_title(evaluation)
    assert title == "【待补充：单位名称】2023年度整体支出绩效自评报告"
    assert letter_title({"title": title, "unit": name.strip()}) == [
        "关于【待补充：单位名称】2023年度整体支出绩效自评报告的复核意见"]


def test_the_letters_title_of_a_read_name_or_project_is_as_before() -> None:
    assert report_title(Evaluation(unit=Unit(name="某县某站"), year=2023)) == "某县某站2023年度整体支出绩效自评报告"
    project = Evaluation(unit=Unit(name=""), year=2023, kind=Kind.PROJECT, project=Project(name="某河道保洁项目"))
    assert report_title(project) == "某河道保洁项目2023年度项目支出绩效自评报告"


def test_a_report_stating_no_year_gets_no_none_in_its_title() -> None:
    assert report_title(Evaluation(unit=Unit(name="某县某站"))) == "某县某站整体支出绩效自评报告"


@pytest.mark.parametrize("name", ["", "  "])
def test_the_web_lists_title_names_no_empty_unit(name: str) -> None:
    assert _title(Evaluation(unit=Unit(name=name), year=2024)) == "【待补充：单位名称】 2024 年度绩效自评"


def test_the_writers_title_of_a_report_stating_no_year_names_none() -> None:
    """The writers' generated title (``title.j2``) of a report stating no year: no "None年度"."""
    from jixiao.writers.content import title_lines

    unit = Unit(name="某县某站")
    assert "".join(title_lines(Evaluation(unit=unit))) == "某县某站整体支出绩效自评报告"
    assert "".join(title_lines(Evaluation(unit=unit, year=2023))) == "某县某站2023年度整体支出绩效自评报告"
