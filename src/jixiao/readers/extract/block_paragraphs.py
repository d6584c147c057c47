"""A 一级 block written as one paragraph: its heading with the block's own points and score, then its
indicators chained, each led by its 二级 label ("（一）产出指标（分值40分，得分39分）。数量指标：
1.名称，年度目标值≥9个，实际完成9个，分值10分，得分10分。质量指标：2.名称，…").

The heading gives the block's weight (never an indicator of its own); each item is read as an indicator under
the block and the 二级 label before it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from jixiao.numbers import to_decimal
from jixiao.readers.extract.facts import IndicatorDraft, ref
from jixiao.readers.extract.numbering_markers import split_marker
from jixiao.readers.extract.outline import Line
from jixiao.readers.extract.sentences import sentence_spans
from jixiao.readers.extract.weighted_headings import BLOCK_HEAD

# "数量指标：" opening an item (at the start or after a sentence's end)
_LEVEL_LABEL = re.compile(r"(?:^|(?<=[。;:]))\s*([\u4e00-\u9fff]{2,12}?)\s*:\s*")
_POINTS_OPEN = re.compile(r"\(\s*(?:分值|权重|满分|标准分|共|计|\d)")  # how BLOCK_HEAD's bracket opens

# a block weighted alone over one scored sentence and no weight of its own: that sentence's indicator weighs the block
_SCORED = re.compile(r"得\s*\d+(?:\.\d+)?\s*分")
_KEYED = re.compile(r"分值|权重|满分")
# an item's clause led by its 二级 ("数量指标上，…", "社会效益方面，…", "质量方面：…")
LOWER_LEAD = re.compile(r"\s*([\u4e00-\u9fff]{2,10}?)(?:上|方面)\s*[,:]\s*")

ItemReader = Callable[[Line], "IndicatorDraft | None"]


def block_head(line: Line, is_level1: Callable[[str], bool], scored: bool = True) -> re.Match[str] | None:
    """The heading part of ``line`` when it opens on a 一级 name with its points and score in brackets; with
    ``scored`` False, with its points alone ("（二）产出指标（分值45分）。名称…，分值10分，得10分；…"), a heading
    only worth trying where the items after it are read, each stating its own weight."""
    rest = line.rest_norm
    # (the cheap tests: the bracket comes right after the name, the first one in the line, and opens on the points)
    bracket = rest.find("(", 0, 16)
    if bracket < 0 or _POINTS_OPEN.match(rest, bracket) is None:
        return None
    found = (BLOCK_HEAD if scored else _WEIGHT_HEAD).match(rest)
    return found if found is not None and is_level1(found.group(1)) else None


_WEIGHT_HEAD = re.compile(r"^\s*([\u4e00-\u9fff]{2,10}?)\s*\(\s*(?:分值|权重|满分|标准分)\s*(?:为|是|:)?\s*"
                          r"(\d+(?:\.\d+)?)\s*分?\s*\)\s*[。.:,;]\s*(?=\S)")


def block_items(line: Line, head: re.Match[str], is_level2: Callable[[str], bool],
                read_item: ItemReader) -> list[IndicatorDraft]:
    """The indicators chained after ``head`` in ``line``, each with its 一级 (the block) and the 二级 label
    it follows (none when the items carry no label)."""
    start = line.body_start + head.end()
    cuts: list[tuple[int, int, str | None]] = []  # (label start, items start, 二级 name)
    for label in _LEVEL_LABEL.finditer(line.norm, start):
        word = label.group(1)
        if is_level2(word):
            cuts.append((label.start(), label.end(), line.text[label.start(1): label.end(1)]))
    if not cuts or cuts[0][0] > start:
        cuts.insert(0, (start, start, None))
    level1 = line.text[line.body_start + head.start(1): line.body_start + head.end(1)]
    drafts: list[IndicatorDraft] = []
    sole = head.re is _WEIGHT_HEAD and sum(1 for m in _SCORED.finditer(line.norm, start)) == 1 \
        and not _KEYED.search(line.norm, start)  # "（四）满意度指标（分值15分）。某某满意度91.8%…，得15分。"
    for k, (_, begin, level2) in enumerate(cuts):
        end = cuts[k + 1][0] if k + 1 < len(cuts) else len(line.norm)
        for sentence in sentence_spans(line.norm, begin, end):
            lead = len(sentence.group()) - len(sentence.group().lstrip(" ,"))
            a, b = sentence.start() + lead, sentence.end()
            lower = LOWER_LEAD.match(line.norm, a, b)  # "社会效益方面，名称4.2%，…，分值15分，得12.6分"
            lower = lower if lower is not None and is_level2(lower.group(1)) else None
            a = lower.end() if lower is not None else a
            part = Line(line.index, line.text[a:b], line.norm[a:b], line.location)
            part.set_marker(*split_marker(part.norm))
            draft = read_item(part)
            if draft is not None and sole and "stated_score" in draft.fields:
                draft.put("weight", block_weight(head), ref(line.location, line.text[: line.body_start + head.end()]))
            if draft is None or "weight" not in draft.fields:
                continue
            source = ref(line.location, line.text)
            draft.put("level1", level1, source)
            if level2 is not None:
                draft.put("level2", level2, source)
            elif lower is not None:
                word = lower.group(1)
                draft.put("level2", word if word.endswith("指标") else word + "指标", source)
            drafts.append(draft)
    return drafts


def block_weight(head: re.Match[str]) -> Decimal:
    return to_decimal(head.group(2))
