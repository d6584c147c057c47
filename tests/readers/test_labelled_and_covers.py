"""Ways of writing found in reports from many hands: labelled indicator lines (指标名称：X；分值：…),
scores as fractions (得分18/20), Chinese-numeral years (二〇二四年度) and covers with 填报日期 /
填报单位（盖章）, grades in brackets (【良好】), indicator names holding section words (问题整改率),
qualitative values without a colon (目标值明显改善), implementing units (由Y组织实施)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from page_reading import by_name as _by_name
from page_reading import read_page
from page_reading import read_page as _read

from jixiao.numbers import arabic_years, chinese_digits
from jixiao.readers import read_any
from jixiao.readers.extract.scores import fraction_in
from jixiao.readers.textnorm import match_text

_TITLE = "某市某区城市管理局2024年度部门整体支出绩效自评报告\n"


# C1 — labelled indicator lines --------------------------------------------------------------------


@pytest.mark.parametrize("marker", ["1.", "（1）", "①", ""])
@pytest.mark.parametrize(
    ("label", "weight_label", "target_label", "actual_label", "score_label", "sep"),
    [
        ("指标名称", "指标分值", "目标值", "实际值", "得分", "；"),
        ("三级指标", "分值", "年度指标值", "完成值", "自评得分", "，"),
        ("绩效指标", "权重", "指标值", "实际完成值", "得分", "; "),
    ],
)
def test_labelled_line_takes_the_name_from_the_label_value(marker: str, label: str, weight_label: str,
                                                          target_label: str, actual_label: str,
                                                          score_label: str, sep: str) -> None:
    line = (f"{marker}{label}：城市道路清扫保洁面积{sep}{weight_label}：30分{sep}{target_label}：≥450万平方米"
            f"{sep}{actual_label}：462万平方米{sep}{score_label}：28分。\n")
    second = (f"{label}：市民投诉处理满意度{sep}{weight_label}：70分{sep}{target_label}：≥90%"
              f"{sep}{actual_label}：86%{sep}{score_label}：65分\n")
    evaluation = _read(_TITLE + "二、指标完成情况\n" + line + second)
    found = _by_name(evaluation)
    assert set(found) == {"城市道路清扫保洁面积", "市民投诉处理满意度"}
    first = evaluation.indicators[0]
    assert (first.weight, first.stated_score) == (Decimal(30), Decimal(28))
    assert first.target is not None and first.target.value == Decimal(450)
    assert first.actual is not None and first.actual.value == Decimal(462)
    other = evaluation.indicators[1]
    assert (other.weight, other.stated_score) == (Decimal(70), Decimal(65))
    assert other.actual is not None and other.actual.value == Decimal(86)


def test_labelled_fields_on_their_own_lines_belong_to_their_indicator() -> None:
    body = ("一、绩效指标\n①三级指标：公厕改造座数\n分值：40分\n目标值：≥25座\n完成值：27座\n自评得分：40分\n"
            "②三级指标：垃圾分类覆盖率\n权重：60分\n指标值：≥80%\n完成值：74%\n自评得分：54分\n")
    evaluation = _read(_TITLE + body)
    assert [(i.name, i.weight, i.stated_score) for i in evaluation.indicators] == [
        ("公厕改造座数", Decimal(40), Decimal(40)), ("垃圾分类覆盖率", Decimal(60), Decimal(54))]
    assert evaluation.indicators[1].actual is not None
    assert evaluation.indicators[1].actual.value == Decimal(74)


def test_a_value_label_line_is_never_an_indicator() -> None:
    body = "一、指标\n（一）群众满意度\n目标值≥90%，实际完成92%，得8.5分（满分10分）。\n"
    evaluation = _read(_TITLE + body)
    assert [(i.name, i.weight, i.stated_score) for i in evaluation.indicators] == [
        ("群众满意度", Decimal(10), Decimal("8.5"))]


# C2 — scores written as fractions ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "score", "weight"),
    [("得分：18/20。", "18", "20"), ("得分18/20分。", "18", "20"), ("自评得分为9.5／10", "9.5", "10"),
     ("该项评分 7 / 15 分，", "7", "15")],
)
def test_fraction_gives_score_and_weight(phrase: str, score: str, weight: str) -> None:
    found = fraction_in(match_text(phrase))
    assert found is not None
    assert (found[0], found[1]) == (Decimal(score), Decimal(weight))


@pytest.mark.parametrize("phrase", ["截至2024/12/31，得分", "完成3/5项", "得分12/31日", "得分：25/20。",
                                    "得分2024/2025年度"])
def test_dates_counts_and_impossible_fractions_are_not_scores(phrase: str) -> None:
    assert fraction_in(match_text(phrase)) is None


def test_fraction_without_any_other_weight_makes_the_indicator() -> None:
    body = ("1.路灯亮灯率\n全年目标不低于98%，实际亮灯率99.2%。得分：20/20。\n"
            "2.占道经营整治\n计划整治300处，实际完成276处，得分17/25分。\n"
            "3.渣土车违规查处\n目标≥120起，查处131起，得8.5分（满分10分）。\n")
    evaluation = _read(_TITLE + body)
    assert [(i.name, i.weight, i.stated_score) for i in evaluation.indicators] == [
        ("路灯亮灯率", Decimal(20), Decimal(20)), ("占道经营整治", Decimal(25), Decimal(17)),
        ("渣土车违规查处", Decimal(10), Decimal("8.5"))]


def test_fraction_with_a_different_stated_weight_is_not_a_score() -> None:
    evaluation = _read(_TITLE + "1.路灯亮灯率（8分）\n完成情况较好，完成3/5项，得7分。\n")
    assert [(i.weight, i.stated_score) for i in evaluation.indicators] == [(Decimal(8), Decimal(7))]


# C3 — HTML tables in Markdown and text -------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_html_table_reads_like_a_pipe_table(tmp_path: Path, suffix: str) -> None:
    text = (
        "# 某县疾病预防控制中心2024年度部门整体支出绩效自评报告\n\n"
        '<table border="1">\n<thead><tr><th>单位名称</th><th colspan="3">某县疾病预防控制中心</th></tr></thead>\n'
        "<tbody><tr><td>编制人数</td><td>36</td><td>实有人数</td><td>33</td></tr></tbody>\n</table>\n\n"
        "<TABLE><tr><th>一级指标</th><th>三级指标</th><th>分值</th><th>年度指标值</th><th>实际完成值</th>"
        "<th>得分</th></tr>\n"
        '<tr><td rowspan="2">产出指标</td><td>适龄儿童免疫规划<br>疫苗接种率</td><td>60</td><td>≥95%</td>'
        "<td>97.3%</td><td>60</td></tr>\n"
        "<tr><td>传染病报告及时率</td><td>40</td><td>=100%</td><td>99%</td><td>38</td></tr>\n"
        '<tr><td colspan="2">合计</td><td>100</td><td></td><td></td><td>98</td></tr>\n</TABLE>\n'
    )
    path = tmp_path / f"report{suffix}"
    path.write_text(text, encoding="utf-8")
    evaluation = read_any(path).evaluation
    assert evaluation.unit.staff_total == 33
    assert [(i.name, i.weight, i.stated_score, i.level1) for i in evaluation.indicators] == [
        ("适龄儿童免疫规划 疫苗接种率", Decimal(60), Decimal(60), "产出指标"),
        ("传染病报告及时率", Decimal(40), Decimal(38), "产出指标")]
    assert evaluation.stated_total == Decimal(98)
    assert evaluation.provenance["indicators[1].stated_score"].location.startswith("表2")


def test_broken_html_table_markup_never_crashes(tmp_path: Path) -> None:
    path = tmp_path / "report.md"
    path.write_text(_TITLE + '<table><tr><td rowspan="x">1<td colspan="9999">2</tr>\n'
                    "1.绿化养护面积（100分）：得分为90分。\n", encoding="utf-8")
    evaluation = read_any(path).evaluation
    assert evaluation.year == 2024


# C4 — Chinese-numeral years; covers with a filing date ---------------------------------------------


@pytest.mark.parametrize(("text", "year"), [("二〇二四", 2024), ("二零二三", 2023), ("二○二五", 2025)])
def test_chinese_digits_read_digit_by_digit(text: str, year: int) -> None:
    assert chinese_digits(text) == year


def test_arabic_years_keeps_length_and_leaves_other_numerals() -> None:
    text = "某局二〇二四年度报告，第二〇号，二零二三 年"
    converted = arabic_years(text)
    assert len(converted) == len(text)
    assert converted == "某局2024年度报告，第二〇号，2023 年"


@pytest.mark.parametrize("year_text", ["二〇二四", "二零二四"])
def test_chinese_year_in_title_beats_a_cover_filing_date(year_text: str) -> None:
    text = (f"填报日期：2025年3月2日\n某县自然资源局{year_text}年度部门整体支出绩效自评报告\n一、指标\n"
            "1.耕地保护面积（100分）：得分为91分。\n二、结论\n经自评，本单位2024年度整体支出绩效自评总分91分。\n")
    evaluation = _read(text)
    assert (evaluation.year, evaluation.unit.name, evaluation.stated_total) == (2024, "某县自然资源局", Decimal(91))


def test_chinese_year_alone_is_enough() -> None:
    evaluation = _read("某县自然资源局二〇二三年度部门整体支出绩效自评报告\n1.耕地保护面积（100分）：得分为91分。\n")
    assert (evaluation.year, evaluation.unit.name) == (2023, "某县自然资源局")


def test_a_filing_date_is_not_the_evaluated_year() -> None:
    text = ("某县自然资源局部门整体支出绩效自评报告\n报告日期：2025年2月18日\n一、基本情况\n"
            "本局2024年度部门预算执行良好。\n1.耕地保护面积（100分）：得分为91分。\n")
    evaluation = _read(text)
    assert (evaluation.year, evaluation.unit.name) == (2024, "某县自然资源局")


def test_only_a_filing_date_gives_the_year_before_as_a_guess() -> None:
    evaluation = _read("某县自然资源局部门整体支出绩效自评报告\n填报日期：2025年2月18日\n"
                       "1.耕地保护面积（100分）：得分为91分。\n")
    assert evaluation.year == 2024
    assert evaluation.provenance["year"].guessed


# C5 — grades in brackets ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("statement", "grade"),
    [("经自评，本单位2024年度自评总分88分，【良好】。", "良"), ("自评等级：【中】", "中"),
     ("评价结果：[优]", "优"), ("综上，本单位2024年度自评得分72分（中）。", "中"), ("等级为【优秀】。", "优")],
)
def test_grade_in_brackets(statement: str, grade: str) -> None:
    evaluation = _read(_TITLE + "一、指标\n1.道路保洁（100分）：得分为88分。\n二、结论\n" + statement + "\n")
    assert evaluation.stated_grade is not None and evaluation.stated_grade.value == grade


def test_bracketed_word_inside_an_indicator_is_not_the_grade() -> None:
    evaluation = _read(_TITLE + "一、指标\n1.道路保洁（100分）：服务质量（优）保持，得分为88分。\n")
    assert evaluation.stated_grade is None


# C6 — seal notes on a cover -------------------------------------------------------------------------


@pytest.mark.parametrize("seal", ["（盖章）", "(盖章)", "（单位公章）", "【签章】", " 盖章"])
def test_seal_note_is_not_part_of_the_unit_name(seal: str) -> None:
    text = (f"填报单位：某县水务局{seal}\n\n某县水务局2024年度部门整体支出绩效自评报告\n"
            "1.河道保洁（100分）：得分为90分。\n")
    assert _read(text).unit.name == "某县水务局"


@pytest.mark.parametrize("cover", ["填报单位（盖章）：某县水务局", "单位名称：某县水务局      填报日期：2025年3月",
                                   "填报单位：某县水务局 填报人：张三",
                                   "填报单位：某县水务局\u3000\u3000联系电话：1234567"])
def test_cover_field_lines_give_the_clean_unit_name(cover: str) -> None:
    text = cover + "\n某县二〇二四年度部门整体支出绩效自评报告\n1.河道保洁（100分）：得分为90分。\n"
    evaluation = _read(text)
    assert (evaluation.unit.name, evaluation.year) == ("某县水务局", 2024)


# C7 — indicator names holding section words ---------------------------------------------------------


def test_indicator_names_with_section_words_are_kept_and_sections_still_read() -> None:
    body = ("一、绩效指标完成情况\n（一）安全隐患整改完成率\n分值20分，目标值≥95%，实际完成98%，得20分。\n"
            "（二）问题整改时限\n该项指标分值30分，目标值为≤15天，实际完成值为12天，实得30分。\n"
            "（三）经验交流次数\n分值50分，目标值≥4次，实际完成3次，扣5分。\n"
            "二、存在问题及整改措施\n（一）存在问题\n个别指标设置不够细化。\n（二）整改措施\n下一步将完善指标体系。\n")
    evaluation = _read(_TITLE + body)
    assert [(i.name, i.weight) for i in evaluation.indicators] == [
        ("安全隐患整改完成率", Decimal(20)), ("问题整改时限", Decimal(30)), ("经验交流次数", Decimal(50))]
    assert evaluation.indicators[2].stated_score == Decimal(45)
    assert evaluation.sections.problems == "个别指标设置不够细化。"
    assert evaluation.sections.measures == "下一步将完善指标体系。"


# C10 — qualitative values without a colon ------------------------------------------------------------


def test_qualitative_target_and_actual_without_colon() -> None:
    body = ("1.群众出行条件：目标值明显改善，完成值基本实现，得8分（满分10分）。\n"
            "2.人居环境（10分）：年度指标值有效提升；实际完成值显著提升。得10分。\n"
            "3.道路通畅率：目标值≥85%，完成值90%，得5分（满分5分）。\n")
    found = _by_name(_read(_TITLE + body))
    first, second, third = found["群众出行条件"], found["人居环境"], found["道路通畅率"]
    assert (first.target.text, first.actual.text) == ("明显改善", "基本实现")  # type: ignore[attr-defined]
    assert (second.target.text, second.actual.text) == ("有效提升", "显著提升")  # type: ignore[attr-defined]
    assert third.target.value == Decimal(85)  # type: ignore[attr-defined]


# C11 — the implementing unit --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [("河道综合整治项目由某县水务服务中心组织实施，主管部门为某县水务局。", "某县水务服务中心"),
     ("本项目由某县农村供水管理站负责实施。", "某县农村供水管理站"),
     ("项目主管部门为某县教育局，实施单位为某县学生资助管理中心。", "某县学生资助管理中心"),
     ("项目承担单位：某县农技推广站。", "某县农技推广站")],
)
def test_implementing_unit_from_prose(sentence: str, unit: str) -> None:
    text = ("2024年度河道综合整治项目绩效自评报告\n一、项目基本情况\n" + sentence
            + "\n二、指标\n1.整治河道长度（100分）：目标值≥20公里，完成值21公里，得100分。\n")
    evaluation = _read(text)
    assert evaluation.project is not None and evaluation.project.implementing_unit == unit


def test_project_filer_is_the_implementing_unit_as_a_guess() -> None:
    text = ("填报单位：某县城乡环卫所（盖章）\n填报日期：2025年1月20日\n2024年度城乡垃圾清运项目绩效自评报告\n"
            "一、项目基本情况\n项目主管部门为某县住建局。\n二、指标\n1.垃圾清运量（100分）：得100分。\n")
    evaluation = _read(text)
    assert evaluation.project is not None and evaluation.project.implementing_unit == "某县城乡环卫所"
    assert evaluation.provenance["project.implementing_unit"].guessed
    assert evaluation.year == 2024


# The same ways of writing in a Word file ------------------------------------------------------------


def test_word_report_with_cover_and_labelled_lines(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    for text in ["填报单位：某县交通运输局（公章）", "填报日期：2025年2月10日",
                 "某县交通运输局二〇二四年度部门整体支出绩效自评报告", "一、绩效指标完成情况",
                 "1.指标名称：农村公路养护里程；指标分值：60分；目标值：≥320公里；实际值：335公里；得分：60分。",
                 "2.指标名称：客运班线通达率；指标分值：40分；目标值：=100%；实际值：97%；得分：36/40。",
                 "二、自评结论", "经自评，本单位2024年度自评总分96分，评价等级：【优】。"]:
        document.add_paragraph(text)
    path = tmp_path / "report.docx"
    document.save(str(path))
    evaluation = read_any(path).evaluation
    assert (evaluation.year, evaluation.unit.name) == (2024, "某县交通运输局")
    assert [(i.name, i.weight, i.stated_score) for i in evaluation.indicators] == [
        ("农村公路养护里程", Decimal(60), Decimal(60)), ("客运班线通达率", Decimal(40), Decimal(36))]
    assert evaluation.stated_total == Decimal(96)
    assert evaluation.stated_grade is not None and evaluation.stated_grade.value == "优"


def test_score_only_item_has_no_actual_and_keeps_the_grade_line_out() -> None:
    text = _TITLE + "一、指标\n1.河道保洁（100分）：得分为88分。\n自评等级：【良】\n"
    evaluation = _read(text)
    indicator = evaluation.indicators[0]
    assert indicator.actual is None
    assert evaluation.stated_grade is not None and evaluation.stated_grade.value == "良"


def test_numbered_indicator_labels() -> None:
    text = (_TITLE + "指标1：高标准农田建设面积（分值40分），目标值≥5000亩，实际值5200亩，得分40分。\n"
            "指标二：农民满意度；权重：60分；指标值：≥90%；完成值：93%；自评得分：57分。\n")
    evaluation = _read(text)
    assert [(i.name, i.weight, i.stated_score) for i in evaluation.indicators] == [
        ("高标准农田建设面积", Decimal(40), Decimal(40)), ("农民满意度", Decimal(60), Decimal(57))]


def test_a_label_followed_by_a_header_word_or_a_figure_has_no_value() -> None:
    # a PDF text layer lays the form's cells out of order: 主管部门 then 年初预算数, 实施单位 then a fund row
    text = ("项目支出绩效自评表（2022年度）\n项目名称 | 社区健身步道维护 |\n主管部门 | 年初预算数 |\n"
            "实施单位 | 其中:当年财政拨款 |\n年度总体目标 | 预期目标 | 实际完成情况 |\n年度总体目标 | 86.19% |\n")
    evaluation = read_page(text, "layer.txt")
    assert evaluation.unit.supervising_department is None
    assert evaluation.project is not None and evaluation.project.implementing_unit is None
    assert evaluation.project.goal_expected is None
    kept = ("项目支出绩效自评表（2022年度）\n项目名称 | 社区健身步道维护 |\n主管部门 | 某区体育局 |\n"
            "实施单位 | 某区预算编审服务中心 |\n"
            "年度总体目标 | 完成步道维护12公里 | 已完成 |\n")
    read = read_page(kept, "form.txt")
    assert read.unit.supervising_department == "某区体育局"
    assert read.project is not None and read.project.implementing_unit == "某区预算编审服务中心"
    assert read.project.goal_expected == "完成步道维护12公里"


def test_every_prose_field_pattern_holds_a_word_its_quick_test_looks_for() -> None:
    """extract_labelled searches a line for these fields only when it holds one of their words: a pattern
    added without one would never be tried on a line lacking them (the word belongs in the quick test)."""
    from jixiao.readers.extract.text_labels import PROSE_FIELD_WORDS, PROSE_FIELDS

    for field in PROSE_FIELDS:
        assert any(word in field.pattern.pattern for word in PROSE_FIELD_WORDS), field.pattern.pattern
    # the fields are still read from prose and labels (the words are in each of these lines)
    evaluation = _read(_TITLE + "一、基本情况\n该项目由某区文化局主管，由某区文化馆组织实施。\n"
                       "项目名称：某乡村书屋补助项目\n")
    assert evaluation.unit.supervising_department == "某区文化局"
    assert evaluation.project is not None and evaluation.project.implementing_unit == "某区文化馆"


def test_a_prose_field_is_searched_only_where_its_quick_tests_allow_a_match() -> None:
    """A field's words and extra quick test (its gate) must hold wherever the field's pattern matches: lines that
    state each field (the pattern finds it) pass the tests, and the fields are read from them."""
    from jixiao.readers.extract.text_labels import PROSE_FIELDS

    stated = ["根据有关规定，某省残疾人联合会（以下简称“省残联”）成立绩效自评工作专班，开展绩效自评。",
              "项目实施单位为某县水利站。", "项目承担单位：某镇农业服务中心", "该项目由某乡人民政府负责组织实施。",
              "由某区文化馆具体承担。", "由某县交通局统一执行", "主管部门为某区水务局。",
              "该项目由某县卫健局主管，由某县疾控中心实施。",
              "项目名称：某村道路硬化项目", "单位名称：某县档案馆", "现将2024年某县文化馆绩效自评报告如下",
              "本项目为：某小学校舍维修项目。", "填报单位:某县农技站填报日期:2025年3月",
              "单位名称:某县林业站填表时间:2025年2月"]
    for line in stated:
        norm = match_text(line)
        for field in PROSE_FIELDS:
            if field.pattern.search(norm):
                assert any(word in norm for word in field.words), (field.path, line)
                assert field.gate is None or field.gate.search(norm), (field.path, line)
    evaluation = _read("关于2024年度项目支出绩效自评的报告\n" + stated[0] + "\n" + stated[1] + "\n")
    assert evaluation.unit.name == "某省残疾人联合会"
    assert evaluation.project is not None and evaluation.project.implementing_unit == "某县水利站"
