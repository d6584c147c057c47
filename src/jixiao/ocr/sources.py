"""Where a scanned page comes from: a frame of an image file or a page of a PDF, loaded in the
process that reads it (only this small description crosses to a worker, never the pixels)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from jixiao.errors import InputError
from jixiao.ocr.caps import MAX_PAGE_PIXELS, MAX_SCANNED_PAGES
from jixiao.ocr.preprocess import TARGET_DPI


@dataclass(frozen=True)
class PageSource:
    path: str
    index: int  # frame of a multi-page image, or page of a PDF (from 0)
    kind: str  # "image" or "pdf"

    def key(self, digest: str) -> str:
        return f"{digest}-{self.kind}{self.index}"


def image_pages(path: Path) -> list[PageSource]:
    """One source per frame of an image file (a multi-page TIFF has several)."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as image:
            frames = int(getattr(image, "n_frames", 1))
            _check_pixels(path, image.size)
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, SyntaxError, ValueError) as exc:
        raise _unreadable(path, exc) from None
    check_page_count(path, frames)
    return [PageSource(str(path), index, "image") for index in range(frames)]


def check_page_count(path: Path, pages: int) -> None:
    if pages > MAX_SCANNED_PAGES:
        raise InputError(f"{path}：扫描页共 {pages} 页，超过上限 {MAX_SCANNED_PAGES} 页，请拆分后再读取")


def load(source: PageSource) -> tuple[np.ndarray, float | None]:
    """The page's pixels (RGB or grey) and the resolution its file states (None when unknown)."""
    if source.kind == "pdf":
        return _pdf_page(Path(source.path), source.index), float(TARGET_DPI)
    return _image_frame(Path(source.path), source.index)


def _image_frame(path: Path, index: int) -> tuple[np.ndarray, float | None]:
    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        with Image.open(path) as image:
            image.seek(index)
            _check_pixels(path, image.size)
            dpi = image.info.get("dpi")
            frame = ImageOps.exif_transpose(image) if index == 0 else image
            mode = "L" if frame.mode in ("1", "L", "I;16", "I", "F") else "RGB"
            pixels = np.asarray(frame.convert(mode))
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, SyntaxError, ValueError) as exc:
        raise _unreadable(path, exc) from None
    stated = float(dpi[0]) if isinstance(dpi, tuple) and dpi and dpi[0] else None
    return pixels, stated


def _pdf_page(path: Path, index: int) -> np.ndarray:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(path))
    try:
        page = document[index]
        width, height = page.get_size()
        scale = TARGET_DPI / 72
        pixels = width * height * scale * scale
        if pixels > MAX_PAGE_PIXELS:  # a page of absurd size: render it smaller
            scale *= (MAX_PAGE_PIXELS / pixels) ** 0.5
        bitmap = page.render(scale=scale, grayscale=False)
        return np.array(bitmap.to_pil().convert("RGB"))
    finally:
        document.close()


def _check_pixels(path: Path, size: tuple[int, int]) -> None:
    width, height = size
    if width * height > MAX_PAGE_PIXELS:
        raise InputError(f"{path}：图片 {width}×{height} 像素，超过上限 {MAX_PAGE_PIXELS:,} 像素，请降低分辨率后再读取")


def _unreadable(path: Path, exc: BaseException) -> InputError:
    if type(exc).__name__ == "DecompressionBombError":
        return InputError(f"{path}：图片像素过多，超过上限，请降低分辨率后再读取")
    return InputError(f"{path}：图片文件已损坏或格式不受支持，无法读取（{type(exc).__name__}）")
