"""A fused row under a header with level columns (:func:`.flat_level_heads.level_head`) that no word of the form
cuts: a row under the merged level cells of the row above ("出院人次≥1.1万人次1.08万人次109.82病区…"), read as the
name up to its first figure or comparison and then the value cells; a row that opens on its serial and a level
word ("3产出质量指标某合格率15≥92%93.5%15"). Every cell is a guess."""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.readers.cells import Kind, kind
from jixiao.readers.flat_completion_rows import FIGURE, completion_row
from jixiao.readers.flat_criteria_rows import criteria_row
from jixiao.readers.flat_deviation_columns import deviation_columns, deviation_row
from jixiao.readers.flat_named_rows import TEXT_AT_END
from jixiao.readers.flat_nature_columns import folded, unfolded
from jixiao.readers.flat_repeated_levels import with_repeated_levels
from jixiao.readers.flat_value_recuts import (
    BARE_RUN,
    FIGURE_RUN,
    SIGN_WORDS,
    actual_run_on,
    coefficient_off_points,
    core_off_note,
    echoed_values,
    one_value,
    percent_weight,
    weight_off_target,
    with_units,
)
from jixiao.readers.flat_value_runs import MOST_POINTS, POINT_FIGURE, UNITS, cells_between, note_opening, points_cuts
from jixiao.readers.flat_words import CLAUSE
from jixiao.readers.fused_money import GuessedCell
from jixiao.readers.total_picks import pick

_NOTES = frozenset({"deviation", "scoring_rule"})  # columns of words
_PLACEHOLDER_NAME = re.compile(r"指标\d{1,2}[:：]?(?=[\u4e00-\u9fff])")  # the template's "指标2：" before a name
_PLACEHOLDER_ONLY = re.compile(r"指标\d{1,2}[:：]?")  # that placeholder with no name after it: a row left empty
# the name of a row carried on: as :data:`.flat_named_rows._NAME`, or up to a comparison word that opens its target
# ("…种类不少于12种"); one may open on an age ("65岁以上老人体检人数", "0-6岁儿童…": the age the name's) or on a
# map's scale ("1:500地形图测绘面积", "1：2000…": a ratio of 1 to a round figure, then the name's words)
_CARRIED_NAME = re.compile(
    r"(?:\d{1,3}(?:[-—~～]\d{1,3})?岁|1[:：∶]\d{3,6}(?=[\u4e00-\u9fff]))?"
    r"[^\d≥≤<>=＝﹦.%]{2,40}?(?=[\d≥≤<>=＝﹦]|" + SIGN_WORDS + ")")


def continued_row(text: str, roles: list[str | None], levelled: bool = False) -> list[str] | None:
    """A fused row under the merged level cells of the row above ("出院人次≥1.1万人次1.08万人次109.82病区…" after
    "产出指标数量指标门急诊人次…") under a header of ``roles`` (:func:`level_head`): the name up to its first figure
    or comparison, then the value cells, each column its cell (a weight and a score may stay fused in one run of
    figures, the row reader splits them; a weight fused onto a rate target is split where the score allows one
    reading only; a note at the end may be left out and is one cell); None when the line is no such row. Every cell
    is a guess; a row under a criteria column that opens and ends as a row and that no reading fits
    (:func:`.flat_criteria_rows.criteria_row`) gives no cell. ``levelled``: its 二级 level was cut off before it (no
    other opens the text). A header with a 扣分 column and no 得分 column (:func:`.flat_level_heads.level_head`)
    carries no such row: where its points run together is read only in a row that opens on its levels
    (:func:`with_deducted_points`)."""
    if "score" not in roles:
        return None
    if deviation_columns(roles):  # a 偏差 column of figures between the actual and the score: its figures run on
        name = _CARRIED_NAME.match(text)
        deviated = deviation_row([name.group(0), text[name.end():]], roles) if name is not None else None
        if deviated is not None:
            return deviated
    # a criteria column among the values: its sentence runs into them
    criteria = criteria_row(text, roles[roles.index("name") + 1:], levelled) if "scoring_rule" in roles else None
    if criteria:
        return with_repeated_levels(criteria, roles)
    row = _values_row(text, roles)
    return row if row is not None else criteria


def _values_row(text: str, roles: list[str | None]) -> list[str] | None:
    placeholder = _PLACEHOLDER_NAME.match(text)
    at = placeholder.end() if placeholder is not None else 0
    name = _CARRIED_NAME.match(text, at)
    if name is None or not any("\u4e00" <= c <= "\u9fff" for c in name.group(0)) or CLAUSE.search(name.group(0)):
        return None
    # "某某有效性有效有效55": a name run onto a text target and actual (no figure or sign before the points)
    named, *worded = cells_between(name.group(0)) if text[name.end():].strip().isdecimal() else [name.group(0)]
    if len(worded) != 2:  # (a target and an actual, or no such cut)
        named, worded = name.group(0), []
    rest = folded(roles[roles.index("name") + 1:])
    optional = next((k for k, role in enumerate(reversed(rest)) if role not in TEXT_AT_END), len(rest))
    fused = rest.index("score") == rest.index("weight") + 1  # a weight and a score side by side may be one run
    least = len(rest) - optional - (1 if fused else 0)
    if "completion" in rest:  # target, actual and rate run together, their unit in a column of its own
        completed = completion_row(text[name.end():], name.group(0), rest)
        if completed is not None:
            return completed
    body, note = _note_off(text[name.end():], rest)
    runs = cells_between(body)
    if note and not (runs and (FIGURE_RUN.fullmatch(runs[-1]) or BARE_RUN.fullmatch(runs[-1]))):
        body, note = text[name.end():], []  # (a figure inside the note: "部分地块2" | "处春旱，…")
        runs = cells_between(body)
    runs = [*worded, *runs]
    values = coefficient_off_points(weight_off_target(echoed_values(with_units(runs), rest), rest), rest)
    if values is None:
        return []  # (a row, but no reading places its points: no row rather than the row above's note)
    values = with_points_off_note([named, *core_off_note(values, rest), *note], ["name", *rest])[1:]
    weight = rest.index("weight")
    # the weight and the score in one run when no figure of their own follows the weight's place; then each cell
    # placed: a weight and a score bare figures, a note no bare figure
    pair = fused and not (len(values) > weight + 1 and FIGURE_RUN.fullmatch(values[weight + 1]))
    lone = _lone_points(values[weight]) if pair and len(values) > weight > 0 and FIGURE.search(values[weight - 1]) \
        and not FIGURE_RUN.fullmatch(values[weight - 1]) else None
    if lone is not None:  # "54" | "消防验收延后": a weight and a score the row reader takes for one figure
        values, pair = [*values[:weight], *lone, *values[weight + 1:]], False
    cells = len(rest) - (1 if pair else 0)
    if len(values) > cells and rest[-1] in _NOTES and weight < cells - 1:  # a note the value runs cut ("2个" | "项目…")
        values = [*values[: cells - 1], "".join(values[cells - 1:])]
    if actual_run_on(values, rest) or one_value(values, rest):
        return [GuessedCell(cell) for cell in unfolded(with_repeated_levels([named, *values], roles), roles)]
    if not least <= len(values) <= len(rest):
        return None
    placed = [*values[: weight + 1], *values[weight: weight + 1], *values[weight + 1:]] if pair else values
    if not pair and percent_weight(placed, weight):  # "5%" | "5": a weight written as its share of 100 %
        placed = [*placed[:weight], placed[weight][:-1], *placed[weight + 1:]]
    if len(placed) > len(rest) or any(
            (FIGURE_RUN.fullmatch(cell) is None) if role in ("weight", "score")
            else (role in _NOTES and FIGURE_RUN.fullmatch(cell) is not None)
            for role, cell in zip(rest, placed, strict=False)):
        return None
    return [GuessedCell(cell) for cell in unfolded(with_repeated_levels([named, *values], roles), roles)]


_SCORE_END = re.compile(r"\d(?:\.\d{1,2})?$")


def _note_off(text: str, rest: list[str | None]) -> tuple[str, list[str]]:
    """The values of a row and the note ending it, a sentence ("…109.47部分乡镇种植结构调整，化肥减量空间有限"), cut
    after the last figure before its first clause mark: the sentence one cell, the figures cut as values. Not when
    the row's last column is no note, or the sentence ends on a figure (an actual written as a sentence, then the
    score)."""
    at = note_opening(text) if rest and rest[-1] in _NOTES else None
    if at is None or _SCORE_END.search(text.rstrip("。.；;")):
        return text, []
    return text[:at], [text[at:]]


def opened_row(text: str, roles: list[str | None]) -> list[str] | None:
    """A fused row that opens on its serial and a level word no word of the form cuts ("3产出质量指标某合格率15≥92%
    93.5%15", "1投入预算执行预算执行率10≥95%96.60%10") under a header of ``roles`` (:func:`level_head`): the serial,
    the 一级 level, the 二级 level (the longest that leaves a row :func:`continued_row` reads), then that row; None
    when the line is no such row, no cell when it opens as one and no reading fits (no row rather than the row
    above's note). Every cell is a guess. Under a header with a text column before the levels (部门职责 / 工作任务),
    the text before the 一级 level is that column's cell. The template's empty row after its levels ("…指标1：") is
    the level cells alone; a row opening on its 二级 level alone, see :func:`_second_level_row`."""
    if roles[0] is None:
        led = False
        for start in (0, *range(2, min(len(text) - 2, _LEAD_TEXT))):  # (a row under a merged duty: no text first)
            if kind(text[start: start + 4]) is Kind.LEVEL1 or kind(text[start: start + 5]) is Kind.LEVEL1:
                led = True
                row = opened_row(text[start:], roles[1:])
                if row:
                    return [*([GuessedCell(text[:start])] if start else []), *row]
        return [] if led else None  # (a line with a level inside that no reading fits: no row, no name of one)
    at = 0
    cells: list[str] = []
    if roles[0] == "number":
        serial = _SERIAL.match(text)
        if serial is None:
            return None
        cells.append(serial.group(0))
        at = serial.end()
    weighted = _WEIGHTED_LEVEL.match(text, at)  # "产出指标（50分）": a 一级 level with its block weight
    # (a level word with its 指标, "满意度指标…", where the cut words did not cut the line)
    worded = [n for n in (5, 4) if text[at + n - 2: at + n] == "指标" and kind(text[at: at + n]) is Kind.LEVEL1]
    # (a whole-unit framework's longer 一级 word without its 指标, "管理效率预算执行…", "可持续发展某建设…")
    spelt = [n for n in range(_LONG_LEVEL_CHARS, _LEVEL_CHARS, -1) if kind(text[at: at + n]) is Kind.LEVEL1]
    for first in (*([weighted.end() - at] if weighted else []), *worded, *spelt, *range(_LEVEL_CHARS, 1, -1)):
        if kind(text[at: at + first]) not in (Kind.LEVEL1, Kind.LEVEL2):
            continue
        start = at + first
        levels = [n for n in range(_LEVEL_CHARS * 3, 1, -1) if kind(text[start: start + n]) is Kind.LEVEL2]
        for second in levels:
            if _PLACEHOLDER_ONLY.fullmatch(text, start + second):  # "…经济效益指标指标1：": the template's empty row
                return [GuessedCell(cell) for cell in (*cells, text[at:start], text[start: start + second])]
            row = continued_row(text[start + second:], roles, levelled=True)
            if row == []:
                return []
            if row is not None:
                return [GuessedCell(cell) for cell in (*cells, text[at:start], text[start: start + second], *row)]
        if levels:
            return []
    # (a framework's short 一级 word without its 指标, "产出某某工作…", opens a 二级 block as a long one does)
    short = [n for n in range(_LEVEL_CHARS, 1, -1) if kind(text[at: at + n]) is Kind.LEVEL1]
    unknown = _unknown_second_level(text, at, spelt or short, cells, roles)
    return unknown if unknown is not None else _second_level_row(text, at, cells, roles)


def _unknown_second_level(text: str, at: int, spelt: list[int], cells: list[str],
                          roles: list[str | None]) -> list[str] | None:
    """A row opening on a whole-unit framework's 一级 word without its 指标, long or short, and a 二级 the lexicon does
    not know, a unit's own duty ("履职效能教育教学某某合格率≥95%…", "履职效能执法办案…", "产出重点工作某某…"): a row
    that opens a 一级 block opens a 二级 block too, but where the unknown 二级 ends and the name begins is not in the
    text. The 二级 is taken as the next four characters (such a framework's 二级 words mostly are), then the row
    :func:`continued_row` reads; each cell a guess. None when the 一级 word itself may be cut two ways
    ("可持续发展能力建设…": 可持续发展 | 能力建设, or 可持续发展能力 | 建设…), the 一级 is written with its 指标 (a
    form that repeats its 一级 on each row and merges its 二级 writes "效益指标某某事故发生次数…": the words after it
    may be the name), the header has no 二级 column, or the four characters are no words or a level."""
    start = at + spelt[0] if len(spelt) == 1 else at
    if start == at or "level2" not in roles or text[at:start].endswith("指标"):
        return None
    second = text[start: start + _GUESSED_LEVEL2_CHARS]
    if len(second) < _GUESSED_LEVEL2_CHARS or not all("\u4e00" <= c <= "\u9fff" for c in second) \
            or kind(second) in (Kind.LEVEL1, Kind.LEVEL2):
        return None
    row = continued_row(text[start + _GUESSED_LEVEL2_CHARS:], roles, levelled=True)
    return [GuessedCell(cell) for cell in (*cells, text[at:start], second, *row)] if row else None


def _second_level_row(text: str, at: int, cells: list[str], roles: list[str | None]) -> list[str] | None:
    """A row opening on its 二级 level written with its 指标 (and its weight at most: "社会效益指标改善某某条件15…",
    "质量指标（5分）某某标准…") under the 一级 level of the rows above, which no word of the form cut (a note with a
    comma kept the line whole), or a 二级 word of five characters or more without it ("服务对象满意度某某满意度≥90%…",
    a name seldom opens on one): the level, then the row :func:`continued_row` reads; None when it is no such row."""
    level = _SECOND_LEVEL.match(text, at)
    end = level.end() if level is not None and kind(level.group(0)) is Kind.LEVEL2 else next(
        (at + n for n in range(_LONG_LEVEL_CHARS, _LONG_LEVEL2_CHARS - 1, -1)
         if text[at: at + n].isalpha() and kind(text[at: at + n]) is Kind.LEVEL2), None)  # (no weight figure on it)
    if end is None:
        return None
    row = continued_row(text[end:], roles, levelled=True)
    return [GuessedCell(cell) for cell in (*cells, text[at:end], *row)] if row else None


# a 二级 level word ending on 指标, its weight after it at most ("社会效益指标", "质量指标（5分）")
_SECOND_LEVEL = re.compile(r"[\u4e00-\u9fff]{2,8}?指标(?:[(（]\d{1,3}分?[)）])?")
_LEAD_TEXT = 30  # characters of a duty or task before a row's levels
_DATE = re.compile(r"\d(?:年|月|日)")  # a deadline ("2024年6月底前", "12月31日前")
_SERIAL = re.compile(r"\d{1,2}(?=[\u4e00-\u9fff])")
_WEIGHTED_LEVEL = re.compile(r"[\u4e00-\u9fff]{2,8}[(（]\d{1,3}分?[)）]")
_LEVEL_CHARS = 3  # characters of a 一级 level written without its 指标 ("产出", "满意度")
_GUESSED_LEVEL2_CHARS = 4  # characters of a 二级 word the lexicon does not know (教育教学, 执法办案)
_LONG_LEVEL2_CHARS = 5  # of a 二级 word read without its 指标 at a row's start (服务对象满意度, 生态环境成本)
_LONG_LEVEL_CHARS = 7  # of the longest (履职效能, 可持续发展, 服务对象满意度: only a 一级 word is tried so long)


def with_lone_points(cells: list[str], roles: list[str | None]) -> list[str]:
    """A fused row cut at the form's words whose weight and score read as one figure before its note at most
    ("…" | "2024年7月12日" | "54" | "消防验收延后") under … | 分值 | 得分 | a note: that figure cut
    (:func:`_lone_points`), when every value column between the name and the weight stands before it, each with a
    figure, and the name before them, or all but one and the last a date (no bare figure is a deadline's actual);
    else the cells as they are ("某率" | "≥90%" | "98" | "某原因": 98 may as well be the actual, the weight and the
    score left empty)."""
    between = _points_last(roles)
    if between is None:
        return cells
    at = len(cells) - (2 if cells and not any(c.isdecimal() for c in cells[-1]) else 1)
    if at < 2 or FIGURE_RUN.fullmatch(cells[at - 1]) or not _named_values(cells, at, between):
        return cells
    lone = _lone_points(cells[at])
    return cells if lone is None else [*cells[:at], *lone, *cells[at + 1:]]


def with_deducted_points(cells: list[str], roles: list[str | None]) -> list[str]:
    """A fused row cut at the form's words under … | 分值 | 扣分 | notes at most (扣分 printed instead of 得分) whose
    weight and deduction read as one figure before its note at most ("≥95%" | "96.2%" | "100", "150"): that figure
    cut into a whole weight and a deduction within it, as guesses, where it is no indicator's weight (100 points or
    more: a whole form's) and exactly one cut fits (100 → 10 | 0, 150 → 15 | 0, 1 | 50 taking more than its
    weight); else the cells as they are ("50" may be a weight of 50 with its deduction left blank, or 5 | 0)."""
    at = roles.index("weight") if "weight" in roles else -1
    if at < 0 or roles[at + 1: at + 2] != ["deduction"] or any(role not in _NOTES for role in roles[at + 2:]):
        return cells
    last = len(cells) - (2 if cells and not any(c.isdecimal() for c in cells[-1]) else 1)
    if last < 2 or FIGURE_RUN.fullmatch(cells[last - 1]) or not FIGURE.search(cells[last - 1]) \
            or not cells[last].isdecimal() or Decimal(cells[last]) < MOST_POINTS:
        return cells
    cuts = [(w, d) for w, d in points_cuts(cells[last]) if w.isdecimal() and 0 < Decimal(w) < MOST_POINTS
            and Decimal(d) <= Decimal(w)]
    if len(cuts) != 1:
        return cells
    return [*cells[:last], *(GuessedCell(cell) for cell in cuts[0]), *cells[last + 1:]]


def _points_last(roles: list[str | None]) -> list[str | None] | None:
    """The value columns between the name and the weight of a header ending … | 分值 | 得分 | notes at most; None
    for any other header."""
    if "weight" not in roles or "name" not in roles[: roles.index("weight")] \
            or roles[roles.index("weight") + 1: roles.index("weight") + 2] != ["score"] \
            or any(role not in _NOTES for role in roles[roles.index("weight") + 2:]):
        return None
    return roles[roles.index("name") + 1: roles.index("weight")]


# a weight and a score run together, then a unit and the words of a note ("109.5个别外出人员…", "108场馆维修…")
_UNIT_NOTE = re.compile(r"(?P<run>\d[\d.]{1,7}?)(?P<unit>" + UNITS + r")(?P<note>[\u4e00-\u9fff].*)", re.DOTALL)
_UNIT_RUN = re.compile(r"\d[\d.]{1,7}(?:" + UNITS + ")")


def with_points_off_note(cells: list[str], roles: list[str | None]) -> list[str]:
    """A fused row (cut at the form's words, or under merged level cells) whose note opens on a unit character
    (… | 分值 | 得分 | a note: "100%" | "95%" | "109.5个" | "别外出人员未能当面核查", "≥95%" | "88%" | "108场" |
    "馆维修暂停开放"): the value runs took the character for the figure's unit. When every value column stands
    before the run, each with a figure, and the name before them, the run and the note are read again: the
    figures the weight and the score (both above 0, the score within the weight), any digits left over and the
    unit opening the note; only where exactly one such reading fits (10 | 9.5 | "个别…"; "2019.5个…" is 20 |
    19.5 | "个…" and 20 | 1 | "9.5个…" alike: as it is). The cells as guesses; else as they are. A score written
    with 分 is the points' own unit; a note ending on a figure, or a run after a date ("5月" | "31日" | "前5月28日
    1010": the date's), no such note."""
    between = _points_last(roles)
    if between is None:
        return cells
    at = next((k for k in range(2, len(cells) - 1) if _UNIT_RUN.fullmatch(cells[k]) and not FIGURE_RUN.fullmatch(
        cells[k - 1]) and not _DATE.search(cells[k - 1]) and _named_values(cells, k, between)), None)
    found = _UNIT_NOTE.fullmatch("".join(cells[at:])) if at is not None else None
    if at is None or found is None or not "\u4e00" <= found.group("unit")[0] <= "\u9fff" \
            or found.group("unit") == "分" or found.group("note")[-1].isdecimal():
        return cells
    run = found.group("run")
    readings = [(w, s, run[k:]) for k in range(2, len(run) + 1) for w, s in points_cuts(run[:k])
                if 0 < Decimal(s) <= Decimal(w) and (k == len(run) or POINT_FIGURE.fullmatch(run[k:]))]
    # several fit: the one the form's stated total chooses when the form is read again (total_picks), else none
    chosen = 0 if len(readings) == 1 else pick("".join(cells), len(readings)) if readings else None
    if chosen is None:
        return cells
    weight, score, digits = readings[chosen]
    note = digits + found.group("unit") + found.group("note")
    return [*cells[:at], *(GuessedCell(cell) for cell in (weight, score, note))]


def _named_values(cells: list[str], at: int, columns: list[str | None]) -> bool:
    """Whether the cells before ``at`` end on the name, then a cell of each value column of ``columns``, or of all but
    one when the last is a date (a deadline's actual is a date or words, no bare figure)."""
    for values in (columns, *([columns[1:]] if columns and _DATE.search(cells[at - 1]) else [])):
        first = at - len(values)
        if first >= 1 and all(map(_stands, cells[first:at], values)) and FIGURE.search(cells[first - 1]) is None:
            return True
    return False


def _stands(cell: str, role: str | None) -> bool:
    """Whether ``cell`` holds what a value column of ``role`` holds: its nature word, its unit, else a figure."""
    wanted = {"nature": Kind.NATURE, "direction": Kind.NATURE, "measure_unit": Kind.MEASURE}.get(str(role))
    return kind(cell) is wanted if wanted else FIGURE.search(cell) is not None


def _lone_points(run: str) -> list[str] | None:
    """A weight and a score run together that read as one figure within a row's points ("54", "54.5" of 5 | 4 and
    5 | 4.5; "1010" and "108.5", over a row's points, the row reader cuts itself): the one cut into a whole weight and
    a score above 0 within it, as guesses; None when another cut fits, or none ("10": a weight alone, 1 | 0 no
    reading; "12": 2 over 1)."""
    if not FIGURE_RUN.fullmatch(run) or Decimal(run) > MOST_POINTS or (run.isdecimal() and run[0] == run[-1]):
        return None
    cuts = [(w, s) for w, s in points_cuts(run) if w.isdecimal() and 0 < Decimal(s) <= Decimal(w)]
    return [GuessedCell(cuts[0][0]), GuessedCell(cuts[0][1])] if len(cuts) == 1 else None
