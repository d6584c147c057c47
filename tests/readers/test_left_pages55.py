"""What this stop's helpers left (docs/reader-corpora/left-pages-55.md), each cause as an invented snippet:
invented units, places and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page as _read

# a works project's report: under its 一级's heading, each 二级 on a line of its own, one item a line, closed by a
# clause that only says it was done; one line only has a figure
_DONE_LINES = "\n\n".join([
    "某县河西新区滨河步道改造工程项目绩效自评报告",
    "(三)绩效指标完成情况分析。",
    "1.产出指标完成情况分析。",
    "数量指标:铺设透水步道路面1260平方米,已完成;",
    "质量指标:保证步道铺装质量,已完成;",
    "时效指标:按期完成改造,按工程节点推进;",
    "2.效益指标完成情况分析。",
    "社会效益指标:方便沿河群众休闲出行,已完成;",
])


def test_a_levels_line_with_one_item_closed_by_done_is_read() -> None:
    """"数量指标:名称N平方米,已完成": the level, the name and what was achieved; "已完成" is no part of the item,
    and the lines with no figure give none."""
    (read,) = _read(_DONE_LINES).indicators
    assert (read.name, read.level1, read.level2) == ("铺设透水步道路面", "产出指标", "数量指标")
    assert (read.actual.value, read.actual.unit) == (Decimal(1260), "平方米")
    assert read.target is None


def test_a_levels_line_closed_by_other_words_stays_unread() -> None:
    """"数量指标:名称N平方米,群众反映良好": the clause after the figure says more than that it was done (no item is
    read from a single line so)."""
    text = _DONE_LINES.replace("1260平方米,已完成", "1260平方米,群众反映良好")
    assert not _read(text).indicators


# a whole unit's cover: the unit's full name wrapped after its place, the body and the stamp's note on the next line
_WRAPPED_COVER = "\n".join([
    "部门(单位)全称:某某土家族自治县",
    "林业和草原局(公章)",
    "主管部门审核意见:",
    "填报日期 2025 年 3月 4日",
    "2024年度部门整体支出绩效评价报告",
])


def test_a_cover_value_wrapped_before_its_stamp_joins_the_next_line() -> None:
    """"全称:某县" over "某局(公章)": the unit is the place and the body together."""
    assert _read(_WRAPPED_COVER).unit.name == "某某土家族自治县林业和草原局"


def test_a_cover_value_naming_its_body_keeps_its_own_line() -> None:
    """"全称:某县某局" over "某局(公章)": the value names its body; the next line is a stamp of its own."""
    text = _WRAPPED_COVER.replace("自治县\n林业", "自治县林业和草原局\n林业")
    assert _read(text).unit.name == "某某土家族自治县林业和草原局"


def test_a_goal_label_at_a_lines_start_ends_before_the_next_label() -> None:
    """"项目总体目标:X。阶段性目标:Y。" on one line: the goal is X, up to its 。."""
    read = _read("\n".join([
        "某县城区公园绿地管护经费绩效评价报告",
        "二、绩效目标",
        "项目总体目标:公园绿地管护到位,园容整洁。提升城区人居环境。阶段性目标:按季度完成绿地修剪和补植。",
    ]))
    assert read.project.goal_expected == "公园绿地管护到位,园容整洁。提升城区人居环境。"


# a project report on two funds: one sentence hands both down, each with its amount
_TWO_FUNDS = "\n".join([
    "某县城区路灯维护经费及公厕保洁经费绩效评价报告",
    "一、项目概况",
    "县财政2023年下达了路灯维护经费:86.40万元,公厕保洁费:12.75万元。用于城区路灯和公厕日常管护。",
])


def test_an_allocation_listing_two_funds_and_no_sum_states_no_budget() -> None:
    """"下达了A经费:X万元,B费:Y万元。": two funds' money and no sum; the first amount is not the project's budget."""
    assert _read(_TWO_FUNDS).budget.adjusted is None


def test_an_allocation_followed_by_its_own_part_keeps_its_amount() -> None:
    """"下达某某经费X万元,其中中央资金Y万元": the clause after is a part of the same money, the budget is X."""
    text = _TWO_FUNDS.replace("路灯维护经费:86.40万元,公厕保洁费:12.75万元", "路灯维护经费86.40万元,其中上级资金50万元")
    assert _read(text).budget.adjusted == Decimal("86.40")


def test_a_title_run_on_with_its_covers_unit_label_gives_the_unit() -> None:
    """"…自评报告部门(单位)名称:X" (a viewer's paragraph: the title, then the cover's first label): X is the unit,
    not the title's shorter place."""
    read = _read("\n".join([
        "某区东湖街道2023年度单位项目支出绩效评价自评报告",
        "1、某区东湖街道2023年度单位项目支出绩效评价自评报告部门(单位)名称:某市某区东湖街道办事处",
        "项目名称:社区养老服务专项支出",
    ]))
    assert read.unit.name == "某市某区东湖街道办事处"
