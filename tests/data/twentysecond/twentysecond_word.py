# ruff: noqa: E501
"""Reports z01, z04, z05, z07, z09 of the twenty-second set (Word, Word → PDF): each returns (facts, ext, content).

Every unit, person and figure is invented. The builders (Word tables, the facts record) are the eighteenth set's,
the value helpers the seventeenth set's, the money block and indicator list the twentieth set's.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm
from eighteenth_facts import (
    EARNED,
    D,
    Made,
    Row,
    doc,
    docx_bytes,
    facts,
    form_rows,
    grade,
    indicator_fact,
    r2,
    shown,
    table,
)
from twentieth_facts import indicators, money, scored
from twentieth_word import _paras, blank_repeats

HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]


# z01 四川 town government, whole unit, docx: the money only in a 收入支出决算 table with 上年结转 / 本年收入 / 本年支出 /
# 年末结转 columns (no 年初预算 / 全年预算 anywhere); 预算执行率 stated only in the indicator table -----------------------
Z01: list[Row] = [
    ("产出指标", "数量指标", "农村公路日常养护里程", 10, "≥86公里", "88.5公里", "10", ""),
    ("产出指标", "数量指标", "开展便民服务事项办理件数", 10, "≥4200件", "4536件", "10", ""),
    ("产出指标", "质量指标", "高标准农田建后管护合格率", 10, "≥95%", "96.2%", "10", ""),
    ("产出指标", "时效指标", "民生资金按时兑付率", 10, "100%", "100%", "10", ""),
    ("效益指标", "经济效益指标", "村集体经济收入5万元以上村占比", 15, "≥80%", "76.9%", "14.42", "两个村新办合作社当年未见收益"),
    ("效益指标", "社会效益指标", "信访事项按期办结率", 15, "≥98%", "99.1%", "15", ""),
    ("满意度指标", "服务对象满意度指标", "辖区群众满意度", 20, "≥90%", "92.8%", "20", ""),
]


def z01() -> Made:
    rt, es = D("98.13"), D("9.81")
    tot = sum((D(r[6]) for r in Z01), es)
    name = "平昌县云台镇人民政府"
    d = doc()
    d.add_heading(f"{name}2024年度部门整体支出绩效自评报告", level=1)
    _paras(d, [
        "一、部门基本情况",
        "云台镇人民政府为一级预算单位，内设党政办公室、经济发展办公室、社会事务办公室、综治办公室4个办公室，"
        "本单位编制人数46名，年末实有在职人员43人。",
        "二、部门收支决算情况",
        "2024年度本单位收支决算情况见下表。",
        "表1  2024年度收入支出决算情况表",
        "单位：万元",
    ])
    table(d, [["项目", "上年结转", "本年收入", "本年支出", "年末结转"],
              ["一般公共预算财政拨款", "86.40", "1865.32", "1902.18", "49.54"],
              ["政府性基金预算财政拨款", "0.00", "420.00", "395.60", "24.40"],
              ["其他资金", "12.00", "36.50", "40.12", "8.38"],
              ["合计", "98.40", "2321.82", "2337.90", "82.32"]])
    _paras(d, [
        "三、绩效自评情况",
        "本镇对照年初设定的整体绩效目标开展自评，自评表如下。",
        "表2  2024年度部门整体支出绩效自评表",
    ])
    body = blank_repeats([["预算执行", "预算执行", "预算执行率", "100%", f"{rt}%", "10", str(es), ""], *form_rows(Z01)])
    table(d, [HEAD, *body, ["合计", "", "", "", "", "100", str(tot), ""]])
    _paras(d, [f"经综合评价，本镇2024年度部门整体支出绩效自评得分{tot}分，评价等级为{grade(tot)}。",
               "四、存在的问题及改进措施", "个别村集体经济项目见效慢，下一步将加强项目论证和跟踪指导。"])
    unit = {"name": name, "staff_total": 43, "staff_establishment": 46,
            "internal_bodies": ["党政办公室", "经济发展办公室", "社会事务办公室", "综治办公室"], "internal_bodies_count": 4}
    budget = {"income_total": D("2321.82"),
              "income_items": [{"name": "一般公共预算财政拨款", "amount": D("1865.32")},
                               {"name": "政府性基金预算财政拨款", "amount": D("420.00")}, {"name": "其他资金", "amount": D("36.50")}],
              # the 年末结转 total is the carry-over, the 上年结转 one the balance brought in (model.Budget; fiftyninth.md)
              "expenditure_total": D("2337.90"), "carry_over": D("82.32"), "opening_balance": D("98.40")}
    inds = indicators(rt, es, Z01, level1="预算执行", target={"value": D(100), "unit": "%"})
    return facts("整体支出", 2024, unit, budget, inds, tot, full_mark=100, stated_grade=EARNED), "docx", docx_bytes(d)


# z04 湖北 county water bureau, whole unit, docx with tracked changes: the reviewer's deletions (w:del) and insertions
# (w:ins) left in the text — the inserted value is the document's figure; one column "绩效指标" merged down every
# indicator row; the 满意度 row's 一级 and 二级 cells merged across into one ---------------------------------------------
Z04: list[Row] = [
    ("产出指标", "数量指标", "小型水库除险加固座数", 10, "≥6座", "6座", "10", ""),
    ("产出指标", "数量指标", "河道清淤疏浚长度", 10, "≥18公里", "19.2公里", "10", ""),
    ("产出指标", "质量指标", "水利工程验收合格率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "汛前工程完工率", 10, "100%", "96.4%", "9.64", "一处水库溢洪道受降雨影响延至6月完工"),
    ("效益指标", "社会效益指标", "农村供水保障人口", 15, "≥12万人", "12.4万人", "15", ""),
    ("效益指标", "生态效益指标", "县域河湖水质达标率", 15, "≥90%", "91.5%", "15", ""),
    ("满意度指标", "", "受益群众满意度", 20, "≥90%", "93.6%", "20", ""),
]
_REVISED = {("汛前工程完工率", 4): "95.2%", ("汛前工程完工率", 6): "9.52"}


_IDS = iter(range(100, 1000))


def _tracked_run(p: Any, old: str, new: str) -> None:
    """``old`` deleted and ``new`` inserted at the end of paragraph ``p``, as Word's track changes leaves them."""
    for tag, text, text_tag in (("w:del", old, "w:delText"), ("w:ins", new, "w:t")):
        mark = OxmlElement(tag)
        mark.set(qn("w:id"), str(next(_IDS)))
        mark.set(qn("w:author"), "财务股")
        mark.set(qn("w:date"), "2025-03-20T10:00:00Z")
        run = OxmlElement("w:r")
        t = OxmlElement(text_tag)
        t.text = text
        run.append(t)
        mark.append(run)
        p._p.append(mark)


def _tracked(cell: Any, old: str, new: str) -> None:
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    _tracked_run(p, old, new)


def z04() -> Made:
    ini, adj, exe = "3865.20", "4210.48", "4086.73"
    rt, es, tot = scored(exe, adj, Z04)
    name = "竹山县水利和湖泊局"
    d = doc()
    d.add_heading(f"{name}2024年度部门整体支出绩效自评报告", level=1)
    _paras(d, [
        "一、部门概况",
        "县水利和湖泊局内设办公室、规划计划股、水利工程建设与运行管理股、河湖长制工作股4个股室，"
        "下属县水利工程管理站、县河道堤防管理所2个二级单位。核定编制58名，实有在职人员55人。",
        "二、预算执行情况",
    ])
    p = d.add_paragraph(f"2024年度部门年初预算{ini}万元，全年预算{adj}万元，全年执行")
    _tracked_run(p, "4079.35", exe)
    p.add_run(f"万元，预算执行率{rt}%。")
    _paras(d, ["三、绩效自评结果", "表1  部门整体支出绩效自评表（2024年度）"])
    head = ["", *HEAD]
    rows = [head, ["绩效指标", "预算执行", "预算执行", "预算执行率", "100%", f"{rt}%", "10", str(es), ""]]
    rows += [["绩效指标", *r] for r in blank_repeats(form_rows(Z04))]
    rows.append(["总分", "", "", "", "", "", "100", str(tot), ""])
    t_rows = len(rows)
    table(d, rows, merges=[(1, 0, t_rows - 2, 0), (t_rows - 2, 1, t_rows - 2, 2), (t_rows - 1, 0, t_rows - 1, 5)])
    t = d.tables[-1]
    for i, r in enumerate(Z04, 2):
        for col, old in ((4, _REVISED.get((r[2], 4))), (6, _REVISED.get((r[2], 6)))):
            if old:
                _tracked(t.cell(i, col + 1), old, shown(r[5]) if col == 4 else r[6])
    _paras(d, [f"经自评，我局2024年度部门整体支出绩效自评得分{tot}分，等级为{grade(tot)}。",
               "四、存在问题", "个别工程受汛期降雨影响进度滞后，下一步将提前安排汛前工程开工时间。"])
    unit = {"name": name, "staff_total": 55, "staff_establishment": 58,
            "internal_bodies": ["办公室", "规划计划股", "水利工程建设与运行管理股", "河湖长制工作股"], "internal_bodies_count": 4,
            "subordinate_bodies": ["县水利工程管理站", "县河道堤防管理所"], "subordinate_bodies_count": 2}
    budget = money(ini, adj, exe, rt)
    inds = indicators(rt, es, Z04, level1="预算执行", level2="预算执行", target={"value": D(100), "unit": "%"})
    return facts("整体支出", 2024, unit, budget, inds, tot, full_mark=100, stated_grade=EARNED), "docx", docx_bytes(d)


# z05 安徽 county project, Word → PDF in a landscape section: the scoring table's header cells set in vertical text
# (textDirection btLr: 一级指标 / 二级指标 / 分值 / 得分 read bottom to top) ------------------------------------------------
Z05: list[Row] = [
    ("产出指标", "数量指标", "新建农村规模化供水工程", 10, "≥3处", "3处", "10", ""),
    ("产出指标", "数量指标", "铺设供水主管网长度", 10, "≥42公里", "44.6公里", "10", ""),
    ("产出指标", "质量指标", "出厂水水质检测合格率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "工程通水时间", 10, "T:2024年10月底前", "T:2024年10月22日", "10", ""),
    ("产出指标", "成本指标", "每公里管网建设成本", 10, "≤26万元", "25.4万元", "10", ""),
    ("效益指标", "社会效益指标", "新增受益人口", 15, "≥3.8万人", "3.65万人", "14.41", "部分自然村入户工程尚在施工"),
    ("效益指标", "可持续影响指标", "供水工程管护制度建立率", 15, "100%", "100%", "15", ""),
    ("满意度指标", "服务对象满意度指标", "受益群众满意度", 10, "≥92%", "94.3%", "10", ""),
]


def _vertical(cell: Any) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    direction = OxmlElement("w:textDirection")
    direction.set(qn("w:val"), "btLr")
    tc_pr.append(direction)


def _landscape(d: Any) -> None:
    sect = d.sections[0]
    sect.orientation = WD_ORIENT.LANDSCAPE
    sect.page_width, sect.page_height = Cm(29.7), Cm(21.0)


def z05() -> Made:
    ini, adj, exe = "1680.00", "1752.60", "1708.94"
    rt, es, tot = scored(exe, adj, Z05)
    name = "农村供水保障工程项目"
    d = doc()
    _landscape(d)
    d.add_heading(f"霍邱县2024年度{name}支出绩效自评报告", level=1)
    _paras(d, [
        "主管部门：霍邱县水利局        实施单位：霍邱县农村供水服务中心",
        f"一、项目资金情况：项目年初预算{ini}万元，全年预算{adj}万元，全年执行{exe}万元，预算执行率{rt}%。",
        "二、绩效自评表",
    ])
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析"]
    body = blank_repeats([["预算执行", "预算执行", "预算执行率", "100%", f"{rt}%", "10", str(es), ""], *form_rows(Z05)])
    table(d, [head, *body, ["总分", "", "", "", "", "100", str(tot), ""]], vmerge_cols=(0,))
    t = d.tables[-1]
    for col in (0, 1, 5, 6):
        _vertical(t.cell(0, col))
    t.rows[0].height = Cm(2.2)
    _paras(d, [f"三、自评结论：本项目2024年度绩效自评得分{tot}分，自评等级{grade(tot)}。",
               "四、问题及建议：部分入户工程进度偏慢，下一步将督促施工单位加快扫尾。"])
    unit = {"supervising_department": "霍邱县水利局"}
    project = {"name": name, "implementing_unit": "霍邱县农村供水服务中心"}
    inds = indicators(rt, es, Z05, level1="预算执行", level2="预算执行", target={"value": D(100), "unit": "%"})
    return facts("项目支出", 2024, unit, money(ini, adj, exe, rt), inds, tot, project, full_mark=100, stated_grade=EARNED), "pdf", docx_bytes(d)


# z07 湖南 county project, docx: the 项目资金 table transposed — 资金来源 as columns (合计 / 中央 / 省级 / 县级), 年初预算数 /
# 全年预算数 / 全年执行数 / 执行率 as rows; planted: the stated 执行率 is 2 points above 全年执行数 / 全年预算数 -------------
Z07: list[Row] = [
    ("产出指标", "数量指标", "改造提升农村户用厕所", 10, "≥2600户", "2684户", "10", ""),
    ("产出指标", "数量指标", "建设村级公共厕所", 10, "≥24座", "24座", "10", ""),
    ("产出指标", "质量指标", "改厕质量抽检合格率", 10, "≥98%", "98.6%", "10", ""),
    ("产出指标", "时效指标", "改厕任务完成时限", 10, "T:2024年11月30日前", "T:2024年11月26日", "10", ""),
    ("产出指标", "成本指标", "户厕改造奖补标准", 10, "≤1500元/户", "1500元/户", "10", ""),
    ("效益指标", "生态效益指标", "农村卫生厕所普及率", 15, "≥92%", "91.4%", "14.9", "山区分散农户改厕意愿不高"),
    ("效益指标", "可持续影响指标", "改厕后续管护机制覆盖率", 15, "100%", "100%", "15", ""),
    ("满意度指标", "服务对象满意度指标", "改厕农户满意度", 10, "≥90%", "95.1%", "10", ""),
]


def z07() -> Made:
    sources = {"中央衔接资金": ("260.00", "260.00", "260.00"), "省级补助资金": ("120.00", "138.00", "138.00"),
               "县级配套资金": ("80.00", "96.50", "82.77")}
    ini = sum((D(v[0]) for v in sources.values()), D(0))
    adj = sum((D(v[1]) for v in sources.values()), D(0))
    exe = sum((D(v[2]) for v in sources.values()), D(0))
    true_rate = r2(exe / adj * 100)
    rt = true_rate + 2
    es = r2(10 * rt / 100)
    tot = sum((D(r[6]) for r in Z07), es)
    name = "农村户厕改造提升项目"
    d = doc()
    d.add_heading(f"溆浦县2024年度{name}绩效自评报告", level=1)
    _paras(d, [
        "一、项目概况",
        f"{name}由溆浦县农业农村局主管，溆浦县乡村振兴服务中心组织实施，资金来源为中央衔接资金、省级补助资金和县级配套资金。",
        "二、项目资金情况（单位：万元）",
    ])
    names = list(sources)
    table(d, [["资金来源", "合计", *names],
              ["年初预算数", f"{ini:.2f}", *(sources[n][0] for n in names)],
              ["全年预算数", f"{adj:.2f}", *(sources[n][1] for n in names)],
              ["全年执行数", f"{exe:.2f}", *(sources[n][2] for n in names)],
              ["执行率", f"{rt}%", *(f"{r2(D(sources[n][2]) / D(sources[n][1]) * 100)}%" for n in names)]])
    _paras(d, ["三、绩效指标完成情况", "表2  项目支出绩效自评表"])
    body = blank_repeats([["预算执行", "预算执行", "预算执行率", "100%", f"{rt}%", "10", str(es), ""], *form_rows(Z07)])
    table(d, [HEAD, *body, ["总分", "", "", "", "", "100", str(tot), ""]], vmerge_cols=(0,))
    _paras(d, [f"四、自评结论：项目自评得分{tot}分，等级为{grade(tot)}。",
               "五、存在问题：县级配套资金拨付偏慢，下一步将按进度及时拨付。"])
    unit = {"supervising_department": "溆浦县农业农村局"}
    project = {"name": name, "implementing_unit": "溆浦县乡村振兴服务中心"}
    budget = money(str(ini), str(adj), str(exe), rt) | {
        "fund_rows": [{"name": n, "initial": D(v[0]), "adjusted": D(v[1]), "executed": D(v[2])} for n, v in sources.items()]}
    inds = indicators(rt, es, Z07, level1="预算执行", level2="预算执行", target={"value": D(100), "unit": "%"})
    made = facts("项目支出", 2024, unit, budget, inds, tot, project, full_mark=100, planted=["EXECUTION_RATE_MISMATCH"], stated_grade=EARNED)
    return made, "docx", docx_bytes(d)


# z09 山东 school project, Word → PDF: the 2013-style frame with three 一级 blocks 决策（20分）/ 过程（20分）/ 绩效（60分）,
# every weight and score written to one decimal ("4.0", "3.5"), 分值 before 指标值; 预算执行率 one 过程 row ---------------
def _one(x: Decimal | int | str) -> str:
    return f"{D(str(x)):.1f}"


def z09() -> Made:
    ini, adj, exe = "468.00", "486.00", "478.71"
    rt = r2(D(exe) / D(adj) * 100)
    rows: list[Row] = [
        ("决策", "项目立项", "立项依据充分性", 4, "T:充分", "T:充分", "4", ""),
        ("决策", "项目立项", "立项程序规范性", 4, "T:规范", "T:规范", "4", ""),
        ("决策", "绩效目标", "绩效目标合理性", 4, "T:合理", "T:基本合理", "3.5", "部分指标未细化到学期"),
        ("决策", "绩效目标", "绩效指标明确性", 4, "T:明确", "T:明确", "4", ""),
        ("决策", "资金投入", "预算编制科学性", 4, "T:科学", "T:科学", "4", ""),
        ("过程", "资金管理", "资金到位率", 5, "100%", "100%", "5", ""),
        ("过程", "资金管理", "预算执行率", 5, "100%", f"{rt}%", str(r2(5 * rt / 100).quantize(D("0.1"))), ""),
        ("过程", "资金管理", "资金使用合规性", 4, "T:合规", "T:合规", "4", ""),
        ("过程", "组织实施", "管理制度健全性", 3, "T:健全", "T:健全", "3", ""),
        ("过程", "组织实施", "制度执行有效性", 3, "T:有效", "T:有效", "3", ""),
        ("绩效", "产出数量", "新增多媒体教室", 10, "≥36间", "36间", "10", ""),
        ("绩效", "产出数量", "教师信息技术培训人次", 10, "≥420人次", "448人次", "10", ""),
        ("绩效", "产出质量", "设备验收合格率", 10, "100%", "100%", "10", ""),
        ("绩效", "产出时效", "设备安装完成时间", 5, "T:2024年8月底前", "T:2024年8月25日", "5", ""),
        ("绩效", "项目效益", "信息化课堂常态化应用率", 15, "≥85%", "81.6%", "14.4", "部分老年教师应用不熟练"),
        ("绩效", "满意度", "师生满意度", 10, "≥90%", "94.5%", "10", ""),
    ]
    tot = sum((D(r[6]) for r in rows), D(0))
    name = "智慧校园建设项目"
    school = "临朐县第二实验中学"
    d = doc()
    d.add_heading(f"{school}2024年度{name}绩效自评报告", level=1)
    _paras(d, [
        f"一、项目基本情况：{name}由临朐县教育和体育局主管，{school}实施。",
        f"项目年初预算{ini}万元，全年预算{adj}万元，实际支出{exe}万元，预算执行率{rt}%。",
        "二、评价指标体系：本次自评指标体系由决策（20分）、过程（20分）、绩效（60分）三部分构成，满分100分。",
        "三、评分情况",
    ])
    head = ["一级指标", "二级指标", "三级指标", "分值", "指标值", "实际完成值", "得分", "扣分原因"]
    body = blank_repeats([[r[0], r[1], r[2], _one(r[3]), shown(r[4]), shown(r[5]), _one(r[6]), r[7]] for r in rows])
    table(d, [head, *body, ["合计", "", "", "100.0", "", "", _one(tot), ""]], vmerge_cols=(0,))
    _paras(d, [f"四、评价结论：经评分，本项目综合得分{_one(tot)}分，评价等级为“{grade(tot)}”。",
               "五、存在问题：个别教师对信息化设备应用不熟练，下一步将分学科开展应用培训。"])
    unit = {"supervising_department": "临朐县教育和体育局"}
    project = {"name": name, "implementing_unit": school}
    inds = [indicator_fact(r) for r in rows]
    made = facts("项目支出", 2024, unit, money(ini, adj, exe, rt), inds, tot, project, full_mark=100,
                 stated_block_weights={"决策": 20, "过程": 20, "绩效": 60}, stated_grade=EARNED)
    return made, "pdf", docx_bytes(d)


WORD = {
    "z01-sc-pingchang-town-whole-docx-final-accounts": z01,
    "z04-hb-zhushan-water-whole-docx-tracked-changes": z04,
    "z05-ah-huoqiu-water-project-pdf-vertical-header": z05,
    "z07-hn-xupu-toilets-project-docx-source-columns": z07,
    "z09-sd-linqu-school-project-pdf-20-20-60": z09,
}
