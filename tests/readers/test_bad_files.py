"""Bad files get one Chinese sentence naming the file (InputError, exit 2), never a traceback."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from handmade_pdf import pdf_file
from jixiao.errors import InputError
from jixiao.readers import read_any

REPORTS = Path(__file__).resolve().parents[1] / "data" / "reports"


def _blank_pdf() -> bytes:
    """A valid one-page PDF with a drawn rectangle and no text (like a scan without OCR)."""
    stream = b"0 0 1 rg 100 100 200 200 re f"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    return pdf_file(objects)


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("empty.txt", b"", "空"),
        ("blank.md", b"   \n\n", "空"),
        ("binary.txt", bytes(range(256)) * 8, "编码"),
        ("corrupt.docx", b"PK\x03\x04 not really a zip", "Word"),
        ("notzip.docx", b"hello", "Word"),
        ("corrupt.xlsx", b"PK\x05\x06" + b"\0" * 18, "Excel"),
        ("corrupt.pdf", b"%PDF-1.4\n garbage", "PDF"),
        ("image.pdf", _blank_pdf(), "扫描件"),
        ("report.rtfx", b"x", "不支持"),
        ("noyear.txt", "一份没有年份的说明。\n".encode(), "年度"),
    ],
)
def test_bad_file_is_one_chinese_sentence(tmp_path: Path, name: str, content: bytes, words: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError) as info:
        read_any(path)
    message = str(info.value)
    assert message.startswith(str(path)) and words in message
    assert "\n" not in message and "Traceback" not in message


def test_zip_that_is_not_a_word_document(tmp_path: Path) -> None:
    path = tmp_path / "other.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "not a document")
    with pytest.raises(InputError, match=r"Word 文件已损坏|文件已损坏"):
        read_any(path)


def test_encrypted_pdf_is_refused_with_advice() -> None:
    with pytest.raises(InputError, match="加密"):
        read_any(REPORTS / "bad" / "encrypted.pdf")


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="不存在"):
        read_any(tmp_path / "nothing.docx")


def test_cli_exits_2_with_the_sentence(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    result = subprocess.run([sys.executable, "-m", "jixiao", "parse", str(path)], capture_output=True, text=True)
    assert result.returncode == 2
    assert result.stderr.strip() == f"错误：{path}：文件是空的"
