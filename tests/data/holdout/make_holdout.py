"""Build the held-out corpus (helper G2): 22 self-evaluation reports the reader has never seen, and
their expected facts (NAME.expected.yaml, money in 万元, only what the document states).

    .venv/bin/python tests/data/holdout/make_holdout.py          # writes every report + expected facts
    .venv/bin/python tests/data/holdout/make_holdout.py --no-pdf # skip the LibreOffice conversions

Deterministic (seeded); PDF bytes carry a timestamp. Nothing here imports jixiao."""

from __future__ import annotations

import copy
import random
import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from holdout_facts import budget, grade_of, indicators, r2, total  # noqa: E402
from holdout_prose import ind_body, ind_heading, project_intro, whole_prose  # noqa: E402
from holdout_render import (  # noqa: E402
    FULL,
    grid_md,
    grid_xlsx,
    pdf_copy,
    project_grid,
    whole_grid,
    write_docx,
)

D = Decimal
REPORTS: dict[str, dict[str, Any]] = {}


def whole(
    name: str,
    year: int,
    pool: str,
    weights: list[int],
    band: str,
    seed: int,
    b: dict[str, Any],
    staff: tuple[int, list[tuple[str, int]]] | None = None,
    sample: int | None = None,
) -> dict[str, Any]:
    inds = indicators(pool, weights, band, seed, exec_weight=10, exec_rate=b["stated_execution_rate"])
    if sample and "满意度" in inds[-1]["name"]:
        inds[-1]["evidence"] = {"sample_size": sample}
    f: dict[str, Any] = {"kind": "整体支出", "year": year, "unit": {"name": name}, "budget": b, "indicators": inds}
    if staff:
        f["unit"]["staff_total"] = staff[0]
        if staff[1]:
            f["unit"]["staff_parts"] = [{"name": n, "count": c} for n, c in staff[1]]
    f["stated_total"] = total(inds)
    f["stated_grade"] = grade_of(f["stated_total"])
    return f


def project(
    unit: str, dept: str, pname: str, year: int, pool: str, weights: list[int], band: str, seed: int, b: dict[str, Any]
) -> dict[str, Any]:
    inds = indicators(pool, weights, band, seed, exec_weight=10, exec_rate=b["stated_execution_rate"])
    f: dict[str, Any] = {
        "kind": "项目支出",
        "year": year,
        "unit": {"supervising_department": dept},
        "project": {
            "name": pname,
            "implementing_unit": unit,
            "goal_expected": f"按期完成{pname}各项任务，资金使用规范",
            "goal_actual": f"{pname}主要任务已完成，资金按规定使用",
        },
        "budget": b,
        "indicators": inds,
    }
    f["stated_total"] = total(inds)
    f["stated_grade"] = grade_of(f["stated_total"])
    return f


def expected(f: dict[str, Any], *, table_project: bool = False, prose_whole: bool = True) -> dict[str, Any]:
    """Only the facts the document states, in the model's field names. Prose states no 一级/二级 levels;
    a project table states no indicator numbers, and its money block (the execution "indicator") no
    target and no levels."""
    e = copy.deepcopy({k: v for k, v in f.items() if not k.startswith("_")})
    if e.get("project"):
        e["project"].pop("goal_expected", None)
        e["project"].pop("goal_actual", None)
    for ind in e["indicators"]:
        if prose_whole:
            ind.pop("level1", None)
            ind.pop("level2", None)
        if table_project:
            ind.pop("number", None)
    if table_project:
        for key in ("target", "level1", "level2"):
            e["indicators"][0].pop(key, None)
    return e


def reg(name: str, suffix: str, f: dict[str, Any], exp: dict[str, Any], planted: list[str], build: Any) -> None:
    exp["planted"] = planted
    REPORTS[name] = {"suffix": suffix, "facts": f, "expected": exp, "build": build}


def retotal(f: dict[str, Any]) -> None:
    f["stated_total"] = total(f["indicators"])
    f["stated_grade"] = grade_of(f["stated_total"])


# ------------------------------------------------------------------ the reports


def define() -> None:
    # h01 Chongqing street office, UTF-8 text, seed-like but other phrasing; 良
    b = budget(
        "1860.00",
        "2345.60",
        "2201.37",
        income=[("一般公共预算财政拨款收入", "2088.15"), ("政府性基金预算财政拨款收入", "113.22")],
        expend=[("基本支出", "1320.48"), ("项目支出", "880.89")],
    )
    f = whole(
        "重庆市渝北区龙溪街道办事处",
        2024,
        "whole",
        [15, 15, 10, 10, 15, 10, 15],
        "良",
        101,
        b,
        staff=(96, [("行政编制人员", 38), ("事业编制人员", 41), ("工勤人员", 17)]),
        sample=300,
    )
    st = {"h": ["cn", "paren", "arabic"], "ind": "dot", "score": "de"}
    reg("h01-cq-longxi-street", ".txt", f, expected(f), [], ("text", whole_prose(f, st), "utf-8"))

    # h02 Sichuan health bureau, GBK, 第一部分 headings, money in 元 with separators; 优秀
    b = budget(
        "5320.00",
        "6012.35",
        "5890.12",
        income=[("财政拨款收入", "5702.40"), ("事业收入", "120.00"), ("其他收入", "67.72")],
        expend=[("基本支出", "2410.66"), ("项目支出", "3479.46")],
    )
    f = whole(
        "成都市武侯区卫生健康局",
        2023,
        "health",
        [10, 15, 15, 10, 10, 15, 15],
        "优",
        202,
        b,
        staff=(64, [("行政人员", 22), ("事业人员", 42)]),
    )
    st = {
        "h": ["part", "cn", "paren"],
        "ind": "paren",
        "score": "ziping",
        "money": "元",
        "sep": True,
        "concl": "综上，{year}年度我局部门整体支出绩效自评得分{t}分，自评等级为“{g}”。",
    }
    reg("h02-sc-wuhou-health-gbk", ".txt", f, expected(f), [], ("text", whole_prose(f, st), "gbk"))

    # h03 Jiangxi middle school, project, markdown pipe table; 合格 (= 中)
    b = budget("286.00", "312.50", "281.25", carry="26.50")
    f = project(
        "江西省赣州市章贡区第三中学",
        "赣州市章贡区教育科技体育局",
        "校舍维修改造",
        2024,
        "edu",
        [20, 15, 15, 10, 10, 10, 10],
        "中",
        303,
        b,
    )
    f["_grade_word"] = "合格"
    st = {"h": ["cn", "paren", "arabic"]}
    lines = [*project_intro(f, st), "", "附表：项目支出绩效自评表", "", *grid_md(project_grid(f))]
    reg(
        "h03-jx-zhanggong-school-project",
        ".md",
        f,
        expected(f, table_project=True, prose_whole=False),
        [],
        ("text", lines, "utf-8"),
    )

    # h04 Hubei people's hospital, Word prose, ① numbering, 扣X分; 良好
    b = budget(
        "18650.00",
        "21430.80",
        "20115.62",
        income=[("财政拨款收入", "4210.30"), ("医疗收入", "15870.42"), ("其他收入", "34.90")],
        expend=[("基本支出", "16520.11"), ("项目支出", "3595.51")],
    )
    f = whole(
        "宜昌市夷陵区人民医院",
        2024,
        "health",
        [15, 10, 15, 10, 10, 15, 15],
        "良",
        404,
        b,
        staff=(812, [("在编职工", 405), ("编外聘用人员", 407)]),
        sample=500,
    )
    st = {
        "h": ["cn", "paren", "arabic"],
        "ind": "circled",
        "score": "kou",
        "tlabel": "目标值",
        "alabel": "实际值",
        "concl": "自评结论：本院{year}年度整体支出绩效自评综合得分{t}分，评价等级为{g}。",
    }
    reg("h04-hb-yiling-hospital", ".docx", f, expected(f), [], ("docx", whole_prose(f, st), []))

    # h05 Yunnan culture-tourism bureau, amounts in 元 without separators, inline indicator paragraphs; 中
    b = budget(
        "957.02",
        "1021.76",
        "768.65",
        income=[("一般公共预算财政拨款收入", "957.02"), ("其他收入", "64.74")],
        expend=[("基本支出", "596.71"), ("项目支出", "171.94")],
    )
    f = whole("大理州祥云县文化和旅游局", 2024, "culture", [15, 15, 10, 15, 20, 15], "中", 505, b, staff=(33, []))
    st = {"h": ["cn", "paren", "dun"], "ind": "dun", "score": "defen", "money": "元", "inline": True}
    reg("h05-yn-xiangyun-culture", ".txt", f, expected(f), [], ("text", whole_prose(f, st), "utf-8"))

    # h06 Guangdong finance bureau, Word: short prose + whole-unit score table with merged level cells; 优
    b = budget(
        "4120.00",
        "4388.20",
        "4301.16",
        income=[("一般公共预算财政拨款收入", "4301.16")],
        expend=[("基本支出", "3012.55"), ("项目支出", "1288.61")],
    )
    f = whole("佛山市南海区财政局", 2024, "finance", [15, 15, 10, 15, 15, 10, 10], "优", 606, b, staff=(148, []))
    paras = whole_prose(f, {"h": ["cn", "paren", "arabic"], "ind": "dot"})
    cut = paras.index("三、绩效目标完成情况分析")
    paras = [*paras[: cut + 1], "各项绩效指标完成情况及得分详见下表。", *paras[cut + 1 + 2 * len(f["indicators"]) :]]
    reg(
        "h06-gd-nanhai-finance-table",
        ".docx",
        f,
        expected(f, prose_whole=False),
        [],
        ("docx", paras, [(cut + 1, whole_grid(f))]),
    )

    # h07 Zhejiang agriculture bureau, project, Word central table with merges and 上年结转; total wrong
    b = budget("640.00", "725.80", "688.32", carry="85.80")
    f = project(
        "湖州市吴兴区农业农村局",
        "湖州市吴兴区农业农村局",
        "高标准农田建设",
        2024,
        "agri",
        [15, 10, 15, 10, 10, 10, 10, 10],
        "良",
        707,
        b,
    )
    true_total = f["stated_total"]
    delta = D("2.50") if grade_of(true_total + D("2.50")) == grade_of(true_total) else D("-2.50")
    f["stated_total"] = r2(true_total + delta)
    assert grade_of(f["stated_total"]) == grade_of(true_total)
    reg(
        "h07-zj-wuxing-farmland-docx",
        ".docx",
        f,
        expected(f, table_project=True, prose_whole=False),
        ["TOTAL_MISMATCH"],
        ("docx", [*project_intro(f, {"h": ["cn", "paren", "arabic"]}), "附表"], [(-1, project_grid(f))]),
    )

    # h08 Chongqing police branch, PDF of Word prose; grade says 优 but total is in 良
    b = budget(
        "32600.00",
        "35120.45",
        "34008.91",
        income=[("一般公共预算财政拨款收入", "33650.20"), ("其他收入", "358.71")],
        expend=[("基本支出", "24410.35"), ("项目支出", "9598.56")],
    )
    f = whole(
        "重庆市綦江区公安分局",
        2024,
        "police",
        [15, 15, 10, 15, 15, 10, 10],
        "良",
        808,
        b,
        staff=(1126, [("民警", 684), ("警务辅助人员", 442)]),
        sample=1200,
    )
    f["stated_grade"] = "优"
    st = {
        "h": ["cn", "paren", "arabic"],
        "ind": "dot",
        "score": "ziping",
        "concl": "经综合评定，我局{year}年度部门整体支出绩效自评得分{t}分，自评等级为{g}。",
    }
    reg("h08-cq-qijiang-police-pdf", ".pdf", f, expected(f), ["GRADE_MISMATCH"], ("pdf", whole_prose(f, st), []))

    # h09 Chongqing community health centre, project, PDF of the table; 差
    b = budget("48.00", "52.60", "31.56", carry="4.60")
    f = project(
        "重庆市大渡口区八桥镇社区卫生服务中心",
        "重庆市大渡口区卫生健康委员会",
        "基本公共卫生服务",
        2023,
        "health",
        [15, 15, 10, 10, 10, 15, 15],
        "差",
        909,
        b,
    )
    reg(
        "h09-cq-baqiao-chc-pdf",
        ".pdf",
        f,
        expected(f, table_project=True, prose_whole=False),
        [],
        ("pdf", project_intro(f, {"h": ["cn", "paren", "arabic"]}), [(-1, project_grid(f))]),
    )

    # h10 Chongqing education commission, project, Excel with merged cells; 优
    b = budget("1500.00", "1620.00", "1598.40", carry="120.00")
    f = project(
        "重庆市永川区教育委员会",
        "重庆市永川区教育委员会",
        "家庭经济困难学生资助",
        2024,
        "edu",
        [20, 15, 10, 15, 10, 10, 10],
        "优",
        1010,
        b,
    )
    f["_grade_row"] = "优"
    reg(
        "h10-cq-yongchuan-edu-xlsx",
        ".xlsx",
        f,
        expected(f, table_project=True, prose_whole=False),
        [],
        ("xlsx", [("项目支出绩效自评表", project_grid(f))]),
    )

    # h11 Sichuan street office, Excel whole-unit score table; one score above its weight
    b = budget(
        "1210.00",
        "1388.40",
        "1251.35",
        income=[("一般公共预算财政拨款收入", "1251.35")],
        expend=[("基本支出", "760.12"), ("项目支出", "491.23")],
    )
    f = whole("绵阳市涪城区城厢街道办事处", 2024, "whole", [15, 15, 10, 10, 15, 10, 15], "良", 1111, b)
    f["indicators"][3]["stated_score"] = D(f["indicators"][3]["weight"]) + 1
    retotal(f)
    exp = expected(f, prose_whole=False)
    del exp["budget"], exp["stated_grade"]  # the workbook holds only the score table
    reg(
        "h11-sc-chengxiang-street-xlsx",
        ".xlsx",
        f,
        exp,
        ["SCORE_OVER_WEIGHT"],
        (
            "xlsx",
            [("部门整体支出绩效自评表", whole_grid(f))],
            f"{f['unit']['name']}{f['year']}年度部门整体支出绩效自评表",
        ),
    )

    # h12 Hubei health bureau, text copied from a PDF: lines broken every 29 chars, running header, footer
    b = budget(
        "3902.00",
        "4511.30",
        "4187.66",
        income=[("一般公共预算财政拨款收入", "4020.15"), ("政府性基金预算财政拨款收入", "167.51")],
        expend=[("基本支出", "1843.27"), ("项目支出", "2344.39")],
    )
    f = whole(
        "荆门市东宝区卫生健康局",
        2024,
        "health",
        [10, 15, 10, 15, 15, 10, 15],
        "良",
        1212,
        b,
        staff=(57, [("行政编制", 21), ("事业编制", 36)]),
    )
    st = {"h": ["cn", "paren", "arabic"], "ind": "dot", "score": "de"}
    lines = pdf_copy(whole_prose(f, st), 29, "荆门市东宝区卫生健康局2024年度部门整体支出绩效自评报告", "— {page} —")
    reg("h12-hb-dongbao-health-pdfcopy", ".txt", f, expected(f), [], ("text", lines, "utf-8"))

    # h13 Jiangxi agriculture bureau, GBK + full-width digits and punctuation; income items do not add up
    b = budget(
        "2650.00",
        "2987.40",
        "2912.73",
        income=[("一般公共预算财政拨款收入", "2610.18"), ("政府性基金预算财政拨款收入", "302.55")],
        expend=[("基本支出", "1120.40"), ("项目支出", "1792.33")],
    )
    f = whole("九江市濂溪区农业农村局", 2024, "agri", [15, 10, 15, 10, 15, 10, 15], "优", 1313, b, staff=(45, []))
    f["budget"]["income_total"] = D("2962.73")
    st = {"h": ["cn", "paren", "arabic"], "ind": "dot", "score": "de"}
    lines = [line.translate(FULL) for line in whole_prose(f, st)]
    reg("h13-jx-lianxi-agri-gbk-fullwidth", ".txt", f, expected(f), ["INCOME_SUM_MISMATCH"], ("text", lines, "gbk"))

    # h14 Yunnan middle school, markdown, （1） headings, numbering skips 4; 中
    b = budget(
        "2105.00",
        "2290.45",
        "2061.41",
        income=[("财政拨款收入", "1990.16"), ("事业收入", "71.25")],
        expend=[("基本支出", "1702.88"), ("项目支出", "358.53")],
    )
    f = whole(
        "曲靖市麒麟区第一中学",
        2024,
        "edu",
        [15, 10, 15, 10, 15, 10, 15],
        "中",
        1414,
        b,
        staff=(186, [("专任教师", 168), ("行政后勤人员", 18)]),
    )
    for ind in f["indicators"][3:]:
        ind["number"] += 1
    st = {"h": ["cn", "paren", "arabic"], "ind": "paren", "score": "defen"}
    lines = [
        "# " + x if i < 2 else ("## " + x if x[:2] in ("一、", "二、", "三、", "四、", "五、") else x)
        for i, x in enumerate(whole_prose(f, st))
    ]
    reg("h14-yn-qilin-school-md", ".md", f, expected(f), ["NUMBERING_GAP"], ("text", lines, "utf-8"))

    # h15 Hubei culture-tourism, project prose grouped by level-1 headings; weights sum to 95
    b = budget("380.00", "380.00", "362.52")
    f = project(
        "十堰市张湾区文化和旅游局",
        "十堰市张湾区文化和旅游局",
        "送戏下乡及公共文化服务",
        2024,
        "culture",
        [20, 15, 10, 10, 15, 10, 5],
        "良",
        1515,
        b,
    )
    st = {"h": ["cn", "paren", "arabic"], "ind": "dot", "score": "de", "tlabel": "指标值"}
    lines = [*project_intro(f, st)[:5], "（一）预算执行情况（10分）"]
    lines += [ind_heading(f["indicators"][0], st) + ind_body(f["indicators"][0], st)]
    groups: dict[str, list[dict[str, Any]]] = {}
    for ind in f["indicators"][1:]:
        groups.setdefault(ind["level1"], []).append(ind)
    for k, (l1, inds) in enumerate(groups.items(), 2):
        lines.append(f"（{'一二三四五'[k - 1]}）{l1}（{sum(i['weight'] for i in inds)}分）")
        lines += [ind_heading(i, st) + ind_body(i, st) for i in inds]
    lines += project_intro(f, st)[5:]
    exp = expected(f, prose_whole=False)
    exp["indicators"][0].pop("level1", None)
    exp["indicators"][0].pop("level2", None)
    for ind in exp["indicators"]:
        ind.pop("level2", None)
    reg("h15-hb-zhangwan-culture-project", ".txt", f, exp, ["WEIGHTS_NOT_100"], ("text", lines, "utf-8"))

    # h16 Jiangxi street office, staff parts do not add up; 优
    b = budget(
        "1320.00",
        "1402.80",
        "1378.95",
        income=[("一般公共预算财政拨款收入", "1378.95")],
        expend=[("基本支出", "702.31"), ("项目支出", "676.64")],
    )
    f = whole(
        "上饶市广信区旭日街道办事处",
        2024,
        "whole",
        [15, 15, 10, 10, 15, 10, 15],
        "优",
        1616,
        b,
        staff=(72, [("行政编制", 30), ("事业编制", 28), ("编外人员", 12)]),
    )
    st = {"h": ["cn", "paren", "arabic"], "ind": "dot", "score": "kou"}
    reg(
        "h16-jx-xuri-street-staff",
        ".txt",
        f,
        expected(f),
        ["STAFF_SUM_MISMATCH"],
        ("text", whole_prose(f, st), "utf-8"),
    )

    # h17 Zhejiang people's hospital, Word prose, "不低于"-style targets, 1、 headings; 中
    b = budget(
        "26410.00",
        "28850.20",
        "25103.75",
        income=[("财政拨款收入", "5120.66"), ("医疗收入", "19983.09")],
        expend=[("基本支出", "21987.40"), ("项目支出", "3116.35")],
    )
    f = whole("温州市鹿城区人民医院", 2024, "health", [15, 15, 10, 10, 15, 10, 15], "中", 1717, b)
    st = {
        "h": ["cn", "paren", "dun"],
        "ind": "dun",
        "score": "defen",
        "tstyle": "words",
        "tlabel": "目标",
        "alabel": "全年完成",
        "concl": "评价结论：{year}年度整体支出绩效自评得分{t}分，等级：{g}。",
    }
    reg("h17-zj-lucheng-hospital", ".docx", f, expected(f), [], ("docx", whole_prose(f, st), []))

    # h18 Guangdong police branch, text; stated execution rate does not match the amounts
    b = budget(
        "21800.00",
        "23560.00",
        "21910.80",
        income=[("一般公共预算财政拨款收入", "21910.80")],
        expend=[("基本支出", "15320.44"), ("项目支出", "6590.36")],
    )
    b["stated_execution_rate"] = D("96.30")
    f = whole("韶关市浈江区公安分局", 2024, "police", [15, 15, 10, 15, 15, 10, 10], "良", 1818, b, staff=(530, []))
    st = {"h": ["cn", "paren", "arabic"], "ind": "colon", "score": "de"}
    reg(
        "h18-gd-zhenjiang-police-rate",
        ".txt",
        f,
        expected(f),
        ["EXECUTION_RATE_MISMATCH"],
        ("text", whole_prose(f, st), "utf-8"),
    )

    # h19 Chongqing finance bureau, PDF: prose + score table at the end; 优
    b = budget(
        "3560.00",
        "3720.50",
        "3651.27",
        income=[("一般公共预算财政拨款收入", "3651.27")],
        expend=[("基本支出", "2410.08"), ("项目支出", "1241.19")],
    )
    f = whole(
        "重庆市北碚区财政局",
        2023,
        "finance",
        [15, 10, 15, 15, 15, 10, 10],
        "优",
        1919,
        b,
        staff=(121, [("行政编制", 86), ("事业编制", 35)]),
    )
    st = {"h": ["cn", "paren", "arabic"], "ind": "dot", "score": "de"}
    reg(
        "h19-cq-beibei-finance-pdf",
        ".pdf",
        f,
        expected(f, prose_whole=False),
        [],
        ("pdf", [*whole_prose(f, st), "附件：部门整体支出绩效自评表"], [(-1, whole_grid(f))]),
    )

    # h20 Sichuan agriculture bureau, project, Excel with money in 元; 差
    b = budget("96.50", "120.00", "58.44", carry="23.50")
    f = project(
        "南充市顺庆区农业农村局",
        "南充市顺庆区农业农村局",
        "高素质农民培育",
        2024,
        "agri",
        [15, 15, 10, 10, 15, 10, 15],
        "差",
        2020,
        b,
    )
    f["_grade_row"] = "差"
    reg(
        "h20-sc-shunqing-farmer-yuan-xlsx",
        ".xlsx",
        f,
        expected(f, table_project=True, prose_whole=False),
        [],
        ("xlsx", [("自评表", project_grid(f, money_unit="元"))]),
    )

    # h21 Zhejiang culture-tourism, project, markdown: prose + pipe table, qualitative targets; 优
    b = budget("210.00", "235.00", "232.65", carry="25.00")
    f = project(
        "台州市黄岩区文化和旅游局",
        "台州市黄岩区文化和旅游局",
        "公共文化场馆免费开放",
        2024,
        "culture",
        [20, 15, 15, 10, 10, 10, 10],
        "优",
        2121,
        b,
    )
    lines = [
        "# " + project_intro(f, {})[0],
        *project_intro(f, {"h": ["cn", "paren", "arabic"]})[1:],
        "",
        *grid_md(project_grid(f, title=False)),
    ]
    reg(
        "h21-zj-huangyan-culture-md",
        ".md",
        f,
        expected(f, table_project=True, prose_whole=False),
        [],
        ("text", lines, "utf-8"),
    )

    # h22 Yunnan community health centre, whole-unit text, 万元 with separators, score "得分X"; 良
    b = budget(
        "1268.00",
        "1410.36",
        "1297.53",
        income=[("财政拨款收入", "1046.20"), ("事业收入", "251.33")],
        expend=[("基本支出", "1075.46"), ("项目支出", "222.07")],
    )
    f = whole(
        "昆明市五华区华山街道社区卫生服务中心",
        2024,
        "health",
        [15, 10, 15, 15, 10, 10, 15],
        "良",
        2222,
        b,
        staff=(68, [("在编人员", 41), ("聘用人员", 27)]),
        sample=260,
    )
    st = {"h": ["cn", "paren", "arabic"], "ind": "dot", "score": "defen", "sep": True}
    reg("h22-yn-huashan-chc", ".txt", f, expected(f), [], ("text", whole_prose(f, st), "utf-8"))


# ------------------------------------------------------------------ writing


def _plain(data: Any) -> Any:
    if isinstance(data, dict):
        return {k: _plain(v) for k, v in data.items()}
    if isinstance(data, list):
        return [_plain(v) for v in data]
    if isinstance(data, Decimal):
        return int(data) if data == data.to_integral_value() else float(data)
    return data


def write_xlsx(path: Path, sheets: list[tuple[str, Any]], title: str | None = None) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, grid in sheets:
        ws = wb.create_sheet(name)
        row0 = 1
        if title:
            ws.cell(row=1, column=1, value=title)
            ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(grid[0][0]))
            row0 = 2
        grid_xlsx(ws, grid, row0=row0)
    import datetime

    wb.properties.created = wb.properties.modified = datetime.datetime(2025, 3, 1)
    wb.save(str(path))


def to_pdf(docx_files: list[Path], out: Path) -> None:
    soffice = shutil.which("soffice")
    if not soffice or not docx_files:
        print("soffice not found: PDFs not rebuilt")
        return
    profile = f"/tmp/lo-g2-{random.randint(0, 10**9)}"
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            *map(str, docx_files),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    shutil.rmtree(profile, ignore_errors=True)


def main() -> None:
    define()
    src = HERE / "sources"
    src.mkdir(exist_ok=True)
    pdf_sources: list[Path] = []
    for name, rep in REPORTS.items():
        path = HERE / (name + rep["suffix"])
        kind, *args = rep["build"]
        if kind == "text":
            lines, enc = args
            path.write_bytes(("\n".join(lines) + "\n").encode(enc))
        elif kind in ("docx", "pdf"):
            paras, grids = args
            target = path if kind == "docx" else src / (name + ".docx")
            write_docx(target, paras, grids)
            if kind == "pdf":
                pdf_sources.append(target)
        elif kind == "xlsx":
            write_xlsx(path, args[0], args[1] if len(args) > 1 else None)
        exp_path = HERE / (name + ".expected.yaml")
        header = f"# Expected facts of {path.name}: only what the document states (money in 万元).\n"
        exp_path.write_text(
            header + yaml.safe_dump(_plain(rep["expected"]), allow_unicode=True, sort_keys=False), encoding="utf-8"
        )
    if "--no-pdf" not in sys.argv:
        to_pdf(pdf_sources, HERE)
    print(f"{len(REPORTS)} reports written to {HERE}")


if __name__ == "__main__":
    main()
