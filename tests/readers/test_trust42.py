"""False errors that damage makes and trust41 left (``perturb_checks.py``): an invented snippet of each cause, read
as ``jixiao parse`` reads a txt."""

from __future__ import annotations

from corpus import errors
from page_reading import read_page

# a form with a 中期指标值 column whose 得分 cells are empty, copied as web rows on one line: a row writes one empty
# cell fewer, so its 实际完成值 0.71 sits under 分值 and its 分值 15 under 得分 (beside weights of 10 to 25)
SHIFTED_ROW = (
    "某县2024年度小型水库除险加固项目绩效自评表 项目资金：年初预算300.00万元，全年执行294.00万元，执行率98.00%。 "
    "一级指标 | 二级指标 | 三级指标 | 中期指标值 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析 | "
    "产出指标 | 数量指标 | 除险加固水库数量 | ≥12座 | ≥4座 | 4座 | 25 |  | "
    "产出指标 | 质量指标 | 工程验收合格率 | 100% | 100% | 100% | 20 |  | "
    "产出指标 | 时效指标 | 年度工程完工率 | ≥90% | ≥90% | 92% | 15 |  | "
    "效益指标 | 生态效益指标 | 灌区渠系水利用系数 | ≥0.72 | ≥0.70 | 0.71 | 15 |  | "
    "满意度指标 | 服务对象满意度指标 | 受益群众满意度 | ≥90% | ≥90% | 94% | 25 |  | "
    "总分 |  | 100 | 98.50 |  自评等级：优\n"
)


def test_a_weight_under_one_point_beside_whole_point_weights_is_no_sure_weight() -> None:
    assert "SCORE_OVER_WEIGHT" not in errors(read_page(SHIFTED_ROW))
