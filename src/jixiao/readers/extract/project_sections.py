"""The part of a whole-unit report about its projects ("二、项目支出绩效自评情况"): the budget figures written
there ("校舍维修项目，预算80.00万元，执行78.00万元") are a project's, not the unit's."""

from __future__ import annotations

import re

from jixiao.readers.extract.facts import Facts
from jixiao.readers.extract.outline import Outline

# a heading about the unit's projects: 项目支出绩效自评情况 / 项目绩效评价情况 / 项目实施情况 / 重点项目情况
_PROJECTS = re.compile(r"项目(?:支出)?(?:绩效)?(?:自评|评价|实施|执行|完成|开展)?情况")


def project_part_lines(outline: Outline, facts: Facts) -> set[int]:
    """Indexes of the lines under a heading about projects in a report on a unit's whole spending (none in a
    project's own report, whose figures are all its project's)."""
    if facts.get("kind") != "整体支出":
        return set()
    found: set[int] = set()
    for line in outline.lines:
        if line.is_heading and "整体" not in line.rest_norm and _PROJECTS.search(line.rest_norm):
            found.update(body.index for body in outline.section_body(line))
    return found
