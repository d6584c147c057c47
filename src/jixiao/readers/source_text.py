"""Plain text and Markdown reports → :class:`Document`: the encoding detected, the text's lines repaired (a mail's
quotes, wrapped and page-split rows, cells typed with ideographic spaces, a web page's metadata block), its blocks
read by :mod:`jixiao.readers.text_blocks`."""

from __future__ import annotations

import re
from pathlib import Path

from jixiao import limits
from jixiao.errors import InputError
from jixiao.readers.broken_list_items import join_broken_items
from jixiao.readers.csv_rows import csv_rows
from jixiao.readers.csv_triples import csv_triples
from jixiao.readers.dash_rows import dash_slash_rows
from jixiao.readers.document import Block, Document, Paragraph, Table
from jixiao.readers.export_records import exported_pairs
from jixiao.readers.extract.name_ends import names_a_part
from jixiao.readers.field_sheet_text import field_sheet_text
from jixiao.readers.first_page_head import first_page_head, without_first_page_head
from jixiao.readers.flat_note_rows import noted_rows
from jixiao.readers.fused_forms import fused_form_lines
from jixiao.readers.fused_noted import fused_noted_lines
from jixiao.readers.hard_wrap import unwrap_fixed_width
from jixiao.readers.html_furniture import STRONG_LABELS
from jixiao.readers.ini_pairs import ini_pairs
from jixiao.readers.joined_columns import split_joined_lines
from jixiao.readers.layout_wraps import join_column_wraps
from jixiao.readers.mail_quotes import unquoted
from jixiao.readers.note_tails import join_note_tails
from jixiao.readers.pdf_layout_rows import join_layout_rows
from jixiao.readers.pdf_plain_rows import join_plain_rows
from jixiao.readers.repeated_forms import split_repeated_titles
from jixiao.readers.reversed_words import read_back_reversed
from jixiao.readers.row_page_headers import without_row_page_headers
from jixiao.readers.ruled_grids import ruled_grid_rows
from jixiao.readers.run_on_page_marks import without_page_marks
from jixiao.readers.run_on_report import split_run_on_report
from jixiao.readers.run_on_sections import split_run_on_sections
from jixiao.readers.simple_tables import simple_table_rows
from jixiao.readers.split_figures import join_split_figures
from jixiao.readers.text_blocks import text_blocks
from jixiao.readers.textnorm import HAN, normalise_text
from jixiao.readers.ticked import with_ticked_grades
from jixiao.readers.tree_outlines import tree_outlines
from jixiao.readers.viewer_chunks import join_viewer_chunks
from jixiao.readers.wide_row_text import wide_row_text
from jixiao.readers.wrapped_lines import is_continued_mark, is_page_number, rejoin_wrapped, spaced_lines

_ENCODINGS = ("utf-8-sig", "gb18030", "utf-16")
# "| ~~176个~~ 186个 |": Markdown's strikethrough, a figure corrected in place — the struck text is deleted text
# (its marks stand apart from the words round them: "5~~10" is a range, not a mark)
_MD_STRUCK = re.compile(r"(?<![^\s|])~~(?=[^\s~])[^~\n]*?[^\s~]~~(?![^\s|])[ \t]?")


def decode(data: bytes, where: str) -> str:
    """Decode report bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030/GBK."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    for encoding in _ENCODINGS[:2]:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _looks_like_text(text):
            return text
    raise InputError(f"{where}：无法识别文本编码（既不是 UTF-8 也不是 GBK/GB18030），请另存为 UTF-8 文本后重试")


def _looks_like_text(text: str) -> bool:
    if not text:
        return True
    bad = len(_BAD_CHARS.findall(text))
    return bad <= max(2, len(text) // 50)


_BAD_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\ue000-\uf8ff]")


def read_text_document(path: Path) -> Document:
    data = limits.read_bytes(path)
    if not data.strip():
        raise InputError(f"{path}：文件是空的")
    text = decode(data, str(path))
    limits.check_text(text, str(path))
    return text_to_document(text, str(path))


def check_text_lines(text: str, where: str) -> None:
    """Non-empty lines within ``blocks`` (each may become a paragraph) and each line within
    ``paragraph_chars``, before any line is parsed."""
    lines = text.splitlines()
    limits.check("blocks", sum(1 for line in lines if line and not line.isspace()), where, name="非空行")
    limits.check("paragraph_chars", max(map(len, lines), default=0), where, name="一行文字")


def text_to_document(text: str, source: str) -> Document:
    """Split text into one paragraph per non-empty line (hard-wrapped lines re-joined, page numbers
    and running headers of text copied from a PDF dropped); runs of pipe rows become one table.
    Traditional characters and pinyin are normalised first, so a form's words are found."""
    check_text_lines(text, source)
    text, warnings, doubted = normalise_text(text, source)
    head = first_page_head(text)  # the running head above the first page's title, blanked once the rows are read
    if "~~" in text:
        text = _MD_STRUCK.sub("", text)
    text = join_split_figures(text)  # "合计 | 100 | 99" / ".85 |": a figure a viewer's line break split at its point
    # a JSON / XML export's fields, an INI export's "key = value" lines, a CSV of (object, attribute, value) triples
    # or a field sheet's flattened rows (序号 对象 属性 值), a wide export row's headers then values
    # and a tree export's leaves as labelled lines
    text = tree_outlines(ini_pairs(wide_row_text(field_sheet_text(csv_triples(exported_pairs(text))))))
    # a mail's quoted lines as the lines they quote; a CSV export, a table drawn with rules or a simple table: rows of
    # cells
    text = dash_slash_rows(simple_table_rows(ruled_grid_rows(csv_rows(unquoted(split_run_on_report(
        without_page_marks(text)))))))
    text = without_row_page_headers(text)  # a page's number and running title between two rows of cells
    text = read_back_reversed(text)  # "分总 100 100": the closing row's word read from the cell's foot
    text = join_broken_items(text)  # a list item a re-wrap broke: its mark alone, its clause cut
    # a form run together with no separator on a line of its own; two forms run into one line: a line each
    text = split_repeated_titles(join_viewer_chunks(fused_noted_lines(fused_form_lines(text))))
    text = split_joined_lines(ideographic_cells(join_page_split_rows(unwrap_fixed_width(
        join_column_wraps(join_plain_rows(without_row_page_headers(join_layout_rows(join_note_tails(
            with_ticked_grades(text))))))))))
    text = without_first_page_head(text, head)
    blocks = noted_rows(split_run_on_sections(rejoin_wrapped(_without_cell_echoes(text_blocks(text, source, warnings)),
                                                             spaced_lines(text))))
    return Document(source, blocks, warnings, text_metadata(text), doubted)


_ECHO_SIZE = 6  # the shortest cell text whose echo is dropped ("无", "是" may well be said again as text)


def _without_cell_echoes(blocks: list[Block]) -> list[Block]:
    """A web table whose merged cells were copied once per column ("| 偏差原因 | 偏差原因 |") can leave a row's
    repeated last cell behind as a line of text right after the table ("某某价格下行，增收低于预期"): that line
    says again what the table's cell holds, and left as prose it would run on into the next paragraph (a wrapped
    sentence to the line joiner). A paragraph right after a table that is the text of a row's last filled cell (six
    characters or more: the remark the copy repeated) is dropped; a heading never is, nor a paragraph that says again
    a level or name cell ("社会效益指标" under a row holding it)."""
    out: list[Block] = []
    for block in blocks:
        last = out[-1] if out else None
        if isinstance(block, Paragraph) and block.heading_level is None and isinstance(last, Table) \
                and len(text := block.text.strip()) >= _ECHO_SIZE \
                and any(text == _last_filled(row) for row in last.rows):
            continue
        out.append(block)
    return out


def _last_filled(row: list[str]) -> str:
    return next((cell.strip() for cell in reversed(row) if cell.strip()), "")


_IDEO_GAP = re.compile(r"(?<=[^\u3000\s])\u3000(?=[^\u3000\s])")  # one ideographic space between two cells


def _ideo_cells(line: str) -> list[str] | None:
    """The cells of a row typed with one ideographic space between cells ("编制人数　38　在职人数　35"): three
    cells or more, at most half of them one Chinese character (a letter-spaced label "单　位　名　称" is one word)."""
    body = line.strip(" \t\u3000")
    if body.count("\u3000") < 2 or "\t" in body or "|" in body:
        return None
    cells = _IDEO_GAP.split(body)
    single = sum(HAN.fullmatch(c) is not None for c in cells)
    if len(cells) < 3 or any("\u3000" in c for c in cells) or single * 2 > len(cells):
        return None
    return cells


def ideographic_cells(text: str) -> str:
    """Rows of a table typed with ideographic spaces between cells, two such lines in a row or more, as
    tab-separated rows (the shape a table pasted from Word gives); a single such line stays text."""
    if "\u3000" not in text:
        return text
    lines = text.splitlines()
    cells = [_ideo_cells(line) for line in lines]
    for i, row in enumerate(cells):
        beside = (i > 0 and cells[i - 1] is not None) or (i + 1 < len(cells) and cells[i + 1] is not None)
        if row is not None and beside:
            lines[i] = "\t".join(row)
    return "\n".join(lines)


_DANGLING = re.compile(r"[\u4e00-\u9fff“”\"《》()（）、]{2,20}")
# "（二）某县某某站" / "（三）部门合计" over the next table, which opens on the same header as the one above: a numbered
# heading naming a part of the department or its sum, no piece of a row a page break split
_NUMBERED_NAME = re.compile(r"[(（][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、")


def _names_a_section(piece: str) -> bool:
    mark = _NUMBERED_NAME.match(piece)
    return mark is not None and (names_a_part(piece[mark.end():]) or piece.endswith(("合计", "汇总", "总计")))


_AFTER_BREAK = 3  # lines a page break puts between a row's two parts (blank ones aside): running title, header


def join_page_split_rows(text: str) -> str:
    """A row a page break split ("社区矫正对象" / "第 1 页，共 2 页" / "…自评表（续）" / the repeated header /
    "管控率 % 定量指标 100% …"): the piece left above the break goes to the front of the first line of cells
    after the page's furniture (the page number between them dropped). Only a short piece of Chinese text
    after a line of cells, before a line of cells, and no "（续表）" (the table's own mark that it goes on, not a
    piece of a row); its line is left blank so every line keeps its number."""
    lines = text.splitlines()
    joined = False
    seen: set[str] = set()
    for index, raw in enumerate(lines):
        line = raw.replace("\f", "").strip()
        header = line in seen and len(line.split()) >= 3  # a table's header row repeated on the next page
        if line and not is_page_number(line) and not header:
            seen.add(line)
            continue
        if not line:
            continue
        before = [i for i in range(max(0, index - 4), index) if lines[i].replace("\f", "").strip()][-2:]
        if len(before) < 2 or not _DANGLING.fullmatch(lines[before[1]].strip()) or len(lines[before[0]].split()) < 3 \
                or _names_a_section(lines[before[1]].strip()) or is_continued_mark(lines[before[1]]):
            continue
        after, skipped = index + 1, 0
        while after < len(lines) and skipped <= _AFTER_BREAK and after - index <= 3 * _AFTER_BREAK:
            following = lines[after].replace("\f", "").strip()
            if following and following not in seen and "续" not in following:
                break
            skipped += bool(following)
            after += 1
        if after < len(lines) and skipped <= _AFTER_BREAK and len(lines[after].split()) >= 3 \
                and _DANGLING.fullmatch(lines[after].split()[0]) is not None:
            lines[after] = lines[before[1]].strip() + lines[after].lstrip()
            lines[before[1]] = ""
            if not header:
                lines[index] = ""  # the page number between the row's parts: furniture, not a row of the table
            joined = True
    return "\n".join(lines) + ("\n" if text.endswith("\n") else "") if joined else text


_META_LINES = 30  # a web page's metadata block sits above the report
_LABELS = "|".join(sorted(STRONG_LABELS, key=len, reverse=True))
# (a label left empty is no value of the next: "访问次数: 信息来源:某局" gives 信息来源 only)
_META_PAIR = re.compile(r"(" + _LABELS + r")\s*[:：]\s*(?!(?:" + _LABELS + r")\s*[:：])([^\s【|]*)")


def text_metadata(text: str) -> dict[str, str]:
    """A web page's metadata block copied as text ("索引号: … 发文日期: … 发布机构: 某市林业局"): its
    label → value, from the lines near the top that hold two of its labels or more (one label alone,
    "来源：", may be the report's own words)."""
    metadata: dict[str, str] = {}
    for line in text.splitlines()[:_META_LINES]:
        if line.count(":") + line.count("：") < 2:  # (two labels, each with its own colon)
            continue
        pairs = _META_PAIR.findall(line)
        if len({label for label, _ in pairs}) >= 2:
            for label, value in pairs:
                if value:
                    metadata.setdefault(label, value)
    return metadata
