# ruff: noqa: E501
"""Reports a01–a06 of the twenty-fifth set: project reports told in a finance office's prose; each returns (facts, ext,
content). Every unit, person, project and figure is invented.

The facts record and Word builders are the eighteenth set's, the value helpers the seventeenth set's, the money block's
rate and score and the indicator list the twentieth set's.
"""

from __future__ import annotations

from typing import Any

from eighteenth_facts import (
    EARNED,
    D,
    Made,
    Row,
    doc,
    docx_bytes,
    facts,
    form_rows,
    grade,
    indicator_fact,
    shown,
    table,
)
from twentieth_facts import indicators, money, scored

FORM_HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]


def restate(inds: list[dict[str, Any]], name: str, new_name: str | None = None, *, comparator: bool = True) -> None:
    """Expected facts as the sentence states them: the indicator's name as written (a figure-first sentence names no
    "…数" / "…人数"), and no comparator where the target is told as "超过 / 未达到 / 高于 N 的目标"."""
    ind = next(i for i in inds if i["name"] == name)
    if new_name:
        ind["name"] = new_name
    if not comparator:
        ind["target"].pop("comparator", None)


def project_unit(dept: str) -> dict[str, str]:
    return {"supervising_department": dept}


def project_of(name: str, impl: str) -> dict[str, str]:
    return {"name": name, "implementing_unit": impl}


# a01 湖南 county special fund, .txt in the Hunan 专项资金 template: 专项资金基本情况 / 使用及管理 / 绩效目标完成情况;
# the budget told as 年初安排 + 追加下达 = 全年; each indicator one sentence under its 二级 heading; the conclusion lists the
# parts' scores before the total ------------------------------------------------------------------------------------------
A01: list[Row] = [
    ("产出指标", "数量指标", "耕地土壤改良面积", 12, "≥3.2万亩", "3.35万亩", "12", ""),
    ("产出指标", "数量指标", "测土配方施肥技术覆盖农户", 12, "≥2.6万户", "2.71万户", "12", ""),
    ("产出指标", "质量指标", "改良地块土壤有机质提升", 12, "≥0.2个百分点", "0.23个百分点", "12", ""),
    ("产出指标", "时效指标", "项目验收完成时间", 10, "T:2024年12月底前", "T:2024年12月16日", "10", ""),
    ("效益指标", "经济效益指标", "项目区亩均节本增效", 14, "≥80元", "76元", "13.3", "部分地块受夏季洪涝影响，增效低于预期"),
    ("效益指标", "可持续影响指标", "耕地质量等级提升", 15, "≥0.3个等级", "0.3个等级", "15", ""),
    ("满意度指标", "服务对象满意度指标", "项目区农户满意度", 15, "≥90%", "94.6%", "15", ""),
]


def a01() -> Made:
    ini, adj, exe = "412.00", "450.50", "436.82"
    rt, es, tot = scored(exe, adj, A01)
    dept, impl, name = "新化县农业农村局", "新化县农业技术推广中心", "耕地地力提升专项资金"
    out_score = sum(D(r[6]) for r in A01 if r[0] == "产出指标")
    eff_score = sum(D(r[6]) for r in A01 if r[0] == "效益指标")
    text = f"""新化县2024年度耕地地力提升专项资金绩效自评报告

按照县财政局关于开展2024年度专项资金绩效自评工作的统一部署，{impl}（以下简称“县农技中心”）对本年度耕地地力提升专项资金的使用和绩效目标完成情况进行了自评，现将有关情况报告如下。

一、专项资金基本情况

（一）专项资金概况
{name}由{dept}主管、县农技中心具体组织实施，主要用于酸化耕地改良、测土配方施肥和耕地质量监测。2024年，该专项年初安排资金{ini}万元，年中市级追加下达38.50万元，调整后全年预算数为{adj}万元。

（二）专项资金绩效目标
通过实施土壤改良和科学施肥，改良耕地3.2万亩以上，项目区耕地质量提升0.3个等级以上，农户满意度达到90%以上。

二、专项资金使用及管理情况

（一）资金到位情况。截至2024年12月31日，全年预算资金{adj}万元已全部拨付到位，到位率100%。
（二）资金执行情况。全年累计支付资金{exe}万元，预算执行率{rt}%，该项分值10分，得{es}分。支出中物化补助312.40万元、技术服务费86.22万元、监测化验费38.20万元。
（三）资金管理情况。专项资金实行专账核算、专款专用，未发现截留、挤占和挪用。

三、专项资金绩效目标完成情况

（一）产出指标完成情况（分值46分，得分{out_score}分）
1.数量指标。全年计划完成耕地土壤改良面积不少于3.2万亩，实际完成3.35万亩，本项分值12分，得12分；测土配方施肥技术覆盖农户目标不少于2.6万户，实际覆盖2.71万户，分值12分，得12分。
2.质量指标。改良地块土壤有机质提升目标为0.2个百分点以上，经抽样检测实际提升0.23个百分点，分值12分，得12分。
3.时效指标。项目验收完成时间要求在2024年12月底前，实际于2024年12月16日通过县级验收，分值10分，得10分。
（二）效益指标完成情况（分值29分，得分{eff_score}分）
1.经济效益指标。项目区亩均节本增效目标80元以上，实际为76元，分值14分，得13.3分，扣分原因为部分地块受夏季洪涝影响，增效低于预期。
2.可持续影响指标。耕地质量等级提升目标0.3个等级以上，实际提升0.3个等级，分值15分，得15分。
（三）满意度指标完成情况（分值15分，得分15分）
服务对象满意度指标。通过入户问卷调查，项目区农户满意度为94.6%，高于90%的目标值，分值15分，得15分。

四、自评结论

对照专项资金绩效自评评分标准，预算执行率指标得{es}分，产出指标得{out_score}分，效益指标得{eff_score}分，满意度指标得15分，综合自评得分{tot}分，自评等级为“{grade(tot)}”。

五、存在的问题及整改措施

一是受汛期影响部分地块施工推迟；二是技术培训的覆盖面仍需扩大。下一步，县农技中心将提前谋划施工时序，加强技术指导服务。

新化县农业技术推广中心
2025年3月20日
"""
    inds = indicators(rt, es, A01)
    restate(inds, "项目区农户满意度", comparator=False)  # "高于90%的目标值"
    f = facts("项目支出", 2024, project_unit(dept), money(ini, adj, exe, rt), inds, tot,
              project=project_of(name, impl), stated_grade=EARNED)
    return f, "txt", text


# a02 广东 county project, .docx: the report's indicators as a numbered list under 产出 / 效益 / 满意度 paragraphs, each item
# with its level written as 【产出指标—数量指标】; the money told as 预算安排 then 实际支出; the score and grade in a closing
# paragraph with 满分 -------------------------------------------------------------------------------------------------------
A02: list[Row] = [
    ("产出指标", "数量指标", "完成适龄妇女两癌筛查人数", 15, "≥8000人", "8235人", "15", ""),
    ("产出指标", "质量指标", "筛查结果规范告知率", 15, "≥98%", "99.1%", "15", ""),
    ("产出指标", "时效指标", "阳性病例随访及时率", 10, "≥95%", "92.4%", "9.5", "部分外出务工人员联系不上，随访延后"),
    ("产出指标", "成本指标", "人均筛查成本", 10, "≤180元", "176.5元", "10", ""),
    ("效益指标", "社会效益指标", "两癌早诊率", 20, "≥70%", "72.8%", "20", ""),
    ("满意度指标", "服务对象满意度指标", "受检妇女满意度", 20, "≥90%", "95.3%", "20", ""),
]


def a02() -> Made:
    ini, adj, exe = "136.00", "148.20", "145.36"
    rt, es, tot = scored(exe, adj, A02)
    dept, impl, name = "紫金县卫生健康局", "紫金县妇幼保健院", "农村妇女两癌筛查项目"
    d = doc()
    d.add_heading(f"{name}2024年度绩效自评报告", level=1)
    d.add_paragraph(f"项目主管部门：{dept}")
    d.add_paragraph(f"项目实施单位：{impl}")
    d.add_paragraph("一、项目基本情况")
    d.add_paragraph(f"为落实省、市妇女健康促进工作部署，县财政2024年为{name}安排预算{ini}万元；下半年根据筛查任务调增，"
                    f"全年预算调整为{adj}万元。年度内该项目实际支出{exe}万元，预算执行率为{rt}%，结余资金已按规定收回。")
    d.add_paragraph("二、绩效目标实现情况")
    d.add_paragraph("项目年初设定的绩效目标均已完成，各项指标完成情况如下：")
    for i, r in enumerate(A02, 1):
        l1, l2, n, w, t, a, s, note = r
        line = f"{i}. 【{l1}—{l2}】{n}：年度目标{shown(t)}，实际完成{shown(a)}，分值{w}分，自评{s}分。"
        if note:
            line += f"偏差原因：{note}。"
        d.add_paragraph(line)
    d.add_paragraph("三、自评结果")
    d.add_paragraph(f"本项目预算执行率一项分值10分，得{es}分。经逐项打分，项目绩效自评总得分{tot}分（满分100分），"
                    f"属于“{grade(tot)}”等次。")
    d.add_paragraph("四、下一步工作")
    d.add_paragraph("加强与村（居）委会的联系，做好阳性病例的跟踪随访。")
    f = facts("项目支出", 2024, project_unit(dept), money(ini, adj, exe, rt), indicators(rt, es, A02), tot,
              project=project_of(name, impl), full_mark=100, stated_grade=EARNED)
    return f, "docx", docx_bytes(d)


# a03 浙江 county project, .pdf: a whole prose report (调减 then 调整后, 实际支出 in a sentence of its own), the scores told
# by 一级 in prose, and the 项目支出绩效自评表 appended after the signature as 附件 -------------------------------------------
A03: list[Row] = [
    ("产出指标", "数量指标", "改造提升农村公厕数量", 15, "≥45座", "46座", "15", ""),
    ("产出指标", "质量指标", "改造公厕验收合格率", 15, "100%", "100%", "15", ""),
    ("产出指标", "时效指标", "改造任务完成时限", 10, "T:2024年10月底前", "T:2024年10月25日", "10", ""),
    ("产出指标", "成本指标", "单座公厕改造补助标准", 10, "≤8万元", "7.6万元", "10", ""),
    ("效益指标", "社会效益指标", "公厕日常管护到位率", 15, "≥95%", "96.8%", "15", ""),
    ("效益指标", "可持续影响指标", "长效管护制度建立村覆盖率", 10, "100%", "95.7%", "9.5", "两个村管护协议年底前未签订，已督促补签"),
    ("满意度指标", "服务对象满意度指标", "村民满意度", 15, "≥90%", "93.2%", "15", ""),
]


def a03() -> Made:
    ini, adj, exe = "390.00", "368.00", "361.54"
    rt, es, tot = scored(exe, adj, A03)
    dept, impl, name = "开化县农业农村局", "开化县农村人居环境服务中心", "农村公厕提档升级项目"
    d = doc()
    d.add_heading(f"开化县{name}2024年度绩效自评报告", level=1)
    d.add_paragraph(f"根据县财政局统一安排，{impl}对{name}开展了绩效自评。该项目由{dept}主管，{impl}负责实施。")
    d.add_paragraph("一、项目资金情况")
    d.add_paragraph(f"项目年初预算数为{ini}万元。因两座公厕并入美丽乡村项目同步建设，年中调减预算22.00万元，调整后预算数为{adj}万元。")
    d.add_paragraph(f"截至12月底，项目实际支出{exe}万元，预算执行率{rt}%。")
    d.add_paragraph("二、绩效指标完成情况")
    d.add_paragraph("项目共设置产出、效益、满意度三类指标。产出方面，全年改造提升农村公厕46座，验收全部合格，均在10月底前完工，"
                    "单座补助7.6万元，未超标准；效益方面，管护到位率96.8%，长效管护制度覆盖率95.7%；满意度方面，村民满意度93.2%。")
    d.add_paragraph("三、自评结论")
    d.add_paragraph(f"经自评，预算执行率得{es}分，产出指标得50分，效益指标得24.5分，满意度指标得15分，合计{tot}分，"
                    f"自评等级为{grade(tot)}。")
    d.add_paragraph(impl)
    d.add_paragraph("2025年4月8日")
    d.add_page_break()
    d.add_paragraph("附件")
    d.add_paragraph("项目支出绩效自评表")
    d.add_paragraph("（2024年度）")
    table(d, [
        ["项目名称", name, "", "", "", "", "", ""],
        ["主管部门", dept, "", "", "实施单位", impl, "", ""],
        ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["年度资金总额", "", ini, adj, exe, "10", f"{rt}%", str(es)],
        ["其中：当年财政拨款", "", ini, adj, exe, "—", "—", "—"],
        FORM_HEAD,
        *form_rows(A03),
        ["总分", "", "", "", "", "100", str(tot), ""],
    ], merges=[(0, 1, 0, 7), (1, 1, 1, 3), (1, 5, 1, 7), (2, 0, 2, 1), (3, 0, 3, 1), (4, 0, 4, 1)], vmerge_cols=(0, 1))
    budget = {**money(ini, adj, exe, rt), "fund_rows": [{"name": "当年财政拨款", "initial": D(ini), "adjusted": D(adj),
                                                          "executed": D(exe)}]}
    f = facts("项目支出", 2024, project_unit(dept), budget, indicators(rt, es, A03), tot,
              project=project_of(name, impl), full_mark=100, stated_grade=EARNED)
    return f, "pdf", docx_bytes(d)


# a04 四川 county project, .md: the Sichuan 项目支出绩效自评报告 outline (项目概况 / 资金申报及使用 / 实施及管理 / 绩效情况 /
# 评价结论); the indicators in a half-table (levels, target, actual: no score columns), their 分值 and 得分 in a numbered
# list after it; the budget told as 申报 → 批复 → 追加 → 实际使用 --------------------------------------------------------------
A04: list[Row] = [
    ("产出指标", "数量指标", "资助家庭经济困难学生人次", 20, "≥4200人次", "4356人次", "20", ""),
    ("产出指标", "质量指标", "资助对象认定准确率", 15, "100%", "100%", "15", ""),
    ("产出指标", "时效指标", "资助资金发放及时率", 15, "100%", "97.5%", "14", "秋季学期部分学生银行卡信息变更，发放延后"),
    ("效益指标", "社会效益指标", "因贫辍学学生人数", 20, "0人", "0人", "20", ""),
    ("满意度指标", "服务对象满意度指标", "受助学生及家长满意度", 20, "≥95%", "97.8%", "20", ""),
]


def a04() -> Made:
    ini, adj, exe = "508.00", "546.30", "540.12"
    rt, es, tot = scored(exe, adj, A04)
    dept, impl, name = "苍溪县教育局", "苍溪县学生资助管理中心", "苍溪县学生资助补助经费"
    half = ["| 一级指标 | 二级指标 | 三级指标 | 年度目标 | 实际完成 |", "|---|---|---|---|---|"]
    half += [f"| {r[0]} | {r[1]} | {r[2]} | {shown(r[4])} | {shown(r[5])} |" for r in A04]
    scores = [f"{i}. {r[2]}：分值{r[3]}分，得分{r[6]}分" + (f"（{r[7]}）" if r[7] else "") + "。" for i, r in enumerate(A04, 1)]
    nl = "\n"
    text = f"""# {name}2024年度项目支出绩效自评报告

**主管部门**：{dept}　　**实施单位**：{impl}

## 一、项目概况

{name}用于保障学前教育至高中阶段家庭经济困难学生的生活补助和学费减免。

## 二、项目资金申报及使用情况

2024年初，{impl}申报并经县财政批复项目资金{ini}万元。秋季学期受助人数增加，县财政追加38.30万元，全年可用预算{adj}万元。
全年实际使用资金{exe}万元，执行率{rt}%。

## 三、项目实施及管理情况

资助对象由学校初审、中心复核，资金通过“一卡通”直接发放到学生或监护人账户。

## 四、项目绩效情况

本项目绩效目标及完成情况见下表。

{nl.join(half)}

各项指标分值及得分如下（预算执行率分值10分，得{es}分）：

{nl.join(scores)}

## 五、评价结论及建议

综合以上情况，本项目2024年度绩效自评得分为**{tot}分**，评价结果为**{grade(tot)}**。建议进一步加强学生银行卡信息的动态管理。
"""
    f = facts("项目支出", 2024, project_unit(dept), money(ini, adj, exe, rt), indicators(rt, es, A04), tot,
              project=project_of(name, impl), stated_grade=EARNED)
    return f, "md", text


# a05 山东 county project, .html: a county site's article; the money as 预算数 / 决算数 in one sentence; the indicators an
# <ol> per 一级 under <h3> headings, the 二级 named inside each item's parentheses; the score in the last paragraph --------
A05: list[Row] = [
    ("产出指标", "数量指标", "新建高标准农田面积", 15, "≥1.5万亩", "1.52万亩", "15", ""),
    ("产出指标", "质量指标", "工程质量验收合格率", 15, "100%", "100%", "15", ""),
    ("产出指标", "时效指标", "工程建设完工率", 10, "100%", "96%", "9.6", "两处机井因地质原因延期，已于次年一季度完工"),
    ("效益指标", "经济效益指标", "项目区粮食亩均增产", 15, "≥50公斤", "58公斤", "15", ""),
    ("效益指标", "生态效益指标", "节水灌溉面积占比", 15, "≥60%", "64%", "15", ""),
    ("满意度指标", "服务对象满意度指标", "项目区群众满意度", 20, "≥90%", "92%", "20", ""),
]


def a05() -> Made:
    ini, adj, exe = "2250.00", "2250.00", "2183.40"
    rt, es, tot = scored(exe, adj, A05)
    dept, impl, name = "郓城县农业农村局", "郓城县农田建设服务中心", "2024年高标准农田建设项目"
    items: dict[str, list[str]] = {}
    for r in A05:
        note = f"偏差原因：{r[7]}。" if r[7] else ""
        items.setdefault(r[0], []).append(
            f"<li>{r[2]}（{r[1]}）：目标值{shown(r[4])}，完成值{shown(r[5])}，分值{r[3]}分，得分{r[6]}分。{note}</li>")
    blocks = "\n".join(f"<h3>{l1}</h3>\n<ol>\n" + "\n".join(lis) + "\n</ol>" for l1, lis in items.items())
    html = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{name}绩效自评报告_郓城县人民政府</title></head>
<body>
<div class="nav"><a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 预算绩效</div>
<div class="article">
<h1>{name}绩效自评报告</h1>
<p class="meta">发布日期：2025-04-16　来源：{impl}　浏览次数：128</p>
<p>一、项目概况。{name}为省级下达、县级统筹实施的农田基础设施项目，主管部门为{dept}，由{impl}组织实施。</p>
<p>二、资金使用情况。项目全年预算数{adj}万元（年初预算{ini}万元，年内未调整），决算数{exe}万元，预算执行率{rt}%。</p>
<p>三、绩效指标完成情况。预算执行率分值10分，得{es}分。其余指标完成情况如下：</p>
{blocks}
<p>四、自评结论。综合评定，本项目绩效自评得{tot}分，自评等级为{grade(tot)}。</p>
<p style="text-align:right">{impl}<br>2025年4月10日</p>
</div>
<div class="footer">主办：郓城县人民政府办公室　<a href="#">网站地图</a></div>
</body></html>
"""
    f = facts("项目支出", 2024, project_unit(dept), money(ini, adj, exe, rt), indicators(rt, es, A05), tot,
              project=project_of(name, impl), stated_grade=EARNED)
    return f, "html", html


# a06 云南 county project, .txt: the money told as 资金来源 (上年结转 + 当年下达 = 全年可用) and 资金使用 (支出, 年末结转);
# the indicators one paragraph per 一级, levels implied (产出 / 效益 / 满意度 words, no 二级 named); the stated 执行率
# is 2.5 points above 支出 / 全年可用 (**planted** EXECUTION_RATE_MISMATCH) -------------------------------------------------
A06: list[Row] = [
    ("产出指标", "数量指标", "培训农村实用人才人次", 20, "≥1500人次", "1620人次", "20", ""),
    ("产出指标", "质量指标", "培训合格率", 20, "≥90%", "93%", "20", ""),
    ("效益指标", "社会效益指标", "培训后实现就业创业人数", 25, "≥600人", "566人", "23.6", "部分学员外出务工未及时反馈就业情况"),
    ("满意度指标", "服务对象满意度指标", "参训学员满意度", 25, "≥90%", "96%", "25", ""),
]


def a06() -> Made:
    ini, adj, exe = "160.00", "182.40", "166.85"
    true_rt, es, tot = scored(exe, adj, A06)
    stated = true_rt + D("2.5")
    es = D("9.40")
    tot = es + sum(D(r[6]) for r in A06)
    dept, impl, name = "弥渡县人力资源和社会保障局", "弥渡县就业服务中心", "农村实用人才培训项目"
    text = f"""弥渡县{name}2024年度绩效自评报告

一、项目基本情况
{name}是{dept}年度重点民生项目，由{impl}承办，面向全县农村劳动力开展种养殖、电商和家政技能培训。

二、资金情况
项目资金来源：上年结转22.40万元，2024年县级财政年初预算{ini}万元，全年可用资金共计{adj}万元。
资金使用：全年支出{exe}万元，主要用于培训补贴、教材和场地租赁；年末结转15.55万元，预算执行率{stated}%。

三、绩效目标完成情况
产出方面：全年培训农村实用人才1620人次，目标为1500人次以上，分值20分，得20分；培训合格率93%，目标不低于90%，分值20分，得20分。
效益方面：培训后实现就业创业566人，未达到600人的目标，分值25分，得23.6分，原因是部分学员外出务工未及时反馈就业情况。
满意度方面：通过电话回访，参训学员满意度96%，目标90%以上，分值25分，得25分。
预算执行方面：分值10分，得9.40分。

四、自评结论
本项目自评总分{tot}分，评价等级：{grade(tot)}。

弥渡县就业服务中心
2025年3月28日
"""
    # carry_over is what the year carries out (年末结转), the 上年结转 brought in the opening balance (budget.py's rule)
    budget = {**money(ini, adj, exe, stated), "carry_over": D("15.55"), "opening_balance": D("22.40")}
    inds = indicators(stated, es, []) + [indicator_fact(r, with_l2=False) for r in A06]
    restate(inds, "培训农村实用人才人次", "培训农村实用人才")  # "全年培训农村实用人才1620人次"
    restate(inds, "培训后实现就业创业人数", "培训后实现就业创业", comparator=False)  # "…566人，未达到600人的目标"
    f = facts("项目支出", 2024, project_unit(dept), budget, inds, tot, project=project_of(name, impl),
              planted=["EXECUTION_RATE_MISMATCH"], stated_grade=EARNED)
    return f, "txt", text


PROJECT = {
    "a01-hn-xinhua-soil-project-txt-hunan-special-fund": a01,
    "a02-gd-zijin-screening-project-docx-bracketed-levels": a02,
    "a03-zj-kaihua-toilets-project-pdf-form-appended": a03,
    "a04-sc-cangxi-aid-project-md-half-table": a04,
    "a05-sd-yuncheng-farmland-project-html-level-lists": a05,
    "a06-yn-midu-training-project-txt-funds-source-use": a06,
}
