"""Scanned copies of reports, for tests, demos and the OCR benchmark.

A report's PDF (the writers' output) is rasterised at 150–300 dpi and made to look printed,
stamped and scanned: a red round seal over the signature (落款) and one over a table, grey or
yellowed paper lit unevenly, a skew of up to 2°, blur, noise, JPEG artefacts, and one page put in
upside down. The result is an image-only PDF (or a multi-page TIFF, or PNG/JPEG pages) whose facts
are the report's: the same expected facts hold for the scan as for the text PDF.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from jixiao.errors import InputError

SCAN_FORMATS = ("pdf", "tiff", "png", "jpg")
_KINDS = {".pdf": "pdf", ".tif": "tiff", ".tiff": "tiff", ".png": "png", ".jpg": "jpg", ".jpeg": "jpg"}
_SEAL_RED = np.array([205, 30, 35], dtype=np.float32)
_FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"


@dataclass(frozen=True)
class ScanStyle:
    """How rough the scan is. ``upside_down``: the page (from 0) put in upside down, None for none."""

    dpi: int = 200
    max_skew: float = 2.0
    blur: float = 0.8
    noise: float = 7.0
    jpeg_quality: int = 55
    seals: bool = True
    upside_down: int | None = 1
    paper: str = "yellowed"  # yellowed, grey or white


def scan_report(pdf: Path, out: Path, *, seed: int = 0, style: ScanStyle | None = None,
                seal_text: str = "", pages: Sequence[int] | None = None) -> Path:
    """Write a degraded scan of ``pdf`` to ``out`` (format by suffix: .pdf, .tif/.tiff, .png, .jpg:
    a PNG or JPEG scan is one file per page, ``name-1.png`` …); returns ``out``. ``pages`` (from 0)
    scans only those pages; ``seal_text`` is the name around the seals (the unit's)."""
    style = style or ScanStyle()
    if not 150 <= style.dpi <= 600:
        raise InputError(f"扫描分辨率应在 150–600 dpi 之间（收到 {style.dpi}）")
    kind = _KINDS.get(out.suffix.lower())
    if kind is None:
        raise InputError(f"{out}：扫描件只能写成 {'、'.join(SCAN_FORMATS)}")
    rng = random.Random(f"jixiao-scan-{seed}")
    images, marks = _rasterise(pdf, style.dpi, pages)
    seal_pages = _seal_places(marks) if style.seals else {}
    degraded = []
    for index, page in enumerate(images):
        if page is None:
            continue
        for centre in seal_pages.get(index, []):
            page = _stamp(page, centre, style.dpi, seal_text, rng)
        degraded.append(_degrade(page, style, rng, upside_down=index == style.upside_down))
    out.parent.mkdir(parents=True, exist_ok=True)
    _save(degraded, out, kind, style.dpi)
    return out


@dataclass
class _Marks:
    """Where on a rasterised page (pixels) the signature and a ruled table sit, if anywhere."""

    signature: tuple[float, float] | None = None
    table: tuple[float, float] | None = None
    text_end: tuple[float, float] | None = None  # just below the page's last text line, right of centre


def _rasterise(pdf: Path, dpi: int, wanted: Sequence[int] | None) -> tuple[list[np.ndarray | None], list[_Marks]]:
    """The wanted pages' pixels (None for the others) and every page's marks."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    document = pdfium.PdfDocument(str(pdf))
    pages: list[np.ndarray | None] = []
    marks: list[_Marks] = []
    try:
        for index, page in enumerate(document):
            scale = dpi / 72
            _, height = page.get_size()
            render = wanted is None or index in wanted
            pages.append(np.array(page.render(scale=scale).to_pil().convert("RGB")) if render else None)
            found = _Marks()
            rules = [obj.get_bounds() for obj in page.get_objects() if obj.type == pdfium_c.FPDF_PAGEOBJ_PATH]
            if len(rules) >= 8:
                left, right = min(r[0] for r in rules), max(r[2] for r in rules)
                bottom, top = min(r[1] for r in rules), max(r[3] for r in rules)
                found.table = ((left + right) / 2 * scale, (height - (top + bottom) / 2) * scale)
            found.signature, found.text_end = _signature(page, scale, height)
            marks.append(found)
    finally:
        document.close()
    return pages, marks


Point = tuple[float, float]


def _signature(page: Any, scale: float, height: float) -> tuple[Point | None, Point | None]:
    """The last date line (…年…月…日) on the page, where a unit signs and stamps; and the place just
    below the page's last line of text (where a signature would go when the report has none)."""
    textpage = page.get_textpage()
    text = textpage.get_text_range()
    width, _ = page.get_size()
    found: Point | None = None
    end: Point | None = None
    start = 0
    for line in text.split("\r\n"):
        stripped = line.strip()
        boxes = [textpage.get_charbox(i) for i in range(start, start + len(line)) if not text[i].isspace()]
        start += len(line) + 2
        if not boxes or (len(stripped) <= 5 and stripped.strip("—- 0123456789") == ""):  # a page number
            continue
        y = height - (min(b[1] for b in boxes) + max(b[3] for b in boxes)) / 2
        end = (width * 0.68 * scale, (y + 70) * scale)
        if stripped.endswith("日") and "年" in stripped and "月" in stripped and len(stripped) <= 16:
            x = (min(b[0] for b in boxes) + max(b[2] for b in boxes)) / 2
            found = (x * scale, (y - 20) * scale)
    return found, end


def _seal_places(marks: list[_Marks]) -> dict[int, list[Point]]:
    """One seal over the signature (the last page that has one) and one over the first ruled table."""
    places: dict[int, list[Point]] = {}
    signed = [i for i, m in enumerate(marks) if m.signature is not None]
    tables = [i for i, m in enumerate(marks) if m.table is not None]
    if signed:
        places.setdefault(signed[-1], []).append(marks[signed[-1]].signature)  # type: ignore[arg-type]
    else:  # no date line: below the body's last line (the page before the appendix of tables)
        body = [i for i, m in enumerate(marks) if m.text_end is not None and (not tables or i < tables[0])]
        if body:
            places.setdefault(body[-1], []).append(marks[body[-1]].text_end)  # type: ignore[arg-type]
    if tables:
        places.setdefault(tables[0], []).append(marks[tables[0]].table)  # type: ignore[arg-type]
    return places


def _seal(diameter: int, text: str) -> np.ndarray:
    """A round red seal's ink coverage (0–1): a ring, a five-pointed star, the name along the rim."""
    from PIL import Image, ImageDraw, ImageFont

    size = diameter
    canvas = Image.new("L", (size, size), 0)
    draw = ImageDraw.Draw(canvas)
    ring = max(3, size // 40)
    draw.ellipse((ring, ring, size - ring, size - ring), outline=255, width=ring)
    centre, star = size / 2, size * 0.17
    points = [(centre + (star if k % 2 == 0 else star * 0.38) * math.sin(k * math.pi / 5),
               centre - (star if k % 2 == 0 else star * 0.38) * math.cos(k * math.pi / 5)) for k in range(10)]
    draw.polygon(points, fill=255)
    name = text or "绩效评价专用章"
    try:
        font: Any = ImageFont.truetype(_FONT, max(10, size // 9))
    except OSError:
        font = ImageFont.load_default()
    arc = math.radians(250)
    for k, char in enumerate(name):
        angle = -arc / 2 + arc * (k + 0.5) / len(name)
        glyph = Image.new("L", (size // 7, size // 7), 0)
        ImageDraw.Draw(glyph).text((size // 14, size // 14), char, fill=255, font=font, anchor="mm")
        glyph = glyph.rotate(-math.degrees(angle), resample=Image.Resampling.BICUBIC)
        radius = size / 2 - ring * 2 - size / 14
        x = centre + radius * math.sin(angle) - glyph.width / 2
        y = centre - radius * math.cos(angle) - glyph.height / 2
        canvas.paste(255, (round(x), round(y)), glyph)
    return np.asarray(canvas, dtype=np.float32) / 255.0


def _stamp(page: np.ndarray, centre: tuple[float, float], dpi: int, text: str, rng: random.Random) -> np.ndarray:
    """Press a seal onto the page: red ink multiplies the paper, black print stays black."""
    diameter = int(dpi * 1.65)  # a 42 mm seal
    coverage = _seal(diameter, text) * rng.uniform(0.75, 0.95)
    x0 = int(centre[0] - diameter / 2 + rng.uniform(-0.1, 0.1) * diameter)
    y0 = int(centre[1] - diameter / 2 + rng.uniform(-0.1, 0.1) * diameter)
    height, width = page.shape[:2]
    sx0, sy0 = max(0, -x0), max(0, -y0)
    x0, y0 = max(0, x0), max(0, y0)
    x1, y1 = min(width, x0 + diameter - sx0), min(height, y0 + diameter - sy0)
    if x1 <= x0 or y1 <= y0:
        return page
    alpha = coverage[sy0:sy0 + y1 - y0, sx0:sx0 + x1 - x0, None]
    region = page[y0:y1, x0:x1].astype(np.float32)
    page = page.copy()
    page[y0:y1, x0:x1] = np.clip(region * (1 - alpha + alpha * _SEAL_RED / 255), 0, 255).astype(np.uint8)
    return page


_PAPERS = {"yellowed": (0.97, 0.93, 0.80), "grey": (0.83, 0.83, 0.83), "white": (1.0, 1.0, 1.0)}


def _degrade(page: np.ndarray, style: ScanStyle, rng: random.Random, upside_down: bool) -> np.ndarray:
    from PIL import Image, ImageFilter

    height = page.shape[0]
    tint = np.array(_PAPERS.get(style.paper, _PAPERS["white"]), dtype=np.float32)
    light = np.linspace(1.0, rng.uniform(0.85, 0.95), height, dtype=np.float32)[:, None, None]  # uneven lamp
    pixels = page.astype(np.float32) * tint * light
    paper = tuple(int(v) for v in 255 * tint)
    image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    angle = rng.uniform(0.3, style.max_skew) * rng.choice((-1, 1)) if style.max_skew > 0 else 0.0
    image = image.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=paper)
    if style.blur > 0:
        image = image.filter(ImageFilter.GaussianBlur(style.blur * style.dpi / 200))
    generator = np.random.default_rng(rng.randrange(2**32))
    grain = generator.normal(0, style.noise, (image.height, image.width))[:, :, None]
    noisy = np.asarray(image, dtype=np.float64) + grain
    specks = generator.random(noisy.shape[:2]) < 0.0008  # dust
    noisy[specks] = 40
    image = Image.fromarray(np.clip(noisy, 0, 255).astype(np.uint8))
    if style.jpeg_quality < 95:
        import io

        buffer = io.BytesIO()
        image.save(buffer, "JPEG", quality=style.jpeg_quality)
        image = Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")
    if upside_down:
        image = image.rotate(180)
    return np.asarray(image)


def _save(pages: list[np.ndarray], out: Path, kind: str, dpi: int) -> None:
    from PIL import Image

    images = [Image.fromarray(p) for p in pages]
    if kind == "pdf":
        images[0].save(out, "PDF", save_all=True, append_images=images[1:], resolution=float(dpi), quality=80)
    elif kind == "tiff":
        images[0].save(out, "TIFF", save_all=True, append_images=images[1:], dpi=(dpi, dpi), compression="jpeg",
                       quality=85)
    else:
        for number, image in enumerate(images, start=1):
            target = out.with_name(f"{out.stem}-{number}{out.suffix}")
            image.save(target, "PNG" if kind == "png" else "JPEG", dpi=(dpi, dpi), quality=85)
