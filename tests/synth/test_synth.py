"""The synthetic report generator: deterministic, varied, consistent, every defect plantable."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from typer.testing import CliRunner

from jixiao.checks import run_checks
from jixiao.checks.finding import Severity
from jixiao.cli import app
from jixiao.modelio import evaluation_from_data
from jixiao.synth import DEFECT_CODES, generate_batch


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    out = tmp_path_factory.mktemp("synth")
    return out, generate_batch(60, out, seed=11, formats=["txt"], defect_rate=0.5)


def test_same_seed_same_reports(tmp_path: Path) -> None:
    a = generate_batch(6, tmp_path / "a", seed=5, formats=["txt"])
    b = generate_batch(6, tmp_path / "b", seed=5, formats=["txt"])
    c = generate_batch(6, tmp_path / "c", seed=6, formats=["txt"])
    assert a == b
    for report in a["reports"]:
        name = report["files"]["txt"]
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
    assert [r["facts"] for r in a["reports"]] != [r["facts"] for r in c["reports"]]


def test_expected_json_lists_every_file(batch: tuple[Path, dict]) -> None:
    out = batch[0]
    on_disk = json.loads((out / "expected.json").read_text(encoding="utf-8"))
    assert on_disk["count"] == 60 == len(on_disk["reports"])
    for report in on_disk["reports"]:
        assert (out / report["files"]["txt"]).is_file()
        assert set(report["facts"]) >= {"unit", "year", "kind", "budget", "indicators", "stated_total", "stated_grade"}


def test_every_defect_code_is_planted(batch: tuple[Path, dict]) -> None:
    planted = {code for r in batch[1]["reports"] for code in r["defects"]}
    assert planted == set(DEFECT_CODES)


def test_all_grades_and_both_kinds(batch: tuple[Path, dict]) -> None:
    reports = batch[1]["reports"]
    assert {r["facts"]["stated_grade"] for r in reports} == {"优", "良", "中", "差"}
    assert {r["facts"]["kind"] for r in reports} == {"整体支出", "项目支出"}


def test_clean_reports_add_up(batch: tuple[Path, dict]) -> None:
    """Recomputed here by hand from the facts: weights sum to 100, scores to the total, grade by band."""
    for report in batch[1]["reports"]:
        if report["defects"]:
            continue
        facts = report["facts"]
        weights = sum(Decimal(i["weight"]) for i in facts["indicators"])
        scores = sum(Decimal(i["stated_score"]) for i in facts["indicators"])
        total = Decimal(facts["stated_total"])
        assert weights == 100
        assert scores == total
        band = "优" if total >= 90 else "良" if total >= 80 else "中" if total >= 60 else "差"
        assert facts["stated_grade"] == band
        assert [i["number"] for i in facts["indicators"]] == list(range(1, len(facts["indicators"]) + 1))
        budget = facts["budget"]
        if budget["income_items"]:
            assert sum(Decimal(v) for v in budget["income_items"].values()) == Decimal(budget["income_total"])
            assert sum(Decimal(v) for v in budget["expenditure_items"].values()) == Decimal(budget["expenditure_total"])
        if facts["staff_parts"]:
            assert sum(facts["staff_parts"].values()) == facts["staff_total"]


def test_checks_on_the_true_facts(batch: tuple[Path, dict]) -> None:
    """On the evaluations themselves (no reading): clean ones raise no error or warning, and every
    planted defect is found. Reading is tested in tests/review."""
    for report in batch[1]["reports"]:
        evaluation = evaluation_from_data(report["evaluation"])
        findings = run_checks(evaluation)
        serious = {f.code for f in findings if f.severity is not Severity.INFO}
        if report["defects"]:
            assert set(report["defects"]) <= serious, report["stem"]
        else:
            assert not serious, (report["stem"], [f.message for f in findings if f.severity is not Severity.INFO])


def test_wording_varies(batch: tuple[Path, dict]) -> None:
    out, expected = batch
    texts = [(out / r["files"]["txt"]).read_text(encoding="utf-8") for r in expected["reports"]]
    joined = "\n".join(texts)
    headings = {m for t in texts for m in re.findall(r"^(一、|一\.|第一部分)", t, re.M)}
    assert headings == {"一、", "一.", "第一部分"}
    for phrase in ("得分为", "自评得分", "分值", "权重", "万元", "亿元", "元，", "扣", "| 序号 |", "％"):
        assert phrase in joined, phrase
    assert re.search(r"\d{1,3}(,\d{3})+\.\d{2}万元", joined)  # with separators
    assert re.search(r"[^,\d]\d{4,}\.\d{2}万元", joined)  # without
    assert re.search(r"[０-９]", joined)  # some full-width digits


def test_text_states_the_facts(batch: tuple[Path, dict]) -> None:
    out, expected = batch
    for report in expected["reports"][:20]:
        text = (out / report["files"]["txt"]).read_text(encoding="utf-8")
        facts = report["facts"]
        assert facts["unit"] in text and f"{facts['year']}年度" in text
        for indicator in facts["indicators"]:
            assert indicator["name"] in text


def test_docx_output(tmp_path: Path) -> None:
    from docx import Document

    expected = generate_batch(3, tmp_path, seed=2, formats=["docx"])
    for report in expected["reports"]:
        document = Document(str(tmp_path / report["files"]["docx"]))
        text = "\n".join(p.text for p in document.paragraphs)
        assert report["facts"]["unit"] in text
        for indicator in report["facts"]["indicators"]:
            assert indicator["name"] in text


def test_cli(tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["synth", "3", "--out", str(tmp_path), "--seed", "4"])
    assert result.exit_code == 0, result.output
    assert len(list(tmp_path.glob("*.txt"))) == 3
    bad = subprocess.run([sys.executable, "-m", "jixiao", "synth", "3", "--out", str(tmp_path), "--formats", "rtf"],
                         capture_output=True, text=True, check=False)
    assert bad.returncode == 2
    assert "--formats" in bad.stderr and "Traceback" not in bad.stderr
