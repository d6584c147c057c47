"""Shapes found by the fifteenth real-page probe (docs/reader-corpora/real-probe-15.md), each rebuilt from an
invented snippet of the same shape (invented units, names and figures)."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page
from page_reading import read_page as _read

_SLOT_HEADLINE = (
    "当前位置: 首页 / 政务公开 / 绩效评价\n"
    "2023年度部门(单位)整体支出 绩效自评报告\n"
    "来源:某区侨联 发布时间:2024-05-06\n\n"
    " 2023年度某市某区归国华侨联合会部门(单位)整体支出绩效自评报告\n\n"
    "一、部门(单位)基本情况\n本部门共有编制人数4人,实有人数4人。\n")


def test_a_headline_naming_no_unit_gives_way_to_the_restated_title() -> None:
    """A page's headline keeps the form's slot "部门(单位)" where the unit goes and names none; the document's
    own title a few lines down names it, the slot word after it dropped. "部门(单位)" is never a unit."""
    read = _read(_SLOT_HEADLINE)
    assert read.unit.name == "某市某区归国华侨联合会"
    assert read.year == 2023
    headline_only = _read("2023年度部门(单位)整体支出绩效自评报告\n一、部门(单位)基本情况\n")
    assert headline_only.unit.name != "部门(单位)"


_SCORE_UNDER_HEADING = (
    "项目支出绩效自评报告\n项目名称:某某设备维护经费\n"
    "一、项目基本情况\n某某设备维护经费用于设备维修。\n"
    "三、绩效指标分析情况\n(一)自评分数。\n经逐项打分,本项目自评分数96.5。\n"
    "(二)指标分析。\n1.资金情况。项目资金预算88.20万元,到位88.20万元,实际支出80.50万元,执行率91.27%。\n")


def test_a_score_under_its_heading_and_a_project_budget_in_prose() -> None:
    """"(一)自评分数。" over "…自评分数96.5。" states the report's score; "项目资金预算88.20万元,到位…,实际支出
    80.50万元" is the budget the spending is measured on (a guess, kept when the stated rate fits it)."""
    read = _read(_SCORE_UNDER_HEADING)
    assert read.stated_total == Decimal("96.5")
    assert read.budget.adjusted == Decimal("88.20")
    assert read.budget.executed == Decimal("80.50")
    misfit = _read(_SCORE_UNDER_HEADING.replace("91.27%", "60%"))
    assert misfit.budget.adjusted is None  # the stated rate was worked out on another figure


_BUDGET_PLUS_ADDITION = (
    "2023年度某县某协会部门整体支出绩效自评报告\n一、部门基本情况\n本部门共有编制人数5人,实有人数5人。\n"
    "二、一般公共预算支出情况\n"
    "2023年预算收入120.50万元,其中年初预算100.30万元,调整追加20.20万元。\n"
    "2023年支出118.40万元,其中基本支出110.40万元,项目支出8万元。\n")


def test_a_budget_stated_with_its_addition_and_the_years_spending() -> None:
    """"预算收入T,其中年初预算A,调整追加B" with A + B = T: T is the adjusted budget; "2023年支出X万元,其中…"
    is the year's spending total and its parts."""
    read = _read(_BUDGET_PLUS_ADDITION)
    assert read.budget.initial == Decimal("100.30")
    assert read.budget.adjusted == Decimal("120.50")
    assert read.budget.expenditure_total == Decimal("118.40")
    assert [(i.name, i.amount) for i in read.budget.expenditure_items] == [
        ("基本支出", Decimal("110.40")), ("项目支出", Decimal("8"))]
    unequal = _read(_BUDGET_PLUS_ADDITION.replace("调整追加20.20", "调整追加25.00"))
    assert unequal.budget.adjusted is None  # the parts do not add up: not said which figure is the whole


_FULL_MARK_THEN_SCORE = (
    "文档介绍:项目支出绩效自评表\n( 2022年度)\n项目名称\n某某检验检测经费\n主管部门\n实施单位\n某县某某管理局\n"
    "满意度\n指标\n服务对象满意度指标\n服务对象满意度\n≥90%\n96%\n10\n9\n总分\n100\n97\n")


def test_a_total_row_one_cell_a_line_gives_the_score_after_the_full_mark() -> None:
    """"总分", "100", "97" one cell a line with no header in sight: the full mark the form prints, then the
    score; the score is the total (marked guessed), never the full mark."""
    read = _read(_FULL_MARK_THEN_SCORE)
    assert read.stated_total == Decimal("97")
    assert _read(_FULL_MARK_THEN_SCORE.replace("\n100\n97\n", "\n100\n")).stated_total == Decimal("100")


_PAGE_NUMBER_AFTER_TOTAL = (
    "财政项目支出绩效自评表 (2022 年度) 某某场馆维护费用 项目名称 主管部门 某区某某局 "
    "年初预算数 全年预算数 全年执行数 分值 执行率 得分 120000.00 120000.00 110,000.0 10 9.17 "
    "满意度指标 服务对象满意度指标 场馆使用满意度 总分 -1- 偏差原因分析及 改进措施\n")


def test_a_page_number_after_the_total_label_is_no_total() -> None:
    """A PDF's text layer puts the page's number "-1-" right after 总分: a page number, never the total."""
    assert _read(_PAGE_NUMBER_AFTER_TOTAL).stated_total is None


_OWN_SECTION_CARRIES_OUT = (
    "附件2某某省某某县2022年中央某某补助资金专项转移支付绩效自评报告为规范专项资金管理,对我局2022年中央对地方转移"
    "支付的某某补助资金进行自评,现将自评情况报告如下:一、绩效目标分解下达情况,中央下达预算资金6万元,"
    "该项目由我局某某监管股负责项目资金的实施,二、绩效目标完成情况分析,合格率100%。\n")


def test_a_title_run_into_its_text_and_a_units_own_section_carrying_out() -> None:
    """A viewer runs the attachment's number, the title and the first sentence together: the title is read up to
    its 自评报告; "由我局某某股负责…实施" names the unit's own section, no implementing unit."""
    read = _read(_OWN_SECTION_CARRIES_OUT)
    assert read.title == "某某省某某县2022年中央某某补助资金专项转移支付绩效自评报告"
    assert read.year == 2022
    assert read.project is not None and read.project.name == "中央某某补助资金专项转移支付"
    assert read.project.implementing_unit is None and read.unit.name == ""


_BUDGET_DEPARTMENT_COVER = (
    "附件3\n项目支出绩效自评报告\n项目名称:某某水闸加固工程\n评价年度:2023\n"
    "预算部门单位(公章):某某县水务局\n填报日期:2024年4月20日\n一、基本情况\n")


def test_a_covers_budget_department_with_its_stamp_note() -> None:
    """"预算部门单位(公章):X" on a project report's cover: the department whose budget holds the project."""
    read = _read(_BUDGET_DEPARTMENT_COVER)
    assert read.unit.supervising_department == "某某县水务局"
    assert read.project is not None and read.project.name == "某某水闸加固工程"
    assert read.year == 2023


_NO_INTERNAL_BODIES = (
    "2023年度某县某协会部门整体支出绩效自评报告\n一、部门基本情况\n"
    "某县某协会无内设机构。编制人数6人,实有人数5人。\n")


def test_no_internal_bodies_is_a_count_of_none() -> None:
    """"无内设机构" states the count of internal bodies: none ("无内设机构调整" states no count)."""
    assert _read(_NO_INTERNAL_BODIES).unit.internal_bodies_count == 0
    changed = _read(_NO_INTERNAL_BODIES.replace("无内设机构。", "本年度无内设机构调整。"))
    assert changed.unit.internal_bodies_count is None


_CONTROL_BLOCK_LINES = (
    "附件1\n2023年度部门整体支出绩效评价基础数据表\n财政供养人员情况(人)\n编制数\n2023年实际在职人数\n控制率\n"
    "30\n29\n96.67%\n经费控制情况(万元)\n2022年决算数\n2023年预算数\n2023年决算数\n"
    "支出总额\n510.20\n560.00\n548.30\n基本支出\n300.10\n330.00\n328.30\n其中:公用经费\n40.00\n42.00\n41.50\n"
    "项目支出\n210.10\n230.00\n220.00\n三公经费\n")
_CONTROL_BLOCK_TABLE = (
    "# 某某协会2023年度部门整体支出绩效评价基础数据表\n\n"
    "| 经费控制情况（万元） | 2022年决算数 | 2023年预算数 | 2023年决算数 |\n|---|---|---|---|\n"
    "| 支出总额 | 510.20 | 560.00 | 548.30 |\n| 基本支出 | 300.10 | 330.00 | 328.30 |\n"
    "| 项目支出 | 210.10 | | 220.00 |\n")


def test_a_basic_data_forms_spending_block_by_year_columns() -> None:
    """The 经费控制情况 block of a 基础数据表 (last year's 决算数, this year's 预算数 and 决算数 over 支出总额 /
    基本支出 / 项目支出), one cell a line or as a table: this year's 决算数 is the spending total and its parts;
    a row with a blank cell is passed over (the parts are then left out)."""
    lines = _read(_CONTROL_BLOCK_LINES)
    assert lines.budget.expenditure_total == Decimal("548.30")
    assert [(i.name, i.amount) for i in lines.budget.expenditure_items] == [
        ("基本支出", Decimal("328.30")), ("项目支出", Decimal("220.00"))]
    table = read_page(_CONTROL_BLOCK_TABLE, "page.md")
    assert table.budget.expenditure_total == Decimal("548.30")
    assert table.budget.expenditure_items == []


_SHARING_SITE_LABEL = (
    "版权说明:本文档由用户提供并上传,收益归属内容提供方\n文档简介\n"
    "1、2019年度某某宣传经费项目绩效评价自评报告一、项目总体情况某某宣传经费主要用于开展各类宣传活动,"
    "维护场馆运转,基层设施建设等。本项目预算批复30万元,当年实际到位28万元,支出20万元。\n")


def test_a_sharing_sites_label_over_the_text_is_no_title() -> None:
    """"文档简介" on a line of its own is a document-sharing site's label over the text, never the report's title
    ("文档介绍:某某自评表" goes on into the text and stays); the site's "1、" before its first chunk of text, then
    the title run into the first sentence: the title."""
    read = _read(_SHARING_SITE_LABEL)
    assert read.title == "2019年度某某宣传经费项目绩效评价自评报告" and read.year == 2019


def test_the_spending_blocks_columns_may_name_this_and_last_year_in_words() -> None:
    """上年决算数 | 本年预算数 | 本年决算数: 本年 is the evaluated year, its 决算数 column read as a dated one is."""
    worded = _CONTROL_BLOCK_LINES.replace("2022年决算数", "上年决算数").replace("2023年预算数", "本年预算数") \
        .replace("2023年决算数", "本年决算数")
    assert _read(worded).budget.expenditure_total == Decimal("548.30")
    last_year_only = _CONTROL_BLOCK_LINES.replace("2023年决算数", "2022年决算数")
    assert _read(last_year_only).budget.expenditure_total is None  # no column of the evaluated year's 决算数
