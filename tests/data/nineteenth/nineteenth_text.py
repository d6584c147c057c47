# ruff: noqa: E501
"""Reports t07–t10 of the nineteenth set (text pasted into a portal): each returns (expected facts, "txt", text).

Every unit, person and figure is invented.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from nineteenth_facts import EARNED, D, Row, exec_fact, facts, grade, indicator_fact, r2, rate, shown, total

Made = tuple[dict[str, Any], str, Any]

# t07 广西 medical-insurance bureau, whole unit: Guangxi budget sentence, tab rows; planted EXPENDITURE_SUM_MISMATCH
T07: list[Row] = [
    ("产出指标", "数量指标", "城乡居民基本医疗保险参保人数", 10, "≥36万人", "36.4万人", "10", ""),
    ("产出指标", "数量指标", "定点医药机构现场检查家数", 10, "≥120家", "126家", "10", ""),
    ("产出指标", "质量指标", "异地就医直接结算率", 10, "≥85%", "88.6%", "10", ""),
    ("产出指标", "时效指标", "医疗救助资金按时拨付率", 10, "100%", "100%", "10", ""),
    ("产出指标", "成本指标", "门诊慢特病经办成本控制率", 10, "≤100%", "97%", "10", ""),
    ("效益指标", "社会效益指标", "追回违规使用医保基金", 15, "≥300万元", "268万元", "13.4", "部分案件仍在司法程序中，资金尚未追缴到位"),
    ("效益指标", "可持续影响指标", "医保基金当期收支平衡", 10, "T:收支平衡略有结余", "T:收支平衡略有结余", "10", ""),
    ("满意度指标", "服务对象满意度指标", "参保群众满意度", 15, "≥90%", "96.2%", "15", ""),
]


def t07() -> Made:
    ini, adj, exe = "1022.89", "1181.86", "1167.21"
    rt = rate(exe, adj)
    es = r2(10 * rt / 100)
    tot = total(T07, es)
    name = "平果市医疗保障局"
    lines = [
        f"{name}2024年度部门整体支出绩效自评报告", "",
        "一、部门基本情况",
        "我局为平果市人民政府工作部门，内设办公室、医药服务管理股、待遇保障股、基金监管股4个股室，下设市医疗保险服务中心1个事业单位。"
        "全局编制32名，在职在编人员29名。", "",
        "二、部门预算及执行情况",
        f"2024年部门年初预算{D(ini):,}万元，年中调整预算为{D(adj):,}万元，比年初预算增加{D(adj) - D(ini)}万元，"
        f"全年执行数{D(exe):,}万元，预算执行率{rt}%。预算调整较大的原因是年中上级下达医疗救助补助资金。",
        f"全年支出合计{D(exe):,}万元，其中基本支出642.30万元、项目支出514.91万元。", "",
        "三、绩效自评结果",
        f"经自评，我局2024年度部门整体支出绩效自评得分{tot}分，评价等级为{grade(tot)}。自评表如下：", "",
        "部门整体支出绩效自评表",
        f"部门名称\t{name}",
        "年度预算资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
        f"年度资金总额\t{ini}\t{adj}\t{exe}\t10\t{rt}%\t{es}",
        "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施",
    ]
    for r in T07:
        lines.append("\t".join([r[0], r[1], r[2], shown(r[4]), shown(r[5]), str(r[3]), r[6], r[7]]).rstrip("\t"))
    lines += [f"总分\t\t\t\t\t100\t{tot}", "", "四、下一步工作", "加快违规基金追缴进度，提高预算编制的准确性。", "",
              "平果市医疗保障局", "2025年4月10日", ""]
    unit = {"name": name, "staff_total": 29, "staff_establishment": 32,
            "internal_bodies": ["办公室", "医药服务管理股", "待遇保障股", "基金监管股"], "internal_bodies_count": 4,
            "subordinate_bodies": ["市医疗保险服务中心"], "subordinate_bodies_count": 1}
    budget = {"initial": D(ini), "adjusted": D(adj), "executed": D(exe), "stated_execution_rate": rt,
              "expenditure_total": D(exe),
              "expenditure_items": [{"name": "基本支出", "amount": D("642.30")}, {"name": "项目支出", "amount": D("514.91")}]}
    inds = [exec_fact(10, rt, es)] + [indicator_fact(r) for r in T07]
    return (facts("整体支出", 2024, unit, budget, inds, tot, full_mark=100, planted=["EXPENDITURE_SUM_MISMATCH"], stated_grade=EARNED),
            "txt", "\n".join(lines))


# t08 云南 transport bureau, project, prose only: "权重N分，自评N分" ---------------------------------------------------
T08: list[Row] = [
    ("产出指标", "数量指标", "农村公路日常养护里程", 15, "≥480公里", "486公里", "15", ""),
    ("产出指标", "数量指标", "危桥加固改造座数", 10, "≥3座", "3座", "10", ""),
    ("产出指标", "质量指标", "养护路段优良中等路率", 10, "≥80%", "82.5%", "10", ""),
    ("产出指标", "时效指标", "水毁路段抢通时间", 10, "≤48小时", "36小时", "10", ""),
    ("产出指标", "成本指标", "每公里年均养护成本", 5, "≤0.65万元", "0.64万元", "5", ""),
    ("效益指标", "社会效益指标", "农村公路列养率", 15, "100%", "100%", "15", ""),
    ("效益指标", "可持续影响指标", "养护长效机制", 15, "T:健全", "T:基本健全", "13", "村级养护员队伍不够稳定"),
    ("满意度指标", "服务对象满意度指标", "沿线群众满意度", 10, "≥90%", "91.8%", "10", ""),
]


def t08() -> Made:
    ini, adj, exe = "320", "320", "311.36"
    rt = rate(exe, adj)
    es = r2(10 * rt / 100)
    tot = total(T08, es)
    pname = "2024年农村公路养护工程项目"
    lines = [
        f"禄丰市交通运输局{pname}绩效自评报告", "",
        "一、项目基本情况",
        f"{pname}由禄丰市交通运输局实施，资金来源为车购税补助和市级配套。项目年初预算{ini}万元，全年预算{adj}万元，"
        f"截至2024年12月31日实际支出{exe}万元，预算执行率{rt}%。", "",
        "二、绩效指标完成情况",
        f"（一）预算执行率，权重10分。全年预算执行率{rt}%，自评{es}分。",
    ]
    heads = {"产出指标": "（二）产出指标", "效益指标": "（三）效益指标", "满意度指标": "（四）满意度指标"}
    for l1, head in heads.items():
        lines.append(f"{head}")
        for i, r in enumerate([r for r in T08 if r[0] == l1], 1):
            text = f"{i}.{r[1]}。{r[2]}，年度指标值{shown(r[4])}，实际完成值{shown(r[5])}，权重{r[3]}分，自评{r[6]}分。"
            if r[7]:
                text += f"偏差原因：{r[7]}。"
            lines.append(text)
    lines += ["", "三、自评结论",
              f"本项目绩效自评总分{tot}分，等级{grade(tot)}。", "",
              "四、存在问题及改进措施",
              "村级养护员报酬偏低，队伍流动性大。下一步将推行养护岗位与公益性岗位统筹，稳定养护队伍。", ""]
    project = {"name": pname, "implementing_unit": "禄丰市交通运输局"}
    budget = {"initial": D(ini), "adjusted": D(adj), "executed": D(exe), "stated_execution_rate": rt}
    inds = [exec_fact(10, rt, es)] + [indicator_fact(r) for r in T08]
    return facts("项目支出", 2024, {"name": "禄丰市交通运输局"}, budget, inds, tot, project, stated_grade=EARNED), "txt", "\n".join(lines)


# t09 山西 cultural centre, project: the form as web-copied " | " rows; planted SCORE_OVER_WEIGHT --------------------
T09: list[Row] = [
    ("产出指标", "数量指标", "群众文化活动场次", 10, "≥40场", "46场", "12", ""),
    ("产出指标", "数量指标", "非遗传承培训人次", 10, "≥300人次", "315人次", "10", ""),
    ("产出指标", "质量指标", "活动安全事故发生率", 10, "0", "0", "10", ""),
    ("产出指标", "时效指标", "年度活动计划完成率", 10, "100%", "95%", "9.5", "一场广场演出因天气原因取消"),
    ("产出指标", "成本指标", "场均活动经费", 10, "≤1.5万元", "1.42万元", "10", ""),
    ("效益指标", "社会效益指标", "参与活动群众人次", 20, "≥5万人次", "5.3万人次", "20", ""),
    ("满意度指标", "服务对象满意度指标", "参与群众满意度", 20, "≥90%", "95.6%", "20", ""),
]


def t09() -> Made:
    ini, adj, exe = "72", "68.5", "66.82"
    rt = rate(exe, adj)
    es = r2(10 * rt / 100)
    tot = total(T09, es)
    pname = "2023年公共文化服务免费开放项目"
    lines = [
        "项目支出绩效自评表 |", "（2023年度） |",
        f"项目名称 | {pname} |",
        "主管部门 | 平遥县文化和旅游局 | 实施单位 | 平遥县文化馆 |",
        "项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |",
        f"年度资金总额 | {ini} | {adj} | {exe} | 10 | {rt}% | {es} |",
        "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |",
    ]
    for r in T09:
        row = [r[0], r[1], r[2], shown(r[4]), shown(r[5]), str(r[3]), r[6]] + ([r[7]] if r[7] else [])
        lines.append(" | ".join(row) + " |")
    lines += [f"总分 | 100 | {tot} |", "",
              f"说明：本项目年初预算{ini}万元，年中调减后全年预算{adj}万元，实际支出{exe}万元。自评得分{tot}分，等级{grade(tot)}。",
              "填表人：乔慧敏  联系电话：0354-5621937", ""]
    project = {"name": pname, "implementing_unit": "平遥县文化馆"}
    budget = {"initial": D(ini), "adjusted": D(adj), "executed": D(exe), "stated_execution_rate": rt}
    inds = [exec_fact(10, rt, es)]
    for r in T09:
        f = indicator_fact(r)
        if r[2] == "活动安全事故发生率":  # a bare 0 target and actual: value 0, no unit
            f["target"] = {"value": D(0), "unit": ""}
            f["actual"] = {"value": D(0), "unit": ""}
        inds.append(f)
    unit = {"supervising_department": "平遥县文化和旅游局"}
    return (facts("项目支出", 2023, unit, budget, inds, tot, project, full_mark=100, planted=["SCORE_OVER_WEIGHT"], stated_grade=EARNED),
            "txt", "\n".join(lines))


# t10 海南 village committee project (衔接资金): portal text, form rows aligned with runs of spaces ------------------
T10: list[Row] = [
    ("产出指标", "数量指标", "新建村道长度", 20, "≥2.4公里", "2.45公里", "20", ""),
    ("产出指标", "质量指标", "工程验收合格率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "项目完工及时率", 10, "100%", "100%", "10", ""),
    ("产出指标", "成本指标", "每公里建设成本", 10, "≤62万元", "60.8万元", "10", ""),
    ("效益指标", "社会效益指标", "受益脱贫户及监测户人数", 15, "≥180人", "186人", "15", ""),
    ("效益指标", "可持续影响指标", "道路使用年限", 15, "≥10年", "10年", "15", ""),
    ("满意度指标", "服务对象满意度指标", "受益群众满意度", 10, "≥95%", "97%", "10", ""),
]


def t10() -> Made:
    ini, adj, exe = "150", "150", "148.96"
    rt = rate(exe, adj)
    es = r2(10 * rt / 100)
    tot = total(T10, es)
    pname = "2024年南丰镇抱旺村村道硬化项目"
    lines = [
        f"{pname}绩效自评报告", "",
        "根据县乡村振兴局关于开展2024年度衔接资金项目绩效自评的通知要求，现将我村项目自评情况报告如下：",
        f"本项目使用财政衔接推进乡村振兴补助资金，年初预算{ini}万元，全年预算{adj}万元，已支付{exe}万元，"
        f"执行率{rt}%。项目由儋州市南丰镇人民政府主管，儋州市南丰镇抱旺村村民委员会实施，新建村道2.45公里，"
        "惠及脱贫户及监测户186人。", "",
        "项目支出绩效自评表",
        f"项目名称      {pname}",
        "主管部门      儋州市南丰镇人民政府      实施单位      儋州市南丰镇抱旺村村民委员会",
        "项目资金（万元）      年初预算数      全年预算数      全年执行数      分值      执行率      得分",
        f"年度资金总额      {ini}      {adj}      {exe}      10      {rt}%      {es}",
        "一级指标      二级指标      三级指标      年度指标值      实际完成值      分值      得分",
    ]
    for r in T10:
        lines.append("      ".join([r[0], r[1], r[2], shown(r[4]), shown(r[5]), str(r[3]), r[6]]))
    lines += [f"总分      100      {tot}", "",
              f"自评结论：项目自评得分{tot}分，等级为{grade(tot)}。", "",
              "儋州市南丰镇抱旺村村民委员会", "2025年1月15日", ""]
    project = {"name": pname, "implementing_unit": "儋州市南丰镇抱旺村村民委员会"}
    unit = {"supervising_department": "儋州市南丰镇人民政府"}
    budget = {"initial": D(ini), "adjusted": D(adj), "executed": D(exe), "stated_execution_rate": rt}
    inds = [exec_fact(10, rt, es)] + [indicator_fact(r) for r in T10]
    return facts("项目支出", 2024, unit, budget, inds, tot, project, full_mark=100, stated_grade=EARNED), "txt", "\n".join(lines)


TEXT_REPORTS: dict[str, Callable[[], Made]] = {
    "t07-gx-pingguo-medins-whole-txt-tabs": t07,
    "t08-yn-lufeng-transport-project-txt-prose": t08,
    "t09-sx-pingyao-culture-project-txt-pipes": t09,
    "t10-hi-baowang-village-project-txt-spaced": t10,
}
