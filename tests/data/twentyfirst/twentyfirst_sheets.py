# ruff: noqa: E501
"""Reports y09, y10 of the twenty-first set (workbooks): each returns (facts, "xlsx", bytes).

Every unit, person and figure is invented.
"""

from __future__ import annotations

import io
from typing import Any

import openpyxl
from eighteenth_facts import EARNED, D, Made, Row, facts, grade, shown, wan_yuan
from twentieth_facts import indicators, money, scored


def _num(text: str) -> float | int:
    return float(text) if "." in text else int(text)


def _book(rows: list[list[Any]], merges: list[str] = ()) -> bytes:  # type: ignore[assignment]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自评表"
    for i, row in enumerate(rows, 1):
        for j, v in enumerate(row, 1):
            if v is not None:
                ws.cell(i, j, v)
    for m in merges:
        ws.merge_cells(m)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


# y09 江西 project, xlsx: every indicator row repeats its 一级 / 二级 text (no merged cells); money in 元 as numbers with a
# （单位：元） line above the money table; half-point scores; planted score over its weight ---------------------------
Y09: list[Row] = [
    ("产出指标", "数量指标", "完成高标准农田建设面积", 10, "≥2.4万亩", "2.45万亩", "10", ""),
    ("产出指标", "数量指标", "新建及修复灌排渠道长度", 10, "≥36公里", "34.5公里", "9.5", "一处渠段因征地协调延后"),
    ("产出指标", "质量指标", "工程验收合格率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "项目建设完成时间", 5, "T:2024年12月底前", "T:2024年12月26日", "5", ""),
    ("产出指标", "成本指标", "亩均财政投入", 5, "≤3000元", "2960元", "5.5", ""),
    ("效益指标", "经济效益指标", "项目区亩均粮食增产", 15, "≥50公斤", "46公斤", "13.5", "当年秋季干旱影响产量"),
    ("效益指标", "可持续影响指标", "工程设施管护责任落实率", 15, "100%", "100%", "15", ""),
    ("满意度指标", "服务对象满意度指标", "项目区农户满意度", 20, "≥90%", "93.2%", "20", ""),
]


def y09() -> Made:
    ini, adj, exe = "72000000.00", "72000000.00", "70388400.00"
    w_ini, w_adj, w_exe = wan_yuan(ini), wan_yuan(adj), wan_yuan(exe)
    rt, es, tot = scored(str(w_exe), str(w_adj), Y09)
    rows: list[list[Any]] = [
        ["2024年度项目支出绩效自评表"],
        ["项目名称", "高标准农田建设项目", None, "主管部门", "鄱阳县农业农村局"],
        ["实施单位", "鄱阳县农田建设服务中心"],
        ["（单位：元）"],
        ["资金情况", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["年度资金总额", float(ini), float(adj), float(exe), 10, f"{rt}%", float(es)],
        ["其中：中央补助资金", 43200000.00, 43200000.00, 43200000.00],
        ["省级资金", 21600000.00, 21600000.00, 21600000.00],
        ["县级配套资金", 7200000.00, 7200000.00, 5588400.00],
        [None],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    ]
    rows += [[r[0], r[1], r[2], shown(r[4]), shown(r[5]), r[3], _num(r[6]), r[7] or None] for r in Y09]
    rows += [["总分", None, None, None, None, 100, float(tot)], ["自评等级", grade(tot)]]
    unit = {"supervising_department": "鄱阳县农业农村局"}
    project = {"name": "高标准农田建设项目", "implementing_unit": "鄱阳县农田建设服务中心"}
    budget = money(str(w_ini), str(w_adj), str(w_exe), rt) | {"fund_rows": [
        {"name": "中央补助资金", "initial": D("4320"), "adjusted": D("4320"), "executed": D("4320")},
        {"name": "省级资金", "initial": D("2160"), "adjusted": D("2160"), "executed": D("2160")},
        {"name": "县级配套资金", "initial": D("720"), "adjusted": D("720"), "executed": D("558.84")}]}
    inds = indicators(rt, es, Y09)
    return (facts("项目支出", 2024, unit, budget, inds, tot, project, full_mark=100, planted=["SCORE_OVER_WEIGHT"], stated_grade=EARNED),
            "xlsx", _book(rows, ["A1:H1"]))


# y10 河南 county bureau, whole unit, xlsx: a 扣分 column written as negative numbers (-0.5) with 扣分原因, no 得分 column;
# the money row also 扣分; the total as 100 less the deductions in its own row -----------------------------------------
Y10: list[Row] = [
    ("产出指标", "数量指标", "全年办理不动产登记业务量", 10, "≥2.6万件", "2.73万件", "10", ""),
    ("产出指标", "数量指标", "完成耕地卫片图斑核查数", 10, "≥1200个", "1168个", "9.5", "部分图斑跨年度核查"),
    ("产出指标", "质量指标", "不动产登记差错率", 10, "≤0.5%", "0.2%", "10", ""),
    ("产出指标", "时效指标", "一般登记业务办结时限", 10, "≤3个工作日", "2个工作日", "10", ""),
    ("产出指标", "成本指标", "公用经费压减比例", 10, "≥5%", "5.3%", "10", ""),
    ("效益指标", "社会效益指标", "耕地保有量完成率", 15, "100%", "100%", "15", ""),
    ("效益指标", "生态效益指标", "矿山生态修复治理面积", 15, "≥600亩", "560亩", "13.5", "一处矿区修复方案调整"),
    ("满意度指标", "服务对象满意度指标", "办事群众满意度", 10, "≥95%", "96.2%", "10", ""),
]


def y10() -> Made:
    ini, adj, exe = "3862.50", "4215.80", "4096.34"
    rt, es, tot = scored(exe, adj, Y10)
    name = "固始县自然资源局"

    def minus(weight: int, score: str) -> float | int:
        k = D(weight) - D(score)
        return -float(k) if k else 0

    rows: list[list[Any]] = [
        [f"{name}2024年度部门整体支出绩效自评表"],
        ["单位名称", name, None, None, "编制人数", 146, "实有人数", 139],
        ["预算资金（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "扣分", "扣分原因"],
        ["年度资金总额", float(ini), float(adj), float(exe), f"{rt}%", 10, minus(10, str(es)), "预算执行率未达100%"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "扣分", "扣分原因"],
    ]
    last = None
    for r in Y10:
        rows.append([r[0] if r[0] != last else None, r[1], r[2], shown(r[4]), shown(r[5]), r[3], minus(r[3], r[6]), r[7] or None])
        last = r[0]
    deducted = D(100) - tot
    rows += [["扣分合计", None, None, None, None, 100, -float(deducted)],
             ["自评得分", float(tot), None, "自评等级", grade(tot)]]
    unit = {"name": name, "staff_total": 139, "staff_establishment": 146}
    budget = money(ini, adj, exe, rt)
    inds = indicators(rt, es, Y10)
    return facts("整体支出", 2024, unit, budget, inds, tot, full_mark=100, stated_grade=EARNED), "xlsx", _book(rows, ["A1:H1", "B2:D2"])


SHEETS = {
    "y09-jx-poyang-farmland-project-xlsx-repeated-levels": y09,
    "y10-ha-gushi-land-whole-xlsx-minus-deductions": y10,
}
