"""One wording for the same problem in every command; library warnings only with --verbose; file
names that cannot be printed are escaped on one line."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from hostile import XLSX, member, office_members, write_zip
from runner import run_apart, run_here

COMMANDS = ("parse", "check", "score", "render")


@pytest.mark.parametrize(("make", "words"), [
    (lambda tmp: tmp / "missing.txt", "文件不存在"),
    (lambda tmp: tmp, "是文件夹，不是文件"),
    (lambda tmp: tmp / "missing.yaml", "文件不存在"),
])
def test_every_command_says_it_the_same_way(tmp_path: Path, make: object, words: str) -> None:
    target = make(tmp_path)  # type: ignore[operator]
    for command in COMMANDS:
        args = [str(target)] + (["--format", "md", "-o", str(tmp_path / "out.md")] if command == "render" else [])
        run = run_here(command, args, tmp_path)
        assert run.code == 2 and run.stderr == f"错误：{target}：{words}\n", (command, run.stderr)


def test_library_warnings_only_with_verbose(tmp_path: Path) -> None:
    with zipfile.ZipFile(XLSX) as zf:  # an extension openpyxl does not know: it warns while reading
        sheet = zf.read("xl/worksheets/sheet1.xml").replace(
            b"</worksheet>", b'<extLst><ext uri="{00000000-0000-0000-0000-000000000000}"/></extLst></worksheet>')
    odd = write_zip(tmp_path / "odd.xlsx", office_members(XLSX, {"xl/worksheets/sheet1.xml": member(
        "xl/worksheets/sheet1.xml", sheet)}))
    quiet = run_here("parse", [str(odd)], tmp_path)
    assert quiet.code == 0 and "Warning" not in quiet.stderr and "extension" not in quiet.stderr, quiet.stderr
    loud = run_apart("--verbose", ["parse", str(odd), "-o", str(tmp_path / "v.yaml")], tmp_path)  # warnings as printed
    assert loud.code == 0 and "extension is not supported" in loud.stderr, loud.stderr


def test_a_name_with_a_line_break_stays_on_one_line(tmp_path: Path) -> None:
    odd = tmp_path / "第一行\n第二行.docx"
    odd.write_bytes(b"not a zip")
    run = run_here("check", [str(odd)], tmp_path)
    assert run.code == 2 and run.stderr.count("\n") == 1 and "第一行\\n第二行.docx" in run.stderr
