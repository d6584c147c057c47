# ruff: noqa: E501
"""Reports a04, a05, a06, b10, b11, b12 of the twenty-fourth set (text, web archive, Markdown, HTML): each returns
(facts, ext, content).

Every unit, person, address and figure is invented. The facts record is the eighteenth set's, the value helpers the
seventeenth set's, the money block and indicator list the twentieth set's, the cell-width helpers the fourteenth set's.
"""

from __future__ import annotations

import base64
import html
from decimal import Decimal
from typing import Any

from eighteenth_facts import EARNED, Facts, Made, Row, facts, form_rows, grade
from fourteenth_base import chunks, width
from twentieth_facts import indicators, money, scored
from twentieth_word import blank_repeats
from twentythird_text import fiscal_money

HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]


def project_rows(name: str, dept: str, impl: str, amounts: tuple[str, str, str], rt: Decimal, es: Decimal,
                 rows: list[Row], tot: Decimal) -> list[list[str]]:
    """The central 项目支出绩效自评表 as rows of cells (merged cells left empty), 总分 last."""
    ini, adj, exe = amounts
    return [["项目名称", name, "", "", "", "", "", ""],
            ["主管部门", dept, "", "", "实施单位", impl, "", ""],
            ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["", "年度资金总额", ini, adj, exe, "10", f"{rt}%", str(es)],
            ["", "其中：当年财政拨款", ini, adj, exe, "—", f"{rt}%", "—"],
            ["", "上年结转资金", "", "", "", "—", "", "—"],
            ["", "其他资金", "", "", "", "—", "", "—"],
            HEAD, *blank_repeats(form_rows(rows)),
            ["总分", "", "", "", "", "100", str(tot), ""]]


_LABEL_ROWS = ("项目名称", "主管部门", "部门（单位）名称", "自评等级")


def project_facts(name: str, dept: str, impl: str, amounts: tuple[str, str, str], rt: Decimal, es: Decimal,
                  rows: list[Row], tot: Decimal, **extra: Any) -> Facts:
    """The expected facts of a central 项目支出 form with a full mark of 100 and one 当年财政拨款 fund row."""
    return facts("项目支出", 2024, {"supervising_department": dept}, fiscal_money(*amounts, rt), indicators(rt, es, rows),
                 tot, {"name": name, "implementing_unit": impl}, full_mark=100, **extra)


def html_table(rows: list[list[str]], attrs: str = 'border="1" cellspacing="0" cellpadding="2"', tag: str = "table") -> str:
    """Rows as an HTML table: an empty cell under a filled one in the first two columns becomes part of that cell's
    rowspan (a merged level cell), other cells stay as they are (&nbsp; when empty)."""
    spans: dict[tuple[int, int], int] = {}
    covered: set[tuple[int, int]] = set()
    for c in (0, 1):
        for i, row in enumerate(rows):
            if (i, c) in covered or not row[c] or row[0] in ("总分", "合计", *_LABEL_ROWS):
                continue
            j = i + 1
            while j < len(rows) and not rows[j][c] and rows[j][0] not in ("总分", "合计") and any(rows[j][2:]):
                covered.add((j, c))
                j += 1
            spans[(i, c)] = j - i
    out = [f"<{tag} {attrs}>"]
    for i, row in enumerate(rows):
        cells = []
        for c, v in enumerate(row):
            if (i, c) in covered:
                continue
            span = f' rowspan="{spans[(i, c)]}"' if spans.get((i, c), 1) > 1 else ""
            if row[0] in _LABEL_ROWS:
                if not v:
                    continue
                right = next((k for k in range(c + 1, len(row)) if row[k]), len(row))
                span += f' colspan="{right - c}"' if right - c > 1 else ""
            cells.append(f"<td{span}>{html.escape(v) if v else '&nbsp;'}</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append(f"</{tag}>")
    return "\n".join(out)


# a04 山西 county project, .txt: the form as a **forwarded e-mail** — a mail client's header block (发件人 / 发送时间 /
# 收件人 / 主题 / 附件), a covering note, then the original mail quoted with "> " before every line, the form's rows
# tab-separated inside the quote; planted: the total (84.48) graded 优 -------------------------------------------------
A04: list[Row] = [
    ("产出指标", "数量指标", "65岁以上老年人健康管理人数", 10, "≥2.6万人", "2.48万人", "9.5", "部分外出务工老人未能回乡体检"),
    ("产出指标", "数量指标", "高血压患者规范管理人数", 10, "≥9500人", "9620人", "10", ""),
    ("产出指标", "质量指标", "居民电子健康档案建档率", 10, "≥90%", "88.6%", "8.5", "流动人口建档难度大"),
    ("产出指标", "时效指标", "补助资金拨付及时率", 10, "100%", "100%", "10", ""),
    ("效益指标", "社会效益指标", "居民健康素养水平", 15, "≥28%", "25.4%", "10.5", "健康教育覆盖面不足，下年度增加进村宣讲"),
    ("效益指标", "可持续影响指标", "基本公共卫生服务均等化水平提升", 15, "T:持续提升", "T:有所提升", "12", "乡村医生队伍老化"),
    ("满意度指标", "服务对象满意度指标", "签约居民满意度", 20, "≥90%", "85.3%", "14.5", "部分签约服务频次不足"),
]


def a04() -> Made:
    ini, adj, exe = "1520.00", "1586.40", "1503.22"
    rt, es, tot = scored(exe, adj, A04)
    name, dept, impl = "基本公共卫生服务项目", "柳林县卫生健康局", "柳林县疾病预防控制中心"
    form = project_rows(name, dept, impl, (ini, adj, exe), rt, es, A04, tot)
    form.append(["自评等级", "优", "", "", "", "", "", ""])
    quoted = ["项目支出绩效自评表", "（2024年度）", *("\t".join(r).rstrip("\t") for r in form)]
    text = "\n".join([
        "发件人: \"柳林县卫生健康局\" <llwjj_jx@example.cn>",
        "发送时间: 2025年3月24日(星期一) 下午4:02",
        "收件人: \"县财政局绩效管理股\" <czj_jxg@example.cn>",
        "抄送: \"柳林县疾病预防控制中心\" <llcdc@example.cn>",
        "主题: 转发：2024年度基本公共卫生服务项目绩效自评表（请审核）",
        "附件: 基本公共卫生服务项目绩效自评表.xls(28K)",
        "",
        "绩效股各位同志：",
        "    现将县疾控中心报来的基本公共卫生服务项目2024年度绩效自评表转发你们，原件见附件，正文一并粘贴，请审核。",
        "",
        "柳林县卫生健康局规划财务股  张志刚",
        "",
        "------------------ 原始邮件 ------------------",
        "发件人: \"柳林县疾病预防控制中心\" <llcdc@example.cn>",
        "发送时间: 2025年3月21日(星期五) 上午10:15",
        "收件人: \"柳林县卫生健康局\" <llwjj_jx@example.cn>",
        "主题: 基本公共卫生服务项目2024年度绩效自评表",
        "",
        *(("> " + line).rstrip() for line in ["局规划财务股：", "", "    我中心2024年度基本公共卫生服务项目绩效自评表如下，请审阅。", "", *quoted, "",
                                             f"项目预算执行率{rt}%，自评得分{tot}分。"]),
        "",
    ])
    made = project_facts(name, dept, impl, (ini, adj, exe), rt, es, A04, tot, planted=["GRADE_MISMATCH"], stated_grade="优")
    return made, "txt", text


# a05 四川 county project, .mht: a page saved by Internet Explorer as a **web archive** — a MIME message whose HTML part is
# base64 in GB2312 (not quoted-printable), an image part after it; the page is a county finance site's article with the
# form as an ordinary table (rowspan levels) --------------------------------------------------------------------------
A05: list[Row] = [
    ("产出指标", "数量指标", "改造提升农贸市场个数", 10, "≥5个", "5个", "10", ""),
    ("产出指标", "数量指标", "新增冷链仓储库容", 10, "≥3000立方米", "3150立方米", "10", ""),
    ("产出指标", "质量指标", "改造工程验收合格率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "项目完成时间", 10, "T:2024年11月30日前", "T:2024年11月26日", "10", ""),
    ("效益指标", "经济效益指标", "市场年交易额增长率", 15, "≥8%", "7.2%", "13.5", "消费恢复不及预期"),
    ("效益指标", "社会效益指标", "带动就业人数", 15, "≥200人", "214人", "15", ""),
    ("满意度指标", "服务对象满意度指标", "商户及群众满意度", 20, "≥90%", "93.1%", "20", ""),
]


def a05() -> Made:
    ini, adj, exe = "860.00", "912.30", "884.16"
    rt, es, tot = scored(exe, adj, A05)
    name, dept, impl = "县域商业体系建设项目", "苍溪县经济和信息化局", "苍溪县商贸流通服务中心"
    form = project_rows(name, dept, impl, (ini, adj, exe), rt, es, A05, tot)
    page = "\n".join([
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">',
        f"<title>{name}2024年度绩效自评报告_苍溪县人民政府</title></head><body>",
        '<div class="top"><a href="#">首页</a> | <a href="#">政务公开</a> | <a href="#">财政信息</a> | <a href="#">无障碍浏览</a></div>',
        '<div class="position">当前位置：首页 &gt; 政务公开 &gt; 财政信息 &gt; 绩效评价</div>',
        f'<h1>{name}2024年度绩效自评报告</h1>',
        '<div class="info">来源：苍溪县经济和信息化局　发布时间：2025-04-08　浏览次数：<span>326</span></div>',
        '<div class="content">',
        f"<p>一、项目概况。{name}由{impl}组织实施，年初预算{ini}万元，全年预算{adj}万元，全年执行{exe}万元，预算执行率{rt}%。</p>",
        "<p>二、绩效自评表</p>",
        '<p align="center"><b>项目支出绩效自评表</b></p><p align="center">（2024年度）</p>',
        html_table(form),
        f"<p>三、自评结论：项目自评得分{tot}分，自评等级为{grade(tot)}。</p>",
        "</div>",
        '<div class="footer">主办：苍溪县人民政府办公室　技术支持：某某信息技术有限公司　<img src="gh.gif"></div>',
        "</body></html>",
    ])
    # labelled gb2312 and written as GBK, as browsers save it (they treat the two labels as one)
    encoded = base64.encodebytes(page.encode("gbk")).decode("ascii").replace("\n", "\r\n")
    gif = base64.encodebytes(b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;").decode("ascii")
    bound = "----=_NextPart_000_0000_01DB9A3C.5E2F7A10"
    mht = "\r\n".join([
        "From: <由 Windows Internet Explorer 11 保存>",
        "Subject: =?gb2312?B?" + base64.b64encode(f"{name}2024年度绩效自评报告".encode("gbk")).decode("ascii") + "?=",
        "Date: Tue, 8 Apr 2025 15:21:07 +0800",
        "MIME-Version: 1.0",
        "Content-Type: multipart/related;",
        '\ttype="text/html";',
        f'\tboundary="{bound}"',
        "X-MimeOLE: Produced By Microsoft MimeOLE V10.0.19041.1",
        "",
        "This is a multi-part message in MIME format.",
        "",
        f"--{bound}",
        "Content-Type: text/html;",
        '\tcharset="gb2312"',
        "Content-Transfer-Encoding: base64",
        "Content-Location: http://www.cangxi.example.gov.cn/xxgk/czxx/jxpj/202504/t20250408_1021.html",
        "",
        encoded,
        f"--{bound}",
        "Content-Type: image/gif",
        "Content-Transfer-Encoding: base64",
        "Content-Location: http://www.cangxi.example.gov.cn/images/gh.gif",
        "",
        gif,
        f"--{bound}--",
        "",
    ])
    made = project_facts(name, dept, impl, (ini, adj, exe), rt, es, A05, tot)
    return made, "mht", mht


# a06 重庆 district project, .md exported by a desktop Markdown editor from a draft that went round for comments:
# backslash escapes (\>= / \<= targets, \[ \] round a file number, \* after a figure), a corrected figure kept
# **struck through** before the new one (~~90.5%~~ 92.4%), bold grade, a pipe table with alignment colons -----------------
A06: list[Row] = [
    ("产出指标", "数量指标", "城市社区嵌入式服务设施建成数", 10, "≥6个", "6个", "10", ""),
    ("产出指标", "数量指标", "社区托育托位新增数", 10, "≥180个", "186个", "10", ""),
    ("产出指标", "质量指标", "设施消防验收合格率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "设施投用时间", 10, "T:2024年10月底前", "T:2024年10月18日", "10", ""),
    ("产出指标", "成本指标", "单个设施平均改造成本", 5, "≤85万元", "83.6万元", "5", ""),
    ("效益指标", "社会效益指标", "居民15分钟生活圈服务覆盖率", 15, "≥80%", "82.5%", "15", ""),
    ("效益指标", "可持续影响指标", "设施运营主体签约率", 10, "100%", "100%", "10", ""),
    ("满意度指标", "服务对象满意度指标", "社区居民满意度", 20, "≥90%", "92.4%", "20", ""),
]
_STRUCK = {"社区居民满意度": "90.5%", "社区托育托位新增数": "176个"}


def _md_escape(text: str) -> str:
    text = text.replace("≥", ">=").replace("≤", "<=")
    return text.replace("\\", "\\\\").replace(">", "\\>").replace("<", "\\<").replace("*", "\\*").replace("_", "\\_")


def a06() -> Made:
    ini, adj, exe = "1245.00", "1305.80", "1268.41"
    rt, es, tot = scored(exe, adj, A06)
    name, dept, impl = "城市社区嵌入式服务设施建设项目", "重庆市南岸区民政局", "重庆市南岸区社区服务中心"
    lines = [f"# {name}2024年度绩效自评报告", "",
             "根据《重庆市南岸区财政局关于开展2024年度项目支出绩效自评的通知》（南岸财发\\[2025\\]6号）要求，现将自评情况报告如下。", "",
             "## 一、基本情况", "",
             f"项目名称：{name}  ", f"主管部门：{dept}  ", f"实施单位：{impl}", "",
             f"项目年初预算{ini}万元，全年预算{adj}万元，全年执行{exe}万元，预算执行率{rt}%\\*。", "",
             "\\* 执行率＝全年执行数÷全年预算数。", "",
             "## 二、绩效自评表", "",
             "| 项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |",
             "|:---|---:|---:|---:|:---:|---:|---:|",
             f"| 年度资金总额 | {ini} | {adj} | {exe} | 10 | {rt}% | {es} |",
             f"| 其中：当年财政拨款 | {ini} | {adj} | {exe} | — | {rt}% | — |", "",
             "| " + " | ".join(HEAD) + " |", "|" + "|".join([":---"] * 3 + [":---:"] * 2 + ["---:"] * 2 + [":---"]) + "|"]
    for r, row in zip(A06, blank_repeats(form_rows(A06)), strict=True):
        cells = [_md_escape(c) for c in row]
        if r[2] in _STRUCK:
            cells[4] = f"~~{_md_escape(_STRUCK[r[2]])}~~ {cells[4]}"
        lines.append("| " + " | ".join(cells) + " |")
    lines += [f"| **总分** |  |  |  |  | **100** | **{tot}** |  |", "",
              f"自评等级：**{grade(tot)}**", "", "## 三、存在问题", "", "个别社区设施运营主体招引较慢，下一步将提前开展运营招募。", ""]
    made = project_facts(name, dept, impl, (ini, adj, exe), rt, es, A06, tot)
    return made, "md", "\n".join(lines)


def _layout(rows: list[list[str]], widths: list[int]) -> list[str]:
    """Rows as ``pdftotext -layout`` prints a ruled table it cannot see: no rules, each column padded with spaces to its
    place, a long cell wrapped onto the lines below inside its column, the row's short cells on its middle line."""
    out = []
    for row in rows:
        pieces = [chunks(c, w) if c else [""] for c, w in zip(row, widths, strict=True)]
        height = max(len(p) for p in pieces)
        lines = [[""] * len(row) for _ in range(height)]
        for c, p in enumerate(pieces):
            top = (height - len(p)) // 2
            for k, piece in enumerate(p):
                lines[top + k][c] = piece
        for cells in lines:
            out.append("".join(cell + " " * (w - width(cell) + 3) for cell, w in zip(cells, widths, strict=True)).rstrip())
    return out


# b10 甘肃 county bureau, whole unit, .txt: the PDF's text as ``pdftotext -layout`` gives it — no rules, columns kept by
# spaces, long cells wrapped inside their column with the row's short cells on the middle line, a page header and footer
# and a form feed where the table crosses the page; planted: the staff parts (46) exceed the staff total (44) ----
B10: list[Row] = [
    ("产出指标", "数量指标", "城乡居民医疗救助人次", 10, "≥6500人次", "6836人次", "10", ""),
    ("产出指标", "数量指标", "特困供养人员集中供养数", 10, "≥320人", "334人", "10", ""),
    ("产出指标", "质量指标", "低保对象动态调整准确率", 10, "≥98%", "98.6%", "10", ""),
    ("产出指标", "时效指标", "救助资金社会化发放及时率", 10, "100%", "100%", "10", ""),
    ("效益指标", "社会效益指标", "困难群众基本生活保障覆盖率", 15, "100%", "100%", "15", ""),
    ("效益指标", "可持续影响指标", "社会救助信息化核对覆盖率", 15, "≥95%", "91.2%", "14", "跨部门数据接口尚未全部打通"),
    ("满意度指标", "服务对象满意度指标", "救助对象满意度", 20, "≥90%", "94.5%", "20", ""),
]


def b10() -> Made:
    ini, adj, exe = "6820.50", "7314.26", "7102.85"
    rt, es, tot = scored(exe, adj, B10)
    name = "会宁县民政局"
    widths = [10, 12, 16, 10, 10, 4, 5, 16]
    money_rows = _layout([["预算资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", ""],
                          ["年度资金总额", ini, adj, exe, "10", f"{rt}%", str(es), ""]], [16, 10, 10, 10, 4, 8, 5, 2])
    body = [HEAD, *blank_repeats(form_rows(B10))]
    ind, cut = _layout(body[:5], widths), _layout(body[5:], widths)
    lines = ["                     会宁县民政局2024年度部门整体支出绩效自评报告", "",
             "一、部门基本情况",
             "  我局核定编制48名，实有在职人员44人，其中行政人员26人、事业人员16人、工勤人员4人；内设办公室、社会救助",
             "股、养老服务股、社会事务股4个股室，下属县社会福利院、县救助管理站2个事业单位。",
             "二、部门预算及执行情况",
             f"  2024年度年初预算{ini}万元，全年预算{adj}万元，全年执行{exe}万元，预算执行率{rt}%。",
             "三、部门整体支出绩效自评表", "",
             *money_rows, "",
             *ind, "",
             "                                        — 2 —", "\f会宁县民政局2024年度部门整体支出绩效自评报告", "",
             *cut,
             *_layout([["总分", "", "", "", "", "100", str(tot), ""]], widths), "",
             f"  四、自评结论：部门整体支出绩效自评得分{tot}分，自评等级为{grade(tot)}。", "",
             "                                        — 3 —", ""]
    unit = {"name": name, "staff_establishment": 48, "staff_total": 44,
            "staff_parts": [{"name": "行政人员", "count": 26}, {"name": "事业人员", "count": 16}, {"name": "工勤人员", "count": 4}],
            "internal_bodies": ["办公室", "社会救助股", "养老服务股", "社会事务股"], "internal_bodies_count": 4,
            "subordinate_bodies": ["县社会福利院", "县救助管理站"], "subordinate_bodies_count": 2}
    made = facts("整体支出", 2024, unit, money(ini, adj, exe, rt), indicators(rt, es, B10), tot, full_mark=100,
                 planted=["STAFF_SUM_MISMATCH"], stated_grade=EARNED)
    return made, "txt", "\n".join(lines)


# b11 安徽 county bureau, whole unit, .html from an older government site **laid out with tables**: the page is a
# 980-pixel outer table, banner / menu / article / footer in nested layout tables, upper-case tags with <FONT> and
# bgcolor, an 信息索引 table of its own, and the form itself a table three tables deep ------------------------------
B11: list[Row] = [
    ("产出指标", "数量指标", "中小学校舍维修改造面积", 10, "≥2.2万平方米", "2.31万平方米", "10", ""),
    ("产出指标", "数量指标", "教师培训人次", 10, "≥1600人次", "1724人次", "10", ""),
    ("产出指标", "质量指标", "义务教育巩固率", 10, "≥99%", "99.4%", "10", ""),
    ("产出指标", "时效指标", "学生资助资金发放及时率", 10, "100%", "100%", "10", ""),
    ("效益指标", "社会效益指标", "县域义务教育优质均衡发展指标达标率", 15, "≥85%", "81.5%", "14", "两所农村学校生均教学用房未达标"),
    ("效益指标", "可持续影响指标", "乡村教师队伍稳定率", 15, "≥95%", "96.2%", "15", ""),
    ("满意度指标", "服务对象满意度指标", "学生家长满意度", 20, "≥90%", "93.8%", "20", ""),
]


def b11() -> Made:
    ini, adj, exe = "28650.40", "30126.85", "29584.12"
    rt, es, tot = scored(exe, adj, B11)
    name = "泾县教育体育局"
    form = [["部门（单位）名称", name, "", "", "", "", "", ""],
            ["预算资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", ""],
            ["年度资金总额", ini, adj, exe, "10", f"{rt}%", str(es), ""],
            HEAD, *blank_repeats(form_rows(B11)), ["总分", "", "", "", "", "100", str(tot), ""]]
    inner = html_table(form, 'WIDTH="100%" BORDER="1" CELLSPACING="0" CELLPADDING="3" BORDERCOLOR="#000000"', "TABLE")
    inner = inner.replace("<tr>", "<TR>").replace("</tr>", "</TR>").replace("<td", "<TD").replace("</td>", "</TD>")
    menu = "".join(f'<TD ALIGN="center"><A HREF="#"><FONT COLOR="#FFFFFF">{m}</FONT></A></TD>' for m in ("网站首页", "信息公开", "政务服务", "互动交流", "专题专栏"))
    page = "\n".join([
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">',
        '<HTML><HEAD><META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=utf-8">',
        "<TITLE>泾县教育体育局2024年度部门整体支出绩效自评报告-泾县人民政府信息公开网</TITLE></HEAD>",
        '<BODY LEFTMARGIN="0" TOPMARGIN="0" BGCOLOR="#F2F2F2">',
        '<TABLE WIDTH="980" BORDER="0" ALIGN="center" CELLPADDING="0" CELLSPACING="0" BGCOLOR="#FFFFFF">',
        '<TR><TD><TABLE WIDTH="100%" BORDER="0" CELLPADDING="0" CELLSPACING="0"><TR><TD HEIGHT="120" BACKGROUND="images/banner.jpg">'
        '<FONT SIZE="6" COLOR="#FFFFFF">泾县人民政府信息公开网</FONT></TD></TR></TABLE></TD></TR>',
        f'<TR><TD><TABLE WIDTH="100%" BORDER="0" CELLPADDING="0" CELLSPACING="0" BGCOLOR="#1D5FA8"><TR>{menu}</TR></TABLE></TD></TR>',
        '<TR><TD><TABLE WIDTH="100%" BORDER="0" CELLPADDING="6" CELLSPACING="0"><TR>',
        '<TD WIDTH="220" VALIGN="top" BGCOLOR="#EAF1FA"><TABLE WIDTH="100%" BORDER="0"><TR><TD><B>信息公开目录</B></TD></TR>'
        '<TR><TD><A HREF="#">机构职能</A></TD></TR><TR><TD><A HREF="#">财政预决算</A></TD></TR><TR><TD><A HREF="#">绩效评价</A></TD></TR></TABLE></TD>',
        '<TD VALIGN="top">',
        '<TABLE WIDTH="100%" BORDER="1" CELLSPACING="0" CELLPADDING="4" BORDERCOLOR="#CCCCCC">'
        '<TR><TD WIDTH="12%" BGCOLOR="#F5F5F5">索 引 号：</TD><TD>11341823003152XXXX/202504-00012</TD><TD WIDTH="12%" BGCOLOR="#F5F5F5">信息分类：</TD><TD>财政预决算</TD></TR>'
        f'<TR><TD BGCOLOR="#F5F5F5">发布机构：</TD><TD>{name}</TD><TD BGCOLOR="#F5F5F5">生成日期：</TD><TD>2025-04-15</TD></TR>'
        f'<TR><TD BGCOLOR="#F5F5F5">名　　称：</TD><TD COLSPAN="3">{name}2024年度部门整体支出绩效自评报告</TD></TR></TABLE>',
        f'<TABLE WIDTH="100%" BORDER="0" CELLPADDING="8"><TR><TD ALIGN="center"><FONT SIZE="5"><B>{name}2024年度部门整体支出绩效自评报告</B></FONT></TD></TR>',
        '<TR><TD><FONT SIZE="3">',
        "<P>一、部门基本情况</P>",
        "<P>　　我局核定编制132名，年末实有在编人员127人。内设办公室、教育股、人事股、计划财务股、体育股5个股室。</P>",
        f"<P>　　2024年度年初预算{ini}万元，全年预算{adj}万元，全年执行{exe}万元，预算执行率{rt}%。</P>",
        "<P>二、部门整体支出绩效自评表</P>",
        inner,
        f"<P>三、自评结论：经自评，我局2024年度部门整体支出绩效自评得分{tot}分，等级为{grade(tot)}。</P>",
        "</FONT></TD></TR></TABLE>",
        '</TD></TR></TABLE></TD></TR>',
        '<TR><TD BGCOLOR="#1D5FA8" ALIGN="center" HEIGHT="80"><FONT COLOR="#FFFFFF">主办：泾县人民政府办公室　联系电话：0563-50XXXXX<BR>'
        '皖ICP备XXXXXXXX号　<A HREF="#"><FONT COLOR="#FFFFFF">网站地图</FONT></A>　<A HREF="#"><FONT COLOR="#FFFFFF">关闭窗口</FONT></A></FONT></TD></TR>',
        "</TABLE></BODY></HTML>",
    ])
    unit = {"name": name, "staff_establishment": 132, "staff_total": 127,
            "internal_bodies": ["办公室", "教育股", "人事股", "计划财务股", "体育股"], "internal_bodies_count": 5}
    made = facts("整体支出", 2024, unit, money(ini, adj, exe, rt), indicators(rt, es, B11), tot, full_mark=100, stated_grade=EARNED)
    return made, "html", page


# b12 福建 county bureau, whole unit, .md: a Markdown report whose tables are **raw HTML inside the Markdown** (the editor
# keeps merged cells that way): a two-row header with colspan (绩效指标 over 一级 / 二级 / 三级; 指标值 over 年度目标值 /
# 实际完成值) and rowspan for 分值 / 得分 / 偏差原因; the money block a second raw table; the prose in Markdown ------------
B12: list[Row] = [
    ("产出指标", "数量指标", "不动产登记业务办理量", 10, "≥3.2万件", "3.38万件", "10", ""),
    ("产出指标", "数量指标", "耕地卫片图斑核查数", 10, "≥1200个", "1246个", "10", ""),
    ("产出指标", "质量指标", "不动产登记准确率", 10, "≥99%", "99.6%", "10", ""),
    ("产出指标", "时效指标", "一般登记办结时限", 10, "≤5个工作日", "3个工作日", "10", ""),
    ("效益指标", "社会效益指标", "耕地保有量完成率", 10, "100%", "100%", "10", ""),
    ("效益指标", "生态效益指标", "历史遗留矿山生态修复面积", 10, "≥150亩", "138亩", "9", "一处矿山修复方案调整"),
    ("效益指标", "可持续影响指标", "国土空间规划实施监测覆盖率", 10, "≥90%", "92%", "10", ""),
    ("满意度指标", "服务对象满意度指标", "办事群众满意度", 20, "≥90%", "96.3%", "20", ""),
]


def b12() -> Made:
    ini, adj, exe = "4382.60", "4725.18", "4618.94"
    rt, es, tot = scored(exe, adj, B12)
    name = "永泰县自然资源局"
    body = blank_repeats(form_rows(B12))
    head = ('<tr><th colspan="3">绩效指标</th><th colspan="2">指标值</th><th rowspan="2">分值</th><th rowspan="2">得分</th>'
            '<th rowspan="2">偏差原因分析及改进措施</th></tr>\n'
            "<tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>年度目标值</th><th>实际完成值</th></tr>")
    inds = html_table([*body, ["总分", "", "", "", "", "100", str(tot), ""]], "").splitlines()
    lines = [f"# {name}2024年度部门整体支出绩效自评报告", "",
             "## 一、部门概况", "",
             "我局核定行政编制41名、事业编制36名，共77名；年末实有在编人员72名。内设办公室、国土空间规划股、耕地保护监督股、自然资源确权登记股、"
             "矿产资源管理股5个股室，下属县不动产登记中心1个事业单位。", "",
             "## 二、预算执行情况", "",
             "<table>",
             "<tr><th>预算资金（万元）</th><th>年初预算数</th><th>全年预算数</th><th>全年执行数</th><th>分值</th><th>执行率</th><th>得分</th></tr>",
             f"<tr><td>年度资金总额</td><td>{ini}</td><td>{adj}</td><td>{exe}</td><td>10</td><td>{rt}%</td><td>{es}</td></tr>",
             "</table>", "",
             "## 三、绩效指标完成情况", "",
             "<table>", head, *inds[1:-1], "</table>", "",
             f"**自评结论**：2024年度部门整体支出绩效自评得分{tot}分，自评等级为“{grade(tot)}”。", ""]
    unit = {"name": name, "staff_establishment": 77, "staff_total": 72,
            "internal_bodies": ["办公室", "国土空间规划股", "耕地保护监督股", "自然资源确权登记股", "矿产资源管理股"],
            "internal_bodies_count": 5, "subordinate_bodies": ["县不动产登记中心"], "subordinate_bodies_count": 1}
    made = facts("整体支出", 2024, unit, money(ini, adj, exe, rt), indicators(rt, es, B12), tot, full_mark=100, stated_grade=EARNED)
    return made, "md", "\n".join(lines)


TEXT = {
    "a04-sx-liulin-health-project-txt-forwarded-email": a04,
    "a05-sc-cangxi-market-project-mht-web-archive": a05,
    "a06-cq-nanan-community-project-md-escapes-strikethrough": a06,
    "b10-gs-huining-civil-whole-txt-pdftotext-layout": b10,
    "b11-ah-jingxian-education-whole-html-layout-tables": b11,
    "b12-fj-yongtai-land-whole-md-raw-html-tables": b12,
}

