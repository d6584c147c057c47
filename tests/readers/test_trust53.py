"""False errors under damage that trust52 left (stop 46, trust53): each a text damaged as a viewer or a search excerpt
gives it (lines joined into one, lines re-wrapped), read as ``jixiao parse`` reads a txt. Invented snippets."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from corpus import errors
from page_reading import read_saved

HALVES = [
    "甲县某某服务中心2024年度单位整体支出绩效自评报告",
    "一、收支情况（单位：万元）",
    "收入项目 | 金额 | 支出项目 | 金额 |",
    "财政拨款收入 | 1,200.50 | 基本支出 | 900.20 |",
    "事业收入 | 300.00 | 项目支出 | 500.30 |",
    "其他收入 | 20.00 |  |  |",
    "收入合计 | 1,520.50 | 支出合计 | 1,400.50 |",
    "二、自评结论",
]


def _joined(*lines: str) -> str:
    return " ".join(lines) + "\n"


def test_income_beside_spending_joined_after_its_caption_is_no_spending(tmp_path: Path) -> None:
    """收入项目 | 金额 | 支出项目 | 金额 joined into one line with the caption before it: the first half's label head
    ends the caption's cell, and the second half (支出项目 | 金额) was read as a table of its own, every income row an
    item of spending (a false EXPENDITURE_SUM_MISMATCH)."""
    evaluation = read_saved(tmp_path, _joined(*HALVES))
    names = [item.name for item in evaluation.budget.expenditure_items]
    assert not any(name.endswith("收入") for name in names)
    assert "EXPENDITURE_SUM_MISMATCH" not in errors(evaluation)


REVIEWED = [
    "2026年度省级转移支付绩效自评抽查材料 抽查编号 SJ-2026-017",
    "项目支出绩效自评（系统导出）",
    "【基本信息】",
    "项目名称 | 2025年乡村供水管网改造工程 |",
    "实施单位 | 乙县供水服务站 |",
    "评价年度    2025年度",
]


def test_the_year_of_a_review_of_self_evaluations_is_no_second_statement(tmp_path: Path) -> None:
    """A title naming a spot check of self-evaluations ("2026年度…绩效自评抽查材料") gives the review's year, maybe the
    year after the one evaluated: it is a guess beside the form's 评价年度, and their difference no error."""
    evaluation = read_saved(tmp_path, "\n".join(REVIEWED) + "\n")
    assert evaluation.year == 2025
    assert "TEXT_TABLE_MISMATCH" not in errors(evaluation)


WEIGHTED_MONEY = [
    "部门预算项目支出绩效自评表（2025年度）",
    "项目名称 |  | 丙县乡镇综合文化站设备更新补助资金 |",
    "实施单位（盖章） |  | 丙县文化服务中心 |",
    "项目基本情况 | 1.项目年度目标完成情况 | 项目年度目标 | 年度目标完成情况 |",
    "项目基本情况 | 1.项目年度目标完成情况 | 更新14个文化站的音响和投影设备。 | 已完成14个文化站设备更新。 |",
    "预算执行情况（20分） | 年度预算数（万元） | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 | "
    "原因 |  |",
    "预算执行情况（20分） | 总额 | 64 | 70.5 | 68.2 | 96.74% | 20 | 19.35 |  |",
    "预算执行情况（20分） | 其中：财政资金 | 64 | 70.5 | 68.2 | 96.74% | / |  |",
    "预算执行情况（20分） | 单位资金 | 0 | 0 | 0 | 0% | / |  |",
    "预算执行情况（20分） | 其他资金 |  | / |  |",
    "绩效指标（80分） | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分 | "
    "未完成原因分析 |",
    "绩效指标（80分） | 产出指标 | 数量指标 | 更新设备文化站数 | ≥ | 14 | 个 | 14 | 40 | 40 |  |",
    "绩效指标（80分） | 效益指标 | 社会效益指标 | 文化站年开放天数 | ≥ | 300 | 天 | 306 | 20 | 20 |  |",
    "绩效指标（80分） | 满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥ | 90 | % | 94 | 20 | 20 |  |",
    "合计 |  | 80 | 80 |  |",
    "评价结论 | 项目自评总分99.35分，自评等级为“优”。文化站设备更新全部完成，服务能力明显提升。 |",
    "存在问题 | 个别文化站设备使用培训不足。 |  |",
    "改进措施 | 组织设备操作培训，建立维护台账。 |  |",
    "项目负责人：周某某 |  | 财务负责人：吴某某 |  |",
]


def test_a_money_blocks_weighted_label_repeated_on_its_rows_is_no_indicator(tmp_path: Path) -> None:
    """A sheet's merged label ("预算执行情况（20分）") repeated on each row of the money block under it: joined into one
    line, the rows the money table did not take stay text, and each copy of the label was read as an indicator of that
    weight (a false WEIGHTS_NOT_100). A weighted line that the table above opens on is that table's label."""
    evaluation = read_saved(tmp_path, _joined(*WEIGHTED_MONEY))
    assert "预算执行情况" not in [indicator.name for indicator in evaluation.indicators]
    assert "WEIGHTS_NOT_100" not in errors(evaluation)


SCORED_CAPTION = [
    "丁县某某局2025年度部门整体支出绩效自评报告",
    "一、部门预算执行情况",
    "2025年年初预算860.00万元，调整后全年预算912.40万元，全年支出884.10万元，预算执行率96.90%。",
    "二、整体支出绩效自评情况",
    "整体支出绩效自评表如下（预算执行率分值20分，按执行率计分）：",
    "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |",
    "过程指标 | 预算执行 | 预算执行率 | 100% | 96.90% | 20 | 19.38 | 一项采购年末未结算 |",
    "产出指标 | 数量指标 | 执法检查户次 | ≥600户次 | 648户次 | 30 | 30 |  |",
    "效益指标 | 社会效益指标 | 投诉办结率 | ≥95% | 97% | 30 | 30 |  |",
    "满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90% | 92% | 20 | 20 |  |",
    "合计 | 100 | 99.38 |  |",
    "经自评，本局2025年度部门整体支出绩效自评得分99.38分，评价等级为“优”。",
]


def test_a_total_read_as_an_indicators_score_accuses_nobody(tmp_path: Path) -> None:
    """Joined into one line, the caption naming 预算执行率's weight and the sentence after the table stating the total
    run together, and the indicator's score was read as the total: the scores then add up to far more than it. The
    indicator with its score unread (its rule gives it) is a plausible reading: no TOTAL_MISMATCH."""
    evaluation = read_saved(tmp_path, _joined(*SCORED_CAPTION))
    assert "TOTAL_MISMATCH" not in errors(evaluation)


SUMMARY_LIST = [
    "关于报送2025年度部门绩效自评复核情况的函",
    "戊县财政局：",
    "受贵局委托，我所对戊县5个单位2025年度绩效自评材料进行了复核，复核结果汇总如下，本函附戊县自来水服务中心一份报告。",
    "序号 | 单位名称 | 自评得分 | 自评等级 |",
    "1 | 戊县图书馆 | 96.40 | 优 |",
    "2 | 戊县殡葬服务所 | 91.25 | 优 |",
    "3 | 戊县自来水服务中心 | 96.60 | 优 |",
    "戊县自来水服务中心2025年度管网维修经费绩效自评报告",
    "本年度全年预算42.00万元，全年执行40.60万元，执行率96.67%。项目绩效指标完成情况见下表。",
    "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |",
    "过程指标 | 资金管理 | 预算执行率 | 100% | 96.67% | 20 | 19.33 | 部分材料款未结算 |",
    "产出指标 | 数量指标 | 维修管网长度 | ≥8公里 | 8.4公里 | 30 | 30 |  |",
    "产出指标 | 质量指标 | 维修验收合格率 | 100% | 96% | 20 | 17.27 | 1处返修 |",
    "效益指标 | 社会效益指标 | 漏损率下降 | ≥2个百分点 | 2.3个百分点 | 15 | 15 |  |",
    "满意度指标 | 服务对象满意度指标 | 用水户满意度 | ≥90% | 93% | 15 | 15 |  |",
    "总分 |  | 100 | 96.60 | 优 |",
    "综上，本项目2025年度自评得分96.60分，自评等级为“优”。",
]


def test_a_lists_header_of_labels_is_no_row_of_labels(tmp_path: Path) -> None:
    """序号 | 单位名称 | 自评得分 | 自评等级 over one row a unit, joined into one line: 自评得分 and 自评等级 were
    read as a row of labels over the first row's cells, the serial number 1 a second stated total (a false
    TEXT_TABLE_MISMATCH). A unit's name under 自评等级 is no grade: the labels head a list's columns."""
    evaluation = read_saved(tmp_path, _joined(*SUMMARY_LIST))
    assert evaluation.stated_total is None or evaluation.stated_total > 1
    assert "TEXT_TABLE_MISMATCH" not in errors(evaluation)


SCORE_NOTE = [
    "己县交通运输局2025年度乡村道路养护项目支出绩效自评报告",
    "一、项目基本情况",
    "项目全年预算1200.00万元，全年执行1146.00万元，预算执行率95.50%。",
    "二、绩效自评情况",
    "评分按一位小数计，逐项列示如下。",
    "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 得分 | 权重 | 偏差原因 |",
    "预算执行 | 预算执行率 | 100% | 95.50% | 9.6 | 10 |  |",
    "产出指标 | 数量指标 | 养护道路里程 | ≥120公里 | 124公里 | 30.0 | 30 |  |",
    " | 时效指标 | 养护任务按期完成率 | ≥95% | 90% | 9.5 | 10 | 汛期延误 |",
    "效益指标 | 社会效益指标 | 道路优良率 | ≥85% | 82.5% | 29.1 | 30 | 部分路段病害未处置 |",
    "满意度指标 | 服务对象满意度指标 | 沿线群众满意度 | ≥90% | 93% | 20.0 | 20 |  |",
    "合计 |  | 98.2 | 100 |  |",
    "经自评，本项目2025年度绩效自评得分98.2分，等级为优。",
]


def test_a_sentence_opening_on_score_before_the_header_is_no_column(tmp_path: Path) -> None:
    """"评分按一位小数计，逐项列示如下。" right before a header whose 得分 stands before 权重: joined into one line
    (then cut again a cell a line), the sentence was taken for a score column of the header, the columns after it
    shifted and a weight read as each score (a false FULL_SCORE_BELOW_TARGET). A cell holding a sentence heads no
    column."""
    evaluation = read_saved(tmp_path, _joined(*SCORE_NOTE))
    scores = {indicator.name: indicator.stated_score for indicator in evaluation.indicators}
    assert scores.get("养护任务按期完成率") == Decimal("9.5")
    assert "FULL_SCORE_BELOW_TARGET" not in errors(evaluation)
