# ruff: noqa: E501
"""The builder of the fifty-ninth set's reports (their data: ``fiftyninth_units``), each returning (facts, ext,
content): whole-unit 2025 self-evaluations of townships (乡镇人民政府) and street offices (街道办事处) in Guangdong,
Fujian, Zhejiang and Guizhou on the newer whole-unit frame (运行成本 / 管理效率 / 履职效能 / 社会效应 / 服务对象满意度
as 一级, or as 二级 under 产出 / 效益 / 满意度), a 收支 table by fund source with 上年结转 / 本年收入 / 本年支出 / 年末结转
columns, staff split 行政编 / 事业编 / 工勤 with 编外 beside them, a table of score bands printed beside the result, and
元 in some tables beside 万元 in the prose and other tables. Every unit, person and figure is invented (real provinces
and counties, invented towns, streets and figures).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from corpus_build import Row, indicator_fact, value_fact
from eighteenth_facts import D, Made, facts, r2, rate
from fiftyeighth_render import Block, export_csv, page, sheet, word
from fiftyninth_render import nested_word
from fortyeighth_reports import budget
from seventeenth_facts import shown
from two_up import two_up_pdf

YEAR = 2025
SOURCES = ("一般公共预算财政拨款", "政府性基金预算财政拨款", "其他资金")
Spec = dict[str, Any]


def _value(text: str, *, actual: bool) -> dict[str, Any]:
    """A target or actual cell's expected value, a leading minus sign kept on the figure (-6.5% a value of -6.5)."""
    if not text.startswith("-"):
        return value_fact(text, actual=actual)
    fact = value_fact(text[1:], actual=actual)
    return {**fact, "value": -fact["value"]}


def _money(wan: Decimal, unit: str) -> str:
    """An amount held in 万元 as the table writes it: 元 with separators, or 万元 with two decimals."""
    return f"{wan * 10000:,.2f}" if unit == "元" else f"{wan:.2f}"


def _carry_rows(flows: list[tuple[str, str, str]], unit: str) -> list[list[str]]:
    """资金来源 | 上年结转 | 本年收入 | 本年支出 | 年末结转, one row per source and a 合计 row (年末 = 上年 + 收入 − 支出)."""
    rows = [["资金来源", "上年结转", "本年收入", "本年支出", "年末结转"]]
    sums = [D(0)] * 4
    for name, (o, i, s) in zip(SOURCES, flows, strict=True):
        vals = [D(o), D(i), D(s)]
        vals.append(vals[0] + vals[1] - vals[2])
        sums = [a + b for a, b in zip(sums, vals, strict=True)]
        rows.append([name, *(_money(v, unit) for v in vals)])
    rows.append(["合计", *(_money(v, unit) for v in sums)])
    return rows


def _totals(flows: list[tuple[str, str, str]]) -> tuple[Decimal, Decimal, Decimal, Decimal]:
    o, i, s = (sum((D(f[k]) for f in flows), D(0)) for k in range(3))
    return o, i, s, o + i - s


def _staff_blocks(s: Spec) -> list[Block]:
    est, parts, extra = s["staff"]
    tot = sum(c for _, _, c in parts)
    shape = s["staff_shape"]
    if shape == "text":
        return [f"核定编制{est}名，其中" + "、".join(f"{n}{'制' if n.endswith('编') else '编制'}{e}名" for n, e, _ in parts) + f"；年末实有在编人员{tot}人，其中"
                + "、".join(f"{n}{c}人" for n, _, c in parts) + f"；另有编外聘用人员{extra}人，不占编制。"]
    if shape == "row_table":  # the kinds across, 在编合计 then 编外
        return ["人员编制及实有人数情况如下：",
                [["项目", *(n for n, _, _ in parts), "在编合计", "编外"],
                 ["核定编制（名）", *(str(e) for _, e, _ in parts), str(est), "—"],
                 ["年末实有（人）", *(str(c) for _, _, c in parts), str(tot), str(extra)]]]
    return ["人员编制及实有人数情况如下：",  # the kinds down, 在编小计 then 编外
            [["人员类别", "核定编制数", "年末实有人数"], *([n, str(e), str(c)] for n, e, c in parts),
             ["在编小计", str(est), str(tot)], ["编外聘用", "—", str(extra)]]]


def _head(frame: str) -> list[str]:
    return (["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析"] if frame == "A"
            else ["一级指标", "二级指标", "三级指标", "指标值", "完成值", "权重", "自评得分", "未完成原因及改进措施"])


def _grid(rows: list[Row], frame: str, tot: Decimal, sparse: bool) -> list[list[str]]:
    out = [_head(frame)]
    prev: Row | None = None
    for r in rows:
        l1, l2 = r[0], r[1]
        if sparse and prev is not None:
            l2 = "" if l1 == prev[0] and l2 == prev[1] else l2
            l1 = "" if l1 == prev[0] else l1
        out.append([l1, l2, r[2], shown(r[4]), shown(r[5]), str(r[3]), r[6], r[7]])
        prev = r
    out.append(["合计", "", "", "", "", "100", str(tot), ""])
    return out


# Band texts as a report writes them, with the expected band (grade, lowest total: 0 for "60分以下", no total being
# negative)
BANDS: dict[str, list[tuple[str, str, Decimal]]] = {
    "range": [("90—100分", "优", D(90)), ("80—89分", "良", D(80)), ("60—79分", "中", D(60)), ("60分以下", "差", D(0))],
    "incl": [("90分（含）以上", "优", D(90)), ("80分（含）—90分", "良", D(80)), ("60分（含）—80分", "中", D(60)),
             ("60分以下", "差", D(0))],
}


def _bands_expected(style: str) -> list[dict[str, Any]]:
    return [{"grade": g, "min": m} for _, g, m in BANDS[style]]


def _result_beside(tot: Decimal, grade: str, style: str) -> list[list[str]]:
    """The result and the score bands in one table, side by side."""
    bands = BANDS[style]
    left = [["自评总分", str(tot)], ["自评等级", grade], ["", ""], ["", ""]]
    return [["自评结果", "", "等级标准", ""], *([*left[i], text, g] for i, (text, g, _) in enumerate(bands))]


def _grade(tot: Decimal) -> str:
    return "优" if tot >= 90 else "良" if tot >= 80 else "中" if tot >= 60 else "差"


def _report(s: Spec) -> tuple[dict[str, Any], list[Block], Any]:
    """The expected facts, the blocks of one unit's report and its form (for the nested Word shape)."""
    unit, flows, frame = s["unit"], s["flows"], s["frame"]
    ini, adj = s["budget"]
    o, i, sp, c = _totals(flows)
    rt = rate(str(sp), adj)
    es = r2(10 * rt / 100)
    exec_levels = ("管理效率", "预算执行") if frame == "A" else ("产出指标", "管理效率")
    rows: list[Row] = [*s["rows"][:s["exec_at"]], (*exec_levels, "预算执行率", 10, "100%", f"{rt}%", str(es), ""),
                       *s["rows"][s["exec_at"]:]]
    tot = sum((D(r[6]) for r in rows), D(0))
    assert sum(int(r[3]) for r in rows) == 100, unit
    grade = _grade(tot)
    est, parts, _extra = s["staff"]
    unit_facts = {"name": unit, "staff_establishment": est, "staff_total": sum(n for _, _, n in parts),
                  "staff_parts": [{"name": n, "count": k} for n, _, k in parts]}
    bud = budget(ini, adj, str(sp), rt)
    basic, proj = s["spend_items"]
    assert D(basic) + D(proj) == sp, unit
    bud.update(income_total=i, income_items=[{"name": n, "amount": D(f[1])} for n, f in zip(SOURCES, flows, strict=True)],
               expenditure_total=sp, expenditure_items=[{"name": "基本支出", "amount": D(basic)}, {"name": "项目支出", "amount": D(proj)}],
               carry_over=c, opening_balance=o)
    f = facts("整体支出", YEAR, unit_facts, bud, [indicator_fact(r, value=_value) for r in rows], tot, full_mark=100,
              planted=[], stated_grade=grade, stated_grade_bands=_bands_expected(s["bands"]))
    mu, fu = s["carry_unit"], s["form_unit"]
    form: list[list[str]] = [["单位名称", unit, "", "", "", "", "", ""],
                             [f"年度预算（{fu}）", "年初预算数", _money(D(ini), fu), "全年预算数", _money(D(adj), fu), "全年执行数", _money(sp, fu), ""],
                             *_grid(rows, frame, tot, s.get("sparse", False))]
    result = _result_beside(tot, grade, s["bands"])
    blocks: list[Block] = [f"{unit}{YEAR}年度部门整体支出绩效自评报告", "一、部门基本情况", s["duty"], *_staff_blocks(s),
                           "二、部门收支情况", f"表1　{YEAR}年度收支及结转情况表（单位：{mu}）", _carry_rows(flows, mu),
                           f"本年支出中，基本支出{D(basic):.2f}万元，项目支出{D(proj):.2f}万元。",
                           "三、预算执行情况",
                           f"{YEAR}年部门年初预算{D(ini):.2f}万元，年中追加调整后全年预算{D(adj):.2f}万元，全年执行{sp:.2f}万元，预算执行率{rt}%。",
                           "四、整体支出绩效自评情况", f"表2　{YEAR}年度部门整体支出绩效自评表", form,
                           f"经自评，本单位{YEAR}年度部门整体支出绩效自评得分{tot}分，自评等级为{grade}。等级标准见下表。", result,
                           "五、存在的问题及改进措施", s["problem"], unit, f"{YEAR + 1}年3月{s['day']}日"]
    return f, blocks, (form, result)


def maker(code: str, s: Spec, ext: str) -> Callable[[], Made]:
    """The maker of one report: its facts, its extension and its content in that format."""
    def make() -> Made:
        f, blocks, (form, result) = _report(s)
        title = str(blocks[0])
        if ext in ("mht", "mhtml"):
            return f, ext, page(blocks, title)
        if ext == "csv":
            return f, ext, export_csv(blocks)
        if ext in ("et", "ods", "xls"):
            return f, ext, sheet(blocks, code, ext)
        if s.get("nested"):
            return f, ext, nested_word(blocks, form, result, code, ext)
        if ext == "pdf":
            return f, ext, two_up_pdf(word(blocks, code, "pdf"))
        return f, ext, word(blocks, code, ext)
    return make
