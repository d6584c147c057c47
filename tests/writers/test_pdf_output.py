"""The PDF, through LibreOffice: CJK faces embedded (text extraction alone misses absent glyphs),
a page that is not blank, and many files in one LibreOffice call."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from jixiao.errors import JixiaoError
from jixiao.writers import docx_to_pdf_batch, render

pytestmark = pytest.mark.slow


def _embedded_fonts(pdf: Path) -> list[tuple[str, str]]:
    """(name, emb) for each font ``pdffonts`` lists."""
    lines = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout.splitlines()
    rows = []
    for line in lines[2:]:
        parts = line.split()
        # name type [type…] encoding emb sub uni object ID: emb is the 5th field from the end
        rows.append((parts[0], parts[-5]))
    return rows


def _page_gray_pixels(pdf: Path, tmp_path: Path, page: int = 1) -> bytes:
    """Page ``page`` rendered at 60 dpi, as 8-bit grey pixels (PGM body)."""
    stem = tmp_path / "page"
    subprocess.run(["pdftoppm", "-gray", "-r", "60", "-f", str(page), "-l", str(page), "-singlefile", str(pdf),
                    str(stem)], check=True)
    data = (tmp_path / "page.pgm").read_bytes()
    # P5\n<w> <h>\n<max>\n<pixels>
    header_end = 0
    for _ in range(3):
        header_end = data.index(b"\n", header_end) + 1
    return data[header_end:]


def test_pdf_embeds_cjk_fonts(rendered: dict[str, Path]) -> None:
    fonts = _embedded_fonts(rendered["pdf"])
    names = " ".join(name for name, _ in fonts)
    assert all(emb == "yes" for _, emb in fonts)
    assert "NotoSerifCJK" in names  # 仿宋_GB2312 / 方正小标宋简体 mapped by the shipped fonts.conf
    assert "NotoSansCJK" in names  # 黑体
    assert "UKai" in names  # 楷体_GB2312


def test_pdf_page_one_is_not_blank(rendered: dict[str, Path], tmp_path: Path) -> None:
    pixels = _page_gray_pixels(rendered["pdf"], tmp_path)
    mean = sum(pixels) / len(pixels)
    variance = sum((p - mean) ** 2 for p in pixels[::7]) / len(pixels[::7])
    dark_share = sum(1 for p in pixels if p < 128) / len(pixels)
    assert variance > 100  # a blank page has variance 0
    assert 0.005 < dark_share < 0.5  # text, not an empty or black page


def test_pdf_text_is_the_report(rendered: dict[str, Path]) -> None:
    text = subprocess.run(["pdftotext", "-layout", str(rendered["pdf"]), "-"], capture_output=True, text=True,
                          check=True).stdout
    compact = "".join(text.split())
    assert "本次绩效评价综合得分99.03分，绩效评价等级为“优”。" in compact
    assert "预算执行率指标应得14.03分（原填8.19分）" in compact
    assert "—1—" in compact  # page number


def test_batch_converts_many_docx_in_one_call(tmp_path: Path, seed_evaluation, seed_score) -> None:
    docx = [render(seed_evaluation, "docx", tmp_path / "in" / f"r{n}.docx", score=seed_score) for n in range(3)]
    pdfs = docx_to_pdf_batch(docx, tmp_path / "pdf")
    assert [p.name for p in pdfs] == ["r0.pdf", "r1.pdf", "r2.pdf"]
    assert all(p.read_bytes().startswith(b"%PDF") for p in pdfs)


def test_batch_rejects_duplicate_names(tmp_path: Path) -> None:
    with pytest.raises(JixiaoError, match="文件名重复"):
        docx_to_pdf_batch([tmp_path / "a" / "x.docx", tmp_path / "b" / "x.docx"], tmp_path / "out")


def test_without_libreoffice_one_sentence(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                          seed_evaluation, seed_score) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.delenv("JIXIAO_SOFFICE", raising=False)
    with pytest.raises(JixiaoError, match="未找到 LibreOffice") as caught:
        render(seed_evaluation, "pdf", tmp_path / "x.pdf", score=seed_score)
    assert caught.value.exit_code == 2
    assert not (tmp_path / "x.pdf").exists()
