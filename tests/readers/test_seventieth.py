"""Shapes of the seventieth set (docs/reader-corpora/seventieth.md), each rebuilt from an invented snippet of the same
shape (invented units and figures)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from page_reading import by_name, indicator_rows, read_saved

from jixiao.readers import read_any
from jixiao.readers.tree_outlines import tree_outlines


def test_tree_export_leaves_read_as_indicators(tmp_path: Path) -> None:
    """An OA system's tree view of the indicator levels (├── / │ / └──), each leaf "名称｜指标值：…｜完成值：…｜分值：…
    ｜得分：…": one indicator per leaf with the 一级 and 二级 of its path (before, none was read)."""
    text = "\n".join([
        "某村2024年集体经济茶叶加工厂项目绩效自评报告", "",
        "绩效指标",
        "├── 产出指标",
        "│   ├── 数量指标",
        "│   │   └── 新建加工车间面积｜指标值：≥600平方米｜完成值：640平方米｜分值：30｜得分：30",
        "│   └── 时效指标",
        "│       └── 车间按期投产率｜指标值：=100%｜完成值：90%｜分值：20｜得分：18｜偏差原因：设备到货推迟",
        "└── 满意度指标",
        "    └── 服务对象满意度指标",
        "        └── 入股农户满意度｜指标值：≥90%｜完成值：94%｜分值：40｜得分：40",
        "", "自评得分：88分"]) + "\n"
    evaluation = read_saved(tmp_path, text)
    assert indicator_rows(evaluation) == [
        ("产出指标", "数量指标", "新建加工车间面积", Decimal(30), Decimal(30)),
        ("产出指标", "时效指标", "车间按期投产率", Decimal(20), Decimal(18)),
        ("满意度指标", "服务对象满意度指标", "入股农户满意度", Decimal(40), Decimal(40))]
    late = by_name(evaluation)["车间按期投产率"]
    assert (late.actual.value, late.deviation_note) == (Decimal(90), "设备到货推迟")


def test_ini_export_key_value_lines(tmp_path: Path) -> None:
    """A self-evaluation system's INI-style export: "[指标01]" section heads over "三级指标 = 某某率" lines. The unit,
    year and staff are its labels' values, each section one indicator, "满分 = 100" the full mark (before, the unit's
    name kept the "= " and no level, year, staff or full mark was read)."""
    lines = ["; 某系统导出", "[基本信息]", "单位名称 = 某县某乡人民政府", "评价年度 = 2024", "编制人数 = 31",
             "实有人数 = 29", ""]
    rows = [("产出指标", "数量指标", "道路养护里程", "≥40公里", "42公里", "40", "40", ""),
            ("效益指标", "社会效益指标", "群众出行便利度提升", "≥10%", "8%", "30", "24", "两段道路维修推迟"),
            ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", "92%", "30", "30", "")]
    heads = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    for n, row in enumerate(rows, 1):
        lines += [f"[指标{n:02d}]", *(f"{h} = {v}" for h, v in zip(heads, row, strict=True)), ""]
    lines += ["[自评结果]", "满分 = 100", "自评得分 = 94", "自评等级 = 优"]
    evaluation = read_saved(tmp_path, "\n".join(lines) + "\n")
    assert (evaluation.unit.name, evaluation.year) == ("某县某乡人民政府", 2024)
    assert (evaluation.unit.staff_establishment, evaluation.unit.staff_total) == (31, 29)
    assert [(i.level1, i.level2, i.name, i.stated_score) for i in evaluation.indicators] == [
        (r[0], r[1], r[2], Decimal(r[6])) for r in rows]
    assert by_name(evaluation)["群众出行便利度提升"].deviation_note == "两段道路维修推迟"
    assert (evaluation.full_mark, evaluation.stated_total) == (Decimal(100), Decimal(94))


def test_formula_line_is_no_ini_pair(tmp_path: Path) -> None:
    """A report's formula "得分 = 分值 × 执行率" with no section heads stays prose: no score is read from it."""
    text = "某局2024年度项目绩效自评报告\n预算执行率得分按公式计算：\n得分 = 分值 × 执行率\n"
    assert read_saved(tmp_path, text).stated_total is None


def test_sheet_with_indicator_block_on_its_side(tmp_path: Path) -> None:
    """A sheet whose head and money block stand upright while its indicator block lies on its side below them (the
    labels 一级指标 … 得分 down the first column, one indicator a column), a 总分 row last: the money block read,
    the block turned alone (before, the whole sheet was turned and no budget figure was read)."""
    book = Workbook()
    sheet = book.active
    for row in [["某镇2024年供水管网改造项目绩效自评表"], ["项目名称", "某镇2024年供水管网改造项目"],
                ["主管部门", "某县水利局", "", "实施单位", "某县某镇人民政府"],
                ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
                ["年度资金总额", 80, 90, 81, 10, "90%", 9], [],
                ["一级指标", "产出指标", "效益指标", "满意度指标"],
                ["二级指标", "数量指标", "社会效益指标", "服务对象满意度指标"],
                ["三级指标", "改造管网长度", "受益人口", "群众满意度"], ["年度指标值", "≥5公里", "≥1500人", "≥90%"],
                ["实际完成值", "5.2公里", "1480人", "93%"], ["分值", 40, 30, 20], ["得分", 40, 29.6, 20],
                ["总分", 100, "自评得分", 98.6, "自评等级", "优"]]:
        sheet.append(row)
    path = tmp_path / "form.xlsx"
    book.save(path)
    evaluation = read_any(path).evaluation
    assert (evaluation.budget.initial, evaluation.budget.adjusted, evaluation.budget.executed) == (
        Decimal(80), Decimal(90), Decimal(81))
    assert [(i.level1, i.name, i.weight, i.stated_score) for i in evaluation.indicators if i.name != "预算执行率"] == [
        ("产出指标", "改造管网长度", Decimal(40), Decimal(40)), ("效益指标", "受益人口", Decimal(30), Decimal("29.6")),
        ("满意度指标", "群众满意度", Decimal(20), Decimal(20))]
    assert (evaluation.unit.supervising_department, evaluation.stated_total) == ("某县水利局", Decimal("98.6"))


def test_plain_level_caption_over_each_card(tmp_path: Path) -> None:
    """A page of one definition list per indicator, each under a heading "产出指标 · 数量指标" with no brackets:
    each indicator takes its caption's 一级 and 二级 (before, no level was read)."""
    def card(levels: str, pairs: list[tuple[str, str]]) -> str:
        return f"<h3>{levels}</h3><dl>" + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in pairs) + "</dl>"

    page = ('<html><head><meta charset="utf-8"></head><body><h1>某街道2024年度部门整体支出绩效自评情况</h1>'
            + card("产出指标 · 数量指标", [("三级指标", "社区活动场次"), ("年度指标值", "≥24场"),
                                           ("实际完成值", "26场"), ("分值", "50"), ("得分", "50")])
            + card("效益指标 · 社会效益指标", [("三级指标", "居民参与人次"), ("年度指标值", "≥3000人次"),
                                             ("实际完成值", "2800人次"), ("分值", "50"), ("得分", "46")])
            + "</body></html>")
    evaluation = read_saved(tmp_path, page, "page.html")
    assert indicator_rows(evaluation) == [("产出指标", "数量指标", "社区活动场次", Decimal(50), Decimal(50)),
                                          ("效益指标", "社会效益指标", "居民参与人次", Decimal(50), Decimal(46))]


def test_full_mark_label_line(tmp_path: Path) -> None:
    """"满分：100" on a line of its own is the form's full mark (before, it was not read); "满分：10", no form's full
    mark, is left unread."""
    text = "某局2024年度部门整体支出绩效自评报告\n自评得分：92分\n满分：{}\n"
    assert read_saved(tmp_path, text.format(100)).full_mark == Decimal(100)
    assert read_saved(tmp_path, text.format(10)).full_mark is None


def test_box_drawn_table_is_no_tree() -> None:
    """A table drawn with box rules ("├──┼──┤" between rows) is no tree export: its text is left as it is."""
    text = "\n".join(["┌────┬────┬────┐", "│三级指标│分值│得分│", "├────┼────┼────┤", "│某某完成率│20│20│",
                      "├────┼────┼────┤", "│某某覆盖率│30│28│", "├────┼────┼────┤", "│某某满意度│50│50│",
                      "├────┼────┼────┤", "│合计│100│98│", "└────┴────┴────┘"]) + "\n"
    assert tree_outlines(text) == text
