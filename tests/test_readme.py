"""The README documents every command the CLI offers (datasette-style: undocumented → failing build)."""

from __future__ import annotations

import re
from pathlib import Path

import typer.main

from jixiao.cli import app

ROOT = Path(__file__).resolve().parent.parent


def _command_names() -> set[str]:
    group = typer.main.get_group(app)
    return set(group.commands)


def test_every_command_is_in_the_readme_table() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^\| `jixiao (\w[\w-]*)", readme, flags=re.MULTILINE))
    missing = _command_names() - documented
    assert not missing, f"README 的命令表缺少：{sorted(missing)}"
    unknown = documented - _command_names()
    assert not unknown, f"README 列出了不存在的命令：{sorted(unknown)}"


def test_readme_starts_with_the_two_commands() -> None:
    head = (ROOT / "README.md").read_text(encoding="utf-8")[:400]
    assert "make demo" in head and "make test" in head
