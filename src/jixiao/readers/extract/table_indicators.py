"""Indicator rows of a score table (一级 | 二级 | 三级指标 | 指标值 | 完成值 | 分值 | 得分 …) and its 总分 row."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from jixiao.lexicon import pattern
from jixiao.model import GRADE_SYNONYMS, SourceRef
from jixiao.readers.align import align, indicator_check
from jixiao.readers.cells import OUTLINE_NUMBER, fit, without_outline_number
from jixiao.readers.document import Table
from jixiao.readers.extract.facts import Facts, IndicatorDraft, cell_ref, ref
from jixiao.readers.extract.joined_levels import joined_levels
from jixiao.readers.extract.ocr_dash import OCR_DASH, without_glued_dash
from jixiao.readers.extract.scores import note_deduction
from jixiao.readers.extract.table_columns import (
    goal_table,
    is_fraction_cell,
    weight_in_cell,
)
from jixiao.readers.extract.totals import MAX_TOTAL, full_in_label, grade_word
from jixiao.readers.extract.values import (
    UNIT_WORDS,
    UNITS,
    is_deadline,
    month_date,
    number_in,
    parse_actual,
    parse_target,
)
from jixiao.readers.textnorm import compact, match_text

SUBTOTAL_ROW = re.compile(r"^(小计|.{0,12}小计)$")
TOTAL_ROW = pattern("total_row")  # (match: a first cell that opens on a total's word, "合计（100分）")
_BARE_FIGURE = re.compile(r"[\d.]+%?")


def subtotal_row(row: list[str]) -> bool:
    """产出指标小计 | 50 | 43.59: a block's subtotal, its label the row's first text cell (past a 序号 or empty cells)
    or its text cells before the first figure joined (a flattened row may cut it into 满意度指标 | 小计)."""
    label, first = "", ""
    for cell in row:
        text = compact(cell)
        if _BARE_FIGURE.fullmatch(text):
            if label:
                break
            continue  # a 序号 before the label
        label += text
        first = first or text
    return SUBTOTAL_ROW.search(first) is not None or SUBTOTAL_ROW.search(label) is not None


def row_cell(row: list[str], header: dict[str, int], role: str) -> str:
    col = header.get(role)
    return row[col].strip() if col is not None and col < len(row) else ""


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
    if r in table.unread_before:  # after a line no reader took, maybe a row of another level: no level carried
        previous.clear()
        if carried is not None:
            carried.clear()
    unstated = bool(_UNSTATED.match(row_cell(row, header, "weight")))  # 【待补充：分值】: no weight, said so
    if unstated:
        row = [cell if c != header["weight"] else "" for c, cell in enumerate(row)]
    table, row = realigned(table, r, row, header)
    raw_name = row_cell(row, header, "name")
    bracketed = _BRACKETED_TARGET.match(raw_name) if "name_target" in header and "target" not in header else None
    if bracketed is not None:  # "培训人次（≥200人次）" under 三级指标（年度指标值）: the name, then its target
        raw_name = bracketed.group(1).strip()
    core_mark = _CORE_MARK.match(raw_name)  # "★补助鱼塘面积": a core indicator (注：★为核心指标)
    name = _NOTE_MARK.sub("", _TEMPLATE_NUMBER.sub("", raw_name[core_mark.end():] if core_mark else raw_name))
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
    if weight_col is None and not _weightless_row(row, header):
        if not _cut_by_the_end(table, r, row, header):
            return None
        # a form with no 分值 column cut in its last row ("质量指标 | 某某准确率 | 10" at the excerpt's end): the row's
        # indicator, and the cell the cut went through ("10" of "100%"?) no value
        last = max(c for c, cell in enumerate(row) if cell.strip())
        if last != header["name"]:
            row = [cell if c != last else "" for c, cell in enumerate(row)]
    if weight is None and weight_col is not None and not unstated and not _cut_by_the_end(table, r, row, header):
        _block_of_a_cut_row(table, r, row, header, facts)
        return None
    if _cut_level_row(table, r, row, header, name):
        return None
    name_unit = _unit_after_name(name, row, header)
    draft = IndicatorDraft()
    draft.put("name", name, cell_ref(table, r, header["name"], name))
    if facts is not None:
        _note_blanks(table, r, row, header, facts)
    if weight is not None and weight_col is not None:  # else the weight stays unstated (None), never invented
        if _shifted_figure(table, r, header, weight, number_in(score_text)):
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
    both = _TARGET_AND_ACTUAL.match(match_text(actual_text))
    if both is not None:  # "目标：按时完成，全年完成：部分完成" in the 完成值 cell: both, as written
        target_text = target_text or actual_text[both.start("target"): both.end("target")]
        actual_text = actual_text[both.start("actual"): both.end("actual")]
    measure = row_cell(row, header, "measure_unit") or name_unit
    if target_text and re.fullmatch(r"[\d.,]+", match_text(target_text)):  # ("时限（月） | 10": months, no October)
        target_text = _comparison(row, header) + target_text + ("" if is_deadline(target_text + name_unit) else measure)
    elif match_text(target_text)[:1].isdigit() and not is_deadline(target_text):
        target_text = _comparison(row, header) + target_text  # "反向 | 2%": the nature column's sign, unwritten
    target = parse_target(target_text) if target_text else None
    measure = UNIT_WORDS.get(measure, measure)
    if target is not None and measure and target.get("value") is not None and not target.get("unit"):
        target["unit"] = measure
    if target is not None:
        col = header.get("target_adjusted") if row_cell(row, header, "target_adjusted") else \
            header.get("target", header.get("name_target"))
        draft.put("target", target, cell_ref(table, r, col or 0, target_text))
    cut = without_glued_dash(table, target_text, actual_text) if actual_text[:1] == OCR_DASH else actual_text
    actual = parse_actual(cut) if cut else None
    if actual is not None and target_text and month_date(target_text) and month_date(actual_text):
        actual = {"text": actual_text.strip()}  # "10月前" met in "9月": dates, as the target ("≤10月" keeps numbers)
    if actual is not None and measure and actual.get("value") is not None and not actual.get("unit"):
        actual["unit"] = measure
    if actual is not None:
        where = cell_ref(table, r, header["actual"], cut)  # (a dash cut off: a guess)
        draft.put("actual", actual, where if cut == actual_text else where.model_copy(update={"guessed": True}))
    note = row_cell(row, header, "deviation")
    if note and note not in ("/", "-", "—", "无") \
            and not (note == "0" and _reason_column(table, r, header["deviation"])):
        draft.put("deviation_note", note, cell_ref(table, r, header["deviation"], note))
        _noted_deduction(draft, table, r, header["deviation"], note)
    core = row_cell(row, header, "core")
    if core in ("是", "√", "Y", "y"):
        draft.put("core", True, cell_ref(table, r, header["core"], core))
    elif core_mark is not None:
        draft.put("core", True, cell_ref(table, r, header["name"], raw_name))
    return draft


def _noted_deduction(draft: IndicatorDraft, table: Table, r: int, col: int, note: str) -> None:
    """"扣2分，3座山塘蓄水不足" in the 偏差原因 cell of a row scored 13 of 15: the loss the note states is the row's
    stated deduction, when the row's weight less its score is that loss (a loss the figures do not give is left in
    the note)."""
    deduction, match = note_deduction(note)
    weight, score = draft.fields.get("weight"), draft.fields.get("stated_score")
    if match is None or "stated_deduction" in draft.fields or weight is None or score is None:
        return
    if weight - score == deduction:
        draft.put("stated_deduction", deduction, cell_ref(table, r, col, match.group(0)))


def _unit_after_name(name: str, row: list[str], header: dict[str, int]) -> str:
    """"公里" of "新建道路里程（公里）" over bare values ("≥12" | "12.6"): the bracket is the values' unit, as a
    计量单位 cell would be (the name stays as written); none for values that carry their own unit or a bracket that
    is no unit."""
    match = _NAME_UNIT.match(name) if name.endswith((")", "）")) else None
    if match is None or not any(_BARE_NUMBER.fullmatch(match_text(row_cell(row, header, role)).replace(" ", ""))
                                for role in ("target", "actual")):
        return ""
    return UNIT_WORDS.get(match.group(2), match.group(2))


# the template's numbering left on a name: "指标1：", "1、", "指标2工程验收合格率", "一、"
_BRACKETED_TARGET = re.compile(r"^(.+?)\s*[（(]([^（）()]+)[)）]\s*$")  # "名称（≥200人次）"
# (a dot before a digit is a decimal's: "2.5米宽道路硬化" keeps its figure)
# (a colon before a figure is a scale or a ratio, "1:500地形图", not a list number)
_TEMPLATE_NUMBER = re.compile(rf"^(?:{OUTLINE_NUMBER}|(?:指标)?\s*\d{{1,2}}\s*(?:[:：](?!\s*\d)|、|[.．](?!\d))\s*"
                              r"|指标\s*\d{1,2}(?=[\u4e00-\u9fff])"
                              r"|[一二三四五六七八九十]{1,3}\s*[、．]\s*)")  # "二、名称" over "1、名称" sub-items
_NAME_UNIT = re.compile(rf"^(.+?)\s*[（(]\s*({UNITS}|％)\s*[)）]$")  # "患者满意度（%）", "购置设备台数（台）"
_BARE_NUMBER = re.compile(r"[≥≤<>=]?-?\d[\d,]*(?:\.\d+)?")
_CORE_MARK = re.compile(r"^\s*[★☆※]+\s*")
_NOTE_MARK = re.compile(r"(?<=[\u4e00-\u9fff）)])\s*[①-⑳]$")  # "婴儿死亡率②" over a note "②2023年为3.6‰。"
_UNSTATED = re.compile(r"^【待补充[:：]?\s*(?:分值|权重)?】$")  # the placeholder a report prints for no weight
_TARGET_AND_ACTUAL = re.compile(r"(?:年度|年初)?目标(?:值)?\s*:?\s*(?P<target>[^,;:]+?)\s*[,;]\s*"
                                r"(?:全年)?(?:实际)?完成(?:值|情况)?\s*:?\s*(?P<actual>[^,;:]+?)\s*。?$")


# (a 反向 indicator is lower-is-better: its target is an upper bound)
_SIGNS = {"≥": "≥", "≤": "≤", ">": ">", "<": "<", "=": "=", "大于等于": "≥", "小于等于": "≤", "大于": ">",
          "小于": "<", "等于": "=", "反向": "≤", "反向指标": "≤"}


def _block_of_a_cut_row(table: Table, r: int, row: list[str], header: dict[str, int], facts: Facts | None) -> None:
    """"项目决策 | 20 | 项目目标 | 4 | 目 |" (a viewer cut the row inside its indicator's name): no indicator, but the
    一级 block's own weight cell still gives the block its weight."""
    level1 = row_cell(row, header, "level1").strip()
    block = number_in(row_cell(row, header, "level1_weight")) if "level1_weight" in header else None
    if facts is None or block is None or not pattern("levels.level1").fullmatch(compact(level1)):
        return
    blocks = facts.values.setdefault("stated_block_weights", {})
    if level1 not in blocks:
        blocks[level1] = block
        facts.refs.setdefault("stated_block_weights", cell_ref(table, r, header["level1_weight"], str(block)))


def _shifted_figure(table: Table, r: int, header: dict[str, int], weight: Decimal, score: Decimal | None) -> bool:
    """A weight under one point with a score above it beside whole-point weights ("系数 | ≥0.65 | 0.66 | 10 |" under
    年度指标值 | 实际完成值 | 分值 | 得分, a copy that wrote one empty cell fewer): the row's figures may sit one cell
    off, its 实际完成值 read as the 分值."""
    if weight >= 1 or score is None or score <= weight:
        return False
    others = [number_in(row_cell(row, header, "weight")) for i, row in enumerate(table.rows) if i != r]
    found = [w for w in others if w is not None]
    return len(found) >= 2 and min(found) >= 1


def _cut_level_row(table: Table, r: int, row: list[str], header: dict[str, int], name: str) -> bool:
    """"项目效益 | 50 | 经济" where a page was cut (the 三级's name lost, the row's cells moved right): a level and its
    block's weight in the name and weight columns of the table's last row, its level columns empty, no score where
    the rows above hold theirs — no indicator."""
    if r != len(table.rows) - 1 or "score" not in header or row_cell(row, header, "score") \
            or any(row_cell(row, header, level) for level in ("level1", "level2", "levels")):
        return False  # ("满意度指标 | 服务对象满意度 | 满意度 | 10.00": a row of its own levels, short of its score)
    word = compact(name)
    if not (pattern("levels.level1").fullmatch(word) or pattern("levels.level2").fullmatch(word)):
        return False
    return any(number_in(row_cell(above, header, "score")) is not None for above in table.rows[:r])


# a bare 一级 word (效益 / 产出指标 / 满意度; not 服务对象满意度): a block's name, never an indicator's
_BLOCK_WORD = re.compile(rf"(?=.{{2,5}}$){pattern('levels.level1').pattern.lstrip('^')}")


def _cut_by_the_end(table: Table, r: int, row: list[str], header: dict[str, int]) -> bool:
    """The table's last row, cut by the excerpt's end before its 分值 and 得分: an indicator with no weight. Either
    the row states its levels and its name and nothing after them, or every cell right of its target is empty
    ("产出指标 | 质量指标 | 名称 | = | 100 |": a viewer's preview ended inside the row), or every cell right of its
    actual, or the flattened-text reader guessed every cell of it and it holds a target or an actual, no score."""
    if r != len(table.rows) - 1 or row_cell(row, header, "score"):
        return False
    filled = [c for c, cell in enumerate(row) if cell.strip()]
    later = [header[role] for role in ("actual", "weight", "score") if role in header]
    if row_cell(row, header, "target") and filled and later and filled[-1] < min(later):
        return True
    if filled and filled[-1] == header["name"] and row_cell(row, header, "level1") and row_cell(row, header, "level2") \
            and len(row_cell(row, header, "name").strip()) >= 2:  # (one character: a name cut inside itself)
        # "绩 效 指 标 | 效益" at the end: a block's 一级 cut inside "效益指标(30分)", no indicator's name
        return not _BLOCK_WORD.fullmatch(compact(row_cell(row, header, "name")))
    # ("| 产出指标 | 数量指标 | 名称 | ≥ | 1 | 次 | 1": the row ran on to its actual, the excerpt ended before 分值)
    scoring = [header[role] for role in ("weight", "score") if role in header]
    if row_cell(row, header, "target") and row_cell(row, header, "actual") and scoring and filled[-1] < min(scoring):
        return True
    return bool(row_cell(row, header, "target") or row_cell(row, header, "actual")) \
        and all((r, c) in table.guessed for c, cell in enumerate(row) if cell.strip())


def _comparison(row: list[str], header: dict[str, int]) -> str:
    """The comparison a nature column writes ("≥", or in words "大于等于"); a form with two such columns
    (指标性质 正向 | 指标方向 大于等于) writes it in the second, which no other role claims."""
    col = header.get("nature")
    if col is None:
        return ""
    taken = set(header.values())
    for at in (col, col + 1):
        if at < len(row) and (at == col or at not in taken):
            sign = _SIGNS.get(compact(match_text(row[at])))
            if sign:
                return sign
    return ""


def _weightless_row(row: list[str], header: dict[str, int]) -> bool:
    """A row of a form with a 得分 column and no 分值 column (三级指标 | 年初目标值 | 实际完成值 | 得分): an
    indicator when it states a score, or both a target and an actual. A table of targets and actuals with
    neither column (一级 | 二级 | 指标名称 | 目标值 | 实际完成值): an indicator when it states both. A goal table's row
    (指标类型 | 指标名称 | 绩效目标): an indicator by its name alone, nothing scored."""
    if goal_table(header):
        return True
    if not ({"target", "target_adjusted", "actual"} & set(header)):
        return False
    if "score" not in header and not ("actual" in header and {"level1", "level2"} & set(header)):
        return False
    if number_in(row_cell(row, header, "score")) is not None:
        return True
    return bool(row_cell(row, header, "actual")) and bool(row_cell(row, header, "target")
                                                         or row_cell(row, header, "target_adjusted"))


def cell_is_header(text: str) -> bool:
    return compact(text) in ("三级指标", "指标名称", "绩效指标")


_REQUIRED_CELLS = {"actual": "实际完成值", "score": "得分"}


def _note_blanks(table: Table, r: int, row: list[str], header: dict[str, int], facts: Facts) -> None:
    """A form's required cells left empty in this row, noted where the row's indicator is named (the
    checks tell a blank the document shows from a value the reader missed)."""
    for role, label in _REQUIRED_CELLS.items():
        if role in header and not row_cell(row, header, role):
            facts.blank.append(ref(table.cell_location(r, header["name"]), f"{label}为空"))


_BLOCK_WEIGHT = re.compile(r"\s*[(（]\s*(\d+(?:\.\d+)?)\s*分?\s*[)）]\s*$")


def _reason_column(table: Table, r: int, col: int) -> bool:
    """Whether the note column's head, the nearest cell above naming it, asks for reasons (偏差原因分析…: a "0"
    there is a template's no deviation, no note), not a bare 偏差 column (where "0" is how far off: a fact)."""
    for above in range(r - 1, -1, -1):
        text = compact(table.rows[above][col]) if col < len(table.rows[above]) else ""
        if "偏差" in text or "原因" in text:
            return "原因" in text
    return False


def split_block_weight(text: str) -> tuple[str, Decimal | None]:
    """"产出指标（50分）" → ("产出指标", 50): a level's name and the weight the form prints for its block."""
    name = re.sub(r"\s+", "", without_outline_number(text))
    found = _BLOCK_WEIGHT.search(match_text(name))
    if found is None:
        return name, None
    return name[: found.start()], Decimal(found.group(1))


def _unscored_weights(table: Table, r: int, header: dict[str, int]) -> Decimal | None:
    """The sum of the weights of the form's rows above a total row when none of them holds a score (a form sent
    in with its scores left blank): a number in the total row equal to it, or the standard 100, is the full mark
    (the rows above may be only part of the form), not a total."""
    if "score" not in header or "weight" not in header:
        return None
    weights = [number_in(row_cell(row, header, "weight")) for row in table.rows[:r]]
    if any(number_in(row_cell(row, header, "score")) is not None for row in table.rows[:r]):
        return None
    found = [w for w in weights if w is not None]
    return sum(found, Decimal(0)) if len(found) >= 2 else None


def subtotal_before_total(table: Table, r: int, header: dict[str, int]) -> bool:
    """合计 | 90 | 89 with 自评总分 | 98.72 in one of the next rows: the 合计 sums the indicator rows (the money
    block's points stand apart), the form's total is the row below."""
    row = table.rows[r]
    if _scored_label(row[0]):
        return False
    full = number_in(row_cell(row, header, "weight"))
    if full is None or full >= 100:
        return False
    for later in table.rows[r + 1:r + 4]:
        label = next((compact(cell) for cell in later[:3] if compact(cell)), "")
        if TOTAL_ROW.match(label) and _scored_label(label) and any(number_in(c) is not None for c in later[1:]):
            return True
    return False


def _scored_label(cell: str) -> bool:
    return "得分" in compact(cell) or "总分" in compact(cell)


def total_row(table: Table, r: int, row: list[str], header: dict[str, int], facts: Facts) -> None:
    """总分 | 100 | 96 | 优: the total from the score column, the full mark from the weight column,
    a grade from any cell. A row too short for its header (merged label cells, cells dropped by a web
    page) is read by content: two numbers are the full mark and the total, one number the total."""
    scored = _scored_label(row[0])  # 自评得分 | 97.72: the total itself
    if "deduction" in header and "score" not in header and not scored:  # 合计 | 100 | 3.26: the full mark and
        full = number_in(row_cell(row, header, "weight"))  # the deductions' sum, no total (a closing line may state it)
        if full is not None:
            facts.put("full_mark", full, cell_ref(table, r, header["weight"], row_cell(row, header, "weight")))
        return
    score_text = row_cell(row, header, "score")
    value = number_in(score_text) if score_text else None
    col = header.get("score", 0)
    limit = MAX_TOTAL  # the score column's total is kept as stated, above 100 too (the checks flag it)
    full_col: int | None = header.get("weight") if number_in(row_cell(row, header, "weight")) is not None else None
    if value is None:  # a short or shifted row: its last number, never the weights' sum in the weight column
        numbers = [(c, number_in(cell)) for c, cell in enumerate(row)
                   if number_in(cell) is not None and c != header.get("weight") and cell.strip() != row[0].strip()]
        distinct = list(dict.fromkeys(c for c, _ in numbers))
        if numbers:
            col, value = numbers[-1]
            limit = Decimal(100)  # a number in some other column: only a plausible score
            if full_col is None and len(distinct) >= 2:
                full_col = distinct[-2]
    unscored = _unscored_weights(table, r, header)
    full_mark = value if value is not None else number_in(row_cell(row, header, "weight"))  # (合计 | 100 under 分值)
    if full_mark is not None and unscored is not None and full_mark in (unscored, Decimal(100)):
        at = col if value is not None else header["weight"]  # 合计 | 100 | (scores blank): the weights' sum, no total
        facts.put("full_mark", full_mark, cell_ref(table, r, at, row[at]))
        return
    full = number_in(row[full_col]) if full_col is not None else None
    known = facts.get("stated_total")
    if not scored and full is not None and value is not None and isinstance(known, Decimal) \
            and value <= full < min(known, Decimal(100)):
        return  # 合计 | 90 | 86.67 below a stated 96.42: the indicators' subtotal, the money block's points apart
    if value is not None and value <= limit:
        # 合计 | 90 | 89 with no total above: the indicators' subtotal may be (the money block's points apart, the
        # form's total in a label cell below), a guess that a total a label states replaces
        short = not scored and full is not None and value <= full < min(facts.get("full_mark") or 100, 100)
        facts.put("stated_total", value, ref(table.cell_location(r, col), row[col], guessed=True) if short
                  else cell_ref(table, r, col, row[col]), weak=short)
    # the weights' sum is the full mark; a total above it is a slip in the scores (the checks flag it)
    # when that sum is the standard 100, else a column read wrongly
    if full_col is not None and full is not None and value is not None and (full >= value or full == 100):
        facts.put("full_mark", full, cell_ref(table, r, full_col, row[full_col]))
    for c, cell in enumerate(row):
        if (full_mark := full_in_label(cell)) is not None:  # "总分（100分）| 96": the label states the full mark
            facts.put("full_mark", full_mark, cell_ref(table, r, c, cell))
            break
    for c, cell in enumerate(row):
        # ("总分 良 | 100 | 92.5": a flattened row's grade after the last figure moved into the label's cell; the label
        # letter-spaced, "总　分 良", the same)
        parts = cell.split() if c == 0 else []
        spaced = len(parts) > 2 and TOTAL_ROW.fullmatch(compact("".join(parts[:-1])))
        word = grade_word(cell) or (grade_word(parts[-1]) if len(parts) == 2 or spaced else None)
        if word:
            facts.put("stated_grade", GRADE_SYNONYMS[word].value, cell_ref(table, r, c, cell))
            break
