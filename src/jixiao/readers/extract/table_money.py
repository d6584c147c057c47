"""Rows of a form's money block (年度资金总额 / 其中 rows under 年初预算数 | 全年预算数 | 全年执行数 | 分值 |
执行率 | 得分): the budget, its fund rows and the execution-rate indicator (read by :mod:`.money_block_rate`;
where a row stands among the others, :mod:`.money_block_rows`).

Each column keeps its own money unit (a header cell "全年执行数（元）" says it for its column; else the
table's caption or header; when neither says, 万元 is assumed and every amount read is marked as a
guess). A row whose cells do not fit their columns (a web page dropped an empty cell) is read by
content, as the flattened-text reader does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from jixiao.lexicon import pattern
from jixiao.numbers import to_wan
from jixiao.readers.document import Table
from jixiao.readers.extract.budget_figures import tidy
from jixiao.readers.extract.facts import Facts, IndicatorDraft, cell_ref, ref, same_value
from jixiao.readers.extract.money_block_cells import (
    AMOUNT_TEXT,
    CAPTION_WEIGHT,
    INCLUDES_NOTE,
    NUMBERING,
    POINTS_LINE,
    PROJECT_COLUMN,
    UNIT,
    UNIT_COLUMN,
    UNIT_NOTE,
    by_content,
    caption_merged_down,
    listing_kept,
    yuan_sized,
)
from jixiao.readers.extract.money_block_rate import block_rate, score_row, stated_rate
from jixiao.readers.extract.money_block_rows import (
    AMOUNT_ROLES,
    BY_NATURE,
    INCOME_OR_SPENDING_ITEM,
    adds_up_below,
    amount_below,
    by_nature,
    has_spending_total,
    is_part_label,
    nature_label,
    peer_below,
    total_below,
)
from jixiao.readers.extract.rate_rows import rate_row_cells
from jixiao.readers.extract.table_columns import money_role
from jixiao.readers.extract.values import number_in
from jixiao.readers.textnorm import compact, match_text

_FULL = Decimal(100)  # a rate of 100 %


@dataclass
class MoneyBlock:
    """The money block under one header row: its columns, each column's unit, and what was read."""

    header: dict[str, int]
    units: dict[str, str]
    unit_stated: bool
    caption_weight: tuple[Decimal, str] | None = None  # "预算执行情况（万元）（20分）": the rate's weight
    caption_at: str = ""  # where that caption was written, when a line over the table
    total_read: bool = False
    fund_rows: list[dict[str, Any]] = field(default_factory=list)
    number_col: int | None = None  # a 行次 column: each row's number, not part of its label
    captions: frozenset[str] = frozenset()  # the header's cells before its amounts (项目资金（万元）)
    totals: dict[str, Decimal] = field(default_factory=dict)  # the total row's amounts
    by_source: bool = False  # the label column is headed 资金来源: every row but 合计 is a fund row
    by_unit: bool = False  # the label column is headed 单位名称: a row a unit of the department's, 合计 the whole
    by_project: bool = False  # the label column is headed 项目名称: with two projects or more, a row is one project's
    by_part: bool = False  # the label column is headed 资金分项 (资金构成): a row is one part's, never the whole
    projects_passed: bool = False  # a project's (unit's) row of such a table passed over: the rows after it are peers
    summed_passed: bool = False  # rows adding up to a 合计 row below them were passed over: the rows after them too
    rate_draft: IndicatorDraft | None = None  # the total row's 预算执行率, still to take a score row's 得分
    in_subtotal: bool = False  # a 财政资金小计 row passed: the rows under it (①中央…, ②市级…) are its own parts
    rate_in_percent: bool = False  # the rate's header states its unit ("执行率(%)"): its cells need no % of their own
    total_guessed: bool = False  # a lone 基本支出 row read as the total: its 项目支出 and 合计 rows may be lost
    # a 基本支出 (项目支出) row passed as a cut of the total, then a 其中 row under it: the rows after that one up to
    # the next such row (其中：人员经费 | …, 公用经费 | …) are its parts too, never the total (its 合计 may be lost)
    nature_parts: bool | None = None

    @classmethod
    def from_header(cls, row: list[str], header: dict[str, int], table_unit: str | None,
                    above: tuple[str, str] = ("", "")) -> MoneyBlock:
        """``above``: the line right over the table (its text, its location) when this header is its first row."""
        units: dict[str, str] = {}
        for role in AMOUNT_ROLES:
            col = header.get(role)
            own = UNIT.search(match_text(row[col])) if col is not None else None
            units[role] = own.group(1) if own else (table_unit or "万元")
        stated = table_unit is not None or all(
            UNIT.search(match_text(row[c])) for role, c in header.items() if role in AMOUNT_ROLES)
        caption = " ".join(row[: min(header.values())])
        weight = CAPTION_WEIGHT.search(match_text(caption))
        if weight is None and "rate_score" in header:  # "得分（10分）" / "得分（满分10分）": the score's own header
            caption = row[header["rate_score"]]
            weight = CAPTION_WEIGHT.search(match_text(caption))
        caption_at = ""
        if weight is None and POINTS_LINE.fullmatch(re.sub(r"\s", "", match_text(above[0]))):
            (caption, caption_at), weight = above, CAPTION_WEIGHT.search(match_text(above[0]))
        number_col = next((c for c, cell in enumerate(row) if compact(cell) in NUMBERING), None)
        captions = frozenset(compact(UNIT_NOTE.sub("", c)) for c in row[: min(header.values())])
        return cls(header, units, stated, (Decimal(weight.group(1)), caption) if weight else None, caption_at,
                   number_col=number_col, captions=captions, by_source=any("来源" in c for c in captions),
                   by_unit=any(UNIT_COLUMN.fullmatch(c) for c in captions),
                   by_project=any(PROJECT_COLUMN.fullmatch(c) for c in captions),
                   by_part=any(pattern("fund_rows.part_column").fullmatch(c) for c in captions),
                   rate_in_percent="rate" in header and "%" in match_text(row[header["rate"]]))

    def read(self, table: Table, r: int, row: list[str], facts: Facts) -> tuple[bool, IndicatorDraft | None]:
        """(the row was a money row, the execution-rate indicator when the row scores it)."""
        if not self.total_read and not any(self.captions):
            self.captions = caption_merged_down(table, r, row, self.header)
        cells = by_content(row, self.header)
        raw: dict[str, tuple[Decimal, str | None, int]] = {}
        for role in AMOUNT_ROLES:
            text, col = cells.get(role, ("", -1))
            value = number_in(text)
            written = AMOUNT_TEXT.fullmatch(match_text(text).strip())
            if value is not None and written:
                raw[role] = (value, {"万": "万元"}.get(written.group(1) or "", written.group(1)), col)
        if not self.unit_stated and not self.total_read and yuan_sized(raw):
            self.units = dict.fromkeys(AMOUNT_ROLES, "元")  # still a guess: the unit is not stated
        amounts = {role: (tidy(to_wan(value, own or self.units[role])), col) for role, (value, own, col) in raw.items()}
        if score_row(self, table, r, row):
            return True, None
        if self.total_read and self.rate_draft is None and (rated := rate_row_cells(row)) is not None \
                and ("rate" not in self.header or "rate" not in rated):  # "执行率 | 97.91% | 分值 / 得分 | 10 / 9.79"
            # (or "执行率分值 | 10 | 得分 | 9.84": the points)
            self.rate_draft = block_rate(self, table, r, rated, facts)
            stated_rate(self, facts)
            return True, self.rate_draft
        label = self.label(row)
        if label in NUMBERING or label.startswith(("列次", "栏次")):  # the header's row of column numbers
            return True, None
        if money_role(label) in AMOUNT_ROLES:  # "项目 | 预算数 | 决算数" over "年初预算 | 318.60 |": the table on its
            self._named_budget_row(table, r, label, amounts, cells, facts)  # side, each row naming its amount
            return True, None  # (budget_rows reads the one-figure rows); 支出合计 is the block's row

        if INCOME_OR_SPENDING_ITEM.search(label) and has_spending_total(table):
            return True, None  # a 收支 table: income is not spending, spending by nature is no fund source
        if not self.total_read and by_nature(self, table, r, label):
            self.summed_passed = self.summed_passed or total_below(self, table, r)  # (its own parts below it too)
            self.nature_parts = False
            return True, None  # 基本支出 and 项目支出 before any total (their 合计 below them or left out): a cut of it
        total_label = bool(pattern("fund_rows.total").match(label))
        # (a row after a 其中 row with no total read above it: one more part of a total the text does not show, its
        # row lost or cut off, never that total: "其中：中央财政资金 | 730.40 |" / "地方资金 | 81.14 |")
        is_part = self.by_source or is_part_label(label) \
            or (bool(self.fund_rows) and not self.total_read and not total_label)
        if self.nature_parts is not None and not self.total_read and not total_label:
            if self.nature_parts and not label.startswith("其中"):
                facts.offers += 1
                return True, None  # 公用经费 after 其中：人员经费: a part of the 基本支出 row above, not the total
            self.nature_parts = self.nature_parts or label.startswith("其中")
        if not total_label and not is_part and not self.total_read \
                and (self.summed_passed or adds_up_below(self, table, r)):
            self.summed_passed = True  # (rows of units or parts, however the label column is headed: 合计 is
            facts.offers += 1  # the whole)
            return True, None
        if (self.by_unit or self.by_project or self.by_part) and not total_label and not self.total_read \
                and (total_below(self, table, r) or self.projects_passed or peer_below(self, table, r)):
            self.projects_passed = True
            facts.offers += 1  # the row is understood (one unit's or one project's money): the table is not unread
            return True, None  # 局机关本级 | 县教师发展中心 … over 合计: the department's money is the 合计 row's;
            # 项目名称 | 全年预算数 … (单位名称 | …) with a row for each of several projects (units) and no 合计 (an
            # excerpt's or a dropped line's): none is the report's money
        if not amounts:  # a blank 其他资金 row still belongs to the block; anything else ends it
            scored = any(cells.get(role, ("", 0))[0] for role in ("rate", "rate_score"))
            if total_label and not self.total_read and scored:
                self.total_read = True  # the total row's amounts blank (or unreadable), its rate and score written
                return True, block_rate(self, table, r, cells, facts)
            return is_part or total_label, None
        if total_label and self.total_read and {role: value for role, (value, _) in amounts.items()} == self.totals:
            return True, None  # the total row said again (a page's repeat, a clerk's copy): no part of itself
        if self.total_read and not is_part and not self._next_part(amounts):
            return False, None  # a list of projects, not the total's fund rows: the block ends
        if self.by_source:  # 中央 | 省级 | 合计 as rows under 资金来源: only the 合计 row is the total
            # (one source alone, no 合计 and no other row of money: its row is the whole money)
            is_part = not total_label and (self.total_read or bool(self.fund_rows) or amount_below(self, table, r))
        total = not self.total_read and (total_label or not is_part)
        if not total:
            self._part(table, r, label, amounts, facts)
            if self._rate_below(amounts, facts):  # 年度总金额's rate cells empty, its one fund row's written
                self.rate_draft = block_rate(self, table, r, cells, facts)
                return True, self.rate_draft
            return True, None
        # (a lone 基本支出 row, or one source's row under 资金来源 with no 合计: the whole only if no row was lost)
        self.total_guessed = BY_NATURE.fullmatch(nature_label(label)) is not None \
            or (self.by_source and not total_label)
        self.total_read = True
        self.totals = {role: value for role, (value, _) in amounts.items()}
        for role, label in (("executed", "全年执行数"), ("rate", "执行率")):
            if role in self.header and not cells.get(role, ("", 0))[0]:  # the total row leaves it empty
                facts.blank.append(ref(table.cell_location(r, self.header[role]), f"{label}为空"))
        other_form = facts.money_total_read and _another_total(amounts, facts)
        facts.money_total_read = True
        for role, (value, col) in amounts.items():
            if other_form and f"budget.{role}" not in facts.values:
                continue  # another form's total fills no cell the report's own total row left empty
            source = self._ref(table, r, col, row)
            facts.put(f"budget.{role}", value, source.model_copy(update={"guessed": True}) if self.total_guessed
                      else source)
        if amounts and not facts.has("budget.source_unit"):  # the unit of the first amount's column (a guess unstated)
            _, col = amounts.get("executed") or next(iter(amounts.values()))
            shown = {"千元": "元"}.get(self.units["executed"], self.units["executed"])  # (no 千元 among the model's)
            facts.replace("budget.source_unit", shown, self._ref(table, r, col, row))
        self.rate_draft = block_rate(self, table, r, cells, facts)
        self._one_figure_at_full_rate(table, r, row, (amounts, cells), facts)
        return True, self.rate_draft

    def _one_figure_at_full_rate(self, table: Table, r: int, row: list[str],
                                 read: tuple[dict[str, tuple[Decimal, int]], dict[str, tuple[str, int]]],
                                 facts: Facts) -> None:
        """"部门整体支出总额 | 500.5 | 100% | 20" under 预算数(A) | 执行数(B) | 执行率 | 得分: the total row's one
        figure for the two amount columns, at the rate of 100 % its own cell states, is both amounts; the other one
        is the same figure, guessed (a third amount, 年初预算数, in the header leaves the figure's column open)."""
        amounts, cells = read
        if set(amounts) not in ({"adjusted"}, {"executed"}) or "initial" in self.header \
                or not {"adjusted", "executed"} <= set(self.header):
            return
        rate_text = cells.get("rate", ("", -1))[0]
        if "%" not in rate_text or number_in(rate_text) != _FULL:
            return
        ((role, (value, col)),) = amounts.items()
        other = "executed" if role == "adjusted" else "adjusted"
        if not facts.has(f"budget.{other}"):
            facts.put(f"budget.{other}", value, self._ref(table, r, col, row).model_copy(update={"guessed": True}))

    def _named_budget_row(self, table: Table, r: int, label: str, amounts: dict[str, tuple[Decimal, int]],
                          cells: dict[str, tuple[str, int]], facts: Facts) -> None:
        """"预算数 | 执行数 | 执行率" over "全年预算 | 3412.80 | 3247.16 | 95.15%": a row naming the year's budget
        with its spending and rate beside it (a one-figure row is a label and its value, read by budget_rows)."""
        if money_role(label) != "adjusted" or "adjusted" not in amounts or "executed" not in amounts:
            return
        for role in ("adjusted", "executed"):
            value, col = amounts[role]
            facts.put(f"budget.{role}", value, self._ref(table, r, col, table.rows[r]))
        text, col = cells.get("rate", ("", -1))
        rate = number_in(text) if "%" in text else None
        if rate is not None:
            facts.put("budget.stated_execution_rate", rate, cell_ref(table, r, col, text), "预算执行率")

    def _rate_below(self, amounts: dict[str, tuple[Decimal, int]], facts: Facts) -> bool:
        """A fund row holding the block's rate: the total row wrote none (no rate, no score), and this row's
        amounts are the total's own (its only source: "其中：财政拨款" beside "年度总金额", the same figures)."""
        return (self.total_read and self.rate_draft is None and not facts.has("budget.stated_execution_rate")
                and bool(amounts) and all(self.totals.get(role) == value for role, (value, _) in amounts.items()))

    def label(self, row: list[str]) -> str:
        """The row's label: its cells before the first amount, less its 行次 and a merged caption cell
        ("项目资金（万元） | 其中：当年财政拨款": the block's caption, repeated down a merged first column)."""
        first_money = min(c for role, c in self.header.items() if role in AMOUNT_ROLES)
        cells = [compact(INCLUDES_NOTE.sub("", UNIT_NOTE.sub("", cell))) for col, cell in enumerate(row[:first_money])
                 if col != self.number_col]
        own = [cell for cell in dict.fromkeys(cells) if cell and cell not in self.captions]
        return "".join(own) or "".join(dict.fromkeys(cells)) or compact(row[0])

    def _ref(self, table: Table, r: int, col: int, row: list[str]) -> Any:
        source = cell_ref(table, r, col, row[col])
        return source if self.unit_stated else source.model_copy(update={"guessed": True})

    def _next_part(self, amounts: dict[str, tuple[Decimal, int]]) -> bool:
        """A row under the 其中 rows that names no fund source of the lexicon (地方配套资金 after 其中：中央补助资金):
        one more part when, with the parts above it, it stays within the total in every column."""
        if not self.fund_rows or not amounts or not self.totals:
            return False
        return all(role in self.totals and sum((part.get(role, Decimal(0)) for part in self.fund_rows), value)
                   <= self.totals[role] for role, (value, _) in amounts.items())

    def _part(self, table: Table, r: int, label: str, amounts: dict[str, tuple[Decimal, int]], facts: Facts) -> None:
        spread = self._spread(amounts)
        if spread is None:
            amounts = {role: found for role, found in amounts.items() if not self._run_together(found[0])}
        else:
            amounts = spread
        if not amounts:
            return
        subtotal = label.endswith("小计")
        if self.in_subtotal and not subtotal:
            return  # 财政资金小计 over ①中央及省级 / ②市级财政资金: the subtotal is the fund row, not its parts too
        self.in_subtotal = subtotal
        name = listing_kept(table.rows[r], re.sub(r"^其中\s*[:：]?\s*", "", label).strip(" :："))
        entry: dict[str, Any] = {"name": name, **{role: value for role, (value, _) in amounts.items()}}
        self.fund_rows.append(entry)
        # (a row whose figures were split out of a fused run, or spread over its columns, is a guess: the rows too)
        guessed = spread is not None or any((r, col) in table.guessed for _, col in amounts.values())
        if not facts.has("budget.fund_rows"):
            facts.put("budget.fund_rows", self.fund_rows, ref(table.row_location(r), label, guessed=guessed))
        else:
            _fill_stated(facts.get("budget.fund_rows"), entry)
            source = facts.refs["budget.fund_rows"]
            if guessed and not source.guessed:
                facts.replace("budget.fund_rows", self.fund_rows, source.model_copy(update={"guessed": True}))
        if re.search(r"结转", label):
            value = amounts.get("adjusted", amounts.get("initial"))
            if value is not None:
                facts.put("budget.carry_over", value[0], self._ref(table, r, value[1], [label] * (value[1] + 1)))

    def _spread(self, amounts: dict[str, tuple[Decimal, int]]) -> dict[str, tuple[Decimal, int]] | None:
        """"其中：本年财政拨款2020" under a total row of 20 | 20: a fund row's one figure that is every amount of the
        total row run together, in the header's column order, is the fund row holding the total's amounts (the only
        fund source; a guess: the viewer dropped the spaces between its figures)."""
        if len(amounts) != 1 or len(self.totals) < 2:
            return None
        (value, _), = amounts.values()
        roles = sorted((role for role in self.totals if role in self.header), key=lambda role: self.header[role])
        if len(roles) != len(self.totals) or f"{value.normalize():f}" != "".join(
                f"{self.totals[role].normalize():f}" for role in roles):
            return None
        return {role: (self.totals[role], self.header[role]) for role in roles}

    def _run_together(self, value: Decimal) -> bool:
        """"其中：本年财政拨款2020" under a total of 20 | 20: a fund row's figure above the block's total that is
        two of the total's figures run together (a viewer dropped the space between them)."""
        if not self.totals or value <= max(self.totals.values()):
            return False
        written = [f"{total.normalize():f}" for total in self.totals.values()]
        return f"{value.normalize():f}" in {a + b for a in written for b in written}



def _fill_stated(rows: list[dict[str, Any]], entry: dict[str, Any]) -> None:
    """"其中中央资金200万元、省级资金100万元…" read from the text first: the form's row of the same name gives the
    amounts the sentence left out (年初, 执行), when it agrees with the sentence on the amounts both state."""
    same = next((row for row in rows if row is not entry and row.get("name") == entry["name"]), None)
    if same is not None and all(same.get(role, value) == value for role, value in entry.items()):
        for role, value in entry.items():
            same.setdefault(role, value)


def lone_rate_row(table: Table, r: int, row: list[str], facts: Facts) -> IndicatorDraft | None:
    """"执行率 | 97.91% | 分值 / 得分 | 10 / 9.79" set apart from the money block above it (a text's rows split into
    tables of their own): the execution rate and its points all the same. A block label merged down the block's
    rows ("项目资金（万元）" before 执行率 in every row a sheet gives for the merge) is no cell of the row."""
    above = table.rows[r - 1] if r else []
    lead = next((c for c, cell in enumerate(row) if c >= len(above) or not cell.strip() or cell != above[c]), len(row))
    cells = rate_row_cells([""] * lead + row[lead:])
    return block_rate(MoneyBlock({}, {}, False), table, r, cells, facts) if cells is not None else None


def _another_total(amounts: dict[str, tuple[Decimal, int]], facts: Facts) -> bool:
    """A total row whose amounts differ from the budget an earlier money table's total gave: another form's
    money on the same page (a .docx of several projects' forms, "年度资金总额 | | 26 | 26 …" for the first project,
    "年度资金总额 | 35 | 35 | 35 …" for the next). Its amounts still meet the first (a differing one is warned of), but
    none fills a cell the first total left empty: the page's first form leaves its 年初 blank, not 35."""
    return any(f"budget.{role}" in facts.values and not same_value(facts.values[f"budget.{role}"], value)
               for role, (value, _) in amounts.items())
