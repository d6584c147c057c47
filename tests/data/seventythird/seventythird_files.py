# ruff: noqa: E501
"""Reports st03, st04, st05, st07 of the seventy-third set, each returning (facts, ext, content): a Hainan
civil-affairs bureau's whole-unit report on a government site's article page (索引号 / 发布机构 block, the form a DOM
table pasted from Word: two header rows, 绩效指标 and 指标值 spanning their parts, every cell a MsoNormal paragraph of
spans); a Jiangxi culture bureau's 送戏下乡 project as an .xlsx score table (一级 / 二级 merged down, weights and scores
as text "15分" / "14分") with its money on a second sheet by fund source, the rate a fraction shown as a percentage;
a Hunan hospital's whole-unit report copied out of a PDF viewer (lines cut at the page width, 公文 page numbers
"— 3 —" between pages, each table row one line of cells parted by spaces, long reasons run on to the next line;
planted GRADE_MISMATCH); a Guangxi library's whole-unit form on a portal page whose 二级 and 三级 stand in one cell,
"数量指标<br>年接待读者人次".
Every unit, person and figure is invented (real places, invented bodies and figures).
"""

from __future__ import annotations

import io
from decimal import Decimal
from typing import Any

from eighteenth_facts import Made
from fifth_shapes import esc
from seventythird_facts import ST03, ST04, ST05, ST07, fund_rows, misstated_grade
from sixtyfirst_facts import WORD, cells, whole_rows
from sixtyfourth_facts import project, whole


def mso(text: str) -> str:
    """A cell's text as Word pastes it into a web editor: a MsoNormal paragraph of spans, figures in a span of their own."""
    if not text:
        return '<p class="MsoNormal"><span lang="EN-US"><o:p>&nbsp;</o:p></span></p>'
    parts = []
    for chunk in _runs(text):
        lang = ' lang="EN-US"' if chunk[:1].isdigit() else ""
        parts.append(f'<span{lang} style="font-size:10.5pt;font-family:仿宋_GB2312">{esc(chunk)}</span>')
    return f'<p class="MsoNormal" align="center" style="text-align:center">{"".join(parts)}</p>'


def _runs(text: str) -> list[str]:
    """``text`` cut where it passes between figures and other characters."""
    out: list[str] = []
    for ch in text:
        digit = ch.isdigit() or ch == "."
        if out and (out[-1][-1].isdigit() or out[-1][-1] == ".") == digit:
            out[-1] += ch
        else:
            out.append(ch)
    return out


def td(text: str, **span: int) -> str:
    attrs = "".join(f' {k}="{v}"' for k, v in span.items())
    return f'<td{attrs} style="border:solid windowtext 1.0pt;padding:0cm 5.4pt">{mso(text)}</td>'


# st03 海南 海口 美兰, whole unit, .html: a site's article page, the form a Word paste with two header rows ------------------
def st03() -> Made:
    unit = "海口市美兰区民政局"
    money = ("5236.40", "5618.72", "5497.36")
    f, rt, es, tot = whole(2022, unit, money, ST03, 4, staff=(28, 26))
    rows = whole_rows(ST03, 4, rt, es)
    body = "".join("<tr>" + "".join(td(c) for c in r) + "</tr>" for r in rows)
    form = (
        '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">'
        "<tr>" + td("绩效指标", colspan=3) + td("指标值", colspan=2) + td("分值", rowspan=2) + td("得分", rowspan=2)
        + td("偏差原因分析及改进措施", rowspan=2) + "</tr>"
        "<tr>" + td("一级指标") + td("二级指标") + td("三级指标") + td("年度目标值") + td("实际完成值") + "</tr>"
        + body + "<tr>" + td("总分", colspan=5) + td("100") + td(str(tot)) + td("") + "</tr></table>")
    money_table = (
        '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">'
        "<tr>" + "".join(td(h) for h in ["预算资金（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率"]) + "</tr>"
        "<tr>" + "".join(td(c) for c in ["年度资金总额", *money, f"{rt}%"]) + "</tr></table>")
    paras = [
        "一、部门基本情况",
        f"{unit}主要负责全区社会救助、养老服务、婚姻登记、社会组织管理等工作，内设办公室、社会救助股、养老服务股和社会事务股，核定行政编制28名，实有在职人员26名。",
        "二、部门整体支出情况",
        f"2022年部门年初预算{money[0]}万元，全年预算{money[1]}万元，全年支出{money[2]}万元，预算执行率{rt}%。",
    ]
    prose = "".join(f'<p class="MsoNormal" style="text-indent:32.0pt"><span style="font-family:仿宋_GB2312">{esc(p)}</span></p>' for p in paras)
    page = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{unit}2022年度部门整体支出绩效自评报告_海口市美兰区人民政府</title></head>
<body>
<div class="wza-bar"><a href="#">无障碍</a> | <a href="#">长者模式</a> | <a href="#">繁體</a></div>
<div class="banner">海口市美兰区人民政府门户网站</div>
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 财政资金 &gt; 绩效评价</div>
<table class="xxgk-meta"><tr><td>索引号：</td><td>00817634-9/2023-00142</td><td>主题分类：</td><td>财政</td></tr>
<tr><td>发布机构：</td><td>{unit}</td><td>发布日期：</td><td>2023-04-12</td></tr></table>
<h1 class="article-title">{unit}2022年度部门整体支出绩效自评报告</h1>
<div class="article-info">来源：{unit} 浏览次数：<span id="hits">316</span> 字号：<a>大</a> <a>中</a> <a>小</a></div>
<div class="TRS_Editor">
{prose}
{money_table}
<p class="MsoNormal"><span style="font-family:仿宋_GB2312">三、绩效指标完成情况</span></p>
{form}
<p class="MsoNormal" style="text-indent:32.0pt"><span style="font-family:仿宋_GB2312">四、自评结论：经自评，本单位2022年度部门整体支出绩效得分{tot}分，自评等级为{WORD[f['stated_grade']]}。</span></p>
</div>
<div class="share">分享到：<a>微信</a> <a>微博</a></div>
<div class="footer">主办：海口市美兰区人民政府办公室 网站标识码：4601080001 琼ICP备0000000号</div>
</body></html>
"""
    return f, "html", page


# st04 江西 赣州 于都, project, .xlsx: a score sheet with "15分" text cells and a money sheet by fund source ------------------
def st04() -> Made:
    from openpyxl import Workbook

    unit, dept = "于都县文化馆", "于都县文化广电新闻出版旅游局"
    proj = "2024年送戏下乡和农村公益电影放映项目"
    money = ("286.00", "302.50", "294.68")
    f, rt, es, tot = project(2024, unit, dept, proj, money, ST04)
    sources = [("中央补助", "120.00", "120.00", "120.00"), ("省级补助", "96.00", "104.50", "101.36"),
               ("县级配套", "70.00", "78.00", "73.32")]
    f["budget"]["fund_rows"] = fund_rows(sources)
    book = Workbook()
    score = book.active
    score.title = "绩效指标评分表"
    score.append([f"{proj}绩效自评评分表"])
    score.append([f"项目名称：{proj}", "", "", "", f"实施单位：{unit}", "", "", ""])
    score.append([f"主管部门：{dept}", "", "", "", "评价年度：2024年", "", "", ""])
    score.append(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"])
    first = score.max_row + 1
    for r in ST04:
        c = cells(r)
        score.append([c[0], c[1], c[2], c[3], c[4], f"{c[5]}分", f"{c[6]}分", c[7]])
    last = score.max_row
    score.append(["预算执行率（见“资金情况”表）", "", "", "", "", "10分", f"{es}分", ""])
    score.append(["合计", "", "", "", "", "100分", f"{tot}分", ""])
    score.append(["自评等级", WORD[f["stated_grade"]], "", "", "", "", "", ""])
    score.merge_cells("A1:H1")
    for rng in ("A2:D2", "E2:H2", "A3:D3", "E3:H3", f"A{last + 1}:E{last + 1}", f"A{last + 2}:E{last + 2}"):
        score.merge_cells(rng)
    for col in ("A", "B"):  # 一级 and 二级 merged down their runs, the text kept in the top cell
        start = first
        for row in range(first + 1, last + 2):
            if row > last or score[f"{col}{row}"].value != score[f"{col}{start}"].value or (
                    col == "B" and score[f"A{row}"].value != score[f"A{start}"].value):
                if row - 1 > start:
                    for k in range(start + 1, row):
                        score[f"{col}{k}"].value = None
                    score.merge_cells(f"{col}{start}:{col}{row - 1}")
                start = row
    fund = book.create_sheet("资金情况")
    fund.append(["项目资金情况表（单位：万元）"])
    fund.append(["资金来源", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分"])
    for n, a, b, c in sources:
        fund.append([n, float(a), float(b), float(c), float(Decimal(c) / Decimal(b)), None, None])
    fund.append(["合计", *(float(m) for m in money), float(rt / 100), 10, float(es)])
    for row in fund.iter_rows(min_row=3, min_col=5, max_col=5):
        row[0].number_format = "0.00%"
    fund.merge_cells("A1:G1")
    out = io.BytesIO()
    book.save(out)
    return f, "xlsx", out.getvalue()


# st05 湖南 长沙 岳麓, whole unit, .txt: copied out of a PDF viewer (planted GRADE_MISMATCH) ---------------------------------
def wrap(text: str, width: int = 34) -> list[str]:
    return [text[i:i + width] for i in range(0, len(text), width)] or [""]


def st05() -> Made:
    unit = "长沙市岳麓区中医医院"
    money = ("18642.30", "19876.54", "19235.18")
    f, rt, es, tot = whole(2024, unit, money, ST05, 4, staff=(412, 398))
    misstated_grade(f, "良")
    page1 = [
        f"{unit}2024年度部门整体支出绩效自评报告",
        "",
        *wrap(f"　　一、单位基本情况。{unit}为区卫生健康局所属公益二类事业单位，开放床位360张，设内科、外科、骨伤科、针灸推拿科等临床科室。核定事业编制412名，年末实有在编人员398名。"),
        *wrap(f"　　二、预算执行情况。2024年年初预算{money[0]}万元，全年预算{money[1]}万元，全年支出{money[2]}万元，预算执行率{rt}%。"),
        "",
        "— 1 —",
        "",
    ]
    table = ["一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施"]
    for c in whole_rows(ST05, 4, rt, es):
        note = wrap(c[7], 16) if c[7] else [""]
        table.append(" ".join(x for x in [*c[:7], note[0]] if x))
        table += note[1:]
    table.append(f"合计 100 {tot}")
    page2 = [
        *wrap("　　三、绩效指标完成情况。本单位部门整体支出绩效指标完成情况见下表。"),
        *table,
        "",
        "— 2 —",
        "",
        *wrap(f"　　四、自评结论。经自评，{unit}2024年度部门整体支出绩效自评得分{tot}分，自评等级为良。中医适宜技术推广项目数未达目标，下一步将加强与上级医院合作。"),
        "",
        f"{unit}",
        "2025年3月20日",
        "",
        "— 3 —",
    ]
    return f, "txt", "\n".join([*page1, *page2]) + "\n"


# st07 广西 桂林 七星, whole unit, .htm: 二级 and 三级 in one cell ------------------------------------------------------------
def st07() -> Made:
    unit = "桂林市七星区图书馆"
    money = ("742.60", "786.30", "768.94")
    f, rt, es, tot = whole(2023, unit, money, ST07, 4, staff=(24, 22))
    rows: list[list[Any]] = whole_rows(ST07, 4, rt, es)
    body = []
    for n, c in enumerate(rows):
        first = [f'<td rowspan="{sum(1 for r in rows if r[0] == c[0])}">{esc(c[0])}</td>'] if n == 0 or rows[n - 1][0] != c[0] else []
        body.append("<tr>" + "".join(first) + f"<td>{esc(c[1])}<br>{esc(c[2])}</td>"
                    + "".join(f"<td>{esc(x)}</td>" for x in c[3:]) + "</tr>")
    page = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{unit}2023年度部门整体支出绩效自评报告</title></head>
<body>
<div id="top">桂林市七星区人民政府 | 政务公开 | 政务服务 | 互动交流</div>
<div class="detail">
<h2>{unit}2023年度部门整体支出绩效自评报告</h2>
<div class="sub">发布时间：2024-05-09 来源：{unit} 【打印】【关闭】</div>
<div class="content">
<p>一、单位概况：{unit}为公益一类事业单位，核定事业编制24名，实有在编人员22名。</p>
<p>二、预算执行：2023年年初预算{money[0]}万元，全年预算{money[1]}万元，全年支出{money[2]}万元，预算执行率{rt}%。</p>
<p>三、绩效指标完成情况：</p>
<table border="1" cellspacing="0">
<colgroup><col width="90"><col width="200"><col width="100"><col width="100"><col width="50"><col width="50"><col width="200"></colgroup>
<tr><th>一级指标</th><th>二级指标<br>三级指标</th><th>年度指标值</th><th>实际完成值</th><th>分值</th><th>得分</th><th>偏差原因分析及改进措施</th></tr>
{chr(10).join(body)}
<tr><td colspan="4">总分</td><td>100</td><td>{tot}</td><td></td></tr>
</table>
<p>四、自评结论：本馆2023年度部门整体支出绩效自评得分{tot}分，等级{WORD[f['stated_grade']]}。</p>
</div></div>
<div id="foot">版权所有：桂林市七星区人民政府 技术支持：某网络公司</div>
</body></html>
"""
    return f, "htm", page


REPORTS = {
    "st03-hi-meilan-civil-affairs-whole-html-word-paste-two-head-rows": st03,
    "st04-jx-yudu-culture-touring-project-xlsx-points-text-fund-sheet": st04,
    "st05-hn-yuelu-tcm-hospital-whole-txt-viewer-copy": st05,
    "st07-gx-qixing-library-whole-htm-level-pair-cell": st07,
}
