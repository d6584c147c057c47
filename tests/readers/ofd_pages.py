"""OFD packages built from invented text for the reader's tests: ``OFD.xml`` → ``Doc_0/Document.xml`` → one
``Content.xml`` a page, each page's text objects placed in millimetres (a Chinese character 3 wide at size 3)."""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

NS = 'xmlns:ofd="http://www.ofdspec.org/2016"'


def width(text: str, size: float = 3.0) -> float:
    """The width a run of ``text`` prints at ``size``: a Chinese character ``size`` wide, any other half that."""
    return sum(size if ord(ch) > 0x2000 else size / 2 for ch in text)


def text_object(oid: int, boundary: str, codes: str, size: float = 3.0, ctm: str = "") -> str:
    """One TextObject of ``codes`` (TextCode elements, from :func:`code`)."""
    matrix = f' CTM="{ctm}"' if ctm else ""
    return f'<ofd:TextObject ID="{oid}" Boundary="{boundary}" Size="{size:g}"{matrix}>{codes}</ofd:TextObject>'


def code(text: str, x: float | None = 0.0, y: float | None = 3.0, delta: str = "") -> str:
    """A TextCode at X / Y in its object's space (None: the attribute left out), ``delta`` its DeltaX."""
    at = (f' X="{x:g}"' if x is not None else "") + (f' Y="{y:g}"' if y is not None else "")
    at += f' DeltaX="{delta}"' if delta else ""
    return f"<ofd:TextCode{at}>{escape(text)}</ofd:TextCode>"


def placed_runs(lines: list[list[tuple[float, str]]], top: float = 20, step: float = 7) -> list[str]:
    """Text objects of a form: each line's cells at their x (one object a cell, its Boundary as wide as its
    text), the lines ``step`` apart."""
    return [text_object(100 * r + c, f"{x:g} {top + step * r:g} {width(text):g} 4", code(text))
            for r, line in enumerate(lines) for c, (x, text) in enumerate(line)]


def page(objects: list[str]) -> str:
    return f"<ofd:Page {NS}><ofd:Content><ofd:Layer>{''.join(objects)}</ofd:Layer></ofd:Content></ofd:Page>"


def ofd_package(path: Path, pages: list[str], page_refs: list[int] | None = None) -> Path:
    """An OFD file of ``pages``; ``page_refs``: the page each entry of Document.xml's page list names (default each
    page once, in order)."""
    refs = "".join(f'<ofd:Page ID="{i + 1}" BaseLoc="Pages/Page_{n}/Content.xml"/>'
                   for i, n in enumerate(page_refs if page_refs is not None else range(len(pages))))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("OFD.xml", f"<ofd:OFD {NS}><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot>"
                              "</ofd:DocBody></ofd:OFD>")
        z.writestr("Doc_0/Document.xml", f"<ofd:Document {NS}><ofd:Pages>{refs}</ofd:Pages></ofd:Document>")
        for n, content in enumerate(pages):
            z.writestr(f"Doc_0/Pages/Page_{n}/Content.xml", content)
    return path


def rules_path(oid: int, flat: list[float], upright: list[float], left: float, right: float) -> str:
    """One PathObject drawing a grid: a horizontal rule at each y of ``flat`` from ``left`` to ``right``, a vertical
    one at each x of ``upright`` from the first y to the last."""
    strokes = [f"M {left:g} {y:g} L {right:g} {y:g}" for y in flat]
    strokes += [f"M {x:g} {flat[0]:g} L {x:g} {flat[-1]:g}" for x in upright]
    return (f'<ofd:PathObject ID="{oid}" Boundary="0 0 210 297"><ofd:AbbreviatedData>{" ".join(strokes)}'
            "</ofd:AbbreviatedData></ofd:PathObject>")


def rule_bar(oid: int, x: float, y: float, w: float, h: float) -> str:
    """A rule drawn as a thin filled bar (its Boundary the bar)."""
    return f'<ofd:PathObject ID="{oid}" Boundary="{x:g} {y:g} {w:g} {h:g}" Fill="true"/>'
