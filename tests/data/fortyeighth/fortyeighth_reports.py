# ruff: noqa: E501
"""Reports fe01–fe08 of the forty-eighth set, each returning (facts, ext, content): eight reports one consultancy
wrote in 2025 for units no earlier set wrote for — a county science association's whole-unit report whose indicator
table repeats its header row on every PDF page, a Red Cross project form in an .xls with 一级 / 二级 merged once per
block and weights of 2.5 / 7.5 with two-decimal scores, a grain-reserve 专项资金 in an .rtf with three sub-projects'
money rows and a 合计 row, an earthquake-monitoring project with no 年初预算 in Markdown, a federation of industry and
commerce's whole-unit report whose indicators are a numbered prose list with (分值 / 得分) in brackets (.mht), a housing
fund centre's .docx form in 元 under prose in 万元 split into two tables by a page break, a weather-modification
project in GBK text graded "良好", and a fire brigade's .odt whose 偏差 section names each deduction in prose only.
Every unit, person and figure is invented (real provinces and counties, invented bodies, projects and figures).

Builders and value helpers are the earlier sets' (imported, not copied).
"""

from __future__ import annotations

import base64
import io
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import openpyxl
from corpus_build import exec_fact, indicator_fact, total
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from eighteenth_facts import EARNED, D, Made, doc, docx_bytes, facts, grade, r2, rate, shown, table
from fortyfourth_reports import _project
from make_seventeenth import convert

# a row: 一级, 二级, 三级, 分值 (a Decimal: 2.5 / 7.5 occur), 年度指标值, 实际完成值, 得分, 偏差原因 ("T:" a text value)
Row = tuple[str, str, str, Decimal, str, str, str, str]
HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]


def cells(r: Row) -> list[str]:
    return [r[0], r[1], r[2], shown(r[4]), shown(r[5]), str(r[3]), r[6], r[7]]


def scored(rows: list[Row], exe: str, adj: str) -> tuple[Decimal, Decimal, Decimal]:
    """The execution rate, its score out of 10 and the form's total."""
    rt = rate(exe, adj)
    es = r2(10 * rt / 100)
    return rt, es, total(rows, es)


def budget(ini: str, adj: str, exe: str, rt: Decimal | None) -> dict[str, Any]:
    return {"initial": D(ini), "adjusted": D(adj), "executed": D(exe), "stated_execution_rate": rt}


def money_rows(ini: str, adj: str, exe: str, rt: Decimal, es: Decimal, unit: str = "万元") -> list[list[str]]:
    return [[f"项目资金（{unit}）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["", "年度资金总额", ini, adj, exe, "10", f"{rt}%", str(es)],
            ["", "其中：当年财政拨款", ini, adj, exe, "—", f"{rt}%", "—"]]


# fe01 贵州 county science-and-technology association, whole unit, .pdf: a long indicator table whose header row Word
# repeats at the top of every page (the header stands two or three times in the text), a running head on each page ------
FE01: list[Row] = [
    ("产出指标", "数量指标", "科普日系列活动场次", D(6), "≥20场", "24场", "6", ""),
    ("产出指标", "数量指标", "青少年科技创新大赛参赛作品数", D(6), "≥150件", "162件", "6", ""),
    ("产出指标", "数量指标", "农村实用技术培训人次", D(6), "≥3000人次", "3150人次", "6", ""),
    ("产出指标", "数量指标", "基层科普示范站点建设数", D(6), "≥8个", "8个", "6", ""),
    ("产出指标", "质量指标", "年度科普活动计划完成率", D(6), "100%", "100%", "6", ""),
    ("产出指标", "质量指标", "科技工作者建议采纳率", D(5), "≥60%", "64%", "5", ""),
    ("产出指标", "时效指标", "科普经费拨付及时率", D(5), "100%", "100%", "5", ""),
    ("产出指标", "时效指标", "年度科普工作总结报送时间", D(4), "T:12月31日前", "T:12月20日", "4", ""),
    ("产出指标", "成本指标", "“三公”经费控制率", D(5), "≤100%", "86.3%", "5", ""),
    ("效益指标", "社会效益指标", "公民具备科学素质比例", D(10), "≥12%", "11.6%", "9.67", "农村地区科学素质提升较慢，将增加乡村科普大篷车巡展"),
    ("效益指标", "社会效益指标", "科普受众人次", D(8), "≥12万人次", "13.4万人次", "8", ""),
    ("效益指标", "社会效益指标", "学会新发展会员人数", D(5), "≥200人", "187人", "4.68", "两个新成立学会的会员登记推迟到次年"),
    ("效益指标", "可持续影响指标", "注册科普志愿者人数", D(8), "≥600人", "642人", "8", ""),
    ("满意度指标", "服务对象满意度指标", "科技工作者满意度", D(5), "≥90%", "93.5%", "5", ""),
    ("满意度指标", "服务对象满意度指标", "参与活动群众满意度", D(5), "≥90%", "95.1%", "5", ""),
]


def _repeat_header(t: Any, height_cm: float) -> None:
    """Mark the table's first row as a header Word repeats on every page; give each row a fixed height."""
    for i, row in enumerate(t.rows):
        tr_pr = row._tr.get_or_add_trPr()
        if i == 0:
            tr_pr.append(OxmlElement("w:tblHeader"))
        h = OxmlElement("w:trHeight")
        h.set(qn("w:val"), str(int(height_cm * 567)))
        tr_pr.append(h)


def fe01() -> Made:
    ini, adj, exe = "218.40", "263.75", "255.16"
    rt, es, total = scored(FE01, exe, adj)
    unit = "湄潭县科学技术协会"
    d = doc()
    d.sections[0].header.paragraphs[0].text = f"{unit}2024年度部门整体支出绩效自评报告"
    d.add_heading(f"{unit}2024年度部门整体支出绩效自评报告", level=1)
    for p in ("受县科协委托，我公司按照县财政局关于开展2024年度预算绩效自评工作的通知，对县科协部门整体支出开展了自评，现报告如下。",
              "一、部门基本情况",
              "县科协是县委领导下的人民团体，内设办公室、学会部、科普部3个股室，下设县科技馆1个事业单位。",
              "二、预算执行情况",
              f"2024年县科协年初预算{ini}万元，年中追加全国科普日和青少年科技创新大赛经费后全年预算{adj}万元，"
              f"全年支出{exe}万元，预算执行率{rt}%。",
              "三、绩效指标完成情况",
              "全年各项指标完成情况见下表（表格跨页时每页重复表头）。"):
        d.add_paragraph(p)
    rows = [HEAD, ["过程指标", "预算执行", "预算执行率", "100%", f"{rt}%", "10", str(es), ""],
            *[cells(r) for r in FE01], ["合计", "", "", "", "", "100", str(total), ""]]
    n = len(rows)
    table(d, rows, merges=[(n - 1, 0, n - 1, 4)])
    _repeat_header(d.tables[-1], 1.6)
    for p in (f"四、自评结论：县科协2024年度部门整体支出绩效自评得分{total}分，等级为“{grade(total)}”。",
              "五、存在的问题及改进措施：农村科普阵地覆盖不均，2025年将新建3个乡村科普e站。",
              "遵义景和财务咨询有限公司", "2025年4月18日"):
        d.add_paragraph(p)
    inds = [exec_fact(10, rt, es, level1="过程指标", level2="预算执行", target={"value": D(100), "unit": "%"})] + [indicator_fact(r) for r in FE01]
    return (facts("整体支出", 2024, {"name": unit}, budget(ini, adj, exe, rt), inds, total,
                  title=f"{unit}2024年度部门整体支出绩效自评报告", stated_grade=EARNED), "pdf", docx_bytes(d))


# fe02 河北 county Red Cross, project, .xls: 一级 and 二级 cells merged down their block and written once; weights of
# 2.5 / 7.5 / 12.5 and every score with two decimals (a number cell formatted 0.00) ------------------------------------
FE02: list[Row] = [
    ("产出指标", "数量指标", "应急救护持证培训人数", D("7.5"), "≥1200人", "1236人", "7.50", ""),
    ("产出指标", "数量指标", "救护知识普及培训人次", D("7.5"), "≥8000人次", "7420人次", "6.96", "部分学校培训与期末考试冲突，已顺延至2025年春季"),
    ("产出指标", "数量指标", "人道救助困难群众户数", D(5), "≥150户", "162户", "5.00", ""),
    ("产出指标", "质量指标", "持证培训考核合格率", D("7.5"), "≥95%", "97.3%", "7.50", ""),
    ("产出指标", "质量指标", "救助对象信息核实准确率", D("2.5"), "100%", "100%", "2.50", ""),
    ("产出指标", "时效指标", "救助资金发放及时率", D(5), "100%", "100%", "5.00", ""),
    ("产出指标", "成本指标", "人均持证培训成本", D(5), "≤260元", "248元", "5.00", ""),
    ("效益指标", "社会效益指标", "公共场所AED配置点位", D("12.5"), "≥30个", "32个", "12.50", ""),
    ("效益指标", "社会效益指标", "群众自救互救知识知晓率", D("7.5"), "≥80%", "83.6%", "7.50", ""),
    ("效益指标", "可持续影响指标", "红十字救护师资人数", D(10), "≥40人", "38人", "9.50", "2名师资调离，年内未补充"),
    ("满意度指标", "服务对象满意度指标", "受训人员满意度", D("7.5"), "≥90%", "95.2%", "7.50", ""),
    ("满意度指标", "服务对象满意度指标", "受助群众满意度", D("12.5"), "≥90%", "96.8%", "12.50", ""),
]


def _block_merges(rows: list[list[Any]], first: int, cols: tuple[str, ...]) -> list[str]:
    """Excel ranges merging each run of equal cells of ``cols`` from sheet row ``first`` (1-based), blanking the copies."""
    out = []
    for k, col in enumerate(cols):
        start = 0
        for i in range(1, len(rows) + 1):
            if i < len(rows) and rows[i][k] == rows[start][k]:
                continue
            if i - 1 > start:
                out.append(f"{col}{first + start}:{col}{first + i - 1}")
            start = i
    for k in range(len(cols)):
        for i in range(len(rows) - 1, 0, -1):
            if rows[i][k] == rows[i - 1][k]:
                rows[i][k] = None
    return out


def fe02() -> Made:
    ini, adj, exe = "86.00", "112.40", "108.93"
    rt, es, total = scored(FE02, exe, adj)
    dept, impl, name = "献县红十字会", "献县红十字会", "2024年应急救护培训及人道救助项目"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目自评表"
    head: list[list[Any]] = [["项目支出绩效自评表"], ["（2024年度）"], ["项目名称", None, name],
                             ["主管部门", None, dept, None, "实施单位", None, impl],
                             *[[c or None for c in r] for r in money_rows(ini, adj, exe, rt, es)],
                             HEAD]
    body: list[list[Any]] = [[r[0], r[1], r[2], shown(r[4]), shown(r[5]), float(r[3]), float(r[6]), r[7] or None]
                             for r in FE02]
    first = len(head) + 1
    merges = _block_merges(body, first, ("A", "B"))
    rows = head + body + [["总分", None, None, None, None, 100, float(total), grade(total)]]
    for i, row in enumerate(rows, 1):
        for j, v in enumerate(row, 1):
            if v is not None:
                c = ws.cell(i, j, v)
                if isinstance(v, float) and i >= first:
                    c.number_format = "0.00"
    n = len(rows)
    for m in ["A1:H1", "A2:H2", "C3:H3", "A5:A7", f"A{n}:E{n}", *merges]:
        ws.merge_cells(m)
    buf = io.BytesIO()
    wb.save(buf)
    unit, project = _project(dept, name, impl)
    b = budget(ini, adj, exe, rt) | {"fund_rows": [{"name": "当年财政拨款", "initial": D(ini), "adjusted": D(adj),
                                                     "executed": D(exe)}]}
    inds = [exec_fact(10, rt, es)] + [indicator_fact(r) for r in FE02]
    return (facts("项目支出", 2024, unit, b, inds, total, project, full_mark=100, stated_grade=EARNED), "xls",
            convert(buf.getvalue(), "fe02", "xlsx", "xls"))


# fe03 安徽 county grain-and-reserves bureau, a 专项资金 of three sub-projects, .rtf: the money block a row per
# sub-project (each with its own budget, spending and rate) and a 合计 row that alone carries 分值 / 得分 -----------------
FE03_SUB = [("子项目一：县级储备粮轮换费用补贴", "320.00", "320.00", "320.00"),
            ("子项目二：粮库仓房维修改造", "180.00", "246.50", "231.72"),
            ("子项目三：应急物资储备采购", "60.00", "85.00", "80.10")]
FE03: list[Row] = [
    ("产出指标", "数量指标", "县级储备粮轮换数量", D(15), "≥1.2万吨", "1.2万吨", "15", ""),
    ("产出指标", "数量指标", "维修改造仓房栋数", D(10), "≥6栋", "6栋", "10", ""),
    ("产出指标", "数量指标", "应急物资储备品种", D(5), "≥12类", "13类", "5", ""),
    ("产出指标", "质量指标", "储备粮质量达标率", D(10), "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "仓房维修工程完工时间", D(10), "T:2024年10月底前", "T:2024年11月15日", "8", "雨季停工一个月，工期顺延"),
    ("效益指标", "社会效益指标", "县级储备粮规模落实率", D(15), "100%", "100%", "15", ""),
    ("效益指标", "可持续影响指标", "储粮损耗率", D(15), "≤1%", "0.7%", "15", ""),
    ("满意度指标", "服务对象满意度指标", "储备企业满意度", D(10), "≥90%", "92%", "10", ""),
]


def fe03() -> Made:
    ini = f"{sum(D(s[1]) for s in FE03_SUB):.2f}"
    adj = f"{sum(D(s[2]) for s in FE03_SUB):.2f}"
    exe = f"{sum(D(s[3]) for s in FE03_SUB):.2f}"
    rt, es, total = scored(FE03, exe, adj)
    dept, impl, name = "宿松县发展和改革委员会", "宿松县粮食和物资储备局", "2024年度县级粮食安全保障专项资金"
    d = doc()
    d.add_heading(f"{name}绩效自评报告", level=1)
    subs = "、".join(s[0].split("：")[1] for s in FE03_SUB)
    for p in ("一、专项资金基本情况",
              f"本专项资金由{subs}三个子项目组成，由县粮食和物资储备局组织实施。",
              f"2024年专项资金年初预算{ini}万元，年中追加仓房维修和应急物资采购资金后全年预算{adj}万元，"
              f"全年支出{exe}万元，预算执行率{rt}%。",
              "二、绩效自评表"):
        d.add_paragraph(p)
    rows = [["项目名称", name, "", "", "", "", "", ""],
            ["主管部门", dept, "", "", "实施单位", impl, "", ""],
            ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            *[["", s[0], s[1], s[2], s[3], "—", f"{rate(s[3], s[2])}%", "—"] for s in FE03_SUB],
            ["", "合计", ini, adj, exe, "10", f"{rt}%", str(es)],
            HEAD, *[cells(r) for r in FE03], ["总分", "", "", "", "", "100", str(total), grade(total)]]
    n = len(rows)
    table(d, rows, merges=[(0, 1, 0, 7), (1, 1, 1, 3), (1, 5, 1, 7), (2, 0, 6, 0), (n - 1, 0, n - 1, 4)],
          vmerge_cols=(0, 1))
    d.add_paragraph(f"三、自评结论：本专项资金2024年度绩效自评得分{total}分，自评等级为{grade(total)}。")
    d.add_paragraph("安庆信诚预算绩效咨询有限公司（受托）　2025年3月20日")
    unit, project = _project(dept, name, impl)
    inds = [exec_fact(10, rt, es)] + [indicator_fact(r) for r in FE03]
    return (facts("项目支出", 2024, unit, budget(ini, adj, exe, rt), inds, total, project, full_mark=100,
                  title=f"{name}绩效自评报告", stated_grade=EARNED), "rtf",
            convert(docx_bytes(d), "fe03", "docx", "rtf"))


# fe04 云南 city earthquake-monitoring centre, project, .md: no 年初预算 — the project came mid-year; the form's
# 年初预算数 is "—" and the prose says the initial budget was 0; a pipe table --------------------------------------------
FE04: list[Row] = [
    ("产出指标", "数量指标", "地震预警信息发布终端补点数", D(20), "≥45个", "46个", "20", ""),
    ("产出指标", "质量指标", "终端安装调试合格率", D(15), "100%", "100%", "15", ""),
    ("产出指标", "时效指标", "终端建成投用时间", D(10), "T:2024年12月31日前", "T:2024年12月18日", "10", ""),
    ("效益指标", "社会效益指标", "乡镇学校预警信息覆盖率", D(20), "≥95%", "93.5%", "19.68", "2所山区学校网络未通，已协调电信部门"),
    ("效益指标", "可持续影响指标", "终端在线率", D(10), "≥98%", "98.6%", "10", ""),
    ("满意度指标", "服务对象满意度指标", "学校师生满意度", D(15), "≥90%", "94%", "15", ""),
]


def fe04() -> Made:
    adj, exe = "48.60", "47.35"
    rt, es, total = scored(FE04, exe, adj)
    dept, impl, name = "弥勒市地震局", "弥勒市地震监测中心", "2024年地震预警信息发布终端补点建设项目"

    def pipe(row: list[str]) -> str:
        return "| " + " | ".join(row) + " |"

    rows = [["项目名称", name, "", "", "", "", "", ""], ["主管部门", dept, "", "", "实施单位", impl, "", ""],
            ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["", "年度资金总额", "—", adj, exe, "10", f"{rt}%", str(es)],
            ["", "其中：当年财政拨款", "—", adj, exe, "—", f"{rt}%", "—"],
            HEAD, *[cells(r) for r in FE04], ["总分", "", "", "", "", "100", str(total), grade(total)]]
    form = "\n".join([pipe(["项目支出绩效自评表", *[""] * 7]), pipe(["---"] * 8), *map(pipe, rows)])
    text = f"""# {name}绩效自评报告

## 一、项目概况

为补齐山区乡镇学校地震预警信息发布短板，市地震局组织市地震监测中心实施本项目。**该项目年初预算为0**，
2024年7月市财政局追加安排资金{adj}万元，全部为当年财政拨款。

## 二、资金使用情况

截至2024年12月31日，项目全年预算{adj}万元，实际支出{exe}万元，预算执行率{rt}%。

## 三、绩效自评表（2024年度）

{form}

## 四、自评结论

本项目2024年度绩效自评得分{total}分，自评等级为“{grade(total)}”。

> 编制：红河立信绩效管理咨询有限公司　　2025年4月2日
"""
    unit, project = _project(dept, name, impl)
    b = budget("0", adj, exe, rt) | {"fund_rows": [{"name": "当年财政拨款", "adjusted": D(adj), "executed": D(exe)}]}
    inds = [exec_fact(10, rt, es)] + [indicator_fact(r) for r in FE04]
    return facts("项目支出", 2024, unit, b, inds, total, project, full_mark=100, title=f"{name}绩效自评报告", stated_grade=EARNED), "md", text


# fe05 湖南 county federation of industry and commerce, whole unit, .mht (a page IE saved, GB2312 in base64): the
# indicators a numbered prose list under weighted 一级 headings, each "（分值X分，得分Y分）" after its name -----------------
FE05: list[Row] = [
    ("产出指标", "", "所属商会组织建设覆盖率", D(10), "≥85%", "88%", "10", ""),
    ("产出指标", "", "民营企业走访服务次数", D(10), "≥120次", "131次", "10", ""),
    ("产出指标", "", "政企恳谈会召开场次", D(10), "≥4场", "4场", "10", ""),
    ("产出指标", "", "涉企诉求办结率", D(10), "≥95%", "92%", "9.68", ""),
    ("效益指标", "", "引进民营企业投资项目个数", D(15), "≥8个", "9个", "15", ""),
    ("效益指标", "", "民营企业参与“万企兴万村”村数", D(15), "≥30个", "32个", "15", ""),
    ("满意度指标", "", "会员企业满意度", D(20), "≥90%", "94.5%", "20", ""),
]


def _mht(title: str, html: str) -> bytes:
    """A page Internet Explorer saved as one file: the HTML part in GB2312, base64."""
    boundary = "----=_NextPart_000_0000_01DB8A2E.4C1F6E30"
    head = (f"From: <Saved by Windows Internet Explorer 11>\r\nSubject: {title}\r\n"
            f"Date: Mon, 21 Apr 2025 10:12:44 +0800\r\nMIME-Version: 1.0\r\n"
            f'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="{boundary}"\r\n\r\n'
            "This is a multi-part message in MIME format.\r\n\r\n")
    part = (f"--{boundary}\r\nContent-Type: text/html;\r\n\tcharset=\"gb2312\"\r\n"
            "Content-Transfer-Encoding: base64\r\nContent-Location: http://www.youxian.example/zwgk/czzj/202504/t20250421_98712.html\r\n\r\n")
    body = base64.encodebytes(html.encode("gb18030")).replace(b"\n", b"\r\n")
    return head.encode("ascii", "replace") + part.encode() + body + f"\r\n--{boundary}--\r\n".encode()


def fe05() -> Made:
    ini, adj, exe = "156.20", "171.80", "165.27"
    rt, es, total = scored(FE05, exe, adj)
    unit = "攸县工商业联合会"
    blocks: list[tuple[str, list[Row]]] = [(l1, [r for r in FE05 if r[0] == l1]) for l1 in ("产出指标", "效益指标", "满意度指标")]
    paras = [f"<p>（一）过程指标（10分）</p><p>1.预算执行率（分值10分，得分{es}分）：全年预算{adj}万元，"
             f"实际支出{exe}万元，执行率{rt}%。</p>"]
    k = 1
    for i, (l1, rows) in enumerate(blocks, 2):
        weight = sum(r[3] for r in rows)
        paras.append(f"<p>（{'一二三四'[i - 1]}）{l1}（{weight}分）</p>")
        for r in rows:
            k += 1
            paras.append(f"<p>{k}.{r[2]}（分值{r[3]}分，得分{r[6]}分）：年度目标{shown(r[4])}，实际完成{shown(r[5])}。</p>")
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{unit}2024年度部门整体支出绩效自评报告</title></head><body>
<div class="top">攸县人民政府门户网站　<a>首页</a> <a>政务公开</a> <a>财政资金</a></div>
<div class="meta">索引号：430223-05-2025-0421　发布机构：{unit}　发布日期：2025-04-21</div>
<h1>{unit}2024年度部门整体支出绩效自评报告</h1>
<p>一、部门基本情况</p>
<p>县工商联是党委领导的以民营企业和民营经济人士为主体的人民团体，机关内设办公室、会员部2个股室。</p>
<p>二、部门整体支出情况</p>
<p>2024年年初预算{ini}万元，调整后全年预算{adj}万元，全年实际支出{exe}万元，预算执行率{rt}%。</p>
<p>三、绩效指标完成情况</p>
{chr(10).join(paras)}
<p>四、自评结论</p>
<p>经综合评定，县工商联2024年度部门整体支出绩效自评总得分{total}分，评价结果为“优秀”。</p>
<p>五、存在问题：涉企诉求办结率未达目标，个别诉求涉及多部门协调，办理周期较长。</p>
<div class="foot">主办：攸县人民政府办公室　湘ICP备05008123号</div>
</body></html>
"""
    inds = [exec_fact(10, rt, es) | {"level1": "过程指标"}]
    inds += [{k: v for k, v in indicator_fact(r).items() if k != "level2"} for r in FE05]
    return (facts("整体支出", 2024, {"name": unit}, budget(ini, adj, exe, rt), inds, total,
                  title=f"{unit}2024年度部门整体支出绩效自评报告", stated_grade=EARNED), "mht",
            _mht(f"{unit}2024年度部门整体支出绩效自评报告", html))


# fe06 江西 county housing provident fund centre, project, .docx: the prose in 万元, the 自评表 in 元; the form split
# into two Word tables by a page break in the middle of its indicator rows (the second table carries no header) ---------
FE06: list[Row] = [
    ("产出指标", "数量指标", "信息系统运维服务响应次数", D(15), "≥180次", "196次", "15", ""),
    ("产出指标", "数量指标", "线上业务办理事项数", D(10), "≥36项", "38项", "10", ""),
    ("产出指标", "质量指标", "系统全年正常运行率", D(15), "≥99.5%", "99.8%", "15", ""),
    ("产出指标", "时效指标", "系统故障修复时限", D(10), "≤4小时", "3小时", "10", ""),
    ("产出指标", "成本指标", "年度运维费用", D(10), "≤42.5万元", "41.87万元", "10", ""),
    ("效益指标", "社会效益指标", "公积金业务线上办理率", D(15), "≥85%", "82.4%", "14.54", "老年职工线下办理习惯未改变，将加强引导"),
    ("满意度指标", "服务对象满意度指标", "缴存职工满意度", D(15), "≥90%", "95%", "15", ""),
]


def _yuan(wan: str) -> str:
    return f"{D(wan) * 10000:,.2f}"


def fe06() -> Made:
    ini, adj, exe = "38.00", "42.50", "41.87"
    rt, es, total = scored(FE06, exe, adj)
    dept, impl, name = "婺源县住房公积金管理中心", "婺源县住房公积金管理中心", "2024年住房公积金信息系统运维项目"
    d = doc()
    d.add_heading(f"{name}绩效自评报告", level=1)
    for p in ("一、项目基本情况",
              f"本项目保障县住房公积金信息系统全年稳定运行。2024年年初预算{ini}万元，因新增电子稽查模块调增预算后为{adj}万元，"
              f"全年支出{exe}万元，预算执行率{rt}%。",
              "二、绩效自评表（金额单位：元）"):
        d.add_paragraph(p)
    y = [_yuan(v) for v in (ini, adj, exe)]
    first = [["项目名称", name, "", "", "", "", "", ""], ["主管部门", dept, "", "", "实施单位", impl, "", ""],
             ["项目资金（元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
             ["", "年度资金总额", *y, "10", f"{rt}%", str(es)],
             ["", "其中：当年财政拨款", *y, "—", f"{rt}%", "—"],
             HEAD, *[cells(r) for r in FE06[:4]]]
    table(d, first, merges=[(0, 1, 0, 7), (1, 1, 1, 3), (1, 5, 1, 7), (2, 0, 4, 0)], vmerge_cols=(0, 1))
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    second = [*[cells(r) for r in FE06[4:]], ["总分", "", "", "", "", "100", str(total), grade(total)]]
    table(d, second, merges=[(len(second) - 1, 0, len(second) - 1, 4)])
    for p in (f"三、自评结论：本项目2024年度绩效自评得分{total}分，等级为{grade(total)}。",
              "上饶正源项目管理咨询有限公司　2025年3月31日"):
        d.add_paragraph(p)
    unit, project = _project(dept, name, impl)
    b = budget(ini, adj, exe, rt) | {"fund_rows": [{"name": "当年财政拨款", "initial": D(ini), "adjusted": D(adj),
                                                     "executed": D(exe)}]}
    inds = [exec_fact(10, rt, es)] + [indicator_fact(r) for r in FE06]
    return (facts("项目支出", 2024, unit, b, inds, total, project, full_mark=100, title=f"{name}绩效自评报告", stated_grade=EARNED),
            "docx", docx_bytes(d))


# fe07 内蒙古 city weather-modification service centre, project, GBK .txt: a tab-pasted form closed by "等级：良好"
# and the conclusion "评价结果为“良好”" (a grade word the domain allows but few reports use) --------------------------------
FE07: list[Row] = [
    ("产出指标", "数量指标", "人工增雨（雪）作业次数", D(15), "≥60次", "52次", "13", "春季适宜作业天气过程偏少"),
    ("产出指标", "数量指标", "防雹作业点维护数量", D(10), "≥18个", "18个", "10", ""),
    ("产出指标", "质量指标", "作业安全事故发生次数", D(10), "0次", "0次", "10", ""),
    ("产出指标", "时效指标", "作业申报批复及时率", D(10), "≥95%", "88%", "9.26", "空域审批等待时间长"),
    ("效益指标", "经济效益指标", "作业区农作物雹灾受灾面积减少率", D(15), "≥20%", "14%", "10.5", "7月局地强对流天气超出作业能力"),
    ("效益指标", "生态效益指标", "作业区增加降水量", D(15), "≥5%", "4.2%", "12.6", "作业窗口少"),
    ("满意度指标", "服务对象满意度指标", "作业区农牧民满意度", D(15), "≥90%", "91%", "15", ""),
]


def fe07() -> Made:
    ini, adj, exe = "95.00", "95.00", "88.72"
    rt, es, total = scored(FE07, exe, adj)
    assert grade(total) == "良", total
    dept, impl, name = "扎兰屯市气象局", "扎兰屯市人工影响天气服务中心", "2024年人工影响天气作业补助项目"
    tab = "\t"
    form = "\n".join(tab.join(c) for c in [
        ["项目名称", name], ["主管部门", dept, "实施单位", impl],
        ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["", "年度资金总额", ini, adj, exe, "10", f"{rt}%", str(es)],
        HEAD, *[cells(r) for r in FE07], ["总分", "", "", "", "", "100", str(total), ""]])
    text = f"""{name}绩效自评报告

一、项目概况
本项目由市气象局主管、市人工影响天气服务中心实施，用于全市人工增雨（雪）和防雹作业的弹药购置、作业点维护和作业人员补助。

二、项目资金使用情况
2024年项目年初预算{ini}万元，年中未作调整，全年支出{exe}万元，预算执行率{rt}%。

三、项目支出绩效自评表（2024年度）
{form}
自评等级：良好

四、自评结论
综合评定，本项目2024年度绩效自评得分{total}分，评价结果为“良好”。

五、存在的问题
作业窗口期受天气条件限制，空域申请批复耗时较长，部分作业未能按计划开展。

呼伦贝尔瑞丰财务咨询有限公司
2025年5月9日
"""
    unit, project = _project(dept, name, impl)
    inds = [exec_fact(10, rt, es)] + [indicator_fact(r) for r in FE07]
    return (facts("项目支出", 2024, unit, budget(ini, adj, exe, rt), inds, total, project, full_mark=100,
                  stated_grade="良", title=f"{name}绩效自评报告"), "txt", text.replace("\n", "\r\n").encode("gbk"))


# fe08 广西 city fire brigade, project, .odt: the form's rows carry no deviation note; a 偏差 section below names, in
# prose only, each indicator that lost points and how many ("扣1分" / "扣0.5分") ---------------------------------------
FE08: list[Row] = [
    ("产出指标", "数量指标", "政府专职消防队员保障人数", D(15), "≥48人", "48人", "15", ""),
    ("产出指标", "数量指标", "专职队员年度业务培训课时", D(10), "≥120课时", "126课时", "10", ""),
    ("产出指标", "质量指标", "专职队员培训考核合格率", D(10), "100%", "97%", "9.5", ""),
    ("产出指标", "时效指标", "城区火警出动时间", D(10), "≤1分钟", "1.2分钟", "9", ""),
    ("效益指标", "社会效益指标", "火灾扑救成功率", D(20), "≥98%", "99.1%", "20", ""),
    ("效益指标", "可持续影响指标", "专职队员流失率", D(10), "≤10%", "12.5%", "8", ""),
    ("满意度指标", "服务对象满意度指标", "辖区群众满意度", D(15), "≥90%", "96%", "15", ""),
]
FE08_LOSS = {"专职队员培训考核合格率": "0.5", "城区火警出动时间": "1", "专职队员流失率": "2"}


def fe08() -> Made:
    ini, adj, exe = "432.00", "451.20", "446.18"
    rt, es, total = scored(FE08, exe, adj)
    dept, impl, name = "平果市人民政府", "平果市消防救援大队", "2024年政府专职消防队员经费保障项目"
    d = doc()
    d.add_heading(f"{name}绩效自评报告", level=1)
    for p in ("一、项目基本情况",
              f"本项目保障全市政府专职消防队员工资、保险和训练经费。2024年年初预算{ini}万元，调整后预算{adj}万元，"
              f"全年支出{exe}万元，预算执行率{rt}%。",
              "二、绩效自评表"):
        d.add_paragraph(p)
    rows = [["项目名称", name, "", "", "", "", ""], ["主管部门", dept, "", "", "实施单位", impl, ""],
            ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["年度资金总额", ini, adj, exe, "10", f"{rt}%", str(es)],
            HEAD[:7], *[cells(r)[:7] for r in FE08], ["总分", "", "", "", "", "100", str(total)]]
    n = len(rows)
    table(d, rows, merges=[(0, 1, 0, 6), (1, 1, 1, 3), (1, 5, 1, 6), (n - 1, 0, n - 1, 4)], vmerge_cols=(0, 1))
    d.add_paragraph("三、偏差情况及原因分析")
    why = {"专职队员培训考核合格率": "2名新招录队员体能考核未达标，已安排补考",
           "城区火警出动时间": "夜间出动时间偏长，车库门禁改造后已缩短",
           "专职队员流失率": "6名队员考取其他岗位离职，已启动补录"}
    for i, (k, v) in enumerate(FE08_LOSS.items(), 1):
        d.add_paragraph(f"{i}.{k}指标扣{v}分，原因是{why[k]}。")
    for p in (f"四、自评结论：本项目2024年度绩效自评得分{total}分，等级为{grade(total)}。",
              "百色恒信绩效评价咨询有限公司　2025年4月25日"):
        d.add_paragraph(p)
    unit, project = _project(dept, name, impl)
    inds = [exec_fact(10, rt, es)] + [indicator_fact(r) for r in FE08]
    for f in inds:
        if f["name"] in FE08_LOSS:
            f["stated_deduction"] = D(FE08_LOSS[f["name"]])
    return (facts("项目支出", 2024, unit, budget(ini, adj, exe, rt), inds, total, project, full_mark=100,
                  title=f"{name}绩效自评报告", stated_grade=EARNED), "odt",
            convert(docx_bytes(d), "fe08", "docx", "odt"))


REPORTS: dict[str, Callable[[], Made]] = {
    "fe01-gz-meitan-science-whole-pdf-header-every-page": fe01,
    "fe02-he-xianxian-redcross-project-xls-merged-half-weights": fe02,
    "fe03-ah-susong-grain-fund-rtf-three-subprojects": fe03,
    "fe04-yn-mile-quake-project-md-no-initial-budget": fe04,
    "fe05-hn-youxian-federation-whole-mht-numbered-prose": fe05,
    "fe06-jx-wuyuan-fund-project-docx-yuan-split-table": fe06,
    "fe07-nm-zhalantun-weather-project-txt-gbk-grade-word": fe07,
    "fe08-gx-pingguo-fire-project-odt-deductions-in-prose": fe08,
}
