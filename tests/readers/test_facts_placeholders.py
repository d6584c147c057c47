"""A value that is wholly a template mark is a form's blank, not a fact; a mark inside a value is not."""

from __future__ import annotations

import pytest

from jixiao.readers.extract.facts import Facts, ref


@pytest.mark.parametrize("blank", ["【待补充：主管部门】", "（单位名称）", "（单位名称）。", "（项目名称）  ",
                                   "XXX", "××", "≥**", "（此处填写年度目标）"])
def test_a_wholly_template_value_is_no_fact(blank: str) -> None:
    facts = Facts()
    assert facts.put("unit.name", blank, ref("第1行", blank)) is False
    assert not facts.has("unit.name") and facts.offers == 0


@pytest.mark.parametrize("value", ["（单位名称）某县示范中心", "某县示范中心（单位名称）",
                                   "本年度完成道路维修12公里，【待补充】其余工作按计划推进。" * 3, "XX镇示范站"])
def test_a_mark_inside_a_value_keeps_the_value(value: str) -> None:
    facts = Facts()
    assert facts.put("unit.name", value, ref("第1行", value)) is True
    assert facts.get("unit.name") == value
