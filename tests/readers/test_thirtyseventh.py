"""Shapes of the thirty-seventh set (docs/reader-corpora/thirtyseventh.md), each rebuilt from an invented snippet of
the same shape (invented units, projects and figures)."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page, read_page_and_warnings


def test_a_a_units_projects_told_one_after_the_other_keep_their_spending() -> None:
    """A whole-unit report's "二、重点项目情况" telling two projects, each "该项目年初预算…，全年支出A万元", before the
    unit's own budget: A is the project's, not the unit's spending total (before, the first project's was: a
    reading warning and a false TEXT_TABLE_MISMATCH); "收入5万元以上村" is a threshold, no income total."""
    page, warnings = read_page_and_warnings(
        "某县某镇人民政府2024年度部门整体支出绩效自评报告\n一、部门概况\n某镇辖12个行政村。\n二、重点项目情况\n"
        "（一）村级组织运转经费项目\n该项目年初预算120.00万元，调整预算126.00万元，全年支出126.00万元，执行率100%。\n"
        "（二）一事一议财政奖补项目\n该项目年初预算80.00万元，调整预算90.00万元，全年支出84.60万元，执行率94%。\n"
        "三、部门预算执行情况\n2024年度全镇年初预算1500.00万元，调整预算1620.00万元，决算支出1587.60万元，"
        "预算执行率98.00%。\n四、问题\n一是2024年收入5万元以上村8个，2023年为6个。\n")
    b = page.budget
    assert (b.initial, b.adjusted, b.executed) == (Decimal("1500.00"), Decimal("1620.00"), Decimal("1587.60"))
    assert b.expenditure_total in (None, Decimal("1587.60"))
    assert b.income_total is None
    assert not [w for w in warnings if "前后不一致" in w]


def test_e_the_author_under_a_title_that_names_its_unit_is_no_part_of_the_name() -> None:
    """"某乡人民政府2024年度部门整体支出绩效评价报告" over "某县财政局" (the bureau that wrote it): the unit is the
    township (before, the bureau's name was glued before it); under a title naming nobody the line is the unit as
    before."""
    page = read_page("某县青石乡人民政府2024年度部门整体支出绩效评价报告\n某县财政局\n一、评价结论\n"
                     "评价组认为，综合评分86.50分，评价等级为“良”。\n")
    assert page.unit.name == "某县青石乡人民政府"
    page = read_page("2024年度部门整体支出绩效评价报告\n某县青石乡人民政府\n一、评价结论\n综合评分86.50分。\n")
    assert page.unit.name == "某县青石乡人民政府"


def test_b_a_sources_money_table_in_yuan_with_a_balance_column() -> None:
    """"资金来源 | 年初预算 | 调整预算 | 决算 | 结余" over one source's row "衔接资金 | … |" (in 元, rows with or
    without a leading bar): the row is the whole money (no 合计 below it), 决算 its executed amount and 结余 read
    past (before, no budget figure was read)."""
    head = "某乡2024年度茶叶加工项目绩效评价报告\n二、项目概况\n项目资金情况（单位：元）：\n"
    for rows in ("资金来源 | 年初预算 | 调整预算 | 决算 | 结余 |\n"
                 "衔接资金 | 1,200,000.00 | 1,350,000.00 | 1,296,000.00 | 54,000.00 |\n",
                 "| 资金来源 | 年初预算 | 调整预算 | 执行数 |\n"
                 "| 衔接资金 | 1,200,000.00 | 1,350,000.00 | 1,296,000.00 |\n"):
        b = read_page(head + rows + "项目预算执行率96.00%。\n三、评分表\n").budget
        assert (b.initial, b.adjusted, b.executed) == (Decimal("120.00"), Decimal("135.00"), Decimal("129.60"))


def test_c_the_unit_a_commissioned_evaluation_names_as_carrying_the_project_out() -> None:
    """"受某县农业农村局委托，某咨询有限公司对某县某镇人民政府实施的某项目开展绩效评价": the township is the
    implementing unit (before, none was read); the commissioning bureau gives no field."""
    page = read_page("2024年度某镇茶园提升项目绩效评价报告\n一、评价结论\n综合评分88.00分，评价等级为“良”。\n"
                     "二、项目概况\n"
                     "受某县农业农村局委托，某某工程咨询有限公司（以下简称“我公司”）对某县青山镇人民政府实施的"
                     "2024年度某镇茶园提升项目开展绩效评价。\n")
    assert page.project is not None
    assert page.project.implementing_unit == "某县青山镇人民政府"
