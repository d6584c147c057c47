# ruff: noqa: E501
"""Reports ny01–ny08 of the forty-ninth set, each returning (facts, ext, content): eight reports a county finance bureau
received in 2025 from units no earlier set wrote for, in the formats the sets use least — a county people's hospital's
equipment purchase with its 资金来源 split into 中央 / 省级 / 县级 / 单位自筹 columns (a WPS .et sheet), a town's
whole-unit form on a template with 年度主要任务 rows before the indicators (a WPS .wps document), a central transfer's
区域绩效自评表 with 中央补助 / 地方资金 as columns and 预期目标 | 实际完成情况 side by side (.ods), a 2021-template form
whose 成本指标 block holds 经济成本 / 社会成本 / 生态环境成本 (.doc), an indicator table with a two-row header (指标值
over 年度指标值 / 实际完成值, 评分 over 分值 / 得分) in a .docx, a form headed 权重 / 自评分 in an .rtf, a primary
school's report with 生均 figures and money in 元 (.mht), and a report whose prose and form disagree on the amount spent
(planted) in a PDF with its table ruled.
Every unit, person and figure is invented (real provinces and counties, invented bodies, projects and figures).

Builders and value helpers are the earlier sets' (imported, not copied).
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from typing import Any

from corpus_build import exec_fact, indicator_fact
from eighteenth_facts import EARNED, D, Made, doc, docx_bytes, facts, grade, rate, shown, table, wan_yuan, yuan
from fortyeighth_reports import HEAD, Row, budget, cells, money_rows, scored
from fortyfourth_reports import _project
from make_seventeenth import convert
from twentyfirst_sheets import _book


def _sheet_bytes(rows: list[list[Any]], merges: list[str]) -> bytes:
    return _book([[v if v != "" else None for v in row] for row in rows], merges)


def _total_row(total: Any) -> list[str]:
    return ["总分", "", "", "", "", "100", str(total), grade(total)]


# ny01 四川 county people's hospital, project (设备购置), WPS .et (a BIFF sheet as WPS saves it): the money block's one
# 年度资金总额 row, then a 资金来源 block with the sources as columns — 中央 / 省级 / 县级 / 单位自筹 / 合计 — and a row each
# for 全年预算数 and 全年执行数 ------------------------------------------------------------------------------------------
NY01_SOURCES = [("中央", "150.00", "148.60"), ("省级", "80.00", "80.00"), ("县级", "56.00", "52.40"), ("单位自筹", "40.00", "36.00")]
NY01: list[Row] = [
    ("产出指标", "数量指标", "购置医疗设备台（套）数", D(10), "≥18台（套）", "18台（套）", "10", ""),
    ("产出指标", "数量指标", "新增64排CT设备", D(8), "1台", "1台", "8", ""),
    ("产出指标", "质量指标", "设备验收合格率", D(10), "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "设备安装调试完成时间", D(7), "T:2024年9月30日前", "T:2024年11月8日", "5", "进口部件清关延迟，安装推迟约5周"),
    ("产出指标", "成本指标", "设备采购价格控制率", D(5), "≤100%", "97.2%", "5", ""),
    ("效益指标", "社会效益指标", "大型设备检查预约等待天数", D(10), "≤3天", "2天", "10", ""),
    ("效益指标", "社会效益指标", "县域内就诊率", D(10), "≥90%", "88.6%", "9.2", "部分肿瘤患者仍转诊上级医院"),
    ("效益指标", "可持续影响指标", "设备完好率", D(10), "≥95%", "98%", "10", ""),
    ("满意度指标", "服务对象满意度指标", "就诊患者满意度", D(10), "≥90%", "94.3%", "10", ""),
    ("满意度指标", "服务对象满意度指标", "医务人员满意度", D(10), "≥85%", "91%", "10", ""),
]


def ny01() -> Made:
    ini = "300.00"
    adj = f"{sum(D(s[1]) for s in NY01_SOURCES):.2f}"
    exe = f"{sum(D(s[2]) for s in NY01_SOURCES):.2f}"
    rt, es, total = scored(NY01, exe, adj)
    dept, impl, name = "安岳县卫生健康局", "安岳县人民医院", "2024年医疗设备购置项目"
    rows: list[list[Any]] = [
        ["项目支出绩效自评表"], ["（2024年度）"], ["项目名称", "", name], ["主管部门", "", dept, "", "实施单位", "", impl],
        ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["", "年度资金总额", ini, adj, exe, "10", f"{rt}%", str(es)],
        ["资金来源（万元）", "", *[s[0] for s in NY01_SOURCES], "合计"],
        ["", "全年预算数", *[s[1] for s in NY01_SOURCES], adj],
        ["", "全年执行数", *[s[2] for s in NY01_SOURCES], exe],
        HEAD, *[cells(r) for r in NY01], _total_row(total)]
    n = len(rows)
    body = _sheet_bytes(rows, ["A1:H1", "A2:H2", "C3:H3", "A5:A6", "A7:A9", f"A{n}:E{n}"])
    unit, project = _project(dept, name, impl)
    b = budget(ini, adj, exe, rt) | {"fund_rows": [{"name": s[0], "adjusted": D(s[1]), "executed": D(s[2])}
                                                     for s in NY01_SOURCES]}
    inds = [exec_fact(10, rt, es)] + [indicator_fact(r) for r in NY01]
    return (facts("项目支出", 2024, unit, b, inds, total, project, full_mark=100, stated_grade=EARNED), "et",
            convert(body, "ny01", "xlsx", "xls"))


# ny02 江西 town, whole unit, WPS .wps (a Word 97 binary as WPS saves it): the county's template puts 年度主要任务 rows
# (任务名称 | 主要内容 | 预算数 | 执行数) between the money block and the indicators; the tasks' money is not the budget -------
NY02_TASKS = [("基层治理", "村（社区）干部报酬及运转经费保障", "286.40", "286.40"),
              ("人居环境整治", "农村生活垃圾收运、改厕后续管护", "132.00", "127.85"),
              ("防汛救灾", "汛期巡查、应急物资储备", "48.50", "46.20")]
NY02: list[Row] = [
    ("产出指标", "数量指标", "完成农村改厕后续管护户数", D(10), "≥1200户", "1265户", "10", ""),
    ("产出指标", "数量指标", "开展防汛应急演练次数", D(5), "≥2次", "3次", "5", ""),
    ("产出指标", "质量指标", "村级财务公开率", D(10), "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "民生资金拨付及时率", D(10), "100%", "100%", "10", ""),
    ("效益指标", "社会效益指标", "生活垃圾无害化处理率", D(15), "≥90%", "92.5%", "15", ""),
    ("效益指标", "社会效益指标", "信访案件办结率", D(10), "≥95%", "93.8%", "9", "2件跨年信访事项尚在办理"),
    ("效益指标", "可持续影响指标", "长效管护机制建立情况", D(10), "T:建立", "T:已建立", "10", ""),
    ("满意度指标", "服务对象满意度指标", "辖区群众满意度", D(10), "≥90%", "93%", "10", ""),
    ("满意度指标", "服务对象满意度指标", "村（社区）干部满意度", D(10), "≥85%", "90%", "10", ""),
]


def ny02() -> Made:
    ini, adj, exe = "1286.00", "1354.60", "1318.92"
    rt, es, total = scored(NY02, exe, adj)
    unit = "铅山县鹅湖镇人民政府"
    d = doc()
    d.add_heading("部门（单位）整体支出绩效自评表", level=1)
    d.add_paragraph("（2024年度）")
    rows = [["单位名称", unit, "", "", "", "", "", ""],
            ["年度预算（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["", "年度资金总额", ini, adj, exe, "10", f"{rt}%", str(es)],
            ["年度主要任务", "任务名称", "", "主要内容", "", "", "预算数（万元）", "执行数（万元）"],
            *[["", t[0], "", t[1], "", "", t[2], t[3]] for t in NY02_TASKS],
            HEAD, *[cells(r) for r in NY02], _total_row(total)]
    n, k = len(rows), 3 + len(NY02_TASKS)
    merges = [(0, 1, 0, 7), (1, 0, 2, 0), (3, 0, k, 0), *[(i, 1, i, 2) for i in range(3, k + 1)],
              *[(i, 3, i, 5) for i in range(3, k + 1)], (n - 1, 0, n - 1, 4)]
    table(d, rows, merges=merges)
    d.add_paragraph("填报单位（盖章）：铅山县鹅湖镇人民政府　　填报人：邹婧　　联系电话：0793-5xxxxx1　　填报日期：2025年3月14日")
    inds = [exec_fact(10, rt, es)] + [indicator_fact(r) for r in NY02]
    return (facts("整体支出", 2024, {"name": unit}, budget(ini, adj, exe, rt), inds, total, full_mark=100, stated_grade=EARNED),
            "wps", convert(docx_bytes(d), "ny02", "docx", "doc"))


# ny03 甘肃 county, a central transfer's 区域绩效自评表, .ods: money by columns — 年度资金总额 / 中央补助 / 地方资金 — over
# rows 全年预算数 / 全年执行数 / 执行率; the goals as 预期目标 | 实际完成情况 side by side; 分值 / 得分 added by the province --
NY03_FUNDS = [("中央补助", "420.00", "412.30"), ("地方资金", "60.00", "55.70")]
NY03: list[Row] = [
    ("产出指标", "数量指标", "高标准农田建设面积", D(20), "≥0.6万亩", "0.62万亩", "20", ""),
    ("产出指标", "质量指标", "工程验收合格率", D(15), "100%", "100%", "15", ""),
    ("产出指标", "时效指标", "项目完工及时率", D(10), "≥90%", "85%", "8", "两个标段受秋季降雨影响延期完工"),
    ("效益指标", "经济效益指标", "亩均粮食产能提高", D(15), "≥50公斤", "56公斤", "15", ""),
    ("效益指标", "可持续影响指标", "工程设施管护责任落实率", D(15), "100%", "100%", "15", ""),
    ("满意度指标", "服务对象满意度指标", "受益农户满意度", D(15), "≥90%", "91.6%", "15", ""),
]


def ny03() -> Made:
    adj = f"{sum(D(f[1]) for f in NY03_FUNDS):.2f}"
    exe = f"{sum(D(f[2]) for f in NY03_FUNDS):.2f}"
    rt, es, total = scored(NY03, exe, adj)
    name, dept, impl = "2024年中央财政农田建设补助资金", "通渭县农业农村局", "通渭县农业农村局"
    goal = "新建高标准农田0.6万亩，配套灌溉与田间道路工程，提升粮食综合生产能力。"
    done = "建成高标准农田0.62万亩，新修田间道路18公里，亩均粮食产能提高56公斤。"
    rows: list[list[Any]] = [
        ["中央对地方转移支付区域绩效自评表"], ["（2024年度）"],
        ["转移支付（项目）名称", "", name], ["中央主管部门", "", "农业农村部", "", "地方主管部门", "", dept],
        ["资金使用单位", "", impl],
        ["资金投入情况（万元）", "", "年度资金总额", *[f[0] for f in NY03_FUNDS], "分值", "得分"],
        ["", "全年预算数（A）", adj, *[f[1] for f in NY03_FUNDS], "10", str(es)],
        ["", "全年执行数（B）", exe, *[f[2] for f in NY03_FUNDS]],
        ["", "执行率（B/A）", f"{rt}%", *[f"{rate(f[2], f[1])}%" for f in NY03_FUNDS]],
        ["年度总体目标", "预期目标", "", "", "实际完成情况"],
        ["", goal, "", "", done],
        ["一级指标", "二级指标", "三级指标", "预期指标值", "实际完成值", "分值", "得分", "未完成原因分析"],
        *[cells(r) for r in NY03], _total_row(total)]
    n = len(rows)
    body = _sheet_bytes(rows, ["A1:H1", "A2:H2", "C3:H3", "C5:H5", "A6:A9", "A10:A11", "B10:D10", "E10:H10",
                               "B11:D11", "E11:H11", f"A{n}:E{n}"])
    unit, project = _project(dept, name, impl, goal, done)
    b = {"adjusted": D(adj), "executed": D(exe), "stated_execution_rate": rt,
         "fund_rows": [{"name": f[0], "adjusted": D(f[1]), "executed": D(f[2])} for f in NY03_FUNDS]}
    inds = [exec_fact(10, rt, es)] + [indicator_fact(r) for r in NY03]
    return (facts("项目支出", 2024, unit, b, inds, total, project, full_mark=100, stated_grade=EARNED), "ods",
            convert(body, "ny03", "xlsx", "ods"))


# ny04 山东 county supply-and-marketing cooperative union, project, Word 97 .doc: the 2021 template's 成本指标 as a first-level
# block with 经济成本指标 / 社会成本指标 / 生态环境成本指标 under it, between 产出 and 效益 --------------------------------
NY04: list[Row] = [
    ("产出指标", "数量指标", "新建村级综合服务社数量", D(10), "≥12个", "12个", "10", ""),
    ("产出指标", "数量指标", "农资配送覆盖行政村数", D(10), "≥150个", "158个", "10", ""),
    ("产出指标", "质量指标", "服务社建设达标率", D(10), "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "建设任务完成时限", D(5), "T:2024年11月底前", "T:2024年11月25日", "5", ""),
    ("成本指标", "经济成本指标", "单个服务社建设补助标准", D(5), "≤8万元", "7.8万元", "5", ""),
    ("成本指标", "社会成本指标", "因施工引发群众投诉次数", D(5), "0次", "1次", "4", "一处施工噪声投诉，已调整作业时间"),
    ("成本指标", "生态环境成本指标", "废旧农膜回收率", D(5), "≥85%", "88%", "5", ""),
    ("效益指标", "经济效益指标", "带动农户增收", D(10), "≥300元/户", "326元/户", "10", ""),
    ("效益指标", "社会效益指标", "农资价格监测点覆盖率", D(10), "≥90%", "95%", "10", ""),
    ("效益指标", "可持续影响指标", "服务社持续运营率", D(10), "≥90%", "100%", "10", ""),
    ("满意度指标", "服务对象满意度指标", "社员群众满意度", D(10), "≥90%", "92.4%", "10", ""),
]


def ny04() -> Made:
    ini, adj, exe = "120.00", "120.00", "117.36"
    rt, es, total = scored(NY04, exe, adj)
    dept, impl, name = "莒县供销合作社联合社", "莒县供销合作社联合社", "2024年为农服务中心建设项目"
    d = doc()
    d.add_heading("项目支出绩效自评表", level=1)
    d.add_paragraph("（2024年度）　　　　　　　　（2021年修订版）")
    rows = [["项目名称", name, "", "", "", "", "", ""], ["主管部门", dept, "", "", "实施单位", impl, "", ""],
            *money_rows(ini, adj, exe, rt, es), HEAD, *[cells(r) for r in NY04], _total_row(total)]
    n = len(rows)
    table(d, rows, merges=[(0, 1, 0, 7), (1, 1, 1, 3), (1, 5, 1, 7), (2, 0, 4, 0), (n - 1, 0, n - 1, 4)],
          vmerge_cols=(0, 1))
    unit, project = _project(dept, name, impl)
    b = budget(ini, adj, exe, rt) | {"fund_rows": [{"name": "当年财政拨款", "initial": D(ini), "adjusted": D(adj),
                                                     "executed": D(exe)}]}
    inds = [exec_fact(10, rt, es)] + [indicator_fact(r) for r in NY04]
    return (facts("项目支出", 2024, unit, b, inds, total, project, full_mark=100, stated_grade=EARNED), "doc",
            convert(convert(docx_bytes(d), "ny04", "docx", "odt"), "ny04", "odt", "doc"))  # docx straight to doc lost the table


# ny05 河北 county media centre, project, .docx: the indicator table's two-row header — 指标值 merged over 年度指标值 /
# 实际完成值, 评分 merged over 分值 / 得分; 一级 / 二级 / 三级 / 偏差 each merged down both rows ----------------------------
NY05: list[Row] = [
    ("产出指标", "数量指标", "全年播发新闻稿件条数", D(15), "≥3600条", "3820条", "15", ""),
    ("产出指标", "数量指标", "应急广播终端维护数", D(10), "≥420个", "420个", "10", ""),
    ("产出指标", "质量指标", "播出安全事故次数", D(10), "0次", "0次", "10", ""),
    ("产出指标", "时效指标", "突发事件信息发布时限", D(10), "≤2小时", "1.5小时", "10", ""),
    ("效益指标", "社会效益指标", "新媒体平台粉丝数", D(15), "≥18万人", "16.7万人", "13.9", "短视频平台账号迁移，部分粉丝流失"),
    ("效益指标", "可持续影响指标", "融媒体采编人员培训人次", D(10), "≥60人次", "64人次", "10", ""),
    ("满意度指标", "服务对象满意度指标", "受众满意度", D(20), "≥90%", "92%", "20", ""),
]


def ny05() -> Made:
    ini, adj, exe = "210.00", "236.50", "229.84"
    rt, es, total = scored(NY05, exe, adj)
    dept, impl, name = "中共涉县县委宣传部", "涉县融媒体中心", "2024年融媒体中心运行维护项目"
    d = doc()
    d.add_paragraph("附件2")
    d.add_heading(f"{name}绩效自评表", level=1)
    d.add_paragraph("（2024年度）")
    top = [["项目名称", name, "", "", "", "", "", ""], ["主管部门", dept, "", "", "实施单位", impl, "", ""],
           *money_rows(ini, adj, exe, rt, es)]
    table(d, top, merges=[(0, 1, 0, 7), (1, 1, 1, 3), (1, 5, 1, 7), (2, 0, 4, 0)])
    d.add_paragraph("绩效指标完成情况")
    head = [["一级指标", "二级指标", "三级指标", "指标值", "", "评分", "", "偏差原因分析及改进措施"],
            ["", "", "", "年度指标值", "实际完成值", "分值", "得分", ""]]
    rows = [*head, *[cells(r) for r in NY05], _total_row(total)]
    n = len(rows)
    table(d, rows, merges=[(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 0, 6), (0, 7, 1, 7),
                           (n - 1, 0, n - 1, 4)], vmerge_cols=(0, 1))
    unit, project = _project(dept, name, impl)
    b = budget(ini, adj, exe, rt) | {"fund_rows": [{"name": "当年财政拨款", "initial": D(ini), "adjusted": D(adj),
                                                     "executed": D(exe)}]}
    inds = [exec_fact(10, rt, es)] + [indicator_fact(r) for r in NY05]
    return (facts("项目支出", 2024, unit, b, inds, total, project, full_mark=100, stated_grade=EARNED), "docx", docx_bytes(d))


# ny06 黑龙江 county notary office, project, .rtf (first built as a .csv, a format the reader did not take then): the indicator
# columns headed 权重 and 自评分 (not 分值 / 得分), the money block's too ----------------------------------------
NY06: list[Row] = [
    ("产出指标", "数量指标", "办理公证事项件数", D(20), "≥2600件", "2714件", "20", ""),
    ("产出指标", "质量指标", "公证文书差错率", D(15), "≤0.5%", "0.3%", "15", ""),
    ("产出指标", "时效指标", "常规公证事项办结时限", D(10), "≤5个工作日", "4个工作日", "10", ""),
    ("效益指标", "社会效益指标", "减免困难群众公证费件数", D(15), "≥120件", "108件", "13.5", "申请减免人数少于预期"),
    ("效益指标", "可持续影响指标", "线上办证事项占比", D(10), "≥30%", "34%", "10", ""),
    ("满意度指标", "服务对象满意度指标", "办证群众满意度", D(20), "≥95%", "97.5%", "20", ""),
]


def ny06() -> Made:
    ini, adj, exe = "38.00", "41.60", "40.12"
    rt, es, total = scored(NY06, exe, adj)
    dept, impl, name = "桦南县司法局", "桦南县公证处", "2024年公证服务保障经费"
    d = doc()
    d.add_heading("项目支出绩效自评表", level=1)
    d.add_paragraph("（2024年度）")
    rows = [["项目名称", name, "", "", "", "", "", ""], ["主管部门", dept, "", "", "实施单位", impl, "", ""],
            ["资金情况（万元）", "", "年初预算数", "全年预算数", "全年执行数", "权重", "执行率", "自评分"],
            ["", "年度资金总额", ini, adj, exe, "10", f"{rt}%", str(es)],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "权重", "自评分", "偏差原因分析及改进措施"],
            *[[r[0], r[1], r[2], shown(r[4]), shown(r[5]), str(r[3]), r[6], r[7]] for r in NY06],
            ["合计", "", "", "", "", "100", str(total), ""], ["自评等级", grade(total), "", "", "", "", "", ""]]
    n = len(rows)
    table(d, rows, merges=[(0, 1, 0, 7), (1, 1, 1, 3), (1, 5, 1, 7), (2, 0, 3, 0), (n - 2, 0, n - 2, 4),
                           (n - 1, 1, n - 1, 7)])
    unit, project = _project(dept, name, impl)
    inds = [exec_fact(10, rt, es)] + [indicator_fact(r) for r in NY06]
    return (facts("项目支出", 2024, unit, budget(ini, adj, exe, rt), inds, total, project, full_mark=100, stated_grade=EARNED), "rtf",
            convert(docx_bytes(d), "ny06", "docx", "rtf"))


# ny07 广西 county primary school, project, .mht: indicators in 生均 terms (元/生, 平方米/生, 册/生) and the money in 元
# with separators in prose and form -------------------------------------------------------------------------------------
NY07: list[Row] = [
    ("产出指标", "数量指标", "保障在校学生人数", D(10), "≥1860人", "1874人", "10", ""),
    ("产出指标", "数量指标", "生均图书册数", D(10), "≥25册/生", "26.3册/生", "10", ""),
    ("产出指标", "质量指标", "生均校舍建筑面积", D(10), "≥6.5平方米/生", "6.8平方米/生", "10", ""),
    ("产出指标", "成本指标", "生均公用经费标准", D(10), "≥720元/生", "720元/生", "10", ""),
    ("效益指标", "社会效益指标", "适龄儿童入学率", D(15), "100%", "100%", "15", ""),
    ("效益指标", "可持续影响指标", "学校正常运转保障率", D(15), "100%", "100%", "15", ""),
    ("满意度指标", "服务对象满意度指标", "学生家长满意度", D(20), "≥90%", "87.5%", "19.4", "课后服务时段安排未完全满足家长需求"),
]


def _mht(title: str, html: str) -> bytes:
    """A page saved by a browser as one MIME file: the HTML part quoted as base64 in UTF-8."""
    boundary = "----MultipartBoundary--ny07kQ3xZ0--"
    head = (f"From: <Saved by Blink>\r\nSnapshot-Content-Location: http://www.rongxian.example/jyj/202504/t20250409.html\r\n"
            f"Subject: =?utf-8?B?{base64.b64encode(title.encode()).decode()}?=\r\nDate: Wed, 9 Apr 2025 15:20:11 +0800\r\n"
            f'MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="{boundary}"\r\n\r\n')
    part = (f"--{boundary}\r\nContent-Type: text/html\r\nContent-ID: <frame-0@mhtml.blink>\r\n"
            "Content-Transfer-Encoding: base64\r\n"
            "Content-Location: http://www.rongxian.example/jyj/202504/t20250409.html\r\n\r\n")
    body = base64.encodebytes(html.encode("utf-8")).replace(b"\n", b"\r\n")
    return head.encode("ascii") + part.encode() + body + f"\r\n--{boundary}--\r\n".encode()


def ny07() -> Made:
    ini, adj, exe = "134.9200", "141.3500", "138.7264"
    rt, es, total = scored(NY07, exe, adj)
    dept, impl, name = "容县教育局", "容县容州镇第三小学", "2024年义务教育学校公用经费项目"
    y_ini, y_adj, y_exe = yuan(ini), yuan(adj), yuan(exe)
    tr = "".join(f"<tr>{''.join(f'<td>{c}</td>' for c in cells(r))}</tr>" for r in NY07)
    html = f"""<html><head><meta charset="utf-8"><title>{impl}{name}绩效自评报告</title></head><body>
<h2>{impl}{name}绩效自评报告</h2>
<p>一、项目概况</p>
<p>我校现有教学班38个，在校学生1874人。{name}按生均720元的标准安排，用于教学业务、水电、维修和培训等公用支出。</p>
<p>二、资金使用情况</p>
<p>2024年项目年初预算{y_ini}元，秋季学期学生人数增加后调整为{y_adj}元，全年实际支出{y_exe}元，预算执行率{rt}%。</p>
<p>三、项目支出绩效自评表</p>
<table border="1">
<tr><td>项目名称</td><td colspan="7">{name}</td></tr>
<tr><td>主管部门</td><td colspan="3">{dept}</td><td>实施单位</td><td colspan="3">{impl}</td></tr>
<tr><td rowspan="2">项目资金（元）</td><td></td><td>年初预算数</td><td>全年预算数</td><td>全年执行数</td><td>分值</td><td>执行率</td><td>得分</td></tr>
<tr><td>年度资金总额</td><td>{y_ini}</td><td>{y_adj}</td><td>{y_exe}</td><td>10</td><td>{rt}%</td><td>{es}</td></tr>
<tr>{''.join(f'<td>{h}</td>' for h in HEAD)}</tr>
{tr}
<tr><td colspan="5">总分</td><td>100</td><td>{total}</td><td>{grade(total)}</td></tr>
</table>
<p>四、自评结论：本项目自评得分{total}分，等级为“{grade(total)}”。</p>
<p>{impl}　2025年4月9日</p>
</body></html>"""
    unit, project = _project(dept, name, impl)
    b = {"initial": wan_yuan(y_ini), "adjusted": wan_yuan(y_adj), "executed": wan_yuan(y_exe),
         "stated_execution_rate": rt}
    inds = [exec_fact(10, rt, es)] + [indicator_fact(r) for r in NY07]
    return (facts("项目支出", 2024, unit, b, inds, total, project, full_mark=100, stated_grade=EARNED), "mht",
            _mht(f"{impl}{name}绩效自评报告", html))


# ny08 湖北 county hydrology station, project, .pdf with its table ruled: the prose says the year's spending was 87.46万元,
# the form's 全年执行数 is 86.74 (planted: TEXT_TABLE_MISMATCH; the expected facts state neither) ------------------------
NY08: list[Row] = [
    ("产出指标", "数量指标", "水文监测站点运行数", D(15), "≥46个", "46个", "15", ""),
    ("产出指标", "质量指标", "水文数据到报率", D(15), "≥95%", "98.2%", "15", ""),
    ("产出指标", "时效指标", "汛期水情信息报送时限", D(10), "≤20分钟", "15分钟", "10", ""),
    ("效益指标", "社会效益指标", "洪水预报合格率", D(15), "≥85%", "83%", "13.5", "两次局地强降雨预报偏差较大"),
    ("效益指标", "可持续影响指标", "监测设施完好率", D(15), "≥95%", "97%", "15", ""),
    ("满意度指标", "服务对象满意度指标", "防汛部门满意度", D(20), "≥90%", "95%", "20", ""),
]


def ny08() -> Made:
    ini, adj, exe = "82.00", "89.50", "86.74"
    rt, es, total = scored(NY08, exe, adj)
    dept, impl, name = "通山县水利和湖泊局", "通山县水文水资源勘测站", "2024年水文监测站网运行维护项目"
    d = doc()
    d.add_heading(f"{name}绩效自评报告", level=1)
    for p in ("一、项目基本情况",
              f"{name}由{impl}实施，用于全县46个水文监测站点的运行维护、设备更新和汛期值守。",
              "二、项目资金使用情况",
              f"项目年初预算{ini}万元，汛前追加设备更新资金后全年预算{adj}万元，全年支出87.46万元，主要用于站点维护和设备购置。",
              "三、绩效自评表"):
        d.add_paragraph(p)
    rows = [["项目名称", name, "", "", "", "", "", ""], ["主管部门", dept, "", "", "实施单位", impl, "", ""],
            *money_rows(ini, adj, exe, rt, es), HEAD, *[cells(r) for r in NY08], _total_row(total)]
    n = len(rows)
    table(d, rows, merges=[(0, 1, 0, 7), (1, 1, 1, 3), (1, 5, 1, 7), (2, 0, 4, 0), (n - 1, 0, n - 1, 4)],
          vmerge_cols=(0, 1))
    d.add_paragraph(f"四、自评结论：项目自评得分{total}分，自评等级为“{grade(total)}”。")
    unit, project = _project(dept, name, impl)
    b = {"initial": D(ini), "adjusted": D(adj), "stated_execution_rate": rt}
    inds = [exec_fact(10, rt, es)] + [indicator_fact(r) for r in NY08]
    return (facts("项目支出", 2024, unit, b, inds, total, project, full_mark=100, planted=["TEXT_TABLE_MISMATCH"], stated_grade=EARNED),
            "pdf", docx_bytes(d))


REPORTS: dict[str, Callable[[], Made]] = {
    "ny01-sc-anyue-hospital-project-et-source-columns": ny01,
    "ny02-jx-yanshan-town-whole-wps-task-rows": ny02,
    "ny03-gs-tongwei-transfer-ods-regional-form": ny03,
    "ny04-sd-juxian-coop-project-doc-cost-block": ny04,
    "ny05-he-shexian-media-project-docx-two-row-header": ny05,
    "ny06-hl-huanan-notary-project-rtf-weight-selfscore": ny06,
    "ny07-gx-rongxian-school-project-mht-per-pupil-yuan": ny07,
    "ny08-hb-tongshan-hydrology-project-pdf-prose-form-differ": ny08,
}
