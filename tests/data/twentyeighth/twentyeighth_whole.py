# ruff: noqa: E501
"""Reports c08–c14 of the twenty-eighth set: 部门（单位）整体支出 self-evaluations written in styles none of the 27 earlier
sets uses; each returns (facts, ext, content). Every unit, person and figure is invented.

Builders and helpers as in this set's project module.
"""

from __future__ import annotations

from typing import Any

import openpyxl
from eighteenth_facts import EARNED, D, Made, Row, doc, docx_bytes, facts, grade, indicator_fact, shown, table, yuan
from twentieth_facts import indicators, money, scored
from twentysecond_sheets import _fill, _save

FORM_HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]


def _pipe(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _form_lines(rows: list[Row], rt: D, es: D) -> list[list[str]]:
    return [["产出指标", "预算执行", "预算执行率", "", f"{rt}%", "10", str(es), ""],
            *[[r[0], r[1], r[2], shown(r[4]), shown(r[5]), str(r[3]), r[6], r[7]] for r in rows]]


def _sep(x: str) -> str:
    """An amount in 万元 written with thousands separators."""
    return f"{D(x):,.2f}"


# c08 陕西 town government, .txt: a 收支情况表 in the text (收入 | 金额 | 支出 | 金额, 万元 with thousands separators), staff
# told with the retirees after ("另有退休人员…"), internal offices and stations in one sentence each; the form a pipe table --
C08: list[Row] = [
    ("产出指标", "数量指标", "农村道路养护里程", 15, "≥86公里", "88.5公里", "15", ""),
    ("产出指标", "质量指标", "农村饮水水质达标率", 15, "≥95%", "97%", "15", ""),
    ("产出指标", "时效指标", "惠农补贴发放及时率", 10, "100%", "100%", "10", ""),
    ("效益指标", "社会效益指标", "矛盾纠纷调处化解率", 20, "≥95%", "96.2%", "20", ""),
    ("效益指标", "可持续影响指标", "人居环境整治达标村比例", 15, "≥90%", "88%", "13.5", "两个村垃圾转运点建设滞后"),
    ("满意度指标", "服务对象满意度指标", "群众满意度", 15, "≥90%", "93%", "15", ""),
]


def c08() -> Made:
    ini, adj, exe = "3050.00", "3286.40", "3150.80"
    rt, es, tot = scored(exe, adj, C08)
    unit = "洋县槐树关镇人民政府"
    inc = [("一般公共预算财政拨款收入", "2864.30"), ("政府性基金预算财政拨款收入", "310.00"), ("其他收入", "46.50")]
    out = [("基本支出", "1652.18"), ("项目支出", "1498.62")]
    inc_total = str(sum(D(a) for _, a in inc))
    rows = [[inc[0][0], _sep(inc[0][1]), out[0][0], _sep(out[0][1])], [inc[1][0], _sep(inc[1][1]), out[1][0], _sep(out[1][1])],
            [inc[2][0], _sep(inc[2][1]), "", ""], ["收入合计", _sep(inc_total), "支出合计", _sep(exe)]]
    money_table = "\n".join(_pipe(r) for r in [["收入", "金额", "支出", "金额"], *rows])
    form = "\n".join(_pipe(r) for r in [FORM_HEAD, *_form_lines(C08, rt, es), ["总分", "", "", "", "", "100", str(tot), grade(tot)]])
    text = f"""{unit}2024年度部门整体支出绩效自评报告

一、部门基本情况
（一）机构设置。镇政府内设党政办公室、经济发展办公室、社会事务办公室、综合行政执法办公室4个办公室；下设农业综合服务站、文化旅游服务中心2个事业站所。
（二）人员情况。核定编制58名，实有在职人员52人，其中行政人员31人、事业人员21人；另有退休人员19人，由县社保部门发放待遇。

二、部门收支情况
2024年年初预算{_sep(ini)}万元，全年预算调整为{_sep(adj)}万元，全年执行{_sep(exe)}万元，预算执行率{rt}%。全年收支情况如下表（单位：万元）：
{money_table}

三、绩效指标完成情况
{form}

四、存在问题和改进措施
人居环境整治仍有短板，2025年将新建垃圾转运点2处。
"""
    budget = money(ini, adj, exe, rt)
    budget.update(income_total=D(inc_total), income_items=[{"name": n, "amount": D(a)} for n, a in inc],
                  expenditure_total=D(exe), expenditure_items=[{"name": n, "amount": D(a)} for n, a in out])
    u = {"name": unit, "staff_total": 52, "staff_establishment": 58,
         "staff_parts": [{"name": "行政人员", "count": 31}, {"name": "事业人员", "count": 21}],
         "internal_bodies": ["党政办公室", "经济发展办公室", "社会事务办公室", "综合行政执法办公室"], "internal_bodies_count": 4,
         "subordinate_bodies": ["农业综合服务站", "文化旅游服务中心"], "subordinate_bodies_count": 2}
    inds = indicators(rt, es, C08, level1="产出指标", level2="预算执行")
    f = facts("整体支出", 2024, u, budget, inds, tot, full_mark=100, stated_grade=EARNED)
    return f, "txt", text


# c09 贵州 county hospital, .docx: the budget in 元 with separators; the results told in one paragraph per 一级 level
# ("（一）产出指标（分值50分，得分48.5分）。门诊诊疗人次目标…，实际完成…，分值15分，得15分；…"); the scores closed by
# a small Word table of the blocks (指标 | 分值 | 得分 | 总分 and grade) ---------------------------------------------------
C09: list[Row] = [
    ("产出指标", "", "门诊诊疗人次", 15, "≥120000人次", "126480人次", "15", ""),
    ("产出指标", "", "住院手术例数", 15, "≥2600例", "2714例", "15", ""),
    ("产出指标", "", "院内感染发生率", 10, "≤1.5%", "1.1%", "10", ""),
    ("产出指标", "", "平均住院日", 10, "≤8.5天", "8.9天", "8.5", ""),
    ("效益指标", "", "县域内就诊率", 20, "≥90%", "91.3%", "20", ""),
    ("效益指标", "", "医疗纠纷发生件数", 10, "≤3件", "2件", "10", ""),
    ("满意度指标", "", "住院患者满意度", 10, "≥92%", "95.4%", "10", ""),
]


def c09() -> Made:
    ini_y, adj_y, exe_y = "86,420,000.00", "91,356,800.00", "88,204,512.40"
    ini, adj, exe = (str(D(v.replace(",", "")) / 10000) for v in (ini_y, adj_y, exe_y))
    rt, es, tot = scored(exe, adj, C09)
    unit = "锦屏县第二人民医院"
    d = doc()
    d.add_heading(f"{unit}2024年度整体支出绩效自评报告", level=1)
    d.add_paragraph("一、单位概况")
    d.add_paragraph(f"{unit}为县卫生健康局所属公益二类事业单位，核定床位260张，编制人数312人，实有职工298人。")
    d.add_paragraph("二、预算执行情况")
    d.add_paragraph(f"2024年医院年初预算{ini_y}元，全年调整后预算{adj_y}元，全年实际支出{exe_y}元，预算执行率{rt}%，"
                    f"该项分值10分，得{es}分。")
    d.add_paragraph("三、绩效指标完成情况")
    for i, block in enumerate(("产出指标", "效益指标", "满意度指标")):
        part = [r for r in C09 if r[0] == block]
        told = "；".join(f"{r[2]}目标{shown(r[4])}，实际完成{shown(r[5])}，分值{r[3]}分，得{r[6]}分" for r in part)
        d.add_paragraph(f"（{'一二三'[i]}）{block}（分值{sum(r[3] for r in part)}分，得分{sum(D(r[6]) for r in part)}分）。{told}。")
    d.add_paragraph("四、自评得分")
    blocks = {b: (sum(r[3] for r in C09 if r[0] == b), sum(D(r[6]) for r in C09 if r[0] == b)) for b in ("产出指标", "效益指标", "满意度指标")}
    table(d, [["指标", "分值", "得分"], ["预算执行", "10", str(es)], *[[b, str(w), str(s)] for b, (w, s) in blocks.items()],
              ["总分", "100", str(tot)], ["自评等级", grade(tot), ""]])
    inds = [{"name": "预算执行率", "weight": 10, "actual": {"value": rt, "unit": "%"}, "stated_score": es}]
    inds += [indicator_fact(r) for r in C09]
    f = facts("整体支出", 2024, {"name": unit, "staff_total": 298, "staff_establishment": 312}, money(ini, adj, exe, rt), inds, tot,
              full_mark=100, stated_block_weights={b: w for b, (w, _) in blocks.items()}, stated_grade=EARNED)
    return f, "docx", docx_bytes(d)


# c10 内蒙古 banner bureau, .txt: the budget in 元 with separators across three paragraphs; the indicators a numbered list
# with 目标值 / 完成值 / 分值 / 得分 in brackets; the grade told in words ("综合评定为良好") ------------------------------------
C10: list[Row] = [
    ("产出指标", "数量指标", "办理不动产登记业务", 15, "≥4500件", "4762件", "15", ""),
    ("产出指标", "数量指标", "开展矿产资源执法巡查", 10, "≥48次", "42次", "7", "冬季道路封闭，巡查次数减少"),
    ("产出指标", "质量指标", "登记资料归档合格率", 15, "≥98%", "96%", "12", "历史档案数字化尚未完成"),
    ("产出指标", "时效指标", "登记业务按时办结率", 10, "≥95%", "97.5%", "10", ""),
    ("效益指标", "社会效益指标", "违法用地案件查处率", 20, "100%", "92%", "16", "两起案件进入司法程序"),
    ("满意度指标", "服务对象满意度指标", "办事群众满意度", 20, "≥90%", "91.2%", "20", ""),
]


def c10() -> Made:
    ini, adj, exe = "1286.40", "1352.75", "1268.46"
    rt, es, tot = scored(exe, adj, C10)
    unit = "扎鲁特旗自然资源局"
    items = "\n".join(f"{i}.{r[2]}（目标值：{shown(r[4])}；完成值：{shown(r[5])}；分值：{r[3]}；得分：{r[6]}）"
                      + (f"未完成原因：{r[7]}。" if r[7] else "") for i, r in enumerate(C10, 2))
    text = f"""{unit}
2024年度部门整体支出绩效自评报告

一、部门概况
我局为旗人民政府工作部门，内设办公室、国土空间规划股、确权登记股、执法监察大队4个机构。

二、预算安排及执行情况
2024年旗财政下达我局年初预算{yuan(ini)}元。

年度执行中追加不动产登记经费等{yuan(str(D(adj) - D(ini)))}元，调整后全年预算{yuan(adj)}元。

全年实际支出{yuan(exe)}元，预算执行率为{rt}%。

三、绩效目标完成情况
1.预算执行率（目标值：100%；完成值：{rt}%；分值：10；得分：{es}）
{items}

四、自评结论
经自评，我局2024年度部门整体支出绩效得分{tot}分，综合评定为良好。

五、存在问题及改进措施
执法巡查次数未达目标，2025年将增配巡查车辆。
"""
    inds = [{"name": "预算执行率", "weight": 10, "target": {"value": D(100), "unit": "%"}, "actual": {"value": rt, "unit": "%"}, "stated_score": es}]
    for r in C10:
        fact = indicator_fact(r, levels=False)
        inds.append(fact)
    f = facts("整体支出", 2024, {"name": unit, "internal_bodies": ["办公室", "国土空间规划股", "确权登记股", "执法监察大队"],
                                   "internal_bodies_count": 4}, money(ini, adj, exe, rt), inds, tot, stated_grade="良")
    return f, "txt", text


# c11 江西 township health centre, .pdf: the provincial 整体支出 form with a 整体支出规模 block (资金结构：基本支出 / 项目支出 with
# 全年预算数 / 全年执行数 / 执行率), 下属单位个数, and a 自评权重 column after 一级指标 (each block's points, merged down);
# a 管理指标 block holding 预算执行率 and 政府采购执行率 ---------------------------------------------------------------------
C11: list[Row] = [
    ("管理指标", "预算执行管理", "政府采购执行率", 10, "100%", "100%", "10", ""),
    ("产出指标", "数量指标", "门急诊人次", 10, "≥21000人次", "22640人次", "10", ""),
    ("产出指标", "数量指标", "65岁以上老年人健康管理人数", 10, "≥1800人", "1865人", "10", ""),
    ("产出指标", "质量指标", "居民电子健康档案建档率", 10, "≥90%", "92.4%", "10", ""),
    ("产出指标", "时效指标", "传染病疫情报告及时率", 10, "100%", "100%", "10", ""),
    ("效果指标", "经济效益指标", "业务收入增长率", 10, "≥5%", "3.8%", "8", "门诊次均费用下降"),
    ("效果指标", "社会效益指标", "家庭医生签约率", 10, "≥65%", "67.3%", "10", ""),
    ("效果指标", "可持续影响指标", "基本药物配备使用率", 10, "≥90%", "94%", "10", ""),
    ("满意度指标", "服务对象满意度指标", "就诊患者满意度", 10, "≥90%", "96%", "10", ""),
]


def c11() -> Made:
    adj, exe = "642.80", "628.35"
    basic = ("418.20", "416.74")
    proj = (str(D(adj) - D(basic[0])), str(D(exe) - D(basic[1])))
    rt, es, tot = scored(exe, adj, C11)
    unit = "南丰县白舍镇卫生院"
    weights: dict[str, int] = {}
    for r in C11:
        weights[r[0]] = weights.get(r[0], 0) + r[3]
    weights["管理指标"] += 10
    d = doc()
    d.add_heading("部门（单位）整体支出绩效自评表", level=1)
    d.add_paragraph("（2024年度）")
    rate = lambda a, b: f"{(D(b) / D(a) * 100).quantize(D('0.01'))}%"  # noqa: E731
    rows = [
        ["部门（单位）名称", unit, "", "", "下属单位个数", "0", "", "", ""],
        ["整体支出规模（万元）", "", "", "", "全年预算数", "全年执行数", "执行率", "", ""],
        ["资金结构", "（1）基本支出", "", "", basic[0], basic[1], rate(*basic), "", ""],
        ["", "（2）项目支出", "", "", proj[0], proj[1], rate(*proj), "", ""],
        ["", "合计", "", "", adj, exe, f"{rt}%", "", ""],
        ["一级指标", "自评权重", "二级指标", "三级指标", "年度指标值", "全年完成值", "分值", "得分", "偏差及原因分析"],
        ["管理指标", str(weights["管理指标"]), "预算执行管理", "预算执行率", "100%", f"{rt}%", "10", str(es), ""],
    ]
    for r in C11:
        rows.append([r[0], str(weights[r[0]]), r[1], r[2], shown(r[4]), shown(r[5]), str(r[3]), r[6], r[7]])
    rows.append(["合计", "100", "", "", "", "", "100", str(tot), ""])
    rows.append(["自评等级", grade(tot), "", "", "", "", "", "", ""])
    table(d, rows, merges=[(0, 1, 0, 3), (0, 5, 0, 8), (1, 0, 1, 3), (2, 1, 2, 3), (3, 1, 3, 3), (4, 1, 4, 3), (2, 0, 4, 0)],
          vmerge_cols=(0, 1))
    inds = [{"name": "预算执行率", "level1": "管理指标", "level2": "预算执行管理", "weight": 10, "target": {"value": D(100), "unit": "%"},
             "actual": {"value": rt, "unit": "%"}, "stated_score": es}]
    inds += [indicator_fact(r) for r in C11]
    budget = {"adjusted": D(adj), "executed": D(exe), "stated_execution_rate": rt, "expenditure_total": D(exe),
              "expenditure_items": [{"name": "基本支出", "amount": D(basic[1])}, {"name": "项目支出", "amount": D(proj[1])}]}
    f = facts("整体支出", 2024, {"name": unit, "subordinate_bodies_count": 0}, budget, inds, tot, full_mark=100,
              stated_block_weights=weights, stated_grade=EARNED)
    return f, "pdf", docx_bytes(d)


# c12 山西 county CDC, .xlsx: label cells (编制人数 / 实有人数), a "金额单位：元" line above the money block whose amounts are
# text cells with thousands separators; the indicators a plain form ------------------------------------------------------
C12: list[Row] = [
    ("产出指标", "数量指标", "适龄儿童免疫规划疫苗接种人次", 20, "≥36000人次", "37120人次", "20", ""),
    ("产出指标", "质量指标", "传染病报告准确率", 15, "≥98%", "99.2%", "15", ""),
    ("产出指标", "时效指标", "突发公共卫生事件处置及时率", 15, "100%", "100%", "15", ""),
    ("效益指标", "社会效益指标", "甲乙类传染病发病率", 20, "≤200/10万", "186/10万", "20", ""),
    ("满意度指标", "服务对象满意度指标", "接种服务满意度", 20, "≥90%", "88.6%", "18.5", "高峰时段等候时间长"),
]


def c12() -> Made:
    ini_y, adj_y, exe_y = "12,486,300.00", "13,108,650.00", "12,862,410.50"
    ini, adj, exe = (str(D(v.replace(",", "")) / 10000) for v in (ini_y, adj_y, exe_y))
    rt, es, tot = scored(exe, adj, C12)
    unit = "平遥县疾病预防控制中心"
    rows: list[list[Any]] = [
        ["部门（单位）整体支出绩效自评表"], ["（2024年度）"],
        ["单位名称", unit, "", "", "编制人数", 46, "实有人数", 43],
        ["金额单位：元"],
        ["部门（单位）整体资金", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["年度资金总额", ini_y, adj_y, exe_y, 10, f"{rt}%", float(es)],
        FORM_HEAD,
        *[[*r[:5], int(r[5]), float(r[6]), r[7]] for r in _form_lines(C12, rt, es)],
        ["总分", "", "", "", "", 100, float(tot), ""],
        ["自评等级", grade(tot)],
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自评表"
    _fill(ws, rows)
    inds = indicators(rt, es, C12, level1="产出指标", level2="预算执行")
    f = facts("整体支出", 2024, {"name": unit, "staff_total": 43, "staff_establishment": 46}, money(ini, adj, exe, rt), inds, tot, full_mark=100, stated_grade=EARNED)
    return f, "xlsx", _save(wb)


# c13 浙江 street office, .docx: the budget revised twice in one paragraph (年初 → 年中第一次调整 → 第二次调整后), the bodies
# and staff in prose ("内设…等7个机构，下辖…3个事业单位"), 附件1 the form, 附件2 a 重点项目清单 (项目名称 | 预算数 | 执行数) ------
C13: list[Row] = [
    ("产出指标", "数量指标", "老旧小区改造完成个数", 15, "≥6个", "6个", "15", ""),
    ("产出指标", "数量指标", "社区居家养老服务人次", 15, "≥52000人次", "54870人次", "15", ""),
    ("产出指标", "质量指标", "安全生产检查隐患整改率", 15, "100%", "100%", "15", ""),
    ("产出指标", "时效指标", "民生实事项目按期完成率", 10, "100%", "100%", "10", ""),
    ("效益指标", "社会效益指标", "信访事项按期办结率", 15, "≥95%", "94.1%", "14", "个别历史遗留事项需协调"),
    ("满意度指标", "服务对象满意度指标", "居民满意度", 20, "≥90%", "94.7%", "20", ""),
]


def c13() -> Made:
    ini, first, adj, exe = "5862.00", "6204.30", "6118.90", "5976.42"
    rt, es, tot = scored(exe, adj, C13)
    unit = "嘉兴市南湖区新兴街道办事处"
    inner = ["党政办公室", "经济发展办公室", "城市管理办公室", "社会事务办公室", "平安建设办公室", "党建工作办公室", "综合信息指挥室"]
    sub = ["社区服务中心", "综合行政执法队", "退役军人服务站"]
    d = doc()
    d.add_heading(f"{unit}2024年度部门整体支出绩效自评报告", level=1)
    d.add_paragraph(f"一、基本情况。街道内设{'、'.join(inner)}等7个机构，下辖{'、'.join(sub)}3个事业单位。"
                    "街道核定编制86名，年末实有在编人员81人。")
    d.add_paragraph(f"二、预算执行情况。2024年年初预算{ini}万元；年中第一次调整为{first}万元；"
                    f"12月第二次调整后全年预算{adj}万元。全年执行{exe}万元，预算执行率{rt}%。")
    d.add_paragraph(f"三、自评结果。街道2024年度部门整体支出自评得分{tot}分，等级为{grade(tot)}。详见附件1。")
    d.add_paragraph("附件：1.部门整体支出绩效自评表")
    d.add_paragraph("2.2024年度重点项目清单")
    d.add_paragraph("附件1")
    d.add_paragraph("部门整体支出绩效自评表")
    table(d, [FORM_HEAD, *_form_lines(C13, rt, es), ["总分", "", "", "", "", "100", str(tot), ""]], vmerge_cols=(0,))
    d.add_paragraph("附件2")
    d.add_paragraph("2024年度重点项目清单（单位：万元）")
    table(d, [["序号", "项目名称", "预算数", "执行数"], ["1", "老旧小区改造街道配套", "1260.00", "1248.36"],
              ["2", "社区居家养老服务", "486.50", "479.20"], ["3", "平安建设网格化管理", "312.00", "305.85"]])
    inds = indicators(rt, es, C13, level1="产出指标", level2="预算执行")
    u = {"name": unit, "staff_total": 81, "staff_establishment": 86, "internal_bodies": inner, "internal_bodies_count": 7,
         "subordinate_bodies": sub, "subordinate_bodies_count": 3}
    f = facts("整体支出", 2024, u, money(ini, adj, exe, rt), inds, tot, full_mark=100, stated_grade=EARNED)
    return f, "docx", docx_bytes(d)


# c14 河北 county archives, .txt, planted EXECUTION_RATE_MISMATCH: the budget in a 预算数 / 决算数 table in the text (rows
# 年初预算 / 调整预算 / 支出合计), the stated rate two points above executed ÷ adjusted; results in a paragraph per 二级 -------
C14: list[Row] = [
    ("产出指标", "数量指标", "馆藏档案数字化页数", 20, "≥60万页", "62.4万页", "20", ""),
    ("产出指标", "质量指标", "数字化成果验收合格率", 20, "≥98%", "99%", "20", ""),
    ("效益指标", "社会效益指标", "档案查阅利用人次", 20, "≥5000人次", "5320人次", "20", ""),
    ("满意度指标", "服务对象满意度指标", "查档群众满意度", 30, "≥90%", "95%", "30", ""),
]


def c14() -> Made:
    ini, adj, exe = "318.60", "336.20", "322.48"
    rt, es, tot = scored(exe, adj, C14)
    stated_rt = rt + 2
    unit = "阜平县档案馆"
    paras = "\n".join(f"{r[1]}方面，{r[2]}目标{shown(r[4])}，实际{shown(r[5])}，该指标分值{r[3]}分，得{r[6]}分。" for r in C14)
    text = f"""{unit}2024年度整体支出绩效自评报告

一、预算执行情况
本馆2024年预算及执行情况如下（单位：万元）：
项目\t预算数\t决算数
年初预算\t{ini}\t
调整预算\t{adj}\t
支出合计\t\t{exe}
全年预算执行率{stated_rt}%，预算执行率指标分值10分，得{es}分。

二、绩效目标完成情况
{paras}

三、自评结论
本馆2024年度整体支出绩效自评总分{tot}分，自评等级{grade(tot)}。
"""
    inds = [{"name": "预算执行率", "weight": 10, "actual": {"value": stated_rt, "unit": "%"}, "stated_score": es}]
    inds += [indicator_fact(r, levels=True) for r in C14]
    for ind in inds[1:]:
        ind.pop("level1", None)
    f = facts("整体支出", 2024, {"name": unit}, money(ini, adj, exe, stated_rt), inds, tot,
              planted=["EXECUTION_RATE_MISMATCH"], stated_grade=EARNED)
    return f, "txt", text


WHOLE: dict[str, Any] = {
    "c08-sn-yangxian-town-whole-txt-income-table-staff-retirees": c08,
    "c09-gz-jinping-hospital-whole-docx-yuan-level-paragraphs": c09,
    "c10-nm-jarud-resources-whole-txt-bracket-list-grade-words": c10,
    "c11-jx-nanfeng-clinic-whole-pdf-scale-block-weight-column": c11,
    "c12-sx-pingyao-cdc-whole-xlsx-yuan-text-cells-labels": c12,
    "c13-zj-nanhu-street-whole-docx-revised-twice-annex-list": c13,
    "c14-he-fuping-archives-whole-txt-budget-table-planted": c14,
}
