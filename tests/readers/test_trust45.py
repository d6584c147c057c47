"""False errors that damage makes and trust44 left (``perturb_checks.py``): an invented snippet of each cause, read
as ``jixiao parse`` reads a txt."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from corpus import errors
from page_reading import read_page, read_saved

# a report copied as one line, its 扣分 table's cells written "cell |" and an empty 扣分原因 as "|  |": each bar
# closes a cell, so a row of eight columns is eight cells, not sixteen (the last ones, 得分, went to the next row and
# the 扣分 was read as the score: TOTAL_MISMATCH)
RUN_ON_ROWS = " ".join([
    "某县某某镇人民政府2024年度部门整体支出绩效自评报告 一、基本情况 本镇负责辖区公共服务工作。",
    "二、预算执行 2024年年初预算860万元，调整后预算905万元，全年实际支出884.6万元，预算执行率为97.75%。",
    "三、自评得分 序号 | 指标 | 分值 | 目标值 | 实际值 | 扣分 | 得分 | 扣分原因 |",
    "1 | 预算执行率 | 20 | ≥95% | 97.75% | 0.45 | 19.55 | 未全部支出 |",
    "2 | 农村公路养护里程 | 30 | ≥40公里 | 42公里 | 0 | 30 |  |",
    "3 | 污水管网新建长度 | 30 | ≥5公里 | 4.6公里 | 2.4 | 27.6 | 工期推迟 |",
    "4 | 群众满意度 | 20 | ≥90% | 93% | 0 | 20 |  |",
    "满分100分，自评得分97.15分，自评结果为“优”。 四、下一步打算 加快项目进度。",
]) + "\n"


def test_a_run_on_reports_bars_close_its_cells() -> None:
    evaluation = read_page(RUN_ON_ROWS)
    assert [ind.stated_score for ind in evaluation.indicators] == [Decimal(s) for s in ("19.55", "30", "27.6", "20")]
    assert evaluation.stated_total == Decimal("97.15")
    assert "TOTAL_MISMATCH" not in errors(evaluation)


# a whole-unit form and a project's form copied as one line: the flat reader gives the four tables before the line's
# words (the project's name among them), so the forms are not cut apart and one list holds both forms' indicators;
# the file states two totals and the list parts into a run of the full mark and a run short of it (the project's
# 预算执行率 is in its money block), so the weights' sum only warns
TWO_FORMS = " ".join([
    "某县某某乡人民政府2024年度部门整体支出绩效自评报告 附表1 部门（单位）整体支出绩效自评表 （2024年度）",
    "部门（单位）名称 | 某县某某乡人民政府 | 部门（单位）整体资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 |",
    "分值 | 执行率 | 得分 | 年度资金总额 | 940.00 | 1020.50 | 1003.20 | 10 | 98.30% | 9.83 |",
    "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |",
    "产出指标 | 数量指标 | 便民服务事项办理数 | ≥1500件 | 1620件 | 30 |",
    "产出指标 | 质量指标 | 事项按时办结率 | ≥98% | 99% | 20 |",
    "效益指标 | 社会效益指标 | 农村人居环境达标率 | ≥90% | 93% | 20 |",
    "满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90% | 94% | 20 |",
    "总分 |  | 100 | 99.83 | 自评等级：优",
    "附表2 项目支出绩效自评表 （2024年度） 项目名称 | 某某村饮水改造项目 | 实施单位 | 某县某某乡人民政府 |",
    "项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |",
    "年度资金总额 | 80.00 | 76.40 | 10 | 95.50% | 9.55 |",
    "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |",
    "产出指标 | 数量指标 | 改造供水管网长度 | ≥3公里 | 3.2公里 | 50 |",
    "效益指标 | 社会效益指标 | 受益农户数 | ≥400户 | 420户 | 20 |",
    "满意度指标 | 服务对象满意度指标 | 受益群众满意度 | ≥90% | 95% | 20 |",
    "总分 |  | 100 | 99.55 |",
]) + "\n"


def test_two_forms_read_as_one_list_only_warn_of_their_weights(tmp_path: Path) -> None:
    evaluation = read_saved(tmp_path, TWO_FORMS)
    assert sum((ind.weight or 0 for ind in evaluation.indicators), Decimal(0)) == Decimal(190)
    assert "WEIGHTS_NOT_100" not in errors(evaluation)


def test_a_second_run_short_by_no_indicator_of_the_first_keeps_its_error(tmp_path: Path) -> None:
    # the project's list weighing 85: no indicator of the first run (10, 30, 20) fills its gap of 15
    evaluation = read_saved(tmp_path, TWO_FORMS.replace("3.2公里 | 50 |", "3.2公里 | 45 |"))
    assert "WEIGHTS_NOT_100" in errors(evaluation)


# a project form with a 中期 column whose goal text row is lost (a dropped line, a page's cut): the goal row's heads
# "年度总体目标 | 中期目标 | 年度目标 | 实际完成情况" stand right over the indicator header, which names the same
# columns again; they are the goal's, not a first header row (before: the columns shifted, "2所" read as a name)
GOAL_HEADS_OVER_HEADER = """某县第三小学2024年度项目支出绩效自评报告
| 项目支出绩效自评表 |
| 项目名称 | 义务教育薄弱环节改善资金 |  |  |  |  |  |  |  |
| 项目资金（万元） |  | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |  |
|  | 年度资金总额 | 260.00 | 268.50 | 262.10 | 10 | 97.62% | 9.76 |  |
| 年度总体目标 | 中期目标（2024—2026年） |  |  | 年度目标 |  | 实际完成情况 |  |  |
| 一级指标 | 二级指标 | 三级指标 | 中期指标值 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |
| 产出指标 | 数量指标 | 改造校舍数量 | ≥5所 | ≥2所 | 2所 | 30 | 30 |  |
|  | 质量指标 | 工程验收合格率 | =100% | =100% | 100% | 20 | 20 |  |
| 效益指标 | 社会效益指标 | 受益学生人数 | ≥3000人 | ≥1200人 | 1260人 | 30 | 30 |  |
| 满意度指标 | 服务对象满意度指标 | 师生满意度 | ≥90% | ≥90% | 95% | 10 | 10 |  |
| 总分 |  |  |  |  |  | 100 | 99.76 |  |
"""


def test_a_goal_rows_heads_over_the_indicator_header_are_no_header_row() -> None:
    evaluation = read_page(GOAL_HEADS_OVER_HEADER)
    names = [ind.name for ind in evaluation.indicators]
    assert names[-4:] == ["改造校舍数量", "工程验收合格率", "受益学生人数", "师生满意度"]
    assert evaluation.indicators[-4].actual is not None and evaluation.indicators[-4].actual.value == Decimal(2)


# a nested Markdown list re-wrapped at a fixed width: an item's line cut after a clause's comma, its score on the
# next line with no mark (before: the item was lost and the items after it lost their 一级)
CUT_ITEM = """# 某县某某局2024年度部门整体支出绩效自评报告
## 三、绩效指标完成情况
- **产出指标**
  - 数量指标
    - 公园绿地养护面积：分值30分，目标值≥50万平方米，实际完成48万平方米，
得分28.8分
  - 质量指标
    - 绿化成活率：分值30分，目标值≥95%，实际完成97%，得分30分
- **满意度指标**
  - 服务对象满意度指标
    - 市民满意度：分值40分，目标值≥90%，实际完成93%，得分40分
## 四、自评结论
自评得分98.8分，等级为优秀。
"""


def test_a_list_item_cut_inside_a_clause_goes_on_at_the_bare_line() -> None:
    indicators = read_page(CUT_ITEM, "page.md").indicators
    assert [(i.name, i.level1, i.stated_score) for i in indicators] == [
        ("公园绿地养护面积", "产出指标", Decimal("28.8")), ("绿化成活率", "产出指标", Decimal(30)),
        ("市民满意度", "满意度指标", Decimal(40))]
