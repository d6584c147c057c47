"""Cutting flattened text into cells: what a web page, a document viewer or an OA system gives when
it loses a form's table structure.

Each line is cut by its own shape: web-copied cells ending in " |" (a lone "|" is an empty cell, a
line of "|" only is a row break), tab-separated cells, a whole row or form on one line separated by
single spaces, cells run together with no separator at all (cut at the form's own words), or one
cell per line. The cells keep their line, so every fact read from them can say where it was.

This module picks a line's shape and makes the tokens; the shapes live in :mod:`.flat_line_forms`,
:mod:`.flat_spaced`, :mod:`.flat_fused` (with :mod:`.flat_cut_points`, :mod:`.flat_value_runs`,
:mod:`.flat_text_repairs`), the form's words in :mod:`.flat_words`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import partial
from itertools import dropwhile, islice, takewhile

from jixiao.lexicon import lexicon
from jixiao.readers.cells import AMOUNT_OR_RATE_KINDS, Kind, kind
from jixiao.readers.extract.joined_levels import names_both_levels
from jixiao.readers.flat_continued_rows import (
    continued_row,
    opened_row,
    with_deducted_points,
    with_lone_points,
    with_points_off_note,
)
from jixiao.readers.flat_criteria_rows import criteria_cells
from jixiao.readers.flat_cut_points import carried_rows
from jixiao.readers.flat_deviation_columns import deviation_columns, deviation_row
from jixiao.readers.flat_fused import fused_cells
from jixiao.readers.flat_level_heads import level_head, pointed_head, recut_head, sub_header, unpointed
from jixiao.readers.flat_level_weights import LevelWeights, level_weight_head
from jixiao.readers.flat_line_forms import (
    core_marked_rows,
    form_after_prose,
    header_after_prose,
    run_on_form,
    tab_cells,
    whole_form,
)
from jixiao.readers.flat_merged import shows_repeated_merges, unrepeat
from jixiao.readers.flat_money_words import money_words, split_money_heads, whole_money_heads
from jixiao.readers.flat_named_rows import named_head, named_row, named_weights
from jixiao.readers.flat_nature_columns import unfolded
from jixiao.readers.flat_outline_figures import Outline, outline_headings
from jixiao.readers.flat_outline_rows import OutlineRows, outline_roles
from jixiao.readers.flat_pointless_rows import pointless_head, pointless_row
from jixiao.readers.flat_repeated_levels import with_repeated_levels
from jixiao.readers.flat_row_reading import level_heading
from jixiao.readers.flat_spaced import money_pair, spaced_cells, spaced_row
from jixiao.readers.flat_stacked_cells import stack_head, stacked_cells, stacks
from jixiao.readers.flat_token import Token
from jixiao.readers.flat_value_recuts import with_echoed_values
from jixiao.readers.flat_words import CLAUSE, column_role, header_words, is_form_word, word_start
from jixiao.readers.fused_money import GuessedCell, WrittenCell
from jixiao.readers.fused_money_columns import money_row_cells
from jixiao.readers.label_fields import label_field
from jixiao.readers.ocr_words import read_back_words
from jixiao.readers.stacked_names import untangle_numbered_names
from jixiao.readers.textnorm import clean_line, compact, match_text, pipe_cells, unemphasised

_ONLY_PIPES = re.compile(r"^[\s|｜]+$")
_IMPLIED_LEVELS = ("一级指标", "二级指标")  # a header opening on 三级指标: its level columns, wrapped off the line

# (a paragraph opening on its year, "2024年度某局…", is prose, not a row carried on)
_FIGURE_START = re.compile(r"(?!(?:19|20)\d{2}\s*年)\d+(?:\.\d+)?(?:%|[\u4e00-\u9fff]{1,3})?(?=[\u4e00-\u9fff])")


def line_cells(raw: str, lead_cell: bool = False) -> list[str] | None:
    """The cells of one line, or None when the line is one piece of text. ``lead_cell``: a leading "|" closes an
    empty first cell (see :func:`_bar_led_rows`), not the table's edge."""
    line = unemphasised(raw.replace("｜", "|"))  # ("| **合计** |", "**产出指标**\t…": a Markdown export's bold)
    if "|" in line:
        pieces = [clean_line(p) for p in pipe_cells(line)]
        if line.lstrip().startswith("|") and not lead_cell:
            pieces = pieces[1:]
        while pieces and not pieces[-1]:
            pieces.pop()
        return [cell for piece in pieces for cell in _form_in_cell(piece)]
    if line.count("\t") >= 2:
        return tab_cells(line)
    text = clean_line(line)
    if ("是" in text or "否" in text) and core_marked_rows(text):
        return fused_cells(_PAGE_LEAD.sub("", text), force=True)
    if len(text) > 80 and " " not in text and len(list(islice(CLAUSE.finditer(text), 4))) == 4:
        # a paragraph of prose: no cells, unless a form runs on after it, or the line is a form's rows
        # carried on from the line before that start with a figure ("412份20质量指标…时效指标…")
        if _FIGURE_START.match(text) and carried_rows(match_text(text)):
            return fused_cells(text, force=True)
        if _rows_after_page_number(text):
            return fused_cells(_PAGE_LEAD.sub("", text), force=True)
        return form_after_prose(text) if len(text) > 200 else header_after_prose(text, match_text(text))
    if text.startswith(_NUMBERING):  # "行次 全年预算数": the row-number column's header, then the next cell
        parts = text.split()
        if len(parts) == 2 and parts[0] in _NUMBERING:
            return parts
    if len(text) > 30 and " " in text and run_on_form(text):  # a viewer's run-on form, spaces between its figures
        return fused_cells(text, force=True)
    if text.count(" ") == 1 and len(text) < 12:
        pair = text.split(" ")
        if all(map(column_role, pair)) or money_pair(pair):
            return pair  # "年度目标 实际完成": a header's second row of two short column words; "预算执行率 100%"
    spaced = spaced_cells(text) if len(text) >= 12 or text.count(" ") >= 2 else None
    if spaced is not None:
        return spaced
    if len(text) < 3 or not word_start().search(text):
        return None
    if _rows_after_page_number(text):
        return fused_cells(_PAGE_LEAD.sub("", text), force=True)
    if names_both_levels(text):
        return None  # "产出指标-数量指标": a 指标类型 cell naming both levels, one cell (not 产出指标 | - | 数量指标)
    fused = fused_cells(text)
    if fused is None and len(text) > 200:
        return form_after_prose(text)
    if fused is None and "预算" in text:  # "年初预算调整预算决算支出执行率": money columns with no cut word among them
        fused = money_words(text) or whole_money_heads(text)
    if fused is None:  # "其中：财政资金420.00436.50421.1796.49%//", "总额320.00…108.39年中追加…"
        return money_row_cells(text)
    return split_money_heads(fused)  # "… | 调整后预算数 | 决算数执行率": the last heads cut short


def _form_in_cell(piece: str) -> list[str]:
    """A web row's cell that holds a whole form run together (a site's 内容概述 repeating the 自评表: "…全年预算数(A)…
    年度资金总额:390390100%其中:…"): its cells cut at the form's words; any other cell as it stands."""
    if len(piece) <= _FORM_CELL or "年度资金总额" not in piece:
        return [piece]
    cut = fused_cells(piece)
    return cut if cut is not None and len(cut) >= 6 else [piece]


_FORM_CELL = 80  # characters beyond which a cell may hold a form run together


_ROW_CODE = re.compile(r"[A-Za-z]{1,2}\d{1,2}(?=[\u4e00-\u9fff])")  # an indicator's code opening its row ("A2", "C1")
_TOTAL_ROWS = ("总分", *lexicon()["sum_row"])  # a form's closing rows: no row carries on under merged cells after them

_NUMBERING = ("行次", "栏次", "列次")  # a form's column of row numbers, its row of column numbers

_PAGE_LEAD = re.compile(r"^\d{1,2}、(?=[\u4e00-\u9fff])")  # a viewer's page number "3、" before the page's text


def _rows_after_page_number(text: str) -> bool:
    """"2、预算执行率10一100%9…质量指标…时效指标…": a viewer's page number, then a form's rows carried on
    from the page before (two level words and the rows' figures)."""
    if "、" not in text[1:3] or not _PAGE_LEAD.match(text):  # (the mark after one or two digits: most lines lack it)
        return False
    body = match_text(_PAGE_LEAD.sub("", text))
    return "\u4e00" <= body[:1] <= "\u9fff" and carried_rows(body)


def _level_alone(tokens: list[Token], index: int) -> bool:
    """The last cell is a level's name alone on the line before ``index`` (no row of cells): "经济效益" wrapped
    before its "指标"."""
    if not tokens or tokens[-1].in_row or tokens[-1].line != index - 1:
        return False
    level = kind(tokens[-1].text)
    return level in (Kind.LEVEL1, Kind.LEVEL2) and kind(tokens[-1].text + "指标") is level




def _cut_line(lines: list[str]) -> int | None:
    """The text's last line when the text's end may have cut its last cell: a row of " |" cells not closed by its
    rule while the run of rows right above it is ("地方主管部门 | 某厅 | 资金使用单位 | 市农", the page ending
    inside the unit's name; a site's bar "首页 | 政务公开 | 互动交流" above the title is no row of the table). One
    closed row is enough: a table per level gives its last row only its own header above ("三级指标 | 指标值 | 实际
    完成值 | 分值 |" over "某某达标率 | ≥85% | 87", the 87 of 87.5%). A label's value there may be cut: "市农" is not
    the unit. (A last row's indicator name, "… | 某某满意度", may be whole or cut alike; it stays read.)"""
    last = next((i for i in range(len(lines) - 1, -1, -1) if lines[i].strip()), None)
    if last is None or "|" not in lines[last] or lines[last].rstrip().endswith("|"):
        return None
    rows = list(takewhile(lambda raw: "|" in raw or not raw.strip(), reversed(lines[:last])))
    rows = [row.rstrip() for row in rows if row.strip()]  # (the run of rows of cells right above it)
    return last if rows and all(row.endswith("|") for row in rows) else None


def _before_cut_figures(cells: list[str]) -> list[str]:
    """A cut row's cells before its closing run of figures ("项目支出 | 254.40 | 260", the 260 of 260.60): a run
    of two or more, set in the header's columns only by how many are left, may stand under any of them. (A lone
    figure after its label, "某某合规率 | 100", stays in the column after it and is read.)"""
    return list(reversed(list(dropwhile(lambda cell: kind(cell) in AMOUNT_OR_RATE_KINDS, reversed(cells)))))


def _bar_led_rows(lines: list[str]) -> set[int]:
    """Web-copied rows whose first cell is empty: in a run of rows of " |" cells whose rows open on a cell
    ("一级指标 | 二级指标 | 指标名称 | 目标值 | 完成值 |"), a later row opening on "|" ("| 产出质量 | 某某率 | 100% |
    98% |", the 一级 cell merged above it) starts with that empty cell when, so counted, it is no wider than those
    rows; its cells then keep their columns. (Where a wider row opens on "|", or every row does, the first bar is
    the table's edge.)"""
    led: set[int] = set()
    width = 0  # the widest row of the run opening on a cell; 0 before one
    for index, raw in enumerate(lines):
        row = raw.strip().replace("｜", "|") if "|" in raw or "｜" in raw else ""  # (a quick test first)
        if not row.endswith("|") or row.count("|") < 3:
            if width and raw.strip():  # a line of text ends the run, a blank line does not
                width = 0
            continue
        cells = len(row.rstrip("| ").split("|"))  # (its trailing empty cells left out)
        if not row.startswith("|"):
            width = max(width, cells)
        elif width and cells <= width:
            led.add(index)
    return led


def tokenize(lines: list[str], skip: set[int]) -> list[Token]:
    """Every line's cells in order (lines in ``skip`` are left out: Markdown tables, HTML)."""
    tokens: list[Token] = []
    cut = _cut_line(lines)
    row_break = False
    # each row of cells between rules cut once: for the test over all of them here and for its tokens below
    piped = {index: line_cells(raw) for index, raw in enumerate(lines) if "|" in raw or "｜" in raw}
    led = _bar_led_rows(lines) if piped else set()  # (only a line holding a bar can be one: a text with none has none)
    merged = shows_repeated_merges([cells or [] for cells in piped.values()])
    head: list[str] | None = None  # the last header row of cells, as written (its blank columns)
    named: tuple[list[str | None], int] | None = None  # a fused header's roles whose rows open on the name; next 序号
    heads = Outline()  # the cells of an outline's headings under such a header (:mod:`.flat_outline_figures`)
    levelled: list[str | None] | None = None  # a fused header's roles with level columns, while its rows run
    weighted: LevelWeights | None = None  # a fused header's levels with weight columns, while its rows run
    outline = OutlineRows()  # the levels an outline number opened under a fused header with level columns
    coded = False  # that header has a column of codes before its levels (read past on its rows)
    pointed = False  # that header's name column carries the rows' points in brackets ("三级指标（分值）")
    stacked = False  # that header has a kind column (类别) over each indicator's target and actual rows
    pointless: list[str] | None = None  # a spaced header's roles with no points column, while its rows run
    for index, raw in enumerate(lines):
        if index in skip:
            row_break = True
            continue
        stripped = raw.strip()
        if not stripped:
            continue
        if coded and levelled is not None and (code := _ROW_CODE.match(stripped)) is not None:
            raw = stripped = stripped[code.end():]  # "A2某某人数≥860人…" under 指标编号: the code read past
        if pointed and levelled is not None:
            raw = stripped = unpointed(stripped)  # "某某场次（15分）≥80场…": the points the weight's cell
        if stripped[0] in "|｜" and _ONLY_PIPES.match(stripped):  # (a line of rules opens on one)
            if stripped.count("|") + stripped.count("｜") == 1:
                tokens.append(Token("", index))
            else:
                row_break = True
            continue
        cells = piped[index] if index in piped and index not in led else line_cells(raw, index in led)
        headed = False  # a row of a header with no points, cut at its spaces (:mod:`.flat_pointless_rows`)
        if pointless is not None and " " in stripped and "|" not in raw and "\t" not in raw:
            row = pointless_row(clean_line(raw), pointless, cells)
            cells, headed, pointless = (row, True, pointless) if row is not None else (cells, False, None)
        elif pointless is not None and tokens and tokens[-1].line == index - 1 and cells is not None \
                and len(cells) == 1 and column_role(tokens[-1].text + cells[0]) == pointless[-1]:
            # "…未完成原因和" / "改进措施": the header's last column word wrapped onto a line of its own
            tokens[-1] = replace(tokens[-1], text=tokens[-1].text + cells[0])
            continue
        elif pointless is not None:
            pointless = None
        if " " in stripped and "|" not in raw and "\t" not in raw and cells is not None \
                and (roles := pointless_head(cells)) is not None:
            pointless, headed = roles, True
            cells = [*_IMPLIED_LEVELS[: len(roles) - len(cells)], *cells]  # (levels on the line before: named here)
        weighed = None  # a row under levels with weights of their own: what the weights leave cuts it, cell by column
        if weighted is not None:
            weighed = weighted.row(clean_line(raw)) if " " not in stripped and "|" not in raw else None
            weighted = weighted if weighed is not None else None
            cells = weighed if weighed is not None else cells
        elif "级" in stripped and cells is not None and (head_cells := level_weight_head(cells)) is not None:
            cells, weighted = head_cells, LevelWeights()
        if named is None and levelled is None and "指标" in stripped and "级" not in stripped \
                and (cells is None or named_head(cells) is None):
            # "序号指标分值目标值实际值扣分得分扣分原因", "指标年度目标值…": no cut word of the form at the name
            words = header_words(stripped)
            heading = named_head(words, whole=True) if words is not None else None
            cells, named = (words, (heading, 1)) if heading is not None else (cells, None)
            # "指标类别指标名称权重…": the rows open on a column naming their levels
            cells = words if heading is None and words is not None and level_head(words) is not None else cells
        if levelled is not None and " " not in stripped and "|" not in raw:
            # "年度目标实际完成" under a header's 指标值: the parts of a cell the header spans over two rows
            parts = sub_header(clean_line(raw), levelled)
            cells, levelled = parts if parts is not None else (cells, levelled)
        if index == cut and cells is not None and len(cells) >= 2 and label_field(cells[-2]) is not None:
            cells = cells[:-2]  # a label's value the end cut: neither is read (a row's other cells, whole, are)
        elif index == cut and cells is not None and len(whole := _before_cut_figures(cells)) <= len(cells) - 2:
            cells = whole  # a run of figures the end cut: which columns it fills is unsaid, none is read
        # "1 产出指标1.1 数量指标1.1.1 某某数≥6个…": level and name cells cut at their outline numbers
        outlined = outline.row(clean_line(raw), levelled) \
            if levelled is not None and stripped[:1].isdecimal() and "|" not in raw and outline_roles(levelled) \
            else None
        if outlined is not None:
            cells = outlined
        elif stacked and levelled is not None and " " not in stripped and "|" not in raw \
                and (pair := stacked_cells(clean_line(raw))) is not None:
            cells = pair  # "某剂次年度目标≥12万剂次1010", "实际完成12.6万剂次": a target's row, an actual's
        elif cells is None and named is not None:  # a fused row under a fused header whose rows open on the name
            text = clean_line(raw)
            serial = outline.serial_row(text, named[0]) if named[0][0] == "number" and text[:1].isdecimal() else None
            if named[0][0] == "name" and index not in heads.heads and level_heading(text):  # "一、产出指标5048.27"
                heads = outline_headings(lines, index, partial(named_weights, roles=named[0]))
            cells = heads.heads.get(index) or (serial if serial is not None else
                                               named_row(text, *named, weight=heads.weights.get(index)))
            # (a numbered row no reading fits is still a row: the next one is numbered after it)
            numbered = named[0][0] == "number" and text.startswith(str(named[1]))
            # (a level's heading between the rows, "（一）数量指标", is no row and does not end them)
            named = (named[0], named[1] + (1 if cells is not None or numbered else 0)) \
                if cells is not None or numbered or level_heading(text) else None
        elif cells is None and levelled is not None and " " not in stripped:
            text = clean_line(raw)  # a row under the merged level cells of the row above, or one opening on its levels
            opened = opened_row(text, levelled)
            cells = opened if opened is not None else continued_row(text, levelled)
        elif cells is not None and not (" " in stripped or "|" in raw or "｜" in raw or "\t" in raw):
            # (a header with level columns holds 一级 / 二级: a quick test before cutting its cells again)
            recut = stack_head(recut_head(cells)) if "级" in stripped else cells  # "目标值实际值", "类别指标值"
            heading = named_head(recut) if recut is not cells else None  # (its columns cut again first)
            cells = recut if heading is not None else cells
            heading = heading or named_head(cells)
            named, outline = ((heading, 1), OutlineRows()) if heading is not None else (named, outline)
            points = pointed_head(recut) if "级" in stripped else None  # "三级指标（分值）": no 分值 column
            heading = level_head(points or recut) if "级" in stripped or "类" in stripped else None
            cells = (points or recut) if heading is not None else cells
            pointed = points is not None if heading is not None else pointed
            outline = OutlineRows() if heading is not None else outline
            stacked = stacks(cells) if heading is not None else stacked
            levelled = heading or (None if stripped.startswith(_TOTAL_ROWS) else levelled)
            if heading is not None:  # "指标编号一级指标…": a column of codes before the levels, no column of the rows
                coded = heading[0] is None and compact(recut[0]) in lexicon()["code_heads"]
                levelled = heading[1:] if coded else heading
            if heading is None and levelled is not None:  # "某时间定性" | "≥36.5万亩" under 指标性质 | 指标值 | 单位
                cells = with_repeated_levels(unfolded(cells, levelled), levelled)  # "预算执行预算执行率"
                cells = (deviation_row(cells, levelled) if deviation_columns(levelled) else None) or cells
                cells = (criteria_cells(cells, levelled) if "scoring_rule" in levelled else None) or cells
                cells = with_lone_points(cells, levelled)  # "…" | "54" | "某原因": 5 | 4, the row reader's one figure
                cells = with_points_off_note(cells, levelled)  # "109.5个" | "别…": 10 | 9.5 | "个别…"
                cells = with_deducted_points(cells, levelled)  # "96.2%" | "100" under 分值 | 扣分: 10 | 0
                cells = with_echoed_values(cells, levelled)  # "5" | "符合文件要求符合" | "5": target | actual
        if cells is None and (" " in stripped or CLAUSE.search(stripped)):
            levelled = None  # prose, or a line of spaced text: the form's rows have ended
        if cells is not None and len(cells) > 8 and "指标" in raw:
            cells = untangle_numbered_names(cells)
        if merged and cells is not None and ("|" in raw or "｜" in raw):
            cells, head = unrepeat(cells, head), cells if sum(map(is_form_word, cells)) >= 3 else head
        if cells is None:
            text = clean_line(raw)
            if text == "指标" and _level_alone(tokens, index):  # "经济效益" / "指标": a level's name wrapped
                tokens[-1] = Token(tokens[-1].text + text, tokens[-1].line, tokens[-1].row_start)
                continue
            tokens.append(Token(text, index, row_break))
            row_break = False
            continue
        # a line cut at the form's words (not at rules): its OCR-misread words read back, a guess
        read_back = raw if len(cells) < 3 or "|" in raw or "\t" in raw else read_back_words(raw)
        guessed = read_back is not raw
        if guessed:
            cells = line_cells(read_back) or cells
        # a line whose fused figures were split by the form's constraints (fused_money): a guess too
        guessed = guessed or any(isinstance(cell, GuessedCell) for cell in cells)
        # the end cut inside its last figure ("… | 1386.20 | 1352" of 1352.77) or not: that figure alone a guess
        cut_figure = index == cut and bool(cells) and kind(cells[-1]) in AMOUNT_OR_RATE_KINDS
        if cut_figure:
            kept = (c if isinstance(c, (WrittenCell, GuessedCell)) else WrittenCell(c) for c in cells[:-1])
            cells = [*kept, str(cells[-1])]  # (the cells before it the text bounds: read as written)
        guessed = guessed or cut_figure
        several = sum(1 for c in cells if c) >= 2
        # a line of tab cells is one row, unless it holds a whole form (its rows then cut by content)
        ruled = "|" in raw or "｜" in raw or ("\t" in raw and not whole_form(raw.split("\t"))) or spaced_row(cells) \
            or weighed is not None or headed
        celled = "|" in raw or "｜" in raw or "\t" in raw
        for position, cell in enumerate(cells):
            tokens.append(Token(cell, index, position == 0 and (several or row_break), ruled and several, celled,
                                guessed, isinstance(cell, WrittenCell)))
        row_break = False
    return tokens
