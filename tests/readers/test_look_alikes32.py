"""Look-alikes that could raise a false error (docs/reader-corpora/look-alikes-32.md), each as an invented snippet:
invented units, places, projects and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from corpus import errors

from jixiao.readers.report import read_report


def _read(folder: Path, text: str, name: str = "page.txt"):  # type: ignore[no-untyped-def]
    """The evaluation read from ``text`` saved as ``name`` in ``folder``."""
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return read_report(path)[0]

_UNIT_REPORT = ("某县气象局\n"
                "某县气象局2023年度部门整体支出绩效自评报告\n"
                "单位名称：某县气象局\n"
                "一、部门概况\n"
                "我局年初预算210.00万元，全年预算236.40万元，实际支出230.10万元，预算执行率97.34%。\n"
                "二、绩效评价情况\n"
                "（一）投入（20分），得20分。\n"
                "1.在职人员控制率（20分）：编制12人，实有11人，得20分。\n"
                "（二）产出（{output}分），得{output}分。\n"
                "2.气象预警信息发布次数（{output}分）：目标值≥120次，实际发布134次，得{output}分。\n"
                "（三）效果（{effect}分），得{effect}分。\n"
                "3.公众气象服务满意度（{effect}分）：目标值≥90%，满意度94%，得{effect}分。\n"
                "三、评价结论\n"
                "经综合评定，我局2023年度部门整体支出绩效自评得分100分，等级为优。\n"
                "四、存在的问题及改进措施\n"
                "基层观测设备老化，下一步将申请更新。\n"
                "某县气象局\n"
                "2024年3月20日\n")


def _two_reports(tmp_path: Path, first: str, second: str):  # type: ignore[no-untyped-def]
    path = tmp_path / "two.txt"
    path.write_text(first + "\n" + second, encoding="utf-8")
    return read_report(path)


def test_two_unit_reports_without_an_indicator_heading_are_two_forms(tmp_path: Path) -> None:
    """Two whole-unit prose reports one after the other, their indicators under "二、绩效评价情况" (no 指标完成情况
    heading): the title again, the numbering restarting at 一、 after the first report's conclusion, so two forms
    (before, one list of six indicators weighing 200: a false WEIGHTS_NOT_100 and TOTAL_MISMATCH)."""
    evaluation, _, forms = _two_reports(tmp_path, _UNIT_REPORT.format(output=40, effect=40),
                                        _UNIT_REPORT.format(output=50, effect=30).replace("2023年度", "2024年度"))
    assert len(forms) == 2
    assert len(evaluation.indicators) == 3
    assert not {"WEIGHTS_NOT_100", "TOTAL_MISMATCH"} & set(errors(evaluation))
    second, _, _ = read_report(tmp_path / "two.txt", form=2)
    assert [i.weight for i in second.indicators] == [20, 50, 30]
    assert second.unit.name == "某县气象局"


_PROJECT_REPORT = ("某县农业农村局\n"
                   "2024年度{name}项目绩效自评报告\n"
                   "一、项目基本情况\n"
                   "（一）项目概况。项目名称：{name}项目；主管部门：某县农业农村局；实施单位：某县农业技术推广站。\n"
                   "（二）资金情况。项目全年预算60.00万元，已支付57.00万元，预算执行率95.00%。\n"
                   "二、绩效目标完成情况\n"
                   "1.示范基地建设（数量指标）：年度目标≥3个，实际完成3个，分值50分，得50分。\n"
                   "2.农户满意度（满意度指标）：年度目标≥90%，实际完成92%，分值40分，得40分。\n"
                   "3.预算执行（分值10分）：预算执行率95.00%，得9.5分。\n"
                   "三、自评结论\n"
                   "项目自评得分99.5分，自评等级为“优”。\n")


def test_two_project_reports_naming_the_project_in_a_sentence_are_two_forms(tmp_path: Path) -> None:
    """The project named inside a sentence ("（一）项目概况。项目名称：…；主管部门：…"), so no 项目名称 line starts the
    second report: its title and the numbering restarting do."""
    evaluation, _, forms = _two_reports(tmp_path, _PROJECT_REPORT.format(name="高标准农田示范"),
                                        _PROJECT_REPORT.format(name="蔬菜保供基地"))
    assert len(forms) == 2
    assert len(evaluation.indicators) == 3
    assert not {"WEIGHTS_NOT_100", "TOTAL_MISMATCH"} & set(errors(evaluation))


def test_a_title_repeated_as_page_header_does_not_cut_the_report(tmp_path: Path) -> None:
    """A PDF's page header repeats the title on every page, also above a page opening on 一、 (after a contents
    page) and above a page after the conclusion: no report concluded before it and restarted after, so one form."""
    title = "某县气象局2023年度部门整体支出绩效自评报告\n"
    text = _UNIT_REPORT.format(output=40, effect=40)
    contents = "目录\n一、部门概况\n二、绩效评价情况\n三、评价结论\n"
    text = text.replace("单位名称：某县气象局\n", "单位名称：某县气象局\n" + contents + title)
    text = text.replace("（二）产出", title + "（二）产出").replace("四、存在的问题", title + "四、存在的问题")
    path = tmp_path / "one.txt"
    path.write_text(text, encoding="utf-8")
    evaluation, _, forms = read_report(path)
    assert forms == []
    assert len(evaluation.indicators) == 3
    assert not errors(evaluation)


def test_a_second_report_without_its_title_makes_the_sums_warnings(tmp_path: Path) -> None:
    """The second report's title left out: nothing to cut at, but the numbering restarts at 一、 after the first
    report's conclusion, so the indicator list may hold both reports': its sums only warn (请人工核对)."""
    second = _UNIT_REPORT.format(output=50, effect=30).replace("某县气象局2023年度部门整体支出绩效自评报告\n", "")
    evaluation, warnings, forms = _two_reports(tmp_path, _UNIT_REPORT.format(output=40, effect=40), second)
    assert forms == []
    assert not {"WEIGHTS_NOT_100", "TOTAL_MISMATCH"} & set(errors(evaluation))
    assert any("可能含两份报告" in warning for warning in warnings)


def test_one_report_keeps_its_sums_errors(tmp_path: Path) -> None:
    """One report whose weights add up to more than 100 (the unit's own error): still an error."""
    path = tmp_path / "one.txt"
    path.write_text(_UNIT_REPORT.format(output=50, effect=40), encoding="utf-8")
    evaluation, warnings, _ = read_report(path)
    assert "WEIGHTS_NOT_100" in errors(evaluation)
    assert not any("可能含两份报告" in warning for warning in warnings)


_SECTIONS = ("# 某县水利局2024年度部门整体支出绩效自评报告\n\n"
             "## 二、各单位预算执行情况\n\n"
             "### （一）局机关\n\n"
             "| 项目 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |\n"
             "{rule}\n"
             "| 金额（万元） | 610.00 | 640.00 | 630.00 | 98.44% |\n\n"
             "### （二）县水文站\n\n"
             "| 项目 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |\n"
             "|---|---:|---:|---:|---:|\n"
             "| 金额（万元） | 190.00 | 200.00 | 196.00 | 98.00% |\n\n"
             "### （三）部门合计\n\n"
             "2024年部门年初预算800.00万元，全年预算840.00万元，全年执行826.00万元，部门预算执行率98.33%。\n")


def test_a_markdown_rule_with_a_blank_cell_is_still_the_rule(tmp_path: Path) -> None:
    """A separator row that lost one cell ("|---|  |---:|"): still the rule under the header, so the first section's
    table stays whole (before, its rows were cut off and read apart, the other sections' tables then stood as the
    budget's other statements: a false TEXT_TABLE_MISMATCH against the prose)."""
    path = tmp_path / "unit.md"
    path.write_text(_SECTIONS.format(rule="|---|---:|  |---:|---:|"), encoding="utf-8")
    evaluation, _, _ = read_report(path)
    assert (evaluation.budget.adjusted, evaluation.budget.executed) == (Decimal("840.00"), Decimal("826.00"))
    assert "TEXT_TABLE_MISMATCH" not in errors(evaluation)


_NUMBERED = ("某县畜牧站2023年度良种补贴项目绩效评价报告\n"
             "二、评价结论\n"
             "经评价，该项目评价得分93.5分，评价等级为“优”。\n"
             "序号 | 一级指标 | 二级指标 | 三级指标 | 分值 | 得分 | 扣分 | 扣分原因\n"
             "1 | 决策 | 项目立项 | 立项依据充分性 | 20 | 20 | 0 | \n"
             "2 | 过程 | 资金管理 | 预算执行率 | 20 | 18.5 | 1.5 | 执行率92.50%\n"
             "3 | 产出 | 产出数量 | 补贴牲畜数量 | 40 | 40 | 0 | \n"
             "4 | 效益 | 满意度 | 养殖户满意度 | 20 | 15 | 5 | 调查样本偏少\n"
             "5 | 合计 | | | 100 | 93.5 | 6.5 | \n"
             "三、主要绩效\n"
             "全年补贴种畜800头。\n")


def test_a_total_row_opening_on_its_number_is_the_total(tmp_path: Path) -> None:
    """A 序号 column numbering the 合计 row too ("5 | 合计 | …"): the number is no cell of the row above (before,
    the last row's reason and that number were read as one more indicator weighing 5: a false WEIGHTS_NOT_100)."""
    path = tmp_path / "numbered.txt"
    path.write_text(_NUMBERED, encoding="utf-8")
    evaluation, _, _ = read_report(path)
    assert [i.weight for i in evaluation.indicators] == [20, 20, 40, 20]
    assert evaluation.stated_total == Decimal("93.5")
    assert not errors(evaluation)


_SHARES = ("# 某县卫生健康局2024年度设备购置项目绩效自评表\n\n"
           "| 项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n"
           "|---|---|---|---|---|---|---|\n"
           "| 年度资金总额 | 100.00 | 100.00 | 98.00 | 10 | 98.00% | 9.8 |\n\n"
           "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 权重(%) | 得分 |\n"
           "|---|---|---|---|---|---|---|\n"
           "| 产出指标 | 数量指标 | 购置设备数量 | ≥10台 | 10台 | 0.5 | {score} |\n"
           "| 效益指标 | 社会效益指标 | 检查等候时间缩短 | ≥10% | 12% | 0.3 | 30 |\n"
           "| 满意度指标 | 服务对象满意度指标 | 患者满意度 | ≥90% | 95% | 0.1 | 10 |\n"
           "| 总分 |  |  |  |  | 1 | {total} |\n")


def test_weights_written_as_shares_are_points(tmp_path: Path) -> None:
    """A 权重(%) column written as shares (0.5 = 50 分) beside a budget row's 分值 10 in points: together the full
    mark, so each share is read as points (before, every score "exceeded" its weight: false SCORE_OVER_WEIGHT)."""
    evaluation = _read(tmp_path, _SHARES.format(score=50, total=99.8), "form.md")
    assert sorted(i.weight for i in evaluation.indicators) == [10, 10, 30, 50]
    assert not errors(evaluation)


def test_a_unit_total_that_its_rows_do_not_make_stays_an_error(tmp_path: Path) -> None:
    """The form's own arithmetic error (总分 99.8 over rows adding up to 96.8) is a true finding: still an error."""
    evaluation = _read(tmp_path, _SHARES.format(score=47, total=99.8), "form.md")
    assert "TOTAL_MISMATCH" in errors(evaluation)


_QUOTED_YEAR = ("某乡卫生院基本公共卫生服务补助资金绩效自评报告\n"
                "一、项目基本情况\n"
                "本年度上级下达补助资金80.00万元，截至年底支出76.00万元。\n"
                "二、存在的问题\n"
                "与上年相比，2023年预算执行率为85%，2023年全年执行数为60.50万元，今年有所提高，但执行进度仍不均衡。\n"
                "三、下一步措施\n"
                "加强资金调度。\n"
                "附件：项目支出绩效自评表\n"
                "项目支出绩效自评表\n"
                "（2024年度）\n"
                "项目名称 基本公共卫生服务补助资金\n"
                "项目资金（万元） 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n"
                "年度资金总额 80.00 80.00 76.00 10 95.00% 9.5\n")


def test_an_earlier_years_figures_quoted_in_the_problems_are_not_this_years(tmp_path: Path) -> None:
    """"与上年相比，2023年预算执行率为85%…" in the 问题 section of a report whose year only the form below states:
    neither the year (2024, not 2023) nor the budget's figures (76.00, 95 %) are taken from that sentence (before,
    the year was read as 2023 and the quoted figures as the budget's: a false TEXT_TABLE_MISMATCH)."""
    evaluation = _read(tmp_path, _QUOTED_YEAR)
    assert evaluation.year == 2024
    assert evaluation.budget.executed == Decimal("76.00")
    assert "TEXT_TABLE_MISMATCH" not in errors(evaluation)
