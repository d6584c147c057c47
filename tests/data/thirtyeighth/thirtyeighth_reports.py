# ruff: noqa: E501
"""Reports j01–j06 of the thirty-eighth set, each returning (facts, ext, content). Every unit, person, project and figure
is invented (real provinces and counties, invented bureaus, towns, streets, schools, hospitals, projects and figures).

Builders and value helpers are the eighteenth, twentieth, twenty-fifth and twenty-ninth sets' (imported, not copied).
"""

from __future__ import annotations

import re
from typing import Any

from corpus_build import items, total
from eighteenth_facts import D, Made, Row, doc, docx_bytes, facts, indicator_fact, rate, shown, table
from twentieth_facts import money
from twentyfifth_project import project_of, project_unit
from twentyninth_reports import pipe_row

DEV_HEAD = ["一级指标", "二级指标", "三级指标", "分值", "年度指标值", "实际完成值", "偏差（%）", "得分", "偏差原因分析"]
_NUM = re.compile(r"^([≥≤<>=]?)(-?\d+(?:\.\d+)?)(.*)$")


def _inds(rows: list[Row], *, bracket: bool = False) -> list[dict[str, Any]]:
    """The rows' expected facts; ``bracket``: each name as the table writes it, its unit in brackets (the corpora
    keep a name as written), the values in that unit."""
    out = [indicator_fact(r) for r in rows]
    for r, fact in zip(rows, out, strict=True):
        unit = _split(r[4])[1] if bracket else ""
        if unit:
            fact["name"] = f"{r[2]}（{unit}）"
    return out


def _exec(l1: str, l2: str, rt: Any, weight: int = 10) -> Row:
    es = (weight * D(rt) / 100).quantize(D("0.01"))
    return (l1, l2, "预算执行率", weight, "100%", f"{rt}%", str(es), "")


def _dev(r: Row) -> str:
    """The 偏差 column: (实际 − 目标) ÷ 目标 in %, one decimal; 0 for a text value."""
    t, a = _NUM.match(shown(r[4])), _NUM.match(shown(r[5]))
    if r[4].startswith("T:") or not t or not a or D(t.group(2)) == 0:
        return "0"
    return str(((D(a.group(2)) - D(t.group(2))) / D(t.group(2)) * 100).quantize(D("0.1")))


def _split(value: str) -> tuple[str, str]:
    """("≥12", "公里") of "≥12公里"; a text value keeps its text and no unit."""
    m = _NUM.match(shown(value))
    if value.startswith("T:") or not m:
        return shown(value), ""
    return m.group(1) + m.group(2), m.group(3)


def _rows(rows: list[Row], *, bracket: bool = False, note: bool = True) -> list[list[str]]:
    """一级 | 二级 | 三级 | 分值 | 年度指标值 | 实际完成值 | 偏差（%） | 得分 | 偏差原因分析; ``bracket``: the unit in
    brackets after the 三级 name and the values bare."""
    out = []
    for r in rows:
        name, target, actual = r[2], shown(r[4]), shown(r[5])
        if bracket:
            target, unit = _split(r[4])
            actual, _ = _split(r[5])
            if unit:
                name = f"{name}（{unit}）"
        cells = [r[0], r[1], name, str(r[3]), target, actual, _dev(r), r[6]]
        out.append([*cells, r[7]] if note else cells)
    return out


def _staff_table(parts: list[tuple[str, int, int, int]]) -> list[list[str]]:
    head = ["人员类别", "编制数（人）", "实有人数（人）", "退休人数（人）"]
    tot = ["合计", *(str(sum(p[i] for p in parts)) for i in (1, 2, 3))]
    return [head, *[[p[0], str(p[1]), str(p[2]), str(p[3])] for p in parts], tot]


def _staff_facts(parts: list[tuple[str, int, int, int]]) -> dict[str, Any]:
    return {"staff_total": sum(p[2] for p in parts), "staff_establishment": sum(p[1] for p in parts),
            "staff_parts": [{"name": p[0], "count": p[2]} for p in parts]}


# j01 浙江 district agriculture bureau, .txt whole-unit: the budget told as 收入合计 / 支出合计 with 财政拨款 / 非财政拨款
# parts; 人员 as a pipe table (编制 / 实有 / 退休) with a 合计 row; the indicators a pipe table with a 偏差（%） column;
# "自评得分：X分（满分100分）" and "自评等级：优"; 整改 with deadlines and other years' figures --------------------------------
J01: list[Row] = [
    ("产出指标", "数量指标", "高标准农田建设面积", 10, "≥1.2万亩", "1.26万亩", "10", ""),
    ("产出指标", "数量指标", "农产品质量安全抽检批次", 10, "≥1500批次", "1620批次", "10", ""),
    ("产出指标", "质量指标", "农产品质量安全抽检合格率", 10, "≥98%", "99.3%", "10", ""),
    ("产出指标", "时效指标", "惠农补贴资金兑付及时率", 10, "100%", "96%", "8.5", "部分补贴对象账户信息变更，兑付延后"),
    ("效益指标", "经济效益指标", "农村居民人均可支配收入增长率", 10, "≥6.5%", "7.1%", "10", ""),
    ("效益指标", "社会效益指标", "新型农业经营主体培育数", 10, "≥40家", "43家", "10", ""),
    ("效益指标", "生态效益指标", "畜禽粪污综合利用率", 10, "≥92%", "93.5%", "10", ""),
    ("效益指标", "可持续影响指标", "农业技术推广覆盖率", 10, "≥85%", "84%", "9", "山区村技术人员不足"),
    ("满意度指标", "服务对象满意度指标", "农户满意度", 10, "≥90%", "95.2%", "10", ""),
]


def j01() -> Made:
    ini, adj, exe = "1180.00", "1286.40", "1251.37"
    rt = rate(exe, adj)
    rows = [_exec("产出指标", "预算执行", rt), *J01]
    tot = total(rows, None)
    unit = "衢州市柯城区农业农村局"
    fin, nonfin = "1204.60", "81.80"
    basic, proj = "812.45", "438.92"
    staff = [("行政编制", 32, 30, 12), ("事业编制", 16, 15, 5)]
    text = f"""{unit}2024年度部门整体支出绩效自评报告

一、部门基本情况
（一）部门职能
贯彻落实农业农村工作方针政策，负责全区粮食生产、农产品质量安全、农田建设和农村改革等工作。
（二）机构设置
局机关内设办公室、计划财务科、农业产业科、农村发展科4个科室，下属区农业技术推广中心1个事业单位。
（三）人员情况
2024年末人员情况如下：
{chr(10).join(pipe_row(r) for r in _staff_table(staff))}

二、部门预算收支情况
（一）收入情况
2024年度收入合计{adj}万元，其中：财政拨款收入{fin}万元，非财政拨款收入{nonfin}万元。
（二）支出情况
2024年度支出合计{exe}万元，其中：基本支出{basic}万元，项目支出{proj}万元。
（三）预算执行情况
年初预算{ini}万元，全年预算{adj}万元，全年执行{exe}万元，预算执行率{rt}%。

三、绩效目标完成情况
2024年部门整体绩效指标完成情况见下表：
{chr(10).join(pipe_row(r) for r in [DEV_HEAD, *_rows(rows), ["合计", "", "", "100", "", "", "", str(tot), ""]])}

四、自评结论
自评得分：{tot}分（满分100分）
自评等级：优

五、存在问题及整改措施
（一）惠农补贴兑付不够及时。2024年兑付及时率96%，2023年为98.5%。整改措施：2025年6月底前完成补贴对象信息核验，兑付及时率达到100%。
（二）山区技术推广覆盖不足。农业技术推广覆盖率84%，比2022年的81%提高3个百分点，仍未达到85%的目标。整改措施：2025年9月底前向山区村增派技术员12名。
"""
    b = money(ini, adj, exe, rt)
    b.update({"income_total": D(adj), "income_items": items(("财政拨款收入", fin), ("非财政拨款收入", nonfin)),
              "expenditure_total": D(exe), "expenditure_items": items(("基本支出", basic), ("项目支出", proj))})
    u = {"name": unit, **_staff_facts(staff), "internal_bodies": ["办公室", "计划财务科", "农业产业科", "农村发展科"],
         "internal_bodies_count": 4}
    f = facts("整体支出", 2024, u, b, _inds(rows), tot, full_mark=100, stated_grade="优")
    return f, "txt", text


# j02 湖北 township, .docx whole-unit: 人员 a Word table (编制 / 实有 / 退休, a 合计 row); the budget 收入合计 / 支出合计 in
# prose with 财政拨款 / 非财政拨款; the indicators a Word table with 一级 and 二级 merged, each 三级 with its unit in
# brackets and bare 目标值 / 实际值, a 偏差（%） column; the score a line "自评得分：X分（满分100分）" -------------------
J02: list[Row] = [
    ("产出指标", "数量指标", "村组道路硬化里程", 10, "≥12公里", "12.6公里", "10", ""),
    ("产出指标", "数量指标", "农村危房改造户数", 10, "≥35户", "35户", "10", ""),
    ("产出指标", "质量指标", "项目工程验收合格率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "重点项目按期完工率", 10, "≥95%", "90%", "8", "2个项目受汛期影响延期"),
    ("效益指标", "社会效益指标", "农村生活垃圾收运处置率", 10, "≥95%", "97%", "10", ""),
    ("效益指标", "经济效益指标", "村集体经济年收入", 10, "≥15万元", "16.8万元", "10", ""),
    ("效益指标", "可持续影响指标", "河道保洁覆盖率", 10, "100%", "100%", "10", ""),
    ("满意度指标", "服务对象满意度指标", "群众满意度", 20, "≥90%", "92.5%", "20", ""),
]


def j02() -> Made:
    ini, adj, exe = "2345.00", "2618.36", "2566.94"
    rt = rate(exe, adj)
    rows = [_exec("产出指标", "预算执行", rt), *J02]
    tot = total(rows, None)
    unit = "竹山县擂鼓台乡人民政府"
    fin, nonfin = "2486.16", "132.20"
    basic, proj = "1387.52", "1179.42"
    staff = [("行政人员", 34, 31, 19), ("事业人员", 28, 26, 11)]
    d = doc()
    d.add_heading(f"{unit}2024年度部门整体支出绩效自评报告", level=1)
    d.add_paragraph("一、基本情况")
    d.add_paragraph("擂鼓台乡辖14个行政村，乡政府内设党政综合办公室、经济发展办公室、社会事务办公室3个办公室，"
                    "下设便民服务中心、农业服务中心2个事业站所。人员情况见下表：")
    table(d, _staff_table(staff))
    d.add_paragraph("二、收支情况")
    d.add_paragraph(f"2024年度收入合计{adj}万元，其中财政拨款{fin}万元、非财政拨款{nonfin}万元；"
                    f"支出合计{exe}万元，其中基本支出{basic}万元、项目支出{proj}万元。"
                    f"年初预算{ini}万元，预算执行率{rt}%。")
    d.add_paragraph("三、绩效指标完成情况")
    body = _rows(rows, bracket=True)
    table(d, [DEV_HEAD, *body, ["合计", "", "", "100", "", "", "", str(tot), ""]], vmerge_cols=(0, 1))
    d.add_paragraph("四、自评结果")
    d.add_paragraph(f"自评得分：{tot}分（满分100分），自评等级：优。")
    d.add_paragraph("五、问题及整改")
    d.add_paragraph("1．项目进度偏慢。2024年重点项目按期完工率90%，低于2023年的96%。整改：2025年5月底前建立项目进度周报制度。")
    d.add_paragraph("2．非财政拨款收入下降。2024年非财政拨款132.20万元，较2023年的158.40万元减少26.20万元。"
                    "整改：2025年12月底前盘活闲置资产3处。")
    b = money(ini, adj, exe, rt)
    b.update({"income_total": D(adj), "income_items": items(("财政拨款", fin), ("非财政拨款", nonfin)),
              "expenditure_total": D(exe), "expenditure_items": items(("基本支出", basic), ("项目支出", proj))})
    u = {"name": unit, **_staff_facts(staff),
         "internal_bodies": ["党政综合办公室", "经济发展办公室", "社会事务办公室"], "internal_bodies_count": 3,
         "subordinate_bodies": ["便民服务中心", "农业服务中心"], "subordinate_bodies_count": 2}
    f = facts("整体支出", 2024, u, b, _inds(rows, bracket=True), tot, full_mark=100, stated_grade="优")
    return f, "docx", docx_bytes(d)


# j03 江西 primary school's project, .txt: 项目名称 / 主管部门 / 实施单位 lines; the money as 年初预算数 / 全年预算数 /
# 全年执行数 lines with 财政拨款 / 非财政拨款 parts; the indicators a pipe table with a 偏差（%） column and the unit in
# brackets after the 三级; "自评得分：X分（满分100分）"; 整改 with deadlines ----------------------------------------
J03: list[Row] = [
    ("产出指标", "数量指标", "改造学生宿舍面积", 15, "≥2400平方米", "2450平方米", "15", ""),
    ("产出指标", "数量指标", "更新学生床位数", 10, "≥320张", "320张", "10", ""),
    ("产出指标", "质量指标", "改造工程验收合格率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "工程完工时间", 10, "T:2024年8月底前", "T:2024年8月25日", "10", ""),
    ("效益指标", "社会效益指标", "寄宿生住宿条件达标率", 15, "100%", "100%", "15", ""),
    ("效益指标", "可持续影响指标", "宿舍设施使用年限", 10, "≥15年", "15年", "10", ""),
    ("满意度指标", "服务对象满意度指标", "学生及家长满意度", 20, "≥90%", "88%", "18", "部分宿舍热水供应时段偏短"),
]


def j03() -> Made:
    ini, adj, exe = "260.00", "275.50", "268.12"
    rt = rate(exe, adj)
    rows = [*J03, _exec("产出指标", "成本指标", rt)]
    tot = total(rows, None)
    proj, impl, dept = "学生宿舍改造项目", "崇义县思顺乡中心小学", "崇义县教育体育局"
    fin, nonfin = "255.50", "20.00"
    text = f"""2024年度项目支出绩效自评报告

项目名称：{proj}
主管部门：{dept}
实施单位：{impl}

一、项目概况
为改善寄宿生住宿条件，学校对两栋学生宿舍实施改造，更新床位、卫浴和热水设施。

二、资金情况
年初预算数：{ini}万元
全年预算数：{adj}万元（其中财政拨款{fin}万元，非财政拨款{nonfin}万元）
全年执行数：{exe}万元
预算执行率：{rt}%

三、绩效指标完成情况
{chr(10).join(pipe_row(r) for r in [DEV_HEAD, *_rows(rows, bracket=True)])}

四、自评结论
自评得分：{tot}分（满分100分），等级为“优”。

五、存在问题及整改措施
热水供应时段偏短，学生及家长满意度88%，低于2023年同类调查的91%。整改措施：2025年3月底前延长热水供应时段至每日22时。
"""
    b = money(ini, adj, exe, rt)
    f = facts("项目支出", 2024, project_unit(dept), b, _inds(rows, bracket=True), tot, project=project_of(proj, impl),
              full_mark=100, stated_grade="优")
    return f, "txt", text


# j04 山东 county hospital project, .docx: the money a Word table (资金来源 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率)
# with 年度资金总额 / 财政拨款 / 非财政拨款 rows; the indicators a Word table with 一级 and 二级 merged, units in brackets,
# a 偏差（%） column and no 偏差原因 column; the score "自评得分：X分（满分100分）" and "等级：优" ---------------------
J04: list[Row] = [
    ("产出指标", "数量指标", "购置医疗设备台数", 15, "≥18台", "18台", "15", ""),
    ("产出指标", "数量指标", "开展基层医务人员培训人次", 10, "≥600人次", "648人次", "10", ""),
    ("产出指标", "质量指标", "设备验收合格率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "设备按期投入使用率", 10, "≥95%", "94.4%", "9.5", ""),
    ("效益指标", "社会效益指标", "县域内就诊率", 15, "≥90%", "91.3%", "15", ""),
    ("效益指标", "可持续影响指标", "设备完好率", 10, "≥95%", "97%", "10", ""),
    ("满意度指标", "服务对象满意度指标", "患者满意度", 20, "≥90%", "93.6%", "20", ""),
]


def j04() -> Made:
    fund = [("年度资金总额", "1520.00", "1580.00", "1546.28"), ("财政拨款", "1200.00", "1260.00", "1238.88"),
            ("非财政拨款", "320.00", "320.00", "307.40")]
    ini, adj, exe = fund[0][1:]
    rt = rate(exe, adj)
    rows = [_exec("产出指标", "成本指标", rt), *J04]
    tot = total(rows, None)
    proj, impl, dept = "县域医疗服务能力提升项目", "梁山县人民医院", "梁山县卫生健康局"
    d = doc()
    d.add_heading("2024年度项目支出绩效自评报告", level=1)
    d.add_paragraph(f"项目名称：{proj}")
    d.add_paragraph(f"主管部门：{dept}")
    d.add_paragraph(f"实施单位：{impl}")
    d.add_paragraph("一、资金投入和使用情况（单位：万元）")
    head = ["资金来源", "年初预算数", "全年预算数", "全年执行数", "执行率"]
    table(d, [head, *[[n, a, b_, c, f"{rate(c, b_)}%"] for n, a, b_, c in fund]])
    d.add_paragraph("二、绩效目标完成情况")
    table(d, [DEV_HEAD[:-1], *_rows(rows, bracket=True, note=False)], vmerge_cols=(0, 1))
    d.add_paragraph("三、自评结果")
    d.add_paragraph(f"自评得分：{tot}分（满分100分）")
    d.add_paragraph("等级：优")
    d.add_paragraph("四、整改措施")
    d.add_paragraph("1台CT设备到货延迟，按期投入使用率94.4%（2023年为100%）。2025年起设备采购合同约定到货期限，逾期按日扣款。")
    b = money(ini, adj, exe, rt)
    b["fund_rows"] = [{"name": n, "initial": D(a), "adjusted": D(b_), "executed": D(c)} for n, a, b_, c in fund[1:]]
    f = facts("项目支出", 2024, project_unit(dept), b, _inds(rows, bracket=True), tot, project=project_of(proj, impl),
              full_mark=100, stated_grade="优")
    return f, "docx", docx_bytes(d)


# j05 四川 village-road project, .txt: 项目名称 / 主管部门 / 实施单位; the budget in prose (年初预算 / 全年预算 / 全年执行);
# the indicators a pipe table with a 偏差（%） column; "自评得分：X分（满分100分）"; planted TOTAL_MISMATCH (the stated
# score 1.50 above the rows' sum) ---------------------------------------------------------------------------------------
J05: list[Row] = [
    ("产出指标", "数量指标", "新建通组硬化道路里程", 15, "≥8.5公里", "8.5公里", "15", ""),
    ("产出指标", "数量指标", "新建错车道个数", 10, "≥12个", "12个", "10", ""),
    ("产出指标", "质量指标", "路面工程交工验收合格率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "项目完工时间", 10, "T:2024年10月底前", "T:2024年12月10日", "7", "雨季施工停工40天"),
    ("效益指标", "社会效益指标", "受益群众人数", 15, "≥3200人", "3350人", "15", ""),
    ("效益指标", "可持续影响指标", "道路设计使用年限", 10, "≥10年", "10年", "10", ""),
    ("满意度指标", "服务对象满意度指标", "沿线群众满意度", 20, "≥90%", "86%", "16", "部分路段排水沟未同步建成"),
]


def j05() -> Made:
    ini, adj, exe = "680.00", "712.40", "689.57"
    rt = rate(exe, adj)
    rows = [_exec("产出指标", "成本指标", rt), *J05]
    tot = total(rows, None)
    stated = tot + D("1.50")
    proj, impl, dept = "2024年通组道路硬化项目", "南部县升钟镇人民政府", "南部县交通运输局"
    text = f"""项目支出绩效自评报告（2024年度）

项目名称：{proj}
主管部门：{dept}
实施单位：{impl}

一、项目基本情况
项目在升钟镇6个村新建通组硬化道路8.5公里，路面宽4.5米，配套错车道12个。
项目年初预算{ini}万元，全年预算{adj}万元，全年执行{exe}万元，预算执行率{rt}%。

二、绩效指标完成情况
{chr(10).join(pipe_row(r) for r in [DEV_HEAD, *_rows(rows), ["合计", "", "", "100", "", "", "", str(stated), ""]])}

三、自评结论
自评得分：{stated}分（满分100分），自评等级：优。

四、问题及整改
项目较计划推迟40天完工；2023年同类项目平均推迟15天。整改：2025年4月底前完成排水沟补建，2025年起雨季前完成路基施工。
"""
    b = money(ini, adj, exe, rt)
    f = facts("项目支出", 2024, project_unit(dept), b, _inds(rows), stated, project=project_of(proj, impl),
              full_mark=100, stated_grade="优", planted=["TOTAL_MISMATCH"])
    return f, "txt", text


# j06 广东 street office, .docx whole-unit: 人员 a Word table (编制 / 实有 / 退休); the budget a Word table 项目 | 金额（万元）
# with 收入合计 / 财政拨款收入 / 非财政拨款收入 / 支出合计 / 基本支出 / 项目支出 rows; 年初预算 / 全年预算 / 执行 in a
# sentence; the indicators a Word table with 一级 and 二级 merged and a 偏差（%） column; "自评得分：X分（满分100分），
# 自评等级为优" ----------------------------------------------------------------------------------------------------------
J06: list[Row] = [
    ("产出指标", "数量指标", "城市更新改造老旧小区个数", 10, "≥6个", "6个", "10", ""),
    ("产出指标", "数量指标", "网格化巡查事件处置件数", 10, "≥4800件", "5126件", "10", ""),
    ("产出指标", "质量指标", "12345热线按时办结率", 10, "≥98%", "99.1%", "10", ""),
    ("产出指标", "时效指标", "民生实事项目按期完成率", 10, "100%", "93.3%", "8", "1项实事项目选址调整"),
    ("效益指标", "社会效益指标", "辖区安全生产事故起数", 10, "≤2起", "1起", "10", ""),
    ("效益指标", "生态效益指标", "生活垃圾分类覆盖率", 10, "≥95%", "96.8%", "10", ""),
    ("效益指标", "可持续影响指标", "社区综合服务设施达标率", 10, "100%", "100%", "10", ""),
    ("满意度指标", "服务对象满意度指标", "辖区居民满意度", 20, "≥90%", "91.4%", "19", ""),
]


def j06() -> Made:
    ini, adj, exe = "5460.00", "5912.75", "5837.06"
    rt = rate(exe, adj)
    rows = [*J06[:4], _exec("产出指标", "成本指标", rt), *J06[4:]]
    tot = total(rows, None)
    unit = "湛江市赤坎区北桥街道办事处"
    fin, nonfin = "5760.35", "152.40"
    basic, proj = "2944.18", "2892.88"
    staff = [("行政编制", 46, 43, 21), ("事业编制", 38, 35, 14)]
    d = doc()
    d.add_heading(f"{unit}2024年度整体支出绩效自评报告", level=1)
    d.add_paragraph("一、部门概况")
    d.add_paragraph("北桥街道辖9个社区，内设党政综合办公室、经济发展办公室、社会事务办公室、平安建设办公室4个办公室。人员情况：")
    table(d, _staff_table(staff))
    d.add_paragraph("二、收支情况（单位：万元）")
    table(d, [["项目", "金额"], ["收入合计", adj], ["财政拨款收入", fin], ["非财政拨款收入", nonfin],
              ["支出合计", exe], ["基本支出", basic], ["项目支出", proj]])
    d.add_paragraph(f"年初预算{ini}万元，全年预算{adj}万元，全年执行{exe}万元，预算执行率{rt}%。")
    d.add_paragraph("三、绩效指标完成情况")
    table(d, [DEV_HEAD, *_rows(rows), ["合计", "", "", "100", "", "", "", str(tot), ""]], vmerge_cols=(0, 1))
    d.add_paragraph("四、自评结论")
    d.add_paragraph(f"自评得分：{tot}分（满分100分），自评等级为优。")
    d.add_paragraph("五、存在问题及整改情况")
    d.add_paragraph("（一）民生实事项目1项未按期完成（2023年全部按期完成），整改时限：2025年6月30日前。")
    d.add_paragraph("（二）结转资金75.69万元，较2023年的48.30万元增加，整改时限：2025年10月底前执行完毕。")
    b = money(ini, adj, exe, rt)
    b.update({"income_total": D(adj), "income_items": items(("财政拨款收入", fin), ("非财政拨款收入", nonfin)),
              "expenditure_total": D(exe), "expenditure_items": items(("基本支出", basic), ("项目支出", proj))})
    u = {"name": unit, **_staff_facts(staff),
         "internal_bodies": ["党政综合办公室", "经济发展办公室", "社会事务办公室", "平安建设办公室"], "internal_bodies_count": 4}
    f = facts("整体支出", 2024, u, b, _inds(rows), tot, full_mark=100, stated_grade="优")
    return f, "docx", docx_bytes(d)


REPORTS = {
    "j01-zj-kecheng-agri-bureau-whole-txt-income-staff-table": j01,
    "j02-hb-zhushan-township-whole-docx-bracket-units": j02,
    "j03-jx-chongyi-school-project-txt-bracket-units": j03,
    "j04-sd-liangshan-hospital-project-docx-fund-table": j04,
    "j05-sc-nanbu-road-project-txt-planted": j05,
    "j06-gd-chikan-street-whole-docx-income-table": j06,
}
