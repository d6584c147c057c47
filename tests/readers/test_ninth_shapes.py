"""Shapes of the ninth set (invented units and figures): weights printed as percentages of the form
("15%"), indicators as a numbered prose list under level labels closed by "。" with quoted names, a
专项资金 money table with one row per 资金来源 and 下达预算数 / 实际到位数 / 实际支出数（元） / 支出率 columns."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from page_reading import read_saved as _read

from jixiao.readers.cells import fit


def test_a_weight_cell_may_be_a_percentage_but_a_plain_number_fits_better() -> None:
    share, plain = fit("weight", "15%"), fit("weight", "15")
    assert share is not None and plain is not None and share < plain
    assert fit("score", "15%") is None  # a score is points, never a share
    assert fit("weight", "100%") is None  # more than half the form: a 得分系数 or a rate, not a weight


def test_weights_printed_as_percentages_are_read(tmp_path: Path) -> None:
    text = ("某县人民医院2024年度项目支出绩效自评表\n单位：万元\n| 项目名称 | 远程医疗协作补助 |  |  |\n"
            "| 资金情况 | 全年预算数 | 全年执行数 | 执行率 | 权重 | 得分 |\n"
            "| 年度资金总额 | 300.00 | 291.00 | 97.00% | 10% | 9.7 |\n"
            "| 一级指标 | 二级指标 | 三级指标 | 指标值 | 实际完成值 | 权重 | 得分 | 偏差原因 |\n"
            "| 产出指标 | 数量指标 | 远程会诊例数 | 不少于500例 | 536例 | 40% | 40 |  |\n"
            "|  | 时效指标 | 会诊报告出具时限 | 不超过24小时 | 20小时 | 20% | 20 |  |\n"
            "| 满意度指标 | 服务对象满意度指标 | 患者满意度 | 不低于90% | 92% | 30% | 30 |  |\n"
            "| 合计 |  |  |  |  |  | 99.7 |  |\n")
    evaluation = _read(tmp_path, text)
    got = [(i.name, i.weight, i.stated_score, i.target.comparator.value if i.target else None,
            i.target.value if i.target else None) for i in evaluation.indicators]
    assert got == [("预算执行率", Decimal(10), Decimal("9.7"), None, None),
                   ("远程会诊例数", Decimal(40), Decimal(40), "≥", Decimal(500)),
                   ("会诊报告出具时限", Decimal(20), Decimal(20), "≤", Decimal(24)),
                   ("患者满意度", Decimal(30), Decimal(30), "≥", Decimal(90))]
    assert evaluation.budget.executed == Decimal("291.00")


def test_a_numbered_prose_list_under_level_labels_closed_by_a_full_stop(tmp_path: Path) -> None:
    text = ("某镇2024年度村道建设补助资金项目支出绩效自评报告\n"
            "一、项目基本情况\n该项目由某县交通运输局主管。\n"
            "二、绩效指标完成情况\n"
            "（一）产出指标\n"
            "1.数量指标。“新建村道里程”目标值≥12公里，实际完成12.5公里，分值30分，得分30分。\n"
            "2.质量指标。“工程验收合格率”目标值=100%，实际完成98%，分值30分，得分29.4分。\n"
            "（二）效益指标\n"
            "1.社会效益指标。“群众出行条件”目标为“明显改善”，实际“有所改善”，分值40分，得分36分。\n")
    evaluation = _read(tmp_path, text)
    got = [(i.name, i.level1, i.level2, i.weight, i.stated_score) for i in evaluation.indicators]
    assert got == [("新建村道里程", "产出指标", "数量指标", Decimal(30), Decimal(30)),
                   ("工程验收合格率", "产出指标", "质量指标", Decimal(30), Decimal("29.4")),
                   ("群众出行条件", "效益指标", "社会效益指标", Decimal(40), Decimal(36))]
    first, last = evaluation.indicators[0], evaluation.indicators[-1]
    assert first.target is not None and (first.target.value, first.target.unit) == (Decimal(12), "公里")
    assert first.actual is not None and first.actual.value == Decimal("12.5")
    assert last.target is not None and last.target.text == "明显改善"
    assert last.actual is not None and last.actual.text == "有所改善"


def test_fund_source_rows_with_allocation_columns_in_yuan(tmp_path: Path) -> None:
    text = ("某县2024年度饮水安全专项资金绩效自评表\n| 专项名称 | 饮水安全专项资金 |  |  |  |\n"
            "| 资金来源 | 下达预算数（元） | 实际到位数（元） | 实际支出数（元） | 支出率 |\n"
            "| 中央资金 | 2,000,000.00 | 2,000,000.00 | 1,960,000.00 | 98.00% |\n"
            "| 县级资金 | 500,000.00 | 400,000.00 | 390,000.00 | 78.00% |\n"
            "| 合计 | 2,500,000.00 | 2,400,000.00 | 2,350,000.00 | 94.00% |\n")
    budget = _read(tmp_path, text).budget
    assert (budget.adjusted, budget.executed, budget.stated_execution_rate) == (
        Decimal(250), Decimal(235), Decimal(94))
    assert [(f.name, f.adjusted, f.executed) for f in budget.fund_rows] == [
        ("中央资金", Decimal(200), Decimal(196)), ("县级资金", Decimal(50), Decimal(39))]


def test_a_form_scored_by_deductions_implies_each_score(tmp_path: Path) -> None:
    text = ("某县2024年度项目支出绩效自评表\n| 项目名称 | 村道养护补助 |  |  |  |  |  |  |\n"
            "| 项目资金（万元） |  | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 | 分值 | 扣分 |\n"
            "|  | 年度资金总额 | 100.00 | 100.00 | 95.00 | 95.00% | 10 | 0.5 |\n"
            "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 扣分 | 扣分原因 |\n"
            "| 产出指标 | 数量指标 | 养护里程 | ≥100公里 | 100公里 | 50 | 0 |  |\n"
            "| 效益指标 | 社会效益指标 | 群众出行条件 | 明显改善 | 有所改善 | 40 | 4 | 部分路段未完工 |\n"
            "| 合计 |  |  |  |  | 100 | 4.5 |  |\n")
    evaluation = _read(tmp_path, text)
    assert evaluation.full_mark == Decimal(100)  # the 合计 row's 分值; its 扣分 is no total
    assert evaluation.stated_total is None
    got = [(i.name, i.weight, i.stated_score) for i in evaluation.indicators]
    assert got == [("预算执行率", Decimal(10), Decimal("9.5")), ("养护里程", Decimal(50), Decimal(50)),
                   ("群众出行条件", Decimal(40), Decimal(36))]
    assert evaluation.indicators[2].deviation_note == "部分路段未完工"
    assert evaluation.provenance["indicators[2].stated_score"].guessed  # 分值 − 扣分: a reading, marked so


def test_a_money_score_row_of_labelled_cells_scores_the_rate_and_ends_no_table(tmp_path: Path) -> None:
    text = ("某县2024年度水利专项资金绩效自评表\n"
            "| 资金来源 | 下达预算数（万元） | 实际支出数（万元） | 支出率 |\n"
            "| 合计 | 200.00 | 190.00 | 95.00% |\n"
            "| 资金执行得分 | 分值：10分 | 得分：9.5分 |  |\n"
            "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
            "| 产出指标 | 数量指标 | 新建供水工程 | ≥5处 | 5处 | 50 | 50 |\n"
            "| 满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90% | 93% | 40 | 40 |\n")
    evaluation = _read(tmp_path, text)
    got = {i.name: (i.weight, i.stated_score, i.actual.value if i.actual else None) for i in evaluation.indicators}
    assert got == {"预算执行率": (Decimal(10), Decimal("9.5"), Decimal(95)),
                   "新建供水工程": (Decimal(50), Decimal(50), Decimal(5)),
                   "群众满意度": (Decimal(40), Decimal(40), Decimal(93))}


def test_a_unit_that_implements_concretely_is_named_without_the_adverb(tmp_path: Path) -> None:
    text = ("某县2024年度村道建设补助资金项目支出绩效自评报告\n一、项目基本情况\n"
            "村道建设补助资金由某县交通运输局主管，某县某镇人民政府具体实施，主要用于村道硬化。\n")
    project = _read(tmp_path, text).project
    assert project is not None and project.implementing_unit == "某县某镇人民政府"
