"""The real pages still below 90 % and what earlier stops left (docs/reader-corpora/left-pages-56.md), each cause
as an invented snippet: invented units, places and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page as _read

# an untitled transfer report: the body evaluating its fund's goals, then the fund told again with its year after
# the body's name
_TRANSFER = "\n".join([
    "青禾镇对2024年乡村公益设施奖补转移支付资金绩效目标实施情况开展自评,现将自评情况报告如下:",
    "一、基本情况",
    "(一)转移支付支持项目概况",
    "青禾镇2024年乡村公益设施奖补转移支付资金即青禾镇石桥村文化广场建设奖补项目,新建广场一处。",
])


def test_a_fund_evaluated_for_its_goals_keeps_the_year_the_body_names_it_with() -> None:
    """"某镇对2024年某某资金绩效目标实施情况开展自评" names the fund evaluated (before, none); "某镇2024年某某资金即…"
    opens a sentence on it with its year after the body's name, so the name keeps the year (as "2024年某某资金由…"
    would)."""
    assert _read(_TRANSFER).project.name == "2024年乡村公益设施奖补转移支付资金"


def test_a_fund_evaluated_for_its_goals_alone_is_named_without_the_year() -> None:
    """A guard: with no sentence opening on the fund, the evaluated sentence's year stays the report's (a template
    site's masked "对xx年度…" reads the same way)."""
    text = _TRANSFER.replace("青禾镇2024年乡村公益设施奖补转移支付资金即青禾镇", "")
    assert _read(text).project.name == "乡村公益设施奖补转移支付资金"


def test_a_sentence_opening_on_other_words_before_the_year_keeps_no_year() -> None:
    """A guard: "按照文件要求2024年某某资金即…" opens on no body's or place's name; the year is not taken into the
    name from it."""
    text = _TRANSFER.replace("\n青禾镇2024年", "\n按照文件要求2024年")
    assert _read(text).project.name == "乡村公益设施奖补转移支付资金"


# a fund's report: the project's payments in total, then by source, the fund's own part first
_PAID = "\n".join([
    "青禾镇2024年乡村公益设施奖补资金绩效自评报告",
    "一、基本情况",
    "项目累计支付资金合计586240.50元,其中2024年乡村公益设施奖补资金450000元、村集体自筹136240.50元。",
])


def test_a_named_funds_part_of_the_payments_is_no_budget() -> None:
    """"项目累计支付资金合计N元,其中2024年某某资金A元、村集体自筹B元": the fund's share of what was paid, not what it
    was allocated (before, A was read as the budget, under the spending: an execution rate over 100 %)."""
    read = _read(_PAID)
    assert read.budget.executed == Decimal("58.62405")
    assert read.budget.adjusted is None


def test_a_named_funds_part_of_an_investment_is_its_budget() -> None:
    """A guard: "总投资N万元,其中某某资金A万元" still gives the fund's A as its budget."""
    text = _PAID.replace("累计支付资金合计586240.50元", "总投资58.6万元").replace("450000元", "45万元")
    assert _read(text).budget.adjusted == Decimal(45)


# a form run together by a document site, its header spaced, a row's weight, target and actual fused and its
# 得分计算方法 note, a sentence of clauses, between them and the score
_NOTED_FORM = "\n".join([
    "某街道背街小巷保洁经费项目支出绩效自评表(2019年度)",
    "一级指标 二级指标 三级指标 分值 年度指标值(A) 全年实际值(B) 得分计算方法 得分 偏差原因分析及改进措施",
    "数量指标是否完成申报的小巷保洁面积7.57.57.5达到年度指标值的,得满分;未达到的,按实际完成比例计分。7.5 "
    "产出指标(40分)质量指标保洁达标",
])


def test_a_fused_rows_scoring_note_between_its_figures_is_one_cell() -> None:
    """The note's clauses made the row prose (before, no indicator): it is the row's 得分计算方法 cell, between the
    fused figures and the score."""
    (row,) = _read(_NOTED_FORM).indicators
    assert (row.name, row.level2, row.weight, row.stated_score) == (
        "是否完成申报的小巷保洁面积", "数量指标", Decimal("7.5"), Decimal("7.5"))


def test_level_words_in_prose_with_figures_stay_prose() -> None:
    """A guard: a sentence naming its levels between its figures, its clauses not closed right before a figure, is
    no row."""
    text = _NOTED_FORM.replace(_NOTED_FORM.splitlines()[2],
                               "数量指标完成保洁面积12000平方米,质量指标达标率98%,时效指标按月完成12次,满意度95%。")
    assert not _read(text).indicators


# a web table whose 一级 cell a page printed beside its block's second row, the first row's left empty
_MIDDLE_LEVEL = "\n".join([
    "某镇文化站送戏下乡经费项目支出绩效自评表(2023年度)",
    "一级指标 | 二级指标 | 三级指标 | 分值 | 年度指标值 | 实际完成值 | 得分 |",
    "| 数量指标 | 送戏下乡场次 | 10 | 12场 | 12场 | 10 |",
    "产出指标 | 质量指标 | 演出合格率 | 10 | 100% | 100% | 10 |",
    "| 时效指标 | 按期完成率 | 10 | 100% | 100% | 10 |",
    "效益指标 | 社会效益指标 | 群众观看人次 | 20 | 3000人次 | 3200人次 | 20 |",
])


def test_a_first_row_before_its_blocks_cell_takes_its_template_block() -> None:
    """A table row before any 一级 cell, its 二级 a template's 数量指标: the template's block, a guess (before, none),
    as a flattened form's row with a blank 一级 cell already took it in prose."""
    first = _read(_MIDDLE_LEVEL).indicators[0]
    assert (first.name, first.level1, first.level2) == ("送戏下乡场次", "产出指标", "数量指标")
    assert _read(_NOTED_FORM).indicators[0].level1 == "产出指标"


def test_a_first_row_in_an_older_frames_form_takes_the_label_centred_over_it() -> None:
    """A form whose blocks are named otherwise (项目产出 / 项目效益, the older frame's): no template tells a 数量指标's
    block, but the label stands on the middle row of the three above the next one, as a viewer prints a merged
    cell, so the first row takes it — a guess, said so (stop 47: the centred labels of the sixty-fourth set)."""
    text = _MIDDLE_LEVEL.replace("产出指标 |", "项目产出 |").replace("效益指标 | 社会", "项目效益 | 社会")
    evaluation = _read(text)
    assert evaluation.indicators[0].level1 == "项目产出"
    assert evaluation.provenance["indicators[0].level1"].guessed
    assert not evaluation.provenance["indicators[1].level1"].guessed


# a fund's report: the money applied for, then approved in the same sentence (a PDF's space inside 万 元)
_APPLIED = "\n".join([
    "2023年项目支出绩效评价自评报告(2023年县级非遗保护传承专项资金)",
    "一、项目概况",
    "(一)资金申请及批复情况为加强非遗保护传承,经我中心向县政府申请,主要用于非遗展演、传承人培训等方面资金86万 元,"
    "经县人民政府第12次常务会议审定通过。",
])


def test_money_applied_for_and_approved_is_the_budget() -> None:
    """"申请,用于…资金A万元,经…常务会议审定通过": the year's approved money (before, no budget)."""
    assert _read(_APPLIED).budget.adjusted == Decimal(86)


def test_money_applied_for_alone_is_no_budget() -> None:
    """A guard: an application the sentence does not say was approved gives no budget."""
    assert _read(_APPLIED.replace(",经县人民政府第12次常务会议审定通过", "")).budget.adjusted is None
