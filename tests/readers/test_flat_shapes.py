"""Flattened shapes of the corpora's Word/Excel forms (``flat_shapes.py``): the causes the metamorphic run found,
each on an invented snippet, and a fixed sample of forms and shapes that must read as their files do."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.readers import read_any

_META = "zhang 2023zx05 1 2024-02-01T09:10:00Z 2024-02-03T10:00:00Z 12.00 2052-11.1.0.14036 False False"


@pytest.mark.parametrize(("head", "title", "unit"), [
    ("某县档案馆2023年度部门整体支出绩效自评表", "某县档案馆2023年度部门整体支出绩效自评表", "某县档案馆"),
    ("某县档案馆 2023年度部门整体支出绩效自评报告", "某县档案馆2023年度部门整体支出绩效自评报告", "某县档案馆"),
    ("项目支出绩效自评表 （2023年度）", "项目支出绩效自评表（2023年度）", None),
])
def test_a_whole_form_on_one_line_after_a_viewer_s_metadata_is_titled_by_its_opening_words(
        head: str, title: str, unit: str | None, tmp_path: Path) -> None:
    path = tmp_path / "form.txt"
    path.write_text(f"{_META} {head} 项目名称 档案数字化加工项目 主管部门 某县档案局 实施单位 某县档案馆 "
                    "年初预算（万元） 调整预算（万元） 执行数（万元） 执行率 120 130 126.1 97.00% "
                    "一级指标 二级指标 三级指标 分值 得分 产出指标 数量指标 数字化加工页数 20 20\n", encoding="utf-8")
    evaluation = read_any(path).evaluation
    assert "".join((evaluation.title or "").split()) == title
    if unit:
        assert evaluation.unit.name == unit


@pytest.mark.parametrize("heading", ["三、绩效指标完成情况", "（三）绩效指标完成情况", "表1 产出指标完成情况"])
def test_a_section_heading_or_table_caption_over_cells_one_a_line_is_no_column_of_the_table(heading: str, tmp_path: Path) -> None:
    cells = ["某县林业站2024年度造林补助项目绩效自评报告", heading, "一级指标", "二级指标", "三级指标", "年度指标值",
             "实际完成值", "分值", "得分", "产出指标", "数量指标", "人工造林面积", "≥500亩", "512亩", "30", "30",
             "产出指标", "质量指标", "苗木成活率", "≥85%", "88%", "30", "30", "效益指标", "生态效益指标", "森林覆盖率",
             "稳步提高", "已提高", "40", "38"]
    path = tmp_path / "form.txt"
    path.write_text("\n".join(cells) + "\n", encoding="utf-8")
    got = [(i.level1, i.name, i.weight, i.stated_score) for i in read_any(path).evaluation.indicators]
    assert got == [("产出指标", "人工造林面积", 30, 30), ("产出指标", "苗木成活率", 30, 30),
                   ("效益指标", "森林覆盖率", 40, 38)]


def test_a_completion_column_headed_with_its_formula_keeps_the_header_run_whole(tmp_path: Path) -> None:
    rows = ["某县茶叶站2024年度茶园提升项目绩效自评报告",
            "一级指标 二级指标 三级指标 指标值（A） 实际值（B） 完成率（B/A） 分值 得分 偏差原因",
            "产出指标 数量指标 改造低产茶园面积 ≥2000亩 2100亩 105.00% 50 50",
            "效益指标 经济效益指标 茶农户均增收 ≥600元 540元 90.00% 50 45 春季低温减产"]
    path = tmp_path / "form.txt"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    got = [(i.name, i.weight, i.stated_score, i.deviation_note) for i in read_any(path).evaluation.indicators]
    assert got == [("改造低产茶园面积", 50, 50, None), ("茶农户均增收", 50, 45, "春季低温减产")]


def test_a_web_page_s_share_line_after_the_last_section_is_no_part_of_its_text(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text("某县图书馆2024年度部门整体支出绩效自评报告 |\n一、存在问题 |\n数字资源更新较慢。 |\n分享到：\n",
                    encoding="utf-8")
    assert read_any(path).evaluation.sections.problems == "数字资源更新较慢。"
