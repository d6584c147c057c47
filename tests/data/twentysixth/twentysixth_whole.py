# ruff: noqa: E501
"""Reports b07–b12 of the twenty-sixth set: 部门（单位）整体支出 self-evaluation forms in the frames and column sets
provinces and years use; each returns (facts, ext, content). Every unit, person and figure is invented.

The facts record and Word builders are the eighteenth set's, the value helpers the seventeenth set's, the money block's
rate and score the twentieth set's, the workbook saving the twenty-second set's, the fund rows and 2-level facts this
set's project module's.
"""

from __future__ import annotations

from typing import Any

import openpyxl
from eighteenth_facts import (
    EARNED,
    D,
    Made,
    Row,
    doc,
    docx_bytes,
    facts,
    grade,
    indicator_fact,
    r2,
    shown,
    table,
    total,
)
from twentieth_facts import indicators, money, scored
from twentysecond_sheets import _fill, _save
from twentysixth_project import aligned, fund, two_level, unnoted

WHOLE_MONEY = ["部门（单位）整体资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]


def whole_unit(name: str, **extra: Any) -> dict[str, Any]:
    return {"name": name, **extra}


# b07 贵州 county bureau, .xlsx: the 部门整体 form whose 一级 blocks are 履职效能 / 管理效率 / 运行成本 / 社会效应 /
# 可持续发展, columns 指标值 | 实际值 | 偏差 | 分值 | 得分; the money block parted by 基本支出 / 项目支出 rows --------------
B07: list[Row] = [
    ("履职效能", "重点工作完成", "年度重点工作任务完成率", 15, "100%", "100%", "15", ""),
    ("履职效能", "目标任务", "农产品质量安全抽检批次", 15, "≥1200批次", "1265批次", "15", ""),
    ("管理效率", "预算管理", "“三公”经费控制率", 10, "≤100%", "86.4%", "10", ""),
    ("管理效率", "资产管理", "固定资产利用率", 10, "≥95%", "96.2%", "10", ""),
    ("运行成本", "成本控制", "公用经费控制率", 10, "≤100%", "98.1%", "10", ""),
    ("社会效应", "服务对象满意度", "农户满意度", 15, "≥90%", "88.6%", "14", "部分农户反映技术指导次数偏少"),
    ("可持续发展", "长效管理", "农业技术人员培训覆盖率", 15, "≥90%", "93.5%", "15", ""),
]
B07_DEV = ["0", "+65批次", "-13.6个百分点", "+1.2个百分点", "-1.9个百分点", "-1.4个百分点", "+3.5个百分点"]


def b07() -> Made:
    ini, adj, exe = "2860.00", "3124.60", "3052.18"
    base, proj = ("1420.00", "1486.30", "1486.30"), ("1440.00", "1638.30", "1565.88")
    rt, es, tot = scored(exe, adj, B07)
    unit = "湄潭县农业农村局"
    rows: list[list[Any]] = [
        ["部门（单位）整体支出绩效自评表"],
        ["（2024年度）"],
        ["部门（单位）名称", unit],
        WHOLE_MONEY,
        ["年度资金总额", float(ini), float(adj), float(exe), 10, rt / 100, float(es)],
        ["其中：基本支出", *map(float, base)],
        ["项目支出", *map(float, proj)],
        ["一级指标", "二级指标", "三级指标", "指标值", "实际值", "偏差", "分值", "得分", "偏差原因分析及改进措施"],
        *[[r[0], r[1], r[2], shown(r[4]), shown(r[5]), dev, r[3], float(r[6]), r[7]] for r, dev in zip(B07, B07_DEV, strict=True)],
        ["总分", "", "", "", "", "", 100, float(tot), ""],
        ["自评等级", "", "", "", "", "", "", grade(tot)],
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "整体自评表"
    _fill(ws, rows)
    ws.cell(5, 6).number_format = "0.00%"
    for m in ("A1:I1", "A2:I2", "B3:I3"):
        ws.merge_cells(m)
    budget = {**money(ini, adj, exe, rt), "expenditure_items": [{"name": "基本支出", "amount": D(base[2])},
                                                                {"name": "项目支出", "amount": D(proj[2])}]}
    f = facts("整体支出", 2024, whole_unit(unit), budget, indicators(rt, es, B07), tot, full_mark=100, stated_grade=EARNED)
    return f, "xlsx", _save(wb)


# b08 山西 town, .docx: a report carrying two forms, the 部门整体支出绩效自评表 and after it one 项目支出绩效自评表 of a
# project the town ran; the whole-unit facts are the first form's --------------------------------------------------------
B08: list[Row] = [
    ("产出指标", "数量指标", "村（社区）公共服务事项办结数", 15, "≥3600件", "3742件", "15", ""),
    ("产出指标", "质量指标", "为民服务事项按时办结率", 15, "≥98%", "99.2%", "15", ""),
    ("产出指标", "时效指标", "惠民补贴资金发放及时率", 10, "100%", "100%", "10", ""),
    ("效益指标", "社会效益指标", "人居环境整治达标村比例", 20, "≥90%", "92%", "20", ""),
    ("满意度指标", "服务对象满意度指标", "辖区群众满意度", 30, "≥90%", "91.5%", "30", ""),
]
B08_PROJECT: list[Row] = [
    ("产出指标", "数量指标", "修缮村内道路长度", 40, "≥6公里", "6.3公里", "40", ""),
    ("效益指标", "社会效益指标", "道路通行条件改善村数", 30, "≥5个", "5个", "30", ""),
    ("满意度指标", "服务对象满意度指标", "村民满意度", 20, "≥90%", "96%", "20", ""),
]


def b08() -> Made:
    ini, adj, exe = "1586.00", "1712.40", "1689.05"
    rt, es, tot = scored(exe, adj, B08)
    unit = "柳林县穆村镇人民政府"
    d = doc()
    d.add_heading(f"{unit}2024年度部门整体支出绩效自评报告", level=1)
    d.add_paragraph("附表1")
    d.add_paragraph("部门（单位）整体支出绩效自评表")
    d.add_paragraph("（2024年度）")
    table(d, [
        ["部门（单位）名称", unit, "", "", "", "", ""],
        WHOLE_MONEY,
        ["年度资金总额", ini, adj, exe, "10", f"{rt}%", str(es)],
        ["其中：财政拨款", ini, adj, exe, "—", "—", "—"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        *[[r[0], r[1], r[2], shown(r[4]), shown(r[5]), str(r[3]), r[6]] for r in B08],
        ["总分", "", "", "", "", "100", str(tot)],
    ], merges=[(0, 1, 0, 6)], vmerge_cols=(0,))
    d.add_paragraph(f"自评等级：{grade(tot)}")
    d.add_page_break()
    p_ini, p_adj, p_exe = "120.00", "120.00", "117.60"
    p_rt, p_es, p_tot = scored(p_exe, p_adj, B08_PROJECT)
    d.add_paragraph("附表2")
    d.add_paragraph("项目支出绩效自评表")
    d.add_paragraph("（2024年度）")
    table(d, [
        ["项目名称", "村内道路修缮项目", "", "", "", "", ""],
        ["主管部门", unit, "", "实施单位", unit, "", ""],
        ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["年度资金总额", p_ini, p_adj, p_exe, "10", f"{p_rt}%", str(p_es)],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        *[[r[0], r[1], r[2], shown(r[4]), shown(r[5]), str(r[3]), r[6]] for r in B08_PROJECT],
        ["总分", "", "", "", "", "100", str(p_tot)],
    ], merges=[(0, 1, 0, 6), (1, 1, 1, 2), (1, 4, 1, 6)], vmerge_cols=(0,))
    budget = {**money(ini, adj, exe, rt), "fund_rows": [fund("财政拨款", ini, adj, exe)]}
    f = facts("整体支出", 2024, whole_unit(unit), budget, indicators(rt, es, B08), tot, full_mark=100, stated_grade=EARNED)
    return f, "docx", docx_bytes(d)


# b09 湖南 county office, .pdf: the older 投入 / 过程 / 产出 / 效果 frame of the 部门整体支出绩效评价指标 (分值 | 评分标准 |
# 得分 columns, no targets), 预算执行率 a 过程 row; the money told in a label block above ----------------------------------
B09: list[Row] = [
    ("投入", "目标设定", "绩效目标合理性", 8, "", "", "8", ""),
    ("投入", "预算配置", "财政供养人员控制率", 6, "", "", "6", ""),
    ("过程", "预算执行", "预算执行率", 10, "", "", "9.62", ""),
    ("过程", "预算管理", "公用经费控制率", 8, "", "", "8", ""),
    ("过程", "资产管理", "固定资产利用率", 8, "", "", "7", ""),
    ("产出", "职责履行", "重点工作完成率", 20, "", "", "20", ""),
    ("效果", "履职效益", "社会效益", 20, "", "", "18", ""),
    ("效果", "满意度", "社会公众或服务对象满意度", 20, "", "", "19", ""),
]
B09_RULES = ["目标明确、细化量化得满分", "在编人数不超过编制数得满分", "执行率×分值", "控制率≤100%得满分",
             "利用率每低1个百分点扣0.5分", "全部完成得满分", "视效益程度评分", "满意度≥90%得满分"]


def b09() -> Made:
    ini, adj, exe = "640.00", "702.80", "676.10"
    rt = r2(D(exe) / D(adj) * 100)
    tot = total(B09, None)
    unit = "安化县人民政府办公室"
    d = doc()
    d.add_heading(f"{unit}2024年度部门整体支出绩效评价表", level=2)
    d.add_paragraph(f"评价单位：{unit}")
    d.add_paragraph(f"年初预算数：{ini}万元　全年预算数：{adj}万元　全年执行数：{exe}万元　预算执行率：{rt}%")
    rows = [["一级指标", "二级指标", "三级指标", "分值", "评分标准", "得分"]]
    rows += [[r[0], r[1], r[2], str(r[3]), rule, r[6]] for r, rule in zip(B09, B09_RULES, strict=True)]
    rows.append(["合计", "", "", "100", "", str(tot)])
    table(d, rows, vmerge_cols=(0,))
    d.add_paragraph(f"评价结论：综合得分{tot}分，评价等级为“{grade(tot)}”。")
    inds = [indicator_fact(r) for r in B09]
    f = facts("整体支出", 2024, whole_unit(unit), money(ini, adj, exe, rt), inds, tot, stated_grade=EARNED)
    return f, "pdf", docx_bytes(d)


# b10 四川 county bureau, .html: the money as label rows (年初预算数 / 本年追加 / 本年调减 / 调整后预算数 / 全年执行数 /
# 年末结转结余), the indicator columns 年度指标值 | 实际完成值 | 权重 | 得分率 | 得分; planted: the stated total is one point
# above the scores' sum -------------------------------------------------------------------------------------------------
B10: list[Row] = [
    ("产出指标", "数量指标", "公共法律服务事项办理件数", 20, "≥5000件", "5318件", "20", ""),
    ("产出指标", "质量指标", "法律援助案件结案合格率", 15, "≥95%", "97.1%", "15", ""),
    ("产出指标", "时效指标", "法律援助申请审查及时率", 10, "100%", "100%", "10", ""),
    ("效益指标", "社会效益指标", "矛盾纠纷调解成功率", 20, "≥95%", "93.8%", "18", "部分跨区域纠纷调解周期长"),
    ("满意度指标", "服务对象满意度指标", "受援群众满意度", 25, "≥90%", "94%", "25", ""),
]


def b10() -> Made:
    ini, add, cut, adj, exe, carry = "980.00", "126.40", "32.00", "1074.40", "1041.22", "33.18"
    rt, es, tot = scored(exe, adj, B10)
    stated = tot + 1
    unit = "苍溪县司法局"
    body = []
    for r in B10:
        ratio = r2(D(r[6]) / r[3] * 100)
        body.append(f"<tr><td>{r[0]}</td><td>{r[1]}</td><td>{r[2]}</td><td>{shown(r[4])}</td><td>{shown(r[5])}</td>"
                    f"<td>{r[3]}%</td><td>{ratio}%</td><td>{r[6]}</td></tr>")
    rows = "\n".join(body)
    html = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{unit}2024年度部门整体支出绩效自评表</title></head>
<body>
<div class="article-meta">发布时间：2025-05-20　来源：{unit}　浏览次数：38</div>
<h1>{unit}2024年度部门整体支出绩效自评表</h1>
<table border="1">
<tr><td>部门（单位）名称</td><td colspan="7">{unit}</td></tr>
<tr><td colspan="2">年初预算数（万元）</td><td colspan="6">{ini}</td></tr>
<tr><td colspan="2">本年追加（万元）</td><td colspan="6">{add}</td></tr>
<tr><td colspan="2">本年调减（万元）</td><td colspan="6">{cut}</td></tr>
<tr><td colspan="2">调整后预算数（万元）</td><td colspan="6">{adj}</td></tr>
<tr><td colspan="2">全年执行数（万元）</td><td colspan="6">{exe}</td></tr>
<tr><td colspan="2">预算执行率</td><td colspan="3">{rt}%</td><td>分值</td><td>10</td><td>得分 {es}</td></tr>
<tr><td colspan="2">年末结转结余（万元）</td><td colspan="6">{carry}</td></tr>
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td><td>权重</td><td>得分率</td><td>得分</td></tr>
{rows}
<tr><td colspan="5">自评总分</td><td>100%</td><td></td><td>{stated}</td></tr>
<tr><td colspan="5">自评等级</td><td colspan="3">{grade(stated)}</td></tr>
</table>
<p>偏差说明：矛盾纠纷调解成功率未达目标，原因是部分跨区域纠纷调解周期长。</p>
</body></html>
"""
    budget = {**money(ini, adj, exe, rt), "carry_over": D(carry)}
    inds = unnoted(indicators(rt, es, B10))
    f = facts("整体支出", 2024, whole_unit(unit), budget, inds, stated, full_mark=100, planted=["TOTAL_MISMATCH"], stated_grade=EARNED)
    return f, "html", html


# b11 福建 county centre, .txt: a 2-level whole-unit form (一级指标 | 指标名称 | 指标值 | 实际值 | 分值 | 得分) as a text
# export with columns aligned by spaces, 编制 / 实有 label lines above, the money block as label lines -------------------
B11: list[Row] = [
    ("产出指标", "", "不动产登记业务办理量", 20, "≥26000件", "27412件", "20", ""),
    ("产出指标", "", "登记业务即时办结率", 20, "≥85%", "88.6%", "20", ""),
    ("效益指标", "", "登记差错率", 15, "≤0.5%", "0.3%", "15", ""),
    ("效益指标", "", "网上申办比例", 15, "≥60%", "57.4%", "13.5", "老年申请人仍以窗口办理为主"),
    ("满意度指标", "", "办事群众满意度", 20, "≥95%", "98.2%", "20", ""),
]


def b11() -> Made:
    ini, adj, exe = "415.00", "438.60", "429.95"
    rt, es, tot = scored(exe, adj, B11)
    unit = "永泰县不动产登记中心"
    widths = [12, 24, 12, 10, 6, 6]

    form = [aligned(widths, ["一级指标", "指标名称", "指标值", "实际值", "分值", "得分"])]
    form += [aligned(widths, [r[0], r[2], shown(r[4]), shown(r[5]), str(r[3]), r[6]]) for r in B11]
    form.append(aligned(widths, ["合计", "", "", "", "100", str(tot)]))
    text = f"""部门（单位）整体支出绩效自评表（2024年度）

单位名称：{unit}
编制数：28人
实有人数：26人

资金情况（万元）
年初预算数：{ini}
全年预算数：{adj}
全年执行数：{exe}
执行率：{rt}%（分值10分，得分{es}分）

{chr(10).join(form)}

自评等级：{grade(tot)}
"""
    inds = unnoted(two_level(indicators(rt, es, B11)))
    f = facts("整体支出", 2024, whole_unit(unit, staff_establishment=28, staff_total=26), money(ini, adj, exe, rt),
              inds, tot, full_mark=100, stated_grade=EARNED)
    return f, "txt", text


# b12 甘肃 county hospital, .docx: the money block with 追加 / 调减 columns over 基本支出 / 项目支出 rows; in the indicator
# table a full-width 绩效目标 row before each 一级 block; 分值 before 指标值 ------------------------------------------------
B12: list[Row] = [
    ("产出指标", "数量指标", "门急诊服务人次", 15, "≥21万人次", "22.4万人次", "15", ""),
    ("产出指标", "质量指标", "住院患者抗菌药物使用率", 15, "≤60%", "52.3%", "15", ""),
    ("产出指标", "时效指标", "急诊患者平均等候时间", 10, "≤15分钟", "12分钟", "10", ""),
    ("效益指标", "社会效益指标", "县域就诊率", 20, "≥90%", "88.2%", "18.5", "部分重症患者转诊上级医院"),
    ("满意度指标", "服务对象满意度指标", "住院患者满意度", 30, "≥92%", "95.6%", "30", ""),
]
B12_GOALS = {"产出指标": "绩效目标：全年门急诊服务不少于21万人次，医疗质量安全可控",
             "效益指标": "绩效目标：县域内就诊率稳定在90%以上",
             "满意度指标": "绩效目标：患者满意度不低于92%"}


def b12() -> Made:
    base = ("3120.00", "260.00", "0.00", "3380.00", "3380.00")
    proj = ("1480.00", "420.00", "86.00", "1814.00", "1728.64")
    ini, add, cut, adj, exe = (str(D(base[i]) + D(proj[i])) for i in range(5))
    rt, es, tot = scored(exe, adj, B12)
    unit = "会宁县人民医院"
    d = doc()
    d.add_heading(f"{unit}2024年度部门整体支出绩效自评表", level=2)
    d.add_paragraph(f"单位名称：{unit}　　　　金额单位：万元")
    table(d, [
        ["资金构成", "年初预算", "本年追加", "本年调减", "调整后预算", "执行数", "执行率"],
        ["合计", ini, add, cut, adj, exe, f"{rt}%"],
        ["基本支出", *base, "100.00%"],
        ["项目支出", *proj, f"{r2(D(proj[4]) / D(proj[3]) * 100)}%"],
        ["预算执行率分值", "10", "", "", "得分", str(es), ""],
    ])
    d.add_paragraph("")
    rows = [["一级指标", "二级指标", "三级指标", "分值", "年度指标值", "实际完成值", "得分", "偏差原因分析及改进措施"]]
    merges = []
    for i, r in enumerate(B12):
        if i == 0 or B12[i - 1][0] != r[0]:
            rows.append([B12_GOALS[r[0]]] + [""] * 7)
            merges.append((len(rows) - 1, 0, len(rows) - 1, 7))
        rows.append([r[0], r[1], r[2], str(r[3]), shown(r[4]), shown(r[5]), r[6], r[7]])
    rows.append(["总分", "", "", "100", "", "", str(tot), f"等级：{grade(tot)}"])
    table(d, rows, merges=merges)
    budget = {**money(ini, adj, exe, rt), "expenditure_items": [{"name": "基本支出", "amount": D(base[4])},
                                                                {"name": "项目支出", "amount": D(proj[4])}]}
    f = facts("整体支出", 2024, whole_unit(unit), budget, indicators(rt, es, B12), tot, full_mark=100, stated_grade=EARNED)
    return f, "docx", docx_bytes(d)


WHOLE = {
    "b07-gz-meitan-agri-whole-xlsx-duty-efficiency-blocks": b07,
    "b08-sx-mucun-town-whole-docx-two-forms": b08,
    "b09-hn-anhua-office-whole-pdf-input-process-frame": b09,
    "b10-sc-cangxi-justice-whole-html-weight-ratio-adjust-rows": b10,
    "b11-fj-yongtai-registry-whole-txt-two-level-aligned": b11,
    "b12-gs-huining-hospital-whole-docx-goal-rows-adjust-columns": b12,
}
