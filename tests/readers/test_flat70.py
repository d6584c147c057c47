"""Stop 50, flat70: flattened shapes that lost what the Word or Excel form gives. An indicator block on its side
with its 一级指标 / 二级指标 rows above the names; a 总分 label's 100 beside or above a 自评得分 label's score; a
"（YYYY年度）" row under the title with the amounts' unit beside it. Invented unit, figures and wording."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from page_reading import flattened, indicator_rows, read_saved_rows

from jixiao.readers import read_any
from jixiao.readers.document import Table
from jixiao.readers.extract.table_text_lines import table_text_lines

_HEAD = ["某某乡2024年村组道路养护补助项目绩效自评表", "项目名称 某某乡2024年村组道路养护补助项目",
         "主管部门 某县交通运输局 实施单位 某县某某乡人民政府"]
_SIDE = [["一级指标", "产出指标", "产出指标", "效益指标", "满意度指标"],
         ["二级指标", "数量指标", "质量指标", "社会效益指标", "服务对象满意度指标"],
         ["三级指标", "养护村组道路里程", "路面完好率", "受益农户数", "沿线村民满意度"],
         ["年度指标值", "≥14公里", "≥92%", "≥760户", "≥88%"],
         ["实际完成值", "14.6公里", "93%", "731户", "91%"],
         ["分值", "30", "20", "30", "20"],
         ["得分", "30", "20", "28.5", "20"]]
_TOTAL = [["总分", "100", "自评得分", "98.5", "自评等级", "优秀"]]


@pytest.mark.parametrize("shape", ["cells", "spaced", "one_line"])
def test_a_side_block_keeps_its_level_rows(tmp_path: Path, shape: str) -> None:
    """The 一级 / 二级 rows above the names, a level a name, are the block's as the sheet's reader takes them."""
    evaluation = read_saved_rows(tmp_path, flattened(_HEAD, _SIDE + _TOTAL, [], shape))
    assert indicator_rows(evaluation) == [
        ("产出指标", "数量指标", "养护村组道路里程", Decimal(30), Decimal(30)),
        ("产出指标", "质量指标", "路面完好率", Decimal(20), Decimal(20)),
        ("效益指标", "社会效益指标", "受益农户数", Decimal(30), Decimal("28.5")),
        ("满意度指标", "服务对象满意度指标", "沿线村民满意度", Decimal(20), Decimal(20))]


def test_level_rows_merged_across_leave_the_names_read(tmp_path: Path) -> None:
    """A 一级 written once over several names (merged across, so fewer cells than names) is not spread over them:
    the block opens on its 二级 row, a level a name."""
    merged = [["一级指标", "产出指标", "效益指标", "满意度指标"], *_SIDE[1:]]
    evaluation = read_saved_rows(tmp_path, flattened(_HEAD, merged, [], "cells"))
    assert [(i.name, i.weight, i.stated_score) for i in evaluation.indicators] == [
        ("养护村组道路里程", Decimal(30), Decimal(30)), ("路面完好率", Decimal(20), Decimal(20)),
        ("受益农户数", Decimal(30), Decimal("28.5")), ("沿线村民满意度", Decimal(20), Decimal(20))]
    assert [i.level2 for i in evaluation.indicators] == ["数量指标", "质量指标", "社会效益指标", "服务对象满意度指标"]


@pytest.mark.parametrize("shape", ["cells", "spaced"])
def test_the_total_labels_pairs_give_the_full_mark_and_the_score(tmp_path: Path, shape: str) -> None:
    """"总分 100" then "自评得分 98.5": the 100 is the full mark, the score the total (both guessed)."""
    evaluation = read_saved_rows(tmp_path, flattened(_HEAD, _SIDE + _TOTAL, [], shape))
    assert (evaluation.stated_total, evaluation.full_mark, evaluation.stated_grade) == (
        Decimal("98.5"), Decimal(100), "优")
    assert evaluation.provenance["stated_total"].guessed and evaluation.provenance["full_mark"].guessed


def test_a_total_label_alone_keeps_its_figure(tmp_path: Path) -> None:
    """"总分 96" over a grade: no score label after it, so the 96 is the total (a guard)."""
    rows = [*_HEAD, *(" ".join(row) for row in _SIDE), "总分 96", "自评等级 优秀"]
    evaluation = read_saved_rows(tmp_path, rows)
    assert evaluation.stated_total == Decimal(96)
    assert evaluation.full_mark != Decimal(96)


def test_a_year_row_with_the_unit_beside_it_is_the_titles_year() -> None:
    """A sheet's "（2024年度） | | 单位：万元" row under the title: the year is read as the title's line (as a lone
    "（2024年度）" row is), the unit is no text."""
    table = Table([["（2024年度）", "", "", "单位：万元"], ["项目名称", "某某项目", "", ""]], "表1")
    assert [text for text, _, _ in table_text_lines(table)] == ["（2024年度）"]
    beside_a_name = Table([["（2024年度）", "", "", "某某乡人民政府"], ["项目名称", "某某项目", "", ""]], "表1")
    assert table_text_lines(beside_a_name) == []


def test_a_sheets_title_and_its_flattened_rows_agree(tmp_path: Path) -> None:
    """The title over "（2024年度） | 单位：万元": the sheet, its cells one a line and its rows spaced all read the
    title with its year and without the unit."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    rows = [[_HEAD[0]], ["（2024年度）", "", "", "", "单位：万元"], ["项目名称", "某某乡2024年村组道路养护补助项目"],
            ["主管部门", "某县交通运输局", "实施单位", "某县某某乡人民政府"],
            ["项目资金", "年初预算数", "全年预算数", "全年执行数", "执行率"],
            ["年度资金总额", "86", "92.5", "90.1", "97.41%"],
            *_SIDE, *_TOTAL]
    for row in rows:
        sheet.append(row)
    path = tmp_path / "form.xlsx"
    book.save(path)
    title = "某某乡2024年村组道路养护补助项目绩效自评表（2024年度）"
    assert read_any(path).evaluation.title == title
    for lines in ([cell for row in rows for cell in row if cell], [" ".join(c for c in row if c) for row in rows]):
        assert read_saved_rows(tmp_path, lines).title == title


_UNIT_HEAD = ["某某街道2024年社区养老驿站运营补助项目绩效自评表", "项目名称 某某街道2024年社区养老驿站运营补助项目",
              "主管部门 某区民政局 实施单位 某区某某街道办事处"]


@pytest.mark.parametrize(("rows", "unit_of"), [
    # 指标性质 | 指标值 | 度量单位 | 完成值: the comparator a cell of its own, the unit spaced off the target
    ([["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "分值", "得分"],
      ["产出指标", "质量指标", "助餐服务覆盖率", "≥", "85", "%", "88", "50", "50"],
      ["满意度指标", "服务对象满意度指标", "老年人满意度", "≥", "90", "%", "94", "50", "50"]], "actual"),
    # 指标值 | 实际值 | 计量单位: the unit spaced off the actual
    ([["一级指标", "二级指标", "三级指标", "指标值", "实际值", "计量单位", "分值", "得分"],
      ["产出指标", "质量指标", "助餐服务覆盖率", "≥85", "88", "%", "50", "50"],
      ["满意度指标", "服务对象满意度指标", "老年人满意度", "≥90", "94", "%", "50", "50"]], "target"),
])
def test_a_unit_columns_sign_spaced_onto_a_figure_serves_both(tmp_path: Path, rows: list[list[str]],
                                                              unit_of: str) -> None:
    """A 计量单位 column's "%" a spaced row runs onto the figure before it: the target and the actual both in %,
    the one whose unit came from the other marked guessed."""
    evaluation = read_saved_rows(tmp_path, flattened(_UNIT_HEAD, rows, [], "spaced"))
    assert [(i.target.unit, i.actual.unit) for i in evaluation.indicators if i.target and i.actual] == [
        ("%", "%"), ("%", "%")]
    assert evaluation.provenance[f"indicators[0].{unit_of}"].guessed


def test_a_unit_column_left_empty_in_the_file_shares_nothing_written_with_units(tmp_path: Path) -> None:
    """Both target and actual written with their units, or neither: nothing is shared (a guard)."""
    rows = [["一级指标", "二级指标", "三级指标", "指标值", "实际值", "计量单位", "分值", "得分"],
            ["产出指标", "数量指标", "助餐服务人次", "≥1.2万人次", "1.3万人次", "", "50", "50"],
            ["产出指标", "时效指标", "补助资金拨付时间", "10月前", "9月", "", "50", "50"]]
    evaluation = read_saved_rows(tmp_path, flattened(_UNIT_HEAD, rows, [], "cells"))
    assert not any(evaluation.provenance[f"indicators[{k}].actual"].guessed for k in range(2))
