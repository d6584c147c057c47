# ruff: noqa: E501
"""Reports a04, a05, a06, b10, b11, b12 of the twenty-third set (text, Markdown, HTML): each returns (facts, ext, str).

Every unit, person and figure is invented. The facts record is the eighteenth set's, the value helpers the
seventeenth set's, the money block and indicator list the twentieth set's.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from eighteenth_facts import EARNED, D, Made, Row, facts, form_rows, grade, shown
from fourteenth_base import chunks, width
from twentieth_facts import indicators, money, scored
from twentieth_word import blank_repeats

HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]


def fiscal_money(initial: str, adjusted: str, executed: str, rt: Any) -> dict[str, Any]:
    """The money block whose only filled 其中 row is 当年财政拨款, equal to the total."""
    fund = {"name": "当年财政拨款", "initial": D(initial), "adjusted": D(adjusted), "executed": D(executed)}
    return {**money(initial, adjusted, executed, rt), "fund_rows": [fund]}


def _pad(text: str, room: int) -> str:
    return text + " " * (room - width(text))


# a04 河南 county project, .txt that is a CSV export (Excel "CSV UTF-8": a BOM, CRLF, every row padded with commas to the
# sheet width, a field quoted only when it holds a comma or a quote — amounts with thousands separators, a target
# "≥1,200人次", a note with a comma) ------------------------------------------------------------------------------------
A04: list[Row] = [
    ("产出指标", "数量指标", "安装波形梁护栏长度", 10, "≥42公里", "43.6公里", "10", ""),
    ("产出指标", "数量指标", "增设警示标志标牌", 10, "≥1,200块", "1,236块", "10", ""),
    ("产出指标", "质量指标", "交工验收合格率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "工程完工时间", 10, "T:2024年11月底前", "T:2024年11月20日", "10", ""),
    ("效益指标", "社会效益指标", "农村公路交通事故起数下降率", 15, "≥10%", "8.7%", "13.05", "冬季雨雪天气多，事故起数下降不及预期，将加强冬季巡查"),
    ("效益指标", "可持续影响指标", "安防设施管护责任落实率", 15, "100%", "100%", "15", ""),
    ("满意度指标", "服务对象满意度指标", "沿线群众满意度", 20, "≥90%", "93.5%", "20", ""),
]


def a04() -> Made:
    ini, adj, exe = "1286.50", "1342.80", "1301.27"
    rt, es, tot = scored(exe, adj, A04)
    name, dept, impl = "农村公路安全生命防护工程", "郸城县交通运输局", "郸城县农村公路管理所"

    def sep(x: str) -> str:
        return f"{D(x):,.2f}"

    rows: list[list[str]] = [
        ["项目支出绩效自评表"],
        ["（2024年度）"],
        ["项目名称", name, "", "", "主管部门", dept],
        ["实施单位", impl, "", "", "项目负责人", "王振华"],
        ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["年度资金总额", sep(ini), sep(adj), sep(exe), "10", f"{rt}%", str(es)],
        ["其中：当年财政拨款", sep(ini), sep(adj), sep(exe), "—", f"{rt}%", "—"],
        ["上年结转资金", "", "", "", "—", "", "—"],
        ["其他资金", "", "", "", "—", "", "—"],
        ["年度总体目标", "完成县道、乡道临水临崖等危险路段安防设施建设，消除安全隐患"],
        ["实际完成情况", "完成护栏43.6公里、标志标牌1,236块，项目已交工验收"],
        HEAD,
        *blank_repeats(form_rows(A04)),
        ["总分", "", "", "", "", "100", str(tot), ""],
        ["自评等级", grade(tot)],
    ]
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    for row in rows:
        writer.writerow(row + [""] * (8 - len(row)))
    unit = {"supervising_department": dept}
    project = {"name": name, "implementing_unit": impl}
    return facts("项目支出", 2024, unit, fiscal_money(ini, adj, exe, rt), indicators(rt, es, A04), tot, project,
                 full_mark=100, stated_grade=EARNED), "txt", "\ufeff" + buf.getvalue()


def _grid(rows: list[list[str]], widths: list[int]) -> str:
    """A pandoc grid table: +---+ rules, the header closed by +===+, each cell wrapped inside its column."""
    rule = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    out = [rule]
    for n, row in enumerate(rows):
        pieces = [chunks(c, w) for c, w in zip(row, widths, strict=True)]
        for i in range(max(len(p) for p in pieces)):
            out.append("| " + " | ".join(_pad(p[i] if i < len(p) else "", w) for p, w in zip(pieces, widths, strict=True)) + " |")
        out.append(rule.replace("-", "=") if n == 0 else rule)
    return "\n".join(out)


# a05 浙江 county project, Markdown from a static site: YAML front matter (title, a 2025 publication date, author, tags),
# the Word file converted by pandoc, so both tables are grid tables (+---+ rules, +===+ under the header, cells wrapped
# over several lines inside their column) ------------------------------------------------------------------------------
A05: list[Row] = [
    ("产出指标", "数量指标", "送戏下乡演出场次", 10, "≥150场", "158场", "10", ""),
    ("产出指标", "数量指标", "农村文化礼堂星级评定数", 10, "≥12个", "12个", "10", ""),
    ("产出指标", "质量指标", "演出节目原创比例", 10, "≥30%", "33.3%", "10", ""),
    ("产出指标", "时效指标", "演出任务完成时间", 10, "T:2024年11月底前", "T:2024年11月28日", "10", ""),
    ("效益指标", "社会效益指标", "观演群众人次", 15, "≥6万人次", "5.82万人次", "14.55", "两场露天演出因台风取消"),
    ("效益指标", "可持续影响指标", "村级文艺团队培育数", 15, "≥20支", "22支", "15", ""),
    ("满意度指标", "服务对象满意度指标", "观演群众满意度", 20, "≥92%", "95.6%", "20", ""),
]


def a05() -> Made:
    ini, adj, exe = "186.00", "198.40", "192.15"
    rt, es, tot = scored(exe, adj, A05)
    name, dept, impl = "农村文化礼堂送戏下乡项目", "天台县文化和广电旅游体育局", "天台县文化馆"
    money_rows = [["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
                  ["年度资金总额", ini, adj, exe, "10", f"{rt}%", str(es)],
                  ["其中：当年财政拨款", ini, adj, exe, "—", f"{rt}%", "—"]]
    ind_rows = [HEAD, *blank_repeats(form_rows(A05)), ["总分", "", "", "", "", "100", str(tot), ""]]
    text = "\n".join([
        "---",
        f'title: "{name}2024年度绩效自评报告"',
        "date: 2025-04-22T09:30:00+08:00",
        f"author: {impl}",
        "categories: [财政预决算, 绩效评价]",
        "tags: [送戏下乡, 绩效自评]",
        "draft: false",
        "---",
        "",
        f"项目名称：{name}",
        "",
        f"主管部门：{dept}",
        "",
        f"实施单位：{impl}",
        "",
        "## 一、项目资金情况",
        "",
        _grid(money_rows, [18, 10, 10, 10, 4, 8, 6]),
        "",
        "## 二、绩效指标完成情况",
        "",
        _grid(ind_rows, [10, 12, 16, 12, 12, 4, 6, 18]),
        "",
        f"自评结论：项目2024年度自评得分{tot}分，等级为{grade(tot)}。",
        "",
    ])
    unit = {"supervising_department": dept}
    project = {"name": name, "implementing_unit": impl}
    return facts("项目支出", 2024, unit, fiscal_money(ini, adj, exe, rt), indicators(rt, es, A05), tot, project,
                 full_mark=100, stated_grade=EARNED), "md", text


def _input(value: str, name: str, cls: str = "txt") -> str:
    return f'<input type="text" class="{cls}" name="{name}" value="{value}" readonly="readonly" />'


# a06 湖南 county project, HTML: an OA 填报 page saved by the browser with its form controls — every value sits in an
# <input value="…">, the notes in <textarea>, the grade in a <select> whose chosen <option selected> is the answer;
# labels in <label>/<th>; planted: the stated 执行率 is 2.5 points above 全年执行数 / 全年预算数 ---------------------------
A06: list[Row] = [
    ("产出指标", "数量指标", "免费开展白内障复明手术例数", 15, "≥1200例", "1236例", "15", ""),
    ("产出指标", "质量指标", "手术成功率", 15, "≥98%", "99.1%", "15", ""),
    ("产出指标", "时效指标", "补助资金结算及时率", 10, "100%", "100%", "10", ""),
    ("效益指标", "社会效益指标", "术后脱盲率", 15, "≥90%", "88.6%", "14.77", "部分患者合并眼底病变"),
    ("效益指标", "可持续影响指标", "基层眼病筛查网点覆盖率", 15, "≥80%", "85%", "15", ""),
    ("满意度指标", "服务对象满意度指标", "受助患者满意度", 20, "≥92%", "96.4%", "20", ""),
]


def a06() -> Made:
    ini, adj, exe = "236.00", "252.80", "236.42"
    true_rt, _, _ = scored(exe, adj, A06)
    rt = true_rt + D("2.5")
    es = (rt / 10).quantize(D("0.01"))
    tot = sum((D(r[6]) for r in A06), es)
    name, dept, impl = "贫困白内障患者复明工程", "桃江县卫生健康局", "桃江县人民医院"
    cells = "".join(f"<th>{h}</th>" for h in HEAD)
    body = []
    for i, r in enumerate(blank_repeats(form_rows(A06))):
        row = [r[0], r[1]] + [_input(v, f"zb{i}_{k}") for k, v in enumerate(r[2:7])]
        row.append(f'<textarea name="zb{i}_yy" rows="2">{r[7]}</textarea>')
        body.append("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>")
    chosen = ' selected="selected"'
    grades = "".join(f'<option value="{g}"{chosen if g == grade(tot) else ""}>{g}</option>' for g in ("优", "良", "中", "差"))
    page = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>项目绩效自评填报 - 预算绩效管理系统</title>
<link rel="stylesheet" href="/static/oa/form.css"></head>
<body>
<div class="oa-header"><span class="logo">预算绩效管理系统</span><span class="user">当前用户：桃江县人民医院财务科</span><a href="#">退出</a></div>
<div class="oa-crumb">首页 &gt; 绩效评价 &gt; 项目自评 &gt; 填报</div>
<form id="zpForm" method="post" action="/jx/zp/save">
<h2 class="form-title">项目支出绩效自评表</h2>
<p class="form-sub">（{_input("2024", "nd", "short")}年度）</p>
<table class="form-table">
<tr><th><label for="xmmc">项目名称</label></th><td colspan="3">{_input(name, "xmmc", "long")}</td></tr>
<tr><th><label for="zgbm">主管部门</label></th><td>{_input(dept, "zgbm")}</td><th><label for="ssdw">实施单位</label></th><td>{_input(impl, "ssdw")}</td></tr>
</table>
<table class="form-table">
<tr><th>项目资金（万元）</th><th>年初预算数</th><th>全年预算数</th><th>全年执行数</th><th>分值</th><th>执行率</th><th>得分</th></tr>
<tr><td>年度资金总额</td><td>{_input(ini, "ncys", "num")}</td><td>{_input(adj, "qnys", "num")}</td><td>{_input(exe, "qnzx", "num")}</td><td>10</td><td>{_input(f"{rt}%", "zxl", "num")}</td><td>{_input(str(es), "zxdf", "num")}</td></tr>
</table>
<table class="form-table">
<tr><th>年度总体目标</th><td><textarea name="ndmb" rows="3">为县内贫困白内障患者免费实施复明手术，提高患者生活质量。</textarea></td></tr>
<tr><th>实际完成情况</th><td><textarea name="wcqk" rows="3">全年完成手术1236例，手术成功率99.1%。</textarea></td></tr>
</table>
<table class="form-table grid">
<tr>{cells}</tr>
{chr(10).join(body)}
<tr><td colspan="5">总分</td><td>100</td><td>{_input(str(tot), "zf", "num")}</td><td></td></tr>
</table>
<p><label for="zpdj">自评等级：</label><select id="zpdj" name="zpdj"><option value="">请选择</option>{grades}</select></p>
<div class="oa-buttons"><button type="button">暂存</button><button type="submit">提交</button><button type="button">打印</button></div>
</form>
<div class="oa-footer">技术支持：某某信息技术有限公司</div>
</body></html>
"""
    unit = {"supervising_department": dept}
    project = {"name": name, "implementing_unit": impl}
    made = facts("项目支出", 2024, unit, money(ini, adj, exe, rt), indicators(rt, es, A06), tot, project,
                 full_mark=100, planted=["EXECUTION_RATE_MISMATCH"], stated_grade=EARNED)
    return made, "html", page


def _boxed(rows: list[list[str]], widths: list[int]) -> str:
    """A table drawn with box characters (┌┬┐ ├┼┤ └┴┘ │ ─), cells wrapped inside their column, CJK two columns wide."""
    def rule(left: str, mid: str, right: str) -> str:
        return left + mid.join("─" * (w // 2) for w in widths) + right
    out = [rule("┌", "┬", "┐")]
    for n, row in enumerate(rows):
        pieces = [chunks(c, w) for c, w in zip(row, widths, strict=True)]
        for i in range(max(len(p) for p in pieces)):
            out.append("│" + "│".join(_pad(p[i] if i < len(p) else "", w) for p, w in zip(pieces, widths, strict=True)) + "│")
        out.append(rule("├", "┼", "┤") if n < len(rows) - 1 else rule("└", "┴", "┘"))
    return "\n".join(out)


# b10 内蒙古 banner bureau, whole unit, .txt with the forms drawn in box characters (a text export that keeps the table
# rules: ┌─┬─┐ / │ / ├─┼─┤), long cells wrapped over two or three lines inside their row, 一级 / 二级 left empty below --------
B10: list[Row] = [
    ("产出指标", "数量指标", "草原生态保护补助奖励资金发放户数", 10, "≥8600户", "8712户", "10", ""),
    ("产出指标", "数量指标", "完成草原围栏建设面积", 10, "≥15万亩", "15.3万亩", "10", ""),
    ("产出指标", "质量指标", "禁牧休牧区巡查覆盖率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "补奖资金兑付时间", 10, "T:2024年9月底前", "T:2024年9月25日", "10", ""),
    ("效益指标", "生态效益指标", "草原植被综合盖度", 15, "≥45%", "44.2%", "14.73", "夏季降水偏少，植被恢复慢于预期"),
    ("效益指标", "经济效益指标", "牧民人均补奖收入", 15, "≥3500元", "3620元", "15", ""),
    ("满意度指标", "服务对象满意度指标", "农牧民满意度", 20, "≥90%", "94.1%", "20", ""),
]


def b10() -> Made:
    ini, adj, exe = "2865.40", "3018.60", "2958.32"
    rt, es, tot = scored(exe, adj, B10)
    name = "阿鲁科尔沁旗林业和草原局"
    info = [["单位名称", name, "编制人数", "46"], ["主管部门", "阿鲁科尔沁旗人民政府", "实有人数", "43"]]
    money_rows = [["预算资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
                  ["年度资金总额", ini, adj, exe, "10", f"{rt}%", str(es)]]
    ind_rows = [HEAD, *blank_repeats(form_rows(B10)), ["总分", "", "", "", "", "100", str(tot), ""]]
    text = "\n".join([
        f"{name}2024年度部门整体支出绩效自评报告",
        "",
        "一、部门基本情况",
        f"{name}内设办公室、林业股、草原股、生态修复股4个股室，下属旗林业工作站、旗草原工作站2个事业单位。"
        "核定编制46名，年末实有人员43人。",
        "",
        "二、部门整体支出绩效自评表",
        "",
        _boxed(info, [10, 28, 10, 6]),
        _boxed(money_rows, [18, 12, 12, 12, 6, 8, 6]),
        _boxed(ind_rows, [10, 14, 18, 12, 12, 6, 6, 20]),
        "",
        f"自评结论：本局2024年度部门整体支出绩效自评得分{tot}分，自评等级为{grade(tot)}。",
        "",
    ])
    unit = {"name": name, "supervising_department": "阿鲁科尔沁旗人民政府", "staff_total": 43, "staff_establishment": 46,
            "internal_bodies": ["办公室", "林业股", "草原股", "生态修复股"], "internal_bodies_count": 4,
            "subordinate_bodies": ["旗林业工作站", "旗草原工作站"], "subordinate_bodies_count": 2}
    return facts("整体支出", 2024, unit, money(ini, adj, exe, rt), indicators(rt, es, B10), tot,
                 full_mark=100, stated_grade=EARNED), "txt", text


# b11 福建 county statistics bureau, whole unit, Markdown exported from an online document (钉钉 / 语雀 style): callout
# blocks, a table whose one column holds the target and the actual stacked with <br />, a name broken by <br /> -----------
B11: list[Row] = [
    ("产出指标", "数量指标", "完成统计调查项目数", 15, "≥28项", "30项", "15", ""),
    ("产出指标", "质量指标", "统计数据审核差错率", 15, "≤1%", "0.6%", "15", ""),
    ("产出指标", "时效指标", "统计报表按时上报率", 10, "100%", "100%", "10", ""),
    ("效益指标", "社会效益指标", "统计信息公开发布条数", 15, "≥120条", "112条", "14", "部分专题分析延至次年发布"),
    ("效益指标", "可持续影响指标", "基层统计员培训覆盖率", 15, "≥95%", "97.3%", "15", ""),
    ("满意度指标", "服务对象满意度指标", "统计数据使用部门满意度", 20, "≥90%", "93%", "20", ""),
]
_BROKEN = {"统计数据使用部门满意度": "统计数据使用<br />部门满意度", "基层统计员培训覆盖率": "基层统计员<br />培训覆盖率"}


def b11() -> Made:
    ini, adj, exe = "426.80", "458.30", "449.12"
    rt, es, tot = scored(exe, adj, B11)
    name = "永春县统计局"
    lines = ["| 一级指标 | 二级指标 | 三级指标 | 年度指标值<br />实际完成值 | 分值 | 得分 | 偏差原因 |", "| --- | --- | --- | --- | --- | --- | --- |",
             f"| 预算执行 | 预算执行 | 预算执行率 | 100%<br />{rt}% | 10 | {es} |  |"]
    for r, s in zip(B11, blank_repeats(form_rows(B11)), strict=True):
        lines.append(f"| {s[0]} | {s[1]} | {_BROKEN.get(r[2], r[2])} | {s[3]}<br />{s[4]} | {s[5]} | {s[6]} | {s[7]} |")
    lines.append(f"| **合计** |  |  |  | **100** | **{tot}** |  |")
    text = "\n".join([
        f"# {name}2024年度部门整体支出绩效自评报告",
        "",
        ":::tips",
        "本文档由财务股起草，经局党组会审议通过后公开。",
        ":::",
        "",
        "## 一、部门概况",
        "",
        f"{name}内设办公室、综合统计股、专业统计股3个股室，下属县社会经济调查队1个事业单位。核定编制24名，实有在职人员22人。",
        "",
        "## 二、预算执行情况",
        "",
        f"2024年年初预算{ini}万元，调整后全年预算{adj}万元，全年执行{exe}万元，预算执行率{rt}%。",
        "",
        "## 三、绩效指标完成情况",
        "",
        "> 💡 年度指标值与实际完成值在同一栏中上下列示，上为年度指标值，下为实际完成值。",
        "",
        *lines,
        "",
        f"## 四、自评结论\n\n自评得分{tot}分，自评等级：{grade(tot)}。",
        "",
    ])
    unit = {"name": name, "staff_total": 22, "staff_establishment": 24,
            "internal_bodies": ["办公室", "综合统计股", "专业统计股"], "internal_bodies_count": 3,
            "subordinate_bodies": ["县社会经济调查队"], "subordinate_bodies_count": 1}
    inds = indicators(rt, es, B11, level1="预算执行", level2="预算执行", target={"value": D(100), "unit": "%"})
    return facts("整体支出", 2024, unit, money(ini, adj, exe, rt), inds, tot, full_mark=100, stated_grade=EARNED), "md", text


def _xl_cell(text: str, cls: str = "xl70", attrs: str = "") -> str:
    return f"<td class={cls}{attrs}>{text or '&nbsp;'}</td>"


def _xl_num(shown_text: str, value: Any, cls: str = "xl72") -> str:
    return f"<td class={cls} align=right x:num=\"{value}\">{shown_text}</td>"


# b12 湖北 county hospital, whole unit, HTML written by Excel's "save as web page": x:num values behind formatted cells
# (x:num="0.9749…" shown as 97.49%), x:fmla on the totals, <col> widths, mso styles, a conditional-comment workbook
# block, 一级 cells with rowspan, and the supportMisalignedColumns row of empty cells at the end -----------------------
B12: list[Row] = [
    ("产出指标", "数量指标", "门急诊服务人次", 10, "≥42万人次", "44.8万人次", "10", ""),
    ("产出指标", "数量指标", "出院患者人次", 10, "≥2.6万人次", "2.71万人次", "10", ""),
    ("产出指标", "质量指标", "住院患者死亡率", 10, "≤0.5%", "0.42%", "10", ""),
    ("产出指标", "时效指标", "平均住院日", 10, "≤8.5天", "8.2天", "10", ""),
    ("效益指标", "社会效益指标", "县域内就诊率", 15, "≥90%", "89.2%", "14.87", "部分肿瘤患者转诊上级医院"),
    ("效益指标", "可持续影响指标", "医联体成员单位帮扶覆盖率", 15, "100%", "100%", "15", ""),
    ("满意度指标", "服务对象满意度指标", "住院患者满意度", 20, "≥92%", "94.6%", "20", ""),
]


def b12() -> Made:
    ini, adj, exe = "8650.00", "9236.40", "9004.85"
    rt, es, tot = scored(exe, adj, B12)
    name = "郧西县人民医院"
    ratio = D(exe) / D(adj)
    rows = [f"<tr height=40 style='height:30.0pt'><td colspan=8 height=40 class=xl65 width=1140 style='height:30.0pt;width:855pt'>{name}2024年度部门整体支出绩效自评表</td></tr>",
            "<tr height=24 style='height:18.0pt'>" + _xl_cell("单位名称", "xl66") + f"<td colspan=3 class=xl67>{name}</td>"
            + _xl_cell("主管部门", "xl66") + "<td colspan=3 class=xl67>郧西县卫生健康局</td></tr>",
            "<tr height=24 style='height:18.0pt'>" + _xl_cell("编制人数", "xl66") + _xl_num("512", 512) + _xl_cell("")
            + _xl_cell("") + _xl_cell("实有人数", "xl66") + _xl_num("498", 498) + _xl_cell("") + _xl_cell("") + "</tr>",
            "<tr height=24 style='height:18.0pt'>" + "".join(_xl_cell(h, "xl66") for h in
                                                          ["预算资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", ""]) + "</tr>",
            "<tr height=24 style='height:18.0pt'>" + _xl_cell("年度资金总额") + _xl_num(f"{D(ini):,.2f}", ini) + _xl_num(f"{D(adj):,.2f}", adj)
            + _xl_num(f"{D(exe):,.2f}", exe) + _xl_num("10", 10) + f"<td class=xl73 align=right x:num=\"{ratio}\" x:fmla=\"=D5/C5\">{rt}%</td>"
            + f"<td class=xl72 align=right x:num=\"{es}\" x:fmla=\"=ROUND(F5*E5,2)\">{es}</td>" + _xl_cell("") + "</tr>",
            "<tr height=24 style='height:18.0pt'>" + "".join(_xl_cell(h, "xl66") for h in HEAD) + "</tr>"]
    spans = {"产出指标": 4, "效益指标": 2, "满意度指标": 1}
    for r, s in zip(B12, blank_repeats(form_rows(B12)), strict=True):
        cells = ""
        if s[0]:
            cells += f"<td rowspan={spans[r[0]]} height={24 * spans[r[0]]} class=xl68>{r[0]}</td>"
        cells += _xl_cell(r[1]) + _xl_cell(r[2]) + _xl_cell(shown(r[4])) + _xl_cell(shown(r[5]))
        cells += _xl_num(str(r[3]), r[3]) + _xl_num(r[6], r[6]) + _xl_cell(r[7])
        rows.append(f"<tr height=24 style='height:18.0pt'>{cells}</tr>")
    first, last = 7, 6 + len(B12)
    rows.append("<tr height=24 style='height:18.0pt'><td colspan=5 height=24 class=xl66>合计</td>"
                + f"<td class=xl72 align=right x:num=\"100\" x:fmla=\"=SUM(F{first}:F{last})+E5\">100</td>"
                + f"<td class=xl72 align=right x:num=\"{tot}\" x:fmla=\"=SUM(G{first}:G{last})+G5\">{tot}</td>" + _xl_cell("") + "</tr>")
    rows.append(f"<tr height=24 style='height:18.0pt'><td colspan=8 height=24 class=xl69>自评等级：{grade(tot)}</td></tr>")
    rows.append("<![if supportMisalignedColumns]><tr height=0 style='display:none'>"
                + "".join("<td width=120 style='width:90pt'></td>" for _ in range(8)) + "</tr><![endif]>")
    page = ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\"\n"
            "xmlns:x=\"urn:schemas-microsoft-com:office:excel\" xmlns=\"http://www.w3.org/TR/REC-html40\">\n<head>\n"
            "<meta http-equiv=Content-Type content=\"text/html; charset=utf-8\">\n<meta name=ProgId content=Excel.Sheet>\n"
            "<meta name=Generator content=\"Microsoft Excel 15\">\n<style>\n<!--table\n\t{mso-displayed-decimal-separator:\"\\.\";}\n"
            ".xl65\t{font-size:16.0pt;font-weight:700;text-align:center;}\n.xl72\t{mso-number-format:\"0\\.00\";}\n"
            ".xl73\t{mso-number-format:\"0\\.00%\";}\n-->\n</style>\n<!--[if gte mso 9]><xml>\n <x:ExcelWorkbook>\n  <x:ExcelWorksheets>\n"
            "   <x:ExcelWorksheet>\n    <x:Name>整体自评表</x:Name>\n    <x:WorksheetOptions><x:Print><x:ValidPrinterInfo/></x:Print></x:WorksheetOptions>\n"
            "   </x:ExcelWorksheet>\n  </x:ExcelWorksheets>\n </x:ExcelWorkbook>\n</xml><![endif]-->\n</head>\n\n"
            "<body link=blue vlink=purple>\n\n<table border=0 cellpadding=0 cellspacing=0 width=1140 style='border-collapse:collapse;table-layout:fixed;width:855pt'>\n"
            + "".join("<col width=120 style='mso-width-source:userset;mso-width-alt:3840;width:90pt'>\n" for _ in range(8))
            + "\n".join(rows) + "\n</table>\n\n</body>\n\n</html>\n")
    unit = {"name": name, "supervising_department": "郧西县卫生健康局", "staff_total": 498, "staff_establishment": 512}
    return facts("整体支出", 2024, unit, money(ini, adj, exe, rt), indicators(rt, es, B12), tot,
                 full_mark=100, stated_grade=EARNED), "html", page


TEXT = {
    "a04-ha-dancheng-roads-project-txt-csv-export": a04,
    "a05-zj-tiantai-opera-project-md-grid-tables": a05,
    "a06-hn-taojiang-cataract-project-html-form-controls": a06,
    "b10-nm-aluke-grassland-whole-txt-box-drawing": b10,
    "b11-fj-yongchun-stats-whole-md-stacked-cells": b11,
    "b12-hb-yunxi-hospital-whole-html-excel-saved": b12,
}
