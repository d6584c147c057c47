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
