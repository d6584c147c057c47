# ruff: noqa: E501
"""Reports sf03, sf04, sf05, sf07, sf08 of the seventy-first set, each returning (facts, ext, content): a Jilin
agriculture bureau's whole-unit self-evaluation as a presentation printed to PDF (a title page, a contents page, figure
cards with the number above its label, the indicator table on a page of its own, a page number in every footer); a
Liaoning rural-revitalisation centre's project form as an online document's HTML export with a comment thread in a
side panel whose replies quote other figures; an Inner Mongolia grassland station's project form as a long
"对象 / 属性 / 值" sheet (one row per field); a Jilin water bureau's whole-unit report in Word whose form is an embedded
Excel object (its picture in the text, its cells only in the embedded workbook); a Hebei forestry bureau's project
form as one wide row of a batch export ("指标1三级指标", "指标1分值" … headers).
Every unit, person and figure is invented (real places, invented bodies and figures).
"""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path
from typing import Any

from corpus_build import xlsx_bytes
from docx.enum.section import WD_ORIENT
from docx.shared import Pt
from eighteenth_facts import Made, doc, docx_bytes, table
from fifth_shapes import esc
from seventyfirst_facts import HEAD, SF03, SF04, SF05, SF07, SF08
from sixtyfirst_facts import WORD, cells, whole_rows
from sixtyfourth_facts import project, whole

FONT = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")


def number(text: str) -> Any:
    """A figure as the sheet's number cell, other text as text."""
    try:
        return float(Decimal(text))
    except ArithmeticError:
        return text


# sf03 吉林 白城 洮南, whole unit, .pdf: a presentation printed to PDF --------------------------------------------------
def sf03() -> Made:
    unit = "洮南市农业农村局"
    money = ("5862.30", "6315.48", "6102.77")
    f, rt, es, tot = whole(2024, unit, money, SF03, 4, staff=(86, 81))
    del f["full_mark"]
    d = doc()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    pages = 6

    def slide(n: int, title: str, lines: list[str], big: bool = False) -> None:
        if n > 1:
            d.add_page_break()
        p = d.add_paragraph()
        r = p.add_run(title)
        r.font.size, r.bold = Pt(26), True
        for line in lines:
            q = d.add_paragraph()
            q.add_run(line).font.size = Pt(22 if big else 16)

    def footer(n: int) -> None:
        d.add_paragraph(f"{unit} · 2024年度绩效自评汇报　　{n} / {pages}")

    slide(1, "2024年度部门整体支出绩效自评汇报", ["", f"汇报单位：{unit}", "2025年3月"], big=True)
    footer(1)
    slide(2, "目录", ["01　单位概况", "02　预算执行", "03　绩效目标完成情况", "04　自评结论与整改"])
    footer(2)
    slide(3, "01 单位概况", ["▪ 内设机构9个，所属事业单位4个", "▪ 核定编制86名，年末实有人员81名",
                            "▪ 主要承担粮食生产、高标准农田建设、农产品质量安全和乡村产业发展等职责"])
    footer(3)
    slide(4, "02 预算执行", [money[0], "年初预算数（万元）", money[1], "全年预算数（万元）", money[2],
                            "全年执行数（万元）", f"{rt}%", "预算执行率"], big=True)
    footer(4)
    slide(5, "03 绩效目标完成情况", [])
    table(d, [HEAD, *whole_rows(SF03, 4, rt, es)], vmerge_cols=(0,))
    footer(5)
    slide(6, "04 自评结论与整改", [f"自评得分　{tot}分", f"自评等级　{WORD[f['stated_grade']]}",
                                 "▪ 农村居民收入增幅低于目标：加快订单农业和农产品加工项目落地",
                                 "▪ 下一步：细化绩效目标，强化执行监控"], big=True)
    footer(6)
    return f, "pdf", docx_bytes(d)


# sf04 辽宁 朝阳 建平, project, .html: an online document's export with a comment panel -----------------------------------
def sf04() -> Made:
    unit, dept = "建平县乡村振兴服务中心", "建平县农业农村局"
    proj = "建平县2025年肉牛养殖产业衔接资金项目"
    money = ("680.00", "712.40", "698.36")
    f, rt, es, tot = project(2025, unit, dept, proj, money, SF04)

    def td(text: str, cid: str = "", span: int = 1) -> str:
        attr = f' colspan="{span}"' if span > 1 else ""
        mark = f'<span class="comment-anchor" data-comment-id="{cid}">{esc(text)}</span>' if cid else esc(text)
        return f"<td{attr}><p>{mark}</p></td>"

    rows = [
        [td("项目名称"), td(proj, span=7)],
        [td("主管部门"), td(dept, span=3), td("实施单位"), td(unit, span=3)],
        [td("项目资金（万元）"), *(td(h) for h in ("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")), td("")],
        [td("年度资金总额"), td(money[0], "c1"), td(money[1]), td(money[2]), td("10"), td(f"{rt}%"), td(str(es)), td("")],
        [*(td(h) for h in HEAD)],
    ]
    for c in (cells(r) for r in SF04):
        rows.append([td(v, "c2" if c[2] == "购置基础母牛" and i == 6 else "") for i, v in enumerate(c)])
    rows.append([td("总分"), td("", span=4), td("100"), td(str(tot)), td("")])
    rows.append([td("自评等级"), td(WORD[f["stated_grade"]], span=7)])
    comments = [
        ("c1", "赵某某", "2026-01-12 10:03", "年初预算是否按700.00万元填？县里初次下达是700.00万元。"),
        ("c1", "孙某", "2026-01-12 11:26", "以批复文件为准，年初批复数就是表中数，不改。"),
        ("c2", "赵某某", "2026-01-13 09:18", "购置基础母牛差15头，建议按9.5分扣分是否更稳妥？"),
        ("c2", "孙某", "2026-01-13 09:40", "按完成比例计分，保持表中得分。已解决"),
    ]
    html = "\n".join([
        '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">',
        f"<title>{esc(proj)}绩效自评表 - 在线文档</title>",
        "<style>.doc-body table{border-collapse:collapse}.doc-body td{border:1px solid #ccc;padding:4px}"
        ".comment-anchor{background:#fff3c4}.panel{position:fixed;right:0;width:280px}</style></head><body>",
        '<div class="toolbar"><span>文件</span><span>编辑</span><span>分享</span><span>下载</span><span>评论(4)</span></div>',
        f'<div class="doc-header"><h1 class="doc-title">{esc(proj)}绩效自评表</h1>',
        '<div class="doc-meta">创建者：建平县乡村振兴服务中心财务组 · 最近修改：2026-01-13 16:52 · 4人可编辑</div></div>',
        '<div class="doc-body">',
        "<p>填报说明：金额单位为万元；偏差原因请填写到具体措施。</p>",
        "<table><tbody>", *("<tr>" + "".join(r) + "</tr>" for r in rows), "</tbody></table>",
        f"<p>填报单位：{esc(unit)}　　填报日期：2026年1月13日</p>",
        "</div>",
        '<aside class="panel comments"><h3>评论</h3>',
        *(f'<div class="comment" data-comment-id="{cid}"><span class="author">{esc(who)}</span>'
          f'<span class="time">{when}</span><p>{esc(text)}</p></div>' for cid, who, when, text in comments),
        "</aside>",
        '<div class="footer">本文档由在线文档导出 · 仅供内部审阅</div></body></html>'])
    return f, "html", html


# sf05 内蒙古 锡林郭勒 正蓝旗, project, .xlsx: the form as a long 对象 / 属性 / 值 sheet ------------------------------------
def sf05() -> Made:
    unit, dept = "正蓝旗草原工作站", "正蓝旗林业和草原局"
    proj = "正蓝旗2021年退化草原人工种草生态修复项目"
    money = ("520.00", "546.80", "531.25")
    f, rt, es, tot = project(2021, unit, dept, proj, money, SF05)
    data: list[tuple[str, str, Any, str]] = [
        ("项目", "项目名称", proj, ""), ("项目", "主管部门", dept, ""), ("项目", "实施单位", unit, ""),
        ("项目", "评价年度", 2021, ""),
        ("项目资金", "年初预算数", number(money[0]), "万元"), ("项目资金", "全年预算数", number(money[1]), "万元"),
        ("项目资金", "全年执行数", number(money[2]), "万元"), ("项目资金", "分值", 10, ""),
        ("项目资金", "执行率", f"{rt}%", ""), ("项目资金", "得分", number(str(es)), ""),
    ]
    for n, c in enumerate((cells(r) for r in SF05), 1):
        for h, v in zip(HEAD, c, strict=True):
            if v:
                data.append((f"绩效指标{n}", h, number(v) if h in ("分值", "得分") else v, ""))
    data += [("自评结果", "总分", 100, ""), ("自评结果", "自评得分", number(str(tot)), ""),
             ("自评结果", "自评等级", WORD[f["stated_grade"]], "")]
    rows: list[list[Any]] = [["序号", "对象", "属性", "值", "计量单位"]]
    rows += [[i, *d] for i, d in enumerate(data, 1)]
    return f, "xlsx", xlsx_bytes([("数据明细", rows, [])])


# sf07 吉林 延边 汪清, whole unit, .docx: the form an embedded Excel object ----------------------------------------------
def _picture(rows: list[list[str]]) -> bytes:
    """The object's picture as Word shows it: the sheet's cells drawn in a grid."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(str(FONT), 18)
    widths = [110, 130, 230, 110, 110, 60, 60, 300]
    rh = 34
    img = Image.new("RGB", (sum(widths) + 20, rh * len(rows) + 20), (255, 255, 255))
    dr = ImageDraw.Draw(img)
    for i, row in enumerate(rows):
        x, y = 10, 10 + i * rh
        for wd, cell in zip(widths, row + [""] * (len(widths) - len(row)), strict=True):
            dr.rectangle([x, y, x + wd, y + rh], outline=(60, 60, 60))
            dr.text((x + 4, y + 6), cell[: wd // 19], font=font, fill=(0, 0, 0))
            x += wd
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


def _embed(d: Any, png: bytes, workbook: bytes) -> None:
    """A paragraph holding an embedded Excel object: a w:object whose v:shape shows ``png`` and whose o:OLEObject
    points at ``workbook`` stored under word/embeddings."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml

    rid_img, _ = d.part.get_or_add_image(io.BytesIO(png))
    ole = Part(PackURI("/word/embeddings/Microsoft_Excel_Worksheet1.xlsx"),
               "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook, d.part.package)
    rid_ole = d.part.relate_to(ole, RT.PACKAGE)
    xml = ('<w:object xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" w:dxaOrig="16200" w:dyaOrig="6800">'
           '<v:shape id="_x0000_i1025" type="#_x0000_t75" style="width:430pt;height:181pt" o:ole="">'
           f'<v:imagedata r:id="{rid_img}" o:title=""/></v:shape>'
           '<o:OLEObject Type="Embed" ProgID="Excel.Sheet.12" ShapeID="_x0000_i1025" DrawAspect="Content" '
           f'ObjectID="_1735212345" r:id="{rid_ole}"/></w:object>')
    d.add_paragraph().add_run()._r.append(parse_xml(xml))


def sf07() -> Made:
    unit = "汪清县水利局"
    money = ("2416.80", "2689.35", "2603.12")
    f, rt, es, tot = whole(2022, unit, money, SF07, 4, staff=(48, 45))
    grid = [["部门整体支出绩效自评表（2022年度）"], ["单位名称", unit],
            ["年初预算数（万元）", "全年预算数（万元）", "全年执行数（万元）", "执行率"], [*money, f"{rt}%"],
            HEAD, *whole_rows(SF07, 4, rt, es), ["总分", "", "", "", "", "100", str(tot), ""],
            ["自评等级", WORD[f["stated_grade"]]]]
    sheet = [[number(c) if c and c[0].isdigit() and c.replace(".", "").isdigit() else c for c in r] for r in grid]
    workbook = xlsx_bytes([("Sheet1", sheet, [(0, 0, 0, 7)])])
    d = doc()
    d.add_heading(f"{unit}2022年度部门整体支出绩效自评报告", level=1)
    for p in [
        f"一、部门基本情况。{unit}是县政府工作部门，内设办公室、规划建设股、水资源股、河湖管理股4个股室，下属县水利工程管理站、县水土保持工作站2个事业单位。核定编制48名，年末实有人员45名。",
        f"二、预算执行情况。2022年年初预算数{money[0]}万元，全年预算数{money[1]}万元，全年执行数{money[2]}万元，预算执行率{rt}%。",
        "三、绩效指标完成情况。年初设定的绩效指标及完成情况详见下表（表格为嵌入的Excel对象，双击可查看）。",
    ]:
        d.add_paragraph(p)
    _embed(d, _picture([[str(c) for c in r] for r in grid]), workbook)
    d.add_paragraph(f"四、自评结论。经自评，本部门2022年度整体支出绩效自评得分{tot}分，等级为{WORD[f['stated_grade']]}。汛前工程完工率未达目标，下一年度将提前组织开工。")
    return f, "docx", docx_bytes(d)


# sf08 河北 张家口 崇礼, project, .xlsx: one wide row of a batch export -------------------------------------------------
def sf08() -> Made:
    unit = dept = "张家口市崇礼区林业和草原局"
    proj = "崇礼区2019年京津风沙源治理工程人工造林项目"
    money = ("860.00", "886.40", "871.26")
    f, rt, es, tot = project(2019, unit, dept, proj, money, SF08)
    head: list[str] = ["项目名称", "主管部门", "实施单位", "评价年度", "年初预算数（万元）", "全年预算数（万元）",
                       "全年执行数（万元）", "执行率", "执行率分值", "执行率得分"]
    row: list[Any] = [proj, dept, unit, 2019, *map(number, money), f"{rt}%", 10, number(str(es))]
    for n, c in enumerate((cells(r) for r in SF08), 1):
        for h, v in zip(HEAD, c, strict=True):
            head.append(f"指标{n}{h}")
            row.append(number(v) if h in ("分值", "得分") else v)
    head += ["总分", "自评得分", "自评等级"]
    row += [100, number(str(tot)), WORD[f["stated_grade"]]]
    return f, "xlsx", xlsx_bytes([("导出结果", [head, row], [])])


REPORTS = {
    "sf03-jl-taonan-agriculture-whole-pdf-slides": sf03,
    "sf04-ln-jianping-beef-cattle-project-html-doc-comments": sf04,
    "sf05-nm-zhenglan-grassland-project-xlsx-long-sheet": sf05,
    "sf07-jl-wangqing-water-whole-docx-embedded-sheet": sf07,
    "sf08-he-chongli-afforestation-project-xlsx-wide-row": sf08,
}
