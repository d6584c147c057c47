"""Indicators, budget and header facts from tables: the project score table, the whole-unit table
(domain.md §7) and any summary score table."""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.numbers import to_wan
from jixiao.readers.document import Table
from jixiao.readers.extract.budget import tidy
from jixiao.readers.extract.facts import Facts, IndicatorDraft, ref
from jixiao.readers.extract.table_columns import (
    fraction_header,
    indicator_headers,
    is_fraction_cell,
    labelled_indicator_row,
    money_header,
)
from jixiao.readers.extract.totals import MAX_TOTAL, grade_word
from jixiao.readers.extract.values import UNIT_WORDS, number_in, parse_actual, parse_target
from jixiao.readers.textnorm import compact, match_text

_TOTAL_ROW = re.compile(r"^(总分|合计|总计|自评总分|综合得分|综合评分|得分合计|总得分|分值合计|评价总分|自评得分合计"
                        r"|自评综合得分|总评分|综合自评得分)")
_SUBTOTAL_ROW = re.compile(r"^(小计|.{0,12}小计)$")
_FIELDS = [
    (re.compile(r"^(项目名称)$"), "project.name"),
    (re.compile(r"^(主管部门|主管单位|主管部门名称)(盖章)?$"), "unit.supervising_department"),
    (re.compile(r"^(实施单位|项目实施单位|实施单位名称)(盖章)?$"), "project.implementing_unit"),
    (re.compile(r"^(单位名称|部门名称|预算单位|部门单位名称|填报单位)$"), "unit.name"),
    (re.compile(r"^(自评总分|综合得分|综合评分|总分|自评得分|总得分|自评综合得分|评价总分)(分)?$"), "stated_total"),
    (re.compile(r"^(评价等级|自评等级|等级|评价结果|自评结果|绩效等级)$"), "stated_grade"),
    (re.compile(r"^(实有人数|在职人数|实有人员|在职人员|在职职工)(数)?(\(人\))?$"), "unit.staff_total"),
]
_GOAL = re.compile(r"总体目标|年度目标")
_GOAL_HEADERS = re.compile(r"^(预期目标|实际完成情况|预期|实际|目标|完成情况|实际完成目标|年度目标)$")


def _unit_of(table: Table, caption: str) -> str:
    header_text = match_text(caption + " " + " ".join(" ".join(r) for r in table.rows[:3]))
    match = re.search(r"(亿元|万元|元)", header_text)
    return match.group(1) if match else "万元"


def _distinct_after(row: list[str], col: int) -> str:
    label = row[col]
    for cell in row[col + 1:]:
        if cell.strip() and cell != label:
            return cell.strip()
    return ""


def extract_table_facts(table: Table, caption: str, facts: Facts) -> list[IndicatorDraft]:
    drafts: list[IndicatorDraft] = []
    unit = _unit_of(table, caption)
    budget_rows(table, unit, facts)
    header: dict[str, int] | None = None
    side_by_side: list[dict[str, int]] = []  # the further blocks of a table with two indicators per row
    previous_levels: dict[str, str] = {}
    money: dict[str, int] | None = None
    money_total_read = False
    for r, row in enumerate(table.rows):
        labelled = labelled_indicator_row(row)
        if labelled is not None:
            draft = _indicator_row(table, r, row, labelled, previous_levels)
            if draft is not None:
                drafts.append(draft)
                continue
        found_all = indicator_headers(row)
        if not found_all and r + 1 < len(table.rows):
            weak = fraction_header(row, table.rows[r + 1])
            found_all = [weak] if weak is not None else []
        if found_all:
            header, side_by_side, money = found_all[0], found_all[1:], None
            continue
        found_money = None if is_pair_row(row) else money_header(row)
        if found_money:
            money, header, money_total_read = found_money, None, False
            unit = _unit_of(Table([row], table.name), "") if re.search(r"元", "".join(row)) else unit
            continue
        first = next((compact(cell) for cell in row[:3] if compact(cell)), "")
        if header is not None and _SUBTOTAL_ROW.search(first):
            continue  # a block's subtotal (产出指标小计 | 50 | 43.59) sums the rows above: not an indicator
        if header is not None and _TOTAL_ROW.match(first):
            _total_row(table, r, row, header, facts)
            header = None
            continue
        if header is not None:
            draft = _indicator_row(table, r, row, header, previous_levels)
            more = [d for block in side_by_side if (d := _indicator_row(table, r, row, block, {})) is not None]
            if draft is not None or more:
                drafts.extend(([draft] if draft is not None else []) + more)
                continue
        if money is not None:
            used, draft = _money_row(table, r, row, money, unit, facts, money_total_read)
            money_total_read = money_total_read or (used and draft is not None) or (
                used and facts.has("budget.executed") and not re.search(r"结转", "".join(row)))
            if draft is not None:
                drafts.append(draft)
            if used:
                continue
            money = None
        _key_values(table, r, row, facts)
    return drafts


_BUDGET_TOTALS = [
    (re.compile(r"^(收入)(合计|总计|总额)?$|^(本年|年度)?收入(合计|总计)"), "income"),
    (re.compile(r"^(支出)(合计|总计|总额)?$|^(本年|年度)?支出(合计|总计)"), "expenditure"),
]
_BUDGET_AMOUNTS = [
    (re.compile(r"^年初预算(数)?$"), "budget.initial"),
    (re.compile(r"^(全年)?(调整)?(后)?预算(数)?$|^全年调整预算(数)?$"), "budget.adjusted"),
    (re.compile(r"^(全年)?执行(数)?$|^实际支出$|^决算支出$"), "budget.executed"),
    (re.compile(r"^上年结转"), "budget.carry_over"),
]


_AMOUNT = re.compile(r"[\d,.]+\s*(万元|元|亿元)?")
_LABEL_UNIT = re.compile(r"(?:单位)?(亿元|万元|元)$")  # "年初预算（万元）", compacted


_MONEY_FLOW_END = re.compile(r"(收入|支出|拨款|经费)$")


def _is_budget_label(text: str) -> bool:
    key = compact(text)
    return any(p.search(key) for p, _ in _BUDGET_TOTALS) or bool(_MONEY_FLOW_END.search(key))


def _is_amount(text: str) -> bool:
    return bool(text.strip()) and bool(_AMOUNT.fullmatch(match_text(text.strip())))


def _row_pairs(row: list[str]) -> list[tuple[str, int]]:
    """(label, column of its value) for a row written as label | value | label | value …"""
    cells = [(c, cell.strip()) for c, cell in enumerate(row) if cell.strip()]
    if len(cells) < 4 or len(cells) % 2:
        return []
    pairs = []
    for (_, label), (c, value) in zip(cells[::2], cells[1::2], strict=True):
        if _is_amount(label) or not (_is_amount(value) or _PERCENT_CELL.fullmatch(match_text(value))):
            return []
        pairs.append((label, c))
    return pairs


_PERCENT_CELL = re.compile(r"\d+(?:\.\d+)?\s*%")


def is_pair_row(row: list[str]) -> bool:
    return len(_row_pairs(row)) >= 2


def _label_value_pairs(table: Table) -> list[tuple[str, str, str]]:
    """(label, amount, location): rows "label | amount", rows "label | amount | label | amount …",
    and a row of labels over a row of amounts."""
    pairs: list[tuple[str, str, str]] = []
    rows = table.rows
    for r, row in enumerate(rows):
        in_row = _row_pairs(row)
        if len(in_row) >= 2:
            pairs.extend((label, row[c].strip(), table.cell_location(r, c)) for label, c in in_row)
            continue
        values = list(dict.fromkeys(cell.strip() for cell in row if cell.strip()))
        if len(values) == 2 and _PERCENT_CELL.fullmatch(match_text(values[1])) and "执行率" in values[0]:
            pairs.append((values[0], values[1], table.cell_location(r, row.index(values[1]))))
            continue
        if len(values) == 2 and _AMOUNT.fullmatch(match_text(values[1])) and not _AMOUNT.fullmatch(values[0]):
            pairs.append((values[0], values[1], table.cell_location(r, row.index(values[1]))))
            continue
        if r + 1 < len(rows) and sum(_is_budget_label(c) for c in row) >= 2:
            below = rows[r + 1]
            for c, cell in enumerate(row):
                if c < len(below) and cell.strip() and _AMOUNT.fullmatch(match_text(below[c].strip() or "x")):
                    pairs.append((cell.strip(), below[c].strip(), table.cell_location(r + 1, c)))
    return pairs


def budget_rows(table: Table, unit: str, facts: Facts) -> None:
    """Two-column amount rows: 收入合计 | 3,532.00, 其中：财政拨款收入 | 1,320.45, 年初预算 | 945 …"""
    current: str | None = None
    items: dict[str, list[dict[str, object]]] = {"income": [], "expenditure": []}
    for label_text, value_text, location in _label_value_pairs(table):
        label = compact(label_text)
        source = ref(location, value_text)
        if "执行率" in label:
            rate = number_in(value_text)
            if rate is not None and "%" in value_text:
                facts.put("budget.stated_execution_rate", rate, source, "预算执行率")
            continue
        stated_unit = _LABEL_UNIT.search(label)
        if stated_unit:
            label = label[: stated_unit.start()] + label[stated_unit.end():]
        amount = tidy(to_wan(number_in(value_text) or Decimal(0), stated_unit.group(1) if stated_unit else unit))
        total = next((kind for pattern, kind in _BUDGET_TOTALS if pattern.search(label)), None)
        if total is not None and not label.startswith("其中"):
            current = total
            facts.put(f"budget.{total}_total", amount, source)
            continue
        field = next((path for pattern, path in _BUDGET_AMOUNTS if pattern.search(label)), None)
        if field is not None:
            facts.put(field, amount, source)
            continue
        if current is not None:
            name = re.sub(r"^其中\s*[:：]?\s*", "", label_text.strip()).strip(" ：:")
            items[current].append({"name": name, "amount": amount})
    for kind, found in items.items():
        if found:
            facts.put(f"budget.{kind}_items", found, ref(table.name, table.name))


def _key_values(table: Table, r: int, row: list[str], facts: Facts) -> None:
    for c, cell in enumerate(row):
        key = compact(cell)
        if _GOAL.search(key) and c == 0:
            _goal(table, r, row, facts)
            return
        for pattern, path in _FIELDS:
            if not pattern.match(key):
                continue
            value = _distinct_after(row, c)
            if not value:
                continue
            source = ref(table.cell_location(r, c + 1), value)
            if path == "stated_total":
                number = number_in(value)
                if number is not None and number < MAX_TOTAL:  # above 100 is kept as stated: the checks flag it
                    facts.put(path, number, source, "综合得分")
            elif path == "unit.staff_total":
                number = number_in(value)
                if number is not None and number == number.to_integral_value():
                    facts.put(path, int(number), source, "在职人数")
            elif path == "stated_grade":
                word = grade_word(value)
                if word:
                    from jixiao.model import GRADE_SYNONYMS

                    facts.put(path, GRADE_SYNONYMS[word].value, source, "评价等级")
            else:
                facts.put(path, value, source)


def _goal(table: Table, r: int, row: list[str], facts: Facts) -> None:
    cells = [c.strip() for c in row[1:] if c.strip() and c != row[0]]
    distinct: list[str] = []
    for cell in cells:
        if cell not in distinct:
            distinct.append(cell)
    if not distinct or all(_GOAL_HEADERS.match(compact(c)) for c in distinct):
        _goal_below(table, r, row, facts)
        return
    facts.put("project.goal_expected", distinct[0], ref(table.cell_location(r, 1), distinct[0]))
    if len(distinct) > 1:
        facts.put("project.goal_actual", distinct[1], ref(table.cell_location(r, 2), distinct[1]))


def _goal_below(table: Table, r: int, row: list[str], facts: Facts) -> None:
    """A header row "年度总体目标：预期目标 | 实际完成情况" with the goal texts in the row below."""
    if r + 1 >= len(table.rows):
        return
    below = table.rows[r + 1]
    for path, wanted in (("project.goal_expected", ("预期", "总体目标", "年度目标")),
                         ("project.goal_actual", ("实际", "完成情况"))):
        for c, head in enumerate(row):
            key = compact(head)
            role_actual = "实际" in key or "完成情况" in key
            if not any(w in key for w in wanted) or role_actual != (path == "project.goal_actual"):
                continue
            text = below[c].strip() if c < len(below) else ""
            if text and text not in row and not _GOAL_HEADERS.match(compact(text)) \
                    and not _GOAL.search(compact(text)[:8]):
                facts.put(path, text, ref(table.cell_location(r + 1, c), text))
                break


def _cell(row: list[str], header: dict[str, int], role: str) -> str:
    col = header.get(role)
    return row[col].strip() if col is not None and col < len(row) else ""


def _indicator_row(table: Table, r: int, row: list[str], header: dict[str, int],
                   previous: dict[str, str]) -> IndicatorDraft | None:
    name = re.sub(r"^(指标)?\s*\d{1,2}\s*[:：、.．]\s*", "", _cell(row, header, "name"))
    weight = number_in(_cell(row, header, "weight"))
    score_text = _cell(row, header, "score")
    weight_col = header.get("weight")
    if weight is None and weight_col is None and is_fraction_cell(score_text):  # "18/20": score over weight
        weight, weight_col = number_in(match_text(score_text).split("/")[1]), header["score"]
    if not name or weight is None or weight_col is None or cell_is_header(name):
        return None
    draft = IndicatorDraft()
    loc = table.cell_location
    draft.put("name", name, ref(loc(r, header["name"]), name))
    draft.put("weight", weight, ref(loc(r, weight_col), row[weight_col].strip()))
    number = number_in(_cell(row, header, "number"))
    if number is not None and number == number.to_integral_value():
        draft.put("number", int(number), ref(loc(r, header["number"]), _cell(row, header, "number")))
    for level in ("level1", "level2"):
        text = _cell(row, header, level)
        if text:
            previous[level] = text
        elif level in previous:
            text = previous[level]
        if text and text != name:
            draft.put(level, re.sub(r"\s+", "", text), ref(loc(r, header.get(level, 0)), text))
    score = number_in(score_text)
    if score is not None:
        draft.put("stated_score", score, ref(loc(r, header["score"]), score_text))
    target_text = _cell(row, header, "target_adjusted") or _cell(row, header, "target")
    measure = _cell(row, header, "measure_unit")
    nature = _cell(row, header, "nature")
    if target_text and re.fullmatch(r"[\d.,]+", match_text(target_text)):
        target_text = (nature if nature in ("≥", "≤", ">", "<", "=") else "") + target_text + measure
    target = parse_target(target_text) if target_text else None
    measure = UNIT_WORDS.get(measure, measure)
    if target is not None and measure and target.get("value") is not None and not target.get("unit"):
        target["unit"] = measure
    if target is not None:
        col = header.get("target_adjusted") if _cell(row, header, "target_adjusted") else header.get("target")
        draft.put("target", target, ref(loc(r, col or 0), target_text))
    actual_text = _cell(row, header, "actual")
    actual = parse_actual(actual_text) if actual_text else None
    if actual is not None and measure and actual.get("value") is not None and not actual.get("unit"):
        actual["unit"] = measure
    if actual is not None:
        draft.put("actual", actual, ref(loc(r, header["actual"]), actual_text))
    note = _cell(row, header, "deviation")
    if note and note not in ("/", "-", "—", "无"):
        draft.put("deviation_note", note, ref(loc(r, header["deviation"]), note))
    core = _cell(row, header, "core")
    if core in ("是", "√", "Y", "y"):
        draft.put("core", True, ref(loc(r, header["core"]), core))
    return draft


def cell_is_header(text: str) -> bool:
    return compact(text) in ("三级指标", "指标名称", "绩效指标")


def _total_row(table: Table, r: int, row: list[str], header: dict[str, int], facts: Facts) -> None:
    score_text = _cell(row, header, "score")
    value = number_in(score_text) if score_text else None
    col = header.get("score", 0)
    limit = MAX_TOTAL  # the score column's total is kept as stated, above 100 too (the checks flag it)
    if value is None:  # a short or shifted row: its last number, never the weights' sum in the weight column
        numbers = [(c, number_in(cell)) for c, cell in enumerate(row)
                   if number_in(cell) is not None and c != header.get("weight")]
        if numbers:
            col, value = numbers[-1]
            limit = Decimal(100)  # a number in some other column: only a plausible score
    if value is not None and value <= limit:
        facts.put("stated_total", value, ref(table.cell_location(r, col), row[col]), "综合得分")


def _money_row(table: Table, r: int, row: list[str], header: dict[str, int], unit: str,
               facts: Facts, total_read: bool) -> tuple[bool, IndicatorDraft | None]:
    """(row was an amounts row, the execution-rate indicator if the row scores it)."""
    first_money = min(c for role, c in header.items() if role in ("initial", "adjusted", "executed"))
    label = compact("".join(dict.fromkeys(row[:first_money])))
    amounts: dict[str, Decimal] = {}
    for role in ("initial", "adjusted", "executed"):
        text = _cell(row, header, role)
        value = number_in(text)
        if value is not None and re.fullmatch(r"[￥¥]?[\d,.\s]+(万元|元|亿元)?", match_text(text).strip()):
            amounts[role] = tidy(to_wan(value, unit))
    if not amounts:
        return False, None
    if re.search(r"结转", label):
        value = amounts.get("adjusted", amounts.get("initial"))
        if value is not None:
            facts.put("budget.carry_over", value, ref(table.row_location(r), label), "上年结转")
        return True, None
    if total_read or re.search(r"其中|财政拨款|其他资金|其他|自筹|社会资金", label):
        return True, None
    for role, value in amounts.items():
        facts.put(f"budget.{role}", value, ref(table.cell_location(r, header[role]), _cell(row, header, role)))
    facts.values.setdefault("budget.source_unit", unit)
    rate_text = _cell(row, header, "rate")
    rate = number_in(rate_text)
    if rate is not None:
        if rate <= 1 and "%" not in rate_text:
            rate = rate * 100
        facts.put("budget.stated_execution_rate", rate, ref(table.cell_location(r, header["rate"]), rate_text),
                  "预算执行率")
    weight = number_in(_cell(row, header, "rate_weight"))
    if weight is None:
        return True, None
    draft = IndicatorDraft()
    source = ref(table.cell_location(r, header["rate_weight"]), _cell(row, header, "rate_weight"))
    draft.put("name", "预算执行率", source)
    draft.put("weight", weight, source)
    score = number_in(_cell(row, header, "rate_score"))
    if score is not None:
        draft.put("stated_score", score, ref(table.cell_location(r, header["rate_score"]),
                                             _cell(row, header, "rate_score")))
    if rate is not None:
        draft.put("actual", {"value": rate, "unit": "%"}, ref(table.cell_location(r, header["rate"]), rate_text))
    return True, draft
