# ruff: noqa: E501
"""Reports gx01, gx03, gx05, gx07 of the seventy-eighth set (.docx), each returning (facts, ext, content): a Jiangxi
natural-resources bureau's whole-unit report whose money block spreads 年初预算数 / 全年预算数 / 全年执行数 each over
合计 / 基本支出 / 项目支出 columns under a two-row header; a Henan rural-road project's form with 中期 and 年度 targets
side by side under one merged 指标值 header and a 成本指标 block (经济 / 社会 / 生态环境成本指标); a Zhejiang forestry
bureau's whole-unit form with its money a row a stage and a 中期指标值 column (planted: the 合计 two points below its
rows); a Sichuan project's form opening on its 成本指标 block (planted: 良 on a total over 90).
Every unit, person and figure is invented (real places, invented bodies and figures).
"""

from __future__ import annotations

from eighteenth_facts import Made, doc, docx_bytes, table
from seventyeighth_facts import (
    GX01,
    GX01_SPLIT,
    GX03,
    GX03_MID,
    GX05,
    GX05_MID,
    GX05_SPLIT,
    GX07,
    HEAD,
    SPLIT_MERGES,
    label_rows,
    spent_items,
    split_by_column,
    split_by_row,
    totals,
    with_mid,
)
from sixtyfirst_facts import cells, grade_of, whole_rows
from sixtyfourth_facts import money_rows, project, whole

# 一级 | 二级 | 三级 | 指标值 (中期 | 年度) | 实际完成值 | 分值 | 得分 | 偏差原因: a two-row header
MID_HEAD = [["一级指标", "二级指标", "三级指标", "指标值", "", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
            ["", "", "", "中期指标值", "年度指标值", "", "", "", ""]]
MID_MERGES = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 1, 5), (0, 6, 1, 6), (0, 7, 1, 7), (0, 8, 1, 8)]


def _labels(d: object, proj: str, dept: str, unit: str) -> None:
    table(d, label_rows(proj, dept, unit), merges=[(0, 1, 0, 3)])


# gx01 江西 赣州 于都, whole unit, .docx: money by column under a two-row header (合计 / 基本支出 / 项目支出) --------------------
def gx01() -> Made:
    unit = "于都县自然资源局"
    f, rt, es, tot = whole(2024, unit, totals(GX01_SPLIT), GX01, 4, spent=spent_items(GX01_SPLIT))
    d = doc()
    d.add_heading(f"{unit}2024年度部门整体支出绩效自评报告", level=1)
    for p in [
        "一、部门概况",
        "本局负责全县自然资源调查监测、国土空间规划、耕地保护、不动产登记和地质灾害防治等工作。",
        "二、自评结论",
        f"经自评，本部门2024年度整体支出绩效自评得分{tot}分，评价等级为“优”。",
        "三、附表",
        "部门整体支出绩效自评表（金额单位：万元）",
    ]:
        d.add_paragraph(p)
    table(d, split_by_column(GX01_SPLIT, f"{rt}%"), merges=SPLIT_MERGES)
    grid = [HEAD, *whole_rows(GX01, 4, rt, es), ["合计", "", "", "", "", "100", str(tot), ""]]
    table(d, grid, vmerge_cols=(0, 1))
    return f, "docx", docx_bytes(d)


# gx03 河南 信阳 光山, project, .docx: 中期 | 年度 under one 指标值 header, a 成本指标 block after the 产出指标 -------------------
def gx03() -> Made:
    unit, dept = "光山县农村公路管理所", "光山县交通运输局"
    proj = "2024年农村公路提档升级项目"
    money = ("4850.00", "5126.00", "4968.37")
    f, rt, es, tot = project(2024, unit, dept, proj, money, GX03)
    d = doc()
    d.add_heading("项目支出绩效自评表", level=1)
    d.add_paragraph("（2024年度）")
    _labels(d, proj, dept, unit)
    table(d, money_rows(money, rt, es))
    table(d, [["绩效目标", "中期目标（2024—2026年）", "年度目标"],
              ["", "三年新建农村公路120公里以上，改造危桥18座。", "新建农村公路42公里以上，改造危桥6座。"]],
          merges=[(0, 0, 1, 0)])
    rows = with_mid(GX03_MID, [cells(r) for r in GX03])
    table(d, [*MID_HEAD, *rows, ["总分", "", "", "", "", "", "100", str(tot), ""]], merges=MID_MERGES)
    return f, "docx", docx_bytes(d)


# gx05 浙江 丽水 遂昌, whole unit, .docx: money a row a stage (合计 / 基本支出 / 项目支出 columns), a 中期指标值 column; the
# 合计 two points below its rows (planted) ---------------------------------------------------------------------------------
def gx05() -> Made:
    unit = "遂昌县林业局"
    f, rt, es, tot = whole(2023, unit, totals(GX05_SPLIT), GX05, 4, spent=spent_items(GX05_SPLIT))
    stated = tot - 2
    f["stated_total"], f["planted"] = stated, ["TOTAL_MISMATCH"]
    d = doc()
    d.add_heading(f"{unit}2023年度部门整体支出绩效自评表", level=1)
    table(d, split_by_row(GX05_SPLIT))
    head = [*HEAD[:3], "中期指标值（2023—2025年）", *HEAD[3:]]
    rows = with_mid(GX05_MID, whole_rows(GX05, 4, rt, es))
    table(d, [head, *rows, ["合计", "", "", "", "", "", "100", str(stated), ""]], vmerge_cols=(0, 1))
    d.add_paragraph(f"自评结论：本部门2023年度整体支出绩效自评得分{stated}分，自评等级为“优”。")
    return f, "docx", docx_bytes(d)


# gx07 四川 甘孜 康定, project, .docx: the 成本指标 block first; 良 on a total over 90 (planted) ----------------------------
def gx07() -> Made:
    unit, dept = "康定市牧民定居服务中心", "康定市农牧农村局"
    proj = "2022年牧民定居点提升改造项目"
    money = ("2680.00", "2815.00", "2742.56")
    f, rt, es, tot = project(2022, unit, dept, proj, money, GX07)
    assert grade_of(tot) == "优"
    f["stated_grade"], f["planted"] = "良", ["GRADE_MISMATCH"]
    d = doc()
    d.add_heading(f"{proj}绩效自评报告", level=1)
    for p in [
        "一、项目基本情况",
        "项目对全市24个牧民定居点实施供水、道路、庭院和暖棚提升改造。",
        "二、项目绩效自评表",
    ]:
        d.add_paragraph(p)
    _labels(d, proj, dept, unit)
    table(d, money_rows(money, rt, es))
    table(d, [HEAD, *(cells(r) for r in GX07), ["总分", "", "", "", "", "100", str(tot), ""]], vmerge_cols=(0, 1))
    d.add_paragraph(f"三、自评结论：项目自评得分{tot}分，评价等级为“良”。")
    return f, "docx", docx_bytes(d)


REPORTS = {
    "gx01-jx-yudu-natural-resources-whole-docx-money-by-column": gx01,
    "gx03-ha-guangshan-rural-road-project-docx-mid-and-year-targets": gx03,
    "gx05-zj-suichang-forestry-whole-docx-money-by-row-mid-column": gx05,
    "gx07-sc-kangding-settlement-project-docx-cost-block-first": gx07,
}
