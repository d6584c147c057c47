# ruff: noqa: E501
"""Reports hz02 and hz07 of the seventy-ninth set (.txt), each returning (facts, ext, content): a Yunnan finance
bureau's compilation of whole-unit forms as a web page's text gives it, cells on tabs, one form after another with only
a rule line between (planted in the first: 良 on a total over 90); a Gansu project's form as a web page's cells one a
line, its amounts in 元 with separators, the prose in 万元 rounded to two decimals.
Every unit, person and figure is invented (real places, invented bodies and figures).
"""

from __future__ import annotations

from eighteenth_facts import Made
from seventyninth_facts import (
    HEAD,
    HZ02,
    HZ02_B,
    HZ02_UNITS,
    HZ07,
    HZ07_MONEY,
    project_labels,
    wan_rounded,
    yuan_money_rows,
)
from sixtyfirst_facts import cells, grade_of, whole_rows
from sixtyfourth_facts import money_rows, project, whole


def tabbed(rows: list[list[str]]) -> list[str]:
    return ["\t".join(r) for r in rows]


# hz02 云南 大理 宾川, .txt: the finance bureau's compilation of whole-unit forms on tabs, a rule line between ------------
def hz02() -> Made:
    out = ["宾川县财政局2024年度部门整体支出绩效自评结果汇总", "发布时间：2025-06-18　来源：宾川县财政局", ""]
    first = None
    for n, ((unit, money), rows) in enumerate(zip(HZ02_UNITS, (HZ02, HZ02_B), strict=True)):
        f, rt, es, tot = whole(2024, unit, money, rows, 4 if n == 0 else 1)
        grade = "良" if n == 0 else grade_of(tot)
        if n == 0:
            f["stated_grade"], f["planted"] = grade, ["GRADE_MISMATCH"]
            first = f
        else:
            out.append("————————————————————————————————")
        out += [f"{unit}2024年度部门整体支出绩效自评表", "单位：万元",
                *tabbed([*money_rows(money, rt, None), HEAD, *whole_rows(rows, 4 if n == 0 else 1, rt, es),
                         ["合计", "", "", "", "", "100", str(tot), ""], ["自评等级", grade, "", "", "", "", "", ""]])]
    assert first is not None
    return first, "txt", "\n".join(out) + "\n"


# hz07 甘肃 张掖 临泽, project, .txt: a web page's cells one a line, the form in 元, the prose in 万元 ----------------------
def hz07() -> Made:
    unit, dept = "临泽县设施农业发展中心", "临泽县农业农村局"
    proj = "2024年戈壁农业产业发展项目"
    f, rt, es, tot = project(2024, unit, dept, proj, HZ07_MONEY, HZ07)
    f["year"] = 2024
    f["stated_grade"] = grade_of(tot)
    _, adj, exe = HZ07_MONEY
    prose = [
        f"{proj}绩效自评报告",
        "一、项目概况",
        f"{proj}在沙河、平川两镇戈壁荒滩新建日光温室，配套水肥一体化设施。项目全年预算{wan_rounded(adj)}万元，"
        f"实际支出{wan_rounded(exe)}万元，预算执行率{rt}%。",
        "二、自评结论",
        f"项目自评得分{tot}分，评价等级为“{grade_of(tot)}”。",
        "附：项目支出绩效自评表（单位：元）",
    ]
    grid = [*project_labels(proj, dept, unit, 2024), *yuan_money_rows(HZ07_MONEY, rt, es), HEAD,
            *(cells(r) for r in HZ07), ["总分", "", "", "", "", "100", str(tot), ""]]
    lines: list[str] = []
    for row in grid:
        lines += [c for c in row if c]
        lines.append("")
    return f, "txt", "\n".join([*prose, "", *lines])


REPORTS = {
    "hz02-yn-binchuan-finance-compilation-txt-whole-forms-rule-between": hz02,
    "hz07-gs-linze-gobi-agriculture-project-txt-cells-yuan-prose-wan": hz07,
}
