"""Shapes of the real pages still below 90 % after stop 36 (docs/reader-corpora/left-pages-39.md), each rebuilt
from an invented snippet of the same shape (invented units, places, projects and figures)."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page, read_page_and_warnings

from jixiao.readers.doubled_runs import runs_once

# a document-sharing site's one-paragraph flattening whose viewer printed every bold run twice
_DOUBLED_COVER = ("某某省某某专项资金绩效评价_第1页\n已阅读3页\n\n文档简介\n\n"
                  "1 20192019 年度省级某某资源保护与年度省级某某资源保护与 "
                  "利用专项资金绩效评价报告利用专项资金绩效评价报告 "
                  "某某省自然资源厅某某省自然资源厅 20202020 年年 5 5 月月 2 20192019 年度省级某某资源保护与"
                  "年度省级某某资源保护与 利用专项资金绩效评价报告利用专项资金绩效评价报告 为加强专项资金管理,按照 "
                  "某某省财政厅要求,某某省自然资源厅成立了 2019 年度绩效评价工作组。 一、项目基本情况一、项目基本情况 "
                  "(一)项目实施依据(一)项目实施依据 为从制度上确保\n")


def test_bold_runs_printed_twice_are_read_once_on_lines_of_their_own() -> None:
    read, warnings = read_page_and_warnings(_DOUBLED_COVER)
    assert read.unit.name == "某某省自然资源厅"
    assert read.project is not None
    assert read.project.name is not None and read.project.name.replace(" ", "") == "省级某某资源保护与利用专项资金"
    assert read.year == 2019
    assert any("粗体行重复" in w for w in warnings)


def test_a_stretch_of_doubled_runs_is_its_own_line() -> None:
    text, count = runs_once(_DOUBLED_COVER)
    lines = text.splitlines()
    assert "2019 年度省级某某资源保护与 利用专项资金绩效评价报告 某某省自然资源厅 2020 年 5 月" in lines
    assert "为加强专项资金管理,按照 某某省财政厅要求,某某省自然资源厅成立了 2019 年度绩效评价工作组。" in lines
    assert count > 0


def test_equal_cells_run_together_are_no_doubled_runs() -> None:
    """A fused table's two equal cells ("按时完成按时完成") hold no doubled year: the text stays as it is."""
    text = ("2022年度某县某某局项目支出绩效自评表\n完成时限 按时完成按时完成 10 10\n质量达标 全部达标全部达标 10 10\n"
            "社会效益 群众满意群众满意 10 9\n")
    assert runs_once(text) == (text, 0)


def test_a_title_fund_cut_at_its_year_keeps_its_year_when_the_publisher_names_the_unit() -> None:
    text = ("• 发布机构\n  • 某某市文化和旅游局\n某某市国家文物保护2021年度专项资金绩效自评报告\n\n"
            "一、绩效目标分解下达情况\n共下达某某市文物保护专项经费120万元。\n")
    read = read_page(text)
    assert read.unit.name == "某某市文化和旅游局"
    assert read.project is not None and read.project.name == "某某市国家文物保护2021年度专项资金"


def test_a_fund_named_with_its_place_in_the_opening_over_the_titles_year() -> None:
    text = ("某某省2019年残疾人康复训练服务经费绩效自评报告\n\n根据有关规定,某某省残疾人联合会(以下简称“省残联”)"
            "成立绩效自评工作组,对某某省残疾人康复训练服务经费进行绩效自评。\n\n一、项目基本情况\n")
    read = read_page(text)
    assert read.project is not None and read.project.name == "某某省残疾人康复训练服务经费"


def test_a_committees_short_title_and_its_full_name_listed_above() -> None:
    text = ("- 中国共产党某某市委员会宣传委员会\n-\n索引号abc/2024-00001\n-\n发布机构某某市人民政府\n"
            "市委宣传委2023年度部门整体支出绩效自评报告\n一、部门基本情况\n我委共设置4个内设机构。\n")
    read = read_page(text)
    assert read.unit.name == "中国共产党某某市委员会宣传委员会"


def test_a_titles_unit_with_its_department_inside_gives_way_to_the_implementer_label() -> None:
    text = ("某某县公安局拘留所2023年专项资金绩效自评报告及自评表\n专项资金绩效自评表\n(2023年度)\n"
            "专项名称 监所运行经费\n主管部门 公安局 实施单位 某某县拘留所\n"
            "项目资金(万元)   年初预算数 全年预算数 全年执行数 分值 执行率(%) 得分\n"
            "年度资金总额 50.00 48.00 48.00 10 100.00 10\n")
    read = read_page(text)
    assert read.unit.name == "某某县拘留所"


def test_a_projects_only_body_named_as_its_supervisor_stands_for_the_unit() -> None:
    text = ("当前位置:首页 > 政务公开 > 其他资金\n\n海洋与渔业监测经费专项资金绩效自评报告\n\n"
            "来源:本网 发布时间:2020-07-30 15:38\n\n"
            "  为加强资金管理,我厅对某某省2019年某某监测专项资金使用情况进行绩效考评。\n"
            "一、项目概况\n(一)项目单位基本情况\n项目主管部门为某某省海洋监测站(某某省海域动态监测中心),其主要职能有承担全省"
            "海洋观测。\n")
    read = read_page(text)
    assert read.unit.name == "某某省海洋监测站"


def test_a_title_run_on_into_its_first_heading_after_a_page_number() -> None:
    """A sharing site's first chunk: its page number, a space, then the title run straight into "一、…"."""
    text = ("资源描述\n1 2018年某某人才培养专项资金绩效评价报告一、项目基本情况(一)项目背景。某某人才是某某事业发展"
            "的基础,省财政设立某某人才培养专项资金,用于培训和奖励,支持各地开展人才工作。\n")
    read = read_page(text)
    assert read.project is not None and read.project.name == "某某人才培养专项资金"
    assert read.year == 2018


def test_a_reports_own_title_under_the_unit_names_the_project_below_a_generic_headline() -> None:
    text = ("当前位置:首页 > 政府信息公开 > 部门决算\n某某县文体局2020年度项目绩效评价报告\n发布时间:2021-10-16\n"
            "来源:文体局\n\n某某县文化体育和旅游局\n2020年度文体专项资金项目自评报告\n\n根据有关办法,县文体局对本部门项目资金"
            "实施了绩效自评价。\n一、基本情况\n(一)项目概况\n2020年,县文体局共收到各类专项资金800.5万元,实施项目12个。\n")
    read = read_page(text)
    assert read.project is not None and read.project.name == "文体专项资金项目"


def test_a_transfers_fund_named_by_the_notice_that_handed_it_down() -> None:
    text = ("一、基本情况\n(一)转移支付概况\n2022年,《某某省财政厅关于下达2022年某某文化遗产保护资金预算的通知》"
            "(某财教〔2022〕12号)下达我市某某县某某馆保护补助30万元。\n(二)绩效目标情况\n举办某某展演活动。\n"
            "二、综合评价结论\n自评得分91.5,综合评价结果为:优。\n")
    read = read_page(text)
    assert read.project is not None and read.project.name == "2022年某某文化遗产保护资金"


def test_a_merged_cells_echo_after_its_table_does_not_run_into_a_parts_sentence() -> None:
    """A web table copied with its merged cells once per column leaves a row's repeated remark as a line after the
    table; a sub-project's sentence after it stays its own, opening on 其中, and its figures stay the part's."""
    text = ("某县2024年度某某补助资金项目绩效自评表\n"
            "| 项目名称 | 某某种植基地建设项目 | 某某种植基地建设项目 | 实施单位 | 某县某某镇人民政府 |\n"
            "| 项目资金（万元） |  | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |  |\n"
            "| 年度资金总额 | 年度资金总额 | 400.00 | 400.00 | 380.00 | 10 | 95.00% | 9.5 | 9.5 |\n"
            "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因 | 偏差原因 |\n"
            "| 产出指标 | 数量指标 | 新建种植基地面积 | ≥100亩 | 102亩 | 30 | 30 |  |  |\n"
            "| 效益指标 | 经济效益指标 | 带动农户年人均增收 | ≥1000元 | 900元 | 30 | 27 | 市场价格下行，增收低于预期 | "
            "市场价格下行，增收低于预期 |\n"
            "| 满意度指标 | 服务对象满意度指标 | 受益群众满意度 | ≥95% | 96% | 30 | 30 |  |  |\n"
            "| 总分 | 总分 | 总分 | 总分 | 总分 | 100 | 96.5 |  |  |\n\n"
            "其中，某某村机耕道子项目预算10.00万元，实际支出8.00万元，执行率80.00%。\n")
    read = read_page(text)
    assert read.budget is not None
    assert (read.budget.executed, read.budget.stated_execution_rate) == (Decimal("380.00"), Decimal("95.00"))
