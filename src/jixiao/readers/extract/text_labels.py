"""Facts written in the text under a label ("项目单位：…", a form's labels run together on one line) or stated in
a sentence ("主管部门为…", "由某局组织实施", "现将某局…绩效自评报告如下")."""

from __future__ import annotations

import re
from typing import NamedTuple

from jixiao.lexicon import pattern
from jixiao.model import GRADE_SYNONYMS, SourceRef
from jixiao.readers.extract.evaluators import is_evaluator
from jixiao.readers.extract.facts import Facts, ref
from jixiao.readers.extract.outline import Outline
from jixiao.readers.extract.spaced_labels import extract_spaced_labels
from jixiao.readers.extract.table_columns import cell_role
from jixiao.readers.extract.table_labels import BODY_FIELDS, SEAL, put_labelled, without_next_label
from jixiao.readers.extract.totals import grade_word
from jixiao.readers.extract.unit_subject import PLACED_UNDER
from jixiao.readers.extract.values import number_in
from jixiao.readers.label_fields import label_field
from jixiao.readers.textnorm import compact

# "…的规定,某省残疾人联合会(以下简称“省残联”)成立绩效自评工作专班": the unit that evaluates itself (its name
# opens on no literal: searched only in a line holding 以下简称); "某区某局(以下简称“区某局”)严格遵循…的原则,组织开展
# 了…绩效自评工作": a clause of manner before the verb ("…,对全区各部门…开展了绩效评价": a body evaluating others;
# "…(以下简称“某中心”)受某局委托,组织…": a body evaluating for another, never the clause)
_SELF_NAMED_VERB = (r"\(以下简称[^()]{1,12}\)\s*(?:(?![^,;。()]*(?:委托|受托))[^,;。()]{2,20}?,\s*)?"
                    r"(?:成立|组织|牵头|按照|对(?!\s*(?:全[省市州县区旗镇乡]|各)))")
_SELF_NAMED = re.compile(
    r"([^,;。:()“”]{2,24}?(?:人民政府|委员会|联合会|办事处|局|中心|医院|卫生院|学校|馆|站))\s*"
    + _SELF_NAMED_VERB + r"[^。]{0,40}?(?:绩效自评|绩效评价)")

# "…文件要求,某旗某镇人民政府开展并完成了本部门涉及…绩效自评工作": the body that evaluates its own spending (one
# that evaluates others', "全县各部门", names no unit)
_SELF_BODY = (  # the body, after any 根据 / 按照 / 要求 clause
    r"((?:(?!根据|按照|要求)[^,;。:()“”《》]){2,24}?(?:人民政府|委员会|联合会|办事处|局|中心|医院|卫生院|学校|馆|站))")
_OWN_EVALUATION = re.compile(
    _SELF_BODY + r"\s*(?:组织)?开展(?:并完成)?了?\s*本(?:部门|单位)[^。]{0,60}?绩效自评")

# "…文件精神,某某县司法局对某某县某某经费进行了自评": the body that evaluates its own fund (one that evaluates
# each of several bodies', "对各部门…", names none)
_SELF_EVALUATED_FUND = re.compile(
    _SELF_BODY + r"\s*对\s*(?:(?!各)[^,;。]){2,40}?(?:经费|资金|项目)\s*(?:进行|开展)了?\s*(?:绩效)?自评")


class _ProseField(NamedTuple):
    """A fact stated in a sentence: its pattern, the words one of which a line must hold for the pattern to match
    (tested before its search), and what else the match needs, tested before the search when the pattern opens on
    a lazy name (tried at every place of a line: "由于…" or "（以下简称“区财政局”）的要求" alone would be searched)."""

    path: str
    pattern: re.Pattern[str]
    words: tuple[str, ...]
    gate: re.Pattern[str] | None = None
    guess: bool = False  # a reading the report may contradict: put guessed and weak (a title's or label's name wins)


PROSE_FIELDS = [
    # (a title run on with the cover's first label, "…自评报告部门(单位)名称:X", a viewer's paragraph: X too)
    _ProseField("unit.name", re.compile(
        r"(?:^|(?<=自评报告)|(?<=评价报告))(?:项目单位|单位名称|填报单位|报告单位|编制单位|部门名称|预算单位|部门\(单位\)名称|单位\(部门\)名称)"
        r"\s*(?:\(\s*(?:单位)?(?:盖章|公章|签章|印章)\s*\))?\s*:\s*(.+)$"), ("单位", "部门")),
    _ProseField("project.name", re.compile(r"^项目名称\s*:\s*(.+)$"), ("项目名称",)),
    # "(一)项目背景资料。1、项目名称:某某工程, 起点桩号…": a numbered item's label after a full stop, up to the comma
    _ProseField("project.name", re.compile(r"[。;]\s*(?:\d{1,2}\s*[、.]\s*)?项目名称\s*:\s*"
                                           r"([^,;。:()]{2,40}?)\s*[,;。]"), ("项目名称",)),
    # "项目名称为某某补助资金，主管部门为…": the name stated in a sentence (a questionnaire's answer); "项目名称是否
    # 规范，…" asks, names nothing (a scoring rule's or a question's words)
    _ProseField("project.name", re.compile(r"项目名称\s*(?:为|是(?!否))\s*“?([^,;。:()“”？?]{2,40}?)”?\s*[,;。]"),
                ("项目名称",)),
    # "现将2022年某县交通运输局衔接资金项目绩效自评总结报告如下": the unit named in the report's opening sentence
    _ProseField("unit.name", re.compile(
        r"现将\s*(?:(?:19|20)\d{2}\s*年度?)?\s*([^,;。:()“”]{2,24}?(?:人民政府|委员会|办事处|局|中心|医院|卫生院"
        r"|学校|中学|小学|幼儿园|馆|站))(?:本级)?\s*(?:(?:19|20)\d{2}\s*年度?)?[^,;。]{0,40}?(?:绩效自评|绩效(?:自我)?评价)"),
        ("现将",)),
    # "某县某某中心（盖章）" on a cover, alone or run on after the report's title: the body whose stamp it bears
    _ProseField("unit.name", re.compile(
        r"(?:^|(?:自评|评价)(?:报告|表))\s*((?:(?!自评|评价|报告)[^,;。:()“”《》\s]){4,30}?(?:人民政府|委员会|办事处|局|中心|医院|卫生院"
        r"|学校|中学|小学|幼儿园|馆|站|所|院))\s*\(\s*(?:单位)?(?:盖章|公章)\s*\)"), ("盖章", "公章")),
    _ProseField("unit.name", _SELF_NAMED, ("以下简称",),
                re.compile(_SELF_NAMED_VERB)),
    _ProseField("unit.name", _OWN_EVALUATION, ("部门", "单位"), re.compile(r"开展(?:并完成)?了?\s*本(?:部门|单位)")),
    _ProseField("unit.name", _SELF_EVALUATED_FUND, ("自评",), re.compile(r"(?:进行|开展)了?\s*(?:绩效)?自评")),
    # a viewer's cover run together, with or without colons (the lexicon's cover_run_together: the next label ends
    # each value; the cover's 项目单位 is the implementing unit, weak)
    _ProseField("unit.name", pattern("cover_run_together.unit"), ("日期", "时间", "编码")),
    _ProseField("project.name", pattern("cover_run_together.project_name"), ("项目名称",)),
    # "…自评表(2021年度)转移支付(项目)名称某某保护资金中央主管部门某部…": a form's label fused to its value, the
    # value up to the next label
    _ProseField("project.name", re.compile(r"(?:转移支付\(项目\)|项目)名称\s*([^,;。:()“”《》\s\d]{2,40}?)\s*"
                                           r"(?:中央|省级|自治区|地方)?主管部门"), ("名称",)),
    _ProseField("unit.supervising_department", pattern("cover_run_together.supervising_department"), ("主管部门",)),
    _ProseField("project.implementing_unit", pattern("cover_run_together.implementing_unit"), ("项目单位",)),
    # ("…项目为一个:某某项目(二)资金…": a viewer ran the next heading on)
    _ProseField("project.name", re.compile(r"项目(?:名称)?为(?:一个|一项)?\s*:\s*([^,;。:]{2,30}?项目)\s*"
                                           r"(?:[,;。]|$|\([一二三四五六七八九十]{1,2}\))"), ("项目",)),
    # ("由各地某某部门和某某主管部门负责审批": who approves anywhere, no department named: 各 / 相关 lead, as below)
    _ProseField("unit.supervising_department", re.compile(r"由\s*(?!各|相关)([^,;。、由]{2,30}?)(?:负责)?主管"),
                ("主管",)),
    # "本馆为某市文化和旅游局所属公益一类事业单位" / "…为县委办公室管理的…事业单位": the department a 事业单位
    # belongs to
    _ProseField("unit.supervising_department", re.compile(
        r"(?:为|是|系)\s*([^,;。、为是系]{2,30}?(?:局|委员会|委|人民政府|政府|办公室|厅|部|中心|办事处))\s*"
        + PLACED_UNDER.pattern), ("事业单位",),
        PLACED_UNDER),
    # "某某中心是某局下属二级事业单位": the body a sentence opens on, named as that 事业单位, is the unit, a guess
    # (a 局's own report introduces its subordinate centre so too: its title or label names the unit)
    _ProseField("unit.name", re.compile(
        r"(?:^|(?<=[。;]))\s*((?![本我该其此])[^,;。:()“”《》\s]{4,30}?(?:中心|站|所|馆|院|队|处|会|校|园))\s*"
        r"(?:为|是|系)\s*[^,;。、为是系]{2,30}?(?:局|委员会|委|人民政府|政府|办公室|厅|部|中心|办事处)\s*"
        + PLACED_UNDER.pattern), ("事业单位",),
        PLACED_UNDER, guess=True),
    _ProseField("project.implementing_unit",
                re.compile(r"主管[、,]\s*(?:由)?([^,;。、]{2,30}?)(?:负责|具体|牵头)?(?:组织)?实施"), ("主管",)),
    # "由某某联合会主管并组织实施": one body both supervises and carries the project out
    _ProseField("project.implementing_unit",
                re.compile(r"由\s*([^,;。、由]{2,30}?)\s*主管并\s*(?:负责|具体|牵头)?\s*(?:组织)?\s*实施"), ("主管",)),
    # (each alternative opens on a literal: a search then skips to those characters)
    # (a transfer payment's 中央 / 省级 主管部门 is the ministry above, not the one answerable for the filing;
    # "主管部门及实施主体为某中心": one body both)
    _ProseField("unit.supervising_department",
                re.compile(r"(?:项目主管部门|主管部门)(?<!中央主管部门)(?<!省级主管部门)(?<!自治区主管部门)"
                           r"(?:及(?:项目)?实施(?:主体|单位))?(?:为|是|:)\s*([^,;。()]+)"), ("主管部门",)),
    _ProseField("project.implementing_unit",
                re.compile(r"(?:项目实施|项目承担|项目执行|实施|承担|执行)单位(?:为|是|:)\s*([^,;。()]+)"), ("单位",),
                re.compile(r"单位(?:为|是|:)")),
    # "该项目以一年为实施周期,实施主体为某区某某局": the 主体 that carries the project out
    _ProseField("project.implementing_unit",
                re.compile(r"(?:项目)?实施主体(?:为|是|:)\s*([^,;。()]+)"), ("主体",), re.compile(r"主体(?:为|是|:)")),
    # "X项目由Y组织实施" / "由Y负责实施" / "由Y具体承担" / "由Y承办" (a 主管 clause is the department, read above;
    # "由各科室结合项目实施情况…" names no body: 各/相关 + a department word, then a verb; "由某局某股按确定的方案组织
    # 实施": the body is the span before the manner it works by; "绩效自评工作由某科负责实施": who ran the
    # self-evaluation, not the project; "本表由项目实施单位填写": 实施单位 is a noun there, no body named)
    _ProseField("project.implementing_unit", re.compile(
        r"(?<!自评工作)(?<!评价工作)由\s*(?!各|相关)((?:(?!结合|根据|按照|对照)[^,;。、由]){2,30}?)\s*(?:按[^,;。、由\d]{1,12}?(?=组织实施|负责实施))?"
        r"\s*(?:负责|牵头|具体|统一)?\s*(?:组织)?\s*(?:实施|承担实施|具体实施|承担|执行|承办)(?!单位|主体)"),
        ("由",), re.compile(r"实施|承担|执行|承办")),
    # "某某公司作为项目业主单位,…": the body the project is carried out by (its owner on a works project)
    _ProseField("project.implementing_unit", re.compile(
        r"([^,;。、:()“”《》]{2,30}?)\s*作为\s*(?:本|该)?项目(?:业主|实施|建设)单位"), ("单位",),
        re.compile(r"作为\s*(?:本|该)?项目(?:业主|实施|建设)单位")),
    # "根据安排,某某中心(以下简称“某中心”)具体组织实施了某某项目": the body named before its short name
    _ProseField("project.implementing_unit", re.compile(
        r"([^,;。、:()“”《》]{2,30}?)\s*\(以下简称[^()]{1,12}\)\s*(?:负责|具体|牵头)\s*(?:组织)?\s*实施"),
        ("以下简称",), re.compile(r"\)\s*(?:负责|具体|牵头)\s*(?:组织)?\s*实施")),
    # "某某工程某某治理项目立项批复525万元,其中…": a paragraph opening on the project's name and its approval
    _ProseField("project.name", re.compile(r"^\s*([^,;。:“”《》\s]{4,60}?项目)\s*立项批复(?:资金)?\s*\d"), ("项目",),
                re.compile(r"项目\s*立项批复")),
    # "受某局委托，我公司对某乡人民政府实施的某项目开展绩效评价": the body the evaluated project was carried out by (the
    # one that commissioned the evaluation may be the finance bureau: no field)
    _ProseField("project.implementing_unit", re.compile(
        r"对\s*([^,;。、对]{2,30}?(?:人民政府|政府|局|委员会|中心|办事处|站|所|院|学校|馆|队))\s*(?:组织|负责)?实施的[^,;。]{0,40}?项目"),
        ("项目",), re.compile(r"实施的")),
]
# every pattern above needs one of these words (a line with none, most of a report's prose, is not searched)
PROSE_FIELD_WORDS = ("单位", "部门", "项目", "由", "主管", "现将", "以下简称", "主体", "自评", "编码", "盖章", "公章",
                     "名称")
_ANY_PROSE_FIELD_WORD = re.compile("|".join(PROSE_FIELD_WORDS))  # (one search, not a test per word)
_CLASS_OF_BODIES = pattern("project_name_openings.recipients")  # "乡镇", "各村", "社区": bodies of a kind, none named
# the fields that need each word, in PROSE_FIELDS' order: a line's words found once, its fields looked up
_FIELDS_BY_WORD = {word: tuple(k for k, field in enumerate(PROSE_FIELDS) if word in field.words)
                   for field in PROSE_FIELDS for word in field.words}


def _fields_named(norm: str) -> list[int]:
    """The PROSE_FIELDS (their indexes, in order) that need a word ``norm`` holds (the words tested at C speed)."""
    return sorted({k for word in filter(norm.__contains__, _FIELDS_BY_WORD) for k in _FIELDS_BY_WORD[word]})


# a cover line holding two fields: "单位名称：X      填报日期：2025年3月"
_NEXT_FIELD = re.compile(r"\s{2,}|\u3000|\s+(?=[\u4e00-\u9fff]{2,8}\s*[:：])")


def extract_labelled(outline: Outline, facts: Facts) -> None:
    """"项目单位：…", "主管部门为…", "实施单位为…" written in the text; any form label of the lexicon
    written as "编制数：45" on a line of its own."""
    for number, line in enumerate(outline.lines):
        if ":" not in line.norm:
            continue  # (a label needs its colon)
        # (a long line whose parts end on full stops, no space between them, is prose, not spaced:
        # "项目名称：X。主管部门：Y。…"; a cover run together with neither, "项目名称：X主管部门：Y…", is left to
        # cover_run_together)
        spaced = len(line.text) > 60 and not _SEGMENT.search(line.norm) \
            and (" " in line.norm.strip() or "。" not in line.norm)
        if spaced and len(_SPACED_LABEL.findall(line.norm)) < 2:
            continue
        segments = _spaced_segments(line.norm) if spaced else _segments(line.norm)
        for start, end in segments:
            label = _LABEL_LINE.match(line.norm, start, end) or _bare_label(line.norm, start, end)
            colon = line.norm.find(":", start, end)
            if label is None and start == 0 and (stop := line.norm.rfind("。", start, max(colon, 0))) >= 0:
                start = stop + 1  # "（一）项目概况。项目名称：X；主管部门：Y": the labels after a heading's full stop
                label = _LABEL_LINE.match(line.norm, start, end)
            if start == 0 and line.marker_kind is not None and 0 < line.body_start < colon \
                    and (label is None or label_field(label.group(1)) is None):
                start = line.body_start  # "（一）项目名称：X": a numbered label
                label = _LABEL_LINE.match(line.norm, start, end)
            if label is None or end - start > 60:
                continue
            path = label_field(label.group(1))
            if path == "stated_total" and len(segments) > 1 and _indicator_line(line.norm, segments):
                continue  # "…年度目标值：≥95%；实际完成值：98%；自评得分：10分。": one indicator's score
            value = line.text[label.end():end].strip().rstrip("。|").strip()
            source = ref(line.location, line.text[start:end])
            if "|" in value and _total_cells(facts, path, label.group(1), value, source):
                continue
            if path and path != "none" and value:
                # a cover's "项目名称：X项目支出" over a line "绩效自评报告" (or joined with it): the report's
                # title wrapped; the name is X
                following = outline.lines[number + 1].norm if number + 1 < len(outline.lines) else ""
                wrapped = path == "project.name" and bool(_REPORT_TAIL.match(following))
                if path == "project.name":
                    value = _REPORT_NAME_TAIL.sub("", value + (following.strip() if wrapped else "")) or value
                elif path in BODY_FIELDS:
                    value += _stamped_tail(value, following)
                put_labelled(facts, path, _NEXT_FIELD.split(value)[0], source, label=label.group(1))
    extract_spaced_labels(outline, facts)  # "转移支付名称      X": a layout's label row, no colon
    for line in outline.lines[:60]:
        if not _ANY_PROSE_FIELD_WORD.search(line.norm):
            continue
        for field in _fields_named(line.norm):
            path, field_pattern, _words, gate, guess = PROSE_FIELDS[field]
            if gate is not None and gate.search(line.norm) is None:
                continue
            match = field_pattern.search(line.norm)
            if match:
                value = SEAL.sub("", _NEXT_FIELD.split(line.text[match.start(1): match.end(1)])[0]).strip(" *")
                if _COLON.search(value):
                    value = _before_next_label(value)
                elif _STAMPED_COLON.match(line.norm, match.end(1)):  # "…农业农村局实施单位（盖章）：": the next
                    value = _before_next_label(value + ":").rstrip(":")  # label's stamp ended the value, not its colon
                if path == "project.implementing_unit" and re.search(r"主管|本项目|该项目|负责|的$", value):
                    continue  # ("由某股负责项目资金的实施": a clause, no name)
                if path == "project.implementing_unit" and _CLASS_OF_BODIES.match(value):
                    continue  # ("由乡镇按实施方案…组织实施": a class of bodies, the townships, no one body named)
                if _ASKED.search(value):  # "由哪个部门主管、哪个单位实施？": a questionnaire's question, no name
                    continue
                if _PRONOUN.match(value):  # "由我局组织实施" / "由我局某股…": the unit speaks of itself, no name given
                    continue
                if path in BODY_FIELDS:
                    value = without_next_label(value)
                if path == "unit.name" and is_evaluator(value, outline.text):
                    continue  # "编制单位：某某咨询有限公司" on a commissioned report's cover: who wrote it, no unit
                if 2 <= len(value) <= 40:  # (the 实施主体 a sentence names, "实施主体为某执法大队", the body doing
                    # the work, gives way to the form's 实施单位 cell, the one answerable for it)
                    said = line.norm[match.start(): match.start(1)]
                    doer = path == "project.implementing_unit" and ("主体" in said or "项目单位" in said)
                    facts.put(path, value, ref(line.location, line.text[match.start(): match.end()], guessed=guess),
                              weak=guess or doer)


# "部门(单位)全称：某某县" over "人民法院（公章）": a cover's value wrapped after its place, the body's name and its
# stamp's note on the next line
_PLACE_END = re.compile(r"(?:省|市|区|县|州|旗|盟|镇|乡)$")
_STAMPED_TAIL = re.compile(r"\s*([\u4e00-\u9fff]{2,20}?)\s*\(\s*(?:单位)?(?:盖章|公章|签章|印章)\s*\)\s*")


def _stamped_tail(value: str, following: str) -> str:
    """The rest of a body's name that a cover wrapped onto the next line before its stamp's note, when the value
    read is a place alone; "" otherwise (a next line of its own, a value naming its body)."""
    tail = _STAMPED_TAIL.fullmatch(following)
    return tail.group(1) if tail is not None and _PLACE_END.search(value) else ""


# a question's words in place of a name ("哪个部门", "什么单位", "哪一级")
_ASKED = re.compile(r"哪|什么|何种")

_TOTAL_LABEL = pattern("total_row")


def _total_cells(facts: Facts, path: str | None, label: str, value: str, source: SourceRef) -> bool:
    """"总分：100 | 92.5 | 良" (a total row whose label kept its colon): the 100 the full mark, the next figure the
    total, a grade cell the grade; "合计：…" only with a grade cell (a money row's 合计 has none). Two figures that
    fit no such row are left unread. Whether the value was taken as a total row's cells."""
    if path != "stated_total" and not (path in (None, "none") and _TOTAL_LABEL.fullmatch(compact(label))):
        return False
    cells = [cell.strip() for cell in value.split("|") if cell.strip()]
    figures = [number for cell in cells if (number := number_in(cell)) is not None]
    grade = next((word for cell in cells if (word := grade_word(cell))), None)
    if len(figures) < 2 or (path != "stated_total" and grade is None):
        return False
    if len(figures) == 2 and figures[0] == 100 and figures[1] <= 100:
        facts.put("full_mark", figures[0], source)
        facts.put("stated_total", figures[1], source)
        if grade is not None:
            facts.put("stated_grade", GRADE_SYNONYMS[grade].value, source)
    return True


_STAMPED_COLON = re.compile(r"\s*\(\s*(?:单位)?(?:盖章|公章|签章|印章)\s*\)\s*:")
_DATE_LABEL = re.compile(r"(?:填报|填表|报告|报送|评价)(?:日期|时间)")
_COLON = re.compile(r"[:：]")


def _before_next_label(value: str) -> str:
    """"某某管理处预算单位:某局填报日期:…" (a cover run together): the value ends where the next label opens, the
    longest tail before the next colon (half- or full-width: the value is the line's own text) that is a form's
    label, a date's label whole ("某学校填报日期:" ends at 填报日期, not at a longer tail ending on it)."""
    colon = _COLON.search(value)
    head = value[: colon.start()] if colon else value
    for k in range(max(1, len(head) - 8), len(head) - 1):
        if label_field(head[k:]) is not None or _DATE_LABEL.fullmatch(head[k:]):
            return head[:k].strip()
    return value


# "项目名称：X；主管部门：Y；实施单位：Z" on one line; "…自评表 | 部门:X |": a web table's cell after the title's
_SEGMENT = re.compile(r"(;|\s\|)\s*[^:,;。|]{2,16}?\s*:")


def _segments(norm: str) -> list[tuple[int, int]]:
    """A line's 'label：value' parts: the whole line, or its parts at each "；" that opens another label."""
    cuts = [m.end(1) - 1 for m in _SEGMENT.finditer(norm)]  # (the separator's last character: skipped below)
    if not cuts and norm.count(":") >= 2:
        return _run_on_segments(norm)
    bounds = [0, *cuts, len(norm)]
    return [(bounds[i] + (1 if i else 0), bounds[i + 1]) for i in range(len(bounds) - 1)]


_SIGN_OFF = pattern("sign_off")  # "联系人:" / "填报人:" / "审核人:" / "单位负责人:": who signs the form, no field
_RUN_ON_LABEL = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,}):")  # a whole run of characters before a colon


def _run_on_segments(norm: str) -> list[tuple[int, int]]:
    """"主管部门：霍邱县水利局实施单位：…" (a PDF line whose spaces between two fields were lost): a new part at
    each label of the lexicon written with its colon right after the value before it, at a date's label
    ("填报单位：某学校填报日期：…": the date ends the name) and at a sign-off's ("填报单位：某校联系人：王某": the
    contact ends it; a label that carries no field otherwise, "某某补助资金来源:", cuts nothing)."""
    cuts = []
    for match in _RUN_ON_LABEL.finditer(norm, norm.index(":") + 1):
        run = match.group(1)
        start = next((match.start(1) + k for k in range(max(0, len(run) - 8), len(run) - 1)
                      if label_field(run[k:]) not in (None, "none") or _DATE_LABEL.fullmatch(run[k:])
                      or _SIGN_OFF.match(run[k:] + ":")), None)
        if start is not None:
            cuts.append(start)
    bounds = [0, *cuts, len(norm)]
    return [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1)]


# "基本情况 项目名称: X 是否为专项资金: 实施(主管)单位 Y 金额单位: 万元": a form's labels run together on
# one line, each value up to the next label (one written with its colon, or a label of the lexicon)
_SPACED_LABEL = re.compile(r"(?<=\s)[^\s:,;。]{2,12}\s?:")
_WORD = re.compile(r"\S+")
_BARE = re.compile(r"\s*(\S{2,12})\s+(?=\S)")


def _spaced_segments(norm: str) -> list[tuple[int, int]]:
    cuts = [m.start() for m in _WORD.finditer(norm)
            if m.start() and (_SPACED_LABEL.match(norm, m.start()) or label_field(m.group()) not in (None, "none"))]
    bounds = [0, *cuts, len(norm)]
    return [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1)]


_ROW_ROLES = ("name", "target", "actual", "weight")
_NUMBERED_ITEM = re.compile(r"指标\s*[\d一二三四五六七八九十]{1,3}$")  # "指标1：名称…"


def _indicator_line(norm: str, segments: list[tuple[int, int]]) -> bool:
    """A line whose labels include an indicator's name, target, actual value or weight (指标1 / 指标名称 /
    年度目标值 / 实际完成值 / 权重): its 自评得分 is that indicator's score, never the report's total."""
    labels = (_LABEL_LINE.match(norm, start, end) for start, end in segments)
    return any(label is not None and (cell_role(word := label.group(1).strip()) in _ROW_ROLES
                                      or _NUMBERED_ITEM.match(word)) for label in labels)


def _bare_label(norm: str, start: int, end: int) -> re.Match[str] | None:
    """"实施(主管)单位 某某局": a label of the lexicon with no colon, its value after a space."""
    match = _BARE.match(norm, start, end)
    return match if match is not None and label_field(match.group(1)) not in (None, "none") else None


_REPORT_NAME_TAIL = re.compile(r"(?:项目)?(?:支出)?绩效(?:自评|评价)报告$")
_REPORT_TAIL = re.compile(r"^\s*(?:项目支出)?绩效(?:自评|评价)(?:报告|表)\s*$")
_PRONOUN = re.compile(r"^(我|本|该)(单位|局|镇|乡|街道|中心|院|校|所|站|委|办|部门|馆|队)")
_LABEL_LINE = re.compile(r"\s*([^:,;。]{2,16}?)\s*:\s*(?=\S)")
