"""Reading the rows of a money block (年初预算数 | 全年预算数 | 全年执行数 …) from the cells after its header."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal

from jixiao.lexicon import lexicon, pattern
from jixiao.readers.align import Alignment, align, money_check
from jixiao.readers.cells import VALUE_CELL_KINDS, Kind, kind, number
from jixiao.readers.flat_captions import unit_of
from jixiao.readers.flat_fund_columns import FUND_NAME
from jixiao.readers.flat_headers import Header, header_at
from jixiao.readers.flat_money_labels import fund_row, labelled_run, weighed_alone
from jixiao.readers.flat_spaced import RATE_POINTS, RATE_SCORE
from jixiao.readers.flat_stacked_money import stacked_rows
from jixiao.readers.flat_table_cells import FlatTable, header_role, put_row, structural
from jixiao.readers.flat_token import Token
from jixiao.readers.fused_money import split_under_total
from jixiao.readers.textnorm import compact

_OCR_JUNK = re.compile(r"[A-Za-z|｜]{1,2}")


# "金额单位：元" / "单位：万元" alone in its cell: the unit of the form's amounts, stated above its label cells
_FORM_UNIT = re.compile(r"(?:金额)?单位[:：]?\s*(亿元|万元|元)")
_FORM_UNIT_REACH = 24  # cells back from a money header to the form's unit cell (its label pairs between)


def _form_unit(tokens: Sequence[Token], start: int) -> str:
    """The unit a form states in a cell of its own above its label cells ("金额单位：元" over 项目名称 | … and then
    the money header with no unit of its own), or "": looked for back to the form's title or another table's
    column word, whichever comes first."""
    seen = 0
    for k in range(start - 1, -1, -1):
        text = compact(tokens[k].text)
        if not text:  # (a web copy's empty cells do not count)
            continue
        seen += 1
        if seen > _FORM_UNIT_REACH:
            return ""
        if "单位" in text and (found := _FORM_UNIT.fullmatch(text)) is not None:
            return found.group(1)
        if text.endswith("表") or kind(text) in (Kind.LEVEL1, Kind.LEVEL2) or header_role(text) is not None:
            return ""
    return ""


# the rate's row with its points in one shared cell: "执行率 | 98.00% | 分值／得分 | 10／9.80"
_RATE_LABEL = re.compile(r"^(?:预算)?执行率$")
_POINTS_PAIR = re.compile(r"^(?:分值|权重|满分)[/／](?:得分|评分)$")
_FIGURES_PAIR = re.compile(r"^\d{1,3}(?:\.\d{1,2})?[/／]\d{1,3}(?:\.\d{1,2})?$")


def _rate_points(tokens: Sequence[Token], i: int) -> list[list[int]] | None:
    """The tokens of a row "预算执行率分值 | 10 | 得分 | 9.84" (the rate's label and weight, the score's label and
    score) or "执行率 | 98.00% | 分值／得分 | 10／9.80" (the rate, then its points under one shared label) from token
    ``i``, or None."""
    if "执行率" not in tokens[i].text:
        return None
    if _RATE_LABEL.match(compact(tokens[i].text)):
        at = [k for k in range(i + 1, min(len(tokens), i + 12)) if tokens[k].text.strip()]
        if not at or kind(tokens[at[0]].text) is not Kind.PERCENT:
            return None
        label = _shared(tokens, at[1:], _POINTS_PAIR)
        figures = _shared(tokens, at[1 + len(label):], _FIGURES_PAIR) if label else []
        return [[i], [at[0]], label, figures] if figures else None
    if not RATE_POINTS.match(compact(tokens[i].text)):
        return None
    at = [k for k in range(i + 1, min(len(tokens), i + 8)) if tokens[k].text][:3]
    if len(at) < 3 or kind(tokens[at[0]].text) is not Kind.NUMBER or kind(tokens[at[2]].text) is not Kind.NUMBER \
            or not RATE_SCORE.match(compact(tokens[at[1]].text)):
        return None
    return [[i], *([k] for k in at)]


def _shared(tokens: Sequence[Token], at: list[int], shape: re.Pattern[str]) -> list[int]:
    """The first of ``at``, or its first three on one line when a cutter split them at their slash ("分值" / "／" /
    "得分"), whose text joined has ``shape``; else []."""
    for n in (1, 3):
        run = at[:n]
        if len(run) == n and len({tokens[k].line for k in run}) == 1 \
                and shape.match("".join(tokens[k].text.strip() for k in run)):
            return run
    return []


# -- blocks -------------------------------------------------------------------------------------

def money_rows(tokens: Sequence[Token], header: Header, out: FlatTable) -> int:
    header = _with_displaced_score(tokens, header)
    cols = ["label", *header.roles]
    names = lexicon()["column_names"]
    caption = header.caption or "项目资金"
    unit = header.unit or _form_unit(tokens, header.start)
    if unit and not unit_of(caption):  # "资金来源 | 下达预算数（元）…": the unit stays with the block
        caption += f"（{unit}）"
    heads = [names[r] + ("(%)" if r == "rate" and header.rate_in_percent else "") for r in header.roles]
    top = len(out.rows)
    out.add([caption, *heads], [tokens[header.start].line] + [None] * len(header.roles))
    out.used.update(range(header.start, header.end))
    i = header.end
    rated = False  # a row of the block wrote its rate with a %: the rows without one have no rate
    while i < len(tokens):
        labelled = _after_serial(tokens, i, header.serial)
        if labelled is not None:  # "1 | 某某中心 | 210.50 …": the row's 序号, never an amount
            out.used.update(range(i, labelled))
            i = labelled
        if _repeated_caption(tokens, i, header):  # "项目资金（万元） | 年度资金总额 | 145.00 …"
            out.used.add(i)
            i += 1
        label = tokens[i].text
        # the header's own first cell labels the row under it ("资金总额 | 年初预算数 … " over "| 2856.40 …")
        unlabeled = i == header.end and kind(label) in VALUE_CELL_KINDS and kind(label) is not Kind.EMPTY
        # an OCR's junk for the label cell ("O", "Il") right under the header: the header's total row, guessed
        junk = i == header.end and _OCR_JUNK.fullmatch(label) is not None
        wrapped = _wrapped_fund_label(tokens, i)  # "其中:当年财政 拨款": the label cut at its cell's wrap
        if wrapped:
            label = label + tokens[i + 1].text
            out.used.add(i)
        points = _rate_points(tokens, i) if len(cols) >= 4 else None  # (before the header test: 执行率 | 分值／得分
        # are column words)
        if points is None and not unlabeled and (kind(label) in VALUE_CELL_KINDS or header_at(tokens, i)
                                                 or (structural(label) and not fund_row(label))):
            break
        if points is not None:  # "预算执行率分值 | 10 | 得分 | 9.84" under the block: the rate's points, as written
            blank = len(cols) - len(points)
            out.add(["".join(tokens[k].text.strip() for k in run) for run in points] + [""] * blank,
                     [tokens[run[0]].line for run in points] + [None] * blank)
            out.used.update(range(i, points[-1][-1] + 1))
            i = points[-1][-1] + 1
            break
        first_value = i if unlabeled else i + 2 if wrapped else i + 1
        lead = None if unlabeled or wrapped else labelled_run(tokens, i)
        if lead is not None and "%" not in lead[1]:  # "县级配套资金720000072000005588400": amounts alone, no rate
            part = _fund_part(out, top + 1, cols, lead[0], [lead[1]], True)
            if part:  # split within what the total row leaves
                at = [c for c, role in enumerate(cols) if role in _AMOUNTS]
                out.add([lead[0], *part], [tokens[i].line] * (len(part) + 1), guessed=[0, *at])
                out.used.add(i)
                i += 1
                continue
            lead = lead if weighed_alone(lead) else None
        if lead is not None:  # "财政拨款1200.001260.001238.8898.32%": the row's label and its figures in one cell
            reading = align(lead, cols, money_check)
            if reading.score == float("-inf"):
                break
            put_row(out, cols, reading, [replace(tokens[i], text=text) for text in lead], 0, 0)
            out.used.add(i)
            i += 1
            continue
        numbered = header.numbered and first_value < len(tokens) and re.fullmatch(r"\d{1,3}", tokens[first_value].text)
        j = _row_end(tokens, first_value + 1 if numbered else first_value, header)
        values = [t.text for t in tokens[first_value: j]]
        if numbered:
            values[0] = ""  # the row's 行次, not an amount
        while len(values) > len(header.roles) and kind(values[-1]) in (Kind.EMPTY, Kind.SLASH):
            values.pop()  # ("… | 9.59 |  | / |": a blank or "/" in a column the header leaves unnamed, no value)
        if not any(kind(v) in (Kind.NUMBER, Kind.PERCENT, Kind.FUSED, Kind.AMOUNT, Kind.SLASH) for v in values) \
                and not fund_row(label):
            break
        stacked = stacked_rows(tokens, header.start, first_value, j, len(header.roles), fund_row) \
            if unlabeled and not numbered else None
        if stacked is not None and _put_stacked(out, cols, tokens, stacked):
            i = j
            continue
        part = _fund_part(out, top + 1, cols, label, values)
        if part is not None:  # a fund row's amounts fused into one cell: split under the total row, or no row
            if part:
                at = [c for c, role in enumerate(cols) if role in _AMOUNTS]
                out.add([label, *part], [tokens[i].line, *[tokens[first_value].line] * len(part)],
                        guessed=[0, *at])
            out.used.update(range(i, j))
            i = j
            continue
        reading = align(["年度资金总额" if unlabeled or junk else label, *values], cols, money_check)
        if reading.score == float("-inf"):
            reading = _without_doubled_cell(["年度资金总额" if unlabeled or junk else label, *values], cols)
        if reading.score == float("-inf"):
            break
        rated = rated or any(kind(v) is Kind.PERCENT for v in values)
        if (not rated and _places_unsure(values, header)) or _lone_amount(values, header):
            reading.guessed |= set(reading.cells) - {"label"}
        put_row(out, cols, reading, tokens, first_value - 1, j)
        _repeated_columns(out, header.roles, values)
        if junk:
            out.guessed.add((len(out.rows) - 1, 0))
        i = j
    return i


def _without_doubled_cell(row: list[str], cols: list[str]) -> Alignment:
    """A row one cell too long for its header whose surplus is an amount written twice side by side ("年度资金总额:
    28.1 28.1 28.1 28.1 10 100% 10" under 年初 / 全年 / 执行 / 分值 / 执行率 / 得分): read without the second of the
    first such pair, its amounts guessed (equal, whichever was the extra); no reading when there is none."""
    filled = [c for c in row[1:] if kind(c) is not Kind.EMPTY]
    if len(filled) != len(cols):  # (the label's column and one more cell than the rest)
        return Alignment()
    double = next((k for k in range(2, len(row)) if kind(row[k]) is Kind.NUMBER and row[k] == row[k - 1]), None)
    if double is None:
        return Alignment()
    reading = align(row[:double] + row[double + 1:], cols, money_check)
    reading.origin = {role: k + (k >= double) for role, k in reading.origin.items()}  # (the tokens as written)
    reading.guessed |= {role for role in reading.cells if role in _AMOUNTS}
    return reading


def _repeated_columns(out: FlatTable, roles: list[str], values: list[str]) -> None:
    """The columns of a role the header names more than once (其他栏 | 其他栏, read past): the alignment keys a row's
    cells by role, so each would show the last one's text; in a row of one cell per column, none split, each column
    shows its own (when every other column holds the cell at its place)."""
    if len(values) != len(roles) or len(set(roles)) == len(roles) or any(kind(v) is Kind.FUSED for v in values):
        return
    row = out.rows[-1]
    if any(row[col + 1] != values[col].strip() for col, role in enumerate(roles) if roles.count(role) == 1):
        return
    for col, role in enumerate(roles):
        if roles.count(role) > 1:
            row[col + 1] = values[col].strip()


def _places_unsure(values: list[str], header: Header) -> bool:
    """A row with fewer figures than the header's columns placed by what its cells hold, when no rate in the block
    bears its % (a viewer dropped them): "30 30 10 100 99" under 年初 | 调整 | 执行 | 分值 | 执行率 | 得分 may be a
    blank 执行数 and 分值 10 or 执行数 10 and 分值 100; each placement is a guess."""
    return "rate" in header.roles and not header.rate_in_percent \
        and sum(1 for v in values if kind(v) is not Kind.EMPTY) < len(header.roles) \
        and any(kind(v) is Kind.NUMBER for v in values)


_AMOUNTS = ("initial", "adjusted", "executed")


def _lone_amount(values: list[str], header: Header) -> bool:
    """A row whose one figure is an amount and whose cells are fewer than the header's columns (no empty cell
    keeps the places), under a header of several amounts: "其中：中央资金 | 2 | 52.80" when a page lost the
    row's other figures may be its 全年预算数 or its 全年执行数; the placement is a guess."""
    filled = [v for v in values if kind(v) is not Kind.EMPTY]
    return len(values) < len(header.roles) and len(filled) == 1 and kind(filled[0]) in (Kind.NUMBER, Kind.AMOUNT) \
        and sum(1 for role in header.roles if role in _AMOUNTS) >= 2


def _fund_part(out: FlatTable, first: int, cols: list[str], label: str, values: list[str],
               part: bool = False) -> tuple[str, ...] | None:
    """A fund row ("其中：当年财政拨款 | 58.658.652.74") whose amounts a viewer ran into one cell that no single amount
    of the block can be (two decimal points, or more than the total): its cells under ``cols`` less the label, the
    amounts split by :func:`.fused_money.split_under_total` within the block's total row (``out``'s row ``first``,
    the first under the header, its 执行率 agreeing with its amounts) less the fund rows above it; () when no split
    or several fit (no row); None when the row is none such (the aligner reads it; a run holding the row's own
    执行率 too, which the aligner splits by that rate). ``part``: the label, a category's or a unit's name run
    onto its amounts (:func:`.flat_money_labels.labelled_run`), names a part of the total as a fund's does."""
    figures = [v for v in values if kind(v) not in _NO_FIGURE]  # ("——" in the 分值 column after the run: no figure)
    above = out.rows[first:]
    if len(figures) != 1 or not above or not (fund_row(label) or FUND_NAME.fullmatch(compact(label)) or part) \
            or pattern("fund_rows.total").match(compact(label)) \
            or not pattern("fund_rows.total").match(compact(above[0][0])) \
            or not _agreeing(dict(zip(cols, above[0], strict=True))):
        return None
    at = [c for c, role in enumerate(cols) if role in _AMOUNTS]
    totals = [total for c in at if (total := number(above[0][c])) is not None]
    run, whole = figures[0].strip(), number(figures[0])
    if len(at) < 2 or len(totals) < len(at) or "%" in run \
            or (kind(run) is not Kind.FUSED and (whole is None or whole <= max(totals))):
        return None
    room = [total - sum((number(row[c]) or Decimal(0) for row in above[1:]), Decimal(0))
            for total, c in zip(totals, at, strict=True)]
    split = split_under_total(run, room)
    if split is None and 0 in room:  # ("上年结转资金 | 120120" under a total whose 年初预算 the rows above used up: a
        # column with no room left holds nothing of this row, the run is the other columns')
        at, room = [c for c, left in zip(at, room, strict=True) if left], [left for left in room if left]
        split = split_under_total(run, room)
    if split is None:
        return ()
    cells = [""] * (len(cols) - 1)
    for c, piece in zip(at, split, strict=True):
        cells[c - 1] = piece
    return tuple(cells)


_NO_FIGURE = (Kind.EMPTY, Kind.SLASH)


def _agreeing(total: dict[str, str]) -> bool:
    """A total row whose 执行率, above 0 %, is its amounts' (a misread total holds no fund row's amounts)."""
    return bool(number(total.get("rate", "")) and money_check(total) > 0)


def _put_stacked(out: FlatTable, cols: list[str], tokens: Sequence[Token],
                 rows: list[tuple[int, int, int]]) -> bool:
    """The rows of a block whose labels waited before its header (:mod:`.flat_stacked_money`), every cell
    guessed (which row a label heads is a guess); False, nothing put, unless every row fits the columns."""
    readings = [align([tokens[label].text, *(t.text for t in tokens[first:end])], cols, money_check)
                for label, first, end in rows]
    if any(r.score == float("-inf") for r in readings):
        return False
    for (label, first, end), reading in zip(rows, readings, strict=True):
        put_row(out, cols, reading, tokens, first - 1, end)
        out.lines[-1][0] = tokens[label].line
        out.guessed.update((len(out.rows) - 1, c) for c in range(len(cols)))  # the row's label is a guess
        out.used.add(label)
    return True


def _with_displaced_score(tokens: Sequence[Token], header: Header) -> Header:
    """"… 分值 执行率 年度资金总额 80 80 76 10 95% 9.5 其中:… 得分": a spreadsheet flattened to one run put the
    得分 header (a cell spanning two rows) after the rows it heads; the form's 分值 | 执行率 is followed by its 得分,
    so when the first row holds exactly one figure more than the header names, that figure is the score."""
    roles = header.roles
    if roles[-1:] != ["rate"] or "rate_weight" not in roles or "rate_score" in roles or header.end >= len(tokens) \
            or kind(tokens[header.end].text) in VALUE_CELL_KINDS:
        return header
    first = header.end + 1
    end = _row_end(tokens, first, header)
    if end - first != len(roles) + 1 or kind(tokens[end - 1].text) is not Kind.NUMBER:
        return header
    return replace(header, roles=[*roles, "rate_score"])


def _after_serial(tokens: Sequence[Token], i: int, serial: bool) -> int | None:
    """Where the row's label stands when tokens[i], at a row's start, is its 序号: a whole number of one to three
    digits with the label after it (a merged column's blank between them aside), where a serial is expected
    (``serial``) or before a fund row's label ("2 |  | 年度资金总额 | 1200.00 …"); else None."""
    if re.fullmatch(r"\d{1,3}", tokens[i].text) is None:
        return None
    at = i + 1
    while at < min(len(tokens), i + 3) and kind(tokens[at].text) is Kind.EMPTY:
        at += 1
    if at >= len(tokens) or kind(tokens[at].text) is not Kind.TEXT:
        return None
    return at if serial or fund_row(tokens[at].text) else None


def _filled(tokens: Sequence[Token], first: int, j: int, header: Header) -> bool:
    """The row's values from ``first`` fill every column (a "|" line's blank aside) and tokens[j] starts a line."""
    return tokens[j].line != tokens[j - 1].line \
        and sum(1 for t in tokens[first:j] if kind(t.text) is not Kind.EMPTY) >= len(header.roles)


def _wrapped_fund_label(tokens: Sequence[Token], i: int) -> bool:
    """A fund row's label in two pieces ("其中:当年财政" "拨款"): neither piece is a fund row's label, both are."""
    if i + 1 >= len(tokens) or fund_row(tokens[i].text) or kind(tokens[i + 1].text) is not Kind.TEXT:
        return False
    return len(compact(tokens[i + 1].text)) <= 4 and fund_row(tokens[i].text + tokens[i + 1].text)


def _row_end(tokens: Sequence[Token], first: int, header: Header) -> int:
    """The end of a money row's values: its figures and, under a 原因/说明 column, one note."""
    j = first
    noted = False
    while j < len(tokens):
        text = tokens[j].text
        if _after_serial(tokens, j, True) is not None \
                and (header.serial or (j > first and _filled(tokens, first, j, header))):
            break  # the next row's 序号 (under a serial column, or on the next line after a row filled)
        if kind(text) not in VALUE_CELL_KINDS:
            beside = tokens[j].line == tokens[j - 1].line or tokens[j - 1].line != tokens[j - 2].line
            if noted or "money_note" not in header.roles or kind(text) is not Kind.TEXT or fund_row(text) \
                    or j == first or not beside or structural(text) or header_at(tokens, j):
                break
            noted = True
        j += 1
    return j


def _repeated_caption(tokens: Sequence[Token], i: int, header: Header) -> bool:
    """Token ``i`` repeats the header's own first cell (the block's caption) and a fund row's label follows it: the
    block's merged label cell copied into each of its rows (a sheet's merged cell filled), not the row's label."""
    return i >= header.end and i + 1 < len(tokens) and bool(header.caption) \
        and compact(tokens[i].text) == compact(tokens[header.start].text) and fund_row(tokens[i + 1].text)
