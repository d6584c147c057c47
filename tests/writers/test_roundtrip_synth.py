"""Round trips over the synth corpus: ``render`` then ``parse`` gives back the same facts, for every
format jixiao writes (Word, PDF, Excel, Markdown, HTML), whole-unit and project reports, with subtotal rows,
the unit's budget notes and both kinds of budget block (a whole-unit 预算执行情况 with income and
spending; a project's 项目资金 with its fund rows). The PDFs are converted in one LibreOffice call."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from jixiao.model import Evaluation, FundRow, Kind
from jixiao.modelio import load_evaluation
from jixiao.readers import read_any
from jixiao.scoring import score_evaluation
from jixiao.synth.output import make_report
from jixiao.writers import docx_to_pdf_batch, render
from jixiao.writers.facts import actual_text, shown_figures, target_text

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]
REPORT_FORMATS = ("docx", "pdf", "md", "html")


def _project_with_fund_rows() -> Evaluation:
    """A synth project report completed the way a unit completes one: the supervising department, the
    goals and the funds by source (财政拨款 / 其他资金), so the project block prints its fund rows."""
    evaluation = make_report(7, 13)[0]
    assert evaluation.project is not None
    evaluation.unit.supervising_department = "示例市卫生健康委员会"
    # (closed sentences: the report closes a goal written without its 。, and the reader keeps the 。)
    evaluation.project.goal_expected = "完成辖区居民健康档案建档和慢病患者规范管理。"
    evaluation.project.goal_actual = "建档和规范管理任务基本完成。"
    budget = evaluation.budget
    assert budget.initial is not None and budget.adjusted is not None and budget.executed is not None
    other = Decimal("100.00")
    budget.fund_rows = [
        FundRow(name="财政拨款", initial=budget.initial - other, adjusted=budget.adjusted - other,
                executed=budget.executed - other),
        FundRow(name="其他资金", initial=other, adjusted=other, executed=other),
    ]
    return evaluation


def _cases() -> dict[str, Evaluation]:
    cases = {"seed": load_evaluation(ROOT / "examples" / "daxing-2024.yaml")}
    cases.update({f"synth-{i}": make_report(7, i)[0] for i in (0, 1, 3, 12)})
    cases["project-funds"] = _project_with_fund_rows()
    return cases


CASES = _cases()


def test_the_cases_cover_both_kinds_subtotals_notes_and_budget_blocks() -> None:
    kinds = {evaluation.kind for evaluation in CASES.values()}
    assert kinds == {Kind.WHOLE_UNIT, Kind.PROJECT}
    assert any(e.budget.adjustment_note for e in CASES.values() if e.kind == Kind.PROJECT)
    assert any(e.budget.adjustment_note for e in CASES.values() if e.kind == Kind.WHOLE_UNIT)
    assert any(e.budget.execution_note for e in CASES.values())
    assert any(e.budget.income_items and e.budget.expenditure_items for e in CASES.values())
    assert any(e.budget.fund_rows for e in CASES.values())
    assert sum(len({i.level1 for i in e.indicators}) > 1 for e in CASES.values() if e.kind == Kind.PROJECT) >= 2


def facts(evaluation: Evaluation, scores: list[Any] | None = None, total: Any = None, grade: Any = None
          ) -> dict[str, Any]:
    """Every fact a report states."""
    budget, project = evaluation.budget, evaluation.project
    scores = scores if scores is not None else [i.stated_score for i in evaluation.indicators]
    return {
        "unit": evaluation.unit.name, "year": evaluation.year, "kind": evaluation.kind,
        "supervising_department": evaluation.unit.supervising_department,
        "project": (project.name, project.implementing_unit, project.goal_expected,
                    project.goal_actual) if project else None,
        "staff_total": evaluation.unit.staff_total,
        "budget": (budget.initial, budget.adjusted, budget.executed, budget.stated_execution_rate),
        "fund_rows": [(r.name, r.initial, r.adjusted, r.executed) for r in budget.fund_rows],
        "income": (budget.income_total, [(i.name, i.amount) for i in budget.income_items]),
        "expenditure": (budget.expenditure_total, [(i.name, i.amount) for i in budget.expenditure_items]),
        "notes": (budget.adjustment_note, budget.execution_note),
        "indicators": [(i.number, i.level1, i.level2, i.name, i.weight, target_text(i.target), actual_text(i.actual),
                        score) for i, score in zip(evaluation.indicators, scores, strict=True)],
        "total": total if total is not None else evaluation.stated_total,
        "grade": grade if grade is not None else evaluation.stated_grade,
    }


def table_facts(evaluation: Evaluation, scores: list[Any] | None = None, total: Any = None, grade: Any = None
                ) -> dict[str, Any]:
    """The facts the Excel score table states (no staff, income, spending or prose notes: the official
    自评表 has none)."""
    whole = facts(evaluation, scores, total, grade)
    kept = {key: whole[key] for key in ("unit", "year", "kind", "project", "supervising_department", "total",
                                        "grade")}
    kept["budget"] = whole["budget"][:3]
    kept["fund_rows"] = whole["fund_rows"]
    kept["indicators"] = whole["indicators"]
    return kept


def _differences(got: dict[str, Any], expected: dict[str, Any]) -> dict[str, Any]:
    return {key: (expected[key], got[key]) for key in expected if got[key] != expected[key]}


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Path]]:
    folder = tmp_path_factory.mktemp("roundtrip")
    files: dict[str, dict[str, Path]] = {}
    for name, evaluation in CASES.items():
        score = score_evaluation(evaluation)
        files[name] = {fmt: render(evaluation, fmt, folder / f"{name}.{fmt}", score=score)
                       for fmt in ("docx", "md", "html", "xlsx")}
    pdfs = docx_to_pdf_batch([paths["docx"] for paths in files.values()], folder / "pdf")
    for paths, pdf in zip(files.values(), pdfs, strict=True):
        paths["pdf"] = pdf
    return files


def _shown(evaluation: Evaluation) -> tuple[list[Any], Any, Any]:
    figures = shown_figures(evaluation, score_evaluation(evaluation))
    return [item.score for item in figures.indicators], figures.total, figures.grade


@pytest.mark.parametrize("fmt", REPORT_FORMATS)
def test_report_formats_read_back_to_the_same_facts(fmt: str, written: dict[str, dict[str, Path]]) -> None:
    failures = {}
    for name, evaluation in CASES.items():
        got = facts(read_any(written[name][fmt]).evaluation)
        if diff := _differences(got, facts(evaluation, *_shown(evaluation))):
            failures[name] = diff
    assert failures == {}


def test_excel_reads_back_to_the_same_facts(written: dict[str, dict[str, Path]]) -> None:
    failures = {}
    for name, evaluation in CASES.items():
        got = table_facts(read_any(written[name]["xlsx"]).evaluation)
        if diff := _differences(got, table_facts(evaluation, *_shown(evaluation))):
            failures[name] = diff
    assert failures == {}


# -- minimal examples of gaps the reader had ---------------------------------------------------------


def test_level2_equal_to_the_name_is_kept(tmp_path: Path) -> None:
    evaluation = make_report(7, 1)[0]
    same = [i for i in evaluation.indicators if i.level2 == i.name]
    assert same  # 满意度指标 | 服务对象满意度 | 服务对象满意度
    read = read_any(render(evaluation, "docx", tmp_path / "r.docx")).evaluation
    assert [i.level2 for i in read.indicators if i.name == same[0].name] == [same[0].level2]


def test_a_placeholder_is_no_value(tmp_path: Path) -> None:
    evaluation = make_report(7, 1)[0]
    assert evaluation.unit.supervising_department is None  # printed as 【待补充：主管部门】
    read = read_any(render(evaluation, "md", tmp_path / "r.md")).evaluation
    assert read.unit.supervising_department is None


def test_excel_keeps_the_indicator_order(tmp_path: Path) -> None:
    evaluation = make_report(7, 3)[0]
    assert evaluation.indicators[0].name != "预算执行率"
    read = read_any(render(evaluation, "xlsx", tmp_path / "r.xlsx")).evaluation
    assert [i.name for i in read.indicators] == [i.name for i in evaluation.indicators]
