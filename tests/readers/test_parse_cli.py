"""``jixiao parse``: output files, formats, --explain, warnings on stderr."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from page_reading import facts_of
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
    assert facts_of(loaded) == facts_of(example)
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


def test_year_option_fills_a_missing_year_and_overrides_a_read_one(tmp_path: Path) -> None:
    report = tmp_path / "no-year.txt"
    report.write_text("某镇人民政府部门整体支出绩效自评报告\n一、基本情况\n经自评，综合得分为91分，评价等级为优。\n",
                      encoding="utf-8")
    missing = CliRunner().invoke(app, ["parse", str(report), "--format", "json"])
    assert json.loads(missing.stdout).get("year") is None and "找不到评价年度" in missing.stderr
    given = CliRunner().invoke(app, ["parse", str(report), "--format", "json", "--year", "2023"])
    data = json.loads(given.stdout)
    assert given.exit_code == 0 and data["year"] == 2023 and "找不到评价年度" not in given.stderr
    assert data["provenance"]["year"]["location"] == "命令行参数 --year"
    seed = CliRunner().invoke(app, ["parse", str(SEED), "--format", "json", "--year", "2025"])
    overridden = json.loads(seed.stdout)
    assert overridden["year"] == 2025 and overridden["alternatives"]["year"][0]["value"] == "2024"
    assert "按 --year 采用2025年" in seed.stderr
    wrong = subprocess.run([sys.executable, "-m", "jixiao", "parse", str(SEED), "--year", "24"],
                           capture_output=True, text=True)
    assert wrong.returncode == 2 and "评价年度应在 1990 到 2100 之间" in wrong.stderr
