"""Shapes the held-out pages of stop 78 showed (docs/reader-corpora/held-78.md), each as an invented snippet:
invented units, places, funds and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page as _read

# a county's transfer form copied from a portal: cells a space or two apart, the indicator header wrapped (its
# levels on a line of their own, its last word on the next), the 一级 cells letter-spaced, no 分值 / 得分 columns
_WRAPPED_FORM = (
    "中央、市级专项转移支付绩效目标自评表\n(2022年度)\n"
    "专项(项目)名称  青岭镇石门村安置点帮扶项目 负责人及电话  周某\n"
    "实施单位  青岭县青岭镇人民政府\n"
    "年度总体目标  年初设定目标  全年实际完成情况 \n"
    "修建便道 360m;新建蓄水池 3口;硬化院坝 1200平方米。 修建便道 360m;新建蓄水池 3口;硬化院坝 1200平方米。\n"
    "绩 效 指 标  一级 指标 \n"
    "三级指标  年度指标值  全年完成值  未完成原因和\n"
    "改进措施 \n"
    "产 出 指 标  数量指标 指标1:修建便道 360m 360m\n"
    "指标2:新建蓄水池 3口 3口\n"
    "质量指标 指标1:验收合格率 100% 100%\n"
    "成本指标 便道工程 52万元 52万元\n"
    "效 益 指 标  经济效益指标 便道工程 降低运输成本 降低运输成本\n"
    "社会效益指标 便道工程 方便出行 方便\n"
)


def test_a_wrapped_header_with_no_points_over_letter_spaced_levels() -> None:
    """"绩效指标 一级指标" over "三级指标 年度指标值 全年完成值 未完成原因和" over "改进措施": a header with no
    points wrapped over three lines, its rows led by letter-spaced 一级 cells; every row read (before, only the rows
    after the letter-spaced ones, the first 一级's rows lost)."""
    read = _read(_WRAPPED_FORM)
    first = next(i for i in read.indicators if i.name == "修建便道")
    assert (first.level1, first.level2) == ("产出指标", "数量指标")
    assert first.target is not None and first.target.value == Decimal("360")
    assert any(i.name == "新建蓄水池" for i in read.indicators)


def test_rows_of_one_name_under_two_second_levels_are_two_indicators() -> None:
    """"成本指标 | 便道工程 | 52万元" and "经济效益指标 | 便道工程 | 降低运输成本": two rows the form names alike, two
    indicators (before, the later rows merged into the first)."""
    read = _read(_WRAPPED_FORM)
    named = [i for i in read.indicators if i.name == "便道工程"]
    assert [i.level2 for i in named] == ["成本指标", "经济效益指标", "社会效益指标"]
    assert named[1].target is not None and named[1].target.text == "降低运输成本"


def test_a_goal_said_twice_in_one_cell() -> None:
    """"修建便道 360m;…。 修建便道 360m;…。" under 年初设定目标 / 全年实际完成情况: the goal met as set, its two cells
    run into one; the goal and what was done, each the sentence once (before, the goal twice, no result)."""
    read = _read(_WRAPPED_FORM)
    assert read.project.goal_expected == "修建便道 360m;新建蓄水池 3口;硬化院坝 1200平方米。"
    assert read.project.goal_actual == "修建便道 360m;新建蓄水池 3口;硬化院坝 1200平方米。"


def test_a_bond_forms_sector_label_beside_the_project_name() -> None:
    """"项目名称 | 某工程 (某街道) | 投向领域 | 某领域12345 |": a special-bond form's first row, read as label pairs;
    its project makes the report a project's (before, the row left as text and the kind 整体支出)."""
    read = _read("项目名称 | 河湾区全面实施“管网改造”工程 (东湖街道) | 投向领域 | 管网改造领域16600 | |||||\n"
                 "项目主管部门 | 河湾区城市建设局 | 项目单位 | 河湾区东湖街道办事处 | |||||\n"
                 "年度 绩效目标 | 预期目标 | 全年实际完成情况 | ||||||\n"
                 "目标1:年底前完工,保障供水安全。 | 管网于11月完工,供水安全。 | |||||||\n")
    assert read.kind == "项目支出"
    assert read.project.name == "河湾区全面实施“管网改造”工程 (东湖街道)"


def test_a_year_goal_row_named_for_performance() -> None:
    """"年度 绩效目标 | 预期目标 | 全年实际完成情况" over the goal and what was done (before, neither read: the label
    said 绩效 between 年度 and 目标)."""
    read = _read("项目名称 | 东湖街道管网改造工程 | |||||\n"
                 "项目单位 | 河湾区东湖街道办事处 | |||||\n"
                 "年度 绩效目标 | 预期目标 | 全年实际完成情况 | ||||||\n"
                 "目标1:年底前完工,保障供水安全。 | 管网于11月完工,供水安全。 | |||||||\n")
    assert read.project.goal_expected == "目标1:年底前完工,保障供水安全。"
    assert read.project.goal_actual == "管网于11月完工,供水安全。"


_CENTRE = ("某省体育彩票管理中心2023年度 运营保障项目支出绩效自评报告\n一、项目概况\n1.项目基本情况\n"
           "主管部门及实施主体为某省体育彩票管理中心,项目负责人为:李某。项目预算资金为620.5万元,其中财政性资金预算为"
           "480.25万元,单位自有资金预算为140.25万元。\n")


def test_one_body_both_supervising_and_implementing() -> None:
    """"主管部门及实施主体为某中心": the supervising department and the implementing unit both (before, the
    implementing unit only)."""
    read = _read(_CENTRE)
    assert read.unit.supervising_department == "某省体育彩票管理中心"
    assert read.project.implementing_unit == "某省体育彩票管理中心"


def test_a_budgets_funds_told_as_their_budgets() -> None:
    """"项目预算资金为A万元,其中财政性资金预算为B万元,单位自有资金预算为C万元": the budget and its two funds, each
    named without the 预算 its figure is (before, no fund row)."""
    read = _read(_CENTRE)
    assert read.budget.adjusted == Decimal("620.5")
    assert [(row.name, row.adjusted) for row in read.budget.fund_rows] == [
        ("财政性资金", Decimal("480.25")), ("单位自有资金", Decimal("140.25"))]


def test_a_titles_money_whose_execution_is_evaluated() -> None:
    """"关于某某国债执行情况绩效自评报告": the money evaluated, no unit (before, the unit "某某国债执行情况")."""
    read = _read("关于防汛特别国债执行情况绩效自评报告\n现将某市2021年防汛特别国债项目支出绩效自评工作报告如下:\n"
                 "一、绩效目标分解下达情况\n2021年,某州下达某市防汛特别国债资金1.2亿元。\n")
    assert read.project.name == "防汛特别国债"
    assert read.unit.name != "防汛特别国债执行情况"
