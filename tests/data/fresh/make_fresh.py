"""Build the fresh corpus (helper G3): 24 reports in styles the redteam and holdout sets did not use, and
their expected facts (NAME.expected.yaml, money in 万元, only what the document states).

    .venv/bin/python tests/data/fresh/make_fresh.py           # everything (PDFs via LibreOffice)
    .venv/bin/python tests/data/fresh/make_fresh.py --no-pdf  # skip the LibreOffice conversions

Deterministic (seeded). Nothing here imports jixiao."""

from __future__ import annotations

import datetime
import shutil
import subprocess
import sys
import tempfile
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from fresh_facts import budget, clean, grade_of, indicators, r2, total  # noqa: E402

D = Decimal
CN_YEAR = {2023: "二〇二三", 2024: "二〇二四"}
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫"
CN_NUM = "一二三四五六七八九十"
CMP_WORD = {"≥": "不低于", "≤": "不超过", "=": "达到"}
GRADE_LONG = {"优": "优秀", "良": "良好", "中": "中等", "差": "较差"}
BAND = {"优": "90≤得分≤100", "良": "80≤得分<90", "中": "60≤得分<80", "差": "得分<60"}


def fmt(x: Any, sep: bool = False, places: int | None = None) -> str:
    v = D(str(x))
    if places is not None:
        v = v.quantize(D(1).scaleb(-places))
    return f"{v:,}" if sep else str(v)


def tgt(ind: dict[str, Any], words: bool = False) -> str:
    t = ind["target"]
    if "text" in t:
        return t["text"]
    c = CMP_WORD[t["comparator"]] if words else t["comparator"]
    return f"{c}{fmt(t['value'])}{t['unit']}"


def act(ind: dict[str, Any]) -> str:
    a = ind["actual"]
    return a["text"] if "text" in a else f"{fmt(a['value'])}{a['unit']}"


# ---------------------------------------------------------------- indicator prose styles
def ind_fields(ind: dict[str, Any], n: str) -> list[str]:
    return [
        f"{n}指标名称：{ind['name']}；指标分值：{ind['weight']}分；目标值：{tgt(ind)}；"
        f"实际值：{act(ind)}；得分：{fmt(ind['stated_score'])}分。"
    ]


def ind_fraction(ind: dict[str, Any], n: str) -> list[str]:
    return [
        f"{n}{ind['name']}",
        f"年度目标{tgt(ind, True)}，全年实际完成{act(ind)}。得分：{fmt(ind['stated_score'])}/{ind['weight']}。",
    ]


def ind_full(ind: dict[str, Any], n: str) -> list[str]:
    return [
        f"{n}{ind['name']}：目标值{tgt(ind)}，完成值{act(ind)}，得{fmt(ind['stated_score'])}分（满分{ind['weight']}分）。"
    ]


def ind_noweight(ind: dict[str, Any], n: str) -> list[str]:
    return [f"{n}{ind['name']}。年初设定目标{tgt(ind, True)}，实际完成{act(ind)}，本项得{fmt(ind['stated_score'])}分。"]


def ind_shidé(ind: dict[str, Any], n: str) -> list[str]:
    return [
        f"{n}{ind['name']}",
        f"该项指标分值{ind['weight']}分，目标值为{tgt(ind)}，实际完成值为{act(ind)}，实得{fmt(ind['stated_score'])}分。",
    ]


IND_STYLES = {
    "fields": ind_fields,
    "fraction": ind_fraction,
    "full": ind_full,
    "noweight": ind_noweight,
    "shide": ind_shidé,
}


def indicator_block(inds: list[dict[str, Any]], style: str, levels: bool, numbering: str) -> list[Any]:
    out: list[Any] = []
    fn = IND_STYLES[style]

    def num(i: int, ind: dict[str, Any]) -> str:
        k = ind["number"]
        return {"circled": CIRCLED[k - 1], "dot": f"{k}.", "paren": f"（{k}）", "none": ""}[numbering]

    if not levels:
        for i, ind in enumerate(inds):
            out.extend(fn(ind, num(i, ind)))
        return out
    l1s: list[str] = []
    for ind in inds:
        if ind["level1"] not in l1s:
            l1s.append(ind["level1"])
    for a, l1 in enumerate(l1s):
        members = [x for x in inds if x["level1"] == l1]
        out.append(f"（{CN_NUM[a]}）{l1}（{sum(x['weight'] for x in members)}分）")
        l2s: list[str] = []
        for x in members:
            if x["level2"] not in l2s:
                l2s.append(x["level2"])
        for b, l2 in enumerate(l2s):
            sub = [x for x in members if x["level2"] == l2]
            out.append(f"{b + 1}.{l2}")
            for ind in sub:
                out.extend(fn(ind, num(0, ind)))
    return out


def ind_table(inds: list[dict[str, Any]], scores: bool = True, levels: bool = False) -> list[list[str]]:
    head = (
        (["一级指标", "二级指标"] if levels else [])
        + ["序号", "三级指标", "分值", "年度指标值", "实际完成值"]
        + (["得分"] if scores else [])
    )
    rows = [head]
    for ind in inds:
        row = ([ind["level1"], ind["level2"]] if levels else []) + [
            str(ind["number"]),
            ind["name"],
            str(ind["weight"]),
            tgt(ind),
            act(ind),
        ]
        if scores:
            row.append(fmt(ind["stated_score"]))
        rows.append(row)
    return rows


# ---------------------------------------------------------------- writers
def as_text(blocks: list[Any], table_sep: str = "\t") -> str:
    lines: list[str] = []
    for b in blocks:
        if isinstance(b, str):
            lines.append(b)
        else:
            lines.extend(table_sep.join(r) for r in b)
    return "\n".join(lines) + "\n"


def as_md_html(blocks: list[Any]) -> str:
    out: list[str] = []
    for b in blocks:
        if isinstance(b, str):
            out.append(b + "\n")
        else:
            rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>\n" for r in b)
            out.append(f"<table>\n{rows}</table>\n")
    return "\n".join(out)


TEXTBOX = (
    '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml">'
    '<w:pict><v:shape style="width:400pt;height:60pt"><v:textbox><w:txbxContent>{paras}</w:txbxContent>'
    "</v:textbox></v:shape></w:pict></w:r>"
)


def write_docx(
    blocks: list[Any], path: Path, header: str | None = None, footer: str | None = None, textbox: int = 0
) -> None:
    """``textbox``: the first N text blocks (the title lines) go into one Word text box."""
    import docx
    from docx.oxml import parse_xml

    doc = docx.Document()
    if textbox:
        paras = "".join(f"<w:p><w:r><w:t>{t}</w:t></w:r></w:p>" for t in blocks[:textbox])
        doc.add_paragraph()._p.append(parse_xml(TEXTBOX.format(paras=paras)))
        blocks = blocks[textbox:]
    if header:
        doc.sections[0].header.paragraphs[0].text = header
    if footer:
        doc.sections[0].footer.paragraphs[0].text = footer
    for b in blocks:
        if isinstance(b, str):
            doc.add_paragraph(b)
        else:
            t = doc.add_table(rows=len(b), cols=max(len(r) for r in b))
            t.style = "Table Grid"
            for i, r in enumerate(b):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
    doc.core_properties.created = datetime.datetime(2025, 3, 1)
    doc.save(str(path))


def write_pdf(blocks: list[Any], path: Path, **kw: Any) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / (path.stem + ".docx")
        write_docx(blocks, src, **kw)
        subprocess.run(
            ["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, str(src)],
            check=True,
            capture_output=True,
            timeout=120,
        )
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
    wb.save(str(path))


# ---------------------------------------------------------------- report bodies
def money(x: Decimal, style: str) -> str:
    if style == "yuan":
        return f"{fmt(x * 10000, sep=True, places=2)}元"
    if style == "yi":
        return f"{clean(x / 10000)}亿元"
    if style == "wan_sep":
        return f"{fmt(x, sep=True, places=2)}万元"
    return f"{fmt(x)}万元"


def budget_lines(f: dict[str, Any], k: dict[str, Any]) -> list[Any]:
    b = f["budget"]
    ms = k.get("money", "wan")
    out: list[Any] = []
    if "income_items" in b:
        inc = "，".join(f"{i['name']}{money(i['amount'], ms)}" for i in b["income_items"])
        exp = "，".join(f"{i['name']}{money(i['amount'], ms)}" for i in b["expenditure_items"])
        out.append(
            f"本年收入合计{money(b['income_total'], ms)}，其中：{inc}。"
            f"本年支出合计{money(b['expenditure_total'], ms)}，其中：{exp}。"
        )
    if k.get("budget_table"):
        unit = "元" if ms == "yuan" else "万元"
        conv = (lambda x: fmt(x * 10000, sep=True, places=2)) if ms == "yuan" else (lambda x: fmt(x, places=2))
        out.append(f"表2 预算执行情况（单位：{unit}）")
        out.append(
            [
                ["项目", "年初预算", "调整预算", "执行数", "执行率"],
                [
                    "合计",
                    conv(b["initial"]),
                    conv(b["adjusted"]),
                    conv(b["executed"]),
                    f"{b['stated_execution_rate']}%",
                ],
            ]
        )
    else:
        out.append(
            f"{f['year']}年年初预算{money(b['initial'], ms)}，调整后预算{money(b['adjusted'], ms)}，"
            f"全年实际执行{money(b['executed'], ms)}，预算执行率为{b['stated_execution_rate']}%。"
        )
    return out


def grade_text(g: str, style: str) -> str:
    return {
        "bracket": f"【{GRADE_LONG[g]}】",
        "band": f"等级：{GRADE_LONG[g]}（{BAND[g]}）",
        "plain": f"评价等级为{g}",
        "quote": f"自评等级：“{GRADE_LONG[g]}”",
    }[style]


def total_text(t: Any, style: str) -> str:
    return {
        "heji": f"合计得分：{fmt(t)}分",
        "zongfen": f"自评总分{fmt(t)}分",
        "zonghe": f"综合评分为{fmt(t)}分",
        "zong": f"总得分{fmt(t)}",
    }[style]


def whole_blocks(f: dict[str, Any], k: dict[str, Any]) -> list[Any]:
    u = f["unit"]
    y = f["year"]
    ytxt = CN_YEAR[y] if k.get("cn_year") else str(y)
    blocks: list[Any] = []
    if k.get("cover"):
        blocks += [
            f"填报单位：{u['name']}（盖章）",
            f"填报日期：{y + 1}年3月{k['seed'] % 27 + 1}日",
            "联系人：张晓红    联系电话：023-6" + str(1000000 + k["seed"] * 7919)[:7],
            "",
        ]
    title = f"{ytxt}年度部门整体支出绩效自评报告"
    if k.get("title_split"):
        blocks += [u["name"], title]
    else:
        blocks += [u["name"] + title]
    if k.get("toc"):
        blocks += ["目  录", "一、部门基本情况……………………1", "二、绩效目标完成情况………………3", "三、自评结论…………………………5"]
    blocks.append("一、部门基本情况")
    blocks.append(f"{u['name']}是负责辖区相关公共事务的单位，主要职能是贯彻落实上级决策部署，做好本领域各项工作。")
    staff = k.get("staff")
    if staff == "table":
        blocks.append("表1 单位基本信息")
        blocks.append(
            [
                ["单位名称", u["name"], "人员编制", str(k["bianzhi"])],
                ["实有人数", str(u["staff_total"]), "所属年度", str(y)],
            ]
        )
    elif staff == "bianzhi":
        blocks.append(f"本单位编制数{k['bianzhi']}人，实有人数{u['staff_total']}人。")
    elif staff == "parts":
        parts = "，".join(f"{p['name']}{p['count']}人" for p in u["staff_parts"])
        blocks.append(f"截至{y}年底，单位实有在编人员{u['staff_total']}人，其中{parts}。")
    blocks.append("二、预算收支及执行情况")
    blocks += budget_lines(f, k)
    blocks.append("三、绩效指标完成情况")
    inds = f["indicators"]
    if k.get("ind") == "table":
        blocks.append("表3 整体支出绩效自评表")
        blocks.append(ind_table(inds, levels=k.get("levels", False)))
    elif k.get("ind") == "twocol":
        blocks.append("表3 绩效指标得分情况")
        rows = [["指标名称", "分值", "得分", "指标名称", "分值", "得分"]]
        half = (len(inds) + 1) // 2
        for a, bb in zip(inds[:half], [*inds[half:], None], strict=False):
            right = [bb["name"], str(bb["weight"]), fmt(bb["stated_score"])] if bb else ["", "", ""]
            rows.append([a["name"], str(a["weight"]), fmt(a["stated_score"]), *right])
        rows.append(["合计", "100", fmt(f["stated_total"]), "", "", ""])
        blocks.append(rows)
    elif k.get("ind") == "weights_table":
        blocks.append("表3 绩效指标及分值")
        blocks.append(ind_table(inds, scores=False))
        blocks.append("各项指标完成及得分情况如下：")
        blocks += indicator_block(inds, "noweight", False, k.get("numbering", "dot"))
    else:
        blocks += indicator_block(inds, k["ind"], k.get("levels", False), k.get("numbering", "dot"))
    blocks.append("四、自评结论")
    blocks.append(
        f"经自评，本单位{y}年度整体支出绩效{total_text(f['stated_total'], k['total'])}，"
        f"{grade_text(f['stated_grade'], k['grade'])}。"
    )
    blocks.append("五、存在的问题及改进措施")
    blocks.append("部分指标设置不够细化，下一步将加强绩效目标管理，提高资金使用效益。")
    return blocks


def project_blocks(f: dict[str, Any], k: dict[str, Any]) -> list[Any]:
    p = f["project"]
    b = f["budget"]
    y = f["year"]
    ytxt = CN_YEAR[y] if k.get("cn_year") else str(y)
    blocks: list[Any] = []
    if k.get("cover"):
        blocks += [
            f"项目名称：{p['name']}",
            f"填报单位：{p['implementing_unit']}",
            f"填报日期：{y + 1}年4月8日",
            "联系人：李明",
            "",
        ]
    blocks.append(f"{ytxt}年度{p['name']}绩效自评报告")
    blocks.append("一、项目基本情况")
    blocks.append(f"{p['name']}由{p['implementing_unit']}组织实施，主管部门为{f['unit']['supervising_department']}。")
    blocks.append("二、项目资金情况")
    fin = b["adjusted"] - k["other"]
    blocks.append(
        [
            ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            [
                "年度资金总额",
                fmt(b["initial"], places=2),
                fmt(b["adjusted"], places=2),
                fmt(b["executed"], places=2),
                str(f["indicators"][0]["weight"]),
                f"{b['stated_execution_rate']}%",
                fmt(f["indicators"][0]["stated_score"]),
            ],
            [
                "其中：财政拨款",
                fmt(b["initial"] - k["other"], places=2),
                fmt(fin, places=2),
                fmt(b["executed"] - k["other"], places=2),
                "—",
                "—",
                "—",
            ],
            [
                "其他资金",
                fmt(k["other"], places=2),
                fmt(k["other"], places=2),
                fmt(k["other"], places=2),
                "—",
                "—",
                "—",
            ],
        ]
    )
    blocks.append("三、绩效指标完成情况")
    inds = f["indicators"][1:]
    if k.get("ind") == "table":
        rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]]
        for ind in inds:
            rows.append(
                [
                    ind["level1"],
                    ind["level2"],
                    ind["name"],
                    tgt(ind),
                    act(ind),
                    str(ind["weight"]),
                    fmt(ind["stated_score"]),
                ]
            )
        rows.append(["合计得分", "", "", "", "", "100", fmt(f["stated_total"])])
        blocks.append(rows)
    else:
        blocks += indicator_block(inds, k["ind"], k.get("levels", False), k.get("numbering", "dot"))
    blocks.append("四、自评结论")
    blocks.append(f"该项目{total_text(f['stated_total'], k['total'])}，{grade_text(f['stated_grade'], k['grade'])}。")
    return blocks


def xlsx_sheets(f: dict[str, Any], k: dict[str, Any]) -> dict[str, list[list[Any]]]:
    u = f["unit"]
    b = f["budget"]
    y = f["year"]
    cover = [
        [f"{CN_YEAR[y]}年度部门整体支出绩效自评表"],
        [],
        ["填报单位", u["name"]],
        ["填报日期", f"{y + 1}年3月20日"],
        ["联系人", "王芳"],
    ]
    main: list[list[Any]] = [
        [f"{y}年度部门整体支出绩效自评表"],
        ["单位名称", u["name"], "人员编制", k["bianzhi"], "实有人数", u["staff_total"]],
        [
            "年初预算（万元）",
            float(b["initial"]),
            "调整预算（万元）",
            float(b["adjusted"]),
            "执行数（万元）",
            float(b["executed"]),
        ],
        ["预算执行率", f"{b['stated_execution_rate']}%"],
        [],
        ["序号", "指标名称", "分值", "年度指标值", "实际完成值", "得分"],
    ]
    for ind in f["indicators"]:
        main.append([ind["number"], ind["name"], ind["weight"], tgt(ind), act(ind), float(ind["stated_score"])])
    main.append(["综合评分", "", 100, "", "", float(f["stated_total"])])
    main.append(["评价等级", GRADE_LONG[f["stated_grade"]]])
    notes = [
        ["填表说明"],
        ["1. 本表金额单位为万元。"],
        ["2. 得分保留两位小数。"],
        ["3. 90分（含）以上为优，80-90分为良，60-80分为中，60分以下为差。"],
    ]
    return {"封面": cover, "自评表": main, "说明": notes}


# ---------------------------------------------------------------- corpus
def whole_facts(
    name: str,
    year: int,
    pool: str,
    weights: list[int],
    band: str,
    seed: int,
    base: int,
    rate: float,
    staff: Any = None,
    items: bool = True,
    whole_wan: bool = False,
) -> dict[str, Any]:
    b = budget(seed, base, rate)
    q = D(1) if whole_wan else D("0.01")
    if whole_wan:  # amounts in whole 万元, so that 亿元 figures have at most 4 decimals
        for key in ("initial", "adjusted", "executed"):
            b[key] = b[key].quantize(q)
        b["stated_execution_rate"] = r2(b["executed"] / b["adjusted"] * 100)
    inds = indicators(pool, weights, seed, b["stated_execution_rate"], band)
    f: dict[str, Any] = {"kind": "整体支出", "year": year, "unit": {"name": name}, "budget": b, "indicators": inds}
    if items:
        ex = b["executed"]
        fin = (ex * D("0.87")).quantize(q)
        basic = (ex * D("0.58")).quantize(q)
        b["income_items"] = [{"name": "财政拨款收入", "amount": fin}, {"name": "其他收入", "amount": ex - fin}]
        b["income_total"] = ex
        b["expenditure_items"] = [{"name": "基本支出", "amount": basic}, {"name": "项目支出", "amount": ex - basic}]
        b["expenditure_total"] = ex
    if isinstance(staff, int):
        f["unit"]["staff_total"] = staff
    elif staff:
        f["unit"]["staff_total"] = sum(c for _, c in staff)
        f["unit"]["staff_parts"] = [{"name": n, "count": c} for n, c in staff]
    f["stated_total"] = total(inds)
    f["stated_grade"] = grade_of(f["stated_total"])
    return f


W7 = [10, 20, 20, 15, 15, 10, 10]
W6 = [10, 20, 20, 20, 15, 15]
SPECS: list[tuple[str, str, dict[str, Any], dict[str, Any]]] = [
    # name, ext, facts args, style knobs
    (
        "f01-cq-jiangbei-street-cover",
        "txt",
        dict(
            name="重庆市江北区观音桥街道办事处",
            year=2024,
            pool="street",
            weights=W7,
            band="high",
            base=3200,
            rate=0.96,
            staff=57,
        ),
        dict(
            cover=True,
            toc=True,
            cn_year=True,
            staff="bianzhi",
            bianzhi=60,
            ind="fields",
            levels=True,
            numbering="circled",
            total="zongfen",
            grade="bracket",
        ),
    ),
    (
        "f02-sc-jinjiang-water-gbk",
        "txt",
        dict(name="成都市锦江区水务局", year=2024, pool="water", weights=W7, band="mid", base=5400, rate=0.93),
        dict(gbk=True, money="yuan", ind="fraction", numbering="paren", total="heji", grade="band"),
    ),
    (
        "f03-hn-yuelu-school-html",
        "md",
        dict(
            name="长沙市岳麓区实验中学",
            year=2024,
            pool="school",
            weights=W7,
            band="mid",
            base=2100,
            rate=0.95,
            staff=138,
            items=False,
        ),
        dict(staff="table", bianzhi=145, budget_table=True, ind="table", levels=True, total="zonghe", grade="plain"),
    ),
    (
        "f04-hn-furong-market-docx",
        "docx",
        dict(
            name="长沙市芙蓉区市场监督管理局",
            year=2024,
            pool="market",
            weights=W7,
            band="high",
            base=4300,
            rate=0.97,
            staff=[("行政编制", 48), ("事业编制", 21), ("工勤人员", 6)],
        ),
        dict(
            header="长沙市芙蓉区市场监督管理局  填报日期：2025年3月12日",
            footer="第 1 页",
            staff="parts",
            ind="full",
            total="zonghe",
            grade="band",
        ),
    ),
    (
        "f05-gx-qingxiu-civil-weights",
        "docx",
        dict(
            name="南宁市青秀区民政局", year=2023, pool="civil", weights=W7, band="mid", base=8800, rate=0.94, staff=88
        ),
        dict(staff="bianzhi", bianzhi=92, ind="weights_table", numbering="dot", total="heji", grade="quote"),
    ),
    (
        "f06-sx-yanta-traffic-pdf",
        "pdf",
        dict(
            name="西安市雁塔区交通运输局",
            year=2024,
            pool="traffic",
            weights=W7,
            band="mid",
            base=12000,
            rate=0.92,
            staff=64,
        ),
        dict(staff="table", bianzhi=70, budget_table=True, ind="table", total="zongfen", grade="bracket", cn_year=True),
    ),
    (
        "f07-hn-kaifu-civil-xlsx",
        "xlsx",
        dict(
            name="长沙市开福区民政局",
            year=2024,
            pool="civil",
            weights=W7,
            band="high",
            base=7600,
            rate=0.98,
            staff=73,
            items=False,
        ),
        dict(bianzhi=80),
    ),
    (
        "f08-sd-lixia-river-project",
        "txt",
        dict(),
        dict(
            project=True,
            unit="济南市历下区水务服务中心",
            dept="济南市历下区水务局",
            pname="河道综合整治项目",
            year=2024,
            pool="water",
            weights=W7,
            band="mid",
            seed=8,
            base=860,
            rate=0.91,
            other=D("60.00"),
            ind="full",
            levels=True,
            numbering="circled",
            total="heji",
            grade="band",
        ),
    ),
    (
        "f09-fj-siming-school-yi",
        "txt",
        dict(
            name="厦门市思明区教育局",
            year=2024,
            pool="school",
            weights=W7,
            band="high",
            base=36000,
            rate=0.97,
            staff=[("机关行政编制", 32), ("事业编制", 15)],
            whole_wan=True,
        ),
        dict(money="yi", staff="parts", ind="shide", numbering="dot", total="zong", grade="plain", title_split=True),
    ),
    (
        "f10-ah-shushan-market-md",
        "md",
        dict(
            name="合肥市蜀山区市场监督管理局",
            year=2024,
            pool="market",
            weights=W6,
            band="low",
            base=3900,
            rate=0.88,
            staff=51,
        ),
        dict(
            staff="bianzhi",
            bianzhi=55,
            ind="fields",
            levels=True,
            numbering="none",
            total="zongfen",
            grade="band",
            money="wan_sep",
        ),
    ),
    (
        "f11-hb-jianghan-traffic-project-docx",
        "docx",
        dict(),
        dict(
            project=True,
            unit="武汉市江汉区交通运输服务中心",
            dept="武汉市江汉区交通运输局",
            pname="农村公路养护项目",
            year=2024,
            pool="traffic",
            weights=W7,
            band="high",
            seed=11,
            base=1250,
            rate=0.96,
            other=D("100.00"),
            ind="table",
            total="heji",
            grade="bracket",
            cover=True,
        ),
    ),
    (
        "f12-sc-wuhou-water-pdf-prose",
        "pdf",
        dict(
            name="成都市武侯区水务局",
            year=2023,
            pool="water",
            weights=W7,
            band="high",
            base=6100,
            rate=0.95,
            staff=[("行政编制", 22), ("事业编制", 30)],
        ),
        dict(
            staff="parts",
            ind="fraction",
            numbering="dot",
            total="zonghe",
            grade="quote",
            header="成都市武侯区水务局2023年度整体支出绩效自评报告",
            footer="— 2 —",
        ),
    ),
    # planted inconsistencies
    (
        "f13-cq-nanan-street-total",
        "txt",
        dict(
            name="重庆市南岸区南坪街道办事处",
            year=2024,
            pool="street",
            weights=W7,
            band="mid",
            base=2700,
            rate=0.94,
            staff=44,
        ),
        dict(
            staff="bianzhi",
            bianzhi=46,
            ind="fields",
            numbering="dot",
            total="heji",
            grade="band",
            plant="TOTAL_MISMATCH",
        ),
    ),
    (
        "f14-gz-yunyan-civil-grade",
        "docx",
        dict(
            name="贵阳市云岩区民政局", year=2024, pool="civil", weights=W7, band="mid", base=9100, rate=0.93, staff=66
        ),
        dict(
            staff="bianzhi",
            bianzhi=70,
            ind="full",
            levels=True,
            numbering="circled",
            total="zongfen",
            grade="bracket",
            plant="GRADE_MISMATCH",
            cover=True,
        ),
    ),
    (
        "f15-js-gulou-school-weights-md",
        "md",
        dict(
            name="南京市鼓楼区第一中学",
            year=2024,
            pool="school",
            weights=[10, 20, 20, 15, 15, 10, 5],
            band="high",
            base=2600,
            rate=0.97,
            staff=120,
            items=False,
        ),
        dict(
            staff="table",
            bianzhi=126,
            budget_table=True,
            ind="table",
            total="zonghe",
            grade="plain",
            plant="WEIGHTS_NOT_100",
        ),
    ),
    (
        "f16-hn-tianxin-water-over-xlsx",
        "xlsx",
        dict(
            name="长沙市天心区水利局",
            year=2024,
            pool="water",
            weights=W7,
            band="high",
            base=4800,
            rate=0.96,
            staff=39,
            items=False,
        ),
        dict(bianzhi=42, plant="SCORE_OVER_WEIGHT"),
    ),
    (
        "f17-sd-shizhong-market-staff",
        "txt",
        dict(
            name="济南市市中区市场监督管理局",
            year=2024,
            pool="market",
            weights=W7,
            band="high",
            base=5200,
            rate=0.95,
            staff=[("行政编制", 41), ("事业编制", 27), ("工勤人员", 9)],
        ),
        dict(
            staff="parts",
            ind="shide",
            numbering="paren",
            total="zong",
            grade="quote",
            plant="STAFF_SUM_MISMATCH",
            cn_year=True,
        ),
    ),
    (
        "f18-zj-gongshu-traffic-rate-gbk",
        "txt",
        dict(
            name="杭州市拱墅区交通运输局",
            year=2024,
            pool="traffic",
            weights=W7,
            band="mid",
            base=15000,
            rate=0.92,
            staff=58,
        ),
        dict(
            gbk=True,
            staff="bianzhi",
            bianzhi=62,
            money="wan_sep",
            ind="full",
            numbering="dot",
            total="zonghe",
            grade="band",
            plant="EXECUTION_RATE_MISMATCH",
        ),
    ),
    (
        "f19-hb-qiaokou-civil-income-pdf",
        "pdf",
        dict(
            name="武汉市硚口区民政局", year=2024, pool="civil", weights=W7, band="high", base=6800, rate=0.96, staff=47
        ),
        dict(
            staff="bianzhi",
            bianzhi=50,
            ind="fields",
            numbering="dot",
            total="heji",
            grade="bracket",
            plant="INCOME_SUM_MISMATCH",
        ),
    ),
    # more styles
    (
        "f20-fj-huli-street-levels-docx",
        "docx",
        dict(
            name="厦门市湖里区殿前街道办事处",
            year=2024,
            pool="street",
            weights=W7,
            band="low",
            base=2300,
            rate=0.85,
            staff=35,
        ),
        dict(
            staff="table",
            bianzhi=38,
            budget_table=True,
            ind="fraction",
            levels=True,
            numbering="circled",
            total="zongfen",
            grade="band",
            toc=True,
        ),
    ),
    (
        "f21-gx-xixiangtang-school-project-md",
        "md",
        dict(),
        dict(
            project=True,
            unit="南宁市西乡塘区第三小学",
            dept="南宁市西乡塘区教育局",
            pname="校舍维修改造项目",
            year=2023,
            pool="school",
            weights=W7,
            band="mid",
            seed=21,
            base=420,
            rate=0.93,
            other=D("20.00"),
            ind="fields",
            numbering="dot",
            total="zonghe",
            grade="quote",
            cn_year=True,
        ),
    ),
    (
        "f22-ah-baohe-traffic-txt-table",
        "txt",
        dict(
            name="合肥市包河区交通运输局",
            year=2023,
            pool="traffic",
            weights=W6,
            band="high",
            base=9800,
            rate=0.97,
            staff=61,
        ),
        dict(
            staff="table",
            bianzhi=61,
            budget_table=True,
            ind="table",
            levels=True,
            total="heji",
            grade="bracket",
            money="yuan",
        ),
    ),
    (
        "f23-hn-yuhua-market-textbox-docx",
        "docx",
        dict(
            name="长沙市雨花区市场监督管理局",
            year=2024,
            pool="market",
            weights=W7,
            band="mid",
            base=4600,
            rate=0.94,
            staff=69,
        ),
        dict(
            textbox=2,
            title_split=True,
            staff="bianzhi",
            bianzhi=72,
            ind="full",
            numbering="paren",
            total="zonghe",
            grade="band",
            header="填报日期：2025年3月18日",
        ),
    ),
    (
        "f24-sx-beilin-civil-twocol-pdf",
        "pdf",
        dict(
            name="西安市碑林区民政局", year=2024, pool="civil", weights=W6, band="mid", base=5300, rate=0.95, staff=52
        ),
        dict(staff="bianzhi", bianzhi=55, ind="twocol", total="zongfen", grade="band"),
    ),
]


def project_facts(k: dict[str, Any]) -> dict[str, Any]:
    b = budget(k["seed"], k["base"], k["rate"])
    inds = indicators(k["pool"], k["weights"], k["seed"], b["stated_execution_rate"], k["band"])
    f: dict[str, Any] = {
        "kind": "项目支出",
        "year": k["year"],
        "unit": {"supervising_department": k["dept"]},
        "project": {"name": k["pname"], "implementing_unit": k["unit"]},
        "budget": b,
        "indicators": inds,
    }
    f["stated_total"] = total(inds)
    f["stated_grade"] = grade_of(f["stated_total"])
    return f


def plant(f: dict[str, Any], code: str) -> dict[str, Any]:
    """Return the facts as the document states them (the inconsistency is in the document)."""
    if code == "TOTAL_MISMATCH":
        f["stated_total"] = clean(D(str(f["stated_total"])) + D("2.5"))
        f["stated_grade"] = grade_of(D(str(f["stated_total"])))
    elif code == "GRADE_MISMATCH":
        f["stated_grade"] = {"优": "良", "良": "优", "中": "良", "差": "中"}[f["stated_grade"]]
    elif code == "SCORE_OVER_WEIGHT":
        ind = f["indicators"][3]
        ind["stated_score"] = D(ind["weight"]) + 2
        f["stated_total"] = total(f["indicators"])
        f["stated_grade"] = grade_of(D(str(f["stated_total"])))
    elif code == "STAFF_SUM_MISMATCH":
        f["unit"]["staff_total"] += 5
    elif code == "EXECUTION_RATE_MISMATCH":
        b = f["budget"]
        b["stated_execution_rate"] = r2(b["stated_execution_rate"] + D("3.1"))
        f["indicators"][0]["actual"]["value"] = b["stated_execution_rate"]
    elif code == "INCOME_SUM_MISMATCH":
        f["budget"]["income_items"][1]["amount"] += D(40)
    return f


def strip_levels(f: dict[str, Any]) -> dict[str, Any]:
    for ind in f["indicators"]:
        ind.pop("level1", None)
        ind.pop("level2", None)
    return f


def plain(x: Any) -> Any:
    if isinstance(x, dict):
        return {k: plain(v) for k, v in x.items()}
    if isinstance(x, list):
        return [plain(v) for v in x]
    if isinstance(x, Decimal):
        v = clean(x)
        return int(v) if v == v.to_integral_value() else float(v)
    return x


def build(no_pdf: bool) -> None:
    for i, (name, ext, fa, k) in enumerate(SPECS):
        k = dict(k, seed=i + 1)
        if k.get("project"):
            f = project_facts(k)
            if "plant" in k:
                plant(f, k["plant"])
            for j, ind in enumerate(f["indicators"][1:]):
                ind["number"] = j + 1
            blocks = project_blocks(f, k)
            want = {key: f[key] for key in ("kind", "year", "unit", "project", "budget")}
            ex_ind = f["indicators"][0]
            ex_row = {
                "name": ex_ind["name"],
                "weight": ex_ind["weight"],
                "actual": ex_ind["actual"],
                "stated_score": ex_ind["stated_score"],
            }
            rest = f["indicators"][1:]
            for ind in rest:  # numbers not compared: the execution row of the funds table has none, so
                del ind["number"]  # the numbering check would flag the true facts themselves
            want["indicators"] = [ex_row, *rest]
        else:
            f = whole_facts(seed=i + 1, **fa)
            if "plant" in k:
                plant(f, k["plant"])
            blocks = whole_blocks(f, k) if ext != "xlsx" else []
            want = {key: f[key] for key in ("kind", "year", "unit", "budget", "indicators")}
        want["stated_total"] = f["stated_total"]
        want["stated_grade"] = f["stated_grade"]
        want["planted"] = [k["plant"]] if "plant" in k else []
        if not (k.get("levels") or (k.get("project") and k.get("ind") == "table")):
            strip_levels(want)
        if k.get("ind") == "twocol":  # the table states only names, weights and scores
            want["indicators"] = [
                {"name": x["name"], "weight": x["weight"], "stated_score": x["stated_score"]}
                for x in want["indicators"]
            ]
        path = HERE / f"{name}.{ext}"
        if ext == "txt":
            text = as_text(blocks)
            path.write_bytes(text.encode("gbk") if k.get("gbk") else text.encode("utf-8"))
        elif ext == "md":
            path.write_text(as_md_html(blocks), encoding="utf-8")
        elif ext == "docx":
            write_docx(blocks, path, header=k.get("header"), footer=k.get("footer"), textbox=k.get("textbox", 0))
        elif ext == "pdf":
            if no_pdf:
                continue
            write_pdf(blocks, path, header=k.get("header"), footer=k.get("footer"))
        elif ext == "xlsx":
            write_xlsx(xlsx_sheets(f, k), path)
        head = f"# Expected facts of {path.name}: only what the document states (money in 万元).\n"
        (HERE / f"{name}.expected.yaml").write_text(
            head + yaml.safe_dump(plain(want), allow_unicode=True, sort_keys=False), encoding="utf-8"
        )
        print("wrote", path.name)


if __name__ == "__main__":
    build("--no-pdf" in sys.argv)
