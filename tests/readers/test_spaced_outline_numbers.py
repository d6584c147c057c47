"""A project form copied as spaced rows whose level and indicator cells open on their outline numbers ("1 产出指标
1.1 数量指标 1.1.1 某指标"): each number stays with its name, as it does in a cell of its own line, and the table
reader drops it; a bare score before a note ("… 10 9 雨季停工两周") is no outline number."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from page_reading import read_saved_rows as _read_rows

from jixiao.readers.flat_spaced import spaced_cells

_ROWS = ["项目支出绩效自评表", "（2024年度）", "项目名称 乡村道路养护补助",
         "主管部门 某县交通运输局 实施单位 某县公路养护站",
         "项目资金 年初预算数 全年预算数 全年执行数 分值 执行率 得分",
         "年度资金总额 800,000.00 820,000.00 795,400.00 10 97.00% 9.7",
         "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施",
         "1 产出指标 1.1 数量指标 1.1.1 养护农村公路里程 ≥120公里 126公里 20 20",
         "1.1.2 修复桥涵数量 ≥8座 8座 20 20",
         "1.2 时效指标 1.2.1 养护任务按期完成率 ≥95% 90% 20 18 雨季停工两周",
         "2 效益指标 2.1 社会效益指标 2.1.1 道路优良率 ≥80% 84% 15 15",
         "3 满意度指标 3.1 服务对象满意度指标 3.1.1 沿线群众满意度 ≥90% 93% 15 15",
         "总分 100 97.7"]


def test_outline_numbers_stay_with_their_names() -> None:
    assert spaced_cells("1 产出指标 1.1 数量指标 1.1.1 养护农村公路里程 ≥120公里 126公里 20 20") == [
        "1 产出指标", "1.1 数量指标", "1.1.1 养护农村公路里程", "≥120公里", "126公里", "20", "20"]
    assert spaced_cells("1.1.2 修复桥涵数量 ≥8座 8座 20 20") == ["1.1.2 修复桥涵数量", "≥8座", "8座", "20", "20"]


def test_a_score_before_its_note_is_no_outline_number() -> None:
    assert spaced_cells("1.2 时效指标 1.2.1 养护任务按期完成率 ≥95% 90% 20 18 雨季停工两周") == [
        "1.2 时效指标", "1.2.1 养护任务按期完成率", "≥95%", "90%", "20", "18", "雨季停工两周"]


def test_the_form_reads_its_levels(tmp_path: Path) -> None:
    evaluation = _read_rows(tmp_path, _ROWS)
    found = {i.name: (i.level1, i.level2, i.weight, i.stated_score, i.deviation_note)
             for i in evaluation.indicators}
    assert found["修复桥涵数量"] == ("产出指标", "数量指标", 20, 20, None)
    assert found["养护任务按期完成率"] == ("产出指标", "时效指标", 20, 18, "雨季停工两周")
    assert found["沿线群众满意度"][:2] == ("满意度指标", "服务对象满意度指标")
    assert len(found) == 6  # (the budget row is the rate's indicator)
    assert evaluation.stated_total == Decimal("97.7")
