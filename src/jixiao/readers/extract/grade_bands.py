"""The grade bands a report states for its own total ("90分（含）以上为优、80-89分为良、60-79分为中、60分以下为差",
"综合评分85分以上为优秀", "优：90-100分；良：80-89分…"), kept as a fact with its source line so that the
grade check can judge the stated grade by the report's own rule.

Each band is a grade and the lowest total that gets it; whether that total itself belongs is kept as the
wording says it (含 / ≥ / 不低于: yes; 不含 / > / 高于: no; a bare 以上: not said, either reading). The band
below all others ("60分以下为差") starts at 0. A list of bands may run over several lines, one band a line.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from decimal import Decimal
from functools import partial
from typing import Any

from jixiao.model import GRADE_SYNONYMS, Grade
from jixiao.readers.extract.facts import Facts, SourceRef, cell_ref, ref
from jixiao.readers.extract.outline import Line, Outline
from jixiao.readers.label_fields import label_field
from jixiao.readers.textnorm import compact, match_text

_WORDS = "|".join(sorted(GRADE_SYNONYMS, key=len, reverse=True))
_Q = r"[\"“”'「」『』【】]?"
# the grade a clause gives, at its end ("…为优", "…的为“优秀”等级") or at its start ("优：90-100分", "良(80-89分)")
_LEVEL = r"(?:等级|等次|档次|级|档)?"
_GRADE_AFTER = re.compile(rf"(?:为|是|属于|评为|定为|评定为|确定为)\s*{_Q}\s*({_WORDS})\s*{_Q}\s*{_LEVEL}\s*$")
_GRADE_FIRST = re.compile(rf"(?:^|:)\s*{_Q}\s*({_WORDS})\s*{_Q}\s*{_LEVEL}\s*(?::|\(|为)")
_N = r"(\d{1,3}(?:\.\d{1,2})?)"
_MARK = r"(?:\s*\((不)?含(?:本数|\d{1,3}(?:\.\d{1,2})?分?)?\))?"  # "(含)", "(不含90分)"
_TO = r"\s*(?:-|~|～|—{1,2}|至|到)\s*"
# "80-89分", "80分(含)至90分(不含)", "90—100分"
_RANGE = re.compile(_N + r"\s*分?" + _MARK + _TO + _N + r"\s*分?" + _MARK)
# "90分以上", "90分(含)以上", "90分及以上(含90分)"
_ABOVE = re.compile(_N + r"\s*分?" + _MARK + r"\s*(?:及|或)?以上" + _MARK)
# "≥90分", "不低于90分", ">90分", "80分≤得分<90分" (the lower bound before the score's word)
_AT_LEAST = re.compile(r"(≥|>=|大于等于|不低于|不少于|不小于|>|大于|高于|超过)\s*" + _N)
_LOWER_FIRST = re.compile(_N + r"\s*分?\s*(≤|<=|<)(?:[^\d<≤]{0,6}?(?:<|≤|<=)\s*" + _N + ")?")
# "60分以下", "低于60分", "<60分", "不足60分", "59分及以下"
_BELOW = re.compile(_N + r"\s*分?" + _MARK + r"\s*(?:及|或)?以下|(?:低于|小于|不足|不到|<|≤)\s*" + _N)
# (every alternative a literal, the class of single marks spelt out: a search skips to their characters)
_BOUND_WORD = re.compile(r"以上|以下|-|~|～|—|至|到|≥|≤|<|>|低于|高于|大于|小于|不少于|不足|不到|超过")
_RANK = {Grade.EXCELLENT: 3, Grade.GOOD: 2, Grade.FAIR: 1, Grade.POOR: 0}
_CLAUSE = re.compile(r"[,;、。]")
_GRADE_CELL = re.compile(rf"{_Q}\s*(?:{_WORDS})\s*{_Q}")
_SPACES = re.compile(r"\s+")
# a header naming a table a grade rule ("分数区间 | 等级", "等级标准"); every alternative opens on a literal, so a
# search skips to their characters (grouped in front, the words gave it none and it was tried at every character)
_RULE_HEAD = re.compile("|".join(word + "(?:区间|范围|段)" for word in ("分数", "得分", "分值", "评分", "总分"))
                        + "|等级(?:标准|划分|区间)")
_TICKS = frozenset("√✓✔☑■●")  # the mark a band table's 本项目 / 自评结果 column puts in the report's own row
_HUNDRED = Decimal(100)
_MIN_TOP = Decimal(50)  # the top band of a 100-point total starts no lower (an indicator's "8分以上为优" is no rule)


def _band(clause: str) -> dict[str, Any] | None:
    """One band from a clause: its grade and the lowest total that gets it (None when the clause is no band)."""
    if "分" not in clause or "%" in clause:  # (the plain tests first: most clauses of a report hold no band)
        return None
    grade_at = _GRADE_AFTER.search(clause) or _GRADE_FIRST.search(clause)  # ("分数段：优：90-100分")
    if grade_at is None:
        return None
    grade = GRADE_SYNONYMS[grade_at.group(1)]
    rest = clause[: grade_at.start()] if grade_at.re is _GRADE_AFTER else clause[grade_at.end():]
    if (found := _RANGE.search(rest)) is not None:
        low, high = Decimal(found.group(1)), Decimal(found.group(3))
        return {"grade": grade, "min": low, "min_inclusive": found.group(2) is None, "max": high} \
            if low < high else None
    if (found := _ABOVE.search(rest)) is not None:
        excluded = found.group(2) or found.group(3)
        stated = found.group(0).count("含") > 0
        return {"grade": grade, "min": Decimal(found.group(1)),
                "min_inclusive": (excluded is None) if stated else None, "max": None}
    if (found := _AT_LEAST.search(rest)) is not None:
        word = found.group(1)
        return {"grade": grade, "min": Decimal(found.group(2)),
                "min_inclusive": word in ("≥", ">=", "大于等于", "不低于", "不少于", "不小于"), "max": None}
    if (found := _LOWER_FIRST.search(rest)) is not None:
        top = Decimal(found.group(3)) if found.group(3) else None  # "80≤得分<90"
        return {"grade": grade, "min": Decimal(found.group(1)), "min_inclusive": found.group(2) != "<", "max": top}
    if (found := _BELOW.search(rest)) is not None:
        return {"grade": grade, "min": Decimal(0), "min_inclusive": True,
                "max": Decimal(found.group(1) or found.group(3))}
    return None


def _bands_in(norm: str) -> list[dict[str, Any]]:
    return [band for clause in _CLAUSE.split(norm) if (band := _band(clause)) is not None]


def _valid(bands: list[dict[str, Any]]) -> bool:
    """A rule for a 100-point total: one band a grade, a higher grade for a higher band, the top one at 50 or
    more, every bound within 100."""
    ordered = sorted(bands, key=lambda band: band["min"], reverse=True)
    ranks = [_RANK[band["grade"]] for band in ordered]
    return len({band["grade"] for band in bands}) == len(bands) and ranks == sorted(ranks, reverse=True) \
        and ordered[0]["min"] >= _MIN_TOP and all(band["min"] <= _HUNDRED for band in bands) \
        and len({band["min"] for band in bands}) == len(bands)


def _row_band(row: list[str]) -> tuple[dict[str, Any], int, int, str, int | None] | None:
    """The band a row of a band table states, a score range's cell beside its grade's ("90（含）-100分 | 优 | √";
    the range before its grade, else after it: "自评等级 | 优 | 80-89分 | 良" is 良's, not 优's), with the range's
    column, the grade's, the grade's word and the column of a tick in the row (None: no tick); a range with no 分
    is taken in points ("80-89 | 良")."""
    grades = [c for c, cell in enumerate(row) if _GRADE_CELL.fullmatch(match_text(cell).strip())]
    pairs = [(c - 1, c) for c in grades if c > 0] + [(c + 1, c) for c in grades if c + 1 < len(row)]
    for at, c in pairs:
        points = _SPACES.sub("", match_text(row[at]))  # (a run of spaces: the patterns' \s* run long)
        if not _BOUND_WORD.search(points) or _CLAUSE.search(points):
            continue
        grade = match_text(row[c]).strip().strip("\"“”'")
        band = _band(f"{points if '分' in points else points + '分'}为{grade}")
        if band is not None:
            tick = next((t for t in range(len(row)) if row[t].strip() in _TICKS), None)
            return band, at, c, grade, tick
    return None


def _rule_head(cells: list[str]) -> bool:
    """A table (or a flattened row) that is the report's rule: printing its result (a 自评总分 cell) or naming its
    columns a grade rule's (分数区间, 等级标准)."""
    return any(_RULE_HEAD.fullmatch(compact(cell)) or label_field(cell) == "stated_total" for cell in cells)


def _rows_bands(rows: Iterable[tuple[list[str], Callable[[int, str], SourceRef]]]
                ) -> tuple[list[dict[str, Any]], str, tuple[str, SourceRef] | None]:
    """The bands of a band table's rows (:func:`_row_band`; each row with the source of its cell at a column and
    a quote), the rows' text, and the grade a tick marks (the report's grade) when one row alone has a tick."""
    found: list[dict[str, Any]] = []
    texts: list[str] = []
    ticked: list[tuple[str, SourceRef]] = []
    for row, source in rows:
        if (read := _row_band(row)) is None:
            continue
        band, at, c, grade, tick = read
        found.append(band)
        texts.append(f"{row[at].strip()} {row[c].strip()}")
        if tick is not None:
            ticked.append((grade, source(tick, f"{row[at].strip()} {grade} {row[tick].strip()}")))
    return found, "；".join(texts), ticked[0] if len(ticked) == 1 else None


def _table_bands(outline: Outline) -> tuple[list[dict[str, Any]], str, str, tuple[str, SourceRef] | None]:
    """The bands of the first table stating them a row each (:func:`_row_band`: 分数区间 | 等级 over "90—100分 |
    优", or printed beside the result: "自评总分 | 93.5 | 90分（含）以上 | 优"), with the table's name and the rows'
    text. Only a table that is the report's rule (:func:`_rule_head`); a table of another assessment's bands
    (考核得分 | 档次, for the villages a town assesses) is not. Last, the grade a tick marks in one band's row
    ("90（含）-100分 | 优 | √": the report's grade) with its source, when one row alone has a tick."""
    for _, table in outline.tables:
        if not any(_rule_head(row) for row in table.rows):
            continue
        found, text, ticked = _rows_bands((row, partial(cell_ref, table, r)) for r, row in enumerate(table.rows))
        if len(found) >= 2:
            return found, table.name, text, ticked
    return [], "", "", None


_CELL_BREAK = re.compile(r"[\s|]+")  # (a flattened row's cells: parted by runs of spaces, a web page's " | ")
# a row whose range, grade and tick ran together ("90（含）-100分优√", "60分以下差"): cut after the range's 分 (or
# its bound word, or its closing bracket) at a grade word ending the row, a tick at most after it
_FUSED_ROW = re.compile(rf"(.*\d.*?(?:分|以上|以下|[)）]))((?:{_WORDS}))([{''.join(sorted(_TICKS))}]?)")
_HEAD_CELLS = 4  # the head's other cells a flattened table may print after its rule's column (等级, 本项目)


def _is_range(token: str) -> bool:
    norm = match_text(token)
    return _BOUND_WORD.search(norm) is not None and any(ch.isdigit() for ch in norm)


def _band_token(token: str) -> bool:
    """A flattened band table's cell: a score range, a grade word or a tick."""
    return token in _TICKS or _GRADE_CELL.fullmatch(match_text(token).strip()) is not None or _is_range(token)


def _flat_rows(head: Line, tail: list[str], lines: list[Line]) -> list[tuple[list[str], Line, bool]]:
    """The rows of a band table flattened after its head's cell (:func:`_rule_head`): a line of several cells a
    row ("90（含）-100分  优  √"); cells a line each (or run on along the head's line) a row from each score range
    to the next, a rebuilt row (True: which row a tick after a grade belongs to is then a guess). The rows start
    at a range (a grade's cell first: its range's side unknown, no rows) and end at a cell of another kind."""
    pieces = [([token], head, True) for token in tail]
    pieces += [(cells, line, len(cells) == 1) for line in lines
               if (cells := _CELL_BREAK.split(line.text.strip())) != [""]]
    rows: list[tuple[list[str], Line, bool]] = []
    skipped = 0
    for cells, line, single in pieces:
        if not single:
            if _row_band(cells) is not None:
                rows.append((cells, line, False))
                continue
        elif (cut := _FUSED_ROW.fullmatch(cells[0])) is not None and _is_range(cut.group(1)):
            rows.append(([part for part in cut.groups() if part], line, True))  # "90（含）-100分优√" run together
            continue
        elif _is_range(cells[0]):
            rows.append(([cells[0]], line, True))
            continue
        elif rows and rows[-1][2] and _band_token(cells[0]):
            rows[-1][0].append(cells[0])
            continue
        elif not rows and _band_token(cells[0]):
            break  # a grade or a tick before any range: the columns' order is not the one read here
        skipped += 1
        if rows or skipped > _HEAD_CELLS:
            break
    return rows


def _line_ref(location: str, guessed: bool, _column: int, text: str) -> SourceRef:
    """The source of a flattened band table's cell: its line (a guess when its row was rebuilt)."""
    return ref(location, text, guessed=guessed)


# the head's other cells after its rule's column word, run onto it ("分数段等级本项目")
_FUSED_HEAD = re.compile(r"(?:等级|等次|档次|本项目|本单位|自评结果|评价结果|备注){1,3}")


def _fused_head(cell: str) -> bool:
    """"分数段等级本项目": a grade rule's column word with the head's other words run onto it, no figure."""
    key = compact(cell)
    head = _RULE_HEAD.match(key)
    return head is not None and _FUSED_HEAD.fullmatch(key[head.end():]) is not None


def _line_table_bands(outline: Outline) -> tuple[list[dict[str, Any]], str, str, tuple[str, SourceRef] | None]:
    """The bands of a band table whose text came flattened (a web page's or a pasted table's lines), read row by
    row as :func:`_table_bands` reads a table's (:func:`_flat_rows`), after a cell naming a grade rule's column
    (分数段, 分数区间, 等级标准; a result's cell alone heads no flattened table)."""
    lines = outline.lines
    for i, line in enumerate(lines):
        if _RULE_HEAD.search(line.norm) is None:
            continue
        cells = _CELL_BREAK.split(line.text.strip())
        at = next((c for c, cell in enumerate(cells) if _RULE_HEAD.fullmatch(compact(cell))), None)
        if at is None and len(cells) == 1 and _fused_head(cells[0]):
            at = 0  # "分数段等级本项目": the head's cells run together, no row's among them
        if at is None:
            continue
        rows = _flat_rows(line, cells[at + 1:], lines[i + 1: i + 40])
        found, text, ticked = _rows_bands((row, partial(_line_ref, where.location, rebuilt))
                                          for row, where, rebuilt in rows)
        if len(found) >= 2:
            return found, line.location, text, ticked
    return [], "", "", None


def extract_grade_bands(outline: Outline, facts: Facts) -> None:
    """The first statement of the report's own grade bands (one line, or a run of lines one band each); with none
    in the text, a table's (:func:`_table_bands`)."""
    found: list[dict[str, Any]] = []
    first, last, previous = None, None, -2
    for line in outline.lines:
        norm = line.norm
        if "分" not in norm or not _BOUND_WORD.search(norm):
            if found:
                break
            continue  # (the literals first: most lines state no band)
        bands = _bands_in(norm[line.body_start:])
        if not bands:
            if found:
                break
            continue
        if found and line.position != previous + 1:
            break  # another statement further on: the first one is kept
        found.extend(bands)
        first, last, previous = first or line, line, line.position
    if not found or first is None or last is None:
        found, location, text, ticked = _table_bands(outline)
        if not found:
            found, location, text, ticked = _line_table_bands(outline)
        if ticked is not None and found and _valid(found):
            facts.put("stated_grade", GRADE_SYNONYMS[ticked[0]].value, ticked[1], "评价等级")
    else:
        location, text = first.location, first.text if first is last else f"{first.text}…{last.text}"
    if not found or not _valid(found):
        return
    ordered = sorted(found, key=lambda band: band["min"], reverse=True)
    facts.put("stated_grade_bands", [{**band, "grade": band["grade"].value} for band in ordered], ref(location, text))
