# ruff: noqa: E501
"""Reports f01–f08 of the thirty-third set, each returning (facts, ext, content). Every unit, person, project and figure
is invented (real provinces and counties, invented towns, villages, communities, offices and projects).

Builders and value helpers are the eighteenth, twentieth, twenty-fifth and twenty-ninth sets' (imported, not copied).
"""

from __future__ import annotations

import io
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
    facts,
    grade,
    indicator_fact,
    r2,
    rate,
    shown,
    table,
    total,
    wan_yuan,
)
from twentieth_facts import indicators, money, scored
from twentyfifth_project import project_of, project_unit
from twentyninth_reports import FORM_HEAD


def _num(text: str) -> float | int:
    return float(text) if "." in text else int(text)


def _yuan2(x: str) -> str:
    """An amount given in 元 as text with two decimals and separators."""
    return f"{D(x):,.2f}"


# f01 浙江 county, project, .xlsx: a WORKBOOK of three sheets — "自评结论" first (the score, grade and the project's
# identity), then "资金情况" (the money block alone), then "绩效指标" (the indicators with a 序号 column) ------------------
F01: list[Row] = [
    ("产出指标", "数量指标", "新增公共自行车租赁站点", 15, "≥24个", "25个", "15", ""),
    ("产出指标", "数量指标", "新增投放公共自行车数量", 10, "≥600辆", "620辆", "10", ""),
    ("产出指标", "质量指标", "车辆完好率", 10, "≥95%", "96.5%", "10", ""),
    ("产出指标", "时效指标", "站点建成投用时间", 10, "T:2024年10月底前", "T:2024年10月22日", "10", ""),
    ("效益指标", "社会效益指标", "日均租借人次", 15, "≥3000人次", "2760人次", "13.8", "冬季气温偏低，骑行需求下降"),
    ("效益指标", "生态效益指标", "绿色出行分担率提升", 10, "≥1个百分点", "1.2个百分点", "10", ""),
    ("满意度指标", "服务对象满意度指标", "市民满意度", 20, "≥90%", "93.4%", "20", ""),
]


def f01() -> Made:
    ini, adj, exe = "520.00", "548.60", "531.92"
    rt, es, tot = scored(exe, adj, F01)
    dept, impl, proj = "浦江县交通运输局", "浦江县公共交通服务中心", "城区公共自行车系统扩面项目"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自评结论"
    for row in [["项目支出绩效自评结论"], ["评价年度", "2024年度"], ["项目名称", proj], ["主管部门", dept],
                ["实施单位", impl], ["自评得分", float(tot)], ["自评等级", grade(tot)],
                ["主要结论", "项目资金使用规范，站点建设按期完成，租借人次因冬季需求下降略低于目标。"]]:
        ws.append(row)
    ws2 = wb.create_sheet("资金情况")
    for row in [["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
                ["年度资金总额", float(ini), float(adj), float(exe), 10, f"{rt}%", float(es)],
                ["其中：当年财政拨款", float(ini), float(adj), float(exe), None, None, None],
                ["上年结转资金", None, None, None, None, None, None],
                ["其他资金", None, None, None, None, None, None]]:
        ws2.append(row)
    ws3 = wb.create_sheet("绩效指标")
    ws3.append(["序号", *FORM_HEAD])
    ws3.append([1, "产出指标", "预算执行", "预算执行率", None, f"{rt}%", 10, float(es), None])
    for i, r in enumerate(F01, 2):
        ws3.append([i, r[0], r[1], r[2], shown(r[4]), shown(r[5]), r[3], _num(r[6]), r[7] or None])
    ws3.append(["合计", None, None, None, None, None, 100, float(tot), None])
    buf = io.BytesIO()
    wb.save(buf)
    inds = indicators(rt, es, F01, level1="产出指标", level2="预算执行")
    f = facts("项目支出", 2024, project_unit(dept), money(ini, adj, exe, rt), inds, tot,
              project=project_of(proj, impl), full_mark=100, stated_grade=EARNED)
    return f, "xlsx", buf.getvalue()


# f02 江苏 county, project, .pdf exported from Word: a NARROW form whose long names, values and notes WRAP over two or
# three lines in their cells; 江苏 wording (项目主管部门 / 项目实施单位, 未完成原因分析) --------------------------------------
F02: list[Row] = [
    ("产出指标", "数量指标", "农村义务教育学校校舍维修改造完成面积", 15, "≥12600平方米", "12850平方米", "15", ""),
    ("产出指标", "数量指标", "维修改造学校运动场及附属设施校数", 10, "≥9所", "9所", "10", ""),
    ("产出指标", "质量指标", "维修改造工程竣工验收一次性合格率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "暑期施工项目开学前完工率", 10, "100%", "88.9%", "8", "一所学校因连续降雨延误工期，已于九月底前完工并通过验收"),
    ("效益指标", "社会效益指标", "校舍安全隐患消除率", 15, "100%", "100%", "15", ""),
    ("效益指标", "可持续影响指标", "维修改造设施使用年限", 10, "≥15年", "15年", "10", ""),
    ("满意度指标", "服务对象满意度指标", "受益学校师生及家长满意度", 20, "≥90%", "94.2%", "20", ""),
]


def f02() -> Made:
    ini, adj, exe = "1860.00", "1915.40", "1879.26"
    rt, es, tot = scored(exe, adj, F02)
    dept, impl, proj = "泗阳县教育局", "泗阳县教育基建服务中心", "农村义务教育学校校舍维修改造及运动场提升项目"
    d = doc()
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(3.2)
    d.add_heading("2024年度项目支出绩效自评表", level=1)
    table(d, [["项目名称", proj, "", "", "", "", "", ""],
              ["项目主管部门", dept, "", "", "项目实施单位", impl, "", ""],
              ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
              ["年度资金总额", "", ini, adj, exe, "10", f"{rt}%", str(es)],
              ["其中：当年财政拨款", "", ini, adj, exe, "—", "—", "—"]],
          merges=[(0, 1, 0, 7), (1, 1, 1, 3), (1, 5, 1, 7), (2, 0, 2, 1), (3, 0, 3, 1), (4, 0, 4, 1)])
    d.add_paragraph("")
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "未完成原因分析及改进措施"]
    rows: list[list[str]] = [head, ["产出指标", "预算执行", "预算执行率", "", f"{rt}%", "10", str(es), ""]]
    rows += [[r[0], r[1], r[2], shown(r[4]), shown(r[5]), str(r[3]), r[6], r[7]] for r in F02]
    rows.append(["总分", "", "", "", "", "100", str(tot), ""])
    table(d, rows, vmerge_cols=(0,))
    d.add_paragraph(f"自评得分：{tot}分　　自评等级：{grade(tot)}")
    inds = indicators(rt, es, F02, level1="产出指标", level2="预算执行")
    f = facts("项目支出", 2024, project_unit(dept), money(ini, adj, exe, rt), inds, tot,
              project=project_of(proj, impl), full_mark=100, stated_grade=EARNED)
    return f, "pdf", docx_bytes(d)


# f03 广东 county, project, .html saved from the finance bureau's site: the report in the page body (prose budget, then
# the 广东 "绩效目标完成情况表" whose columns are 目标值 / 实际完成值 / 分值 / 自评得分 / 未完成原因), page furniture around --
F03: list[Row] = [
    ("产出指标", "数量指标", "改造提升农村公厕数量", 20, "≥48座", "50座", "20", ""),
    ("产出指标", "质量指标", "改造公厕验收合格率", 15, "100%", "100%", "15", ""),
    ("产出指标", "时效指标", "改造任务完成时限", 10, "T:2024年11月30日前", "T:2024年11月18日", "10", ""),
    ("效益指标", "社会效益指标", "农村公厕管护覆盖率", 15, "≥95%", "92%", "14.53", "两个偏远村管护员未落实，已列入下年计划"),
    ("效益指标", "生态效益指标", "粪污无害化处理率", 15, "≥90%", "91.5%", "15", ""),
    ("满意度指标", "服务对象满意度指标", "村民满意度", 15, "≥90%", "95%", "15", ""),
]


def _td(text: str, rs: int = 1, cs: int = 1) -> str:
    attrs = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
    return f"<td{attrs}>{text}</td>"


def f03() -> Made:
    ini, adj, exe = "384.00", "384.00", "371.46"
    rt, es, tot = scored(exe, adj, F03)
    dept, impl, proj = "紫金县农业农村局", "紫金县农村人居环境服务站", "农村公厕改造提升项目"
    tr = "<tr>{}</tr>".format
    rows = [tr("".join(f"<th>{h}</th>" for h in ("一级指标", "二级指标", "三级指标", "目标值", "实际完成值", "分值", "自评得分", "未完成原因"))),
            tr("".join(_td(c) for c in ("产出指标", "预算执行", "预算执行率", "", f"{rt}%", "10", str(es), "")))]
    for i, r in enumerate(F03):
        cells = _td(r[0], rs=sum(1 for x in F03 if x[0] == r[0])) if i == 0 or F03[i - 1][0] != r[0] else ""
        rows.append(tr(cells + "".join(_td(c) for c in (r[1], r[2], shown(r[4]), shown(r[5]), str(r[3]), r[6], r[7]))))
    rows.append(tr(_td("合计", cs=5) + _td("100") + _td(str(tot)) + _td("")))
    body = "\n".join(rows)
    html = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>紫金县农村公厕改造提升项目2024年度绩效自评报告 - 紫金县财政局</title></head>
<body>
<div class="topbar"><a href="#">无障碍</a> <a href="#">适老化模式</a> <a href="#">English</a></div>
<div class="banner">紫金县财政局</div>
<ul class="menu"><li>首页</li><li>机构概况</li><li>财政资讯</li><li>预决算公开</li><li>绩效管理</li><li>互动交流</li></ul>
<div class="path">您现在的位置：首页 &gt; 绩效管理 &gt; 绩效自评</div>
<div class="detail">
<h2>紫金县农村公厕改造提升项目2024年度绩效自评报告</h2>
<div class="source">发布时间：2025-05-09　信息来源：紫金县农业农村局　【字体：大 中 小】</div>
<div class="text">
<p>一、项目概况</p>
<p>项目名称：{proj}</p>
<p>主管部门：{dept}　　实施单位：{impl}</p>
<p>2024年项目年初预算安排{ini}万元，年中未作调整，全年预算{adj}万元；截至2024年12月31日，实际支出{exe}万元，预算执行率为{rt}%。</p>
<p>二、绩效目标完成情况</p>
<p>本项目共设置绩效指标7项，完成情况如下：</p>
<p style="text-align:center">绩效目标完成情况表</p>
<table border="1" cellspacing="0">
{body}
</table>
<p>三、自评结论</p>
<p>综合评定，本项目2024年度绩效自评得分为{tot}分，等级为“{grade(tot)}”。</p>
</div>
<div class="tools">【打印本页】【关闭窗口】 分享到：微信 微博</div>
</div>
<div class="foot">版权所有：紫金县财政局　粤ICP备16058721号　网站标识码：4416210021　地址：紫金县城新区金山大道</div>
</body></html>
"""
    inds = indicators(rt, es, F03, level1="产出指标", level2="预算执行")
    f = facts("项目支出", 2024, project_unit(dept), money(ini, adj, exe, rt), inds, tot,
              project=project_of(proj, impl), full_mark=100, stated_grade=EARNED)
    return f, "html", html


# f04 河南 county bureau, whole unit, .pdf exported from Word: the 部门整体支出绩效自评表 whose indicators are blocks
# 履职效能 / 管理效率 / 服务满意度 (预算执行率 a row of 管理效率, not the money block's score); the money block by 支出性质
# (基本支出 / 项目支出 rows); a 单位名称 label row ---------------------------------------------------------------------------
F04: list[Row] = [
    ("履职效能", "重点工作履行情况", "城乡低保对象动态管理覆盖率", 15, "100%", "100%", "15", ""),
    ("履职效能", "重点工作履行情况", "特困人员集中供养床位", 10, "≥320张", "326张", "10", ""),
    ("履职效能", "重点工作履行情况", "临时救助平均办结时限", 10, "≤5个工作日", "4个工作日", "10", ""),
    ("履职效能", "履职效益", "困难群众救助政策知晓率", 10, "≥90%", "87.5%", "9", "偏远村宣传入户不够"),
    ("管理效率", "预算管理", "预算执行率", 10, "100%", "{rt}%", "{es}", ""),
    ("管理效率", "预算管理", "\u201c三公\u201d经费控制率", 10, "≤100%", "92.4%", "10", ""),
    ("管理效率", "资产管理", "固定资产账实相符率", 10, "100%", "100%", "10", ""),
    ("管理效率", "制度管理", "内控制度健全性", 5, "T:健全", "T:健全", "5", ""),
    ("服务满意度", "服务对象满意度", "救助对象满意度", 20, "≥90%", "93%", "20", ""),
]


def f04() -> Made:
    ini, adj, exe = "2436.80", "2612.45", "2547.18"
    rt = rate(exe, adj)
    es = r2(10 * rt / 100)
    rows_t = [tuple(str(c).format(rt=rt, es=es) if isinstance(c, str) else c for c in r) for r in F04]
    tot = total(rows_t, None)  # type: ignore[arg-type]
    unit = "光山县民政局"
    d = doc()
    d.add_heading("部门整体支出绩效自评表", level=1)
    d.add_paragraph("（2024年度）")
    table(d, [["单位名称", unit, "", "", "", ""],
              ["年度预算执行情况（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率", "备注"],
              ["年度资金总额", ini, adj, exe, f"{rt}%", ""],
              ["其中：基本支出", "1268.30", "1302.75", "1296.42", "99.51%", ""],
              ["项目支出", "1168.50", "1309.70", "1250.76", "95.50%", ""]], merges=[(0, 1, 0, 5)])
    d.add_paragraph("")
    rows: list[list[str]] = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]]
    rows += [[r[0], r[1], r[2], shown(r[4]), shown(r[5]), str(r[3]), r[6], r[7]] for r in rows_t]  # type: ignore[misc]
    rows.append(["总分", "", "", "", "", "100", str(tot), ""])
    table(d, rows, vmerge_cols=(0, 1))
    d.add_paragraph(f"自评等级：{grade(tot)}")
    inds = [indicator_fact(r) for r in rows_t]  # type: ignore[arg-type]
    f = facts("整体支出", 2024, {"name": unit}, money(ini, adj, exe, rt), inds, tot, full_mark=100, stated_grade=EARNED)
    return f, "pdf", docx_bytes(d)


# f05 湖南 city, a COMMUNITY's whole-unit report, .txt: the 自评结论 FIRST ("一、自评得分情况"), the details after; every
# amount in 元 with two decimals and separators, in prose and in a tab-separated form ---------------------------------------
F05: list[Row] = [
    ("产出指标", "数量指标", "社区居家养老助餐服务人次", 15, "≥18000人次", "18640人次", "15", ""),
    ("产出指标", "数量指标", "网格化走访入户数", 10, "≥4200户", "4315户", "10", ""),
    ("产出指标", "质量指标", "矛盾纠纷调解成功率", 15, "≥95%", "96.8%", "15", ""),
    ("产出指标", "时效指标", "居民诉求按时办结率", 10, "≥95%", "93.2%", "9", "部分诉求涉及多部门协调，办结周期较长"),
    ("效益指标", "社会效益指标", "社区治安案件下降率", 15, "≥5%", "6.4%", "15", ""),
    ("满意度指标", "服务对象满意度指标", "居民满意度", 25, "≥90%", "94%", "25", ""),
]


def f05() -> Made:
    ini_y, adj_y, exe_y = "1863405.20", "2018736.50", "1969214.36"
    ini, adj, exe = (str(wan_yuan(x)) for x in (ini_y, adj_y, exe_y))
    rt, es, tot = scored(exe, adj, F05)
    unit = "岳阳市岳阳楼区金鹗山街道枫桥湖社区居民委员会"
    form = "\n".join("\t".join(r) for r in [FORM_HEAD, ["产出指标", "预算执行", "预算执行率", "", f"{rt}%", "10", str(es), ""],
                                           *[[r[0], r[1], r[2], shown(r[4]), shown(r[5]), str(r[3]), r[6], r[7]] for r in F05],
                                           ["总分", "", "", "", "", "100", str(tot), ""]])
    text = f"""{unit}2024年度部门整体支出绩效自评报告

一、自评得分情况
按照部门整体支出绩效评价指标体系，我社区对2024年度整体支出开展了自评，综合评分为{tot}分，评价等级为“{grade(tot)}”。

二、单位基本情况
我社区设党群服务中心、网格管理站、居家养老服务站3个服务机构，核定社区工作者编制14名，年末实有社区工作者13人。

三、预算收支及执行情况（单位：元）
2024年年初预算数为{_yuan2(ini_y)}元，年中追加老旧小区微改造配套资金后，全年预算数为{_yuan2(adj_y)}元；全年实际支出{_yuan2(exe_y)}元，预算执行率{rt}%。

四、绩效指标完成情况
{form}

五、存在问题及改进措施
部分居民诉求涉及多个部门，办结周期偏长。下一步将完善联席会商机制，压缩办理时限。
"""
    inds = indicators(rt, es, F05, level1="产出指标", level2="预算执行")
    u = {"name": unit, "staff_total": 13, "staff_establishment": 14}
    f = facts("整体支出", 2024, u, money(ini, adj, exe, rt), inds, tot, full_mark=100, stated_grade=EARNED)
    return f, "txt", text


# f06 四川 county, project, .docx: the money table with TWO YEARS SIDE BY SIDE (2023年 预算数 / 执行数 | 2024年 年初预算数 /
# 全年预算数 / 全年执行数 / 执行率); the indicator table with a 上年实际值 column before 本年 实际完成值 ---------------------
F06: list[Row] = [
    ("产出指标", "数量指标", "高标准农田建设面积", 15, "≥2.4万亩", "2.46万亩", "15", ""),
    ("产出指标", "数量指标", "新建改造灌排渠系长度", 10, "≥36公里", "37.2公里", "10", ""),
    ("产出指标", "质量指标", "工程竣工验收合格率", 15, "100%", "100%", "15", ""),
    ("产出指标", "成本指标", "亩均财政投入", 10, "≤1500元", "1486元", "10", ""),
    ("效益指标", "经济效益指标", "项目区粮食亩产提高", 15, "≥50公斤", "46公斤", "13.8", "夏季高温干旱影响水稻灌浆"),
    ("效益指标", "可持续影响指标", "工程设施管护机制", 10, "T:建立", "T:已建立", "10", ""),
    ("满意度指标", "服务对象满意度指标", "项目区农户满意度", 15, "≥90%", "92.6%", "15", ""),
]
F06_LAST = ["2.1万亩", "31.5公里", "100%", "1452元", "48公斤", "已建立", "91.8%"]


def f06() -> Made:
    ini, adj, exe = "3620.00", "3688.00", "3592.35"
    rt, es, tot = scored(exe, adj, F06)
    dept, impl, proj = "苍溪县农业农村局", "苍溪县农田建设服务中心", "高标准农田建设项目"
    d = doc()
    d.add_heading(f"{proj}绩效自评表", level=1)
    d.add_paragraph("（2024年度）")
    table(d, [["项目名称", proj, "", "", "", "", "", ""],
              ["主管部门", dept, "", "", "实施单位", impl, "", ""],
              ["资金情况（万元）", "2023年预算数", "2023年执行数", "2024年年初预算数", "2024年全年预算数", "2024年全年执行数", "执行率", "得分"],
              ["年度资金总额", "3150.00", "3086.40", ini, adj, exe, f"{rt}%", str(es)]],
          merges=[(0, 1, 0, 7), (1, 1, 1, 3), (1, 5, 1, 7)])
    d.add_paragraph("")
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "上年实际值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    rows: list[list[str]] = [head, ["产出指标", "预算执行", "预算执行率", "", "97.98%", f"{rt}%", "10", str(es), ""]]
    rows += [[r[0], r[1], r[2], shown(r[4]), last, shown(r[5]), str(r[3]), r[6], r[7]] for r, last in zip(F06, F06_LAST, strict=True)]
    rows.append(["总分", "", "", "", "", "", "100", str(tot), ""])
    table(d, rows, vmerge_cols=(0,))
    d.add_paragraph(f"自评得分：{tot}分　　自评等级：{grade(tot)}")
    inds = indicators(rt, es, F06, level1="产出指标", level2="预算执行")
    f = facts("项目支出", 2024, project_unit(dept), money(ini, adj, exe, rt), inds, tot,
              project=project_of(proj, impl), full_mark=100, stated_grade=EARNED)
    return f, "docx", docx_bytes(d)


# f07 江西 village, project, .txt: a VILLAGE committee's report of a 村集体经济 project whose indicators are an OUTLINE
# numbered 1 / 1.1 / 1.1.1 (一级 with its points, 二级, then one line per indicator with 目标值 / 完成值 / 分值 / 得分);
# planted TOTAL_MISMATCH (the stated total 4.00 below the scores' sum) -------------------------------------------------
F07: list[Row] = [
    ("产出指标", "数量指标", "新建蔬菜连栋大棚", 15, "≥40座", "42座", "15", ""),
    ("产出指标", "数量指标", "配套建设冷藏保鲜库容", 10, "≥300立方米", "300立方米", "10", ""),
    ("产出指标", "质量指标", "大棚工程验收合格率", 15, "100%", "100%", "15", ""),
    ("效益指标", "经济效益指标", "村集体经济年收益", 20, "≥12万元", "10.8万元", "18", "大棚投产首年租金减半"),
    ("效益指标", "社会效益指标", "带动脱贫户务工人数", 15, "≥25人", "27人", "15", ""),
    ("满意度指标", "服务对象满意度指标", "村民满意度", 15, "≥90%", "95%", "15", ""),
]


def f07() -> Made:
    ini, adj, exe = "168.00", "175.50", "172.38"
    rt, es, tot = scored(exe, adj, F07)
    stated = tot - 4
    dept, impl, proj = "会昌县筠门岭镇人民政府", "会昌县筠门岭镇芙蓉村村民委员会", "芙蓉村设施蔬菜产业基地建设项目"
    lines: list[str] = []
    blocks: dict[str, list[Row]] = {}
    for r in F07:
        blocks.setdefault(r[0], []).append(r)
    for n1, (l1, rs) in enumerate(blocks.items(), 1):
        pts = sum(r[3] for r in rs) + (10 if n1 == 1 else 0)
        lines.append(f"{n1} {l1}（{pts}分）")
        n2s: dict[str, int] = {}
        if n1 == 1:
            n2s["预算执行"] = 1
            lines.append(f"{n1}.1 预算执行")
            lines.append(f"{n1}.1.1 预算执行率：实际完成{rt}%，分值10分，得分{es}分。")
        for r in rs:
            if r[1] not in n2s:
                n2s[r[1]] = len(n2s) + 1
                lines.append(f"{n1}.{n2s[r[1]]} {r[1]}")
            k = sum(1 for x in rs[: rs.index(r) + 1] if x[1] == r[1])
            note = f"偏差原因：{r[7]}。" if r[7] else ""
            lines.append(f"{n1}.{n2s[r[1]]}.{k} {r[2]}：目标值{shown(r[4])}，实际完成{shown(r[5])}，分值{r[3]}分，得分{r[6]}分。{note}")
    outline = "\n".join(lines)
    text = f"""{proj}绩效自评报告

项目名称：{proj}
主管部门：{dept}
实施单位：{impl}

一、项目资金情况
该项目2024年年初预算{ini}万元，其中衔接推进乡村振兴补助资金150.00万元、村集体自筹18.00万元；年中追加冷库配套资金后，全年预算{adj}万元。全年实际支出{exe}万元，预算执行率{rt}%。

二、绩效指标完成情况
{outline}

三、自评结论
经村两委自评，本项目2024年度绩效自评得分{stated}分，评定等级为{grade(stated)}。

芙蓉村村民委员会
2025年2月26日
"""
    inds = indicators(rt, es, F07, level1="产出指标", level2="预算执行")
    f = facts("项目支出", 2024, project_unit(dept), money(ini, adj, exe, rt), inds, stated,
              project=project_of(proj, impl), planted=["TOTAL_MISMATCH"], stated_grade=EARNED)
    return f, "txt", text


# f08 浙江 county, project, .docx: the 浙江 "项目支出绩效目标自评表" with 指标 numbered in their cells ("1.1.1 …"), money in
# 元 with two decimals, and the 执行率 stated 3 points below 执行数 ÷ 全年预算数: planted EXECUTION_RATE_MISMATCH -------------
F08: list[Row] = [
    ("产出指标", "数量指标", "历史文化村落保护修缮村数", 15, "≥6个", "6个", "15", ""),
    ("产出指标", "数量指标", "修缮古建筑面积", 15, "≥4800平方米", "4960平方米", "15", ""),
    ("产出指标", "质量指标", "修缮工程验收合格率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "修缮工程按期完成率", 10, "≥90%", "83.3%", "9", "一处古建筑雨季停工"),
    ("效益指标", "社会效益指标", "古村落游客接待人次增长", 15, "≥10%", "12.5%", "15", ""),
    ("效益指标", "可持续影响指标", "修缮后古建筑活化利用率", 10, "≥60%", "66.7%", "10", ""),
    ("满意度指标", "服务对象满意度指标", "村民及游客满意度", 15, "≥90%", "92%", "15", ""),
]


def f08() -> Made:
    ini_y, adj_y, exe_y = "4200000.00", "4386500.00", "4271389.45"
    ini, adj, exe = (str(wan_yuan(x)) for x in (ini_y, adj_y, exe_y))
    true_rt = rate(exe, adj)
    rt = true_rt - 3
    es = r2(10 * rt / 100)
    tot = total(F08, es)
    dept, impl, proj = "松阳县文化和广电旅游体育局", "松阳县文物保护中心", "历史文化村落保护利用项目"
    d = doc()
    d.add_heading("项目支出绩效目标自评表", level=1)
    d.add_paragraph("（2024年度）　　　　　　　　　　　　　　　　　　金额单位：元")
    table(d, [["项目名称", proj, "", "", "", "", ""],
              ["主管部门", dept, "", "实施单位", impl, "", ""],
              ["项目资金", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
              ["年度资金总额", _yuan2(ini_y), _yuan2(adj_y), _yuan2(exe_y), "10", f"{rt}%", str(es)]],
          merges=[(0, 1, 0, 6), (1, 1, 1, 2), (1, 4, 1, 6)])
    d.add_paragraph("")
    rows: list[list[str]] = [FORM_HEAD, ["1 产出指标", "1.1 预算执行", "1.1.1 预算执行率", "", f"{rt}%", "10", str(es), ""]]
    n2: dict[tuple[str, str], str] = {("产出指标", "预算执行"): "1.1"}
    n1 = {"产出指标": "1", "效益指标": "2", "满意度指标": "3"}
    for r in F08:
        key = (r[0], r[1])
        if key not in n2:
            n2[key] = f"{n1[r[0]]}.{sum(1 for k in n2 if k[0] == r[0]) + 1}"
        k = sum(1 for x in F08[: F08.index(r) + 1] if (x[0], x[1]) == key) + (1 if key == ("产出指标", "预算执行") else 0)
        rows.append([f"{n1[r[0]]} {r[0]}", f"{n2[key]} {r[1]}", f"{n2[key]}.{k} {r[2]}", shown(r[4]), shown(r[5]), str(r[3]), r[6], r[7]])
    rows.append(["总分", "", "", "", "", "100", str(tot), ""])
    table(d, rows, vmerge_cols=(0, 1))
    d.add_paragraph(f"自评得分：{tot}分　　自评等级：{grade(tot)}")
    inds = indicators(rt, es, F08, level1="产出指标", level2="预算执行")
    f = facts("项目支出", 2024, project_unit(dept), money(ini, adj, exe, rt), inds, tot,
              project=project_of(proj, impl), full_mark=100, planted=["EXECUTION_RATE_MISMATCH"], stated_grade=EARNED)
    return f, "docx", docx_bytes(d)


REPORTS: dict[str, Any] = {
    "f01-zj-pujiang-bikes-project-xlsx-three-sheets-conclusion-first": f01,
    "f02-js-siyang-schools-project-pdf-wrapped-cells": f02,
    "f03-gd-zijin-toilets-project-html-finance-bureau-page": f03,
    "f04-ha-guangshan-civil-whole-pdf-performance-efficiency-blocks": f04,
    "f05-hn-yueyang-community-whole-txt-conclusion-first-yuan": f05,
    "f06-sc-cangxi-farmland-project-docx-two-years-side-by-side": f06,
    "f07-jx-huichang-village-project-txt-numbered-outline-planted": f07,
    "f08-zj-songyang-villages-project-docx-numbered-yuan-planted": f08,
}
