# ruff: noqa: E501
"""Reports sv03, sv04, sv05, sv06 of the sixty-seventh set, each returning (facts, ext, content): a Henan state
forest farm's 森林抚育 form saved by a browser as .mhtml whose article page holds the form in an iframe (the frame its
own HTML part); a Shaanxi fruit centre's 衔接资金 form saved as .mhtml from an OA system page whose table carries a
hidden column of indicator codes and a hidden draft row (display:none); a Shaanxi county station's 耕地地力保护补贴
form as an .xlsx with merged cells and a second sheet of 填报说明 whose examples carry figures; a Hebei water bureau's
whole-unit form as an .xlsx whose cells hold more decimals than they show (money to four places shown to two, rates
stored as fractions shown as percentages) with the unit's staff on a second sheet.
Every unit, person and figure is invented (real places, invented bodies and figures).
"""

from __future__ import annotations

import io
import quopri
from decimal import Decimal
from html import escape
from typing import Any

import openpyxl
from corpus_build import Row, xlsx_bytes
from eighteenth_facts import Made
from sixtyfirst_facts import HEAD, WORD, cells, whole_rows
from sixtyfourth_facts import money_rows, project, whole

Cell = str | tuple[str, int, int]  # text, or (text, colspan, rowspan)


def _tr(cells_: list[Cell], hidden: tuple[int, ...] = (), style: str = "") -> str:
    out = []
    for i, c in enumerate(cells_):
        text, cs, rs = (c, 1, 1) if isinstance(c, str) else c
        span = (f' colspan="{cs}"' if cs > 1 else "") + (f' rowspan="{rs}"' if rs > 1 else "")
        css = ' style="display:none"' if i in hidden else ""
        out.append(f"<td{span}{css}>{escape(text) if text else '&nbsp;'}</td>")
    return f"<tr{style}>" + "".join(out) + "</tr>"


def _level_grid(rows: list[list[str]]) -> list[list[Cell]]:
    """Indicator rows with the 一级 and 二级 cells spanning their blocks (rowspan) as a web page prints them."""
    out: list[list[Cell]] = []
    for i, r in enumerate(rows):
        row: list[Cell] = []
        for col in (0, 1):
            if i and rows[i - 1][col] == r[col] and (col == 0 or rows[i - 1][0] == r[0]):
                continue
            n = 1
            while i + n < len(rows) and rows[i + n][col] == r[col] and (col == 0 or rows[i + n][0] == r[0]):
                n += 1
            row.append((r[col], 1, n))
        out.append([*row, *r[2:]])
    return out


def _money_grid(money: tuple[str, str, str], rt: Decimal, es: Decimal) -> list[list[Cell]]:
    ini, adj, exe = money
    return [[("项目资金（万元）", 1, 4), "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["年度资金总额", ini, adj, exe, "10", f"{rt}%", str(es)],
            ["其中：当年财政拨款", ini, adj, exe, "—", "—", "—"], ["其他资金", "—", "—", "—", "—", "—", "—"]]


def _mhtml(url: str, parts: list[tuple[str, str]]) -> bytes:
    """A page saved by a browser as one file: each (location, html) an HTML part, quoted-printable; a part refers to a
    later one as cid:frame-N@mhtml.blink."""
    boundary = "----MultipartBoundary--q8Rz3VnK0pLw5yXc7bTe2mJd9sHf4gAa1uNi6oEk----"
    out = [f"From: <Saved by Blink>\r\nSnapshot-Content-Location: {url}\r\nSubject: =?utf-8?Q?page?=\r\n"
           f"Date: Tue, 14 Mar 2023 09:21:07 +0800\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n"
           f'\ttype="text/html";\r\n\tboundary="{boundary}"\r\n\r\n\r\n']
    for n, (loc, html) in enumerate(parts):
        body = quopri.encodestring(html.encode("utf-8")).decode("ascii").replace("\n", "\r\n")
        out.append(f"--{boundary}\r\nContent-Type: text/html\r\nContent-ID: <frame-{n}@mhtml.blink>\r\n"
                   f"Content-Transfer-Encoding: quoted-printable\r\nContent-Location: {loc}\r\n\r\n{body}\r\n\r\n")
    out.append(f"--{boundary}--\r\n")
    return "".join(out).encode("ascii")


_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body>
<div class="top"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/zwgk/czzj/">财政资金</a> | <span>无障碍浏览</span> | <span>长者模式</span></div>
<div class="pos">当前位置：首页 &gt; 政务公开 &gt; 财政资金 &gt; 绩效管理</div>
<div class="meta"><span>索引号：{index}</span><span>发布机构：{publisher}</span><span>发布日期：{date}</span></div>
<h1>{title}</h1>
{body}
<div class="foot">主办单位：{site}　网站标识码：4115240001　ICP备案号：豫ICP备05008821号</div>
</body></html>"""


# sv03 河南 信阳, project, .mhtml: the article page holds the form in an iframe; the browser saved the frame as a second
# HTML part, so the page part has the title, metadata and a short lead but no table -----------------------------------
SV03: list[Row] = [
    ("产出指标", "数量指标", "完成中幼林抚育面积", 20, "≥3.5万亩", "3.52万亩", "20", ""),
    ("产出指标", "质量指标", "抚育作业检查验收合格率", 15, "≥95%", "97%", "15", ""),
    ("产出指标", "时效指标", "抚育作业完成时间", 10, "T:当年11月底前", "T:11月22日", "10", ""),
    ("产出指标", "成本指标", "亩均抚育补助", 5, "≤120元/亩", "118元/亩", "5", ""),
    ("效益指标", "生态效益指标", "抚育林分蓄积量年均增长", 15, "≥0.3立方米/亩", "0.27立方米/亩", "13", "部分林分立地条件差，生长量低于预期"),
    ("效益指标", "社会效益指标", "带动林区群众务工人数", 10, "≥300人", "326人", "10", ""),
    ("满意度指标", "服务对象满意度指标", "林区群众满意度", 15, "≥90%", "92%", "15", ""),
]


def sv03() -> Made:
    unit = "商城县国有黄柏山林场"
    dept = "商城县林业局"
    proj = "2022年森林抚育补助项目"
    money = ("525.00", "525.00", "512.34")
    f, rt, es, tot = project(2022, unit, dept, proj, money, SV03)
    title = f"{unit}{proj}绩效自评表"
    url = "http://www.hnsc.gov.cn/zwgk/czzj/jxgl/202303/t20230314_117263.html"
    frame_url = "http://www.hnsc.gov.cn/zwgk/czzj/jxgl/202303/W020230314_form.html"
    lead = (f"<p>根据县财政局关于开展2022年度项目支出绩效自评工作的通知，{unit}对{proj}开展了绩效自评，现将自评表公开如下。</p>"
            '<iframe src="cid:frame-1@mhtml.blink" width="100%" height="1200" frameborder="0"></iframe>'
            "<p>附件：<a href=\"W020230314_form.xlsx\">自评表.xlsx</a></p>")
    page = _PAGE.format(title=escape(title), index="11411524MB0P53210R/2023-00018", publisher=unit,
                        date="2023-03-14", body=lead, site="商城县人民政府办公室")
    grid: list[list[Cell]] = [[("项目支出绩效自评表", 8, 1)], [("（2022年度）", 8, 1)],
                              ["项目名称", ("", 1, 1), (proj, 6, 1)], ["主管部门", "", (dept, 2, 1), "实施单位", (unit, 3, 1)],
                              *_money_grid(money, rt, es),
                              [("年度总体目标", 2, 1), ("完成中幼林抚育3.5万亩，提升森林质量和林分蓄积量。", 3, 1),
                               ("完成抚育3.52万亩，全部通过县级检查验收。", 3, 1)],
                              HEAD, *_level_grid([cells(r) for r in SV03]),
                              [("总分", 5, 1), "100", str(tot), WORD[f["stated_grade"]]]]
    form = ('<html><head><meta charset="utf-8"></head><body><table border="1" cellspacing="0">'
            + "".join(_tr(r) for r in grid) + "</table><p>填表人：陈志强　　联系电话：0376-7921156</p></body></html>")
    return f, "mhtml", _mhtml(url, [(url, page), (frame_url, form)])


# sv04 陕西 延安, project, .mhtml: an OA system's detail page whose indicator table carries a hidden first column of
# indicator codes and a hidden draft row (display:none) a browser does not show ------------------------------------
SV04: list[Row] = [
    ("产出指标", "数量指标", "新建矮砧密植苹果园面积", 15, "≥3000亩", "3120亩", "15", ""),
    ("产出指标", "数量指标", "果园水肥一体化设施配套", 10, "≥1500亩", "1500亩", "10", ""),
    ("产出指标", "质量指标", "苗木栽植成活率", 10, "≥90%", "93.5%", "10", ""),
    ("产出指标", "时效指标", "项目完工时间", 5, "T:2024年11月底前", "T:2024年11月20日", "5", ""),
    ("效益指标", "经济效益指标", "带动脱贫户户均增收", 15, "≥1200元", "1260元", "15", ""),
    ("效益指标", "社会效益指标", "受益脱贫户及监测户户数", 10, "≥420户", "436户", "10", ""),
    ("效益指标", "可持续影响指标", "果园设施设计使用年限", 10, "≥10年", "10年", "10", ""),
    ("满意度指标", "服务对象满意度指标", "受益群众满意度", 15, "≥95%", "93%", "14", "部分农户对苗木品种有不同意见"),
]


def sv04() -> Made:
    unit = "宜川县果业发展中心"
    dept = "宜川县农业农村局"
    proj = "2024年苹果产业提质增效衔接资金项目"
    money = ("1350.00", "1420.00", "1396.85")
    f, rt, es, tot = project(2024, unit, dept, proj, money, SV04)
    url = "http://oa.ycx.gov.cn/jxgl/zpb/detail.do?id=20241127093"
    grid = [["项目名称", "", (proj, 6, 1)], ["主管部门", "", (dept, 2, 1), "实施单位", (unit, 3, 1)], *_money_grid(money, rt, es),
            [("年度总体目标", 2, 1), ("新建矮砧密植苹果园3000亩，配套水肥一体化设施，带动脱贫户增收。", 6, 1)]]
    head = "".join(_tr(r) for r in grid)
    ind = [_tr(["指标编码", *HEAD], hidden=(0,))]
    rows = [cells(r) for r in SV04]
    for i, grid_row in enumerate(_level_grid(rows)):
        ind.append(_tr([f"ZB24-{61 + i:03d}", *grid_row], hidden=(0,)))
        if i == 3:  # a draft row the system keeps hidden
            ind.append(_tr(["ZB24-099", "产出指标", "数量指标", "修剪培训人次", "≥500人次", "520人次", "5", "5", ""],
                           style=' style="display:none"'))
    ind.append(_tr(["", ("合计", 5, 1), "100", str(tot), ""], hidden=(0,)))
    ind.append(_tr(["", ("自评等级", 5, 1), (WORD[f["stated_grade"]], 3, 1)], hidden=(0,)))
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>项目支出绩效自评表-详情</title></head><body>'
            '<div class="oa-bar">首页 | 待办事项 | 已办事项 | 绩效自评 | 退出</div>'
            f"<h2>{escape(proj)}绩效自评表（2024年度）</h2>"
            f'<table class="form" border="1">{head}</table><table class="grid" border="1">{"".join(ind)}</table>'
            "<div>审核状态：已审核　经办人：白晓燕　审核人：刘建平　提交时间：2025-02-18 10:42:16</div></body></html>")
    return f, "mhtml", _mhtml(url, [(url, html)])


# sv05 陕西 咸阳, project, .xlsx: a form with merged cells on the first sheet and a 填报说明 sheet after it whose
# examples carry figures (a 100.00 budget, a 95.50% rate, bands of points) ------------------------------------------
SV05: list[Row] = [
    ("产出指标", "数量指标", "补贴发放耕地面积", 15, "≥61.5万亩", "61.82万亩", "15", ""),
    ("产出指标", "数量指标", "补贴发放农户数", 10, "≥5.2万户", "5.26万户", "10", ""),
    ("产出指标", "质量指标", "补贴面积核实准确率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "补贴资金兑付及时率", 10, "100%", "96%", "9", "个别农户“一卡通”账户冻结，重新核实后补发"),
    ("效益指标", "社会效益指标", "耕地地力保护意识", 15, "T:明显增强", "T:明显增强", "15", ""),
    ("效益指标", "可持续影响指标", "耕地撂荒现象", 15, "T:有效遏制", "T:有效遏制", "15", ""),
    ("满意度指标", "服务对象满意度指标", "补贴农户满意度", 15, "≥95%", "97.2%", "15", ""),
]
_GUIDE = [["填报说明"], ["1", "年初预算数：填写年初批复数，例如年初批复100万元填“100.00”。"],
          ["2", "全年执行数：填写截至12月31日实际支出数，例如支出95.5万元填“95.50”。"],
          ["3", "执行率=全年执行数÷全年预算数×100%，例如95.50%；执行率分值10分，得分=执行率×10。"],
          ["4", "绩效指标分值合计90分，与执行率分值合计100分；单项指标得分不得超过该指标分值。"],
          ["5", "评价等级：90分（含）以上为优，80分（含）至90分为良，60分（含）至80分为中，60分以下为差。"]]


def sv05() -> Made:
    unit = "旬邑县农村经营管理站"
    dept = "旬邑县农业农村局"
    proj = "2023年耕地地力保护补贴项目"
    money = ("5980.00", "6126.40", "6071.73")
    f, rt, es, tot = project(2023, unit, dept, proj, money, SV05)
    ini, adj, exe = money
    rows: list[list[Any]] = [
        ["项目支出绩效自评表", "", "", "", "", "", "", ""], ["（2023年度）", "", "", "", "", "", "", ""],
        ["项目名称", "", proj, "", "", "", "", ""], ["主管部门", "", dept, "", "实施单位", "", unit, ""],
        ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["", "年度资金总额", float(ini), float(adj), float(exe), 10, f"{rt}%", float(es)],
        ["", "其中：当年财政拨款", float(ini), float(adj), float(exe), "—", "—", "—"],
        ["年度总体目标", "", "按政策向拥有耕地承包权的种地农民发放补贴，引导农民保护耕地地力。", "", "", "", "", ""],
        HEAD]
    first = len(rows)
    for r in SV05:
        c = cells(r)
        rows.append([*c[:5], r[3], float(r[6]), c[7]])
    rows.append(["总分", "", "", "", "", 100, float(tot), WORD[f["stated_grade"]]])
    merges = [(0, 0, 0, 7), (1, 0, 1, 7), (2, 0, 2, 1), (2, 2, 2, 7), (3, 0, 3, 1), (3, 2, 3, 3), (3, 4, 3, 5),
              (3, 6, 3, 7), (4, 0, 6, 0), (7, 0, 7, 1), (7, 2, 7, 7), (len(rows) - 1, 0, len(rows) - 1, 4)]
    for col in (0, 1):
        start = first
        for i in range(first + 1, first + len(SV05) + 1):
            if i == first + len(SV05) or rows[i][col] != rows[start][col] or (col == 1 and rows[i][0] != rows[start][0]):
                if i - 1 > start:
                    merges.append((start, col, i - 1, col))
                start = i
    return f, "xlsx", xlsx_bytes([("自评表", rows, merges), ("填报说明", _GUIDE, [(0, 0, 0, 1)])])


# sv06 河北 张家口, whole unit, .xlsx: cells hold more than they show — money in 万元 to four decimals formatted to two,
# the rate stored as a fraction formatted as a percentage; the unit's staff on a second sheet ------------------------
SV06: list[Row] = [
    ("产出指标", "数量指标", "河道巡查里程", 10, "≥1800公里", "1865公里", "10", ""),
    ("产出指标", "数量指标", "农村饮水工程水质检测次数", 10, "≥24次", "24次", "10", ""),
    ("产出指标", "质量指标", "取水许可审批合规率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "防汛物资储备到位及时率", 10, "100%", "100%", "10", ""),
    ("效益指标", "社会效益指标", "农村集中供水率", 15, "≥92%", "93.1%", "15", ""),
    ("效益指标", "生态效益指标", "地下水超采治理", 15, "T:水位稳中有升", "T:水位回升0.6米", "15", ""),
    ("满意度指标", "服务对象满意度指标", "群众满意度", 20, "≥90%", "88.6%", "19", "个别村汛期供水临时中断"),
]
_EXACT = ("2416.3752", "2588.0419", "2503.6627")  # what the cells hold; they show two decimals


def sv06() -> Made:
    unit = "怀来县水务局"
    money = tuple(f"{Decimal(x):.2f}" for x in _EXACT)
    f, rt, es, tot = whole(2024, unit, money, SV06, 4, staff=(46, 43))  # type: ignore[arg-type]
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "整体支出绩效自评表"
    ws.append(["部门（单位）整体支出绩效自评表"])
    ws.merge_cells("A1:H1")
    ws.append(["（2024年度）"])
    ws.merge_cells("A2:H2")
    ws.append(["单位名称", unit, "", "", "", "", "金额单位", "万元"])
    ws.merge_cells("B3:F3")
    head, total_row, part = money_rows(money, rt, None)  # type: ignore[arg-type]
    ws.append(head)
    for label in (total_row[0], part[0]):
        ws.append([label, *(float(Decimal(x)) for x in _EXACT), float(rt / 100)])
        for col in "BCD":
            ws[f"{col}{ws.max_row}"].number_format = "#,##0.00"
        ws[f"E{ws.max_row}"].number_format = "0.00%"
    ws.append(["年度总体目标", "保障防汛抗旱、水资源管理和农村供水安全，推进地下水超采综合治理。"])
    ws.merge_cells(start_row=ws.max_row, start_column=2, end_row=ws.max_row, end_column=8)
    ws.append(HEAD)
    for c in whole_rows(SV06, 4, rt, es):
        ws.append([*c[:5], int(c[5]), float(c[6]), c[7]])
        if c[2] == "预算执行率":
            ws[f"E{ws.max_row}"].value = float(rt / 100)
            ws[f"E{ws.max_row}"].number_format = "0.00%"
            ws[f"G{ws.max_row}"].value = float(rt / 10)
            ws[f"G{ws.max_row}"].number_format = "0.00"
    ws.append(["合计", "", "", "", "", 100, float(tot), ""])
    ws[f"G{ws.max_row}"].number_format = "0.00"
    ws.append(["自评等级", WORD[f["stated_grade"]]])
    staff = book.create_sheet("单位基本情况")
    for r in (["单位基本情况"], ["单位名称", unit], ["编制数（人）", 46], ["实有人数（人）", 43],
              ["内设机构", "办公室、水资源管理股、工程建设股、农村水利股"]):
        staff.append(r)
    buf = io.BytesIO()
    book.save(buf)
    return f, "xlsx", buf.getvalue()


REPORTS: dict[str, Any] = {
    "sv03-ha-shangcheng-forest-project-mhtml-form-in-iframe": sv03,
    "sv04-sn-yichuan-apple-project-mhtml-hidden-column-row": sv04,
    "sv05-sn-xunyi-farmland-subsidy-project-xlsx-guide-sheet": sv05,
    "sv06-he-huailai-water-whole-xlsx-stored-precision": sv06,
}
