# ruff: noqa: E501
"""Reports sv04–sv08 of the seventy-second set, each returning (facts, ext, content): a Henan emergency-management
bureau's project form as an .xlsx whose levels stand in one column as a path ("产出指标 > 数量指标") and whose amounts
are text cells carrying 万元; a Tianjin statistics bureau's whole-unit report (.docx) dated only in Chinese numerals
(二〇二一年度) with target and actual in one cell joined by an arrow; a Tianjin procuratorate's whole-unit report as a
PDF whose form gives weight and score in one 分值（得分） column, "15（15）"; a Henan justice bureau's legal-aid
project (.odt) on the thirteen-column provincial form (指标值设置依据 / 上年完成值 / 指标分值权重 / 指标赋分规则 / 佐证资料 /
完成率 / 指标得分) with its spending told as a 年度资金使用完成比率 and the balance in 元; a Zhejiang archives' whole-unit
report (.docx) whose indicator table opens on its 分值 and 得分 columns.
Every unit, person and figure is invented (real places, invented bodies and figures).
"""

from __future__ import annotations

from decimal import Decimal

from corpus_build import Row, xlsx_bytes
from eighteenth_facts import Made, doc, docx_bytes, table
from make_seventeenth import convert
from seventysecond_facts import SV04, SV05, SV06, SV07, SV08
from sixtyfirst_facts import WORD, cells, whole_rows
from sixtyfourth_facts import project, whole


# sv04 河南 洛阳, project, .xlsx: levels as a path, amounts as text with 万元 -----------------------------------------------
def sv04() -> Made:
    unit, dept = "洛阳市应急物资储备中心", "洛阳市应急管理局"
    proj = "2025年市级应急救灾物资储备项目"
    money = ("356.00", "380.00", "372.46")
    f, rt, es, tot = project(2025, unit, dept, proj, money, SV04)
    w = [f"{m}万元" for m in money]
    rows: list[list[object]] = [
        ["项目支出绩效自评表", "", "", "", "", "", ""],
        ["（2025年度）", "", "", "", "", "", ""],
        ["项目名称", proj, "", "", "", "", ""],
        ["主管部门", dept, "", "实施单位", unit, "", ""],
        ["资金来源", "年初预算数", "全年预算数", "全年执行数", "分值权重", "执行率", "得分"],
        ["年度资金总额", *w, 10, f"{rt}%", float(es)],
        ["其中：当年财政拨款", *w, "—", "—", "—"],
        ["指标层级", "三级指标", "指标值", "指标实际完成值", "指标分值权重", "指标得分", "偏差原因分析及改进措施"],
    ]
    for r in SV04:
        c = cells(r)
        rows.append([f"{c[0]} > {c[1]}", c[2], c[3], c[4], r[3], float(c[6]), c[7]])
    rows += [["合计", "", "", "", 100, float(tot), ""], ["自评等级", WORD[f["stated_grade"]], "", "", "", "", ""]]
    merges = [(0, 0, 0, 6), (1, 0, 1, 6), (2, 1, 2, 6), (3, 1, 3, 2), (3, 4, 3, 6)]
    return f, "xlsx", xlsx_bytes([("自评表", rows, merges)])


# sv05 天津 河西, whole unit, .docx: the year in Chinese numerals, target → actual in one cell ---------------------------
def sv05() -> Made:
    unit = "天津市河西区统计局"
    money = ("1268.40", "1342.75", "1301.62")
    f, rt, es, tot = whole(2021, unit, money, SV05, 4, staff=(32, 29))
    d = doc()
    d.add_heading(f"{unit}二〇二一年度部门整体支出绩效自评报告", level=1)
    for p in [
        "一、部门基本情况",
        f"{unit}主管全区统计工作，内设办公室、综合科、国民经济核算科、专业统计科和普查中心。核定行政编制32名，年末实有在职人员29名。",
        "二、预算执行情况",
        f"本年度年初预算{money[0]}万元，调整后全年预算{money[1]}万元，全年实际支出{money[2]}万元，预算执行率{rt}%。",
        "三、绩效指标完成情况（“指标值→完成值”栏前为年度指标值，后为实际完成值）",
    ]:
        d.add_paragraph(p)
    grid = [["一级指标", "二级指标", "三级指标", "指标值→完成值", "分值", "得分", "偏差原因分析及改进措施"]]
    for c in whole_rows(SV05, 4, rt, es):
        grid.append([c[0], c[1], c[2], f"{c[3]} → {c[4]}", c[5], c[6], c[7]])
    grid.append(["合计", "", "", "", "100", str(tot), ""])
    table(d, grid, vmerge_cols=(0, 1))
    d.add_paragraph(f"四、自评结论。经自评，本单位部门整体支出绩效得分{tot}分，等级为{WORD[f['stated_grade']]}。")
    d.add_paragraph(unit)
    d.add_paragraph("二〇二二年三月十五日")
    return f, "docx", docx_bytes(d)


# sv06 天津 南开, whole unit, .pdf: weight and score in one 分值（得分） column ------------------------------------------
def sv06() -> Made:
    unit = "天津市南开区人民检察院"
    money = ("4126.30", "4388.52", "4265.07")
    f, rt, es, tot = whole(2020, unit, money, SV06, 4, staff=(96, 90))
    d = doc()
    d.add_heading(f"{unit}2020年度部门整体支出绩效自评报告", level=1)
    for p in [
        f"一、基本情况。{unit}内设第一至第五检察部、综合业务部和检务保障部。核定政法专项编制96名，实有人员90名。",
        f"二、预算执行。2020年年初预算{money[0]}万元，全年预算{money[1]}万元，全年执行{money[2]}万元，执行率{rt}%。",
        "三、绩效指标完成情况（分值栏括号内为自评得分）。",
    ]:
        d.add_paragraph(p)
    table(d, [["年初预算数（万元）", "全年预算数（万元）", "全年执行数（万元）", "执行率"], [*money, f"{rt}%"]])
    d.add_paragraph("")
    grid = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值（得分）", "偏差原因分析及改进措施"]]
    for c in whole_rows(SV06, 4, rt, es):
        grid.append([c[0], c[1], c[2], c[3], c[4], f"{c[5]}（{c[6]}）", c[7]])
    grid.append(["总分", "", "", "", "", f"100（{tot}）", ""])
    table(d, grid, vmerge_cols=(0, 1))
    d.add_paragraph(f"四、自评结论。本院2020年度部门整体支出绩效自评得分{tot}分，自评等级为{WORD[f['stated_grade']]}。")
    return f, "pdf", docx_bytes(d)


# sv07 河南 郑州 金水, project, .odt: the thirteen-column provincial form ------------------------------------------------
def completion(r: Row) -> str:
    """The 完成率 a form prints beside the actual: actual ÷ target for a figure, 100% for a text target."""
    from corpus_build import value_fact

    t, a = value_fact(r[4], actual=True), value_fact(r[5], actual=True)
    if "value" not in t or not t["value"]:
        return "100%"
    return f"{(a['value'] / t['value'] * 100).quantize(Decimal('0.01'))}%"


def sv07() -> Made:
    unit, dept = "郑州市金水区法律援助中心", "郑州市金水区司法局"
    proj = "2021年法律援助专项经费"
    money = ("96.00", "104.00", "100.38")
    f, rt, es, tot = project(2021, unit, dept, proj, money, SV07)
    left = ((Decimal(money[1]) - Decimal(money[2])) * 10000).quantize(Decimal("1"))
    d = doc()
    d.add_heading(f"{proj}项目支出绩效自评报告", level=1)
    for p in [
        f"一、项目概况。{proj}由{dept}主管、{unit}实施，用于困难群众法律援助案件补贴、法律咨询值班和援助宣传。",
        f"二、资金使用情况。该项目年初批复预算{money[0]}万元，年中调整后资金预算{money[1]}万元，全年支出{money[2]}万元，余额{left}元，年度资金使用完成比率{rt} %。",
        "三、绩效自评表",
    ]:
        d.add_paragraph(p)
    table(d, [["项目名称", proj, "", "", "", "", ""], ["主管部门", dept, "", "实施单位", unit, "", ""],
              ["资金来源", "年初预算数", "全年预算数", "全年执行数", "分值权重", "执行率", "得分"],
              ["年度资金总额", *money, "10", f"{rt}%", str(es)], ["其中：当年财政拨款", *money, "-", "-", "-"],
              ["其他资金", "0.00", "0.00", "0.00", "-", "-", "-"]],
          merges=[(0, 1, 0, 6), (1, 1, 1, 2), (1, 4, 1, 6)])
    d.add_paragraph("")
    head = ["一级指标", "二级指标", "三级指标", "指标值", "指标值设置依据", "上年完成值", "指标分值权重", "指标赋分规则",
            "佐证资料", "指标实际完成值", "完成率", "指标得分", "偏差原因分析及改进措施"]
    last = {"办理法律援助案件": "841件", "法律咨询接待人次": "5016人次", "援助案件质量抽查合格率": "96%",
            "援助申请受理审查及时率": "100%", "困难群众维权成功率": "84%", "受援人满意度": "95.5%"}
    grid = [head]
    for r in SV07:
        c = cells(r)
        grid.append([c[0], c[1], c[2], c[3], "年度工作计划", last[c[2]], c[5], "完成目标得满分，未完成按比例扣分",
                     "台账、案卷", c[4], completion(r), c[6], c[7]])
    grid.append(["总分", "", "", "", "", "", "100", "", "", "", "", str(tot), ""])
    table(d, grid, vmerge_cols=(0, 1))
    d.add_paragraph(f"四、自评结论。本项目自评得分{tot}分，等级{WORD[f['stated_grade']]}。")
    return f, "odt", convert(docx_bytes(d), "sv07", "docx", "odt")


# sv08 浙江 宁波, whole unit, .docx: the indicator table opens on its 分值 and 得分 --------------------------------------
def sv08() -> Made:
    unit = "宁波市档案馆"
    money = ("2387.60", "2516.84", "2448.19")
    f, rt, es, tot = whole(2024, unit, money, SV08, 4, staff=(38, 36))
    d = doc()
    d.add_heading(f"{unit}2024年度部门整体支出绩效自评报告", level=1)
    for p in [
        f"（一）单位概况。{unit}为市档案局（馆）所属公益一类事业单位，核定事业编制38名，年末实有在编人员36名。",
        f"（二）预算执行。2024年年初预算{money[0]}万元，全年预算{money[1]}万元，全年执行{money[2]}万元，预算执行率{rt}%。",
        "（三）指标完成情况。",
    ]:
        d.add_paragraph(p)
    grid = [["序号", "分值", "得分", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "偏差原因分析及改进措施"]]
    for n, c in enumerate(whole_rows(SV08, 4, rt, es), 1):
        grid.append([str(n), c[5], c[6], c[0], c[1], c[2], c[3], c[4], c[7]])
    grid.append(["合计", "100", str(tot), "", "", "", "", "", ""])
    table(d, grid, vmerge_cols=(3, 4))
    d.add_paragraph(f"（四）自评结论。综合评定，{unit}2024年度部门整体支出绩效自评得分{tot}分，评价等次为{WORD[f['stated_grade']]}。")
    return f, "docx", docx_bytes(d)


REPORTS = {
    "sv04-ha-luoyang-emergency-stock-project-xlsx-level-paths": sv04,
    "sv05-tj-hexi-statistics-whole-docx-numeral-year-arrow": sv05,
    "sv06-tj-nankai-procuratorate-whole-pdf-weight-score-cell": sv06,
    "sv07-ha-jinshui-legal-aid-project-odt-thirteen-columns": sv07,
    "sv08-zj-ningbo-archives-whole-docx-scores-first": sv08,
}
