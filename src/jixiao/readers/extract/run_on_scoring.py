"""A scoring table a viewer ran together into one line, its cells with no separator: "一级指标分值二级指标分值三级
指标分值评价标准…得分投入13预算配置13在职人员控制率5以100%为标准。…". The first row is certain (it names its block,
its group and its indicator, each with its weight): the block's weight and the first indicator are read from it.

A later row is found by the score that ends the row before it: a sentence's end (the notes close with "。", "%" or
a full stop a viewer printed as "o"), a score no more than that row's weight, then the row's own cells, a block's and
a group's name and weight only where they change ("…编制数。5某某变动率8…", "…100%8过程61预算执行20预算完成率5100%
计满分"), the weights nesting (block ≥ group ≥ indicator; a weight run onto the criteria's figure is its longest head
that fits). A row whose score before it exceeds the last row's weight ends the reading. Every cell so read is a guess;
a page chunk a document site numbered ("2、…") goes on with the line before it.
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.numbers import to_decimal
from jixiao.readers.extract.facts import Facts, IndicatorDraft, ref
from jixiao.readers.extract.outline import Line, Outline

_HEADER = re.compile(r"(?:分值|权重)\s*二级指标\s*(?:分值|权重)\s*三级指标\s*(?:分值|权重)[^\d]{0,24}?得分\s*")
_NAME = r"([\u4e00-\u9fff]{2,16})"
_WEIGHT = r"(\d{1,3}(?:\.\d{1,2})?)"
_FIRST_ROW = re.compile(_NAME + _WEIGHT + _NAME + _WEIGHT + r"(?:" + _NAME + _WEIGHT + r"(?![\d.%]))?")
_HEADER_WORD = re.compile(r"指标|分值|权重|得分|评价标准|说明")
_CHUNK = re.compile(r"^\s*\d{1,2}、")  # a document site's page chunk ("2、…"): the line before it goes on
# a row's score after the notes of the row before it (a viewer's "o" / "O" stands for a full stop), then the next
# row's first name; a decimal point is no sentence's end
_SCORE = re.compile(r"(?:(?<=[。%)oO])|(?<=[^\d]\.))(\d{1,2}(?:\.\d)?)(?=[“\u4e00-\u9fff])")
_CELL = re.compile(r"([“”\u4e00-\u9fff]{2,16}?)(\d{1,4}(?:\.\d{1,2})?)")
_CUT_NAME = re.compile(r"[“”\u4e00-\u9fff]{2,16}\s*$")  # the next row's name where the page was cut
_NOT_A_NAME = re.compile(r"^[个次年月日天人元万分项件条%]")  # "。3个工作日内…": a note's figure, no row
_LEVELS = ("level1", "level2", "name")


def run_on_scoring_row(outline: Outline, facts: Facts) -> list[IndicatorDraft]:
    """The rows of a run-together scoring table: its blocks' weights (into ``stated_block_weights``) and its
    indicators, when the weights nest (block ≥ group ≥ indicator); the rows after the first are guesses."""
    for k, line in enumerate(outline.lines):
        if "二级指标" not in line.norm:
            continue
        header = _HEADER.search(line.norm)
        row = _FIRST_ROW.match(line.norm, header.end()) if header is not None else None
        if row is None or any(_HEADER_WORD.search(row.group(k) or "") for k in (1, 3, 5)):
            continue
        block, group = to_decimal(row.group(2)), to_decimal(row.group(4))
        if not Decimal(0) < group <= block <= Decimal(100):
            continue
        source = ref(line.location, line.text[row.start(): row.end()])
        facts.put_entry("stated_block_weights", row.group(1), block, source)
        weight = to_decimal(row.group(6)) if row.group(6) else None
        if weight is None or not Decimal(0) < weight <= group:
            return []
        draft = IndicatorDraft()
        for field, value in (("name", row.group(5)), ("level1", row.group(1)), ("level2", row.group(3)),
                             ("weight", weight)):
            draft.put(field, value, source)
        return [draft, *_later_rows(line, _joined(outline.lines[k:]), row.end(), draft, facts, [block, group])]
    return []


def _joined(lines: list[Line]) -> str:
    """The line's text with the page chunks after it ("2、…", "3、…") joined back, their numbers dropped (a line
    after one cut at a comma goes on with it too: a chunk's number the reader already dropped)."""
    text = lines[0].norm
    for line in lines[1:]:
        chunk = _CHUNK.match(line.norm)
        if chunk is None and not text.rstrip().endswith((",", "、")):
            break
        text += line.norm[chunk.end() if chunk else 0:]
    return text


def _later_rows(line: Line, text: str, at: int, last: IndicatorDraft, facts: Facts,
                parents: list[Decimal]) -> list[IndicatorDraft]:
    """The rows after the first: each found by the score that closes the row before it."""
    drafts: list[IndicatorDraft] = []
    levels = [last.fields["level1"], last.fields["level2"]]
    for score in _SCORE.finditer(text, at):
        if score.start() < at or _NOT_A_NAME.match(text, score.end()):
            continue
        cells = _cells(text, score.end(), parents)
        if cells is None and not _CUT_NAME.match(text, score.end()):
            continue  # (a figure of the notes)
        value = to_decimal(score.group(1))
        if value > last.fields["weight"]:
            break  # a row whose score before it cannot be the last row's: the table's thread is lost
        last.put("stated_score", value, ref(line.location, text[score.start(): score.end() + 16], guessed=True))
        if cells is None:  # the page cut inside the next row's name
            break
        named, end = cells
        source = ref(line.location, text[score.start(): end], guessed=True)
        for (name, weight), role in zip(named, _LEVELS[-len(named):], strict=True):
            if role != "name":
                depth = _LEVELS.index(role)
                levels[depth:], parents[depth:] = [name], [weight]
                if role == "level1":  # (each block's own source: a later row's is a guess)
                    facts.put_entry("stated_block_weights", name, weight, source)
        last = IndicatorDraft()
        for field, cell in (("name", named[-1][0]), ("level1", levels[0]), ("level2", levels[1]),
                            ("weight", named[-1][1])):
            last.put(field, cell, source)
        drafts.append(last)
        at = end
    return drafts


def _cells(text: str, at: int, parents: list[Decimal]) -> tuple[list[tuple[str, Decimal]], int] | None:
    """A row's cells from ``at``: up to three names, each with its weight, nesting under the block's and the
    group's weights (a block's name and weight first, where it changes); the most cells that fit."""
    found: list[re.Match[str]] = []
    while len(found) < 3:
        cell = _CELL.match(text, found[-1].end() if found else at)
        if cell is None:
            break
        found.append(cell)
    for count in range(len(found), 0, -1):
        ceiling = Decimal(100) if count == 3 else parents[0] if count == 2 else parents[-1]
        cells: list[tuple[str, Decimal]] = []
        end = at
        for cell in found[:count]:
            digits = cell.group(2)
            head = next((digits[:n] for n in range(len(digits), 0, -1)
                         if not digits[:n].endswith(".") and Decimal(0) < to_decimal(digits[:n]) <= ceiling), None)
            if head is None:
                break
            ceiling = to_decimal(head)
            cells.append((cell.group(1), ceiling))
            end = cell.start(2) + len(head)
        if len(cells) == count:
            return cells, end
    return None
