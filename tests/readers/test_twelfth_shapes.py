"""Shapes of the twelfth set (invented units and figures): one "分值/得分" cell holding both figures, money
columns headed 年度预算数 / 实际支出数, amounts on a label line whose unit is in the label's bracket, a Word
money block under a 主管部门 row, 年初下达预算 / 年度预算数合计 in prose, an xlsx percent cell, month deadlines,
"绩效评价得分：", a paragraph counting the indicators, a weight in brackets, and a merged total-and-grade cell."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from corpus import errors as _errors
from page_reading import read_page
from page_reading import read_saved as _read

from jixiao.model import Evaluation
from jixiao.readers import read_any
from jixiao.readers.extract.table_columns import money_header
from jixiao.readers.joined_columns import joined_header, split_joined_lines


def _word_table(tmp_path: Path, title: str, rows: list[list[str]]) -> Evaluation:
    from docx import Document as WordDocument

    word = WordDocument()
    word.add_paragraph(title)
    table = word.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    word.save(tmp_path / "form.docx")
    return read_any(tmp_path / "form.docx").evaluation


def _scored(evaluation: Evaluation) -> list[tuple[str, str | None, Decimal | None, Decimal | None]]:
    return [(i.name, i.level2, i.weight, i.stated_score) for i in evaluation.indicators]


def test_a_joined_weight_and_score_cell_is_two_columns(tmp_path: Path) -> None:
    assert joined_header("分值/得分") == ("分值", "得分")
    assert joined_header("得分／权重") == ("得分", "权重")
    assert joined_header("目标值/完成值") is None
    rows = ["序号  一级指标  二级指标  绩效指标  目标值  实际值  分值/得分",
            "1  产出指标  数量指标  便民驿站建设  ≥4个  4个  30/30",
            "2  效益指标  社会效益指标  矛盾纠纷化解率  ≥92%  90.5%  45/41.5",
            "3  满意度指标  服务对象满意度指标  群众满意度  ≥90%  93%  25/25"]
    for gap in ("  ", "\t"):
        text = "某区某街道办事处2024年度部门整体支出绩效自评报告\n" + "\n".join(r.replace("  ", gap) for r in rows)
        got = _scored(_read(tmp_path, text))
        assert got == [("便民驿站建设", "数量指标", Decimal(30), Decimal(30)),
                       ("矛盾纠纷化解率", "社会效益指标", Decimal(45), Decimal("41.5")),
                       ("群众满意度", "服务对象满意度指标", Decimal(25), Decimal(25))]
    # the header's order says which figure is which; a ratio in another column is left alone
    lines = split_joined_lines("指标名称\t完成值\t得分/分值\n整改完成数\t3/3\t9/10").splitlines()
    assert lines == ["指标名称\t完成值\t得分\t分值", "整改完成数\t3/3\t9\t10"]


def test_a_joined_cell_in_a_pipe_table(tmp_path: Path) -> None:
    text = ("某县某中心2023年度项目支出绩效自评表\n"
            "| 一级指标 | 二级指标 | 三级指标 | 指标值 | 完成值 | 权重/得分 |\n|---|---|---|---|---|---|\n"
            "| 产出指标 | 质量指标 | 设备完好率 | ≥95% | 96% | 50/50 |\n"
            "| 满意度指标 | 服务对象满意度指标 | 患者满意度 | ≥85% | 80% | 50/46 |\n")
    got = _scored(_read(tmp_path, text, "report.md"))
    assert got == [("设备完好率", "质量指标", Decimal(50), Decimal(50)),
                   ("患者满意度", "服务对象满意度指标", Decimal(50), Decimal(46))]


def test_money_columns_headed_year_budget_and_actual_spending(tmp_path: Path) -> None:
    text = ("某县某学校2023年度项目支出绩效自评报告\n\n"
            "| 年度预算数（万元） | 实际支出数（万元） | 预算执行率 | 分值 | 得分 |\n|---:|---:|---:|---:|---:|\n"
            "| 86.40 | 80.00 | 92.59% | 10 | 9.26 |\n")
    evaluation = _read(tmp_path, text, "report.md")
    budget = evaluation.budget
    assert (budget.adjusted, budget.executed, budget.stated_execution_rate) == (
        Decimal("86.40"), Decimal("80.00"), Decimal("92.59"))
    assert _scored(evaluation) == [("预算执行率", None, Decimal(10), Decimal("9.26"))]
    # beside a 调整后预算数 column, 年度预算数 captions the row labels and gives way to it
    header = money_header(["预算执行情况", "年度预算数（万元）", "年初预算", "调整后预算数", "预算执行数", "执行率"])
    assert header is not None and (header["initial"], header["adjusted"], header["executed"]) == (2, 3, 4)


def test_bare_amounts_on_a_label_line_take_the_labels_unit(tmp_path: Path) -> None:
    text = ("某县文化馆2023年度项目支出绩效自评报告\n"
            "资金情况（万元）：年初预算64.00；全年预算70.50；全年执行68.20；执行率96.74%；分值10分；得分9.67分\n")
    budget = _read(tmp_path, text).budget
    assert (budget.initial, budget.adjusted, budget.executed) == (Decimal("64.00"), Decimal("70.50"), Decimal("68.20"))
    text = "某县文化馆2023年度项目支出绩效自评报告\n项目资金（元）：年初预算640,000.00；全年执行600,000.00\n"
    budget = _read(tmp_path, text).budget
    assert (budget.initial, budget.executed, budget.source_unit) == (Decimal(64), Decimal(60), "元")
    # a line opening on no such label keeps its bare figures out of the budget
    bare = "某县文化馆2023年度项目支出绩效自评报告\n年初预算64.00；全年执行68.20\n"
    assert _read(tmp_path, bare).budget.initial is None


def test_the_yuan_of_a_place_name_is_no_money_unit(tmp_path: Path) -> None:
    rows = [["项目名称", "乡村阅读点补助资金", "", "", "", "", ""],
            ["主管部门", "元山县文化广电旅游局", "", "", "实施单位", "元山县图书馆", ""],
            ["预算执行情况（10分）", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分"],
            ["总额（万元）", "96.00", "104.50", "98.23", "94.00%", "10", "9.4"]]
    budget = _word_table(tmp_path, "部门预算项目支出绩效自评表（2024年度）", rows).budget
    assert (budget.source_unit, budget.initial, budget.adjusted, budget.executed) == (
        "万元", Decimal("96.00"), Decimal("104.50"), Decimal("98.23"))


def test_budget_handed_down_at_the_start_of_the_year_and_the_years_total_in_prose(tmp_path: Path) -> None:
    text = ("某县供水工程2023年度项目绩效自评报告\n"
            "年初下达预算800,000.00元，年中追加150,000.00元，年度预算数合计950,000.00元（大写：玖拾伍万元整）。"
            "实际支出数912,000.00元，预算执行率96.00%。\n")
    budget = _read(tmp_path, text).budget
    assert (budget.initial, budget.adjusted, budget.executed) == (Decimal(80), Decimal(95), Decimal("91.2"))
    # last year's total is not this year's
    text = "某县供水工程2023年度项目绩效自评报告\n上年度预算数为90.00万元。\n"
    assert _read(tmp_path, text).budget.adjusted is None


def test_an_xlsx_percent_cell_reads_as_shown(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["某县蔬菜基地2023年度项目支出绩效自评表"])
    sheet.append(["金额单位：元"])
    sheet.append(["项目资金", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"])
    sheet.append(["年度资金总额", 1200000, 1300000, 1274317.77, 10, 1274317.77 / 1300000, 9.8])
    sheet.cell(4, 6).number_format = "0.00%"
    book.save(tmp_path / "form.xlsx")
    budget = read_any(tmp_path / "form.xlsx").evaluation.budget
    assert budget.stated_execution_rate == Decimal("98.02")  # shown 98.02%; stored 0.98024…


def test_month_deadlines_are_dates(tmp_path: Path) -> None:
    text = ("某镇人民政府2024年度部门整体支出绩效自评表\n"
            "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
            "产出指标\t时效指标\t污水管网验收完成时间\t11月前\t10月\t50\t50\n"
            "产出指标\t时效指标\t设备调试完成时限\t≤8月\t7月\t30\t30\n"
            "产出指标\t时效指标\t应急处置时长\t≤3个月\t2个月\t20\t20\n")
    deadline, bounded, duration = _read(tmp_path, text).indicators
    assert deadline.target is not None and deadline.actual is not None
    assert (deadline.target.text, deadline.target.value, deadline.actual.text) == ("11月前", None, "10月")
    # a month with its comparator and a count of months stay numbers
    assert bounded.target is not None and bounded.actual is not None
    assert (bounded.target.value, bounded.actual.value, bounded.actual.unit) == (Decimal(8), Decimal(7), "月")
    assert duration.target is not None and (duration.target.value, duration.target.unit) == (Decimal(3), "个月")


def test_the_performance_evaluation_score_is_the_total(tmp_path: Path) -> None:
    text = ("某县某小学2023年度项目支出绩效自评报告\n三、自评结论\n"
            "上年绩效评价得分：86.20分\n绩效评价得分：91.35分\n等级：优秀\n")
    evaluation = _read(tmp_path, text)
    assert (evaluation.stated_total, evaluation.stated_grade) == (Decimal("91.35"), "优")


def test_a_paragraph_counting_the_indicators_is_no_indicator(tmp_path: Path) -> None:

    text = ("某县2024年度特色种植衔接推进乡村振兴补助资金项目绩效自评报告\n"
            "一、绩效目标设定情况\n"
            "本项目共设置绩效指标2个，其中一级指标2个、二级指标2个、三级指标2个，权重合计90分，预算执行率权重10分。\n"
            "二、自评结果\n经自评，项目综合得分97.50分。\n"
            "项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t权重\t执行率\t得分\n"
            "年度资金总额\t500.00\t500.00\t490.00\t10\t98.00%\t9.8\n"
            "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t权重\t得分\n"
            "产出指标\t数量指标\t种植基地面积\t≥300亩\t310亩\t45\t45\n"
            "满意度指标\t服务对象满意度指标\t种植户满意度\t≥90%\t93%\t45\t45\n")
    evaluation = _read(tmp_path, text)
    assert [i.name for i in evaluation.indicators] == ["预算执行率", "种植基地面积", "种植户满意度"]
    errors = _errors(evaluation)
    assert errors == {"TOTAL_MISMATCH"}  # 99.8 from the rows, 97.50 stated; the weights are 100


def test_the_money_blocks_weight_in_brackets(tmp_path: Path) -> None:
    rows = [["预算执行", "年初预算数（万元）", "全年预算数（万元）", "全年执行数（万元）", "执行率", "得分（20分）"],
            ["预算执行", "800.00", "860.00", "845.00", "98.26%", "19.65"]]
    rate = _word_table(tmp_path, "某区某卫生服务中心2023年度部门整体支出绩效自评表", rows).indicators[0]
    assert (rate.name, rate.weight, rate.stated_score) == ("预算执行率", Decimal(20), Decimal("19.65"))
    text = ("某镇人民政府2023年度部门整体支出绩效自评报告\n### 一、预算执行情况\n"
            "- 年初预算：620.00万元\n- 调整后预算：655.00万元\n- 实际支出：640.00万元\n- 执行率：97.71%\n"
            "- 预算执行得分：9.77分（满分10分）\n")
    rate = _read(tmp_path, text, "report.md").indicators[0]
    assert (rate.name, rate.weight, rate.stated_score) == ("预算执行率", Decimal(10), Decimal("9.77"))


def test_a_total_and_grade_merged_across_a_sheets_last_row(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["某区排水管理所2023年度项目支出绩效自评表"])
    sheet.append(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"])
    sheet.append(["产出指标", "数量指标", "雨水口清掏数量", "≥400个", "420个", 60, 60])
    sheet.append(["满意度指标", "服务对象满意度指标", "沿街商户满意度", "≥90%", "86%", 40, 31.5])
    sheet.append(["自评得分：91.50分（优）"])
    sheet.merge_cells("A5:G5")
    book.save(tmp_path / "form.xlsx")
    evaluation = read_any(tmp_path / "form.xlsx").evaluation
    assert (evaluation.stated_total, evaluation.stated_grade, evaluation.full_mark) == (Decimal("91.50"), "优", None)


def test_a_joined_cell_in_a_pipe_table_with_wide_padding(tmp_path: Path) -> None:
    text = ("某县某中心2023年度项目支出绩效自评表\n"
            "|  三级指标  |  指标值  |  完成值  |  分值/得分  |\n|---|---|---|---|\n"
            "|  设备完好率  |  ≥95%  |  96%  |  100/98  |\n")
    assert _scored(_read(tmp_path, text, "report.md")) == [("设备完好率", None, Decimal(100), Decimal(98))]


def test_unnumbered_items_led_by_their_second_level_under_first_level_headings() -> None:
    text = ("某县公路养护中心2023年度项目支出绩效自评报告\n三、绩效指标完成情况\n（一）产出指标\n"
            "数量指标——桥梁检测座数：指标值≥12座，完成值12座，分值30分，得分30.0分。\n"
            "质量指标——检测报告合格率：指标值≥95%，完成值96%，分值30分，得分29.5分。\n"
            "（二）效益指标\n社会效益指标——通行安全：指标值明显提升，完成值明显提升，分值40分，得分40分。\n")
    indicators = read_page(text, "x.txt").indicators
    assert [(i.name, i.level1, i.level2, i.weight, i.stated_score) for i in indicators] == [
        ("桥梁检测座数", "产出指标", "数量指标", Decimal("30"), Decimal("30.0")),
        ("检测报告合格率", "产出指标", "质量指标", Decimal("30"), Decimal("29.5")),
        ("通行安全", "效益指标", "社会效益指标", Decimal("40"), Decimal("40")),
    ]
