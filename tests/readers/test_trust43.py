"""False errors that damage makes and trust42 left (``perturb_checks.py``): an invented snippet of each cause, read
as ``jixiao parse`` reads a txt."""

from __future__ import annotations

import textwrap
from decimal import Decimal
from pathlib import Path

from corpus import errors
from page_reading import read_page, read_saved

# a department's report told a section per part, each with its own budget table, the department's figures last
PART = """### （{n}）{name}

{name}编制{staff}名，实有{actual}人。

| 项目 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |
|---|---:|---:|---:|---:|
| 金额（万元） | {initial} | {adjusted} | {executed} | {rate} |
"""
PARTS = [PART.format(n="一", name="局机关", staff=52, actual=49, initial="1310.00", adjusted="1388.40",
                     executed="1352.16", rate="97.39%"),
         PART.format(n="二", name="县农业技术推广站", staff=31, actual=30, initial="402.60", adjusted="455.20",
                     executed="447.35", rate="98.28%"),
         PART.format(n="三", name="县动物疫病预防控制中心", staff=18, actual=17, initial="287.40", adjusted="301.90",
                     executed="288.61", rate="95.60%")]
HEAD = """# 某县农业农村局2024年度部门整体支出绩效自评报告

## 一、部门基本情况

某县农业农村局部门预算由局机关和县农业技术推广站、县动物疫病预防控制中心2个二级单位预算组成。

## 二、各单位预算执行情况

"""
WHOLE = """### （四）部门合计

全部门编制101名，实有96人。2024年部门年初预算2000.00万元，全年预算2145.50万元，全年执行2088.12万元，部门预算执行率97.33%。

## 三、自评结论

我局2024年度部门整体支出绩效自评得分96.20分，等级为优。
"""


def test_a_sub_units_own_budget_table_is_its_part_not_the_departments() -> None:
    whole = read_page(HEAD + "".join(PARTS) + WHOLE)
    assert whole.budget.initial == Decimal("2000.00") and whole.unit.staff_establishment == 101
    assert "TEXT_TABLE_MISMATCH" not in errors(whole)
    excerpt = read_page(HEAD + "".join(PARTS[:2]) + "### （三）县动物疫病预防控制中心\n")  # ends before the whole's
    assert excerpt.budget.initial is None and excerpt.unit.staff_establishment is None  # no part stands in for it
    assert "TEXT_TABLE_MISMATCH" not in errors(excerpt)
    first = "\n".join(line for line in PARTS[0].splitlines() if not line.startswith("| 金额"))  # its row lost
    lost_row = read_page(HEAD + first + "\n" + "".join(PARTS[1:]) + WHOLE)
    assert lost_row.budget.initial == Decimal("2000.00")  # the parts' figures no longer add up to the whole's
    assert "TEXT_TABLE_MISMATCH" not in errors(lost_row)


# a page break inside a scoring table typed as rows of cells: the page's number and the report's title repeated
# (the next page's running header) between two rows ran the rows together and put the first row's 扣分 under 得分
PAGE_BREAK_IN_ROWS = """某县城市管理局2024年度部门整体支出绩效自评报告
预算执行
2024年年初预算1860万元，调整后预算1905万元，全年实际支出1853.2万元，预算执行率为97.28%。
自评得分
序号 | 指标 | 分值 | 目标值 | 实际值 | 扣分 | 得分 | 扣分原因 |
1 | 预算执行率 | 10 | ≥95% | 97.28% | 0.46 | 9.54 | 未完成年度目标 |
第 2 页 共 3 页
某县城市管理局2024年度部门整体支出绩效自评报告
2 | 道路养护里程 | 15 | ≥10公里 | 12公里 | 0 | 15 |  |
3 | 垃圾清运量 | 15 | ≥2800吨 | 2660吨 | 1.5 | 13.5 | 未完成年度目标 |
满分100分，自评得分95.04分，自评结果为“良”。
"""


def test_a_page_header_between_two_rows_of_cells_is_no_part_of_them() -> None:
    scores = [i.stated_score for i in read_page(PAGE_BREAK_IN_ROWS).indicators]
    assert scores == [Decimal("9.54"), Decimal("15"), Decimal("13.5")]


# a system's record view printed one label a line, a page break (its number and the view's title repeated) between
# a record's 分值 and 得分: the record ended early, and every score after it was read into the record after its own
RECORD = """------------------------------------------------------------
序号：{0}
一级指标：{1}
二级指标：{2}
三级指标：{3}
年度指标值：{4}
实际完成值：{5}
分值：{6}
{8}得分：{7}
偏差原因：无
"""
VIEW_TITLE = "某市财政预算管理平台  >  绩效自评  >  部门整体支出绩效自评  >  查看"
RECORDS = [(1, "产出指标", "数量指标", "乡村道路保洁里程", "≥60公里", "61.5公里", 20, 20, ""),
           (2, "产出指标", "质量指标", "保洁作业合格率", "=100%", "100%", 20, 20, ""),
           (3, "产出指标", "时效指标", "垃圾日产日清率", "≥98%", "99%", 20, 20, f"第 2 页 共 3 页\n{VIEW_TITLE}\n"),
           (4, "效益指标", "生态效益指标", "农村人居环境达标率", "≥90%", "87%", 30, 29, ""),
           (5, "满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", "92.6%", 10, 10, "")]
RECORD_VIEW = (f"{VIEW_TITLE}\n单据编号：ZT-2024-0031\n填报单位：某镇人民政府\n评价年度：2024\n"
               "评价类型：部门整体支出绩效自评\n预算执行情况（万元）\n年初预算数：1,260.00\n全年预算数：1,318.40\n"
               "全年执行数：1,290.55\n执行率：97.89%\n绩效指标\n" + "".join(RECORD.format(*r) for r in RECORDS)
               + "------------------------------------------------------------\n自评总分：99.00\n自评等级：优\n")


def test_a_page_header_inside_a_record_of_label_lines_is_no_field_of_it(tmp_path: Path) -> None:
    evaluation = read_saved(tmp_path, RECORD_VIEW)
    assert [i.stated_score for i in evaluation.indicators] == [Decimal(s) for s in ("20", "20", "20", "29", "10")]
    assert "SCORE_OVER_WEIGHT" not in errors(evaluation)


# spending by nature, the excerpt ending inside the 项目支出 row (its figures and the 合计 row lost): the 公用经费 row
# after "其中：人员经费" under 基本支出 was read as the whole's budget, its rate the budget's
NATURE_ROWS = """某县自然资源局2024年度部门整体支出绩效自评报告
二、预算执行情况
本局2024年年初预算2,318.40万元，年中追加后调整预算2,506.90万元，全年决算支出2,441.52万元。
预算执行率＝决算数÷调整后预算数×100%＝2441.52÷2506.90×100%＝97.39%。
按支出类别，预算与决算对比如下（单位：万元）：
| 支出类别 | 调整后预算数 | 决算数 | 执行率 |
| 基本支出 | 1,684.30 | 1,672.18 | 99.28% |
| 其中：人员经费 | 1,402.65 | 1,398.40 | 99.70% |
| 公用经费 | 281.65 | 273.78 | 97.21% |
| 项目支出 | 822.60 |
"""


def test_a_row_after_a_nature_rows_part_is_a_part_too() -> None:
    evaluation = read_page(NATURE_ROWS)
    assert evaluation.budget.adjusted == Decimal("2506.90")
    assert "TEXT_TABLE_MISMATCH" not in errors(evaluation)



# a department's table of its units' money, one row a unit, its 合计 row lost (a dropped line): the first unit's row
# (局机关) was read as the department's budget against the text's figures
UNIT_ROWS = """某县卫生健康局2024年度部门整体支出绩效自评报告
部门及各单位预算执行情况如下（单位：万元）：
单位名称 | 年初预算数 | 调整后预算数 | 决算数 | 执行率 |
局机关 | 865.20 | 920.40 | 905.16 | 98.34% |
县疾病预防控制中心 | 402.10 | 431.60 | 418.25 | 96.91% |
县妇幼保健院 | 318.70 | 340.00 | 333.12 | 97.98% |
部门调整后预算1692.00万元，决算1656.53万元，预算执行率为97.90%。
"""


def test_a_units_row_is_no_departments_money_when_the_total_row_is_lost() -> None:
    evaluation = read_page(UNIT_ROWS)
    assert evaluation.budget.adjusted == Decimal("1692.00")
    assert "TEXT_TABLE_MISMATCH" not in errors(evaluation)


# a report hard-wrapped at a fixed width, the last line of a block's paragraph lost (a dropped line): the line cut at
# the width before it ran on into the next block's heading, "…实际完\n（三）满意度指标（分值20分…）", and the item cut
# short took the next block's 20 points (WEIGHTS_NOT_100, TOTAL_MISMATCH)
WRAPPED_REPORT = ["某镇人民政府2024年度部门整体支出绩效自评报告",
                  "一、预算执行情况",
                  "2024年年初预算1,862.40万元，调整后预算1,905.10万元，全年支出1,876.52万元，预算执行率98.50%，该指标分值10分，得分9.85分。",
                  "二、绩效指标完成情况",
                  "（一）产出指标（分值40分，得分40分）。数量指标：1.农村道路养护里程，年度目标值≥30公里，实际完成31.5公里，分值20分，得分20分。质量指标：2.养护路段验收合格率，年度目标值=100%，实际完成100%，分值20分，得分20分。",
                  "（二）效益指标（分值30分，得分29分）。社会效益指标：1.群众出行便利度提升，年度目标值明显提升，实际完成明显提升，分值15分，得分15分。可持续影响指标：2.道路设施完好率，年度目标值≥95%，实际完成93%，分值15分，得分14分。",
                  "（三）满意度指标（分值20分，得分20分）。服务对象满意度指标：1.沿线群众满意度，年度目标值≥90%，实际完成92%，分值20分，得分20分。",
                  "三、自评结论",
                  "经综合评价，某镇人民政府2024年度部门整体支出绩效自评得分98.85分，自评等级为“优”。"]


def test_a_blocks_heading_with_its_points_opens_its_own_line_after_a_line_cut_at_the_width() -> None:
    lines = [part for paragraph in WRAPPED_REPORT for part in textwrap.wrap(paragraph, 34)]
    heading = next(i for i, line in enumerate(lines) if line.startswith("（三）"))
    evaluation = read_page("\n".join(lines[:heading - 1] + lines[heading:]) + "\n")  # the line before it lost
    assert errors(evaluation) & {"WEIGHTS_NOT_100", "TOTAL_MISMATCH"} == set()
