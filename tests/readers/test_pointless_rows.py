"""Indicator rows under a header with no 分值 or 得分 column (a transfer payment's 区域绩效目标自评表: 一级 / 二级 /
三级指标 / 年度指标值 / 全年完成值 / 未完成原因), targets and actuals written as sentences; invented forms of that
template in the flattened shapes (docs/reader-corpora/left-pages-53b.md)."""

from __future__ import annotations

from decimal import Decimal

from page_reading import by_name
from page_reading import read_page as _read

_HEAD = ("某市某某局乡村驿站补助资金转移支付区域(项目)绩效目标自评表\n(2023年度)\n"
         "转移(项目)名称 乡村驿站补助资金\n中央主管部门\n地方主管部门 某市某某局 资金使用单位 某市某某局\n"
         "项目资金(万元) 全年预算数(A) 全年执行数(B) 执行率(B/A)\n年度资金总额: 860.50 860.50 100%\n")

_SPACED = _HEAD + ("一级指标 二级指标 三级指标 年度指标值 全年完成值 未完成原因和改进措施\n\n"
                   "数量指标  指标1:乡镇驿站建设数量 建成乡镇驿站14个。 全年已建成14个乡镇驿站。\n"
                   " 指标2:村级服务点覆盖 覆盖村级服务点96个。 已覆盖96个村级服务点。\n"
                   "质量指标  指标1:驿站运行达标率 ≥95% 100%\n")


def test_spaced_rows_under_a_header_with_no_points() -> None:
    """Rows a single space apart under "一级指标 二级指标 三级指标 年度指标值 全年完成值 未完成原因和改进措施": each
    line a row, found by the header's columns (before, no row: nothing ended one)."""
    read = by_name(_read(_SPACED))
    assert sorted(read) == ["乡镇驿站建设数量", "村级服务点覆盖", "驿站运行达标率"]
    assert read["村级服务点覆盖"].level2 == "数量指标"
    assert read["乡镇驿站建设数量"].actual is not None
    assert read["乡镇驿站建设数量"].actual.text == "全年已建成14个乡镇驿站。"
    assert read["驿站运行达标率"].level2 == "质量指标"
    assert read["驿站运行达标率"].actual is not None and read["驿站运行达标率"].actual.value == Decimal("100")


def test_a_target_written_as_a_sentence_stays_text() -> None:
    """"建成乡镇驿站14个。" in the target column: what the year was to do, a sentence, kept as written; its one figure,
    with the actual sentence's one figure of the same unit beside it, is read as its value but marked guessed
    (left-pages-70.md), so no error-level check rests on it; "≥95%" beside it stays a stated figure."""
    page = _read(_SPACED)
    read = by_name(page)
    target = read["乡镇驿站建设数量"].target
    assert target is not None and target.text == "建成乡镇驿站14个。" and target.value == Decimal("14")
    at = page.indicators.index(read["乡镇驿站建设数量"])
    assert page.provenance[f"indicators[{at}].target"].guessed
    bound = read["驿站运行达标率"].target
    assert bound is not None and bound.value == Decimal("95")


def test_a_bounded_sentence_keeps_its_figure() -> None:
    """A guard: "不少于14个。" says its bound: the target is 14, the full stop notwithstanding."""
    text = _SPACED.replace("建成乡镇驿站14个。", "不少于14个。")
    target = by_name(_read(text))["乡镇驿站建设数量"].target
    assert target is not None and target.value == Decimal("14")


def test_piped_rows_with_sentence_targets() -> None:
    """The same form as web-copied " | " cells: the continuation row under its merged levels, the targets text."""
    read = by_name(_read(_HEAD + "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 全年完成值 | 未完成原因和改进措施 |\n"
                         "产出指标 | 数量指标 | 乡镇驿站建设数量 | 建成乡镇驿站14个。 | 全年已建成14个乡镇驿站。 | |\n"
                         "| | | 村级服务点覆盖 | 覆盖村级服务点96个。 | 已覆盖96个村级服务点。 | |\n"
                         "| | 质量指标 | 驿站运行达标率 | ≥95% | 100% | |\n"))
    assert sorted(read) == ["乡镇驿站建设数量", "村级服务点覆盖", "驿站运行达标率"]
    target = read["村级服务点覆盖"].target
    assert target is not None and target.text == "覆盖村级服务点96个。" and target.value == Decimal("96")


def test_a_row_the_text_cut_inside_its_name() -> None:
    """The page ends inside the next row's name ("指标2:村级"): the rows above are read, that stub is not a row
    (before, it left every row unread)."""
    read = by_name(_read(_SPACED + " 指标2:村级"))
    assert sorted(read) == ["乡镇驿站建设数量", "村级服务点覆盖", "驿站运行达标率"]


def test_a_satisfaction_level_among_its_lists_second_levels() -> None:
    """"5.服务对象满意度指标1个:…" after "2.社会效益指标1个:…" in a numbered list of 二级 levels: a 二级 too, though
    its word also names a 一级 (before, read as the 一级 with no 二级)."""
    read = by_name(_read("某县河道整治资金绩效自评报告\n(一)绩效目标\n"
                         "1.数量指标2个:整治河道长度12公里、清淤量3万立方米。\n2.社会效益指标1个:受益人口≥5000人。\n3.服务对象满意度指标1个:沿岸群众满意度≥85%。\n"))
    assert read["沿岸群众满意度"].level2 == "服务对象满意度指标"
