# ruff: noqa: E501
"""Reports f01–f08 of the thirty-first set (prose-heavy styles), each returning (facts, ext, content). Every unit, person,
project and figure is invented (real provinces and counties, invented towns, schools, hospitals, villages and projects).

Builders and value helpers are the eighteenth, twentieth, twenty-fifth and twenty-ninth sets' (imported, not copied).
"""

from __future__ import annotations

from typing import Any

from eighteenth_facts import D, Made, Row, doc, docx_bytes, facts, r2, shown, table
from twentieth_facts import indicators, money, scored
from twentyfifth_project import project_of, project_unit
from twentyninth_reports import FORM_HEAD, form_rows


def _pct(r: Row) -> str:
    """完成年度目标的 N%: the actual over the target (both figures of the row)."""
    t = D("".join(c for c in shown(r[4]) if c.isdigit() or c == "."))
    a = D("".join(c for c in shown(r[5]) if c.isdigit() or c == "."))
    return f"{r2(a / t * 100)}%"


def _no_comparators(inds: list[dict[str, Any]], *, level1: bool = False) -> list[dict[str, Any]]:
    """Targets told in prose without a sign ("年度目标800人次") carry no comparator; the levels the prose does not name
    (its 一级 kept when ``level1``: a heading names it) are not facts."""
    for i in inds:
        i.get("target", {}).pop("comparator", None)
        i.pop("level2", None)
        if not level1:
            i.pop("level1", None)
    return inds


def _unlevelled(inds: list[dict[str, Any]]) -> list[dict[str, Any]]:
    for i in inds:
        i.pop("level1", None)
        i.pop("level2", None)
    return inds


def _block(rows: list[Row], level1: str) -> D:
    return sum((D(r[6]) for r in rows if r[0] == level1), D(0))


# f01 湖南 county central primary school (整体), .txt: a NUMBERED ESSAY; every indicator is a clause inside one paragraph per
# 一级 ("教师培训人次年度目标800人次，实际完成860人次，完成年度目标的107.5%，分值10分，得10分；…"); the budget told in
# 一、基本情况 with a mid-year 追加 and a 调减; the scores per 一级 in the conclusion's sentence; the grade only there --------
F01: list[Row] = [
    ("产出指标", "数量指标", "教师培训人次", 10, "800人次", "860人次", "10", ""),
    ("产出指标", "数量指标", "营养改善计划受益学生人数", 10, "1450人", "1462人", "10", ""),
    ("产出指标", "质量指标", "学生体质健康测试合格率", 10, "92%", "93.6%", "10", ""),
    ("产出指标", "时效指标", "校舍维修工程按期完工率", 10, "100%", "80%", "8", ""),
    ("效益指标", "社会效益指标", "义务教育巩固率", 20, "99%", "99.4%", "20", ""),
    ("效益指标", "可持续影响指标", "教师专业发展活动参与率", 10, "90%", "88%", "9", ""),
    ("满意度指标", "服务对象满意度指标", "学生家长满意度", 20, "90%", "94.2%", "20", ""),
]


def _clauses(rows: list[Row], level1: str) -> str:
    return "；".join(f"{r[2]}年度目标{shown(r[4])}，实际完成{shown(r[5])}，完成年度目标的{_pct(r)}，分值{r[3]}分，得{r[6]}分"
                    for r in rows if r[0] == level1) + "。"


def f01() -> Made:
    ini, adj, exe = "1236.50", "1269.70", "1247.35"
    rt, es, tot = scored(exe, adj, F01)
    unit = "桃江县青岚镇中心学校"
    text = f"""{unit}2024年度部门整体支出绩效自评报告

根据县财政局、县教育局关于开展2024年度部门整体支出绩效自评工作的通知要求，我校对2024年度部门整体支出情况进行了自评，现报告如下。

一、基本情况
我校是县教育局所属全额拨款事业单位，辖中心完小1所、村级教学点3个，现有教学班32个，在校学生1462人。核定编制112名，实有在编教职工108人，另有退休教师46人。2024年我校年初预算1236.50万元，年中追加课后服务及校舍维修经费45.20万元，调减基建结转资金12.00万元，调整后全年预算{adj}万元。全年实际支出{exe}万元，预算执行率{rt}%，该项分值10分，得{es}分。

二、绩效目标完成情况
（一）产出方面。{_clauses(F01, "产出指标")}校舍维修工程中一处厕所改造受雨季影响延至2025年春季完工。
（二）效益方面。{_clauses(F01, "效益指标")}
（三）满意度方面。{_clauses(F01, "满意度指标")}

三、自评结论
经自评，我校2024年度部门整体支出绩效自评总得分{tot}分，其中预算执行得分{es}分、产出指标得分{_block(F01, "产出指标")}分、效益指标得分{_block(F01, "效益指标")}分、满意度指标得分{_block(F01, "满意度指标")}分。对照评分标准，自评等级为优。

四、存在问题及改进措施
一是维修工程进度受天气影响较大；二是教学点教师参加培训的机会偏少。下一步将提前安排假期施工，并推行送教下点。
"""
    inds = _no_comparators(indicators(rt, es, F01))
    u = {"name": unit, "staff_total": 108, "staff_establishment": 112}
    f = facts("整体支出", 2024, u, money(ini, adj, exe, rt), inds, tot, stated_grade="优")
    return f, "txt", text


# f02 广东 county people's hospital, .docx: THREE FUNDING SOURCES each with its own execution (中央 / 省级 / 县级配套, 合计);
# the indicators as Word paragraphs "1.数量指标——名称：年度指标值…，实际完成…，分值…，得分…" under 一级 headings ------------
F02: list[Row] = [
    ("产出指标", "数量指标", "胸痛中心规范化救治例数", 15, "≥600例", "652例", "15", ""),
    ("产出指标", "数量指标", "新增医疗设备台数", 10, "≥12台", "12台", "10", ""),
    ("产出指标", "质量指标", "设备验收合格率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "设备采购完成时间", 10, "T:2024年10月底前", "T:2024年11月15日", "8", ""),
    ("效益指标", "社会效益指标", "县域内住院率", 20, "≥85%", "86.7%", "20", ""),
    ("满意度指标", "服务对象满意度指标", "住院患者满意度", 25, "≥90%", "93.1%", "25", ""),
]


def f02() -> Made:
    sources = [("中央补助资金", "300.00", "296.40"), ("省级补助资金", "120.00", "120.00"), ("县级配套资金", "80.00", "71.60")]
    adj = str(sum(D(s[1]) for s in sources))
    exe = str(sum(D(s[2]) for s in sources))
    rt, es, tot = scored(exe, adj, F02)
    dept, impl, proj = "龙川县卫生健康局", "龙川县人民医院", "县域医疗卫生次中心能力提升项目"
    d = doc()
    d.add_heading(f"{proj}2024年度绩效自评报告", level=1)
    d.add_paragraph("一、项目基本情况")
    d.add_paragraph(f"本项目主管部门为{dept}，实施单位为{impl}，主要用于胸痛中心建设和急救设备购置。"
                    f"项目年初预算{adj}万元，年内未调整。")
    d.add_paragraph("二、项目资金来源及执行情况")
    d.add_paragraph("项目资金来源为" + "、".join(f"{n}{a}万元" for n, a, _ in sources) + f"，合计{adj}万元。"
                    "截至2024年12月31日，" + "、".join(f"{n}支出{e}万元" for n, _, e in sources)
                    + f"，合计支出{exe}万元，预算执行率{rt}%，该项分值10分，得分{es}分。县级配套资金未全部支出，系部分设备尾款待质保期满后支付。")
    d.add_paragraph("三、绩效指标完成情况")
    for n1, level1 in enumerate(("产出指标", "效益指标", "满意度指标")):
        d.add_paragraph(f"（{'一二三'[n1]}）{level1}")
        for j, r in enumerate((r for r in F02 if r[0] == level1), 1):
            d.add_paragraph(f"{j}.{r[1]}——{r[2]}：年度指标值{shown(r[4])}，实际完成{shown(r[5])}，分值{r[3]}分，得分{r[6]}分。")
    d.add_paragraph("四、自评结论")
    d.add_paragraph(f"本项目2024年度绩效自评得分{tot}分，自评等级为“优”。")
    f = facts("项目支出", 2024, project_unit(dept), money(adj, adj, exe, rt), indicators(rt, es, F02), tot,
              project=project_of(proj, impl), stated_grade="优")
    return f, "docx", docx_bytes(d)


# f03 四川 street office (整体), .txt: the budget by source (财政拨款 / 其他资金) each with its own execution; the indicators as
# label lines "指标名称：… 年度目标：… 实际完成：… 分值：… 得分：…"; 问题 / 整改 quoting LAST YEAR'S score and rate, a SUB-UNIT'S
# rate and a PLAN's figure; planted TOTAL_MISMATCH (the stated total 2 above the scores' sum) -------------------------------
F03: list[Row] = [
    ("产出指标", "数量指标", "社区综合服务设施覆盖率", 15, "100%", "100%", "15", ""),
    ("产出指标", "数量指标", "老旧小区改造户数", 15, "≥1200户", "1236户", "15", ""),
    ("产出指标", "质量指标", "网格事件按时办结率", 10, "≥95%", "96.8%", "10", ""),
    ("产出指标", "时效指标", "民生实事按期完成率", 10, "100%", "90%", "8", ""),
    ("效益指标", "社会效益指标", "矛盾纠纷调解成功率", 20, "≥95%", "97.2%", "20", ""),
    ("满意度指标", "服务对象满意度指标", "辖区居民满意度", 20, "≥90%", "88.6%", "18", ""),
]


def f03() -> Made:
    ini = "2860.00"
    parts = [("财政拨款", "2980.40", "2912.63"), ("其他资金", "140.00", "133.55")]
    adj = str(sum(D(p[1]) for p in parts))
    exe = str(sum(D(p[2]) for p in parts))
    rt, es, tot = scored(exe, adj, F03)
    stated = tot + 2
    unit = "绵竹市剑南街道办事处"
    lines = "\n".join(f"指标名称：{r[2]}（{r[0]}／{r[1]}）  年度目标：{shown(r[4])}  实际完成：{shown(r[5])}  分值：{r[3]}  得分：{r[6]}"
                      for r in F03)
    text = f"""{unit}2024年度部门整体支出绩效自评报告

一、部门概况
我街道办事处内设党政办公室、社区发展办公室、平安建设办公室、社会事务办公室4个办公室，辖9个社区。核定编制38名，年末实有在职人员35人。

二、预算收支及执行情况
2024年年初预算{ini}万元。年中追加老旧小区改造配套资金后，全年预算数为{adj}万元，其中财政拨款{parts[0][1]}万元、其他资金{parts[1][1]}万元。全年执行{exe}万元，其中财政拨款执行{parts[0][2]}万元、其他资金执行{parts[1][2]}万元，预算执行率{rt}%。

三、绩效指标完成情况
预算执行率：年度目标100%，实际完成{rt}%，分值10分，得分{es}分。
{lines}

四、自评结论
经自评，本单位2024年度部门整体支出绩效自评得分{stated}分，自评等级为优。

五、存在的问题
一是预算执行前慢后快，上半年执行率仅为41.3%；二是所属社区服务中心的项目执行率为86.5%，低于街道平均水平；三是2023年度自评得分为89分，民生实事按期完成率已连续两年未达目标。

六、整改措施
2025年计划将上半年执行率提高到55%以上，督促社区服务中心按月报送支出进度，力争2025年度自评得分达到95分以上。
"""
    inds = indicators(rt, es, F03, target={"value": D(100), "unit": "%"})
    u = {"name": unit, "staff_total": 35, "staff_establishment": 38,
         "internal_bodies": ["党政办公室", "社区发展办公室", "平安建设办公室", "社会事务办公室"], "internal_bodies_count": 4}
    f = facts("整体支出", 2024, u, money(ini, adj, exe, rt), inds, stated, stated_grade="优", planted=["TOTAL_MISMATCH"])
    return f, "txt", text


# f04 安徽 township's village-organisation funds (村级组织运转), .docx: the indicators as "一是…，目标…，实际…，分值…，得…分；
# 二是…" in one paragraph per 一级; a 调减 mid-year; each VILLAGE's spending quoted (a sub-unit's figures, not the project's);
# the grade only in the conclusion -------------------------------------------------------------------------------------------
F04: list[Row] = [
    ("产出指标", "数量指标", "补助村（社区）数量", 15, "8个", "8个", "15", ""),
    ("产出指标", "数量指标", "保障村干部人数", 15, "42人", "42人", "15", ""),
    ("产出指标", "质量指标", "补助资金发放准确率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "补助资金按季发放率", 10, "100%", "100%", "10", ""),
    ("效益指标", "社会效益指标", "村级组织正常运转率", 20, "100%", "100%", "20", ""),
    ("满意度指标", "服务对象满意度指标", "村干部满意度", 20, "95%", "96.5%", "20", ""),
]

_ORDINALS = "一二三四五六七八九十"


def f04() -> Made:
    ini, adj, exe = "186.40", "175.20", "175.20"
    rt, es, tot = scored(exe, adj, F04)
    dept, impl, proj = "祁门县财政局", "祁门县枫林乡人民政府", "村级组织运转经费项目"
    d = doc()
    d.add_heading(f"{impl}{proj}2024年度绩效自评报告", level=1)
    d.add_paragraph("一、项目概况")
    d.add_paragraph(f"本项目主管部门为{dept}，实施单位为{impl}，资金用于全乡8个村（社区）村干部基本报酬、村级办公经费和服务群众经费。"
                    f"2024年项目年初预算{ini}万元，年中因村干部职数调整调减11.20万元，全年预算{adj}万元，全年实际支出{exe}万元，预算执行率{rt}%。"
                    "分村看，枫林村支出26.80万元、石门村支出22.35万元、溪口社区支出24.10万元，其余各村支出在18万元至21万元之间。")
    d.add_paragraph("二、绩效指标完成情况")
    d.add_paragraph(f"（一）预算执行。预算执行率{rt}%，分值10分，得{es}分。")
    for n1, level1 in enumerate(("产出指标", "效益指标", "满意度指标"), 1):
        items = [r for r in F04 if r[0] == level1]
        said = "；".join(f"{_ORDINALS[j]}是{r[2]}，目标{shown(r[4])}，实际{shown(r[5])}，分值{r[3]}分，得{r[6]}分" for j, r in enumerate(items))
        d.add_paragraph(f"（{_ORDINALS[n1]}）{level1}。{said}。")
    d.add_paragraph("三、自评结论")
    d.add_paragraph(f"综上，本项目2024年度自评得分{tot}分。根据评分标准，评价等级为优。")
    d.add_paragraph("四、下一步工作")
    d.add_paragraph("2025年全乡计划安排村级组织运转经费192.00万元，将进一步规范村级财务报账。")
    inds = _no_comparators(indicators(rt, es, F04), level1=True)
    f = facts("项目支出", 2024, project_unit(dept), money(ini, adj, exe, rt), inds, tot,
              project=project_of(proj, impl), stated_grade="优")
    return f, "docx", docx_bytes(d)


# f05 河南 county agriculture bureau, .txt: TWO SOURCES (中央资金 / 县级配套) each with its own budget and execution, the
# project's total given after; each indicator "（1）名称：计划完成X，实际完成Y，完成年度目标的Z%（分值A分，得B分）。";
# planted EXECUTION_RATE_MISMATCH (the stated rate two points below 执行数 ÷ 全年预算) -----------------------------------------
F05: list[Row] = [
    ("产出指标", "数量指标", "高标准农田建设面积", 15, "2.5万亩", "2.58万亩", "15", ""),
    ("产出指标", "数量指标", "新建机耕路长度", 10, "36公里", "37.2公里", "10", ""),
    ("产出指标", "质量指标", "工程质量验收合格率", 15, "100%", "100%", "15", ""),
    ("产出指标", "成本指标", "亩均建设成本", 10, "1500元", "1482元", "10", ""),
    ("效益指标", "经济效益指标", "项目区粮食亩均增产", 20, "50公斤", "46公斤", "18", ""),
    ("满意度指标", "服务对象满意度指标", "项目区农户满意度", 20, "90%", "92.5%", "20", ""),
]


def f05() -> Made:
    sources = [("中央资金", "3200.00", "3146.80"), ("县级配套资金", "550.00", "512.40")]
    adj = str(sum(D(s[1]) for s in sources))
    exe = str(sum(D(s[2]) for s in sources))
    rt = r2(D(exe) / D(adj) * 100)
    stated_rt = rt - 2
    es = r2(10 * stated_rt / 100)
    tot = es + sum(D(r[6]) for r in F05)
    dept, impl, proj = "淮阳区农业农村局", "淮阳区农田建设服务中心", "2024年高标准农田建设项目"
    items = "\n".join(f"（{j}）{r[2]}：计划完成{shown(r[4])}，实际完成{shown(r[5])}，完成年度目标的{_pct(r)}（分值{r[3]}分，得{r[6]}分）。"
                      for j, r in enumerate(F05, 2))
    text = f"""{proj}绩效自评报告

一、项目基本情况
项目主管部门：{dept}
项目实施单位：{impl}
本项目资金分两部分：{sources[0][0]}年初下达{sources[0][1]}万元，全年支出{sources[0][2]}万元；{sources[1][0]}年初安排{sources[1][1]}万元，全年支出{sources[1][2]}万元。项目全年预算合计{adj}万元，全年执行{exe}万元，预算执行率{stated_rt}%。

二、绩效目标完成情况
（1）预算执行率：实际{stated_rt}%（分值10分，得{es}分）。
{items}
项目区粮食亩均增产未达目标，主要是夏季持续干旱影响玉米灌浆。

三、自评结论
本项目自评得分{tot}分，自评等级为优。

四、存在问题
县级配套资金到位较晚，执行率仅为93.16%，低于中央资金执行率。
"""
    inds = _no_comparators(indicators(stated_rt, es, F05))
    f = facts("项目支出", 2024, project_unit(dept), money(adj, adj, exe, stated_rt), inds, tot,
              # (the title alone names the project: its leading year is the year evaluated, as the corpora and the
              # real pages read a title with no 项目名称 label; corrected at stop 34's second round)
              project=project_of(proj.removeprefix("2024年"), impl), stated_grade="优",
              planted=["EXECUTION_RATE_MISMATCH"])
    f["budget"].pop("initial")
    return f, "txt", text


# f06 浙江 county archives (整体), .docx: the income and expenditure told in an essay paragraph with their items; the budget
# with 年中追加 and 调减 in the same paragraph; the indicator form a Word table after the prose; the grade in the conclusion --
F06: list[Row] = [
    ("产出指标", "数量指标", "档案数字化页数", 15, "≥120万页", "126.4万页", "15", ""),
    ("产出指标", "数量指标", "档案查阅利用人次", 10, "≥3000人次", "3218人次", "10", ""),
    ("产出指标", "质量指标", "数字化成果质检合格率", 15, "≥98%", "99.1%", "15", ""),
    ("产出指标", "时效指标", "查档申请按时答复率", 10, "100%", "100%", "10", ""),
    ("效益指标", "社会效益指标", "档案开放鉴定完成率", 20, "≥90%", "86%", "18", "部分档案涉及多个形成单位，鉴定协调时间较长"),
    ("满意度指标", "服务对象满意度指标", "查档群众满意度", 20, "≥90%", "96%", "20", ""),
]


def f06() -> Made:
    ini, adj, exe = "580.00", "620.30", "605.36"
    rt, es, tot = scored(exe, adj, F06)
    unit = "景宁畲族自治县档案馆"
    d = doc()
    d.add_heading(f"{unit}2024年度部门整体支出绩效自评报告", level=1)
    d.add_paragraph("一、基本情况")
    d.add_paragraph(f"{unit}为县委直属公益一类事业单位，核定事业编制16名，年末实有在编人员15人。"
                    f"2024年年初预算{ini}万元，年中追加档案数字化专项经费48.30万元，调减公用经费8.00万元，调整后预算{adj}万元。"
                    "2024年度收入合计612.48万元，其中财政拨款收入598.20万元、其他收入14.28万元；"
                    f"支出合计{exe}万元，其中基本支出421.50万元、项目支出183.86万元，预算执行率{rt}%。")
    d.add_paragraph("二、绩效指标完成情况")
    d.add_paragraph("全年完成档案数字化126.4万页，接待查档3218人次，各项指标完成情况见下表。")
    table(d, [FORM_HEAD, *form_rows(F06, rt, es), ["总分", "", "", "", "", "100", str(tot), ""]], vmerge_cols=(0,))
    d.add_paragraph("三、自评结论")
    d.add_paragraph(f"经自评，本单位2024年度部门整体支出绩效自评得分{tot}分，自评等级为优。")
    inds = indicators(rt, es, F06, level1="产出指标", level2="预算执行")
    b = money(ini, adj, exe, rt)
    b.update({"income_total": D("612.48"),
              "income_items": [{"name": "财政拨款收入", "amount": D("598.20")}, {"name": "其他收入", "amount": D("14.28")}],
              "expenditure_total": D(exe),
              "expenditure_items": [{"name": "基本支出", "amount": D("421.50")}, {"name": "项目支出", "amount": D("183.86")}]})
    u = {"name": unit, "staff_total": 15, "staff_establishment": 16}
    f = facts("整体支出", 2024, u, b, inds, tot, full_mark=100, stated_grade="优")
    return f, "docx", docx_bytes(d)


# f07 贵州 county vocational school's student-aid project, .txt: each indicator told ACTUAL FIRST with the target in brackets
# ("中职国家助学金资助人次实际达到1386人次（年度目标1350人次），分值15分，得15分"); LAST YEAR's figures quoted beside this year's;
# the scores per 一级 in the conclusion, the grade only there ------------------------------------------------------------------
F07: list[Row] = [
    ("产出指标", "数量指标", "中职国家助学金资助人次", 15, "1350人次", "1386人次", "15", ""),
    ("产出指标", "数量指标", "免学费学生人数", 15, "2100人", "2146人", "15", ""),
    ("产出指标", "质量指标", "资助对象认定准确率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "资助资金发放及时率", 10, "100%", "100%", "10", ""),
    ("效益指标", "社会效益指标", "受助学生巩固率", 20, "95%", "96.3%", "20", ""),
    ("满意度指标", "服务对象满意度指标", "受助学生满意度", 20, "90%", "91.8%", "20", ""),
]


def f07() -> Made:
    ini, adj, exe = "486.00", "512.60", "508.14"
    rt, es, tot = scored(exe, adj, F07)
    dept, impl, proj = "普安县教育局", "普安县中等职业学校", "中等职业教育学生资助项目"

    def said(r: Row) -> str:
        return f"{r[2]}实际达到{shown(r[5])}（年度目标{shown(r[4])}），分值{r[3]}分，得{r[6]}分"

    out = "；".join(said(r) for r in F07 if r[0] == "产出指标")
    eff = "；".join(said(r) for r in F07 if r[0] != "产出指标")
    text = f"""{proj}2024年度绩效自评报告

一、项目基本情况
{proj}由{dept}主管，{impl}组织实施。2024年年初预算{ini}万元，秋季学期按实际在校生人数追加26.60万元，全年预算{adj}万元。上年同期资助学生1326人次，支出471.20万元。

二、项目资金使用情况
全年实际支出{exe}万元，预算执行率{rt}%，预算执行指标分值10分，得{es}分。

三、绩效目标完成情况
（一）产出。{out}。
（二）效益和满意度。{eff}。与上年相比，受助学生巩固率提高1.1个百分点（上年为95.2%）。

四、自评结论
本项目预算执行得{es}分，产出指标得{_block(F07, "产出指标")}分，效益指标得{_block(F07, "效益指标")}分，满意度指标得{_block(F07, "满意度指标")}分，合计{tot}分，评价等级为优。
"""
    inds = _no_comparators(indicators(rt, es, F07))
    f = facts("项目支出", 2024, project_unit(dept), money(ini, adj, exe, rt), inds, tot,
              project=project_of(proj, impl), stated_grade="优")
    return f, "txt", text


# f08 云南 county forestry bureau's fire-prevention project, .txt: each indicator led by its name and points ("森林火灾受害率
# （分值15分）：") with the verdict "得满分15分" or "扣1分，得9分"; the budget as 当年财政拨款 and 上年结转资金 each with its own
# execution; the 整改 section quoting NEXT YEAR's plan ------------------------------------------------------------------------
F08: list[Row] = [
    ("产出指标", "数量指标", "新建防火通道长度", 15, "≥40公里", "42.5公里", "15", ""),
    ("产出指标", "数量指标", "专业扑火队员培训人次", 10, "≥300人次", "326人次", "10", ""),
    ("产出指标", "质量指标", "防火物资验收合格率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "火情处置到场及时率", 10, "≥95%", "92%", "9", ""),
    ("效益指标", "生态效益指标", "森林火灾受害率", 15, "≤0.9‰", "0.21‰", "15", ""),
    ("效益指标", "社会效益指标", "森林火灾24小时扑灭率", 10, "≥95%", "100%", "10", ""),
    ("满意度指标", "服务对象满意度指标", "林区群众满意度", 20, "≥90%", "93.4%", "20", ""),
]


def f08() -> Made:
    parts = [("当年财政拨款", "380.00", "372.45"), ("上年结转资金", "32.50", "32.50")]
    adj = str(sum(D(p[1]) for p in parts))
    exe = str(sum(D(p[2]) for p in parts))
    rt, es, tot = scored(exe, adj, F08)
    dept, impl, proj = "双江拉祜族佤族布朗族傣族自治县林业和草原局", "双江县森林草原防灭火指挥部办公室", "森林草原防灭火项目"

    def verdict(r: Row) -> str:
        return f"得满分{r[6]}分" if D(r[6]) == r[3] else f"扣{D(r[3]) - D(r[6])}分，得{r[6]}分"

    items = "\n".join(f"{j}.{r[2]}（分值{r[3]}分）：年度目标{shown(r[4])}，实际{shown(r[5])}，{verdict(r)}。" for j, r in enumerate(F08, 2))
    text = f"""{proj}2024年度绩效自评报告

一、项目概况
项目名称：{proj}
主管部门：{dept}
实施单位：{impl}
2024年本项目全年预算资金{adj}万元，其中{parts[0][0]}{parts[0][1]}万元、{parts[1][0]}{parts[1][1]}万元。全年执行{exe}万元，其中{parts[0][0]}执行{parts[0][2]}万元、{parts[1][0]}执行{parts[1][2]}万元，预算执行率{rt}%。

二、绩效指标完成及得分情况
1.预算执行率（分值10分）：实际{rt}%，得{es}分。
{items}
火情处置到场及时率未达目标，系两处火情位于无路山区，扑火队员徒步到场超过规定时间。

三、自评结论
本项目2024年度自评得分{tot}分，自评等级为优。

四、整改措施
2025年计划新建防火通道45公里，培训扑火队员350人次，在偏远林区增设2个前置扑火点。
"""
    f = facts("项目支出", 2024, project_unit(dept), money(adj, adj, exe, rt), _unlevelled(indicators(rt, es, F08)), tot,
              project=project_of(proj, impl), stated_grade="优")
    f["budget"].pop("initial")
    return f, "txt", text


REPORTS: dict[str, Any] = {
    "f01-hn-taojiang-school-whole-txt-numbered-essay-clauses": f01,
    "f02-gd-longchuan-hospital-project-docx-three-sources": f02,
    "f03-sc-mianzhu-street-whole-txt-last-year-sub-unit-planted": f03,
    "f04-ah-qimen-village-funds-project-docx-yishi-ershi": f04,
    "f05-ha-huaiyang-farmland-project-txt-two-sources-planted": f05,
    "f06-zj-jingning-archives-whole-docx-income-essay": f06,
    "f07-gz-puan-school-aid-project-txt-actual-first": f07,
    "f08-yn-shuangjiang-fire-project-txt-full-marks-carry-over": f08,
}
