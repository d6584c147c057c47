"""Shapes found by the twelfth real-page probe (docs/reader-corpora/real-probe-12.md), each rebuilt from an
invented snippet of the same shape (invented units, names and figures)."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page as _read

from jixiao.model import Kind

_FUND_PROSE = (
    "县文化局2021年度某某读书会补助经费绩效自评报告\n"
    "根据《某某县预算绩效管理工作方案》文件精神,某某县文化局对某某县某某读书会补助经费进行了自评,现将情况汇报如下:\n"
    "一、基本情况\n某某读书会补助经费指标金额是30万元。\n")


def test_a_fund_in_the_title_makes_a_project_report() -> None:
    """"…某某补助经费绩效自评报告": a fund (经费) evaluated, so a project report, the fund its project."""
    ev = _read(_FUND_PROSE)
    assert ev.kind == Kind.PROJECT
    assert ev.project is not None and ev.project.name == "某某读书会补助经费"


def test_the_body_that_evaluates_its_own_fund_is_the_unit() -> None:
    """"某某县文化局对某某县…经费进行了自评": the county named in full, over the title's "县文化局"."""
    assert _read(_FUND_PROSE).unit.name == "某某县文化局"


def test_a_body_evaluating_each_unit_s_funds_names_none() -> None:
    text = _FUND_PROSE.replace("某某县文化局对某某县某某读书会补助经费", "某某县财政局对各单位补助经费")
    assert _read(text).unit.name == "县文化局"


def test_a_title_s_fund_before_of_and_self_evaluation() -> None:
    """"关于2021年度某某转移支付资金绩效的自评报告": the 的 is no part of the fund's name."""
    ev = _read("某某县民政局\n关于2021年度某某救助转移支付资金绩效的自评报告\n一、绩效目标分解下达情况\n"
               "下达资金预算80万元。\n")
    assert ev.project is not None and ev.project.name == "某某救助转移支付资金"


_FILE_THEN_TEXT = (
    "中国某某协会2022年度部门整体支出绩效评价报告.docx\n"
    "中国某某协会某某市某某区委员会 2022 年度部门整体支出绩 效评价报告 一、部门概况 (一)基本情况。 1.主要职能。 "
    "协会是某某群众组织。\n")


def test_a_file_name_then_the_title_restated_in_full() -> None:
    """A page lists a document by its file name, then gives its text opening on the title with the unit in full."""
    assert _read(_FILE_THEN_TEXT).unit.name == "中国某某协会某某市某某区委员会"


def test_a_file_name_over_other_text_keeps_its_unit() -> None:
    text = _FILE_THEN_TEXT.replace("中国某某协会某某市某某区委员会 2022 年度", "某某省某某集团 2022 年度")
    assert _read(text).unit.name == "中国某某协会"


def test_staff_in_post_after_the_establishment() -> None:
    """"人员编制60人,其中:行政编制30人,事业编制30人。实有在职57人,退休9人。": 57 the staff total."""
    ev = _read("某某市某某局2021年度部门整体支出绩效自评报告\n(二)人员编制情况\n"
               "截至2021年底,市某某局人员编制60人,其中:行政编制30人,事业编制30人。实有在职57人,退休9人。\n")
    assert (ev.unit.staff_establishment, ev.unit.staff_total) == (60, 57)


def test_an_activity_before_the_title_s_year_is_the_project() -> None:
    """"某某人口抽样调查2022年预算绩效自评" over a scoring table: an activity, the project, no unit."""
    ev = _read("某某人口抽样调查2022年预算绩效自评\n附件3\n项目支出绩效自评指标计分表\n一级指标 |\n二级指标 |\n")
    assert ev.project is not None and ev.project.name == "某某人口抽样调查"
    assert (ev.kind, ev.unit.name) == (Kind.PROJECT, "")


def test_a_body_before_the_title_s_year_stays_the_unit() -> None:
    ev = _read("某某县统计局2022年预算绩效自评\n附件3\n项目支出绩效自评指标计分表\n一级指标 |\n二级指标 |\n")
    assert ev.unit.name == "某某县统计局"


_INCOME_UNDER_OF_WHICH = (
    "某某区2022年度部门(单位)整体支出\n绩效评价自评报告\n部门(单位)名称: 某某区某某协会\n"
    "二、部门(单位)收支情况 |\n" + "|" * 16 + "\n年度收入情况(万元) |\n" + "|" * 16 + "\n"
    "机构名称 |\n收入合计 |\n其中: |\n" + "|" * 14 + "\n上年结转 |\n公共财 政拨款 |\n政府基金拨款 |\n其他 收入 |\n"
    + "|" * 13 + "\n某某协会 |\n52.5 |\n2 |\n48.25 |\n0 |\n2.25 |\n" + "|" * 11 + "\n")


def test_income_labels_under_of_which_that_lost_their_empty_cells() -> None:
    """"机构名称 | 收入合计 | 其中：" over the sub-labels, which a web page moved to the left by dropping their empty
    cells, over "某某协会 | 52.5 | 2 | 48.25 | 0 | 2.25": the labels belong under 其中."""
    budget = _read(_INCOME_UNDER_OF_WHICH).budget
    assert budget.income_total == Decimal("52.5")
    assert [("".join(i.name.split()), i.amount) for i in budget.income_items] == [
        ("上年结转", Decimal(2)), ("公共财政拨款", Decimal("48.25")), ("政府基金拨款", Decimal(0)),
        ("其他收入", Decimal("2.25"))]


def test_sub_labels_that_do_not_fill_the_amount_row_are_not_moved() -> None:
    text = _INCOME_UNDER_OF_WHICH.replace("其他 收入 |\n", "")
    assert [i.name for i in _read(text).budget.income_items] != ["上年结转", "公共财政拨款", "政府基金拨款"]


_SHEET_RUN = (
    "2022年某某经费绩效自评表.xls\n附件1 项目支出绩效自评表 ( 2022 年度) 项目名称 某某业务经费 主管部门 某某市某某局 "
    "项目资金(万元) 实施单位 某某市某某局 年初预算数 全年预算数 全年执行数 分值 执行率(全年 执行数/全年 预算数) "
    "年度资金总额: 80.5万元 80.5万元 72.45万元 10 90% 9 其中:当年财政 拨款 80.5万元 80.5万元 72.45万元 10 90% 9 "
    "得分 上年结转资金 其他资金 预期目标 实际完成情况 1.某某宣传")


def test_a_score_header_displaced_after_the_money_rows() -> None:
    """A spreadsheet flattened to one run puts the 得分 header after the rows it heads: "分值 执行率" over rows of
    one figure more, that figure is the rate's score."""
    ev = _read(_SHEET_RUN)
    assert (ev.budget.initial, ev.budget.adjusted, ev.budget.executed) == (
        Decimal("80.5"), Decimal("80.5"), Decimal("72.45"))
    rate = next(i for i in ev.indicators if i.name == "预算执行率")
    assert (rate.weight, rate.stated_score) == (Decimal(10), Decimal(9))


def test_a_fund_row_label_wrapped_in_its_cell() -> None:
    """"其中:当年财政 拨款 80.5万元 …": the label cut at its cell's wrap is one fund row's label."""
    rows = _read(_SHEET_RUN).budget.fund_rows
    assert [(r.name, r.initial, r.executed) for r in rows] == [("当年财政拨款", Decimal("80.5"), Decimal("72.45"))]


def test_a_row_of_as_many_figures_as_the_header_gets_no_score() -> None:
    ev = _read(_SHEET_RUN.replace(" 10 90% 9 其中", " 10 90% 其中"))
    assert ev.budget.executed == Decimal("72.45")
    assert all(i.stated_score is None for i in ev.indicators if i.name == "预算执行率")


def test_a_title_that_cuts_the_project_s_name_short_names_no_unit() -> None:
    """"某某县级配套绩效自评表.xlsx" over a form whose 项目名称 is "某某县级配套资金": the title's words are the
    project's, cut short, no body's name."""
    ev = _read("某某参保县级配套绩效自评表.xlsx\n项目名称 | 某某参保县级配套资金 |\n主管部门 | 某某县医疗保障局 |\n")
    assert ev.project is not None and ev.project.name == "某某参保县级配套资金"
    assert ev.unit.name != "某某参保县级配套"


def test_a_body_in_the_title_before_its_project_stays_the_unit() -> None:
    ev = _read("某某县医疗保障局绩效自评表.xlsx\n项目名称 | 某某县医疗保障局参保补助资金 |\n")
    assert ev.unit.name == "某某县医疗保障局"
