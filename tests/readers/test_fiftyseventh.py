"""Shapes of the fifty-seventh set (docs/reader-corpora/fiftyseventh.md), each rebuilt from an invented snippet of
the same shape (invented units and figures)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from jixiao.model import Evaluation
from jixiao.readers import read_any
from jixiao.readers.extract.values import parse_target


def _read(tmp_path: Path, text: str) -> Evaluation:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    return read_any(path).evaluation


_POINTING = ("某乡2024年度道路养护补助资金绩效自评报告\n一、资金情况\n"
             "资金由市级下达、乡级配套，预算安排及调整见注①，全年支出见注②。\n"
             "二、自评结论：自评得分95分。\n"
             "注：①年初预算88.50万元，年中追加后全年预算96.20万元（市级80.00万元，乡级16.20万元）。\n"
             "②全年支出93.74万元。\n")


def test_a_note_the_report_points_at_holds_its_figures(tmp_path: Path) -> None:
    """"见注①" in the text and "注：①年初预算…" at the foot: the note is the report's own, its figures are read
    (before, every line opening "注：" was taken for the template's instructions and the budget was lost)."""
    budget = _read(tmp_path, _POINTING).budget
    assert (budget.initial, budget.adjusted, budget.executed) == (Decimal("88.50"), Decimal("96.20"), Decimal("93.74"))


def test_a_note_nothing_points_at_stays_the_templates(tmp_path: Path) -> None:
    """The same note with no "见注①" in the text stays a note of the template: its figures are not the unit's."""
    budget = _read(tmp_path, _POINTING.replace("，预算安排及调整见注①", "")).budget
    assert budget.initial is None and budget.adjusted is None


def test_a_target_within_so_many_days_is_at_most() -> None:
    """"15日内" / "7个工作日内" / "48小时内": at most that many (before: ≥ 15 of a unit 日内); words before the figure
    saying from when ("收到申请后") keep the text as written."""
    assert parse_target("15日内") == {"comparator": "≤", "value": Decimal(15), "unit": "日"}
    assert parse_target("48小时内") == {"comparator": "≤", "value": Decimal(48), "unit": "小时"}
    assert parse_target("收到申请后7个工作日内") == {"comparator": "≤", "value": Decimal(7), "unit": "个工作日",
                                                    "text": "收到申请后7个工作日内"}
    assert parse_target("≥15日") == {"comparator": "≥", "value": Decimal(15), "unit": "日"}
    assert parse_target("年内") == {"text": "年内"}
