"""The unit named only as the subject of its own setup: "某某街道办事处内设10个办公室:…" or "某某县某某中心下设
办公室、财务室…" opening a line of a 决算's 机构设置 part, on a page cut before its title (no label, no title, no
signature names the unit); or as the subject of its own self-evaluation ("…要求,某部在对…基础上,对某某资金进行了绩效
自评"). Read last, as a guess, when nothing else named the unit."""

from __future__ import annotations

import re

from jixiao.lexicon import pattern
from jixiao.readers.extract.evaluators import is_evaluator
from jixiao.readers.extract.facts import Facts, ref
from jixiao.readers.extract.name_ends import names_a_body
from jixiao.readers.extract.outline import Outline
from jixiao.readers.extract.page_meta import source_body
from jixiao.readers.textnorm import match_text

# the line opens on the name (after its list mark, or a 机构设置 label), followed by what the body sets up inside or
# under it; the name must end as a body's does (name_ends)
_SETUP = re.compile(
    r"\s*(?:机构设置(?:情况)?\s*[:,]\s*)?(?P<name>[\u4e00-\u9fff()]{4,30}?)(?:机关|本级)?\s*(?:内设|下设|设有|下辖)"
    r"\s*(?:\d+|[一二三四五六七八九十两]{1,3}|[\u4e00-\u9fff])")
# "本局内设…", "我中心下设…", "该院…", "全局…": the unit speaks of itself without its name
_NO_NAME = re.compile(r"^(?:本|我|该|全|其|原|各|局|中心|单位)")
_SETUP_WORDS = ("内设", "下设", "设有", "下辖")


def unit_from_setup(outline: Outline, facts: Facts) -> None:
    """The first line that opens on a named body setting up its offices or bodies names the unit (a guess); a later
    sentence of the line may open on it, after the year ("(一)基本情况。2023年度某某中心内设6个部门。")."""
    if facts.has("unit.name"):
        return
    for line in outline.lines:
        if not any(word in line.norm for word in _SETUP_WORDS):
            continue
        match = _setup_sentence(line.rest_norm)
        if match is None:
            continue
        start = line.body_start
        name = line.text[start + match.start("name"): start + match.end("name")]
        facts.put("unit.name", name, ref(line.location, line.text[start: start + match.end()], guessed=True))
        return


def _setup_sentence(text: str) -> re.Match[str] | None:
    """The line's first sentence that opens (after its year, if any) on a named body setting up its offices."""
    at = 0
    while at >= 0:
        year = _YEAR_LED.match(text, at) if at else None
        match = _SETUP.match(text, year.end() if year else at)
        if match is not None and names_a_body(match.group("name")) and not _NO_NAME.match(match.group("name")):
            return match
        at = text.find("。", at) + 1 or -1
    return None


def unit_in_its_section(outline: Outline, facts: Facts) -> None:
    """"(一)项目单位基本情况" over "项目主管部门为某某站(…),其主要职能有…": the body the project's unit section
    describes is the unit when nothing else named it (a guess: the sentence calls it the supervisor)."""
    department = facts.get("unit.supervising_department")
    if facts.has("unit.name") or not isinstance(department, str) or not names_a_body(department):
        return
    where = facts.refs["unit.supervising_department"].location
    heading = None
    for line in outline.lines:
        if line.location == where:
            break
        if line.is_heading or line.marker_kind:
            heading = line
    else:
        return
    if heading is not None and "项目单位" in heading.norm and "情况" in heading.norm:
        facts.put("unit.name", department, ref(where, department, guessed=True))


# "某市某某学院是2000年…合并升格而成" opening a line; a line that is the name alone ("某省人民检察院" over the prose);
# "某州某某会(以下简称“州某某会”)于1990年成立": the name with the short name the text goes on to use (group short);
# "某区委某某部(以下简称某部)、某区某某会合署办公": a body sharing its office with another (group joint)
_INTRODUCED = pattern("body_introduction")
_SELF_DEFINED = pattern("self_defined_body")  # "某省某联是…组成的人民团体": a body defining itself
_HEAD_LINES = 40
# "根据市财政局预算,下达某市某某学校的经常性项目“某某”": the body a project's money was handed down to
_HANDED_TO = re.compile(r"下达\s*(?P<name>[\u4e00-\u9fff()]{4,30}?)\s*的")


def unit_from_self_reference(outline: Outline, facts: Facts) -> None:
    """A page cut before its title, or whose title is the bare name: the body a line introduces ("某学院是…")
    or names alone, when the text speaks of itself by that body's word (我院 / 本院 for a 某某学院, 我中心 for a
    某某中心). Read last, as a guess, when nothing else named the unit."""
    if facts.has("unit.name"):
        return
    text = "".join(line.norm for line in outline.lines)
    before = ""  # the last line with text above this one
    for line in outline.lines[:_HEAD_LINES]:
        alone, above = line.rest_norm.strip(), before
        before = line.norm.strip() or before
        if alone and pattern("letter_title_end").search(above):
            continue  # "关于上报某某的报告" then "某州某局": a letter's addressee, not its author
        match = _INTRODUCED.match(line.rest_norm) or _introduced_in_sentence(line.rest_norm)
        candidate = alone if len(alone) <= 30 and names_a_body(alone) else match.group("name") if match else ""
        if not candidate and "下达" in line.norm and (given := _HANDED_TO.search(line.rest_norm)) is not None:
            candidate = given.group("name")  # "下达某市某某学校的经常性项目…", the text saying 我校: the body it
            # went to
        # "某县某某联合会是一个履行…职能的社会团体": a body defining itself needs no 我会 / 本会 after it
        defines = match is not None and candidate == match.group("name") \
            and (line.rest_norm.startswith("是一个", match.start("name") + len(candidate))
                 or _SELF_DEFINED.match(line.rest_norm, match.start("name") + len(candidate)) is not None
                 or match.group("joint") is not None)  # "X(以下简称Y)、Z合署办公": the unit introducing itself
        # "某县某某社成立于1951年,系某县人民政府直属…事业单位": a body founded and placed under the one over it
        defines = defines or (match is not None and candidate == match.group("name")
                              and _placed_under(line.rest_norm[line.rest_norm.find(candidate):], facts))
        if match is not None and candidate == match.group("name") and match.group("short"):  # 以下简称 a name the
            # text goes on to use: the unit naming itself
            defines = defines or match.group("short") in text.replace(match.group(), "").replace(candidate, "")
        if not candidate or not names_a_body(candidate) or _NO_NAME.match(candidate) \
                or not (defines or _speaks_as(candidate, text)) or is_evaluator(candidate, text):
            continue  # (a commissioned evaluator speaks as 我中心 / 我院 of itself too)
        start = line.body_start + line.rest_norm.find(candidate)
        name = line.text[start: start + len(candidate)]
        facts.put("unit.name", name, ref(line.location, line.text.strip(), guessed=True))
        return


_DUTIES_OF = pattern("duties_of_body")


def unit_from_duties(outline: Outline, facts: Facts) -> None:
    """"(一)单位职能:某区某某委员会(以下简称区某委)的主要职能:…": the body whose duties the report's section on its
    unit lists is the unit, a guess, when nothing else named it."""
    _unit_named_by(outline, facts, _DUTIES_OF, "职")


_COUNTED_BY = pattern("projects_counted_by")


def unit_from_counted_projects(outline: Outline, facts: Facts) -> None:
    """"(一)某某管理处2022年度共有5个项目" after an outline mark, the text saying 我处: the body whose projects the
    report counts is the unit, a guess, when nothing else named it."""
    if facts.has("unit.name"):
        return
    text = "".join(line.norm for line in outline.lines)
    for line in outline.lines[:_HEAD_LINES]:
        for found in _COUNTED_BY.finditer(line.norm) if "个" in line.norm else ():
            name = found.group("name")
            if names_a_body(name) and not _NO_NAME.match(name) and _speaks_as(name, text):
                facts.put("unit.name", name, ref(line.location, line.text.strip()[:60], guessed=True))  # (Han only)
                return


_YEAR_LED = re.compile(r"\s*(?:19|20)\d{2}\s*年度?\s*,?\s*(?=[\u4e00-\u9fff])")


def unit_from_opening_subject(outline: Outline, facts: Facts) -> None:
    """An untitled report whose text opens a line on its year and a body ("2019年某县某某中心向县级财政争取资金…")
    and speaks as that body (我中心): the body is the unit, a guess, before the page's publisher that stood in for a
    unit nothing named (a bureau publishing its centre's report)."""
    source = facts.refs.get("unit.name")
    if source is not None and not (source.location == "网页信息" and source.guessed):
        return
    text = "".join(line.norm for line in outline.lines)
    for line in outline.lines[:_HEAD_LINES]:
        year = _YEAR_LED.match(line.rest_norm) if "年" in line.rest_norm[:7] else None
        if year is None:
            continue
        name = _speaking_body(line.rest_norm[year.end():], text)
        if name:
            start = line.body_start + year.end()
            facts.drop("unit.name")  # (the publisher is put back by its fallback when nothing else names the unit)
            facts.put("unit.name", line.text[start: start + len(name)], ref(line.location, line.text.strip(),
                                                                             guessed=True))
            return


def unit_from_untitled_opening(outline: Outline, facts: Facts) -> None:
    """A page cut before its title whose text opens on a body ("某州某局认真贯彻…") and opens sentences on it again
    ("…。某州某局开展…"): the body the text is about, a guess, when nothing else named the unit and no title but
    that opening prose was read."""
    if facts.has("unit.name"):
        return
    first = next((line for line in outline.lines if line.rest_norm.strip()), None)
    if first is None or (facts.has("title") and not str(facts.get("title")).startswith(first.text.strip())):
        return  # (the text's opening prose taken for a title is no title)
    opening = first.rest_norm.lstrip()
    text = "".join(line.norm for line in outline.lines)
    name = ""  # the longest opening that names a body and opens a later sentence ("某州司" is held by "某州司法局")
    han = re.match(r"[\u4e00-\u9fff]*", opening)  # ("根据《某部…": a name is Chinese characters from the start)
    for end in range(4, min(han.end() if han else 0, _LONGEST_NAME) + 1):
        if names_a_body(opening[:end]) and _SENTENCE_LED.search(text.replace(opening[:end], "\0")) is not None:
            name = opening[:end]
    if not name or _NO_NAME.match(name) or _other_party(name, opening[len(name):]):
        return
    start = first.text.find(name)
    facts.put("unit.name", name if start < 0 else first.text[start: start + len(name)],
              ref(first.location, first.text.strip()[:60], guessed=True))


_SENTENCE_LED = re.compile(r"[。;!?]\0")  # a later sentence opening on the name (marked \0 in the text)
_LONGEST_NAME = 30


def _speaking_body(after: str, text: str) -> str:
    """The shortest opening of ``after`` that names a body the text speaks as ("某县某某中心向…", 我中心), or ""."""
    for end in range(4, min(len(after), _LONGEST_NAME) + 1):
        name = after[:end]
        if not "\u4e00" <= name[-1] <= "\u9fff":
            return ""
        if names_a_body(name) and not _NO_NAME.match(name) and _speaks_as(name, text):
            return "" if _other_party(name, after[end:]) else name
    return ""


_CLAUSE_END = re.compile(r"[,;。]")


def _other_party(name: str, rest: str) -> bool:
    """Whether the body opening the line is the other party of its clause, not the one that speaks: the clause names
    the speaker as 我 / 本 with the body's own kind ("县财政局下达我局…资金")."""
    end = _CLAUSE_END.search(rest)
    clause = rest[: end.start() if end else len(rest)]
    return f"我{name[-1]}" in clause or f"本{name[-1]}" in clause


def _introduced_in_sentence(norm: str) -> re.Match[str] | None:
    """"…工作小组。某县某馆为县委直属…事业单位" (a viewer's run-on text): a sentence after a full stop that
    introduces a body, the first whose name names one."""
    at = norm.find("。")
    while at >= 0:
        match = _INTRODUCED.match(norm, at + 1)
        if match is not None and names_a_body(match.group("name")) and not _NO_NAME.match(match.group("name")):
            return match
        at = norm.find("。", at + 1)
    return None


# "…所属二级事业单位" / "…直属正科级公益一类事业单位": a body placed under the one named before
PLACED_UNDER = re.compile(r"(?:所属|下属|直属|管理)的?\s*[^,;。]{0,16}?事业单位")
# "系某县人民政府直属正科级…事业单位": the sentence naming the body over the unit, the unit its subject
OVER_THE_UNIT = re.compile(PLACED_UNDER.pattern + "$")


def _placed_under(sentence: str, facts: Facts) -> bool:
    """Whether the sentence opening on a body is the one that placed it under the unit's supervisor."""
    over = facts.refs.get("unit.supervising_department")
    if over is None or not OVER_THE_UNIT.search(over.text):
        return False
    end = sentence.find("。")
    return match_text(over.text) in (sentence if end < 0 else sentence[:end])


def _speaks_as(name: str, text: str) -> bool:
    """Whether the text calls itself by the body word the name ends on: 我院 / 本院, 我中心 / 本中心; a school named
    某某小学 / 中学 / 大学 calls itself 我校."""
    words = [name[-size:] for size in (1, 2)] + (["校"] if _SCHOOL_END.search(name) else [])
    return any(f"{own}{word}" in text for word in words for own in ("我", "本"))


_SCHOOL_END = re.compile(r"[小中大]学$")


def unit_from_source(metadata: dict[str, str], outline: Outline, facts: Facts) -> None:
    """A page's 来源 / 来源单位 line naming a body the text speaks as ("来源:某市某某局", the text saying 我局 or
    我单位): the unit, as a guess, when nothing else named it (a newspaper it was copied from names no body; a body
    the text does not speak as may be a publisher for others, a form's too). "区某某局": the site's own district
    left unnamed, the body the rest."""
    body = source_body(metadata)
    if facts.has("unit.name") or not 4 <= len(body) <= 40 or not names_a_body(body) or _NO_NAME.match(body):
        return
    text = "".join(line.norm for line in outline.lines)
    if _speaks_as(body, text) or "我单位" in text:
        if _BARE_LEVEL.match(body) and names_a_body(body[1:]):
            body = body[1:]
        facts.put("unit.name", body, ref("网页信息", body, guessed=True))


_BARE_LEVEL = re.compile(r"^[区县](?=[\u4e00-\u9fff]{3})")  # "区卫生健康局": the site's own district's bureau


_COMMISSIONED = pattern("evaluation_sentences.commissioned")
_SELF_EVALUATING = pattern("evaluation_sentences.self")
_YEAR_IN = re.compile(r"(?:19|20)\d{2}\s*年")
_OWN_PART = re.compile(r"(?:部门|本级)$")  # "某县某局部门对…": the department the body heads, the body's name before it


def unit_from_evaluation(outline: Outline, facts: Facts) -> None:
    """The sentence saying who evaluated what, when nothing else named the unit (a guess): a commissioned firm's
    "对某镇人民政府2021年某某资金项目进行绩效评价" near the top names the unit it evaluated (the body before the
    year); "某县某局部门对…进行自评" / "…,某部在对…审核基础上,对某某资金进行了绩效自评" names the body that evaluated
    its own money (自评: never another's), the first such sentence of the text."""
    if facts.has("unit.name"):
        return
    for line in outline.lines[:_HEAD_LINES]:
        found = _COMMISSIONED.search(line.norm) if "委托" in line.norm else None
        year = _YEAR_IN.search(found.group("object")) if found is not None else None
        if found is not None and year is not None and names_a_body(found.group("object")[: year.start()]):
            start = found.start("object")
            name = line.text[start: start + year.start()].strip()
            facts.put("unit.name", name, ref(line.location, line.text[found.start(): found.end()], guessed=True))
            return
    for line in outline.lines:
        if "自评" not in line.norm or "对" not in line.norm:
            continue
        for match in _SELF_EVALUATING.finditer(line.norm):
            name = _OWN_PART.sub("", match.group("name"))
            if names_a_body(name) and not _NO_NAME.match(name):
                start = match.start("name")
                facts.put("unit.name", line.text[start: start + len(name)],
                          ref(line.location, line.text[match.start(): match.end()], guessed=True))
                return


_BUDGET_HOLDER = pattern("budget_holder")


def unit_from_budget_holder(outline: Outline, facts: Facts) -> None:
    """"某某经费项目…系依法列入某市某某办公厅(以下简称“某办公厅”)部门预算项目": the body whose budget the
    project is in, when nothing else named the unit (a guess)."""
    _unit_named_by(outline, facts, _BUDGET_HOLDER, "列入")


def _unit_named_by(outline: Outline, facts: Facts, phrase: re.Pattern[str], word: str) -> None:
    """The body ``phrase`` names (group name) in the first of the head lines holding ``word`` where it names one: the
    unit, a guess, when nothing else named it."""
    if facts.has("unit.name"):
        return
    for line in outline.lines[:_HEAD_LINES]:
        found = phrase.search(line.norm) if word in line.norm else None
        if found is not None and names_a_body(found.group("name")) and not _NO_NAME.match(found.group("name")):
            name = line.text[found.start("name"): found.end("name")]
            facts.put("unit.name", name, ref(line.location, line.text[found.start(): found.end()], guessed=True))
            return


_ATTACHED_OWN_REPORT = pattern("attached_own_report")


def unit_from_attached_report(outline: Outline, facts: Facts) -> None:
    """"本部门按要求…开展自评,《某县某局2020年部门整体支出绩效评价报告》见附件": a 决算 page attaching its own
    whole-unit report names the unit in that report's title, when nothing else named it (a guess)."""
    if facts.has("unit.name"):
        return
    for line in outline.lines:
        found = _ATTACHED_OWN_REPORT.search(line.norm) if "附件" in line.norm and "《" in line.norm else None
        if found is not None and names_a_body(found.group("name")):
            name = line.text[found.start("name"): found.end("name")]
            facts.put("unit.name", name, ref(line.location, line.text[found.start("name"): found.end()],
                                             guessed=True))
            return


# "…绩效自评报告 某省某局 二〇二二年三月": a cover's signing body before its date (in words, a 〇 year normalised
# to digits, or a viewer's "二O二二")
_SIGNED_IN_WORDS = re.compile(r"\s*(?P<name>[\u4e00-\u9fff()]{4,20}?)\s*"
                              r"(?:[一二][〇○O零一二三四五六七八九]{3}|(?:19|20)\d{2})\s*年\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*月")
_REPORT_END = re.compile(r"^.{6,80}?(?:报告|自评表)")
_COVER_LINES = 20  # a sharing site's page list and notices may stand above the cover


def unit_from_cover_signature(outline: Outline, facts: Facts) -> None:
    """A cover run into one line, "…2021年度绩效自评报告某省某局二〇二二年三月…" (a viewer may cut the title's last
    character): the body between the title and a date written in words signs the report, the unit when nothing
    else named it (a guess)."""
    title = _REPORT_END.match(str(facts.get("title", "")))
    if facts.has("unit.name") or title is None:
        return
    words = re.sub(r"\s+", "", title.group())[:-1]  # (its last character may be cut)
    # (a line the title wraps on is a space in a one-paragraph flattening: "…开发与 地质环境…报告")
    spaced = re.compile(r"\s*".join(map(re.escape, words)))
    for line in outline.lines[:_COVER_LINES]:
        if words[:2] not in line.norm:
            continue
        found = spaced.search(line.norm)
        if found is None:
            continue
        end = found.end()
        end += 1 if line.norm[end: end + 1] == title.group()[-1] else 0
        signed = _SIGNED_IN_WORDS.match(line.norm, end)
        if signed is not None and names_a_body(signed.group("name")):
            name = line.text[signed.start("name"): signed.end("name")]
            facts.put("unit.name", name, ref(line.location, line.text[signed.start("name"): signed.end()],
                                             guessed=True))
            return
