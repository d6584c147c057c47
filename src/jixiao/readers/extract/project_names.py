"""A project's name read in the body when the title's is missing or short: a project form's own title, a
sentence that opens on the name with the year."""

from __future__ import annotations

import re

from jixiao.lexicon import pattern as lexicon_pattern
from jixiao.readers.extract.facts import Facts, ref
from jixiao.readers.extract.fund_names import without_province
from jixiao.readers.extract.name_ends import names_a_body
from jixiao.readers.extract.name_tidying import generic_name, unit_then_project
from jixiao.readers.extract.outline import Line, Outline
from jixiao.readers.textnorm import match_text

_FORM_TITLE = re.compile(r"(.{2,40}?)(项目)?(?:支出)?绩效(?:自评|评价)表")
_PROJECT_WORDS = re.compile(r"(?:项目|工程|专项|资金|经费|补助|计划|行动)$")
_LEVELS = lexicon_pattern("government_levels").pattern  # 中央 / 省级 / 市级 …
_NOT_A_PROJECT = re.compile(rf"(?:{_LEVELS}|本级|财政|部门|单位|整体|预算|决算|\d)")


def project_from_form_title(outline: Outline, facts: Facts) -> None:
    """A project form's own title inside the report ("妇女儿童维权服务经费项目支出绩效自评表" under a 决算
    page's title) names the project when nothing else did."""
    if facts.get("kind") != "项目支出" or facts.has("project.name"):
        return
    for line in outline.lines:
        if len(line.norm) > 50 or line.marker_kind:
            continue
        lead = len(line.norm) - len(line.norm.lstrip())
        form = _FORM_TITLE.fullmatch(line.norm.strip())
        if form is None or _NOT_A_PROJECT.search(form.group(1)):
            continue
        end = form.end(1) if _PROJECT_WORDS.search(form.group(1)) else form.end(2 if form.group(2) else 1)
        name = line.text[lead: lead + end].strip()
        if _PROJECT_WORDS.search(name):
            facts.put("project.name", name, ref(line.location, line.text))
            return
    for line in outline.lines[:_HEAD_LINES]:
        subtitle = _DASHED_SUBTITLE.fullmatch(line.norm.strip()) if "报告" in line.norm else None
        if subtitle is not None and not generic_name(subtitle.group(1)):
            lead = len(line.norm) - len(line.norm.lstrip())
            name = line.text[lead + subtitle.start(1): lead + subtitle.end(1)].strip()
            facts.put("project.name", name, ref(line.location, line.text))
            return
        report = _YEAR_REPORT_TITLE.fullmatch(line.norm.strip()) if "报告" in line.norm else None
        if report is not None and not _NOT_A_PROJECT.search(report.group(1)) and not generic_name(report.group(1)):
            lead = len(line.norm) - len(line.norm.lstrip())
            start = lead + report.start(1)
            facts.put("project.name", line.text[start: lead + report.end(1)].strip(), ref(line.location, line.text))
            return


# "2019年度某某专项资金项目自评报告" under the unit's name, a page's own headline above naming no project: the
# report's title is its year, the project's name and the report's words, nothing else
_YEAR_REPORT_TITLE = re.compile(r"(?:19|20)\d{2}\s*年度?\s*([\u4e00-\u9fff]{2,30}?(?:项目|专项|资金|经费))"
                                r"(?:支出)?(?:绩效)?(?:自评|评价)报告")
_HEAD_LINES = 30
# "2022年度项目支出绩效单位自评报告——(某财农指〔2022〕26号某市2022年某某治理项目经费)" under the title: the fund
# in the bracket after a dash, past its document number, its place and its year
_DASHED_SUBTITLE = re.compile(r"(?:19|20)\d{2}\s*年度?\s*项目(?:支出)?绩效(?:单位)?(?:自评|评价)报告\s*[-—–]{1,2}\s*"
                              r"\(\s*(?:[\u4e00-\u9fff]{1,8}\((?:19|20)\d{2}\)\s*\d{1,4}\s*号)?\s*"
                              r"(?:[\u4e00-\u9fff]{2,10}?(?:19|20)\d{2}\s*年度?)?\s*"
                              r"([\u4e00-\u9fff]{2,30}?(?:项目|专项|资金|经费))\s*\)")


# what follows a project's name that opens a sentence as its subject ("2022年某项目由某局主管")
_SUBJECT_TAIL = r"(?=\s*(?:由|是|为|系|即|主要|总投资|共|,))"


def year_led_project(outline: Outline, facts: Facts) -> None:
    """A name cut from the title drops the report's year ("某县2022年高标准农田建设项目…报告" → 高标准农田建设项目);
    when the body opens a sentence on that name with the year ("2022年高标准农田建设项目由某局主管"), the year is
    part of the name the report uses."""
    name, year = facts.get("project.name"), facts.get("year")
    titled = isinstance(name, str) and facts.has("title") \
        and facts.refs["project.name"].location == facts.refs["title"].location
    if titled and not (isinstance(year, int) and str(year) in str(facts.get("title"))):
        _own_place_project(outline, facts, match_text(name))  # (the title has no year to cut its place off at)
    if "project.name" not in facts.weak or not isinstance(name, str) or not isinstance(year, int):
        return
    wanted = match_text(name)
    # "某县2023年度中央某某发展资金项目,主体工程…": the sentence may open on the title's own words before the year,
    # and a fund's name be called its 项目
    title = match_text(str(facts.get("title", "")))
    place = title[: title.find(str(year))].strip() if str(year) in title else ""
    # "某某街道2024年某某转移支付资金即…项目": or on a body's name (masked too)
    own = rf"{re.escape(place)}|" if 2 <= len(place) <= 30 else ""
    lead = rf"(?:{own}(?P<body>[^\s,;。:()“”《》、]{{2,20}}?))?"
    called = "" if wanted.endswith("项目") else "(?:项目)?"
    subject = re.compile(rf"(?:^|[。;])\s*{lead}(?P<name>{year}\s*年度?\s*{re.escape(wanted)}){called}{_SUBJECT_TAIL}")
    for line in outline.lines[:60]:
        if wanted not in line.norm or str(year) not in line.norm:
            continue  # (the literal tests first: most lines hold neither)
        found = subject.search(line.rest_norm)
        if found is not None and (found.group("body") is None or _names_the_body(found.group("body"))):
            start = line.body_start + found.start("name")
            full = line.text[start: line.body_start + found.end("name")].strip()
            facts.replace("project.name", full, ref(line.location, full), weak=False)
            return
    if _PLACE_ONLY.fullmatch(place):
        _place_glued_project(outline, facts, place, wanted)


def _names_the_body(words: str) -> bool:
    """"某某街道" before "2024年某某资金即…": a body's name, not words that hand money down to one ("财政部下达我省",
    "县财政局下拨某镇")."""
    return names_a_body(words) and not _HANDING.search(words)


_HANDING = re.compile(r"下达|下拨|拨付|拨入|安排|分配|支付|投入|争取|收到|获得")


# a title's words before its year that are a place alone ("某省", "某某州某县")
_PLACE_ONLY = re.compile(r"(?:[\u4e00-\u9fff]{1,8}?(?:省|自治区|市|州|盟|县|区|旗))+")


def _place_glued_project(outline: Outline, facts: Facts, place: str, wanted: str) -> None:
    """"某省2018年某某服务经费绩效自评报告" whose opening evaluates "某省某某服务经费": the fund as the report names
    it, its place glued on (the year between them in the title is the report's)."""
    evaluated = re.compile(rf"对\s*({re.escape(place)}\s*{re.escape(wanted)})")
    for line in outline.lines[:20]:
        if wanted not in line.norm or "对" not in line.norm:
            continue
        found = evaluated.search(line.norm)
        if found is not None:
            full = line.text[found.start(1): found.end(1)].strip()
            facts.replace("project.name", full, ref(line.location, line.text[found.start(): found.end()]),
                          weak=False)
            return


# a title's name opening on a place ("某县某某工程项目…自评报告", no year after the place to cut the name at)
_PLACE_LED = re.compile(r"^((?:[\u4e00-\u9fff]{1,8}?(?:省|自治区|市|州|盟|县|区|旗))+?)(?=[\u4e00-\u9fff]{4})")


def _own_place_project(outline: Outline, facts: Facts, wanted: str) -> None:
    """"某县学前教育促进工程项目绩效评价自评报告" whose text says "我县学前教育促进工程项目": the place is the
    report's own ("我县"), the project's name the rest (the title has no year between them to cut at)."""
    place = _PLACE_LED.match(wanted)
    if place is None:
        return
    rest = wanted[place.end():]
    own = re.compile(rf"(?:我|本){re.escape(place.group(1)[-1])}\s*({re.escape(rest)})")
    for line in outline.lines[:80]:
        found = own.search(line.norm) if rest in line.norm else None
        if found is not None:
            kept = line.text[found.start(1): found.end(1)].strip()
            facts.replace("project.name", kept, ref(line.location, line.text[found.start(): found.end()]), weak=False)
            return


# "根据…要求,对2023年某某补助经费项目实施情况开展了自评" / "…对2019-2021年某某保洁项目开展重点绩效评价" / "现对
# 2022年度中央对某省转移支付某某补助资金绩效目标自评如下": the project the opening sentence says was evaluated
# ("对各部门…", "对本单位…" name none)
# "对2024年某某转移支付资金绩效目标实施情况开展自评": the fund's goals' aspect alone;
# "对xx年度某某专项费项目的支出情况进行了绩效评价": a year masked by a template site, the spending 的 before;
# "对某某工程项目资金投入情况、绩效目标完成情况等进行了自评": the aspects listed, each a 资金 / 绩效 / 预算 …情况;
# "自评的对象及范围对某某经费进行自评": the 对 of the noun 对象 is no preposition
_ASPECT = r"(?:资金|绩效|预算)[^,;。:()“”《》\s、]{0,8}?情况"
_EVALUATED = re.compile(
    r"对(?!象)\s*(?:(?:(?:19|20)\d{2}|(?:20)?[xX]{2})\s*(?:[-—~至]\s*(?:19|20)\d{2}\s*)?年度?\s*)?"
    r"((?![各本我全该其])[^,;。:()“”《》\s的]{1,38}?(?:项目|经费|资金|工程))"
    r"\s*(?:的?(?:支出|资金使用)情况|实施情况|执行情况|使用(?:和|及|与)?(?:管理)?情况|实施|绩效目标(?:实施|完成)情况|"
    + _ASPECT + "(?:、" + _ASPECT + ")+等?)?"
    r"\s*(?:(?:认真)?\s*(?:进行|开展)了?\s*(?:重点|专项)?\s*(?:绩效)?\s*(?:自评|评价)|绩效(?:目标)?自评如下)")
# "对某某站2021年度某某专项项目使用管理情况…": the body whose project it is, then the year, before the name
_BODY_AND_YEAR = re.compile(r"^[\u4e00-\u9fff]{2,20}?(?:19|20)\d{2}\s*年度?\s*(?=[\u4e00-\u9fff]{4})")
# "下达某校的经常性项目“训练保障”": the project named in quotes after its word
_QUOTED = re.compile(r"项目“([^“”,;。]{2,30})”")
# "我局承担某县2022年度某某道路建设项目实施任务": the project a unit's report says it carried out
_UNDERTAKEN = re.compile(r"(?:^|(?<=[,;。]))\s*(?:我|本)[\u4e00-\u9fff]{1,3}承担(?:了)?\s*"
                         r"([^,;。:()“”《》\s的]{4,50}?(?:项目|工程))\s*(?:的)?(?:实施|建设)任务")
# a fund's, a fee's or a work's name called its 项目 ("某某补助经费项目", "某某专项费项目"): the name is the
# fund's ("某某工程项目" keeps its 项目, as the corpora write a works project's name)
_CALLED_PROJECT = re.compile(r"(?:(?<=费)|(?<=资金|专项|工作))项目$")
# "对某年度省级财政资金某某专项费项目…进行了绩效评价": the level's money the project is paid from, no part of its name
_PAID_FROM = re.compile(rf"^(?:{_LEVELS})财政资金(?=[\u4e00-\u9fff]{{4}})")


# "中央对某省转移支付某某补助资金": who hands the money down to whom, before the fund's own name
_TRANSFER_LEAD = re.compile(r"^中央对[\u4e00-\u9fff]{1,8}?转移支付(?=[\u4e00-\u9fff]{4})")
# "(某某检查站租金项目)" on a line of its own above "一、项目基本情况": the report's subtitle names its project
_BRACKETED = re.compile(r"\s*[(]\s*([^()\s,;。:]{2,40}?(?:项目|工程|经费|资金))\s*[)]\s*")


def evaluated_project(outline: Outline, facts: Facts) -> None:
    """With no title or label naming the project, the one the report's opening sentence evaluates, or the one its
    bracketed subtitle names."""
    if generic_name(facts.get("project.name")) and "project.name" in facts.weak:
        facts.drop("project.name")  # "建设项目绩效自评报告": a sharing site's title names no project
    if facts.has("project.name") or facts.get("kind") == "整体支出":
        return
    for line in outline.lines[:12]:
        if line.is_heading or line.marker_kind:
            break
        subtitle = _BRACKETED.fullmatch(line.norm)
        if subtitle is not None and not re.search(r"部门|单位|整体", subtitle.group(1)):
            name = line.text[subtitle.start(1): subtitle.end(1)]
            facts.put("project.name", name, ref(line.location, line.text.strip()), weak=True)
            return
    for line in outline.lines[:20]:
        if "对" not in line.norm or "评" not in line.norm:
            continue
        found = _EVALUATED.search(line.norm)
        if found is None or _NOT_A_PROJECT.fullmatch(found.group(1)) or re.search(r"部门|单位|整体", found.group(1)) \
                or generic_name(found.group(1)):
            continue  # ("对2024年度14个项目进行自评": a count of a unit's projects, no project evaluated)
        name = _PAID_FROM.sub("", _CALLED_PROJECT.sub("", line.text[found.start(1): found.end(1)].strip()))
        name = _TRANSFER_LEAD.sub("", _BODY_AND_YEAR.sub("", name))
        if match_text(name) in match_text(str(facts.get("title", ""))):
            return  # the title's own project, which the title's rules cut out of it (a unit may stand before it)
        source = ref(line.location, line.text[found.start(): found.end()])
        # "我们对某县某中心某某专项经费进行了绩效评价": another body's evaluation names the body evaluated, then its
        # fund ("对某某地区学校运转补助经费…开展了自评": a unit's own evaluation names its fund alone)
        evaluated_by_other = "自评" not in found.group(0)
        split = unit_then_project(name) if evaluated_by_other and not facts.has("unit.name") else None
        if split is not None:
            facts.put("unit.name", split[0], source.model_copy(update={"guessed": True}))
            name = split[1]
        if facts.put("project.name", name, source, weak=True):
            facts.put("kind", "项目支出", source)  # the sentence says a project was evaluated, as a title would
            return
    for line in outline.lines[:20]:
        found = (_UNDERTAKEN.search(line.norm) if "承担" in line.norm else None) \
            or (_QUOTED.search(line.norm) if "项目“" in line.norm else None)
        if found is not None and not _NOT_A_PROJECT.fullmatch(found.group(1)):
            name = line.text[found.start(1): found.end(1)].strip()
            facts.put("project.name", name, ref(line.location, line.text[found.start(): found.end()]), weak=True)
            return
    _called_this_project(outline, facts)
    for read in (_works_under_heading, _this_project, _allocated_project, _spending_title, _named_in_opening,
                 _transferred_fund):  # each only while no name was read
        if not facts.has("project.name"):
            read(outline, facts)


# "《某省财政厅关于下达2021年某某保护资金预算的通知》(…)下达我市…": the fund a transfer's notice hands down
_NOTICE_FUND = re.compile(r"关于下达\s*((?:19|20)\d{2}\s*年度?\s*[\u4e00-\u9fff]{2,30}?(?:资金|经费))"
                          r"(?:预算)?的?(?:通知|批复)》")


def _transferred_fund(outline: Outline, facts: Facts) -> None:
    """A transfer payment's self-evaluation with no title: its 转移支付概况 opens on the notice that handed the fund
    down, and that notice's fund, with its year, is the project evaluated (a guess: the report names it nowhere
    else)."""
    for line in outline.lines[:10]:
        if "转移支付" not in line.norm:
            continue
        for below in outline.lines[line.position + 1: line.position + 3]:
            found = _NOTICE_FUND.search(below.norm) if "关于下达" in below.norm else None
            if found is not None:
                name = below.text[found.start(1): found.end(1)].strip()
                facts.put("project.name", name, ref(below.location, below.text[found.start(): found.end()],
                                                    guessed=True), weak=True)
                return
        return


_CALLED_THIS = lexicon_pattern("project_called_this")
_STATED_THIS = lexicon_pattern("project_stated_this")


def _called_this_project(outline: Outline, facts: Facts) -> None:
    """"某某经费项目(以下简称“本项目”)系…": the project the report goes on to call 本项目; else "本项目为某某馆建设。",
    the works the report says its 本项目 is."""
    for called in (_CALLED_THIS, _STATED_THIS):
        for line in outline.lines[:_THIS_LINES]:
            found = called.search(line.norm) if "本项目" in line.norm else None
            if found is not None and not _NOT_A_PROJECT.match(found.group("name")):
                name = line.text[found.start("name"): found.end("name")]
                facts.put("project.name", name, ref(line.location, line.text[found.start(): found.end()]), weak=True)
                return


_BASICS = re.compile(r"项目(?:基本)?(?:情况|概况)$")
# "一、项目基本情况" / "某某高速某段改线工程起于某镇…" / "某某管网改造工程(一期)是为…": the works the first sentence
# under the heading opens on (its phase in brackets part of its name)
_WORKS_SUBJECT = re.compile(r"([^,;。:()“”\s\d][^,;。:()“”\s]{3,38}?(?:工程|项目)"
                            r"(?:\([一二三四五六七八九十\d]{1,3}期\))?)(?=起于|起自|位于|是|系|为|由|于|总投资|主要|,)")


def _works_under_heading(outline: Outline, facts: Facts) -> None:
    """A page that opens on "项目基本情况" and names its project only as the first sentence's subject (a guess)."""
    lines = outline.lines[:15]
    for at, line in enumerate(lines[:-1]):
        if not (line.is_heading and _BASICS.search(line.rest_norm.strip())):
            continue
        nxt = lines[at + 1]
        found = _WORKS_SUBJECT.match(nxt.norm) if not nxt.is_heading and not nxt.marker_kind else None
        if found is not None and not re.search(r"^(?:本|该|我)|部门|单位|整体", found.group(1)):
            name = nxt.text[found.start(1): found.end(1)]
            facts.put("project.name", name, ref(nxt.location, name, guessed=True), weak=True)
        return


# "该某某创建专项资金项目于2020年初向财政局申报": a report with no title naming its project with 该 (a guess)
_THIS_PROJECT = re.compile(r"该([^,;。:()“”《》\s该]{4,30}?(?:项目|工程))(?=于|是|为|由|系|自|共|总投资|,)")
_THIS_LINES = 80  # lines of the report's opening looked at


def _this_project(outline: Outline, facts: Facts) -> None:
    for line in outline.lines[:_THIS_LINES]:
        found = _THIS_PROJECT.search(line.norm) if "该" in line.norm else None
        if found is not None and not _NOT_A_PROJECT.match(found.group(1)) and not re.search(r"部门|单位|整体",
                                                                                              found.group(1)):
            name = line.text[found.start(1): found.end(1)]
            facts.put("project.name", name, ref(line.location, line.text[found.start(): found.end()], guessed=True),
                      weak=True)
            return


# "下达某某示范项目转移支付预算…" / "我县2023年某某硬化项目计划投资840万元": the project the money was allocated to or
# planned for, named only in the sentence that gives its money (a guess); "2021年我局某某改造项目支出预算共…" /
# "我单位某某项目预算…": the reporting body's own project, named after its first-person word (after a clause's
# start or the year, a heading the sentence ran onto standing before the year)
_ALLOCATED_TO = re.compile(r"(?:下达|(?:^|(?<=[,;。])|(?<=(?:19|20)\d{2}年)|(?<=(?:19|20)\d{2}年度))"
                           rf"{lexicon_pattern('first_person_body').pattern}(?:20\d{{2}}\s*年度?)?)\s*"
                           r"([^,;。:()“”《》\s的\d]{4,30}?项目)(?=转移支付|预算|资金|计划投资|总投资|支出预算)")


_TOGETHER = lexicon_pattern("projects_together")  # "所有建设项目", "上级转移支付项目": a body's projects, none named


def _allocated_project(outline: Outline, facts: Facts) -> None:
    for line in outline.lines[:_THIS_LINES]:
        found = _ALLOCATED_TO.search(line.rest_norm) if "项目" in line.norm else None
        if found is not None and not _NOT_A_PROJECT.match(found.group(1)) \
                and not re.search(r"部门|单位|整体|各|等", found.group(1)) and not _TOGETHER.match(found.group(1)):
            start = line.body_start
            name = line.text[start + found.start(1): start + found.end(1)]
            facts.put("project.name", name, ref(line.location, line.text[start + found.start(): start + found.end()],
                                                guessed=True), weak=True)
            return


# "某某种植补贴支出绩效自评报告": a title naming a subsidy or fund, not a unit, before 支出绩效自评报告 (a guess)
_SPENDING_TITLE = re.compile(r"([^,;。:()“”《》\s\d]{2,30}?(?:补贴|补助|资金|经费|专项))(?:项目)?"
                             r"支出绩效(?:自评|评价)报告")


def _spending_title(outline: Outline, facts: Facts) -> None:
    for line in outline.lines[:12]:
        found = _SPENDING_TITLE.fullmatch(line.rest_norm.strip()) if "支出" in line.norm else None
        if found is not None and not _NOT_A_PROJECT.match(found.group(1)) \
                and not re.search(r"部门|单位|整体|局|政府|院|校", found.group(1)):
            start = line.body_start + line.rest_norm.index(found.group(1))
            name = line.text[start: start + len(found.group(1))]
            facts.put("project.name", name, ref(line.location, line.text.strip(), guessed=True), weak=True)
            return


# "2022 年某某工作项目部门评价报告 一、项目基本情况 (一)项目概况 …": a report's title run on with its first heading on
# one line (a viewer's copy of a file of several reports), the project named before 项目 (a guess)
_RUN_ON_TITLE = re.compile(r"^\s*(?:(?:19|20)\d{2}\s*年度?\s*)?([^,;。:()“”《》\s\d]{2,30}?)\s*项目\s*"
                           r"(?:部门|单位)?\s*(?:支出)?\s*(?:绩效)?\s*(?:自评|评价)(?:报告)?\s+一\s*、")
# each phrasing that names the fund or project in the opening lines, the word a line must hold, the lines looked at
# (the lexicon's opening_fund_names: a fund announced, after a year, as a heading, handed down, handed down as a total,
# handed to a body with its amount)
_OPENING_NAMES = ((lexicon_pattern("opening_fund_names.announced"), "绩效自评", 12),
                  (lexicon_pattern("opening_fund_names.announced_after_year"), "现将", 12),
                  (_RUN_ON_TITLE, "一、", 20), (lexicon_pattern("opening_fund_names.heading"), "绩效自评", 12),
                  (lexicon_pattern("opening_fund_names.handed_down"), "下达", 12),
                  (lexicon_pattern("opening_fund_names.handed_down_total"), "下达", 20),
                  (lexicon_pattern("opening_fund_names.handed_to_body"), "下达", 20))


# the levels' words a programme's name may open on ("中央财政某某安居工程补助资金")
_LEVELS_LEAD = re.compile(rf"^(?:{_LEVELS}|本级|财政)+")
_LEVELED_REST = 6  # the fewest characters of a name after its levels' words ("中央财政补助资金" names no programme)


def _names_a_fund(name: str) -> bool:
    """Whether an opening sentence's ``name`` names one fund: not a level's money alone ("中央资金") nor words any
    fund is called by; a programme's name may open on its level ("中央财政某某安居工程补助资金")."""
    rest = _LEVELS_LEAD.sub("", name)
    if rest != name and len(rest) < _LEVELED_REST:
        return False
    return not _NOT_A_PROJECT.match(rest) and not generic_name(rest) and not generic_name(name)


_UNDER_FIRST_HEADING = 3  # the lines under the outline's first "一、" heading looked at when it stands past the window


def _opening_lines(lines: list[Line], count: int, first: int | None) -> list[Line]:
    """The first ``count`` of ``lines``, and the few under the outline's first "一、" heading (at ``first``) when a
    web page's head (its metadata rows, a label and its value each on a line) pushed that heading past them."""
    if first is None or first < count - 1:
        return lines[:count]
    return lines[:count] + lines[max(count, first + 1): first + 1 + _UNDER_FIRST_HEADING]


def _named_in_opening(outline: Outline, facts: Facts) -> None:
    first = next((line.position for line in outline.lines if line.marker_kind == "cn" and line.number == 1), None)
    for pattern, word, lines in _OPENING_NAMES:
        for line in _opening_lines(outline.lines, lines, first):
            found = pattern.search(line.norm) if word in line.norm else None
            if found is not None and _names_a_fund(found.group(1)) \
                    and not re.search(r"部门|单位|整体|各", found.group(1)):
                name = line.text[found.start(1): found.end(1)]
                if word == "下达":  # "中央下达广西某某资金预算…": the province handed it, no part of the fund's name
                    name = without_province(name)
                facts.put("project.name", name,
                          ref(line.location, line.text[found.start(): found.end()], guessed=True), weak=True)
                return
