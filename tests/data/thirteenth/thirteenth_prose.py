# ruff: noqa: E501  (report lines are kept whole)
"""Thirteenth corpus, reports as plain text written mainly in prose: a Yunnan county archive with a cover
block and a 目录 (x01); a Xinjiang service centre whose indicators are chained in one paragraph per 一级
(x03); a Hunan centre with a finance-bureau cover and a 基本概况 copied label / value on alternate lines
(x04); a Sichuan township health centre's 2025 report with a numbered list 权重…自评得… (x07); a Shaanxi
market-regulation bureau scored in the 2013 framework with 扣…分，得…分 (x09); a Shandong cultural centre's
project form with a 得分计算方法 column copied space-separated (x10)."""

from __future__ import annotations

from thirteenth_base import (
    D,
    Report,
    exp,
    items,
    levels_only,
    money,
    num,
    pct,
    q,
    rate_of,
    sep,
    sum_scores,
    t,
    whole_facts,
)


# ---------------------------------------------------------------- x01
def x01() -> Report:
    """Yunnan, Chuxiong: a county archive; cover block (项目名称 / 部门名称 / 评价机构), a 目录 repeating the
    headings, 编制 as 行政编制 0 + 事业编制, 在职实有 with 财政全供养, 离退休 with 离休 0, the 2013 framework
    scored in prose under 一级 headings, the total in the 评价结论."""
    unit = "姚安县档案馆"
    fa, fb, fe = D("352.80"), D("392.15"), D("379.64")
    rate = rate_of(fe, fb)
    inds = [
        q("在职人员控制率", "投入", "预算配置", 5, "≤", 100, "%", D("93.33"), 5),
        q("“三公经费”变动率", "投入", "预算配置", 5, "≤", 0, "%", D("-6.4"), 5),
        q("预算执行率", "过程", "预算执行", 10, "≥", 95, "%", rate, D("9.68")),
        q("档案接收进馆卷数", "产出", "职责履行", 15, "≥", 6000, "卷", 6420, 15),
        q("馆藏档案数字化率", "产出", "职责履行", 15, "≥", 85, "%", D("81.6"), D("13.5")),
        q("档案查阅利用人次", "效果", "履职效益", 25, "≥", 3000, "人次", 3315, 25),
        q("查档群众满意度", "效果", "履职效益", 25, "≥", 90, "%", D("96.2"), 25),
    ]
    total = sum_scores(inds)
    lines = [
        "姚安县档案馆2023年度部门整体支出绩效自评报告",
        "",
        "项目名称：姚安县档案馆整体支出",
        "部门名称：姚安县档案馆",
        "评价机构：姚安县档案馆整体支出绩效评价小组",
        "2024年4月",
        "",
        "目  录",
        "一、部门概况",
        "（一）部门机构设置、编制",
        "（二）部门资金来源及使用情况",
        "二、绩效评价情况",
        "三、评价结论",
        "四、存在的问题及改进措施",
        "",
        "一、部门概况",
        "（一）部门机构设置、编制",
        "1.机构设置情况：姚安县档案馆是县委办公室管理的正科级公益一类事业单位，馆内设办公室、档案接收征集股、档案保管利用股、档案信息化股4个股室，无下属单位。",
        "2.编制情况：县编委核定我馆人员编制15人，其中：行政编制0人，事业编制15人。在职实有14人，其中：财政全供养14人，财政部分供养0人。离退休人员5人，其中：离休0人，退休5人。",
        "（二）部门资金来源及使用情况",
        f"2023年度收入合计{money('386.52')}万元，其中：一般公共预算财政拨款收入371.20万元，其他收入15.32万元。",
        f"2023年度支出合计{money(fe)}万元，其中：基本支出298.17万元（人员经费271.45万元，公用经费26.72万元），项目支出81.47万元。",
        f"我馆2023年年初预算{money(fa)}万元，年中追加调整后全年预算{money(fb)}万元，实际支出{money(fe)}万元，预算执行率{pct(rate)}。",
        "二、绩效评价情况",
        "本次评价采用县财政局印发的部门整体支出绩效评价指标体系，设投入、过程、产出、效果4个一级指标，满分100分。",
        "（一）投入（10分），得10分。",
        "1.在职人员控制率（5分）：核定编制15人，在职实有14人，在职人员控制率93.33%，目标值≤100%，得5分。",
        "2.“三公经费”变动率（5分）：全年“三公”经费支出1.46万元，“三公”经费变动率为-6.4%，目标值≤0%，得5分。",
        f"（二）过程（10分），得{num(inds[2].sc)}分。",
        f"3.预算执行率（10分）：全年预算{money(fb)}万元，实际支出{money(fe)}万元，预算执行率{pct(rate)}，目标值≥95%，得{num(inds[2].sc)}分。",
        "（三）产出（30分），得28.5分。",
        "4.档案接收进馆卷数（15分）：目标值≥6000卷，全年接收进馆6420卷，得15分。",
        "5.馆藏档案数字化率（15分）：目标值≥85%，实际完成81.6%，因扫描外包合同延期签订未达目标，扣1.5分，得13.5分。",
        "（四）效果（50分），得50分。",
        "6.档案查阅利用人次（25分）：目标值≥3000人次，全年接待查档利用3315人次，得25分。",
        "7.查档群众满意度（25分）：目标值≥90%，问卷调查满意度96.2%，得25分。",
        "三、评价结论",
        f"经评价小组综合评定，姚安县档案馆2023年度部门整体支出绩效评价得分{num(total)}分，评价等级为“优”。",
        "四、存在的问题及改进措施",
        "馆藏档案数字化进度滞后于计划。下一步将提前开展采购，按季度督促外包单位完成扫描任务。",
        "",
        "姚安县档案馆",
        "2024年4月18日",
    ]
    facts = whole_facts(2023, unit, {
        "budget": {"initial": fa, "adjusted": fb, "executed": fe, "stated_execution_rate": rate,
                   "income_total": D("386.52"),
                   "income_items": items([("一般公共预算财政拨款收入", "371.20"), ("其他收入", "15.32")]),
                   "expenditure_total": fe,
                   "expenditure_items": items([("基本支出", "298.17"), ("项目支出", "81.47")])},
        "indicators": [levels_only(i) if i.name != "馆藏档案数字化率" else {**levels_only(i), "stated_deduction": D("1.5")}
                       for i in inds],
        "stated_total": total, "stated_grade": "优",
        "stated_block_weights": {"投入": D(10), "过程": D(10), "产出": D(30), "效果": D(50)},
    })
    facts["unit"].update({"staff_establishment": 15, "staff_total": 14,
                          "internal_bodies": ["办公室", "档案接收征集股", "档案保管利用股", "档案信息化股"],
                          "internal_bodies_count": 4})
    return Report("x01-yn-yaoan-archive-cover-toc-frame2013", ".txt", "\n".join(lines) + "\n", facts,
                  "Yunnan county archive: cover block, 目录, 编制 as 行政0+事业, 离休0/退休, 2013 framework in prose with "
                  "“名称（N分）：…目标值≥…，得N分”, 一级 headings with their own 得分")


# ---------------------------------------------------------------- x03
def x03() -> Report:
    """Xinjiang, Urumqi: a district service centre; 实有人数 counts retirees (在职 / 离休 / 退休), 下设N个科室，
    分别是…; 收入总计 = 本年收入合计 + 年初结转和结余; 支出 items with 占…% shares (the items do not add up:
    a slip kept); indicators chained in one paragraph per 一级, each “名称目标…，实际…，得N分（N分）”."""
    unit = "乌鲁木齐市沙依巴克区政务服务中心"
    fb, fe, fa = D("463.80"), D("449.52"), D("402.00")
    rate = rate_of(fe, fb)
    out = [
        q("全年受理办件量", "产出指标", "数量指标", 10, "≥", 12, "万件", D("13.6"), 10),
        q("进驻事项网上可办率", "产出指标", "质量指标", 10, "≥", 95, "%", D("97.8"), 10),
        q("办件按时办结率", "产出指标", "时效指标", 10, "≥", 98, "%", D("99.2"), 10),
        q("窗口运行成本", "产出指标", "成本指标", 10, "≤", 140, "万元", D("128.6"), 10),
    ]
    eff = [
        q("企业开办平均时长", "效益指标", "社会效益指标", 15, "≤", 1, "个工作日", D("0.8"), 15),
        t("“一窗通办”服务模式", "效益指标", "可持续影响指标", 15, "持续运行", "持续运行", 15),
        q("办事群众满意度", "满意度指标", "服务对象满意度指标", 20, "≥", 95, "%", D("93.5"), D("18.5")),
    ]
    inds = [*out, *eff]
    total = sum_scores(inds, D("9.69"))
    lines = [
        "乌鲁木齐市沙依巴克区政务服务中心2023年度部门整体支出绩效自评报告",
        "",
        "一、部门基本情况",
        "（一）主要职能",
        "负责区级政务服务大厅的运行管理，组织协调进驻部门办理行政许可和公共服务事项，推进“互联网+政务服务”和“一窗通办”改革。",
        "（二）机构设置及人员情况",
        "2023年度，实有人数13人，其中：在职人员11人，离休人员0人，退休人员2人。",
        "单位无下属预算单位，下设3个科室，分别是：综合科、窗口管理科、电子政务科。",
        "（三）收支情况",
        "2023年度收入总计458.36万元，其中：本年收入合计452.10万元，年初结转和结余6.26万元。",
        "2023年度本年支出合计449.52万元，其中：基本支出312.40万元，占69.50%；项目支出136.12万元，占30.28%。年末结转和结余8.84万元。",
        "二、绩效自评情况",
        f"（一）预算执行情况。2023年全年预算数{money(fb)}万元（年初预算{money(fa)}万元），执行数{money(fe)}万元，预算执行率{pct(rate)}，该项分值10分，得9.69分。",
        "（二）绩效指标完成情况。",
        "产出指标（40分）：全年受理办件量目标≥12万件，实际13.6万件，得10分（10分）；进驻事项网上可办率目标≥95%，实际97.8%，得10分（10分）；办件按时办结率目标≥98%，实际99.2%，得10分（10分）；窗口运行成本目标≤140万元，实际128.6万元，得10分（10分）。",
        "效益指标（30分）：企业开办平均时长目标≤1个工作日，实际0.8个工作日，得15分（15分）；“一窗通办”服务模式目标持续运行，实际持续运行，得15分（15分）。",
        "满意度指标（20分）：办事群众满意度目标≥95%，实际93.5%，得18.5分（20分），主要原因是高峰时段排队等候时间偏长。",
        "三、自评结论",
        f"综上，本单位2023年度部门整体支出绩效自评得分{num(total)}分，自评等级为优。",
        "四、存在的问题及改进措施",
        "高峰时段窗口力量不足。下一步将推行弹性窗口和预约办理，分流高峰办件。",
    ]
    facts = whole_facts(2023, unit, {
        "budget": {"initial": fa, "adjusted": fb, "executed": fe, "stated_execution_rate": rate,
                   "income_total": D("458.36"),
                   "income_items": items([("本年收入合计", "452.10"), ("年初结转和结余", "6.26")]),
                   "expenditure_total": fe,
                   "expenditure_items": items([("基本支出", "312.40"), ("项目支出", "136.12")]),
                   "carry_over": D("8.84")},
        "indicators": [{"name": "预算执行率", "weight": D(10), "actual": {"value": rate, "unit": "%"},
                        "stated_score": D("9.69")}, *(levels_only(i) for i in inds)],
        "stated_total": total, "stated_grade": "优",
        "stated_block_weights": {"产出指标": D(40), "效益指标": D(30), "满意度指标": D(20)},
    })
    facts["unit"].update({"staff_total": 11, "internal_bodies": ["综合科", "窗口管理科", "电子政务科"],
                          "internal_bodies_count": 3})
    return Report("x03-xj-saybagh-service-chained-paragraph", ".txt", "\n".join(lines) + "\n", facts,
                  "Xinjiang service centre: 实有人数 with retirees inside, 下设N个科室，分别是, 收入总计 = 本年收入合计 + 年初结转, "
                  "支出 items with 占…% shares, indicators chained in one paragraph per 一级 with 得N分（N分）",
                  ["EXPENDITURE_SUM_MISMATCH"])


# ---------------------------------------------------------------- x04
def x04() -> Report:
    """Hunan, Zhuzhou: a district centre's 2020 report with the finance bureau's cover (部门（单位）名称 / 预 算 编 码 /
    评价方式 / 评价机构 / 报告日期 / …财政局（制）), the 基本概况 form copied label and value on alternate lines,
    the budget in prose, the score table copied with tabs in a 2013-framework 评分表 after the text."""
    unit = "株洲市芦淞区园林绿化服务中心"
    fa, fb, fe = D("1180.00"), D("1346.52"), D("1302.87")
    rate = rate_of(fe, fb)
    inds = [
        q("在职人员控制率", "投入", "预算配置", 5, "≤", 100, "%", D("92.31"), 5),
        q("预算执行率", "过程", "预算执行", 15, "≥", 95, "%", rate, 14.5),
        t("资产管理规范性", "过程", "资产管理", 10, "规范", "规范", 10),
        q("新增及提质绿地面积", "产出", "职责履行", 20, "≥", 12, "万平方米", D("13.4"), 20),
        q("行道树补植株数", "产出", "职责履行", 10, "≥", 1500, "株", 1380, 9, note="部分路段管线迁改未完成"),
        q("建成区绿化覆盖率", "效果", "履职效益", 20, "≥", 41, "%", D("41.6"), 20),
        q("市民满意度", "效果", "社会公众满意度", 20, "≥", 90, "%", D("92.7"), 20),
    ]
    total = sum_scores(inds)
    tab = "\t"
    lines = [
        "株洲市2020年度部门整体支出",
        "绩效评价自评报告",
        "",
        f"部门（单位）名称：  {unit}",
        "预 算 编 码：   308012",
        "评价方式：部门（单位）绩效自评",
        "评价机构：部门（单位）评价组",
        "",
        "报告日期：2021年05月20日",
        "株洲市芦淞区财政局（制）",
        "",
        "一、部门（单位）基本概况",
        "联系人", "", "易晓丹", "", "联络电话", "", "0731-28163025", "",
        "人员编制", "", "26", "", "实有人数", "", "24", "",
        "职能职责概述", "",
        "负责辖区城市公园、游园、道路绿化带的建设和养护管理，承担古树名木保护和城市绿化技术指导。", "",
        "二、部门（单位）支出及绩效情况",
        f"2020年本单位年初预算{sep(fa)}万元，因新增口袋公园建设任务追加预算，调整后预算{sep(fb)}万元，全年实际支出{sep(fe)}万元，预算执行率为{pct(rate)}。",
        "全年新增及提质绿地13.4万平方米，补植行道树1380株，建成区绿化覆盖率达到41.6%。",
        "三、评分情况",
        f"按照部门整体支出绩效评价指标体系逐项自评，自评总分{num(total)}分，等级为优秀，评分表如下。",
        "部门整体支出绩效评价评分表",
        tab.join(["一级指标", "二级指标", "三级指标", "分值", "指标值", "实际完成", "自评得分"]),
        *(tab.join([i.l1, i.l2, i.name, num(i.w), i.target_text(), i.actual_text(), num(i.sc)]) for i in inds),
        tab.join(["合计", "", "", "100", "", "", num(total)]),
        "",
        "四、存在问题及改进措施",
        "部分行道树补植受管线迁改影响未按期完成。下一步将与管线单位建立联动机制，提前排定补植计划。",
    ]
    facts = whole_facts(2020, unit, {
        "budget": {"initial": fa, "adjusted": fb, "executed": fe, "stated_execution_rate": rate},
        "indicators": [exp(i, deviation_note=None) for i in inds],
        "stated_total": total, "stated_grade": "优", "full_mark": D(100),
    })
    facts["unit"].update({"staff_establishment": 26, "staff_total": 24})
    return Report("x04-hn-lusong-greening-cover-altlines", ".txt", "\n".join(lines) + "\n", facts,
                  "Hunan district centre: finance-bureau cover (预 算 编 码 / 评价方式 / 评价机构 / 财政局（制）), 基本概况 label and "
                  "value on alternate lines with blank lines, budget in prose, a tab 评分表 with 合计")


# ---------------------------------------------------------------- x07
def x07() -> Report:
    """Sichuan, Suining: a township health centre's 2025 report (signed 2026); 基本支出 with 人员经费 / 公用经费 in a
    其中; 三公经费 sentence; indicators as a numbered list “（n）名称：年度目标…，实际完成…，该项权重N分，自评得N分”;
    the stated grade 优 does not match the total (a slip kept)."""
    unit = "射洪市金华镇中心卫生院"
    fa, fb, fe = D("1520.00"), D("1652.80"), D("1604.64")
    rate = rate_of(fe, fb)
    inds = [
        q("门诊诊疗人次", "产出指标", "数量指标", 10, "≥", D("3.2"), "万人次", D("3.46"), 10),
        q("65岁及以上老年人健康管理率", "产出指标", "数量指标", 10, "≥", 70, "%", D("66.3"), 7, note="外出务工老人较多"),
        q("高血压患者规范管理率", "产出指标", "质量指标", 10, "≥", 65, "%", D("61.8"), 7, note="随访记录不完整"),
        q("住院患者抗菌药物使用率", "产出指标", "质量指标", 10, "≤", 60, "%", D("57.4"), 10),
        q("传染病报告及时率", "产出指标", "时效指标", 10, "=", 100, "%", 100, 10),
        q("次均门诊费用增幅", "效益指标", "经济效益指标", 10, "≤", 5, "%", D("6.9"), 6, note="检查项目增加"),
        t("家庭医生签约服务", "效益指标", "可持续影响指标", 10, "稳步推进", "稳步推进", 10),
        q("就诊患者满意度", "满意度指标", "服务对象满意度指标", 20, "≥", 90, "%", D("88.4"), 17, note="候诊时间长"),
    ]
    es = D("9.71")
    total = sum_scores(inds, es)
    lines = [
        "射洪市金华镇中心卫生院",
        "2025年度部门整体支出绩效自评报告",
        "",
        "一、单位基本情况",
        "金华镇中心卫生院为射洪市卫生健康局所属公益二类事业单位，承担辖区基本医疗、基本公共卫生服务和对村卫生室的业务指导。",
        "我院设综合办公室、医务科、公共卫生科、护理部、财务科5个职能科室，下辖村卫生室14个。",
        "二、收支情况",
        f"2025年度单位收入合计{sep(D('1611.25'))}万元，其中：财政拨款收入{sep(D('986.40'))}万元，事业收入{sep(D('602.35'))}万元，其他收入22.50万元。",
        f"2025年度单位支出合计{sep(fe)}万元，其中：基本支出{sep(D('1208.44'))}万元，包括人员经费{sep(D('1086.30'))}万元、公用经费122.14万元；项目支出396.20万元，主要为基本公共卫生服务补助。",
        "2025年“三公”经费支出2.35万元，全部为公务用车运行维护费，较上年减少0.41万元。",
        f"全年预算执行方面：年初预算{sep(fa)}万元，全年预算{sep(fb)}万元，执行{sep(fe)}万元，执行率{pct(rate)}，预算执行率指标分值10分，自评得{num(es)}分。",
        "三、绩效指标完成情况",
        *(f"（{n}）{i.name}：年度目标{i.target_text()}，实际完成{i.actual_text()}，该项权重{num(i.w)}分，自评得{num(i.sc)}分"
          + (f"，扣分原因：{i.note}。" if i.note else "。") for n, i in enumerate(inds, 1)),
        "四、自评结果",
        f"本院2025年度部门整体支出绩效自评总得分{num(total)}分，评价等级：优秀。",
        "五、问题及措施",
        "老年人健康管理和慢病规范管理仍有差距。下一步将联合村医开展入户随访，完善电子健康档案。",
        "",
        "射洪市金华镇中心卫生院",
        "2026年3月6日",
    ]
    facts = whole_facts(2025, unit, {
        "budget": {"initial": fa, "adjusted": fb, "executed": fe, "stated_execution_rate": rate,
                   "income_total": D("1611.25"),
                   "income_items": items([("财政拨款收入", "986.40"), ("事业收入", "602.35"), ("其他收入", "22.50")]),
                   "expenditure_total": fe,
                   "expenditure_items": items([("基本支出", "1208.44"), ("项目支出", "396.20")])},
        "indicators": [{"name": "预算执行率", "weight": D(10), "actual": {"value": rate, "unit": "%"},
                        "stated_score": es}, *(exp(i, level1=None, level2=None) for i in inds)],
        "stated_total": total, "stated_grade": "优",
    })
    facts["unit"].update({"internal_bodies": ["综合办公室", "医务科", "公共卫生科", "护理部", "财务科"],
                          "internal_bodies_count": 5, "subordinate_bodies_count": 14})
    return Report("x07-sc-jinhua-clinic-2025-numbered-weight", ".txt", "\n".join(lines) + "\n", facts,
                  "Sichuan township health centre, 2025: 基本支出 with 包括人员经费/公用经费, 三公经费 sentence, indicators as "
                  "（n）名称：年度目标…，实际完成…，该项权重N分，自评得N分，扣分原因", ["GRADE_MISMATCH"])


# ---------------------------------------------------------------- x09
def x09() -> Report:
    """Shaanxi, Baoji: a district market-regulation bureau's 2020 report in the 2013 framework, each indicator
    “名称（N分）：…，扣X分，得Y分” under “（一）投入（N分），扣X分，得Y分”; 编制 with 行政/事业 and 在职 with
    行政人员/事业人员; the budget as 批复 + 追加 = 全年预算; the stated total is one point above the sum (kept)."""
    unit = "宝鸡市陈仓区市场监督管理局"
    fa, fb, fe = D("4862.35"), D("5899.15"), D("5713.42")
    rate = rate_of(fe, fb)
    inds = [
        t("绩效目标合理性", "投入", "目标设定", 5, "", "", 5),
        q("在职人员控制率", "投入", "预算配置", 5, "≤", 100, "%", D("96.24"), 5),
        q("“三公经费”变动率", "投入", "预算配置", 5, "≤", 0, "%", D("2.1"), D("4.5")),
        q("预算执行率", "过程", "预算执行", 15, "≥", 100, "%", rate, D("14.5")),
        t("管理制度健全性", "过程", "预算管理", 10, "", "", 10),
        q("食品安全监督抽检批次", "产出", "职责履行", 15, "≥", 3800, "批次", 4126, 15),
        q("特种设备定期检验率", "产出", "职责履行", 15, "≥", 98, "%", D("96.5"), 14),
        q("市场主体净增户数", "效果", "履职效益", 15, "≥", 3000, "户", 3412, 15),
        q("投诉举报按时办结率", "效果", "履职效益", 15, "≥", 95, "%", D("99.1"), 15),
    ]
    total = sum_scores(inds)
    stated = total + 1
    lines = [
        "宝鸡市陈仓区市场监督管理局2020年度部门整体支出绩效自评报告",
        "",
        "一、部门基本情况",
        "区市场监督管理局为区政府工作部门，局机关内设办公室、综合股、登记注册股、食品生产监管股、特种设备安全监察股等14个股室，下设基层市场监管所12个。",
        "全局核定编制186名，其中行政编制128名、事业编制58名；实有在职人员179人，其中行政人员124人、事业人员55人；另有退休人员63人。",
        f"2020年部门预算批复{sep(fa)}万元，年中追加1,036.80万元，全年预算{sep(fb)}万元，全年支出{sep(fe)}万元，预算执行率{pct(rate)}。",
        "二、绩效评价指标得分情况",
        "按照区财政局统一制定的部门整体支出绩效评价指标体系，从投入、过程、产出、效果四个方面进行自评。",
        "（一）投入（15分），扣0.5分，得14.5分。",
        "1.绩效目标合理性（5分）：绩效目标依据充分，与部门职责和年度计划相符，不扣分，得5分。",
        "2.在职人员控制率（5分）：实有在职179人，核定编制186名，在职人员控制率96.24%，标准≤100%，不扣分，得5分。",
        "3.“三公经费”变动率（5分）：标准≤0%，因新增执法车辆运行，“三公”经费较上年上升2.1%，扣0.5分，得4.5分。",
        "（二）过程（25分），扣0.5分，得24.5分。",
        f"4.预算执行率（15分）：标准100%，全年预算执行率{pct(rate)}，扣0.5分，得14.5分。",
        "5.管理制度健全性（10分）：已制定预算、收支、政府采购和资产管理制度并有效执行，不扣分，得10分。",
        "（三）产出（30分），扣1分，得29分。",
        "6.食品安全监督抽检批次（15分）：标准≥3800批次，全年完成4126批次，不扣分，得15分。",
        "7.特种设备定期检验率（15分）：标准≥98%，实际96.5%，扣1分，得14分。",
        "（四）效果（30分），不扣分，得30分。",
        "8.市场主体净增户数（15分）：标准≥3000户，全年净增3412户，得15分。",
        "9.投诉举报按时办结率（15分）：标准≥95%，实际99.1%，得15分。",
        "三、评价结论",
        f"经自评，我局2020年度部门整体支出综合得分{num(stated)}分，评价等级为“优”。",
        "四、存在问题和整改措施",
        "部分特种设备使用单位报检不及时。下一步将建立到期提醒机制，对逾期未检设备依法查处。",
    ]

    def expected(i):  # the deduction is stated wherever the text says 扣X分
        out = levels_only(i)
        if not i.cmp:
            out.pop("target", None)
            out.pop("actual", None)
        if i.weight != i.score:
            out["stated_deduction"] = i.weight - i.score
        return out

    facts = whole_facts(2020, unit, {
        "budget": {"initial": fa, "adjusted": fb, "executed": fe, "stated_execution_rate": rate},
        "indicators": [expected(i) for i in inds],
        "stated_total": stated, "stated_grade": "优",
        "stated_block_weights": {"投入": D(15), "过程": D(25), "产出": D(30), "效果": D(30)},
    })
    facts["unit"].update({"staff_establishment": 186, "staff_total": 179, "internal_bodies_count": 14,
                          "staff_parts": [{"name": "行政人员", "count": 124}, {"name": "事业人员", "count": 55}]})
    for ind in facts["indicators"]:  # 预算执行率's standard is written without a sign (标准100%)
        if ind["name"] == "预算执行率":
            ind["target"].pop("comparator")
    return Report("x09-sn-chencang-market-frame2013-deductions", ".txt", "\n".join(lines) + "\n", facts,
                  "Shaanxi bureau, 2013 framework: “名称（N分）：标准…，实际…，扣X分，得Y分” under block headings with 扣/得; "
                  "编制 and 在职 each split 行政/事业; 批复 + 追加 = 全年预算", ["TOTAL_MISMATCH"])


# ---------------------------------------------------------------- x10
def x10() -> Report:
    """Shandong, Jinan: a district cultural centre's 2021 project form copied from a web page with spaces
    between cells; the 一级 cells lost their words (only “（50分）” is left); a 得分计算方法 column whose text
    falls on its own lines; dash-only lines between rows; no 全年预算 column."""
    dept, impl, name = "济南市长清区文化和旅游局", "济南市长清区文化馆", "群众文化活动经费"
    fa, fe = D("60"), D("58.6")
    rate = rate_of(fe, fa)
    es = D("9.77")
    inds = [
        q("全年举办群众文化活动场次", "产出指标", "数量指标", D("12.5"), "≥", 80, "场", 86, D("12.5")),
        q("活动安全事故发生次数", "产出指标", "质量指标", D("12.5"), "=", 0, "次", 0, D("12.5")),
        q("活动按计划完成率", "产出指标", "时效指标", D("12.5"), "≥", 95, "%", 100, D("12.5")),
        q("单场活动平均成本", "产出指标", "成本指标", D("12.5"), "≤", D("0.75"), "万元", D("0.68"), D("12.5")),
        q("参与群众人次", "效益指标", "社会效益指标", 15, "≥", 5, "万人次", D("5.6"), 15),
        q("文艺团队培育数量", "效益指标", "可持续影响指标", 15, "≥", 20, "支", 18, D("13.5"), note="部分团队合并"),
        q("群众满意度", "满意度指标", "服务对象满意度指标", 10, "≥", 90, "%", 94, 10),
    ]
    total = sum_scores(inds, es)
    rule_q = "定量指标计算：完成值达到指标值，记满分；未达到指标值，按B/A或A/B*该指标分值记分。"
    rule_t = "定性指标计算：根据“三档”原则分别按照指标分值的100-80%（含80%）、80-50%（含50%）、50-0%来记分。"

    def row(i) -> str:
        return " ".join([i.l2, i.name, i.target_text(), i.actual_text(), num(i.w), num(i.sc), i.note]).rstrip() + "  "

    lines = [
        "区级部门预算项目支出绩效自评表",
        "( 2021 年度)",
        f"主管部门(盖章)：{dept}                                       单位：万元",
        f"项目名称 {name} 主管部门 {dept}",
        f"项目实施单位 {impl} 项目负责人 孟庆华 联系电话 0531-87260418",
        "年度总体目标 年初设定目标 年度总体目标完成情况综述",
        "全年组织开展广场文艺、送戏下乡等群众文化活动不少于80场。 全年开展群众文化活动86场，参与群众5.6万人次。",
        "项目预算",
        "执行情况",
        "(10分)",
        "  年初预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分 得分计算方法",
        f"年度资金总额 {num(fa)} {num(fe)} 10 {pct(rate)} {num(es)} 执行率*该指标分值，最高不得超过分值上限。",
        f"其中：财政拨款 {num(fa)} {num(fe)} - - -",
        "      其他资金     - - -",
        "", "", "",
        "一级",
        "指标",
        "二级",
        "指标",
        "三级指标 预期指标值(A) 实际完成指标值(B) 分值 得分 未完成原因 得分计算方法",
        "", "",
        "(50分)",
        row(inds[0]), rule_q, rule_t, "-          ",
        row(inds[1]), "-          ",
        row(inds[2]), "-          ",
        row(inds[3]), "-          ",
        "", "",
        "(30分)",
        row(inds[4]), "-          ",
        row(inds[5]), "-          ",
        "", "",
        "(10分)",
        row(inds[6]), "-          ",
        f"总分 100 {num(total)}",
        "",
        "自评结论：项目资金使用规范，年度目标基本完成，个别文艺团队因合并未达到培育数量。",
    ]
    facts = {"kind": "项目支出", "year": 2021, "unit": {"supervising_department": dept},
             "project": {"name": name, "implementing_unit": impl},
             "budget": {"initial": fa, "executed": fe, "stated_execution_rate": rate},
             "indicators": [{"name": "预算执行率", "weight": D(10), "actual": {"value": rate, "unit": "%"},
                             "stated_score": es}, *(exp(i, level1=None) for i in inds)],
             "stated_total": total, "full_mark": D(100)}
    return Report("x10-sd-changqing-culture-project-scoringrule-col", ".txt", "\n".join(lines) + "\n", facts,
                  "Shandong cultural centre project form copied with spaces: 一级 cells only “(50分)”, 得分计算方法 column "
                  "text on its own lines, dash-only lines, 年初预算数 / 全年执行数 without 全年预算")


REPORTS = [x01, x03, x04, x07, x09, x10]
