"""Shapes of the real pages the earlier helpers left (docs/reader-corpora/left-pages-35.md), each rebuilt from an
invented snippet of the same shape (invented units, places, projects and figures)."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page


def test_scoring_sheet_told_in_numbered_paragraphs() -> None:
    """"一、投入" / "(一)资金落实" / "(1)资金到位率:…。得2分。": each numbered paragraph closing on its one score is an
    indicator under the two headings above it (weight unstated); an item split into parts, each scored, is not."""
    read = read_page("某县2021年某某示范工程绩效评价自评报告\n"
                     "我局对照评分标准进行自评,总分值为100分,自评分为98分。\n"
                     "一、项目投入\n(一)、项目立项\n"
                     "(1)政策依据充分性:县政府印发了某某扶持办法,明确了补助对象和标准,得5分\n"
                     "(2)申报程序规范性:1、制定了实施方案,得2分;2、材料齐全,得1分。\n"
                     "(二)资金落实\n(1)资金到位率:收到上级下达的某某资金80万元,资金在拨付中。得3分。\n"
                     "(2)资金到位及时率得2分。\n")
    named = {i.name: i for i in read.indicators}
    assert set(named) == {"政策依据充分性", "资金到位率", "资金到位及时率"}
    assert named["资金到位率"].level1 == "项目投入"
    assert named["资金到位率"].level2 == "资金落实"
    assert named["政策依据充分性"].level2 == "项目立项"
    assert named["资金到位及时率"].stated_score == Decimal("2")
    assert named["政策依据充分性"].weight is None


def test_project_fund_with_its_project_word_and_spending_parts() -> None:
    """"某年某某制作经费项目60万元,实际到位60万元" is the project's budget; under 执行情况 the same amount "其中:商品和
    服务支出A万元…;其他资本性支出B万元", its parts adding up to it, tells all of it was spent (a guess)."""
    read = read_page("2019年度项目绩效自评报告\n(某某宣传片制作经费项目)\n一、项目基本情况\n某某中心负责宣传片制作。\n"
                     "(一)项目资金情况\n1.项目资金到位情况\n2019年某某宣传片制作经费项目60万元,实际到位60万元,到位率100%。\n"
                     "2.项目资金执行情况\n2019年某某宣传片制作经费项目60万元,其中:商品和服务支出45.5万元(其中:办公费3万元),"
                     "占总支出的75.83%;其他资本性支出14.5万元(其中:设备购置14.5万元)。\n")
    assert read.budget.adjusted == Decimal("60")
    assert read.budget.executed == Decimal("60")
    assert read.provenance["budget.executed"].guessed


def test_programme_named_on_its_level_in_the_opening_sentence() -> None:
    """"…认真组织开展了2023年度中央财政某某改造补助资金绩效自评工作": a programme's name may open on its level's words;
    a level's money alone ("中央财政补助资金") names none."""
    opening = ("根据《某部关于开展2023年度转移支付绩效自评工作的通知》有关规定,某省某某厅、财政厅认真组织开展了2023年度"
               "{}绩效自评工作,自评情况如下:\n一、某某改造绩效自评\n")
    read = read_page(opening.format("中央财政某某住房改造补助资金"))
    assert read.project is not None
    assert read.project.name == "中央财政某某住房改造补助资金"
    assert read_page(opening.format("中央财政补助资金")).project is None


def test_evaluated_project_after_its_body_and_year() -> None:
    """"我单位对某某站2022年度某某监测专项项目使用管理情况认真开展了自评": the body and the year before the name are
    no part of it, and a 专项 called its 项目 is the 专项's name."""
    read = read_page("根据某局《关于开展2022年度预算绩效目标完成情况单位自评的通知》文件精神,我单位对某某站2022年度某某"
                     "水质监测专项项目使用管理情况认真开展了自评。现将项目绩效自评情况报告如下:\n一、项目基本情况\n")
    assert read.project is not None
    assert read.project.name == "某某水质监测专项"


def test_project_stated_as_this_project() -> None:
    """"1.项目单位基本情况。本项目为某县某某馆建设。": the works the report says its 本项目 is; a kind of project
    ("本项目为一次性项目", "本项目为民生工程") names none."""
    opening = ("现将我馆xx年度项目支出绩效自评情况报告如下:\n一、项目概况\n(一)项目基本情况。\n"
               "1.项目单位基本情况。{}某县某某馆为县委直属事业单位,内设办公室等三个股室。\n")
    read = read_page(opening.format("本项目为某县某某陈列馆建设。"))
    assert read.project is not None
    assert read.project.name == "某县某某陈列馆建设"
    for kind in ("本项目为一次性建设。", "本项目为市级重点民生工程。"):
        assert read_page(opening.format(kind)).project is None


def test_targets_that_are_a_period_or_a_sentence_with_a_span() -> None:
    """An indicator row's 目标值 "2021.1.1-12.31" (a period) or "1-6期结束后及时考核" (a sentence opening on a span of
    items) is text, not the number 2021.1 or 1 of a unit "-"."""
    read = read_page("一级指标 | 二级指标 | 指标名称 | 目标值 | 完成值 |\n"
                     "产出指标 | 产出数量 | 某某培训人数 | 500名 | 480名 |\n"
                     "| 产出时效 | 培训完成及时 | 2022.1.1-12.31 | 2022.1.1-12.31 |\n"
                     "| | 考核完成及时 | 1-4期结束后及时考核 | 1期未能及时考核 |\n"
                     "效益指标 | 满意度 | 学员满意度 | 95%以上 | 96% |\n")
    named = {i.name: i for i in read.indicators}
    assert named["培训完成及时"].target is not None
    assert named["培训完成及时"].target.text == "2022.1.1-12.31"
    assert named["培训完成及时"].target.value is None
    assert named["考核完成及时"].target is not None
    assert named["考核完成及时"].target.text == "1-4期结束后及时考核"
    assert named["考核完成及时"].target.value is None


def test_year_in_a_remark_after_a_rows_figures() -> None:
    """"1 | 民办 | 某某学校 | 2600 | 400 | 842 | 218.92 | 在2021年度某某培训第三期…" (a 备注 cell after a data row's
    figures) tells of another year than the one the indicators' cells name ("完成2022年某某培训任务")."""
    read = read_page("一级指标 | 二级指标 | 指标名称 | 目标值 | 完成值 |\n"
                     "产出指标 | 产出数量 | 完成2022年某某培训任务 | 5000名 | 4800名 |\n"
                     "| 产出质量 | 培训合格率 | 100% | 98% |\n"
                     "效益指标 | 满意度 | 学员满意度 | 95%以上 | 96% |\n"
                     "序号 | 学校性质 | 培训机构 | 培训补助标准(元/人) | 培训人数 | 合格人数 | 补助资金 | 备注 |\n"
                     "① | ② | ③ | ④ | ⑤ | ⑥ | ⑦=④*⑥ | |\n"
                     "1 | 民办 | 某某职业培训学校 | 2600 | 842 | 842 | 218.92 | 在2021年度某某培训第三期给某学院 |\n"
                     "2 | 民办 | 某某技工学校 | 2600 | 900 | 900 | 234 | |\n"
                     "序号 | 学校性质 | 培训机构 | 培训补助标准(\n")
    assert read.year == 2022
