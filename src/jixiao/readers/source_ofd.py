"""OFD reports (GB/T 33190, the fixed-layout format Chinese offices and e-signature systems save) → :class:`Document`.

An OFD file is a zip of XML parts: ``OFD.xml`` names each document's root (``DocRoot``), the document lists its
pages (``Pages/Page/@BaseLoc``), and a page's ``Content`` holds text objects, each with its ``Boundary`` ("x y w h",
millimetres) and one or more ``TextCode`` runs placed at X / Y inside it. Nothing says which runs make a line or
a table's row, so the runs are laid out as a page prints them: grouped into lines by their baseline, put in order
by x; runs standing apart by more than a character's width are separate cells. A line of several cells becomes a
tab-separated row, and the lines go through the plain-text reader (:func:`text_to_document`), which makes rows
into tables and re-joins wrapped prose, as for a PDF viewer's copy. The table's rules (path objects) only tell
which lines make one row (:mod:`.ofd_rules`: a cell wrapped onto two lines); images, templates and annotations (a
seal, a watermark) are not text of the report and are left out.
"""

from __future__ import annotations

import posixpath
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jixiao.errors import InputError
from jixiao.limits import check
from jixiao.limits.zips import check_container, xml_error
from jixiao.readers.document import Document
from jixiao.readers.ofd_rules import Rule, page_rules, row_bands
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
    sizes = check_container(path, "OFD", depth=True).sizes  # sizes, methods, members and nesting, while inflating
    from lxml import etree

    try:
        with zipfile.ZipFile(path) as zf:
            parts = _page_parts(zf)
            # (a Document.xml may name one page's part a hundred thousand times: its pages and the bytes they make
            # are counted before any is parsed)
            check("pages", len(parts), str(path))
            check("container_bytes", sum(sizes.get(part, 0) for part in parts), str(path), name="页面解压后合计")
            pages = [_page(zf, part) for part in parts]
    except etree.XMLSyntaxError as exc:
        raise xml_error(str(path), exc) from None
    except KeyError as exc:
        raise InputError(f"{path}：OFD 文件缺少部件 {exc}，文件已损坏，无法读取") from None
    lines = [line for runs, rules in pages for line in (*page_lines(runs, *rules), "")]
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


def _page(zf: zipfile.ZipFile, part: str) -> tuple[list[Run], tuple[list[Rule], list[Rule]]]:
    """The page's text runs, and its horizontal and vertical rules."""
    root = _xml(zf, part)
    return _page_runs(root), page_rules(_children(root, "PathObject"), _numbers)


def _page_runs(root: Any) -> list[Run]:
    """The page's text runs placed on it: a TextCode's X / Y are in its object's space, which the object's CTM maps
    (a scale, often points to millimetres, and a shift) onto the page from its Boundary's corner; a TextCode
    without X or Y takes the one before it."""
    runs: list[Run] = []
    for obj in _children(root, "TextObject"):
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


def page_lines(runs: list[Run], flat: Sequence[Rule] = (), upright: Sequence[Rule] = ()) -> list[str]:
    """The page's runs as printed lines: runs on one baseline in x order, a tab between runs standing apart; the
    lines of one row of a ruled table (``flat`` and ``upright``: the page's rules) as one line, each cell's wrapped
    lines joined in it."""
    lines: list[list[Run]] = []
    for run in sorted(runs, key=lambda r: (r.y, r.x)):
        if lines and run.y - lines[-1][0].y <= _SAME_LINE * max(lines[-1][0].size, run.size):
            lines[-1].append(run)
        else:
            lines.append([run])
    if not (flat and upright):
        return _joined_wraps([_cells(line) for line in lines])
    bands = row_bands([(line[0].y, max(r.size for r in line), min(r.x for r in line), max(r.right for r in line))
                       for line in lines], list(flat), list(upright))
    out: list[str] = []
    i = 0
    while i < len(lines):
        end = i + 1
        while end < len(lines) and bands[end] == i:  # (a row's lines follow one another)
            end += 1
        out.append(_row_text(lines[i:end]) if end - i > 1 else "\t".join(text for _, _, text in _cells(lines[i])))
        i = end
    return out


def _cells(line: list[Run]) -> list[tuple[float, float, str]]:
    """A line's cells (left x, right x, text): runs standing apart by more than a gap are two cells."""
    cells: list[tuple[float, float, str]] = []
    for run in sorted(line, key=lambda r: r.x):
        if cells and run.x - cells[-1][1] < _GAP * run.size:
            cells[-1] = (cells[-1][0], run.right, cells[-1][2] + run.text)
        else:
            cells.append((run.x, run.right, run.text))
    return cells


def _joined_wraps(lines: list[list[tuple[float, float, str]]]) -> list[str]:
    """A page without drawn rules: a table cell's text wrapped onto a line of its own joined back to its cell
    (:func:`_continues`), each line's cells apart by a tab."""
    out: list[list[tuple[float, float, str]]] = []
    for cells in lines:
        if out and _continues(out[-1], cells):
            for x, _, text in cells:
                at = next(i for i, (left, _, _) in enumerate(out[-1]) if abs(left - x) <= _ALIGNED)
                left, right, kept = out[-1][at]
                out[-1][at] = (left, right, kept + text)
        else:
            out.append(list(cells))
    return ["\t".join(text for _, _, text in cells) for cells in out]


def _continues(row: list[tuple[float, float, str]], cells: list[tuple[float, float, str]]) -> bool:
    """Whether a line of one or two pieces is the rest of cells the table row above wrapped: the row has four cells
    or more, and each piece starts where one of the row's cells but its first starts (a row whose merged first
    cells print elsewhere still has its other cells, more than two; a signature under the form stands apart)."""
    if len(row) < 4 or not 1 <= len(cells) <= 2:
        return False
    return all(any(abs(left - x) <= _ALIGNED for left, _, _ in row[1:]) for x, _, _ in cells)


def _row_text(row: list[list[Run]]) -> str:
    """One ruled row printed on several lines, as one line: cells of the lines that stand over one another are one
    cell, its lines joined top to bottom; the lines apart when two cells of one line would be one."""
    placed = sorted((left, right, n, text) for n, line in enumerate(row) for left, right, text in _cells(line))
    columns: list[list[tuple[float, float, int, str]]] = []
    for cell in placed:
        if columns and cell[0] < max(c[1] for c in columns[-1]):
            columns[-1].append(cell)
        else:
            columns.append([cell])
    if any(len({c[2] for c in column}) < len(column) for column in columns):
        return "\n".join("\t".join(text for _, _, text in _cells(line)) for line in row)
    return "\t".join("".join(c[3] for c in sorted(column, key=lambda c: c[2])) for column in columns)
