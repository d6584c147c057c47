"""Cutting flattened text into cells: what a web page, a document viewer or an OA system gives when
it loses a form's table structure.

Each line is cut by its own shape: web-copied cells ending in " |" (a lone "|" is an empty cell, a
line of "|" only is a row break), tab-separated cells, a whole row or form on one line separated by
single spaces, cells run together with no separator at all (cut at the form's own words), or one
cell per line. The cells keep their line, so every fact read from them can say where it was.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from jixiao.lexicon import lexicon, pattern, roles
from jixiao.readers.cells import Kind, kind
from jixiao.readers.flat_merged import shows_repeated_merges, unrepeat
from jixiao.readers.ocr_words import read_back_words
from jixiao.readers.textnorm import clean_line, compact, match_text, pipe_cells


@dataclass(frozen=True)
class Token:
    """One cell of flattened text: its text, the index of its line, and whether the source shows a
    row starting here (the first cell of a line of several cells, or after a "||||" row break)."""

    text: str
    line: int
    row_start: bool = False
    in_row: bool = False  # a cell of a line split at "|" or tabs: a table row as the source wrote it
    celled: bool = False  # from a line with a cell rule, even one cell ("二级 指标 |"): never a caption
    guessed: bool = False  # cut from a line whose form words were read back from an OCR misreading


@cache
def _words() -> re.Pattern[str]:
    """The form's words (lexicon cell_words), the longest one at each place, written as a trie: a
    search skips to the characters a word starts with and tries each character once."""
    root: dict[str, Any] = {}
    for word in {*lexicon()["cell_words"]}:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here
    return re.compile(_trie_pattern(root))


def form_words() -> re.Pattern[str]:
    """The form's words (lexicon cell_words), the longest one at each place."""
    return _words()


def _trie_pattern(node: dict[str, Any]) -> str:
    """A trie node as a pattern: its branches, and, where a word ends, the branches made optional
    (greedy, so the longest word that matches wins, as in an alternation sorted longest first)."""
    branches = [re.escape(char) + _trie_pattern(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


@cache
def _longest_word() -> int:
    return max(map(len, lexicon()["cell_words"]))


@cache
def _word_start() -> re.Pattern[str]:
    """Any character a form's word starts with: a quick test before looking for the words."""
    return re.compile("[" + re.escape("".join({w[0] for w in lexicon()["cell_words"]})) + "]")


_SENTENCE = re.compile(r"[。；;！？]")
_ONLY_PIPES = re.compile(r"^[\s|｜]+$")
_WORD_FIGURES = re.compile(r"^([^\d:]{2,14})[:]?([\d.,%]{6,})$")
_UNIT_TAIL = re.compile(r"\s*\(\s*(?:\d+(?:\.\d+)?)?\s*(?:%|分|万元|元|亿元|人|个|次)\s*\)\s*")
_VALUE_CELL = re.compile(r"(?:[≥≤><=]\s*)?[-−]?\d[\d,]*(?:\.\d+)?\s*(?:%|[^\d\s,.;:]{1,4})?|[—/\-]+")
_FORM_TITLE = re.compile(r"(?:项目支出|部门整体支出|整体支出|部门整体|绩效目标)?绩效自评表|绩效目标自评表|自评表")
_MARKER = re.compile(r"(?:[(（][^()（）]{1,12}[)）])+")  # (A), (B/A), (%), (50分), (20分*执行率) after a word
_MARKED = re.compile(r"(?<=[^\s(（])[(（][A-Za-z][^()（）]{0,11}[)）]$")  # "（A）", "（D/C×100%）" ending a cell
_COLUMN_MARK = re.compile(r"[(（]\s*[A-Z](?:\s*[/+\-×*]\s*[A-Z])*(?:\s*[×*]\s*100\s*%)?\s*[)）]")  # (A), (B/A)
_CAPTIONED = re.compile(r"[^\d()（）]{2,20}(?:[(（][^()（）]{1,12}[)）])+")
_SUB_ROW = re.compile(r"^其中\s*:?\s*")
_DIGIT_RUN = re.compile(r"\d+")
_FIGURE_START = re.compile(r"\d+(?:\.\d+)?(?:%|[\u4e00-\u9fff]{1,3})?(?=[\u4e00-\u9fff])")
# after a level word or the row before's figures only ("效益指标10社会效益…" is a level and its weight)
# (written to open on 指标, what comes before it tested after it: a search then skips to the word)
_PLACEHOLDER = re.compile(r"指标(?:(?<=指标指标)|(?<=[\d%]指标))\s*\d{1,2}\s*[:：]?(?=[\u4e00-\u9fff])")
# a thousands separator (1,568.20) is no clause; written to open on its characters, so a search skips to them
_CLAUSE = re.compile(r"[，。；;！？,](?:(?<=[，。；;！？])|(?<!\d,)|(?!\d{3}(?!\d)))")
# money and scores: no leading zero ("0100%" is 0 and 100%), at most two decimals
_FIGURE = r"[-−]?(?:[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d*|0)(?:\.\d{1,2})?"
# in run-together cells: a compared value, a number with its unit, a dash, or text up to the next of these
# 万亩, 万户: a unit in ten thousands; "10万10万100%20": a sum in 万 (元 left out) before the next figure
_UNITS = "(?:(?:万|亿|千)?(?:" + lexicon()["value_units"] + ")|万(?=\\d|$))"
_FIGURES = str.maketrans("０１２３４５６７８９．％", "0123456789.%")
_FULL_FIGURE = re.compile("[０１２３４５６７８９．％]")  # a quick test before translating a line
_VALUE_RUN = re.compile(
    r"(?:[≥≤><=＝﹦]|不低于|不少于|不高于|不超过)\s*" + _FIGURE + r"(?:%|" + _UNITS + r")?"
    r"|" + _FIGURE + r"(?:%|" + _UNITS + r"(?!度))?"  # "…100%20年度绩效指标": 年 opens the next word
    r"|[—/／\-]+"
    r"|[^\d—/／≥≤><=＝﹦]+?(?=[≥≤><=＝﹦]|\d|[—/／]|$)"
)
_GAP = re.compile(r"(?:[\s:]|[(（][^()（）]{0,12}[)）])*")  # words "touch" across spaces, colons, notes
_UNIT_CELL = re.compile(r"^[(（]\s*(万元|元|亿元|分|%)\s*[)）]$")


@cache
def _columns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return roles("indicator_columns")


def column_role(text: str) -> str | None:
    """The indicator column a header word names (lexicon indicator_columns), or None."""
    key = compact(text)
    return next((role for role, found in _columns() if found.search(key)), None) if key else None


def is_form_word(text: str) -> bool:
    """Whether a cell is, whole, one of the form's words (lexicon cell_words)."""
    return _words().fullmatch(compact(text)) is not None


def vocabulary_hits(text: str) -> int:
    """How many of the form's words a line holds."""
    return len(_words().findall(match_text(text).replace(" ", "")))


def line_cells(raw: str) -> list[str] | None:
    """The cells of one line, or None when the line is one piece of text."""
    line = raw.replace("｜", "|")
    if "|" in line:
        pieces = [clean_line(p) for p in pipe_cells(line)]
        if line.lstrip().startswith("|"):
            pieces = pieces[1:]
        while pieces and not pieces[-1]:
            pieces.pop()
        return pieces
    if line.count("\t") >= 2:
        return _tab_cells(line)
    text = clean_line(line)
    if ("是" in text or "否" in text) and _core_marked_rows(text):
        return _fused_cells(_PAGE_LEAD.sub("", text), force=True)
    if len(text) > 80 and " " not in text and len(_CLAUSE.findall(text)) >= 4:
        # a paragraph of prose: no cells, unless a form runs on after it, or the line is a form's rows
        # carried on from the line before that start with a figure ("412份20质量指标…时效指标…")
        if _FIGURE_START.match(text) and _carried(match_text(text)):
            return _fused_cells(text, force=True)
        return _form_after_prose(text) if len(text) > 200 else _header_after_prose(text, match_text(text))
    if text.startswith(_NUMBERING):  # "行次 全年预算数": the row-number column's header, then the next cell
        parts = text.split()
        if len(parts) == 2 and parts[0] in _NUMBERING:
            return parts
    if len(text) > 30 and " " in text and _run_on_form(text):  # a viewer's run-on form, spaces between its figures
        return _fused_cells(text, force=True)
    spaced = _spaced_cells(text) if len(text) >= 12 or text.count(" ") >= 2 else None
    if spaced is not None:
        return spaced
    if len(text) < 3 or not _word_start().search(text):
        return None
    fused = _fused_cells(text)
    if fused is None and len(text) > 200:
        return _form_after_prose(text)
    return fused


_TITLES = 10  # form titles in one line tried as the start of a form


def _run_on_form(text: str) -> bool:
    """"…项目名称X主管部门Y…年度财政资金总额 200.00 190.00 95.00% 19年度绩效目标…一级指标二级指标三级指标…": a
    form a document viewer ran into one paragraph, single spaces only between some figures: a piece between
    the spaces holds labels run onto their values and a header run of three of the form's words touching."""
    for piece in text.split():
        if len(piece) < 12 or _CLAUSE.search(piece):  # (a piece of prose is no run of cells: no word search)
            continue
        plain = match_text(piece)
        hits = _cut_points(plain)
        touching = sum(1 for a, b in itertools.pairwise(hits) if _GAP.fullmatch(plain[a.end(): b.start()]))
        if touching >= 2 and len(hits) >= 5:
            return True
    return False
_ROW_GAP = re.compile(r"[ \u00a0\u3000]{2,}")  # two spaces or more: rows of a tab-separated form on one line
# filled tab cells on one line past which it holds more than one row (the widest forms have 14 columns; a
# row copied out of Excel may trail many empty cells, which do not count)
_FORM_ROWS = 20


def _tab_cells(line: str) -> list[str]:
    """Cells separated by tabs (copied from Excel or a web table); consecutive tabs are the empty cells of
    merged columns. A whole form pasted on one line keeps its rows apart by two spaces or by nothing:
    there a cell also holds the last cell of one row and the first of the next ("9.57  其中：当年财政拨款",
    "得分年度资金总额"), cut apart again at the spaces or at the form's word that ends it."""
    pieces = line.split("\t")
    if not _whole_form(pieces):
        return [clean_line(p) for p in pieces]
    out: list[str] = []
    for piece in pieces:
        for part in _ROW_GAP.split(piece.strip()) if piece.strip() else [""]:
            out.extend(_row_seam(clean_line(part)))
    return out


def _whole_form(pieces: list[str]) -> bool:
    return sum(1 for piece in pieces if piece.strip()) >= _FORM_ROWS


def _row_seam(cell: str) -> list[str]:
    """"农村饮水安全巩固提升工程主管部门" → the value and the label of the next row that ran onto it: a
    form's word (not a weak one such as 执行率), maybe with its unit ("项目资金（万元）"), ending the cell
    after something that is not one."""
    if len(cell) < 4 or not _word_start().search(cell):
        return [cell]
    plain = match_text(cell)
    if len(plain) != len(cell) or _words().fullmatch(plain):
        return [cell]
    ends = [hit for hit in _words().finditer(plain) if hit.start() > 0 and (
        hit.end() == len(plain) or _MARKER.fullmatch(plain[hit.end():]))]
    if not ends or ends[-1].group(0) in _weak_words():
        return [cell]
    start = ends[-1].start()
    lead = re.search(r"其中\s*[:：]?\s*$", cell[:start])  # "9.57其中：当年财政拨款": the sub-row's label whole
    if lead is not None:
        start = lead.start()
    head = cell[:start].strip()
    return [head, cell[start:]] if head else [cell]


def _form_after_prose(text: str) -> list[str] | None:
    """A text layer that runs a prose report straight into its form ("…改进措施…绩效目标自评表（2022年度）
    项目名称高标准…"): the prose stays one piece, the form from its title on is cut into cells."""
    plain = match_text(text)
    for title in itertools.islice(_FORM_TITLE.finditer(plain), _TITLES):  # a flood of titles: the first few
        rest = plain[title.start(): title.start() + 400]
        hits = list(_words().finditer(rest))
        touching = sum(1 for a, b in itertools.pairwise(hits) if _GAP.fullmatch(rest[a.end(): b.start()]))
        if touching >= 2:
            cells = _fused_cells(text[title.start():], force=True) or []
            return [text[: title.start()].strip(), *cells] if title.start() else cells
    return _header_after_prose(text, plain)


_RUN = 3  # header words touching one another: where a form's table starts


def _header_after_prose(text: str, plain: str) -> list[str] | None:
    """"…年度总体目标一是…（prose）…绩效指标一级指标二级指标三级指标分值…": a line whose prose runs into the
    header of the form's indicator block, no title between: the prose one piece, the block from its header."""
    hits = list(itertools.islice(_words().finditer(plain), 400))
    for first in range(len(hits) - _RUN + 1):
        run = hits[first: first + _RUN]
        if all(_GAP.fullmatch(plain[a.end(): b.start()]) for a, b in itertools.pairwise(run)):
            start = run[0].start()
            if start == 0 or not _CLAUSE.search(plain[:start]):
                return None  # no prose before it: the line is a fused row, read as such
            cells = _fused_cells(text[start:], force=True) or []
            return [text[:start].strip(), *cells]
    return None


_WEIGHTED_NAME = re.compile(r"[\u4e00-\u9fff][(（]\s*\d+(?:\.\d+)?\s*分\s*[)）]$")
_NUMBERING = ("行次", "栏次", "列次")  # a form's column of row numbers, its row of column numbers
# (a year's month, a month's day: "≤10月 9月" are a target and an actual, two cells)
_SPACED_DATE = re.compile(r"(?<=(?:19|20)\d\d)\s+(?=年)|(?<=\d)\s+(?=[月日](?![\u4e00-\u9fff]))"
                          r"|(?<=年)\s+(?=\d{1,2}\s*月)|(?<=月)\s+(?=\d{1,2}\s*日)")


def _spaced_cells(text: str) -> list[str] | None:
    """A row or a whole form on one line, its cells separated by single spaces."""
    parts = text.split()
    if len(parts) > 1 and ("年" in text or "月" in text):  # a PDF text layer spaces its figures out: "2022 年市级…",
        parts = _SPACED_DATE.sub("", text).split()  # "2023 年 3 月 9 日" (a line with no inner space has none)
    four = len(parts) == 4 and all(_VALUE_CELL.fullmatch(match_text(p)) for p in parts[2:])
    if len(parts) < 5 and not four:  # four parts ending in two figures: a row whose name and level carry them
        return _short_row(parts)
    # a word with its column letter or formula counts ("全年预算数（A）", "预算执行（E/C×100%）")
    words = sum(1 for p in parts if _words().fullmatch(compact(_MARKED.sub("", p))) or _UNIT_CELL.match(match_text(p)))
    values = sum(1 for p in parts if _VALUE_CELL.fullmatch(match_text(p)))
    values += sum(1 for p in parts[1:3] if _WEIGHTED_NAME.search(p))  # "苗木出圃时间（10分）": a name and its weight
    # a row led by its level cells, a scoring note among its figures:
    # "项目决策（10分） 项目立项 立项依据 5 符合政策，得5分 5"
    led = values >= 2 and any(kind(p) in (Kind.LEVEL1, Kind.LEVEL2) for p in parts[:2])
    # a row of figures: "污水治理村数 ≥6个 6个 10 10 <a note, which may hold commas>"
    if words < 3 and not led and (values < 2 or any(_CLAUSE.search(p) for p in parts[:-1])):
        return parts if _list_header(parts) else None
    return _rejoin(parts)


def _short_row(parts: list[str]) -> list[str] | None:
    """A row label and its figures on a short line: two with an amount or a rate among them
    ("地方财政资金（万元） 3 6.400000", the rest of the row on the next line), three ("合计 100 100 96"),
    or two and a note ("立项程序 4 3 程序规范，缺少论证扣1分"); a numbered row of a score list
    ("3 三公经费控制率 10 10") with figures of any kind; a score list's header: its cells; else None."""
    if len(parts) >= 3 and _list_header(parts):
        return parts
    numbered = _numbered(parts)
    label = parts[1:] if numbered else parts
    if len(label) < 3 or _VALUE_CELL.fullmatch(match_text(label[0])) or _CLAUSE.search(label[0]):
        return None
    noted = len(label) == 4 and len(label[3]) > 3 and not _VALUE_CELL.fullmatch(match_text(label[3]))
    figures = [match_text(p) for p in label[1: 3 if noted else None]]
    placeholder = _TEMPLATE_NUMBERED.match(label[0]) is not None  # "指标1:全市安全度汛 10 10" under a wrapped level
    if all(_FIGURE_CELL.fullmatch(f) for f in figures) and (
            numbered or noted or placeholder or len(figures) >= 3 or any("." in f or "%" in f for f in figures)):
        return parts
    return None


_ROW_NUMBER = re.compile(r"[1-9]\d{0,2}")
_TEMPLATE_NUMBERED = re.compile(r"指标\s*\d{1,2}\s*[:：]\s*\S")  # the central template's "指标1：" before a name
_FIGURE_CELL = re.compile(r"\d[\d,]*(?:\.\d+)?%?")
_LIST_HEAD = 8  # characters in a header word of a score list (评价指标, 指标名称)


def _numbered(parts: list[str]) -> bool:
    return len(parts) >= 4 and _ROW_NUMBER.fullmatch(parts[0]) is not None


def _spaced_row(cells: list[str]) -> bool:
    """A score list's header or numbered row cut at single spaces: one row, as the source wrote it."""
    if len(cells) < 3:
        return False
    return _list_header(cells) or (_numbered(cells) and _FIGURE_CELL.fullmatch(cells[-1]) is not None)


def _list_header(parts: list[str]) -> bool:
    """"序号 评价指标 分值 得分": every part names an indicator column, a name column and a weight or
    score column among them (the columns of a bare score list)."""
    if any(len(p) > _LIST_HEAD for p in parts):
        return False
    found = [column_role(p) for p in parts]
    return None not in found and bool({"name", "name_weak"} & set(found)) and bool({"weight", "score"} & set(found))


def _rejoin(parts: list[str]) -> list[str]:
    """Spaces also sit inside cells: "一级 指标", "年度 总体 目标", "(万元)" after its caption."""
    out: list[str] = []
    words = _words()
    whole = [bool(words.fullmatch(p)) for p in parts]  # each part tested once
    longest = _longest_word()
    i = 0
    while i < len(parts):
        joined = None
        for width in (4, 3, 2):
            if i + width > len(parts) or any(whole[i: i + width]):
                continue
            piece = "".join(parts[i: i + width])
            if len(piece) <= longest and words.fullmatch(piece):
                joined = (piece, width)
                break
        if joined:
            out.append(joined[0])
            i += joined[1]
            continue
        note = _split_note(parts, i)
        if note is not None:  # "得分 (20 分*执行率)": a bracketed note a space cut, back on its word
            if out and words.fullmatch(out[-1]):
                out[-1] += note[0]
            else:
                out.append(note[0])
            i += note[1]
            continue
        out.append(parts[i])
        i += 1
    return out


def _split_note(parts: list[str], i: int) -> tuple[str, int] | None:
    """A bracketed note cut by spaces ("(20" / "分*执行率)"): the note whole and the parts it takes."""
    if not parts[i].startswith(("(", "（")) or ")" in parts[i] or "）" in parts[i]:
        return None
    for width in (2, 3):
        piece = "".join(parts[i: i + width])
        if i + width <= len(parts) and _MARKER.fullmatch(piece):
            return piece, width
    return None


def _fused_cells(text: str, force: bool = False) -> list[str] | None:
    """Cells run together ("项目名称初中公用经费主管部门某市教育局…"): cut at the form's words. A line
    is taken for a fused row only when two of the form's words touch (headers come in runs) or
    when it is one word followed by run-together figures ("年度资金总额:356.40341.15…")."""
    if _FULL_FIGURE.search(text):  # full-width figures (a GBK text's "３２０．００") split like half-width ones
        text = text.translate(_FIGURES)
    if "指标" in text:  # the template's "指标1" before a name is no cell: "…数量指标指标1免费发放良种10…"
        text = _PLACEHOLDER.sub("", text)
    if "、" in text[:3]:  # "1、2020年度某项目自评表单位名称…": a viewer's page number before the form's title
        text = _PAGE_TITLE.sub("", text)
    bracketed = "(" in text or "（" in text  # (a note and a formula open on a bracket: most prose has none)
    # the steps below take spaces out and turn a formula's 1 into its bracket, nothing else, and no word of the form
    # holds a space or a 1: a line holding none of the words with every space out (its formulas closed) holds none
    # after them either, and is no row (most lines of prose: their notes and split words are then not looked for)
    bare = text.replace(" ", "")
    if _words().search(match_text(_FORMULA_ONE.sub(r"\1)", bare) if "1" in bare and bracketed else bare)) is None:
        return None
    if " " in text:
        if bracketed:
            text = _unspaced_notes(text)
        text = _join_split_words(text)
    if "1" in text and bracketed:  # "执行率(B/A1": a formula's closing bracket read as 1 by OCR
        text = _FORMULA_ONE.sub(r"\1)", text)
    plain = match_text(text)
    # (the line without its spaces is made only when it ends as figures do: its last non-space character)
    figures = _word_figures(plain.replace(" ", "")) if _may_end_figures(plain.rstrip(" ")[-1:]) else None
    if figures and _words().fullmatch(figures.group(1)):
        return [figures.group(1), figures.group(2)]
    hits = _cut_points(plain)
    if not hits:
        return None
    # a header run: three of the form's words in a row ("年初预算数全年预算数全年执行数"); two alone
    # ("合计得分") are a phrase of prose
    touching = sum(1 for a, b in itertools.pairwise(hits) if _GAP.fullmatch(plain[a.end(): b.start()])) >= 2
    # "项目名称农村饮水…" (a label run onto its value); "项目名称：…" is a line of text the prose reads;
    # "自评总分（分）" and "执行率（%）" are one cell
    labelled = hits[0].start() <= _lead(plain) and len(text) <= 80 and not _CLAUSE.search(text) \
        and plain[hits[0].end(): hits[0].end() + 1] != ":" and not _UNIT_TAIL.fullmatch(plain[hits[0].end():]) \
        and not _MARKER.fullmatch(plain[hits[0].end():].strip())
    if labelled and len(hits) == 1 and _named_after_header(hits[0].group(0), plain[hits[0].end():]):
        return None  # "绩效指标明确性": an indicator's name that starts with a header word is one cell
    if labelled and len(hits) == 1 and hits[0].start() == 0 and _names_a_unit(hits[0].group(0)) \
            and plain[hits[0].end(): hits[0].end() + 1] == " ":
        value = text[hits[0].end():].strip(" :：")  # "项目名称 某州财行(2022)10号 某专项经费": the name whole
        return [text[: hits[0].end()], value] if value else None
    carried = _carried(plain, hits) and len(_CLAUSE.findall(text)) <= 1
    if not (force or labelled or carried
            or (touching and len(hits) >= 3 and len(_SENTENCE.findall(text)) <= len(hits) // 2)):
        return _labels_after_title(text, plain, hits)
    out: list[str] = []
    at = 0
    for hit in hits:
        if hit.start() > at:
            if at == 0 and hit.start() <= _lead(plain):  # "其中：当年财政拨款" is one row label
                out.append(text[: hit.end()])
                at = hit.end()
                continue
            _extend(out, _between(text[at: hit.start()]))
        at = hit.end()
        mark = _COLUMN_MARK.match(plain, at) if plain[at: at + 1] in "(（" else None
        if mark is not None:  # "执行率(B/A)一般预算内拨款…": the column's formula is the header cell's own
            at = mark.end()
        out.append(text[hit.start(): at])
    _extend(out, _between(text[at:]))
    return _slash_pairs(_split_unit_before_nature(_join_sub_rows([c for c in out if c])))


def _slash_pairs(cells: list[str]) -> list[str]:
    """"项目实施单位/项目负责人某中心/张某": two labels sharing a cell and their values sharing the next, cut
    at the labels into "项目实施单位 | / | 项目负责人 | 某中心 | / | 张某": each label gets its own value."""
    if "/" not in cells:
        return cells
    out: list[str] = []
    i = 0
    while i < len(cells):
        window = cells[i: i + 6]
        if len(window) == 6 and window[1] == window[4] == "/" and is_form_word(window[0]) \
                and is_form_word(window[2]) and not is_form_word(window[3]) and not is_form_word(window[5]):
            out.extend([window[0], window[3], window[2], window[5]])
            i += 6
            continue
        out.append(cells[i])
        i += 1
    return out


# "情况 (万元) (20 分)": spaces before and inside a bracketed note, from a text layer's layout
_NOTE = re.compile(r"[(（][^()（）]{0,12}[)）]")


def _unspaced_notes(text: str) -> str:
    """``text`` with each short bracketed note's spaces, and the spaces right before it, taken out. (A pattern
    opening on the spaces, " *(…)", is tried at every place; one opening on the bracket skips to brackets.)"""
    out: list[str] = []
    at = 0
    for note in _NOTE.finditer(text):
        out.append(text[at: note.start()].rstrip(" "))
        out.append(note.group(0).replace(" ", ""))
        at = note.end()
    if not out:
        return text
    out.append(text[at:])
    return "".join(out)
_CJK_SPACE = re.compile(r" (?<=[\u4e00-\u9fff] )(?=[\u4e00-\u9fff])")  # (the space first: a search skips to it)
_FORMULA_ONE = re.compile(r"([(（][A-Z](?:/[A-Z])?)1(?=[\u4e00-\u9fff])")


# "项 目 名 称:": a label spaced out letter by letter (single Chinese characters, one space apart)
_LETTER_SPACED = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff](?: [\u4e00-\u9fff]){2,7}(?![\u4e00-\u9fff])")


def _join_split_words(text: str) -> str:
    """"年度财政 资金总额": a space a PDF's text layer put inside one of the form's words (a cell wrapped
    over two lines) is dropped; a space between two words or inside a name stays. A form's word spaced out
    letter by letter ("项 目 名 称") is joined."""
    text = _LETTER_SPACED.sub(lambda run: _joined_word(run.group(0)), text)
    for space in reversed(list(_CJK_SPACE.finditer(text))):
        at = space.start()
        joined = text[max(0, at - _longest_word()): at] + text[at + 1: at + 1 + _longest_word()]
        cut = min(at, _longest_word())
        if any(hit.start() < cut < hit.end() for hit in _words().finditer(match_text(joined))):
            text = text[:at] + text[at + 1:]
    return text


def _joined_word(run: str) -> str:
    joined = run.replace(" ", "")
    return joined if _words().fullmatch(match_text(joined)) else run


def _word_figures(text: str) -> re.Match[str] | None:
    """:data:`_WORD_FIGURES` in ``text``, looked for only when the text ends as a figure can (a digit,
    ".", "," or "%"; a final newline, which ``$`` allows, sends it to the pattern too): prose, which
    ends otherwise, skips the pattern's backtracking over its first 14 characters."""
    return _WORD_FIGURES.match(text) if _may_end_figures(text[-1:]) else None


def _may_end_figures(last: str) -> bool:
    """Whether a text whose last character is ``last`` may end as :data:`_WORD_FIGURES` does."""
    return last.isdecimal() or last in (".", ",", "%", "\n")


_LEAD_TITLE = 60  # characters a form's title may take at the start of a line


def _labels_after_title(text: str, plain: str, hits: list[re.Match[str]]) -> list[str] | None:
    """"2020年度某项目自评表单位名称:某科填报日期:项目名称X主管部门Y…": the form's title, then its label cells
    run together: the title one cell, the rest cut at the form's words."""
    title = _FORM_TITLE.search(plain, 0, _LEAD_TITLE)
    if title is None or sum(1 for h in hits if h.start() >= title.end()) < 3 or _CLAUSE.search(text):
        return _label_run(text, plain, hits)
    return [text[: title.end()].strip(), *(_fused_cells(text[title.end():], force=True) or [])]


_LABEL_RUN = 3  # label cells in a row, each with a short value, past which a line is a form's label block
_LABEL_VALUE = 40  # characters a label's value may take in such a run


def _label_run(text: str, plain: str, hits: list[re.Match[str]]) -> list[str] | None:
    """"…自评报告评价类型:过程评价项目名称某经费项目单位某馆主管部门某市政府评价方式:…": a report's cover
    labels run together by a viewer, no title of the form before them: a run of label cells (lexicon labels),
    each with a short value, that starts near the line's head. The text before the first label is one cell."""
    if len(hits) < _LABEL_RUN or hits[0].start() > _LEAD_TITLE or len(_CLAUSE.findall(text)) > 2:
        return None
    from jixiao.readers.extract.table_labels import label_field  # here: the extract package imports this module

    run = 0
    for hit, nxt in itertools.pairwise(hits):
        if label_field(hit.group(0)) is None or not 0 < nxt.start() - hit.end() <= _LABEL_VALUE:
            break
        run += 1
    if run < _LABEL_RUN:
        return None
    head = text[: hits[0].start()].strip()
    return [*([head] if head else []), *(_fused_cells(text[hits[0].start():], force=True) or [])]


def _carried(plain: str, hits: list[re.Match[str]] | None = None) -> bool:
    """A block's rows carried on from the line before: "412份20质量指标检测报告合格率20…时效指标…" (two
    level words and the rows' figures)."""
    found = _cut_points(plain) if hits is None else hits
    return sum(1 for h in found if h.group(0).endswith("指标")) >= 2 and len(_DIGIT_RUN.findall(plain)) >= 4


# a row's last figures, its 是/否 (是否核心指标) and the next row's name, run together: "…100%22否资产管理…"
_MARKED_ROW = re.compile(r"\d[是否](?=[\u4e00-\u9fff“\"])")
_PAGE_TITLE = re.compile(r"^\d{1,2}、(?=(?:19|20)\d{2}\s*年|[^、。;,:]{2,40}?自评表)")  # "1、某局2023年度…自评表…" too
_PAGE_LEAD = re.compile(r"^\d{1,2}、(?=[\u4e00-\u9fff])")  # a viewer's page number "3、" before the page's text


def _core_marked_rows(text: str) -> bool:
    """A whole-unit form's rows run together, its 是/否 core marks between them, carried onto a line with no
    level word or header ("3、预决算信息公开性高高100%11否资产管理安全好好100%22否…")."""
    return len(_MARKED_ROW.findall(text)) >= 2 and len(_DIGIT_RUN.findall(text)) >= 6


_CJK_RUN = re.compile(r"[\u4e00-\u9fff]{2,20}")


def _named_after_header(word: str, rest: str) -> bool:
    """One of the form's words that is no label (绩效指标, 执行率, 分值 …) followed by Chinese text only, no
    figure and no other form word: a cell that begins with the word ("绩效指标明确性", a note "执行率略低"),
    not a header with its value run onto it (a value is a figure, "分值10", or follows a label,
    "项目名称X", "年度总体目标X")."""
    if not _CJK_RUN.fullmatch(rest):
        return False
    from jixiao.readers.extract.table_labels import label_field  # here: the extract package imports this module

    key = compact(word)
    return label_field(word) is None and not pattern("goal_row").match(key) and not pattern("form_end").match(key)


def _names_a_unit(word: str) -> bool:
    """项目名称, 主管部门, 实施单位 …: a label whose value is a name (a name may hold figures and brackets)."""
    from jixiao.readers.extract.table_labels import label_field  # here: the extract package imports this module

    return label_field(word) in ("project.name", "unit.supervising_department", "project.implementing_unit",
                                 "unit.name", "unit.upper_supervisor")


def _join_sub_rows(cells: list[str]) -> list[str]:
    """"其中" and the row label after it ("其中：本年财政拨款") are one cell."""
    out: list[str] = []
    for cell in cells:
        if out and re.fullmatch(r"其中\s*[:：]?", out[-1]):
            out[-1] += cell
        else:
            out.append(cell)
    return out


def _extend(out: list[str], cells: list[str]) -> None:
    """Add the cells between two words; a bracketed note right after a word ("（分）") stays with it."""
    if out and cells and _MARKER.fullmatch(cells[0]):
        out[-1] += cells.pop(0)
    out.extend(cells)


def _cut_points(plain: str) -> list[re.Match[str]]:
    """The form's words in a line, less the weak ones (执行率, 得分 …) that end indicator names
    ("政府采购执行率"): those cut a cell only where they touch another of the form's words."""
    hits = list(_words().finditer(plain))
    weak = _weak_words()
    keep = []
    for index, hit in enumerate(hits):
        if _OPTION_AFTER.match(plain, hit.end()) and _OPTION_LABEL.fullmatch(hit.group(0)):
            continue  # "评价层次：项目承担单位绩效自评□ 主管部门绩效自评□": check-box options, no labels
        if hit.group(0) in weak:
            before = hits[index - 1] if index else None
            after = hits[index + 1] if index + 1 < len(hits) else None
            touches = (before is not None and _GAP.fullmatch(plain[before.end(): hit.start()])) or (
                after is not None and _GAP.fullmatch(plain[hit.end(): after.start()])) or hit.start() == 0
            if not touches:
                continue
        keep.append(hit)
    return keep


_OPTION_AFTER = re.compile(r"(绩效)?(自评|评价)(?!类型|方式|机构|层次|结论|结果|等级|得分|总分)")
_OPTION_LABEL = re.compile(r"(项目)?(承担|实施|主管|预算)?(单位|部门)")


@cache
def _weak_words() -> frozenset[str]:
    return frozenset(lexicon()["weak_cell_words"])


_NAME_UNIT = re.compile(r"^(.{2,}?)(%|‰|个|人|次|元|万元|篇|件|户|所|项|家|台|套|座|处|场|天|小时|万人|人次|公里"
                        r"|平方米|亩|吨)$")


def _split_unit_before_nature(cells: list[str]) -> list[str]:
    """"资金使用率%" before "定量指标": the indicator's name and its 计量单位 run together; a 是/否 of
    the row before ("否“三公”经费变动率") run onto the next name."""
    out: list[str] = []
    for index, cell in enumerate(cells):
        nxt = cells[index + 1] if index + 1 < len(cells) else ""
        unit_led = _named_percent(cell[1:]) and _percent(nxt)  # "否公用经费节支率%" before "100%"
        after_figures = index > 0 and cells[index - 1].isdigit()  # "…100% | 22 | 否资产管理安全 | 好"
        if len(cell) >= 4 and cell[0] in "是否" and cell[1] not in "是否" \
                and (_natures_follow(cells, index) or unit_led or after_figures):
            out.append(cell[0])
            cell = cell[1:]
        if len(cell) >= 6 and cell[-4:] != (word := _unscrambled(cell[-4:])):  # "健全性性标定指": 定性指标
            out.extend([cell[:-4], word])  # the word as meant: the column only tells its kind
            continue
        unit = _NAME_UNIT.match(cell)
        if unit and (pattern_nature(nxt) or (_named_percent(cell) and _percent(nxt)) or _counted_in(unit, nxt)):
            out.extend([unit.group(1), unit.group(2)])
            continue
        out.append(cell)
    return out


_NATURE_WORDS = {"".join(sorted(word)): word for word in ("定性指标", "定量指标", "正向指标", "反向指标")}


def _unscrambled(text: str) -> str:
    """A 指标性质 word whose characters a viewer printed out of order ("性标定指" is 定性指标), else ``text``."""
    return _NATURE_WORDS.get("".join(sorted(text)), text) if "指" in text else text


def _counted_in(unit: re.Match[str], nxt: str) -> bool:
    """"培训次数次" before "26次": a count's name (…数 / …量) with its 计量单位 run on, the unit its figures carry."""
    return unit.group(1).endswith(("数", "量")) and bool(re.fullmatch(r"\d+(?:\.\d+)?" + unit.group(2), nxt))


def _named_percent(text: str) -> bool:
    """"公用经费节支率%": an indicator's name (two Chinese characters at least) with its 计量单位 % run on."""
    return len(text) >= 3 and text.endswith("%") and bool(re.search(r"[\u4e00-\u9fff]{2}", text))


def _percent(text: str) -> bool:
    return bool(re.fullmatch(r"\d+(?:\.\d+)?%", text))


def _natures_follow(cells: list[str], index: int) -> bool:
    return any(pattern_nature(c) for c in cells[index + 1: index + 3])


def pattern_nature(text: str) -> bool:
    return bool(_nature().match(match_text(text).replace(" ", "")))


@cache
def _nature() -> re.Pattern[str]:
    return re.compile(lexicon()["natures"])


def _lead(plain: str) -> int:
    """Where a row's first word may start: after a "其中：" that introduces a sub-row."""
    lead = _SUB_ROW.match(plain)
    return lead.end() if lead else 0


def _between(text: str) -> list[str]:
    """The run of cells between two of the form's words: texts, values with their units, dashes."""
    out: list[str] = []
    if _MARKER.fullmatch(text.strip()) or _CAPTIONED.fullmatch(text.strip()):
        return [text.strip()]  # "（A）" after 全年预算数 stays with its header; "预算执行情况（万元）（20分）" whole
    if _CLAUSE.search(text):
        return [text.strip(" :：")]  # a sentence is one cell, figures and all
    hidden = ("-" in text or "至" in text or "—" in text or "~" in text) and _YEAR_SPAN.search(text) is not None
    if hidden:
        text = _hide_year_spans(text)
    for piece in re.split(r"[:：\s]+", text):
        at = 0
        for dated in _DATED.finditer(piece) if "年" in piece else ():  # "2024年10月底前2024年9月完成": two cells
            _value_runs(out, piece[at: dated.start()])
            out.append(dated.group(0))
            at = dated.end()
        _value_runs(out, piece[at:])
    if hidden and any(_HIDDEN_DIGITS.search(cell) for cell in out):
        out[:] = [cell.translate(_SHOW_DIGITS) for cell in out]
    return out


# a period between two words of a name ("取得2018-2022监测资料"): its years are text, not the row's figures
_YEAR_SPAN = re.compile(r"(?<=[\u4e00-\u9fff])(?:19|20)\d{2}\s*[-—–~至]\s*(?:19|20)\d{2}(?=年?[\u4e00-\u9fff])")
_HIDE_DIGITS = str.maketrans("0123456789-—–~", "".join(chr(0xE000 + k) for k in range(14)))
_SHOW_DIGITS = {v: k for k, v in _HIDE_DIGITS.items()}
_HIDDEN_DIGITS = re.compile("[\ue000-\ue00d]")


def _hide_year_spans(text: str) -> str:
    """A period's years written inside a name turned to characters no figure is read from (turned back after)."""
    return _YEAR_SPAN.sub(lambda span: span.group(0).translate(_HIDE_DIGITS), text)


# a date and the words after it, up to the next figure ("2024年10月底前", "2023年9月完成"): a time target or outcome
_DATED = re.compile(r"(?:19|20)\d{2}年\d{1,2}月(?:\d{1,2}日)?[^\d≥≤<>=＝﹦—/／]*")


def _value_runs(out: list[str], text: str) -> None:
    for run in _VALUE_RUN.finditer(text):
        if run.group(0).strip():
            out.extend(_qualitative_tail(run.group(0)))


def _qualitative_tail(text: str) -> list[str]:
    """"工程运行维护机制健全基本健全" → the name and the two qualitative values run onto it."""
    half = len(text) // 2
    if len(text) % 2 == 0 and half >= 1 and text[:half] == text[half:] and _qualitative().search(text[:half]):
        return [text[:half], text[half:]]  # "健全健全": target and actual alike
    for size in range(min(8, (len(text) - 2) // 2), 1, -1):  # "耕地地力保持稳定保持稳定": name, target, actual
        if text[-2 * size: -size] == text[-size:]:
            return [text[: -2 * size], text[-size:], text[-size:]]
    values: list[str] = []
    rest = text
    while len(values) < 2:
        cut = max(0, len(rest) - _longest_qualitative())  # the words end the text: only its tail can match
        tail = _qualitative().search(rest, cut)
        if tail is None or (tail.start() == 0 and not values):
            break
        values.insert(0, tail.group(0))
        rest = rest[: tail.start()]
        if not rest:
            break
    if len(values) < 2 or len(rest) < 2:
        return [text]
    return [rest, *values]


@cache
def _longest_qualitative() -> int:
    return max(map(len, lexicon()["qualitative_values"]))


@cache
def _qualitative() -> re.Pattern[str]:
    words = sorted(lexicon()["qualitative_values"], key=len, reverse=True)
    return re.compile("(?:" + "|".join(re.escape(w) for w in words) + ")$")


def tokenize(lines: list[str], skip: set[int]) -> list[Token]:
    """Every line's cells in order (lines in ``skip`` are left out: Markdown tables, HTML)."""
    tokens: list[Token] = []
    row_break = False
    merged = shows_repeated_merges([line_cells(raw) or [] for raw in lines if "|" in raw or "｜" in raw])
    head: list[str] | None = None  # the last header row of cells, as written (its blank columns)
    for index, raw in enumerate(lines):
        if index in skip:
            row_break = True
            continue
        stripped = raw.strip()
        if not stripped:
            continue
        if stripped[0] in "|｜" and _ONLY_PIPES.match(stripped):  # (a line of rules opens on one)
            if stripped.count("|") + stripped.count("｜") == 1:
                tokens.append(Token("", index))
            else:
                row_break = True
            continue
        cells = line_cells(raw)
        if merged and cells is not None and ("|" in raw or "｜" in raw):
            cells, head = unrepeat(cells, head), cells if sum(map(is_form_word, cells)) >= 3 else head
        if cells is None:
            tokens.append(Token(clean_line(raw), index, row_break))
            row_break = False
            continue
        # a line cut at the form's words (not at rules): its OCR-misread words read back, a guess
        read_back = raw if len(cells) < 3 or "|" in raw or "\t" in raw else read_back_words(raw)
        guessed = read_back is not raw
        if guessed:
            cells = line_cells(read_back) or cells
        several = sum(1 for c in cells if c) >= 2
        # a line of tab cells is one row, unless it holds a whole form (its rows then cut by content)
        ruled = "|" in raw or "｜" in raw or ("\t" in raw and not _whole_form(raw.split("\t"))) or _spaced_row(cells)
        celled = "|" in raw or "｜" in raw or "\t" in raw
        for position, cell in enumerate(cells):
            tokens.append(Token(cell, index, position == 0 and (several or row_break), ruled and several, celled,
                                guessed))
        row_break = False
    return tokens
