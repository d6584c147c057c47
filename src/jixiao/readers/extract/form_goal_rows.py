"""A form's 年度总体目标 rows: the goal set for the year and what was done, beside the goal's label or in the row
under a header naming them, cut apart when a page ran them into one cell."""

from __future__ import annotations

import re

from jixiao.model import SourceRef
from jixiao.readers.document import Table
from jixiao.readers.extract.facts import Facts, cell_ref, ref
from jixiao.readers.extract.goal_cut_cells import cut_done_tail, cut_goal_pair
from jixiao.readers.extract.table_columns import cell_role, indicator_header
from jixiao.readers.flat_words import is_form_word
from jixiao.readers.textnorm import HAN, compact

_GOAL = re.compile(r"总体目标|年度(?:绩效)?目标")  # ("年度绩效目标 | 预期目标 | 全年实际完成情况": a bond form's)
# "项目基本情况 | 1.项目年度目标完成情况 | 项目年度目标 | 年度目标完成情况": the Sichuan form's section cell merged down
# before the goal's label
_BASIC_SECTION = re.compile(r"^(?:项目)?基本情况$")
# (the Sichuan form heads its goal cells "项目年度目标 | 年度目标完成情况", the texts in the row below; a district
# form "年初设定目标 | 年度总体目标完成情况综述")
_DONE_LABEL = r"(?:项目)?(?:年度|全年)?(?:总体)?目标(?:实际)?完成情况(?:综述)?"  # the label of what was done
_GOAL_HEADERS = re.compile(r"^(预期目标|(?:全年)?实际完成情况|预期|实际|目标|完成情况|实际完成目标|(?:项目)?年度目标"
                           rf"|年初设定目标|{_DONE_LABEL})$")


def distinct_after(row: list[str], col: int) -> str:
    """The first cell after ``col`` holding text other than the label's (a merged label repeats across cells)."""
    label = row[col]
    for cell in row[col + 1:]:
        if cell.strip() and cell != label:
            return cell.strip()
    return ""


def goal_label(row: list[str], c: int) -> bool:
    """Whether the cell at ``c`` is a goal row's label: the row's first, or its second after the section's cell."""
    return bool(_GOAL.search(compact(row[c]))) and (c == 0 or (c == 1 and bool(_BASIC_SECTION.match(compact(row[0])))))


_INDICATOR_HEADERS = ("level1", "level2", "name", "name_weak")


def goal_row(table: Table, r: int, row: list[str], facts: Facts) -> None:
    """The goal and what was done, in the row led by the goal's label or in the row below it."""
    cells = [c.strip() for c in row[1:] if c.strip() and c != row[0] and HAN.search(c)  # a goal holds words
             and cell_role(compact(c)) not in _INDICATOR_HEADERS  # (a PDF's "一级指标" beside it is no goal)
             and not _FILL_HINT.search(c)]
    distinct: list[str] = []
    for cell in cells:
        if cell not in distinct:
            distinct.append(cell)
    if not distinct or all(_GOAL_HEADERS.match(compact(c)) for c in distinct):
        _goal_below(table, r, row, facts)
        return
    # "年度总体目标 | 总体目标完成情况 | 目标的文字 完成的文字": a column head left in the row is no goal; the one text
    # two texts one space apart, under a head of what was done, is the goal and its actual
    texts = [c for c in distinct if not _GOAL_HEADERS.match(compact(c))]
    if len(texts) < len(distinct) and len(texts) == 1 and _two_goals_under_heads(table, r, row, texts[0], facts):
        return
    distinct = texts
    if _goal_rows_apart(table, r, row, distinct, facts):
        return
    if len(distinct) == 1 and _twice_put(table, r, 1, distinct[0], facts):
        return
    cut = cut_goal_pair(*distinct) if len(distinct) == 2 else cut_done_tail(distinct[0]) if len(distinct) == 1 \
        else None
    if len(distinct) == 1 and cut is not None and facts.get("project.goal_expected") not in (None, cut[0]):
        return  # (the goal already read whole, its 已完成 with it: no result cut out of it beside it)
    if cut is not None:  # a goal cell cut mid-sentence, the rest of it and what was done in the next one (or after it)
        for c, (path, text) in enumerate(zip(("project.goal_expected", "project.goal_actual"), cut, strict=True)):
            facts.put(path, text, ref(table.cell_location(r, c + 1), text, guessed=True))
        return
    facts.put("project.goal_expected", *_goal_text(table, r, 1, distinct[0]))
    if len(distinct) > 1:
        facts.put("project.goal_actual", *_goal_text(table, r, 2, distinct[1]))


def _twice_put(table: Table, r: int, c: int, text: str, facts: Facts) -> bool:
    """"某某。 某某。" in the goal's cell: the goal and what was done, one sentence both, their cells run together
    (both a guess); whether it was read so."""
    twice = _said_twice(text)
    if twice is None:
        return False
    for path in ("project.goal_expected", "project.goal_actual"):
        facts.put(path, twice, ref(table.cell_location(r, c), twice, guessed=True))
    return True


def _said_twice(text: str) -> str | None:
    """The sentence a cell holds twice, a space between ("新建某路500m。 新建某路500m。": a goal met as set, its two
    cells run together); None for any other text."""
    words = list(re.finditer(r"\S+", text))
    middle = len(words) // 2
    if len(words) < 2 or len(words) % 2 or [w.group() for w in words[:middle]] != [w.group() for w in words[middle:]]:
        return None
    return text[: words[middle].start()].strip()


# "年初设定目标 | GOAL" over "年度总体目标完成情况 | RESULT": each goal label leads a row of its own (a form's OCR run
# into one line, read in a garbled order); the completion label's text is what was done, the row above holds the goal
_EXPECTED_LEAD = re.compile(r"^(?:年初设定目标|预期目标)$")
_DONE_LEAD = re.compile(rf"^{_DONE_LABEL}$")
_RESULT_HAN = 2  # what was done holds two characters at least ("公,4" is an OCR stub, no result)


def _goal_rows_apart(table: Table, r: int, row: list[str], texts: list[str], facts: Facts) -> bool:
    """A row led by the completion label under one led by the expected label, one text in each: the goal and
    what was done; whether they were read so."""
    above = table.rows[r - 1] if r > 0 else []
    if len(texts) != 1 or not _DONE_LEAD.match(compact(row[0])) or not above \
            or not _EXPECTED_LEAD.match(compact(above[0])):
        return False
    goal = distinct_after(above, 0)
    if not HAN.search(goal) or _GOAL_HEADERS.match(compact(goal)):
        return False
    facts.put("project.goal_expected", *_goal_text(table, r - 1, next(
        c for c, cell in enumerate(above) if cell.strip() == goal), goal))
    if len(HAN.findall(texts[0])) >= _RESULT_HAN:
        facts.put("project.goal_actual", *_goal_text(table, r, next(
            c for c, cell in enumerate(row) if cell.strip() == texts[0]), texts[0]))
    return True


# "已完工绩 效 指 标": the next section's letter-spaced label a flattened page glued onto the goal's cell
_SPACED_TAIL = re.compile(r"(?<=\S)(?:[\u4e00-\u9fff] +){2,}[\u4e00-\u9fff]\s*$")


def _goal_text(table: Table, r: int, c: int, text: str) -> tuple[str, SourceRef]:
    """A goal cell's text and its source: a letter-spaced form word at its end (a label glued on) cut off, the
    rest then a guess."""
    found = _SPACED_TAIL.search(text) if " " in text else None
    if found is None or not is_form_word(found.group()):
        return text, cell_ref(table, r, c, text)
    kept = text[:found.start()].rstrip()
    return kept, ref(table.cell_location(r, c), kept, guessed=True)


# "年度绩效指标完成情况\t一级指标": the indicator section's label (and its first header) after the goal row
_SECTION_LABEL = re.compile(r"^(?:年度)?绩效指标(?:完成情况)?(?:\s|一级|$)")
# two goal texts one whitespace run apart: a web page's row "预期目标的文字 实际完成情况的文字" (a space after a comma
# is inside one text)
_TWO_TEXTS = re.compile(r"^(\S*[\u4e00-\u9fff]\S*[^\s,，、;；:：])\s+(\S*[\u4e00-\u9fff]\S*)$")
_LONG_GOAL = 8  # each part a goal's words, not a short cell
_SHORT_RESULT = 4  # a result after a goal closed by its 。: "完成年度目标。"
# "对照年度目标，说明相关任务目标的完成情况（100字以内）": the blank template's hint left in a cell, no goal
_FILL_HINT = re.compile(r"\d+\s*字以内")


def _two_goals_in_one_cell(table: Table, r: int, row: list[str], below: list[str], facts: Facts) -> bool:
    """A header row naming both the expected goal and what was done over a row holding one text, two texts one
    space apart (the page printed the row's two cells on one line): the first is the goal, the second the actual.
    A cell that is the indicator section's label is no goal text."""
    keys = [compact(c) for c in row]
    if not any("预期" in k or "设定目标" in k for k in keys) \
            or not any(k.startswith("实际") or k.endswith(("完成情况", "完成情况综述")) for k in keys):
        return False
    # (a short cell beside the texts is the next row's label run onto this one: "项目预算" of 项目预算执行情况)
    texts = [c.strip() for c in below[1:] if c.strip() and c.strip() not in row and HAN.search(c)
             and not _SECTION_LABEL.match(c.strip()) and len(compact(c)) >= _LONG_GOAL]
    found = _TWO_TEXTS.match(texts[0]) if len(texts) == 1 else None
    # (a goal closed by its 。 ends its cell: a short result may follow, "…改革项目。 完成年度目标。")
    if found is None or len(found.group(1)) < _LONG_GOAL \
            or len(found.group(2)) < (_SHORT_RESULT if found.group(1).endswith("。") else _LONG_GOAL):
        return False
    c = below.index(next(cell for cell in below[1:] if cell.strip() == texts[0]), 1)
    facts.put("project.goal_expected", found.group(1), cell_ref(table, r + 1, c, found.group(1)))
    facts.put("project.goal_actual", found.group(2), cell_ref(table, r + 1, c, found.group(2)))
    return True


# the gap between two texts: whitespace with no comma or stop beside it ("建设 ,有益" is inside one text)
_TEXT_GAP = re.compile(r"(?<=[^\s,，、;；:：])\s+(?=[^\s,，、;；:：。])")


def _two_goals_under_heads(table: Table, r: int, row: list[str], text: str, facts: Facts) -> bool:
    gaps = list(_TEXT_GAP.finditer(text)) if any(compact(c).endswith(("完成情况", "完成情况综述")) for c in row[1:]) \
        else []
    if len(gaps) != 1:
        return False
    first, second = text[:gaps[0].start()], text[gaps[0].end():]
    if min(len(first), len(second)) < _LONG_GOAL or not (HAN.search(first) and HAN.search(second)):
        return False
    c = next(k for k, cell in enumerate(row) if cell.strip() == text)
    facts.put("project.goal_expected", first, cell_ref(table, r, c, first))
    facts.put("project.goal_actual", second, cell_ref(table, r, c, second))
    return True


def _spanning_label_dropped(row: list[str], below: list[str]) -> list[str]:
    """"年度总体目标 | 年度总体目标完成情况 | 预期目标 | 实际完成情况" (or "… | 年初设定目标 | 年度总体目标完成情况
    综述") over "年度总体目标 | 目标的文字 | 完成的文字": the second label spans both rows and was printed once, in
    the header; without it the header's cells stand over the texts. (A header with no such label, or a row below as
    long as it, is kept as it is.)"""
    if len(below) >= len(row):
        return row
    keys = [compact(c) for c in row]
    expected = next((c for c, k in enumerate(keys) if "预期" in k or "设定目标" in k), None)
    label = next((c for c, k in enumerate(keys[:expected or 0])
                  if c > 0 and k.endswith(("完成情况", "完成情况综述")) and _GOAL.search(k)), None)
    # (the head of what was done: "实际完成情况", or the label's own words again, "年度总体目标完成情况综述")
    if expected is None or label is None \
            or not any(k.startswith("实际") or _DONE_LEAD.match(k) for k in keys[expected + 1:]):
        return row
    return row[:label] + row[label + 1:]


def _goal_below(table: Table, r: int, row: list[str], facts: Facts) -> None:
    """A header row "年度总体目标：预期目标 | 实际完成情况" with the goal texts in the row below."""
    if r + 1 >= len(table.rows):
        return
    below = table.rows[r + 1]
    if _two_goals_in_one_cell(table, r, row, below, facts):
        return
    heads = _spanning_label_dropped(row, below)
    for path, wanted in (("project.goal_expected", ("预期", "总体目标", "年度目标", "设定目标")),
                         ("project.goal_actual", ("实际", "完成情况"))):
        for c, head in enumerate(heads):
            key = compact(head)
            role_actual = "实际" in key or "完成情况" in key
            if not any(w in key for w in wanted) or role_actual != (path == "project.goal_actual"):
                continue
            text = below[c].strip() if c < len(below) else ""
            # (a goal row of figures over the indicator table: its "一级指标" is no goal, "按期完成各项考核指标" is)
            if text and text not in row and HAN.search(text) and not _GOAL_HEADERS.match(compact(text)) \
                    and not _GOAL.search(compact(text)[:8]) and not _SECTION_LABEL.match(text) \
                    and (cell_role(compact(text)) not in _INDICATOR_HEADERS or indicator_header(below) is None):
                if path == "project.goal_expected" and _done_run_on(table, r + 1, c, row, facts):
                    return
                if path == "project.goal_expected" and _twice_put(table, r + 1, c, text, facts):
                    return
                facts.put(path, *_goal_text(table, r + 1, c, text))
                break


def _done_run_on(table: Table, r: int, c: int, heads: list[str], facts: Facts) -> bool:
    """The goal's cell holding what was done after its 。 ("…设备。已完成", :func:`.goal_cut_cells.cut_done_tail`)
    and no other text in its row (a label aside: the section's "绩效指标" run on after it): the goal and the result,
    both a guess; whether they were read so."""
    row = table.rows[r]
    cut = cut_done_tail(row[c].strip())
    if cut is None or any(HAN.search(x) and x.strip() not in heads and not _SECTION_LABEL.match(x.strip())
                          for k, x in enumerate(row) if k != c):
        return False
    for path, text in zip(("project.goal_expected", "project.goal_actual"), cut, strict=True):
        facts.put(path, text, ref(table.cell_location(r, c), text, guessed=True))
    return True

