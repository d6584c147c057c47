"""A rate named after a part (政府采购预算执行率, a sub-fund's 专项资金预算执行率) read from a report is not the
budget's execution rate, and no check compares the two; the budget's own 预算执行率 row still is. An invented snippet
of each, read as ``jixiao parse`` reads a txt."""

from __future__ import annotations

from pathlib import Path

import pytest
from corpus import errors
from page_reading import read_saved


def _report(row: str) -> str:
    return "\n".join([
        "某县文化馆2025年度部门整体支出绩效自评报告",
        "一、基本情况",
        "2025年全年预算640.00万元，全年执行数611.52万元，预算执行率95.55%。",
        "二、绩效指标完成情况",
        "（一）产出指标",
        f"1.{row}：年度指标值≥90%，实际完成82.30%，分值5分，得分4.5分。",
        "2.文化惠民演出场次：年度指标值≥30场，实际完成32场，分值10分，得分10分。",
    ]) + "\n"


@pytest.mark.parametrize("name", ["政府采购预算执行率", "专项资金预算执行率", "上年结转资金执行率"])
def test_a_parts_rate_is_not_the_budgets(tmp_path: Path, name: str) -> None:
    evaluation = read_saved(tmp_path, _report(name))
    assert evaluation.indicators[0].name == name
    assert "EXECUTION_RATE_MISMATCH" not in errors(evaluation)


def test_the_budgets_own_rate_row_is_still_checked(tmp_path: Path) -> None:
    evaluation = read_saved(tmp_path, _report("部门预算执行率"))  # 82.30 % where the amounts give 95.55 %
    assert "EXECUTION_RATE_MISMATCH" in errors(evaluation)


# a project report whose whole's line ("合计…万元,已支出…,资金支付率…") was lost: the next sentence states a part's
# own sum before what it spent and its rate (120 ÷ 300 = 40 %), while the budget read is the whole's 900
PART_AFTER_LOST_WHOLE = "\n".join([
    "某市交通运输局2024年度某某道路专项资金绩效自评报告",
    "一、基本情况",
    "纳入本次自评的资金为2024年度安排的某某道路专项资金合计900万元。",
    "收到某某桥梁维护补助资金300万元,已支出120万元,资金支付率40%。",
    "二、绩效目标完成情况",
]) + "\n"


def test_a_parts_spending_and_rate_after_a_lost_whole_are_guesses(tmp_path: Path) -> None:
    evaluation = read_saved(tmp_path, PART_AFTER_LOST_WHOLE)
    budget = evaluation.budget
    assert (budget.adjusted, budget.executed, budget.stated_execution_rate) == (900, 120, 40)
    assert evaluation.provenance["budget.executed"].guessed
    assert "EXECUTION_RATE_MISMATCH" not in errors(evaluation)


def test_the_wholes_own_spending_and_rate_are_not(tmp_path: Path) -> None:
    text = PART_AFTER_LOST_WHOLE.replace("合计900万元。", "合计900万元,已支出360万元,资金支付率45%。其中:")
    evaluation = read_saved(tmp_path, text)
    assert not evaluation.provenance["budget.executed"].guessed
    assert "EXECUTION_RATE_MISMATCH" in errors(evaluation)  # 360 ÷ 900 = 40 %, not the 45 % written


# a tab-separated income / spending table whose 支出合计 row was lost: 基本支出 and 项目支出 are no income items
LOST_SPENDING_TOTAL = "\n".join([
    "某乡人民政府2024年度部门整体支出绩效自评报告",
    "一、部门收支情况（单位：万元）",
    "项目\t上年数\t本年数\t增减率",
    "收入合计\t812.40\t880.60\t8.39%",
    "财政拨款收入\t790.40\t862.60\t9.13%",
    "其他收入\t22.00\t18.00\t-18.18%",
    "基本支出\t401.20\t415.30\t3.51%",
    "项目支出\t398.10\t452.70\t13.72%",
    "全年支出合计868.00万元。",
]) + "\n"


def test_spending_rows_under_a_lost_total_are_no_income_items(tmp_path: Path) -> None:
    evaluation = read_saved(tmp_path, LOST_SPENDING_TOTAL)
    assert [item.name for item in evaluation.budget.income_items] == ["财政拨款收入", "其他收入"]
    assert "INCOME_SUM_MISMATCH" not in errors(evaluation)
