"""The real pages still below 90 % and what earlier stops left (docs/reader-corpora/left-pages-57.md), each cause
as an invented snippet: invented units, places and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page as _read

# a project report whose indicators are set as a numbered list in one sentence, "指标N:名称+数值" a ";" apart
_NUMBERED = "\n".join([
    "青禾县图书馆2023年度阅读推广项目支出绩效自评报告",
    "一、项目基本情况",
    "项目预算资金为36.5万元。",
    "2.绩效指标设定情况",
    "2023年度阅读推广项目绩效指标共设置6个,指标1:举办读书分享活动12场;指标2:新增馆藏图书0.8万册;"
    "指标3:活动每季度末前完成;指标4:读者满意度90%;指标5:流动书车下乡服务次数24次。",
    "二、绩效自评结论",
    "项目总体完成较好。",
])


def _by_name(text: str) -> dict[str, tuple[Decimal | None, str | None]]:
    return {i.name: (i.target.value if i.target else None, i.target.unit if i.target else None)
            for i in _read(text).indicators}


def test_a_numbered_list_of_set_indicators_gives_each_item_with_a_figure_as_a_target() -> None:
    """"绩效指标共设置N个,指标1:名称A12场;指标2:…": each numbered item a name and its target (the list says what
    was set); an item with no plain figure ("活动每季度末前完成": a deadline in words) is no indicator read
    (before, none of them was read)."""
    assert _by_name(_NUMBERED) == {
        "举办读书分享活动": (Decimal(12), "场"),
        "新增馆藏图书": (Decimal("0.8"), "万册"),
        "读者满意度": (Decimal(90), "%"),
        "流动书车下乡服务次数": (Decimal(24), "次"),
    }
    assert all(i.actual is None and i.weight is None for i in _read(_NUMBERED).indicators)


def test_a_numbered_list_cut_at_the_end_of_the_text_keeps_its_last_name_without_a_figure() -> None:
    """The text ending inside the last item ("指标5:名称24", no unit, no closing mark): its figure may be cut, so
    only its name is read."""
    text = _NUMBERED.split("\n二、")[0].removesuffix("次。")
    assert _by_name(text)["流动书车下乡服务次数"] == (None, None)
    assert _by_name(text)["读者满意度"] == (Decimal(90), "%")


def test_numbered_items_of_a_sentence_that_sets_nothing_are_not_read_as_targets() -> None:
    """A guard: "指标1:…;指标2:…" after words that do not say the list is what was set (here what was reached) is
    not read as targets by this reading."""
    text = _NUMBERED.replace("绩效指标共设置6个", "绩效指标完成情况如下")
    assert all(i.target is None for i in _read(text).indicators)


# a county's transfer form naming the city's supervising department and then its own, cells two spaces apart
_TIERS = "\n".join([
    "石桥乡2022年度中央、市级专项转移支付绩效目标自评表",
    "专项名称  农村饮水巩固提升补助资金",
    "市级主管部门  某市水务局",
    "县级主管部门  青禾县水务局 实施单位  青禾县石桥乡人民政府",
])


def test_a_county_supervising_department_under_its_citys_is_the_supervisor() -> None:
    """"市级主管部门 X" then "县级主管部门 Y": Y is the department answerable for the county's filing (before, the
    县级 label was no label and the city's X, a weak reading kept for forms naming no lower one, was taken)."""
    assert _read(_TIERS).unit.supervising_department == "青禾县水务局"


def test_the_citys_supervising_department_stays_when_no_county_one_is_named() -> None:
    """A guard: with no 县级 row, the city's department is still read."""
    text = _TIERS.replace("县级主管部门  青禾县水务局 ", "")
    assert _read(text).unit.supervising_department == "某市水务局"
