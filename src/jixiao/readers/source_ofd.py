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
from jixiao.limits.zips import check_container, xml_error
from jixiao.readers.document import Document
from jixiao.readers.source_text import text_to_document

_GAP = 0.6  # runs closer than this many character heights on one line are one cell
_SAME_LINE = 0.5  # baselines closer than this many character heights are one line
_ALIGNED = 1.0  # a wrapped cell's next line starts within this many millimetres of the cell's start


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
    check_container(path, "OFD", depth=True)  # sizes, methods, members and nesting, counted while inflating
    from lxml import etree

    try:
        with zipfile.ZipFile(path) as zf:
            pages = [_page_runs(zf, part) for part in _page_parts(zf)]
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


def _page_runs(zf: zipfile.ZipFile, part: str) -> list[Run]:
    runs: list[Run] = []
    for obj in _children(_xml(zf, part), "TextObject"):
        box = _numbers(obj.get("Boundary"))
        if len(box) < 4:
            continue
        size = (_numbers(obj.get("Size")) or [box[3]])[0] or box[3] or 1.0
        codes = _children(obj, "TextCode")
        for code in codes:
            text = "".join(code.itertext()).strip()
            if not text:
                continue
            x = box[0] + ((_numbers(code.get("X")) or [0.0])[0])
            y = box[1] + ((_numbers(code.get("Y")) or [size])[0])
            width = box[2] if len(codes) == 1 else size * len(text)
            runs.append(Run(x, y, x + max(width, size * 0.5), size, text))
    return runs


def page_lines(runs: list[Run]) -> list[str]:
    """The page's runs as printed lines: runs on one baseline in x order, a tab between runs standing apart; a
    table cell's text wrapped onto a line of its own joined back to its cell (:func:`_continues`)."""
    lines: list[list[tuple[float, str]]] = []
    line: list[Run] = []
    for run in sorted(runs, key=lambda r: (r.y, r.x)):
        if line and run.y - line[0].y > _SAME_LINE * max(line[0].size, run.size):
            lines.append(_line_cells(line))
            line = []
        line.append(run)
    if line:
        lines.append(_line_cells(line))
    out: list[list[tuple[float, str]]] = []
    for cells in lines:
        if out and _continues(out[-1], cells):
            for x, text in cells:
                at = next(i for i, (left, _) in enumerate(out[-1]) if abs(left - x) <= _ALIGNED)
                out[-1][at] = (out[-1][at][0], out[-1][at][1] + text)
        else:
            out.append(cells)
    return ["\t".join(text for _, text in cells) for cells in out]


def _continues(row: list[tuple[float, str]], cells: list[tuple[float, str]]) -> bool:
    """Whether a line of one or two pieces is the rest of cells the table row above wrapped: the row has four cells
    or more, and each piece starts where one of the row's cells but its first starts (a row whose merged first
    cells print elsewhere still has its other cells, more than two; a signature under the form stands apart)."""
    if len(row) < 4 or not 1 <= len(cells) <= 2:
        return False
    return all(any(abs(left - x) <= _ALIGNED for left, _ in row[1:]) for x, _ in cells)


def _line_cells(line: list[Run]) -> list[tuple[float, str]]:
    cells: list[tuple[float, str]] = []
    right = None
    for run in sorted(line, key=lambda r: r.x):
        if right is not None and run.x - right < _GAP * run.size:
            cells[-1] = (cells[-1][0], cells[-1][1] + run.text)
        else:
            cells.append((run.x, run.text))
        right = run.right
    return cells
