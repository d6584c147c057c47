# ruff: noqa: E501
"""Reports w01–w06 of the nineteenth set (Word; w05 goes to PDF): each returns (expected facts, extension, content).

Every unit, person and figure is invented.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from nineteenth_facts import (
    EARNED,
    D,
    Row,
    cells,
    doc,
    docx_bytes,
    exec_fact,
    facts,
    grade,
    indicator_fact,
    r2,
    rate,
    table,
    total,
)

Made = tuple[dict[str, Any], str, Any]
HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]

# w01 辽宁 street office, whole unit: prose, the 自评表 as an appendix table with a title row and a unit row inside
W01: list[Row] = [
    ("产出指标", "数量指标", "社区网格员配备数量", 10, "≥96人", "98人", "10", ""),
    ("产出指标", "数量指标", "困难群众走访慰问户次", 10, "≥1500户次", "1620户次", "10", ""),
    ("产出指标", "质量指标", "12345热线诉求按期办结率", 10, "≥95%", "96.8%", "10", ""),
    ("产出指标", "时效指标", "临时救助资金审批时限", 10, "≤5个工作日", "4个工作日", "10", ""),
    ("产出指标", "成本指标", "社区办公经费人均标准", 10, "≤0.3万元", "0.28万元", "10", ""),
    ("效益指标", "社会效益指标", "辖区信访总量下降率", 10, "≥5%", "3.6%", "8.2", "拆迁遗留问题集中反映，信访量下降不及预期"),
    ("效益指标", "可持续影响指标", "社区综合服务设施覆盖率", 10, "100%", "100%", "10", ""),
    ("满意度指标", "服务对象满意度指标", "辖区居民满意度", 20, "≥90%", "93.4%", "20", ""),
]


def w01() -> Made:
    ini, adj, exe = "1236.40", "1318.75", "1296.02"
    rt = rate(exe, adj)
    es = r2(10 * rt / 100)
    tot = total(W01, es)
    name = "铁岭市银州区柳荫街道办事处"
    d = doc()
    d.add_heading(f"{name}2023年度部门整体支出绩效自评报告", level=1)
    for p in [
        "一、部门概况",
        "柳荫街道办事处是银州区人民政府的派出机关，下辖7个社区，辖区面积5.2平方公里，常住人口4.1万人。"
        "办事处内设党政办公室、社会事务办公室、城市管理办公室、平安建设办公室4个内设机构。",
        "现有在编在岗人员45人，核定编制48个。",
        "二、部门预算及执行情况",
        f"2023年部门年初预算{D(ini):,}万元，年中调整预算为{D(adj):,}万元，比年初预算增加{D(adj) - D(ini)}万元，"
        f"全年执行数{D(exe):,}万元，预算执行率{rt}%。",
        "2023年度收入总计1,318.75万元，其中：财政拨款收入1,290.15万元，其他收入28.60万元。"
        f"支出总计{D(exe):,}万元，其中：人员经费支出812.44万元，公用经费支出96.31万元，项目支出387.27万元。",
        "三、绩效目标完成情况",
        "全年配备社区网格员98人，走访慰问困难群众1620户次，12345热线诉求按期办结率96.8%。受拆迁遗留问题影响，"
        "辖区信访总量仅下降3.6%，未达到年初目标。",
        "四、自评结论",
        f"对照部门整体支出绩效指标逐项评分，我街道2023年度部门整体支出绩效自评得分{tot}分，评价等级为“{grade(tot)}”，"
        "详见附表。",
        "五、存在问题和改进措施",
        "一是预算编制精细化程度有待提高；二是信访积案化解力度仍需加大。下一步将加强预算与业务工作的衔接。",
        "附表",
    ]:
        d.add_paragraph(p)
    rows = [["部门（单位）整体支出绩效自评表（2023年度）"] + [""] * 7,
            ["单位名称", name, "", "", "自评得分", str(tot), "", ""],
            ["年度预算资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", ""],
            ["年度资金总额", ini, adj, exe, "10", f"{rt}%", str(es), ""],
            HEAD, *[cells(r) for r in W01],
            ["合计", "", "", "", "", "100", str(tot), ""]]
    merges = [(0, 0, 0, 7), (1, 1, 1, 3), (1, 5, 1, 7), (2, 6, 2, 7), (3, 6, 3, 7)]
    table(d, rows, merges)
    unit = {"name": name, "staff_total": 45, "staff_establishment": 48,
            "internal_bodies": ["党政办公室", "社会事务办公室", "城市管理办公室", "平安建设办公室"],
            "internal_bodies_count": 4}
    budget = {"initial": D(ini), "adjusted": D(adj), "executed": D(exe), "stated_execution_rate": rt,
              "income_total": D("1318.75"),
              "income_items": [{"name": "财政拨款收入", "amount": D("1290.15")}, {"name": "其他收入", "amount": D("28.60")}],
              "expenditure_total": D(exe),
              "expenditure_items": [{"name": "人员经费支出", "amount": D("812.44")},
                                    {"name": "公用经费支出", "amount": D("96.31")},
                                    {"name": "项目支出", "amount": D("387.27")}]}
    inds = [exec_fact(10, rt, es)] + [indicator_fact(r) for r in W01]
    return facts("整体支出", 2023, unit, budget, inds, tot, full_mark=100, stated_grade=EARNED), "docx", docx_bytes(d)


# w02 广西 county CDC, project: indicators only in prose paragraphs, "得N分（满分M分）" ------------------------------
W02: list[Row] = [
    ("产出指标", "数量指标", "流感监测哨点样本采集数", 10, "≥1200份", "1264份", "10", ""),
    ("产出指标", "数量指标", "重点场所消毒督导次数", 10, "≥24次", "24次", "10", ""),
    ("产出指标", "质量指标", "实验室检测结果准确率", 10, "≥98%", "99.3%", "10", ""),
    ("产出指标", "时效指标", "突发公共卫生事件报告及时率", 10, "100%", "100%", "10", ""),
    ("产出指标", "成本指标", "单份样本检测成本", 10, "≤180元", "172元", "10", ""),
    ("效益指标", "社会效益指标", "重点传染病疫情规范处置率", 20, "≥95%", "92%", "18", "个别偏远村疫点到达时间偏长"),
    ("满意度指标", "服务对象满意度指标", "监测点医疗机构满意度", 20, "≥90%", "95%", "20", ""),
]


def w02() -> Made:
    ini, adj, exe = "58", "58", "55.27"
    rt = rate(exe, adj)
    es = r2(10 * rt / 100)
    tot = total(W02, es)
    d = doc()
    d.add_heading("田林县疾病预防控制中心", level=1)
    d.add_heading("2024年传染病监测与防控经费项目绩效自评报告", level=1)
    d.add_paragraph("一、项目基本情况")
    d.add_paragraph(f"传染病监测与防控经费项目由田林县卫生健康局主管，田林县疾病预防控制中心组织实施。项目年初预算{ini}万元，"
                    f"全年预算{adj}万元，实际支出{exe}万元，主要用于哨点监测采样、实验室检测试剂购置和疫情现场处置。")
    d.add_paragraph("二、绩效指标完成情况")
    d.add_paragraph(f"（一）资金执行（10分）：项目资金全年预算{adj}万元，实际支出{exe}万元，执行率{rt}%，得{es}分。")
    blocks = {"产出指标": "（二）", "效益指标": "（三）", "满意度指标": "（四）"}
    for l1, num in blocks.items():
        rows = [r for r in W02 if r[0] == l1]
        w = sum(r[3] for r in rows)
        s = sum(D(r[6]) for r in rows)
        d.add_paragraph(f"{num}{l1}（{w}分），自评得{s}分。")
        for i, r in enumerate(rows, 1):
            reached = "达成目标" if D(r[6]) == r[3] else "未达成目标"
            text = f"{i}.{r[1]}——{r[2]}：年度目标{r[4]}，全年实际{r[5]}，{reached}，得{r[6]}分（满分{r[3]}分）。"
            if r[7]:
                text += f"未达标原因：{r[7]}。"
            d.add_paragraph(text)
    d.add_paragraph("三、自评结论")
    d.add_paragraph(f"综上，本项目绩效自评得分为{tot}分，绩效等级为{grade(tot)}。")
    d.add_paragraph("四、存在问题及改进措施")
    d.add_paragraph("偏远村疫点处置力量不足。下一步将在乡镇卫生院设立应急小分队，缩短响应时间。")
    d.add_paragraph("田林县疾病预防控制中心")
    d.add_paragraph("2025年3月6日")
    project = {"name": "传染病监测与防控经费项目", "implementing_unit": "田林县疾病预防控制中心"}
    unit = {"supervising_department": "田林县卫生健康局"}
    budget = {"initial": D(ini), "adjusted": D(adj), "executed": D(exe), "stated_execution_rate": rt}
    inds = [exec_fact(10, rt, es)] + [indicator_fact(r) for r in W02]
    return facts("项目支出", 2024, unit, budget, inds, tot, project, stated_grade=EARNED), "docx", docx_bytes(d)


# w03 吉林 agriculture bureau, project: header table, money table, the indicator table broken in two ("续表") --------
W03: list[Row] = [
    ("产出指标", "数量指标", "高标准农田建设面积", 10, "≥2.5万亩", "2.56万亩", "10", ""),
    ("产出指标", "数量指标", "新建农田机耕路长度", 10, "≥18公里", "18.4公里", "10", ""),
    ("产出指标", "质量指标", "工程竣工验收合格率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "项目当年开工率", 10, "100%", "100%", "10", ""),
    ("产出指标", "成本指标", "亩均财政投入", 10, "≤1500元", "1488元", "10", ""),
    ("效益指标", "经济效益指标", "项目区粮食亩均增产", 10, "≥50公斤", "46公斤", "9.2", "局部地块秋季涝灾，增产幅度受限"),
    ("效益指标", "可持续影响指标", "工程设施使用年限", 10, "≥15年", "15年", "10", ""),
    ("满意度指标", "服务对象满意度指标", "项目区农户满意度", 20, "≥90%", "94.6%", "20", ""),
]


def w03() -> Made:
    ini, adj, exe = "3750", "3840", "3768.52"
    rt = rate(exe, adj)
    es = r2(10 * rt / 100)
    tot = total(W03, es)
    pname = "2024年高标准农田建设项目"
    d = doc()
    d.add_heading("梨树县农业农村局2024年高标准农田建设项目支出绩效自评报告", level=1)
    for p in [
        "一、项目概况",
        f"项目在孟家岭镇、小宽镇等4个乡镇实施，建设高标准农田2.5万亩。项目年初预算{D(ini):,}万元，"
        f"年中追加省级资金后全年预算{D(adj):,}万元，截至年底支出{D(exe):,}万元，执行率{rt}%。",
        "二、绩效目标完成情况",
        "项目全部按期开工，完成建设面积2.56万亩，新建机耕路18.4公里。受秋季局部涝灾影响，项目区粮食亩均增产46公斤，"
        "略低于年度目标。自评表如下。",
        "项目支出绩效自评表",
        "（2024年度）",
    ]:
        d.add_paragraph(p)
    table(d, [["项目名称", pname, "", ""], ["主管部门", "梨树县农业农村局", "实施单位", "梨树县农业农村局"],
              ["项目负责人", "金振宇", "联系电话", "0434-5226183"]], merges=[(0, 1, 0, 3)])
    d.add_paragraph("")
    table(d, [["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
              ["年度资金总额", ini, adj, exe, "10", f"{rt}%", str(es)]])
    d.add_paragraph("")
    first = [r for r in W03 if r[0] == "产出指标"]
    rest = [r for r in W03 if r[0] != "产出指标"]
    table(d, [HEAD, *[cells(r) for r in first]], col0=True)
    d.add_paragraph("续表")
    table(d, [HEAD, *[cells(r) for r in rest], ["总分", "", "", "", "", "100", str(tot), ""]], col0=True)
    d.add_paragraph("三、自评结论")
    d.add_paragraph(f"本项目自评得分{tot}分，评价等级为{grade(tot)}。")
    project = {"name": pname, "implementing_unit": "梨树县农业农村局"}
    unit = {"supervising_department": "梨树县农业农村局"}
    budget = {"initial": D(ini), "adjusted": D(adj), "executed": D(exe), "stated_execution_rate": rt}
    inds = [exec_fact(10, rt, es)] + [indicator_fact(r) for r in W03]
    return facts("项目支出", 2024, unit, budget, inds, tot, project, full_mark=100, stated_grade=EARNED), "docx", docx_bytes(d)


# w04 福建 maternal and child hospital, whole unit: form with 年度资金总额： / 其中：本年财政拨款, (A)/(B), 一级 "(50分)" ----
W04: list[Row] = [
    ("产出指标（50分）", "数量指标", "孕产妇产前筛查人数", 10, "≥3200人", "3356人", "10", ""),
    ("产出指标（50分）", "数量指标", "0—6岁儿童健康管理人数", 10, "≥2.1万人", "2.18万人", "10", ""),
    ("产出指标（50分）", "质量指标", "新生儿疾病筛查率", 10, "≥98%", "99.1%", "10", ""),
    ("产出指标（50分）", "时效指标", "高危孕产妇专案管理及时率", 10, "100%", "100%", "10", ""),
    ("产出指标（50分）", "成本指标", "门诊次均费用增幅", 10, "≤5%", "3.8%", "10", ""),
    ("效益指标（30分）", "社会效益指标", "新生儿死亡率", 15, "≤3‰", "1.6‰", "15", ""),
    ("效益指标（30分）", "可持续影响指标", "妇幼健康服务能力", 15, "T:持续提升", "T:明显提升", "15", ""),
    ("满意度指标（10分）", "服务对象满意度指标", "就诊患者满意度", 10, "≥90%", "92.7%", "10", ""),
]


def _w04_fact(r: Row) -> dict[str, Any]:
    f = indicator_fact(r)
    f["level1"] = r[0].split("（")[0]
    return f


def w04() -> Made:
    ini, adj, exe = "6320.00", "6858.42", "6742.15"
    rt = rate(exe, adj)
    es = r2(10 * rt / 100)
    tot = total(W04, es)
    name = "德化县妇幼保健院"
    d = doc()
    d.add_heading(f"{name}2024年度部门整体支出绩效自评报告", level=1)
    for p in [
        "一、单位基本情况",
        "我院是集妇女儿童医疗、保健于一体的二级甲等妇幼保健机构，编制床位120张。核定人员编制156名，"
        "年末在职职工142人，其中卫生技术人员121人。",
        "二、年度收支情况",
        "2024年度收入合计6,905.38万元，其中财政拨款收入1,862.40万元，事业收入4,931.56万元，其他收入111.42万元。",
        f"2024年度支出合计{D(exe):,}万元，其中基本支出5,216.83万元，项目支出1,525.32万元。",
        "三、绩效自评情况",
        f"2024年我院年初预算{D(ini):,}万元，全年预算{D(adj):,}万元，全年执行{D(exe):,}万元，预算执行率{rt}%。"
        "各项绩效指标完成情况见下表。",
    ]:
        d.add_paragraph(p)
    rows = [["部门（单位）整体支出绩效自评表"] + [""] * 7,
            ["（2024年度）"] + [""] * 7,
            ["单位名称", name, "", "", "", "", "", ""],
            ["年度预算资金（万元）", "年初预算数", "全年预算数（A）", "全年执行数（B）", "分值", "执行率（B/A）", "得分", ""],
            ["年度资金总额：", ini, adj, exe, "10", f"{rt}%", str(es), ""],
            ["其中：本年财政拨款", "1780.00", "1862.40", "1862.40", "—", "—", "—", ""],
            ["上年结转资金", "", "", "", "—", "—", "—", ""],
            ["其他资金", "4540.00", "4996.02", "4879.75", "—", "—", "—", ""],
            HEAD, *[cells(r) for r in W04],
            ["总分", "", "", "", "", "100", str(tot), ""]]
    merges = [(0, 0, 0, 7), (1, 0, 1, 7), (2, 1, 2, 7)] + [(i, 6, i, 7) for i in range(3, 8)]
    d.add_paragraph("")
    table(d, rows, merges, col0=True)
    d.add_paragraph("四、自评结论")
    d.add_paragraph(f"经自评，我院2024年度部门整体支出绩效得分{tot}分，等级“{grade(tot)}”。")
    unit = {"name": name, "staff_total": 142, "staff_establishment": 156}
    budget = {"initial": D(ini), "adjusted": D(adj), "executed": D(exe), "stated_execution_rate": rt,
              "income_total": D("6905.38"),
              "income_items": [{"name": "财政拨款收入", "amount": D("1862.40")},
                               {"name": "事业收入", "amount": D("4931.56")},
                               {"name": "其他收入", "amount": D("111.42")}],
              "expenditure_total": D(exe),
              "expenditure_items": [{"name": "基本支出", "amount": D("5216.83")},
                                    {"name": "项目支出", "amount": D("1525.32")}]}
    inds = [exec_fact(10, rt, es)] + [_w04_fact(r) for r in W04]
    return facts("整体支出", 2024, unit, budget, inds, tot, full_mark=100, stated_grade=EARNED), "docx", docx_bytes(d)


# w05 湖北 police branch, project, PDF: the 2021 template with 成本指标 as a 一级 block and 经济效益指标 ---------------
W05: list[Row] = [
    ("产出指标", "数量指标", "新建治安监控探头数量", 10, "≥260个", "268个", "10", ""),
    ("产出指标", "质量指标", "视频图像有效接入率", 10, "≥95%", "97.2%", "10", ""),
    ("产出指标", "时效指标", "系统建成投用时间", 10, "T:2023年10月底前", "T:2023年10月20日", "10", ""),
    ("成本指标", "经济成本指标", "单点建设综合成本", 10, "≤1.2万元", "1.16万元", "10", ""),
    ("效益指标", "社会效益指标", "街面可防性案件同比下降率", 20, "≥8%", "6.5%", "16.5", "电信诈骗等非接触性案件占比上升"),
    ("效益指标", "可持续影响指标", "视频监控系统运行年限", 10, "≥5年", "5年", "10", ""),
    ("满意度指标", "服务对象满意度指标", "辖区群众安全感满意度", 20, "≥92%", "94.3%", "20", ""),
]


def w05() -> Made:
    ini, adj, exe = "320", "320", "311.48"
    rt = rate(exe, adj)
    es = r2(10 * rt / 100)
    tot = total(W05, es)
    pname = "2023年社会治安视频监控补点建设项目"
    d = doc()
    d.add_heading("黄石市公安局下陆分局", level=1)
    d.add_heading(f"{pname}绩效自评报告", level=1)
    for p in [
        "一、项目基本情况",
        f"项目年初预算{ini}万元，全年预算{adj}万元，实际支付{exe}万元，资金执行率{rt}%，未支付部分为质保金。",
        "二、自评结果",
        f"按照项目支出绩效自评表逐项评分，本项目自评总分{tot}分，自评等级为{grade(tot)}。",
    ]:
        d.add_paragraph(p)
    d.add_paragraph("项目支出绩效自评表")
    rows = [["项目名称", pname, "", "", "", "", "", ""],
            ["主管部门", "黄石市公安局", "", "", "实施单位", "黄石市公安局下陆分局", "", ""],
            ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", ""],
            ["年度资金总额", ini, adj, exe, "10", f"{rt}%", str(es), ""],
            HEAD, *[cells(r) for r in W05],
            ["总分", "", "", "", "", "100", str(tot), ""]]
    merges = [(0, 1, 0, 7), (1, 1, 1, 3), (1, 5, 1, 7), (2, 6, 2, 7), (3, 6, 3, 7)]
    table(d, rows, merges, col0=True)
    d.add_paragraph("三、存在问题及改进措施")
    d.add_paragraph("非接触性案件防范需要视频监控与反诈宣传协同发力，下一步将推进视频资源与反诈预警平台对接。")
    project = {"name": pname, "implementing_unit": "黄石市公安局下陆分局"}
    unit = {"supervising_department": "黄石市公安局"}
    budget = {"initial": D(ini), "adjusted": D(adj), "executed": D(exe), "stated_execution_rate": rt}
    inds = [exec_fact(10, rt, es)] + [indicator_fact(r) for r in W05]
    return facts("项目支出", 2023, unit, budget, inds, tot, project, full_mark=100, stated_grade=EARNED), "pdf", docx_bytes(d)


# w06 甘肃 middle school, whole unit: headers 指标值 / 完成值 / 权重 / 自评分 / 备注, staff as 事业编制 / 在编教职工 ---------
W06: list[Row] = [
    ("产出指标", "数量指标", "在校学生人数", 10, "≥1100人", "1136人", "10", ""),
    ("产出指标", "数量指标", "义务教育学生营养餐补助人数", 10, "≥1100人", "1136人", "10", ""),
    ("产出指标", "质量指标", "初中学业水平考试合格率", 10, "≥90%", "88.5%", "9.4", "部分学生数学基础薄弱"),
    ("产出指标", "时效指标", "公用经费拨付及时率", 10, "100%", "100%", "10", ""),
    ("产出指标", "成本指标", "生均公用经费", 10, "≥850元", "850元", "10", ""),
    ("效益指标", "社会效益指标", "义务教育巩固率", 15, "≥98%", "99.2%", "15", ""),
    ("效益指标", "可持续影响指标", "校园安全事故发生数", 10, "0起", "0起", "10", ""),
    ("满意度指标", "服务对象满意度指标", "学生家长满意度", 15, "≥90%", "93%", "15", ""),
]


def w06() -> Made:
    ini, adj, exe = "1425.60", "1512.34", "1498.07"
    rt = rate(exe, adj)
    es = r2(10 * rt / 100)
    tot = total(W06, es)
    name = "张家川回族自治县刘堡初级中学"
    d = doc()
    d.add_heading(f"{name}2024年度部门整体支出绩效自评报告", level=1)
    for p in [
        "一、学校基本情况",
        "学校为全额拨款事业单位，现有教学班24个，在校学生1136人。学校事业编制86人，现有在编教职工81人，退休教师19人。",
        "二、预算收支情况",
        f"2024年学校年初预算{D(ini):,}万元，全年预算{D(adj):,}万元，全年支出{D(exe):,}万元，预算执行率{rt}%。",
        "三、绩效指标完成情况",
        "学校对照年初申报的部门整体绩效目标开展自评，结果如下：",
    ]:
        d.add_paragraph(p)
    head = ["一级指标", "二级指标", "三级指标", "指标值", "完成值", "权重", "自评分", "备注"]
    rows = [head, ["预算执行", "预算执行率", "预算执行率", "100%", f"{rt}%", "10", str(es), ""],
            *[cells(r) for r in W06], ["合计", "", "", "", "", "100", str(tot), ""]]
    table(d, rows, col0=True)
    d.add_paragraph("四、自评结论")
    d.add_paragraph(f"学校2024年度部门整体支出绩效自评分为{tot}分，等级为“{grade(tot)}”。")
    d.add_paragraph("五、存在问题及改进措施")
    d.add_paragraph("学业水平考试合格率未达目标，将通过分层教学和课后服务补齐短板。")
    unit = {"name": name, "staff_total": 81, "staff_establishment": 86}
    budget = {"initial": D(ini), "adjusted": D(adj), "executed": D(exe), "stated_execution_rate": rt}
    inds = [exec_fact(10, rt, es, level1="预算执行", level2="预算执行率", target={"value": D(100), "unit": "%"})]
    inds += [indicator_fact(r) for r in W06]
    return facts("整体支出", 2024, unit, budget, inds, tot, full_mark=100, stated_grade=EARNED), "docx", docx_bytes(d)


WORD_REPORTS: dict[str, Callable[[], Made]] = {
    "w01-ln-liuyin-street-whole-docx-appendix": w01,
    "w02-gx-tianlin-cdc-project-docx-prose": w02,
    "w03-jl-lishu-agri-project-docx-split-table": w03,
    "w04-fj-dehua-mch-whole-docx-ab-form": w04,
    "w05-hb-xialu-police-project-pdf-cost-block": w05,
    "w06-gs-liubao-school-whole-docx-weights": w06,
}
