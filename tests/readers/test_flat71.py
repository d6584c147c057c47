"""Stop 50, flat71: forms of a system's export and of a "指标值→完成值" column, flattened or saved in other formats.
A wide export row (one data row under "指标1三级指标", "指标1分值" … headers) as a Word or web page table; a target and
its actual in one "A → B" cell under a header the flattened reader names apart or as the target only; a budget row's
"预算执行率 100% → 97.4%" in such a column. Invented unit, figures and wording."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from page_reading import flattened, indicator_rows, read_docx, read_saved, read_saved_rows

from jixiao.checks import run_checks
from jixiao.model import Evaluation

# one wide export row: the project's fields, then three indicators' fields under numbered headers, the total last
_WIDE_HEAD = ["项目名称", "主管部门", "实施单位", "年初预算数", "全年预算数", "全年执行数",
              *(f"指标{n}{field}" for n in (1, 2, 3)
                for field in ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")),
              "总分", "自评得分", "自评等级"]
_WIDE_ROW = ["某某镇2024年河塘清淤整治项目", "某县水务局", "某县某某镇人民政府", "86.00", "92.50", "90.10",
             "产出指标", "数量指标", "清淤河塘数量", "≥12口", "13口", "40", "40",
             "产出指标", "质量指标", "工程验收合格率", "100%", "100%", "30", "30",
             "满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%", "93%", "30", "28.5",
             "100", "98.5", "优"]
_WIDE_INDICATORS = [("产出指标", "数量指标", "清淤河塘数量", Decimal(40), Decimal(40)),
                    ("产出指标", "质量指标", "工程验收合格率", Decimal(30), Decimal(30)),
                    ("满意度指标", "服务对象满意度指标", "周边群众满意度", Decimal(30), Decimal("28.5"))]


def _html(rows: list[list[str]]) -> str:
    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return (f"<html><head><meta charset='utf-8'></head><body><p>项目支出绩效自评表</p>"
            f"<table border='1'>{cells}</table></body></html>")


def _errors(evaluation: Evaluation) -> set[str]:
    return {f.code for f in run_checks(evaluation) if f.severity.name == "ERROR"}


def test_a_wide_export_row_in_a_web_page_reads_as_its_fields(tmp_path: Path) -> None:
    """Saved as an HTML table, the wide row reads as the Excel reader reads it: each numbered indicator its own,
    and no indicator made of the whole row (whose score over its weight was a false error)."""
    evaluation = read_saved(tmp_path, _html([_WIDE_HEAD, _WIDE_ROW]), "form.html")
    assert indicator_rows(evaluation) == _WIDE_INDICATORS
    assert (evaluation.project.name, evaluation.budget.executed, evaluation.stated_total) == (
        "某某镇2024年河塘清淤整治项目", Decimal("90.10"), Decimal("98.5"))
    assert "SCORE_OVER_WEIGHT" not in _errors(evaluation)


def test_a_wide_export_row_in_a_word_table_reads_as_its_fields(tmp_path: Path) -> None:
    evaluation = read_docx(tmp_path, ["项目支出绩效自评表", [_WIDE_HEAD, _WIDE_ROW]])
    assert indicator_rows(evaluation) == _WIDE_INDICATORS


def test_a_table_of_two_rows_with_few_numbered_heads_stays_a_table(tmp_path: Path) -> None:
    """(A guard) an ordinary indicator table whose header names one "指标1…" column is no export row."""
    rows = [["三级指标", "指标1说明", "分值", "得分"], ["清淤河塘数量", "按口计", "40", "38"]]
    evaluation = read_saved(tmp_path, _html(rows), "form.html")
    assert [(i.name, i.weight, i.stated_score) for i in evaluation.indicators] == [
        ("清淤河塘数量", Decimal(40), Decimal(38))]


_HEAD = ["某某区档案馆2024年度部门整体支出绩效自评表", "单位名称 某某区档案馆"]
_ARROWS = [["一级指标", "二级指标", "三级指标", "指标值→完成值", "分值", "得分"],
           ["产出指标", "数量指标", "新接收进馆档案卷数", "≥3200卷 → 3350卷", "30", "30"],
           ["产出指标", "质量指标", "档案数字化差错率", "≤0.2% → 0.15%", "30", "30"],
           ["产出指标", "成本指标", "预算执行率", "100% → 97.4%", "10", "9.74"],
           ["满意度指标", "服务对象满意度指标", "查档群众满意度", "≥92% → 95%", "30", "30"]]


def _values(evaluation: Evaluation) -> list[tuple[object, ...]]:
    return [(i.name, i.target.comparator, i.target.value, i.actual.value, i.actual.unit) for i in evaluation.indicators]


@pytest.mark.parametrize("shape", ["cells", "spaced"])
def test_an_arrow_cell_gives_target_and_actual_when_flattened(tmp_path: Path, shape: str) -> None:
    """The header named apart (cells a line) or as the target alone (spaced rows): each "A → B" cell is cut at its
    arrow as the Word reader cuts it, A the target and B the actual, both marked guessed."""
    evaluation = read_saved_rows(tmp_path, flattened(_HEAD, _ARROWS, [], shape))
    assert _values(evaluation) == _values(read_docx(tmp_path, [*_HEAD, _ARROWS]))
    assert [(name, target, actual, unit) for name, _, target, actual, unit in _values(evaluation)] == [
        ("新接收进馆档案卷数", Decimal(3200), Decimal(3350), "卷"),
        ("档案数字化差错率", Decimal("0.2"), Decimal("0.15"), "%"),
        ("预算执行率", Decimal(100), Decimal("97.4"), "%"), ("查档群众满意度", Decimal(92), Decimal(95), "%")]
    assert evaluation.provenance["indicators[0].actual"].guessed


def test_an_arrow_after_a_budget_rate_is_no_statement_of_it(tmp_path: Path) -> None:
    """"预算执行率100% → 97.4%" (an indicator's target leading on to its actual, as a "指标值→完成值" row runs on in a
    viewer's text) is no statement of the budget's rate: the prose's 97.4% stands alone, no mismatch with a 100."""
    lines = ["某某区档案馆2024年度部门整体支出绩效自评报告", "单位名称：某某区档案馆",
             "全年预算560.00万元，实际支出545.44万元，预算执行率97.4%。", "三、绩效指标完成情况",
             "产出指标：新接收进馆档案卷数≥3200卷 → 3350卷，档案数字化差错率≤0.2% → 0.15%，预算执行率100% → 97.4%。"]
    evaluation = read_saved_rows(tmp_path, lines)
    assert evaluation.budget.stated_execution_rate == Decimal("97.4")
    assert "budget.stated_execution_rate" not in evaluation.alternatives
    assert "TEXT_TABLE_MISMATCH" not in _errors(evaluation)
