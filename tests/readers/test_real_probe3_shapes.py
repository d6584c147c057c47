"""Shapes found by the third real-page probe (docs/reader-corpora/real-probe-3.md), each rebuilt from
an invented snippet of the same shape (invented units, names and figures)."""

from __future__ import annotations

from page_reading import read_page as _read


def _budget(text: str, *fields: str) -> tuple[str, ...]:
    budget = _read(text).budget
    return tuple(str(getattr(budget, field)) for field in fields)


def test_numbered_template_rows_run_together_by_a_sheet_viewer_are_read_as_rows() -> None:
    text = ("某县项目支出绩效自评表 (2022年度) 项目名称 家庭医生服务 主管部门 某县卫生健康局 实施单位 某镇卫生院 "
            "指标1:建档人数 不少于9种 指标2:随访 分值 得分 "
            "指标3:开展义诊活动 10次 14次 2 2 指标4:签约服务人数 860人 812人 3 2.7 "
            "指标5:重点人群体检率 90.00% 93.50% 2 2 指标6:结案病例 6例 6例 1 1 质量指标 指标1:服务规范\n")
    rows = [(i.name, str(i.target.value) + i.target.unit if i.target else None, str(i.actual.value) + i.actual.unit
             if i.actual else None, str(i.weight), str(i.stated_score)) for i in _read(text).indicators]
    assert rows == [("开展义诊活动", "10次", "14次", "2", "2"), ("签约服务人数", "860人", "812人", "3", "2.7"),
                    ("重点人群体检率", "90.00%", "93.50%", "2", "2"), ("结案病例", "6例", "6例", "1", "1")]


def test_two_numbered_rows_or_a_score_over_its_weight_are_no_table() -> None:
    text = ("某县项目支出绩效自评表 (2022年度) 项目名称 家庭医生服务 "
            "指标1:开展义诊活动 10次 14次 2 2 指标2:签约服务人数 860人 812人 3 5 指标3:结案病例 6例 6例 1 1\n")
    assert _read(text).indicators == []


def test_a_fund_s_allocation_and_rate_in_prose_name_the_budget_and_its_rate() -> None:
    text = ("某市林业局2022年度项目绩效自评报告\n（市级护林员补助经费项目）\n一、项目资金情况\n"
            "1.项目资金到位情况。某市财政局下达我局护林员补助经费48.60万元，全部到位。\n"
            "2.项目资金执行情况。2022年度护林员补助经费执行率为100%。\n")
    assert _budget(text, "adjusted", "stated_execution_rate") == ("48.60", "100")


def test_rates_of_several_funds_in_one_sentence_are_not_the_budget_s() -> None:
    text = ("一、绩效目标分解下达情况\n项目年初总体目标为:中、省下达某某补助资金合计520万元。\n"
            "实际完成情况为:中央资金完成300万元,预算执行率85.5%,省级资金完成118万元,预算执行率98.33%。\n"
            "二、绩效目标完成情况分析\n(一)资金投入情况分析。2022年某某补助资金共投入资金800万元。"
            "全年执行资金736万元,执行率92%。\n")
    assert _budget(text, "adjusted", "executed", "stated_execution_rate") == ("800.00", "736.00", "92")


def test_the_first_allocation_stays_the_budget_when_no_rate_fits_another() -> None:
    text = ("一、绩效目标分解下达情况\n上级下达某某工程资金48万元，共投入资金52万元。\n"
            "项目实际完成投资45.3万元。\n")
    assert _budget(text, "adjusted", "executed") == ("48.00", "45.30")


def test_a_breadcrumb_is_not_wrapped_onto_the_report_s_title_below_it() -> None:
    text = ("某县人民政府\n首页 >> 部门信息公开 >> 某县交通运输局 >> 正文\n\n"
            "某县2021年第二批农村公路安全防护工程绩效自评报告\n\n日期:2022年03月02日   作者:   来源:\n\n"
            "一、绩效目标分解下达情况\n\n某县2021年第二批农村公路安全防护工程经州交通运输局下达，下达资金30万元，"
            "实际完成投资28.5万元。\n")
    evaluation = _read(text)
    assert evaluation.title == "某县2021年第二批农村公路安全防护工程绩效自评报告"
    assert (evaluation.kind, evaluation.project.name) == ("项目支出", "第二批农村公路安全防护工程")


def test_a_content_farm_s_lead_and_picture_are_no_part_of_the_title() -> None:
    text = ("【#某某文档网# 导语】以下是小编为您整理的《乡村卫生室建设项目绩效自评报告》,欢迎阅读!\n"
            "![卫生室,绩效,报告](/static/img/rand/big_1.jpg)\n乡村卫生室建设项目\n绩效自评报告\n"
            "一、项目概况\n申报预算资金86万元,已完成批复。\n")
    evaluation = _read(text)
    assert (evaluation.project.name, str(evaluation.budget.adjusted)) == ("乡村卫生室建设项目", "86.00")


def test_a_title_s_last_words_on_a_line_of_their_own_and_the_score_under_its_heading() -> None:
    text = ("县农机站2021年度农机安全检验类项目\n自评结果\n一、自评结论\n(一)自评得分\n"
            "对照年初部门预算中项目支出绩效目标设定的各项指标值进行打分,自评得分96分。\n(二)绩效目标完成情况\n"
            "1.执行率情况。\n2021年度检验类项目预算数为86万元,执行数为84.5万元,预算执行率98.26%。\n")
    evaluation = _read(text)
    assert (evaluation.title, evaluation.kind) == ("县农机站2021年度农机安全检验类项目自评结果", "项目支出")
    assert (str(evaluation.stated_total), str(evaluation.budget.adjusted)) == ("96", "86.00")


def test_a_budget_stated_as_spent_in_full() -> None:
    text = ("某县2023年度国家免费孕检项目绩效评价自评报告\n一、项目基本情况\n"
            "我县及时将预拨资金分配到各项目实施机构，2023年度免费孕检服务资金128万元全部执行到位。\n")
    assert _budget(text, "adjusted", "executed") == ("128.00", "128.00")


def test_a_system_export_s_labels_and_money_runs_one_row_a_line() -> None:
    text = ("某县农业农村局2021年度预算项目绩效自评表\n"
            "一、基本情况 项目名称: 春耕农资补贴 是否为专项资金: 实施(主管)单位 312004-某县农业农村局机关 "
            "金额单位: 万元\n"
            "二、预算执行情况 预算安排情况(调整后) 资金到位情况 资金执行情况 预算执行进度(%)\n"
            "预算数 12.50 到位数 12.50 执行数 11.80 94.40\n"
            "其中:财政资金 12.50 其中:财政资金 12.50 其中:财政资金 11.80\n其他 0.00 其他 0.00 其他 0.00\n"
            "三、目标完成情况 年度预期目标 具体完成情况 总体完成率(%)\n")
    evaluation = _read(text)
    assert (evaluation.project.name, evaluation.project.implementing_unit) == ("春耕农资补贴", "某县农业农村局机关")
    assert _budget(text, "adjusted", "executed", "stated_execution_rate") == ("12.50", "11.80", "94.40")
    assert [(r.name, str(r.adjusted), str(r.executed)) for r in evaluation.budget.fund_rows] == [
        ("财政资金", "12.50", "11.80")]


def test_a_row_of_figures_with_an_unknown_label_is_no_money_run() -> None:
    text = ("某县农业农村局2021年度预算项目绩效自评表\n预算数 12.50 培训人数 40 执行数 11.80\n")
    assert _budget(text, "adjusted", "executed") == ("None", "None")


def test_a_system_export_s_indicator_rows_one_a_line_under_a_two_line_header() -> None:
    text = ("某县农业农村局2021年度预算项目绩效自评表\n"
            "四、年度绩效指标完成情况 一级指标 二级指标 三级指标 指标分值 预期指标值 单项指标实际完成值 "
            "单项指标完成情况 自评得分\n"
            "符号 单位(文字描述) 单项指标得分 权重占比(%) 单项指标折算得分\n"
            "产出指标 数量指标 补贴农户数 享受补贴的农户户数 >= 320 户(户数) 326户 完成 40.00 40.00 16.00\n"
            "时效指标 发放及时率 按月发放到户的比例 >= 95 %(百分比) 97% 完成 30.00 30.00 9.00\n"
            "满意度指标 服务对象满意度指标 农户满意度 受补贴农户的满意程度 >= 90 %(百分比) 96% 完成 20.00 20.00 4.00\n")
    rows = [(i.level1, i.level2, i.name, f"{i.target.comparator}{i.target.value}{i.target.unit}" if i.target else None,
             f"{i.actual.value}{i.actual.unit}" if i.actual else None) for i in _read(text).indicators]
    assert rows == [("产出指标", "数量指标", "补贴农户数", "≥320户", "326户"),
                    ("产出指标", "时效指标", "发放及时率", "≥95%", "97%"),
                    ("满意度指标", "服务对象满意度指标", "农户满意度", "≥90%", "96%")]


def test_a_count_of_internal_bodies_with_no_names_and_spaces_from_a_pdf() -> None:
    text = ("2022 年某市统计局整体支出 绩效自评报告 一、部门基本情况 我局成立于 1980 年，属于国家行政单位，设 9 个内设 "
            "机构。我局实有编制数 40 人，2022 年末在职人数 36 人。\n")
    assert _read(text).unit.internal_bodies_count == 9


def test_fund_sources_in_brackets_after_the_budget() -> None:
    text = ("某县2022年度敬老院运行经费项目绩效评价报告\n（二）项目预算\n"
            "某县2022年度敬老院运行经费项目预算合计为210.50万元(其中:自治区80.25万元,县级130.25万元)。\n")
    evaluation = _read(text)
    assert str(evaluation.budget.adjusted) == "210.50"
    assert [(r.name, str(r.adjusted)) for r in evaluation.budget.fund_rows] == [("自治区", "80.25"), ("县级", "130.25")]


def test_a_label_cut_short_by_a_text_layer_is_no_project_name() -> None:
    text = ("某市财政预算支出项目绩效目标自评表 填报日期:2022 年 8 月 10 项目名称 项目主管单 位 自评总分: 92 "
            "项目实施单位 某市水利局 某市水利局 项目负责人 某某 1、常年性 2、延续性□\n")
    assert _read(text).project is None or _read(text).project.name != "项目主管单"


def test_the_unit_that_evaluates_itself_named_in_the_opening_sentence() -> None:
    text = ("某省某某补助资金(省对下转移支付)项目2019年度绩效自评报告\n"
            "根据《某省财政厅关于开展2019年度省级财政支出绩效自评工作的通知》的规定,某省盲人协会联合会(以下简称"
            "“省盲协”)成立绩效自评工作专班,对某省某某补助资金进行绩效自评。\n一、项目基本情况\n")
    assert _read(text).unit.name == "某省盲人协会联合会"


def test_a_transfer_payment_report_titled_after_its_unit_and_its_prose_budget() -> None:
    text = ("某县某乡人民政府转移支付2022年度绩效自评报告\n一、绩效目标分解下达情况\n"
            "2022年某乡收到中央、市级下达农村综合改革转移支付预算共计40万元,主要用于村级集体经济发展试点项目建设。\n")
    evaluation = _read(text)
    assert (evaluation.unit.name, str(evaluation.budget.adjusted)) == ("某县某乡人民政府", "40.00")


def test_a_total_then_its_sources_after_共() -> None:
    text = ("一、绩效目标分解下达情况\n(一)财政专项衔接资金下达预算及项目情况\n"
            "2022年我镇获得财政衔接资金共860.50万元,其中:中央专项衔接资金500万元,省级专项衔接资金350.5万元,"
            "市级资金10万元。\n")
    evaluation = _read(text)
    assert str(evaluation.budget.adjusted) == "860.50"
    assert [r.name for r in evaluation.budget.fund_rows] == ["中央专项衔接资金", "省级专项衔接资金", "市级资金"]


def test_a_region_or_a_project_before_the_title_s_report_words_is_no_unit() -> None:
    region = _read("某某县2021年第二批农村公路安全防护工程绩效自评报告\n一、绩效目标分解下达情况\n")
    assert region.unit.name == ""
    sheet = _read("家庭医生签约服务项目支出绩效自评表.xlsx\n某县项目支出绩效自评表 (2022年度) "
                  "项目名称 家庭医生签约服务 主管部门 某县卫生健康局 实施单位 某镇卫生院\n")
    assert sheet.unit.name != "家庭医生签约服务"
    bureau = _read("某县教育局项目支出绩效自评表\n项目名称 校舍维修\n")
    assert bureau.unit.name == "某县教育局"


def test_the_cover_s_maker_of_the_form_is_no_title() -> None:
    text = ("评价类型:项目实施过程评价□项目完成结果评价□\n项目名称:某县农村公路养护\n项目单位:某县农村公路养护中心\n"
            "主管部门:某县交通运输局\n报告日期:2021年07月12日\n某县财政局(制)\n一、项目基本概况\n")
    assert _read(text).title != "某县财政局(制)"
