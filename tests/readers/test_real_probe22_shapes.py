"""Shapes found by the twenty-second real-page probe (docs/reader-corpora/real-probe-22.md): prose project
self-evaluation reports, each rebuilt from an invented snippet of the same shape (invented units, places, projects
and figures)."""

from __future__ import annotations

from decimal import Decimal

from corpus import errors as _errors
from page_reading import read_page as _read

_SELF_CHECK = (
    "某县乡村书屋补助项目绩效评价自查报告\n\n"
    "一、项目基本情况\n\n全县共有86个行政村,每村补助标准0.8万元,各项资金已拨付到位。\n\n"
    "二、绩效评价情况(分值100分,自评得分94分)\n\n"
    "1、投入20分,自评得分20分。\n\n"
    "(一)组织保障(12分):1)、制定方案自评得3分。县里印发了实施方案。2)、落实人员自评得4分。明确了专人负责。\n"
)


def test_a_section_scored_the_full_mark_is_the_total_not_an_indicator() -> None:
    """"二、绩效评价情况（分值100分，自评得分94分）": the whole report's full mark and total, never an indicator
    weighted 100 (which made the weights add up past 100: a false WEIGHTS_NOT_100)."""
    read = _read(_SELF_CHECK)
    assert (read.stated_total, read.full_mark) == (Decimal(94), Decimal(100))
    assert all(ind.weight != 100 for ind in read.indicators)
    assert not _errors(read)


def test_a_block_weighted_without_a_bracket_and_a_groups_inline_sub_items() -> None:
    """"1、投入20分，自评得分20分。" states the block's weight; "（一）组织保障（12分）：1）、制定方案自评得3分。…
    2）、…" is a 二级 over its sub-items, each scored and weighted nowhere."""
    read = _read(_SELF_CHECK)
    assert read.stated_block_weights == {"投入": Decimal(20)}
    items = {ind.name: ind for ind in read.indicators}
    assert set(items) == {"制定方案", "落实人员"}
    assert [(i.level1, i.level2, i.weight, i.stated_score) for i in items.values()] == \
        [("投入", "组织保障", None, Decimal(3)), ("投入", "组织保障", None, Decimal(4))]


def test_indicator_counts_after_a_blocks_verdict() -> None:
    """"1.产出指标全部完成，走访对象85人，走访标准200/人。" / "3.满意度指标全部完成，…，群众满意度92%": each clause
    that is a name and one figure is that block's indicator (no weight stated); a clause with no unit word or a
    sentence of prose gives none."""
    read = _read("某市某局2023年度项目绩效自评报告(节日走访经费项目)\n一、自评结论\n(一)自评得分\n"
                 "项目绩效评分96分,自评为优。\n(二)绩效目标完成情况\n"
                 "1.产出指标全部完成,走访对象85人,走访标准200/人。\n"
                 "2.效益指标全部完成,通过项目实施营造了良好氛围。\n"
                 "3.满意度指标全部完成,全面完成指标任务,群众满意度92%\n")
    got = [(i.name, i.level1, i.weight, i.actual.value if i.actual else None, i.actual.unit if i.actual else None)
           for i in read.indicators]
    assert got == [("走访对象", "产出指标", None, Decimal(85), "人"),
                   ("群众满意度", "满意度指标", None, Decimal(92), "%")]
    assert (read.stated_total, read.stated_grade) == (Decimal(96), "优")


def test_the_score_under_a_result_heading_and_money_paid_after_the_budget() -> None:
    """A yearless title "某某专项资金项目自评报告" names the fund; "财政预算项目资金N万元,支付N万元" states what was
    paid; "五、绩效自评结果" over a sentence ending "…进行了评价,自评分为100分" states the total."""
    read = _read("助学帮扶专项资金项目自评报告\n一、项目基本情况\n某某市某委员会专项转移支付项目,用于资助困难学生。\n"
                 "三、项目绩效实现情况\n1.项目资金到位情况:年初预算资金为12万元,由市级财政安排。\n"
                 "2.项目资金执行情况:2019年,财政预算项目资金12万元,支付12万元。\n"
                 "五、绩效自评结果\n按照有关办法,对资金投入和项目实施情况进行了评价,自评分为100分。\n")
    assert read.project is not None and read.project.name == "助学帮扶专项资金项目"
    assert (read.budget.initial, read.budget.executed) == (Decimal(12), Decimal(12))
    assert read.stated_total == Decimal(100)


def test_project_spending_in_a_final_account_phrase_and_a_total_budget() -> None:
    """"项目支出决算为N万元" in a project report is what was spent; "项目资金总预算为N万元" its budget; "一批…批复总投资
    A万元, 二批…B万元, 合计批复总投资C万元": the sum is the budget, not the first batch."""
    spent = _read("某镇中学2018年度专项资金绩效自评报告\n二、专项资金使用及管理情况我单位2018年项目支出决算为98万元,"
                  "其中:房屋维修32.5万元、设备购置20万元(购实验室设备1套)\n")
    assert spent.budget.executed == Decimal(98)
    whole = _read("某市某局项目绩效自评报告\n一、项目基本情况\n(一)绩效目标情况\n"
                  "某市某局主要有两类支出,项目资金总预算为1640.5万元,其中部门预算项目支出40.5万元。\n")
    assert whole.budget.adjusted == Decimal("1640.5")
    batches = _read("建设项目绩效自评报告\n一、县级批复资金情况\n"
                    "我局承担某县2022年度财政衔接资金统筹整合使用道路建设项目实施任务,一批项目县级批复总投资1200万元,二批项目县级批复总投资800.5万元,合计批复总投资2000.5万元。\n")
    assert batches.budget.adjusted == Decimal("2000.5")
    assert batches.project is not None and batches.project.name == "某县2022年度财政衔接资金统筹整合使用道路建设项目"


def test_an_essay_sites_furniture_and_names_in_sentences() -> None:
    """"手机阅读" over the site's own title is furniture, no part of a name; the project named in quotes after 项目
    ("下达某校的经常性项目“训练保障”") and the project a masked-year sentence evaluates ("对xx年度某某专项费项目的
    支出情况进行了绩效评价") are the report's."""
    quoted = _read("手机阅读\n\n项目绩效自评报告范文(精选8篇)\n\n(一)项目基本情况\n\n"
                   "按照20xx年市级部门预算,下达某市体育运动学校的经常性项目“训练保障”,由某市体育局主管。\n")
    assert quoted.project is not None and quoted.project.name == "训练保障"
    masked = _read("项目支出绩效自评报告 篇1\n\n根据有关通知要求,"
                   "我中心对xx年度某某调研专项费项目的支出情况进行了绩效评价。现将有关情况报告如下:\n\n一、项目基本情况\n")
    # (a fee's name called its 项目 is the fee's, as a fund's is: left-pages-34.md)
    assert masked.project is not None and masked.project.name == "某某调研专项费"
