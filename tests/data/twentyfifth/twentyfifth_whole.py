# ruff: noqa: E501
"""Reports b07–b12 of the twenty-fifth set: whole-unit (部门整体) reports told in a finance office's prose; each returns
(facts, ext, content). Every unit, person and figure is invented.

The facts record and Word builders are the eighteenth set's, the value helpers the seventeenth set's, the money block's
rate and score and the indicator list the twentieth set's.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from corpus_build import items
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
from twentyfifth_project import FORM_HEAD, restate


def parts(*pairs: tuple[str, int]) -> list[dict[str, Any]]:
    return [{"name": n, "count": c} for n, c in pairs]


def block_score(rows: list[Row], level1: str) -> Decimal:
    return sum((D(r[6]) for r in rows if r[0] == level1), D(0))


def block_weight(rows: list[Row], level1: str) -> int:
    return sum(r[3] for r in rows if r[0] == level1)


# b07 湖南 city centre, .txt in the Hunan 部门整体支出绩效评价自评报告 template: a cover of label lines (部门（单位）名称 /
# 预算编码 / 评价方式 / 报告日期 / X市财政局（制）), then 基本概况 with the staff in one sentence (编制 parted by kind, 实有
# after a semicolon), 收入 / 支出 决算 sentences with 其中 items, and the indicators in paragraphs per 一级 ---------------
B07: list[Row] = [
    ("产出指标", "数量指标", "城市管理问题立案数", 10, "≥12000件", "12846件", "10", ""),
    ("产出指标", "质量指标", "问题按期结案率", 15, "≥95%", "96.2%", "15", ""),
    ("产出指标", "时效指标", "案件派遣平均时长", 10, "≤30分钟", "26分钟", "10", ""),
    ("产出指标", "成本指标", "公用经费控制率", 10, "≤100%", "97.3%", "10", ""),
    ("效益指标", "社会效益指标", "市容环境投诉下降率", 15, "≥5%", "4.2%", "12.6", "新建城区纳入监管，投诉基数上升"),
    ("效益指标", "可持续影响指标", "数字城管平台正常运行率", 15, "≥99%", "99.6%", "15", ""),
    ("满意度指标", "服务对象满意度指标", "市民满意度", 15, "≥90%", "91.8%", "15", ""),
]


def b07() -> Made:
    ini, adj, exe = "1260.00", "1418.65", "1376.20"
    rt, es, tot = scored(exe, adj, B07)
    unit = "岳阳市城市管理数字化指挥中心"
    text = f"""岳阳市2024年度部门整体支出
绩效评价自评报告

部门（单位）名称：{unit}
预算编码：906233
评价方式：部门（单位）绩效自评
评价机构：部门（单位）评价组
报告日期：2025年04月22日

岳阳市财政局（制）

一、部门（单位）基本概况

（一）机构及人员情况
本中心为市城市管理局所属公益一类事业单位，内设综合科、指挥调度科、监督考评科、信息技术科4个科室。核定编制32名，其中管理岗位7名、专业技术岗位25名；年末实有在编人员30人。

（二）收支情况
2024年，本中心年初预算{ini}万元，年中追加数字城管平台升级经费等158.65万元，全年预算{adj}万元，全年实际支出{exe}万元，预算执行率{rt}%。
全年收入决算数1418.65万元，其中：财政拨款收入1386.65万元，其他收入32.00万元。全年支出决算数{exe}万元，其中：基本支出628.44万元，项目支出747.76万元。

二、部门（单位）整体支出绩效情况

（一）预算执行（分值10分）。全年预算执行率{rt}%，得{es}分。
（二）产出指标（分值{block_weight(B07, "产出指标")}分）。全年城市管理问题立案12846件，超过12000件的年度目标，该项分值10分，得10分；问题按期结案率96.2%（目标95%以上），分值15分，得15分；案件派遣平均时长26分钟（目标不超过30分钟），分值10分，得10分；公用经费控制率97.3%（目标不超过100%），分值10分，得10分。本类合计得{block_score(B07, "产出指标")}分。
（三）效益指标（分值{block_weight(B07, "效益指标")}分）。社会效益方面，市容环境投诉下降率4.2%，未达到5%的目标，分值15分，得12.6分，主要是新建城区纳入监管，投诉基数上升；可持续影响方面，数字城管平台正常运行率99.6%（目标99%以上），分值15分，得15分。
（四）满意度指标（分值15分）。第三方调查显示市民满意度91.8%（目标90%以上），得15分。

三、自评结论
经自评，本中心2024年度部门整体支出绩效评价得分{tot}分，等级为“{grade(tot)}”。

四、存在的问题及改进措施
一是新建城区网格划分滞后；二是部分责任单位处置时效有待提高。下一步将完善考评办法，强化结果运用。
"""
    budget = {**money(ini, adj, exe, rt), "income_total": D("1418.65"),
              "income_items": items(("财政拨款收入", "1386.65"), ("其他收入", "32.00")),
              "expenditure_total": D(exe), "expenditure_items": items(("基本支出", "628.44"), ("项目支出", "747.76"))}
    u = {"name": unit, "staff_total": 30, "staff_establishment": 32,
         "internal_bodies": ["综合科", "指挥调度科", "监督考评科", "信息技术科"], "internal_bodies_count": 4}
    # the 一级 are the paragraphs' headings; no 二级 is named (效益 says 社会效益方面 / 可持续影响方面)
    inds = indicators(rt, es, []) + [indicator_fact(r, with_l2=False) for r in B07]
    restate(inds, "城市管理问题立案数", "城市管理问题立案", comparator=False)  # "…立案12846件，超过12000件的年度目标"
    restate(inds, "市容环境投诉下降率", comparator=False)  # "…4.2%，未达到5%的目标"
    f = facts("整体支出", 2024, u, budget, inds, tot, stated_grade=EARNED)
    return f, "txt", text


# b08 浙江 county bureau, .docx: a 部门整体支出绩效自评报告 whose money is told as a finance office writes it: 收入合计 with
# 其中 items (one item is 上年结转, the planted sum above the total: **planted** INCOME_SUM_MISMATCH), 支出合计 with its
# items, 年末结转和结余; staff with 编外 hires beside; the indicators as paragraphs headed "一级指标：…（N分）" ----------------
B08: list[Row] = [
    ("产出指标", "数量指标", "开展农产品质量安全抽检批次", 12, "≥1800批次", "1865批次", "12", ""),
    ("产出指标", "数量指标", "农业技术培训人次", 10, "≥3000人次", "3120人次", "10", ""),
    ("产出指标", "质量指标", "农产品质量安全抽检合格率", 14, "≥98%", "99.2%", "14", ""),
    ("产出指标", "时效指标", "惠农补贴发放及时率", 14, "100%", "100%", "14", ""),
    ("效益指标", "经济效益指标", "农村居民人均可支配收入增长率", 15, "≥6.5%", "6.8%", "15", ""),
    ("效益指标", "生态效益指标", "农作物秸秆综合利用率", 10, "≥95%", "94.1%", "9.4", "部分山区秸秆收运成本高，离田利用不足"),
    ("满意度指标", "服务对象满意度指标", "农户满意度", 15, "≥90%", "95.5%", "15", ""),
]


def b08() -> Made:
    ini, adj, exe = "6820.00", "7315.42", "7102.88"
    rt, es, tot = scored(exe, adj, B08)
    unit = "龙泉市农业农村局"
    d = doc()
    d.add_heading(f"{unit}2024年度部门整体支出绩效自评报告", level=1)
    d.add_paragraph("一、部门基本情况")
    d.add_paragraph("我局为市政府工作部门，内设办公室、计划财务科、农村经营管理科、种植业管理科、畜牧兽医科5个科室，"
                    "下属市农业技术推广中心、市农产品质量安全检测站2家事业单位。")
    d.add_paragraph("全局编制数58人，年末在编在岗55人，另有编外聘用人员9人。")
    d.add_paragraph("二、部门预算及执行情况")
    d.add_paragraph(f"2024年我局年初部门预算{ini}万元，执行中追加调整495.42万元，全年预算{adj}万元，"
                    f"实际支出{exe}万元，执行率为{rt}%。")
    d.add_paragraph("从收入看，本年收入合计7235.42万元，其中：一般公共预算财政拨款收入6905.42万元，"
                    "政府性基金预算财政拨款收入250.00万元，上年结转80.00万元，其他收入10.00万元。")
    d.add_paragraph(f"从支出看，本年支出合计{exe}万元，其中：基本支出1526.30万元，占21.49%；项目支出5576.58万元，占78.51%。"
                    "年末结转和结余212.54万元。")
    d.add_paragraph("三、绩效指标完成情况")
    d.add_paragraph(f"预算执行率指标分值10分，自评得分{es}分。")
    for l1 in ("产出指标", "效益指标", "满意度指标"):
        rows = [r for r in B08 if r[0] == l1]
        d.add_paragraph(f"一级指标：{l1}（{block_weight(B08, l1)}分）")
        for r in rows:
            line = (f"二级指标“{r[1]}”下设“{r[2]}”，年度指标值{shown(r[4])}，实际完成值{shown(r[5])}，"
                    f"分值{r[3]}分，得分{r[6]}分。")
            if r[7]:
                line += f"未完全达标的原因：{r[7]}。"
            d.add_paragraph(line)
    d.add_paragraph("四、评价结论")
    d.add_paragraph(f"综上，我局2024年度部门整体支出绩效自评综合得分{tot}分，自评等级为{grade(tot)}。")
    budget = {**money(ini, adj, exe, rt), "income_total": D("7235.42"),
              # a 结转 among the 其中 items is no income item (budget_items.py's rule): the 上年结转 brought in is the
              # opening balance; 年末结转和结余 the carry-over
              "income_items": items(("一般公共预算财政拨款收入", "6905.42"), ("政府性基金预算财政拨款收入", "250.00"),
                                    ("其他收入", "10.00")),
              "opening_balance": D("80.00"), "carry_over": D("212.54"),
              "expenditure_total": D(exe),
              "expenditure_items": items(("基本支出", "1526.30"), ("项目支出", "5576.58"))}
    u = {"name": unit, "staff_total": 55, "staff_establishment": 58,
         "internal_bodies": ["办公室", "计划财务科", "农村经营管理科", "种植业管理科", "畜牧兽医科"], "internal_bodies_count": 5,
         "subordinate_bodies": ["市农业技术推广中心", "市农产品质量安全检测站"], "subordinate_bodies_count": 2}
    f = facts("整体支出", 2024, u, budget, indicators(rt, es, B08), tot, planted=["INCOME_SUM_MISMATCH"], stated_grade=EARNED)
    return f, "docx", docx_bytes(d)


# b09 四川 county bureau, .pdf: a whole prose report with every indicator told in passing, and the 部门整体支出绩效自评表
# appended after it (附表); the staff in one sentence ("现有在职职工…人，其中行政…、事业…、工勤…，编制…") ------------
B09: list[Row] = [
    ("产出指标", "数量指标", "城乡低保对象动态管理户数", 15, "≥5600户", "5712户", "15", ""),
    ("产出指标", "质量指标", "救助资金社会化发放率", 15, "100%", "100%", "15", ""),
    ("产出指标", "时效指标", "临时救助审批办结时限", 10, "≤10个工作日", "7个工作日", "10", ""),
    ("效益指标", "社会效益指标", "特困人员集中供养率", 15, "≥40%", "42.5%", "15", ""),
    ("效益指标", "可持续影响指标", "养老服务设施覆盖率", 15, "≥90%", "86.7%", "13", "两个乡镇养老服务中心在建"),
    ("满意度指标", "服务对象满意度指标", "救助对象满意度", 20, "≥90%", "93.6%", "20", ""),
]


def b09() -> Made:
    ini, adj, exe = "9856.00", "11230.75", "10912.40"
    rt, es, tot = scored(exe, adj, B09)
    unit = "剑阁县民政局"
    d = doc()
    d.add_heading(f"{unit}2024年度部门整体支出绩效自评报告", level=1)
    d.add_paragraph("一、部门概况")
    d.add_paragraph("我局现有在职职工47人，其中行政人员21人、事业人员23人、工勤人员3人，核定编制50名。"
                    "局机关内设办公室、社会救助股、养老服务股、社会事务股4个股室。")
    d.add_paragraph("二、部门预算及执行")
    d.add_paragraph(f"2024年，我局年初批复预算{ini}万元，年中上级追加困难群众救助补助等资金，全年预算调整为{adj}万元。"
                    f"全年完成支出{exe}万元，其中基本支出812.36万元、项目支出10100.04万元，预算执行率{rt}%。")
    d.add_paragraph("三、绩效目标完成情况")
    d.add_paragraph("全年动态管理城乡低保对象5712户，救助资金全部实行社会化发放，临时救助审批平均7个工作日办结；"
                    "特困人员集中供养率达42.5%，养老服务设施覆盖率86.7%（两个乡镇养老服务中心在建），救助对象满意度93.6%。"
                    "各项指标得分见附表。")
    d.add_paragraph("四、自评结果")
    d.add_paragraph(f"对照部门整体支出绩效自评表逐项评分，我局2024年度整体支出绩效自评得{tot}分，等级“{grade(tot)}”。")
    d.add_paragraph(unit)
    d.add_paragraph("2025年4月15日")
    d.add_page_break()
    d.add_paragraph("附表")
    d.add_paragraph("部门整体支出绩效自评表")
    table(d, [
        ["部门名称", unit, "", "", "", "", "", ""],
        ["预算资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["年度资金总额", "", ini, adj, exe, "10", f"{rt}%", str(es)],
        FORM_HEAD,
        *form_rows(B09),
        ["合计", "", "", "", "", "100", str(tot), ""],
    ], merges=[(0, 1, 0, 7), (1, 0, 1, 1), (2, 0, 2, 1)], vmerge_cols=(0, 1))
    budget = {**money(ini, adj, exe, rt), "expenditure_total": D(exe),
              "expenditure_items": items(("基本支出", "812.36"), ("项目支出", "10100.04"))}
    u = {"name": unit, "staff_total": 47, "staff_establishment": 50,
         "staff_parts": parts(("行政人员", 21), ("事业人员", 23), ("工勤人员", 3)),
         "internal_bodies": ["办公室", "社会救助股", "养老服务股", "社会事务股"], "internal_bodies_count": 4}
    f = facts("整体支出", 2024, u, budget, indicators(rt, es, B09), tot, full_mark=100, stated_grade=EARNED)
    return f, "pdf", docx_bytes(d)


# b10 广东 town, .md: the staff as a bulleted 人员编制 list (编制 by kind with 合计, 实有 after), the money as 收支 bullets,
# the indicators one numbered list whose level words are written short (产出·数量 / 效益·社会 / 满意度), the score and
# grade in a blockquote --------------------------------------------------------------------------------------------------
B10: list[Row] = [
    ("产出指标", "数量指标", "农村生活污水处理设施运维村数", 15, "≥42个", "42个", "15", ""),
    ("产出指标", "质量指标", "出水水质达标率", 15, "≥90%", "91.5%", "15", ""),
    ("产出指标", "时效指标", "网格巡查问题处置及时率", 15, "≥95%", "93%", "14", "汛期问题集中，处置延后"),
    ("效益指标", "社会效益指标", "镇域人居环境整治考核排名", 15, "T:全县前五", "T:全县第三", "15", ""),
    ("效益指标", "生态效益指标", "河道断面水质达标率", 15, "≥85%", "88%", "15", ""),
    ("满意度指标", "服务对象满意度指标", "群众满意度", 15, "≥90%", "92%", "15", ""),
]

SHORT = {"数量指标": "数量", "质量指标": "质量", "时效指标": "时效", "社会效益指标": "社会效益", "生态效益指标": "生态效益",
         "服务对象满意度指标": "服务对象满意度"}


def b10() -> Made:
    ini, adj, exe = "4680.00", "5126.30", "4987.64"
    rt, es, tot = scored(exe, adj, B10)
    unit = "新丰县马头镇人民政府"
    lines = []
    for i, r in enumerate(B10, 1):
        head = r[0].removesuffix("指标")
        note = f"（{r[7]}）" if r[7] else ""
        lines.append(f"{i}. {head}·{SHORT[r[1]]}｜{r[2]}：目标 {shown(r[4])}，完成 {shown(r[5])}，"
                     f"分值 {r[3]}，得分 {r[6]}{note}")
    nl = "\n"
    text = f"""# {unit}2024年度部门整体支出绩效自评报告

## 一、基本情况

- 人员编制：行政编制26名，事业编制19名，合计45名
- 实有人数：43名
- 内设机构：党政办公室、经济发展办公室、社会事务办公室、综合治理办公室、规划建设办公室，共5个

## 二、收支情况

- 年初预算：{ini}万元
- 调整预算：{adj}万元（年中追加乡村振兴衔接资金等）
- 实际支出：{exe}万元，其中基本支出2016.44万元、项目支出2971.20万元
- 预算执行率：{rt}%

## 三、绩效指标完成情况

预算执行率：分值10，得分{es}。

{nl.join(lines)}

## 四、自评结论

> 本单位2024年度部门整体支出绩效自评分{tot}分，自评等级{grade(tot)}。
"""
    budget = {**money(ini, adj, exe, rt), "expenditure_total": D(exe),
              "expenditure_items": items(("基本支出", "2016.44"), ("项目支出", "2971.20"))}
    u = {"name": unit, "staff_total": 43, "staff_establishment": 45,
         "internal_bodies": ["党政办公室", "经济发展办公室", "社会事务办公室", "综合治理办公室", "规划建设办公室"],
         "internal_bodies_count": 5}
    f = facts("整体支出", 2024, u, budget, indicators(rt, es, B10), tot, stated_grade=EARNED)
    return f, "md", text


# b11 贵州 county bureau, .html: an article page; money told with 决算 words (收入决算 / 支出决算 and their parts, the
# budget 调整 after 年初); the indicators in paragraphs by 一级 whose 二级 words come first ("数量上，…"), a planted total
# one point above its parts (**planted** TOTAL_MISMATCH); the grade as 等次 ------------------------------------------------
B11: list[Row] = [
    ("产出指标", "数量指标", "完成义务教育阶段教师培训人次", 15, "≥2400人次", "2468人次", "15", ""),
    ("产出指标", "质量指标", "义务教育巩固率", 15, "≥97%", "97.6%", "15", ""),
    ("产出指标", "时效指标", "营养改善计划资金拨付及时率", 10, "100%", "100%", "10", ""),
    ("效益指标", "社会效益指标", "高中阶段毛入学率", 15, "≥92%", "90.8%", "13.5", "外出就读学生统计口径未纳入"),
    ("效益指标", "可持续影响指标", "标准化学校建设达标率", 15, "≥85%", "87%", "15", ""),
    ("满意度指标", "服务对象满意度指标", "学生家长满意度", 20, "≥90%", "94.2%", "20", ""),
]


def b11() -> Made:
    ini, adj, exe = "38650.00", "41826.50", "41012.36"
    rt, es, tot = scored(exe, adj, B11)
    stated = tot + 1
    unit = "湄潭县教育局"
    paras = []
    for l1 in ("产出指标", "效益指标", "满意度指标"):
        bits = []
        for r in (x for x in B11 if x[0] == l1):
            note = f"，{r[7]}" if r[7] else ""
            bits.append(f"{r[1]}上，{r[2]}目标{shown(r[4])}，实际{shown(r[5])}，分值{r[3]}分，得{r[6]}分{note}")
        paras.append(f"<p>（{'一二三'[len(paras)]}）{l1}。" + "；".join(bits) + "。</p>")
    nl = "\n"
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{unit}2024年度部门整体支出绩效自评报告</title></head>
<body>
<div id="top">湄潭县人民政府门户网站 | 无障碍 | 长者模式</div>
<table class="info"><tr><td>索引号：</td><td>11520328MB1234567X/2025-00318</td><td>发布机构：</td><td>{unit}</td></tr>
<tr><td>发布日期：</td><td>2025-05-09</td><td>文号：</td><td></td></tr></table>
<div class="content">
<h2>{unit}2024年度部门整体支出绩效自评报告</h2>
<p>一、部门概况。我局内设办公室、教育股、计划财务股、人事股、安全稳定股5个股室，局机关核定编制40人，实有人员37人。</p>
<p>二、预算执行情况。2024年年初预算{ini}万元，年内因教师绩效工资调整、校舍维修等追加预算，调整后预算为{adj}万元。
全年收入决算{adj}万元，其中财政拨款收入41226.50万元，事业收入600.00万元；支出决算{exe}万元，其中基本支出32456.18万元，
项目支出8556.18万元。预算执行率{rt}%。</p>
<p>三、绩效指标完成情况。预算执行率指标满分10分，得{es}分。</p>
{nl.join(paras)}
<p>四、自评结论。经综合评定，本部门2024年度整体支出绩效自评得分{stated}分，自评等次为{grade(stated)}。</p>
</div>
<div id="footer">版权所有：湄潭县人民政府办公室　技术支持：某某信息</div>
</body></html>
"""
    budget = {**money(ini, adj, exe, rt), "income_total": D(adj),
              "income_items": items(("财政拨款收入", "41226.50"), ("事业收入", "600.00")),
              "expenditure_total": D(exe), "expenditure_items": items(("基本支出", "32456.18"), ("项目支出", "8556.18"))}
    u = {"name": unit, "staff_total": 37, "staff_establishment": 40,
         "internal_bodies": ["办公室", "教育股", "计划财务股", "人事股", "安全稳定股"], "internal_bodies_count": 5}
    f = facts("整体支出", 2024, u, budget, indicators(rt, es, B11), stated, planted=["TOTAL_MISMATCH"], stated_grade=EARNED)
    return f, "html", html


# b12 山东 street office, .docx: the Shandong 部门整体绩效自评 outline (部门概况 / 部门整体支出情况 / 绩效目标实现情况 /
# 偏差及原因 / 自评结论); staff stated figure-first ("编制数为33人，实有人员数为31人"), money by 调整 and 决算数; the
# indicators in one Word table without a 一级 column (三级 / 二级 / 目标 / 实际 / 分值 / 得分), the 一级 in the
# paragraph above each group; the closing "自评得分…，自评等级…" --------------------------------------------------------------
B12: list[Row] = [
    ("产出指标", "数量指标", "老旧小区改造户数", 15, "≥860户", "872户", "15", ""),
    ("产出指标", "质量指标", "网格事项按期办结率", 15, "≥95%", "97.1%", "15", ""),
    ("产出指标", "时效指标", "12345热线工单按时回复率", 10, "≥98%", "98.6%", "10", ""),
    ("效益指标", "社会效益指标", "辖区重大安全事故发生数", 15, "0起", "0起", "15", ""),
    ("效益指标", "可持续影响指标", "社区综合服务设施达标率", 15, "100%", "92.3%", "13.8", "一处社区用房租赁到期，正在选址"),
    ("满意度指标", "服务对象满意度指标", "辖区居民满意度", 20, "≥90%", "93%", "20", ""),
]


def b12() -> Made:
    ini, adj, exe = "3120.00", "3386.40", "3301.52"
    rt, es, tot = scored(exe, adj, B12)
    unit = "济南市历城区洪家楼街道办事处"
    d = doc()
    d.add_heading(f"{unit}2024年度部门整体绩效自评报告", level=1)
    d.add_paragraph("一、部门概况")
    d.add_paragraph("本单位编制数为33人，实有人员数为31人。")
    d.add_paragraph("二、部门整体支出情况")
    d.add_paragraph(f"年初预算安排{ini}万元，年中经区财政局批复调整增加266.40万元，调整后预算{adj}万元；"
                    f"全年决算数{exe}万元，预算执行率{rt}%。")
    d.add_paragraph("三、绩效目标实现情况")
    d.add_paragraph(f"本年度设置预算执行率、产出、效益、满意度四类指标。预算执行率分值10分，得分{es}分；其余指标如下。")
    for l1 in ("产出指标", "效益指标", "满意度指标"):
        rows = [r for r in B12 if r[0] == l1]
        d.add_paragraph(f"{l1}（共{len(rows)}项，分值{block_weight(B12, l1)}分，得分{block_score(B12, l1)}分）：")
        table(d, [["三级指标", "二级指标", "年度目标", "实际完成", "分值", "得分"],
                  *[[r[2], r[1], shown(r[4]), shown(r[5]), str(r[3]), r[6]] for r in rows]])
    d.add_paragraph("四、偏差及原因")
    d.add_paragraph("社区综合服务设施达标率未达目标：一处社区用房租赁到期，正在选址。")
    d.add_paragraph("五、自评结论")
    d.add_paragraph(f"自评得分：{tot}分。自评等级：{grade(tot)}。")
    budget = money(ini, adj, exe, rt)
    inds = indicators(rt, es, B12)
    for ind in inds:
        ind.pop("deviation_note", None)
    u = {"name": unit, "staff_total": 31, "staff_establishment": 33}
    f = facts("整体支出", 2024, u, budget, inds, tot, stated_grade=EARNED)
    return f, "docx", docx_bytes(d)


WHOLE = {
    "b07-hn-yueyang-centre-whole-txt-hunan-template": b07,
    "b08-zj-longquan-agri-whole-docx-income-prose": b08,
    "b09-sc-jiange-civil-whole-pdf-form-appended": b09,
    "b10-gd-xinfeng-town-whole-md-short-levels": b10,
    "b11-gz-meitan-education-whole-html-level-first": b11,
    "b12-sd-licheng-street-whole-docx-group-tables": b12,
}
