"""Shapes found by the twenty-fourth real-page probe (docs/reader-corpora/real-probe-24.md), each rebuilt from an
invented snippet of the same shape (invented units, places, projects and figures)."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page as _read


def test_a_project_word_inside_the_units_own_name_is_no_kind() -> None:
    """"某市建筑工程学校2019年度绩效自评表" over a 部门(单位)整体绩效自评表: the 工程 of the school's name says
    nothing of the kind; the form's own heading does."""
    read = _read("某市建筑工程学校2019年度绩效自评表\n附件\n部门(单位)整体绩效自评表\n部门(单位)名称 |\n"
                 "某市建筑工程学校 |\n||||\n评价时段 |\n2019年 1 月 1日 至2019年12月31日 |\n")
    assert read.kind == "整体支出"
    assert read.unit.name == "某市建筑工程学校"
    assert read.year == 2019


def test_a_project_word_after_the_year_still_names_a_project() -> None:
    """"某县水利局2021年度农田水利工程绩效自评报告": the 工程 after the year is the project evaluated."""
    read = _read("某县水利局2021年度农田水利工程绩效自评报告\n一、项目基本情况\n")
    assert read.kind == "项目支出"


def test_a_list_closed_by_its_noun_before_the_count() -> None:
    """"内设办公室、…、后勤科等内设机构5个": the noun between 等 and the count is no body's name."""
    read = _read("某县人民法院2022年度部门整体支出绩效自评报告\n"
                 "经县编委批准，院机关内设办公室、立案庭、刑事审判庭、执行局、后勤科等内设机构5个。\n")
    assert read.unit.internal_bodies == ["办公室", "立案庭", "刑事审判庭", "执行局", "后勤科"]
    assert read.unit.internal_bodies_count == 5


def test_a_count_of_functional_departments_with_no_names() -> None:
    """"核定编制60名，其中：…，内设9个职能部门。": the count of the unit's internal bodies."""
    read = _read("某县人民检察院2021年度部门整体支出绩效评价报告\n"
                 "某县人民检察院核定编制60名,其中:公务员52人,工勤人员8人,内设9个职能部门。\n")
    assert read.unit.internal_bodies_count == 9
    assert read.unit.staff_establishment == 60


def test_a_years_first_allocation_by_the_treasury_is_the_initial_budget() -> None:
    """"年初财政下达资金8万元，…实际支出7.6万元，执行率为95%": 8 is the initial budget."""
    read = _read("某县农业技术推广站2020年度绩效自评报告\n(农业技术示范推广项目)\n2.项目资金执行情况。\n"
                 "年初财政下达资金8万元,截至2020年12月31日,项目资金实际支出7.6万元,执行率为95%。\n")
    assert read.budget.initial == 8
    assert read.budget.executed == Decimal("7.6")


def test_a_results_table_without_its_label_column_gives_the_full_mark() -> None:
    """A results table whose label column was lost: the last row's 分值 (the sum of those above) is the full mark."""
    read = _read("某县人民法院\n2020年度部门整体支出绩效评价报告\n绩效评价结果\n绩效等级 | |||\n20.00 | 18.50 | 优 |\n"
                 "50.00 | 46.00 | 优 | |\n产出 | 20.00 | 19.00 | 优 |\n10.00 | 9.00 | 优 | |\n100.00 | 92.50 | 优 |\n")
    assert (read.stated_total, read.full_mark) == (Decimal("92.50"), Decimal(100))


def _rows(*rows: tuple[str, ...]) -> str:
    """A web table one cell a line, each cell ending " |" ("|" alone when empty), each row closed by a line of
    rules for its trailing empty cells."""
    return "".join("".join(f"{cell} |\n" if cell else "|\n" for cell in row) + "|" * (10 - len(row)) + "\n"
                   for row in rows)


def test_a_whole_unit_forms_income_and_spending_block_side_by_side_one_cell_a_line() -> None:
    """"收入科目 | 预算数 | 执行数 | 支出科目 | 预算数 | 执行数" under the form's label rows, one cell a line: the
    spending half's rows are the expenditure items (their 执行数), its 合计 the total; the form's rows below the
    block are none of its items."""
    read = _read("某县职业中学2021年度绩效自评表\n附件\n部门(单位)整体绩效自评表\n" + _rows(
        ("部门(单位)名称", "某县职业中学"),
        ("年度部门(单位)预算 执行情况", "预算收入(万元)", "预算支出(万元)"),
        ("收入科目", "预算数", "执行数", "支出科目", "预算数", "执行数"),
        ("财政拨款收入", "860.50", "850.20", "人员经费", "700.00", "698.40"),
        ("事业收入", "", "", "日常公用经费", "120.50", "111.80"),
        ("其他收入", "", "", "专项项目支出", "40.00", "40.00"),
        ("合计", "860.50", "850.20", "合计", "860.50", "850.20"),
        ("年度 主要 任务", "工作任务名称", "工作任务 完成情况", "对应的 拟安排项目", "项目完成情况", "预算数 (万元)"),
        ("保障学校运转", "教学设备购置", "完成采购", "设备购置经费", "12.30", "12.30"),
    ))
    assert read.kind == "整体支出"
    assert [(i.name, i.amount) for i in read.budget.expenditure_items] == [
        ("人员经费", Decimal("698.40")), ("日常公用经费", Decimal("111.80")), ("专项项目支出", Decimal("40.00"))]
    assert read.budget.expenditure_total == Decimal("850.20")
    assert [(i.name, i.amount) for i in read.budget.income_items] == [("财政拨款收入", Decimal("850.20"))]


def test_the_departments_budget_units_after_its_own_level() -> None:
    """"入编2020年部门预算共4个单位：局本级、A、B、C": the units after 本级 are the bodies under the department."""
    read = _read("某市公安局2020年度部门整体支出绩效评价报告\n一、部门概况\n"
                 "某市公安局入编2020年部门预算共4个单位:局本级、某市看守所、某市拘留所、某市戒毒所。\n")
    assert read.unit.subordinate_bodies == ["某市看守所", "某市拘留所", "某市戒毒所"]


def test_budget_units_whose_count_does_not_match_are_left_alone() -> None:
    """"共5个单位：局本级、A、B" names fewer than it counts: no list is taken from it."""
    read = _read("某市公安局2020年度部门整体支出绩效评价报告\n"
                 "某市公安局入编2020年部门预算共5个单位:局本级、某市看守所、某市拘留所。\n")
    assert read.unit.subordinate_bodies == []
