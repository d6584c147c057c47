"""A text report's lines → blocks: Markdown and pipe tables, headings and list items, HTML tables, the rows of the
flattened forms (a viewer's fused or interleaved forms, web tables copied one cell a line, system exports), the rest
one paragraph a line."""

from __future__ import annotations

import re
from dataclasses import replace

from jixiao import limits
from jixiao.readers.bar_figure_rows import bar_figure_rows
from jixiao.readers.bar_rows import bar_rows
from jixiao.readers.document import Block, Paragraph, Table
from jixiao.readers.extract.money_nature_columns import tabbed_nature_split
from jixiao.readers.flat_rule_lines import rule_lines
from jixiao.readers.flat_tables import layout
from jixiao.readers.flat_tokens import tokenize
from jixiao.readers.fused_forms import fused_form_header, fused_form_table
from jixiao.readers.fused_header import HEADER_KEY
from jixiao.readers.fused_noted import NOTED_KEY, fused_noted_table
from jixiao.readers.goal_form_rows import goal_form_blocks, goal_stream_blocks
from jixiao.readers.headless_rows import headless_rows
from jixiao.readers.html_table import TableCells, html_tables
from jixiao.readers.interleaved import interleaved_tables
from jixiao.readers.money_item_rows import money_item_forms
from jixiao.readers.numbered_rows import numbered_rows
from jixiao.readers.pipe_tables import bare_pipe_tables, bare_row_cells, is_rule
from jixiao.readers.record_views import is_record_line
from jixiao.readers.ruled_cell_rows import ruled_cell_rows
from jixiao.readers.scattered_rows import scattered_rows
from jixiao.readers.spelled_rows import spelled_rows
from jixiao.readers.stacked_cells import stacked_columns, unstacked
from jixiao.readers.stream_rows import stream_rows
from jixiao.readers.tab_stop_rows import without_empty_columns
from jixiao.readers.textnorm import clean_line, pipe_cells, unemphasised
from jixiao.readers.wrapped_lines import is_continued_mark, is_page_mark

_PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_HTML_TAG = re.compile(r"</?(?:br|p|div|span|b|strong|i|em|font|u)\b[^<>]*>", re.IGNORECASE)
# a list item's glyph: a Word list's dots pasted, and the marks units type before an item (◆ / ▲ / ※ …)
_DOTS = "•·●▪◆◇▲△■※★▌▍"  # (▌ / ▍: a phone article's item bar)
_BULLET = re.compile(rf"^( *)(?:[-*+]\s+|[{_DOTS}]\s*)(?=\S)")  # Markdown's marks, and the dots above


def text_blocks(text: str, source: str = "", warnings: list[str] | None = None) -> list[Block]:
    """The blocks of a text whose lines are repaired (``warnings``: the flat reader's are added to it)."""
    blocks: list[Block] = []
    table_rows: list[list[str]] = []
    tables = 0

    tabbed = False  # the rows are tab-separated lines

    def flush() -> None:
        nonlocal table_rows, tables, tabbed
        if table_rows:
            tables += 1
            blocks.append(Table(without_empty_columns(table_rows) if tabbed else table_rows, f"表{tables}"))
            table_rows = []
        tabbed = False

    # a page's number or a 续表 mark, inside a table copied across a page break too: furniture, its line left blank
    lines = ["" if is_page_mark(line) or is_continued_mark(line) else line for line in text.splitlines()]
    if "表" in text and ("公开" in text or "附表" in text):
        lines = [_TABLE_NUMBER.sub(r"\1", line, count=1) if "表" in line else line for line in lines]
    table_ends = _html_table_ends(lines)
    written = TableCells(source)  # the cells of the HTML tables written into the text, capped together
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
    if "指标" in text and "|" in text:  # a form's money item in one header row, its figures on the next line
        forms |= money_item_forms(lines)
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
    bare = bare_pipe_tables(lines) if "|" in text and "--" in text else {}  # Markdown tables with no outer pipes
    structured = _structured_lines(lines, table_ends) | set(bare)
    if "基本支出" in text and "\t" in text:  # a money block on tabs, its stages over 合计 | 基本支出 | 项目支出
        structured |= tabbed_nature_split(lines)
    flat = layout(tokenize(flat_lines, structured | (set(forms) - set(fused)) | covered
                           | rule_lines(lines) | set(streamed)))
    if warnings is not None:
        warnings.extend(flat.warnings)
    # a 目标表's indicator block of " |" lines mid-form, when no other reader took any of its lines
    taken = structured | set(forms) | covered | set(streamed) | set(flat.leftover) | set(flat.tables_at)
    kept = [(used, table) for used, table in (goal_form_blocks(lines) if "指标" in text and "|" in text else [])
            if taken.isdisjoint(used)]
    if "指标值" in text:  # the same block one cell a line, or a row a line with spaces
        kept += [(used, table) for used, table in goal_stream_blocks(lines)
                 if taken.isdisjoint(used) and not any(set(used) & set(other) for other, _ in kept)]
    goals, in_goals = {used[0]: table for used, table in kept}, {j for used, _ in kept for j in used}
    skip_to = 0
    stacked: dict[int, int] = {}
    for number, raw in enumerate(lines, start=1):
        if number - 1 in forms:  # a form copied out of a PDF viewer, its columns interleaved
            flush()
            for table in forms[number - 1]:
                tables += 1
                blocks.append(replace(table, name=f"表{tables}"))
            continue
        if number - 1 in in_goals:
            if number - 1 in goals:
                flush()
                tables += 1
                blocks.append(replace(goals[number - 1], name=f"表{tables}"))
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
                for rows in html_tables(markup, source, written):
                    table_rows = rows
                    flush()
                skip_to = end + 1
                continue
        if number - 1 in bare:
            if number - 2 not in bare:  # (the header: a table of its own)
                flush()
            if not is_rule(raw):
                table_rows.append([_strip_md(clean_line(c)) for c in bare_row_cells(raw, bare[number - 1])])
            continue
        if "|" in raw and _STREAM_CELL.match(raw):  # a web page's cell left over from its table: text
            raw = raw.rstrip().rstrip("|｜")
        if raw.count("\t") >= 2 and raw.strip():  # tab-separated rows (a table pasted from Word or Excel)
            tabbed = tabbed or not table_rows
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
        if table_rows and not raw.strip() and number - 1 in structured:
            continue  # (a page break's furniture, left blank, inside a Markdown table)
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
            while end < len(lines):
                if _PIPE_ROW.match(lines[end]):
                    end += 1
                elif (after := _row_past_break(lines, end, start)) is not None:
                    end = after
                else:
                    break
            out.update(range(start, end))
            index = end
            continue
        index += 1
    return out



def _row_past_break(lines: list[str], end: int, header: int) -> int | None:
    """The row that goes on with the Markdown table whose header is line ``header`` past the blank lines from
    ``end``: a page break's furniture left them blank (:mod:`jixiao.readers.row_page_headers`), and the row has as
    many cells as the header, with no rule under it (a new table's header). None when the table ends at ``end``."""
    after = end
    while after < len(lines) and not lines[after].strip():
        after += 1
    if after == end or after >= len(lines) or not _PIPE_ROW.match(lines[after]) \
            or lines[after].count("|") != lines[header].count("|") \
            or (after + 1 < len(lines) and is_rule(lines[after + 1])):
        return None
    return after


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


_TASK_BOX = re.compile(r"^\[[ xX]\]\s+(?=\S)")


def _strip_md(text: str) -> str:
    if "[^" in text:  # a footnote's mark goes; its note reads as a note ("注：…")
        text = _FOOTNOTE.sub("", _FOOTNOTE_TEXT.sub("注：", text))
    text = unemphasised(text)
    if text.startswith(("> ", "- ", "* ", "+ ")) and len(text) > 2:
        text = text[2:]
        if text[:1] == "[":  # "- [x] 某某率：…": a task list's box, ticked or not, is no part of the item
            text = _TASK_BOX.sub("", text, count=1)
    elif text[:1] in _DOTS and len(text) > 1:
        text = text[1:].lstrip()
    return (_HTML_TAG.sub(" ", text.replace("<br>", " ")) if "<" in text else text).strip()
