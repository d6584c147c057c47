# ruff: noqa: E501  (report sentences are kept on one line to stay readable)
"""Reports whose form was copied from a web page as rows of cells joined by " | ": with or without a
leading "|", "||||" for trailing empty cells, "|||||||" row breaks, merged first cells (continuation
rows with fewer cells than the header)."""

from __future__ import annotations

from typing import Any

from fifth_facts import (
    D,
    Report,
    blocks_of,
    exec_score,
    execution_indicator,
    expected_indicator,
    items_of,
    money,
    num,
    pct,
    project_facts,
    q,
    r2,
    rate_of,
    sum_scores,
    t,
)
from fifth_forms import central_project, central_whole, hubei_project, sichuan_project
from fifth_prose import page_bottom, page_top, sections
from fifth_shapes import c, cells_per_line, pipe_rows


# ---------------------------------------------------------------- p05
def p05() -> Report:
    unit = "射洪市司法局"
    name = "法律援助办案补贴项目"
    a, b, e = D("18.00"), D("22.60"), D("21.47")
    rate = rate_of(e, b)
    es = exec_score(10, rate)
    inds = [
        q("法律援助案件办结数", "产出指标", "数量指标", 25, "≥", 260, "件", 274, 25),
        q("案件质量评查合格率", "产出指标", "质量指标", 20, "≥", 95, "%", 97.3, 20),
        q("补贴发放及时率", "产出指标", "时效指标", 10, "=", 100, "%", 100, 10),
        q("单件办案补贴标准", "产出指标", "成本指标", 10, "≤", 850, "元", 820, 10),
        t("困难群众合法权益", "效益指标", "社会效益指标", 15, "有效维护", "有效维护", 15),
        q("受援人满意度", "满意度指标", "服务对象满意度指标", 10, "≥", 90, "%", 88.5, 9.83,
          note="个别受援人对办案周期有意见，将加强案件进度告知"),
    ]
    total = sum_scores(inds, es)
    grid = sichuan_project(
        2023, "510000_0013zp", f"51098123T000010305512-{name}", unit, unit,
        ("按照法律援助补贴标准，及时足额向承办律师和基层法律服务工作者支付办案补贴，保障困难群众获得法律援助。",
         "全年办结法律援助案件274件，补贴按季度足额发放。"),
        "年中根据办案量增长追加预算4.60万元，用于支付第四季度新增案件补贴；补贴经案件质量评查合格后支付。",
        (a, b, e, pct(rate), "10", num(es)),
        [("其中：财政资金", a, b, e, pct(rate)), ("财政专户管理资金", 0, 0, 0, "0.00%"),
         ("单位资金", 0, 0, 0, "0.00%"), ("其他资金", None, None, None, "")],
        inds, num(total),
        f"经自评，该项目得分{num(total)}分，法律援助案件办结数、质量评查合格率等指标均完成年度目标，困难群众合法权益得到有效维护。",
        "个别案件办理周期偏长，受援人满意度略低于目标值。",
        "加强对承办人员的办案督导，建立案件进度定期告知制度。",
        ("何光辉", "蒋小梅"))
    text = [
        *page_top("射洪市人民政府", ["首页", "信息公开", "法定主动公开内容", "预算决算"]),
        f"{unit}2023年度{name}支出绩效自评报告",
        "发布时间：2024-05-28    信息来源：射洪市司法局    阅读次数：52",
        "",
        "一、项目基本情况",
        f"{name}是保障法律援助工作正常开展的经常性项目，资金用于向承办法律援助案件的律师、基层法律服务工作者支付办案补贴。2023年年初预算{money(a)}万元，年中追加后调整为{money(b)}万元，全年支出{money(e)}万元，预算执行率{pct(rate)}。",
        *sections(unit, "该项目", ("二", "三", "四", "五", "六")),
        "",
        "附件：部门预算项目支出绩效自评表",
        pipe_rows(grid, width=11),
        *page_bottom("射洪市人民政府", ["射洪市司法局2023年度部门整体支出绩效自评报告", "射洪市司法局2023年度人民调解经费项目支出绩效自评表"],
                     "5109810006", "蜀ICP备05028761号", "川公网安备51098102000093号"),
    ]
    facts = project_facts(2023, unit, name, unit, {
        "budget": {"initial": a, "adjusted": b, "executed": e, "stated_execution_rate": rate,
                   "fund_rows": [{"name": "财政资金", "initial": a, "adjusted": b, "executed": e},
                                 {"name": "财政专户管理资金", "initial": D(0), "adjusted": D(0), "executed": D(0)},
                                 {"name": "单位资金", "initial": D(0), "adjusted": D(0), "executed": D(0)}]},
        "indicators": [execution_indicator(10, rate, es), *(expected_indicator(i) for i in inds)],
        "stated_total": total, "full_mark": D(100),
    })
    return Report("p05-sc-shehong-justice-project-pipes", ".txt", "\n".join(text) + "\n", facts,
                  "Sichuan form as web-copied rows \"a | b |\" without a leading pipe, trailing \"||||\", merged 一级/二级 cells")


# ---------------------------------------------------------------- p06
def p06() -> Report:
    unit = "桂林市七星区漓东街道办事处"
    a, b, e = D("1566.20"), D("1703.88"), D("1661.30")
    rows = [("年度资金总额", a, b, e), ("其中：财政拨款", D("1498.20"), D("1620.48"), D("1577.90")),
            ("其他资金", D("68.00"), D("83.40"), D("83.40"))]
    rate = rate_of(e, b)
    es = exec_score(10, rate)
    inds = [
        q("社区网格事件处置数", "产出指标", "数量指标", 10, "≥", 3200, "件", 3415, 10),
        q("老旧小区改造户数", "产出指标", "数量指标", 10, "≥", 480, "户", 512, 10),
        q("矛盾纠纷调解成功率", "产出指标", "质量指标", 10, "≥", 95, "%", 95, 10, act_cell="≥95%", actual_cmp="≥"),
        q("民生实事完成及时率", "产出指标", "时效指标", 10, "≥", 90, "%", 92, 10),
        q("公用经费控制率", "产出指标", "成本指标", 10, "≤", 100, "%", 96.8, 10),
        t("辖区安全稳定", "效益指标", "社会效益指标", 10, "无重大事件", "无重大事件", 10),
        q("居民就业帮扶人数", "效益指标", "社会效益指标", 10, "≥", 150, "人", 138, 9.2,
          note="辖区企业用工需求下降，将加强与人社部门的岗位对接"),
        t("社区治理能力", "效益指标", "可持续影响指标", 10, "持续提升", "持续提升", 10),
        q("辖区居民满意度", "满意度指标", "服务对象满意度指标", 10, "≥", 90, "%", 91.2, 10),
    ]
    total = sum_scores(inds, es)
    grid = central_project("（2022年度）", unit, None, "", rows, ("10", pct(rate), num(es)),
                           ("保障街道机关正常运转，完成社区网格化管理、老旧小区改造、矛盾纠纷调解和就业帮扶等年度任务。",
                            "全年处置网格事件3415件，改造老旧小区512户，调解矛盾纠纷成功率达到目标，就业帮扶138人。"),
                           inds, num(total), title="部门整体支出绩效自评表", money_label="年度预算申请（万元）",
                           name_label="部门（单位）名称")
    bodies = ["党政综合办公室", "社区建设办公室", "城市管理办公室", "平安建设办公室"]
    staff = [["编制数", "实际在职人数", "控制率"], ["38", "36", pct(r2(D(36) / 38 * 100))]]
    text = [
        f"{unit}2022年度部门整体支出绩效自评报告",
        "",
        "一、部门基本情况",
        "（一）部门职能",
        "漓东街道办事处是区人民政府的派出机关，负责辖区党的建设、社区建设、城市管理、平安建设、民生保障和公共服务等工作，辖8个社区。",
        "（二）机构设置",
        f"街道内设{'、'.join(bodies)}等4个办公室。",
        "（三）人员情况",
        cells_per_line(staff),
        "（四）预算收支情况",
        f"2022年度年初预算{money(a)}万元，全年预算{money(b)}万元，全年执行{money(e)}万元，预算执行率{pct(rate)}。",
        *sections(unit, "街道部门整体支出"),
        "七、自评结论",
        f"经自评，街道2022年度部门整体支出绩效自评得分{num(total)}分，评价等级为优。",
        "",
        "附件：部门整体支出绩效自评表",
        "",
        pipe_rows(grid, lead=True, width=10, breaks=frozenset({3, 8, 11, len(grid) - 1})),
    ]
    facts: dict[str, Any] = {
        "kind": "整体支出", "year": 2022,
        "unit": {"name": unit, "staff_total": 36, "staff_establishment": 38,
                 "internal_bodies": bodies, "internal_bodies_count": 4},
        "budget": {"initial": a, "adjusted": b, "executed": e, "stated_execution_rate": rate,
                   "fund_rows": [{"name": n.removeprefix("其中："), "initial": x, "adjusted": y, "executed": z}
                                 for n, x, y, z in rows[1:]]},
        "indicators": [execution_indicator(10, rate, es), *(expected_indicator(i) for i in inds)],
        "stated_total": total, "stated_grade": "优", "full_mark": D(100),
    }
    return Report("p06-gx-qixing-street-whole-pipes", ".txt", "\n".join(text) + "\n", facts,
                  "Guangxi street: label/value staff lines, \"等4个\", whole-unit form as \"| a | b |\" rows with \"|||||||\" breaks; a target copied into 实际完成值",
                  ["COMPARATOR_IN_ACTUAL"])


# ---------------------------------------------------------------- p07
def p07() -> Report:
    unit, dept = "孝感市应用技术学校", "孝感市教育局"
    name = "学生资助项目"
    b, e = D("286.50"), D("298.74")
    rate = rate_of(e, b)
    blocks = {"产出指标": 40, "效益指标": 30, "满意度指标": 10}
    inds = [
        q("国家助学金资助人数", "产出指标", "数量指标", 10, "≥", 620, "人", 634, 10),
        q("免学费学生人数", "产出指标", "数量指标", 10, "≥", 1480, "人", 1512, 10),
        q("资助对象认定准确率", "产出指标", "质量指标", 10, "=", 100, "%", 100, 10),
        q("资助资金发放及时率", "产出指标", "时效指标", 10, "=", 100, "%", 100, 10),
        t("家庭经济困难学生入学保障", "效益指标", "社会效益指标", 15, "应助尽助", "应助尽助", 15),
        t("资助育人长效机制", "效益指标", "可持续影响指标", 15, "逐步健全", "逐步健全", 14,
          note="资助育人活动形式较单一，下一年度增加勤工助学岗位"),
        q("受助学生满意度", "满意度指标", "服务对象满意度指标", 10, "≥", 90, "%", 94.5, 10),
    ]
    total = sum_scores(inds, 20)
    grid = hubei_project("2023年学生资助项目绩效目标自评表", name, dept, unit, (b, e, pct(rate), "20"), inds, blocks,
                         num(total))
    text = [
        f"{unit}2023年学生资助项目绩效自评报告",
        "",
        "一、项目概况",
        f"学生资助项目包括中职国家助学金和免学费补助两部分。2023年度项目预算{money(b)}万元，因秋季学期招生人数增加，省级追加的免学费补助资金在年底前到位，全年实际支出{money(e)}万元，预算执行率{pct(rate)}。",
        "二、项目绩效目标完成情况",
        "全年资助国家助学金学生634人，免学费学生1512人，资助资金全部按学期足额发放到学生个人账户，资助对象认定准确率100%，受助学生满意度94.5%。",
        "学校成立了由校长任组长的学生资助工作领导小组，资助中心配备专职工作人员2名，各班级成立由班主任和学生代表组成的评议小组。资助对象经个人申请、班级评议、学校审核并公示5个工作日无异议后确定，相关资料按“一人一档”归档。",
        *sections(unit, "学生资助项目", ("三", "四", "五", "六", "七")),
        "",
        "附件",
        "",
        pipe_rows(grid, lead=True, width=9),
        "",
        "填报人：黄静    审核人：周德明    联系电话：0712-2863315",
    ]
    facts = project_facts(2023, dept, name, unit, {
        "budget": {"adjusted": b, "executed": e, "stated_execution_rate": rate},
        "indicators": [execution_indicator(20, rate, 20), *(expected_indicator(i) for i in inds)],
        "stated_total": total, "stated_block_weights": blocks_of(blocks),
    })
    return Report("p07-hb-xiaogan-school-project-pipes", ".txt", "\n".join(text) + "\n", facts,
                  "Hubei 项目绩效目标自评表 (预算执行 20分, 产出40/效益30/满意度10) as \"| a | b |\" rows; 总分 only in the header (\"总分：99分\")",
                  ["EXECUTION_RATE_OVER_100"])


# ---------------------------------------------------------------- p28
def p28() -> Report:
    unit = "信丰县水利局"
    a, b, e = D("2310.00"), D("2746.85"), D("2689.37")
    rows = [("年度资金总额", a, b, e), ("其中：当年财政拨款", D("2310.00"), D("2602.85"), D("2545.37")),
            ("上年结转资金", None, D("144.00"), D("144.00")), ("其他资金", None, None, None)]
    rate = rate_of(e, b)
    es = D("9.79")
    inds = [
        q("河道管护长度", "产出指标", "数量指标", 10, "≥", 320, "公里", 326, 10),
        q("小型水库安全鉴定座数", "产出指标", "数量指标", 10, "≥", 18, "座", 18, 10),
        q("水利工程验收合格率", "产出指标", "质量指标", 10, "=", 100, "%", 100, 10),
        q("防汛物资储备到位率", "产出指标", "时效指标", 10, "=", 100, "%", 100, 10),
        q("农村饮水工程维修单价", "产出指标", "成本指标", 10, "≤", 3.5, "万元/处", 3.42, 10),
        q("农村自来水普及率", "效益指标", "社会效益指标", 10, "≥", 90, "%", 88.6, 8.21,
          note="部分偏远自然村管网延伸工程跨年实施"),
        q("水土流失治理面积", "效益指标", "生态效益指标", 10, "≥", 12, "平方公里", 12.5, 10),
        t("水利工程长效管护", "效益指标", "可持续影响指标", 10, "机制健全", "基本健全", 8,
          note="村级管护员考核办法尚在完善"),
        q("受益群众满意度", "满意度指标", "服务对象满意度指标", 10, "≥", 90, "%", 92.3, 10),
    ]
    total = sum_scores(inds, es)
    assert total == 96, total
    grid = central_project("（2021年度）", unit, None, "", rows, ("10", pct(rate), num(es)),
                           ("完成河道管护、小型水库安全鉴定、农村饮水工程维修和水土流失治理等年度任务，保障防洪安全和群众饮水安全。",
                            "全年管护河道326公里，完成小型水库安全鉴定18座，治理水土流失12.5平方公里，汛期未发生水库安全事故。"),
                           inds, num(total), title="部门整体支出绩效自评表", money_label="年度资金（万元）",
                           name_label="部门名称", grade="优")
    grid.insert(2, [c("填报单位（盖章）：信丰县水利局", 4), c("自评得分：96", 3), c("自评等级：优", 3)])
    text = [
        "附件1",
        "",
        f"{unit}部门整体支出绩效自评报告",
        "",
        "一、部门基本情况",
        "本局是县人民政府主管水行政的工作部门，负责全县水资源管理、水利工程建设与运行管理、河湖管护、水土保持、农村水利和防汛抗旱等工作。",
        "二、部门整体支出情况",
        f"本年度年初预算{money(a)}万元，年中追加防汛救灾和水库除险加固资金，全年预算调整为{money(b)}万元，其中上年结转资金144.00万元；全年执行{money(e)}万元，预算执行率{pct(rate)}。",
        *sections(unit, "本部门整体支出", ("三", "四", "五", "六", "七")),
        "八、自评结论",
        f"对照部门整体支出绩效评价指标，本局本年度部门整体支出绩效自评得分{num(total)}分（满分100分），自评等级为优。",
        "",
        "附件2",
        "",
        pipe_rows(grid, lead=True, width=10),
        "",
        "填报人：钟丽华          联系电话：0797-3322417          填报日期：2022年4月18日",
        "",
        "说明：1.年度资金总额指部门年度预算资金总额；2.绩效指标根据部门职责和年度工作任务设置；3.总分满分100分，90分（含）以上为优，80分（含）-90分为良，60分（含）-80分为中，60分以下为差。",
    ]
    facts: dict[str, Any] = {
        "kind": "整体支出", "year": 2021,
        "unit": {"name": unit},
        "budget": {"initial": a, "adjusted": b, "executed": e, "stated_execution_rate": rate,
                   "fund_rows": [{"name": "当年财政拨款", "initial": D("2310.00"), "adjusted": D("2602.85"), "executed": D("2545.37")},
                                 {"name": "上年结转资金", "adjusted": D("144.00"), "executed": D("144.00")}]},
        "indicators": [execution_indicator(10, rate, es), *(expected_indicator(i) for i in inds)],
        "stated_total": total, "stated_grade": "优", "full_mark": D(100),
    }
    return Report("p28-jx-xinfeng-water-whole-grade-pipes", ".txt", "\n".join(text) + "\n", facts,
                  "Jiangxi: a prose report with no year, then the form with \"自评得分：96\" in its header block, \"| 总分 | 100 | 96 | 优 |\", the year only as \"（2021年度）\" and a 填报日期 of 2022")


# ---------------------------------------------------------------- p29
def p29() -> Report:
    unit = "邵阳县市场监督管理局"
    a, b = D("1288.60"), D("1437.92")
    income = [("其中：一般公共预算：", D("1352.12")), ("政府性基金拨款：", None),
              ("纳入专户管理的非税收入拨款：", D("85.80")), ("其他资金：", None)]
    spend = [("其中：基本支出：", D("1016.44")), ("项目支出：", D("421.48"))]
    inds = [
        q("食品安全监督抽检批次", "产出指标", "数量指标", 10, "≥", 1200, "批次", 1268, 10),
        q("特种设备定期检验率", "产出指标", "质量指标", 10, "≥", 98, "%", 99.1, 10),
        q("投诉举报按时办结率", "产出指标", "时效指标", 10, "≥", 95, "%", 97.6, 10),
        q("抽检样品单价", "产出指标", "成本指标", 10, "≤", 600, "元", 585, 10),
        q("重大食品安全事故起数", "效益指标", "社会效益指标", 15, "=", 0, "起", 0, 15),
        q("市场主体净增户数", "效益指标", "经济效益指标", 10, "≥", 2000, "户", 2216, 10),
        t("市场秩序", "效益指标", "可持续影响指标", 10, "规范有序", "规范有序", 10),
        q("市场主体满意度", "满意度指标", "服务对象满意度指标", 15, "≥", 90, "%", 90.8, 15),
    ]
    total = sum_scores(inds, 10)
    grid = central_whole("（2022年度）", unit, (a, b, None, "10", "", "10"),
                         [("按收入性质分：", b), *income], [("按支出性质分：", b), *spend],
                         ("加强食品、药品、特种设备安全监管，规范市场秩序，优化营商环境，完成抽检、检验、投诉处理等年度任务。",
                          "全年完成食品安全监督抽检1268批次，特种设备定期检验率99.1%，投诉举报按时办结率97.6%，未发生重大食品安全事故。"),
                         inds, num(total))
    text = [
        f"{unit}2022年度部门整体支出绩效自评报告",
        "",
        "一、部门概况",
        "本局为县人民政府工作部门，负责全县市场综合监督管理、市场主体登记注册、食品安全监督管理、特种设备安全监察、产品质量和计量标准化等工作，下设19个市场监管所。",
        "2022年，本局围绕“放管服”改革和食品安全县创建，深化商事制度改革，推行企业开办“一网通办”，全年新登记市场主体5138户；开展校园及周边食品安全、农村假冒伪劣食品等专项整治，立案查处各类违法案件362件。",
        "二、部门整体支出管理及使用情况",
        f"2022年度年初预算{money(a)}万元，全年预算{money(b)}万元，其中：基本支出1016.44万元，项目支出421.48万元。",
        *sections(unit, "本部门整体支出", ("三", "四", "五", "六", "七")),
        "",
        "附件：部门整体支出绩效自评表",
        "",
        pipe_rows(grid, width=10),
    ]
    facts: dict[str, Any] = {
        "kind": "整体支出", "year": 2022,
        "unit": {"name": unit},
        "budget": {"initial": a, "adjusted": b,
                   "income_total": b,
                   "income_items": items_of(income),
                   "expenditure_total": b,
                   "expenditure_items": items_of(spend)},
        "indicators": [{"name": "预算执行率", "weight": D(10), "stated_score": D(10)},
                       *(expected_indicator(i) for i in inds)],
        "stated_total": total, "full_mark": D(100),
    }
    return Report("p29-hn-shaoyang-market-whole-pipes", ".txt", "\n".join(text) + "\n", facts,
                  "Hunan whole-unit form as \"a | b |\" rows with merged continuation rows; 全年执行数 and 执行率 blank beside a full 得分",
                  ["FULL_SCORE_BLANK_VALUE"])


REPORTS = [p05, p06, p07, p28, p29]
