# ruff: noqa: E501  (report lines are kept whole)
"""Ninth corpus, reports with prose: a Guangxi project report whose indicators are a numbered prose list
under （一）产出指标 / （二）效益指标 headings ("1.数量指标。……目标值……实际完成……分值……得分……") (n02); a
Heilongjiang community health centre's 2025 report whose 自评得分 appears only in the summary sentence
(n10)."""

from __future__ import annotations

from ninth_base import (
    D,
    Ind,
    Report,
    execution_indicator,
    exp,
    money,
    num,
    pct,
    pipe,
    project_facts,
    q,
    rate_of,
    sum_scores,
    t,
    whole_facts,
)

HEADS = {"产出指标": "（一）产出指标", "效益指标": "（二）效益指标", "满意度指标": "（三）满意度指标"}


def prose_list(inds: list[Ind]) -> list[str]:
    """Indicators as a numbered prose list under one heading per 一级指标."""
    lines: list[str] = []
    last, n = "", 0
    for ind in inds:
        if ind.l1 != last:
            lines.append(HEADS[ind.l1])
            last, n = ind.l1, 0
        n += 1
        if ind.cmp:
            target = f"目标值{ind.target_text()}，实际完成{ind.actual_text()}"
        else:
            target = f"目标为“{ind.tv}”，实际“{ind.av}”"
        why = f"，{ind.note}" if ind.note else ""
        lines.append(f"{n}.{ind.l2}。“{ind.name}”{target}{why}，分值{num(ind.w)}分，得分{num(ind.sc)}分。")
    return lines


# ---------------------------------------------------------------- n02
def n02() -> Report:
    """Guangxi, Baise: a project report in prose; the budget in sentences, the indicators a numbered prose
    list; the total and grade in the conclusion, 87.9 graded 优 (a real slip kept)."""
    name, dept, unit = "边境地区抵边村寨巩固提升补助资金", "百色市那坡县乡村振兴局", "那坡县平孟镇人民政府"
    fb, fe = D("1180.00"), D("1126.54")
    rate = rate_of(fe, fb)
    es = D("9.55")
    inds = [
        q("抵边村寨道路硬化里程", "产出指标", "数量指标", 15, "≥", 24, "公里", 24.6, 15),
        q("新建村级产业基地", "产出指标", "数量指标", 10, "≥", 6, "个", 5, 8.33, note="1个基地因用地报批未完成"),
        q("工程验收合格率", "产出指标", "质量指标", 10, "=", 100, "%", 100, 10),
        q("项目按期完工率", "产出指标", "时效指标", 10, "≥", 90, "%", 83.3, 6.5, note="受连续降雨影响"),
        q("带动边民人均增收", "效益指标", "经济效益指标", 15, "≥", 800, "元", 760, 12, note="产业基地尚未全部投产"),
        t("边境村寨人居环境", "效益指标", "社会效益指标", 15, "明显改善", "有所改善", 12),
        q("边民满意度", "满意度指标", "服务对象满意度指标", 15, "≥", 90, "%", 91.4, 14.52),
    ]
    total = sum_scores(inds, es)
    lines = [
        "那坡县2024年度边境地区抵边村寨巩固提升补助资金",
        "项目支出绩效自评报告",
        "",
        "一、项目基本情况",
        f"{name}由{dept}主管，{unit}具体实施，主要用于抵边村寨道路硬化、村级产业基地建设和人居环境整治。",
        "二、项目资金使用及管理情况",
        f"2024年该项目全年预算{money(fb)}万元，全年实际支出{money(fe)}万元，预算执行率{pct(rate)}，预算执行指标分值10分，得分{num(es)}分。",
        "三、项目绩效指标完成情况",
        *prose_list(inds),
        "四、自评结论",
        f"经综合评价，该项目自评得分{num(total)}分，自评等级为“优”。",
        "五、存在的问题及改进措施",
        "部分产业基地用地报批滞后，下一步将提前开展前期工作，加快项目进度。",
        "",
        "那坡县平孟镇人民政府",
        "2025年3月14日",
    ]
    facts = project_facts(2024, dept, name, unit, {
        "budget": {"adjusted": fb, "executed": fe, "stated_execution_rate": rate},
        "indicators": [execution_indicator(10, rate, es), *(exp(i) for i in inds)],
        "stated_total": total, "stated_grade": "优",
    })
    return Report("n02-gx-napo-border-project-prose-list", ".txt", "\n".join(lines) + "\n", facts,
                  "Guangxi project report whose indicators are a numbered prose list under （一）产出指标 headings "
                  "(1.数量指标。“name”目标值…，实际完成…，分值…分，得分…分。); 87.9 graded 优", planted=["GRADE_MISMATCH"])


# ---------------------------------------------------------------- n10
def n10() -> Report:
    """Heilongjiang, Mudanjiang: a community health service centre's whole-unit report for 2025; its form
    has no total row, the 自评得分 appears only in the summary sentence above the form."""
    unit = "牡丹江市东安区七星街道社区卫生服务中心"
    fa, fb, fe = D("612.80"), D("655.24"), D("649.31")
    rate = rate_of(fe, fb)
    es = D("9.91")
    inds = [
        q("家庭医生签约人数", "产出指标", "数量指标", 10, "≥", 8500, "人", 8812, 10),
        q("重点人群签约率", "产出指标", "数量指标", 10, "≥", 75, "%", 76.4, 10),
        q("慢病患者规范管理率", "产出指标", "质量指标", 15, "≥", 65, "%", 66.2, 15),
        q("疫苗接种信息录入及时率", "产出指标", "时效指标", 10, "=", 100, "%", 100, 10),
        q("居民健康素养水平", "效益指标", "社会效益指标", 15, "≥", 30, "%", 31.6, 15),
        t("医防融合服务模式", "效益指标", "可持续影响指标", 10, "持续运行", "持续运行", 10),
        q("签约居民满意度", "满意度指标", "服务对象满意度指标", 20, "≥", 85, "%", 83.9, 19.74, note="候诊时间偏长"),
    ]
    total = sum_scores(inds, es)
    lines = [
        "牡丹江市东安区七星街道社区卫生服务中心",
        "2025年度部门整体支出绩效自评报告",
        "",
        "一、基本情况",
        "中心为差额拨款事业单位，承担辖区基本公共卫生服务和家庭医生签约服务，在职职工46人。",
        "二、绩效自评结论",
        f"按照区财政局部署，中心对2025年度部门整体支出开展了绩效自评。经自评，中心2025年度整体支出绩效自评得分为{num(total)}分，评价等级为“优”。",
        "三、预算执行情况",
        f"2025年年初预算{money(fa)}万元，全年预算{money(fb)}万元，全年执行{money(fe)}万元，预算执行率{pct(rate)}。",
        "四、绩效指标完成情况（见附表）",
        "",
        "附表：部门整体支出绩效自评表",
        pipe(["预算执行", "全年预算数（万元）", "全年执行数（万元）", "执行率", "分值", "得分", ""]),
        pipe(["", money(fb), money(fe), pct(rate), "10", num(es), ""]),
        pipe(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]),
        *(pipe([i.l1, i.l2, i.name, i.target_text(), i.actual_text(), num(i.w), num(i.sc)]) for i in inds),
        "",
        "2026年2月10日",
    ]
    facts = whole_facts(2025, unit, {
        "budget": {"initial": fa, "adjusted": fb, "executed": fe, "stated_execution_rate": rate},
        "indicators": [execution_indicator(10, rate, es), *(exp(i, deviation_note=None) for i in inds)],
        "stated_total": total, "stated_grade": "优",
    })
    return Report("n10-hl-dongan-chc-whole-2025-summaryscore", ".txt", "\n".join(lines) + "\n", facts,
                  "Heilongjiang community health centre, year 2025 (signed 2026); no total row, 自评得分 only in the summary "
                  "sentence above the budget; every row repeats its levels")


REPORTS = [n02, n10]
