"""A whole-unit report's table of its projects' self-evaluation results (项目支出绩效自评结果汇总表): a header naming
the project (项目名称), its money (全年预算数 / 全年执行数 / 执行率) and its result (自评得分 / 自评等级), a row per
project and often a 合计 row. Each row's money, score and grade are that project's, the 合计 row the projects' sum:
none is the unit's budget, total or grade. The rows are left out of the table (its other rows, a unit's form on the
same sheet below it, are read as before); one project's row alone (a project form's own summary) is kept."""

from __future__ import annotations

import re
from dataclasses import replace

from jixiao.lexicon import lexicon, pattern
from jixiao.readers.document import Table
from jixiao.readers.textnorm import compact

_WORDS = lexicon()["project_result_table"]
_NAME = re.compile(_WORDS["name"])
_MONEY = re.compile(_WORDS["money"])
_RESULT = re.compile(_WORDS["result"])
_SUM = pattern("project_result_table.sum")


def _is_header(row: list[str]) -> bool:
    keys = [compact(cell) for cell in row if cell.strip()]
    return (any(_NAME.fullmatch(k) for k in keys) and not any("指标" in k for k in keys)
            and any(_MONEY.search(k) for k in keys) and any(_RESULT.fullmatch(k) for k in keys))


def _listed_rows(rows: list[list[str]], head: int) -> list[int]:
    """The rows of the projects under the header at ``head`` (and the 合计 row closing them), up to a blank row or a
    row with fewer filled cells than half the header's."""
    width = sum(1 for cell in rows[head] if cell.strip())
    out: list[int] = []
    for r in range(head + 1, len(rows)):
        filled = [cell for cell in rows[r] if cell.strip()]
        if len(filled) * 2 < width or _is_header(rows[r]) or "指标" in compact(filled[0]):
            break  # (an indicator table's header under it ends the list)
        out.append(r)
        if _SUM.fullmatch(compact(filled[0])):
            break
    return out


def without_project_results(table: Table) -> Table:
    """The table with each list of two or more projects' results (header, rows, 合计) blanked; a header that also
    names indicators (一级指标 …) is a form's export, no list."""
    rows = [list(row) for row in table.rows]
    for head, row in enumerate(table.rows):
        if not _is_header(row):
            continue
        listed = _listed_rows(table.rows, head)
        col = next(c for c, cell in enumerate(row) if _NAME.fullmatch(compact(cell)))
        names = {compact(table.rows[r][col]) for r in listed
                 if col < len(table.rows[r]) and table.rows[r][col].strip()}
        if len(names) < 2:  # one project's rows (a long export repeating it on each indicator's row): its form
            continue
        for r in (head, *listed):
            rows[r] = ["" for _ in rows[r]]
    return table if rows == table.rows else replace(table, rows=rows)
