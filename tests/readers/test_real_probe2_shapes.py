"""Shapes found by the second real-page probe (docs/reader-corpora/real-probe-2.md), each rebuilt from
an invented snippet of the same shape (invented units, names and figures): a project report named by
its heading or by the transfer-payment template's first section, a web page's section name above the
title, the unit and the money stated in a report's opening prose, and a budget spent in full written
with three decimals."""

from __future__ import annotations

from page_reading import read_page as _read


def test_a_fused_report_headed_project_evaluation_is_a_project_report() -> None:
    text = ("1、财政支出项目绩效评价自评报告评价类型:项目完成结果评价项目名称某馆运行保障经费项目单位某市图书馆"
            "报告日期:2023年5月8日\n一、项目基本概况\n项目起止时间2022年1月起至2022年12月止\n")
    assert _read(text).kind == "项目支出"


def test_the_transfer_payment_template_s_first_section_marks_a_project_report() -> None:
    text = ("一、绩效目标分解下达情况\n（一）中央下达预算和绩效目标情况。\n省财政厅下达我县2022年某某补助资金"
            "预算86万元。\n二、绩效目标完成情况分析\n（一）资金投入情况分析\n")
    evaluation = _read(text)
    assert (evaluation.kind, evaluation.year) == ("项目支出", 2022)


def test_a_section_name_and_a_breadcrumb_above_the_title_are_no_part_of_it() -> None:
    text = ("通知公告\n\n您所在的位置: 网站首页 > 通知公告 > 正文\n\n2023年度某镇卫生院预算执行情况绩效自评报告\n\n"
            "发布时间:2024-05-06 10:00:00 来源: 作者:\n\n一、基本情况\n\n"
            "某县某镇卫生院主要负责辖区内居民的基本医疗工作。\n")
    evaluation = _read(text)
    assert evaluation.unit.name == "某镇卫生院"
    assert evaluation.year == 2023


def test_the_unit_and_the_money_stated_in_a_project_report_s_opening_prose() -> None:
    text = ("为做好2023年衔接资金项目绩效管理工作，现将2023年某县水务局衔接推进乡村振兴资金项目绩效自评总结报告如下:\n"
            "一、绩效目标分解下达情况\n我县2023年农村饮水巩固提升项目计划投资860万元，新建供水管网12.5公里。\n"
            "二、资金投入情况分析\n项目资金共860万元，截止2023年12月10日，已完成拨付831.2万元，执行率96.7%。\n")
    evaluation = _read(text)
    assert (evaluation.kind, evaluation.unit.name) == ("项目支出", "某县水务局")
    budget = evaluation.budget
    figures = (budget.adjusted, budget.executed, budget.stated_execution_rate)
    assert tuple(str(figure) for figure in figures) == ("860.00", "831.20", "96.7")


def test_a_budget_spent_in_full_written_with_three_decimals_is_not_split() -> None:
    text = ("附件: 项目支出绩效自评表 (2023年度) 项目名称 村道养护经费 主管部门 某镇人民政府 实施单位 某镇人民政府 "
            "项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额: 0 0 0 10 0 0 "
            "其中:本年财政拨款 260.50 245.912 245.912 上年结转资金 其他资金 年度总体目标 预期目标 实际完成情况 "
            "养护村道8公里 养护村道8公里 绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 "
            "偏差原因分析及改进措施 产出指标(50分) 数量指标 养护村道里程 =8公里 8 20 20 质量指标 养护合格率 "
            "≥95% 98% 30 30\n")
    rows = _read(text).budget.fund_rows
    assert [(r.name, str(r.initial), str(r.adjusted), str(r.executed)) for r in rows] == [
        ("本年财政拨款", "260.50", "245.912", "245.912")]


def test_a_web_form_s_number_cell_a_box_drawing_equals_and_a_level_ending_in_deng() -> None:
    # "| 公开9表 | 项目名称 | …": the published form's number is no cell of the form; "═" is "="; the template's
    # "服务对象满意度指标等" is the second-level word
    text = ("2023年度项目支出绩效自评表 | 部门:某县第三小学 |\n"
            "| 公开9表 | 项目名称 | 校舍维修经费 | 主管部门 | 某县教育体育局 | 实施单位 | 某县第三小学 "
            "| 项目资金 (元) |\n"
            "| 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 | 年度资金总额 |\n"
            "| 120000.00 | 120000.00 | 10 | 100% | 10 | 其中:当年财政 拨款 |\n"
            "| 120000.00 | 120000.00 | — |\n"
            "| 绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 实际完成值 | 分值 | 得分 |\n"
            "| 产出指标 | 数量指标 | 维修校舍面积 | ≧ | 800 | 平方米 | 820 | 30 | 30 |\n"
            "| 质量指标 | 验收合格率 | ═ | 100 | % | 100% | 30 | 30 |\n"
            "| 满意度指标 | 服务对象满意度指标等 | 师生满意度 | ≧ | 90 | % | 95% | 30 | 28 |\n"
            "| 总分 | 100 | 98 | 优 |\n")
    evaluation = _read(text)
    assert evaluation.project is not None
    assert (evaluation.project.name, evaluation.project.implementing_unit) == ("校舍维修经费", "某县第三小学")
    assert evaluation.unit.supervising_department == "某县教育体育局"
    rows = {i.name: i for i in evaluation.indicators}
    assert rows["验收合格率"].target is not None and rows["验收合格率"].target.comparator == "="
    assert (rows["验收合格率"].weight, rows["验收合格率"].stated_score) == (30, 30)
    satisfied = rows["师生满意度"]
    assert (satisfied.level1, satisfied.weight, satisfied.stated_score) == ("满意度指标", 30, 28)


def test_a_whole_unit_form_labelled_bu_men_names_its_unit() -> None:
    text = ("部门整体支出绩效自评表 | ||||||\n(2023年度) | ||||||\n部门 | 某县乡村建设服务中心 | |||||\n"
            "预算资金 (万元) |\n年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 | |\n"
            "年度资金总额 | 210.50 | 210.50 | 205.30 | 10 | 97.53% | 9.75 |\n")
    evaluation = _read(text)
    assert (evaluation.kind, evaluation.year, evaluation.unit.name) == ("整体支出", 2023, "某县乡村建设服务中心")


def test_a_budget_unit_label_naming_department_and_unit_one_cell_per_line() -> None:
    text = ("附件二\n\n2023年度部门整体支出绩效自评表\n\n预算部门、单位名称\n\n某县某乡人民政府\n\n \n\n"
            "年度预算申请\n\n(万元\n\n\n年初预算数\n\n全年预算数\n\n全年执行数\n\n分值\n\n执行率\n\n自评得分\n\n"
            "年度资金总额\n\n512.40\n\n640.00\n\n640.00\n\n10\n\n100%\n\n10\n\n")
    evaluation = _read(text)
    assert evaluation.unit.name == "某县某乡人民政府"
    assert (str(evaluation.budget.initial), str(evaluation.budget.executed)) == ("512.40", "640.00")


def test_a_prose_total_written_as_a_performance_mark_with_its_verdict() -> None:
    text = ("某市某局2023年度项目绩效自评报告\n（节日慰问经费项目）\n一、自评结论\n（一）自评得分\n"
            "项目严格按照实施方案开展，绩效评分96分，自评为优。\n")
    evaluation = _read(text)
    assert (evaluation.stated_total, evaluation.stated_grade) == (96, "优")


def test_a_fused_bu_men_yu_suan_zhi_xing_qing_kuang_cut_at_bu_men_is_no_unit() -> None:
    # a viewer's "部门预算执行情况" cut into 部门 | 预算执行情况: the phrase is no unit's name
    text = ("1、某区某某中心2023年度部门整体支出绩效自评报告一、部门基本情况中心为区属公益一类事业单位。"
            "部门整体绩效自评表"
            "（2023年度）主管部门某区某某中心财政处室行政政法科自评总分（分）96.50部门联系人张某某联系电话023-1234567"
            "部门预算执行情况（万元）资金总额年初预算数全年（调整）预算数全年执行数执行率（%）执行率权重执行率得分（分）"
            "420.00436.50418.3095.83%109.58当年绩效目标年初绩效目标全年（调整）绩效目标\n")
    assert _read(text).unit.name != "预算执行情况"


def test_a_bulleted_metadata_list_above_the_title_is_never_the_title() -> None:
    # "• 索引号" / "• 发布机构" / "• 自评报告" each on a line of its own (a 公开目录 value that says 自评报告)
    text = ("• 索引号\n  • 12345678-9-/2024-0301001\n  • 发布机构\n  • 某市文化和旅游局\n  • 公开目录\n  • 自评报告\n"
            "  • 发布日期\n  • 2024-03-01\n  • 文号\n  • 浏览量\n"
            "某市文化馆2023年度项目支出绩效自评报告(2023年公共文化服务补助资金\n\n一、自评结论\n\n自评得分95分。\n")
    evaluation = _read(text)
    assert (evaluation.unit.name, evaluation.year, evaluation.kind) == ("某市文化馆", 2023, "项目支出")
