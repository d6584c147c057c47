"""Cutting cells that run together with no separator at all at the form's own words: the fusion
splitter and the label runs after a form's title that it reads.
"""

from __future__ import annotations

import itertools
import re

from jixiao.lexicon import pattern
from jixiao.readers.flat_captions import names_a_fund
from jixiao.readers.flat_cut_points import (
    carried_rows,
    cut_points,
    extend_cells,
    join_sub_rows,
    named_after_header,
    names_a_unit,
    row_lead,
    slash_pairs,
    split_unit_before_nature,
)
from jixiao.readers.flat_text_repairs import FORMULA_ONE, join_split_words, unspaced_notes
from jixiao.readers.flat_value_runs import NAME_AFTER_FIGURES, NOTE_BETWEEN, cells_between, row_note
from jixiao.readers.flat_words import CLAUSE, GAP, MARKER, column_role, form_words
from jixiao.readers.fused_money import split_money_run
from jixiao.readers.fused_money_columns import ROW_LABEL, THOUSANDS, money_roles
from jixiao.readers.label_fields import label_field
from jixiao.readers.textnorm import match_text

_SENTENCE = re.compile(r"[。；;！？]")
_OPINION_BOX = pattern("opinion_box")

WORD_FIGURES = re.compile(r"^([^\d:]{2,14})[:]?([\d.,%]{6,})$")
_UNIT_TAIL = re.compile(r"\s*\(\s*(?:\d+(?:\.\d+)?)?\s*(?:%|分|万元|元|亿元|人|个|次)\s*\)\s*")

# (the optional words before 绩效自评表 spelt out, in the same order, so that every alternative opens on a literal: a
# search skips to those characters instead of trying the words at every place of a line)
FORM_TITLE = re.compile(r"项目支出绩效自评表|部门整体支出绩效自评表|整体支出绩效自评表|部门整体绩效自评表"
                        r"|绩效目标绩效自评表|绩效自评表|绩效目标自评表|自评表")

# after a level word, the row before's figures ("效益指标10社会效益…" is a level and its weight) or the template's empty
# slot before it ("经济效益指标指标1:指标2:社会效益指标…": a level's two empty rows)
# (written to open on 指标, what comes before it tested after it: a search then skips to the word)
TEMPLATE_NUMBER = re.compile(r"指标(?:(?<=指标指标)|(?<=[\d%]指标)|(?<=\d[:：]指标))\s*\d{1,2}\s*[:：]?"
                             r"(?=[\u4e00-\u9fff])")
# the template's empty slot ending a row ("生态效益指标 指标1", "经济效益指标指标1:" where a viewer's chunk cut the
# line): no indicator, and no word fused to a figure
_EMPTY_SLOT = re.compile(r"(?:(?<=\S)\s+指标\s*\d{1,2}|(?<=指标)指标\s*\d{1,2}\s*[:：])\s*$")
# what both hold, a quick test before them (written to open on the literal, a search skips to it): the 指标 of prose
# ("该指标绩效评价得分为5分") has no figure after it, and neither substitution is tried
_SLOT = re.compile(r"指标\s*\d")

# full-width digits, point and percent sign to half-width (only these: to_halfwidth turns its punctuation too)
_FULLWIDTH_FIGURES = str.maketrans("０１２３４５６７８９．％", "0123456789.%")
_FULL_FIGURE = re.compile("[０１２３４５６７８９．％]")  # a quick test before translating a line


def fused_cells(text: str, force: bool = False) -> list[str] | None:
    """Cells run together ("项目名称初中公用经费主管部门某市教育局…"): cut at the form's words. A line
    is taken for a fused row only when two of the form's words touch (headers come in runs) or
    when it is one word followed by run-together figures ("年度资金总额:356.40341.15…")."""
    if _FULL_FIGURE.search(text):  # full-width figures (a GBK text's "３２０．００") split like half-width ones
        text = text.translate(_FULLWIDTH_FIGURES)
    if "," in text:  # "2,865.403,102.76": fused amounts with thousands separators, split like those without
        text = THOUSANDS.sub("", text)
    # the template's "指标1" before a name is no cell: "…数量指标指标1免费发放良种10…"
    if "指标" in text and _SLOT.search(text):  # (a word test first: most lines of prose hold no 指标)
        text = _EMPTY_SLOT.sub("", TEMPLATE_NUMBER.sub("", text))
    if "、" in text[:3]:  # "1、2020年度某项目自评表单位名称…": a viewer's page number before the form's title
        text = _PAGE_TITLE.sub("", text)
    bracketed = "(" in text or "（" in text  # (a note and a formula open on a bracket: most prose has none)
    # the steps below take spaces out and turn a formula's 1 into its bracket, nothing else, and no word of the form
    # holds a space or a 1: a line holding none of the words with every space out (its formulas closed) holds none
    # after them either, and is no row (most lines of prose: their notes and split words are then not looked for)
    bare = text.replace(" ", "")
    # (a formula's 1 looked for before the text is rewritten: a substitution costs more than a search finding none)
    closed = FORMULA_ONE.sub(r"\1)", bare) if "1" in bare and bracketed and FORMULA_ONE.search(bare) else bare
    first = form_words().search(match_text(closed))
    if first is None:
        return None
    # (the words are looked for again in the line as rewritten below: where nothing was rewritten, from the first one)
    start = first.start() if closed == text else 0
    if " " in text:
        if bracketed:
            text = unspaced_notes(text)
        text = join_split_words(text)
    if "1" in text and bracketed and FORMULA_ONE.search(text):  # "执行率(B/A1": a formula's bracket read as 1 by OCR
        text = FORMULA_ONE.sub(r"\1)", text)
    plain = match_text(text)
    # (the line without its spaces is made only when it ends as figures do: its last non-space character)
    figures = word_figures(plain.replace(" ", "")) if _may_end_figures(plain.rstrip(" ")[-1:]) else None
    if figures and form_words().fullmatch(figures.group(1)):
        return [figures.group(1), figures.group(2)]
    hits = cut_points(plain, start)
    if hits and "。" in plain:  # a scoring note's own words ("达到年度指标值的,得满分;…。") cut no cell
        notes = [note.span() for note in NOTE_BETWEEN.finditer(plain)]
        hits = [hit for hit in hits if not any(a <= hit.start() < b for a, b in notes)]
    if not hits:
        return None
    # a header run: three of the form's words in a row ("年初预算数全年预算数全年执行数"); two alone
    # ("合计得分") are a phrase of prose
    touching = sum(1 for a, b in itertools.pairwise(hits) if GAP.fullmatch(plain[a.end(): b.start()])) >= 2
    labelled = _labelled(plain, text, hits)
    # (a row's note after its last figure may hold clause marks: "…108.33%8某原因，已…" is the row, its note last)
    noted = row_note(plain) if not labelled else None
    # (a row of dates before its note, "…10月底前11月12日108某原因，…", is the dated rows' reader's: left to it)
    by_note = noted is not None and not _DATED_FIGURE.search(plain, 0, noted) \
        and _labelled(plain, text[:noted], hits)  # (match_text keeps the length)
    if hits[0].start() == 0 and _OPINION_BOX.match(plain[hits[0].end():]):
        return None  # "主管部门审核意见:": a box's label whole, its words no label with a value
    if labelled and len(hits) == 1 and named_after_header(hits[0].group(0), plain[hits[0].end():]):
        return None  # "绩效指标明确性": an indicator's name that starts with a header word is one cell
    if labelled and len(hits) == 1 and hits[0].start() == 0 and names_a_unit(hits[0].group(0)) \
            and plain[hits[0].end(): hits[0].end() + 1] == " ":
        value = text[hits[0].end():].strip(" :：")  # "项目名称 某州财行(2022)10号 某专项经费": the name whole
        return [text[: hits[0].end()], value] if value else None
    carried = carried_rows(plain, hits) and len(CLAUSE.findall(NOTE_BETWEEN.sub("", text))) <= 1
    others = force or labelled or carried \
        or (touching and len(hits) >= 3 and len(_SENTENCE.findall(text)) <= len(hits) // 2)
    if not (others or by_note):
        return _labels_after_title(text, plain, hits)
    out: list[str] = []
    at = 0
    for k, hit in enumerate(hits):
        start = hit.start()
        mark = _COLUMN_MARK.match(plain, hit.end()) if plain[hit.end(): hit.end() + 1] in "(（" else None
        if plain[at: start] in _RATE_OWNERS and hit.group(0) == "执行率" \
                and (mark is not None or _within_header(plain, hits, k)):
            # "全年执行数(B)预算执行率(B/A×100%)", "预算执行数预算执行率权重得分": 预算 before a marked 执行率, or one
            # between two header words, is its header cell's own
            start = at
        unit = _OPENING_UNIT.match(plain, at) if out and start > at else None
        if unit is not None and unit.end() < start:  # "项目资金（元）预算安排数": the unit is the word's before it
            out[-1] += text[at: unit.end()]
            at = unit.end()
        if start > at:
            if at == 0 and start <= row_lead(plain):  # "其中：当年财政拨款" is one row label
                out.append(text[: hit.end()])
                at = hit.end()
                continue
            segment = text[at: start]
            extend_cells(out, _split_as_before(segment, out) or _figures_or_between(segment, plain, hits, k))
        at = hit.end()
        if mark is not None:  # "执行率(B/A)一般预算内拨款…": the column's formula is the header cell's own
            at = mark.end()
        out.append(text[start: at])
    extend_cells(out, _figures_or_between(text[at:], plain, hits, len(hits)))
    cells = slash_pairs(split_unit_before_nature(join_sub_rows([c for c in out if c])))
    if not others and noted is not None and (not cells or match_text(cells[-1]) != plain[noted:].strip(" :：")):
        return _labels_after_title(text, plain, hits)  # the note was not cut off the row's figures: as before
    return cells


_DATED_FIGURE = re.compile(r"\d\s*[年月日]")


def _labelled(plain: str, head: str, hits: list[re.Match[str]]) -> bool:
    """"项目名称农村饮水…" (a label run onto its value); "项目名称：…" is a line of text the prose reads;
    "自评总分（分）" and "执行率（%）" are one cell; "主管部门为某局" is a sentence; "得分=执行率×15" and "执行率×分值"
    a criteria cell's scoring formula. ``head``: the line before a row's note (the whole line where it has none)."""
    return hits[0].start() <= row_lead(plain) and len(head) <= 80 and not CLAUSE.search(head) \
        and plain[hits[0].end(): hits[0].end() + 1] not in (":", "为", "是", "=", "×", "÷", "*") \
        and not _UNIT_TAIL.fullmatch(plain[hits[0].end():]) \
        and not MARKER.fullmatch(plain[hits[0].end():].strip())


_AMOUNT = re.compile(r"\d+\.\d+|\d+")
_AMOUNT_RUN = re.compile(r"[\d.]{6,40}")


def _split_as_before(segment: str, out: list[str]) -> list[str] | None:
    """"年度资金总额 | 240.6 | 180.45 … 其中:某某拨款 240.6180.45": a fund row's run of fused amounts that reads,
    character for character, as amounts a row before it was cut into (the total's: a block's one fund row is often
    the whole of it) is cut the same way (the same guess as that cut); None when no row before reads so."""
    run = segment.strip(" :：")
    if run.count(".") < 2 or not _AMOUNT_RUN.fullmatch(run):
        return None
    for i in range(len(out)):
        joined = ""
        for j in range(i, len(out)):
            if not _AMOUNT.fullmatch(out[j]) or not run.startswith(joined + out[j]):
                break
            joined += out[j]
            if joined == run and j > i:
                return out[i: j + 1]
    return None


def _figures_or_between(segment: str, plain: str, hits: list[re.Match[str]], k: int) -> list[str]:
    """The cells between two of the form's words: a run of fused money figures under a money block's
    header split by the form's constraints (a guess, :mod:`.fused_money`), any other run by :func:`cells_between`."""
    if k and segment[:2] in ("19", "20") and names_a_unit(hits[k - 1].group(0)) \
            and _YEAR_LED_NAME.fullmatch(segment.strip(" :：")):
        return [segment.strip(" :：")]  # "项目名称2021年某某配套资金主管部门…": a name opening on its year is one cell
    labelled = _labelled_money_rows(segment, hits, k)
    if labelled is not None:
        return labelled
    lead = _leading_run(segment)  # the run, and any text after it up to the next word ("…100%年度总体r二")
    run = segment[lead[0]: lead[1]] if lead is not None else ""
    if lead is not None and (run.count(".") >= 2 or "%" in run):
        roles = money_roles(hits, k)
        split = split_money_run(run, roles) if roles else None
        if split is not None:
            rest = segment[lead[1]:]
            return [*split, *_fund_row_after(rest, roles)]
    measured = NAME_AFTER_FIGURES.search(segment) is not None \
        and any(column_role(h.group(0)) == "measure_unit" for h in hits[:k])  # a 计量单位 column in the header
    return cells_between(segment, measured)


# "…100%其中:中央、省补助县级资金88.688.6100%": a fund row the form's words do not name (its name lists levels of
# government), its label and then its run of fused figures
_FUND_ROW_RUN = re.compile(r"((?:其中[:：]?)?[\u4e00-\u9fff、]{2,20})[:：]?([\d.%]{6,40})")


def _fund_row_after(rest: str, roles: list[str]) -> list[str]:
    """The cells after a money row's split run: a fund row the lexicon names (:func:`.flat_captions.names_a_fund`)
    run onto its figures, its run split by the same columns (a guess, as the row's before), then the rest's cells;
    the rest's cells alone otherwise."""
    row = _FUND_ROW_RUN.match(rest)
    split = split_money_run(row.group(2), roles) if row is not None and names_a_fund(row.group(1)) else None
    if row is None or split is None:
        return cells_between(rest) if rest.strip() else []
    after = rest[row.end():]
    return [row.group(1), *split, *(cells_between(after) if after.strip() else [])]


# "年度总金额120.5110.498.689.31%108.93其中财政拨款…": a money row's label the form's words do not hold, then its run
_LABELLED_RUN = re.compile("(" + ROW_LABEL.pattern + r")([\d.%]{6,40})")


def _labelled_money_rows(segment: str, hits: list[re.Match[str]], k: int) -> list[str] | None:
    """The money rows that open ``segment`` right under the money block's header, each its label and its run of
    fused figures split by the form's constraints (:func:`.fused_money.split_money_run`; a run no way splits, as
    written), then the rest's cells; None when the segment opens on no such row or no row's run splits in one way."""
    row = _LABELLED_RUN.match(segment)
    roles = money_roles(hits, k) if row is not None else []
    out: list[str] = []
    at = 0
    split_any = False
    while roles and row is not None:
        split = split_money_run(row.group(2), roles)
        split_any = split_any or split is not None
        out += [row.group(1), *(split or [row.group(2)])]  # (a run no way splits stays one cell, as written)
        at = row.end()
        row = _LABELLED_RUN.match(segment, at)
    if not split_any:
        return None
    return out + (cells_between(segment[at:]) if segment[at:].strip() else [])


_YEAR_LED_NAME = re.compile(r"(?:19|20)\d{2}年(?:度)?[\u4e00-\u9fff][^\d]*")
_RUN_CHARS = frozenset("0123456789.%")


def _leading_run(segment: str) -> tuple[int, int] | None:
    """Where the run of figures that opens ``segment`` (after spaces and a colon) starts and ends: 6 to 40
    characters, a digit first; None otherwise (a scan that stops at 41 characters: no backtracking)."""
    start = len(segment) - len(segment.lstrip(" :："))
    end = start
    while end < len(segment) and segment[end] in _RUN_CHARS and end - start <= 40:
        end += 1
    if not 6 <= end - start <= 40 or not segment[start].isdecimal():
        return None
    return start, end


def word_figures(text: str) -> re.Match[str] | None:
    """:data:`WORD_FIGURES` in ``text``, looked for only when the text ends as a figure can (a digit,
    ".", "," or "%"; a final newline, which ``$`` allows, sends it to the pattern too): prose, which
    ends otherwise, skips the pattern's backtracking over its first 14 characters."""
    return WORD_FIGURES.match(text) if _may_end_figures(text[-1:]) else None


def _may_end_figures(last: str) -> bool:
    """Whether a text whose last character is ``last`` may end as :data:`WORD_FIGURES` does."""
    return last.isdecimal() or last in (".", ",", "%", "\n")


_LEAD_TITLE = 60  # characters a form's title may take at the start of a line


def _labels_after_title(text: str, plain: str, hits: list[re.Match[str]]) -> list[str] | None:
    """"2020年度某项目自评表单位名称:某科填报日期:项目名称X主管部门Y…": the form's title, then its label cells
    run together: the title one cell, the rest cut at the form's words."""
    title = FORM_TITLE.search(plain, 0, _LEAD_TITLE)
    if title is None or sum(1 for h in hits if h.start() >= title.end()) < 3 or CLAUSE.search(text):
        return _label_run(text, plain, hits)
    return [text[: title.end()].strip(), *(fused_cells(text[title.end():], force=True) or [])]


_LABEL_RUN = 3  # label cells in a row, each with a short value, past which a line is a form's label block
_LABEL_VALUE = 40  # characters a label's value may take in such a run


def _label_run(text: str, plain: str, hits: list[re.Match[str]]) -> list[str] | None:
    """"…自评报告评价类型:过程评价项目名称某经费项目单位某馆主管部门某市政府评价方式:…": a report's cover
    labels run together by a viewer, no title of the form before them: a run of label cells (lexicon labels),
    each with a short value, that starts near the line's head. The text before the first label is one cell."""
    if len(hits) < _LABEL_RUN or hits[0].start() > _LEAD_TITLE or len(CLAUSE.findall(text)) > 2:
        return None
    run = 0
    for hit, nxt in itertools.pairwise(hits):
        if label_field(hit.group(0)) is None or not 0 < nxt.start() - hit.end() <= _LABEL_VALUE:
            break
        run += 1
    if run < _LABEL_RUN:
        return None
    head = text[: hits[0].start()].strip()
    return [*([head] if head else []), *(fused_cells(text[hits[0].start():], force=True) or [])]


_PAGE_TITLE = re.compile(r"^\d{1,2}、(?=(?:19|20)\d{2}\s*年|[^、。;,:]{2,40}?自评表)")  # "1、某局2023年度…自评表…" too


def _within_header(plain: str, hits: list[re.Match[str]], k: int) -> bool:
    """The ``k``-th word stands in a header run: a word before it and one touching it after it."""
    return 0 < k < len(hits) - 1 and GAP.fullmatch(plain[hits[k].end(): hits[k + 1].start()]) is not None


_OPENING_UNIT = re.compile(r"\s*[(（](?:万元|元|亿元)[)）]")  # a column's unit, written after its header word
_RATE_OWNERS = ("预算", "资金")  # the words that make a marked 执行率 the budget's: 预算执行率(B/A)
_COLUMN_MARK = re.compile(r"[(（]\s*[A-Z](?:\s*[/+\-×*]\s*[A-Z])*(?:\s*[×*]\s*100\s*%)?\s*[)）]")  # (A), (B/A)
