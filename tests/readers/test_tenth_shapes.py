"""Shapes of the tenth set (whole-unit reports; invented units and figures): rows typed with one ideographic
space between cells, a level heading ("（一）产出指标（35分）") over a table without a 一级 column, the money
block's score in its own row under the total row, a 自评得分 row closing the indicators, a 重点工作任务 table with
预算数 / 执行数 columns, and subordinate bodies after "另设"."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from page_reading import read_saved as _read

from jixiao.checks import run_checks
from jixiao.readers.document import Table
from jixiao.readers.extract.tables import caption_level
from jixiao.readers.source_text import ideographic_cells, text_to_document
from jixiao.scoring import load_pack

S = "\u3000"  # an ideographic space


def test_rows_typed_with_ideographic_spaces_are_table_rows() -> None:
    text = "\n".join([f"编制人数{S}24{S}在职人数{S}22", f"退休人数{S}9{S}内设股室数{S}4", f"单{S}位{S}名{S}称：某局",
                      f"一、基本情况{S}略", f"某某{S}一行{S}不成表"])
    lines = ideographic_cells(text).splitlines()
    assert lines[:2] == ["编制人数\t24\t在职人数\t22", "退休人数\t9\t内设股室数\t4"]
    # a letter-spaced label and lone lines stay text
    assert lines[2:] == [f"单{S}位{S}名{S}称：某局", f"一、基本情况{S}略", f"某某{S}一行{S}不成表"]


def test_a_level_heading_after_rows_of_cells_stays_text_and_names_the_next_tables_level(tmp_path: Path) -> None:
    text = "\n".join([
        "某县某局2024年度部门整体支出绩效自评报告",
        "（一）产出指标（30分）",
        f"指标名称{S}指标权重{S}指标值{S}完成值{S}指标得分",
        f"河道保洁里程{S}15{S}≥20公里{S}21公里{S}15",
        f"防汛物资储备{S}15{S}充足{S}充足{S}15",
        "（二）满意度指标（20分）",
        f"指标名称{S}指标权重{S}指标值{S}完成值{S}指标得分",
        f"沿河群众满意度{S}20{S}≥85%{S}90%{S}19",
    ])
    blocks = text_to_document(text, "t").blocks
    tables = [b for b in blocks if isinstance(b, Table)]
    assert [row[2:] for row in tables[0].rows[1:]] == [["≥20公里", "21公里", "15"], ["充足", "充足", "15"]]
    evaluation = _read(tmp_path, text)
    got = [(i.name, i.level1, i.weight, i.stated_score) for i in evaluation.indicators]
    assert got == [("河道保洁里程", "产出指标", Decimal(15), Decimal(15)),
                   ("防汛物资储备", "产出指标", Decimal(15), Decimal(15)),
                   ("沿河群众满意度", "满意度指标", Decimal(20), Decimal(19))]
    cited = evaluation.provenance["indicators[0].level1"]
    assert (cited.location, cited.text) == ("第2行", "（一）产出指标（30分）")  # the heading, not a cell of the row


def test_caption_level_takes_only_a_level_heading() -> None:
    assert caption_level("（一）产出指标（35分）") == "产出指标"
    assert caption_level("二、效益指标") == "效益指标"
    assert caption_level("附表：部门整体支出绩效自评表") is None
    assert caption_level("（一）部门概况") is None


def test_the_money_blocks_score_in_its_own_row_under_the_total(tmp_path: Path) -> None:
    text = ("某区某街道办事处2024年度部门整体支出绩效自评表\n"
            "| 预算执行（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 | 分值 |\n"
            "| 年度资金总额 | 500.00 | 520.00 | 507.00 | 97.50% | 10 |\n"
            "| 预算执行得分 | 9.75 | 9.75 | 9.75 | 9.75 | 9.75 |\n"
            "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 指标权重 | 指标得分 |\n"
            "| 产出指标 | 数量指标 | 背街小巷整治条数 | ≥8条 | 8条 | 45 | 45 |\n"
            "| 满意度指标 | 服务对象满意度指标 | 居民满意度 | ≥90% | 92% | 45 | 45 |\n"
            "| 自评得分 |  |  |  |  | 100 | 99.75 |\n")
    evaluation = _read(tmp_path, text)
    rate = evaluation.indicators[0]
    assert (rate.name, rate.weight, rate.stated_score) == ("预算执行率", Decimal(10), Decimal("9.75"))
    assert (evaluation.stated_total, evaluation.full_mark) == (Decimal("99.75"), Decimal(100))
    assert evaluation.budget.executed == Decimal("507.00")


def test_a_score_row_above_the_weight_is_not_the_rates_score(tmp_path: Path) -> None:
    text = ("某镇2024年度部门整体支出绩效自评表\n"
            "| 预算执行（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 | 分值 |\n"
            "| 年度资金总额 | 500.00 | 520.00 | 507.00 | 97.50% | 10 |\n"
            "| 得分 | 96 | 96 | 96 | 96 | 96 |\n")
    rate = _read(tmp_path, text).indicators[0]
    assert (rate.name, rate.weight, rate.stated_score) == ("预算执行率", Decimal(10), None)


def test_a_task_table_with_budget_and_spending_columns_is_not_the_budget(tmp_path: Path) -> None:
    text = ("某县某局2024年度部门整体支出绩效自评表\n"
            "| 预算执行（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 | 分值 | 得分 |\n"
            "| 年度资金总额 | 780.00 | 800.00 | 780.00 | 97.50% | 10 | 9.75 |\n"
            "\n重点工作任务完成情况\n\n"
            "| 序号 | 重点工作任务 | 预算数（万元） | 执行数（万元） | 完成情况 |\n"
            "| 1 | 文物保护 | 120.00 | 118.50 | 已完成 |\n"
            "| 2 | 送戏下乡 | 60.00 | 60.00 | 已完成 |\n")
    evaluation = _read(tmp_path, text)
    assert (evaluation.budget.adjusted, evaluation.budget.executed) == (Decimal("800.00"), Decimal("780.00"))
    codes = {f.code for f in run_checks(evaluation, load_pack(evaluation.rule_pack))}
    assert "TEXT_TABLE_MISMATCH" not in codes  # the first task's 120.00 / 118.50 is no second reading of the budget


def test_subordinate_bodies_after_ling_she(tmp_path: Path) -> None:
    text = ("某县某镇人民政府2024年度部门整体支出绩效自评报告\n一、部门概况\n"
            "镇政府内设党政办公室、经济发展办公室、社会事务办公室3个办公室，另设便民服务中心、农业服务中心2个事业单位。\n")
    unit = _read(tmp_path, text).unit
    assert unit.internal_bodies == ["党政办公室", "经济发展办公室", "社会事务办公室"]
    assert (unit.subordinate_bodies, unit.subordinate_bodies_count) == (["便民服务中心", "农业服务中心"], 2)


def test_the_forms_full_unit_name_outranks_the_same_name_without_its_region(tmp_path: Path) -> None:
    text = ("填报单位（盖章）：某山县青石镇人民政府\n部门整体支出绩效自评表\n（2024年度）\n"
            "| 部门（单位）名称 | 某川市某山县青石镇人民政府 |  |  |\n")
    evaluation = _read(tmp_path, text)
    assert evaluation.unit.name == "某川市某山县青石镇人民政府"
    assert [r.value for r in evaluation.alternatives.get("unit.name", [])] == ["某山县青石镇人民政府"]


def test_a_name_with_more_than_a_region_in_front_is_no_fuller_name(tmp_path: Path) -> None:
    text = ("填报单位（盖章）：青石镇人民政府\n部门整体支出绩效自评表\n（2024年度）\n"
            "| 部门（单位）名称 | 某山县白石镇青石镇人民政府 |  |  |\n")
    assert _read(tmp_path, text).unit.name == "青石镇人民政府"
