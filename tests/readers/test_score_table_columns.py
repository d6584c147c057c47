"""Score tables' own columns and cells (invented units and figures): 绩效目标 as the 决策 block's 二级, a
评分要点 column, 得分率 beside 得分, 标准分 / 自评分, points written "10分", and fund rows under one 其中."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from page_reading import read_saved as _read

from jixiao.model import Evaluation


def _scored(evaluation: Evaluation) -> list[tuple[str, str | None, Decimal | None, Decimal | None]]:
    return [(i.name, i.level2, i.weight, i.stated_score) for i in evaluation.indicators]


ROWS = [("决策", "项目立项", "立项程序规范性", "3", "3"), ("决策", "绩效目标", "绩效目标合理性", "7", "6"),
        ("产出", "产出数量", "培训人次完成率", "90", "88")]
EXPECTED = [("立项程序规范性", "项目立项", Decimal(3), Decimal(3)),
            ("绩效目标合理性", "绩效目标", Decimal(7), Decimal(6)),
            ("培训人次完成率", "产出数量", Decimal(90), Decimal(88))]


@pytest.mark.parametrize("shape", ["pipes", "one_cell_per_line"])
def test_performance_goal_as_a_level_cell_does_not_end_the_table(shape: str, tmp_path: Path) -> None:
    header = ["一级指标", "二级指标", "三级指标", "分值", "得分"]
    if shape == "pipes":
        body = "\n".join("| " + " | ".join(row) + " |" for row in [header, *ROWS])
    else:
        body = "\n".join([*header, *(cell for row in ROWS for cell in row)])
    evaluation = _read(tmp_path, f"某职业技能培训项目2024年度绩效评价报告\n{body}\n")
    assert _scored(evaluation) == EXPECTED


def test_a_goal_row_still_starts_its_own_block(tmp_path: Path) -> None:
    text = ("某镇2024年度项目支出绩效自评表\n项目名称 | 农村道路养护 |\n"
            "绩效目标 | 完成全镇38公里村道日常养护，路况优良率达到85%以上 |\n")
    assert _read(tmp_path, text).indicators == []


def test_a_scoring_note_column_between_weight_and_score(tmp_path: Path) -> None:
    text = ("某市气象局2024年度项目支出绩效自评表\n一级指标 二级指标 三级指标 分值 评分要点 自评得分\n"
            "项目决策（20分） 项目立项 立项依据充分性 20 依据充分，得20分 18\n"
            "项目产出（80分） 产出质量 预报准确率 80 准确率达标得满分，每低1%扣2分 76\n合计 100 94\n")
    evaluation = _read(tmp_path, text)
    assert [(i.name, i.weight, i.stated_score) for i in evaluation.indicators] == [
        ("立项依据充分性", Decimal(20), Decimal(18)), ("预报准确率", Decimal(80), Decimal(76))]
    assert evaluation.stated_block_weights == {"项目决策": Decimal(20), "项目产出": Decimal(80)}


def test_a_score_rate_column_is_no_score(tmp_path: Path) -> None:
    text = ("某县市场监管局2024年度部门整体支出绩效自评表\n"
            "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 权重 | 得分率 | 得分 |\n"
            "产出指标 | 数量指标 | 食品抽检批次 | ≥600批次 | 640批次 | 20 | 100.00% | 20 |\n"
            " | 质量指标 | 抽检合格率 | ≥98% | 96.5% | 20 | 98.47% | 19.69 |\n")
    assert [i.stated_score for i in _read(tmp_path, text).indicators] == [Decimal(20), Decimal("19.69")]


def test_standard_and_own_points_in_the_money_row(tmp_path: Path) -> None:
    text = ("某县图书馆2024年度项目支出绩效自评表\n"
            "项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 标准分 | 执行率 | 自评分 |\n"
            "年度资金总额 | 36.00 | 40.00 | 38.60 | 10 | 96.50% | 9.65 |\n")
    execution = _read(tmp_path, text).indicators[0]
    assert (execution.name, execution.weight, execution.stated_score) == ("预算执行率", Decimal(10), Decimal("9.65"))
    assert execution.actual is not None and execution.actual.value == Decimal("96.50")


def test_points_written_with_their_unit_on_a_qualitative_row(tmp_path: Path) -> None:
    text = ("某区退役军人事务局2024年度部门整体支出绩效自评报告\n"
            "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
            "| 产出指标 | 数量指标 | 走访慰问人次 | ≥1200人次 | 1260人次 | 80分 | 80分 |\n"
            "| 效益指标 | 可持续影响指标 | 服务保障机制 | 健全 | 基本健全 | 20分 | 16.5分 |\n")
    assert [(i.name, i.weight, i.stated_score) for i in _read(tmp_path, text).indicators] == [
        ("走访慰问人次", Decimal(80), Decimal(80)), ("服务保障机制", Decimal(20), Decimal("16.5"))]


MONEY = ("某县住建局2024年度项目支出绩效自评表\n"
         "项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n"
         "年度资金总额 | 1,200.00 | 1,450.00 | 1,392.00 | 10 | 96.00% | 9.60 |\n"
         "其中：中央补助资金 | 1,000.00 | 1,200.00 | 1,152.00 | | | |\n")


def test_a_fund_row_under_the_first_part_without_its_own_qiZhong(tmp_path: Path) -> None:
    budget = _read(tmp_path, MONEY + "县级配套资金 | 200.00 | 250.00 | 240.00 | | | |\n").budget
    assert [(f.name, f.adjusted, f.executed) for f in budget.fund_rows] == [
        ("中央补助资金", Decimal("1200.00"), Decimal("1152.00")),
        ("县级配套资金", Decimal("250.00"), Decimal("240.00"))]


def test_a_row_past_the_total_is_no_fund_row(tmp_path: Path) -> None:
    budget = _read(tmp_path, MONEY + "老旧管网改造工程 | 600.00 | 700.00 | 690.00 | | | |\n").budget
    assert [f.name for f in budget.fund_rows] == ["中央补助资金"]


def test_a_scoring_rule_column_with_lettered_indicators(tmp_path: Path) -> None:
    text = ("某县民政局2022年度临时救助资金项目支出绩效自评表\n"
            "| 指标编号 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 评分规则 | 得分 |\n"
            "| A1 | 产出指标 | 数量指标 | 临时救助人次 | ≥800人次 | 812人次 | 20 | 每少1%扣0.5分 | 20 |\n"
            "| A2 | 产出指标 | 时效指标 | 救助审批时限 | ≤5个工作日 | 6个工作日 | 10 | 逾期一次扣2分 | 8 |\n"
            "| B1 | 满意度指标 | 服务对象满意度指标 | 受助对象满意度 | ≥90% | 93% | 10 | ≥90%得满分 | 10 |\n")
    assert [(i.name, i.weight, i.stated_score) for i in _read(tmp_path, text).indicators] == [
        ("临时救助人次", Decimal(20), Decimal(20)), ("救助审批时限", Decimal(10), Decimal(8)),
        ("受助对象满意度", Decimal(10), Decimal(10))]
