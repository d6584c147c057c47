"""The part of a whole-unit report about its projects ("二、项目支出绩效自评情况"): the budget figures written
there ("校舍维修项目，预算80.00万元，执行78.00万元") are a project's, not the unit's; and the sections of a page
that sums up several projects' self-evaluations, whose figures are each its project's, none the page's."""

from __future__ import annotations

import re

from jixiao.lexicon import pattern as lexicon_pattern
from jixiao.readers.extract.facts import Facts
from jixiao.readers.extract.kind import signalled_kind
from jixiao.readers.extract.outline import Line, Outline

# a heading about the unit's projects: 项目支出绩效自评情况 / 项目绩效评价情况 / 项目实施情况 / 重点项目情况
_PROJECTS = re.compile(r"项目(?:支出)?(?:绩效)?(?:自评|评价|实施|执行|完成|开展)?情况")
# a sentence whose subject is a project the report named before ("该项目年初预算A万元，…"): its figures are that
# project's wherever it stands (a page that lost the heading over its projects' part)
_THIS_PROJECT = re.compile(r"(?:\d{4}年度?,?)?(?:该|此)项目")


def project_part_lines(outline: Outline, facts: Facts) -> set[int]:
    """Indexes of the lines under a heading about projects in a report on a unit's whole spending, and of its
    sentences told of 该项目 (none in a project's own report, whose figures are all its project's)."""
    if facts.has("kind") and facts.get("kind") != "整体支出":
        return set()
    found: set[int] = set()
    for line in outline.lines:
        if line.is_heading and "整体" not in line.rest_norm and "情况" in line.rest_norm \
                and _PROJECTS.search(line.rest_norm):
            found.update(body.index for body in outline.section_body(line))
        elif not line.is_heading and "项目" in line.rest_norm[:10] and _THIS_PROJECT.match(line.rest_norm):
            found.add(line.index)
    # (no title naming the kind: the first signal's, as :func:`.kind.decide_kind` will read it)
    return set() if found and not facts.has("kind") and signalled_kind(outline) != "整体支出" else found


# the words a lead's name may hold besides its project's own (a name of these alone names no project; "（一）总体评价
# 情况" / "（二）分项评价情况" are one project's evaluation told in parts)
_GENERIC_NAME = re.compile(r"^(?:项目|支出|资金|经费|专项|部门|单位|整体|绩效|本|年度|\d{4}年度?"
                           r"|总体|综合|分项|各项|具体|指标|自我|自主|财政|主管部门|第三方)*$")


def several_projects_lines(outline: Outline, facts: Facts) -> set[int]:
    """Indexes of the lines of the sections of a page that sums up several projects' self-evaluations, each under
    a numbered lead naming its project ("（一）某某经费绩效自评综述：项目全年预算数A万元…", "（二）某某经费绩效
    自评综述：…"): two or more leads of one numbering style naming different projects. Each section's figures
    are its project's, none the page's (a whole-unit report's project part is :func:`project_part_lines`')."""
    if facts.get("kind") == "整体支出":
        return set()
    lead = lexicon_pattern("project_summary_lead")
    named: dict[str, list[tuple[Line, str]]] = {}
    for line in outline.lines:
        if line.marker_kind and "评" in line.rest_norm and (found := lead.match(line.rest_norm)) \
                and not _GENERIC_NAME.match(found.group(1)):
            named.setdefault(line.marker_kind, []).append((line, found.group(1)))
    found_lines: set[int] = set()
    for kind, leads in named.items():
        if len({name for _, name in leads}) < 2:
            continue
        for line, _ in leads:
            found_lines.update(part.index for part in _section(outline, line, kind))
    return found_lines


def _section(outline: Outline, lead: Line, kind: str) -> list[Line]:
    """The lead and the lines after it up to its next sibling (a line numbered the same way) or a heading
    numbered 一、 / 第一部分."""
    lines = [lead]
    for line in outline.lines[lead.position + 1:]:
        if line.marker_kind == kind or line.marker_kind in ("cn", "part"):
            break
        lines.append(line)
    return lines
