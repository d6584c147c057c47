"""A score sheet with its scoring notes between the rows (评价内容 | 分值 | 自评分 | 复核分 | 评价标准及依据) that OCR
or a document viewer ran together with no separator: "…分值自评分复核分评价标准及依据项目决策3分立项依据33有年度计划的
计3分,否则不得分。项目管理12分资金管理431、资金管理办法1分;2、…" (invented). Weight and score fuse ("33" is 3 | 3), a
note's list number runs onto them ("431、" is 4 | 3 | 1、), and the notes hold figures of their own ("计3分").

The form's constraints split it (the spaced variant is :mod:`.flat_noted`'s): the header fixes the column order
(name, weight, score); a level cell with its weight ("项目管理12分") opens a block; a row is a name run onto its fused
weight and score, the score no more than the weight, and the rows of a block have weights adding up to the block's
(a sheet with no level cells: all its rows to 100); a figure run onto "1、" whose note goes on with "2、" gives the 1
to the note. Every cell so read is a guess. A block whose rows admit no split or more than one gives no row; a sheet
whose level cell sits inside a row (a text layer printing a merged cell at its middle) gives none either.

:func:`fused_noted_lines` puts such a sheet on a line of its own (the page chunks of a document site joined back to
it); :func:`fused_noted_table` reads that line into a :class:`Table`.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from jixiao.lexicon import lexicon, pattern, roles
from jixiao.readers.document import Table
from jixiao.readers.flat_words import column_role, is_form_word
from jixiao.readers.fused_pairs import RUN, Pair, chosen_pairs, splits
from jixiao.readers.own_line_forms import forms_on_own_lines
from jixiao.readers.textnorm import HAN

# the run-together header's mark: a weight word and a score word side by side, no space (a quick test first)
NOTED_KEY = pattern("noted_sheet.key")
_QUICK = ("自评分", "得分", "评分")
_LEAD = pattern("noted_sheet.weight_lead")  # the level and level-weight columns before the name
_REVIEW = pattern("noted_sheet.review_column")  # a reviewer's score column beside the unit's own
_HEAD = re.compile(r"[（(]?(\d{1,3}(?:\.\d)?)分[）)]?")  # a level cell's weight: "项目管理13分", "项目管理(13分)"
_MARKER = re.compile(r"(?<![\d.])(\d{1,2})、")
_NOTE_CLOSE = re.compile(r"不得分|不计分|为止|满分")  # a note's last words, run onto the next row's name
_NOTE_VERB = "扣计得加减第共约为至满达超"  # a figure after one of these is a note's ("扣1分", "计2分")
_NAME_LENGTH = range(2, 13)
_ROLES = ("level1", "name", "weight", "score")
_FULL = Decimal(100)  # a sheet with no level weights: all its rows' weights make 100


def fused_noted_lines(text: str) -> str:
    """``text`` with each run-together score sheet that reads on a line of its own, the page chunks of a
    document site joined back to it up to the sheet's end."""
    if not any(word in text for word in _QUICK) or NOTED_KEY.search(text) is None:
        return text
    return forms_on_own_lines(text, _header_start, lambda sheet: _rows(sheet) is not None, _sheet_end)


def fused_noted_table(line: str, where: str) -> Table | None:
    """The table of the run-together score sheet that opens ``line`` (as :func:`fused_noted_lines` leaves it),
    every cell below the header a guess; None when the line holds no such sheet or no row of it can be read."""
    if not any(word in line for word in _QUICK):
        return None
    start = _header_start(line)
    rows = _rows(line.strip()) if start == 0 else None
    if rows is None:
        return None
    names = lexicon()["column_names"]
    table = [[names[role] for role in _ROLES], *([row.get(role, "") for role in _ROLES] for row in rows)]
    origins = {(r, c): where for r, row in enumerate(table) for c in range(len(row))}
    guessed = frozenset((r, c) for r, row in enumerate(table) for c, cell in enumerate(row) if r > 0 and cell)
    return Table(table, "", origins=origins, guessed=guessed)


# ---------------------------------------------------------------------------------------------------------
# The header: name | weight | score (| review) (| rule), run together


def _header(line: str) -> tuple[int, int] | None:
    """Where the run-together header starts and where its rows start: the name word before the weight and score
    words (and the level columns before it), the review and rule words after them up to the first level cell."""
    key = NOTED_KEY.search(line)
    if key is None:
        return None
    name = next((length for length in range(7, 1, -1)
                 if column_role(line[key.start() - length: key.start()]) in ("name", "name_weak")
                 and HAN.fullmatch(line[key.start() - length])), None)
    if name is None:
        return None
    start = key.start() - name
    lead = _LEAD.search(line, 0, start)
    if lead is not None and lead.end() == start:
        start = lead.start()
    end = key.end()
    review = _REVIEW.match(line, end)
    end = review.end() if review is not None else end
    rule = _rule_word().match(line, end)  # "评价标准及依据": the notes' column
    end = rule.end() if rule is not None else end
    head = _level_head(line, end)
    if head is not None and (head[0] == end or (head[0] - end <= 12 and column_role(line[end: head[0]]) in (
            "scoring_rule", "deviation"))):
        return start, head[0]
    return (start, end) if rule is not None else None  # a sheet with no level cells: its rows start here


@cache
def _rule_word() -> re.Pattern[str]:
    """The notes' column word of the lexicon (评分标准, 评价标准 …), with what it joins after 及 ("及依据")."""
    words = next(found.pattern for role, found in roles("indicator_columns") if role == "scoring_rule")
    return re.compile(f"(?:{words})(?:及[\u4e00-\u9fff]{{2}})?")


def _header_start(line: str) -> int | None:
    if not any(word in line for word in _QUICK):
        return None
    found = _header(line)
    return found[0] if found is not None else None


@cache
def _end_words() -> re.Pattern[str]:
    """What ends the sheet: a goal or closing label with its colon ("项目年度目标:"), a total row's word with its
    figure, the next table's level columns ("二级指标")."""
    goal, end, total = (pattern(key).pattern.strip("^$") for key in ("goal_row", "form_end", "total_row"))
    return re.compile(f"(?:{goal}|{end})[:：]|(?:{total})[:：]?\\d|二级指标")


def _sheet_end(sheet: str) -> int:
    found = _end_words().search(sheet)
    return found.start() if found is not None else len(sheet)


# ---------------------------------------------------------------------------------------------------------
# Blocks and rows


def _han_before(text: str, at: int, floor: int = 0) -> str:
    """The Chinese characters right before ``at`` (not before ``floor``)."""
    start = at
    while start > floor and HAN.match(text[start - 1]):
        start -= 1
    return text[start:at]


def _level_head(text: str, at: int) -> tuple[int, int, str, Decimal] | None:
    """The first level cell with its weight from ``at`` on ("项目管理13分"): (start, end, level, weight); the level
    word after a stop or a note's closing words ("没有不得分项目管理13分"), not the end of a note's own words
    ("加强内部管理2分")."""
    for found in _HEAD.finditer(text, at):
        before = _han_before(text, found.start(), at)
        word = next((before[-length:] for length in range(min(8, len(before)), 1, -1)
                     if pattern("levels.level1").fullmatch(before[-length:])), None)
        rest = before[: -len(word)] if word is not None else ""
        if word is not None and (not rest or any(close.end() == len(rest) for close in _NOTE_CLOSE.finditer(rest))):
            return found.start() - len(word), found.end(), word, Decimal(found.group(1))
    return None


def _rows(sheet: str) -> list[dict[str, str]] | None:
    """The rows of a sheet that opens on its run-together header: (level cell with its weight, name, weight,
    score), each block's rows only when its split is the one the constraints admit; None when no row reads."""
    header = _header(sheet)
    if header is None or header[0] != 0:
        return None
    body = sheet[header[1]: _sheet_end(sheet)]
    heads = []
    head = _level_head(body, 0)
    while head is not None:
        heads.append(head)
        head = _level_head(body, head[1])
    if heads and heads[0][0] != 0:
        return None
    blocks = [(end, heads[k + 1][0] if k + 1 < len(heads) else len(body), f"{level}({weight}分)", weight)
              for k, (_, end, level, weight) in enumerate(heads)] or [(0, len(body), "", _FULL)]
    rows: list[dict[str, str]] = []
    for start, end, level, weight in blocks:
        block = body[start:end]
        if RUN.match(block):  # the level cell inside a row: which rows are its own is not read here
            return None
        chosen = chosen_pairs(block, _candidates(block, weight), weight)
        for pair, index in chosen or []:
            w, s = pair.options[index][2:]
            rows.append({"level1": level, "name": _name_before(block, pair.start) or "", "weight": w, "score": s})
    return rows or None


def _candidates(block: str, weight: Decimal) -> list[Pair]:
    """The runs of figures in ``block`` that may end a row: a name before them, no 分 / % / unit / decimal point
    after them, none of a note's verbs before them; a run onto "1、" of a note going on with "2、" gives the 1 to
    the note."""
    out: list[Pair] = []
    for run in RUN.finditer(block):
        figures, after = run.group(0), block[run.end(): run.end() + 1]
        name = _name_before(block, run.start())
        if name is None or name[-1] in _NOTE_VERB or after in ("分", "%", "‰", ".", "．") \
                or pattern("value_units").match(block, run.end()) is not None:
            continue
        if after == "、":  # "431、…2、…": the note's first list number run onto the figures
            following = _MARKER.search(block, run.end())
            if not figures.endswith("1") or following is None or following.group(1) != "2":
                continue
            figures = figures[:-1]
        options = splits(figures, weight) if len(figures) >= 2 else ()
        if options:
            out.append(Pair(run.start(), run.start() + len(figures), options, False))
    return out


def _name_before(block: str, at: int) -> str | None:
    """The row's name run onto its figures at ``at``: the Chinese characters before them, after a note's closing
    words ("没有不得分运行监管"); None unless it is a name's length and no word of the form."""
    text = _han_before(block, at)
    closes = list(_NOTE_CLOSE.finditer(text))
    if closes:
        text = text[closes[-1].end():]
    if len(text) not in _NAME_LENGTH or is_form_word(text) or text.endswith("分"):
        return None
    return text
