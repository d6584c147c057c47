"""A fused indicator row with no word of the form in it, under a fused header whose rows open on the indicator's
name ("序号指标名称分值年度指标值实际完成值得分", then "2低保对象救助人次20≥5600人次5651人次20"): the row number,
the name up to its first figure, then the value cells. The rows of a header with level columns open on level words,
which cut them already; these rows hold none, so the header's own columns are what cuts them.
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.readers.cells import Kind, kind
from jixiao.readers.flat_completion_rows import FIGURE, completion_row
from jixiao.readers.flat_criteria_rows import criteria_row
from jixiao.readers.flat_deviation_columns import deviation_columns, deviation_row
from jixiao.readers.flat_nature_columns import folded, unfolded
from jixiao.readers.flat_repeated_levels import with_repeated_levels
from jixiao.readers.flat_value_runs import MOST_POINTS, POINT_FIGURE, cells_between, points_cuts
from jixiao.readers.flat_words import CLAUSE, column_role, column_words, is_form_word
from jixiao.readers.fused_money import GuessedCell, WrittenCell

_TEXT_AT_END = frozenset({"deviation", "deduction", "scoring_rule", None})  # columns a row may leave empty at its end
_HEAD_WORDS = 3  # form words a fused line needs to be a header the rows below are cut under
# the name: two characters or more up to the first figure or comparison (a name that holds a figure is not cut; one
# may open on a figure, "65岁以上…", "12345热线…", when no 序号 column comes first)
_NAME = re.compile(r"(?:\d{1,5}(?=[\u4e00-\u9fff]))?[^\d≥≤<>=＝﹦.%]{2,40}?(?=[\d≥≤<>=＝﹦])")


def named_head(cells: list[str], whole: bool = False) -> list[str | None] | None:
    """The column roles of a fused header line whose rows open on the name (a 序号 column before it at most), or
    None. A line that is column words ``whole`` (:func:`.flat_words.header_words`) may name its name column 指标."""
    roles = [column_role(cell) for cell in cells]
    if whole and "name" not in roles:  # "序号指标分值…": the bare 指标 is the name's
        roles = ["name" if role == "name_weak" else role for role in roles]
    if (not whole and sum(map(is_form_word, cells)) < _HEAD_WORDS) or "name" not in roles or roles.index("name") > 1 \
            or (roles.index("name") == 1 and roles[0] != "number") or "level1" in roles \
            or ("level2" in roles and roles.index("level2") != roles.index("name") + 1):
        return None  # (a header with level columns before the name: its rows hold level words, which cut them)
    return roles


def named_row(text: str, roles: list[str | None], number: int) -> list[str] | None:
    """The cells of ``text`` under a header of ``roles`` (:func:`named_head`), the row numbered ``number`` when the
    header has a 序号 column; None when the line is no such row, no cell when it is one no reading fits. Every cell
    is a guess (no separator was written)."""
    at = 0
    cells: list[str] = []
    if roles[0] == "number":
        written = str(number)
        if not text.startswith(written) or text[len(written): len(written) + 1].isdecimal():
            return None
        cells.append(written)
        at = len(written)
    name = _NAME.match(text, at)
    if name is None or not any("\u4e00" <= c <= "\u9fff" for c in name.group(0)) or level_heading(text):
        return None
    columns = roles[len(cells) + 1:]
    named = name.group(0)
    if columns[:1] == ["level2"]:  # "老旧小区改造户数数量指标≥860户…": the 二级 level after the name
        level = next((k for k in range(2, len(named) - 1) if kind(named[k:]) is Kind.LEVEL2), None)
        if level is None:
            return []
        cells.append(named[:level])
        named, columns = named[level:], columns[1:]
    values = _deducted(cells_between(text[name.end():]), columns)
    if values is None:
        return []
    optional = next((k for k, role in enumerate(reversed(columns)) if role not in _TEXT_AT_END), len(columns))
    # each column its cell, the notes at the end aside: a row short of one ("15得到有效保障已实现15") admits many
    # readings (which part is the target, which the actual), so it gives no cell (no row rather than a wrong one);
    # a weight and a score side by side may be one run of figures ("1010"), which the row reader splits
    paired = int(_paired(values, columns))
    if not len(columns) - optional - paired <= len(values) <= len(columns) - paired:
        return []
    bounded = _written(values, columns) if len(values) == len(columns) and "".join(values) == text[name.end():] \
        else set()
    return [*(GuessedCell(cell) for cell in (*cells, named)),
            *(WrittenCell(cell) if k in bounded else GuessedCell(cell) for k, cell in enumerate(values))]


def _written(values: list[str], columns: list[str | None]) -> set[int]:
    """The places in ``values`` (one cell for each of ``columns``, the row's text after the name whole) of the
    weight and the score that the text itself bounds: the weight a whole run of figures before a comparison
    sign (the name before it), the score one at the line's end after a unit or a % (no run of figures is cut
    there, and no other column can hold them)."""
    out: set[int] = set()
    for role in ("weight", "score"):
        at = columns.index(role) if role in columns else -1
        if at < 0 or not _FIGURE_RUN.fullmatch(values[at]):
            continue
        before = values[at - 1][-1:] if at else ""
        if before.isdecimal() or before == ".":
            continue
        last = at == len(values) - 1
        if (role == "score" and last) or (role == "weight" and not last and _SIGN_OPENING.match(values[at + 1])):
            out.add(at)
    return out


def _paired(values: list[str], columns: list[str | None]) -> bool:
    """Whether the weight and the score, side by side, are one run of figures in ``values`` ("1010")."""
    if "weight" not in columns or "score" not in columns or columns.index("score") != columns.index("weight") + 1:
        return False
    weight = columns.index("weight")
    return len(values) > weight and _FIGURE_RUN.fullmatch(values[weight]) is not None \
        and not (len(values) > weight + 1 and _FIGURE_RUN.fullmatch(values[weight + 1]))


_OUTLINE = re.compile(r"(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．])")


def level_heading(text: str) -> bool:
    """"一、产出指标（50分）" / "（一）数量指标": an outline number before a level's name (and its block weight), a
    heading between the rows of a table whose rows hold no level."""
    number = _OUTLINE.match(text)
    return number is not None and kind(text[number.end():]) in (Kind.LEVEL1, Kind.LEVEL2)


_RUN = re.compile(r"[\d.]+")


def _deducted(values: list[str], columns: list[str | None]) -> list[str] | None:
    """``values`` with a deduction and the score after it, run together ("1.513.5", cut by the value runs at the
    decimals into 1.51 | 3.5), cut again where deduction + score = the weight (1.5 | 13.5 of 15); None when no cut
    or several fit; as they are under a header with no such columns."""
    if "deduction" not in columns or "weight" not in columns or "score" not in columns \
            or columns.index("score") != columns.index("deduction") + 1:
        return values
    at, weight = columns.index("deduction"), columns.index("weight")
    if len(values) <= max(at, weight) or not FIGURE.fullmatch(values[weight]) or not _RUN.fullmatch(values[at]):
        return values
    two = len(values) > at + 1 and _RUN.fullmatch(values[at + 1]) is not None
    run = values[at] + values[at + 1] if two else values[at]
    cuts = [(run[:k], run[k:]) for k in range(1, len(run))
            if FIGURE.fullmatch(run[:k]) and FIGURE.fullmatch(run[k:])
            and Decimal(run[:k]) + Decimal(run[k:]) == Decimal(values[weight])]
    if len(cuts) != 1:
        return None
    return [*values[:at], *cuts[0], *values[at + (2 if two else 1):]]


_LEVELS = frozenset({"level1", "level2"})
_NOTES = frozenset({"deviation", "scoring_rule"})  # columns of words
_PLACEHOLDER_NAME = re.compile(r"指标\d{1,2}[:：]?(?=[\u4e00-\u9fff])")  # the template's "指标2：" before a name
# the name of a row carried on: as :data:`_NAME`, or up to a comparison word that opens its target ("…种类不少于12种")
_SIGN_WORDS = "不低于|不少于|不高于|不超过|不大于|不小于"
_CARRIED_NAME = re.compile(r"[^\d≥≤<>=＝﹦.%]{2,40}?(?=[\d≥≤<>=＝﹦]|" + _SIGN_WORDS + ")")
_SIGN_OPENING = re.compile(r"[≥≤<>=＝﹦]|" + _SIGN_WORDS)  # a target's opening
_BARE_FIGURE = re.compile(r"(?:[≥≤<>=＝﹦]|" + _SIGN_WORDS + r")?\d+(?:\.\d+)?")
_UNIT_WORD = re.compile(r"[\u4e00-\u9fff]{1,3}")  # a unit the value runs don't know ("学时", "种") after its figure
_FIGURE_RUN = re.compile(r"\d{1,6}(?:\.\d{1,2})?")  # a weight, or a weight and a score fused ("1010", "109.82")


def recut_head(cells: list[str]) -> list[str]:
    """A fused header's cells with each cell that is several column words run together cut into them ("目标值实际值",
    "指标值完成值得分": words that are no cut words of the form, :func:`.flat_words.column_words`)."""
    out: list[str] = []
    for cell in _closed(cells):
        mark = _LEAD_MARK.match(cell)
        if mark is not None and out and mark.end() < len(cell):  # "权重" | "(%)目标值…": the mark is the cell before's
            out[-1] += mark.group(0)
            cell = cell[mark.end():]
        out.extend(column_words(cell))
    return out


def _closed(cells: list[str]) -> list[str]:
    """``cells`` with a bracketed mark the cut opened ("完成率（B" | "/" | "A）") one cell again."""
    out: list[str] = []
    for cell in cells:
        if out and out[-1].count("（") + out[-1].count("(") > out[-1].count("）") + out[-1].count(")"):
            out[-1] += cell
        else:
            out.append(cell)
    return out


def sub_header(text: str, roles: list[str | None]) -> tuple[list[str], list[str | None]] | None:
    """The cells of a fused header's second row ("年度目标实际完成" under 指标值) and the header's roles with the
    spanning cell's replaced by its parts', when ``text`` is two value columns or more run together, the first of
    a role the header holds once and the others of roles it lacks; else None."""
    parts = column_words(text)
    kinds = [column_role(part) for part in parts]
    if len(parts) < 2 or roles.count(kinds[0]) != 1 or any(kind in roles for kind in kinds[1:]):
        return None
    at = roles.index(kinds[0])
    return parts, [*roles[:at], *kinds, *roles[at + 1:]]


_LEAD_MARK = re.compile(r"[(（][^()（）]{1,6}[)）]")


def level_head(cells: list[str]) -> list[str | None] | None:
    """The column roles of a fused header line with level columns before the name ("一级指标二级指标三级指标年度指标值
    实际完成值分值得分…"; a 序号 or a 绩效指标 caption before them at most), or None."""
    roles = [column_role(cell) for cell in cells]
    if sum(map(is_form_word, cells)) < _HEAD_WORDS or "name" not in roles:
        return None
    at = roles.index("name")
    lead = 1 if roles[0] is None and roles[1:2] == ["level1"] else 0  # "部门职责工作任务" before the levels
    if not at or not set(roles[lead:at]) <= _LEVELS | {"number", "name_weak"} or not _LEVELS & set(roles[:at]) \
            or not {"weight", "score"} <= set(roles[at:]):
        return None
    return roles


def continued_row(text: str, roles: list[str | None]) -> list[str] | None:
    """A fused row under the merged level cells of the row above ("出院人次≥1.1万人次1.08万人次109.82病区…" after
    "产出指标数量指标门急诊人次…") under a header of ``roles`` (:func:`level_head`): the name up to its first figure
    or comparison, then the value cells, each column its cell (a weight and a score may stay fused in one run of
    figures, the row reader splits them; a weight fused onto a rate target is split where the score allows one
    reading only; a note at the end may be left out and is one cell); None when the line is no such row. Every cell
    is a guess; a row under a criteria column that opens and ends as a row and that no reading fits
    (:func:`.flat_criteria_rows.criteria_row`) gives no cell."""
    if deviation_columns(roles):  # a 偏差 column of figures between the actual and the score: its figures run on
        name = _CARRIED_NAME.match(text)
        deviated = deviation_row([name.group(0), text[name.end():]], roles) if name is not None else None
        if deviated is not None:
            return deviated
    # a criteria column among the values: its sentence runs into them
    criteria = criteria_row(text, roles[roles.index("name") + 1:]) if "scoring_rule" in roles else None
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
    rest = folded(roles[roles.index("name") + 1:])
    optional = next((k for k, role in enumerate(reversed(rest)) if role not in _TEXT_AT_END), len(rest))
    fused = rest.index("score") == rest.index("weight") + 1  # a weight and a score side by side may be one run
    least = len(rest) - optional - (1 if fused else 0)
    if "completion" in rest:  # target, actual and rate run together, their unit in a column of its own
        completed = completion_row(text[name.end():], name.group(0), rest)
        if completed is not None:
            return completed
    body, note = _note_off(text[name.end():], rest)
    runs = cells_between(body)
    if note and not (runs and (_FIGURE_RUN.fullmatch(runs[-1]) or _BARE_RUN.fullmatch(runs[-1]))):
        body, note = text[name.end():], []  # (a figure inside the note: "部分地块2" | "处春旱，…")
        runs = cells_between(body)
    values = coefficient_off_points(_weight_off_target(with_units(runs), rest), rest)
    if values is None:
        return []  # (a row, but no reading places its points: no row rather than the row above's note)
    values = [*_core_off_note(values, rest), *note]
    weight = rest.index("weight")
    # the weight and the score in one run when no figure of their own follows the weight's place; then each cell
    # placed: a weight and a score bare figures, a note no bare figure
    pair = fused and not (len(values) > weight + 1 and _FIGURE_RUN.fullmatch(values[weight + 1]))
    lone = _lone_points(values[weight]) if pair and len(values) > weight > 0 and FIGURE.search(values[weight - 1]) \
        and not _FIGURE_RUN.fullmatch(values[weight - 1]) else None
    if lone is not None:  # "54" | "消防验收延后": a weight and a score the row reader takes for one figure
        values, pair = [*values[:weight], *lone, *values[weight + 1:]], False
    cells = len(rest) - (1 if pair else 0)
    if len(values) > cells and rest[-1] in _NOTES and weight < cells - 1:  # a note the value runs cut ("2个" | "项目…")
        values = [*values[: cells - 1], "".join(values[cells - 1:])]
    if _actual_run_on(values, rest) or _one_value(values, rest):
        return [GuessedCell(cell) for cell in unfolded(with_repeated_levels([name.group(0), *values], roles), roles)]
    if not least <= len(values) <= len(rest):
        return None
    placed = [*values[: weight + 1], *values[weight: weight + 1], *values[weight + 1:]] if pair else values
    if not pair and _percent_weight(placed, weight):  # "5%" | "5": a weight written as its share of 100 %
        placed = [*placed[:weight], placed[weight][:-1], *placed[weight + 1:]]
    if len(placed) > len(rest) or any(
            (_FIGURE_RUN.fullmatch(cell) is None) if role in ("weight", "score")
            else (role in _NOTES and _FIGURE_RUN.fullmatch(cell) is not None)
            for role, cell in zip(rest, placed, strict=False)):
        return None
    return [GuessedCell(cell) for cell in unfolded(with_repeated_levels([name.group(0), *values], roles), roles)]


_NOTE_AFTER = re.compile(r"(?<=\d)(?=[\u4e00-\u9fff])")  # a note opening on a word after the row's last figure
_SCORE_END = re.compile(r"\d(?:\.\d{1,2})?$")


def _note_off(text: str, rest: list[str | None]) -> tuple[str, list[str]]:
    """The values of a row and the note ending it, a sentence ("…109.47部分乡镇种植结构调整，化肥减量空间有限"), cut
    after the last figure before its first clause mark: the sentence one cell, the figures cut as values. Not when
    the row's last column is no note, or the sentence ends on a figure (an actual written as a sentence, then the
    score)."""
    clause = CLAUSE.search(text) if rest and rest[-1] in _NOTES else None
    if clause is None:
        return text, []
    cuts = list(_NOTE_AFTER.finditer(text, 0, clause.start()))
    if not cuts or _SCORE_END.search(text.rstrip("。.；;")):
        return text, []
    return text[: cuts[-1].start()], [text[cuts[-1].start():]]


_BARE_RUN = re.compile(r"\d[\d.]{2,14}")  # an actual, a weight and a score run together ("1136109.47")
_BARE_ACTUAL = re.compile(r"(?:[1-9]\d*|0)(?:\.\d{1,2})?")


def _actual_run_on(values: list[str], rest: list[str | None]) -> bool:
    """Whether a bare actual (its unit in a column of its own, or none) runs on into the weight and the score after
    it ("≥30万亩" | "31.21010"), the row's cells otherwise in place: the run one cell, left for the row reader to
    split, and a note at most after it."""
    if "actual" not in rest or rest[rest.index("actual") + 1: rest.index("actual") + 3] != ["weight", "score"]:
        return False
    at = rest.index("actual")
    if not (len(values) in (at + 1, at + 2) and _BARE_RUN.fullmatch(values[at]) and (len(values) == at + 1 or (
            rest[at + 3: at + 4] == ["deviation"] and not any(c.isdecimal() for c in values[at + 1][:1])))):
        return False
    run = values[at]  # a run an actual, a weight and a score make, and no weight and score alone ("109.65": 10 | 9.65)
    return not _points_cut(run) and any(_BARE_ACTUAL.fullmatch(run[:k]) and _points_cut(run[k:])
                                        for k in range(1, len(run) - 1))


def _one_value(values: list[str], rest: list[str | None]) -> bool:
    """Whether a row under 指标值 | 完成值 | 分值 | 得分 holds one value and then its weight and score run together
    ("预算执行率" | "96.5%" | "109.65", its target cell left empty): its cells as they are, for the row reader to place
    the value by what it holds and to split the points, as it does for the same row in cells of their own."""
    at = rest.index("target") if "target" in rest else -1
    return at >= 0 and rest[at + 1: at + 4] == ["actual", "weight", "score"] and len(values) == at + 2 \
        and FIGURE.search(values[at]) is not None and _FIGURE_RUN.fullmatch(values[at + 1]) is not None \
        and _points_cut(values[at + 1])


def with_lone_points(cells: list[str], roles: list[str | None]) -> list[str]:
    """A fused row cut at the form's words whose weight and score read as one figure before its note at most
    ("…" | "2024年7月12日" | "54" | "消防验收延后") under … | 分值 | 得分 | a note: that figure cut
    (:func:`_lone_points`); else the cells as they are."""
    if "weight" not in roles or roles[roles.index("weight") + 1: roles.index("weight") + 2] != ["score"] \
            or any(role not in _NOTES for role in roles[roles.index("weight") + 2:]):
        return cells
    at = len(cells) - (2 if cells and not any(c.isdecimal() for c in cells[-1]) else 1)
    if at < 2 or _FIGURE_RUN.fullmatch(cells[at - 1]) or FIGURE.search(cells[at - 1]) is None:
        return cells
    lone = _lone_points(cells[at])
    return cells if lone is None else [*cells[:at], *lone, *cells[at + 1:]]


def _lone_points(run: str) -> list[str] | None:
    """A weight and a score run together that read as one figure within a row's points ("54", "54.5" of 5 | 4 and
    5 | 4.5; "1010" and "108.5", over a row's points, the row reader cuts itself): the one cut into a whole weight and
    a score above 0 within it, as guesses; None when another cut fits, or none ("10": a weight alone, 1 | 0 no
    reading; "12": 2 over 1)."""
    if not _FIGURE_RUN.fullmatch(run) or Decimal(run) > MOST_POINTS or (run.isdecimal() and run[0] == run[-1]):
        return None
    cuts = [(w, s) for w, s in points_cuts(run) if w.isdecimal() and 0 < Decimal(s) <= Decimal(w)]
    return [GuessedCell(cuts[0][0]), GuessedCell(cuts[0][1])] if len(cuts) == 1 else None


def _points_cut(run: str) -> bool:
    """Whether ``run`` is a weight and a score run together: two figures, the score within the weight, the weight
    above 0 and within a row's points."""
    return any(Decimal(score) <= Decimal(weight) and Decimal(weight) > 0 for weight, score in points_cuts(run))


def _percent_weight(values: list[str], weight: int) -> bool:
    """Whether the weight's cell is written as a share of the form's 100 % ("5%") and a score of its own follows it
    within it ("5%" | "5", "10%" | "9")."""
    if len(values) <= weight + 1 or not values[weight].endswith("%"):
        return False
    share, score = values[weight][:-1], values[weight + 1]
    return _FIGURE_RUN.fullmatch(share) is not None and _FIGURE_RUN.fullmatch(score) is not None \
        and Decimal(score) <= Decimal(share) <= MOST_POINTS


def with_units(cells: list[str]) -> list[str]:
    """``cells`` with a figure and the short word after it one cell when a figure follows that word ("≥48" | "学时" |
    "40" | "学时" | "108.33" → "≥48学时" | "40学时" | "108.33"): a unit the value runs do not know."""
    out: list[str] = []
    for k, cell in enumerate(cells):
        if out and _UNIT_WORD.fullmatch(cell) and _BARE_FIGURE.fullmatch(out[-1]) and k + 1 < len(cells) \
                and cells[k + 1][:1].isdecimal():
            out[-1] += cell
        else:
            out.append(cell)
    return out


_RATE_RUN = re.compile(r"\d{2,5}(?:\.\d+)?%")  # "2095%": a weight and a rate target run together


def _weight_off_target(values: list[str], rest: list[str | None]) -> list[str]:
    """``values`` with a weight run onto the rate target after it ("2095%" under 分值 | 年度指标值, the score 20
    further on) cut where one reading only keeps the score within the weight (20 | 95%; 209 | 5% is more points than a
    form has, 2 | 095% no figure); as they are when the columns, the cells or the readings do not allow it."""
    weight, score = rest.index("weight"), rest.index("score")
    if weight + 1 >= len(rest) or rest[weight + 1] != "target" or score <= weight + 1 or len(values) < score \
            or not _RATE_RUN.fullmatch(values[weight]) or not _FIGURE_RUN.fullmatch(values[score - 1]):
        return values
    run, points = values[weight], Decimal(values[score - 1])
    cuts = [k for k in range(1, run.index("%")) if (run[0] != "0" and run[k] != "0") or run[k:k + 2] in ("0%", "0.")]
    fits = [k for k in cuts if points <= Decimal(run[:k]) <= MOST_POINTS and run[k:k + 1] != "." and "." not in run[:k]]
    if len(fits) != 1 or len(values) >= len(rest):
        return values
    return [*values[:weight], run[: fits[0]], run[fits[0]:], *values[weight + 1:]]


_THREE_FIGURES = re.compile(r"[\d.]{3,12}")  # a coefficient, a weight and a score run together
_HUNDRED = Decimal(100)


def coefficient_off_points(values: list[str], rest: list[str | None]) -> list[str] | None:
    """``values`` with a score coefficient, the weight and the score run together ("902018" under 得分系数(%) |
    指标权重 | 指标得分) cut where one reading only keeps the coefficient within 100 %, the weight within the points a
    row holds and the score within the weight (90 | 20 | 18; 9 | 020 … no figure, 90 | 2 | 018 no figure, 902 | 0 | 18
    over 100 %); as they are under other columns or with no such run; None when the run admits several cuts, or
    stands where the columns do not put it (a value cell left empty before it: which one, the row does not say)."""
    if "coefficient" not in rest or rest[rest.index("coefficient") + 1: rest.index("coefficient") + 3] \
            != ["weight", "score"]:
        return values
    at = rest.index("coefficient")
    if len(values) > at and ("%" in values[at] or (len(values) > at + 1 and _FIGURE_RUN.fullmatch(values[at + 1]))):
        return values  # the coefficient a cell of its own
    cuts = _points_cuts(values[at]) if len(values) > at and _THREE_FIGURES.fullmatch(values[at]) else []
    if len(cuts) == 1:
        return [*values[:at], *cuts[0], *values[at + 1:]]
    runs = bool(cuts) or any(_THREE_FIGURES.fullmatch(cell) and _points_cuts(cell) for cell in values)
    return None if runs else values


def _points_cuts(run: str) -> list[tuple[str, str, str]]:
    """The cuts of ``run`` into a coefficient (within 100 %), a weight (above 0, within the points a row holds) and
    a score (within the weight), each a figure with no leading zero."""
    return [(run[:i], run[i:j], run[j:]) for i in range(1, len(run) - 1) for j in range(i + 1, len(run))
            if all(POINT_FIGURE.fullmatch(part) for part in (run[:i], run[i:j], run[j:]))
            and Decimal(run[:i]) <= _HUNDRED and Decimal(run[j:]) <= Decimal(run[i:j]) <= MOST_POINTS
            and Decimal(run[i:j]) > 0]


def _core_off_note(values: list[str], rest: list[str | None]) -> list[str]:
    """``values`` with a 是否核心指标 answer run onto the note after it ("是两个项目…") cut off the note."""
    if "core" not in rest or rest[rest.index("core") + 1: rest.index("core") + 2] != ["deviation"]:
        return values
    at = rest.index("core")
    if len(values) != at + 1 or values[at][:1] not in ("是", "否") or len(values[at]) < 3:
        return values
    return [*values[:at], values[at][:1], values[at][1:]]


def opened_row(text: str, roles: list[str | None]) -> list[str] | None:
    """A fused row that opens on its serial and a level word no word of the form cuts ("3产出质量指标某合格率15≥92%
    93.5%15", "1投入预算执行预算执行率10≥95%96.60%10") under a header of ``roles`` (:func:`level_head`): the serial,
    the 一级 level, the 二级 level (the longest that leaves a row :func:`continued_row` reads), then that row; None
    when the line is no such row, no cell when it opens as one and no reading fits (no row rather than the row
    above's note). Every cell is a guess. Under a header with a text column before the levels (部门职责 / 工作任务),
    the text before the 一级 level is that column's cell."""
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
    for first in (*([weighted.end() - at] if weighted else []), *worded, *range(_LEVEL_CHARS, 1, -1)):
        if kind(text[at: at + first]) not in (Kind.LEVEL1, Kind.LEVEL2):
            continue
        start = at + first
        levels = [n for n in range(_LEVEL_CHARS * 3, 1, -1) if kind(text[start: start + n]) is Kind.LEVEL2]
        for second in levels:
            row = continued_row(text[start + second:], roles)
            if row == []:
                return []
            if row is not None:
                return [GuessedCell(cell) for cell in (*cells, text[at:start], text[start: start + second], *row)]
        if levels:
            return []
    return None


_LEAD_TEXT = 30  # characters of a duty or task before a row's levels
_SERIAL = re.compile(r"\d{1,2}(?=[\u4e00-\u9fff])")
_WEIGHTED_LEVEL = re.compile(r"[\u4e00-\u9fff]{2,8}[(（]\d{1,3}分?[)）]")
_LEVEL_CHARS = 3  # characters of a 一级 level written without its 指标 ("产出", "满意度")
