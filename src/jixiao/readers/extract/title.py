"""The title: unit name, year, kind (整体支出/项目支出) and, for projects, the project name; the unit named in a
letter's signature, and the region its name opens on."""

from __future__ import annotations

import re

from jixiao.lexicon import is_page_furniture, pattern
from jixiao.readers.extract.evaluators import is_evaluator, may_be_evaluator
from jixiao.readers.extract.facts import Facts, ref
from jixiao.readers.extract.fund_names import fund_named
from jixiao.readers.extract.letter_enclosure import enclosed_title, is_letter_title
from jixiao.readers.extract.name_ends import ends_a_place_or_body, names_a_body, section_of
from jixiao.readers.extract.outline import Line, Outline
from jixiao.readers.extract.title_lines import BODY_SENTENCE, REGION, TITLE_WORDS, YEAR, title_lines
from jixiao.readers.extract.title_project import EXECUTION, REGION_FORM, project_after_title
from jixiao.readers.extract.title_year import year_from_text
from jixiao.readers.flat_words import is_form_word
from jixiao.readers.label_fields import label_field
from jixiao.readers.textnorm import match_text

# the form's own year: in its bracket ("…报告（2024年度）"), or its line under the form's name run onto the title
# ("某镇2021年预算绩效评价结果公开 / 财政项目支出绩效自评表 / 2020年度": a notice's year, then the form's)
_BRACKET_YEAR = re.compile(r"[(]\s*((?:20|19)\d{2})\s*年度\s*[)]|(?<=自评表)\s*((?:20|19)\d{2})\s*年度\s*$")
_KIND_START = re.compile(r"部门整体|整体支出|部门预算|部门决算|单位决算|决算公开|预算执行情况|项目支出|绩效自评"
                         r"|绩效评价|自评表|自评报告|绩效目标自评|绩效使用自评"  # "某某公益金绩效使用自评报告"
                         r"|自我绩效评价|自我评价"  # "某某专项资金自我绩效评价报告": 自我, the self of 自评
                         # "某乡人民政府转移支付2022年度…": a unit's transfer payments ("某资金转移支付" names the
                         # fund); "某区残联中央转移支付2023年度…": the level they came from may stand between
                         # ("某管理区专项转移支付2023年度…": a district's, 专项 the kind of transfer;
                         # "某中心中央对地方专项转移支付2019年度…": who gave it to whom)
                         r"|(?:(?<=政府)|(?<=局)|(?<=中心)|(?<=委员会)|(?<=办事处)|(?<=联)|(?<=区))(?:中央|省级|市级|县级)?"
                         r"(?:对地方|对下)?(?:财政)?(?:专项)?转移支付(?=\s*(?:(?:19|20)\d{2}|$))")
_SHORT_YEAR = re.compile(r"^\d{2}\s*年度?\s*")
# ("某市2021年某某统筹整合转移支付区域绩效自评报告": a transfer evaluated is a project too)
_PROJECT_WORDS = re.compile(r"项目|专项|资金|经费|公益金|政策|工程|转移支付|(?<![和与])计划(?!生育|财务)")
_OWN_FUND = re.compile(r"(?<=[府局会心处院所站馆校学园队室])专项(?:资金|经费)?$")
# (a unit's short name written over the slot's 部门 keeps its "(单位)": "某某中心(单位)整体支出…")
_FORM_SLOT = re.compile(r"(?<=[\u4e00-\u9fff])(?:部门)?\s*[(（]\s*单位\s*[)）]$")
# "某县某局(汇总)2023年度部门整体…": a department's report over its units together, the bracket no part of its name
_CONSOLIDATED = re.compile(r"(?<=[\u4e00-\u9fff])\s*[(（]\s*汇总\s*[)）]$")
# (and "财政支出项目", a form's own words: "财政支出项目绩效评价自评报告"; "某市财政预算支出项目绩效目标自评表":
# a place before them names no unit)
_FORM_WORDS_ONLY = re.compile(r"(本级)?(部门|单位)?(\(单位\))?(财政)?(预算)?(整体|项目|专项|重点项目)?(支出|资金|经费)?"
                              r"(项目)?(预算)?(绩效)?(年度)?")
_PLACE_THEN = re.compile(r"^[\u4e00-\u9fff]{1,8}?(?:省|自治区|市|州|盟|县|区|旗)(?=财政|预算)")


# "(直达资金)某路工程项目2020年度绩效自评报告": a tag before the title says what money it is, no part of a name
_LEAD_TAG = re.compile(r"[(（【\[]\s*[\u4e00-\u9fff]{2,8}\s*[)）】\]]\s*(?=[\u4e00-\u9fff])")


_SPACED_YEAR = re.compile(r"(?<=[\u4e00-\u9fff（(]) (?=\d{4} 年)|(?<=\d{4}) (?=年)")


# "…自评表（2023年度） 单位：元" ("（2023年）", "单位（万元）" too): the amounts' unit a flattened row left beside
# the title's year, no part of it (a sheet's row of the two: table_text_lines takes the year alone)
_UNIT_AFTER_YEAR = re.compile(r"(?:(?<=年[)）])|(?<=年度[)）]))\s*(?:金额)?单位\s*[:：(（]\s*(?:万元|千元|亿元|元)"
                              r"\s*[)）]?\s*$")


def extract_title(outline: Outline, facts: Facts) -> None:
    lines = title_lines(outline)
    title = _UNIT_AFTER_YEAR.sub("", "".join(line.text.strip() for line in lines))
    if " " in title:  # a PDF's text layer spaces a title's year ("（2023 年度）", "某局 2023 年度")
        title = _label_cells_off(_SPACED_YEAR.sub("", title))
    if lines:
        facts.put("title", title, ref(lines[0].location, title))
        tag = _LEAD_TAG.match(title) if title[:1] in "(（【[" else None
        title_facts(title[tag.end():] if tag else title, lines[0].location, facts)
        if _FILE_NAME.search(title):
            _restated_unit(outline, lines[-1], facts)
        elif not facts.has("unit.name"):
            _named_restatement(outline, lines[-1], title, facts)
        if not facts.has("project.name") and is_letter_title(title):
            enclosed = enclosed_title(outline, lines[-1])  # a covering letter: its enclosed report names the project
            if enclosed is not None:
                title_facts(enclosed.text.strip(), enclosed.location, facts)
    if not facts.has("year"):
        year_from_text(outline, facts)


# "某局2023年度 部门整体绩效自评表 联系电话 年初绩效目标…": a flattened form's cells left over after its title
_FORM_TITLE_END = re.compile(r"自评(?:表|报告)(?= )")


def _label_cells_off(title: str) -> str:
    """The title without the form's label cells a flattened form left on its line after 自评表 / 自评报告: from
    the first space-parted cell that is one of the form's labels ("联系电话", "主管部门") on."""
    end = _FORM_TITLE_END.search(title)
    if end is None:
        return title
    at = end.end()
    for part in title[at:].split(" "):
        if part and (label_field(part) is not None or is_form_word(part)):
            return title[:at].rstrip()
        at += len(part) + 1
    return title


_FILE_NAME = re.compile(r"\.(?:docx?|xlsx?|pdf|wps|et)\s*$", re.IGNORECASE)
# the text's own first words: a name, then the year (a Word file's spaced "某委员会 2021 年度")
_RESTATED = re.compile(r"\s*([\u4e00-\u9fff()]{4,40}?)\s*(?:19|20)\d{2}\s*年")


def _restated_unit(outline: Outline, last: Line, facts: Facts) -> None:
    """A page that lists a document by its file name ("某团2021年度…报告.docx") and then gives its text, which opens
    on the title again with the unit named in full ("某团某市某区委员会 2021 年度…报告"): the fuller name; a file
    name that names no unit ("2021年度专项资金绩效自评报告.doc"): the name the text's title opens on."""
    unit = facts.get("unit.name")
    at = next((k for k, line in enumerate(outline.lines) if line is last), None)
    if at is None or at + 1 >= len(outline.lines):
        return
    following = outline.lines[at + 1]
    restated = _RESTATED.match(following.norm)
    if restated is None:
        return
    name = following.text[restated.start(1): restated.end(1)]
    # ("河湖水系2022年…报告.docx" over "某市河湖水系水源调度中心 2022 年…报告": the file named by a short word)
    if name != unit and (not unit or unit in name or _spelled_out(unit, name)) \
            and names_a_body(name) and _KIND_START.search(following.norm, restated.end(), restated.end() + 30):
        facts.put("unit.name", name, ref(following.location, following.text[: restated.end()]))


def _named_restatement(outline: Outline, last: Line, title: str, facts: Facts) -> None:
    """A web page's headline that names no unit ("2022年度部门(单位)整体支出绩效自评报告") over the document's own
    title a few lines down that does ("2022年度某某联合会部门(单位)整体支出绩效自评报告"): that title's unit."""
    norm = "".join(match_text(title).split())
    year = YEAR.match(norm)
    if year is None or len(norm) - year.end() < 6:
        return
    head, tail = norm[: year.end()], norm[year.end():]
    at = next((k for k, line in enumerate(outline.lines) if line is last), None)
    for line in outline.lines[at + 1: at + 8] if at is not None else []:
        text = "".join(line.norm.split())
        if len(text) > len(norm) + 2 and len(text) <= 80 and text.startswith(head) and text.endswith(tail):
            title_facts(line.text.strip(), line.location, facts)
            return


def _restated_in_title(norm: str, match: re.Match[str] | None, unit: str) -> str:
    """A web page's headline naming the unit short ("2023年度某务中心(单位)整体支出…报告") run onto the document's
    own title that restates it ("2023年度某务服务中心整体支出…报告"): the restatement's fuller name, when it spells
    out the short one (its characters in order, the same body word at the end); else ``unit``."""
    if match is None or len(unit) < 4:
        return unit
    again = norm.find(match.group(0), match.end())
    if again < 0:
        return unit
    cut = _KIND_START.search(norm, again + len(match.group(0)))
    name = norm[again + len(match.group(0)): cut.start()].strip() if cut else ""
    return name if name != unit and _spelled_out(unit, name) and names_a_body(name) else unit


def _spelled_out(short: str, name: str) -> bool:
    """"某县组织部" → "中共某县县委组织部": the full name keeps the short one's characters in order and ends on the
    same body word (its last two characters)."""
    rest = iter(name)
    return len(short) >= 4 and name[-2:] == short[-2:] and all(ch in rest for ch in short)



_DATE = re.compile(r"^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$")


def extract_signature(outline: Outline, facts: Facts) -> None:
    """A report written as a letter names its unit in the signature above the date at the end (a web
    page's footer after it is furniture)."""
    lines: list[Line] = []  # the last five lines that are not furniture, in order
    for line in reversed(outline.lines):
        if not is_page_furniture(line.norm):
            lines.insert(0, line)
            if len(lines) == 5:
                break
    for i in range(len(lines) - 1, max(0, len(lines) - 4), -1):
        if _DATE.match(lines[i].norm.replace(" ", "")) and i > 0:
            signer = lines[i - 1]
            name = signer.text.strip()
            named = facts.get("unit.name")  # ("某县某局办公室" signing 某县某局's report: the office that drafted it)
            if isinstance(named, str) and section_of(named, name):
                return
            if len(name) <= 30 and not signer.marker_kind and names_a_body(name) \
                    and not is_evaluator(name, outline.text):  # ("某某财务咨询有限公司" signing what it wrote)
                facts.put("unit.name", name, ref(signer.location, name, guessed=may_be_evaluator(name)))
                # a project report's signer files it and implements the project, as a 填报单位 does (a guess; a
                # 实施单位 read later says it better)
                if facts.get("kind") == "项目支出" and not facts.has("project.implementing_unit") \
                        and name != facts.get("unit.supervising_department"):
                    facts.put("project.implementing_unit", name, ref(signer.location, name, guessed=True), weak=True)
            return


def derive_region(facts: Facts) -> None:
    """The region is the administrative prefix of the unit's name (重庆市璧山区…)."""
    name = facts.get("unit.name")
    if not name or facts.has("unit.region"):
        return
    party = 2 if name.startswith("中共") else 0  # "中共某省委党校": the party's body, the place after 中共
    region = REGION.match(match_text(name[party:]))
    if region and (region.group("prov") or region.group("city")) and region.group(0) != name[party:]:
        facts.put("unit.region", name[party: party + region.end()], ref(facts.refs["unit.name"].location, name))


def title_facts(title: str, location: str, facts: Facts) -> None:
    norm = match_text(title)
    source = ref(location, title)
    match = YEAR.search(norm)
    # "某局2020年度某某法律顾问经费绩效自评报告": a fund (经费) evaluated is a project as 资金 is; a body's
    # own name before the year is no such word ("某市食品工程学校2018年度绩效自评表")
    named = norm[match.start():] if match and names_a_body(norm[: match.start()].strip()) else norm
    # "某某营养改善计划绩效评估报告": a programme (计划) evaluated is a project too (计划生育 / 计划财务 name bodies)
    # ("某某补助资金转移支付整体绩效目标自评表": the transfer's overall goals, a fund's form)
    # "某中心2022年度项目整体绩效自评报告": the unit's projects taken as a whole, a project report (a guess: the
    # title's words say both)
    projects = _PROJECTS_WHOLE.search(norm) is not None
    whole = "整体" in norm and not pattern("fund_overall_goals").search(norm) and not projects
    kind = "整体支出" if whole else "项目支出" if _PROJECT_WORDS.search(named) else None
    if not (_KIND_START.search(norm) or TITLE_WORDS.search(norm)):
        kind = None  # a first line that is no report title ("20 分)项目决策(10 分)…", a table's wrapped cells)
    if kind is not None:  # a title that names neither leaves it to decide_kind
        facts.put("kind", kind, ref(location, title, guessed=True) if projects else source)
    stated = _BRACKET_YEAR.search(norm)  # "…2023年森林防火补助资金…报告（2024年度）": the bracket names the year
    if match:
        # "2025年度…绩效自评抽查材料": the year of a review of self-evaluations, maybe the year after the one evaluated
        reviewed = _REVIEW.search(norm, match.end()) is not None and not stated
        facts.put("year", int(stated.group(stated.lastindex or 1) if stated else match.group(1)),
                  ref(location, title, guessed=True) if reviewed else source)
        if stated and match.group(0).endswith("度") and _KIND_START.match(norm, match.end()):
            # "某局2022年度部门整体支出…报告（2021年度）": the title's own 年度 and its bracket's are both the
            # evaluation's; two of them differ (a warning, the bracket's kept)
            facts.put("year", int(match.group(1)), source)
    elif not _KIND_START.search(norm):
        return
    # "X局关于2022年度…的公示"; "X厅关于2017-2019年…": a span of years opens on its first; "X局关于“2021年…”":
    # the quote that opens on the year is no part of the unit
    # "关于上报2023年…的报告": a letter's verb after 关于 is no unit either
    opening = pattern("letter_opening").pattern
    before = re.sub(rf"^{opening}|{opening}\s*[“\"‘]?$", "", _RANGE_FROM.sub("", title[: match.start()])
                    if match else title)
    before = _FIRST_PERSON.sub("", before)  # "我局某某改造项目支出…": the body in its own words, no unit nor name
    cut = _KIND_START.search(match_text(before))
    unit = re.sub(r"\s*(?:19|20)\d{2}$", "", (before[: cut.start()] if cut else before).strip(" ：:（("))
    unit = _SPENDING_OF.sub("", unit)  # "某局关于某某资金支出绩效的自评报告": the words before 的 are the report's
    unit = _OWN_FUND.sub("", unit)  # "某县第三小学专项资金…": the unit's own special fund
    unit = _SHORT_YEAR.sub("", unit)  # "18年度部门整体支出绩效自评": a year written short, no unit
    executed = EXECUTION.search(unit) if kind != "整体支出" and not match else None
    if executed is not None and executed.start() >= 2 and not names_a_body(unit[: executed.start()]):
        # "关于某某国债执行情况绩效自评报告": the money whose execution is evaluated, no unit
        facts.put("project.name", unit[: executed.start()], source, weak=True)
        unit = ""
    policy = _POLICY.search(unit)  # "某区城乡居民养老保险缴费补贴政策2023年度绩效自评报告": a policy, no unit
    if policy is not None:
        facts.put("project.name", policy.group(1), source, weak=True)
        unit = ""
    if kind != "整体支出" and _ACTIVITY.search(unit) and not names_a_body(unit):  # "某某调查2021年预算绩效自评"
        facts.put("kind", "项目支出", source)  # (an activity evaluated: the project, no unit)
        head = _body_head(unit)  # "某区某某协会科普活动项目支出…": the body, then the activity it carries out
        named = unit[len(head):] + ("项目" if head and cut and cut.group().startswith("项目") else "")
        facts.put("project.name", named, source, weak=True)
        unit, kind = head, "项目支出"
    if match and not unit:  # "2023年衡东县枫林坳乡人民政府部门决算…": the unit follows the year
        rest = title[match.end():]
        cut_after = _KIND_START.search(match_text(rest))
        unit = rest[: cut_after.start()].strip(" ：:（(") if cut_after else ""
        if kind == "项目支出" and not names_a_body(unit):  # "2021年某某补助经费项目支出…报告": the fund, no unit
            unit = ""
    unit = _FORM_SLOT.sub("", unit)  # "某妇女联合会部门(单位)整体支出…": the form's slot name kept after the unit
    unit = _restated_in_title(norm, match, unit)
    unit = _CONSOLIDATED.sub("", unit)
    programme = _QUOTED_PROGRAMME.search(unit)  # "2023年度某区“文化进千村”绩效评价报告": the programme evaluated
    if programme is not None and kind != "整体支出" and not facts.has("project.name"):
        facts.put("project.name", programme.group(1), source, weak=True)
        if kind is None:  # (no word of the title says 项目: a guess)
            facts.put("kind", "项目支出", ref(location, title, guessed=True))
        kind, unit = "项目支出", unit[: programme.start()].strip()
    if unit.endswith("单位") and names_a_body(unit[:-2]):  # "某县图书馆单位2023年度…": the word 单位 after the name
        unit = unit[:-2]
    after = title[match.end():] if match else ""
    if not match and kind == "项目支出" and cut and cut.group().startswith("项目") and len(unit) >= _NAMED \
            and not names_a_body(unit) and not _LEVEL_MONEY.fullmatch(unit) and not BODY_SENTENCE.search(unit) \
            and not _FIRST_PERSON_OR_BLANK_YEAR.search(unit):
        # "某某整治提升项目支出绩效评价报告": no year, the title's head is the project's name (a fund's without the
        # 项目 after it: "某某服务经费项目支出绩效自评表" names 某某服务经费)
        after, unit = unit if _FUND_END.search(unit) else before, ""
    if cut and not re.search(r"[\u4e00-\u9fff]{2}", re.sub(r"[()（）]", "", after)):
        after = before[cut.start():]  # "XX项目绩效自评表（2023年度）"
    bracketed = _BRACKET_NAME.search(norm)  # "…项目支出绩效自评报告（校园安保服务经费）": the project
    if kind == "项目支出" and bracketed:
        facts.put("project.name", title[bracketed.start(1): bracketed.end(1)].strip(), source, weak=True)
    if kind == "项目支出":
        # 项目支出绩效单位自评报告; "…改造项目 重点绩效评价报告"
        # "…转移支付资金绩效的自评报告": the 的 between; "…项目支出绩效评估报告.docx": 评估 as 评价; "中央某某补助资金
        # 绩效目标自评表": a goal form's 目标 between
        name = project_after_title(after)
        if name is not None:
            facts.put("project.name", name, source, weak=True)  # a 项目名称 label says it better
        elif not match and _FUNDED.search(unit) and not _names_someone(unit) and not _LEVEL_MONEY.fullmatch(unit) \
                and not _FORM_WORDS_ONLY.fullmatch(match_text(unit)) and not _FUND_NOT_UNIT.fullmatch(unit):
            # "某某专项资金项目自评报告": no year, the fund evaluated before the report's words, no unit (a place or a
            # body before the project, "某县第二中学校园安保项目", is split from it as before; a level's money alone,
            # "县本级财政资金", names none)
            facts.put("project.name", unit, source, weak=True)
            unit = ""
    quoted = pattern("quoted_fund").search(norm)  # "某局关于“某年某某补助资金”管理使用情况": the fund it reports on
    if quoted and kind in (None, "项目支出") and not facts.has("project.name"):
        facts.put("project.name", title[quoted.start(1): quoted.end(1)].strip(), source, weak=True)
    # (a head that opens on a body, "某医院某某项目补助资金", holds the unit: it is split from the fund later)
    funded = bool(unit) and _FUND_NOT_UNIT.search(unit) is not None \
        and not any(names_a_body(unit[:end]) for end in range(3, len(unit) + 1))
    if funded and kind != "整体支出":  # "某县某某补助资金转移支付2023年度…": the title's head is the fund, no unit
        facts.put("project.name", fund_named(unit), source, weak=True)
    elif unit and not _FORM_WORDS_ONLY.fullmatch(_PLACE_THEN.sub("", match_text(unit))) and not _no_unit(unit, cut) \
            and not _FUND_NOT_UNIT.match(unit) and not REGION_FORM.search(unit) and not _joint(unit) and not funded:
        facts.put("unit.name", unit, source, weak=True)  # a 单位名称 / 实施单位 label says it better


_FUND_END = re.compile(r"(?:资金|经费|补助|补贴|公益金)$")
# a name in quotes right before the report's words, after the body or place ("某区“某某进千村”绩效评价报告"): a
# programme the report evaluates, never the unit's name
_QUOTED_PROGRAMME = re.compile(r"[“\"]([\u4e00-\u9fff]{2,20})[”\"]$")
_NAMED = 4  # characters of a project's name before its 项目 at least ("某某提升"), a place alone being shorter
# a yearless title's head that is a level's or a source's money ("县级财政项目…", "财政资金项目…", "县本级财政资金
# 项目…"), no project's name
# (nor is a body's opening sentence standing first: title_lines.BODY_SENTENCE, "现将我馆…报告如下")
_LEVEL_MONEY = re.compile(r"(?:(?:[省市县区州旗]本|中央|省|市|县|区|乡|镇|本|上)级?)?"
                          r"(?:财政|预算)?(?:专项)?(?:资金|经费)?")
# nor a sentence's head in the unit's own words, or with its year left blank ("我馆xx年度项目支出…报告如下")
_FIRST_PERSON_OR_BLANK_YEAR = re.compile(rf"^(?:我|{pattern('first_person_body').pattern})|(?<![\d０-９])年度$")
_FIRST_PERSON = re.compile(rf"^\s*{pattern('first_person_body').pattern}")
_SPENDING_OF = re.compile(r"(?<=[\u4e00-\u9fff])(?:支出)?绩效(?:目标)?的$")
# "…关于2017-2019年…": the first year of a span, before the one the title's year pattern finds
_RANGE_FROM = re.compile(r"\s*(?:19|20)\d{2}\s*(?:年度?)?\s*[-—–~至到]\s*$")


def _joint(unit: str) -> bool:
    """"某市财政局 某市某局 关于…的报告": two bodies that report together, no one unit."""
    parts = unit.split()
    return len(parts) > 1 and all(names_a_body(part) for part in parts)


# "2023年度中央转移支付区域（某中心项目）绩效自评表": the title names a fund, no unit ("2023年度项目自评表" neither)
_FUND_NOT_UNIT = pattern("fund_not_unit")
_REVIEW = pattern("self_evaluation_review")


def _body_head(words: str) -> str:
    """The longest head of ``words`` that names a body, at least four characters, two left after it ("某区某某协会"
    of "某区某某协会科普活动"); else ""."""
    return next((words[:end] for end in range(len(words) - 2, 3, -1) if names_a_body(words[:end])), "")


def _no_unit(unit: str, cut: re.Match[str] | None) -> bool:
    """"某某县" (before "2021年第二批…工程…报告"): a region, no unit; "家庭医生签约服务" before "项目支出绩效自评表":
    the project, no unit."""
    region = REGION.fullmatch(unit)
    if region is not None and (region["city"] or region["county"]):
        return True
    return cut is not None and cut.group().startswith("项目") and not names_a_body(unit)


# what a name before the title's year ends on when it names an activity carried out, never a body
def _names_someone(words: str) -> bool:
    """Whether the words name a place or a body, whole or as their head ("某县第二中学…")."""
    return any(ends_a_place_or_body(words[:end]) for end in range(4, len(words) + 1))  # (a body's name: 4 or more)


_FUNDED = re.compile(r"[\u4e00-\u9fff]{2}(?:项目|专项资金|资金|经费)$")
_ACTIVITY = pattern("activity_ends")
_PROJECTS_WHOLE = re.compile(r"项目整体(?:绩效|支出)")
# a policy evaluated like a project, after the region that carries it out ("某区" + "…补贴政策")
_POLICY = re.compile(r"^(?:[\u4e00-\u9fff]{2,6}?(?:自治县|自治旗|县|区|市|旗))?([\u4e00-\u9fff]{4,40}政策)$")
# "…自评报告 (2021年某某救助备用金)": the project, its year kept as the bracket writes it (and a short bracket
# of its own: "(2022年乡镇文化站(室)免费开放补助经费)"; a page that lost the closing bracket ends the title on the name)
_BRACKET_NAME = re.compile(r"(?:自评|评价)(?:报告|表)\s*\(((?:20\d{2}\s*年度?)?(?:[^()\d]|\([^()\d]{1,6}\)){2,30}?"
                           r"(?:经费|资金|项目|工程|补助|备用金|基金))\)?\s*$")
