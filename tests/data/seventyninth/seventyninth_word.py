# ruff: noqa: E501
"""Reports hz01, hz05, hz06, hz08 of the seventy-ninth set (.docx), each returning (facts, ext, content): a Hubei
finance bureau's compilation of three projects' forms, one whole-form table after another with only an empty line
between; a Heilongjiang project's report that a converter saved from a .doc (style runs split mid-word, spell-check
marks and bookmarks between them, tabs for indentation); a Jilin bureau's whole-unit form a converter saved from an .xls
(spacer columns, tab-indented cells, amounts in 元 without separators, 万元 in the prose); an Inner Mongolia health
commission's own whole-unit form in 元 with its 下属单位' forms after it (planted: its 合计 1.5 points above its rows).
Every unit, person and figure is invented (real places, invented bodies and figures).
"""

from __future__ import annotations

from decimal import Decimal
from itertools import cycle
from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from eighteenth_facts import Made, doc, docx_bytes, table
from fortyeighth_reports import money_rows as money8
from seventyninth_facts import (
    HEAD,
    HZ01,
    HZ01_B,
    HZ01_C,
    HZ01_PROJECTS,
    HZ05,
    HZ05_MONEY,
    HZ06,
    HZ06_MONEY,
    HZ08,
    HZ08_B,
    HZ08_UNITS,
    wan_rounded,
    yuan,
)
from sixtyfirst_facts import cells, grade_of, whole_rows
from sixtyfourth_facts import project, whole

LABEL_MERGES = [(0, 1, 0, 7), (1, 1, 1, 3), (1, 5, 1, 7), (2, 1, 2, 7)]


def project_form(d: Any, year: int, proj: str, dept: str, unit: str, money: tuple[str, str, str], rows: list[Any],
                 *, grade: bool = True) -> Decimal:
    """One project's whole form as a single table of eight columns: labels, 项目资金 block, indicators, 总分 (and
    自评等级); its total."""
    _, rt, es, tot = project(year, unit, dept, proj, money, rows)
    labels = [["项目名称", proj, "", "", "", "", "", ""], ["主管部门", dept, "", "", "实施单位", unit, "", ""],
              ["评价年度", f"{year}年度", "", "", "", "", "", ""]]
    end = [["总分", "", "", "", "", "100", str(tot), ""]] + ([["自评等级", grade_of(tot), "", "", "", "", "", ""]] if grade else [])
    grid = [*labels, *money8(*money, rt, es), HEAD, *(cells(r) for r in rows), *end]
    table(d, grid, merges=LABEL_MERGES)
    return tot


# hz01 湖北 恩施 利川, .docx: the finance bureau's compilation, three projects' forms with only an empty line between ----
def hz01() -> Made:
    (proj, dept, unit, money), *rest = HZ01_PROJECTS
    f, _, _, tot = project(2024, unit, dept, proj, money, HZ01)
    f["stated_grade"] = grade_of(tot)
    d = doc()
    d.add_heading("利川市财政局关于2024年度市级项目支出绩效自评情况的汇总", level=1)
    d.add_paragraph("根据市级部门报送的项目支出绩效自评表，现将三个重点项目的自评表汇总如下（金额单位：万元）。")
    project_form(d, 2024, proj, dept, unit, money, HZ01)
    for (p, dp, u, m), rows in zip(rest, (HZ01_B, HZ01_C), strict=True):
        d.add_paragraph("")
        project_form(d, 2024, p, dp, u, m, rows)
    return f, "docx", docx_bytes(d)


SPLITS = (2, 1, 3, 2, 4, 1)


def _run(text: str, n: int) -> Any:
    """A run as a converter writes one: its own fonts and language, the text (tabs as w:tab)."""
    r = OxmlElement("w:r")
    pr = OxmlElement("w:rPr")
    fonts = OxmlElement("w:rFonts")
    fonts.set(qn("w:ascii"), "Times New Roman" if n % 2 else "仿宋_GB2312")
    fonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    lang = OxmlElement("w:lang")
    lang.set(qn("w:eastAsia"), "zh-CN")
    pr.extend([fonts, lang])
    r.append(pr)
    for i, part in enumerate(text.split("\t")):
        if i:
            r.append(OxmlElement("w:tab"))
        if part:
            t = OxmlElement("w:t")
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            t.text = part
            r.append(t)
    return r


def converted(d: Any) -> None:
    """Every paragraph rewritten as a .doc converter leaves it: its text in runs cut every one to four characters
    (mid-word, mid-figure), spell-check marks and an empty bookmark between some of them."""
    body = d.element.body
    mark = 0
    for p in body.iter(qn("w:p")):
        runs = p.findall(qn("w:r"))
        text = "".join("\t" if el.tag == qn("w:tab") else (el.text or "") for r in runs for el in r
                       if el.tag in (qn("w:t"), qn("w:tab")))
        if not text:
            continue
        for r in runs:
            p.remove(r)
        sizes = cycle(SPLITS)
        i = n = 0
        while i < len(text):
            k = next(sizes)
            if n % 3 == 1:
                err = OxmlElement("w:proofErr")
                err.set(qn("w:type"), "spellStart" if n % 2 else "gramStart")
                p.append(err)
            if n % 5 == 4:
                mark += 1
                start, end = OxmlElement("w:bookmarkStart"), OxmlElement("w:bookmarkEnd")
                start.set(qn("w:id"), str(mark))
                start.set(qn("w:name"), f"OLE_LINK{mark}")
                end.set(qn("w:id"), str(mark))
                p.extend([start, end])
            p.append(_run(text[i:i + k], n))
            i, n = i + k, n + 1


# hz05 黑龙江 绥化 海伦, project, .docx from a .doc converter: runs split mid-word, tab-indented paragraphs ---------------
def hz05() -> Made:
    unit, dept = "海伦市农业技术推广中心", "海伦市农业农村局"
    proj = "2023年黑土地保护性耕作行动计划项目"
    ini, adj, exe = HZ05_MONEY
    f, rt, _, tot = project(2023, unit, dept, proj, HZ05_MONEY, HZ05)
    f["stated_grade"] = grade_of(tot)
    d = doc()
    d.add_paragraph(f"\t\t{proj}绩效自评报告")
    for p in [
        "\t一、项目基本情况",
        f"\t\t{proj}由{unit}组织实施，主管部门为{dept}，在全市22个乡镇推广免耕播种和秸秆覆盖还田。",
        "\t二、项目资金使用情况",
        f"\t\t项目年初预算{ini}万元，全年预算{adj}万元，全年执行{exe}万元，预算执行率{rt}%。",
        "\t三、自评结论",
        f"\t\t经自评，本项目得分{tot}分，评价等级为“{grade_of(tot)}”。",
        "\t附件：项目支出绩效自评表",
    ]:
        d.add_paragraph(p)
    project_form(d, 2023, proj, dept, unit, HZ05_MONEY, HZ05, grade=False)
    converted(d)
    return f, "docx", docx_bytes(d)


# hz06 吉林 延边 珲春, whole unit, .docx from an .xls converter: spacer columns, tab-indented cells, 元 without separators ---
def hz06() -> Made:
    unit = "珲春市商务局"
    f, rt, es, tot = whole(2024, unit, HZ06_MONEY, HZ06, 3)
    _, adj, exe = HZ06_MONEY
    d = doc()
    d.add_paragraph(f"{unit}2024年度部门整体支出绩效自评报告")
    d.add_paragraph(f"\t本局2024年全年预算{wan_rounded(adj)}万元，全年执行{wan_rounded(exe)}万元，预算执行率{rt}%；"
                    f"自评得分{tot}分，等级为“{grade_of(tot)}”。自评表如下。")
    plain = [yuan(m).replace(",", "") for m in HZ06_MONEY]
    grid: list[list[str]] = [
        [f"{unit}2024年度部门整体支出绩效自评表", "", "", "", "", "", "", "", ""],
        ["单位：元", "", "", "", "", "", "", "", ""],
        ["预算资金", "", "年初预算数", "", "全年预算数", "全年执行数", "执行率", "", ""],
        ["部门预算资金总额", "", plain[0], "", plain[1], plain[2], f"{rt}%", "", ""],
        ["一级指标", "二级指标", "三级指标", "", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    ]
    for r in whole_rows(HZ06, 3, rt, es):
        grid.append([r[0], f"\t{r[1]}", f"\t\t{r[2]}", "", *r[3:]])
    grid.append(["合计", "", "", "", "", "", "100", str(tot), ""])
    table(d, grid, merges=[(0, 0, 0, 8), (1, 0, 1, 8)])
    converted(d)
    return f, "docx", docx_bytes(d)


# hz08 内蒙古 赤峰 宁城, whole unit, .docx: the commission's own form in 元, its 下属单位' forms after it; 合计 1.5 above ------
def whole_form(d: Any, unit: str, money: tuple[str, str, str], rows: list[Any], stated: Decimal | None = None) -> Decimal:
    """A whole-unit form in 元: the unit's name line, a 部门预算资金 block, indicators, 合计; its total."""
    _, rt, es, tot = whole(2025, unit, money, rows, 3)
    d.add_paragraph(f"填报单位：{unit}　　　　　　　　　　金额单位：元")
    table(d, [["资金类别", "年初预算数", "全年预算数", "全年执行数", "执行率"],
              ["部门预算资金", *(yuan(m) for m in money), f"{rt}%"]])
    table(d, [HEAD, *whole_rows(rows, 3, rt, es), ["合计", "", "", "", "", "100", str(stated or tot), ""]],
          vmerge_cols=(0, 1))
    return tot


def hz08() -> Made:
    (unit, money), (sub, sub_money) = HZ08_UNITS
    f, rt, _, tot = whole(2025, unit, money, HZ08, 3)
    stated = tot + Decimal("1.5")
    f["stated_total"], f["planted"] = stated, ["TOTAL_MISMATCH"]
    f["stated_grade"] = grade_of(stated)
    d = doc()
    d.add_heading(f"{unit}2025年度部门整体支出绩效自评报告", level=1)
    for p in [
        "一、部门概况",
        "本委负责全县卫生健康事业发展规划、公共卫生、医政医管、基层卫生和妇幼健康等工作，下属单位3个。",
        "二、预算执行情况",
        f"2025年本级全年预算{wan_rounded(money[1])}万元，全年执行{wan_rounded(money[2])}万元，预算执行率{rt}%。",
        "三、自评结论",
        f"本委2025年度部门整体支出绩效自评得分{stated}分，等级为“{grade_of(stated)}”。本级及下属单位自评表附后。",
        "附表1",
    ]:
        d.add_paragraph(p)
    whole_form(d, unit, money, HZ08, stated)
    d.add_paragraph("附表2")
    whole_form(d, sub, sub_money, HZ08_B)
    return f, "docx", docx_bytes(d)


REPORTS = {
    "hz01-hb-lichuan-finance-compilation-docx-forms-back-to-back": hz01,
    "hz05-hl-hailun-black-soil-project-docx-doc-converter-split-runs": hz05,
    "hz06-jl-hunchun-commerce-whole-docx-xls-converter-yuan": hz06,
    "hz08-nm-ningcheng-health-whole-docx-own-then-subordinate-forms-yuan": hz08,
}
