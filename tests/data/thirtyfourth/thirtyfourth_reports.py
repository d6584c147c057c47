# ruff: noqa: E501
"""Reports g01–g08 of the thirty-fourth set, each returning (facts, ext, content). Every unit, person, project and figure
is invented (real provinces and counties, invented streets, towns, schools, hospitals, centres and projects).

Builders and value helpers are the eighteenth, twentieth, twenty-fifth and twenty-ninth sets' (imported, not copied).
"""

from __future__ import annotations

from typing import Any

from eighteenth_facts import D, Made, Row, doc, docx_bytes, facts, indicator_fact, shown, table
from twentieth_facts import indicators, money, scored
from twentyfifth_project import project_of, project_unit
from twentyninth_reports import FORM_HEAD, form_rows, pipe_row


def _prose(rows: list[Row], block: str, *, score_first: bool = False) -> list[str]:
    """Each indicator of one 一级 block told in one sentence with its target, actual, points and score."""
    out = []
    for j, r in enumerate((r for r in rows if r[0] == block), 1):
        pts = f"得{r[6]}分（分值{r[3]}分）" if score_first else f"分值{r[3]}分，得{r[6]}分"
        why = f"{r[7]}。" if r[7] else ""
        out.append(f"{j}.{r[2]}：年度目标{shown(r[4])}，实际完成{shown(r[5])}，{pts}。{why}")
    return out


def _block_sum(rows: list[Row], block: str) -> tuple[int, Any]:
    picked = [r for r in rows if r[0] == block]
    return sum(r[3] for r in picked), sum((D(r[6]) for r in picked), D(0))


def _flat(inds: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The expected indicators of a prose report whose 二级 is not written."""
    for i in inds:
        i.pop("level2", None)
    return inds


# g01 四川 street office, .txt: 单位概况 with bodies and 编制 in brackets; the budget told as 收入决算 / 支出决算 with 同比
# clauses before the 预算 sentence; indicators told per 一级 in prose ("（一）产出指标（50分，得48.91分）"), each sentence with
# "得X分（分值Y分）"; 问题 / 改进措施 / 结果应用 before the 自评结论 "评价等级为优秀" -------------------------------------
G01: list[Row] = [
    ("产出指标", "数量指标", "城市社区网格员配备人数", 10, "≥96人", "98人", "10", ""),
    ("产出指标", "质量指标", "社区矛盾纠纷调处成功率", 10, "≥95%", "96.8%", "10", ""),
    ("产出指标", "时效指标", "民生诉求按期办结率", 10, "≥98%", "97.2%", "9", "年末集中诉求较多，个别件超期"),
    ("产出指标", "成本指标", "公用经费控制率", 10, "≤100%", "96.4%", "10", ""),
    ("效益指标", "社会效益指标", "辖区刑事案件发案率下降幅度", 15, "≥5%", "6.3%", "15", ""),
    ("效益指标", "可持续影响指标", "老旧小区物业管理覆盖率", 15, "≥80%", "76%", "13", "两个无物业小区尚在引入"),
    ("满意度指标", "服务对象满意度指标", "辖区居民满意度", 20, "≥90%", "93.5%", "20", ""),
]


def g01() -> Made:
    ini, adj, exe = "3420.00", "3684.52", "3652.18"
    rt, es, tot = scored(exe, adj, G01)
    unit = "广安市前锋区青檀街道办事处"
    blocks = []
    for n, block in enumerate(("产出指标", "效益指标", "满意度指标")):
        w, s = _block_sum(G01, block)
        if block == "产出指标":
            w, s = w + 10, s + es
        lines = [f"（{'一二三'[n]}）{block}（{w}分，得{s}分）"]
        if block == "产出指标":
            lines.append(f"预算执行率：年度目标100%，实际完成{rt}%，得{es}分（分值10分）。")
        lines += _prose(G01, block, score_first=True)
        blocks.append("\n".join(lines))
    body = "\n".join(blocks)
    text = f"""{unit}2024年度单位整体支出绩效自评报告

一、单位概况
青檀街道办事处是前锋区人民政府的派出机关，辖8个社区、3个村。办事处内设党政办公室、党建工作办公室、社区治理办公室、经济发展办公室、民生服务办公室，下设综合行政执法队、便民服务中心。核定编制60名（行政编制38名、事业编制22名），截至2024年12月31日实有在职人员57人。

二、部门财政资金收支情况
2024年度收入决算数3684.52万元，比上年增加212.30万元，同比增长6.11%。其中：财政拨款收入3598.52万元，其他收入86.00万元。
2024年度支出决算数{exe}万元，比上年增加198.46万元，增长5.75%。其中：基本支出1526.40万元，项目支出2125.78万元。
本年年初预算{ini}万元，年中追加老旧小区改造及防汛资金后调整预算{adj}万元，全年支出{exe}万元，预算执行率{rt}%。

三、整体绩效目标实现情况
{body}

四、存在的问题
（一）部分民生诉求办理时效不足；（二）老旧小区物业管理覆盖仍有差距。

五、改进措施
加强诉求分级交办和督办，推动无物业小区引入物业服务或实行居民自治管理。

六、结果应用
自评结果已报区财政局，并作为2025年部门预算安排和项目立项的重要参考。

七、自评结论
综合以上情况，我街道2024年度整体支出绩效自评得分{tot}分，评价等级为优秀。
"""
    inds = _flat(indicators(rt, es, G01, level1="产出指标"))
    inds[0]["target"] = {"value": D(100), "unit": "%"}
    u = {"name": unit, "staff_total": 57, "staff_establishment": 60,
         "internal_bodies": ["党政办公室", "党建工作办公室", "社区治理办公室", "经济发展办公室", "民生服务办公室"],
         "subordinate_bodies": ["综合行政执法队", "便民服务中心"]}
    b = money(ini, adj, exe, rt)
    b.update({"income_total": D("3684.52"), "income_items": [{"name": "财政拨款收入", "amount": D("3598.52")},
                                                             {"name": "其他收入", "amount": D("86.00")}],
              "expenditure_total": D(exe), "expenditure_items": [{"name": "基本支出", "amount": D("1526.40")},
                                                                 {"name": "项目支出", "amount": D("2125.78")}]})
    f = facts("整体支出", 2024, u, b, inds, tot, stated_grade="优")
    return f, "txt", text


# g02 河南 county middle school, .docx: staff as 教职工 / 专任教师 with the 编制 after; the budget in a Word table by 支出
# 类别 (基本支出 / 项目支出 / 合计) with 年初预算 / 调整后预算 / 决算数 / 执行率 columns; the 自评表 a Word table in the
# 附件 with other column names (指标值 / 实际完成 / 权重 / 自评分 / 未完成原因); grade 良好 ----------------------------------
G02: list[Row] = [
    ("产出指标", "数量指标", "在校学生人数", 10, "≥2100人", "2146人", "10", ""),
    ("产出指标", "数量指标", "教师培训人次", 10, "≥320人次", "268人次", "8", "暑期集中培训取消一期"),
    ("产出指标", "质量指标", "初中毕业生学业水平考试合格率", 15, "≥95%", "91.4%", "12", "薄弱学科补差不到位"),
    ("产出指标", "时效指标", "学生资助资金发放及时率", 5, "100%", "100%", "5", ""),
    ("效益指标", "社会效益指标", "义务教育巩固率", 15, "≥99%", "98.6%", "13", "两名学生随父母外出务工转学未接续"),
    ("效益指标", "可持续影响指标", "校舍安全隐患整改率", 15, "100%", "85%", "11", "一栋宿舍楼加固延至2025年"),
    ("满意度指标", "服务对象满意度指标", "学生家长满意度", 20, "≥90%", "88%", "18", "课后服务项目偏少"),
]


def g02() -> Made:
    ini, adj, exe = "2460.00", "2598.30", "2541.06"
    basic = ("1862.00", "1924.30", "1921.85")
    proj = ("598.00", "674.00", "619.21")
    rt, es, tot = scored(exe, adj, G02)
    unit = "鲁山县鸡冠山中学"
    d = doc()
    d.add_heading(f"{unit}2024年度部门整体支出绩效自评报告", level=1)
    d.add_paragraph("一、学校基本情况")
    d.add_paragraph("我校是县教育体育局所属的公办初级中学，设教学班42个。学校内设办公室、教务处、政教处、总务处，"
                    "现有教职工186人，其中专任教师164人；核定编制192名。")
    d.add_paragraph("二、预算收支及执行情况")
    d.add_paragraph("2024年学校预算执行情况见下表（单位：万元）：")
    rate_of = lambda x: f"{(D(x[2]) / D(x[1]) * 100).quantize(D('0.01'))}%"  # noqa: E731
    table(d, [["支出类别", "年初预算", "调整后预算", "决算数", "执行率"],
              ["基本支出", *basic, rate_of(basic)], ["项目支出", *proj, rate_of(proj)],
              ["合计", ini, adj, exe, f"{rt}%"]])
    d.add_paragraph(f"全年支出{exe}万元，预算执行率{rt}%。项目支出执行偏慢，主要是宿舍楼加固工程结算延后。")
    d.add_paragraph("三、绩效目标完成情况")
    d.add_paragraph("学校围绕教育教学质量提升设置了产出、效益和满意度三类指标，完成情况见附件。")
    d.add_paragraph("四、存在问题及改进措施")
    d.add_paragraph("教学质量指标未达目标，校舍加固进度滞后。下一步加强学科教研，督促施工单位按期完工。")
    d.add_paragraph("五、自评结论")
    d.add_paragraph(f"经学校绩效自评工作小组评定，2024年度整体支出绩效自评得分{tot}分，自评等级为良好。")
    d.add_paragraph(f"附件：{unit}2024年度整体支出绩效自评表")
    head = ["一级指标", "二级指标", "三级指标", "指标值", "实际完成", "权重", "自评分", "未完成原因"]
    rows = [head, ["产出指标", "预算执行", "预算执行率", "100%", f"{rt}%", "10", str(es), ""]]
    rows += [[r[0], r[1], r[2], shown(r[4]), shown(r[5]), str(r[3]), r[6], r[7]] for r in G02]
    rows.append(["合计", "", "", "", "", "100", str(tot), ""])
    table(d, rows, vmerge_cols=(0,))
    inds = indicators(rt, es, G02, level1="产出指标", level2="预算执行", target={"value": D(100), "unit": "%"})
    u = {"name": unit, "staff_total": 186, "staff_establishment": 192,
         "internal_bodies": ["办公室", "教务处", "政教处", "总务处"]}
    f = facts("整体支出", 2024, u, money(ini, adj, exe, rt), inds, tot, full_mark=100, stated_grade="良")
    return f, "docx", docx_bytes(d)


# g03 湖北 county people's hospital, .txt: a 项目 report whose first section merges 项目概况 and 资金 ("年初批复预算…，
# 调整预算后项目预算…"); the form a pipe table with 指标值 / 完成值 columns; planted TOTAL_MISMATCH (stated 2 above the sum) --
G03: list[Row] = [
    ("产出指标", "数量指标", "接入医共体平台的乡镇卫生院数", 15, "≥14家", "14家", "15", ""),
    ("产出指标", "数量指标", "远程会诊例数", 10, "≥1800例", "1926例", "10", ""),
    ("产出指标", "质量指标", "系统运行稳定率", 10, "≥99%", "99.4%", "10", ""),
    ("产出指标", "时效指标", "平台上线时间", 5, "T:2024年9月底前", "T:2024年10月", "4", "数据接口调试延期一个月"),
    ("效益指标", "社会效益指标", "基层首诊率", 20, "≥65%", "66.2%", "20", ""),
    ("效益指标", "可持续影响指标", "检查检验结果互认率", 10, "≥80%", "74%", "8", "部分卫生院设备标准不一"),
    ("满意度指标", "服务对象满意度指标", "患者满意度", 20, "≥90%", "94%", "20", ""),
]


def g03() -> Made:
    ini, adj, exe = "560.00", "612.00", "598.37"
    rt, es, tot = scored(exe, adj, G03)
    stated = tot + 2
    dept, impl, proj = "竹溪县卫生健康局", "竹溪县人民医院", "县域医共体信息化建设项目"
    head = ["一级指标", "二级指标", "三级指标", "指标值", "完成值", "分值", "得分", "偏差原因"]
    rows = [head, ["产出指标", "预算执行", "预算执行率", "100%", f"{rt}%", "10", str(es), ""]]
    rows += [[r[0], r[1], r[2], shown(r[4]), shown(r[5]), str(r[3]), r[6], r[7]] for r in G03]
    rows.append(["合计", "", "", "", "", "100", str(stated), ""])
    form = "\n".join(pipe_row(r) for r in rows)
    text = f"""{proj}绩效自评报告
（2024年度）

一、项目概况及资金情况
项目名称：{proj}
主管部门：{dept}
实施单位：{impl}
本项目建设县域医共体信息平台，连通县人民医院与全县14家乡镇卫生院。2024年年初批复预算{ini}万元，调整预算后项目预算{adj}万元，截至12月31日实际支出{exe}万元，预算执行率{rt}%。

二、绩效指标完成情况
{form}

三、偏差分析
平台上线较计划推迟一个月；检查检验结果互认受设备标准影响未达目标。

四、自评结论
本项目2024年度绩效自评得分{stated}分，等级为优。
"""
    inds = indicators(rt, es, G03, level1="产出指标", level2="预算执行", target={"value": D(100), "unit": "%"})
    f = facts("项目支出", 2024, project_unit(dept), money(ini, adj, exe, rt), inds, stated,
              project=project_of(proj, impl), full_mark=100, stated_grade="优", planted=["TOTAL_MISMATCH"])
    return f, "txt", text


# g04 山东 district agriculture bureau, .docx: the 收入 / 支出 told with 一般公共预算 / 政府性基金 parts and 同比 clauses; the
# indicators told per 一级 as block sums only in the prose ("产出指标共6项，分值50分，得分49分"); the score table a Word
# table in the 附件 after 结果应用; "评价等级为'优'" --------------------------------------------------------------------------
G04: list[Row] = [
    ("产出指标", "数量指标", "高标准农田建设面积", 10, "≥1.2万亩", "1.26万亩", "10", ""),
    ("产出指标", "数量指标", "农机购置补贴兑付台套数", 10, "≥850台套", "872台套", "10", ""),
    ("产出指标", "质量指标", "农产品质量安全抽检合格率", 10, "≥98%", "99.1%", "10", ""),
    ("产出指标", "时效指标", "惠农补贴发放及时率", 10, "100%", "100%", "10", ""),
    ("效益指标", "经济效益指标", "农村居民人均可支配收入增幅", 15, "≥6%", "6.4%", "15", ""),
    ("效益指标", "生态效益指标", "化肥使用量减少幅度", 15, "≥3%", "2.1%", "12", "经济作物面积扩大"),
    ("满意度指标", "服务对象满意度指标", "农户满意度", 20, "≥90%", "95%", "20", ""),
]


def g04() -> Made:
    ini, adj, exe = "5210.00", "6084.60", "6012.75"
    rt, es, tot = scored(exe, adj, G04)
    unit = "潍坊市寒亭区农业农村局"
    d = doc()
    d.add_heading(f"{unit}2024年度部门整体支出绩效自评报告", level=1)
    d.add_paragraph("一、部门概况")
    d.add_paragraph("区农业农村局为区政府工作部门，内设办公室、发展规划科、农田建设管理科、农产品质量安全监管科、"
                    "农村合作经济指导科共5个科室，所属事业单位有区农业技术推广中心、区农业综合执法大队。"
                    "全局行政编制18名、事业编制41名，合计编制59名；2024年末在职人员56人。")
    d.add_paragraph("二、部门收支情况")
    d.add_paragraph("2024年度收入合计6084.60万元，较上年增加486.20万元，增长8.68%，其中：一般公共预算财政拨款收入"
                    "5398.60万元，政府性基金预算财政拨款收入686.00万元。2024年度支出合计6012.75万元，较上年增加"
                    "455.35万元，增长8.19%，其中：基本支出1184.32万元，项目支出4828.43万元。")
    d.add_paragraph(f"全年年初预算{ini}万元，全年调整预算{adj}万元，实际执行{exe}万元，预算执行率{rt}%，得{es}分。")
    d.add_paragraph("三、绩效指标完成情况")
    for block in ("产出指标", "效益指标", "满意度指标"):
        w, s = _block_sum(G04, block)
        n = sum(1 for r in G04 if r[0] == block)
        if block == "产出指标":
            w, s, n = w + 10, s + es, n + 1
        d.add_paragraph(f"{block}：共设置{n}项，分值{w}分，得分{s}分。")
    d.add_paragraph("四、存在问题")
    d.add_paragraph("化肥减量目标未完成，部分项目前期论证不充分。")
    d.add_paragraph("五、改进措施")
    d.add_paragraph("推广测土配方施肥，加强项目入库前评审。")
    d.add_paragraph("六、结果应用")
    d.add_paragraph("将自评结果与2025年预算安排挂钩，对低效项目压减预算。")
    d.add_paragraph("七、自评结论")
    d.add_paragraph(f"我局2024年度部门整体支出绩效自评得分{tot}分，评价等级为“优”。")
    d.add_paragraph("附件")
    d.add_paragraph("部门整体支出绩效自评表")
    table(d, [FORM_HEAD, *form_rows(G04, rt, es), ["总分", "", "", "", "", "100", str(tot), ""]], vmerge_cols=(0,))
    inds = indicators(rt, es, G04, level1="产出指标", level2="预算执行")
    u = {"name": unit, "staff_total": 56, "staff_establishment": 59,
         "internal_bodies": ["办公室", "发展规划科", "农田建设管理科", "农产品质量安全监管科", "农村合作经济指导科"],
         "internal_bodies_count": 5, "subordinate_bodies": ["区农业技术推广中心", "区农业综合执法大队"]}
    b = money(ini, adj, exe, rt)
    b.update({"income_total": D("6084.60"),
              "income_items": [{"name": "一般公共预算财政拨款收入", "amount": D("5398.60")},
                               {"name": "政府性基金预算财政拨款收入", "amount": D("686.00")}],
              "expenditure_total": D(exe), "expenditure_items": [{"name": "基本支出", "amount": D("1184.32")},
                                                                 {"name": "项目支出", "amount": D("4828.43")}]})
    f = facts("整体支出", 2024, u, b, inds, tot, full_mark=100, stated_grade="优")
    return f, "docx", docx_bytes(d)


# g05 湖南 township government, .txt: 基本情况 and 预算执行 merged in one section; staff "核定编制…，年末实有在职人员…，其中
# 行政人员…、事业人员…；另有退休人员…"; 收入总计 / 支出总计 before the 预算 sentence; the form a pipe table with no 偏差 column;
# "自评结果为"优"" ------------------------------------------------------------------------------------------------------
G05: list[Row] = [
    ("产出指标", "数量指标", "农村危房改造户数", 10, "≥24户", "26户", "10", ""),
    ("产出指标", "数量指标", "村级公益事业一事一议奖补项目数", 10, "≥9个", "9个", "10", ""),
    ("产出指标", "质量指标", "项目工程验收合格率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "民生资金兑付及时率", 10, "≥98%", "96%", "9", ""),
    ("效益指标", "社会效益指标", "脱贫人口人均纯收入增幅", 15, "≥8%", "8.6%", "15", ""),
    ("效益指标", "生态效益指标", "森林防火责任事故发生次数", 15, "0次", "0次", "15", ""),
    ("满意度指标", "服务对象满意度指标", "群众满意度", 20, "≥90%", "92.3%", "20", ""),
]


def g05() -> Made:
    ini, adj, exe = "2318.60", "2596.84", "2563.97"
    rt, es, tot = scored(exe, adj, G05)
    unit = "新化县白溪镇人民政府"
    head = ["一级指标", "二级指标", "三级指标", "目标值", "完成值", "分值", "得分"]
    rows = [head, ["产出指标", "预算执行", "预算执行率", "100%", f"{rt}%", "10", str(es)]]
    rows += [[r[0], r[1], r[2], shown(r[4]), shown(r[5]), str(r[3]), r[6]] for r in G05]
    rows.append(["总分", "", "", "", "", "100", str(tot)])
    form = "\n".join(pipe_row(r) for r in rows)
    text = f"""{unit}
2024年度部门整体支出绩效自评报告

一、基本情况及预算执行情况
（一）机构人员
镇政府设党政综合办公室、经济发展办公室、社会事务办公室、自然资源和生态环境办公室、应急管理办公室5个内设机构，下辖18个村（社区）。全镇核定编制74名，年末实有在职人员69人，其中行政人员41人、事业人员28人；另有退休人员35人。
（二）收支及预算执行
2024年度收入总计2596.84万元，其中一般公共预算财政拨款收入2384.84万元，政府性基金预算财政拨款收入212.00万元；支出总计{exe}万元，其中基本支出1108.45万元，项目支出1455.52万元。全镇年初预算数{ini}万元，调整预算数{adj}万元，决算支出{exe}万元，执行率{rt}%。

二、绩效指标完成情况
{form}

三、存在问题及整改措施
个别民生资金兑付因村级资料报送滞后略有延迟。下一步建立村级报送台账，按月通报。

四、自评结论
综合评定，我镇2024年度部门整体支出绩效自评得分{tot}分，自评结果为“优”。
"""
    inds = indicators(rt, es, G05, level1="产出指标", level2="预算执行", target={"value": D(100), "unit": "%"})
    u = {"name": unit, "staff_total": 69, "staff_establishment": 74,
         "staff_parts": [{"name": "行政人员", "count": 41}, {"name": "事业人员", "count": 28}],
         "internal_bodies": ["党政综合办公室", "经济发展办公室", "社会事务办公室", "自然资源和生态环境办公室", "应急管理办公室"],
         "internal_bodies_count": 5}
    b = money(ini, adj, exe, rt)
    b.update({"income_total": D("2596.84"),
              "income_items": [{"name": "一般公共预算财政拨款收入", "amount": D("2384.84")},
                               {"name": "政府性基金预算财政拨款收入", "amount": D("212.00")}],
              "expenditure_total": D(exe), "expenditure_items": [{"name": "基本支出", "amount": D("1108.45")},
                                                                 {"name": "项目支出", "amount": D("1455.52")}]})
    f = facts("整体支出", 2024, u, b, inds, tot, full_mark=100, stated_grade="优")
    return f, "txt", text


# g06 江苏 county market-supervision bureau, .txt: a 项目 form tab-separated (money block and indicator table) after a short
# report; a 结果应用 section; planted EXECUTION_RATE_MISMATCH (the money row's 执行率 two points above 执行数 ÷ 全年预算数) --
G06: list[Row] = [
    ("产出指标", "数量指标", "食品安全监督抽检批次", 15, "≥1600批次", "1688批次", "15", ""),
    ("产出指标", "数量指标", "快检筛查批次", 10, "≥6000批次", "6240批次", "10", ""),
    ("产出指标", "质量指标", "不合格食品核查处置率", 15, "100%", "100%", "15", ""),
    ("产出指标", "时效指标", "抽检结果按时公布率", 10, "≥95%", "97%", "10", ""),
    ("效益指标", "社会效益指标", "食品安全抽检合格率", 15, "≥97%", "97.6%", "15", ""),
    ("效益指标", "可持续影响指标", "食品安全事故发生起数", 5, "0起", "0起", "5", ""),
    ("满意度指标", "服务对象满意度指标", "公众食品安全满意度", 20, "≥85%", "88.4%", "20", ""),
]


def g06() -> Made:
    ini, adj, exe = "380.00", "395.00", "361.42"
    rt = (D(exe) / D(adj) * 100).quantize(D("0.01"))
    stated_rt = rt + 2
    es = (10 * stated_rt / 100).quantize(D("0.01"))
    tot = es + sum(D(r[6]) for r in G06)
    dept, impl, proj = "宝应县市场监督管理局", "宝应县食品药品检验检测中心", "食品安全监督抽检专项经费"
    money_lines = "\n".join("\t".join(r) for r in [
        ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["年度资金总额", ini, adj, exe, "10", f"{stated_rt}%", str(es)],
        ["其中：当年财政拨款", ini, adj, exe, "—", "—", "—"]])
    form = "\n".join("\t".join(r) for r in [FORM_HEAD, *[[r[0], r[1], r[2], shown(r[4]), shown(r[5]), str(r[3]), r[6], r[7]] for r in G06],
                                            ["总分", "", "", "", "", "100", str(tot), ""]])
    text = f"""{proj}2024年度绩效自评报告

一、项目基本情况
该项目由{dept}主管，{impl}具体实施，主要用于全县食品安全监督抽检、快检筛查和不合格食品核查处置。

二、项目资金及绩效完成情况
项目名称\t{proj}
主管部门\t{dept}\t实施单位\t{impl}
{money_lines}
{form}

三、结果应用
自评结果将在县政府门户网站公开，并作为2025年抽检经费预算安排的依据。

四、自评结论
经自评，本项目得分{tot}分，绩效等级为优。
"""
    inds = [{"name": "预算执行率", "weight": 10, "actual": {"value": stated_rt, "unit": "%"}, "stated_score": es}]
    inds += [indicator_fact(r) for r in G06]
    f = facts("项目支出", 2024, project_unit(dept), money(ini, adj, exe, stated_rt), inds, tot,
              project=project_of(proj, impl), full_mark=100, stated_grade="优", planted=["EXECUTION_RATE_MISMATCH"])
    return f, "txt", text


# g07 广东 community health centre, .docx: no table at all: indicators told per 一级 in paragraphs ("（一）产出指标（共45分，
# 得43分）" then "1.名称：年度目标…，实际完成…，分值…，得…分。"); staff "在编在岗…人（不含编外聘用人员）"; "等级为优秀" ----
G07: list[Row] = [
    ("产出指标", "数量指标", "家庭医生签约服务人数", 10, "≥12000人", "12650人", "10", ""),
    ("产出指标", "数量指标", "65岁及以上老年人健康管理人数", 10, "≥3800人", "3912人", "10", ""),
    ("产出指标", "质量指标", "居民电子健康档案规范建档率", 15, "≥90%", "87.5%", "13", "流动人口建档信息不全"),
    ("效益指标", "社会效益指标", "高血压患者规范管理率", 15, "≥70%", "72.4%", "15", ""),
    ("效益指标", "社会效益指标", "辖区孕产妇系统管理率", 15, "≥90%", "93%", "15", ""),
    ("满意度指标", "服务对象满意度指标", "签约居民满意度", 25, "≥90%", "91.6%", "25", ""),
]


def g07() -> Made:
    ini, adj, exe = "1126.00", "1204.50", "1187.36"
    rt, es, tot = scored(exe, adj, G07)
    unit = "佛山市高明区明城镇社区卫生服务中心"
    d = doc()
    d.add_heading(f"{unit}2024年度单位整体支出绩效自评报告", level=1)
    d.add_paragraph("一、单位基本情况")
    d.add_paragraph("中心为区卫生健康局下属公益一类事业单位，内设综合办公室、公共卫生科、医务科、护理部，"
                    "下设社区卫生服务站6个。中心核定编制48名，实有在职人员45人（不含编外聘用人员）。")
    d.add_paragraph("二、预算执行情况")
    d.add_paragraph(f"2024年年初预算{ini}万元，调整后预算{adj}万元，全年实际支出{exe}万元，预算执行率{rt}%。")
    d.add_paragraph("三、绩效指标完成情况")
    for n, block in enumerate(("产出指标", "效益指标", "满意度指标")):
        w, s = _block_sum(G07, block)
        if block == "产出指标":
            w, s = w + 10, s + es
        d.add_paragraph(f"（{'一二三'[n]}）{block}（共{w}分，得{s}分）")
        if block == "产出指标":
            d.add_paragraph(f"预算执行率：年度目标100%，实际完成{rt}%，分值10分，得{es}分。")
        for line in _prose(G07, block):
            d.add_paragraph(line)
    d.add_paragraph("四、自评结论")
    d.add_paragraph(f"经综合评价，中心2024年度整体支出绩效自评得分{tot}分，等级为优秀。")
    d.add_paragraph("五、存在问题和下一步工作")
    d.add_paragraph("流动人口健康档案信息不全。下一步与社区网格联动，逐户核实补录。")
    inds = _flat(indicators(rt, es, G07, level1="产出指标"))
    inds[0]["target"] = {"value": D(100), "unit": "%"}
    u = {"name": unit, "staff_total": 45, "staff_establishment": 48,
         "internal_bodies": ["综合办公室", "公共卫生科", "医务科", "护理部"]}
    f = facts("整体支出", 2024, u, money(ini, adj, exe, rt), inds, tot, stated_grade="优")
    return f, "docx", docx_bytes(d)


# g08 贵州 county culture centre (事业单位), .txt: a short 项目 report whose form comes in the 附件 as a pipe table with the
# money block's rows first; a sub-budget's "其中…已支出X万元" in the prose that is not the project's total; grade 良 -----
G08: list[Row] = [
    ("产出指标", "数量指标", "非遗传承人培训人次", 15, "≥200人次", "186人次", "12", "一期培训因场地维修推迟"),
    ("产出指标", "数量指标", "非遗进校园活动场次", 10, "≥30场", "24场", "8", "学校课时安排紧张"),
    ("产出指标", "质量指标", "非遗项目数字化档案完成率", 10, "≥80%", "65%", "6", "外包单位进度滞后"),
    ("效益指标", "社会效益指标", "非遗展演受众人次", 15, "≥3万人次", "3.2万人次", "15", ""),
    ("效益指标", "可持续影响指标", "新增县级非遗传承人数", 15, "≥6人", "5人", "12", "一名申报人材料不全"),
    ("满意度指标", "服务对象满意度指标", "群众满意度", 25, "≥90%", "90.5%", "25", ""),
]


def g08() -> Made:
    ini, adj, exe = "86.00", "86.00", "78.54"
    rt, es, tot = scored(exe, adj, G08)
    dept, impl, proj = "雷山县文体广电旅游局", "雷山县文化馆", "非物质文化遗产保护传承项目"
    rows = [["项目名称", proj, "", "", "", "", ""], ["主管部门", dept, "", "实施单位", impl, "", ""],
            ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["年度资金总额", ini, adj, exe, "10", f"{rt}%", str(es)]]
    money_block = "\n".join(pipe_row(r) for r in rows)
    form = "\n".join(pipe_row(r) for r in [FORM_HEAD, *form_rows(G08, rt, es), ["总分", "", "", "", "", "100", str(tot), "良"]])
    text = f"""{proj}2024年度绩效自评报告

一、项目概况
本项目由{impl}实施，主管部门为{dept}。年初安排预算{ini}万元，年内未调整，全年支出{exe}万元，预算执行率{rt}%。其中非遗传承人培训经费安排24.00万元，已支出19.86万元。

二、绩效目标实现情况
全年完成非遗传承人培训186人次，开展非遗进校园活动24场，展演受众3.2万人次，部分产出指标未达年度目标。

三、存在问题和改进措施
数字化档案外包进度滞后，下一步在合同中明确节点并按节点付款。

四、自评结论
本项目2024年度绩效自评得分{tot}分，自评等级为良。

附件：{proj}绩效自评表
{money_block}
{form}
"""
    inds = indicators(rt, es, G08, level1="产出指标", level2="预算执行")
    f = facts("项目支出", 2024, project_unit(dept), money(ini, adj, exe, rt), inds, tot,
              project=project_of(proj, impl), full_mark=100, stated_grade="良")
    return f, "txt", text


REPORTS: dict[str, Any] = {
    "g01-sc-qianfeng-street-whole-txt-income-yoy-prose-blocks": g01,
    "g02-ha-lushan-school-whole-docx-budget-table-annex-form": g02,
    "g03-hb-zhuxi-hospital-project-txt-merged-sections-planted": g03,
    "g04-sd-hanting-agri-whole-docx-block-sums-annex": g04,
    "g05-hn-xinhua-town-whole-txt-merged-basics-budget": g05,
    "g06-js-baoying-market-project-txt-tab-form-planted": g06,
    "g07-gd-gaoming-health-whole-docx-prose-indicators": g07,
    "g08-gz-leishan-culture-project-txt-annex-form": g08,
}
