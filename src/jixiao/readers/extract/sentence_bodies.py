"""Internal and subordinate bodies named in a sentence of prose: a list after its count or its keyword, bodies
enumerated 一是… 二是…, one body with its count of one, bodies by kind in brackets, offices listed with no count."""

from __future__ import annotations

import re

from jixiao.lexicon import pattern
from jixiao.readers.extract.body_lists import (
    INTERNAL_BODIES,
    NUMBER,
    OFFICES,
    SMALL_NUMBER,
    SUBORDINATE_UNITS,
    UNDER,
    body_kind,
    count_figure,
    record_bodies,
    split_list,
)
from jixiao.readers.extract.facts import Facts, ref
from jixiao.readers.extract.outline import Line
from jixiao.readers.extract.sentences import blank_cited, sentence_start

_COUNT = rf"({NUMBER})\s*(?:个|家|所)"
_OFFICE_NOUN = rf"(?:{OFFICES}|内设机构)"
# "学校设有校长室、教务处、…、总务处": offices listed after 设有 with no count or noun, each named as an office is;
# "…事业单位,内设办公室、某股、某股和某中心,…": the last joined by 和, the list a clause of its own
_OFFICE = r"[^,:;。、\d()]{1,12}?(?:室|处|科|股|部|组|中心)"
_OFFICE_LIST = re.compile(rf"(?:{pattern('unit_bodies.listing').pattern})(?P<list>{_OFFICE}(?:、{_OFFICE}){{1,}}"
                          rf"(?:[、和]{_OFFICE}))(?=,|$)")
_ONE_OFFICE = re.compile(rf"{_OFFICE}(?=[、和]|$)")
# "现有在职人员9人,设某某股和办公室,配有…": two offices joined by 和, a clause of their own opening on 设 (设立 /
# 设置 / 设备 … are other words)
_TWO_OFFICES = re.compile(rf"(?:^|(?<=,))\s*(?:设有|内设|设(?![立置计备施定]))(?P<list>{_OFFICE}和{_OFFICE})(?=,|。|$)")


def _offices(listed: str, norm: str) -> list[str]:
    """The offices of a list matched by :data:`_OFFICE_LIST` (``norm``, the same text normalised), each the
    shortest name ending on an office's noun before the next 、 or 和 ("某某股和电子文件和数字档案备份中心": two)."""
    names, at = [], 0
    while (found := _ONE_OFFICE.match(norm, at)) is not None:
        names.append(listed[found.start(): found.end()].strip())
        at = found.end() + 1
    return names


# "下设2个科室": 下设 over the unit's own offices lists internal bodies
_INTERNAL_BY_NOUN = re.compile(rf"下设\s*{NUMBER}?\s*个?(?:职能)?{_OFFICE_NOUN}")
# "下设办公室、预算股、…等16个股室": the list's own noun after its count names the unit's offices
# ("下设A、B等3个事业单位和5个股室": the list's count is the one right after it)
# ("馆内现设A、B、C、D4个部门": 部门 after a list's count names the unit's own offices too)
_INTERNAL_BY_LIST_NOUN = re.compile(rf"(?:下设|设有?)[^,:;。个]+?、[^,:;。个]+?{NUMBER}\s*个\s*"
                                    rf"(?:职能)?(?:{_OFFICE_NOUN}|部门(?=,|$))")
# "内设7个职能科室办公室、某某部、…": the count and its noun, then the names run straight on with no colon (kept only
# when the count matches the names)
_COUNT_THEN_NAMES = re.compile(rf"内设\s*(?P<count>{NUMBER})\s*个\s*(?:职能)?(?:{OFFICES}|机构|部门)"
                               r"(?P<list>[^,:;。、\d]{2,30}、[^,:;。\d]+?)\s*[。.]?$")
# "…纪检监察室；1个正科级事业单位，即机关服务中心": the unit's own institutions counted, then named after 即
_COUNTED_INSTITUTIONS = re.compile(rf"^{NUMBER}\s*个[^,:;。]{{0,6}}事业单位\s*,?\s*即")
# "下辖村卫生室9个" / "下辖9个村卫生室": a count with no list
# (the clause ends there: "中心校下辖8所完全小学,学校现有…")
_COUNT_ONLY = re.compile(rf"下辖(?:[^,;:。、\d]{{1,12}}?(?P<after>{NUMBER})\s*(?:个|所|家)(?=,|$)"
                         rf"|(?P<before>{NUMBER})\s*(?:个|所|家)[^,;:。、\d]{{1,12}}(?=,|$))")
_NONE = re.compile(r"(无|没有)(下属|所属|直属|二级)")
# (":即" — a colon then 即 — opens the list after both; "所属事业单位1个，为某某所": 为 right after the count, but
# not before the kind of body it is: "…1个，为全额拨款事业单位" / "…为参照公务员法管理单位")
_LIST_START = re.compile(r"(?:即|分别为|分别是|包括|具体为|为)?\s*:(?:\s*(?:即|分别为|分别是|包括))?"
                         r"|分别为|分别是|包括|即|(?<=个,)为(?![^,;。]*单位\s*(?:[,;。]|$))")
_CLAUSE_BREAK = re.compile(r"[,，;；]")
# the colon right after a list's count ("内设股室、单位9个:"), the bodies' names following it
_NAMES_AFTER_COUNT = re.compile(r"\s*:\s*")


def _count(text: str) -> int | None:
    """The first count in the text ("共3个", "两所"), or None."""
    match = re.search(_COUNT, text)
    return count_figure(match.group(1)) if match else None


_BRACKETED_COUNT = re.compile(rf"[(（]\s*(?:共|计)?\s*({NUMBER})\s*个\s*[)）]\s*[。.]?\s*$")
# "…：A、B、C、其中行政单位1个,其他事业单位3个": a breakdown of the kinds after the names is none of them
_BREAKDOWN = re.compile(r"[、,，;；]\s*其中")
_NUMBER_ONLY = re.compile(rf"\s*({SMALL_NUMBER})\s*个?\s*[。.]?\s*")
_INLINE_LIST = re.compile(
    # (not 建设 / 增设 / 开设 / 假设 / 预设 / 新设, nor 设置: "部门机构设置、编制某部…单位1个,下设…4个内设机构")
    # ("内设A、B…等内设机构30个": the list's noun between its 等 and its count)
    rf"(?:内设|{UNDER}|(?<![建增开假预新下内另])设(?!置))"
    # ("内设机构：A、B、C，共3个": a label's colon before the list, its count after a comma and 共;
    # "共设立办公室、…": 设立 the verb, no part of the first name; not after 内设: "内设立案庭、…" a court's 立案庭)
    rf"(?:二级|预算|直属|基层)?(?:机构|{OFFICES}|部门|单位|事业单位|医疗机构)?(?:有|包括|\s*:|(?<=设)(?<!内设)立)?"
    # ("…股(加挂某办公室,某办公室与其合署办公)、…": a bracket in a name may hold a comma)
    # (the part before the list's first 、 steps over no other 、: a list failing when cut at one fails when cut at
    # any later one, whose names the part after the first could also run through; cutting at each was quadratic)
    r"(?P<list>(?:[^,:;。]|[(][^()]{0,40}[)])(?:[^,:;。、]|[(][^()]{0,40}[)])*?、(?:[^,:;。]|[(][^()]{0,40}[)])+?)"
    rf"(?:等(?:内设机构|机构|{OFFICES}|职能部门)?)?\s*"
    # ("…、某股（4个）": the count in brackets after the list)
    rf"(?:[(（]\s*(?=(?:共|计)?\s*{NUMBER}\s*个\s*[)）]))?"
    rf"(?:共|,\s*共计?(?=\d+\s*个\s*$)|,\s*(?:共|计|共计|合计)?(?={NUMBER}\s*个\s*(?:二级|下属|直属|所属)?"
    r"(?:预算)?(?:机构|单位|事业单位)))?"  # ("…、某中心,6个二级机构": the count after a comma, before its noun)
    rf"(?P<count>{NUMBER})\s*(?:个|家|(?=(?:二级|下属|直属)(?:预算)?单位))"
)  # ("…、文管所3二级单位": the count without its 个)
# what every inline list's count is, somewhere after its first 、 (a line without it is given up before the list's
# two lazy runs are tried against each other: a long list with no count after it took seconds)
_COUNT_AFTER_LIST = re.compile(r"[\d一二三四五六七八九十两]\s*(?:个|家|二级|下属|直属)")


def _inline_list(text: str) -> re.Match[str] | None:
    first = text.find("、")
    return _INLINE_LIST.search(text) if first >= 0 and _COUNT_AFTER_LIST.search(text, first) else None


# "部门预算由局机关和县执法队、县检测中心2个二级单位预算组成": the units listed before their count, after the
# 本级 the sentence opens on (kept only when the count matches the names)
_LISTED_UNITS = re.compile(
    rf"(?:和|及|与|包括)(?P<list>[^,:;。和及与、]{{2,30}}、[^,:;。]{{2,120}}?)\s*(?:共)?(?P<count>{NUMBER})\s*个"
    r"(?:二级|下属|所属|直属)(?:预算)?单位")


def _bodies_in(line: Line, sentence_norm: str, offset: int, facts: Facts, path: str, label: str) -> None:
    listed = _LISTED_UNITS.search(sentence_norm) if path == "unit.subordinate_bodies" else None
    if listed is not None:
        names = split_list(line.text[offset + listed.start("list"): offset + listed.end("list")])
        if count_figure(listed.group("count")) == len(names):
            record_bodies(facts, path, label, names, len(names), False,
                          ref(line.location, line.text[offset + listed.start(): offset + listed.end()]))
            return
    keyword = (INTERNAL_BODIES if path == "unit.internal_bodies" else SUBORDINATE_UNITS).search(sentence_norm)
    # "2.机构设置情况：学校内设三个处室，即…": the list and its count follow the clause the keyword opens
    from_ = sentence_start(sentence_norm, keyword.start(), ",:;") if keyword else 0
    inline = _inline_list(sentence_norm)
    start = _LIST_START.search(sentence_norm, from_)
    if inline and (not start or inline.start() < start.start()):
        raw = line.text[offset + inline.start("list"): offset + inline.end("list")]
        if _COUNTED_ITEM.match(raw):  # "下辖“17个大队、4个中队、1个服务中心”": groups counted one by one
            return
        stated = count_figure(inline.group("count"))
        if (named := _NAMES_AFTER_COUNT.match(sentence_norm, inline.end())) is not None:
            # "共有内设股室、单位9个:A、B、…": the words before the count name the kind of body, its names follow
            after = split_list(line.text[offset + named.end(): offset + len(sentence_norm)].rstrip(" 。."))
            if len(after) == stated:
                record_bodies(facts, path, label, after, stated, False,
                              ref(line.location, line.text[offset + inline.start(): offset + len(sentence_norm)]))
                return
        partial = "等" in sentence_norm[inline.end("list"): inline.start("count")] or raw.rstrip().endswith("等")
        record_bodies(facts, path, label, split_list(raw), stated, partial,
                      ref(line.location, line.text[offset + inline.start(): offset + inline.end()]))
        return
    if not start:
        return
    original = line.text[offset + start.end(): offset + len(sentence_norm)]
    if (number := _NUMBER_ONLY.fullmatch(original)) is not None:  # "下属二级预算单位数量:11": a count, no names
        if (count := count_figure(number.group(1))) is not None:
            facts.put(f"{path}_count", count, ref(line.location, line.text[offset: offset + len(sentence_norm)]))
        return
    if (aside := _BREAKDOWN.search(original)) is not None:  # "：A、B、C、其中行政单位1个，…": the list ends at 其中
        original = original[: aside.start()]
    stated = None
    if (bracketed := _BRACKETED_COUNT.search(original)) is not None:  # "：办公室、某股、某股（3个）": the count last
        original, stated = original[: bracketed.start()], count_figure(bracketed.group(1))
    names = split_list(original)
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
        head = split_list(_CLAUSE_BREAK.split(original, maxsplit=1)[0])
        if len(head) == stated:
            names = head
    record_bodies(facts, path, label, names, stated, partial,
                  ref(line.location, line.text[offset: offset + len(sentence_norm)]))


_ASIDE = re.compile(r"\([^()]*\)|（[^（）]*）")


def _blank_brackets(text: str) -> str:
    """The text without its asides ("办公室(3人)": a body's own staff in brackets is still its name)."""
    return _ASIDE.sub("", text)


# a figure counted ("编制50个", "78人"), a percentage or a bound ("年度目标≥85%" after an indicator "所属商会…覆盖率:"):
# no body's name holds one
_COUNTED = re.compile(r"\d+\s*[个人名]|\d\s*[%％]|[≥≤＞＜]")
_COUNTED_ITEM = re.compile(rf"\W*{NUMBER}\s*[个所家]")
_SECOND_LIST = re.compile(rf",(?=[^,]*(?:{UNDER}|派出))")  # "…5个办公室,另设…3个事业单位"


def body_parts(sentence: str) -> list[tuple[int, str]]:
    """A sentence split where a second list of bodies begins ("…4个机构,下设…2个事业单位")."""
    cuts = [m.start() for m in _SECOND_LIST.finditer(sentence)]
    cuts = [c for c in cuts if INTERNAL_BODIES.search(sentence[:c])]
    if not cuts:
        return [(0, sentence)]
    cut = cuts[0]
    return [(0, sentence[:cut]), (cut + 1, sentence[cut + 1:])]


# "下设市医疗保险服务中心1个事业单位": one body named before its count of one (a list of one has no "、")
_ONE_BODY = re.compile(rf"(?:{UNDER})有?(?P<name>[^,:;。、\d]{{2,30}}?)\s*共?(?:1|一)\s*个"
                       r"(?:二级|预算|直属|下属)?(?:事业单位|单位|机构)")


# "下设综合行政执法队、便民服务中心" / "所属事业单位有A、B": bodies under the unit listed with no count, the list the
# clause's end, each name ending on a body's noun (a centre, a team, a station …; no office: 室 / 科 / 股)
_BODY_NAME = rf"[^,:;。、\d()]{{2,20}}?(?:{pattern('unit_bodies.subordinate_nouns').pattern})"
_UNCOUNTED = re.compile(rf"(?:{UNDER})(?:二级|直属)?(?:事业单位|单位|机构)?(?:有|为|包括)?"
                        rf"(?P<list>{_BODY_NAME}(?:、{_BODY_NAME})+)(?P<etc>等)?\s*(?=,|$)")


# "内设机构:A、B。事业单位:某中心、某站、某大队。": a sentence opening on the label of the unit's 事业单位, its list
# the bodies under the unit (each name ending on a body's noun, so "事业单位:35人" is none)
_LABELLED = re.compile(rf"\s*(?:{UNDER})?(?:二级|直属)?事业单位\s*:\s*"
                       rf"(?P<list>{_BODY_NAME}(?:、{_BODY_NAME})+)(?P<etc>等)?\s*(?=[,。]|$)")


def _uncounted_bodies(line: Line, part: str, offset: int, facts: Facts, labelled: bool = False) -> bool:
    """Whether ``part`` lists bodies under the unit with no count, after 下设 / 所属 or (``labelled``) the 事业单位
    label it opens on (recorded, their number unknown)."""
    found = (_LABELLED.match(part) if labelled else _UNCOUNTED.search(part)) if "、" in part else None
    if found is None:
        return False
    names = line.text[offset + found.start("list"): offset + found.end("list")].split("、")
    record_bodies(facts, "unit.subordinate_bodies", "下属机构", [n.strip() for n in names], None,
                  bool(found.group("etc")), ref(line.location, line.text[offset + found.start(): offset + found.end()]))
    return True


# "下辖一个事业单位某某馆": the count of one first, the body's name after it (ending on a body's noun, the clause's end)
_ONE_BODY_AFTER = re.compile(rf"(?:{UNDER})(?:1|一)\s*个(?:二级|直属|下属)?(?:事业单位|单位|机构)"
                             rf"(?P<name>{_BODY_NAME})\s*(?=[,;。]|$)")


def _one_body(line: Line, part: str, offset: int, facts: Facts) -> bool:
    """Whether ``part`` names one subordinate body with its count of one (recorded unless one was read before)."""
    found = (_ONE_BODY.search(part) or _ONE_BODY_AFTER.search(part)) if "个" in part else None
    if found is None:
        return False
    name = line.text[offset + found.start("name"): offset + found.end("name")].strip()
    record_bodies(facts, "unit.subordinate_bodies", "下属机构", [name], 1, False,
                  ref(line.location, line.text[offset + found.start(): offset + found.end()]))
    return True


# "辖4个全额拨款事业单位(甲林场、乙林场、丙林场、丁林场)、1个差额拨款事业单位(某苗圃)": the bodies under the unit
# by kind, each kind counted with its names in brackets (kept only when every kind's names match its count)
_GROUP = re.compile(rf"({NUMBER})\s*个\s*[^,:;。()、\d]{{0,12}}?(?:单位|机构)\s*\(([^()]+)\)")
_GROUPS_LEAD = re.compile(rf"(?:{UNDER}|(?<![管统直])辖)(?:有|共)?\s*"
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
        listed = split_list(line.text[offset + group.start(2): offset + group.end(2)])
        count = count_figure(group.group(1))
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
    record_bodies(facts, "unit.subordinate_bodies", "下属机构", names, stated, False,
                  ref(line.location, line.text[offset + lead.start(): offset + at]))
    return True


# "共设内设机构6个（综合办公室、…）", "所属事业单位三个（A、B、C）": the count, then every name in the bracket after it
# (a count in digits begins where the digits do: the same count, and a long run of digits stays linear)
_COUNT_THEN_BRACKETED = re.compile(rf"(?:(?<!\d)|(?!\d))(?P<count>{NUMBER})\s*个"
                                   rf"\s*\((?P<list>[^()]{{2,240}}?(?:、[^()]{{2,240}}?)?)\)")
# "下属事业单位1个（某某服务中心）": one body named in the bracket after a count (of one, as the names must be as
# many); never a note on the count ("1个（含某某）", "1个（已撤销）")
_ONE_NAMED = re.compile(r"(?!含|包括|包含|不含|其中|已|未|暂|无|均|系|为)[^\d,，;；:、]{2,40}")


def _bracketed_after_count(line: Line, part: str, offset: int, facts: Facts) -> int:
    """Where in ``part`` the bodies it counts and names all in the bracket after the count end (recorded, kept only
    when the names are as many as the count); 0 when it names none so."""
    found = _COUNT_THEN_BRACKETED.search(part) if "个(" in part.replace(" ", "") else None
    if found is None:
        return 0
    path, label = body_kind(part[: found.start()])
    if "、" not in found.group("list") and not _ONE_NAMED.fullmatch(found.group("list").strip()):
        return 0
    names = split_list(line.text[offset + found.start("list"): offset + found.end("list")])
    if not path or count_figure(found.group("count")) != len(names):
        return 0
    record_bodies(facts, path, label, names, len(names), False,
                  ref(line.location, line.text[offset + found.start(): offset + found.end()]))
    return found.end()


_CLAUSE_GAP = " ,，;；、"


def bodies_in_part(line: Line, part: str, offset: int, facts: Facts) -> None:
    # "根据《…职能配置、内设机构和人员编制规定》,某中心的主要职责是:A、B、…": a cited title's 内设机构 lists nothing
    part = blank_cited(part)
    # "下属事业单位2个（A、B），内设办公室、财务科3个科室": the clause after the bracket read on its own
    while end := _bracketed_after_count(line, part, offset, facts):
        rest = part[end:].lstrip(_CLAUSE_GAP)
        part, offset = rest, offset + len(part) - len(rest)
    if not part.strip(" 。."):
        return
    internal = bool(INTERNAL_BODIES.search(part) or _INTERNAL_BY_NOUN.search(part)
                    or _INTERNAL_BY_LIST_NOUN.search(part))
    if internal and (run_on := _COUNT_THEN_NAMES.search(part)) is not None:
        names = split_list(line.text[offset + run_on.start("list"): offset + run_on.end("list")])
        if count_figure(run_on.group("count")) == len(names):
            record_bodies(facts, "unit.internal_bodies", "内设机构", names, len(names), False,
                          ref(line.location, line.text[offset + run_on.start(): offset + run_on.end()]))
            return
    if not internal and _grouped_bodies(line, part, offset, facts):
        return
    if not internal and _COUNTED_INSTITUTIONS.match(part):
        _bodies_in(line, part, offset, facts, "unit.subordinate_bodies", "下属机构")
        return
    offices = _OFFICE_LIST.search(part) if internal and "设" in part else None
    if offices is not None and not _LIST_START.search(part, offices.start()) and not _inline_list(part):
        # "人员编制:某馆为事业单位,内设A室、B部、C室。": a label's colon before the clause is no list's start
        _office_list(line, offset, offices, facts)
        return
    if (internal or SUBORDINATE_UNITS.search(part)) and (_LIST_START.search(part) or _inline_list(part)
                                                    or (not internal and _LISTED_UNITS.search(part))):
        path, label = ("unit.internal_bodies", "内设机构") if internal else ("unit.subordinate_bodies", "下属机构")
        _bodies_in(line, part, offset, facts, path, label)
        return
    if not internal and SUBORDINATE_UNITS.search(part) and (_one_body(line, part, offset, facts)
                                                       or _uncounted_bodies(line, part, offset, facts)):
        return
    if not internal and "事业单位" in part and _uncounted_bodies(line, part, offset, facts, labelled=True):
        return
    if "设" in part and (offices := _OFFICE_LIST.search(part) or _TWO_OFFICES.search(part)) is not None:
        _office_list(line, offset, offices, facts)
        return
    if "下辖" in part and (only := _COUNT_ONLY.search(part)) and not facts.has("unit.subordinate_bodies_count"):
        count = count_figure(only.group("after") or only.group("before"))
        if count is not None:
            facts.put("unit.subordinate_bodies_count", count, ref(line.location, line.text[offset: offset + len(part)]))


def _office_list(line: Line, offset: int, offices: re.Match[str], facts: Facts) -> None:
    """The unit's offices a list matched by :data:`_OFFICE_LIST` names, with no count."""
    raw = line.text[offset + offices.start("list"): offset + offices.end("list")]
    record_bodies(facts, "unit.internal_bodies", "内设机构", _offices(raw, offices.group("list")), None, False,
                  ref(line.location, line.text[offset + offices.start(): offset + offices.end()]))


def stated_clauses(sentence: str) -> list[tuple[int, str]]:
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
