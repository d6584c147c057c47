"""Indicators a report states only as counts after a block's verdict, one sentence per 一级 ("1.产出指标全部完成，
某某对象85人，某某补助200元/人。" / "3.满意度指标全部完成，全面完成指标任务，群众满意度92%"), read when no indicator
was found any other way: each clause that is a name and one figure is an indicator of that block, its actual the
figure; no weight is stated, so none is given."""

from __future__ import annotations

import re

from jixiao.numbers import to_decimal
from jixiao.readers.extract.facts import IndicatorDraft, ref
from jixiao.readers.extract.outline import Outline
from jixiao.readers.extract.values import parse_actual

# the sentence opens on a 一级 and its verdict ("产出指标全部完成", "效益指标均已完成")
_VERDICT = re.compile(r"((?:产出|效益|满意度)指标)\s*(?:全部|均|均已|已|基本|已全部)?(?:完成|达成|实现)"
                      r"\s*(?:了)?\s*[,:]")
# a clause that is a name and its figure alone ("某某对象85人", "群众满意度92%", "满意度达95%")
_CLAUSE = re.compile(r"\s*([\u4e00-\u9fff]{2,12}?)\s*(?:达到|达|为)?\s*"
                     r"(\d+(?:\.\d+)?\s*(?:%|[\u4e00-\u9fff]{1,3}))\s*$")
# clause openings that are no indicator's name: a total, an action, the whole
_NOT_NAME = re.compile(r"^(?:共|已|累计|全|完成|实现|开展|实施|其中|合计|总计|该|本|各|项目)")


def block_result_items(outline: Outline) -> list[IndicatorDraft]:
    drafts: list[IndicatorDraft] = []
    for line in outline.lines:
        if "指标" not in line.norm:
            continue
        verdict = _VERDICT.match(line.rest_norm)
        if verdict is None:
            continue
        start = line.body_start + verdict.end()
        end = line.norm.find("。", start)
        end = len(line.norm) if end < 0 else end
        position = start
        for part in re.split(r"[,;]", line.norm[start:end]):
            clause = _CLAUSE.fullmatch(part)
            at = position
            position += len(part) + 1
            if clause is None or _NOT_NAME.match(clause.group(1)):
                continue
            actual = parse_actual(clause.group(2))
            if actual is None or actual.get("value") is None or not actual.get("unit"):
                continue
            source = ref(line.location, line.text[at: at + len(part)].strip(" ，,"))
            draft = IndicatorDraft()
            draft.put("name", clause.group(1), source)
            draft.put("level1", verdict.group(1), source)
            draft.put("actual", actual, source)
            draft.put("weight", None, source)
            drafts.append(draft)
    return drafts


# "（一）组织保障（12分）：1）、制定方案自评得3分。…2）、…": a scored 二级 whose sub-items follow on its line, each
# scored without a weight of its own
_GROUP_HEAD = re.compile(r"([^,:;。()\d]{2,12}?)\s*\(\s*\d+(?:\.\d+)?\s*分\s*\)\s*:\s*(?=\(?\d{1,2}\)\s*、?)")
_SUB_ITEM = re.compile(r"(?:^|(?<=[。;:]))\s*\(?\d{1,2}\)\s*、?\s*([^,;:。()\d]{2,20}?)\s*(?:自评)?得(?:分)?"
                       r"\s*(?:为)?\s*(\d+(?:\.\d+)?)\s*分")


def scored_sub_items(rest: str, text: str, offset: int, location: str) -> list[IndicatorDraft]:
    """The sub-items of a group head ``rest`` (a line's matching text after its number; ``text`` the line's own,
    ``offset`` where ``rest`` starts in it), each with its 二级 (the head's name) and its score."""
    head = _GROUP_HEAD.match(rest)
    if head is None:
        return []
    drafts: list[IndicatorDraft] = []
    for item in _SUB_ITEM.finditer(rest, head.end()):
        source = ref(location, text[offset + item.start(): offset + item.end()].strip())
        draft = IndicatorDraft()
        draft.put("name", item.group(1), source)
        draft.put("level2", head.group(1).strip(), source)
        draft.put("weight", None, source)
        draft.put("stated_score", to_decimal(item.group(2)), source)
        drafts.append(draft)
    return drafts
