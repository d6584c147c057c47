# ruff: noqa: E501
"""Reports o01–o08 of the forty-fifth set, each returning (facts, ext, content): project and whole-unit
self-evaluations as they reach a finance bureau in 2025–2026 — a department's .doc with its projects' scores in one
table, an .xls form in 元 with 千分位 commas, a PDF whose indicator table runs over two pages with its header repeated,
an .odt whole-unit form with a 权重 column, an OA page saved as .mhtml, a photo of a score table, a town's .txt
report, a .docx form with 权重（分）. Every unit, person and figure is invented (real provinces and counties, invented
bodies, projects and figures).

Builders and value helpers are the seventeenth, eighteenth and twenty-seventh sets' (imported, not copied).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
from eighteenth_facts import (
    EARNED,
    D,
    Made,
    Row,
    doc,
    docx_bytes,
    exec_fact,
    facts,
    form_rows,
    grade,
    indicator_fact,
    r2,
    rate,
    shown,
    table,
    total,
    yuan,
)
from eighteenth_text import _sheet
from fortyfourth_reports import _project
from lure_word import _repeat_header
from make_seventeenth import convert
from twentyseventh_project import mhtml, tr

FONT = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")


def _money(adj: str, exe: str, weight: int = 10) -> tuple[Decimal, Decimal]:
    rt = rate(exe, adj)
    return rt, r2(weight * min(rt, D(100)) / 100)


def _budget(ini: str, adj: str, exe: str, rt: Decimal, **more: Any) -> dict[str, Any]:
    b: dict[str, Any] = {"initial": D(ini), "adjusted": D(adj), "executed": D(exe), "stated_execution_rate": rt}
    b.update(more)
    return b


IND_HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]


# o01 福建 county education bureau, whole unit, .doc (Word 97, as an older office still saves): the 部门整体 report with
# a table summarising the department's project self-evaluations (项目名称 | 全年预算 | 执行数 | 执行率 | 自评得分 | 等级)
# before the whole-unit indicator table; the project rows are not the department's indicators ----------------------------
O01: list[Row] = [
    ("产出指标", "数量指标", "学前教育普惠性幼儿园覆盖率", 10, "≥85%", "88.6%", "10", ""),
    ("产出指标", "数量指标", "义务教育阶段学生资助人数", 10, "≥2100人", "2236人", "10", ""),
    ("产出指标", "质量指标", "义务教育巩固率", 10, "≥99%", "99.4%", "10", ""),
    ("产出指标", "时效指标", "资助资金发放及时率", 10, "100%", "100%", "10", ""),
    ("效益指标", "社会效益指标", "校园安全责任事故", 15, "0起", "0起", "15", ""),
    ("效益指标", "可持续影响指标", "县域义务教育优质均衡达标学校占比", 15, "≥60%", "52%", "13", "2所山区校教师配置未达标，2026年通过县管校聘补足"),
    ("满意度指标", "服务对象满意度指标", "学生家长满意度", 10, "≥90%", "93.5%", "10", ""),
]
O01_PROJECTS = [  # 项目名称, 全年预算, 执行数, 自评得分
    ("义务教育阶段学生资助资金", "386.20", "386.20", "98.00"),
    ("农村中小学校舍维修改造资金", "1240.00", "1162.58", "93.45"),
    ("学前教育生均公用经费补助", "528.60", "521.30", "96.20"),
    ("教师培训专项经费", "96.00", "84.72", "88.60"),
]


def o01() -> Made:
    ini, adj, exe = "16820.00", "18436.75", "17902.41"
    rt = rate(exe, adj)
    es = r2(20 * rt / 100)
    tot = total(O01, es)
    unit = "德化县教育局"
    d = doc()
    d.add_heading(f"{unit}2024年度部门整体支出绩效自评报告", level=1)
    for para in ("一、部门基本情况",
                 f"{unit}是县政府主管全县教育工作的工作部门，内设办公室、计划财务股、基础教育股、人事股、教育督导室5个股室，下辖县教师进修学校、县学生资助管理中心2个事业单位。",
                 "二、部门预算及执行情况",
                 f"2024年年初部门预算{ini}万元，年中追加调整后全年预算{adj}万元，全年实际支出{exe}万元，预算执行率{rt}%。",
                 "收入方面，2024年收入合计17902.41万元，其中：一般公共预算财政拨款收入16984.16万元，政府性基金预算财政拨款收入918.25万元。",
                 "支出方面，2024年支出合计17902.41万元，其中：基本支出12863.97万元，项目支出5038.44万元。",
                 "三、项目支出绩效自评情况",
                 f"2024年本部门对{len(O01_PROJECTS)}个项目开展了绩效自评，自评结果汇总如下："):
        d.add_paragraph(para)
    rows = [["序号", "项目名称", "全年预算数（万元）", "全年执行数（万元）", "执行率", "自评得分", "自评等级"]]
    for i, (name, a, e, s) in enumerate(O01_PROJECTS, 1):
        rows.append([str(i), name, a, e, f"{rate(e, a)}%", s, grade(D(s))])
    table(d, rows)
    for para in ("四、部门整体支出绩效自评情况",
                 "部门整体支出绩效自评表如下（预算执行率权重20分，按执行率计分）："):
        d.add_paragraph(para)
    rows = [IND_HEAD, ["过程指标", "预算执行", "预算执行率", "100%", f"{rt}%", "20", str(es), "部分校舍维修项目年末未完成结算"]]
    rows += form_rows(O01)
    rows.append(["合计", "", "", "", "", "100", str(tot), ""])
    n = len(rows)
    table(d, rows, merges=[(n - 1, 0, n - 1, 4)], vmerge_cols=(0, 1))
    for para in (f"经自评，{unit}2024年度部门整体支出绩效自评得分{tot}分，评价等级为“{grade(tot)}”。",
                 "五、存在的问题及改进措施",
                 "个别项目年初预算编制不够精细，年中调整幅度较大；下一步将加强项目库管理，提前做好项目前期论证。",
                 unit, "2025年4月10日"):
        d.add_paragraph(para)
    b = _budget(ini, adj, exe, rt, income_total=D(exe),
                income_items=[{"name": "一般公共预算财政拨款收入", "amount": D("16984.16")},
                              {"name": "政府性基金预算财政拨款收入", "amount": D("918.25")}],
                expenditure_total=D(exe),
                expenditure_items=[{"name": "基本支出", "amount": D("12863.97")},
                                   {"name": "项目支出", "amount": D("5038.44")}])
    u = {"name": unit, "internal_bodies": ["办公室", "计划财务股", "基础教育股", "人事股", "教育督导室"],
         "internal_bodies_count": 5, "subordinate_bodies": ["县教师进修学校", "县学生资助管理中心"],
         "subordinate_bodies_count": 2}
    inds = [exec_fact(20, rt, es, level1="过程指标", level2="预算执行",
                      target={"value": D(100), "unit": "%"})] + [indicator_fact(r) for r in O01]
    return facts("整体支出", 2024, u, b, inds, tot, stated_grade=EARNED), "doc", convert(docx_bytes(d), "o01", "docx", "doc")


# o02 内蒙古 banner agriculture bureau, .xls (Excel 97, the budget system's export): the 2025 项目支出绩效自评表 with every
# amount in 元 as text with 千分位 commas ("1,286,400.00"), the unit in the money block's head cell ----------------------
O02: list[Row] = [
    ("产出指标", "数量指标", "草原围栏建设面积", 15, "≥12000亩", "12350亩", "15", ""),
    ("产出指标", "数量指标", "补播改良草地面积", 10, "≥5000亩", "4620亩", "9.24", "春季干旱推迟补播，秋季补种"),
    ("产出指标", "质量指标", "围栏工程验收合格率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "项目完工时间", 5, "T:2025年10月31日前", "T:2025年10月22日", "5", ""),
    ("产出指标", "成本指标", "每亩围栏建设成本", 10, "≤42元", "40.6元", "10", ""),
    ("效益指标", "生态效益指标", "项目区草原植被盖度", 15, "≥55%", "57.2%", "15", ""),
    ("效益指标", "经济效益指标", "项目区牧户户均增收", 15, "≥1500元", "1620元", "15", ""),
    ("满意度指标", "服务对象满意度指标", "项目区牧户满意度", 10, "≥90%", "95%", "10", ""),
]


def o02() -> Made:
    ini, adj, exe = "128.6400", "136.9000", "131.0723"
    rt, es = _money(adj, exe)
    tot = total(O02, es)
    dept, impl, name = "敖汉旗农牧局", "敖汉旗草原工作站", "2025年草原生态保护修复项目"
    goal = "建设草原围栏12000亩，补播改良退化草地5000亩，项目区草原植被盖度达到55%以上。"
    done = "建成草原围栏12350亩，补播改良草地4620亩，项目区草原植被盖度57.2%。"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自评表"
    rows: list[list[Any]] = [
        ["项目支出绩效自评表"], ["（2025年度）"],
        ["项目名称", None, name], ["主管部门", None, dept, None, None, "实施单位", impl],
        ["项目资金（元）", None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        [None, "年度资金总额", yuan(ini), yuan(adj), yuan(exe), "10", f"{rt}%", str(es)],
        [None, "其中：当年财政拨款", yuan(ini), yuan(adj), yuan(exe), "—", f"{rt}%", "—"],
        [None, "上年结转资金", None, None, None, "—", None, "—"],
        [None, "其他资金", None, None, None, "—", None, "—"],
        ["年度总体目标", "预期目标", None, None, None, "实际完成情况"],
        [None, goal, None, None, None, done],
        ["绩效指标", *IND_HEAD]]
    for r in form_rows(O02):
        rows.append([None, *r])
    rows += [["总分", None, None, None, None, None, "100", str(tot)], ["自评等级", None, grade(tot)]]
    _sheet(ws, rows, ["A1:I1", "A2:I2", "A3:B3", "C3:I3", "A4:B4", "C4:E4", "G4:I4", "A5:A9",
                      "A10:A11", "B10:E10", "F10:I10", "B11:E11", "F11:I11", f"A12:A{len(rows) - 2}"])
    buf = io.BytesIO()
    wb.save(buf)
    unit, project = _project(dept, name, impl, goal, done)
    b = _budget(ini, adj, exe, rt, fund_rows=[{"name": "当年财政拨款", "initial": D(ini), "adjusted": D(adj), "executed": D(exe)}])
    inds = [exec_fact(10, rt, es)] + [indicator_fact(r) for r in O02]
    return (facts("项目支出", 2025, unit, b, inds, tot, project, full_mark=100, stated_grade=EARNED), "xls",
            convert(buf.getvalue(), "o02", "xlsx", "xls"))


# o03 河北 county health commission, .pdf from Word: a village-clinic project whose indicator table is long enough to
# run over two pages, its header row repeated at the top of the second (tblHeader) --------------------------------------
O03: list[Row] = [
    ("产出指标", "数量指标", "标准化村卫生室建设个数", 6, "≥24个", "24个", "6", ""),
    ("产出指标", "数量指标", "配备基本诊疗设备村卫生室数", 5, "≥24个", "24个", "5", ""),
    ("产出指标", "数量指标", "乡村医生岗位培训人次", 5, "≥180人次", "196人次", "5", ""),
    ("产出指标", "数量指标", "远程会诊终端接入村卫生室数", 4, "≥20个", "18个", "3.6", "2个村网络改造滞后，2026年一季度接入"),
    ("产出指标", "质量指标", "村卫生室建设验收合格率", 6, "100%", "100%", "6", ""),
    ("产出指标", "质量指标", "设备到货验收合格率", 5, "100%", "100%", "5", ""),
    ("产出指标", "质量指标", "乡村医生培训考核合格率", 4, "≥95%", "97.4%", "4", ""),
    ("产出指标", "时效指标", "村卫生室建设完成时间", 5, "T:2025年9月底前", "T:2025年9月20日", "5", ""),
    ("产出指标", "成本指标", "单个村卫生室建设补助标准", 5, "≤12万元", "11.8万元", "5", ""),
    ("效益指标", "社会效益指标", "村卫生室门诊人次增长率", 10, "≥8%", "9.6%", "10", ""),
    ("效益指标", "社会效益指标", "群众就近就医率", 5, "≥70%", "72.3%", "5", ""),
    ("效益指标", "社会效益指标", "家庭医生签约服务覆盖率", 5, "≥75%", "76.8%", "5", ""),
    ("效益指标", "可持续影响指标", "村卫生室设备完好率", 5, "≥95%", "98%", "5", ""),
    ("效益指标", "可持续影响指标", "乡村医生在岗率", 5, "≥95%", "96.5%", "5", ""),
    ("满意度指标", "服务对象满意度指标", "村民就医满意度", 15, "≥90%", "92%", "15", ""),
]


def o03() -> Made:
    ini, adj, exe = "326.00", "342.50", "329.87"
    rt, es = _money(adj, exe)
    tot = total(O03, es)
    dept, impl, name = "围场满族蒙古族自治县卫生健康局", "围场满族蒙古族自治县基层卫生服务中心", "2025年村卫生室标准化建设项目"
    goal = "新建或改造标准化村卫生室24个，配齐基本诊疗设备，培训乡村医生180人次以上。"
    done = "完成24个村卫生室标准化建设并配齐设备，培训乡村医生196人次，18个村卫生室接入远程会诊。"
    d = doc()
    d.add_heading(f"{name}绩效自评报告", level=1)
    for para in ("一、项目基本情况",
                 f"{name}由{dept}主管、{impl}组织实施，资金全部为当年财政拨款。",
                 f"项目年初预算{ini}万元，全年预算{adj}万元，全年执行{exe}万元，预算执行率{rt}%。",
                 "二、绩效目标完成情况",
                 "项目年度绩效目标基本完成，远程会诊终端接入数未达到年初目标。",
                 "三、项目支出绩效自评表"):
        d.add_paragraph(para)
    head = [["项目名称", "", name, "", "", "", "", ""],
            ["主管部门", "", dept, "", "实施单位", "", impl, ""],
            ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["", "年度资金总额", ini, adj, exe, "10", f"{rt}%", str(es)],
            ["", "其中：当年财政拨款", ini, adj, exe, "—", f"{rt}%", "—"],
            ["年度总体目标", "", "预期目标", "", "", "实际完成情况", "", ""],
            ["", "", goal, "", "", done, "", ""]]
    table(d, head, merges=[(0, 0, 0, 1), (0, 2, 0, 7), (1, 0, 1, 1), (1, 2, 1, 3), (1, 4, 1, 5), (1, 6, 1, 7),
                           (2, 0, 4, 0), (5, 0, 6, 1), (5, 2, 5, 4), (5, 5, 5, 7), (6, 2, 6, 4), (6, 5, 6, 7)])
    d.add_paragraph("绩效指标完成情况：")
    rows = [IND_HEAD, *form_rows(O03), ["总分", "", "", "", "", "100", str(tot), ""]]
    n = len(rows)
    table(d, rows, merges=[(n - 1, 0, n - 1, 4)], vmerge_cols=(0, 1))
    _repeat_header(d.tables[-1])
    for para in (f"四、自评结论：项目自评得分{tot}分，自评等级为“{grade(tot)}”。",
                 "五、存在问题及改进措施：部分山区村网络基础薄弱，下一步协调通信运营商加快改造。",
                 impl, "2026年3月18日"):
        d.add_paragraph(para)
    unit, project = _project(dept, name, impl, goal, done)
    b = _budget(ini, adj, exe, rt, fund_rows=[{"name": "当年财政拨款", "initial": D(ini), "adjusted": D(adj), "executed": D(exe)}])
    inds = [exec_fact(10, rt, es)] + [indicator_fact(r) for r in O03]
    return facts("项目支出", 2025, unit, b, inds, tot, project, full_mark=100, stated_grade=EARNED), "pdf", docx_bytes(d)


# o04 海南 township, whole unit, .odt (saved from LibreOffice / WPS as OpenDocument): the 部门整体支出绩效自评表 with a
# 权重 column instead of 分值 (bare numbers summing to 100) and 自评得分, the money block on 预算数 / 执行数 / 执行率 --------
O04: list[Row] = [
    ("产出指标", "数量指标", "农村人居环境整治村庄数", 10, "≥12个", "12个", "10", ""),
    ("产出指标", "数量指标", "橡胶林下经济种植面积", 10, "≥800亩", "760亩", "9.5", "受台风影响部分地块延后种植"),
    ("产出指标", "质量指标", "村道维修工程验收合格率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "民生资金按时拨付率", 10, "100%", "100%", "10", ""),
    ("效益指标", "社会效益指标", "脱贫户返贫致贫人数", 15, "0人", "0人", "15", ""),
    ("效益指标", "生态效益指标", "森林覆盖率", 15, "≥88%", "88.4%", "15", ""),
    ("满意度指标", "服务对象满意度指标", "辖区群众满意度", 10, "≥90%", "94%", "10", ""),
]


def o04() -> Made:
    ini, adj, exe = "2860.50", "3412.80", "3247.16"
    rt, es = _money(adj, exe, 20)
    tot = total(O04, es)
    unit = "琼中黎族苗族自治县和平镇人民政府"
    d = doc()
    d.add_heading("部门整体支出绩效自评表", level=1)
    d.add_paragraph("（2024年度）")
    d.add_paragraph(f"填报单位（盖章）：{unit}　　　　　　　　金额单位：万元")
    money = [["单位名称", unit, "", ""],
             ["年度预算资金", "预算数", "执行数", "执行率"],
             ["年初预算", ini, "", ""],
             ["全年预算", adj, exe, f"{rt}%"]]
    table(d, money, merges=[(0, 1, 0, 3)])
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "权重", "自评得分", "偏差原因分析"],
            ["过程指标", "预算执行", "预算执行率", "100%", f"{rt}%", "20", str(es), "2个村道项目尾款待审计后支付"],
            *form_rows(O04), ["合计", "", "", "", "", "100", str(tot), ""]]
    n = len(rows)
    table(d, rows, merges=[(n - 1, 0, n - 1, 4)], vmerge_cols=(0, 1))
    d.add_paragraph(f"自评得分：{tot}　　自评等级：{grade(tot)}")
    d.add_paragraph("填报人：符海燕　　联系电话：0898-86221406　　填报日期：2025年3月26日")
    b = _budget(ini, adj, exe, rt)
    inds = [exec_fact(20, rt, es, level1="过程指标", level2="预算执行",
                      target={"value": D(100), "unit": "%"})] + [indicator_fact(r) for r in O04]
    return facts("整体支出", 2024, {"name": unit}, b, inds, tot, stated_grade=EARNED), "odt", convert(docx_bytes(d), "o04", "docx", "odt")


# o05 宁夏 county water bureau, .mhtml: the OA system's 自评表 detail view saved by the browser, the page's menu and
# buttons around the form, the form one <table> with 2025 template rows and an 上年结转资金 row left empty -------------------
O05: list[Row] = [
    ("产出指标", "数量指标", "新建供水管网长度", 20, "≥36公里", "37.5公里", "20", ""),
    ("产出指标", "质量指标", "管网水压试验合格率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "工程完工时间", 10, "T:2025年11月30日前", "T:2025年11月15日", "10", ""),
    ("效益指标", "社会效益指标", "农村自来水普及率", 20, "≥96%", "95.2%", "19.83", "3个移民新村入户工程2026年春季完成"),
    ("效益指标", "可持续影响指标", "供水工程运行管护机制建立率", 10, "100%", "100%", "10", ""),
    ("满意度指标", "服务对象满意度指标", "受益群众满意度", 20, "≥90%", "96.3%", "20", ""),
]


def o05() -> Made:
    ini, adj, exe = "1580.00", "1580.00", "1493.26"
    rt, es = _money(adj, exe)
    tot = total(O05, es)
    dept, impl, name = "西吉县水务局", "西吉县农村供水管理站", "2025年农村供水保障工程"
    goal = "新建供水管网36公里以上，农村自来水普及率达到96%。"
    done = "新建供水管网37.5公里，农村自来水普及率95.2%。"
    form = ["<table class='form' border='1'>",
            "<tr><th>项目支出绩效自评表<br/>（2025年度）</th></tr>",
            tr("项目名称", name), tr("主管部门", dept, "实施单位", impl),
            tr("项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"),
            tr("", "年度资金总额", ini, adj, exe, "10", f"{rt}%", str(es)),
            tr("", "其中：当年财政拨款", ini, adj, exe, "—", f"{rt}%", "—"),
            tr("", "上年结转资金", "", "", "", "—", "", "—"),
            tr("年度总体目标", "预期目标", "实际完成情况"), tr("", goal, done),
            tr("绩效指标", *IND_HEAD)]
    form += [tr("", *r) for r in form_rows(O05)]
    form += [tr("总分", "", "", "", "", "", "100", str(tot), ""), tr("自评结论", f"{grade(tot)}"), "</table>"]
    html = ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>预算绩效管理一体化系统 - 项目自评详情</title></head><body>"
            "<div class='nav'>首页 | 待办事项 | 绩效自评 | 退出登录</div>"
            "<div class='crumb'>当前位置：绩效自评 &gt; 项目自评 &gt; 查看</div>"
            "<div class='tools'><button>打印</button><button>导出</button><button>返回</button></div>"
            + "".join(form) +
            "<div class='foot'>审核状态：已提交　提交人：马文静　提交时间：2026-03-12 16:08</div></body></html>")
    unit, project = _project(dept, name, impl, goal, done)
    b = _budget(ini, adj, exe, rt, fund_rows=[{"name": "当年财政拨款", "initial": D(ini), "adjusted": D(adj), "executed": D(exe)}])
    inds = [exec_fact(10, rt, es)] + [indicator_fact(r) for r in O05]
    return (facts("项目支出", 2025, unit, b, inds, tot, project, full_mark=100, stated_grade=EARNED), "mhtml",
            mhtml("http://10.64.2.18/pbm/selfeval/view?id=20250386", "项目自评详情", html))


# o06 天津 district, .png: a phone photo of a printed score table (title, project, a short money row, the indicators,
# 总分) — the OCR path; only what the photographed sheet states --------------------------------------------------------
O06: list[Row] = [
    ("产出指标", "数量指标", "老旧小区改造栋数", 30, "≥42栋", "42栋", "30", ""),
    ("产出指标", "质量指标", "改造工程验收合格率", 20, "100%", "100%", "20", ""),
    ("效益指标", "社会效益指标", "居民安全隐患消除率", 20, "≥95%", "93%", "19.58", ""),  # the photo has no 偏差 column
    ("满意度指标", "服务对象满意度指标", "居民满意度", 20, "≥90%", "91%", "20", ""),
]


def o06() -> Made:
    from PIL import Image, ImageDraw, ImageFont

    adj, exe = "860.00", "812.54"
    rt, es = _money(adj, exe)
    tot = total(O06, es)
    name = "2025年老旧小区改造提升项目"
    big, small = ImageFont.truetype(str(FONT), 34), ImageFont.truetype(str(FONT), 24)
    widths = [150, 240, 280, 160, 160, 90, 100]
    rows = [["一级指标", "二级指标", "三级指标", "指标值", "完成值", "分值", "得分"],
            ["预算执行", "", "预算执行率", "100%", f"{rt}%", "10", str(es)]]
    rows += [[r[0], r[1], r[2], shown(r[4]), shown(r[5]), str(r[3]), r[6]] for r in O06]
    rows.append(["总分", "", "", "", "", "100", str(tot)])
    w, rh, top = sum(widths) + 80, 56, 250
    img = Image.new("RGB", (w, top + rh * len(rows) + 120), (250, 249, 244))
    dr = ImageDraw.Draw(img)
    dr.text((w // 2 - 230, 40), "项目支出绩效自评表（2025年度）", font=big, fill=(20, 20, 20))
    dr.text((40, 120), f"项目名称：{name}", font=small, fill=(20, 20, 20))
    dr.text((40, 165), f"全年预算数：{adj}万元　全年执行数：{exe}万元　执行率：{rt}%", font=small, fill=(20, 20, 20))
    for i, row in enumerate(rows):
        x, y = 40, top + i * rh
        for wd, cell in zip(widths, row, strict=True):
            dr.rectangle([x, y, x + wd, y + rh], outline=(40, 40, 40), width=2)
            dr.text((x + 8, y + 14), cell, font=small, fill=(20, 20, 20))
            x += wd
    dr.text((40, top + rh * len(rows) + 30), f"自评等级：{grade(tot)}", font=small, fill=(20, 20, 20))
    img = img.rotate(0.6, expand=True, fillcolor=(235, 233, 226))
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    b = {"adjusted": D(adj), "executed": D(exe), "stated_execution_rate": rt}
    inds = [exec_fact(10, rt, es, level1="预算执行", target={"value": D(100), "unit": "%"})]
    inds += [indicator_fact(r) for r in O06]
    return facts("项目支出", 2025, {}, b, inds, tot, {"name": name}, full_mark=100, stated_grade=EARNED), "png", buf.getvalue()


# o07 四川 town, whole unit, .txt: the report as the town's office pastes it into the bureau's mail — prose with 元
# amounts with 千分位 commas, 人员 as 编制 / 实有 lines, the indicators as a 2025 整体 form of lines with full-width bars ---
O07: list[Row] = [
    ("产出指标", "职责履行", "城乡环境综合治理达标村（社区）数", 15, "≥9个", "9个", "15", ""),
    ("产出指标", "职责履行", "高标准农田建设面积", 15, "≥1500亩", "1500亩", "15", ""),
    ("效益指标", "社会效益", "信访事项按期办结率", 15, "≥95%", "98.2%", "15", ""),
    ("效益指标", "生态效益", "秸秆综合利用率", 15, "≥92%", "90.5%", "14.76", "部分农户仍有散烧，加强巡查"),
    ("满意度指标", "服务对象满意度", "群众满意度", 15, "≥90%", "93%", "15", ""),
]


def o07() -> Made:
    ini, adj, exe = "2148.3600", "2695.1200", "2581.4437"
    rt, es = _money(adj, exe, 25)
    tot = total(O07, es)
    unit = "仪陇县马鞍镇人民政府"
    lines = ["｜一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分｜偏差原因｜",
             f"｜过程指标｜预算执行｜预算执行率｜100%｜{rt}%｜25｜{es}｜年末2个项目未完成结算｜"]
    lines += ["｜" + "｜".join(c) + "｜" for c in form_rows(O07)]
    lines.append(f"｜合计｜｜｜｜｜100｜{tot}｜｜")
    text = f"""{unit}2024年度部门整体支出绩效自评报告

县财政局：
按照《关于开展2024年度预算绩效自评工作的通知》要求，我镇对2024年度部门整体支出开展了绩效自评，现将有关情况报告如下。

一、部门基本情况
（一）人员情况
编制数：46人
实有人数：44人
（二）预算及执行情况
2024年年初预算{yuan(ini)}元，全年调整后预算{yuan(adj)}元，全年实际支出{yuan(exe)}元，预算执行率{rt}%。
2024年收入合计{yuan(exe)}元，其中：一般公共预算财政拨款收入21,826,417.65元，政府性基金预算财政拨款收入3,988,019.35元。
2024年支出合计{yuan(exe)}元，其中：基本支出12,174,630.28元，项目支出13,639,806.72元。

二、绩效自评情况
对照年初设定的部门整体绩效目标，逐项开展自评，自评表如下：
{chr(10).join(lines)}

三、自评结论
经自评，我镇2024年度部门整体支出绩效自评得分{tot}分，等级为“{grade(tot)}”。

四、存在问题及改进措施
一是预算编制精准度不高，年中追加较多；二是部分项目结算滞后。下一步将加强预算编制与项目进度的衔接。

{unit}
2025年4月8日
"""
    b = _budget(ini, adj, exe, rt, income_total=D(exe),
                income_items=[{"name": "一般公共预算财政拨款收入", "amount": D("2182.641765")},
                              {"name": "政府性基金预算财政拨款收入", "amount": D("398.801935")}],
                expenditure_total=D(exe),
                expenditure_items=[{"name": "基本支出", "amount": D("1217.463028")},
                                   {"name": "项目支出", "amount": D("1363.980672")}])
    u = {"name": unit, "staff_total": 44, "staff_establishment": 46}
    inds = [exec_fact(25, rt, es, level1="过程指标", level2="预算执行",
                      target={"value": D(100), "unit": "%"})] + [indicator_fact(r) for r in O07]
    return facts("整体支出", 2024, u, b, inds, tot, stated_grade=EARNED), "txt", text


# o08 山东 city archives' project, .docx: a Word form with 权重（分） heads in the money block and the indicators, the
# grade written as 优秀 in a closing row, the money in 万元 with four decimals as some budget systems print ---------------
O08: list[Row] = [
    ("产出指标", "数量指标", "馆藏档案数字化页数", 20, "≥120万页", "126万页", "20", ""),
    ("产出指标", "质量指标", "数字化成果抽检合格率", 15, "≥99%", "99.6%", "15", ""),
    ("产出指标", "时效指标", "数字化任务完成时间", 10, "T:2025年12月20日前", "T:2025年12月12日", "10", ""),
    ("效益指标", "社会效益指标", "档案线上查阅利用人次", 15, "≥8000人次", "7480人次", "14.03", "系统上线晚于计划一个月"),
    ("效益指标", "可持续影响指标", "数字档案异地备份率", 15, "100%", "100%", "15", ""),
    ("满意度指标", "服务对象满意度指标", "查档群众满意度", 15, "≥90%", "96%", "15", ""),
]


def o08() -> Made:
    ini, adj, exe = "268.0000", "268.0000", "259.7340"
    rt, es = _money(adj, exe)
    tot = total(O08, es)
    dept, impl, name = "日照市档案馆", "日照市档案馆", "2025年馆藏档案数字化项目"
    d = doc()
    d.add_paragraph("附件2")
    d.add_heading("项目支出绩效自评表", level=1)
    d.add_paragraph("（2025年度）")
    rows = [["项目名称", "", name, "", "", "", "", ""],
            ["主管部门", "", dept, "", "实施单位", "", impl, ""],
            ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "权重（分）", "执行率", "得分"],
            ["", "年度资金总额", ini, adj, exe, "10", f"{rt}%", str(es)],
            ["", "其中：当年财政拨款", ini, adj, exe, "—", f"{rt}%", "—"],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "权重（分）", "得分", "偏差原因分析及改进措施"],
            *form_rows(O08),
            ["总分", "", "", "", "", "100", str(tot), ""],
            ["评价等级", "", "优秀" if tot >= 90 else "良好", "", "", "", "", ""]]
    n = len(rows)
    table(d, rows, merges=[(0, 0, 0, 1), (0, 2, 0, 7), (1, 0, 1, 1), (1, 2, 1, 3), (1, 4, 1, 5), (1, 6, 1, 7),
                           (2, 0, 4, 0), (n - 2, 0, n - 2, 4), (n - 1, 0, n - 1, 1), (n - 1, 2, n - 1, 7)],
          vmerge_cols=(0, 1))
    d.add_paragraph("填报单位：日照市档案馆　　填报人：孙立新　　填报日期：2026年2月27日")
    unit, project = _project(dept, name, impl)
    b = _budget(ini, adj, exe, rt, fund_rows=[{"name": "当年财政拨款", "initial": D(ini), "adjusted": D(adj), "executed": D(exe)}])
    inds = [exec_fact(10, rt, es)] + [indicator_fact(r) for r in O08]
    return facts("项目支出", 2025, unit, b, inds, tot, project, full_mark=100, stated_grade=EARNED), "docx", docx_bytes(d)


REPORTS: dict[str, Callable[[], Made]] = {
    "o01-fj-dehua-education-whole-doc-project-score-summary": o01,
    "o02-nm-aohan-grassland-project-xls-yuan-commas": o02,
    "o03-he-weichang-clinic-project-pdf-table-over-two-pages": o03,
    "o04-hi-qiongzhong-town-whole-odt-weight-column": o04,
    "o05-nx-xiji-water-project-mhtml-oa-view": o05,
    "o06-tj-jizhou-housing-project-png-photo": o06,
    "o07-sc-yilong-town-whole-txt-yuan-fullwidth-bars": o07,
    "o08-sd-rizhao-archives-project-docx-weight-points": o08,
}
