"""Prose renderers of the held-out reports: a whole-unit report and a project report, each in a
house style given as a dict (headings, weight and score phrasing, money unit, conclusion)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from holdout_render import CIRCLED, CN, actual_text, money, num, target_text

D = Decimal

GRADE_WORDS = {"优": "优秀", "良": "良好", "中": "中", "差": "差"}


def heading(level: int, i: int, text: str, st: dict[str, Any]) -> str:
    kind = st.get("h", ["cn", "paren", "arabic"])[level]
    if kind == "part":
        return f"第{CN[i - 1]}部分 {text}"
    if kind == "cn":
        return f"{CN[i - 1]}、{text}"
    if kind == "paren":
        return f"（{CN[i - 1]}）{text}"
    if kind == "halfparen":
        return f"({CN[i - 1]}){text}"
    if kind == "arabic":
        return f"{i}.{text}"
    return f"{i}、{text}"


def ind_heading(ind: dict[str, Any], st: dict[str, Any], shown: int | None = None) -> str:
    n = ind["number"] if shown is None else shown
    w, name = num(ind["weight"]), ind["name"]
    form = st.get("ind", "dot")
    if form == "dot":
        return f"{n}.{name}（{w}分）"
    if form == "paren":
        return f"（{n}）{name}（分值{w}分）"
    if form == "circled":
        return f"{CIRCLED[n - 1]}{name}（权重{w}分）"
    if form == "dun":
        return f"{n}、{name}，权重{w}分"
    if form == "colon":
        return f"{n}. {name}（满分{w}分）："
    raise ValueError(form)


def score_phrase(ind: dict[str, Any], st: dict[str, Any]) -> str:
    s, w = D(str(ind["stated_score"])), D(str(ind["weight"]))
    form = st.get("score", "de")
    if form == "de":
        return f"得{num(s)}分"
    if form == "defen":
        return f"该项得分{num(s)}"
    if form == "ziping":
        return f"该指标自评得分为{num(s)}分"
    if form == "kou":
        return "不扣分，得满分" + f"{num(s)}分" if s == w else f"扣{num(w - s)}分，得{num(s)}分"
    raise ValueError(form)


def ind_body(ind: dict[str, Any], st: dict[str, Any]) -> str:
    t, a = ind.get("target"), ind["actual"]
    parts = []
    colon = "：" if a.get("value") is None else ""  # a qualitative value is set off by a colon
    if t:
        parts.append(f"{st.get('tlabel', '年度指标值')}{colon}{target_text(t, st.get('tstyle', 'sym'))}")
    parts.append(f"{st.get('alabel', '实际完成值')}{colon}{actual_text(a)}")
    if ind.get("evidence"):
        parts.append(f"共发放问卷{ind['evidence']['sample_size']}份")
    body = "，".join(parts) + "，" + score_phrase(ind, st) + "。"
    if ind.get("deviation_note"):
        body += f"偏差原因：{ind['deviation_note']}。"
    return body


def budget_lines(f: dict[str, Any], st: dict[str, Any]) -> list[str]:
    b = f["budget"]
    unit, sep = st.get("money", "万元"), st.get("sep", False)

    def m(x: Any) -> str:
        return money(D(str(x)), unit, sep)

    out = []
    if "income_items" in b:
        items = "；".join(f"{i['name']}{m(i['amount'])}" for i in b["income_items"])
        out.append(f"{f['year']}年度收入合计{m(b['income_total'])}，其中：{items}。")
    if "expenditure_items" in b:
        items = "，".join(f"{i['name']}{m(i['amount'])}" for i in b["expenditure_items"])
        out.append(f"支出合计{m(b['expenditure_total'])}，其中：{items}。")
    carry = f"（含上年结转{m(b['carry_over'])}）" if b.get("carry_over") else ""
    out.append(
        f"{f['year']}年年初预算{m(b['initial'])}，全年调整预算{m(b['adjusted'])}{carry}，"
        f"全年实际执行{m(b['executed'])}，预算执行率{num(b['stated_execution_rate'])}%。"
    )
    return out


def staff_line(f: dict[str, Any]) -> list[str]:
    u = f["unit"]
    if not u.get("staff_total"):
        return []
    parts = "、".join(f"{p['name']}{p['count']}人" for p in u.get("staff_parts", []))
    return [f"单位现有在职人员{u['staff_total']}人" + (f"，其中{parts}" if parts else "") + "。"]


def whole_prose(f: dict[str, Any], st: dict[str, Any]) -> list[str]:
    u = f["unit"]
    lines = [u["name"], f"{f['year']}年度部门整体支出绩效自评报告", ""]
    lines.append(heading(0, 1, "部门基本情况", st))
    lines.append(heading(1, 1, "职能职责", st))
    lines.append(st.get("duty", "贯彻执行国家和省市有关方针政策，承担本辖区相关行政管理和公共服务职能。"))
    lines.append(heading(1, 2, "人员情况", st))
    lines += staff_line(f)
    lines.append(heading(1, 3, "预算收支情况", st))
    lines += budget_lines(f, st)
    lines.append(heading(0, 2, "绩效自评工作开展情况", st))
    lines.append("我单位成立了绩效自评工作小组，对照年初设定的绩效目标逐项开展自评。")
    lines.append(heading(0, 3, "绩效目标完成情况分析", st))
    skip = f.get("_skip_number")
    for ind in f["indicators"]:
        head = ind_heading(ind, st)
        body = ind_body(ind, st)
        lines += [head + ("" if head.endswith("：") else "。") + body] if st.get("inline") else [head, body]
    del skip
    lines.append(heading(0, 4, "自评结论", st))
    g = f.get("_grade_word") or GRADE_WORDS[f["stated_grade"]]
    lines.append(
        st.get("concl", "经自评，本单位{year}年度整体支出绩效自评得分为{t}分，评价等级为{g}。").format(
            year=f["year"], t=num(f["stated_total"]), g=g
        )
    )
    lines.append(heading(0, 5, "存在的问题及改进措施", st))
    lines.append("部分指标设置不够细化，绩效目标与预算编制衔接不够紧密。下一步将加强培训，提升绩效管理水平。")
    return lines


def project_intro(f: dict[str, Any], st: dict[str, Any]) -> list[str]:
    p, b = f["project"], f["budget"]
    unit, sep = st.get("money", "万元"), st.get("sep", False)

    def m(x: Any) -> str:
        return money(D(str(x)), unit, sep)

    carry = f"，其中上年结转{m(b['carry_over'])}" if b.get("carry_over") else ""
    g = f.get("_grade_word") or GRADE_WORDS[f["stated_grade"]]
    return [
        f"{p['implementing_unit']}{f['year']}年度{p['name']}项目支出绩效自评报告",
        heading(0, 1, "项目基本情况", st),
        f"{p['name']}由{f['unit']['supervising_department']}主管，{p['implementing_unit']}组织实施。"
        f"项目年初预算{m(b['initial'])}，全年预算{m(b['adjusted'])}{carry}，全年执行{m(b['executed'])}，"
        f"预算执行率{num(b['stated_execution_rate'])}%。",
        heading(0, 2, "绩效目标完成情况", st),
        f"年度总体目标：{p['goal_expected']}。实际完成情况：{p['goal_actual']}。各项指标完成情况见附表。",
        heading(0, 3, "自评结论", st),
        st.get("concl", "项目自评综合得分{t}分，自评等级为{g}。").format(year=f["year"], t=num(f["stated_total"]), g=g),
        heading(0, 4, "偏差原因分析及改进措施", st),
        "个别指标未达到年度目标，主要受项目实施进度影响，下一步将加快实施进度，加强资金监管。",
    ]
