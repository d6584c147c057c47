"""Amounts in label | value tables: income and expenditure totals with their items, 年初预算 / 调整预算 /
执行数 written as pairs, a row of labels over a row of amounts."""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.lexicon import pattern
from jixiao.model import SourceRef
from jixiao.numbers import to_wan
from jixiao.readers.document import Table
from jixiao.readers.extract.budget_figures import cell_amount, tidy
from jixiao.readers.extract.facts import Facts, cell_ref, cells_ref, ref
from jixiao.readers.extract.income_spending_halves import SIDES
from jixiao.readers.extract.values import number_in
from jixiao.readers.textnorm import compact, match_text

_BUDGET_TOTALS = [
    (re.compile(r"^(收入)(合计|总计|总额)?$|^(本年|年度)?收入(合计|总计)"), "income"),
    (re.compile(r"^(支出)(合计|总计|总额)?$|^(本年|年度)?支出(合计|总计)"), "expenditure"),
]
_BUDGET_AMOUNTS = [
    (re.compile(r"^年初预算(数)?$"), "budget.initial"),
    (re.compile(r"^(全年)?(调整)?(后)?预算(数)?$|^全年调整预算(数)?$|^计划投资(额|总额)?$|^计划安排(资金|金额)?$"),
     "budget.adjusted"),
    (re.compile(r"^(全年)?执行(数)?$|^实际支出$|^决算支出$|^实际使用(情况|资金|金额)?$"), "budget.executed"),
    (re.compile(r"^上年结转"), "budget.carry_over"),
    (re.compile(r"^年初结转"), "budget.opening_balance"),  # 年初结转和结余: brought in (among the income, an item)
    (re.compile(r"^年末结转|^结转下年"), "budget.carry_over"),  # carried out: never an item of the spending
]


_AMOUNT = re.compile(r"[\d,.]+\s*(万元|元|亿元)?")
# a figure a page garbled ("7,00.0,77": a comma after the point, groups not of three): no amount to read
_GARBLED = re.compile(r"\.\d*,|,(?!\d{3}(?!\d))")
_LABEL_UNIT = re.compile(r"(?:单位)?(亿元|万元|元)$")  # "年初预算（万元）", compacted


_MONEY_FLOW_END = re.compile(r"(收入|支出|拨款|经费)$")


def _is_budget_label(text: str) -> bool:
    key = compact(text)
    return any(p.search(key) for p, _ in _BUDGET_TOTALS) or bool(_MONEY_FLOW_END.search(key))


def _figure(cell: str) -> Decimal | None:
    """The figure a cell holds, none when the page garbled it."""
    return None if "," in cell and _GARBLED.search(match_text(cell)) else number_in(cell)


def _is_amount(text: str) -> bool:
    return bool(text.strip()) and bool(_AMOUNT.fullmatch(match_text(text.strip())))


def _row_pairs(row: list[str]) -> list[tuple[str, int]]:
    """(label, column of its value) for a row written as label | value | label | value …"""
    cells = [(c, cell.strip()) for c, cell in enumerate(row) if cell.strip()]
    if len(cells) < 4 or len(cells) % 2:
        return []
    pairs = []
    for (_, label), (c, value) in zip(cells[::2], cells[1::2], strict=True):
        if _is_amount(label) or _PERCENT_CELL.fullmatch(match_text(label)) or not (
                _is_amount(value) or _PERCENT_CELL.fullmatch(match_text(value))):
            return []
        pairs.append((label, c))
    return pairs


_PERCENT_CELL = re.compile(r"\d+(?:\.\d+)?\s*%")


def is_pair_row(row: list[str]) -> bool:
    return len(_row_pairs(row)) >= 2


_SHARE_HEAD = re.compile(r"^(?:占比|比重|构成|结构|所占比例|占总收入比例|占总支出比例)(?:\(?%\)?)?$")


def _label_value_pairs(table: Table) -> list[tuple[str, str, SourceRef]]:
    """(label, amount, where the amount was read): rows "label | amount", rows "label | amount | label | amount …",
    and a row of labels over a row of amounts."""
    pairs: list[tuple[str, str, SourceRef]] = []
    latest = _latest_year_column(table.rows)
    if latest is not None:  # 项目 | 2023年 | 2024年 | 增减率: the label and the latest year's amount of each row
        # (and its 执行率 row's rate, "执行率 | 97.50% | 97.32%")
        head, col = latest
        for r in range(head + 1, len(table.rows)):
            row = table.rows[r]
            if col < len(row) and row[0].strip() and not _is_amount(row[0]) and (_is_amount(row[col]) or (
                    "执行率" in row[0] and _PERCENT_CELL.fullmatch(match_text(row[col].strip())))):
                pairs.append((row[0].strip(), row[col].strip(), cell_ref(table, r, col, row[col])))
        return pairs
    rows = table.rows
    read_to = -1  # rows already read as the labels or amounts of a row above
    shares = bool(rows) and any(_SHARE_HEAD.search(compact(cell)) for cell in rows[0])
    for r, row in enumerate(rows):
        if r <= read_to:
            continue
        in_row = _row_pairs(row)
        if len(in_row) >= 2:
            pairs.extend((label, row[c].strip(), cell_ref(table, r, c, row[c])) for label, c in in_row)
            continue
        values = list(dict.fromkeys(cell.strip() for cell in row if cell.strip()))
        if shares and len(values) == 3 and _PERCENT_CELL.fullmatch(match_text(values[2])):
            values = values[:2]  # "项目 | 金额 | 占比": each row's share of the total is no amount
        if len(values) == 2 and _PERCENT_CELL.fullmatch(match_text(values[1])) and "执行率" in values[0]:
            pairs.append((values[0], values[1], cell_ref(table, r, row.index(values[1]), values[1])))
            continue
        if len(values) == 2 and _AMOUNT.fullmatch(match_text(values[1])) and not _AMOUNT.fullmatch(values[0]):
            pairs.append((values[0], values[1], cell_ref(table, r, row.index(values[1]), values[1])))
            continue
        labels_here = sum(_is_budget_label(c) for c in row)
        sub_headed = labels_here == 1 and r + 2 < len(rows) and any(_is_budget_label(c) for c in rows[r + 1]) \
            and not any(_is_amount(c) for c in rows[r + 1])
        if r + 1 < len(rows) and (labels_here >= 2 or sub_headed):
            labels, below, at = list(row), rows[r + 1], r + 1
            if r + 2 < len(rows) and not any(_is_amount(c) for c in below) and any(c.strip() for c in below):
                # 收入合计 | 其中： over 上年结转 | 公共财政拨款 …, the amounts a row lower
                labels = _shifted_sub_labels(row, below, rows[r + 2]) or \
                    [sub.strip() if c < len(below) and (sub := below[c]).strip() else top for c, top in enumerate(row)]
                below, at = rows[r + 2], r + 2
            found = [(cell.strip(), below[c].strip(), cell_ref(table, at, c, below[c])) for c, cell in enumerate(labels)
                     if c < len(below) and cell.strip() and _AMOUNT.fullmatch(match_text(below[c].strip() or "x"))]
            pairs.extend(found)
            if found:
                read_to = at
    return pairs


_YEAR_HEAD = re.compile(r"^((?:19|20)\d{2}|上|本|当)年度?(?:决算数?|预算数?|金额|数)?$")
_RELATIVE_YEAR = {"上": 1, "本": 2, "当": 2}  # 上年决算数 | 本年决算数: last year's column, then this year's


def _year_of(word: str) -> int:
    return _RELATIVE_YEAR.get(word) or int(word)


def _latest_year_column(rows: list[list[str]]) -> tuple[int, int] | None:
    """(header row, column) of the latest year in a header naming two years or more over amount columns (a table
    comparing this year with last: 项目 | 2023年 | 2024年 | 增减额 | 增减率, or 上年决算数 | 本年决算数), or None."""
    for r, row in enumerate(rows[:3]):
        years = [(_year_of(found.group(1)), c) for c, cell in enumerate(row)
                 if (found := _YEAR_HEAD.match(compact(cell).replace("(万元)", "")))]
        if len(years) >= 2 and len({y for y, _ in years}) == len(years):
            cols = [c for _, c in years]
            span = range(min(cols), max(cols) + 1)
            if any(c < len(below) and not below[c].strip() for below in rows[r + 1:] for c in span):
                return None  # a blank amount may be a cell lost (read by the other readers, which pass such rows over)
            return r, max(years)[1]
    return None


def _shifted_sub_labels(top: list[str], sub: list[str], amounts: list[str]) -> list[str] | None:
    """"机构名称 | 收入合计 | 其中：" over "上年结转 | 公共财政拨款 | 其他收入" over "某团委 | 70 | 0 | 68.5 | 1.5": a
    web page dropped the sub-header row's empty cells, so its labels sit at the left; they belong under 其中, the
    cell that spans them, when the amount row has exactly the columns the two header rows name."""
    heads = [cell.strip() for cell in top if cell.strip()]
    subs = [cell.strip() for cell in sub if cell.strip()]
    written = [cell for cell in amounts if cell.strip()]
    if len(heads) < 2 or not re.fullmatch(r"其中\s*[:：]?", heads[-1]) or len(subs) < 2 \
            or len(written) != len(heads) - 1 + len(subs) \
            or not all(cell.strip() for cell in sub[: len(subs)] + amounts[: len(written)] + top[: len(heads)]):
        return None  # (each row's written cells its first ones)
    return heads[:-1] + subs


# the items of a breakdown by nature; what follows "其中" under one of them is a part of it
_TOP_ITEM = re.compile(r"^(基本支出|项目支出|上缴上级支出|经营支出|对附属单位补助支出|其他支出)$")


def amount_field(label_text: str) -> tuple[str | None, str | None]:
    """The budget field a label names and the unit it states ("计划投资额（万元）" → adjusted, 万元)."""
    label = compact(label_text)
    stated_unit = _LABEL_UNIT.search(label)
    if stated_unit:
        label = label[: stated_unit.start()] + label[stated_unit.end():]
    field = next((path for pattern, path in _BUDGET_AMOUNTS if pattern.search(label)), None)
    return field, stated_unit.group(1) if stated_unit else None


def side_by_side_funds(table: Table, unit: str, facts: Facts) -> None:
    """Amounts written side by side ("计划投资额 | 150 | 实际到位资金 | 142.6 | 实际使用情况 | 138.25") over rows
    that repeat their source under each ("省财政预算 | 60 | 省财政预算 | 60 | 省财政预算 | 58.4"): the fund rows."""
    for r, row in enumerate(table.rows):
        pairs = _row_pairs(row)
        if len(pairs) < 2:
            continue
        columns = {field: (c, stated or unit) for label, c in pairs
                   for field, stated in [amount_field(label)] if field in ("budget.adjusted", "budget.executed")}
        if len(columns) == 2:
            _funds_below(table, r, [c - 1 for _, c in pairs], columns, facts)
            return


def transposed_funds(table: Table, unit: str, facts: Facts) -> None:
    """A money table on its side: fund sources as columns ("资金来源 | 中央 | 省级 | 合计", or the 合计 column
    first: "资金来源 | 合计 | 中央 | 省级") and 年初预算 / 调整后预算 / 实际支出 / 执行率 as rows. The 合计 column is
    the budget, each source column a fund row."""
    rows = table.rows
    for r, row in enumerate(rows):
        total = pattern("fund_rows.total")
        total_col = next((c for c, cell in enumerate(row) if c and total.match(compact(cell))), None)
        if total_col is None or (total_col < 2 and len(row) < 4):
            continue
        lc = _label_column(row, total_col)
        amount_rows: dict[str, tuple[int, str]] = {}
        rate_row = None
        for below in range(r + 1, min(len(rows), r + 8)):
            label = rows[below][lc] if lc < len(rows[below]) else ""
            field, stated = amount_field(label)
            if "执行率" in compact(label):
                rate_row = below
            elif field in ("budget.initial", "budget.adjusted", "budget.executed") and field not in amount_rows:
                amount_rows[field] = (below, stated or unit)
        if "budget.executed" not in amount_rows or len(amount_rows) < 2:
            continue
        funds: list[dict[str, object]] = []
        read_from: list[tuple[int, int]] = []  # the fund rows' cells
        for c in range(lc + 1, len(row) if total_col == lc + 1 else total_col + 1):
            name = row[c].strip()
            amounts = {field: (number_in(rows[at][c]) if c < len(rows[at]) else None, at, stated)
                       for field, (at, stated) in amount_rows.items()}
            if not name or _is_amount(name) or all(v is None for v, _, _ in amounts.values()):
                continue
            read = {field.split(".")[1]: tidy(to_wan(value, stated)) for field, (value, _, stated) in amounts.items()
                    if value is not None}
            if c != total_col:
                funds.append({"name": name, **read})
                read_from.extend((at, c) for _, at, _ in amounts.values())
                continue
            for field, (value, at, _) in amounts.items():
                if value is not None:
                    facts.put(field, read[field.split(".")[1]], cell_ref(table, at, c, rows[at][c]))
            rate_text = rows[rate_row][c] if rate_row is not None and c < len(rows[rate_row]) else ""
            rate = number_in(rate_text)
            if rate is not None and "%" in rate_text:
                facts.put("budget.stated_execution_rate", rate, cell_ref(table, rate_row or 0, c, rate_text))
        if funds:
            facts.put("budget.fund_rows", funds, cells_ref(table, table.row_location(r), row[0], read_from))
        return


def _label_column(head: list[str], total_col: int) -> int:
    """The column of a table on its side that holds the stages' words: the first, or the second when the first is
    the block's own label merged down the block ("项目资金（万元） | 资金来源 | 合计 | 债券资金 …")."""
    caption = compact(head[1]) if len(head) > 1 else ""
    return 1 if total_col >= 2 and head[0].strip() and caption.startswith("资金") and not _is_amount(caption) else 0


def _funds_below(table: Table, r: int, label_cols: list[int], columns: dict[str, tuple[int, str]],
                 facts: Facts) -> None:
    funds: list[dict[str, object]] = []
    read_from: list[tuple[int, int]] = []  # the fund rows' cells
    for at, below in enumerate(table.rows[r + 1:], start=r + 1):
        if _unfilled_source(below):
            continue  # "其中：中央财政 | 其中：中央财政 | …" with its empty amount cells dropped: no amounts
        labels = {below[c].strip() if c < len(below) else "" for c in label_cols}
        if len(labels) != 1 or not (name := labels.pop()):
            break
        amounts = {field.split(".")[1]: _figure(below[c]) if c < len(below) else None
                   for field, (c, _) in columns.items()}
        if all(value is None for value in amounts.values()):
            continue  # "其中：中央财政 |  | 其中：中央财政 |" over the parts
        funds.append({"name": re.sub(r"^其中\s*[:：]?\s*", "", name),
                      **{role: tidy(to_wan(value, columns[f"budget.{role}"][1]))
                         for role, value in amounts.items() if value is not None}})
        read_from.extend((at, c) for c, _ in columns.values())
    if funds:
        facts.put("budget.fund_rows", funds,
                  cells_ref(table, table.row_location(r + 1), funds[0]["name"], read_from))  # type: ignore[arg-type]


def _unfilled_source(row: list[str]) -> bool:
    """A source row repeated under each column with no amount anywhere (its empty cells lost)."""
    written = [cell.strip() for cell in row if cell.strip()]
    return len(written) >= 2 and len(set(written)) == 1 and not _is_amount(written[0])


_SIDE_HEADER = re.compile(r"(收入|支出)(?:项目|类别|科目)(?:名称)?")
# a row of the other side ends the side's rows: a spending row under the income's, an income row under the spending's
_OTHER_SIDE = {"income": re.compile(r"支出$"), "expenditure": re.compile(r"收入$")}


def budget_rows(table: Table, unit: str, facts: Facts, with_items: bool = True) -> None:
    """Two-column amount rows: 收入合计 | 3,532.00, 其中：财政拨款收入 | 1,320.45, 年初预算 | 945 …; under a header
    "收入项目 | 金额" (or 支出项目) every row is an item of that side and its 合计 row the side's total (``with_items``
    False: the items are read elsewhere — a table holding 收入 and 支出 side by side, whose pairs mix the two)."""
    side = _SIDE_HEADER.fullmatch(compact(table.rows[0][0])) if table.rows and table.rows[0] else None
    current: str | None = SIDES[side.group(1)] if side else None
    items: dict[str, list[dict[str, object]]] = {"income": [], "expenditure": []}
    guessed = {"income": False, "expenditure": False}  # an item read from a guessed cell: the list a guess
    nested = False  # inside "基本支出 | 其中：人员经费 | 公用经费": parts of an item, not items
    previous = ""
    # rows of no side yet, under a neutral head ("项目 | 金额"): the items of the side whose 合计 closes them, when
    # they add up to it ("财政拨款收入 | 事业收入 | 收入合计": the total written last)
    before_total: list[dict[str, object]] = []
    for label_text, value_text, source in _label_value_pairs(table):
        label = compact(label_text)
        if current is not None and label.startswith("其中") and items[current] and not previous.startswith("其中"):
            nested = True  # a 其中 under an item, not the 其中 every item of the list is written with
        previous = label
        if nested and not _TOP_ITEM.match(label):
            continue
        nested = False
        if "执行率" in label:
            rate = number_in(value_text)
            if rate is not None and "%" in value_text:
                facts.put("budget.stated_execution_rate", rate, source, "预算执行率")
            continue
        if _figure(value_text) is None and "," in value_text:
            continue  # garbled
        stated_unit = _LABEL_UNIT.search(label)
        if stated_unit:
            label = label[: stated_unit.start()] + label[stated_unit.end():]
        amount = cell_amount(value_text, stated_unit.group(1) if stated_unit else unit)
        total = next((kind for pattern, kind in _BUDGET_TOTALS if pattern.search(label)), None)
        if side is not None and label in ("合计", "总计"):
            total = current
        if total is not None and not label.startswith("其中"):
            if current is None and _adds_up(before_total, amount):
                items[total], guessed[total] = before_total, guessed[total] or source.guessed
            before_total = []
            current = total
            facts.put(f"budget.{total}_total", amount, source)
            continue
        field = next((path for pattern, path in _BUDGET_AMOUNTS if pattern.search(label)), None)
        if field == "budget.carry_over" and label.startswith("上年结转") and _closing_stated(facts):
            field = "budget.opening_balance"  # the text's 年末结转结余 is the carry-over; this one was brought in
        if field is not None:
            facts.put(field, amount, source)
            if not (field in ("budget.carry_over", "budget.opening_balance") and current == "income"
                    and not label.startswith(("年末", "结转下年"))):
                continue  # 上年结转 among the income items is one of them (unless the sum says otherwise)
        name = re.sub(r"^其中\s*[:：]?\s*", "", label_text.strip()).strip(" ：:")
        if current is not None and _OTHER_SIDE[current].search(label):
            current = None  # "基本支出" under 收入合计's rows: the other side's (its 支出合计 row lost), no income item
        elif current is not None:
            items[current].append({"name": name, "amount": amount})
            guessed[current] = guessed[current] or source.guessed
            continue
        before_total.append({"name": name, "amount": amount})
    items["income"] = _without_unsummed_carry_over(items["income"], facts.get("budget.income_total"))
    for kind, found in items.items():
        if found and with_items:
            facts.put(f"budget.{kind}_items", found, ref(table.name, table.name, guessed=guessed[kind]))


def _adds_up(rows: list[dict[str, object]], total: Decimal | None) -> bool:
    """Two or more rows whose amounts are all read and add up to ``total`` exactly."""
    amounts = [row["amount"] for row in rows if isinstance(row["amount"], Decimal)]
    return total is not None and len(rows) >= 2 and len(amounts) == len(rows) and sum(amounts, Decimal(0)) == total


def _closing_stated(facts: Facts) -> bool:
    """The carry-over already read is a balance carried out of the year (年末结转结余, 结转下年)."""
    source = facts.refs.get("budget.carry_over")
    return source is not None and re.search(r"年末|结转下年", source.text) is not None


def _without_unsummed_carry_over(found: list[dict[str, object]], total: object) -> list[dict[str, object]]:
    """The income items without a 上年结转 row the stated total leaves out."""
    carry = [item for item in found if str(item["name"]).startswith("上年结转")]
    rest = [item for item in found if item not in carry]
    if not carry or not isinstance(total, Decimal):
        return found
    def amounts(items: list[dict[str, object]]) -> Decimal:
        return sum((Decimal(str(item["amount"])) for item in items), Decimal(0))
    return rest if amounts(found) != total and amounts(rest) == total else found
