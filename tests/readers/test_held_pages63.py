"""Shapes the held-out pages of stop 63 showed (docs/reader-corpora/held-63.md), each as an invented snippet:
invented units, places, funds and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page as _read

_CITED = "《某省财政厅关于开展2021年度省对下转移支付预算执行情况绩效自评工作的通知》(某财监〔2022〕3号)"


def test_a_sentence_citing_a_notice_is_no_title_and_its_issuer_no_unit() -> None:
    """A transfer's report with no title line opens on "根据《某厅关于…》要求,现对…自评如下:": the sentence announces
    the report, so the fund it names is the project, and the notice's issuer is no unit (before, the sentence was
    read as the title: "根据《某省财政厅关于开展" as the unit and the implementing unit)."""
    read = _read("根据《某省财政厅关于开展2021年度绩效自评工作的通知》要求,"
                 "现对2021年度某某管护补助资金绩效目标自评如下:\n"
                 "一、绩效目标分解下达情况\n"
                 "某省财政下达某某管护补助资金共计1.2亿元,用于某某管护。\n")
    assert not read.unit.name
    assert read.project.implementing_unit is None
    assert read.project.name == "某某管护补助资金"


def test_a_long_citing_opening_names_no_unit() -> None:
    """The same opening too long for a title ("根据《…》(…号)要求,现对…"), a later sentence citing the same office's
    notice: the words before the notice's "关于" are no body's name (before, "根据《某省财政厅", opening two
    sentences, was guessed the unit: a name's first three characters were never checked for Chinese)."""
    read = _read(f"根据{_CITED}要求,现对2021年度中央对某省转移支付某某防治补助资金绩效目标自评如下:\n"
                 "一、绩效目标分解下达情况\n"
                 "(一)中央下达预算情况。\n"
                 "根据《某省财政厅关于下达2021年某某防治补助资金预算的通知》,某省下达资金共计2.5亿元。\n")
    assert not read.unit.name
    assert read.kind == "项目支出"


def test_a_transfer_evaluated_is_named_without_who_hands_it_to_whom() -> None:
    """"现对2021年度中央对某省转移支付某某防治补助资金绩效目标自评如下": the fund the opening sentence evaluates, after
    "中央对某省转移支付" (who hands it down to whom), is the project (before, no project was read)."""
    read = _read(f"根据{_CITED}要求,现对2021年度中央对某省转移支付某某防治补助资金绩效目标自评如下:\n"
                 "一、绩效目标分解下达情况\n"
                 "(一)中央下达预算情况。\n"
                 "某省财政厅下达某某防治补助资金共计2.5亿元,用于某市开展某某示范工作。\n")
    assert read.project.name == "某某防治补助资金"
    assert read.budget.adjusted == Decimal("25000")


def test_pooled_funds_announced_in_the_opening_are_the_project() -> None:
    """"现将我市2021年涉农资金统筹整合绩效自评报告如下": funds pooled (统筹整合) and evaluated as one, the report a
    project's (before, nothing said so: read as a whole unit's, no project)."""
    read = _read("根据《某省涉农资金统筹整合领导小组办公室关于做好2021年度涉农资金绩效自评工作的通知》,"
                 "我市及时组织各地、各部门开展自评,现将我市2021年涉农资金统筹整合绩效自评报告如下:\n"
                 "一、涉农资金统筹整合组织实施整体情况\n"
                 "我市领导小组全年召开会议12次,推动改革工作。\n")
    assert read.kind == "项目支出"
    assert read.project.name == "涉农资金统筹整合"


def test_a_transfers_region_form_title_names_the_transfer() -> None:
    """"某市2021年某某统筹整合转移支付区域绩效自评报告": the transfer evaluated is the project, 区域 the kind of
    report (a region's), no part of its name (before, the title named no project: 转移支付 was no project word)."""
    read = _read("某市2021年某某统筹整合转移支付区域绩效自评报告\n"
                 "一、资金统筹整合组织实施整体情况\n"
                 "我局组织业务科室按照考核事项选取项目实施。\n")
    assert read.kind == "项目支出"
    assert read.project.name == "某某统筹整合转移支付"


def test_funds_a_body_applied_for_and_was_allotted_are_the_budget() -> None:
    """"我局申报安排省级某某资金共1058万元,其中:…": the funds a bureau applied for and was allotted, its items after,
    are the year's money (before, no budget was read)."""
    read = _read("某市2021年某某统筹整合转移支付区域绩效自评报告\n"
                 "一、资金预算及区域绩效目标分解下达情况\n"
                 "我局申报安排省级某某资金共1058万元,其中:造林201万元,保护地60万元,防控40万元。\n")
    assert read.budget.adjusted == Decimal("1058")


def test_a_funds_annual_goal_named_after_the_fund() -> None:
    """"2.某某补助资金的年度绩效目标是主要用于…": a transfer's report names its fund before the goal (before, the goal
    was not read: only 本 / 该 / 项目 could stand before it). The goal keeps its closing 。 (left45's rule)."""
    read = _read("2023年度某某补助资金转移支付绩效自评报告\n"
                 "一、绩效目标分解下达情况\n"
                 "1.2023年度某某补助资金共下达860万元。\n"
                 "2.某某补助资金的年度绩效目标是主要用于某某道路建设和5座危桥改造,改善群众出行条件。\n")
    assert read.project.goal_expected == "主要用于某某道路建设和5座危桥改造,改善群众出行条件。"


def test_what_a_project_is_to_earn_is_no_income_total() -> None:
    """"…预计年总收入30万元" / "可实现总收入15万元" in a project's goal: a forecast, no account's income total (before,
    it was read as the unit's 收入总计)."""
    read = _read("某乡人民政府转移支付2022年度绩效自评报告\n"
                 "一、绩效目标分解下达情况\n"
                 "2022年某乡收到下达某某改革转移支付预算共计50万元,主要用于村级集体经济发展试点项目建设。\n"
                 "某村种植果树30亩,预计每亩产果1000公斤,可实现总收入15万元;种植梨树50亩,预计年总收入30万元。\n")
    assert read.budget.income_total is None
