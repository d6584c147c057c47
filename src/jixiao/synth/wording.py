"""How a synthetic report is worded: headings, score sentences, weights, money, digits, tables.

:func:`choose_style` draws one :class:`Style` per report; :func:`compose` turns an evaluation
into blocks (``("title" | "heading" | "para", text)`` or ``("table", rows)``) that the text and
Word outputs lay out. Every figure in the blocks is the evaluation's stated figure.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal

from jixiao.model import Evaluation, Indicator, Kind
from jixiao.numbers import format_amount, format_number, format_score
from jixiao.synth.figures import weight_of

Block = tuple[str, object]

H1_STYLES = ["{cn}、", "{cn}.", "第{cn}部分 "]
H2_STYLES = ["（{cn}）", "({cn})"]
ITEM_STYLES = ["{n}.", "{n}、", "（{n}）", "{n}．"]
WEIGHT_STYLES = ["（{w}分）", "（分值{w}分）", "（权重{w}分）", "（权重{w}%）"]
SCORE_STYLES = ["该指标绩效评价得分为{s}分。", "得{s}分。", "自评得分{s}分。", "该项指标得分{s}分。", "评分{s}分。"]
TARGET_STYLES = ["年度指标值{cmp}{t}，实际完成值{a}", "目标值{cmp}{t}，实际完成{a}", "年度目标为{cmp}{t}，实际完成{a}"]
TOTAL_STYLES = [
    "本次绩效评价综合得分{t}分，绩效评价等级为“{g}”。",
    "经综合评价，自评总分为{t}分，评价等级为{g}。",
    "综上，{y}年度自评得分{t}分，自评等级：{g}。",
]
GRADE_WORDS = {"优": ["优", "优秀"], "良": ["良", "良好"], "中": ["中", "中等"], "差": ["差", "较差"]}
BUDGET_WORDS = [("年初预算", "全年（调整）预算", "全年执行"), ("年初预算数", "全年预算数", "全年执行数"),
                ("年初预算", "调整后预算", "实际执行")]
CN_DIGITS = "一二三四五六七八九十"
_FULLWIDTH = str.maketrans("0123456789.%", "０１２３４５６７８９．％")


@dataclass
class Style:
    h1: str
    h2: str
    item: str
    weight: str
    score: str
    target: str
    total: str
    budget_words: tuple[str, str, str]
    money_unit: str  # 万元, 元 or 亿元
    separators: bool
    fullwidth: bool
    summary_table: bool
    scores_in_prose: bool  # False: the prose omits scores, the summary table holds them
    deduction: bool  # state "扣X分" instead of the score
    grade_word: int


def choose_style(rng: random.Random) -> Style:
    summary = rng.random() < 0.4
    return Style(
        h1=rng.choice(H1_STYLES), h2=rng.choice(H2_STYLES), item=rng.choice(ITEM_STYLES),
        weight=rng.choices(WEIGHT_STYLES, weights=[5, 3, 3, 1])[0], score=rng.choice(SCORE_STYLES),
        target=rng.choice(TARGET_STYLES), total=rng.choice(TOTAL_STYLES), budget_words=rng.choice(BUDGET_WORDS),
        money_unit=rng.choices(["万元", "元", "亿元"], weights=[7, 2, 1])[0], separators=rng.random() < 0.6,
        fullwidth=rng.random() < 0.15, summary_table=summary,
        scores_in_prose=not summary or rng.random() < 0.5, deduction=rng.random() < 0.12,
        grade_word=rng.randint(0, 1),
    )


def money(value: Decimal, style: Style) -> str:
    """An amount in 万元 written in the report's unit, with or without thousands separators."""
    if style.money_unit == "元":
        text = f"{value * 10000:,.2f}"
    elif style.money_unit == "亿元":
        text = format_number(value / 10000)
    else:
        text = format_amount(value)
    if not style.separators:
        text = text.replace(",", "")
    return text + style.money_unit


def _cn(n: int) -> str:
    return CN_DIGITS[n - 1] if n <= 10 else "十" + CN_DIGITS[n - 11]


def _digits(text: str, style: Style) -> str:
    return text.translate(_FULLWIDTH) if style.fullwidth else text


def _value(value: Decimal | None, unit: str) -> str:
    return "" if value is None else f"{format_number(value)}{unit}"


class _Headings:
    def __init__(self, style: Style) -> None:
        self.style, self.n1, self.n2 = style, 0, 0

    def h1(self, text: str) -> Block:
        self.n1, self.n2 = self.n1 + 1, 0
        return ("heading", self.style.h1.format(cn=_cn(self.n1)) + text)

    def h2(self, text: str) -> Block:
        self.n2 += 1
        return ("heading", self.style.h2.format(cn=_cn(self.n2)) + text)


def _indicator_blocks(ind: Indicator, style: Style, evaluation: Evaluation) -> list[Block]:
    head = style.item.format(n=ind.number) + ind.name + style.weight.format(w=format_number(weight_of(ind)))
    parts: list[str] = []
    budget = evaluation.budget
    if ind.name == "预算执行率":
        i, a, e = style.budget_words
        amounts = [money(v or Decimal(0), style) for v in (budget.initial, budget.adjusted, budget.executed)]
        parts.append(f"{evaluation.year}年度，{i}{amounts[0]}，{a}{amounts[1]}，{e}{amounts[2]}，"
                     f"预算执行率{_value(budget.stated_execution_rate, '%')}")
    else:
        assert ind.target is not None and ind.actual is not None
        if ind.evidence is not None and ind.evidence.sample_size:
            parts.append(f"本年度开展满意度调查，共调查{ind.evidence.sample_size}人")
        parts.append(style.target.format(cmp=ind.target.comparator.value, t=_value(ind.target.value, ind.target.unit),
                                         a=_value(ind.actual.value, ind.actual.unit)))
    text = "，".join(parts) + "，"
    if ind.deviation_note:
        text = text[:-1] + f"。偏差原因：{ind.deviation_note}。"
    if style.scores_in_prose and ind.stated_score is not None:
        if style.deduction and ind.stated_score <= weight_of(ind):
            cut = weight_of(ind) - ind.stated_score
            text += f"扣{format_score(cut)}分。" if cut else "不扣分。"
        else:
            text += style.score.format(s=format_score(ind.stated_score))
    elif text.endswith("，"):
        text = text[:-1] + "。"
    return [("para", head), ("para", _digits(text, style))]


def _grade(evaluation: Evaluation, style: Style) -> str:
    assert evaluation.stated_grade is not None
    return GRADE_WORDS[evaluation.stated_grade.value][style.grade_word]


def _summary_table(evaluation: Evaluation, style: Style) -> list[list[str]]:
    rows = [["序号", "指标名称", "分值", "年度指标值", "实际完成值", "得分"]]
    for ind in evaluation.indicators:
        target = f"{ind.target.comparator.value}{_value(ind.target.value, ind.target.unit)}" if ind.target else ""
        actual = _value(ind.actual.value, ind.actual.unit) if ind.actual else ""
        rows.append([str(ind.number), ind.name, format_number(weight_of(ind)), target, actual,
                     format_score(ind.stated_score) if ind.stated_score is not None else ""])
    total_weight = sum((weight_of(i) for i in evaluation.indicators), Decimal(0))
    rows.append(["合计", "", format_number(total_weight), "", "",
                 format_score(evaluation.stated_total) if evaluation.stated_total is not None else ""])
    return rows


def _project_table(evaluation: Evaluation) -> list[list[str]]:
    """The indicator block of the project score table (domain notes §7), with its 总分 row."""
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]]
    for ind in evaluation.indicators:
        target = f"{ind.target.comparator.value}{_value(ind.target.value, ind.target.unit)}" if ind.target else ""
        actual = _value(ind.actual.value, ind.actual.unit) if ind.actual else ""
        rows.append([ind.level1 or "", ind.level2 or "", ind.name, target, actual, format_number(weight_of(ind)),
                     format_score(ind.stated_score) if ind.stated_score is not None else "", ind.deviation_note or ""])
    rows.append(["总分", "", "", "", "", format_number(sum((weight_of(i) for i in evaluation.indicators), Decimal(0))),
                 format_score(evaluation.stated_total) if evaluation.stated_total is not None else "", ""])
    return rows


def _budget_blocks(evaluation: Evaluation, style: Style, rng: random.Random) -> list[Block]:
    b = evaluation.budget
    out: list[Block] = []
    if b.income_items:
        income = "，".join(f"{i.name}{money(i.amount, style)}" for i in b.income_items)
        spend = "，".join(f"{i.name}{money(i.amount, style)}" for i in b.expenditure_items)
        income_total = money(b.income_total or Decimal(0), style)
        spend_total = money(b.expenditure_total or Decimal(0), style)
        if rng.random() < 0.5:
            out.append(("para", f"我单位{evaluation.year}年年度收入总计{income_total}，其中{income}；"
                                f"年度支出总计{spend_total}，其中{spend}。"))
        else:
            out.append(("para", f"{evaluation.year}年度，本单位收入合计{income_total}。其中：{income}。"
                                f"支出合计{spend_total}，其中：{spend}。"))
    if b.adjustment_note:
        out.append(("para", f"预算调整原因：{b.adjustment_note}。"))
    if b.execution_note:
        out.append(("para", f"未执行原因：{b.execution_note}。"))
    return out


def _unit_blocks(evaluation: Evaluation, h: _Headings) -> list[Block]:
    unit = evaluation.unit
    out: list[Block] = [h.h2("单位基本情况"), ("para", "1. 职能职责")]
    out += [("para", duty) for duty in unit.duties]
    out.append(("para", "2. 单位构成"))
    out.append(("para", f"我单位内设机构{len(unit.internal_bodies)}个，即：{'、'.join(unit.internal_bodies)}。"))
    if unit.subordinate_bodies:
        out.append(("para", f"下属机构有{len(unit.subordinate_bodies)}个，即：{'、'.join(unit.subordinate_bodies)}。"))
    parts = "、".join(f"{p.name}{p.count}人" for p in unit.staff_parts)
    out.append(("para", f"3. 人员编制情况：现有在职职工{unit.staff_total}人，其中{parts}。"))
    return out


def compose(evaluation: Evaluation, style: Style, rng: random.Random) -> list[Block]:
    """The report as blocks, in the order a reader meets them."""
    h = _Headings(style)
    blocks: list[Block] = []
    project = evaluation.project
    report_kind = "整体支出绩效自评报告" if evaluation.kind is Kind.WHOLE_UNIT else "项目支出绩效自评报告"
    if project is None:
        blocks += [("title", evaluation.unit.name), ("title", f"{evaluation.year}年度{report_kind}")]
    else:
        blocks += [("title", f"{evaluation.unit.name}{project.name}"), ("title", f"{evaluation.year}年度{report_kind}"),
                   ("para", f"项目名称：{project.name}"), ("para", f"实施单位：{evaluation.unit.name}")]
    blocks.append(h.h1("基本情况"))
    if project is None:
        blocks += _unit_blocks(evaluation, h)
        blocks.append(h.h2("预算及支出情况"))
        blocks += _budget_blocks(evaluation, style, rng)
    else:
        blocks.append(h.h2("项目概况"))
        blocks.append(("para", f"{project.name}由{evaluation.unit.name}组织实施，旨在提升公共服务水平，保障民生需求。"))
        blocks.append(h.h2("项目资金情况"))
        blocks += _budget_blocks(evaluation, style, rng)
    blocks.append(h.h1("绩效评价基本情况"))
    blocks.append(h.h2("绩效评价目的"))
    blocks.append(("para", "通过开展绩效自评，强化支出责任，规范资金管理行为，提高财政资金使用效益。"))
    blocks.append(h.h1("绩效评价情况及结论"))
    blocks.append(h.h2("绩效评价情况"))
    for ind in evaluation.indicators:
        blocks += _indicator_blocks(ind, style, evaluation)
    blocks.append(h.h2("绩效评价结论"))
    if evaluation.stated_total is not None:
        blocks.append(("para", _digits(style.total.format(t=format_score(evaluation.stated_total),
                                                          g=_grade(evaluation, style), y=evaluation.year), style)))
    blocks.append(h.h1("主要经验及做法"))
    blocks.append(("para", "加强组织领导，明确责任分工，建立健全预算绩效管理制度，推动绩效目标与预算同步编制。"))
    blocks.append(h.h1("存在的问题"))
    blocks.append(("para", "部分绩效指标设置不够细化，绩效监控的及时性有待提高。"))
    blocks.append(h.h1("改进措施、建议"))
    blocks.append(("para", "进一步完善绩效指标体系，加强绩效运行监控，强化评价结果应用。"))
    if style.summary_table and project is not None and rng.random() < 0.5:
        blocks.append(("para", "附表：项目支出绩效自评表"))
        blocks.append(("table", _project_table(evaluation)))
    elif style.summary_table:
        blocks.append(("para", "附表：绩效自评得分表"))
        blocks.append(("table", _summary_table(evaluation, style)))
    return blocks


def to_text(blocks: list[Block]) -> str:
    """Plain text: one line per block, tables as pipe tables."""
    lines: list[str] = []
    for kind, content in blocks:
        if kind == "table":
            assert isinstance(content, list)
            for row in content:
                lines.append("| " + " | ".join(row) + " |")
        else:
            lines.append(str(content))
    return "\n".join(lines) + "\n"
