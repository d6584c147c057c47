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
    assert result.output.strip() == str(tmp_path / "r.md")
    assert "本次绩效评价综合得分93.19分" in (tmp_path / "r.md").read_text(encoding="utf-8")


def test_render_with_user_templates(tmp_path: Path) -> None:
    templates = tmp_path / "tpl"
    templates.mkdir()
    template = "经评价，综合得分{{ total|score }}分，等级为{{ grade }}。"
    (templates / "conclusion.j2").write_text(template, encoding="utf-8")
    out = tmp_path / "r.md"
    args = ["render", str(EXAMPLE), "-f", "md", "-o", str(out), "--templates", str(templates)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "经评价，综合得分93.19分，等级为优。" in out.read_text(encoding="utf-8")


@pytest.mark.slow
def test_render_all_formats(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["render", str(EXAMPLE), "--all", "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    paths = [Path(line) for line in result.output.split()]
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
