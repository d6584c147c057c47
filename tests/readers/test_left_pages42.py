"""Shapes the real pages still below 90 % showed at stop 37 (docs/reader-corpora/left-pages-42.md), each as an
invented snippet: invented units, places, projects and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page as _read

# a list of one record flattened one cell a line under its column heads, 序号 empty, then a 总计 row
_SERIAL_LIST = ("2023年新增专项债券项目绩效评价情况\n\n"
                "我单位2023年新增专项债券项目1个,评价结果如下:\n\n"
                "2023年新增专项债券项目绩效评价表(单位:亿元)\n\n"
                "序号\n\n项目名称\n\n债券性质\n\n债券规模\n\n自评分数\n\n自评等级\n\n\n"
                "某镇老旧小区改造提升项目\n\n其他领域专项债券\n\n1.35\n\n94\n\n总计\n\n\n\n1.35\n")


def test_a_serial_list_reads_each_head_with_its_column() -> None:
    """"序号" / "项目名称" / "债券性质" … one a line are a record's column heads, not labels each paired with the
    next cell: 项目名称 is the record's name (it took "债券性质"), 自评分数 its stated total."""
    read = _read(_SERIAL_LIST)
    assert read.project is not None and read.project.name == "某镇老旧小区改造提升项目"
    assert read.stated_total == Decimal(94)


def test_a_serial_list_of_several_records_names_no_project() -> None:
    """Two records under the heads: neither is the report's project."""
    two = _SERIAL_LIST.replace("总计\n", "2\n\n某村道路硬化项目\n\n其他领域专项债券\n\n0.8\n\n92\n\n总计\n")
    read = _read(two)
    assert read.project is None or read.project.name not in ("某镇老旧小区改造提升项目", "债券性质")
