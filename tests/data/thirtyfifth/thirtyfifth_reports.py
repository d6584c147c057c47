# ruff: noqa: E501
"""Reports h01–h08 of the thirty-fifth set, each returning (facts, ext, content). Every unit, person and figure is
invented (real provinces and counties, invented streets, townships, schools, centres, zones and figures).

Builders and value helpers are the eighteenth, twentieth and twenty-ninth sets' (imported, not copied).
"""

from __future__ import annotations

from typing import Any

from corpus_build import items
from eighteenth_facts import D, Made, Row, doc, docx_bytes, facts, indicator_fact, rate, shown, table
from twentieth_facts import money
from twentyninth_reports import pipe_row

_FRAME = ("履职效能", "管理效率", "社会效应", "可持续发展")


def _with_exec(rows: list[Row], rt: Any, *, target: str = "100%") -> tuple[list[Row], Any]:
    """The rows with 预算执行率 (管理效率 / 预算执行, 10 points, scored 10 × rate) first in the 管理效率 block, and the
    total."""
    es = (10 * D(rt) / 100).quantize(D("0.01"))
    out: list[Row] = []
    for r in rows:
        if r[0] == "管理效率" and not any(o[0] == "管理效率" for o in out):
            out.append(("管理效率", "预算执行", "预算执行率", 10, target, f"{rt}%", str(es), ""))
        out.append(r)
    return out, sum((D(r[6]) for r in out), D(0))


def _facts_of(rows: list[Row], *, with_l2: bool = True) -> list[dict[str, Any]]:
    return [indicator_fact(r, with_l2=with_l2) for r in rows]


def _growth(new: str, old: str) -> str:
    return f"{((D(new) - D(old)) / D(old) * 100).quantize(D('0.01'))}%"


def _cells(r: Row, *, first: bool, second: bool) -> list[str]:
    """A form row whose 一级 (and 二级) cell is written only on the first row of its block, as a web page copies a
    merged cell."""
    return [r[0] if first else "", r[1] if second else "", r[2], shown(r[4]), shown(r[5]), str(r[3]), r[6], r[7]]


def _merged_rows(rows: list[Row]) -> list[list[str]]:
    out, prev = [], ("", "")
    for r in rows:
        out.append(_cells(r, first=r[0] != prev[0], second=(r[0], r[1]) != prev))
        prev = (r[0], r[1])
    return out


# h01 浙江 street office, .txt: 内设机构 and 下属事业单位 as numbered lists under a count; 编制 told by kind (行政 / 事业)
# then 实有 and 退休; the 收支 a pipe table with 上年数 / 本年数 / 增减率 columns; the communities' funds and a 三公经费
# paragraph full of figures; the form's 一级 (履职效能 …) and 二级 written once per block (merged cells copied) ------------
H01: list[Row] = [
    ("履职效能", "重点工作完成", "老旧小区改造完成户数", 15, "≥860户", "884户", "15", ""),
    ("履职效能", "重点工作完成", "社区网格事件按期办结率", 10, "≥95%", "96.7%", "10", ""),
    ("履职效能", "民生保障", "困难群众救助资金发放准确率", 10, "100%", "100%", "10", ""),
    ("管理效率", "财务管理", "“三公”经费控制率", 5, "≤100%", "91.6%", "5", ""),
    ("管理效率", "资产管理", "固定资产账实相符率", 5, "100%", "98%", "4", "两台办公设备待报废处置"),
    ("社会效应", "社会效益", "辖区信访案件化解率", 15, "≥90%", "88.5%", "13.5", "历史遗留问题化解周期长"),
    ("社会效应", "服务对象满意度", "辖区居民满意度", 15, "≥90%", "92.4%", "15", ""),
    ("可持续发展", "队伍建设", "干部培训参训率", 15, "≥95%", "97%", "15", ""),
]


def h01() -> Made:
    ini, adj, exe = "2960.00", "3215.76", "3178.35"
    rt = rate(exe, adj)
    rows, tot = _with_exec(H01, rt)
    unit = "丽水市莲都区枫溪街道办事处"
    inc = [("收入合计", "2986.40", adj), ("其中：财政拨款收入", "2870.40", "3102.56"), ("其他收入", "116.00", "113.20")]
    out = [("支出合计", "2954.12", exe), ("其中：基本支出", "1290.54", "1352.80"), ("项目支出", "1663.58", "1825.55")]
    money_rows = [["项目", "上年数", "本年数", "增减率"]] + [[n, a, b, _growth(b, a)] for n, a, b in inc + out]
    form = [["一级指标", "二级指标", "三级指标", "年度目标值", "实际完成值", "分值", "得分", "偏差原因"],
            *_merged_rows(rows), ["合计", "", "", "", "", "100", str(tot), ""]]
    text = f"""{unit}2024年度部门整体支出绩效自评报告

一、部门基本情况
（一）机构设置
枫溪街道办事处是莲都区人民政府的派出机关，辖9个社区、4个行政村。街道内设机构6个：
1.党政综合办公室
2.党建工作办公室
3.经济发展办公室
4.平安建设办公室
5.公共服务办公室
6.社区建设办公室
下属事业单位2个：
1.枫溪街道便民服务中心
2.枫溪街道综合文化站
（二）人员情况
街道核定编制52名，其中行政编制30名、事业编制22名。年末实有在职人员49人，另有退休人员21人。

二、部门收支情况
2024年度收支决算情况如下（单位：万元）：
{chr(10).join(pipe_row(r) for r in money_rows)}
本年年初预算{ini}万元，年中追加老旧小区改造资金后调整预算{adj}万元，全年支出{exe}万元，预算执行率{rt}%。
全年拨付9个社区、4个行政村运转经费及为民服务专项经费共计386.50万元，其中社区工作者报酬212.40万元，均已足额拨付。
2024年度“三公”经费支出14.36万元，比上年减少1.82万元，下降11.25%。其中：公务接待费3.20万元，公务用车运行维护费11.16万元，因公出国（境）费0万元。

三、绩效指标完成情况
{chr(10).join(pipe_row(r) for r in form)}

四、存在的问题和改进措施
信访积案化解周期较长，资产处置不够及时。下一步建立积案专班，按季度清理闲置资产。

五、自评结论
经自评，街道2024年度部门整体支出绩效得分{tot}分，评价结果为“优秀”等次。
"""
    u = {"name": unit, "staff_total": 49, "staff_establishment": 52,
         "internal_bodies": ["党政综合办公室", "党建工作办公室", "经济发展办公室", "平安建设办公室", "公共服务办公室", "社区建设办公室"],
         "internal_bodies_count": 6,
         "subordinate_bodies": ["枫溪街道便民服务中心", "枫溪街道综合文化站"], "subordinate_bodies_count": 2}
    b = money(ini, adj, exe, rt)
    b.update({"income_total": D(adj), "income_items": items(("财政拨款收入", "3102.56"), ("其他收入", "113.20")),
              "expenditure_total": D(exe), "expenditure_items": items(("基本支出", "1352.80"), ("项目支出", "1825.55"))})
    return facts("整体支出", 2024, u, b, _facts_of(rows), tot, full_mark=100, stated_grade="优"), "txt", text


# h02 甘肃 county CDC, .docx: 内设机构 as a Word table (序号 / 科室 / 主要职责); staff by 专业技术 / 管理 / 工勤; 收入 with
# 事业收入; a 政府采购 paragraph with its own 预算 / 实际 / 节约 figures; the form a Word table whose 一级 and 二级 cells are
# merged over many rows; "自评得分X分，自评等级：优" ---------------------------------------------------------------------
H02: list[Row] = [
    ("履职效能", "疾病预防控制", "适龄儿童免疫规划疫苗接种率", 10, "≥95%", "97.2%", "10", ""),
    ("履职效能", "疾病预防控制", "法定传染病报告及时率", 10, "100%", "100%", "10", ""),
    ("履职效能", "疾病预防控制", "重点人群结核病筛查人数", 10, "≥6000人", "5420人", "8", "部分乡镇外出务工人员未能到检"),
    ("履职效能", "检验检测", "实验室检测报告按期出具率", 10, "≥98%", "99.1%", "10", ""),
    ("管理效率", "资产管理", "大型检测设备使用率", 10, "≥85%", "81%", "8.5", "一台质谱仪调试期较长"),
    ("社会效应", "社会效益", "突发公共卫生事件规范处置率", 15, "100%", "100%", "15", ""),
    ("社会效应", "服务对象满意度", "群众对疾控服务满意度", 15, "≥90%", "93.5%", "15", ""),
    ("可持续发展", "能力建设", "专业技术人员年度培训覆盖率", 10, "≥90%", "94%", "10", ""),
]


def h02() -> Made:
    ini, adj, exe = "1120.00", "1286.42", "1264.85"
    rt = rate(exe, adj)
    rows, tot = _with_exec(H02, rt)
    unit = "临洮县疾病预防控制中心"
    d = doc()
    d.add_heading(f"{unit}2024年度单位整体支出绩效自评报告", level=1)
    d.add_paragraph("一、单位基本情况")
    d.add_paragraph("（一）机构设置。中心为县卫生健康局所属公益一类事业单位，内设科室如下：")
    table(d, [["序号", "科室名称", "主要职责"], ["1", "办公室", "综合协调、人事财务"],
              ["2", "疾病控制科", "传染病、慢性病防治"], ["3", "免疫规划科", "预防接种管理"],
              ["4", "检验科", "实验室检测"], ["5", "健康教育科", "健康促进与宣传"]])
    d.add_paragraph("（二）人员情况。中心核定事业编制46名，年末实有在职职工43人，其中专业技术人员36人、管理人员4人、工勤人员3人。")
    d.add_paragraph("二、收支及预算执行情况")
    d.add_paragraph("2024年度收入合计1286.42万元，其中：财政拨款收入1058.30万元，事业收入216.12万元，其他收入12.00万元。"
                    f"支出合计{exe}万元，其中：基本支出702.36万元，项目支出562.49万元。")
    d.add_paragraph(f"全年年初预算{ini}万元，调整预算{adj}万元，实际支出{exe}万元，预算执行率{rt}%。")
    d.add_paragraph("政府采购情况：全年政府采购预算186.00万元，实际采购金额179.42万元，节约资金6.58万元，节约率3.54%，"
                    "其中采购荧光定量PCR仪等设备126.80万元。")
    d.add_paragraph("三、绩效指标完成情况")
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析"]
    body = [[r[0], r[1], r[2], shown(r[4]), shown(r[5]), str(r[3]), r[6], r[7]] for r in rows]
    table(d, [head, *body, ["总分", "", "", "", "", "100", str(tot), ""]], vmerge_cols=(0, 1))
    d.add_paragraph("四、存在问题及改进措施")
    d.add_paragraph("结核病筛查覆盖不足，新购设备调试偏慢。下一步与乡镇卫生院联合开展上门筛查，督促供应商完成培训。")
    d.add_paragraph("五、自评结论")
    d.add_paragraph(f"根据评价指标体系逐项打分，中心2024年度整体支出自评得分{tot}分，自评等级：优。")
    u = {"name": unit, "staff_total": 43, "staff_establishment": 46,
         "staff_parts": [{"name": "专业技术人员", "count": 36}, {"name": "管理人员", "count": 4}, {"name": "工勤人员", "count": 3}],
         "internal_bodies": ["办公室", "疾病控制科", "免疫规划科", "检验科", "健康教育科"]}
    b = money(ini, adj, exe, rt)
    b.update({"income_total": D(adj),
              "income_items": items(("财政拨款收入", "1058.30"), ("事业收入", "216.12"), ("其他收入", "12.00")),
              "expenditure_total": D(exe), "expenditure_items": items(("基本支出", "702.36"), ("项目支出", "562.49"))})
    return facts("整体支出", 2024, u, b, _facts_of(rows), tot, full_mark=100, stated_grade="优"), "docx", docx_bytes(d)


# h03 江西 county hospital, .txt: 收入 by 医疗收入 / 财政补助收入 and 支出 by 医疗业务成本 …, written with thousands
# separators and a 较上年 clause; the 财政拨款 budget told apart; indicators as numbered prose under 履职效能 … headings
# with their points, the weight in brackets after each name ("1.门诊诊疗人次（10分）：…"); "绩效等级评定为优" ---------
H03: list[Row] = [
    ("履职效能", "", "门诊诊疗人次", 10, "≥42万人次", "43.8万人次", "10", ""),
    ("履职效能", "", "出院患者手术占比", 10, "≥30%", "28.6%", "9", ""),
    ("履职效能", "", "县域内就诊率", 10, "≥90%", "91.2%", "10", ""),
    ("履职效能", "", "抗菌药物使用强度", 10, "≤40DDDs", "37.5DDDs", "10", ""),
    ("管理效率", "", "医疗服务收入占比", 10, "≥35%", "33.4%", "9", ""),
    ("社会效应", "", "患者满意度", 15, "≥90%", "94.6%", "15", ""),
    ("社会效应", "", "医疗纠纷发生起数", 10, "≤3起", "2起", "10", ""),
    ("可持续发展", "", "卫生技术人员继续教育达标率", 15, "≥90%", "88%", "13.5", ""),
]


def h03() -> Made:
    ini, adj, exe = "1860.00", "2186.85", "2154.30"
    rt = rate(exe, adj)
    rows, tot = _with_exec(H03, rt)
    unit = "万年县人民医院"
    blocks = []
    for n, block in enumerate(_FRAME):
        picked = [r for r in rows if r[0] == block]
        w, s = sum(r[3] for r in picked), sum((D(r[6]) for r in picked), D(0))
        lines = [f"（{'一二三四'[n]}）{block}（分值{w}分，得分{s}分）"]
        for j, r in enumerate(picked, 1):
            lines.append(f"{j}.{r[2]}（{r[3]}分）：目标值{shown(r[4])}，完成值{shown(r[5])}，得{r[6]}分。")
        blocks.append("\n".join(lines))
    text = f"""万年县人民医院
2024年度部门整体支出绩效自评报告

一、基本情况
医院是县卫生健康委员会所属的二级甲等综合医院，开放床位520张，内设临床科室24个、医技科室8个、职能科室12个。核定编制480名，年末在职职工612人，其中编内职工452人、编外聘用人员160人。

二、收支情况
2024年度医院总收入18,642.30万元，较上年增长6.20%，其中：医疗收入16,208.45万元，财政补助收入2,186.85万元，其他收入247.00万元。总支出18,310.76万元，其中：医疗业务成本15,402.16万元，财政项目补助支出1,628.60万元，管理费用1,280.00万元。
财政拨款年初预算1,860.00万元，调整后预算2,186.85万元，实际支出2,154.30万元，预算执行率{rt}%。

三、绩效指标完成情况
{chr(10).join(blocks)}

四、存在问题
手术占比和医疗服务收入占比略低于目标，继续教育学分达标率不足。

五、下一步措施
推进日间手术，优化收入结构，把继续教育学分纳入科室考核。

六、自评结论
综合评定，医院2024年度部门整体支出绩效自评得分为{tot}分，绩效等级评定为优。
"""
    u = {"name": unit, "staff_total": 612, "staff_establishment": 480,
         "staff_parts": [{"name": "编内职工", "count": 452}, {"name": "编外聘用人员", "count": 160}]}
    b = money(ini, adj, exe, rt)
    b.update({"income_total": D("18642.30"),
              "income_items": items(("医疗收入", "16208.45"), ("财政补助收入", "2186.85"), ("其他收入", "247.00")),
              "expenditure_total": D("18310.76"),
              "expenditure_items": items(("医疗业务成本", "15402.16"), ("财政项目补助支出", "1628.60"), ("管理费用", "1280.00"))})
    return facts("整体支出", 2024, u, b, _facts_of(rows, with_l2=False), tot, stated_grade="优"), "txt", text


# h04 云南 middle school, .docx: a 学生资助 paragraph whose 资助资金 and 人次 are not the budget; the 收支 a Word table with
# 上年决算数 / 本年决算数 / 增减额 / 增减率 columns; bodies with their count; the form's 一级 merged; "绩效评价等级为“良”" --
H04: list[Row] = [
    ("履职效能", "教育教学", "初中学业水平考试合格率", 15, "≥92%", "89.5%", "12", "数学学科合格率偏低"),
    ("履职效能", "学生资助", "家庭经济困难学生资助覆盖率", 10, "100%", "100%", "10", ""),
    ("履职效能", "学生资助", "营养改善计划受益学生人数", 10, "≥1850人", "1872人", "10", ""),
    ("管理效率", "财务管理", "公用经费生均支出控制率", 10, "≤100%", "98.2%", "10", ""),
    ("社会效应", "社会效益", "义务教育巩固率", 15, "≥98%", "97.1%", "12", "外出务工家庭子女随迁转学"),
    ("社会效应", "服务对象满意度", "家长满意度", 15, "≥90%", "86%", "11", "课后服务内容较单一"),
    ("可持续发展", "师资建设", "教师参加县级以上培训人次", 15, "≥120人次", "104人次", "12", "暑期培训一期取消"),
]


def h04() -> Made:
    ini, adj, exe = "1624.00", "1738.56", "1702.18"
    rt = rate(exe, adj)
    rows, tot = _with_exec(H04, rt)
    unit = "弥勒市虹溪第二中学"
    d = doc()
    d.add_heading(f"{unit}2024年度整体支出绩效自评报告", level=1)
    d.add_paragraph("一、基本情况")
    d.add_paragraph("学校为市教育体育局所属公办初级中学，设教学班38个，在校学生1,872人。学校设办公室、教务处、德育处、总务处、安全办5个内设机构。"
                    "现有在职教职工156人，其中专任教师140人、行政管理人员9人、工勤人员7人；核定编制160名。")
    d.add_paragraph("二、收支决算情况（单位：万元）")
    inc = [("收入合计", "1612.40", adj), ("财政拨款收入", "1590.40", "1716.56"), ("其他收入", "22.00", "22.00")]
    out = [("支出合计", "1598.75", exe), ("基本支出", "1302.15", "1386.42"), ("项目支出", "296.60", "315.76")]
    table(d, [["项目", "上年决算数", "本年决算数", "增减额", "增减率"],
              *[[n, a, b2, str(D(b2) - D(a)), _growth(b2, a)] for n, a, b2 in inc + out]])
    d.add_paragraph(f"本年年初预算{ini}万元，年中追加学生资助和校舍维修资金后全年预算{adj}万元，全年支出{exe}万元，预算执行率为{rt}%。")
    d.add_paragraph("学生资助情况：全年发放家庭经济困难学生生活补助、营养改善计划补助等学生资助资金238.60万元，惠及学生3,412人次，"
                    "其中营养改善计划补助186.40万元、覆盖1,872人。")
    d.add_paragraph("三、绩效目标实现情况")
    head = ["一级指标", "二级指标", "三级指标", "年度目标值", "实际完成值", "分值", "得分", "未完成原因"]
    body = [[r[0], r[1], r[2], shown(r[4]), shown(r[5]), str(r[3]), r[6], r[7]] for r in rows]
    table(d, [head, *body, ["合计", "", "", "", "", "100", str(tot), ""]], vmerge_cols=(0,))
    d.add_paragraph("四、自评结论")
    d.add_paragraph(f"经学校自评小组逐项评分，2024年度整体支出绩效自评得分{tot}分，绩效评价等级为“良”。")
    d.add_paragraph("五、存在问题及改进措施")
    d.add_paragraph("教学质量和巩固率未达目标。下一步开展数学学科集体备课，建立随迁学生跟踪台账。")
    u = {"name": unit, "staff_total": 156, "staff_establishment": 160,
         "staff_parts": [{"name": "专任教师", "count": 140}, {"name": "行政管理人员", "count": 9}, {"name": "工勤人员", "count": 7}],
         "internal_bodies": ["办公室", "教务处", "德育处", "总务处", "安全办"], "internal_bodies_count": 5}
    b = money(ini, adj, exe, rt)
    b.update({"income_total": D(adj), "income_items": items(("财政拨款收入", "1716.56"), ("其他收入", "22.00")),
              "expenditure_total": D(exe), "expenditure_items": items(("基本支出", "1386.42"), ("项目支出", "315.76"))})
    return facts("整体支出", 2024, u, b, _facts_of(rows), tot, full_mark=100, stated_grade="良"), "docx", docx_bytes(d)


# h05 河北 county court, .txt: 内设机构 with a count and 人民法庭 as subordinate bodies; 政法专项编制 and 聘用制书记员 (not
# staff); 收入 / 支出 with last year's figure in brackets; the form a pipe table with 分值 before 年度指标值 and a 全年实际值
# column; planted TOTAL_MISMATCH (the stated total 1.50 above the scores' sum); "对应等级为“优”" ------------------------
H05: list[Row] = [
    ("履职效能", "审判执行", "结收案比", 10, "≥100%", "102.6%", "10", ""),
    ("履职效能", "审判执行", "一审服判息诉率", 10, "≥90%", "91.8%", "10", ""),
    ("履职效能", "审判执行", "执行案件法定期限内结案率", 10, "≥90%", "86.4%", "8", "涉企执行案件财产查控难度大"),
    ("履职效能", "诉源治理", "诉前调解成功率", 10, "≥35%", "38.2%", "10", ""),
    ("管理效率", "资产管理", "办案装备完好率", 10, "≥95%", "97%", "10", ""),
    ("社会效应", "社会效益", "司法救助金按期发放率", 15, "100%", "100%", "15", ""),
    ("社会效应", "服务对象满意度", "当事人满意度", 15, "≥90%", "92%", "15", ""),
    ("可持续发展", "队伍建设", "干警年度培训完成率", 10, "≥95%", "93%", "9", "两期线下培训合并"),
]


def h05() -> Made:
    ini, adj, exe = "1780.00", "1936.18", "1918.42"
    rt = rate(exe, adj)
    rows, tot = _with_exec(H05, rt)
    stated = tot + D("1.50")
    unit = "灵寿县人民法院"
    head = ["一级指标", "二级指标", "三级指标", "分值", "年度指标值", "全年实际值", "得分", "未完成原因"]
    body = [[r[0], r[1], r[2], str(r[3]), shown(r[4]), shown(r[5]), r[6], r[7]] for r in rows]
    form = "\n".join(pipe_row(r) for r in [head, *body, ["合计", "", "", "100", "", "", str(stated), ""]])
    text = f"""{unit}
2024年度部门整体支出绩效自评报告

一、部门概况
本院内设立案庭、刑事审判庭、民事审判庭、行政审判庭、执行局、审判管理办公室、政治部、办公室8个内设机构，下设青石人民法庭、北岭人民法庭、松溪人民法庭3个派出法庭。本院核定政法专项编制62名，年末实有干警58人，另有聘用制书记员24人。

二、部门收支情况
2024年度本院收入1936.18万元（上年1824.60万元），其中财政拨款收入1896.18万元、其他收入40.00万元；支出1918.42万元（上年1809.35万元），其中基本支出1242.60万元、项目支出675.82万元。
本年年初预算{ini}万元，全年预算{adj}万元，全年执行数{exe}万元，执行率{rt}%。
全年政府采购执行金额96.40万元，其中采购科技法庭设备58.20万元；“三公”经费支出8.62万元，较上年下降9.35%。

三、绩效指标完成情况
{form}

四、存在问题及改进措施
执行案件结案率和干警培训完成率未达目标。下一步完善执行联动机制，培训按季度分期落实。

五、自评结论
经本院绩效自评领导小组综合评定，2024年度部门整体支出绩效自评得分{stated}分，对应等级为“优”。
"""
    u = {"name": unit, "staff_total": 58, "staff_establishment": 62,
         "internal_bodies": ["立案庭", "刑事审判庭", "民事审判庭", "行政审判庭", "执行局", "审判管理办公室", "政治部", "办公室"],
         "internal_bodies_count": 8,
         "subordinate_bodies": ["青石人民法庭", "北岭人民法庭", "松溪人民法庭"], "subordinate_bodies_count": 3}
    b = money(ini, adj, exe, rt)
    b.update({"income_total": D(adj), "income_items": items(("财政拨款收入", "1896.18"), ("其他收入", "40.00")),
              "expenditure_total": D(exe), "expenditure_items": items(("基本支出", "1242.60"), ("项目支出", "675.82"))})
    f = facts("整体支出", 2024, u, b, _facts_of(rows), stated, full_mark=100, stated_grade="优",
              planted=["TOTAL_MISMATCH"])
    return f, "txt", text


# h06 陕西 county CPPCC office, .docx: 编制 with its kinds in brackets, then 实有; 内设机构 with their count; a 三公经费
# paragraph with 预算 and 决算 of each kind; the form a Word table with 一级 and 二级 merged; planted
# EXECUTION_RATE_MISMATCH (the stated 执行率 two points below 执行数 ÷ 全年预算); "等级评定为“优”" ---------------------
H06: list[Row] = [
    ("履职效能", "履职活动", "全体会议及常委会议召开次数", 10, "≥6次", "7次", "10", ""),
    ("履职效能", "履职活动", "提案立案数", 10, "≥150件", "163件", "10", ""),
    ("履职效能", "履职活动", "提案办复率", 10, "100%", "100%", "10", ""),
    ("履职效能", "文史资料", "文史资料编印册数", 5, "≥1册", "1册", "5", ""),
    ("管理效率", "财务管理", "“三公”经费控制率", 10, "≤100%", "87.4%", "10", ""),
    ("社会效应", "社会效益", "委员履职活动参与率", 15, "≥90%", "93%", "15", ""),
    ("社会效应", "服务对象满意度", "提案者对办理结果满意率", 15, "≥90%", "91.5%", "15", ""),
    ("可持续发展", "制度建设", "委员履职档案建档率", 15, "100%", "96%", "13", "新增委员档案年底补录"),
]


def h06() -> Made:
    ini, adj, exe = "386.50", "412.30", "404.16"
    stated_rt = rate(exe, adj) - 2
    rows, tot = _with_exec(H06, stated_rt)
    unit = "政协镇安县委员会办公室"
    d = doc()
    d.add_heading(f"{unit}2024年度部门整体支出绩效自评报告", level=1)
    d.add_paragraph("一、部门基本情况")
    d.add_paragraph("本单位为参照公务员法管理单位，内设综合科、提案委员会办公室、文史和学习委员会办公室、经济科技委员会办公室4个科室。"
                    "核定编制20名（行政编制18名、工勤编制2名），实有在职人员19人。")
    d.add_paragraph("二、部门预算执行情况")
    d.add_paragraph(f"2024年年初预算{ini}万元，追加预算后全年预算{adj}万元，全年执行{exe}万元，执行率{stated_rt}%。"
                    "其中基本支出298.74万元，项目支出105.42万元。")
    d.add_paragraph("“三公”经费：年初预算12.00万元，决算10.49万元。其中公务接待费预算4.00万元、决算3.12万元；"
                    "公务用车运行维护费预算8.00万元、决算7.37万元。全年未安排因公出国（境）费。")
    d.add_paragraph("三、绩效指标完成情况")
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"]
    body = [[r[0], r[1], r[2], shown(r[4]), shown(r[5]), str(r[3]), r[6], r[7]] for r in rows]
    table(d, [head, *body, ["总分", "", "", "", "", "100", str(tot), ""]], vmerge_cols=(0, 1))
    d.add_paragraph("四、自评结论")
    d.add_paragraph(f"对照部门整体支出绩效评价指标体系，本单位2024年度综合得分{tot}分，等级评定为“优”。")
    u = {"name": unit, "staff_total": 19, "staff_establishment": 20,
         "internal_bodies": ["综合科", "提案委员会办公室", "文史和学习委员会办公室", "经济科技委员会办公室"],
         "internal_bodies_count": 4}
    b = money(ini, adj, exe, stated_rt)
    b.update({"expenditure_total": D(exe), "expenditure_items": items(("基本支出", "298.74"), ("项目支出", "105.42"))})
    f = facts("整体支出", 2024, u, b, _facts_of(rows), tot, full_mark=100, stated_grade="优",
              planted=["EXECUTION_RATE_MISMATCH"])
    return f, "docx", docx_bytes(d)


# h07 广西 township, .txt: 下辖 villages; staff in one sentence with 编制 after 实有; the 收支 tab-separated with 上年 /
# 本年 / 增减率; the villages' funds in a paragraph of their own ("村级组织运转经费…安排…已拨付…"); indicators as
# numbered prose under 一、… headings with 权重, each "（N）名称，目标值…，实际值…，权重N分，得分N分。" ---------------------
H07: list[Row] = [
    ("履职效能", "", "农村低保金按月发放率", 10, "100%", "100%", "10", ""),
    ("履职效能", "", "高标准农田建设面积", 10, "≥1200亩", "1260亩", "10", ""),
    ("履职效能", "", "农村道路养护里程", 10, "≥86公里", "86公里", "10", ""),
    ("履职效能", "", "防返贫监测对象帮扶覆盖率", 10, "100%", "100%", "10", ""),
    ("管理效率", "", "村级财务公开率", 10, "100%", "92.3%", "9", ""),
    ("社会效应", "", "群众安全感满意度", 15, "≥92%", "93.1%", "15", ""),
    ("社会效应", "", "森林火灾受害率", 10, "≤0.8‰", "0.3‰", "10", ""),
    ("可持续发展", "", "村集体经济收入5万元以上村占比", 15, "≥60%", "53.8%", "12.5", ""),
]


def h07() -> Made:
    ini, adj, exe = "1486.00", "1652.80", "1617.36"
    rt = rate(exe, adj)
    rows, tot = _with_exec(H07, rt)
    unit = "凌云县白岩乡人民政府"
    inc = [("收入合计", "1530.20", adj), ("财政拨款收入", "1502.20", "1628.80"), ("其他收入", "28.00", "24.00")]
    out = [("支出合计", "1506.44", exe), ("基本支出", "742.10", "768.54"), ("项目支出", "764.34", "848.82")]
    money_rows = ["项目\t上年数\t本年数\t增减率"] + [f"{n}\t{a}\t{b}\t{_growth(b, a)}" for n, a, b in inc + out]
    blocks = []
    for n, block in enumerate(_FRAME):
        picked = [r for r in rows if r[0] == block]
        lines = [f"{'一二三四'[n]}、{block}指标（权重{sum(r[3] for r in picked)}分）"]
        for j, r in enumerate(picked, 1):
            lines.append(f"（{j}）{r[2]}，目标值{shown(r[4])}，实际值{shown(r[5])}，权重{r[3]}分，得分{r[6]}分。")
        blocks.append("\n".join(lines))
    text = f"""{unit}2024年度部门整体支出绩效自评报告

第一部分 基本情况
白岩乡下辖11个行政村、2个社区，乡政府设党政办公室、经济发展办公室、社会事务办公室、自然资源和生态环境办公室4个内设机构。全乡年末实有在职干部职工47人，核定编制50名。

第二部分 收支情况（单位：万元）
{chr(10).join(money_rows)}
全年年初预算{ini}万元，调整预算{adj}万元，全年支出{exe}万元，预算执行率{rt}%。

第三部分 村级资金情况
村级组织运转经费：11个行政村、2个社区共安排96.20万元，已拨付96.20万元；村干部基本报酬安排148.50万元，已拨付148.50万元。

第四部分 绩效指标完成情况
{chr(10).join(blocks)}

第五部分 自评结论
我乡2024年度部门整体支出绩效自评分为{tot}分，评价等次为优秀。
"""
    u = {"name": unit, "staff_total": 47, "staff_establishment": 50,
         "internal_bodies": ["党政办公室", "经济发展办公室", "社会事务办公室", "自然资源和生态环境办公室"], "internal_bodies_count": 4}
    b = money(ini, adj, exe, rt)
    b.update({"income_total": D(adj), "income_items": items(("财政拨款收入", "1628.80"), ("其他收入", "24.00")),
              "expenditure_total": D(exe), "expenditure_items": items(("基本支出", "768.54"), ("项目支出", "848.82"))})
    inds = _facts_of(rows, with_l2=False)
    for i in inds:  # the headings write the block's name with 指标 ("一、履职效能指标（权重40分）")
        i["level1"] += "指标"
    return facts("整体支出", 2024, u, b, inds, tot, stated_grade="优"), "txt", text


# h08 安徽 development-zone 管委会, .docx: 内设机构 and 下属单位 side by side in a two-column Word table; the budget in
# one sentence after 招商 figures in 亿元; the form a Word table with 目标值 / 完成值 / 权重 columns, 一级 merged; the
# conclusion "自评总分X分，属“优秀”档次" ---------------------------------------------------------------------------------
H08: list[Row] = [
    ("履职效能", "招商引资", "新签约亿元以上项目数", 15, "≥12个", "14个", "15", ""),
    ("履职效能", "项目建设", "标准化厂房竣工面积", 10, "≥8万平方米", "8.6万平方米", "10", ""),
    ("履职效能", "项目建设", "园区道路管网新建里程", 10, "≥6公里", "5.2公里", "8.5", "一段道路征迁未完成"),
    ("管理效率", "财务管理", "项目资金支付及时率", 10, "≥95%", "96.5%", "10", ""),
    ("社会效应", "经济效益", "规模以上工业产值增长率", 15, "≥10%", "11.4%", "15", ""),
    ("社会效应", "服务对象满意度", "入园企业满意度", 10, "≥90%", "92%", "10", ""),
    ("可持续发展", "绿色发展", "单位工业增加值能耗下降率", 10, "≥3%", "3.2%", "10", ""),
    ("可持续发展", "长效管理", "企业服务专员制度覆盖率", 10, "100%", "100%", "10", ""),
]


def h08() -> Made:
    ini, adj, exe = "5260.00", "6184.50", "6052.76"
    rt = rate(exe, adj)
    rows, tot = _with_exec(H08, rt)
    unit = "濉溪县铝基新材料产业园管理委员会"
    d = doc()
    d.add_heading(f"{unit}2024年度部门整体支出绩效自评报告", level=1)
    d.add_paragraph("一、部门概况")
    d.add_paragraph("管委会为县政府派出机构，机构设置情况如下：")
    table(d, [["内设机构", "下属单位"], ["党政办公室", "园区建设服务中心"], ["经济发展局", "园区投资发展有限公司"],
              ["招商服务局", ""], ["规划建设局", ""]])
    d.add_paragraph("管委会核定编制34名，年末实有在职人员31人。")
    d.add_paragraph("二、部门收支及预算执行情况")
    d.add_paragraph("2024年园区新签约项目14个，协议总投资86.5亿元，实现规模以上工业产值182.6亿元。")
    d.add_paragraph(f"本年度年初预算{ini}万元，调整后预算{adj}万元，实际支出{exe}万元，预算执行率{rt}%。"
                    "其中基本支出612.30万元，项目支出5440.46万元。")
    d.add_paragraph("三、绩效指标完成情况")
    head = ["一级指标", "二级指标", "三级指标", "目标值", "完成值", "权重", "得分", "偏差原因"]
    body = [[r[0], r[1], r[2], shown(r[4]), shown(r[5]), str(r[3]), r[6], r[7]] for r in rows]
    table(d, [head, *body, ["合计", "", "", "", "", "100", str(tot), ""]], vmerge_cols=(0,))
    d.add_paragraph("四、自评结论")
    d.add_paragraph(f"经管委会绩效评价工作组评定，2024年度部门整体支出自评总分{tot}分，属“优秀”档次。")
    d.add_paragraph("五、存在问题及改进措施")
    d.add_paragraph("个别道路因征迁未按期建成。下一步会同镇政府加快征迁，确保2025年上半年通车。")
    u = {"name": unit, "staff_total": 31, "staff_establishment": 34,
         "internal_bodies": ["党政办公室", "经济发展局", "招商服务局", "规划建设局"],
         "subordinate_bodies": ["园区建设服务中心", "园区投资发展有限公司"]}
    b = money(ini, adj, exe, rt)
    b.update({"expenditure_total": D(exe), "expenditure_items": items(("基本支出", "612.30"), ("项目支出", "5440.46"))})
    return facts("整体支出", 2024, u, b, _facts_of(rows), tot, full_mark=100, stated_grade="优"), "docx", docx_bytes(d)


REPORTS: dict[str, Any] = {
    "h01-zj-fengxi-street-whole-txt-lists-yoy-table": h01,
    "h02-gs-lintao-cdc-whole-docx-body-table-merged-form": h02,
    "h03-jx-wannian-hospital-whole-txt-medical-income-prose": h03,
    "h04-yn-mile-school-whole-docx-aid-yoy-table": h04,
    "h05-he-lingshou-court-whole-txt-bracket-lastyear-planted": h05,
    "h06-sn-zhenan-cppcc-whole-docx-merged-form-planted": h06,
    "h07-gx-lingyun-township-whole-txt-tab-yoy-prose": h07,
    "h08-ah-suixi-zone-whole-docx-bodies-table": h08,
}
