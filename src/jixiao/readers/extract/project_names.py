"""A project's name read in the body when the title's is missing or short: a project form's own title, a
sentence that opens on the name with the year."""

from __future__ import annotations

import re

from jixiao.readers.extract.facts import Facts, ref
from jixiao.readers.extract.outline import Outline
from jixiao.readers.textnorm import match_text

_FORM_TITLE = re.compile(r"(.{2,40}?)(项目)?(?:支出)?绩效(?:自评|评价)表")
_PROJECT_WORDS = re.compile(r"(?:项目|工程|专项|资金|经费|补助|计划|行动)$")
_NOT_A_PROJECT = re.compile(r"(?:中央|省级|市级|县级|区级|本级|财政|部门|单位|整体|预算|决算|\d)")


def project_from_form_title(outline: Outline, facts: Facts) -> None:
    """A project form's own title inside the report ("妇女儿童维权服务经费项目支出绩效自评表" under a 决算
    page's title) names the project when nothing else did."""
    if facts.get("kind") != "项目支出" or facts.has("project.name"):
        return
    for line in outline.lines:
        if len(line.norm) > 50 or line.marker_kind:
            continue
        lead = len(line.norm) - len(line.norm.lstrip())
        form = _FORM_TITLE.fullmatch(line.norm.strip())
        if form is None or _NOT_A_PROJECT.search(form.group(1)):
            continue
        end = form.end(1) if _PROJECT_WORDS.search(form.group(1)) else form.end(2 if form.group(2) else 1)
        name = line.text[lead: lead + end].strip()
        if _PROJECT_WORDS.search(name):
            facts.put("project.name", name, ref(line.location, line.text))
            return


# what follows a project's name that opens a sentence as its subject ("2022年某项目由某局主管")
_SUBJECT_TAIL = r"(?=\s*(?:由|是|为|系|主要|总投资|共|,))"


def year_led_project(outline: Outline, facts: Facts) -> None:
    """A name cut from the title drops the report's year ("某县2022年高标准农田建设项目…报告" → 高标准农田建设项目);
    when the body opens a sentence on that name with the year ("2022年高标准农田建设项目由某局主管"), the year is
    part of the name the report uses."""
    name, year = facts.get("project.name"), facts.get("year")
    if "project.name" not in facts.weak or not isinstance(name, str) or not isinstance(year, int):
        return
    wanted = match_text(name)
    # "某县2023年度中央某某发展资金项目,主体工程…": the sentence may open on the title's own words before the year,
    # and a fund's name be called its 项目
    title = match_text(str(facts.get("title", "")))
    place = title[: title.find(str(year))].strip() if str(year) in title else ""
    lead = rf"(?:{re.escape(place)})?" if 2 <= len(place) <= 30 else ""
    called = "" if wanted.endswith("项目") else "(?:项目)?"
    subject = re.compile(rf"(?:^|[。;])\s*{lead}({year}\s*年度?\s*{re.escape(wanted)}){called}{_SUBJECT_TAIL}")
    for line in outline.lines[:60]:
        if wanted not in line.norm or str(year) not in line.norm:
            continue  # (the literal tests first: most lines hold neither)
        found = subject.search(line.rest_norm)
        if found is not None:
            start = line.body_start + found.start(1)
            full = line.text[start: line.body_start + found.end(1)].strip()
            facts.replace("project.name", full, ref(line.location, full), weak=False)
            return
