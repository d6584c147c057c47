"""Shapes of the fifty-fourth set (docs/reader-corpora/fiftyfourth.md), each rebuilt from an invented snippet of the
same shape (invented units and figures)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from jixiao.readers import read_any

_HEAD = ("某县某某服务站2025年度某某补贴资金绩效自评报告\n"
         "本项目年初预算60.00万元，全年预算64.00万元，全年执行62.40万元，预算执行率97.50%。\n")


def _read(tmp_path: Path, text: str) -> Any:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    return read_any(path).evaluation


def _docx(tmp_path: Path, lines: list[str], rows: list[list[str]]) -> Path:
    from docx import Document

    d = Document()
    for line in lines:
        d.add_paragraph(line)
    t = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            t.cell(i, j).text = text
    path = tmp_path / "report.docx"
    d.save(str(path))
    return path


def test_indicator_cards_under_bracketed_labels(tmp_path: Path) -> None:
    """Each indicator a card of "【指标名称】…" / "【年度指标值】…" / "【分值】…　【得分】…" lines: a label in 【】
    reads as "label：" does (before, the lines ran together as one wrapped paragraph and no indicator was read)."""
    cards = ("【指标名称】补贴发放户数\n【指标类别】产出指标／数量指标\n【年度指标值】≥450户\n【实际完成值】462户\n"
             "【分值】30分　【得分】30分\n\n"
             "【指标名称】受益农户满意度\n【指标类别】满意度指标／服务对象满意度指标\n【年度指标值】≥85%\n"
             "【实际完成值】88.5%\n【分值】60分　【得分】60分\n")
    evaluation = _read(tmp_path, _HEAD + "二、绩效指标完成情况\n" + cards)
    named = {i.name: i for i in evaluation.indicators}
    assert named["补贴发放户数"].weight == 30
    assert named["补贴发放户数"].level2 == "数量指标"
    assert named["补贴发放户数"].actual.value == Decimal("462")
    assert named["受益农户满意度"].stated_score == Decimal("60")
    assert named["受益农户满意度"].target.value == Decimal("85")


def test_questionnaire_answers_name_the_project_and_its_bodies(tmp_path: Path) -> None:
    """"问1：项目名称是什么？由哪个部门主管、哪个单位实施？" then "答：项目名称为X，主管部门为Y，实施单位为Z。": the
    answer's names, never the question's words (before, 哪个部门 / 哪个单位 were read as the bodies and the name was
    lost)."""
    evaluation = _read(tmp_path, (
        "某县某某服务站2025年度项目支出绩效自评问卷\n问1：项目名称是什么？由哪个部门主管、哪个单位实施？\n"
        "答：项目名称为农机作业补贴资金，主管部门为某县农业农村局，实施单位为某县某某服务站。\n"
        "问2：项目预算和执行数各是多少？\n答：年初预算60.00万元，全年预算64.00万元，全年执行62.40万元。\n"))
    assert evaluation.project.name == "农机作业补贴资金"
    assert evaluation.unit.supervising_department == "某县农业农村局"
    assert evaluation.project.implementing_unit == "某县某某服务站"


def test_levels_before_a_quoted_name(tmp_path: Path) -> None:
    """"（1）产出指标—数量指标“某某户数”：年度指标值…，实际完成…，分值30分，得分30分。": the levels before the quotes,
    the name inside them (before, the name kept "数量指标“…”" and the 二级 was lost)."""
    evaluation = _read(tmp_path, _HEAD + (
        "问4：各项绩效指标完成情况如何？\n答：逐项答复如下。\n"
        "（1）产出指标—数量指标“农机补贴兑付户数”：年度指标值≥450户，实际完成462户，分值30分，得分30分。\n"
        "（2）满意度指标—服务对象满意度指标“农户满意度”：年度指标值≥85%，实际完成88.5%，分值60分，得分60分。\n"))
    named = {i.name: i for i in evaluation.indicators}
    assert named["农机补贴兑付户数"].level1 == "产出指标"
    assert named["农机补贴兑付户数"].level2 == "数量指标"
    assert named["农户满意度"].level2 == "服务对象满意度指标"


def test_questionnaire_table_gives_indicators_budget_and_total(tmp_path: Path) -> None:
    """A Word table 序号 | 评价问题 | 单位回答 | 分值 | 得分, each indicator a question naming it in quotes: the
    questions' indicators with their answers' target and actual, the budget from the rate's answer, the 合计 row's
    total (before, nothing of the table was read)."""
    rows = [["序号", "评价问题", "单位回答", "分值", "得分"],
            ["1", "年初预算、全年预算和全年执行数各是多少？",
             "年初预算80.00万元，全年预算84.00万元，全年执行82.32万元，预算执行率98.00%。", "10", "9.8"],
            ["2", "产出指标下数量指标“送书下乡场次”的年度指标值和实际完成值各是多少？",
             "年度指标值≥24场，实际完成值26场。", "40", "40"],
            ["3", "满意度指标下服务对象满意度指标“读者满意度”的年度指标值和实际完成值各是多少？",
             "年度指标值≥90%，实际完成值86%。偏差原因：馆舍维修期间服务受限。", "50", "47.78"],
            ["", "合计", "", "100", "97.58"]]
    path = _docx(tmp_path, ["某县2025年度部门整体支出绩效自评问卷", "填报单位：某县某某馆"], rows)
    evaluation = read_any(path).evaluation
    named = {i.name: i for i in evaluation.indicators}
    assert named["送书下乡场次"].level2 == "数量指标"
    assert named["送书下乡场次"].target.value == Decimal("24")
    assert named["读者满意度"].actual.value == Decimal("86")
    assert named["读者满意度"].deviation_note == "馆舍维修期间服务受限"
    assert named["预算执行率"].stated_score == Decimal("9.8")
    assert evaluation.budget.executed == Decimal("82.32")
    assert evaluation.stated_total == Decimal("97.58")


def test_two_rows_per_indicator_with_labelled_values(tmp_path: Path) -> None:
    """A portrait form giving each indicator two rows — name, 分值, 得分, then "指标值：…" | "完成值：…" under it — and
    both levels in one "一级／二级指标" column: the labelled values are the row's target and actual, the levels two
    (before, each values row was read as an indicator of its own, its 完成值 as a weight)."""
    head = ["某某种植补助资金2025年度绩效自评表", "年初预算30.00万元，全年预算30.00万元，全年执行29.40万元。"]
    path = _docx(tmp_path, head, [
        ["一级／二级指标", "三级指标", "分值", "得分"],
        ["产出指标／数量指标", "良种推广面积", "40", "40"], ["", "指标值：≥1200亩", "完成值：1260亩", ""],
        ["满意度指标／服务对象满意度指标", "种植户满意度", "50", "50"], ["", "指标值：≥90%", "完成值：93%", ""]])
    evaluation = read_any(path).evaluation
    named = {i.name: i for i in evaluation.indicators}
    assert len(named) == len(evaluation.indicators)
    assert not any(name.startswith("指标值") for name in named)
    assert named["良种推广面积"].level1 == "产出指标"
    assert named["良种推广面积"].level2 == "数量指标"
    assert named["良种推广面积"].target.value == Decimal("1200")
    assert named["良种推广面积"].actual.value == Decimal("1260")
    assert named["种植户满意度"].weight == 50


def test_income_items_packed_after_their_total_on_one_line(tmp_path: Path) -> None:
    """"收入合计：72.50万元　　财政拨款收入：70.10万元　　其他收入：2.40万元": the fields after the total are its items
    when they add up to it (before, only the total was read); fields that do not add up are no items."""
    text = "某县某某所2025年度部门整体支出绩效自评报告\n一、基本情况\n"
    evaluation = _read(tmp_path, text + "收入合计：72.50万元　　财政拨款收入：70.10万元　　其他收入：2.40万元\n")
    assert [(i.name, i.amount) for i in evaluation.budget.income_items] == [
        ("财政拨款收入", Decimal("70.10")), ("其他收入", Decimal("2.40"))]
    evaluation = _read(tmp_path, text + "收入合计：72.50万元　　财政拨款收入：70.10万元　　其他收入：3.40万元\n")
    assert not evaluation.budget.income_items
