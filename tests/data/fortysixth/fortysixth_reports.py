# ruff: noqa: E501
"""Reports fs01–fs08 of the forty-sixth set, each returning (facts, ext, content): eight clients' self-evaluations
written by one consultancy — a school's .xlsx with the 自评表 on its second sheet (三级指标 only, 一级 / 二级 as
heading rows), a hospital's .rtf with the indicator scores in prose, a township's GBK .txt in 元 with 分值（分） and a
偏差原因 on every row, a bureau's text .pdf with 年初预算 / 调整预算 / 实际支出, a centre's .docx with its form nested
in a layout table and indicators numbered 1.1.1, a bureau's .html page with two projects' forms, a scanned .pdf whose
total is only in its closing paragraph, an association's .docx with a 得分率 column and 良好. Every unit, person and
figure is invented (real provinces and counties, invented bodies, projects and figures).

Builders and value helpers are the earlier sets' (imported, not copied).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import openpyxl
from docx.shared import Cm
from eighteenth_facts import (
    EARNED,
    D,
    Made,
    Row,
    doc,
    docx_bytes,
    exec_fact,
    facts,
    form_rows,
    grade,
    indicator_fact,
    r2,
    shown,
    table,
    total,
)
from eighteenth_text import _sheet
from fortyfifth_reports import FONT, IND_HEAD, _budget, _money
from fortyfourth_reports import _project
from make_seventeenth import convert


def _fund(ini: str, adj: str, exe: str) -> dict[str, Any]:
    return {"name": "当年财政拨款", "initial": D(ini), "adjusted": D(adj), "executed": D(exe)}


def _money_rows(ini: str, adj: str, exe: str, rt: Decimal, es: Decimal) -> list[list[str]]:
    return [["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["", "年度资金总额", ini, adj, exe, "10", f"{rt}%", str(es)],
            ["", "其中：当年财政拨款", ini, adj, exe, "—", f"{rt}%", "—"]]


# fs01 浙江 county middle school, project, .xlsx: a 说明 sheet first, the 自评表 on the second sheet with merged header
# cells; the indicator table has only 三级指标 columns, the 一级 and 二级 written as heading rows across the table -------
FS01: list[Row] = [
    ("产出指标", "数量指标", "改造学生食堂面积", 15, "≥1200平方米", "1260平方米", "15", ""),
    ("产出指标", "数量指标", "新增就餐座位数", 10, "≥600个", "600个", "10", ""),
    ("产出指标", "质量指标", "改造工程验收合格率", 15, "100%", "100%", "15", ""),
    ("产出指标", "时效指标", "改造工程完工时间", 10, "T:2025年8月25日前", "T:2025年8月20日", "10", ""),
    ("效益指标", "社会效益指标", "学生在校就餐率", 20, "≥85%", "82%", "19.29", "部分走读学生中午仍回家就餐，下学期推行午餐预订"),
    ("满意度指标", "服务对象满意度指标", "学生及家长满意度", 20, "≥90%", "94.2%", "20", ""),
]
_NUM = "一二三四五六七八九十"


def fs01() -> Made:
    ini, adj, exe = "380.00", "420.00", "409.50"
    rt, es = _money(adj, exe)
    tot = total(FS01, es)
    dept, impl, name = "淳安县教育局", "淳安县汾口镇初级中学", "2025年学生食堂改造提升项目"
    goal = "改造学生食堂1200平方米，新增就餐座位600个，暑期内完工投入使用。"
    done = "完成食堂改造1260平方米，新增座位600个，8月20日完工并于秋季开学投入使用。"
    wb = openpyxl.Workbook()
    note = wb.active
    note.title = "填表说明"
    for i, line in enumerate(("1. 本表由项目实施单位填写，金额单位为万元。", "2. 三级指标按一级、二级指标分组填列。",
                              "3. 偏差原因须说明未完成原因及改进措施。"), 1):
        note.cell(i, 1, line)
    ws = wb.create_sheet("自评表")
    rows: list[list[Any]] = [["项目支出绩效自评表"], ["（2025年度）"],
                             ["项目名称", None, name], ["主管部门", None, dept, None, "实施单位", None, impl],
                             *[[c or None for c in r] for r in _money_rows(ini, adj, exe, rt, es)],
                             ["年度总体目标", None, "预期目标", None, None, "实际完成情况"],
                             [None, None, goal, None, None, done],
                             ["三级指标", None, "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]]
    merges = ["A1:H1", "A2:H2", "A3:B3", "C3:H3", "A4:B4", "C4:D4", "E4:F4", "G4:H4", "A5:B5", "A5:A7",
              "A8:B9", "C8:E8", "F8:H8", "C9:E9", "F9:H9", "A10:B10", "G10:H10"]
    merges.remove("A5:B5")
    l1 = l2 = ""
    n1 = n2 = 0
    for r in FS01:
        if r[0] != l1:
            l1, n1, n2, l2 = r[0], n1 + 1, 0, ""
            rows.append([f"{_NUM[n1 - 1]}、{l1}"])
            merges.append(f"A{len(rows)}:H{len(rows)}")
        if r[1] != l2:
            l2, n2 = r[1], n2 + 1
            rows.append([f"（{_NUM[n2 - 1]}）{l2}"])
            merges.append(f"A{len(rows)}:H{len(rows)}")
        rows.append([r[2], None, shown(r[4]), shown(r[5]), str(r[3]), r[6], r[7] or None])
        merges += [f"A{len(rows)}:B{len(rows)}", f"G{len(rows)}:H{len(rows)}"]
    rows += [["总分", None, None, None, "100", str(tot)], ["自评等级", None, grade(tot)]]
    merges += [f"A{len(rows) - 1}:D{len(rows) - 1}", f"A{len(rows)}:B{len(rows)}"]
    _sheet(ws, rows, merges)
    buf = io.BytesIO()
    wb.save(buf)
    unit, project = _project(dept, name, impl, goal, done)
    b = _budget(ini, adj, exe, rt, fund_rows=[_fund(ini, adj, exe)])
    inds = [exec_fact(10, rt, es)] + [indicator_fact(r) for r in FS01]
    return facts("项目支出", 2025, unit, b, inds, tot, project, full_mark=100, stated_grade=EARNED), "xlsx", buf.getvalue()


# fs02 湖南 county hospital, project, .rtf: the report tells each indicator's score in a sentence — "…指标分值15分，实际
# 得15分" — and the one short of its target "…扣0.5分，原因是…"; no table --------------------------------------------
FS02: list[Row] = [
    ("产出指标", "数量指标", "购置急救设备数量", 15, "≥12台", "12台", "15", ""),
    ("产出指标", "数量指标", "急诊医护人员培训人次", 10, "≥80人次", "86人次", "10", ""),
    ("产出指标", "质量指标", "急救设备验收合格率", 15, "100%", "100%", "15", ""),
    ("产出指标", "时效指标", "设备安装调试完成时间", 10, "T:2024年10月底前", "T:2024年11月15日", "9.5", "两台设备供货延迟，安装调试推迟半个月"),
    ("效益指标", "社会效益指标", "急危重症患者抢救成功率", 20, "≥95%", "96.4%", "20", ""),
    ("满意度指标", "服务对象满意度指标", "急诊患者满意度", 20, "≥90%", "91.5%", "20", ""),
]


def fs02() -> Made:
    ini, adj, exe = "260.00", "260.00", "243.62"
    rt, es = _money(adj, exe)
    tot = total(FS02, es)
    dept, impl, name = "炎陵县卫生健康局", "炎陵县城东医院", "2024年急诊急救能力提升项目"
    d = doc()
    d.add_heading(f"{impl}{name}绩效自评报告", level=1)
    paras = ["一、项目概况",
             f"{name}由{dept}主管、{impl}实施，主要用于购置急救设备、开展急诊医护人员培训。",
             f"项目年初预算{ini}万元，全年预算{adj}万元，全年执行{exe}万元，预算执行率{rt}%。",
             "二、绩效指标完成及得分情况",
             f"预算执行率：年度指标值100%，实际完成{rt}%，指标分值10分，实际得{es}分。"]
    l1, n1 = "", 0
    for k, r in enumerate(FS02, 1):
        if r[0] != l1:
            l1, n1 = r[0], n1 + 1
            paras.append(f"（{_NUM[n1 - 1]}）{l1}")
        lost = D(r[3]) - D(r[6])
        tail = f"，扣{lost.normalize():f}分，原因是{r[7]}。" if lost else "。"
        paras.append(f"{k}.{r[2]}（{r[1]}）：年度指标值{shown(r[4])}，实际完成{shown(r[5])}，指标分值{r[3]}分，实际得{r[6]}分{tail}")
    paras += ["三、自评结论", f"综上，该项目自评得分{tot}分，自评等级为{grade(tot)}。",
              "四、存在的问题及改进措施", "设备采购计划编制偏晚，下一步提前开展市场调研，合理安排采购时序。",
              "湖南衡正预算绩效咨询有限公司（受托编制）", "2025年3月20日"]
    for p in paras:
        d.add_paragraph(p)
    unit, project = _project(dept, name, impl)
    b = _budget(ini, adj, exe, rt)
    inds = [exec_fact(10, rt, es, target={"value": D(100), "unit": "%"})] + [indicator_fact(r) for r in FS02]
    return (facts("项目支出", 2024, unit, b, inds, tot, project, stated_grade=EARNED), "rtf",
            convert(docx_bytes(d), "fs02", "docx", "rtf"))


# fs03 广西 township, whole unit, GBK .txt: money in 元 in prose, the 整体 form as space-aligned columns with 分值（分）
# / 得分（分） heads and a 偏差原因 written for every row, on-target rows included -------------------------------------
FS03: list[Row] = [
    ("产出指标", "履职效能", "村级道路养护里程", 15, "≥46公里", "48公里", "15", "超额完成年度目标"),
    ("产出指标", "履职效能", "撂荒耕地整治面积", 15, "≥600亩", "560亩", "14", "部分地块流转未谈妥，次年春耕前完成"),
    ("效益指标", "社会效益", "热线工单按期办结率", 15, "≥95%", "97.6%", "15", "达到年度目标"),
    ("效益指标", "生态效益", "农村生活垃圾收运覆盖率", 15, "100%", "100%", "15", "达到年度目标"),
    ("满意度指标", "服务对象满意度", "辖区群众满意度", 20, "≥90%", "92%", "20", "达到年度目标"),
]


def fs03() -> Made:
    ini_y, adj_y, exe_y = "18,426,300.00", "21,038,650.00", "20,472,318.46"
    ini, adj, exe = (D(v.replace(",", "")) / 10000 for v in (ini_y, adj_y, exe_y))
    rt = r2(exe / adj * 100)
    es = r2(20 * rt / 100)
    tot = total(FS03, es)
    unit = "灵川县潭下镇人民政府"
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值（分）", "得分（分）", "偏差原因"]
    body = [head, ["过程指标", "预算执行", "预算执行率", "100%", f"{rt}%", "20", str(es), "年末1个村道项目未完成结算"],
            *form_rows(FS03), ["合计", "", "", "", "", "100", str(tot), ""]]
    widths = [12, 10, 26, 12, 12, 11, 11, 0]
    lines = []
    for row in body:
        cells = [c or "—" for c in row[:-1]] + [row[-1]]
        lines.append("".join(c + " " * max(2, w - sum(2 if ord(ch) > 0x2E80 else 1 for ch in c)) for c, w in zip(cells, widths, strict=True)).rstrip())
    table_text = "\n".join(lines)
    text = f"""{unit}2024年度部门整体支出绩效自评报告

一、基本情况
我镇2024年年初预算{ini_y}元，年中调整后预算{adj_y}元，全年实际支出{exe_y}元，预算执行率{rt}%。

二、绩效自评表
金额单位：元
{table_text}

三、自评结论
我镇2024年度部门整体支出绩效自评得分{tot}分，自评等级为“{grade(tot)}”。

{unit}
2025年3月31日
"""
    b = _budget(str(ini), str(adj), str(exe), rt)
    inds = [exec_fact(20, rt, es, level1="过程指标", level2="预算执行", target={"value": D(100), "unit": "%"})]
    inds[0]["deviation_note"] = "年末1个村道项目未完成结算"
    inds += [indicator_fact(r) for r in FS03]
    return facts("整体支出", 2024, {"name": unit}, b, inds, tot, stated_grade=EARNED), "txt", text.encode("gbk")


# fs04 甘肃 county natural-resources bureau, whole unit, text .pdf: the money block a table on 年初预算 / 调整预算 /
# 实际支出 / 执行率 (no 全年预算 label anywhere), then the standard indicator table ---------------------------------------
FS04: list[Row] = [
    ("产出指标", "数量指标", "不动产登记办件量", 15, "≥6000件", "6420件", "15", ""),
    ("产出指标", "质量指标", "登记办件差错率", 10, "≤1%", "0.3%", "10", ""),
    ("产出指标", "时效指标", "一般登记办结时限", 10, "≤5个工作日", "3个工作日", "10", ""),
    ("效益指标", "社会效益指标", "违法用地案件查处率", 20, "100%", "100%", "20", ""),
    ("效益指标", "生态效益指标", "森林覆盖率", 10, "≥36%", "35.2%", "9.78", "两处造林地块苗木成活率偏低，秋季补植"),
    ("满意度指标", "服务对象满意度指标", "办事群众满意度", 20, "≥90%", "95.1%", "20", ""),
]


def fs04() -> Made:
    ini, adj, exe = "1285.40", "1462.75", "1398.06"
    rt, es = _money(adj, exe, 15)
    tot = total(FS04, es)
    unit = "临泽县自然资源局"
    d = doc()
    d.add_heading(f"{unit}2024年度部门整体支出绩效自评报告", level=1)
    for p in ("一、部门预算执行情况", "本局2024年度预算安排及执行情况如下表（单位：万元）："):
        d.add_paragraph(p)
    table(d, [["项目", "年初预算", "调整预算", "实际支出", "执行率"], ["部门预算", ini, adj, exe, f"{rt}%"]])
    d.add_paragraph("年中因耕地保护专项追加，预算有所调整。")
    d.add_paragraph("二、部门整体支出绩效自评表")
    rows = [IND_HEAD, ["过程指标", "预算执行", "预算执行率", "100%", f"{rt}%", "15", str(es), "个别专项资金下达较晚"],
            *form_rows(FS04), ["合计", "", "", "", "", "100", str(tot), ""]]
    n = len(rows)
    table(d, rows, merges=[(n - 1, 0, n - 1, 4)], vmerge_cols=(0, 1))
    for p in (f"三、自评结论：本局2024年度部门整体支出绩效自评得分{tot}分，等级为{grade(tot)}。", unit, "2025年4月2日"):
        d.add_paragraph(p)
    b = _budget(ini, adj, exe, rt)
    inds = [exec_fact(15, rt, es, level1="过程指标", level2="预算执行", target={"value": D(100), "unit": "%"})]
    inds[0]["deviation_note"] = "个别专项资金下达较晚"
    inds += [indicator_fact(r) for r in FS04]
    return facts("整体支出", 2024, {"name": unit}, b, inds, tot, stated_grade=EARNED), "pdf", docx_bytes(d)


# fs05 江西 county employment centre, project, .docx: a layout table of one column holds the form's tables nested in its
# cell; the indicators numbered 1 / 1.1 / 1.1.1 in a 序号 column, the levels as their own numbered rows -------------------
FS05: list[Row] = [
    ("产出指标", "数量指标", "就业见习人数", 20, "≥150人", "158人", "20", ""),
    ("产出指标", "质量指标", "见习期满留用率", 15, "≥40%", "37%", "13.88", "部分见习单位岗位缩减"),
    ("产出指标", "时效指标", "见习补贴发放及时率", 15, "100%", "100%", "15", ""),
    ("效益指标", "社会效益指标", "离校未就业高校毕业生就业率", 20, "≥90%", "93.5%", "20", ""),
    ("满意度指标", "服务对象满意度指标", "见习人员满意度", 20, "≥90%", "96%", "20", ""),
]


def fs05() -> Made:
    ini, adj, exe = "96.00", "112.00", "108.64"
    rt, es = _money(adj, exe)
    tot = total(FS05, es)
    dept, impl, name = "上栗县人力资源和社会保障局", "上栗县公共就业人才服务中心", "2025年就业见习补贴项目"
    d = doc()
    d.add_paragraph("附件")
    outer = d.add_table(rows=2, cols=1)
    outer.cell(0, 0).text = "项目支出绩效自评表（2025年度）"
    cell = outer.cell(1, 0)
    cell.paragraphs[0].text = "填报单位：" + impl
    table(cell, [["项目名称", "", name, "", "", "", "", ""], ["主管部门", "", dept, "", "实施单位", "", impl, ""],
                 *_money_rows(ini, adj, exe, rt, es)],
          merges=[(0, 0, 0, 1), (0, 2, 0, 7), (1, 0, 1, 1), (1, 2, 1, 3), (1, 4, 1, 5), (1, 6, 1, 7), (2, 0, 4, 0)])
    rows = [["序号", "指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]]
    l1 = l2 = ""
    n1 = n2 = n3 = 0
    for r in FS05:
        if r[0] != l1:
            l1, n1, n2, l2 = r[0], n1 + 1, 0, ""
            rows.append([str(n1), l1, "", "", "", "", ""])
        if r[1] != l2:
            l2, n2, n3 = r[1], n2 + 1, 0
            rows.append([f"{n1}.{n2}", l2, "", "", "", "", ""])
        n3 += 1
        rows.append([f"{n1}.{n2}.{n3}", r[2], shown(r[4]), shown(r[5]), str(r[3]), r[6], r[7]])
    rows.append(["", "合计", "", "", "100", str(tot), ""])
    table(cell, rows)
    cell.add_paragraph(f"自评等级：{grade(tot)}")
    d.add_paragraph("填报人：钟丽萍　联系电话：0799-3621458　填报日期：2026年2月12日")
    unit, project = _project(dept, name, impl)
    b = _budget(ini, adj, exe, rt, fund_rows=[_fund(ini, adj, exe)])
    inds = [exec_fact(10, rt, es)] + [indicator_fact(r) for r in FS05]
    return facts("项目支出", 2025, unit, b, inds, tot, project, full_mark=100, stated_grade=EARNED), "docx", docx_bytes(d)


# fs06 山西 county culture and tourism bureau, .html saved from the county site: banner, menu, 无障碍 bar, the metadata
# block, then two projects' forms one after the other (附表1, 附表2) and the footer; the first form's facts are expected
# (the reader's rule for several forms in one file: read the first and warn) --------------------------------------------
FS06: list[Row] = [
    ("产出指标", "数量指标", "消防设施维护点位数", 20, "≥320个", "326个", "20", ""),
    ("产出指标", "质量指标", "消防设施完好率", 20, "≥98%", "99.1%", "20", ""),
    ("产出指标", "时效指标", "维护任务完成时间", 10, "T:2024年12月前", "T:2024年11月28日", "10", ""),
    ("效益指标", "社会效益指标", "古城火灾事故发生数", 20, "0起", "0起", "20", ""),
    ("满意度指标", "服务对象满意度指标", "古城商户满意度", 20, "≥90%", "88%", "19.56", "宣传不到位，部分商户不了解维护安排"),
]
FS06B: list[Row] = [
    ("产出指标", "数量指标", "补助非遗代表性传承人数", 30, "≥28人", "28人", "30", ""),
    ("产出指标", "时效指标", "补助资金发放及时率", 20, "100%", "100%", "20", ""),
    ("效益指标", "社会效益指标", "传承活动开展场次", 20, "≥60场", "64场", "20", ""),
    ("满意度指标", "服务对象满意度指标", "传承人满意度", 20, "≥90%", "97%", "20", ""),
]


def _html_form(no: int, dept: str, impl: str, name: str, money: tuple[str, str, str], rows: list[Row]) -> tuple[str, Decimal, Decimal, Decimal]:
    ini, adj, exe = money
    rt, es = _money(adj, exe)
    tot = total(rows, es)

    def tr(*cells: str, span: int = 0) -> str:
        return "<tr>" + "".join(f"<td{f' colspan={span}' if span and i == len(cells) - 1 else ''}>{c}</td>" for i, c in enumerate(cells)) + "</tr>"

    out = [f"<p style='text-align:center'><b>附表{no}</b></p>", "<table border='1' cellspacing='0'>",
           "<tr><td colspan='8' align='center'>项目支出绩效自评表<br/>（2024年度）</td></tr>",
           tr("项目名称", name, span=7), tr("主管部门", dept, "实施单位", impl)]
    out += ["<tr><td rowspan='3'>项目资金（万元）</td><td></td><td>年初预算数</td><td>全年预算数</td><td>全年执行数</td><td>分值</td><td>执行率</td><td>得分</td></tr>",
            tr("年度资金总额", ini, adj, exe, "10", f"{rt}%", str(es)), tr("其中：当年财政拨款", ini, adj, exe, "—", f"{rt}%", "—"),
            tr(*IND_HEAD)]
    out += [tr(*r) for r in form_rows(rows)]
    out += [f"<tr><td colspan='5'>总分</td><td>100</td><td>{tot}</td><td></td></tr>", "</table>"]
    return "\n".join(out), rt, es, tot


def fs06() -> Made:
    dept = impl = "平遥县文化和旅游局"
    name = "2024年古城消防设施维护项目"
    ini, adj, exe = "150.00", "150.00", "146.25"
    first, rt, es, tot = _html_form(1, dept, impl, name, (ini, adj, exe), FS06)
    second, _, _, tot2 = _html_form(2, dept, impl, "2024年非遗代表性传承人补助项目", ("42.00", "42.00", "42.00"), FS06B)
    html = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{dept}2024年度项目支出绩效自评结果公开_平遥县人民政府</title></head>
<body>
<div class="top"><a href="#">无障碍</a> | <a href="#">长者模式</a> | <a href="#">繁體</a> | <a href="#">登录</a></div>
<div class="banner">平遥县人民政府</div>
<ul class="nav"><li>首页</li><li>政务公开</li><li>政务服务</li><li>互动交流</li><li>走进平遥</li></ul>
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 财政信息 &gt; 绩效信息</div>
<table class="meta"><tr><td>索引号：</td><td>11140728MB0F3K2/2025-00417</td><td>发布机构：</td><td>{dept}</td></tr>
<tr><td>发文字号：</td><td></td><td>发布日期：</td><td>2025-06-18</td></tr></table>
<h1>{dept}2024年度项目支出绩效自评结果公开</h1>
<div class="content">
<p>根据县财政局统一部署，我局对2024年度2个项目开展了绩效自评，2个项目自评得分分别为{tot}分和{tot2}分，自评表如下。</p>
{first}
{second}
</div>
<div class="share">分享到：微信 微博 <a href="#">打印本页</a> <a href="#">关闭窗口</a></div>
<div class="footer">主办：平遥县人民政府办公室　网站标识码：1407280012　晋ICP备05002418号</div>
</body></html>
"""
    unit, project = _project(dept, name, impl)
    b = _budget(ini, adj, exe, rt, fund_rows=[_fund(ini, adj, exe)])
    inds = [exec_fact(10, rt, es)] + [indicator_fact(r) for r in FS06]
    f = facts("项目支出", 2024, unit, b, inds, tot, project, full_mark=100, stated_grade=EARNED)
    del f["stated_grade"]  # the page states no grade
    return f, "html", html


# fs07 贵州 county highway section, project, a scanned .pdf (a page image in Word saved as PDF: no text layer): the form with no 总分 row,
# the total and grade only in the closing paragraph "综合自评得分为92.5分，等级为优" --------------------------------------
FS07: list[Row] = [
    ("产出指标", "数量指标", "农村公路养护里程", 30, "≥120公里", "112公里", "28", ""),
    ("产出指标", "质量指标", "养护路段路面优良率", 20, "≥85%", "76.5%", "18", ""),
    ("产出指标", "时效指标", "水毁路段抢通时限", 10, "≤48小时", "36小时", "10", ""),
    ("效益指标", "社会效益指标", "农村公路交通事故下降率", 10, "≥10%", "9%", "9", ""),
    ("满意度指标", "服务对象满意度指标", "沿线群众满意度", 20, "≥90%", "81%", "18", ""),
]


def fs07() -> Made:
    from PIL import Image, ImageDraw, ImageFont

    adj, exe = "200.00", "190.00"
    rt, es = _money(adj, exe)
    tot = total(FS07, es)
    assert tot == D("92.5")
    dept, impl, name = "剑河县交通运输局", "剑河县农村公路管理站", "2025年农村公路养护项目"
    big, small = ImageFont.truetype(str(FONT), 40), ImageFont.truetype(str(FONT), 26)
    widths = [170, 270, 310, 160, 160, 90, 90]
    rows = [["一级指标", "二级指标", "三级指标", "指标值", "完成值", "分值", "得分"],
            ["预算执行", "", "预算执行率", "100%", f"{rt}%", "10", str(es)]]
    rows += [[r[0], r[1], r[2], shown(r[4]), shown(r[5]), str(r[3]), r[6]] for r in FS07]
    w, rh, top = 1460, 60, 330
    img = Image.new("L", (w, 1500), 255)
    dr = ImageDraw.Draw(img)
    dr.text((w // 2 - 360, 60), "项目支出绩效自评表（2025年度）", font=big, fill=0)
    dr.text((60, 150), f"项目名称：{name}", font=small, fill=0)
    dr.text((60, 195), f"主管部门：{dept}　　实施单位：{impl}", font=small, fill=0)
    dr.text((60, 240), f"全年预算数：{adj}万元　　全年执行数：{exe}万元　　执行率：{rt}%", font=small, fill=0)
    for i, row in enumerate(rows):
        x, y = 60, top + i * rh
        for wd, c in zip(widths, row, strict=True):
            dr.rectangle([x, y, x + wd, y + rh], outline=0, width=2)
            dr.text((x + 8, y + 15), c, font=small, fill=0)
            x += wd
    y = top + rh * len(rows) + 50
    dr.text((60, y), f"经自评，本项目综合自评得分为{tot}分，等级为{grade(tot)}。", font=small, fill=0)
    dr.text((60, y + 50), "路面优良率未达目标，主要是部分路段超载车辆碾压，下一步加强治超联合执法。", font=small, fill=0)
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    d = doc()
    d.add_picture(io.BytesIO(buf.getvalue()), width=Cm(16))  # the page as a picture: the PDF has no text layer
    unit, project = _project(dept, name, impl)
    b = {"adjusted": D(adj), "executed": D(exe), "stated_execution_rate": rt}
    inds = [exec_fact(10, rt, es, level1="预算执行", target={"value": D(100), "unit": "%"})] + [indicator_fact(r) for r in FS07]
    return facts("项目支出", 2025, unit, b, inds, tot, project, stated_grade=EARNED), "pdf", docx_bytes(d)


# fs08 浙江 county tea association, whole unit, .docx: the indicator table with a 得分率 column (0–1) before 得分, the
# 合计 row's 得分率 the whole's, the grade written 良好 -----------------------------------------------------------------
FS08: list[tuple[Row, str]] = [
    (("产出指标", "数量指标", "举办茶叶技术培训班期数", 20, "≥12期", "10期", "16.6", ""), "0.83"),
    (("产出指标", "质量指标", "培训学员考核合格率", 15, "≥95%", "96%", "15", ""), "1.00"),
    (("产出指标", "时效指标", "茶博会参展完成时间", 10, "T:2024年5月底前", "T:2024年6月12日", "7", ""), "0.70"),
    (("效益指标", "经济效益指标", "会员企业茶叶销售额增长率", 20, "≥8%", "6.4%", "16", ""), "0.80"),
    (("效益指标", "社会效益指标", "带动茶农就业人数", 10, "≥300人", "276人", "9.2", ""), "0.92"),
    (("满意度指标", "服务对象满意度指标", "会员单位满意度", 15, "≥90%", "92%", "15", ""), "1.00"),
]


def fs08() -> Made:
    ini, adj, exe = "48.00", "56.00", "50.96"
    rt, es = _money(adj, exe)
    rows8 = [r for r, _ in FS08]
    tot = total(rows8, es)
    unit = "安吉县茶叶产业协会"
    d = doc()
    d.add_heading(f"{unit}2024年度部门整体支出绩效自评报告", level=1)
    for p in ("一、基本情况", f"2024年本会年初预算{ini}万元，调整后全年预算{adj}万元，全年支出{exe}万元，预算执行率{rt}%。",
              "二、绩效自评表"):
        d.add_paragraph(p)
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分率", "得分"],
            ["过程指标", "预算执行", "预算执行率", "100%", f"{rt}%", "10", f"{rt / 100:.2f}", str(es)]]
    rows += [[r[0], r[1], r[2], shown(r[4]), shown(r[5]), str(r[3]), k, r[6]] for r, k in FS08]
    rows.append(["合计", "", "", "", "", "100", f"{tot / 100:.3f}", str(tot)])
    n = len(rows)
    table(d, rows, merges=[(n - 1, 0, n - 1, 4)], vmerge_cols=(0, 1))
    for p in ("注：得分＝分值×得分率。", f"三、自评结论：本会2024年度整体支出自评得分{tot}分，自评等级：良好。",
              "四、下一步工作：优化培训计划安排，提高会员企业参与度。", unit, "2025年3月15日"):
        d.add_paragraph(p)
    b = _budget(ini, adj, exe, rt)
    inds = [exec_fact(10, rt, es, level1="过程指标", level2="预算执行", target={"value": D(100), "unit": "%"})]
    inds += [indicator_fact(r) for r in rows8]
    assert grade(tot) == "良"
    return facts("整体支出", 2024, {"name": unit}, b, inds, tot, stated_grade=EARNED), "docx", docx_bytes(d)


REPORTS: dict[str, Callable[[], Made]] = {
    "fs01-zj-chunan-school-project-xlsx-second-sheet-level-headings": fs01,
    "fs02-hn-yanling-hospital-project-rtf-prose-scores": fs02,
    "fs03-gx-lingchuan-town-whole-txt-gbk-yuan-deviation-every-row": fs03,
    "fs04-gs-linze-resources-whole-pdf-adjusted-budget": fs04,
    "fs05-jx-shangli-employment-project-docx-nested-numbered": fs05,
    "fs06-sx-pingyao-culture-project-html-two-forms": fs06,
    "fs07-gz-jianhe-highway-project-pdf-scan-closing-total": fs07,
    "fs08-zj-anji-tea-association-whole-docx-score-rates": fs08,
}
