"""Staff stated in prose: the establishment (编制数), the staff total and its parts.

"核定编制58名，年末实有55人：机关31人、便民服务中心9人…" gives the establishment, the total and the parts
after the colon ("核定编制在职人员为58人，年末实有在职人员为55人" the same two figures); "在职人员42人，其中
行政编制35人…" the parts after 其中, also when 其中 opens the next sentence. Retirees are listed beside the staff,
never counted in it: in "现有编制人员92人。其中在职63人、离休2人、退休27人" the staff are the 63 in post; the 92
the report calls its total is kept as another reading of the total, so a check can say that retirees were counted.
"""

from __future__ import annotations

import re

from jixiao.lexicon import pattern
from jixiao.model import Reading
from jixiao.readers.extract.facts import Facts, ref
from jixiao.readers.extract.listed_parts import PART_SEPARATORS, named_part
from jixiao.readers.extract.outline import Line, Outline
from jixiao.readers.extract.part_sections import part_sections
from jixiao.readers.extract.sentences import sentences
from jixiao.readers.extract.staff_kinds import listed_kinds
from jixiao.readers.extract.staff_rate_run import staff_rate_run

_ESTABLISHMENT = re.compile(
    r"(?:(?:核定|批复|核批|定)(?:行政|事业|人员|政法专项|专项|社区工作者|工作人员)?编制(?:数|人数|(?:在职)?人员)?|核定(?:编制)?人数|(?<!现有)编制(?:数|人数)|编制核定(?:数|人数)?|^编制|人员编制|总编制|编制总数|现有编制数?(?![人内外]))"
    r"\s*+(?:\([^()\d]{1,12}\))?"  # "编制人数（不含中小学校）132人": a note on what is counted
    r"\s*+(?:共计|合计|总计|共有|共|为|是|:)?\s*+(\d+)\s*(?:人|名|个)?(?![\d.%])")
# "全院现有政法专项编制78名，…" / "事业编制18名，…" / "学校事业编制86人，…" / "全局编制32名，…": 编制 (of a kind or
# not) opening the sentence after at most a short subject, before any other figure (after 其中 it is a part of the
# staff: "在职42人，其中行政编制35人"; "在职人员中…", "超编制…" are no subject)
# "负责编制3个项目的绩效目标": 编制 the verb, its object after the count
_VERB_OBJECT = r"\s*(?:项目|预算|方案|计划|规划|报告|目标|文件)"
# "共编制12个绩效指标": a count in 个 with a noun after it is the verb's object, never staff (a staff count in 个
# ends its clause: "编制58个，实有55人")
_COUNTED = r"(?![\u4e00-\u9fff])"
_KIND_ESTABLISHMENT = re.compile(r"\s*(?:[^\d,;。其包含]{0,8}?(?:现有|核定|共有|有)"
                                 r"|[^\d,;。其包含人员]{1,6}(?<![中的超缺空]))?"
                                 r"(?:行政|事业|政法专项|政法|参公|全额事业)?编制"
                                 r"\s*+(?:\([^()\d]{1,12}\))?"  # "现有事业编制（参公）11名": a note on its kind
                                 r"\s*+(?:共计|共|为|:)?\s*+(\d+)\s*(?:人|名|个"
                                 + _COUNTED + r")(?![\d.%]|" + _VERB_OBJECT + ")")
# "镇机关及所属事业单位编制58名，…" / "…及下属事业单位共有编制33人": the 编制 of the body the sentence opens on,
# before any other figure
_SUBJECT_ESTABLISHMENT = re.compile(r"\s*[^\d,;。其包含]{0,16}?"
                                    r"(?:单位|机关|政府|局|中心|院|校|所|站|部门|办事处|街道|镇|乡)(?:共有|现有)?编制(?:数)?\s*+(?:共计|共|为|:)?\s*+(\d+)\s*"
                                    r"(?:人|名|个" + _COUNTED + r")(?![\d.%])")
# "人员编制：行政编制26名，事业编制19名，合计45名": the establishment's kinds, then their sum
_PARTED_ESTABLISHMENT = re.compile(r"\s*(?:人员编制|编制(?:情况|数)?)\s*:\s*"
                                   r"(?:[^\d,;。]{1,8}?编制\s*\d+\s*(?:人|名|个)\s*[,、]\s*){1,5}"
                                   r"(?:合计|共计|总计|共)\s*(\d+)\s*(?:人|名|个)")
# "…预算,编制50个(其中:行政编27个,…)" / "…,共有编制18人,…": 编制 opening a clause, its count then the breakdown
# or the clause's end (never the verb: "编制2024年预算" / "编制3个项目的目标" go on with other words); the clause may
# open on the unit speaking of itself before 共有 / 现有 ("…年末,我单位共有编制13人,其中…")
_CLAUSE_ESTABLISHMENT = re.compile(r"(?<=[,;])\s*(?:(?:[我本全该](?:单位|部门|局|委|院|校|所|站|中心|办|会))?"
                                   r"(?:共有|现有))?编制\s*+(?:共计|共|为)?\s*+(\d+)\s*(?:人|名|个)"
                                   r"(?=\s*(?:[(,;。]|其中|$))")
# "机关现有干部职工128人(编制169人)": the establishment in brackets right after the staff count
_BRACKETED_ESTABLISHMENT = re.compile(r"(?<=[人名])\s*\(\s*(?:核定|批复)?编制(?:数)?\s*+(?:为|:)?\s*+(\d+)"
                                      r"\s*(?:人|名|个)?\s*\)")
# "…行政编制41名、事业编制36名，共77名" (or "，事业编制…"): the other kinds of 编制 after the first, then their sum
# after 共 / 合计
_KINDS_SUM = re.compile(r"(?:\s*[、,]\s*(?:行政|事业|工勤|参公|政法专项|全额事业|差额事业|自收自支)(?:事业)?编制"
                        r"\s*\d+\s*(?:人|名|个))+\s*,?\s*(?:共计|合计|总计|共)\s*(?:编制)?\s*"  # ("合计编制77名")
                        r"(\d+)\s*(?:人|名|个)(?![\d.%])")
# ("编制76个，其中：…股级职数8名，其他工作人员7名": a word after 其他 names one part of a breakdown, never the total)
_TOTAL_WORDS = (
    r"(?:在职(?:在编)?(?:干部)?职工|在职(?:在编)?人员|在职(?:在编)?(?:教职工|教师)|在编(?:教职工|教师)数?|教职工|在编(?:在岗)?人员|在职[干民]警|实有(?:在职|在编|事业|行政)?(?:人员|[干民]警|社区工作者)"
    r"|现有(?:在职)?(?:职工|人员)|现有人数|实有在编(?:人员|[干民]警|职工)?"
    r"|现有编制人员|干部职工|职工|实有人数|实际在职人数|在职人数|工作人员|年末实有|实有在职在编|实有在职|实有在岗|实有|在编在岗|在岗在编"
    r"|财政供养(?:人员)?|实际到位(?:人员)?)"  # ("事业编制10名,实际到位7名": the staff in post)
    r"(?:总数|人数|数)?\s*(?:共计|合计|总计|共有|共|有)?\s*(?:为|是|:)?\s*(\d+)\s*(?:人|名)")  # ("实有人员数为31人")
_TOTAL = re.compile(r"(?<!其他)" + _TOTAL_WORDS)
_TOTAL_ANYWHERE = re.compile(_TOTAL_WORDS)  # (no look-behind first: a search skips to the words' first characters)
# "现有在 职人员 35 人": a copy that keeps a Word file's line ends as spaces splits a word (tried when nothing else is
# found, on a line that has such a space)
_TOTAL_WRAPPED = re.compile(re.sub(r"(?<=[\u4e00-\u9fff])(?=[\u4e00-\u9fff])", " ?", _TOTAL_WORDS))
_WRAP_SPACE = re.compile(r"[\u4e00-\u9fff] [\u4e00-\u9fff]")
# a form's label run on with its figure and the next label ("…单位 人数468单位地址…", a viewer's line): no 人 after it
_LABELLED_TOTAL = re.compile(r"(?:单位|实有|在职)\s?人数\s*(?::\s*)?(\d{1,6})(?=[\u4e00-\u9fff]|\s|$)(?![人名个万元%])")
# "…事业编制18个,实有人员20" closing its line: the count with no 人 after it (a copy that dropped the unit, or one that
# cut it: read as a guess)
_BARE_COUNT = r"(?:实有|在职|现有)(?:在编)?(?:人员|职工)\s*(?:为|:)?\s*(\d{1,6})"
_LINE_END_TOTAL = re.compile(_BARE_COUNT + r"\s*。?$")
# "…,实有人员22,其中在职人员18" closing its line: the count at the end is a part of the bare count just before it
# (after a comma, 其中 or not), which is the total
_BARE_BEFORE = re.compile(_BARE_COUNT + r"(?=\s*,\s*(?:其中)?\s*:?\s*$)")
# A part: its name, then its count, read as a budget item is (starting only where a name can start; its run of digits
# never given back: what follows it is no digit)
_PART = re.compile(rf"(?<![^{PART_SEPARATORS}人名])"
                   + named_part(r"(?:人数)?\s*+(?:为|有|:|共)?", r"(\d++)\s*+(?:人|名)"))
_HINT = re.compile(r"编制|在职|实有|人员|职工|在编|人数")  # a line that may speak of the staff
RETIRED = re.compile(r"离休|退休|离退休|退职")  # (table_labels too: a retirees' column is no staff kind)
_IN_POST = re.compile(r"^(?:在职|在岗|在编在岗|在职在编)(?:人员|职工)?$")
_PARTS_START = re.compile(r"^\s*(?:其中|包括|含)?\s*[:,]?\s*")
_PARTS_FOLLOW = re.compile(r"\s*(?:[,:]|其中|包括)")  # the parts go on in the same sentence
# "43人（其中…）" / "43人（行政26人、事业17人）": the parts end at ")"; bare brackets only when they sum to the total
_PARTS_LEAD = re.compile(r"\s*(?:([(])?[,:]?\s*(?:其中|包括|含)|:|(\())")
# "在职人员81人,专业技术人员57人、管理人员1人,工勤人员23人": parts after a bare comma, no 其中 (kept only when
# two or more of them sum to the total, as a bracket's)
_UNMARKED_LEAD = re.compile(r"\s*,")
_NAME_LEAD = re.compile(r"^(其中|包括|含)\s*")
# "局本级187人(在职在编139人、退休人员8人)": a part's own breakdown in brackets, no more parts of the total
_OWN_BREAKDOWN = re.compile(r"(?<=[人名])\s*[(][^()]*?\d+\s*[人名][^()]*[)]")
_ESTABLISHMENT_WORD = re.compile(r"^(?:核定|批复|现有)?编制(?:数|总数)?$")
_NAME_TAIL = re.compile(r"(人数|共|有|为)$")
# "全部门编制150名，实有143人" / "部门合计编制…": the whole department's figures, stated after its parts' own
# (a section per 二级 unit: "局机关编制86名，实有82人"); read first, the parts' named figures are not restatements
_WHOLE = re.compile(r"\s*(?:全(?:部门|局|系统|单位|院|委|办|中心|镇|乡|街道)|部门(?:合计|汇总|总计|共))")


_COVERED_REACH = 12  # characters before a count searched for a word of the lexicon's staff_covered (all shorter)


def _total(sentence: str, start: int, end: int | None = None, wrapped: bool = False) -> re.Match[str] | None:
    """:data:`_TOTAL` in ``sentence[start:end]``: the words' first match when no 其他 stands before it (then the
    pattern's match is that one), else the pattern's own search (its look-behind tried at every place is slow);
    ``wrapped``: :data:`_TOTAL_WRAPPED`'s words, split by a copy's spaces. Either way a count a fund pays for is
    passed over."""
    end = len(sentence) if end is None else end
    while True:
        if wrapped:
            found = _TOTAL_WRAPPED.search(sentence, start, end)
        else:
            found = _TOTAL_ANYWHERE.search(sentence, start, end)
            if found is not None and sentence.endswith("其他", 0, found.start()):
                found = _TOTAL.search(sentence, start, end)
        # "经费保障在职人员数48人": the staff a fund pays for, a goal's target, no count of the unit's staff (passed
        # over in a loop: a long run of such counts is deeper than the stack)
        if found is None or not pattern("staff_covered").search(sentence, max(0, found.start() - _COVERED_REACH),
                                                                found.start()):
            return found
        start = found.end()


def extract_staff(outline: Outline, facts: Facts) -> None:
    lines = list(outline.lines_with(_HINT))
    parts = part_sections(outline, facts.get("unit.name")).lines if lines else frozenset()
    lines = [line for line in lines if line.index not in parts]  # a sub-unit's section: its own staff, not the unit's
    whole = [line for line in lines if any(_WHOLE.match(sentence) for _, sentence in sentences(line))]
    for line in whole + [line for line in lines if line not in whole]:
        said = sentences(line)
        for index, (offset, sentence) in enumerate(said):
            # (every establishment phrase holds 编制 or 人数; its look-behind leaves the pattern no quick skip)
            parted = _PARTED_ESTABLISHMENT.match(sentence) if "编制" in sentence[:6] else None
            establishment = parted or (_ESTABLISHMENT.search(sentence) if "编制" in sentence or "人数" in sentence
                                       else None)
            if establishment is None and "编制" in sentence:
                establishment = _KIND_ESTABLISHMENT.match(sentence) or _SUBJECT_ESTABLISHMENT.match(sentence) \
                    or _CLAUSE_ESTABLISHMENT.search(sentence) or _BRACKETED_ESTABLISHMENT.search(sentence)
                if establishment and whole and not _WHOLE.match(sentence):
                    continue  # "局机关编制86名" beside "全部门编制150名": a part's own figures, not the unit's restated
            if establishment:
                # "核定行政编制41名、事业编制36名，共77名": the establishment by kind, then its whole after 共
                summed = _KINDS_SUM.match(sentence, establishment.end())
                figure, end = (summed.group(1), summed.end()) if summed \
                    else (establishment.group(1), establishment.end())
                facts.put("unit.staff_establishment", int(figure),
                          ref(line.location, line.text[offset + establishment.start(): offset + end]))
            if not facts.has("unit.staff_total") and not facts.has("unit.staff_parts") \
                    and (listed := listed_kinds(sentence, RETIRED)) is not None:
                start, end, kinds = listed  # "共有正式职工2人,临时工8人,…": parts with no total
                facts.put("unit.staff_parts", kinds, ref(line.location, line.text[offset + start: offset + end]))
                continue
            total = _total(sentence, establishment.end() if establishment else 0)
            if total is None and establishment is not None:  # "现有在编在岗人员45人，核定编制48个": the total first
                total = _total(sentence, 0, establishment.start())
            if total is None and not facts.has("unit.staff_total") and _WRAP_SPACE.search(sentence):
                # ("经费保障 在职人员28人": the space makes the line one of these; the count is still a fund's)
                total = _total(sentence, establishment.end() if establishment else 0, wrapped=True)
            if total is None and "人数" in sentence and not facts.has("unit.staff_total"):
                labelled = _LABELLED_TOTAL.search(sentence)
                if labelled is not None:
                    facts.put("unit.staff_total", int(labelled.group(1)),
                              ref(line.location, line.text[offset + labelled.start(): offset + labelled.end()]))
            if total is None and index == len(said) - 1 and not facts.has("unit.staff_total") \
                    and (bare := _LINE_END_TOTAL.search(sentence)) is not None:
                bare = _BARE_BEFORE.search(sentence, 0, bare.start()) or bare
                facts.put("unit.staff_total", int(bare.group(1)),
                          ref(line.location, line.text[offset + bare.start(): offset + bare.end()], guessed=True))
            if total is None or facts.has("unit.staff_total"):
                continue
            rest_offset = offset + total.end()
            rest = sentence[total.end():]
            if not _PARTS_FOLLOW.match(rest) and index + 1 < len(said) \
                    and said[index + 1][1].lstrip().startswith("其中"):
                rest_offset, rest = said[index + 1]  # "…92人。其中在职63人…"
            _total_and_parts(line, int(total.group(1)), offset + total.start(), rest_offset, rest, facts,
                             supported=total.group(0).startswith("财政供养"))
    staff_rate_run(outline, facts)  # "编制数 实际在职人数 控制率" over "877383.91%": a 基础数据表's row run together


def _total_and_parts(line: Line, total: int, start: int, rest_offset: int, rest: str, facts: Facts,
                     supported: bool = False) -> None:
    """The staff total and its parts; those in post when the report's total counts others beside them (retirees
    listed as parts, or a 财政供养 total: "财政供养人员19人,其中:在职人员18人(…)" has 18 staff)."""
    lead = _PARTS_LEAD.match(rest)
    unmarked = lead is None and (lead := _UNMARKED_LEAD.match(rest)) is not None
    parts: list[dict[str, object]] = []
    if lead:
        segment = rest[lead.end():]
        if not unmarked and (lead.group(1) or lead.group(2)) and ")" in segment:
            segment = segment[:segment.index(")")]
        base = rest_offset + lead.end()
        segment = _OWN_BREAKDOWN.sub(lambda m: " " * len(m.group()), segment)  # blanked: offsets hold
        for part in _PART.finditer(segment):
            name = line.text[base + part.start(1): base + part.end(1)].strip()
            name = _NAME_TAIL.sub("", _NAME_LEAD.sub("", name)).strip(" :：")
            if _ESTABLISHMENT_WORD.match(name):
                break  # "…工勤人员3人，核定编制50名": the establishment after the parts ends them, is none of them
            if name:
                parts.append({"name": name, "count": int(part.group(3))})
    summed = sum(int(p["count"]) for p in parts)  # type: ignore[call-overload]
    kept = [p for p in parts if not RETIRED.search(str(p["name"]))]
    if summed != total and 2 <= len(kept) < len(parts) \
            and sum(int(p["count"]) for p in kept) == total:  # type: ignore[call-overload]
        # "实有22人,机关14人,事业8人,退休13人": retirees listed after the parts, none of them
        parts, summed = kept, total
    if lead and (unmarked or lead.group(2)) and (len(parts) < 2 or summed != total):
        parts = []  # "43人（比上年增加2人）", "43人,比上年增加2人": no parts
    if summed != total and any(pattern("staff_trait").match(str(p["name"])) for p in parts):
        parts = []  # "其中少数民族干部24人、女性干部13人": traits counted across the staff, no parts of it
    source = ref(line.location, line.text[start: rest_offset + len(rest)])
    retired = [p for p in parts if RETIRED.search(str(p["name"]))]
    in_post = [p for p in parts if _IN_POST.match(str(p["name"]))]
    if (retired or supported) and len(in_post) == 1:  # the staff are those in post; the report's total counts others
        count = int(in_post[0]["count"])  # type: ignore[call-overload]
        facts.put("unit.staff_total", count, source)
        counted = "含离退休人员" if retired else "财政供养人员"
        facts.alternatives.setdefault("unit.staff_total", []).append(
            Reading(value=str(total), source=ref(line.location, f"{total}人（{counted}）")))
        return
    facts.put("unit.staff_total", total, source)
    if parts:
        facts.put("unit.staff_parts", parts, source)
