"""Word and Excel writers for the whole-unit tables (Chongqing layout) and the Sichuan project
table, and prose documents in official-document dress (仿宋 body, page footer '— n —')."""

from __future__ import annotations

from typing import Any

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from redteam_render import pct, plain, target_text

HEADING_STARTS = ("一、", "二、", "三、", "四、", "五、", "六、", "第")


def _east_asian(run: Any, font: str) -> None:
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.append(fonts)
    fonts.set(qn("w:eastAsia"), font)


def _page_footer(section: Any) -> None:
    para = section.footer.paragraphs[0]
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    para.add_run("— ")
    run = para.add_run()
    for tag, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if tag:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), tag)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._element.append(el)
    para.add_run(" —")


def prose_docx(lines: list[str], page_footer: bool = False) -> Any:
    """One paragraph per line; the first line (and a second title line) centred as the title."""
    doc = Document()
    if page_footer:
        _page_footer(doc.sections[0])
    title_lines = 0
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        para = doc.add_paragraph()
        run = para.add_run(line)
        if i < 2 and title_lines < 2 and not line.startswith(HEADING_STARTS):
            title_lines += 1
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run.bold = True
            run.font.size = Pt(22)
            _east_asian(run, "方正小标宋简体")
        elif line.startswith(HEADING_STARTS):
            _east_asian(run, "黑体")
            run.font.size = Pt(16)
        else:
            _east_asian(run, "仿宋_GB2312")
            run.font.size = Pt(16)
            para.paragraph_format.first_line_indent = Pt(32)
    return doc


CQ_HEADER = ["指标名称", "计量单位", "指标性质", "年初指标值", "调整指标值", "全年完成值", "得分系数（%）",
             "指标权重（分）", "指标得分（分）", "是否核心指标"]


def _cq_rows(f: dict[str, Any]) -> list[list[str]]:
    rows = []
    for ind in f["indicators"][1:]:
        t = ind.get("target")
        rows.append([
            ind["name"], t["unit"] if t else "", "定量" if t else "定性",
            target_text(dict(t, unit="")) if t else "", "",
            plain(ind["actual"]["value"]) if ind.get("actual") else "",
            plain((ind["stated_score"] / ind["weight"] * 100).quantize(ind["weight"].__class__("0.01"))),
            plain(ind["weight"]), plain(ind["stated_score"]), "是" if ind.get("core") else "否",
        ])
    return rows


def _cq_money(f: dict[str, Any]) -> list[str]:
    b, e = f["budget"], f["indicators"][0]
    return [f"{b['initial']:.2f}", f"{b['adjusted']:.2f}", f"{b['executed']:.2f}",
            pct(b["stated_execution_rate"]), plain(e["weight"]), plain(e["stated_score"])]


def chongqing_docx_table(doc: Any, f: dict[str, Any], supervisor: str) -> None:
    """部门整体绩效自评表 (Chongqing layout) appended after the prose, merged header cells."""
    doc.add_paragraph("附表")
    rows = _cq_rows(f)
    table = doc.add_table(rows=5 + len(rows) + 1, cols=10)
    table.style = "Table Grid"
    table.cell(0, 0).merge(table.cell(0, 9)).text = f"{f['unit']['name']}{f['year']}年度部门整体绩效自评表"
    table.cell(1, 0).text = "主管部门"
    table.cell(1, 1).merge(table.cell(1, 4)).text = supervisor
    table.cell(1, 5).merge(table.cell(1, 6)).text = "自评总分（分）"
    table.cell(1, 7).merge(table.cell(1, 9)).text = plain(f["stated_total"])
    label = table.cell(2, 0).merge(table.cell(3, 1))
    label.text = "部门预算执行情况（万元）"
    money_head = ["年初预算数", "全年（调整）预算数", "全年执行数", "执行率", "执行率权重", "执行率得分（分）"]
    for c, text in enumerate(money_head):
        table.cell(2, 2 + c).text = text
    for c, text in enumerate(_cq_money(f)):
        table.cell(3, 2 + c).text = text
    table.cell(2, 8).merge(table.cell(3, 9))
    for c, text in enumerate(CQ_HEADER):
        table.cell(4, c).text = text
    for r, row in enumerate(rows, start=5):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    last = 5 + len(rows)
    table.cell(last, 0).merge(table.cell(last, 6)).text = "合计"
    table.cell(last, 7).text = plain(sum((i["weight"] for i in f["indicators"][1:]), f["indicators"][0]["weight"]))
    table.cell(last, 8).text = plain(f["stated_total"])


def chongqing_sheet(ws: Any, f: dict[str, Any]) -> None:
    """The same table as a worksheet, the way finance staff keep it in Excel."""
    ws.append([f"部门整体绩效自评表（{f['year']}年度）"])
    ws.merge_cells("A1:J1")
    ws.append(["主管部门", f["unit"]["name"], None, None, None, "自评总分（分）", None, float(f["stated_total"])])
    ws.merge_cells("B2:E2")
    ws.merge_cells("F2:G2")
    ws.merge_cells("H2:J2")
    ws.append(["部门预算执行情况（万元）", None, "年初预算数", "全年（调整）预算数", "全年执行数", "执行率",
               "执行率权重", "执行率得分（分）"])
    money = _cq_money(f)
    ws.append([None, None, float(money[0]), float(money[1]), float(money[2]), money[3], float(money[4]),
               float(money[5])])
    ws.merge_cells("A3:B4")
    ws.append(CQ_HEADER)
    for row in _cq_rows(f):
        cells: list[Any] = list(row)
        for i in (7, 8):
            cells[i] = float(row[i])
        ws.append(cells)
    ws.append(["评价等级", f["stated_grade"]])


SC_HEADER = ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分",
             "未完成原因分析"]


def sichuan_docx_table(doc: Any, f: dict[str, Any], conclusion: str) -> None:
    """部门预算项目支出绩效自评表 (Sichuan 2023 layout): 预算执行情况（10分） + 绩效指标（90分）."""
    b, p, e = f["budget"], f["project"], f["indicators"][0]
    inds = f["indicators"][1:]
    n = 9 + len(inds) + 4
    table = doc.add_table(rows=n, cols=11)
    table.style = "Table Grid"
    table.cell(0, 0).merge(table.cell(0, 10)).text = f"部门预算项目支出绩效自评表（{f['year']}年度）"
    table.cell(1, 0).text = "项目名称"
    table.cell(1, 1).merge(table.cell(1, 10)).text = p["name"]
    table.cell(2, 0).text = "主管部门"
    table.cell(2, 1).merge(table.cell(2, 4)).text = f["unit"]["supervising_department"]
    table.cell(2, 5).merge(table.cell(2, 6)).text = "实施单位（盖章）"
    table.cell(2, 7).merge(table.cell(2, 10)).text = p["implementing_unit"]
    table.cell(3, 0).merge(table.cell(7, 0)).text = "预算执行情况（10分）"
    money_head = ["年度预算数（万元）", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分", "原因"]
    for c, text in enumerate(money_head):
        table.cell(3, 1 + c).text = text
    values = [["总额", f"{b['initial']:.2f}", f"{b['adjusted']:.2f}", f"{b['executed']:.2f}",
               pct(b["stated_execution_rate"]), plain(e["weight"]), plain(e["stated_score"]),
               "年中追加岗位补贴36万元，部分资金年底到位未能支出"],
              ["其中：财政资金", f"{b['initial']:.2f}", f"{b['adjusted']:.2f}", f"{b['executed']:.2f}",
               pct(b["stated_execution_rate"]), "/", "/", ""],
              ["财政专户管理资金", "0.00", "0.00", "0.00", "0.00%", "/", "/", ""],
              ["单位资金", "0.00", "0.00", "0.00", "0.00%", "/", "/", ""]]
    for r, row in enumerate(values, start=4):
        for c, text in enumerate(row):
            table.cell(r, 1 + c).text = text
    for r in range(3, 8):
        table.cell(r, 8).merge(table.cell(r, 10))
    head = 8
    table.cell(head, 0).merge(table.cell(head + len(inds), 0)).text = "绩效指标（90分）"
    for c, text in enumerate(SC_HEADER):
        table.cell(head, 1 + c).text = text
    for r, ind in enumerate(inds, start=head + 1):
        t = ind.get("target")
        row = [ind["level1"], ind["level2"], ind["name"], t["comparator"] if t else "定性",
               plain(t["value"]) if t else ind["target_cell"], t["unit"] if t else "",
               plain(ind["actual"]["value"]) if ind.get("actual") else ind["actual_cell"],
               plain(ind["weight"]), plain(ind["stated_score"]), ind.get("deviation_note", "")]
        for c, text in enumerate(row):
            table.cell(r, 1 + c).text = text
    r = head + len(inds) + 1
    table.cell(r, 0).merge(table.cell(r, 7)).text = "合计"
    table.cell(r, 8).text = "100"
    table.cell(r, 9).text = plain(f["stated_total"])
    for i, (label, text) in enumerate((("评价结论", conclusion.format(t=plain(f["stated_total"]))),
                                       ("存在问题", "岗位开发数量和补贴发放及时性未达目标。"),
                                       ("改进措施", "加强与乡镇对接，按月核发补贴。")), start=r + 1):
        table.cell(i, 0).text = label
        table.cell(i, 1).merge(table.cell(i, 10)).text = text


def compact_tables(doc: Any) -> None:
    """Tables as finance staff lay them out: 9-pt cells, 2-cm margins, so numbers do not wrap."""
    from docx.shared import Cm

    for section in doc.sections:
        section.left_margin = section.right_margin = Cm(2)
    for table in doc.tables:
        for row in table.rows:
            for cell in row.cells:
                for para in cell.paragraphs:
                    for run in para.runs:
                        run.font.size = Pt(9)


def yueyang_form(doc: Any, f: dict[str, Any]) -> None:
    """Hunan (Yueyang) 部门整体支出绩效评价自评报告: a cover, a label/value form for the unit, a
    收支 table, the 评分表 and a one-line conclusion. The unit name is only on the cover line."""
    b, u = f["budget"], f["unit"]
    for text in (f"岳阳市{f['year']}年度部门整体支出", "绩效评价自评报告"):
        para = doc.add_paragraph()
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = para.add_run(text)
        run.bold = True
        run.font.size = Pt(22)
    cover = (f"部门(单位)名称：{u['name']}", "评价方式：部门(单位)绩效自评", f"报告日期：{f['year'] + 1}年06月18日")
    for text in cover:
        doc.add_paragraph(text)
    doc.add_paragraph("一、部门(单位)基本概况")
    t1 = doc.add_table(rows=4, cols=4)
    t1.style = "Table Grid"
    for r, row in enumerate([["联系人", "刘明", "联络电话", "8690123"],
                             ["人员编制", "24", "实有人数", str(u["staff_total"])]]):
        for c, text in enumerate(row):
            t1.cell(r, c).text = text
    t1.cell(2, 0).text = "职能职责概述"
    t1.cell(2, 1).merge(t1.cell(2, 3)).text = "负责中心城区道路照明设施的建设、维护和管理，保障城市夜间照明。"
    t1.cell(3, 0).text = "年度主要工作内容"
    t1.cell(3, 1).merge(t1.cell(3, 3)).text = "1.完成路灯设施日常维护。2.实施老旧路灯节能改造。3.做好重大活动照明保障。"
    doc.add_paragraph("二、部门(单位)年度收支情况（单位：万元）")
    t2 = doc.add_table(rows=4, cols=6)
    t2.style = "Table Grid"
    inc, exp = b["income_items"], b["expenditure_items"]
    rows = [["收入合计", inc[0]["name"], inc[1]["name"], "支出合计", exp[0]["name"], exp[1]["name"]],
            [f"{b['income_total']:.2f}", f"{inc[0]['amount']:.2f}", f"{inc[1]['amount']:.2f}",
             f"{b['expenditure_total']:.2f}", f"{exp[0]['amount']:.2f}", f"{exp[1]['amount']:.2f}"],
            ["年初预算数", "调整预算数", "实际支出数", "预算执行率", "", ""],
            [f"{b['initial']:.2f}", f"{b['adjusted']:.2f}", f"{b['executed']:.2f}", pct(b["stated_execution_rate"]),
             "", ""]]
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            t2.cell(r, c).text = text
    doc.add_paragraph("三、部门整体支出绩效评价评分表")
    inds = f["indicators"]
    t3 = doc.add_table(rows=len(inds) + 2, cols=6)
    t3.style = "Table Grid"
    for c, text in enumerate(["一级指标", "二级指标", "三级指标", "分值", "评分标准", "得分"]):
        t3.cell(0, c).text = text
    for r, item in enumerate(inds, start=1):
        for c, text in enumerate([item["level1"], item["level2"], item["name"], plain(item["weight"]),
                                  "按指标完成程度计分", plain(item["stated_score"])]):
            t3.cell(r, c).text = text
    for col, key in ((0, "level1"), (1, "level2")):
        start = 1
        for r in range(2, len(inds) + 2):
            if r == len(inds) + 1 or inds[r - 1][key] != inds[start - 1][key] or \
                    inds[r - 1]["level1"] != inds[start - 1]["level1"]:
                if r - 1 > start:
                    t3.cell(start, col).merge(t3.cell(r - 1, col)).text = inds[start - 1][key]
                start = r
    last = len(inds) + 1
    t3.cell(last, 0).merge(t3.cell(last, 2)).text = "合计"
    t3.cell(last, 3).text = "100"
    t3.cell(last, 5).text = plain(f["stated_total"])
    doc.add_paragraph(f"四、自评结论：经自评，我处{f['year']}年度部门整体支出绩效评价得分{plain(f['stated_total'])}分，"
                      "等级为“良”。")
