# ruff: noqa: E501
"""Reports sf01, sf02, sf03, sf07 of the seventy-fourth set, each returning (facts, ext, content): a Shaanxi transport
bureau's project report (.docx) whose indicator table carries a 指标解释 column after the name, 权重 before the values
and a 完成率 after them; a Gansu housing bureau's page (.html) holding two projects' forms one after the other, the
levels merged by rowspan; a Qinghai natural-resources bureau's whole-unit report as a PDF viewer copies it (.txt), the
form's rows on tab stops continued over a page break under a running head, a page number, "续表" and its header
repeated; a Shaanxi sports bureau's project report (.md) in parts (封面 / 第一部分 / 第二部分 / 第三部分 / 附件), the
form with no total row and the total only as 综合得分 in a score summary with 等级 in words (planted: two points below
its rows).
Every unit, person and figure is invented (real places, invented bodies and figures).
"""

from __future__ import annotations

from decimal import Decimal

from corpus_build import Row
from eighteenth_facts import Made, doc, docx_bytes, table
from fifth_shapes import esc, paragraphs_html
from seventyfourth_facts import SF01, SF01_NOTE, SF02A, SF02B, SF03, SF07, WORD, summary
from seventysecond_files import completion
from sixtyfirst_facts import cells, whole_rows
from sixtyfourth_facts import money_rows, project, whole


# sf01 陕西 宝鸡, project, .docx: 指标解释 after the name, 权重 before the values, 完成率 after them ---------------------------
def sf01() -> Made:
    unit, dept = "宝鸡市农村公路养护中心", "宝鸡市交通运输局"
    proj = "2023年农村公路养护工程补助资金"
    money = ("1286.00", "1340.00", "1318.27")
    f, rt, es, tot = project(2023, unit, dept, proj, money, SF01)
    d = doc()
    d.add_heading(f"{proj}绩效自评报告", level=1)
    for p in [
        f"一、项目概况。{proj}由{dept}主管、{unit}组织实施，用于县乡村道日常养护、水毁修复和养护考核奖补。",
        f"二、资金情况。项目年初预算{money[0]}万元，全年预算{money[1]}万元，全年执行{money[2]}万元，执行率{rt}%。",
        "三、绩效指标完成情况",
    ]:
        d.add_paragraph(p)
    table(d, [["项目名称", proj, "", "", ""], ["主管部门", dept, "", "实施单位", unit]], merges=[(0, 1, 0, 4)])
    table(d, money_rows(money, rt, es))
    grid = [["一级指标", "二级指标", "三级指标", "指标解释", "权重", "年度指标值", "实际完成值", "完成率", "得分", "偏差原因分析及改进措施"]]
    for r in SF01:
        c = cells(r)
        grid.append([c[0], c[1], c[2], SF01_NOTE[c[2]], c[5], c[3], c[4], completion(r), c[6], c[7]])
    grid.append(["合计", "", "", "", "100", "", "", "", str(tot), ""])
    table(d, grid, vmerge_cols=(0, 1))
    d.add_paragraph(f"四、自评结论。本项目自评得分{tot}分，自评等级为{WORD[f['stated_grade']]}。")
    d.add_paragraph(f"{unit}　2024年3月8日")
    return f, "docx", docx_bytes(d)


def rowspan_table(grid: list[list[str]], span_cols: tuple[int, ...] = (0, 1)) -> str:
    """An HTML table whose equal non-empty cells standing one below the other in ``span_cols`` are one cell with a
    rowspan (the first row is the header)."""
    out = ['<table border="1" cellspacing="0" style="border-collapse:collapse;width:100%">']
    for i, row in enumerate(grid):
        tds = []
        for j, cell in enumerate(row):
            if i and j in span_cols and cell:
                if grid[i - 1][j] == cell and i > 1:
                    continue
                n = 1
                while i + n < len(grid) and grid[i + n][j] == cell:
                    n += 1
                tds.append(f'<td rowspan="{n}">{esc(cell)}</td>' if n > 1 else f"<td>{esc(cell)}</td>")
            else:
                tds.append(f"<td>{esc(cell)}</td>")
        out.append("<tr>" + "".join(tds) + "</tr>")
    return "\n".join([*out, "</table>"])


def project_form(name: str, dept: str, unit: str, money: tuple[str, str, str], rows: list[Row]) -> tuple[str, Decimal]:
    _, rt, es, tot = project(2021, unit, dept, name, money, rows)
    head = rowspan_table([["项目名称", name, "", "", "", "", ""], ["主管部门", dept, "", "", "实施单位", unit, ""],
                          *money_rows(money, rt, es)], ())
    grid = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
            *(cells(r) for r in rows), ["总分", "", "", "", "", "100", str(tot), ""]]
    return f'<p style="text-align:center"><b>项目支出绩效自评表</b></p><p style="text-align:center">（2021年度）</p>\n{head}\n{rowspan_table(grid)}', tot


# sf02 甘肃 天水, two projects, .html: two forms on one page; the expected facts are the first project's -------------------
def sf02() -> Made:
    dept, unit = "天水市住房和城乡建设局", "天水市住房保障服务中心"
    name_a, money_a = "2021年城镇老旧小区改造配套基础设施项目", ("2150.00", "2386.00", "2317.45")
    name_b, money_b = "2021年公共租赁住房运营管理经费", ("312.00", "312.00", "298.64")
    f, *_ = project(2021, unit, dept, name_a, money_a, SF02A)
    del f["stated_grade"]  # the page states each project's score, no grade
    form_a, tot_a = project_form(name_a, dept, unit, money_a, SF02A)
    form_b, tot_b = project_form(name_b, dept, unit, money_b, SF02B)
    body = "\n".join([
        '<div class="nav"><a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 财政预决算</div>',
        f"<h1>{unit}2021年度项目支出绩效自评结果公开</h1>",
        paragraphs_html([f"根据市财政局要求，我中心对2021年度实施的2个项目开展了绩效自评，{name_a}自评得分{tot_a}分，{name_b}自评得分{tot_b}分，自评表如下。"]),
        "<h2>一、" + esc(name_a) + "</h2>", form_a,
        "<h2>二、" + esc(name_b) + "</h2>", form_b,
        paragraphs_html([f"{unit}", "2022年4月15日"]),
        '<div class="footer">主办：天水市住房和城乡建设局　网站标识码：6205000000</div>',
    ])
    return f, "html", f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>{unit}项目支出绩效自评结果公开</title></head>\n<body>\n{body}\n</body></html>\n'


# sf03 青海 西宁, whole unit, .txt: a viewer's copy, the form continued over a page with its header repeated -------------
def sf03() -> Made:
    unit = "西宁市自然资源和规划局"
    money = ("8642.30", "9125.66", "8873.19")
    f, rt, es, tot = whole(2020, unit, money, SF03, 6)
    runhead = f"{unit}2020年度部门整体支出绩效自评报告"
    head = "\t".join(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"])
    rows = ["\t".join(c).rstrip("\t") for c in whole_rows(SF03, 6, rt, es)]
    lines = [
        runhead, "",
        "一、部门概况",
        f"{unit}负责全市自然资源调查监测、不动产登记、国土空间规划和耕地保护等工作，内设11个科室，下属不动产登记中心等3个事业单位。",
        "二、预算执行情况",
        f"2020年本部门年初预算{money[0]}万元，年中追加后全年预算{money[1]}万元，全年支出{money[2]}万元，预算执行率{rt}%。",
        "三、绩效指标完成情况",
        "部门整体支出绩效自评表",
        "（2020年度）",
        head, *rows[:6],
        "", "— 4 —", "", runhead,
        "续表", head, *rows[6:],
        "\t".join(["合计", "", "", "", "", "100", str(tot)]),
        "",
        f"四、自评结论：经自评，本部门2020年度整体支出绩效自评得分{tot}分，等级为“{WORD[f['stated_grade']]}”。",
        "", "— 5 —", "",
    ]
    return f, "txt", "\n".join(lines)


# sf07 陕西 延安, project, .md: parts, the total only as 综合得分 in a score summary (planted: two points below) ----------
def sf07() -> Made:
    unit, dept = "延安市体育运动中心", "延安市体育局"
    proj = "2018年省级以上体育赛事承办经费"
    money = ("460.00", "520.00", "507.32")
    f, rt, es, tot = project(2018, unit, dept, proj, money, SF07)
    stated = tot - 2
    f["stated_total"], f["planted"] = stated, ["TOTAL_MISMATCH"]

    def pipe(r: list[str]) -> str:
        return "| " + " | ".join(r) + " |"

    blocks = summary(SF07, ("产出指标", 10, es))
    lines = [
        f"# {proj}绩效自评报告", "", f"**报送单位：** {unit}", "", f"**主管部门：** {dept}", "", "**报送日期：** 2019年3月20日", "", "---", "",
        "## 第一部分　项目基本情况", "",
        f"{proj}用于承办全国及省级体育赛事的场地保障、竞赛组织和安保服务。项目年初预算{money[0]}万元，全年预算{money[1]}万元，全年执行{money[2]}万元，执行率{rt}%。", "",
        "## 第二部分　绩效自评表", "",
        pipe(["项目名称", proj, "", "", ""]), pipe(["---"] * 5), pipe(["主管部门", dept, "实施单位", unit, ""]), "",
        *(pipe(r) for r in money_rows(money, rt, es)[:1]), pipe(["---"] * 7),
        *(pipe(r) for r in money_rows(money, rt, es)[1:]), "",
        pipe(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]), pipe(["---"] * 8),
        *(pipe(cells(r)) for r in SF07), "",
        "## 第三部分　自评得分汇总", "",
        pipe(["一级指标", "权重", "得分"]), pipe(["---"] * 3),
        *(pipe([b, str(w), str(s)]) for b, w, s in blocks),
        pipe(["综合得分", "100", str(stated)]), pipe(["等级", WORD[f["stated_grade"]], ""]), "",
        f"综合得分{stated}分，等级为{WORD[f['stated_grade']]}。", "",
        "## 附件　佐证材料清单", "",
        pipe(["序号", "材料名称", "页数"]), pipe(["---"] * 3),
        pipe(["1", "赛事承办协议", "6"]), pipe(["2", "资金支付凭证汇总", "12"]), pipe(["3", "参赛队伍满意度调查表", "4"]), "",
    ]
    return f, "md", "\n".join(lines)


REPORTS = {
    "sf01-sn-baoji-rural-road-project-docx-note-weight-rate": sf01,
    "sf02-gs-tianshui-housing-two-projects-html": sf02,
    "sf03-qh-xining-natural-resources-whole-txt-continued-header": sf03,
    "sf07-sn-yanan-sports-events-project-md-parts-composite-score": sf07,
}
