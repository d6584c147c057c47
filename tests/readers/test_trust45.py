"""False errors that damage makes and trust44 left (``perturb_checks.py``): an invented snippet of each cause, read
as ``jixiao parse`` reads a txt."""

from __future__ import annotations

from decimal import Decimal

from corpus import errors
from page_reading import read_page

# a report copied as one line, its 扣分 table's cells written "cell |" and an empty 扣分原因 as "|  |": each bar
# closes a cell, so a row of eight columns is eight cells, not sixteen (the last ones, 得分, went to the next row and
# the 扣分 was read as the score: TOTAL_MISMATCH)
RUN_ON_ROWS = " ".join([
    "某县某某镇人民政府2024年度部门整体支出绩效自评报告 一、基本情况 本镇负责辖区公共服务工作。",
    "二、预算执行 2024年年初预算860万元，调整后预算905万元，全年实际支出884.6万元，预算执行率为97.75%。",
    "三、自评得分 序号 | 指标 | 分值 | 目标值 | 实际值 | 扣分 | 得分 | 扣分原因 |",
    "1 | 预算执行率 | 20 | ≥95% | 97.75% | 0.45 | 19.55 | 未全部支出 |",
    "2 | 农村公路养护里程 | 30 | ≥40公里 | 42公里 | 0 | 30 |  |",
    "3 | 污水管网新建长度 | 30 | ≥5公里 | 4.6公里 | 2.4 | 27.6 | 工期推迟 |",
    "4 | 群众满意度 | 20 | ≥90% | 93% | 0 | 20 |  |",
    "满分100分，自评得分97.15分，自评结果为“优”。 四、下一步打算 加快项目进度。",
]) + "\n"


def test_a_run_on_reports_bars_close_its_cells() -> None:
    evaluation = read_page(RUN_ON_ROWS)
    assert [ind.stated_score for ind in evaluation.indicators] == [Decimal(s) for s in ("19.55", "30", "27.6", "20")]
    assert evaluation.stated_total == Decimal("97.15")
    assert "TOTAL_MISMATCH" not in errors(evaluation)
