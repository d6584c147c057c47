"""Shapes found by the fourth real-page probe (docs/reader-corpora/real-probe-4.md), each rebuilt from an
invented snippet of the same shape (invented units, names and figures)."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page as _read

_COVER = ("文档简介\n"
          "1、市级财政项目支出绩效自评表( 2019年度)评价层次: 项目承担单位绩效自评r 市直主管部门绩效自评"
          "评价类型: 项目事中评价 项目事后评价r项 目 名 称: 城区路灯维护经费项目承担单位: 某市城市管理局 (公章)"
          "项目主管部门: 某市住房和城乡建设局 (公章)填报日期 2020年3月2日某市财政局 制单位基本信息"
          "单位负责人张三职务局长联系 电话1234567\n")


def test_check_box_options_naming_labels_give_no_unit() -> None:
    """"评价层次：项目承担单位绩效自评□ 市直主管部门绩效自评□" lists options: 主管部门 there is no label
    whose value is 绩效自评."""
    evaluation = _read(_COVER)
    assert evaluation.unit.supervising_department == "某市住房和城乡建设局"
    assert evaluation.project is not None
    assert evaluation.project.implementing_unit == "某市城市管理局"


def test_a_label_spaced_out_letter_by_letter() -> None:
    evaluation = _read(_COVER)
    assert evaluation.project is not None
    assert evaluation.project.name == "城区路灯维护经费"


def test_a_project_category_cell_is_no_implementing_unit() -> None:
    """"主管部门项目实施单位某馆项目类别1、上级专项…": 项目类别 is a label whose value is not kept, never a value."""
    text = ("1、 某市文化馆2022年度 项目绩效自评报告自评得分100分绩效目标完成情况执行率情况群众文化活动经费预算8万元,"
            "实际支出8万元,执行率100%。未完成的绩效目标(无)附件2:某市文化馆2022年度项目绩效自\n\n"
            "2、评表 单位名称:某市文化馆 填报日期:2023年3月项目名称群众文化活动经费主管部门项目实施单位某市文化馆"
            "项目类别1、上级专项 2、本级专项 项目属性1、持续性项目 2、新增性项目"
            "项目类型1、一次性拨付项目 2、多次拨付项目 "
            "预算执行情况(万元)(20分)预算数(A)执行数(B)执行率(B/A)得分(20分*执行率)年度财政资金总额8万8万100%20"
            "年度绩效指标一级指标二级指标三级指\n")
    evaluation = _read(text)
    assert evaluation.project is not None
    assert evaluation.project.implementing_unit == "某市文化馆"


def test_a_fund_allocated_with_gong_xiada_is_the_project_budget() -> None:
    """"某区农业农村局2022年衔接资金共下达86万元，用于实施…": the project's budget, stated in prose."""
    text = ("某区农业农村局2022年衔接资金项目绩效自评报告\n一、绩效目标分解下达情况\n"
            "（一）某区农业农村局2022年衔接资金共下达86万元，用于实施某村果蔬大棚产业项目。\n"
            "二、绩效自评工作开展情况\n项目实施过程中，严格遵守资金管理办法，专款专用。\n")
    evaluation = _read(text)
    assert evaluation.kind == "项目支出"
    assert evaluation.budget.adjusted == 86


def test_a_project_name_holding_a_bracketed_file_number_is_read_whole() -> None:
    """"项目名称 某州财行(2021)8号 某调查专项经费": the figures and brackets of a file number are part of the name."""
    text = ("项目支出绩效自评表\n(2022年度)\n项目名称 某州财行(2021)8号 某调查专项经费\n"
            "主管部门 某市统计局 实施单位 某市统计局\n项目资金\n(万元)\n"
            "资金来源 年初预算数 全年预算数 全年执行数 分值权重 执行率 得分\n"
            "年度资金总额 4.10 2.05 2.05 10 100.00% 10\n")
    evaluation = _read(text)
    assert evaluation.project is not None
    assert evaluation.project.name == "某州财行(2021)8号 某调查专项经费"


def test_a_report_on_project_funds_arrival_is_a_project_report_and_what_was_paid_is_spent() -> None:
    """Sections "1.项目资金到位情况分析" / "2.项目资金执行情况分析" mark a project report; "年初预算安排150万元" is
    its initial budget and "已按合同约定及时足额拨付资金48.20万元" what was spent."""
    text = ("一、绩效自评工作开展情况\n我中心对某某改造项目资金投入情况、绩效目标完成情况等进行了自评。\n"
            "二、绩效目标自评完成情况分析\n1.项目资金到位情况分析。\n区级财政年初预算安排150万元专项资金，用于某某改造。\n"
            "2.项目资金执行情况分析。\n区级年初预算150万元专项资金，已按合同约定和施工进度及时足额拨付资金48.20万元。\n")
    evaluation = _read(text)
    assert evaluation.kind == "项目支出"
    assert (evaluation.budget.initial, evaluation.budget.executed) == (150, Decimal("48.20"))


def test_a_fused_money_row_in_wan_before_the_indicator_header() -> None:
    """"年度财政资金总额8万8万100%20年度绩效指标…": amounts written with 万, the row run onto the next header (its
    年 is no unit of the score 20)."""
    text = ("2、评表 单位名称:某市文化馆 填报日期:2023年3月项目名称群众文化活动经费主管部门项目实施单位某市文化馆"
            "预算执行情况(万元)(20分)预算数(A)执行数(B)执行率(B/A)得分(20分*执行率)年度财政资金总额8万7.5万93.75%18.75"
            "年度绩效指标一级指标二级指标三级指\n")
    evaluation = _read(text)
    assert (evaluation.budget.adjusted, evaluation.budget.executed) == (8, Decimal("7.5"))
    assert evaluation.budget.stated_execution_rate == Decimal("93.75")


def test_a_total_row_written_with_fen() -> None:
    """"总分 | 100分" closing a table with a 得分 column only."""
    text = ("单位名称 | 某镇人民政府 |\n"
            "年度绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分 |\n"
            "产出指标 | 数量指标 | 办结来访事项 | 120件 | 120件 | 40 |\n"
            "效益指标 | 社会效益指标 | 改善镇容镇貌 | 有效改善 | 有效改善 | 30 |\n"
            "满意度指标 | 群众满意度指标 | 群众满意度 | ≥90% | 93% | 28 |\n"
            "总分 | 98分 | |||\n")
    assert _read(text).stated_total == 98


def test_a_project_s_initial_budget_after_qizhong_is_not_the_unit_s() -> None:
    """"我院共有6个支出项目，其中，某某经费年初预算数8万元，年末结算支出8万元；…": the amounts are one project's."""
    text = ("某县人民法院\n2019年度部门整体支出绩效评价报告\n1.2部门支出描述\n2019年度支出3210.50万元，其中：基本支出"
            "2100.20万元，项目支出1110.30万元。\n1.3部门项目实施情况\n我院2019年共有6个支出项目，所有项目皆按照年初预算执行。"
            "其中，法庭安保经费年初预算数8万元，年末结算支出8万元，项目资金支出进度比率为100%；\n")
    evaluation = _read(text)
    assert evaluation.budget.initial is None
    assert evaluation.budget.expenditure_total == Decimal("3210.50")


def test_the_unit_using_a_transfer_payment_s_funds_implements_it() -> None:
    text = ("中央转移支付某县体育公园项目绩效自评表 | |||\n(2023年度) | |||\n"
            "转移支付(项目)名称 | 某县体育公园项目 | ||\n"
            "中央主管部门 | 国家体育总局 | ||\n地方主管部门 | 某县人民政府 | 资金使用单位 | 某县体育发展中心 | |\n"
            "资金投入情况 (万元) |\n全年预算数(A) | 全年执行数(B) | 预算执行率(B/A×100%) | |\n"
            "年度资金总额: | 800 | 640 | 80% | |\n")
    evaluation = _read(text)
    assert evaluation.unit.supervising_department == "某县人民政府"
    assert evaluation.project is not None
    assert evaluation.project.implementing_unit == "某县体育发展中心"


def test_a_subsidy_paid_out_to_households_is_spent() -> None:
    text = ("某旗2023年耕地地力保护补贴项目支出绩效自评报告\n一、项目基本情况\n"
            "2023年上级财政下达我旗耕地地力保护补贴资金1520万元。旗财政局已将资金通过“一卡通”形式全部发放到农户手中，发放资金1520万元。\n")
    evaluation = _read(text)
    assert (evaluation.budget.adjusted, evaluation.budget.executed) == (1520, 1520)


def test_a_work_s_quality_rated_pass_is_no_grade_of_the_report() -> None:
    text = ("现将2022年某县交通运输局财政衔接推进乡村振兴资金项目绩效自评总结报告如下:\n一、绩效目标分解下达情况\n"
            "我县2022年农村公路建设项目计划投资860万元。\n1、产出指标完成情况分析\n已完成建设工程12.5公里，"
            "我局已组织相关技术人员对该项目进行验收，质量鉴定为合格。\n")
    assert _read(text).stated_grade is None


def test_a_fund_row_s_figures_run_together_are_not_read_as_one() -> None:
    """"其中:本年财政拨款3535" under "年度资金总额:353510100.00%10" (35 | 35 | 10 | 100.00% | 10): the fund row's
    "3535" is 35 and 35 run together, never 3535."""
    text = ("绩效目标自评表(2022年度)项目名称某村水渠改造项目主管部门某县水利局实施单位某县水利局资金情况(万元)"
            "全年预算数(A)全年执行数(B)分值执行率(B/A)得分年度资金总额:353510100.00%10其中:本年财政拨款3535其他资金"
            "年度总体目标年初设定目标\n")
    evaluation = _read(text)
    assert (evaluation.budget.adjusted, evaluation.budget.executed) == (35, 35)
    assert all(row.executed != 3535 for row in evaluation.budget.fund_rows)


def test_a_portal_s_name_and_address_above_a_form_s_title_are_no_part_of_the_unit() -> None:
    """"某市人民政府" / "www.…" above "某市统计局某州财行(2021)8号 某市调查队专项经费项目支出绩效自评表": the
    address is page furniture, and the unit the title opens with is the form's 主管部门, not the title up to the
    project's end."""
    text = ("某市人民政府\n\nwww.example.gov.cn\n\n某市统计局某州财行(2021)8号 某市调查队专项经费项目支出绩效自评表\n\n"
            "项目支出绩效自评表\n(2022年度)\n项目名称 某州财行(2021)8号 某市调查队专项经费\n"
            "主管部门 某市统计局 实施单位 某市统计局\n项目资金\n(万元)\n"
            "资金来源 年初预算数 全年预算数 全年执行数 分值权重 执行率 得分\n"
            "年度资金总额 4.10 2.05 2.05 10 100.00% 10\n")
    assert _read(text).unit.name == "某市统计局"


def test_a_transfer_payment_form_s_title_names_a_fund_not_a_unit() -> None:
    text = ("2023年度中央转移支付区域(某县体育公园项目)绩效自评表\n"
            "中央转移支付某县体育公园项目绩效自评表 | |||\n(2023年度) | |||\n"
            "转移支付(项目)名称 | 某县体育公园项目 | ||\n中央主管部门 | 国家体育总局 | ||\n"
            "地方主管部门 | 某县人民政府 | 资金使用单位 | 某县体育发展中心 | |\n")
    assert not _read(text).unit.name.startswith("中央转移支付")
