"""``jixiao render``: one format, all formats, and bad input as one sentence with exit code 2."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from jixiao.cli import app

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "daxing-2024.yaml"


def test_render_one_format(tmp_path: Path) -> None:
    out = tmp_path / "r.md"
    result = CliRunner().invoke(app, ["render", str(EXAMPLE), "--format", "md", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == str(tmp_path / "r.md")
    text = (tmp_path / "r.md").read_text(encoding="utf-8")
    assert "本次绩效评价综合得分99.03分" in text
    # The formal note: every rule gives 14.03 where the unit wrote 8.19.
    assert "按《中央部门预算绩效自评通用规则》规定的计分方法，预算执行率指标应得14.03分（原填8.19分）" in text
    # Parts the unit left empty are placeholders, listed on stderr.
    assert "【待补充：预算调整原因】" in text and "【待补充：未执行原因】" in text
    assert "2 处待补充" in result.stderr and "【待补充：预算调整原因】" in result.stderr


def test_stated_scores_reproduce_the_report_consistently(tmp_path: Path) -> None:
    out = tmp_path / "r.md"
    result = CliRunner().invoke(app, ["render", str(EXAMPLE), "-f", "md", "--scores", "stated", "-o", str(out)])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert "本次绩效评价综合得分93.19分" in text and "该指标绩效评价得分为8.19分" in text
    assert "| **合计** |  |  |  |  | **100** | **93.19** |" in text
    assert "预算执行率指标应得14.03分（本报告按原填8.19分列示）" in text


def test_final_refuses_while_a_placeholder_remains(tmp_path: Path) -> None:
    out = tmp_path / "r.docx"
    result = CliRunner().invoke(app, ["render", str(EXAMPLE), "--final", "-o", str(out)])
    assert result.exit_code == 1
    assert not out.exists()
    assert "不能定稿" in result.stderr and "【待补充：未执行原因】" in result.stderr


def test_render_with_user_templates(tmp_path: Path) -> None:
    templates = tmp_path / "tpl"
    templates.mkdir()
    template = "经评价，综合得分{{ total|score }}分，等级为{{ grade }}。"
    (templates / "conclusion.j2").write_text(template, encoding="utf-8")
    out = tmp_path / "r.md"
    args = ["render", str(EXAMPLE), "-f", "md", "-o", str(out), "--templates", str(templates)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "经评价，综合得分99.03分，等级为优。" in out.read_text(encoding="utf-8")


@pytest.mark.slow
def test_render_all_formats(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["render", str(EXAMPLE), "--all", "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    paths = [Path(line) for line in result.stdout.split()]
    assert [p.suffix for p in paths] == [".docx", ".pdf", ".xlsx", ".html", ".md"]
    assert all(p.is_file() and p.stat().st_size > 1000 for p in paths)


@pytest.mark.parametrize(("args", "message"), [
    (["-f", "odt"], "不支持的输出格式 odt"),
    (["--templates", "/nonexistent/tpl", "-f", "md"], "模板目录"),
])
def test_bad_input_is_one_sentence(tmp_path: Path, args: list[str], message: str) -> None:
    completed = subprocess.run([sys.executable, "-m", "jixiao", "render", str(EXAMPLE), *args, "-o",
                                str(tmp_path / "x")], capture_output=True, text=True, check=False)
    assert completed.returncode == 2
    assert message in completed.stderr
    assert "Traceback" not in completed.stderr
    assert len(completed.stderr.strip().splitlines()) == 1
