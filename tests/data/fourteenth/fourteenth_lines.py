# ruff: noqa: E501  (report lines are kept whole)
"""Fourteenth corpus, forms from PDF text layers and viewers, one line per row or per cell: a Hubei school's
project form one cell per line, with header cells split over two lines (“三级” / “指标”), each block's weight
on a line of its own under the 一级 cell, and a page footer and a repeated header inside the table (r05); a Gansu
bureau's whole-unit form (部门职责 / 总体绩效目标 / 年度主要任务 blocks) whose rows are single-space separated,
with 填表说明 notes full of numbers after the table (r06)."""

from __future__ import annotations

from fourteenth_base import (
    D,
    Report,
    budget,
    exec_score,
    execution_indicator,
    exp,
    money,
    num,
    pct,
    q,
    rate_of,
    sum_scores,
    t,
    whole_facts,
)


# ---------------------------------------------------------------- r05
def r05() -> Report:
    """Hubei, Jingzhou: a county middle school's project; one cell per line from a PDF text layer."""
    fa, fb, fe = D("420.00"), D("436.80"), D("428.15")
    rate = rate_of(fe, fb)
    es = exec_score(10, rate)
    inds = [
        q("维修改造校舍面积", "产出指标", "数量指标", 15, "≥", 3200, "平方米", 3260, 15),
        q("更新学生课桌椅", "产出指标", "数量指标", 10, "≥", 600, "套", 600, 10),
        q("工程验收合格率", "产出指标", "质量指标", 15, "=", 100, "%", 100, 15),
        t("工程完工时间", "产出指标", "时效指标", 10, "2024年8月底前", "2024年8月25日", 10),
        t("改善学生学习生活条件", "效益指标", "社会效益指标", 20, "明显改善", "明显改善", 20),
        q("师生满意度", "满意度指标", "服务对象满意度指标", 20, "≥", 90, "%", 88.6, 18, note="部分宿舍热水改造未纳入本期"),
    ]
    total = sum_scores(inds, es)
    head = ["一级", "指标", "二级", "指标", "三级", "指标", "年度", "指标值", "实际", "完成值", "分值", "得分", "偏差原因"]
    blocks = {"产出指标": 50, "效益指标": 20, "满意度指标": 20}
    cells: list[str] = []
    for k, i in enumerate(inds):
        if k == 4:
            cells += ["— 1 —", "第1页 共2页", *head]
        if k == 0 or inds[k - 1].l1 != i.l1:
            cells += [i.l1, f"（{blocks[i.l1]}分）"]
        if k == 0 or inds[k - 1].l2 != i.l2:
            cells.append(i.l2)
        cells += [i.name, i.target_text(), i.actual_text(), num(i.w), num(i.sc)] + ([i.note] if i.note else [])
    lines = [
        "公安县第三中学2024年度项目支出绩效自评表",
        "项目名称",
        "薄弱学校改善办学条件项目",
        "主管部门",
        "公安县教育局",
        "实施单位",
        "公安县第三中学",
        "单位：万元",
        "项目资金",
        "年初预算数",
        "全年预算数",
        "全年执行数",
        "分值",
        "执行率",
        "得分",
        "年度资金总额",
        money(fa), money(fb), money(fe), "10", pct(rate), num(es),
        *head,
        *cells,
        "总分",
        "100",
        num(total),
        "— 2 —",
        "第2页 共2页",
    ]
    facts = {"kind": "项目支出", "year": 2024, "unit": {"supervising_department": "公安县教育局"},
             "project": {"name": "薄弱学校改善办学条件项目", "implementing_unit": "公安县第三中学"},
             "budget": budget(fa, fb, fe),
             "indicators": [execution_indicator(10, rate, es), *(exp(i) for i in inds)],
             "stated_total": total}
    return Report("r05-hb-gongan-school-project-cells-splitheads-footer", ".txt", "\n".join(lines) + "\n", facts,
                  note="one cell per line; headers split over two lines; block weight “（50分）” as its own cell; page footer + repeated header mid-table")


# ---------------------------------------------------------------- r06
def r06() -> Report:
    """Gansu, Tianshui: a county statistics bureau's whole-unit form; 部门职责 / 总体绩效目标 / 年度主要任务 blocks;
    rows with cells separated by one space; 填表说明 with numbers after the table. Planted: the stated total is
    one point above the sum of the scores."""
    fa, fb, fe = D("386.20"), D("402.64"), D("391.08")
    rate = rate_of(fe, fb)
    es = exec_score(10, rate)
    inds = [
        q("统计调查项目完成数", "产出指标", "数量指标", 15, "≥", 18, "项", 18, 15),
        q("统计数据上报及时率", "产出指标", "时效指标", 10, "=", 100, "%", 100, 10),
        q("统计数据差错率", "产出指标", "质量指标", 15, "≤", 1, "%", 0.6, 15),
        q("统计执法检查企业数", "产出指标", "数量指标", 10, "≥", 40, "家", 36, 9, note="2家企业停产未检查"),
        t("为党政决策提供数据支撑", "效益指标", "社会效益指标", 20, "有效支撑", "有效支撑", 20),
        q("数据使用部门满意度", "满意度指标", "服务对象满意度指标", 20, "≥", 90, "%", 93, 20),
    ]
    true_total = sum_scores(inds, es)
    stated = true_total + 1
    lines = [
        "秦安县统计局2023年度部门整体支出绩效自评表",
        "单位：万元",
        "部门名称 秦安县统计局",
        "年度预算申请 年初预算数 全年预算数 全年执行数 分值 执行率 得分",
        f"年度资金总额 {money(fa)} {money(fb)} {money(fe)} 10 {pct(rate)} {num(es)}",
        "按收入性质分 按支出性质分",
        f"其中：一般公共预算 {money(fb)} 其中：基本支出 291.36",
        "政府性基金 0.00 项目支出 99.72",
        "部门职责 负责组织领导和协调全县统计工作，组织实施全国性和地方性统计调查，依法管理、公布全县统计数据，开展统计执法检查。",
        "总体绩效目标 预期目标 实际完成情况",
        "目标1：全年完成18项统计调查任务，数据差错率控制在1%以内。 全年完成18项统计调查，差错率0.6%。",
        "目标2：开展统计执法检查不少于40家。 检查36家，2家企业停产未检查。",
        "年度主要任务 任务名称 主要内容 预算数 执行数",
        "任务1 经济普查 组织开展第五次全国经济普查登记工作 126.40 124.85",
        "任务2 常规统计调查 农业、工业、服务业等常规调查 58.30 56.91",
        "年度绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施",
        *(f"{i.l1} {i.l2} {i.name} {i.target_text()} {i.actual_text()} {num(i.w)} {num(i.sc)} {i.note}".rstrip() for i in inds),
        f"总分 100 {num(stated)}",
        "",
        "填表说明：1.年度资金总额得分=执行率×10分，最高10分；2.定量指标完成值达到指标值记满分，未达到按比例得分，例如指标值90%完成81%得90%的分值；3.绩效指标分值合计90分；4.本表一式3份。",
    ]
    facts = whole_facts(2023, "秦安县统计局", {
        "budget": budget(fa, fb, fe),
        "indicators": [execution_indicator(10, rate, es), *(exp(i) for i in inds)],
        "stated_total": stated,
    })
    return Report("r06-gs-qinan-stats-whole-duties-spaced-notes", ".txt", "\n".join(lines) + "\n", facts,
                  note="whole-unit 2020-style form, single-space rows; 部门职责/总体绩效目标/年度主要任务; 填表说明 with numbers",
                  planted=["TOTAL_MISMATCH"])


REPORTS = [r05, r06]
