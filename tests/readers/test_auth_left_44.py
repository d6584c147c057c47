"""What the fifty-fourth and fifty-fifth sets left (docs/reader-corpora/auth-left-44.md), each rebuilt from an
invented snippet of the same shape (invented units and figures)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from jixiao.readers import read_any

_HEAD = ("某县某某中心2025年度某某扶持资金绩效自评报告\n"
         "本项目年初预算80.00万元，全年预算82.00万元，全年执行79.10万元，预算执行率96.46%。\n")


def _read(tmp_path: Path, text: str) -> Any:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    return read_any(path).evaluation


def test_conclusion_total_after_a_numbered_line_scoring_an_indicator(tmp_path: Path) -> None:
    """"一、资金情况。…预算执行率96.46%（分值10分，得分9.65分）。" then "三、自评结论。本项目满分100分，自评得分
    96.80分": the bracketed score beside its 分值 is the rate's, so the two numbered lines are no list of parts'
    scores and the conclusion's is the total (before, both were taken for listed parts and the total was lost)."""
    evaluation = _read(tmp_path, _HEAD + (
        "一、资金情况。全年执行79.10万元，预算执行率96.46%（分值10分，得分9.65分）。\n"
        "二、指标完成情况。各项产出和效益指标基本完成。\n"
        "三、自评结论。本项目满分100分，自评得分96.80分，自评等级为优。\n"))
    assert evaluation.stated_total == Decimal("96.80")
    assert evaluation.full_mark == Decimal("100")


def test_income_items_one_a_line_under_their_total(tmp_path: Path) -> None:
    """"收入合计：56.30万元" over "财政拨款收入：51.80万元" / "事业收入：4.50万元", one field a line: the lines
    adding up to the total are its items (before, the total was read and the items not)."""
    evaluation = _read(tmp_path, _HEAD + (
        "一、收支情况\n收入合计：56.30万元\n财政拨款收入：51.80万元\n事业收入：4.50万元\n"
        "二、绩效情况\n各项工作按计划完成。\n"))
    budget = evaluation.budget
    assert budget.income_total == Decimal("56.30")
    assert [(item.name, item.amount) for item in budget.income_items] == [
        ("财政拨款收入", Decimal("51.80")), ("事业收入", Decimal("4.50"))]


def test_lines_under_a_total_that_do_not_add_up_are_no_items(tmp_path: Path) -> None:
    """The same lines whose amounts do not add up to the total stay unread as its items."""
    evaluation = _read(tmp_path, _HEAD + (
        "一、收支情况\n收入合计：56.30万元\n财政拨款收入：50.80万元\n事业收入：4.50万元\n"))
    assert evaluation.budget.income_total == Decimal("56.30")
    assert not evaluation.budget.income_items


def _cells(*cells: str) -> str:
    return "\n".join(cells) + "\n"


def test_a_weighted_group_heading_inside_a_flattened_form_is_no_section(tmp_path: Path) -> None:
    """A form one cell a line parted by "一、共性指标（20分）" and "二、个性指标（80分）" rows: the second group's row
    is the table's own (a heading with its share of the points), so its rows are read (before, it ended the table,
    was read as an indicator named 个性指标 and the rows under it were lost)."""
    text = _cells(
        "某市某某检验中心", "2025年度部门整体支出绩效自评报告", "二、绩效自评表",
        "一级指标", "二级指标", "三级指标", "年度目标值", "全年实际值", "分值", "得分", "偏差原因分析及改进措施",
        "一、共性指标（20分）",
        "管理效率", "预算执行", "预算执行率", "100%", "96.40%", "10", "9.64",
        "管理效率", "资产管理", "固定资产利用率", "≥90%", "93%", "10", "10",
        "二、个性指标（80分）",
        "履职效能", "检验检测", "完成检验批次", "≥1800批次", "1866批次", "40", "40",
        "履职效能", "检验检测", "报告按时出具率", "≥98%", "99.1%", "20", "20",
        "社会效应", "服务对象满意度", "送检企业满意度", "≥90%", "92.5%", "20", "20",
        "总分", "100", "99.64", "优")
    evaluation = _read(tmp_path, text)
    named = {i.name: i for i in evaluation.indicators}
    assert "个性指标" not in named
    assert named["完成检验批次"].weight == 40
    assert named["完成检验批次"].actual.value == Decimal("1866")
    assert named["送检企业满意度"].level2 == "服务对象满意度"
    assert named["送检企业满意度"].stated_score == Decimal("20")
    assert named["预算执行率"].stated_score == Decimal("9.64")
