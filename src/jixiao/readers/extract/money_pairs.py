"""The execution-rate indicator of a money block written as 'label：value' pairs on a line, as a PDF or
a form-filling system prints it ("预算执行率：97.65%    分值：10    得分：9.77"), or as a header row over its figures
("预算执行率 | 分值 | 得分" over "96.49% | 10 | 9.65"): the rate, its weight and its score, like a money block's row."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from jixiao.model import SourceRef
from jixiao.readers.extract.facts import IndicatorDraft, ref
from jixiao.readers.extract.outline import Line, Outline
from jixiao.readers.extract.prose_execution import execution_sentences
from jixiao.readers.extract.values import to_decimal
from jixiao.readers.textnorm import match_text

_NUM = r"(\d+(?:\.\d+)?)"
_RATE = re.compile(r"(?:预算执行率|执行率)\s*:\s*" + _NUM + r"\s*%")
_WEIGHT = re.compile(r"(?:分值|权重)\s*:\s*" + _NUM + r"\s*分?")
_SCORE = re.compile(r"得分\s*:\s*" + _NUM + r"\s*分?")
_RATE_HEAD = re.compile(r"\s*(?:预算|资金)?执行率\s*")  # a header cell naming the rate alone


def execution_pairs(outline: Outline, stated_rate: Decimal | None = None) -> list[IndicatorDraft]:
    """A 预算执行率 draft from the first line holding the rate, its 分值 and its 得分 as pairs; a line
    labelled as the money's score ("资金执行得分 | 分值：10分 | 得分：9.53分") takes the rate the money
    table states (``stated_rate``)."""
    for line, record in _candidates(outline, stated_rate is not None):
        norm = line.norm
        if record:  # a table row under its header: "执行率：95.90%（得分9.59分，满分10分）" in its rate cell
            found = next(execution_sentences(norm), None)
            if found is not None and found[1] is not None:
                return [execution_draft(ref(line.location, line.text), found[1], found[2], found[3])]
            continue
        if "得分" not in norm or ("执行率" not in norm and not (stated_rate is not None and "执行" in norm)):
            continue
        rate, weight, score = _RATE.search(norm), _WEIGHT.search(norm), _SCORE.search(norm)
        if weight is None or score is None or not weight.start() < score.start():
            continue
        if rate is None:
            label = _MONEY_SCORE_LABEL.match(norm)
            if label is None or stated_rate is None or label.end() > weight.start():
                continue
            value, start = stated_rate, label.start()
        elif rate.start() < weight.start():
            value, start = to_decimal(rate.group(1)), rate.start()
        else:
            continue
        source = ref(line.location, line.text[start: score.end()])
        return [execution_draft(source, value, to_decimal(weight.group(1)), to_decimal(score.group(1)))]
    return []


def execution_draft(source: SourceRef, rate: Decimal, weight: Decimal | None,
                    score: Decimal | None) -> IndicatorDraft:
    """The 预算执行率 indicator a money block's rate, 分值 and 得分 state."""
    draft = IndicatorDraft(placed=False)
    draft.put("name", "预算执行率", source)
    draft.put("weight", weight, source)
    draft.put("actual", {"value": rate, "unit": "%"}, source)
    draft.put("stated_score", score, source)
    return draft


def _candidates(outline: Outline, with_rows: bool) -> Iterator[tuple[Line, bool]]:
    """The outline's lines, then (when a money table stated the rate) each table row that holds 得分,
    its cells joined as a line; then each record (a header row over one row holding 得分), each cell after
    its header (True: such a record)."""
    for line in outline.lines:
        yield line, False
    for index, table in outline.tables:  # "预算执行率 | 分值 | 得分" over "96.49% | 10 | 9.65" (a 续表 page's small
        for r, head in enumerate(table.rows[:-1]):  # table): each figure after its header cell, as pairs on a line
            if head and _RATE_HEAD.fullmatch(match_text(head[0])) and any("得分" in cell for cell in head[1:]):
                text = "  ".join(f"{h.strip()}：{v.strip()}" for h, v in zip(head, table.rows[r + 1], strict=False)
                                 if h.strip() and v.strip())
                yield Line(index, text, match_text(text), table.cell_location(r + 1, 0)), False
    if not with_rows:
        return
    for index, table in outline.tables:
        for r, row in enumerate(table.rows):
            text = "  ".join(cell.strip() for cell in row if cell.strip())
            if "得分" in text and "执行" in text:
                yield Line(index, text, match_text(text), table.cell_location(r, 0)), False
    for index, table in outline.tables:  # a record's labels over its values: each cell after its header cell
        if len(table.rows) == 2 and any("得分" in cell for cell in table.rows[1]):
            text = "  ".join(f"{h.strip()}：{v.strip()}" for h, v in zip(*table.rows, strict=False) if v.strip())
            yield Line(index, text, match_text(text), table.cell_location(1, 0)), True


# a line that scores the money block by its label: 资金执行得分, 预算执行情况得分, 资金使用得分
_MONEY_SCORE_LABEL = re.compile(r"\s*(?:资金|预算)(?:执行|使用)(?:情况)?(?:得分|评分)")
