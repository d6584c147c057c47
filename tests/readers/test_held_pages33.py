"""Shapes found on twelve real pages nobody had tuned the reader to (docs/reader-corpora/held-33.md), each rebuilt
from an invented snippet of the same shape (invented units, places, projects and figures)."""

from __future__ import annotations

from decimal import Decimal

from jixiao.readers.extract import extract
from jixiao.readers.source_text import text_to_document


def _read(text: str):  # type: ignore[no-untyped-def]
    return extract(text_to_document(text, "page.txt"))[0]


def _by_name(read) -> dict:  # type: ignore[no-untyped-def]
    return {i.name: i for i in read.indicators}


_COMPLETION_RATES = (
    "某市文化馆2023年度项目支出绩效自评报告\n\n"
    "一、自评结论\n\n"
    "(二)绩效目标完成情况\n\n"
    "1.产出指标完成情况\n\n"
    "数量指标:每个社区开展文艺演出数量6场,指标完成率100%,培训基层文艺骨干320人次,指标完成率100%。\n\n"
    "质量指标:群众文化活动覆盖面逐年扩大,指标完成率100%。\n\n"
    "2.效益指标完成情况\n\n"
    "群众文化活动参与率75%,指标完成率100%;公共文化服务水平稳步提升,指标完成率100%。\n\n"
    "3.满意度指标完成情况\n\n"
    "群众满意度92%,指标完成率100%。\n"
)


def test_results_each_closed_by_its_completion_rate_are_indicators() -> None:
    """"数量指标:名称N场,指标完成率100%,名称N人次,指标完成率100%。" under "1.产出指标完成情况": each item before its
    own completion rate is an indicator with what was achieved; the rate is no indicator."""
    found = _by_name(_read(_COMPLETION_RATES))
    assert set(found) == {"每个社区开展文艺演出数量", "培训基层文艺骨干", "群众文化活动覆盖面", "群众文化活动参与率",
                          "公共文化服务水平", "群众满意度"}
    show = found["每个社区开展文艺演出数量"]
    assert (show.level1, show.level2, show.actual.value, show.actual.unit) == ("产出指标", "数量指标", Decimal(6), "场")
    assert found["培训基层文艺骨干"].actual.unit == "人次"
    assert (found["群众文化活动覆盖面"].level2, found["群众文化活动覆盖面"].actual.text) == ("质量指标", "逐年扩大")
    assert (found["公共文化服务水平"].level1, found["公共文化服务水平"].actual.text) == ("效益指标", "稳步提升")
    assert (found["群众满意度"].level1, found["群众满意度"].actual.value) == ("满意度指标", Decimal(92))
    assert all(i.weight is None and i.stated_score is None for i in found.values())


_FUSED_LEADS = (
    "某区老年协会2023年度养老服务补助资金绩效自评报告\n\n"
    "(四)绩效指标完成情况分析。\n\n"
    "1、产出数量指标:第一,有需求的高龄老人得到上门服务比例年初指标值为不低于80%,全年实际完成值96%。"
    "第二,资助助餐服务人次数年初指标值为不低于300人,全年实际完成值315人。\n\n"
    "2、产出时效指标:补贴发放时间年初指标值为2023年11月底,实际在规定时间内完成。\n\n"
    "3、产出成本指标:高龄津贴月均补助标准年初指标值为150元/人,实际按该标准发放。\n"
)


def test_a_fused_level_lead_gives_both_levels_and_a_target_told_in_words_stands_alone() -> None:
    """"产出数量指标:" is the 一级 产出指标 and the 二级 数量指标; "…年初指标值为V,实际在规定时间内完成" states the
    target, its outcome only in words: the indicator has its target and no actual."""
    found = _by_name(_read(_FUSED_LEADS))
    served = found["有需求的高龄老人得到上门服务比例"]
    assert (served.level1, served.level2, served.actual.value) == ("产出指标", "数量指标", Decimal(96))
    timely = found["补贴发放时间"]
    assert (timely.level1, timely.level2, timely.target.text, timely.actual) == \
        ("产出指标", "时效指标", "2023年11月底", None)
    cost = found["高龄津贴月均补助标准"]
    assert (cost.level2, cost.target.value, cost.target.unit, cost.actual) == ("成本指标", Decimal(150), "元/人", None)
