"""A damaged or hostile OFD file is refused in one Chinese sentence naming the file, never a crash, and nothing in it
is expanded past the input limits (the zip's members, the XML's nesting, its entities)."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from jixiao.errors import InputError
from jixiao.readers import read_any

_NS = 'xmlns:ofd="http://www.ofdspec.org/2016"'
_ROOT = f"<ofd:OFD {_NS}><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>"
_DOCUMENT = (f'<ofd:Document {_NS}><ofd:Pages><ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages>'
             "</ofd:Document>")


def _page(text: str) -> str:
    return (f'<ofd:Page {_NS}><ofd:Content><ofd:Layer><ofd:TextObject ID="2" Boundary="10 10 80 4" Size="3">'
            f'<ofd:TextCode X="0" Y="3">{text}</ofd:TextCode></ofd:TextObject></ofd:Layer></ofd:Content></ofd:Page>')


def _ofd(path: Path, parts: dict[str, str | bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return path


def _whole(page: str) -> dict[str, str | bytes]:
    return {"OFD.xml": _ROOT, "Doc_0/Document.xml": _DOCUMENT, "Doc_0/Pages/Page_0/Content.xml": page}


def test_a_file_that_is_no_zip_is_refused_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "某馆自评.ofd"
    path.write_text("某某单位2024年度绩效自评报告", encoding="utf-8")
    with pytest.raises(InputError, match=r"某馆自评\.ofd：不是有效的 OFD 文件"):
        read_any(path)


def test_a_missing_part_is_named(tmp_path: Path) -> None:
    parts = _whole(_page("某某单位"))
    del parts["Doc_0/Document.xml"]
    with pytest.raises(InputError, match=r"OFD 文件缺少部件.*Document\.xml"):
        read_any(_ofd(tmp_path / "missing.ofd", parts))


def test_broken_xml_is_a_damaged_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"XML 已损坏"):
        read_any(_ofd(tmp_path / "broken.ofd", _whole("<ofd:Page><ofd:Content>")))


def test_entities_are_not_expanded(tmp_path: Path) -> None:
    """A page declaring a billion-laughs entity: the entity is never expanded (refused or read without it)."""
    laughs = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    page = f'<?xml version="1.0"?><!DOCTYPE p [<!ENTITY l0 "哈">{laughs}]>' + _page("某某单位&l9;")
    try:
        document = read_any(_ofd(tmp_path / "laughs.ofd", _whole(page))).evaluation
    except InputError as exc:
        assert "laughs.ofd" in str(exc)
    else:
        assert "哈哈" not in repr(document)


def test_nesting_past_the_limit_is_refused_before_parsing(tmp_path: Path) -> None:
    deep = "<a>" * 5_000 + "</a>" * 5_000
    with pytest.raises(InputError, match=r"deep\.ofd"):
        read_any(_ofd(tmp_path / "deep.ofd", _whole(_page("某某单位").replace("</ofd:Layer>", deep + "</ofd:Layer>"))))


def test_a_member_past_its_size_cap_is_refused_before_it_is_read(tmp_path: Path) -> None:
    parts = _whole(_page("某某单位"))
    parts["Doc_0/Res/huge.xml"] = b"<r>" + b" " * 120_000_000 + b"</r>"  # deflates to a few hundred kilobytes
    with pytest.raises(InputError, match=r"huge\.xml"):
        read_any(_ofd(tmp_path / "bomb.ofd", parts))


def test_the_cli_says_one_sentence_and_exits_non_zero(tmp_path: Path) -> None:
    path = tmp_path / "坏文件.ofd"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    out = subprocess.run([sys.executable, "-m", "jixiao", "parse", str(path)], capture_output=True, text=True,
                         timeout=120)
    assert out.returncode != 0 and "Traceback" not in out.stderr
    assert "坏文件.ofd" in out.stderr
