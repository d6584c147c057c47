"""Indicator rows of a score table (一级 | 二级 | 三级指标 | 指标值 | 完成值 | 分值 | 得分 …): the row read into an
indicator, its cells realigned when they do not fit their columns (what its cells write in ``table_indicator_cells``,
a row cut short in ``table_indicator_cuts``, the 总分 row in ``table_total_row``)."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from typing import Any

from jixiao.model import SourceRef
from jixiao.readers.align import align, indicator_check
from jixiao.readers.cells import fit
from jixiao.readers.document import Table
from jixiao.readers.extract.facts import Facts, IndicatorDraft, cell_ref
from jixiao.readers.extract.joined_levels import joined_levels
from jixiao.readers.extract.ocr_dash import OCR_DASH, without_glued_dash
from jixiao.readers.extract.sentence_values import sentence_pair
from jixiao.readers.extract.table_columns import is_fraction_cell, weight_in_cell
from jixiao.readers.extract.table_indicator_cells import (
    BRACKETED_TARGET,
    CORE_MARK,
    CROSS_REFERENCE,
    NAME_FULL_STOP,
    NOTE_MARK,
    TARGET_AND_ACTUAL,
    TEMPLATE_NUMBER,
    UNSTATED,
    VALUE_NOTE_MARK,
    cell_is_header,
    column_numbers_row,
    comparison,
    note_blanks,
    noted_deduction,
    reason_column,
    row_cell,
    split_block_weight,
    unit_after_name,
    weightless_row,
)
from jixiao.readers.extract.table_indicator_cuts import (
    block_of_a_cut_row,
    cut_by_the_end,
    cut_level_row,
    shifted_figure,
)
from jixiao.readers.extract.values import UNIT_WORDS, is_deadline, month_date, number_in, parse_actual, parse_target
from jixiao.readers.textnorm import match_text

_NUMERIC = {"weight", "score", "number", "coefficient", "name"}  # cells whose kind a column fixes


def realigned(table: Table, r: int, row: list[str], header: dict[str, int]) -> tuple[Table, list[str]]:
    """The row by content when its cells do not fit their columns (a page dropped an empty cell, a
    merged first cell left the row short): the cells moved, each marked as a guess."""
    placed = [(role, col) for role, col in header.items()
              if role in _NUMERIC and col < len(row) and row[col].strip()]
    if all(fit(role, row[col]) is not None for role, col in placed) or not row_cell(row, header, "name"):
        return table, row  # the figures sit where figures go (levels and names may be any words)
    cells: list[tuple[str, int]] = []
    for col, text in enumerate(row):
        if text.strip() and (not cells or cells[-1][0] != text.strip()):
            cells.append((text.strip(), col))
    roles = [role for role, _ in sorted(header.items(), key=lambda item: item[1])]
    reading = align([text for text, _ in cells], roles, indicator_check)
    if reading.score == float("-inf") or "name" not in reading.cells:
        return table, row
    moved = [""] * max(len(row), max(header.values()) + 1)
    for role, text in reading.cells.items():
        moved[header[role]] = text
    guessed = {(r, header[role]) for role in reading.cells}
    return replace(table, guessed=table.guessed | guessed), moved


def _open_levels(table: Table, r: int, row: list[str], header: dict[str, int], previous: dict[str, str],
                 carried: dict[str, SourceRef] | None) -> None:
    """The level cells a row of no indicator writes, the levels of the rows below it (a flattened copy leaves
    them empty there, where a Word table repeats its merged cell)."""
    for level in ("level1", "level2"):
        text = row_cell(row, header, level)
        if text:
            if level == "level1" and text != previous.get("level1"):
                previous.pop("level2", None)
            previous[level] = text
            if carried is not None:
                carried[level] = cell_ref(table, r, header[level], text)


def indicator_row(table: Table, r: int, row: list[str], header: dict[str, int],
                  previous: dict[str, str], facts: Facts | None = None,
                  carried: dict[str, SourceRef] | None = None) -> IndicatorDraft | None:
    """The indicator a row of cells holds, or None. A level cell the row leaves empty takes the level
    above (``previous``: level → name, kept up to date here), cited where it was written (``carried``:
    level → that cell or heading row; the row's own empty cell when not known)."""
    if column_numbers_row(row):  # "1 | 2 | 3 | … | 8" under the header: the columns' numbers, no indicator
        return None
    if r in table.unread_before:  # after a line no reader took, maybe a row of another level: no level carried
        previous.clear()
        if carried is not None:
            carried.clear()
    unstated = bool(UNSTATED.match(row_cell(row, header, "weight")))  # 【待补充：分值】: no weight, said so
    if unstated:
        row = [cell if c != header["weight"] else "" for c, cell in enumerate(row)]
    table, row = realigned(table, r, row, header)
    raw_name = row_cell(row, header, "name")
    bracketed = BRACKETED_TARGET.match(raw_name) if "name_target" in header and "target" not in header else None
    if bracketed is not None:  # "培训人次（≥200人次）" under 三级指标（年度指标值）: the name, then its target
        raw_name = bracketed.group(1).strip()
    core_mark = CORE_MARK.match(raw_name)  # "★补助鱼塘面积": a core indicator (注：★为核心指标)
    name = NOTE_MARK.sub("", TEMPLATE_NUMBER.sub("", raw_name[core_mark.end():] if core_mark else raw_name))
    name = NAME_FULL_STOP.sub("", CROSS_REFERENCE.sub("", name))
    weight = number_in(row_cell(row, header, "weight"))
    score_text = row_cell(row, header, "score")
    weight_col = header.get("weight")
    if weight is None and weight_col is None and is_fraction_cell(score_text):  # "18/20": score over weight
        weight, weight_col = number_in(match_text(score_text).split("/")[1]), header["score"]
    in_cell = weight_in_cell(name) if weight is None and weight_col is None else None
    if in_cell is not None:  # "相关性（5分）": the weight printed in the name's cell
        name, weight, weight_col = in_cell[0], Decimal(in_cell[1]), header["name"]
    if not name and raw_name.strip():  # "指标1：" and nothing after it: a template's empty slot opens its levels
        _open_levels(table, r, row, header, previous, carried)
    if not name or cell_is_header(name):
        return None
    if weight_col is None and not weightless_row(row, header):
        if not cut_by_the_end(table, r, row, header):
            return None
        # a form with no 分值 column cut in its last row ("质量指标 | 某某准确率 | 10" at the excerpt's end): the row's
        # indicator, and the cell the cut went through ("10" of "100%"?) no value
        last = max(c for c, cell in enumerate(row) if cell.strip())
        if last != header["name"]:
            row = [cell if c != last else "" for c, cell in enumerate(row)]
    if weight is None and weight_col is not None and not unstated and not cut_by_the_end(table, r, row, header):
        block_of_a_cut_row(table, r, row, header, facts)
        return None
    if cut_level_row(table, r, row, header, name):
        return None
    name_unit = unit_after_name(name, row, header)
    draft = IndicatorDraft()
    draft.put("name", name, cell_ref(table, r, header["name"], name))
    if facts is not None:
        note_blanks(table, r, row, header, facts)
    if weight is not None and weight_col is not None:  # else the weight stays unstated (None), never invented
        if shifted_figure(table, r, header, weight, number_in(score_text)):
            table = replace(table, guessed=table.guessed | {(r, weight_col)})
        draft.put("weight", weight, cell_ref(table, r, weight_col, row[weight_col].strip()))
    number = number_in(row_cell(row, header, "number"))
    if number is not None and number == number.to_integral_value():
        draft.put("number", int(number), cell_ref(table, r, header["number"], row_cell(row, header, "number")))
    # a cell merged across the levels and the name repeats the name in each: no level of its own; a level2
    # that merely equals the name (满意度指标 | 服务对象满意度 | 服务对象满意度) is the form's own
    merged = row_cell(row, header, "level1") == name
    joined = joined_levels(row_cell(row, header, "levels"), "level1" in header)  # 指标类型 "产出指标-数量指标"
    # a merged 二级 cell lies inside its 一级 block: a new block starts without it (a row shifted left, its 二级
    # in the 一级 column, starts none)
    stated = split_block_weight(row_cell(row, header, "level1"))[0]
    if stated and stated not in (split_block_weight(previous.get(level, ""))[0] for level in ("level1", "level2")):
        previous.pop("level2", None)
    for level in ("level1", "level2"):
        text, at = row_cell(row, header, level), header.get(level, 0)
        if not text and level in joined:
            text, at = joined[level], header["levels"]
        elif not text and joined:  # "效益指标" under "产出指标-数量指标": the 二级 above is not this row's
            previous.pop(level, None)
        source = None
        if text:
            previous[level] = text
            source = cell_ref(table, r, at, row[at] if at == header.get("levels") else text)
            if carried is not None:
                carried[level] = source
        elif level in previous:
            text = previous[level]
            source = carried.get(level) if carried is not None else None
        if text and not (text == name and (level == "level1" or merged)):
            level_name, block_weight = split_block_weight(text)
            source = source or cell_ref(table, r, at, text)
            draft.put(level, level_name, source)
            if block_weight is not None and level == "level1" and facts is not None:
                facts.put_entry("stated_block_weights", level_name, block_weight, source)
    block = number_in(row_cell(row, header, "level1_weight")) if "level1_weight" in header else None
    level1 = draft.fields.get("level1")
    if block is not None and level1 and facts is not None and level1 not in facts.get("stated_block_weights", {}):
        facts.put_entry("stated_block_weights", level1, block, cell_ref(table, r, header["level1_weight"], str(block)))
    score = number_in(score_text)
    if score is not None:
        draft.put("stated_score", score, cell_ref(table, r, header["score"], score_text))
    deduction_text = row_cell(row, header, "deduction")
    deduction = number_in(deduction_text) if score is None else None
    if deduction is not None:  # 分值 | 扣分: the score is implied (分值 − 扣分), as a guess
        draft.put("stated_deduction", deduction, cell_ref(table, r, header["deduction"], deduction_text))
    target_text = row_cell(row, header, "target_adjusted") or row_cell(row, header, "target")
    if bracketed is not None:
        target_text = bracketed.group(2).strip()
    actual_text = row_cell(row, header, "actual")
    both = TARGET_AND_ACTUAL.match(match_text(actual_text))
    if both is not None:  # "目标：按时完成，全年完成：部分完成" in the 完成值 cell: both, as written
        target_text = target_text or actual_text[both.start("target"): both.end("target")]
        actual_text = actual_text[both.start("actual"): both.end("actual")]
    elif not actual_text and (both := TARGET_AND_ACTUAL.match(match_text(target_text))) is not None:
        # "目标：≥60人" over "完成：64人" in one 指标值及完成情况 cell, no 完成值 column of its own
        actual_text = target_text[both.start("actual"): both.end("actual")]
        target_text = target_text[both.start("target"): both.end("target")]
    target_text, actual_text = (VALUE_NOTE_MARK.sub("", text) for text in (target_text, actual_text))
    if raw_name.strip() and target_text.strip() == actual_text.strip() == raw_name.strip():
        target_text = actual_text = ""  # the name's label merged across the value columns, repeated in each: no value
    measure = row_cell(row, header, "measure_unit") or name_unit
    if target_text and re.fullmatch(r"[\d.,]+", match_text(target_text)):  # ("时限（月） | 10": months, no October)
        target_text = comparison(row, header) + target_text + ("" if is_deadline(target_text + name_unit) else measure)
    elif match_text(target_text)[:1].isdigit() and not is_deadline(target_text):
        target_text = comparison(row, header) + target_text  # "反向 | 2%": the nature column's sign, unwritten
    target = parse_target(target_text) if target_text else None
    measure = UNIT_WORDS.get(measure, measure)
    if target is not None and measure and target.get("value") is not None and not target.get("unit"):
        target["unit"] = measure
    cut = without_glued_dash(table, target_text, actual_text) if actual_text[:1] == OCR_DASH else actual_text
    actual = parse_actual(cut) if cut else None
    if actual is not None and target_text and month_date(target_text) and month_date(actual_text):
        actual = {"text": actual_text.strip()}  # "10月前" met in "9月": dates, as the target ("≤10月" keeps numbers)
    if actual is not None and measure and actual.get("value") is not None and not actual.get("unit"):
        actual["unit"] = measure
    shared = shared_unit(target, actual) if "measure_unit" in header and not measure else None
    worded = sentence_pair(target, actual)  # "建成站点12个。" over "已建成12个站点。": each sentence's one figure
    if target is not None:
        col = header.get("target_adjusted") if row_cell(row, header, "target_adjusted") else \
            header.get("target", header.get("name_target"))
        where = cell_ref(table, r, col or 0, target_text)
        guessed = shared is target or "target" in worded
        draft.put("target", target, where.model_copy(update={"guessed": True}) if guessed else where)
    if actual is not None:
        col = header.get("actual", header.get("target", header["name"]))  # (else stacked under the target)
        where = cell_ref(table, r, col, cut)  # (a dash cut off: a guess)
        guessed = cut != actual_text or shared is actual or "actual" in worded
        draft.put("actual", actual, where.model_copy(update={"guessed": True}) if guessed else where)
    note = row_cell(row, header, "deviation")
    if note and note not in ("/", "-", "—", "无") \
            and not (note == "0" and reason_column(table, r, header["deviation"])):
        draft.put("deviation_note", note, cell_ref(table, r, header["deviation"], note))
        noted_deduction(draft, table, r, header["deviation"], note)
    core = row_cell(row, header, "core")
    if core in ("是", "√", "Y", "y"):
        draft.put("core", True, cell_ref(table, r, header["core"], core))
    elif core_mark is not None:
        draft.put("core", True, cell_ref(table, r, header["name"], raw_name))
    return draft


def shared_unit(target: dict[str, Any] | None, actual: dict[str, Any] | None) -> dict[str, Any] | None:
    """Under a 计量单位 column left empty (a flattened row's "≥ 95 % 90" or "≥98 99.2 %": the column's sign run onto
    the figure before it), the one of target and actual written with a unit and the other a bare figure: the bare
    one given that unit (the row's one unit, as the column states it for both), and returned — a guess."""
    if target is None or actual is None or target.get("value") is None or actual.get("value") is None:
        return None
    units = target.get("unit"), actual.get("unit")
    if bool(units[0]) == bool(units[1]):
        return None
    bare = actual if units[0] else target
    bare["unit"] = units[0] or units[1]
    return bare
