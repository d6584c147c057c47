"""Input collection details: archive entry names, our own outputs skipped, unknown paths refused."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from jixiao.errors import InputError
from jixiao.limits.zips import member_name
from jixiao.review.inputs import collect


def test_gbk_entry_names_from_windows_archives() -> None:
    info = zipfile.ZipInfo("报告.txt".encode("gbk").decode("cp437"))
    info.flag_bits = 0
    assert member_name(info) == "报告.txt"
    utf8 = zipfile.ZipInfo("报告.txt")
    utf8.flag_bits = 0x800
    assert member_name(utf8) == "报告.txt"


def test_outputs_of_an_earlier_review_are_not_reviewed(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "a.html").write_text("x", encoding="utf-8")
    (tmp_path / "review.json").write_text("{}", encoding="utf-8")
    items = collect([str(tmp_path)], tmp_path)
    assert [Path(i.display).name for i in items if i.path] == ["a.txt"]
    assert {Path(i.display).name: i.skipped for i in items if not i.path} == {
        "reports": "本次复核的输出，未复核", "review.json": "本次复核的输出，未复核"}


def test_unknown_path_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="找不到"):
        collect([str(tmp_path / "nope" / "*.txt")], tmp_path)
