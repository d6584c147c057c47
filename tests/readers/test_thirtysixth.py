"""Shapes of the thirty-sixth set (docs/reader-corpora/thirtysixth.md), each rebuilt from an invented snippet of the
same shape (invented units, names and figures)."""

from __future__ import annotations

from decimal import Decimal

from page_reading import by_name, read_page


def test_a_indicators_as_clauses_with_a_bare_weight_and_a_deduction_under_a_weighted_level() -> None:
    """"（一）产出指标（40分）：名称10分，目标…，实际…，扣0.5分；名称30分，目标…，实际…，不扣分。": each clause is an
    indicator of the 一级 the line opens on, its weight bare after its name (before, the 一级 itself was read as one
    indicator named "产出指标" weighing 40)."""
    page = read_page("某县2024年度农村供水管网改造项目支出绩效自评报告\n三、绩效指标完成情况\n"
                     "本项目采用扣分法评价。\n"
                     "（一）产出指标（40分）：预算执行率10分，目标100%，实际95%，扣0.5分；新建供水管网长度30分，"
                     "目标≥12公里，实际12.4公里，不扣分。本项共扣0.5分。\n"
                     "（二）满意度指标（60分）：受益群众满意度60分，目标≥90%，实际88%，扣2分。本项共扣2分。\n"
                     "四、自评结论\n合计扣2.5分，自评得分97.5分，等级为优。\n")
    got = by_name(page)
    assert set(got) == {"预算执行率", "新建供水管网长度", "受益群众满意度"}
    pipe = got["新建供水管网长度"]
    assert (pipe.level1, pipe.weight, pipe.stated_deduction) == ("产出指标", Decimal("30"), Decimal("0"))
    assert pipe.target is not None and (pipe.target.value, pipe.target.unit) == (Decimal("12"), "公里")
    assert (got["受益群众满意度"].level1, got["受益群众满意度"].stated_deduction) == ("满意度指标", Decimal("2"))


def test_e_a_counting_word_in_the_unit_column_is_the_row_s_unit() -> None:
    """"| 更换路灯数量 | ≥120 | 126 | 盏 | 10 | 10 |": a unit column holding a counting word of works (盏, 樘,
    眼 …) is the values' unit (before, the word was read as a second indicator's name and the row's figures were
    split as if fused: weight 6, actual 2)."""
    page = read_page("某镇2024年度路灯改造项目支出绩效自评报告\n"
                     "| 一级指标 | 二级指标 | 三级指标 | 指标值 | 实际值 | 计量单位 | 权重（%） | 得分 |\n"
                     "| 产出指标 | 数量指标 | 新建道路长度 | ≥3 | 3.2 | 公里 | 50 | 50 |\n"
                     "| 产出指标 | 数量指标 | 更换路灯数量 | ≥120 | 126 | 盏 | 50 | 48 |\n"
                     "| 合计 | | | | | | 100 | 98 |\n")
    got = by_name(page)
    assert set(got) == {"新建道路长度", "更换路灯数量"}
    lamps = got["更换路灯数量"]
    assert (lamps.weight, lamps.stated_score) == (Decimal("50"), Decimal("48"))
    assert lamps.actual is not None and (lamps.actual.value, lamps.actual.unit) == (Decimal("126"), "盏")


def test_i_a_purchased_service_s_title_names_no_government() -> None:
    """"社区助餐服务政府购买项目2024年度绩效自评报告": 政府 after words no place ends on is the buyer of 政府购买,
    so the title is the project's name whole (before, "社区助餐服务政府" was taken for the unit and the project cut
    to "购买项目")."""
    page = read_page("社区助餐服务政府购买项目2024年度绩效自评报告\n一、项目概况\n"
                     "某区民政局通过公开招标向某社会工作服务中心购买社区助餐服务，合同金额80.00万元。\n")
    assert page.project is not None and page.project.name == "社区助餐服务政府购买项目"
    assert page.unit.name != "社区助餐服务政府"


def test_h_a_project_report_signed_by_its_unit_names_the_implementing_unit() -> None:
    """A project report naming its unit only in the signature above the date: the signer files the report and
    implements the project (a guess, marked), as a 填报单位 does (before, the unit only)."""
    page = read_page("2024年度老年大学办学经费项目支出绩效自评报告\n一、项目基本情况\n"
                     "本项目用于我校全年办学，年初预算36.00万元，全年执行35.20万元，预算执行率97.78%。\n"
                     "二、自评结论\n自评得分96分，等级为优。\n某县老年大学\n2025年3月20日\n")
    assert page.unit.name == "某县老年大学"
    assert page.project is not None and page.project.implementing_unit == "某县老年大学"



def test_d_label_lines_of_one_length_are_no_wrap_width() -> None:
    """"主管部门：某县住房和城乡建设局" / "实施单位：某县市政公用事业服务中心" then a prose line: label lines of
    about one length set no wrap width, so the prose is no continuation of the last label (before, the 实施单位 ran
    on into "项目建设期为2023年至2025年…")."""
    page = read_page("某县城区管网改造工程2024年度项目支出绩效自评报告\n一、项目概况\n"
                     "项目名称：某县城区管网改造工程\n主管部门：某县住房和城乡建设局\n"
                     "实施单位：某县市政公用事业服务中心\n"
                     "项目建设期为2023年至2025年，总投资8600.00万元，资金来源为地方政府专项债券6000.00万元。\n")
    assert page.project is not None and page.project.implementing_unit == "某县市政公用事业服务中心"


def test_b_the_scoring_method_s_sentence_states_the_full_mark() -> None:
    """"本项目采用扣分法评价，满分100分。" before the indicators: the full mark (before, not read)."""
    page = read_page("某县2024年度农村供水管网改造项目支出绩效自评报告\n三、绩效指标完成情况\n"
                     "本项目采用扣分法评价，满分100分。\n"
                     "（一）产出指标（100分）：新建供水管网长度100分，目标≥12公里，实际12.4公里，不扣分。\n"
                     "四、自评结论\n合计扣0分，自评得分100分，等级为优。\n")
    assert page.full_mark == Decimal("100")


def test_c_the_initial_budget_s_fund_parts_end_where_they_reach_its_total() -> None:
    """"年初预算900.00万元，其中专项债券资金700.00万元、县级配套资金200.00万元；年中追加100.00万元，…": the parts
    that reach the 年初 total are its fund rows, a bond's money one of them (before, the clause after them was taken
    for a third part, and the rows read as income items or not at all)."""
    page = read_page("某县城区排水改造工程2024年度项目支出绩效自评报告\n一、预算执行情况\n"
                     "2024年年初预算900.00万元，其中专项债券资金700.00万元、县级配套资金200.00万元；年中追加"
                     "100.00万元，全年预算1000.00万元。全年执行960.00万元，预算执行率96%。\n")
    rows = [(r.name, r.initial) for r in page.budget.fund_rows]
    assert rows == [("专项债券资金", Decimal("700.00")), ("县级配套资金", Decimal("200.00"))]
    assert not page.budget.income_items


def test_f_the_goal_and_its_outcome_as_numbered_lists_under_their_own_headings() -> None:
    """"（一）年度绩效目标" and "（二）目标实际完成情况", each over a numbered list: the lists, run together as written,
    are the project's goal and its outcome (before, neither was read)."""
    page = read_page("某区政务云运维项目2024年度绩效自评报告\n二、绩效目标及完成情况\n（一）年度绩效目标\n"
                     "1.保障政务云全年稳定运行；\n2.新增上云业务系统不少于20个。\n（二）目标实际完成情况\n"
                     "1.政务云全年可用率99.9%；\n2.新增上云业务系统22个。\n三、预算执行情况\n本项目年初预算120.00万元。\n")
    assert page.project is not None
    assert page.project.goal_expected == "1.保障政务云全年稳定运行；2.新增上云业务系统不少于20个。"
    assert page.project.goal_actual == "1.政务云全年可用率99.9%；2.新增上云业务系统22个。"
