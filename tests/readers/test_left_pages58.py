"""What this stop's fresh real pages still left (docs/reader-corpora/left-pages-58.md), each cause as an invented
snippet: invented units, places and figures, no text of any page."""

from __future__ import annotations

from page_reading import read_page as _read

from jixiao.readers.pdf_layout_rows import join_layout_rows

# a county's transfer form, cells two spaces apart: its metadata rows, then the money block's caption alone on a line
_CAPTION = "\n".join([
    "石桥乡2022年度中央、市级专项转移支付绩效目标自评表",
    "专项名称  农村饮水巩固提升补助资金",
    "市级主管部门  某市水务局",
    "县级主管部门  青禾县水务局 实施单位  青禾县石桥乡人民政府",
    "项目资金(万元) ",
    "全年预算数(A)  全年执行数(B)  执行率(B/A) ",
    "年度资金总额:  86.40万元 80.12万元 92.73%",
])


def test_a_caption_with_its_unit_under_a_whole_label_is_no_tail_of_it() -> None:
    """"项目资金(万元)" alone on the line under a row whose first cell is a whole label (县级主管部门): a caption of
    its own, not the rest of that label (before, the layout joiner glued it on, "县级主管部门项目资金(万元)", and the
    label was never seen)."""
    assert "县级主管部门项目资金" not in join_layout_rows(_CAPTION)
    assert _read(_CAPTION).unit.supervising_department == "青禾县水务局"


def test_a_caption_with_its_unit_under_a_cut_word_stays_its_tail() -> None:
    """A guard: the same caption under a cell that is no whole label ("本年", a word the column cut) is its rest."""
    text = "\n".join(["本年  120.00  118.50  98.75%", "预算资金(万元)"])
    assert join_layout_rows(text).split("\t")[0] == "本年预算资金(万元)"


# the money block of the same form: a 其中 row with its figures, then the next fund row's name alone (its cells empty)
_FUNDS = "\n".join([
    "项目资金(万元) ",
    "全年预算数(A)  全年执行数(B)  执行率(B/A) ",
    "年度资金总额:  86.40万元 80.12万元 92.73%",
    "其中:中央、省级补助  86.40万元 80.12万元 92.73%",
    "县级资金 ",
    "",
    "",
    "其他资金 ",
])


def test_a_fund_rows_name_under_another_whole_one_is_no_tail_of_it() -> None:
    """"县级资金" alone under "其中:中央、省级补助 | 86.40 …": the next fund row (its figures empty), not the rest of
    the name above (before, the joiner glued it on: "其中:中央、省级补助县级资金")."""
    assert "省级补助县级资金" not in join_layout_rows(_FUNDS)


def test_a_fund_rows_name_cut_before_its_end_takes_its_tail() -> None:
    """A guard: a name the column cut before its end ("其中:上年" / "结转资金") still takes its rest."""
    text = _FUNDS.replace("中央、省级补助", "上年").replace("县级资金", "结转资金")
    assert join_layout_rows(text).split("\n")[3].split("\t")[0] == "其中:上年结转资金"
