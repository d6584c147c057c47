# ruff: noqa: E501
"""Reports h01–h08 of the thirty-sixth set: 项目支出绩效自评报告 of kinds no earlier set has, each returning (facts, ext,
content). Every unit, person, project and figure is invented (real provinces and counties, invented schools, centres,
service organisations and projects).

Builders and value helpers are the eighteenth, twentieth, twenty-fifth and twenty-ninth sets' (imported, not copied).
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from eighteenth_facts import D, Made, Row, doc, docx_bytes, facts, indicator_fact, r2, rate, shown, table
from twentieth_facts import indicators, money, scored
from twentyfifth_project import project_of, project_unit
from twentyninth_reports import FORM_HEAD, pipe_row

_FIGURE = re.compile(r"^([≥≤=＞<]?[0-9][0-9,]*(?:\.[0-9]+)?)(.*)$")


def _split(text: str) -> tuple[str, str]:
    """A value cell and its unit cell, for a form that gives the unit its own column ("≥4200", "平方米")."""
    m = None if text.startswith("T:") else _FIGURE.match(text)
    return (m.group(1), m.group(2)) if m else (shown(text), "")


def _exec(rt: Decimal, es: Decimal, **extra: Any) -> dict[str, Any]:
    return indicators(rt, es, [], **extra)[0]


def _fund_rows(funds: list[tuple[str, str, str, str]]) -> list[dict[str, Any]]:
    return [{"name": n, "initial": D(i), "adjusted": D(a), "executed": D(e)} for n, i, a, e in funds]


def _deduction(r: Row) -> Decimal:
    return D(r[3]) - D(r[6])


def _ded_text(x: Decimal) -> str:
    return "不扣分" if x == 0 else f"扣{x.normalize():f}分"


# h01 浙江 primary school 维修改造, .txt: the 工程 story (招标 / 合同价 / 工程进度 / 结算审定 / 质保金 — amounts that are not the
# budget); 项目名称 / 主管部门 / 实施单位 as label lines; the money block and the form as pipe rows; the form gives each value's
# unit in its own column (计量单位) and the weight as 权重（%） ------------------------------------------------------------
H01: list[Row] = [
    ("产出指标", "数量指标", "校舍维修改造面积", 15, "≥4200平方米", "4360平方米", "15", ""),
    ("产出指标", "数量指标", "更换教室门窗数量", 10, "≥260樘", "260樘", "10", ""),
    ("产出指标", "质量指标", "工程竣工验收合格率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "工程完工时间", 5, "T:2024年8月25日前", "T:2024年9月6日", "3", "8月连续降雨，外墙涂装顺延"),
    ("产出指标", "成本指标", "工程结算审减率", 10, "≤8%", "3.8%", "10", ""),
    ("效益指标", "社会效益指标", "校舍安全隐患消除率", 15, "100%", "100%", "15", ""),
    ("效益指标", "可持续影响指标", "维修后校舍设计使用年限", 15, "≥15年", "15年", "15", ""),
    ("满意度指标", "服务对象满意度指标", "师生满意度", 10, "≥90%", "95.2%", "10", ""),
]


def h01() -> Made:
    ini, adj, exe = "400.00", "420.00", "403.26"
    rt, es, tot = scored(exe, adj, H01)
    dept, impl, proj = "嵊州市教育体育局", "嵊州市桃源溪小学", "桃源溪小学教学楼维修改造工程"
    money_rows = [["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
                  ["年度资金总额", ini, adj, exe, "10", f"{rt}%", str(es)],
                  ["其中：当年财政拨款", ini, adj, exe, "", "", ""]]
    head = ["一级指标", "二级指标", "三级指标", "指标值", "实际值", "计量单位", "权重（%）", "得分", "偏差原因"]
    rows = [head, ["产出指标", "预算执行", "预算执行率", "100", str(rt), "%", "10", str(es), ""]]
    for r in H01:
        t, tu = _split(r[4])
        a, _ = _split(r[5])
        rows.append([r[0], r[1], r[2], t, a, tu, str(r[3]), r[6], r[7]])
    rows.append(["合计", "", "", "", "", "", "100", str(tot), ""])
    text = f"""{proj}项目支出绩效自评报告

项目名称：{proj}
主管部门：{dept}
实施单位：{impl}
评价年度：2024年度

一、项目基本情况
桃源溪小学教学楼建于1998年，经房屋安全鉴定为C级，需对屋面防水、外墙、门窗及电气线路进行维修改造。项目于2024年3月公开招标，4月8日签订施工合同，合同价386.20万元，工期120天。

二、项目实施及工程进度
工程于4月15日开工，6月底完成主体维修，7月完成门窗更换和电气改造，9月6日全部完工，9月20日通过竣工验收。工程结算经第三方审核，送审金额386.20万元，审定金额371.52万元，审减率3.8%。截至12月31日已支付工程款352.94万元，另支付设计、监理及检测费用50.32万元；工程质保金18.58万元待质保期满后支付。

三、项目资金情况
本项目年初预算{ini}万元，年中追加监理及检测费20.00万元，全年预算{adj}万元，全年执行{exe}万元，执行率{rt}%。
{chr(10).join(pipe_row(r) for r in money_rows)}

四、绩效指标完成情况
{chr(10).join(pipe_row(r) for r in rows)}

五、存在问题及改进措施
受雨季影响工期延后12天，开学初部分教室未能使用。今后维修工程尽量安排在寒暑假前开工，合同中明确雨季施工措施。

六、自评结论
本项目2024年度绩效自评得分{tot}分，自评等级：优。
"""
    inds = indicators(rt, es, H01, level1="产出指标", level2="预算执行", target={"value": D(100), "unit": "%"})
    f = facts("项目支出", 2024, project_unit(dept), money(ini, adj, exe, rt), inds, tot,
              project=project_of(proj, impl), full_mark=100, stated_grade="优")
    return f, "txt", text


# h02 广东 政府购买服务 (居家养老上门服务 bought from a social-work organisation), .docx: the contract story (合同金额, 服务期,
# 按季度考核付款, 考核扣款) in the prose; the money block a Word table; the 自评表 a Word table with an extra 评分标准 column
# between 分值 and 得分 and the 偏差原因 split into 原因 and 改进措施 -----------------------------------------------------------
H02: list[Row] = [
    ("产出指标", "数量指标", "上门服务老年人数", 15, "≥1500人", "1538人", "15", ""),
    ("产出指标", "数量指标", "上门服务总时长", 10, "≥36000小时", "33850小时", "9", "部分服务对象住院期间暂停服务"),
    ("产出指标", "质量指标", "服务回访合格率", 10, "≥95%", "97.3%", "10", ""),
    ("产出指标", "时效指标", "服务需求响应时间", 5, "≤24小时", "24小时", "5", ""),
    ("产出指标", "成本指标", "每小时服务成本", 10, "≤75元", "72.4元", "10", ""),
    ("效益指标", "社会效益指标", "失能半失能老人服务覆盖率", 15, "≥80%", "76.5%", "13", "新增失能老人评估滞后"),
    ("效益指标", "可持续影响指标", "服务机构护理员持证上岗率", 15, "≥85%", "88%", "15", ""),
    ("满意度指标", "服务对象满意度指标", "服务对象满意度", 10, "≥90%", "93.6%", "10", ""),
]
_H02_MEASURES = {"上门服务总时长": "按月跟踪服务对象状态，及时调剂服务名额", "失能半失能老人服务覆盖率": "与街道联动开展季度能力评估"}
_H02_RULES = {"数量指标": "完成目标得满分，每少2%扣1分", "质量指标": "达到目标得满分，每低1个百分点扣1分",
              "时效指标": "按时响应得满分，超时不得分", "成本指标": "控制在标准内得满分，超出不得分",
              "社会效益指标": "达到目标得满分，未达到按比例扣分", "可持续影响指标": "达到目标得满分，未达到按比例扣分",
              "服务对象满意度指标": "≥90%得满分，每低1个百分点扣1分"}


def h02() -> Made:
    ini, adj, exe = "270.00", "270.00", "255.36"
    rt, es, tot = scored(exe, adj, H02)
    dept, proj = "江门市蓬江区民政局", "居家养老上门服务政府购买项目"
    d = doc()
    d.add_heading(f"{proj}2024年度绩效自评报告", level=1)
    d.add_paragraph("一、项目概况")
    d.add_paragraph(f"为保障辖区失能、半失能及高龄独居老人的基本照护需求，{dept}通过公开招标向蓬江区康怡社会工作服务中心购买居家养老"
                    "上门服务，合同金额268.80万元，服务期为2024年1月1日至12月31日，服务费按季度考核后支付。")
    d.add_paragraph("二、资金安排及使用情况")
    d.add_paragraph(f"项目年初预算{ini}万元，年内未调整。前三季度考核合格，足额支付服务费201.60万元；第四季度考核扣减服务费13.44万元，"
                    f"支付53.76万元。全年执行{exe}万元，预算执行率{rt}%。")
    table(d, [["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
              ["年度资金总额", ini, adj, exe, "10", f"{rt}%", str(es)],
              ["其中：当年财政拨款", ini, adj, exe, "—", "—", "—"]])
    d.add_paragraph("三、绩效指标完成情况")
    head = ["一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值", "评分标准", "得分", "原因", "改进措施"]
    rows = [head, ["产出指标", "预算执行", "预算执行率", "100%", f"{rt}%", "10", "执行率×分值", str(es), "考核扣减第四季度服务费", "加强服务过程监管"]]
    for r in H02:
        rows.append([r[0], r[1], r[2], shown(r[4]), shown(r[5]), str(r[3]), _H02_RULES[r[1]], r[6], r[7], _H02_MEASURES.get(r[2], "")])
    rows.append(["合计", "", "", "", "", "100", "", str(tot), "", ""])
    table(d, rows, vmerge_cols=(0,))
    d.add_paragraph("四、自评结论")
    d.add_paragraph(f"经评价，本项目2024年度绩效自评得分{tot}分，评价等级为优。")
    inds = indicators(rt, es, H02, level1="产出指标", level2="预算执行", target={"value": D(100), "unit": "%"})
    inds[0]["deviation_note"] = "考核扣减第四季度服务费"
    # the bureau is named only as the buyer ("…民政局通过公开招标向…购买"), never as 主管部门 / 实施单位: neither is expected
    f = facts("项目支出", 2024, {}, money(ini, adj, exe, rt), inds, tot, project={"name": proj}, full_mark=100,
              stated_grade="优")
    del f["unit"]
    return f, "docx", docx_bytes(d)


# h03 云南 two disability subsidies paid to persons (人次, 元/人·月), .txt: the money block as pipe rows with the 执行率 column
# before 分值 and one row per fund level (中央 / 省级 / 市级 / 县级) each with its own 执行率; planted EXECUTION_RATE_MISMATCH
# (the 年度资金总额 row's 执行率 two points above 全年执行数 ÷ 全年预算数) -------------------------------------------------
H03: list[Row] = [
    ("产出指标", "数量指标", "困难残疾人生活补贴发放人次", 15, "≥38000人次", "38652人次", "15", ""),
    ("产出指标", "数量指标", "重度残疾人护理补贴发放人次", 15, "≥42000人次", "41760人次", "14", "部分补贴对象死亡或迁出"),
    ("产出指标", "质量指标", "补贴对象认定准确率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "补贴按月发放及时率", 5, "≥98%", "100%", "5", ""),
    ("产出指标", "成本指标", "困难残疾人生活补贴标准", 5, "≥90元/人·月", "90元/人·月", "5", ""),
    ("效益指标", "社会效益指标", "补贴对象基本生活保障水平", 15, "有效保障", "有效保障", "15", ""),
    ("效益指标", "可持续影响指标", "补贴资金社会化发放率", 10, "100%", "100%", "10", ""),
    ("满意度指标", "服务对象满意度指标", "补贴对象满意度", 15, "≥90%", "96.1%", "15", ""),
]


def h03() -> Made:
    funds = [("中央资金", "368.00", "368.00", "368.00"), ("省级资金", "184.00", "196.40", "189.37"),
             ("市级资金", "64.00", "70.00", "66.25"), ("县级资金", "96.00", "112.00", "105.00")]
    ini, adj, exe = "712.00", "746.40", "728.62"
    assert sum(D(x[3]) for x in funds) == D(exe) and sum(D(x[2]) for x in funds) == D(adj)
    stated_rt = rate(exe, adj) + 2
    es = r2(10 * stated_rt / 100)
    tot = es + sum(D(r[6]) for r in H03)
    dept, impl, proj = "宾川县民政局", "宾川县残疾人联合会", "困难残疾人生活补贴和重度残疾人护理补贴项目"
    money_rows = [["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分"],
                  ["年度资金总额", ini, adj, exe, f"{stated_rt}%", "10", str(es)]]
    money_rows += [[("其中：" if j == 0 else "") + n, i, a, e, f"{rate(e, a)}%", "", ""] for j, (n, i, a, e) in enumerate(funds)]
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    rows = [head, ["产出指标", "预算执行", "预算执行率", "100%", f"{stated_rt}%", "10", str(es), ""]]
    rows += [[r[0], r[1], r[2], shown(r[4]), shown(r[5]), str(r[3]), r[6], r[7]] for r in H03]
    rows.append(["总分", "", "", "", "", "100", str(tot), ""])
    text = f"""宾川县2024年度{proj}
绩效自评报告

一、项目基本情况
项目名称：{proj}
主管部门：{dept}
实施单位：{impl}
项目对象为全县低保家庭中的残疾人和一、二级重度残疾人。2024年困难残疾人生活补贴标准为每人每月90元，重度残疾人护理补贴标准为每人每月100元，由县残联审核、乡镇复核后按月通过“一卡通”发放到人。全年发放困难残疾人生活补贴38652人次、重度残疾人护理补贴41760人次，惠及3326户。

二、项目资金到位及使用情况
{chr(10).join(pipe_row(r) for r in money_rows)}

三、绩效目标完成情况
{chr(10).join(pipe_row(r) for r in rows)}

四、存在问题
补贴对象动态管理不够及时，个别死亡、迁出人员停发滞后一个月。

五、自评结论
本项目2024年度绩效自评得分{tot}分，等级为优。
"""
    inds = [{"name": "预算执行率", "level1": "产出指标", "level2": "预算执行", "weight": 10,
             "target": {"value": D(100), "unit": "%"}, "actual": {"value": stated_rt, "unit": "%"}, "stated_score": es}]
    inds += [indicator_fact(r) for r in H03]
    b = money(ini, adj, exe, stated_rt)
    b["fund_rows"] = _fund_rows(funds)
    f = facts("项目支出", 2024, project_unit(dept), b, inds, tot, project=project_of(proj, impl), full_mark=100,
              stated_grade="优", planted=["EXECUTION_RATE_MISMATCH"])
    return f, "txt", text


# h04 山东 信息化 platform (城市运行管理平台运维), .docx: 年度绩效目标 and 目标实际完成情况 as two numbered lists in the body; the
# money block a Word table; the 自评表 a Word table whose weight column is 权重（%）; 问题 and 下一步 after the conclusion ---------
H04: list[Row] = [
    ("产出指标", "数量指标", "接入城市运行感知设备数量", 15, "≥5200个", "5368个", "15", ""),
    ("产出指标", "数量指标", "平台处置城市事件数", 10, "≥60000件", "64215件", "10", ""),
    ("产出指标", "质量指标", "平台年度可用率", 10, "≥99.5%", "99.82%", "10", ""),
    ("产出指标", "质量指标", "网络安全等级保护测评", 5, "T:通过三级测评", "T:通过三级测评", "5", ""),
    ("产出指标", "时效指标", "故障响应修复时限", 10, "≤4小时", "3.2小时", "10", ""),
    ("效益指标", "社会效益指标", "城市事件按期处置率", 15, "≥92%", "90.6%", "13", "跨部门事件流转环节多，个别超期"),
    ("效益指标", "可持续影响指标", "接入部门数据共享率", 15, "≥85%", "87.4%", "15", ""),
    ("满意度指标", "服务对象满意度指标", "使用部门满意度", 10, "≥90%", "92%", "10", ""),
]
_H04_GOALS = ["1.完成城市运行管理平台全年运维，平台可用率不低于99.5%；",
              "2.新增接入视频、物联感知设备，累计接入不少于5200个；",
              "3.全年处置城市事件6万件以上，按期处置率不低于92%。"]
_H04_DONE = ["1.平台全年运行稳定，可用率99.82%，未发生重大安全事件；",
             "2.累计接入感知设备5368个，接入部门23个；",
             "3.全年处置城市事件64215件，按期处置率90.6%。"]


def h04() -> Made:
    ini, adj, exe = "580.00", "552.00", "536.84"
    rt, es, tot = scored(exe, adj, H04)
    dept, impl, proj = "临沂市兰山区大数据局", "临沂市兰山区城市运行管理中心", "兰山区城市运行管理平台运维项目"
    d = doc()
    d.add_heading(f"{proj}2024年度绩效自评报告", level=1)
    d.add_paragraph("一、项目基本情况")
    d.add_paragraph(f"项目名称：{proj}")
    d.add_paragraph(f"主管部门：{dept}")
    d.add_paragraph(f"实施单位：{impl}")
    d.add_paragraph("本项目保障全区“一网统管”城市运行管理平台的软硬件运维、数据接入和网络安全防护，运维服务通过公开招标确定，合同期三年。")
    d.add_paragraph("二、绩效目标及完成情况")
    d.add_paragraph("（一）年度绩效目标")
    for line in _H04_GOALS:
        d.add_paragraph(line)
    d.add_paragraph("（二）目标实际完成情况")
    for line in _H04_DONE:
        d.add_paragraph(line)
    d.add_paragraph("三、预算执行情况")
    d.add_paragraph(f"项目年初预算{ini}万元，因运维合同价下浮，年中调减预算28.00万元，全年预算{adj}万元，全年执行{exe}万元，执行率{rt}%。")
    table(d, [["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
              ["年度资金总额", ini, adj, exe, "10", f"{rt}%", str(es)],
              ["其中：当年财政拨款", ini, adj, exe, "", "", ""],
              ["上年结转资金", "", "", "", "", "", ""]])
    d.add_paragraph("四、绩效指标完成情况")
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "权重（%）", "得分", "偏差原因分析及改进措施"]
    rows = [head, ["产出指标", "预算执行", "预算执行率", "100%", f"{rt}%", "10", str(es), ""]]
    rows += [[r[0], r[1], r[2], shown(r[4]), shown(r[5]), str(r[3]), r[6], r[7]] for r in H04]
    rows.append(["合计", "", "", "", "", "100", str(tot), ""])
    table(d, rows, vmerge_cols=(0, 1))
    d.add_paragraph("五、自评结论")
    d.add_paragraph(f"本项目2024年度绩效自评得分{tot}分，自评等级为优。")
    d.add_paragraph("六、存在问题及下一步打算")
    d.add_paragraph("跨部门事件流转环节多，按期处置率未达目标。下一步将优化派单规则，实行超期预警。")
    inds = indicators(rt, es, H04, level1="产出指标", level2="预算执行", target={"value": D(100), "unit": "%"})
    p = project_of(proj, impl)
    p.update({"goal_expected": "".join(_H04_GOALS), "goal_actual": "".join(_H04_DONE)})
    f = facts("项目支出", 2024, project_unit(dept), money(ini, adj, exe, rt), inds, tot,
              project=p, full_mark=100, stated_grade="优")
    return f, "docx", docx_bytes(d)


# h05 江西 专项债券 project over several years (雨污分流改造), .txt: 总投资 / 建设期 / 累计完成投资 / 累计使用债券 before the year's
# budget (年初 with its 专项债券 and 县级配套 parts, 新增债券, 全年); no table: each 一级 one paragraph with its points, each
# indicator "名称N分，目标…，实际…，扣X分 / 不扣分"; the total told as deductions from 100 ("合计扣2.89分，自评得分97.11分") --
H05: list[Row] = [
    ("产出指标", "数量指标", "新建雨污分流管网长度", 15, "≥18公里", "18.6公里", "15", ""),
    ("产出指标", "数量指标", "改造老旧小区排水户数", 10, "≥6500户", "6120户", "9", ""),
    ("产出指标", "质量指标", "分部工程验收合格率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "年度投资计划完成率", 5, "≥90%", "93.5%", "5", ""),
    ("产出指标", "成本指标", "管网建设综合单价", 10, "≤420万元/公里", "406万元/公里", "10", ""),
    ("效益指标", "社会效益指标", "城区污水集中收集率", 15, "≥75%", "72.6%", "13.5", ""),
    ("效益指标", "生态效益指标", "污水处理厂进水化学需氧量浓度", 10, "≥180毫克/升", "196毫克/升", "10", ""),
    ("满意度指标", "服务对象满意度指标", "沿线居民满意度", 15, "≥85%", "88.9%", "15", ""),
]


def h05() -> Made:
    ini, adj, exe = "3000.00", "3500.00", "3362.40"
    rt, es, tot = scored(exe, adj, H05)
    exec_ded = 10 - es
    dept, impl, proj = "于都县住房和城乡建设局", "于都县市政公用事业服务中心", "于都县城区雨污分流改造工程"
    paras = []
    for block, opener in (("产出指标", "（一）产出指标"), ("效益指标", "（二）效益指标"), ("满意度指标", "（三）满意度指标")):
        picked = [r for r in H05 if r[0] == block]
        w = sum(r[3] for r in picked) + (10 if block == "产出指标" else 0)
        ded = sum((_deduction(r) for r in picked), D(0)) + (exec_ded if block == "产出指标" else 0)
        parts = [f"预算执行率10分，目标100%，实际{rt}%，{_ded_text(exec_ded)}"] if block == "产出指标" else []
        for r in picked:
            parts.append(f"{r[2]}{r[3]}分，目标{shown(r[4])}，实际{shown(r[5])}，{_ded_text(_deduction(r))}")
        paras.append(f"{opener}（{w}分）：" + "；".join(parts) + f"。本项共扣{ded.normalize():f}分。" if ded else
                     f"{opener}（{w}分）：" + "；".join(parts) + "。本项不扣分。")
    all_ded = 100 - tot
    text = f"""于都县城区雨污分流改造工程（地方政府专项债券项目）
2024年度项目支出绩效自评报告

一、项目概况
项目名称：{proj}
主管部门：{dept}
实施单位：{impl}
项目建设期为2023年至2025年，总投资12860.00万元，资金来源为地方政府专项债券9600.00万元、县级财政配套3260.00万元。主要建设内容为城区雨污分流管网46公里及老旧小区排水改造。截至2024年底累计完成投资8926.55万元，累计使用专项债券资金6800.00万元，累计完成管网31.2公里。

二、2024年度预算安排及执行情况
2024年年初预算{ini}万元，其中专项债券资金2400.00万元、县级配套资金600.00万元；年中新增发行专项债券资金500.00万元，全年预算{adj}万元。全年执行{exe}万元，预算执行率{rt}%。

三、绩效指标完成情况
本项目采用扣分法评价，满分100分。
{chr(10).join(paras)}

四、存在问题及改进措施
两个老旧小区因居民意见未统一，排水改造延至2025年实施；部分支管尚未接通，污水收集率未达目标。下一步加强入户协调，优先打通断头管。

五、自评结论
以上合计扣{all_ded.normalize():f}分，本项目2024年度绩效自评得分{tot}分，等级为优。
"""
    inds: list[dict[str, Any]] = [{"name": "预算执行率", "level1": "产出指标", "weight": 10, "target": {"value": D(100), "unit": "%"},
                                   "actual": {"value": rt, "unit": "%"}, "stated_deduction": exec_ded}]
    for r in H05:
        i = indicator_fact(r, with_l2=False)
        del i["stated_score"]
        i["stated_deduction"] = _deduction(r)
        inds.append(i)
    b = money(ini, adj, exe, rt)
    b["fund_rows"] = [{"name": "专项债券资金", "initial": D("2400.00")}, {"name": "县级配套资金", "initial": D("600.00")}]
    f = facts("项目支出", 2024, project_unit(dept), b, inds, tot, project=project_of(proj, impl), full_mark=100, stated_grade="优")
    return f, "txt", text


# h06 湖北 county party school's 干部教育培训经费, .docx: the unit named only in the sign-off (no 实施单位 label, "我校" in the
# body); the 自评表 a Word table with 指标值 / 实际值 and the unit in its own column (计量单位); the budget told in one sentence -
H06: list[Row] = [
    ("产出指标", "数量指标", "举办主体培训班次", 15, "≥12期", "14期", "15", ""),
    ("产出指标", "数量指标", "培训学员人次", 15, "≥1200人次", "1286人次", "15", ""),
    ("产出指标", "质量指标", "学员结业考核合格率", 10, "≥98%", "99.2%", "10", ""),
    ("产出指标", "时效指标", "年度培训计划完成率", 5, "100%", "100%", "5", ""),
    ("产出指标", "成本指标", "人均每天培训费", 5, "≤400元", "365元", "5", ""),
    ("效益指标", "社会效益指标", "学员能力提升评价优良率", 15, "≥90%", "86.5%", "13", "部分专题课程针对性不强"),
    ("效益指标", "可持续影响指标", "新开发精品课程数", 10, "≥6门", "5门", "8", "一门课程未通过评审"),
    ("满意度指标", "服务对象满意度指标", "参训学员满意度", 15, "≥95%", "97.4%", "15", ""),
]


def h06() -> Made:
    ini, adj, exe = "156.00", "174.00", "169.32"
    rt, es, tot = scored(exe, adj, H06)
    impl, proj = "中共远安县委党校", "干部教育培训经费"
    d = doc()
    d.add_heading(f"2024年度{proj}项目支出绩效自评报告", level=1)
    d.add_paragraph("一、项目基本情况")
    d.add_paragraph("本项目用于我校承担的全县科级干部进修班、中青年干部培训班、村（社区）干部轮训班等主体班次的教学、食宿和师资费用。"
                    f"2024年项目年初预算{ini}万元，年中追加市级调训经费18.00万元，全年预算{adj}万元，实际支出{exe}万元，预算执行率{rt}%，得{es}分。")
    d.add_paragraph("二、绩效目标完成情况")
    d.add_paragraph("全年举办主体培训班14期，培训学员1286人次，学员结业考核合格率99.2%。各项指标完成情况如下表：")
    head = ["一级指标", "二级指标", "三级指标", "指标值", "实际值", "计量单位", "分值", "得分", "偏差原因"]
    rows = [head, ["产出指标", "预算执行", "预算执行率", "100", str(rt), "%", "10", str(es), ""]]
    for r in H06:
        t, tu = _split(r[4])
        a, _ = _split(r[5])
        rows.append([r[0], r[1], r[2], t, a, tu, str(r[3]), r[6], r[7]])
    rows.append(["合计", "", "", "", "", "", "100", str(tot), ""])
    table(d, rows, vmerge_cols=(0, 1))
    d.add_paragraph("三、存在问题及改进措施")
    d.add_paragraph("部分专题课程与岗位需求结合不够紧密。下一步开展训前需求调研，按需设置课程。")
    d.add_paragraph("四、自评结论")
    d.add_paragraph(f"经自评，本项目2024年度绩效得分{tot}分，自评等级为优。")
    d.add_paragraph(impl)
    d.add_paragraph("2025年3月18日")
    inds = indicators(rt, es, H06, level1="产出指标", level2="预算执行", target={"value": D(100), "unit": "%"})
    f = facts("项目支出", 2024, {}, money(ini, adj, exe, rt), inds, tot,
              project={"name": proj, "implementing_unit": impl}, full_mark=100, stated_grade="优")
    del f["unit"]
    return f, "docx", docx_bytes(d)


# h07 福建 人大会议 fund, .txt: the money as label / value lines (年初预算数：…万元); each indicator a block of label lines under
# its 一级 heading (年度指标值： / 实际完成值： / 分值： / 得分： / 偏差原因：); planted TOTAL_MISMATCH (stated total 2 below the
# scores' sum) ----------------------------------------------------------------------------------------------------------
H07: list[Row] = [
    ("产出指标", "数量指标", "召开人代会及常委会会议次数", 15, "≥8次", "9次", "15", ""),
    ("产出指标", "数量指标", "组织代表视察调研活动次数", 10, "≥12次", "12次", "10", ""),
    ("产出指标", "质量指标", "代表建议按期交办率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "会议材料提前送达代表时间", 5, "≥3天", "3天", "5", ""),
    ("产出指标", "成本指标", "会议费支出控制率", 10, "≤100%", "93.3%", "10", ""),
    ("效益指标", "社会效益指标", "代表建议办结率", 20, "≥95%", "92.8%", "18", "部分建议涉及资金较大，需分年落实"),
    ("满意度指标", "服务对象满意度指标", "人大代表满意度", 20, "≥90%", "94.5%", "20", ""),
]


def h07() -> Made:
    ini, adj, exe = "98.00", "98.00", "91.46"
    rt, es, tot = scored(exe, adj, H07)
    stated = tot - 2
    dept, impl, proj = "永泰县人大常委会", "永泰县人大常委会办公室", "县人民代表大会会议及代表活动经费"
    blocks, n = [], 0
    for k, block in enumerate(("产出指标", "效益指标", "满意度指标")):
        blocks.append(f"（{'一二三'[k]}）{block}")
        items = [("预算执行率", "100%", f"{rt}%", "10", str(es), "")] if block == "产出指标" else []
        items += [(r[2], shown(r[4]), shown(r[5]), str(r[3]), r[6], r[7]) for r in H07 if r[0] == block]
        for name, t, a, w, s, why in items:
            n += 1
            lines = [f"{n}.{name}", f"年度指标值：{t}", f"实际完成值：{a}", f"分值：{w}分", f"得分：{s}分"]
            if why:
                lines.append(f"偏差原因：{why}")
            blocks.append("\n".join(lines))
    text = f"""{proj}
2024年度绩效自评报告

一、项目基本信息
项目名称：{proj}
主管部门：{dept}
实施单位：{impl}
年初预算数：{ini}万元
全年预算数：{adj}万元
全年执行数：{exe}万元
预算执行率：{rt}%

二、项目实施情况
2024年召开县第十八届人民代表大会第四次会议1次、常委会会议8次，组织代表视察、专题调研12次，交办代表建议152件。会议费、代表活动经费严格按标准支出，结余资金6.54万元按规定收回。

三、绩效指标完成情况
{chr(10).join(blocks)}

四、自评结论
本项目2024年度绩效自评总分{stated}分，评价等级为优。
"""
    inds = indicators(rt, es, H07, level1="产出指标", target={"value": D(100), "unit": "%"})
    for i, ind in enumerate(inds, 1):
        ind.pop("level2", None)
        ind["number"] = i
    f = facts("项目支出", 2024, project_unit(dept), money(ini, adj, exe, rt), inds, stated,
              project=project_of(proj, impl), full_mark=None, stated_grade="优", planted=["TOTAL_MISMATCH"])
    return f, "txt", text


# h08 广西 危房改造 subsidy per 户, .docx: the money a Word table by fund source (中央补助资金 / 自治区补助资金 / 县级配套资金 /
# 合计) with 年初预算数 / 全年预算数 / 全年执行数 / 执行率 columns; the 自评表 a Word table; the conclusion lists the deductions
# ("…扣1分；…合计扣2.28分") before the score ---------------------------------------------------------------------------
H08: list[Row] = [
    ("产出指标", "数量指标", "危房改造开工户数", 15, "≥420户", "428户", "15", ""),
    ("产出指标", "数量指标", "危房改造竣工户数", 10, "≥420户", "409户", "9", "11户因雨季施工延期至2025年1月竣工"),
    ("产出指标", "质量指标", "竣工验收合格率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "补助资金兑付及时率", 10, "≥95%", "93%", "9", "部分农户资料补正滞后"),
    ("产出指标", "成本指标", "户均补助标准", 5, "≥2.2万元/户", "2.26万元/户", "5", ""),
    ("效益指标", "社会效益指标", "重点对象住房安全保障率", 20, "100%", "100%", "20", ""),
    ("满意度指标", "服务对象满意度指标", "受益农户满意度", 20, "≥95%", "97.8%", "20", ""),
]


def h08() -> Made:
    funds = [("中央补助资金", "540.00", "560.00", "548.80"), ("自治区补助资金", "280.00", "290.00", "284.20"),
             ("县级配套资金", "120.00", "120.00", "109.44")]
    ini, adj, exe = "940.00", "970.00", "942.44"
    assert sum(D(x[3]) for x in funds) == D(exe) and sum(D(x[1]) for x in funds) == D(ini)
    rt, es, tot = scored(exe, adj, H08)
    dept, impl, proj = "都安瑶族自治县住房和城乡建设局", "都安瑶族自治县村镇建设服务中心", "农村低收入群体等重点对象危房改造补助资金项目"
    d = doc()
    d.add_heading(f"{proj}2024年度绩效自评报告", level=1)
    d.add_paragraph("一、项目概况")
    d.add_paragraph(f"项目名称：{proj}；主管部门：{dept}；实施单位：{impl}。")
    d.add_paragraph("2024年全县对农村低保户、分散供养特困人员等重点对象的C、D级危房实施改造，补助标准为拆除重建每户2.5万元、"
                    "维修加固每户1.5万元，补助资金由县财政“一卡通”直接兑付到户。")
    d.add_paragraph("二、资金到位及执行情况（单位：万元）")
    money_rows = [["资金来源", "年初预算数", "全年预算数", "全年执行数", "执行率"]]
    money_rows += [[n, i, a, e, f"{rate(e, a)}%"] for n, i, a, e in funds]
    money_rows.append(["合计", ini, adj, exe, f"{rt}%"])
    table(d, money_rows)
    d.add_paragraph(f"预算执行率指标分值10分，得{es}分。")
    d.add_paragraph("三、绩效指标完成情况")
    rows = [FORM_HEAD, ["产出指标", "预算执行", "预算执行率", "100%", f"{rt}%", "10", str(es), ""]]
    rows += [[r[0], r[1], r[2], shown(r[4]), shown(r[5]), str(r[3]), r[6], r[7]] for r in H08]
    rows.append(["总分", "", "", "", "", "100", str(tot), ""])
    table(d, rows, vmerge_cols=(0,))
    d.add_paragraph("四、自评结论")
    deds = [("预算执行率", 10 - es)] + [(r[2], _deduction(r)) for r in H08 if _deduction(r)]
    listed = "；".join(f"{n}扣{x.normalize():f}分" for n, x in deds)
    d.add_paragraph(f"扣分情况：{listed}；合计扣{(100 - tot).normalize():f}分。本项目2024年度绩效自评得分{tot}分，等级为优。")
    inds = indicators(rt, es, H08, level1="产出指标", level2="预算执行", target={"value": D(100), "unit": "%"})
    b = money(ini, adj, exe, rt)
    b["fund_rows"] = _fund_rows(funds)
    f = facts("项目支出", 2024, project_unit(dept), b, inds, tot, project=project_of(proj, impl), full_mark=100,
              stated_grade="优")
    return f, "docx", docx_bytes(d)


REPORTS: dict[str, Any] = {
    "h01-zj-shengzhou-school-repair-txt-unit-column-weight-pct": h01,
    "h02-gd-pengjiang-elderly-purchase-docx-rule-column-split-note": h02,
    "h03-yn-binchuan-disability-subsidy-txt-fund-levels-planted": h03,
    "h04-sd-lanshan-platform-docx-numbered-goals": h04,
    "h05-jx-yudu-bond-sewer-txt-multiyear-prose-deductions": h05,
    "h06-hb-yuanan-training-docx-signoff-unit-column": h06,
    "h07-fj-yongtai-congress-txt-label-blocks-planted": h07,
    "h08-gx-duan-housing-docx-fund-table-deduction-list": h08,
}
