"""A cover whose title is printed twice and whose 项目名称 wraps into "绩效自评报告", under "（2024年度）";
a unit named only by a web page's metadata line ("发布机构：…") copied as text (invented units)."""

from __future__ import annotations

from page_reading import read_page

from jixiao.readers.source_text import text_metadata

COVER = """某县水务局2023年农村供水保障资金项目支出绩效自评报告
某县水务局2023年农村供水保障资金项目支出绩效自评报告
（2024年度）
部门名称（公章）：某县水务局
项目单位：某县农村供水服务中心
主管部门： 某县水务局
项目名称： 2023年农村供水保障资金项目支出
绩效自评报告
绩效自评日期： 2025年3月
一、项目基本情况
2023年下达我县农村供水保障资金120万元，因资金于2023年12月下达，项目于2024年实施。
"""


def test_a_cover_printed_twice_over_its_year_names_the_evaluated_year_and_the_project() -> None:
    evaluation = read_page(COVER, "cover.txt")
    assert evaluation.year == 2024
    assert evaluation.project is not None
    assert evaluation.project.name == "2023年农村供水保障资金"


PAGE = """您现在所在的位置：首页 > 政府信息公开 > 预算绩效
索引号: 430000111/2025-00012 发文日期: 2025-04-02 发布机构: 某市东湖区园林局
2024年园林局部门整体支出绩效自评表
（2024年度）
一级指标 二级指标 三级指标 分值 得分
产出指标 数量指标 新增绿地面积 60 58
满意度指标 服务对象满意度指标 市民满意度 40 38
"""


def test_a_unit_cut_in_the_title_is_completed_by_the_page_s_publisher() -> None:
    evaluation = read_page(PAGE, "page.txt")
    assert evaluation.unit.name == "某市东湖区园林局"


def test_metadata_needs_a_block_of_labels_not_one_label_in_the_report() -> None:
    assert text_metadata(PAGE)["发布机构"] == "某市东湖区园林局"
    assert text_metadata("资金来源：县级财政\n来源：本局统计\n") == {}
