# ruff: noqa: E501
"""Reports ei03, ei04, ei06, ei07 of the sixty-eighth set, each returning (facts, ext, content): a Tianjin justice
bureau's whole-unit report as a .docx whose form stands in a landscape section of its own, the compiling unit and date
in a text box on the first page and the self-score and grade only in a text box under the form; an Inner Mongolia
middle school's whole-unit report as an .ofd whose lines are cut into several text objects mid-word and whose long
cells run onto a second line; a Jilin court's whole-unit form as an .xlsx whose figures are numbers shown through
their cells' formats (rates stored as fractions under 0.00%, money under #,##0.00); a Tianjin vocational school's
whole-unit form printed to PDF with the execution rate scored out of 20 by a formula head and the indicators out of 80.
Every unit, person and figure is invented (real places, invented bodies and figures).
"""

from __future__ import annotations

import io
from decimal import Decimal
from itertools import pairwise
from typing import Any

from corpus_build import Row, exec_fact
from docx.enum.section import WD_ORIENT, WD_SECTION
from eighteenth_facts import D, Made, doc, docx_bytes, r2, table
from openpyxl import Workbook
from sixtyfifth_files import Line, _columns, _prose, _width, ofd_bytes
from sixtyfirst_facts import HEAD, WORD, cells, whole_rows
from sixtyfourth_facts import whole
from twentyfourth_word import _text_box

# ei03 天津 河西, whole unit, .docx: prose in a portrait section, a text box naming the compiling unit and date on the
# first page, the form alone in a landscape section, no total row; the score and grade in a text box under it -------
EI03: list[Row] = [
    ("产出指标", "数量指标", "人民调解案件受理数", 10, "≥2400件", "2618件", "10", ""),
    ("产出指标", "数量指标", "法律援助案件办结数", 10, "≥620件", "655件", "10", ""),
    ("产出指标", "质量指标", "人民调解协议履行率", 10, "≥95%", "97.3%", "10", ""),
    ("产出指标", "时效指标", "法律援助申请审查办结时限", 10, "≤7个工作日", "5个工作日", "10", ""),
    ("效益指标", "社会效益指标", "社区矫正对象再犯罪率", 10, "≤0.2%", "0.3%", "8", "个别矫正对象脱管后再犯"),
    ("效益指标", "可持续影响指标", "公共法律服务工作站覆盖率", 15, "=100%", "100%", "15", ""),
    ("满意度指标", "服务对象满意度指标", "公共法律服务对象满意度", 25, "≥95%", "96.8%", "25", ""),
]


def ei03() -> Made:
    unit = "天津市河西区司法局"
    money = ("2156.80", "2288.45", "2241.06")
    f, rt, es, tot = whole(2024, unit, money, EI03, 4)
    del f["full_mark"]  # no total row: the full mark is never written
    d = doc()
    d.add_paragraph(f"{unit}2024年度部门整体支出绩效自评报告")
    _text_box(d, ["编制单位：天津市河西区司法局（盖章）", "编制日期：2025年3月"], 41)
    for p in ["一、部门概况",
              f"{unit}主管全区人民调解、法律援助、社区矫正、公共法律服务和普法依法治理工作。",
              "二、预算执行情况",
              f"2024年度年初预算数{money[0]}万元，全年预算数{money[1]}万元，全年执行数{money[2]}万元，预算执行率{rt}%。",
              "三、绩效指标完成情况", "各项指标的完成情况见后附自评表。",
              "四、存在问题及改进措施", "个别社区矫正对象脱管，下一步将加强电子定位监管和分类管理。"]:
        d.add_paragraph(p)
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    d.add_paragraph("部门整体支出绩效自评表（2024年度）")
    table(d, [HEAD, *whole_rows(EI03, 4, rt, es)], vmerge_cols=(0, 1))
    _text_box(d, [f"自评总分：{tot}分", f"自评等级：{WORD[f['stated_grade']]}"], 42)
    return f, "docx", docx_bytes(d)


# ei04 内蒙古 呼和浩特, whole unit, .ofd: every printed line cut into two or three text objects wherever the layout
# engine cut it (mid-word, mid-figure), the form's long names and notes run onto a second line in their column -------
EI04: list[Row] = [
    ("产出指标", "数量指标", "在校学生人数", 10, "≥2150人", "2196人", "10", ""),
    ("产出指标", "数量指标", "教师培训人次", 10, "≥380人次", "402人次", "10", ""),
    ("产出指标", "质量指标", "学业水平考试合格率", 10, "≥96%", "97.4%", "10", ""),
    ("产出指标", "时效指标", "学生资助资金发放及时率", 10, "=100%", "100%", "10", ""),
    ("效益指标", "社会效益指标", "学生体质健康达标率", 15, "≥92%", "90.6%", "13.5", "部分学生课外锻炼时间不足，将落实每天校内锻炼一小时"),
    ("效益指标", "可持续影响指标", "校园安全责任事故发生数", 10, "=0起", "0起", "10", ""),
    ("满意度指标", "服务对象满意度指标", "学生及家长满意度", 25, "≥90%", "93.1%", "25", ""),
]


def split_runs(line: Line, cuts: tuple[int, ...] = (7, 16)) -> Line:
    """A line's pieces cut again at ``cuts`` characters into separate runs, each placed where the last ended."""
    out: Line = []
    for x, text in line:
        edges = [0, *(c for c in cuts if c < len(text)), len(text)]
        for a, b in pairwise(edges):
            out.append((x + _width(text[:a]), text[a:b]))
    return out


def _cell_lines(rows: list[list[str]], limit: int = 12) -> list[Line]:
    cols = _columns([[c[:limit] for c in r] for r in rows])
    out: list[Line] = []
    for r in rows:
        rest = list(r)
        while any(rest):
            out.append([(x, c[:limit]) for x, c in zip(cols, rest, strict=False)])
            rest = [c[limit:] for c in rest]
    return out


def ei04() -> Made:
    unit = "呼和浩特市第二十六中学"
    money = ("3562.40", "3718.95", "3651.22")
    f, rt, es, tot = whole(2024, unit, money, EI04, 4, staff=(236, 231))
    form = _cell_lines([HEAD, *whole_rows(EI04, 4, rt, es), ["合计", "", "", "", "", "100", str(tot), ""]])
    title = f"{unit}2024年度部门整体支出绩效自评报告"
    page1 = [split_runs(_prose(t)) for t in [
        title, "一、基本情况",
        f"{unit}为市教育局所属全额拨款事业单位，核定事业编制236名，年末实有在编教职工231人。",
        "二、预算执行情况",
        f"2024年年初预算数{money[0]}万元，全年预算数{money[1]}万元，全年执行数{money[2]}万元，预算执行率{rt}%。",
        "三、绩效指标完成情况", "部门整体支出绩效自评表"]]
    page2 = [*form, [], *(split_runs(_prose(t)) for t in [
        "四、自评结论", f"本校2024年度部门整体支出绩效自评得分{tot}分，等级为“{WORD[f['stated_grade']]}”。"]),
        [(120.0, unit)], [(120.0, "2025年4月9日")]]
    return f, "ofd", ofd_bytes([page1, page2], title, "数科OFD版式办公套件")


# ei06 吉林 白山, whole unit, .xlsx: the form's figures are numbers shown through formats — money under #,##0.00, rates
# stored as fractions under 0.00%, actual percentages as fractions under 0.0%, weights and scores as numbers ----------
EI06: list[Row] = [
    ("产出指标", "数量指标", "审执结案件数", 10, "≥9800件", "10312件", "10", ""),
    ("产出指标", "数量指标", "司法救助人数", 10, "≥60人", "64人", "10", ""),
    ("产出指标", "质量指标", "发回重审改判率", 10, "≤3%", "2.4%", "10", ""),
    ("产出指标", "时效指标", "执行案件法定期限内结案率", 10, "≥90%", "86.5%", "8", "执行案件积存量较大"),
    ("效益指标", "社会效益指标", "执行到位金额占比", 15, "≥45%", "47.2%", "15", ""),
    ("效益指标", "可持续影响指标", "在线诉讼服务使用率", 10, "≥70%", "73.8%", "10", ""),
    ("满意度指标", "服务对象满意度指标", "诉讼参与人满意度", 25, "≥90%", "92.4%", "25", ""),
]


def _typed(text: str) -> tuple[Any, str | None]:
    """A cell's value and number format: "92.4%" a fraction under 0.0% (as many decimals as written), a bare figure a
    number, else text."""
    if text.endswith("%") and text[:-1].replace(".", "").isdigit():
        places = len(text[:-1].partition(".")[2])
        return float(D(text[:-1]) / 100), "0" + ("." + "0" * places if places else "") + "%"
    if text.replace(".", "").isdigit():
        return float(text) if "." in text else int(text), None
    return text, None


def ei06() -> Made:
    unit = "白山市浑江区人民法院"
    money = ("4685.10", "4932.66", "4847.35")
    f, rt, es, tot = whole(2025, unit, money, EI06, 4)
    book = Workbook()
    sh = book.active
    sh.title = "整体支出自评表"
    sh.append(["部门整体支出绩效自评表（2025年度）"])
    sh.append(["单位名称", unit])
    sh.append(["资金情况（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率"])
    sh.append(["年度资金总额", *(float(m) for m in money), float(rt / 100)])
    for c in range(2, 5):
        sh.cell(4, c).number_format = "#,##0.00"
    sh.cell(4, 5).number_format = "0.00%"
    sh.append(HEAD)
    for r in whole_rows(EI06, 4, rt, es):
        sh.append([r[0], r[1], r[2], r[3], *(_typed(x)[0] for x in r[4:7]), r[7]])
        for col, x in zip((5, 6, 7), r[4:7], strict=True):
            fmt = _typed(x)[1]
            if fmt:
                sh.cell(sh.max_row, col).number_format = fmt
    sh.append(["总分", "", "", "", "", 100, float(tot), WORD[f["stated_grade"]]])
    out = io.BytesIO()
    book.save(out)
    return f, "xlsx", out.getvalue()


# ei07 天津 津南, whole unit, .pdf: the form scores the execution rate out of 20 in its money block, the head
# "得分（20分×执行率）", the indicators under "年度绩效指标（80分）" -------------------------------------------------------
EI07: list[Row] = [
    ("产出指标", "数量指标", "中职在校生人数", 10, "≥1600人", "1642人", "10", ""),
    ("产出指标", "数量指标", "技能等级证书取证人数", 10, "≥900人", "948人", "10", ""),
    ("产出指标", "质量指标", "毕业生双证书获取率", 10, "≥85%", "88.6%", "10", ""),
    ("产出指标", "时效指标", "实训设备采购按期完成率", 10, "=100%", "90%", "8", "一批数控实训设备供货延期"),
    ("效益指标", "社会效益指标", "毕业生就业率", 15, "≥95%", "96.3%", "15", ""),
    ("满意度指标", "服务对象满意度指标", "用人单位满意度", 25, "≥90%", "92.8%", "25", ""),
]


def ei07() -> Made:
    unit = "天津市津南区职业教育中心"
    money = ("2836.00", "3012.50", "2894.37")
    f, rt, _, _ = whole(2023, unit, money, EI07, 0)
    es = r2(20 * rt / 100)
    tot = sum((Decimal(r[6]) for r in EI07), es)
    f["indicators"][0] = exec_fact(20, rt, es)
    f["stated_total"], f["stated_grade"] = tot, "优" if tot >= 90 else "良"
    d = doc()
    d.add_paragraph(f"{unit}2023年度部门整体支出绩效自评表")
    table(d, [["单位名称", unit, "", "", ""],
              ["预算执行情况（万元）（20分）", "预算数（A）", "执行数（B）", "执行率（B/A）", "得分（20分×执行率）"],
              ["年度资金总额", money[1], money[2], f"{rt}%", str(es)]])
    d.add_paragraph("年度绩效指标（80分）")
    table(d, [HEAD, *(cells(r) for r in EI07), ["总分", "", "", "", "", "100", str(tot), WORD[f["stated_grade"]]]],
          vmerge_cols=(0,))
    d.add_paragraph(f"说明：本单位2023年年初预算数{money[0]}万元，年中调整后预算数{money[1]}万元。")
    d.add_paragraph(f"填报单位：{unit}　　填报日期：2024年3月15日")
    return f, "pdf", docx_bytes(d)


REPORTS = {
    "ei03-tj-hexi-justice-whole-docx-landscape-text-boxes": ei03,
    "ei04-nm-huhhot-school-whole-ofd-split-runs": ei04,
    "ei06-jl-hunjiang-court-whole-xlsx-number-formats": ei06,
    "ei07-tj-jinnan-school-whole-pdf-twenty-eighty": ei07,
}
