# ruff: noqa: E501
"""Reports nb01, nb03, nb05, nb07, nb08 of the seventy-sixth set, each returning (facts, ext, content): the text layer of
a county unit's PDF as a viewer or pdftotext copies it (.txt). A Heilongjiang water bureau's project form with its
columns kept by spaces, money in 元 (年初预算数（元）…), a running head and a centred page number between two rows of
the indicator table and the header repeated on the next page, the sign-off dated 2025.3.15; a Liaoning high school's
whole-unit report copied without layout (one cell a line, an empty cell no line, the merged 一级 / 二级 once per block,
a page's foot and head between rows); a Shanxi water centre's form with a 评分标准 column wrapped under itself over
several lines (planted: the 总分 one point above its rows); a Henan agricultural centre's form of three sub-projects
with a money row each in 元, a row cut by the page (its note's second line after the repeated header) (planted: 优秀
on a total under 90); a Heilongjiang township hospital's whole-unit form with 指标解释 and 评分标准 columns (planted:
the stated rate two points above its amounts).
Every unit, person and figure is invented (real places, invented bodies and figures).
"""

from __future__ import annotations

from decimal import Decimal

from eighteenth_facts import Made
from seventyfifth_text import layout
from seventysixth_facts import (
    NB01,
    NB03,
    NB05,
    NB05_RULES,
    NB07,
    NB07_PARTS,
    NB08,
    NB08_TEXT,
    WORD,
    pages,
    wan3,
)
from sixtyfirst_facts import cells, exec_row
from sixtyfourth_facts import project, whole, without_notes

HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]


def yuan_sum(parts: list[str]) -> str:
    return f"{sum((Decimal(p.replace(',', '')) for p in parts), Decimal(0)):,.2f}"


# nb01 黑龙江 望奎, project, .txt: layout copy, money in 元, the indicator table cut by a page (head and number) -------------
def nb01() -> Made:
    unit, dept = "望奎县农村供水服务中心", "望奎县水务局"
    proj = "2024年农村饮水安全工程维修养护项目"
    money = ("1,850,000.00", "2,036,400.00", "1,978,215.36")
    f, rt, es, tot = project(2024, unit, dept, proj, wan3(money), NB01)
    widths = [12, 16, 26, 14, 14, 6, 8, 30]
    mw = [10, 18, 18, 18, 18, 6, 10, 8]
    rows = [cells(r) for r in NB01]
    page1 = [
        f"                    望奎县{proj}绩效自评报告",
        "",
        "一、项目基本情况",
        f"    {proj}由{unit}具体实施，主管部门为{dept}。项目资金用于全县集中供水工程",
        "的日常维修养护、老化管网更换和冬季防冻保温。",
        "二、项目资金使用情况",
        f"    项目年初预算{money[0]}元，全年预算{money[1]}元，全年执行{money[2]}元，预算执",
        f"行率{rt}%。",
        "三、项目绩效自评表",
        "                              项目支出绩效自评表",
        "                                  （2024年度）",
        f"项目名称      {proj}",
        f"主管部门      {dept}                      实施单位      {unit}",
        *layout([["项目资金", "", "年初预算数（元）", "全年预算数（元）", "全年执行数（元）", "分值", "执行率", "得分"],
                 ["", "年度资金总额", *money, "10", f"{rt}%", str(es)],
                 ["", "其中：财政拨款", *money, "—", f"{rt}%", "—"]], mw),
        *layout([HEAD, *rows[:3]], widths),
    ]
    page2 = [
        *layout([HEAD, *rows[3:], ["总分", "", "", "", "", "100", str(tot), ""]], widths),
        "",
        f"四、自评结论：经综合评价，本项目绩效自评得分{tot}分，评价等级为“{WORD[f['stated_grade']]}”。",
        "",
        "                                                  填报单位：望奎县水务局（盖章）",
        "                                                  填报日期：2025.3.15",
    ]
    head = "望奎县水务局2024年度项目支出绩效自评报告"
    return f, "txt", "\n".join(pages([page1, page2], head)) + "\n"


# nb03 辽宁 西丰, whole unit, .txt: a PDF's text copied without layout, one cell a line, a page's foot and head between rows ---
def nb03() -> Made:
    unit = "西丰县第一高级中学"
    money = ("36,458,200.00", "38,912,640.00", "37,806,155.82")
    f, rt, es, tot = whole(2024, unit, wan3(money), NB03, 4)
    grid = [cells(r) for r in NB03]
    grid.insert(4, exec_row(NB03, 4, rt, es))
    lines: list[str] = [
        f"{unit}2024年度部门整体支出绩效自评报告",
        "一、部门基本情况",
        f"{unit}为县教育局所属公益一类事业单位，设24个教学班，主要承担普通高中",
        "教育教学任务。",
        "二、部门预算收支情况",
        f"2024年部门年初预算{money[0]}元，全年预算{money[1]}元，全年执行{money[2]}",
        f"元，预算执行率{rt}%。",
        "三、部门整体支出绩效自评表",
        "预算资金（元）", "年初预算数", "全年预算数", "全年执行数", "执行率",
        "年度资金总额", *money, f"{rt}%",
        *HEAD,
    ]
    seen: tuple[str, str] = ("", "")
    for i, row in enumerate(grid):
        if i == 5:  # the page ends here: its number, then the next page's head and the repeated header
            lines += ["第 1 页 共 2 页", f"\f{unit}2024年度部门整体支出绩效自评报告", *HEAD]
            seen = ("", "")
        shown = [row[0] if row[0] != seen[0] else "", row[1] if (row[0], row[1]) != seen else ""]
        seen = (row[0], row[1])
        lines += [c for c in [*shown, *row[2:]] if c]
    lines += ["合计", "100", str(tot),
              f"四、自评结论：经自评，本单位2024年度部门整体支出绩效自评得分{tot}分，等级为“{WORD[f['stated_grade']]}”。",
              f"{unit}", "2025.4.10", "第 2 页 共 2 页"]
    return f, "txt", "\n".join(lines) + "\n"


# nb05 山西 五台, project, .txt: layout copy, a 评分标准 column wrapped under itself, 总分 one point above its rows (planted) ----
def nb05() -> Made:
    unit, dept = "五台县水利发展中心", "五台县水利局"
    proj = "2021年小型水库除险加固项目"
    money = ("3,200,000.00", "3,480,000.00", "3,386,927.40")
    f, rt, es, tot = project(2021, unit, dept, proj, wan3(money), NB05)
    f["stated_total"], f["planted"] = tot + 1, ["TOTAL_MISMATCH"]
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "评分标准", "分值", "实际完成值", "得分", "偏差原因分析及改进措施"]
    rows = [[r[0], r[1], r[2], r[4].removeprefix("T:"), NB05_RULES[r[2]], str(r[3]), r[5].removeprefix("T:"), r[6], r[7]]
            for r in NB05]
    widths = [10, 14, 24, 16, 28, 6, 18, 8, 24]
    page1 = [
        f"                         {proj}绩效自评表",
        "                                                                              （2021年度）",
        f"项目名称    {proj}                        项目负责人    赵建军",
        f"主管部门    {dept}                        实施单位      {unit}",
        *layout([["项目资金（元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
                 ["", "年度资金总额", *money, "10", f"{rt}%", str(es)],
                 ["", "其中：财政拨款", *money, "—", "—", "—"]], [16, 16, 16, 16, 16, 6, 10, 8]),
        *layout([head, *rows[:4]], widths),
    ]
    page2 = [
        *layout([head, *rows[4:], ["总分", "", "", "", "", "100", "", str(tot + 1), ""]], widths),
        "",
        f"自评结论：本项目绩效自评得分{tot + 1}分，自评等级为{WORD[f['stated_grade']]}。",
        "填表人：郭丽娟          联系电话：0350-65xxxxx          填表日期：2022.2.28",
    ]
    return f, "txt", "\n".join(pages([page1, page2], "五台县水利发展中心        2021年度项目支出绩效自评", footer="第 {n} 页")) + "\n"


# nb07 河南 郸城, project, .txt: three sub-projects' money rows in 元, a row cut by the page, 优秀 on a total under 90 (planted) --
def nb07() -> Made:
    unit, dept = "郸城县农业技术推广中心", "郸城县农业农村局"
    proj = "2023年粮食生产关键技术推广项目"
    parts = NB07_PARTS
    money = tuple(yuan_sum([p[k] for p in parts]) for k in (1, 2, 3))
    f, rt, es, tot = project(2023, unit, dept, proj, wan3(money), NB07)  # type: ignore[arg-type]
    f["stated_grade"], f["planted"] = "优", ["GRADE_MISMATCH"]
    mw = [10, 28, 16, 16, 16, 6, 10, 8]
    widths = [12, 16, 30, 14, 14, 6, 8, 26]
    rows = [cells(r) for r in NB07]
    cut = layout([rows[1]], widths)  # the second row's first line ends page 1, its name's and note's rest opens page 2
    page1 = [
        "                           项目支出绩效自评表",
        "                              （2023年度）",
        f"项目名称        {proj}",
        f"主管部门        {dept}                    实施单位        {unit}",
        *layout([["项目资金", "资金来源及用途", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
                 ["（元）", "年度资金总额", *money, "10", f"{rt}%", str(es)],
                 *(["", name, ini, adj, exe, "—", "—", "—"] for name, ini, adj, exe in parts)], mw),
        "年度总体    预期目标：完成小麦“一喷三防”85万亩，建设带状复合种植示范方6个，培训新型职业农民1500人次。",
        "目标        实际完成情况：完成“一喷三防”86.3万亩，建成示范方5个，培训1320人次。",
        *layout([HEAD, *rows[:1]], widths),
        cut[0],
    ]
    page2 = [
        *layout([HEAD], widths),
        *cut[1:],
        *layout([*rows[2:], ["总分", "", "", "", "", "100", str(tot), ""]], widths),
        "",
        f"自评等级：{WORD['优']}",
        "填报人：马晓燕        审核人：刘振华        填报日期：2024.3.6",
    ]
    return f, "txt", "\n".join(pages([page1, page2], "郸城县农业技术推广中心", footer="- {n} -")) + "\n"


# nb08 黑龙江 依安, whole unit, .txt: 指标解释 and 评分标准 columns, the stated rate two points above its amounts (planted) ----------
def nb08() -> Made:
    unit = "依安县依龙镇卫生院"
    money = ("4,862,350.00", "5,126,480.00", "4,788,901.26")
    f, rt, es, tot = whole(2020, unit, wan3(money), NB08, 4)
    without_notes(f)
    stated = rt + 2
    f["budget"]["stated_execution_rate"], f["planted"] = stated, ["EXECUTION_RATE_MISMATCH"]
    next(i for i in f["indicators"] if i["name"] == "预算执行率")["actual"]["value"] = stated
    grid = [cells(r) for r in NB08]
    grid.insert(4, exec_row(NB08, 4, rt, es))
    grid[4][4] = f"{stated}%"
    head = ["一级指标", "二级指标", "三级指标", "指标解释", "评分标准", "年度指标值", "实际完成值", "分值", "得分"]
    rows = [[*c[:3], *NB08_TEXT[c[2]], c[3], c[4], c[5], c[6]] for c in grid]
    widths = [10, 12, 22, 28, 24, 12, 12, 6, 8]
    page1 = [
        f"                  {unit}2020年度部门整体支出绩效自评报告",
        "",
        "一、基本情况",
        f"    {unit}是依安县卫生健康局所属公益一类事业单位，承担依龙镇17个行政村的基本医疗和基本公共卫生服",
        "务，下设村卫生室17个。",
        f"    2020年年初预算{money[0]}元，全年预算{money[1]}元，全年执行{money[2]}元，预算执",
        f"行率{stated}%。",
        "二、部门整体支出绩效自评表",
        *layout([head, *rows[:4]], widths),
    ]
    page2 = [
        *layout([head, *rows[4:], ["合计", "", "", "", "", "", "", "100", str(tot)]], widths),
        "",
        f"三、自评结论：本单位2020年度整体支出绩效自评得分为{tot}分，评价等级为“{f['stated_grade']}”。",
        f"                                                             {unit}",
        "                                                             2021.4.2",
    ]
    return f, "txt", "\n".join(pages([page1, page2], "依龙镇卫生院", footer="-{n}-")) + "\n"


REPORTS = {
    "nb01-hlj-wangkui-water-project-txt-pdf-layout-page-cut": nb01,
    "nb03-ln-xifeng-high-school-whole-txt-pdf-raw-cells": nb03,
    "nb05-sx-wutai-reservoir-project-txt-pdf-scoring-rules": nb05,
    "nb07-ha-dancheng-agri-tech-project-txt-pdf-subprojects-row-cut": nb07,
    "nb08-hlj-yian-township-hospital-whole-txt-pdf-explanations": nb08,
}
