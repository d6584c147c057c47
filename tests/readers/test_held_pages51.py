"""Shapes the held-out pages of stop 51 showed (docs/reader-corpora/held-51.md), each as an invented snippet:
invented units, places, projects and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page as _read


def test_the_kind_of_body_before_a_count_is_no_list_when_names_follow_its_colon() -> None:
    """"共有内设股室、单位 4 个:A、B、C、D": "股室、单位" is the kind of body counted, the four names after the colon
    are the bodies (a Word line wrap inside one name, "技术播 出部", is no space of its own)."""
    read = _read("某县某某中心 2021 年度整体支出绩效自评报告 一、基本概况 (二)机构设置 1.内设机构 "
                 "我中心共有内设股室、单位 4 个:综合部、财务部、采编部、技术播 出部。 2.人员编制情况 我中心\n")
    assert read.unit.internal_bodies == ["综合部", "财务部", "采编部", "技术播出部"]
    assert read.unit.internal_bodies_count == 4


def test_the_kind_before_a_count_stays_the_list_when_the_names_after_it_do_not_match() -> None:
    """"下设A、B 3 个:…" with two names after the colon: the count and the names disagree, so nothing after the
    colon is taken for the list."""
    read = _read("某县某某中心 2021 年度整体支出绩效自评报告 一、基本概况 "
                 "我中心内设综合部、财务部、采编部 3 个:职能见下。\n")
    assert read.unit.internal_bodies == ["综合部", "财务部", "采编部"]


# Shapes the held-out pages of stop 52 showed (docs/reader-corpora/held-52.md), each as an invented snippet.

_FUSED_FORM = ("1、2022年度项目支出绩效自评表项目名称2022年中职助学市级补助资金主管部门某市教育局实施单位某市职业学校"
               "项目资金 (万元)年初 预算数全年 预算数全年 执行数分值执行率得分年度资金总额412.36412.36298.151072%10"
               "其中:当年财政拨款412.36412.36298.15上年结转资金其他资金年度总体 目标预期目标实际完成情况保障学校运转 "
               "经费已用于运转绩 效 指 标一级指标二级指标三级指标年度 指标值实际 完成值分值得分偏差原因分析 及改进措施"
               "产出指标(50 分)数量指标受助学生人数120012005050质量指标技能鉴定达标率95%95%"
               "时效指标预算执行率100%100%\n")


def test_an_indicator_row_named_for_the_rate_does_not_outvote_the_budget_rows_rate() -> None:
    """A fused form's budget row states 72 % ("…298.151072%10"); a 时效指标 row "预算执行率 100% 100%" (target and
    actual) later on the line is an indicator's, not the budget's rate."""
    assert _read(_FUSED_FORM).budget.stated_execution_rate == 72


def test_a_fused_fund_row_is_cut_into_amounts_written_alike() -> None:
    """"其中:当年财政拨款412.36412.36298.15" under the total row: 412.36 | 412.36 | 298.15, each with two decimals,
    not 4 | 12.36 | 412.36 with the rest taken for a weight and a score."""
    row = _read(_FUSED_FORM).budget.fund_rows[0]
    assert (row.initial, row.adjusted, row.executed) == (Decimal("412.36"), Decimal("412.36"), Decimal("298.15"))


def test_a_project_name_opening_on_its_year_is_one_cell_of_a_fused_form() -> None:
    """"项目名称2022年中职助学市级补助资金主管部门…": the year opens the name; it is no value cell of its own."""
    assert _read(_FUSED_FORM).project.name == "2022年中职助学市级补助资金"


def test_the_word_dan_wei_after_a_bodys_name_in_a_title_is_no_part_of_it() -> None:
    """"某县文化馆单位2023年度部门整体支出绩效评价报告": the unit is 某县文化馆, 单位 the generic word after it."""
    assert _read("某县文化馆单位2023年度部门整体支出绩效评价报告\n一、部门概况\n").unit.name == "某县文化馆"


def test_offices_listed_after_nei_she_in_a_clause_after_a_labels_colon() -> None:
    """"2、组织架构,人员编制:某馆为财政补助事业单位,内设A室、B部、C室。": the label's colon opens no list; the offices
    after 内设 are the unit's internal bodies (no count stated)."""
    read = _read("某县文化馆2023年度部门整体支出绩效评价报告\n2、组织架构,人员编制:某县文化馆为财政补助事业单位,"
                 "内设办公室、培训辅导部、展览室、非遗保护室。人员情况。\n")
    assert read.unit.internal_bodies == ["办公室", "培训辅导部", "展览室", "非遗保护室"]


def test_the_body_an_untitled_report_opens_on_and_speaks_as_goes_before_the_sites_publisher() -> None:
    """No title; the site's 发布机构 is the supervising bureau; the text opens "2019年某县某某服务中心向县级财政争取
    资金…" and says 我中心: the centre is the unit (a guess), not the publisher."""
    read = _read("索引号 | 0000-2020-0001 | 发布机构 | 某县民政局 |\n公开目录 | 自评报告 | 发布日期 | 2020-06-30 |\n"
                 "一、项目基本情况\n2019年某县殡葬服务中心向县级财政争取资金50.00万元。\n"
                 "二、项目绩效自评工作开展情况\n我中心成立绩效评价工作组。\n")
    assert read.unit.name == "某县殡葬服务中心"


def test_a_file_name_that_names_no_unit_gives_way_to_the_title_the_text_opens_on() -> None:
    """A document site's file name "2021年度专项资金绩效自评报告.doc" over the text run together, which opens on its
    title with the unit and a spaced year ("某市水运服务中心 2021 年度专项资金绩效自评报告 一、…"): that unit."""
    read = _read("2021年度专项资金绩效自评报告.doc\n某市水运服务中心 2021 年度专项资金绩效自评报告 一、绩效目标情况 "
                 "我中心主要负责水路交通监督检查;负责编制水路交 通发展规划;制定港口、码头、航道的养护计划,并组织实施和"
                 "管理。 二、绩效目标完成情况 (一)资金投入情况分析。 1、项目资金到位情况分析; 2021 年我中心共收到省财政"
                 "专项拨付资金共计 60 万元。\n")
    assert read.unit.name == "某市水运服务中心"
