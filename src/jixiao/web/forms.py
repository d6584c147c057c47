"""The editor form ↔ the Evaluation model. The form carries the evaluation it was built from
(``base_json``) so fields the form does not show (provenance, rule parameters…) survive a save."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from typing import Any

from pydantic import ValidationError

from jixiao.model import Evaluation
from jixiao.modelio import describe_validation_error, dump_json
from jixiao.numbers import WRITTEN_FIGURE, format_number, parse_money, to_decimal, to_halfwidth, to_wan

SECTION_FIELDS = {
    "purpose": "绩效评价目的",
    "principles": "评价原则",
    "work": "绩效自评工作情况",
    "experience": "主要经验及做法",
    "problems": "存在的问题",
    "measures": "改进措施及建议",
}
PROJECT_FIELDS = ("name", "implementing_unit", "goal_expected", "goal_actual")
MONEY_FIELDS = {
    "initial": "年初预算数", "adjusted": "全年（调整）预算数", "executed": "全年执行数", "income_total": "收入总计",
    "expenditure_total": "支出总计", "carry_over": "结转结余", "opening_balance": "年初结转结余",
}
INDICATOR_COLUMNS = (
    "number", "level1", "level2", "name", "weight", "rule", "cmp", "target", "target_unit", "target_text",
    "actual_cmp", "actual", "actual_unit", "tier", "actual_text", "sample", "stated", "deviation", "narrative",
    "extra",
)


class FormErrors(Exception):
    def __init__(self, errors: list[str]) -> None:
        super().__init__("；".join(errors))
        self.errors = errors


def _lines(text: str) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def _number(value: str, label: str, errors: list[str]) -> Decimal | None:
    value = (value or "").strip()
    if not value:
        return None
    try:
        return to_decimal(value.rstrip("%％"))
    except ValueError:
        errors.append(f"{label}：必须是数字（收到 \"{value}\"）")
        return None


_MONEY = re.compile(rf"[-+]?{WRITTEN_FIGURE}\s*(?:亿元|万元|亿|万|元)?")
MONEY_UNITS = ("万元", "元", "亿元")


def _money(value: str, label: str, unit: str, errors: list[str]) -> Decimal | None:
    """An amount as typed (``5,504.00``, ``5504万元``, ``55,040,000元``; without a unit in ``unit``),
    in 万元 — the model's unit."""
    value = (value or "").strip()
    if not value:
        return None
    if not _MONEY.fullmatch(to_halfwidth(value).replace(" ", "")):
        errors.append(f"{label}：必须是金额，如 5504、5,504.00万元 或 55,040,000元（收到 \"{value}\"）")
        return None
    amount, _unit = parse_money(value.replace(" ", ""), unit)
    return to_decimal(format_number(amount))


def in_unit(amount: Decimal | None, unit: str) -> str:
    """An amount stored in 万元 as the form shows it in ``unit`` (the unit the user chose)."""
    if amount is None:
        return ""
    return format_number(amount / to_wan(Decimal(1), unit))


def _integer(value: str, label: str, errors: list[str]) -> int | None:
    number = _number(value, label, errors)
    if number is None:
        return None
    if number != number.to_integral_value():
        errors.append(f"{label}：必须是整数（收到 \"{value}\"）")
        return None
    return int(number)


def _named(
    lines: str, label: str, errors: list[str], integer: bool = False, unit: str = "万元"
) -> list[dict[str, Any]]:
    """Lines like ``基本支出 3680.87`` (amounts in ``unit`` unless they carry their own) or
    ``本级政府：40`` → name/amount (or name/count) pairs."""
    out = []
    for index, line in enumerate(_lines(lines), 1):
        match = re.match(r"^(.*?)[\s:：]+([-+0-9０-９.,，]+\s*(?:亿元|万元|亿|万|元)?)\s*$", line)
        if not match or not match.group(1).strip():
            errors.append(f"{label}第 {index} 行：应写成「名称 数值」（收到 \"{line}\"）")
            continue
        name = match.group(1).strip()
        if integer:
            count = _integer(match.group(2), f"{label}第 {index} 行", errors)
            if count is not None:
                out.append({"name": name, "count": count})
        else:
            amount = _money(match.group(2).replace("，", ","), f"{label}第 {index} 行", unit, errors)
            if amount is not None:
                out.append({"name": name, "amount": amount})
    return out


_FUND_CELL = r"[-+]?[0-9０-９][0-9０-９.,，]*\s*(?:亿元|万元|亿|万|元)?|[-—–/]|无"
_FUND_ROW = re.compile(rf"^(.*?\S)((?:[\s:：]+(?:{_FUND_CELL})){{1,3}})\s*$")
FUND_COLUMNS = {"initial": "年初", "adjusted": "全年", "executed": "执行"}


def _fund_rows(lines: str, unit: str, errors: list[str]) -> list[dict[str, Any]]:
    """Lines like ``当年财政拨款 320 356.4 341.15`` (年初 / 全年 / 执行; ``-`` for a blank cell; amounts
    in ``unit`` unless they carry their own) → the budget's 其中 rows."""
    out = []
    for index, line in enumerate(_lines(lines), 1):
        label = f"资金来源第 {index} 行"
        match = _FUND_ROW.match(line)
        if not match:
            errors.append(f"{label}：应写成「名称 年初 全年 执行」，空格分隔，缺的写 -（收到 \"{line}\"）")
            continue
        cells = re.findall(_FUND_CELL, match.group(2))
        row: dict[str, Any] = {"name": match.group(1).strip(" :：")}
        for key, cell in zip(FUND_COLUMNS, cells, strict=False):
            if cell not in ("-", "—", "–", "/", "无"):
                row[key] = _money(cell.replace("，", ","), f"{label}{FUND_COLUMNS[key]}", unit, errors)
        out.append(row)
    return out


def evaluation_from_form(form: Any) -> Evaluation:
    """Build an Evaluation from the editor form; raises FormErrors listing every bad field."""
    errors: list[str] = []
    base = json.loads(form.get("base_json") or "{}")
    data: dict[str, Any] = dict(base)
    get = lambda key: str(form.get(key) or "").strip()  # noqa: E731
    data["title"] = get("title") or None
    data["year"] = _integer(get("year"), "年度", errors) or base.get("year") or 0
    data["kind"] = get("kind") or base.get("kind") or "整体支出"
    data["rule_pack"] = get("rule_pack") or None
    unit = dict(base.get("unit") or {})
    unit.update(
        name=get("unit_name"),
        region=get("unit_region") or None,
        supervising_department=get("unit_supervising") or None,
        duties=_lines(get("unit_duties")),
        internal_bodies=_lines(get("unit_internal")),
        subordinate_bodies=_lines(get("unit_subordinate")),
        staff_total=_integer(get("staff_total"), "人员编制总数", errors),
        staff_parts=_named(get("staff_parts"), "人员构成", errors, integer=True),
    )
    data["unit"] = unit
    if form.get("project_name") is not None:  # shown for a project (a form without the fields keeps it)
        data["project"] = _project(base.get("project"), get)
    budget = dict(base.get("budget") or {})
    money_unit = get("budget_unit") or budget.get("source_unit") or "万元"
    if money_unit not in MONEY_UNITS:
        errors.append(f"金额单位：只能是 {'、'.join(MONEY_UNITS)}（收到 \"{money_unit}\"）")
        money_unit = "万元"
    budget["source_unit"] = money_unit
    for key, label in MONEY_FIELDS.items():
        budget[key] = _money(get(f"budget_{key}"), label, money_unit, errors)
    budget["stated_execution_rate"] = _number(get("budget_stated_execution_rate"), "预算执行率", errors)
    budget["income_items"] = _named(get("income_items"), "收入构成", errors, unit=money_unit)
    budget["expenditure_items"] = _named(get("expenditure_items"), "支出构成", errors, unit=money_unit)
    if form.get("fund_rows") is not None:  # a form without the field keeps the rows it had
        budget["fund_rows"] = _fund_rows(get("fund_rows"), money_unit, errors)
    budget["adjustment_note"] = get("adjustment_note") or None
    budget["execution_note"] = get("execution_note") or None
    data["budget"] = budget
    data["indicators"] = _indicators(form, errors)
    data["stated_total"] = _number(get("stated_total"), "自评总分", errors)
    data["stated_grade"] = get("stated_grade") or None
    data["stated_grade_text"] = None  # the list says the grade: a letter chosen in it is kept again by the model
    sections = dict(base.get("sections") or {})
    for key in SECTION_FIELDS:
        sections[key] = get(f"sec_{key}") or None
    data["sections"] = sections
    if errors:
        raise FormErrors(errors)
    try:
        cleaned = _drop_none({**as_written(data, base), "indicators": data["indicators"]})
        for row in cleaned.get("indicators", []):
            row.setdefault("weight", None)  # an empty 分值 cell: the form states no weight (kept as None)
        return Evaluation.model_validate(cleaned)
    except ValidationError as err:
        raise FormErrors([describe_validation_error(err)]) from None


def _project(kept: dict[str, Any] | None, get: Any) -> dict[str, Any] | None:
    """项目名称 / 实施单位 / 年度总体目标 as typed; None when all are empty and the evaluation had no project."""
    typed = {key: get(f"project_{key}") or None for key in PROJECT_FIELDS}
    if kept is None and not any(typed.values()):
        return None
    return {**(kept or {}), **typed, "name": typed["name"] or ""}


def _indicators(form: Any, errors: list[str]) -> list[dict[str, Any]]:
    columns = {name: list(form.getlist(f"ind_{name}")) for name in INDICATOR_COLUMNS}
    count = len(columns["name"])
    sent = lambda name: bool(columns[name])  # noqa: E731  (a form of an older page lacks the newer columns)
    rows = []
    for i in range(count):
        cell = lambda name, i=i: (columns[name][i] if i < len(columns[name]) else "").strip()  # noqa: E731
        label = f"第 {i + 1} 行指标（{cell('name') or '未命名'}）"
        kept: dict[str, Any] = json.loads(cell("extra") or "{}")  # the row as it was built, moved with it
        row = dict(kept)
        if not cell("name"):
            errors.append(f"{label}：名称不能为空")
        row.update(
            number=_integer(cell("number"), f"{label}序号", errors),
            name=cell("name"),
            level1=cell("level1") or None,
            level2=cell("level2") or None,
            weight=_number(cell("weight"), f"{label}分值", errors),  # empty: the form states no weight
            rule=cell("rule") or None,
            stated_score=_number(cell("stated"), f"{label}自评得分", errors),
            deviation_note=cell("deviation") or None,
            narrative=cell("narrative") or None,
        )
        row["target"] = _target(row.get("target"), cell, sent("target_text"), label, errors)
        actual_value = _number(cell("actual"), f"{label}实际完成值", errors)
        actual = dict(row.get("actual") or {})
        actual.update(value=actual_value, unit=cell("actual_unit"), tier=cell("tier") or None,
                      text=cell("actual_text") or None)
        if sent("actual_cmp"):  # blank: the actual states no sign (None, as the reader leaves it)
            actual["comparator"] = cell("actual_cmp") or None
        has_actual = actual_value is not None or any(actual.get(k) for k in ("unit", "tier", "text"))
        row["actual"] = actual if has_actual else None
        sample = _integer(cell("sample"), f"{label}样本量", errors)
        evidence = dict(row.get("evidence") or {})
        evidence["sample_size"] = sample
        row["evidence"] = evidence if sample is not None or evidence.get("description") else None
        rows.append(as_written(row, kept))
    return rows


def _same_range(kept: dict[str, Any] | None, value: Decimal | None, text: str | None) -> bool:
    """Whether a range the row was built from still stands: its lower end and its text saved unchanged."""
    if not kept or kept.get("upper") is None or kept.get("value") is None or value is None \
            or kept.get("text") != text:
        return False
    return Decimal(str(kept.get("value"))) == value


def _target(
    kept: dict[str, Any] | None, cell: Any, text_sent: bool, label: str, errors: list[str]
) -> dict[str, Any] | None:
    """年度指标值 from its cells: a figure takes the comparator chosen beside it; a target in words
    (明显提升, 2024年12月底前) is kept as its text with no comparator — the blank choice adds none.
    ``kept`` is the target the row was built from (its text when the form sent no text column)."""
    value = _number(cell("target"), f"{label}年度指标值", errors)
    text = (cell("target_text") or None) if text_sent else (kept or {}).get("text")
    if value is None and not cell("target_unit") and not text:
        return None
    target: dict[str, Any] = {"value": value, "unit": cell("target_unit"), "text": text}
    if _same_range(kept, value, text):  # a range's upper end ("85%-90%"), kept while its lower end and text are
        target["upper"] = (kept or {})["upper"]
    if cell("cmp"):
        target["comparator"] = cell("cmp")
    elif value is not None:
        errors.append(f"{label}年度指标值：写了数值 {cell('target')}，请选择比较符（≥、≤、=、>、<）")
    return target


def as_written(value: Any, kept: Any) -> Any:
    """``value`` with each figure that equals ``kept``'s figure in the same place given as ``kept`` writes it: a
    save changes how a figure is written ("91.00", which a check reads to two places) only when its value changes
    (the form shows 91, an amount in the unit chosen). Items of a list are paired by name, else by position."""
    if isinstance(value, dict) and isinstance(kept, dict):
        return {key: as_written(item, kept.get(key)) for key, item in value.items()}
    if isinstance(value, list) and isinstance(kept, list):
        return [as_written(item, _paired(item, i, kept)) for i, item in enumerate(value)]
    if isinstance(value, Decimal) and isinstance(kept, str | Decimal):
        try:
            written = Decimal(kept)
            return written if written == value else value
        except ArithmeticError:  # (no number, or a signalling NaN)
            return value
    return value


def _paired(item: Any, index: int, kept: list[Any]) -> Any:
    """The kept item ``item`` stands for: the one of the same name (a line moved in its box), else the one at its
    place."""
    name = item.get("name") if isinstance(item, dict) else None
    if name:
        return next((k for k in kept if isinstance(k, dict) and k.get("name") == name), None)
    return kept[index] if index < len(kept) else None


def _drop_none(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _drop_none(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_drop_none(v) for v in value]
    return value


def text(value: Any) -> str:
    """A model value as the form shows it (Decimals without trailing zeros)."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format_number(value)
    return str(getattr(value, "value", value))


def named_lines(items: list[Any], attr: str, unit: str | None = None) -> str:
    """``名称 数值`` lines; amounts (stored in 万元) shown in ``unit`` when given."""
    return "\n".join(
        f"{item.name} {in_unit(getattr(item, attr), unit) if unit else text(getattr(item, attr))}" for item in items
    )


def fund_lines(rows: list[Any], unit: str) -> str:
    """``名称 年初 全年 执行`` lines, amounts (stored in 万元) in ``unit``, ``-`` for a blank cell."""
    return "\n".join(
        " ".join([row.name, *(in_unit(getattr(row, key), unit) or "-" for key in FUND_COLUMNS)]) for row in rows
    )


def indicator_extra(indicator: Any) -> str:
    """The indicator as its row was built, but for the words the row shows, as JSON carried in a hidden input: the
    fields the table does not show, and the figures as written (:func:`as_written` keeps them when unchanged)."""
    shown = {"number", "name", "level1", "level2", "rule", "deviation_note", "narrative"}
    data = json.loads(indicator.model_dump_json(exclude=shown, exclude_defaults=True))
    return json.dumps(data, ensure_ascii=False)


def base_json(evaluation: Evaluation) -> str:
    return dump_json(evaluation)
