# ruff: noqa: E501
"""Shapes of the seventy-sixth set (docs/reader-corpora/seventysixth.md): a county unit's PDF copied as text with its
layout — cells wrapped under their columns, long 指标解释 / 评分标准 columns, a page's number and running head
between two rows and inside one — each rebuilt from an invented snippet of the same shape (invented units and
figures)."""

from __future__ import annotations

from decimal import Decimal

from page_reading import by_name, read_page

from jixiao.readers.first_page_head import first_page_head, without_first_page_head
from jixiao.readers.pdf_layout_rows import join_layout_rows
from jixiao.readers.row_page_headers import without_row_page_headers

# a form laid out by display width, its 指标解释 and 评分标准 wrapped under themselves, figures inside the sentences
CRITERIA_ROWS = [
    "一级指标  二级指标    三级指标            指标解释                  评分标准                年度指标值  实际完成值  分值  得分",
    "产出指标  数量指标    乡村医生培训人次    参加县级集中培训的乡村医  达到目标值得满分，每少  ≥120人次    126人次     20    20",
    "                                          生人次。                  10人次扣1分。",
    "效益指标  社会效益指  慢病患者随访管理率  按规范随访的慢病患者占登  ≥70%得满分，每低1个百   ≥70%        72.5%       30    30",
    "          标                              记患者的比例。            分点扣0.5分。",
    "满意度指  服务对象满  签约居民满意度      抽样调查签约居民的满意程  ≥90%得满分，每低1个百   ≥90%        93%         50    50",
    "标        意度指标                        度，样本200人。           分点扣1分。",
    "合计                                                                                                                100   100",
]


def test_criteria_sentences_wrapped_with_figures_go_back_onto_their_cells() -> None:
    """A 评分标准 cell cut by its column goes on under it with figures inside the sentence ("分点扣0.5分。",
    "10人次扣1分。") and words a column is named by ("得满分"): its rest is the sentence's, not a figure of the next row
    nor another column's word; so are the level words cut beside it ("满意度指" / "标"), four pieces on one line."""
    joined = join_layout_rows("\n".join(CRITERIA_ROWS)).split("\n")
    rows = [line.split("\t") for line in joined if "\t" in line]
    assert rows[2][:5] == ["效益指标", "社会效益指标", "慢病患者随访管理率", "按规范随访的慢病患者占登记患者的比例。",
                           "≥70%得满分，每低1个百分点扣0.5分。"]
    assert rows[3][:2] == ["满意度指标", "服务对象满意度指标"]
    assert rows[3][3:5] == ["抽样调查签约居民的满意程度，样本200人。", "≥90%得满分，每低1个百分点扣1分。"]
    assert rows[1][4] == "达到目标值得满分，每少10人次扣1分。"


def test_a_row_of_figures_under_a_sentence_is_still_the_next_row() -> None:
    """A line of figures under a row stays a row of its own even when the cell above is a sentence: only a piece
    with words around its figure goes on a sentence."""
    lines = [CRITERIA_ROWS[0], CRITERIA_ROWS[1],
             "                                          12                        5           ≥80%        81%         10    10"]
    joined = join_layout_rows("\n".join(lines)).split("\n")
    assert not any("生人次" in line for line in joined)
    assert any(line.split()[-2:] == ["10", "10"] for line in joined)


PAGE_CUT = [
    "                                                        某县某镇卫生院",
    "",
    "              某县某镇卫生院2022年度部门整体支出绩效自评报告",
    "一级指标    二级指标        三级指标                  年度指标值    实际完成值    分值  得分    偏差原因分析及改进措施",
    "产出指标    数量指标        家庭医生签约服务人数      ≥5200人       5264人        30    30",
    "产出指标    时效指标        村卫生室药品配送及时率    ≥95%          92%           30    29.05   两个偏远村冬季道路封闭，配",
    "",
    "                                            — 1 —",
    "                                                        某县某镇卫生院",
    "",
    "一级指标    二级指标        三级指标                  年度指标值    实际完成值    分值  得分    偏差原因分析及改进措施",
    "                                                                                                送延迟",
    "满意度指标  服务对象满意度  签约居民满意度            ≥90%          94%           40    40",
    "            指标",
    "合计                                                                              100   99.05",
    "",
    "                                            — 2 —",
]


def test_a_row_the_page_cut_keeps_its_rest_after_the_next_pages_head() -> None:
    """A row whose note wrapped over the page's end ("…配" / page number / running head / header repeated / "送延迟"):
    the rest after the next page's furniture goes back onto the note, and the furniture is no cell of the table."""
    found = by_name(read_page("\n".join(PAGE_CUT)))
    assert found["村卫生室药品配送及时率"].deviation_note == "两个偏远村冬季道路封闭，配送延迟"
    assert found["村卫生室药品配送及时率"].stated_score == Decimal("29.05")
    assert found["签约居民满意度"].level2 == "服务对象满意度指标"


def test_page_furniture_between_tab_rows_is_blanked() -> None:
    """A page's number and its running head said again between two rows once the columns are joined as tabs are
    the page's, as between ruled rows."""
    text = "某局\n产出指标\t数量指标\t培训人次\t10\t10\n— 1 —\n某局\n效益指标\t社会效益指标\t覆盖率\t10\t10\n"
    lines = without_row_page_headers(text).split("\n")
    assert lines[2:4] == ["", ""]
    assert lines[0] == "某局"


def test_first_page_running_head_is_no_part_of_the_title() -> None:
    """The short running head over the first page's title ("某县某镇卫生院"), said again after each page mark, is
    the page's: the unit is the title's, not the head and the title run together."""
    evaluation = read_page("\n".join(PAGE_CUT))
    assert evaluation.unit.name == "某县某镇卫生院"
    assert evaluation.stated_total == Decimal("99.05")


def test_a_title_said_again_as_the_running_head_stays() -> None:
    """A first line naming a report, said again after the page marks but nowhere else, is the title itself (the
    first page printed without its head): it stays; so does a first line no page mark is followed by."""
    text = "某局2022年度部门整体支出绩效自评报告\n正文\n— 1 —\n某局2022年度部门整体支出绩效自评报告\n正文\n"
    assert first_page_head(text) is None
    assert first_page_head("某局\n正文\n某局\n") is None
    twice = "某局2022年度部门整体支出绩效自评报告\n" + text
    assert first_page_head(twice) == "某局2022年度部门整体支出绩效自评报告"
    assert without_first_page_head(twice, "某局2022年度部门整体支出绩效自评报告").split("\n")[:2] == [
        "", "某局2022年度部门整体支出绩效自评报告"]
