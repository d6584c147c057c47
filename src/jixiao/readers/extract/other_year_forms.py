"""Another year's form appended to a report: "附件2 / 2023年度项目支出绩效自评表 / （2023年度）" over last year's tables
in a report on 2024. Its figures are that year's, not a second statement of this year's (read so, every one of
them "disagreed" with the report's). The tables under a title line naming another year than the report's, up to a
title line naming the report's year again, are left unread."""

from __future__ import annotations

import re

from jixiao.readers.document import Document, Paragraph, Table
from jixiao.readers.extract.facts import Facts

# a form's title, or a year alone on its line ("2023年度"); two patterns: a search for the words opens on their first
# characters, where one alternative anchored at the start made the engine try every character
_TITLE_WORDS = re.compile(r"自评表|评价表|评分表")
_YEAR_ALONE = re.compile(r"\W*(?:19|20)\d{2}\s*年度?\W*$")
# a template's edition ("《部门整体支出绩效自评表》（2021年修订）", "2020年版") names no year the form covers
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年(?!\s*(?:修订|修正|版|印发|制定|颁布))")
_TITLE_CHARS = 40


def other_year_tables(document: Document, facts: Facts) -> set[int]:
    """The block indexes of the tables that stand under a title line naming another year than the report's (read,
    guessed from a statement of the year evaluated, or named by a title line above); a warning names where they
    start."""
    year, source = facts.get("year"), facts.refs.get("year")
    if not isinstance(year, int) or source is None:
        return set()
    # the report's year is known: read, or guessed from a line stating it evaluated ("…2023年度部门决算公开说明"), or
    # a title line above names it
    own = not source.guessed or f"{year}年度" in source.text.replace(" ", "")
    # appended: the report states its own figures before (in its text, or a table of its own): else the form of
    # another year may be the report's own, its year misread (a project name's "2021年中央…资金" over 2022's form)
    stated = any(facts.has(f"budget.{fact}") for fact in ("initial", "adjusted", "executed"))
    other: int | None = None  # the year the title line above names, when another
    found: set[int] = set()
    for index, block in enumerate(document.blocks):
        if isinstance(block, Paragraph):
            text = block.text.strip()
            years = {int(y) for y in _YEAR.findall(text)} if len(text) <= _TITLE_CHARS and (
                _TITLE_WORDS.search(text) or _YEAR_ALONE.match(text)) else ()
            if len(years) == 1:
                named = next(iter(years))
                own = own or named == year
                if not own or not (stated or any(isinstance(b, Table) for b in document.blocks[:index])):
                    if own and named != year and f"{year}年度" not in source.text.replace(" ", ""):
                        year = named  # the first form's "2022年度…自评表" over a name's "2021年中央…资金": the form's
                    continue  # year (form_year.py reads it so), the one another title must name to be this year's
                if named != year and other is None:
                    facts.warnings.append(f"{block.location}起是{named}年度的自评表（不是本报告的{year}年度），其中的数字未读入")
                other = named if named != year else None
        elif isinstance(block, Table) and other is not None:
            found.add(index)
    return found
