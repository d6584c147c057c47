"""Dropping a fact (Facts.drop): its value, its source and its weak mark go together, so a fact the reader
moved or refused leaves no source reference behind in the evaluation's provenance (invented units)."""

from __future__ import annotations

from page_reading import read_page as _read

from jixiao.readers.extract.facts import Facts, ref


def test_drop_removes_value_source_and_weak_mark_and_returns_the_source() -> None:
    facts = Facts()
    source = ref("第1行", "某县某局2024年度整体支出绩效自评报告")
    facts.put("unit.name", "某县某局", source, weak=True)
    assert facts.drop("unit.name") == source
    assert (facts.values, facts.refs, facts.weak) == ({}, {}, set())
    assert facts.drop("unit.name") is None  # nothing left to drop
    # a later value is a value of its own, not a weak one a label may still replace
    facts.put("unit.name", "某县某中心", ref("第5行", "填报单位：某县某中心"))
    assert "unit.name" not in facts.weak


def test_a_department_taken_as_the_unit_leaves_no_source_behind() -> None:
    evaluation = _read("2024年度整体支出绩效自评报告\n一、基本情况\n主管部门：某县农业农村局\n"
                       "经自评，综合得分92分，评价等级为“优”。\n")
    assert evaluation.unit.name == "某县农业农村局" and evaluation.unit.supervising_department is None
    assert "unit.supervising_department" not in evaluation.provenance
    assert evaluation.provenance["unit.name"].guessed


def test_an_implementing_unit_that_only_says_itself_leaves_no_source_behind() -> None:
    evaluation = _read("2024年度项目支出绩效自评报告\n一、基本情况\n项目名称：某某道路养护项目\n实施单位：本单位\n"
                       "经自评，综合得分92分。\n")
    assert evaluation.project is not None and evaluation.project.implementing_unit is None
    assert "project.implementing_unit" not in evaluation.provenance


def test_a_generic_title_name_leaves_no_source_behind() -> None:
    evaluation = _read("工程项目绩效评价报告\n一、项目概况\n2024年度，经自评，综合得分92分。\n")
    assert evaluation.project is None or evaluation.project.name is None
    assert "project.name" not in evaluation.provenance


def test_a_title_that_is_only_the_project_never_makes_the_unit_itself() -> None:
    # the title names the project and no body; its 实施单位 says only "本单位": no unit is stated at all
    evaluation = _read("2023年度某某小区改造项目绩效自评表\n项目名称：某某小区改造项目\n"
                       "主管部门：某县住房和城乡建设局\n实施单位：本单位\n经自评，综合得分92分。\n")
    assert evaluation.unit.name == "" and "unit.name" not in evaluation.provenance  # (a visible gap)
    assert evaluation.unit.supervising_department == "某县住房和城乡建设局"
