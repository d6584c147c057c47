"""The real pages left below 100 % at stop 44 (docs/reader-corpora/left-pages-54.md), each cause as an invented
snippet: invented units, places and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page as _read

# a school's report on its year's project money: the unit, a year with no 年, then 项目资金 before the report's words
_OWN_PROJECT_MONEY = "\n".join([
    "某市某某区河口中心小学2022项目资金 绩效自评报告",
    "日期:2023-03-20",
    "一、基本情况",
    "2022年年初预算项目3个,全年共计3个项目完成。",
])


def test_a_units_title_over_its_project_money_names_the_implementing_unit() -> None:
    """"Y2022项目资金绩效自评报告": Y reports on the money of its own projects, so it implements them (a guess)."""
    read = _read(_OWN_PROJECT_MONEY)
    assert read.kind == "项目支出"
    assert read.project.implementing_unit == "某市某某区河口中心小学"
    assert not read.project.name  # 项目资金: the money's words, no project named


def test_this_years_total_spending_after_the_budget_is_the_amount_executed() -> None:
    """"全年预算数A万元,本年度总支出B万元,其中基本支出…": B is what the year spent of its budget."""
    read = _read("\n".join([
        "某县某某服务中心2024年度部门整体支出绩效自评报告",
        "一、部门预算安排",
        "我中心全年预算数842.30万元,本年度总支出815.06万元,其中基本支出402.50万元,项目支出412.56万元。",
    ]))
    assert read.budget.adjusted == Decimal("842.30")
    assert read.budget.executed == Decimal("815.06")
    assert read.budget.expenditure_total == Decimal("815.06")


# a transfer's goal form one cell a line: its 全年完成值 restates the indicator's words before the figure reached
_RESTATED_COMPLETION = "\n\n".join([
    "转移支付区域(项目)绩效目标自评表 (2022)",
    "转移支付(项目)名称", "2022年某某水源保护补助资金",
    "实施单位", "某县水务局",
    "一级指标", "二级指标", "三级指标", "年度指标值", "全年完成值", "未完成原因和改进措施",
    "产出指标", "数量指标", "新建水源地保护围栏", "6处", "新建水源地保护围栏", "4",
    "两处选址变更,手续年底办结",
    "质量指标", "围栏验收合格率", "100%", "100%", "无",
])


def test_a_completion_cell_restating_the_name_before_its_value_is_no_cell_of_the_row() -> None:
    """"名称 | 6处 | 名称 | 4 | 原因": the restated name before the actual is the form's, the row reads 6处 → 4."""
    first, second = _read(_RESTATED_COMPLETION).indicators
    assert (first.name, first.level1, first.level2) == ("新建水源地保护围栏", "产出指标", "数量指标")
    assert (first.target.value, first.target.unit, first.actual.value) == (Decimal(6), "处", Decimal(4))
    assert first.deviation_note == "两处选址变更,手续年底办结"
    assert (second.name, second.level2, second.actual.value) == ("围栏验收合格率", "质量指标", Decimal(100))


# a web-copied form: a 时效 row whose name's bracket gives its bare values' unit, months
_MONTHS_ROW = "\n".join([
    "某县项目支出绩效自评表 (2023年度)",
    "项目名称 | 某某村道硬化工程 | 实施单位 | 某县交通运输局 |",
    "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |",
    "产出指标 | 数量指标 | 硬化村道里程(公里) | 8 | 8 | 20 | 20 | |",
    "时效指标 | 工程完工时限(月) | 9 | 9 | 15 | 15 | |",
])


def test_a_bare_figure_under_a_name_bracketing_months_is_a_count_of_months() -> None:
    """"完工时限(月) | 9 | 9": the bracket is the values' unit, nine months (not "9月", a month of the year)."""
    rows = {i.name: i for i in _read(_MONTHS_ROW).indicators}
    months = rows["工程完工时限(月)"]
    assert (months.target.value, months.target.unit, months.target.text) == (Decimal(9), "月", None)
    assert (months.actual.value, months.actual.unit) == (Decimal(9), "月")
    assert (rows["硬化村道里程(公里)"].target.value, rows["硬化村道里程(公里)"].target.unit) == (Decimal(8), "公里")
