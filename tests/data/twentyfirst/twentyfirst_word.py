# ruff: noqa: E501
"""Reports y01, y02, y05–y07 of the twenty-first set (Word, Word → PDF): each returns (facts, ext, content).

Every unit, person and figure is invented. The builders (Word tables, the facts record) are the eighteenth set's,
the value helpers the seventeenth set's, the money block and indicator list the twentieth set's.
"""

from __future__ import annotations

from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from eighteenth_facts import EARNED, D, Made, Row, doc, docx_bytes, facts, form_rows, grade, shown, table
from twentieth_facts import indicators, money, scored
from twentieth_word import blank_repeats

HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]


def _paras(d: Any, texts: list[str]) -> None:
    for p in texts:
        d.add_paragraph(p)


# y01 浙江 county education bureau, whole unit, docx: a 下属单位 breakdown table (本级 + three units), 合计 row last;
# the money figures only in that table; 预算执行率 as the indicator table's first row ---------------------------------
Y01: list[Row] = [
    ("产出指标", "数量指标", "义务教育阶段在校生人数", 10, "≥16800人", "17026人", "10", ""),
    ("产出指标", "数量指标", "教师全员培训人次", 10, "≥2200人次", "2315人次", "10", ""),
    ("产出指标", "质量指标", "义务教育巩固率", 10, "≥99%", "99.6%", "10", ""),
    ("产出指标", "时效指标", "学生资助资金发放及时率", 10, "100%", "100%", "10", ""),
    ("产出指标", "成本指标", "小学生均公用经费标准", 10, "≥800元", "800元", "10", ""),
    ("效益指标", "社会效益指标", "适龄儿童入学率", 15, "100%", "100%", "15", ""),
    ("效益指标", "可持续影响指标", "县域义务教育优质均衡达标学校占比", 15, "≥80%", "76.5%", "13.5", "两所乡村学校功能室配置尚未达标"),
    ("满意度指标", "服务对象满意度指标", "家长满意度", 10, "≥92%", "95.4%", "10", ""),
]


def y01() -> Made:
    units = [("松阳县教育局机关本级", "1864.20", "1912.66", "1890.35"),
             ("松阳县教师发展中心", "426.50", "468.12", "455.80"),
             ("松阳县学生资助管理中心", "1250.00", "1386.40", "1386.40"),
             ("松阳县教育技术装备中心", "318.70", "342.25", "321.06")]
    ini = sum((D(u[1]) for u in units), D(0))
    adj = sum((D(u[2]) for u in units), D(0))
    exe = sum((D(u[3]) for u in units), D(0))
    rt, es, tot = scored(str(exe), str(adj), Y01)
    name = "松阳县教育局"
    d = doc()
    d.add_heading(f"{name}2024年度部门整体支出绩效自评报告", level=1)
    _paras(d, [
        "一、部门基本情况",
        "（一）机构设置。县教育局内设办公室、基础教育科、计划财务科、人事科、教育督导室5个科室；"
        "下属县教师发展中心、县学生资助管理中心、县教育技术装备中心3个二级预算单位。",
        "（二）人员情况。部门编制人数（不含中小学校）132人，实有在职人员124人。",
        "二、部门预算执行情况",
        "本部门2024年度预算由局机关本级和3个下属单位预算组成，各单位预算执行情况如下表。",
        "表1  2024年度部门预算执行情况表（按单位）          单位：万元",
    ])
    rows = [["单位名称", "年初预算数", "全年预算数", "全年执行数", "执行率"]]
    rows += [[u[0], u[1], u[2], u[3], f"{float(u[3]) / float(u[2]) * 100:.2f}%"] for u in units]
    rows.append(["合计", f"{ini:.2f}", f"{adj:.2f}", f"{exe:.2f}", f"{rt}%"])
    table(d, rows)
    _paras(d, [
        "三、绩效自评情况",
        "对照年初设定的部门整体绩效目标，我局从预算执行、产出、效益和满意度四个方面开展自评，自评表如下。",
        "表2  部门整体支出绩效自评表",
    ])
    body = blank_repeats([["预算管理", "预算执行", "预算执行率", "100%", f"{rt}%", "10", str(es), ""], *form_rows(Y01)])
    table(d, [HEAD, *body, ["总分", "", "", "", "", "100", str(tot), ""]], vmerge_cols=(0,))
    _paras(d, [f"经自评，我局2024年度部门整体支出绩效自评得分{tot}分，自评等级为{grade(tot)}。",
               "四、存在的问题及改进措施", "乡村学校功能室配置仍有短板，下一步将统筹装备经费优先补齐。"])
    unit = {"name": name, "staff_total": 124, "staff_establishment": 132,
            "internal_bodies": ["办公室", "基础教育科", "计划财务科", "人事科", "教育督导室"], "internal_bodies_count": 5,
            "subordinate_bodies": ["县教师发展中心", "县学生资助管理中心", "县教育技术装备中心"], "subordinate_bodies_count": 3}
    budget = money(str(ini), str(adj), str(exe), rt)
    inds = indicators(rt, es, Y01, level1="预算管理", level2="预算执行", target={"value": D(100), "unit": "%"})
    return facts("整体支出", 2024, unit, budget, inds, tot, full_mark=100, stated_grade=EARNED), "docx", docx_bytes(d)


# y02 陕西 city hospital, whole unit, Word → PDF: 2023 and 2024 side by side (收支 table with 增减率, an indicator table
# with a 2023年完成值 column before 2024年完成值, last year's score in prose) ---------------------------------------------
Y02: list[tuple[Row, str]] = [
    (("产出指标", "数量指标", "年门急诊服务人次", 10, "≥42万人次", "43.6万人次", "10", ""), "40.8万人次"),
    (("产出指标", "数量指标", "年出院患者人次", 10, "≥2.1万人次", "2.26万人次", "10", ""), "2.03万人次"),
    (("产出指标", "质量指标", "三级以上手术占比", 10, "≥35%", "37.2%", "10", ""), "34.1%"),
    (("产出指标", "时效指标", "平均住院日", 10, "≤8.5天", "8.1天", "10", ""), "8.6天"),
    (("产出指标", "成本指标", "百元医疗收入消耗卫生材料", 10, "≤20元", "19.4元", "10", ""), "20.6元"),
    (("效益指标", "社会效益指标", "基层转诊患者接收人次", 15, "≥3000人次", "2760人次", "13.8", "县域医共体上转患者减少"), "2950人次"),
    (("效益指标", "可持续影响指标", "医疗服务收入占比", 15, "≥35%", "36.8%", "15", ""), "33.9%"),
    (("满意度指标", "服务对象满意度指标", "门诊患者满意度", 10, "≥90%", "93.7%", "10", ""), "91.2%"),
]


def y02() -> Made:
    ini, adj, exe = "18650.00", "21436.80", "20985.42"
    rows = [r for r, _ in Y02]
    rt, es, tot = scored(exe, adj, rows)
    name = "汉中市中心医院"
    d = doc()
    d.add_heading(f"{name}2024年度部门整体支出绩效自评报告", level=1)
    _paras(d, [
        "一、单位基本情况",
        "汉中市中心医院为汉中市卫生健康委员会所属差额拨款事业单位，核定编制1120名，2024年末实有在编人员1068人（2023年末1041人）。",
        "二、收支情况（与上年对比）",
        "2024年收入合计56,842.16万元，较2023年的52,310.45万元增长8.66%；支出合计55,930.72万元，较2023年的51,884.03万元增长7.80%。",
        "表1  2023—2024年度收支对比表（单位：万元）",
    ])
    table(d, [["项目", "2023年", "2024年", "增减额", "增减率"],
              ["收入合计", "52,310.45", "56,842.16", "4,531.71", "8.66%"],
              ["财政拨款收入", "9,862.30", "11,205.84", "1,343.54", "13.62%"],
              ["事业收入", "41,980.15", "45,116.32", "3,136.17", "7.47%"],
              ["其他收入", "468.00", "520.00", "52.00", "11.11%"],
              ["支出合计", "51,884.03", "55,930.72", "4,046.69", "7.80%"],
              ["基本支出", "38,215.60", "40,802.35", "2,586.75", "6.77%"],
              ["项目支出", "13,668.43", "15,128.37", "1,459.94", "10.68%"]])
    _paras(d, [
        "三、预算执行情况",
        f"2024年财政拨款年初预算{ini}万元，调整后全年预算{adj}万元，全年执行{exe}万元，预算执行率{rt}%（2023年为96.85%）。",
        "四、绩效自评情况",
        f"2023年度我院整体支出自评得分95.12分。2024年度对照绩效目标逐项自评，自评得分{tot}分，等级为{grade(tot)}。",
        "表2  2024年度部门整体支出绩效自评表",
    ])
    table(d, [["年度资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
              ["年度资金总额", ini, adj, exe, "10", f"{rt}%", str(es)]])
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "2023年完成值", "2024年完成值", "分值", "得分", "偏差原因"]
    body = [[r[0], r[1], r[2], shown(r[4]), prev, shown(r[5]), str(r[3]), r[6], r[7]] for r, prev in Y02]
    table(d, [head, *body, ["总分", "", "", "", "", "", "100", str(tot), ""]], vmerge_cols=(0,))
    _paras(d, ["五、存在的问题", "县域医共体上转患者减少，下一步将完善双向转诊协作机制。"])
    unit = {"name": name, "supervising_department": "汉中市卫生健康委员会", "staff_total": 1068, "staff_establishment": 1120}
    budget = money(ini, adj, exe, rt) | {
        "income_total": D("56842.16"),
        "income_items": [{"name": "财政拨款收入", "amount": D("11205.84")}, {"name": "事业收入", "amount": D("45116.32")},
                         {"name": "其他收入", "amount": D("520.00")}],
        "expenditure_total": D("55930.72"),
        "expenditure_items": [{"name": "基本支出", "amount": D("40802.35")}, {"name": "项目支出", "amount": D("15128.37")}]}
    inds = indicators(rt, es, rows)
    return facts("整体支出", 2024, unit, budget, inds, tot, full_mark=100, stated_grade=EARNED), "pdf", docx_bytes(d)


# y05 山东 project, docx: the indicators in three separate tables (产出 / 效益 / 满意度), each under its own heading with
# its own header (no 一级 column); the money block and total only in prose; planted total ---------------------------
Y05: list[Row] = [
    ("产出指标", "数量指标", "改造提升农村户厕数量", 10, "≥3200户", "3265户", "10", ""),
    ("产出指标", "数量指标", "新建村级污水处理设施", 10, "≥18处", "18处", "10", ""),
    ("产出指标", "质量指标", "改厕工程验收合格率", 10, "≥98%", "98.8%", "10", ""),
    ("产出指标", "时效指标", "改厕任务完成时间", 10, "T:2024年11月底前", "T:2024年11月20日", "10", ""),
    ("产出指标", "成本指标", "户均改厕补助标准", 10, "≤1800元", "1800元", "10", ""),
    ("效益指标", "生态效益指标", "农村生活污水治理率", 15, "≥45%", "43.2%", "14.4", "部分村庄管网接入滞后"),
    ("效益指标", "可持续影响指标", "改厕后续管护机制建立率", 15, "100%", "100%", "15", ""),
    ("满意度指标", "服务对象满意度指标", "改厕农户满意度", 10, "≥90%", "92.5%", "10", ""),
]


def y05() -> Made:
    ini, adj, exe = "865.00", "912.40", "895.63"
    rt, es, tot = scored(exe, adj, Y05)
    stated = tot + D("1.5")  # planted: the stated total is 1.5 more than the parts
    d = doc()
    d.add_heading("沂水县农业农村局2024年度农村人居环境整治项目支出绩效自评报告", level=1)
    _paras(d, [
        "一、项目概况",
        "农村人居环境整治项目主管部门为沂水县农业农村局，实施单位为沂水县农村人居环境服务中心。",
        f"项目年初预算{ini}万元，调整后全年预算{adj}万元，全年执行{exe}万元，预算执行率{rt}%。按评分规则，"
        f"预算执行率指标分值10分，得{es}分。",
        "二、绩效指标完成情况",
    ])
    head = ["二级指标", "三级指标", "指标值", "完成值", "分值", "得分", "偏差原因"]
    for cn, block, cap in (("（一）", "产出指标", "表1"), ("（二）", "效益指标", "表2"), ("（三）", "满意度指标", "表3")):
        part = [r for r in Y05 if r[0] == block]
        weight = sum(r[3] for r in part)
        d.add_paragraph(f"{cn}{block}（{weight}分）")
        d.add_paragraph(f"{cap}  {block}完成情况")
        body = blank_repeats([[r[1], r[2], shown(r[4]), shown(r[5]), str(r[3]), r[6], r[7]] for r in part], cols=(0,))
        table(d, [head, *body])
    _paras(d, ["三、自评结论",
               f"经自评，本项目综合得分{stated}分（满分100分），自评等级为{grade(stated)}。",
               "四、存在问题及改进措施", "部分村庄污水管网接入滞后，下一步将督促施工单位加快管网铺设。"])
    unit = {"supervising_department": "沂水县农业农村局"}
    project = {"name": "农村人居环境整治项目", "implementing_unit": "沂水县农村人居环境服务中心"}
    budget = money(ini, adj, exe, rt)
    inds = indicators(rt, es, Y05)
    return (facts("项目支出", 2024, unit, budget, inds, stated, project, full_mark=100, planted=["TOTAL_MISMATCH"], stated_grade=EARNED),
            "docx", docx_bytes(d))


# y06 河北 town, whole unit, docx: the 自评表 as a table nested in a one-cell frame table (title in the frame cell) -----
Y06: list[Row] = [
    ("产出指标", "数量指标", "农村道路日常养护里程", 10, "≥86公里", "88公里", "10", ""),
    ("产出指标", "数量指标", "组织开展安全生产检查次数", 10, "≥48次", "52次", "10", ""),
    ("产出指标", "质量指标", "村级公益事业项目验收合格率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "惠农补贴资金兑付及时率", 10, "100%", "100%", "10", ""),
    ("产出指标", "成本指标", "“三公”经费控制率", 10, "≤100%", "86.4%", "10", ""),
    ("效益指标", "经济效益指标", "农村居民人均可支配收入增长率", 15, "≥6%", "5.6%", "14", "受农产品价格下行影响"),
    ("效益指标", "社会效益指标", "重大安全生产事故发生数", 15, "0起", "0起", "15", ""),
    ("满意度指标", "服务对象满意度指标", "辖区群众满意度", 10, "≥90%", "93%", "10", ""),
]


def _nested(d: Any, title: str, rows: list[list[str]]) -> None:
    """A one-cell frame table holding the title and the form as a nested table."""
    frame = d.add_table(rows=1, cols=1)
    frame.style = "Table Grid"
    cell = frame.cell(0, 0)
    cell.paragraphs[0].text = title
    inner = cell.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    inner.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            inner.cell(i, j).text = v
            for run in inner.cell(i, j).paragraphs[0].runs:
                run.font.size = Pt(9)
    cell.add_paragraph("填报人：王海燕　　审核人：刘建国　　填报日期：2025年3月28日")


def y06() -> Made:
    ini, adj, exe = "1326.40", "1488.95", "1452.18"
    rt, es, tot = scored(exe, adj, Y06)
    name = "任丘市青塔乡人民政府"
    d = doc()
    d.add_heading(f"{name}2024年度部门整体支出绩效自评报告", level=1)
    _paras(d, [
        "一、基本情况",
        "青塔乡下辖21个行政村，乡政府内设党政综合办公室、经济发展办公室、社会事务办公室、平安建设办公室4个综合办事机构，"
        "下设乡综合行政执法队、乡便民服务中心2个事业单位。全乡核定编制64名，实有在编人员59人。",
        "二、预算执行情况",
        f"2024年年初预算{ini}万元，全年预算{adj}万元，全年执行{exe}万元，预算执行率{rt}%。",
        "三、自评结果",
        f"经自评，我乡2024年度部门整体支出绩效自评得分{tot}分，自评等级为{grade(tot)}。自评表如下：",
    ])
    rows = [["单位名称", name, "", "", "", "", "", ""],
            ["年度资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", ""],
            ["年度资金总额", ini, adj, exe, "10", f"{rt}%", str(es), ""],
            HEAD, *blank_repeats(form_rows(Y06)), ["总分", "", "", "", "", "100", str(tot), ""]]
    _nested(d, "部门整体支出绩效自评表（2024年度）", rows)
    _paras(d, ["四、存在问题及改进措施", "农民增收渠道仍然偏窄，下一步将培育特色种养产业。"])
    unit = {"name": name, "staff_total": 59, "staff_establishment": 64,
            "internal_bodies": ["党政综合办公室", "经济发展办公室", "社会事务办公室", "平安建设办公室"], "internal_bodies_count": 4,
            "subordinate_bodies": ["乡综合行政执法队", "乡便民服务中心"], "subordinate_bodies_count": 2}
    budget = money(ini, adj, exe, rt)
    inds = indicators(rt, es, Y06)
    return facts("整体支出", 2024, unit, budget, inds, tot, full_mark=100, stated_grade=EARNED), "docx", docx_bytes(d)


# y07 湖南 county archive, whole unit, Word → PDF in two text columns: prose only, indicators one sentence each ----------
Y07: list[Row] = [
    ("产出指标", "数量指标", "接收进馆档案数量", 10, "≥1.2万卷", "1.26万卷", "10", ""),
    ("产出指标", "数量指标", "馆藏档案数字化页数", 10, "≥80万页", "84.5万页", "10", ""),
    ("产出指标", "质量指标", "档案数字化成果验收合格率", 10, "≥98%", "99.2%", "10", ""),
    ("产出指标", "时效指标", "档案查阅利用办结时限", 10, "≤2个工作日", "1个工作日", "10", ""),
    ("产出指标", "成本指标", "每页档案数字化成本", 10, "≤0.9元", "0.86元", "10", ""),
    ("效益指标", "社会效益指标", "档案利用服务人次", 15, "≥6500人次", "6120人次", "14.1", "线上查档分流部分到馆人次"),
    ("效益指标", "可持续影响指标", "馆藏档案安全事故发生数", 15, "0起", "0起", "15", ""),
    ("满意度指标", "服务对象满意度指标", "查档群众满意度", 10, "≥95%", "97.6%", "10", ""),
]


def _two_columns(d: Any) -> None:
    sect = d.sections[0]._sectPr
    cols = sect.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sect.append(cols)
    cols.set(qn("w:num"), "2")
    cols.set(qn("w:space"), "425")


def y07() -> Made:
    ini, adj, exe = "386.20", "412.75", "405.33"
    rt, es, tot = scored(exe, adj, Y07)
    name = "新化县档案馆"
    d = doc()
    _two_columns(d)
    d.add_heading(f"{name}2024年度整体支出绩效自评报告", level=1)
    _paras(d, [
        "一、单位概况",
        "新化县档案馆为新化县委办公室管理的公益一类事业单位，内设办公室、接收征集股、保管利用股、编研信息股4个股室。"
        "核定事业编制18名，年末实有在编人员16人。",
        "二、预算执行情况",
        f"2024年年初预算{ini}万元，全年预算{adj}万元，全年执行{exe}万元，预算执行率{rt}%，该项分值10分，得{es}分。",
        "三、绩效指标完成情况",
    ])
    for i, r in enumerate(Y07, 1):
        sentence = (f"{i}.{r[2]}（{r[0]}—{r[1]}）：年度指标值{shown(r[4])}，实际完成值{shown(r[5])}，分值{r[3]}分，自评得分{r[6]}分。")
        if r[7]:
            sentence += f"偏差原因：{r[7]}。"
        d.add_paragraph(sentence)
    _paras(d, ["四、自评结论",
               f"综合预算执行和各项指标完成情况，本馆2024年度整体支出绩效自评总分{tot}分（满分100分），等级为{grade(tot)}。",
               "五、存在问题及改进措施", "线上查档分流到馆人次，下一步将推进跨馆出证服务，提升档案利用便利度。",
               "新化县档案馆", "2025年4月8日"])
    unit = {"name": name, "supervising_department": "新化县委办公室", "staff_total": 16, "staff_establishment": 18,
            "internal_bodies": ["办公室", "接收征集股", "保管利用股", "编研信息股"], "internal_bodies_count": 4}
    budget = money(ini, adj, exe, rt)
    inds = indicators(rt, es, Y07)
    return facts("整体支出", 2024, unit, budget, inds, tot, full_mark=100, stated_grade=EARNED), "pdf", docx_bytes(d)


WORD = {
    "y01-zj-songyang-education-whole-docx-units-table": y01,
    "y02-sn-hanzhong-hospital-whole-pdf-two-years": y02,
    "y05-sd-yishui-sanitation-project-docx-three-tables": y05,
    "y06-he-renqiu-town-whole-docx-nested-table": y06,
    "y07-hn-xinhua-archive-whole-pdf-two-columns": y07,
}
