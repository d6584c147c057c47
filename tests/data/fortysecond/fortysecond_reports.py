# ruff: noqa: E501
"""Reports k01–k08 of the forty-second set, each returning (facts, ext, content): whole-unit 整体支出 self-evaluations
of 乡镇人民政府 / 街道办事处 / 区县部门, siblings of the seed's report written by other offices. Every unit, person and
figure is invented (real provinces and counties, invented towns, streets, bureaus and figures).

Builders and value helpers are the eighteenth, twentieth and twenty-ninth sets' (imported, not copied).
"""

from __future__ import annotations

from typing import Any

from corpus_build import items, total
from eighteenth_facts import D, Made, Row, doc, docx_bytes, facts, indicator_fact, r2, rate, shown, table
from twentieth_facts import money
from twentyninth_reports import pipe_row


def _ex(l1: str, l2: str, weight: int, rt: Any, target: str = "100%") -> Row:
    """The 预算执行率 row: its score is the weight times the rate."""
    return (l1, l2, "预算执行率", weight, target, f"{rt}%", str(r2(weight * D(rt) / 100)), "")


def _inds(rows: list[Row], *, levels: bool = True, with_l2: bool = True, target: bool = True,
          note: bool = True) -> list[dict[str, Any]]:
    out = []
    for r in rows:
        row = (*r[:4], r[4] if target else "", r[5], r[6], r[7] if note else "")
        out.append(indicator_fact(row, levels=levels, with_l2=with_l2))  # type: ignore[arg-type]
    return out


def _pipe(rows: list[list[str]]) -> str:
    return "\n".join(pipe_row(r) for r in rows)


# k01 四川 town government, .txt: a cover block (评价年度 / 评价单位 / 填报日期 of the next year); the conclusion and grade
# first; staff as 核定编制 / 年末在职 / 离退休 / 外聘; 收入 and 支出 in one paragraph; the indicators the seed's way —
# numbered headings with their points in brackets, each told in a paragraph with its target and actual, no levels ------
K01: list[Row] = [
    ("", "", "预决算信息公开率", 5, "100%", "100%", "5", ""),
    ("", "", "政务公开事项按时公开率", 5, "≥95%", "100%", "5", ""),
    ("", "", "村级组织运转经费保障率", 15, "100%", "100%", "15", ""),
    ("", "", "耕地保有面积", 10, "≥3.2万亩", "3.26万亩", "10", ""),
    ("", "", "农村危房改造户数", 10, "≥18户", "16户", "8.5", "2户因产权纠纷未能开工"),
    ("", "", "生活垃圾集中收运处理率", 10, "≥95%", "97.2%", "10", ""),
    ("", "", "安全生产较大事故起数", 10, "0起", "0起", "10", ""),
    ("", "", "群众满意度", 10, "≥90%", "93.5%", "10", ""),
    ("", "", "干部职工满意度", 10, "≥90%", "96%", "10", ""),
]


def k01() -> Made:
    ini, adj, exe = "3650.00", "5120.00", "4862.37"
    rt = rate(exe, adj)
    rows = [*K01[:3], _ex("", "", 15, rt), *K01[3:]]
    tot = total(rows, None)
    unit = "宣汉县青溪岭镇人民政府"
    gen, fund, basic, proj = "4315.62", "546.75", "2208.14", "2654.23"
    paras = []
    for i, r in enumerate(rows, 1):
        if r[2] == "预算执行率":
            body = (f"2023年度，我镇年初预算{ini}万元，全年调整预算{adj}万元，全年实际支出{exe}万元，预算执行率{rt}%，"
                    f"该指标得分{r[6]}分。")
        else:
            why = f"主要原因是{r[7]}，" if r[7] else ""
            body = f"年度目标值{shown(r[4])}，全年实际完成{shown(r[5])}，{why}该指标得分{r[6]}分。"
        paras.append(f"{i}. {r[2]}（{r[3]}分）\n{body}")
    text = f"""{unit}
2023年度部门整体支出绩效自评报告

评价年度：2023年
评价单位：{unit}
填报日期：2024年4月12日

一、自评结论
经自评，我镇2023年度部门整体支出绩效自评综合得分{tot}分，自评等级为“优”。

二、单位基本情况
（一）主要职能
贯彻执行党和国家方针政策，统筹全镇经济社会发展，做好乡村振兴、基层治理、公共服务和生态环境保护等工作。
（二）机构及人员
镇党委、政府内设党政办公室、经济发展办公室、社会事务办公室、平安建设办公室4个综合办事机构，下设农业综合服务中心、便民服务中心2个事业单位。机构编制部门核定编制68名，年末在职人员63人，离退休人员27人，另有外聘人员9人。
（三）收支情况
2023年度收入合计{exe}万元，其中一般公共预算财政拨款收入{gen}万元、政府性基金预算财政拨款收入{fund}万元；支出合计{exe}万元，其中基本支出{basic}万元、项目支出{proj}万元。

三、绩效指标完成情况
{chr(10).join(paras)}

四、存在的问题
部分项目前期准备不足，农村危房改造有2户未能按期开工；预算年中调整幅度较大，年初预算编制的准确性有待提高。

五、下一步改进建议
（一）提高预算编制质量，将村级项目纳入年初预算统筹安排。
（二）加强项目前期工作，对产权不清的危房改造户提前协调，确保按期实施。
"""
    b = money(ini, adj, exe, rt)
    b.update({"income_total": D(exe), "income_items": items(("一般公共预算财政拨款收入", gen), ("政府性基金预算财政拨款收入", fund)),
              "expenditure_total": D(exe), "expenditure_items": items(("基本支出", basic), ("项目支出", proj))})
    u = {"name": unit, "staff_total": 63, "staff_establishment": 68,
         "internal_bodies": ["党政办公室", "经济发展办公室", "社会事务办公室", "平安建设办公室"], "internal_bodies_count": 4,
         "subordinate_bodies": ["农业综合服务中心", "便民服务中心"], "subordinate_bodies_count": 2}
    inds = _inds(rows, levels=False, note=False)
    inds[3].pop("target")
    return facts("整体支出", 2023, u, b, inds, tot, stated_grade="优"), "txt", text


# k02 湖北 street office, .docx: the 整改 of last year's evaluation first (with last year's score and figures); staff
# "现有工作人员N人，其中…" with three parts; 收入 and 支出 as two Word tables with an 占比 column; the 年初 / 调整 / 执行
# sentence under them; the indicators a Word table 一级 | 二级 | 三级 | 指标值 | 完成值 | 权重 | 得分 | 未完成原因 with
# 一级 merged and a 合计 row; the score and grade at the end ---------------------------------------------------------------
K02: list[Row] = [
    ("产出指标", "数量指标", "老旧小区改造个数", 10, "≥5个", "5个", "10", ""),
    ("产出指标", "数量指标", "网格事件办结件数", 10, "≥3600件", "3874件", "10", ""),
    ("产出指标", "质量指标", "矛盾纠纷调处成功率", 10, "≥95%", "97.4%", "10", ""),
    ("产出指标", "时效指标", "民生实事按期完成率", 10, "100%", "87.5%", "8.75", "1项实事因管网迁改推迟"),
    ("效益指标", "社会效益指标", "辖区刑事案件发案下降率", 10, "≥5%", "6.2%", "10", ""),
    ("效益指标", "生态效益指标", "生活垃圾分类居民参与率", 10, "≥80%", "82.6%", "10", ""),
    ("效益指标", "可持续影响指标", "社区服务阵地达标率", 10, "100%", "100%", "10", ""),
    ("满意度指标", "服务对象满意度指标", "辖区居民满意度", 20, "≥90%", "92.8%", "20", ""),
]


def k02() -> Made:
    ini, adj, exe = "4180.00", "4637.52", "4519.86"
    rt = rate(exe, adj)
    rows = [*K02[:4], _ex("产出指标", "成本指标", 10, rt), *K02[4:]]
    tot = total(rows, None)
    unit = "宜都市陆城街道办事处"
    fin, oth = "4405.12", "232.40"
    basic, proj = "2066.31", "2453.55"
    d = doc()
    d.add_heading(f"{unit}2022年度整体支出绩效自评报告", level=1)
    d.add_paragraph("一、上年度绩效评价发现问题的整改情况")
    d.add_paragraph("2021年度整体支出自评得分91.20分，评价指出的问题有两项：一是年末结转资金偏多（2021年末结转186.40万元）；"
                    "二是政府采购执行不够及时。2022年我街道建立了月度支出通报制度，年末结转资金降至117.66万元，问题已整改到位。")
    d.add_paragraph("二、单位概况")
    d.add_paragraph("陆城街道办事处为宜都市人民政府的派出机关，辖12个社区、6个村。街道内设党政综合办公室、党建工作办公室、"
                    "社会事务办公室、城市管理办公室、平安法治办公室5个办公室，下设综合执法中心、党群服务中心2个事业单位。"
                    "现有工作人员86人，其中公务员38人、事业人员29人、社区专职工作者19人。")
    d.add_paragraph("三、收支情况")
    d.add_paragraph("（一）收入情况（单位：万元）")
    table(d, [["收入项目", "金额", "占比（%）"], ["财政拨款收入", fin, str(r2(D(fin) / D(adj) * 100))],
              ["其他收入", oth, str(r2(D(oth) / D(adj) * 100))], ["合计", adj, "100"]])
    d.add_paragraph("（二）支出情况（单位：万元）")
    table(d, [["支出项目", "金额", "占比（%）"], ["基本支出", basic, str(r2(D(basic) / D(exe) * 100))],
              ["项目支出", proj, str(r2(D(proj) / D(exe) * 100))], ["合计", exe, "100"]])
    d.add_paragraph(f"2022年年初预算{ini}万元，年中调整后预算{adj}万元，实际支出{exe}万元，预算执行率{rt}%。")
    d.add_paragraph("四、绩效指标完成情况")
    head = ["一级指标", "二级指标", "三级指标", "指标值", "完成值", "权重", "得分", "未完成原因"]
    body = [[r[0], r[1], r[2], shown(r[4]), shown(r[5]), str(r[3]), r[6], r[7]] for r in rows]
    table(d, [head, *body, ["合计", "", "", "", "", "100", str(tot), ""]], vmerge_cols=(0,))
    d.add_paragraph("五、存在的问题")
    d.add_paragraph("民生实事项目受管网迁改影响，1项未按期完成；非税收入征缴进度前松后紧。")
    d.add_paragraph("六、改进建议")
    d.add_paragraph("加强与水务、燃气等单位的协调，提前排定迁改计划；按季度分解收入任务。")
    d.add_paragraph("七、自评结论")
    d.add_paragraph(f"综上，陆城街道2022年度整体支出绩效自评得分为{tot}分，评价等级：优。")
    b = money(ini, adj, exe, rt)
    b.update({"income_total": D(adj), "income_items": items(("财政拨款收入", fin), ("其他收入", oth)),
              "expenditure_total": D(exe), "expenditure_items": items(("基本支出", basic), ("项目支出", proj))})
    u = {"name": unit, "staff_total": 86,
         "staff_parts": [{"name": "公务员", "count": 38}, {"name": "事业人员", "count": 29}, {"name": "社区专职工作者", "count": 19}],
         "internal_bodies": ["党政综合办公室", "党建工作办公室", "社会事务办公室", "城市管理办公室", "平安法治办公室"],
         "internal_bodies_count": 5, "subordinate_bodies": ["综合执法中心", "党群服务中心"], "subordinate_bodies_count": 2}
    return facts("整体支出", 2022, u, b, _inds(rows), tot, full_mark=100, stated_grade="优"), "docx", docx_bytes(d)


# k03 贵州 county civil-affairs bureau, .txt: 基本情况 and 预算收支 merged; staff "编制N名，实有M人：局机关…、救助站…";
# the indicators told per 一级 / 二级 in prose AND in a 附表 pipe table after the text (年度指标值 / 实际完成值 there,
# 目标 / 完成 in the prose: other words, the same figures); the score in the conclusion and in the 附表's 总分 row --------
K03: list[Row] = [
    ("产出指标", "数量指标", "城乡低保对象保障人数", 15, "≥8600人", "8752人", "15", ""),
    ("产出指标", "数量指标", "特困人员集中供养人数", 10, "≥420人", "436人", "10", ""),
    ("产出指标", "质量指标", "救助资金发放准确率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "临时救助审批办结时限", 10, "≤5个工作日", "5个工作日", "10", ""),
    ("效益指标", "社会效益指标", "困难群众基本生活保障率", 15, "100%", "100%", "15", ""),
    ("效益指标", "可持续影响指标", "养老机构安全隐患整改率", 10, "100%", "95%", "9", "2处消防设施改造未完工"),
    ("满意度指标", "服务对象满意度指标", "救助对象满意度", 20, "≥90%", "94.6%", "20", ""),
]


def k03() -> Made:
    ini, adj, exe = "9862.40", "11236.85", "11107.29"
    rt = rate(exe, adj)
    rows = [_ex("产出指标", "成本指标", 10, rt), *K03]
    tot = total(rows, None)
    unit = "湄潭县民政局"
    prose: list[str] = []
    for n, l1 in enumerate(dict.fromkeys(r[0] for r in rows)):
        part = [r for r in rows if r[0] == l1]
        prose.append(f"（{'一二三'[n]}）{l1}")
        for r in part:
            why = f"，原因是{r[7]}" if r[7] else ""
            prose.append(f"{r[1]}：{r[2]}目标{shown(r[4])}，完成{shown(r[5])}{why}，得{r[6]}分。")
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
    form = [head, *[[r[0], r[1], r[2], shown(r[4]), shown(r[5]), str(r[3]), r[6]] for r in rows],
            ["总分", "", "", "", "", "100", str(tot)]]
    text = f"""{unit}2021年度部门整体支出绩效自评报告

一、部门基本情况及预算收支
{unit}是县人民政府主管民政工作的工作部门，内设办公室、社会救助股、养老服务股、社会事务股4个股室，下属县救助管理站1个二级单位。编制18名，实有17人：局机关12人、救助站5人。
2021年年初预算数{ini}万元，全年预算数{adj}万元，全年执行数{exe}万元，执行率{rt}%。全年支出中，基本支出412.66万元，项目支出10694.63万元，项目支出主要用于城乡低保、特困供养和临时救助。

二、绩效目标完成情况
{chr(10).join(prose)}

三、自评结论
按照县财政局整体支出绩效评价指标体系，我局2021年度整体支出自评得分{tot}分，等级为优。自评表见附表。

四、存在问题和改进措施
养老机构安全隐患整改进度偏慢。下一步将督促2处消防设施改造于2022年6月底前完工，并开展季度安全检查。

附表：{unit}2021年度部门整体支出绩效自评表（单位：万元）
{_pipe(form)}
"""
    b = money(ini, adj, exe, rt)
    # fixture correction after the first run: the total is told as the 全年执行数, never as a 支出 figure, so only the
    # items are expected
    b["expenditure_items"] = items(("基本支出", "412.66"), ("项目支出", "10694.63"))
    u = {"name": unit, "staff_total": 17, "staff_establishment": 18,
         "staff_parts": [{"name": "局机关", "count": 12}, {"name": "救助站", "count": 5}],
         "internal_bodies": ["办公室", "社会救助股", "养老服务股", "社会事务股"], "internal_bodies_count": 4,
         "subordinate_bodies": ["县救助管理站"], "subordinate_bodies_count": 1}
    inds = _inds(rows, note=False)
    return facts("整体支出", 2021, u, b, inds, tot, full_mark=100, stated_grade="优"), "txt", text


# k04 河北 township, .docx: the score and grade at the start (一段摘要); 收入 and 支出 in two paragraphs each with a 同比
# clause giving last year's figure; staff "核定编制…，实有在岗…，其中行政…、事业…"; the indicators in prose only, under
# 一级 headings carrying their weight and the block's score, each "名称：目标…，完成…，得N分（满分M分）"; grade 良 ------
K04: list[Row] = [
    ("产出指标", "", "农田水利设施维修处数", 10, "≥15处", "15处", "10", ""),
    ("产出指标", "", "农村公路养护里程", 10, "≥46公里", "46公里", "10", ""),
    ("产出指标", "", "计划生育奖励扶助金兑付率", 10, "100%", "100%", "10", ""),
    ("产出指标", "", "重点工作按期完成率", 10, "≥95%", "85%", "6.5", "2项工程受征地影响延期"),
    ("效益指标", "", "村集体经济收入5万元以上村占比", 10, "≥60%", "52%", "7", "部分村产业项目尚未见效"),
    ("效益指标", "", "森林覆盖率", 10, "≥38%", "38.4%", "10", ""),
    ("效益指标", "", "信访事项按期办结率", 10, "≥95%", "96.3%", "10", ""),
    ("满意度指标", "", "群众满意度", 20, "≥90%", "86.5%", "17", "部分村道路照明未覆盖"),
]


def k04() -> Made:
    ini, adj, exe = "1426.00", "1688.30", "1594.72"
    rt = rate(exe, adj)
    ex = _ex("产出指标", "", 10, rt)
    rows = [ex, *K04]
    tot = total(rows, None)
    unit = "平山县宅北乡人民政府"
    fin, oth = "1610.30", "78.00"
    basic, proj = "806.18", "788.54"
    d = doc()
    d.add_heading(f"{unit}2019年度整体支出绩效自评报告", level=1)
    d.add_paragraph(f"摘要：经自评，我乡2019年度整体支出绩效自评得分{tot}分，等级为“良”。全年预算执行率{rt}%，"
                    "各项重点工作基本完成，农村集体经济和群众满意度方面仍有差距。")
    d.add_paragraph("一、基本情况")
    d.add_paragraph("宅北乡位于县境西北部，辖21个行政村。乡政府设党政办公室、经济发展办公室、社会事务办公室3个内设机构。"
                    "核定编制45名，实有在岗41人，其中行政人员24人、事业人员17人。")
    d.add_paragraph("二、收支情况")
    d.add_paragraph(f"收入方面：2019年度收入合计{adj}万元，比上年的1532.60万元增长10.16%，其中财政拨款收入{fin}万元，"
                    f"其他收入{oth}万元。")
    d.add_paragraph(f"支出方面：2019年度支出合计{exe}万元，比上年的1498.20万元增长6.44%，其中基本支出{basic}万元，"
                    f"项目支出{proj}万元。年初预算{ini}万元，调整后预算{adj}万元，预算执行率{rt}%。")
    d.add_paragraph("三、绩效指标完成情况")
    for n, l1 in enumerate(dict.fromkeys(r[0] for r in rows)):
        part = [r for r in rows if r[0] == l1]
        w, s = sum(r[3] for r in part), total(part, None)
        d.add_paragraph(f"（{'一二三'[n]}）{l1}（{w}分，得{s}分）")
        for j, r in enumerate(part, 1):
            why = f"{r[7]}。" if r[7] else ""
            d.add_paragraph(f"{j}.{r[2]}：目标{shown(r[4])}，完成{shown(r[5])}，得{r[6]}分（满分{r[3]}分）。{why}")
    d.add_paragraph("四、存在问题")
    d.add_paragraph("一是部分工程受征地影响未按期完工；二是村集体经济发展不平衡，10个村集体收入不足5万元。")
    d.add_paragraph("五、改进建议")
    d.add_paragraph("提前做好征地协调，发展村级光伏和林果产业，2020年力争村集体经济收入5万元以上村占比达到70%。")
    b = money(ini, adj, exe, rt)
    b.update({"income_total": D(adj), "income_items": items(("财政拨款收入", fin), ("其他收入", oth)),
              "expenditure_total": D(exe), "expenditure_items": items(("基本支出", basic), ("项目支出", proj))})
    u = {"name": unit, "staff_total": 41, "staff_establishment": 45,
         "staff_parts": [{"name": "行政人员", "count": 24}, {"name": "事业人员", "count": 17}],
         "internal_bodies": ["党政办公室", "经济发展办公室", "社会事务办公室"], "internal_bodies_count": 3}
    inds = _inds(rows, with_l2=False, note=False)
    # fixture correction after the first run: no full mark of 100 is written (only each indicator's 满分)
    return facts("整体支出", 2019, u, b, inds, tot, stated_grade="良"), "docx", docx_bytes(d)


# k05 山东 district urban-management bureau, .txt: the conclusion under the title; 收入 / 支出 with 同比 in one paragraph;
# the indicators a pipe table with no 一级 column — each 一级 a heading row with its points ("产出指标（50分）") — and
# columns 二级 | 三级 | 分值 | 目标值 | 实际值 | 得分 | 扣分原因; 整改 from last year's evaluation last ----------------------
K05: list[Row] = [
    ("产出指标", "数量指标", "城市道路清扫保洁面积", 10, "≥860万平方米", "872万平方米", "10", ""),
    ("产出指标", "数量指标", "违法建设查处件数", 10, "≥120件", "134件", "10", ""),
    ("产出指标", "质量指标", "环卫作业质量考核达标率", 10, "≥95%", "96.8%", "10", ""),
    ("产出指标", "时效指标", "数字城管案件按期结案率", 10, "≥98%", "95.5%", "8", "雨季积水类案件集中"),
    ("效益指标", "社会效益指标", "城市管理投诉下降率", 10, "≥10%", "12.3%", "10", ""),
    ("效益指标", "生态效益指标", "生活垃圾无害化处理率", 10, "100%", "100%", "10", ""),
    ("效益指标", "可持续影响指标", "市政设施完好率", 10, "≥95%", "97.1%", "10", ""),
    ("满意度指标", "服务对象满意度指标", "市民满意度", 20, "≥90%", "91.7%", "19", "夜间施工噪声投诉较多"),
]


def k05() -> Made:
    ini, adj, exe = "15280.00", "16942.70", "16715.38"
    rt = rate(exe, adj)
    rows = [_ex("产出指标", "成本指标", 10, rt), *K05]
    tot = total(rows, None)
    unit = "临沂市兰山区城市管理局"
    table_rows: list[list[str]] = [["二级指标", "三级指标", "分值", "目标值", "实际值", "得分", "扣分原因"]]
    for l1 in dict.fromkeys(r[0] for r in rows):
        part = [r for r in rows if r[0] == l1]
        table_rows.append([f"{l1}（{sum(r[3] for r in part)}分）", "", "", "", "", "", ""])
        table_rows += [[r[1], r[2], str(r[3]), shown(r[4]), shown(r[5]), r[6], r[7]] for r in part]
    table_rows.append(["合计", "", "100", "", "", str(tot), ""])
    text = f"""{unit}2025年度部门整体支出绩效自评报告

自评结论：2025年度部门整体支出绩效自评得分{tot}分，自评等级“优”。

一、部门概况
区城市管理局负责全区市容环境卫生、市政设施维护、城市管理综合执法等工作，内设办公室、市容管理科、市政设施科、执法监督科4个科室，所属区环境卫生服务中心、区市政工程维护中心2个事业单位。年末编制总数126名，实有人数118名，其中行政编制人员22名、事业编制人员96名。

二、预算收支及执行情况
2025年度收入总计{adj}万元，同比增长4.2%，其中一般公共预算财政拨款收入16210.70万元、政府性基金预算财政拨款收入732.00万元；支出总计{exe}万元，同比增长3.8%，其中基本支出3862.15万元、项目支出12853.23万元。年初预算{ini}万元，全年预算{adj}万元，全年执行{exe}万元，预算执行率{rt}%。

三、绩效指标完成情况
{_pipe(table_rows)}

四、存在的问题及原因
数字城管案件按期结案率未达目标，雨季积水类案件集中且处置周期长；夜间施工噪声投诉较多。

五、上年度评价问题整改情况及下一步措施
2024年度评价指出环卫作业考核不严，2025年已实行网格化考核，环卫作业质量考核达标率由2024年的93.5%提高到96.8%。2026年将建立积水点台账，汛前完成排水设施疏通。
"""
    b = money(ini, adj, exe, rt)
    b.update({"income_total": D(adj), "income_items": items(("一般公共预算财政拨款收入", "16210.70"), ("政府性基金预算财政拨款收入", "732.00")),
              "expenditure_total": D(exe), "expenditure_items": items(("基本支出", "3862.15"), ("项目支出", "12853.23"))})
    u = {"name": unit, "staff_total": 118, "staff_establishment": 126,
         "staff_parts": [{"name": "行政编制人员", "count": 22}, {"name": "事业编制人员", "count": 96}],
         "internal_bodies": ["办公室", "市容管理科", "市政设施科", "执法监督科"], "internal_bodies_count": 4,
         "subordinate_bodies": ["区环境卫生服务中心", "区市政工程维护中心"], "subordinate_bodies_count": 2}
    return facts("整体支出", 2025, u, b, _inds(rows), tot, full_mark=100, stated_grade="优"), "txt", text


# k06 云南 town government, .docx: 收入 as a one-row Word table with the sources as columns (一般公共预算财政拨款 |
# 政府性基金 | 其他收入 | 合计) and 支出 the same way (基本支出 | 项目支出 | 合计); the budget 年初 / 调整 / 决算 a sentence;
# the indicators a Word table 一级 | 二级 | 三级 | 分值 | 年度目标值 | 全年实际值 | 得分 | 偏差原因 with 一级 and 二级
# merged; the score as "综合得分X分，评定为优" -----------------------------------------------------------------------------
K06: list[Row] = [
    ("产出指标", "数量指标", "高原特色产业种植面积", 10, "≥1.5万亩", "1.56万亩", "10", ""),
    ("产出指标", "数量指标", "农村饮水安全巩固提升村数", 10, "≥8个", "8个", "10", ""),
    ("产出指标", "质量指标", "民生资金一卡通发放准确率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "惠农补贴发放及时率", 10, "≥95%", "98%", "10", ""),
    ("效益指标", "经济效益指标", "农村常住居民人均可支配收入增长率", 10, "≥7%", "6.6%", "9", "受疫情影响务工收入下降"),
    ("效益指标", "社会效益指标", "边境一线村组治安案件起数", 10, "≤5起", "3起", "10", ""),
    ("效益指标", "生态效益指标", "河道保洁覆盖率", 10, "100%", "100%", "10", ""),
    ("满意度指标", "服务对象满意度指标", "群众满意度", 20, "≥90%", "93%", "20", ""),
]


def k06() -> Made:
    ini, adj, exe = "2960.00", "3384.56", "3327.91"
    rt = rate(exe, adj)
    rows = [*K06[:4], _ex("产出指标", "成本指标", 10, rt), *K06[4:]]
    tot = total(rows, None)
    unit = "弥勒市竹园镇人民政府"
    gen, fund, oth = "3012.36", "300.00", "72.20"
    basic, proj = "1452.47", "1875.44"
    d = doc()
    d.add_heading(f"{unit}2020年度整体支出绩效自评报告", level=1)
    d.add_paragraph("一、单位概况")
    d.add_paragraph("竹园镇辖13个村委会、2个社区。镇政府内设党政办公室、经济发展办公室、社会事务办公室、社会治安综合治理办公室4个机构，"
                    "下设农业农村服务中心、文化和旅游广播电视体育服务中心、财政所3个站所。全镇在编在岗人员73人"
                    "（其中行政编制35人、事业编制38人），编制总数80名。")
    d.add_paragraph("二、收支情况（单位：万元）")
    d.add_paragraph("表1  2020年度收入情况")
    table(d, [["一般公共预算财政拨款", "政府性基金", "其他收入", "合计"], [gen, fund, oth, adj]])
    d.add_paragraph("表2  2020年度支出情况")
    table(d, [["基本支出", "项目支出", "合计"], [basic, proj, exe]])
    d.add_paragraph(f"2020年年初预算{ini}万元，追加调整后预算{adj}万元，决算支出{exe}万元，预算执行率{rt}%。")
    d.add_paragraph("三、绩效指标完成情况")
    head = ["一级指标", "二级指标", "三级指标", "分值", "年度目标值", "全年实际值", "得分", "偏差原因"]
    body = [[r[0], r[1], r[2], str(r[3]), shown(r[4]), shown(r[5]), r[6], r[7]] for r in rows]
    table(d, [head, *body], vmerge_cols=(0, 1))
    d.add_paragraph("四、自评结论")
    d.add_paragraph(f"对照指标体系逐项打分，我镇2020年度整体支出综合得分{tot}分，评定为“优”。")
    d.add_paragraph("五、存在问题及改进措施")
    d.add_paragraph("农村居民收入增速未达目标。下一步将扩大劳务输出培训，发展特色种植，促进群众增收。")
    b = money(ini, adj, exe, rt)
    b.update({"income_total": D(adj), "income_items": items(("一般公共预算财政拨款", gen), ("政府性基金", fund), ("其他收入", oth)),
              "expenditure_total": D(exe), "expenditure_items": items(("基本支出", basic), ("项目支出", proj))})
    u = {"name": unit, "staff_total": 73, "staff_establishment": 80,
         "staff_parts": [{"name": "行政编制", "count": 35}, {"name": "事业编制", "count": 38}],
         "internal_bodies": ["党政办公室", "经济发展办公室", "社会事务办公室", "社会治安综合治理办公室"], "internal_bodies_count": 4,
         "subordinate_bodies": ["农业农村服务中心", "文化和旅游广播电视体育服务中心", "财政所"], "subordinate_bodies_count": 3}
    return facts("整体支出", 2020, u, b, _inds(rows), tot, stated_grade="优"), "docx", docx_bytes(d)


# k07 广西 township, .txt: the indicators in prose (one sentence per 二级) AND in a pipe table in the same section, the
# prose saying 预期 / 实际 where the table says 目标值 / 实际值; 整改 of last year's evaluation with last year's rate; the
# score at the end; planted EXECUTION_RATE_MISMATCH (the stated rate 97.80 % where 执行 ÷ 全年预算 gives 96.47 %) --------
K07: list[Row] = [
    ("产出指标", "数量指标", "村屯道路硬化里程", 15, "≥6公里", "6.3公里", "15", ""),
    ("产出指标", "质量指标", "项目验收合格率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "民生补助资金兑付及时率", 10, "≥95%", "97%", "10", ""),
    ("效益指标", "经济效益指标", "村集体经济收入增长率", 15, "≥8%", "9.5%", "15", ""),
    ("效益指标", "社会效益指标", "防止返贫监测对象帮扶覆盖率", 15, "100%", "100%", "15", ""),
    ("满意度指标", "服务对象满意度指标", "群众满意度", 25, "≥90%", "91.2%", "25", ""),
]


def k07() -> Made:
    ini, adj, exe = "1820.00", "2108.40", "2034.05"
    true_rt = rate(exe, adj)
    stated_rt = D("97.80")
    assert stated_rt != true_rt
    rows = [_ex("产出指标", "成本指标", 10, stated_rt), *K07]
    tot = total(rows, None)
    unit = "容县石寨乡人民政府"
    sentences = [f"{r[1]}方面，{r[2]}预期{shown(r[4])}，实际{shown(r[5])}，得{r[6]}分。" for r in rows]
    head = ["一级指标", "二级指标", "三级指标", "目标值", "实际值", "分值", "得分"]
    form = [head, *[[r[0], r[1], r[2], shown(r[4]), shown(r[5]), str(r[3]), r[6]] for r in rows], ["合计", "", "", "", "", "100", str(tot)]]
    text = f"""{unit}2022年度部门整体支出绩效自评报告

一、基本情况
石寨乡辖9个行政村，乡政府设党政综合办公室、经济发展办公室、社会事务办公室、乡村振兴办公室4个内设机构。全乡编制52个，年末实有人员49人（行政人员27人、事业人员22人），退休人员31人不在统计之列。
2022年全乡年初预算{ini}万元，调整后全年预算{adj}万元，全年支出{exe}万元，预算执行率{stated_rt}%。其中基本支出934.27万元，项目支出1099.78万元。

二、上年度绩效评价整改情况
2021年度自评指出预算执行率偏低（2021年为92.30%），我乡2022年实行项目资金按月调度，执行进度明显加快。

三、绩效指标完成情况
{" ".join(sentences)}
各项指标完成情况汇总如下：
{_pipe(form)}

四、存在问题及建议
个别村级项目资料归档不及时。建议乡财政所每季度开展一次项目资料核查。

五、自评结论
经综合评价，我乡2022年度部门整体支出绩效自评得分{tot}分，等级为“优”。
"""
    b = money(ini, adj, exe, stated_rt)
    b.update({"expenditure_total": D(exe), "expenditure_items": items(("基本支出", "934.27"), ("项目支出", "1099.78"))})
    u = {"name": unit, "staff_total": 49, "staff_establishment": 52,
         "staff_parts": [{"name": "行政人员", "count": 27}, {"name": "事业人员", "count": 22}],
         "internal_bodies": ["党政综合办公室", "经济发展办公室", "社会事务办公室", "乡村振兴办公室"], "internal_bodies_count": 4}
    return (facts("整体支出", 2022, u, b, _inds(rows, note=False), tot, full_mark=100, stated_grade="优",
                  planted=["EXECUTION_RATE_MISMATCH"]), "txt", text)


# k08 陕西 street office, .docx: 基本情况 and 收支 merged; staff the seed's way ("全街道现有在职干部职工N人，其中街道机关…、
# 综合执法队…、便民服务中心…"); the indicators numbered the seed's way ("1. 预算执行率（20分）") with "该指标得分X分", and
# the same indicators in a 附表 Word table after the text (with 一级 / 二级); the score at the end; planted GRADE_MISMATCH
# (88.60 分 called “优”) --------------------------------------------------------------------------------------------------
K08: list[Row] = [
    ("产出指标", "数量指标", "社区网格员配备数", 10, "≥96人", "96人", "10", ""),
    ("产出指标", "质量指标", "矛盾纠纷化解率", 10, "≥95%", "93%", "8", "2起邻里纠纷转入诉讼"),
    ("产出指标", "时效指标", "困难群众救助资金发放及时率", 10, "100%", "100%", "10", ""),
    ("效益指标", "社会效益指标", "辖区安全生产事故起数", 15, "≤1起", "0起", "15", ""),
    ("效益指标", "生态效益指标", "背街小巷环境整治完成率", 15, "≥90%", "80%", "10", "3条小巷雨污分流未完成"),
    ("满意度指标", "服务对象满意度指标", "居民满意度", 20, "≥90%", "85%", "16", "老旧小区停车难问题未解决"),
]


def k08() -> Made:
    ini, adj, exe = "3560.00", "3925.80", "3740.30"
    rt = rate(exe, adj)
    ex = _ex("产出指标", "成本指标", 20, rt)
    rows = [ex, *K08]
    tot = total(rows, None)
    assert tot < 90
    unit = "汉中市汉台区龙江街道办事处"
    d = doc()
    d.add_heading(f"{unit}2024年度部门整体支出绩效自评报告", level=1)
    d.add_paragraph("一、基本情况及收支")
    d.add_paragraph("1. 机构设置：街道设党政办公室、经济发展办公室、社会事务办公室、平安建设办公室、城市管理办公室5个内设机构，"
                    "另设综合执法队、便民服务中心2个事业机构。")
    d.add_paragraph("2. 人员情况：全街道现有在职干部职工74人，其中街道机关41人、综合执法队15人、便民服务中心18人。")
    d.add_paragraph(f"3. 收支情况：2024年度收入总计{adj}万元，其中一般公共预算财政拨款收入3811.80万元，其他收入114.00万元；"
                    f"支出总计{exe}万元，其中基本支出1687.42万元，项目支出2052.88万元。")
    d.add_paragraph("二、绩效评价情况")
    for i, r in enumerate(rows, 1):
        d.add_paragraph(f"{i}. {r[2]}（{r[3]}分）")
        if r[2] == "预算执行率":
            body = (f"2024年度，我街道年初预算{ini}万元，全年预算{adj}万元，全年执行{exe}万元，预算执行率{rt}%，"
                    f"该指标得分{r[6]}分。")
        else:
            why = f"未达目标的原因是{r[7]}，" if r[7] else ""
            body = f"2024年度目标{shown(r[4])}，实际达到{shown(r[5])}，{why}该指标得分{r[6]}分。"
        d.add_paragraph(body)
    d.add_paragraph("三、存在的问题")
    d.add_paragraph("背街小巷雨污分流改造进度滞后；老旧小区停车难问题群众反映较多。")
    d.add_paragraph("四、改进措施")
    d.add_paragraph("2025年将3条小巷雨污分流纳入区级城建计划；挖掘闲置地块增设停车泊位200个。")
    d.add_paragraph("五、评价结论")
    d.add_paragraph(f"本次整体支出绩效自评综合得分{tot}分，评价等级为“优”。")
    d.add_paragraph("附表：2024年度部门整体支出绩效自评表")
    head = ["一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值", "得分"]
    body_rows = [[r[0], r[1], r[2], shown(r[4]), shown(r[5]), str(r[3]), r[6]] for r in rows]
    table(d, [head, *body_rows, ["合计", "", "", "", "", "100", str(tot)]], vmerge_cols=(0,))
    b = money(ini, adj, exe, rt)
    b.update({"income_total": D(adj), "income_items": items(("一般公共预算财政拨款收入", "3811.80"), ("其他收入", "114.00")),
              "expenditure_total": D(exe), "expenditure_items": items(("基本支出", "1687.42"), ("项目支出", "2052.88"))})
    u = {"name": unit, "staff_total": 74,
         "staff_parts": [{"name": "街道机关", "count": 41}, {"name": "综合执法队", "count": 15}, {"name": "便民服务中心", "count": 18}],
         "internal_bodies": ["党政办公室", "经济发展办公室", "社会事务办公室", "平安建设办公室", "城市管理办公室"],
         "internal_bodies_count": 5, "subordinate_bodies": ["综合执法队", "便民服务中心"], "subordinate_bodies_count": 2}
    inds = _inds(rows, note=False)
    return (facts("整体支出", 2024, u, b, inds, tot, full_mark=100, stated_grade="优", planted=["GRADE_MISMATCH"]),
            "docx", docx_bytes(d))


REPORTS = {
    "k01-sc-xuanhan-town-whole-txt-conclusion-first-seed-prose": k01,
    "k02-hb-yidu-street-whole-docx-rectify-first-two-tables": k02,
    "k03-gz-meitan-civil-whole-txt-prose-and-annex-form": k03,
    "k04-he-pingshan-township-whole-docx-summary-first-block-prose": k04,
    "k05-sd-lanshan-urban-whole-txt-level-heading-rows": k05,
    "k06-yn-mile-town-whole-docx-source-columns": k06,
    "k07-gx-rongxian-township-whole-txt-prose-and-table-planted": k07,
    "k08-sn-hantai-street-whole-docx-seed-prose-annex-planted": k08,
}
