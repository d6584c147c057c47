"""Shapes found by the thirteenth real-page probe (docs/reader-corpora/real-probe-13.md), each rebuilt from an
invented snippet of the same shape (invented units, names and figures)."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page as _read

from jixiao.model import Kind


def test_a_span_of_years_after_about_is_no_part_of_the_unit() -> None:
    """"某省某某厅关于2018-2020年…自评报告": the unit ends before 关于, the span's first year is no part of it."""
    ev = _read("某省水文和气象厅关于2018-2020年省级山洪预警工程支出绩效自评报告\n一、项目概况\n"
               "(一)项目基本情况。\n")
    assert ev.unit.name == "某省水文和气象厅"
    assert ev.project is not None and ev.project.name == "省级山洪预警工程"


def test_the_bracket_after_project_spending_names_the_project() -> None:
    """"某站2021年预算项目支出(取暖补贴)绩效评价自评报告": the bracket is the project, the words before it the form."""
    ev = _read("某县供暖服务站2021年预算项目支出(取暖补贴)绩效评价自评报告\n一、项目基本情况\n")
    assert ev.unit.name == "某县供暖服务站"
    assert ev.project is not None and ev.project.name == "取暖补贴"


def test_two_bodies_reporting_together_name_no_unit() -> None:
    """"某市财政局 某市某局 关于…的报告": two bodies side by side, no one unit; a site's header ("…网站 站群
    今天是:") is furniture, never the title."""
    ev = _read("某某市政府网站 站群 今天是:\n某某市农业和水利局\n"
               "某某市财政局 某某市农业和水利局 关于2020年灌区改造补助项目资金绩效评价的报告\n"
               "一、绩效目标分解下达情况\n省厅下达我市灌区改造资金30万元。\n")
    assert ev.unit.name == ""
    assert ev.kind == Kind.PROJECT and ev.year == 2020


def test_a_title_that_opens_on_a_task_names_no_unit() -> None:
    """"完善基层学校管理制度项目绩效自评报告": 学校 ends a word of the task, no body's name; the whole is the
    project."""
    ev = _read("完善基层学校管理制度项目绩效自评报告\n一、基本情况\n2021年安排项目预算资金800.00万元。\n")
    assert ev.unit.name == ""
    assert ev.project is not None and ev.project.name == "完善基层学校管理制度项目"


def test_a_body_s_name_before_its_project_is_still_split() -> None:
    ev = _read("某县第二中学校园安保项目绩效自评报告\n一、基本情况\n")
    assert ev.unit.name == "某县第二中学"
    assert ev.project is not None and ev.project.name == "校园安保项目"


def test_the_score_after_a_full_mark_in_one_sentence_is_the_total() -> None:
    """"…进行自评,总分值为100分,自评分为96分。": the whole's full mark, then its score."""
    ev = _read("某县2021年农村物流提升工程绩效评价自评报告\n"
               "按照省厅制定的标准,我局认真梳理,进行自评,总分值为100分,自评分为96分。\n一、项目投入\n")
    assert ev.stated_total == Decimal(96)
    assert ev.full_mark == Decimal(100)


def test_an_item_s_score_is_no_total() -> None:
    ev = _read("某县2021年农村物流提升工程绩效评价自评报告\n一、项目投入\n(1)政策合规性:制定了扶持政策,得6分。\n")
    assert ev.stated_total is None


def test_a_clause_opening_on_actual_spending_states_what_was_spent() -> None:
    """"实际支出项目资金80.00万元,资金执行率100.00%" / "…合计60.5万元,实际发放48.4万元,实际执行率为80%"."""
    ev = _read("某局2021年度项目支出绩效自评报告(某某前期经费)\n1.项目资金到位情况\n"
               "市财政局下达我局项目前期工作经费80.00万元。\n2.项目资金执行情况\n"
               "实际支出项目资金80.00万元,资金执行率100.00%。\n")
    assert ev.budget.executed == Decimal("80.00")
    ev = _read("某乡中心学校2022年度项目支出绩效自评报告(某某生活补助专项资金)\n1. 执行率情况。\n"
               "2022年,我校收到上级下拨某某生活补助专项资金合计60.50万元,实际发放48.40万元,实际执行率为80.00%。\n")
    assert ev.budget.adjusted == Decimal("60.50")
    assert ev.budget.executed == Decimal("48.40")
    assert ev.budget.stated_execution_rate == Decimal("80.00")


def test_a_part_s_actual_spending_is_no_total() -> None:
    ev = _read("某局2021年度项目支出绩效自评报告(某某经费)\n下达资金100万元,其中某某分项实际支出20万元。\n")
    assert ev.budget.executed is None


_SHARED_PAGE = (
    "《某县第九小学专项资金绩效自评价报告.docx》由会员分享,可在线阅读,更多相关《某县第九小学专项资金绩效自评价报告.docx"
    "(3页珍藏版)》请在某某文库上搜索。\n"
    "某县第九小学专项资金绩效自评价报告一、基本情况(一)项目基本概况我校2021年项目为一个:学生午餐补助项目(二)资金及项目"
    "绩效目标我校2021年共计安排86万元,项目绩效目标是保证学生午餐供应二、项目资金使用及管理情况资金严格按照要求使用\n")


def test_a_sharing_site_s_line_gives_the_title_its_text_runs_on() -> None:
    """"《某校专项资金绩效自评价报告.docx》由会员分享…" over the text that runs the title into its body: the title
    is the one in 《》, the unit the school, the project the one its sentence names before the next heading."""
    ev = _read(_SHARED_PAGE)
    assert ev.title == "某县第九小学专项资金绩效自评价报告"
    assert ev.unit.name == "某县第九小学"
    assert ev.kind == Kind.PROJECT and ev.year == 2021
    assert ev.project is not None and ev.project.name == "学生午餐补助项目"


def test_a_shared_document_s_name_without_report_words_is_no_title() -> None:
    ev = _read(_SHARED_PAGE.replace("专项资金绩效自评价报告.docx》由", "午餐资料》由"))
    assert ev.title != "某县第九小学午餐资料"


def test_an_evaluation_date_label_ends_the_department_before_it() -> None:
    """"…主管部门:某县人民政府评价时间:2019年5月…" run together: 评价时间 is a label of its own."""
    ev = _read("项目名称:某某苗木基地建设项目项目单位:某县林业局主管部门:某县人民政府"
               "评价时间:2019年5月10日至2019年5月20日组织方式:□财政部门☑项目单位上报时间:2019年5月30日\n一、项目基本情况\n")
    assert ev.unit.supervising_department == "某县人民政府"


_PAIRS_PROSE = (
    "某镇中心小学2022年度项目支出绩效自评报告\n(某某午餐补助专项资金)\n"
    "一、自评结论\n"
    "2. 完成的绩效目标。\n产出指标完成情况。一是数量指标:2022年,我校享受午餐补助学生300人次。四是成本指标:"
    "某某午餐补助小学走读学生人均补助标准指标值800元/生.年,全年实际完成值800元/生.年;"
    "某某午餐补助初中走读学生人均补助标准指标值950元/生.年,全年实际完成值900元/生.年。\n")


def test_targets_and_actuals_stated_in_sentences_are_indicators() -> None:
    """"…人均补助标准指标值800元/生.年,全年实际完成值800元/生.年;…" with no table and no weight: each clause is an
    indicator with its target and actual, under the level its sentence opens on, and no weight or score."""
    ev = _read(_PAIRS_PROSE)
    # (the project's own words before each name, 某某午餐补助, are dropped: held-28.md, cause 13)
    assert [i.name for i in ev.indicators] == ["小学走读学生人均补助标准", "初中走读学生人均补助标准"]
    second = ev.indicators[1]
    assert second.level2 == "成本指标"
    assert second.target is not None and second.target.value == Decimal(950) and second.target.unit == "元/生.年"
    assert second.actual is not None and second.actual.value == Decimal(900)
    assert second.weight is None and second.stated_score is None


def test_sentence_pairs_never_add_to_a_table_s_indicators() -> None:
    table = ("\n| 一级指标 | 二级指标 | 三级指标 | 分值 | 得分 |\n|---|---|---|---|---|\n"
             "| 产出指标 | 数量指标 | 受助学生人数 | 50 | 50 |\n")
    ev = _read(_PAIRS_PROSE + table)
    assert [i.name for i in ev.indicators] == ["受助学生人数"]


def test_a_project_s_fiscal_spending_evaluation_is_a_project_report() -> None:
    """"某某工程项目财政支出绩效评价报告" with no other signal: a project's evaluation, not the whole unit's."""
    ev = _read("欢迎来到某某文库\n浏览记录\n1、某某苗木基地建设市级配套项目财政支出绩效评价报告评价类型:□实施过程评价"
               "☑完成结果评价项目名称:某某苗木基地建设市级配套项目项目单位:某县林业局\n")
    assert ev.kind == Kind.PROJECT


def test_a_shared_title_of_form_words_names_no_unit() -> None:
    """"《财政支出项目绩效评价自评报告.docx》由会员分享": 财政支出项目 is the form's words; the unit is the label's."""
    ev = _read("《财政支出项目绩效评价自评报告.docx》由会员分享,可在线阅读。\n"
               "1、财政支出项目绩效评价自评报告评价类型:项目完成结果评价项目名称:某某图书补助经费项目单位:某县图书馆"
               "主管部门:某县文化局\n一、项目基本概况\n")
    assert ev.unit.name == "某县图书馆"


def test_a_run_together_project_name_that_opens_on_its_year_stays_whole() -> None:
    """"项目名称:2019年某某苗木基地建设项目项目单位:…" run together: the year opens the name, no cell of its own."""
    ev = _read("1、某某苗木基地建设项目财政支出绩效评价报告评价类型:□实施过程评价☑完成结果评价"
               "项目名称:2019年某某苗木基地建设项目项目单位:某县林业局主管部门:某县人民政府评价时间:2020年6月15日\n")
    assert ev.project is not None and ev.project.name == "2019年某某苗木基地建设项目"
    assert ev.unit.supervising_department == "某县人民政府"
