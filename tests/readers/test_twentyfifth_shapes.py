"""Wordings of the twenty-fifth set (docs/reader-corpora/twentyfifth.md), each rebuilt from an invented snippet of
the same shape (invented units, names and figures)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from page_reading import by_name as _by_name
from page_reading import read_saved

from jixiao.readers import read_any
from jixiao.readers.extract.facts import IndicatorDraft
from jixiao.readers.extract.trailing_notes import NOTE_LABEL

TITLE = "某某镇人民政府2024年度部门整体支出绩效自评报告"


def _read(tmp_path: Path, text: str, suffix: str = ".txt"):  # type: ignore[no-untyped-def]
    return read_saved(tmp_path, text, f"report{suffix}")


def test_label_lines_whose_money_goes_on_in_a_clause_stay_prose(tmp_path: Path) -> None:
    """Cause B: "- 实际支出：4987.64万元，其中基本支出…" among money label lines is a sentence with a label, not a
    record view's cell."""
    ev = _read(tmp_path, f"# {TITLE}\n\n## 二、收支情况\n\n- 年初预算：4680.00万元\n"
                         "- 调整预算：5126.30万元（年中追加某某资金等）\n"
                         "- 实际支出：4987.64万元，其中基本支出2016.44万元、项目支出2971.20万元\n"
                         "- 预算执行率：97.30%\n", ".md")
    assert (ev.budget.initial, ev.budget.adjusted, ev.budget.executed) == (
        Decimal("4680.00"), Decimal("5126.30"), Decimal("4987.64"))
    assert ev.budget.stated_execution_rate == Decimal("97.30")
    assert [i.name for i in ev.budget.expenditure_items] == ["基本支出", "项目支出"]


def test_a_keyed_weight_without_its_unit_before_the_score(tmp_path: Path) -> None:
    """Cause B: "分值 15，得分 15" states the weight as plainly as "分值15分"."""
    ev = _read(tmp_path, f"# {TITLE}\n\n## 三、绩效指标完成情况\n\n"
                         "1. 某某设施运维村数：目标 ≥42个，完成 42个，分值 15，得分 15\n"
                         "2. 某某水质达标率：目标 ≥90%，完成 88%，分值 15，得分 14\n", ".md")
    found = _by_name(ev)
    assert (found["某某设施运维村数"].weight, found["某某水质达标率"].weight) == (15, 15)
    assert found["某某水质达标率"].stated_score == Decimal("14")


def test_the_report_title_heading_is_no_indicator(tmp_path: Path) -> None:
    """Cause C (the false SCORE_OVER_WEIGHT): the report's own title over the whole text is not an indicator
    scored with the first weight and the total below it."""
    ev = _read(tmp_path, f"# {TITLE}\n\n## 三、绩效指标完成情况\n\n（预算执行率分值10分，得9.89分）\n\n"
                         "1. 某某补助人次：分值20分，得分20分。\n\n## 五、评价结论\n\n本单位自评得分为**98.89分**。\n",
               ".md")
    assert all("报告" not in i.name for i in ev.indicators)


def test_the_execution_score_told_apart_in_other_words(tmp_path: Path) -> None:
    """Cause C: "预算执行率一项分值10分，得9.81分" / "预算执行方面：分值10分，得9.40分" /
    "预算执行率：分值10，得分9.73"."""
    for said in ("本项目预算执行率一项分值10分，得9.81分。", "预算执行方面：分值10分，得9.81分。",
                 "预算执行率：分值10，得分9.81。"):
        ev = _read(tmp_path, f"{TITLE}\n一、资金情况\n全年预算100.00万元，支出98.10万元，预算执行率98.10%。\n"
                             f"二、绩效目标完成情况\n{said}\n"
                             "1.某某培训人次：目标≥150人次，实际160人次，分值20分，得20分。\n")
        execution = _by_name(ev).get("预算执行率")
        assert execution is not None and (execution.weight, execution.stated_score) == (10, Decimal("9.81")), said


def test_levels_in_a_bracket_or_written_short_before_the_name(tmp_path: Path) -> None:
    """Cause D: "【产出指标—数量指标】名称：" and "产出·数量｜名称：" give both levels, the short one in full."""
    ev = _read(tmp_path, f"# {TITLE}\n\n## 三、绩效指标\n\n"
                         "1. 【产出指标—数量指标】某某筛查人数：年度目标≥800人，实际完成823人，分值15分，自评15分。\n"
                         "2. 效益·社会效益｜某某早诊率：目标 ≥70%，完成 72%，分值 20，得分 20\n", ".md")
    found = _by_name(ev)
    assert (found["某某筛查人数"].level1, found["某某筛查人数"].level2) == ("产出指标", "数量指标")
    assert (found["某某早诊率"].level1, found["某某早诊率"].level2) == ("效益指标", "社会效益指标")


def test_a_template_level1_named_by_its_heading() -> None:
    """Cause F: "产出指标完成情况" / "效益方面" as a group's name is the 一级 产出指标 / 效益指标; other words stay."""
    draft = IndicatorDraft()
    draft.put("level1", "产出指标完成情况", None)  # type: ignore[arg-type]
    other = IndicatorDraft()
    other.put("level1", "效益方面", None)  # type: ignore[arg-type]
    kept = IndicatorDraft()
    kept.put("level1", "项目管理", None)  # type: ignore[arg-type]
    assert (draft.fields["level1"], other.fields["level1"], kept.fields["level1"]) == (
        "产出指标", "效益指标", "项目管理")


def test_indicators_quoted_under_their_level_after_a_level1_label_line(tmp_path: Path) -> None:
    """Cause A: "一级指标：产出指标（50分）" over "二级指标“数量指标”下设“名称”，年度指标值…，分值…分，得分…分。"."""
    ev = _read(tmp_path, f"{TITLE}\n三、绩效指标完成情况\n预算执行率指标分值10分，自评得分9.71分。\n"
                         "一级指标：产出指标（30分）\n"
                         "二级指标“数量指标”下设“某某抽检批次”，年度指标值≥1800批次，实际完成值1865批次，分值12分，得分12分。\n"
                         "二级指标“质量指标”下设“某某抽检合格率”，年度指标值≥98%，实际完成值99.2%，分值18分，得分18分。\n")
    found = _by_name(ev)
    assert (found["某某抽检批次"].level1, found["某某抽检批次"].level2, found["某某抽检批次"].weight) == (
        "产出指标", "数量指标", 12)
    assert found["某某抽检合格率"].actual.value == Decimal("99.2")
    assert "预算执行率" in found


def test_figure_first_clauses_under_a_weighted_block_heading(tmp_path: Path) -> None:
    """Cause A: "（二）产出指标（分值25分）。全年某某立案12846件，…，该项分值10分，得10分；某某结案率96.2%（目标95%
    以上），分值15分，得15分。": one indicator per clause, named before its figure."""
    ev = _read(tmp_path, f"{TITLE}\n二、部门整体支出绩效情况\n"
                         "（二）产出指标（分值25分）。全年某某问题立案12846件，超过12000件的年度目标，该项分值10分，得10分；"
                         "问题按期结案率96.2%（目标95%以上），分值15分，得15分。本类合计得25分。\n")
    found = _by_name(ev)
    assert set(found) >= {"某某问题立案", "问题按期结案率"}
    assert (found["问题按期结案率"].level1, found["问题按期结案率"].weight) == ("产出指标", 15)
    assert found["问题按期结案率"].actual.value == Decimal("96.2")
    assert "产出指标" not in found


def test_clauses_led_by_their_level2_after_a_level1_label(tmp_path: Path) -> None:
    """Cause A: "（一）产出指标。数量指标上，名称目标≥2400人次，实际2468人次，分值15分，得15分；质量指标上，…"."""
    ev = _read(tmp_path, f"{TITLE}\n三、绩效指标完成情况\n"
                         "（一）产出指标。数量指标上，某某培训人次目标≥2400人次，实际2468人次，分值15分，得15分；"
                         "质量指标上，某某巩固率目标≥97%，实际97.6%，分值15分，得15分。\n"
                         "（二）满意度指标。服务对象满意度指标上，某某满意度目标≥90%，实际94%，分值20分，得20分。\n")
    found = _by_name(ev)
    assert (found["某某培训人次"].level1, found["某某培训人次"].level2) == ("产出指标", "数量指标")
    assert found["某某巩固率"].target.value == Decimal("97")
    assert (found["某某满意度"].level1, found["某某满意度"].level2) == ("满意度指标", "服务对象满意度指标")


def test_a_clause_closing_on_its_weight_and_score_under_a_level2_label(tmp_path: Path) -> None:
    """Cause A: "1.数量指标。全年计划完成某某面积不少于3.2万亩，实际完成3.35万亩，本项分值12分，得12分；…"."""
    ev = _read(tmp_path, f"{TITLE}\n三、专项资金绩效目标完成情况\n（一）产出指标完成情况（分值24分，得分24分）\n"
                         "1.数量指标。全年计划完成某某改良面积不少于3.2万亩，实际完成3.35万亩，本项分值12分，得12分；"
                         "某某覆盖农户目标不少于2.6万户，实际覆盖2.71万户，分值12分，得12分。\n")
    found = _by_name(ev)
    assert (found["某某改良面积"].level1, found["某某改良面积"].level2, found["某某改良面积"].weight) == (
        "产出指标", "数量指标", 12)
    assert found["某某改良面积"].actual.value == Decimal("3.35")


def test_a_deviation_note_loses_its_lead_words() -> None:
    """Cause K: "扣分原因为…", "未完全达标的原因：…", "原因是…" lead a note; the note is what follows."""
    for lead in ("扣分原因为", "未完全达标的原因：", "原因是"):
        assert NOTE_LABEL.sub("", lead + "部分地块受灾") == "部分地块受灾", lead
    assert NOTE_LABEL.sub("", "原因复杂，尚在核实") == "原因复杂，尚在核实"


def test_a_target_told_after_the_actual(tmp_path: Path) -> None:
    """Cause A: "…立案12846件，超过12000件的年度目标" / "…4.2%，未达到5%的目标": the target's figure."""
    ev = _read(tmp_path, f"{TITLE}\n二、部门整体支出绩效情况\n"
                         "（二）效益指标（分值25分）。社会效益方面，某某投诉下降率4.2%，未达到5%的目标，分值15分，得12.6分，"
                         "主要是新建城区纳入监管；可持续影响方面，某某平台运行率99.6%（目标99%以上），分值10分，得10分。\n")
    found = _by_name(ev)
    assert found["某某投诉下降率"].target.value == Decimal("5")
    assert found["某某投诉下降率"].actual.value == Decimal("4.2")
    assert (found["某某投诉下降率"].level1, found["某某平台运行率"].weight) == ("效益指标", 10)


def test_the_establishment_after_the_staff_parts_is_none_of_them(tmp_path: Path) -> None:
    """Cause I (the false STAFF_SUM_MISMATCH): "…其中行政人员21人、事业人员23人、工勤人员3人，核定编制50名"."""
    ev = _read(tmp_path, f"{TITLE}\n一、部门概况\n我局现有在职职工47人，其中行政人员21人、事业人员23人、工勤人员3人，"
                         "核定编制50名。\n")
    assert ev.unit.staff_total == 47
    assert [p.name for p in ev.unit.staff_parts] == ["行政人员", "事业人员", "工勤人员"]


def test_money_paid_in_full_to_the_unit_is_not_what_it_spent(tmp_path: Path) -> None:
    """Cause E (the false EXECUTION_RATE_MISMATCH): "…资金450.50万元已全部拨付到位" says the money arrived; the
    spending is "累计支付资金436.82万元" after it."""
    ev = _read(tmp_path, "某某县2024年度某某专项资金绩效自评报告\n一、专项资金基本情况\n"
                         "该专项年中追加下达后全年预算数为450.50万元。\n二、专项资金使用及管理情况\n"
                         "（一）资金到位情况。截至2024年12月31日，全年预算资金450.50万元已全部拨付到位，到位率100%。\n"
                         "（二）资金执行情况。全年累计支付资金436.82万元，预算执行率96.96%。\n")
    assert ev.budget.executed == Decimal("436.82")


def test_budget_told_as_funds_brought_in_and_money_available(tmp_path: Path) -> None:
    """Cause E: "年初安排资金412.00万元" (initial), "全年可用资金共计182.40万元" (adjusted), "支出决算41012.36万元"
    (executed)."""
    ev = _read(tmp_path, "某某县2024年度某某项目绩效自评报告\n二、资金情况\n"
                         "项目资金来源：上年结转22.40万元，2024年该项目年初安排资金160.00万元，全年可用资金共计182.40万元。\n"
                         "资金使用：全年支出166.85万元，年末结转15.55万元，预算执行率91.48%。\n")
    assert (ev.budget.initial, ev.budget.adjusted, ev.budget.executed) == (
        Decimal("160.00"), Decimal("182.40"), Decimal("166.85"))
    ev = _read(tmp_path, f"{TITLE}\n二、预算执行情况。全年收入决算418.50万元，其中财政拨款收入412.50万元，"
                         "事业收入6.00万元；支出决算410.12万元，其中基本支出324.56万元，项目支出85.56万元。\n")
    assert ev.budget.executed == Decimal("410.12")


def test_a_survey_leading_a_figure_first_clause(tmp_path: Path) -> None:
    """Cause A: "满意度方面：通过电话回访，参训学员满意度96%，目标90%以上，分值25分，得25分。"."""
    ev = _read(tmp_path, f"{TITLE}\n三、绩效目标完成情况\n"
                         "产出方面：培训合格率93%，目标不低于90%，分值20分，得20分。\n"
                         "满意度方面：通过电话回访，某某学员满意度96%，目标90%以上，分值25分，得25分。\n")
    found = _by_name(ev)
    assert (found["某某学员满意度"].weight, found["某某学员满意度"].actual.value) == (25, Decimal("96"))
    assert found["某某学员满意度"].level1 == "满意度指标"


def test_a_level_paragraph_over_each_small_table(tmp_path: Path) -> None:
    """Cause G: "产出指标（共2项，分值25分，得分25分）：" over a table of 三级 / 二级 / 目标 / 实际 / 分值 / 得分
    rows: the 一级 of its rows; "实有人员数为31人" the staff."""
    import docx

    d = docx.Document()
    d.add_paragraph(TITLE)
    d.add_paragraph("本单位编制数为33人，实有人员数为31人。")
    d.add_paragraph("产出指标（共2项，分值25分，得分25分）：")
    t = d.add_table(rows=3, cols=6)
    for r, row in enumerate([["三级指标", "二级指标", "年度目标", "实际完成", "分值", "得分"],
                             ["某某改造户数", "数量指标", "≥860户", "872户", "15", "15"],
                             ["某某办结率", "质量指标", "≥95%", "97.1%", "10", "10"]]):
        for c, text in enumerate(row):
            t.cell(r, c).text = text
    path = tmp_path / "report.docx"
    d.save(str(path))
    ev = read_any(path).evaluation
    assert [i.level1 for i in ev.indicators if i.name.startswith("某某")] == ["产出指标", "产出指标"]
    assert (ev.unit.staff_total, ev.unit.staff_establishment) == (31, 33)


def test_a_block_weighted_alone_over_one_scored_sentence(tmp_path: Path) -> None:
    """Cause A: "（四）满意度指标（分值15分）。第三方调查显示某某满意度91.8%（目标90%以上），得15分。": the one
    indicator the block tells weighs the block."""
    ev = _read(tmp_path, f"{TITLE}\n二、部门整体支出绩效情况\n"
                         "（三）产出指标（分值10分）。某某结案率96.2%（目标95%以上），分值10分，得10分。\n"
                         "（四）满意度指标（分值15分）。第三方调查显示某某满意度91.8%（目标90%以上），得15分。\n")
    found = _by_name(ev)
    assert (found["某某满意度"].level1, found["某某满意度"].weight, found["某某满意度"].stated_score) == (
        "满意度指标", 15, Decimal("15"))
    assert found["某某满意度"].actual.value == Decimal("91.8")


def test_facts_as_markdown_bullet_label_lines(tmp_path: Path) -> None:
    """Cause B: "- 人员编制：行政编制26名，事业编制19名，合计45名", "- 内设机构：A、B、C，共3个", "- 实际支出：…，其中
    基本支出…"; and a bare 执行率 opening a clause is the budget's rate the execution score refers to."""
    ev = _read(tmp_path, f"# {TITLE}\n\n## 一、基本情况\n\n- 人员编制：行政编制26名，事业编制19名，合计45名\n"
                         "- 实有人数：43名\n- 内设机构：党政办公室、经济发展办公室、社会事务办公室，共3个\n\n"
                         "## 二、收支情况\n\n- 年初预算：4680.00万元\n- 调整预算：5126.30万元（年中追加某某资金等）\n"
                         "- 实际支出：4987.64万元，其中基本支出2016.44万元、项目支出2971.20万元，执行率为97.30%\n\n"
                         "## 三、绩效指标完成情况\n\n预算执行率指标分值10分，自评得分9.73分。\n", ".md")
    assert (ev.unit.staff_establishment, ev.unit.staff_total) == (45, 43)
    assert (ev.unit.internal_bodies_count, len(ev.unit.internal_bodies)) == (3, 3)
    assert ev.budget.expenditure_total == Decimal("4987.64")
    assert _by_name(ev)["预算执行率"].actual.value == Decimal("97.30")


def test_targets_with_a_long_unit_and_in_percentage_points(tmp_path: Path) -> None:
    """Cause K: "目标0.3个等级以上" (the unit is 个等级, 以上 the comparator) and "目标为0.2个百分点以上" (a target, no
    scoring rule)."""
    ev = _read(tmp_path, f"{TITLE}\n三、绩效目标完成情况\n（一）效益指标（分值20分，得分20分）\n"
                         "1.可持续影响指标。某某等级提升目标0.3个等级以上，实际提升0.3个等级，分值10分，得10分。\n"
                         "2.质量指标。某某有机质提升目标为0.2个百分点以上，经检测实际提升0.23个百分点，分值10分，得10分。\n")
    found = _by_name(ev)
    assert (found["某某等级提升"].target.unit, found["某某等级提升"].target.value) == ("个等级", Decimal("0.3"))
    assert (found["某某有机质提升"].target.value, found["某某有机质提升"].target.unit) == (Decimal("0.2"), "个百分点")


def test_a_unit_named_by_the_short_name_the_text_gave_it(tmp_path: Path) -> None:
    """Cause K: "某某县农业技术推广中心（以下简称“县农技中心”）" then "…由某某县农业农村局主管、县农技中心
    具体组织实施"."""
    ev = _read(tmp_path, "某某县2024年度某某专项资金绩效自评报告\n"
                         "按照县财政局部署，某某县农业技术推广中心（以下简称“县农技中心”）对本年度专项资金开展了自评。\n"
                         "一、专项资金基本情况\n某某专项资金由某某县农业农村局主管、县农技中心具体组织实施。\n")
    assert ev.project.implementing_unit == "某某县农业技术推广中心"


def test_notes_after_a_score_in_brackets_or_after_zhuyao_shi(tmp_path: Path) -> None:
    """Cause K: "…得分 14（汛期问题集中，处置延后）" (the bracket is the reason, no actual value) and "…得12.6分，
    主要是某某纳入监管，投诉基数上升"; and "本项目绩效自评得99.30分" the total."""
    ev = _read(tmp_path, f"# {TITLE}\n\n## 三、绩效指标\n\n"
                         "1. 某某处置及时率：目标 ≥95%，完成 93%，分值 15，得分 14（汛期问题集中，处置延后）\n"
                         "2. 某某投诉下降率：目标≥5%，实际4.2%，分值15分，得12.6分，"
                         "主要是某某纳入监管，投诉基数上升。\n\n"
                         "## 四、结论\n\n综合评定，本项目绩效自评得96.60分，自评等级为优。\n", ".md")
    found = _by_name(ev)
    assert found["某某处置及时率"].deviation_note == "汛期问题集中，处置延后"
    assert found["某某处置及时率"].actual.value == Decimal("93")
    assert found["某某投诉下降率"].deviation_note == "某某纳入监管，投诉基数上升"
    assert ev.stated_total == Decimal("96.60")


def test_a_deadline_required_and_the_day_it_was_done(tmp_path: Path) -> None:
    """Cause K: "某某验收完成时间要求在2024年12月底前，实际于2024年12月16日通过县级验收，分值10分，得10分。"; and a
    project "由某某中心承办" names its implementing unit."""
    ev = _read(tmp_path, "某某县2024年度某某项目绩效自评报告\n一、项目基本情况\n某某项目由某某县就业服务中心承办。\n"
                         "三、绩效目标完成情况\n（一）产出指标完成情况（分值10分，得分10分）\n"
                         "1.时效指标。某某验收完成时间要求在2024年12月底前，实际于2024年12月16日通过县级验收，"
                         "分值10分，得10分。\n")
    found = _by_name(ev)
    assert (found["某某验收完成时间"].target.text, found["某某验收完成时间"].actual.text) == (
        "2024年12月底前", "2024年12月16日")
    assert ev.project.implementing_unit == "某某县就业服务中心"
