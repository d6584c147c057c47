# ruff: noqa: E501  (report lines are kept whole)
"""Eighth corpus, reports with prose: a Hainan health centre whose years and dates are written in
Chinese numerals (二〇二三年度) and whose prose gives the money in 元 (e07); a Guizhou policy report
whose money table has the fund sources as columns (中央 / 省级 / 市级 / 区级 / 合计) (e10); a Hubei
town's prose report with 万元 in one section and 元 in the next, and a numbered indicator table without
levels (e16)."""

from __future__ import annotations

from eighth_base import (
    D,
    Report,
    cells_of,
    execution_indicator,
    exp,
    hanzi_year,
    money,
    num,
    pct,
    pipe,
    project_facts,
    q,
    rate_of,
    sep,
    sum_scores,
    t,
    wan,
    whole_facts,
)


# ---------------------------------------------------------------- e07
def e07() -> Report:
    """Hainan, Sanya: a township health centre's whole-unit report; title, year and dates in Chinese
    numerals; the budget in prose in 元 with separators; the form in 万元, rows "a | b |" without a
    leading pipe."""
    unit = "三亚市天涯区凤岭卫生院"
    ya, yb, ye = D("4862300.00"), D("5214600.00"), D("5096200.00")
    fa, fb, fe = ya / 10000, yb / 10000, ye / 10000
    rate = rate_of(fe, fb)
    es = D("9.77")
    inds = [
        q("门急诊服务人次", "产出指标", "数量指标", 10, "≥", 42000, "人次", 43650, 10),
        q("65岁以上老年人健康管理率", "产出指标", "数量指标", 10, "≥", 70, "%", 72.4, 10),
        q("高血压患者规范管理率", "产出指标", "质量指标", 10, "≥", 65, "%", 63.8, 9.82),
        q("传染病报告及时率", "产出指标", "时效指标", 10, "=", 100, "%", 100, 10),
        q("次均门诊费用增长率", "产出指标", "成本指标", 10, "≤", 5, "%", 3.6, 10),
        q("居民电子健康档案建档率", "效益指标", "社会效益指标", 20, "≥", 90, "%", 92.3, 20),
        t("医共体协作机制", "效益指标", "可持续影响指标", 10, "有效运行", "有效运行", 10),
        q("就诊群众满意度", "满意度指标", "服务对象满意度指标", 10, "≥", 90, "%", 95.2, 10),
    ]
    total = sum_scores(inds, es)
    y, y1 = hanzi_year(2023), hanzi_year(2024)
    lines = [
        f"{unit}",
        f"{y}年度部门整体支出绩效自评报告",
        "",
        "一、部门基本情况",
        "我院为公益一类事业单位，承担辖区基本医疗和基本公共卫生服务，内设综合办公室、医务科、公共卫生科、财务科。",
        "二、预算执行情况",
        f"{y}年，我院年初预算{sep(ya)}元，年中追加后全年预算{sep(yb)}元，全年实际支出{sep(ye)}元，预算执行率{pct(rate)}。",
        "三、绩效目标完成情况",
        "对照年初绩效目标逐项自评，具体如下表（单位：万元）：",
        pipe(["部门（单位）名称", unit, "", "", "", ""], lead=False),
        pipe(["年度预算执行情况", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"], lead=False),
        pipe(["", money(fa), money(fb), money(fe), "10", pct(rate), num(es)], lead=False),
        pipe(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"], lead=False),
        *[pipe(r, lead=False) for r in cells_of(inds, ["l1", "l2", "name", "tgt", "act", "w", "sc", "note"])],
        pipe(["总分", "", "", "", "", "100", num(total), ""], lead=False),
        "四、自评结论",
        f"经自评，我院{y}年度部门整体支出绩效自评得分{num(total)}分，等级为“优”。",
        "",
        f"{unit}",
        f"{y1}年三月十八日",
    ]
    facts = whole_facts(2023, unit, {
        "budget": {"initial": fa, "adjusted": fb, "executed": fe, "stated_execution_rate": rate},
        "indicators": [execution_indicator(10, rate, es), *(exp(i) for i in inds)],
        "stated_total": total, "stated_grade": "优", "full_mark": D(100),
    })
    return Report("e07-hi-fengling-clinic-whole-hanzi-year", ".txt", "\n".join(lines) + "\n", facts,
                  "Hainan township health centre: 二〇二三年度 in the title (unit on the line above), date 二〇二四年三月十八日, "
                  "prose money in 元 with separators, form rows \"a | b |\" in 万元")


# ---------------------------------------------------------------- e10
def e10() -> Report:
    """Guizhou, Anshun: a 政策绩效自评报告 whose money table is transposed: one column per fund source
    (中央 / 省级 / 市级 / 区级 / 合计) and rows 年初预算 / 调整后预算 / 实际支出 / 执行率. The 合计
    column prints 执行率 98.36 % for 1268.35 of 1302.80 = 97.36 % (a real slip kept)."""
    name, dept = "城乡居民基本养老保险缴费补贴政策", "安顺市西秀区人力资源和社会保障局"
    srcs = {"中央": (D("612.00"), D("624.50"), D("612.40")), "省级": (D("318.00"), D("326.80"), D("318.65")),
            "市级": (D("156.00"), D("158.20"), D("154.10")), "区级": (D("186.00"), D("193.30"), D("183.20"))}
    fa = sum((v[0] for v in srcs.values()), D(0))
    fb = sum((v[1] for v in srcs.values()), D(0))
    fe = sum((v[2] for v in srcs.values()), D(0))
    printed_rate = D("98.36")
    inds = [
        q("补贴发放覆盖人数", "产出指标", "数量指标", 15, "≥", 18.6, "万人", 18.9, 15),
        q("补贴发放准确率", "产出指标", "质量指标", 15, "=", 100, "%", 100, 15),
        q("补贴按时到账率", "产出指标", "时效指标", 10, "≥", 98, "%", 99.1, 10),
        q("城乡居民养老保险参保率", "效益指标", "社会效益指标", 20, "≥", 95, "%", 95.8, 20),
        t("政策可持续运行", "效益指标", "可持续影响指标", 10, "长期", "长期", 10),
        q("参保群众满意度", "满意度指标", "服务对象满意度指标", 20, "≥", 90, "%", 91.6, 20),
    ]
    es = D("9.84")
    total = sum_scores(inds, es)
    head = ["资金来源", *srcs, "合计"]
    money_rows = [
        ["年初预算", *(money(v[0]) for v in srcs.values()), money(fa)],
        ["调整后预算", *(money(v[1]) for v in srcs.values()), money(fb)],
        ["实际支出", *(money(v[2]) for v in srcs.values()), money(fe)],
        ["执行率", *(pct(rate_of(v[2], v[1])) for v in srcs.values()), pct(printed_rate)],
    ]
    lines = [
        f"西秀区{name}2023年度绩效自评报告",
        "",
        "一、政策基本情况",
        "该政策对参加城乡居民基本养老保险的个人按缴费档次给予补贴，政策实施期为2021—2025年，由区人力资源和社会保障局组织实施。",
        "二、资金安排及使用情况（单位：万元）",
        pipe(head),
        *[pipe(r) for r in money_rows],
        "三、绩效目标实现情况",
        pipe(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]),
        pipe(["预算执行", "资金管理", "预算执行率", "=100%", pct(printed_rate), "10", num(es)]),
        *[pipe(r) for r in cells_of(inds, ["l1", "l2", "name", "tgt", "act", "w", "sc"])],
        pipe(["合计", "", "", "", "", "100", num(total)]),
        "四、自评结论",
        f"经自评，该政策2023年度绩效自评得分{num(total)}分，评价等级为“优”。",
        "",
        "安顺市西秀区人力资源和社会保障局",
        "2024年4月10日",
    ]
    facts = project_facts(2023, dept, name, dept, {
        "budget": {"initial": fa, "adjusted": fb, "executed": fe, "stated_execution_rate": printed_rate,
                   "fund_rows": [{"name": k, "initial": v[0], "adjusted": v[1], "executed": v[2]} for k, v in srcs.items()]},
        "indicators": [{**execution_indicator(10, printed_rate, es), "level1": "预算执行", "level2": "资金管理",
                        "target": {"comparator": "=", "value": D(100), "unit": "%"}},
                       *(exp(i) for i in inds)],
        "stated_total": total, "stated_grade": "优", "full_mark": D(100),
    })
    facts.pop("unit")  # the signing bureau implements the policy; no 主管部门 is printed (as seventh t04)
    return Report("e10-gz-xixiu-pension-policy-fundcols", ".txt", "\n".join(lines) + "\n", facts,
                  "Guizhou 政策绩效自评报告: money table transposed (中央/省级/市级/区级/合计 as columns, 年初预算/调整后预算/实际支出/"
                  "执行率 as rows); 合计 执行率 98.36% for 97.36%", planted=["EXECUTION_RATE_MISMATCH"])


# ---------------------------------------------------------------- e16
def e16() -> Report:
    """Hubei, Enshi: a town's whole-unit prose report; the budget section gives 万元, the spending section
    元 with separators; the indicators in a numbered table 序号 | 指标名称 | 目标值 | 实际完成值 | 分值 | 得分
    (no levels)."""
    unit = "恩施市龙凤镇人民政府"
    fa, fb = D("1286.42"), D("1302.60")
    ye = D("12480356.20")
    fe = wan(ye)
    rate = rate_of(fe, fb)
    inds = [
        q("预算执行率", "", "", 10, "≥", 95, "%", rate, 9.58),
        q("村级公益事业项目完成数", "", "", 15, "≥", 12, "个", 12, 15),
        q("农村生活垃圾收运处置率", "", "", 15, "≥", 90, "%", 92.6, 15),
        q("产业路硬化里程", "", "", 15, "≥", 8.5, "公里", 8.8, 15),
        q("茶叶种植面积", "", "", 15, "≥", 2.3, "万亩", 2.35, 15),
        q("“三公”经费控制率", "", "", 10, "≤", 100, "%", 86.4, 10),
        q("群众满意度", "", "", 20, "≥", 90, "%", 93.8, 20),
    ]
    for k, ind in enumerate(inds, 1):
        ind.number = k
    total = sum_scores(inds)
    lines = [
        f"{unit}2023年度部门整体支出绩效自评报告",
        "",
        "一、基本情况",
        "龙凤镇位于恩施市东郊，辖22个行政村、3个社区。镇政府内设党政综合办公室、经济发展办公室等7个办公室，下设镇综合服务中心。",
        "二、预算安排情况",
        f"2023年我镇年初预算{money(fa)}万元，年中根据上级追加项目调整后预算为{money(fb)}万元，其中一般公共预算{money(fb - D('215.30'))}万元、政府性基金预算215.30万元。",
        "三、预算执行情况",
        f"2023年全镇全年支出{sep(ye)}元，其中基本支出6,846,215.80元、项目支出5,634,140.40元，预算执行率{pct(rate)}。",
        "四、绩效指标完成情况",
        "序号 | 指标名称 | 目标值 | 实际完成值 | 分值 | 得分",
        *[" | ".join([str(i.number), i.name, i.target_text(), i.actual_text(), num(i.w), num(i.sc)]) for i in inds],
        f"合计 | | | | 100 | {num(total)}",
        "五、自评结论",
        f"综合评定，龙凤镇2023年度部门整体支出绩效自评得分{num(total)}分，等级为优。",
    ]
    facts = whole_facts(2023, unit, {
        "budget": {"initial": fa, "adjusted": fb, "executed": fe, "stated_execution_rate": rate},
        "indicators": [exp(i, level1=None, level2=None) for i in inds],
        "stated_total": total, "stated_grade": "优", "full_mark": D(100),
    })
    return Report("e16-hb-longfeng-town-whole-prose-wanyuan-yuan", ".txt", "\n".join(lines) + "\n", facts,
                  "Hubei town prose: budget section in 万元, spending section in 元 with separators; numbered indicator "
                  "table 序号/指标名称/目标值/实际完成值/分值/得分 without levels, rows \"a | b\" without any outer pipe")


REPORTS = [e07, e10, e16]
