"""Plain text and Markdown reports → :class:`Document` (encoding detected; pipe tables kept as tables)."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from jixiao import limits
from jixiao.errors import InputError
from jixiao.readers.bar_figure_rows import bar_figure_rows
from jixiao.readers.bar_rows import bar_rows
from jixiao.readers.csv_rows import csv_rows
from jixiao.readers.dash_rows import dash_slash_rows
from jixiao.readers.document import Block, Document, Paragraph, Table
from jixiao.readers.flat_rule_lines import rule_lines
from jixiao.readers.flat_tables import layout
from jixiao.readers.flat_tokens import tokenize
from jixiao.readers.fused_forms import fused_form_header, fused_form_lines, fused_form_table
from jixiao.readers.fused_header import HEADER_KEY
from jixiao.readers.fused_noted import NOTED_KEY, fused_noted_lines, fused_noted_table
from jixiao.readers.hard_wrap import unwrap_fixed_width
from jixiao.readers.headless_rows import headless_rows
from jixiao.readers.html_furniture import STRONG_LABELS
from jixiao.readers.html_table import html_tables
from jixiao.readers.interleaved import interleaved_tables
from jixiao.readers.joined_columns import split_joined_lines
from jixiao.readers.layout_wraps import join_column_wraps
from jixiao.readers.mail_quotes import unquoted
from jixiao.readers.numbered_rows import numbered_rows
from jixiao.readers.pdf_layout_rows import join_layout_rows
from jixiao.readers.pdf_plain_rows import join_plain_rows
from jixiao.readers.record_views import is_record_line
from jixiao.readers.repeated_forms import split_repeated_titles
from jixiao.readers.ruled_cell_rows import ruled_cell_rows
from jixiao.readers.ruled_grids import ruled_grid_rows
from jixiao.readers.run_on_report import split_run_on_report
from jixiao.readers.run_on_sections import split_run_on_sections
from jixiao.readers.scattered_rows import scattered_rows
from jixiao.readers.spelled_rows import spelled_rows
from jixiao.readers.stacked_cells import stacked_columns, unstacked
from jixiao.readers.stream_rows import stream_rows
from jixiao.readers.textnorm import HAN, clean_line, normalise_text, pipe_cells, unemphasised
from jixiao.readers.ticked import with_ticked_grades
from jixiao.readers.viewer_chunks import join_viewer_chunks
from jixiao.readers.wrapped_lines import is_page_mark, is_page_number, rejoin_wrapped, spaced_lines

_ENCODINGS = ("utf-8-sig", "gb18030", "utf-16")
_PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")
# no two runs of spaces side by side: a rule followed by a long run of spaces must fail in linear time; a cell of the
# rule left blank ("|---|  |---:|", a copy that lost one) is still the rule, not a row (see is_rule)
PIPE_RULE = re.compile(r"^\s*(?:\|\s*)?:?-{2,}:?\s*(?:\|\s*(?::?-{2,}:?\s*)?)*$")
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_HTML_TAG = re.compile(r"</?(?:br|p|div|span|b|strong|i|em|font|u)\b[^<>]*>", re.IGNORECASE)
# a list item's glyph: a Word list's dots pasted, and the marks units type before an item (◆ / ▲ / ※ …)
_DOTS = "•·●▪◆◇▲△■※★▌▍"  # (▌ / ▍: a phone article's item bar)
_BULLET = re.compile(rf"^( *)(?:[-*+]\s+|[{_DOTS}]\s*)(?=\S)")  # Markdown's marks, and the dots above
# "| ~~176个~~ 186个 |": Markdown's strikethrough, a figure corrected in place — the struck text is deleted text
# (its marks stand apart from the words round them: "5~~10" is a range, not a mark)
_MD_STRUCK = re.compile(r"(?<![^\s|])~~(?=[^\s~])[^~\n]*?[^\s~]~~(?![^\s|])[ \t]?")


def is_rule(line: str) -> bool:
    """A Markdown rule: dashes in most of its cells ("|---|  |---:|" lost one; "| --- ||||||" is a row of empty
    cells, a row break, not a rule)."""
    if not PIPE_RULE.match(line):
        return False
    text = line.strip()
    cells = text[text.startswith("|"):len(text) - text.endswith("|")].split("|")
    dashed = sum(1 for cell in cells if cell.strip())
    return dashed > len(cells) - dashed


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
    text, warnings = normalise_text(text, source)
    if "~~" in text:
        text = _MD_STRUCK.sub("", text)
    # a mail's quoted lines as the lines they quote; a CSV export, a table drawn with rules: rows of cells
    text = dash_slash_rows(ruled_grid_rows(csv_rows(unquoted(split_run_on_report(text)))))
    # a form run together with no separator on a line of its own; two forms run into one line: a line each
    text = split_repeated_titles(join_viewer_chunks(fused_noted_lines(fused_form_lines(text))))
    text = split_joined_lines(ideographic_cells(join_page_split_rows(unwrap_fixed_width(
        join_column_wraps(join_plain_rows(join_layout_rows(with_ticked_grades(text))))))))
    blocks = split_run_on_sections(rejoin_wrapped(_without_cell_echoes(_blocks(text, source, warnings)),
                                                  spaced_lines(text)))
    return Document(source, blocks, warnings, text_metadata(text))


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
_AFTER_BREAK = 3  # lines a page break puts between a row's two parts (blank ones aside): running title, header


def join_page_split_rows(text: str) -> str:
    """A row a page break split ("社区矫正对象" / "第 1 页，共 2 页" / "…自评表（续）" / the repeated header /
    "管控率 % 定量指标 100% …"): the piece left above the break goes to the front of the first line of cells
    after the page's furniture (the page number between them dropped). Only a short piece of Chinese text
    after a line of cells, before a line of cells; its line is left blank so every line keeps its number."""
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
        if len(before) < 2 or not _DANGLING.fullmatch(lines[before[1]].strip()) or len(lines[before[0]].split()) < 3:
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
_META_PAIR = re.compile(r"(" + "|".join(sorted(STRONG_LABELS, key=len, reverse=True)) + r")\s*[:：]\s*([^\s【|]*)")


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


def _blocks(text: str, source: str = "", warnings: list[str] | None = None) -> list[Block]:
    blocks: list[Block] = []
    table_rows: list[list[str]] = []
    tables = 0

    def flush() -> None:
        nonlocal table_rows, tables
        if table_rows:
            tables += 1
            blocks.append(Table(table_rows, f"表{tables}"))
            table_rows = []

    # a page's number, inside a table copied across a page break too: furniture, its line left blank
    lines = ["" if is_page_mark(line) else line for line in text.splitlines()]
    if "表" in text and ("公开" in text or "附表" in text):
        lines = [_TABLE_NUMBER.sub(r"\1", line, count=1) if "表" in line else line for line in lines]
    table_ends = _html_table_ends(lines)
    forms: dict[int, list[Table]] = {}  # forms copied out of a PDF viewer, each holding its money header
    if "年初预算数" in text:
        forms = {i: found for i, raw in enumerate(lines) if (found := interleaved_tables(raw, f"第{i + 1}行"))}
    fused: dict[int, list[Table]] = {}  # an indicator form whose cells a viewer ran together, split by its constraints
    if HEADER_KEY in text:
        fused = {i: [table] for i, raw in enumerate(lines) if (table := fused_form_table(raw, f"第{i + 1}行"))}
        forms |= fused
    # a score sheet whose notes and fused figures a viewer ran together: rows split by its constraints, notes left out
    if NOTED_KEY.search(text):
        forms |= {i: [table] for i, raw in enumerate(lines) if (table := fused_noted_table(raw, f"第{i + 1}行"))}
    spelled = spelled_rows(lines)  # a system export's rows, one a line, under its two-line header
    covered = {i for _, lines_of in spelled.values() for i in lines_of}
    streamed = stream_rows(lines) if "||" in text else {}  # a web table copied one cell a line
    if _RULED_CELL.search(text):  # a web table one cell a line, each cell after its left rule ("        | 数量指标")
        streamed |= {i: row for i, row in ruled_cell_rows(lines).items() if i not in streamed}
    if "\n|\n" in text:  # a numbered form one cell a line, a rule line between cells
        streamed |= bar_rows(lines)
        streamed |= {i: row for i, row in bar_figure_rows(lines).items() if i not in streamed}  # no number column
    # (a run-together form's header stays in the flattened text's view: the cells before it end there)
    flat_lines = [fused_form_header(raw) if i in fused else raw for i, raw in enumerate(lines)] if fused else lines
    flat = layout(tokenize(flat_lines, _structured_lines(lines, table_ends) | (set(forms) - set(fused)) | covered
                           | rule_lines(lines) | set(streamed)))
    if warnings is not None:
        warnings.extend(flat.warnings)
    skip_to = 0
    stacked: dict[int, int] = {}
    for number, raw in enumerate(lines, start=1):
        if number - 1 in forms:  # a form copied out of a PDF viewer, its columns interleaved
            flush()
            for table in forms[number - 1]:
                tables += 1
                blocks.append(replace(table, name=f"表{tables}"))
            continue
        if number - 1 in spelled:
            flush()
            tables += 1
            blocks.append(replace(spelled[number - 1][0], name=f"表{tables}"))
        if number - 1 in covered:
            continue
        if number - 1 in streamed:
            if streamed[number - 1]:
                table_rows.append([_strip_md(clean_line(c)) for c in streamed[number - 1]])
            continue
        if number - 1 in flat.tables_at:
            flush()
            for table in flat.tables_at[number - 1]:
                tables += 1
                blocks.append(replace(table, name=f"表{tables}"))
        if number - 1 in flat.leftover:
            left = flat.leftover[number - 1]
            if left is None:
                continue
            raw = left
        if number <= skip_to:
            continue
        if "<" in raw and "<table" in raw.lower():  # an HTML table written into the text (Markdown allows it)
            end = table_ends.get(number - 1)
            if end is not None:
                flush()
                markup = "\n".join(lines[number - 1: end + 1])
                limits.check_markup(markup, source)
                for rows in html_tables(markup):
                    table_rows = rows
                    flush()
                skip_to = end + 1
                continue
        if "|" in raw and _STREAM_CELL.match(raw):  # a web page's cell left over from its table: text
            raw = raw.rstrip().rstrip("|｜")
        if raw.count("\t") >= 2 and raw.strip():  # tab-separated rows (a table pasted from Word or Excel)
            table_rows.append([_strip_md(clean_line(c)) for c in raw.rstrip("\r\n").split("\t")])
            continue
        if ("|" in raw and _PIPE_ROW.match(raw)) or (table_rows and is_rule(raw)):
            if is_rule(raw):
                continue
            pieces = pipe_cells(raw.strip().strip("|"))
            if not table_rows:  # 年度指标值<br />实际完成值: two columns stacked in one
                stacked = stacked_columns(pieces)
            if stacked:
                pieces = unstacked(pieces, stacked)
            table_rows.append([_strip_md(clean_line(c)) for c in pieces])
            continue
        if table_rows:
            flush()
        if "指标" in raw and (headless := headless_rows(clean_line(raw), f"第{number}行")
                              or numbered_rows(clean_line(raw), f"第{number}行")
                              or scattered_rows(clean_line(raw), f"第{number}行")) is not None:
            before, table, raw = headless  # rows with no header: read by content, every cell guessed
            if before:
                blocks.append(Paragraph(before, f"第{number}行"))
            tables += 1
            blocks.append(replace(table, name=f"表{tables}"))
        bullet = _BULLET.match(raw.expandtabs(4)) if raw.lstrip(" ")[:1] in _BULLET_MARKS else None
        line = clean_line(raw)
        if not line.strip("-=*_ "):  # empty, or a rule of dashes, stars or underscores
            continue
        level = None
        heading = _MD_HEADING.match(line) if line.startswith("#") else None
        if heading:
            level, line = len(heading.group(1)), heading.group(2).strip()
        line = _strip_md(line)
        if line:
            blocks.append(Paragraph(line, f"第{number}行", level, len(bullet.group(1)) if bullet else None))
    flush()
    return blocks


# "| 公开14表 | 项目名称 | …": a published form's number in the first cell of a row of cells, no cell of the form
_TABLE_NUMBER = re.compile(r"^(\s*\|)\s*(?:公开\s*\d{1,2}(?:-\d{1,2})?\s*表|附表\s*\d{1,2}(?:-\d{1,2})?)\s*\|"
                           r"(?=[^|]*\|[^|]*\|)")


def _structured_lines(lines: list[str], table_ends: dict[int, int]) -> set[int]:
    """Lines the text reader reads as tables itself: Markdown tables (a |---| rule under the header)
    and HTML tables; and lines of one record's labelled fields, which record_views reads (no flattened table's)."""
    out: set[int] = set()
    index = 0
    while index < len(lines):
        raw = lines[index]
        if "<" in raw and "<table" in raw.lower():
            end = table_ends.get(index)
            if end is not None:
                out.update(range(index, end + 1))
                index = end + 1
                continue
        if is_record_line(raw):
            out.add(index)  # "指标名称：…  年度目标：…  分值：15  得分：15": one record's fields, for record_views
            index += 1
            continue
        if "-" in raw and is_rule(raw) and index > 0 and _PIPE_ROW.match(lines[index - 1]):
            start = index - 1
            end = index + 1
            while end < len(lines) and _PIPE_ROW.match(lines[end]):
                end += 1
            out.update(range(start, end))
            index = end
            continue
        index += 1
    return out



_STREAM_CELL = re.compile(r"^[^|]*\|\s*$")
_RULED_CELL = re.compile(r"\n[ \t]+\|[^|\n]")  # an indented line opening on a cell's left rule


_TABLE_LINES = 2000  # an HTML table must close within this many lines


def _html_table_ends(lines: list[str]) -> dict[int, int]:
    """For each line that opens an HTML table, the index of the line closing it (nested tables
    counted; absent when it does not close within ``_TABLE_LINES`` lines), in one pass.

    With ``depth[i]`` the count of opened minus closed tables up to line ``i``, a table opened on
    line ``s`` closes on the first ``e ≥ s`` with ``depth[e] ≤ depth[s − 1]``. Pending openings wait on
    a stack whose depths increase upwards, so each is resolved once: linear however many tables are
    left unclosed."""
    ends: dict[int, int] = {}
    pending: list[tuple[int, int]] = []  # (line, depth before it)
    depth = 0
    for index, line in enumerate(lines):
        if "<" not in line:
            continue
        low = line.lower()
        opened, closed = low.count("<table"), low.count("</table")
        if not opened and not closed:
            continue
        before = depth
        depth += opened - closed
        if opened:
            pending.append((index, before))
        while pending and depth <= pending[-1][1]:
            start, _ = pending.pop()
            if index - start < _TABLE_LINES:
                ends[start] = index
    return ends


_BULLET_MARKS = set("-*+" + _DOTS)


_FOOTNOTE = re.compile(r"\[\^[^\[\]\s]{1,12}\]")  # a Markdown footnote's mark "[^1]"
_FOOTNOTE_TEXT = re.compile(r"^\[\^[^\[\]\s]{1,12}\]:\s*")  # "[^1]: 年初预算含…": the note itself


def _strip_md(text: str) -> str:
    if "[^" in text:  # a footnote's mark goes; its note reads as a note ("注：…")
        text = _FOOTNOTE.sub("", _FOOTNOTE_TEXT.sub("注：", text))
    text = unemphasised(text)
    if text.startswith(("> ", "- ", "* ", "+ ")) and len(text) > 2:
        text = text[2:]
    elif text[:1] in _DOTS and len(text) > 1:
        text = text[1:].lstrip()
    return (_HTML_TAG.sub(" ", text.replace("<br>", " ")) if "<" in text else text).strip()
