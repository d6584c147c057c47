"""Unit facts stated in prose: internal and subordinate bodies (and the staff, in :mod:`.staff`)."""

from __future__ import annotations

import re

from jixiao.lexicon import pattern
from jixiao.model import SourceRef
from jixiao.numbers import chinese_numeral
from jixiao.readers.extract.facts import Facts, ref
from jixiao.readers.extract.outline import Line, Outline
from jixiao.readers.extract.sentences import sentences
from jixiao.readers.extract.staff import extract_staff
from jixiao.readers.textnorm import match_text

# a count's figure in digits or in Chinese ("12", "两"); the same of at most three digits (no year, no amount)
_NUMBER = r"(?:\d+|[一二三四五六七八九十两]{1,3})"
_SMALL_NUMBER = r"(?:\d{1,3}|[一二三四五六七八九十两]{1,3})"
_COUNT = rf"({_NUMBER})\s*(?:个|家|所)"
_OFFICES = pattern("unit_bodies.offices").pattern  # the nouns of a unit's own offices (科室|股室|…)
_OFFICE_NOUN = rf"(?:{_OFFICES}|内设机构)"
_UNDER = pattern("unit_bodies.under").pattern  # the words before the bodies under a unit (下设|下属|…)


def _spaced(words: str) -> str:
    """Alternatives with spaces allowed between their characters (a PDF's text: "内 设 科 室")."""
    return "|".join(r"\s*".join(word) for word in words.split("|"))


_SPACED_BODY = _spaced(f"机构|{_OFFICES}")
# ("设置党政机构10个：即…": a street office's or a town's own offices)
INTERNAL_BODIES = re.compile(rf"内设(?:机构|{_OFFICES}|部门)?|设有?(?:{_OFFICES})|职能(?:{_OFFICES})"
                       r"|设置(?:党政|职能|工作)?机构")
SUBORDINATE_UNITS = re.compile(rf"{_UNDER}|二级单位|派出")
_BODY_WORDS = re.compile(f"{INTERNAL_BODIES.pattern}|{SUBORDINATE_UNITS.pattern}|设有|现设")  # any, in one search
# "学校设有校长室、教务处、…、总务处": offices listed after 设有 with no count or noun, each named as an office is;
# "…事业单位,内设办公室、某股、某股和某中心,…": the last joined by 和, the list a clause of its own
_OFFICE = r"[^,:;。、\d()]{1,12}?(?:室|处|科|股|部|组|中心)"
_OFFICE_LIST = re.compile(rf"(?:{pattern('unit_bodies.listing').pattern})(?P<list>{_OFFICE}(?:、{_OFFICE}){{1,}}"
                          rf"(?:[、和]{_OFFICE}))(?=,|$)")
_ONE_OFFICE = re.compile(rf"{_OFFICE}(?=[、和]|$)")


def _offices(listed: str, norm: str) -> list[str]:
    """The offices of a list matched by :data:`_OFFICE_LIST` (``norm``, the same text normalised), each the
    shortest name ending on an office's noun before the next 、 or 和 ("某某股和电子文件和数字档案备份中心": two)."""
    names, at = [], 0
    while (found := _ONE_OFFICE.match(norm, at)) is not None:
        names.append(listed[found.start(): found.end()].strip())
        at = found.end() + 1
    return names


# "下设2个科室": 下设 over the unit's own offices lists internal bodies
_INTERNAL_BY_NOUN = re.compile(rf"下设\s*{_NUMBER}?\s*个?(?:职能)?{_OFFICE_NOUN}")
# "下设办公室、预算股、…等16个股室": the list's own noun after its count names the unit's offices
# ("下设A、B等3个事业单位和5个股室": the list's count is the one right after it)
# ("馆内现设A、B、C、D4个部门": 部门 after a list's count names the unit's own offices too)
_INTERNAL_BY_LIST_NOUN = re.compile(rf"(?:下设|设有?)[^,:;。个]+?、[^,:;。个]+?{_NUMBER}\s*个\s*"
                                    rf"(?:职能)?(?:{_OFFICE_NOUN}|部门(?=,|$))")
# "内设7个职能科室办公室、某某部、…": the count and its noun, then the names run straight on with no colon (kept only
# when the count matches the names)
_COUNT_THEN_NAMES = re.compile(rf"内设\s*(?P<count>{_NUMBER})\s*个\s*(?:职能)?(?:{_OFFICES}|机构|部门)"
                               r"(?P<list>[^,:;。、\d]{2,30}、[^,:;。\d]+?)\s*[。.]?$")
# "…纪检监察室；1个正科级事业单位，即机关服务中心": the unit's own institutions counted, then named after 即
_COUNTED_INSTITUTIONS = re.compile(rf"^{_NUMBER}\s*个[^,:;。]{{0,6}}事业单位\s*,?\s*即")
# "下辖村卫生室9个" / "下辖9个村卫生室": a count with no list
# (the clause ends there: "中心校下辖8所完全小学,学校现有…")
_COUNT_ONLY = re.compile(rf"下辖(?:[^,;:。、\d]{{1,12}}?(?P<after>{_NUMBER})\s*(?:个|所|家)(?=,|$)"
                         rf"|(?P<before>{_NUMBER})\s*(?:个|所|家)[^,;:。、\d]{{1,12}}(?=,|$))")
# "中心校…管理覆盖某片区3个村委会共8所学校": the schools a central school runs, counted after what they are spread
# over
_COVERED = re.compile(rf"(?:管理覆盖|管辖)[^,;:。]{{0,40}}?共\s*({_NUMBER})\s*所"
                      r"[^,;:。、\d]{0,6}(?=,|$)")
_NONE = re.compile(r"(无|没有)(下属|所属|直属|二级)")
# (":即" — a colon then 即 — opens the list after both)
_LIST_START = re.compile(r"(?:即|分别为|分别是|包括|具体为|为)?\s*:(?:\s*(?:即|分别为|分别是|包括))?"
                         r"|分别为|分别是|包括|即")


_LEADING_AND = re.compile(r"^(和|及|以及|与|内设)")  # ("内设机构包括：内设办公室、…": the verb said again)
_TRAILING_ETC = re.compile(r"(等)$")


_LIST_STOP = re.compile(r"[、,，;；]")
_CLAUSE_BREAK = re.compile(r"[,，;；]")
# a space between two Chinese characters inside one listed name: a line the page wrapped there
_WRAP_SPACE = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")
# the colon right after a list's count ("内设股室、单位9个:"), the bodies' names following it
_NAMES_AFTER_COUNT = re.compile(r"\s*:\s*")


def _split_list(text: str) -> list[str]:
    bracketed = any(ch in text for ch in "(（)）")  # (most lists hold none: every stop then cuts)
    items = _split_outside_brackets(text) if bracketed else _LIST_STOP.split(text)
    cleaned = []
    for item in items:
        item = _LEADING_AND.sub("", item.strip())
        item = _TRAILING_ETC.sub("", item.strip(" 。.；;"))
        item = _WRAP_SPACE.sub("", item)  # "技术播出 保障部": a line wrapped inside one body's name
        if item:
            cleaned.append(item)
    return cleaned


def _split_outside_brackets(text: str) -> list[str]:
    """The text cut at each stop that no bracket holds ("办公室（含财务、人事）、业务科" → two items)."""
    items: list[str] = []
    depth, current = 0, ""
    for ch in text:
        if ch in "(（":
            depth += 1
        elif ch in ")）":
            depth = max(0, depth - 1)
        if depth == 0 and ch in "、,，;；":
            items.append(current)
            current = ""
        else:
            current += ch
    items.append(current)
    return items


def _count(text: str) -> int | None:
    """The first count in the text ("共3个", "两所"), or None."""
    match = re.search(_COUNT, text)
    return _number(match.group(1)) if match else None


def _number(figure: str) -> int | None:
    """A count's figure read ("12", "十二"), or None."""
    try:
        return chinese_numeral(figure)
    except ValueError:
        return None


_BRACKETED_COUNT = re.compile(rf"[(（]\s*(?:共|计)?\s*({_NUMBER})\s*个\s*[)）]\s*[。.]?\s*$")
# "…：A、B、C、其中行政单位1个,其他事业单位3个": a breakdown of the kinds after the names is none of them
_BREAKDOWN = re.compile(r"[、,，;；]\s*其中")
_NUMBER_ONLY = re.compile(rf"\s*({_SMALL_NUMBER})\s*个?\s*[。.]?\s*")
_INLINE_LIST = re.compile(
    # (not 建设 / 增设 / 开设 / 假设 / 预设 / 新设, nor 设置: "部门机构设置、编制某部…单位1个,下设…4个内设机构")
    # ("内设A、B…等内设机构30个": the list's noun between its 等 and its count)
    rf"(?:内设|{_UNDER}|(?<![建增开假预新下内另])设(?!置))"
    # ("内设机构：A、B、C，共3个": a label's colon before the list, its count after a comma and 共;
    # "共设立办公室、…": 设立 the verb, no part of the first name; not after 内设: "内设立案庭、…" a court's 立案庭)
    rf"(?:二级|预算|直属|基层)?(?:机构|{_OFFICES}|部门|单位|事业单位|医疗机构)?(?:有|包括|\s*:|(?<=设)(?<!内设)立)?"
    # ("…股(加挂某办公室,某办公室与其合署办公)、…": a bracket in a name may hold a comma)
    r"(?P<list>(?:[^,:;。]|[(][^()]{0,40}[)])+?、(?:[^,:;。]|[(][^()]{0,40}[)])+?)"
    rf"(?:等(?:内设机构|机构|{_OFFICES}|职能部门)?)?\s*"
    # ("…、某股（4个）": the count in brackets after the list)
    rf"(?:[(（]\s*(?=(?:共|计)?\s*{_NUMBER}\s*个\s*[)）]))?"
    rf"(?:共|,\s*共计?(?=\d+\s*个\s*$)|,\s*(?:共|计|共计|合计)?(?={_NUMBER}\s*个\s*(?:二级|下属|直属|所属)?"
    r"(?:预算)?(?:机构|单位|事业单位)))?"  # ("…、某中心,6个二级机构": the count after a comma, before its noun)
    rf"(?P<count>{_NUMBER})\s*(?:个|家|(?=(?:二级|下属|直属)(?:预算)?单位))"
)  # ("…、文管所3二级单位": the count without its 个)


# "部门预算由局机关和县执法队、县检测中心2个二级单位预算组成": the units listed before their count, after the
# 本级 the sentence opens on (kept only when the count matches the names)
_LISTED_UNITS = re.compile(
    rf"(?:和|及|与|包括)(?P<list>[^,:;。和及与、]{{2,30}}、[^,:;。]{{2,120}}?)\s*(?:共)?(?P<count>{_NUMBER})\s*个"
    r"(?:二级|下属|所属|直属)(?:预算)?单位")


def _bodies_in(line: Line, sentence_norm: str, offset: int, facts: Facts, path: str, label: str) -> None:
    listed = _LISTED_UNITS.search(sentence_norm) if path == "unit.subordinate_bodies" else None
    if listed is not None:
        names = _split_list(line.text[offset + listed.start("list"): offset + listed.end("list")])
        if _number(listed.group("count")) == len(names):
            _record(facts, path, label, names, len(names), False,
                    ref(line.location, line.text[offset + listed.start(): offset + listed.end()]))
            return
    keyword = (INTERNAL_BODIES if path == "unit.internal_bodies" else SUBORDINATE_UNITS).search(sentence_norm)
    # "2.机构设置情况：学校内设三个处室，即…": the list and its count follow the clause the keyword opens
    from_ = max(sentence_norm.rfind(mark, 0, keyword.start()) for mark in ",:;") + 1 if keyword else 0
    inline = _INLINE_LIST.search(sentence_norm)
    start = _LIST_START.search(sentence_norm, from_)
    if inline and (not start or inline.start() < start.start()):
        raw = line.text[offset + inline.start("list"): offset + inline.end("list")]
        if _COUNTED_ITEM.match(raw):  # "下辖“17个大队、4个中队、1个服务中心”": groups counted one by one
            return
        stated = _number(inline.group("count"))
        if (named := _NAMES_AFTER_COUNT.match(sentence_norm, inline.end())) is not None:
            # "共有内设股室、单位9个:A、B、…": the words before the count name the kind of body, its names follow
            after = _split_list(line.text[offset + named.end(): offset + len(sentence_norm)].rstrip(" 。."))
            if len(after) == stated:
                _record(facts, path, label, after, stated, False,
                        ref(line.location, line.text[offset + inline.start(): offset + len(sentence_norm)]))
                return
        partial = "等" in sentence_norm[inline.end("list"): inline.start("count")] or raw.rstrip().endswith("等")
        _record(facts, path, label, _split_list(raw), stated, partial,
                ref(line.location, line.text[offset + inline.start(): offset + inline.end()]))
        return
    if not start:
        return
    original = line.text[offset + start.end(): offset + len(sentence_norm)]
    if (number := _NUMBER_ONLY.fullmatch(original)) is not None:  # "下属二级预算单位数量:11": a count, no names
        if (count := _number(number.group(1))) is not None:
            facts.put(f"{path}_count", count, ref(line.location, line.text[offset: offset + len(sentence_norm)]))
        return
    if (aside := _BREAKDOWN.search(original)) is not None:  # "：A、B、C、其中行政单位1个，…": the list ends at 其中
        original = original[: aside.start()]
    stated = None
    if (bracketed := _BRACKETED_COUNT.search(original)) is not None:  # "：办公室、某股、某股（3个）": the count last
        original, stated = original[: bracketed.start()], _number(bracketed.group(1))
    names = _split_list(original)
    if not names or any(len(_blank_brackets(n)) > 30 or _COUNTED.search(_blank_brackets(n)) for n in names):
        # ("包括本级预算和2个下属单位预算,编制50个(…),实有人数78人…": counts, no bodies' names; "下属事业单位两个：
        # A和B，撤销…，下辖社区5个": the count before the colon, the names not cut from the clauses after them)
        if (count := _count(sentence_norm[from_: start.start()])) is not None and start.group().strip().startswith(":"):
            facts.put(f"{path}_count", count, ref(line.location, line.text[offset + from_: offset + start.end()]))
        return
    partial = original.rstrip(" 。.;；").endswith("等")
    if stated is None:
        stated = _count(sentence_norm[from_: start.start()])
    if stated is not None and len(names) > stated and not partial:
        # "5个内设机构分别为A、B、C、D、E,代管F、G": the list ends at the comma where its stated count is reached
        head = _split_list(_CLAUSE_BREAK.split(original, maxsplit=1)[0])
        if len(head) == stated:
            names = head
    _record(facts, path, label, names, stated, partial,
            ref(line.location, line.text[offset: offset + len(sentence_norm)]))


def _blank_brackets(text: str) -> str:
    """The text without its asides ("办公室(3人)": a body's own staff in brackets is still its name)."""
    return re.sub(r"\([^()]*\)|（[^（）]*）", "", text)


def _record(facts: Facts, path: str, label: str, names: list[str], stated: int | None, partial: bool,
            source: SourceRef) -> None:
    """The names, the count the text states ("6个办公室"), and whether the list is whole: partial when
    it ends in 等, whole when the count matches the names, unknown otherwise. A name listed twice
    ("即办公室、甲科、乙科、办公室") is one body."""
    names = list(dict.fromkeys(names))
    complete = False if partial else (True if stated is not None and stated == len(names) else None)
    if not facts.put(path, names, source.model_copy(update={"complete": complete}), label):
        return
    if stated is not None:
        facts.put(f"{path}_count", stated, source)
        if stated != len(names) and not partial:
            facts.warn(f"{label}：{source.location}称有 {stated} 个，但列出了 {len(names)} 个")


_COUNTED = re.compile(r"\d+\s*[个人名]")  # a figure counted ("编制50个", "78人"): no body's name holds one
_COUNTED_ITEM = re.compile(rf"\W*{_NUMBER}\s*[个所家]")
# "下设2个事业单位，一是某中心；二是某站。": the items follow 一是 / 二是 …, one a clause
_ENUMERATED = re.compile(rf"(?P<count>{_NUMBER})\s*个[^,:;。]{{0,10}}[,:]\s*一是")
_NEXT_ITEM = re.compile(r"[,;]\s*[二三四五六七八九十]是")


def _body_kind(head: str) -> tuple[str, str]:
    """The (path, label) of the bodies a list's head words name: internal ones, subordinate ones, or ("", "")."""
    if INTERNAL_BODIES.search(head):
        return "unit.internal_bodies", "内设机构"
    return ("unit.subordinate_bodies", "下属机构") if SUBORDINATE_UNITS.search(head) else ("", "")


def _enumerated(line: Line, facts: Facts) -> range:
    """The bodies listed as 一是… ；二是… in one sentence of the line; the span read (empty: none)."""
    match = _ENUMERATED.search(line.norm)
    if not match:
        return range(0)
    head = line.norm[: match.start()].rsplit("。", 1)[-1]
    path, label = _body_kind(head)
    end = line.norm.find("。", match.end())
    end = len(line.norm) if end < 0 else end
    cuts = [match.end(), *(p for m in _NEXT_ITEM.finditer(line.norm, match.end(), end) for p in m.span()), end]
    names = [line.text[a:b].strip(" ;,；，") for a, b in zip(cuts[::2], cuts[1::2], strict=True)]
    if not path or not names or any(not n or len(n) > 30 for n in names):
        return range(0)
    _record(facts, path, label, names, _number(match.group("count")), False,
            ref(line.location, line.text[match.start() - len(head): end]))
    return range(match.start() - len(head), end)


_SECOND_LIST = re.compile(rf",(?=[^,]*(?:{_UNDER}|派出))")  # "…5个办公室,另设…3个事业单位"


def _parts(sentence: str) -> list[tuple[int, str]]:
    """A sentence split where a second list of bodies begins ("…4个机构,下设…2个事业单位")."""
    cuts = [m.start() for m in _SECOND_LIST.finditer(sentence)]
    cuts = [c for c in cuts if INTERNAL_BODIES.search(sentence[:c])]
    if not cuts:
        return [(0, sentence)]
    cut = cuts[0]
    return [(0, sentence[:cut]), (cut + 1, sentence[cut + 1:])]


# "设 17 个内设机构" / "内设机构7个" / "内设股室7" with no names after it: the count alone (a PDF's spaces in words)
_BARE_COUNT = re.compile(rf"设有?\s*({_SMALL_NUMBER})\s*个\s*内\s*设\s*(?:{_SPACED_BODY})"
                         # ("内设所队室15个": a police bureau's stations, teams and offices, one word)
                         r"|(?:内\s*设|设有?工\s*作)\s*(?:机\s*构|(?:[科股处部组所队]\s*){1,3}室)\s*(?:共|有)?\s*"
                         rf"({_SMALL_NUMBER})\s*"
                         r"(?:个(?![^,;。]{0,4}[:、])|$)"  # "局机关内设股室7" ending its line: no 个
                         # "内设7个职能科室办公室、…": the count, the names glued on after it
                         rf"|内\s*设\s*({_SMALL_NUMBER})\s*个\s*(?:职\s*能\s*)?"
                         # ("内设17个职能部门": 部门 only after 职能)
                         rf"(?:{_SPACED_BODY}|(?<=能)\s*部\s*门)"
                         # "镇机关设置5个综合办公室": a town's or a street office's own offices, counted
                         rf"|机\s*关\s*设\s*置?\s*({_SMALL_NUMBER})\s*个\s*(?:综\s*合|职\s*能)?\s*"
                         rf"(?:办\s*公\s*室|{_SPACED_BODY})(?![^,;。]{{0,4}}[:、])")
# ("县委办内设组室12个": a party committee's offices; "机关设工作机构8个": a congress's or a CPPCC's, its own)
# "内设部室12个，所属二级预算单位2个": the count of the bodies under the unit, with no names after it
# ("本级预算和2个部门下属单位预算": the count first, the bodies after it)
_BARE_SUBORDINATE = re.compile(r"(?:所属|下属|直属)(?:二级)?(?:预算)?(?:事业)?单位\s*(?:共|有)?\s*"
                               rf"({_SMALL_NUMBER})\s*个(?![^,;。]{{0,4}}[:、])"
                               # a form's label and its figure ("下属单位个数:0", "下属二级预算单位数量 3")
                               r"|(?:所属|下属|直属)(?:二级)?(?:预算)?(?:事业)?单位(?:个数|数量)\s*[:]?\s*"
                               r"(\d{1,3})(?![\d.%])"
                               rf"|(?<![\d.])({_SMALL_NUMBER})\s*个\s*(?:部门)?(?:所属|下属|直属)"
                               r"(?:二级)?(?:预算)?(?:事业)?单位"
                               # "…、某某站等5个二级机构": the bodies under the unit, listed before their count
                               rf"|(?<![\d.])({_SMALL_NUMBER})\s*个\s*二级机构")


# "下设市医疗保险服务中心1个事业单位": one body named before its count of one (a list of one has no "、")
_ONE_BODY = re.compile(rf"(?:{_UNDER})有?(?P<name>[^,:;。、\d]{{2,30}}?)\s*共?(?:1|一)\s*个"
                       r"(?:二级|预算|直属|下属)?(?:事业单位|单位|机构)")


# "下设综合行政执法队、便民服务中心" / "所属事业单位有A、B": bodies under the unit listed with no count, the list the
# clause's end, each name ending on a body's noun (a centre, a team, a station …; no office: 室 / 科 / 股)
_BODY_NAME = rf"[^,:;。、\d()]{{2,20}}?(?:{pattern('unit_bodies.subordinate_nouns').pattern})"
_UNCOUNTED = re.compile(rf"(?:{_UNDER})(?:二级|直属)?(?:事业单位|单位|机构)?(?:有|为|包括)?"
                        rf"(?P<list>{_BODY_NAME}(?:、{_BODY_NAME})+)(?P<etc>等)?\s*(?=,|$)")


def _uncounted_bodies(line: Line, part: str, offset: int, facts: Facts) -> bool:
    """Whether ``part`` lists bodies under the unit with no count (recorded, their number unknown)."""
    found = _UNCOUNTED.search(part) if "、" in part else None
    if found is None:
        return False
    names = line.text[offset + found.start("list"): offset + found.end("list")].split("、")
    _record(facts, "unit.subordinate_bodies", "下属机构", [n.strip() for n in names], None, bool(found.group("etc")),
            ref(line.location, line.text[offset + found.start(): offset + found.end()]))
    return True


# "下辖一个事业单位某某馆": the count of one first, the body's name after it (ending on a body's noun, the clause's end)
_ONE_BODY_AFTER = re.compile(rf"(?:{_UNDER})(?:1|一)\s*个(?:二级|直属|下属)?(?:事业单位|单位|机构)"
                             rf"(?P<name>{_BODY_NAME})\s*(?=[,;。]|$)")


def _one_body(line: Line, part: str, offset: int, facts: Facts) -> bool:
    """Whether ``part`` names one subordinate body with its count of one (recorded unless one was read before)."""
    found = (_ONE_BODY.search(part) or _ONE_BODY_AFTER.search(part)) if "个" in part else None
    if found is None:
        return False
    name = line.text[offset + found.start("name"): offset + found.end("name")].strip()
    _record(facts, "unit.subordinate_bodies", "下属机构", [name], 1, False,
            ref(line.location, line.text[offset + found.start(): offset + found.end()]))
    return True


# "某联合会无内设机构。": none (not "无内设机构调整", a change that did not happen)
_NO_INTERNAL = re.compile(rf"(?:无|没有|未设|不设)\s*内\s*设\s*(?:{_SPACED_BODY})"
                          r"(?![^,;。]{0,2}(?:变|调|改|撤|合|增|减))")


def _bare_count(outline: Outline, facts: Facts) -> None:
    none: tuple[Line, re.Match[str]] | None = None
    for line in outline.lines:
        match = _BARE_COUNT.search(line.norm) if "设" in line.norm else None
        if match is not None and (count := _number(next(g for g in match.groups() if g))) is not None:
            facts.put("unit.internal_bodies_count", count, ref(line.location, line.text[match.start(): match.end()]))
            return
        if none is None and "内" in line.norm and (found := _NO_INTERNAL.search(line.norm)) is not None:
            none = (line, found)
    if none is not None:
        line, found = none
        facts.put("unit.internal_bodies_count", 0, ref(line.location, line.text[found.start(): found.end()]))


def _bare_subordinates(outline: Outline, facts: Facts) -> None:
    for line in outline.lines:
        match = _BARE_SUBORDINATE.search(line.norm) \
            if ("属" in line.norm and "单位" in line.norm) or "二级机构" in line.norm else None
        if match is not None and (count := _number(next(g for g in match.groups() if g))) is not None:
            facts.put("unit.subordinate_bodies_count", count, ref(line.location, line.text[match.start(): match.end()]))
            return
    for _, table in outline.tables:  # a form's label cell and its figure ("下属单位个数 | 0"): the same as a line
        for r, row in enumerate(table.rows):
            for c, cell in enumerate(row[:-1]):
                text = f"{cell}:{row[c + 1]}"
                match = _BARE_SUBORDINATE.fullmatch(match_text(text).strip()) if "属" in cell else None
                if match is not None and (count := _number(next(g for g in match.groups() if g))) is not None:
                    facts.put("unit.subordinate_bodies_count", count, ref(table.cell_location(r, c), text))
                    return


# "本校属于某县教育局下属单位" / "某中心隶属于某局": the body over the unit, named in a sentence
_SUPERVISED = re.compile(r"(?:属于|隶属于?)\s*([^,;:。\s]{2,30}?(?:局|委员会|委|厅|办公室|管委会|部))\s*的?"
                         r"(?:下属|所属|直属)?的?(?:部门|单位|事业单位|学校|医院)?(?=[,;。]|$)")


def _supervisor(outline: Outline, facts: Facts) -> None:
    if facts.has("unit.supervising_department"):
        return
    for line in outline.lines:
        if "属于" in line.norm and (found := _SUPERVISED.search(line.norm)):
            facts.put("unit.supervising_department", line.text[found.start(1): found.end(1)],
                      ref(line.location, line.text[found.start(): found.end()]))
            return


# "某院入编2017年部门预算共5个单位：院本级、A、B、C、D": the units of the department's budget, its own 本级
# first; the others are the bodies under it (kept only when the count matches the names)
_BUDGET_UNITS = re.compile(rf"部门预算[^,;:。]{{0,8}}?共(?:有|计)?(?P<count>{_NUMBER})"
                           r"\s*个(?:预算)?单位"
                           r"\s*(?::|,\s*(?:分别为|分别是|包括|即)|(?:分别为|分别是|包括|即)\s*:?)\s*(?P<list>[^:;。]+)")


def _budget_units(outline: Outline, facts: Facts) -> None:
    for line in outline.lines:
        found = _BUDGET_UNITS.search(line.norm) if "本级" in line.norm and "部门预算" in line.norm else None
        if found is None:
            continue
        names = _split_list(line.text[found.start("list"): found.end("list")])
        if len(names) >= 2 and names[0].endswith("本级") and _number(found.group("count")) == len(names):
            source = ref(line.location, line.text[found.start(): found.end()])
            facts.put("unit.subordinate_bodies", names[1:], source.model_copy(update={"complete": True}), "下属机构")
        return


def extract_unit_facts(outline: Outline, facts: Facts) -> None:
    extract_staff(outline, facts)
    _supervisor(outline, facts)
    for line in outline.lines_with(_BODY_WORDS):  # a line naming no bodies has no part that does
        enumerated = _enumerated(line, facts)
        for offset, sentence in sentences(line):
            if offset in enumerated:
                continue
            for clause_offset, clause in _stated_clauses(sentence):
                for part_offset, part in _parts(clause):
                    _bodies_in_part(line, part, offset + clause_offset + part_offset, facts)
    _listed_below(outline, facts)
    _body_columns(outline, facts)
    if not facts.has("unit.internal_bodies_count"):
        _bare_count(outline, facts)
    if not facts.has("unit.subordinate_bodies"):
        _budget_units(outline, facts)
    if not facts.has("unit.subordinate_bodies_count") and not facts.has("unit.subordinate_bodies"):
        _covered(outline, facts)
    if not facts.has("unit.subordinate_bodies_count") and not facts.has("unit.subordinate_bodies"):
        _bare_subordinates(outline, facts)


# "街道内设机构6个：" / "下属事业单位共2个：" closing its line over the bodies' names one a numbered line ("1.某办公室")
_COUNT_OVER_LINES = re.compile(rf"(?:共|有)?\s*(?P<count>{_SMALL_NUMBER})\s*个\s*:\s*$")
_LISTED_MARKERS = ("num", "pnum", "rnum", "circ")
_LISTED_NAME = re.compile(r"[^,:;。、\d()]{2,30}")


def _listed_below(outline: Outline, facts: Facts) -> None:
    """The bodies named one a numbered line under a line stating their count and ending on a colon (kept only when
    the lines numbered 1, 2, … are as many as the count and each holds a name alone)."""
    lines = outline.lines
    for k, line in enumerate(lines):
        found = _COUNT_OVER_LINES.search(line.norm) if line.norm.endswith(":") else None
        count = _number(found.group("count")) if found is not None else None
        if found is None or not count:
            continue
        head = line.norm[max(line.norm.rfind(ch, 0, found.start()) for ch in "。;,") + 1: found.start()]
        path, label = _body_kind(head)
        below = lines[k + 1: k + 1 + count]
        if not path or facts.has(path) or len(below) < count or [b.number for b in below] != list(range(1, count + 1)) \
                or any(b.marker_kind not in _LISTED_MARKERS for b in below) \
                or (k + 1 + count < len(lines) and lines[k + 1 + count].marker_kind == below[0].marker_kind
                    and lines[k + 1 + count].number == count + 1):
            continue
        names = [b.rest.strip().rstrip("。;；,，") for b in below]
        if all(_LISTED_NAME.fullmatch(match_text(n)) for n in names):
            _record(facts, path, label, names, count, False, ref(line.location, line.text))


_COLUMNS = (("unit.internal_bodies", "内设机构", pattern("unit_bodies.internal_column")),
            ("unit.subordinate_bodies", "下属机构", pattern("unit_bodies.subordinate_column")))


def _body_columns(outline: Outline, facts: Facts) -> None:
    """Bodies named down a table's column whose header cell names them ("科室名称", "内设机构", "下属单位"), in a
    table whose header row holds no figure; read only when the prose named none (the count unknown)."""
    for _, table in outline.tables:
        head = table.rows[0] if table.rows else []
        if not head or any(ch.isdigit() for cell in head for ch in cell):
            continue
        for c, cell in enumerate(head):
            key = "".join(match_text(cell).split())
            for path, label, named in _COLUMNS:
                if facts.has(path) or not named.match(key):
                    continue
                names = [row[c].strip() for row in table.rows[1:] if c < len(row) and row[c].strip()]
                if len(names) >= 2 and all(_LISTED_NAME.fullmatch(match_text(n)) for n in names):
                    _record(facts, path, label, names, None, False, ref(table.cell_location(0, c), cell))


def _covered(outline: Outline, facts: Facts) -> None:
    for line in outline.lines:
        found = _COVERED.search(line.norm) if "覆盖" in line.norm or "管辖" in line.norm else None
        count = _number(found.group(1)) if found is not None else None
        if found is not None and count is not None:
            facts.put("unit.subordinate_bodies_count", count,
                      ref(line.location, line.text[found.start(): found.end()]))
            return


# "辖4个全额拨款事业单位(甲林场、乙林场、丙林场、丁林场)、1个差额拨款事业单位(某苗圃)": the bodies under the unit
# by kind, each kind counted with its names in brackets (kept only when every kind's names match its count)
_GROUP = re.compile(rf"({_NUMBER})\s*个\s*[^,:;。()、\d]{{0,12}}?(?:单位|机构)\s*\(([^()]+)\)")
_GROUPS_LEAD = re.compile(rf"(?:{_UNDER}|(?<![管统直])辖)(?:有|共)?\s*"
                          r"(?=\d|[一二三四五六七八九十两]\s*个)")
_GROUP_JOIN = re.compile(r"\s*[、和及与]\s*")


def _grouped_bodies(line: Line, part: str, offset: int, facts: Facts) -> bool:
    """Whether ``part`` lists the bodies under the unit kind by kind, each kind's names in brackets (recorded)."""
    lead = _GROUPS_LEAD.search(part) if "个" in part and "(" in part else None
    if lead is None:
        return False
    names: list[str] = []
    stated, at = 0, lead.end()
    while (group := _GROUP.match(part, at)) is not None:
        listed = _split_list(line.text[offset + group.start(2): offset + group.end(2)])
        count = _number(group.group(1))
        if count is None or count != len(listed):
            return False
        names += listed
        stated += count
        joined = _GROUP_JOIN.match(part, group.end())
        if joined is None or _GROUP.match(part, joined.end()) is None:
            at = group.end()
            break
        at = joined.end()
    if not names:
        return False
    _record(facts, "unit.subordinate_bodies", "下属机构", names, stated, False,
            ref(line.location, line.text[offset + lead.start(): offset + at]))
    return True


def _bodies_in_part(line: Line, part: str, offset: int, facts: Facts) -> None:
    internal = bool(INTERNAL_BODIES.search(part) or _INTERNAL_BY_NOUN.search(part)
                    or _INTERNAL_BY_LIST_NOUN.search(part))
    if internal and (run_on := _COUNT_THEN_NAMES.search(part)) is not None:
        names = _split_list(line.text[offset + run_on.start("list"): offset + run_on.end("list")])
        if _number(run_on.group("count")) == len(names):
            _record(facts, "unit.internal_bodies", "内设机构", names, len(names), False,
                    ref(line.location, line.text[offset + run_on.start(): offset + run_on.end()]))
            return
    if not internal and _grouped_bodies(line, part, offset, facts):
        return
    if not internal and _COUNTED_INSTITUTIONS.match(part):
        _bodies_in(line, part, offset, facts, "unit.subordinate_bodies", "下属机构")
        return
    offices = _OFFICE_LIST.search(part) if internal and "设" in part else None
    if offices is not None and not _LIST_START.search(part, offices.start()) and not _INLINE_LIST.search(part):
        # "人员编制:某馆为事业单位,内设A室、B部、C室。": a label's colon before the clause is no list's start
        _office_list(line, offset, offices, facts)
        return
    if (internal or SUBORDINATE_UNITS.search(part)) and (_LIST_START.search(part) or _INLINE_LIST.search(part)
                                                    or (not internal and _LISTED_UNITS.search(part))):
        path, label = ("unit.internal_bodies", "内设机构") if internal else ("unit.subordinate_bodies", "下属机构")
        _bodies_in(line, part, offset, facts, path, label)
        return
    if not internal and SUBORDINATE_UNITS.search(part) and (_one_body(line, part, offset, facts)
                                                       or _uncounted_bodies(line, part, offset, facts)):
        return
    if "设" in part and (offices := _OFFICE_LIST.search(part)) is not None:
        _office_list(line, offset, offices, facts)
        return
    if "下辖" in part and (only := _COUNT_ONLY.search(part)) and not facts.has("unit.subordinate_bodies_count"):
        count = _number(only.group("after") or only.group("before"))
        if count is not None:
            facts.put("unit.subordinate_bodies_count", count, ref(line.location, line.text[offset: offset + len(part)]))


def _office_list(line: Line, offset: int, offices: re.Match[str], facts: Facts) -> None:
    """The unit's offices a list matched by :data:`_OFFICE_LIST` names, with no count."""
    raw = line.text[offset + offices.start("list"): offset + offices.end("list")]
    _record(facts, "unit.internal_bodies", "内设机构", _offices(raw, offices.group("list")), None, False,
            ref(line.location, line.text[offset + offices.start(): offset + offices.end()]))


def _stated_clauses(sentence: str) -> list[tuple[int, str]]:
    """The sentence without its clauses saying there are none ("…3个股室，无下属单位"), as runs of clauses."""
    if not _NONE.search(sentence):
        return [(0, sentence)]
    runs: list[tuple[int, str]] = []
    pos = 0
    for clause in re.split(r"(?<=,)", sentence):
        if not _NONE.search(clause):
            if runs and runs[-1][0] + len(runs[-1][1]) == pos:
                runs[-1] = (runs[-1][0], runs[-1][1] + clause)
            else:
                runs.append((pos, clause))
        pos += len(clause)
    return [(at, run.rstrip(",")) for at, run in runs]
