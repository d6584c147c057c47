"""The budget's source unit and the 一级 block weights go through the facts' API (Facts.replace, Facts.put_entry),
so --explain names where each was read, and a unit chosen among several is marked a guess (invented units)."""

from __future__ import annotations

from page_reading import read_page as _read

from jixiao.commands.parse import explain_lines
from jixiao.model import Evaluation
from jixiao.readers.extract.facts import Facts, ref

_REPORT = ("某县某某局2024年度部门整体支出绩效自评报告\n一、基本情况\n"
           "2024年年初预算1,200,000.00元，全年预算1,350,000.00元，全年执行1,300,000.00元。\n"
           "二、绩效指标\n（一）产出指标（50分）\n1. 培训人次（25分）：目标≥300人次，实际320人次，得25分。\n"
           "2. 验收合格率（25分）：目标100%，实际100%，得25分。\n（二）效益指标（30分）\n"
           "3. 群众知晓率（30分）：目标≥90%，实际92%，得30分。\n经自评，综合得分95分，评价等级为“优”。\n")


def _explained(evaluation: Evaluation, path: str) -> str:
    return next(line for line in explain_lines(evaluation) if line.startswith(f"{path} = "))


def test_the_source_unit_explains_the_figure_it_was_read_from() -> None:
    evaluation = _read(_REPORT)
    assert evaluation.budget is not None and evaluation.budget.source_unit == "元"
    assert _explained(evaluation, "budget.source_unit") == "budget.source_unit = 元 ← 第3行「年初预算1,200,000.00元」"


def test_a_unit_chosen_among_several_is_a_guess() -> None:
    mixed = _read(_REPORT.replace("1,200,000.00元", "120万元").replace("1,350,000.00元，", "135万元，"))
    assert mixed.budget is not None and mixed.budget.source_unit == "万元"
    assert mixed.provenance["budget.source_unit"].guessed
    assert _explained(mixed, "budget.source_unit").endswith("（推测）")


def test_each_block_weight_explains_its_own_heading() -> None:
    evaluation = _read(_REPORT)
    assert evaluation.stated_block_weights == {"产出指标": 50, "效益指标": 30}
    assert _explained(evaluation, "stated_block_weights.产出指标") == \
        "stated_block_weights.产出指标 = 50 ← 第5行「产出指标（50分）」"
    assert _explained(evaluation, "stated_block_weights.效益指标") == \
        "stated_block_weights.效益指标 = 30 ← 第8行「效益指标（30分）」"


def test_put_entry_keeps_the_first_weight_of_a_block_and_its_source() -> None:
    facts = Facts()
    first, second = ref("第5行", "产出指标（50分）"), ref("表1第2行", "产出指标 40")
    assert facts.put_entry("stated_block_weights", "产出指标", 50, first)
    assert not facts.put_entry("stated_block_weights", "产出指标", 40, second)
    assert facts.get("stated_block_weights") == {"产出指标": 50}
    assert facts.refs["stated_block_weights.产出指标"] == first == facts.refs["stated_block_weights"]
