# ruff: noqa: E501  (report sentences are kept on one line to stay readable)
"""Reports saved from government sites: .html, a GBK-encoded .htm and a browser's .mhtml, with
navigation, accessibility bars, the publication metadata block, share buttons and footers."""

from __future__ import annotations

from typing import Any

from fifth_facts import (
    D,
    Report,
    blocks_of,
    exec_score,
    execution_indicator,
    expected_indicator,
    grade_of,
    items_of,
    money,
    num,
    pct,
    project_facts,
    q,
    rate_of,
    sum_scores,
    t,
)
from fifth_forms import central_project, central_whole, cq_whole, hunan_score_table, standard_money
from fifth_html import CSS, Site, page
from fifth_prose import EXPERIENCE, MEASURES, PROBLEMS, USE, WORK
from fifth_shapes import Grid, c, html_table, mhtml, paragraphs_html


def _h(level: int, text: str) -> str:
    return f'<p style="text-indent:2em;"><strong><span style="font-family:{"黑体" if level == 1 else "楷体_GB2312"};font-size:16px;">{text}</span></strong></p>'


# ---------------------------------------------------------------- p14
def p14() -> Report:
    unit = "重庆市铜梁区经济和信息化委员会"
    a, b, e = D("1856.32"), D("2104.57"), D("2050.11")
    rate = rate_of(e, b)
    es = exec_score(10, rate)
    bodies = ["办公室", "综合科", "运行协调科", "产业发展科", "中小企业科", "技术改造与创新科", "信息化推进科",
              "节能与综合利用科", "安全生产监督管理科", "行政审批科"]
    subs = ["铜梁区中小企业服务中心", "铜梁区工业经济运行监测中心"]
    inds = [
        q("财政供养人员控制率", "", "", 5, "≤", 100, "%", 94, 5),
        q("“三公”经费变动率", "", "", 5, "≤", 0, "%", -5.3, 5),
        q("预算调整率", "", "", 5, "≤", 15, "%", 13.37, 5),
        q("结转结余率", "", "", 5, "≤", 5, "%", 2.59, 5),
        q("政府采购执行率", "", "", 5, "=", 100, "%", 100, 5),
        t("资金使用合规性", "", "", 5, "合规", "合规", 5),
        q("新增规模以上工业企业数", "", "", 15, "≥", 40, "家", 43, 15, core=True),
        q("工业技术改造投资增长率", "", "", 15, "≥", 10, "%", 8.6, 12.9, core=True),
        q("中小企业服务人次", "", "", 10, "≥", 3000, "人次", 3260, 10),
        q("工业企业安全生产事故起数", "", "", 10, "≤", 0, "起", 0, 10),
        q("企业满意度", "", "", 10, "≥", 90, "%", 94.2, 10),
    ]
    for i in inds:
        i.cmp_shown = False
    total = sum_scores(inds, es)
    grid = cq_whole("（2022年度）", unit, "经济建设科", num(total), ("秦雪梅", "023-45648127"),
                    (a, b, e, pct(rate), "10", num(es)),
                    ("推动工业经济稳增长，新增规模以上工业企业40家，工业技改投资增长10%，服务中小企业3000人次。",
                     "年中追加工业发展专项资金，目标不变。",
                     "新增规上工业企业43家，技改投资增长8.6%，服务中小企业3260人次，未发生工业企业安全生产事故。"),
                    inds)
    paras = [
        _h(1, "一、基本情况"), _h(2, "（一）部门基本情况。"),
        paragraphs_html([
            "区经济信息委是区政府主管工业和信息化工作的组成部门，主要负责全区工业经济运行调节、产业发展规划、技术改造和创新、中小企业发展、信息化推进、节能与资源综合利用等工作。",
            f"委机关内设{'、'.join(bodies)}等10个科室。下设2个事业单位，一是{subs[0]}；二是{subs[1]}。",
            "全委核定编制50名（其中行政编制32名、事业编制18名），年末实有在职人员47人。"]),
        _h(2, "（二）部门绩效目标。"),
        paragraphs_html(["围绕工业稳增长和转型升级，年初设定新增规模以上工业企业、工业技术改造投资增长率、中小企业服务人次等绩效目标。"]),
        _h(2, "（三）部门预算及执行情况。"),
        paragraphs_html([f"2022年度年初预算{a:,.2f}万元，全年预算{b:,.2f}万元，全年执行{e:,.2f}万元，预算执行率{pct(rate)}。"]),
        _h(1, "二、绩效自评情况"),
        paragraphs_html([WORK.format(unit="我委"), f"经自评，2022年度部门整体绩效自评总分{num(total)}分。"]),
        html_table(grid),
        _h(1, "三、主要经验及做法"), paragraphs_html(EXPERIENCE),
        _h(1, "四、存在的问题"), paragraphs_html(PROBLEMS),
        _h(1, "五、改进措施"), paragraphs_html(MEASURES),
        _h(1, "六、绩效自评结果应用"), paragraphs_html([USE]),
        '<p style="text-align:right;">重庆市铜梁区经济和信息化委员会</p><p style="text-align:right;">2023年5月16日</p>',
    ]
    site = Site("重庆市铜梁区人民政府网", "www.cqtl.gov.cn", "5001510015", "渝ICP备05004813号", "渝公网安备50015102000178号",
                ["首页", "政务公开", "渝快办", "互动交流", "网站专栏"])
    meta = [("索引号", "11500224MB1950128Q/2023-00081"), ("发文字号", ""), ("主题分类", "财政"), ("体裁分类", "其他"),
            ("发布机构", "铜梁区经济信息委"), ("成文日期", "2023-05-16"), ("发布日期", "2023-05-19"), ("有效性", "")]
    html = page(site, ["首页", "区政府部门", "经济信息委", "政务公开", "法定主动公开内容", "预算/决算"], meta,
                f"{unit}2022年度部门整体支出绩效自评报告", "发布时间：2023-05-19 09:30　来源：铜梁区经济信息委",
                "\n".join(paras), ["重庆市铜梁区经济和信息化委员会2023年部门预算公开", "重庆市铜梁区经济和信息化委员会2022年度部门决算公开"],
                duplicate_meta=True)
    facts: dict[str, Any] = {
        "kind": "整体支出", "year": 2022,
        "unit": {"name": unit, "staff_total": 47, "staff_establishment": 50,
                 "internal_bodies": bodies, "internal_bodies_count": 10,
                 "subordinate_bodies": subs, "subordinate_bodies_count": 2},
        "budget": {"initial": a, "adjusted": b, "executed": e, "stated_execution_rate": rate},
        "indicators": [execution_indicator(10, rate, es), *(expected_indicator(i, levels=False) for i in inds)],
        "stated_total": total,
    }
    return Report("p14-cq-tongliang-bureau-whole-html", ".html", html, facts,
                  "CQ bureau page (.html): 无障碍/适老化 bar, [索引号] block printed twice, prose with amounts like 1,856.32万元, CQ 部门整体绩效自评表 as a DOM table with spans")


# ---------------------------------------------------------------- p15
def p15() -> Report:
    unit, dept, name = "临沧市临翔区林业和草原局", "临沧市临翔区林业和草原局", "森林防火专项经费"
    a, b = D("86.00"), D("92.40")
    e_table, e_text = D("91.02"), D("90.12")
    rate = rate_of(e_table, b)
    es = exec_score(10, rate)
    blocks = {"产出指标": 50, "效益指标": 30, "满意度指标": 10}
    inds = [
        q("护林员巡山天数", "产出指标", "数量指标", 10, "≥", 300, "天", 318, 10),
        q("防火隔离带建设长度", "产出指标", "数量指标", 10, "≥", 45, "公里", 47.5, 10),
        q("防火物资储备到位率", "产出指标", "质量指标", 10, "=", 100, "%", 100, 10),
        q("火情处置到场时间", "产出指标", "时效指标", 10, "≤", 30, "分钟", 26, 10),
        q("每公里隔离带建设成本", "产出指标", "成本指标", 10, "≤", 0.8, "万元", 0.76, 10),
        q("森林火灾受害率", "效益指标", "生态效益指标", 15, "≤", 0.9, "‰", 0.12, 15),
        t("森林防火长效机制", "效益指标", "可持续影响指标", 15, "持续完善", "持续完善", 14,
          note="村级防火联防队伍装备不足，下一年度逐步补充"),
        q("林区群众满意度", "满意度指标", "服务对象满意度指标", 10, "≥", 90, "%", 93.7, 10),
    ]
    total = sum_scores(inds, es)
    grid = central_project("（2023年度）", name, dept, unit,
                           standard_money(a, b, e_table),
                           ("10", pct(rate), num(es)),
                           ("落实森林防火责任，开展护林巡山、防火隔离带建设和防火物资储备，确保不发生重大森林火灾。",
                            "全年护林员巡山318天，建设防火隔离带47.5公里，发现并处置火情3起，森林火灾受害率控制在0.12‰。"),
                           inds, num(total), blocks, grade=grade_of(total))
    paras = [
        '<p style="text-align:center;">监督索引号53090200015326000</p>',
        _h(1, "一、项目基本情况"),
        paragraphs_html([f"{name}主要用于护林员管护补助、防火隔离带建设和扑火物资储备。2023年项目年初预算{money(a)}万元，全年预算{money(b)}万元，全年执行{money(e_text)}万元，执行率{pct(rate_of(e_text, b))}。"]),
        _h(1, "二、绩效目标完成情况"),
        paragraphs_html(["全年护林员巡山318天，建设防火隔离带47.5公里，防火物资储备到位率100%，火情处置平均到场时间26分钟，全区未发生重大森林火灾。"]),
        _h(1, "三、自评工作开展情况"), paragraphs_html([WORK.format(unit="我局")]),
        _h(1, "四、存在的问题及改进措施"), paragraphs_html([*PROBLEMS[:2], *MEASURES[:2]]),
        _h(1, "五、项目支出绩效自评表"),
        html_table(grid),
    ]
    site = Site("临沧市临翔区人民政府网", "www.ynlx.gov.cn", "5309020002", "滇ICP备05001624号-1", "滇公网安备53090202000131号")
    meta = [("索引号", "015326000/2024-0412003"), ("发布机构", "临翔区林业和草原局"), ("公开目录", "预算绩效"),
            ("发布日期", "2024-04-12"), ("文号", ""), ("浏览量", "")]
    html = page(site, ["首页", "政府信息公开", "法定主动公开内容", "财政信息", "预算绩效"], meta,
                f"{unit}2023年度{name}项目支出绩效自评报告", "发布日期：2024-04-12 16:45　信息来源：临翔区林业和草原局　浏览次数：",
                "\n".join(paras), ["临沧市临翔区林业和草原局2023年度部门决算", "临沧市临翔区林业和草原局2023年度部门整体支出绩效自评报告"])
    facts = project_facts(2023, dept, name, unit, {
        "budget": {"initial": a, "adjusted": b},
        "indicators": [{"name": "预算执行率", "weight": D(10), "stated_score": es}, *(expected_indicator(i) for i in inds)],
        "stated_total": total, "stated_grade": grade_of(total), "full_mark": D(100),
        "stated_block_weights": blocks_of(blocks),
    })
    return Report("p15-yn-linxiang-forestry-project-html", ".html", html, facts,
                  "Yunnan page (.html) with 监督索引号; the text's 全年执行 90.12万元 differs from the table's 91.02",
                  ["TEXT_TABLE_MISMATCH"])


# ---------------------------------------------------------------- p16
def p16() -> Report:
    unit = "岳阳市君山区城市管理监督指挥中心"
    a, b, e = D("580.00"), D("612.45"), D("598.30")
    rate = rate_of(e, b)
    blocks = {"投入": 15, "过程": 30, "产出": 30, "效果": 25}
    inds = [
        t("绩效目标合理性", "投入", "目标设定", 5, "合理", "合理", 5, number=1),
        q("在职人员控制率", "投入", "预算配置", 5, "≤", 100, "%", 91.67, 5, number=2),
        q("“三公”经费变动率", "投入", "预算配置", 5, "≤", 0, "%", -6.4, 5, number=3),
        q("预算完成率", "过程", "预算执行", 10, "≥", 95, "%", 97.69, 9.77, number=4),
        q("结转结余率", "过程", "预算执行", 5, "≤", 5, "%", 2.31, 5, number=4),
        q("公用经费控制率", "过程", "预算管理", 5, "≤", 100, "%", 94.2, 5, number=5),
        q("政府采购执行率", "过程", "预算管理", 5, "=", 100, "%", 100, 5, number=6),
        q("固定资产利用率", "过程", "资产管理", 5, "≥", 90, "%", 96, 5, number=7),
        q("数字城管案件立案率", "产出", "职责履行", 15, "≥", 95, "%", 98.6, 15, number=8),
        q("案件按期结案率", "产出", "职责履行", 15, "≥", 90, "%", 88.3, 14.72, number=9),
        q("城市管理问题发现率", "效果", "履职效益", 10, "≥", 90, "%", 93.5, 10, number=10),
        q("社会公众满意度", "效果", "履职效益", 15, "≥", 90, "%", 91, 15, number=11),
    ]
    total = sum_scores(inds)
    grade = grade_of(total)
    rules = {"预算完成率": "预算完成率×分值", "案件按期结案率": "完成率×分值", "在职人员控制率": "≤100%得满分，每超1%扣0.5分"}
    score = hunan_score_table(inds, rules, num(total), blocks)
    cover = [("部门（单位）名称：", unit), ("预 算 编 码：", "906031"), ("评价方式：", "部门（单位）绩效自评"),
             ("评价机构：", "部门（单位）评价组"), ("报告日期：", "2022年06月20日")]
    basic: Grid = [["联系人", "彭丽", "联络电话", "0730-8325516"], ["人员编制", "24", "实有人数", "22"],
                   ["职能职责概述", c("负责全区数字化城市管理监督、指挥、调度和协调工作；负责城市管理信息的收集、分析和整理；负责对各责任单位处置城市管理问题的考核评价。", 3)],
                   ["年度主要工作内容", c("1.完成数字化城市管理监督、指挥和协调工作。2.做好区级数字城管平台的日常维护。3.开展城市管理信息的采集和分析。4.完成对各责任单位的考核评价。4.受理群众对城市管理问题的投诉举报。5.配合开展全国文明城市创建迎检。", 3)],
                   ["年度部门（单位）总体运行情况及取得的成绩", c("全年立案城市管理问题3.2万件，按期结案率88.3%，城市管理问题发现率93.5%，顺利通过省级文明城市复查。", 3)]]
    money_t: Grid = [["年度收入情况（万元）", c("", 5)],
                     ["机构名称", "收入合计", c("其中：", 4)],
                     ["", "", "上年结转", "公共财政拨款", "政府基金拨款", "纳入专户管理的非税收入拨款", "其他"],
                     [unit, money(b), "18.20", "560.75", "", "", "33.50"],
                     ["年度支出情况（万元）", c("", 5)],
                     ["机构名称", "支出合计", "基本支出", "其中：人员经费", "公用经费", "项目支出"],
                     [unit, money(e), "421.06", "356.20", "64.86", "177.24"],
                     ["预算执行情况（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率"],
                     ["", money(a), money(b), money(e), pct(rate)]]
    cover_html = "".join(f'<p style="text-indent:4em;font-size:18px;">{k}{v}</p>' for k, v in cover)
    body = "\n".join([
        '<div class="laiyuan">来源：财务室 &nbsp; 2022-07-05 10:21 &nbsp; 浏览量：3 | | | |</div>',
        '<p style="text-align:center;font-size:26px;"><b>岳阳市君山区2021年度部门整体支出</b></p>',
        '<p style="text-align:center;font-size:26px;"><b>绩效评价自评报告</b></p>', cover_html,
        '<p style="text-align:center;">岳阳市君山区财政局（制）</p>',
        _h(1, "一、部门（单位）基本概况"), html_table(basic),
        _h(1, "二、部门（单位）收支情况"), html_table(money_t),
        _h(1, "三、部门（单位）整体支出绩效自评"), paragraphs_html([WORK.format(unit="本中心")]),
        html_table(score),
        f'<p>自评得分：{num(total)}分　　自评等级：{grade}</p>',
        _h(1, "四、存在的问题及改进措施"), paragraphs_html([*PROBLEMS[:2], *MEASURES[:2]]),
    ])
    site = Site("岳阳市君山区人民政府网", "www.junshan.gov.cn", "4306110001", "湘ICP备05010391号", "湘公网安备43061102000012号")
    meta = [("索引号", "430611/2022-00715"), ("发布机构", "君山区城管局"), ("发文日期", "2022-07-05"), ("公开方式", "政府网站")]
    html = page(site, ["首页", "政务公开", "部门信息公开", "区城管局", "财政资金"], meta,
                f"{unit}2021绩效评价自评报告及评分表（整体支出）", "发布时间：2022-07-05　信息来源：君山区城管局",
                body, ["岳阳市君山区城市管理监督指挥中心2022年部门预算", "岳阳市君山区城市管理和综合执法局2021年度整体支出绩效自评报告"],
                charset="gb2312")
    facts: dict[str, Any] = {
        "kind": "整体支出", "year": 2021,
        "unit": {"name": unit, "staff_total": 22, "staff_establishment": 24},
        "budget": {"initial": a, "adjusted": b, "executed": e, "stated_execution_rate": rate,
                   "income_total": b,
                   "income_items": [{"name": "上年结转", "amount": D("18.20")}, {"name": "公共财政拨款", "amount": D("560.75")},
                                    {"name": "其他", "amount": D("33.50")}],
                   "expenditure_total": e,
                   "expenditure_items": [{"name": "基本支出", "amount": D("421.06")}, {"name": "项目支出", "amount": D("177.24")}]},
        "indicators": [expected_indicator(i) for i in inds],
        "stated_total": total, "stated_grade": grade, "full_mark": D(100),
        "stated_block_weights": blocks_of(blocks),
    }
    return Report("p16-hn-junshan-centre-whole-gbk", ".htm", html.encode("gbk"), facts,
                  "Hunan page saved as GBK .htm (charset=gb2312): cover block, basic-info and 收支 tables with nested headers, 2013-framework 评分表 with 序号",
                  ["NUMBERING_REPEAT"])


# ---------------------------------------------------------------- p17
def p17() -> Report:
    unit = "徐闻县北港镇人民政府"
    a, b, e = D("1420.36"), D("1896.42"), D("1896.42")
    spend = [("其中：基本支出：", D("1108.65")), ("项目支出：", D("787.77"))]
    inds = [
        q("资金支出率", "产出指标", "数量指标", 10, "≥", 98, "%", 100, 10),
        q("高标准农田建设面积", "产出指标", "数量指标", 10, "≥", 2000, "亩", 2150, 10),
        q("工作质量达标率", "产出指标", "质量指标", 10, "≥", 98, "%", 98.5, 10),
        q("支出及时率", "产出指标", "时效指标", 10, "≥", 97, "%", 98, 10),
        q("村道硬化单位成本", "产出指标", "成本指标", 10, "≤", 90, "万元/公里", 86.5, 10),
        t("乡村人居环境", "效益指标", "社会效益指标", 10, "持续改善", "持续改善", 10),
        q("农村居民人均可支配收入增长率", "效益指标", "经济效益指标", 10, "≥", 6, "%", 6.8, 10),
        t("基层治理水平", "效益指标", "可持续影响指标", 10, "稳步提升", "稳步提升", 9),
        q("群众满意度", "满意度指标", "服务对象满意度指标", 10, "≥", 90, "%", 92.5, 10),
    ]
    total = sum_scores(inds, 10)
    grid = central_whole("（2023年度）", unit, (a, b, e, "10", "100%", "10"),
                         [("按收入性质分：", b), ("其中：一般公共预算：", b)], [("按支出性质分：", e), *spend],
                         ("以“百县千镇万村高质量发展工程”为抓手，推进乡村振兴、人居环境整治和高标准农田建设，保障机关正常运转。",
                          "全年建成高标准农田2150亩，硬化村道6.2公里，人居环境持续改善，年度重点任务全面完成。"),
                         inds, num(total))
    paras = [
        '<p style="text-align:center;font-size:24px;"><b>北港镇部门整体支出绩效自评报告</b></p>',
        '<p>评价年度：2023</p>', f'<p>评价单位（公章）：{unit}</p>', '<p>填报日期：202403</p>',
        paragraphs_html([f"根据县财政局关于开展2023年度县级财政资金绩效自评工作的通知要求，我单位及时布置自评工作，成立自评工作小组，形成本评价报告。现将2023年度{unit}整体支出绩效自评情况报告如下："]),
        _h(1, "一、单位基本情况"),
        paragraphs_html(["（一）单位机构设置、部门职能情况。北港镇人民政府为县政府下属行政单位，执行政府会计准则制度，无下属二级预算单位；机构编制部门核定人数88人、年末在职人数81人、离退休人数40人、外聘临时工人数12人。",
                         "单位主要职能有：宣传贯彻党和国家各项方针政策；统筹推进辖区经济建设、乡村振兴和社会事业；负责辖区公共服务和综合治理；完成上级交办的其他任务。",
                         "（二）单位年度收支情况。2023年度财政拨款收入合计1896.42万元，财政拨款支出合计1896.42万元，预算执行率100%。"]),
        _h(1, "二、自评工作开展情况"), paragraphs_html([WORK.format(unit="我镇")]),
        _h(1, "三、绩效目标完成情况"),
        paragraphs_html([f"经自评，本单位2023年度部门整体支出绩效自评得分{num(total)}分，评价等级为{grade_of(total)}。"]),
        html_table(grid),
        _h(1, "四、存在问题和改进措施"), paragraphs_html([*PROBLEMS, *MEASURES]),
    ]
    site = Site("徐闻县人民政府门户网站", "www.xuwen.gov.cn", "4408250001", "粤ICP备12035218号", "粤公网安备44082502000107号")
    meta = [("索引号", "007038613/2024-00021"), ("分类", "部门整体支出绩效自评"), ("发布机构", "徐闻县北港镇人民政府"),
            ("成文日期", "2024-03-26"), ("名称", f"{unit}2023年度部门整体支出绩效自评报告"), ("文号", ""),
            ("发布日期", "2024-03-28"), ("主题词", "")]
    url = "http://www.xuwen.gov.cn/zfxxgk/bgzrmzf/content/post_2240517.html"
    title = f"{unit}2023年度部门整体支出绩效自评报告"
    html = page(site, ["首页", "政务公开", "镇级信息公开", "北港镇", "财政信息"], meta, title,
                "发布时间：2024-03-28 10:12:36　来源：徐闻县北港镇人民政府", "\n".join(paras),
                ["徐闻县北港镇人民政府2024年部门预算", "徐闻县北港镇人民政府2023年度部门决算"])
    body = mhtml(html, url, title + "_徐闻县人民政府门户网站", CSS, "----MultipartBoundary--kT7h2QxW9c4Lm1sVd8pBzR3aNyE6fJgU----",
                 "Thu, 11 Apr 2024 09:15:42 +0800")
    facts: dict[str, Any] = {
        "kind": "整体支出", "year": 2023,
        "unit": {"name": unit, "staff_total": 81, "staff_establishment": 88},
        "budget": {"initial": a, "adjusted": b, "executed": e, "stated_execution_rate": D(100),
                   "income_total": b, "income_items": [{"name": "一般公共预算", "amount": b}],
                   "expenditure_total": e,
                   "expenditure_items": items_of(spend)},
        "indicators": [execution_indicator(10, D(100), 10), *(expected_indicator(i) for i in inds)],
        "stated_total": total, "stated_grade": grade_of(total), "full_mark": D(100),
    }
    return Report("p17-gd-xuwen-town-whole-mhtml", ".mhtml", body, facts,
                  "Guangdong town page saved by a browser as .mhtml (multipart/related, quoted-printable HTML, a CSS part); 评价年度 / 填报日期：202403 cover lines; 核定人数 / 年末在职人数 / 离退休人数")


# ---------------------------------------------------------------- p18
def p18() -> Report:
    unit = "随县殡葬管理所"
    a, b, e = D("318.60"), D("352.14"), D("341.92")
    rate = rate_of(e, b)
    es = exec_score(10, rate)
    income = [("其中：财政拨款：", D("296.14")), ("事业收入：", D("56.00"))]
    spend = [("其中：基本支出：", D("214.37")), ("项目支出：", D("127.55"))]
    inds = [
        q("遗体火化数量", "产出指标", "数量指标", 10, "≥", 1800, "具", 1862, 10),
        q("惠民殡葬补贴发放人数", "产出指标", "数量指标", 10, "≥", 1500, "人", 1547, 10),
        q("火化设备尾气排放达标率", "产出指标", "质量指标", 10, "=", 100, "%", 100, 10),
        q("补贴资金发放及时率", "产出指标", "时效指标", 10, "≥", 95, "%", 96.3, 10),
        q("单具遗体火化成本", "产出指标", "成本指标", 10, "≤", 950, "元", 932, 10),
        q("遗体火化率", "效益指标", "社会效益指标", 15, "≥", 85, "%", 81.6, 14.4,
          note="边远山区群众传统观念较重，将加大殡葬改革宣传"),
        t("殡葬服务规范化水平", "效益指标", "可持续影响指标", 15, "持续提升", "有所提升", 12,
          note="公墓管理制度仍需完善"),
        q("群众满意度", "满意度指标", "服务对象满意度指标", 10, "≥", 90, "%", 86, 9.56,
          note="服务窗口高峰期等候时间偏长"),
    ]
    computed = sum_scores(inds, es)
    stated = computed + 2
    grid = central_whole("（2022年度）", unit, (a, b, e, "10", pct(rate), num(es)),
                         [("按收入性质分：", b), *income], [("按支出性质分：", e), *spend],
                         ("规范殡葬服务管理，推进殡葬改革，落实惠民殡葬政策，提高遗体火化率。",
                          "全年火化遗体1862具，为1547名群众发放惠民殡葬补贴，遗体火化率81.6%。"),
                         inds, num(stated))
    paras = [
        _h(1, "一、部门基本情况"),
        paragraphs_html(["随县殡葬管理所为县民政局所属公益二类事业单位，主要承担遗体接运、火化、骨灰寄存、公墓管理和惠民殡葬政策落实等工作。"]),
        _h(1, "二、部门整体支出情况"),
        paragraphs_html([f"2022年年初预算{money(a)}万元，全年预算{money(b)}万元，全年执行{money(e)}万元，预算执行率{pct(rate)}。"]),
        _h(1, "三、绩效自评结果"),
        paragraphs_html([WORK.format(unit="本所")]),
        html_table(grid),
        _h(1, "四、存在的问题及整改措施"), paragraphs_html([*PROBLEMS[:3], *MEASURES[:3]]),
    ]
    site = Site("随县人民政府门户网站", "www.zgsx.gov.cn", "4213210001", "鄂ICP备05012208号-1", "鄂公网安备42132102000036号")
    meta = [("索引号", "011054726/2023-06315"), ("发布机构", "随县民政局"), ("发文日期", "2023-09-20"), ("分类", "财政预决算"),
            ("文号", ""), ("效力状态", "有效")]
    html = page(site, ["首页", "信息公开", "法定主动公开内容", "财政信息", "部门决算"], meta,
                f"{unit}2022年度整体支出绩效自评报告", "发布时间：2023-09-20 15:37　来源：随县民政局　浏览次数：",
                "\n".join(paras), ["随县民政局2022年度部门决算公开报告", "随县社会福利院2022年度整体支出绩效自评报告"])
    facts: dict[str, Any] = {
        "kind": "整体支出", "year": 2022,
        "unit": {"name": unit},
        "budget": {"initial": a, "adjusted": b, "executed": e, "stated_execution_rate": rate,
                   "income_total": b,
                   "income_items": items_of(income),
                   "expenditure_total": e,
                   "expenditure_items": items_of(spend)},
        "indicators": [execution_indicator(10, rate, es), *(expected_indicator(i) for i in inds)],
        "stated_total": stated, "full_mark": D(100),
    }
    return Report("p18-hb-suixian-funeral-whole-html", ".html", html, facts,
                  "Hubei page (.html) with share buttons and footer; 总分 2 points above the sum of the scores",
                  ["TOTAL_MISMATCH"])


REPORTS = [p14, p15, p16, p17, p18]
