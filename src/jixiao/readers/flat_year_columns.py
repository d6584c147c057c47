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

from jixiao.readers.cells import AMOUNT_KINDS, AMOUNT_OR_RATE_KINDS, Kind, kind
from jixiao.readers.extract.flow_columns import flow_role
from jixiao.readers.extract.table_columns import money_role
from jixiao.readers.flat_money_pairs import LABEL_FIGURE
from jixiao.readers.flat_table_cells import FlatTable, next_filled, spaced_row
from jixiao.readers.flat_token import Token
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
_AMOUNT_HEAD = re.compile(r"^(?:金额|数额)(?:[(（]?(?:单位[:：]?)?[千万亿]?元[)）]?)?$")
# such a table's head run together (no separator): "项目金额"
_FUSED_HEADS = re.compile(r"^((?:收支|收入|支出)?(?:项目|科目)(?:名称)?)((?:金额|数额)(?:[(（]万?元[)）])?)$")
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
        cells, end = (parts, i + 1) if len(parts) > 1 else ([t.text.strip() for t in tokens[i: i + 4]], i + 4)
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
    fused = _FUSED_HEADS.match(parts[0]) if len(parts) == 1 else None
    if fused is not None:
        parts = list(fused.groups())
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


def _staff_header(cells: list[str], line: int, end: int) -> tuple[list[str], list[int], int, list[tuple[Kind, ...]]] \
        | None:
    """类别 | 编制数 | 实有数 (| 退休人数 …): counts of staff by category, two of its heads the lexicon's 编制 and
    实有 labels (the table readers take the 合计 row's counts and the categories over it)."""
    if len(cells) < 3 or not all(_STAFF_HEAD.match(compact(cell)) for cell in cells[1:]) \
            or sum(label_field(cell) in _STAFF for cell in cells[1:]) < 2:
        return None
    return cells, [line] * len(cells), end, [AMOUNT_KINDS] * (len(cells) - 1)


def _fused_row(tokens: Sequence[Token], at: int, columns: list[tuple[Kind, ...]]) -> list[str] | None:
    """A row of a one-amount table run together ("预算执行率98.21%", "预算执行率分值10"), no figure after it:
    its label and its figure; None otherwise. The text bounds both (a label holds no digit, the figure is the line's
    whole tail), as it does "年初预算数28640.5", which the fusion splitter cuts (no guess either)."""
    row = LABEL_FIGURE.match(tokens[at].text.strip()) if len(columns) == 1 else None
    if row is None or kind(row.group(2)) not in columns[0]:
        return None
    k = next_filled(tokens, at + 1)
    return list(row.groups()) if k >= len(tokens) or kind(tokens[k].text) not in columns[0] else None


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
    while True:
        at = next_filled(tokens, j)
        if at >= len(tokens) or kind(tokens[at].text) is not Kind.TEXT:
            break
        whole = spaced_row(tokens[at], columns) or _fused_row(tokens, at, columns)
        if whole is not None and kind(whole[0]) is Kind.TEXT:
            # "预算执行率 98.21%": a spaced row left whole; "预算执行率98.21%" cut where the text cuts it
            block.add(whole, [tokens[at].line] * len(whole))
            j = end = at + 1
            continue
        row, row_lines, k = [tokens[at].text.strip()], [tokens[at].line], at + 1
        for c, kinds in enumerate(columns):
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
