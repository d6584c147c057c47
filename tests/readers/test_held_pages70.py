"""Shapes the held-out pages of stop 70 showed (docs/reader-corpora/held-70.md), each as an invented snippet:
invented units, places, funds and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page as _read

# a document viewer's copy of a project form, one cell a line with a blank line after each: the planned money split
# by level of government, each level named twice (the planned half, then the received half), small whole amounts
_ONE_A_LINE = "\n\n".join([
    "某某项目绩效自评表", "一、项目基本情况", "项目实施单位", "某某厅某某处", "主管部门", "某某厅",
    "计划投资额", "(万元)", "260", "实际到位资金", "(万元)", "215.5", "实际使用情况(万元)", "208.25",
    "其中:", "中央财政", "0", "其中:", "中央财政", "0", "省财政", "260", "省财政", "215.5",
    "市县财政", "0", "市县财政", "0", "其他", "0", "其他", "0",
    "二、绩效评价指标评分", "一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "得分",
    "项目决策", "20", "项目目标", "4", "目标内容", "4", "3.5",
]) + "\n"


def test_fund_rows_one_cell_a_line_each_level_named_twice() -> None:
    """"其中:" / "中央财政" / "0" / "其中:" / "中央财政" / "0" / "省财政" / "260" / "省财政" / "215.5" / …: the planned
    amount after each level's first naming is its fund row, as the same cells side by side are read (before, the
    bare "0" and "260" were dropped as page numbers and no fund row was read)."""
    budget = _read(_ONE_A_LINE).budget
    assert (budget.adjusted, budget.executed) == (Decimal("260"), Decimal("208.25"))
    assert [(row.name, row.adjusted, row.executed) for row in budget.fund_rows] == [
        ("中央财政", Decimal("0"), None), ("省财政", Decimal("260"), None),
        ("市县财政", Decimal("0"), None), ("其他", Decimal("0"), None)]


def test_fund_rows_one_a_line_only_when_they_sum_to_the_budget() -> None:
    """The same cells whose planned amounts do not add up to the planned money: no fund row is read."""
    text = _ONE_A_LINE.replace("省财政\n\n260", "省财政\n\n250")
    assert _read(text).budget.fund_rows == []
