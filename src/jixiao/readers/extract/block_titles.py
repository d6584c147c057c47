"""Lines that head a block of the form or state the whole report's result: never an indicator of their own.

"**预算执行情况（10分）**" right above the money table, "绩效指标（90分）" above the indicator table: a title
holding only a name and its weight heads the block the table holds (its weight is the block's). "评价结论：项目
自评得分97.82分，评价等级：优。" states the report's total: no indicator's narrative runs into it.
"""

from __future__ import annotations

import re

from jixiao.lexicon import pattern
from jixiao.readers.extract.outline import Line, Outline
from jixiao.readers.extract.totals import grades_in
from jixiao.readers.textnorm import compact, match_text

_NAME_AND_WEIGHT = re.compile(r"\s*[^,:;。()\d]{2,20}\(\s*(?:分值|权重|满分)?\s*[:为]?\s*\d+(?:\.\d+)?\s*分\s*\)"
                              r"\s*[:。]?\s*")
_VERDICT_LABEL = re.compile(r"\s*(?:(?:绩效)?(?:自评|评价)(?:结论|结果|总分)|总体评价|综合评价|评价意见)"
                            r"\s*(?:为|是)?\s*:")
_TOTAL_SCORE = pattern("total_score").pattern  # 总分's spellings (自评总分, 总得分, 综合得分, 综合评分)
_TOTAL_WORD = re.compile(rf"{_TOTAL_SCORE}|(?:自评|评价)得分|总分")


def titles_table(outline: Outline, line: Line) -> bool:
    """A line holding only a name and its weight, with no numbering, right above a table: the block's title; or one
    that the nearest table above opens on, its merged first cell repeated on the rows the table did not take
    ("预算执行情况（10分） | 总额 | 64 | …" left as text under a header "预算执行情况（10分） | 年初预算数 | …")."""
    if line.marker_kind is not None or "分" not in line.norm:
        return False
    below = any(index == line.index + 1 for index, _ in outline.tables)
    if not below and not _opens_table_above(outline, line):  # (most lines: neither)
        return False
    return _NAME_AND_WEIGHT.fullmatch(line.rest_norm) is not None


def _opens_table_above(outline: Outline, line: Line) -> bool:
    above = [table for index, table in outline.tables if index < line.index]
    first = above[-1].rows[0][0] if above and above[-1].rows and above[-1].rows[0] else ""
    name = line.rest_norm.strip()
    return len(name) >= 4 and compact(match_text(first)).startswith(compact(name))


def states_verdict(line: Line) -> bool:
    """A line stating the report's result: a conclusion label ("评价结论："), or its total with its grade."""
    norm = line.norm
    if _VERDICT_LABEL.match(norm):
        return True
    return "等" in norm and "分" in norm and _TOTAL_WORD.search(norm) is not None and bool(grades_in(norm))
