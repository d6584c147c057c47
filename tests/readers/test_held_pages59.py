"""Shapes the held-out pages of stop 59 showed (docs/reader-corpora/held-59.md), each as an invented snippet:
invented units, places, projects and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page as _read

from jixiao.model import Indicator

# a document site's run-together text of a project form whose 分值 / 得分 cells are merged over each block: the
# block's weight printed once, after its first row's target and actual ("…2400240040…"); the viewer's spaces
# inside the header's words and the block heads' "(40 分)"
_MERGED_BLOCKS = ("1、2023年度项目支出绩效自评表项目名称某某学生资助补助资金主管部门某某市教育局实施单位某某职业学校"
                  "项目资金 (万元)年初 预算数全年 预算数全年 执行数分值执行率得分年度资金总额120.00120.00120.0010100%10"
                  "其中:当年财政拨款120.00120.00120.00上年结转资金其他资金年度总体 目标预期目标实际完成情况"
                  "保障学生资助发放按时足额发放绩 效 指 标一级指标二级指标三级指标年度 指标值实际 完成值分值得分"
                  "偏差原因分析 及改进措施产出指标(40 分)数量指标受助学生人数2400240040质量指标资助对象认定准确率"
                  "95%96%时效指标资金发放及时率100%100%效益指标(40 分)社会效益指标家庭经济负担减轻率90%92%40"
                  "可持续影响指标资助政策知晓率85%90%\n")


def _named(indicators: list[Indicator], name: str) -> Indicator:
    return next(i for i in indicators if i.name == name)


def test_a_run_together_form_whose_blocks_merge_their_weight_cells_reads_every_row() -> None:
    """"产出指标(40 分)数量指标受助学生人数2400240040质量指标…95%96%…": the block's 40 printed once after its first
    row's 2400 and 2400, no row stating its own weight; before, the bracketed block weight opened no block and the
    rows, with no weight and score run after each, gave none."""
    read = _read(_MERGED_BLOCKS)
    names = {i.name for i in read.indicators}
    assert {"受助学生人数", "资助对象认定准确率", "资金发放及时率", "家庭经济负担减轻率", "资助政策知晓率"} <= names
    count = _named(read.indicators, "受助学生人数")
    assert count.target is not None and count.target.value == Decimal(2400)
    assert count.actual is not None and count.actual.value == Decimal(2400)
    assert (count.level1, count.level2, count.weight) == ("产出指标", "数量指标", None)
    rate = _named(read.indicators, "资助对象认定准确率")
    assert rate.target is not None and rate.target.value == Decimal(95)
    assert rate.actual is not None and rate.actual.value == Decimal(96)
    known = _named(read.indicators, "资助政策知晓率")
    assert (known.level1, known.level2) == ("效益指标", "可持续影响指标")
    assert read.stated_block_weights == {"产出指标": Decimal(40), "效益指标": Decimal(40)}


def test_a_unit_its_headline_names_without_its_county_takes_the_county_the_text_gives() -> None:
    """A headline "2024年度某镇社区卫生服务中心…自评报告" over a text opening "某某县某镇社区卫生服务中心主要负责…":
    the unit is named with its county, as the text names it (before, the headline's short name)."""
    read = _read("2024年度青石镇社区卫生服务中心预算执行情况绩效自评报告\n发布时间:2025-03-01 来源:\n一、基本情况\n"
                 "(一)部门主要职能\n白河县青石镇社区卫生服务中心主要负责辖区内居民的基本医疗及公共卫生工作。\n"
                 "(二)人员情况\n中心共有职工30人。\n")
    assert read.unit.name == "白河县青石镇社区卫生服务中心"


def test_a_word_pointing_to_the_county_is_no_place_of_the_unit() -> None:
    """"全县青石镇社区卫生服务中心…": 全县 points to the county the text is in, it names none."""
    read = _read("2024年度青石镇社区卫生服务中心预算执行情况绩效自评报告\n一、基本情况\n"
                 "全县青石镇社区卫生服务中心共有职工30人。\n")
    assert read.unit.name == "青石镇社区卫生服务中心"


def test_a_word_leading_to_the_county_is_no_place_of_the_unit() -> None:
    """"由白河县青石镇卫生院负责实施": 由 leads to the county's name, it is no part of it (before, the unit was read
    "由白河县青石镇卫生院")."""
    read = _read("青石镇卫生院2023年度基本公共卫生服务项目支出绩效自评报告\n一、项目基本情况\n"
                 "由白河县青石镇卫生院负责实施,项目预算50万元。\n")
    assert read.unit.name in ("青石镇卫生院", "白河县青石镇卫生院")
