# ruff: noqa: E501
"""Reports vt03, vt04, vt06, vt08 of the seventieth set, each returning (facts, ext, content): a Jiangxi street
office's whole-unit report as an .odt whose indicator table is transposed (the header's labels down the first column,
one column per indicator); a Hubei township's 衔接资金 project form on a saved page as a grid of div elements laid out
by CSS display: table / table-row / table-cell, merged cells left empty; a Guangxi street office's whole-unit
self-evaluation as a page of one definition list (dl / dt / dd) per indicator under its levels' heading; a Hubei
town's project form as an .xlsx whose money block stands upright and whose indicator block is transposed.
Every unit, person and figure is invented (real places, invented bodies and figures).
"""

from __future__ import annotations

from typing import Any

from corpus_build import xlsx_bytes
from eighteenth_facts import Made, doc, docx_bytes, table
from fifth_shapes import esc, paragraphs_html
from make_seventeenth import convert
from seventieth_facts import HEAD, VT03, VT04, VT06, VT08, transposed
from seventieth_text import blank_repeats
from sixtyfirst_facts import WORD, cells, whole_rows
from sixtyfourth_facts import project, whole


# vt03 江西 赣州 章贡, whole unit, .odt: the indicator table on its side, one column per indicator -----------------------
def vt03() -> Made:
    unit = "赣州市章贡区解放街道办事处"
    money = ("1846.20", "2035.64", "1962.18")
    f, rt, es, tot = whole(2023, unit, money, VT03, 4, staff=(64, 59))
    d = doc()
    d.add_heading(f"{unit}2023年度部门整体支出绩效自评报告", level=1)
    for p in [
        f"一、部门基本情况。{unit}为区政府派出机关，下设党政综合办公室等七个内设机构。核定编制64名，年末实有在编人员59名。",
        f"二、预算执行情况。2023年年初预算数{money[0]}万元，全年预算数{money[1]}万元，全年执行数{money[2]}万元，预算执行率{rt}%。",
        "三、绩效指标完成情况。各项指标完成情况见下表（表格按指标横向排列）。",
    ]:
        d.add_paragraph(p)
    d.add_paragraph("部门整体支出绩效自评表")
    table(d, [["单位名称", unit, "", ""], ["年初预算数（万元）", "全年预算数（万元）", "全年执行数（万元）", "执行率"],
              [*money, f"{rt}%"]], merges=[(0, 1, 0, 3)])
    d.add_paragraph("")
    table(d, transposed(whole_rows(VT03, 4, rt, es)))
    d.add_paragraph("")
    table(d, [["总分", "100", "自评得分", str(tot), "自评等级", WORD[f["stated_grade"]]]])
    d.add_paragraph(f"四、自评结论。经自评，本单位2023年度部门整体支出绩效自评得分{tot}分。老旧小区改造户数未达目标，已纳入下年计划。")
    return f, "odt", convert(docx_bytes(d), "vt03", "docx", "odt")


# vt04 湖北 恩施, project, .html: a div grid laid out by CSS display: table -------------------------------------------
_CSS = (".grid{display:table;border-collapse:collapse;width:100%}.grid .tr{display:table-row}"
        ".grid .td{display:table-cell;border:1px solid #999;padding:4px 6px;font-size:14px}"
        ".grid .th{display:table-cell;border:1px solid #999;font-weight:bold;text-align:center}")


def div_grid(rows: list[list[str]], head_rows: tuple[int, ...] = ()) -> str:
    """Rows as divs of class tr holding divs of class td (th for the rows in ``head_rows``)."""
    out = ['<div class="grid">']
    for i, r in enumerate(rows):
        kind = "th" if i in head_rows else "td"
        out.append('<div class="tr">' + "".join(f'<div class="{kind}">{esc(c)}</div>' for c in r) + "</div>")
    return "\n".join([*out, "</div>"])


def vt04() -> Made:
    unit, dept = "恩施市芭蕉侗族乡人民政府", "恩施市农业农村局"
    proj = "芭蕉侗族乡2022年茶产业提质增效衔接资金项目"
    money = ("258.00", "276.30", "268.92")
    f, rt, es, tot = project(2022, unit, dept, proj, money, VT04)
    rows = [
        ["项目名称", proj, "", "", "", "", "", ""],
        ["主管部门", dept, "", "", "实施单位", unit, "", ""],
        ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", ""],
        ["年度资金总额", *money, "10", f"{rt}%", str(es), ""],
        ["其中：财政衔接资金", *money, "—", "—", "—", ""],
        HEAD, *blank_repeats([cells(r) for r in VT04]),
        ["总分", "", "", "", "", "100", str(tot), ""],
        ["自评等级", WORD[f["stated_grade"]], "", "", "", "", "", ""],
    ]
    html = "\n".join([
        '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>芭蕉侗族乡人民政府-信息公开</title>',
        f"<style>{_CSS}</style></head><body>",
        '<div class="top">无障碍浏览 | 长者模式 | 繁體</div>',
        '<div class="nav"><a href="#">首页</a> <a href="#">政务公开</a> <a href="#">财政资金</a></div>',
        '<div class="content">', f"<h2>{esc(proj)}绩效自评表</h2>",
        '<div class="meta">发布日期：2023-04-11　来源：乡财政所　浏览次数：126</div>',
        paragraphs_html([f"根据财政衔接资金绩效管理要求，现将{proj}绩效自评情况公开如下。"]),
        div_grid(rows, head_rows=(2, 5)),
        "</div>", '<div class="foot">主办：恩施市芭蕉侗族乡人民政府　鄂ICP备00000000号</div>', "</body></html>"])
    return f, "html", html


# vt06 广西 钦州 钦南, whole unit, .html: one definition list per indicator --------------------------------------------
def dl(pairs: list[tuple[str, str]], cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return f"<dl{attr}>" + "".join(f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in pairs) + "</dl>"


def vt06() -> Made:
    unit = "钦州市钦南区尖山街道办事处"
    money = ("3268.40", "3542.16", "3417.05")
    f, rt, es, tot = whole(2024, unit, money, VT06, 4, staff=(72, 68))
    parts = [
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>钦南区人民政府门户网站</title>',
        "<style>dl{display:grid;grid-template-columns:10em 1fr}dt{font-weight:bold}</style></head><body>",
        '<header><nav>首页 · 政务公开 · 预决算公开 · 绩效信息</nav></header><main>',
        f"<h1>{esc(unit)}2024年度部门整体支出绩效自评情况</h1>",
        paragraphs_html([f"{unit}核定编制72名，实有人员68名。2024年年初预算数{money[0]}万元，全年预算数{money[1]}万元，全年执行数{money[2]}万元，预算执行率{rt}%。"]),
        "<h2>预算执行</h2>",
        dl([("年初预算数（万元）", money[0]), ("全年预算数（万元）", money[1]), ("全年执行数（万元）", money[2]), ("执行率", f"{rt}%")], "budget"),
        "<h2>绩效指标完成情况</h2>",
    ]
    for c in whole_rows(VT06, 4, rt, es):
        parts.append(f'<section class="ind"><h3>{esc(c[0])} · {esc(c[1])}</h3>')
        parts.append(dl([(h, v) for h, v in zip(HEAD[2:], c[2:], strict=True) if v]) + "</section>")
    parts += ["<h2>自评结果</h2>", dl([("满分", "100"), ("自评得分", str(tot)), ("自评等级", WORD[f["stated_grade"]])], "result"),
              "</main><footer>钦州市钦南区人民政府办公室主办　桂ICP备00000000号</footer></body></html>"]
    return f, "html", "\n".join(parts)


# vt08 湖北 咸宁 通山, project, .xlsx: the money block upright, the indicator block transposed -----------------------
def _num(text: str) -> Any:
    """A figure as a number (the sheet's own cell type), other text as text."""
    try:
        return float(text)
    except ValueError:
        return text


def vt08() -> Made:
    unit, dept = "通山县大畈镇人民政府", "通山县水利和湖泊局"
    proj = "大畈镇2023年农村供水保障衔接资金项目"
    money = ("185.00", "198.60", "194.28")
    f, rt, es, tot = project(2023, unit, dept, proj, money, VT08)
    side = transposed([cells(r) for r in VT08])
    width = len(side[0])
    rows: list[list[Any]] = [
        [f"{proj}绩效自评表"], ["项目名称", proj], ["主管部门", dept, "", "实施单位", unit],
        ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["年度资金总额", *map(_num, money), 10, f"{rt}%", float(es)], [],
        *[[r[0], *(_num(c) if r[0] in ("分值", "得分") else c for c in r[1:])] for r in side],
        ["总分", 100, "自评得分", float(tot), "自评等级", WORD[f["stated_grade"]]],
    ]
    merges = [(0, 0, 0, width - 1), (1, 1, 1, 4)]
    return f, "xlsx", xlsx_bytes([("自评表", rows, merges)])


REPORTS = {
    "vt03-jx-zhanggong-street-whole-odt-transposed-indicators": vt03,
    "vt04-hb-enshi-township-tea-project-html-div-grid": vt04,
    "vt06-gx-qinnan-street-whole-html-definition-lists": vt06,
    "vt08-hb-tongshan-town-water-project-xlsx-transposed-block": vt08,
}
