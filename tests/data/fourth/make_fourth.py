# ruff: noqa: E501  (long Chinese report sentences are kept on one line to stay readable)
"""Build the fourth evaluation set: reports in styles the redteam/holdout/fresh sets did not use.

Run: .venv/bin/python tests/data/fourth/make_fourth.py [--no-pdf]
Deterministic: no randomness; txt/md/yaml outputs are byte-identical between runs.
Each report's facts are defined once here; the document text and NAME.expected.yaml come from them.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
D = Decimal


def r2(x: Decimal) -> Decimal:
    return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)


def s(x: Any) -> str:
    v = D(str(x))
    v = v.normalize() if v == v.to_integral_value() else v
    return format(v.quantize(D(1)) if v == v.to_integral_value() else v, "f")


def grade_of(t: Decimal) -> str:
    return "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"


GRADE_WORD = {"优": "优秀", "良": "良好", "中": "中", "差": "差"}


# (name, weight, comparator, target value or text, unit, actual value or text, score, level1, level2)
WHOLE_POOL = [
    ("预算执行率", 10, "≥", 95, "%", None, None, "产出指标", "时效指标"),
    ("道路维修里程", 15, "≥", 10, "公里", 12, 15, "产出指标", "数量指标"),
    ("垃圾清运量", 15, "≥", 3600, "吨", 3420, 13.5, "产出指标", "数量指标"),
    ("项目验收合格率", 15, "=", 100, "%", 100, 15, "产出指标", "质量指标"),
    ("民生实事办结时间", 10, "≤", 30, "天", 28, 10, "产出指标", "时效指标"),
    ("辖区环境整体改善", 10, "", "明显改善", "", "基本实现", 8, "效益指标", "社会效益指标"),
    ("群众投诉办结率", 10, "≥", 90, "%", 87.5, 9.2, "效益指标", "社会效益指标"),
    ("服务对象满意度", 15, "≥", 90, "%", 92.3, 15, "满意度指标", "服务对象满意度指标"),
]

FRAME_2013 = [  # 2013 whole-unit framework: (l1, l2, name, weight, cmp, tgt, unit, act, score, 评分标准)
    ("投入", "目标设定", "绩效目标合理性", 8, "", "合理", "", "合理", 8, "目标符合职责得8分，否则酌情扣分"),
    ("投入", "预算配置", "在职人员控制率", 5, "≤", 100, "%", 96.3, 5, "≤100%得满分，每超1%扣0.5分"),
    ("投入", "预算配置", "“三公经费”变动率", 5, "≤", 0, "%", -4.6, 5, "≤0得满分，>0按比例扣分"),
    ("过程", "预算执行", "预算执行率", 12, "≥", 95, "%", None, None, "执行率×分值"),
    ("过程", "预算执行", "结转结余率", 5, "≤", 5, "%", 3.8, 5, "≤5%得满分"),
    ("过程", "预算执行", "公用经费控制率", 5, "≤", 100, "%", 98.7, 5, "≤100%得满分"),
    ("过程", "预算管理", "政府采购执行率", 5, "=", 100, "%", 92, 4, "每低于100%一个百分点扣0.125分"),
    ("过程", "资产管理", "固定资产利用率", 5, "≥", 90, "%", 94.1, 5, "≥90%得满分"),
    ("产出", "职责履行", "重点工作完成率", 20, "=", 100, "%", 95, 19, "按完成比例得分"),
    ("效果", "履职效益", "社会效益", 15, "", "显著", "", "较显著", 13, "酌情打分"),
    ("效果", "履职效益", "服务对象满意度", 15, "≥", 90, "%", 88, 14, "每低1个百分点扣0.5分"),
]


def make_inds(pool: list[tuple[Any, ...]], rate: Decimal, levels: bool = True,
              numbered: bool = True) -> list[dict[str, Any]]:
    out = []
    for i, p in enumerate(pool, 1):
        name, w, cmp_, tv, unit, av, sc, l1, l2 = p
        if name == "预算执行率":
            av, sc = rate, r2(D(w) * rate / 100) if rate < 100 else D(w)
        ind: dict[str, Any] = {}
        if numbered:
            ind["number"] = i
        ind["name"] = name
        if levels:
            ind["level1"], ind["level2"] = l1, l2
        ind["weight"] = D(w)
        if cmp_:
            ind["target"] = {"comparator": cmp_, "value": D(str(tv)), "unit": unit}
            ind["actual"] = {"value": D(str(av)), "unit": unit}
        else:
            ind["target"] = {"text": tv}
            ind["actual"] = {"text": av}
        ind["stated_score"] = D(str(sc))
        out.append(ind)
    return out


def frame_inds(rate: Decimal) -> list[dict[str, Any]]:
    pool = [(n, w, c, t, u, a, sc, l1, l2) for l1, l2, n, w, c, t, u, a, sc, _ in FRAME_2013]
    return make_inds(pool, rate, numbered=False)


def tgt(ind: dict[str, Any]) -> str:
    t = ind["target"]
    return t["text"] if "text" in t else f"{t['comparator']}{s(t['value'])}{t['unit']}"


def act(ind: dict[str, Any]) -> str:
    a = ind["actual"]
    return a["text"] if "text" in a else f"{s(a['value'])}{a['unit']}"


def budget(init: str, adj: str, ex: str) -> dict[str, Any]:
    b = {"initial": D(init), "adjusted": D(adj), "executed": D(ex)}
    b["stated_execution_rate"] = r2(b["executed"] / b["adjusted"] * 100)
    return b


def total_of(inds: list[dict[str, Any]]) -> Decimal:
    return r2(sum((i["stated_score"] for i in inds), D(0)))


def finish(f: dict[str, Any]) -> dict[str, Any]:
    if "stated_total" not in f:
        f["stated_total"] = total_of(f["indicators"])
    f.setdefault("stated_grade", grade_of(f["stated_total"]))
    f.setdefault("planted", [])
    return f


def plain(x: Any) -> Any:
    if isinstance(x, dict):
        return {k: plain(v) for k, v in x.items()}
    if isinstance(x, list):
        return [plain(v) for v in x]
    if isinstance(x, Decimal):
        v = x.normalize()
        return int(v) if v == v.to_integral_value() else float(v)
    return x


# ---------------------------------------------------------------- writers
def write_docx(blocks: list[Any], path: Path, landscape: bool = False) -> None:
    """blocks: str (paragraph), ("H1"|"H2", text) (built-in heading style), list of rows (table)."""
    import datetime

    import docx
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm

    doc = docx.Document()
    if landscape:
        sec = doc.sections[0]
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
        sec.header.paragraphs[0].text = "附件2  部门整体支出绩效自评表"
    for b in blocks:
        if isinstance(b, str):
            doc.add_paragraph(b)
        elif isinstance(b, tuple):
            doc.add_heading(b[1], level=1 if b[0] == "H1" else 2)
        else:
            t = doc.add_table(rows=len(b), cols=max(len(r) for r in b))
            t.style = "Table Grid"
            for i, r in enumerate(b):
                for j, c in enumerate(r):
                    t.cell(i, j).text = str(c)
    doc.core_properties.created = datetime.datetime(2025, 3, 1)
    doc.save(str(path))


def write_pdf(blocks: list[Any], path: Path, landscape: bool = False) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / (path.stem + ".docx")
        write_docx(blocks, src, landscape=landscape)
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, str(src)],
                       check=True, capture_output=True, timeout=120)
        shutil.copy(Path(tmp) / (path.stem + ".pdf"), path)


def write_xlsx(sheets: dict[str, list[list[Any]]], path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for r in rows:
            ws.append(r)
        for row in ws.iter_rows():
            for cell in row:  # "=100%" is a target text, not a formula
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    cell.data_type = "s"
    wb.properties.created = __import__("datetime").datetime(2025, 3, 1)
    wb.save(str(path))


# ---------------------------------------------------------------- reports
def whole(unit: str, b: dict[str, Any], inds: list[dict[str, Any]], **kw: Any) -> dict[str, Any]:
    f: dict[str, Any] = {"kind": "整体支出", "year": 2024, "unit": {"name": unit}, "budget": b, "indicators": inds}
    f.update(kw)
    return f


def std_budget_line(b: dict[str, Any]) -> str:
    return (f"2024年年初预算{s(b['initial'])}万元，调整后预算{s(b['adjusted'])}万元，全年实际支出"
            f"{s(b['executed'])}万元，预算执行率为{s(b['stated_execution_rate'])}%。")


def r01() -> tuple[dict[str, Any], str, Any]:
    unit = "上海市黄浦区外滩街道办事处"
    b = budget("3120.5", "3288.4", "3175.62")
    inds = frame_inds(b["stated_execution_rate"])
    f = finish(whole(unit, b, inds))
    head = "一级指标\t二级指标\t三级指标\t分值\t评分标准\t指标值\t实际完成值\t得分"
    rows = [head]
    for ind, fr in zip(inds, FRAME_2013, strict=True):
        rows.append("\t".join([ind["level1"], ind["level2"], ind["name"], s(ind["weight"]), fr[9],
                               tgt(ind), act(ind), s(ind["stated_score"])]))
    rows.append(f"合计\t\t\t100\t\t\t\t{s(f['stated_total'])}")
    text = "\n".join([
        f"{unit}2024年度部门整体支出绩效自评报告", "一、部门概况", f"{unit}是区政府派出机构。",
        "二、部门整体支出情况", std_budget_line(b),
        "三、绩效自评情况", "按照《预算绩效管理工作考核办法》（2013）部门整体支出评价指标体系，自评打分如下：",
        *rows,
        "四、评价结论", f"综合得分{s(f['stated_total'])}分，评价等级为{GRADE_WORD[f['stated_grade']]}。",
    ]) + "\n"
    return f, "txt", text


def r02() -> tuple[dict[str, Any], str, Any]:
    unit = "北京市朝阳区环境卫生服务中心"
    b = budget("5210", "5480.6", "5322.18")
    inds = make_inds(WHOLE_POOL, b["stated_execution_rate"], levels=False)
    f = whole(unit, b, inds)
    f["stated_total"] = total_of(inds) + D("3")
    f["stated_grade"] = grade_of(f["stated_total"])
    f["planted"] = ["TOTAL_MISMATCH"]
    finish(f)
    table = ["| 序号 | 指标名称 | 分值 | 目标值 | 完成值 | 自评得分 |", "|---|---|---|---|---|---|"]
    table += [f"| {i['number']} | {i['name']} | {s(i['weight'])} | {tgt(i)} | {act(i)} | {s(i['stated_score'])} |"
              for i in inds]
    table.append(f"| | 总分 | 100 | | | {s(f['stated_total'])} |")
    text = "\n".join([
        f"{unit}2024年度部门整体支出绩效自评报告", "",
        "附：绩效自评得分表（先列结果，后附说明）", *table, "",
        "一、基本情况", f"{unit}主要负责区内道路清扫保洁和垃圾收运。",
        "二、预算执行情况", std_budget_line(b),
        "三、自评结论", f"经自评，总分{s(f['stated_total'])}分，等级为{GRADE_WORD[f['stated_grade']]}。",
        "四、问题及建议", "部分指标目标值偏保守。",
    ]) + "\n"
    return f, "md", text


def r03() -> tuple[dict[str, Any], str, Any]:
    unit = "天津市河西区市政工程管理所"
    b = budget("1860", "1935.2", "1890.35")
    inds = make_inds(WHOLE_POOL, b["stated_execution_rate"], numbered=False)
    f = finish(whole(unit, b, inds))
    paras: list[str] = []
    groups: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for i in inds:
        groups.setdefault((i["level1"], i["level2"]), []).append(i)
    cn = "一二三四五六"  # （一） for the first 一级指标
    l1_seen: list[str] = []
    n2 = 0
    for (l1, l2), items in groups.items():
        if l1 not in l1_seen:
            l1_seen.append(l1)
            paras.append(f"（{cn[len(l1_seen) - 1]}）{l1}完成情况")
            n2 = 0
        n2 += 1
        parts = []
        for i in items:
            if "text" in i["target"]:
                parts.append(f"{i['name']}（{s(i['weight'])}分），目标为{tgt(i)}，实际{act(i)}，得{s(i['stated_score'])}分")
            else:
                parts.append(f"{i['name']}（{s(i['weight'])}分）完成{act(i)}（目标{tgt(i)}），得{s(i['stated_score'])}分")
        paras.append(f"{n2}.{l2}：" + "；".join(parts) + "。")
    text = "\n".join([
        f"{unit}2024年度部门整体支出绩效自评报告", "一、基本情况", f"{unit}负责市政道路桥梁养护。",
        std_budget_line(b), "二、绩效指标完成情况", *paras,
        "三、自评结论", f"本单位整体支出绩效自评得分{s(f['stated_total'])}分，评价等级为“{f['stated_grade']}”。",
    ]) + "\n"
    return f, "txt", text


def r04() -> tuple[dict[str, Any], str, Any]:
    unit = "重庆市渝中区文化旅游委员会"
    b = budget("2680", "2755", "2601.72")
    inds = make_inds(WHOLE_POOL, b["stated_execution_rate"], levels=False)
    for i in inds:  # the document states deductions, not scores
        i["stated_deduction"] = i["weight"] - i.pop("stated_score")
    f = whole(unit, b, inds)
    f["stated_total"] = r2(100 - sum((i["stated_deduction"] for i in inds), D(0)))
    finish(f)
    lines = []
    for i in inds:
        ded = i["stated_deduction"]
        why = "不扣分。" if ded == 0 else f"扣{s(ded)}分，原因：实际完成{act(i)}，未达到目标{tgt(i)}。"
        lines.append(f"{i['number']}.{i['name']}（分值{s(i['weight'])}分）：目标值{tgt(i)}，完成值{act(i)}，{why}")
    text = "\n".join([
        f"{unit}2024年度部门整体支出绩效自评报告", "一、部门基本情况", "负责全区文化旅游工作。",
        "二、预算执行情况", std_budget_line(b), "三、绩效指标完成情况（采用扣分制）", *lines,
        "四、自评结论", f"满分100分，自评得分{s(f['stated_total'])}分，自评等级为{GRADE_WORD[f['stated_grade']]}。",
    ]) + "\n"
    return f, "txt", text


def r05() -> tuple[dict[str, Any], str, Any]:
    unit = "广州市越秀区人力资源和社会保障局"
    b = budget("4325.6", "4402.1", "4260.91")
    inds = make_inds(WHOLE_POOL, b["stated_execution_rate"], levels=False)
    f = whole(unit, b, inds)
    f["stated_grade"] = "优" if grade_of(total_of(inds)) != "优" else "良"
    f["planted"] = ["GRADE_MISMATCH"]
    finish(f)
    lines = [f"{i['number']}、{i['name']}：权重{s(i['weight'])}分，目标{tgt(i)}，实际完成{act(i)}，本项评分{s(i['stated_score'])}分。"
             for i in inds]
    text = "\n".join([
        f"{unit}2024年度部门整体支出绩效自评报告", "一、部门概况", "负责全区就业和社会保障工作。",
        "二、预算执行", std_budget_line(b), "三、指标完成情况", *lines,
        "四、自评结果", f"满分100分，自评得分{s(f['stated_total'])}分，自评结果为“{f['stated_grade']}”。",
    ]) + "\n"
    return f, "txt", text


def r06() -> tuple[dict[str, Any], str, Any]:
    unit = "深圳市福田区教育局"
    b = budget("18650", "19204.5", "18437.62")
    inds = make_inds(WHOLE_POOL, b["stated_execution_rate"], levels=False)
    b["stated_execution_rate"] = r2(b["stated_execution_rate"] + D("2.4"))
    inds[0]["actual"]["value"] = b["stated_execution_rate"]
    inds[0]["stated_score"] = r2(10 * b["stated_execution_rate"] / 100)
    f = finish(whole(unit, b, inds, planted=["EXECUTION_RATE_MISMATCH"]))
    lines = [f"{i['number']}.{i['name']}（{s(i['weight'])}分）：目标值{tgt(i)}，实际值{act(i)}，得{s(i['stated_score'])}分。"
             for i in inds]
    text = "\n".join([
        f"{unit}2024年度部门整体支出绩效自评报告", "一、部门基本情况", "负责全区基础教育。",
        "二、预算执行情况",
        f"2024年度年初预算数为{s(b['initial'])}万元，全年预算数为{s(b['adjusted'])}万元，全年执行数为"
        f"{s(b['executed'])}万元，预算执行率为{s(b['stated_execution_rate'])}%。",
        "三、绩效指标完成情况", *lines,
        "四、结论", f"综合得分{s(f['stated_total'])}分，等级{GRADE_WORD[f['stated_grade']]}。",
    ]) + "\n"
    return f, "txt", text


def yuan_zheng(x: Decimal) -> str:
    v = x * 10000
    return f"{v:,.2f}元整" if v != v.to_integral_value() else f"{int(v):,}元整"


def r07() -> tuple[dict[str, Any], str, Any]:
    unit = "杭州市西湖区农业农村局"
    b = budget("2345.67", "2410.5", "2298.34")
    b["income_items"] = [{"name": "财政拨款收入", "amount": D("2198.34")}, {"name": "其他收入", "amount": D("100")}]
    b["income_total"] = D("2298.34")
    inds = make_inds(WHOLE_POOL, b["stated_execution_rate"], levels=False)
    f = finish(whole(unit, b, inds))
    lines = [f"{i['number']}.{i['name']}（{s(i['weight'])}分）：目标值{tgt(i)}，实际值{act(i)}，得{s(i['stated_score'])}分。"
             for i in inds]
    text = "\n".join([
        f"{unit}2024年度部门整体支出绩效自评报告", "一、部门基本情况", "负责全区农业农村工作。",
        "二、部门收支情况",
        f"2024年度收入合计{yuan_zheng(b['income_total'])}，其中：财政拨款收入{yuan_zheng(b['income_items'][0]['amount'])}，"
        f"其他收入{yuan_zheng(b['income_items'][1]['amount'])}。",
        f"年初预算{yuan_zheng(b['initial'])}，调整后预算{yuan_zheng(b['adjusted'])}，实际支出{yuan_zheng(b['executed'])}，"
        f"预算执行率{s(b['stated_execution_rate'])}%。",
        "三、绩效指标完成情况", *lines,
        "四、自评结论", f"自评总分{s(f['stated_total'])}分，评价等级为{GRADE_WORD[f['stated_grade']]}。",
    ]) + "\n"
    return f, "txt", text


def r08() -> tuple[dict[str, Any], str, Any]:
    unit = "南京市鼓楼区司法局"
    b = budget("1520", "1588", "1530.4")
    inds = make_inds(WHOLE_POOL, b["stated_execution_rate"], levels=False)
    f = finish(whole(unit, b, inds))
    f["unit"]["staff_total"] = 52
    lines = [f"{i['number']}.{i['name']}（{s(i['weight'])}分）：目标值{tgt(i)}，实际值{act(i)}，得{s(i['stated_score'])}分。"
             for i in inds]
    text = "\n".join([
        f"{unit}2024年度部门整体支出绩效自评报告", "一、部门基本情况",
        "（一）机构人员情况", "本局编制58名（行政编制46名、事业编制12名），实有在编人员52名，另有退休人员21名。",
        "（二）预算情况", std_budget_line(b), "二、绩效指标完成情况", *lines,
        "三、自评结论", f"自评得分{s(f['stated_total'])}分，评价等级为{GRADE_WORD[f['stated_grade']]}。",
    ]) + "\n"
    f = {k: f[k] for k in ["kind", "year", "unit", "budget", "indicators", "stated_total", "stated_grade", "planted"]}
    return f, "txt", text


def r09() -> tuple[dict[str, Any], str, Any]:
    unit = "成都市锦江区住房和城乡建设局"
    b = budget("6320", "6584.2", "6390.77")
    inds = make_inds(WHOLE_POOL, b["stated_execution_rate"], levels=False, numbered=False)
    f = finish(whole(unit, b, inds))
    blocks: list[Any] = [f"{unit}2024年度部门整体支出绩效自评报告", ("H1", "部门基本情况"), "负责全区住房和城乡建设管理。",
                         ("H1", "预算执行情况"), std_budget_line(b), ("H1", "绩效指标完成情况")]
    for i in inds:
        blocks += [("H2", i["name"]),
                   f"该指标分值{s(i['weight'])}分，年度目标{tgt(i)}，实际完成{act(i)}，自评得{s(i['stated_score'])}分。"]
    blocks += [("H1", "自评结论"), f"综合自评得分{s(f['stated_total'])}分，等级为{GRADE_WORD[f['stated_grade']]}。"]
    return f, "docx", blocks


LONG_POOL = [  # 20 indicators for a landscape table spanning pages
    (f"{n}", 5, "≥", t, u, a, sc, l1, l2) for n, t, u, a, sc, l1, l2 in [
        ("预算执行率", 95, "%", None, None, "产出指标", "时效指标"),
        ("新建绿道长度", 20, "公里", 21.5, 5, "产出指标", "数量指标"),
        ("公园管养面积", 350, "公顷", 352, 5, "产出指标", "数量指标"),
        ("行道树补植数量", 1200, "株", 1150, 4.79, "产出指标", "数量指标"),
        ("花坛布置面积", 8000, "平方米", 8200, 5, "产出指标", "数量指标"),
        ("古树名木巡查次数", 12, "次", 12, 5, "产出指标", "数量指标"),
        ("绿化养护检查合格率", 95, "%", 96.2, 5, "产出指标", "质量指标"),
        ("苗木成活率", 95, "%", 93, 4.89, "产出指标", "质量指标"),
        ("病虫害防治覆盖率", 90, "%", 91, 5, "产出指标", "质量指标"),
        ("设施完好率", 95, "%", 97, 5, "产出指标", "质量指标"),
        ("项目按期完工率", 100, "%", 95, 4.75, "产出指标", "时效指标"),
        ("资金拨付及时率", 100, "%", 100, 5, "产出指标", "时效指标"),
        ("人均公园绿地面积", 14.5, "平方米", 14.8, 5, "效益指标", "社会效益指标"),
        ("公园免费开放率", 100, "%", 100, 5, "效益指标", "社会效益指标"),
        ("绿化覆盖率", 42, "%", 42.3, 5, "效益指标", "生态效益指标"),
        ("新增碳汇量", 1500, "吨", 1380, 4.6, "效益指标", "生态效益指标"),
        ("绿地率", 38, "%", 38.4, 5, "效益指标", "生态效益指标"),
        ("长效管护机制覆盖率", 90, "%", 92, 5, "效益指标", "可持续影响指标"),
        ("游客满意度", 90, "%", 91.6, 5, "满意度指标", "服务对象满意度指标"),
        ("周边居民满意度", 90, "%", 88, 4.5, "满意度指标", "服务对象满意度指标"),
    ]
]


def r10() -> tuple[dict[str, Any], str, Any]:
    unit = "武汉市江岸区园林和林业局"
    b = budget("3980", "4120", "4001.35")
    inds = make_inds(LONG_POOL, b["stated_execution_rate"])
    f = finish(whole(unit, b, inds))
    table = [["序号", "一级指标", "二级指标", "三级指标", "分值", "年度指标值", "实际完成值", "得分", "偏差原因"]]
    table += [[str(i["number"]), i["level1"], i["level2"], i["name"], s(i["weight"]), tgt(i), act(i),
               s(i["stated_score"]), "" if i["stated_score"] == i["weight"] else "受天气影响进度滞后"] for i in inds]
    table.append(["合计", "", "", "", "100", "", "", s(f["stated_total"]), ""])
    blocks: list[Any] = [f"{unit}2024年度部门整体支出绩效自评表", f"预算执行：{std_budget_line(b)}", table,
                         f"自评等级：{GRADE_WORD[f['stated_grade']]}"]
    return f, "pdf", blocks


def r11() -> tuple[dict[str, Any], str, Any]:
    unit = "西安市碑林区卫生健康局"
    b = budget("7420", "7655.3", "7512.04")
    inds = make_inds(WHOLE_POOL, b["stated_execution_rate"])
    f = finish(whole(unit, b, inds))
    rows: list[list[Any]] = [[f"{unit}2024年度部门整体支出绩效自评表"], ["单位名称", unit],
                             ["年初预算数（万元）", float(b["initial"]), "全年预算数（万元）", float(b["adjusted"]),
                              "全年执行数（万元）", float(b["executed"]), "执行率", f"{s(b['stated_execution_rate'])}%"],
                             ["序号", "一级指标", "二级指标", "三级指标", "分值", "年度指标值", "实际完成值", "得分"]]
    cur = None
    sub_w = sub_s = D(0)
    for i in [*inds, None]:  # type: ignore[list-item]
        if cur is not None and (i is None or i["level1"] != cur):
            rows.append(["", f"{cur}小计", "", "", float(sub_w), "", "", float(sub_s)])
            sub_w = sub_s = D(0)
        if i is None:
            break
        cur = i["level1"]
        sub_w += i["weight"]
        sub_s += i["stated_score"]
        rows.append([i["number"], i["level1"], i["level2"], i["name"], float(i["weight"]), tgt(i), act(i),
                     float(i["stated_score"])])
    rows.append(["", "合计", "", "", 100, "", "", float(f["stated_total"])])
    rows.append(["自评等级", GRADE_WORD[f["stated_grade"]]])
    return f, "xlsx", {"自评表": rows}


def r12() -> tuple[dict[str, Any], str, Any]:
    unit = "长沙市天心区城市管理和综合执法局"
    b = budget("2890", "2975", "2880.12")
    inds = make_inds(WHOLE_POOL, b["stated_execution_rate"], numbered=False)
    inds[5]["weight"] = D(5)
    inds[5]["stated_score"] = D(4)
    f = finish(whole(unit, b, inds, planted=["WEIGHTS_NOT_100"]))
    lines: list[str] = []
    cur1 = cur2 = None
    for i in inds:
        if i["level1"] != cur1:
            cur1, cur2 = i["level1"], None
            lines.append(f"- **{cur1}**")
        if i["level2"] != cur2:
            cur2 = i["level2"]
            lines.append(f"  - {cur2}")
        lines.append(f"    - {i['name']}：分值{s(i['weight'])}分，目标值{tgt(i)}，实际完成{act(i)}，得分{s(i['stated_score'])}分")
    text = "\n".join([
        f"# {unit}2024年度部门整体支出绩效自评报告", "", "## 一、基本情况", "", "负责全区市容环境管理。", "",
        "## 二、预算执行情况", "", std_budget_line(b), "", "## 三、绩效指标完成情况", "", *lines, "",
        "## 四、自评结论", "", f"自评得分{s(f['stated_total'])}分，等级为{GRADE_WORD[f['stated_grade']]}。",
    ]) + "\n"
    return f, "md", text


def r13() -> tuple[dict[str, Any], str, Any]:
    unit = "郑州市金水区民政局"
    b = budget("3360", "3412", "3298.7")
    inds = make_inds(WHOLE_POOL, b["stated_execution_rate"], levels=False)
    f = finish(whole(unit, b, inds))
    f["unit"]["staff_total"] = 64
    f["unit"]["staff_parts"] = [{"name": "行政人员", "count": 41}, {"name": "事业人员", "count": 18}]
    f["planted"] = ["STAFF_SUM_MISMATCH"]
    rows = ["序号\t\t指标名称\t\t\t分值\t\t目标值\t\t完成值\t\t得分"]
    rows += [f"{i['number']}\t\t{i['name']}\t\t\t{s(i['weight'])}\t\t{tgt(i)}\t\t{act(i)}\t\t{s(i['stated_score'])}"
             for i in inds]
    rows.append(f"合计\t\t\t\t\t100\t\t\t\t\t\t{s(f['stated_total'])}")
    text = "\r\n".join([
        f"\ufeff{unit}2024年度部门整体支出绩效自评报告", "一、部门基本情况",
        "实有人员64人，其中：行政人员41人，事业人员18人。",
        "二、预算执行情况", std_budget_line(b), "三、绩效自评表", *rows,
        "四、自评结论", f"综合得分\t{s(f['stated_total'])}分\t\t评价等级\t{GRADE_WORD[f['stated_grade']]}",
    ]) + "\r\n"
    return f, "txt", text


def r14() -> tuple[dict[str, Any], str, Any]:
    unit = "济南市历城区交通运输局"
    b = budget("4410", "4580", "4446.52")
    inds = make_inds(WHOLE_POOL, b["stated_execution_rate"], levels=False)
    f = finish(whole(unit, b, inds))
    lines = [f"{i['number']}.{i['name']}（{s(i['weight'])}分）：目标值{tgt(i)}，实际值{act(i)}，得{s(i['stated_score'])}分"
             + ("（上年执行率为88.35%，得8.84分）。" if i["name"] == "预算执行率" else "。") for i in inds]
    text = "\n".join([
        f"{unit}2024年度部门整体支出绩效自评报告", "一、部门基本情况", "负责全区交通运输管理。",
        "二、预算执行情况",
        "2023年度年初预算3980万元，调整后预算4120万元，实际支出3640.02万元，上年执行率88.35%。",
        std_budget_line(b),
        "与上年相比，预算执行率提高" + s(b["stated_execution_rate"] - D("88.35")) + "个百分点。",
        "三、绩效指标完成情况", *lines,
        "四、自评结论",
        f"2023年度自评得分84.6分，等级良好；2024年度自评得分{s(f['stated_total'])}分，等级为{GRADE_WORD[f['stated_grade']]}。",
    ]) + "\n"
    return f, "txt", text


def r15() -> tuple[dict[str, Any], str, Any]:
    unit = "福州市鼓楼区水利局"
    b = budget("2156", "2230", "2168.31")
    inds = make_inds(WHOLE_POOL, b["stated_execution_rate"], levels=False)
    f = finish(whole(unit, b, inds))
    lines = [f"{i['number']}．{i['name']}（分值{s(i['weight'])}分。目标值{tgt(i)}。）实际完成{act(i)}，得{s(i['stated_score'])}分。"
             for i in inds]
    text = "\n".join([
        f"{unit}2024年度部门整体支出绩效自评报告", "一、部门基本情况", "负责全区水利工作（含防汛抗旱。）。",
        "二、预算执行情况",
        f"2024年年初预算{s(b['initial'])}万元（含上年结转。），调整后预算{s(b['adjusted'])}万元，全年实际支出"
        f"{s(b['executed'])}万元，预算执行率为{s(b['stated_execution_rate'])}%。",
        "三、绩效指标完成情况", *lines,
        "四、自评结论", f"综合得分{s(f['stated_total'])}分（满分100分。），评价等级为「{GRADE_WORD[f['stated_grade']]}」。",
    ]) + "\n"
    return f, "txt", text


def r16() -> tuple[dict[str, Any], str, Any]:
    dept = "合肥市蜀山区教育体育局"
    subs = [("校舍维修子项目", "420", "438", "430.6"), ("教育信息化子项目", "360", "360", "342.5"),
            ("学生营养餐子项目", "520", "560", "551.2")]
    b = budget("1300", "1358", "1324.3")
    inds = make_inds(WHOLE_POOL, b["stated_execution_rate"], levels=False)
    f = finish({"kind": "项目支出", "year": 2024, "unit": {"supervising_department": dept},
                "project": {"name": "义务教育薄弱环节改善项目", "implementing_unit": dept}, "budget": b,
                "indicators": inds})
    sub_lines = [f"（{'一二三'[k]}）{n}：年初预算{a}万元，调整后预算{c}万元，实际支出{e}万元，执行率"
                 f"{s(r2(D(e) / D(c) * 100))}%。" for k, (n, a, c, e) in enumerate(subs)]
    lines = [f"{i['number']}.{i['name']}（{s(i['weight'])}分）：目标值{tgt(i)}，实际值{act(i)}，得{s(i['stated_score'])}分。"
             for i in inds]
    text = "\n".join([
        "义务教育薄弱环节改善项目2024年度绩效自评报告", f"主管部门：{dept}", f"实施单位：{dept}",
        "一、项目概况", "本项目包括三个子项目。",
        f"项目年初预算{s(b['initial'])}万元，调整后预算{s(b['adjusted'])}万元，实际支出{s(b['executed'])}万元，"
        f"预算执行率{s(b['stated_execution_rate'])}%。", "各子项目情况如下：", *sub_lines,
        "二、绩效指标完成情况", *lines,
        "三、自评结论", f"项目自评得分{s(f['stated_total'])}分，等级为{GRADE_WORD[f['stated_grade']]}。",
    ]) + "\n"
    return f, "txt", text


def r17() -> tuple[dict[str, Any], str, Any]:
    unit = "昆明市五华区市场监督管理局"
    b = budget("2630", "2702", "2647.88")
    inds = frame_inds(b["stated_execution_rate"])
    f = finish(whole(unit, b, inds))
    table = [["一级指标", "二级指标", "三级指标", "分值", "评分标准", "指标值", "实际值", "得分"]]
    for ind, fr in zip(inds, FRAME_2013, strict=True):
        table.append([ind["level1"], ind["level2"], ind["name"], s(ind["weight"]), fr[9], tgt(ind), act(ind),
                      s(ind["stated_score"])])
    table.append(["合计", "", "", "100", "", "", "", s(f["stated_total"])])
    blocks: list[Any] = [f"{unit}2024年度部门整体支出绩效自评报告", "一、部门基本情况", "负责全区市场监督管理。",
                         "二、预算执行情况", std_budget_line(b), "三、自评情况", table,
                         "四、自评结论",
                         f"满分100分，自评得分{s(f['stated_total'])}分，自评结果为“{GRADE_WORD[f['stated_grade']]}”。"]
    return f, "docx", blocks


def r18() -> tuple[dict[str, Any], str, Any]:
    unit = "南宁市青秀区农业农村局"
    b = budget("1980", "2046", "1990.4")
    inds = make_inds(WHOLE_POOL, b["stated_execution_rate"], levels=False)
    f = whole(unit, b, inds)
    f["stated_total"] = total_of(inds)
    f["stated_grade"] = "良" if grade_of(f["stated_total"]) == "优" else "优"
    f["planted"] = ["GRADE_MISMATCH"]
    finish(f)
    table = [["序号", "指标", "分值", "目标值", "实际值", "扣分", "得分", "扣分原因"]]
    for i in inds:
        ded = i["weight"] - i["stated_score"]
        table.append([str(i["number"]), i["name"], s(i["weight"]), tgt(i), act(i), s(ded) if ded else "0",
                      s(i["stated_score"]), "" if not ded else "未完成年度目标"])
    blocks: list[Any] = [f"{unit}2024年度部门整体支出绩效自评报告", ("H1", "基本情况"), "负责全区农业农村工作。",
                         ("H1", "预算执行"), std_budget_line(b), ("H1", "自评得分"), table,
                         f"满分100分，自评得分{s(f['stated_total'])}分，自评结果为“{f['stated_grade']}”。"]
    return f, "docx", blocks


REPORTS = {
    "g01-sh-huangpu-2013frame-tab": r01, "g02-bj-chaoyang-table-first-md": r02, "g03-tj-hexi-level-paragraphs": r03,
    "g04-cq-yuzhong-deductions": r04, "g05-gz-yuexiu-manfen-grade": r05, "g06-sz-futian-quannian-rate": r06,
    "g07-hz-xihu-yuanzheng": r07, "g08-nj-gulou-bianzhi": r08, "g09-cd-jinjiang-headings-docx": r09,
    "g10-wh-jiangan-landscape-pdf": r10, "g11-xa-beilin-subtotal-xlsx": r11, "g12-cs-tianxin-nested-md": r12,
    "g13-zz-jinshui-wps-tabs": r13, "g14-jn-licheng-two-years": r14, "g15-fz-gulou-traditional": r15,
    "g16-hf-shushan-subprojects": r16, "g17-km-wuhua-2013frame-docx": r17, "g18-nn-qingxiu-deduct-table-docx": r18,
}


def build(no_pdf: bool) -> None:
    for name, fn in REPORTS.items():
        facts, ext, content = fn()
        out = HERE / f"{name}.{ext}"
        if ext in ("txt", "md"):
            out.write_bytes(content.encode("utf-8"))
        elif ext == "docx":
            write_docx(content, out)
        elif ext == "xlsx":
            write_xlsx(content, out)
        elif ext == "pdf" and not (no_pdf and out.exists()):
            write_pdf(content, out, landscape=True)
        head = f"# Expected facts of {name}.{ext}: only what the document states (money in 万元).\n"
        (HERE / f"{name}.expected.yaml").write_text(
            head + yaml.safe_dump(plain(facts), allow_unicode=True, sort_keys=False), encoding="utf-8")


if __name__ == "__main__":
    build("--no-pdf" in sys.argv)
