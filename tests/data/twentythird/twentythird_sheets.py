# ruff: noqa: E501
"""Reports a03 and b09 of the twenty-third set (xlsx): each returns (facts, ext, content).

Every unit, person and figure is invented. The facts record is the eighteenth set's, the money block the twentieth
set's, the workbook helpers the twenty-first and twenty-second sets'.
"""

from __future__ import annotations

from typing import Any

import openpyxl
from eighteenth_facts import EARNED, D, Made, Row, facts, grade, shown
from twentieth_facts import indicators, money, scored
from twentyfirst_sheets import _num
from twentysecond_sheets import _fill, _save

# a03 四川 county project, xlsx exported by the budget system in long form: one row per indicator, every row repeating
# 年度 / 单位 / 项目 / 主管部门 / the money figures / 执行率 (a 0.00% number) / its 分值 and 得分 / 自评总分 / 自评等级, no money
# row and no total row; planted: one indicator scored above its weight ------------------------------------------------
A03: list[Row] = [
    ("产出指标", "数量指标", "改造提升义务教育学校食堂数", 10, "≥14所", "14所", "10", ""),
    ("产出指标", "数量指标", "配备食堂设施设备套数", 10, "≥320套", "335套", "10", ""),
    ("产出指标", "质量指标", "食堂食品安全量化等级B级以上比例", 10, "≥95%", "96.4%", "10", ""),
    ("产出指标", "时效指标", "改造项目完工时间", 5, "T:2024年8月底前", "T:2024年8月26日", "5", ""),
    ("产出指标", "成本指标", "校均改造成本", 5, "≤42万元", "41.2万元", "5.5", ""),
    ("效益指标", "社会效益指标", "学生在校就餐率", 15, "≥85%", "83.2%", "14.68", "部分走读学生仍回家就餐"),
    ("效益指标", "可持续影响指标", "食堂管理制度健全率", 15, "100%", "100%", "15", ""),
    ("满意度指标", "服务对象满意度指标", "学生及家长满意度", 20, "≥90%", "92.7%", "20", ""),
]


def a03() -> Made:
    ini, adj, exe = "588.00", "612.50", "597.86"
    rt, es, tot = scored(exe, adj, A03)
    name, dept, impl = "义务教育学校食堂改造提升项目", "古蔺县教育和体育局", "古蔺县教育后勤服务中心"
    head = ["年度", "单位编码", "单位名称", "项目编码", "项目名称", "主管部门", "年初预算数（万元）", "全年预算数（万元）",
            "全年执行数（万元）", "执行率", "执行率分值", "执行率得分", "一级指标", "二级指标", "三级指标", "年度指标值",
            "实际完成值", "分值", "得分", "偏差原因分析", "自评总分", "自评等级"]
    rows: list[list[Any]] = [head]
    for r in A03:
        rows.append([2024, "205017", impl, "51052524T000001186043", name, dept, _num(ini), _num(adj), _num(exe),
                     float(D(exe) / D(adj)), 10, float(es), r[0], r[1], r[2], shown(r[4]), shown(r[5]), r[3],
                     _num(r[6]), r[7], float(tot), grade(tot)])
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目自评明细"
    _fill(ws, rows)
    for i in range(2, len(rows) + 1):
        ws.cell(i, 10).number_format = "0.00%"
        for col in (7, 8, 9):
            ws.cell(i, col).number_format = "#,##0.00"
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:V{len(rows)}"
    unit = {"supervising_department": dept}
    project = {"name": name, "implementing_unit": impl}
    made = facts("项目支出", 2024, unit, money(ini, adj, exe, rt), indicators(rt, es, A03), tot, project,
                 planted=["SCORE_OVER_WEIGHT"], stated_grade=EARNED)
    return made, "xlsx", _save(wb)


# b09 云南 county agriculture bureau, whole unit, xlsx with two tables side by side on one sheet: the unit facts and the
# money block in columns A–D, the indicator table in columns F–M from the same top row down (each sheet row carries a
# left cell pair and an indicator row); a blank column E between them ---------------------------------------------------
B09: list[Row] = [
    ("产出指标", "数量指标", "粮食播种面积", 10, "≥42万亩", "42.6万亩", "10", ""),
    ("产出指标", "数量指标", "农作物病虫害统防统治面积", 10, "≥12万亩", "12.8万亩", "10", ""),
    ("产出指标", "质量指标", "农产品质量安全监测合格率", 10, "≥98%", "99.3%", "10", ""),
    ("产出指标", "时效指标", "耕地地力保护补贴兑付时间", 10, "T:2024年6月底前", "T:2024年6月20日", "10", ""),
    ("效益指标", "经济效益指标", "农村居民人均可支配收入增长率", 10, "≥7%", "6.6%", "9.43", "受农产品价格下行影响"),
    ("效益指标", "社会效益指标", "新型农业经营主体培育数", 10, "≥35个", "38个", "10", ""),
    ("效益指标", "生态效益指标", "化肥使用量减少率", 10, "≥2%", "2.4%", "10", ""),
    ("满意度指标", "服务对象满意度指标", "农户满意度", 20, "≥90%", "93.6%", "20", ""),
]


def b09() -> Made:
    ini, adj, exe = "5268.40", "5632.75", "5486.21"
    rt, es, tot = scored(exe, adj, B09)
    name = "弥渡县农业农村局"
    left: list[list[Any]] = [
        ["基本情况", "", "", ""],
        ["单位名称", name, "", ""],
        ["主管部门", "弥渡县人民政府", "", ""],
        ["编制人数", 78, "实有人数", 74],
        ["预算资金（万元）", "", "", ""],
        ["年初预算数", _num(ini), "", ""],
        ["全年预算数", _num(adj), "", ""],
        ["全年执行数", _num(exe), "", ""],
        ["预算执行率", f"{rt}%", "", ""],
        ["执行率分值", 10, "执行率得分", float(es)],
        ["自评总分", float(tot), "", ""],
        ["自评等级", grade(tot), "", ""],
    ]
    right: list[list[Any]] = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"]]
    prev = ("", "")
    for r in B09:
        l1 = r[0] if r[0] != prev[0] else ""
        l2 = r[1] if r[:2] != prev else ""
        prev = (r[0], r[1])
        right.append([l1, l2, r[2], shown(r[4]), shown(r[5]), r[3], _num(r[6]), r[7]])
    right.append(["合计", "", "", "", "", 90, float(tot - es), ""])
    rows: list[list[Any]] = [[f"{name}2024年度部门整体支出绩效自评表"]]
    for i in range(max(len(left), len(right))):
        lc = left[i] if i < len(left) else ["", "", "", ""]
        rc = right[i] if i < len(right) else [""] * 8
        rows.append([*lc, "", *rc])
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "整体自评"
    _fill(ws, rows)
    ws.merge_cells("A1:M1")
    ws.column_dimensions["E"].width = 3
    unit = {"name": name, "supervising_department": "弥渡县人民政府", "staff_total": 74, "staff_establishment": 78}
    made = facts("整体支出", 2024, unit, money(ini, adj, exe, rt), indicators(rt, es, B09), tot, stated_grade=EARNED)
    return made, "xlsx", _save(wb)


SHEETS = {
    "a03-sc-gulin-canteens-project-xlsx-long-export": a03,
    "b09-yn-midu-agriculture-whole-xlsx-side-by-side": b09,
}
