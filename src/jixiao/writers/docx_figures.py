"""Pictures in the Word writer: each :class:`Figure` becomes an inline PNG in its own centred
paragraph with its caption below (黑体, small), the PNG stored as ``word/media/figureN.png`` with a
relationship from the document part.
"""

from __future__ import annotations

import zipfile
from xml.sax.saxutils import escape, quoteattr

from jixiao.writers.document import Figure

EMU_PER_MM = 36000
IMAGE_RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture"


def relationship_id(number: int) -> str:
    return f"rIdFigure{number}"


def media_name(number: int) -> str:
    return f"media/figure{number}.png"


def figure_xml(figure: Figure, number: int, caption_properties: str) -> str:
    """The picture's paragraph and its caption paragraph; ``number`` counts figures from 1."""
    cx = round(figure.width_mm * EMU_PER_MM)
    cy = round(figure.width_mm * figure.aspect * EMU_PER_MM)
    name = quoteattr(f"图{number}")
    picture = (
        f'<w:p><w:pPr><w:keepNext/><w:spacing w:before="120" w:after="0"/><w:jc w:val="center"/></w:pPr><w:r>'
        f'<w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx}" cy="{cy}"/>'
        f'<wp:docPr id="{1000 + number}" name={name} descr={quoteattr(figure.caption)}/>'
        f'<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="{_A}" noChangeAspect="1"/></wp:cNvGraphicFramePr>'
        f'<a:graphic xmlns:a="{_A}"><a:graphicData uri="{_PIC}"><pic:pic xmlns:pic="{_PIC}">'
        f'<pic:nvPicPr><pic:cNvPr id="{1000 + number}" name="figure{number}.png"/><pic:cNvPicPr/></pic:nvPicPr>'
        f'<pic:blipFill><a:blip r:embed="{relationship_id(number)}"/><a:stretch><a:fillRect/></a:stretch>'
        f'</pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>'
        f"</wp:inline></w:drawing></w:r></w:p>"
    )
    caption = (f'<w:p><w:pPr><w:spacing w:before="60" w:after="120"/><w:jc w:val="center"/>{caption_properties}'
               f'</w:pPr><w:r>{caption_properties}<w:t xml:space="preserve">{escape(figure.caption)}</w:t></w:r></w:p>')
    return picture + caption


def package_entries(entries: list[tuple[zipfile.ZipInfo, bytes]], figures: list[Figure]) -> list[tuple[str, bytes]]:
    """The package's parts with the figures added: PNG media, their relationships, the png content type."""
    out: list[tuple[str, bytes]] = []
    for info, data in entries:
        if info.filename == "word/_rels/document.xml.rels" and figures:
            links = "".join(f'<Relationship Id="{relationship_id(n)}" Type="{IMAGE_RELATIONSHIP}" '
                            f'Target="{media_name(n)}"/>' for n in range(1, len(figures) + 1))
            data = data.replace(b"</Relationships>", links.encode("utf-8") + b"</Relationships>")
        elif info.filename == "[Content_Types].xml" and figures and b'Extension="png"' not in data:
            data = data.replace(b"<Default ", b'<Default Extension="png" ContentType="image/png"/><Default ', 1)
        out.append((info.filename, data))
    out += [(f"word/{media_name(n)}", figure.png) for n, figure in enumerate(figures, start=1)]
    return out
