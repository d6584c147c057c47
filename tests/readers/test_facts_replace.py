"""Replacing a fact (Facts.replace): its value, its source (with the guessed mark) and its weak mark change
together, so --explain names the statement the value was read from (invented units)."""

from __future__ import annotations

from page_reading import read_page as _read

from jixiao.commands.parse import explain_lines
from jixiao.model import Evaluation
from jixiao.readers.extract.facts import Facts, ref


def _explained(evaluation: Evaluation, path: str) -> str:
    return next(line for line in explain_lines(evaluation) if line.startswith(f"{path} = "))


def test_replace_sets_value_source_and_weak_mark_together() -> None:
    facts = Facts()
    facts.put("unit.name", "219001-某镇人民政府", ref("第1行", "219001-某镇人民政府"), weak=True)
    facts.replace("unit.name", "某镇人民政府", facts.refs["unit.name"])  # a cleaned reading: same source, still weak
    assert facts.get("unit.name") == "某镇人民政府" and facts.refs["unit.name"].location == "第1行"
    assert "unit.name" in facts.weak
    guess = ref("第5行", "填报单位：某镇人民政府", guessed=True)
    facts.replace("unit.name", "某县某镇人民政府", guess, weak=False)
    assert (facts.get("unit.name"), facts.refs["unit.name"], facts.weak) == ("某县某镇人民政府", guess, set())


def test_an_implementing_unit_that_says_itself_takes_the_units_source() -> None:
    # 实施单位 "本单位": the unit's name, read where the unit is named — not the cell that only says 本单位
    evaluation = _read("某县某某中心2024年度项目支出绩效自评报告\n一、基本情况\n单位名称：某县某某中心\n"
                       "项目名称：某某设备购置项目\n实施单位：本单位\n经自评，综合得分92分，评价等级为“优”。\n")
    assert evaluation.project is not None and evaluation.project.implementing_unit == "某县某某中心"
    assert _explained(evaluation, "project.implementing_unit") == \
        "project.implementing_unit = 某县某某中心 ← 第3行「单位名称：某县某某中心」"


def test_a_name_the_text_gives_its_year_explains_that_sentence() -> None:
    evaluation = _read("某县2022年高标准农田建设项目绩效自评报告\n一、项目概况\n"
                       "2022年高标准农田建设项目由某县农业农村局主管。\n经自评，综合得分92分。\n")
    assert evaluation.project is not None and evaluation.project.name == "2022年高标准农田建设项目"
    assert _explained(evaluation, "project.name") == \
        "project.name = 2022年高标准农田建设项目 ← 第3行「2022年高标准农田建设项目」"
