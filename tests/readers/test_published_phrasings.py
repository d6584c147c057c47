"""Phrasings and cell layouts met on published reports (invented units and figures): the budget by
nature written 'label：amount' in the form's cells, establishment as 核定人数, a project named in a
sentence, a unit's own special-fund report, target and actual written together."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from page_reading import read_page

from jixiao.readers import read_any
from jixiao.readers.extract import extract
from jixiao.readers.source_text import text_to_document


def test_budget_by_nature_in_html_form_cells(tmp_path: Path) -> None:
    rows = [
        ["年度预算申请（万元）", "按收入性质分：420.60", "按收入性质分：420.60", "按支出性质分：410.25",
         "按支出性质分：410.25"],
        ["年度预算申请（万元）", "其中：财政拨款：380.60", "其中：财政拨款：380.60", "其中：基本支出：300.05",
         "其中：基本支出：300.05"],
        ["年度预算申请（万元）", "事业收入：40.00", "事业收入：40.00", "项目支出：110.20", "项目支出：110.20"],
        ["年度总体目标", "保障机构正常运转", "保障机构正常运转", "保障机构正常运转", "保障机构正常运转"],
    ]
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    page = tmp_path / "form.html"
    page.write_text(f"<html><body><h1>某县殡仪服务站2023年度整体支出绩效自评报告</h1><table>{body}</table></body></html>",
                    encoding="utf-8")
    budget = read_any(page).evaluation.budget
    assert budget.income_total == Decimal("420.60") and budget.expenditure_total == Decimal("410.25")
    assert [(i.name, i.amount) for i in budget.income_items] == [("财政拨款", Decimal("380.60")),
                                                               ("事业收入", Decimal("40.00"))]
    assert [(i.name, i.amount) for i in budget.expenditure_items] == [("基本支出", Decimal("300.05")),
                                                                    ("项目支出", Decimal("110.20"))]


def test_establishment_as_the_approved_number() -> None:
    text = ("某镇人民政府2023年度部门整体支出绩效自评报告\n"
            "机构编制部门核定人数64人、年末在职人数59人、离退休人数21人。\n")
    unit = read_page(text, "x.txt").unit
    assert (unit.staff_establishment, unit.staff_total) == (64, 59)


def test_bodies_listed_clause_by_clause() -> None:
    text = ("某县统计局2023年度部门整体支出绩效自评报告\n一、基本情况\n"
            "局机关内设办公室、综合股、普查中心等3个股室。下设3个事业单位，一是某县社情民意调查中心；"
            "二是某县统计信息服务站，三是某县普查数据处理中心。全局核定编制20名。\n")
    unit = read_page(text, "x.txt").unit
    assert unit.internal_bodies == ["办公室", "综合股", "普查中心"]
    assert unit.subordinate_bodies == ["某县社情民意调查中心", "某县统计信息服务站", "某县普查数据处理中心"]
    assert unit.subordinate_bodies_count == 3


def test_a_unit_s_special_fund_report_names_its_project_in_a_sentence() -> None:
    text = ("某县第三小学专项资金绩效自评价报告\n一、基本情况\n"
            "（一）项目基本概况我校2022年项目为一个：校舍维修改造项目\n"
            "（二）资金情况我校2022年共计安排80万元，其中上级资金60万元，本级20万元。\n")
    evaluation = read_page(text, "x.txt")
    assert evaluation.project is not None
    assert evaluation.project.name == "校舍维修改造项目"
    assert evaluation.project.implementing_unit == "某县第三小学"
    assert evaluation.provenance["project.implementing_unit"].guessed  # the title implies it: a guess


def test_target_and_actual_written_together_in_prose() -> None:
    text = ("某区卫生院2023年度部门整体支出绩效自评报告\n三、绩效指标完成情况\n"
            "1、家庭医生签约随访时限，权重10分\n目标：按时完成，全年完成：部分完成，该项得分7。\n"
            "2、辖区健康教育覆盖面，权重10分\n年度目标持续扩大，全年实际完成基本实现。得分：8/10。\n")
    indicators = read_page(text, "x.txt").indicators
    pairs = [(i.target.text if i.target else None, i.actual.text if i.actual else None) for i in indicators]
    assert pairs == [("按时完成", "部分完成"), ("持续扩大", "基本实现")]


def test_target_and_actual_written_together_in_a_cell() -> None:
    text = ("某区卫生院2023年度项目支出绩效自评表\n"
            "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
            "| 产出指标 | 时效指标 | 接种任务完成时限 |  | 目标：按时完成，全年完成：部分完成 | 10 | 7 |\n")
    indicator = read_page(text, "x.txt").indicators[0]
    assert indicator.target is not None and indicator.target.text == "按时完成"
    assert indicator.actual is not None and indicator.actual.text == "部分完成"


def _page(tmp_path: Path, title: str, publisher: str) -> Path:
    meta = ("<table class='meta'><tr><td>索引号：</td><td>11450000-2024-00017</td>"
            f"<td>发布机构：</td><td>{publisher}</td></tr><tr><td>发文字号：</td><td></td><td>发布日期：</td><td>2024-03-28</td></tr></table>")
    body = (f"<div class='content'><h2>{title}</h2><p>一、基本情况</p>"
            "<p>本单位2023年度财政拨款收入合计860.40万元，预算执行率98.2%。</p>"
            "<p>经自评，本单位2023年度部门整体支出绩效自评得分92分，评价等级为优。</p></div>")
    page = tmp_path / "page.html"
    page.write_text(f"<html><head><title>{title}</title></head><body>{meta}{body}</body></html>", encoding="utf-8")
    return page


def test_the_publisher_completes_a_unit_name_cut_from_the_title(tmp_path: Path) -> None:
    result = read_any(_page(tmp_path, "江口镇2023年度部门整体支出绩效自评报告", "某县江口镇人民政府"))
    assert result.evaluation.unit.name == "某县江口镇人民政府"
    assert result.evaluation.provenance["unit.name"].location == "网页信息"


def test_a_publisher_never_overrides_the_unit_the_report_names(tmp_path: Path) -> None:
    result = read_any(_page(tmp_path, "某县江口镇人民政府2023年度部门整体支出绩效自评报告", "某县财政局"))
    assert result.evaluation.unit.name == "某县江口镇人民政府"


def test_a_title_naming_only_the_project_gives_no_unit() -> None:
    text = ("2023年度背街小巷整治项目绩效自评表\n项目名称：背街小巷整治项目\n主管部门：某区城市管理局\n"
            "实施单位：某区市容环境服务中心\n")
    evaluation = read_page(text, "x.txt")
    assert evaluation.unit.name == "某区市容环境服务中心"  # the implementing unit, as a guess
    assert evaluation.provenance["unit.name"].guessed


def test_ocr_letter_o_for_zero_inside_figures() -> None:
    text = ("某区融媒体中心2023年度部门整体绩效自评表\n"
            "| 指标名称 | 计量单位 | 指标性质 | 年初指标值 | 全年完成值 | 指标权重（分） | 指标得分（分） |\n"
            "| 播发稿件数量 | 篇 | 定量指标 | 18OO篇 | 2140篇 | 1O | 1O |\n"
            "| 安全播出事故次数 | 次 | 定量指标 | O次 | O次 | 1O | 1O |\n")
    document = text_to_document(text, "ocr.txt")
    evaluation = extract(document)[0]
    assert [(i.name, i.weight, i.target.value if i.target else None) for i in evaluation.indicators] == [
        ("播发稿件数量", Decimal(10), Decimal(1800)), ("安全播出事故次数", Decimal(10), Decimal(0))]
    assert any("字母O按0读取" in w for w in document.warnings)


def test_core_marks_template_numbers_and_the_small_equals_sign() -> None:
    text = ("某镇2023年度项目支出绩效自评表\n"
            "| 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 实际完成值 | 分值 | 得分 |\n"
            "| 产出指标 | 数量指标 | ★补助农户户数 | ﹦ | 120 | 户 | 120 | 10 | 10 |\n"
            "| 产出指标 | 质量指标 | 指标2工程验收合格率 | ≥ | 95 | % | 100 | 10 | 10 |\n"
            "| 产出指标 | 质量指标 | 工程验收 | ≥ | 2 | 次 | 2 | 5 | 5 |\n")
    indicators = read_page(text, "x.txt").indicators
    assert [(i.name, i.core) for i in indicators] == [("补助农户户数", True), ("工程验收合格率", False),
                                                     ("工程验收", False)]  # a name inside another's is its own
    assert indicators[0].target is not None and indicators[0].target.comparator.value == "="


def test_header_cells_wrapped_one_piece_a_line() -> None:
    rows = ["某县水务局2023年度部门整体支出绩效自评表 年度预 算申请 （万元） 年初 预算数 全年预算数 全年 执行数",
            "分值 执行率 得分 年度资金总额 1250.00万元 1300.00万元 1170.00万元 10 90.00% 9.00",
            "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因 分析及 改进措施",
            "产出指标 数量 指标 新建供水管网长度 ≥12公里 12.6公里 20 20 无"]
    cells = [cell for row in rows for cell in row.split()]
    evaluation = read_page("\n\n".join(cells) + "\n", "cells.txt")
    budget = evaluation.budget
    assert (budget.initial, budget.adjusted, budget.executed) == (Decimal("1250.00"), Decimal("1300.00"),
                                                                Decimal("1170.00"))
    named = {i.name: i for i in evaluation.indicators}
    pipe = named["新建供水管网长度"]
    assert (pipe.level1, pipe.level2, pipe.weight, pipe.stated_score) == ("产出指标", "数量指标", Decimal(20),
                                                                          Decimal(20))


def test_a_header_over_two_rows_in_web_cells() -> None:
    text = ("某县2023年度项目支出绩效自评表\n"
            "| 绩效指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 | |||||\n"
            "|\n一级指标 |\n二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | |||||\n"
            "| 产出指标 | 数量指标 | 培训农民人次 | ﹦ | 500 | 人次 | 500 | 20.00 | 20.00 |  ||\n"
            "| 质量指标 | 培训合格率 | ≥ | 90 | % | 93 | 20.00 | 20.00 |  ||\n")
    indicators = read_page(text, "web.txt").indicators
    got = [(i.name, i.level2, i.weight, i.target.value if i.target else None) for i in indicators]
    assert got == [("培训农民人次", "数量指标", Decimal(20), Decimal(500)),
                   ("培训合格率", "质量指标", Decimal(20), Decimal(90))]


def test_a_score_sheet_with_a_weight_after_every_level() -> None:
    """As a Word or Excel table gives it (the flattened-text reader does not know this layout yet)."""
    text = ("某区2023年度项目绩效评价得分表\n"
            "| 一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | 得分 | 评分标准 |\n"
            "|---|---|---|---|---|---|---|---|\n"
            "| 项目决策 | 20 | 项目目标 | 4 | 目标内容 | 4 | 4 | 目标明确（2分），目标细化（2分） |\n"
            "| 项目决策 | 20 | 决策过程 | 16 | 决策依据 | 16 | 15 | 符合规划（16分） |\n"
            "| 项目绩效 | 80 | 项目产出 | 80 | 实际完成率 | 80 | 76 | 每低1%扣1分 |\n")
    evaluation = read_page(text, "x.txt")
    assert [(i.name, i.weight, i.stated_score) for i in evaluation.indicators] == [
        ("目标内容", Decimal(4), Decimal(4)), ("决策依据", Decimal(16), Decimal(15)),
        ("实际完成率", Decimal(80), Decimal(76))]
    assert evaluation.stated_block_weights == {"项目决策": Decimal(20), "项目绩效": Decimal(80)}


def test_sub_rows_and_a_level_alone_on_its_line_in_web_cells() -> None:
    text = ("某镇2023年度衔接资金项目绩效目标自评表\n"
            "| 二级指标 | 三级指标 | 分值 | 年度指标值 | 全年实际值 | 得分 | 偏差原因 |\n"
            "| 数量指标 | 补助鱼塘面积 | 10 | 6亩 | 6亩 | 10 | ||||\n"
            "其中鱼塘养殖面积 | 6亩 | 6亩 | ||||||||\n"
            "补助家禽养殖数量 | 10 | 260只 | 260只 | 10 | ||||\n"
            "质量指标 | ||||||||||\n"
            "种植作物成活率 | 5 | 95% | 96% | 5 | ||||\n")
    indicators = read_page(text, "web.txt").indicators
    assert [(i.name, i.level2, i.weight) for i in indicators] == [
        ("补助鱼塘面积", "数量指标", Decimal(10)), ("补助家禽养殖数量", "数量指标", Decimal(10)),
        ("种植作物成活率", "质量指标", Decimal(5))]


def test_money_pairs_and_a_project_fund_s_allocation_and_payments() -> None:
    pairs = ("某镇人民政府2023年度部门整体绩效自评表\n"
             "年初预算数：980.00万元    全年预算数：1020.50万元    全年执行数：996.30万元\n"
             "预算执行率：97.63%    分值：10    得分：9.76\n")
    evaluation = read_page(pairs, "x.txt")
    rate = next(i for i in evaluation.indicators if i.name == "预算执行率")
    assert (rate.weight, rate.stated_score) == (Decimal(10), Decimal("9.76"))
    assert rate.actual is not None and rate.actual.value == Decimal("97.63")
    fund = ("某县2023年中央水利发展资金项目绩效自评报告\n"
            "市财政局下达某县2023年中央水利发展资金860万元。其中：河道治理工程600万元，水库维修养护260万元。\n截至2023年12月31日，已支付823.70万元，支付率95.78%。\n")
    budget = read_page(fund, "x.txt").budget
    assert (budget.adjusted, budget.executed, budget.stated_execution_rate) == (
        Decimal("860.00"), Decimal("823.70"), Decimal("95.78"))


def test_a_part_s_own_total_is_not_the_unit_s() -> None:
    text = ("某乡人民政府2023年度部门整体支出绩效自评报告\n"
            "一、政府采购支出说明：2023年度政府采购支出总额64.20万元，全部为服务类采购。\n"
            "二、全年支出情况：支出总额1250.60万元。\n")
    assert read_page(text, "x.txt").budget.expenditure_total == Decimal("1250.60")


def test_labels_over_sub_labels_over_amounts_are_read_once() -> None:
    text = ("某中心2023年度部门整体支出绩效自评报告\n"
            "| 机构名称 | 收入合计 | 其中： | 其中： | 其他 |\n|---|---|---|---|---|\n"
            "|  |  | 公共财政拨款 | 政府基金拨款 |  |\n"
            "| 某中心 | 420.50 | 400.00 |  | 20.50 |\n")
    budget = read_page(text, "x.txt").budget
    assert [(i.name, i.amount) for i in budget.income_items] == [("公共财政拨款", Decimal("400.00")),
                                                               ("其他", Decimal("20.50"))]


def test_a_table_of_projects_is_no_budget_s_fund_rows() -> None:
    text = ("某街道办事处2023年度部门决算\n（二）项目绩效自评结果。\n"
            "| 项目名称 | 预算数（万元） | 执行数（万元） | 自评得分 |\n|---|---|---|---|\n"
            "| 社区服务经费 | 300.00 | 290.00 | 95 |\n| 环境整治经费 | 200.00 | 180.00 | 92 |\n"
            "| 应急保障经费 | 100.00 | 99.00 | 96 |\n")
    assert read_page(text, "x.txt").budget.fund_rows == []
