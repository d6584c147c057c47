# ruff: noqa: E501
"""Reports sf02, sf04, sf05, sf06, sf08 of the sixty-fourth set, each returning (facts, ext, content): a Zhejiang
procuratorate's whole-unit form as an .xlsx with a 权重 column in percent beside 分值; a Hubei emergency management
bureau's project form printed to PDF, no 偏差原因 column, a separate 扣分情况说明 table under it; a Jiangsu fire rescue
detachment's whole-unit report re-issued as a 更正版 (.doc), the old and the new figures both shown; a Zhejiang court's
project report as a .docx whose form stands in a floating text box; a Hubei fire rescue detachment's whole-unit form
as an .odt listing three levels with the 一级 written in every row, the 二级 merged, a 扣分情况说明 table after it.
Every unit, person and figure is invented (real places, invented bodies and figures).
"""

from __future__ import annotations

import io
from typing import Any

import openpyxl
from corpus_build import Row
from eighteenth_facts import D, Made, doc, docx_bytes, table
from make_seventeenth import convert
from sixtyfirst_facts import HEAD, WORD, cells, whole_rows
from sixtyfourth_facts import deductions, money_rows, project, whole, without_notes
from twentyfourth_word import _text_box

# sf02 浙江 绍兴, whole unit, .xlsx: the indicator table with a 权重 column beside 分值, the weight typed as a number
# shown in percent (0.1 shown 10%) --------------------------------------------------------------------------------
SF02: list[Row] = [
    ("产出指标", "数量指标", "审查逮捕审查起诉案件办结数", 10, "≥1500件", "1586件", "10", ""),
    ("产出指标", "质量指标", "起诉案件有罪判决率", 10, "≥99%", "99.8%", "10", ""),
    ("产出指标", "质量指标", "认罪认罚从宽制度适用率", 10, "≥85%", "88.6%", "10", ""),
    ("产出指标", "时效指标", "案件审查期限内办结率", 10, "=100%", "100%", "10", ""),
    ("效益指标", "社会效益指标", "刑事申诉案件息诉率", 15, "≥90%", "86.7%", "13", "个别申诉人诉求超出法律规定"),
    ("效益指标", "可持续影响指标", "法治宣传进校园场次", 10, "≥30场", "34场", "10", ""),
    ("满意度指标", "服务对象满意度指标", "人民群众对检察工作满意度", 25, "≥90%", "93.2%", "25", ""),
]
_W2 = ["一级指标", "二级指标", "三级指标", "分值", "权重", "年度指标值", "实际完成值", "得分", "偏差原因分析及改进措施"]


def sf02() -> Made:
    unit = "绍兴市越城区人民检察院"
    money = ("3862.40", "4015.75", "3938.62")
    f, rt, es, tot = whole(2023, unit, money, SF02, 4)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "整体支出绩效自评表"
    ws.append(["2023年度部门整体支出绩效自评表"])
    ws.append(["单位名称：" + unit, "", "", "", "", "", "", "金额单位：万元"])
    for r in money_rows(money, rt, None):
        ws.append(r)
    ws.append(_W2)
    for c in whole_rows(SF02, 4, rt, es):
        ws.append([c[0], c[1], c[2], int(c[5]), int(c[5]) / 100, c[3], c[4], float(c[6]), c[7]])
        ws.cell(ws.max_row, 5).number_format = "0%"
    ws.append(["合计", "", "", 100, 1, "", "", float(tot), ""])
    ws.cell(ws.max_row, 5).number_format = "0%"
    ws.append(["自评等级", WORD[f["stated_grade"]]])
    ws.append(["填报人：钱晓燕", "", "", "审核人：俞建平", "", "", "填报日期：2024年4月9日"])
    buf = io.BytesIO()
    wb.save(buf)
    return f, "xlsx", buf.getvalue()


# sf04 湖北 宜昌, project, .pdf: the form without a 偏差原因 column; under it a 扣分情况说明 table (序号 / 扣分指标 /
# 分值 / 得分 / 扣分 / 扣分原因) -------------------------------------------------------------------------------------
SF04: list[Row] = [
    ("产出指标", "数量指标", "安全生产执法检查企业数", 15, "≥420家", "446家", "15", ""),
    ("产出指标", "数量指标", "执法装备购置台套数", 10, "≥36台套", "36台套", "10", ""),
    ("产出指标", "质量指标", "执法文书规范率", 10, "≥95%", "93.5%", "9", "新进执法人员文书制作不够规范"),
    ("产出指标", "时效指标", "隐患整改复查及时率", 10, "≥95%", "97.1%", "10", ""),
    ("效益指标", "社会效益指标", "生产安全事故死亡人数", 15, "≤12人", "9人", "15", ""),
    ("效益指标", "可持续影响指标", "企业安全生产主体责任落实", 10, "T:持续加强", "T:明显加强", "8", "小微企业安全投入仍不足"),
    ("满意度指标", "服务对象满意度指标", "被检查企业满意度", 20, "≥90%", "91.8%", "20", ""),
]


def sf04() -> Made:
    unit, dept = "宜昌市应急管理局", "宜昌市应急管理局"
    proj = "2023年安全生产监管执法能力提升项目"
    money = ("385.00", "402.60", "371.84")
    f, rt, es, tot = project(2023, unit, dept, proj, money, SF04)
    d = doc()
    d.add_paragraph("项目支出绩效自评表")
    d.add_paragraph("（2023年度）")
    table(d, [["项目名称", proj, "", "", "", "", ""], ["主管部门", dept, "", "实施单位", unit, "", ""],
              *money_rows(money, rt, es)], merges=[(0, 1, 0, 6), (1, 1, 1, 2), (1, 4, 1, 6)])
    d.add_paragraph("")
    table(d, [HEAD[:7], *(cells(r)[:7] for r in SF04), ["总分", "", "", "", "", "100", str(tot)]],
          vmerge_cols=(0, 1))
    d.add_paragraph(f"自评等级：{WORD[f['stated_grade']]}")
    d.add_paragraph("扣分情况说明")
    table(d, deductions(SF04))
    d.add_paragraph("填报单位：宜昌市应急管理局规划财务科　　填报人：覃文静　　联系电话：0717-62XXXXX")
    return without_notes(f), "pdf", docx_bytes(d)


# sf05 江苏 盐城, whole unit, .doc: a 更正版 — the title marked （更正版）, a 更正说明 giving each old figure and the new
# one, the form with the corrected figures and, in two cells, the old one in brackets after the new --------------------
SF05: list[Row] = [
    ("产出指标", "数量指标", "接处警出动次数", 10, "T:按警情全部出动", "T:出动4862次", "10", ""),
    ("产出指标", "数量指标", "消防监督检查单位数", 10, "≥3200家", "3415家", "10", ""),
    ("产出指标", "质量指标", "火灾隐患整改率", 10, "≥95%", "96.8%", "10", ""),
    ("产出指标", "时效指标", "城区5分钟到场率", 10, "≥90%", "87.4%", "8.5", "城区道路施工影响通行"),
    ("效益指标", "社会效益指标", "较大以上火灾事故起数", 15, "=0起", "0起", "15", ""),
    ("效益指标", "可持续影响指标", "消防宣传覆盖人次", 10, "≥50万人次", "58.6万人次", "10", ""),
    ("满意度指标", "服务对象满意度指标", "群众对消防救援工作满意度", 25, "≥92%", "94.6%", "25", ""),
]


def sf05() -> Made:
    unit = "盐城市消防救援支队"
    money = ("9326.50", "9874.20", "9562.18")
    f, rt, es, tot = whole(2024, unit, money, SF05, 4)
    old_exe, old_rt, old_es = "9486.18", "96.07", "9.61"
    old_tot = tot - es + D(old_es)
    rows = whole_rows(SF05, 4, rt, es)
    rows[4][4] = f"{rt}%（原{old_rt}%）"
    d = doc()
    d.add_heading(f"{unit}2024年度部门整体支出绩效自评报告（更正版）", level=1)
    for p in [
        "更正说明：",
        f"我支队于2025年4月16日公开的2024年度部门整体支出绩效自评报告中，全年执行数填报有误，现予更正："
        f"全年执行数原为{old_exe}万元，更正为{money[2]}万元；预算执行率原为{old_rt}%，更正为{rt}%；"
        f"预算执行率得分原为{old_es}分，更正为{es}分；自评总分原为{old_tot}分，更正为{tot}分。其余内容不变。",
        "一、部门基本情况",
        "我支队下设7个大队、26个消防救援站，承担全市火灾扑救和应急救援任务。",
        "二、预算执行情况",
        f"2024年年初预算数{money[0]}万元，全年预算数{money[1]}万元，全年执行数{money[2]}万元，预算执行率{rt}%。",
        "三、自评结论",
        f"经自评，我支队2024年度部门整体支出绩效自评得分{tot}分（更正前{old_tot}分），自评等级为“{WORD[f['stated_grade']]}”。",
        "附：部门整体支出绩效自评表（更正后）",
    ]:
        d.add_paragraph(p)
    table(d, [["单位名称", unit, "", "", ""], *money_rows(money, rt, None)], merges=[(0, 1, 0, 4)])
    d.add_paragraph("")
    table(d, [HEAD, *rows, ["总分", "", "", "", "", "100", f"{tot}（原{old_tot}）", WORD[f["stated_grade"]]]],
          vmerge_cols=(0, 1))
    d.add_paragraph(f"{unit}")
    d.add_paragraph("2025年5月8日")
    return f, "doc", convert(docx_bytes(d), "sf05", "docx", "doc")


# sf06 浙江 湖州, project, .docx: the report's prose in the body, its form (title, money block, indicator table) inside a
# floating text box — the DrawingML shape and its VML fallback, as Word writes it ------------------------------------
SF06: list[Row] = [
    ("产出指标", "数量指标", "诉讼服务中心接待来访人次", 15, "≥2.8万人次", "3.06万人次", "15", ""),
    ("产出指标", "数量指标", "跨域立案办理件数", 10, "≥650件", "702件", "10", ""),
    ("产出指标", "质量指标", "12368热线办结率", 10, "≥98%", "99.1%", "10", ""),
    ("产出指标", "时效指标", "来访登记当日处理率", 10, "≥95%", "96.5%", "10", ""),
    ("效益指标", "社会效益指标", "诉前调解成功率", 15, "≥40%", "37.6%", "13", "部分纠纷当事人调解意愿低"),
    ("效益指标", "可持续影响指标", "一站式多元解纷机制运行", 10, "T:有效运行", "T:有效运行", "10", ""),
    ("满意度指标", "服务对象满意度指标", "诉讼参与人满意度", 20, "≥92%", "94.0%", "20", ""),
]


def sf06() -> Made:
    unit, dept = "湖州市南浔区人民法院", "湖州市南浔区人民法院"
    proj = "2023年诉讼服务中心运行保障项目"
    money = ("132.00", "140.50", "136.21")
    f, rt, es, tot = project(2023, unit, dept, proj, money, SF06)
    scratch = doc()
    scratch.add_paragraph("项目支出绩效自评表（2023年度）")
    table(scratch, [["项目名称", proj, "", "", "", "", ""], ["主管部门", dept, "", "实施单位", unit, "", ""],
                    *money_rows(money, rt, es)])
    scratch.add_paragraph("")
    table(scratch, [HEAD, *(cells(r) for r in SF06), ["总分", "", "", "", "", "100", str(tot), WORD[f["stated_grade"]]]],
          vmerge_cols=(0,))
    scratch.add_paragraph("")
    body = "".join(el.xml for el in scratch.element.body if not el.tag.endswith("sectPr"))
    d = doc()
    d.add_heading(f"{proj}绩效自评报告", level=1)
    for p in [
        "一、项目概况",
        "本项目保障诉讼服务中心立案、信访接待、12368热线和跨域立案服务的日常运行。",
        "二、项目资金情况",
        f"全年预算数{money[1]}万元，全年执行数{money[2]}万元。",
        "三、绩效目标完成情况",
        "各项指标完成情况详见下方自评表。",
    ]:
        d.add_paragraph(p)
    _text_box(d, [""] * 24, 7, body)
    d.add_paragraph(f"{unit}　2024年3月26日")
    return f, "docx", docx_bytes(d)


# sf08 湖北 十堰, whole unit, .odt: the form lists three levels with the 一级 written in every row and the 二级 merged;
# under it a 扣分情况说明 table; no 偏差原因 column ------------------------------------------------------------------
SF08: list[Row] = [
    ("产出指标", "数量指标", "灭火救援出动车次", 10, "≥5200车次", "5436车次", "10", ""),
    ("产出指标", "数量指标", "消防站执勤车辆配备数", 10, "≥68辆", "68辆", "10", ""),
    ("产出指标", "质量指标", "消防车辆完好率", 10, "≥95%", "92.6%", "8.5", "部分老旧车辆维修周期长"),
    ("产出指标", "时效指标", "接警调派时间", 10, "≤60秒", "45秒", "10", ""),
    ("效益指标", "社会效益指标", "火灾亡人数", 15, "≤3人", "1人", "15", ""),
    ("效益指标", "可持续影响指标", "乡镇专职消防队建设", 10, "T:持续推进", "T:新建专职队3支", "10", ""),
    ("满意度指标", "服务对象满意度指标", "社会公众满意度", 25, "≥90%", "88.3%", "23", "偏远乡镇到场时间较长"),
]


def sf08() -> Made:
    unit = "十堰市消防救援支队"
    money = ("7125.30", "7480.65", "7302.44")
    f, rt, es, tot = whole(2023, unit, money, SF08, 4)
    rows = [c[:7] for c in whole_rows(SF08, 4, rt, es)]
    d = doc()
    d.add_paragraph("2023年度部门整体支出绩效自评表")
    table(d, [["单位名称", unit, "", "", ""], *money_rows(money, rt, None)], merges=[(0, 1, 0, 4)])
    d.add_paragraph("")
    table(d, [HEAD[:7], *rows, ["合计", "", "", "", "", "100", str(tot)], ["自评等级", "", "", "", "", "", WORD[f["stated_grade"]]]],
          vmerge_cols=(1,))
    d.add_paragraph("扣分情况说明")
    table(d, deductions(SF08))
    d.add_paragraph("单位负责人：黄世坤　　财务负责人：陈丽　　填表人：邹明")
    return without_notes(f), "odt", convert(docx_bytes(d), "sf08", "docx", "odt")


REPORTS: dict[str, Any] = {
    "sf02-zj-yuecheng-procuratorate-whole-xlsx-weight-percent-column": sf02,
    "sf04-hb-yichang-emergency-project-pdf-deduction-table": sf04,
    "sf05-js-yancheng-fire-whole-doc-corrected-reissue": sf05,
    "sf06-zj-nanxun-court-project-docx-form-in-text-box": sf06,
    "sf08-hb-shiyan-fire-whole-odt-level1-every-row": sf08,
}
