"""The unit's and the project's names tidied once everything is read: codes and generic words taken off, a unit
and a project run together cut apart, a unit named by the publisher or the filer when the title named the project."""

from __future__ import annotations

import re

from jixiao.lexicon import pattern
from jixiao.readers.extract.facts import Facts, ref
from jixiao.readers.extract.fund_names import fund_named
from jixiao.readers.extract.name_ends import names_a_body, names_a_body_or_section
from jixiao.readers.extract.page_meta import RESPONSIBLE, source_body
from jixiao.readers.textnorm import compact

# the whole words a unit's name ends on where a project's name follows it ("某县教育局某某项目"), longest first: the
# lazy cut takes the first that fits, so these stay words (委员会 before 委); name_ends' characters alone would cut
# inside a project's words (场 of 市场, 园 of 园区)
_ORG_END = (r"委员会|人民政府|政府|办事处|管理局|局|中心|医院|卫生院|学校|中学|小学|大学|学院|幼儿园|研究院|院|所|站"
            r"|馆|队"
            r"|办公室|公司|社|厂|委|协会|联合会")
_PROJECT_END = r"项目|工程|专项|资金|经费|补助|计划|行动|转移支付"
# "某市民政局关于某某资金项目": a letter's title, the 关于 between its author and the project is neither's
# "某区某某中心小学2021项目资金": 中心 followed by a school's or a hospital's word is inside its name (中心小学,
# 中心卫生院), no cut; after another body's word (局, 委员会) the school or hospital is the project's ("某县教育局小学
# 校舍维修项目")
_ORG_END_INSIDE = r"(?!(?<=中心)(?:小学|中学|学校|卫生院|医院|幼儿园))"
_UNIT_THEN_PROJECT = re.compile(rf"^(.{{2,40}}?(?:{_ORG_END}){_ORG_END_INSIDE})(?:{pattern('letter_opening').pattern})?"
                                rf"([^的].{{1,40}}?(?:{_PROJECT_END}))$")
# "某乡某家园垃圾转运站提升改造项目": works done on a facility (站 / 馆 / 所 …), the whole one project, no unit
# "健全…" / "推进…": a name that opens on what is to be done is a policy task's, never a body's
_POLICY_LEAD = pattern("project_name_openings.policy")
_WORKS_ON = pattern("project_name_openings.works")
_RECIPIENTS = pattern("project_name_openings.recipients")


# "219001-", "51000021R000000019951-", "[231]" (a 主管部门及代码 cell), "【一般】" (a project's category tag)
_CODE = re.compile(r"^\s*(?:[0-9A-Za-z]{3,}\s*[-－—_]|[\[［【]\s*[0-9A-Za-z]{2,}\s*[\]］】]|【[\u4e00-\u9fff]{1,4}】)"
                   r"\s*(?=\S)")
_FORM_SUFFIX = re.compile(r"(?<=[\u4e00-\u9fff])(?:项目)?(?:支出)?绩效(?:自评|评价)(?:表|报告)$")
_BARS = re.compile(r"^[\s|]*\|\s*|\s*\|[\s|]*$")  # a cell bar at either end of a value
_NAMES = ("unit.name", "unit.supervising_department", "project.implementing_unit", "project.name")
# "某县某局2019年某某保种经费的绩效自评报告": the title's 的 before its report words is no part of the fund's name
_TRAILING_OF = re.compile(r"(?<=经费|资金|项目|工程|补助|补贴|专项)的$")
# "2017年度“ 某某工作 ”项目绩效评价报告": a title's project named in quotes, 项目 after them the kind of thing it is
_QUOTED_WHOLE = re.compile(r"^[“\"]\s*([^“”\"]{2,40}?)\s*[”\"]\s*(?:项目)?$")
# "预算单位:某区某局局": a body's one-character ending typed twice
_DOUBLED_END = re.compile(r"(?<=[\u4e00-\u9fff]{2})(局|厅)\1$")


def unit_then_project(name: str) -> tuple[str, str] | None:
    """"某县某中心某某专项经费": a body's name run on into its project's (the body ending on its kind, the project on
    its own word, no works on a facility after the body) as (the body, the project); None when the name is not so."""
    split = _UNIT_THEN_PROJECT.match(name)
    if split is None or _WORKS_ON.match(split.group(2)) or not one_body(split.group(1)):
        return None
    return split.group(1), _own_name(split.group(2))


# a year written without 年 before a name ("2020某某普查经费项目")
_BARE_YEAR = re.compile(r"^(?:19|20)\d{2}(?=[\u4e00-\u9fff])")


def _own_name(project: str) -> str:
    """The project's name after a body's, without a year written with no 年 ("2020某某普查经费项目") and without the
    kind of money after a fund's name ("某局某某补助资金转移支付": the fund, as fund_named reads a title's head); the
    body's name said again short before it stays (the report names its project so: test_real_probe16_shapes)."""
    return fund_named(_BARE_YEAR.sub("", project))


def strip_codes(facts: Facts) -> None:
    """A budget system prints its codes and tags before names ("219001-某镇人民政府", "[231]某镇人民政府",
    "【一般】某项目"): the name is what follows; a body's ending typed twice ("某局局") is once. A web-copied
    row's cell bars around a label's value ("主管部门: | 705-某协会 |") are no part of it either, nor a project name's
    quotes ("“某某工作”项目": 某某工作)."""
    for path in _NAMES:
        value = facts.get(path)
        if isinstance(value, str) and _BARS.search(value) and (bare := _BARS.sub("", value)):
            facts.replace(path, value := bare, facts.refs[path])
        if isinstance(value, str) and _CODE.match(value):
            value = _CODE.sub("", value)
            facts.replace(path, value, facts.refs[path])
        if path != "project.name" and isinstance(value, str) and _DOUBLED_END.search(value):
            facts.replace(path, value := value[:-1], facts.refs[path])
        if path == "project.name" and isinstance(value, str) and _FORM_SUFFIX.search(value):
            # "…补助经费支出绩效自评表" in a 项目名称 cell
            facts.replace(path, value := _FORM_SUFFIX.sub("", value), facts.refs[path])
        if path == "project.name" and isinstance(value, str) and _TRAILING_OF.search(value):
            facts.replace(path, value := _TRAILING_OF.sub("", value), facts.refs[path])
        if path == "project.name" and isinstance(value, str) and (quoted := _QUOTED_WHOLE.match(value)):
            facts.replace(path, quoted.group(1), facts.refs[path])


# "某市某新区财政支出项目" (a title "…财政支出项目绩效评价自评报告"), or the form's name alone: a place and a kind
# of form, no unit's name
_PLACE_AND_FORM = re.compile(r"(?:[\u4e00-\u9fff]{1,8}?(?:省|自治区|市|州|盟|县|区|旗)){0,3}财政支出项目")


def generic_name(value: object) -> bool:
    """"建设项目" / "专项资金" / "3个项目" / "市直预算项目" / "残联项目": a title's words that name no project
    (lexicon ``generic_project_names``)."""
    return isinstance(value, str) and pattern("generic_project_names").fullmatch(value.strip()) is not None


def no_whole_unit_project(facts: Facts) -> None:
    """"项目名称: 某协会整体监控" on a whole-unit form: the unit's whole spending, no project (lexicon
    ``whole_unit_spending``), so the form's own word decides the kind."""
    project = facts.get("project.name")
    if isinstance(project, str) and pattern("whole_unit_spending").search(project.strip()):
        facts.drop("project.name")


def no_generic_names(facts: Facts) -> None:
    for path in ("project.name", "unit.name"):
        value = facts.get(path)
        if isinstance(value, str) and (generic_name(value)
                                       or (path == "unit.name" and _PLACE_AND_FORM.fullmatch(value.strip()))):
            facts.drop(path)
    implementing_as_unit(facts)


def implementing_as_unit(facts: Facts) -> None:
    """With no unit named, the project's implementing unit when it names one body (guessed); so too when only the
    site's publisher stands in, a guess ("发布机构 某县某乡" over "项目实施单位:某乡人民政府"): the report's own label
    names the body evaluated, the page's furniture only who put it online."""
    implementing = facts.get("project.implementing_unit")
    if not isinstance(implementing, str) or not one_body(implementing):
        return
    source = ref(facts.refs["project.implementing_unit"].location, implementing, guessed=True)
    if not facts.has("unit.name"):
        facts.put("unit.name", implementing, source)
        return
    standing = facts.refs["unit.name"]
    if standing.location == "网页信息" and standing.guessed and names_a_body(implementing) \
            and facts.get("unit.name") != implementing:
        facts.replace("unit.name", implementing, source)


def unit_without_project(facts: Facts) -> None:
    """A project title line "XX中学基本公共卫生服务项目" holds the unit and the project name."""
    unit, project = facts.get("unit.name"), facts.get("project.name")
    implementing = facts.get("project.implementing_unit")
    if not isinstance(unit, str):
        return
    # "2023年度老旧小区改造项目绩效自评表": no unit in it; "某某县级配套绩效自评表.xlsx" over 项目名称
    # "某某县级配套资金": the title cut the project's name short, no body's name
    # ("某某工程项目项目绩效评价报告" over 项目名称 "某某 工程": the title's head is the project's name, no body's;
    # "某年某某费绩效评价报告.pdf" over 项目名称 "某年某某费": the label keeps the year the title's span lost)
    named = _LEAD_YEAR.sub("", project) if isinstance(project, str) else None
    if "unit.name" in facts.weak and (unit == project or (
            isinstance(project, str) and isinstance(named, str)
            and (project.startswith(unit) or named.startswith(unit) or compact(unit).startswith(compact(project)))
            and not names_a_body(unit))):
        facts.drop("unit.name")
        implementing_as_unit(facts)  # ("本单位" names no one)
        return
    if isinstance(project, str) and "project.name" in facts.weak and project.startswith(unit) \
            and len(project) >= len(unit) + 4 and names_a_body(unit) and _PROJECT_ONLY.search(project):
        # "某年某区某局某某经费项目 财政支出绩效评价" over 预算单位 "某区某局": the title's project opens on the unit
        facts.replace("project.name", project[len(unit):].strip(), facts.refs["project.name"], weak=True)
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
    if isinstance(project, str) and _sentence_renames_title(facts, unit):
        # "某市某某养护经费及某某经费绩效评价报告" whose text names its fund again ("对某市某某养护经费…进行自评"): the
        # title's head, a fund's name and no body's, is the project; the sentence's shorter wording gives way
        _title_is_project(facts, unit, implementing)
        return
    if facts.get("kind") == "项目支出" and not isinstance(project, str):
        split = _UNIT_THEN_PROJECT.match(unit)
        if split and (_POLICY_LEAD.match(unit) or _RECIPIENTS.match(split.group(1))) \
                and facts.refs["unit.name"].location == facts.refs.get("title", _NO_REF).location:
            # "健全现代医院管理制度项目": a task, no body's name; "中心城区各街道办事处某某奖补资金项目": the fund's
            # recipients, a class of bodies, no one of them
            _title_is_project(facts, unit, implementing)
        elif split and not _WORKS_ON.match(split.group(2)) and not _names_neither(split.group(1), facts) \
                and not _NO_GOVERNMENT.search(split.group(1)):
            facts.replace("unit.name", split.group(1), facts.refs["unit.name"])
            if not generic_name(_own_name(split.group(2))):  # "某院财政支出项目": the form's words, no project
                facts.put("project.name", _own_name(split.group(2)),
                          ref(facts.refs["unit.name"].location, unit, guessed=True))
        elif _PROJECT_ONLY.search(unit) and facts.refs["unit.name"].location == facts.refs.get(
                "title", _NO_REF).location:
            _title_is_project(facts, unit, implementing)
        else:
            _project_from_replaced_title(facts, unit)


def _sentence_renames_title(facts: Facts, unit: str) -> bool:
    """A project report's title head that names a fund and no body (no body's name opens it), the project a sentence
    of the text names (weak) read elsewhere."""
    title = facts.refs.get("title", _NO_REF).location
    return facts.get("kind") == "项目支出" and "unit.name" in facts.weak and "project.name" in facts.weak \
        and bool(title) and facts.refs["unit.name"].location == title and facts.refs["project.name"].location != title \
        and _PROJECT_ONLY.search(unit) is not None and not names_a_body(unit) and _UNIT_THEN_PROJECT.match(unit) is None


# "居家养老上门服务政府购买项目": 政府 after words no place ends on is the buyer of 政府购买 / 政府采购, no government's
# name (one is a place's: "某县人民政府", "某镇政府")
_NO_GOVERNMENT = re.compile(r"(?<!人民)(?<![省市州盟县区旗镇乡])政府$")


def _names_neither(body: str, facts: Facts) -> bool:
    """"县域医疗卫生次中心能力提升项目…报告" over 主管部门 and 实施单位 labels naming two other bodies: the words before
    the project's are the project's own (what it builds), no body's; with either label missing, nothing is said."""
    named = [compact(n) for n in (facts.get("project.implementing_unit"), facts.get("unit.supervising_department"))
             if isinstance(n, str) and one_body(n)]
    head = compact(body)
    return len(named) == 2 and not any(head in n or n in head for n in named)


def _project_from_replaced_title(facts: Facts, unit: str) -> None:
    """"基层文化服务专项资金绩效自评报告" signed "某区文化局" at the end: the signature gave the unit in
    place of the name cut from the title, which names the project (after the unit, when it starts so)."""
    title = facts.refs.get("title", _NO_REF).location
    for reading in facts.alternatives.get("unit.name", []):
        named = reading.value
        if reading.source.location != title or not title:
            continue
        rest = _LETTER_OPENING.sub("", named[len(unit):]) if named.startswith(unit) else named
        split = _UNIT_THEN_PROJECT.match(rest)
        project = split.group(2) if split else rest if _PROJECT_ONLY.search(rest) else None
        if project:
            facts.put("project.name", project, ref(reading.source.location, reading.source.text,
                                                   guessed=project != named))
        return


_PROJECT_ONLY = re.compile(rf"(?:{_PROJECT_END})$")
_LETTER_OPENING = re.compile(rf"^\s*(?:{pattern('letter_opening').pattern})")  # "某局|关于某某项目": the letter's 关于
_LEAD_YEAR = re.compile(r"^\s*(?:19|20)\d{2}\s*年度?\s*")
_NO_REF = ref("", "")


def _title_is_project(facts: Facts, name: str, implementing: object) -> None:
    """"义务教育薄弱环节改善项目2024年度绩效自评报告": the title names the project, not a unit; the
    unit is the implementing unit when one is stated (a marked guess)."""
    source = facts.drop("unit.name")
    if source is not None:
        facts.put("project.name", fund_named(name), source)
    if isinstance(implementing, str):
        facts.put("unit.name", implementing, ref(facts.refs["project.implementing_unit"].location, implementing,
                                                  guessed=True))


def unit_from_publisher(metadata: dict[str, str], facts: Facts) -> None:
    """A web page's 发文单位 / 发布机构 is the publishing unit: it completes a name cut from the title
    ("北港镇" → "徐闻县北港镇人民政府") and stands in, as a guess, when no unit is named at all (a
    finance bureau may publish for others, so it never overrides a name the report gives). A metadata line's
    来源 ("发布时间:… 来源:某县某某局 浏览:", "信息来源:…") is the publisher when no other is named, it names a
    body (a newspaper it was copied from does not) and the title opens on that body's place
    ("某县2021年某某资金绩效自评报告"). A 责任部门 naming a body answers for the page: it stands before the
    publisher ("发布机构 | 某县文体广电和旅游局 | … | 责任部门 | 某县博物馆 |": the museum wrote it) when it is a body
    of its own, opening on its place; the publisher's own office or division ("办公室", "计划财务处") is not."""
    responsible = metadata.get(RESPONSIBLE, "").strip()
    published = next((metadata[k].strip() for k in ("发文单位", "发布机构", "发布单位") if metadata.get(k)), "")
    own_body = names_a_body(responsible) and _PLACE.match(responsible) is not None
    publisher = responsible if own_body else published
    title = facts.get("title")
    place = _PLACE.match(title) if not publisher and isinstance(title, str) else None
    body = source_body(metadata)
    if place is not None and body.startswith(place.group(0)) and names_a_body(body):
        publisher = body
    if not 4 <= len(publisher) <= 40:
        return
    unit = facts.get("unit.name")
    source = ref("网页信息", publisher)
    if unit is None:
        facts.put("unit.name", publisher, ref("网页信息", publisher, guessed=True))
    elif "unit.name" in facts.weak and isinstance(unit, str) and unit != publisher and unit in publisher:
        facts.put("unit.name", publisher, source)
    elif "unit.name" in facts.weak and isinstance(unit, str) and _bodiless_in_publishers_place(unit, publisher):
        _fund_across_year(facts, unit)
        facts.put("unit.name", publisher, ref("网页信息", publisher, guessed=True))


def _fund_across_year(facts: Facts, head: str) -> None:
    """"某市国家文物保护2020年度专项资金绩效自评报告": the title's head cut at its year ("某市国家文物保护") and a
    generic fund word after it ("专项资金") are one fund's name, the year inside it, when no project is named."""
    project, title = facts.get("project.name"), facts.get("title")
    if facts.get("kind") != "项目支出" or not isinstance(title, str) or not title.startswith(head) \
            or (project is not None and not generic_name(project)):
        return
    fund = _YEAR_THEN_FUND.match(title, len(head))
    if fund is not None:
        facts.put("project.name", title[: fund.end()], facts.refs["title"])


# the year and the generic fund word after a title's head: "2020年度专项资金"
_YEAR_THEN_FUND = re.compile(rf"\s*(?:19|20)\d{{2}}\s*年度?[\u4e00-\u9fff]{{0,6}}?(?:{_PROJECT_END})+(?=.*绩效)")


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


def unit_before_project(facts: Facts) -> None:
    """A title "某市统计局某州财行(2021)8号 某调查专项经费项目支出绩效自评表" read as a unit that runs on into the
    project's name: when the form names the unit (主管部门 / 实施单位) at the head of it and the rest opens the
    project's name, the unit is that name. The rest may also run past the project's name into the form's own
    words ("某县某局某某补助资金转移支付区域(项目)绩效目标自评表" over 项目名称 "某某补助资金")."""
    unit, project = facts.get("unit.name"), facts.get("project.name")
    if not isinstance(unit, str) or not isinstance(project, str):
        return
    for path in ("unit.supervising_department", "project.implementing_unit"):
        name = facts.get(path)
        rest = unit[len(name):].strip() if isinstance(name, str) else ""
        if isinstance(name, str) and len(name) >= 4 and unit.startswith(name) and unit != name \
                and (project.startswith(rest) or (len(project) >= 4 and rest.startswith(project))):
            facts.replace("unit.name", name, facts.refs["unit.name"])  # the title's head, cut where the form names it
            return


def unit_under_its_department(facts: Facts) -> None:
    """A title naming the unit with its supervising department inside ("某市公安局看守所…自评表") over a 实施单位
    label without it ("某市看守所", 主管部门 "公安局"): the label's name is the unit's own, the title's the
    publisher's way of placing it."""
    unit, implementing = facts.get("unit.name"), facts.get("project.implementing_unit")
    department = facts.get("unit.supervising_department")
    if not isinstance(unit, str) or not isinstance(implementing, str) or not isinstance(department, str) \
            or len(unit) <= len(implementing):
        return
    shared = next((i for i, (a, b) in enumerate(zip(unit, implementing, strict=False)) if a != b), len(implementing))
    tail = implementing[shared:]
    middle = unit[shared: len(unit) - len(tail)]
    if shared >= 2 and len(tail) >= 2 and unit.endswith(tail) and len(middle) >= 2 and department.endswith(middle) \
            and names_a_body(middle):
        facts.replace("unit.name", implementing, facts.refs["project.implementing_unit"])


SELF_REFERENCE = re.compile(r"本单位|本部门|本级|同上|我单位")


def one_body(name: object) -> bool:
    """"本单位" names no one and "某办公厅及各专委会" several bodies (lexicon ``several_bodies``): neither is a
    unit's name, so neither stands in for a missing one."""
    return isinstance(name, str) and not SELF_REFERENCE.fullmatch(name) \
        and pattern("several_bodies").search(name) is None


# "Y专项资金…绩效自评报告" / "Y某某项目州级补助资金…自评报告": a fund the unit Y received and spent; "Y2021项目资金
# 绩效自评报告": its own projects' money
_FUND_TITLE = re.compile(r"专项|(?:补助|项目)(?:资金|经费)")
# "Y2019年度项目绩效自评报告(某某经费项目)": its own project's report, when the title names the one project
# ("Y2022年度项目支出绩效自评报告" alone: all its projects together, none implemented by name)
_OWN_PROJECT_TITLE = re.compile(r"(?:19|20)\d{2}\s*年度?\s*项目(?:支出)?绩效")


def implementing_from_filer(facts: Facts) -> None:
    """A project report filed by a unit ("填报单位：Y", "单位名称：Y", or a title "Y专项资金绩效自评报告" /
    "Y某某补助资金…" / "Y2021项目资金绩效自评报告") that names no other implementing unit: Y implements the
    project (a guess, marked as such); never the supervising department."""
    unit, implementing = facts.get("unit.name"), facts.get("project.implementing_unit")
    # 项目实施单位 "本单位": the form's 单位名称
    if isinstance(implementing, str) and SELF_REFERENCE.fullmatch(implementing):
        if isinstance(unit, str) and not SELF_REFERENCE.fullmatch(unit):
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
    if re.match(r"^(填报单位|项目单位|实施单位|申报单位|单位名称)", source.text) or (
            title is not None and title.text.startswith(unit) and (_FUND_TITLE.search(title.text) or (
                _OWN_PROJECT_TITLE.search(title.text) and facts.get("project.name")))):
        facts.put("project.implementing_unit", unit, ref(source.location, source.text, guessed=True))
