"""Reports r32–r35, facts and builders together: 万 shorthand and ￥ amounts, an Excel sheet whose
percentages are fractions in %-formatted cells, a Word table with a two-row merged header, and a
markdown report written as bullet lists."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from redteam_docs import compact_tables, prose_docx
from redteam_factkit import budget, ind, numbered, total
from redteam_render import D, money, pct, plain

# ------------------------------------------------------------------------------ facts


def r32() -> dict[str, Any]:
    inds = numbered([
        ind("预算执行率", 10, "9.78", a=("97.82", "%")),
        ind("社区矫正人员监管率", 20, 20, ("=", "100", "%"), ("100", "%")),
        ind("城市网格事件办结率", 20, 20, ("≥", "95", "%"), ("96.4", "%")),
        ind("老旧小区改造户数", 15, 14, ("≥", "600", "户"), ("560", "户")),
        ind("消防安全隐患整改率", 15, 15, ("≥", "95", "%"), ("97", "%")),
        ind("居民满意度", 20, "19.78", ("≥", "90", "%"), ("89", "%"), sample=260),
    ])
    return {
        "kind": "整体支出", "year": 2023,
        "unit": {"name": "湘潭市雨湖区窑湾街道办事处", "staff_total": 46,
                 "staff_parts": [{"name": "行政编制", "count": 24}, {"name": "事业编制", "count": 22}]},
        "budget": budget("1380", "1465", "1433.1", "97.82",
                         [("财政拨款收入", "1420.52"), ("其他收入", "48.40")],
                         [("基本支出", "812.64"), ("项目支出", "620.46")]),
        "indicators": inds, "stated_total": total(inds), "stated_grade": "优", "planted": [],
    }


def r33() -> dict[str, Any]:
    inds = [
        ind("预算执行率", 10, "9.75", (None, "100", "%"), ("97.5", "%"), l1="过程", l2="预算执行"),
        ind("适龄儿童免疫规划疫苗接种率", 20, 20, (None, "95", "%"), ("98.2", "%"), l1="产出", l2="质量指标"),
        ind("传染病报告及时率", 15, 15, (None, "98", "%"), ("99.5", "%"), l1="产出", l2="时效指标"),
        ind("疫苗接种针次", 15, 15, ("≥", "12", "万针次"), ("12.6", "万针次"), l1="产出", l2="数量指标"),
        ind("突发公共卫生事件处置率", 15, 15, (None, "100", "%"), ("100", "%"), l1="产出", l2="质量指标"),
        ind("居民健康素养水平", 10, 10, (None, "30", "%"), ("31.2", "%"), l1="效益", l2="社会效益指标"),
        ind("群众满意度", 15, "14.67", (None, "90", "%"), ("88", "%"), l1="满意度", l2="满意度指标"),
    ]
    return {
        "kind": "整体支出", "year": 2024,
        "unit": {"name": "株洲市芦淞区疾病预防控制中心"},
        "budget": budget("650", "700", "682.5", "97.5"),
        "indicators": inds, "stated_total": total(inds), "stated_grade": "优", "planted": [],
    }


def r34() -> dict[str, Any]:
    o, e = "产出指标", "效益指标"
    inds = [
        ind("预算执行率", 10, "9.72", a=("97.24", "%")),
        ind("药品零差率销售品种覆盖率", 10, 10, ("≥", "100", "%"), ("100", "%"), l1=o, l2="数量指标"),
        ind("远程会诊例数", 10, 10, ("≥", "800", "例"), ("860", "例"), l1=o, l2="数量指标"),
        ind("院内感染发生率", 10, 10, ("≤", "3", "%"), ("2.1", "%"), l1=o, l2="质量指标"),
        ind("补助资金拨付及时率", 10, 10, ("=", "100", "%"), ("100", "%"), l1=o, l2="时效指标"),
        ind("次均住院费用增幅", 10, 8, ("≤", "5", "%"), ("6.2", "%"), l1=o, l2="成本指标",
            deviation_note="新开展介入手术，费用结构变化"),
        ind("县域内就诊率", 15, 15, ("≥", "90", "%"), ("91.5", "%"), l1=e, l2="社会效益指标"),
        ind("医疗服务能力提升", 15, 12, None, None, l1=e, l2="可持续影响指标",
            target_cell="持续提升", actual_cell="有所提升"),
        ind("患者满意度", 10, 10, ("≥", "90", "%"), ("92.3", "%"), l1="满意度指标", l2="服务对象满意度指标"),
    ]
    return {
        "kind": "项目支出", "year": 2024,
        "unit": {"name": "邵东市人民医院", "supervising_department": "邵东市卫生健康局"},
        "project": {"name": "县级公立医院综合改革补助项目", "implementing_unit": "邵东市人民医院"},
        "budget": budget("500.00", "500.00", "486.20", "97.24"),
        "indicators": inds, "stated_total": total(inds), "stated_grade": "优", "planted": [],
    }


def r35() -> dict[str, Any]:
    inds = [
        ind("预算执行率", 10, "9.54", a=("95.40", "%")),
        ind("公共文化活动场次", 20, 20, ("≥", "150", "场"), ("168", "场")),
        ind("文物安全事故", 15, 15, (None, "0", "起"), ("0", "起")),
        ind("旅游接待人次", 20, "19.51", ("≥", "1800", "万人次"), ("1756", "万人次")),
        ind("旅游投诉处理办结率", 15, 15, ("≥", "98", "%"), ("100", "%")),
        ind("群众满意度", 20, 20, ("≥", "90", "%"), ("91.2", "%"), sample=400),
    ]
    return {
        "kind": "整体支出", "year": 2023,
        "unit": {"name": "贵阳市南明区文化旅游局", "staff_total": 33},
        "budget": budget("1180.00", "1300.00", "1240.18", "95.40",
                         [("财政拨款收入", "1250.40"), ("其他收入", "36.00")],
                         [("基本支出", "620.35"), ("项目支出", "619.83")]),
        "indicators": inds, "stated_total": total(inds), "stated_grade": "优", "planted": [],
    }


FACTS = {"r32": r32, "r33": r33, "r34": r34, "r35": r35}

# ------------------------------------------------------------------------------ builders


def build_r32(f: dict[str, Any]) -> tuple[str, bytes]:
    """“万” for 万元 in the prose; the execution table in 元 with ￥ signs, tab-separated."""
    b, u = f["budget"], f["unit"]

    def w(v: Any) -> str:
        return f"{v:,.2f}万"

    def yuan(v: Any) -> str:
        return f"￥{v * 10000:,.2f}"

    lines = [f"{u['name']}{f['year']}年度整体支出绩效自评报告", "",
             "一、基本情况",
             f"街道现有在编人员{u['staff_total']}人，其中"
             + "，".join(f"{p['name']}{p['count']}人" for p in u["staff_parts"]) + "。",
             f"{f['year']}年度收入合计{w(b['income_total'])}，其中"
             + "、".join(f"{i['name']}{w(i['amount'])}" for i in b["income_items"])
             + f"；支出合计{w(b['expenditure_total'])}，其中"
             + "、".join(f"{i['name']}{w(i['amount'])}" for i in b["expenditure_items"]) + "。",
             "预算执行情况表（单位：元）",
             "项目\t年初预算\t调整预算\t实际支出\t执行率",
             f"合计\t{yuan(b['initial'])}\t{yuan(b['adjusted'])}\t{yuan(b['executed'])}\t{pct(b['stated_execution_rate'])}",
             "二、绩效指标完成情况"]
    for item in f["indicators"]:
        t, a = item.get("target"), item["actual"]
        text = f"{item['number']}、{item['name']}（{plain(item['weight'])}分）："
        if t:
            text += f"年度目标{t['comparator']}{plain(t['value'])}{t['unit']}，"
        if item.get("evidence"):
            text += f"入户调查居民{item['evidence']['sample_size']}户，"
        text += f"实际完成{plain(a['value'])}{a['unit']}，得{plain(item['stated_score'])}分。"
        lines.append(text)
    lines += ["三、自评结论", f"街道{f['year']}年度整体支出绩效自评得分{plain(f['stated_total'])}分，等级为优。", ""]
    return "r32-street-yaowan-wan.txt", "\n".join(lines).encode("utf-8")


def build_r33(f: dict[str, Any], out: Path) -> list[Path]:
    """Percentages kept as fractions in %-formatted cells (0.95 shown as 95%), as Excel users do."""
    from openpyxl import Workbook

    b = f["budget"]
    wb = Workbook()
    ws = wb.active
    ws.title = "绩效自评"
    ws.append([f"{f['unit']['name']}{f['year']}年度部门整体支出绩效自评表"])
    ws.merge_cells("A1:G1")
    ws.append(["年初预算（万元）", "调整预算（万元）", "执行数（万元）", "执行率"])
    ws.append([float(b["initial"]), float(b["adjusted"]), float(b["executed"]),
               float(b["stated_execution_rate"] / 100)])
    ws["D3"].number_format = "0.0%"
    ws.append(["一级指标", "二级指标", "三级指标", "分值", "指标值", "完成值", "得分"])
    for item in f["indicators"]:
        t, a = item["target"], item["actual"]
        row = ws.max_row + 1
        if t["unit"] == "%":
            target: Any = float(t["value"] / 100)
            actual: Any = float(a["value"] / 100)
        else:
            target = f"{t['comparator']}{plain(t['value'])}{t['unit']}"
            actual = f"{plain(a['value'])}{a['unit']}"
        ws.append([item["level1"], item["level2"], item["name"], float(item["weight"]), target, actual,
                   float(item["stated_score"])])
        if t["unit"] == "%":
            ws[f"E{row}"].number_format = "0%"
            ws[f"F{row}"].number_format = "0.0%"
    ws.append(["合计", None, None, 100, None, None, float(f["stated_total"])])
    ws.append(["自评等级", None, None, None, None, None, f["stated_grade"]])
    path = out / "r33-cdc-percent-cells.xlsx"
    wb.save(path)
    return [path]


def build_r34(f: dict[str, Any], out: Path) -> list[Path]:
    """A project table with a two-row header: 指标值 spans 年度目标 | 实际完成; single columns merged
    vertically. The execution score is only in the prose (“该项得分9.72分（分值10分）”)."""
    b, p = f["budget"], f["project"]
    e = f["indicators"][0]
    doc = prose_docx([
        f"{p['implementing_unit']}{f['year']}年度{p['name']}绩效自评报告",
        "一、项目基本情况",
        f"{p['name']}由{f['unit']['supervising_department']}主管、{p['implementing_unit']}实施。项目年初预算"
        f"{money(b['initial'])}，全年预算{money(b['adjusted'])}，全年执行{money(b['executed'])}，执行率"
        f"{pct(b['stated_execution_rate'])}，该项得分{plain(e['stated_score'])}分（分值{plain(e['weight'])}分）。",
        "二、绩效指标完成情况",
    ])
    inds = f["indicators"][1:]
    table = doc.add_table(rows=len(inds) + 3, cols=8)
    table.style = "Table Grid"
    head = ["一级指标", "二级指标", "三级指标", "指标值", None, "分值", "得分", "偏差原因"]
    for c, text in enumerate(head):
        if text and c != 3:
            table.cell(0, c).merge(table.cell(1, c)).text = text
    table.cell(0, 3).merge(table.cell(0, 4)).text = "指标值"
    table.cell(1, 3).text = "年度目标"
    table.cell(1, 4).text = "实际完成"
    for r, item in enumerate(inds, start=2):
        t = item.get("target")
        target = f"{t['comparator']}{plain(t['value'])}{t['unit']}" if t else item["target_cell"]
        actual = f"{plain(item['actual']['value'])}{item['actual']['unit']}" if item.get("actual") \
            else item["actual_cell"]
        for c, text in enumerate([item["level1"], item["level2"], item["name"], target, actual,
                                  plain(item["weight"]), plain(item["stated_score"]), item.get("deviation_note", "")]):
            table.cell(r, c).text = text
    for col, key in ((0, "level1"), (1, "level2")):
        start = 2
        for r in range(3, len(inds) + 3):
            if r == len(inds) + 2 or inds[r - 2][key] != inds[start - 2][key]:
                if r - 1 > start:
                    table.cell(start, col).merge(table.cell(r - 1, col)).text = inds[start - 2][key]
                start = r
    last = len(inds) + 2
    table.cell(last, 0).merge(table.cell(last, 4)).text = "总分（含预算执行率10分）"
    table.cell(last, 5).text = "100"
    table.cell(last, 6).text = plain(f["stated_total"])
    doc.add_paragraph(f"三、自评结论：项目自评得分{plain(f['stated_total'])}分，评价等级为优。")
    compact_tables(doc)
    path = out / "r34-hospital-reform-twoheader.docx"
    doc.save(path)
    return [path]


def build_r35(f: dict[str, Any]) -> tuple[str, bytes]:
    """Markdown with bullet lists: “- 编制人数：35人”, “- **名称**（10分）：…得X分；”, and the result in
    bold with an ideographic space: “**综合得分：99.05分　评价等级：优**”."""
    b, u = f["budget"], f["unit"]
    lines = [f"# {u['name']}{f['year']}年度部门整体支出绩效自评报告", "",
             "## 一、部门概况", "",
             "- 编制人数：35人", f"- 实有人数：{u['staff_total']}人",
             "- 内设机构：办公室、文化科、旅游科、市场管理科", "",
             "## 二、收支情况", "",
             f"- 收入合计：{money(b['income_total'])}，其中"
             + "，".join(f"{i['name']}{money(i['amount'])}" for i in b["income_items"]) + "；",
             f"- 支出合计：{money(b['expenditure_total'])}，其中"
             + "，".join(f"{i['name']}{money(i['amount'])}" for i in b["expenditure_items"]) + "；",
             f"- 年初预算{money(b['initial'])}，调整预算{money(b['adjusted'])}，执行{money(b['executed'])}，"
             f"执行率{pct(b['stated_execution_rate'])}。", "",
             "## 三、绩效指标完成情况", ""]
    for i, item in enumerate(f["indicators"]):
        t, a = item.get("target"), item["actual"]
        text = f"- **{item['name']}**（{plain(item['weight'])}分）："
        if t:
            text += f"目标{t.get('comparator', '')}{plain(t['value'])}{t['unit']}，"
        if item.get("evidence"):
            text += f"抽样调查{item['evidence']['sample_size']}人，满意度{plain(a['value'])}{a['unit']}，"
        else:
            text += f"实际{plain(a['value'])}{a['unit']}，"
        text += f"得{plain(item['stated_score'])}分" + ("。" if i == len(f["indicators"]) - 1 else "；")
        lines.append(text)
    lines += ["", "## 四、自评结论", "",
              f"**综合得分：{plain(f['stated_total'])}分\u3000评价等级：优**", ""]
    return "r35-culture-tourism-bullets.md", "\n".join(lines).encode("utf-8")


TEXT = {"r32": build_r32, "r35": build_r35}
FILES = {"r33": build_r33, "r34": build_r34}
assert total(r32()["indicators"]) == D("98.56")
