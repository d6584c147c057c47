"""Shapes of the thirty-third set (docs/reader-corpora/thirtythird.md), each rebuilt from an invented snippet of the
same shape (invented units, names and figures)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from page_reading import by_name, read_page, read_saved

from jixiao.readers.extract.numbering_markers import split_marker

_HEAD = ("一级指标", "二级指标", "三级指标", "年度指标值")


def _html(rows: list[tuple[str, ...]]) -> str:
    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return ('<html><head><meta charset="utf-8"></head><body><h2>某县某局某某项目2024年度绩效自评表</h2>'
            f"<p>项目名称：某某项目</p><p>实施单位：某县某中心</p><table border='1'>{cells}</table></body></html>")


def test_a_an_outline_numbered_1_1_1_gives_its_indicators() -> None:
    """"1 产出指标（40分）" / "1.1 数量指标" / "1.1.1 名称：目标值…，实际完成…，分值W分，得分S分。": each numbered item
    is an indicator under its 二级 and 一级 (before, no indicator was read from a dotted outline)."""
    page = read_page("某村某某产业项目绩效自评报告\n项目名称：某村某某产业项目\n实施单位：某县某镇某村村民委员会\n"
                     "二、绩效指标完成情况\n1 产出指标（40分）\n1.1 数量指标\n"
                     "1.1.1 新建育苗温室：目标值≥12座，实际完成12座，分值20分，得分20分。\n1.2 质量指标\n"
                     "1.2.1 温室验收合格率：目标值100%，实际完成100%，分值20分，得分20分。\n2 满意度指标（60分）\n"
                     "2.1 服务对象满意度指标\n2.1.1 村民满意度：目标值≥90%，实际完成88%，分值60分，得分55分。\n")
    got = by_name(page)
    assert set(got) == {"新建育苗温室", "温室验收合格率", "村民满意度"}
    first = got["新建育苗温室"]
    assert (first.level1, first.level2, first.weight, first.stated_score) == ("产出指标", "数量指标", Decimal("20"),
                                                                             Decimal("20"))
    assert (first.target.value, first.target.unit, first.actual.value) == (Decimal("12"), "座", Decimal("12"))
    last = got["村民满意度"]
    assert (last.level1, last.level2, last.stated_score) == ("满意度指标", "服务对象满意度指标", Decimal("55"))


def test_a_dotted_markers_leave_figures_and_dates_alone() -> None:
    """A dotted number is an outline marker only with a space or a mark after it: "2.5万元…" is a figure, "12 月…"
    a date; "1.2 数量指标" and "1.2.1名称" are markers (the item's number the last part); "2 效益指标" alone is none
    (a score run onto the next name opens a line so), only right over a "2.1 …" line (the test above)."""
    assert split_marker("2.5万元用于设备购置")[0] is None
    assert split_marker("12 月底前完成验收")[0] is None
    assert split_marker("1.2 数量指标")[:2] == ("dot2", 2)
    assert split_marker("1.2.3名称")[:2] == ("dot3", 3)
    assert split_marker("2 效益指标")[0] is None


def test_b_outline_numbers_in_level_and_name_cells_are_not_part_of_the_names(tmp_path: Path) -> None:
    """Cells "1 产出指标" | "1.2 数量指标" | "1.2.1 名称": the numbers are the outline's, not the names' (before, the
    三级's first "1." was taken for its row number and "2.1 名称" kept, the levels kept "1产出指标"); the numbered
    预算执行率 row is the money block's one indicator, not a second one (before, weights summed to 110)."""
    page = read_saved(tmp_path, _html([
        ("项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"),
        ("年度资金总额", "100.00", "100.00", "95.00", "10", "95.00%", "9.5"),
        (*_HEAD, "实际完成值", "分值", "得分"),
        ("1 产出指标", "1.1 预算执行", "1.1.1 预算执行率", "", "95.00%", "10", "9.5"),
        ("1 产出指标", "1.2 数量指标", "1.2.1 修缮古民居", "≥8处", "8处", "50", "50"),
        ("2 满意度指标", "2.1 服务对象满意度指标", "2.1.1 村民满意度", "≥90%", "92%", "40", "40"),
        ("总分", "", "", "", "", "100", "99.5")]), "report.html")
    got = by_name(page)
    assert set(got) == {"预算执行率", "修缮古民居", "村民满意度"}
    assert (got["修缮古民居"].level1, got["修缮古民居"].level2) == ("产出指标", "数量指标")
    assert got["村民满意度"].level2 == "服务对象满意度指标"
    assert sum(i.weight for i in page.indicators) == 100


def test_c_a_last_year_column_before_the_actual_is_read_past(tmp_path: Path) -> None:
    """年度指标值 | 上年实际值 | 实际完成值: the actual is the year's own column, not last year's (before, last year's
    value was read and gave a false FULL_SCORE_BELOW_TARGET); in a Word or page table and in tab-separated text."""
    rows = [(*_HEAD, "上年实际值", "实际完成值", "分值", "得分"),
            ("产出指标", "数量指标", "改造灌渠长度", "≥20公里", "16公里", "21公里", "50", "50"),
            ("满意度指标", "服务对象满意度指标", "农户满意度", "≥90%", "88%", "93%", "50", "50")]
    text = "某县某某项目2024年度绩效自评表\n项目名称：某某项目\n" + "\n".join("\t".join(r) for r in rows) + "\n"
    for page in (read_saved(tmp_path, _html(rows), "report.html"), read_page(text)):
        got = by_name(page)
        assert got["改造灌渠长度"].actual.value == Decimal("21")
        assert got["农户满意度"].actual.value == Decimal("93")


def test_d_staff_named_by_their_noun_between_the_verb_and_the_count() -> None:
    """"核定社区工作者编制N名，年末实有社区工作者M人": N is the establishment and M the staff (before, neither)."""
    page = read_page("某区某街道某社区居民委员会2024年度部门整体支出绩效自评报告\n一、单位基本情况\n"
                     "我社区核定社区工作者编制11名，年末实有社区工作者10人。\n")
    assert (page.unit.staff_establishment, page.unit.staff_total) == (11, 10)
