"""Builders of the red-team reports handed in as Word, PDF (from Word) and Excel: each writes its file(s)
into the given folder and returns their paths."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from redteam_docs import (
    chongqing_docx_table,
    chongqing_sheet,
    compact_tables,
    prose_docx,
    sichuan_docx_table,
    yueyang_form,
)
from redteam_prose import concl, execution_sentence, staff, two_line_title, whole_unit_text
from redteam_render import docx_project_table, money, pct, plain, xlsx_project_sheet


def project_prose(f: dict[str, Any], grade_word: str) -> list[str]:
    b, p = f["budget"], f["project"]
    carry = f"（含上年结转{money(b['carry_over'])}）" if b.get("carry_over") else ""
    return [
        f"{p['implementing_unit']}{f['year']}年度{p['name']}绩效自评报告",
        "一、项目基本情况",
        f"{p['name']}由{f['unit']['supervising_department']}主管，{p['implementing_unit']}负责实施。"
        f"项目年初预算{money(b['initial'])}，全年预算{money(b['adjusted'])}{carry}，"
        f"全年执行{money(b['executed'])}，预算执行率{pct(b['stated_execution_rate'])}。",
        "二、绩效目标完成情况",
        f"年度总体目标：{p['goal_expected']}。实际完成：{p['goal_actual']}。各项指标完成情况详见附表。",
        "三、自评结论",
        f"经自评，项目综合得分{plain(f['stated_total'])}分，等级为{grade_word}。",
        "四、存在的问题及改进措施",
        "部分指标未达预期，主要原因见附表偏差原因分析。下一步将加强项目进度管理和资金监管。",
        "附表：项目支出绩效自评表",
    ]


def build_r31(f: dict[str, Any], out: Path) -> list[Path]:
    """Guangdong-style prose: “指标一：名称（权重：10）”, “正向指标/反向指标”, “自评分：X”."""
    b, u = f["budget"], f["unit"]
    inc = "，".join(f"{i['name']}{money(i['amount'])}" for i in b["income_items"])
    exp = "，".join(f"{i['name']}{money(i['amount'])}" for i in b["expenditure_items"])
    lines = [u["name"], f"{f['year']}年度部门整体支出绩效自评报告",
             "一、部门基本情况",
             f"本局核定行政编制112名，实有在编人员{u['staff_total']}人。",
             f"{f['year']}年度收入合计{money(b['income_total'])}，其中{inc}；支出合计{money(b['expenditure_total'])}，其中{exp}。"
             f"年初预算{money(b['initial'])}，调整预算{money(b['adjusted'])}，执行{money(b['executed'])}，"
             f"预算执行率{pct(b['stated_execution_rate'])}。",
             "二、绩效目标实现情况"]
    cn_ord = "一二三四五六七八九十"
    for item in f["indicators"]:
        t, a = item.get("target"), item["actual"]
        text = f"指标{cn_ord[item['number'] - 1]}：{item['name']}（权重：{plain(item['weight'])}）。"
        if t:
            kind = "反向指标" if t["comparator"] == "≤" else "正向指标"
            text += f"{kind}，目标值{t['comparator']}{plain(t['value'])}{t['unit']}，"
        if item.get("evidence"):
            text += f"调查企业{item['evidence']['sample_size']}家，"
        text += f"实际{plain(a['value'])}{a['unit']}，自评分：{plain(item['stated_score'])}。"
        lines.append(text)
    lines += ["三、自评结论",
              f"本局{f['year']}年度部门整体支出绩效自评总分{plain(f['stated_total'])}分，自评等级为优秀。"]
    doc = prose_docx(lines)
    path = out / "r31-market-regulation.docx"
    doc.save(path)
    return [path]


def build_r06(f: dict[str, Any], out: Path) -> list[Path]:
    doc = prose_docx(project_prose(f, "良"))
    docx_project_table(doc, f)
    compact_tables(doc)
    path = out / "r06-water-project.docx"
    doc.save(path)
    return [path]


def build_r07(f: dict[str, Any], out: Path) -> list[Path]:
    doc = prose_docx(project_prose(f, "“中”"))
    docx_project_table(doc, f)
    compact_tables(doc)
    path = out / "r07-street-cleaning.docx"
    doc.save(path)
    return [path]


def build_r08(f: dict[str, Any], out: Path) -> list[Path]:
    st = {"title": two_line_title("部门整体支出"), "h1": "一、", "h2": "（一）", "h3": "①", "weight": "权重%",
          "score": "自评得分", "staff": staff("本馆编制15人，实有{total}人"),
          "execution": execution_sentence(("年初部门预算", "调整预算", "决算支出", "预算执行率为")),
          "conclusion": concl("{year}年度本馆部门整体支出绩效自评总得分{t}分，评价结果为优。")}
    doc = prose_docx(whole_unit_text(f, st).splitlines())
    path = out / "r08-archives.docx"
    doc.save(path)
    return [path]


def build_r09(f: dict[str, Any], out: Path) -> list[Path]:
    st = {"title": two_line_title("部门整体支出"), "h1": "一、", "h2": "（一）", "h3": "1.", "weight": "分",
          "score": "该指标", "scores_in_prose": False,
          "staff": lambda f: f"本馆核定事业编制32名，实有在职人员{f['unit']['staff_total']}人。",
          "execution": execution_sentence(("年初预算数", "全年（调整）预算数", "全年执行数", "执行率")),
          "conclusion": concl("各项指标得分详见附表，自评总分{t}分，等级为优秀。")}
    doc = prose_docx(whole_unit_text(f, st).splitlines())
    chongqing_docx_table(doc, f, "重庆市江北区文化和旅游发展委员会")
    compact_tables(doc)
    path = out / "r09-library.docx"
    doc.save(path)
    return [path]


def build_r15(f: dict[str, Any], out: Path) -> list[Path]:
    doc = prose_docx([])
    sichuan_docx_table(doc, f, "项目自评总分{t}分，自评等级为合格。岗位开发和补贴发放未达预期。")
    compact_tables(doc)
    path = out / "r15-sichuan-posts.docx"
    doc.save(path)
    return [path]


def build_r16(f: dict[str, Any], out: Path) -> list[Path]:
    st = {"title": lambda f: [f"{f['unit']['name']}", f"{f['year']}年度部门整体支出绩效自评报告"],
          "h1": "第一部分", "h2": "一、", "h3": "1.", "weight": "半角", "score": "得分为",
          "staff": staff("核定事业编制28名，在职在编人员{total}人"),
          "execution": execution_sentence(("年初预算数", "全年预算数", "全年执行数", "预算执行率")),
          "conclusion": concl("自评综合得分为{t}分，评定等级为“优”。")}
    doc = prose_docx(whole_unit_text(f, st).splitlines(), page_footer=True)
    path = out / "r16-affairs-center.docx"
    doc.save(path)
    return [path]


def build_r18(f: dict[str, Any], out: Path) -> list[Path]:
    doc = prose_docx(project_prose(f, "优"))
    docx_project_table(doc, f)
    compact_tables(doc)
    path = out / "r18-chizhou-entrusted.docx"
    doc.save(path)
    return [path]


def build_r19(f: dict[str, Any], out: Path) -> list[Path]:
    doc = prose_docx([])
    yueyang_form(doc, f)
    compact_tables(doc)
    path = out / "r19-yueyang-lighting.docx"
    doc.save(path)
    return [path]


def build_r20(f: dict[str, Any], out: Path) -> list[Path]:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    xlsx_project_sheet(ws, f, "万元")
    ws.cell(1, 1).value = f"稷山县项目支出绩效自评表（{f['year']}年度）"
    path = out / "r20-public-health.xlsx"
    wb.save(path)
    return [path]


def build_r22(f: dict[str, Any], out: Path) -> list[Path]:
    """A workbook with a cover sheet first and the score table on the second sheet; money in 元,
    weights in a 权重(%) column, a 扣分原因 column, the grade in a last row."""
    from openpyxl import Workbook

    wb = Workbook()
    cover = wb.active
    cover.title = "封面"
    cover.append([f"{f['unit']['name']}{f['year']}年度部门整体支出绩效自评表"])
    cover.append([f"填报单位：{f['unit']['name']}"])
    cover.append([f"填报日期：{f['year'] + 1}年3月"])
    ws = wb.create_sheet("自评表")
    b = f["budget"]
    ws.append(["预算执行情况（元）", None, "年初预算数", "调整预算数", "执行数", "执行率"])
    ws.merge_cells("A1:B1")
    ws.append([None, None, float(b["initial"] * 10000), float(b["adjusted"] * 10000),
               float(b["executed"] * 10000), pct(b["stated_execution_rate"])])
    ws.append(["序号", "一级指标", "二级指标", "三级指标", "权重(%)", "目标值", "实际值", "自评得分", "扣分原因"])
    for item in f["indicators"]:
        t, a = item["target"], item["actual"]
        ws.append([item["number"], item["level1"], item["level2"], item["name"], float(item["weight"]),
                   f"{t['comparator']}{plain(t['value'])}{t['unit']}", f"{plain(a['value'])}{a['unit']}",
                   float(item["stated_score"]), item.get("deviation_note", "")])
    ws.append(["合计", None, None, None, float(sum(i["weight"] for i in f["indicators"])), None, None,
               float(f["stated_total"])])
    ws.append(["自评等级", None, None, None, "优秀"])
    path = out / "r22-education-bureau.xlsx"
    wb.save(path)
    return [path]


def build_r24(f: dict[str, Any], out: Path) -> list[Path]:
    """Word with automatic list numbering on the indicator headings (the “1.” is not in the text,
    only in the numbering definition) and a soft line break inside one indicator's sentence."""
    from docx import Document

    b, u = f["budget"], f["unit"]
    doc = Document()
    for text in (u["name"], f"{f['year']}年度部门整体支出绩效自评报告"):
        doc.add_paragraph(text).alignment = 1
    body = [
        "一、部门基本情况",
        f"本局核定行政编制30名，实有在职人员{u['staff_total']}人。",
        f"{f['year']}年度收入合计{money(b['income_total'])}，其中财政拨款收入{money(b['income_items'][0]['amount'])}；"
        f"支出合计{money(b['expenditure_total'])}，其中基本支出{money(b['expenditure_items'][0]['amount'])}，"
        f"项目支出{money(b['expenditure_items'][1]['amount'])}。年初预算{money(b['initial'])}，"
        f"全年预算{money(b['adjusted'])}，全年执行{money(b['executed'])}，预算执行率{pct(b['stated_execution_rate'])}。",
        "二、绩效指标完成情况",
    ]
    for text in body:
        doc.add_paragraph(text)
    for item in f["indicators"]:
        doc.add_paragraph(f"{item['name']}（{plain(item['weight'])}分）", style="List Number")
        para = doc.add_paragraph()
        t = item.get("target")
        first = f"年度指标值为{t['comparator']}{plain(t['value'])}{t['unit']}，" \
            if item.get("target") else ""
        if item.get("evidence"):
            first += f"调查数据使用部门人员{item['evidence']['sample_size']}人，"
        run = para.add_run(first)
        if first:
            run.add_break()
        para.add_run(f"实际完成{plain(item['actual']['value'])}{item['actual']['unit']}，"
                     f"得分{plain(item['stated_score'])}分。")
    doc.add_paragraph("三、自评结论")
    doc.add_paragraph(f"综合得分{plain(f['stated_total'])}分，评价等级为“优”。")
    path = out / "r24-stats-bureau-autonum.docx"
    doc.save(path)
    return [path]


def build_r25(f: dict[str, Any], out: Path) -> list[Path]:
    """Excel with formulas (执行率 = 执行数/调整预算 as a 0.00% cell, 完成率, 得分 = ROUND(MIN(1,完成率)*分值,2),
    总分 = SUM, 等级 = IF): written with openpyxl, then recalculated and saved by LibreOffice so the
    file carries cached values, as every file saved by Excel does."""
    from openpyxl import Workbook

    b = f["budget"]
    wb = Workbook()
    ws = wb.active
    ws.title = "整体支出绩效自评表"
    ws.append([f"{f['unit']['name']}{f['year']}年度部门整体支出绩效自评表"])
    ws.merge_cells("A1:I1")
    ws.append(["年初预算（万元）", "调整预算（万元）", "执行数（万元）", "预算执行率"])
    ws.append([float(b["initial"]), float(b["adjusted"]), float(b["executed"]), "=C3/B3"])
    ws["D3"].number_format = "0.00%"
    ws.append(["一级指标", "二级指标", "三级指标", "分值", "计量单位", "指标值", "完成值", "完成率", "得分"])
    first = ws.max_row + 1
    for item in f["indicators"]:
        r = ws.max_row + 1
        ws.append([item["level1"], item["level2"], item["name"], float(item["weight"]), item["target"]["unit"],
                   float(item["target"]["value"]), float(item["actual"]["value"]), f"=G{r}/F{r}",
                   f"=ROUND(MIN(1,H{r})*D{r},2)"])
        ws[f"H{r}"].number_format = "0.00%"
    last = ws.max_row
    ws.append(["总分", None, None, f"=SUM(D{first}:D{last})", None, None, None, None, f"=SUM(I{first}:I{last})"])
    total_row = ws.max_row
    ws.append(["评价等级", None, None, None, None, None, None, None,
               f'=IF(I{total_row}>=90,"优",IF(I{total_row}>=80,"良",IF(I{total_row}>=60,"中","差")))'])
    src = out / "sources"
    src.mkdir(exist_ok=True)
    raw = src / "r25-river-formulas.xlsx"
    wb.save(raw)
    return [raw]


def build_r27(f: dict[str, Any], out: Path) -> list[Path]:
    """A school report whose score table writes units into the cells (“10分”, “9.53分”), full-width
    percent signs (“≥95％”) and headers “分值（分）/得分（分）”; handed in as PDF."""
    from docx import Document

    b, u = f["budget"], f["unit"]
    doc = Document()
    for text in (u["name"], f"{f['year']}年度整体支出绩效自评报告"):
        doc.add_paragraph(text).alignment = 1
    staff_text = "，".join(f"{p['name']}{p['count']}人" for p in u["staff_parts"])
    for text in ["一、基本情况",
                 f"学校核定编制126名，在职教职工{u['staff_total']}人，其中{staff_text}。",
                 f"{f['year']}年度学校收入合计{money(b['income_total'])}，其中一般公共预算财政拨款收入"
                 f"{money(b['income_items'][0]['amount'])}，其他收入{money(b['income_items'][1]['amount'])}；支出合计"
                 f"{money(b['expenditure_total'])}，其中基本支出{money(b['expenditure_items'][0]['amount'])}，项目支出"
                 f"{money(b['expenditure_items'][1]['amount'])}。年初预算{money(b['initial'])}，全年预算"
                 f"{money(b['adjusted'])}，全年执行{money(b['executed'])}，预算执行率{pct(b['stated_execution_rate'])}。",
                 "二、绩效指标完成情况", "各项指标完成情况及得分见下表。"]:
        doc.add_paragraph(text)
    inds = f["indicators"]
    table = doc.add_table(rows=len(inds) + 2, cols=6)
    table.style = "Table Grid"
    for c, text in enumerate(["序号", "指标名称", "分值（分）", "年度目标", "完成情况", "得分（分）"]):
        table.cell(0, c).text = text
    for r, item in enumerate(inds, start=1):
        t = item.get("target")
        target = f"{t['comparator']}{plain(t['value'])}{t['unit']}".replace("%", "％") if t else "—"
        actual = f"{plain(item['actual']['value'])}{item['actual']['unit']}".replace("%", "％")
        for c, text in enumerate([str(item["number"]), item["name"], f"{plain(item['weight'])}分", target, actual,
                                  f"{plain(item['stated_score'])}分"]):
            table.cell(r, c).text = text
    last = len(inds) + 1
    table.cell(last, 0).merge(table.cell(last, 1)).text = "合计"
    table.cell(last, 2).text = "100分"
    table.cell(last, 5).text = f"{plain(f['stated_total'])}分"
    doc.add_paragraph("三、自评结论")
    doc.add_paragraph(f"学校{f['year']}年度整体支出绩效自评得分{plain(f['stated_total'])}分，自评等级：优。")
    compact_tables(doc)
    path = out / "r27-school-baisha.docx"
    doc.save(path)
    return [path]


def build_r28(f: dict[str, Any], out: Path) -> list[Path]:
    """A long project table that breaks across a page in the PDF (the 产出指标 cell is split)."""
    p = f["project"]
    background = [
        "一、项目概况",
        f"{p['name']}是落实藏粮于地、藏粮于技战略的重要举措。项目涉及全县8个乡镇42个村，"
        "建设内容包括土地平整、土壤改良、灌溉与排水、田间道路、农田防护与生态环境保持等。",
        "二、项目实施情况",
        "项目于2024年3月开工，县农业农村局成立项目建设领导小组，实行项目法人制、招投标制、工程监理制、"
        "合同管理制和公示制。施工过程中严格执行工程质量管理规定，监理单位全程旁站监理，"
        "县农业农村局组织技术人员定期开展质量巡查，发现问题及时督促整改。",
        "项目资金实行县级报账制管理，专账核算、专款专用，按工程进度拨付资金，严格执行政府采购和资金支付规定。",
        "（一）资金到位情况",
        "项目总投资10,500.00万元，其中中央财政资金7,000.00万元，省级财政资金2,100.00万元，县级配套1,400.00万元，"
        "资金全部按计划到位。",
        "（二）资金使用情况",
        "截至2024年12月31日，项目累计支出9,870.00万元，主要用于土地平整、灌排工程和田间道路建设，"
        "剩余资金为工程质保金和尚未结算的工程尾款。",
        "（三）项目管理情况",
        "项目严格执行基本建设程序，完成初步设计批复、招标投标、合同签订、开工报告等程序，"
        "建立了项目档案，实行一项目一档案管理。",
        "（四）绩效目标完成情况",
        "项目建成后，项目区灌溉保证率、排涝标准和田间道路通达度明显提高，耕地质量等级平均提升0.5个等级，"
        "粮食综合生产能力进一步增强。",
        "四、存在的问题",
        "一是部分渠道因线路调整未达设计长度；二是汛期施工受阻，个别标段未按期完工；"
        "三是节水灌溉设施推广不够，节水灌溉率提高幅度未达目标。",
        "五、改进措施",
        "加强项目前期勘察设计，合理安排施工工期，强化后期管护，落实管护主体和管护经费。",
    ]
    doc = prose_docx([f"{p['implementing_unit']}{f['year']}年度{p['name']}绩效自评报告", *background,
                      "三、自评结论",
                      f"经自评，项目综合得分{plain(f['stated_total'])}分，等级为优。",
                      "附：项目支出绩效自评表"])
    docx_project_table(doc, f)
    compact_tables(doc)
    path = out / "r28-farmland-longtable.docx"
    doc.save(path)
    return [path]


def build_r10(f: dict[str, Any], out: Path) -> list[Path]:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "项目自评表"
    f = dict(f, table_grade_cell="差")
    xlsx_project_sheet(ws, f, "元")
    path = out / "r10-farmer-training.xlsx"
    wb.save(path)
    return [path]


def build_r11(f: dict[str, Any], out: Path) -> list[Path]:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "部门整体绩效自评表"
    chongqing_sheet(ws, f)
    path = out / "r11-veterans-bureau.xlsx"
    wb.save(path)
    return [path]


FILE_BUILDERS = {
    "r06": build_r06,
    "r07": build_r07,
    "r08": build_r08,
    "r09": build_r09,
    "r10": build_r10,
    "r11": build_r11,
    "r15": build_r15,
    "r16": build_r16,
    "r18": build_r18,
    "r19": build_r19,
    "r20": build_r20,
    "r22": build_r22,
    "r24": build_r24,
    "r25": build_r25,
    "r27": build_r27,
    "r28": build_r28,
    "r31": build_r31,
}
