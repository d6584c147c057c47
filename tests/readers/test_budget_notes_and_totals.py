"""Budget explanations (预算调整原因 / 未执行原因 / 结余原因 …) and the stated total: taken only from
statements about them, never from any sentence or from money."""

from __future__ import annotations

from decimal import Decimal

import pytest
from page_reading import read_page

from jixiao.model import Evaluation

HEAD = "某省某市某区某某局\n2023年度部门整体支出绩效自评报告\n一、基本情况\n"


def read(body: str) -> Evaluation:
    evaluation = read_page(HEAD + body, "x.txt")
    return evaluation


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("预算调整原因：年中追加了上级转移支付资金。", "年中追加了上级转移支付资金"),
        ("调整原因:新增疫情防控任务，经批准追加预算。", "新增疫情防控任务，经批准追加预算"),
        ("年中预算调增的主要原因是新增重点任务。", "新增重点任务"),
        ("全年预算较年初增加较多，主要是由于年中追加了防汛资金。",
         "全年预算较年初增加较多，主要是由于年中追加了防汛资金"),
        ("受政策变化影响，预算相应调减200万元。", "受政策变化影响，预算相应调减200万元"),
        ("（三）预算调整原因\n根据区委决策部署，年中追加基础设施建设资金。\n",
         "根据区委决策部署，年中追加基础设施建设资金"),
    ],
)
def test_adjustment_note(text: str, note: str) -> None:
    assert read(text + "\n").budget.adjustment_note == note


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("未执行原因：政府采购节约资金未支出。", "政府采购节约资金未支出"),
        ("结余原因：部分项目年底完工，尚未结算。", "部分项目年底完工，尚未结算"),
        ("执行率偏低的原因：工程款按合同在验收后支付。", "工程款按合同在验收后支付"),
        ("资金结余的主要原因是采购价格低于预算。", "采购价格低于预算"),
        ("由于项目进度滞后，部分资金尚未支付。", "由于项目进度滞后，部分资金尚未支付"),
    ],
)
def test_execution_note(text: str, note: str) -> None:
    assert read(text + "\n").budget.execution_note == note


@pytest.mark.parametrize(
    "text",
    [
        "本单位认真落实预算绩效管理要求，因地制宜开展工作。",
        "年初预算1,000.00万元，全年调整预算1,400.00万元，全年执行1,250.00万元。",
        "全年预算由年初1,000万元调整为1,400万元，未说明调整原因。",  # a reviewer's remark: no reason given
        "收支不平且无结转结余说明。",
        "机构调整后，工作人员由20人增至25人。",
    ],
)
def test_other_sentences_are_not_explanations(text: str) -> None:
    budget = read(text + "\n").budget
    assert budget.adjustment_note is None and budget.execution_note is None


def test_indicator_deviation_note_is_not_the_budget_note() -> None:
    evaluation = read("二、指标\n1. 预算执行率（20分）\n执行率80%，得16分。偏差原因：因资金结余未支出，已收回。\n")
    assert evaluation.budget.execution_note is None


def test_total_above_100_is_kept_as_stated_and_money_is_never_the_total() -> None:
    evaluation = read("本单位2023年收入合计26,231,700.00元，支出合计26,231,700.00元。\n"
                      "二、评价结论\n经自评，本单位综合得分为101.50分，评价等级为优。\n")
    assert evaluation.stated_total == Decimal("101.50")


@pytest.mark.parametrize("text", ["本单位收入合计26,231,700.00元。", "合计26.5万元，均为财政拨款。",
                                  "项目资金总分3个批次下达，合计120万元。"])
def test_money_sums_are_not_totals(text: str) -> None:
    assert read(text + "\n").stated_total is None


def test_total_above_100_from_a_score_table() -> None:
    table = ("| 三级指标 | 分值 | 得分 |\n|---|---|---|\n| 办结率 | 60 | 62 |\n| 满意度 | 40 | 40 |\n"
             "| 合计 | 100 | 102 |\n")
    assert read("二、评分表\n" + table).stated_total == Decimal(102)


@pytest.mark.parametrize(
    ("body", "total"),
    [
        ("三、自评情况\n按照预算绩效管理要求，本局对全年整体支出开展绩效自评，自评得分\n"
         "86.5 分，存在的问题：一是预算编制不够细。\n",
         Decimal("86.5")),
        ("三、自评情况\n本局对全年整体支出开展了自评，自评得分\n请见附表。\n", None),  # no figure on the next line
        ("三、自评情况\n经自评，本单位整体支出绩效自评得分为\n91分。\n", Decimal("91")),
    ],
)
def test_a_total_wrapped_onto_the_next_line(body: str, total: Decimal | None) -> None:
    assert read(body).stated_total == total
