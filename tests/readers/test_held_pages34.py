"""Shapes the held-out pages of stop 34 showed (docs/reader-corpora/held-34.md), each as an invented snippet:
invented units, places, projects and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

from corpus import errors as _errors
from page_reading import read_page as _read

# A county score sheet flattened from a PDF: two rows print their score inside their own scoring note, where the
# note's text wraps ("… 1 分。没 1 有不得分", "… 0.5 分,扣完为止; 3 2、…").
_NOTED = ("某市财政预算支出项目绩效目标自评表 填报日期:2021 年 4 月 6 日 自评总分: 77 项目名称 档案数字化费 "
          "项目实施单位 某市档案馆 项目主管单位 某市档案局 项目权重 评价内容 分值 自评分 项目决策 3 分 立项依据 3 3 "
          "复核分 评价标准及依据 有年度计划或上级文件计 3 分,没有不得分。 1、财务管理制度 1 分; 资金管理 4 4 "
          "2、项目管理制度 1 分; 3、有佐证资料 2 分。没有不得分。 专人管理 项目管理 12 分 1 有专人负责绩效 1 分。没 "
          "1 有不得分 1、监管记录 3 分; 过程监管 4 2 2、填报监控表 1 分。没有 不得分。 1、目标全部申报 1 分,缺一项扣 "
          "目标管理 3 0.5 分,扣完为止; 3 2、目标规范 1 分,不规范扣 0.5 分; 项目年度目标 1:扫描档案三万卷。\n")


def test_a_score_printed_inside_its_own_wrapped_note_is_read() -> None:
    evaluation = _read(_NOTED)
    rows = [(i.name, i.level1, i.weight, i.stated_score) for i in evaluation.indicators]
    assert rows == [("立项依据", "项目决策", Decimal("3"), Decimal("3")),
                    ("资金管理", "项目管理", Decimal("4"), Decimal("4")),
                    ("专人管理", "项目管理", Decimal("1"), Decimal("1")),
                    ("过程监管", "项目管理", Decimal("4"), Decimal("2")),
                    ("目标管理", "项目管理", Decimal("3"), Decimal("3"))]
    assert evaluation.stated_block_weights == {"项目决策": Decimal("3"), "项目管理": Decimal("12")}
    assert evaluation.provenance["indicators[2].stated_score"].guessed
    assert not _errors(evaluation)


def test_a_table_row_whose_cells_follow_a_rule_column_is_no_note() -> None:
    text = ("某区某局2024年度部门整体支出绩效自评报告\n"
            "一级指标\t二级指标\t三级指标\t分值\t评分标准\t指标值\t实际完成值\t得分\n"
            "投入\t目标设定\t目标合理性\t8\t符合职责得8分，否则酌情扣分\t合理\t合理\t8\n"
            "投入\t预算配置\t人员控制率\t5\t≤100%得满分，每超1%扣0.5分\t≤100%\t97%\t5\n")
    evaluation = _read(text)
    first = evaluation.indicators[0]
    assert (first.name, first.target.text if first.target else None) == ("目标合理性", "合理")


# A project report titled "某局某年度某经费绩效自评工作报告" (no 项目 in its title), its 绩效目标 table one cell a line
# ending " |": 指标名称 | 计量单位 | 指标性质 | 指标值, a qualitative row with 定性 and its words, its last cell empty.
_TARGETS = ("某县某局2023年度协管人员经费绩效自评工作报告\n一、基本情况\n（一）项目背景、内容。\n"
            "我局聘用协管人员86人，协助开展日常巡查。\n（二）项目资金情况。\n"
            "全年预算数320万元，全年执行数318.4万元，预算执行率99.5%。\n（三）绩效目标。\n"
            + "".join(cell + " |\n" for cell in (
                "指标名称", "计量单位", "指标性质", "指标值", "协管人员", "人", "=", "86", "项目持续期", "定性",
                "长期")).rstrip("\n") + " |\n"
            + "".join(cell + " |\n" for cell in ("项目成本", "万元", "≤", "320", "受益群众满意度", "%", "≥", "90"))
            + "（四）部门职能职责。\n某县某局负责全县某项管理工作。\n")


def test_a_work_report_on_a_fund_is_a_project_s_and_its_target_table_is_read() -> None:
    evaluation = _read(_TARGETS)
    assert (evaluation.kind, evaluation.year, evaluation.unit.name) == ("项目支出", 2023, "某县某局")
    assert evaluation.project is not None and evaluation.project.name == "协管人员经费"
    rows = [(i.name, i.target.comparator if i.target else None, i.target.value if i.target else None,
             i.target.unit if i.target else None, i.target.text if i.target else None, i.weight, i.actual)
            for i in evaluation.indicators]
    assert rows == [("协管人员", "=", Decimal(86), "人", None, None, None),
                    ("项目持续期", "≥", None, "", "长期", None, None),
                    ("项目成本", "≤", Decimal(320), "万元", None, None, None),
                    ("受益群众满意度", "≥", Decimal(90), "%", None, None, None)]
    assert not _errors(evaluation)


def test_a_target_column_with_no_unit_or_comparator_beside_it_stays_out() -> None:
    text = ("某县某局2023年度协管人员经费绩效自评工作报告\n（三）绩效目标。\n"
            + "".join(cell + " |\n" for cell in ("指标名称", "指标值", "协管人员", "86人", "服务对象满意度", "≥90%")))
    assert _read(text).indicators == []


def test_a_by_source_money_block_whose_rate_word_comes_whole_before_its_figure() -> None:
    def text(spent: str, rate: str) -> str:
        return ("某市财政预算支出项目绩效目标自评表 填报日期:2021 年 4 月 6 日 项目名称 档案数字化费 "
                "项目实施单位 某市档案馆 项目属性 项目资金 1、常年性 √ 2、延续性□ 4、新增性□ 中央 省、地 本级 其他 "
                "合计 执行数 (万元) (万元) (万元) (万元) (万元) (万元) 12.8 12.8 来源 项目年度目标 3、一次性□ "
                f"{spent} 执行率 {rate} 1. 扫描档案三万卷。\n")
    budget = _read(text("12.8", "100%")).budget
    assert (budget.adjusted, budget.executed, budget.stated_execution_rate) == (
        Decimal("12.8"), Decimal("12.8"), Decimal("100"))
    # the figure spent printed after the goal's cell is taken with that cell: the rate no longer fits, none is read
    budget = _read(text("12.6", "98.44%")).budget
    assert (budget.adjusted, budget.executed) == (None, None)


def test_a_viewer_chunk_cut_inside_a_numbered_result_gives_the_whole_item_to_the_next_chunk() -> None:
    filler = "组织开展宣传活动，发放资料，接受群众咨询，普及基础知识，营造良好氛围。" * 4
    text = ("1、2020年度某某宣传经费项目绩效评价自评报告一、项目总体情况某某宣传经费主要用于开展宣传活动。"
            + filler + "本项目共设置绩效目标 8 个，具体完成情况如下：\n"
            "2、(1) 投入-时效目标-资金到位率实际完成情况：实际完成 100%，已全部到位。" + filler
            + "(2) 投入-成本目标-预算执行率实\n"
            "3、际完成情况：实际完成 85.5%，未完成目标的原因是部分活动延期。\n")
    found = {i.name: (i.level1, i.level2, i.actual.value if i.actual else None) for i in _read(text).indicators}
    assert found["预算执行率"] == ("投入", "成本目标", Decimal("85.5"))
    assert _read(text.replace("1、2020", "1、12020")).unit.name == ""  # the page's own number run into the year


def test_bodies_counted_in_the_words_a_police_bureau_or_a_reform_bureau_uses() -> None:
    head = "某县某局2022年度部门整体支出绩效自评报告\n一、基本情况\n"
    police = _read(head + "某县某局是县政府组成部门，有内设所队室12个，派出所9个。\n").unit
    assert police.internal_bodies_count == 12
    reform = _read(head + "某县某局共设立办公室、财务股、规划股3个职能股室；"
                   "县某某中心、县某某站、县某某队等3个二级机构。\n").unit
    assert (reform.internal_bodies, reform.internal_bodies_count, reform.subordinate_bodies_count) == (
        ["办公室", "财务股", "规划股"], 3, 3)
    federation = _read(head + "某区妇联内设机构包括：内设办公室、宣传部、权益部。\n").unit
    assert federation.internal_bodies == ["办公室", "宣传部", "权益部"]


def test_results_told_under_a_level1_heading_and_a_level2_heading_each_on_its_own_line() -> None:
    text = ("某区某会2023年某某补助资金项目绩效自评报告\n一、项目基本情况\n该项目用于困难家庭改造。\n二、综合评价结论\n"
            "(一) 产出指标完成情况\n1、数量指标\n1)困难家庭改造数,目标值大于等于60户,实际完成62户。\n"
            "2、质量指标\n1)改造验收合格率,目标值等于100%,实际完成100%。\n(二) 效益指标完成情况\n"
            "受助家庭生活条件明显改善。\n")
    found = [(i.name, i.level1, i.level2) for i in _read(text).indicators]
    assert found == [("困难家庭改造数", "产出指标", "数量指标"), ("改造验收合格率", "产出指标", "质量指标")]


def test_the_total_row_of_a_units_table_a_viewer_ran_together() -> None:
    text = ("某省某专项转移支付2022年度绩效自评报告\n"
            "1、某省某专项转移支付2022年度绩效自评报告某省某局二O二三年三月序号各市县名称全年预算数全年执行数预算执行率"
            "1某某中心210.50198.2094.16%2某某站89.5089.50100.00%小计300.00287.7095.90%3甲市150150.00100.00%"
            "4乙市250.00231.4092.56%小计400.00381.4095.35%合计700.00669.1095.59%由上表可知，资金执行情况较好。\n")
    evaluation = _read(text)
    budget = evaluation.budget
    assert (budget.adjusted, budget.executed, budget.stated_execution_rate) == (
        Decimal(700), Decimal("669.1"), Decimal("95.59"))
    assert evaluation.provenance["budget.adjusted"].guessed


def test_a_total_row_whose_figures_fit_no_split_is_not_read() -> None:
    text = ("某省某专项转移支付2022年度绩效自评报告\n序号各市县名称全年预算数全年执行数预算执行率\n"
            "1某某中心210.50198.2094.16%合计700.00669.1080.00%\n")
    assert _read(text).budget.adjusted is None
