# ruff: noqa: E501
"""Reports p01–p08 of the fortieth set (all 项目支出), each returning (facts, ext, content). Every unit, person, project
and figure is invented (real provinces and counties, invented towns, bureaus, centres, projects and figures).

Builders and value helpers are the eighteenth, twentieth, twenty-fifth and twenty-ninth sets' (imported, not copied).
"""

from __future__ import annotations

import re
from typing import Any

from eighteenth_facts import D, Made, doc, docx_bytes, exec_fact, facts, r2, rate, table
from twentieth_facts import money
from twentyfifth_project import project_of, project_unit
from twentyninth_reports import pipe_row

# (一级, 二级, 三级, 指标方向, 分值, 年度指标值, 实际完成值, 得分, 偏差原因); "T:" marks a text value
Ind = tuple[str, str, str, str, str, str, str, str, str]
FORM_HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
DIR_HEAD = ["一级指标", "二级指标", "三级指标", "指标方向", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析"]
_VALUE = re.compile(r"^(≥|≤|=|<|>)?\s*(-?[0-9]+(?:\.[0-9]+)?)\s*(.*)$")
_WORDS = {"不高于": "≤", "不超过": "≤", "不低于": "≥", "不少于": "≥"}


def _shown(v: str) -> str:
    return v.removeprefix("T:")


def _value(text: str, *, actual: bool, direction: str = "") -> dict[str, Any]:
    """A cell's expected value: text values as text; "不高于3%" is ≤ 3 %; a bare target of a 反向 indicator is ≤."""
    if text.startswith("T:"):
        return {"text": text[2:]}
    sign = ""
    for word, s in _WORDS.items():
        if text.startswith(word):
            sign, text = s, text[len(word):]
    m = _VALUE.match(text)
    assert m, text
    sign = sign or m.group(1) or ("≤" if direction == "反向" else "")
    out: dict[str, Any] = {}
    if sign and not actual:
        out["comparator"] = sign
    out["value"] = D(m.group(2))
    out["unit"] = m.group(3)
    return out


def _fact(r: Ind) -> dict[str, Any]:
    l1, l2, name, direction, weight, target, actual, score, note = r
    f: dict[str, Any] = {"name": name, "level1": l1, "level2": l2, "weight": D(weight)}
    f["target"] = _value(target, actual=False, direction=direction)
    f["actual"] = _value(actual, actual=True)
    f["stated_score"] = D(score)
    if note:
        f["deviation_note"] = note
    return f


def _cells(r: Ind, *, direction: bool = False) -> list[str]:
    """一级 | 二级 | 三级 | [指标方向 |] 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因."""
    l1, l2, name, d, weight, target, actual, score, note = r
    return [l1, l2, name, *([d] if direction else []), _shown(target), _shown(actual), weight, score, note]


def _blank_repeats(rows: list[list[str]], cols: tuple[int, ...]) -> list[list[str]]:
    """A merged cell as Excel copies it: its text on the first row only."""
    out, prev = [], [""] * len(rows[0]) if rows else []
    for row in rows:
        new = list(row)
        for c in cols:
            if row[c] == prev[c] and all(row[k] == prev[k] for k in cols if k < c):
                new[c] = ""
        out.append(new)
        prev = row
    return out


def _score_sum(rows: list[Ind], extra: Any = 0) -> Any:
    return sum((D(r[7]) for r in rows), D(extra))


def _weights(rows: list[Ind]) -> Any:
    return sum((D(r[4]) for r in rows), D(0))


def _exec_row(l1: str, l2: str, rt: Any, es: Any, direction: str | None = None) -> Ind:
    return (l1, l2, "预算执行率", direction or "", "10", "100%", f"{rt}%", str(es), "")


def _fund_facts(rows: list[tuple[str, str, str, str]]) -> list[dict[str, Any]]:
    out = []
    for name, a, b, c in rows:
        f: dict[str, Any] = {"name": name}
        for key, v in (("initial", a), ("adjusted", b), ("executed", c)):
            if v:
                f[key] = D(v)
        out.append(f)
    return out


def tabs(cells: list[str]) -> str:
    return "\t".join(cells)


# p01 甘肃 county water station's project, .txt: the whole 项目支出绩效自评表 pasted from Excel — cells separated by tabs,
# merged cells empty after their first row, a "绩效指标" label column before 一级; half points; a 投诉率 with ≤ ---------
P01: list[Ind] = [
    ("产出指标", "数量指标", "维修养护集中供水工程处数", "", "10", "≥46处", "48处", "10", ""),
    ("产出指标", "数量指标", "更换老旧供水管网长度", "", "10", "≥32公里", "30.5公里", "9.5", "2处管网穿越国道，占道审批延后"),
    ("产出指标", "质量指标", "农村集中供水水质达标率", "", "10", "≥95%", "96.2%", "10", ""),
    ("产出指标", "时效指标", "维修工程完工时间", "", "5", "T:2024年11月底前", "T:2024年11月20日", "5", ""),
    ("产出指标", "成本指标", "管网改造单位成本", "", "5", "≤18万元/公里", "17.6万元/公里", "5", ""),
    ("效益指标", "经济效益指标", "受益户年均节约取水成本", "", "5", "≥60元/户", "65元/户", "5", ""),
    ("效益指标", "社会效益指标", "农村自来水普及率", "", "10", "≥92%", "92.8%", "10", ""),
    ("效益指标", "社会效益指标", "供水故障平均修复时长", "", "5", "≤24小时", "26小时", "4.5", "冬季冻管集中发生，抢修力量不足"),
    ("效益指标", "社会效益指标", "农村供水投诉率", "", "10", "≤3%", "1.8%", "10", ""),
    ("效益指标", "可持续影响指标", "工程运行管护机制", "", "10", "T:健全", "T:健全", "10", ""),
    ("满意度指标", "服务对象满意度指标", "受益群众满意度", "", "10", "≥90%", "93.5%", "10", ""),
]


def p01() -> Made:
    fund = [("年度资金总额", "380.00", "412.50", "398.76"), ("当年财政拨款", "380.00", "392.50", "378.76"),
            ("上年结转资金", "", "20.00", "20.00")]
    ini, adj, exe = fund[0][1:]
    rt = rate(exe, adj)
    es = r2(rt / 10)
    tot = _score_sum(P01, es)
    proj, dept, impl = "2024年农村供水保障工程维修养护项目", "临洮县水务局", "临洮县农村供水管理站"
    goal = "完成全县46处集中供水工程维修养护，更换老旧管网32公里，农村自来水普及率达到92%以上。"
    done = "完成48处集中供水工程维修养护，更换老旧管网30.5公里，农村自来水普及率达到92.8%。"
    body = _blank_repeats([_cells(r) for r in P01], (0, 1))
    lines = [
        "项目支出绩效自评表",
        "（2024年度）",
        tabs(["项目名称", proj, "", "", "", "", "", "", ""]),
        tabs(["主管部门", dept, "", "", "", "实施单位", impl, "", ""]),
        tabs(["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", ""]),
        tabs(["", "年度资金总额", ini, adj, exe, "10", f"{rt}%", str(es), ""]),
        tabs(["", "其中：当年财政拨款", *fund[1][1:], "—", "", "—", ""]),
        tabs(["", "上年结转资金", *fund[2][1:], "—", "", "—", ""]),
        tabs(["", "其他资金", "", "", "", "—", "", "—", ""]),
        tabs(["年度总体目标", "预期目标", "", "", "", "实际完成情况", "", "", ""]),
        tabs(["", goal, "", "", "", done, "", "", ""]),
        tabs(["绩效指标", *FORM_HEAD]),
        *(tabs(["", *row]) for row in body),
        tabs(["总分", "", "", "", "", "", "100", str(tot), ""]),
        tabs(["自评等级", "优", "", "", "", "", "", "", ""]),
        "",
        "填表人：王某某    联系电话：0932-0000000    填表日期：2025年2月18日",
        "",
    ]
    b = money(ini, adj, exe, rt)
    b["fund_rows"] = _fund_facts(fund[1:])
    inds = [exec_fact(10, rt, es), *(_fact(r) for r in P01)]
    pj = {**project_of(proj, impl), "goal_expected": goal, "goal_actual": done}
    f = facts("项目支出", 2024, project_unit(dept), b, inds, tot, project=pj, full_mark=100, stated_grade="优")
    return f, "txt", "\n".join(lines)


# p02 贵州 township's report of an upper-level transfer, .docx: the money a Word table with the funds by level as columns
# (中央 / 省级 / 市级 / 县级 / 合计) and 年初 / 全年 / 执行 / 执行率 as rows; the indicators a Word table whose header is
# two rows of merged cells ("绩效指标" over 一级 / 二级 / 三级, the other heads merged down); 元/亩 and 元/户 units ------
P02: list[Ind] = [
    ("产出指标", "数量指标", "新建钢架大棚面积", "", "15", "≥120亩", "126亩", "15", ""),
    ("产出指标", "数量指标", "带动脱贫户（监测户）参与户数", "", "10", "≥85户", "88户", "10", ""),
    ("产出指标", "质量指标", "大棚工程验收合格率", "", "10", "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "基地建成投产时间", "", "5", "T:2024年9月底前", "T:2024年10月15日", "4", "连续降雨，钢架安装延后"),
    ("产出指标", "成本指标", "每亩大棚建设补助标准", "", "5", "≤2800元/亩", "2650元/亩", "5", ""),
    ("效益指标", "经济效益指标", "带动农户户均增收", "", "15", "≥2000元/户", "2360元/户", "15", ""),
    ("效益指标", "社会效益指标", "吸纳当地群众务工人数", "", "10", "≥60人", "64人", "10", ""),
    ("效益指标", "可持续影响指标", "基地持续运营年限", "", "5", "≥5年", "5年", "5", ""),
    ("满意度指标", "服务对象满意度指标", "受益农户满意度", "", "15", "≥90%", "89%", "14.5", "部分农户对分红方式有不同意见"),
]


def p02() -> Made:
    levels = [("中央资金", "150.00", "150.00", "148.20"), ("省级资金", "60.00", "60.00", "58.40"),
              ("市级资金", "20.00", "24.00", "23.10"), ("县级资金", "30.00", "31.50", "30.12")]
    ini, adj, exe = (str(sum((D(lv[i]) for lv in levels), D(0))) for i in (1, 2, 3))
    rt = rate(exe, adj)
    es = r2(rt / 10)
    rows = [_exec_row("产出指标", "成本指标", rt, es), *P02]
    tot = _score_sum(rows)
    assert _weights(rows) == 100
    town = "从江县西山溪镇人民政府"
    proj, dept = "西山溪镇2024年蔬菜保供基地建设项目", "从江县农业农村局"
    d = doc()
    d.add_heading(f"{town}关于2024年蔬菜保供基地建设项目（中央财政衔接推进乡村振兴补助资金）绩效自评报告", level=1)
    d.add_paragraph("县农业农村局、县财政局：")
    d.add_paragraph("根据县财政局关于开展2024年度转移支付资金绩效自评工作的通知要求，我镇对上级下达的蔬菜保供基地建设项目资金开展了自评，现将情况报告如下。")
    d.add_paragraph("一、项目基本情况")
    d.add_paragraph(f"项目名称：{proj}。主管部门：{dept}。实施单位：{town}。项目在高岭村、平寨村新建钢架大棚126亩，"
                    "配套滴灌、分拣棚及冷链设施，由村集体合作社统一经营，带动农户务工和分红。")
    d.add_paragraph("二、资金安排及使用情况（单位：万元）")
    head = ["资金类别", *(lv[0] for lv in levels), "合计"]
    grid = [head]
    for label, i in (("年初预算数", 1), ("全年预算数", 2), ("全年执行数", 3)):
        grid.append([label, *(lv[i] for lv in levels), (ini, adj, exe)[i - 1]])
    grid.append(["执行率", *(f"{rate(lv[3], lv[2])}%" for lv in levels), f"{rt}%"])
    table(d, grid)
    d.add_paragraph("三、绩效目标完成情况")
    top = ["绩效指标", "", "", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    sub = ["一级指标", "二级指标", "三级指标", "", "", "", "", ""]
    body = [_cells(r) for r in rows]
    total_row = ["合计", "", "", "", "", "100", str(tot), ""]
    grid2 = [top, sub, *body, total_row]
    merges = [(0, 0, 0, 2), *((0, c, 1, c) for c in range(3, 8)), (len(grid2) - 1, 0, len(grid2) - 1, 4)]
    table(d, grid2, merges=merges, vmerge_cols=(0, 1))
    d.add_paragraph("四、自评结论")
    d.add_paragraph(f"经自评，该项目自评得分{tot}分，自评等级：优。")
    d.add_paragraph("五、存在问题及下一步措施")
    d.add_paragraph("基地投产时间较计划推迟半个月，部分农户对分红方式有不同意见。下一步，镇农业服务中心将于2025年3月底前会同合作社完善分红方案，并在村务公开栏公示。")
    d.add_paragraph(town)
    d.add_paragraph("2025年3月6日")
    b = money(ini, adj, exe, rt)
    b["fund_rows"] = _fund_facts(levels)
    f = facts("项目支出", 2024, project_unit(dept), b, [_fact(r) for r in rows], tot, project=project_of(proj, town),
              full_mark=100, stated_grade="优")
    return f, "docx", docx_bytes(d)


# p03 河南 county agriculture bureau's multi-year project (2022—2024年), .txt: the span's total investment and cumulative
# spending beside the year's budget; a pipe table with an 指标方向 column, 反向 targets written bare ("1750元/亩",
# "2%"); 预算执行率 scored out of 10 and the indicators out of 90 stated apart in the conclusion ------------------------
P03: list[Ind] = [
    ("产出指标", "数量指标", "新建高标准农田面积", "正向", "15", "≥2.8万亩", "2.85万亩", "15", ""),
    ("产出指标", "数量指标", "新打配套机井数量", "正向", "10", "420眼", "426眼", "10", ""),
    ("产出指标", "质量指标", "工程竣工验收合格率", "正向", "10", "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "年度建设任务完成率", "正向", "10", "≥95%", "92.5%", "8.5", "部分地块秋播抢种，施工窗口缩短"),
    ("产出指标", "成本指标", "亩均建设成本", "反向", "5", "1750元/亩", "1712元/亩", "5", ""),
    ("效益指标", "经济效益指标", "项目区粮食亩均增产", "正向", "10", "≥50公斤", "56公斤", "10", ""),
    ("效益指标", "社会效益指标", "施工安全事故发生率", "反向", "5", "≤1%", "0%", "5", ""),
    ("效益指标", "生态效益指标", "农田灌溉水有效利用系数", "正向", "5", "≥0.62", "0.63", "5", ""),
    ("效益指标", "可持续影响指标", "工程管护投诉率", "反向", "5", "2%", "0.8%", "5", ""),
    ("满意度指标", "服务对象满意度指标", "项目区农户满意度", "正向", "15", "≥90%", "87%", "12", "部分田间道路尚未硬化"),
]


def p03() -> Made:
    ini, adj, exe = "1620.00", "1685.40", "1648.92"
    rt = rate(exe, adj)
    es = r2(rt / 10)
    part = _score_sum(P03)
    assert _weights(P03) == 90
    tot = part + es
    unit, dept = "正阳县农业农村局", "正阳县农业农村局"
    proj = "正阳县2022—2024年高标准农田建设项目"
    text = f"""正阳县农业农村局
2024年度项目支出绩效自评报告

一、项目概况
（一）项目名称：{proj}
（二）主管部门：{dept}
（三）实施单位：{unit}
（四）项目内容：项目建设期为2022—2024年，计划在8个乡镇建设高标准农田8.4万亩，配套机井、田间道路、农田林网和输配电设施。2022年、2023年分别建成2.9万亩、2.7万亩，2024年为项目收尾年度。

二、项目资金情况
项目总投资（2022—2024年）4860.00万元，截至2024年12月31日累计完成投资4712.36万元，累计投资完成率96.96%。
2024年度项目年初预算{ini}万元，全年预算{adj}万元，全年执行{exe}万元，预算执行率{rt}%。

三、绩效指标完成情况
{chr(10).join(pipe_row(r) for r in [DIR_HEAD, *(_cells(r, direction=True) for r in P03)])}
注：指标方向为“反向”的，年度指标值为上限值。

四、自评结论
预算执行率{rt}%，得分{es}分（满分10分）；绩效指标得分{part}分（满分90分）。项目自评总得分{tot}分，自评等级为优。

五、存在问题及改进措施
（一）年度建设任务完成率92.5%，低于95%的目标，2023年该项指标为97%。改进措施：2025年起提前与乡镇对接种植茬口，避开秋播施工。
（二）部分田间道路尚未硬化，农户满意度87%。改进措施：2025年6月底前完成剩余12.6公里田间道路硬化。
"""
    b = money(ini, adj, exe, rt)
    inds = [exec_fact(10, rt, es), *(_fact(r) for r in P03)]
    # (no full mark: the report states 满分10分 and 满分90分, never 100)
    f = facts("项目支出", 2024, project_unit(dept), b, inds, tot, project=project_of(proj, unit), stated_grade="优")
    return f, "txt", text


# p04 福建 county museum's project carried over from 2023, .docx: no new budget (年初预算数 0, the 全年预算数 all 上年结转);
# the template form as one Word table with merged label cells; qualitative values (达标 / 基本达标 / 良 / 明显提升) ------
P04: list[Ind] = [
    ("产出指标", "数量指标", "改造提升展厅面积", "", "10", "≥480平方米", "480平方米", "10", ""),
    ("产出指标", "数量指标", "新增非遗展品数量", "", "10", "≥120件", "126件", "10", ""),
    ("产出指标", "质量指标", "布展工程质量", "", "10", "T:达标", "T:达标", "10", ""),
    ("产出指标", "质量指标", "展陈设计评审等级", "", "5", "T:良及以上", "T:良", "5", ""),
    ("产出指标", "时效指标", "展厅对外开放时间", "", "5", "T:2024年6月底前", "T:2024年7月12日", "4", "消防验收延后"),
    ("效益指标", "社会效益指标", "年接待参观人次", "", "15", "≥3万人次", "3.42万人次", "15", ""),
    ("效益指标", "社会效益指标", "非遗传承宣传效果", "", "10", "T:明显提升", "T:明显提升", "10", ""),
    ("效益指标", "可持续影响指标", "展陈设施运行维护", "", "10", "T:达标", "T:基本达标", "8", "部分多媒体设备故障率偏高"),
    ("满意度指标", "服务对象满意度指标", "参观群众满意度", "", "15", "≥90%", "95.6%", "15", ""),
]


def p04() -> Made:
    fund = [("年度资金总额", "0.00", "86.40", "83.15"), ("当年财政拨款", "0.00", "0.00", "0.00"),
            ("上年结转资金", "", "86.40", "83.15")]
    ini, adj, exe = fund[0][1:]
    rt = rate(exe, adj)
    es = r2(rt / 10)
    tot = _score_sum(P04, es)
    proj, dept, impl = "非遗展示厅提升改造项目（2023年结转）", "永春县文化体育和旅游局", "永春县民俗文化展示馆"
    goal = "完成非遗展示厅480平方米改造提升和布展，新增非遗展品120件以上，2024年6月底前对外开放。"
    done = "完成展示厅480平方米改造提升和布展，新增展品126件，2024年7月12日对外开放，全年接待3.42万人次。"
    d = doc()
    d.add_heading("项目支出绩效自评表", level=1)
    d.add_paragraph("（2024年度）")
    d.add_paragraph("本项目为2023年下达、2024年继续实施的结转项目，2024年未安排新增预算。")
    ind_rows = [_cells(r) for r in P04]
    grid = [
        ["项目名称", proj, "", "", "", "", "", ""],
        ["主管部门", dept, "", "", "实施单位", impl, "", ""],
        ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["项目资金（万元）", "年度资金总额", ini, adj, exe, "10", f"{rt}%", str(es)],
        ["项目资金（万元）", "其中：当年财政拨款", *fund[1][1:], "—", "", "—"],
        ["项目资金（万元）", "上年结转资金", *fund[2][1:], "—", "", "—"],
        ["项目资金（万元）", "其他资金", "", "", "", "—", "", "—"],
        ["年度总体目标", "预期目标", "", "", "", "实际完成情况", "", ""],
        ["年度总体目标", goal, "", "", "", done, "", ""],
        FORM_HEAD,
        *ind_rows,
        ["总分", "", "", "", "", "100", str(tot), ""],
    ]
    n = len(grid)
    merges = [(0, 1, 0, 7), (1, 1, 1, 3), (1, 5, 1, 7), (7, 1, 7, 4), (7, 5, 7, 7), (8, 1, 8, 4), (8, 5, 8, 7),
              (n - 1, 0, n - 1, 4)]
    table(d, grid, merges=merges, vmerge_cols=(0, 1))
    d.add_paragraph("自评等级：优")
    d.add_paragraph("填报单位：永春县民俗文化展示馆        填报日期：2025年2月26日")
    b = money(ini, adj, exe, rt)
    b["fund_rows"] = _fund_facts(fund[1:])
    inds = [exec_fact(10, rt, es), *(_fact(r) for r in P04)]
    pj = {**project_of(proj, impl), "goal_expected": goal, "goal_actual": done}
    f = facts("项目支出", 2024, project_unit(dept), b, inds, tot, project=pj, full_mark=100, stated_grade="优")
    return f, "docx", docx_bytes(d)


# p05 云南 township's report of a provincial transfer, .txt: the money in prose (上级下达 / 追加 / 县级配套, by level);
# the indicators a pipe table with 万元/公里, 元/人 and 元/亩 units; planted EXECUTION_RATE_MISMATCH (the stated rate
# 98.50 % where 352.80 / 360.00 gives 98.00 %) ---------------------------------------------------------------------------
P05: list[Ind] = [
    ("产出指标", "数量指标", "生活垃圾收运覆盖自然村数", "", "10", "≥42个", "42个", "10", ""),
    ("产出指标", "数量指标", "改造提升村内道路里程", "", "10", "≥6.5公里", "6.8公里", "10", ""),
    ("产出指标", "质量指标", "农村户厕问题整改合格率", "", "10", "≥95%", "97.3%", "10", ""),
    ("产出指标", "时效指标", "资金拨付及时率", "", "5", "100%", "100%", "5", ""),
    ("产出指标", "成本指标", "村内道路改造单位成本", "", "5", "≤32万元/公里", "30.6万元/公里", "5", ""),
    ("产出指标", "成本指标", "村庄保洁员年补助标准", "", "5", "≤6000元/人", "6000元/人", "5", ""),
    ("产出指标", "成本指标", "村庄绿化单位成本", "", "5", "≤1500元/亩", "1380元/亩", "5", ""),
    ("效益指标", "社会效益指标", "村庄环境卫生测评达标率", "", "10", "≥90%", "88.6%", "9", "2个村清运车辆不足"),
    ("效益指标", "生态效益指标", "生活污水乱排乱放治理率", "", "10", "≥80%", "82%", "10", ""),
    ("效益指标", "可持续影响指标", "建立长效管护机制村数", "", "10", "≥12个", "12个", "10", ""),
    ("满意度指标", "服务对象满意度指标", "群众满意度", "", "10", "≥90%", "92.4%", "10", ""),
]


def p05() -> Made:
    ini, add, adj, exe = "320.00", "40.00", "360.00", "352.80"
    stated_rt = D("98.50")  # planted: 352.80 / 360.00 = 98.00 %
    es = r2(stated_rt / 10)
    rows = [_exec_row("产出指标", "成本指标", stated_rt, es), *P05]
    assert _weights(rows) == 100
    tot = _score_sum(rows)
    town = "泸西县白水坝镇人民政府"
    proj, dept = "2024年白水坝镇农村人居环境整治提升项目", "泸西县农业农村局"
    text = f"""泸西县白水坝镇2024年农村人居环境整治提升项目（省级财政转移支付）绩效自评报告

一、项目基本情况
项目名称：{proj}
资金性质：上级转移支付（省级农村人居环境整治专项资金）
主管部门：{dept}
实施单位：{town}
项目覆盖全镇12个行政村42个自然村，主要实施生活垃圾收运、村内道路改造、户厕问题整改、村庄绿化和保洁员补助。

二、资金到位及使用情况
上级年初下达转移支付资金{ini}万元，其中中央资金200.00万元、省级资金120.00万元；年中县级配套追加{add}万元。全年预算{adj}万元，截至2024年12月31日实际支出{exe}万元，预算执行率98.50%。

三、绩效指标完成情况
{chr(10).join(pipe_row(r) for r in [FORM_HEAD, *(_cells(r) for r in rows)])}
| 合计 |  |  |  |  | 100 | {tot} |  |

四、自评结论
本项目自评得分{tot}分，自评等级为优。

五、存在问题及整改措施
2个村清运车辆不足，环境卫生测评达标率88.6%。整改措施：2025年4月底前为2个村各增配垃圾清运车1辆，费用从村庄保洁经费列支。
"""
    b = money(ini, adj, exe, stated_rt)
    b["fund_rows"] = [{"name": "中央资金", "initial": D("200.00")}, {"name": "省级资金", "initial": D("120.00")}]
    f = facts("项目支出", 2024, project_unit(dept), b, [_fact(r) for r in rows], tot, project=project_of(proj, town),
              full_mark=100, stated_grade="优", planted=["EXECUTION_RATE_MISMATCH"])
    return f, "txt", text


# p06 湖南 county CDC's project, .docx: the money in prose with 中央 / 省级 / 县级 parts of the 年初预算; the indicators a
# Word table with an 指标方向 column, "不高于3%", half points and 偏差原因 on some rows, no 预算执行率 row; the 10 and
# the 90 stated apart in the conclusion ---------------------------------------------------------------------------------
P06: list[Ind] = [
    ("产出指标", "数量指标", "肺结核患者发现数", "正向", "10", "≥260例", "271例", "10", ""),
    ("产出指标", "数量指标", "学校结核病筛查人数", "正向", "10", "≥1.2万人", "1.26万人", "10", ""),
    ("产出指标", "质量指标", "患者规范管理率", "正向", "10", "≥90%", "93.8%", "10", ""),
    ("产出指标", "质量指标", "病原学阳性患者耐药筛查率", "正向", "10", "≥90%", "86.5%", "8.5", "部分乡镇样本转运不及时"),
    ("产出指标", "时效指标", "疫情报告及时率", "正向", "5", "100%", "100%", "5", ""),
    ("产出指标", "成本指标", "患者人均随访管理成本", "反向", "5", "≤180元/人", "172元/人", "5", ""),
    ("效益指标", "社会效益指标", "患者成功治疗率", "正向", "10", "≥90%", "91.2%", "10", ""),
    ("效益指标", "社会效益指标", "学校聚集性疫情发生率", "反向", "10", "≤1%", "0%", "10", ""),
    ("效益指标", "可持续影响指标", "重点人群防治知识知晓率", "正向", "5", "≥85%", "82%", "4.5", "老年人群宣传覆盖不足"),
    ("满意度指标", "服务对象满意度指标", "患者满意度", "正向", "10", "≥90%", "92%", "10", ""),
    ("满意度指标", "服务对象满意度指标", "群众投诉率", "反向", "5", "不高于3%", "1.5%", "5", ""),
]


def p06() -> Made:
    ini, adj, exe = "126.00", "132.60", "128.31"
    rt = rate(exe, adj)
    es = r2(rt / 10)
    part = _score_sum(P06)
    assert _weights(P06) == 90
    tot = part + es
    unit, dept = "攸县疾病预防控制中心", "攸县卫生健康局"
    proj = "2024年重大传染病防控项目（结核病防治）"
    d = doc()
    d.add_heading(f"{proj}绩效自评报告", level=1)
    d.add_paragraph(f"项目主管部门：{dept}    项目实施单位：{unit}")
    d.add_paragraph("一、项目概况")
    d.add_paragraph("项目用于全县肺结核患者发现、治疗管理、学校结核病防控和耐药筛查，由县疾控中心会同县人民医院、各乡镇卫生院实施。")
    d.add_paragraph("二、项目资金情况")
    d.add_paragraph(f"项目年初预算{ini}万元（其中中央转移支付78.00万元、省级资金30.00万元、县级配套18.00万元），"
                    f"年中追加县级资金6.60万元，全年预算{adj}万元，全年执行{exe}万元，预算执行率{rt}%。")
    d.add_paragraph("三、绩效指标完成情况")
    table(d, [DIR_HEAD, *(_cells(r, direction=True) for r in P06)], vmerge_cols=(0, 1))
    d.add_paragraph("四、自评结论")
    d.add_paragraph(f"预算执行率{rt}%，得分{es}分（满分10分）；产出、效益和满意度指标得分{part}分（满分90分）。"
                    f"综合自评得分{tot}分，等级为优。")
    d.add_paragraph("五、存在问题及改进措施")
    d.add_paragraph("耐药筛查率86.5%，未达到90%的目标，主要是部分乡镇样本转运不及时；2025年起实行样本每周两次集中转运。")
    b = money(ini, adj, exe, rt)
    b["fund_rows"] = [{"name": "中央转移支付", "initial": D("78.00")}, {"name": "省级资金", "initial": D("30.00")},
                      {"name": "县级配套", "initial": D("18.00")}]
    inds = [exec_fact(10, rt, es), *(_fact(r) for r in P06)]
    # (no full mark: the report states 满分10分 and 满分90分, never 100; the name is the title's, its year the
    # report's, as the corpora write a name cut from a title)
    pj = project_of(proj.removeprefix("2024年"), unit)
    f = facts("项目支出", 2024, project_unit(dept), b, inds, tot, project=pj, stated_grade="优")
    return f, "docx", docx_bytes(d)


# p07 江苏 district market-supervision bureau's project, .txt: a report whose tables are pasted from Excel as tab-separated
# cells — the money with the funds by level as columns (中央 / 省级 / 市级 / 区级 / 合计), the indicators with an 指标方向
# column, a text value, 元/批次, and a 反向 "0起" target; the result a tab row 自评得分 / 自评等级 ----------------------
P07: list[Ind] = [
    ("产出指标", "数量指标", "食品安全监督抽检批次", "正向", "15", "≥3200批次", "3386批次", "15", ""),
    ("产出指标", "数量指标", "农贸市场快检覆盖率", "正向", "10", "100%", "100%", "10", ""),
    ("产出指标", "质量指标", "抽检不合格食品核查处置率", "正向", "10", "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "检验报告按时出具率", "正向", "5", "≥98%", "96.5%", "4.5", "年底集中送检，实验室排期紧张"),
    ("产出指标", "成本指标", "每批次平均抽检费用", "反向", "5", "≤650元/批次", "618元/批次", "5", ""),
    ("效益指标", "社会效益指标", "食品安全事故发生起数", "反向", "10", "0起", "0起", "10", ""),
    ("效益指标", "社会效益指标", "辖区食品安全状况", "正向", "10", "T:总体稳定向好", "T:总体稳定向好", "10", ""),
    ("效益指标", "可持续影响指标", "抽检信息公开率", "正向", "5", "100%", "100%", "5", ""),
    ("满意度指标", "服务对象满意度指标", "群众食品安全满意度", "正向", "10", "≥85%", "87.4%", "10", ""),
    ("满意度指标", "服务对象满意度指标", "投诉举报按时办结率", "正向", "10", "≥95%", "98%", "10", ""),
]


def p07() -> Made:
    levels = [("中央资金", "45.00", "45.00", "44.20"), ("省级资金", "60.00", "66.00", "64.35"),
              ("市级资金", "30.00", "30.00", "29.10"), ("区级资金", "85.00", "92.40", "90.82")]
    ini, adj, exe = (str(sum((D(lv[i]) for lv in levels), D(0))) for i in (1, 2, 3))
    rt = rate(exe, adj)
    es = r2(rt / 10)
    rows = [_exec_row("产出指标", "成本指标", rt, es, "正向"), *P07]
    assert _weights(rows) == 100
    tot = _score_sum(rows)
    unit, dept = "南京市溧水区市场监督管理局", "南京市溧水区市场监督管理局"
    proj = "2024年食品安全抽检监测项目"
    money_rows = [tabs(["项目", *(lv[0] for lv in levels), "合计"])]
    for label, i in (("年初预算数", 1), ("全年预算数", 2), ("全年执行数", 3)):
        money_rows.append(tabs([label, *(lv[i] for lv in levels), (ini, adj, exe)[i - 1]]))
    money_rows.append(tabs(["执行率", *(f"{rate(lv[3], lv[2])}%" for lv in levels), f"{rt}%"]))
    ind_rows = _blank_repeats([_cells(r, direction=True) for r in rows], (0, 1))
    text = f"""{proj}绩效自评报告

项目名称：{proj}
主管部门：{dept}
实施单位：{unit}

一、项目基本情况
项目对全区生产、流通、餐饮环节食品开展监督抽检和风险监测，委托第三方检验机构承检，对不合格食品依法核查处置。

二、项目资金投入及使用情况（单位：万元）
{chr(10).join(money_rows)}

三、绩效目标完成情况
{tabs(DIR_HEAD)}
{chr(10).join(tabs(r) for r in ind_rows)}
{tabs(["合计", "", "", "", "", "", "100", str(tot), ""])}

四、自评结果
{tabs(["自评得分", str(tot), "自评等级", "优"])}

五、存在问题及改进措施
年底集中送检造成检验报告出具延后。2025年起按季度均衡下达抽检任务，第四季度任务量不超过全年的30%。
"""
    b = money(ini, adj, exe, rt)
    b["fund_rows"] = _fund_facts(levels)
    f = facts("项目支出", 2024, project_unit(dept), b, [_fact(r) for r in rows], tot, project=project_of(proj, unit),
              full_mark=100, stated_grade="优")
    return f, "txt", text


# p08 四川 county transport bureau's multi-year road project (2022—2024年), .docx: the money a Word table whose header is
# two rows of merged cells (2024年度 over 年初 / 全年 / 执行, 2022—2024年累计 over 总预算 / 累计执行) with rows by level;
# 一级 / 二级 merged; planted GRADE_MISMATCH (89.22 分 called 优) ------------------------------------------------------
P08: list[Ind] = [
    ("产出指标", "数量指标", "本年度完成提档升级里程", "", "15", "≥46公里", "44.2公里", "13.5", "2个标段征地协调滞后"),
    ("产出指标", "数量指标", "新建安全生命防护工程里程", "", "10", "≥60公里", "61.5公里", "10", ""),
    ("产出指标", "质量指标", "交工验收合格率", "", "10", "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "年度建设计划完成率", "", "10", "≥95%", "88%", "7", "雨季较常年延长1个月"),
    ("产出指标", "成本指标", "路面改造单位成本", "", "5", "≤45万元/公里", "43.8万元/公里", "5", ""),
    ("效益指标", "社会效益指标", "沿线群众出行时间缩短", "", "10", "≥20%", "18%", "8", "部分路段仍在施工"),
    ("效益指标", "经济效益指标", "沿线客货运输成本降低率", "", "10", "≥8%", "8.5%", "10", ""),
    ("效益指标", "可持续影响指标", "养护管理责任落实率", "", "5", "100%", "100%", "5", ""),
    ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "", "15", "≥90%", "84%", "11", "施工期间出行不便"),
]


def p08() -> Made:
    levels = [("中央车购税资金", "1200.00", "1200.00", "1176.40", "3400.00", "3321.60"),
              ("省级资金", "460.00", "520.00", "506.30", "1400.00", "1336.20"),
              ("县级资金", "340.00", "362.80", "341.66", "1000.00", "854.68")]
    sums = [str(sum((D(lv[i]) for lv in levels), D(0))) for i in range(1, 6)]
    ini, adj, exe = sums[:3]
    rt = rate(exe, adj)
    es = r2(rt / 10)
    rows = [_exec_row("产出指标", "成本指标", rt, es), *P08]
    assert _weights(rows) == 100
    tot = _score_sum(rows)
    assert tot < 90
    unit, dept = "苍溪县交通运输局", "苍溪县交通运输局"
    proj = "苍溪县2022—2024年农村公路提档升级工程"
    d = doc()
    d.add_heading(f"{proj}2024年度绩效自评报告", level=1)
    d.add_paragraph(f"主管部门：{dept}；实施单位：{unit}")
    d.add_paragraph("一、项目概况")
    d.add_paragraph("工程建设期为2022—2024年，计划对全县县乡道132公里实施提档升级，同步建设安全生命防护工程。至2024年底累计完成128.5公里。")
    d.add_paragraph("二、资金情况（单位：万元）")
    top = ["资金来源", "2024年度", "", "", "2022—2024年累计", ""]
    sub = ["", "年初预算数", "全年预算数", "全年执行数", "总预算数", "累计执行数"]
    grid = [top, sub, ["合计", *sums], *[list(lv) for lv in levels]]
    table(d, grid, merges=[(0, 0, 1, 0), (0, 1, 0, 3), (0, 4, 0, 5)])
    d.add_paragraph(f"2024年度预算执行率{rt}%，项目累计投资完成率95.04%。")
    d.add_paragraph("三、绩效指标完成情况")
    table(d, [FORM_HEAD, *(_cells(r) for r in rows), ["合计", "", "", "", "", "100", str(tot), ""]],
          vmerge_cols=(0, 1))
    d.add_paragraph("四、自评结论")
    d.add_paragraph(f"经自评，本项目2024年度绩效自评得分{tot}分，自评等级为“优”。")
    d.add_paragraph("五、存在问题及改进措施")
    d.add_paragraph("年度建设计划完成率88%，2023年为96%。改进措施：2025年5月底前完成剩余3.5公里路面施工，汛前完成边沟和挡墙。")
    b = money(ini, adj, exe, rt)
    b["fund_rows"] = _fund_facts([lv[:4] for lv in levels])
    # (the name is the title's without its place, span and report year, as the corpora write a name cut from a title)
    f = facts("项目支出", 2024, project_unit(dept), b, [_fact(r) for r in rows], tot,
              project=project_of("农村公路提档升级工程", unit), full_mark=100, stated_grade="优", planted=["GRADE_MISMATCH"])
    return f, "docx", docx_bytes(d)


REPORTS = {
    "p01-gs-lintao-water-txt-excel-tabs-form": p01,
    "p02-gz-congjiang-town-transfer-docx-level-columns-two-row-head": p02,
    "p03-ha-zhengyang-farmland-multiyear-txt-direction-10-90": p03,
    "p04-fj-yongchun-museum-carryover-docx-qualitative": p04,
    "p05-yn-luxi-town-transfer-txt-cost-units-planted": p05,
    "p06-hn-youxian-cdc-docx-direction-not-above": p06,
    "p07-js-lishui-food-sampling-txt-tab-level-columns": p07,
    "p08-sc-cangxi-road-multiyear-docx-span-head-planted": p08,
}
