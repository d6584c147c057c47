"""The prose renderer for whole-unit and project self-evaluation reports, with the knobs real
reports vary on: heading numerals, indicator heading and score wording, money unit and
separators, staff and budget sentences, total and grade sentence, a summary table at the end."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from redteam_render import actual_text, cn, money, pct, plain, target_text

HEADINGS: dict[str, Callable[[int], str]] = {
    "一、": lambda i: f"{cn(i)}、",
    "一.": lambda i: f"{cn(i)}.",
    "第一部分": lambda i: f"第{cn(i)}部分 ",
    "（一）": lambda i: f"（{cn(i)}）",
    "(一)": lambda i: f"({cn(i)})",
    "1.": lambda i: f"{i}.",
    "1．": lambda i: f"{i}．",
    "1、": lambda i: f"{i}、",
    "1)": lambda i: f"{i})",
    "（1）": lambda i: f"（{i}）",
    "①": lambda i: "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮"[i - 1],
}


def weight_text(ind: dict[str, Any], how: str) -> str:
    w = plain(ind["weight"])
    return {"分": f"（{w}分）", "分值": f"（分值{w}分）", "权重": f"（权重{w}分）",
            "权重%": f"（权重{w}%）", "半角": f"({w}分)", "方括号": f"【{w}分】"}[how]


def score_text(ind: dict[str, Any], how: str) -> str:
    s = plain(ind["stated_score"])
    d = ind.get("stated_deduction")
    if how == "该指标":
        return f"该指标绩效评价得分为{s}分。"
    if how == "得":
        return f"得{s}分。"
    if how == "评分":
        return f"评分{s}分。"
    if how == "自评得分":
        return f"自评得分{s}分。"
    if how == "扣分":
        if d is None or d == 0:
            return f"不扣分，得{s}分。"
        return f"扣{plain(d)}分，得{s}分。"
    if how == "得分为":
        return f"本项得分为{s}分。"
    raise ValueError(how)


def indicator_body(ind: dict[str, Any], target_style: int) -> str:
    """The sentence stating target and actual, in the unit's own words."""
    parts = [ind.get("desc", "")]
    if ind.get("target"):
        parts.append(f"年度指标值为{target_text(ind['target'], target_style)}")
    if ind.get("evidence"):
        parts.append(ind["evidence_text"])
    if ind.get("actual") and ind["actual"].get("value") is not None:
        reverse = bool(ind.get("target")) and ind["target"]["comparator"] in ("≤", "<")
        parts.append(f"{ind.get('actual_lead', '实际为' if reverse else '实际完成')}{actual_text(ind['actual'])}")
    elif ind.get("actual_text"):
        parts.append(ind["actual_text"])
    return "，".join(p for p in parts if p) + "，"


def whole_unit_text(f: dict[str, Any], st: dict[str, Any]) -> str:
    """A whole-unit (or project, with st['project']) report as plain text lines."""
    h1, h2, h3 = HEADINGS[st["h1"]], HEADINGS[st["h2"]], HEADINGS[st["h3"]]
    unit, b = f["unit"], f["budget"]
    mu, sep = st.get("money_unit", "万元"), st.get("sep", True)

    def m(v: Decimal) -> str:
        return money(v, mu, sep)

    out: list[str] = []
    out.extend(st["title"](f))
    out.append("")
    if st.get("preamble"):
        out.append(st["preamble"])
    out.append(f"{h1(1)}基本情况")
    out.append(f"{h2(1)}单位概况")
    out.append(st.get("duties", f"{unit['name']}主要职责是贯彻执行国家有关方针政策和法律法规，"
                                 "履行本级各项管理和服务职能，完成上级交办的其他任务。"))
    if unit.get("staff_total") is not None:
        out.append(st["staff"](f))
    out.append(f"{h2(2)}预算及支出情况")
    if b.get("income_total") is not None:
        inc = "，".join(f"{it['name']}{m(it['amount'])}" for it in b["income_items"])
        exp = "，".join(f"{it['name']}{m(it['amount'])}" for it in b["expenditure_items"])
        sentence = (f"{f['year']}年度本单位收入合计{m(b['income_total'])}，其中{inc}；"
                    f"支出合计{m(b['expenditure_total'])}，其中{exp}。")
        if b.get("carry_over") is not None:
            sentence += f"另有上年结转资金{m(b['carry_over'])}。"
        out.append(sentence)
    out.append(st["execution"](f, m))
    out.append(f"{h1(2)}绩效自评工作开展情况")
    out.append("根据区财政局关于开展预算绩效自评工作的通知要求，本单位成立了由主要负责人任组长的绩效自评工作小组，"
               "对照年初设定的绩效目标，逐项核实指标完成情况，形成本报告。")
    out.append(f"{h1(3)}{st.get('eval_heading', '绩效评价情况及结论')}")
    out.append(f"{h2(1)}绩效指标完成情况")
    for i, ind in enumerate(f["indicators"], start=1):
        shown = ind.get("number", i) if st.get("keep_numbers", True) else i
        head = f"{h3(shown)}{ind['name']}{weight_text(ind, st['weight'])}" if st["weight"] else \
            f"{h3(shown)}{ind['name']}"
        body = indicator_body(ind, st.get("target_style", 0))
        if st.get("scores_in_prose", True):
            body += score_text(ind, st["score"])
        else:
            body = body.rstrip("，") + "。"
        if st.get("ind_inline"):
            out.append(f"{head}：{body}")
        else:
            out.append(head)
            out.append(body)
    out.append(f"{h2(2)}绩效评价结论")
    out.append(st["conclusion"](f))
    out.append(f"{h1(4)}存在的问题")
    out.append(st.get("problems", "一是部分指标设置不够精细，量化程度不高；"
                                  "二是预算执行进度前慢后快，资金使用效率有待提高。"))
    out.append(f"{h1(5)}改进措施")
    out.append(st.get("measures", "进一步加强预算绩效管理培训，科学设定绩效目标，加快预算执行进度，强化自评结果运用。"))
    if st.get("summary_table"):
        out.append("")
        out.append(st["summary_table"](f))
    return "\n".join(out) + "\n"


def pipe_summary(f: dict[str, Any], title: str = "附表：绩效自评得分汇总表") -> str:
    lines = [title, "", "| 序号 | 指标名称 | 分值 | 年度指标值 | 实际完成值 | 得分 |", "|---|---|---|---|---|---|"]
    for i, ind in enumerate(f["indicators"], start=1):
        lines.append(f"| {ind.get('number', i)} | {ind['name']} | {plain(ind['weight'])} | "
                     f"{target_text(ind.get('target'))} | {actual_text(ind.get('actual'))} | "
                     f"{plain(ind['stated_score'])} |")
    lines.append(f"| 合计 | | 100 | | | {plain(f['stated_total'])} |")
    return "\n".join(lines)


def execution_sentence(words: tuple[str, str, str, str]) -> Callable[[dict[str, Any], Callable[[Decimal], str]], str]:
    """'年初预算X，全年（调整）预算Y，全年执行Z，预算执行率R' in the given words."""
    a, b_, c, r = words

    def render(f: dict[str, Any], m: Callable[[Decimal], str]) -> str:
        b = f["budget"]
        return (f"{f['year']}年度，{a}{m(b['initial'])}，{b_}{m(b['adjusted'])}，"
                f"{c}{m(b['executed'])}，{r}{pct(b['stated_execution_rate'])}。")

    return render


def staff(lead: str, sep: str = "、") -> Callable[[dict[str, Any]], str]:
    def render(f: dict[str, Any]) -> str:
        u = f["unit"]
        text = lead.format(total=u["staff_total"])
        if u.get("staff_parts"):
            text += "，其中" + sep.join(f"{p['name']}{p['count']}人" for p in u["staff_parts"])
        return text + "。"
    return render


def concl(template: str) -> Callable[[dict[str, Any]], str]:
    def render(f: dict[str, Any]) -> str:
        return template.format(t=plain(f["stated_total"]), year=f["year"])
    return render


def two_line_title(kind: str = "整体支出") -> Callable[[dict[str, Any]], list[str]]:
    return lambda f: [f["unit"]["name"], f"{f['year']}年度{kind}绩效自评报告"]
