# ruff: noqa: E501
"""Reports l01, l05, l07, l08, l13, l14 of the lure set (Word, Word → PDF): each returns (facts, ext, content).

Every unit, person and figure is invented. Each report is clean; its shape is one that can lure a reader or a check.
"""

from __future__ import annotations

from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from eighteenth_facts import D, Made, Row, doc, docx_bytes, form_rows, grade, shown, table
from lure_facts import clean, form_indicators
from twentieth_facts import money, scored
from twentieth_word import blank_repeats
from twentyfirst_word import HEAD, _two_columns


def _paras(d: Any, texts: list[str]) -> None:
    for p in texts:
        d.add_paragraph(p)


def _form(d: Any, rt: Any, es: Any, tot: Any, rows: list[Row]) -> None:
    """The usual 自评表: 预算执行率 row first, then the rows, then 总分 (满分 100 and the total)."""
    body = blank_repeats([["预算执行", "预算执行", "预算执行率", "100%", f"{rt}%", "10", str(es), ""], *form_rows(rows)])
    table(d, [HEAD, *body, ["总分", "", "", "", "", "100", str(tot), ""]], vmerge_cols=(0,))


# l01 甘肃 water bureau, whole unit, docx: last year's and this year's columns side by side — a 收支 table 上年决算数 |
# 本年决算数, an indicator table with 上年实际值 before 本年实际值 (last year's misses a ≤ target) -----------------------
L01: list[tuple[Row, str]] = [
    (("产出指标", "数量指标", "农村饮水安全巩固提升工程处数", 10, "≥36处", "38处", "10", ""), "31处"),
    (("产出指标", "数量指标", "水土流失综合治理面积", 10, "≥42平方公里", "44.5平方公里", "10", ""), "39平方公里"),
    (("产出指标", "质量指标", "水利工程验收合格率", 10, "100%", "100%", "10", ""), "97%"),
    (("产出指标", "时效指标", "水行政许可平均办结时限", 10, "≤5个工作日", "4个工作日", "10", ""), "6个工作日"),
    (("产出指标", "成本指标", "单处饮水工程维修成本", 10, "≤12万元", "11.4万元", "10", ""), "12.6万元"),
    (("效益指标", "社会效益指标", "农村自来水普及率", 15, "≥96%", "96.8%", "15", ""), "95.2%"),
    (("效益指标", "生态效益指标", "重要河流断面水质达标率", 15, "≥90%", "88.5%", "14.2", "上游来水水质季节性波动"), "91%"),
    (("满意度指标", "服务对象满意度指标", "农村群众用水满意度", 10, "≥90%", "93.6%", "10", ""), "88.4%"),
]


def l01() -> Made:
    ini, adj, exe = "3268.40", "3590.15", "3512.74"
    rows = [r for r, _ in L01]
    rt, es, tot = scored(exe, adj, rows)
    name = "天水市麦积区水务局"
    d = doc()
    d.add_heading(f"{name}2024年度部门整体支出绩效自评报告", level=1)
    _paras(d, [
        "一、部门基本情况",
        "区水务局内设办公室、水利工程股、水资源管理股、农村水利股4个股室，核定行政编制26名，2024年末实有在职人员24人（上年末22人）。",
        "二、收支情况",
        "2024年收入合计3,624.58万元（上年3,310.20万元），支出合计3,624.58万元（上年3,298.65万元）。收支对比如下表（单位：万元）。",
    ])
    table(d, [["项目", "上年决算数", "本年决算数"],
              ["收入合计", "3,310.20", "3,624.58"],
              ["财政拨款收入", "3,105.60", "3,402.18"],
              ["其他收入", "204.60", "222.40"],
              ["支出合计", "3,298.65", "3,624.58"],
              ["基本支出", "1,120.35", "1,186.72"],
              ["项目支出", "2,178.30", "2,437.86"]])
    _paras(d, [
        "三、预算执行情况",
        f"2024年年初预算{ini}万元，全年预算{adj}万元，全年执行{exe}万元，预算执行率{rt}%（上年为95.06%）。",
        "四、绩效指标完成情况（本年与上年对比）",
    ])
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "上年实际值", "本年实际值", "分值", "得分", "偏差原因"]
    body = blank_repeats([["预算执行", "预算执行", "预算执行率", "100%", "95.06%", f"{rt}%", "10", str(es), ""]]
                         + [[r[0], r[1], r[2], shown(r[4]), prev, shown(r[5]), str(r[3]), r[6], r[7]] for r, prev in L01])
    table(d, [head, *body, ["总分", "", "", "", "", "", "100", str(tot), ""]], vmerge_cols=(0,))
    _paras(d, [f"经自评，我局2024年度部门整体支出绩效自评得分{tot}分（上年92.18分），自评等级为{grade(tot)}。",
               "五、存在问题及改进措施", "河流断面水质受上游来水影响，下一步将加强联防联治。"])
    unit = {"name": name, "staff_total": 24, "staff_establishment": 26,
            "internal_bodies": ["办公室", "水利工程股", "水资源管理股", "农村水利股"], "internal_bodies_count": 4}
    budget = money(ini, adj, exe, rt) | {
        "income_total": D("3624.58"),
        "income_items": [{"name": "财政拨款收入", "amount": D("3402.18")}, {"name": "其他收入", "amount": D("222.40")}],
        "expenditure_total": D("3624.58"),
        "expenditure_items": [{"name": "基本支出", "amount": D("1186.72")}, {"name": "项目支出", "amount": D("2437.86")}]}
    inds = form_indicators(rt, es, rows)
    return clean("整体支出", 2024, unit, budget, inds, tot, full_mark=100), "docx", docx_bytes(d)


# l05 吉林 hospital, whole unit, docx: a 收入 table whose 合计 row includes 上年结转; the gap between income and spending
# is the 年末结转结余 stated under the 支出 table ---------------------------------------------------------------------
L05: list[Row] = [
    ("产出指标", "数量指标", "年门急诊人次", 10, "≥28万人次", "29.3万人次", "10", ""),
    ("产出指标", "数量指标", "年出院人次", 10, "≥1.6万人次", "1.64万人次", "10", ""),
    ("产出指标", "质量指标", "住院患者压疮发生率", 10, "≤0.5%", "0.3%", "10", ""),
    ("产出指标", "时效指标", "急诊抢救室滞留时间", 10, "≤24小时", "18小时", "10", ""),
    ("产出指标", "成本指标", "门诊次均费用增幅", 10, "≤5%", "3.8%", "10", ""),
    ("效益指标", "社会效益指标", "县域就诊率", 15, "≥90%", "91.2%", "15", ""),
    ("效益指标", "可持续影响指标", "医疗服务收入占比", 15, "≥32%", "30.6%", "14.3", "检查检验收入占比仍偏高"),
    ("满意度指标", "服务对象满意度指标", "住院患者满意度", 10, "≥92%", "94.1%", "10", ""),
]


def l05() -> Made:
    ini, adj, exe = "5120.00", "5486.30", "5402.75"
    rt, es, tot = scored(exe, adj, L05)
    name = "四平市第二人民医院"
    income = [("财政拨款收入", "5,486.30"), ("事业收入", "21,350.62"), ("其他收入", "312.48"), ("上年结转", "846.20")]
    spend = [("基本支出", "22,618.35"), ("项目支出", "4,905.10")]
    d = doc()
    d.add_heading(f"{name}2024年度整体支出绩效自评报告", level=1)
    _paras(d, [
        "一、单位基本情况",
        "四平市第二人民医院为四平市卫生健康委员会所属公益二类事业单位，核定编制560名，年末实有在编职工532人。",
        "二、收支情况",
        "表1  2024年度收入情况（单位：万元）",
    ])
    table(d, [["收入项目", "金额"], *[list(x) for x in income], ["合计", "27,995.60"]])
    d.add_paragraph("表2  2024年度支出情况（单位：万元）")
    table(d, [["支出项目", "金额"], *[list(x) for x in spend], ["合计", "27,523.45"]])
    _paras(d, [
        "收入合计含上年结转846.20万元；收支相抵后，年末结转结余472.15万元，主要为跨年度实施的设备购置项目资金。",
        "三、预算执行情况",
        f"2024年财政拨款年初预算{ini}万元，全年预算{adj}万元，全年执行{exe}万元，预算执行率{rt}%。",
        "四、绩效自评情况",
    ])
    _form(d, rt, es, tot, L05)
    _paras(d, [f"经自评，我院2024年度整体支出绩效自评得分{tot}分，自评等级为{grade(tot)}。",
               "五、存在问题及改进措施", "医疗服务收入占比仍偏低，下一步将优化收入结构。"])
    unit = {"name": name, "supervising_department": "四平市卫生健康委员会", "staff_total": 532, "staff_establishment": 560}
    budget = money(ini, adj, exe, rt) | {
        "income_total": D("27995.60"),
        "income_items": [{"name": n, "amount": D(a.replace(",", ""))} for n, a in income],
        "expenditure_total": D("27523.45"),
        "expenditure_items": [{"name": n, "amount": D(a.replace(",", ""))} for n, a in spend],
        "carry_over": D("472.15"), "opening_balance": D("846.20")}
    inds = form_indicators(rt, es, L05)
    return clean("整体支出", 2024, unit, budget, inds, tot, full_mark=100), "docx", docx_bytes(d)


# l07 贵州 rural-road project, Word → PDF: every score to one decimal, the execution score rounded (9.6 for 9.635), the
# total the sum of the shown scores; 权重 in a column after 得分 ---------------------------------------------------------
L07: list[Row] = [
    ("产出指标", "数量指标", "农村公路提质改造里程", 15, "≥62公里", "63.5公里", "15.0", ""),
    ("产出指标", "质量指标", "路面工程交工验收合格率", 10, "100%", "100%", "10.0", ""),
    ("产出指标", "时效指标", "项目按期完工率", 10, "≥95%", "92%", "9.6", "两个标段受雨季影响延期"),
    ("产出指标", "成本指标", "每公里提质改造成本", 15, "≤45万元", "43.8万元", "15.0", ""),
    ("效益指标", "社会效益指标", "建制村通硬化路比例", 15, "100%", "100%", "15.0", ""),
    ("效益指标", "可持续影响指标", "路况优良率", 15, "≥80%", "78.4%", "14.7", "部分老路段基层病害未根治"),
    ("满意度指标", "服务对象满意度指标", "沿线群众满意度", 10, "≥90%", "92.7%", "10.0", ""),
]


def l07() -> Made:
    ini, adj, exe = "2860.00", "2860.00", "2755.61"
    rt = D("96.35")
    es = D("9.6")
    tot = sum((D(r[6]) for r in L07), es)
    d = doc()
    d.add_heading("遵义市播州区交通运输局2024年度农村公路提质改造项目支出绩效自评报告", level=1)
    _paras(d, [
        "一、项目基本情况",
        "项目主管部门为遵义市播州区交通运输局，实施单位为播州区农村公路管理所。",
        f"项目年初预算{ini}万元，年中未作调整，全年预算{adj}万元，全年执行{exe}万元，预算执行率{rt}%。",
        "二、绩效自评情况",
        "评分保留一位小数，自评表如下。",
    ])
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "得分", "权重", "偏差原因"]
    body = blank_repeats([["预算执行", "预算执行", "预算执行率", "100%", f"{rt}%", str(es), "10", ""]]
                         + [[r[0], r[1], r[2], shown(r[4]), shown(r[5]), r[6], str(r[3]), r[7]] for r in L07])
    table(d, [head, *body, ["合计", "", "", "", "", str(tot), "100", ""]], vmerge_cols=(0,))
    _paras(d, [f"经自评，本项目2024年度绩效自评得分{tot}分，等级为{grade(tot)}。",
               "三、存在问题及改进措施", "两个标段受雨季影响延期，下一步将合理安排施工时序。"])
    unit = {"supervising_department": "遵义市播州区交通运输局"}
    project = {"name": "农村公路提质改造项目", "implementing_unit": "播州区农村公路管理所"}
    budget = money(ini, adj, exe, rt)
    inds = form_indicators(rt, es, L07)
    for ind in inds:
        ind["stated_score"] = D(str(ind["stated_score"]))
    return clean("项目支出", 2024, unit, budget, inds, tot, project, full_mark=100), "pdf", docx_bytes(d)


# l08 辽宁 port service centre, whole unit, Word → PDF: a long indicator table continued across pages, its header row
# repeated on each page (tblHeader) ---------------------------------------------------------------------------------
L08: list[Row] = [
    ("产出指标", "数量指标", "港口安全检查次数", 5, "≥120次", "126次", "5", ""),
    ("产出指标", "数量指标", "危险货物作业备案审核件数", 5, "≥900件", "934件", "5", ""),
    ("产出指标", "数量指标", "航道维护疏浚量", 5, "≥12万立方米", "12.6万立方米", "5", ""),
    ("产出指标", "数量指标", "码头设施年度检测泊位数", 5, "≥14个", "14个", "5", ""),
    ("产出指标", "质量指标", "港口设施保安计划审核合格率", 5, "100%", "100%", "5", ""),
    ("产出指标", "质量指标", "航标正常率", 5, "≥99.5%", "99.8%", "5", ""),
    ("产出指标", "质量指标", "港口水域污染事件处置率", 5, "100%", "100%", "5", ""),
    ("产出指标", "时效指标", "船舶进出港申报办结时限", 5, "≤2小时", "1.5小时", "5", ""),
    ("产出指标", "时效指标", "安全隐患整改完成时限", 5, "≤30日", "26日", "5", ""),
    ("产出指标", "成本指标", "单位疏浚成本", 5, "≤38元/立方米", "36.2元/立方米", "5", ""),
    ("效益指标", "经济效益指标", "港口货物吞吐量增长率", 10, "≥3%", "2.4%", "8", "外贸集装箱航线调整"),
    ("效益指标", "社会效益指标", "港口较大及以上安全事故数", 10, "0起", "0起", "10", ""),
    ("效益指标", "生态效益指标", "到港船舶岸电使用率", 5, "≥40%", "43.5%", "5", ""),
    ("效益指标", "可持续影响指标", "港口应急救援队伍到位率", 5, "100%", "100%", "5", ""),
    ("满意度指标", "服务对象满意度指标", "港航企业满意度", 10, "≥90%", "95.2%", "10", ""),
]


def _repeat_header(t: Any) -> None:
    tr_pr = t.rows[0]._tr.get_or_add_trPr()
    flag = OxmlElement("w:tblHeader")
    flag.set(qn("w:val"), "true")
    tr_pr.append(flag)


def l08() -> Made:
    ini, adj, exe = "1486.30", "1552.80", "1531.46"
    rt, es, tot = scored(exe, adj, L08)
    name = "丹东市港航发展服务中心"
    d = doc()
    d.add_heading(f"{name}2024年度部门整体支出绩效自评报告", level=1)
    _paras(d, [
        "一、单位基本情况",
        "丹东市港航发展服务中心为丹东市交通运输局所属公益一类事业单位，内设综合科、港口科、航道科、安全应急科4个科室。"
        "核定事业编制45名，年末实有在编人员41人。",
        "二、预算执行情况",
        f"2024年年初预算{ini}万元，全年预算{adj}万元，全年执行{exe}万元，预算执行率{rt}%。",
    ])
    for i in range(14):
        d.add_paragraph(f"（{i + 1}）全年围绕港口安全、航道维护和港航服务开展工作，落实各项管理制度，按月调度预算执行进度。")
    d.add_paragraph("三、绩效自评表")
    body = blank_repeats([["预算执行", "预算执行", "预算执行率", "100%", f"{rt}%", "10", str(es), ""], *form_rows(L08)])
    table(d, [HEAD, *body, ["总分", "", "", "", "", "100", str(tot), ""]])
    _repeat_header(d.tables[-1])
    _paras(d, [f"经自评，本中心2024年度部门整体支出绩效自评得分{tot}分，自评等级为{grade(tot)}。",
               "四、存在问题及改进措施", "外贸航线调整影响吞吐量增长，下一步将加强航线招商。"])
    unit = {"name": name, "supervising_department": "丹东市交通运输局", "staff_total": 41, "staff_establishment": 45,
            "internal_bodies": ["综合科", "港口科", "航道科", "安全应急科"], "internal_bodies_count": 4}
    budget = money(ini, adj, exe, rt)
    inds = form_indicators(rt, es, L08)
    return clean("整体支出", 2024, unit, budget, inds, tot, full_mark=100), "pdf", docx_bytes(d)


# l13 新疆 health commission, whole unit, docx: several projects in one report — a table of three key projects, each
# with its own budget, spending and rate, before the unit's own money and form ----------------------------------------
L13: list[Row] = [
    ("产出指标", "数量指标", "家庭医生签约服务人数", 10, "≥18万人", "18.6万人", "10", ""),
    ("产出指标", "数量指标", "65岁以上老年人健康体检人数", 10, "≥4.2万人", "4.35万人", "10", ""),
    ("产出指标", "质量指标", "电子健康档案规范建档率", 10, "≥90%", "92.4%", "10", ""),
    ("产出指标", "时效指标", "传染病疫情报告及时率", 10, "100%", "100%", "10", ""),
    ("产出指标", "成本指标", "人均基本公共卫生服务经费补助标准", 10, "≥94元", "94元", "10", ""),
    ("效益指标", "社会效益指标", "孕产妇系统管理率", 15, "≥90%", "91.5%", "15", ""),
    ("效益指标", "可持续影响指标", "基层医疗机构诊疗量占比", 15, "≥65%", "62.8%", "14.5", "城区三级医院分流基层患者"),
    ("满意度指标", "服务对象满意度指标", "居民健康服务满意度", 10, "≥85%", "90.3%", "10", ""),
]


def l13() -> Made:
    ini, adj, exe = "9632.40", "10218.75", "10046.12"
    rt, es, tot = scored(exe, adj, L13)
    name = "哈密市伊州区卫生健康委员会"
    d = doc()
    d.add_heading(f"{name}2024年度部门整体支出绩效自评报告", level=1)
    _paras(d, [
        "一、部门基本情况",
        "区卫健委内设办公室、规划财务科、医政医管科、疾病预防控制科、基层卫生健康科5个科室，核定行政编制32名，实有在职人员30人。",
        "二、重点项目实施情况",
        "2024年我委实施重点项目3个，各项目预算执行情况如下（单位：万元）：",
    ])
    table(d, [["项目名称", "全年预算数", "全年执行数", "执行率", "自评得分"],
              ["基本公共卫生服务项目", "3,285.60", "3,285.60", "100.00%", "97.60"],
              ["基层医疗卫生机构能力提升项目", "1,460.00", "1,302.32", "89.20%", "86.50"],
              ["重大传染病防控项目", "612.40", "598.85", "97.79%", "95.20"]])
    _paras(d, [
        "基层医疗卫生机构能力提升项目执行率偏低，主要是两处卫生院设备采购合同跨年支付。",
        "三、部门预算执行情况",
        f"2024年部门年初预算{ini}万元，全年预算{adj}万元，全年执行{exe}万元，预算执行率{rt}%。",
        "四、部门整体绩效自评情况",
    ])
    _form(d, rt, es, tot, L13)
    _paras(d, [f"经自评，我委2024年度部门整体支出绩效自评得分{tot}分，自评等级为{grade(tot)}。",
               "五、存在问题及改进措施", "基层诊疗量占比仍未达标，下一步将推进紧密型医共体建设。"])
    unit = {"name": name, "staff_total": 30, "staff_establishment": 32,
            "internal_bodies": ["办公室", "规划财务科", "医政医管科", "疾病预防控制科", "基层卫生健康科"], "internal_bodies_count": 5}
    budget = money(ini, adj, exe, rt)
    inds = form_indicators(rt, es, L13)
    return clean("整体支出", 2024, unit, budget, inds, tot, full_mark=100), "docx", docx_bytes(d)


# l14 江苏 street office, whole unit, Word → PDF: the prose in two text columns (block weights in a sentence: 产出指标50分…),
# the form on a one-column page after a section break ----------------------------------------------------------------
L14: list[Row] = [
    ("产出指标", "数量指标", "社区网格巡查次数", 10, "≥2400次", "2516次", "10", ""),
    ("产出指标", "数量指标", "老旧小区改造户数", 10, "≥860户", "872户", "10", ""),
    ("产出指标", "质量指标", "城市管理问题按期处置率", 10, "≥95%", "96.4%", "10", ""),
    ("产出指标", "时效指标", "民生诉求平均响应时间", 10, "≤2小时", "1.6小时", "10", ""),
    ("产出指标", "成本指标", "一般性支出压减比例", 10, "≥5%", "5.5%", "10", ""),
    ("效益指标", "社会效益指标", "辖区矛盾纠纷调处成功率", 15, "≥95%", "96.8%", "15", ""),
    ("效益指标", "可持续影响指标", "社区养老服务站覆盖率", 15, "100%", "92.3%", "13.8", "两个新建社区用房尚未交付"),
    ("满意度指标", "服务对象满意度指标", "辖区居民满意度", 10, "≥90%", "93.9%", "10", ""),
]


def l14() -> Made:
    ini, adj, exe = "5326.80", "5618.40", "5560.52"
    rt, es, tot = scored(exe, adj, L14)
    name = "南通市崇川区和平桥街道办事处"
    d = doc()
    _two_columns(d)
    d.add_heading(f"{name}2024年度部门整体支出绩效自评报告", level=1)
    _paras(d, [
        "一、部门基本情况",
        "街道办事处内设党政办公室、经济服务中心、社会事务办公室、城市管理办公室4个机构，核定编制68名，年末实有在编人员63人。",
        "二、预算执行情况",
        f"2024年年初预算{ini}万元，全年预算{adj}万元，全年执行{exe}万元，预算执行率{rt}%。",
        "三、评价指标体系",
        "本年度部门整体绩效评价指标由预算执行、产出、效益和满意度四部分组成，其中预算执行10分、产出指标50分、"
        "效益指标30分、满意度指标10分，合计100分。",
        "产出方面，全年完成网格巡查、老旧小区改造等任务；效益方面，矛盾纠纷调处成功率保持高位；满意度方面，居民满意度稳中有升。"
        "各项指标的目标值、完成值与得分见第二页自评表。",
        "四、自评结论",
        f"经自评，街道2024年度部门整体支出绩效自评得分{tot}分，自评等级为{grade(tot)}。",
        "五、存在问题及改进措施",
        "两个新建社区用房尚未交付，养老服务站覆盖率未达目标，下一步将协调开发单位尽快移交。",
    ])
    new = d.add_section()
    cols = new._sectPr.find(qn("w:cols"))
    if cols is not None:
        cols.set(qn("w:num"), "1")
    d.add_paragraph("附表  部门整体支出绩效自评表")
    _form(d, rt, es, tot, L14)
    unit = {"name": name, "staff_total": 63, "staff_establishment": 68,
            "internal_bodies": ["党政办公室", "经济服务中心", "社会事务办公室", "城市管理办公室"], "internal_bodies_count": 4}
    budget = money(ini, adj, exe, rt)
    inds = form_indicators(rt, es, L14)
    weights = {"预算执行": 10, "产出指标": 50, "效益指标": 30, "满意度指标": 10}
    return (clean("整体支出", 2024, unit, budget, inds, tot, full_mark=100, stated_block_weights=weights),
            "pdf", docx_bytes(d))


WORD = {
    "l01-gs-maiji-water-whole-docx-two-years": l01,
    "l05-jl-siping-hospital-whole-docx-total-with-carry": l05,
    "l07-gz-bozhou-roads-project-pdf-one-decimal": l07,
    "l08-ln-dandong-port-whole-pdf-continued-table": l08,
    "l13-xj-yizhou-health-whole-docx-several-projects": l13,
    "l14-js-chongchuan-street-whole-pdf-two-columns": l14,
}
