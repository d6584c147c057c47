# ruff: noqa: E501  (report lines are kept whole)
"""Twelfth corpus, two more: a Tianjin drainage workbook with a two-row header (指标值 over 年度指标值 /
实际完成值) and the total and grade in one merged cell, "自评得分：96.78分（优）" (m11); a Jiangxi town's Markdown
report with the money as a bullet list and 分 written in every weight and score cell, graded 良好 (m12)."""

from __future__ import annotations

import io

from openpyxl import Workbook
from twelfth_base import D, Report, exec_ind, facts, money, num, pct, q, rate_of, sum_scores, t


# ---------------------------------------------------------------- m11
def m11() -> Report:
    dept, unit, name = "天津市西青区水务局", "天津市西青区排水管理所", "城区排水管网清淤维护经费"
    fa, fb, fe = D("560.00"), D("612.00"), D("598.34")
    rate = rate_of(fe, fb)
    es = D("9.78")
    inds = [
        q("清淤排水管网长度", "产出指标", "数量指标", 15, "≥", 180, "公里", 186, 15),
        q("维修检查井", "产出指标", "数量指标", 10, "≥", 600, "座", 640, 10),
        q("清淤后管道通过能力达标率", "产出指标", "质量指标", 10, "≥", 95, "%", 96.3, 10),
        t("汛前清淤完成时间", "产出指标", "时效指标", 10, "2024年5月底前", "2024年5月", 10),
        q("每公里清淤成本", "产出指标", "成本指标", 5, "≤", 2.8, "万元", 2.65, 5),
        q("主汛期城区积水点", "效益指标", "社会效益指标", 15, "≤", 5, "处", 7, 12, note="两处低洼路段遇强降雨积水"),
        t("排水设施维护机制", "效益指标", "可持续影响指标", 10, "长效运行", "长效运行", 10),
        q("沿线居民满意度", "满意度指标", "服务对象满意度指标", 15, "≥", 90, "%", 93.5, 15),
    ]
    total = sum_scores(inds, es)
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    put = ws.append
    put([f"西青区{name}绩效自评表（2024年度）"])
    ws.merge_cells("A1:H1")
    put(["项目名称", name, None, None, "主管部门", dept])
    put(["实施单位", unit])
    put(["项目资金（万元）", None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"])
    put([None, "年度资金总额", float(fa), float(fb), float(fe), 10, pct(rate), float(es)])
    ws.merge_cells("A4:A5")
    put(["一级指标", "二级指标", "三级指标", "指标值", None, "分值", "得分", "偏差原因分析及改进措施"])
    put([None, None, None, "年度指标值", "实际完成值"])
    head = ws.max_row - 1
    ws.merge_cells(start_row=head, start_column=4, end_row=head, end_column=5)
    for col in (1, 2, 3, 6, 7, 8):
        ws.merge_cells(start_row=head, start_column=col, end_row=head + 1, end_column=col)
    for ind in inds:
        put([ind.l1, ind.l2, ind.name, ind.target_text(), ind.actual_text(), float(ind.w), float(ind.sc), ind.note or None])
    put([f"自评得分：{num(total)}分（优）"])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=8)
    out = io.BytesIO()
    wb.save(out)
    rest = facts("项目支出", 2024, {"dept": dept, "project": name, "unit": unit},
                 {"initial": fa, "adjusted": fb, "executed": fe, "stated_execution_rate": rate},
                 [exec_ind(10, rate, es), *inds], total, "优", full_mark=False)
    return Report("m11-tj-xiqing-drainage-xlsx-twoheader", ".xlsx", out.getvalue(), rest,
                  note="xlsx with a two-row header; total and grade in one merged cell")


# ---------------------------------------------------------------- m12
def m12() -> Report:
    unit = "赣州市上犹县营前镇人民政府"
    fa, fb, fe = D("1526.80"), D("1688.45"), D("1640.27")
    rate = rate_of(fe, fb)
    es = D("9.72")
    inds = [
        q("人居环境整治行政村", "产出指标", "数量指标", 10, "≥", 12, "个", 12, 10),
        q("新建污水收集管网", "产出指标", "数量指标", 10, "≥", 8, "公里", 6.5, 8, note="2公里管网因征地协调顺延"),
        q("河长巡河达标率", "产出指标", "质量指标", 10, "≥", 95, "%", 92, 8.5, note="汛期部分巡河记录不全"),
        t("防汛物资储备到位时间", "产出指标", "时效指标", 10, "汛期前", "汛期前", 10),
        q("三公经费支出", "产出指标", "成本指标", 10, "≤", 12, "万元", 11.4, 10),
        q("群众办事一次办结率", "效益指标", "社会效益指标", 15, "≥", 90, "%", 85, 11, note="部分事项需上级审批"),
        t("村级集体经济增收机制", "效益指标", "可持续影响指标", 10, "建立", "部分建立", 6),
        q("群众满意度", "满意度指标", "服务对象满意度指标", 15, "≥", 90, "%", 89, 14),
    ]
    total = sum_scores(inds, es)
    md = [f"## {unit}2023年度部门整体支出绩效自评报告", "",
          "### 一、预算执行情况", "",
          f"- 年初预算：{money(fa)}万元",
          f"- 调整后预算：{money(fb)}万元",
          f"- 实际支出：{money(fe)}万元",
          f"- 执行率：{pct(rate)}",
          f"- 预算执行得分：{num(es)}分（满分10分）", "",
          "### 二、绩效指标自评情况", "",
          "| 一级指标 | 二级指标 | 三级指标 | 年度目标 | 实际完成 | 分值 | 自评得分 | 偏差原因 |",
          "| --- | --- | --- | --- | --- | --- | --- | --- |"]
    for ind in inds:
        md.append(f"| {ind.l1} | {ind.l2} | {ind.name} | {ind.target_text()} | {ind.actual_text()} | {num(ind.w)}分 | {num(ind.sc)}分 | {ind.note} |")
    md += [f"| 综合得分 |  |  |  |  | 100分 | {num(total)}分 |  |", "",
           "### 三、自评结论", "", f"营前镇2023年度部门整体支出绩效自评综合得分{num(total)}分，等级：良好。", ""]
    rest = facts("整体支出", 2023, {"name": unit},
                 {"initial": fa, "adjusted": fb, "executed": fe, "stated_execution_rate": rate},
                 [exec_ind(10, rate, es), *inds], total, "良")
    return Report("m12-jx-yingqian-town-md-fen-cells", ".md", "\n".join(md), rest,
                  note="Markdown whole-unit; money as a bullet list; 分 in every weight and score cell; 良好")


REPORTS = [m11, m12]
