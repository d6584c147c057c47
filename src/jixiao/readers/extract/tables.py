"""Facts from tables: the project score table, the whole-unit table (domain.md §7), any summary
score table, and label | value tables. Each kind of row is read by its own module."""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.lexicon import pattern
from jixiao.model import SourceRef
from jixiao.readers.cells import SERIAL_OUTLINE
from jixiao.readers.document import Table
from jixiao.readers.extract.block_scores import block_score_rows, read_block_row
from jixiao.readers.extract.bracketed_scores import unbracketed
from jixiao.readers.extract.category_tables import category_tables
from jixiao.readers.extract.centred_levels import centred_levels
from jixiao.readers.extract.continued_tables import Continued
from jixiao.readers.extract.facts import Facts, IndicatorDraft, cell_ref, cells_ref, ref
from jixiao.readers.extract.flow_columns import flow_columns
from jixiao.readers.extract.goal_table_rows import goal_targets, grade_heads, unshifted
from jixiao.readers.extract.income_spending_blocks import income_spending_blocks
from jixiao.readers.extract.income_spending_halves import halves_header, income_spending_halves
from jixiao.readers.extract.merged_note_rows import merged_note
from jixiao.readers.extract.merged_rows import merged_statement
from jixiao.readers.extract.money_nature_columns import nature_sub_header, spending_by_columns, spending_by_stage_rows
from jixiao.readers.extract.score_columns import guessed_scores
from jixiao.readers.extract.stacked_pairs import unstacked
from jixiao.readers.extract.table_amounts import budget_rows, is_pair_row, side_by_side_funds, transposed_funds
from jixiao.readers.extract.table_columns import (
    goal_table,
    indicator_headers,
    labelled_indicator_row,
    money_header,
    two_row_header,
    weightless_header,
)
from jixiao.readers.extract.table_indicator_cells import row_cell, split_block_weight
from jixiao.readers.extract.table_indicators import indicator_row
from jixiao.readers.extract.table_labels import key_values
from jixiao.readers.extract.table_money import MoneyBlock, lone_rate_row
from jixiao.readers.extract.table_spending import (
    spending_by_category,
    spending_by_direction,
    spending_by_year,
    spending_label_cells,
)
from jixiao.readers.extract.table_total_row import TOTAL_ROW, subtotal_before_total, subtotal_row, total_row
from jixiao.readers.extract.template_notes import template_note_rows
from jixiao.readers.extract.values import number_in
from jixiao.readers.textnorm import compact, match_text

# 万元 / 亿元 / 千元 anywhere; 元 alone only where written as a unit ("（元）", "单位：元", a cell "元"), never the
# 元 of a place name (庆元县, 元谋县, 元宝区); a run of spaces before 元 is tried from its second space only, where the
# leftmost match starts (a header of 10,000 blank cells took 4 s)
_UNIT_WORD = re.compile(r"(亿元|万元|千元)|(?:单位\s*:?|[(/:]|(?<!\S)(?<!\s\s))\s*(元)(?![\u4e00-\u9fff])")


def list_header(row: list[str]) -> bool:
    """A list's header row: a 序号 cell first, two words or more after it, no figure in any cell."""
    cells = [compact(cell) for cell in row if compact(cell)]
    return len(cells) >= 3 and bool(pattern("list_header_lead").fullmatch(cells[0])) \
        and not any(any(ch.isdigit() for ch in cell) for cell in cells)


def _unit_of(table: Table, caption: str) -> str | None:
    """The unit of a table's amounts: the one its own head rows state ("单位：元" in a row merged across), else the
    first unit word of its caption and head rows (the paragraph above may be prose with its own 万元 figures)."""
    head = " ".join(" ".join(dict.fromkeys(r)) for r in table.rows[:3])
    stated = _stated_unit(head)
    if stated is not None:
        return stated
    match = _UNIT_WORD.search(match_text(caption + " " + head))
    return (match.group(1) or match.group(2)) if match else None


_STATED_UNIT = re.compile(r"单位\s*:?\s*(亿元|万元|千元|元)(?![\u4e00-\u9fff])")  # "金额单位：元", "单位：万元"


def _stated_unit(line: str) -> str | None:
    """The unit a form's line states for its amounts ("（2024年度） 金额单位：元"), when it does."""
    match = _STATED_UNIT.search(match_text(line)) if "单位" in line else None
    return match.group(1) if match else None


_OUTLINE_NUMBER = re.compile(r"^(?:[（(][一二三四五六七八九十]{1,3}[）)]"
                             r"|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．])")
# "（35分）", "（共3项，分值40分，得分40分）：": the block's points (and what else its bracket says), its colon
_POINTS = re.compile(r"[（(][^（()）]{0,24}?\d+(?:\.\d+)?分[^（()）]{0,24}[）)][:：]?$|[:：]$")


_CAPTION_WORDS = re.compile(r"^(?:附?表\d{1,2}[-.]?\d{0,2}[:]?)|(?:完成|实现)?情况(?:表)?$|一览表$")


def caption_level(caption: str) -> str | None:
    """The 一级 a heading right above a table names ("（一）产出指标（35分）" → 产出指标); None for other captions."""
    text = _POINTS.sub("", _OUTLINE_NUMBER.sub("", re.sub(r"\s", "", match_text(caption))))
    text = _CAPTION_WORDS.sub("", text)  # "表2 效益指标完成情况": the table's number and 完成情况 around the level
    if not text or len(text) > 12 or not pattern("levels.level1").match(text):
        return None
    return text


_HEADING_NUMBER = re.compile(r"^(?:[一二三四五六七八九十]+[、.]|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.．])\s*")


def level_row(row: list[str]) -> tuple[str, str, Decimal | None] | None:
    """A row that only names a level (a bold "**产出指标（60分）**" row of a Markdown table, a cell merged
    across the row, "一、产出指标（50分）" over "（一）数量指标"): which level, its name and the block weight,
    carried down to the rows below."""
    cells = list(dict.fromkeys(cell.strip() for cell in row if compact(cell)))
    # "1.1 | 数量指标" under "1 | 产出指标" in a 序号 column: the outline's number, then the level's name
    serial = SERIAL_OUTLINE.fullmatch(cells[0]) if len(cells) == 2 else None
    if serial is not None:
        cells = cells[1:]
    if len(cells) != 1:
        return None
    text = cells.pop()
    number = _HEADING_NUMBER.match(text)
    name, weight = split_block_weight(text[number.end():] if number else text)
    # "（一）服务对象满意度指标" under "三、满意度指标": a bracketed number heads a 二级, as "1.1" does
    second = (number is not None and number.group(0)[0] in "(（") \
        or (serial is not None and "." in serial.group())
    order = ("level2", "level1") if second else ("level1", "level2")
    level = next((level for level in order if pattern(f"levels.{level}").match(name)), None)
    return (level, name, weight) if level is not None else None


def outline_level_row(row: list[str], header: dict[str, int]) -> tuple[str, str, Decimal | None] | None:
    """A heading row of an outline down the name column of a table with no level columns ("一、产出指标 | 50 | | |
    48.5" over "（一）数量指标 | 20 | | | 20" over "1.某某次数 | 10 | ≥48次 | 52次 | 10"): a numbered level word with
    its block's points and score and no value of its own — the level of the rows below, no indicator."""
    if any(level in header for level in ("level1", "level2", "levels")):
        return None
    name = row_cell(row, header, "name").strip()
    if not _HEADING_NUMBER.match(name) or row_cell(row, header, "target") or row_cell(row, header, "actual"):
        return None
    named = level_row([name])
    if named is None:
        return None
    level, words, weight = named
    return level, words, weight if weight is not None else number_in(row_cell(row, header, "weight"))


def _carry_level(table: Table, r: int, named: tuple[str, str, Decimal | None], previous_levels: dict[str, str],
                 level_refs: dict[str, SourceRef], facts: Facts) -> None:
    """A level row's level carried down to the rows below, cited at its cell; a 一级's block weight kept."""
    level_kind, level_name, block_weight = named
    row = table.rows[r]
    previous_levels[level_kind] = level_name
    written = next(c for c, cell in enumerate(row) if cell.strip())  # (a merged row repeats it)
    level_refs[level_kind] = cell_ref(table, r, written, row[written])
    if level_kind == "level1":
        previous_levels.pop("level2", None)
        level_refs.pop("level2", None)
    if level_kind == "level1" and block_weight is not None \
            and level_name not in facts.get("stated_block_weights", {}):
        facts.put_entry("stated_block_weights", level_name, block_weight,  # (a guess where a cell of it was)
                        cells_ref(table, table.row_location(r), " ".join(row).strip(),
                                  [(r, c) for c in range(len(row))]))


def extract_table_facts(table: Table, caption: str, facts: Facts, caption_at: str = "",
                        goes_on: Continued | None = None, form_line: str = "") -> list[IndicatorDraft]:
    """Every fact of one table; ``goes_on``: what it takes from the indicator table it continues; ``form_line``:
    the line over the run of tables this one closes up to (a flattened form read as several tables)."""
    goes_on = goes_on or Continued()
    drafts: list[IndicatorDraft] = []
    table = unstacked(table)  # 年度目标 / 实际完成 rows of one indicator: side by side
    table = unbracketed(table)  # "分值（得分）" over "10（9）": a weight column and a score column
    unit = _unit_of(table, caption) or _stated_unit(form_line)
    transposed_funds(table, unit or "万元", facts)
    halves = income_spending_halves(table, unit or "万元", facts)
    income_spending_blocks(table, unit or "万元", facts)  # "收入 | 合计 | …" over " | 2541.08 | …"
    category_tables(table, caption, unit or "万元", facts)  # "收入项目 | 金额" rows; 收入 categories over figures
    if not flow_columns(table, unit or "万元", facts):  # 上年结转 | 本年收入 | 本年支出 | 年末结转 by fund
        budget_rows(table, unit or "万元", facts, with_items=not halves)  # (a side-by-side table's items are read)
    side_by_side_funds(table, unit or "万元", facts)
    categories = spending_by_category(table, unit, facts)  # rows no money block may take for its total
    spending_label_cells(table, unit, facts)  # "基本支出总额 | 864.2万 | 项目支出总额 | 0"
    spending_by_direction(table, unit, facts)  # "资金使用方向 | 实际支出金额" over "基本支出 | 2465.39"
    spending_by_year(table, unit, facts)  # "实际明细支出 | 年度 | 市本级支出 | …" over "2022 | 18273.72 | …"
    spending_by_stage_rows(table, unit, facts)  # "预算资金 | 合计 | 基本支出 | 项目支出" over "全年执行数 | …"
    header: dict[str, int] | None = goes_on.columns  # (a table going on under the header of the one before)
    side_by_side: list[dict[str, int]] = []  # the further blocks of a table with two indicators per row
    previous_levels: dict[str, str] = dict(goes_on.levels)
    level_refs: dict[str, SourceRef] = dict(goes_on.refs)  # where each carried level was written
    level = caption_level(caption)
    if level is not None:  # "（一）产出指标（35分）" over a table without a 一级 column: its rows' 一级
        previous_levels["level1"] = level
        level_refs["level1"] = ref(caption_at or table.row_location(0), caption)
    money: MoneyBlock | None = None
    sub_header_at = header_at = -1
    summary: dict[int, str] = {}  # rows of a block-score table: block → its weight, money → 预算执行率
    notes = template_note_rows(table)
    if goes_on.header is not None:  # the lone 合计 row of the table before, read by content against its header
        total_row(table, 0, table.rows[0], goes_on.header, facts)
        return drafts
    for r in range(len(table.rows)):
        row = table.rows[r]  # (as the level cells a viewer centred were filled in)
        if r == sub_header_at or r in categories or r in notes:  # (a note's figures are no unit's facts)
            continue
        labelled = labelled_indicator_row(row)
        if labelled is not None:
            draft = indicator_row(table, r, row, labelled, previous_levels, facts, level_refs)
            if draft is not None:
                drafts.append(draft)
                continue
        found_all = indicator_headers(row)
        if not found_all and r + 1 < len(table.rows):
            weak = weightless_header(row, table.rows[r + 1])
            found_all = [weak] if weak is not None else []
        if found_all:
            header, side_by_side, money, header_at = found_all[0], found_all[1:], None, r
            header = goal_targets(table, r, header) if goal_table(header) else header  # 绩效目标 | 3200平方米
            whole = two_row_header(table.rows, r)
            if whole is not None:  # 年度指标值 over 指标性质 | 指标值 | 度量单位: one header of both rows
                header, side_by_side, sub_header_at = whole, [], r + 1
            summary = block_score_rows(table, r, header)
            table = guessed_scores(table, r, header)
            if "level1" not in previous_levels:  # (a 一级 carried from the table this one continues, its caption
                table = centred_levels(table, r, header)  # or the rows above is the first rows' own: read top-down)
            continue
        if halves and halves_header(row):  # 按收入性质分 | 全年预算数 | 按支出性质分 | 全年执行数 under the money
            money = None  # block: the unit's income and spending (read above), not the budget's fund rows
            continue
        found_money = None if is_pair_row(row) else money_header(row)
        split = nature_sub_header(table, r, found_money) if found_money else None
        if found_money and split is not None:  # 年初预算数 … over 合计 | 基本支出 | 项目支出: each stage's 合计
            found_money, sub_header_at = split[0], r + 1
        if found_money:
            money = MoneyBlock.from_header(row, found_money, _unit_of(Table([row], table.name), "") or unit,
                                           (caption, caption_at) if r == 0 else ("", ""))
            if split is not None:  # the 全年执行数's 基本支出 / 项目支出 columns: the spending's parts, in its unit
                spending_by_columns(table, r + 1, split[1], found_money["executed"],
                                    (money.units["executed"], not money.unit_stated), facts)
            header = None
            continue
        first = next((compact(cell) for cell in row[:3] if compact(cell)), "")
        # (under a 序号 column a flattened subtotal's label may land past the first three cells)
        if header is not None and list_header(row):
            header = None  # "序号 | 支出内容 | 金额": another table's header, the indicator rows' 总分 lost above it
            continue
        if header is not None and subtotal_row(row):
            continue  # a block's subtotal (产出指标小计 | 50 | 43.59) sums the rows above: not an indicator
        if header is not None and TOTAL_ROW.match(first) and subtotal_before_total(table, r, header):
            continue  # 合计 | 90 | 89 over 自评总分 | 98.72: the indicators' sum, the total below
        if header is not None and TOTAL_ROW.match(first):
            if not merged_statement(table, r, row, facts):  # "自评得分：96.78分（优）" merged across: a line of text
                total_row(table, r, row, header, facts)
            if r > max(header_at, sub_header_at) + 1:  # a 合计 row right under the header leads the rows it sums
                header = None
            continue
        if header is not None and r in summary:
            if (money_row := read_block_row(table, r, summary[r], header, facts)) is not None:
                drafts.append(money_row)
            continue
        if header is not None and goal_table(header):
            if grade_heads(row):  # 优 | 良 | 中 | 差 under 绩效标准: the header's second row
                continue
            row = unshifted(row, header)  # a merged 指标类型 left out, an empty cell padding the row's end
        if header is not None and (outlined := outline_level_row(row, header)) is not None:
            _carry_level(table, r, outlined, previous_levels, level_refs, facts)
            continue
        if header is not None and merged_note(table, r, row, drafts):
            continue  # "偏差原因及改进措施：…" merged across under an indicator: that indicator's note
        if header is not None:
            draft = indicator_row(table, r, row, header, previous_levels, facts, level_refs)
            if draft is not None and goal_table(header):
                draft.goal = True
            more = [d for block in side_by_side if (d := indicator_row(table, r, row, block, {})) is not None]
            if draft is not None and level is not None and "level1" not in header and "level1" in draft.fields \
                    and draft.fields["level1"] == level:  # the 一级 is the heading's, cited there
                draft.refs["level1"] = ref(caption_at or table.row_location(0), caption)
            if draft is not None or more:
                drafts.extend(([draft] if draft is not None else []) + more)
                continue
            named = level_row(row)
            if named is not None:
                _carry_level(table, r, named, previous_levels, level_refs, facts)
                continue
        if money is not None:
            used, draft = money.read(table, r, row, facts)
            if draft is not None:
                drafts.append(draft)
            if used:
                continue
            money = None
        if money is None and header is None and (rated := lone_rate_row(table, r, row, facts)) is not None:
            drafts.append(rated)
            continue
        key_values(table, r, row, facts)
    return drafts
