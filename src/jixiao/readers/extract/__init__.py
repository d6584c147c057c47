"""Layer 2: format-independent extraction of an :class:`~jixiao.model.Evaluation` from a
:class:`~jixiao.readers.document.Document`. One module per concern: title, sections, unit facts,
budget, prose indicators, table indicators, totals; :func:`extract` runs them in order."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from pydantic import ValidationError

from jixiao import limits
from jixiao.errors import InputError
from jixiao.model import Evaluation, ReadingNotes
from jixiao.modelio import describe_validation_error
from jixiao.readers.document import Document, Paragraph, Table
from jixiao.readers.dotted_thousands import dotted_figures, doubt_figures
from jixiao.readers.doubled_figures import figures_read_once, guess_doubled
from jixiao.readers.extract.allocation_rows import allocation_rows
from jixiao.readers.extract.block_weights_prose import block_weight_left_over, block_weights_in_prose
from jixiao.readers.extract.budget import extract_budget
from jixiao.readers.extract.budget_kept_aside import put_kept_aside
from jixiao.readers.extract.budget_notes import extract_budget_notes
from jixiao.readers.extract.budget_words import budget_from_words
from jixiao.readers.extract.budget_years import other_year_figures
from jixiao.readers.extract.budget_zero import initial_zero
from jixiao.readers.extract.by_nature import extract_by_nature
from jixiao.readers.extract.cell_notes import without_cell_notes
from jixiao.readers.extract.column_block_weights import column_block_weights
from jixiao.readers.extract.continued_tables import another_forms_table, closed_form, continued
from jixiao.readers.extract.coverage import reading_notes, table_has_form_words
from jixiao.readers.extract.detached_goal_header import goal_under_detached_header
from jixiao.readers.extract.deviation_tables import deviation_notes
from jixiao.readers.extract.execution_actual import rate_as_actual
from jixiao.readers.extract.facts import Facts, IndicatorDraft, ref
from jixiao.readers.extract.final_account_rows import final_account_rows
from jixiao.readers.extract.form_year import form_heading_year
from jixiao.readers.extract.fraction_weights import fraction_weights
from jixiao.readers.extract.fund_source_columns import fund_source_columns
from jixiao.readers.extract.fused_total_row import fused_total_row
from jixiao.readers.extract.goal_tables import goal_rows, target_only
from jixiao.readers.extract.grade_bands import extract_grade_bands
from jixiao.readers.extract.indicators_prose import extract_prose_indicators
from jixiao.readers.extract.kind import decide_kind
from jixiao.readers.extract.letter_grade import letter_grade
from jixiao.readers.extract.level_of_level2 import level1_from_level2
from jixiao.readers.extract.merge import merge_indicators
from jixiao.readers.extract.money_pairs import execution_pairs
from jixiao.readers.extract.money_runs import extract_money_runs
from jixiao.readers.extract.moved_money import moved_money
from jixiao.readers.extract.name_tidying import (
    implementing_as_unit,
    implementing_from_filer,
    no_generic_names,
    no_whole_unit_project,
    strip_codes,
    unit_before_project,
    unit_from_publisher,
    unit_under_its_department,
    unit_without_project,
)
from jixiao.readers.extract.other_year_forms import other_year_tables
from jixiao.readers.extract.outline import build_outline
from jixiao.readers.extract.page_meta import with_publisher
from jixiao.readers.extract.part_sections import part_sections
from jixiao.readers.extract.planned_fund_rows import planned_fund_rows, planned_fund_rows_one_a_line
from jixiao.readers.extract.project_funds import project_fund_phrases
from jixiao.readers.extract.project_goals import extract_project_goals
from jixiao.readers.extract.project_lists import listed_project_lines
from jixiao.readers.extract.project_names import evaluated_project, project_from_form_title, year_led_project
from jixiao.readers.extract.project_result_tables import without_project_results
from jixiao.readers.extract.rate_sentence_budget import budget_at_rate
from jixiao.readers.extract.reverse_named import reverse_named
from jixiao.readers.extract.run_on_amounts import run_on_amounts
from jixiao.readers.extract.run_on_scoring import run_on_scoring_row
from jixiao.readers.extract.running_head import facts_from_running_head
from jixiao.readers.extract.section_keys import is_section_title
from jixiao.readers.extract.sections import extract_sections
from jixiao.readers.extract.sentence_fallbacks import sentence_indicators
from jixiao.readers.extract.short_names import full_names
from jixiao.readers.extract.source_money import source_money
from jixiao.readers.extract.spending_control import spending_control
from jixiao.readers.extract.spent_in_full import spent_in_full
from jixiao.readers.extract.stacked_levels import unstacked_levels
from jixiao.readers.extract.stripped_rate_rows import stripped_rate_row
from jixiao.readers.extract.table_level_headings import level_headings
from jixiao.readers.extract.table_spending import spending_label_line
from jixiao.readers.extract.tables import extract_table_facts
from jixiao.readers.extract.template_notes import template_note_lines, without_lines
from jixiao.readers.extract.text_labels import extract_labelled
from jixiao.readers.extract.title import derive_region, extract_signature, extract_title
from jixiao.readers.extract.totals import extract_totals
from jixiao.readers.extract.transcribed import transcribed
from jixiao.readers.extract.transposed_indicators import upright
from jixiao.readers.extract.unit_budget_prose import (
    budget_before_addition,
    budget_by_kind,
    budget_in_and_out,
    budget_with_addition,
    spent_after_received,
    unit_budget_prose,
)
from jixiao.readers.extract.unit_facts import extract_unit_facts
from jixiao.readers.extract.unit_slips import unit_slips
from jixiao.readers.extract.unit_subject import (
    OVER_THE_UNIT,
    unit_from_attached_report,
    unit_from_budget_holder,
    unit_from_counted_projects,
    unit_from_cover_signature,
    unit_from_duties,
    unit_from_evaluation,
    unit_from_opening_subject,
    unit_from_self_reference,
    unit_from_setup,
    unit_from_source,
    unit_from_untitled_opening,
    unit_in_its_section,
)
from jixiao.readers.extract.unlabelled_total import unlabelled_total
from jixiao.readers.extract.value_above_label import value_above_label

_MISSING = {
    "unit.name": "单位名称",
    "budget.executed": "全年执行数",
    "stated_total": "综合得分",
    "stated_grade": "评价等级",
}


def extract(document: Document) -> tuple[Evaluation, list[str]]:
    """Every fact the document states, with provenance, and warnings for what is missing or conflicting."""
    outline = build_outline(document, is_section_title)
    template = template_note_lines(outline)  # the template's 填表说明: how to fill the form in, no fact of the unit
    template |= listed_project_lines(outline)  # several projects' results one item each: none is the document's
    own = without_lines(outline, template)
    facts = Facts()
    extract_labelled(own, facts)  # "单位名称：…" beats a title that may carry only the region
    extract_title(outline, facts)
    extract_signature(outline, facts)
    extract_sections(outline, facts)
    extract_unit_facts(own, facts)
    kept = extract_budget(own, facts)  # another year's or a part's figures: after every reader of this year's
    extract_money_runs(own, facts)
    extract_by_nature(own, facts)
    prose, mentions, covered = extract_prose_indicators(own, facts)
    prose.extend(run_on_scoring_row(own, facts))  # a viewer's scoring table run into one line: its first row
    column_block_weights(own, facts)  # "产出" / "指标" / "(60分)" down a column: the block's weight
    extract_totals(outline, facts, covered, template)  # the text's own statement first, tables after
    extract_grade_bands(outline, facts)
    extract_budget_notes(own, facts, covered)
    extract_project_goals(own, facts, covered)
    table_drafts: list[IndicatorDraft] = []
    not_understood: list[Table] = []
    notes: list[IndicatorDraft] = []
    previous: tuple[int, Table, list[IndicatorDraft]] | None = None
    closed = False  # an indicator table closed on its total row, its weights summed there
    form_line = ""  # the line over a run of tables one right after another: one form's parts, read as several tables
    other_years = other_year_tables(document, facts)  # last year's form appended: not this year's figures
    # a department told a section per sub-unit, each with its own budget table
    parts = part_sections(outline, facts.get("unit.name"))
    for index, laid in outline.tables:
        if index in other_years:
            continue
        table = upright(laid)  # an indicator table on its side (labels down its first column): upright
        table = without_project_results(table)  # a 汇总表 of the unit's projects: none of its rows is the unit's
        table = unstacked_levels(table)  # "二级指标" over "三级指标" in one column: two columns
        before = document.blocks[index - 1] if index > 0 else None
        form_line = before.text if isinstance(before, Paragraph) else form_line if isinstance(before, Table) else ""
        headed = level_headings(document, index)  # "（一）产出指标" / "1.数量指标" over one table per 二级
        before, goes_on = (headed[0], headed[1]) if headed else (before, continued(document, previous, index, table))
        caption = before.text if isinstance(before, Paragraph) else ""
        offered = facts.offers
        facts.muted = ("budget.",) if index in parts.tables else ()  # a sub-unit's own budget table: the part's
        drafts = extract_table_facts(without_cell_notes(table), caption, facts,
                                     before.location if isinstance(before, Paragraph) else "", goes_on, form_line)
        facts.muted = ()
        if closed and another_forms_table(table, drafts, facts):
            continue  # after a whole form closed on its total row, a table under its own header is another form's
        closed = closed or closed_form(table, drafts)
        previous = (index, table, drafts)
        table_drafts.extend(drafts)
        if not drafts:
            notes.extend(deviation_notes(table))
            notes.extend(goal_rows(table))  # a 绩效目标表 apart from the 自评表: levels and targets by name
        if not drafts and facts.offers == offered and table_has_form_words(table):
            not_understood.append(table)
    goals: list[IndicatorDraft] = []  # a 目标表's rows beside a 自评表 that states no indicator row (see below)
    if prose or any(not d.goal for d in table_drafts):  # a goal table's rows are the indicators only when nothing
        goals = [d for d in table_drafts if d.goal]  # else states them (a scored table, the text); then they
        table_drafts = [d for d in table_drafts if not d.goal]  # add their levels and targets by name
    unlabelled_total(outline, facts)  # only when no total was read
    value_above_label(document, facts)  # only when no unit was read: "某县教育局" over a lone "部门名称"
    letter_grade(outline, facts)  # "自评等级为B": only when no grade word was read
    goal_under_detached_header(document, facts)  # only when no goal was read: a header line left outside its table
    spending_label_line(own, facts)  # "基本支出总额 | 864.2万 | 项目支出总额 | 0 |" on a line no table took
    final_account_rows(own, facts)  # a 收入支出决算总表 in " |" lines no table took: income and spending items
    sourced = fund_source_columns([t for _, t in outline.tables], facts)  # 中央 | 省级 | … | 合计 over 全年预算数 …
    if not any(d.name == "预算执行率" for d in table_drafts):
        table_drafts.extend(sourced)  # (its 分值 | 得分 columns: the execution's weight and score)
    planned_fund_rows(own, facts)  # "其中:中央财政 | 其中:中央财政 |" then "市财政 | a | 市财政 | b |": fund rows
    source_money(outline, facts)  # only when no budget was read
    fused_total_row(outline, facts)  # likewise: a units table run together, its 合计 row the fund's
    allocation_rows(outline, facts)  # likewise
    run_on_amounts(own, facts)  # "计划投资额(万元)110.00…实际使用情况(万元)84.74" on one line: likewise
    planned_fund_rows_one_a_line(own, facts)  # "其中:" / "中央财政" / "50" / "其中:" / "中央财政" / "50" / …
    moved_money(own, facts)  # "全年预算数(A)180全年执行数(B)执行率(B/A)…" / "162.36万元" / "90.2%": likewise
    # sentences only (the execution's score told apart, or a table of block subtotals whose one indicator row is
    # 预算执行率, is no indicator list): the first fallback that finds any
    if all(d.name == "预算执行率" for d in [*table_drafts, *prose]):
        found = sentence_indicators(own, facts.get("project.name"))
        prose = [*prose, *(d for d in found if d.name not in {p.name for p in [*prose, *table_drafts]})]
    table_drafts.extend(target_only(goals, [*table_drafts, *prose], notes, facts.warnings))
    if not any(d.name == "预算执行率" for d in table_drafts):
        table_drafts.extend(execution_pairs(outline, facts.get("budget.stated_execution_rate")))
    if not any(d.name == "预算执行率" for d in [*table_drafts, *prose]):  # ".32.06.579.27107.93": the rate's cells
        table_drafts.extend(stripped_rate_row(outline, facts))
    metadata = with_publisher(document.metadata, outline)
    unit_from_publisher(metadata, facts)
    evaluated_project(own, facts)  # "对某某项目开展了自评": when no title or label named the project
    form_heading_year(own, facts)  # "2022年度项目支出绩效自评表" over a title's project name holding 2021
    no_whole_unit_project(facts)  # "项目名称: 某协会整体监控" on a whole-unit form names no project
    decide_kind(outline, facts)
    project_fund_phrases(own, facts)  # (a template note or a listed project's money is not the project's)
    budget_with_addition(outline, facts)
    budget_before_addition(outline, facts)  # "预算资金A万元,项目调剂增加B万元,…已支付D万元"
    unit_budget_prose(outline, facts)
    budget_by_kind(outline, facts)  # "部门预算总金额…其中:基本支出…,项目支出…"
    budget_in_and_out(outline, facts)  # "2023年度预算收入A万元,预算支出B万元": a whole unit's, guessed
    spent_after_received(outline, facts)  # "到位…万元，支出…万元", only when no 执行数 was read
    spending_control(outline, facts)  # a 基础数据表's 经费控制情况 block, when no spending total was read
    budget_from_words(own, facts)  # 收入预算 / 支出预算 / 财政拨款预算, only when no 年初预算 was read
    initial_zero(own, facts)  # "该项目年初预算为0": likewise
    budget_at_rate(own, facts)  # a several-year project's first allocation: the rate's own line gives the year's
    put_kept_aside(own, facts, kept)
    unit_slips(facts)  # "全年预算数2089元" beside "执行数2089万元": the 元 a slip
    implementing_as_unit(facts)  # with no unit named, the implementing unit when it names one body
    # merging matches names pairwise: a document naming thousands (a report pasted over and over) is refused first
    named, cap = len(prose) + len(table_drafts), 2 * limits.current().indicators
    if named > cap:
        raise limits.LimitError(document.source, "indicators", named, limit=cap, name="正文和表格中的指标")
    indicators = merge_indicators(prose, table_drafts, facts.warnings, [*mentions, *notes])
    fraction_weights(indicators, facts)  # 权重(%) 0.1 = 10 分
    rate_as_actual(indicators, facts)  # "预算执行率：分值10分，得分9.77分" after "执行率97.69%"
    block_weights_in_prose(own, indicators, facts)  # "由决策（20分）、过程（20分）、绩效（60分）三部分构成"
    block_weight_left_over(own, indicators, facts)  # "满意度指标(10分)…" left over where a page cut the form
    reverse_named(own, indicators)
    level1_from_level2(outline, indicators)  # a 二级 under a 一级 cell left blank: its template's block, a guess
    if not facts.has("unit.name") and facts.get("kind", "整体支出") == "整体支出" and not facts.has("project.name") \
            and facts.has("unit.supervising_department") \
            and not OVER_THE_UNIT.search(facts.refs["unit.supervising_department"].text):  # (系某局直属…单位: over it)
        department = facts.get("unit.supervising_department")
        facts.put("unit.name", department, ref(facts.refs["unit.supervising_department"].location, department,
                                                guessed=True))
        facts.drop("unit.supervising_department")
    unit_in_its_section(outline, facts)  # "(一)项目单位基本情况" over "项目主管部门为某某站": likewise
    unit_from_opening_subject(own, facts)  # "2019年某县某某中心向…", the text saying 我中心: before a publisher
    unit_from_setup(own, facts)  # "某某街道办事处内设10个办公室": only when nothing else named the unit
    unit_from_self_reference(own, facts)  # "某学院是…" / the name alone, the text saying 我院: likewise
    unit_from_counted_projects(own, facts)  # "(一)某某管理处2022年度共有5个项目", the text saying 我处: likewise
    unit_from_duties(own, facts)  # "(一)单位职能:某某委员会(以下简称…)的主要职能:…": likewise
    unit_from_source(metadata, own, facts)  # "来源:某市某局", the text saying 我局: likewise
    unit_from_evaluation(own, facts)  # "受…委托…对某镇人民政府某年…进行绩效评价" / "某部…对某资金进行了自评": likewise
    unit_from_budget_holder(own, facts)  # "…项目系列入某某办公厅部门预算项目": likewise
    unit_from_attached_report(own, facts)  # "本部门…《某局2020年部门整体支出绩效评价报告》见附件": likewise
    unit_from_untitled_opening(own, facts)  # "某州某局认真贯彻…。某州某局开展…", no title read: likewise
    strip_codes(facts)
    no_generic_names(facts)
    unit_without_project(facts)
    unit_before_project(facts)
    unit_under_its_department(facts)  # "某市公安局看守所" over 实施单位 "某市看守所", 主管部门 "公安局"
    unit_from_cover_signature(outline, facts)  # "…自评报告某省某局二〇二二年三月", a cover run into one line
    unit_from_publisher(metadata, facts)  # a title that named the project, not the unit: the publisher
    facts_from_running_head(metadata, facts)  # a page header's year and unit, when nothing else named them
    unit_from_evaluation(own, facts)  # likewise, no publisher: "某部…对某资金进行了自评", who evaluated its own money
    project_from_form_title(outline, facts)
    year_led_project(outline, facts)
    implementing_from_filer(facts)
    full_names(outline, facts)  # "…县农技中心具体组织实施" after "某某中心（以下简称“县农技中心”）"
    derive_region(facts)
    other_year_figures(own, facts)  # "2023年预算执行率为85%" read before the year was known
    spent_in_full(outline, facts)  # "…资金28.6万元…。…全部支出": once every budget figure is read
    return _build(document, facts, indicators, reading_notes(document, not_understood, facts.blank))




def _implied_score(draft: IndicatorDraft) -> None:
    """"扣2分" / "不扣分" with a weight implies the score; it is recorded as a guess."""
    weight, deduction = draft.fields.get("weight"), draft.fields.get("stated_deduction")
    if "stated_score" in draft.fields or weight is None or deduction is None:
        return
    score = max(Decimal(0), Decimal(weight) - Decimal(deduction))
    draft.fields["stated_score"] = score
    draft.refs["stated_score"] = ref(draft.refs["stated_deduction"].location,
                                     f"分值 {weight} − 扣分 {deduction} = {score}", guessed=True)


def _nest(values: dict[str, Any]) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for path, value in values.items():
        parts = path.split(".")
        target = data
        for part in parts[:-1]:
            target = target.setdefault(part, {})
        target[parts[-1]] = value
    return data


def _unit_facts(facts: Facts) -> bool:
    """Whether the text states a unit's own facts (its duties, bodies, staff, budget), a name aside: the opening
    of a whole-unit report cut before its year is still read, never refused."""
    return any(path.startswith(("unit.", "budget.")) and path != "unit.name" for path in facts.values)


def _build(document: Document, facts: Facts, indicators: list[IndicatorDraft],
           notes: ReadingNotes) -> tuple[Evaluation, list[str]]:
    warnings = list(document.warnings) + list(facts.warnings)
    if not facts.has("year") and not notes.looks_like_report and not indicators:
        if not _unit_facts(facts):  # a file of another kind (a note, a letter): nothing a self-evaluation holds
            raise InputError(f"{document.source}：看不出是绩效自评报告（没有评价年度，也没有自评表或自评报告的用语）")
        warnings.append("看不出是绩效自评报告（没有评价年度，也没有自评表或自评报告的用语），只写出读到的单位情况，请人工核对")
    if not facts.has("year"):
        warnings.append("找不到评价年度（标题或正文中应有“20XX年度”），请人工补充")
    data = _nest(facts.values)
    data["indicators"] = [d.fields for d in indicators]
    provenance = {path: source for path, source in facts.refs.items()}
    for i, draft in enumerate(indicators):
        _implied_score(draft)
        draft.fields.setdefault("weight", None)  # a 得分-only form states none: None, never invented
        for name, source in draft.refs.items():
            provenance[f"indicators[{i}].{name}"] = source
        if "stated_score" not in draft.fields and "stated_deduction" not in draft.fields:
            warnings.append(f"指标“{draft.name}”：找不到得分")
    for path, label in _MISSING.items():
        if not facts.has(path) and not (path == "stated_grade" and facts.has("stated_grade_text")):
            warnings.append(f"找不到{label}")
    if not indicators:
        warnings.append("找不到绩效指标")
    if data.get("project", {}).get("name") and data.get("kind") != "项目支出" \
            and getattr(facts.refs.get("kind"), "guessed", False) is not False:
        data["kind"] = "项目支出"  # a 项目名称 outweighs a kind read from weak signals, not the title's own word
    if transcribed(document):  # "图片识别，个别文字可能不准确": every figure may be misread
        provenance = {path: source.model_copy(update={"guessed": True}) for path, source in provenance.items()}
    elif figures_read_once(document.warnings):  # a text layer printing each figure twice: each figure a guess
        read = {f"indicators[{i}].{name}": value for i, draft in enumerate(indicators)
                for name, value in draft.fields.items()}
        provenance = guess_doubled(provenance, {**facts.values, **read})
    # "1.460.00" rewritten from a text, or as a Word, PDF or HTML file's cell holds it; "42.380万元"
    doubted = document.doubted or dotted_figures([t for b in document.blocks for t in (
        [b.text] if isinstance(b, Paragraph) else [c for row in b.rows for c in row])])
    data["provenance"] = doubt_figures(doubted, provenance)
    data["reading"] = notes
    data["alternatives"] = facts.alternatives
    try:
        evaluation = Evaluation.model_validate(data)
    except ValidationError as err:
        raise InputError(f"{document.source}：读出的内容不合规（{describe_validation_error(err)}）") from None
    return evaluation, warnings
