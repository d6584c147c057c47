# ruff: noqa: E501  (report lines are kept whole)
"""Thirteenth corpus, reports as files: a Hunan supply-and-marketing cooperative's Word report opening with
its 自评得分 and a 2013-framework table with 目标值 and 评分标准 columns (x02); a Yunnan middle school's combined
部门整体和项目 report printed to PDF, indicators in prose “一级：二级——名称，…得分N分（分值N分）” (x05); a Gansu
court's Markdown export with bold 一级 rows (x06); a Guangxi CDC project report in Word whose 指标类型 cell joins
the levels (“产出指标-数量指标”) beside 指标性质 and 完成率 columns (x08)."""

from __future__ import annotations

from thirteenth_base import (
    D,
    Report,
    docx_flow,
    exp,
    items,
    num,
    pct,
    pdf_of,
    q,
    rate_of,
    sep,
    sum_scores,
    t,
    whole_facts,
)


# ---------------------------------------------------------------- x02
def x02() -> Report:
    """Hunan, Changde: a county supply-and-marketing cooperative, 2021; the report opens with 一、自评得分情况
    (综合评分为N分); 收入 and 支出 as “1、收入：N万元。同比…其中：…” with 人员经费支出 / 公用经费支出 / 项目支出 as the
    expenditure items; the table: 一级 | 二级 | 三级 | 分值 | 目标值 | 评分标准 | 完成情况 | 得分, 一级 and 二级 merged down."""
    unit = "汉寿县供销合作社联合社"
    fa, fb, fe = D("560.00"), D("624.50"), D("605.21")
    rate = rate_of(fe, fb)
    inds = [
        t("绩效目标合理性", "投入", "目标设定", 5, "合理", "依据充分、符合职责", 5),
        q("在职人员控制率", "投入", "预算配置", 5, "≤", 100, "%", D("88.89"), 5),
        q("“三公经费”变动率", "投入", "预算配置", 5, "≤", 0, "%", D("-3.2"), 5),
        q("预算执行率", "过程", "预算执行", 15, "≥", 95, "%", rate, D("14.54")),
        q("政府采购执行率", "过程", "预算执行", 5, "=", 100, "%", 100, 5),
        t("资产管理安全性", "过程", "资产管理", 5, "账实相符", "账实相符", 5),
        q("化肥储备量", "产出", "职责履行", 15, "≥", 3000, "吨", 3260, 15),
        q("基层社恢复组建数", "产出", "职责履行", 15, "≥", 2, "个", 2, 15),
        q("农产品网上销售额", "效果", "履职效益", 15, "≥", 1200, "万元", 1086, 13),
        q("社员群众满意度", "效果", "社会公众满意度", 15, "≥", 90, "%", D("95.2"), 15),
    ]
    total = sum_scores(inds)
    rules = {"在职人员控制率": "每超1个百分点扣0.5分", "“三公经费”变动率": "每上升1%扣1分", "预算执行率": "得分=执行率×15",
             "政府采购执行率": "每低1个百分点扣0.2分", "化肥储备量": "每少100吨扣1分", "基层社恢复组建数": "少1个扣5分",
             "农产品网上销售额": "按完成比例计分", "社员群众满意度": "每低1个百分点扣1分"}
    grid = [["一级指标", "二级指标", "三级指标", "分值", "目标值", "评分标准", "完成情况", "得分"]]
    merges = []
    for i in inds:
        grid.append([i.l1, i.l2, i.name, num(i.w), i.target_text(), rules.get(i.name, "符合要求得满分"), i.actual_text(), num(i.sc)])
    for col in (0, 1):  # merge runs of equal level cells downwards
        start = 1
        for r in range(2, len(grid) + 1):
            if r == len(grid) or grid[r][col] != grid[start][col]:
                if r - 1 > start:
                    merges.append((start, col, r - 1, col))
                start = r
    grid.append(["合计", "", "", "100", "", "", "", num(total)])
    blocks = [
        "汉寿县供销合作社联合社2021年度部门整体支出绩效评价报告",
        "一、自评得分情况",
        f"根据《中共中央 国务院关于全面实施预算绩效管理的意见》等文件精神，按照部门整体支出绩效评价指标体系，对我社2021年度部门整体支出开展了绩效评价，综合评分为{num(total)}分，评价等级为“优”。",
        "二、单位基本概况",
        "（一）机构设置情况",
        "内设办公室、业务股、财务审计股3个股室；下属事业单位1个，即汉寿县供销合作社综合服务中心。",
        "（二）人员编制情况",
        "核定编制18人，现有在职人员16人，其中机关12人、综合服务中心4人；另有退休人员21人。",
        "三、部门整体支出概况",
        "1、收入：612.38万元。同比上年度增加45.10万元，增长7.95%。其中：财政拨款收入598.38万元，其他收入14.00万元。",
        "2、支出：605.21万元。其中：人员经费支出402.66万元，公用经费支出58.37万元，项目支出144.18万元。",
        f"2021年年初预算{fa}万元，调整预算{fb}万元，全年执行{fe}万元，预算执行率{pct(rate)}。",
        "四、评价指标完成情况",
        "部门整体支出绩效评价评分表",
        (grid, merges),
        "五、存在的问题及改进措施",
        "农产品网上销售额未达到年度目标，电商服务站点运营能力不足。下一步将引入专业运营团队，开展电商人才培训。",
        "汉寿县供销合作社联合社",
        "2022年4月26日",
    ]
    facts = whole_facts(2021, unit, {
        "budget": {"initial": fa, "adjusted": fb, "executed": fe, "stated_execution_rate": rate,
                   "income_total": D("612.38"),
                   "income_items": items([("财政拨款收入", "598.38"), ("其他收入", "14.00")]),
                   "expenditure_total": fe,
                   "expenditure_items": items([("人员经费支出", "402.66"), ("公用经费支出", "58.37"), ("项目支出", "144.18")])},
        "indicators": [exp(i) for i in inds],
        "stated_total": total, "stated_grade": "优", "full_mark": D(100),
    })
    facts["unit"].update({"staff_establishment": 18, "staff_total": 16,
                          "staff_parts": [{"name": "机关", "count": 12}, {"name": "综合服务中心", "count": 4}],
                          "internal_bodies": ["办公室", "业务股", "财务审计股"], "internal_bodies_count": 3,
                          "subordinate_bodies": ["汉寿县供销合作社综合服务中心"], "subordinate_bodies_count": 1})
    return Report("x02-hn-hanshou-coop-docx-scorefirst", ".docx", docx_flow(blocks), facts,
                  "Hunan cooperative, Word: 一、自评得分情况 first, 1、收入：…同比… / 2、支出：…人员经费支出/公用经费支出/项目支出, "
                  "2013 table with 目标值 and 评分标准 (numbers in the rules) columns, merged level cells")


# ---------------------------------------------------------------- x05
def x05() -> Report:
    """Yunnan, Honghe: a middle school's combined 部门整体和项目支出 report, printed to PDF; counts in Chinese
    numerals (内设五个职能处室); students and classes beside the staff; indicators in prose
    “一级：二级——名称，年度目标…，实际完成…，得分N分（分值N分）”; the project part states other totals."""
    unit = "蒙自市第三中学校"
    fa, fb, fe = D("2856.40"), D("3012.75"), D("2951.26")
    rate = rate_of(fe, fb)
    es = D("9.80")
    inds = [
        q("在校学生数", "产出指标", "数量指标", 10, "≥", 2100, "人", 2136, 10),
        q("教师培训人次", "产出指标", "数量指标", 10, "≥", 300, "人次", 326, 10),
        q("初中学业水平考试合格率", "产出指标", "质量指标", 15, "≥", 92, "%", D("94.6"), 15),
        q("营养改善计划补助发放及时率", "产出指标", "时效指标", 10, "=", 100, "%", 100, 10),
        q("生均公用经费", "产出指标", "成本指标", 5, "≥", 850, "元", 850, 5),
        q("义务教育巩固率", "效益指标", "社会效益指标", 15, "≥", 99, "%", D("99.4"), 15),
        q("校园安全责任事故", "效益指标", "可持续影响指标", 10, "=", 0, "起", 0, 10),
        q("学生家长满意度", "满意度指标", "服务对象满意度指标", 15, "≥", 95, "%", D("93.2"), 14, note="课后服务时段安排不够灵活"),
    ]
    total = sum_scores(inds, es)
    prose = [
        f"{unit}2024年度部门整体和项目支出绩效自评报告",
        "为贯彻落实全面实施预算绩效管理的要求，根据市财政局关于开展2024年度绩效自评工作的通知，我校对2024年部门整体和项目支出绩效情况进行了自查自评，现报告如下：",
        "一、部门基本情况",
        "（一）部门概况",
        "1.职责职能：实施初中义务教育，落实立德树人根本任务，组织教育教学和教研活动，保证教育教学质量。",
        "2.机构设置及人员情况：学校内设五个职能处室，即办公室、教务处、德育处、总务处、安全保卫处。核定编制128人，在编教职工124人，退休教职工57人。现有42个教学班，在校学生2136人。",
        "（二）年度收支情况",
        f"2024年本年收入合计{sep(D('2968.40'))}万元，其中财政拨款收入{sep(D('2912.60'))}万元，事业收入55.80万元；本年支出合计{sep(fe)}万元，其中基本支出{sep(D('2603.18'))}万元，项目支出348.08万元。",
        f"2024年年初预算{sep(fa)}万元，年中调整后预算{sep(fb)}万元，决算支出{sep(fe)}万元，执行率{pct(rate)}，预算执行指标得分{num(es)}分（分值10分）。",
        "（三）当年部门整体支出绩效目标完成情况",
        *(f"{i.l1}：{i.l2}——{i.name}，年度目标{i.target_text()}，实际完成{i.actual_text()}，得分{num(i.sc)}分（分值{num(i.w)}分）"
          + (f"，偏差原因：{i.note}。" if i.note else "。") for i in inds),
        f"综上，我校2024年度部门整体支出绩效自评得分{num(total)}分，等级为优。",
        "二、项目支出绩效自评情况",
        "2024年我校实施项目2个：学生营养改善计划项目，预算186.20万元，执行183.95万元，自评得分96分；校舍维修改造项目，预算161.88万元，执行161.88万元，自评得分100分。",
        "三、存在的问题及改进措施",
        "课后服务时段安排与部分家长需求不匹配。下一步将分年级调整课后服务时段，开展家长意见征集。",
        unit,
        "2025年3月20日",
    ]
    facts = whole_facts(2024, unit, {
        "budget": {"initial": fa, "adjusted": fb, "executed": fe, "stated_execution_rate": rate,
                   "income_total": D("2968.40"),
                   "income_items": items([("财政拨款收入", "2912.60"), ("事业收入", "55.80")]),
                   "expenditure_total": fe,
                   "expenditure_items": items([("基本支出", "2603.18"), ("项目支出", "348.08")])},
        "indicators": [{"name": "预算执行率", "weight": D(10), "actual": {"value": rate, "unit": "%"},
                        "stated_score": es}, *(exp(i) for i in inds)],
        "stated_total": total, "stated_grade": "优",
    })
    facts["unit"].update({"staff_establishment": 128, "staff_total": 124,
                          "internal_bodies": ["办公室", "教务处", "德育处", "总务处", "安全保卫处"],
                          "internal_bodies_count": 5})
    stem = "x05-yn-mengzi-school-combined-pdf"
    return Report(stem, ".pdf", pdf_of(docx_flow(list(prose)), stem), facts,
                  "Yunnan middle school, PDF: 部门整体和项目 combined, counts in Chinese numerals, students/classes beside "
                  "staff, prose indicators “一级：二级——名称…得分N分（分值N分）”, project totals after the unit total")


# ---------------------------------------------------------------- x06
def x06() -> Report:
    """Gansu, Linxia: a county court's 2022 report exported as Markdown; 内设机构N个，包括… and 另有N个派出人民法庭，
    分别为…; 政法专项编制 / 实有在职干警 with 员额法官 inside; a 支出 table by category with 年初 / 全年 / 执行 / 执行率;
    the indicator table's 一级 only in bold rows spanning the table."""
    unit = "临夏县人民法院"
    cats = [("基本支出", "2380.00", "2512.30", "2498.71"), ("项目支出", "600.00", "914.55", "819.91")]
    fa, fb, fe = D("2980.00"), D("3426.85"), D("3318.62")
    rate = rate_of(fe, fb)
    blocks = {
        "产出指标（50分）": [
            q("审执结案件数", "产出指标", "数量指标", 10, "≥", 5200, "件", 5486, 10),
            q("司法救助案件办理数", "产出指标", "数量指标", 10, "≥", 40, "件", 43, 10),
            q("一审服判息诉率", "产出指标", "质量指标", 10, "≥", 85, "%", D("87.2"), 10),
            q("发回改判率", "产出指标", "质量指标", 10, "≤", 2, "%", D("1.6"), 10),
            q("法定审限内结案率", "产出指标", "时效指标", 10, "≥", 95, "%", D("96.8"), 10),
        ],
        "效益指标（30分）": [
            q("诉前调解成功率", "效益指标", "社会效益指标", 15, "≥", 30, "%", D("27.5"), D("13.5")),
            t("智慧法院应用水平", "效益指标", "可持续影响指标", 15, "持续提升", "持续提升", 15),
        ],
        "满意度指标（20分）": [q("当事人满意度", "满意度指标", "服务对象满意度指标", 20, "≥", 90, "%", D("93.1"), 20)],
    }
    inds = [i for group in blocks.values() for i in group]
    total = sum_scores(inds)

    def row(cells: list[str]) -> str:
        return "| " + " | ".join(cells) + " |"

    table = [row(["一级指标", "二级指标", "三级指标", "分值", "年度目标", "实际完成", "得分"]), row(["---"] * 7)]
    for head, group in blocks.items():
        table.append(row([f"**{head}**", "", "", "", "", "", ""]))
        table.extend(row(["", i.l2, i.name, num(i.w), i.target_text(), i.actual_text(), num(i.sc)]) for i in group)
    lines = [
        f"# {unit}2022年度部门整体支出绩效自评报告",
        "",
        "## 一、部门概况",
        "",
        "### （一）部门职责",
        "",
        "依法审理由基层人民法院管辖的刑事、民事、行政案件，执行已经发生法律效力的判决、裁定，指导人民调解工作。",
        "",
        "### （二）机构设置及人员情况",
        "",
        "临夏县人民法院内设机构7个，包括立案庭、刑事审判庭、民事审判庭、执行局、审判管理办公室、政治部、综合办公室。另有4个派出人民法庭，分别为韩集人民法庭、土桥人民法庭、尹集人民法庭、漠泥沟人民法庭。",
        "",
        "全院核定政法专项编制96名，实有在职干警89人，其中员额法官32名；另有聘用制书记员等司法辅助人员41人，离退休干部35人。",
        "",
        "## 二、部门收支情况",
        "",
        "2022年度收入合计3,431.20万元，其中：一般公共预算财政拨款收入3,395.60万元，其他收入35.60万元。支出情况如下表（单位：万元）。",
        "",
        row(["支出类别", "年初预算数", "全年预算数", "全年执行数", "执行率"]),
        row(["---"] * 5),
        *(row([n, sep(D(a)), sep(D(b)), sep(D(c)), pct(rate_of(D(c), D(b)))]) for n, a, b, c in cats),
        row(["合计", sep(fa), sep(fb), sep(fe), pct(rate)]),
        "",
        "## 三、绩效指标完成情况",
        "",
        *table,
        "",
        "## 四、自评结论",
        "",
        f"经自评，我院2022年度部门整体支出绩效自评综合得分为{num(total)}分，等级为“优”。",
        "",
        "## 五、存在的问题及改进措施",
        "",
        "诉前调解成功率未达到年度目标。下一步将充实特邀调解员队伍，完善诉调对接机制。",
        "",
    ]
    facts = whole_facts(2022, unit, {
        "budget": {"initial": fa, "adjusted": fb, "executed": fe, "stated_execution_rate": rate,
                   "income_total": D("3431.20"),
                   "income_items": items([("一般公共预算财政拨款收入", "3395.60"), ("其他收入", "35.60")]),
                   "expenditure_total": fe,
                   "expenditure_items": items([(n, c) for n, _, _, c in cats])},
        "indicators": [exp(i) for i in inds],
        "stated_total": total, "stated_grade": "优",
        "stated_block_weights": {"产出指标": D(50), "效益指标": D(30), "满意度指标": D(20)},
    })
    facts["unit"].update({"staff_establishment": 96, "staff_total": 89,
                          "internal_bodies": ["立案庭", "刑事审判庭", "民事审判庭", "执行局", "审判管理办公室", "政治部", "综合办公室"],
                          "internal_bodies_count": 7,
                          "subordinate_bodies": ["韩集人民法庭", "土桥人民法庭", "尹集人民法庭", "漠泥沟人民法庭"],
                          "subordinate_bodies_count": 4})
    return Report("x06-gs-linxia-court-md-boldlevels", ".md", "\n".join(lines), facts,
                  "Gansu court, Markdown: 内设机构N个，包括… / 另有N个派出人民法庭，分别为…, 员额法官 inside 在职干警, 支出 table by "
                  "category with 执行率, bold 一级 rows in the indicator table")


# ---------------------------------------------------------------- x08
def x08() -> Report:
    """Guangxi, Qinzhou: a county CDC's 2022 project report in Word; 主管部门 and 实施单位 named in a sentence; funds by
    source (中央 / 自治区 / 县级) in prose; the budget-execution score in prose; the indicator table's 指标类型 cell joins
    the levels (“产出指标-数量指标”), with 指标性质 and 完成率 columns."""
    dept, impl, name = "灵山县卫生健康局", "灵山县疾病预防控制中心", "艾滋病防治项目"
    fa, fe = D("186.50"), D("179.32")
    rate = rate_of(fe, fa)
    es = D("19.23")
    inds = [
        q("HIV抗体检测人次", "产出指标", "数量指标", 15, "≥", D("4.5"), "万人次", D("4.82"), 15),
        q("高危人群干预覆盖人数", "产出指标", "数量指标", 10, "≥", 3200, "人", 3265, 10),
        q("感染者抗病毒治疗覆盖率", "产出指标", "质量指标", 15, "≥", 90, "%", D("92.4"), 15),
        q("疫情报告及时率", "产出指标", "时效指标", 10, "=", 100, "%", 100, 10),
        q("新报告感染者增幅", "效益指标", "社会效益指标", 10, "≤", 5, "%", D("3.8"), 10),
        t("防治工作机制", "效益指标", "可持续影响指标", 10, "长效运行", "长效运行", 10),
        q("受检群众满意度", "满意度指标", "服务对象满意度指标", 10, "≥", 90, "%", D("88.7"), 9),
    ]
    total = sum_scores(inds, es)

    def done(i) -> str:
        if not i.cmp or i.cmp == "≤":
            return "—"
        return pct(D(str(i.av)) / D(str(i.tv)) * 100) if i.tv else "100.00%"

    grid = [["指标类型", "指标名称", "指标性质", "权重", "年度目标值", "实际完成值", "完成率", "得分"]]
    grid += [[f"{i.l1}-{i.l2}", i.name, "定量" if i.cmp else "定性", num(i.w), i.target_text(), i.actual_text(), done(i), num(i.sc)]
             for i in inds]
    blocks = [
        f"{impl}2022年度{name}支出绩效自评报告",
        "一、项目基本情况",
        f"{name}是国家重大公共卫生服务项目，本项目主管部门为{dept}，实施单位为{impl}，主要开展艾滋病检测、高危人群干预和感染者随访治疗。",
        f"2022年该项目资金总额{num(fa)}万元，其中中央补助资金120.00万元、自治区补助资金42.50万元、县级配套资金24.00万元。年初预算{num(fa)}万元，全年预算{num(fa)}万元，全年实际支出{num(fe)}万元，预算执行率{pct(rate)}。",
        "二、绩效目标完成情况",
        f"预算执行率指标权重20分，按执行率计得{num(es)}分。其余绩效指标完成情况见下表。",
        (grid, []),
        "三、自评结论",
        f"{name}2022年度自评得分{num(total)}分，自评等级为优。",
        "四、存在问题及改进措施",
        "受检群众满意度略低于目标，主要是检测点等候时间较长。下一步将增设自愿咨询检测时段。",
        impl,
        "2023年3月15日",
    ]
    facts = {"kind": "项目支出", "year": 2022, "unit": {"supervising_department": dept},
             "project": {"name": name, "implementing_unit": impl},
             "budget": {"initial": fa, "adjusted": fa, "executed": fe, "stated_execution_rate": rate},
             "indicators": [{"name": "预算执行率", "weight": D(20), "actual": {"value": rate, "unit": "%"},
                             "stated_score": es}, *(exp(i, deviation_note=None) for i in inds)],
             "stated_total": total, "stated_grade": "优"}
    return Report("x08-gx-lingshan-cdc-project-docx-joinedlevels", ".docx", docx_flow(blocks), facts,
                  "Guangxi CDC project, Word: 主管部门/实施单位 in a sentence, funds by source in prose, execution score in "
                  "prose, 指标类型 “产出指标-数量指标” joined, 指标性质 and 完成率 columns")


REPORTS = [x02, x05, x06, x08]
