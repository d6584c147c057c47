# ruff: noqa: E501
"""Reports st03, st04, st06, st08 of the sixty-third set, each returning (facts, ext, content): a Qinghai county
forestry bureau's project report as a PDF whose indicator table is printed in two bands (年度指标值 / 实际完成值 on one
page, 分值 / 得分 / 偏差原因 on the next, the level columns repeated); a Shaanxi district agriculture bureau's report
covering three projects, each with its own form (the first form is the report's facts, as the reader's rule is); a
Qinghai township's .rtf report with every figure in Chinese numerals; a Qinghai county's .ods form whose target and
actual cells are written in Chinese numerals.
Every unit, person and figure is invented (real places, invented bodies and figures).
"""

from __future__ import annotations

import io
from decimal import Decimal
from typing import Any

import openpyxl
from corpus_build import Row
from eighteenth_facts import Made, doc, docx_bytes, table
from make_seventeenth import convert
from sixtythird_facts import HEAD, Money, cells, cn, cn_value, money_block, money_cn, project_facts

# st03 青海 海东市 互助县, project, .pdf: the form's indicator table too wide for a portrait page, printed in two bands
# like a sheet printed "down, then over": 一级 / 二级 / 三级 / 年度指标值 / 实际完成值 on one page, the level columns
# repeated with 分值 / 得分 / 偏差原因 on the next (print titles), the total row in both bands ---------------------------
ST03: list[Row] = [
    ("产出指标", "数量指标", "天然林管护面积", 15, "≥86万亩", "86万亩", "15", ""),
    ("产出指标", "数量指标", "聘用生态护林员人数", 10, "≥420人", "436人", "10", ""),
    ("产出指标", "质量指标", "森林火灾受害率", 10, "≤0.9‰", "0‰", "10", ""),
    ("产出指标", "时效指标", "管护补助发放及时率", 10, "100%", "100%", "10", ""),
    ("效益指标", "生态效益指标", "森林覆盖率", 15, "≥37.5%", "37.2%", "13.5", "新造林地尚未郁闭成林"),
    ("效益指标", "社会效益指标", "带动脱贫人口就业人数", 15, "≥300人", "318人", "15", ""),
    ("满意度指标", "服务对象满意度指标", "护林员满意度", 15, "≥90%", "93%", "15", ""),
]


def st03() -> Made:
    unit, dept = "互助土族自治县天然林保护中心", "互助土族自治县林业和草原局"
    proj = "2021年天然林保护修复项目"
    money = ("1985.00", "2046.30", "1998.42")
    f, rt, es, tot = project_facts(2021, unit, dept, proj, money, ST03)
    d = doc()
    d.add_paragraph(f"{proj}支出绩效自评报告")
    d.add_paragraph(f"项目名称：{proj}　　主管部门：{dept}　　实施单位：{unit}")
    d.add_paragraph("一、项目概况：项目用于全县天然林管护、生态护林员补助和森林防火，覆盖北山、南门峡等林区。")
    d.add_paragraph("二、项目资金情况")
    table(d, money_block(money, rt, es))
    d.add_paragraph("三、项目支出绩效自评表（打印2页，第1页）")
    band = [r[:5] for r in [HEAD, *(cells(r) for r in ST03)]]
    table(d, [*band, ["总分", "", "", "", ""]], vmerge_cols=(0, 1))
    d.add_page_break()
    d.add_paragraph("三、项目支出绩效自评表（打印2页，第2页）")
    right = [[*r[:3], *r[5:]] for r in [HEAD, *(cells(r) for r in ST03)]]
    table(d, [*right, ["总分", "", "", "100", str(tot), f["stated_grade"]]], vmerge_cols=(0, 1))
    d.add_paragraph(f"四、自评结论：本项目自评得分{tot}分，等级{f['stated_grade']}。森林覆盖率未达目标，新造林地需继续抚育。")
    return f, "pdf", docx_bytes(d)


# st04 陕西 延安市 宝塔区, project, .docx: one report of a district agriculture bureau covering three projects; an
# opening sentence sums their budgets, then a section per project with its own prose and its own form (项目名称 …
# money block, indicators, 总分); the first form's facts are the report's ----------------------------------------------
ST04: list[tuple[str, str, Money, list[Row]]] = [
    ("2021年苹果产业提质增效项目", "宝塔区果业技术推广站", ("1240.00", "1286.00", "1259.80"), [
        ("产出指标", "数量指标", "老果园改造面积", 15, "≥1.5万亩", "1.52万亩", "15", ""),
        ("产出指标", "数量指标", "新建果园防雹网", 10, "≥3000亩", "3120亩", "10", ""),
        ("产出指标", "质量指标", "优果率", 10, "≥75%", "73%", "8.5", "花期冻害影响坐果"),
        ("产出指标", "时效指标", "补助资金兑付及时率", 10, "100%", "100%", "10", ""),
        ("效益指标", "经济效益指标", "果农亩均增收", 20, "≥300元", "326元", "20", ""),
        ("满意度指标", "服务对象满意度指标", "果农满意度", 25, "≥90%", "94%", "25", ""),
    ]),
    ("2021年农村人居环境整治项目", "宝塔区农村环境整治服务中心", ("860.00", "860.00", "812.40"), [
        ("产出指标", "数量指标", "改造农村户厕", 20, "≥2600座", "2480座", "18", "部分农户外出务工未能施工"),
        ("产出指标", "质量指标", "改厕验收合格率", 20, "≥95%", "96%", "20", ""),
        ("效益指标", "社会效益指标", "村庄清洁行动覆盖率", 25, "100%", "100%", "25", ""),
        ("满意度指标", "服务对象满意度指标", "农户满意度", 25, "≥85%", "88%", "25", ""),
    ]),
    ("2021年农机购置补贴项目", "宝塔区农业机械化技术推广站", ("530.00", "575.00", "575.00"), [
        ("产出指标", "数量指标", "补贴机具台数", 30, "≥900台", "948台", "30", ""),
        ("效益指标", "经济效益指标", "主要农作物耕种收综合机械化率", 30, "≥62%", "63.5%", "30", ""),
        ("满意度指标", "服务对象满意度指标", "购机户满意度", 30, "≥90%", "96%", "30", ""),
    ]),
]


def st04() -> Made:
    dept = "延安市宝塔区农业农村局"
    made = [project_facts(2021, unit, dept, proj, money, rows) for proj, unit, money, rows in ST04]
    f = made[0][0]
    d = doc()
    d.add_paragraph(f"{dept}2021年度项目支出绩效自评报告")
    total_adj = sum((Decimal(p[2][1]) for p in ST04), Decimal(0))
    total_exe = sum((Decimal(p[2][2]) for p in ST04), Decimal(0))
    d.add_paragraph(f"我局2021年度纳入项目支出绩效自评的项目共{len(ST04)}个，全年预算合计{total_adj}万元，全年执行合计{total_exe}万元。"
                    "各项目自评情况分述如下。")
    for k, ((proj, unit, money, rows), (pf, rt, es, tot)) in enumerate(zip(ST04, made, strict=True)):
        d.add_paragraph(f"（{'一二三'[k]}）{proj}")
        d.add_paragraph(f"该项目由{unit}实施。年初预算{money[0]}万元，全年预算{money[1]}万元，全年执行{money[2]}万元，执行率{rt}%，"
                        f"自评得分{tot}分，等级{pf['stated_grade']}。")
        d.add_paragraph(f"附表{k + 1}　项目支出绩效自评表")
        form = [["项目名称", proj, "", "", "", "", "", ""], ["主管部门", dept, "", "", "实施单位", unit, "", ""],
                *money_block(money, rt, es), HEAD, *(cells(r) for r in rows),
                ["总分", "", "", "", "", "100", str(tot), pf["stated_grade"]]]
        last = len(form) - 1
        table(d, form, [(0, 1, 0, 7), (1, 1, 1, 3), (1, 5, 1, 7), (2, 0, 4, 0), (last, 0, last, 4)], vmerge_cols=(0, 1))
    d.add_paragraph("存在问题：个别项目受自然灾害和农户外出影响，部分指标未完成。下一步将加强项目前期谋划和过程监控。")
    return f, "docx", docx_bytes(d)


# st06 青海 海南州 贵德县, project, .rtf: a township's prose report whose every figure is written in Chinese numerals —
# 一百二十万元, 一百二十八万二千元, 百分之九十四点九六, 不少于三个, 分值十五分 — no table ------------------------------------
ST06: list[Row] = [
    ("产出指标", "数量指标", "新建村级文化广场", 15, "≥3个", "3个", "15", ""),
    ("产出指标", "数量指标", "硬化村内道路", 15, "≥12公里", "12.5公里", "15", ""),
    ("产出指标", "质量指标", "工程验收合格率", 15, "100%", "100%", "15", ""),
    ("效益指标", "社会效益指标", "受益群众人数", 15, "≥4800人", "4960人", "15", ""),
    ("效益指标", "可持续影响指标", "设施管护制度建立率", 15, "100%", "90%", "13.5", "一个村管护制度尚未印发"),
    ("满意度指标", "服务对象满意度指标", "群众满意度", 15, "≥90%", "96%", "15", ""),
]
_BOUND = {"≥": "不少于", "≤": "不超过"}


def st06() -> Made:
    unit, dept = "贵德县河西镇人民政府", "贵德县农业农村和乡村振兴局"
    proj = "2021年高原美丽乡村建设项目"
    money = ("120.00", "135.00", "128.20")
    f, rt, es, tot = project_facts(2021, unit, dept, proj, money, ST06)
    d = doc()
    d.add_paragraph(f"河西镇{proj}绩效自评报告")
    d.add_paragraph(f"一、项目基本情况。{proj}由{dept}主管、{unit}实施，在下排、红岩等三个村建设文化广场、硬化村内道路。")
    d.add_paragraph(f"二、资金使用情况。项目年初预算{money_cn(money[0])}，追加后全年预算{money_cn(money[1])}，全年实际支出"
                    f"{money_cn(money[2])}，预算执行率百分之{cn(rt)}，该项分值十分，得{cn(es)}分。")
    d.add_paragraph("三、绩效指标完成情况。")
    for i, r in enumerate(ST06, 1):
        text = (f"{cn(i)}是{r[0]}中的{r[1]}“{r[2]}”，年度指标值{cn_value(r[4], _BOUND)}，实际完成{cn_value(r[5], _BOUND)}，"
                f"分值{cn(r[3])}分，得{cn(r[6])}分")
        d.add_paragraph(text + (f"，偏差原因：{r[7]}。" if r[7] else "。"))
    d.add_paragraph(f"四、自评结论。经自评，本项目总得分{cn(tot)}分，满分一百分，自评等级为“{f['stated_grade']}”。")
    d.add_paragraph("河西镇人民政府　二〇二二年三月十日")
    return f, "rtf", convert(docx_bytes(d), "st06", "docx", "rtf")


# st08 青海 海北州 祁连县, project, .ods: the form's target and actual cells typed in Chinese numerals (不低于百分之九十五,
# 三百二十户, 百分之百), the money, weights and scores in figures; the year 2020 ------------------------------------------
ST08: list[Row] = [
    ("产出指标", "数量指标", "草原禁牧面积", 15, "≥420万亩", "420万亩", "15", ""),
    ("产出指标", "数量指标", "草畜平衡面积", 15, "≥380万亩", "385万亩", "15", ""),
    ("产出指标", "数量指标", "补奖资金发放户数", 10, "≥6200户", "6260户", "10", ""),
    ("产出指标", "质量指标", "资金发放准确率", 10, "100%", "100%", "10", ""),
    ("效益指标", "生态效益指标", "草原综合植被盖度", 15, "≥57%", "56.4%", "13.5", "局部地区春旱"),
    ("效益指标", "经济效益指标", "牧民人均补奖收入", 10, "≥1800元", "1850元", "10", ""),
    ("满意度指标", "服务对象满意度指标", "牧户满意度", 15, "≥95%", "97%", "15", ""),
]


_CELL_BOUND = {"≥": "不低于", "≤": "不高于"}


def st08() -> Made:
    unit, dept = "祁连县草原工作站", "祁连县林业和草原局"
    proj = "2020年草原生态保护补助奖励政策项目"
    money = ("9860.00", "9860.00", "9812.35")
    f, rt, es, tot = project_facts(2020, unit, dept, proj, money, ST08)
    rows = [["项目支出绩效自评表", "", "", "", "", "", "", ""], ["（2020年度）", "", "", "", "", "", "", ""],
            ["项目名称", proj, "", "", "", "", "", ""], ["主管部门", dept, "", "", "实施单位", unit, "", ""],
            *money_block(money, rt, es), HEAD,
            *([*c[:3], cn_value(c[3], _CELL_BOUND), cn_value(c[4], _CELL_BOUND), *c[5:]] for c in (cells(r) for r in ST08)),
            ["总分", "", "", "", "", "100", str(tot), f["stated_grade"]]]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自评表"
    for i, row in enumerate(rows, 1):
        for j, v in enumerate(row, 1):
            if v != "":
                ws.cell(i, j, v).data_type = "s"
    buf = io.BytesIO()
    wb.save(buf)
    return f, "ods", convert(buf.getvalue(), "st08", "xlsx", "ods")


REPORTS: dict[str, Any] = {
    "st03-qh-huzhu-natural-forest-project-pdf-two-bands": st03,
    "st04-sn-baota-agriculture-project-docx-three-projects": st04,
    "st06-qh-guide-village-project-rtf-chinese-numerals": st06,
    "st08-qh-qilian-grassland-project-ods-numeral-cells": st08,
}
