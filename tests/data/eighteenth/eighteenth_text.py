# ruff: noqa: E501
"""Reports v07–v12 of the eighteenth set (xlsx, txt, md, html): each returns (facts, extension, content).

Every unit, person and figure is invented.
"""

from __future__ import annotations

import io
from decimal import Decimal
from typing import Any

import openpyxl
from eighteenth_facts import (
    EARNED,
    D,
    Made,
    Row,
    exec_fact,
    facts,
    form_rows,
    grade,
    indicator_fact,
    r2,
    rate,
    shown,
    total,
    wan_yuan,
)
from openpyxl.styles import Alignment


def _num(text: str) -> float | int:
    return float(text) if "." in text else int(text)


def _sheet(ws: Any, rows: list[list[Any]], merges: list[str]) -> None:
    for i, row in enumerate(rows, 1):
        for j, v in enumerate(row, 1):
            if v is not None:
                ws.cell(i, j, v).alignment = Alignment(wrap_text=True, vertical="center")
    for m in merges:
        ws.merge_cells(m)


# v07 安徽 centre, whole unit, xlsx in the Anhui layout (当年财政拨款 / 上年结转 rows, 指标1：names) -------------------
V07: list[Row] = [
    ("产出指标", "数量指标", "农村危房改造户数", 10, "≥120户", "126户", "10", ""),
    ("产出指标", "数量指标", "美丽宜居自然村庄整治数量", 10, "≥35个", "36个", "10", ""),
    ("产出指标", "质量指标", "危房改造竣工验收合格率", 10, "≥98%", "100%", "10", ""),
    ("产出指标", "时效指标", "年度改造任务完成时间", 10, "T:11月底前", "T:11月20日", "10", ""),
    ("产出指标", "成本指标", "户均危房改造补助", 10, "≤2.5万元", "2.31万元", "10", ""),
    ("效益指标", "社会效益指标", "农村住房安全保障率", 15, "100%", "100%", "15", ""),
    ("效益指标", "生态效益指标", "村庄生活垃圾治理覆盖率", 15, "≥95%", "93.8%", "14.81", "两个偏远自然村转运点建设滞后"),
    ("满意度指标", "服务对象满意度指标", "农户满意度", 10, "≥90%", "96%", "10", ""),
]


def v07() -> Made:
    ini, adj, exe = "412.36", "468.90", "455.27"
    rt = rate(exe, adj)
    es = r2(10 * rt / 100)
    tot = total(V07, es)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "部门整体自评表"
    rows: list[list[Any]] = [
        ["部门整体支出绩效自评表"], ["（2024年度）"],
        ["部门", "泾县乡村建设服务中心"],
        ["预算资金（万元）", None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        [None, "年度资金总额", float(ini), float(adj), float(exe), 10, float(rt) / 100, float(es)],
        [None, "其中：当年财政拨款", float(ini), 440.90, 427.27, "—", 0.9691, "—"],
        [None, "上年结转资金", "—", 28.00, 28.00, "—", 1.0, "—"],
        [None, "其他资金", "—", "—", "—", "—", "—", "—"],
        ["年度总体目标", "预期目标", None, None, "实际完成情况"],
        [None, "完成农村危房改造120户，整治美丽宜居自然村庄35个，村庄生活垃圾治理覆盖率达到95%以上。", None, None,
         "完成农村危房改造126户，整治美丽宜居自然村庄36个，村庄生活垃圾治理覆盖率93.8%。"],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    ]
    start = len(rows) + 1
    count: dict[tuple[str, str], int] = {}
    for r in V07:
        k = count[(r[0], r[1])] = count.get((r[0], r[1]), 0) + 1
        rows.append([None, r[0], r[1], f"指标{k}：{r[2]}", shown(r[4]), shown(r[5]), r[3], _num(r[6]), r[7] or None])
    end = len(rows)
    rows += [["总分", None, None, None, None, None, 100, float(tot)], ["自评等级", grade(tot)]]
    merges = ["A1:I1", "A2:I2", "B3:I3", "A4:B4", "A5:A8", "A9:A10", "B9:D9", "E9:I9", "B10:D10", "E10:I10",
              f"A11:A{end}", f"A{end + 1}:F{end + 1}"]
    b_start = start
    for i in range(start, end + 1):
        if i == end or rows[i][1] != rows[i - 1][1]:
            if i > b_start:
                merges.append(f"B{b_start}:B{i}")
            b_start = i + 1
    _sheet(ws, rows, merges)
    ws["A11"] = "绩效指标"
    for ref in ("G5", "G6", "G7"):
        ws[ref].number_format = "0.00%"
    for ref in ("C5", "D5", "E5", "C6", "D6", "E6", "D7", "E7"):
        ws[ref].number_format = "#,##0.00"
    notes = wb.create_sheet("填表说明")
    for i, text in enumerate(["1.执行率=全年执行数/全年预算数。", "2.定量指标按完成比例计分，定性指标分档计分。",
                              "3.偏差原因须逐项说明。"], 1):
        notes.cell(i, 1, text)
    buf = io.BytesIO()
    wb.save(buf)
    unit = {"name": "泾县乡村建设服务中心"}
    budget = {"initial": D(ini), "adjusted": D(adj), "executed": D(exe), "stated_execution_rate": rt,
              "fund_rows": [{"name": "当年财政拨款", "initial": D(ini), "adjusted": D("440.90"), "executed": D("427.27")},
                            {"name": "上年结转资金", "adjusted": D("28.00"), "executed": D("28.00")}]}
    inds = [exec_fact(10, rt, es)] + [indicator_fact(r) for r in V07]
    return facts("整体支出", 2024, unit, budget, inds, tot, full_mark=100, stated_grade=EARNED), "xlsx", buf.getvalue()


# v08 湖南 culture, project, xlsx: 全年预算数（A）/ 执行数（B）/ 得分（10分×执行率）in 元, 年度目标（90分）-------------
V08: list[Row] = [
    ("产出指标", "数量指标", "送戏下乡演出场次", 20, "≥150场", "152场", "20", ""),
    ("产出指标", "质量指标", "演出节目审查合格率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "演出任务完成时间", 10, "T:2024年11月底前", "T:2024年11月26日", "10", ""),
    ("产出指标", "成本指标", "场均演出补助", 10, "≤1.2万元", "1.18万元", "10", ""),
    ("效益指标", "社会效益指标", "观看演出群众人次", 20, "≥9万人次", "8.4万人次", "18.67", "部分场次遇雨天观众减少"),
    ("效益指标", "可持续影响指标", "基层文艺队伍培育", 10, "T:逐步壮大", "T:新增业余剧团3个", "10", ""),
    ("满意度指标", "服务对象满意度指标", "群众满意度", 10, "≥90%", "92.5%", "10", ""),
]


def v08() -> Made:
    adj, exe = "1860000.00", "1792436.80"
    rt = r2(D(exe) / D(adj) * 100)
    es = r2(10 * rt / 100)
    tot = total(V08, es)
    goal = "全年在全县乡镇、村（社区）开展送戏下乡惠民演出150场以上，丰富基层群众文化生活。"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目支出绩效自评表"
    rows: list[list[Any]] = [
        ["项目支出绩效自评表（2024年度）"],
        ["填报单位：桃江县文化馆", None, None, None, None, None, "单位：元"],
        ["项目名称", "2024年送戏下乡惠民演出项目"],
        ["主管部门", "桃江县文化旅游广电体育局", None, None, "实施单位", "桃江县文化馆"],
        ["预算执行情况（10分）", None, "全年预算数（A）", "执行数（B）", "执行率（B/A）", "得分（10分×执行率）"],
        ["项目资金总额", None, float(adj), float(exe), float(rt) / 100, float(es)],
        ["年度目标（90分）", goal],
        ["年度绩效指标", "一级指标", "二级指标", "三级指标", "年初目标值（A）", "实际完成值（B）", "分值", "得分", "未完成原因"],
    ]
    start = len(rows) + 1
    for r in V08:
        rows.append([None, r[0], r[1], r[2], shown(r[4]), shown(r[5]), r[3], _num(r[6]), r[7] or None])
    end = len(rows)
    rows += [["总分", None, None, None, None, None, 100, float(tot)], ["自评等级", grade(tot)],
             ["填报人：龚丽华", None, None, None, "填报日期：2025年3月12日"]]
    merges = ["A1:I1", "A2:F2", "G2:I2", "B3:I3", "B4:D4", "F4:I4", "A5:B5", "A6:B6", "F5:I5", "F6:I6", "B7:I7",
              f"A{start}:A{end}", f"A{end + 1}:F{end + 1}", f"B{end + 2}:I{end + 2}"]
    _sheet(ws, rows, merges)
    ws[f"A{start}"] = "年度绩效指标"
    ws["E6"].number_format = "0.00%"
    for ref in ("C6", "D6"):
        ws[ref].number_format = "#,##0.00"
    buf = io.BytesIO()
    wb.save(buf)
    unit = {"supervising_department": "桃江县文化旅游广电体育局"}
    project = {"name": "2024年送戏下乡惠民演出项目", "implementing_unit": "桃江县文化馆", "goal_expected": goal}
    budget = {"adjusted": wan_yuan(adj), "executed": wan_yuan(exe), "stated_execution_rate": rt}
    inds = [exec_fact(10, rt, es)] + [indicator_fact(r) for r in V08]
    return facts("项目支出", 2024, unit, budget, inds, tot, project, full_mark=100, stated_grade=EARNED), "xlsx", buf.getvalue()


# v09 云南 media centre, project, txt prose: 资金到位/已支付, items "名称（数量指标）：年度目标…", 扣分理由, parts sentence --
V09: list[Row] = [
    ("产出指标", "数量指标", "新建乡镇应急广播适配器", 10, "≥11套", "11套", "10", ""),
    ("产出指标", "数量指标", "新增村级广播终端", 10, "≥420个", "436个", "10", ""),
    ("产出指标", "质量指标", "终端设备在线率", 10, "≥95%", "91.5%", "9.63", "部分山区村光缆线路受损"),
    ("产出指标", "时效指标", "系统建成时间", 10, "T:2024年10月31日前", "T:2024年11月15日", "8.87", "设备到货晚于计划"),
    ("产出指标", "成本指标", "单个终端建设成本", 10, "≤2800元", "2650元", "10", ""),
    ("效益指标", "社会效益指标", "应急信息覆盖行政村比例", 20, "≥95%", "97.2%", "20", ""),
    ("效益指标", "可持续影响指标", "运维管理机制", 10, "T:建立", "T:已建立", "10", ""),
    ("满意度指标", "服务对象满意度指标", "群众满意度", 10, "≥90%", "93%", "10", ""),
]


def _block_sum(rows: list[Row], block: str) -> tuple[int, Decimal]:
    return sum(r[3] for r in rows if r[0] == block), sum((D(r[6]) for r in rows if r[0] == block), D(0))


def v09() -> Made:
    adj, exe = "185.00", "176.34"
    rt = rate(exe, adj)
    es = r2(10 * rt / 100)
    tot = total(V09, es)
    lines = [
        "砚山县融媒体中心", "2024年度应急广播体系建设项目绩效自评报告", "",
        "一、项目基本情况",
        "（一）项目概况。项目名称：2024年应急广播体系建设项目；主管部门：中共砚山县委宣传部；实施单位：砚山县融媒体中心。"
        "项目建设县级应急广播平台与乡镇、村三级广播网络，提升突发事件信息发布能力。",
        f"（二）资金情况。项目全年预算{adj}万元，全部为省级补助资金。截至2024年12月31日，项目资金到位{adj}万元，"
        f"已支付{exe}万元，预算执行率{rt}%。", "",
        "二、绩效目标完成情况",
    ]
    k = 0
    for cn, block in zip("一二三", ("产出指标", "效益指标", "满意度指标"), strict=True):
        w, s = _block_sum(V09, block)
        lines.append(f"（{cn}）{block}（分值{w}分，得{s.normalize():f}分）")
        for r in (r for r in V09 if r[0] == block):
            k += 1
            text = f"{k}.{r[2]}（{r[1]}）：年度目标{shown(r[4])}，实际完成{shown(r[5])}，分值{r[3]}分，得{r[6]}分。"
            if r[7]:
                text += f"扣分理由：{r[7]}。"
            lines.append(text)
    lines += [f"（四）预算执行（分值10分）：预算执行率{rt}%，得{es}分。", "",
              "三、自评结论",
              f"项目自评得分{tot}分，其中：预算执行得分{es}分，"
              + "，".join(f"{b}得分{_block_sum(V09, b)[1].normalize():f}分" for b in ("产出指标", "效益指标", "满意度指标"))
              + f"，自评等级为“{grade(tot)}”。", "",
              "四、存在问题及改进措施",
              "山区村光缆线路易受自然灾害损坏，终端在线率偏低。下一步将与运营商建立联合巡检机制，缩短故障修复时间。", "",
              "砚山县融媒体中心", "2025年3月28日", ""]
    unit = {"supervising_department": "中共砚山县委宣传部"}
    project = {"name": "2024年应急广播体系建设项目", "implementing_unit": "砚山县融媒体中心"}
    budget = {"adjusted": D(adj), "executed": D(exe), "stated_execution_rate": rt}
    inds = [exec_fact(10, rt, es)] + [indicator_fact(r) for r in V09]
    return facts("项目支出", 2024, unit, budget, inds, tot, project, stated_grade=EARNED), "txt", "\n".join(lines)


# v10 山东 town, whole unit, txt: 部门预算收入, 年度目标 list, tab form; planted staff parts -----------------------------
V10: list[Row] = [
    ("产出指标", "数量指标", "农村道路维修里程", 10, "≥25公里", "26.4公里", "10", ""),
    ("产出指标", "数量指标", "新建村级养老服务站", 10, "≥4个", "4个", "10", ""),
    ("产出指标", "质量指标", "农村饮水安全达标率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "各类补贴资金兑付时限", 10, "≤15个工作日", "12个工作日", "10", ""),
    ("产出指标", "成本指标", "机关运行经费", 10, "≤160万元", "152.4万元", "10", ""),
    ("效益指标", "经济效益指标", "农村居民人均可支配收入增长", 10, "≥6%", "6.4%", "10", ""),
    ("效益指标", "社会效益指标", "安全生产事故起数", 10, "0起", "0起", "10", ""),
    ("效益指标", "可持续影响指标", "人居环境整治长效管护机制", 10, "T:健全", "T:健全", "10", ""),
    ("满意度指标", "服务对象满意度指标", "群众满意度", 10, "≥90%", "89.3%", "9.92", "个别村对道路维修进度不满意"),
]


def v10() -> Made:
    ini, adj, exe = "4126.85", "4583.20", "4402.66"
    rt = rate(exe, adj)
    es = r2(10 * rt / 100)
    tot = total(V10, es)
    lines = [
        "沂水县青石镇人民政府2024年度部门整体支出绩效自评报告", "",
        "一、部门概况",
        "（一）机构设置。镇机关设党政办公室、党建工作办公室、经济发展办公室、社会事务办公室、应急管理办公室5个内设机构，"
        "下辖便民服务中心、农业综合服务中心2个事业单位。",
        "（二）人员情况。镇机关及所属事业单位编制58名，实有在职人员54人，其中行政人员31人、事业人员22人；另有离退休人员40人。",
        f"（三）收支情况。2024年部门预算收入{D(ini):,}万元，其中一般公共预算拨款3,826.85万元、政府性基金预算拨款300.00万元；"
        f"支出预算{D(ini):,}万元。年度执行中追加调整至{D(adj):,}万元，全年支出{D(exe):,}万元，其中基本支出2,106.48万元、"
        f"项目支出2,296.18万元，预算执行率{rt}%。", "",
        "二、部门整体支出绩效目标",
        "年度目标1：保障机关正常运转和各项民生政策落实。",
        "年度目标2：完成农村道路维修、养老服务站建设等重点工作。",
        "年度目标3：持续改善农村人居环境，维护社会和谐稳定。", "",
        "三、绩效自评情况",
        "镇政府按照县财政局统一部署，对照年初绩效目标开展自评，自评表如下（金额单位：万元）。", "",
        "部门整体支出绩效自评表",
        "单位名称\t沂水县青石镇人民政府",
        "年初预算数\t全年预算数\t全年执行数\t执行率\t分值\t得分",
        f"{D(ini):,}\t{D(adj):,}\t{D(exe):,}\t{rt}%\t10\t{es}",
        "\t".join(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]),
    ]
    lines += ["\t".join(r) for r in form_rows(V10)]
    lines += [f"总分\t\t\t\t\t100\t{tot}", "",
              "四、自评结论",
              f"经自评，青石镇人民政府2024年度部门整体支出绩效自评得分{tot}分，自评等级为优。", "",
              "五、存在问题及改进措施",
              "群众对个别村道路维修进度仍有意见。下一步将优化施工组织，及时公开维修计划。", ""]
    unit = {"name": "沂水县青石镇人民政府", "staff_total": 54, "staff_establishment": 58,
            "staff_parts": [{"name": "行政人员", "count": 31}, {"name": "事业人员", "count": 22}],
            "internal_bodies": ["党政办公室", "党建工作办公室", "经济发展办公室", "社会事务办公室", "应急管理办公室"],
            "internal_bodies_count": 5,
            "subordinate_bodies": ["便民服务中心", "农业综合服务中心"], "subordinate_bodies_count": 2}
    budget = {"initial": D(ini), "adjusted": D(adj), "executed": D(exe), "stated_execution_rate": rt,
              "expenditure_total": D(exe),
              "expenditure_items": [{"name": "基本支出", "amount": D("2106.48")},
                                    {"name": "项目支出", "amount": D("2296.18")}]}
    inds = [exec_fact(10, rt, es)] + [indicator_fact(r) for r in V10]
    return (facts("整体支出", 2024, unit, budget, inds, tot, full_mark=100, planted=["STAFF_SUM_MISMATCH"], stated_grade=EARNED),
            "txt", "\n".join(lines))


# v11 浙江 town, project, md: 资金来源 table in 元 (省级/市级/县级), a block-score table, then the indicator table -------
V11: list[Row] = [
    ("产出指标", "数量指标", "立面改造建筑面积", 10, "≥18000平方米", "18600平方米", "10", ""),
    ("产出指标", "数量指标", "新建口袋公园", 10, "≥3个", "3个", "10", ""),
    ("产出指标", "质量指标", "工程质量验收合格率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "主体工程完工时间", 10, "T:2024年11月30日前", "T:2024年12月20日", "8", "雨季施工受阻，工期顺延"),
    ("产出指标", "成本指标", "立面改造单位造价", 10, "≤320元/平方米", "305元/平方米", "10", ""),
    ("效益指标", "社会效益指标", "镇区环境面貌", 15, "T:明显改善", "T:明显改善", "15", ""),
    ("效益指标", "可持续影响指标", "长效管理机制", 15, "T:建立", "T:初步建立", "14", "物业化管理尚未全覆盖"),
    ("满意度指标", "服务对象满意度指标", "居民满意度", 10, "≥95%", "90.3%", "9.5", "施工期间对居民出行有一定影响"),
]
V11_FUNDS = [("省级资金", "3,000,000.00", "3,000,000.00", "3,000,000.00"),
             ("市级资金", "1,500,000.00", "1,760,000.00", "1,642,300.00"),
             ("县级资金", "4,000,000.00", "4,500,000.00", "4,231,314.50")]


def v11() -> Made:
    ini, adj, exe = "8,500,000.00", "9,260,000.00", "8,873,614.50"
    w_ini, w_adj, w_exe = wan_yuan(ini), wan_yuan(adj), wan_yuan(exe)
    rt = r2(w_exe / w_adj * 100)
    es = r2(10 * rt / 100)
    tot = total(V11, es)
    lines = [
        "# 天台县云岭镇2024年美丽城镇建设提升项目绩效自评报告", "",
        "## 一、项目概况", "",
        "- **项目名称**：2024年美丽城镇建设提升项目",
        "- **主管部门**：天台县住房和城乡建设局",
        "- **实施单位**：天台县云岭镇人民政府", "",
        "项目对镇区主要街道沿街建筑立面进行改造，新建口袋公园，完善镇区公共空间。", "",
        "## 二、资金来源及使用情况", "",
        "单位：元", "",
        "| 资金来源 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |",
        "|---|---:|---:|---:|---:|",
        f"| 合计 | {ini} | {adj} | {exe} | {rt}% |",
    ]
    for name, a, b, c in V11_FUNDS:
        lines.append(f"| {name} | {a} | {b} | {c} | {r2(D(c.replace(',', '')) / D(b.replace(',', '')) * 100)}% |")
    lines += ["", "## 三、绩效自评情况", "", "### （一）得分汇总", "",
              "| 评价内容 | 分值 | 得分 |", "|---|---|---|", f"| 预算执行率 | 10 | {es} |"]
    for b in ("产出指标", "效益指标", "满意度指标"):
        w, s = _block_sum(V11, b)
        lines.append(f"| {b} | {w} | {s.normalize():f} |")
    lines += [f"| **合计** | **100** | **{tot}** |", "", "### （二）绩效指标完成情况", "",
              "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |",
              "|---|---|---|---|---|---|---|---|"]
    lines += ["| " + " | ".join(r) + " |" for r in form_rows(V11)]
    lines += ["", "## 四、自评结论", "", f"综上，本项目自评得分{tot}分，评定等级为“{grade(tot)}”。", "",
              "## 五、存在问题及改进措施", "", "1. 雨季施工组织不够充分，主体工程延期完工。",
              "2. 物业化管理尚未覆盖全部新建公共空间，下一步将引入专业物业服务。", ""]
    unit = {"supervising_department": "天台县住房和城乡建设局"}
    project = {"name": "2024年美丽城镇建设提升项目", "implementing_unit": "天台县云岭镇人民政府"}
    budget = {"initial": w_ini, "adjusted": w_adj, "executed": w_exe, "stated_execution_rate": rt,
              "fund_rows": [{"name": n, "initial": wan_yuan(a), "adjusted": wan_yuan(b), "executed": wan_yuan(c)}
                            for n, a, b, c in V11_FUNDS]}
    inds = [exec_fact(10, rt, es)] + [indicator_fact(r) for r in V11]
    bw = {b: _block_sum(V11, b)[0] for b in ("产出指标", "效益指标", "满意度指标")}
    return (facts("项目支出", 2024, unit, budget, inds, tot, project, full_mark=100, stated_block_weights=bw, stated_grade=EARNED),
            "md", "\n".join(lines))


# v12 福建 commerce, project, html: a saved county page (nav, 索引号 block, footer) around the standard form ---------------
V12: list[Row] = [
    ("产出指标", "数量指标", "改造提升农贸市场数量", 15, "≥3个", "3个", "15", ""),
    ("产出指标", "质量指标", "改造工程验收合格率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "改造完成时间", 10, "T:2024年9月底前", "T:2024年9月", "10", ""),
    ("产出指标", "成本指标", "单个市场改造补助", 15, "≤90万元", "82.6万元", "15", ""),
    ("效益指标", "经济效益指标", "市场摊位出租率", 10, "≥90%", "86%", "9.56", "一处市场新增摊位招租未满"),
    ("效益指标", "社会效益指标", "食品安全快检覆盖率", 10, "100%", "100%", "10", ""),
    ("效益指标", "可持续影响指标", "市场长效管理制度", 10, "T:健全", "T:健全", "10", ""),
    ("满意度指标", "服务对象满意度指标", "商户及群众满意度", 10, "≥90%", "91.8%", "10", ""),
]


def _td(text: str, rs: int = 1, cs: int = 1) -> str:
    attrs = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
    return f"<td{attrs}>{text}</td>"


def v12() -> Made:
    ini, adj, exe = "260.00", "260.00", "247.91"
    rt = rate(exe, adj)
    es = r2(10 * rt / 100)
    tot = total(V12, es)
    goal = "对城区3个农贸市场实施提升改造，完善排水、照明和快检设施，改善市场购物环境。"
    done = "完成3个农贸市场提升改造并投入使用，快检室实现全覆盖，市场环境明显改善。"
    tr = "<tr>{}</tr>".format
    body = [tr(_td("<b>2024年度项目支出绩效自评表</b>", cs=10)),
            tr(_td("项目名称", cs=2) + _td("城区农贸市场提升改造项目", cs=8)),
            tr(_td("主管部门", cs=2) + _td("永春县商务局", cs=3) + _td("实施单位", cs=2) + _td("永春县市场服务中心", cs=3)),
            tr(_td("项目资金（万元）", rs=5, cs=2) + "".join(_td(h) for h in ("", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")) + _td("")),
            tr("".join(_td(c) for c in ("年度资金总额", ini, adj, exe, "10", f"{rt}%", str(es), ""))),
            tr("".join(_td(c) for c in ("其中：当年财政拨款", ini, adj, exe, "—", f"{rt}%", "—", ""))),
            tr("".join(_td(c) for c in ("上年结转资金", "", "", "", "—", "", "—", ""))),
            tr("".join(_td(c) for c in ("其他资金", "", "", "", "—", "", "—", ""))),
            tr(_td("年度总体目标", rs=2, cs=2) + _td("预期目标", cs=4) + _td("实际完成情况", cs=4)),
            tr(_td(goal, cs=4) + _td(done, cs=4)),
            tr(_td("绩效指标", rs=len(V12) + 1) + "".join(_td(h) for h in ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")) + _td("偏差原因分析及改进措施", cs=2))]
    for i, r in enumerate(V12):
        cells = ""
        if i == 0 or V12[i - 1][0] != r[0]:
            cells += _td(r[0], rs=sum(1 for x in V12 if x[0] == r[0]))
        if i == 0 or V12[i - 1][1] != r[1]:
            cells += _td(r[1], rs=sum(1 for x in V12 if x[1] == r[1] and x[0] == r[0]))
        cells += "".join(_td(c) for c in (r[2], shown(r[4]), shown(r[5]), str(r[3]), r[6])) + _td(r[7], cs=2)
        body.append(tr(cells))
    body.append(tr(_td("总分", cs=6) + _td("100") + _td(str(tot)) + _td("", cs=2)))
    html = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>永春县商务局2024年城区农贸市场提升改造项目绩效自评报告_财政预决算_永春县人民政府</title></head>
<body>
<div class="top-bar"><a href="#">无障碍浏览</a> | <a href="#">长者模式</a> | <a href="#">简</a>/<a href="#">繁</a> | <a href="#">登录</a></div>
<div class="header"><img src="logo.png" alt="永春县人民政府"><span>永春县人民政府</span></div>
<ul class="nav"><li><a href="#">首页</a></li><li><a href="#">政务公开</a></li><li><a href="#">政务服务</a></li><li><a href="#">互动交流</a></li><li><a href="#">走进永春</a></li></ul>
<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">财政预决算</a> &gt; 绩效评价</div>
<table class="meta">
<tr><td>索引号：</td><td>003511230/2025-04187</td><td>所属机构：</td><td>永春县商务局</td></tr>
<tr><td>发布机构：</td><td>永春县商务局</td><td>生成日期：</td><td>2025-04-18</td></tr>
<tr><td>标题：</td><td colspan="3">永春县商务局2024年城区农贸市场提升改造项目绩效自评报告</td></tr>
<tr><td>文号：</td><td></td><td>主题分类：</td><td>财政</td></tr>
</table>
<div class="article">
<h1>永春县商务局2024年城区农贸市场提升改造项目绩效自评报告</h1>
<div class="info">发布时间：2025-04-18 09:30　来源：永春县商务局　浏览次数：<span>126</span>　字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></div>
<div class="content">
<p>一、项目基本情况</p>
<p>为改善城区农贸市场购物环境，县商务局安排城区农贸市场提升改造项目，由永春县市场服务中心组织实施。项目年初预算{ini}万元，全年预算{adj}万元，全年执行{exe}万元，预算执行率{rt}%。</p>
<p>二、绩效自评结果</p>
<p>经自评，项目得分{tot}分，自评等级为{grade(tot)}。具体情况见下表。</p>
<table border="1" cellspacing="0" cellpadding="2">
{chr(10).join(body)}
</table>
<p>三、存在问题及改进措施</p>
<p>一处市场新增摊位招租未满，下一步将加大招商力度，优化摊位布局。</p>
</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
<div class="print"><a href="#">【打印本页】</a> <a href="#">【关闭窗口】</a></div>
</div>
<div class="footer">
<p>主办单位：永春县人民政府办公室　承办单位：永春县政务服务中心</p>
<p>网站标识码：3505250007　闽ICP备05004418号-1　闽公网安备 35052502000117号</p>
<p><a href="#">联系我们</a> | <a href="#">网站地图</a> | <a href="#">隐私声明</a></p>
</div>
</body></html>
"""
    unit = {"supervising_department": "永春县商务局"}
    project = {"name": "城区农贸市场提升改造项目", "implementing_unit": "永春县市场服务中心",
               "goal_expected": goal, "goal_actual": done}
    budget = {"initial": D(ini), "adjusted": D(adj), "executed": D(exe), "stated_execution_rate": rt,
              "fund_rows": [{"name": "当年财政拨款", "initial": D(ini), "adjusted": D(adj), "executed": D(exe)}]}
    inds = [exec_fact(10, rt, es)] + [indicator_fact(r) for r in V12]
    return facts("项目支出", 2024, unit, budget, inds, tot, project, full_mark=100, stated_grade=EARNED), "html", html


TEXT = {
    "v07-ah-jingxian-centre-whole-xlsx-anhui": v07,
    "v08-hn-taojiang-culture-project-xlsx-yuan-ab": v08,
    "v09-yn-yanshan-media-project-txt-prose-paid": v09,
    "v10-sd-yishui-town-whole-txt-tabs-staff": v10,
    "v11-zj-tiantai-town-project-md-fund-levels": v11,
    "v12-fj-yongchun-market-project-html-page": v12,
}
