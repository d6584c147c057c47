"""A money block's two-row header copied with single spaces: the upper row's captions and column words
("资金类别 预算资金（万元） 执行率 评分 备注") are cells, as the lower row's are, so the two rows make the block's
header. Invented snippets."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from jixiao.readers import read_any
from jixiao.readers.flat_spaced import spaced_cells

_FORM = ["admin 2024ab01 1 2025-02-11T09:30:00Z 2025-02-12T03:15:20Z 12.00",
         "项目支出绩效自评表（2024年度）",
         "项目名称 农村饮水安全巩固提升工程",
         "主管部门 某县水利局 实施单位 某县农村供水站",
         "资金类别 预算资金（万元） 执行率 评分 备注",
         "年初预算数 全年预算数 全年执行数 分值 得分",
         "年度资金总额 800.00 860.00 845.10 98.27% 10 9.83",
         "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施",
         "产出指标 数量指标 新建供水管网长度 ≥40公里 42公里 40 40",
         "效益指标 社会效益指标 受益人口 ≥1.2万人 1.25万人 30 30",
         "满意度指标 服务对象满意度指标 群众满意度 ≥90% 94% 20 19",
         "总分 100 98.83"]


def test_the_upper_header_row_is_cut_into_cells() -> None:
    assert spaced_cells("资金类别 预算资金（万元） 执行率 评分 备注") == [
        "资金类别", "预算资金（万元）", "执行率", "评分", "备注"]


def test_a_line_of_other_words_is_not() -> None:
    assert spaced_cells("资金类别 按照 执行率 评分 要求") is None


def test_the_block_under_a_two_row_header_is_read(tmp_path: Path) -> None:
    path = tmp_path / "form.txt"
    path.write_text("\n".join(_FORM) + "\n", encoding="utf-8")
    evaluation = read_any(path).evaluation
    budget = evaluation.budget
    assert (budget.initial, budget.adjusted, budget.executed, budget.stated_execution_rate) == (
        Decimal("800.00"), Decimal("860.00"), Decimal("845.10"), Decimal("98.27"))
    rate = evaluation.indicators[0]
    assert (rate.name, rate.weight, rate.stated_score) == ("预算执行率", Decimal(10), Decimal("9.83"))
