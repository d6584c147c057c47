"""Missing parts become placeholders (one list for writers and checks); the unit's text keeps its words
with one money unit and the score the document shows; titles break between meaningful parts."""

from __future__ import annotations

from decimal import Decimal

from jixiao.model import Evaluation
from jixiao.writers import missing_parts, report_placeholders
from jixiao.writers.prose import money_in_wan, restate_score
from jixiao.writers.titles import break_title


def test_seed_misses_the_two_budget_explanations(seed_evaluation: Evaluation) -> None:
    parts = missing_parts(seed_evaluation)
    assert [(p.path, p.text) for p in parts] == [("budget.adjustment_note", "【待补充：预算调整原因】"),
                                                 ("budget.execution_note", "【待补充：未执行原因】")]
    assert report_placeholders(seed_evaluation) == [p.text for p in parts]


def test_given_explanations_are_printed_not_placeholders(example: Evaluation) -> None:
    example.budget.adjustment_note = "年中追加乡村振兴项目资金"
    example.budget.execution_note = "部分工程尚未结算，资金结转下年"
    assert missing_parts(example) == []
    assert report_placeholders(example) == []


def test_a_bare_evaluation_lists_every_required_part() -> None:
    bare = Evaluation(year=2025, indicators=[{"name": "受益人数", "weight": 100}])  # type: ignore[list-item]
    labels = [p.label for p in missing_parts(bare)]
    assert labels == ["单位名称", "职能职责", "内设机构及下属单位", "人员编制情况", "全年预算数", "全年执行数",
                      "绩效评价目的", "实际完成值", "得分", "主要经验及做法", "存在的问题", "改进措施、建议"]
    shown = report_placeholders(bare)
    assert {f"【待补充：{label}】" for label in labels} <= set(shown)


def test_money_in_one_unit() -> None:
    assert money_in_wan("全年执行0.122741亿元，支出3,500,000元。") == "全年执行1,227.41万元，支出350.00万元。"
    kept = "预算7,693.91万元，确保全镇1万余亩森林安全，补助30元"
    assert money_in_wan(kept) == kept


def test_restated_score_keeps_the_units_words() -> None:
    text = "预算执行率93.55%，该指标绩效评价得分为8.19分。"
    assert restate_score(text, Decimal("8.19"), Decimal("14.03")) == "预算执行率93.55%，该指标绩效评价得分为14.03分。"
    assert restate_score("全年完成建档5万份。", None, Decimal(20)) == "全年完成建档5万份。该指标得分20分。"
    assert restate_score("得分为20分。", Decimal(20), Decimal(20)) == "得分为20分。"


def test_titles_break_between_meaningful_parts() -> None:
    assert break_title("重庆市璧山区大兴镇人民政府2024年度整体支出绩效自评报告", "重庆市璧山区大兴镇人民政府") == [
        "重庆市璧山区大兴镇人民政府", "2024年度整体支出绩效自评报告"]
    assert break_title("重庆市璧山区卫生健康委员会基本公共卫生服务项目2024年度项目支出绩效自评报告",
                       "重庆市璧山区卫生健康委员会") == [
        "重庆市璧山区卫生健康委员会", "基本公共卫生服务项目", "2024年度项目支出绩效自评报告"]
    long_name = "重庆市璧山区大兴镇人民政府便民服务中心（退役军人服务站）"
    assert break_title(f"{long_name}2024年度整体支出绩效自评报告", long_name) == [
        "重庆市璧山区大兴镇人民政府便民服务中心", "（退役军人服务站）", "2024年度整体支出绩效自评报告"]
