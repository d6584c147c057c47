# ruff: noqa: E501  (report lines are kept whole)
"""Ninth corpus, forms copied as text: a Fujian street office's whole-unit form with a 年度主要任务 table
before its indicators, rows copied from Word with tabs (n01); a Shandong form scored by 扣分 only (n03);
a Fujian 医共体 form with weights as percentages and targets in words (不低于 / 不超过) (n04); a Jiangxi
form typed with full-width digits and punctuation (n05); a Shaanxi form OCR'd with spaced digits (n06);
a Hunan 专项资金 form with 资金来源 rows and 到位数 columns, amounts in 元 (n09)."""

from __future__ import annotations

from ninth_base import (
    D,
    Report,
    cells_of,
    execution_indicator,
    exp,
    full_width,
    money,
    num,
    pct,
    pipe,
    project_facts,
    q,
    rate_of,
    sep,
    spaced,
    sum_scores,
    t,
    tabs,
    wan,
    whole_facts,
)


# ---------------------------------------------------------------- n01
def n01() -> Report:
    """Fujian, Xiamen: a street office's whole-unit form as tab-separated rows; a 年度主要任务 table
    (任务名称 / 主要内容 / 预算数 / 执行数) sits between the money block and the indicators."""
    unit = "厦门市思明区鹭岭街道办事处"
    fa, fb, fe = D("1862.40"), D("2015.36"), D("1968.27")
    rate = rate_of(fe, fb)
    es = D("9.77")
    inds = [
        q("社区网格化管理覆盖率", "产出指标", "数量指标", 10, "=", 100, "%", 100, 10),
        q("辖区老旧小区改造数量", "产出指标", "数量指标", 10, "≥", 6, "个", 6, 10),
        q("城市管理案件结案率", "产出指标", "质量指标", 10, "≥", 95, "%", 96.8, 10),
        q("民生实事项目按期完成率", "产出指标", "时效指标", 10, "≥", 90, "%", 87.5, 9.5, note="1个项目因管线迁改延期至2025年1月"),
        q("社区公共服务事项办结率", "效益指标", "社会效益指标", 15, "≥", 98, "%", 99.2, 15),
        q("辖区环境卫生考评达标率", "效益指标", "生态效益指标", 10, "≥", 90, "%", 93, 10),
        t("基层治理长效机制", "效益指标", "可持续影响指标", 10, "健全", "基本健全", 8, note="物业联席制度尚未覆盖全部小区"),
        q("辖区居民满意度", "满意度指标", "服务对象满意度指标", 15, "≥", 90, "%", 94.6, 15),
    ]
    total = sum_scores(inds, es)
    tasks = [("社区治理与服务", "网格员经费、社区工作者报酬、居民议事活动", "986.20", "972.45"),
             ("老旧小区改造配套", "6个小区雨污分流、立面整治配套资金", "412.00", "398.60"),
             ("城市管理与环境整治", "市容巡查、垃圾分类督导、背街小巷保洁", "368.50", "355.82"),
             ("民生保障", "困难群众走访慰问、退役军人服务站运行", "248.66", "241.40")]
    body = cells_of(inds, ["l1", "l2", "name", "tgt", "act", "w", "sc", "note"])
    lines = [
        "附件2",
        "部门整体支出绩效自评表",
        "（2024年度）",
        tabs(["部门（单位）名称", unit, "", "", "", "", ""]),
        tabs(["年度预算执行情况（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]),
        tabs(["", "年度资金总额", money(fa), money(fb), money(fe), "10", pct(rate), num(es)]),
        tabs(["", "其中：基本支出", "1104.50", "1146.80", "1141.62", "—", "—", "—"]),
        tabs(["", "项目支出", "757.90", "868.56", "826.65", "—", "—", "—"]),
        tabs(["年度主要任务", "任务名称", "", "主要内容", "", "预算数（万元）", "执行数（万元）"]),
        *(tabs(["", a, "", b, "", c, d]) for a, b, c, d in tasks),
        tabs(["年度总体目标", "年初设定目标", "", "", "全年实际完成情况", "", ""]),
        tabs(["", "完善网格化治理，完成6个老旧小区改造配套，提升市容环境和居民满意度。", "", "", "网格化管理全覆盖，6个小区改造配套完成，居民满意度94.6%。", "", ""]),
        tabs(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]),
        *(tabs(r) for r in body),
        tabs(["总分", "", "", "", "", "100", num(total), ""]),
        "",
        "填报人：郑雅琳    联系电话：0592-55xxxxx    填报日期：2025年3月20日",
    ]
    facts = whole_facts(2024, unit, {
        "budget": {"initial": fa, "adjusted": fb, "executed": fe, "stated_execution_rate": rate},
        "indicators": [execution_indicator(10, rate, es), *(exp(i) for i in inds)],
        "stated_total": total, "full_mark": D(100),
    })
    return Report("n01-fj-siming-street-whole-tasks-tabs", ".txt", "\n".join(lines) + "\n", facts,
                  "Fujian street office whole-unit form, tab-separated rows, a 年度主要任务 table (任务名称/主要内容/预算数/执行数) "
                  "between the money block and the indicators; year 2024, signed 2025")


# ---------------------------------------------------------------- n03
def n03() -> Report:
    """Shandong, Linyi: a project form whose indicator table prints 分值 and 扣分 (with 扣分原因), never the
    score; the money block prints 分值 10 and 扣分 too, and the closing line 自评得分 = 100 − 扣分合计."""
    name, dept, unit = "农村公路养护工程补助资金", "临沂市沂南县交通运输局", "沂南县公路事业发展中心"
    fa, fb, fe = D("2360.00"), D("2360.00"), D("2298.46")
    rate = rate_of(fe, fb)
    e_ded = D("0.26")
    es = D(10) - e_ded
    inds = [
        q("农村公路养护里程", "产出指标", "数量指标", 15, "≥", 1280, "公里", 1296, 15),
        q("危桥改造数量", "产出指标", "数量指标", 10, "≥", 5, "座", 4, 8, note="1座危桥因汛期停工，转入下年实施"),
        q("养护工程验收合格率", "产出指标", "质量指标", 10, "=", 100, "%", 100, 10),
        q("养护工程完工及时率", "产出指标", "时效指标", 10, "≥", 95, "%", 92, 9, note="冬季施工受限"),
        q("优良中等路率", "效益指标", "社会效益指标", 15, "≥", 80, "%", 83.4, 15),
        t("路域环境", "效益指标", "生态效益指标", 10, "明显改善", "明显改善", 10),
        q("沿线群众满意度", "满意度指标", "服务对象满意度指标", 20, "≥", 90, "%", 92.7, 20),
    ]
    total = sum_scores(inds, es)

    def ded(i: object) -> str:
        return num(i.weight - i.score)  # type: ignore[attr-defined]

    def why(i: object) -> str:
        return "" if i.weight == i.score else "未达目标值，按比例扣分"  # type: ignore[attr-defined]

    body = cells_of(inds, ["l1", "l2", "name", "tgt", "act", "w", "ded", "why"], extra={"ded": ded, "why": why})
    deductions = D(100) - total
    lines = [
        "沂南县2024年度项目支出绩效自评表",
        "",
        pipe(["项目名称", name, "", "", "", "", "", ""]),
        pipe(["主管部门", dept, "", "", "实施单位", unit, "", ""]),
        pipe(["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "扣分"]),
        pipe(["", "年度资金总额", money(fa), money(fb), money(fe), pct(rate), "10", num(e_ded)]),
        pipe(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "扣分", "扣分原因"]),
        *(pipe(r) for r in body),
        pipe(["合计", "", "", "", "", "100", num(deductions), ""]),
        "",
        f"自评得分：{num(total)}分（满分100分，扣{num(deductions)}分）。",
        "填报单位：沂南县公路事业发展中心    填报日期：2025年2月26日",
    ]
    facts = project_facts(2024, dept, name, unit, {
        "budget": {"initial": fa, "adjusted": fb, "executed": fe, "stated_execution_rate": rate},
        # the 扣分原因 column is what the form prints as each row's reason (the notes above are not printed)
        "indicators": [execution_indicator(10, rate, es), *(exp(i, deviation_note=why(i) or None) for i in inds)],
        "stated_total": total, "full_mark": D(100),
    })
    return Report("n03-sd-yinan-road-project-deductions", ".txt", "\n".join(lines) + "\n", facts,
                  "Shandong project form as pipe rows scoring by 分值 | 扣分 | 扣分原因 only (the score is 分值 − 扣分); the "
                  "total in a closing line 自评得分：…（满分100分，扣…分）")


# ---------------------------------------------------------------- n04
def n04() -> Report:
    """Fujian, Sanming: a county 总医院 (医共体) project form with 权重 printed as percentages ("15%") and
    targets in words (不低于 / 不超过 / 不少于); the weights add up to 105 % (a real slip kept)."""
    name, dept, unit = "紧密型县域医共体建设补助资金", "三明市尤溪县卫生健康局", "尤溪县总医院"
    fb, fe = D("860.00"), D("842.35")
    rate = rate_of(fe, fb)
    es = D("9.79")
    inds = [
        q("派驻乡镇卫生院医师人数", "产出指标", "数量指标", 15, "≥", 40, "人", 43, 15, tgt_cell="不少于40人"),
        q("远程心电诊断覆盖乡镇数", "产出指标", "数量指标", 10, "≥", 15, "个", 15, 10, tgt_cell="不少于15个"),
        q("基层检查结果互认率", "产出指标", "质量指标", 15, "≥", 90, "%", 92.5, 15, tgt_cell="不低于90%"),
        q("远程会诊报告出具时限", "产出指标", "时效指标", 10, "≤", 24, "小时", 18, 10, tgt_cell="不超过24小时"),
        q("县域内就诊率", "效益指标", "社会效益指标", 20, "≥", 90, "%", 91.2, 20, tgt_cell="不低于90%"),
        q("患者满意度", "满意度指标", "服务对象满意度指标", 25, "≥", 90, "%", 93.4, 25, tgt_cell="不低于90%"),
    ]
    total = sum_scores(inds, es)

    def wpct(i: object) -> str:
        return num(i.weight) + "%"  # type: ignore[attr-defined]

    body = cells_of(inds, ["l1", "l2", "name", "tgt", "act", "wp", "sc", "note"], extra={"wp": wpct})
    lines = [
        "尤溪县总医院2024年度项目支出绩效自评表",
        "单位：万元",
        pipe(["项目名称", name, "", "", "", "", "", ""]),
        pipe(["主管部门", dept, "", "", "实施单位", unit, "", ""]),
        pipe(["资金情况", "全年预算数", "全年执行数", "执行率", "权重", "得分", "", ""]),
        pipe(["年度资金总额", money(fb), money(fe), pct(rate), "10%", num(es), "", ""]),
        pipe(["一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "权重", "得分", "偏差原因"]),
        *(pipe(r) for r in body),
        pipe(["合计", "", "", "", "", "", num(total), ""]),
        "",
        "项目负责人：林志谦    财务负责人：黄佩瑶",
    ]
    facts = project_facts(2024, dept, name, unit, {
        "budget": {"adjusted": fb, "executed": fe, "stated_execution_rate": rate},
        "indicators": [execution_indicator(10, rate, es), *(exp(i) for i in inds)],
        "stated_total": total,
    })
    return Report("n04-fj-youxi-hospital-project-pctweights-words", ".txt", "\n".join(lines) + "\n", facts,
                  "Fujian 医共体 project form: 权重 as percentages (15%), targets 不低于/不超过/不少于 in words; weights add up to 105",
                  planted=["WEIGHTS_NOT_100"])


# ---------------------------------------------------------------- n05
def n05() -> Report:
    """Jiangxi, Ganzhou: a project form typed with a full-width input method: digits, decimal points,
    percent signs and colons full-width (９８．５％), cells separated by two or more spaces."""
    name, dept, unit = "脐橙产业黄龙病防控补助", "赣州市信丰县农业农村局", "信丰县果业发展中心"
    fa, fb, fe = D("520.00"), D("575.00"), D("563.12")
    rate = rate_of(fe, fb)
    es = D("9.79")
    inds = [
        q("病树清除株数", "产出指标", "数量指标", 15, "≥", 12000, "株", 12860, 15),
        q("统防统治面积", "产出指标", "数量指标", 15, "≥", 8.5, "万亩", 8.8, 15),
        q("木虱防控达标率", "产出指标", "质量指标", 10, "≥", 95, "%", 96.3, 10),
        q("补助资金兑付及时率", "产出指标", "时效指标", 10, "=", 100, "%", 98.5, 9.85, note="2户因账户信息错误延期兑付"),
        q("新发病株率", "效益指标", "经济效益指标", 20, "≤", 3, "%", 2.4, 20),
        q("果农满意度", "满意度指标", "服务对象满意度指标", 20, "≥", 90, "%", 93, 20),
    ]
    total = sum_scores(inds, es)

    def row(cells: list[str]) -> str:
        return "  ".join(full_width(c) if c else "　" for c in cells)

    body = cells_of(inds, ["l1", "l2", "name", "tgt", "act", "w", "sc", "note"])
    lines = [
        full_width("信丰县2024年度项目支出绩效自评表"),
        "",
        row(["项目名称：", name]),
        row(["主管部门：", dept, "实施单位：", unit]),
        row(["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]),
        row(["年度资金总额", money(fa), money(fb), money(fe), "10", pct(rate), num(es)]),
        row(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析"]),
        *(row(r) for r in body),
        row(["总分", "", "", "", "", "100", num(total), ""]),
        "",
        full_width("填报日期：2025年3月6日"),
    ]
    facts = project_facts(2024, dept, name, unit, {
        "budget": {"initial": fa, "adjusted": fb, "executed": fe, "stated_execution_rate": rate},
        "indicators": [execution_indicator(10, rate, es), *(exp(i) for i in inds)],
        "stated_total": total, "full_mark": D(100),
    })
    return Report("n05-jx-xinfeng-orchard-project-fullwidth", ".txt", "\n".join(lines) + "\n", facts,
                  "Jiangxi project form typed in full-width mode (２０２４, ９８．５％, ５６３．１２), cells separated by runs of spaces")


# ---------------------------------------------------------------- n06
def n06() -> Report:
    """Shaanxi, Yan'an: a scanned project form OCR'd to text with the digits of some cells spaced apart
    ("9 5 . 5", "1 0 0"); cells separated by "|"; the stated total is 1 below the scores' sum."""
    name, dept, unit = "淤地坝除险加固工程", "延安市子长市水务局", "子长市水土保持工作站"
    fa, fb, fe = D("1450.00"), D("1450.00"), D("1392.58")
    rate = rate_of(fe, fb)
    es = D("9.6")
    inds = [
        q("除险加固淤地坝数量", "产出指标", "数量指标", 20, "≥", 12, "座", 12, 20),
        q("工程质量合格率", "产出指标", "质量指标", 15, "=", 100, "%", 100, 15),
        q("工程完工及时率", "产出指标", "时效指标", 10, "≥", 90, "%", 91.7, 10),
        q("新增拦泥能力", "效益指标", "生态效益指标", 15, "≥", 60, "万立方米", 58.2, 14.55, note="2座坝降低设计库容"),
        q("下游受保护人口", "效益指标", "社会效益指标", 15, "≥", 3200, "人", 3350, 15),
        q("群众满意度", "满意度指标", "服务对象满意度指标", 15, "≥", 90, "%", 95.5, 15),
    ]
    stated = sum_scores(inds, es) - 1
    raw = cells_of(inds, ["l1", "l2", "name", "tgt", "act", "w", "sc", "note"])
    body = [[spaced(c) if k in (4, 6) and c and c[0].isdigit() else c for k, c in enumerate(r)] for r in raw]
    lines = [
        "子长市2024年度项目支出绩效自评表",
        "项目名称|" + name,
        f"主管部门|{dept}|实施单位|{unit}",
        "项目资金(万元)|年初预算数|全年预算数|全年执行数|分值|执行率|得分",
        f"年度资金总额|{spaced(money(fa))}|{money(fb)}|{spaced(money(fe))}|1 0|{spaced(pct(rate))}|{spaced(num(es))}",
        "一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分|偏差原因分析",
        *("|".join(r) for r in body),
        f"总分|||||1 0 0|{spaced(num(stated))}|",
        "",
        "填报人：薛振川  审核人：高晓军  2025年4月2日",
    ]
    facts = project_facts(2024, dept, name, unit, {
        "budget": {"initial": fa, "adjusted": fb, "executed": fe, "stated_execution_rate": rate},
        "indicators": [execution_indicator(10, rate, es), *(exp(i) for i in inds)],
        "stated_total": stated, "full_mark": D(100),
    })
    return Report("n06-sn-zichang-dam-project-ocr-spaced", ".txt", "\n".join(lines) + "\n", facts,
                  "Shaanxi project form OCR'd with digits spaced apart in some cells (\"9 5 . 5\", \"1 0 0\"), \"|\" separators "
                  "without outer pipes; 总分 1 below the sum", planted=["TOTAL_MISMATCH"])


# ---------------------------------------------------------------- n09
def n09() -> Report:
    """Hunan, Huaihua: a 专项资金 self-evaluation form whose money table has one row per 资金来源 (中央 / 省级
    / 县级 / 合计) and columns 下达预算数 / 实际到位数 / 实际支出数 / 支出率, amounts in 元 with separators;
    the 合计 row's 支出率 is misprinted (a real slip kept)."""
    name, dept, unit = "农村饮水安全巩固提升专项资金", "怀化市麻阳苗族自治县水利局", "麻阳苗族自治县农村供水服务中心"
    srcs = [("中央资金", D("3200000.00"), D("3200000.00"), D("3145620.50")),
            ("省级资金", D("1500000.00"), D("1500000.00"), D("1462308.00")),
            ("县级资金", D("800000.00"), D("650000.00"), D("603417.80"))]
    yb = sum((s[1] for s in srcs), D(0))
    ye = sum((s[3] for s in srcs), D(0))
    true_rate = rate_of(ye, yb)
    printed = true_rate + D("2")
    es = D("9.53")
    inds = [
        q("新建改造集中供水工程", "产出指标", "数量指标", 15, "≥", 18, "处", 18, 15),
        q("更新改造供水管网", "产出指标", "数量指标", 10, "≥", 46, "公里", 47.5, 10),
        q("水质检测合格率", "产出指标", "质量指标", 15, "≥", 95, "%", 96.2, 15),
        q("工程完工及时率", "产出指标", "时效指标", 10, "≥", 90, "%", 88.9, 9.88, note="2处工程因征地协调延期"),
        q("农村自来水普及率", "效益指标", "社会效益指标", 20, "≥", 92, "%", 93.1, 20),
        q("受益群众满意度", "满意度指标", "服务对象满意度指标", 20, "≥", 90, "%", 94.8, 20),
    ]
    total = sum_scores(inds, es)

    def share(got: D, of: D) -> str:
        return pct(rate_of(got, of))

    lines = [
        "麻阳苗族自治县2024年度农村饮水安全巩固提升专项资金绩效自评表",
        "",
        pipe(["专项名称", name, "", "", ""]),
        pipe(["主管部门", dept, "实施单位", unit, ""]),
        pipe(["资金来源", "下达预算数（元）", "实际到位数（元）", "实际支出数（元）", "支出率"]),
        *(pipe([n, sep(b), sep(a), sep(e), share(e, b)]) for n, b, a, e in srcs),
        pipe(["合计", sep(yb), sep(sum((s[2] for s in srcs), D(0))), sep(ye), pct(printed)]),
        pipe(["资金执行得分", "分值：10分", f"得分：{num(es)}分", "", ""]),
        pipe(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析"]),
        *(pipe(r) for r in cells_of(inds, ["l1", "l2", "name", "tgt", "act", "w", "sc", "note"])),
        pipe(["合计", "", "", "", "", "100", num(total), ""]),
        "",
        "注：县级资金下达预算数80万元，因财力原因实际到位65万元。",
    ]
    facts = project_facts(2024, dept, name, unit, {
        "budget": {"adjusted": wan(yb), "executed": wan(ye), "stated_execution_rate": printed,
                   "fund_rows": [{"name": n, "adjusted": wan(b), "executed": wan(e)} for n, b, _, e in srcs]},
        "indicators": [execution_indicator(10, printed, es), *(exp(i) for i in inds)],
        "stated_total": total, "full_mark": D(100),
    })
    return Report("n09-hn-mayang-water-special-fundsources-yuan", ".txt", "\n".join(lines) + "\n", facts,
                  "Hunan 专项资金 form: one row per 资金来源 with 下达预算数 / 实际到位数 / 实际支出数（元） / 支出率 columns, "
                  "amounts in 元 with separators, 资金执行得分 in labelled cells; 合计 支出率 misprinted 2 points high",
                  planted=["EXECUTION_RATE_MISMATCH"])


REPORTS = [n01, n03, n04, n05, n06, n09]
