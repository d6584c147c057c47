"""Layer 2: format-independent extraction of an :class:`~jixiao.model.Evaluation` from a
:class:`~jixiao.readers.document.Document`. One module per concern: title, sections, unit facts,
budget, prose indicators, table indicators, totals; :func:`extract` runs them in order."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from pydantic import ValidationError

from jixiao import limits
from jixiao.errors import InputError
from jixiao.model import Evaluation, ReadingNotes
from jixiao.modelio import describe_validation_error
from jixiao.readers.document import Document, Paragraph, Table
from jixiao.readers.extract.allocation_rows import allocation_rows
from jixiao.readers.extract.block_weights_prose import block_weights_in_prose
from jixiao.readers.extract.budget import extract_budget
from jixiao.readers.extract.budget_notes import extract_budget_notes
from jixiao.readers.extract.budget_words import budget_from_words
from jixiao.readers.extract.by_nature import extract_by_nature
from jixiao.readers.extract.cell_notes import without_cell_notes
from jixiao.readers.extract.column_block_weights import column_block_weights
from jixiao.readers.extract.continued_tables import continued
from jixiao.readers.extract.coverage import reading_notes, table_has_form_words
from jixiao.readers.extract.deviation_tables import deviation_notes
from jixiao.readers.extract.facts import Facts, IndicatorDraft, ref
from jixiao.readers.extract.goal_tables import goal_rows
from jixiao.readers.extract.grade_bands import extract_grade_bands
from jixiao.readers.extract.indicators_prose import extract_prose_indicators
from jixiao.readers.extract.kind import decide_kind
from jixiao.readers.extract.merge import merge_indicators
from jixiao.readers.extract.money_pairs import execution_pairs
from jixiao.readers.extract.money_runs import extract_money_runs
from jixiao.readers.extract.name_ends import names_a_body, names_a_body_or_section
from jixiao.readers.extract.outline import build_outline
from jixiao.readers.extract.page_meta import page_metadata
from jixiao.readers.extract.project_funds import project_fund_phrases
from jixiao.readers.extract.project_goals import extract_project_goals
from jixiao.readers.extract.project_names import evaluated_project, project_from_form_title, year_led_project
from jixiao.readers.extract.prose_value_pairs import value_pair_indicators
from jixiao.readers.extract.reverse_named import reverse_named
from jixiao.readers.extract.run_on_amounts import run_on_amounts
from jixiao.readers.extract.run_on_scoring import run_on_scoring_row
from jixiao.readers.extract.section_keys import is_section_title
from jixiao.readers.extract.sections import extract_sections
from jixiao.readers.extract.source_money import source_money
from jixiao.readers.extract.spending_control import spending_control
from jixiao.readers.extract.tables import extract_table_facts
from jixiao.readers.extract.template_notes import template_note_lines, without_lines
from jixiao.readers.extract.text_labels import extract_labelled
from jixiao.readers.extract.title import derive_region, extract_signature, extract_title
from jixiao.readers.extract.totals import extract_totals
from jixiao.readers.extract.transcribed import transcribed
from jixiao.readers.extract.unit_budget_prose import budget_with_addition, unit_budget_prose
from jixiao.readers.extract.unit_facts import extract_unit_facts
from jixiao.readers.extract.unit_subject import unit_from_self_reference, unit_from_setup
from jixiao.readers.extract.unlabelled_total import unlabelled_total
from jixiao.readers.textnorm import compact

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
    own = without_lines(outline, template)
    facts = Facts()
    extract_labelled(own, facts)  # "单位名称：…" beats a title that may carry only the region
    extract_title(outline, facts)
    extract_signature(outline, facts)
    extract_sections(outline, facts)
    extract_unit_facts(own, facts)
    extract_budget(own, facts)
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
    for index, table in outline.tables:
        before = document.blocks[index - 1] if index > 0 else None
        caption = before.text if isinstance(before, Paragraph) else ""
        offered = facts.offers
        drafts = extract_table_facts(without_cell_notes(table), caption, facts,
                                     before.location if isinstance(before, Paragraph) else "",
                                     continued(document, previous, index, table))
        previous = (index, table, drafts)
        table_drafts.extend(drafts)
        if not drafts:
            notes.extend(deviation_notes(table))
            notes.extend(goal_rows(table))  # a 绩效目标表 apart from the 自评表: levels and targets by name
        if not drafts and facts.offers == offered and table_has_form_words(table):
            not_understood.append(table)
    unlabelled_total(outline, facts)  # only when no total was read
    source_money(outline, facts)  # only when no budget was read
    allocation_rows(outline, facts)  # likewise
    run_on_amounts(own, facts)  # "计划投资额(万元)110.00…实际使用情况(万元)84.74" on one line: likewise
    if not prose and not table_drafts:  # "…人均补助标准指标值800元/人,全年实际完成值800元/人": sentences only
        prose = value_pair_indicators(own, facts.get("project.name"))
    if not any(d.name == "预算执行率" for d in table_drafts):
        table_drafts.extend(execution_pairs(outline, facts.get("budget.stated_execution_rate")))
    metadata = document.metadata or page_metadata(outline)
    _unit_from_publisher(metadata, facts)
    evaluated_project(own, facts)  # "对某某项目开展了自评": when no title or label named the project
    decide_kind(outline, facts)
    project_fund_phrases(outline, facts)
    budget_with_addition(outline, facts)
    unit_budget_prose(outline, facts)
    spending_control(outline, facts)  # a 基础数据表's 经费控制情况 block, when no spending total was read
    budget_from_words(own, facts)  # 收入预算 / 支出预算 / 财政拨款预算, only when no 年初预算 was read
    if not facts.has("unit.name") and facts.has("project.implementing_unit"):
        implementing = facts.get("project.implementing_unit")
        facts.put("unit.name", implementing, ref(facts.refs["project.implementing_unit"].location, implementing,
                                                  guessed=True))
    # merging matches names pairwise: a document naming thousands (a report pasted over and over) is refused first
    named, cap = len(prose) + len(table_drafts), 2 * limits.current().indicators
    if named > cap:
        raise limits.LimitError(document.source, "indicators", named, limit=cap, name="正文和表格中的指标")
    indicators = merge_indicators(prose, table_drafts, facts.warnings, [*mentions, *notes])
    block_weights_in_prose(own, indicators, facts)  # "由决策（20分）、过程（20分）、绩效（60分）三部分构成"
    reverse_named(own, indicators)
    if not facts.has("unit.name") and facts.get("kind", "整体支出") == "整体支出" and not facts.has("project.name") \
            and facts.has("unit.supervising_department"):
        department = facts.get("unit.supervising_department")
        facts.put("unit.name", department, ref(facts.refs["unit.supervising_department"].location, department,
                                                guessed=True))
        facts.drop("unit.supervising_department")
    unit_from_setup(own, facts)  # "某某街道办事处内设10个办公室": only when nothing else named the unit
    unit_from_self_reference(own, facts)  # "某学院是…" / the name alone, the text saying 我院: likewise
    _strip_codes(facts)
    _no_generic_names(facts)
    _unit_without_project(facts)
    _unit_before_project(facts)
    _unit_from_publisher(metadata, facts)  # a title that named the project, not the unit: the publisher
    project_from_form_title(outline, facts)
    year_led_project(outline, facts)
    _implementing_from_filer(facts)
    derive_region(facts)
    return _build(document, facts, indicators, reading_notes(document, not_understood, facts.blank))


# the whole words a unit's name ends on where a project's name follows it ("某县教育局某某项目"), longest first: the
# lazy cut takes the first that fits, so these stay words (委员会 before 委); name_ends' characters alone would cut
# inside a project's words (场 of 市场, 园 of 园区)
_ORG_END = (r"委员会|人民政府|政府|办事处|管理局|局|中心|医院|卫生院|学校|中学|小学|大学|学院|幼儿园|研究院|院|所|站"
            r"|馆|队"
            r"|办公室|公司|社|厂|委|协会|联合会")
_PROJECT_END = r"项目|工程|专项|资金|经费|补助|计划|行动|转移支付"
_UNIT_THEN_PROJECT = re.compile(rf"^(.{{2,40}}?(?:{_ORG_END}))([^的].{{1,40}}?(?:{_PROJECT_END}))$")
# "某乡某家园垃圾转运站提升改造项目": works done on a facility (站 / 馆 / 所 …), the whole one project, no unit
# "健全…" / "推进…": a name that opens on what is to be done is a policy task's, never a body's
_POLICY_LEAD = re.compile(r"(?:健全|加强|推进|推动|完善|促进|深化|巩固|建立|支持|实施|开展)")
_WORKS_ON = re.compile(r"(?:提升|改造|新建|扩建|改建|建设|维修|修缮|加固|整治|提质|升级|改扩建)")


# "219001-", "51000021R000000019951-", "[231]" (a 主管部门及代码 cell), "【一般】" (a project's category tag)
_CODE = re.compile(r"^\s*(?:[0-9A-Za-z]{3,}\s*[-－—_]|[\[［【]\s*[0-9A-Za-z]{2,}\s*[\]］】]|【[\u4e00-\u9fff]{1,4}】)"
                   r"\s*(?=\S)")
_FORM_SUFFIX = re.compile(r"(?<=[\u4e00-\u9fff])(?:项目)?(?:支出)?绩效(?:自评|评价)(?:表|报告)$")
_NAMES = ("unit.name", "unit.supervising_department", "project.implementing_unit", "project.name")


def _strip_codes(facts: Facts) -> None:
    """A budget system prints its codes and tags before names ("219001-某镇人民政府", "[231]某镇人民政府",
    "【一般】某项目"): the name is what follows."""
    for path in _NAMES:
        value = facts.get(path)
        if isinstance(value, str) and _CODE.match(value):
            value = _CODE.sub("", value)
            facts.replace(path, value, facts.refs[path])
        if path == "project.name" and isinstance(value, str) and _FORM_SUFFIX.search(value):
            # "…补助经费支出绩效自评表" in a 项目名称 cell
            facts.replace(path, _FORM_SUFFIX.sub("", value), facts.refs[path])


# "工程项目绩效评价报告" (a content site's heading): a kind of project, no project's or unit's name
_GENERIC_NAME = re.compile(r"(?:工程|建设|专项)?(?:项目|资金|经费)|工程")


# "某市某新区财政支出项目" (a title "…财政支出项目绩效评价自评报告"), or the form's name alone: a place and a kind
# of form, no unit's name
_PLACE_AND_FORM = re.compile(r"(?:[\u4e00-\u9fff]{1,8}?(?:省|自治区|市|州|盟|县|区|旗)){0,3}财政支出项目")


def _no_generic_names(facts: Facts) -> None:
    for path in ("project.name", "unit.name"):
        value = facts.get(path)
        if isinstance(value, str) and (_GENERIC_NAME.fullmatch(value.strip())
                                       or (path == "unit.name" and _PLACE_AND_FORM.fullmatch(value.strip()))):
            facts.drop(path)
    implementing = facts.get("project.implementing_unit")
    if not facts.has("unit.name") and isinstance(implementing, str):
        facts.put("unit.name", implementing, ref(facts.refs["project.implementing_unit"].location, implementing,
                                                  guessed=True))


def _unit_without_project(facts: Facts) -> None:
    """A project title line "XX中学基本公共卫生服务项目" holds the unit and the project name."""
    unit, project = facts.get("unit.name"), facts.get("project.name")
    implementing = facts.get("project.implementing_unit")
    if not isinstance(unit, str):
        return
    # "2023年度老旧小区改造项目绩效自评表": no unit in it; "某某县级配套绩效自评表.xlsx" over 项目名称
    # "某某县级配套资金": the title cut the project's name short, no body's name
    # ("某某工程项目项目绩效评价报告" over 项目名称 "某某 工程": the title's head is the project's name, no body's)
    if "unit.name" in facts.weak and (unit == project or (
            isinstance(project, str) and (project.startswith(unit) or compact(unit).startswith(compact(project)))
            and not names_a_body(unit))):
        facts.drop("unit.name")
        if isinstance(implementing, str) and not _SELF.fullmatch(implementing):  # "本单位" names no one
            facts.put("unit.name", implementing, ref(facts.refs["project.implementing_unit"].location, implementing,
                                                      guessed=True))
        return
    if isinstance(project, str) and unit.endswith(project) and len(unit) > len(project) + 1:
        facts.replace("unit.name", unit[: -len(project)], facts.refs["unit.name"])
        return
    if isinstance(implementing, str) and unit.startswith(implementing) and len(unit) > len(implementing) + 1:
        rest = unit[len(implementing):]
        if re.search(rf"(?:{_PROJECT_END})$", rest):
            facts.replace("unit.name", implementing, facts.refs["unit.name"])  # the title's head, cut where it names
            facts.put("project.name", rest, ref(facts.refs["unit.name"].location, unit, guessed=True))
        return
    if facts.get("kind") == "项目支出" and not isinstance(project, str):
        split = _UNIT_THEN_PROJECT.match(unit)
        if split and _POLICY_LEAD.match(unit) and facts.refs["unit.name"].location == facts.refs.get(
                "title", _NO_REF).location:
            _title_is_project(facts, unit, implementing)  # "健全现代医院管理制度项目": a task, no body's name
        elif split and not _WORKS_ON.match(split.group(2)):
            facts.replace("unit.name", split.group(1), facts.refs["unit.name"])
            facts.put("project.name", split.group(2), ref(facts.refs["unit.name"].location, unit, guessed=True))
        elif _PROJECT_ONLY.search(unit) and facts.refs["unit.name"].location == facts.refs.get(
                "title", _NO_REF).location:
            _title_is_project(facts, unit, implementing)
        else:
            _project_from_replaced_title(facts, unit)


def _project_from_replaced_title(facts: Facts, unit: str) -> None:
    """"基层文化服务专项资金绩效自评报告" signed "某区文化局" at the end: the signature gave the unit in
    place of the name cut from the title, which names the project (after the unit, when it starts so)."""
    title = facts.refs.get("title", _NO_REF).location
    for reading in facts.alternatives.get("unit.name", []):
        named = reading.value
        if reading.source.location != title or not title:
            continue
        rest = named[len(unit):] if named.startswith(unit) else named
        split = _UNIT_THEN_PROJECT.match(rest)
        project = split.group(2) if split else rest if _PROJECT_ONLY.search(rest) else None
        if project:
            facts.put("project.name", project, ref(reading.source.location, reading.source.text,
                                                   guessed=project != named))
        return


_PROJECT_ONLY = re.compile(rf"(?:{_PROJECT_END})$")
_NO_REF = ref("", "")


def _title_is_project(facts: Facts, name: str, implementing: object) -> None:
    """"义务教育薄弱环节改善项目2024年度绩效自评报告": the title names the project, not a unit; the
    unit is the implementing unit when one is stated (a marked guess)."""
    source = facts.drop("unit.name")
    if source is not None:
        facts.put("project.name", name, source)
    if isinstance(implementing, str):
        facts.put("unit.name", implementing, ref(facts.refs["project.implementing_unit"].location, implementing,
                                                  guessed=True))


def _unit_from_publisher(metadata: dict[str, str], facts: Facts) -> None:
    """A web page's 发文单位 / 发布机构 is the publishing unit: it completes a name cut from the title
    ("北港镇" → "徐闻县北港镇人民政府") and stands in, as a guess, when no unit is named at all (a
    finance bureau may publish for others, so it never overrides a name the report gives)."""
    publisher = next((metadata[k].strip() for k in ("发文单位", "发布机构", "发布单位") if metadata.get(k)), "")
    if not 4 <= len(publisher) <= 40:
        return
    unit = facts.get("unit.name")
    source = ref("网页信息", publisher)
    if unit is None:
        facts.put("unit.name", publisher, ref("网页信息", publisher, guessed=True))
    elif "unit.name" in facts.weak and isinstance(unit, str) and unit != publisher and unit in publisher:
        facts.put("unit.name", publisher, source)
    elif "unit.name" in facts.weak and isinstance(unit, str) and _bodiless_in_publishers_place(unit, publisher):
        facts.put("unit.name", publisher, ref("网页信息", publisher, guessed=True))


_PLACE = re.compile(r"[\u4e00-\u9fff]{1,8}?[省市州县区旗]")


def _bodiless_in_publishers_place(unit: str, publisher: str) -> bool:
    """"某市国家文物保护2020年度专项资金绩效自评报告" published by 某市文化和旅游局: the name cut from the title
    is a fund's, naming no body (no 局/委/中心…), in the place of a publisher that is one."""
    place = _PLACE.match(unit)
    return place is not None and publisher.startswith(place.group(0)) and not _BODY_WORDS.search(unit) \
        and not names_a_body_or_section(unit) and _BODY_WORDS.search(publisher[place.end():]) is not None


_SHORT_NAME = re.compile(r"^[区县市镇乡旗][\u4e00-\u9fff]{3,}")  # "区人力资源和社会保障局": the body, its level first
_REGION_ONLY = re.compile(r"[\u4e00-\u9fff]{2,12}?")  # "安顺市西秀": a place before it, no other body
_BODY_WORDS = re.compile(r"政府|局|委|院|中心|办|所|站|队|部")


def _unit_before_project(facts: Facts) -> None:
    """A title "某市统计局某州财行(2021)8号 某调查专项经费项目支出绩效自评表" read as a unit that runs on into the
    project's name: when the form names the unit (主管部门 / 实施单位) at the head of it and the rest opens the
    project's name, the unit is that name."""
    unit, project = facts.get("unit.name"), facts.get("project.name")
    if not isinstance(unit, str) or not isinstance(project, str):
        return
    for path in ("unit.supervising_department", "project.implementing_unit"):
        name = facts.get(path)
        if isinstance(name, str) and len(name) >= 4 and unit.startswith(name) and unit != name \
                and project.startswith(unit[len(name):].strip()):
            facts.replace("unit.name", name, facts.refs["unit.name"])  # the title's head, cut where the form names it
            return


_SELF = re.compile(r"本单位|本部门|本级|同上|我单位")


def _implementing_from_filer(facts: Facts) -> None:
    """A project report filed by a unit ("填报单位：Y", or a title "Y专项资金绩效自评报告") that names no
    other implementing unit: Y implements the project (a guess, marked as such); never the supervising
    department."""
    unit, implementing = facts.get("unit.name"), facts.get("project.implementing_unit")
    if isinstance(implementing, str) and _SELF.fullmatch(implementing):  # 项目实施单位 "本单位": the form's 单位名称
        if isinstance(unit, str) and not _SELF.fullmatch(unit):
            facts.replace("project.implementing_unit", unit, facts.refs["unit.name"])  # the name 本单位 stands for
            implementing = unit
        else:
            facts.drop("project.implementing_unit")
            implementing = None
    # (only a sentence's "由区某局实施": a 项目实施单位 cell or label that writes "区某局" is kept as written)
    said = isinstance(implementing, str) and "由" in facts.refs["project.implementing_unit"].text
    if isinstance(unit, str) and isinstance(implementing, str) and _SHORT_NAME.match(implementing) and said \
            and unit.endswith(implementing) and _REGION_ONLY.fullmatch(place := unit[: -len(implementing)]) \
            and not _BODY_WORDS.search(place):
        facts.replace("project.implementing_unit", unit, facts.refs["unit.name"])  # "由区人社局组织实施": the full name
        return
    if (facts.get("kind") != "项目支出" or facts.has("project.implementing_unit") or not isinstance(unit, str)
            or unit == facts.get("unit.supervising_department")):
        return
    source, title = facts.refs["unit.name"], facts.refs.get("title")
    if re.match(r"^(填报单位|项目单位|实施单位|申报单位)", source.text) or (
            title is not None and title.text.startswith(unit) and "专项" in title.text):
        facts.put("project.implementing_unit", unit, ref(source.location, source.text, guessed=True))


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


def _build(document: Document, facts: Facts, indicators: list[IndicatorDraft],
           notes: ReadingNotes) -> tuple[Evaluation, list[str]]:
    warnings = list(document.warnings) + list(facts.warnings)
    if not facts.has("year") and not notes.looks_like_report and not indicators:
        raise InputError(f"{document.source}：看不出是绩效自评报告（没有评价年度，也没有自评表或自评报告的用语）")
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
        if not facts.has(path):
            warnings.append(f"找不到{label}")
    if not indicators:
        warnings.append("找不到绩效指标")
    if data.get("project", {}).get("name") and data.get("kind") != "项目支出" \
            and facts.refs.get("kind", _NO_REF).guessed is not False:
        data["kind"] = "项目支出"  # a 项目名称 outweighs a kind read from weak signals, not the title's own word
    if transcribed(document):  # "图片识别，个别文字可能不准确": every figure may be misread
        provenance = {path: source.model_copy(update={"guessed": True}) for path, source in provenance.items()}
    data["provenance"] = provenance
    data["reading"] = notes
    data["alternatives"] = facts.alternatives
    try:
        evaluation = Evaluation.model_validate(data)
    except ValidationError as err:
        raise InputError(f"{document.source}：读出的内容不合规（{describe_validation_error(err)}）") from None
    return evaluation, warnings
