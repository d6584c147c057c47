"""Word writer: the report in the official document format (GB/T 9704-2012).

A4; margins 37/35/28/26 mm; title 2号 方正小标宋简体; body 3号 仿宋_GB2312 with a two-character
first-line indent at a fixed 28.9 pt line pitch; headings 一、 黑体, （一） 楷体_GB2312, 1. 仿宋;
East Asian fonts through ``w:rFonts/@w:eastAsia``, Latin and digits Times New Roman; page numbers
"— n —" (4号 宋体, half-width digits, one character in from the edge, 7 mm below the text area), odd
pages right, even pages left; a 28 × 22 character grid (``w:docGrid``); headings in the built-in
Heading 1–3 styles (Word's navigation pane shows the outline); 附件说明, 落款 (the unit) and the date
after the body; the score table as the 附件 in a landscape section ("附件" on line 1, its title on
line 3), its header row repeated on every page, numbers right-aligned; placeholders (【待补充：…】)
highlighted; document properties: author = the unit, created = now.

python-docx builds the package once (styles, settings, footers, page set-up); each report then only
writes its ``word/document.xml`` as WordprocessingML text into a copy of that package, which is many
times faster than building it run by run through python-docx's proxies.
"""

from __future__ import annotations

import copy
import io
import re
import zipfile
from dataclasses import dataclass
from datetime import UTC, date, datetime
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
from jixiao.writers.titles import width as text_width

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
CHARS_PER_LINE = 28
BODY_TRACKING = -5  # twentieths of a point between 3号 characters: 28 × (16 − 0.25) pt ≤ 156 mm
PAGE_WIDTH_MM, PAGE_HEIGHT_MM = 210, 297
MARGINS_MM = {"top": 37, "bottom": 35, "left": 28, "right": 26}
APPENDIX_MARGIN_MM = 28
TWIPS_PER_MM = 1440 / 25.4
TEXT_WIDTH_PT = (PAGE_WIDTH_MM - MARGINS_MM["left"] - MARGINS_MM["right"]) / 25.4 * 72  # 156 mm
CHAR_PITCH_TWIPS = TEXT_WIDTH_PT / CHARS_PER_LINE * 20  # 28 characters a line
PAGE_NUMBER_LINE_MM = PAGE_NUMBER_SIZE / 72 * 25.4
DOCUMENT_PART = "word/document.xml"


def _twips(points: float) -> int:
    return round(points * 20)


def rpr(east_asia: str, size: float, *, bold: bool = False) -> str:
    """Run properties: the East Asian face through ``w:eastAsia``, Latin and digits in Times New Roman."""
    half_points = round(size * 2)
    latin = quoteattr(LATIN_FONT)
    # 3号 text is set 0.25 pt tighter so 28 characters fill the 156 mm line in Word and LibreOffice alike.
    tighter = f'<w:spacing w:val="{BODY_TRACKING}"/>' if size == BODY_SIZE else ""
    return (f"<w:rPr><w:rFonts w:ascii={latin} w:hAnsi={latin} w:eastAsia={quoteattr(east_asia)} w:cs={latin}/>"
            + ("<w:b/><w:bCs/>" if bold else "") + tighter
            + f'<w:sz w:val="{half_points}"/><w:szCs w:val="{half_points}"/></w:rPr>')


def _run(text: str, run_properties: str) -> str:
    return f'<w:r>{run_properties}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


_PLACEHOLDER = re.compile(r"(【待补充(?:：[^】]*)?】)")
_HIGHLIGHT = '<w:highlight w:val="yellow"/>'


def _runs(text: str, run_properties: str) -> str:
    """The text as runs; a placeholder (【待补充：…】) in a highlighted run of its own."""
    if "【待补充" not in text:
        return _run(text, run_properties)
    marked = run_properties.replace("</w:rPr>", _HIGHLIGHT + "</w:rPr>", 1)
    return "".join(_run(piece, marked if _PLACEHOLDER.fullmatch(piece) else run_properties)
                   for piece in _PLACEHOLDER.split(text) if piece)


def _paragraph(text: str, east_asia: str, size: float, *, indent: bool = True, align: str = "both",
               keep_with_next: bool = False, bold: bool = False, style: str = "", left_chars: float = 0) -> str:
    ppr = ("<w:pPr>" + (f'<w:pStyle w:val="{style}"/>' if style else "")
           + ("<w:keepNext/>" if keep_with_next else "") + '<w:widowControl/><w:snapToGrid w:val="0"/>'
           + f'<w:spacing w:before="0" w:after="0" w:line="{_twips(LINE_PITCH)}" w:lineRule="exact"/>'
           + (f'<w:ind w:firstLine="{_twips(BODY_SIZE * 2)}" w:firstLineChars="200"/>' if indent else "")
           + (f'<w:ind w:left="{round(left_chars * CHAR_PITCH_TWIPS)}"/>' if left_chars and not indent else "")
           + f'<w:jc w:val="{align}"/>' + rpr(east_asia, size, bold=bold) + "</w:pPr>")
    return f"<w:p>{ppr}{_runs(text, rpr(east_asia, size, bold=bold)) if text else ''}</w:p>"


_BORDERS = "".join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                   for side in ("top", "left", "bottom", "right", "insideH", "insideV"))


def _cell(data: Cell, width: int, *, header: bool) -> str:
    span = f'<w:gridSpan w:val="{data.span}"/>' if data.span > 1 else ""
    face = "黑体" if header else BODY_FONT
    run_properties = rpr(face, TABLE_SIZE, bold=data.strong and not header)
    # Table text keeps its own small pitch, off the page's line grid.
    align = "right" if data.is_number and not header else "center"
    ppr = ('<w:pPr><w:snapToGrid w:val="0"/><w:spacing w:before="40" w:after="40" w:line="276" w:lineRule="auto"/>'
           f'<w:jc w:val="{align}"/>{run_properties}</w:pPr>')
    body = _runs(data.text, run_properties) if data.text else ""
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
                                  keep_with_next=True, style=f"Heading{min(block.level, 3)}"))
        elif isinstance(block, Paragraph):
            if block.role == "caption":  # a caption above a table
                xml.append(_paragraph(block.text, "黑体", 12, indent=False, align="left", keep_with_next=True))
            elif block.role == "note":  # a note below a table
                xml.append(_paragraph(block.text, BODY_FONT, 12, indent=False, align="both"))
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
    """"— n —" in 4号 宋体 with half-width digits, one character in from the page's outer edge."""
    paragraph.alignment = align
    indent = _twips(PAGE_NUMBER_SIZE)  # one 4号 character
    side = "right" if align == WD_ALIGN_PARAGRAPH.RIGHT else "left"
    paragraph._p.get_or_add_pPr().append(parse_xml(f'<w:ind {nsdecls("w")} w:{side}="{indent}"/>'))
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
    # The page number's line starts 7 mm below the text area: its bottom is that much higher.
    section.footer_distance = Mm(MARGINS_MM["bottom"] - 7 - PAGE_NUMBER_LINE_MM)
    document.settings.odd_and_even_pages_header_footer = True
    _page_number(section.footer.paragraphs[0], WD_ALIGN_PARAGRAPH.RIGHT)
    _page_number(section.even_page_footer.paragraphs[0], WD_ALIGN_PARAGRAPH.LEFT)
    grid = section._sectPr.find(qn("w:docGrid"))
    if grid is None:
        grid = OxmlElement("w:docGrid")
        section._sectPr.append(grid)
    # 22 lines of 28 characters: the character pitch is set relative to the 3号 body size.
    grid.set(qn("w:type"), "linesAndChars")
    grid.set(qn("w:linePitch"), str(_twips(LINE_PITCH)))
    grid.set(qn("w:charSpace"), str(round((TEXT_WIDTH_PT / CHARS_PER_LINE - BODY_SIZE) * 4096)))


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
                 _paragraph("", BODY_FONT, BODY_SIZE, indent=False, keep_with_next=True),
                 _paragraph(report.appendix_title, TITLE_FONT, TITLE_SIZE, indent=False, align="center",
                            keep_with_next=True)]
    return fragments + _blocks_xml(report.appendix, width, appendix=True)


CORE_PART = "docProps/core.xml"
_DROPPED_PARTS = {"docProps/thumbnail.jpeg"}


def _heading_style(level: int) -> str:
    """Heading 1–3 as GB/T 9704 sets them (黑体 / 楷体_GB2312 / 仿宋_GB2312, 3号, on the line grid) with
    their outline level, so Word's navigation pane shows the report's outline."""
    return (f'<w:style w:type="paragraph" w:styleId="Heading{level}"><w:name w:val="heading {level}"/>'
            '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>'
            f'<w:pPr><w:keepNext/><w:spacing w:before="0" w:after="0" w:line="{_twips(LINE_PITCH)}" '
            f'w:lineRule="exact"/><w:ind w:firstLine="{_twips(BODY_SIZE * 2)}" w:firstLineChars="200"/>'
            f'<w:jc w:val="both"/><w:outlineLvl w:val="{level - 1}"/></w:pPr>'
            + rpr(HEADING_FONTS[level], BODY_SIZE).replace("<w:sz ", '<w:b w:val="0"/><w:bCs w:val="0"/><w:sz ')
            + "</w:style>")


def _package_part(name: str, data: bytes) -> bytes:
    """A part of python-docx's default package as an official document needs it."""
    if name == "word/styles.xml":
        text = data.decode("utf-8")
        for level in (1, 2, 3):
            text = re.sub(rf'<w:style w:type="paragraph" w:styleId="Heading{level}">.*?</w:style>',
                          _heading_style(level), text, count=1, flags=re.S)
        return text.encode("utf-8")
    if name == "docProps/app.xml":
        return re.sub(rb"<Application>[^<]*</Application>", b"<Application>jixiao</Application>", data)
    if name == "_rels/.rels":
        return re.sub(rb'<Relationship [^>]*Target="docProps/thumbnail.jpeg"/>', b"", data)
    return data


def core_properties(title: str, author: str, now: datetime | None = None) -> bytes:
    """``docProps/core.xml``: the title, author and last editor = the unit, created = modified = now."""
    stamp = (now or datetime.now(UTC)).strftime("%Y-%m-%dT%H:%M:%SZ")
    return ("<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"<dc:title>{escape(title)}</dc:title><dc:creator>{escape(author)}</dc:creator>"
            f"<cp:lastModifiedBy>{escape(author)}</cp:lastModifiedBy><cp:revision>1</cp:revision>"
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{stamp}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{stamp}</dcterms:modified>'
            "</cp:coreProperties>").encode()


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
        entries = [(info, _package_part(info.filename, package.read(info.filename)))
                   for info in package.infolist() if info.filename not in _DROPPED_PARTS]
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


def chinese_date(day: date) -> str:
    """``2025年3月5日``: the 成文日期 in Arabic digits, no leading zeros (GB/T 9704-2012 7.3.5)."""
    return f"{day.year}年{day.month}月{day.day}日"


def _closing_xml(report: Report, day: date) -> list[str]:
    """附件说明 (one blank line below the body, two characters in), then, one blank line lower, the
    unit's name two characters from the right and the date below it, starting two characters to the
    right of the name's first character."""
    blank = _paragraph("", BODY_FONT, BODY_SIZE, indent=False, keep_with_next=True)
    out = []
    if report.appendix:
        out += [blank, _paragraph(f"附件：{report.appendix_title}", BODY_FONT, BODY_SIZE, indent=False,
                                  left_chars=2, keep_with_next=True)]
    if not report.signed:  # a document that writes its own signature (a review letter)
        return out
    name = report.unit or "【待补充：单位名称】"
    dated = chinese_date(day)
    name_start = max(0.0, CHARS_PER_LINE - 2 - text_width(name))
    date_start = min(name_start + 2, max(0.0, CHARS_PER_LINE - text_width(dated)))
    out += [blank, blank,
            _paragraph(name, BODY_FONT, BODY_SIZE, indent=False, align="left", left_chars=name_start,
                       keep_with_next=True),
            _paragraph(dated, BODY_FONT, BODY_SIZE, indent=False, align="left", left_chars=date_start)]
    return out


def document_xml(report: Report, day: date | None = None) -> str:
    """The report's ``word/document.xml``; ``day`` is the 成文日期 (today by default)."""
    base = _base()
    width = PAGE_WIDTH_MM - MARGINS_MM["left"] - MARGINS_MM["right"]
    fragments = [_paragraph(line, TITLE_FONT, TITLE_SIZE, indent=False, align="center", keep_with_next=True)
                 for line in report.title_lines]
    fragments.append(_paragraph("", BODY_FONT, BODY_SIZE, indent=False, keep_with_next=True))
    fragments += _blocks_xml(report.body, width)
    if report.signed and fragments[-1].startswith("<w:p>") and "<w:keepNext/>" not in fragments[-1]:
        # the last paragraph goes with the 落款: never a page holding the signature alone
        fragments[-1] = fragments[-1].replace("<w:widowControl/>", "<w:keepNext/><w:widowControl/>", 1)
    fragments += _closing_xml(report, day or date.today())
    if report.appendix:
        # The score table sits in a landscape section of its own, as attached tables usually do; the
        # body's section ends with its last paragraph (no empty paragraph that could spill onto a page).
        fragments[-1] = fragments[-1].replace("</w:rPr></w:pPr>", f"</w:rPr>{base.portrait_sect_pr}</w:pPr>", 1)
        fragments += _appendix_xml(report)
        final = base.landscape_sect_pr
    else:
        final = base.portrait_sect_pr
    return base.document_head + "".join(fragments) + final + "</w:body></w:document>"


def write_docx(report: Report, out_path: Path) -> Path:
    """Write ``report`` as an official-format Word file at ``out_path``."""
    body = document_xml(report).encode("utf-8")
    core = core_properties(report.title, report.unit)
    figures = [block for block in report.body if isinstance(block, Figure)]  # numbered in this order
    out_path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out_path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as package:
        for name, data in package_entries(_base().entries, figures):
            package.writestr(name, body if name == DOCUMENT_PART else core if name == CORE_PART else data)
    return out_path
