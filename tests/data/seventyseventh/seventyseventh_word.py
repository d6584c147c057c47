# ruff: noqa: E501
"""Reports jw01, jw02, jw03, jw05, jw07 of the seventy-seventh set (.docx), each returning (facts, ext, content): a
Hubei town's whole-unit report whose unit stands only in the page header, half-point weights and scores and a
改进措施 column beside the 偏差原因分析; an Anhui special fund's report whose 项目名称 / 主管部门 / 实施单位 stand in a
text box and two figures carry footnotes (planted: 优秀 on a total under 90); a Fujian street office's form with its
money table nested in a cell and rates written as decimals; a Chongqing street office's project form whose year stands
only in the page header, "/" in empty cells; a Hubei transfer fund's report whose conclusion and letter grade stand in
a text box (planted: a score half a point over its weight).
Every unit, person and figure is invented (real places, invented bodies and figures).
"""

from __future__ import annotations

from eighteenth_facts import Made, doc, docx_bytes, table
from seventyseventh_facts import (
    HEAD,
    JW01,
    JW01_MEASURES,
    JW02,
    JW03,
    JW05,
    JW07,
    footnote_mark,
    footnotes,
    note_cells,
    page_header_footer,
    text_box,
)
from sixtyfirst_facts import HEAD as HEAD8
from sixtyfirst_facts import cells, whole_rows
from sixtyfourth_facts import money_rows, project, whole


def _project_table(d: object, rows: list[list[str]], tot: object, empty: str = "") -> None:
    table(d, [HEAD8, *([*r[:7], r[7] or empty] for r in rows), ["总分", "", "", "", "", "100", str(tot), ""]],
          vmerge_cols=(0, 1))


# jw01 湖北 仙桃, whole unit, .docx: the unit only in the page header, half points, 偏差原因分析 | 改进措施 -----------------
def jw01() -> Made:
    unit = "仙桃市长埫口镇人民政府"
    money = ("4260.00", "4718.35", "4531.62")
    f, rt, es, tot = whole(2024, unit, money, JW01, 4)
    d = doc()
    page_header_footer(d, f"{unit}2024年度部门整体支出绩效自评报告")
    d.add_heading("部门整体支出绩效自评报告", level=1)
    for p in [
        "一、部门基本情况",
        "本镇承担全镇经济发展、乡村振兴、社会事业和基层治理等职责，内设6个办公室，下辖28个行政村。",
        f"2024年年初预算{money[0]}万元，全年预算{money[1]}万元，全年支出{money[2]}万元，预算执行率{rt}%。",
        "二、自评结论",
        f"经自评，2024年度部门整体支出绩效自评得分{tot}分，评价等级为“优秀”。",
        "附：部门整体支出绩效自评表",
    ]:
        d.add_paragraph(p)
    table(d, money_rows(money, rt, None))
    grid = [HEAD, *note_cells(whole_rows(JW01, 4, rt, es), JW01_MEASURES), ["合计", "", "", "", "", "100", str(tot), "", ""]]
    table(d, grid, vmerge_cols=(0, 1))
    return f, "docx", docx_bytes(d)


# jw02 安徽 六安, project (special fund), .docx: the project's labels in a text box, two footnotes, 优秀 on a total under 90 --
def jw02() -> Made:
    unit, dept = "六安市金安区农村供水服务中心", "六安市金安区水利局"
    proj = "2023年农村饮水工程维修养护专项资金"
    money = ("1860.00", "2045.00", "1912.47")
    f, rt, es, tot = project(2023, unit, dept, proj, money, JW02)
    f["stated_grade"], f["planted"] = "优", ["GRADE_MISMATCH"]
    d = doc()
    d.add_heading(f"{proj}绩效自评报告", level=1)
    text_box(d, [f"项目名称：{proj}", f"主管部门：{dept}", f"实施单位：{unit}"])
    for p in [
        "一、项目概况",
        "专项资金用于全区农村集中供水工程维修养护、老旧管网更换和水质检测。",
        f"二、资金使用情况。年初预算{money[0]}万元，调整后预算{money[1]}万元，全年执行{money[2]}万元，执行率{rt}%。",
        f"三、自评结论。本项目自评得分{tot}分，自评等级为“优秀”。",
    ]:
        d.add_paragraph(p)
    table(d, money_rows(money, rt, es))
    footnote_mark(d.tables[-1].cell(0, 3).paragraphs[0], 1)
    _project_table(d, [cells(r) for r in JW02], tot)
    footnote_mark(d.tables[-1].cell(len(JW02), 2).paragraphs[0], 2)
    footnotes(d, ["全年执行数为截至2023年12月31日国库集中支付数。", "满意度为问卷调查结果，有效样本412份。"])
    return f, "docx", docx_bytes(d)


# jw03 福建 厦门 思明, whole unit, .docx: the money table nested in the form's cell, rates written as decimals -------------
def jw03() -> Made:
    unit = "厦门市思明区鹭江街道办事处"
    money = ("3520.00", "3866.40", "3755.04")
    f, rt, es, tot = whole(2022, unit, money, JW03, 4)
    d = doc()
    d.add_heading(f"{unit}2022年度部门整体支出绩效自评表", level=1)
    table(d, [["单位名称", unit], ["预算执行情况（万元）", ""], ["年度总体目标", "完成辖区社区治理、民生服务和城市管理年度任务。"]])
    outer = d.tables[-1].cell(1, 1)
    inner = outer.add_table(rows=2, cols=4)
    for j, (head, value) in enumerate(zip(["年初预算数", "全年预算数", "全年执行数", "执行率"],
                                          [*money, f"{rt / 100:.4f}"], strict=True)):
        inner.cell(0, j).text, inner.cell(1, j).text = head, value
    grid = [HEAD8, *whole_rows(JW03, 4, rt, es), ["合计", "", "", "", "", "100", str(tot), ""]]
    table(d, grid, vmerge_cols=(0, 1))
    table(d, [["自评等级", "优秀"]])
    return f, "docx", docx_bytes(d)


# jw05 重庆 江北, project, .docx: the year only in the page header, "/" in the empty note cells --------------------------
def jw05() -> Made:
    unit, dept = "重庆市江北区观音桥街道办事处", "重庆市江北区住房和城乡建设委员会"
    proj = "老旧小区适老化改造项目"
    money = ("560.00", "612.00", "574.38")
    f, rt, es, tot = project(2023, unit, dept, proj, money, JW05)
    d = doc()
    page_header_footer(d, f"{unit}    2023年度", ("— ", " —"))
    d.add_heading("项目支出绩效自评表", level=1)
    table(d, [["项目名称", proj, "", "", ""], ["主管部门", dept, "", "实施单位", unit]], merges=[(0, 1, 0, 4)])
    table(d, money_rows(money, rt, es))
    _project_table(d, [cells(r) for r in JW05], tot, "/")
    table(d, [["自评等级", "良好"]])
    return f, "docx", docx_bytes(d)


# jw07 湖北 宜昌 夷陵, project (transfer fund), .docx: the conclusion and its letter grade in a text box; 5.5 of 5 (planted) --
def jw07() -> Made:
    unit, dept = "宜昌市夷陵区农业技术推广中心", "宜昌市夷陵区农业农村局"
    proj = "2022年农业生产发展转移支付资金"
    money = ("3120.00", "3368.40", "3052.77")
    f, rt, es, tot = project(2022, unit, dept, proj, money, JW07)
    f["planted"] = ["SCORE_OVER_WEIGHT"]
    del f["stated_grade"]  # the key gives B's score band, not which of 优 / 良 / 中 / 差 it is: the letter is kept as written
    d = doc()
    page_header_footer(d, "夷陵区财政支出绩效自评材料")
    d.add_heading(f"{proj}绩效自评报告", level=1)
    for p in [
        f"项目名称：{proj}",
        f"主管部门：{dept}    实施单位：{unit}",
        f"资金使用情况：年初预算{money[0]}万元，全年预算{money[1]}万元，全年执行{money[2]}万元，执行率{rt}%。",
    ]:
        d.add_paragraph(p)
    table(d, money_rows(money, rt, es))
    _project_table(d, [cells(r) for r in JW07], tot)
    text_box(d, ["自评结论", f"本项目自评得分{tot}分，评价等级为B级。",
                 "（等级标准：A级90分及以上；B级80（含）—90分；C级60（含）—80分；D级60分以下）"])
    return f, "docx", docx_bytes(d)


REPORTS = {
    "jw01-hb-xiantao-town-whole-docx-unit-in-header-half-points": jw01,
    "jw02-ah-luan-water-fund-project-docx-textbox-footnotes": jw02,
    "jw03-fj-siming-street-whole-docx-nested-table-decimal-rates": jw03,
    "jw05-cq-jiangbei-street-project-docx-year-in-header": jw05,
    "jw07-hb-yiling-transfer-fund-project-docx-textbox-letter-grade": jw07,
}
