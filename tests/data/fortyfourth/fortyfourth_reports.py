# ruff: noqa: E501
"""Reports p01–p08 of the forty-fourth set, each returning (facts, ext, content): project (专项资金 / 项目支出)
self-evaluations with their 自评表 as finance offices publish them — a sheet copied into a text box with tabs, a
workbook in the Sichuan 预算执行情况 layout, a Word file saved as a web page, a Word key-value budget grid, a phone
article's indicator cards, a page with a two-row money header, a Word form in 元, a workbook of two sheets. Every unit,
person and figure is invented (real provinces and counties, invented bodies, projects and figures).

Builders and value helpers are the seventeenth and eighteenth sets' (imported, not copied).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import openpyxl
from eighteenth_facts import (
    EARNED,
    D,
    Made,
    Row,
    doc,
    docx_bytes,
    exec_fact,
    facts,
    grade,
    indicator_fact,
    r2,
    rate,
    shown,
    table,
    total,
    yuan,
)
from eighteenth_text import _num, _sheet


def _money(ini: str, adj: str, exe: str) -> tuple[Decimal, Decimal]:
    rt = rate(exe, adj)
    return rt, r2(10 * rt / 100)


def _budget(ini: str, adj: str, exe: str, rt: Decimal, *funds: dict[str, Any]) -> dict[str, Any]:
    b: dict[str, Any] = {"initial": D(ini), "adjusted": D(adj), "executed": D(exe), "stated_execution_rate": rt}
    if funds:
        b["fund_rows"] = list(funds)
    return b


def _fund(name: str, ini: str | None, adj: str | None, exe: str | None) -> dict[str, Any]:
    out: dict[str, Any] = {"name": name}
    for key, v in (("initial", ini), ("adjusted", adj), ("executed", exe)):
        if v is not None:
            out[key] = D(v)
    return out


def _project(dept: str, name: str, impl: str, goal: str = "", done: str = "") -> tuple[dict[str, Any], dict[str, Any]]:
    p: dict[str, Any] = {"name": name, "implementing_unit": impl}
    if goal:
        p["goal_expected"] = goal
    if done:
        p["goal_actual"] = done
    return {"supervising_department": dept}, p


# p01 云南 agriculture bureau, .txt: the form copied out of a spreadsheet into a text box — cells separated by TABS,
# a merged cell an empty field, the 一级 and 二级 written only on their first row; the report's prose above it ----------
P01: list[Row] = [
    ("产出指标", "数量指标", "高标准农田管护面积", 15, "≥3.6万亩", "3.62万亩", "15", ""),
    ("产出指标", "数量指标", "损毁灌排设施修复处数", 10, "≥40处", "43处", "10", ""),
    ("产出指标", "质量指标", "修复工程验收合格率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "管护经费拨付时间", 5, "T:2023年10月底前", "T:2023年10月", "5", ""),
    ("效益指标", "经济效益指标", "项目区粮食亩均增产", 10, "≥30公斤", "26公斤", "8.67", "7月局地干旱，部分地块减产"),
    ("效益指标", "社会效益指标", "管护责任落实到村覆盖率", 15, "100%", "100%", "15", ""),
    ("效益指标", "可持续影响指标", "设施完好率", 15, "≥90%", "92.4%", "15", ""),
    ("满意度指标", "服务对象满意度指标", "项目区农户满意度", 10, "≥90%", "94%", "10", ""),
]


def p01() -> Made:
    ini, adj, exe = "540.00", "586.20", "561.48"
    rt, es = _money(ini, adj, exe)
    tot = total(P01, es)
    dept, impl, name = "师宗县农业农村局", "师宗县农田建设服务中心", "2023年高标准农田建设后续管护专项资金"
    goal = "完成全县3.6万亩高标准农田后续管护，修复损毁灌排设施40处以上，设施完好率达到90%以上。"
    done = "完成管护面积3.62万亩，修复损毁灌排设施43处，设施完好率92.4%。"
    t = "\t".join
    lines = [t(["项目支出绩效自评表"]), t(["（2023年度）"]),
             t(["项目名称", "", name]), t(["主管部门", "", dept, "", "实施单位", impl]),
             t(["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]),
             t(["", "年度资金总额", ini, adj, exe, "10", f"{rt}%", str(es)]),
             t(["", "其中：当年财政拨款", ini, adj, exe, "—", f"{rt}%", "—"]),
             t(["", "上年结转资金", "", "", "", "—", "", "—"]),
             t(["", "其他资金", "", "", "", "—", "", "—"]),
             t(["年度总体目标", "预期目标", "", "", "实际完成情况"]),
             t(["", goal, "", "", done]),
             t(["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"])]
    for i, r in enumerate(P01):
        l1 = r[0] if i == 0 or P01[i - 1][0] != r[0] else ""
        l2 = r[1] if i == 0 or P01[i - 1][1] != r[1] else ""
        lines.append(t(["", l1, l2, r[2], shown(r[4]), shown(r[5]), str(r[3]), r[6], r[7]]))
    lines += [t(["总分", "", "", "", "", "", "100", str(tot), ""]), t(["自评等级", "", grade(tot)])]
    text = f"""{dept}2023年高标准农田建设后续管护专项资金绩效自评报告

一、项目概况
为巩固高标准农田建设成果，县财政安排高标准农田建设后续管护专项资金，由{impl}组织实施，主要用于灌排设施修复、田间道路养护和管护人员补助。
二、资金安排及使用情况
项目年初预算{ini}万元，年中追加{D(adj) - D(ini)}万元，全年预算{adj}万元；全年实际支出{exe}万元，预算执行率{rt}%。
三、绩效目标完成情况
全年完成管护面积3.62万亩，修复损毁灌排设施43处。受7月局地干旱影响，项目区粮食亩均增产26公斤，未达到年初目标。
四、自评结论
经对照绩效目标逐项自评，本项目自评得分{tot}分，等级为“{grade(tot)}”。自评表如下：

{chr(10).join(lines)}

五、存在问题及改进措施
部分村组管护责任人变动后交接不及时，下一步将建立管护台账，按季度开展巡查。

{impl}
2024年3月28日
"""
    unit, project = _project(dept, name, impl, goal, done)
    b = _budget(ini, adj, exe, rt, _fund("当年财政拨款", ini, adj, exe))
    inds = [exec_fact(10, rt, es)] + [indicator_fact(r) for r in P01]
    return facts("项目支出", 2023, unit, b, inds, tot, project, full_mark=100, stated_grade=EARNED), "txt", text


# p02 四川 culture bureau, .xlsx in the Sichuan 部门预算项目支出绩效自评表 layout: 预算执行情况（10分） with 总额 /
# 其中：财政资金 / 财政专户管理资金 / 单位资金 / 其他资金 rows and 年初预算 / 调整后预算数 / 预算执行数 / 预算执行率 / 权重 /
# 得分 / 原因; 绩效指标（90分） with 指标性质 / 指标值 / 度量单位 / 完成值 / 权重 / 得分 / 未完成原因分析 — numbers as numeric
# cells, the rate a fraction formatted as a percentage; the score and grade in the 评价结论 cell ---------------------
P02 = [  # 一级, 二级, 三级, 性质, 指标值, 度量单位, 完成值, 权重, 得分, 原因
    ("产出指标", "数量指标", "送戏下乡演出场次", "≥", "120", "场", "126", 20, "20", ""),
    ("产出指标", "数量指标", "农家书屋补充图书册数", "≥", "8000", "册", "8150", 10, "10", ""),
    ("产出指标", "质量指标", "演出活动安全事故", "=", "0", "起", "0", 10, "10", ""),
    ("产出指标", "时效指标", "演出任务完成时限", "≤", "12", "月", "12", 10, "10", ""),
    ("效益指标", "社会效益指标", "观演群众人次", "≥", "6", "万人次", "5.4", 20, "18", "两场露天演出因降雨取消"),
    ("满意度指标", "服务对象满意度指标", "观众满意度", "≥", "90", "%", "93.2", 20, "20", ""),
]


def _p02_row(r: tuple[Any, ...]) -> Row:
    target = f"{'' if r[3] == '=' else r[3]}{r[4]}{r[5]}"
    return (r[0], r[1], r[2], r[7], target, f"{r[6]}{r[5]}", r[8], r[9])


def p02() -> Made:
    ini, adj, exe = "185.00", "196.50", "190.87"
    rt, es = _money(ini, adj, exe)
    rows = [_p02_row(r) for r in P02]
    tot = total(rows, es)
    dept, impl, name = "剑阁县文化广播电视和旅游局", "剑阁县文化馆", "51082325R000000031147-公共文化服务体系建设补助资金"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目自评表"
    out: list[list[Any]] = [
        ["报表编号：510000_0013zp"], ["部门预算项目支出绩效自评表（2024年度）"],
        ["项目名称", None, name], ["主管部门", None, dept], ["实施单位（盖章）", None, impl],
        ["项目基本情况", "1.项目年度目标完成情况", "项目年度目标", None, None, "年度目标完成情况"],
        [None, None, "全年组织送戏下乡120场以上，为农家书屋补充图书8000册以上。", None, None, "全年送戏下乡126场，补充图书8150册。"],
        ["预算执行情况（10分）", "年度预算数（万元）", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分", "原因"],
        [None, "总额", float(ini), float(adj), float(exe), float(rt) / 100, 10, float(es), None],
        [None, "其中：财政资金", float(ini), float(adj), float(exe), float(rt) / 100, "/", "/"],
        [None, "财政专户管理资金", 0, 0, 0, 0, "/", "/"],
        [None, "单位资金", 0, 0, 0, 0, "/", "/"],
        [None, "其他资金", None, None, None, None, "/", "/"],
        ["绩效指标（90分）", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分", "未完成原因分析"],
    ]
    for r in P02:
        out.append([None, r[0], r[1], r[2], r[3], _num(r[4]), r[5], _num(r[6]), r[7], _num(r[8]), r[9] or None])
    end = len(out)
    out += [["合计", None, None, None, None, None, None, None, 90, float(tot - es)],
            ["评价结论", f"项目自评总分{tot}分，自评等级为“{grade(tot)}”。全年完成送戏下乡和图书补充任务，公共文化服务覆盖面进一步扩大。"],
            ["存在问题", "受天气影响，观演人次未达预期。"], ["改进措施", "合理安排户外演出档期，增加室内演出场次。"],
            ["项目负责人：李晓梅", None, None, "财务负责人：赵一川"]]
    merges = ["A1:K1", "A2:K2", "C3:K3", "C4:K4", "C5:K5", "A6:A7", "B6:B7", "C6:E6", "F6:K6", "C7:E7", "F7:K7",
              "A8:A13", f"A14:A{end}", f"B{end + 2}:K{end + 2}"]
    _sheet(ws, out, merges)
    for ref in ("F9", "F10", "F11", "F12"):
        ws[ref].number_format = "0.00%"
    buf = io.BytesIO()
    wb.save(buf)
    # fixture correction after the first run: the cell's leading budget code is not the project's name (a reading
    # the earlier sets agree on); the name expected is the words after it
    unit, project = _project(dept, name.split("-", 1)[1], impl, "全年组织送戏下乡120场以上，为农家书屋补充图书8000册以上。", "全年送戏下乡126场，补充图书8150册。")
    b = _budget(ini, adj, exe, rt, _fund("财政资金", ini, adj, exe), _fund("财政专户管理资金", "0", "0", "0"), _fund("单位资金", "0", "0", "0"))
    inds = [exec_fact(10, rt, es)] + [indicator_fact(r) for r in rows]
    return facts("项目支出", 2024, unit, b, inds, tot, project, stated_grade=EARNED), "xlsx", buf.getvalue()


# p03 江西 school, .html: a Word report saved as a web page ("另存为网页": MsoNormal paragraphs, spans, <o:p>, &nbsp;),
# the 自评表 a Word table whose every cell holds a <p class=MsoNormal>, money in 元 with separators ----------------
P03: list[Row] = [
    ("产出指标", "数量指标", "改造学生宿舍间数", 15, "≥96间", "96间", "15", ""),
    ("产出指标", "数量指标", "更换学生床铺套数", 10, "≥760套", "768套", "10", ""),
    ("产出指标", "质量指标", "工程竣工验收合格率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "开学前完工率", 10, "100%", "100%", "10", ""),
    ("产出指标", "成本指标", "每间宿舍改造成本", 5, "≤1.6万元", "1.52万元", "5", ""),
    ("效益指标", "社会效益指标", "受益寄宿学生人数", 20, "≥1500人", "1536人", "20", ""),
    ("满意度指标", "服务对象满意度指标", "学生及家长满意度", 20, "≥90%", "88.5%", "19.67", "部分宿舍热水供应时段偏短"),
]


def _mso(text: str) -> str:
    return f"<p class=MsoNormal align=center style='text-align:center'><span style='font-size:9.0pt;font-family:仿宋'>{text or '&nbsp;'}<o:p></o:p></span></p>"


def _mtd(text: str, rs: int = 1, cs: int = 1) -> str:
    attrs = (f" rowspan={rs}" if rs > 1 else "") + (f" colspan={cs}" if cs > 1 else "")
    return f"<td{attrs} valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>{_mso(text)}</td>"


def p03() -> Made:
    ini, adj, exe = "160.00", "166.40", "158.93"  # 万元; the form writes 元
    rt, es = _money(ini, adj, exe)
    tot = total(P03, es)
    dept, impl, name = "永丰县教育体育局", "永丰县第二中学", "2024年农村寄宿制学校宿舍改造项目"
    tr = "<tr style='height:18.0pt'>{}</tr>".format
    body = [tr(_mtd("项目支出绩效自评表（2024年度）", cs=10)),
            tr(_mtd("项目名称", cs=2) + _mtd(name, cs=8)),
            tr(_mtd("主管部门", cs=2) + _mtd(dept, cs=3) + _mtd("实施单位", cs=2) + _mtd(impl, cs=3)),
            tr(_mtd("项目资金（元）", rs=4, cs=2) + "".join(_mtd(h) for h in ("", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")) + _mtd("")),
            tr("".join(_mtd(c) for c in ("年度资金总额", yuan(ini), yuan(adj), yuan(exe), "10", f"{rt}%", str(es), ""))),
            tr("".join(_mtd(c) for c in ("其中：财政拨款", yuan(ini), yuan(adj), yuan(exe), "—", f"{rt}%", "—", ""))),
            tr("".join(_mtd(c) for c in ("其他资金", "", "", "", "—", "", "—", ""))),
            tr(_mtd("绩效指标", rs=len(P03) + 1) + "".join(_mtd(h) for h in ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")) + _mtd("偏差原因分析及改进措施", cs=2))]
    for i, r in enumerate(P03):
        cells = ""
        if i == 0 or P03[i - 1][0] != r[0]:
            cells += _mtd(r[0], rs=sum(1 for x in P03 if x[0] == r[0]))
        if i == 0 or P03[i - 1][1] != r[1]:
            cells += _mtd(r[1], rs=sum(1 for x in P03 if x[1] == r[1] and x[0] == r[0]))
        cells += "".join(_mtd(c) for c in (r[2], shown(r[4]), shown(r[5]), str(r[3]), r[6])) + _mtd(r[7], cs=2)
        body.append(tr(cells))
    body.append(tr(_mtd("总分", cs=6) + _mtd("100") + _mtd(str(tot)) + _mtd("", cs=2)))
    body.append(tr(_mtd("自评等级", cs=6) + _mtd(grade(tot), cs=4)))
    p = "<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt'><span style='font-size:16.0pt;font-family:仿宋_GB2312'>{}<o:p></o:p></span></p>".format
    html = f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15"><title>{impl}项目绩效自评报告</title>
<!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>Administrator</o:Author><o:LastAuthor>lenovo</o:LastAuthor>
<o:Revision>3</o:Revision><o:Created>2025-03-11T02:14:00Z</o:Created><o:Pages>4</o:Pages></o:DocumentProperties></xml><![endif]-->
<style><!-- p.MsoNormal {{margin:0cm;text-align:justify;font-size:10.5pt;}} --></style></head>
<body lang=ZH-CN style='tab-interval:21.0pt'><div class=WordSection1>
<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:22.0pt;font-family:方正小标宋简体'>{impl}<br>{name}绩效自评报告<o:p></o:p></span></b></p>
<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>
{p("一、项目基本情况")}
{p(f"为改善农村寄宿学生住宿条件，{dept}安排{name}，由我校组织实施，对学生宿舍进行改造并更换床铺。")}
{p(f"项目年初预算{ini}万元，全年预算{adj}万元，全年执行{exe}万元，预算执行率{rt}%。")}
{p("二、绩效自评情况")}
{p(f"经自评，本项目得分{tot}分，自评等级“{grade(tot)}”。学生及家长满意度88.5%，未达到90%的目标，主要是部分宿舍热水供应时段偏短。")}
{p("附表：")}
<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>
{chr(10).join(body)}
</table>
{p("三、下一步措施")}
{p("协调后勤部门延长热水供应时间，建立宿舍设施日常维护台账。")}
<p class=MsoNormal align=right style='text-align:right'><span style='font-size:16.0pt'>{impl}<o:p></o:p></span></p>
<p class=MsoNormal align=right style='text-align:right'><span lang=EN-US style='font-size:16.0pt'>2025</span><span style='font-size:16.0pt'>年<span lang=EN-US>3</span>月<span lang=EN-US>11</span>日<o:p></o:p></span></p>
</div></body></html>
"""
    unit, project = _project(dept, name, impl)
    b = _budget(ini, adj, exe, rt, _fund("财政拨款", ini, adj, exe))
    inds = [exec_fact(10, rt, es)] + [indicator_fact(r) for r in P03]
    return facts("项目支出", 2024, unit, b, inds, tot, project, full_mark=100, stated_grade=EARNED), "html", html


# p04 湖南 water bureau, .docx: the report's prose, then a Word form whose budget is a KEY-VALUE GRID (label | value |
# label | value: 年初预算数（万元）| 420.00 | 全年预算数（万元）| 455.00 …) and whose indicator table has a 序号 column and
# 指标权重 / 评分 headers, weights and scores written with 分 ---------------------------------------------------------
P04: list[Row] = [
    ("产出指标", "数量指标", "山塘清淤整治座数", 15, "≥45座", "47座", "15", ""),
    ("产出指标", "数量指标", "新建渠道长度", 10, "≥12公里", "12.4公里", "10", ""),
    ("产出指标", "质量指标", "工程质量验收合格率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "汛前完工率", 10, "≥95%", "91%", "9.5", "2座山塘因征地协调延至汛后完工"),
    ("效益指标", "社会效益指标", "新增恢复灌溉面积", 15, "≥0.8万亩", "0.83万亩", "15", ""),
    ("效益指标", "可持续影响指标", "工程管护责任落实率", 15, "100%", "100%", "15", ""),
    ("满意度指标", "服务对象满意度指标", "受益群众满意度", 15, "≥90%", "95.6%", "15", ""),
]


def p04() -> Made:
    ini, adj, exe = "420.00", "455.00", "438.62"
    rt, es = _money(ini, adj, exe)
    tot = total(P04, es)
    dept, impl, name = "祁东县水利局", "祁东县农村水利服务站", "2022年小型农田水利设施建设专项资金"
    d = doc()
    d.add_heading(f"{name}绩效自评报告", level=1)
    for para in (f"根据县财政局关于开展2022年度项目支出绩效自评工作的通知要求，{dept}对{name}开展了绩效自评，现将有关情况报告如下。",
                 "一、项目概况",
                 f"项目由{impl}具体实施，主要建设内容为山塘清淤整治和渠道新建，涉及全县14个乡镇。",
                 "二、资金管理及使用",
                 f"全年预算{adj}万元，已全部拨付到位；截至12月31日实际支出{exe}万元，预算执行率{rt}%。资金实行县级报账制，专账核算。",
                 "三、自评结果",
                 f"本项目自评得分{tot}分，评价等次为{grade(tot)}。详见附表。",
                 "附表  项目支出绩效自评表"):
        d.add_paragraph(para)
    table(d, [["项目名称", name, "", ""],
              ["主管部门", dept, "实施单位", impl],
              ["年初预算数（万元）", ini, "全年预算数（万元）", adj],
              ["全年执行数（万元）", exe, "预算执行率", f"{rt}%"],
              ["执行率分值", "10分", "执行率得分", f"{es}分"]],
          merges=[(0, 1, 0, 3)])
    d.add_paragraph("绩效指标完成情况")
    rows = [["序号", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "指标权重", "评分", "偏差原因"]]
    for i, r in enumerate(P04, 1):
        rows.append([str(i), r[0], r[1], r[2], shown(r[4]), shown(r[5]), f"{r[3]}分", f"{r[6]}分", r[7]])
    rows.append(["", "合计", "", "", "", "", "90分", f"{tot - es}分", ""])
    table(d, rows, vmerge_cols=(1, 2))
    d.add_paragraph(f"综合得分：{tot}分（执行率得分{es}分＋指标得分{tot - es}分）。自评等级：{grade(tot)}。")
    d.add_paragraph(f"填报单位：{impl}        填报日期：2023年4月6日")
    unit, project = _project(dept, name, impl)
    b = _budget(ini, adj, exe, rt)
    inds = [exec_fact(10, rt, es)] + [indicator_fact(r) for r in P04]
    return facts("项目支出", 2022, unit, b, inds, tot, project, stated_grade=EARNED), "docx", docx_bytes(d)


# p05 河南 health commission, .txt: a phone article's text (a 公众号-style page copied out) — the indicators as CARDS,
# each "▌三级指标名" with 指标值 / 完成值 lines and a combined "分值/得分：10/9.5" line, under 一级 · 二级 captions;
# the money block as lines "年初预算：… 万元"; planted GRADE_MISMATCH (87.95 called 优) -------------------------------
P05: list[Row] = [
    ("产出指标", "数量指标", "免费产前筛查人数", 15, "≥4200人", "4380人", "15", ""),
    ("产出指标", "数量指标", "新生儿听力筛查人数", 10, "≥3800人", "3950人", "10", ""),
    ("产出指标", "质量指标", "筛查结果规范告知率", 10, "100%", "96%", "9.6", "部分外出务工人员联系不上"),
    ("产出指标", "时效指标", "补助资金拨付及时率", 10, "100%", "85%", "8.5", "第四季度资金拨付晚于规定时限"),
    ("效益指标", "社会效益指标", "出生缺陷发生率", 15, "≤1.2%", "1.35%", "12.5", "高龄孕产妇比例上升"),
    ("效益指标", "可持续影响指标", "筛查服务机构覆盖乡镇比例", 10, "100%", "100%", "10", ""),
    ("满意度指标", "服务对象满意度指标", "孕产妇满意度", 20, "≥90%", "84%", "13.33", "候检时间偏长"),
]


def p05() -> Made:
    ini, adj, exe = "310.00", "310.00", "282.56"
    rt, es = _money(ini, adj, exe)
    tot = total(P05, es)
    dept, impl, name = "郸城县卫生健康委员会", "郸城县妇幼保健院", "2021年出生缺陷综合防治项目"
    cards: list[str] = []
    for i, r in enumerate(P05):
        if i == 0 or P05[i - 1][:2] != r[:2]:
            cards.append(f"\n【{r[0]} · {r[1]}】")
        card = [f"▌{r[2]}", f"指标值：{shown(r[4])}", f"完成值：{shown(r[5])}", f"分值/得分：{r[3]}/{r[6]}"]
        if r[7]:
            card.append(f"偏差原因：{r[7]}")
        cards.append("\n".join(card))
    text = f"""{dept}
{name}绩效自评报告

郸城卫健  2022-03-30 17:42  发表于河南

为做好项目支出绩效自评工作，现将{name}绩效自评情况公示如下：

项目名称：{name}
主管部门：{dept}
实施单位：{impl}

一、资金情况
年初预算：{ini}万元
全年预算：{adj}万元
全年执行：{exe}万元
预算执行率：{rt}%（分值10分，得分{es}分）

二、年度目标完成情况
年初目标：为全县孕妇免费开展产前筛查4200人以上，新生儿听力筛查3800人以上。
完成情况：全年完成产前筛查4380人、新生儿听力筛查3950人。

三、绩效指标完成情况
{chr(10).join(cards)}

四、自评结论
经综合评定，项目自评得分{tot}分，自评等级为“优”。

五、存在问题及整改措施
资金拨付进度偏慢，部分筛查对象随访不到位。下一步将按季度拨付补助资金，加强孕产妇随访管理。

（来源：郸城县卫生健康委员会）
阅读 1026
"""
    # fixture correction after the fixes: a goal told in a sentence is expected without its closing 。 (the prose
    # goal reader's convention, as for the earlier sets' prose goals)
    unit, project = _project(dept, name, impl, "为全县孕妇免费开展产前筛查4200人以上，新生儿听力筛查3800人以上",
                             "全年完成产前筛查4380人、新生儿听力筛查3950人")
    b = _budget(ini, adj, exe, rt)
    inds = [exec_fact(10, rt, es)] + [indicator_fact(r) for r in P05]
    return facts("项目支出", 2021, unit, b, inds, tot, project, planted=["GRADE_MISMATCH"], stated_grade="优"), "txt", text


# p06 甘肃 transport bureau, .html: a county page whose form has a TWO-ROW MONEY HEADER (预算数 over 年初 / 全年, 执行情况
# over 执行数 / 执行率), <th> header cells, the 一级 cells carrying their points ("产出指标（50分）") by rowspan, and the
# metadata as a definition list; a 总分 and 等级 row ---------------------------------------------------------------------
P06: list[Row] = [
    ("产出指标", "数量指标", "农村公路养护里程", 20, "≥860公里", "872公里", "20", ""),
    ("产出指标", "质量指标", "养护路段优良中等路率", 10, "≥80%", "83.5%", "10", ""),
    ("产出指标", "时效指标", "水毁路段抢通时限", 10, "≤48小时", "36小时", "10", ""),
    ("产出指标", "成本指标", "每公里养护补助", 10, "≤0.5万元", "0.48万元", "10", ""),
    ("效益指标", "社会效益指标", "农村客运班线通达率", 15, "100%", "100%", "15", ""),
    ("效益指标", "可持续影响指标", "养护长效机制建立", 15, "T:建立", "T:已建立", "15", ""),
    ("满意度指标", "服务对象满意度指标", "沿线群众满意度", 10, "≥85%", "90.2%", "10", ""),
]


def _h(tag: str, text: str, rs: int = 1, cs: int = 1) -> str:
    attrs = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
    return f"<{tag}{attrs}>{text}</{tag}>"


def p06() -> Made:
    ini, adj, exe = "436.00", "436.00", "429.15"
    rt, es = _money(ini, adj, exe)
    tot = total(P06, es)
    dept, impl, name = "临洮县交通运输局", "临洮县公路养护中心", "2023年农村公路日常养护专项资金"
    td = lambda t, rs=1, cs=1: _h("td", t, rs, cs)  # noqa: E731
    th = lambda t, rs=1, cs=1: _h("th", t, rs, cs)  # noqa: E731
    tr = "<tr>{}</tr>".format
    body = [tr(th(f"{name}绩效自评表", cs=9)),
            tr(td("项目名称", cs=2) + td(name, cs=7)),
            tr(td("主管部门", cs=2) + td(dept, cs=3) + td("实施单位", cs=2) + td(impl, cs=2)),
            tr(th("项目资金（万元）", rs=4, cs=2) + th("", rs=2) + th("预算数", cs=2) + th("执行情况", cs=2) + th("分值", rs=2) + th("得分", rs=2)),
            tr(th("年初预算数") + th("全年预算数") + th("全年执行数") + th("执行率")),
            tr(td("年度资金总额") + td(ini) + td(adj) + td(exe) + td(f"{rt}%") + td("10") + td(str(es))),
            tr(td("其中：财政拨款") + td(ini) + td(adj) + td(exe) + td(f"{rt}%") + td("—") + td("—")),
            tr(th("绩效指标", rs=len(P06) + 1) + "".join(th(h) for h in ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施")))]
    points = {l1: sum(r[3] for r in P06 if r[0] == l1) for l1 in dict.fromkeys(r[0] for r in P06)}
    for i, r in enumerate(P06):
        cells = ""
        if i == 0 or P06[i - 1][0] != r[0]:
            cells += td(f"{r[0]}（{points[r[0]]}分）", rs=sum(1 for x in P06 if x[0] == r[0]))
        cells += "".join(td(c) for c in (r[1], r[2], shown(r[4]), shown(r[5]), str(r[3]), r[6], r[7]))
        body.append(tr(cells))
    # fixture correction after the first run: 总分 spans the six cells before 分值, so 100 stands under 分值 (was 7)
    body += [tr(td("总分", cs=6) + td("100") + td(str(tot)) + td("")), tr(td("自评等级", cs=6) + td(grade(tot), cs=3))]
    html = f"""<!DOCTYPE html><html><head><meta charset="UTF-8"><title>{name}绩效自评报告-临洮县人民政府</title></head><body>
<div id="topbar">您好，欢迎访问临洮县人民政府网站！ <a href="#">适老化服务</a> <a href="#">无障碍阅读</a> <a href="#">English</a></div>
<div class="search"><input placeholder="请输入关键字"><button>搜索</button></div>
<div class="position">您现在的位置：<a>首页</a> &gt; <a>信息公开</a> &gt; <a>法定主动公开内容</a> &gt; <a>财政信息</a></div>
<dl class="xxgk-meta"><dt>索引号</dt><dd>620000-LT-2024-0417</dd><dt>发布机构</dt><dd>{dept}</dd><dt>发文日期</dt><dd>2024年04月17日</dd><dt>文号</dt><dd>无</dd></dl>
<div class="detail"><h2>{name}绩效自评报告</h2>
<p>　　按照县财政局统一安排，我局对{name}开展了绩效自评。项目由{impl}实施，主要用于全县农村公路日常养护和水毁路段抢通。</p>
<p>　　项目全年预算{adj}万元，实际支出{exe}万元，执行率{rt}%；全年养护农村公路872公里，养护路段优良中等路率83.5%。</p>
<p>　　经自评，项目总分{tot}分，等级为{grade(tot)}。</p>
<table class="form" border="1">
{chr(10).join(body)}
</table>
<p>　　附件：<a href="#">{name}绩效自评表.xls</a></p>
</div>
<div class="tools">【<a>字体：大 中 小</a>】【<a>打印</a>】【<a>关闭</a>】 扫一扫在手机打开当前页</div>
<div class="foot">版权所有：临洮县人民政府办公室 &nbsp; 陇ICP备10000913号 &nbsp; 甘公网安备 62112402000181号</div>
</body></html>
"""
    unit, project = _project(dept, name, impl)
    b = _budget(ini, adj, exe, rt, _fund("财政拨款", ini, adj, exe))
    inds = [exec_fact(10, rt, es)] + [indicator_fact(r) for r in P06]
    return facts("项目支出", 2023, unit, b, inds, tot, project, full_mark=100, stated_grade=EARNED), "html", html


# p07 浙江 natural-resources bureau, .docx: the prose in 万元, the form in 元 — the money header "（单位：元）" above the
# table, amounts with separators, 权重（%） and 自评得分 column heads, the 年度总体目标 row, 总分 with 满分 in its own cell -------
P07: list[Row] = [
    ("产出指标", "数量指标", "完成地质灾害隐患点排查数", 15, "≥320处", "335处", "15", ""),
    ("产出指标", "数量指标", "专业监测设备安装点数", 10, "≥28处", "28处", "10", ""),
    ("产出指标", "质量指标", "监测设备在线率", 10, "≥95%", "97.1%", "10", ""),
    ("产出指标", "时效指标", "汛前排查完成时间", 10, "T:5月31日前", "T:5月28日", "10", ""),
    ("效益指标", "社会效益指标", "地质灾害造成人员伤亡", 20, "0人", "0人", "20", ""),
    ("效益指标", "可持续影响指标", "群测群防员培训覆盖率", 10, "100%", "92%", "9.2", "部分新聘监测员未参加集中培训"),
    ("满意度指标", "服务对象满意度指标", "隐患点周边群众满意度", 15, "≥90%", "96%", "15", ""),
]


def p07() -> Made:
    ini, adj, exe = "268.00", "301.50", "296.83"
    rt, es = _money(ini, adj, exe)
    tot = total(P07, es)
    dept, impl, name = "松阳县自然资源和规划局", "松阳县地质灾害防治中心", "2025年地质灾害防治专项资金"
    goal = "完成全县地质灾害隐患点汛前排查320处以上，建成专业监测点28处，全年不发生因地质灾害造成的人员伤亡。"
    done = "汛前排查隐患点335处，建成专业监测点28处，全年未发生因地质灾害造成的人员伤亡。"
    d = doc()
    d.add_heading(f"{dept}{name}绩效自评报告", level=1)
    for para in ("一、项目基本情况",
                 f"{name}由{impl}组织实施，主要用于隐患点排查、专业监测设备安装运维和群测群防员补助。",
                 f"2025年项目年初预算{ini}万元，年中追加至{adj}万元，全年支出{exe}万元，预算执行率{rt}%。",
                 "二、自评结论",
                 f"项目自评得分{tot}分，等级“{grade(tot)}”。",
                 "三、项目支出绩效自评表", "（单位：元）"):
        d.add_paragraph(para)
    rows = [["项目名称", "", name, "", "", "", "", ""],
            ["主管部门", "", dept, "", "实施单位", "", impl, ""],
            ["项目资金", "", "年初预算数", "全年预算数", "全年执行数", "权重（%）", "执行率", "自评得分"],
            ["", "年度资金总额", yuan(ini), yuan(adj), yuan(exe), "10", f"{rt}%", str(es)],
            ["", "其中：财政拨款", yuan(ini), yuan(adj), yuan(exe), "", f"{rt}%", ""],
            ["年度总体目标", "", "预期目标", "", "", "实际完成情况", "", ""],
            ["", "", goal, "", "", done, "", ""],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "权重（%）", "自评得分", "偏差原因分析"]]
    for r in P07:
        rows.append([r[0], r[1], r[2], shown(r[4]), shown(r[5]), str(r[3]), r[6], r[7]])
    rows.append(["总分", "", "", "", "", "100", str(tot), ""])
    n = len(rows)
    table(d, rows, merges=[(0, 0, 0, 1), (0, 2, 0, 7), (1, 0, 1, 1), (1, 2, 1, 3), (1, 4, 1, 5), (1, 6, 1, 7),
                           (2, 0, 4, 0), (5, 0, 6, 1), (5, 2, 5, 4), (5, 5, 5, 7), (6, 2, 6, 4), (6, 5, 6, 7),
                           (n - 1, 0, n - 1, 4)], vmerge_cols=(0, 1))
    d.add_paragraph(f"自评等级：{grade(tot)}")
    unit, project = _project(dept, name, impl, goal, done)
    b = _budget(ini, adj, exe, rt, _fund("财政拨款", ini, adj, exe))
    inds = [exec_fact(10, rt, es)] + [indicator_fact(r) for r in P07]
    return facts("项目支出", 2025, unit, b, inds, tot, project, full_mark=100, stated_grade=EARNED), "docx", docx_bytes(d)


# p08 山西 civil-affairs bureau, .xlsx of TWO SHEETS: 项目概况 (label | value rows: the project, the money as one row
# each, the score and grade) and 绩效指标 (一级 merged down, a 合计 row of the indicators' 90 points) ------------------
P08: list[Row] = [
    ("产出指标", "数量指标", "特困供养人员救助人数", 20, "≥1150人", "1163人", "20", ""),
    ("产出指标", "质量指标", "救助资金社会化发放率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "救助金按月发放及时率", 10, "100%", "100%", "10", ""),
    ("效益指标", "社会效益指标", "特困人员基本生活保障率", 20, "100%", "100%", "20", ""),
    ("效益指标", "可持续影响指标", "动态管理核查覆盖率", 10, "100%", "95%", "9.5", "个别外出人员未能当面核查"),
    ("满意度指标", "服务对象满意度指标", "救助对象满意度", 20, "≥90%", "97%", "20", ""),
]


def p08() -> Made:
    ini, adj, exe = "1020.00", "1086.40", "1086.40"
    rt, es = _money(ini, adj, exe)
    tot = total(P08, es)
    dept, impl, name = "岢岚县民政局", "岢岚县社会救助服务中心", "2024年特困人员救助供养资金"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目概况"
    info: list[list[Any]] = [["项目支出绩效自评表（2024年度）"], ["项目名称", name], ["主管部门", dept], ["实施单位", impl],
                             ["年初预算数（万元）", float(ini)], ["全年预算数（万元）", float(adj)], ["全年执行数（万元）", float(exe)],
                             ["预算执行率", float(rt) / 100], ["预算执行率分值", 10], ["预算执行率得分", float(es)],
                             ["自评总分", float(tot)], ["自评等级", grade(tot)], ["填报人", "王建华"], ["填报日期", "2025-03-20"]]
    _sheet(ws, info, ["A1:B1"])
    ws["B8"].number_format = "0.00%"
    ws2 = wb.create_sheet("绩效指标")
    rows: list[list[Any]] = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]]
    for r in P08:
        rows.append([r[0], r[1], r[2], shown(r[4]), shown(r[5]), r[3], _num(r[6]), r[7] or None])
    rows.append(["合计", None, None, None, None, 90, float(tot - es)])
    merges, start = [], 2
    for i in range(2, len(rows) + 1):
        if i == len(rows) or rows[i][0] != rows[i - 1][0]:
            if i > start:
                merges.append(f"A{start}:A{i}")
            start = i + 1
    _sheet(ws2, rows, merges)
    buf = io.BytesIO()
    wb.save(buf)
    unit, project = _project(dept, name, impl)
    b = _budget(ini, adj, exe, rt)
    inds = [exec_fact(10, rt, es)] + [indicator_fact(r) for r in P08]
    return facts("项目支出", 2024, unit, b, inds, tot, project, stated_grade=EARNED), "xlsx", buf.getvalue()


REPORTS: dict[str, Callable[[], Made]] = {
    "p01-yn-shizong-farmland-project-txt-tab-cells": p01,
    "p02-sc-jiange-culture-project-xlsx-sichuan-layout": p02,
    "p03-jx-yongfeng-school-project-html-word-saved": p03,
    "p04-hn-qidong-water-project-docx-key-value-grid": p04,
    "p05-ha-dancheng-health-project-txt-article-cards-planted": p05,
    "p06-gs-lintao-roads-project-html-two-row-header": p06,
    "p07-zj-songyang-geohazard-project-docx-yuan-form": p07,
    "p08-sx-kelan-relief-project-xlsx-two-sheets": p08,
}
