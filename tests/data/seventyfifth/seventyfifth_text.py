# ruff: noqa: E501
"""Reports dz03, dz05, dz08 of the seventy-fifth set, each returning (facts, ext, content): a Tianjin district
enforcement brigade's project page (.html), targets mixing words and figures ("全年办结≥1500件", "每季度1次，全年4次"),
the 扣分原因 last and a 自评结论 naming a grade its total does not reach (planted); a Nanjing street veterans' service
station's project form as a PDF viewer's layout copy (.txt): columns aligned with runs of spaces, a long 扣分原因
wrapped onto a line of its own under its column, "1200人次以上"; a Ningbo street office's project page saved by a
GB2312 site (.htm, bytes in GBK): a Word paste (MsoNormalTable, every cell a <p class=MsoNormal>), weights and scores
with two decimals and a 自评结论 naming the grade.
Every unit, person and figure is invented (real places, invented bodies and figures).
"""

from __future__ import annotations

import unicodedata
from decimal import Decimal

from eighteenth_facts import Made
from fifth_shapes import esc, paragraphs_html
from seventyfifth_facts import DZ03, DZ05, DZ08, WORD, fix_mixed
from seventyfourth_text import rowspan_table
from sixtyfirst_facts import cells
from sixtyfourth_facts import money_rows, project

HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "扣分原因"]


# dz03 天津 河西, project, .html: mixed targets, 扣分原因 last, 自评结论 naming 优秀 on a total under 90 (planted) -------------
def dz03() -> Made:
    unit, dept = "天津市河西区城市管理综合执法大队", "天津市河西区城市管理委员会"
    proj = "2021年市容环境秩序综合整治经费"
    money = ("540.00", "585.00", "566.91")
    f, rt, es, tot = project(2021, unit, dept, proj, money, DZ03)
    fix_mixed(f, DZ03)
    f["stated_grade"], f["planted"] = "优", ["GRADE_MISMATCH"]
    head = rowspan_table([["项目名称", proj, "", "", "", "", ""], ["主管部门", dept, "", "", "实施单位", unit, ""],
                          *money_rows(money, rt, es)], ())
    grid = [HEAD, *(cells(r) for r in DZ03), ["总分", "", "", "", "", "100", str(tot), ""]]
    body = "\n".join([
        '<div class="crumb">当前位置：首页 &gt; 信息公开 &gt; 预决算公开 &gt; 绩效评价</div>',
        f'<h2 class="title">{esc(proj)}绩效自评报告</h2>',
        '<div class="info">发布时间：2022-05-18　来源：区城管委　浏览次数：136</div>',
        paragraphs_html([
            f"一、项目基本情况。{proj}主要用于占道经营、违规广告和渣土撒漏等市容环境问题的专项整治。",
            f"二、项目资金使用情况。年初预算{money[0]}万元，全年预算{money[1]}万元，全年执行{money[2]}万元，执行率{rt}%。",
            "三、项目绩效自评表",
        ]),
        head, rowspan_table(grid),
        paragraphs_html([f"四、自评结论。经综合评价，本项目自评得分{tot}分，自评结论为“优秀”。",
                         "五、存在问题及改进措施。加强夜间执法力量配置，规范执法文书制作。"]),
        '<div class="share">【打印本页】【关闭窗口】</div>',
    ])
    return f, "html", f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>{esc(proj)}绩效自评报告</title></head>\n<body>\n{body}\n</body></html>\n'


def width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def layout(rows: list[list[str]], widths: list[int]) -> list[str]:
    """Rows as a viewer's layout copy: each cell padded with spaces to its column (display widths); a cell wider than
    its column wraps onto the next line, under its own column."""
    out = []
    for row in rows:
        parts = [list(c) for c in row]
        while any(parts):
            line = ""
            for j, chars in enumerate(parts):
                take = ""
                while chars and width(take + chars[0]) <= widths[j] - 2:
                    take += chars.pop(0)
                line += take + " " * (widths[j] - width(take))
            out.append(line.rstrip())
    return out


# dz05 江苏 南京 鼓楼, project, .txt: a viewer's layout copy, columns aligned with spaces, a long reason wrapped ---------
def dz05() -> Made:
    unit, dept = "南京市鼓楼区宁海路街道退役军人服务站", "南京市鼓楼区退役军人事务局"
    proj = "2020年退役军人关爱帮扶专项经费"
    money = ("126.00", "138.50", "131.27")
    f, rt, es, tot = project(2020, unit, dept, proj, money, DZ05)
    fix_mixed(f, DZ05)
    widths = [12, 20, 30, 16, 16, 8, 8, 24]
    lines = [
        f"                        {proj}绩效自评表",
        "                               （2020年度）",
        "",
        f"项目名称    {proj}",
        f"主管部门    {dept}          实施单位    {unit}",
        *layout([["项目资金", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]], [12, 16, 12, 12, 12, 6, 10, 8]),
        *layout([["（万元）", "年度资金总额", money[0], money[1], money[2], "10", f"{rt}%", str(es)],
                 ["", "其中：财政拨款", money[0], money[1], money[2], "—", f"{rt}%", "—"]], [12, 16, 12, 12, 12, 6, 10, 8]),
        "",
        *layout([HEAD, *(cells(r) for r in DZ05), ["总分", "", "", "", "", "100", str(tot), ""]], widths),
        "",
        f"自评结论：本项目自评得分{tot}分，评价等级为{WORD[f['stated_grade']]}。",
        "",
        "                                                              第 1 页 共 1 页",
    ]
    return f, "txt", "\n".join(lines) + "\n"


def mso_table(grid: list[list[str]]) -> str:
    """A table pasted from Word: MsoNormalTable, each cell's text in a <p class=MsoNormal><span>."""
    out = ['<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">']
    for row in grid:
        tds = "".join(f'<td width="72" valign="center" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt">'
                      f'<p class="MsoNormal" align="center" style="text-align:center"><span style="font-size:10.5pt;'
                      f'font-family:宋体">{esc(c) or "&nbsp;"}</span></p></td>' for c in row)
        out.append(f'<tr style="height:20.0pt">{tds}</tr>')
    return "\n".join([*out, "</table>"])


# dz08 浙江 宁波 鄞州, project, .htm in GBK: a Word paste, weights and scores with two decimals, 自评结论 naming the grade -----
def dz08() -> Made:
    unit, dept = "宁波市鄞州区中河街道办事处", "宁波市鄞州区住房和城乡建设局"
    proj = "2025年既有住宅加装电梯补助资金"
    money = ("960.00", "940.00", "926.45")
    f, rt, es, tot = project(2025, unit, dept, proj, money, DZ08)
    grid = [["项目名称", proj, "", "", "", "", "", ""], ["主管部门", dept, "", "", "实施单位", unit, "", ""],
            ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["", "年度资金总额", *money, "10.00", f"{rt}%", f"{es:.2f}"],
            HEAD, *([*cells(r)[:5], f"{Decimal(r[3]):.2f}", f"{Decimal(r[6]):.2f}", r[7]] for r in DZ08),
            ["总分", "", "", "", "", "100.00", f"{tot:.2f}", ""]]
    html = "\n".join([
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">',
        f"<title>{esc(proj)}绩效自评</title></head><body>",
        f'<div class="article-title">{esc(unit)}{esc(proj)}绩效自评情况</div>',
        '<div class="article-info">发布日期：2026-04-08　信息来源：中河街道</div>',
        '<div class="article-content">',
        f'<p class="MsoNormal" style="text-indent:32.0pt"><span style="font-family:仿宋_GB2312">根据区财政局部署，街道对{esc(proj)}开展了绩效自评。项目全年预算{money[1]}万元，执行{money[2]}万元，执行率{rt}%。</span></p>',
        mso_table(grid),
        f'<p class="MsoNormal" style="text-indent:32.0pt"><span style="font-family:仿宋_GB2312">自评结论：该项目绩效自评得分{tot:.2f}分，等级为“{WORD[f["stated_grade"]]}”。</span></p>',
        "</div></body></html>",
    ])
    return f, "htm", html.encode("gbk")


REPORTS = {
    "dz03-tj-hexi-enforcement-project-html-mixed-targets-grade": dz03,
    "dz05-js-gulou-veterans-station-project-txt-layout-copy": dz05,
    "dz08-zj-yinzhou-street-elevator-project-htm-gbk-word-paste": dz08,
}
