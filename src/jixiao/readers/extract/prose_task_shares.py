"""A task and what was done of it told in one paragraph, the share of the task done after the count done:
"圆满完成年度120场某某下乡任务。…全年共计完成某某下乡演出138场次,完成年度占比115%。" The count done, its name and
the share are one clause; the task is a count before it in the paragraph, of the same unit, that the share confirms
(done ÷ task is the share stated, to its rounding). No weight or score is stated, so none is given. Read only when no
indicator was found any other way; a count done with no task the share confirms is no indicator."""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.numbers import half_unit, to_decimal
from jixiao.readers.extract.facts import IndicatorDraft, ref
from jixiao.readers.extract.outline import Outline
from jixiao.readers.extract.values import parse_actual, parse_target

_FIGURE = r"\d+(?:\.\d+)?"
# "共计完成某某演出138场次,完成年度占比115%" / "实际完成某某培训46期,占全年任务的115%": the name after 完成, the
# count done and its unit (one or two characters), then the share of the task in the next clause
_DONE = re.compile(rf"完成(?P<name>[^,;:。\d%]{{2,20}}?)\s*(?P<done>{_FIGURE})\s*(?P<unit>[\u4e00-\u9fff]{{1,2}}?)\s*,"
                   r"\s*(?:完成|占)?[^,;:。\d%]{0,8}?(?:占比|比例|比|完成率|的)\s*(?:为|达到|达|是)?\s*"
                   rf"(?P<share>{_FIGURE})\s*%")
# "完成年度120场某某任务" / "全年任务120场": the task's count and its unit
_TASK = re.compile(rf"(?:(?:完成|下达|计划)[^,;:。\d%]{{0,6}}?(?P<task>{_FIGURE})\s*(?P<unit>[\u4e00-\u9fff]{{1,2}}?)"
                   rf"[^,;:。\d%]{{0,20}}?任务|任务(?:数|量)?(?:为|是)?\s*(?P<task2>{_FIGURE})\s*"
                   r"(?P<unit2>[\u4e00-\u9fff]{1,2}?)(?=[,;:。]|$))")


def _confirmed(task: Decimal, done: Decimal, share: Decimal) -> bool:
    """Whether done ÷ task is the share stated, to the share's last digit (115.6 % of 141 is 163)."""
    return task > 0 and abs(done * 100 / task - share) <= half_unit(share)


def _same_unit(task: str, done: str) -> bool:
    """"场" and "场次", "人" and "人次": one the other's start."""
    return task.startswith(done) or done.startswith(task)


def task_share_items(outline: Outline) -> list[IndicatorDraft]:
    drafts: list[IndicatorDraft] = []
    for line in outline.lines:
        if "%" not in line.norm or "完成" not in line.norm:
            continue
        for done in _DONE.finditer(line.norm):
            task = _task_before(line.norm, done.start(), done)
            if task is None:
                continue
            source = ref(line.location, line.text.strip())
            draft = IndicatorDraft()
            draft.put("name", line.text[done.start("name"): done.end("name")].strip(), source)
            draft.put("weight", None, source)
            draft.put("target", parse_target(task), source)
            draft.put("actual", parse_actual(f"{done.group('done')}{done.group('unit')}"), source)
            drafts.append(draft)
    return drafts


def _task_before(norm: str, end: int, done: re.Match[str]) -> str | None:
    """The task's count and unit ("120场") stated before ``end`` in the paragraph that the share confirms, or None."""
    share, count = to_decimal(done.group("share")), to_decimal(done.group("done"))
    for task in _TASK.finditer(norm, 0, end):
        figure, unit = task.group("task") or task.group("task2"), task.group("unit") or task.group("unit2")
        if _same_unit(unit, done.group("unit")) and _confirmed(to_decimal(figure), count, share):
            return f"{figure}{unit}"
    return None
