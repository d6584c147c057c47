"""Table money, label and value shapes of published forms (invented units and figures): the
transfer-payment 绩效评价表's money header with 行次/列次 numbers and bracketed column letters."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from page_reading import read_page

from jixiao.readers import read_any

_TRANSFER_HEADER = ["全年预算数（A）", "统筹整合资金数（B）", "扣除统筹整合资金后预算金额（C）", "全年到位资金（D）",
                    "预算到位（D/C×100%）", "全年执行资金（E）", "预算执行（E/C×100%）"]


def _funds(budget: object) -> list[tuple[str, Decimal | None, Decimal | None]]:
    return [(f.name, f.adjusted, f.executed) for f in budget.fund_rows]  # type: ignore[attr-defined]


def test_a_transfer_payment_money_header_wrapped_one_cell_a_line_with_row_and_column_numbers() -> None:
    header = "\n".join(part for cell in _TRANSFER_HEADER for part in cell.replace("（", "\n（").split("\n"))
    text = ("某县农业农村局2023年度农田建设补助资金绩效评价表\n资金投入情况\n（万元）\n"
            f"行次 {header}\n佐证材料\n列次 0 1 2 3 4 5 6 7 所需材料 上传端口\n"
            "年度资金总额（万元）： 1 152.300000\n152.300000 152.300000 100.00% 140.110000 92.00%\n"
            "其中：中央财政资金（万元） 2 120.000000\n120.000000 120.000000 100.00% 110.400000 92.00% 资金下达文件\n"
            "地方财政资金（万元） 3 32.300000\n32.300000 32.300000 100.00% 29.710000 91.98%\n"
            "其他资金（万元，自有资金、社会资本等） 4\n填报人：李明\n")
    budget = read_page(text, "x.txt").budget
    assert (budget.initial, budget.adjusted, budget.executed) == (None, Decimal("152.30"), Decimal("140.11"))
    assert budget.stated_execution_rate == Decimal("92.00")
    assert _funds(budget) == [("中央财政资金", Decimal("120.00"), Decimal("110.40")),
                              ("地方财政资金", Decimal("32.30"), Decimal("29.71"))]


_TRANSFER_ROWS = [["资金投入情况（万元）", "行次", *_TRANSFER_HEADER, "佐证材料"],
                  ["列次", "", "1", "2", "3", "4", "5", "6", "7", ""],
                  ["年度资金总额（万元）：", "1", "97.600000", "", "97.600000", "97.600000", "100.00%", "90.770000",
                   "93.00%", ""],
                  ["其中：中央财政资金（万元）", "2", "70.000000", "", "70.000000", "70.000000", "100.00%", "65.100000",
                   "93.00%", "资金下达文件"],
                  ["地方财政资金（万元）", "3", "27.600000", "", "27.600000", "27.600000", "100.00%", "25.670000",
                   "93.01%", ""],
                  ["其他资金（万元）", "4", "", "", "", "", "", "", "", ""]]


@pytest.mark.parametrize("shape", ["web cells", "tabs", "spaces", "one cell a line"])
def test_a_transfer_payment_money_block_in_each_flattened_shape(shape: str) -> None:
    join = {"web cells": lambda row: "| " + " | ".join(row) + " |", "tabs": "\t".join,
            "spaces": lambda row: " ".join(c for c in row if c),
            "one cell a line": lambda row: "\n".join(c for c in row if c)}
    text = ("某县林业局2023年度林业改革发展资金绩效评价表\n" + "\n".join(join[shape](row) for row in _TRANSFER_ROWS)
            + "\n填报人：王芳\n")
    budget = read_page(text, "x.txt").budget
    assert (budget.adjusted, budget.executed, budget.stated_execution_rate) == (
        Decimal("97.60"), Decimal("90.77"), Decimal("93.00"))
    assert _funds(budget) == [("中央财政资金", Decimal("70.00"), Decimal("65.10")),
                              ("地方财政资金", Decimal("27.60"), Decimal("25.67"))]


def test_a_transfer_payment_money_header_in_table_cells(tmp_path: Path) -> None:
    rows = [["资金投入情况（万元）", "行次", *_TRANSFER_HEADER],
            ["列次", "", "1", "2", "3", "4", "5", "6", "7"],
            ["年度资金总额（万元）", "1", "64.500000", "", "64.500000", "60.000000", "93.02%", "58.050000", "90.00%"],
            ["其中：中央财政资金（万元）", "2", "64.500000", "", "64.500000", "60.000000", "93.02%", "58.050000",
             "90.00%"]]
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    page = tmp_path / "form.html"
    page.write_text(f"<html><body><h1>某县水务局2023年度水利发展资金绩效评价表</h1><table>{body}</table></body></html>",
                    encoding="utf-8")
    budget = read_any(page).evaluation.budget
    assert (budget.adjusted, budget.executed, budget.stated_execution_rate) == (
        Decimal("64.50"), Decimal("58.05"), Decimal("90.00"))
    assert _funds(budget) == [("中央财政资金", Decimal("64.50"), Decimal("58.05"))]


def test_sub_rows_empty_groups_and_placeholders_between_web_copied_indicator_rows() -> None:
    text = ("某乡2023年度茶园提质奖补项目绩效目标自评表 | |||||\n"
            "一级指标 | 二级指标 | 三级指标 | 分值 | 年度指标值 | 全年实际值 | 得分 | 未完成原因及改进措施 | |\n"
            "产 出 指 标 （60分） |\n"
            "数量指标 | ★补助茶园改造面积 | 30 | 52亩 | 52亩 | 30 | ||||\n"
            "其中有机茶园面积 | 12亩 | 12亩 | ||||||||\n"
            "★补助制茶设备数量 | 20 | 14台 | 14台 | 20 | ||||\n"
            "其中揉捻机数量 | 9台 | 9台 | ||||||||\n"
            "质量指标 | ||||||||||\n"
            "设备验收合格率 | 10 | 100% | 100% | 10 | ||||\n"
            "…… | ||||||||||\n"
            "效 益 指 标 （30分） |\n"
            "经济效益 指标 |\n"
            "||||||||||\n"
            "茶农户均增收 | 30 | ≥2000元 | 2150元 | 28 | ||||\n"
            "生态效益 指标 |\n"
            "||||||||||\n"
            "可持续影响指标 | ||||||||||\n"
            "…… | ||||||||||\n"
            "满 意 度 指 标 （10分） |\n"
            "服务对象满意度指标 |\n"
            "受益茶农满意度 | 10 | ≥90% | 93% | 10 | ||||\n"
            "总分 | 100 | 98 | ||||||||\n")
    indicators = read_page(text, "x.txt").indicators
    assert [(i.name, i.level1, i.level2, i.weight, i.stated_score, i.core) for i in indicators] == [
        ("补助茶园改造面积", "产出指标", "数量指标", 30, 30, True),
        ("补助制茶设备数量", "产出指标", "数量指标", 20, 20, True),
        ("设备验收合格率", "产出指标", "质量指标", 10, 10, False),
        ("茶农户均增收", "效益指标", "经济效益指标", 30, 28, False),
        ("受益茶农满意度", "满意度指标", "服务对象满意度指标", 10, 10, False)]
    assert indicators[1].target is not None and indicators[1].target.value == 14


_SCORE_SHEET = [["一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "得分", "评分标准"],
                ["项目决策", "25", "项目立项", "10", "立项依据", "6", "6", "依据充分（6分）"],
                ["项目决策", "25", "项目立项", "10", "立项程序", "4", "3", "程序规范（4分），缺少论证扣1分"],
                ["项目决策", "25", "资金投入", "15", "预算编制", "15", "14", "编制科学（15分）"],
                ["项目绩效", "75", "项目产出", "40", "完成数量", "40", "40", "全部完成（40分）"],
                ["项目绩效", "75", "项目效益", "35", "受益人数", "35", "33", "达到目标（35分）"],
                ["合计", "100", "", "", "", "100", "96", ""]]


def test_a_score_sheet_with_a_weight_after_every_level_in_web_tab_and_spaced_rows() -> None:
    for joined in (lambda row: " | ".join(row) + " |", "\t".join, lambda row: " ".join(c for c in row if c)):
        text = ("某县农业农村局2023年度种业振兴项目绩效评价报告\n二、绩效评价指标评分\n"
                + "\n".join(joined(row) for row in _SCORE_SHEET) + "\n")
        evaluation = read_page(text, "x.txt")
        assert [(i.name, i.level1, i.level2, i.weight, i.stated_score) for i in evaluation.indicators] == [
            ("立项依据", "项目决策", "项目立项", 6, 6), ("立项程序", "项目决策", "项目立项", 4, 3),
            ("预算编制", "项目决策", "资金投入", 15, 14), ("完成数量", "项目绩效", "项目产出", 40, 40),
            ("受益人数", "项目绩效", "项目效益", 35, 33)]
        assert evaluation.stated_block_weights == {"项目决策": 25, "项目绩效": 75}
        assert (evaluation.stated_total, evaluation.full_mark) == (96, 100)


def test_a_score_sheet_s_rows_under_merged_level_cells_keep_their_columns() -> None:
    rows = [*_SCORE_SHEET[:2], ["", "", "", "", "立项程序", "4", "3", "程序规范"],
            ["", "", "资金投入", "15", "预算编制", "15", "14", "编制科学"], _SCORE_SHEET[4],
            ["", "", "项目效益", "35", "受益人数", "35", "33", "达到目标"]]  # 项目效益: a first level elsewhere
    text = "某县农业农村局2023年度种业振兴项目绩效评价报告\n" + "\n".join("\t".join(row) for row in rows) + "\n"
    indicators = read_page(text, "x.txt").indicators
    assert [(i.name, i.level1, i.level2, i.weight, i.stated_score) for i in indicators] == [
        ("立项依据", "项目决策", "项目立项", 6, 6), ("立项程序", "项目决策", "项目立项", 4, 3),
        ("预算编制", "项目决策", "资金投入", 15, 14), ("完成数量", "项目绩效", "项目产出", 40, 40),
        ("受益人数", "项目绩效", "项目效益", 35, 33)]


def test_investment_columns_side_by_side_and_the_grade_in_a_conclusion_cell(tmp_path: Path) -> None:
    rows = [["计划投资额（万元）", "80", "实际到位资金（万元）", "76.5", "实际使用情况（万元）", "72.3"],
            ["其中：中央财政", "", "其中：中央财政", "", "其中：中央财政", ""],
            ["省级财政资金", "50", "省级财政资金", "50", "省级财政资金", "48.1"],
            ["县级财政资金", "30", "县级财政资金", "26.5", "县级财政资金", "24.2"],
            *_SCORE_SHEET, ["评价结论：综合评分96分，评价等级为“良”。", "", "", "", "", "", "", ""]]
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    page = tmp_path / "report.html"
    page.write_text(f"<html><body><h1>某县农业农村局2023年度种业振兴项目绩效评价报告</h1><table>{body}</table>"
                    "</body></html>", encoding="utf-8")
    evaluation = read_any(page).evaluation
    budget = evaluation.budget
    assert (budget.adjusted, budget.executed) == (Decimal("80.00"), Decimal("72.30"))
    assert _funds(budget) == [("省级财政资金", Decimal("50.00"), Decimal("48.10")),
                              ("县级财政资金", Decimal("30.00"), Decimal("24.20"))]
    assert evaluation.stated_grade == "良"


def test_a_merged_caption_cell_is_no_part_of_a_fund_row_s_name(tmp_path: Path) -> None:
    rows = [["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["项目资金（万元）", "年度资金总额", "40", "40", "36", "10", "90%", "9"],
            ["项目资金（万元）", "其中：当年财政拨款", "40", "40", "36", "", "", ""]]
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    page = tmp_path / "form.html"
    page.write_text(f"<html><body><h1>某县实验小学2023年度校舍维修项目支出绩效自评表</h1><table>{body}</table>"
                    "</body></html>", encoding="utf-8")
    assert _funds(read_any(page).evaluation.budget) == [("当年财政拨款", Decimal("40.00"), Decimal("36.00"))]


def test_date_targets_establishment_as_a_total_and_a_garbled_budget_header() -> None:
    text = ("某镇人民政府2023年度部门整体支出绩效自评报告\n"
            "现有在职人员 41 人。全镇总编制为 45 个，其中行政编 20 个、事业编 25 个。\n"
            "| 部门预算执行情况（万元） | 年初预算数 | 全年（iJ整）预算数 | 全年执行数 | 执行率 | 分值 | 得分 |\n"
            "| 资金总额 | 820.00 | 905.50 | 880.10 | 97.19% | 10 | 9.72 |\n"
            "| 一级指标 | 二级指标 | 三级指标 | 分值 | 年度指标值 | 实际完成值 | 得分 |\n"
            "| 产出指标 | 时效指标 | 道路硬化完成时间 | 10 | 2023年10月底前 | 2023年9月完成 | 10 |\n"
            "| 产出指标 | 时效指标 | 补助发放时间 | 10 | 2023年12月 | 2023年12月 | 10 |\n")
    evaluation = read_page(text, "x.txt")
    assert (evaluation.unit.staff_total, evaluation.unit.staff_establishment) == (41, 45)
    assert evaluation.budget.adjusted == Decimal("905.50")
    targets = [(i.name, i.target.text if i.target else None, i.target.value if i.target else None)
               for i in evaluation.indicators if i.name != "预算执行率"]
    assert targets == [("道路硬化完成时间", "2023年10月底前", None), ("补助发放时间", "2023年12月", None)]
    assert [i.actual.text if i.actual else None for i in evaluation.indicators if i.name != "预算执行率"] == [
        "2023年9月完成", "2023年12月"]


def test_a_first_level_cell_wrapped_alone_above_a_second_header_row() -> None:
    text = ("| 2023年度项目支出绩效自评表 | ||||||||||\n"
            "| 项目名称 | 某县耕地质量监测经费 | |||||||\n"
            "| 绩效指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 | |||||\n"
            "|\n一级 指标 |\n"
            "二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | |||||\n"
            "| 产出指标 | 数量指标 | 监测点位数量 | ≥ | 40 | 个 | 42 | 50.00 | 50.00 |  ||\n"
            "| 效益指标 | 社会效益指标 | 监测数据上报及时率 | ≥ | 95 | % | 90 | 50.00 | 45.00 | 个别点位延迟 ||\n"
            "| 总分 | | | | | | | 100.00 | 95.00 | ||\n")
    indicators = read_page(text, "x.txt").indicators
    assert [(i.name, i.level1, i.level2, i.weight, i.stated_score) for i in indicators] == [
        ("监测点位数量", "产出指标", "数量指标", 50, 50), ("监测数据上报及时率", "效益指标", "社会效益指标", 50, 45)]


def test_a_cover_s_wrapped_title_gives_way_to_the_form_s_project_name_and_the_bracketed_year() -> None:
    text = ("某县水利局2022年小型水库维修养护资金项目支出绩效自评报告\n（2023年度）\n"
            "项目名称： 2022年小型水库维修养护资金项目支出\n绩效自评报告\n"
            "| 项目名称 | 2022年小型水库维修养护资金 | 主管部门 | 某县水利局 |\n"
            "| 实施单位 | 某县水库管理所 | 自评总分 | 95 |\n")
    evaluation = read_page(text, "x.txt")
    assert evaluation.project is not None and evaluation.project.name == "2022年小型水库维修养护资金"
    assert evaluation.year == 2023


@pytest.mark.parametrize("joined", [" ".join, "\n".join, "\t".join], ids=["spaces", "one cell a line", "tabs"])
def test_sub_rows_with_values_only_in_each_flattened_shape(joined: Callable[[list[str]], str]) -> None:
    rows = [["一级指标", "二级指标", "三级指标", "分值", "年度指标值", "全年实际值", "得分"],
            ["产出指标", "数量指标", "★补助果园改造面积", "30", "40亩", "40亩", "30"],
            ["其中柑橘果园面积", "15亩", "15亩"],
            ["★补助冷库数量", "20", "3座", "3座", "20"], ["其中移动冷库数量", "1座", "1座"],
            ["质量指标", "冷库验收合格率", "50", "100%", "100%", "50"], ["总分", "100", "100"]]
    text = "某乡2023年度果园提质奖补项目绩效目标自评表\n" + "\n".join(joined(row) for row in rows) + "\n"
    indicators = read_page(text, "x.txt").indicators
    assert [(i.name, i.level2, i.weight, i.stated_score, i.core) for i in indicators] == [
        ("补助果园改造面积", "数量指标", 30, 30, True), ("补助冷库数量", "数量指标", 20, 20, True),
        ("冷库验收合格率", "质量指标", 50, 50, False)]


def test_a_label_whose_empty_value_vanished_leaves_the_next_label_its_value() -> None:
    text = ("    项目支出绩效自评表\n    （2023年度）\n    项目名称 农村饮水安全维修养护经费\n"
            "    主管部门 实施单位 某县水务局\n    项目资金\n    （万元）\n"
            "    年初预算数 全年预算数 全年执行数 分值 执行率 得分\n    年度资金总额： 120 120 114 10 95% 9.5\n")
    evaluation = read_page(text, "x.txt")
    assert evaluation.project is not None and evaluation.project.implementing_unit == "某县水务局"
    assert evaluation.unit.supervising_department is None
