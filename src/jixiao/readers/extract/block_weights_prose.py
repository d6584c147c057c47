"""The 一级 blocks' weights listed in one sentence: "其中预算执行10分、产出指标50分、效益指标30分、满意度指标10分，
合计100分", "指标体系由决策（20分）、过程（20分）、绩效（60分）三部分构成". Each item is a block's name with its
points; the sentence is read when every name is a 一级 of the indicators read or a block's usual name, there are two
items or more (three when a name is not a 一级 read), and the points add up to a full mark. A block whose weight is
already known keeps it (``stated_block_weights``)."""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.lexicon import pattern
from jixiao.numbers import to_decimal
from jixiao.readers.extract.facts import Facts, IndicatorDraft, ref
from jixiao.readers.extract.outline import Outline

_ITEM = re.compile(r"([\u4e00-\u9fff]{2,12}?)(?:权重|分值|占|为)?\s*[(（]?\s*(\d{1,3}(?:\.\d+)?)\s*分(?![\d值数])"
                   r"\s*[)）]?")
_POINTS = re.compile(r"\d\s*分")
_SENTENCE = re.compile(r"[^。;；]+")  # a sentence (or a clause after ;) of the line
_USUAL = ("预算执行", "产出指标", "效益指标", "满意度指标", "决策指标", "过程指标", "产出", "效益", "满意度", "决策",
          "过程")
_TOTAL = re.compile(rf"(?:{pattern('total_row').pattern}|满分)$")  # "…，合计100分", "满分100分" close the list
_FULL_MARKS = (Decimal(100), Decimal(10))


# "产出指标得分48.5分，满分50分。" closing a block's numbered items: the block's score, then its weight
_BLOCK_SUM = re.compile(r"\s*([\u4e00-\u9fff]{2,10}?)\s*(?:自评)?得分\s*(?:为)?\s*(\d{1,3}(?:\.\d+)?)\s*分\s*[,;]\s*"
                        r"满分\s*(?:为)?\s*(\d{1,3}(?:\.\d+)?)\s*分\s*[。.]?\s*")


def block_weights_in_prose(outline: Outline, indicators: list[IndicatorDraft], facts: Facts) -> None:
    level1 = {str(d.fields["level1"]) for d in indicators if d.fields.get("level1")}
    known = sorted(level1.union(_USUAL), key=len, reverse=True)  # the longest name a written one ends with
    _block_sums(outline, level1, facts)
    for line in outline.lines:
        if line.norm.count("分") < 2 or len(line.norm) > 400:
            continue
        for sentence in _SENTENCE.finditer(line.norm):
            if len(_POINTS.findall(sentence.group(0))) < 2:  # (a cheap test first: two figures of points or more)
                continue
            written = [m for m in _ITEM.finditer(sentence.group(0)) if not _TOTAL.search(m.group(1))]
            items = [(_block(m.group(1), known), to_decimal(m.group(2))) for m in written]
            names = [name for name, _ in items]
            if None in names or len(set(names)) != len(names) or len(names) < (2 if level1.issuperset(names) else 3):
                continue
            if sum((w for _, w in items), Decimal(0)) not in _FULL_MARKS:
                continue
            source = ref(line.location, sentence.group(0))
            for name, weight in items:  # (a block whose weight is known keeps it and its source)
                facts.put_entry("stated_block_weights", str(name), weight, source)
            return


def _block(written: str, known: list[str]) -> str | None:
    return next((name for name in known if written.endswith(name)), None)


# "满意度指标(10分) 服务对象满意度…" on a line left over where a page cut a flattened form: a block's name, its weight
_CUT_BLOCK = re.compile(r"([\u4e00-\u9fff]{2,10}?指标)\s*[(（]\s*(\d{1,3}(?:\.\d+)?)\s*分\s*[)）]")


def block_weight_left_over(outline: Outline, indicators: list[IndicatorDraft], facts: Facts) -> None:
    """The one 一级 block whose row a cut page left out of the form ("满意度指标(10分)" on a line of its own words):
    its weight, when it is a block's name no indicator read has and it makes the blocks read add up to a full mark."""
    blocks: dict[str, Decimal] = facts.get("stated_block_weights") or {}
    level1 = {str(d.fields["level1"]) for d in indicators if d.fields.get("level1")}
    if not blocks or sum(blocks.values(), Decimal(0)) in _FULL_MARKS:
        return
    found = [(m.group(1), to_decimal(m.group(2)), line) for line in outline.lines if "指标" in line.norm
             for m in _CUT_BLOCK.finditer(line.norm)
             if pattern("levels.level1").fullmatch(m.group(1)) and m.group(1) not in blocks.keys() | level1]
    fitting = [item for item in found if sum(blocks.values(), item[1]) in _FULL_MARKS]
    if len({(name, weight) for name, weight, _ in fitting}) == 1:
        name, weight, line = fitting[0]
        facts.put_entry("stated_block_weights", name, weight, ref(line.location, f"{name}({weight}分)", guessed=True))


def _block_sums(outline: Outline, level1: set[str], facts: Facts) -> None:
    """"产出指标得分48.5分，满分50分。" on a line of its own, the name a 一级 of the indicators read: that block's
    weight (a block whose weight is already known keeps it)."""
    for line in outline.lines:
        if "满分" not in line.norm or "得分" not in line.norm:
            continue
        found = _BLOCK_SUM.fullmatch(line.rest_norm)
        if found is None or found.group(1) not in level1 or to_decimal(found.group(2)) > to_decimal(found.group(3)):
            continue
        facts.put_entry("stated_block_weights", found.group(1), to_decimal(found.group(3)),
                        ref(line.location, line.text))
