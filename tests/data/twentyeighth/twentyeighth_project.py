# ruff: noqa: E501
"""Reports c01–c07 of the twenty-eighth set: 项目支出 self-evaluations written in styles none of the 27 earlier sets uses;
each returns (facts, ext, content). Every unit, person, project and figure is invented (real provinces and counties,
invented offices, schools and projects).

Builders and value helpers are the eighteenth, twentieth and twenty-fifth sets' (imported, not copied).
"""

from __future__ import annotations

from typing import Any

from eighteenth_facts import EARNED, D, Made, Row, doc, docx_bytes, facts, grade, indicator_fact, r2, shown, table
from twentieth_facts import indicators, money, scored
from twentyfifth_project import project_of, project_unit


def _value(text: str) -> str:
    return shown(text)


def _block_weights(rows: list[Row], exec_block: str | None = "产出指标") -> dict[str, int]:
    out: dict[str, int] = {}
    if exec_block:
        out[exec_block] = 10
    for r in rows:
        out[r[0]] = out.get(r[0], 0) + r[3]
    return out


def _block_scores(rows: list[Row]) -> dict[str, D]:
    out: dict[str, D] = {}
    for r in rows:
        out[r[0]] = out.get(r[0], D(0)) + D(r[6])
    return out


# c01 云南 county centre, .txt: the budget told across several paragraphs and revised twice (年初批复 → 第一次调整后 →
# 第二次调整后); each 二级 result a "数量指标：…，完成率N%，分值…，得分…" run under its 一级 heading; the total and
# the grade in a closing sentence ---------------------------------------------------------------------------------------------
C01: list[Row] = [
    ("产出指标", "数量指标", "新建高效节水灌溉面积", 15, "≥3000亩", "3120亩", "15", ""),
    ("产出指标", "质量指标", "灌溉设施验收合格率", 15, "100%", "100%", "15", ""),
    ("产出指标", "时效指标", "工程完工及时率", 10, "≥95%", "92%", "9", "两处片区设计变更，延后完工"),
    ("产出指标", "成本指标", "亩均建设成本", 10, "≤1450元", "1384元", "10", ""),
    ("效益指标", "经济效益指标", "项目区亩均节水", 15, "≥60立方米", "64立方米", "15", ""),
    ("效益指标", "可持续影响指标", "设施管护制度建立率", 10, "100%", "100%", "10", ""),
    ("满意度指标", "服务对象满意度指标", "受益农户满意度", 15, "≥90%", "95.2%", "15", ""),
]


def c01() -> Made:
    ini, first, adj, exe = "420.00", "456.50", "444.20", "431.86"
    rt, es, tot = scored(exe, adj, C01)
    dept, impl, proj = "弥渡县农业农村局", "弥渡县农田水利服务中心", "高效节水灌溉示范项目"
    runs: list[str] = []
    for i, block in enumerate(("产出指标", "效益指标", "满意度指标")):
        rows = [r for r in C01 if r[0] == block]
        weight, score = sum(r[3] for r in rows), sum(D(r[6]) for r in rows)
        runs.append(f"（{'一二三'[i]}）{block}（分值{weight}分，得分{score}分）")
        for r in rows:
            done = r2(D(_value(r[5]).rstrip("亩元立方米%")) / D(_value(r[4]).lstrip("≥≤").rstrip("亩元立方米%")) * 100)
            note = f"偏差原因：{r[7]}。" if r[7] else ""
            runs.append(f"{r[1]}：{r[2]}，年度目标值{_value(r[4])}，实际完成{_value(r[5])}，完成率{done}%，分值{r[3]}分，得分{r[6]}分。{note}")
    body = "\n".join(runs)
    text = f"""{proj}2024年度绩效自评报告

一、项目概况
{proj}由{dept}主管，{impl}负责实施，建设内容为在苴力、寅街两个片区新建高效节水灌溉设施。

二、项目资金安排情况
2024年初，县财政批复项目预算{ini}万元。

年中，经县人民政府常务会议研究，追加项目资金36.50万元，第一次调整后项目预算{first}万元。

11月，因苴力片区部分管线设计变更，调减资金12.30万元，第二次调整后全年预算{adj}万元。

三、项目资金使用情况
截至2024年12月31日，项目实际支出{exe}万元，预算执行率{rt}%。预算执行率分值10分，得分{es}分。

四、绩效目标完成情况
{body}

五、自评结论
经综合评价，本项目2024年度绩效自评得分{tot}分，自评等级为“{grade(tot)}”。

六、存在问题及下一步措施
部分片区设计变更导致工期延后。下一步将加强前期勘察，严格按合同工期推进。

{impl}
2025年3月12日
"""
    inds = indicators(rt, es, C01)
    inds[0].pop("level1", None)
    f = facts("项目支出", 2024, project_unit(dept), money(ini, adj, exe, rt), inds, tot,
              project=project_of(proj, impl), stated_block_weights={"产出指标": 50, "效益指标": 25, "满意度指标": 15}, stated_grade=EARNED)
    return f, "txt", text


# c02 广西 county school, .docx: the indicators a numbered list under each 一级 heading, target and result in brackets
# ("（目标值：≥1860人；完成值：1912人；分值15分，得分15分）"); a small closing table of the blocks' points and scores
# (一级指标 | 分值 | 得分, 合计) -----------------------------------------------------------------------------------------
C02: list[Row] = [
    ("产出指标", "", "受益学生人数", 15, "≥1860人", "1912人", "15", ""),
    ("产出指标", "", "营养餐供餐天数", 10, "≥180天", "182天", "10", ""),
    ("产出指标", "", "食品安全抽检合格率", 15, "100%", "100%", "15", ""),
    ("产出指标", "", "每生每天补助标准", 10, "=5元", "5元", "10", ""),
    ("效益指标", "", "学生营养不良检出率", 15, "≤3%", "2.6%", "15", ""),
    ("效益指标", "", "学生在校就餐率", 15, "≥98%", "97.1%", "14", "部分走读学生回家就餐"),
    ("满意度指标", "", "学生及家长满意度", 10, "≥90%", "96.3%", "10", ""),
]


def c02() -> Made:
    ini, adj, exe = "222.50", "222.50", "218.36"
    rt, es, tot = scored(exe, adj, C02)
    dept, impl, proj = "融安县教育局", "融安县大将镇中心小学", "农村义务教育学生营养改善计划"
    d = doc()
    d.add_heading(f"{impl}{proj}2024年度绩效自评报告", level=1)
    d.add_paragraph("一、项目基本情况")
    d.add_paragraph(f"{proj}的主管部门为{dept}，实施单位为{impl}。2024年项目年初预算{ini}万元，全年预算{adj}万元，"
                    f"全年执行{exe}万元，执行率{rt}%。")
    d.add_paragraph("二、绩效指标完成情况")
    d.add_paragraph(f"（一）预算执行率（分值10分，得分{es}分）")
    n = 0
    for i, block in enumerate(("产出指标", "效益指标", "满意度指标")):
        d.add_paragraph(f"（{'二三四'[i]}）{block}")
        for r in (r for r in C02 if r[0] == block):
            n += 1
            note = f"偏差原因：{r[7]}。" if r[7] else ""
            d.add_paragraph(f"{n}.{r[2]}（目标值：{_value(r[4])}；完成值：{_value(r[5])}；分值{r[3]}分，得分{r[6]}分）。{note}")
    d.add_paragraph("三、自评得分情况")
    scores = _block_scores(C02)
    table(d, [["一级指标", "分值", "得分"], ["预算执行率", "10", str(es)],
              *[[b, str(w), str(scores[b])] for b, w in _block_weights(C02, None).items()],
              ["合计", "100", str(tot)]])
    d.add_paragraph(f"综上，本项目自评得分{tot}分，评价等级为{grade(tot)}。")
    inds = [{"name": "预算执行率", "weight": 10, "actual": {"value": rt, "unit": "%"}, "stated_score": es}]
    inds += [indicator_fact(r) for r in C02]
    f = facts("项目支出", 2024, project_unit(dept), money(ini, adj, exe, rt), inds, tot,
              project=project_of(proj, impl), full_mark=100, stated_block_weights=_block_weights(C02, None), stated_grade=EARNED)
    return f, "docx", docx_bytes(d)


# c03 甘肃 county water project, .txt: the budget in 亿元 with four decimals; the 问题 section quotes 2022 and 2023 figures
# (their execution rates and budgets); the form a tab-separated table whose 一级 cell is left blank under its first row ---
C03: list[Row] = [
    ("产出指标", "数量指标", "改造供水管网长度", 20, "≥38公里", "39.6公里", "20", ""),
    ("产出指标", "质量指标", "管网水压合格率", 10, "≥95%", "96.8%", "10", ""),
    ("产出指标", "时效指标", "改造工程完工时间", 10, "T:2024年11月30日前", "T:2024年11月26日", "10", ""),
    ("效益指标", "社会效益指标", "受益人口", 20, "≥6.5万人", "6.72万人", "20", ""),
    ("效益指标", "生态效益指标", "管网漏损率", 20, "≤12%", "12.8%", "17", "老旧支管尚未全部更换"),
    ("满意度指标", "服务对象满意度指标", "用水户满意度", 10, "≥90%", "92.5%", "10", ""),
]


def c03() -> Made:
    ini, adj, exe = D("1.2600"), D("1.3185"), D("1.2894")
    w = [str(x * 10000) for x in (ini, adj, exe)]
    rt, es, tot = scored(w[2], w[1], C03)
    dept, impl, proj = "临洮县水务局", "临洮县供排水服务中心", "城区供水管网改造项目"
    lines = []
    for i, r in enumerate(C03):
        l1 = r[0] if i == 0 or C03[i - 1][0] != r[0] else ""
        lines.append("\t".join([l1, r[1], r[2], _value(r[4]), _value(r[5]), str(r[3]), r[6], r[7]]))
    form = "\n".join(lines)
    text = f"""临洮县{proj}绩效自评报告（2024年度）

一、基本情况
项目主管部门：{dept}
项目实施单位：{impl}
2024年项目年初预算{ini}亿元，调整后预算{adj}亿元，全年实际支出{exe}亿元，预算执行率{rt}%。

二、绩效自评情况
项目自评得分{tot}分，等级为{grade(tot)}。各指标完成情况见下表。

项目支出绩效自评表
一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施
产出指标\t预算执行\t预算执行率\t\t{rt}%\t10\t{es}\t
{form}
总分\t\t\t\t\t100\t{tot}\t

三、存在的问题
该项目2022年预算0.8620亿元，执行率91.05%；2023年预算0.9650亿元，执行率为88.62%，执行进度偏慢的问题在2024年有所改善。管网漏损率仍高于目标值。

四、下一步改进措施
2025年计划投入0.4500亿元更换老旧支管，力争漏损率降至10%以内。
"""
    inds = indicators(rt, es, C03, level1="产出指标", level2="预算执行")
    f = facts("项目支出", 2024, project_unit(dept), money(w[0], w[1], w[2], rt), inds, tot,
              project=project_of("临洮县" + proj, impl), full_mark=100, stated_grade=EARNED)  # the title is the only place naming it
    return f, "txt", text


# c04 黑龙江 county culture project, .docx: the indicator table has no 一级 column; each 一级 block is a row merged across
# the table ("一、产出指标（50分）") above its rows; columns 二级指标 | 三级指标 | 目标值 | 完成值 | 分值 | 得分 ------------------
C04: list[Row] = [
    ("产出指标", "数量指标", "送戏下乡演出场次", 15, "≥120场", "126场", "15", ""),
    ("产出指标", "数量指标", "农家书屋补充图书册数", 10, "≥8000册", "8350册", "10", ""),
    ("产出指标", "质量指标", "演出节目审核通过率", 15, "100%", "100%", "15", ""),
    ("产出指标", "时效指标", "资金拨付及时率", 10, "≥95%", "100%", "10", ""),
    ("效益指标", "社会效益指标", "群众观看演出人次", 20, "≥3万人次", "2.86万人次", "18.5", "两场露天演出因降雨取消"),
    ("满意度指标", "服务对象满意度指标", "观众满意度", 20, "≥90%", "94%", "20", ""),
]


def c04() -> Made:
    ini, adj, exe = "168.00", "175.60", "171.24"
    rt, es, tot = scored(exe, adj, C04)
    dept, impl, proj = "桦南县文化广电和旅游局", "桦南县文化馆", "公共文化服务体系建设补助资金"
    d = doc()
    d.add_heading("项目支出绩效自评表", level=1)
    d.add_paragraph("（2024年度）")
    table(d, [
        ["项目名称", proj, "", "", "", ""],
        ["主管部门", dept, "", "实施单位", impl, ""],
        ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率", "得分"],
        ["年度资金总额", ini, adj, exe, f"{rt}%", str(es)],
    ], merges=[(0, 1, 0, 5), (1, 1, 1, 2), (1, 4, 1, 5)])
    d.add_paragraph("绩效指标完成情况")
    rows = [["二级指标", "三级指标", "目标值", "完成值", "分值", "得分"]]
    merges = []
    for i, block in enumerate(("产出指标", "效益指标", "满意度指标")):
        part = [r for r in C04 if r[0] == block]
        merges.append((len(rows), 0, len(rows), 5))
        rows.append([f"{'一二三'[i]}、{block}（{sum(r[3] for r in part)}分）", "", "", "", "", ""])
        rows += [[r[1], r[2], _value(r[4]), _value(r[5]), str(r[3]), r[6]] for r in part]
    rows.append(["合计", "", "", "", "90", str(tot - es)])
    table(d, rows, merges=merges)
    d.add_paragraph(f"预算执行率得分{es}分（分值10分），项目自评总分{tot}分，自评等级：{grade(tot)}。")
    d.add_paragraph("偏差说明：群众观看演出人次未达目标，原因是两场露天演出因降雨取消。")
    inds = [{"name": "预算执行率", "weight": 10, "actual": {"value": rt, "unit": "%"}, "stated_score": es}]
    for r in C04:
        fact = indicator_fact(r)
        fact.pop("deviation_note", None)
        inds.append(fact)
    f = facts("项目支出", 2024, project_unit(dept), money(ini, adj, exe, rt), inds, tot,
              project=project_of(proj, impl), stated_block_weights={"产出指标": 50, "效益指标": 20, "满意度指标": 20}, stated_grade=EARNED)
    return f, "docx", docx_bytes(d)


# c05 湖北 county training project, .txt: the targets and results told as one paragraph of "数量指标：…；质量指标：…" runs
# with no points; the points and scores in a closing 评分表 (序号 | 指标 | 分值 | 得分) -------------------------------------
C05: list[Row] = [
    ("产出指标", "数量指标", "高素质农民培训人次", 20, "≥1200人次", "1260人次", "20", ""),
    ("产出指标", "质量指标", "培训考核合格率", 15, "≥95%", "97.4%", "15", ""),
    ("产出指标", "时效指标", "培训计划完成率", 15, "100%", "100%", "15", ""),
    ("效益指标", "经济效益指标", "学员户均增收", 20, "≥2000元", "2150元", "20", ""),
    ("效益指标", "社会效益指标", "带动新型经营主体数", 10, "≥40个", "37个", "8.5", ""),
    ("满意度指标", "服务对象满意度指标", "学员满意度", 10, "≥90%", "96%", "10", ""),
]


def c05() -> Made:
    ini, adj, exe = "96.00", "104.00", "101.92"
    rt, es, tot = scored(exe, adj, C05)
    dept, impl, proj = "竹溪县农业农村局", "竹溪县农业广播电视学校", "高素质农民培育项目"
    runs = "；".join(f"{r[1]}：{r[2]}目标{_value(r[4])}，实际{_value(r[5])}" for r in C05)
    score_rows = "\n".join(f"| {i} | {r[2]} | {r[3]} | {r[6]} |" for i, r in enumerate(C05, 2))
    text = f"""{proj}2024年度绩效自评报告

一、项目概况
本项目主管部门为{dept}，实施单位为{impl}。年初预算{ini}万元，年中追加8.00万元，调整后预算{adj}万元，全年支出{exe}万元，预算执行率{rt}%。

二、绩效目标实现情况
{runs}。带动新型经营主体数未达目标，主要是部分合作社合并。

三、评分情况
| 序号 | 指标 | 分值 | 得分 |
| 1 | 预算执行率 | 10 | {es} |
{score_rows}
| 合计 |  | 100 | {tot} |

四、自评结论
项目总体完成年度目标，自评得分{tot}分，等级{grade(tot)}。
"""
    inds = [{"name": "预算执行率", "weight": 10, "actual": {"value": rt, "unit": "%"}, "stated_score": es}]
    for r in C05:
        fact = indicator_fact(r)
        fact.pop("level1")
        inds.append(fact)
    f = facts("项目支出", 2024, project_unit(dept), money(ini, adj, exe, rt), inds, tot,
              project=project_of(proj, impl), full_mark=100, stated_grade=EARNED)
    return f, "txt", text


# c06 安徽 town project, .txt, planted TOTAL_MISMATCH: the form's cells separated by runs of full-width spaces (a Word table
# pasted into a plain-text editor), the stated total 1.5 above the scores' sum -----------------------------------------------
C06: list[Row] = [
    ("产出指标", "数量指标", "改造农村户厕数量", 20, "≥450户", "462户", "20", ""),
    ("产出指标", "质量指标", "改厕验收合格率", 15, "≥98%", "98.7%", "15", ""),
    ("产出指标", "成本指标", "户均改厕补助", 10, "≤1800元", "1800元", "10", ""),
    ("效益指标", "生态效益指标", "粪污无害化处理率", 20, "≥90%", "86%", "17", "部分偏远农户清运不及时"),
    ("效益指标", "可持续影响指标", "长效管护机制覆盖村数", 10, "≥12个", "12个", "10", ""),
    ("满意度指标", "服务对象满意度指标", "改厕农户满意度", 15, "≥90%", "93.4%", "15", ""),
]


def c06() -> Made:
    ini, adj, exe = "84.60", "84.60", "81.54"
    rt, es, tot = scored(exe, adj, C06)
    stated = tot + D("1.5")
    dept, impl, proj = "颍上县农业农村局", "颍上县谢桥镇人民政府", "农村人居环境整治改厕项目"
    sep = "　　"
    lines = [sep.join(["产出指标", "预算执行", "预算执行率", "", f"{rt}%", "10", str(es)]).replace(sep + sep, sep + "—" + sep)]
    for r in C06:
        lines.append(sep.join([r[0], r[1], r[2], _value(r[4]), _value(r[5]), str(r[3]), r[6]] + ([r[7]] if r[7] else [])))
    form = "\n".join(lines)
    text = f"""项目支出绩效自评表
（2024年度）
项目名称{sep}{proj}
主管部门{sep}{dept}{sep}实施单位{sep}{impl}
项目资金（万元）{sep}年初预算数{sep}全年预算数{sep}全年执行数{sep}分值{sep}执行率{sep}得分
年度资金总额{sep}{ini}{sep}{adj}{sep}{exe}{sep}10{sep}{rt}%{sep}{es}
一级指标{sep}二级指标{sep}三级指标{sep}年度指标值{sep}实际完成值{sep}分值{sep}得分{sep}偏差原因分析及改进措施
{form}
总分{sep}100{sep}{stated}
自评等级{sep}{grade(stated)}
"""
    inds = indicators(rt, es, C06, level1="产出指标", level2="预算执行")
    f = facts("项目支出", 2024, project_unit(dept), money(ini, adj, exe, rt), inds, stated,
              project=project_of(proj, impl), full_mark=100, planted=["TOTAL_MISMATCH"], stated_grade=EARNED)
    return f, "txt", text


# c07 四川 county health project, .docx, planted GRADE_MISMATCH: the grade in words ("评价等级为优秀") beside a total of
# 86.4; the budget in a 收支 paragraph of 元 with separators; indicators a plain Word form ---------------------------------
C07: list[Row] = [
    ("产出指标", "数量指标", "家庭医生签约服务人数", 20, "≥42000人", "40860人", "17", "外出务工人员签约难"),
    ("产出指标", "质量指标", "重点人群签约率", 15, "≥75%", "71.2%", "10", "部分失能老人随子女外迁"),
    ("产出指标", "时效指标", "签约服务补助发放及时率", 15, "100%", "100%", "15", ""),
    ("效益指标", "社会效益指标", "签约居民续约率", 20, "≥80%", "76.5%", "17", "首次签约服务感受不明显"),
    ("满意度指标", "服务对象满意度指标", "签约居民满意度", 20, "≥90%", "91.8%", "20", ""),
]


def c07() -> Made:
    ini_y, adj_y, exe_y = "3,280,000.00", "3,280,000.00", "3,082,700.00"
    ini, adj, exe = (str(D(v.replace(",", "")) / 10000) for v in (ini_y, adj_y, exe_y))
    rt, es, tot = scored(exe, adj, C07)
    dept, impl, proj = "苍溪县卫生健康局", "苍溪县疾病预防控制中心", "家庭医生签约服务补助项目"
    d = doc()
    d.add_heading(f"{proj}绩效自评报告", level=1)
    d.add_paragraph(f"一、项目资金情况。{proj}（主管部门：{dept}；实施单位：{impl}）2024年年初预算{ini_y}元，"
                    f"全年预算{adj_y}元，全年执行{exe_y}元，执行率{rt}%。")
    d.add_paragraph("二、绩效指标完成情况（见下表）")
    table(d, [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
              ["产出指标", "预算执行", "预算执行率", "", f"{rt}%", "10", str(es), ""],
              *[[r[0], r[1], r[2], _value(r[4]), _value(r[5]), str(r[3]), r[6], r[7]] for r in C07],
              ["总分", "", "", "", "", "100", str(tot), ""]], vmerge_cols=(0,))
    d.add_paragraph(f"三、自评结论。经自评，本项目得分{tot}分，评价等级为优秀。")
    inds = indicators(rt, es, C07, level1="产出指标", level2="预算执行")
    f = facts("项目支出", 2024, project_unit(dept), money(ini, adj, exe, rt), inds, tot,
              project=project_of(proj, impl), full_mark=100, stated_grade="优", planted=["GRADE_MISMATCH"])
    return f, "docx", docx_bytes(d)


PROJECT: dict[str, Any] = {
    "c01-yn-midu-irrigation-project-txt-budget-revised-twice-runs": c01,
    "c02-gx-rongan-meals-project-docx-bracket-list-block-table": c02,
    "c03-gs-lintao-water-project-txt-yi-yuan-other-years-tabs": c03,
    "c04-hl-huanan-culture-project-docx-block-header-rows": c04,
    "c05-hb-zhuxi-training-project-txt-runs-closing-score-table": c05,
    "c06-ah-yingshang-toilets-project-txt-fullwidth-spaces-planted": c06,
    "c07-sc-cangxi-doctors-project-docx-grade-words-planted": c07,
}
