# ruff: noqa: E501
"""Reports x01–x03, x08, x11, x12 of the twentieth set (Word, Word → PDF, a workbook): each returns (facts, ext, content).

Every unit, person and figure is invented. The builders (Word tables, the facts record) are the eighteenth set's; the
value helpers are the seventeenth set's.
"""

from __future__ import annotations

import io
from typing import Any

import openpyxl
from docx.enum.text import WD_BREAK
from eighteenth_facts import (
    EARNED,
    D,
    Made,
    Row,
    doc,
    docx_bytes,
    facts,
    form_rows,
    grade,
    indicator_fact,
    shown,
    table,
    wan_yuan,
)
from twentieth_facts import indicators, money, scored

HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]


def _paras(d: Any, texts: list[str]) -> None:
    for p in texts:
        d.add_paragraph(p)


def blank_repeats(rows: list[list[str]], cols: tuple[int, ...] = (0, 1)) -> list[list[str]]:
    """A cell equal to the one above it in the 一级 / 二级 columns is left empty (a merged cell as exported)."""
    out = []
    for i, row in enumerate(rows):
        new = list(row)
        for c in cols:
            if i and row[c] == rows[i - 1][c] and all(row[k] == rows[i - 1][k] for k in cols if k < c):
                new[c] = ""
        out.append(new)
    return out


# x01 黑龙江 water bureau, whole unit, docx: the indicator table broken in two by a page break, header repeated, the
# 产出指标 block continuing with empty 一级 cells in the second table; 收入合计 / 支出合计 prose -----------------------------
X01: list[Row] = [
    ("产出指标", "数量指标", "农村饮水工程维修养护处数", 10, "≥42处", "45处", "10", ""),
    ("产出指标", "数量指标", "河湖巡查次数", 10, "≥240次", "252次", "10", ""),
    ("产出指标", "质量指标", "农村集中供水工程水质达标率", 10, "≥95%", "96.5%", "10", ""),
    ("产出指标", "时效指标", "汛前水毁工程修复完成时间", 10, "T:5月31日前", "T:5月26日", "10", ""),
    ("产出指标", "成本指标", "单处饮水工程维修成本", 10, "≤3.5万元", "3.32万元", "10", ""),
    ("效益指标", "社会效益指标", "农村自来水普及率", 15, "≥98%", "98.6%", "15", ""),
    ("效益指标", "生态效益指标", "重点河湖水质优良比例", 15, "≥85%", "82.4%", "14.54", "两条支流上游来水水质波动"),
    ("满意度指标", "服务对象满意度指标", "农村群众用水满意度", 10, "≥90%", "94.2%", "10", ""),
]


def x01() -> Made:
    ini, adj, exe = "1864.30", "2012.58", "1975.44"
    rt, es, tot = scored(exe, adj, X01)
    name = "海伦市水务局"
    d = doc()
    d.add_heading(f"{name}2024年度部门整体支出绩效自评报告", level=1)
    _paras(d, [
        "一、部门基本情况",
        "海伦市水务局负责全市水资源管理、农村饮水安全、河湖管护和防汛抗旱等工作。局机关内设办公室、水资源股、"
        "农村水利股、河湖管理股4个股室，下属海伦市水利工程服务站、海伦市河道管理站2个事业单位。",
        "全局编制人数36人，实有人数33人。",
        "二、部门收支情况",
        f"2024年度收入合计{D(adj):,}万元，其中：财政拨款收入1,948.58万元，事业收入64.00万元。"
        f"支出合计{D(exe):,}万元，其中：基本支出806.12万元，项目支出1,169.32万元。",
        f"全年预算数{D(adj):,}万元（年初预算{D(ini):,}万元），全年执行数{D(exe):,}万元，预算执行率{rt}%。",
        "三、绩效自评情况",
        f"我局对照年初设定的部门整体绩效目标逐项自评，自评得分{tot}分，等级为{grade(tot)}。自评表如下。",
        "部门整体支出绩效自评表",
    ])
    money_rows = [["年度预算资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
             ["年度资金总额", ini, adj, exe, "10", f"{rt}%", str(es)]]
    table(d, money_rows)
    rows = blank_repeats(form_rows(X01))
    cut = 3
    table(d, [HEAD, *rows[:cut]])
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    table(d, [HEAD, *rows[cut:], ["总分", "", "", "", "", "100", str(tot), ""]], merges=[(len(rows) - cut + 1, 0, len(rows) - cut + 1, 4)])
    _paras(d, ["四、存在的问题及改进措施", "部分支流水质受上游来水影响波动，下一步将加强跨界河流联防联控。",
               "海伦市水务局", "2025年4月15日"])
    unit = {"name": name, "staff_total": 33, "staff_establishment": 36,
            "internal_bodies": ["办公室", "水资源股", "农村水利股", "河湖管理股"], "internal_bodies_count": 4,
            "subordinate_bodies": ["海伦市水利工程服务站", "海伦市河道管理站"], "subordinate_bodies_count": 2}
    budget = money(ini, adj, exe, rt) | {
              "income_total": D(adj),
              "income_items": [{"name": "财政拨款收入", "amount": D("1948.58")}, {"name": "事业收入", "amount": D("64.00")}],
              "expenditure_total": D(exe),
              "expenditure_items": [{"name": "基本支出", "amount": D("806.12")}, {"name": "项目支出", "amount": D("1169.32")}]}
    inds = indicators(rt, es, X01)
    return facts("整体支出", 2024, unit, budget, inds, tot, full_mark=100, stated_grade=EARNED), "docx", docx_bytes(d)


# x02 青海 hospital, whole unit, Word → PDF: 得分 before 满分 in the indicator table, staff in a basic-information table ---
X02: list[Row] = [
    ("产出指标", "数量指标", "年门急诊人次", 10, "≥18万人次", "18.9万人次", "10", ""),
    ("产出指标", "数量指标", "年出院人次", 10, "≥9000人次", "8730人次", "9.7", "院区改造期间部分病区停用"),
    ("产出指标", "质量指标", "院内感染发生率", 10, "≤3%", "1.8%", "10", ""),
    ("产出指标", "时效指标", "急诊患者平均等候时间", 10, "≤15分钟", "12分钟", "10", ""),
    ("产出指标", "成本指标", "门诊次均费用增幅", 10, "≤5%", "3.2%", "10", ""),
    ("效益指标", "社会效益指标", "县域内就诊率", 15, "≥90%", "91.3%", "15", ""),
    ("效益指标", "可持续影响指标", "医联体成员单位帮扶覆盖率", 15, "100%", "100%", "15", ""),
    ("满意度指标", "服务对象满意度指标", "住院患者满意度", 10, "≥92%", "95.1%", "10", ""),
]


def x02() -> Made:
    ini, adj, exe = "6420.00", "7188.46", "7011.93"
    rt, es, tot = scored(exe, adj, X02)
    name = "湟中区第二人民医院"
    d = doc()
    d.add_heading(f"{name}2024年度整体支出绩效自评报告", level=1)
    d.add_paragraph("一、单位基本情况")
    table(d, [["单位名称", name, "主管部门", "西宁市湟中区卫生健康局"],
              ["人员编制", "186", "实有人数", "172"],
              ["编制床位", "260张", "实际开放床位", "248张"]])
    _paras(d, [
        "医院是一所集医疗、急救、预防保健于一体的二级甲等综合医院，承担辖区基本医疗和公共卫生服务任务。",
        "二、预算执行情况",
        f"2024年年初预算{ini}万元，全年预算{adj}万元，全年执行{exe}万元，预算执行率{rt}%。",
        "三、绩效指标完成情况",
    ])
    table(d, [["年度预算资金（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率", "得分", "满分"],
              ["年度资金总额", ini, adj, exe, f"{rt}%", str(es), "10"]])
    d.add_paragraph("")
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "得分", "满分", "偏差原因分析及改进措施"]
    body = [[r[0], r[1], r[2], shown(r[4]), shown(r[5]), r[6], str(r[3]), r[7]] for r in X02]
    table(d, [head, *body, ["合计", "", "", "", "", str(tot), "100", ""]], vmerge_cols=(0,),
          merges=[(len(body) + 1, 0, len(body) + 1, 4)])
    _paras(d, ["四、自评结论", f"经自评，医院2024年度整体支出绩效得分{tot}分，自评等级为“{grade(tot)}”。",
               "五、存在问题和改进措施", "院区改造期间出院人次未达目标，下一步将合理安排改造工期，保障病区正常运行。"])
    unit = {"name": name, "supervising_department": "西宁市湟中区卫生健康局", "staff_total": 172, "staff_establishment": 186}
    budget = money(ini, adj, exe, rt)
    inds = indicators(rt, es, X02)
    return facts("整体支出", 2024, unit, budget, inds, tot, full_mark=100, stated_grade=EARNED), "pdf", docx_bytes(d)


# x03 内蒙古 education bureau, project, xlsx: a cover sheet first, the 自评表 on the second sheet in 元 -------------------
X03: list[Row] = [
    ("产出指标", "数量指标", "资助家庭经济困难幼儿人数", 15, "≥1200人", "1264人", "15", ""),
    ("产出指标", "质量指标", "资助对象认定准确率", 15, "100%", "100%", "15", ""),
    ("产出指标", "时效指标", "资助资金发放时间", 10, "T:12月31日前", "T:12月18日", "10", ""),
    ("产出指标", "成本指标", "生均资助标准", 10, "=1000元/生·年", "1000元/生·年", "10", ""),
    ("效益指标", "社会效益指标", "学前三年毛入园率", 20, "≥92%", "90.6%", "19.7", "牧区幼儿居住分散，入园率略低"),
    ("满意度指标", "服务对象满意度指标", "受助家庭满意度", 20, "≥90%", "96%", "20", ""),
]


def x03() -> Made:
    ini, adj, exe = "1200000.00", "1264000.00", "1264000.00"
    rt, es, tot = scored(exe, adj, X03)
    wb = openpyxl.Workbook()
    cover = wb.active
    cover.title = "封面"
    for i, text in enumerate(["准格尔旗2024年度项目支出绩效自评报告", "", "项目名称：学前教育幼儿资助项目",
                              "主管部门：准格尔旗教育体育局", "实施单位：准格尔旗学生资助管理中心",
                              "评价方式：单位自评", "报告日期：2025年3月20日"], 1):
        cover.cell(i + 1, 2, text or None)
    cover.merge_cells("B2:H2")
    ws = wb.create_sheet("自评表")
    rows: list[list[Any]] = [
        ["项目支出绩效自评表"], ["（2024年度）", None, None, None, None, None, None, "金额单位：元"],
        ["项目名称", "学前教育幼儿资助项目"],
        ["主管部门", "准格尔旗教育体育局", None, None, "实施单位", "准格尔旗学生资助管理中心"],
        ["项目资金", None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        [None, "年度资金总额", float(ini), float(adj), float(exe), 10, float(rt) / 100, float(es)],
        [None, "其中：当年财政拨款", float(ini), float(adj), float(exe), None, None, None],
        [None, "上年结转资金", None, None, None, None, None, None],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    ]
    start = len(rows) + 1
    for r in X03:
        rows.append([None, r[0], r[1], r[2], shown(r[4]), shown(r[5]), r[3], float(r[6]) if "." in r[6] else int(r[6]), r[7] or None])
    end = len(rows)
    rows += [["总分", None, None, None, None, None, 100, float(tot)], ["自评等级", grade(tot)]]
    for i, row in enumerate(rows, 1):
        for j, v in enumerate(row, 1):
            if v is not None:
                cell = ws.cell(i, j, v)
                if isinstance(v, str) and v.startswith("="):
                    cell.data_type = "s"  # typed text ("=1000元"), not a formula
    for m in ["A1:I1", "B3:I3", "B4:D4", "F4:I4", "A5:B5", "A6:A8", f"A{start}:A{end}", f"B{start}:B{start + 3}",
              f"A{end + 1}:F{end + 1}"]:
        ws.merge_cells(m)
    ws[f"A{start}"] = "绩效指标"
    ws["G6"].number_format = "0.00%"
    for ref in ("C6", "D6", "E6", "C7", "D7", "E7"):
        ws[ref].number_format = "#,##0.00"
    buf = io.BytesIO()
    wb.save(buf)
    unit = {"supervising_department": "准格尔旗教育体育局"}
    project = {"name": "学前教育幼儿资助项目", "implementing_unit": "准格尔旗学生资助管理中心"}
    budget = {"initial": wan_yuan(ini), "adjusted": wan_yuan(adj), "executed": wan_yuan(exe), "stated_execution_rate": rt,
              "fund_rows": [{"name": "当年财政拨款", "initial": wan_yuan(ini), "adjusted": wan_yuan(adj), "executed": wan_yuan(exe)}]}
    inds = indicators(rt, es, X03)
    return facts("项目支出", 2024, unit, budget, inds, tot, project, full_mark=100, stated_grade=EARNED), "xlsx", buf.getvalue()


# x08 湖南 agriculture bureau, docx: two projects' forms in one file (the reader's rule: the first form, with a warning) --
X08A: list[Row] = [
    ("产出指标", "数量指标", "耕地地力保护补贴发放面积", 20, "≥86万亩", "86.4万亩", "20", ""),
    ("产出指标", "质量指标", "补贴资金发放准确率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "补贴资金兑付时间", 10, "T:6月30日前", "T:6月21日", "10", ""),
    ("效益指标", "经济效益指标", "亩均补贴标准", 20, "≥105元", "105.6元", "20", ""),
    ("效益指标", "可持续影响指标", "耕地撂荒面积减少", 20, "T:逐年减少", "T:较上年减少", "20", ""),
    ("满意度指标", "服务对象满意度指标", "种粮农户满意度", 10, "≥90%", "93%", "10", ""),
]
X08B: list[Row] = [
    ("产出指标", "数量指标", "动物疫病强制免疫数量", 30, "≥120万头只", "126万头只", "30", ""),
    ("产出指标", "质量指标", "免疫抗体合格率", 20, "≥70%", "82%", "20", ""),
    ("效益指标", "社会效益指标", "重大动物疫情发生次数", 20, "0次", "0次", "20", ""),
    ("满意度指标", "服务对象满意度指标", "养殖户满意度", 20, "≥90%", "92%", "20", ""),
]


def _project_form(d: Any, title: str, name: str, dept: str, impl: str, money: tuple[str, str, str], rows: list[Row]) -> None:
    ini, adj, exe = money
    rt, es, tot = scored(exe, adj, rows)
    d.add_paragraph(title)
    n = len(rows)
    grid = [["项目支出绩效自评表（2024年度）"] + [""] * 7,
            ["项目名称", name, "", "", "", "", "", ""],
            ["主管部门", dept, "", "", "实施单位", impl, "", ""],
            ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["", "年度资金总额", ini, adj, exe, "10", f"{rt}%", str(es)],
            HEAD, *form_rows(rows), ["总分", "", "", "", "", "100", str(tot), ""], ["自评等级", grade(tot), "", "", "", "", "", ""]]
    table(d, grid, merges=[(0, 0, 0, 7), (1, 1, 1, 7), (2, 1, 2, 3), (2, 5, 2, 7), (3, 0, 4, 0), (n + 6, 0, n + 6, 4), (n + 7, 1, n + 7, 7)],
          vmerge_cols=(0, 1))


def x08() -> Made:
    moneys = (("2580.00", "2621.40", "2621.40"), ("186.00", "198.50", "187.66"))
    d = doc()
    d.add_heading("隆回县农业农村局2024年度项目支出绩效自评情况", level=1)
    _paras(d, ["根据县财政局关于开展2024年度预算绩效自评工作的要求，我局对耕地地力保护补贴项目和动物疫病防控项目开展了绩效自评，"
               "两个项目自评表附后。", ""])
    _project_form(d, "附表1", "耕地地力保护补贴项目", "隆回县农业农村局", "隆回县农业农村局", moneys[0], X08A)
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    _project_form(d, "附表2", "动物疫病防控项目", "隆回县农业农村局", "隆回县畜牧水产事务中心", moneys[1], X08B)
    ini, adj, exe = moneys[0]
    rt, es, tot = scored(exe, adj, X08A)
    unit = {"supervising_department": "隆回县农业农村局"}
    project = {"name": "耕地地力保护补贴项目", "implementing_unit": "隆回县农业农村局"}
    budget = money(ini, adj, exe, rt)
    inds = indicators(rt, es, X08A)
    return facts("项目支出", 2024, unit, budget, inds, tot, project, full_mark=100, stated_grade=EARNED), "docx", docx_bytes(d)


# x11 贵州 tea centre, project, docx: a 完成率 column between 实际完成值 and 分值; 指标值（A）/ 实际值（B）heads --------------
X11: list[tuple[Row, str]] = [
    (("产出指标", "数量指标", "新建标准化茶园面积", 15, "≥1.2万亩", "1.25万亩", "15", ""), "104.17%"),
    (("产出指标", "数量指标", "培训茶农人次", 10, "≥3000人次", "3150人次", "10", ""), "105.00%"),
    (("产出指标", "质量指标", "茶园绿色防控覆盖率", 10, "≥90%", "92%", "10", ""), "102.22%"),
    (("产出指标", "时效指标", "茶苗栽植完成时间", 10, "T:3月底前", "T:3月25日", "10", ""), "100%"),
    (("产出指标", "成本指标", "亩均建园补助", 5, "≤1500元", "1480元", "5", ""), "100%"),
    (("效益指标", "经济效益指标", "茶农人均增收", 15, "≥800元", "720元", "13.5", "春茶期间倒春寒减产"), "90.00%"),
    (("效益指标", "可持续影响指标", "茶叶品牌影响力", 15, "T:持续提升", "T:持续提升", "15", ""), "100%"),
    (("满意度指标", "服务对象满意度指标", "茶农满意度", 10, "≥90%", "95%", "10", ""), "105.56%"),
]


def x11() -> Made:
    ini, adj, exe = "1800.00", "1800.00", "1736.25"
    rows = [r for r, _ in X11]
    rt, es, tot = scored(exe, adj, rows)
    d = doc()
    d.add_heading("湄潭县茶产业发展中心2024年茶产业提质增效项目绩效自评报告", level=1)
    _paras(d, [
        "一、项目概况",
        "项目名称：2024年茶产业提质增效项目。主管部门：湄潭县农业农村局。实施单位：湄潭县茶产业发展中心。",
        f"项目年初预算{ini}万元，全年预算{adj}万元，截至12月31日实际支出{exe}万元，预算执行率{rt}%。",
        "二、绩效指标完成情况",
    ])
    head = ["一级指标", "二级指标", "三级指标", "指标值（A）", "实际值（B）", "完成率（B/A）", "分值", "得分", "偏差原因"]
    body = [[r[0], r[1], r[2], shown(r[4]), shown(r[5]), c, str(r[3]), r[6], r[7]] for r, c in X11]
    table(d, [["年度资金总额（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分", "", ""],
              ["", ini, adj, exe, f"{rt}%", "10", str(es), "", ""],
              head, *body, ["合计", "", "", "", "", "", "100", str(tot), ""]],
          merges=[(0, 0, 1, 0), (0, 7, 1, 8), (len(body) + 3, 0, len(body) + 3, 5)], vmerge_cols=(0, 1))
    _paras(d, ["三、自评结论", f"项目自评得分{tot}分，等级{grade(tot)}。",
               "四、存在问题", "春茶期间遭遇倒春寒，茶农增收未达预期。下一步将推广防冻技术，完善茶叶保险。"])
    unit = {"supervising_department": "湄潭县农业农村局"}
    project = {"name": "2024年茶产业提质增效项目", "implementing_unit": "湄潭县茶产业发展中心"}
    budget = money(ini, adj, exe, rt)
    inds = indicators(rt, es, rows)
    return facts("项目支出", 2024, unit, budget, inds, tot, project, full_mark=100, stated_grade=EARNED), "docx", docx_bytes(d)


# x12 江苏 street office, whole unit, Word → PDF: a 序号 column, 一级 merged, grade written 优秀, staff parts in prose -------
X12: list[Row] = [
    ("产出指标", "数量指标", "老旧小区改造户数", 10, "≥860户", "872户", "10", ""),
    ("产出指标", "数量指标", "新增公共停车泊位", 10, "≥300个", "318个", "10", ""),
    ("产出指标", "质量指标", "安全生产隐患整改率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "民生实事项目完成时限", 10, "T:年底前", "T:按期完成", "10", ""),
    ("产出指标", "成本指标", "“三公”经费支出控制", 10, "≤18万元", "15.6万元", "10", ""),
    ("效益指标", "社会效益指标", "辖区刑事案件发案率下降", 15, "≥5%", "6.8%", "15", ""),
    ("效益指标", "生态效益指标", "生活垃圾分类覆盖率", 15, "≥95%", "97%", "15", ""),
    ("满意度指标", "服务对象满意度指标", "居民满意度", 10, "≥90%", "88.5%", "9.83", "改造施工对居民出行有影响"),
]


def x12() -> Made:
    ini, adj, exe = "3520.60", "3966.18", "3842.75"
    rt, es, tot = scored(exe, adj, X12)
    name = "邳州市东湖街道办事处"
    d = doc()
    d.add_heading(f"{name}2024年度部门整体支出绩效自评报告", level=1)
    _paras(d, [
        "一、基本情况",
        "东湖街道办事处下辖12个社区，内设党政办公室、经济发展办公室、社会事业办公室、城市管理办公室、综合执法办公室5个机构。",
        "街道核定编制64名，年末实有人员61人，其中公务员38人、事业人员23人。",
        f"2024年度部门年初预算{ini}万元，调整后预算{adj}万元，全年执行{exe}万元，执行率{rt}%。",
        "二、部门整体支出绩效自评表",
    ])
    table(d, [["预算资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
              ["年度资金总额", ini, adj, exe, "10", f"{rt}%", str(es)]])
    d.add_paragraph("")
    head = ["序号", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    body = [[str(i), *row] for i, row in enumerate(form_rows(X12), 1)]
    table(d, [head, *body, ["合计", "", "", "", "", "", "100", str(tot), ""]], vmerge_cols=(1, 2),
          merges=[(len(body) + 1, 0, len(body) + 1, 5)])
    _paras(d, ["三、自评结论", f"经综合评定，街道2024年度部门整体支出绩效自评得分{tot}分，评价等级为优秀。",
               "四、下一步工作", "进一步优化施工组织，减少改造工程对居民生活的影响。"])
    unit = {"name": name, "staff_total": 61, "staff_establishment": 64,
            "staff_parts": [{"name": "公务员", "count": 38}, {"name": "事业人员", "count": 23}],
            "internal_bodies": ["党政办公室", "经济发展办公室", "社会事业办公室", "城市管理办公室", "综合执法办公室"],
            "internal_bodies_count": 5}
    budget = money(ini, adj, exe, rt)
    inds = indicators(rt, es, [])
    inds += [{**indicator_fact(r), "number": i} for i, r in enumerate(X12, 1)]
    return facts("整体支出", 2024, unit, budget, inds, tot, full_mark=100, stated_grade=EARNED), "pdf", docx_bytes(d)


WORD = {
    "x01-hl-hailun-water-whole-docx-page-split": x01,
    "x02-qh-huangzhong-hospital-whole-pdf-score-first": x02,
    "x03-nm-zhunge-education-project-xlsx-cover-sheet": x03,
    "x08-hn-longhui-agri-project-docx-two-forms": x08,
    "x11-gz-meitan-tea-project-docx-rate-column": x11,
    "x12-js-pizhou-street-whole-pdf-serial": x12,
}
