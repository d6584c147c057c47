"""Indicators a report lists twice as "名称：值", once under its 绩效目标 heading and again, in the same order, under
its 完成情况 heading (invented: "三、绩效目标 / 1.助餐服务人次：≥3600人次" then "四、绩效目标完成情况 / 1.助餐服务人次：
3824人次"), their weights and scores in a table: the bare value under the goals is the target, under the results the
actual (before, the first list's value was read as both)."""

from __future__ import annotations

import re

from jixiao.readers.extract.facts import IndicatorDraft
from jixiao.readers.extract.values import parse_actual, parse_target

# (a transfer's outline opens on its goals as split and passed down: "一、绩效目标分解下达情况")
_GOALS = re.compile(r"(?:项目)?(?:年度|当年|本年度?)?(?:总体|预期)?(?:绩效)?目标(?:设定|内容|分解下达|分解)?(?:情况)?")
_RESULTS = re.compile(r"(?:项目)?(?:年度)?(?:绩效)?(?:目标)?(?:完成|实现)情况")
_BARE = re.compile(r"[≥≤<>=]?\s*\d[\d,.]*\s*[^\d\s,;。:]{0,6}")  # a value alone: "≥3600人次", "100%", "3824人次"


def section_stating(title: str) -> str | None:
    """"target" under a heading of the goals alone ("绩效目标"), "actual" under one of the results
    ("绩效目标完成情况")."""
    title = title.strip()  # (each pattern needs a word of its own: most headings are tested by a substring alone)
    if title.endswith("情况") and _RESULTS.fullmatch(title):
        return "actual"
    return "target" if "目标" in title and _GOALS.fullmatch(title) else None


def as_stated(draft: IndicatorDraft, stated: str) -> None:
    """When the mention ``draft`` is read, a bare value as its whole narrative is its ``stated`` field alone."""
    read = draft.pending

    def values() -> None:
        if read is not None:
            read()
        text = str(draft.fields.get("narrative", "")).strip(" 。;")
        if not _BARE.fullmatch(text) or "narrative" not in draft.refs:
            return
        parsed = parse_target(text) if stated == "target" else parse_actual(text)
        if parsed is None or "value" not in parsed:
            return
        other = "actual" if stated == "target" else "target"
        draft.fields.pop(other, None)
        draft.refs.pop(other, None)
        draft.fields[stated] = parsed
        draft.refs[stated] = draft.refs["narrative"]

    draft.pending = values
