# ruff: noqa: E501
"""The builder of the fifty-eighth set's reports (their data: ``fiftyeighth_units``), each returning (facts, ext,
content): whole-unit 2025 self-evaluations of
eight public institutions (事业单位) — a county hospital, a vocational school, a research institute, a broadcast
station, a water-supply centre, an archive, a sports school and a farm-machinery station — with 收支 split into
基本支出 / 项目支出 / 经营支出 / 上缴上级支出, staff by 编制类型 (参公 / 全额拨款 / 差额拨款 / 自收自支, 编外聘用 beside
them), money in 元 with thousands separators, score columns 标准分 / 自评分 / 扣分说明, the unit's own indicator table
followed by one table per project (the projects' tables are no part of the unit's indicators), grades 良好 / 合格 / 较好.
Every unit, person and figure is invented (real provinces and counties, invented bodies and figures).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from corpus_build import Row, indicator_fact, items, value_fact
from eighteenth_facts import D, Made, facts, r2, rate, wan_yuan
from fiftyeighth_render import Block, export_csv, page, sheet, word
from fortyeighth_reports import budget
from seventeenth_facts import shown

YEAR = 2025
Money = list[tuple[str, str]]  # (name, amount in 元 with separators)


def _sum(pairs: Money) -> str:
    return f"{sum((D(a.replace(',', '')) for _, a in pairs), D(0)):,.2f}"


def _head(style: str) -> list[str]:
    return {"a": ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "标准分", "自评分", "扣分说明"],
            "b": ["一级指标", "二级指标", "三级指标", "标准分", "年度指标值", "实际完成值", "扣分说明", "自评分"],
            "c": ["一级指标", "二级指标", "三级指标", "标准分", "自评分", "年度目标", "全年完成", "扣分说明"]}[style]


def _cells(r: Row, style: str) -> list[str]:
    l1, l2, name, w, t, a, s, note = r
    return {"a": [l1, l2, name, shown(t), shown(a), str(w), s, note],
            "b": [l1, l2, name, str(w), shown(t), shown(a), note, s],
            "c": [l1, l2, name, str(w), s, shown(t), shown(a), note]}[style]


def _grid(rows: list[Row], style: str, tot: Decimal | None, sparse: bool = False) -> list[list[str]]:
    """The header and the rows; ``sparse`` writes a 一级 / 二级 once per group, as a merged cell reads when flattened."""
    out = [_head(style)]
    prev: Row | None = None
    for r in rows:
        shown_row = r
        if sparse and prev is not None:
            same1 = r[0] == prev[0]
            shown_row = ("" if same1 else r[0], "" if same1 and r[1] == prev[1] else r[1], *r[2:])  # type: ignore[assignment]
        out.append(_cells(shown_row, style))
        prev = r
    if tot is not None:
        cells = _cells(("合计", "", "", 100, "", "", str(tot), ""), style)
        out.append(cells)
    return out


def _staff_text(est: int, parts: list[tuple[str, int, int]], extra: int, nature: str) -> str:
    est_parts = "、".join(f"{n}{e}名" for n, e, _ in parts)
    real = "、".join(f"{n}{c}人" for n, _, c in parts)
    tot = sum(c for _, _, c in parts)
    return (f"本单位为{nature}，核定编制{est}名（{est_parts}），年末实有在编人员{tot}人，其中{real}；"
            f"另有编外聘用人员{extra}人，不计入在编人数。")


def _staff_table(est: int, parts: list[tuple[str, int, int]], extra: int) -> list[list[str]]:
    tot = sum(c for _, _, c in parts)
    return [["编制类型", "核定编制数（名）", "年末实有人数（人）"], *([n, str(e), str(c)] for n, e, c in parts),
            ["合计", str(est), str(tot)], ["编外聘用", "—", str(extra)]]


def _money_text(inc: Money, out: Money) -> list[str]:
    return [f"{YEAR}年度收入合计{_sum(inc)}元，其中：" + "，".join(f"{n}{a}元" for n, a in inc) + "。",
            f"{YEAR}年度支出合计{_sum(out)}元，其中：" + "，".join(f"{n}{a}元" for n, a in out) + "。"]


def _money_columns(inc: Money, out: Money) -> list[Block]:
    """One table: the income's labels over their amounts, then the spending's, the shorter rows padded."""
    rows = [["收入合计", *(n for n, _ in inc)], [_sum(inc), *(a for _, a in inc)],
            ["支出合计", *(n for n, _ in out)], [_sum(out), *(a for _, a in out)]]
    width = max(len(r) for r in rows)
    return ["收支情况表（单位：元）", [r + [""] * (width - len(r)) for r in rows]]


def _project(i: int, pname: str, money: tuple[str, str, str], rows: list[Row], style: str,
             sparse: bool) -> list[Block]:
    ini, adj, exe = money
    score = sum((D(r[6]) for r in rows), D(0))
    return [f"附表{i}：{pname}绩效自评表",
            [["项目名称", pname, "", "", "", "", "", ""],
             ["项目资金（元）", "年初预算数", ini, "全年预算数", adj, "全年执行数", exe, ""],
             *_grid(rows, style, None, sparse)],
            f"该项目自评得分{score}分（本表满分{sum(int(r[3]) for r in rows)}分）。"]


def _value(text: str, *, actual: bool) -> dict[str, Any]:
    """A target or actual cell's expected value, a leading minus sign kept on the figure (-3.2% a value of -3.2)."""
    if not text.startswith("-"):
        return value_fact(text, actual=actual)
    fact = value_fact(text[1:], actual=actual)
    return {**fact, "value": -fact["value"]}


# The model's grade for each grade word the reports write (较好 has none: the expected facts leave it out)
MODEL_GRADE = {"优秀": "优", "良好": "良", "合格": "中", "不合格": "差"}


def _grade(tot: Decimal) -> str:
    return "优秀" if tot >= 90 else "良好" if tot >= 80 else "合格" if tot >= 60 else "不合格"


Spec = dict[str, Any]


def _report(s: Spec) -> tuple[dict[str, Any], list[Block]]:
    """The expected facts and the blocks of one unit's report from its spec."""
    unit, inc, out = s["unit"], s["income"], s["spend"]
    ini, adj = s["budget"]
    exe = _sum(out)
    w_ini, w_adj, w_exe = (wan_yuan(x) for x in (ini, adj, exe))
    rt = rate(str(w_exe), str(w_adj))
    es = r2(10 * rt / 100)
    rows: list[Row] = [(s.get("exec_l1", "预算执行"), s.get("exec_l2", ""), "预算执行率", 10, "100%", f"{rt}%", str(es), ""), *s["rows"]]
    tot = sum((D(r[6]) for r in rows), D(0))
    grade = s.get("grade_word", _grade(tot))
    est, parts, extra = s["staff"]
    unit_facts: dict[str, Any] = {"name": unit, "staff_establishment": est, "staff_total": sum(c for _, _, c in parts),
                                  "staff_parts": [{"name": n, "count": c} for n, _, c in parts]}
    bud = budget(str(w_ini), str(w_adj), str(w_exe), rt)
    bud.update(income_total=wan_yuan(_sum(inc)), income_items=items(*((n, str(wan_yuan(a))) for n, a in inc)),
               expenditure_total=w_exe, expenditure_items=items(*((n, str(wan_yuan(a))) for n, a in out)))
    f = facts("整体支出", YEAR, unit_facts, bud, [indicator_fact(r, value=_value) for r in rows], tot, full_mark=100,
              planted=[], stated_grade=MODEL_GRADE.get(grade, grade))
    if grade not in MODEL_GRADE:
        del f["stated_grade"]  # a grade word the model has no band for (较好): visible, not counted
    style = s["style"]
    staff: list[Block] = ([_staff_text(est, parts, extra, s["nature"])] if s["staff_shape"] == "text"
                          else [f"本单位为{s['nature']}，人员编制及实有人数如下：", _staff_table(est, parts, extra)])
    money: list[Block] = (_money_text(inc, out) if s["money_shape"] == "text" else _money_columns(inc, out))
    blocks: list[Block] = [f"{unit}{YEAR}年度单位整体支出绩效自评报告", "一、单位基本情况", s["duty"], *staff,
                           "二、单位收支情况", *money,
                           "三、预算执行情况",
                           f"{YEAR}年本单位年初预算{ini}元，年中调整后全年预算{adj}元，全年执行{exe}元，预算执行率{rt}%。",
                           "四、单位整体支出绩效自评表", _grid(rows, style, tot, s.get("sparse", False)),
                           f"经自评，本单位{YEAR}年度整体支出绩效自评得分{tot}分，自评等级为“{grade}”。",
                           "五、项目支出绩效自评情况",
                           f"本单位{YEAR}年实施项目{len(s['projects'])}个，逐项开展了自评，各项目自评表附后。"]
    for i, (pname, money3, prow) in enumerate(s["projects"], 1):
        blocks.extend(_project(i, pname, money3, prow, style, s.get("sparse", False)))
    blocks.extend(["六、存在的问题及改进措施", s["problem"], unit, f"{YEAR + 1}年3月{s['day']}日"])
    return f, blocks


def maker(code: str, s: Spec, ext: str) -> Callable[[], Made]:
    """The maker of one report: its facts, its extension and its content in that format."""
    def make() -> Made:
        f, blocks = _report(s)
        title = str(blocks[0])
        if ext == "mht":
            return f, ext, page(blocks, title)
        if ext == "csv":
            return f, ext, export_csv(blocks)
        if ext in ("et", "ods", "xls"):
            return f, ext, sheet(blocks, code, ext)
        return f, ext, word(blocks, code, ext)
    return make
