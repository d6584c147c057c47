"""The form's header and label words as an OCR misread them, one character wrong (invented names and
figures): read back only next to the form's other words on a line that holds several, and every cell cut
from such a line is marked guessed."""

from __future__ import annotations

from corpus import errors as _errors
from page_reading import read_page

from jixiao.readers.ocr_words import read_back_words

COVER = "某县项目支出绩效自评表(2023年)项目名称乡村道路养护经费主管部门某县交通局实施革位自评得分96某县公路站\n"


def test_a_label_misread_by_one_character_next_to_the_forms_words_is_read_back() -> None:
    assert "实施单位自评得分" in read_back_words(COVER.strip())


def test_money_headers_misread_in_turn_are_each_read_back() -> None:
    line = "项目资金年度资金总额年初预匏数调整预算将全年执行数执行率"
    assert read_back_words(line) == "项目资金年度资金总额年初预算数调整预算数全年执行数执行率"


def test_a_line_with_few_form_words_is_left_as_it_is() -> None:
    line = "本年度年初预匏数与上年持平，项目名称见附表。"
    assert read_back_words(line) is line


def test_a_name_two_characters_away_or_ending_like_a_level_word_is_left() -> None:
    line = "项目名称主管部门实施单位年初计划数群众满意度指数全年执行数"
    assert read_back_words(line) == line


def test_the_label_read_back_pairs_and_every_cell_of_its_line_is_guessed() -> None:
    evaluation = read_page(COVER, "ocr.txt")
    assert evaluation.unit.supervising_department == "某县交通局"
    assert evaluation.provenance["unit.supervising_department"].guessed
    assert evaluation.stated_total is not None and int(evaluation.stated_total) == 96
    assert evaluation.provenance["stated_total"].guessed
    assert not _errors(evaluation)


ROWS = ("绩效指标一级指标二级指标三级指标分值年度指标值全年实际值得分产出指标数量指标培训合格率6工90%工90%6"
        "受益农户数量6200户210户IO时效指标培训完成率6^95%96%5\n")


def test_an_ocrs_letters_for_comparators_and_ten_are_read_back_between_figures() -> None:
    fixed = read_back_words(ROWS.strip())
    assert "合格率6≥90%≥90%6" in fixed
    assert "210户10时效指标" in fixed
    assert "完成率6≥95%96%5" in fixed


def test_letters_in_a_name_or_a_word_stay() -> None:
    line = "项目名称主管部门实施单位IO接口改造工程^注释工作量"
    assert read_back_words(line) == line


def test_rows_read_with_the_comparators_read_back_are_guessed_and_raise_no_error() -> None:
    evaluation = read_page(ROWS, "ocr.txt")
    rate = next(i for i in evaluation.indicators if i.name == "培训合格率")
    assert rate.target is not None and rate.target.comparator == "≥"
    assert rate.stated_score is not None and int(rate.stated_score) == 6
    assert evaluation.provenance["indicators[0].target"].guessed
    assert evaluation.provenance["indicators[0].stated_score"].guessed
    assert not _errors(evaluation)


def test_a_level_cell_repeating_the_names_words_is_no_misread() -> None:
    line = "产出指标预算执行预算执行率100%96.2%10执行率×分值9.62结余资金已收回"  # (预算执行预 is no 预算执行数)
    assert read_back_words(line) == line
