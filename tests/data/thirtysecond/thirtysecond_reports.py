# ruff: noqa: E501
"""Reports g01–g08 of the thirty-second set, each returning (facts, ext, content). Every unit, person, project and figure
is invented (real provinces and counties, invented towns, offices, schools, stations and projects).

Builders and value helpers are the eighteenth, seventeenth, twentieth, twenty-fifth and twenty-ninth sets' (imported,
not copied).
"""

from __future__ import annotations

from typing import Any

from docx.enum.text import WD_BREAK
from eighteenth_facts import D, Made, Row, doc, docx_bytes, facts, shown, table, wan_yuan, yuan
from twentieth_facts import indicators, money, scored
from twentyfifth_project import project_of, project_unit
from twentyninth_reports import FORM_HEAD, form_rows, pipe_row


def _money_table(ini: str, adj: str, exe: str, rt: D, es: D) -> list[list[str]]:
    return [["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["年度资金总额", ini, adj, exe, "10", f"{rt}%", str(es)],
            ["其中：当年财政拨款", ini, adj, exe, "—", "—", "—"]]


# g01 江苏 county animal-disease centre, .docx: the indicator table's 一级 AND 二级 columns merged down their blocks (a 二级
# merged over three or four rows) and a 权重 column written in % ("15%") instead of 分值 ------------------------------------
G01: list[Row] = [
    ("产出指标", "数量指标", "强制免疫动物应免数量", 10, "≥186万头（只）", "191.4万头（只）", "10", ""),
    ("产出指标", "数量指标", "免疫抗体监测样本数", 5, "≥3600份", "3760份", "5", ""),
    ("产出指标", "数量指标", "病死畜禽无害化处理数量", 5, "≥12000头", "12480头", "5", ""),
    ("产出指标", "质量指标", "强制免疫病种免疫密度", 10, "≥90%", "96.2%", "10", ""),
    ("产出指标", "质量指标", "免疫抗体合格率", 10, "≥70%", "82.6%", "10", ""),
    ("产出指标", "时效指标", "补助资金兑付及时率", 10, "100%", "96%", "9", "两个乡镇台账复核延后"),
    ("效益指标", "社会效益指标", "区域性重大动物疫情发生次数", 10, "0次", "0次", "10", ""),
    ("效益指标", "社会效益指标", "养殖场户防疫意识", 5, "T:明显提高", "T:明显提高", "5", ""),
    ("效益指标", "可持续影响指标", "动物防疫体系运行", 5, "T:长期稳定", "T:稳定运行", "5", ""),
    ("满意度指标", "服务对象满意度指标", "养殖场户满意度", 20, "≥90%", "92.3%", "20", ""),
]


def g01() -> Made:
    ini, adj, exe = "486.00", "512.40", "497.36"
    rt, es, tot = scored(exe, adj, G01)
    dept, impl, proj = "灌南县农业农村局", "灌南县动物疫病预防控制中心", "动物防疫补助资金项目"
    d = doc()
    d.add_heading("项目支出绩效自评表", level=1)
    d.add_paragraph("（2024年度）")
    table(d, [["项目名称", proj, "", "", "", "", ""],
              ["主管部门", dept, "", "实施单位", impl, "", ""],
              *_money_table(ini, adj, exe, rt, es)],
          merges=[(0, 1, 0, 6), (1, 1, 1, 2), (1, 4, 1, 6)])
    d.add_paragraph("")
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "权重", "得分", "偏差原因分析及改进措施"]
    rows = [head, ["产出指标", "预算执行", "预算执行率", "100%", f"{rt}%", "10%", str(es), ""]]
    rows += [[r[0], r[1], r[2], shown(r[4]), shown(r[5]), f"{r[3]}%", r[6], r[7]] for r in G01]
    rows.append(["合计", "", "", "", "", "100%", str(tot), ""])
    table(d, rows, vmerge_cols=(0, 1))
    d.add_paragraph(f"自评得分：{tot}分    自评等级：优")
    d.add_paragraph("填报单位：灌南县动物疫病预防控制中心    填报日期：2025年3月20日")
    inds = indicators(rt, es, G01, level1="产出指标", level2="预算执行",
                      target={"value": D(100), "unit": "%"})
    f = facts("项目支出", 2024, project_unit(dept), money(ini, adj, exe, rt), inds, tot,
              project=project_of(proj, impl), full_mark=100, stated_grade="优")
    return f, "docx", docx_bytes(d)


# g02 湖南 county natural-resources bureau, .txt: the 部门整体 form with a 收入 block and a 支出 block (基本支出 with its
# 人员经费 / 公用经费 beside it, 项目支出) before the indicators, each block a label row over a figure row; pipe cells ------
G02: list[Row] = [
    ("产出指标", "数量指标", "不动产登记业务办理件数", 10, "≥18000件", "19264件", "10", ""),
    ("产出指标", "数量指标", "耕地保护动态巡查次数", 10, "≥48次", "52次", "10", ""),
    ("产出指标", "质量指标", "违法用地案件查处率", 15, "100%", "100%", "15", ""),
    ("产出指标", "时效指标", "不动产登记按时办结率", 10, "≥98%", "99.1%", "10", ""),
    ("效益指标", "社会效益指标", "耕地保有量完成率", 15, "100%", "100%", "15", ""),
    ("效益指标", "生态效益指标", "历史遗留矿山生态修复面积", 10, "≥35公顷", "31.6公顷", "8", "两处修复工程受雨季影响顺延"),
    ("满意度指标", "服务对象满意度指标", "办事群众满意度", 20, "≥90%", "94%", "20", ""),
]


def g02() -> Made:
    ini, adj, exe = "2386.50", "2541.08", "2478.92"
    rt, es, tot = scored(exe, adj, G02)
    unit = "攸县自然资源局"
    income = [("一般公共预算财政拨款收入", "2218.38"), ("政府性基金预算财政拨款收入", "286.20"), ("其他收入", "36.50")]
    basic, project_spend = "1862.45", "616.47"
    staff_cost, office_cost = "1580.12", "282.33"
    cells = [
        ["部门（单位）名称", unit, "", "", "", "", ""],
        ["年度预算（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["年度资金总额", ini, adj, exe, "10", f"{rt}%", str(es)],
        ["收入（万元）", "合计", *[n for n, _ in income]],
        ["", adj, *[a for _, a in income]],
        ["支出（万元）", "合计", "基本支出", "其中：人员经费", "其中：公用经费", "项目支出"],
        ["", exe, basic, staff_cost, office_cost, project_spend],
    ]
    head = "\n".join(pipe_row(r) for r in cells)
    form = "\n".join(pipe_row(r) for r in [FORM_HEAD, *form_rows(G02, rt, es), ["总分", "", "", "", "", "100", str(tot), "优"]])
    text = f"""攸县自然资源局2024年度部门整体支出绩效自评表

{head}
{form}

填报人：刘晓明    联系电话：0731-24XXXX12    填报日期：2025年4月8日
"""
    budget = money(ini, adj, exe, rt)
    budget.update(income_total=D(adj), income_items=[{"name": n, "amount": D(a)} for n, a in income],
                  expenditure_total=D(exe),
                  expenditure_items=[{"name": "基本支出", "amount": D(basic)}, {"name": "项目支出", "amount": D(project_spend)}])
    inds = indicators(rt, es, G02, level1="产出指标", level2="预算执行")
    f = facts("整体支出", 2024, {"name": unit}, budget, inds, tot, full_mark=100, stated_grade="优")
    return f, "txt", text


# g03 四川 county education bureau, .txt: a tab-separated form whose 年度指标值 and 实际完成值 cells hold WORDS (合格 / 达标 /
# 有效改善 / 按期完成) and RANGES ("≥95%", "≤3天", "≤5%"), not only figures ------------------------------------------------
G03: list[Row] = [
    ("产出指标", "数量指标", "维修改造乡村学校校舍", 15, "12所", "12所", "15", ""),
    ("产出指标", "数量指标", "更新课桌椅套数", 10, "≥1800套", "1860套", "10", ""),
    ("产出指标", "质量指标", "维修工程竣工验收", 10, "T:合格", "T:合格", "10", ""),
    ("产出指标", "质量指标", "课桌椅质量抽检", 5, "T:达标", "T:达标", "5", ""),
    ("产出指标", "时效指标", "校舍报修响应时间", 10, "≤3天", "2天", "10", ""),
    ("产出指标", "成本指标", "工程结算超预算比例", 5, "≤5%", "3.2%", "5", ""),
    ("效益指标", "社会效益指标", "乡村学校办学条件", 15, "T:有效改善", "T:有效改善", "15", ""),
    ("效益指标", "可持续影响指标", "校舍安全隐患", 10, "T:持续消除", "T:基本消除", "8", "两所学校附属用房待2025年改造"),
    ("满意度指标", "服务对象满意度指标", "师生及家长满意度", 10, "≥95%", "96.8%", "10", ""),
]


def g03() -> Made:
    ini, adj, exe = "760.00", "782.60", "771.35"
    rt, es, tot = scored(exe, adj, G03)
    dept, impl, proj = "旺苍县教育局", "旺苍县教育局", "乡村学校办学条件改善项目"
    rows = ["\t".join(r) for r in [FORM_HEAD, *form_rows(G03, rt, es)]]
    form = "\n".join(rows)
    text = f"""{proj}绩效自评表
（2024年度）
项目名称\t{proj}
主管部门\t{dept}\t实施单位\t{impl}
项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分
年度资金总额\t{ini}\t{adj}\t{exe}\t10\t{rt}%\t{es}
其中：当年财政拨款\t{ini}\t{adj}\t{exe}\t—\t—\t—
{form}
总分\t\t\t\t\t100\t{tot}\t优
"""
    inds = indicators(rt, es, G03, level1="产出指标", level2="预算执行")
    f = facts("项目支出", 2024, project_unit(dept), money(ini, adj, exe, rt), inds, tot,
              project=project_of(proj, impl), full_mark=100, stated_grade="优")
    return f, "txt", text


# g04 山东 county water bureau, .docx: a project form whose indicator table carries a 中期指标值 column (the three-year goal,
# 2023—2025) BESIDE the 年度指标值, after a goals row with 中期目标 and 年度目标 both ---------------------------------------
G04: list[tuple[Row, str]] = [
    (("产出指标", "数量指标", "新建高效节水灌溉面积", 15, "≥1.2万亩", "1.26万亩", "15", ""), "≥3.5万亩"),
    (("产出指标", "数量指标", "新建改造灌溉渠道长度", 10, "≥28公里", "28.4公里", "10", ""), "≥80公里"),
    (("产出指标", "质量指标", "工程质量验收合格率", 15, "100%", "100%", "15", ""), "100%"),
    (("产出指标", "时效指标", "年度工程完工率", 10, "≥95%", "92%", "8", "一处泵站因用电接入审批延后"), "100%"),
    (("效益指标", "经济效益指标", "亩均节水量", 10, "≥60立方米", "64立方米", "10", ""), "≥60立方米"),
    (("效益指标", "生态效益指标", "农田灌溉水有效利用系数", 10, "≥0.65", "0.66", "10", ""), "≥0.67"),
    (("满意度指标", "服务对象满意度指标", "受益农户满意度", 20, "≥90%", "93%", "20", ""), "≥90%"),
]


def g04() -> Made:
    ini, adj, exe = "1560.00", "1632.80", "1598.24"
    rows = [r for r, _ in G04]
    rt, es, tot = scored(exe, adj, rows)
    dept, impl, proj = "莒南县水利局", "莒南县灌溉工程管理中心", "高效节水灌溉工程项目"
    d = doc()
    d.add_heading("项目支出绩效自评表", level=1)
    d.add_paragraph("（2024年度）")
    table(d, [["项目名称", proj, "", "", "", "", ""],
              ["主管部门", dept, "", "实施单位", impl, "", ""],
              *_money_table(ini, adj, exe, rt, es),
              ["绩效目标", "中期目标（2023—2025年）", "", "", "年度目标", "", ""],
              ["", "三年新建高效节水灌溉面积3.5万亩，新建改造渠道80公里，灌溉水有效利用系数提高到0.67。", "", "",
               "新建高效节水灌溉面积1.2万亩，新建改造渠道28公里。", "", ""]],
          merges=[(0, 1, 0, 6), (1, 1, 1, 2), (1, 4, 1, 6), (5, 1, 5, 3), (5, 4, 5, 6), (6, 1, 6, 3), (6, 4, 6, 6),
                  (5, 0, 6, 0)])
    d.add_paragraph("")
    head = ["一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    body = [head, ["产出指标", "预算执行", "预算执行率", "", "", f"{rt}%", "10", str(es), ""]]
    body += [[r[0], r[1], r[2], mid, shown(r[4]), shown(r[5]), str(r[3]), r[6], r[7]] for r, mid in G04]
    body.append(["总分", "", "", "", "", "", "100", str(tot), ""])
    table(d, body, vmerge_cols=(0,))
    d.add_paragraph(f"自评得分：{tot}分    自评等级：优")
    inds = indicators(rt, es, rows, level1="产出指标", level2="预算执行")
    f = facts("项目支出", 2024, project_unit(dept), money(ini, adj, exe, rt), inds, tot,
              project=project_of(proj, impl), full_mark=100, stated_grade="优")
    return f, "docx", docx_bytes(d)


# g05 云南 county forestry bureau, .txt: a pipe form whose 偏差原因分析及改进措施 column is filled with LONG SENTENCES
# holding figures, percentages and dates; planted TOTAL_MISMATCH (the stated total 2.00 above the scores' sum) --------------
G05: list[Row] = [
    ("产出指标", "数量指标", "完成森林抚育面积", 15, "≥8000亩", "8260亩", "15",
     "全年完成抚育8260亩，超计划260亩，主要是两个国有林场提前完成秋季抚育任务。"),
    ("产出指标", "数量指标", "聘用生态护林员人数", 10, "≥420人", "408人", "8",
     "年中有12名护林员因外出务工辞聘，补聘程序于11月完成，实际在岗408人，完成率97.14%；下一步建立候补人员库，缩短补聘时间至15天以内。"),
    ("产出指标", "质量指标", "抚育作业检查验收合格率", 15, "≥95%", "97.5%", "15", ""),
    ("产出指标", "时效指标", "护林员劳务补助按月发放率", 10, "100%", "91.7%", "8",
     "1月份补助因年初预算下达较晚延至2月发放，其余11个月均按月发放；2025年将提前做好资金预拨。"),
    ("效益指标", "生态效益指标", "森林覆盖率", 10, "≥68.5%", "68.9%", "10", ""),
    ("效益指标", "社会效益指标", "带动脱贫人口就业人数", 10, "≥400人", "408人", "10", ""),
    ("满意度指标", "服务对象满意度指标", "护林员满意度", 20, "≥90%", "88%", "17",
     "问卷发放300份、回收286份，部分护林员反映巡护装备更新不及时；已安排资金18.6万元于2025年一季度更新巡护装备。"),
]


def g05() -> Made:
    ini, adj, exe = "935.00", "962.40", "947.55"
    rt, es, tot = scored(exe, adj, G05)
    stated = tot + 2
    dept, impl, proj = "双柏县林业和草原局", "双柏县林业和草原局", "森林生态保护与修复补助项目"
    form = "\n".join(pipe_row(r) for r in [FORM_HEAD, *form_rows(G05, rt, es), ["总分", "", "", "", "", "100", str(stated), "优"]])
    text = f"""{proj}2024年度绩效自评报告

一、项目基本情况
项目名称：{proj}
主管部门：{dept}
实施单位：{impl}
本项目年初预算{ini}万元，年中追加护林员补助后全年预算{adj}万元，全年执行{exe}万元，预算执行率{rt}%。

二、绩效指标完成情况
{form}

三、自评结论
本项目2024年度自评得分{stated}分，自评等级为优。
"""
    inds = indicators(rt, es, G05, level1="产出指标", level2="预算执行")
    f = facts("项目支出", 2024, project_unit(dept), money(ini, adj, exe, rt), inds, stated,
              project=project_of(proj, impl), full_mark=100, stated_grade="优", planted=["TOTAL_MISMATCH"])
    return f, "txt", text


# g06 浙江 county health bureau, .docx: the indicator table SPLIT ACROSS TWO Word tables at a page break (the second part
# without a header row, as Word leaves it when a table is cut and pasted on the next page) ----------------------------------
G06: list[Row] = [
    ("产出指标", "数量指标", "家庭医生签约服务人数", 10, "≥42000人", "43580人", "10", ""),
    ("产出指标", "数量指标", "65岁及以上老年人健康体检人数", 10, "≥15600人", "16020人", "10", ""),
    ("产出指标", "数量指标", "村卫生室标准化建设个数", 5, "≥18个", "18个", "5", ""),
    ("产出指标", "质量指标", "电子健康档案规范建档率", 10, "≥90%", "93.4%", "10", ""),
    ("产出指标", "时效指标", "补助资金下达及时率", 5, "100%", "100%", "5", ""),
    ("效益指标", "社会效益指标", "高血压患者规范管理率", 10, "≥65%", "67.2%", "10", ""),
    ("效益指标", "社会效益指标", "糖尿病患者规范管理率", 10, "≥65%", "61.8%", "8", "部分山区患者随访依从性差"),
    ("效益指标", "可持续影响指标", "基层首诊率", 10, "≥60%", "62.5%", "10", ""),
    ("满意度指标", "服务对象满意度指标", "签约居民满意度", 20, "≥90%", "92.6%", "20", ""),
]


def g06() -> Made:
    ini, adj, exe = "1286.00", "1318.50", "1296.74"
    rt, es, tot = scored(exe, adj, G06)
    dept, impl, proj = "庆元县卫生健康局", "庆元县卫生健康局", "基本公共卫生服务补助资金项目"
    d = doc()
    d.add_heading("项目支出绩效自评表", level=1)
    d.add_paragraph("（2024年度）")
    table(d, [["项目名称", proj, "", "", "", "", ""],
              ["主管部门", dept, "", "实施单位", impl, "", ""],
              *_money_table(ini, adj, exe, rt, es)],
          merges=[(0, 1, 0, 6), (1, 1, 1, 2), (1, 4, 1, 6)])
    d.add_paragraph("")
    allrows = form_rows(G06, rt, es)
    table(d, [FORM_HEAD, *allrows[:6]], vmerge_cols=(0,))
    d.add_paragraph("").add_run().add_break(WD_BREAK.PAGE)
    table(d, [*allrows[6:], ["总分", "", "", "", "", "100", str(tot), "优"]], vmerge_cols=(0,))
    d.add_paragraph("填报单位（盖章）：庆元县卫生健康局    填报日期：2025年3月28日")
    inds = indicators(rt, es, G06, level1="产出指标", level2="预算执行")
    f = facts("项目支出", 2024, project_unit(dept), money(ini, adj, exe, rt), inds, tot,
              project=project_of(proj, impl), full_mark=100, stated_grade="优")
    return f, "docx", docx_bytes(d)


# g07 河南 county housing bureau, .txt: the money block IN 元 with thousands separators (项目资金（元）), the prose in 元 too;
# the form tab-separated; planted EXECUTION_RATE_MISMATCH (the stated rate two points below 执行数 ÷ 全年预算数) -----------
G07: list[Row] = [
    ("产出指标", "数量指标", "农村危房改造户数", 20, "≥146户", "146户", "20", ""),
    ("产出指标", "质量指标", "改造房屋竣工验收合格率", 15, "100%", "100%", "15", ""),
    ("产出指标", "时效指标", "补助资金兑付及时率", 10, "≥95%", "97%", "10", ""),
    ("产出指标", "成本指标", "户均补助标准", 10, "≤2.2万元", "2.18万元", "10", ""),
    ("效益指标", "社会效益指标", "农村低收入群体住房安全保障率", 15, "100%", "100%", "15", ""),
    ("满意度指标", "服务对象满意度指标", "改造户满意度", 20, "≥90%", "95%", "20", ""),
]


def g07() -> Made:
    ini_y, adj_y, exe_y = "3,120,000.00", "3,212,000.00", "3,183,160.00"
    ini, adj, exe = (str(wan_yuan(v)) for v in (ini_y, adj_y, exe_y))
    rt, _, _ = scored(exe, adj, G07)
    stated_rt = rt - 2
    es = (10 * stated_rt / 100).quantize(D("0.01"))
    tot = es + sum(D(r[6]) for r in G07)
    dept, impl, proj = "镇平县住房和城乡建设局", "镇平县住房和城乡建设局", "农村危房改造补助资金项目"
    form = "\n".join("\t".join(r) for r in [FORM_HEAD, *form_rows(G07, stated_rt, es)])
    text = f"""{proj}绩效自评表
（2024年度）
项目名称\t{proj}
主管部门\t{dept}\t实施单位\t{impl}
项目资金（元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分
年度资金总额\t{ini_y}\t{adj_y}\t{exe_y}\t10\t{stated_rt}%\t{es}
其中：当年财政拨款\t{ini_y}\t{adj_y}\t{exe_y}\t—\t—\t—
{form}
总分\t\t\t\t\t100\t{tot}\t优

说明：本项目全年预算{adj_y}元，已兑付改造户补助{exe_y}元，户均补助{yuan("2.18")}元。
"""
    inds = indicators(stated_rt, es, G07, level1="产出指标", level2="预算执行")
    f = facts("项目支出", 2024, project_unit(dept), money(ini, adj, exe, stated_rt), inds, tot,
              project=project_of(proj, impl), full_mark=100, stated_grade="优", planted=["EXECUTION_RATE_MISMATCH"])
    return f, "txt", text


# g08 广东 county archives, .docx: the 部门整体 Word form with label cells for the staff (编制数 | 实有人数 in one row), a
# budget table whose rows are 年度资金总额, 按收入性质分 and 按支出性质分 (基本支出 / 项目支出 side by side with the income) --
G08: list[Row] = [
    ("产出指标", "数量指标", "馆藏档案数字化页数", 15, "≥120万页", "126.4万页", "15", ""),
    ("产出指标", "数量指标", "接收进馆档案卷数", 10, "≥6000卷", "6320卷", "10", ""),
    ("产出指标", "质量指标", "档案数字化质检合格率", 10, "≥98%", "99.2%", "10", ""),
    ("产出指标", "时效指标", "档案查阅利用按时办结率", 10, "100%", "100%", "10", ""),
    ("效益指标", "社会效益指标", "档案查阅利用人次", 15, "≥5000人次", "4620人次", "13", "线上查档分流部分到馆人次"),
    ("效益指标", "可持续影响指标", "档案安全事故发生次数", 10, "0次", "0次", "10", ""),
    ("满意度指标", "服务对象满意度指标", "查档群众满意度", 20, "≥90%", "95.2%", "20", ""),
]


def g08() -> Made:
    ini, adj, exe = "386.20", "402.75", "398.16"
    rt, es, tot = scored(exe, adj, G08)
    unit = "紫金县档案馆"
    fin, other = "392.75", "10.00"
    basic, proj_spend = "312.46", "85.70"
    d = doc()
    d.add_heading("部门（单位）整体支出绩效自评表", level=1)
    d.add_paragraph("（2024年度）")
    table(d, [["单位名称", unit, "", "", "", "", ""],
              ["编制数", "18", "实有人数", "16", "", "", ""],
              ["年度预算（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
              ["年度资金总额", ini, adj, exe, "10", f"{rt}%", str(es)],
              ["按收入性质分", "全年预算数", "", "按支出性质分", "全年执行数", "", ""],
              ["一般公共预算财政拨款", fin, "", "基本支出", basic, "", ""],
              ["其他资金", other, "", "项目支出", proj_spend, "", ""]],
          merges=[(0, 1, 0, 6), (1, 3, 1, 6), (4, 1, 4, 2), (4, 4, 4, 6), (5, 1, 5, 2), (5, 4, 5, 6), (6, 1, 6, 2),
                  (6, 4, 6, 6)])
    d.add_paragraph("")
    table(d, [FORM_HEAD, *form_rows(G08, rt, es), ["总分", "", "", "", "", "100", str(tot), "优"]], vmerge_cols=(0,))
    d.add_paragraph("单位负责人：陈建华    填报人：黄丽    填报日期：2025年4月2日")
    budget = money(ini, adj, exe, rt)
    # (no income or spending total is stated apart from 年度资金总额's: none is expected)
    budget.update(income_items=[{"name": "一般公共预算财政拨款", "amount": D(fin)},
                                {"name": "其他资金", "amount": D(other)}],
                  expenditure_items=[{"name": "基本支出", "amount": D(basic)}, {"name": "项目支出", "amount": D(proj_spend)}])
    inds = indicators(rt, es, G08, level1="产出指标", level2="预算执行")
    u: dict[str, Any] = {"name": unit, "staff_total": 16, "staff_establishment": 18}
    f = facts("整体支出", 2024, u, budget, inds, tot, full_mark=100, stated_grade="优")
    return f, "docx", docx_bytes(d)


REPORTS: dict[str, Any] = {
    "g01-js-guannan-animal-disease-project-docx-merged-levels-weight-percent": g01,
    "g02-hn-youxian-resources-whole-txt-income-spending-blocks": g02,
    "g03-sc-wangcang-schools-project-txt-word-and-range-values": g03,
    "g04-sd-junan-irrigation-project-docx-midterm-column": g04,
    "g05-yn-shuangbai-forest-project-txt-long-deviation-notes-planted": g05,
    "g06-zj-qingyuan-health-project-docx-table-split-at-page-break": g06,
    "g07-ha-zhenping-housing-project-txt-yuan-separators-planted": g07,
    "g08-gd-zijin-archives-whole-docx-staff-cells-income-spending-rows": g08,
}
