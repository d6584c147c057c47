"""Shapes the held-out pages of stop 42 showed (docs/reader-corpora/held-42.md), each as an invented snippet:
invented units, places, projects and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page as _read


def test_a_colonless_metadata_row_is_no_unit() -> None:
    """A mirror's metadata rows with no colons ("公开目录 自评报告 发布日期 …", "主题词") above the title: page
    furniture, so the title stands alone and the 发布机构 the first row names is the unit (a guess)."""
    read = _read("索引号 00000000-0-/2020-0601001 发布机构 某市某某局\n公开目录 自评报告 发布日期 2020-06-01\n"
                 "文号 浏览量\n主题词\n2019年度项目绩效自评报告(某某示范项目资金)\n\n一、项目基本情况\n"
                 "2018年我市被确定为某某示范市以来,扎实推进示范工作。\n")
    assert read.title == "2019年度项目绩效自评报告(某某示范项目资金)"
    assert read.unit.name == "某市某某局"
    assert read.project.name == "某某示范项目资金"
    assert read.year == 2019


def test_a_third_partys_cover_run_into_one_line_gives_the_project_unit() -> None:
    """A firm's report from a PDF run into one line, under its file name: the file name's "某年某某费" is the project
    (the 项目名称 label keeps its year), and the unit is the cover's 项目单位, not the project's name."""
    read = _read("2019 年某某经办业务费绩效评价报告.pdf\n财政项目支出绩效评价报告 项目名称: 2019 年某某经办业务费 "
                 "项目单位: 某市某某事务中心 主管部门: 某市某某局 委托单位: 某市某某局 评价机构:某某咨询有限公司 "
                 "2020 年 6 月 1 日 目录 摘 要 . 3 一、项目基本情况 . 5\n")
    assert read.project.name == "2019年某某经办业务费"
    assert read.unit.name == "某市某某事务中心"
    assert read.unit.supervising_department == "某市某某局"


def test_a_file_names_generic_report_words_name_no_project() -> None:
    """A sharing site's "2024年项目支出绩效评估报告.docx": 评估 is a report's word as 评价 is, and "项目支出" alone
    names no project."""
    read = _read("2024年项目支出绩效评估报告.docx\n《2024年项目支出绩效评估报告.docx》由会员分享,可在线阅读。\n"
                 "1、根据县财政局的通知要求,我馆成立了绩效评价工作小组。\n")
    assert read.project is None or read.project.name is None


_SUMMARY = ("一、自评工作开展情况\n(一)部门年度总体目标\n某某企业数达到30家以上。\n"
            "(三)部门绩效自评工作组织实施情况\n县某某局高度重视,对县某某局2024年经费使用情况进行了自查和自评。\n"
            "二、部门预算支出情况\n部门总体预算为1234567.80元,执行数1234567.80元,执行率100%,涉及项目6个。\n"
            "三、项目自评结果及分析\n(一)项目支出单位自评分数情况及分析\n"
            "2025年某县某某局部门对2024年度6个项目进行自评,同时对部门整体支出开展了绩效自评工作。经自评,项目绩效"
            "自评分数总体较好,有6个预算项目绩效自评得分在90(含)-100分,绩效自评等级为“优”,占比100%。"
            "我局2024年度部门整体支出绩效自评得分为98.50,绩效自评等级为\n")


def test_an_untitled_departments_summary_is_the_whole_units() -> None:
    """An untitled 部门绩效自评 summary: "对2024年度6个项目进行自评" is a count of the unit's projects, no project
    (and no kind); the line's first signal, 部门整体, makes it a whole-unit report; the grade of "6个预算项目" is
    theirs, not the unit's; the unit names itself before 对 (the text saying 我局), a guess."""
    read = _read(_SUMMARY)
    assert read.kind == "整体支出"
    assert read.project is None or read.project.name is None
    assert read.stated_total == Decimal("98.50")
    assert read.stated_grade is None
    assert read.unit.name == "某县某某局"


def test_a_departments_total_budget_in_one_sentence() -> None:
    """"部门总体预算为X元，执行数X元，执行率100%": the year's budget (guessed as the adjusted one) beside what was
    spent, in 元 read as 万元."""
    read = _read(_SUMMARY)
    assert read.budget.adjusted == Decimal("123.456780")
    assert read.budget.executed == Decimal("123.456780")
    assert read.budget.stated_execution_rate == Decimal("100")


def test_a_commissioned_firm_names_the_unit_it_evaluated() -> None:
    """"受某县财政局委托，我所…对某县某镇人民政府2021年某某专项资金项目进行绩效评价": the unit is the body the firm
    evaluated (a guess), never the firm or the bureau that commissioned it."""
    read = _read("文件名称: | |||\n索引号: | 发文编号: | ||\n2021年度某县某镇某某专项资金\n绩效评价报告\n"
                 "某会某报字(2022)第0001号\n根据有关文件要求,受某县财政局委托,我所成立绩效评价工作组对某县某镇人民政府"
                 "2021年某某专项资金项目进行绩效评价。评价工作已完成,报告如下:\n一、项目基本情况\n")
    assert read.unit.name == "某县某镇人民政府"
    assert read.year == 2021
    assert read.kind == "项目支出"


def test_the_payment_rate_right_after_the_budget() -> None:
    """A 衔接资金 project's "资金预算80万元，支付率100%": the payment's rate is the budget's execution rate."""
    read = _read("某县某镇某某站提升改造项目绩效自评报告\n一、绩效目标分解下达情况\n"
                 "2022年某县下达第一批衔接资金80万元,全部列入某某站提升改造项目。\n二、绩效目标完成情况分析\n"
                 "该项目购置某某车辆1辆,验收合格率100%。资金预算80万元,支付率100%。\n")
    assert read.budget.adjusted == Decimal("80")
    assert read.budget.stated_execution_rate == Decimal("100")


def test_a_programme_evaluated_is_a_project() -> None:
    """An essay's title "某某改善计划绩效评估报告": a programme (计划) evaluated is a project, not a whole unit."""
    read = _read("某某改善计划绩效评估报告\n某某改善计划绩效评估报告1\n一、投入\n(1)项目立项\n"
                 "某县已将某某改善计划纳入发展规划,设定了绩效目标,做到了细化、量化。\n")
    assert read.kind == "项目支出"


def test_a_body_introduced_after_a_full_stop_is_the_unit() -> None:
    """A viewer's run-on text "…工作小组。某县某某馆为县委直属参照公务员管理事业单位" (the text saying 我馆): the body
    the sentence introduces is the unit, a guess, when nothing else named it."""
    read = _read("某某报告.docx\n1、根据县财政局的通知要求,我馆成立了绩效评价工作小组。本项目为某某建设。"
                 "某县某某馆为县委直属参照公务员管理正科级事业单位,内设办公室、利用股。\n")
    assert read.unit.name == "某县某某馆"
