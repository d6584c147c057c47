# ruff: noqa: E501  (report lines are kept whole)
"""Fourteenth corpus, project forms copied as text: a Zhejiang form with 指标性质 / 指标值 / 度量单位 / 权重 columns
and 成本指标 rows, tab-separated, a page break with a repeated header in the table (r01); a Guangdong 转移支付 区域
form from a PDF text layer laid out by column, long cells wrapped inside their column (r02); a Fujian hospital
form from a document viewer, run on in one paragraph, check boxes printed as 口 / ☑ (r03); a Guizhou 衔接资金
form copied from a page whose viewer repeats a merged cell's text in every cell it covers (r07); a Yunnan form
whose weights sit in the indicator cell as “（10分）” (r09)."""

from __future__ import annotations

from fourteenth_base import (
    D,
    Report,
    budget,
    cells_of,
    exec_score,
    execution_indicator,
    exp,
    layout,
    money,
    num,
    pct,
    pipe,
    project,
    q,
    rate_of,
    sum_scores,
    t,
)

COST = "成本指标"


# ---------------------------------------------------------------- r01
def r01() -> Report:
    """Zhejiang, Jinhua: a county culture centre's project; 指标性质 (≥ ≤ = 定性) / 指标值 / 度量单位 / 权重 columns."""
    fa, fb, fe = D("186.00"), D("204.50"), D("198.37")
    rate = rate_of(fe, fb)
    es = exec_score(10, rate)
    inds = [
        q("送戏下乡场次", "产出指标", "数量指标", 15, "≥", 60, "场", 64, 15),
        q("公益培训班期数", "产出指标", "数量指标", 10, "≥", 24, "期", 22, 9, note="2期因场地改造顺延"),
        q("演出活动安全事故", "产出指标", "质量指标", 10, "=", 0, "起", 0, 10),
        q("活动按计划完成率", "产出指标", "时效指标", 5, "≥", 95, "%", 96.5, 5),
        q("单场演出补助标准", COST, "经济成本指标", 10, "≤", 1.8, "万元", 1.62, 10),
        t("对周边居民生活影响", COST, "社会成本指标", 5, "无明显影响", "无明显影响", 5),
        q("噪声扰民投诉", COST, "生态环境成本指标", 5, "≤", 2, "次", 1, 5),
        q("惠及群众人次", "效益指标", "社会效益指标", 15, "≥", 3.5, "万人次", 3.82, 15),
        q("观众满意度", "满意度指标", "服务对象满意度指标", 15, "≥", 90, "%", 94.1, 15),
    ]
    total = sum_scores(inds, es)

    def row(i):  # 一级 二级 三级 指标性质 指标值 度量单位 权重 实际完成值 得分 偏差原因
        nature = i.cmp or "定性"
        return [i.l1, i.l2, i.name, nature, num(i.tv) if i.cmp else i.tv, i.unit, num(i.w),
                num(i.av) if i.cmp else i.av, num(i.sc), i.note]
    head = "一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t权重\t实际完成值\t得分\t偏差原因分析"
    body = ["\t".join(row(i)) for i in inds]
    lines = [
        "2024年度项目支出绩效自评表",
        "填报单位：浦江县文化馆（盖章）\t\t\t\t单位：万元",
        "项目名称\t2024年文化惠民演出及公益培训\t\t主管部门\t浦江县文化和广电旅游体育局",
        "实施单位\t浦江县文化馆\t\t项目负责人\t方立群",
        "项目资金\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
        f"年度资金总额\t{money(fa)}\t{money(fb)}\t{money(fe)}\t10\t{pct(rate)}\t{num(es)}",
        f"  其中：财政拨款\t{money(fa)}\t{money(fb)}\t{money(fe)}\t—\t—\t—",
        "年度总体目标\t预期目标\t\t\t实际完成情况",
        "\t全年开展送戏下乡不少于60场、公益培训24期，惠及群众3.5万人次以上。\t\t\t全年送戏下乡64场、公益培训22期，惠及群众3.82万人次。",
        head,
        *body[:5],
        "",
        "第 1 页，共 2 页",
        "",
        head,
        *body[5:],
        f"总分\t\t\t\t\t\t100\t\t{num(total)}\t",
        "",
        "填表说明：1.指标性质填写“≥”“≤”“=”或“定性”；2.权重合计为90分，预算执行率10分；3.偏差原因应逐项说明。",
        "",
        "第 2 页，共 2 页",
    ]
    facts = project(2024, "浦江县文化和广电旅游体育局", "2024年文化惠民演出及公益培训", "浦江县文化馆", {
        "budget": budget(fa, fb, fe),
        "indicators": [execution_indicator(10, rate, es), *(exp(i) for i in inds)],
        "stated_total": total,
    })
    return Report("r01-zj-pujiang-culture-project-nature-cost-tabs", ".txt", "\n".join(lines) + "\n", facts,
                  note="tabs; 指标性质/指标值/度量单位/权重; 成本指标 three kinds; page break + repeated header")


# ---------------------------------------------------------------- r02
def r02() -> Report:
    """Guangdong, Zhanjiang: a county agriculture bureau's 转移支付 区域 form, PDF text layer by column."""
    central, local = (D("1680.00"), D("1652.36")), (D("240.00"), D("221.50"))
    fb, fe = central[0] + local[0], central[1] + local[1]
    rate = rate_of(fe, fb)
    es = exec_score(10, rate)
    inds = [
        q("新建高标准农田面积", "产出指标", "数量指标", 20, "≥", 1.2, "万亩", 1.23, 20),
        q("项目区耕地质量等级提升", "产出指标", "质量指标", 10, "≥", 0.5, "等", 0.5, 10),
        q("亩均财政投入标准", COST, "经济成本指标", 10, "≤", 1500, "元/亩", 1452, 10),
        q("项目区粮食亩产增加量", "效益指标", "经济效益指标", 15, "≥", 50, "公斤", 46, 13, note="受夏季持续干旱影响，部分地块单产提升未达预期"),
        t("农田灌排设施长期发挥效益", "效益指标", "可持续影响指标", 15, "持续发挥", "持续发挥", 15),
        q("项目区农户满意度", "满意度指标", "服务对象满意度指标", 20, "≥", 90, "%", 92.7, 20),
    ]
    total = sum_scores(inds, es)
    w = [14, 14, 22, 16, 16, 6, 6, 24]
    rows = [["一级指标", "二级指标", "三级指标", "全年指标值", "全年实际完成值", "分值", "得分", "未完成原因和改进措施"]]
    rows += cells_of(inds, ["l1", "l2", "name", "tgt", "act", "w", "sc", "note"])
    money_rows = [["资金情况（万元）", "全年预算数", "全年执行数", "执行率", "分值", "得分"],
                  ["年度资金总额", money(fb), money(fe), pct(rate), "10", num(es)],
                  ["其中：中央补助", money(central[0]), money(central[1]), pct(rate_of(*reversed(central))), "", ""],
                  ["地方资金", money(local[0]), money(local[1]), pct(rate_of(*reversed(local))), "", ""]]
    lines = [
        "                    2023年度转移支付区域绩效目标自评表",
        "",
        "转移支付名称      农田建设补助资金（高标准农田建设）",
        "中央主管部门      农业农村部                   地方主管部门      遂溪县农业农村局",
        "资金使用单位      遂溪县农业农村局、各项目镇人民政府",
        *layout(money_rows, [18, 12, 12, 10, 6, 8]),
        "",
        "年度总体目标完成情况",
        "预期目标：新建高标准农田1.2万亩以上，项目区耕地质量提升0.5个等级。",
        "实际完成情况：新建高标准农田1.23万亩，项目区耕地质量平均提升0.5个等级。",
        "",
        *layout(rows, w),
        "",
        f"合计                                                                       100     {num(total)}",
        "                                   - 1 -",
    ]
    fund_rows = [{"name": "中央补助", "adjusted": central[0], "executed": central[1]},
                 {"name": "地方资金", "adjusted": local[0], "executed": local[1]}]
    facts = project(2023, "遂溪县农业农村局", "农田建设补助资金（高标准农田建设）", None, {
        "budget": budget(None, fb, fe, fund_rows=fund_rows),
        "indicators": [execution_indicator(10, rate, es), *(exp(i) for i in inds)],
        "stated_total": total,
    })
    return Report("r02-gd-suixi-farmland-transfer-layout-wrapped", ".txt", "\n".join(lines) + "\n", facts,
                  note="pdftotext -layout columns, cells wrapped inside their column; 中央/地方 fund rows")


# ---------------------------------------------------------------- r03
def r03() -> Report:
    """Fujian, Putian: a county TCM hospital's project form as a document viewer shows a .docx: one paragraph,
    check boxes as 口 / ☑, the money row's numbers space-separated, indicator rows run together."""
    fa, fe = D("600.00"), D("583.20")
    rate = rate_of(fe, fa)
    es = exec_score(20, rate)
    inds = [
        q("购置医疗设备数量", "产出指标", "数量指标", 15, "≥", 12, "台", 12, 15),
        q("设备验收合格率", "产出指标", "质量指标", 15, "=", 100, "%", 100, 15),
        t("设备采购完成时间", "产出指标", "时效指标", 10, "2024年10月底前", "2024年9月完成", 10),
        q("年门急诊人次增长", "效益指标", "社会效益指标", 15, "≥", 5, "%", 6.3, 15),
        q("大型设备使用率", "效益指标", "可持续影响指标", 15, "≥", 80, "%", 76, 13, note="CT设备调试期较长"),
        q("患者满意度", "满意度指标", "服务对象满意度指标", 10, "≥", 90, "%", 95.2, 10),
    ]
    total = sum_scores(inds, es)
    run = "".join(f"{i.l1}{i.l2}{i.name}{i.target_text()}{i.actual_text()} {num(i.w)} {num(i.sc)}{i.note}" for i in inds)
    text = (
        "2024年度财政项目绩效自评表.docx 资源大小：14.2KB 全文页数：2页 "
        "2024年度财政项目绩效自评表单位名称：仙游县中医院填报日期：2025年3月12日"
        "项目名称中医诊疗设备购置补助主管部门仙游县卫生健康局项目实施单位仙游县中医院"
        "项目类别1、部门预算项目☑ 2、财政专项口 3、县对下转移支付项目口项目属性1、持续性项目口 2、新增性项目☑"
        f"预算执行情况（万元）（20分）预算数(A)执行数(B)执行率(B/A)得分(20分*执行率)年度财政资金总额 {money(fa)} {money(fe)} {pct(rate)} {num(es)}"
        "年度绩效目标（80分）一级指标二级指标三级指标年初目标值(A)实际完成值(B)分值得分未完成原因"
        f"{run}合计 100 {num(total)}评价等次：优☑ 良口 中口 差口"
    )
    facts = project(2024, "仙游县卫生健康局", "中医诊疗设备购置补助", "仙游县中医院", {
        "budget": {"executed": fe, "stated_execution_rate": rate},  # 预算数(A): neither 年初 nor 全年 is printed
        "indicators": [execution_indicator(20, rate, es), *(exp(i) for i in inds)],
        "stated_total": total, "stated_grade": "优",
    })
    return Report("r03-fj-xianyou-hospital-project-viewer-runon-boxes", ".txt", text + "\n", facts,
                  note="document viewer: whole form in one paragraph; check boxes as 口/☑; 评价等次 ticked")


# ---------------------------------------------------------------- r07
def r07() -> Report:
    """Guizhou, Bijie: a county's 衔接推进乡村振兴补助资金 form copied from a viewer that repeats a merged cell's
    text in every cell it covers (across and down); 资金性质 check boxes."""
    fa, fb, fe = D("850.00"), D("850.00"), D("812.45")
    rate = rate_of(fe, fb)
    es = exec_score(10, rate)
    inds = [
        q("新建蔬菜大棚面积", "产出指标", "数量指标", 15, "≥", 300, "亩", 312, 15),
        q("带动脱贫户户数", "产出指标", "数量指标", 10, "≥", 420, "户", 436, 10),
        q("大棚建设验收合格率", "产出指标", "质量指标", 10, "=", 100, "%", 100, 10),
        q("每亩大棚补助标准", COST, "经济成本指标", 10, "≤", 2.6, "万元", 2.6, 10),
        q("带动脱贫户年人均增收", "效益指标", "经济效益指标", 15, "≥", 1200, "元", 1130, 13, note="蔬菜价格下行，增收低于预期"),
        t("联农带农机制持续运行", "效益指标", "可持续影响指标", 10, "长期", "持续运行", 10),
        q("受益脱贫群众满意度", "满意度指标", "服务对象满意度指标", 20, "≥", 95, "%", 97.4, 20),
    ]
    total = sum_scores(inds, es)
    wide = 9
    lines = [
        "黔西市2024年度中央财政衔接推进乡村振兴补助资金项目绩效自评表",
        pipe(["项目名称"] + ["钟山社区蔬菜保供基地建设项目"] * 4 + ["项目编码"] + ["520581-24-0137"] * 3),
        pipe(["主管部门"] + ["黔西市农业农村局"] * 4 + ["实施单位"] + ["黔西市钟山镇人民政府"] * 3),
        pipe(["资金性质"] + ["☑中央 ☑省级 □市级 □县级"] * 8),
        pipe(["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", ""]),
        pipe(["年度资金总额", "年度资金总额", money(fa), money(fb), money(fe), "10", pct(rate), num(es), num(es)]),
        pipe(["年度总体目标"] + ["新建蔬菜大棚300亩以上，带动脱贫户420户以上户均增收。"] * (wide - 1)),
        pipe(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因", "偏差原因"]),
        *(pipe([i.l1, i.l2, i.name, i.target_text(), i.actual_text(), num(i.w), num(i.sc), i.note, i.note]) for i in inds),
        pipe(["总分"] * 5 + ["100", num(total), "", ""]),
    ]
    facts = project(2024, "黔西市农业农村局", "钟山社区蔬菜保供基地建设项目", "黔西市钟山镇人民政府", {
        "budget": budget(fa, fb, fe),
        "indicators": [execution_indicator(10, rate, es), *(exp(i) for i in inds)],
        "stated_total": total,
    })
    return Report("r07-gz-qianxi-xianjie-project-mergerepeat-pipes", ".txt", "\n".join(lines) + "\n", facts,
                  note="pipes with a merged cell's text repeated in every covered cell (across and down); 资金性质 ☑/□")


# ---------------------------------------------------------------- r09
def r09() -> Report:
    """Yunnan, Qujing: a county forestry bureau's project; each indicator's weight is printed in its name cell
    (“苗木供应量（10分）”), the row's cells space-separated as a PDF text layer gives them."""
    fb, fe = D("312.00"), D("296.58")
    rate = rate_of(fe, fb)
    es = exec_score(10, rate)
    inds = [
        q("苗木供应量", "产出指标", "数量指标", 10, "≥", 30, "万株", 32.6, 10),
        q("完成营造林面积", "产出指标", "数量指标", 15, "≥", 4500, "亩", 4620, 15),
        q("造林成活率", "产出指标", "质量指标", 15, "≥", 85, "%", 83.5, 14, note="春季干旱，补植尚在进行"),
        t("苗木出圃时间", "产出指标", "时效指标", 10, "雨季前", "雨季前完成", 10),
        q("森林覆盖率", "效益指标", "生态效益指标", 15, "≥", 46.2, "%", 46.4, 15),
        t("林地管护长效机制", "效益指标", "可持续影响指标", 10, "建立", "已建立", 10),
        q("造林农户满意度", "满意度指标", "服务对象满意度指标", 15, "≥", 90, "%", 91.8, 15),
    ]
    total = sum_scores(inds, es)
    rows = [f"{i.l1 if k == 0 or inds[k - 1].l1 != i.l1 else ''} {i.l2} {i.name}（{num(i.w)}分） {i.target_text()} {i.actual_text()} {num(i.sc)} {i.note}".strip()
            for k, i in enumerate(inds)]
    lines = [
        "陆良县林业和草原局2024年度项目支出绩效自评表",
        "项目名称：国土绿化及林木种苗补助",
        "主管部门：陆良县林业和草原局    实施单位：陆良县国有林场",
        "单位：万元",
        "预算执行情况（10分） 全年预算数 全年执行数 执行率 得分",
        f"年度资金总额 {money(fb)} {money(fe)} {pct(rate)} {num(es)}",
        "绩效指标（90分）",
        "一级指标 二级指标 三级指标（分值） 年度指标值 实际完成值 得分 偏差原因",
        *rows,
        f"自评总得分 {num(total)}",
        "第1页 共1页",
    ]
    facts = project(2024, "陆良县林业和草原局", "国土绿化及林木种苗补助", "陆良县国有林场", {
        "budget": budget(None, fb, fe),
        "indicators": [execution_indicator(10, rate, es), *(exp(i) for i in inds)],
        "stated_total": total,
    })
    return Report("r09-yn-luliang-forestry-project-weight-in-name", ".txt", "\n".join(lines) + "\n", facts,
                  note="weights printed inside the 三级指标 cell “（10分）”; space-separated PDF rows")


REPORTS = [r01, r02, r03, r07, r09]
