"""The title: unit name, year, kind (整体支出/项目支出) and, for projects, the project name."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import NamedTuple

from jixiao.lexicon import pattern
from jixiao.readers.extract.facts import Facts, ref
from jixiao.readers.extract.outline import Line, Outline
from jixiao.readers.extract.spaced_labels import extract_spaced_labels
from jixiao.readers.extract.table_columns import cell_role
from jixiao.readers.extract.table_labels import SEAL, label_field, put_labelled
from jixiao.readers.textnorm import match_text

_YEAR = re.compile(r"(20\d{2}|19\d{2})\s*年(?:度)?")
_BRACKET_YEAR = re.compile(r"[(]\s*(20\d{2}|19\d{2})\s*年度\s*[)]")
_NOISE = re.compile(
    r"^.{1,8}[(\[〔]\d{4}[)\]〕]\s*\d+\s*号$|^(附件|附表)\s*\d*\s*[::]?\s*$|^\d{4}年\d{1,2}月(\d{1,2}日)?$"
    r"|^(编制单位|填报单位|报送单位|日期)"
    r"|^.{2,20}\(制\)$"  # "某县财政局(制)": the cover's maker of the form, never the title
)
_REGION = re.compile(r"^(?P<prov>[^省市区县]{2,7}?(?:省|自治区))?(?P<city>[^省市区县]{2,7}?(?:市|州|盟))?"
                     r"(?P<county>[^省市区县镇乡]{1,6}?(?:区|县|旗|市))?")
_KIND_START = re.compile(r"部门整体|整体支出|部门预算|部门决算|单位决算|决算公开|预算执行情况|项目支出|绩效自评"
                         r"|绩效评价|自评表|自评报告|绩效目标自评"
                         # "某乡人民政府转移支付2022年度…": a unit's transfer payments ("某资金转移支付" names the fund)
                         r"|(?:(?<=政府)|(?<=局)|(?<=中心)|(?<=委员会)|(?<=办事处))转移支付(?=\s*(?:(?:19|20)\d{2}|$))")
_LABELLED = re.compile(r"^[^:]{2,8}:")
_OWN_FUND = re.compile(r"(?<=[府局会心处院所站馆校学园队室])专项(?:资金|经费)?$")
# "…的规定,某省残疾人联合会(以下简称“省残联”)成立绩效自评工作专班": the unit that evaluates itself (its name
# opens on no literal: searched only in a line holding 以下简称)
_SELF_NAMED = re.compile(
    r"([^,;。:()“”]{2,24}?(?:人民政府|委员会|联合会|办事处|局|中心|医院|卫生院|学校|馆|站))\s*\(以下简称[^()]{1,12}\)"
    r"\s*(?:成立|组织|牵头|按照|对)[^。]{0,40}?(?:绩效自评|绩效评价)")


class _ProseField(NamedTuple):
    """A fact stated in a sentence: its pattern, the words one of which a line must hold for the pattern to match
    (tested before its search), and what else the match needs, tested before the search when the pattern opens on
    a lazy name (tried at every place of a line: "由于…" or "（以下简称“区财政局”）的要求" alone would be searched)."""

    path: str
    pattern: re.Pattern[str]
    words: tuple[str, ...]
    gate: re.Pattern[str] | None = None


_PROSE_FIELDS = [
    _ProseField("unit.name", re.compile(
        r"^(?:项目单位|单位名称|填报单位|报告单位|编制单位|部门名称|预算单位|部门\(单位\)名称|单位\(部门\)名称)"
        r"\s*(?:\(\s*(?:单位)?(?:盖章|公章|签章|印章)\s*\))?\s*:\s*(.+)$"), ("单位", "部门")),
    _ProseField("project.name", re.compile(r"^项目名称\s*:\s*(.+)$"), ("项目名称",)),
    # "现将2022年某县交通运输局衔接资金项目绩效自评总结报告如下": the unit named in the report's opening sentence
    _ProseField("unit.name", re.compile(
        r"现将\s*(?:(?:19|20)\d{2}\s*年度?)?\s*([^,;。:()“”]{2,24}?(?:人民政府|委员会|办事处|局|中心|医院|卫生院"
        r"|学校|中学|小学|幼儿园|馆|站))(?:本级)?\s*(?:(?:19|20)\d{2}\s*年度?)?[^,;。]{0,40}?(?:绩效自评|绩效评价)"),
        ("现将",)),
    _ProseField("unit.name", _SELF_NAMED, ("以下简称",),
                re.compile(r"\(以下简称[^()]{1,12}\)\s*(?:成立|组织|牵头|按照|对)")),
    # a viewer's cover run together: "…自评报告表(实施单位用)填报单位:某中心填报日期:2022年…" (the next label ends it)
    _ProseField("unit.name", re.compile(r"(?:填报单位|单位名称)\s*:\s*([^:,;。()]{2,30}?)"
                                        r"(?=(?:填报|填表|报告|报送)(?:日期|时间)\s*:)"), ("日期", "时间")),
    _ProseField("project.name", re.compile(r"项目(?:名称)?为(?:一个|一项)?\s*:\s*([^,;。:]{2,30}?项目)\s*(?:[,;。]|$)"),
                ("项目",)),
    _ProseField("unit.supervising_department", re.compile(r"由([^,;。、由]{2,30}?)(?:负责)?主管"), ("主管",)),
    _ProseField("project.implementing_unit",
                re.compile(r"主管[、,]\s*(?:由)?([^,;。、]{2,30}?)(?:负责|具体|牵头)?(?:组织)?实施"), ("主管",)),
    # (each alternative opens on a literal: a search then skips to those characters)
    # (a transfer payment's 中央 / 省级 主管部门 is the ministry above, not the one answerable for the filing)
    _ProseField("unit.supervising_department",
                re.compile(r"(?:项目主管部门|主管部门)(?<!中央主管部门)(?<!省级主管部门)"
                           r"(?<!自治区主管部门)(?:为|是|:)\s*([^,;。()]+)"), ("主管部门",)),
    _ProseField("project.implementing_unit",
                re.compile(r"(?:项目实施|项目承担|项目执行|实施|承担|执行)单位(?:为|是|:)\s*([^,;。()]+)"), ("单位",),
                re.compile(r"单位(?:为|是|:)")),
    # "该项目以一年为实施周期,实施主体为某区某某局": the 主体 that carries the project out
    _ProseField("project.implementing_unit",
                re.compile(r"(?:项目)?实施主体(?:为|是|:)\s*([^,;。()]+)"), ("主体",), re.compile(r"主体(?:为|是|:)")),
    # "X项目由Y组织实施" / "由Y负责实施" / "由Y具体承担" (a 主管 clause is the department, read above)
    _ProseField("project.implementing_unit", re.compile(
        r"由\s*([^,;。、由]{2,30}?)\s*(?:负责|牵头|具体|统一)?\s*(?:组织)?\s*(?:实施|承担实施|具体实施|承担|执行)"),
        ("由",), re.compile(r"实施|承担|执行")),
]
# every pattern above needs one of these words (a line with none, most of a report's prose, is not searched)
_PROSE_FIELD_WORDS = ("单位", "部门", "项目", "由", "主管", "现将", "以下简称", "主体")
_ANY_PROSE_FIELD_WORD = re.compile("|".join(_PROSE_FIELD_WORDS))  # (one search, not a test per word)
# the fields that need each word, in _PROSE_FIELDS' order: a line's words found once, its fields looked up
_FIELDS_BY_WORD = {word: tuple(k for k, field in enumerate(_PROSE_FIELDS) if word in field.words)
                   for field in _PROSE_FIELDS for word in field.words}
# a cover line holding two fields: "单位名称：X      填报日期：2025年3月"
_NEXT_FIELD = re.compile(r"\s{2,}|\u3000|\s+(?=[\u4e00-\u9fff]{2,8}\s*[:：])")
_FORM_WORDS_ONLY = re.compile(r"(本级)?(部门|单位)?(整体|项目|专项|重点项目)?(支出|资金|经费)?(预算)?(绩效)?(年度)?")
_KIND_WORDS = re.compile(r"(部门|单位)?整体(支出)?|项目(支出)?|绩效|自评|评价|报告|\s")


def title_lines(outline: Outline) -> list[Line]:
    """Short lines before the first heading (or first table), where report titles sit."""
    first_table = outline.tables[0][0] if outline.tables else 10**9
    out: list[Line] = []
    furniture = pattern("page_furniture")
    head, after_furniture = _head_lines(outline.lines[:40], furniture)
    for i, line in enumerate(head):
        if line.norm.startswith(("附件", "附表")):
            line = _without_prefix(line, _ATTACHMENT)
        elif line.norm.startswith(("标", "文件名称")):
            line = _without_prefix(line, _TITLE_LABEL)
        if out and i in after_furniture and not any(_TITLE_WORDS.search(kept.norm) for kept in out):
            out = []  # "公告公示" / breadcrumbs / the title: a web page's section name is no part of the title
        titled = line.md_level is not None and (_TITLE_WORDS.search(line.norm) or _above_title(line, head[i + 1:]))
        if out and line.is_heading and not line.marker_kind and _title_tail(line, out):
            out.append(line)  # "某局2020年度某某项目" over "自评结果": the title's last words, not a section
            continue
        if (line.is_heading and not titled) or line.index > first_table or line.marker_kind:
            break
        if (len(line.text) > 60 or _NOISE.match(line.norm) or _LABELLED.match(line.norm) or "|" in line.norm
                or _BULLET_GLYPH.match(line.norm) or line.list_level is not None):
            if out:  # (a row of cells "索引号 | … | 发布机构 | …" is a page's metadata, never its title)
                break
            continue
        if out and line.norm == out[-1].norm:  # the same title twice (a page's heading and the document's)
            continue
        if out and _section_name_above(out, line):
            out = []
        out.append(line)
    if not any(_TITLE_WORDS.search(line.norm) for line in out):
        below = _report_title_below(outline.lines[:_TITLE_SEARCH], furniture)
        if below is not None:
            return [below]
    return out


# "附件2：某局2022年度项目支出绩效自评报告.pdf": the attachment's number before a title on its line
_ATTACHMENT = re.compile(r"^(?:附件|附表)\s*\d{0,2}\s*:\s*(?=\S)")


def _without_prefix(line: Line, prefix: re.Pattern[str]) -> Line:
    """The line without what ``prefix`` matches at its start, when the rest carries a title's words."""
    found = prefix.match(line.norm)
    if found is None or not _TITLE_WORDS.search(line.norm, found.end()):
        return line
    return replace(line, text=line.text[found.end():], norm=line.norm[found.end():])


# "标      题 某局2020年度绩效自评报告": a page's metadata label before the title on its line
_TITLE_LABEL = re.compile(r"^(?:标\s*题|文件名称)\s*:?\s*(?=\S)")
# the end of a place's or a body's name: a title wrapped after it goes on ("某某市" / "某某区某局2023年度…报告")
_NAME_END = re.compile(r"(?:省|市|区|县|州|盟|旗|镇|乡|局|委|府|会|院|所|站|馆|校|中心|办事处)$")


def _section_name_above(above: list[Line], line: Line) -> bool:
    """"文旅动态" over "某市某局2023年某项目支出绩效自评报告": a web page's column name above a title line that
    opens on its own place and carries the report words — no part of the title."""
    region = _REGION.match(line.norm)
    return bool(region and region.group(0)) and _TITLE_WORDS.search(line.norm) is not None \
        and all(len(kept.norm) <= 6 and not _TITLE_WORDS.search(kept.norm) and not _NAME_END.search(kept.norm)
                for kept in above)


def _title_tail(line: Line, above: list[Line]) -> bool:
    """A short line of report words ("自评结果", "绩效自评报告") under title lines that have none."""
    return len(line.norm.strip()) <= 10 and bool(_TITLE_WORDS.search(line.norm)) \
        and not any(_TITLE_WORDS.search(kept.norm) for kept in above)


def _head_lines(lines: list[Line], furniture: re.Pattern[str]) -> tuple[list[Line], set[int]]:
    """The first eight lines that are no page furniture, and the positions among them of those that follow
    a furniture line (a breadcrumb, "浏览量"): where a web page's head ends and its text begins."""
    head: list[Line] = []
    after: set[int] = set()
    skipped = False
    for line in lines:
        if furniture.search(line.norm):
            skipped = True
            continue
        if skipped and head:
            after.add(len(head))
        skipped = False
        head.append(line)
        if len(head) == 8:
            break
    return head, after


_TITLE_WORDS = re.compile(r"报告|自评|评价表")
# "• 索引号" / "• 发布机构" / "• 自评报告" on lines of their own: a web page's metadata list, never the title
_BULLET_GLYPH = re.compile(r"^\s*[•●▪◦·‣]")
_TITLE_SEARCH = 60  # lines of a page's head searched for the report's own title line
_REPORT_TITLE = re.compile(r"(?:19|20)\d{2}\s*年度?.{0,30}?(?:绩效自评|绩效评价|自评)(?:总结|情况)?(?:报告|表)")


def _report_title_below(lines: list[Line], furniture: re.Pattern[str]) -> Line | None:
    """A web page's head (a section name, 索引号 / 发布机构 rows, breadcrumbs) above the report's own title
    line, "某中心2024年度项目支出绩效自评报告": that line, when the lines above it hold no title."""
    for line in lines:
        norm = line.norm.strip()
        if len(norm) > 60 or _LABELLED.match(norm) or furniture.search(line.norm) or "|" in norm:
            continue
        if _REPORT_TITLE.search(norm):
            return line
    # no year in it: a line that is a report's title and nothing else ("某某项目绩效自评报告" under a site's notices)
    for line in lines:
        if not line.marker_kind and _BARE_TITLE.fullmatch(line.norm.strip()) and not furniture.search(line.norm):
            return line
    return None


_BARE_TITLE = re.compile(r"[\u4e00-\u9fff][^,;。:]{1,38}?(?:绩效自评|绩效评价|自评)(?:总结|情况)?(?:报告|表)")


def _above_title(line: Line, following: list[Line]) -> bool:
    """"# 曲靖市某某中学" on its own heading line right above "# 2024年度…自评报告": part of the title."""
    nxt = following[0] if following else None
    return (nxt is not None and not line.marker_kind and len(line.text.strip()) <= 30
            and not nxt.marker_kind and bool(_TITLE_WORDS.search(nxt.norm)) and bool(_YEAR.search(nxt.norm)))


# "(直达资金)某路工程项目2020年度绩效自评报告": a tag before the title says what money it is, no part of a name
_LEAD_TAG = re.compile(r"[(（【\[]\s*[\u4e00-\u9fff]{2,8}\s*[)）】\]]\s*(?=[\u4e00-\u9fff])")


_SPACED_YEAR = re.compile(r"(?<=[\u4e00-\u9fff（(]) (?=\d{4} 年)|(?<=\d{4}) (?=年)")


def extract_title(outline: Outline, facts: Facts) -> None:
    lines = title_lines(outline)
    title = "".join(line.text.strip() for line in lines)
    if " " in title:  # a PDF's text layer spaces a title's year ("（2023 年度）", "某局 2023 年度")
        title = _SPACED_YEAR.sub("", title)
    if lines:
        facts.put("title", title, ref(lines[0].location, title))
        tag = _LEAD_TAG.match(title) if title[:1] in "(（【[" else None
        _from_title(title[tag.end():] if tag else title, lines[0].location, facts)
    if not facts.has("year"):
        _year_from_text(outline, facts)


_FILED = re.compile(r"(?:填报|报告|编制|报送|提交|打印|完成)?(?:日期|时间)\s*:|\d{4}\s*年\s*\d{1,2}\s*月")
_EVALUATED = re.compile(r"(20\d{2})\s*年度?[^。;]{0,30}?(?:绩效|自评|评价|预算|决算)")


def _year_from_text(outline: Outline, facts: Facts) -> None:
    """The evaluated year when the title has none: "XXXX年度…绩效自评" first, then any year that is
    not a filing date; a cover's 填报日期 alone (the year after the one evaluated) gives a marked guess."""
    head = outline.lines[:40]
    filed: tuple[int, Line] | None = None
    for year_pattern in (_EVALUATED, _YEAR):
        for line in head:
            for match in year_pattern.finditer(line.norm):
                dated = _FILED.search(line.norm, max(0, match.start() - 8), match.end() + 6)
                if dated is not None and not match.group(0).rstrip().endswith("年度"):
                    filed = filed or (int(match.group(1)), line)
                    continue
                facts.put("year", int(match.group(1)), ref(line.location, line.text, guessed=True))
                return
    if filed is not None:
        facts.put("year", filed[0] - 1, ref(filed[1].location, filed[1].text, guessed=True))


def extract_labelled(outline: Outline, facts: Facts) -> None:
    """"项目单位：…", "主管部门为…", "实施单位为…" written in the text; any form label of the lexicon
    written as "编制数：45" on a line of its own."""
    for number, line in enumerate(outline.lines):
        if ":" not in line.norm:
            continue  # (a label needs its colon)
        spaced = len(line.text) > 60 and not _SEGMENT.search(line.norm)
        if spaced and len(_SPACED_LABEL.findall(line.norm)) < 2:
            continue
        segments = _spaced_segments(line.norm) if spaced else _segments(line.norm)
        for start, end in segments:
            label = _LABEL_LINE.match(line.norm, start, end) or _bare_label(line.norm, start, end)
            colon = line.norm.find(":", start, end)
            if label is None and start == 0 and (stop := line.norm.rfind("。", start, max(colon, 0))) >= 0:
                start = stop + 1  # "（一）项目概况。项目名称：X；主管部门：Y": the labels after a heading's full stop
                label = _LABEL_LINE.match(line.norm, start, end)
            if label is None or end - start > 60:
                continue
            path = label_field(label.group(1))
            if path == "stated_total" and len(segments) > 1 and _indicator_line(line.norm, segments):
                continue  # "…年度目标值：≥95%；实际完成值：98%；自评得分：10分。": one indicator's score
            value = line.text[label.end():end].strip().rstrip("。")
            if path and path != "none" and value:
                # a cover's "项目名称：X项目支出" over a line "绩效自评报告" (or joined with it): the report's
                # title wrapped; the name is X
                following = outline.lines[number + 1].norm if number + 1 < len(outline.lines) else ""
                wrapped = path == "project.name" and bool(_REPORT_TAIL.match(following))
                if path == "project.name":
                    value = _REPORT_NAME_TAIL.sub("", value + (following.strip() if wrapped else "")) or value
                put_labelled(facts, path, _NEXT_FIELD.split(value)[0], ref(line.location, line.text[start:end]))
    extract_spaced_labels(outline, facts)  # "转移支付名称      X": a layout's label row, no colon
    for line in outline.lines[:60]:
        if not _ANY_PROSE_FIELD_WORD.search(line.norm):
            continue
        for field in sorted({k for word, fields in _FIELDS_BY_WORD.items() if word in line.norm for k in fields}):
            path, field_pattern, _words, gate = _PROSE_FIELDS[field]
            if gate is not None and gate.search(line.norm) is None:
                continue
            match = field_pattern.search(line.norm)
            if match:
                value = SEAL.sub("", _NEXT_FIELD.split(line.text[match.start(1): match.end(1)])[0]).strip(" *")
                if path == "project.implementing_unit" and re.search(r"主管|本项目|该项目|负责$", value):
                    continue
                if _PRONOUN.match(value):  # "由我局组织实施": the unit speaks of itself, no name given
                    continue
                if 2 <= len(value) <= 40:
                    facts.put(path, value, ref(line.location, line.text[match.start(): match.end()]))


_SEGMENT = re.compile(r";\s*[^:,;。]{2,16}?\s*:")  # "项目名称：X；主管部门：Y；实施单位：Z" on one line


def _segments(norm: str) -> list[tuple[int, int]]:
    """A line's 'label：value' parts: the whole line, or its parts at each "；" that opens another label."""
    cuts = [m.start() for m in _SEGMENT.finditer(norm)]
    bounds = [0, *cuts, len(norm)]
    return [(bounds[i] + (1 if i else 0), bounds[i + 1]) for i in range(len(bounds) - 1)]


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
_PRONOUN = re.compile(r"^(我|本|该)(单位|局|镇|乡|街道|中心|院|校|所|站|委|办|部门|馆|队)$")
_LABEL_LINE = re.compile(r"\s*([^:,;。]{2,16}?)\s*:\s*(?=\S)")
_SIGNER = re.compile(r"(政府|局|委员会|委|中心|办事处|院|所|站|馆|学校|中学|小学|大学|队|会|办公室|处|部|社|团|厂"
                     r"|公司)$")
_DATE = re.compile(r"^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$")


def extract_signature(outline: Outline, facts: Facts) -> None:
    """A report written as a letter names its unit in the signature above the date at the end (a web
    page's footer after it is furniture)."""
    furniture = pattern("page_furniture")
    lines: list[Line] = []  # the last five lines that are not furniture, in order
    for line in reversed(outline.lines):
        if not furniture.search(line.norm):
            lines.insert(0, line)
            if len(lines) == 5:
                break
    for i in range(len(lines) - 1, max(0, len(lines) - 4), -1):
        if _DATE.match(lines[i].norm.replace(" ", "")) and i > 0:
            signer = lines[i - 1]
            name = signer.text.strip()
            if len(name) <= 30 and not signer.marker_kind and _SIGNER.search(name):
                facts.put("unit.name", name, ref(signer.location, name))
            return


def derive_region(facts: Facts) -> None:
    """The region is the administrative prefix of the unit's name (重庆市璧山区…)."""
    name = facts.get("unit.name")
    if not name or facts.has("unit.region"):
        return
    party = 2 if name.startswith("中共") else 0  # "中共某省委党校": the party's body, the place after 中共
    region = _REGION.match(match_text(name[party:]))
    if region and (region.group("prov") or region.group("city")) and region.group(0) != name[party:]:
        facts.put("unit.region", name[party: party + region.end()], ref(facts.refs["unit.name"].location, name))


def _from_title(title: str, location: str, facts: Facts) -> None:
    norm = match_text(title)
    source = ref(location, title)
    kind = "整体支出" if "整体" in norm else "项目支出" if re.search(r"项目|专项|资金|政策|工程", norm) else None
    if not (_KIND_START.search(norm) or _TITLE_WORDS.search(norm)):
        kind = None  # a first line that is no report title ("20 分)项目决策(10 分)…", a table's wrapped cells)
    if kind is not None:  # a title that names neither leaves it to decide_kind
        facts.put("kind", kind, source)
    match = _YEAR.search(norm)
    stated = _BRACKET_YEAR.search(norm)  # "…2023年森林防火补助资金…报告（2024年度）": the bracket names the year
    if match:
        facts.put("year", int((stated or match).group(1)), source)
    elif not _KIND_START.search(norm):
        return
    before = re.sub(r"^关于|关于$", "", title[: match.start()] if match else title)  # "X局关于2022年度…的公示"
    cut = _KIND_START.search(match_text(before))
    unit = re.sub(r"\s*(?:19|20)\d{2}$", "", (before[: cut.start()] if cut else before).strip(" ：:（("))
    unit = _OWN_FUND.sub("", unit)  # "某县第三小学专项资金…": the unit's own special fund
    policy = _POLICY.search(unit)  # "某区城乡居民养老保险缴费补贴政策2023年度绩效自评报告": a policy, no unit
    if policy is not None:
        facts.put("project.name", policy.group(1), source, weak=True)
        unit = ""
    if match and not unit:  # "2023年衡东县枫林坳乡人民政府部门决算…": the unit follows the year
        rest = title[match.end():]
        cut_after = _KIND_START.search(match_text(rest))
        unit = rest[: cut_after.start()].strip(" ：:（(") if cut_after else ""
    after = title[match.end():] if match else ""
    if cut and not re.search(r"[\u4e00-\u9fff]{2}", re.sub(r"[()（）]", "", after)):
        after = before[cut.start():]  # "XX项目绩效自评表（2023年度）"
    bracketed = _BRACKET_NAME.search(norm)  # "…项目支出绩效自评报告（校园安保服务经费）": the project
    if kind == "项目支出" and bracketed:
        facts.put("project.name", title[bracketed.start(1): bracketed.end(1)].strip(), source, weak=True)
    if kind == "项目支出":
        # 项目支出绩效单位自评报告; "…改造项目 重点绩效评价报告"
        name = re.sub(r"\s*(支出)?(部门|重点)?(绩效)?(单位)?(自评|评价).*$", "", after).strip()
        name = re.sub(r"(?<=项目)支出$", "", name).strip(" （）()")
        if name and not re.fullmatch(r"(部门)?(预算)?(项目)?", name):
            facts.put("project.name", _without_place(name), source, weak=True)  # a 项目名称 label says it better
    if unit and not _FORM_WORDS_ONLY.fullmatch(match_text(unit)) and not _no_unit(unit, cut) \
            and not _FUND_NOT_UNIT.match(unit) and not _REGION_FORM.search(unit):
        facts.put("unit.name", unit, source, weak=True)  # a 单位名称 / 实施单位 label says it better


# "隆回县七江镇" / "某市某区": two levels of places before a project's name in a title ("2021年度某县某镇乡村振兴专项
# 资金绩效评价报告") say where it runs; the project is the rest
_PLACE_LEAD = re.compile(r"^(?:[\u4e00-\u9fff]{2,6}?(?:省|自治区))?(?:[\u4e00-\u9fff]{2,6}?(?:市|州|盟))?"
                         r"[\u4e00-\u9fff]{2,6}?(?:县|区|旗)(?:[\u4e00-\u9fff]{2,5}?(?:镇|乡|街道))?"
                         r"(?=[\u4e00-\u9fff]{2,30}(?:项目|工程|专项资金|资金|经费|补助)$)")


_TWO_LEVELS = re.compile(r"(?:省|自治区|市|州|盟).*(?:县|区|旗)|(?:县|区|旗).*(?:镇|乡|街道)$")


def _without_place(name: str) -> str:
    """A title's project name without the places it opens on, when they are two levels or more (county, town)."""
    lead = _PLACE_LEAD.match(name)
    if lead is None or not _TWO_LEVELS.search(lead.group()):
        return name
    rest = name[lead.end():]
    return rest if len(rest) >= 4 and not _UNIT_END.match(rest[:1]) else name


# "2023年度中央转移支付区域（某中心项目）绩效自评表": the title names a fund, no unit ("2023年度项目自评表" neither);
# "中央支持地方2021年度某某公益金…公告": whose money it is, no unit
_FUND_NOT_UNIT = re.compile(r"(?:中央|省级|市级|县级|区级)?(?:财政)?(?:转移支付|专项资金|补助资金)"
                            r"|中央(?:支持|补助|对)地方")
# "某某补助资金区域绩效目标自评表": a transfer's 区域 (region-wide) form, the fund before it, no unit
_REGION_FORM = re.compile(r"(?:资金|支付|项目)区域$")
# the last character of a body's name ("某县教育局", "某镇卫生院", "某中心")
_UNIT_END = re.compile(r"[局委会办府院校所站馆队处室心园部社团厂场司]$")


def _no_unit(unit: str, cut: re.Match[str] | None) -> bool:
    """"某某县" (before "2021年第二批…工程…报告"): a region, no unit; "家庭医生签约服务" before "项目支出绩效自评表":
    the project, no unit."""
    region = _REGION.fullmatch(unit)
    if region is not None and (region["city"] or region["county"]):
        return True
    return cut is not None and cut.group().startswith("项目") and not _UNIT_END.search(unit)


# a policy evaluated like a project, after the region that carries it out ("某区" + "…补贴政策")
_POLICY = re.compile(r"^(?:[\u4e00-\u9fff]{2,6}?(?:自治县|自治旗|县|区|市|旗))?([\u4e00-\u9fff]{4,40}政策)$")
_FORM_TITLE = re.compile(r"(.{2,40}?)(项目)?(?:支出)?绩效(?:自评|评价)表")
# "…自评报告 (2021年某某救助备用金)": the project, its year kept as the bracket writes it
_BRACKET_NAME = re.compile(r"(?:自评|评价)(?:报告|表)\s*\(((?:20\d{2}\s*年度?)?[^()\d]{2,30}?"
                           r"(?:经费|资金|项目|工程|补助|备用金|基金))\)\s*$")
_PROJECT_WORDS = re.compile(r"(?:项目|工程|专项|资金|经费|补助|计划|行动)$")
_NOT_A_PROJECT = re.compile(r"(?:中央|省级|市级|县级|区级|本级|财政|部门|单位|整体|预算|决算|\d)")


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


# what follows a project's name that opens a sentence as its subject ("2022年某项目由某局主管")
_SUBJECT_TAIL = r"(?=\s*(?:由|是|为|系|主要|总投资|共|,))"


def year_led_project(outline: Outline, facts: Facts) -> None:
    """A name cut from the title drops the report's year ("某县2022年高标准农田建设项目…报告" → 高标准农田建设项目);
    when the body opens a sentence on that name with the year ("2022年高标准农田建设项目由某局主管"), the year is
    part of the name the report uses."""
    name, year = facts.get("project.name"), facts.get("year")
    if "project.name" not in facts.weak or not isinstance(name, str) or not isinstance(year, int):
        return
    wanted = match_text(name)
    subject = re.compile(rf"(?:^|[。;])\s*({year}\s*年度?\s*{re.escape(wanted)}){_SUBJECT_TAIL}")
    for line in outline.lines[:60]:
        if wanted not in line.norm or str(year) not in line.norm:
            continue  # (the literal tests first: most lines hold neither)
        found = subject.search(line.rest_norm)
        if found is not None:
            start = line.body_start + found.start(1)
            full = line.text[start: line.body_start + found.end(1)].strip()
            facts.values["project.name"], facts.refs["project.name"] = full, ref(line.location, full)
            facts.weak.discard("project.name")
            return
