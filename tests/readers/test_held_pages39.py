"""Shapes the held-out pages of stop 39 showed (docs/reader-corpora/held-39.md), each as an invented snippet:
invented units, places, projects and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page

from jixiao.checks import run_checks
from jixiao.checks.finding import Severity


def test_a_building_year_is_not_the_reports() -> None:
    """"某县体育馆于2011 年建成，投资总额…": the facility's history, never the report's year; a later line's year is
    ("2019年全年开放…"). A result "2019年建成某某8个" stays the report's year."""
    text = ("根据《关于做好2019年某某场馆免费开放工作的通知》要求,现将某州体育馆2019免费开放补助资金使用和管理"
            "自评报告公示如下。\n一、项目基本情况\n某县全民体育馆于2011 年建成,投资总额 860万元、建筑面积 4200"
            " 平方米。\n二、开放服务情况\n2019年全年开放天数为300天。\n")
    read = read_page(text)
    assert read.year == 2019
    assert read.kind == "项目支出"  # a fund's 使用和管理自评报告 speaks of a project
    result = read_page("一、项目完成情况\n2019年建成村级健身广场8个,覆盖全镇。\n")
    assert result.year == 2019


def test_a_funds_halves_and_their_sum_in_one_sentence() -> None:
    """"…下达中央财政资金A万元，县财政资金B万元，共计下达Z万元" with A + B = Z: Z is the fund's budget, not its first
    half; a 共计 the amounts do not add up to is no sum of them."""
    text = ("某县2020年某某工程维修养护资金绩效自评报告\n一、概述\n本项目批复总投资48.6万元。其中:依据某某文件"
            "下达中央财政资金24.3万元,县财政资金24.3万元,共计下达48.6万元。\n")
    assert read_page(text).budget.adjusted == Decimal("48.6")
    unsummed = text.replace("共计下达48.6万元", "共计下达52万元")
    assert read_page(unsummed).budget.adjusted == Decimal("24.3")


def test_two_funds_rates_in_their_own_sentences_are_no_contradiction() -> None:
    """"某某补助资金全年共…，预算执行率100%。" then "某某管护补助资金全年共…，当年未使用，预算执行率0%。": each
    sentence opens on its own fund, so each rate is that fund's, not the budget's stated twice — no error-level
    finding; one sentence restating the budget's rate still contradicts another."""
    text = ("某市某某局2021年度中央对地方转移支付绩效自评报告\n一、资金投入情况\n"
            "中央财政补助资金全年共120万元,拨付使用了120万元,预算执行率100%。\n"
            "某某林管护补助资金全年共6万元,当年未使用,预算执行率0%。\n")
    read = read_page(text)
    errors = {f.code for f in run_checks(read) if f.severity is Severity.ERROR}
    assert "TEXT_TABLE_MISMATCH" not in errors
    assert read.budget.stated_execution_rate is None
    restated = read_page("某市某某局2021年度某某专项资金绩效自评报告\n项目资金全年预算执行率96%。\n"
                         "经核实,全年预算执行率90%。\n")
    assert "TEXT_TABLE_MISMATCH" in {f.code for f in run_checks(restated) if f.severity is Severity.ERROR}


def test_a_pages_source_line_names_its_publisher() -> None:
    """"发布时间:… 来源:某县某某局 浏览:" under a title that names only the county and its fund: the source, a body of
    that county, is the publishing unit (a guess); a newspaper as the source names none."""
    text = ("您现在位置: 首页 > 专题专栏\n某县2020年某某工程水利发展资金绩效自评报告\n"
            "发布时间:2021-03-02 10:15 来源:某县农业农村水利局 浏览:\n一、概述\n本项目批复总投资20万元。\n")
    read = read_page(text)
    assert read.unit.name == "某县农业农村水利局"
    assert read.provenance["unit.name"].guessed
    assert not read_page(text.replace("某县农业农村水利局", "某某日报")).unit.name


def test_a_covers_money_pairs_as_web_cells() -> None:
    """"计划安排资金(万元) | 120.00 | 实际到位资金(万元) | 110.00 | |||||" and "实际支出(万元) | 108.50 | |||||||":
    the planned allocation is the year's budget and 实际支出 what was spent; money received is neither."""
    text = ("某县财政支出政策绩效评价报告\n项目名称 2021年某某活动专项资金\n项目单位 某县文化馆\n"
            "一、项目基本概况 | ||||||||\n项目负责人 | 某某 | 联系电话 | 12345678 | ||||||\n"
            "计划安排资金(万元) | 120.00 | 实际到位资金(万元) | 110.00 | ||||||\n"
            "实际支出(万元) | 108.50 | ||||||||\n")
    budget = read_page(text).budget
    assert (budget.adjusted, budget.executed) == (Decimal("120.00"), Decimal("108.50"))


def test_a_projects_sources_by_level_with_their_sum_restated() -> None:
    """"项目批复总投资X万元，其中中央财政资金A万元，县财政配套资金B万元，某年度中央下达资金X万元": the sources by
    level are fund rows (县财政 is a level's money), and the last amount, the parts' sum restated, is none of them."""
    text = ("某县2020年某某工程水利发展资金绩效自评报告\n(二)资金分配情况\n项目批复总投资48.6万元,其中中央财政资金"
            "24.3万元,县财政配套资金24.3万元,2020年度中央下达资金48.6万元。\n")
    rows = read_page(text).budget.fund_rows
    assert [(r.name, r.adjusted) for r in rows] == [("中央财政资金", Decimal("24.3")),
                                                     ("县财政配套资金", Decimal("24.3"))]


def test_a_masked_first_allocation_leaves_the_budget_unread() -> None:
    """A tender site's copy that masks figures: "下达给我单位资金 点击查看>> 万元" then a second batch "下达给我单位资金
    1.20万元，其中…调减…" — the year's first allocation is unknown, so the later batch is not the fund's budget;
    with the first figure shown it is."""
    text = ("某市某某局2021年度中央对地方转移支付绩效自评报告\n1、项目资金到位情况分析\n"
            "根据某某文件,下达给我单位资金 点击查看>> 万元,其中:某某补助 点击查看>> 万元。\n"
            "根据某某文件,下达给我单位资金1.20万元,其中:某某抚育补助调减0.80万元,造林补助2.00万元。\n")
    assert read_page(text).budget.adjusted is None
    shown = read_page(text.replace("资金 点击查看>> 万元,", "资金86.50万元,", 1))
    assert shown.budget.adjusted == Decimal("86.50")


def test_an_untitled_report_announcing_a_bodys_fund_after_its_year() -> None:
    """"现将某州体育馆2019免费开放补助资金使用和管理自评报告公示如下": the fund after the body and the year is the
    project's name (a guess); an announcement of the body's whole spending names no fund."""
    text = ("根据《关于做好2019年某某场馆免费开放工作的通知》要求,现将某州体育馆2019免费开放补助资金使用和管理"
            "自评报告公示如下。\n一、项目基本情况\n2019年全年开放天数为300天。\n")
    read = read_page(text)
    assert read.project.name == "免费开放补助资金"
    assert read.provenance["project.name"].guessed
    whole = read_page("现将某县某某局2022年度部门整体支出绩效自评报告公示如下。\n一、部门基本情况\n")
    assert whole.project is None or not whole.project.name


def test_a_transfer_forms_money_run_together_under_its_marked_header() -> None:
    """A 绩效目标自评表 a viewer ran together: "全年预算数(A)全年执行数(B)预算执行率(B/A×100%)年度资金总额:
    808.10692.9885.75%" — 预算执行率 with its formula is one header cell, so the run splits into its three columns
    (a guess)."""
    text = ("某某补助资金绩效目标自评表\n(2024年度)\n转移支付(项目)名称某某补助资金中央主管部门某某部地方主管部门某某厅"
            "资金使用单位某区某某局资金投入情况(万元)全年预算数(A)全年执行数(B)预算执行率(B/A×100%)"
            "年度资金总额:808.10692.9885.75%其中:中央财政资金808.10692.9885.75%地方资金其他资金\n")
    read = read_page(text)
    budget = read.budget
    assert (budget.adjusted, budget.executed, budget.stated_execution_rate) == (
        Decimal("808.10"), Decimal("692.98"), Decimal("85.75"))
    assert read.provenance["budget.executed"].guessed


def test_a_form_run_together_inside_a_metadata_cell() -> None:
    """A site's metadata row whose 内容概述 cell repeats the whole 绩效目标自评表 run together ("信息名称 | 某某自评表 |
    内容概述 | 某某自评表(2023年度)转移支付(项目)名称…年度资金总额:260260100%其中:中央财政资金260260100%… |"): the
    cell is cut at the form's words, so its money reads (a guess) though the form proper below is cut short."""
    text = ("索引号 | 11340000-2023-00001 | 发布机构 | 某市某某局 |\n"
            "信息名称 | 某某防疫补助绩效目标自评表 (2023年度) | 内容概述 | 某某防疫补助绩效目标自评表(2023年度)"
            "转移支付(项目)名称2023年某某防疫补助中央主管部门某某部地方主管部门省某某厅资金使用单位某市某某局"
            "资金投入情况(万元)全年预算数(A)全年执行数(B)预算执行率(B/A×100%)年度资金总额:260260100%"
            "其中:中央财政资金260260100%地方资金其他资金资金管理情况情况说明 |\n"
            "某某防疫补助绩效目标自评表 | |||||||\n(2023年度) | |||||||\n")
    read = read_page(text)
    assert (read.budget.adjusted, read.budget.executed, read.budget.stated_execution_rate) == (
        Decimal("260"), Decimal("260"), Decimal("100"))
    assert read.provenance["budget.executed"].guessed
    assert [(r.name, r.adjusted) for r in read.budget.fund_rows] == [("中央财政资金", Decimal("260"))]
