"""A table comparing years, flattened: 项目 | 上年决算数 | 本年决算数 (or 2023年决算数 | 2024年决算数) over rows of a
label and one figure for each year ("收入合计 / 3,310.20 / 3,624.58", one cell a line, a row a spaced line, or the
whole run on one line). No money header names it (both columns are what was spent, in different years), so the
cells stayed text; put back in rows they are the table a Word file gives, whose latest year's column the table
readers take (:mod:`jixiao.readers.extract.table_amounts`); what changed between the years may follow them
(… | 增减额 | 增减率), a figure or a rate a row each. So is a 收入支出决算 table by fund (项目 | 上年结转 | 本年收入 |
本年支出 | 年末结转, :mod:`jixiao.readers.extract.flow_columns`).

A row is a label that is no figure and exactly one figure for each year (as cells, or as one line of parts
separated by spaces); the block ends at the first cell that does
not fit. The columns name distinct years with one word (all 决算数 or all 预算数: a 经费控制情况 block mixing
上年决算数 | 本年预算数 | 本年决算数 is read by :mod:`jixiao.readers.extract.spending_control`).

The same reading gives a table of one amount column (项目 | 金额 over 年初预算数 / 28640.5, 预算执行率 / 98.21%,
分值 / 10, 得分 / 9.82): each row a label and its value, as the sheet it was copied from has them, its share of the
total maybe after it (收入项目 | 金额 | 占比（%） over 财政拨款收入 / 1820.40 / 91.02); and a 收支 table
of two such halves side by side (收入项目 | 金额 | 支出项目 | 金额 over 财政拨款收入 / 6032.4 / 基本支出 / 2148.62):
each row two labels, each with its figure, read as the Word table is
(:func:`jixiao.readers.extract.income_spending_halves.income_spending_halves`); and a staff table by category
(人员类别 | 编制数（人） | 实有人数（人） | 退休人数（人） over 行政编制 / 40 / 37 / 12, …, 合计), read as the Word
table is (:mod:`jixiao.readers.extract.table_labels`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from jixiao.numbers import decimals
from jixiao.readers.cells import AMOUNT_KINDS, AMOUNT_OR_RATE_KINDS, Kind, kind, splits
from jixiao.readers.extract.flow_columns import flow_role
from jixiao.readers.extract.table_columns import money_role
from jixiao.readers.flat_table_cells import FlatTable, next_filled, spaced_row
from jixiao.readers.flat_token import Token
from jixiao.readers.fused_money import GuessedCell
from jixiao.readers.label_fields import label_field
from jixiao.readers.textnorm import compact

# the label column's header cell (a cheap test before the block is looked for)
LABEL_HEADS = ("项目", "科目", "收支项目", "收支科目", "收入项目", "支出项目", "收入科目", "支出科目", "按收入", "类别",
               "人员类别", "人员分类", "分类")
# a 收支 table's halves by nature (按收入性质分 | 全年预算数 | 按支出性质分 | 全年执行数)
_BY_NATURE = re.compile(r"^按(?:收入|支出)(?:性质|来源|类别|经济分类|功能分类)分?$")
_HALF_AMOUNTS = frozenset({"initial", "adjusted", "executed"})
_LABEL_HEAD = re.compile(r"^(?:收支|收入|支出)?(?:项目|科目)(?:名称)?$")
_YEAR_HEAD = re.compile(r"^((?:19|20)\d{2}年度?|上年度?|本年度?|当年)(决算数|预算数)(?:[(（]万?元[)）])?$")
# what changed between the years, after their columns (项目 | 上年决算数 | 本年决算数 | 增减额 | 增减率)
_CHANGE_HEAD = re.compile(r"^(?:增减|增长|变动|变化)(?:额|数|率|幅度?|比例)?(?:万?元)?$")  # (its cells compact)
# 类别 | 编制数 | 实有数 | 退休人数 over 行政编制 | 48 | 45 | 19, …, 合计: the unit's staff by category
_STAFF_LABEL_HEAD = re.compile(r"^(?:人员)?(?:类别|分类)$")
_STAFF_HEAD = re.compile(r"^[\u4e00-\u9fff]{0,6}(?:人数|编制数|实有数)人?$")  # ("编制数（人）" compact)
_STAFF = frozenset({"unit.staff_total", "unit.staff_establishment"})
# 项目 | 金额: one value a row, an amount or a rate; its unit maybe beside it, as a 单位 note ("金额（单位：千元）")
_AMOUNT_WORD = r"(?:金额|数额)(?:[(（]?(?:单位[:：]?)?[千万亿]?元[)）]?)?"
_AMOUNT_HEAD = re.compile(f"^{_AMOUNT_WORD}$")
# such a table's label head, its other heads run onto it (no separator): "项目金额", "项目金额（单位：千元）占比",
# "项目上年决算数本年决算数增减额增减率"
_FUSED_LABEL_HEAD = re.compile(r"(?:收支|收入|支出)?(?:项目|科目)(?:名称)?")
# the heads of two halves run together ("收入项目金额支出项目金额", "按收入性质分全年预算数按支出性质分全年执行数"):
# a label head, the words up to the next label head (an amount head, checked as the cells' one is), and so on
_HALF_LABEL = r"(?:(?:收支|收入|支出)?(?:项目|科目)(?:名称)?|按(?:收入|支出)(?:性质|来源|类别|经济分类|功能分类)分?)"
_FUSED_HALVES = re.compile(f"^({_HALF_LABEL})(.+?)({_HALF_LABEL})(.+)$")
# 项目 | 金额 | 占比: each amount's share of the total after it ("42.95%", or "94.99" under 占比（%）)
_SHARE_HEAD = re.compile(r"^(?:占比|比重|所占比例|占比例)(?:[(（]%[)）])?$")
_SHARES = (Kind.PERCENT, Kind.NUMBER)
_LABEL = (Kind.TEXT,)  # the second half's label column
_ROWS = 2  # rows a block holds at least


def _halves(tokens: Sequence[Token], end: int) -> bool:
    """A label head and its amount head at tokens[end] (收支 halves: … | 支出项目 | 金额); the label head may close a
    cell holding the text before the table, the lines joined into one ("…（单位：万元） 收入项目 | 金额 | …")."""
    return end + 1 < len(tokens) and _half_label(tokens[end].text.split()[-1] if tokens[end].text.split() else "") \
        and _half_amount(tokens[end + 1].text)


def _half_label(text: str) -> bool:
    return bool(_LABEL_HEAD.match(key := compact(text)) or _BY_NATURE.match(key))


def _half_amount(text: str) -> bool:
    return bool(_AMOUNT_HEAD.match(compact(text))) or money_role(text) in _HALF_AMOUNTS


def glued_head(text: str) -> bool:
    """A cell holding the text before a 收支 table and its first label head, the lines joined into one ("…（单位：
    万元） 收入项目 | 金额 | …"): the head is read from its last part, the cell's text kept."""
    parts = text.split() if " " in text else ()
    return len(parts) > 1 and _half_label(parts[-1]) and not _half_label(parts[0])


def _halves_head(tokens: Sequence[Token], i: int) -> tuple[list[str], int] | None:
    """收入项目 | 金额 | 支出项目 | 金额 (按收入性质分 | 全年预算数 | 按支出性质分 | 全年执行数) at tokens[i], as
    cells or one spaced line: its four cells and the index after it."""
    parts = tokens[i].text.split()
    if tokens[i].in_row and glued_head(tokens[i].text):
        cells, end = [parts[-1], *(t.text.strip() for t in tokens[i + 1: i + 4])], i + 4
    else:
        fused = _FUSED_HALVES.match(parts[0]) if len(parts) == 1 else None
        cells, end = (parts, i + 1) if len(parts) > 1 else (list(fused.groups()), i + 1) if fused is not None else \
            ([t.text.strip() for t in tokens[i: i + 4]], i + 4)
    if len(cells) == 4 and _half_label(cells[0]) and _half_amount(cells[1]) and _half_label(cells[2]) \
            and _half_amount(cells[3]):
        return cells, end
    return None


def _header(tokens: Sequence[Token], i: int) -> tuple[list[str], list[int], int, list[tuple[Kind, ...]]] | None:
    """The header's cells, their lines, the index after it and the kinds each column after the first holds: the
    label head and an amount head (twice, for two halves side by side), or two year heads or more, as cells or as
    one line of parts separated by spaces."""
    amount = AMOUNT_OR_RATE_KINDS
    halves = _halves_head(tokens, i)
    if halves is not None:
        return halves[0], [tokens[i].line] * 4, halves[1], [amount, _LABEL, amount]
    parts = tokens[i].text.split()
    if len(parts) == 1:
        parts = _fused_heads(parts[0]) or parts
    if len(parts) > 1:
        cells, end = parts, i + 1
    else:
        end = i + 1
        staff = bool(_STAFF_LABEL_HEAD.match(compact(tokens[i].text)))
        while end < len(tokens) and (_STAFF_HEAD.match(compact(tokens[end].text)) if staff
                                     else _NAMED_HEAD.match(compact(tokens[end].text)) or flow_role(tokens[end].text)):
            end += 1
        cells = [tokens[at].text.strip() for at in range(i, end)]
    if _STAFF_LABEL_HEAD.match(compact(cells[0])):
        return _staff_header(cells, tokens[i].line, end)
    if not _LABEL_HEAD.match(compact(cells[0])):
        return None
    if len(cells) in (2, 3) and _AMOUNT_HEAD.match(compact(cells[1])) \
            and (len(cells) == 2 or _SHARE_HEAD.match(compact(cells[2]))):
        if len(parts) == 1 and i >= 2 and _halves(tokens, i - 2):
            return None  # the second half of 收入项目 | 金额 | 支出项目 | 金额, its rows not read as halves
        return cells, [tokens[i].line] * len(cells), end, [amount, _SHARES][: len(cells) - 1]
    flows = {flow_role(cell) for cell in cells[1:]}
    if None not in flows and {"income", "expenditure"} <= flows and len(cells) >= 4:
        return cells, [tokens[i].line] * len(cells), end, [AMOUNT_KINDS] * (len(cells) - 1)  # 上年结转 | 本年收入 | …
    changes = 0
    while changes < len(cells) - 1 and _CHANGE_HEAD.match(compact(cells[-1 - changes])):
        changes += 1
    heads = [_YEAR_HEAD.match(compact(cell)) for cell in cells[1: len(cells) - changes]]
    if len(heads) < 2 or not all(heads):
        return None
    years = [re.sub("年度?$", "", head.group(1)) for head in heads if head]
    if len(set(years)) != len(years) or len({head.group(2) for head in heads if head}) != 1:
        return None
    return cells, [tokens[i].line] * len(cells), end, [AMOUNT_KINDS] * len(heads) + [amount] * changes


# a header cell of a table of label rows, as cells one a line
_NAMED_HEAD = re.compile(f"{_YEAR_HEAD.pattern}|{_AMOUNT_HEAD.pattern}|{_CHANGE_HEAD.pattern}|{_SHARE_HEAD.pattern}")


_FUSED_HEADS_MAX = 60  # characters: a label head and a dozen heads run together


def _fused_heads(text: str) -> list[str] | None:
    """The heads of a header run together ("项目上年决算数本年决算数增减额增减率", "项目上年结转本年收入…"): a label
    head, then heads this table may have (a year's, an amount's, a change's, a share's, a fund flow's), when exactly
    one cut of the text gives them; a cell longer than any such header is none (the cuts searched grow with it)."""
    if len(text) > _FUSED_HEADS_MAX:
        return None
    found: list[list[str]] = []

    def walk(rest: str, taken: list[str]) -> None:
        if not rest:
            found.append(taken)
            return
        for end in range(1, len(rest) + 1):
            if len(found) < 2 and (_NAMED_HEAD.match(compact(rest[:end])) or flow_role(rest[:end])):
                walk(rest[end:], [*taken, rest[:end]])

    for label in range(2, min(len(text), 6)):
        if _FUSED_LABEL_HEAD.fullmatch(text[:label]):
            walk(text[label:], [text[:label]])
    return found[0] if len(found) == 1 and len(found[0]) > 1 else None


def _staff_header(cells: list[str], line: int, end: int) -> tuple[list[str], list[int], int, list[tuple[Kind, ...]]] \
        | None:
    """类别 | 编制数 | 实有数 (| 退休人数 …): counts of staff by category, two of its heads the lexicon's 编制 and
    实有 labels (the table readers take the 合计 row's counts and the categories over it)."""
    if len(cells) < 3 or not all(_STAFF_HEAD.match(compact(cell)) for cell in cells[1:]) \
            or sum(label_field(cell) in _STAFF for cell in cells[1:]) < 2:
        return None
    return cells, [line] * len(cells), end, [AMOUNT_KINDS] * (len(cells) - 1)


# a row of such a table run together: a label (no digit) and its figure, maybe in thousands ("收入合计3,428.0"),
# once, or twice for two halves ("财政拨款收入6032.4基本支出2148.62")
_RUN_FIGURE = r"((?:[1-9]\d{0,2}(?:,\d{3})+|\d+)(?:\.\d+)?%?)"
_RUN_LABEL = r"(\D*[^\d\s.:：%])[:：]?"
_FUSED_ROW = {1: re.compile(f"^{_RUN_LABEL}{_RUN_FIGURE}$"),
              3: re.compile(f"^{_RUN_LABEL}{_RUN_FIGURE}{_RUN_LABEL}{_RUN_FIGURE}$")}


def _fused_row(tokens: Sequence[Token], at: int, columns: list[tuple[Kind, ...]], heads: list[str],
               places: int | None = None) -> tuple[list[str], int] | None:
    """:func:`_run_row` of tokens[at], or of it and the run of figures cut off it on its line ("财政拨款收入" |
    "1590.401716.56126.167.93%"), and the index after the row."""
    row = _run_row(tokens, at, columns, heads, tokens[at].text.strip(), places)
    if row is not None or len(columns) < 2:
        return (row, at + 1) if row is not None else None
    k = next_filled(tokens, at + 1)
    if k >= len(tokens) or tokens[k].line != tokens[at].line or kind(tokens[k].text) in columns[0]:
        return None
    row = _run_row(tokens, k, columns, heads, tokens[at].text.strip() + tokens[k].text.strip(), places)
    return (row, k + 1) if row is not None else None


def _run_row(tokens: Sequence[Token], at: int, columns: list[tuple[Kind, ...]], heads: list[str], text: str,
             places: int | None) -> list[str] | None:
    """A row of a one-amount table run together ("预算执行率98.21%", "预算执行率分值10", "收入合计3,428.0"), or of
    two halves side by side ("其他收入216.52项目支出3968.83"), no figure after it: its labels and figures; None
    otherwise. The text bounds each (a label holds no digit, a figure runs to the next label or the line's end), as
    it does "年初预算数28640.5", which the fusion splitter cuts (no guess either). A label before a run of figures
    of several columns ("收入合计1612.401738.56126.167.82%") is cut by :func:`_split_figures`, a guess."""
    shape = _FUSED_ROW.get(len(columns))
    row = shape.match(text) if shape is not None else None
    if row is not None:
        cells = list(row.groups())
    elif len(columns) >= 2 and _LABEL not in columns and (run := _LABEL_RUN.match(text)) is not None:
        split = _split_figures(run.group(2), heads, places)
        cells = [run.group(1), *split] if split else []
    else:
        return None
    if not cells or any(kind(cell) not in kinds for cell, kinds in zip(cells[1:], columns, strict=True)):
        return None
    k = next_filled(tokens, at + 1)
    return cells if k >= len(tokens) or kind(tokens[k].text) not in columns[0] else None


_LABEL_RUN = re.compile(r"^(\D*[^\d\s.:：%])[:：]?([\d.,]+%?(?:[\d.]+%?)*)$")


def _split_figures(run: str, heads: list[str], places: int | None = None) -> list[str] | None:
    """The one cut of a run of figures into the columns ``heads`` names that the table's own constraints allow:
    its amounts written with the same decimals, a share at most 100, a change the last year's amount less the
    first's and a change's rate that change over the first (within its last written place), a fund's flows
    balanced (上年结转 + 本年收入 − 本年支出 = 年末结转); of several, the one whose amounts have the decimals
    (``places``) of the rows above. Each cell a guess (:class:`GuessedCell`); None when no cut or several fit."""
    shares = [bool(_SHARE_HEAD.match(compact(head))) for head in heads]
    changes = [bool(_CHANGE_HEAD.match(compact(head))) for head in heads]
    flows = [flow_role(head) for head in heads]
    fits = [cut for cut in splits(run, len(heads)) if _fits(cut, shares, changes) and _balanced(cut, flows)]
    if len(fits) > 1 and places is not None:
        fits = [cut for cut in fits if decimals(cut[shares.index(False)]) == places]
    return [GuessedCell(cell) for cell in fits[0]] if len(fits) == 1 else None


def _balanced(cut: tuple[str, ...], flows: list[str | None]) -> bool:
    """A fund's row of flows adds up, when the table has the four of them."""
    value = {flow: Decimal(cell) for cell, flow in zip(cut, flows, strict=True) if flow is not None}
    if len(value) < 4:
        return True
    return value["carry_over"] + value["income"] - value["expenditure"] == value["carried_on"]


def _fits(cut: tuple[str, ...], shares: list[bool], changes: list[bool]) -> bool:
    amounts = [cell for cell, share, change in zip(cut, shares, changes, strict=True) if not share and not change]
    if any(cell.endswith("%") for cell in amounts) or len({decimals(cell) for cell in amounts}) > 1:
        return False
    if not amounts:
        return False
    values = [Decimal(cell.rstrip("%")) for cell in cut]
    first, last = Decimal(amounts[0]), Decimal(amounts[-1])
    for cell, value, share, change in zip(cut, values, shares, changes, strict=True):
        if share and value > 100:
            return False
        if change and cell.endswith("%"):
            if not first or abs((last - first) / first * 100 - value) >= Decimal(1).scaleb(-decimals(cell[:-1])):
                return False
        elif change and value != last - first:
            return False
    return True


def _blank_half(tokens: Sequence[Token], at: int, k: int) -> int | None:
    """Where the row begun at tokens[at] goes on when its second half is blank from tokens[k] on (a web-copied row
    whose last cells were left empty: the copy drops them at a line's end, keeps them as empty cells inside a line,
    "其他收入 | 20.00 |  |  | 收入合计 …"), or None."""
    if not tokens[at].in_row or tokens[k - 1].line != tokens[at].line:
        return None
    if k >= len(tokens) or tokens[k].line != tokens[at].line:
        return k
    blanks = k
    while blanks < min(len(tokens), k + 2) and tokens[blanks].in_row and kind(tokens[blanks].text) is Kind.EMPTY:
        blanks += 1
    return blanks if blanks == k + 2 else None


def _blank_first_half(tokens: Sequence[Token], j: int, at: int, columns: list[tuple[Kind, ...]]) -> int:
    """How many cells of a row's first half stand blank before tokens[at], the second half's label (a web-copied
    row whose first cells were left empty: " |  | 其他支出 | 0.00 |"), or 0: exactly the half's empty cells, on the
    label's line, the label's column a label's."""
    lead = at - j
    if not lead or lead >= len(columns) or columns[lead - 1] is not _LABEL or not tokens[at].in_row:
        return 0
    blank = all(tokens[b].in_row and tokens[b].line == tokens[at].line and kind(tokens[b].text) is Kind.EMPTY
                for b in range(j, at))
    return lead if blank else 0


def year_table(tokens: Sequence[Token], i: int) -> tuple[FlatTable, int] | None:
    """The year-comparison table whose header starts at tokens[i] and the index after its last row, or None."""
    header = _header(tokens, i)
    if header is None:
        return None
    cells, lines, j, columns = header
    block = FlatTable()
    block.add(cells, lines)
    width = len(cells) - 1
    end = j
    places = None  # the decimals the first row's first amount is written with
    since = j  # where the last row ended, before the blank cells after it
    while True:
        at = next_filled(tokens, j)
        if at >= len(tokens) or kind(tokens[at].text) is not Kind.TEXT:
            break
        spaced = spaced_row(tokens[at], columns)
        whole, after = (spaced, at + 1) if spaced is not None else \
            _fused_row(tokens, at, columns, cells[1:], places) or (None, at + 1)
        if whole is not None and kind(whole[0]) is Kind.TEXT:
            places = decimals(whole[1]) if places is None else places
            # "预算执行率 98.21%": a spaced row left whole; "预算执行率98.21%" cut where the text cuts it
            block.add(whole, [tokens[at].line] * len(whole),
                      [c for c, cell in enumerate(whole) if isinstance(cell, GuessedCell)])
            j = end = since = after
            continue
        lead = _blank_first_half(tokens, since, at, columns)  # " |  | 其他支出 | 0.00 |": the first half's cells blank
        row, row_lines, k = [*[""] * lead, tokens[at].text.strip()], [tokens[at].line] * (lead + 1), at + 1
        for c, kinds in enumerate(columns):
            if c < lead:
                continue
            if kinds is _LABEL and (blank := _blank_half(tokens, at, k)) is not None:  # "其他收入 | 20.00 |  |  |"
                row += [""] * (len(columns) - c)
                row_lines += [row_lines[-1]] * (len(columns) - c)
                k = blank
                break
            k = next_filled(tokens, k)
            if k >= len(tokens) or kind(tokens[k].text) not in kinds:
                break
            row.append(tokens[k].text.strip())
            row_lines.append(tokens[k].line)
            k += 1
        since = k
        if len(row) != width + 1 or ((k := next_filled(tokens, k)) < len(tokens)
                                     and kind(tokens[k].text) in columns[-1]):
            break
        block.add(row, row_lines)
        j = end = k
    if len(block.rows) - 1 < _ROWS:
        return None
    glued = tokens[i].in_row and glued_head(tokens[i].text)  # (a glued head's cell stays text)
    block.used.update(range(i + glued, end))
    return block, end
