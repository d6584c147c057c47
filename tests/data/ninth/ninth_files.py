# ruff: noqa: E501  (report lines are kept whole)
"""Ninth corpus, files: a Chongqing 高校 project form in Word whose tables have header rows two deep
(预算资金 over 年初预算数 / 全年预算数 / 全年执行数; 评分 over 分值 / 得分) with merged cells (n07); a Shandong
prison's project report exported to Markdown (# headings, a |---| table, **bold** totals) (n08)."""

from __future__ import annotations

from ninth_base import (
    D,
    Report,
    cells_of,
    docx_bytes,
    execution_indicator,
    exp,
    money,
    num,
    pct,
    project_facts,
    q,
    rate_of,
    sum_scores,
    t,
)


# ---------------------------------------------------------------- n07
def n07() -> Report:
    """Chongqing: a university's discipline-building project in Word; one table whose money block and
    indicator block each have a two-row header (group cells merged across, single cells merged down).
    One score is above its weight (a real slip kept)."""
    name, dept, unit = "一流学科建设专项资金", "重庆市教育委员会", "重庆嘉陵理工学院"
    fa, fb, fe = D("1500.00"), D("1620.00"), D("1577.43")
    rate = rate_of(fe, fb)
    es = D("9.74")
    inds = [
        q("新增省部级科研平台", "产出指标", "数量指标", 10, "≥", 2, "个", 3, 10),
        q("发表高水平论文", "产出指标", "数量指标", 10, "≥", 60, "篇", 68, 10),
        q("引进高层次人才", "产出指标", "数量指标", 10, "≥", 8, "人", 7, 8.75, note="1人签约后推迟到岗"),
        q("仪器设备验收合格率", "产出指标", "质量指标", 10, "=", 100, "%", 100, 10),
        q("建设任务按期完成率", "产出指标", "时效指标", 10, "≥", 90, "%", 94, 10),
        q("科研成果转化收入", "效益指标", "经济效益指标", 10, "≥", 300, "万元", 336, 10),
        t("学科排名", "效益指标", "社会效益指标", 15, "稳中有升", "稳中有升", 16),
        t("人才梯队建设", "效益指标", "可持续影响指标", 10, "结构优化", "结构优化", 10),
        q("师生满意度", "满意度指标", "服务对象满意度指标", 5, "≥", 90, "%", 95.1, 5),
    ]
    total = sum_scores(inds, es)
    w = 8
    head = [
        ["项目支出绩效自评表（2024年度）", *[""] * (w - 1)],
        ["项目名称", name, "", "", "", "", "", ""],
        ["主管部门", dept, "", "", "实施单位", unit, "", ""],
        ["资金类别", "预算资金（万元）", "", "", "执行率", "评分", "", "备注"],
        ["", "年初预算数", "全年预算数", "全年执行数", "", "分值", "得分", ""],
        ["年度资金总额", money(fa), money(fb), money(fe), pct(rate), "10", num(es), ""],
        ["一级指标", "二级指标", "三级指标", "指标值", "", "评分", "", "偏差原因"],
        ["", "", "", "年度指标值", "实际完成值", "分值", "得分", ""],
    ]
    body = cells_of(inds, ["l1", "l2", "name", "tgt", "act", "w", "sc", "note"])
    grid = [*head, *body, ["总分", "", "", "", "", "100", num(total), ""]]
    merges = [(0, 0, 0, 7), (1, 1, 1, 7), (2, 1, 2, 3), (2, 5, 2, 7),
              (3, 0, 4, 0), (3, 1, 3, 3), (3, 4, 4, 4), (3, 5, 3, 6), (3, 7, 4, 7),
              (6, 0, 7, 0), (6, 1, 7, 1), (6, 2, 7, 2), (6, 3, 6, 4), (6, 5, 6, 6), (6, 7, 7, 7)]
    start = len(head)
    for col in (0, 1):
        end, first = start + len(body), start
        for r in range(start + 1, end + 1):
            if r == end or body[r - start][col]:
                if r - 1 > first:
                    merges.append((first, col, r - 1, col))
                first = r
    body_doc = docx_bytes(["附件3"], grid, merges, ["", "填报单位（盖章）：重庆嘉陵理工学院    填报日期：2025年3月28日"])
    facts = project_facts(2024, dept, name, unit, {
        "budget": {"initial": fa, "adjusted": fb, "executed": fe, "stated_execution_rate": rate},
        "indicators": [execution_indicator(10, rate, es), *(exp(i) for i in inds)],
        "stated_total": total, "full_mark": D(100),
    })
    return Report("n07-cq-jialing-college-project-docx-twodeep", ".docx", body_doc, facts,
                  "Chongqing university project form in Word: money and indicator headers two rows deep with merged group "
                  "cells (预算资金 over 年初/全年预算数/全年执行数, 评分 over 分值/得分, 指标值 over 年度指标值/实际完成值); "
                  "学科排名 scored 16 of 15", planted=["SCORE_OVER_WEIGHT"])


# ---------------------------------------------------------------- n08
def n08() -> Report:
    """Shandong: a prison's project report exported to Markdown: # headings, the budget and indicators as
    Markdown tables with |---| rows, totals in **bold**. The stated total is 2 above the scores' sum."""
    name, dept, unit = "罪犯教育改造专项经费", "山东省监狱管理局", "山东省鲁西第三监狱"
    fa, fb, fe = D("286.00"), D("286.00"), D("279.64")
    rate = rate_of(fe, fb)
    es = D("9.78")
    inds = [
        q("开展职业技能培训人次", "产出指标", "数量指标", 15, "≥", 1200, "人次", 1265, 15),
        q("义务教育扫盲合格人数", "产出指标", "数量指标", 10, "≥", 80, "人", 86, 10),
        q("技能证书取证率", "产出指标", "质量指标", 15, "≥", 60, "%", 57.5, 14.38, note="部分工种考核延期"),
        q("教育课时完成率", "产出指标", "时效指标", 10, "=", 100, "%", 100, 10),
        q("出监人员就业意向达成率", "效益指标", "社会效益指标", 20, "≥", 50, "%", 53.2, 20),
        q("服刑人员满意度", "满意度指标", "服务对象满意度指标", 20, "≥", 85, "%", 88.6, 20),
    ]
    stated = sum_scores(inds, es) + 2

    def md(cells: list[str]) -> str:
        return "| " + " | ".join(cells) + " |"

    body = cells_of(inds, ["l1", "l2", "name", "tgt", "act", "w", "sc", "note"])
    lines = [
        f"# {unit}2024年度项目支出绩效自评报告",
        "",
        "## 一、项目概况",
        "",
        f"**项目名称：**{name}  ",
        f"**主管部门：**{dept}  ",
        f"**实施单位：**{unit}",
        "",
        "## 二、预算执行情况",
        "",
        md(["资金", "年初预算数（万元）", "全年预算数（万元）", "全年执行数（万元）", "执行率", "分值", "得分"]),
        md(["---"] * 7),
        md(["年度资金总额", money(fa), money(fb), money(fe), pct(rate), "10", num(es)]),
        "",
        "## 三、绩效指标完成情况",
        "",
        md(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"]),
        md([":---"] * 8),
        *(md(r) for r in body),
        md(["**合计**", "", "", "", "", "**100**", f"**{num(stated)}**", ""]),
        "",
        "## 四、自评结论",
        "",
        f"项目自评得分 **{num(stated)}** 分，等级为**优**。",
        "",
        "*填报日期：2025年3月31日*",
    ]
    facts = project_facts(2024, dept, name, unit, {
        "budget": {"initial": fa, "adjusted": fb, "executed": fe, "stated_execution_rate": rate},
        "indicators": [execution_indicator(10, rate, es), *(exp(i) for i in inds)],
        "stated_total": stated, "stated_grade": "优", "full_mark": D(100),
    })
    return Report("n08-sd-luxi-prison-project-markdown", ".md", "\n".join(lines) + "\n", facts,
                  "Shandong prison project report exported to Markdown: # headings, **label：** value lines, |---| tables, "
                  "**bold** total; 总分 2 above the sum", planted=["TOTAL_MISMATCH"])


REPORTS = [n07, n08]
