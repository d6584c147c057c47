# ruff: noqa: E501, RUF005  (fixture data: long literal rows read better whole)
"""The sixteenth set's Word, Excel and PDF reports: s03 s04 s05 s07 s09 s10 s12."""

from __future__ import annotations

import io
from decimal import Decimal
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment
from sixteenth_base import D, Ind, Report, docx_bytes, docx_table, money, new_docx, pdf_of, q2, rate, total, weights


def _grid(inds: list[Ind], with_dev: bool = True) -> list[list[str]]:
    head = ["一级指标", "二级指标", "三级指标", "分值", "年度指标值", "实际完成值", "得分"] + (["偏差原因"] if with_dev else [])
    return [head] + [[i.l1 or "", i.l2 or "", i.name, i.w, i.t, i.a, i.s] + ([i.dev or ""] if with_dev else [])
                     for i in inds]


def s03() -> Report:
    """Hunan court, whole-unit Word report: a 预算执行 table by 支出类别, an indicator table with a merged 一级 column."""
    inds = [
        Ind("审结案件数", "产出指标", "数量指标", "15", "≥4600件", "4812件", "15"),
        Ind("一审服判息诉率", "产出指标", "质量指标", "10", "≥88%", "89.6%", "10"),
        Ind("生效案件改判发回率", "产出指标", "质量指标", "10", "≤1.5%", "1.2%", "10"),
        Ind("法定审限内结案率", "产出指标", "时效指标", "10", "≥96%", "97.3%", "10"),
        Ind("“三公”经费支出", "产出指标", "成本指标", "5", "≤18万元", "15.64万元", "5"),
        Ind("执行到位率", "效益指标", "社会效益指标", "15", "≥55%", "52.4%", "14.2", "部分被执行人无可供执行财产"),
        Ind("诉源治理机制", "效益指标", "可持续影响指标", "10", "持续完善", "持续完善", "10"),
        Ind("人民群众对法院工作满意度", "满意度指标", "服务对象满意度指标", "15", "≥90%", "93.05%", "15"),
        Ind("预算执行率", "预算执行", "预算执行率", "10", "≥90%", "96.5%", "9.65"),
    ]
    assert weights(inds) == 100
    tot = total(inds)
    doc = new_docx()
    doc.add_heading("攸县人民法院2023年度部门整体支出绩效自评报告", level=1)
    for text in [
        "一、部门基本情况",
        "（一）机构设置。我院内设机构9个，派出人民法庭3个，分别为皇图岭人民法庭、鸾山人民法庭、酒埠江人民法庭。",
        "（二）人员情况。全院现有政法专项编制78名，实有在编干警74人；另有聘用制书记员、司法警务辅助人员32人。",
        "（三）收支情况。2023年度全年收入合计2,660.91万元，其中财政拨款收入2,622.31万元，其他收入38.60万元。"
        "预算执行情况见表1。",
        "表1  2023年度预算执行情况（单位：万元）",
    ]:
        doc.add_paragraph(text)
    docx_table(doc, [["项目", "年初预算数", "全年预算数", "全年支出数", "预算执行率"],
                     ["基本支出", "1,820.40", "1,956.18", "1,949.02", "99.63%"],
                     ["项目支出", "410.00", "688.25", "602.77", "87.58%"],
                     ["合计", "2,230.40", "2,644.43", "2,551.79", "96.50%"]])
    for text in ["二、绩效目标完成情况", "我院对照年初申报的部门整体绩效目标，逐项核实完成情况，评分结果见表2。",
                 "表2  2023年度部门整体支出绩效指标完成情况"]:
        doc.add_paragraph(text)
    docx_table(doc, _grid(inds), merge_first_col=True)
    for text in ["三、自评结论", f"综合自评得分{tot}分，评价等级为“优”。",
                 "四、存在的问题", "项目支出执行率偏低，执行到位率未达预期。",
                 "五、改进措施", "加强预算执行进度管理，推进执行联动机制建设。",
                 "攸县人民法院", "2024年4月12日"]:
        doc.add_paragraph(text)
    facts = {
        "kind": "整体支出", "year": 2023,
        "unit": {"name": "攸县人民法院", "staff_establishment": 78, "staff_total": 74, "internal_bodies_count": 9,
                 "subordinate_bodies": ["皇图岭人民法庭", "鸾山人民法庭", "酒埠江人民法庭"], "subordinate_bodies_count": 3},
        "budget": {"initial": D("2230.40"), "adjusted": D("2644.43"), "executed": D("2551.79"),
                   "stated_execution_rate": D("96.50"), "income_total": D("2660.91"),
                   "income_items": [{"name": "财政拨款收入", "amount": D("2622.31")},
                                    {"name": "其他收入", "amount": D("38.60")}],
                   "expenditure_total": D("2551.79"),
                   "expenditure_items": [{"name": "基本支出", "amount": D("1949.02")},
                                         {"name": "项目支出", "amount": D("602.77")}]},
        "indicators": [i.facts() for i in inds],
        "stated_total": tot, "stated_grade": "优",
    }
    assert rate(D("2551.79"), D("2644.43")) == D("96.50")
    return Report("s03-hn-youxian-court-whole-docx-merged", ".docx", docx_bytes(doc), facts)


def _xlsx(rows: list[list[Any]], merges: list[str], pct_cells: list[str], title: str) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = title
    for row in rows:
        ws.append(row)
    for m in merges:
        ws.merge_cells(m)
    for ref in pct_cells:
        ws[ref].number_format = "0.00%"
    for row in ws.iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"  # "=100%" is the text a user types as '=100%, not a formula
            cell.alignment = Alignment(wrap_text=True, vertical="center")
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _num(text: str) -> Any:
    try:
        value = Decimal(text)
    except Exception:
        return text
    return int(value) if value == value.to_integral() else float(value)


def s04() -> Report:
    """Guangdong school, project form in Excel with amounts in 元 and the execution rate as a percent cell."""
    initial, adjusted, executed = D("1800000.00"), D("1950000.00"), D("1903812.60")
    r = rate(executed, adjusted)
    goal_e = "新建标准化实验室2间，购置多媒体教学设备36套，改善学校办学条件。"
    goal_a = "建成标准化实验室2间，36套多媒体教学设备已安装使用，办学条件明显改善。"
    inds = [
        Ind("新建标准化实验室", "产出指标", "数量指标", "10", "≥2间", "2间", "10"),
        Ind("购置多媒体教学设备", "产出指标", "数量指标", "10", "≥36套", "36套", "10"),
        Ind("设备验收合格率", "产出指标", "质量指标", "10", "=100%", "100%", "10"),
        Ind("项目完成时间", "产出指标", "时效指标", "10", "2023年10月底前", "2023年9月", "10"),
        Ind("项目成本控制", "产出指标", "成本指标", "10", "≤195万元", "190.38万元", "10"),
        Ind("受益学生人数", "效益指标", "社会效益指标", "15", "≥1500人", "1562人", "15"),
        Ind("设施使用年限", "效益指标", "可持续影响指标", "15", "≥8年", "预计8年以上", "15"),
        Ind("师生满意度", "满意度指标", "服务对象满意度指标", "10", "≥90%", "94.7%", "10"),
    ]
    rate_ind = Ind("预算执行率", None, None, "10", "", f"{r}%", "9.76")
    allinds = [rate_ind] + inds
    assert weights(allinds) == 100
    tot = total(allinds)
    rows: list[list[Any]] = [
        ["项目支出绩效自评表"] + [""] * 7,
        ["（2023年度）"] + [""] * 7,
        ["项目名称", "薄弱学校改善办学条件专项资金", "", "", "", "", "", ""],
        ["主管部门", "廉江市教育局", "", "", "实施单位", "廉江市石岭镇第二中学", "", ""],
        ["项目资金（元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["", "年度资金总额", 1800000.00, 1950000.00, 1903812.60, 10, float(r / 100), 9.76],
        ["", "其中：当年财政拨款", 1800000.00, 1950000.00, 1903812.60, "—", float(r / 100), "—"],
        ["年度总体目标", "预期目标", "", "", "实际完成情况", "", "", ""],
        ["", goal_e, "", "", goal_a, "", "", ""],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
    ]
    for i in inds:
        rows.append(["", i.l1, i.l2, i.name, i.t, i.a, _num(i.w), _num(i.s)])
    rows.append(["总分", "", "", "", "", "", 100, float(tot)])
    rows.append(["评价等级", "优", "", "", "", "", "", ""])
    rows.append(["填表人：陈志强", "", "联系电话：0759-6612345", "", "", "填报日期：2024年3月18日", "", ""])
    n = len(rows)
    merges = ["A1:H1", "A2:H2", "B3:H3", "B4:D4", "F4:H4", "A5:B5", "A6:A7", "A8:A9", "B8:D8", "E8:H8", "B9:D9",
              "E9:H9", f"A10:A{10 + len(inds)}", f"A{n - 2}:F{n - 2}"]
    body = _xlsx(rows, merges, ["G6", "G7"], "自评表")
    y = Decimal(10000)
    facts = {
        "kind": "项目支出", "year": 2023,
        "unit": {"supervising_department": "廉江市教育局"},
        "project": {"name": "薄弱学校改善办学条件专项资金", "implementing_unit": "廉江市石岭镇第二中学",
                    "goal_expected": goal_e, "goal_actual": goal_a},
        "budget": {"source_unit": "元", "initial": initial / y, "adjusted": adjusted / y, "executed": executed / y,
                   "stated_execution_rate": r,
                   "fund_rows": [{"name": "当年财政拨款", "initial": initial / y, "adjusted": adjusted / y,
                                  "executed": executed / y}]},
        "indicators": [i.facts() for i in allinds],
        "stated_total": tot, "stated_grade": "优", "full_mark": 100,
    }
    return Report("s04-gd-lianjiang-school-project-xlsx-yuan", ".xlsx", body, facts)


def s05() -> Report:
    """Hebei street office, whole-unit report printed from Word to PDF: prose budget, a 2013-framework table."""
    initial, adjusted, executed = D("1286.50"), D("1472.86"), D("1398.21")
    r = rate(executed, adjusted)
    inds = [
        Ind("在职人员控制率", "投入", "预算配置", "5", "≤100%", "94.23%", "5"),
        Ind("“三公经费”变动率", "投入", "预算配置", "5", "≤0%", "-6.8%", "5"),
        Ind("预算执行率", "过程", "预算执行", "10", "≥95%", f"{r}%", "9.49"),
        Ind("政府采购执行率", "过程", "预算管理", "5", "=100%", "100%", "5"),
        Ind("固定资产利用率", "过程", "资产管理", "5", "≥95%", "97%", "5"),
        Ind("社区网格化管理覆盖率", "产出", "职责履行", "15", "=100%", "100%", "15"),
        Ind("重点工作办结率", "产出", "职责履行", "15", "≥95%", "96.2%", "15"),
        Ind("辖区信访案件化解率", "效果", "社会效益", "15", "≥90%", "88.6%", "14.77"),
        Ind("社区养老服务站运行", "效果", "可持续影响", "5", "正常运行", "正常运行", "5"),
        Ind("辖区居民满意度", "效果", "社会公众满意度", "20", "≥90%", "91.8%", "20"),
    ]
    assert weights(inds) == 100
    tot = total(inds)
    doc = new_docx()
    doc.add_heading("石家庄市新华区永安街道办事处\n2024年度部门整体支出绩效自评报告", level=1)
    for text in [
        "一、部门基本情况",
        "永安街道办事处下辖8个社区。编制人数52人，实有人数49人，其中公务员31人、事业人员18人。",
        "二、预算执行情况",
        f"2024年年初预算批复{money(initial)}万元，调整后预算{money(adjusted)}万元，实际支出{money(executed)}万元，"
        f"预算执行率{r}%。",
        "三、绩效指标完成情况",
        "按照部门整体支出绩效评价指标体系，从投入、过程、产出、效果四个方面进行评价，各项指标完成情况如下表。",
    ]:
        doc.add_paragraph(text)
    grid = [["一级指标", "二级指标", "三级指标", "指标值", "完成值", "分值", "得分"]]
    grid += [[i.l1 or "", i.l2 or "", i.name, i.t, i.a, i.w, i.s] for i in inds]
    grid.append(["合计", "", "", "", "", "100", str(tot)])
    docx_table(doc, grid)
    for text in ["四、评价结论", f"自评得分{tot}分，等级：优。",
                 "五、存在问题及改进措施", "年底集中支付现象仍然存在；部分信访积案化解难度较大。下一步将细化用款计划，压实包案责任。",
                 "石家庄市新华区永安街道办事处", "2025年4月9日"]:
        doc.add_paragraph(text)
    facts = {
        "kind": "整体支出", "year": 2024,
        "unit": {"name": "石家庄市新华区永安街道办事处", "staff_establishment": 52, "staff_total": 49,
                 "staff_parts": [{"name": "公务员", "count": 31}, {"name": "事业人员", "count": 18}]},
        "budget": {"initial": initial, "adjusted": adjusted, "executed": executed, "stated_execution_rate": r},
        "indicators": [i.facts() for i in inds],
        "stated_total": tot, "stated_grade": "优", "full_mark": 100,
    }
    return Report("s05-he-xinhua-street-whole-pdf-frame2013", ".pdf", pdf_of(docx_bytes(doc)), facts)


def s07() -> Report:
    """Shandong CDC (事业单位), whole-unit score form only, in Word: money row with 分值 / 执行率 / 得分, goal row."""
    initial, adjusted, executed = D("1105.20"), D("1318.74"), D("1290.05")
    r = rate(executed, adjusted)
    goal_e = "完成免疫规划、传染病监测、实验室检测等法定职责，防范重大传染病疫情发生。"
    goal_a = "免疫规划、监测和检测任务全面完成，全年未发生重大传染病疫情。"
    inds = [
        Ind("免疫规划疫苗接种剂次", "产出指标", "数量指标", "10", "≥6.5万剂次", "6.72万剂次", "10"),
        Ind("传染病疫情监测点数", "产出指标", "数量指标", "10", "≥24个", "24个", "10"),
        Ind("适龄儿童免疫规划疫苗接种率", "产出指标", "质量指标", "10", "≥95%", "97.6%", "10"),
        Ind("实验室检测结果准确率", "产出指标", "质量指标", "10", "≥98%", "99.1%", "10"),
        Ind("传染病报告及时率", "产出指标", "时效指标", "10", "=100%", "99.8%", "9.98", "个别网络直报延迟"),
        Ind("重大传染病疫情发生次数", "效益指标", "社会效益指标", "15", "=0起", "0起", "15"),
        Ind("疾控体系运行机制", "效益指标", "可持续影响指标", "10", "持续健全", "持续健全", "10"),
        Ind("服务对象满意度", "满意度指标", "服务对象满意度指标", "15", "≥90%", "95.3%", "15"),
    ]
    allinds = [Ind("预算执行率", None, None, "10", "", f"{r}%", "9.78")] + inds
    assert weights(allinds) == 100
    tot = total(allinds)
    doc = new_docx()
    p = doc.add_paragraph("部门（单位）整体支出绩效自评表")
    p.alignment = 1
    doc.add_paragraph("（2023年度）")
    rows = [
        ["部门（单位）名称", "巨野县疾病预防控制中心", "", "", "", "", "", ""],
        ["年度预算情况（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["", "年度资金总额", money(initial), money(adjusted), money(executed), "10", f"{r}%", "9.78"],
        ["年度总体目标", "预期目标", "", "", "实际完成情况", "", "", ""],
        ["", goal_e, "", "", goal_a, "", "", ""],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
    ]
    rows += [["", i.l1 or "", i.l2 or "", i.name, i.t, i.a, i.w, i.s] for i in inds]
    rows += [["总分", "", "", "", "", "", "100", str(tot)], ["自评等级", "优", "", "", "", "", "", ""],
             ["偏差原因分析及改进措施", "传染病报告及时率未达100%，原因是个别网络直报延迟；将加强网络直报人员培训。", "", "", "", "", "", ""]]
    table = docx_table(doc, rows)
    table.cell(0, 1).merge(table.cell(0, 7))
    table.cell(1, 0).merge(table.cell(2, 0))
    table.cell(3, 0).merge(table.cell(4, 0))
    table.cell(5, 0).merge(table.cell(5 + len(inds), 0))
    doc.add_paragraph("填表人：孟凡东　　联系电话：0530-8212345　　填报日期：2024年3月8日")
    facts = {
        "kind": "整体支出", "year": 2023,
        "unit": {"name": "巨野县疾病预防控制中心"},
        "budget": {"initial": initial, "adjusted": adjusted, "executed": executed, "stated_execution_rate": r},
        "indicators": [i.facts() for i in allinds],
        "stated_total": tot, "stated_grade": "优", "full_mark": 100,
    }
    return Report("s07-sd-juye-cdc-whole-docx-formonly", ".docx", docx_bytes(doc), facts)


def s09() -> Report:
    """Yunnan bureau, whole-unit table in Excel: money row with 分值 / 得分, indicator rows with a 备注 column."""
    initial, adjusted, executed = D("2456.80"), D("2731.15"), D("2689.42")
    r = rate(executed, adjusted)
    inds = [
        Ind("食品安全抽检批次", "产出指标", "数量指标", "15", "≥1800批次", "1876批次", "15"),
        Ind("特种设备检验覆盖率", "产出指标", "数量指标", "10", "=100%", "100%", "10"),
        Ind("抽检不合格食品核查处置率", "产出指标", "质量指标", "10", "=100%", "100%", "10"),
        Ind("投诉举报按时办结率", "产出指标", "时效指标", "10", "≥98%", "99.2%", "10"),
        Ind("市场主体户数增长率", "效益指标", "经济效益指标", "10", "≥5%", "6.3%", "10"),
        Ind("食品安全事故发生数", "效益指标", "社会效益指标", "10", "=0起", "0起", "10"),
        Ind("智慧监管平台应用", "效益指标", "可持续影响指标", "10", "持续推进", "持续推进", "10"),
        Ind("群众满意度", "满意度指标", "服务对象满意度指标", "15", "≥85%", "83.5%", "14.74", "部分投诉处理时间偏长"),
    ]
    allinds = [Ind("预算执行率", None, None, "10", "", f"{r}%", "9.85")] + inds
    assert weights(allinds) == 100
    tot = total(allinds)
    rows: list[list[Any]] = [
        ["弥勒市市场监督管理局2022年度部门整体支出绩效自评表"] + [""] * 7,
        ["填报单位：弥勒市市场监督管理局", "", "", "", "", "", "金额单位：万元", ""],
        ["预算执行", "资金类型", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分"],
        ["", "年度资金总额", float(initial), float(adjusted), float(executed), float(r / 100), 10, 9.85],
        ["一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值", "得分", "备注"],
    ]
    rows += [[i.l1, i.l2, i.name, i.t, i.a, _num(i.w), _num(i.s), i.dev or ""] for i in inds]
    rows += [["自评得分", "", "", "", "", 100, float(tot), ""], ["自评等级", "优", "", "", "", "", "", ""],
             ["单位负责人：李春华", "", "财务负责人：普丽娟", "", "", "填报时间：2023年3月28日", "", ""]]
    body = _xlsx(rows, ["A1:H1", "A3:A4"], ["F4"], "整体支出自评表")
    facts = {
        "kind": "整体支出", "year": 2022,
        "unit": {"name": "弥勒市市场监督管理局"},
        "budget": {"initial": initial, "adjusted": adjusted, "executed": executed, "stated_execution_rate": r},
        "indicators": [i.facts() for i in allinds],
        "stated_total": tot, "stated_grade": "优", "full_mark": 100,
    }
    return Report("s09-yn-mile-market-whole-xlsx", ".xlsx", body, facts)


def s10() -> Report:
    """Henan hospital, project report as PDF: prose budget, a plain 指标 | 分值 | 目标值 | 实际值 | 得分 | 说明 table."""
    initial, adjusted, executed = D("300"), D("280"), D("276.64")
    r = rate(executed, adjusted)
    inds = [
        Ind("预算执行率", None, None, "10", "", f"{r}%", "9.88"),
        Ind("中医特色专科建设数", None, None, "15", "≥2个", "2个", "15"),
        Ind("中医药适宜技术推广项数", None, None, "15", "≥10项", "12项", "15"),
        Ind("中药饮片质量抽检合格率", None, None, "10", "≥98%", "100%", "10"),
        Ind("设备购置完成时限", None, None, "10", "2023年11月30日前", "2023年11月20日", "10"),
        Ind("中医门诊人次增长率", None, None, "15", "≥8%", "6.5%", "12.19", "门诊楼改造期间分流部分患者"),
        Ind("中医药服务能力", None, None, "15", "明显提升", "有所提升", "12", "人才引进未到位"),
        Ind("患者满意度", None, None, "10", "≥90%", "93%", "10"),
    ]
    assert weights(inds) == 100
    tot = total(inds)
    doc = new_docx()
    doc.add_heading("襄城县中医院中医药传承创新发展项目\n2023年度绩效自评报告", level=1)
    for text in [
        "一、项目概况",
        "项目主管部门：襄城县卫生健康委员会；项目实施单位：襄城县中医院。项目主要用于中医特色专科建设、"
        "中医药适宜技术推广和诊疗设备购置。",
        "二、项目资金使用情况",
        f"本项目年初预算安排{q2(initial)}万元，年中调减至{q2(adjusted)}万元，全年执行{money(executed)}万元，执行率{r}%。",
        "三、主要绩效指标完成情况",
    ]:
        doc.add_paragraph(text)
    grid = [["指标", "分值", "目标值", "实际值", "得分", "说明"]]
    grid += [[i.name, i.w, i.t or "—", i.a, i.s, i.dev or ""] for i in inds]
    grid.append(["合计", "100", "", "", str(tot), ""])
    docx_table(doc, grid)
    for text in ["四、自评结果", f"经自评，本项目得分{tot}分，自评等级为优。",
                 "五、存在问题及改进措施", "中医门诊人次增长未达目标，高层次中医人才引进不足。下一步将加快门诊楼改造，"
                 "落实人才引进计划。", "襄城县中医院", "2024年3月25日"]:
        doc.add_paragraph(text)
    facts = {
        "kind": "项目支出", "year": 2023,
        "unit": {"supervising_department": "襄城县卫生健康委员会"},
        "project": {"name": "中医药传承创新发展项目", "implementing_unit": "襄城县中医院"},
        "budget": {"initial": initial, "adjusted": adjusted, "executed": executed, "stated_execution_rate": r},
        "indicators": [i.facts() for i in inds],
        "stated_total": tot, "stated_grade": "优", "full_mark": 100,
    }
    return Report("s10-ha-xiangcheng-tcm-project-pdf-plaintable", ".pdf", pdf_of(docx_bytes(doc)), facts)


def s12() -> Report:
    """Fujian school, project report in Word with the form at the end.
    Planted: the stated execution rate (96.00%) is neither executed / 全年预算 (94.00%) nor executed / 年初预算."""
    initial, adjusted, executed = D("120.00"), D("126.00"), D("118.44")
    true_rate = rate(executed, adjusted)
    stated_rate = D("96.00")
    inds = [
        Ind("预算执行率", None, None, "10", "", f"{stated_rate}%", "9.6"),
        Ind("参加课后服务学生数", "产出指标", "数量指标", "15", "≥2100人", "2186人", "15"),
        Ind("课后服务开设课程数", "产出指标", "数量指标", "10", "≥24门", "26门", "10"),
        Ind("课后服务参与率", "产出指标", "质量指标", "10", "≥90%", "92.4%", "10"),
        Ind("补助资金发放及时率", "产出指标", "时效指标", "5", "=100%", "100%", "5"),
        Ind("生均课后服务补助标准", "产出指标", "成本指标", "10", "=300元/生", "300元/生", "10"),
        Ind("学生综合素质", "效益指标", "社会效益指标", "20", "明显提升", "有所提升", "16", "部分课程师资不足"),
        Ind("课后服务长效机制", "效益指标", "可持续影响指标", "10", "健全", "健全", "10"),
        Ind("家长满意度", "满意度指标", "服务对象满意度指标", "10", "≥90%", "95.6%", "10"),
    ]
    assert weights(inds) == 100
    tot = total(inds)
    doc = new_docx()
    doc.add_heading("安溪县湖头镇第三中心小学\n2024年度义务教育课后服务补助资金项目绩效自评报告", level=1)
    for text in [
        "一、项目基本情况",
        "本项目主管部门为安溪县教育局，由安溪县湖头镇第三中心小学组织实施，用于课后服务教师补助和课程开设。",
        "二、项目资金情况",
        f"2024年年初预算{money(initial)}万元，全年预算{money(adjusted)}万元，实际支出{money(executed)}万元，"
        f"预算执行率{stated_rate}%。",
        "三、绩效目标实现情况",
        "全年开设课后服务课程26门，参加学生2186人，课后服务参与率92.4%，家长满意度95.6%。",
        "四、自评结论",
        f"本项目自评得分{tot}分，等级为“优”。",
        "五、存在问题及改进措施",
        "部分特色课程师资不足。下一步将引入校外优质资源，完善课后服务课程体系。",
        "附件：项目支出绩效自评表",
    ]:
        doc.add_paragraph(text)
    rows = [
        ["项目名称", "义务教育课后服务补助资金", "", "", "", "", "", ""],
        ["主管部门", "安溪县教育局", "", "", "实施单位", "安溪县湖头镇第三中心小学", "", ""],
        ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["", "年度资金总额", money(initial), money(adjusted), money(executed), "10", f"{stated_rate}%", "9.6"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    ]
    rows += [[i.l1 or "", i.l2 or "", i.name, i.t, i.a, i.w, i.s, i.dev or ""] for i in inds[1:]]
    rows.append(["总分", "", "", "", "", "100", str(tot), ""])
    table = docx_table(doc, rows)
    table.cell(0, 1).merge(table.cell(0, 7))
    table.cell(1, 1).merge(table.cell(1, 3))
    table.cell(1, 5).merge(table.cell(1, 7))
    table.cell(2, 0).merge(table.cell(3, 0))
    doc.add_paragraph("安溪县湖头镇第三中心小学（盖章）　　2025年3月12日")
    facts = {
        "kind": "项目支出", "year": 2024,
        "unit": {"supervising_department": "安溪县教育局"},
        "project": {"name": "义务教育课后服务补助资金", "implementing_unit": "安溪县湖头镇第三中心小学"},
        "budget": {"initial": initial, "adjusted": adjusted, "executed": executed, "stated_execution_rate": stated_rate},
        "indicators": [i.facts() for i in inds],
        "stated_total": tot, "stated_grade": "优", "full_mark": 100,
    }
    note = (f"Planted EXECUTION_RATE_MISMATCH: stated rate {stated_rate}% in the text and the form; "
            f"{executed}/{adjusted} = {true_rate}%, {executed}/{initial} = {rate(executed, initial)}%.")
    return Report("s12-fj-anxi-school-project-docx-formafter", ".docx", docx_bytes(doc), facts,
                  ["EXECUTION_RATE_MISMATCH"], note)


REPORTS = [s03, s04, s05, s07, s09, s10, s12]
