# ruff: noqa: E501  (report sentences are kept on one line to stay readable)
"""Prose reports (一、基本情况 …) with the form appended in some flattened shape, prose-only reports,
and reports copied from mirror sites in traditional characters with inline pinyin."""

from __future__ import annotations

from typing import Any

from fifth_cases import CentralCase
from fifth_facts import (
    D,
    Report,
    blocks_of,
    exec_score,
    execution_indicator,
    expected_indicator,
    grade_of,
    money,
    num,
    pct,
    q,
    r2,
    rate_of,
    sum_scores,
    t,
)
from fifth_forms import central_project, cq_whole, hunan_score_table
from fifth_prose import EXPERIENCE, MEASURES, PROBLEMS, sections
from fifth_shapes import cells_per_line, pipe_rows, row_lines
from fifth_trad import ruby, to_trad


# ---------------------------------------------------------------- p19
def p19() -> Report:
    unit, dept, name = "遵义市播州区石板河镇中心小学", "遵义市播州区教育局", "农村义务教育学生营养改善计划"
    a = b = D("68.50")
    e = D("67.92")
    inds = [
        q("受益学生人数", "产出指标", "数量指标", 15, "≥", 1300, "人", 1326, 15),
        q("供餐天数", "产出指标", "数量指标", 10, "≥", 180, "天", 182, 10),
        q("食品安全事故发生率", "产出指标", "质量指标", 10, "=", 0, "%", 0, 10),
        q("补助资金拨付及时率", "产出指标", "时效指标", 5, "=", 100, "%", 100, 5),
        q("生均每天膳食补助标准", "产出指标", "成本指标", 10, "≤", 5, "元", 5, 10),
        q("学生营养健康状况改善率", "效益指标", "社会效益指标", 15, "≥", 3, "%", 3.4, 15),
        t("学生营养改善长效机制", "效益指标", "可持续影响指标", 15, "逐步健全", "逐步健全", 14),
        q("学生及家长满意度", "满意度指标", "服务对象满意度指标", 10, "≥", 95, "%", 96.8, 10),
    ]
    case = CentralCase(2022, name, dept, unit, a, b, e,
                       ("为农村义务教育学生提供营养膳食补助，每生每天5元，全年供餐180天以上，保障食品安全。",
                        "全年惠及学生1326人，供餐182天，未发生食品安全事故。"),
                       inds)
    rate, total = case.rate, case.total
    grid = case.grid()
    prose = [
        f"{unit}{name}项目绩效自评报告",
        "一、项目基本情况",
        f"{name}是国家在农村义务教育阶段实施的惠民项目。2022年我校预算资金 {money(b)} 万元，其中中央资金50万，地方配套18.5万，全部用于学生膳食补助，不得用于人员工资和学校公用经费。",
        f"截至2022年12月31日，项目实际支出{money(e)}万元，预算执行率{pct(rate)}，结余资金{money(b - e)}万元结转下年继续用于学生膳食。",
        "二、项目实施情况",
        "学校实行食堂供餐，严格执行食材集中采购、索证索票和陪餐制度，每日公示带量食谱，建立学生营养健康监测档案。",
        *sections(unit, "该项目", ("三", "四", "五", "六", "七")),
        "八、自评结论",
        f"经自评，该项目得分{num(total)}分，等级为{grade_of(total)}。",
        "附件：项目支出绩效自评表",
    ]
    simplified = "\n".join(prose) + "\n" + pipe_rows(grid, width=9) + "\n"
    head = ["【导读】学校营养改善计划项目绩效自评报告（精选）由网友整理发布，希望能够帮助到大家。", ""]
    foot = ["", "本文地址：学校营养改善计划项目绩效自评报告  转载请保留本文链接，谢谢！", "上一篇：学校生均公用经费绩效自评报告",
            "下一篇：乡镇卫生院基本公共卫生服务项目自评报告"]
    body = ruby(to_trad("\n".join(head) + "\n" + simplified + "\n".join(foot) + "\n"))
    facts = case.facts(grade=True)
    return Report("p19-gz-bozhou-school-project-trad-ruby", ".txt", body, facts,
                  "Mirror site in traditional characters with inline pinyin (項(xiàng)目, 萬(wàn)元); \"預算資金 68.50 萬元\", \"50萬\"; form as pipe rows")


# ---------------------------------------------------------------- p20
def p20() -> Report:
    unit = "郴州市北湖区民政局"
    a, b, e = D("3125.60"), D("3468.92"), D("3401.15")
    rate = rate_of(e, b)
    es = exec_score(10, rate)
    inds = [
        q("城乡低保对象保障人数", "产出指标", "数量指标", 10, "≥", 4200, "人", 4316, 10),
        q("特困人员供养人数", "产出指标", "数量指标", 10, "≥", 380, "人", 392, 10),
        q("救助资金发放准确率", "产出指标", "质量指标", 10, "=", 100, "%", 100, 10),
        q("临时救助审批时限", "产出指标", "时效指标", 10, "≤", 15, "天", 12, 10),
        q("城市低保月人均补助水平", "产出指标", "成本指标", 10, "≥", 520, "元", 535, 10),
        t("困难群众基本生活", "效益指标", "社会效益指标", 15, "有效保障", "有效保障", 15),
        t("社会救助体系", "效益指标", "可持续影响指标", 15, "不断完善", "不断完善", 14),
        q("救助对象满意度", "满意度指标", "服务对象满意度指标", 10, "≥", 90, "%", 93.2, 10),
    ]
    total = sum_scores(inds, es)
    grid = central_project("（2023年度）", unit, None, "",
                           [("年度资金总额", a, b, e), ("其中：财政拨款", D("3085.60"), D("3428.92"), D("3361.15")),
                            ("其他资金", D("40.00"), D("40.00"), D("40.00"))],
                           ("10", pct(rate), num(es)),
                           ("落实城乡低保、特困供养、临时救助等社会救助政策，兜牢困难群众基本生活底线，推进养老服务体系建设。",
                            "全年保障城乡低保对象4316人、特困人员392人，临时救助审批时限缩短至12天，困难群众基本生活得到有效保障。"),
                           inds, num(total), title="部门整体支出绩效自评表", money_label="年度预算（万元）",
                           name_label="部门（单位）名称")
    prose = [
        f"{unit}2023年度部门整体支出绩效自评报告",
        "一、部门基本情况",
        "区民政局是区人民政府主管社会行政事务的工作部门，负责社会救助、养老服务、儿童福利、社会事务、社会组织管理和基层政权建设等工作。",
        f"2023年度年初预算{money(a)}万元，全年预算{money(b)}万元，全年执行{money(e)}万元，预算执行率{pct(rate)}。",
        *sections(unit, "本部门整体支出"),
        "七、自评结论",
        f"经自评，本部门2023年度部门整体支出绩效自评得分{num(total)}分，等级为{grade_of(total)}。",
        "附件：部门整体支出绩效自评表",
        "",
    ]
    body = to_trad("\n".join(prose) + "\n" + cells_per_line(grid, blank=True) + "\n")
    facts: dict[str, Any] = {
        "kind": "整体支出", "year": 2023,
        "unit": {"name": unit},
        "budget": {"initial": a, "adjusted": b, "executed": e, "stated_execution_rate": rate,
                   "fund_rows": [{"name": "财政拨款", "initial": D("3085.60"), "adjusted": D("3428.92"), "executed": D("3361.15")},
                                 {"name": "其他资金", "initial": D("40.00"), "adjusted": D("40.00"), "executed": D("40.00")}]},
        "indicators": [execution_indicator(10, rate, es), *(expected_indicator(i) for i in inds)],
        "stated_total": total, "stated_grade": grade_of(total), "full_mark": D(100),
    }
    return Report("p20-hn-beihu-civil-whole-trad-cells", ".txt", body, facts,
                  "Whole report in traditional characters (no pinyin); form one cell per line with blank lines")


# ---------------------------------------------------------------- p21
def p21() -> Report:
    unit, dept, name = "文山州政务数据服务中心", "文山州数据局", "政务云平台运维经费"
    a, b, e = D("126.00"), D("118.50"), D("115.73")
    inds = [
        q("政务云承载业务系统数", "产出指标", "数量指标", 15, "≥", 85, "个", 92, 15),
        q("云平台可用率", "产出指标", "质量指标", 10, "≥", 99.9, "%", 99.95, 10),
        q("网络安全等级保护测评通过率", "产出指标", "质量指标", 10, "=", 100, "%", 100, 10),
        q("故障响应时间", "产出指标", "时效指标", 5, "≤", 30, "分钟", 20, 5),
        q("单个系统年均运维成本", "产出指标", "成本指标", 10, "≤", 1.5, "万元", 1.26, 10),
        t("政务数据共享水平", "效益指标", "社会效益指标", 15, "明显提升", "明显提升", 15),
        t("集约化建设运维机制", "效益指标", "可持续影响指标", 15, "持续完善", "基本完善", 12,
          note="部分县市业务系统尚未迁移上云，2025年继续推进"),
        q("使用单位满意度", "满意度指标", "服务对象满意度指标", 10, "≥", 90, "%", 95.5, 10),
    ]
    case = CentralCase(2024, name, dept, unit, a, b, e,
                       ("保障州级政务云平台安全稳定运行，承载州级部门业务系统85个以上，平台可用率不低于99.9%。",
                        "全年承载业务系统92个，平台可用率99.95%，通过网络安全等级保护测评，未发生重大网络安全事件。"),
                       inds)
    rate, total = case.rate, case.total
    grid = case.grid()
    prose = [
        "预算绩效管理",
        "- 索引号: wszwsj/2025-00007",
        f"- 发布机构: {unit}",
        "- 文号:",
        "- 发布日期: 2025-04-25",
        "- 时效性: 有效",
        f"{unit}2024年度项目支出绩效单位自评报告",
        "一、基本情况",
        f"2024年，{unit}（以下简称“州数据中心”）实施{name}项目1个，年初批复预算{num(a)}万元，调整预算后项目预算{money(b)}万元，实际到位资金{money(b)}万元，截至2024年12月31日支出{money(e)}万元，资金执行率{pct(rate)}。",
        "（一）项目概况",
        "1.项目立项背景",
        "州级政务云平台于2019年建成，为州级部门提供计算、存储、网络和安全等基础资源服务，是全州政务信息系统集约化建设的重要支撑。预算项目经费用于保障平台软硬件运维、网络安全防护和云资源扩容。",
        "2.项目主要内容及实施情况",
        "全年完成平台巡检365次，处置各类故障47起，新增迁移上云业务系统7个，开展网络安全攻防演练2次。",
        "（二）项目绩效目标",
        "保障政务云平台安全稳定运行，承载州级部门业务系统85个以上，平台可用率不低于99.9%，使用单位满意度90%以上。",
        "二、绩效评价工作开展情况",
        "（一）绩效评价目的、对象和范围", "评价对象为2024年度政务云平台运维经费项目，评价范围包括资金投入、使用、管理及绩效目标完成情况。",
        "（二）绩效评价原则、评价指标体系、评价方法、评价标准", "评价遵循科学规范、公正公开、分类管理、绩效相关的原则，采用目标比较法和因素分析法。",
        "三、综合评价情况及评价结论",
        f"经自评，该项目自评得分{num(total)}分，自评等级为{grade_of(total)}。",
        "四、绩效评价指标分析",
        "1.产出指标：承载业务系统92个，完成年度目标；平台可用率99.95%；等保测评全部通过；故障平均响应时间20分钟。",
        "2.效益指标：政务数据共享水平明显提升，集约化建设运维机制基本完善。",
        "3.满意度指标：对使用单位开展问卷调查，收回有效问卷86份，满意度95.5%。",
        "五、主要经验及做法", *EXPERIENCE,
        "六、存在的问题及原因分析", *PROBLEMS,
        "七、有关建议", *MEASURES,
        "附件：项目支出绩效自评表",
    ]
    facts = case.facts(grade=True)
    return Report("p21-yn-wenshan-data-project-prose-cells", ".txt", "\n".join(prose) + "\n" + cells_per_line(grid) + "\n", facts,
                  "Yunnan centre: \"- 索引号:\" metadata list; 年初批复预算…万元，调整预算后项目预算…万元; central project form one cell per line")


# ---------------------------------------------------------------- p22
def p22() -> Report:
    unit, name = "衡南县云集镇第二中学", "生均公用经费项目"
    total_b, upper, local = D("186"), D("139.5"), D("46.5")
    e = D("172.38")
    prose = [
        f"{unit}专项资金绩效自评价报告",
        "一、基本情况",
        f"（一）项目基本概况我校2022年项目为一个：{name}",
        f"（二）资金及项目绩效目标我校2022年按生均1000元安排，共计{num(total_b)}万元，其中上级资金{num(upper)}万元，本级{num(local)}万元，项目绩效目标是保证学校的正常运转",
        "二、项目资金使用及管理情况",
        f"我校{name}，资金严格按照上级有关文件的要求，主要用于保障学校正常运转、完成教学活动和其他日常工作任务等方面的支出，包括办公费、水电费、差旅费、维修费、培训费等方面的支出，没有用于人员类等方面的支出。其中办公费已支出38.62万元，水电费已支出41.17万元，维修费已支出29.80万元，教师培训费已支出18.46万元。",
        "学校严格执行《中小学校财务制度》，公用经费实行校长“一支笔”审批，大额支出经校务会集体研究，所有支出均通过国库集中支付系统办理，做到专款专用。",
        "学校现有教学班24个，在校学生1860人，教职工112人。公用经费按照“保运转、保安全、保教学”的原则安排，优先保障教育教学和校园安全支出，严禁用于发放津贴补贴和偿还债务。",
        "三、预算支出组织实施情况",
        f"我校2022年财政安排支出共计{num(e)}万元，余款安排下年支出",
        "四、预算支出绩效情况",
        "保证了学校的正常运转。全年开齐开足国家规定课程，完成教学设备维护和校舍零星维修，组织教师参加各级培训326人次，学校教育教学秩序良好，全年未发生安全责任事故。",
        "五、存在的问题及原因分析",
        "我校生均公用经费项目运转正常，但随着学校规模扩大，水电费和维修费支出逐年增加，公用经费保障压力较大；部分支出进度偏慢，年底集中支付的情况仍然存在。",
        "六、几点建议",
        "一是建议上级资金拨付及时一点，便于学校合理安排支出进度；二是建议根据物价水平适当提高生均公用经费标准；三是加强财务人员业务培训。",
        "七、其他需要说明的问题",
        "暂无",
        "",
        *sections(unit, "生均公用经费", ("附一", "附二", "附三", "附四", "附五"), use=False),
        "",
        f"{unit}",
        "2023年3月10日",
        "",
        "附：生均公用经费支出明细（单位：万元）",
        "办公费 38.62　水电费 41.17　维修费 29.80　培训费 18.46　差旅费 12.35　其他商品和服务支出 31.98",
    ]
    facts: dict[str, Any] = {
        "kind": "项目支出", "year": 2022,
        "project": {"name": name, "implementing_unit": unit},
        "budget": {"adjusted": total_b, "executed": e,
                   "fund_rows": [{"name": "上级资金", "adjusted": upper}, {"name": "本级", "adjusted": local}]},
    }
    return Report("p22-hn-hengnan-school-project-prose", ".txt", "\n".join(prose) + "\n", facts,
                  "Hunan school: prose only, headings run into text; 共计X万元，其中上级资金…，本级…; 财政安排支出共计X (executed); sub-items \"已支出\"")


# ---------------------------------------------------------------- p23
def p23() -> Report:
    unit = "华容县政协办公室"
    a, b, e = D("630.00"), D("702.15"), D("695.27")
    rate = rate_of(e, b)
    items = [("人员经费支出", D("402.18")), ("公用经费支出", D("71.35")), ("项目支出", D("221.74"))]
    blocks = {"投入": 20, "过程": 30, "产出": 30, "效果": 20}
    inds = [
        t("绩效目标合理性", "投入", "目标设定", 10, "合理", "合理", 10, number=1),
        q("在职人员控制率", "投入", "预算配置", 10, "≤", 100, "%", 95.2, 10, number=2),
        q("预算完成率", "过程", "预算执行", 10, "≥", 95, "%", 99.02, 10, number=3),
        q("公用经费控制率", "过程", "预算执行", 10, "≤", 100, "%", 97.1, 10, number=4),
        t("管理制度健全性", "过程", "预算管理", 10, "健全", "基本健全", 8, number=5),
        q("提案立案数", "产出", "职责履行", 15, "≥", 150, "件", 163, 15, number=6),
        q("提案办复率", "产出", "职责履行", 15, "=", 100, "%", 100, 15, number=7),
        t("建言资政成效", "效果", "履职效益", 10, "明显", "较明显", 8.5, number=8),
        q("政协委员满意度", "效果", "履职效益", 10, "≥", 90, "%", 92, 10, number=9),
    ]
    total = sum_scores(inds)
    grid = hunan_score_table(inds, {"预算完成率": "完成率×分值", "提案办复率": "全部办复得满分"}, num(total), blocks)
    prose = [
        "欢迎来到华容县政协网站！",
        "您现在的位置：首页 > 工作动态 > 通知公告 > 部门整体支出绩效评价报告",
        "",
        "部门整体支出绩效评价报告",
        "",
        "【字体：】 【发布时间：2022-04-18 09:36】 【作者：县政协办】【阅读：",
        "部门整体支出绩效评价报告",
        "一、基本情况",
        "（一）部门整体支出概况。",
        "2021年部门决算收支完成情况。",
        "1、收入：688.40万元。同比上年度增加96.12万元，增长16.24%。其中：财政拨款收入688.40万元，同比上年度增加101.35万元，增长17.26%。",
        f"2、支出：{money(e)}万元。其中：" + "，".join(f"{n}{num(v)}万元" for n, v in items) + "。",
        f"3、预算执行：年初预算{money(a)}万元，调整后预算{money(b)}万元，实际执行{money(e)}万元，执行率{pct(rate)}。",
        "（二）部门整体支出绩效目标。",
        "县政协牢牢把握团结和民主两大主题，切实履行政治协商、民主监督、参政议政职能，围绕县委中心工作建言献策，加强委员队伍和机关自身建设。",
        "（三）部门整体支出或项目实施情况分析。",
        "本部门支出由基本支出和项目支出两个部分构成。基本支出主要包括人员经费及日常公用经费支出等。项目支出包括委员履职活动经费42.5万元，文史资料编印经费12万元（已支出11.36万元），信息化建设经费8万元，调研协商经费15万元，机关运行保障经费等。",
        "（四）部门履职情况。",
        "全年召开全体会议1次、常委会议5次、主席会议12次，组织专题协商和对口协商8次，开展民主监督性视察6次，编印文史资料1辑，向县委、县政府报送社情民意信息46篇，其中被上级采用9篇。",
        "二、部门整体支出绩效评价情况",
        f"按照部门整体支出绩效评价指标体系，经自评，综合得分{num(total)}分，评价等级为{grade_of(total)}。具体评分情况见下表：",
        "",
        pipe_rows(grid, lead=True, width=9),
        "",
        "三、主要经验及做法", *EXPERIENCE,
        "四、存在的问题", *PROBLEMS,
        "五、改进措施", *MEASURES,
        "六、其他需要说明的情况",
        "本部门2021年度无政府性基金预算和国有资本经营预算收支，无结转结余资金被收回情况。",
        "",
        unit,
        "2022年4月15日",
        "",
        "主办：中国人民政治协商会议华容县委员会办公室　地址：华容县章华镇人民路18号　联系电话：0730-4213315",
    ]
    facts: dict[str, Any] = {
        "kind": "整体支出", "year": 2021,
        "unit": {"name": unit},
        "budget": {"initial": a, "adjusted": b, "executed": e, "stated_execution_rate": rate,
                   "income_total": D("688.40"), "income_items": [{"name": "财政拨款收入", "amount": D("688.40")}],
                   "expenditure_total": e, "expenditure_items": [{"name": n, "amount": v} for n, v in items]},
        "indicators": [expected_indicator(i) for i in inds],
        "stated_total": total, "stated_grade": grade_of(total), "full_mark": D(100),
        "stated_block_weights": blocks_of(blocks),
    }
    return Report("p23-hn-huarong-cppcc-whole-prose-pipes", ".txt", "\n".join(prose) + "\n", facts,
                  "Hunan CPPCC page text: 收入：X万元。同比…增加…。其中：财政拨款收入…，同比…; 支出 items; sub-project amounts with 已支出; 评分表 as \"| a | b |\" rows")


# ---------------------------------------------------------------- p24
def p24() -> Report:
    unit = "廉江市横坑镇人民政府"
    a, b, e = D("2136.80"), D("2488.15"), D("2391.62")
    rate = rate_of(e, b)
    es = exec_score(10, rate)
    basic, project = D("1302.47"), D("1089.15")
    bodies = ["党政办公室", "经济发展办公室", "社会事务办公室", "规划建设办公室", "综合治理办公室", "农业农村办公室"]
    inds = [
        q("农村公路新改建里程", "产出指标", "数量指标", 10, "≥", 12, "公里", 12.8, 10),
        q("农村生活污水治理村数", "产出指标", "数量指标", 10, "≥", 6, "个", 6, 10),
        q("民生项目验收合格率", "产出指标", "质量指标", 10, "=", 100, "%", 100, 10),
        q("惠农补贴发放及时率", "产出指标", "时效指标", 10, "≥", 98, "%", 99, 10),
        q("公用经费支出", "产出指标", "成本指标", 10, "≤", 160, "万元", 152.3, 10),
        q("村集体经济收入10万元以上村占比", "效益指标", "经济效益指标", 10, "≥", 80, "%", 72.7, 9.09,
          note="2个村产业项目投产推迟，收益下年体现"),
        t("农村人居环境", "效益指标", "社会效益指标", 10, "明显改善", "明显改善", 10),
        t("基层治理体系", "效益指标", "可持续影响指标", 10, "进一步健全", "基本健全", 8.5,
          note="网格化管理信息平台尚未全覆盖"),
        q("群众满意度", "满意度指标", "服务对象满意度指标", 10, "≥", 90, "%", 88, 9.78,
          note="部分群众对道路施工期间出行不便有意见"),
    ]
    total = sum_scores(inds, es)
    grid = central_project("（2023年度）", unit, None, "",
                           [("年度资金总额", a, b, e), ("其中：财政拨款", a, b, e), ("其他资金", None, None, None)],
                           ("10", pct(rate), num(es)),
                           ("推进乡村振兴和“百千万工程”，完成农村公路新改建、生活污水治理和人居环境整治等年度任务。",
                            "全年新改建农村公路12.8公里，完成6个村生活污水治理，惠农补贴按时发放。"),
                           inds, num(total), title="部门整体支出绩效自评表", money_label="年度资金（万元）",
                           name_label="单位名称", grade=grade_of(total))
    prose = [
        f"{unit}2023年度部门整体支出绩效自评报告",
        "",
        "一、基本情况",
        "（一）机构设置及职能",
        f"横坑镇位于廉江市西北部，辖14个村委会、1个社区。镇内设5个办公室：{'、'.join(bodies)}。",
        "现有编制人员92人。其中在职63人、离休2人、退休27人。",
        "（二）预算及支出情况",
        f"2023年度年初预算{money(a)}万元，调整后预算{money(b)}万元，全年支出{money(e)}万元，预算执行率{pct(rate)}。其中：基本支出{money(basic)}万元；项目支出{money(project)}万元，主要用于乡村振兴、农村人居环境整治和基层治理；年末结转{money(b - e)}万元。",
        *sections(unit, "本镇部门整体支出"),
        "七、自评结论",
        f"经自评，本单位整体支出绩效自评得分为{num(total)}分（满分100分），等级为{grade_of(total)}。",
        "",
        "附件：部门整体支出绩效自评表",
        "",
    ]
    facts: dict[str, Any] = {
        "kind": "整体支出", "year": 2023,
        "unit": {"name": unit, "staff_total": 63, "internal_bodies": bodies, "internal_bodies_count": 5},
        "budget": {"initial": a, "adjusted": b, "executed": e, "stated_execution_rate": rate,
                   "expenditure_items": [{"name": "基本支出", "amount": basic}, {"name": "项目支出", "amount": project}],
                   "carry_over": b - e,
                   "fund_rows": [{"name": "财政拨款", "initial": a, "adjusted": b, "executed": e}]},
        "indicators": [execution_indicator(10, rate, es), *(expected_indicator(i) for i in inds)],
        "stated_total": total, "stated_grade": grade_of(total), "full_mark": D(100),
    }
    return Report("p24-gd-lianjiang-town-whole-prose-rowlines", ".txt", "\n".join(prose) + row_lines(grid) + "\n", facts,
                  "Guangdong town prose: \"内设5个办公室：\" then 6 names; 现有编制人员N人。其中在职…、离休…、退休…; 其中：基本支出…；项目支出…，主要用于…；年末结转…; 满分100分; form rows on lines",
                  ["COUNT_MISMATCH"])


# ---------------------------------------------------------------- p25
def p25() -> Report:
    unit = "重庆市万盛经开区青山湖街道办事处"
    a, b, e = D("1234.50"), D("1386.20"), D("1352.77")
    rate = rate_of(e, b)
    es = exec_score(10, rate)
    inds = [
        q("财政供养人员控制率", "", "", 5, "≤", 100, "%", 95.56, 5),
        q("“三公”经费变动率", "", "", 5, "≤", 0, "%", -2.1, 5),
        q("结转结余率", "", "", 5, "≤", 5, "%", 2.41, 5),
        t("资金使用合规性", "", "", 5, "合规", "合规", 5),
        q("城市管理问题处置率", "", "", 15, "≥", 95, "%", 97.8, 15, core=True),
        q("老旧小区改造面积", "", "", 15, "≥", 3.5, "万平方米", 3.62, 15, core=True),
        q("社区养老服务站点数", "", "", 10, "≥", 6, "个", 6, 10, core=True),
        q("矛盾纠纷化解率", "", "", 10, "≥", 95, "%", 96.4, 10),
        q("群众满意度", "", "", 20, "≥", 90, "%", 91.3, 20),
    ]
    for i in inds:
        i.cmp_shown = False
    total = sum_scores(inds, es)
    grid = cq_whole("（2023年度）", unit, "行政政法科", num(total), ("周海燕", "023-48272315"),
                    (a, b, e, pct(rate), "10", num(es)),
                    ("完成城市管理、老旧小区改造、社区养老服务和基层治理等年度任务。", "无调整。",
                     "城市管理问题处置率97.8%，完成老旧小区改造3.62万平方米，建成社区养老服务站点6个。"),
                    inds)
    prose = [
        f"{unit}2023年度部门整体绩效自评报告",
        "一、部门基本情况",
        "青山湖街道辖6个社区、2个村，常住人口4.6万人。街道承担辖区党的建设、城市管理、社区治理、民生保障和安全稳定等职能。",
        "人员情况",
        "编制数：45",
        "实际在职人数：43",
        f"控制率：{pct(r2(D(43) / 45 * 100))}",
        "二、部门预算及执行情况",
        f"2023年部门预算资金 {b:,.2f} 万元，其中年初预算 {a:,.2f} 万元，年中追加 {b - a:,.2f} 万元；全年执行 {e:,.2f} 万元，预算执行率{pct(rate)}。",
        "年内积极向上争取老旧小区改造补助资金150万，全部用于青山湖社区和新华社区改造。",
        *sections(unit, "本街道部门整体支出"),
        "七、自评结论",
        f"经自评，本街道2023年度部门整体绩效自评总分{num(total)}分。",
        "",
        "附件：部门整体绩效自评表",
        "",
    ]
    facts: dict[str, Any] = {
        "kind": "整体支出", "year": 2023,
        "unit": {"name": unit, "staff_total": 43, "staff_establishment": 45},
        "budget": {"initial": a, "adjusted": b, "executed": e, "stated_execution_rate": rate},
        "indicators": [execution_indicator(10, rate, es), *(expected_indicator(i, levels=False) for i in inds)],
        "stated_total": total,
    }
    return Report("p25-cq-wansheng-street-whole-prose-pipes", ".txt", "\n".join(prose) + pipe_rows(grid, width=10) + "\n", facts,
                  "CQ street: 编制数：/实际在职人数：/控制率： label lines; \"预算资金 1,386.20 万元\" with spaces and separators; a stray \"150万\"; CQ form as \"a | b |\" rows")


REPORTS = [p19, p20, p21, p22, p23, p24, p25]
