# ruff: noqa: E501
"""Reports z02 and z11 of the twenty-second set (xlsx): each returns (facts, ext, content).

Every unit, person and figure is invented.
"""

from __future__ import annotations

import io
from typing import Any

import openpyxl
from eighteenth_facts import EARNED, Made, Row, facts, grade, shown
from twentieth_facts import indicators, money, scored
from twentyfirst_sheets import _num


def _save(wb: Any) -> bytes:
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _fill(ws: Any, rows: list[list[Any]]) -> None:
    for i, row in enumerate(rows, 1):
        for j, v in enumerate(row, 1):
            if v not in (None, ""):
                ws.cell(i, j, v)


# z02 广东 county hospital project, xlsx: the 三级指标 cells carry the target in brackets ("培训人次（≥200人次）") and
# there is no 指标值 column; a hidden column of helper ratios, a hidden row holding a withdrawn indicator, and a
# 填表说明 row under the table ------------------------------------------------------------------------------------------
Z02: list[Row] = [
    ("产出指标", "数量指标", "基层医务人员进修培训人次", 10, "≥200人次", "214人次", "10", ""),
    ("产出指标", "数量指标", "远程会诊服务例数", 10, "≥1500例", "1632例", "10", ""),
    ("产出指标", "质量指标", "进修人员考核合格率", 10, "≥95%", "97.2%", "10", ""),
    ("产出指标", "时效指标", "帮扶资金拨付及时率", 10, "100%", "100%", "10", ""),
    ("产出指标", "成本指标", "人均进修培训费用", 10, "≤6000元", "5860元", "10", ""),
    ("效益指标", "社会效益指标", "县域内住院率", 15, "≥90%", "88.4%", "14.73", "部分重症患者转往省级医院"),
    ("效益指标", "可持续影响指标", "乡镇卫生院能开展的适宜技术项数", 15, "≥8项", "9项", "15", ""),
    ("满意度指标", "服务对象满意度指标", "基层医疗机构满意度", 10, "≥90%", "95.6%", "10", ""),
]


def z02() -> Made:
    ini, adj, exe = "580.00", "612.40", "596.86"
    rt, es, tot = scored(exe, adj, Z02)
    name = "县域医共体能力提升项目"
    head = ["一级指标", "二级指标", "三级指标（年度指标值）", "实际完成值", "完成率（辅助）", "分值", "得分", "偏差原因分析"]
    rows: list[list[Any]] = [
        ["项目支出绩效自评表（2024年度）"],
        ["项目名称", name, "", "主管部门", "紫金县卫生健康局"],
        ["实施单位", "紫金县人民医院", "", "填报日期", "2025-03-31"],
        ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "", "分值", "执行率", "得分"],
        ["年度资金总额", _num(ini), _num(adj), _num(exe), "", 10, f"{rt}%", float(es)],
        head,
    ]
    prev = ("", "")
    for r in Z02:
        l1 = r[0] if r[0] != prev[0] else ""
        l2 = r[1] if r[:2] != prev else ""
        prev = (r[0], r[1])
        rows.append([l1, l2, f"{r[2]}（{shown(r[4])}）", shown(r[5]), 1, r[3], _num(r[6]), r[7]])
        if r[2] == "远程会诊服务例数":
            rows.append(["", "", "家庭医生签约人数（≥3万人）", "已调整至其他项目", "", 10, 10, "指标已调整，不计分"])
    rows.append(["合计", "", "", "", "", 100, float(tot), ""])
    rows.append(["填表说明：1.三级指标括号内为年度指标值；2.分值合计100分（含预算执行10分）；3.灰色列为辅助计算列，不打印。"])
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自评表"
    _fill(ws, rows)
    ws.column_dimensions["E"].hidden = True
    hidden_row = next(i for i, r in enumerate(rows, 1) if len(r) > 2 and str(r[2]).startswith("家庭医生"))
    ws.row_dimensions[hidden_row].hidden = True
    project = {"name": name, "implementing_unit": "紫金县人民医院"}
    inds = indicators(rt, es, Z02)
    made = facts("项目支出", 2024, {}, money(ini, adj, exe, rt), inds, tot, project, full_mark=100, stated_grade=EARNED)
    del made["stated_grade"], made["unit"]  # no grade on the sheet; 主管部门's value stands in the hidden column E
    return made, "xlsx", _save(wb)


# z11 青海 city CDC, whole unit, xlsx: every indicator on two rows — 年度目标 then 实际完成 in one 指标值 column, told apart
# by a 类别 column; 分值 / 得分 / 偏差原因 merged over the pair; planted: a score above its weight --------------------------
Z11: list[Row] = [
    ("产出指标", "数量指标", "免疫规划疫苗接种剂次", 10, "≥12万剂次", "12.6万剂次", "10", ""),
    ("产出指标", "数量指标", "传染病监测哨点数", 10, "≥18个", "18个", "10", ""),
    ("产出指标", "质量指标", "法定传染病报告及时率", 10, "≥98%", "99.4%", "10.5", ""),
    ("产出指标", "时效指标", "突发公共卫生事件处置响应时间", 10, "≤2小时", "1.5小时", "10", ""),
    ("效益指标", "社会效益指标", "适龄儿童免疫规划疫苗接种率", 15, "≥95%", "96.8%", "15", ""),
    ("效益指标", "可持续影响指标", "重点慢性病患者规范管理率", 15, "≥65%", "61.2%", "14.12", "牧区患者随访难度大"),
    ("满意度指标", "服务对象满意度指标", "接种服务对象满意度", 20, "≥90%", "94.2%", "20", ""),
]


def z11() -> Made:
    ini, adj, exe = "3280.50", "3566.20", "3498.75"
    rt, es, tot = scored(exe, adj, Z11)
    name = "海东市疾病预防控制中心"
    rows: list[list[Any]] = [
        [f"{name}2024年度部门整体支出绩效自评表"],
        ["单位名称", name, "", "主管部门", "海东市卫生健康委员会"],
        ["编制人数", 96, "", "实有人数", 91],
        ["年度资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["年度资金总额", _num(ini), _num(adj), _num(exe), 10, f"{rt}%", float(es)],
        ["一级指标", "二级指标", "三级指标", "类别", "指标值", "分值", "得分", "偏差原因"],
    ]
    merges = []
    for r in Z11:
        top = len(rows) + 1
        rows.append([r[0], r[1], r[2], "年度目标", shown(r[4]), r[3], _num(r[6]), r[7]])
        rows.append([r[0], r[1], r[2], "实际完成", shown(r[5]), "", "", ""])
        merges += [f"{c}{top}:{c}{top + 1}" for c in "ABCFGH"]
    rows.append(["总分", "", "", "", "", 100, float(tot), ""])
    rows.append([f"自评等级：{grade(tot)}"])
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "整体自评"
    _fill(ws, rows)
    for m in merges:
        ws.merge_cells(m)
    unit = {"name": name, "supervising_department": "海东市卫生健康委员会", "staff_total": 91, "staff_establishment": 96}
    inds = indicators(rt, es, Z11)
    made = facts("整体支出", 2024, unit, money(ini, adj, exe, rt), inds, tot, full_mark=100, planted=["SCORE_OVER_WEIGHT"], stated_grade=EARNED)
    return made, "xlsx", _save(wb)


SHEETS = {
    "z02-gd-zijin-hospital-project-xlsx-bracket-targets": z02,
    "z11-qh-haidong-cdc-whole-xlsx-stacked-rows": z11,
}
