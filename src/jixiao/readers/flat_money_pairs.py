"""Money figures written as label and value pairs, one cell a line: "预算数:" / "2.38" / "执行数:" / "2.38", or a
cover's "计划安排资金" / "(万元)" / "55" / "实际到位资金" / "(万元)" / "55" / "实际支出" / "(万元)" / "55". Each label
names a money column and the figure after it (a unit cell between) is that column's value: a money block of one
row, the year's total. One cell a line, or a key-value grid's rows ("年初预算数（万元） 420.00 全年预算数（万元）
455.00", two pairs or more on a line, the rate and its points "执行率分值 10分 执行率得分 9.64分" among them), or a
line of a label closed by its unit and a figure run together ("年初预算数（万元）1020", the grid fused); a lone
"年初预算数：2,864.50" on its line is read where it stands.

Under the pairs a 区域 form writes its fund rows the same way, the row's name over each column's figure
("其中:中央补助" / "2.38万元" / "其中:中央补助" / "2.38万元"), after the block's points ("20"): read as rows of the
block while each names itself once per column; a row whose figures are its unit alone ("地方资金/其他" / "万元" …)
is left empty and passed."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from jixiao.readers.cells import AMOUNT_KINDS, AMOUNT_OR_RATE_KINDS, Kind, kind
from jixiao.readers.flat_table_cells import next_filled
from jixiao.readers.flat_token import Token
from jixiao.readers.textnorm import compact

_PAIRS = 6  # money columns a form writes this way (budget, received, spent, balance …)
# 计划安排资金 | 实际到位资金 | 实际支出 | 结余: a Hunan cover's money row (the planned allocation is the budget);
# read here only, as the label of a pair (as a header word it would cut that cover's ruled rows apart)
PLANNED = re.compile(r"^计划安排(?:资金|金额|数)?$")
# a money label and its figure run together in one cell ("预算执行率98.21%", "预算执行率分值10"): no digit in the label
LABEL_FIGURE = re.compile(r"^(\D*[^\d\s.:：])[:：]?(\d+(?:\.\d+)?%?)$")


def money_pairs(tokens: Sequence[Token], i: int, role_of: Callable[[str], str | None],
                unit_cell: Callable[[str], bool]) -> tuple[list[str], list[str], list[str], int] | None:
    """The columns' roles, their units as written ("(万元)", or ""), the figures and the index after the last
    pair, when tokens[i:] start with two pairs or more that name a budget (预算 / 计划安排) and what was spent;
    else None."""
    labels: list[str] = []  # the unit written after each label
    values: list[str] = []
    roles: list[str] = []
    listed = False  # a pair read on its own line: the pairs after it may be too
    fused = False  # the last pair's label and figure on one line: a lone "预算执行率100%" after it is one run together
    j = i
    while j < len(tokens) and len(labels) < _PAIRS:
        run_on = LABEL_FIGURE.match(tokens[j].text.strip()) if fused and _alone(tokens, j, j) else None
        text = run_on.group(1) if run_on is not None else tokens[j].text
        role = "adjusted" if PLANNED.match(compact(text)) else role_of(text)
        k = j + 1
        if run_on is None and k < len(tokens) and tokens[k].line == tokens[j].line \
                and kind(tokens[k].text) is Kind.TEXT and role not in _CUT_LABELS \
                and (whole := role_of(tokens[j].text + tokens[k].text)) in _CUT_LABELS:
            role, k = whole, k + 1  # "执行率" | "分值": one label the cutter split at a column word
        if role is None or role in roles:
            break
        if run_on is not None:  # "预算执行率100%", "预算执行率分值10" after such pairs: a label and its figure
            if kind(run_on.group(2)) not in ((Kind.PERCENT,) if role == "rate" else AMOUNT_KINDS):
                break
            labels.append("")
            values.append(run_on.group(2))
            roles.append(role)
            j += 1
            continue
        unit = own.group() if (own := _OWN_UNIT.search(tokens[j].text)) else ""  # "年初预算数（万元）"
        if k < len(tokens) and unit_cell(tokens[k].text):
            unit, k = tokens[k].text.strip(), k + 1
        if k >= len(tokens) or kind(tokens[k].text) not in (AMOUNT_OR_RATE_KINDS if role == "rate" else AMOUNT_KINDS) \
                or (tokens[k].line == tokens[j].line and not (
                    (values and tokens[j - 1].line == tokens[j].line) or _grid_pairs(tokens, j, role_of) >= 2
                    # a pair alone on its line ("年初预算数（万元） 1020" over "全年预算数（万元） 1086.4", or run
                    # together, "年初预算数（万元）1020"): a key-value list, taken from a first label that carries
                    # its unit as a sheet's cell does ("年初预算数：2,864.50" is left to the label lines' reader)
                    or (_alone(tokens, j, k) and (listed or _OWN_UNIT.search(tokens[j].text))))):
            break  # "年初预算数：2,864.50" (the unit in a heading above) / a spaced row: read as written
        listed = listed or tokens[k].line == tokens[j].line
        fused = tokens[k].line == tokens[j].line
        labels.append(unit)
        values.append(tokens[k].text.strip())
        roles.append(role)
        j = k + 1
    if "executed" not in roles or not {"initial", "adjusted"} & set(roles):
        return None
    return roles, labels, values, j


_CUT_LABELS = frozenset({"rate_weight", "rate_score"})  # the rate's points, written after the block's figures
_OWN_UNIT = re.compile(r"[(（]\s*(?:亿元|万元|元)\s*[)）]\s*$")  # a label's own unit, kept with its column's name


def _grid_pairs(tokens: Sequence[Token], j: int, role_of: Callable[[str], str | None]) -> int:
    """How many money labels each beside its figure run on from tokens[j] on its line: a key-value grid's row
    ("年初预算数（万元） 420.00 全年预算数（万元） 455.00"), or such pairs in a form written on one line."""
    pairs, line = 0, tokens[j].line
    while j + 1 < len(tokens) and tokens[j + 1].line == line and role_of(tokens[j].text) is not None \
            and kind(tokens[j + 1].text) in AMOUNT_OR_RATE_KINDS:
        pairs, j = pairs + 1, j + 2
        if j >= len(tokens) or tokens[j].line != line:
            break
    if j < len(tokens) and tokens[j].line == line and kind(tokens[j].text) in AMOUNT_OR_RATE_KINDS:
        return 0  # "预算数 12.50 到位数 12.50 执行数 11.80 94.40": a row whose last figure has no label, no grid
    return pairs


def _alone(tokens: Sequence[Token], j: int, k: int) -> bool:
    """tokens[j: k + 1] are their line's only cells."""
    line = tokens[j].line
    return (j == 0 or tokens[j - 1].line != line) and (k + 1 >= len(tokens) or tokens[k + 1].line != line)


_SHARE = re.compile(r"^其中\s*[:：]?\s*\S")  # the first fund row of the block names itself a part ("其中:某某")


def _named_row(tokens: Sequence[Token], k: int, width: int, extra: int = 0) -> tuple[list[Token], int] | None:
    """The figure tokens of a row whose name tokens[k] holds, written again over each of ``width`` figures
    (a figure or its unit alone), and the index after the row; None when the row is not written so. A row
    whose every cell is its name alone ("其中:中央财政" four times, its figures left blank) has no figures; its
    name over ``extra`` more columns (the block's 结余) is passed with their figures."""
    name = compact(tokens[k].text)
    figures: list[Token] = []
    blank = 0
    at = k
    for column in range(width + extra):
        at = next_filled(tokens, at)
        if at >= len(tokens) or compact(tokens[at].text) != name:
            return None
        at = next_filled(tokens, at + 1)
        if at >= len(tokens) or compact(tokens[at].text) == name \
                or (kind(tokens[at].text) is Kind.TEXT and column == width + extra - 1):
            blank += column < width  # the name again (or the next row's): this cell was left blank (the 结余
            continue  # column's may be, whatever the others hold)
        if kind(tokens[at].text) not in (Kind.NUMBER, Kind.AMOUNT, Kind.MEASURE):
            return None
        if column < width:
            figures.append(tokens[at])
        at += 1
    if blank and (figures or blank < width):
        return None  # (some cells blank and some not: not a row written so)
    return figures, at


# "结余(万元)" / "0" after the block's last pair: the balance the form writes beside the money spent
_BALANCE = re.compile(r"^结余(?:资金|金额|数)?(?:亿元|万元|元)?$")  # (compact: no brackets)


def share_rows(tokens: Sequence[Token], j: int, width: int) -> tuple[list[tuple[Token, list[Token]]], int]:
    """The fund rows written under a block of ``width`` label and value pairs, from tokens[j:] (a bare figure
    first, the block's points, is passed; so is a 结余 pair, whose column the rows then fill too): each row's name
    token and figure tokens, and the index after the last row read; ([], j) when none is there."""
    k = next_filled(tokens, j)
    extra = 0
    if k < len(tokens) and kind(tokens[k].text) is Kind.NUMBER:
        k = next_filled(tokens, k + 1)
    elif k < len(tokens) and _BALANCE.match(compact(tokens[k].text)):
        figure = next_filled(tokens, k + 1)
        if figure < len(tokens) and kind(tokens[figure].text) in (Kind.NUMBER, Kind.AMOUNT):
            k, extra = next_filled(tokens, figure + 1), 1
    if k >= len(tokens) or not _SHARE.match(compact(tokens[k].text)):
        return [], j
    rows: list[tuple[Token, list[Token]]] = []
    end = j
    while k < len(tokens) and kind(tokens[k].text) is Kind.TEXT:
        named = _named_row(tokens, k, width, extra)
        if named is None:
            break
        figures, after = named
        kinds = {kind(f.text) for f in figures}
        if figures and kinds != {Kind.MEASURE}:  # a row of units alone, or of blanks, was left empty: passed
            if Kind.MEASURE in kinds:
                break
            rows.append((tokens[k], figures))
        k = end = after
        k = next_filled(tokens, k)
    return rows, end
