"""Field-level accuracy over the fixture reports of tests/data/reports (their own writing, many
styles and formats), each compared with its hand-written expected facts."""

from __future__ import annotations

from pathlib import Path

import pytest
from report_fields import compare, leaves, load_expected

from jixiao.readers import read_any

REPORTS = Path(__file__).resolve().parents[1] / "data" / "reports"
SUFFIXES = (".txt", ".md", ".docx", ".pdf", ".xlsx")


def _cases() -> list[tuple[Path, Path]]:
    cases = []
    for expected in sorted(REPORTS.glob("*.expected.yaml")):
        stem = expected.name.removesuffix(".expected.yaml")
        reports = [REPORTS / f"{stem}{suffix}" for suffix in SUFFIXES if (REPORTS / f"{stem}{suffix}").is_file()]
        assert len(reports) == 1, f"{expected.name} 应恰有一个对应的报告文件"
        cases.append((reports[0], expected))
    return cases


CASES = _cases()


def test_fixture_set_is_varied() -> None:
    suffixes = {report.suffix for report, _ in CASES}
    assert len(CASES) >= 12
    assert suffixes >= {".txt", ".md", ".docx", ".pdf", ".xlsx"}
    kinds = {load_expected(expected)["kind"] for _, expected in CASES}
    grades = {load_expected(expected)["stated_grade"] for _, expected in CASES}
    assert kinds == {"整体支出", "项目支出"}
    assert grades >= {"优", "良", "中", "差"}


def test_field_level_accuracy_is_at_least_98_percent() -> None:
    total = wrong = 0
    misses: list[str] = []
    for report, expected_path in CASES:
        expected = load_expected(expected_path)
        expected.pop("_expect_warnings", None)
        differences = compare(read_any(report).evaluation, expected)
        total += len(leaves(expected))
        wrong += len(differences)
        misses += [f"{report.name}: {path} 应为 {want!r}，读出 {got!r}" for path, want, got in differences]
    accuracy = (total - wrong) / total
    print(f"字段级准确率 {accuracy:.2%}（{total - wrong}/{total}）")
    assert accuracy >= 0.98, "\n".join(misses)


@pytest.mark.parametrize(("report", "expected_path"), CASES, ids=[r.name for r, _ in CASES])
def test_each_report_reads_its_key_facts(report: Path, expected_path: Path) -> None:
    expected = load_expected(expected_path)
    result = read_any(report)
    evaluation = result.evaluation
    assert evaluation.year == expected["year"]
    assert evaluation.kind.value == expected["kind"]
    assert len(evaluation.indicators) == len(expected["indicators"])
    assert evaluation.stated_total == expected.get("stated_total")
    for word in expected.get("_expect_warnings", []):
        assert any(word in warning for warning in result.warnings), (word, result.warnings)
    for i, indicator in enumerate(expected["indicators"]):
        assert f"indicators[{i}].weight" in evaluation.provenance
        if "stated_score" in indicator:
            assert f"indicators[{i}].stated_score" in evaluation.provenance


def test_a_fact_stated_twice_differently_is_a_warning_naming_both_places() -> None:
    result = read_any(REPORTS / "r09-yuelu-culture.txt")
    rate = [w for w in result.warnings if w.startswith("预算执行率")]
    assert rate and "第14行" in rate[0] and "第30行" in rate[0] and "93.5" in rate[0] and "95.2" in rate[0]
    assert result.evaluation.budget.stated_execution_rate == 93.50  # the first statement is kept
    total = [w for w in result.warnings if w.startswith("综合得分")]
    assert total and "91" in total[0] and "93.78" in total[0]
