# ruff: noqa: E501
"""Reports m01–m08 of the forty-third set, each returning (facts, ext, content): whole-unit 整体支出 self-evaluations
of 乡镇人民政府 / 街道办事处 / 区县部门 written as other finance offices write them. Every unit, person and figure is
invented (real provinces and counties, invented towns, streets and figures).

Builders and value helpers are the eighteenth and twentieth sets' (imported, not copied).
"""

from __future__ import annotations

from typing import Any

from corpus_build import items, total
from eighteenth_facts import D, Made, Row, doc, docx_bytes, facts, indicator_fact, r2, rate, shown, table
from twentieth_facts import money


def _ex(l1: str, l2: str, weight: int, rt: Any, target: str = "100%") -> Row:
    """The 预算执行率 row: its score is the weight times the rate."""
    return (l1, l2, "预算执行率", weight, target, f"{rt}%", str(r2(weight * D(rt) / 100)), "")


def _inds(rows: list[Row], *, levels: bool = True, with_l2: bool = True, note: bool = True) -> list[dict[str, Any]]:
    return [indicator_fact((*r[:7], r[7] if note else ""), levels=levels, with_l2=with_l2)  # type: ignore[arg-type]
            for r in rows]


def _budget(ini: str, adj: str, exe: str, income: list[tuple[str, str]], spend: list[tuple[str, str]],
            income_total: str | None = None) -> dict[str, Any]:
    """The budget facts; the items must add up to their totals (the fixture's own check)."""
    assert sum(D(a) for _, a in income) == D(income_total or adj), income
    assert sum(D(a) for _, a in spend) == D(exe), spend
    b = money(ini, adj, exe, rate(exe, adj))
    b.update({"income_total": D(income_total or adj), "income_items": items(*income),
              "expenditure_total": D(exe), "expenditure_items": items(*spend)})
    return b


def _weights_100(rows: list[Row]) -> None:
    assert sum(r[3] for r in rows) == 100, sum(r[3] for r in rows)
    assert all(D(r[6]) <= r[3] for r in rows)


# m01 湖南 county water bureau, 2019, .txt: the finance bureau's cover sheet (部门（单位）名称 / 预 算 编 码 letter-spaced /
# 评价方式 / 评价机构 / 报告日期 / "XX县财政局（制）"); the 基本概况 as a table copied one cell a line (联系人 / 联络电话 /
# 人员编制 / 实有人数 / 职能职责概述); the indicators one a line as "名称——目标 / 实际 / 分值 / 得分" under a header line of
# the same shape, no levels ------------------------------------------------------------------------------------------
M01: list[Row] = [
    ("", "", "河道巡查里程", 10, "≥1200公里", "1264公里", "10", ""),
    ("", "", "小型水库除险加固座数", 15, "≥6座", "6座", "15", ""),
    ("", "", "农村饮水安全达标率", 15, "≥95%", "96.3%", "15", ""),
    ("", "", "水土流失治理面积", 10, "≥8平方公里", "7.2平方公里", "9", "1处治理点因征地延后"),
    ("", "", "防汛物资储备到位率", 10, "100%", "100%", "10", ""),
    ("", "", "水利工程安全事故", 10, "0起", "0起", "10", ""),
    ("", "", "受益群众满意度", 10, "≥90%", "93%", "10", ""),
    ("", "", "干部职工满意度", 10, "≥90%", "95%", "10", ""),
]


def m01() -> Made:
    ini, adj, exe = "1860.00", "2245.60", "2198.37"
    rt = rate(exe, adj)
    rows = [_ex("", "", 10, rt), *M01]
    _weights_100(rows)
    tot = total(rows, None)
    unit = "湘阴县水利局"
    lines = "\n".join(f"{r[2]}——{shown(r[4])} / {shown(r[5])} / {r[3]} / {r[6]}" for r in rows)
    text = f"""湘阴县2019年度部门整体支出
绩效评价自评报告



部门（单位）名称：  {unit}
预 算 编 码：   413006
评价方式：部门（单位）绩效自评
评价机构：部门（单位）评价组



报告日期：2020年05月20日

湘阴县财政局（制）


一、部门（单位）基本概况

联系人

刘晓岚

联络电话

0730-7321654

人员编制

36

实有人数

34

职能职责概述

负责全县水资源的合理开发利用和保护，组织实施水利工程建设与管理，承担防汛抗旱、农村饮水安全和水土保持工作。

二、部门（单位）收支情况
2019年度部门收入合计{adj}万元，其中财政拨款收入2105.37万元，其他收入140.23万元。支出合计{exe}万元，其中基本支出812.46万元，项目支出1385.91万元。

三、预算执行情况
年初预算数{ini}万元，调整后预算数{adj}万元，决算数{exe}万元，预算执行率{rt}%。

四、绩效指标完成情况
指标名称——年度目标值 / 实际完成值 / 分值 / 得分
{lines}
偏差说明：水土流失治理面积未达目标，1处治理点因征地延后，已列入2020年计划。

五、评价结论
经评价组综合评定，本局2019年度部门整体支出绩效评价综合得分{tot}分，评价等级为“优”。

六、存在问题及改进措施
项目资金拨付进度前慢后快，四季度支出占全年的38%；下一步将按月通报支出进度，提前做好项目前期工作。
"""
    b = _budget(ini, adj, exe, [("财政拨款收入", "2105.37"), ("其他收入", "140.23")],
                [("基本支出", "812.46"), ("项目支出", "1385.91")])
    u = {"name": unit, "staff_total": 34, "staff_establishment": 36}
    return facts("整体支出", 2019, u, b, _inds(rows, levels=False, note=False), tot, stated_grade="优"), "txt", text


# m02 云南 town, 2022, .docx: the self-evaluation inside the town's 部门决算 document (第一部分 概况 … 第四部分 其他事项:
# 部门整体支出绩效自评情况 and the 自评表); 收入 / 支出决算 each with 占比; staff "现有编制数N个，其中：行政编制…，事业编制…。
# 年末实有人数M人，其中：…"; a 三公经费 and 机关运行经费 paragraph (figures that are not the budget); the Yunnan form in a
# Word table (名称 row, money rows without a score, indicators with 一级 and 二级 merged, 总分) --------------------------
M02: list[Row] = [
    ("产出指标", "数量指标", "村组道路维护里程", 10, "≥45公里", "47.5公里", "10", ""),
    ("产出指标", "数量指标", "高标准农田建设面积", 10, "≥1200亩", "1200亩", "10", ""),
    ("产出指标", "质量指标", "茶叶质量抽检合格率", 10, "≥98%", "99.2%", "10", ""),
    ("产出指标", "时效指标", "惠民补贴资金发放及时率", 10, "100%", "100%", "10", ""),
]
M02B: list[Row] = [
    ("效益指标", "经济效益指标", "农村居民人均可支配收入增长率", 10, "≥7%", "6.4%", "9.14", "茶叶收购价格下行，下一年度加强品牌营销"),
    ("效益指标", "社会效益指标", "辖区刑事案件发案数", 10, "≤12起", "9起", "10", ""),
    ("效益指标", "生态效益指标", "森林覆盖率", 10, "≥62%", "62.8%", "10", ""),
    ("满意度指标", "服务对象满意度指标", "群众满意度", 20, "≥90%", "92.6%", "20", ""),
]


def m02() -> Made:
    ini, adj, exe = "2380.00", "2916.45", "2871.09"
    rt = rate(exe, adj)
    rows = [*M02, _ex("产出指标", "成本指标", 10, rt), *M02B]
    _weights_100(rows)
    tot = total(rows, None)
    unit = "凤庆县鲁史岭镇人民政府"
    gen, fund, oth, basic, proj = "2618.25", "236.00", "62.20", "1326.58", "1544.51"

    def share(x: str, of: str) -> str:
        return str(r2(D(x) / D(of) * 100))

    d = doc()
    d.add_heading(f"{unit}2022年度部门决算", level=1)
    d.add_paragraph("第一部分 部门概况")
    d.add_paragraph("一、主要职能")
    d.add_paragraph("贯彻执行党和国家的方针政策，统筹全镇经济社会发展，抓好茶叶、核桃等特色产业，做好乡村振兴、社会治理和"
                    "生态保护工作，完成县委、县政府交办的其他任务。")
    d.add_paragraph("二、部门基本情况")
    d.add_paragraph("镇人民政府内设党政综合办公室、党建工作办公室、经济发展办公室、社会事务办公室4个机构，下设农业农村服务中心、"
                    "文化广播电视服务中心、社会保障服务中心3个事业单位。现有编制数52个，其中：行政编制28个，事业编制24个。"
                    "年末实有人数49人，其中：行政人员26人，事业人员23人。")
    d.add_paragraph("第二部分 2022年度部门决算表（详见附件）")
    d.add_paragraph("第三部分 2022年度部门决算情况说明")
    d.add_paragraph("一、收入决算情况说明")
    d.add_paragraph(f"2022年度本年收入合计{adj}万元，其中：一般公共预算财政拨款收入{gen}万元，占{share(gen, adj)}%；"
                    f"政府性基金预算财政拨款收入{fund}万元，占{share(fund, adj)}%；其他收入{oth}万元，占{share(oth, adj)}%。")
    d.add_paragraph("二、支出决算情况说明")
    d.add_paragraph(f"2022年度本年支出合计{exe}万元，其中：基本支出{basic}万元，占{share(basic, exe)}%；"
                    f"项目支出{proj}万元，占{share(proj, exe)}%。")
    d.add_paragraph("三、财政拨款“三公”经费支出决算情况说明")
    d.add_paragraph("2022年度“三公”经费支出决算8.62万元，完成年初预算的86.2%，比年初预算减少1.38万元，主要是公务接待次数减少。")
    d.add_paragraph("第四部分 其他重要事项及相关口径情况说明")
    d.add_paragraph("一、机关运行经费支出情况")
    d.add_paragraph("2022年度机关运行经费支出186.35万元，比上年减少4.12万元。")
    d.add_paragraph("二、部门绩效自评情况")
    d.add_paragraph("（一）部门整体支出绩效自评情况")
    d.add_paragraph(f"本镇2022年年初预算{ini}万元，全年预算{adj}万元，全年执行{exe}万元，执行率{rt}%。"
                    f"经自评，部门整体支出绩效自评总分{tot}分，等级为优。农村居民人均可支配收入增长率未达年初目标。")
    d.add_paragraph("（二）部门整体支出绩效自评表")
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    grid = [["部门（单位）名称", unit, "", "", "", "", "", ""],
            ["年度预算（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率", "", "", ""],
            ["年度资金总额", ini, adj, exe, f"{rt}%", "", "", ""],
            head,
            *[[r[0], r[1], r[2], shown(r[4]), shown(r[5]), str(r[3]), r[6], r[7]] for r in rows],
            ["总分", "", "", "", "", "100", str(tot), ""]]
    table(d, grid, merges=[(0, 1, 0, 7), (1, 4, 1, 7), (2, 4, 2, 7)], vmerge_cols=(0, 1))
    d.add_paragraph("三、其他重要事项情况说明：无。")
    b = _budget(ini, adj, exe, [("一般公共预算财政拨款收入", gen), ("政府性基金预算财政拨款收入", fund), ("其他收入", oth)],
                [("基本支出", basic), ("项目支出", proj)])
    u = {"name": unit, "staff_total": 49, "staff_establishment": 52,
         "staff_parts": [{"name": "行政人员", "count": 26}, {"name": "事业人员", "count": 23}],
         "internal_bodies": ["党政综合办公室", "党建工作办公室", "经济发展办公室", "社会事务办公室"], "internal_bodies_count": 4,
         "subordinate_bodies": ["农业农村服务中心", "文化广播电视服务中心", "社会保障服务中心"], "subordinate_bodies_count": 3}
    return facts("整体支出", 2022, u, b, _inds(rows), tot, full_mark=100, stated_grade="优"), "docx", docx_bytes(d)


# m03 贵州 town, 2021, .pdf (Word → LibreOffice): the form first — "单位（盖章）：… 填报日期：…", money by 资金来源 with
# (A) / (B) / (C) column marks and 执行率（C/B）, rows 年度资金总额 / 基本支出 / 项目支出; the indicator block with a
# 得分计算方法 column between 分值 and 得分; then a short 自评情况说明 in prose (staff, spending, score and grade) -------
M03: list[tuple[Row, str]] = [
    (("产出指标", "数量指标", "农村公路养护里程", 10, "≥86公里", "86公里", "10", ""), "完成得满分，每少1公里扣0.5分"),
    (("产出指标", "数量指标", "搬迁安置点后续扶持户数", 10, "≥320户", "326户", "10", ""), "完成得满分，未完成按比例得分"),
    (("产出指标", "质量指标", "饮水工程水质达标率", 10, "≥95%", "97%", "10", ""), "B≥A得满分，否则B/A×分值"),
    (("产出指标", "时效指标", "产业奖补资金兑付及时率", 10, "100%", "92%", "9.2", "2户奖补资料补正后兑付"), "B/A×分值"),
]
M03B: list[tuple[Row, str]] = [
    (("效益指标", "经济效益指标", "茶产业覆盖农户数", 10, "≥1500户", "1580户", "10", ""), "完成得满分，未完成按比例得分"),
    (("效益指标", "社会效益指标", "矛盾纠纷调解成功率", 10, "≥95%", "98.5%", "10", ""), "B≥A得满分，否则B/A×分值"),
    (("效益指标", "可持续影响指标", "河长巡河次数", 5, "≥480次", "512次", "5", ""), "完成得满分，未完成按比例得分"),
    (("满意度指标", "服务对象满意度指标", "群众满意度", 20, "≥90%", "91.3%", "20", ""), "≥90%得满分，每低1%扣1分"),
]


def m03() -> Made:
    ini, adj, exe = "1685.00", "2032.70", "1968.15"
    rt = rate(exe, adj)
    ex = (_ex("产出指标", "成本指标", 15, rt), "执行率×分值")
    pairs = [*M03, ex, *M03B]
    rows = [r for r, _ in pairs]
    _weights_100(rows)
    tot = total(rows, None)
    unit = "正安县碧峰镇人民政府"
    basic = ("905.00", "948.30", "941.62")
    proj = ("780.00", "1084.40", "1026.53")
    d = doc()
    d.add_heading("部门整体支出绩效自评表", level=1)
    d.add_paragraph(f"单位（盖章）：{unit}　　　　填报日期：2022年2月18日　　　　（2021年度）")
    grid = [["部门（单位）名称", unit, "", "", "", "", "", "", ""],
            ["部门（单位）总体资金（万元）", "资金来源", "年初预算数（A）", "全年预算数（B）", "全年执行数（C）", "执行率（C/B）", "", "", ""],
            ["", "年度资金总额", ini, adj, exe, f"{rt}%", "", "", ""],
            ["", "基本支出", *basic, f"{rate(basic[2], basic[1])}%", "", "", ""],
            ["", "项目支出", *proj, f"{rate(proj[2], proj[1])}%", "", "", ""],
            ["年度总体目标", "年初设定目标：统筹推进产业发展、基础设施管护和基层治理，保障机关正常运转。", "", "", "",
             "年度总体目标完成情况：各项工作任务基本完成。", "", "", ""],
            ["一级指标", "二级指标", "三级指标", "年度指标值（A）", "全年实际值（B）", "分值", "得分计算方法", "得分", "偏差原因分析"],
            *[[r[0], r[1], r[2], shown(r[4]), shown(r[5]), str(r[3]), how, r[6], r[7]] for r, how in pairs],
            ["合计", "", "", "", "", "100", "", str(tot), ""]]
    table(d, grid, merges=[(0, 1, 0, 8), (1, 0, 4, 0), (1, 6, 4, 8), (5, 1, 5, 4), (5, 5, 5, 8)], vmerge_cols=())
    d.add_paragraph("自评情况说明")
    d.add_paragraph("一、基本情况。碧峰镇辖9个村（社区），核定编制47名，年末实有在编人员44名。")
    d.add_paragraph(f"二、资金使用情况。全年支出{exe}万元，其中基本支出{basic[2]}万元，项目支出{proj[2]}万元。")
    d.add_paragraph(f"三、自评结论。对照年初设定的绩效目标，本单位2021年度部门整体支出绩效自评得分{tot}分，自评等级为“优”。")
    d.add_paragraph("四、存在问题。产业奖补资金兑付受资料补正影响，部分农户兑付滞后。")
    b = money(ini, adj, exe, rt)
    b.update({"expenditure_total": D(exe), "expenditure_items": items(("基本支出", basic[2]), ("项目支出", proj[2]))})
    u = {"name": unit, "staff_total": 44, "staff_establishment": 47}
    return facts("整体支出", 2021, u, b, _inds(rows), tot, full_mark=100, stated_grade="优"), "pdf", docx_bytes(d)


# m04 北京 street office, 2023, .txt: the 市 template's headings (一、部门/单位基本情况 （一）机构设置、职责); 内设机构 with
# the count first and the names in brackets, 所属事业单位 counted in a Chinese numeral ("三个"); staff 编制人数 / 实有人数;
# 收入 and 支出 with their parts in brackets; the indicators as ①②③ lines under 一级 headings with the block's points
# ("1. 产出指标（50分）"), each "①名称（N分）：目标…，实际…，得N分" ---------------------------------------------------
M04: dict[str, list[Row]] = {
    "产出指标": [
        ("产出指标", "", "接诉即办诉求响应率", 10, "≥95%", "98.6%", "10", ""),
        ("产出指标", "", "背街小巷环境整治条数", 10, "≥24条", "24条", "10", ""),
        ("产出指标", "", "老旧小区综合整治项目完工率", 10, "100%", "80%", "8", ""),
        ("产出指标", "", "垃圾分类桶站规范设置率", 10, "≥98%", "99%", "10", ""),
    ],
    "效益指标": [
        ("效益指标", "", "辖区安全生产事故起数", 10, "0起", "0起", "10", ""),
        ("效益指标", "", "社区养老服务驿站覆盖率", 10, "≥90%", "91.7%", "10", ""),
        ("效益指标", "", "诉求解决率", 10, "≥90%", "93.2%", "10", ""),
    ],
    "满意度指标": [
        ("满意度指标", "", "接诉即办满意率", 10, "≥90%", "94.1%", "10", ""),
        ("满意度指标", "", "居民满意度", 10, "≥90%", "92.4%", "10", ""),
    ],
}


def m04() -> Made:
    ini, adj, exe = "5420.00", "6118.70", "6003.25"
    rt = rate(exe, adj)
    groups = {k: list(v) for k, v in M04.items()}
    groups["产出指标"].insert(3, _ex("产出指标", "", 10, rt))
    rows = [r for g in groups.values() for r in g]
    _weights_100(rows)
    tot = total(rows, None)
    unit = "北京市门头沟区永定河畔街道办事处"
    circled = "①②③④⑤⑥"
    parts = []
    for n, (l1, grp) in enumerate(groups.items(), 1):
        parts.append(f"{n}. {l1}（{sum(r[3] for r in grp)}分）")
        parts.extend(f"{circled[i]}{r[2]}（{r[3]}分）：目标{shown(r[4])}，实际{shown(r[5])}，得{r[6]}分。" for i, r in enumerate(grp))
    text = f"""{unit}2023年度部门整体支出绩效自评报告

一、部门/单位基本情况
（一）机构设置、职责
本街道共设内设机构6个（综合办公室、党群工作办公室、平安建设办公室、城市管理办公室、社区建设办公室、民生保障办公室），所属事业单位三个（街道便民服务中心、街道市民活动中心、街道综合保障中心）。街道办事处是区人民政府的派出机关，负责辖区公共服务、城市管理和社会治理，推进接诉即办。
（二）人员情况
截至2023年末，编制人数68人，实有人数64人，其中公务员39人、事业人员25人。
（三）收支情况
2023年度收入合计{adj}万元（财政拨款收入5948.70万元、其他收入170.00万元）；支出合计{exe}万元（基本支出2874.16万元、项目支出3129.09万元）。年初预算{ini}万元，年中调整为{adj}万元，预算执行率{rt}%。

二、绩效目标完成情况
{chr(10).join(parts)}
老旧小区综合整治项目5个完工4个，1个因居民意见未统一延至2024年。

三、自评结论
2023年度部门整体支出绩效自评得分{tot}分，等级：优。

四、存在的问题和改进措施
个别民生项目前期论证不充分，实施中调整较多。2024年将民生项目的居民意见征集前移至立项阶段。
"""
    b = _budget(ini, adj, exe, [("财政拨款收入", "5948.70"), ("其他收入", "170.00")],
                [("基本支出", "2874.16"), ("项目支出", "3129.09")])
    u = {"name": unit, "staff_total": 64, "staff_establishment": 68,
         "staff_parts": [{"name": "公务员", "count": 39}, {"name": "事业人员", "count": 25}],
         "internal_bodies": ["综合办公室", "党群工作办公室", "平安建设办公室", "城市管理办公室", "社区建设办公室", "民生保障办公室"],
         "internal_bodies_count": 6,
         "subordinate_bodies": ["街道便民服务中心", "街道市民活动中心", "街道综合保障中心"], "subordinate_bodies_count": 3}
    return facts("整体支出", 2023, u, b, _inds(rows, with_l2=False, note=False), tot, stated_grade="优"), "txt", text


# m05 浙江 county bureau, 2024, .docx: the 基础数据 tables before the prose (财政供养人员情况: 编制数 / 实际在职人数 /
# 控制率 one header row and one value row; 经费控制情况 with 上年决算 / 本年预算 / 本年决算 of 三公 / 公用经费 /
# 政府采购: figures that are not the budget); 收支 in prose; the indicator table headed 指标类别 | 指标名称 | 权重 |
# 目标值 | 完成值 | 自评分 | 备注 (weight before the target, 一级 merged, no 二级) with a 合计 row ---------------------------
M05: list[Row] = [
    ("产出指标", "", "耕地保有量", 10, "≥42.6万亩", "42.71万亩", "10", ""),
    ("产出指标", "", "不动产登记按时办结率", 10, "100%", "100%", "10", ""),
    ("产出指标", "", "地质灾害隐患点巡查覆盖率", 10, "100%", "100%", "10", ""),
    ("产出指标", "", "违法用地查处率", 10, "≥95%", "96.4%", "10", ""),
]
M05B: list[Row] = [
    ("效益指标", "", "新增建设用地供应面积", 10, "≥1800亩", "1652亩", "9.18", "2宗地块因规划调整延期供应"),
    ("效益指标", "", "地质灾害人员伤亡事故", 10, "0起", "0起", "10", ""),
    ("满意度指标", "", "办事群众满意度", 15, "≥90%", "95.2%", "15", ""),
    ("满意度指标", "", "涉地企业满意度", 15, "≥90%", "93%", "15", ""),
]


def m05() -> Made:
    ini, adj, exe = "3260.00", "4012.85", "3940.27"
    rt = rate(exe, adj)
    rows = [*M05, _ex("产出指标", "", 10, rt), *M05B]
    _weights_100(rows)
    tot = total(rows, None)
    unit = "浦江县自然资源和规划局"
    d = doc()
    d.add_heading(f"{unit}2024年度部门整体支出绩效自评报告", level=1)
    d.add_paragraph("一、部门基础数据")
    d.add_paragraph("（一）财政供养人员情况（人）")
    table(d, [["编制数", "实际在职人数", "控制率"], ["58", "55", "94.83%"]])
    d.add_paragraph("（二）经费控制情况（万元）")
    table(d, [["项目", "2023年决算数", "2024年预算数", "2024年决算数"], ["三公经费", "6.80", "6.50", "5.92"],
              ["公用经费", "214.30", "205.00", "198.46"], ["政府采购金额", "", "", "312.40"]])
    d.add_paragraph("二、部门概况")
    d.add_paragraph("本局内设办公室、政策法规科、国土空间规划科、耕地保护科、自然资源确权登记科5个科室，下属单位有县土地储备中心、"
                    "县测绘与地理信息中心2家。主要负责全县自然资源调查监测、国土空间规划、耕地保护和不动产登记等工作。")
    d.add_paragraph("三、收支情况")
    d.add_paragraph(f"2024年度本局收入总计{adj}万元，其中一般公共预算财政拨款收入3468.85万元、政府性基金预算财政拨款收入544.00万元；"
                    f"支出总计{exe}万元，其中基本支出1520.34万元、项目支出2419.93万元。年初预算{ini}万元，调整预算{adj}万元，"
                    f"预算执行率{rt}%。")
    d.add_paragraph("四、绩效指标完成情况")
    grid = [["指标类别", "指标名称", "权重", "目标值", "完成值", "自评分", "备注"],
            *[[r[0], r[2], str(r[3]), shown(r[4]), shown(r[5]), r[6], r[7]] for r in rows],
            ["合计", "", "100", "", "", str(tot), ""]]
    table(d, grid, vmerge_cols=(0,))
    d.add_paragraph("五、自评结果")
    d.add_paragraph(f"经自评，本局2024年度部门整体支出绩效得分{tot}分，等级为“优”。")
    d.add_paragraph("六、问题及建议")
    d.add_paragraph("政府性基金收入受土地市场影响较大，供地计划执行偏差；下一步加强供地计划与规划的衔接。")
    b = _budget(ini, adj, exe, [("一般公共预算财政拨款收入", "3468.85"), ("政府性基金预算财政拨款收入", "544.00")],
                [("基本支出", "1520.34"), ("项目支出", "2419.93")])
    u = {"name": unit, "staff_total": 55, "staff_establishment": 58,
         "internal_bodies": ["办公室", "政策法规科", "国土空间规划科", "耕地保护科", "自然资源确权登记科"], "internal_bodies_count": 5,
         "subordinate_bodies": ["县土地储备中心", "县测绘与地理信息中心"], "subordinate_bodies_count": 2}
    return (facts("整体支出", 2024, u, b, _inds(rows, with_l2=False), tot, full_mark=100, stated_grade="优"),
            "docx", docx_bytes(d))


# m06 江西 township, 2020, .txt: a 主要数据一览 block of "label（unit）：value" lines first (money, staff, score and
# grade), indented sub-lines for the parts; the indicators a fixed-width table printed by a system (columns padded with
# spaces, a 序号 column, no levels, 权重 after the values) -------------------------------------------------------------
M06: list[Row] = [
    ("", "", "农村低保金按时发放率", 10, "100%", "100%", "10", ""),
    ("", "", "新增油茶种植面积", 10, "≥500亩", "520亩", "10", ""),
    ("", "", "乡村公路安全隐患整治处数", 10, "≥15处", "15处", "10", ""),
    ("", "", "农村改厕户数", 10, "≥260户", "238户", "9.15", ""),
    ("", "", "森林火灾发生次数", 10, "0次", "0次", "10", ""),
    ("", "", "义务教育控辍保学率", 10, "100%", "100%", "10", ""),
    ("", "", "群众满意度", 15, "≥90%", "91.8%", "15", ""),
    ("", "", "干部满意度", 10, "≥90%", "96%", "10", ""),
]


def _pad(text: str, width: int) -> str:
    """Pad to a display width (CJK counting 2), as a fixed-width print does."""
    shown_width = sum(2 if ord(c) > 0x2E80 else 1 for c in text)
    return text + " " * max(1, width - shown_width)


def m06() -> Made:
    ini, adj, exe = "1426.00", "1688.40", "1629.74"
    rt = rate(exe, adj)
    rows = [_ex("", "", 15, rt), *M06]
    _weights_100(rows)
    tot = total(rows, None)
    unit = "遂川县云岭乡人民政府"
    widths = (6, 28, 10, 10, 6, 6)
    head = ["序号", "指标名称", "目标值", "实际值", "权重", "得分"]
    table_lines = ["".join(_pad(c, w) for c, w in zip(head, widths, strict=True)).rstrip()]
    table_lines += ["".join(_pad(c, w) for c, w in zip([str(i), r[2], shown(r[4]), shown(r[5]), str(r[3]), r[6]], widths, strict=True)).rstrip()
                    for i, r in enumerate(rows, 1)]
    rule = "-" * 66
    text = f"""遂川县云岭乡2020年度整体支出绩效自评报告

主要数据一览
单位名称：{unit}
评价年度：2020年
编制人数（人）：38
在职人数（人）：36
年初预算（万元）：{ini}
调整预算（万元）：{adj}
实际支出（万元）：{exe}
预算执行率：{rt}%
收入合计（万元）：{adj}
    一般公共预算拨款（万元）：1512.40
    政府性基金拨款（万元）：176.00
支出合计（万元）：{exe}
    基本支出（万元）：768.22
    项目支出（万元）：861.52
自评得分：{tot}
自评等级：优

一、单位概况
云岭乡位于县境西部，辖8个行政村。乡政府负责全乡经济社会发展规划、农业农村、社会事务和基层治理等工作。

二、绩效自评工作开展情况
乡党委、政府成立绩效自评工作小组，由乡长任组长，财政所牵头，对照年初绩效目标逐项核实完成情况。

三、绩效指标完成情况
{rule}
{chr(10).join(table_lines)}
{rule}
农村改厕户数未完成年度目标，22户因农户外出务工未能施工，已列入2021年计划。

四、存在的问题
项目资金到位较晚，部分项目集中在下半年实施。

五、改进措施
提前谋划项目，加快资金拨付，做好项目储备。
"""
    b = _budget(ini, adj, exe, [("一般公共预算拨款", "1512.40"), ("政府性基金拨款", "176.00")],
                [("基本支出", "768.22"), ("项目支出", "861.52")])
    u = {"name": unit, "staff_total": 36, "staff_establishment": 38}
    return facts("整体支出", 2020, u, b, _inds(rows, levels=False, note=False), tot, stated_grade="优"), "txt", text


# m07 四川 district bureau, 2025, .docx: staff "核定行政编制A名，事业编制B名，共C名；实有在职人员D名"; the money a one-row
# Word table under a caption; the indicators transposed — one Word table per 一级 under a caption ("表3-1 产出指标完成
# 情况"), row labels down the first column (三级指标 / 权重（分） / 年度目标 / 实际完成 / 自评得分), one indicator a column --
M07: dict[str, list[Row]] = {
    "产出指标": [
        ("产出指标", "", "安全生产执法检查企业数", 10, "≥600家", "648家", "10", ""),
        ("产出指标", "", "应急演练场次", 10, "≥40场", "42场", "10", ""),
        ("产出指标", "", "重大隐患整改率", 10, "100%", "100%", "10", ""),
        ("产出指标", "", "应急物资储备库达标率", 10, "100%", "90%", "9", ""),
    ],
    "效益指标": [
        ("效益指标", "", "生产安全亡人事故起数", 15, "≤2起", "1起", "15", ""),
        ("效益指标", "", "自然灾害因灾死亡人数", 10, "0人", "0人", "10", ""),
        ("效益指标", "", "应急科普宣传覆盖人次", 10, "≥30万人次", "32.6万人次", "10", ""),
    ],
    "满意度指标": [
        ("满意度指标", "", "企业及群众满意度", 15, "≥90%", "93.5%", "15", ""),
    ],
}


def m07() -> Made:
    ini, adj, exe = "2870.00", "3315.20", "3268.94"
    rt = rate(exe, adj)
    groups = {k: list(v) for k, v in M07.items()}
    groups["产出指标"].insert(3, _ex("产出指标", "", 10, rt))
    rows = [r for g in groups.values() for r in g]
    _weights_100(rows)
    tot = total(rows, None)
    unit = "成都市新都区应急管理局"
    d = doc()
    d.add_heading(f"{unit}2025年度部门整体支出绩效自评报告", level=1)
    d.add_paragraph("一、部门概况")
    d.add_paragraph("本局负责全区应急管理、安全生产综合监管和防灾减灾救灾工作。内设办公室、综合减灾科、安全生产基础科、"
                    "应急指挥科4个科室，下属区应急救援保障中心1个事业单位。核定行政编制24名，事业编制16名，共40名；"
                    "实有在职人员37名。")
    d.add_paragraph("二、预算收支情况")
    d.add_paragraph(f"2025年度收入{adj}万元，其中一般公共预算财政拨款3201.20万元、上级补助收入114.00万元；"
                    f"支出{exe}万元，其中基本支出1186.57万元、项目支出2082.37万元。")
    d.add_paragraph("表1 2025年度预算执行情况（单位：万元）")
    table(d, [["年初预算", "调整预算", "决算支出", "执行率"], [ini, adj, exe, f"{rt}%"]])
    d.add_paragraph("三、绩效指标完成情况")
    for n, (l1, grp) in enumerate(groups.items(), 1):
        d.add_paragraph(f"表3-{n} {l1}完成情况")
        table(d, [["三级指标", *[r[2] for r in grp]], ["权重（分）", *[str(r[3]) for r in grp]],
                  ["年度目标", *[shown(r[4]) for r in grp]], ["实际完成", *[shown(r[5]) for r in grp]],
                  ["自评得分", *[r[6] for r in grp]]])
    d.add_paragraph("应急物资储备库达标率未达目标：1个乡镇储备库面积不达标，已于2026年一季度完成改造。")
    d.add_paragraph("四、自评结论")
    d.add_paragraph(f"综合自评得分{tot}分，等级为优。")
    d.add_paragraph("五、问题与整改")
    d.add_paragraph("基层应急储备库建设标准不一，下一步按省级标准统一改造。")
    b = _budget(ini, adj, exe, [("一般公共预算财政拨款", "3201.20"), ("上级补助收入", "114.00")],
                [("基本支出", "1186.57"), ("项目支出", "2082.37")])
    u = {"name": unit, "staff_total": 37, "staff_establishment": 40,
         "internal_bodies": ["办公室", "综合减灾科", "安全生产基础科", "应急指挥科"], "internal_bodies_count": 4,
         "subordinate_bodies": ["区应急救援保障中心"], "subordinate_bodies_count": 1}
    return (facts("整体支出", 2025, u, b, _inds(rows, with_l2=False, note=False), tot, stated_grade="优"),
            "docx", docx_bytes(d))


# m08 河南 town, 2024, .txt: each indicator a "（N）名称。权重N分，自评N分。年初目标…，年末完成…" paragraph — the score
# before the target and actual —; staff "编制内干部职工共N人（行政编制A人、事业编制B人）"; next year's budget in the
# 下一步 section (a figure that is not this year's); planted TOTAL_MISMATCH: "以上9项指标得分合计" one point above the sum --
M08: list[Row] = [
    ("", "", "三公经费控制率", 5, "≤100%", "86.4%", "5", ""),
    ("", "", "高标准农田建成面积", 15, "≥3000亩", "3000亩", "15", ""),
    ("", "", "人居环境整治村覆盖率", 10, "100%", "100%", "10", ""),
    ("", "", "防返贫监测帮扶户数", 10, "≥46户", "46户", "10", ""),
    ("", "", "新建村级光伏电站数", 10, "≥3座", "2座", "6.67", "1座因并网审批延后"),
    ("", "", "信访积案化解率", 10, "≥90%", "92.3%", "10", ""),
    ("", "", "安全生产事故起数", 10, "0起", "0起", "10", ""),
    ("", "", "群众满意度", 20, "≥90%", "93.8%", "20", ""),
]


def m08() -> Made:
    ini, adj, exe = "3480.00", "4226.30", "4105.88"
    rt = rate(exe, adj)
    rows = [_ex("", "", 10, rt), *M08]
    _weights_100(rows)
    stated = total(rows, None) + 1  # planted: the stated sum is one point above the scores' sum
    unit = "光山县槐花岭镇人民政府"
    nums = "一二三四五六七八九"
    paras = []
    for i, r in enumerate(rows):
        why = f"未完成原因：{r[7]}。" if r[7] else ""
        paras.append(f"（{nums[i]}）{r[2]}。权重{r[3]}分，自评{r[6]}分。年初目标{shown(r[4])}，年末完成{shown(r[5])}。{why}")
    text = f"""{unit}
关于2024年度部门整体支出绩效自评情况的报告

县财政局：
根据县财政局关于开展2024年度预算绩效自评工作的通知要求，我镇对2024年度部门整体支出开展了绩效自评，现将有关情况报告如下。

一、基本情况
槐花岭镇辖14个行政村、1个社区。镇党委、政府内设党政办公室、党建办公室、经济发展办公室、社会事务办公室、平安建设办公室5个办公室，下设便民服务中心、农业服务中心、综合行政执法大队3个单位。全镇编制内干部职工共92人（行政编制41人、事业编制51人）。

二、资金情况
2024年度收入合计{adj}万元，其中一般公共预算财政拨款收入3706.30万元、政府性基金预算财政拨款收入520.00万元；支出合计{exe}万元，其中基本支出1834.21万元、项目支出2271.67万元。年初预算{ini}万元，全年预算{adj}万元，全年执行{exe}万元，预算执行率{rt}%。

三、绩效指标完成情况
{chr(10).join(paras)}
以上9项指标得分合计{stated}分。

四、自评结论
我镇2024年度部门整体支出绩效自评得分{stated}分，自评等级为优。

五、下一步工作
2025年预算安排3120.00万元，我镇将进一步细化绩效目标，加快光伏电站并网进度。

特此报告。

{unit}
2025年3月26日
"""
    b = _budget(ini, adj, exe, [("一般公共预算财政拨款收入", "3706.30"), ("政府性基金预算财政拨款收入", "520.00")],
                [("基本支出", "1834.21"), ("项目支出", "2271.67")])
    u = {"name": unit, "staff_total": 92,
         "staff_parts": [{"name": "行政编制", "count": 41}, {"name": "事业编制", "count": 51}],
         "internal_bodies": ["党政办公室", "党建办公室", "经济发展办公室", "社会事务办公室", "平安建设办公室"],
         "internal_bodies_count": 5,
         "subordinate_bodies": ["便民服务中心", "农业服务中心", "综合行政执法大队"], "subordinate_bodies_count": 3}
    inds = _inds(rows, levels=False)
    return (facts("整体支出", 2024, u, b, inds, stated, stated_grade="优", planted=["TOTAL_MISMATCH"]),
            "txt", text)


REPORTS = {
    "m01-hn-xiangyin-water-whole-txt-cover-sheet-dash-rows": m01,
    "m02-yn-fengqing-town-whole-docx-inside-final-accounts": m02,
    "m03-gz-zhengan-town-whole-pdf-form-first-scoring-method": m03,
    "m04-bj-mentougou-street-whole-txt-circled-lines": m04,
    "m05-zj-pujiang-bureau-whole-docx-base-data-tables": m05,
    "m06-jx-suichuan-township-whole-txt-data-block-fixed-width": m06,
    "m07-sc-xindu-bureau-whole-docx-transposed-tables": m07,
    "m08-ha-guangshan-town-whole-txt-score-first-planted": m08,
}
