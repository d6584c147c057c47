"""Shapes the held-out pages of stop 50 showed (docs/reader-corpora/held-50.md), each as an invented snippet:
invented units, places, projects and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page as _read


def test_a_funds_whole_told_before_its_parts_is_its_budget_though_a_part_came_in_batches() -> None:
    """"共下达某某专项经费600万元,具体为下达某工程400万元、…" then "某工程…分别于3月下达第一笔经费150万元,9月下达
    第二批…250万元": the budget is the whole (600), never the part (400) its two batches add up to."""
    read = _read(
        "某市某某保护2021年度专项资金绩效自评报告\n"
        "一、绩效目标分解下达情况\n"
        "2021年3月5日,《某市财政局关于下达2021年某某保护专项经费资金的通知》(某财教202111)和2021年9月2日,"
        "《某市财政局关于下达2021年某某保护专项经费资金及绩效目标的通知》(某财教202188)共下达某市某某保护专项经费"
        "600万元,具体为下达某某祠堂修缮工程400万元、某馆藏品保护120万元、某寺防雷工程80万元。\n"
        "二、绩效目标完成情况分析\n"
        "1.项目资金到位情况分析。\n"
        "一是某某祠堂修缮工程审定预算控制数为400万元,分别于2021年3月下达第一笔经费150万元,9月下达第二批专项经费250万元。\n")
    assert read.budget.adjusted == Decimal("600")


def test_the_staff_are_those_in_post_not_all_the_budget_supports() -> None:
    """"现有财政供养人员23人,其中:在职人员21人(公务员15人,…)": 21 staff; the 23 the budget supports count
    someone not in post."""
    read = _read("某县某某委员会2023年度部门整体支出绩效自评报告\n一、部门基本情况\n"
                 "2.机构设置及人员情况\n现有财政供养人员23人,其中:在职人员21人(公务员15人,机关工人2人,事业人员4人)。\n")
    assert read.unit.staff_total == 21


def test_the_internal_bodies_end_where_their_stated_count_is_reached() -> None:
    """"共设置4个内设机构,4个内设机构分别为A、B、C、D,代管E、F": the four named; the bodies managed on another's
    behalf after the comma are none of them."""
    read = _read("某县某某委员会2023年度部门整体支出绩效自评报告\n一、部门基本情况\n"
                 "我委共设置4个内设机构,4个内设机构分别为办公室、综合科、督导科、执法监督室,"
                 "代管县某某办、某县某某协会、某某联防办公室。\n")
    assert read.unit.internal_bodies == ["办公室", "综合科", "督导科", "执法监督室"]
    assert read.unit.internal_bodies_count == 4


def test_a_space_separated_goal_row_holds_the_goal_then_its_actual() -> None:
    """A web page's form a row a line, cells one space apart: under "年度总体目标 预期目标 实际完成情况" one line
    "goal-text actual-text": the goal is the first text only, the actual the second."""
    read = _read(
        "专项资金绩效自评表\n(2022年度)\n专项名称 日常运行经费\n主管部门 某局 实施单位 某县某某站\n"
        "项目资金(万元)   年初预算数 全年预算数 全年执行数 分值 执行率(%) 得分\n"
        "年度资金总额 60.00 48.00 48.00 10 100.00 10\n"
        "年度总体目标 预期目标 实际完成情况\n"
        "用于站内水电、维修、办公等经费支出,保障站内日常运行有序开展 项目实施已达到预期效果,保障日常运行。\n"
        "一级指标 二级指标 三级指标 年度指标值 实际完成值 指标分值 自评得分 偏差原因分析及改进措施\n"
        "产出指标 数量指标 保障人数覆盖率 100% 100 20 20 无偏差\n")
    assert read.project.goal_expected == "用于站内水电、维修、办公等经费支出,保障站内日常运行有序开展"
    assert read.project.goal_actual == "项目实施已达到预期效果,保障日常运行。"


def test_one_subordinate_body_named_after_its_count_of_one() -> None:
    """"下辖一个事业单位某某馆": one subordinate body, its count first and its name after it."""
    read = _read("某市某某局2016年整体支出绩效自评报告\n一、部门基本情况\n"
                 "某市某某局为参照公务员管理的全额拨款事业单位,内设机构一科一室,下辖一个事业单位某市某某馆。\n")
    assert read.unit.subordinate_bodies == ["某市某某馆"]
    assert read.unit.subordinate_bodies_count == 1
