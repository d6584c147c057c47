# ruff: noqa: E501
"""Reports sq01–sq08 of the forty-seventh set, each returning (facts, ext, content): eight reports in one finance
bureau's mailbox in 2025, from units no earlier set wrote for — a street office's whole-unit form on the 2021 provincial
部门整体 template with a 权重（%） column in nested <div>s (.htm), a 水利 project in a LibreOffice sheet (.ods) whose
targets are ranges and bounds written every way and whose notes say "扣2分", a whole unit's UTF-16 text with two budget
years side by side, a project form in 元 with thousands separators on one sheet of a workbook (.xlsx) per project, an
OA page (.mhtml) whose total and grade sit in a 自评结论 table after the indicators, a Word form written with tab stops
and a 指标性质 / 指标方向 column pair, a text PDF in two columns with 注 and ①② notes under the form, and an .odt whose
execution rate is written nowhere. Every unit, person and figure is invented (real provinces and counties, invented
bodies, projects and figures).

Builders and value helpers are the earlier sets' (imported, not copied).
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import openpyxl
from corpus_build import exec_fact, indicator_fact, total
from docx.enum.section import WD_SECTION
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm
from eighteenth_facts import EARNED, D, Made, Row, doc, docx_bytes, facts, grade, r2, rate, table
from eighteenth_text import _sheet
from fortyfourth_reports import _project
from make_seventeenth import convert
from twentyseventh_project import mhtml

# a target or actual as a hand writes it: a sign (≥ ＞ ≤ ＜ = 不低于 不高于 不超过), a number, its unit
_BOUND = re.compile(r"^(≥|＞|>|≤|＜|<|=|不低于|不少于|不高于|不超过)?\s*([0-9][0-9,]*(?:\.[0-9]+)?)\s*(.*)$")
_SIGN = {"＞": ">", "＜": "<", "不低于": "≥", "不少于": "≥", "不高于": "≤", "不超过": "≤"}


def val(text: str, *, actual: bool) -> dict[str, Any]:
    """A cell's expected value: a range ([90,100]) or a word (达标) as text, a bound with its comparator."""
    m = _BOUND.match(text)
    if text.startswith("[") or re.search(r"[0-9]月", text) or not m:
        return {"text": text}
    out: dict[str, Any] = {}
    if m.group(1) and not actual:
        out["comparator"] = _SIGN.get(m.group(1), m.group(1))
    out["value"] = D(m.group(2).replace(",", ""))
    out["unit"] = m.group(3)
    return out


def money_head(unit: str = "万元") -> list[str]:
    return [f"项目资金（{unit}）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]


# sq01 四川 city street office, whole unit, .htm saved from the district site: the 2021 provincial 部门整体 template —
# 一级 产出 / 效益 / 满意度, 二级 运行成本 / 管理效率 / 履职效能 / 社会效应 / 服务对象满意度 — its weight column headed
# 权重（%）; the form drawn in nested <div>s (a CSS grid), not a <table>; the budget in the prose above ------------------
SQ01: list[Row] = [
    ("产出", "运行成本", "“三公”经费控制率", 10, "≤100%", "92.4%", "10", ""),
    ("产出", "管理效率", "政府采购执行率", 10, "100%", "100%", "10", ""),
    ("产出", "履职效能", "老旧小区改造完成个数", 15, "≥6个", "6个", "15", ""),
    ("产出", "履职效能", "网格事件按期办结率", 15, "≥95%", "93.8%", "14.2", "雨季排水类事件集中，处置力量不足"),
    ("效益", "社会效应", "辖区安全生产事故起数", 15, "0起", "0起", "15", ""),
    ("满意度", "服务对象满意度", "辖区居民满意度", 15, "≥90%", "91.6%", "15", ""),
]


def _div_grid(rows: list[list[str]]) -> str:
    out = ['<div class="grid">']
    for row in rows:
        out.append('  <div class="grid-row">' + "".join(f'<div class="grid-cell"><span>{c}</span></div>' for c in row) + "</div>")
    out.append("</div>")
    return "\n".join(out)


def sq01() -> Made:
    ini, adj, exe = "2386.50", "2741.18", "2693.02"
    rt = rate(exe, adj)
    es = r2(20 * rt / 100)
    tot = total(SQ01, es)
    unit = "绵阳市涪城区城郊街道办事处"
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "权重（%）", "得分", "偏差原因分析"],
            ["产出", "管理效率", "预算执行率", "100%", f"{rt}%", "20", str(es), "部分改造项目尾款待审计后支付"],
            *[[r[0], r[1], r[2], r[4], r[5], str(r[3]), r[6], r[7]] for r in SQ01],
            ["合计", "", "", "", "", "100", str(tot), ""]]
    html = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{unit}2024年度部门整体支出绩效自评报告-涪城区人民政府</title>
<style>.grid{{display:grid;grid-template-columns:repeat(8,1fr)}}.grid-row{{display:contents}}</style></head>
<body>
<div class="wza"><a href="#">无障碍浏览</a><a href="#">关怀版</a></div>
<div class="header"><div class="logo">绵阳市涪城区人民政府</div>
<div class="nav"><a>首页</a><a>政务公开</a><a>办事服务</a><a>互动交流</a></div></div>
<div class="position">您的位置：首页 &gt; 政务公开 &gt; 预决算公开 &gt; 绩效评价</div>
<div class="article">
<div class="info"><span>来源：{unit}</span><span>发布时间：2025-05-21</span><span>浏览次数：</span></div>
<h2>{unit}2024年度部门整体支出绩效自评报告</h2>
<div class="content">
<p>一、部门基本情况</p>
<p>本街道为区政府派出机关，内设党政办公室、社会事务办公室、城市管理办公室等6个内设机构。</p>
<p>二、预算执行情况</p>
<p>2024年本街道年初预算{ini}万元，年中追加后全年预算{adj}万元，全年执行{exe}万元，预算执行率{rt}%。</p>
<p>三、绩效自评情况</p>
<p>按照《部门整体支出绩效自评表》（2021年修订）逐项自评如下：</p>
{_div_grid(rows)}
<p>四、自评结论</p>
<p>经自评，本街道2024年度部门整体支出绩效自评得分{tot}分，评价等级为“{grade(tot)}”。</p>
<p style="text-align:right">{unit}<br/>2025年5月16日</p>
</div></div>
<div class="share">分享到：<a>微信</a><a>微博</a></div>
<div class="footer">主办单位：涪城区人民政府办公室　网站标识码：5107030011　蜀ICP备12003568号</div>
</body></html>
"""
    b = {"initial": D(ini), "adjusted": D(adj), "executed": D(exe), "stated_execution_rate": rt}
    inds = [exec_fact(20, rt, es, level1="产出", level2="管理效率", target={"value": D(100), "unit": "%"}) | {"deviation_note": "部分改造项目尾款待审计后支付"}]
    inds += [indicator_fact(r, value=val) for r in SQ01]
    return facts("整体支出", 2024, {"name": unit}, b, inds, tot, stated_grade=EARNED), "htm", html


# sq02 浙江 county water-conservancy station, project, .ods: targets written every way a hand writes them — ≥95%, ＞90%,
# [90,100], ≤2天, 不低于3次, 达标 — and the deviation notes stating the loss "扣2分" -------------------------------------
SQ02: list[Row] = [
    ("产出指标", "数量指标", "山塘整治座数", 15, "≥12座", "12座", "15", ""),
    ("产出指标", "数量指标", "水毁堤防修复长度", 10, "不低于3.5公里", "3.8公里", "10", ""),
    ("产出指标", "质量指标", "整治工程验收合格率", 10, "≥95%", "100%", "10", ""),
    ("产出指标", "质量指标", "水库汛限水位控制达标", 5, "达标", "达标", "5", ""),
    ("产出指标", "时效指标", "险情响应时间", 10, "≤2天", "1.5天", "10", ""),
    ("产出指标", "时效指标", "汛前隐患排查次数", 10, "不低于3次", "3次", "10", ""),
    ("效益指标", "社会效益指标", "受益农田灌溉保证率", 15, "[90,100]", "88%", "13", "扣2分，3座山塘秋季蓄水不足"),
    ("满意度指标", "服务对象满意度指标", "受益群众满意度", 15, "＞90%", "93.5%", "15", ""),
]


def sq02() -> Made:
    ini, adj, exe = "560.00", "618.00", "605.64"
    rt = rate(exe, adj)
    es = r2(10 * rt / 100)
    tot = total(SQ02, es)
    dept, impl, name = "龙泉市水利局", "龙泉市水利工程管理站", "2024年山塘整治及水毁修复项目"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自评表"
    rows: list[list[Any]] = [["项目支出绩效自评表"], ["（2024年度）"], ["项目名称", None, name],
                             ["主管部门", None, dept, None, "实施单位", None, impl],
                             [c or None for c in money_head()],
                             [None, "年度资金总额", ini, adj, exe, "10", f"{rt}%", str(es)],
                             [None, "其中：当年财政拨款", ini, adj, exe, "—", f"{rt}%", "—"],
                             ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
                             *[[r[0], r[1], r[2], r[4], r[5], str(r[3]), r[6], r[7] or None] for r in SQ02],
                             ["总分", None, None, None, None, "100", str(tot), grade(tot)]]
    n = len(rows)
    _sheet(ws, rows, ["A1:H1", "A2:H2", "C3:H3", "A5:A7", f"A{n}:E{n}"])
    buf = io.BytesIO()
    wb.save(buf)
    unit, project = _project(dept, name, impl)
    b = {"initial": D(ini), "adjusted": D(adj), "executed": D(exe), "stated_execution_rate": rt,
         "fund_rows": [{"name": "当年财政拨款", "initial": D(ini), "adjusted": D(adj), "executed": D(exe)}]}
    inds = [{"name": "预算执行率", "weight": 10, "actual": {"value": rt, "unit": "%"}, "stated_score": es}]
    inds += [indicator_fact(r, value=val) for r in SQ02]
    inds[7]["stated_deduction"] = D(2)  # "扣2分" in the row's note
    return (facts("项目支出", 2024, unit, b, inds, tot, project, full_mark=100, stated_grade=EARNED), "ods",
            convert(buf.getvalue(), "sq02", "xlsx", "ods"))


# sq03 湖北 county archives-and-records bureau, whole unit, UTF-16 text with a BOM (a Windows "Unicode" save): the
# money block two budget years side by side (2023年 | 2024年), only 2024 the year evaluated; the indicator rows " | " cells
SQ03: list[Row] = [
    ("产出指标", "数量指标", "档案数字化扫描页数", 20, "≥120万页", "126万页", "20", ""),
    ("产出指标", "质量指标", "数字化成果抽检合格率", 15, "≥98%", "98.6%", "15", ""),
    ("产出指标", "时效指标", "档案查阅申请办结时限", 15, "≤3个工作日", "2个工作日", "15", ""),
    ("效益指标", "社会效益指标", "档案利用人次", 20, "≥4000人次", "3720人次", "18.6", "线上查档平台上线推迟"),
    ("满意度指标", "服务对象满意度指标", "查档群众满意度", 20, "≥90%", "96%", "20", ""),
]


def sq03() -> Made:
    last = ("312.40", "338.10", "329.66")
    ini, adj, exe = "356.80", "402.30", "391.52"
    rt, rt_last = rate(exe, adj), rate(last[2], last[1])
    es = r2(10 * rt / 100)
    tot = total(SQ03, es)
    unit = "竹山县档案馆"
    head = " | ".join(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"])
    lines = [head, " | ".join(["过程指标", "预算执行", "预算执行率", "100%", f"{rt}%", "10", str(es), ""])]
    lines += [" | ".join([r[0], r[1], r[2], r[4], r[5], str(r[3]), r[6], r[7]]) for r in SQ03]
    lines.append(" | ".join(["合计", "", "", "", "", "100", str(tot), ""]))
    form = "\n".join(lines)
    text = f"""{unit}2024年度部门整体支出绩效自评报告

一、部门概况
本馆为县政府直属公益一类事业单位，负责全县档案的收集、保管和利用。

二、预算收支情况（单位：万元）
项目\t\t2023年\t\t2024年
年初预算\t\t{last[0]}\t\t{ini}
全年预算\t\t{last[1]}\t\t{adj}
全年执行\t\t{last[2]}\t\t{exe}
执行率\t\t{rt_last}%\t\t{rt}%
2024年全年预算较上年增加{D(adj) - D(last[1])}万元，主要是档案数字化二期项目追加。

三、绩效指标完成情况
{form}

四、自评结论
2024年度本馆部门整体支出绩效自评得分{tot}分，等级为{grade(tot)}。

{unit}
2025年4月10日
"""
    b = {"initial": D(ini), "adjusted": D(adj), "executed": D(exe), "stated_execution_rate": rt}
    inds = [exec_fact(10, rt, es, level1="过程指标", level2="预算执行", target={"value": D(100), "unit": "%"})] + [indicator_fact(r, value=val) for r in SQ03]
    return facts("整体支出", 2024, {"name": unit}, b, inds, tot, stated_grade=EARNED), "txt", text.replace("\n", "\r\n").encode("utf-16")


# sq04 广东 county fisheries station, project, .xlsx: one sheet per project (the station's two projects), the money block
# in 元 with thousands separators as text cells; the first sheet's project is the one expected --------------------------
SQ04: list[Row] = [
    ("产出指标", "数量指标", "增殖放流鱼苗数量", 25, "≥600万尾", "615万尾", "25", ""),
    ("产出指标", "质量指标", "放流苗种检验检疫合格率", 15, "100%", "100%", "15", ""),
    ("产出指标", "时效指标", "放流活动完成时间", 10, "≤6月30日", "6月18日", "10", ""),
    ("效益指标", "生态效益指标", "放流水域主要经济鱼类资源量增长率", 20, "≥5%", "4.2%", "16.8", "监测样本期较短，次年继续跟踪"),
    ("满意度指标", "服务对象满意度指标", "沿岸渔民满意度", 20, "≥90%", "94%", "20", ""),
]
SQ04B: list[Row] = [
    ("产出指标", "数量指标", "渔船安全检查艘次", 40, "≥800艘次", "842艘次", "40", ""),
    ("效益指标", "社会效益指标", "渔业安全生产事故起数", 30, "0起", "0起", "30", ""),
    ("满意度指标", "服务对象满意度指标", "渔民满意度", 20, "≥90%", "92%", "20", ""),
]


def _yuan_sheet(ws: Any, name: str, dept: str, impl: str, money: tuple[str, str, str], rows_: list[Row]) -> tuple[Decimal, Decimal, Decimal]:
    ini_y, adj_y, exe_y = money
    rt = rate(exe_y.replace(",", ""), adj_y.replace(",", ""))
    es = r2(10 * rt / 100)
    tot = total(rows_, es)
    rows: list[list[Any]] = [["项目支出绩效自评表（2025年度）"], ["项目名称", None, name],
                             ["主管部门", None, dept, None, "实施单位", None, impl],
                             [c or None for c in money_head("元")],
                             [None, "年度资金总额", ini_y, adj_y, exe_y, "10", f"{rt}%", str(es)],
                             [None, "其中：当年财政拨款", ini_y, adj_y, exe_y, "—", f"{rt}%", "—"],
                             ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
                             *[[r[0], r[1], r[2], r[4], r[5], str(r[3]), r[6], r[7] or None] for r in rows_],
                             ["总分", None, None, None, None, "100", str(tot), None], ["自评等级", None, grade(tot)]]
    _sheet(ws, rows, ["A1:H1", "C2:H2", "A4:A6"])
    return rt, es, tot


def sq04() -> Made:
    dept = impl = "阳西县海洋与渔业服务中心"
    name = "2025年水生生物增殖放流项目"
    money = ("1,850,000.00", "1,920,000.00", "1,871,356.40")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "增殖放流"
    rt, es, tot = _yuan_sheet(ws, name, dept, impl, money, SQ04)
    _yuan_sheet(wb.create_sheet("渔业安全"), "2025年渔业安全生产检查项目", dept, impl,
                ("460,000.00", "460,000.00", "455,400.00"), SQ04B)
    buf = io.BytesIO()
    wb.save(buf)
    ini, adj, exe = (D(v.replace(",", "")) / 10000 for v in money)
    unit, project = _project(dept, name, impl)
    b = {"initial": ini, "adjusted": adj, "executed": exe, "stated_execution_rate": rt,
         "fund_rows": [{"name": "当年财政拨款", "initial": ini, "adjusted": adj, "executed": exe}]}
    inds = [{"name": "预算执行率", "weight": 10, "actual": {"value": rt, "unit": "%"}, "stated_score": es}]
    inds += [indicator_fact(r, value=val) for r in SQ04]
    return facts("项目支出", 2025, unit, b, inds, tot, project, full_mark=100, stated_grade=EARNED), "xlsx", buf.getvalue()


# sq05 河南 city veterans' service centre, project, an OA detail page saved as .mhtml: the form with no 总分 row; the
# total and grade sit in a 自评结论 table after the indicators (自评得分 | 91.3; 自评等级 | 优) ---------------------------
SQ05: list[Row] = [
    ("产出指标", "数量指标", "走访慰问退役军人及优抚对象人次", 20, "≥1500人次", "1536人次", "20", ""),
    ("产出指标", "质量指标", "优待证办理准确率", 15, "100%", "100%", "15", ""),
    ("产出指标", "时效指标", "慰问金发放及时率", 15, "≥95%", "90%", "10.5", "节前名单核对延迟"),
    ("效益指标", "社会效益指标", "退役军人来信来访按期办结率", 20, "≥95%", "92%", "15.9", "部分诉求涉及多部门协调"),
    ("满意度指标", "服务对象满意度指标", "服务对象满意度", 20, "≥90%", "95%", "20", ""),
]


def sq05() -> Made:
    ini, adj, exe = "128.00", "136.00", "134.64"
    rt = rate(exe, adj)
    es = r2(10 * rt / 100)
    tot = total(SQ05, es)
    assert tot == D("91.3"), tot
    dept, impl, name = "漯河市退役军人事务局", "漯河市退役军人服务中心", "2024年退役军人关爱服务项目"

    def tr(*cells: str) -> str:
        return "<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"

    html = f"""<html><head><meta charset="utf-8"><title>绩效自评表详情</title></head><body>
<div class="oa-bar">预算管理一体化系统 &gt; 绩效管理 &gt; 绩效自评 &gt; 详情　<a>返回</a> <a>导出</a> <a>打印</a></div>
<table class="form" border="1">
<tr><td colspan="8">项目支出绩效自评表（2024年度）</td></tr>
{tr("项目名称", name)}
{tr("主管部门", dept, "实施单位", impl)}
{tr(*money_head())}
{tr("", "年度资金总额", ini, adj, exe, "10", f"{rt}%", str(es))}
{tr("", "其中：当年财政拨款", ini, adj, exe, "—", f"{rt}%", "—")}
{tr("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施")}
{chr(10).join(tr(*[r[0], r[1], r[2], r[4], r[5], str(r[3]), r[6], r[7]]) for r in SQ05)}
</table>
<p>自评结论</p>
<table class="form" border="1">
{tr("自评得分", str(tot))}
{tr("自评等级", grade(tot))}
{tr("填报人", "苏婉晴")}
{tr("审核人", "郭振东")}
</table>
<div class="oa-foot">流程状态：已提交　提交时间：2025-03-27 16:42</div>
</body></html>
"""
    unit, project = _project(dept, name, impl)
    b = {"initial": D(ini), "adjusted": D(adj), "executed": D(exe), "stated_execution_rate": rt,
         "fund_rows": [{"name": "当年财政拨款", "initial": D(ini), "adjusted": D(adj), "executed": D(exe)}]}
    inds = [{"name": "预算执行率", "weight": 10, "actual": {"value": rt, "unit": "%"}, "stated_score": es}]
    inds += [indicator_fact(r, value=val) for r in SQ05]
    return (facts("项目支出", 2024, unit, b, inds, tot, project, stated_grade=EARNED), "mhtml",
            mhtml("http://oa.lhcz.example/pm/self-eval/detail?id=20250327018", "绩效自评表详情", html))


# sq06 江苏 county market-supervision bureau, project, .docx: the form written with tab stops (no Word table), each
# indicator row carrying 指标性质 (定量 / 定性) and 指标方向 (正向 / 反向) before its values --------------------------------
SQ06: list[tuple[Row, str, str]] = [
    (("产出指标", "数量指标", "食品安全监督抽检批次", 20, "≥1800批次", "1862批次", "20", ""), "定量", "正向"),
    (("产出指标", "质量指标", "抽检不合格食品核查处置率", 15, "100%", "100%", "15", ""), "定量", "正向"),
    (("产出指标", "时效指标", "抽检结果公示时限", 10, "≤20个工作日", "15个工作日", "10", ""), "定量", "反向"),
    (("效益指标", "社会效益指标", "食品安全事故发生起数", 20, "0起", "0起", "20", ""), "定量", "反向"),
    (("效益指标", "可持续影响指标", "食品安全风险预警机制", 10, "健全", "健全", "10", ""), "定性", "—"),
    (("满意度指标", "服务对象满意度指标", "群众食品安全满意度", 15, "≥85%", "83.5%", "14.1", "农村集市监管覆盖不足"), "定量", "正向"),
]


def sq06() -> Made:
    ini, adj, exe = "245.00", "245.00", "238.14"
    rt = rate(exe, adj)
    es = r2(10 * rt / 100)
    rows6 = [r for r, _, _ in SQ06]
    tot = total(rows6, es)
    dept, impl, name = "盱眙县市场监督管理局", "盱眙县市场监督管理局", "2025年食品安全监督抽检项目"
    d = doc()
    sec = d.sections[0]
    sec.page_width, sec.page_height = sec.page_height, sec.page_width  # landscape: the tab stops need the width
    d.add_paragraph("项目支出绩效自评表")
    d.add_paragraph("（2025年度）")

    def tabbed(cells: list[str], stops: list[float]) -> None:
        p = d.add_paragraph()
        for x in stops:
            p.paragraph_format.tab_stops.add_tab_stop(Cm(x))
        p.add_run("\t".join(cells))

    tabbed(["项目名称", name], [3])
    tabbed(["主管部门", dept, "实施单位", impl], [3, 12, 15])
    tabbed(["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"], [4, 7, 10, 13, 16, 19])
    tabbed(["年度资金总额", ini, adj, exe, "10", f"{rt}%", str(es)], [4, 7, 10, 13, 16, 19])
    wide = [3, 6, 12, 14, 16, 19.5, 22.5, 24]
    tabbed(["一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "年度指标值", "实际完成值", "分值", "得分"], wide)
    for r, kind, way in SQ06:
        tabbed([r[0], r[1], r[2], kind, way, r[4], r[5], str(r[3]), r[6]], wide)
    tabbed(["总分", "100", str(tot)], [22.5, 24])
    d.add_paragraph(f"自评等级：{grade(tot)}")
    d.add_paragraph("偏差原因：群众食品安全满意度未达目标，主要是农村集市监管覆盖不足，下一步增加集市快检频次。")
    d.add_paragraph("填报单位（盖章）：盱眙县市场监督管理局　　填报日期：2026年1月22日")
    unit, project = _project(dept, name, impl)
    b = {"initial": D(ini), "adjusted": D(adj), "executed": D(exe), "stated_execution_rate": rt}
    inds = [{"name": "预算执行率", "weight": 10, "actual": {"value": rt, "unit": "%"}, "stated_score": es}]
    inds += [indicator_fact(r, note=False, value=val) for r in rows6]
    return facts("项目支出", 2025, unit, b, inds, tot, project, full_mark=100, stated_grade=EARNED), "docx", docx_bytes(d)


# sq07 山东 county maternal-and-child health hospital, whole unit, a text PDF whose prose runs in two columns; the form
# below it in one column, with a 注： line and ①② footnotes under the form (the notes name other figures) -----------------
SQ07: list[Row] = [
    ("产出指标", "数量指标", "孕产妇系统管理人数", 15, "≥2600人", "2712人", "15", ""),
    ("产出指标", "数量指标", "儿童健康体检人次①", 15, "≥9000人次", "9340人次", "15", ""),
    ("产出指标", "质量指标", "孕产妇系统管理率", 10, "≥90%", "92.7%", "10", ""),
    ("效益指标", "社会效益指标", "婴儿死亡率②", 20, "≤4‰", "3.1‰", "20", ""),
    ("效益指标", "可持续影响指标", "妇幼健康信息系统数据上报及时率", 10, "≥95%", "91%", "9.4", "系统升级停报半月"),
    ("满意度指标", "服务对象满意度指标", "就诊群众满意度", 20, "≥90%", "93%", "20", ""),
]


def _two_columns(section: Any, n: int) -> None:
    cols = section._sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        section._sectPr.append(cols)
    cols.set(qn("w:num"), str(n))
    cols.set(qn("w:space"), "425")


def sq07() -> Made:
    ini, adj, exe = "1186.00", "1352.60", "1307.92"
    rt = rate(exe, adj)
    es = r2(10 * rt / 100)
    tot = total(SQ07, es)
    unit = "莒南县妇幼保健院"
    d = doc()
    d.add_heading(f"{unit}2024年度部门整体支出绩效自评报告", level=1)
    for p in ("一、单位基本情况",
              "本院为县卫生健康局所属差额拨款事业单位，承担全县孕产妇和儿童保健、妇女病普查及基层业务指导等职责。",
              "二、预算执行情况",
              f"2024年本院年初预算{ini}万元，年中追加公共卫生服务补助后全年预算{adj}万元，全年支出{exe}万元，预算执行率{rt}%。",
              "三、绩效目标完成情况",
              "全年孕产妇系统管理、儿童健康体检和出生缺陷防治各项工作按计划推进，主要指标完成情况见下表。",
              "四、存在的问题",
              "信息系统升级期间数据上报中断，基层儿童保健人员不足。"):
        d.add_paragraph(p)
    d.add_section(WD_SECTION.CONTINUOUS)
    _two_columns(d.sections[0], 2)
    _two_columns(d.sections[1], 1)
    d.add_paragraph("附表：部门整体支出绩效自评表")
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
            ["过程指标", "预算执行", "预算执行率", "100%", f"{rt}%", "10", str(es), ""],
            *[[r[0], r[1], r[2], r[4], r[5], str(r[3]), r[6], r[7]] for r in SQ07],
            ["合计", "", "", "", "", "100", str(tot), ""]]
    n = len(rows)
    table(d, rows, merges=[(n - 1, 0, n - 1, 4)], vmerge_cols=(0, 1))
    for p in ("注：1.得分保留一位小数；2.满意度为第三方电话回访结果，样本量420份。",
              "①含0—3岁儿童健康管理6120人次。",
              "②2023年为3.6‰。",
              f"五、自评结论：2024年度本院部门整体支出绩效自评得分{tot}分，等级为{grade(tot)}。",
              unit, "2025年3月28日"):
        d.add_paragraph(p)
    b = {"initial": D(ini), "adjusted": D(adj), "executed": D(exe), "stated_execution_rate": rt}
    inds = [exec_fact(10, rt, es, level1="过程指标", level2="预算执行", target={"value": D(100), "unit": "%"})] + [indicator_fact(r, value=val) for r in SQ07]
    for f in inds:
        f["name"] = f["name"].rstrip("①②")  # a footnote mark is no part of the name
    return facts("整体支出", 2024, {"name": unit}, b, inds, tot, stated_grade=EARNED), "pdf", docx_bytes(d)


# sq08 黑龙江 county sports centre, whole unit, .odt: the budget in prose (年初 / 调整后 / 实际支出) with no 执行率
# anywhere, and no 预算执行率 row in the form: a rate must not be stated where the report states none ------------------
SQ08: list[Row] = [
    ("产出指标", "数量指标", "举办全民健身赛事场次", 20, "≥24场", "26场", "20", ""),
    ("产出指标", "数量指标", "公共体育场馆免费开放天数", 20, "≥300天", "312天", "20", ""),
    ("产出指标", "质量指标", "健身器材完好率", 15, "≥95%", "93%", "13.5", "部分户外器材冬季冻损待更换"),
    ("效益指标", "社会效益指标", "经常参加体育锻炼人数比例", 20, "≥40%", "41.5%", "20", ""),
    ("满意度指标", "服务对象满意度指标", "健身群众满意度", 25, "≥90%", "90.8%", "25", ""),
]


def sq08() -> Made:
    ini, adj, exe = "412.70", "468.20", "441.35"
    tot = total(SQ08, D(0))
    unit = "尚志市全民健身中心"
    d = doc()
    d.add_heading(f"{unit}2024年度部门整体支出绩效自评报告", level=1)
    for p in ("一、基本情况", "本中心为市文体广电和旅游局所属公益一类事业单位，负责全市公共体育场馆运营和全民健身活动组织。",
              "二、预算安排及使用情况",
              f"2024年本中心年初预算{ini}万元，年中调整后预算{adj}万元，全年实际支出{exe}万元，结余资金按规定收回财政。",
              "三、绩效指标完成情况"):
        d.add_paragraph(p)
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
            *[[r[0], r[1], r[2], r[4], r[5], str(r[3]), r[6], r[7]] for r in SQ08],
            ["合计", "", "", "", "", "100", str(tot), ""]]
    n = len(rows)
    table(d, rows, merges=[(n - 1, 0, n - 1, 4)], vmerge_cols=(0, 1))
    for p in (f"四、自评结论：本中心2024年度整体支出绩效自评得分{tot}分，自评等级为{grade(tot)}。",
              "五、下一步措施：冬季前完成户外健身器材巡检更换。", unit, "2025年4月8日"):
        d.add_paragraph(p)
    b = {"initial": D(ini), "adjusted": D(adj), "executed": D(exe), "stated_execution_rate": None}
    inds = [indicator_fact(r, value=val) for r in SQ08]
    return facts("整体支出", 2024, {"name": unit}, b, inds, tot, stated_grade=EARNED), "odt", convert(docx_bytes(d), "sq08", "docx", "odt")


REPORTS: dict[str, Callable[[], Made]] = {
    "sq01-sc-fucheng-street-whole-htm-div-grid-weight-percent": sq01,
    "sq02-zj-longquan-water-project-ods-bounds-every-way": sq02,
    "sq03-hb-zhushan-archives-whole-txt-utf16-two-years": sq03,
    "sq04-gd-yangxi-fisheries-project-xlsx-sheet-per-project-yuan": sq04,
    "sq05-ha-luohe-veterans-project-mhtml-conclusion-table": sq05,
    "sq06-js-xuyi-market-project-docx-tab-stops-direction": sq06,
    "sq07-sd-junan-mch-whole-pdf-two-columns-footnotes": sq07,
    "sq08-hl-shangzhi-sports-whole-odt-no-rate": sq08,
}
