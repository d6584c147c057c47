"""The rows of a block of a run-together indicator form: each ends at its fused weight and score; a row's text
cut into its 二级 name, 三级 name, target and actual, the text after it its note."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from jixiao.lexicon import lexicon
from jixiao.readers.flat_words import column_role
from jixiao.readers.fused_blocks import level2_at
from jixiao.readers.fused_header import word_ending
from jixiao.readers.fused_pairs import candidate_pairs, chosen_pairs
from jixiao.readers.textnorm import HAN


def block_rows(body: str, block: Decimal | None) -> list[dict[str, str]]:
    chosen = chosen_pairs(body, candidate_pairs(body, block), block)
    if chosen is None:
        return []
    rows: list[dict[str, str]] = []
    level2 = ""
    at = 0
    for k, (pair, index) in enumerate(chosen):
        text = body[at: pair.start]
        if rows:  # the text after the row before: its note, up to where this row opens
            opens = row_start(text)
            if opens:
                rows[-1]["deviation"] = row_note(text[:opens])
            text = text[opens:]
        cells = _row_cells(text)
        level2 = cells.get("level2") or level2
        weight, score = pair.options[index][2:]
        rows.append({**cells, "level2": level2, "weight": weight, "score": score})
        at = pair.end
        if k == len(chosen) - 1:
            rows[-1]["deviation"] = row_note(body[at:])
    return rows


_TASK = re.compile(r"(?:任务|指标)\s*\d{1,2}\s*[:：、.]?")


def row_start(text: str) -> int:
    """Where the row opens in the text after the row before (before it: that row's deviation note): at a 二级 name
    or the template's "任务2:"; 0 when neither (no note can be told from the row)."""
    for at in range(len(text)):
        if level2_at(text, at) or _TASK.match(text, at):
            return at
    return 0


# where a row's value starts after its name: a figure, a comparison, a word of how much or how well
_VALUE_START = re.compile(r"[≥≤<>=＞＜\d]|(?:按规定|按时|按期|不超|不低于|不高于|不少于|不多于|小于|大于|高于|低于|"
                          r"超上年度|超上年|超过|增加|减少|提高|降低|下降|达到|达成|全部|良好|(?<=[率性度数量])无)(?![率度性])")
_NAME_END = "率性度数量"
_ACTUAL_START = re.compile(r"已|全部|达成|完成|实际")


def _row_cells(text: str) -> dict[str, str]:
    """A row's text without its weight and score: 二级 name, 三级 name, target, actual."""
    cells: dict[str, str] = {}
    while True:  # "指标2:时效指标指标1:指标2:成本指标…": the template's empty rows before the row, its 二级 the last
        length = level2_at(text, 0)
        if length:
            cells["level2"], text = text[:length], text[length:]
            continue
        task = _TASK.match(text)
        if task is None:
            break
        text = text[task.end():]
    twice = _TWICE.search(text, 2)
    if twice is not None and twice.start() >= 2:  # "…验收合格合格": the same words as target and actual
        return {**cells, "name": text[: twice.start()], "target": twice.group(1), "actual": twice.group(1)}
    value = _VALUE_START.search(text, 2)
    if value is None:
        return {**cells, "name": text}
    name, rest = _restated(text[: value.start()], text[value.start():])
    cells["name"] = _measure_tail().sub("", name)
    cells.update(_target_actual(rest))
    return cells


_TWICE = re.compile(r"([\u4e00-\u9fff]{2,8})\1$")


@cache
def value_figure() -> re.Pattern[str]:
    """A value's figure: its comparison, number, unit and bound ("≥95%", "30天以内"), groups 1 to 4."""
    return re.compile(rf"([≥≤<>=＞＜]?)(\d+(?:\.\d+)?)((?:{lexicon()['value_units']})?)((?:及?以上|及?以下|以内)?)")


@cache
def _measure_tail() -> re.Pattern[str]:
    """"购置成本台/台": a measure unit column's cell left on the name."""
    units = lexicon()["value_units"]
    return re.compile(f"(?<=[\\u4e00-\\u9fff])(?:{units})/(?:{units})$")


def row_note(text: str) -> str:
    """A deviation note without the template's empty rows ("指标2:") left in it, nor a column's word closing it (the
    text of the form's tall first cell, "绩效指标", that a viewer put in the middle of the rows it spans)."""
    note = _TASK.sub("", text).strip()
    word = word_ending(note, len(note)) if note else None
    return note[: -len(word)] if word is not None and column_role(word) == "name_weak" else note


def _restated(name: str, value: str) -> tuple[str, str]:
    """A value that opens by restating the name's word ("道路、照明" + "道路平整…", "…老年人体检率" + "建档率提高2%"):
    the word goes to the value."""
    for length in (2, 3, 4):
        word, rest = name[-length:], name[:-length]
        if len(rest) < 2 or not all(HAN.match(c) for c in word):
            continue
        listed = word != rest and any(item.startswith(word) for item in rest.split("、"))
        if listed or (word.endswith("率") and rest[-1] in _NAME_END and set(word[:-1]) <= set(rest)):
            return rest, word + value
    return name, value


def _target_actual(value: str) -> dict[str, str]:
    """A target and an actual run together: cut where the value restates its first word ("建档率提高2%…建档率…"), after
    a figure with the rest going on, or before an actual's word (已公开, 全部达成); a value that cannot be cut is a
    target when it holds no figure, else left out (its figure could be either's)."""
    for length in (3, 2):
        word = value[:length]
        again = value.find(word, length) if all(HAN.match(c) for c in word) else -1
        if again > 0:
            return {"target": value[:again], "actual": value[again:]}
    found = value_figure().search(value)
    if found is not None and found.end() < len(value):
        return {"target": value[: found.end()], "actual": value[found.end():]}
    actual = _ACTUAL_START.search(value, 2)
    if actual is not None:
        return {"target": value[: actual.start()], "actual": value[actual.start():]}
    return {"target": value} if not re.search(r"\d", value) else {}
