# ruff: noqa: E501
"""Reports ss02, ss03, ss06, ss07 of the sixty-second set, each returning (facts, ext, content): a Hebei CDC's project
form printed to PDF on landscape pages, its indicator table split over two pages with the header repeated under a 续表
line and a 本页小计 row closing each page; a Shanxi school's whole-unit form as the system's .xlsx export (export header,
操作员ID, amounts in 元 as text with separators, N/A cells, a 导出记录数 line); a Hebei school's project form as an .odt
whose 度量单位 column stands before 指标方向; a Shanxi hospital's whole-unit form as an .xls sheet holding two printed
pages, the running line and the indicator header repeated between them.
Every unit, person and figure is invented (real places, invented bodies and figures).
"""

from __future__ import annotations

import io
from typing import Any

import openpyxl
from corpus_build import Row
from docx.enum.section import WD_ORIENT
from eighteenth_facts import Made, doc, docx_bytes, table
from make_seventeenth import convert
from sixtyfirst_facts import WORD
from sixtysecond_facts import SYS_HEAD, YEAR, printed, project, project_rows, whole, whole_sys_rows, yuan_money


def _subtotal(part: list[list[str]], label: str = "本页小计") -> list[str]:
    """A page's 小计 row: the weights and scores of the page's rows."""
    w = sum(float(r[8]) for r in part)
    s = sum(float(r[9]) for r in part)
    return [label, "", "", "", "", "", "", "", f"{w:g}", f"{s:.2f}", ""]


def _book(rows: list[list[str]], title: str) -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    for i, row in enumerate(rows, 1):
        for j, v in enumerate(row, 1):
            if v != "":
                ws.cell(i, j, v).data_type = "s"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


# ss02 河北 保定, project, .pdf: landscape pages; the indicator table split over two pages, the header repeated on the
# second under 续表, a 本页小计 row closing each page; the system's running line on each page; money in 元 ----------------
SS02: list[Row] = [
    ("产出指标", "数量指标", "艾滋病自愿咨询检测人次", 8, "≥6000人次", "6215人次", "8", ""),
    ("产出指标", "数量指标", "结核病患者发现数", 7, "≥420例", "436例", "7", ""),
    ("产出指标", "数量指标", "碘缺乏病监测乡镇数", 6, "≥22个", "22个", "6", ""),
    ("产出指标", "质量指标", "肺结核患者规范管理率", 7, "≥90%", "92.5%", "7", ""),
    ("产出指标", "质量指标", "监测样本检测合格率", 6, "≥95%", "96.8%", "6", ""),
    ("产出指标", "时效指标", "疫情信息报告及时率", 6, "=100%", "99.5%", "5.5", "节假日期间个别报告延迟"),
    ("产出指标", "成本指标", "每例监测样本检测成本", 5, "≤180元", "172元", "5", ""),
    ("效益指标", "社会效益指标", "重点传染病发病率", 10, "≤25/10万", "21.6/10万", "10", ""),
    ("效益指标", "社会效益指标", "居民健康素养水平", 10, "≥25%", "24.1%", "9", "农村地区宣传覆盖仍不足"),
    ("效益指标", "可持续影响指标", "重大疾病防控机制", 10, "T:长效运行", "T:长效运行", "10", ""),
    ("满意度指标", "服务对象满意度指标", "服务对象满意度", 15, "≥90%", "91.6%", "15", ""),
]


def ss02() -> Made:
    unit, dept = "保定市徐水区疾病预防控制中心", "保定市徐水区卫生健康局"
    proj = "2022年重大传染病及地方病防控项目"
    money = ("312.00", "336.80", "318.27")
    f, rt, es, tot = project(unit, dept, proj, money, SS02)
    rows = project_rows(SS02)
    d = doc()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    line = printed("130609_sunli", "2023-04-06 08:52:30", 1, 2, "河北省")
    d.add_paragraph(line)
    d.add_paragraph("项目支出绩效自评表")
    d.add_paragraph(f"（{YEAR}年度）")
    table(d, [["项目名称", proj, "", "", "", "", ""], ["主管部门", dept, "", "实施单位", unit, "", ""],
              *yuan_money(money, rt, es)], merges=[(0, 1, 0, 6), (1, 1, 1, 2), (1, 4, 1, 6)])
    d.add_paragraph("")
    table(d, [SYS_HEAD, *rows[:6], _subtotal(rows[:6])])
    d.add_page_break()
    d.add_paragraph(line.replace("第1页", "第2页"))
    d.add_paragraph("续表")
    table(d, [SYS_HEAD, *rows[6:], _subtotal(rows[6:]),
              ["总分", "", "", "", "", "", "", "", "100", str(tot), WORD[f["stated_grade"]]]])
    d.add_paragraph("填报单位（盖章）：保定市徐水区疾病预防控制中心　　填报人：曹立新　　审核人：耿玉芬")
    return f, "pdf", docx_bytes(d)


# ss03 山西 晋中, whole unit, .xlsx: the system's export — 系统名称 / 导出时间 / 操作员ID rows first, amounts in 元 as text
# with separators, N/A in the rows a school has no money for, the indicator table in the system's columns ---------------
SS03: list[Row] = [
    ("产出指标", "数量指标", "在校学生人数", 10, "≥2400人", "2468人", "10", ""),
    ("产出指标", "数量指标", "教师培训人次", 10, "≥300人次", "326人次", "10", ""),
    ("产出指标", "质量指标", "学业水平考试合格率", 10, "≥96%", "97.3%", "10", ""),
    ("产出指标", "时效指标", "学生资助资金发放及时率", 10, "=100%", "100%", "10", ""),
    ("产出指标", "成本指标", "生均公用经费支出", 10, "≥850元", "872元", "10", ""),
    ("效益指标", "社会效益指标", "控辍保学", 15, "T:无辍学", "T:无辍学", "15", ""),
    ("效益指标", "可持续影响指标", "校园安全事故发生数", 10, "≤0起", "0起", "10", ""),
    ("满意度指标", "服务对象满意度指标", "学生家长满意度", 15, "≥90%", "86.5%", "12", "食堂餐饮服务有待改进"),
]


def ss03() -> Made:
    unit = "晋中市榆次区第三中学校"
    money = ("2846.30", "3012.55", "2958.91")
    f, rt, es, tot = whole(unit, money, SS03, 4)
    rows = [["系统名称", "山西省预算管理一体化系统（绩效管理子系统）"], ["导出时间", "2023-03-28 16:20:11"],
            ["操作员ID", "140702_0032"], [],
            [f"{YEAR}年度部门整体支出绩效自评表"], ["单位名称", unit, "", "", "金额单位：元"],
            *yuan_money(money, rt, None),
            ["年度总体目标", "保障学校正常运转，提升教育教学质量。"], SYS_HEAD, *whole_sys_rows(SS03, 4, rt, es, "N/A"),
            ["总分", "", "", "", "", "", "", "", "100", str(tot), WORD[f["stated_grade"]]], [],
            ["导出记录数：8", "", "数据状态：已审核"]]
    return f, "xlsx", _book(rows, "整体支出自评")


# ss06 河北 石家庄, project, .odt: the form with 度量单位 before 指标方向 and '——' in the cells that do not apply ---------
SS06: list[Row] = [
    ("产出指标", "数量指标", "资助家庭经济困难学生人数", 15, "≥1850人", "1903人", "15", ""),
    ("产出指标", "数量指标", "营养餐供餐天数", 10, "≥180天", "184天", "10", ""),
    ("产出指标", "质量指标", "资助对象认定准确率", 10, "=100%", "100%", "10", ""),
    ("产出指标", "时效指标", "资助资金发放时间", 10, "T:每学期开学后1个月内", "T:按期发放", "10", ""),
    ("效益指标", "社会效益指标", "因贫辍学学生人数", 15, "≤0人", "0人", "15", ""),
    ("效益指标", "可持续影响指标", "学生资助政策知晓率", 10, "≥95%", "93.7%", "9", "部分新生家长未参加宣讲"),
    ("满意度指标", "服务对象满意度指标", "受助学生及家长满意度", 20, "≥92%", "95.4%", "20", ""),
]
_ODT_ORDER = [0, 1, 2, 3, 5, 4, 6, 7, 8, 9, 10]


def ss06() -> Made:
    unit, dept = "石家庄市鹿泉区教育和体育局学生资助管理中心", "石家庄市鹿泉区教育和体育局"
    proj = "2022年学生资助和营养改善补助项目"
    money = ("742.60", "768.00", "751.35")
    f, rt, es, tot = project(unit, dept, proj, money, SS06)
    head, *body = ([r[k] for k in _ODT_ORDER] for r in [SYS_HEAD, *project_rows(SS06)])
    d = doc()
    d.add_paragraph(f"{YEAR}年度项目支出绩效自评表")
    table(d, [["项目名称", proj, "", "", "", "", ""], ["主管部门", dept, "", "实施单位", unit, "", ""],
              *yuan_money(money, rt, es, na="——")])
    d.add_paragraph("")
    table(d, [head, *body, ["总分", "", "", "", "", "", "", "", "100", str(tot), WORD[f["stated_grade"]]]],
          vmerge_cols=(0, 1))
    d.add_paragraph("打印时间：2023-04-18 11:02:47　　打印人：130185_wangjing")
    return f, "odt", convert(docx_bytes(d), "ss06", "docx", "odt")


# ss07 山西 大同, whole unit, .xls: one sheet holding two printed pages — the running line and the indicator header again
# between them, a 本页小计 under each part; money in 元 with separators ----------------------------------------------
SS07: list[Row] = [
    ("产出指标", "数量指标", "门急诊诊疗人次", 10, "≥42万人次", "43.6万人次", "10", ""),
    ("产出指标", "数量指标", "出院患者人数", 10, "≥2.1万人", "2.06万人", "9.5", "疫情期间收治量下降"),
    ("产出指标", "质量指标", "院内感染发生率", 10, "≤3%", "1.8%", "10", ""),
    ("产出指标", "质量指标", "临床路径管理病例占比", 10, "≥50%", "53.2%", "10", ""),
    ("产出指标", "时效指标", "平均住院日", 10, "≤9天", "8.6天", "10", ""),
    ("效益指标", "社会效益指标", "医疗纠纷发生数", 10, "≤5起", "3起", "10", ""),
    ("效益指标", "可持续影响指标", "重点专科建设", 10, "T:持续推进", "T:新增市级重点专科2个", "10", ""),
    ("满意度指标", "服务对象满意度指标", "门诊患者满意度", 20, "≥90%", "91.2%", "20", ""),
]


def ss07() -> Made:
    unit = "大同市云冈区人民医院"
    money = ("18430.00", "19286.70", "18745.12")
    f, rt, es, tot = whole(unit, money, SS07, 0)
    rows = whole_sys_rows(SS07, 0, rt, es)
    line = printed("140214_lixf", "2023-03-22 17:44:09", 1, 2, "山西省")
    sheet = [[line], [f"{YEAR}年度部门整体支出绩效自评表"], ["单位名称", unit, "", "", "金额单位：元"],
             *yuan_money(money, rt, None), SYS_HEAD, *rows[:5], _subtotal(rows[:5]), [],
             [line.replace("第1页", "第2页")], SYS_HEAD, *rows[5:], _subtotal(rows[5:]),
             ["总分", "", "", "", "", "", "", "", "100", str(tot), WORD[f["stated_grade"]]]]
    return f, "xls", convert(_book(sheet, "Sheet1"), "ss07", "xlsx", "xls")


REPORTS: dict[str, Any] = {
    "ss02-he-xushui-cdc-project-pdf-table-over-pages": ss02,
    "ss03-sx-yuci-school-whole-xlsx-system-export": ss03,
    "ss06-he-luquan-student-aid-project-odt-unit-before-direction": ss06,
    "ss07-sx-yungang-hospital-whole-xls-two-printed-pages": ss07,
}
