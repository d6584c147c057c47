"""A score sheet with its scoring notes between the rows, run together by OCR or a document viewer
(docs/reader-corpora/fused-noted-30.md), rebuilt from invented snippets of the same shape (invented unit, project,
notes and figures)."""

from __future__ import annotations

from decimal import Decimal

from corpus import errors as _errors
from page_reading import indicator_rows
from page_reading import read_page as _read

from jixiao.readers.fused_noted import fused_noted_lines, fused_noted_table

# the site's chunks "1、" / "2、" cut a note; weight and score fused ("33", "43"), a note's "1、" run onto them
# ("431、"), a note's own figures ("计3分", "扣0.5分"), a note with no full stop before the next name
_HEAD = ("1、某县财政预算支出项目绩效目标自评表项目名称2022年乡镇文化站设备购置项目实施单位某县文化馆"
         "项目主管单位某县文化和旅游局自评总分:97")
_SHEET = ("项目权重评价内容分值自评分复核分评价标准及依据项目决策3分立项依据33有年度计划或上级批复的计3分,否则不得分。"
          "项目管理13分资金管理431、资金管理办法1分;2、专账核算1分;3、支出凭证齐全2分。没有不得分制度执行22有专人负责"
          "项目实施2分。档案管理321、档案齐全1分;2、归档及时1分。目标管理431、绩效目标完整1分,缺一项扣0.5分;2、按期申报"
          "计2分,逾期扣1分;3、目标可衡量1分。")
_PAGE = (f"{_HEAD}{_SHEET[:120]}\n2、{_SHEET[120:]}项目年度目标:完成12个文化站设备购置。一级指标二级指标指标名称\n")

_ROWS = [
    ["项目决策(3分)", "立项依据", "3", "3"],
    ["项目管理(13分)", "资金管理", "4", "3"],
    ["项目管理(13分)", "制度执行", "2", "2"],
    ["项目管理(13分)", "档案管理", "3", "2"],
    ["项目管理(13分)", "目标管理", "4", "3"],
]


def test_the_sheet_goes_on_a_line_of_its_own_its_chunks_joined_back() -> None:
    lines = fused_noted_lines(_PAGE).splitlines()
    assert lines[0].endswith("自评总分:97")
    assert lines[1] == _SHEET
    assert lines[2].startswith("2、项目年度目标:")


def test_rows_end_at_their_fused_weight_and_score_the_note_number_split_off() -> None:
    table = fused_noted_table(_SHEET, "第2行")
    assert table is not None
    assert table.rows == [["一级指标", "三级指标", "分值", "得分"], *_ROWS]
    assert table.guessed == {(r, c) for r in range(1, len(table.rows)) for c in range(4)}


def test_the_sheet_reads_as_guessed_indicators_with_block_weights_and_no_false_error() -> None:
    evaluation = _read(_PAGE)
    rows = indicator_rows(evaluation, "name", "level1", "weight", "stated_score")
    assert rows == [(name, level.split("(")[0], Decimal(w), Decimal(s)) for level, name, w, s in _ROWS]
    assert evaluation.stated_block_weights == {"项目决策": Decimal(3), "项目管理": Decimal(13)}
    assert evaluation.provenance["indicators[1].weight"].guessed
    assert evaluation.provenance["indicators[1].stated_score"].guessed
    assert not _errors(evaluation)


def test_a_block_whose_weights_admit_no_split_gives_no_row() -> None:
    """项目管理 states 12 but no choice of its rows makes 12 (4 + 2 + 3 + 4 = 13): none of its rows is given, the
    other block's are."""
    table = fused_noted_table(_SHEET.replace("项目管理13分", "项目管理12分"), "第1行")
    assert table is not None
    assert table.rows[1:] == [_ROWS[0]]


def test_a_block_with_two_readings_gives_no_row() -> None:
    """项目决策 5 over runs 3 | 2, 2 | 2 and 3 | 3: the first two or the last two make 5, so no row of it is given
    (never a wrong one); the next block, whose one run makes its 10, is read."""
    sheet = ("评价内容分值自评分评价标准项目决策5分立项依据32有批复的计3分。绩效目标22目标明确的得满分。资金安排33"
             "有预算的得满分。项目管理10分资金管理1010办法齐全的得满分。")
    table = fused_noted_table(sheet, "第1行")
    assert table is not None
    assert table.rows[1:] == [["项目管理(10分)", "资金管理", "10", "10"]]


def test_a_figure_onto_a_list_number_with_no_second_item_gives_no_row() -> None:
    """"431、…" whose note never goes on with "2、": the 1 may be a score's; the row is not read."""
    sheet = "评价内容分值自评分评价标准项目管理4分资金管理431、资金管理办法齐全的计4分。"
    assert fused_noted_table(sheet, "第1行") is None


def test_a_level_cell_inside_a_row_is_not_read_here() -> None:
    """"组织机构项目管理6分22…": the level printed inside a row (a merged cell's middle); which rows are its own is
    not read from the run-together text, so no row is given."""
    sheet = "评价内容分值自评分评价标准项目决策2分立项依据22有批复的得满分。组织机构项目管理6分22有专人的得满分。"
    table = fused_noted_table(sheet, "第1行")
    assert table is None or all("项目管理" not in row[0] for row in table.rows[1:])


def test_a_spaced_sheet_and_a_paragraph_with_a_score_word_are_not_this_shape() -> None:
    assert fused_noted_table("评价内容 分值 自评分 评价标准 项目决策 2 分 立项依据 2 2", "第1行") is None
    text = "本项目分值得分情况如下:项目决策得分2分。\n"
    assert fused_noted_lines(text) == text


def test_a_sheet_with_no_level_cells_has_its_rows_make_100() -> None:
    """No level cell states a block's weight: the sheet's rows are read when their weights make 100 (the one
    choice that does), else none."""
    sheet = ("评价内容分值自评分评分标准立项依据2020有批复的得满分。资金管理4038办法齐全的得满分,缺一项扣2分。"
             "目标完成4040全部完成的得满分。")
    table = fused_noted_table(sheet, "第1行")
    assert table is not None
    assert table.rows[1:] == [["", "立项依据", "20", "20"], ["", "资金管理", "40", "38"], ["", "目标完成", "40", "40"]]
    assert fused_noted_table(sheet.replace("目标完成4040", "目标完成3030"), "第1行") is None


def test_a_level_cell_with_its_weight_in_brackets_opens_its_block_too() -> None:
    sheet = _SHEET.replace("项目决策3分", "项目决策(3分)").replace("项目管理13分", "项目管理（13分）")
    table = fused_noted_table(sheet, "第1行")
    assert table is not None
    assert table.rows[1:] == _ROWS


def test_a_level_word_closing_a_notes_words_opens_no_block() -> None:
    """"…加强内部管理2分。" in a note: 管理 is a level word of the lexicon, but it ends the note's words, so it
    opens no block (the rows of 项目管理 still make its 13)."""
    sheet = _SHEET.replace("有专人负责项目实施2分。", "有专人负责,加强内部管理2分。")
    table = fused_noted_table(sheet, "第1行")
    assert table is not None
    assert table.rows[1:] == _ROWS
