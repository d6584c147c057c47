# ruff: noqa: E501
"""Reports ft01–ft08 of the fifty-third set, each returning (facts, ext, content): eight 2025 self-evaluations one
consultancy sends a county finance bureau (山西 岢岚县) in one batch — a .docx still carrying tracked changes and
reviewer comments, a .docx whose unit and year stand only in its cover, page header and footer, a .txt whose 附件 form
follows the signature and date, a .pdf form with 实际完成值 before 年度指标值 and 评分 before 标准分 / 权重（%）, an .htm
form whose targets are ranges and intervals, an .odt 部门整体 form with 基本支出 / 项目支出 money rows and a 预期目标 /
实际完成情况 goal block, an .xlsx report written as text cells one paragraph a row with the form on its second sheet,
and an .rtf whose covering letter lists the batch's units' scores before the one unit's report.
Every unit, person and figure is invented (a real county, invented bodies, projects and figures).
"""

from __future__ import annotations

import io
import re
from decimal import Decimal
from typing import Any

from corpus_build import Row, exec_fact, indicator_fact
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from eighteenth_facts import EARNED, D, Made, doc, docx_bytes, facts, grade, table
from fortyeighth_reports import budget, scored
from fortyseventh_reports import val as bound_value
from make_seventeenth import convert
from openpyxl import Workbook

YEAR = 2025
COUNTY = "岢岚县"
FIRM = "晋岚正衡绩效咨询有限公司"


def val(text: str, *, actual: bool) -> dict[str, Any]:
    """A cell's expected value: a range ("≥95%且≤100%", "85%-95%") or a word as text, else as the forty-seventh set
    reads a bound ("[90,100]" as text, "不低于3次" as ≥ 3 次)."""
    if text.startswith("T:") or "且" in text or re.search(r"\d%?[-~～]\d", text):
        return {"text": text.removeprefix("T:")}
    return bound_value(text, actual=actual)


def _inds(rows: list[Row], rt: Decimal, es: Decimal, *, note: bool = True) -> list[dict[str, Any]]:
    return [exec_fact(10, rt, es), *(indicator_fact(r, value=val, note=note) for r in rows)]


def _project_facts(unit: str, dept: str, proj: str, money: tuple[str, str, str], rows: list[Row],
                   *, note: bool = True) -> tuple[dict[str, Any], Decimal, Decimal, Decimal]:
    rt, es, tot = scored(rows, money[2], money[1])
    f = facts("项目支出", YEAR, {"supervising_department": dept}, budget(*money, rt), _inds(rows, rt, es, note=note),
              tot, project={"name": proj, "implementing_unit": unit}, full_mark=100, planted=[], stated_grade=EARNED)
    return f, rt, es, tot


def _c(text: str) -> str:
    return text.removeprefix("T:")


def _form_rows(rows: list[Row]) -> list[list[str]]:
    return [[r[0], r[1], r[2], _c(r[4]), _c(r[5]), str(r[3]), r[6], r[7]] for r in rows]


IND_HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]


def _project_grid(proj: str, dept: str, unit: str, money: tuple[str, str, str], rt: Decimal, es: Decimal,
                  goal: tuple[str, str], rows: list[Row], tot: Decimal, grade_: str) -> list[list[str]]:
    ini, adj, exe = money
    return [["项目名称", proj, "", "", "", "", "", ""],
            ["主管部门", dept, "", "", "实施单位", unit, "", ""],
            ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["", "年度资金总额", ini, adj, exe, "10", f"{rt}%", str(es)],
            ["", "其中：当年财政拨款", ini, adj, exe, "—", "—", "—"],
            ["年度总体目标", "预期目标", "", "", "实际完成情况", "", "", ""],
            ["", goal[0], "", "", goal[1], "", "", ""],
            IND_HEAD, *_form_rows(rows),
            ["总分", "", "", "", "", "100", str(tot), grade_]]


_GRID_MERGES = [(0, 1, 0, 7), (1, 1, 1, 3), (1, 5, 1, 7), (2, 0, 4, 0), (5, 0, 6, 0), (5, 1, 5, 3), (5, 4, 5, 7),
                (6, 1, 6, 3), (6, 4, 6, 7)]


def _grid_merges(rows: list[Row]) -> list[tuple[int, int, int, int]]:
    last = 8 + len(rows)
    return [*_GRID_MERGES, (last, 0, last, 4)]


M01 = ("268.00", "291.40", "279.65")
M02 = ("186.20", "203.70", "197.42")
M03 = ("142.00", "142.00", "136.91")
M04 = ("96.50", "104.80", "101.33")
M05 = ("412.00", "437.60", "431.05")
M06 = ("318.40", "336.90", "329.17")
M07 = ("300.00", "300.00", "296.40")


def _number(cell: str) -> Any:
    """A sheet cell as an exporter writes it: a figure as a number, anything else as text."""
    if re.fullmatch(r"[0-9]+", cell):
        return int(cell)
    return float(cell) if re.fullmatch(r"[0-9]+\.[0-9]+", cell) else cell


# --- Word XML the python-docx API does not write ----------------------------------------------------------------------
_REV = [0]


def _rev_attrs(el: Any, author: str) -> None:
    _REV[0] += 1
    el.set(qn("w:id"), str(100 + _REV[0]))
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), "2026-03-10T09:30:00Z")


def _run(text: str, *, deleted: bool = False) -> Any:
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def tracked(paragraph: Any, parts: list[tuple[str, str]], author: str = "审核人") -> None:
    """Write ``parts`` into ``paragraph``: ("", text) plain, ("-", text) a tracked deletion, ("+", text) a tracked
    insertion."""
    for mark, text in parts:
        if not mark:
            paragraph._p.append(_run(text))
            continue
        wrap = OxmlElement("w:del" if mark == "-" else "w:ins")
        _rev_attrs(wrap, author)
        wrap.append(_run(text, deleted=mark == "-"))
        paragraph._p.append(wrap)


def _tracked_cell(cell: Any, parts: list[tuple[str, str]]) -> None:
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    tracked(p, parts)


def _page_field(paragraph: Any) -> None:
    """A PAGE field (a simple field, its cached result "1") in ``paragraph``."""
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), " PAGE ")
    fld.append(_run("1"))
    paragraph._p.append(fld)


# ft01 岢岚县农村公路养护中心, project, .docx: the reviewer's tracked changes (the old 执行数 and a score deleted, the new
# ones inserted, in the prose and in the form) and two comments left in -----------------------------------------------
FT01: list[Row] = [
    ("产出指标", "数量指标", "农村公路日常养护里程", 15, "≥420公里", "426公里", "15", ""),
    ("产出指标", "数量指标", "危桥加固座数", 10, "3座", "3座", "10", ""),
    ("产出指标", "质量指标", "优良中等路率", 15, "≥85%", "82.4%", "14.1", "部分通村路基老化，2026年纳入大中修计划"),
    ("产出指标", "时效指标", "水毁路段抢通时限", 10, "≤72小时", "48小时", "10", ""),
    ("效益指标", "社会效益指标", "农村公路列养率", 15, "100%", "100%", "15", ""),
    ("效益指标", "可持续影响指标", "养护长效机制建立情况", 10, "T:建立", "T:已建立", "10", ""),
    ("满意度指标", "服务对象满意度指标", "沿线群众满意度", 15, "≥90%", "92.5%", "15", ""),
]


def ft01() -> Made:
    money = M01
    unit, dept, proj = "岢岚县农村公路养护中心", "岢岚县交通运输局", "农村公路日常养护经费"
    f, rt, es, tot = _project_facts(unit, dept, proj, money, FT01)
    d = doc()
    d.add_heading(f"{unit}{YEAR}年度{proj}项目支出绩效自评报告", level=1)
    d.add_paragraph(f"受{COUNTY}财政局委托，{FIRM}对本项目{YEAR}年度绩效自评材料进行了复核，修订处以修订标记保留。")
    p = d.add_paragraph()
    tracked(p, [("", f"一、项目资金情况。{proj}年初预算{money[0]}万元，年中追加后全年预算{money[1]}万元，全年执行"),
                ("-", "281.36"), ("+", money[2]), ("", "万元，预算执行率"), ("-", "96.55%"), ("+", f"{rt}%"),
                ("", "。")])
    d.add_comment(p.runs[0], text="执行数以国库集中支付系统12月31日数据为准，已改。",
                  author="审核人", initials="SH")
    q = d.add_paragraph(f"二、绩效目标完成情况。全年完成{FT01[0][2]}426公里，加固危桥3座，详见附表。")
    d.add_comment(q.runs[0], text="请补充优良中等路率未达标的原因。", author="审核人", initials="SH")
    d.add_paragraph(f"三、自评结论。经自评，本项目{YEAR}年度自评得分{tot}分，等级为“{f['stated_grade']}”。")
    d.add_paragraph("附表：项目支出绩效自评表")
    grid = _project_grid(proj, dept, unit, money, rt, es,
                         ("完成全县420公里农村公路日常养护，加固危桥3座，优良中等路率达到85%以上。",
                          "完成养护426公里，危桥加固3座全部完工，优良中等路率82.4%。"),
                         FT01, tot, f["stated_grade"])
    table(d, grid, _grid_merges(FT01))
    t = d.tables[0]
    _tracked_cell(t.cell(3, 4), [("-", "281.36"), ("+", money[2])])
    _tracked_cell(t.cell(3, 6), [("-", "96.55%"), ("+", f"{rt}%")])
    _tracked_cell(t.cell(10, 6), [("-", "15"), ("+", "14.1")])
    return f, "docx", docx_bytes(d)


# ft02 岢岚县文化馆, whole unit, .docx: the unit and the year only on the cover, in the page header and the footer; the
# body says 本馆 and 本年度 -------------------------------------------------------------------------------------------
FT02: list[Row] = [
    ("产出指标", "数量指标", "公益性展览场次", 15, "≥12场", "14场", "15", ""),
    ("产出指标", "数量指标", "群众文化培训班期数", 15, "≥20期", "18期", "13.5", "两期培训因场馆维修顺延至2026年"),
    ("产出指标", "质量指标", "免费开放天数达标率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "活动按计划完成率", 10, "≥95%", "96%", "10", ""),
    ("效益指标", "社会效益指标", "年服务群众人次", 20, "≥8万人次", "8.6万人次", "20", ""),
    ("满意度指标", "服务对象满意度指标", "群众满意度", 20, "≥90%", "94.2%", "20", ""),
]


def ft02() -> Made:
    unit = f"{COUNTY}文化馆"
    ini, adj, exe = M02
    rt, es, tot = scored(FT02, exe, adj)
    inc = [("财政拨款收入", "196.30"), ("其他收入", "7.40")]
    exp_ = [("基本支出", "152.18"), ("项目支出", "45.24")]
    bud = {**budget(ini, adj, exe, rt), "income_total": D(adj), "income_items": [{"name": n, "amount": D(a)} for n, a in inc],
           "expenditure_total": D(exe), "expenditure_items": [{"name": n, "amount": D(a)} for n, a in exp_]}
    f = facts("整体支出", YEAR, {"name": unit, "staff_establishment": 14, "staff_total": 12}, bud,
              [exec_fact(10, rt, es), *(indicator_fact(r, value=val, levels=False, note=False) for r in FT02)], tot,
              planted=[], stated_grade=EARNED)  # (no 总分 row: the full mark is not stated)
    d = doc()
    sec = d.sections[0]
    sec.different_first_page_header_footer = True
    sec.header.paragraphs[0].text = f"{unit}　{YEAR}年度部门整体支出绩效自评报告"
    foot = sec.footer.paragraphs[0]
    foot.add_run(f"{unit}　{YEAR}年度　第 ")
    _page_field(foot)
    foot.add_run(" 页")
    d.add_paragraph("部门整体支出绩效自评报告")
    d.add_paragraph(f"单位名称：{unit}")
    d.add_paragraph(f"所属年度：{YEAR}年度")
    d.add_paragraph(f"编制单位：{FIRM}")
    d.add_paragraph("报送日期：2026年3月")
    d.add_page_break()
    d.add_paragraph("一、基本情况")
    d.add_paragraph("本馆为财政全额拨款公益一类事业单位，核定编制14名，年末实有在职人员12人。")
    d.add_paragraph(f"本年度年初预算{ini}万元，全年预算{adj}万元。全年收入合计{adj}万元，其中：财政拨款收入{inc[0][1]}万元，"
                    f"其他收入{inc[1][1]}万元。全年支出合计{exe}万元，其中：基本支出{exp_[0][1]}万元，项目支出{exp_[1][1]}万元，"
                    f"预算执行率{rt}%。")
    d.add_paragraph("二、绩效指标完成情况")
    rows = [["指标名称", "指标值", "实际完成值", "分值", "得分"], ["预算执行率", "—", f"{rt}%", "10", str(es)],
            *([r[2], _c(r[4]), _c(r[5]), str(r[3]), r[6]] for r in FT02)]
    table(d, rows)
    d.add_paragraph(f"三、自评结论：本馆本年度部门整体支出自评得分{tot}分，自评等级“{f['stated_grade']}”。")
    return f, "docx", docx_bytes(d)


# ft03 岢岚县林业服务中心, project, .txt: the report, its signature and date, then "附件：" and the form as tab cells -----
FT03: list[Row] = [
    ("产出指标", "数量指标", "森林防火巡护人员数", 15, "≥120人", "126人", "15", ""),
    ("产出指标", "数量指标", "防火隔离带维护长度", 10, "≥35公里", "35公里", "10", ""),
    ("产出指标", "质量指标", "火情发现报告率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "火情响应时间", 10, "≤30分钟", "25分钟", "10", ""),
    ("效益指标", "生态效益指标", "森林火灾受害率", 15, "≤0.9‰", "0.3‰", "15", ""),
    ("效益指标", "社会效益指标", "防火宣传覆盖村数", 15, "≥98个", "92个", "14.07", "部分偏远自然村已整体搬迁，宣传点位减少"),
    ("满意度指标", "服务对象满意度指标", "林区群众满意度", 15, "≥90%", "91.3%", "15", ""),
]


def ft03() -> Made:
    money = M03
    unit, dept, proj = f"{COUNTY}林业服务中心", f"{COUNTY}林业局", "森林草原防火专项经费"
    f, rt, es, tot = _project_facts(unit, dept, proj, money, FT03)
    tab = "\t"
    lines = [f"{proj}{YEAR}年度绩效自评报告", "",
             f"一、项目概况。本项目由{unit}实施，主要用于全县森林草原防火巡护、隔离带维护和宣传。",
             f"二、资金情况。年初预算{money[0]}万元，全年预算{money[1]}万元，全年执行{money[2]}万元，执行率{rt}%。",
             "三、绩效目标完成情况。各项产出指标均已完成，全年未发生较大森林火灾，防火宣传覆盖村数未达年初目标。",
             f"四、自评结论。本项目自评得分{tot}分，评价等级为{f['stated_grade']}。",
             "五、存在问题及改进措施。巡护装备老化，2026年申请更新无人机巡护设备。", "",
             f"{' ' * 36}{unit}", f"{' ' * 36}2026年3月18日", "",
             "附件：", "", f"{YEAR}年度项目支出绩效自评表", "",
             tab.join(["项目名称", proj, "", "", "", "", "", ""]),
             tab.join(["主管部门", dept, "", "", "实施单位", unit, "", ""]),
             tab.join(["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]),
             tab.join(["", "年度资金总额", *money, "10", f"{rt}%", str(es)]),
             tab.join(["年度总体目标", "预期目标", "", "", "实际完成情况", "", "", ""]),
             tab.join(["", "组建120人以上巡护队伍，维护隔离带35公里，森林火灾受害率控制在0.9‰以内。", "", "",
                       "组建巡护队伍126人，维护隔离带35公里，森林火灾受害率0.3‰。", "", "", ""]),
             tab.join(IND_HEAD), *(tab.join(r) for r in _form_rows(FT03)),
             tab.join(["总分", "", "", "", "", "100", str(tot), f["stated_grade"]]), ""]
    return f, "txt", "\n".join(lines)


# ft04 岢岚县畜牧兽医服务中心, project, .pdf: 实际完成值 before 年度指标值, 评分 before 标准分, 权重（%） heads -------------
FT04: list[Row] = [
    ("产出指标", "数量指标", "牲畜口蹄疫免疫数量", 15, "≥18万头", "18.7万头", "15", ""),
    ("产出指标", "质量指标", "应免畜禽免疫密度", 15, "≥90%", "95.6%", "15", ""),
    ("产出指标", "质量指标", "免疫抗体合格率", 10, "≥70%", "68.5%", "9.79", "部分散养户补免不及时，已加强村级防疫员督导"),
    ("产出指标", "时效指标", "春秋集中免疫完成时限", 10, "T:6月、11月底前", "T:按期完成", "10", ""),
    ("效益指标", "社会效益指标", "区域性重大动物疫情发生次数", 15, "0次", "0次", "15", ""),
    ("效益指标", "经济效益指标", "养殖户因疫损失减少率", 10, "≥10%", "12%", "10", ""),
    ("满意度指标", "服务对象满意度指标", "养殖户满意度", 15, "≥90%", "93%", "15", ""),
]


def ft04() -> Made:
    money = M04
    unit, dept, proj = f"{COUNTY}畜牧兽医服务中心", f"{COUNTY}农业农村局", "重大动物疫病强制免疫补助资金"
    f, rt, es, tot = _project_facts(unit, dept, proj, money, FT04)
    d = doc()
    d.add_paragraph(f"{YEAR}年度项目支出绩效自评表")
    head = ["一级指标", "二级指标", "三级指标", "实际完成值", "年度指标值", "评分", "标准分", "偏差原因分析及改进措施"]
    rows = [["项目名称", proj, "", "", "", "", "", ""],
            ["主管部门", dept, "", "", "实施单位", unit, "", ""],
            ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "执行率", "评分", "权重（%）"],
            ["", "年度资金总额", *money, f"{rt}%", str(es), "10"],
            ["", "其中：当年财政拨款", *money, "—", "—", "—"],
            ["年度总体目标", "预期目标", "", "", "实际完成情况", "", "", ""],
            ["", "完成全县18万头牲畜口蹄疫等强制免疫，免疫密度90%以上，无区域性重大动物疫情。", "", "",
             "完成免疫18.7万头，免疫密度95.6%，全年未发生区域性重大动物疫情。", "", "", ""],
            head, *([r[0], r[1], r[2], _c(r[5]), _c(r[4]), r[6], str(r[3]), r[7]] for r in FT04),
            ["合计", "", "", "", "", str(tot), "100", f"自评等级：{f['stated_grade']}"]]
    table(d, rows, _grid_merges(FT04)[:-1], vmerge_cols=(0, 1))
    d.add_paragraph(f"填报单位：{unit}（盖章）　　　　填报日期：2026年3月20日")
    return f, "pdf", docx_bytes(d)


# ft05 岢岚县教育服务中心, project, .htm: targets as ranges and intervals ("≥95%且≤100%", "[90,100]", "不低于3次",
# "≤30日", "85%-95%") ---------------------------------------------------------------------------------------------------
FT05: list[Row] = [
    ("产出指标", "数量指标", "受益学生人数", 15, "≥6800人", "6912人", "15", ""),
    ("产出指标", "数量指标", "食品安全专项检查次数", 10, "不低于3次", "4次", "10", ""),
    ("产出指标", "质量指标", "营养餐供应天数达标率", 10, "≥95%且≤100%", "98.5%", "10", ""),
    ("产出指标", "质量指标", "学生营养餐抽检合格率", 10, "[90,100]", "100%", "10", ""),
    ("产出指标", "时效指标", "补助资金拨付时限", 10, "≤30日", "21日", "10", ""),
    ("效益指标", "社会效益指标", "学生营养不良检出率下降幅度", 10, "85%-95%", "T:达到", "9", "检出率数据由县疾控提供，2026年起按学期监测"),
    ("满意度指标", "服务对象满意度指标", "学生家长满意度", 25, "≥90%", "91.7%", "25", ""),
]


def ft05() -> Made:
    money = M05
    unit, dept, proj = f"{COUNTY}教育服务中心", f"{COUNTY}教育科技局", "农村义务教育学生营养改善计划"
    f, rt, es, tot = _project_facts(unit, dept, proj, money, FT05)

    def tr(cells: list[str], spans: dict[int, int] | None = None) -> str:
        spans = spans or {}
        return "<tr>" + "".join(f"<td colspan=\"{spans[i]}\">{c}</td>" if i in spans else f"<td>{c}</td>"
                                for i, c in enumerate(cells)) + "</tr>"

    rows = [tr(["项目名称", proj], {1: 7}), tr(["主管部门", dept, "实施单位", unit], {1: 3, 3: 3}),
            tr(["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]),
            tr(["", "年度资金总额", *money, "10", f"{rt}%", str(es)]),
            tr(["年度总体目标", "预期目标", "实际完成情况"], {1: 3, 2: 4}),
            tr(["", "为全县6800名以上农村义务教育学生每天提供营养膳食补助，供餐天数达标。",
                "为6912名学生提供营养膳食补助，供餐天数达标率98.5%。"], {1: 3, 2: 4}),
            tr(IND_HEAD), *(tr(r) for r in _form_rows(FT05)),
            tr(["总分", "100", str(tot), f["stated_grade"]], {0: 5})]
    html = ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + f"{proj}{YEAR}年度绩效自评表</title></head>\n"
            f"<body>\n<h2>{proj}{YEAR}年度绩效自评表</h2>\n<table border=\"1\">\n" + "\n".join(rows) +
            "\n</table>\n<p>注：指标值为区间的，完成值落在区间内得满分。</p>\n</body></html>\n")
    return f, "htm", html


# ft06 岢岚县医疗保障局, whole unit, .odt: the 部门整体 form, its money rows 基本支出 / 项目支出 and its goal block in two
# columns 预期目标 / 实际完成情况 --------------------------------------------------------------------------------------
FT06: list[Row] = [
    ("产出指标", "数量指标", "医保经办窗口服务人次", 10, "≥3.5万人次", "3.8万人次", "10", ""),
    ("产出指标", "数量指标", "定点医药机构检查覆盖率", 10, "100%", "100%", "10", ""),
    ("产出指标", "质量指标", "城乡居民参保率", 15, "≥95%", "96.2%", "15", ""),
    ("产出指标", "时效指标", "异地就医备案办结时限", 10, "≤3个工作日", "1个工作日", "10", ""),
    ("效益指标", "社会效益指标", "追回违规医保基金", 15, "≥80万元", "72.6万元", "13.61", "部分案件进入司法程序，资金尚未追回"),
    ("效益指标", "可持续影响指标", "医保基金当期收支平衡情况", 10, "T:收支平衡", "T:收支平衡", "10", ""),
    ("满意度指标", "服务对象满意度指标", "参保群众满意度", 20, "≥90%", "93.4%", "20", ""),
]


def ft06() -> Made:
    unit = f"{COUNTY}医疗保障局"
    ini, adj, exe = M06
    rt, es, tot = scored(FT06, exe, adj)
    spent = [{"name": "基本支出", "amount": D("249.86")}, {"name": "项目支出", "amount": D("79.31")}]
    bud = {**budget(ini, adj, exe, rt), "expenditure_total": D(exe), "expenditure_items": spent}
    f = facts("整体支出", YEAR, {"name": unit}, bud, _inds(FT06, rt, es), tot,
              full_mark=100, planted=[], stated_grade=EARNED)
    d = doc()
    d.add_paragraph(f"部门（单位）整体支出绩效自评表（{YEAR}年度）")
    rows = [["部门（单位）名称", unit, "", "", "", "", "", ""],
            ["年度预算资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["", "年度资金总额", ini, adj, exe, "10", f"{rt}%", str(es)],
            ["", "基本支出", "242.10", "251.30", str(spent[0]["amount"]), "—", "99.43%", "—"],
            ["", "项目支出", "76.30", "85.60", str(spent[1]["amount"]), "—", "92.65%", "—"],
            ["年度总体目标", "预期目标", "", "", "实际完成情况", "", "", ""],
            ["", "保障全县城乡居民医保参保率95%以上，开展定点医药机构全覆盖检查，追回违规基金80万元以上。", "", "",
             "参保率96.2%，检查覆盖率100%，追回违规基金72.6万元。", "", "", ""],
            IND_HEAD, *_form_rows(FT06),
            ["总分", "", "", "", "", "100", str(tot), f["stated_grade"]]]
    last = len(rows) - 1
    table(d, rows, [(0, 1, 0, 7), (1, 0, 4, 0), (5, 0, 6, 0), (5, 1, 5, 3), (5, 4, 5, 7), (6, 1, 6, 3), (6, 4, 6, 7),
                    (last, 0, last, 4)], vmerge_cols=(0, 1))
    return f, "odt", convert(docx_bytes(d), "ft06", "docx", "odt")


# ft07 岢岚县农业技术推广中心, project, .xlsx: the report as text cells one paragraph a row on the first sheet, the form on
# the second ------------------------------------------------------------------------------------------------------------
FT07: list[Row] = [
    ("产出指标", "数量指标", "马铃薯脱毒种薯推广面积", 15, "≥2.5万亩", "2.62万亩", "15", ""),
    ("产出指标", "数量指标", "技术培训人次", 10, "≥1500人次", "1620人次", "10", ""),
    ("产出指标", "质量指标", "种薯质量检测合格率", 15, "≥95%", "97.1%", "15", ""),
    ("产出指标", "成本指标", "每亩补助标准", 10, "≤120元", "120元", "10", ""),
    ("效益指标", "经济效益指标", "亩均增产", 15, "≥150公斤", "136公斤", "13.6", "7月持续干旱，旱地单产下降"),
    ("效益指标", "可持续影响指标", "良种覆盖率", 10, "≥80%", "83%", "10", ""),
    ("满意度指标", "服务对象满意度指标", "种植户满意度", 15, "≥90%", "92%", "15", ""),
]


def ft07() -> Made:
    money = M07
    unit, dept, proj = f"{COUNTY}农业技术推广中心", f"{COUNTY}农业农村局", "马铃薯良种推广项目"
    f, rt, es, tot = _project_facts(unit, dept, proj, money, FT07)
    wb = Workbook()
    ws = wb.active
    ws.title = "自评报告"
    paras = [f"{unit}{YEAR}年度{proj}绩效自评报告",
             f"一、项目基本情况。{proj}由{dept}主管、{unit}实施，在全县12个乡镇推广马铃薯脱毒种薯。",
             f"二、资金使用情况。项目年初预算{money[0]}万元，全年预算{money[1]}万元，实际支出{money[2]}万元，预算执行率{rt}%。",
             "三、绩效目标完成情况。推广脱毒种薯2.62万亩，培训种植户1620人次，受7月旱情影响亩均增产未达目标。",
             f"四、自评结果。项目自评得分{tot}分，等级“{f['stated_grade']}”，自评表见第二个工作表。",
             "五、下一步措施。推广抗旱品种，完善灌溉设施。"]
    for i, p in enumerate(paras, 1):
        ws.cell(row=i, column=1, value=p)
    ws.column_dimensions["A"].width = 120
    form = wb.create_sheet("自评表")
    grid = _project_grid(proj, dept, unit, money, rt, es,
                         ("推广马铃薯脱毒种薯2.5万亩以上，培训1500人次以上，亩均增产150公斤以上。",
                          "推广2.62万亩，培训1620人次，亩均增产136公斤。"), FT07, tot, f["stated_grade"])
    form.append([f"{YEAR}年度项目支出绩效自评表"])
    for row in grid:
        form.append([_number(c) for c in row])
    buf = io.BytesIO()
    wb.save(buf)
    return f, "xlsx", buf.getvalue()


# ft08 岢岚县水利服务中心, project, .rtf: the consultancy's covering letter with the batch's summary (eight units' totals
# and grades) before this unit's report; the reviewer must read the one unit's facts ------------------------------------
FT08: list[Row] = [
    ("产出指标", "数量指标", "小型水库管护座数", 15, "12座", "12座", "15", ""),
    ("产出指标", "质量指标", "水库安全鉴定完成率", 15, "100%", "91.7%", "13.76", "1座水库鉴定报告尚在省级审查"),
    ("产出指标", "时效指标", "汛前隐患排查完成时间", 10, "T:5月31日前", "T:5月28日", "10", ""),
    ("效益指标", "社会效益指标", "保护下游人口", 15, "≥2.3万人", "2.3万人", "15", ""),
    ("效益指标", "可持续影响指标", "管护人员到岗率", 15, "100%", "100%", "15", ""),
    ("满意度指标", "服务对象满意度指标", "下游群众满意度", 20, "≥90%", "90.8%", "20", ""),
]



def _batch() -> list[tuple[str, str, str]]:
    """The other seven units of the batch with their totals and grades, as their own reports state them."""
    out = []
    for name, rows, money in (("农村公路养护中心", FT01, M01), ("文化馆", FT02, M02), ("林业服务中心", FT03, M03),
                              ("畜牧兽医服务中心", FT04, M04), ("教育服务中心", FT05, M05), ("医疗保障局", FT06, M06),
                              ("农业技术推广中心", FT07, M07)):
        tot = scored(rows, money[2], money[1])[2]
        out.append((COUNTY + name, str(tot), grade(tot)))
    return out


def ft08() -> Made:
    money = ("88.00", "93.50", "78.62")
    unit, dept, proj = f"{COUNTY}水利服务中心", f"{COUNTY}水利局", "小型水库安全运行管护经费"
    f, rt, es, tot = _project_facts(unit, dept, proj, money, FT08)
    d = doc()
    d.add_paragraph(f"关于报送{YEAR}年度项目绩效自评复核结果的函")
    d.add_paragraph(f"{COUNTY}财政局：")
    d.add_paragraph(f"受贵局委托，我公司对{COUNTY}8个单位{YEAR}年度绩效自评材料进行了复核，现将复核结果汇总如下，"
                    f"各单位报告另附。本函只附{unit}一份报告，其余七份另行报送。")
    table(d, [["序号", "单位名称", "自评得分", "自评等级"],
              *([str(i), n, s, g] for i, (n, s, g) in enumerate([*_batch(), (unit, str(tot), f["stated_grade"])], 1))])
    d.add_paragraph(f"{FIRM}　　2026年3月25日")
    d.add_page_break()
    d.add_paragraph(f"{unit}{YEAR}年度{proj}绩效自评报告")
    d.add_paragraph(f"本项目由{dept}主管，{unit}负责实施，用于全县12座小型水库的日常管护、安全鉴定和汛前隐患排查。")
    d.add_paragraph(f"本年度年初预算{money[0]}万元，调整后全年预算{money[1]}万元，全年执行{money[2]}万元，"
                    f"执行率{rt}%，未执行部分为安全鉴定尾款，待鉴定报告批复后支付。")
    d.add_paragraph("项目绩效指标完成情况见下表。")
    table(d, [IND_HEAD, ["过程指标", "资金管理", "预算执行率", "100%", f"{rt}%", "10", str(es), "鉴定尾款未支付"],
              *_form_rows(FT08), ["总分", "", "", "", "", "100", str(tot), f["stated_grade"]]])
    d.add_paragraph(f"综上，本项目{YEAR}年度自评得分{tot}分，自评等级为“{f['stated_grade']}”。")
    f["indicators"][0] = {**exec_fact(10, rt, es, level1="过程指标", level2="资金管理",
                                      target={"value": D(100), "unit": "%"}), "deviation_note": "鉴定尾款未支付"}
    return f, "rtf", convert(docx_bytes(d), "ft08", "docx", "rtf")


REPORTS = {
    "ft01-sx-kelan-rural-roads-project-docx-tracked-changes": ft01,
    "ft02-sx-kelan-culture-centre-whole-docx-header-footer-only": ft02,
    "ft03-sx-kelan-forestry-project-txt-annex-after-signature": ft03,
    "ft04-sx-kelan-animal-epidemic-project-pdf-reordered-columns": ft04,
    "ft05-sx-kelan-school-meals-project-htm-range-targets": ft05,
    "ft06-sx-kelan-medical-security-whole-odt-basic-project-rows": ft06,
    "ft07-sx-kelan-potato-seed-project-xlsx-text-cells": ft07,
    "ft08-sx-kelan-reservoirs-project-rtf-batch-summary": ft08,
}
