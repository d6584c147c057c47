# ruff: noqa: E501  (report lines are kept whole)
"""Seventh corpus, forms flattened to text: a Shandong 绩效目标完成情况表 copied from Excel with tabs,
指标内容/指标值/完成值/权重 and "1,342.50" amounts (t01); a Jiangsu whole-unit form with 年度履职目标
task rows and a 得分率 column beside 得分 (t02); a Fujian 2017-style form with a cover of "R"/"£" check
boxes and letter-spaced labels, 评分要点 between 分值 and 自评得分 (t03); a Shanghai form as a PDF text
layer with its columns interleaved and money in 元 (t05); a Xinjiang 决算 page section with ASCII
">=" / "<=" targets and decimal weights (t11)."""

from __future__ import annotations

from typing import Any

from seventh_base import (
    D,
    Report,
    cells_of,
    execution_indicator,
    exp,
    money,
    num,
    pct,
    project_facts,
    q,
    rate_of,
    sep,
    sum_scores,
    t,
    wan,
)


# ---------------------------------------------------------------- t01
def t01() -> Report:
    """Shandong county police bureau: 项目绩效目标完成情况表 copied out of Excel (tab-separated),
    columns 指标内容 / 指标值 / 完成值 / 权重, merged level cells blank, amounts "1,342.50"."""
    name, dept, unit = "智慧安防小区建设经费", "莒南县公安局", "莒南县公安局科技信息化大队"
    fa, fb, fe = D("1286.00"), D("1342.50"), D("1318.64")
    rate = rate_of(fe, fb)
    es = D("9.82")
    inds = [
        q("新建智慧安防小区数量", "产出指标", "数量指标", 12, "≥", 48, "个", 50, 12),
        q("前端感知设备安装数量", "产出指标", "数量指标", 10, "≥", 960, "台", 1012, 10),
        q("设备联网在线率", "产出指标", "质量指标", 10, "≥", 95, "%", 97.6, 11),
        q("项目完工及时率", "产出指标", "时效指标", 8, "=", 100, "%", 100, 8),
        q("单个小区改造成本", "产出指标", "成本指标", 10, "≤", 27, "万元", 26.4, 10),
        q("小区可防性案件下降率", "效益指标", "社会效益指标", 15, "≥", 20, "%", 23.5, 15),
        t("安防设施长效运维机制", "效益指标", "可持续影响指标", 15, "建立", "已建立", 15),
        q("小区居民满意度", "满意度指标", "服务对象满意度指标", 10, "≥", 90, "%", 93.2, 10),
    ]
    total = sum_scores(inds, es)
    tab = "\t"
    rows = [tab.join(r) for r in cells_of(inds, ["l1", "l2", "name", "tgt", "act", "w", "sc", "note"])]
    lines = [
        "莒南县公安局2023年度项目支出绩效自评报告",
        "",
        "附件",
        "项目绩效目标完成情况表",
        "（2023年度）",
        tab.join(["项目名称", name, "", "", "项目编码", "371327-23-0416"]),
        tab.join(["主管部门", dept, "", "", "实施单位", unit]),
        tab.join(["项目资金情况（万元）", "年初预算数", "调整后预算数", "实际支出数", "执行率", "权重", "得分"]),
        tab.join(["资金总额", sep(fa), sep(fb), sep(fe), pct(rate), "10", num(es)]),
        tab.join(["其中：财政资金", sep(fa), sep(fb), sep(fe), "", "", ""]),
        tab.join(["其他资金", "0.00", "0.00", "0.00", "", "", ""]),
        tab.join(["年度目标", "完成48个老旧小区智慧安防改造，前端感知设备接入市级平台，小区可防性案件明显下降。"]),
        tab.join(["一级指标", "二级指标", "指标内容", "指标值", "完成值", "权重", "得分", "未完成原因分析"]),
        *rows,
        tab.join(["合计", "", "", "", "", "100", num(total), ""]),
        tab.join(["自评等级", "优"]),
        "",
        "填表人：王德顺    联系电话：0539-7213xxx    填报日期：2024年3月20日",
    ]
    facts = project_facts(2023, dept, name, unit, {
        "budget": {"initial": fa, "adjusted": fb, "executed": fe, "stated_execution_rate": rate,
                   "fund_rows": [{"name": "财政资金", "initial": fa, "adjusted": fb, "executed": fe},
                                 {"name": "其他资金", "initial": D(0), "adjusted": D(0), "executed": D(0)}]},
        "indicators": [execution_indicator(10, rate, es), *(exp(i) for i in inds)],
        "stated_total": total, "stated_grade": "优", "full_mark": D(100),
    })
    return Report("t01-sd-junan-police-project-tabs-quanzhong", ".txt", "\n".join(lines) + "\n", facts,
                  "Shandong police bureau: 项目绩效目标完成情况表 copied from Excel with tabs; 指标内容/指标值/完成值/权重; "
                  "amounts with thousands separators; merged level cells blank; 设备联网在线率 scored 11 of 10",
                  planted=["SCORE_OVER_WEIGHT"])


# ---------------------------------------------------------------- t02
def t02() -> Report:
    """Jiangsu city health commission: whole-unit form with 年度履职目标 task rows (amounts per task) and
    权重 | 得分率 | 得分 columns, web-copied "a | b |" rows."""
    unit = "如皋市卫生健康委员会"
    fa, fb, fe = D("9864.20"), D("10412.36"), D("10207.91")
    rate = rate_of(fe, fb)
    es = D("9.80")
    inds = [
        q("家庭医生签约服务覆盖率", "产出指标", "数量指标", 10, "≥", 45, "%", 47.3, 10),
        q("适龄儿童免疫规划疫苗接种率", "产出指标", "数量指标", 10, "≥", 90, "%", 96.1, 10),
        q("基层医疗机构标准化建设达标率", "产出指标", "质量指标", 10, "≥", 95, "%", 92, 9.68),
        q("补助资金拨付及时率", "产出指标", "时效指标", 10, "=", 100, "%", 100, 10),
        q("孕产妇死亡率", "效益指标", "社会效益指标", 15, "≤", 10, "/10万", 6.2, 15),
        q("县域内就诊率", "效益指标", "社会效益指标", 15, "≥", 90, "%", 88.5, 14.75),
        t("分级诊疗制度运行", "效益指标", "可持续影响指标", 10, "持续推进", "持续推进", 10),
        q("群众就医满意度", "满意度指标", "服务对象满意度指标", 10, "≥", 90, "%", 94.6, 10),
    ]
    total = sum_scores(inds, es)

    def score_rate(i: Any) -> str:
        return pct(i.score / i.weight * 100)

    tasks = [("公共卫生服务", "基本公共卫生服务项目、重大传染病防控", "3,216.40", "3,198.75"),
             ("医疗服务能力提升", "镇卫生院标准化建设、县级医院能力提升", "2,845.00", "2,761.32"),
             ("机关运行保障", "人员经费及日常公用经费", "4,350.96", "4,247.84")]
    table = [
        ["部门（单位）名称", unit, "", ""],
        ["年度预算执行情况（万元）", "年初预算数", "全年预算数", "全年执行数", "权重", "执行率", "得分"],
        ["", sep(fa), sep(fb), sep(fe), "10", pct(rate), num(es)],
        ["年度履职目标", "任务名称", "主要内容", "预算数（万元）", "执行数（万元）"],
        *[["", a, b, c, d] for a, b, c, d in tasks],
        ["年度总体目标", "推进健康如皋建设，巩固基本公共卫生服务均等化，提升基层医疗服务能力。"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "权重", "得分率", "得分"],
        *cells_of(inds, ["l1", "l2", "name", "tgt", "act", "w", "rate", "sc"], extra={"rate": score_rate}),
        ["总分", "", "", "", "", "100", "", num(total)],
    ]
    body = "\n".join(" | ".join(r) + " |" for r in table)
    lines = [
        "如皋市卫生健康委员会2023年度部门整体支出绩效自评报告",
        "来源：如皋市卫生健康委员会　　发布时间：2024-05-17　　浏览次数：",
        "",
        "一、部门基本情况",
        "如皋市卫生健康委员会为市政府工作部门，内设办公室、规划发展与信息化科、基层卫生健康科、医政医管科、疾病预防控制科、财务审计科6个科室。核定行政编制28名，年末实有在职人员26人。",
        "二、绩效自评结果",
        f"经自评，我委2023年度部门整体支出绩效自评得分{num(total)}分，等级为“优”。",
        "附表：2023年度部门整体支出绩效自评表",
        body,
        "",
        "注：得分率=得分÷权重。",
    ]
    facts = {
        "kind": "整体支出", "year": 2023,
        "unit": {"name": unit, "internal_bodies": ["办公室", "规划发展与信息化科", "基层卫生健康科", "医政医管科",
                                                  "疾病预防控制科", "财务审计科"],
                 "staff_total": 26, "staff_establishment": 28, "internal_bodies_count": 6},
        "budget": {"initial": fa, "adjusted": fb, "executed": fe, "stated_execution_rate": rate},
        "indicators": [execution_indicator(10, rate, es), *(exp(i) for i in inds)],
        "stated_total": total, "stated_grade": "优", "full_mark": D(100),
    }
    return Report("t02-js-rugao-health-whole-lvzhi-defenlv", ".txt", "\n".join(lines) + "\n", facts,
                  "Jiangsu health commission: whole-unit form as \"a | b |\" rows with 年度履职目标 task rows (预算数/执行数 per "
                  "task), money row 权重 before 执行率, indicator columns 权重 | 得分率 | 得分, amounts with separators")


# ---------------------------------------------------------------- t03
def t03() -> Report:
    """Fujian city-level project form (2017 template): a cover with Wingdings check boxes copied as "R"
    (ticked) and "£" (empty), letter-spaced labels, a 单位基本信息 block, then the score table with
    评分要点 between 分值 and 自评得分; 项目决策/项目管理/项目绩效 blocks."""
    name, dept, unit = "城乡档案数字化加工经费", "福安市委办公室", "福安市档案馆"
    fb, fe = D("64.00"), D("61.87")
    inds = [
        t("立项依据充分性", "项目决策", "项目立项", 5, "", "", 5, expect_target=False, expect_actual=False),
        t("绩效目标合理性", "项目决策", "绩效目标", 5, "", "", 4, expect_target=False, expect_actual=False),
        t("资金到位率", "项目管理", "资金管理", 8, "", "", 8, expect_target=False, expect_actual=False),
        t("资金使用合规性", "项目管理", "资金管理", 12, "", "", 12, expect_target=False, expect_actual=False),
        t("管理制度健全性", "项目管理", "组织实施", 10, "", "", 9, expect_target=False, expect_actual=False),
        t("档案数字化加工页数", "项目绩效", "项目产出", 20, "", "", 19, expect_target=False, expect_actual=False),
        t("数字化成果质检合格率", "项目绩效", "项目产出", 15, "", "", 15, expect_target=False, expect_actual=False),
        t("档案利用服务效率提升", "项目绩效", "项目效益", 15, "", "", 14, expect_target=False, expect_actual=False),
        t("查档群众满意度", "项目绩效", "项目效益", 10, "", "", 10, expect_target=False, expect_actual=False),
    ]
    points = {
        "立项依据充分性": "符合法律法规、相关政策、发展规划，得5分", "绩效目标合理性": "目标与实际工作内容相关，量化不足扣1分",
        "资金到位率": "到位率100%得满分", "资金使用合规性": "无截留、挤占、挪用得满分",
        "管理制度健全性": "制度健全，个别台账不全扣1分", "档案数字化加工页数": "计划120万页，完成116.4万页，扣1分",
        "数字化成果质检合格率": "抽检合格率99.2%得满分", "档案利用服务效率提升": "平均调档时间缩短，部分系统未对接扣1分",
        "查档群众满意度": "满意度96%得满分",
    }
    total = sum_scores(inds)
    rows = []
    for l1, block in (("项目决策（10分）", inds[:2]), ("项目管理（30分）", inds[2:5]), ("项目绩效（60分）", inds[5:])):
        for k, i in enumerate(block):
            rows.append(" ".join(c for c in [l1 if k == 0 else "", i.l2, i.name, num(i.w), points[i.name], num(i.sc)] if c))
    lines = [
        "市级财政项目支出绩效自评表",
        "（2023年度）",
        "评价层次： 项目承担单位绩效自评R 市直主管部门绩效自评£",
        "评价类型： 项目事中评价£ 项目事后评价R",
        f"项 目 名 称： {name}",
        f"项目承担单位： {unit} （公章）",
        f"项目主管部门： {dept} （公章）",
        "填报日期： 2024年3月11日",
        "宁德市财政局 制",
        "单位基本信息",
        "单位负责人 陈秀英 职务 馆长 联系电话 0593-6552xxx",
        "财务负责人 郑丽萍 职务 会计 联系电话 0593-6552xxx",
        "单位性质 行政机关£ 参公事业单位R 非参公事业单位£ 企业£",
        "单位人数 21 单位地址 福安市城南街道阳泉路66号",
        "项目基本情况",
        f"项目资金（万元） 预算数 {money(fb)} 实际支出数 {money(fe)} 预算执行率 {pct(rate_of(fe, fb))}",
        "绩效评价指标评分表",
        "一级指标 二级指标 三级指标 分值 评分要点 自评得分",
        *rows,
        f"合计 100 {num(total)}",
        "自评结论 良好£ 优秀R 合格£ 不合格£",
    ]
    facts = project_facts(2023, dept, name, unit, {
        "budget": {"adjusted": fb, "executed": fe, "stated_execution_rate": rate_of(fe, fb)},
        "indicators": [exp(i) for i in inds],
        "stated_total": total, "full_mark": D(100),
        "stated_block_weights": {"项目决策": D(10), "项目管理": D(30), "项目绩效": D(60)},
    })
    return Report("t03-fj-fuan-archives-project-cover-rbox", ".txt", "\n".join(lines) + "\n", facts,
                  "Fujian 市级财政项目支出绩效自评表 (2017 template): cover with R/£ check boxes, letter-spaced labels, "
                  "单位基本信息 block, 项目决策/项目管理/项目绩效 score table with 评分要点 between 分值 and 自评得分; grade ticked "
                  "among four boxes (not expected: a box, not a word)")


# ---------------------------------------------------------------- t05
def t05() -> Report:
    """Shanghai district project form, the text layer of a PDF: values come before their labels, label
    cells split over lines, the 元 amounts with and without separators, ">=" targets, "-1-" page number."""
    name, dept, unit = "社区体育健身设施更新维护", "上海市静安区体育局", "上海市静安区社区体育指导中心"
    fa, fb, fe = D("860000.00"), D("860000.00"), D("812436.50")
    rate = rate_of(fe, fb)
    es = D("9.45")
    inds = [
        q("更新健身苑点数量", "产出指标", "数量指标", 20, "≥", 36, "个", 38, 20),
        q("健身器材验收合格率", "产出指标", "质量指标", 20, "=", 100, "%", 100, 20),
        t("维护响应及时性", "产出指标", "时效指标", 10, "及时", "及时", 10),
        q("居民健身参与人次增长率", "效益指标", "社会效益指标", 30, "≥", 5, "%", 6.3, 30),
        q("市民健身满意度", "满意度指标", "服务对象满意度指标", 10, "≥", 90, "%", 95, 10),
    ]
    total = sum_scores(inds, es)

    def tg(i: Any) -> str:
        return i.target_text().replace("≥", ">=")

    values = " ".join(f"{tg(i)} {i.actual_text()} {num(i.w)} {num(i.sc)}" for i in inds)
    text = (
        f"财政项目支出绩效自评表 (2023 年度) 社区体育健身设施更新 维护 项目名称 主管部门 {dept} "
        f"年初预算数 全年预算数 全年执行数 分值 执行率 得分 {fa:.2f} {fb:.2f} {sep(fe)} 10 {num(es)} "
        f"{fa:.2f} {fb:.2f} {fe:.2f} — 上年结转资金 0 0 — 其他资金 0 0 — 年度资金总额 项目资金 (元) "
        f"上海市静安区社区体育 指导中心 实施单位 其中:当年财政拨款 预期目标 年度 总体 目标 {pct(rate)} 实际完成情况 "
        "完成38个社区健身苑点器材更新和日常维护。 一级指标 二级指标 数量指标 三级指标 更新健身苑点数量 年度 指标值 实际 完成值 分值 得分 "
        f"{values} 100 {num(total)} 产出指标 质量指标 绩 效 指 标 时效指标 效益指标 社会效益指标 健身器材验收合格 率 "
        "维护响应及时性 居民健身参与人次增 长率 满意度指标 服务对象满意度指标 市民健身满意度 总分 -1- 偏差原因分析及 改进措施"
    )
    lines = ["上海市静安区社区体育指导中心2023年度项目自评价.pdf", text]
    facts = project_facts(2023, dept, name, unit, {
        "budget": {"initial": wan(fa), "adjusted": wan(fb), "executed": wan(fe), "stated_execution_rate": rate,
                   "fund_rows": [{"name": "当年财政拨款", "initial": wan(fa), "adjusted": wan(fb), "executed": wan(fe)},
                                 {"name": "上年结转资金", "initial": D(0), "adjusted": D(0)},
                                 {"name": "其他资金", "initial": D(0), "adjusted": D(0)}]},
        "indicators": [execution_indicator(10, rate, es), *(exp(i) for i in inds)],
        "stated_total": total, "full_mark": D(100),
    })
    return Report("t05-sh-jingan-sports-project-pdf-interleaved", ".txt", "\n".join(lines) + "\n", facts,
                  "Shanghai project form as a PDF text layer on one line: values before labels, label cells split "
                  "(更新 / 维护, 合格 / 率), money in 元 (\"812,436.50\" and \"812436.50\"), \">=\" targets, \"-1-\"")


# ---------------------------------------------------------------- t11
def t11() -> Report:
    """Xinjiang women's federation 决算 page: section 十一、预算绩效情况说明 holding one project's
    self-evaluation table with ASCII comparators (>=, <=, =) and decimal weights (7.5, 12.5)."""
    name, unit = "妇女儿童维权服务经费", "沙湾市妇女联合会"
    fb, fe = D("18.60"), D("18.60")
    inds = [
        q("开展维权普法宣传场次", "产出指标", "数量指标", 12.5, "≥", 20, "场", 24, 12.5),
        q("受理妇女儿童来访来电件数", "产出指标", "数量指标", 7.5, "≥", 150, "件", 163, 7.5),
        q("来访案件办结率", "产出指标", "质量指标", 12.5, "≥", 95, "%", 97, 12.5),
        q("资金支付及时率", "产出指标", "时效指标", 7.5, "=", 100, "%", 100, 7.5),
        q("人均维权服务成本", "产出指标", "成本指标", 10, "≤", 1200, "元", 1141, 10),
        t("妇女儿童合法权益保障水平", "效益指标", "社会效益指标", 30, "有效提升", "有效提升", 28.5),
        q("服务对象满意度", "满意度指标", "服务对象满意度指标", 10, "≥", 90, "%", 93, 10),
    ]
    es = D("10")
    total = sum_scores(inds, es)

    def tg(i: Any) -> str:
        return i.target_text().replace("≥", ">=").replace("≤", "<=")

    rows = [" | ".join(r) for r in cells_of(inds, ["l1", "l2", "name", "tgt", "act", "w", "sc"], merged=("l1",),
                                              extra={"tgt": tg})]
    lines = [
        "沙湾市妇女联合会2023年度部门决算公开说明",
        "来源：沙湾市财政局  发布时间：2024-09-10",
        "十、其他重要事项的情况说明",
        "（一）机关运行经费支出情况",
        "本部门2023年度机关运行经费支出9.42万元，比上年减少0.36万元。",
        "十一、预算绩效情况说明",
        "1.预算绩效管理工作开展情况。根据预算绩效管理要求，本部门组织对2023年度一般公共预算项目支出全面开展绩效自评，共涉及资金18.60万元，占一般公共预算项目支出总额的100%。",
        f"2.项目绩效自评结果。{name}项目全年预算数{money(fb)}万元，执行数{money(fe)}万元，完成预算的100%。项目绩效自评综述：根据年初设定的绩效目标，项目自评得分{num(total)}分。",
        f"{name}项目支出绩效自评表",
        f"主管部门 | 沙湾市妇女联合会 | 实施单位 | {unit}",
        "项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分",
        f"年度资金总额 | {money(fb)} | {money(fb)} | {money(fe)} | 10 | 100% | 10",
        "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分",
        *rows,
        f"总分 | | | | | 100 | {num(total)}",
        "十二、名词解释",
    ]
    facts = project_facts(2023, "沙湾市妇女联合会", name, unit, {
        "budget": {"initial": fb, "adjusted": fb, "executed": fe, "stated_execution_rate": D(100)},
        "indicators": [execution_indicator(10, D(100), es), *(exp(i) for i in inds)],
        "stated_total": total, "full_mark": D(100),
    })
    return Report("t11-xj-shawan-women-project-juesuan-ascii-cmp", ".txt", "\n".join(lines) + "\n", facts,
                  "Xinjiang 决算 page: 十一、预算绩效情况说明 with a project table; \">=\"/\"<=\" targets; weights 7.5/12.5; "
                  "only 一级 cells merged")


REPORTS = [t01, t02, t03, t05, t11]
