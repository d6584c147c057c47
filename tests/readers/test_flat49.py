"""Stop 44, flat49: a questionnaire table (序号 | 评价问题 | 单位回答 | 分值 | 得分) flattened — one cell a line, " |"
cells, a row a line, the whole form on one line — read as the Word table is. Invented unit, figures and wording."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from page_reading import flattened, read_saved, read_saved_rows

from jixiao.model import Evaluation

_HEAD = ["某县文化馆2024年度部门整体支出绩效自评问卷", "填报单位：某县文化馆"]
_TABLE = [["序号", "评价问题", "单位回答", "分值", "得分"],
          ["1", "单位的编制数和年末实有人数是多少？", "核定编制12名，年末实有在职人员11人。", "", ""],
          ["2", "年初预算、全年预算、全年执行数各多少？", "年初预算88.60万元，全年预算92.40万元，全年执行90.15万元，"
           "预算执行率97.56%。", "10", "9.76"],
          ["3", "产出指标下数量指标“公益培训班期数”的年度指标值和实际完成值各是多少？",
           "年度指标值≥24期，实际完成值26期。", "30", "30"],
          ["4", "效益指标下社会效益指标“群众文艺演出场次”的年度指标值和实际完成值各是多少？",
           "年度指标值≥40场，实际完成值37场。偏差原因：汛期停演三场。", "40", "37"],
          ["5", "满意度指标下服务对象满意度指标“参训群众满意度”的年度指标值和实际完成值各是多少？",
           "年度指标值≥90%，实际完成值95%。", "20", "20"],
          ["", "合计", "", "100", "96.76"]]
_TAIL = ["自评结论：本馆自评得分96.76分。"]


def _read(tmp_path: Path, shape: str) -> Evaluation:
    if shape == "web":
        return read_saved(tmp_path, "\n".join([*_HEAD, *(" | ".join(row) + " |" for row in _TABLE), *_TAIL]) + "\n")
    return read_saved_rows(tmp_path, flattened(_HEAD, _TABLE, _TAIL, shape))


@pytest.mark.parametrize("shape", ["cells", "web", "spaced", "one_line"])
def test_a_flattened_questionnaire_table(tmp_path: Path, shape: str) -> None:
    """Each question naming an indicator in quotes is that indicator's row, the budget's answer the rate's row and
    the budget's prose, the staff's answer prose, the 合计 row the total."""
    evaluation = _read(tmp_path, shape)
    rows = [(i.level1, i.name, i.weight, i.stated_score) for i in evaluation.indicators]
    assert rows == [(None, "预算执行率", Decimal("10"), Decimal("9.76")),
                    ("产出指标", "公益培训班期数", Decimal("30"), Decimal("30")),
                    ("效益指标", "群众文艺演出场次", Decimal("40"), Decimal("37")),
                    ("满意度指标", "参训群众满意度", Decimal("20"), Decimal("20"))]
    named = {i.name: i for i in evaluation.indicators}
    assert named["群众文艺演出场次"].deviation_note == "汛期停演三场"
    assert evaluation.budget.initial == Decimal("88.60")
    assert evaluation.unit.staff_total == 11
    assert evaluation.stated_total == Decimal("96.76")


def test_a_row_with_one_mark_of_two_is_guessed(tmp_path: Path) -> None:
    """A row whose one figure could be its 分值 or its 得分 (the other cell left empty, one cell a line): read in
    the first mark column and marked guessed."""
    one_mark = ["3", "产出指标下数量指标“送戏下乡场次”的年度指标值和实际完成值各是多少？",
                "年度指标值≥12场，实际完成值12场。", "30"]
    table = [*_TABLE[:3], one_mark, *_TABLE[4:]]
    evaluation = read_saved_rows(tmp_path, flattened(_HEAD, table, _TAIL, "cells"))
    index = [i.name for i in evaluation.indicators].index("送戏下乡场次")
    assert evaluation.indicators[index].weight == Decimal("30")
    assert evaluation.indicators[index].stated_score is None
    assert evaluation.provenance[f"indicators[{index}].weight"].guessed


_TWO_ROWS_HEAD = ["某县蚕桑产业扶持资金2024年度绩效自评表", "项目名称 某县蚕桑产业扶持资金"]
_TWO_ROWS = [["资金（万元）", "年初预算数", "全年预算数", "全年执行数"],
             ["年度资金总额", "120.00", "132.00", "128.04"],
             ["执行率", "97.00%", "分值／得分", "10／9.70"],
             ["一级／二级指标", "三级指标", "分值", "得分"],
             ["产出指标／数量指标", "桑园改造面积", "40", "40"],
             ["指标值：≥800亩", "完成值：820亩"],
             ["效益指标／经济效益指标", "蚕农亩均增收", "30", "27"],
             ["指标值：≥1500元", "完成值：1350元"],
             ["满意度指标／服务对象满意度指标", "蚕农满意度", "20", "20"],
             ["指标值：≥90%", "完成值：94%"],
             ["总分", "100", "96.70"]]


@pytest.mark.parametrize("shape", ["cells", "spaced", "one_line"])
def test_two_rows_an_indicator_flattened(tmp_path: Path, shape: str) -> None:
    """Each indicator's levels in one cell and its name and marks, then its labelled target and actual under it: one
    indicator with both levels, its target and its actual, as the Word table is read."""
    evaluation = read_saved_rows(tmp_path, flattened(_TWO_ROWS_HEAD, _TWO_ROWS, [], shape))
    named = {i.name: i for i in evaluation.indicators}
    tilled = named["桑园改造面积"]
    assert (tilled.level1, tilled.level2, tilled.weight, tilled.stated_score) == (
        "产出指标", "数量指标", Decimal("40"), Decimal("40"))
    assert tilled.target is not None and tilled.target.value == Decimal("800")
    assert tilled.actual is not None and tilled.actual.value == Decimal("820")
    assert named["蚕农满意度"].level2 == "服务对象满意度指标"
    assert evaluation.stated_total == Decimal("96.70")


@pytest.mark.parametrize("shape", ["cells", "spaced", "one_line"])
def test_the_rate_row_with_one_shared_points_label(tmp_path: Path, shape: str) -> None:
    """"执行率 | 97.00% | 分值／得分 | 10／9.70" under the money block: the rate and its 分值 and 得分, as written."""
    evaluation = read_saved_rows(tmp_path, flattened(_TWO_ROWS_HEAD, _TWO_ROWS, [], shape))
    rate = {i.name: i for i in evaluation.indicators}["预算执行率"]
    assert (rate.weight, rate.stated_score) == (Decimal("10"), Decimal("9.70"))
    assert evaluation.budget.stated_execution_rate == Decimal("97.00")


_THOUSANDS = [["项目", "金额（单位：千元）"], ["收入合计", "1,852.0"], ["财政拨款收入", "1,790.5"],
              ["其他收入", "61.5"], ["支出合计", "1,806.4"], ["基本支出", "1,215.2"], ["项目支出", "591.2"]]


@pytest.mark.parametrize("shape", ["cells", "spaced", "one_line"])
def test_an_amount_column_with_its_unit_as_a_note(tmp_path: Path, shape: str) -> None:
    """项目 | 金额（单位：千元） over label and amount rows: the 收支 table a Word file gives, its 千元 in 万元."""
    head = ["某县档案馆2024年度部门整体支出绩效自评报告", "二、收支情况"]
    budget = read_saved_rows(tmp_path, flattened(head, _THOUSANDS, ["三、绩效情况"], shape)).budget
    assert (budget.income_total, budget.expenditure_total) == (Decimal("185.20"), Decimal("180.64"))
    assert [(i.name, i.amount) for i in budget.expenditure_items] == [
        ("基本支出", Decimal("121.52")), ("项目支出", Decimal("59.12"))]


_GROUPED = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
            ["一、共性指标（20分）"],
            ["运行管理", "预算执行", "预算执行率", "100%", "96.40%", "10", "9.64", ""],
            ["运行管理", "资产管理", "固定资产利用率", "≥95%", "98%", "10", "10", ""],
            ["二、个性指标（80分）"],
            ["履职效能", "监测服务", "水质监测批次", "≥260批次", "271批次", "50", "50", ""],
            ["社会效应", "服务对象满意度", "用水户满意度", "≥90%", "93%", "30", "30", ""],
            ["总分", "", "", "", "", "100", "99.64", "优"]]


def test_a_weighted_group_row_after_a_row_with_no_note_on_one_line(tmp_path: Path) -> None:
    """"二、个性指标（80分）" right after a row whose note is blank, the whole form on one line: the table's group row,
    not that row's note, and no indicator of its own."""
    head = ["某市水质监测站2024年度部门整体支出绩效自评表", "单位名称 某市水质监测站"]
    indicators = read_saved_rows(tmp_path, flattened(head, [[c for c in row if c] for row in _GROUPED], [],
                                                     "one_line")).indicators
    assert [i.name for i in indicators] == ["预算执行率", "固定资产利用率", "水质监测批次", "用水户满意度"]
    assert indicators[1].deviation_note is None  # (the row right before the group row)
