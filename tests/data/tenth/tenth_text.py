# ruff: noqa: E501  (report lines are kept whole)
"""Tenth corpus, whole-unit reports as text: a Hubei street office's long prose report (一、部门概况 with
编制/在职/退休 and 内设机构, 二、部门财政资金收支情况, 三公经费) with its form as web-copied pipes whose columns are
指标权重 / 年初指标值 / 全年完成值 / 指标得分 (w01); a Henan township's 2020-template form whose money block puts
按收入性质分 and 按支出性质分 side by side and whose 年度主要任务 rows carry 预算数/执行数 (w02); a Sichuan county
bureau whose 基本情况 and 收支 are label tables before the indicators (w06); a Hunan bureau whose money rows each
carry an 执行率权重 and 执行率得分 (w07)."""

from __future__ import annotations

from tenth_base import (
    D,
    Report,
    cells_of,
    exec_score,
    execution_indicator,
    exp,
    items,
    money,
    num,
    pct,
    pipe,
    q,
    rate_of,
    sep,
    sum_scores,
    t,
    whole_facts,
)


# ---------------------------------------------------------------- w01
def w01() -> Report:
    """Hubei, Xiaogan: a street office's prose report; the income items do not add up to the stated
    income total (a slip kept); the form's indicator columns are 指标权重 / 年初指标值 / 全年完成值 / 指标得分."""
    unit = "孝感市孝南区槐荫街道办事处"
    fa, fb, fe = D("2146.30"), D("2408.76"), D("2352.19")
    rate = rate_of(fe, fb)
    es = exec_score(10, rate)
    inds = [
        q("网格员配备到位率", "产出指标", "数量指标", 10, "=", 100, "%", 100, 10),
        q("背街小巷整治条数", "产出指标", "数量指标", 10, "≥", 12, "条", 13, 10),
        q("信访事项按期办结率", "产出指标", "时效指标", 10, "≥", 95, "%", 97.3, 10),
        q("社区服务中心达标率", "产出指标", "质量指标", 10, "≥", 90, "%", 88, 9.5, note="2个社区用房改造未完工"),
        q("辖区刑事案件下降率", "效益指标", "社会效益指标", 15, "≥", 5, "%", 6.2, 15),
        t("垃圾分类长效机制", "效益指标", "生态效益指标", 10, "建立", "已建立", 10),
        t("基层治理能力", "效益指标", "可持续影响指标", 10, "持续提升", "有所提升", 8, note="智慧社区平台尚在试运行"),
        q("辖区居民满意度", "满意度指标", "服务对象满意度指标", 15, "≥", 90, "%", 93.4, 15),
    ]
    total = sum_scores(inds, es)
    body = cells_of(inds, ["l1", "l2", "name", "w", "tgt", "act", "sc", "note"])
    lines = [
        "孝感市孝南区槐荫街道办事处2024年度部门整体支出绩效自评报告",
        "",
        "一、部门概况",
        "（一）主要职能",
        "街道办事处是区人民政府的派出机关，负责辖区党的建设、经济发展服务、社会治理、公共服务和平安建设等工作。",
        "（二）机构设置及人员情况",
        "街道内设党政综合办公室、党建工作办公室、社会事务办公室、平安建设办公室、城市管理办公室、经济发展办公室6个内设机构，下设便民服务中心、综合行政执法队2个事业单位。",
        "截至2024年末，街道核定编制56名，实有在职人员51人，退休人员23人（退休人员经费由区社保部门统筹发放）。",
        "二、部门财政资金收支情况",
        "（一）收入情况",
        f"2024年度街道收入合计{sep(D('2431.58'))}万元，其中：一般公共预算财政拨款收入{sep(D('2214.36'))}万元，政府性基金预算财政拨款收入126.40万元，其他收入80.82万元。",
        "（二）支出情况",
        f"2024年度街道支出合计{sep(fe)}万元，其中：基本支出{sep(D('1186.25'))}万元，主要用于人员工资、社会保障缴费和日常公用经费；项目支出{sep(D('1165.94'))}万元，主要用于社区治理、城市管理和民生保障。",
        "（三）“三公”经费情况",
        "2024年“三公”经费支出8.62万元，比上年减少1.35万元，其中公务接待费1.20万元，公务用车运行维护费7.42万元。",
        "三、部门整体支出绩效情况",
        f"2024年街道年初预算{sep(fa)}万元，调整后全年预算{sep(fb)}万元，全年执行{sep(fe)}万元，预算执行率{pct(rate)}。各项指标完成情况见下表。",
        "",
        pipe(["部门整体支出绩效自评表", "", "", "", "", "", "", ""]),
        pipe(["预算执行情况（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", ""]),
        pipe(["年度资金总额", money(fa), money(fb), money(fe), "10", pct(rate), num(es), ""]),
        pipe(["一级指标", "二级指标", "三级指标", "指标权重", "年初指标值", "全年完成值", "指标得分", "未完成原因"]),
        *(pipe(r) for r in body),
        pipe(["合计", "", "", "100", "", "", num(total), ""]),
        "",
        "四、评价结论",
        f"经综合评价，槐荫街道2024年度部门整体支出绩效自评得分{num(total)}分，自评等级为“优”。",
        "五、存在的问题及改进措施",
        "部分社区用房改造进度偏慢，下一步将加强项目调度，确保按期完工。",
        "",
        "孝感市孝南区槐荫街道办事处",
        "2025年3月12日",
    ]
    facts = whole_facts(2024, unit, {
        "budget": {"initial": fa, "adjusted": fb, "executed": fe, "stated_execution_rate": rate,
                   "income_total": D("2431.58"),
                   "income_items": items([("一般公共预算财政拨款收入", "2214.36"), ("政府性基金预算财政拨款收入", "126.40"),
                                          ("其他收入", "80.82")]),
                   "expenditure_total": fe,
                   "expenditure_items": items([("基本支出", "1186.25"), ("项目支出", "1165.94")])},
        "indicators": [execution_indicator(10, rate, es), *(exp(i) for i in inds)],
        "stated_total": total, "stated_grade": "优", "full_mark": D(100),
    })
    facts["unit"].update({"staff_establishment": 56, "staff_total": 51,
                          "internal_bodies": ["党政综合办公室", "党建工作办公室", "社会事务办公室", "平安建设办公室",
                                              "城市管理办公室", "经济发展办公室"],
                          "internal_bodies_count": 6,
                          "subordinate_bodies": ["便民服务中心", "综合行政执法队"], "subordinate_bodies_count": 2})
    return Report("w01-hb-huaiyin-street-prose-weightcols", ".txt", "\n".join(lines) + "\n", facts,
                  "Hubei street office: long prose (部门概况 with 编制/在职/退休 and 内设机构, 收入/支出 with items, 三公经费), "
                  "form as pipes with 指标权重 before 年初指标值/全年完成值 and 指标得分", ["INCOME_SUM_MISMATCH"])


# ---------------------------------------------------------------- w02
def w02() -> Report:
    """Henan, Nanyang: a township's 2020 central-template whole-unit form copied from a web page; the money
    block prints 按收入性质分 and 按支出性质分 side by side on the same rows; 年度主要任务 rows carry 预算数/执行数."""
    unit = "南阳市镇平县石佛寺镇人民政府"
    fa, fb, fe = D("3018.60"), D("3342.15"), D("3275.48")
    rate = rate_of(fe, fb)
    es = D("9.80")
    inds = [
        q("高标准农田建设面积", "产出指标", "数量指标", 10, "≥", 5000, "亩", 5200, 10),
        q("农村道路硬化里程", "产出指标", "数量指标", 10, "≥", 18, "公里", 18.6, 10),
        q("人居环境整治达标村比例", "产出指标", "质量指标", 10, "≥", 90, "%", 92.5, 10),
        q("惠民资金发放及时率", "产出指标", "时效指标", 10, "=", 100, "%", 100, 10),
        q("玉雕产业从业人员人均增收", "效益指标", "经济效益指标", 10, "≥", 800, "元", 860, 10),
        q("脱贫人口务工就业人数", "效益指标", "社会效益指标", 10, "≥", 1500, "人", 1468, 9.5, note="外出务工人员返乡"),
        t("镇域生态环境", "效益指标", "生态效益指标", 10, "持续改善", "持续改善", 10),
        q("群众满意度", "满意度指标", "服务对象满意度指标", 20, "≥", 90, "%", 91.8, 20),
    ]
    total = sum_scores(inds, es)
    body = cells_of(inds, ["l1", "l2", "name", "tgt", "act", "w", "sc", "note"])
    tasks = [("乡村振兴", "高标准农田、农村道路及人居环境整治", "1526.40", "1498.72"),
             ("产业发展", "玉雕产业园区配套与从业人员培训", "612.00", "596.35"),
             ("民生保障", "低保、特困供养及临时救助", "703.75", "702.41")]
    lines = [
        "部门整体支出绩效自评表",
        "（2024年度）",
        pipe(["部门（单位）名称", unit, "", "", "", "", "", ""]),
        pipe(["年度预算执行情况（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]),
        pipe(["", "年度资金总额", money(fa), money(fb), money(fe), "10", pct(rate), num(es)]),
        pipe(["", "按收入性质分", "", "", "", "按支出性质分", "", ""]),
        pipe(["", "一般公共预算", "2790.20", "3061.35", "2996.88", "基本支出", "1235.40", "1229.66"]),
        pipe(["", "政府性基金预算", "228.40", "280.80", "278.60", "项目支出", "2106.75", "2045.82"]),
        pipe(["年度主要任务", "任务名称", "", "主要内容", "", "预算数", "执行数", ""]),
        *(pipe(["", a, "", b, "", c, d, ""]) for a, b, c, d in tasks),
        pipe(["年度总体目标", "年初设定目标", "", "", "全年实际完成情况", "", "", ""]),
        pipe(["", "推进乡村振兴，完善农村基础设施，发展玉雕特色产业，兜牢民生底线。", "", "", "完成高标准农田5200亩、道路硬化18.6公里，玉雕从业人员增收。", "", "", ""]),
        pipe(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]),
        *(pipe(r) for r in body),
        pipe(["总分", "", "", "", "", "100", num(total), ""]),
        "",
        "填报单位（盖章）：镇平县石佛寺镇人民政府        填报日期：2025年2月26日",
    ]
    facts = whole_facts(2024, unit, {
        "budget": {"initial": fa, "adjusted": fb, "executed": fe, "stated_execution_rate": rate},
        "indicators": [execution_indicator(10, rate, es), *(exp(i) for i in inds)],
        "stated_total": total, "full_mark": D(100),
    })
    return Report("w02-ha-shifosi-town-sidebyside-money", ".txt", "\n".join(lines) + "\n", facts,
                  "Henan township, 2020 central whole-unit form as pipes: 按收入性质分 / 按支出性质分 side by side in the "
                  "money block, 年度主要任务 with 预算数/执行数, 年度总体目标")


# ---------------------------------------------------------------- w06
def w06() -> Report:
    """Sichuan, Nanchong: a county bureau whose 基本情况 and 收支情况 are label tables (tab-free, one row per line
    with full-width spaces between cells) before an indicator table whose columns are 指标名称 / 指标权重 / 指标值 /
    完成值 / 指标得分 without levels (the levels are headings)."""
    unit = "南充市营山县水务局"
    fa, fb, fe = D("1425.80"), D("1690.34"), D("1612.07")
    rate = rate_of(fe, fb)
    es = exec_score(20, rate)
    out = [
        q("水利工程维修养护处数", "产出指标", "数量指标", 10, "≥", 45, "处", 47, 10),
        q("农村供水工程水质达标率", "产出指标", "质量指标", 15, "≥", 90, "%", 93.2, 15),
        q("汛前隐患整改完成率", "产出指标", "时效指标", 10, "=", 100, "%", 100, 10),
    ]
    eff = [
        q("农村自来水普及率", "效益指标", "社会效益指标", 15, "≥", 92, "%", 91.4, 14.5, note="2个偏远村管网延伸未完成"),
        t("河湖水质", "效益指标", "生态效益指标", 10, "稳定达标", "稳定达标", 10),
    ]
    sat = [q("农村供水用户满意度", "满意度指标", "服务对象满意度指标", 20, "≥", 85, "%", 88.6, 20)]
    inds = [*out, *eff, *sat]
    total = sum_scores(inds, es)
    sp = "\u3000"

    def row(cells: list[str]) -> str:
        return sp.join(cells)

    def block(title: str, group: list) -> list[str]:
        return [title, row(["指标名称", "指标权重", "指标值", "完成值", "指标得分"]),
                *(row([i.name, num(i.w), i.target_text(), i.actual_text(), num(i.sc)]) for i in group)]

    lines = [
        "营山县水务局2024年度部门整体支出绩效自评报告",
        "",
        "一、部门基本情况",
        row(["单位名称", unit, "单位负责人", "何建明"]),
        row(["编制人数", "38", "在职人数", "35"]),
        row(["退休人数", "27", "内设股室数", "7"]),
        "局机关内设办公室、规划计划股、水利工程股、农村水利股、水资源管理股、河湖管理股、财务股7个股室。",
        "二、部门收支情况（万元）",
        row(["项目", "年初预算", "调整后预算", "决算数"]),
        row(["支出合计", money(fa), money(fb), money(fe)]),
        row(["其中：基本支出", "612.40", "648.91", "645.33"]),
        row(["项目支出", "813.40", "1041.43", "966.74"]),
        f"预算执行率{pct(rate)}，该项分值20分，得{num(es)}分。",
        "三、绩效指标完成情况",
        "（一）产出指标（35分）",
        *block("", out)[1:],
        "（二）效益指标（25分）",
        *block("", eff)[1:],
        "（三）满意度指标（20分）",
        *block("", sat)[1:],
        "四、自评结论",
        f"营山县水务局2024年度部门整体支出绩效自评综合得分{num(total)}分，自评等级为优。",
        "",
        "营山县水务局",
        "2025年4月8日",
    ]
    expd = [{**exp(i), "level1": i.l1} for i in inds]
    for e in expd:
        e.pop("level2", None)
        e.pop("deviation_note", None)
    facts = whole_facts(2024, unit, {
        "budget": {"initial": fa, "adjusted": fb, "executed": fe, "stated_execution_rate": rate},
        "indicators": [execution_indicator(20, rate, es), *expd],
        "stated_total": total, "stated_grade": "优",
    })
    facts["unit"].update({"staff_establishment": 38, "staff_total": 35,
                          "internal_bodies": ["办公室", "规划计划股", "水利工程股", "农村水利股", "水资源管理股", "河湖管理股",
                                              "财务股"], "internal_bodies_count": 7})
    return Report("w06-sc-yingshan-water-labeltables-ideospace", ".txt", "\n".join(lines) + "\n", facts,
                  "Sichuan county bureau: 基本情况 and 收支 as label rows with ideographic spaces between cells, "
                  "indicator rows 指标名称/指标权重/指标值/完成值/指标得分 under level headings with points")


# ---------------------------------------------------------------- w07
def w07() -> Report:
    """Hunan, Changde: a bureau's form whose money rows (total, 基本支出, 项目支出) each carry an 执行率权重 and
    an 执行率得分; the stated rate is 3 points above 执行数 ÷ 全年预算数 (a slip kept)."""
    unit = "常德市鼎城区农业农村局"
    fa, fb, fe = D("2680.00"), D("3125.40"), D("2918.66")
    true_rate = rate_of(fe, fb)
    stated = true_rate + 3
    bw, pw = D(4), D(6)
    bfb, bfe = D("1186.20"), D("1180.94")
    pfb, pfe = fb - bfb, fe - bfe
    bs, ps = exec_score(bw, rate_of(bfe, bfb)), exec_score(pw, rate_of(pfe, pfb))
    es = bs + ps
    inds = [
        q("耕地地力保护补贴发放面积", "产出指标", "数量指标", 10, "≥", 86, "万亩", 86.4, 10),
        q("农产品质量安全抽检合格率", "产出指标", "质量指标", 10, "≥", 98, "%", 99.1, 10),
        q("动物疫病强制免疫密度", "产出指标", "质量指标", 10, "≥", 90, "%", 95, 10),
        q("补贴资金兑付及时率", "产出指标", "时效指标", 10, "=", 100, "%", 100, 10),
        q("农村居民人均可支配收入增长率", "效益指标", "经济效益指标", 10, "≥", 6, "%", 6.8, 10),
        q("农作物秸秆综合利用率", "效益指标", "生态效益指标", 10, "≥", 88, "%", 86.5, 9, note="部分乡镇收储设施不足"),
        t("农业社会化服务体系", "效益指标", "可持续影响指标", 10, "逐步完善", "逐步完善", 10),
        q("服务对象满意度", "满意度指标", "服务对象满意度指标", 20, "≥", 90, "%", 92.3, 20),
    ]
    total = sum_scores(inds, es)
    body = cells_of(inds, ["l1", "l2", "name", "tgt", "act", "w", "sc", "note"])
    lines = [
        "常德市鼎城区农业农村局",
        "2024年度部门整体支出绩效自评表",
        "",
        pipe(["资金情况（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率", "执行率权重", "执行率得分", "说明"]),
        pipe(["年度资金总额", money(fa), money(fb), money(fe), pct(stated), "10", num(es), ""]),
        pipe(["其中：基本支出", "1186.20", money(bfb), money(bfe), pct(rate_of(bfe, bfb)), num(bw), num(bs), ""]),
        pipe(["项目支出", money(fa - D("1186.20")), money(pfb), money(pfe), pct(rate_of(pfe, pfb)), num(pw), num(ps), "部分项目跨年实施"]),
        pipe(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析"]),
        *(pipe(r) for r in body),
        pipe(["总分", "", "", "", "", "100", num(total), ""]),
        pipe(["自评等级", "优", "", "", "", "", "", ""]),
        "",
        "单位负责人：龚志远    填表人：彭丽    填报日期：2025年3月5日",
    ]
    facts = whole_facts(2024, unit, {
        "budget": {"initial": fa, "adjusted": fb, "executed": fe, "stated_execution_rate": stated},
        "indicators": [execution_indicator(10, stated, es), *(exp(i) for i in inds)],
        "stated_total": total, "stated_grade": "优", "full_mark": D(100),
    })
    return Report("w07-hn-dingcheng-agri-rateweight-rows", ".txt", "\n".join(lines) + "\n", facts,
                  "Hunan bureau form: money rows (总额 / 基本支出 / 项目支出) each with 执行率 / 执行率权重 / 执行率得分",
                  ["EXECUTION_RATE_MISMATCH"])


REPORTS = [w01, w02, w06, w07]
