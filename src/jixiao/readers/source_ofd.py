"""OFD reports (GB/T 33190, the fixed-layout format Chinese offices and e-signature systems save) → :class:`Document`.

An OFD file is a zip of XML parts: ``OFD.xml`` names each document's root (``DocRoot``), the document lists its
pages (``Pages/Page/@BaseLoc``), and a page's ``Content`` holds text objects, each with its ``Boundary`` ("x y w h",
millimetres) and one or more ``TextCode`` runs placed at X / Y inside it. Nothing says which runs make a line or
a table's row, so the runs are laid out as a page prints them: grouped into lines by their baseline, put in order
by x; runs standing apart by more than a character's width are separate cells. A line of several cells becomes a
tab-separated row, and the lines go through the plain-text reader (:func:`text_to_document`), which makes rows
into tables and re-joins wrapped prose, as for a PDF viewer's copy. Path objects (the table's rules), images,
templates and annotations (a seal, a watermark) are not text of the report and are left out.
"""

from __future__ import annotations

import posixpath
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jixiao.errors import InputError
from jixiao.limits import check
from jixiao.limits.zips import check_container, xml_error
from jixiao.readers.document import Document
from jixiao.readers.source_text import text_to_document

_GAP = 0.6  # runs closer than this many character heights on one line are one cell
_SAME_LINE = 0.5  # baselines closer than this many character heights are one line


@dataclass(frozen=True)
class Run:
    """One TextCode run placed on its page: its left x, baseline y, right x, character height and text."""

    x: float
    y: float
    right: float
    size: float
    text: str


def read_ofd_document(path: Path) -> Document:
    if not zipfile.is_zipfile(path):
        raise InputError(f"{path}：不是有效的 OFD 文件，文件可能已损坏或是其他格式")
    sizes = check_container(path, "OFD", depth=True).sizes  # sizes, methods, members and nesting, while inflating
    from lxml import etree

    try:
        with zipfile.ZipFile(path) as zf:
            parts = _page_parts(zf)
            # (a Document.xml may name one page's part a hundred thousand times: its pages and the bytes they make
            # are counted before any is parsed)
            check("pages", len(parts), str(path))
            check("container_bytes", sum(sizes.get(part, 0) for part in parts), str(path), name="页面解压后合计")
            pages = [_page_runs(zf, part) for part in parts]
    except etree.XMLSyntaxError as exc:
        raise xml_error(str(path), exc) from None
    except KeyError as exc:
        raise InputError(f"{path}：OFD 文件缺少部件 {exc}，文件已损坏，无法读取") from None
    lines = [line for runs in pages for line in (*page_lines(runs), "")]
    if not any(lines):
        raise InputError(f"{path}：OFD 文件中没有可提取的文字（可能是扫描件或图片），请提供文字版文件")
    return text_to_document("\n".join(lines), str(path))


def _xml(zf: zipfile.ZipFile, name: str) -> Any:
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    return etree.fromstring(zf.read(name), parser)


def _local(element: Any) -> str:
    tag = element.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _children(element: Any, name: str) -> list[Any]:
    return [e for e in element.iter() if _local(e) == name]


def _part(base: str, loc: str) -> str:
    """A part named relative to ``base``'s folder, or from the package root when it starts with "/"."""
    loc = loc.strip()
    return posixpath.normpath(loc.lstrip("/") if loc.startswith("/") else posixpath.join(posixpath.dirname(base), loc))


def _page_parts(zf: zipfile.ZipFile) -> list[str]:
    """Each page's content part, in the documents' and the pages' order."""
    parts: list[str] = []
    for root in _children(_xml(zf, "OFD.xml"), "DocRoot"):
        document = _part("OFD.xml", root.text or "")
        for page in _children(_xml(zf, document), "Page"):
            loc = page.get("BaseLoc")
            if loc:
                parts.append(_part(document, loc))
    return parts


def _numbers(text: str | None) -> list[float]:
    try:
        return [float(n) for n in (text or "").replace(",", " ").split()]
    except ValueError:
        return []


def _offsets(text: str | None, count: int) -> list[float]:
    """A TextCode's DeltaX: the advance from each glyph to the next, "g N v" standing for N advances of v; at most
    ``count`` read (a "g" of a billion advances is no reason to make them)."""
    items, i = (text or "").replace(",", " ").split(), 0
    out: list[float] = []
    try:
        while i < len(items) and len(out) < count:
            if items[i] == "g" and i + 2 < len(items):
                out += [float(items[i + 2])] * min(int(float(items[i + 1])), count - len(out))
                i += 3
            else:
                out.append(float(items[i]))
                i += 1
    except (ValueError, OverflowError):  # ("g inf 1")
        return []
    return out


def _advance(text: str, size: float, offsets: list[float]) -> float:
    """A run's width in its object's units: its DeltaX advances and its last glyph, else a Chinese character (or a
    full-width mark) a character height wide and any other half that."""
    if offsets:
        return sum(offsets) + (size if ord(text[-1]) > 0x2000 else size / 2)
    return sum(size if ord(ch) > 0x2000 else size / 2 for ch in text)


def _page_runs(zf: zipfile.ZipFile, part: str) -> list[Run]:
    """The page's text runs placed on it: a TextCode's X / Y are in its object's space, which the object's CTM maps
    (a scale, often points to millimetres, and a shift) onto the page from its Boundary's corner; a TextCode
    without X or Y takes the one before it."""
    runs: list[Run] = []
    for obj in _children(_xml(zf, part), "TextObject"):
        box = _numbers(obj.get("Boundary"))
        if len(box) < 4:
            continue
        ctm = _numbers(obj.get("CTM"))
        a, b, c, d, e, f = ctm if len(ctm) == 6 else (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
        scale = abs(a * d - b * c) ** 0.5 or 1.0
        size = (_numbers(obj.get("Size")) or [0.0])[0] or box[3] / scale or 1.0
        code_x, code_y = 0.0, size
        for code in _children(obj, "TextCode"):
            code_x = (_numbers(code.get("X")) or [code_x])[0]
            code_y = (_numbers(code.get("Y")) or [code_y])[0]
            text = "".join(code.itertext()).strip()
            if not text:
                continue
            x = box[0] + a * code_x + c * code_y + e
            y = box[1] + b * code_x + d * code_y + f
            width = _advance(text, size, _offsets(code.get("DeltaX"), len(text) - 1)) * scale
            right = min(x + width, box[0] + box[2]) if box[2] > 0 else x + width  # (a Boundary as wide as the page)
            runs.append(Run(x, y, max(right, x + size * scale * 0.5), size * scale, text))
    return runs


def page_lines(runs: list[Run]) -> list[str]:
    """The page's runs as printed lines: runs on one baseline in x order, a tab between runs standing apart."""
    out: list[str] = []
    line: list[Run] = []
    for run in sorted(runs, key=lambda r: (r.y, r.x)):
        if line and run.y - line[0].y > _SAME_LINE * max(line[0].size, run.size):
            out.append(_line_text(line))
            line = []
        line.append(run)
    if line:
        out.append(_line_text(line))
    return out


def _line_text(line: list[Run]) -> str:
    cells: list[str] = []
    right = None
    for run in sorted(line, key=lambda r: r.x):
        if right is not None and run.x - right < _GAP * run.size:
            cells[-1] += run.text
        else:
            cells.append(run.text)
        right = run.right
    return "\t".join(cells)
