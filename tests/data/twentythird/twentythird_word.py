# ruff: noqa: E501
"""Reports a01, a02, b07, b08 of the twenty-third set (Word, Word → PDF): each returns (facts, ext, content).

Every unit, person and figure is invented. The builders (Word tables, the facts record) are the eighteenth set's,
the value helpers the seventeenth set's, the money block and indicator list the twentieth set's.
"""

from __future__ import annotations

import copy
from typing import Any

from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from eighteenth_facts import EARNED, D, Made, Row, doc, docx_bytes, facts, form_rows, grade, r2, shown, table
from twentieth_facts import indicators, money, scored
from twentieth_word import _paras, blank_repeats
from twentythird_text import fiscal_money

HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
PLACEHOLDER = "单击或点击此处输入文字。"
_IDS = iter(range(7001, 9999))


def _control(parent: Any, text: str, tag: str, *, placeholder: bool = False) -> None:
    """An inline rich-text content control (w:sdt) holding ``text`` at the end of paragraph element ``parent``."""
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    for name, val in (("w:alias", tag), ("w:tag", tag), ("w:id", str(next(_IDS)))):
        el = OxmlElement(name)
        el.set(qn("w:val"), val)
        pr.append(el)
    if placeholder:
        pr.append(OxmlElement("w:showingPlcHdr"))
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    run = OxmlElement("w:r")
    if placeholder:
        rpr = OxmlElement("w:rPr")
        style = OxmlElement("w:rStyle")
        style.set(qn("w:val"), "PlaceholderText")
        rpr.append(style)
        run.append(rpr)
    t = OxmlElement("w:t")
    t.text = text
    run.append(t)
    content.append(run)
    sdt.append(content)
    parent.append(sdt)


def _control_cell(cell: Any, text: str, tag: str) -> None:
    """The cell's text replaced by a content control holding it (a placeholder control when empty)."""
    p = cell.paragraphs[0]
    for r in list(p.runs):
        p._p.remove(r._r)
    _control(p._p, text or PLACEHOLDER, tag, placeholder=not text)


def _repeating_rows(tbl: Any, first: int, last: int) -> None:
    """Rows first..last of the table wrapped, each, in a repeating-section item content control (w:tbl/w:sdt/w:tr)."""
    rows = tbl._tbl.findall(qn("w:tr"))
    for tr in rows[first:last + 1]:
        sdt = OxmlElement("w:sdt")
        pr = OxmlElement("w:sdtPr")
        el = OxmlElement("w:id")
        el.set(qn("w:val"), str(next(_IDS)))
        pr.append(el)
        item = OxmlElement("w:tag")
        item.set(qn("w:val"), "指标行")
        pr.append(item)
        sdt.append(pr)
        content = OxmlElement("w:sdtContent")
        tr.addprevious(sdt)
        content.append(tr)
        sdt.append(content)


# a01 江西 county project, docx built from the finance bureau's template: every filled value sits in a content control
# (w:sdt) — the label paragraphs, the money cells, the indicator cells —, the indicator rows are repeating-section items
# (each w:tr inside a w:sdt of the table), and the controls left unfilled still show Word's placeholder text ------------
A01: list[Row] = [
    ("产出指标", "数量指标", "脐橙黄龙病病株清除数量", 10, "≥3.2万株", "3.46万株", "10", ""),
    ("产出指标", "数量指标", "统防统治覆盖果园面积", 10, "≥5.5万亩", "5.62万亩", "10", ""),
    ("产出指标", "质量指标", "病株清除后复查合格率", 10, "≥95%", "97.1%", "10", ""),
    ("产出指标", "时效指标", "防控物资发放到位时间", 5, "T:2024年4月底前", "T:2024年4月18日", "5", ""),
    ("产出指标", "成本指标", "亩均防控补助标准", 5, "≤60元", "58元", "5", ""),
    ("效益指标", "经济效益指标", "果园亩均产值", 10, "≥4200元", "4050元", "9.64", "部分果园受冬季低温影响挂果减少"),
    ("效益指标", "生态效益指标", "木虱虫口密度下降率", 10, "≥30%", "34.5%", "10", ""),
    ("效益指标", "可持续影响指标", "村级防控队伍稳定运行率", 10, "≥90%", "92%", "10", ""),
    ("满意度指标", "服务对象满意度指标", "果农满意度", 20, "≥90%", "93.8%", "20", ""),
]


def a01() -> Made:
    ini, adj, exe = "460.00", "486.50", "471.32"
    rt, es, tot = scored(exe, adj, A01)
    name, dept, impl = "柑橘黄龙病综合防控项目", "寻乌县农业农村局", "寻乌县果业发展中心"
    d = doc()
    d.add_heading("项目支出绩效自评表", level=1)
    p = d.add_paragraph("（")
    _control(p._p, "2024", "年度")
    p.add_run("年度）")
    table(d, [["项目名称", ""], ["主管部门", ""], ["实施单位", ""], ["项目负责人", ""], ["联系电话", ""]])
    t = d.tables[-1]
    for i, (value, tag) in enumerate(((name, "项目名称"), (dept, "主管部门"), (impl, "实施单位"),
                                      ("钟家明", "项目负责人"), ("", "联系电话"))):
        _control_cell(t.cell(i, 1), value, tag)
    table(d, [["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
              ["年度资金总额", "", "", "", "10", "", ""],
              ["其中：当年财政拨款", "", "", "", "—", "", "—"],
              ["上年结转资金", "", "", "", "—", "", "—"],
              ["其他资金", "", "", "", "—", "", "—"]])
    t = d.tables[-1]
    for col, value in ((1, ini), (2, adj), (3, exe), (5, f"{rt}%"), (6, str(es))):
        _control_cell(t.cell(1, col), value, "资金")
    for col, value in ((1, ini), (2, adj), (3, exe), (5, f"{rt}%")):
        _control_cell(t.cell(2, col), value, "资金")
    for row in (3, 4):
        for col in (1, 2, 3, 5):
            _control_cell(t.cell(row, col), "", "资金")
    _paras(d, ["年度总体目标：完成黄龙病病株清除和统防统治任务，稳定脐橙产业发展。",
               "实际完成情况：全年清除病株3.46万株，统防统治覆盖果园5.62万亩，果农满意度93.8%。"])
    rows = [HEAD, *blank_repeats(form_rows(A01)), ["总分", "", "", "", "", "100", "", ""]]
    table(d, rows)
    t = d.tables[-1]
    for i, r in enumerate(A01, 1):
        for col, value in ((2, r[2]), (3, shown(r[4])), (4, shown(r[5])), (5, str(r[3])), (6, r[6]), (7, r[7])):
            _control_cell(t.cell(i, col), value, "指标")
    _control_cell(t.cell(len(rows) - 1, 6), str(tot), "总分")
    _repeating_rows(t, 1, len(A01))
    p = d.add_paragraph("自评等级：")
    _control(p._p, grade(tot), "自评等级")
    p = d.add_paragraph("填报人：")
    _control(p._p, "", "填报人", placeholder=True)
    unit = {"supervising_department": dept}
    project = {"name": name, "implementing_unit": impl}
    budget = fiscal_money(ini, adj, exe, rt)
    inds = indicators(rt, es, A01)
    return facts("项目支出", 2024, unit, budget, inds, tot, project, full_mark=100, stated_grade=EARNED), "docx", docx_bytes(d)


def _mark(p: Any, text: str, note: str) -> None:
    """``text`` then a superscript note mark ``note`` (a footnote reference as Word prints it)."""
    p.add_run(text)
    run = p.add_run(note)
    run.font.superscript = True


# a02 河北 county project, Word → PDF: superscript note marks right after figures (the prose amounts, the money cells,
# the rate), explained by a note block at the page foot — in the PDF text layer a mark's digit sits on the figure's line
# ("486.50¹" prints as a raised 1 beside the last decimal) ------------------------------------------------------------
A02: list[Row] = [
    ("产出指标", "数量指标", "改造老旧供热管网长度", 15, "≥12.5公里", "12.8公里", "15", ""),
    ("产出指标", "数量指标", "新建换热站数量", 10, "≥4座", "4座", "10", ""),
    ("产出指标", "质量指标", "管网打压试验一次合格率", 10, "≥98%", "99.2%", "10", ""),
    ("产出指标", "时效指标", "供热季前完工率", 5, "100%", "100%", "5", ""),
    ("效益指标", "社会效益指标", "受益居民户数", 15, "≥9600户", "9820户", "15", ""),
    ("效益指标", "生态效益指标", "管网热损失率", 15, "≤8%", "8.6%", "13.95", "两段老旧支线尚未纳入本期改造"),
    ("满意度指标", "服务对象满意度指标", "供热用户满意度", 20, "≥90%", "91.4%", "20", ""),
]


def a02() -> Made:
    ini, adj, exe = "1280.00", "1356.40", "1318.72"
    rt, es, tot = scored(exe, adj, A02)
    name, dept, impl = "城区老旧供热管网改造项目", "平泉市住房和城乡建设局", "平泉市热力服务中心"
    d = doc()
    d.add_heading(f"{name}2024年度绩效自评报告", level=1)
    _paras(d, [f"项目主管部门：{dept}", f"项目实施单位：{impl}", "一、项目基本情况",
               "项目改造城区老旧供热一次管网和二次管网，新建换热站，解决部分小区供热不达标问题。", "二、项目资金情况"])
    p = d.add_paragraph("项目年初预算")
    _mark(p, f"{ini}万元", "1")
    p.add_run("，年中追加后全年预算")
    _mark(p, f"{adj}万元", "2")
    p.add_run(f"，全年实际支出{exe}万元，预算执行率")
    _mark(p, f"{rt}%", "3")
    p.add_run("。")
    _paras(d, ["三、绩效自评结果", "表1  项目支出绩效自评表（2024年度）"])
    table(d, [["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
              ["年度资金总额", "", "", exe, "10", "", str(es)]])
    t = d.tables[-1]
    for col, value, note in ((1, ini, "1"), (2, adj, "2"), (5, f"{rt}%", "3")):
        cell_p = t.cell(1, col).paragraphs[0]
        for r in list(cell_p.runs):
            cell_p._p.remove(r._r)
        _mark(cell_p, value, note)
        for run in cell_p.runs:
            run.font.size = Pt(9)
    rows = [HEAD, *blank_repeats(form_rows(A02)), ["总分", "", "", "", "", "100", str(tot), ""]]
    table(d, rows)
    _paras(d, [f"经自评，该项目2024年度自评得分{tot}分，评价等级为“{grade(tot)}”。",
               "四、存在的问题及改进措施", "部分老旧支线未纳入本期改造，热损失率未达目标，将在下年度计划中安排。"])
    for text in ("注：1 年初预算含中央清洁取暖资金600.00万元、市级配套680.00万元。",
                 "2 年中追加市级资金76.40万元。", "3 执行率＝全年执行数÷全年预算数。"):
        note = d.add_paragraph(text)
        for run in note.runs:
            run.font.size = Pt(8)
    unit = {"supervising_department": dept}
    project = {"name": name, "implementing_unit": impl}
    budget = money(ini, adj, exe, rt)
    inds = indicators(rt, es, A02)
    made = facts("项目支出", 2024, unit, budget, inds, tot, project, full_mark=100, stated_grade=grade(tot))
    return made, "pdf", docx_bytes(d)


def _field(cell: Any, result: str, instr: str) -> None:
    """The cell's text replaced by a simple field (w:fldSimple) whose cached result is ``result``."""
    p = cell.paragraphs[0]
    for r in list(p.runs):
        p._p.remove(r._r)
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = result
    run.append(t)
    fld.append(run)
    p._p.append(fld)


# b07 广西 county culture centre, whole unit, docx: every computed cell is a Word formula field (w:fldSimple) holding its
# last result — the income table's 合计, the staff table's 实有人数, the money row's 执行率 and the score table's 合计 --------
B07: list[Row] = [
    ("产出指标", "数量指标", "开展公益性文化活动场次", 10, "≥120场", "136场", "10", ""),
    ("产出指标", "数量指标", "举办免费艺术培训班期数", 10, "≥24期", "26期", "10", ""),
    ("产出指标", "质量指标", "文艺作品获市级以上奖项", 10, "≥3项", "2项", "6.67", "参赛作品数量较往年减少"),
    ("产出指标", "时效指标", "场馆免费开放天数", 10, "≥300天", "306天", "10", ""),
    ("效益指标", "社会效益指标", "年度服务群众人次", 15, "≥18万人次", "19.6万人次", "15", ""),
    ("效益指标", "可持续影响指标", "乡镇综合文化站业务指导覆盖率", 15, "100%", "100%", "15", ""),
    ("满意度指标", "服务对象满意度指标", "群众满意度", 20, "≥90%", "95.2%", "20", ""),
]


def b07() -> Made:
    ini, adj, exe = "612.30", "688.45", "671.06"
    rt, es, tot = scored(exe, adj, B07)
    name = "容县文化馆"
    d = doc()
    d.add_heading(f"{name}2024年度部门整体支出绩效自评报告", level=1)
    _paras(d, ["一、单位基本情况", f"{name}为容县文化广电体育和旅游局所属公益一类事业单位，内设办公室、活动部、培训部、非遗保护部4个部室。",
               "表1  人员情况"])
    table(d, [["编制数", "实有人数", "其中：管理人员", "专业技术人员", "工勤人员"], ["32", "", "5", "22", "3"]])
    _field(d.tables[-1].cell(1, 1), "30", " =SUM(RIGHT) ")
    _paras(d, ["二、收支情况", "表2  2024年度收入情况（单位：万元）"])
    table(d, [["收入项目", "金额"], ["财政拨款收入", "652.80"], ["事业收入", "21.60"], ["其他收入", "14.05"], ["合计", ""]])
    _field(d.tables[-1].cell(4, 1), "688.45", " =SUM(ABOVE) \\# \"0.00\" ")
    _paras(d, [f"2024年度年初预算{ini}万元，全年预算{adj}万元，全年执行{exe}万元。", "三、绩效自评情况", "表3  部门整体支出绩效自评表"])
    table(d, [["预算资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
              ["年度资金总额", ini, adj, exe, "10", "", str(es)]])
    _field(d.tables[-1].cell(1, 5), f"{rt}%", " =D2/C2*100 \\# \"0.00'%'\" ")
    rows = [HEAD, *blank_repeats(form_rows(B07)), ["合计", "", "", "", "", "", "", ""]]
    table(d, rows)
    t = d.tables[-1]
    _field(t.cell(len(rows) - 1, 5), "90", " =SUM(ABOVE) ")
    _field(t.cell(len(rows) - 1, 6), str(r2(tot - es)), " =SUM(ABOVE) ")
    _paras(d, [f"综上，本馆2024年度部门整体支出绩效自评得分{tot}分（含预算执行得分{es}分），评价等级为{grade(tot)}。",
               "四、存在问题和改进措施", "精品创作投入不足，下一步将加强文艺创作人才培养。"])
    unit = {"name": name, "staff_total": 30, "staff_establishment": 32,
            "internal_bodies": ["办公室", "活动部", "培训部", "非遗保护部"], "internal_bodies_count": 4}
    budget = {**money(ini, adj, exe, rt), "income_total": D(adj),
              "income_items": [{"name": "财政拨款收入", "amount": D("652.80")}, {"name": "事业收入", "amount": D("21.60")},
                               {"name": "其他收入", "amount": D("14.05")}]}
    inds = indicators(rt, es, B07)
    return facts("整体支出", 2024, unit, budget, inds, tot, stated_grade=EARNED), "docx", docx_bytes(d)


# b08 山东 district street office, whole unit, Word → PDF (landscape): two score columns, 单位自评得分 and 主管部门复核得分 (the
# review's figures differ on three rows); the stated total is the unit's own; planted: that total is 1 above its parts --
B08: list[Row] = [
    ("产出指标", "数量指标", "老旧小区改造完成数", 10, "≥6个", "6个", "10", ""),
    ("产出指标", "数量指标", "网格员培训人次", 10, "≥320人次", "348人次", "10", ""),
    ("产出指标", "质量指标", "12345热线诉求办结率", 10, "≥98%", "98.6%", "10", ""),
    ("产出指标", "时效指标", "民生补贴按时发放率", 10, "100%", "100%", "10", ""),
    ("效益指标", "社会效益指标", "辖区刑事案件发案率下降", 10, "≥5%", "4.2%", "8.4", "流动人口增加，防范压力加大"),
    ("效益指标", "社会效益指标", "社区养老服务覆盖率", 10, "≥85%", "88%", "10", ""),
    ("效益指标", "可持续影响指标", "居民议事协商制度落实率", 10, "100%", "100%", "10", ""),
    ("满意度指标", "服务对象满意度指标", "辖区居民满意度", 20, "≥90%", "92.5%", "20", ""),
]
_REVIEW = {"网格员培训人次": "9.5", "辖区刑事案件发案率下降": "8", "辖区居民满意度": "19"}


def b08() -> Made:
    ini, adj, exe = "4268.00", "4530.72", "4402.16"
    rt, es, parts = scored(exe, adj, B08)
    tot = parts + 1
    review_es = D("9.60")
    review_total = review_es + sum((D(_REVIEW.get(r[2], r[6])) for r in B08), D(0))
    name = "济南市历城区华山街道办事处"
    d = doc()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)
    d.add_heading(f"{name}2024年度部门整体支出绩效自评报告", level=1)
    _paras(d, ["一、基本情况", "街道办事处核定编制68名，年末实有在编人员64人，内设党政办公室、经济发展办公室、社会事务办公室、"
               "城市管理办公室、综合治理办公室5个办公室。",
               f"2024年度年初预算{ini}万元，全年预算{adj}万元，全年执行{exe}万元，预算执行率{rt}%。",
               "二、自评结果", "按区财政局要求，自评表列示单位自评得分和主管部门复核得分，本报告以单位自评得分为准。",
               "表1  部门整体支出绩效自评表（2024年度）"])
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "单位自评得分", "主管部门复核得分", "偏差原因分析及改进措施"]
    money_rows = [["预算资金（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "单位自评得分", "主管部门复核得分", ""],
                  ["年度资金总额", ini, adj, exe, f"{rt}%", "10", str(es), str(review_es), ""]]
    body = []
    for r, shown_row in zip(B08, blank_repeats(form_rows(B08)), strict=True):
        row = copy.copy(shown_row)
        row.insert(7, _REVIEW.get(r[2], r[6]))
        body.append(row)
    rows = [*money_rows, head, *body, ["总分", "", "", "", "", "100", str(tot), str(review_total), ""]]
    table(d, rows)
    _paras(d, [f"单位自评得分{tot}分，自评等级为{grade(tot)}；主管部门复核得分{review_total}分。",
               "三、存在问题", "社会治安防范压力较大，发案率下降幅度未达目标。"])
    unit = {"name": name, "staff_total": 64, "staff_establishment": 68,
            "internal_bodies": ["党政办公室", "经济发展办公室", "社会事务办公室", "城市管理办公室", "综合治理办公室"],
            "internal_bodies_count": 5}
    inds = indicators(rt, es, B08)
    made = facts("整体支出", 2024, unit, money(ini, adj, exe, rt), inds, tot, full_mark=100, planted=["TOTAL_MISMATCH"], stated_grade=EARNED)
    return made, "pdf", docx_bytes(d)


WORD = {
    "a01-jx-xunwu-citrus-project-docx-content-controls": a01,
    "a02-he-pingquan-heating-project-pdf-note-marks": a02,
    "b07-gx-rongxian-culture-whole-docx-formula-fields": b07,
    "b08-sd-licheng-street-whole-pdf-review-scores": b08,
}

