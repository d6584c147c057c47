# ruff: noqa: E501
"""Reports v01–v06 of the eighteenth set (Word; v05 and v06 become PDF): each returns (facts, extension, content).

Every unit, person and figure is invented.
"""

from __future__ import annotations

from eighteenth_facts import (
    EARNED,
    D,
    Made,
    Row,
    doc,
    docx_bytes,
    exec_fact,
    facts,
    form_rows,
    grade,
    indicator_fact,
    r2,
    rate,
    shown,
    table,
    total,
    wan_yuan,
)

HEAD8 = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]


def _nature(target: str) -> tuple[str, str, str]:
    """A target split into the Sichuan form's 指标性质 / 指标值 / 度量单位 cells."""
    if target.startswith("T:"):
        return "定性", target[2:], ""
    sign = target[0] if target[0] in "≥≤=" else "="
    rest = target.lstrip("≥≤=")
    num = "".join(ch for ch in rest if ch.isdigit() or ch in ".,")
    return sign, num, rest[len(num):]


# v01 四川 agriculture, project, docx in the Sichuan 2023 layout (指标性质 / 指标值 / 度量单位 columns) -------------
V01: list[Row] = [
    ("产出指标", "数量指标", "耕地地力保护补贴发放面积", 15, "≥36.5万亩", "36.82万亩", "15", ""),
    ("产出指标", "数量指标", "测土配方施肥技术推广面积", 10, "≥30万亩", "31.2万亩", "10", ""),
    ("产出指标", "质量指标", "补贴资金兑付准确率", 10, "=100%", "100%", "10", ""),
    ("产出指标", "时效指标", "补贴资金兑付完成时间", 5, "T:2024年6月30日前", "T:2024年6月21日", "5", ""),
    ("产出指标", "成本指标", "亩均补贴标准", 5, "=105元", "105元", "5", ""),
    ("效益指标", "经济效益指标", "化肥使用量减少", 10, "≥1200吨", "1136吨", "9.47", "部分乡镇经济作物种植面积扩大，化肥减量空间有限"),
    ("效益指标", "生态效益指标", "耕地质量等级", 15, "T:稳中有升", "T:稳中有升", "15", ""),
    ("效益指标", "可持续影响指标", "耕地保护长效机制", 10, "T:健全", "T:基本健全", "8", "村级耕地保护网格员制度尚待完善"),
    ("满意度指标", "服务对象满意度指标", "补贴对象满意度", 10, "≥90%", "95.3%", "10", ""),
]


def v01() -> Made:
    ini, adj, exe = "420.00", "436.50", "421.17"
    rt = rate(exe, adj)
    es = r2(10 * rt / 100)
    tot = total(V01, es)
    goal = "完成全县36.5万亩耕地地力保护补贴发放，推广测土配方施肥30万亩，化肥使用量减少1200吨。"
    done = "发放补贴面积36.82万亩，推广测土配方施肥31.2万亩，化肥使用量减少1136吨。"
    d = doc()
    d.add_heading("邻水县农业农村局2024年耕地地力保护与化肥减量增效项目支出绩效自评报告", level=1)
    for p in [
        "一、项目基本情况",
        "耕地地力保护与化肥减量增效项目由县农业技术推广中心具体实施，资金用于向耕地承包农户发放地力保护补贴，"
        "开展测土配方施肥和有机肥替代化肥示范。",
        f"2024年项目年初预算{ini}万元，调整后预算{adj}万元；截至12月31日，项目资金到位{adj}万元，已支付{exe}万元，"
        f"预算执行率{rt}%。",
        "二、绩效自评情况",
        "项目绩效自评表如下。",
    ]:
        d.add_paragraph(p)
    d.add_paragraph("部门预算项目支出绩效自评表（2024年度）")
    table(d, [["项目名称", "耕地地力保护与化肥减量增效项目", "", ""],
              ["主管部门", "邻水县农业农村局", "实施单位（盖章）", "邻水县农业技术推广中心"],
              ["项目年度目标", "", "年度目标完成情况", ""],
              [goal, "", done, ""]],
          merges=[(0, 1, 0, 3), (2, 0, 2, 1), (2, 2, 2, 3), (3, 0, 3, 1), (3, 2, 3, 3)])
    d.add_paragraph("")
    table(d, [["预算执行情况（10分）", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分"],
              ["总额", ini, adj, exe, f"{rt}%", "10", str(es)],
              ["其中：财政资金", ini, adj, exe, f"{rt}%", "/", "/"],
              ["财政专户管理资金", "", "", "", "", "/", "/"],
              ["单位资金", "", "", "", "", "/", "/"],
              ["其他资金", "", "", "", "", "/", "/"]])
    d.add_paragraph("")
    head = ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分", "未完成原因分析"]
    rows = [["绩效指标（90分）"] + [""] * 9, head]
    for r in V01:
        sign, num, unit = _nature(r[4])
        done_v = shown(r[5]) if r[5].startswith("T:") else r[5][: len(r[5]) - len(unit)] if unit else r[5].rstrip("%")
        rows.append([r[0], r[1], r[2], sign, num, unit, done_v, str(r[3]), r[6], r[7]])
    rows.append(["合计", "", "", "", "", "", "", "100", str(tot), ""])
    table(d, rows, merges=[(0, 0, 0, 9), (len(rows) - 1, 0, len(rows) - 1, 6)], vmerge_cols=(0, 1))
    d.add_paragraph(f"评价结论：项目自评总分{tot}分，各项目标基本完成，自评等级为{grade(tot)}。")
    d.add_paragraph("存在问题：化肥减量受种植结构调整影响未达预期。")
    d.add_paragraph("改进措施：加大有机肥替代示范力度，完善村级网格员管理。")
    d.add_paragraph("项目负责人：邓志远        财务负责人：罗晓琴")
    unit = {"supervising_department": "邻水县农业农村局"}
    project = {"name": "耕地地力保护与化肥减量增效项目", "implementing_unit": "邻水县农业技术推广中心",
               "goal_expected": goal, "goal_actual": done}
    budget = {"initial": D(ini), "adjusted": D(adj), "executed": D(exe), "stated_execution_rate": rt,
              "fund_rows": [{"name": "财政资金", "initial": D(ini), "adjusted": D(adj), "executed": D(exe)}]}
    inds = [exec_fact(10, rt, es)] + [indicator_fact(r) for r in V01]
    return facts("项目支出", 2024, unit, budget, inds, tot, project, full_mark=100, stated_grade=EARNED), "docx", docx_bytes(d)


# v02 湖北 town, whole unit, docx: 收入预算 / 支出预算 prose, form with 产出/效益/满意度 only, grade in prose only ----
V02: list[Row] = [
    ("产出指标", "数量指标", "农村公路养护里程", 10, "≥86公里", "86公里", "10", ""),
    ("产出指标", "数量指标", "高标准农田建设面积", 10, "≥3000亩", "3120亩", "10", ""),
    ("产出指标", "质量指标", "农村改厕验收合格率", 10, "≥95%", "92%", "9.68", "部分农户改厕后管护不到位"),
    ("产出指标", "时效指标", "惠民惠农补贴发放及时率", 10, "100%", "100%", "10", ""),
    ("产出指标", "成本指标", "公用经费支出", 10, "≤185万元", "179.6万元", "10", ""),
    ("效益指标", "社会效益指标", "社会治安案件发案率下降", 10, "≥3%", "2.1%", "7", "部分村组技防设施覆盖不足"),
    ("效益指标", "生态效益指标", "河湖长制巡河任务完成率", 10, "100%", "100%", "10", ""),
    ("效益指标", "可持续影响指标", "村集体经济收入10万元以上村占比", 10, "≥60%", "55%", "9.17", "两个村产业项目尚未产生收益"),
    ("满意度指标", "服务对象满意度指标", "群众满意度", 10, "≥90%", "85.6%", "9.51", "部分群众对道路维修进度有意见"),
]


def v02() -> Made:
    ini, adj, exe = "2865.40", "3102.76", "2987.15"
    rt = rate(exe, adj)
    es = r2(10 * rt / 100)
    tot = total(V02, es)
    d = doc()
    d.add_heading("通山县云溪镇人民政府2024年度部门整体支出绩效自评报告", level=1)
    for p in [
        "一、部门基本情况",
        "（一）机构和人员。镇政府内设党政综合办公室、经济发展办公室、社会事务办公室、自然资源和规划办公室4个综合办事机构，"
        "下设农业服务中心、文化服务中心、社会保障服务中心3个事业单位。全镇编制数52名，实有人数49人。",
        f"（二）预算收支情况。2024年初部门收入预算{D(ini):,}万元，其中财政拨款预算2,715.40万元、其他收入预算150.00万元；"
        f"支出预算{D(ini):,}万元，其中基本支出预算1,602.33万元、项目支出预算1,263.07万元。年中追加后全年预算{D(adj):,}万元。"
        f"全年实际收入{D(adj):,}万元，其中一般公共预算财政拨款收入2,952.76万元、其他收入150.00万元；全年实际支出{D(exe):,}万元，"
        f"其中基本支出1,655.02万元、项目支出1,332.13万元，预算执行率{rt}%。",
        "二、绩效自评工作开展情况",
        "镇政府成立自评工作专班，对照年初部门整体绩效目标逐项核实完成情况，填写自评表（见附件）。",
        "三、自评结论",
        f"经自评，本单位2024年度部门整体支出绩效自评总分{tot}分，综合评定等级为“优秀”。",
        "四、存在的问题及改进措施",
        "一是社会治安技防设施覆盖不均衡；二是村集体经济增收渠道较窄。下一步将加快技防设施建设，培育村级特色产业。",
        "附件：通山县云溪镇人民政府2024年度部门整体支出绩效自评表",
    ]:
        d.add_paragraph(p)
    d.add_paragraph("部门整体支出绩效自评表")
    d.add_paragraph("（2024年度）")
    goal = "保障镇村两级正常运转，完成农村公路养护、高标准农田建设和人居环境整治任务，维护社会稳定。"
    done = "镇村两级运转正常，完成公路养护86公里、高标准农田3120亩，人居环境持续改善，社会总体稳定。"
    rows = [["部门名称", "通山县云溪镇人民政府", "", "", "", "", "", ""],
            ["预算资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["年度资金总额", "", f"{D(ini):,}", f"{D(adj):,}", f"{D(exe):,}", "10", f"{rt}%", str(es)],
            ["其中：当年财政拨款", "", "2,715.40", "2,952.76", "2,837.15", "—", "96.08%", "—"],
            ["其他资金", "", "150.00", "150.00", "150.00", "—", "100.00%", "—"],
            ["年度总体目标", "预期目标", "", "", "实际完成情况", "", "", ""],
            ["", goal, "", "", done, "", "", ""],
            HEAD8]
    rows += form_rows(V02)
    rows.append(["总分", "", "", "", "", "100", str(tot), ""])
    merges = [(0, 1, 0, 7), (1, 0, 1, 1), (2, 0, 2, 1), (3, 0, 3, 1), (4, 0, 4, 1), (5, 0, 6, 0), (5, 1, 5, 3),
              (5, 4, 5, 7), (6, 1, 6, 3), (6, 4, 6, 7), (len(rows) - 1, 0, len(rows) - 1, 4)]
    table(d, rows, merges=merges, vmerge_cols=(0,))
    unit = {"name": "通山县云溪镇人民政府", "staff_total": 49, "staff_establishment": 52,
            "internal_bodies": ["党政综合办公室", "经济发展办公室", "社会事务办公室", "自然资源和规划办公室"],
            "internal_bodies_count": 4,
            "subordinate_bodies": ["农业服务中心", "文化服务中心", "社会保障服务中心"], "subordinate_bodies_count": 3}
    budget = {"initial": D(ini), "adjusted": D(adj), "executed": D(exe), "stated_execution_rate": rt,
              "income_total": D(adj),
              "income_items": [{"name": "一般公共预算财政拨款收入", "amount": D("2952.76")},
                               {"name": "其他收入", "amount": D("150.00")}],
              "expenditure_total": D(exe),
              "expenditure_items": [{"name": "基本支出", "amount": D("1655.02")},
                                    {"name": "项目支出", "amount": D("1332.13")}],
              "fund_rows": [{"name": "当年财政拨款", "initial": D("2715.40"), "adjusted": D("2952.76"), "executed": D("2837.15")},
                            {"name": "其他资金", "initial": D("150.00"), "adjusted": D("150.00"), "executed": D("150.00")}]}
    inds = [exec_fact(10, rt, es)] + [indicator_fact(r) for r in V02]
    return facts("整体支出", 2024, unit, budget, inds, tot, full_mark=100, stated_grade=EARNED), "docx", docx_bytes(d)


# v03 广东 hospital, project, docx: form + a second table of block scores, a score sentence with parts --------------
V03: list[Row] = [
    ("产出指标", "数量指标", "接入医共体平台的基层医疗机构数", 10, "≥21家", "21家", "10", ""),
    ("产出指标", "数量指标", "远程会诊系统覆盖乡镇卫生院数", 10, "≥18家", "18家", "10", ""),
    ("产出指标", "质量指标", "系统上线验收合格率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "平台上线运行时间", 10, "T:2024年10月底前", "T:2024年12月中旬", "7", "设备供货延迟，平台推迟上线"),
    ("产出指标", "成本指标", "项目总成本", 10, "≤600万元", "571.38万元", "10", ""),
    ("效益指标", "社会效益指标", "远程会诊年服务人次", 15, "≥3000人次", "2860人次", "14.3", "平台推迟上线，服务时间不足全年"),
    ("效益指标", "可持续影响指标", "检查检验结果互认机构数", 15, "≥20家", "19家", "13.7", "一家卫生院设备接口尚未完成改造"),
    ("满意度指标", "服务对象满意度指标", "医务人员使用满意度", 10, "≥85%", "90.2%", "10", ""),
]


def v03() -> Made:
    ini, adj, exe = "600.00", "600.00", "571.38"
    rt = rate(exe, adj)
    es = r2(10 * rt / 100)
    tot = total(V03, es)
    blocks = {b: (sum(r[3] for r in V03 if r[0] == b), sum(D(r[6]) for r in V03 if r[0] == b))
              for b in ("产出指标", "效益指标", "满意度指标")}
    d = doc()
    d.add_heading("紫金县人民医院2024年县域医共体信息化建设项目支出绩效自评报告", level=1)
    parts = "、".join(f"{b}得分{s.normalize():f}分" for b, (_, s) in blocks.items())
    for p in [
        "一、项目概况",
        "县域医共体信息化建设项目由县卫生健康局主管、县人民医院实施，建设医共体信息平台、远程会诊和检查检验互认系统。",
        f"项目年初预算{ini}万元，年内未作调整，全年预算{adj}万元，实际支出{exe}万元，预算执行率{rt}%。",
        "二、自评结论",
        f"经自评，项目总得分{tot}分，其中预算执行率得分{es}分、{parts}，自评等级为{grade(tot)}。",
        "三、绩效指标完成情况",
        "表1  项目支出绩效自评表",
    ]:
        d.add_paragraph(p)
    table(d, [["项目名称", "县域医共体信息化建设项目", "", ""],
              ["主管部门", "紫金县卫生健康局", "实施单位", "紫金县人民医院"]], merges=[(0, 1, 0, 3)])
    d.add_paragraph("")
    table(d, [["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
              ["年度资金总额", ini, adj, exe, "10", f"{rt}%", str(es)],
              ["其中：当年财政拨款", ini, adj, exe, "—", f"{rt}%", "—"],
              ["上年结转资金", "", "", "", "—", "", "—"],
              ["其他资金", "", "", "", "—", "", "—"]])
    d.add_paragraph("")
    rows = [HEAD8, *form_rows(V03), ["总分", "", "", "", "", "100", str(tot), ""]]
    table(d, rows, merges=[(len(rows) - 1, 0, len(rows) - 1, 4)], vmerge_cols=(0, 1))
    d.add_paragraph("表2  项目绩效自评得分汇总表")
    summary = [["评价内容", "分值", "得分"], ["预算执行率", "10", str(es)]]
    summary += [[b, str(w), f"{s.normalize():f}"] for b, (w, s) in blocks.items()]
    summary.append(["合计", "100", str(tot)])
    table(d, summary)
    d.add_paragraph("四、存在问题及改进措施")
    d.add_paragraph("设备供货延迟导致平台推迟上线。今后将在采购合同中明确交货期限和违约责任，加强项目进度调度。")
    unit = {"supervising_department": "紫金县卫生健康局"}
    project = {"name": "县域医共体信息化建设项目", "implementing_unit": "紫金县人民医院"}
    budget = {"initial": D(ini), "adjusted": D(adj), "executed": D(exe), "stated_execution_rate": rt,
              "fund_rows": [{"name": "当年财政拨款", "initial": D(ini), "adjusted": D(adj), "executed": D(exe)}]}
    inds = [exec_fact(10, rt, es)] + [indicator_fact(r) for r in V03]
    bw = {b: w for b, (w, _) in blocks.items()}
    return (facts("项目支出", 2024, unit, budget, inds, tot, project, full_mark=100, stated_block_weights=bw, stated_grade=EARNED),
            "docx", docx_bytes(d))


# v04 江西 school, project, docx: 资金来源 rows by level (中央/省级/市级/县级) under a merged 其中 cell ------------------
V04: list[Row] = [
    ("产出指标", "数量指标", "新建学生宿舍面积", 10, "≥2400平方米", "2460平方米", "10", ""),
    ("产出指标", "数量指标", "购置学生课桌椅", 10, "≥600套", "600套", "10", ""),
    ("产出指标", "质量指标", "工程验收合格率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "宿舍楼交付使用时间", 10, "T:2024年8月31日前", "T:2024年8月28日", "10", ""),
    ("产出指标", "成本指标", "宿舍建设单位造价", 10, "≤1500元/平方米", "1468元/平方米", "10", ""),
    ("效益指标", "社会效益指标", "新增寄宿学位", 15, "≥480个", "480个", "15", ""),
    ("效益指标", "可持续影响指标", "学校办学条件", 15, "T:明显改善", "T:明显改善", "15", ""),
    ("满意度指标", "服务对象满意度指标", "学生及家长满意度", 10, "≥90%", "88.5%", "9.83", "食堂就餐高峰排队时间较长"),
]
V04_FUNDS = [("中央资金", "200.00", "200.00", "200.00"), ("省级资金", "100.00", "100.00", "100.00"),
             ("市级资金", "30.00", "40.00", "38.60"), ("县级资金", "50.00", "70.00", "63.75")]


def v04() -> Made:
    ini, adj, exe = "380.00", "410.00", "402.35"
    rt = rate(exe, adj)
    es = r2(10 * rt / 100)
    tot = total(V04, es)
    d = doc()
    d.add_heading("上犹县青溪中学2024年义务教育薄弱环节改善与能力提升项目绩效自评报告", level=1)
    for p in [
        "一、项目基本情况",
        "为解决学校寄宿学位不足问题，经县教育科技体育局批准，我校实施义务教育薄弱环节改善与能力提升项目，新建学生宿舍一栋，"
        "并购置学生课桌椅。",
        "项目总投资410万元，其中中央资金200万元、省级资金100万元、市级资金40万元、县级资金70万元。全年实际支出402.35万元。",
        "二、绩效目标完成情况",
        "宿舍楼于2024年8月28日交付使用，新增寄宿学位480个，各项指标完成情况见自评表。",
        "项目支出绩效自评表",
    ]:
        d.add_paragraph(p)
    table(d, [["项目名称", "2024年义务教育薄弱环节改善与能力提升项目", "", ""],
              ["主管部门", "上犹县教育科技体育局", "实施单位", "上犹县青溪中学"]], merges=[(0, 1, 0, 3)])
    d.add_paragraph("")
    money = [["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
             ["年度资金总额", "", ini, adj, exe, "10", f"{rt}%", str(es)]]
    for name, a, b, c in V04_FUNDS:
        money.append(["其中", name, a, b, c, "—", f"{rate(c, b)}%", "—"])
    table(d, money, merges=[(0, 0, 0, 1), (1, 0, 1, 1)], vmerge_cols=(0,))
    d.add_paragraph("")
    rows = [HEAD8, *form_rows(V04), ["总分", "", "", "", "", "100", str(tot), ""]]
    table(d, rows, merges=[(len(rows) - 1, 0, len(rows) - 1, 4)], vmerge_cols=(0,))
    d.add_paragraph("三、自评结论")
    d.add_paragraph(f"经综合评价，本项目自评得分{tot}分，等级为{grade(tot)}。")
    d.add_paragraph("四、存在问题及改进措施")
    d.add_paragraph("学生食堂就餐高峰排队时间较长，下一步将优化就餐时段安排，增设售饭窗口。")
    unit = {"supervising_department": "上犹县教育科技体育局"}
    project = {"name": "2024年义务教育薄弱环节改善与能力提升项目", "implementing_unit": "上犹县青溪中学"}
    budget = {"initial": D(ini), "adjusted": D(adj), "executed": D(exe), "stated_execution_rate": rt,
              "fund_rows": [{"name": n, "initial": D(a), "adjusted": D(b), "executed": D(c)} for n, a, b, c in V04_FUNDS]}
    inds = [exec_fact(10, rt, es)] + [indicator_fact(r) for r in V04]
    return facts("项目支出", 2024, unit, budget, inds, tot, project, full_mark=100, stated_grade=EARNED), "docx", docx_bytes(d)


# v05 河南 street office, whole unit, pdf: amounts in 元 with separators, ≤ targets ---------------------------------
V05: list[Row] = [
    ("产出指标", "数量指标", "城镇新增就业人数", 10, "≥500人", "536人", "10", ""),
    ("产出指标", "数量指标", "老旧小区改造户数", 10, "≥860户", "860户", "10", ""),
    ("产出指标", "质量指标", "12345热线工单办结率", 10, "≥98%", "99.4%", "10", ""),
    ("产出指标", "时效指标", "信访事项办结时限", 10, "≤30日", "26日", "10", ""),
    ("产出指标", "成本指标", "“三公”经费支出", 10, "≤12万元", "10.8万元", "10", ""),
    ("效益指标", "社会效益指标", "刑事案件发案率下降幅度", 10, "≥5%", "5.6%", "10", ""),
    ("效益指标", "生态效益指标", "辖区空气质量优良天数", 10, "≥240天", "226天", "9.42", "上半年受区域性污染过程影响"),
    ("满意度指标", "服务对象满意度指标", "辖区居民满意度", 20, "≥90%", "93%", "20", ""),
]


def v05() -> Made:
    ini, adj, exe = "12,386,500.00", "13,042,180.50", "12,797,416.32"
    w_ini, w_adj, w_exe = wan_yuan(ini), wan_yuan(adj), wan_yuan(exe)
    rt = r2(w_exe / w_adj * 100)
    es = r2(10 * rt / 100)
    tot = total(V05, es)
    d = doc()
    d.add_heading("新郑市溱水街道办事处2024年度部门整体支出绩效自评报告", level=1)
    for p in [
        "一、部门概况",
        "溱水街道办事处是市人民政府的派出机关，辖12个社区。街道办事处核定编制48名，年末实有在职人员45人。",
        "二、部门收支情况",
        f"本年收入合计{adj}元，其中财政拨款收入12,642,180.50元、其他收入400,000.00元；"
        f"本年支出合计{exe}元，其中基本支出6,218,904.17元、项目支出6,578,512.15元。",
        f"2024年度年初预算{ini}元，全年预算{adj}元，全年执行{exe}元，预算执行率{rt}%。",
        "三、绩效自评结果",
        f"本单位2024年度部门整体支出绩效自评得分{tot}分，等级为“{grade(tot)}”。评分情况见下表。",
        "（一）预算执行情况（单位：元）",
    ]:
        d.add_paragraph(p)
    table(d, [["年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分"],
              [ini, adj, exe, f"{rt}%", "10", str(es)]])
    d.add_paragraph("（二）绩效指标完成情况")
    rows = [HEAD8, *form_rows(V05), ["总分", "", "", "", "", "100", str(tot), ""]]
    table(d, rows, merges=[(len(rows) - 1, 0, len(rows) - 1, 4)], vmerge_cols=(0,))
    d.add_paragraph("四、存在的问题及改进措施")
    d.add_paragraph("空气质量改善受区域性因素影响较大。下一步将加强扬尘管控，落实网格化巡查。")
    d.add_paragraph("新郑市溱水街道办事处")
    d.add_paragraph("2025年3月20日")
    unit = {"name": "新郑市溱水街道办事处", "staff_total": 45, "staff_establishment": 48}
    budget = {"initial": w_ini, "adjusted": w_adj, "executed": w_exe, "stated_execution_rate": rt,
              "income_total": w_adj,
              "income_items": [{"name": "财政拨款收入", "amount": wan_yuan("12,642,180.50")},
                               {"name": "其他收入", "amount": wan_yuan("400,000.00")}],
              "expenditure_total": w_exe,
              "expenditure_items": [{"name": "基本支出", "amount": wan_yuan("6,218,904.17")},
                                    {"name": "项目支出", "amount": wan_yuan("6,578,512.15")}]}
    inds = [exec_fact(10, rt, es)] + [indicator_fact(r) for r in V05]
    return facts("整体支出", 2024, unit, budget, inds, tot, full_mark=100, stated_grade=EARNED), "pdf", docx_bytes(d)


# v06 甘肃 water, project, pdf: 项目资金到位/已支付, a score sentence with parts; planted execution rate ---------------
V06: list[Row] = [
    ("产出指标", "数量指标", "维修养护集中供水工程处数", 15, "≥42处", "44处", "15", ""),
    ("产出指标", "数量指标", "更换老化管道长度", 10, "≥65公里", "63.2公里", "9", "部分管段冻土期无法施工，顺延至次年"),
    ("产出指标", "质量指标", "水质检测合格率", 10, "≥95%", "97.6%", "10", ""),
    ("产出指标", "时效指标", "工程维修响应时间", 10, "≤48小时", "36小时", "10", ""),
    ("产出指标", "成本指标", "处均维修养护成本", 5, "≤8万元", "7.86万元", "5", ""),
    ("效益指标", "社会效益指标", "农村自来水普及率", 15, "≥92%", "92.8%", "15", ""),
    ("效益指标", "可持续影响指标", "工程运行管护机制", 15, "T:长效运行", "T:基本建立", "14", "乡镇管护队伍人员不稳定"),
    ("满意度指标", "服务对象满意度指标", "受益群众满意度", 10, "≥90%", "94.1%", "10", ""),
]


def v06() -> Made:
    ini, adj, exe = "320.00", "360.00", "346.03"
    stated_rate = D("98.12")  # planted: 346.03 / 360.00 = 96.12 %
    es = r2(10 * stated_rate / 100)
    tot = total(V06, es)
    blocks = [(b, sum(D(r[6]) for r in V06 if r[0] == b)) for b in ("产出指标", "效益指标", "满意度指标")]
    d = doc()
    d.add_heading("会宁县水务局", level=1)
    d.add_heading("2024年农村供水保障工程维修养护项目支出绩效自评报告", level=2)
    parts = "，".join(f"{b}{s.normalize():f}分" for b, s in blocks)
    for p in [
        "一、项目基本情况",
        "项目由会宁县农村供水管理站组织实施，主要对全县集中供水工程进行维修养护，更换老化管道，保障农村群众饮水安全。",
        f"项目年初预算{ini}万元，年中追加{D(adj) - D(ini)}万元，全年预算{adj}万元。截至2024年12月31日，项目资金到位{adj}万元，"
        f"已支付{exe}万元，预算执行率{stated_rate}%。",
        "二、绩效自评结论",
        f"本项目自评总分{tot}分，其中：预算执行{es}分，{parts}。自评等级为{grade(tot)}。",
        "三、项目支出绩效自评表",
    ]:
        d.add_paragraph(p)
    table(d, [["项目名称", "2024年农村供水保障工程维修养护项目", "", ""],
              ["主管部门", "会宁县水务局", "实施单位", "会宁县农村供水管理站"]], merges=[(0, 1, 0, 3)])
    d.add_paragraph("")
    table(d, [["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
              ["年度资金总额", ini, adj, exe, "10", f"{stated_rate}%", str(es)]])
    d.add_paragraph("")
    rows = [HEAD8, *form_rows(V06), ["总分", "", "", "", "", "100", str(tot), ""]]
    table(d, rows, merges=[(len(rows) - 1, 0, len(rows) - 1, 4)], vmerge_cols=(0, 1))
    d.add_paragraph("四、问题及建议")
    d.add_paragraph("冬季冻土期施工受限，部分管道更换任务顺延。建议合理安排施工时序，稳定乡镇管护队伍。")
    unit = {"supervising_department": "会宁县水务局"}
    project = {"name": "2024年农村供水保障工程维修养护项目", "implementing_unit": "会宁县农村供水管理站"}
    budget = {"initial": D(ini), "adjusted": D(adj), "executed": D(exe), "stated_execution_rate": stated_rate}
    inds = [exec_fact(10, stated_rate, es)] + [indicator_fact(r) for r in V06]
    return (facts("项目支出", 2024, unit, budget, inds, tot, project, full_mark=100,
                  planted=["EXECUTION_RATE_MISMATCH"], stated_grade=EARNED), "pdf", docx_bytes(d))


WORD = {
    "v01-sc-linshui-agri-project-docx-nature-cols": v01,
    "v02-hb-tongshan-town-whole-docx-income-budget": v02,
    "v03-gd-zijin-hospital-project-docx-two-tables": v03,
    "v04-jx-shangyou-school-project-docx-fund-levels": v04,
    "v05-ha-xinzheng-street-whole-pdf-yuan": v05,
    "v06-gs-huining-water-project-pdf-paid": v06,
}
