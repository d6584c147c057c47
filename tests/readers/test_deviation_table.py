"""偏差原因 in a table of its own after the indicators: each row's reason becomes the note of the indicator of
the same name; a row naming no indicator adds nothing, and the table is never read as indicators."""

from __future__ import annotations

from page_reading import read_page

FORM = """某县示范项目2024年度项目支出绩效自评表
| 项目名称 | 某县示范渡口改造工程 |  |  |  |  |  |
| 主管部门 | 某县交通运输局 |  |  | 实施单位 | 某县渡口管理站 |  |
| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
| 产出指标 | 数量指标 | 改造渡口码头 | ≥6座 | 5座 | 40 | 33.33 |
|  | 时效指标 | 工程完工率 | ≥95% | 88% | 30 | 27.79 |
| 满意度指标 | 服务对象满意度指标 | 渡运群众满意度 | ≥90% | 93% | 30 | 30 |
| 总分 |  |  |  |  | 100 | 91.12 |

偏差原因分析表
| 指标名称 | 偏差情况 | 偏差原因 | 改进措施 |
| 改造渡口码头 | 少1座 | 1座码头因河道整治暂缓 | 与水利部门协调 |
| 工程完工率 | 低7个百分点 | 枯水期施工船只无法进场 | 提前安排工期 |
| 渡口安全巡查 | 无偏差 | 汛期巡查加密 | 持续巡查 |
"""


def test_reasons_attach_to_indicators_by_name() -> None:
    evaluation = read_page(FORM, "form.txt")
    notes = {i.name: i.deviation_note for i in evaluation.indicators}
    assert notes == {"改造渡口码头": "1座码头因河道整治暂缓", "工程完工率": "枯水期施工船只无法进场",
                     "渡运群众满意度": None}
    assert next(i.stated_score for i in evaluation.indicators if i.name == "工程完工率") is not None


def test_an_indicator_table_with_its_own_note_column_keeps_it() -> None:
    form = FORM.replace("| 得分 |", "| 得分 | 偏差原因 |", 1).replace("| 27.79 |", "| 27.79 | 材料涨价 |", 1)
    evaluation = read_page(form, "form.txt")
    notes = {i.name: i.deviation_note for i in evaluation.indicators}
    # the indicator row's own cell first: the later table adds only what is missing
    assert notes["工程完工率"] == "材料涨价"
    assert notes["改造渡口码头"] == "1座码头因河道整治暂缓"
