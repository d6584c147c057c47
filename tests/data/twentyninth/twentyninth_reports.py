# ruff: noqa: E501
"""Reports d01–d08 of the twenty-ninth set, each returning (facts, ext, content). Every unit, person, project and
figure is invented (real provinces and counties, invented offices, schools, hospitals and projects).

Builders and value helpers are the eighteenth, twentieth and twenty-fifth sets' (imported, not copied).
"""

from __future__ import annotations

import re
from typing import Any

from eighteenth_facts import D, Made, Row, doc, docx_bytes, facts, indicator_fact, shown, table
from twentieth_facts import indicators, money, scored
from twentyfifth_project import project_of, project_unit

FORM_HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]


def pipe_row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def form_rows(rows: list[Row], rt: D, es: D) -> list[list[str]]:
    return [["产出指标", "预算执行", "预算执行率", "", f"{rt}%", "10", str(es), ""],
            *[[r[0], r[1], r[2], shown(r[4]), shown(r[5]), str(r[3]), r[6], r[7]] for r in rows]]


def _wan(yuan_text: str) -> str:
    """An amount written in 元 with separators, as 万元 (exact)."""
    return str(D(yuan_text.replace(",", "")) / 10000)


def _done(r: Row) -> str:
    """完成率 of a row: actual ÷ target, as written to two decimals (a ≤ target's rate is target ÷ actual)."""
    t, a = (D(re.match(r"[≥≤=]?([0-9.]+)", shown(v)).group(1)) for v in (r[4], r[5]))  # type: ignore[union-attr]
    x = t / a if r[4].startswith("≤") else a / t
    return f"{min(x * 100, D(100)).quantize(D('0.01'))}%"


# d01 湖北 county market-supervision bureau, .txt: the report written as a LETTER to the county finance bureau (关于…的报告,
# "县财政局：" salutation, signature and date, 抄送 line); amounts in 元 with separators and decimals in prose; the form
# a pipe table; the grade in words (良好) -------------------------------------------------------------------------------
D01: list[Row] = [
    ("产出指标", "数量指标", "食品安全监督抽检批次", 15, "≥1800批次", "1862批次", "15", ""),
    ("产出指标", "数量指标", "特种设备检查台次", 10, "≥650台次", "588台次", "6", "两家企业停产，设备未投入使用"),
    ("产出指标", "质量指标", "抽检不合格产品核查处置率", 15, "100%", "100%", "15", ""),
    ("产出指标", "时效指标", "投诉举报按时办结率", 10, "≥95%", "91.4%", "8", "节假日集中投诉，部分超期办结"),
    ("效益指标", "社会效益指标", "食品安全事故发生次数", 15, "=0次", "0次", "15", ""),
    ("效益指标", "可持续影响指标", "市场主体年报公示率", 10, "≥90%", "86.5%", "7", "个体工商户年报意识不强"),
    ("满意度指标", "服务对象满意度指标", "市场主体满意度", 15, "≥90%", "88%", "11", "登记窗口等候时间偏长"),
]


def d01() -> Made:
    ini_y, adj_y, exe_y = "12,864,530.00", "13,502,118.46", "13,046,227.85"
    ini, adj, exe = _wan(ini_y), _wan(adj_y), _wan(exe_y)
    rt, es, tot = scored(exe, adj, D01)
    unit = "通山县市场监督管理局"
    form = "\n".join(pipe_row(r) for r in [FORM_HEAD, *form_rows(D01, rt, es), ["总分", "", "", "", "", "100", str(tot), "良好"]])
    text = f"""通市监文〔2025〕9号

关于2024年度部门整体支出绩效自评情况的报告

县财政局：
根据县财政局关于开展2024年度预算绩效自评工作的通知要求，{unit}（以下简称“我局”）对2024年度部门整体支出开展了绩效自评，现将有关情况报告如下：

一、部门基本情况
我局内设办公室、登记注册股、食品安全监管股、特种设备安全监察股、执法稽查大队5个股室，下设8个市场监督管理所。核定行政编制96名，年末实有在职人员91人。

二、预算安排及执行情况
2024年我局年初预算数为{ini_y}元；年中追加食品抽检及特种设备检验经费，调整后全年预算数为{adj_y}元。全年实际支出{exe_y}元，预算执行率{rt}%。

三、绩效指标完成情况
{form}

四、自评结论
经自评，我局2024年度部门整体支出绩效自评得分{tot}分，自评等级为良好。

五、存在的问题及改进措施
特种设备检查、投诉办结及年报公示未达目标。下一步将优化窗口服务，加强年报催报。

特此报告。

{unit}
2025年4月10日

抄送：县审计局。
"""
    inds = indicators(rt, es, D01, level1="产出指标", level2="预算执行")
    u = {"name": unit, "staff_total": 91, "staff_establishment": 96,
         "internal_bodies": ["办公室", "登记注册股", "食品安全监管股", "特种设备安全监察股", "执法稽查大队"], "internal_bodies_count": 5,
         "subordinate_bodies_count": 8}
    f = facts("整体支出", 2024, u, money(ini, adj, exe, rt), inds, tot, full_mark=100, stated_grade="良")
    return f, "txt", text


# d02 四川 county TCM hospital, .docx: ONE WORD TABLE PER 二级指标 (a heading paragraph per 一级 and per 二级, then its
# table 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因); 床位 figures beside the staff; 预算执行率's points
# and score in a sentence; the total and 优秀 in a closing sentence ---------------------------------------------------------
D02: list[Row] = [
    ("产出指标", "数量指标", "门急诊人次", 10, "≥185000人次", "192460人次", "10", ""),
    ("产出指标", "数量指标", "出院人次", 10, "≥9800人次", "10126人次", "10", ""),
    ("产出指标", "质量指标", "病床使用率", 10, "≥85%", "88.6%", "10", ""),
    ("产出指标", "质量指标", "中药饮片处方占比", 10, "≥35%", "33.2%", "9", "部分病种以西药治疗为主"),
    ("产出指标", "时效指标", "检查报告按时出具率", 10, "≥98%", "98.7%", "10", ""),
    ("效益指标", "社会效益指标", "县域内住院率", 15, "≥88%", "89.4%", "15", ""),
    ("效益指标", "可持续影响指标", "中医重点专科建设数", 10, "≥3个", "3个", "10", ""),
    ("满意度指标", "服务对象满意度指标", "门诊患者满意度", 15, "≥92%", "94.1%", "15", ""),
]


def d02() -> Made:
    ini, adj, exe = "16842.00", "17365.80", "16988.35"
    rt, es, tot = scored(exe, adj, D02)
    unit = "苍溪县中医医院"
    d = doc()
    d.add_heading(f"{unit}2024年度部门整体支出绩效自评报告", level=1)
    d.add_paragraph("一、单位基本情况")
    d.add_paragraph(f"{unit}是县卫生健康局所属二级甲等中医医院，编制床位420张，实际开放床位486张；核定编制人数365人，"
                    f"年末实有在职职工402人。")
    d.add_paragraph("二、预算执行情况")
    d.add_paragraph(f"2024年医院年初预算{ini}万元，调整后全年预算{adj}万元，全年实际支出{exe}万元，预算执行率{rt}%。"
                    f"预算执行率指标分值10分，得分{es}分。")
    d.add_paragraph("三、绩效指标完成情况")
    for n1, block in enumerate(("产出指标", "效益指标", "满意度指标")):
        d.add_paragraph(f"（{'一二三'[n1]}）{block}")
        level2s = list(dict.fromkeys(r[1] for r in D02 if r[0] == block))
        for j, l2 in enumerate(level2s, 1):
            d.add_paragraph(f"{j}.{l2}")
            table(d, [["三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"],
                      *[[r[2], shown(r[4]), shown(r[5]), str(r[3]), r[6], r[7]] for r in D02 if r[0] == block and r[1] == l2]])
    d.add_paragraph("四、自评结论")
    d.add_paragraph(f"经综合评价，医院2024年度整体支出绩效自评得分{tot}分，评价等级为优秀。")
    inds = [{"name": "预算执行率", "weight": 10, "actual": {"value": rt, "unit": "%"}, "stated_score": es}]
    inds += [indicator_fact(r) for r in D02]
    u = {"name": unit, "staff_total": 402, "staff_establishment": 365}
    f = facts("整体支出", 2024, u, money(ini, adj, exe, rt), inds, tot, stated_grade="优")
    return f, "docx", docx_bytes(d)


# d03 浙江 county big-data centre, .txt: a 政府采购 project whose report tells the 招标 (控制价, 中标金额, 合同金额) and the
# 验收 (date, 付款) with amounts that are not the budget; the budget in its own sentence; the form a pipe table with the
# grade in the 总分 row and 优秀 in the conclusion -----------------------------------------------------------------------
D03: list[Row] = [
    ("产出指标", "数量指标", "新增政务云计算资源", 15, "≥1200核", "1280核", "15", ""),
    ("产出指标", "数量指标", "接入部门业务系统数", 10, "≥36个", "38个", "10", ""),
    ("产出指标", "质量指标", "项目验收一次性通过率", 15, "100%", "100%", "15", ""),
    ("产出指标", "成本指标", "采购成本节约率", 10, "≥3%", "6.9%", "10", ""),
    ("效益指标", "社会效益指标", "政务服务事项网办率", 20, "≥90%", "92.6%", "20", ""),
    ("满意度指标", "服务对象满意度指标", "使用部门满意度", 20, "≥90%", "93%", "20", ""),
]


def d03() -> Made:
    ini, adj, exe = "500.00", "480.00", "452.38"
    rt, es, tot = scored(exe, adj, D03)
    dept, impl, proj = "安吉县数据局", "安吉县大数据发展中心", "政务云平台扩容采购项目"
    form = "\n".join(pipe_row(r) for r in [FORM_HEAD, *form_rows(D03, rt, es), ["总分", "", "", "", "", "100", str(tot), "优秀"]])
    text = f"""{proj}2024年度绩效自评报告

一、项目概况
项目名称：{proj}
主管部门：{dept}
实施单位：{impl}
项目年初预算{ini}万元，年中调减20.00万元后全年预算{adj}万元，全年执行{exe}万元，预算执行率{rt}%。

二、项目实施情况
（一）招标采购。项目于2024年3月18日在县公共资源交易中心公开招标，招标控制价486.00万元，共有5家供应商投标，经评标委员会评审，中标金额452.38万元，较控制价节约33.62万元，节约率6.92%。2024年4月2日签订合同，合同金额452.38万元，工期150天。
（二）项目验收。项目于2024年9月6日完成初验，2024年10月28日通过终验，验收结论为合格。合同约定首付款30%即135.71万元、验收后支付至95%，质保金5%即22.62万元于质保期满后支付，2024年已支付至95%。

三、绩效目标完成情况
{form}

四、自评结论
本项目2024年度绩效自评得分{tot}分，评价等级为优秀。

五、存在问题及改进措施
质保期内运维响应机制尚需完善。
"""
    inds = indicators(rt, es, D03, level1="产出指标", level2="预算执行")
    f = facts("项目支出", 2024, project_unit(dept), money(ini, adj, exe, rt), inds, tot,
              project=project_of(proj, impl), full_mark=100, stated_grade="优")
    return f, "txt", text


# d04 江西 county agriculture bureau, .txt: the indicator table gives NO 实际完成值, only a 完成率 column (年度指标值 |
# 完成率 | 分值 | 得分), tab-separated; the budget in the standard money block, tab-separated; the grade 优秀 ------------------
D04: list[Row] = [
    ("产出指标", "数量指标", "高标准农田建设面积", 20, "≥12000亩", "12350亩", "20", ""),
    ("产出指标", "数量指标", "新建机耕道长度", 10, "≥18公里", "17.1公里", "9.5", "一处地块调整规划"),
    ("产出指标", "质量指标", "工程验收合格率", 15, "100%", "100%", "15", ""),
    ("产出指标", "时效指标", "项目按期完工率", 10, "≥95%", "96%", "10", ""),
    ("效益指标", "经济效益指标", "项目区新增粮食产能", 15, "≥600吨", "636吨", "15", ""),
    ("满意度指标", "服务对象满意度指标", "受益农户满意度", 20, "≥90%", "94%", "20", ""),
]


def d04() -> Made:
    ini, adj, exe = "3600.00", "3750.00", "3583.95"
    rt, es, tot = scored(exe, adj, D04)
    dept, impl, proj = "崇仁县农业农村局", "崇仁县农田建设服务中心", "高标准农田建设项目"
    rows = []
    for i, r in enumerate(D04):
        l1 = r[0] if i == 0 or D04[i - 1][0] != r[0] else ""
        rows.append("\t".join([l1, r[1], r[2], shown(r[4]), _done(r), str(r[3]), r[6], r[7]]))
    body = "\n".join(rows)
    text = f"""项目支出绩效自评表
（2024年度）
项目名称\t{proj}
主管部门\t{dept}\t实施单位\t{impl}
项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分
年度资金总额\t{ini}\t{adj}\t{exe}\t10\t{rt}%\t{es}
其中：当年财政拨款\t{ini}\t{adj}\t{exe}\t—\t—\t—
一级指标\t二级指标\t三级指标\t年度指标值\t完成率\t分值\t得分\t偏差原因分析及改进措施
{body}
总分\t\t\t\t\t100\t{tot}\t
自评等级\t优秀

说明：完成率为实际完成值与年度指标值之比，超过100%的按100%计。
"""
    inds: list[dict[str, Any]] = [{"name": "预算执行率", "weight": 10, "actual": {"value": rt, "unit": "%"}, "stated_score": es}]
    for r in D04:
        fact = indicator_fact(r)
        fact.pop("actual")  # the table gives only the rate of completion, not the value reached
        inds.append(fact)
    f = facts("项目支出", 2024, project_unit(dept), money(ini, adj, exe, rt), inds, tot,
              project=project_of(proj, impl), full_mark=100, stated_grade="优")
    return f, "txt", text


# d05 广东 town central primary school, .docx: a 生均公用经费 project; the results told one sentence each with 生均 figures
# and no points; the points and scores ONLY in a closing 自评得分汇总表 (一级 | 二级 | 三级 | 分值 | 得分, 合计); the budget in
# 元 with decimals in a sentence; the grade 良好 ---------------------------------------------------------------------------
D05: list[Row] = [
    ("产出指标", "数量指标", "公用经费保障学生数", 20, "≥1480人", "1512人", "20", ""),
    ("产出指标", "质量指标", "生均公用经费拨付标准", 15, "≥950元", "950元", "15", ""),
    ("产出指标", "时效指标", "资金拨付及时率", 10, "100%", "92%", "7", ""),
    ("效益指标", "社会效益指标", "学生巩固率", 15, "≥99%", "99.3%", "15", ""),
    ("效益指标", "可持续影响指标", "教学设备完好率", 10, "≥95%", "90%", "6", ""),
    ("满意度指标", "服务对象满意度指标", "家长满意度", 20, "≥90%", "86%", "15", ""),
]


def d05() -> Made:
    ini_y, adj_y, exe_y = "1,406,000.00", "1,436,400.00", "1,362,587.26"
    ini, adj, exe = _wan(ini_y), _wan(adj_y), _wan(exe_y)
    rt, es, tot = scored(exe, adj, D05)
    dept, impl, proj = "紫金县教育局", "紫金县龙窝镇中心小学", "义务教育生均公用经费项目"
    d = doc()
    d.add_heading(f"{impl}2024年度{proj}绩效自评报告", level=1)
    d.add_paragraph("一、项目基本情况")
    d.add_paragraph(f"本项目主管部门为{dept}，实施单位为{impl}。学校现有教学班32个，在校学生1512人，"
                    f"生均校舍面积6.8平方米。")
    d.add_paragraph(f"2024年项目年初预算{ini_y}元，秋季学期按实际学生数追加后全年预算{adj_y}元，"
                    f"全年实际支出{exe_y}元，预算执行率{rt}%。")
    d.add_paragraph("二、绩效目标完成情况")
    for r in D05:
        d.add_paragraph(f"{r[1]}：{r[2]}年度目标{shown(r[4])}，实际完成{shown(r[5])}。")
    d.add_paragraph("三、自评得分汇总表")
    table(d, [["一级指标", "二级指标", "三级指标", "分值", "得分"],
              ["产出指标", "预算执行", "预算执行率", "10", str(es)],
              *[[r[0], r[1], r[2], str(r[3]), r[6]] for r in D05],
              ["合计", "", "", "100", str(tot)]], vmerge_cols=(0,))
    d.add_paragraph(f"本项目自评得分{tot}分，自评等级为良好。")
    inds = indicators(rt, es, D05, level1="产出指标", level2="预算执行")
    f = facts("项目支出", 2024, project_unit(dept), money(ini, adj, exe, rt), inds, tot,
              project=project_of(proj, impl), full_mark=100, stated_grade="良")
    return f, "docx", docx_bytes(d)


# d06 河南 county senior high school, .txt: the budget a tab-separated table in 元 with separators and decimals (项目 |
# 年初预算数 | 调整后预算数 | 实际支出数 over 基本支出 / 项目支出 / 合计); 生均 figures in the 概况; the form tab-separated;
# planted TOTAL_MISMATCH (the stated total 2.00 above the scores' sum) -----------------------------------------------------
D06: list[Row] = [
    ("产出指标", "数量指标", "在校学生人数", 15, "≥3200人", "3268人", "15", ""),
    ("产出指标", "质量指标", "高考本科上线率", 15, "≥55%", "57.3%", "15", ""),
    ("产出指标", "质量指标", "教师培训覆盖率", 10, "100%", "100%", "10", ""),
    ("产出指标", "成本指标", "生均公用经费", 10, "≥1100元", "1180元", "10", ""),
    ("效益指标", "社会效益指标", "学生体质健康达标率", 20, "≥92%", "90.5%", "18", "部分学生体育锻炼时间不足"),
    ("满意度指标", "服务对象满意度指标", "学生及家长满意度", 20, "≥90%", "92.4%", "20", ""),
]


def d06() -> Made:
    parts = [("基本支出", "38,640,200.00", "39,215,486.52", "39,102,355.18"),
             ("项目支出", "6,820,000.00", "7,436,800.00", "6,918,440.75")]
    sums = [f"{sum(D(p[i].replace(',', '')) for p in parts):,.2f}" for i in (1, 2, 3)]
    ini, adj, exe = (_wan(s) for s in sums)
    rt, es, tot = scored(exe, adj, D06)
    stated = tot + 2
    unit = "光山县第二高级中学"
    lines = ["项目\t年初预算数\t调整后预算数\t实际支出数", *["\t".join(p) for p in parts], "\t".join(["合计", *sums])]
    form = "\n".join("\t".join(r) for r in [FORM_HEAD, *form_rows(D06, rt, es)])
    money_lines = "\n".join(lines)
    text = f"""{unit}2024年度部门整体支出绩效自评报告

一、单位概况
{unit}为县教育体育局所属全额拨款事业单位，现有教学班58个，在校学生3268人，生均占地面积21.5平方米，生均公用经费1180元。核定编制268名，实有在编教职工255人。

二、预算收支情况
2024年度预算安排及支出情况如下（单位：元）：
{money_lines}
全年预算执行率{rt}%。

三、绩效指标完成情况
{form}
总分\t\t\t\t\t100\t{stated}\t

四、自评结论
学校2024年度整体支出绩效自评得分{stated}分，等级为优秀。
"""
    budget = money(ini, adj, exe, rt)
    budget.update(expenditure_total=D(exe), expenditure_items=[{"name": p[0], "amount": D(_wan(p[3]))} for p in parts])
    inds = indicators(rt, es, D06, level1="产出指标", level2="预算执行")
    u = {"name": unit, "staff_total": 255, "staff_establishment": 268}
    f = facts("整体支出", 2024, u, budget, inds, stated, full_mark=100, stated_grade="优", planted=["TOTAL_MISMATCH"])
    return f, "txt", text


# d07 山东 county housing bureau, .docx: a 基建 project (老旧小区改造) in the standard Word form whose money block is in 元
# with decimals ("项目资金（元）"); the 招标 and 竣工验收 facts in a paragraph with their own amounts; a low total graded 合格 ---
D07: list[Row] = [
    ("产出指标", "数量指标", "改造老旧小区个数", 20, "≥12个", "9个", "12", "3个小区居民意见未统一，延至次年"),
    ("产出指标", "质量指标", "竣工验收合格率", 15, "100%", "100%", "15", ""),
    ("产出指标", "时效指标", "当年开工率", 10, "100%", "75%", "5", "招标延后"),
    ("效益指标", "社会效益指标", "受益居民户数", 20, "≥2600户", "1980户", "13", "部分小区未完工"),
    ("效益指标", "可持续影响指标", "长效管理机制建立小区比例", 10, "100%", "66.7%", "5", "物业选聘未完成"),
    ("满意度指标", "服务对象满意度指标", "居民满意度", 15, "≥90%", "85%", "11", "施工期间出行不便"),
]


def d07() -> Made:
    ini_y, adj_y, exe_y = "18,600,000.00", "21,350,000.00", "16,512,845.36"
    ini, adj, exe = _wan(ini_y), _wan(adj_y), _wan(exe_y)
    rt, es, tot = scored(exe, adj, D07)
    dept, impl, proj = "莒南县住房和城乡建设局", "莒南县城市更新服务中心", "城区老旧小区改造项目"
    d = doc()
    d.add_heading("项目支出绩效自评表", level=1)
    d.add_paragraph("（2024年度）")
    table(d, [["项目名称", proj, "", "", "", "", ""],
              ["主管部门", dept, "", "实施单位", impl, "", ""],
              ["项目资金（元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
              ["年度资金总额", ini_y, adj_y, exe_y, "10", f"{rt}%", str(es)],
              ["其中：当年财政拨款", ini_y, adj_y, exe_y, "—", "—", "—"]],
          merges=[(0, 1, 0, 6), (1, 1, 1, 2), (1, 4, 1, 6)])
    d.add_paragraph("")
    table(d, [FORM_HEAD, *[[r[0], r[1], r[2], shown(r[4]), shown(r[5]), str(r[3]), r[6], r[7]] for r in D07],
              ["总分", "", "", "", "", "100", str(tot), ""]], vmerge_cols=(0,))
    d.add_paragraph("自评等级：合格")
    d.add_paragraph("项目实施说明：项目于2024年5月公开招标，分3个标段，中标总价19,862,400.00元；已完工的9个小区于2024年12月"
                    "组织竣工验收，结算审定金额15,937,120.58元，其余3个小区延至2025年实施。")
    inds: list[dict[str, Any]] = [{"name": "预算执行率", "weight": 10, "actual": {"value": rt, "unit": "%"}, "stated_score": es}]
    inds += [indicator_fact(r) for r in D07]
    f = facts("项目支出", 2024, project_unit(dept), money(ini, adj, exe, rt), inds, tot,
              project=project_of(proj, impl), full_mark=100, stated_grade="中")
    return f, "docx", docx_bytes(d)


# d08 云南 county civil-affairs bureau, .txt: a LETTER with 主送 and 抄送 lines ("主送：县财政局" / "抄送：…"); the form a
# pipe table with a 达成率 column between the result and the points; planted EXECUTION_RATE_MISMATCH (the stated rate
# two points above 执行数 ÷ 全年预算) ----------------------------------------------------------------------------------------
D08: list[Row] = [
    ("产出指标", "数量指标", "城乡低保对象保障人数", 20, "≥8600人", "8742人", "20", ""),
    ("产出指标", "质量指标", "低保资金社会化发放率", 15, "100%", "100%", "15", ""),
    ("产出指标", "时效指标", "资金按月发放及时率", 15, "≥98%", "99%", "15", ""),
    ("效益指标", "社会效益指标", "困难群众基本生活保障率", 20, "100%", "100%", "20", ""),
    ("满意度指标", "服务对象满意度指标", "救助对象满意度", 20, "≥90%", "92.8%", "20", ""),
]


def d08() -> Made:
    ini, adj, exe = "5120.00", "5386.00", "5208.66"
    rt, es, tot = scored(exe, adj, D08)
    stated_rt = rt + 2
    es = (D(10) * stated_rt / 100).quantize(D("0.01"))
    tot = es + sum(D(r[6]) for r in D08)
    dept, impl, proj = "弥勒市民政局", "弥勒市社会救助服务中心", "城乡最低生活保障资金项目"
    rows = [[r[0], r[1], r[2], shown(r[4]), shown(r[5]), _done(r), str(r[3]), r[6]] for r in D08]
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "达成率", "分值", "得分"]
    form = "\n".join(pipe_row(r) for r in [head, ["产出指标", "预算执行", "预算执行率", "", f"{stated_rt}%", "", "10", str(es)], *rows,
                                        ["总分", "", "", "", "", "", "100", str(tot)]])
    text = f"""弥民发〔2025〕21号

弥勒市民政局关于{proj}2024年度绩效自评情况的报告

主送：弥勒市财政局

按照市财政局部署，现将{proj}2024年度绩效自评情况报告如下。

一、项目基本情况
项目主管部门为{dept}，实施单位为{impl}。2024年项目年初预算{ini}万元，追加后全年预算{adj}万元，全年执行{exe}万元，预算执行率{stated_rt}%。

二、绩效指标完成情况
{form}

三、自评结论
项目自评得分{tot}分，自评等级为优秀。

{dept}
2025年3月28日

抄送：市审计局，市纪委监委驻市民政局纪检监察组。
"""
    inds = indicators(stated_rt, es, D08, level1="产出指标", level2="预算执行")
    budget = money(ini, adj, exe, stated_rt)
    f = facts("项目支出", 2024, project_unit(dept), budget, inds, tot, project=project_of(proj, impl), full_mark=100,
              stated_grade="优", planted=["EXECUTION_RATE_MISMATCH"])
    return f, "txt", text


REPORTS: dict[str, Any] = {
    "d01-hb-tongshan-market-whole-txt-letter-yuan-decimals": d01,
    "d02-sc-cangxi-tcm-hospital-whole-docx-table-per-level2-beds": d02,
    "d03-zj-anji-cloud-project-txt-procurement-tender-acceptance": d03,
    "d04-jx-chongren-farmland-project-txt-completion-rate-only": d04,
    "d05-gd-zijin-school-project-docx-score-summary-only": d05,
    "d06-ha-guangshan-school-whole-txt-yuan-table-planted": d06,
    "d07-sd-junan-renewal-project-docx-yuan-form-grade-hege": d07,
    "d08-yn-mile-assistance-project-txt-letter-attainment-planted": d08,
}
