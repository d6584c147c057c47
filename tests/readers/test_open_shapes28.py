"""Open real-page shapes, stop 28 (open-shapes-28.md): each test is built from an invented snippet of a shape seen on
a real page, in general form."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from docx import Document as WordDocument
from page_reading import read_page, read_page_and_warnings

from jixiao.readers import read_any
from jixiao.readers.doubled_figures import characters_once
from jixiao.readers.repeated_forms import split_repeated_titles

# A. a text layer that prints every figure twice: one reading whatever the file's format, each figure's fact guessed
_DOUBLED = ["2023年度某某宣传经费项目绩效自评报告",
            "一、项目基本情况本项目年初预算 4545 万元，当年实际到位 52.552.5 万元，支出 48.1248.12 万元，"
            "预算执行率92.44%92.44%。",
            "二、存在问题(1)(1) 宣传覆盖面不足。(2)(2) 经费下达较晚。设置绩效目标 1212 个，完成 1010 个。"]


def read_any_text(text: str) -> object:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "page.txt"
        path.write_text(text, encoding="utf-8")
        return read_any(path)


def _doubled_facts(evaluation: object) -> None:
    budget = evaluation.budget  # type: ignore[attr-defined]
    assert (budget.initial, budget.stated_execution_rate) == (Decimal(45), Decimal("92.44"))
    provenance = evaluation.provenance  # type: ignore[attr-defined]
    assert provenance["budget.initial"].guessed and provenance["budget.stated_execution_rate"].guessed
    assert not provenance["year"].guessed and not provenance["project.name"].guessed  # no figure read once


def test_a_doubled_text_layer_read_from_plain_text_marks_each_figure_guessed() -> None:
    evaluation, warnings = read_page_and_warnings("\n".join(_DOUBLED) + "\n", "page.txt")
    _doubled_facts(evaluation)
    assert any("重复" in w for w in warnings)


def test_a_doubled_text_layer_read_from_a_pdf_the_same_way(tmp_path: Path) -> None:
    from jixiao.writers.pdf import docx_to_pdf

    word = WordDocument()
    for line in _DOUBLED:
        word.add_paragraph(line)
    word.save(str(tmp_path / "doubled.docx"))
    report = read_any(docx_to_pdf(tmp_path / "doubled.docx", tmp_path / "doubled.pdf"))
    _doubled_facts(report.evaluation)
    assert any("重复" in w for w in report.warnings)


def test_a_docx_whose_paragraphs_double_figures_is_read_once_too(tmp_path: Path) -> None:
    word = WordDocument()
    for line in _DOUBLED:
        word.add_paragraph(line)
    word.save(str(tmp_path / "doubled.docx"))
    _doubled_facts(read_any(tmp_path / "doubled.docx").evaluation)


def test_equal_cells_side_by_side_in_a_table_are_no_doubled_layer(tmp_path: Path) -> None:
    word = WordDocument()
    word.add_paragraph("某某局2023年度某某项目支出绩效自评表")
    word.add_paragraph("(1)(1) 说明。(2)(2) 说明。")  # doubled marks, but no doubled figure inside a cell
    table = word.add_table(rows=2, cols=4)
    for col, (label, value) in enumerate(zip(("年初预算数", "全年预算数", "全年执行数", "执行率"),
                                             ("64.8", "64.8", "63.2", "97.53%"), strict=True)):
        table.cell(0, col).text, table.cell(1, col).text = label, value
    word.save(str(tmp_path / "cells.docx"))
    report = read_any(tmp_path / "cells.docx")
    assert not any("重复" in w for w in report.warnings)


# B. a bold heading doubled character by character
def test_a_heading_doubled_character_by_character_is_read_once() -> None:
    text = ("某某县某某局2023年度项目支出绩效自评表\n项项目目名名称称：：乡乡村村道道路路养养护护经经费费\n"
            "实实施施单单位位：：某某县公路站\n")
    evaluation, warnings = read_page_and_warnings(text, "page.txt")
    assert evaluation.project is not None
    assert (evaluation.project.name, evaluation.project.implementing_unit) == ("乡村道路养护经费", "某某县公路站")
    assert any("每个字重复" in w for w in warnings)


def test_two_doubled_words_or_one_mark_repeated_stay_as_written() -> None:
    for text in ("全体干部认认真真、踏踏实实地工作", "某某某某某某局", "((((((", "家家户户"):
        assert characters_once(text) == (text, 0)


# C. a goal table: what is to be done (names, levels, targets), nothing scored
def _indicators(text: str) -> list[tuple[object, ...]]:
    evaluation = read_page(text, "page.txt")
    return [(i.name, i.level1, i.level2, i.target.value if i.target else None, i.target.text if i.target else None,
             i.actual, i.weight, i.stated_score) for i in evaluation.indicators]


_GOAL_HEAD = "某市某馆2021年度项目支出绩效评价报告\n项目名称：某某史料编研\n项目绩效目标表\n"


def test_c_a_goal_table_one_cell_a_line_reads_names_and_levels_guessed() -> None:
    text = _GOAL_HEAD + "\n".join([
        "指标类型", "指标名称", "绩效目标", "绩效标准",
        "产出指标", "编印《某某史料汇编》", "全年编印汇编800册", "举办某某主题展览", "举办展览3场,观众5000人次",
        "成效指标", "向社会公开馆藏目录", "公开目录2000条",
        "效率指标", "项目资金到位率", "资金按时足额到"]) + "\n"  # (the page ends inside the last goal)
    found = _indicators(text)
    assert [(name, level1) for name, level1, *_ in found] == [
        ("编印《某某史料汇编》", "产出指标"), ("举办某某主题展览", "产出指标"), ("向社会公开馆藏目录", "成效指标"),
        ("项目资金到位率", "效率指标")]
    assert all(not any(rest) for _, _, *rest in found)  # the goal text is no target
    evaluation = read_page(text, "page.txt")
    assert evaluation.provenance["indicators[0].name"].guessed  # rows cut by count


def test_c_a_goal_table_whose_rows_fit_two_widths_is_not_read() -> None:
    # six cells under one level word: three rows of two, or two rows of three — the page does not tell
    text = _GOAL_HEAD + "\n".join(["指标类型", "指标名称", "绩效目标", "绩效标准", "产出指标",
                                   "甲项工作", "完成甲项", "乙项工作", "完成乙项", "丙项工作", "完成丙项"]) + "\n"
    assert _indicators(text) == []


def test_c_a_goal_table_in_cells_and_a_target_table_without_actuals() -> None:
    cells = _GOAL_HEAD + ("| 指标类型 | 指标名称 | 绩效目标 | 绩效标准 |\n|---|---|---|---|\n"
                          "| 产出指标 | 编印《某某史料汇编》 | 全年编印汇编800册 | 800册 |\n"
                          "| 效率指标 | 项目资金到位率 | 资金按时足额到位 | 100% |\n")
    assert [(name, level1) for name, level1, *_ in _indicators(cells)] == [
        ("编印《某某史料汇编》", "产出指标"), ("项目资金到位率", "效率指标")]
    targets = ("某县某局2023年度项目绩效目标表\n项目名称：某某村道养护\n| 一级指标 | 二级指标 | 三级指标 | 指标值 |\n"
               "| 产出指标 | 数量指标 | 养护村道里程 | ≥120公里 |\n"
               "| 效益指标 | 社会效益指标 | 群众出行条件改善 | 明显改善 |\n")
    assert _indicators(targets) == [
        ("养护村道里程", "产出指标", "数量指标", Decimal(120), None, None, None, None),
        ("群众出行条件改善", "效益指标", "社会效益指标", None, "明显改善", None, None, None)]


# D. two forms of a PDF's text layer run into one line, each with its cells out of order (values before labels)
_TWO_FORMS = ("某某区绿化管理所2023年度项目自评价.pdf\n"
              "区级项目支出绩效自评表 (2023 年度) 某某公园与养护公司结 算费用 项目名称 主管部门 某"
              "市某区绿化局 年初预算数 全年预算数 全年执行数 分值 执行率 得分 120000.00 120"
              "000.00 108,000.0 10 9 120000.00 120000.00 108000"
              ".0 — 上年结转资金 0 0 — 其他资金 0 0 — 年度资金总额 项目资金 (元) 某市某"
              "区绿化 管理所 实施单位 其中:当年财政拨款 预期目标 年度 总体 目标 90.00% 实际完成"
              "情况 已完成养护费用结算。 一级指标 二级指标 数量指标 三级指标 与养护公司结算完成 年度 指"
              "标值 实际 完成值 分值 得分 =100% 100% 20 20 =100% 100% 30 3"
              "0 及时 及时 20 18 >=90% 95% 20 20 100 97 率 产出指标 质量指标"
              " 绩 效 指 标 时效指标 养护合同条款完成率 费用结算及时性 满意度指标 服务对象满意度指标 "
              "公园游客满意度 总分 -1- 偏差原因分析及 改进措施 区级项目支出绩效自评表 (2023 年度"
              ") 项目名称 某某公园补植经费 主管部门 某市某区绿化局 年初预算数 全年预算数 全年执行数 分"
              "值 执行率 得分 30000.00 30000.00 6.50 其中:当年财政拨款 0 0 — "
              "上年结转资金 0 0 — 其他资金 0 0 — 年度资金总额 项目资金 (元) 某市某区绿化 管"
              "理所 实施单位 7,500 预期目标 年度 总体 目标 10 25.00% 实际完成情况 已完成"
              "补植。 一级指标 二级指标 三级指标 数量指标 产出指标 绩 效 指 标 补植株数 质量指标 成"
              "活率 总分 -2- 年度 指标值"
              "\n")


def test_d_two_forms_in_one_line_are_told_apart_and_the_first_read_whole() -> None:
    report = read_any_text(_TWO_FORMS)
    evaluation = report.evaluation
    assert evaluation.project is not None
    assert evaluation.project.name == "某某公园与养护公司结算费用"
    assert evaluation.project.implementing_unit == "某市某区绿化管理所"
    assert evaluation.unit.supervising_department == "某市某区绿化局"  # (never the project: a label over a label)
    budget = evaluation.budget
    assert (budget.source_unit, budget.initial, budget.executed) == ("元", Decimal(12), Decimal("10.8"))
    assert evaluation.stated_total == 97
    found = {i.name: (i.level1, i.level2, i.weight, i.stated_score) for i in evaluation.indicators}
    assert found["与养护公司结算完成率"] == ("产出指标", "数量指标", 20, 20)  # its end "率" came after the figures
    assert found["养护合同条款完成率"] == ("产出指标", "质量指标", 30, 30)
    assert found["费用结算及时性"] == ("产出指标", "时效指标", 20, 18)
    assert any("2 张自评表" in w for w in report.warnings)


def test_d_a_line_is_cut_only_at_a_title_it_repeats() -> None:
    one = "区级项目支出绩效自评表 (2023 年度) 项目名称 某某经费 区级项目支出绩效自评表说明"
    assert split_repeated_titles(one) == one
    two = "甲类项目自评表 (2023年度) 项目名称 甲 乙类项目自评表 (2023年度) 项目名称 乙"
    assert split_repeated_titles(two) == two  # two different titles: no form repeated
    assert split_repeated_titles("某某项目自评表 (2023年度) 甲 某某项目自评表 (2023年度) 乙").split("\n") == [
        "某某项目自评表 (2023年度) 甲", "某某项目自评表 (2023年度) 乙"]


# E. a project's sentence of money received, then spent; a sharing site's "1、" and a stray page number before the year
def test_e_what_a_project_spent_of_the_money_received() -> None:
    text = ("2020年度某某宣传经费项目绩效自评报告\n一、项目总体情况\n"
            "本项目申报金额 60 万元，预算批复 60 万元，当年实际到位 80.5 万元，支出 52.30 万元。\n")
    evaluation = read_page(text, "page.txt")
    assert (evaluation.budget.initial, evaluation.budget.executed) == (Decimal(60), Decimal("52.3"))
    unit = "2020年度某某局整体支出绩效自评报告\n一、基本情况\n上级补助实际到位 80.5 万元，支出 52.30 万元。\n"
    assert read_page(unit, "page.txt").budget.executed is None  # a unit's part of its money


def test_e_a_glued_title_after_a_chunk_number_and_a_stray_page_number() -> None:
    text = ("1、12019年度某某科普经费项目绩效评价自评报告一、项目总体情况某某科普经费主要用于开展各类科普活动，"
            "维护运转科技场馆，建设基层科普设施，全年开展活动二十余场。\n")
    evaluation = read_page(text, "page.txt")
    assert evaluation.year == 2019
    assert evaluation.project is not None and evaluation.project.name == "某某科普经费项目"


# F. a form's last rows one cell a line, its header cut away by a viewer's preview
_CUT_FORM = ["项目支出绩效自评表", "( 2022年度)", "项目名称", "某某检验检测经费", "实施单位", "某县检验中心",
             "年度资金总≥95%", "96%", "10", "10",  # the preview's cut: a row's start, then another's end
             "可持续影响指标", "长效机制", "长效", "长效", "10", "8",
             "满意度", "指标", "服务对象满意度指标", "群众满意度", "≥90%", "96%", "10", "10",
             "总分", "100", "97"]


def test_f_rows_of_a_form_whose_header_was_cut_read_in_the_form_s_order_guessed() -> None:
    evaluation = read_page("\n".join(_CUT_FORM) + "\n", "page.txt")
    found = {i.name: i for i in evaluation.indicators}
    lasting, pleased = found["长效机制"], found["群众满意度"]
    assert (lasting.level2, lasting.weight, lasting.stated_score) == ("可持续影响指标", 10, 8)
    assert (pleased.level1, pleased.level2, pleased.weight, pleased.stated_score) == (
        "满意度指标", "服务对象满意度指标", 10, 10)
    assert pleased.target is not None and pleased.target.value == 90 and pleased.actual.value == 96
    where = next(k for k, i in enumerate(evaluation.indicators) if i.name == "长效机制")
    assert evaluation.provenance[f"indicators[{where}].weight"].guessed
    # the cut header took the row's 一级 with it: its 二级's template block at most, marked guessed
    assert lasting.level1 in (None, "效益指标") and (
        lasting.level1 is None or evaluation.provenance[f"indicators[{where}].level1"].guessed)


def test_f_one_row_or_a_score_above_its_weight_is_left_as_text() -> None:
    one = [*_CUT_FORM[:16], "总分", "100", "97"]
    above = [cell if cell != "8" else "12" for cell in _CUT_FORM]  # 得分 12 over 分值 10: no 分值 / 得分 pair
    for cells in (one, above):
        evaluation = read_page("\n".join(cells) + "\n", "p.txt")
        assert not any(i.name == "长效机制" for i in evaluation.indicators)


def test_e_indicators_led_by_their_levels_joined_by_dashes() -> None:
    text = ("2020年度某某科普经费项目绩效自评报告\n(三)绩效自评指标完成情况具体分析\n"
            "本项目共设置绩效目标 12 个，具体完成情况如下：(1) 投入-时效目标-绩效目标完成率实际完成情况："
            "实际完成 75.00%，"
            "未完成目标的原因是预算执行率未完成预计目标。(2) 产出-数量目标-开展活动场次实际完成情况：实际完成 20 场。"
            "(3) 某某-其他目标-宣传次数实际完成情况：实际完成 5 次。\n")  # (某某 / 其他目标: no level words, not read)
    found = _indicators(text)
    assert [(name, level1, level2) for name, level1, level2, *_ in found] == [
        ("绩效目标完成率", "投入", "时效目标"), ("开展活动场次", "产出", "数量目标")]
    evaluation = read_page(text, "page.txt")
    assert [(i.actual.value, i.actual.unit) for i in evaluation.indicators] == [(Decimal(75), "%"), (Decimal(20), "场")]


def test_c_a_goal_table_gives_way_to_the_scored_table_beside_it() -> None:
    text = (_GOAL_HEAD + "| 指标类型 | 指标名称 | 绩效目标 | 绩效标准 |\n|---|---|---|---|\n"
            "| 产出指标 | 编印史料汇编册数 | 全年编印汇编800册 | 800册 |\n"
            "| 产出指标 | 举办主题展览场次 | 举办展览3场 | 3场 |\n\n"
            "项目支出绩效自评表\n| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
            "|---|---|---|---|---|---|---|\n| 产出指标 | 数量指标 | 编印史料汇编册数 | ≥800册 | 820册 | 50 | 50 |\n")
    found = [(name, level2, weight) for name, _, level2, *_, weight, _ in _indicators(text)]
    assert found == [("编印史料汇编册数", "数量指标", 50)]  # the goal table's rows are not indicators of their own
