"""``jixiao parse``: output files, formats, --explain, warnings on stderr."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from jixiao.cli import app
from jixiao.model import Evaluation
from jixiao.modelio import load_evaluation

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "tests" / "data" / "seed" / "daxing-2024.txt"
REPORTS = ROOT / "tests" / "data" / "reports"


def test_parse_writes_yaml_that_loads_back(tmp_path: Path, example: Evaluation) -> None:
    out = tmp_path / "out" / "daxing.yaml"
    result = CliRunner().invoke(app, ["parse", str(SEED), "-o", str(out)])
    assert result.exit_code == 0, result.output
    loaded = load_evaluation(out)
    meta = {"provenance", "reading", "alternatives"}
    assert loaded.model_dump(exclude=meta) == example.model_dump(exclude=meta)
    assert loaded.provenance["budget.executed"].location == "第34行"


def test_parse_json_to_stdout() -> None:
    result = CliRunner().invoke(app, ["parse", str(SEED), "--format", "json"])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["stated_total"] == "93.19" or data["stated_total"] == 93.19
    assert data["indicators"][3]["stated_score"] in ("8.19", 8.19)


def test_explain_prints_fact_and_source() -> None:
    result = CliRunner().invoke(app, ["parse", str(SEED), "--explain"])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert "indicators[3].stated_score = 8.19 ← 第34行「绩效评价得分为8.19分」" in lines
    assert any(line.startswith("budget.adjusted = 8224.00 ← 第34行") for line in lines)


def test_warnings_go_to_stderr(tmp_path: Path) -> None:
    out = tmp_path / "r09.json"
    result = subprocess.run([sys.executable, "-m", "jixiao", "parse", str(REPORTS / "r09-yuelu-culture.txt"),
                             "-o", str(out)], capture_output=True, text=True)
    assert result.returncode == 0
    assert "警告：综合得分前后不一致" in result.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["stated_total"] in ("91.00", 91.0)


def test_bad_format_option() -> None:
    result = subprocess.run([sys.executable, "-m", "jixiao", "parse", str(SEED), "--format", "xml"],
                            capture_output=True, text=True)
    assert result.returncode == 2 and "yaml 或 json" in result.stderr
