# ruff: noqa: E501
"""Reports a03 and b09 of the twenty-fourth set (.xlsx workbooks): each returns (facts, "xlsx", bytes).

Every unit, person and figure is invented. The facts record is the eighteenth set's, the money block and indicator list
the twentieth set's, the sheet fill and save the twenty-second set's, the LibreOffice conversion the seventeenth set's.
"""

from __future__ import annotations

from typing import Any

import openpyxl
from eighteenth_facts import EARNED, D, Made, Row, facts, form_rows, grade, r2
from make_seventeenth import convert
from openpyxl.worksheet.datavalidation import DataValidation
from twentieth_facts import indicators, money, scored
from twentieth_word import blank_repeats
from twentyfirst_sheets import _num
from twentyfourth_text import HEAD, project_facts
from twentysecond_sheets import _fill, _save


def _numbers(rows: list[list[str]]) -> list[list[Any]]:
    """Weights and scores as numbers (the sheet's own cells), other cells as text."""
    return [[_num(c) if k in (5, 6) and c else c for k, c in enumerate(r)] for r in rows]


# a03 河北 county project, .xlsx saved by a spreadsheet program: a 填报说明 sheet first (the rules, with example figures
# of its own), the form on the second sheet with every computed cell a **formula holding its cached value** (执行率
# =ROUND(E/D,4) shown 0.00%, 得分, 总分 =SUM, 自评等级 =IF…), and a **hidden sheet** of drop-down lists (levels, grades,
# years) behind the form's data validation ---------------------------------------------------------------------------
A03: list[Row] = [
    ("产出指标", "数量指标", "改造提升农村户厕数量", 10, "≥4200户", "4268户", "10", ""),
    ("产出指标", "数量指标", "建设村级污水处理设施", 10, "≥18处", "18处", "10", ""),
    ("产出指标", "质量指标", "改厕质量验收合格率", 10, "≥98%", "98.9%", "10", ""),
    ("产出指标", "时效指标", "项目完工时间", 10, "T:2024年11月底前", "T:2024年12月10日", "8.5", "冬季降温提前，部分村延期完工"),
    ("效益指标", "社会效益指标", "农村卫生厕所普及率", 15, "≥85%", "86.2%", "15", ""),
    ("效益指标", "生态效益指标", "农村生活污水治理率", 15, "≥40%", "37.6%", "13.5", "两处设施调试期延长"),
    ("满意度指标", "服务对象满意度指标", "改厕农户满意度", 20, "≥90%", "91.8%", "20", ""),
]


def a03() -> Made:
    ini, adj, exe = "1526.00", "1580.40", "1549.83"
    rt, es, tot = scored(exe, adj, A03)
    name, dept, impl = "农村人居环境整治提升项目", "阜平县农业农村局", "阜平县农村人居环境整治服务中心"
    wb = openpyxl.Workbook()
    guide = wb.active
    guide.title = "填报说明"
    _fill(guide, [["填报说明"], ["1.金额单位为万元，保留两位小数。"], ["2.执行率=全年执行数/全年预算数，执行率分值10分，得分=执行率×10。"],
                  ["3.绩效指标分值合计90分，与执行率分值合计为总分100分。"], ["4.示例：全年预算数100.00，全年执行数95.00，执行率95.00%，得分9.5。"],
                  ["5.自评等级：90分（含）以上为优，80（含）-90分为良，60（含）-80分为中，60分以下为差。"]])
    ws = wb.create_sheet("自评表")
    body = _numbers(blank_repeats(form_rows(A03)))
    first, last = 10, 9 + len(body)
    _fill(ws, [["项目支出绩效自评表"], ["（2024年度）"],
               ["项目名称", name, "", "", "", "", "", ""],
               ["主管部门", dept, "", "", "实施单位", impl],
               ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
               ["", "年度资金总额", float(ini), float(adj), float(exe), 10, "=ROUND(E6/D6,4)", "=ROUND(G6*F6,2)"],
               ["", "其中：当年财政拨款", float(ini), float(adj), float(exe), "—", "=ROUND(E7/D7,4)", "—"],
               ["", "上年结转资金", "", "", "", "—", "", "—"],
               HEAD, *body,
               ["总分", "", "", "", "", f"=SUM(F{first}:F{last})+F6", f"=SUM(G{first}:G{last})+H6", ""],
               ["自评等级", f'=IF(G{last + 1}>=90,"优",IF(G{last + 1}>=80,"良",IF(G{last + 1}>=60,"中","差")))']])
    for cell in ("G6", "G7"):
        ws[cell].number_format = "0.00%"
    for m in ("A1:H1", "A2:H2", "B3:H3", "B4:D4", "F4:H4", "A5:A8", f"B{last + 2}:H{last + 2}"):
        ws.merge_cells(m)
    lists = wb.create_sheet("下拉选项")
    _fill(lists, [["一级指标", "二级指标", "自评等级", "年度"], ["产出指标", "数量指标", "优", 2022], ["效益指标", "质量指标", "良", 2023],
                  ["满意度指标", "时效指标", "中", 2024], ["", "成本指标", "差", 2025], ["", "经济效益指标"], ["", "社会效益指标"],
                  ["", "生态效益指标"], ["", "可持续影响指标"], ["", "服务对象满意度指标"]])
    lists.sheet_state = "hidden"
    dv = DataValidation(type="list", formula1="=下拉选项!$C$2:$C$5")
    ws.add_data_validation(dv)
    dv.add(f"B{last + 2}")
    wb.active = 1
    made = project_facts(name, dept, impl, (ini, adj, exe), rt, es, A03, tot)
    return made, "xlsx", convert(_save(wb), "a03", "xlsx", "xlsx")


# b09 吉林 county bureau, whole unit, .xlsx of **several sheets**: 表1 基本情况 (unit, staff, bodies), 表2 收支情况 (income and
# spending), 表3 绩效自评表 with a **hidden row** (an indicator withdrawn at mid-year, weight 5), and before them a
# **hidden sheet** 初稿 holding the first draft of 表3 with other figures; planted: 支出合计 is 10.00 below its items ----
B09: list[Row] = [
    ("产出指标", "数量指标", "森林资源管护面积", 10, "≥186万亩", "186万亩", "10", ""),
    ("产出指标", "数量指标", "完成人工造林面积", 10, "≥1.5万亩", "1.56万亩", "10", ""),
    ("产出指标", "质量指标", "造林成活率", 10, "≥85%", "87.3%", "10", ""),
    ("产出指标", "时效指标", "森林防火期值守率", 10, "100%", "100%", "10", ""),
    ("效益指标", "生态效益指标", "森林覆盖率", 15, "≥73.5%", "73.6%", "15", ""),
    ("效益指标", "社会效益指标", "护林员岗位带动就业人数", 15, "≥420人", "405人", "14.5", "部分护林员年龄超限退出"),
    ("满意度指标", "服务对象满意度指标", "林区群众满意度", 20, "≥90%", "92.9%", "20", ""),
]


def b09() -> Made:
    ini, adj, exe = "5816.30", "6248.92", "6107.45"
    rt, es, tot = scored(exe, adj, B09)
    name = "汪清县林业局"
    wb = openpyxl.Workbook()
    draft = wb.active
    draft.title = "初稿"
    _fill(draft, [["部门整体支出绩效自评表（初稿）"], ["预算资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
                  ["年度资金总额", 5816.3, 6120.5, 5890.2, 10, "96.24%", 9.62], HEAD,
                  ["产出指标", "数量指标", "森林资源管护面积", "≥186万亩", "180万亩", 10, 9],
                  ["", "", "完成人工造林面积", "≥1.5万亩", "1.4万亩", 10, 8], ["总分", "", "", "", "", 100, 88.6]])
    draft.sheet_state = "hidden"
    basic = wb.create_sheet("表1 基本情况")
    _fill(basic, [["表1  部门基本情况"], ["单位名称", name, "", ""], ["主管部门", "汪清县人民政府", "", ""],
                  ["编制数（人）", 86, "实有人数（人）", 81],
                  ["内设机构", "办公室、造林绿化股、资源管理股、森林防火股（4个）", "", ""],
                  ["下属单位", "汪清县林业工作总站、汪清县国有林场（2个）", "", ""]])
    basic.merge_cells("A1:D1")
    money_sheet = wb.create_sheet("表2 收支情况")
    spend_items = (("基本支出", "2148.62"), ("项目支出", "3968.83"))
    _fill(money_sheet, [["表2  2024年度收支情况（单位：万元）"], ["收入项目", "金额", "支出项目", "金额"],
                        ["财政拨款收入", 6032.40, "基本支出", float(spend_items[0][1])],
                        ["其他收入", 216.52, "项目支出", float(spend_items[1][1])],
                        ["收入合计", "=B3+B4", "支出合计", float(exe)]])
    money_sheet.merge_cells("A1:D1")
    ws = wb.create_sheet("表3 绩效自评表")
    body = _numbers(blank_repeats(form_rows(B09)))
    withdrawn = ["", "", "林业有害生物防治面积（年中调整取消）", "≥8万亩", "—", 5, 0, "指标已调整"]
    _fill(ws, [["部门整体支出绩效自评表"], ["（2024年度）"], ["单位名称", name],
               ["预算资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
               ["年度资金总额", float(ini), float(adj), float(exe), 10, f"{rt}%", float(es)],
               HEAD, *body[:4], withdrawn, *body[4:],
               ["总分", "", "", "", "", 100, float(tot), ""], ["自评等级", grade(tot)]])
    ws.row_dimensions[11].hidden = True
    for m in ("A1:H1", "A2:H2", "B3:H3"):
        ws.merge_cells(m)
    wb.active = 1
    unit = {"name": name, "supervising_department": "汪清县人民政府", "staff_establishment": 86, "staff_total": 81,
            "internal_bodies": ["办公室", "造林绿化股", "资源管理股", "森林防火股"], "internal_bodies_count": 4,
            "subordinate_bodies": ["汪清县林业工作总站", "汪清县国有林场"], "subordinate_bodies_count": 2}
    budget = {**money(ini, adj, exe, rt), "income_total": D(adj),
              "income_items": [{"name": "财政拨款收入", "amount": D("6032.40")}, {"name": "其他收入", "amount": D("216.52")}],
              "expenditure_total": D(exe), "expenditure_items": [{"name": n, "amount": D(a)} for n, a in spend_items]}
    assert r2(D("6032.40") + D("216.52")) == D(adj) and sum(D(a) for _, a in spend_items) - 10 == D(exe)
    made = facts("整体支出", 2024, unit, budget, indicators(rt, es, B09), tot, full_mark=100,
                 planted=["EXPENDITURE_SUM_MISMATCH"], stated_grade=EARNED)
    return made, "xlsx", convert(_save(wb), "b09", "xlsx", "xlsx")


SHEETS = {
    "a03-he-fuping-sanitation-project-xlsx-formulas-hidden-lists": a03,
    "b09-jl-wangqing-forestry-whole-xlsx-sheets-hidden-draft": b09,
}
