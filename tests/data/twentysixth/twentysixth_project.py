# ruff: noqa: E501
"""Reports a01–a06 of the twenty-sixth set: 项目支出 self-evaluation forms in the column sets and orders provincial
templates use; each returns (facts, ext, content). Every unit, person, project and figure is invented.

The facts record and Word builders are the eighteenth set's, the value helpers the seventeenth set's, the money block's
rate and score the twentieth set's, the workbook saving the twenty-second set's.
"""

from __future__ import annotations

from typing import Any

import openpyxl
from eighteenth_facts import (
    EARNED,
    D,
    Made,
    Row,
    doc,
    docx_bytes,
    facts,
    grade,
    indicator_fact,
    r2,
    shown,
    table,
    total,
)
from twentieth_facts import indicators, money, scored
from twentyfifth_project import project_of, project_unit
from twentysecond_sheets import _fill, _save

STD_MONEY = ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]


def fund(name: str, ini: str, adj: str, exe: str) -> dict[str, Any]:
    return {"name": name, "initial": D(ini), "adjusted": D(adj), "executed": D(exe)}


def fund_rows_of(rows: list[tuple[str, str, str, str]]) -> list[list[str]]:
    return [[f"其中：{n}" if i == 0 else n, a, b, c, "—", "—", "—"] for i, (n, a, b, c) in enumerate(rows)]


def two_level(inds: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Facts of a 2-level form: the 二级 column holds the indicator's name, so no level2 is stated."""
    for ind in inds:
        ind.pop("level2", None)
    return inds


def unnoted(inds: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Facts of a form with no 偏差原因 column: the rows' reasons are not stated."""
    for ind in inds:
        ind.pop("deviation_note", None)
    return inds


def aligned(widths: list[int], cells: list[str]) -> str:
    """One row of a plain-text form, each cell padded to its column's display width (a CJK character is two)."""
    out = ""
    for c, w in zip(cells, widths, strict=False):
        pad = w - sum(2 if ord(ch) > 0x2000 else 1 for ch in c)
        out += c + " " * max(pad, 2)
    return out.rstrip()


def tenths(row: Row) -> str:
    """The 0–10 mark a form scored per indicator shows for a row whose weighted score is row[6]."""
    mark = D(row[6]) * 10 / row[3]
    return f"{mark.normalize():f}"


# a01 广西 county project, .xlsx: the money block with 追加数 and 调减数 columns between 年初 and 全年; the indicator table
# with 分值 before 年度指标值 (一级 | 二级 | 三级 | 分值 | 年度指标值 | 实际完成值 | 得分 | 偏差) ------------------------------
A01: list[Row] = [
    ("产出指标", "数量指标", "新建村级光伏电站", 15, "≥12座", "12座", "15", ""),
    ("产出指标", "质量指标", "电站并网验收合格率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "电站并网完成时间", 10, "T:2024年9月底前", "T:2024年9月20日", "10", ""),
    ("产出指标", "成本指标", "单瓦建设成本", 10, "≤3.2元", "3.05元", "10", ""),
    ("效益指标", "经济效益指标", "村集体年均发电收益", 15, "≥5万元", "4.6万元", "13.8", "下半年光照偏少，发电量低于设计值"),
    ("效益指标", "可持续影响指标", "电站设计运行年限", 15, "≥25年", "25年", "15", ""),
    ("满意度指标", "服务对象满意度指标", "受益村群众满意度", 15, "≥90%", "94.5%", "15", ""),
]


def a01() -> Made:
    ini, add, cut, adj, exe = "520.00", "64.00", "18.50", "565.50", "551.26"
    rt, es, tot = scored(exe, adj, A01)
    dept, impl, name = "隆安县乡村振兴局", "隆安县农村能源服务站", "村级光伏电站建设项目"
    rows: list[list[Any]] = [
        ["项目支出绩效自评表"],
        ["（2024年度）"],
        ["项目名称", name, "", "", "", "", "", ""],
        ["主管部门", dept, "", "", "实施单位", impl, "", ""],
        ["项目资金（万元）", "年初预算数", "追加数", "调减数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["年度资金总额", float(ini), float(add), float(cut), float(adj), float(exe), 10, f"{rt}%", float(es)],
        ["其中：当年财政拨款", float(ini), float(add), float(cut), float(adj), float(exe), None, None, None],
        ["一级指标", "二级指标", "三级指标", "分值", "年度指标值", "实际完成值", "得分", "偏差原因分析及改进措施"],
        *[[r[0], r[1], r[2], r[3], shown(r[4]), shown(r[5]), float(r[6]), r[7]] for r in A01],
        ["总分", "", "", 100, "", "", float(tot), ""],
        ["自评等级", grade(tot)],
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目自评表"
    _fill(ws, rows)
    for m in ("A1:I1", "A2:I2", "B3:I3", "B4:D4", "F4:I4"):
        ws.merge_cells(m)
    budget = {**money(ini, adj, exe, rt), "fund_rows": [fund("当年财政拨款", ini, adj, exe)]}
    f = facts("项目支出", 2024, project_unit(dept), budget, indicators(rt, es, A01), tot,
              project=project_of(name, impl), full_mark=100, stated_grade=EARNED)
    return f, "xlsx", _save(wb)


# a02 河北 county project, .docx: a 2-level form (一级指标 | 二级指标, the 二级 cell naming the indicator) with columns
# 指标值 | 实际值 | 偏差 | 权重 | 得分率 | 得分; the money block with a 上年结转资金 row ------------------------------------------
A02: list[Row] = [
    ("产出指标", "", "农村学前教育资助幼儿人数", 20, "≥1800人", "1862人", "20", ""),
    ("产出指标", "", "资助资金足额发放率", 15, "100%", "100%", "15", ""),
    ("产出指标", "", "资助资金发放时限", 10, "T:每学期开学后2个月内", "T:按期发放", "10", ""),
    ("效益指标", "", "家庭经济困难幼儿入园率", 20, "≥98%", "96.5%", "19", "个别幼儿随父母外出就读"),
    ("满意度指标", "", "受助幼儿家长满意度", 25, "≥90%", "95.2%", "25", ""),
]
A02_DEV = ["+62人", "0", "无偏差", "-1.5个百分点", "+5.2个百分点"]


def a02() -> Made:
    ini, adj, exe, carry = "180.00", "196.40", "190.87", "16.40"
    rt, es, tot = scored(exe, adj, A02)
    dept, impl, name = "阜平县教育和体育局", "阜平县学生资助管理中心", "学前教育幼儿资助项目"
    d = doc()
    d.add_heading(f"阜平县{name}2024年度绩效自评报告", level=1)
    d.add_paragraph(f"项目由{dept}主管，{impl}组织实施。现将自评表附后。")
    d.add_paragraph("项目支出绩效自评表")
    d.add_paragraph("（2024年度）")
    table(d, [
        ["项目名称", name, "", "", "", "", "", ""],
        ["主管部门", dept, "", "", "实施单位", impl, "", ""],
        ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["年度资金总额", "", ini, adj, exe, "10", f"{rt}%", str(es)],
        ["其中：当年财政拨款", "", ini, str(D(adj) - D(carry)), str(D(exe) - D(carry)), "—", "—", "—"],
        ["上年结转资金", "", "", carry, carry, "—", "—", "—"],
    ], merges=[(0, 1, 0, 7), (1, 1, 1, 3), (1, 5, 1, 7), (2, 0, 2, 1), (3, 0, 3, 1), (4, 0, 4, 1), (5, 0, 5, 1)])
    d.add_paragraph("")
    rows = [["一级指标", "二级指标", "指标值", "实际值", "偏差", "权重", "得分率", "得分"]]
    for r, dev in zip(A02, A02_DEV, strict=True):
        ratio = r2(D(r[6]) / r[3] * 100)
        rows.append([r[0], r[2], shown(r[4]), shown(r[5]), dev, str(r[3]), f"{ratio}%", r[6]])
    rows.append(["合计", "", "", "", "", "90", "", str(tot - es)])
    rows.append(["自评总分", str(tot), "", "", "自评等级", grade(tot), "", ""])
    table(d, rows, merges=[(len(rows) - 1, 1, len(rows) - 1, 3), (len(rows) - 1, 5, len(rows) - 1, 7)], vmerge_cols=(0,))
    budget = {**money(ini, adj, exe, rt), "fund_rows": [
        fund("当年财政拨款", ini, str(D(adj) - D(carry)), str(D(exe) - D(carry))),
        {"name": "上年结转资金", "adjusted": D(carry), "executed": D(carry)}]}
    inds = unnoted(two_level(indicators(rt, es, A02)))
    f = facts("项目支出", 2024, project_unit(dept), budget, inds, tot, project=project_of(name, impl), stated_grade=EARNED)
    return f, "docx", docx_bytes(d)


# a03 湖北 county project, .pdf: one column 年度目标/实际完成 holding "target/actual" in each cell; the money block parted
# into 中央补助资金 / 省级资金 / 县级配套资金 rows; planted: one score above its 分值 -------------------------------------
A03: list[Row] = [
    ("产出指标", "数量指标", "改造农村危房户数", 15, "≥320户", "326户", "15", ""),
    ("产出指标", "质量指标", "改造房屋竣工验收合格率", 15, "100%", "100%", "15", ""),
    ("产出指标", "时效指标", "补助资金兑付及时率", 10, "≥95%", "97%", "10.5", ""),
    ("产出指标", "成本指标", "户均补助标准", 10, "≤2.5万元", "2.4万元", "10", ""),
    ("效益指标", "社会效益指标", "农村低收入群体住房安全保障率", 20, "100%", "100%", "20", ""),
    ("满意度指标", "服务对象满意度指标", "改造户满意度", 20, "≥92%", "90.8%", "19", "部分改造户对施工工期不满意"),
]


def a03() -> Made:
    parts = [("中央补助资金", "480.00", "512.00", "508.60"), ("省级资金", "160.00", "170.00", "166.35"),
             ("县级配套资金", "96.00", "96.00", "94.20")]
    ini, adj, exe = (str(sum(D(p[i]) for p in parts)) for i in (1, 2, 3))
    rt, es, tot = scored(exe, adj, A03)
    dept, impl, name = "郧西县住房和城乡建设局", "郧西县村镇建设服务中心", "农村危房改造补助项目"
    d = doc()
    d.add_paragraph("项目支出绩效自评表")
    d.add_paragraph("（2024年度）")
    head = ["一级指标", "二级指标", "三级指标", "年度目标/实际完成", "分值", "得分", "偏差原因分析及改进措施"]
    table(d, [
        ["项目名称", name, "", "", "", "", ""],
        ["主管部门", dept, "", "实施单位", impl, "", ""],
        STD_MONEY,
        ["年度资金总额", ini, adj, exe, "10", f"{rt}%", str(es)],
        *fund_rows_of(parts),
        head,
        *[[r[0], r[1], r[2], f"{shown(r[4])}/{shown(r[5])}", str(r[3]), r[6], r[7]] for r in A03],
        ["总分", "", "", "", "100", str(tot), ""],
    ], merges=[(0, 1, 0, 6), (1, 1, 1, 2), (1, 4, 1, 6)], vmerge_cols=(0,))
    d.add_paragraph(f"填报单位：{impl}    填报日期：2025年3月12日")
    budget = {**money(ini, adj, exe, rt), "fund_rows": [fund(*p) for p in parts]}
    f = facts("项目支出", 2024, project_unit(dept), budget, indicators(rt, es, A03), tot,
              project=project_of(name, impl), full_mark=100, planted=["SCORE_OVER_WEIGHT"], stated_grade=EARNED)
    del f["stated_grade"]  # the form shows no grade
    return f, "pdf", docx_bytes(d)


# a04 江苏 county project, .html: a form scored 0–10 per indicator (权重 | 目标值 | 实际值 | 评分（0-10分） | 加权得分 =
# 权重 × 评分 ÷ 10), the 一级 cells rowspan; the money block in the same table ---------------------------------------------
A04: list[Row] = [
    ("产出指标", "数量指标", "完成河道清淤长度", 20, "≥48公里", "49.6公里", "20", ""),
    ("产出指标", "质量指标", "清淤断面达标率", 15, "≥95%", "93%", "13.5", "两段河道淤泥含水率高，断面复核未达标"),
    ("产出指标", "时效指标", "汛前完工率", 10, "100%", "100%", "10", ""),
    ("效益指标", "生态效益指标", "河道水质达标断面比例", 20, "≥80%", "85%", "20", ""),
    ("满意度指标", "服务对象满意度指标", "沿河群众满意度", 25, "≥90%", "92.6%", "25", ""),
]


def a04() -> Made:
    ini, adj, exe = "860.00", "905.00", "887.72"
    rt, es, tot = scored(exe, adj, A04)
    dept, impl, name = "宝应县水务局", "宝应县河道管理处", "农村河道轮浚项目"
    cells = []
    for i, r in enumerate(A04):
        first = i == 0 or A04[i - 1][0] != r[0]
        span = sum(1 for x in A04 if x[0] == r[0])
        lead = f'<td rowspan="{span}">{r[0]}</td>' if first else ""
        cells.append(f"<tr>{lead}<td>{r[1]}</td><td>{r[2]}</td><td>{r[3]}</td><td>{shown(r[4])}</td>"
                     f"<td>{shown(r[5])}</td><td>{tenths(r)}</td><td>{r[6]}</td><td>{r[7]}</td></tr>")
    body = "\n".join(cells)
    html = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{name}绩效自评表</title></head>
<body>
<div class="nav"><a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 预算绩效</div>
<h2 style="text-align:center">{name}绩效自评表（2024年度）</h2>
<table border="1" cellspacing="0">
<tr><td>项目名称</td><td colspan="8">{name}</td></tr>
<tr><td>主管部门</td><td colspan="3">{dept}</td><td>实施单位</td><td colspan="4">{impl}</td></tr>
<tr><td>项目资金（万元）</td><td>年初预算数</td><td>全年预算数</td><td>全年执行数</td><td>分值</td><td>执行率</td><td colspan="3">得分</td></tr>
<tr><td>年度资金总额</td><td>{ini}</td><td>{adj}</td><td>{exe}</td><td>10</td><td>{rt}%</td><td colspan="3">{es}</td></tr>
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>权重</td><td>目标值</td><td>实际值</td><td>评分（0-10分）</td><td>加权得分</td><td>偏差原因分析及改进措施</td></tr>
{body}
<tr><td colspan="3">合计</td><td>100</td><td></td><td></td><td></td><td>{tot}</td><td>自评等级：{grade(tot)}</td></tr>
</table>
<div class="footer">主办：宝应县人民政府办公室　技术支持：县大数据中心</div>
</body></html>
"""
    f = facts("项目支出", 2024, project_unit(dept), money(ini, adj, exe, rt), indicators(rt, es, A04), tot,
              project=project_of(name, impl), full_mark=100, stated_grade=EARNED)
    return f, "html", html


# a05 湖南 county project, .txt: the older 投入 / 过程 / 产出 / 效果 frame (预算执行率 a 过程 row, no score in the money
# block), the money block with a 结转结余 row; the form as a plain-text table with columns aligned by spaces; planted: the
# stated 执行率 is not 执行数 ÷ 预算数 --------------------------------------------------------------------------------------
A05: list[Row] = [
    ("投入", "资金投入", "资金到位率", 10, "100%", "100%", "10", ""),
    ("过程", "资金管理", "预算执行率", 10, "100%", "98.6%", "9.86", ""),
    ("过程", "组织实施", "管理制度健全性", 10, "T:健全", "T:健全", "10", ""),
    ("产出", "产出数量", "建成农村应急广播终端", 20, "≥600个", "612个", "20", ""),
    ("产出", "产出质量", "终端在线率", 15, "≥95%", "96.4%", "15", ""),
    ("效果", "社会效益", "预警信息覆盖行政村比例", 20, "100%", "100%", "20", ""),
    ("效果", "满意度", "村民满意度", 15, "≥90%", "91.3%", "15", ""),
]


def a05() -> Made:
    ini, adj, exe, carry = "248.00", "262.00", "251.78", "10.22"
    stated_rt = D("98.60")
    tot = total(A05, None)
    dept, impl, name = "桃江县文化旅游广电体育局", "桃江县广播电视台", "农村应急广播体系建设项目"
    widths = [6, 10, 26, 6, 12, 12, 6]

    form = [aligned(widths, ["一级指标", "二级指标", "三级指标", "分值", "年度指标值", "实际完成值", "得分"])]
    for r in A05:
        form.append(aligned(widths, [r[0], r[1], r[2], str(r[3]), shown(r[4]), shown(r[5]), r[6]]))
    form.append(aligned(widths, ["合计", "", "", "100", "", "", str(tot)]))
    text = f"""{name}绩效自评表
（2024年度）

项目名称：{name}
主管部门：{dept}
实施单位：{impl}

项目资金（万元）    年初预算数    全年预算数    全年执行数    执行率
年度资金总额        {ini}        {adj}        {exe}        {stated_rt}%
其中：当年财政拨款  {ini}        {adj}        {exe}
结转结余                                                  {carry}

绩效指标完成情况
{chr(10).join(form)}

自评等级：{grade(tot)}
填报人：刘晓岚    联系电话：0737-8821xxx
"""
    budget = {**money(ini, adj, exe, stated_rt), "fund_rows": [fund("当年财政拨款", ini, adj, exe)],
              "carry_over": D(carry)}
    f = facts("项目支出", 2024, project_unit(dept), budget, [indicator_fact(r) for r in A05], tot,
              project=project_of(name, impl), planted=["EXECUTION_RATE_MISMATCH"], stated_grade=EARNED)
    return f, "txt", text


# a06 江西 county project, .docx: a 绩效目标 column between 二级 and 三级 (each 二级 block's own goal, merged down the
# block); the money block's 其他资金 parted into 单位自有资金 and 社会捐赠资金 ---------------------------------------------
A06: list[Row] = [
    ("产出指标", "数量指标", "资助困难大学新生人数", 20, "≥260人", "268人", "20", ""),
    ("产出指标", "质量指标", "资助对象认定准确率", 15, "100%", "100%", "15", ""),
    ("产出指标", "时效指标", "资助金发放时间", 10, "T:2024年9月底前", "T:2024年9月18日", "10", ""),
    ("效益指标", "社会效益指标", "受助学生顺利入学率", 25, "100%", "99.6%", "24", "一名学生因病休学"),
    ("满意度指标", "服务对象满意度指标", "受助学生满意度", 20, "≥95%", "97.8%", "20", ""),
]
A06_GOALS = {"数量指标": "资助家庭经济困难大学新生不少于260人", "质量指标": "资助对象认定精准",
             "时效指标": "秋季开学前后发放到位", "社会效益指标": "困难新生顺利入学", "服务对象满意度指标": "受助学生满意"}


def a06() -> Made:
    gov, own, gift = ("86.00", "92.00", "90.60"), ("10.00", "10.00", "10.00"), ("6.00", "8.50", "8.50")
    ini, adj, exe = (str(D(gov[i]) + D(own[i]) + D(gift[i])) for i in range(3))
    rt, es, tot = scored(exe, adj, A06)
    dept, impl, name = "于都县教育科技体育局", "于都县学生资助中心", "困难大学新生入学资助项目"
    d = doc()
    d.add_heading(f"{name}绩效自评表（2024年度）", level=2)
    table(d, [
        ["项目名称", name, "", "", "", "", ""],
        ["主管部门", dept, "", "实施单位", impl, "", ""],
        STD_MONEY,
        ["年度资金总额", ini, adj, exe, "10", f"{rt}%", str(es)],
        ["其中：当年财政拨款", *gov, "—", "—", "—"],
        ["其他资金", str(D(own[0]) + D(gift[0])), str(D(own[1]) + D(gift[1])), str(D(own[2]) + D(gift[2])), "—", "—", "—"],
        ["  其中：单位自有资金", *own, "—", "—", "—"],
        ["        社会捐赠资金", *gift, "—", "—", "—"],
    ], merges=[(0, 1, 0, 6), (1, 1, 1, 2), (1, 4, 1, 6)])
    d.add_paragraph("")
    rows = [["一级指标", "二级指标", "绩效目标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]]
    rows += [[r[0], r[1], A06_GOALS[r[1]], r[2], shown(r[4]), shown(r[5]), str(r[3]), r[6], r[7]] for r in A06]
    rows.append(["总分", "", "", "", "", "", "100", str(tot), f"自评等级：{grade(tot)}"])
    table(d, rows, vmerge_cols=(0, 1, 2))
    other = {"name": "其他资金", "initial": D(own[0]) + D(gift[0]), "adjusted": D(own[1]) + D(gift[1]),
             "executed": D(own[2]) + D(gift[2])}
    budget = {**money(ini, adj, exe, rt), "fund_rows": [fund("当年财政拨款", *gov), other]}
    f = facts("项目支出", 2024, project_unit(dept), budget, indicators(rt, es, A06), tot,
              project=project_of(name, impl), full_mark=100, stated_grade=EARNED)
    return f, "docx", docx_bytes(d)


PROJECT = {
    "a01-gx-longan-solar-project-xlsx-weight-first-adjust-columns": a01,
    "a02-he-fuping-preschool-project-docx-two-level-deviation-ratio": a02,
    "a03-hb-yunxi-housing-project-pdf-target-actual-one-column": a03,
    "a04-js-baoying-dredging-project-html-tenths-scored": a04,
    "a05-hn-taojiang-broadcast-project-txt-input-process-frame": a05,
    "a06-jx-yudu-freshmen-project-docx-goal-per-level2": a06,
}

