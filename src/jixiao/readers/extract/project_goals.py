"""A project's overall annual goal (年度总体目标) and how far it was reached, stated in prose:
"项目年度总体目标：…" / "预期目标：…", then "目标实际完成情况：…" / "总体目标完成情况：…"."""

from __future__ import annotations

import re

from jixiao.lexicon import pattern
from jixiao.readers.extract.facts import Facts, ref
from jixiao.readers.extract.outline import Line, Outline

_LINK = r"\s*(?:为|是|:)\s*"
_EXPECTED = re.compile(r"^(?:本|该)?(?:项目)?(?:的)?(?:年度)?(?:绩效)?(?:总体目标|总目标|预期目标)(?:\(预期\)|预期)?"
                       + _LINK)
_ACTUAL = re.compile(r"^(?:项目)?(?:年度)?(?:总体)?(?:目标)?(?:的)?(?:实际完成情况|完成情况|实现情况|实际完成|完成结果)"
                     + _LINK)
_NEAR = 6  # the actual follows the goal within this many lines
_RUN_ON = pattern("goal_run_on")  # a numbered goal label mid-line in a report run into one line
_WRAP_SPACE = re.compile(r"(?<=[\u4e00-\u9fff,:;、])\s+(?=[\u4e00-\u9fff])")


def _value(lines: list[Line], i: int, match: re.Match[str]) -> tuple[str, Line]:
    line = lines[i]
    start = line.body_start + match.end()
    value = line.text[start:].strip().rstrip("。;；").strip()
    if not value and i + 1 < len(lines) and not lines[i + 1].is_heading:
        line = lines[i + 1]
        value = line.text.strip().rstrip("。;；").strip()
    return value, line


def extract_project_goals(outline: Outline, facts: Facts, skip: set[int] | None = None) -> None:
    """``skip``: lines of single indicators ("年度目标为≥95%" there is an indicator's target)."""
    skip = skip or set()
    lines = [line for line in outline.lines if line.index not in skip]
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
        if found is not None:
            value = _WRAP_SPACE.sub("", line.text[found.start(1): found.end(1)])
            facts.put("project.goal_expected", value, ref(line.location, value, guessed=True), "年度总体目标")
            return
