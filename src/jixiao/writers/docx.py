"""Word writer: the report in the official document format (GB/T 9704-2012).

A4; margins 37/35/28/26 mm; title 2号 方正小标宋简体; body 3号 仿宋_GB2312 with a two-character
first-line indent at a fixed 28.9 pt line pitch; headings 一、 黑体, （一） 楷体_GB2312, 1. 仿宋;
East Asian fonts through ``w:rFonts/@w:eastAsia``, Latin and digits Times New Roman; page numbers
"— n —" (4号 宋体), odd pages right, even pages left; the score table as an appendix in a landscape
section, its header row repeated on every page.

python-docx builds the package once (styles, settings, footers, page set-up); each report then only
writes its ``word/document.xml`` as WordprocessingML text into a copy of that package, which is many
times faster than building it run by run through python-docx's proxies.
"""

from __future__ import annotations

import copy
import io
import zipfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt
from docx.text.paragraph import Paragraph as DocxParagraph
from lxml import etree

from jixiao.writers.document import Block, Cell, Figure, Heading, Paragraph, Report, Table
from jixiao.writers.docx_figures import figure_xml, package_entries

LATIN_FONT = "Times New Roman"
TITLE_FONT = "方正小标宋简体"
BODY_FONT = "仿宋_GB2312"
HEADING_FONTS = {1: "黑体", 2: "楷体_GB2312", 3: BODY_FONT}
PAGE_NUMBER_FONT = "宋体"
TITLE_SIZE = 22.0  # 2号
BODY_SIZE = 16.0  # 3号
PAGE_NUMBER_SIZE = 14.0  # 4号
TABLE_SIZE = 10.5  # 5号
LINE_PITCH = 28.9  # pt: 22 lines on the 225 mm text block
PAGE_WIDTH_MM, PAGE_HEIGHT_MM = 210, 297
MARGINS_MM = {"top": 37, "bottom": 35, "left": 28, "right": 26}
APPENDIX_MARGIN_MM = 28
TWIPS_PER_MM = 1440 / 25.4
DOCUMENT_PART = "word/document.xml"


def _twips(points: float) -> int:
    return round(points * 20)


def rpr(east_asia: str, size: float, *, bold: bool = False) -> str:
    """Run properties: the East Asian face through ``w:eastAsia``, Latin and digits in Times New Roman."""
    half_points = round(size * 2)
    latin = quoteattr(LATIN_FONT)
    return (f"<w:rPr><w:rFonts w:ascii={latin} w:hAnsi={latin} w:eastAsia={quoteattr(east_asia)} w:cs={latin}/>"
            + ("<w:b/><w:bCs/>" if bold else "")
            + f'<w:sz w:val="{half_points}"/><w:szCs w:val="{half_points}"/></w:rPr>')


def _run(text: str, run_properties: str) -> str:
    return f'<w:r>{run_properties}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def _paragraph(text: str, east_asia: str, size: float, *, indent: bool = True, align: str = "both",
               keep_with_next: bool = False, bold: bool = False) -> str:
    ppr = ("<w:pPr>" + ("<w:keepNext/>" if keep_with_next else "") + "<w:widowControl/>"
           + f'<w:spacing w:before="0" w:after="0" w:line="{_twips(LINE_PITCH)}" w:lineRule="exact"/>'
           + (f'<w:ind w:firstLine="{_twips(BODY_SIZE * 2)}" w:firstLineChars="200"/>' if indent else "")
           + f'<w:jc w:val="{align}"/>' + rpr(east_asia, size, bold=bold) + "</w:pPr>")
    return f"<w:p>{ppr}{_run(text, rpr(east_asia, size, bold=bold)) if text else ''}</w:p>"


_BORDERS = "".join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                   for side in ("top", "left", "bottom", "right", "insideH", "insideV"))


def _cell(data: Cell, width: int, *, header: bool) -> str:
    span = f'<w:gridSpan w:val="{data.span}"/>' if data.span > 1 else ""
    face = "黑体" if header else BODY_FONT
    run_properties = rpr(face, TABLE_SIZE, bold=data.strong and not header)
    # Table text keeps its own small pitch, off the page's line grid.
    ppr = ('<w:pPr><w:snapToGrid w:val="0"/><w:spacing w:before="40" w:after="40" w:line="276" w:lineRule="auto"/>'
           f'<w:jc w:val="center"/>{run_properties}</w:pPr>')
    body = _run(data.text, run_properties) if data.text else ""
    return (f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{span}<w:vAlign w:val="center"/></w:tcPr>'
            f"<w:p>{ppr}{body}</w:p></w:tc>")


def _table(table: Table, text_width_mm: float) -> str:
    weights = table.widths or [1.0] * table.columns
    total = round(text_width_mm * TWIPS_PER_MM)
    widths = [round(total * w / sum(weights)) for w in weights]
    parts = [f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="{sum(widths)}" w:type="dxa"/>'
             f'<w:jc w:val="center"/><w:tblBorders>{_BORDERS}</w:tblBorders><w:tblLayout w:type="fixed"/>'
             '<w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar>'
             '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" '
             'w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>']
    parts += [f'<w:gridCol w:w="{w}"/>' for w in widths]
    parts.append("</w:tblGrid>")
    for index, row in enumerate(table.header + table.rows):
        header = index < len(table.header)
        parts.append("<w:tr><w:trPr><w:cantSplit/>" + ("<w:tblHeader/>" if header else "") + "</w:trPr>")
        position = 0
        for data in row:
            parts.append(_cell(data, sum(widths[position:position + data.span]), header=header))
            position += data.span
        parts.append("</w:tr>")
    parts.append("</w:tbl>")
    return "".join(parts)


_GAP = '<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="120" w:lineRule="exact"/></w:pPr></w:p>'


def _blocks_xml(blocks: list[Block], text_width_mm: float, *, appendix: bool = False) -> list[str]:
    xml = []
    figures = 0
    for block in blocks:
        if isinstance(block, Heading):
            xml.append(_paragraph(block.text, HEADING_FONTS.get(block.level, BODY_FONT), BODY_SIZE,
                                  keep_with_next=True))
        elif isinstance(block, Paragraph):
            if appendix:  # a caption above a table
                xml.append(_paragraph(block.text, "黑体", 12, indent=False, align="left", keep_with_next=True))
            else:
                xml.append(_paragraph(block.text, BODY_FONT, BODY_SIZE, indent=block.indent, align=block.align))
        elif isinstance(block, Figure):
            figures += 1
            xml.append(figure_xml(block, figures, rpr("黑体", 12)))
        else:
            xml.append(_table(block, text_width_mm))
            if appendix:
                xml.append(_GAP)
    return xml


def _field_runs(paragraph: DocxParagraph, instruction: str) -> None:
    """A field (PAGE) in its own runs, formatted like the page number."""
    run_properties = rpr(PAGE_NUMBER_FONT, PAGE_NUMBER_SIZE)
    fragments = [
        f'<w:r>{run_properties}<w:fldChar w:fldCharType="begin"/></w:r>',
        f'<w:r>{run_properties}<w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>',
        f'<w:r>{run_properties}<w:fldChar w:fldCharType="separate"/></w:r>',
        _run("1", run_properties),
        f'<w:r>{run_properties}<w:fldChar w:fldCharType="end"/></w:r>',
    ]
    for fragment in fragments:
        paragraph._p.append(parse_xml(fragment.replace("<w:r>", f"<w:r {nsdecls('w')}>", 1)))


def _page_number(paragraph: DocxParagraph, align: WD_ALIGN_PARAGRAPH) -> None:
    paragraph.alignment = align
    run_properties = rpr(PAGE_NUMBER_FONT, PAGE_NUMBER_SIZE)
    paragraph._p.append(parse_xml(_run("— ", run_properties).replace("<w:r>", f"<w:r {nsdecls('w')}>", 1)))
    _field_runs(paragraph, "PAGE")
    paragraph._p.append(parse_xml(_run(" —", run_properties).replace("<w:r>", f"<w:r {nsdecls('w')}>", 1)))


def _page_setup(document: DocxDocument) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = Mm(PAGE_WIDTH_MM), Mm(PAGE_HEIGHT_MM)
    section.top_margin = Mm(MARGINS_MM["top"])
    section.bottom_margin = Mm(MARGINS_MM["bottom"])
    section.left_margin = Mm(MARGINS_MM["left"])
    section.right_margin = Mm(MARGINS_MM["right"])
    section.footer_distance = Mm(MARGINS_MM["bottom"] - 7)  # the page number about 7 mm below the text
    document.settings.odd_and_even_pages_header_footer = True
    _page_number(section.footer.paragraphs[0], WD_ALIGN_PARAGRAPH.RIGHT)
    _page_number(section.even_page_footer.paragraphs[0], WD_ALIGN_PARAGRAPH.LEFT)
    grid = section._sectPr.find(qn("w:docGrid"))
    if grid is None:
        grid = OxmlElement("w:docGrid")
        section._sectPr.append(grid)
    grid.set(qn("w:type"), "lines")
    grid.set(qn("w:linePitch"), str(_twips(LINE_PITCH)))


def _normal_style(document: DocxDocument) -> None:
    style = document.styles["Normal"]
    style.font.size = Pt(BODY_SIZE)
    rfonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for attribute in ("w:ascii", "w:hAnsi", "w:cs"):
        rfonts.set(qn(attribute), LATIN_FONT)
    rfonts.set(qn("w:eastAsia"), BODY_FONT)


def _appendix_xml(report: Report) -> list[str]:
    width = PAGE_HEIGHT_MM - 2 * APPENDIX_MARGIN_MM
    fragments = [_paragraph("附件", "黑体", BODY_SIZE, indent=False, align="left", keep_with_next=True),
                 _paragraph(report.appendix_title, TITLE_FONT, TITLE_SIZE, indent=False, align="center",
                            keep_with_next=True)]
    return fragments + _blocks_xml(report.appendix, width, appendix=True)


@dataclass(frozen=True)
class _Base:
    """The package every report starts from, built once: styles, settings, footers, page set-up."""

    entries: list[tuple[zipfile.ZipInfo, bytes]]
    document_head: str  # document.xml up to and including <w:body>
    portrait_sect_pr: str  # the body section (with its footer references)
    landscape_sect_pr: str  # the appendix section (inherits the footers)


@lru_cache(maxsize=1)
def _base() -> _Base:
    document = Document()
    _normal_style(document)
    _page_setup(document)
    buffer = io.BytesIO()
    document.save(buffer)
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as package:
        entries = [(info, package.read(info.filename)) for info in package.infolist()]
    document_xml = next(data for info, data in entries if info.filename == DOCUMENT_PART).decode("utf-8")
    head = document_xml[: document_xml.index("<w:body>") + len("<w:body>")]
    sect_pr = document.element.body.find(qn("w:sectPr"))
    portrait = etree.tostring(sect_pr, encoding="unicode")
    landscape = copy.deepcopy(sect_pr)
    for child in list(landscape):
        if child.tag in (qn("w:headerReference"), qn("w:footerReference"), qn("w:titlePg")):
            landscape.remove(child)
    page_size = landscape.find(qn("w:pgSz"))
    page_size.set(qn("w:w"), str(round(PAGE_HEIGHT_MM * TWIPS_PER_MM)))
    page_size.set(qn("w:h"), str(round(PAGE_WIDTH_MM * TWIPS_PER_MM)))
    page_size.set(qn("w:orient"), "landscape")
    margins = landscape.find(qn("w:pgMar"))
    for side in ("top", "bottom", "left", "right"):
        margins.set(qn(f"w:{side}"), str(round(APPENDIX_MARGIN_MM * TWIPS_PER_MM)))
    margins.set(qn("w:footer"), str(round(18 * TWIPS_PER_MM)))
    return _Base(entries, head, portrait, etree.tostring(landscape, encoding="unicode"))


def document_xml(report: Report) -> str:
    """The report's ``word/document.xml``."""
    base = _base()
    width = PAGE_WIDTH_MM - MARGINS_MM["left"] - MARGINS_MM["right"]
    fragments = [_paragraph(line, TITLE_FONT, TITLE_SIZE, indent=False, align="center", keep_with_next=True)
                 for line in report.title_lines]
    fragments.append(_paragraph("", BODY_FONT, BODY_SIZE, indent=False, keep_with_next=True))
    fragments += _blocks_xml(report.body, width)
    if report.appendix:
        # The score table sits in a landscape section of its own, as attached tables usually do.
        fragments.append(f"<w:p><w:pPr>{base.portrait_sect_pr}</w:pPr></w:p>")
        fragments += _appendix_xml(report)
        final = base.landscape_sect_pr
    else:
        final = base.portrait_sect_pr
    return base.document_head + "".join(fragments) + final + "</w:body></w:document>"


def write_docx(report: Report, out_path: Path) -> Path:
    """Write ``report`` as an official-format Word file at ``out_path``."""
    body = document_xml(report).encode("utf-8")
    figures = [block for block in report.body if isinstance(block, Figure)]  # numbered in this order
    out_path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out_path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as package:
        for name, data in package_entries(_base().entries, figures):
            package.writestr(name, body if name == DOCUMENT_PART else data)
    return out_path
