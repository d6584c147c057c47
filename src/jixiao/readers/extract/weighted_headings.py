"""Headings that state a weight (and a score): "（一）投入（15分），扣0.5分，得14.5分。",
"产出指标（分值40分，得分39分）", "2、某某率，权重15分", and a numbered block's title whose items' weights add up to
its own."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from jixiao.lexicon import pattern as lexicon_pattern

if TYPE_CHECKING:
    from jixiao.readers.extract.outline import Line

HEAD_WITH_WEIGHT = re.compile(
    r"^[^,:;。]{1,30}[,:;]\s*(?:分值|权重|满分|标准分)\s*(?:为|是|:)?\s*\d+(?:\.\d+)?\s*(?:分|%)\s*[。.]?$"
)

# "（一）投入（15分），扣0.5分，得14.5分。": a level's block weight, then its deduction and score (a block heading
# of the 2013 framework scored in prose); the tail after the weight is what a level's title never holds
# (matched from the first of the spaces before its comma: a long run of spaces is crossed once, not from each)
SCORED_LEVEL_TAIL = re.compile(r"(?<!\s)\s*[,;]\s*(?:(?:扣(?:除)?\s*\d+(?:\.\d+)?\s*分|不扣分)\s*[,;]\s*)?"
                               r"(?:自评得?|得)(?:分)?\s*(?:为)?\s*\d+(?:\.\d+)?\s*分\s*。?$")  # ("，自评10分。")
_WEIGHT_KEY = r"(?:分值|权重|满分)?\s*"  # "（分值10分）" as "（10分）"
_SCORED_LEVEL = re.compile(r"^([^,:;。()]{1,10})\(\s*" + _WEIGHT_KEY + r"(\d+(?:\.\d+)?)\s*分\s*\)(?="
                           + SCORED_LEVEL_TAIL.pattern + ")")
_ITEM_WEIGHT = re.compile(r"^[^,:;。()]{2,30}\(\s*" + _WEIGHT_KEY + r"(\d+(?:\.\d+)?)\s*分\s*\)")
# "（一）预算执行情况（20分）": a numbered title and its weight alone, no score (a block heading when its items' weights
# add up to it)
# "（2）预算编制合理性（4分 ：…" / "（二）资金到位（5分 到位率…": an item's weight bracket never closed (the space the
# page left where its ")" was, followed by no ")" before the next "(" or the line's end)
_OPEN_WEIGHT = re.compile(r"\(\s*\d+(?:\.\d+)?\s*分(\s)(?=[^()]*(?:\(|$))")
_OPEN_WEIGHT_REACH = 40  # the bracket follows an item's name at the line's start


def close_weight(norm: str) -> str:
    """``norm`` with an unclosed item weight "(4分 " closed in place of its space (same length)."""
    found = _OPEN_WEIGHT.search(norm)
    if found is None or found.start() > _OPEN_WEIGHT_REACH:
        return norm
    return norm[:found.start(1)] + ")" + norm[found.end(1):]


_WEIGHTED_TITLE = re.compile(r"^([^,:;。()\d]{2,16})\(\s*(\d+(?:\.\d+)?)\s*分\s*\)\s*。?$")


# "产出指标（分值40分，得分39分）" / "效益指标（权重30%，自评得分28.5分）" / "产出指标（共45分，得43分）": a level's
# name, its points and its score
BLOCK_HEAD = re.compile(
    r"^\s*([\u4e00-\u9fff]{2,10}?)\s*\(\s*(?:(?:分值|权重|满分|标准分)\s*(?:为|是|:)?|共|计)?\s*(\d+(?:\.\d+)?)\s*(?:分|%)?\s*"
    r"[,;、]\s*(?:自评|实际)?(?:得分|评分|得)\s*(?:为|是|:)?\s*(\d+(?:\.\d+)?)\s*分?\s*\)\s*[。.:,;]?\s*"
)


def is_block_heading(rest: str) -> bool:
    """"产出指标（分值40分，得分39分）" alone on its line: a 一级 block's heading."""
    found = BLOCK_HEAD.match(rest) if "(" in rest[:16] else None
    return found is not None and found.end() == len(rest) and bool(lexicon_pattern("levels.level1").match(
        found.group(1)))


def is_scored_level(rest: str) -> bool:
    """"投入（15分），扣0.5分，得14.5分。": a level (投入 / 产出指标 …) with its weight and score, a heading."""
    found = _SCORED_LEVEL.match(rest)
    return found is not None and any(lexicon_pattern(f"levels.{kind}").match(found.group(1).strip())
                                     for kind in ("level1", "level2"))


def scored_blocks(lines: list[Line]) -> None:
    """"（一）部门决策（20分），扣1分，得19分。" or "（一）预算执行情况（20分）" over numbered items "1.名称（10分）：…"
    whose weights add up to its 20 is a block heading whatever its name: the items' sum says so (a level word says so
    alone: is_scored_level). The text's last block may hold less, two items at least: the page was cut inside it."""
    for position, line in enumerate(lines):
        if not line.marker_kind or "分" not in line.norm:
            continue
        found = _SCORED_LEVEL.match(line.rest_norm) or (  # "（一）某某（分值10分），自评10分。" too
            None if "得" in line.norm else _WEIGHTED_TITLE.match(line.rest_norm))
        if found is None:
            continue
        total, items, cut = 0.0, 0, True
        for below in lines[position + 1:]:
            if below.marker_kind == line.marker_kind:
                cut = False
                break
            item = _ITEM_WEIGHT.match(below.rest_norm) if below.marker_kind else None
            if item is None and below.is_heading:
                cut = False
                break
            if item is not None:
                total, items = total + float(item.group(1)), items + 1
        # (the text's last block, two items at least, may fall short: a page cut inside it)
        if items and (abs(total - float(found.group(2))) < 0.001
                      or (cut and items >= 2 and total < float(found.group(2)))):
            line.is_heading = line.scored_block = True
