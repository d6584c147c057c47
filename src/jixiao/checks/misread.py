"""Signs in a parsed evaluation that a fact may have been misread, for :mod:`jixiao.checks.robust`:
a quoted source that cannot hold the field's kind of value (a weight read from "97.50%", an amount
from "≥100%"), an indicator row whose name is a value (the row was read shifted), and a target whose
comparison sign the document never wrote (the model's ≥ is then only a default)."""

from __future__ import annotations

import re

from jixiao.lexicon import lexicon, pattern
from jixiao.model import Evaluation

MONEY_PATH = re.compile(
    r"^budget\.(?:initial|adjusted|executed|income_total|expenditure_total|carry_over"
    r"|(?:income|expenditure)_items\[\d+\]\.amount|fund_rows\[\d+\]\.(?:initial|adjusted|executed))$")
_POINTS_PATH = re.compile(r"(?:^|\.)(?:weight|stated_score|stated_deduction)$|^(?:stated_total|full_mark)$"
                          r"|^stated_block_weights\.")
_NOT_POINTS = re.compile(r"[%％≥≤＞＜><]|元")
_NOT_MONEY = re.compile(r"[%％≥≤＞＜]")
# a figure in a quantity's unit ("4项", "1620人", "12.8公里"): a target's or an actual's cell, never points (分 aside)
_QUANTITY = re.compile(rf"\d\s*({lexicon()['value_units']})\s*$")
# two figures side by side ("7 7": a 分值 and its 得分 left on one line), not one number written with a space
_TWO_FIGURES = re.compile(r"\s*\d+(?:\.\d+)?\s+(?!\d{3}(?:\D|$))\d+(?:\.\d+)?\s*")
_ONE_FIGURE = re.compile(r"\s*[≥≤＞＜><=＝]?\s*\d[\d.,]*\s*(?:[%％]|元|万元)?\s*")  # a cell's text, nothing else
# a quantity (≥95%, 3处, 12.8公里, 3间: a number in any unit of the lexicon's ``value_units``) is no indicator's name
_VALUE_NAME = re.compile(r"^\s*[≥≤＞＜><=＝]|[%％]\s*$|^\s*[-\d.,]+\s*(?:%|％|分|万元|元)?\s*$|得满分|按比例"
                         rf"|^\s*[\d.,]+\s*(?:万|亿)?(?:{lexicon()['value_units']})\s*$")
_LEVEL_NAME = re.compile(r"^\s*(?:产出|效益|满意度|质量|数量|时效|成本|经济效益|社会效益|生态效益|可持续影响)指标\s*$")
_INDICATOR = re.compile(r"^indicators\[(\d+)\]")
_ROW_POINTS = (".weight", ".stated_score", ".stated_deduction")
_CELL = re.compile(r"表\d+第\d+行第\d+列")
COMPARATOR_WORDS = re.compile(r"[≥≤＞＜><=＝]|" + pattern("comparison_words").pattern
                              + r"|不大于|不小于|大于|小于|高于|低于|以上|以下|以内|控制在|达到|至少|最多")


def implausible_quote(evaluation: Evaluation, path: str) -> str | None:
    """Why the table cell quoted for ``path`` cannot hold the value read there, or None. Only a cell
    is judged (a sentence quoted for a fact holds other figures too: "权重15%", "目标≥95%，得5分"), a quote of a
    flattened line that is nothing but one figure (a cell's text: "0.3%" read as a weight from a row cut by a
    viewer's wrap), or a quote that is nothing but two figures ("7 7") read as one number of points."""
    points = _POINTS_PATH.search(path) is not None
    if not points and MONEY_PATH.match(path) is None:
        return None
    ref = evaluation.provenance.get(path)
    if ref is not None and points and _TWO_FIGURES.fullmatch(ref.text):
        return f"原文「{ref.text}」是两个数"
    if ref is None or not (_CELL.search(ref.location) or _ONE_FIGURE.fullmatch(ref.text)):
        return None
    quantity = _QUANTITY.search(ref.text) if points else None
    if points and (_NOT_POINTS.search(ref.text) or (quantity is not None and quantity.group(1) != "分")):
        return f"原文「{ref.text}」不是分值"
    if not points and _NOT_MONEY.search(ref.text):
        return f"原文「{ref.text}」不是金额"
    return None


def shifted_rows(evaluation: Evaluation) -> dict[int, str]:
    """Indicator index → why its row may have been read shifted: its name is a value ("≥3200件",
    "97.50%", "12.8公里") or a block's name ("质量指标"), or one of its cells quotes a text its field
    cannot hold."""
    found: dict[int, str] = {}
    for index, indicator in enumerate(evaluation.indicators):
        if _VALUE_NAME.search(indicator.name):
            found[index] = f"指标名称“{indicator.name}”是一个数值，该行可能错位"
        elif _LEVEL_NAME.search(indicator.name):
            found[index] = f"指标名称“{indicator.name}”是一级或二级指标的名称，该行可能错位"
    for key in evaluation.provenance:
        if not key.endswith(_ROW_POINTS) or not key.startswith("indicators["):
            continue  # an indicator's cells that must hold points (its weight and score)
        match = _INDICATOR.match(key)
        if match is None or int(match.group(1)) in found:
            continue
        why = implausible_quote(evaluation, key)
        if why is not None:
            found[int(match.group(1))] = f"同一行{why}，该行可能错位"
    return found


def shifted_row(evaluation: Evaluation, path: str) -> str | None:
    """Why the indicator ``path`` belongs to may have been read from a shifted row, or None."""
    match = _INDICATOR.match(path)
    if match is None:
        return None
    return shifted_rows(evaluation).get(int(match.group(1)))


def comparator_unstated(evaluation: Evaluation, index: int) -> bool:
    """The target of indicator ``index`` was read from a text that writes no comparison sign (a form
    that prints bare target values): its ≥ is then the model's default, not the document's word. An
    evaluation file is taken as written (a target without a comparator means ≥)."""
    target = evaluation.indicators[index].target
    if target is None or target.value is None:
        return False
    ref = evaluation.provenance.get(f"indicators[{index}].target")
    return ref is not None and not COMPARATOR_WORDS.search(ref.text)
