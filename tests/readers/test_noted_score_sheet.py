"""A score sheet whose scoring notes a PDF's text layer printed between its cells (invented names and
figures): rows read by content (a name and two bare figures), notes left as text, every cell guessed;
and the same text layer's money block, its bracketed notes cut by spaces ("得分 (20 分*执行率)")."""

from __future__ import annotations

from decimal import Decimal

from corpus import errors as _errors
from page_reading import read_page as _read

SHEET = ("某县财政预算支出项目绩效目标自评表 填报日期:2021 年 3 月 2 日 自评总分: 72 项目名称 路灯维护费 "
         "项目实施单位 某县路灯所 主管部门 某县住建局 项目权重 评价内容 分值 自评分 项目决策 3 分 立项依据 3 3 "
         "复核分 评价标准及依据 有年度计划或上级文件计 3 分,没有不得分。 1、财务管理制度 1 分; 资金管理 4 3 "
         "2、项目管理制度 1 分; 3、有佐证资料 2 分。没有不得分。 1、监管记录 2 分; 过程监管 5 5 2、填报监控表 1 分,"
         "缺一项扣 0.5 分,扣完为止; 项目年度目标 1:更换路灯二百盏。\n")


def test_rows_between_scoring_notes_are_read_by_content_and_guessed() -> None:
    evaluation = _read(SHEET)
    rows = [(i.name, i.weight, i.stated_score) for i in evaluation.indicators]
    assert rows == [("立项依据", Decimal("3"), Decimal("3")), ("资金管理", Decimal("4"), Decimal("3")),
                    ("过程监管", Decimal("5"), Decimal("5"))]
    assert evaluation.provenance["indicators[1].stated_score"].guessed
    assert evaluation.stated_total == Decimal("72")
    assert not _errors(evaluation)


def test_a_sheet_without_scoring_notes_is_cut_as_before() -> None:
    plain = ("项目支出绩效自评表 项目名称 路灯维护费 评价内容 分值 自评分 立项依据 3 3 资金管理 4 3 过程监管 5 5\n")
    rows = [(i.name, i.weight, i.stated_score) for i in _read(plain).indicators]
    assert ("资金管理", Decimal("4"), Decimal("3")) in rows


def test_a_text_layer_s_spaced_money_block_with_its_notes_cut_by_spaces() -> None:
    text = ("2021年某专项资金项目自评表 单位名称:某区文旅局 填报日期:2022年3月1日 项目名称 2021年某专项资金 "
            "主管部门 某区文旅局 项目类别 1、部门预算项目 预算执行 情况(万元) (20 分) 一级指标 年度财政 资金总额 "
            "项目实施单位 某区文化馆 □ 3、一次性项目 □ 预算数 (A) 执行数(B) 执行率(B/A) 得分 (20 分*执行率) "
            "126.50 120.00 94.86% 18.97 三级指标 年初目标值 (A)\n")
    budget = _read(text).budget
    assert (budget.adjusted, budget.executed, budget.stated_execution_rate) == (
        Decimal("126.5"), Decimal("120"), Decimal("94.86"))
