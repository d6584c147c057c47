# ruff: noqa: E501
"""Reports st01, st02, st06, st08 of the seventy-third set, each returning (facts, ext, content), Word reports with the
自评表 as tables after the prose: a Guangdong maternal and child health hospital's project (.docx) whose indicator
table has a 是否达成 column (是 / 否) and gives each shortfall's reason in a row of its own under the indicator, merged
across the table; a Guangxi education bureau's preschool-aid project printed to PDF, its targets written with the
IME's ≧ / ≦ and its columns headed 指标名称 / 预期指标值 / 标准分值 / 自评得分 (planted TOTAL_MISMATCH); a Guangdong
county education bureau's whole-unit report (.docx) whose indicator table closes each 一级 block with a 小计 row;
a Hunan civil-affairs bureau's relief project (.docx) whose money is a table by fund source with a 合计 row last
(planted EXECUTION_RATE_MISMATCH).
Every unit, person and figure is invented (real places, invented bodies and figures).
"""

from __future__ import annotations

from decimal import Decimal

from eighteenth_facts import Made, doc, docx_bytes, table
from seventythird_facts import ST01, ST02, ST06, ST08, fund_rows, misstated_rate, misstated_total
from sixtyfirst_facts import WORD, cells, whole_rows
from sixtyfourth_facts import money_rows, project, whole


# st01 广东 广州 番禺, project, .docx: a 是否达成 column, each shortfall's reason in a merged row below it -------------------
def st01() -> Made:
    unit, dept = "广州市番禺区妇幼保健院", "广州市番禺区卫生健康局"
    proj = "2021年孕产妇及新生儿疾病筛查项目"
    money = ("418.00", "436.50", "421.73")
    f, rt, es, tot = project(2021, unit, dept, proj, money, ST01)
    d = doc()
    d.add_heading(f"{proj}绩效自评报告", level=1)
    for p in [
        "一、项目概况",
        f"{proj}由{dept}主管，{unit}组织实施，主要用于辖区孕妇产前筛查、新生儿听力和遗传代谢性疾病筛查及高风险对象追踪随访。",
        "二、项目资金使用情况",
        f"本项目年初安排资金{money[0]}万元，年中追加后全年预算{money[1]}万元，截至12月31日实际支出{money[2]}万元，预算执行率{rt}%。",
        "三、绩效目标完成情况",
        "项目年度绩效目标基本完成，新生儿听力筛查人数和受检孕产妇满意度未达预期，具体见附表。",
        "四、自评结论",
        f"经综合评价，本项目自评得分{tot}分，自评等级为{WORD[f['stated_grade']]}。",
        "附表：项目支出绩效自评表",
    ]:
        d.add_paragraph(p)
    head = [["项目名称", proj, "", "", "", "", "", ""], ["主管部门", dept, "", "", "实施单位", unit, "", ""]]
    table(d, [*head, *([*r, ""] for r in money_rows(money, rt, es))], merges=[(0, 1, 0, 7), (1, 1, 1, 3), (1, 5, 1, 7)])
    d.add_paragraph("")
    grid = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "是否达成", "分值", "得分"]]
    merges = []
    for r in ST01:
        c = cells(r)
        grid.append([c[0], c[1], c[2], c[3], c[4], "否" if c[7] else "是", c[5], c[6]])
        if c[7]:
            grid.append([f"偏差原因及改进措施：{c[7]}", "", "", "", "", "", "", ""])
            merges.append((len(grid) - 1, 0, len(grid) - 1, 7))
    grid.append(["总分", "", "", "", "", "", "100", str(tot)])
    table(d, grid, merges=merges)
    d.add_paragraph(f"填报单位：{unit}        填报日期：2022年2月18日")
    return f, "docx", docx_bytes(d)


# st02 广西 南宁 武鸣, project, .pdf: ≧ / ≦ targets, 指标名称 / 预期指标值 / 标准分值 / 自评得分 (planted TOTAL_MISMATCH) -----
def st02() -> Made:
    unit, dept = "南宁市武鸣区教育局", "南宁市武鸣区教育局"
    proj = "2020年学前教育幼儿资助资金"
    money = ("172.00", "186.20", "183.47")
    f, rt, es, tot = project(2020, unit, dept, proj, money, ST02)
    del f["project"]["implementing_unit"]  # the form has no 实施单位 field (fixture correction after the first run)
    printed = tot + 2
    misstated_total(f, printed)
    d = doc()
    d.add_heading(f"{unit}{proj}绩效自评报告", level=1)
    for p in [
        f"（一）项目基本情况。{proj}用于资助建档立卡家庭幼儿、孤儿和残疾幼儿接受学前教育，并对普惠性民办幼儿园给予扶持。",
        f"（二）资金投入和使用情况。年初预算{money[0]}万元，全年预算{money[1]}万元，全年执行{money[2]}万元，执行率{rt}%。",
        "（三）绩效指标完成情况（符号“≧”表示不低于，“≦”表示不高于）。",
    ]:
        d.add_paragraph(p)
    table(d, [["项目名称", proj, "", "主管部门", dept, "", ""], *money_rows(money, rt, es)], merges=[(0, 1, 0, 2), (0, 4, 0, 6)])
    d.add_paragraph("")
    grid = [["一级指标", "二级指标", "指标名称", "预期指标值", "实际完成值", "标准分值", "自评得分", "偏差原因分析"]]
    for r in ST02:
        c = cells(r)
        c[3] = c[3].replace("≥", "≧").replace("≤", "≦")
        grid.append(c)
    grid.append(["合计", "", "", "", "", "100", str(printed), ""])
    table(d, grid, vmerge_cols=(0, 1))
    d.add_paragraph(f"（四）自评结论。本项目自评得分{printed}分，评价等级为{WORD[f['stated_grade']]}。")
    return f, "pdf", docx_bytes(d)


# st06 广东 湛江 遂溪, whole unit, .docx: a 小计 row closing each 一级 block --------------------------------------------------
def st06() -> Made:
    unit = "遂溪县教育局"
    money = ("86420.50", "91236.80", "89874.15")
    f, rt, es, tot = whole(2019, unit, money, ST06, 4, staff=(46, 43))
    d = doc()
    d.add_heading(f"{unit}2019年度部门整体支出绩效自评报告", level=1)
    for p in [
        "一、部门概况",
        f"{unit}是县人民政府主管全县教育工作的工作部门，机关内设办公室、人事股、计财股、基础教育股和教育督导室。机关行政编制46名，年末在编在岗43名。",
        "二、部门预算执行情况",
        f"2019年部门年初预算{money[0]}万元，全年预算调整为{money[1]}万元，全年支出{money[2]}万元，预算执行率{rt}%。",
        "三、部门整体支出绩效指标完成情况",
    ]:
        d.add_paragraph(p)
    grid = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]]
    rows = whole_rows(ST06, 4, rt, es)
    for block in dict.fromkeys(r[0] for r in rows):
        part = [r for r in rows if r[0] == block]
        grid += part
        w = sum(int(r[5]) for r in part)
        s = sum(Decimal(r[6]) for r in part)
        grid.append([f"{block}小计", "", "", "", "", str(w), str(s), ""])
    grid.append(["合计", "", "", "", "", "100", str(tot), ""])
    table(d, grid, vmerge_cols=(0, 1))
    d.add_paragraph(f"四、自评结论。2019年度{unit}部门整体支出绩效自评得分{tot}分，等级为{WORD[f['stated_grade']]}。")
    return f, "docx", docx_bytes(d)


# st08 湖南 株洲 渌口, project, .docx: money by fund source with 合计 last (planted EXECUTION_RATE_MISMATCH) ---------------
def st08() -> Made:
    unit, dept = "株洲市渌口区民政局", "株洲市渌口区民政局"
    proj = "2025年特困人员救助供养资金"
    money = ("1268.00", "1315.60", "1286.42")
    f, rt, es, tot = project(2025, unit, dept, proj, money, ST08)
    printed = rt - Decimal("3.20")
    misstated_rate(f, printed)
    sources = [("中央资金", "820.00", "846.00", "832.15"), ("省级资金", "286.00", "298.60", "290.37"),
               ("区级资金", "162.00", "171.00", "163.90")]
    f["budget"]["fund_rows"] = fund_rows(sources)
    d = doc()
    d.add_heading(f"{proj}绩效自评报告", level=1)
    for p in [
        "一、基本情况",
        f"{proj}由{unit}组织实施，保障全区分散供养和集中供养特困人员基本生活、照料护理和丧葬事宜。",
        "二、资金管理和使用情况",
        f"本年度下达资金年初{money[0]}万元，全年{money[1]}万元，实际支出{money[2]}万元，资金执行率{printed}%。分资金来源情况如下表（单位：万元）：",
    ]:
        d.add_paragraph(p)
    grid = [["资金来源", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分"]]
    for n, a, b, c in sources:
        grid.append([n, a, b, c, f"{(Decimal(c) / Decimal(b) * 100).quantize(Decimal('0.01'))}%", "—", "—"])
    grid.append(["合计", *money, f"{printed}%", "10", str(es)])
    table(d, grid)
    d.add_paragraph("三、绩效指标完成情况")
    grid = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]]
    grid += [cells(r) for r in ST08]
    grid.append(["总分", "", "", "", "", "100", str(tot), ""])
    table(d, grid, vmerge_cols=(0, 1))
    d.add_paragraph(f"四、自评结论：本项目自评得分{tot}分，自评等级{WORD[f['stated_grade']]}。")
    d.add_paragraph(f"项目名称：{proj}    主管部门：{dept}    实施单位：{unit}")
    return f, "docx", docx_bytes(d)


REPORTS = {
    "st01-gd-panyu-mch-screening-project-docx-note-rows": st01,
    "st02-gx-wuming-preschool-aid-project-pdf-ime-comparators": st02,
    "st06-gd-suixi-education-whole-docx-block-subtotals": st06,
    "st08-hn-lukou-relief-project-docx-fund-source-table": st08,
}
