# ruff: noqa: E501
"""Reports sf04, sf05, sf06, sf08 of the seventy-fourth set, each returning (facts, ext, content): a Ningxia veterans
bureau's project form (.xlsx) in 万元 with a 权重（%） column, a 资金支出明细表 in 元 below it on the same sheet; a
Xinjiang sports bureau's whole-unit page (.htm) with a 完成率 column and a closing 评分汇总表 whose total is 综合得分 and
whose 等级 is a word (planted: 优秀 on a total under 90); a Guizhou transport bureau's project form (.odt) with 评分标准
after 权重 and 佐证材料 after 得分, its money block in 元 with separators under prose in 万元; a Ningxia housing bureau's
whole-unit report (.pdf) whose 收支 table is in 元 and whose indicator table carries 权重（%） and 指标解释 at its end.
Every unit, person and figure is invented (real places, invented bodies and figures).
"""

from __future__ import annotations

from decimal import Decimal

from corpus_build import xlsx_bytes
from eighteenth_facts import Made, doc, docx_bytes, table
from fifth_shapes import paragraphs_html
from make_seventeenth import convert
from seventyfourth_facts import SF04, SF04_SPENT, SF05, SF06, SF06_PROOF, SF06_RULE, SF08, WORD, summary
from seventyfourth_text import rowspan_table
from seventysecond_files import completion
from sixtyfirst_facts import cells, whole_rows
from sixtyfourth_facts import project, whole


def yuan(wan: str) -> str:
    """An amount in 万元 written in 元 with separators."""
    return f"{Decimal(wan) * 10000:,.2f}"


# sf04 宁夏 银川, project, .xlsx: the form in 万元 with 权重（%）, a spending breakdown in 元 below it ------------------------
def sf04() -> Made:
    unit, dept = "银川市退役军人服务中心", "银川市退役军人事务局"
    proj = "2022年重点优抚对象走访慰问经费"
    money = ("240.00", "268.00", "265.21")
    f, rt, es, tot = project(2022, unit, dept, proj, money, SF04)
    del f["stated_grade"]  # the sheet states the total, no grade
    rows: list[list[object]] = [
        ["项目支出绩效自评表", "", "", "", "", "", "", ""],
        ["（2022年度）", "", "", "", "", "", "", ""],
        ["项目名称", proj, "", "", "", "", "", ""],
        ["主管部门", dept, "", "", "实施单位", unit, "", ""],
        ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["", "年度资金总额", float(money[0]), float(money[1]), float(money[2]), 10, f"{rt}%", float(es)],
        ["", "其中：当年财政拨款", float(money[0]), float(money[1]), float(money[2]), "—", "—", "—"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "权重（%）", "得分", "偏差原因分析及改进措施"],
        *([*cells(r)[:5], r[3], float(r[6]), r[7]] for r in SF04),
        ["总分", "", "", "", "", 100, float(tot), ""],
        ["", "", "", "", "", "", "", ""],
        ["资金支出明细表", "", "", "", "", "", "", ""],
        ["单位：元", "", "", "", "", "", "", ""],
        ["序号", "支出内容", "金额", "", "", "", "", ""],
        *([str(i), n, a, "", "", "", "", ""] for i, (n, a) in enumerate(SF04_SPENT, 1)),
        ["合计", "", f"{sum(Decimal(a.replace(',', '')) for _, a in SF04_SPENT):,.2f}", "", "", "", "", ""],
    ]
    assert sum(Decimal(a.replace(",", "")) for _, a in SF04_SPENT) == Decimal(money[2]) * 10000
    merges = [(0, 0, 0, 7), (1, 0, 1, 7), (2, 1, 2, 7), (3, 1, 3, 3), (3, 5, 3, 7), (4, 0, 6, 0)]
    return f, "xlsx", xlsx_bytes([("自评表", rows, merges)])


# sf05 新疆 乌鲁木齐, whole unit, .htm: a 完成率 column and a 评分汇总表 (planted: 优秀 on a total under 90) ------------------
def sf05() -> Made:
    unit = "乌鲁木齐市体育局"
    money = ("3264.50", "3518.20", "3392.66")
    f, rt, es, tot = whole(2024, unit, money, SF05, 4)
    f["stated_grade"], f["planted"] = "优", ["GRADE_MISMATCH"]
    grid = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "完成率", "分值", "得分", "偏差原因分析及改进措施"]]
    for c in whole_rows(SF05, 4, rt, es):
        done = f"{rt}%" if c[2] == "预算执行率" else completion(next(r for r in SF05 if r[2] == c[2]))
        grid.append([*c[:5], done, *c[5:]])
    blocks = summary(SF05, ("产出指标", 10, es))
    score = [["一级指标", "权重", "得分"], *([b, str(w), str(s)] for b, w, s in blocks), ["综合得分", "100", str(tot)], ["等级", "优秀", ""]]
    body = "\n".join([
        '<div class="wza">无障碍　长者模式</div>',
        f"<h1>{unit}2024年度部门整体支出绩效自评报告</h1>",
        paragraphs_html([
            "一、部门基本情况",
            f"{unit}负责全市群众体育、竞技体育和体育产业管理，下设市体育运动学校、市全民健身中心等4个事业单位。",
            "二、预算执行情况",
            f"2024年年初预算{money[0]}万元，全年预算{money[1]}万元，全年执行{money[2]}万元，预算执行率{rt}%。",
            "三、绩效指标完成情况",
        ]),
        rowspan_table(grid),
        paragraphs_html(["四、评分汇总"]),
        rowspan_table(score, ()),
        paragraphs_html([f"五、自评结论。经综合评价，本部门2024年度整体支出综合得分{tot}分，等级为优秀。"]),
        '<div class="share">分享到：微信　微博</div>',
    ])
    return f, "htm", f'<html><head><meta charset="utf-8"><title>{unit}部门整体支出绩效自评报告</title></head><body>\n{body}\n</body></html>\n'


# sf06 贵州 遵义, project, .odt: 评分标准 after 权重 and 佐证材料 after 得分; money in 元 under prose in 万元 -------------------
def sf06() -> Made:
    unit, dept = "遵义市农村公路管理所", "遵义市交通运输局"
    proj = "2019年农村“组组通”公路建设补助资金"
    money = ("6300.00", "6550.00", "6412.80")
    f, rt, es, tot = project(2019, unit, dept, proj, money, SF06)
    d = doc()
    d.add_heading(f"{proj}绩效自评报告", level=1)
    for p in [
        f"一、项目概况。{proj}由{dept}主管、{unit}实施，按每公里50万元标准补助30户以上村民组通硬化路建设。",
        f"二、资金使用。项目年初预算{money[0]}万元，追加后全年预算{money[1]}万元，全年执行{money[2]}万元，执行率{rt}%。",
        "三、绩效自评表",
    ]:
        d.add_paragraph(p)
    table(d, [["项目名称", proj, "", "", "", "", ""], ["主管部门", dept, "", "实施单位", unit, "", ""],
              ["项目资金（元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
              ["年度资金总额", *(yuan(m) for m in money), "10", f"{rt}%", str(es)],
              ["其中：当年财政拨款", *(yuan(m) for m in money), "—", "—", "—"]],
          merges=[(0, 1, 0, 6), (1, 1, 1, 2), (1, 4, 1, 6)])
    grid = [["一级指标", "二级指标", "三级指标", "权重", "评分标准", "年度指标值", "实际完成值", "得分", "佐证材料", "偏差原因分析及改进措施"]]
    for r in SF06:
        c = cells(r)
        grid.append([c[0], c[1], c[2], c[5], SF06_RULE[c[2]], c[3], c[4], c[6], SF06_PROOF[c[2]], c[7]])
    grid.append(["合计", "", "", "100", "", "", "", str(tot), "", ""])
    table(d, grid, vmerge_cols=(0, 1))
    d.add_paragraph(f"四、自评结论。本项目自评得分{tot}分，自评等级为{WORD[f['stated_grade']]}。")
    return f, "odt", convert(docx_bytes(d), "sf06", "docx", "odt")


# sf08 宁夏 石嘴山, whole unit, .pdf: the 收支 table in 元, 权重（%） and 指标解释 at the indicator table's end ----------------
def sf08() -> Made:
    unit = "石嘴山市住房和城乡建设局"
    money = ("5126.40", "5480.90", "5362.35")
    spent = [("基本支出", "1864.27"), ("项目支出", "3498.08")]
    f, rt, es, tot = whole(2025, unit, money, SF08, 4, spent=spent)
    d = doc()
    d.add_heading(f"{unit}2025年度部门整体支出绩效自评报告", level=1)
    for p in [
        f"一、部门概况。{unit}负责全市住房保障、建筑市场监管和城市建设管理，内设8个科室。",
        f"二、预算执行情况。2025年年初预算{money[0]}万元，全年预算{money[1]}万元，全年支出{money[2]}万元，预算执行率{rt}%；"
        f"其中基本支出{spent[0][1]}万元，项目支出{spent[1][1]}万元。",
        "部门预算执行情况表（单位：元）",
    ]:
        d.add_paragraph(p)
    table(d, [["项目", "年初预算数", "全年预算数", "全年支出数", "执行率"],
              ["合计", yuan(money[0]), yuan(money[1]), yuan(money[2]), f"{rt}%"],
              ["基本支出", "—", "—", yuan(spent[0][1]), "—"], ["项目支出", "—", "—", yuan(spent[1][1]), "—"]])
    d.add_paragraph("三、绩效指标完成情况（单位：万元）")
    grid = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "权重（%）", "得分", "偏差原因分析及改进措施", "指标解释"]]
    for c in whole_rows(SF08, 4, rt, es):
        grid.append([*c, "年度全年支出数占全年预算数的比例" if c[2] == "预算执行率" else "按年度工作计划设定"])
    grid.append(["合计", "", "", "", "", "100", str(tot), "", ""])
    table(d, grid, vmerge_cols=(0, 1))
    d.add_paragraph(f"四、自评结论。经自评，本部门2025年度整体支出绩效自评得分{tot}分，自评等级为{WORD[f['stated_grade']]}。")
    return f, "pdf", docx_bytes(d)


REPORTS = {
    "sf04-nx-yinchuan-veterans-project-xlsx-yuan-breakdown": sf04,
    "sf05-xj-urumqi-sports-whole-htm-composite-grade": sf05,
    "sf06-gz-zunyi-road-project-odt-rule-proof-yuan": sf06,
    "sf08-nx-shizuishan-housing-whole-pdf-yuan-table": sf08,
}
