"""A project's overall annual goal (年度总体目标) and how far it was reached, stated in prose:
"项目年度总体目标：…" / "预期目标：…", then "目标实际完成情况：…" / "总体目标完成情况：…"."""

from __future__ import annotations

import re

from jixiao.lexicon import pattern
from jixiao.readers.extract.facts import Facts, ref
from jixiao.readers.extract.outline import Line, Outline

_LINK = r"\s*(?:为|是(?!否)|:)\s*"  # ("总体目标是否明确：…" asks, states no goal)
# ("某某补助资金的年度绩效目标是…" / "某区某某补助资金绩效总体目标:…": a transfer's report names its fund before the
# goal)
# ("2022年主要绩效目标是…": the year's main goal, its year before it)
# ("某局2023年某某补助资金项目绩效目标为…": a transfer's outline names the fund's project before the goal)
_EXPECTED = re.compile(r"^(?:(?:本|该)?(?:项目)?(?:的)?(?:年度)?(?:绩效)?(?:总体目标|总目标|预期目标|年初(?:设定)?目标)"
                       r"(?:\(预期\)|预期)?|[^,;。:]{2,30}?(?:资金|经费)"
                       r"(?:的年度绩效目标|绩效总体目标|项目(?:的)?(?:年度)?绩效目标)"
                       r"|(?:(?:19|20)\d{2}\s*年度?)?主要(?:绩效)?目标)" + _LINK)
_ACTUAL = re.compile(r"^(?:项目)?(?:年度)?(?:总体)?(?:目标)?(?:的)?(?:实际完成情况|完成情况|实现情况|实际完成|完成结果)"
                     + _LINK)
_NEAR = 6  # the actual follows the goal within this many lines
_RUN_ON = pattern("goal_run_on")  # a numbered goal label mid-line in a report run into one line
_CLAUSE_RUN_ON = pattern("goal_clause_run_on")  # "…,项目绩效目标是…二、…": the goal a clause in such a line
_MID_LINE = pattern("goal_label_mid_line")  # "…制定项目绩效目标:1.…;2.…。": the label inside a line
_NEXT_GOAL_LABEL = pattern("goal_next_label")  # "…。阶段性目标:…": another label after the goal's 。
_WRAP_SPACE = re.compile(r"(?<=[\u4e00-\u9fff,:;、])\s+(?=[\u4e00-\u9fff])")


def _value(lines: list[Line], i: int, match: re.Match[str]) -> tuple[str, Line]:
    """The goal as the unit wrote it: its closing 。 is kept (a form's goal cell keeps it too); a trailing ; / ；
    only parts it from the next clause and is dropped."""
    line = lines[i]
    start = line.body_start + match.end()
    value = line.text[start:].strip().rstrip(";；").strip()
    if (label := _NEXT_GOAL_LABEL.search(value)) is not None:
        value = value[: label.start() + 1]  # "总体目标:X。阶段性目标:Y。": the goal ends at its 。
    if not value and i + 1 < len(lines) and not lines[i + 1].is_heading:
        line = lines[i + 1]
        value = line.text.strip().rstrip(";；").strip()
    return value, line


# "（一）年度绩效目标" / "（二）目标实际完成情况": a heading naming the goal or its outcome alone, a numbered list
# under it
_EXPECTED_HEAD = re.compile(r"^(?:项目)?(?:年度(?:绩效)?|年度总体|总体)目标$")
_ACTUAL_HEAD = re.compile(r"^(?:年度)?(?:总体)?目标(?:的)?(?:实际)?(?:完成|实现)情况$")


def _listed(lines: list[Line], i: int) -> tuple[str, Line] | None:
    """The numbered items "1.…" "2.…" right under heading ``lines[i]`` (two at least, none scored), run together as
    written, and the first item's line; None when no such list follows."""
    items: list[Line] = []
    for line in lines[i + 1:]:
        expected = items[-1].number + 1 if items and items[-1].number is not None else 1
        if line.marker_kind is None or line.number != expected or (items and line.marker_kind != items[0].marker_kind) \
                or "分值" in line.norm or "得分" in line.norm:
            break
        items.append(line)
    return ("".join(line.text.strip() for line in items), items[0]) if len(items) >= 2 else None


def _goal_lists(lines: list[Line], facts: Facts) -> bool:
    """A project's goal and its outcome as numbered lists under headings of their own; whether the goal was read."""
    for i, line in enumerate(lines):
        if not (line.is_heading and _EXPECTED_HEAD.match(line.rest_norm.strip())):
            continue
        listed = _listed(lines, i)
        if listed is None or not facts.put("project.goal_expected", listed[0], ref(listed[1].location, listed[0]),
                                           "年度总体目标"):
            return False
        for j in range(i + 1, min(len(lines), i + 1 + 2 * _NEAR)):
            done = _listed(lines, j) if lines[j].is_heading and _ACTUAL_HEAD.match(lines[j].rest_norm.strip()) \
                else None
            if done is not None:
                facts.put("project.goal_actual", done[0], ref(done[1].location, done[0]), "总体目标完成情况")
                break
        return True
    return False


def extract_project_goals(outline: Outline, facts: Facts, skip: set[int] | None = None) -> None:
    """``skip``: lines of single indicators ("年度目标为≥95%" there is an indicator's target)."""
    skip = skip or set()
    lines = [line for line in outline.lines if line.index not in skip]
    if facts.get("kind") == "项目支出" and _goal_lists(lines, facts):
        return
    for i, line in enumerate(lines):
        match = _EXPECTED.search(line.rest_norm) if "目标" in line.rest_norm else None  # (every goal phrase holds it)
        if not match:
            continue
        value, where = _value(lines, i, match)
        if len(value) < 4 or not facts.put("project.goal_expected", value, ref(where.location, value), "年度总体目标"):
            continue
        for j in range(i + 1, min(len(lines), i + 1 + _NEAR)):
            found = _ACTUAL.search(lines[j].rest_norm)
            if found:
                actual, source = _value(lines, j, found)
                if len(actual) >= 2:
                    facts.put("project.goal_actual", actual, ref(source.location, actual), "总体目标完成情况")
                break
        return
    for line in lines:  # (no goal read above)
        found = _RUN_ON.search(line.norm) if "总体目标 " in line.norm else None
        if found is None and ("目标是" in line.norm or "目标为" in line.norm):
            found = _CLAUSE_RUN_ON.search(line.norm)
        if found is None and ("目标:" in line.norm or "目标为:" in line.norm):
            found = _MID_LINE.search(line.norm)
        if found is not None:
            value = _WRAP_SPACE.sub("", line.text[found.start(1): found.end(1)])
            facts.put("project.goal_expected", value, ref(line.location, value, guessed=True), "年度总体目标")
            return
    if facts.get("kind") == "项目支出":
        _goal_paragraph(lines, facts)


# "(三)绩效目标。" / "(二)绩效目标情况" over one paragraph and the next heading: the project's goal told in prose
# under a heading of its own
_GOAL_HEAD = re.compile(r"^(?:项目)?(?:年度)?绩效目标(?:情况)?\s*[。:]?$")
_LEAD_WORDS = pattern("goal_lead_words")  # "2021年,我会绩效目标是…": the paragraph's words before its goal


def _goal_paragraph(lines: list[Line], facts: Facts) -> None:
    """A project's goal as the one paragraph under a "绩效目标" heading (a numbered heading or the text's end after
    it), a guess: nothing else stated it."""
    for i, line in enumerate(lines[:-1]):
        if not (line.is_heading and _GOAL_HEAD.match(line.rest_norm.strip())):
            continue
        below = lines[i + 1]
        if below.is_heading or (i + 2 < len(lines) and not lines[i + 2].is_heading):
            return
        value = below.text.strip()
        lead = _LEAD_WORDS.match(value)
        value = value[lead.end():] if lead is not None else value
        if len(value) >= 8:
            facts.put("project.goal_expected", value, ref(below.location, value, guessed=True), "年度总体目标")
        return
