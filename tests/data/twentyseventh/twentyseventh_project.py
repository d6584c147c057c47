# ruff: noqa: E501
"""Reports a01–a06 of the twenty-seventh set: 项目支出 self-evaluations in shapes none of the 26 earlier sets uses;
each returns (facts, ext, content). Every unit, person, project and figure is invented.

The facts record and Word builders are the eighteenth set's, the value helpers the seventeenth set's, the money block's
rate and score and the indicator list the twentieth set's, the project facts the twenty-fifth set's, the sheet fill and
save the twenty-second set's, LibreOffice's conversion the seventeenth set's.
"""

from __future__ import annotations

import quopri
from typing import Any

import openpyxl
from eighteenth_facts import EARNED, D, Made, Row, doc, docx_bytes, facts, grade, shown, table, yuan
from make_seventeenth import convert
from twentieth_facts import indicators, money, scored
from twentyfifth_project import project_of, project_unit
from twentysecond_sheets import _fill, _save

STD_MONEY = ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]


def mhtml(url: str, title: str, html: str) -> bytes:
    """A page an OA system's browser saved as one file: the HTML part quoted-printable in UTF-8."""
    boundary = "----MultipartBoundary--OA7Qx2k9"
    head = (f"From: <Saved by Blink>\r\nSnapshot-Content-Location: {url}\r\nSubject: {title}\r\n"
            f"Date: Tue, 18 Mar 2025 09:41:07 +0800\r\nMIME-Version: 1.0\r\n"
            f'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="{boundary}"\r\n\r\n\r\n')
    part = (f"--{boundary}\r\nContent-Type: text/html\r\nContent-ID: <frame-0@mhtml.blink>\r\n"
            f"Content-Transfer-Encoding: quoted-printable\r\nContent-Location: {url}\r\n\r\n")
    body = quopri.encodestring(html.encode("utf-8")).replace(b"\n", b"\r\n")
    return head.encode() + part.encode() + body + f"\r\n--{boundary}--\r\n".encode()


def grant(ini: str, adj: str, exe: str) -> list[dict[str, Any]]:
    """The one fund row of a form whose money is all 当年财政拨款."""
    return [{"name": "当年财政拨款", "initial": D(ini), "adjusted": D(adj), "executed": D(exe)}]


def tr(*cells: Any) -> str:
    return "<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"


# a01 浙江 county project, .docx: the prose report first (citing the previous year's spending and results), then 附件1
# the 自评表 with a 上年实际完成值 column beside 本年实际完成值, then 附件2 a 问题整改清单 table with 2025.06.30 deadlines --------
A01: list[Row] = [
    ("产出指标", "数量指标", "农村生活污水处理终端运维座数", 15, "≥420座", "436座", "15", ""),
    ("产出指标", "质量指标", "终端出水水质达标率", 15, "≥90%", "91.8%", "15", ""),
    ("产出指标", "时效指标", "故障终端修复时限", 10, "≤72小时", "68小时", "10", ""),
    ("效益指标", "生态效益指标", "农村生活污水治理行政村覆盖率", 20, "≥95%", "94.2%", "19", "3个偏远自然村管网未接通"),
    ("效益指标", "可持续影响指标", "运维长效机制建立", 10, "T:建立", "T:已建立", "10", ""),
    ("满意度指标", "服务对象满意度指标", "农户满意度", 20, "≥90%", "93.6%", "20", ""),
]
A01_LAST = ["402座", "88.5%", "80小时", "91.0%", "初步建立", "90.2%"]


def a01() -> Made:
    ini, adj, exe = "680.00", "712.50", "698.43"
    rt, es, tot = scored(exe, adj, A01)
    dept, impl, name = "开化县生态环境分局", "开化县农村污水治理运维中心", "农村生活污水治理设施运维项目"
    d = doc()
    d.add_heading(f"{name}2024年度绩效自评报告", level=1)
    d.add_paragraph(f"一、项目基本情况。本项目由{dept}主管、{impl}实施，2023年度该项目执行资金654.20万元，完成终端运维402座，"
                    "出水水质达标率88.5%。2024年继续实施，运维范围扩大到全县18个乡镇。")
    d.add_paragraph("二、绩效目标完成情况。2024年运维终端数、出水达标率均高于上年，覆盖率因3个偏远自然村管网未接通略低于目标，"
                    "详见附件1。上年自评得分93.5分。")
    d.add_paragraph("三、存在问题及整改措施。部分终端设备老化，巡检记录不完整，整改清单见附件2。")
    d.add_paragraph("附件：1.项目支出绩效自评表")
    d.add_paragraph("　　　2.问题整改清单")
    d.add_page_break()
    d.add_paragraph("附件1")
    d.add_paragraph("项目支出绩效自评表")
    d.add_paragraph("（2024年度）")
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "上年实际完成值", "本年实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    rows = [
        ["项目名称", name, "", "", "", "", "", "", ""],
        ["主管部门", dept, "", "", "实施单位", impl, "", "", ""],
        ["项目资金（万元）", "", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["年度资金总额", "", "", ini, adj, exe, "10", f"{rt}%", str(es)],
        ["其中：当年财政拨款", "", "", ini, adj, exe, "—", "—", "—"],
        head,
        *[[r[0], r[1], r[2], shown(r[4]), last, shown(r[5]), str(r[3]), r[6], r[7]] for r, last in zip(A01, A01_LAST, strict=True)],
        ["总分", "", "", "", "", "", "100", str(tot), f"自评等级：{grade(tot)}"],
    ]
    table(d, rows, merges=[(0, 1, 0, 8), (1, 1, 1, 3), (1, 5, 1, 8), (2, 0, 2, 2), (3, 0, 3, 2), (4, 0, 4, 2)], vmerge_cols=(0,))
    d.add_page_break()
    d.add_paragraph("附件2")
    d.add_paragraph("问题整改清单")
    table(d, [
        ["序号", "存在问题", "整改措施", "整改时限", "责任科室"],
        ["1", "12座终端设备老化，出水波动", "分批更换曝气设备", "2025.06.30", "运维科"],
        ["2", "巡检记录不完整", "推行电子巡检，每月抽查10%", "2025.03.31", "综合科"],
        ["3", "3个自然村管网未接通", "纳入2025年管网延伸计划", "2025.12.31", "工程科"],
    ])
    budget = {**money(ini, adj, exe, rt), "fund_rows": grant(ini, adj, exe)}
    f = facts("项目支出", 2024, project_unit(dept), budget, indicators(rt, es, A01), tot,
              project=project_of(name, impl), full_mark=100, stated_grade=EARNED)
    return f, "docx", docx_bytes(d)


# a02 福建 county project, .pdf: the indicator table carries 指标解释 and 评分标准 columns between 三级指标 and 年度指标值
# (long wrapped text), weights in halves (12.5, 7.5) ---------------------------------------------------------------------
A02: list[Row] = [
    ("产出指标", "数量指标", "茶园绿色防控示范面积", 12.5, "≥3000亩", "3120亩", "12.5", ""),  # type: ignore[list-item]
    ("产出指标", "数量指标", "茶农技术培训人次", 7.5, "≥600人次", "640人次", "7.5", ""),  # type: ignore[list-item]
    ("产出指标", "质量指标", "示范茶园农残抽检合格率", 15, "100%", "100%", "15", ""),
    ("产出指标", "时效指标", "防控物资发放及时率", 10, "≥95%", "96%", "10", ""),
    ("效益指标", "经济效益指标", "示范区茶青收购价提高", 15, "≥5%", "4.2%", "13", "春茶期间低温影响品质"),
    ("效益指标", "生态效益指标", "化学农药使用量减少", 10, "≥10%", "12.6%", "10", ""),
    ("满意度指标", "服务对象满意度指标", "茶农满意度", 20, "≥90%", "95.3%", "20", ""),
]
A02_NOTES = [
    ("示范区内实施绿色防控技术的茶园面积", "达到目标值得满分，每少1%扣0.5分"),
    ("参加绿色防控技术培训的茶农人次", "达到目标值得满分，未达到按比例得分"),
    ("抽检合格批次占抽检总批次的比例", "达到100%得满分，每低1个百分点扣2分"),
    ("按计划时间发放的物资占比", "达到目标值得满分，每低1个百分点扣1分"),
    ("示范区茶青收购均价较上年提高比例", "达到目标值得满分，未达到按比例得分"),
    ("示范区化学农药使用量较上年减少比例", "达到目标值得满分，未达到按比例得分"),
    ("抽样调查茶农满意人数占调查人数比例", "≥90%得满分，80%-90%得一半分值，<80%不得分"),
]


def a02() -> Made:
    ini, adj, exe = "236.00", "248.00", "241.35"
    rt, es, tot = scored(exe, adj, A02)
    dept, impl, name = "安溪县农业农村局", "安溪县茶业发展中心", "生态茶园绿色防控示范项目"
    d = doc()
    d.add_paragraph("项目支出绩效自评表")
    d.add_paragraph("（2024年度）")
    head = ["一级指标", "二级指标", "三级指标", "指标解释", "评分标准", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    body = [[r[0], r[1], r[2], n[0], n[1], shown(r[4]), shown(r[5]), str(r[3]), r[6], r[7]] for r, n in zip(A02, A02_NOTES, strict=True)]
    table(d, [
        ["项目名称", name, "", "", "", "", "", "", "", ""],
        ["主管部门", dept, "", "", "", "实施单位", impl, "", "", ""],
        ["项目资金（万元）", "", "", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["年度资金总额", "", "", "", ini, adj, exe, "10", f"{rt}%", str(es)],
        ["其中：当年财政拨款", "", "", "", ini, adj, exe, "—", "—", "—"],
        head, *body,
        ["总分", "", "", "", "", "", "", "100", str(tot), grade(tot)],
    ], merges=[(0, 1, 0, 9), (1, 1, 1, 4), (1, 6, 1, 9), (2, 0, 2, 3), (3, 0, 3, 3), (4, 0, 4, 3)], vmerge_cols=(0,))
    d.add_paragraph(f"填报单位（盖章）：{impl}　　填报日期：2025.03.20")
    budget = {**money(ini, adj, exe, rt), "fund_rows": grant(ini, adj, exe)}
    f = facts("项目支出", 2024, project_unit(dept), budget, indicators(rt, es, A02), tot,
              project=project_of(name, impl), full_mark=100, stated_grade=EARNED)
    return f, "pdf", docx_bytes(d)


# a03 湖北 county project, .mhtml: an OA system's detail view saved by the browser (quoted-printable): a layout table whose
# 一级 cell spans a nested <table> holding that block's indicator rows ------------------------------------------------------
A03: list[Row] = [
    ("产出指标", "数量指标", "改造提升农贸市场个数", 20, "≥6个", "6个", "20", ""),
    ("产出指标", "质量指标", "改造工程验收合格率", 15, "100%", "100%", "15", ""),
    ("产出指标", "时效指标", "项目完工时间", 10, "T:2024.11.30前", "T:2024.11.26", "10", ""),
    ("效益指标", "社会效益指标", "市场食品安全快检覆盖率", 15, "≥95%", "97.5%", "15", ""),
    ("效益指标", "经济效益指标", "入驻商户年租金减免", 10, "≥30万元", "28.6万元", "9.5", "2户商户提前退租"),
    ("满意度指标", "服务对象满意度指标", "商户和群众满意度", 20, "≥90%", "92.1%", "20", ""),
]


def a03() -> Made:
    ini, adj, exe = "450.00", "450.00", "437.82"
    rt, es, tot = scored(exe, adj, A03)
    dept, impl, name = "枣阳市商务局", "枣阳市市场服务中心", "农贸市场标准化改造项目"
    blocks = ""
    for l1 in dict.fromkeys(r[0] for r in A03):
        inner = "".join(tr(r[1], r[2], shown(r[4]), shown(r[5]), r[3], r[6], r[7] or "&nbsp;") for r in A03 if r[0] == l1)
        blocks += (f'<tr><td class="l1">{l1}</td><td colspan="7" class="inner">'
                   f'<table class="sub" width="100%" border="1">{inner}</table></td></tr>\n')
    html = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>绩效自评详情</title>
<style>.nav{{background:#1d5fa5}} td.l1{{width:80px}}</style></head>
<body>
<div class="nav">首页 | 待办事项 | 已办事项 | 绩效管理 | 退出</div>
<div class="crumb">当前位置：绩效管理 &gt; 绩效自评 &gt; 查看</div>
<table class="frame" border="1" width="100%">
<tr><th colspan="8">项目支出绩效自评表（2024年度）</th></tr>
<tr><td>项目名称</td><td colspan="7">{name}</td></tr>
<tr><td>主管部门</td><td colspan="3">{dept}</td><td>实施单位</td><td colspan="3">{impl}</td></tr>
<tr><td>项目资金（万元）</td><td>年初预算数</td><td>全年预算数</td><td>全年执行数</td><td>分值</td><td>执行率</td><td colspan="2">得分</td></tr>
<tr><td>年度资金总额</td><td>{ini}</td><td>{adj}</td><td>{exe}</td><td>10</td><td>{rt}%</td><td colspan="2">{es}</td></tr>
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td><td>分值</td><td>得分</td><td>偏差原因分析及改进措施</td></tr>
{blocks}<tr><td>总分</td><td colspan="4"></td><td>100</td><td>{tot}</td><td>{grade(tot)}</td></tr>
</table>
<div class="btns">打印 | 导出 | 返回</div>
<div class="foot">流程状态：已审核　审核人：财务科　审核时间：2025-03-18 09:40</div>
</body></html>"""
    body = mhtml("http://172.16.30.8/pms/selfeval/detail.do?id=24-0318-017", "绩效自评详情", html)
    f = facts("项目支出", 2024, project_unit(dept), money(ini, adj, exe, rt), indicators(rt, es, A03), tot,
              project=project_of(name, impl), full_mark=100, stated_grade=EARNED)
    return f, "mhtml", body


# a04 四川 county project, .txt: a prose report with amounts in 元 written with thousands separators, dates like
# 2024.12.31, the indicators as a numbered list of sentences, and a 整改 section -----------------------------------------
A04: list[Row] = [
    ("产出指标", "数量指标", "完成适龄女性两癌筛查人数", 30, "≥8000人", "8216人", "30", ""),
    ("产出指标", "质量指标", "筛查结果随访率", 20, "≥95%", "96.4%", "20", ""),
    ("效益指标", "社会效益指标", "早诊早治率", 20, "≥85%", "83.2%", "18", "部分阳性对象外出务工未能及时复查"),
    ("满意度指标", "服务对象满意度指标", "受检妇女满意度", 20, "≥90%", "94%", "20", ""),
]


def a04() -> Made:
    ini, adj, exe = "186.00", "192.40", "187.96"
    rt, es, tot = scored(exe, adj, A04)
    dept, impl, name = "南江县卫生健康局", "南江县妇幼保健院", "农村妇女两癌筛查项目"
    items = "\n".join(
        f"{i}.{r[2]}：目标{shown(r[4])}，实际完成{shown(r[5])}，分值{r[3]}分，得分{r[6]}分。" + (f"偏差原因：{r[7]}。" if r[7] else "")
        for i, r in enumerate(A04, 2))
    text = f"""南江县卫生健康局
{name}2024年度绩效自评报告

一、项目基本情况
{name}由{dept}主管，{impl}具体实施。2024年度项目年初预算资金{yuan(ini)}元，年中追加{yuan(str(D(adj) - D(ini)))}元，调整后预算{yuan(adj)}元；截至2024.12.31实际支出{yuan(exe)}元，预算执行率{rt}%。

二、绩效目标完成情况
1.预算执行率：分值10分，得分{es}分。
{items}

三、自评结论
本项目自评得分{tot}分，自评等级为“{grade(tot)}”。

四、存在问题及整改情况
（一）部分阳性对象随访不及时。整改措施：建立阳性对象台账，2025.06.30前完成全部复查。
（二）筛查信息录入滞后。整改措施：2025.03.31前完成系统补录。

南江县妇幼保健院
2025.02.28
"""
    inds = indicators(rt, es, A04)
    for ind in inds:  # the numbered sentences name no 一级 / 二级
        ind.pop("level1", None)
        ind.pop("level2", None)
    f = facts("项目支出", 2024, project_unit(dept), money(ini, adj, exe, rt), inds, tot, project=project_of(name, impl), stated_grade=EARNED)
    return f, "txt", text


# a05 山东 county hospital project, .rtf (saved from Word): the money block in 千元 (a hospital's accounts unit) -----------
A05: list[Row] = [
    ("产出指标", "数量指标", "采购更新医疗设备台（套）数", 20, "≥16台", "16台", "20", ""),
    ("产出指标", "质量指标", "设备安装验收合格率", 15, "100%", "100%", "15", ""),
    ("产出指标", "成本指标", "设备采购节支率", 10, "≥3%", "4.5%", "10", ""),
    ("效益指标", "社会效益指标", "县域内就诊率", 20, "≥90%", "88.9%", "18.5", "部分疑难病例仍转诊上级医院"),
    ("满意度指标", "服务对象满意度指标", "患者满意度", 25, "≥90%", "93.7%", "25", ""),
]


def a05() -> Made:
    ini_k, adj_k, exe_k = "6200.00", "6480.00", "6363.36"  # in 千元
    ini, adj, exe = (str(D(v) / 10) for v in (ini_k, adj_k, exe_k))
    rt, es, tot = scored(exe, adj, A05)
    dept, impl, name = "沂南县卫生健康局", "沂南县人民医院", "县级医院医疗设备更新项目"
    d = doc()
    d.add_paragraph("项目支出绩效自评表")
    d.add_paragraph("（2024年度）")
    table(d, [
        ["项目名称", name, "", "", "", "", "", ""],
        ["主管部门", dept, "", "", "实施单位", impl, "", ""],
        ["项目资金（千元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["年度资金总额", "", ini_k, adj_k, exe_k, "10", f"{rt}%", str(es)],
        ["其中：当年财政拨款", "", ini_k, adj_k, exe_k, "—", "—", "—"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        *[[r[0], r[1], r[2], shown(r[4]), shown(r[5]), str(r[3]), r[6], r[7]] for r in A05],
        ["总分", "", "", "", "", "100", str(tot), f"等级：{grade(tot)}"],
    ], merges=[(0, 1, 0, 7), (1, 1, 1, 3), (1, 5, 1, 7), (2, 0, 2, 1), (3, 0, 3, 1), (4, 0, 4, 1)], vmerge_cols=(0,))
    budget = {**money(ini, adj, exe, rt), "fund_rows": grant(ini, adj, exe)}
    f = facts("项目支出", 2024, project_unit(dept), budget, indicators(rt, es, A05), tot,
              project=project_of(name, impl), full_mark=100, stated_grade=EARNED)
    return f, "rtf", convert(docx_bytes(d), "a05", "docx", "rtf")


# a06 江西 county project, .xlsx: the form split over sheets as a finance system exports it — 封面 (project, units, 填报日期
# 2025.03.10), 资金 (the money block), 指标 (the indicator table and total) ------------------------------------------------
A06: list[Row] = [
    ("产出指标", "数量指标", "新建高标准农田面积", 25, "≥1.2万亩", "1.22万亩", "25", ""),
    ("产出指标", "质量指标", "工程竣工验收合格率", 15, "100%", "100%", "15", ""),
    ("产出指标", "成本指标", "亩均财政投入", 10, "≤3000元", "2950元", "10", ""),
    ("效益指标", "经济效益指标", "项目区粮食亩产提高", 20, "≥50公斤", "46公斤", "18", "夏季持续干旱影响单产"),
    ("满意度指标", "服务对象满意度指标", "项目区农户满意度", 20, "≥90%", "95%", "20", ""),
]


def a06() -> Made:
    ini, adj, exe = "3600.00", "3660.00", "3591.20"
    rt, es, tot = scored(exe, adj, A06)
    dept, impl, name = "万年县农业农村局", "万年县农田建设服务中心", "高标准农田建设项目"
    wb = openpyxl.Workbook()
    cover = wb.active
    cover.title = "封面"
    _fill(cover, [["项目支出绩效自评表"], ["（2024年度）"], [], ["项目名称", name], ["主管部门", dept],
                  ["实施单位", impl], ["填报人", "邹明华"], ["填报日期", "2025.03.10"]])
    fund = wb.create_sheet("资金")
    _fill(fund, [STD_MONEY, ["年度资金总额", float(ini), float(adj), float(exe), 10, f"{rt}%", float(es)],
                 ["其中：当年财政拨款", float(ini), float(adj), float(exe)]])
    ind = wb.create_sheet("指标")
    _fill(ind, [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
                *[[r[0], r[1], r[2], shown(r[4]), shown(r[5]), r[3], float(r[6]), r[7]] for r in A06],
                ["总分", "", "", "", "", 100, float(tot), ""], ["自评等级", grade(tot)]])
    budget = {**money(ini, adj, exe, rt), "fund_rows": grant(ini, adj, exe)}
    f = facts("项目支出", 2024, project_unit(dept), budget, indicators(rt, es, A06), tot,
              project=project_of(name, impl), full_mark=100, stated_grade=EARNED)
    return f, "xlsx", _save(wb)


PROJECT = {
    "a01-zj-kaihua-sewage-project-docx-annex-last-year-rectify": a01,
    "a02-fj-anxi-tea-project-pdf-explain-criteria-columns": a02,
    "a03-hb-zaoyang-market-project-mhtml-nested-block-tables": a03,
    "a04-sc-nanjiang-screening-project-txt-yuan-dotted-dates": a04,
    "a05-sd-yinan-equipment-project-rtf-thousand-yuan": a05,
    "a06-jx-wannian-farmland-project-xlsx-sheets-cover-fund-ind": a06,
}
