"""The stated total score and grade."""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.lexicon import pattern as lexicon_pattern
from jixiao.model import GRADE_SYNONYMS
from jixiao.numbers import to_decimal
from jixiao.readers.extract.facts import Facts, ref
from jixiao.readers.extract.look_around import ends_with, first_between, found_between
from jixiao.readers.extract.outline import PARTS_WORD, Line, Outline, after_parts_word
from jixiao.readers.extract.quoted_projects import other_project_led
from jixiao.readers.extract.sentence_before import last_without_asides
from jixiao.readers.extract.sentences import sentence_end, sentence_start
from jixiao.readers.extract.template_notes import template_note_lines
from jixiao.readers.textnorm import HAN
from jixiao.readers.ticked import TICKED, with_ticked_grades

# A score, never money: the number may not run on into more digits ("26,231,700.00元") or a unit.
# (the figure whole: "自评总分:95项目权重…" is never 9 before a count word)
_NUMBER = r"\s*(?:为|是|:|共|合计|计)?\s*(\d+(?:\.\d+)?)(?!\d|\.\d|,\d{3}(?!\d)|\s*(?:万|亿|元|%|人|个|项|次|户|家))"
_N = _NUMBER + r"\s*分?"
_TOTAL_SCORE = lexicon_pattern("total_score").pattern  # 总分's spellings (自评总分, 总得分, 综合得分, 综合评分)
MAX_TOTAL = Decimal(1000)  # a stated total above 100 is kept as stated (the checks flag it)
# the full mark a total's label cell states: "总分（100分）", "合计(100分)". Narrower than the total row's test
# (readers.flat_table_cells.is_total: any total_row word, "满分" or not, any two or three digits), on purpose: that
# one only tells a row from an indicator's, this one states a fact: only these words and only 100 ("自评得分(98分)"
# may state the score, "合计（90分）" the indicators' share of the full mark)
_FULL_IN_LABEL = re.compile(r"^(?:总分|合计|总计|自评总分|综合得分)[(（]\s*(?:满分\s*)?(100)\s*分?[)）]$")


def full_in_label(cell: str) -> Decimal | None:
    """The full mark a total row's label states ("总分（100分）" → 100), else None."""
    found = _FULL_IN_LABEL.match("".join(cell.split()).replace("（", "(").replace("）", ")"))
    return to_decimal(found.group(1)) if found else None
# Most to least specific; a weaker phrase is used only when no stronger one is found.
TOTALS = [
    re.compile(rf"(?:{_TOTAL_SCORE}|自评总得分|评价总分|得分合计|合计得分|总计得分|自评综合得分"
               r"|综合自评得分|绩效评价得分|绩效自评得分)" + _N),
    re.compile(r"(?:自评得分|最终得分|评价得分|绩效得分|绩效评分|得分"
               r"|自评分(?:数(?=\s*(?:为|是|:)?\s*\d))?(?![值数])|评价分(?![值数])"
               # "自评绩效等级为“优”,分数为97分": a clause of its own after the whole's grade
               r"|(?<=[,;])\s*分数(?=\s*(?:为|是|:)?\s*\d)"
               r"|自评得(?=\s*\d))" + _N  # ("本项目绩效自评得99.30分")
               + r"|(?:自评|评价|评分)(?:结果|结论)\s*(?:为|是|:)?\s*(\d+(?:\.\d+)?)\s*分"),
    re.compile(r"(?:总分|(?<![入出额数费金值重])合计)" + _NUMBER + r"\s*分"),  # (分值合计 / 权重合计: the weights' sum)
]
# the full mark after the total: "98.92分（满分100分）", or in a bracket "94.6分（总分100分）"
_FULL_AFTER = re.compile(r"\s*(?:[(,]?\s*满分|\(\s*总分值?)\s*(?:为|是|:)?\s*(\d+(?:\.\d+)?)\s*分")
_SCORE_BRACKET = re.compile(r"\d\s*分\s*\(\s*$")  # a score's bracket opening just before
_WHOLE = re.compile(
    r"本次|本项目|本单位|我单位|整体|综合|等级|等次|项目(?:绩效)?(?:自评)?得分|单位(?:整体)?(?:自评)?得分"
    r"|满分\s*100\s*分|分值\s*(?:为|是)?\s*100\s*分|(?:自评|评价|评分)(?:结果|结论)|自评为"
    r"|(?:自评|自我评价)\s*,\s*自评得分"  # "对全年某某资金项目进行逐项对照自评，自评得分102.8分": the evaluation just
    # done ("…进行了认真的自我评价，自评得分95分")
)
# "总分值为100分,自评分为100分" / "（分值100分，自评得分94分）": the whole's full mark stated just before its score
# (maybe with the score's subject between: "满分100分，本单位自评得分93.5分", or 经: "满分100分，经自评得分为89分"; or
# in a bracket after the scoring: "逐项打分（满分100分），我院自评得分92分", the subject the body's own short word)
_FULL_BEFORE = re.compile(r"(?:总分值|总分|满分|分值(?=\s*(?:为|是|:)?\s*100\s*分))"
                          r"\s*(?:为|是|:)?\s*(\d+(?:\.\d+)?)\s*分\s*[）)]?\s*[,，]?"
                          r"\s*(?:其中|本次|[本我该](?:单位|项目|部门|院|校|局|委|中心))?\s*经?\s*$")
# a scoring method named, then its full mark ("采用扣分法评价，满分100分", "实行百分制评分，满分为100分"); this
# evaluation's own full mark ("本次评价满分为100分", "此次绩效自评满分100分")
_METHOD_FULL = re.compile(r"(?:(?:评价|评分|打分|计分|百分制)\s*[,，]|(?:本次|此次)(?:绩效)?(?:自评|评价|评分))"
                          r"\s*满分\s*(?:为|是)?\s*(\d+(?:\.\d+)?)\s*分")
_GRADE_WORDS = "|".join(sorted(GRADE_SYNONYMS, key=len, reverse=True))
# (every alternative opens on a literal, 自评结论 and 评价结论 spelt out: a search skips to their first characters
# instead of trying every alternative at every place of a line, four times slower)
GRADE = re.compile(
    r"(?:等级|等次|级别|评级|评价结果|自评结论(?=\s*(?:为|是))|评价结论(?=\s*(?:为|是))|评定为|评为|定为|评价为|结果为)"
    r"\s*(?:均|都)?\s*(?:为|是|:|评定为|确定为|被评为)?\s*"
    r"[\"“”'「『【\[(]?\s*"
    rf"({_GRADE_WORDS})"
)
# "属于“优”等级" / "为优秀等次" / "属“优秀”档次": the grade before its 等级 word
GRADE_BEFORE = re.compile(rf"(?:属于?|为|达到|评定为|评为)\s*[\"“'「『【\[(]?\s*({_GRADE_WORDS})"
                          r"\s*[\"”'」』】\])]?\s*(?:等级|等次|档次)")
# "自评等级：优填报日期：…": a sign-off label met the grade when the viewer dropped the space between them
_NEXT_LABEL = re.compile(r"(?:填报|填表|评价|审核|复核|联系|负责)[\u4e00-\u9fff]{0,4}\s*:")
# "…自评总分88分，【良好】。" / "（优）" after the total: a grade in brackets with no 等级 word before it
# (not after a letter: "A（优秀）、B（良好）" keys a letter scale, it states no grade)
_BRACKET_GRADE = re.compile(rf"(?<![A-DＡ-Ｄ])(?<![A-DＡ-Ｄ][级等档])[【\[(]\s*({_GRADE_WORDS})\s*[】\])]")
_BRACKET_CONTEXT = re.compile(
    rf"{_TOTAL_SCORE}|总分|自评得分|评价结果|自评结果|等级|等次|\d\s*分\s*[,，]?\s*[【\[(]"
)


def grades_in(norm: str) -> list[re.Match[str]]:
    """"评价等级为“优”" in a sentence (``norm``: its matching text); not "优化" or "良好率"."""
    found: list[re.Match[str]] = []
    if "等" in norm or "档" in norm:
        found.extend(match for match in GRADE_BEFORE.finditer(norm)
                     if not _ACCEPTANCE.search(norm, 0, match.start()) and not _BAND.search(norm, 0, match.start()))
    if GRADE.search(norm) is None:  # (a search costs less than an iterator's set-up: most lines state no grade)
        return found
    for match in GRADE.finditer(norm):
        tail = norm[match.end(): match.end() + 1]
        if not (tail and HAN.match(tail) and tail not in "等级次" and not _NEXT_LABEL.match(norm, match.end())) \
                and not _ACCEPTANCE.search(norm, 0, match.start()):
            found.append(match)
    return found


# "90分（含）以上为优秀等级": the rule's bands, not the report's grade
_BAND = re.compile(r"(?:\d\s*分?\s*(?:\(含\))?\s*(?:及?以上|以下|以内|[-~—至]\s*\d+(?:\.\d+)?\s*分?)|分为)\s*$")
# "…验收，质量鉴定为合格": a work's acceptance, not the report's grade
_ACCEPTANCE = re.compile(r"(?:质量|验收|鉴定|检验|检测|工程|竣工)[^,;。]{0,4}$")


# (also a cell holding its own label: "自评等级：优", "等级：良" at the end of a total row)
_GRADE_LEAD = re.compile(r"^\s*(?:(?:自评|评价|绩效|综合)?(?:等级|等次)\s*[:：]\s*(?:为)?|评定为|确定为|被评为|为|是)")


def grade_word(text: str) -> str | None:
    """A grade written alone in a cell: 优 / 优秀 / 良好 / …, also as the rest of a sentence cut after its label
    ("评价等级" | "为良。") or after its own label ("自评等级：优")."""
    word = _GRADE_LEAD.sub("", text).strip().strip("\"“”'「」『』【】[]（）() 。，,；;")
    return word if word in GRADE_SYNONYMS else None


# "… | 分值 | 10 | 得分 9.69 |" (its rules gone, "分值 10 得分 9.69"): a bare 得分 right after a row's 分值 cell
# is that row's score (a budget row's, an indicator's), not the whole's (总分值 / 满分值 are the whole's)
_AFTER_WEIGHT_CELL = re.compile(r"(?<![总满])分值\s*\|?\s*\d+(?:\.\d+)?\s*\|?\s*$")


_ONE_ITEM = re.compile(r"(该项|该指标|本指标|此项|本项|单项|指标)\s*$")
_SUMMING_UP = re.compile(r"(综上|\d{4}\s*年度?)[^,]{0,12}$")


def _whole_statement(norm: str, start: int) -> bool:
    """"项目自评得分94.72分" speaks of the whole; "该项得分9.72分" of one indicator. (Each search covers what its
    pattern can match near ``start``: a line of thousands of scores is read in time linear in its length.)"""
    begin = sentence_start(norm, start)
    if ends_with(_ONE_ITEM, norm, begin, start) \
            or (norm.startswith("得分", start) and ends_with(_AFTER_WEIGHT_CELL, norm, begin, start)):
        return False
    end = sentence_end(norm, start)
    return found_between(_WHOLE, norm, max(begin, start - 30), end) or ends_with(_SUMMING_UP, norm, begin, start)


_LAST_YEAR = re.compile(r"上年|去年|上一年|上年度")
_YEAR = re.compile(r"(20\d{2})\s*年")


def _other_year(norm: str, start: int, year: object) -> bool:
    """A statement about another year ("2023年度我局…自评得分92.30分", "上年自评…") is not this total; a bracketed
    aside on last year before it ("自评得分98.14分（上年92.18分），等级为优") does not make it one."""
    if last_without_asides(_LAST_YEAR, norm, start):
        return True
    stated = last_without_asides(_YEAR, norm, start)
    return stated is not None and year is not None and int(stated.group(1)) != year


# "综合评分85分以上为优秀" / "得分90分（含）以上" / "综合得分80-89分为良": the bound of a grade band, no total
_BAND_AFTER = re.compile(r"\s*分?\s*(?:\((?:不)?含[^()]{0,8}\))?\s*(?:(?:及|或)?(?:以上|以下)|(?:-|~|～|—|至|到)\s*\d)")


# "评分标准：总分100分，90分（含）以上为优": a scoring rule's sentence, its 总分 the full mark (a band or the rule's
# name in the sentence, or the scale: "采用百分制，总分100分")
_RULE_NAME = re.compile(r"(?:评分|计分|评价|打分)(?:标准|办法|方法|规则)|百分制")
_BAND = re.compile(r"\d+(?:\.\d+)?" + _BAND_AFTER.pattern)
# (only 总分 / 评价总分 so: "根据评价办法，本项目自评得分100分" states the score)
_RULE_TOTAL = re.compile(r"(?:评价)?总分\s*(?:为|是|:)?\s*\d")


def _scoring_rule(norm: str, match: re.Match[str]) -> bool:
    """Whether the sentence of a bare "总分100分" states the scoring rule rather than the score."""
    if not _RULE_TOTAL.match(match.group()):
        return False
    begin = sentence_start(norm, match.start())
    end = sentence_end(norm, match.end())
    return bool(_RULE_NAME.search(norm, begin, match.start()) or _BAND.search(norm, match.end(), end))


_TOTAL_HEADING = re.compile(r"(?:自评得分|自评分数|评价得分|绩效得分|自评结论|评价结论|自评结果|评价结果)\s*[。.]?\s*$")
# a paragraph that is only the statement ("自评得分97.5分。", after the prose of what was done): the whole's score
# when it is the report's one such paragraph (parts scored one by one would each write one)
_BARE_TOTAL = re.compile(r"(?:自评得分|自评分数|评价得分|绩效得分)\s*(?:为|是|:)?\s*\d+(?:\.\d+)?\s*分\s*[。.]?")
_WRAPPED_WORD = re.compile(r"(?:得分|总分)\s*(?:为|是|:)?\s*$")
_WRAPPED_FIGURE = re.compile(r"^\s*\d+(?:\.\d+)?\s*分")


def _lines_with_wrapped_figures(outline: Outline) -> list[tuple[Line, str, str]]:
    """Each line's (matching text, original text); a line ending on "…自评得分" whose figure was
    wrapped onto the next line ("88 分，存在的问题…") gets that figure appended."""
    out = []
    lines = outline.lines
    for position, line in enumerate(lines):
        norm, text = line.norm, line.text
        if position + 1 < len(lines) and norm.endswith(("分", "分:", "分：", "为", "是")) \
                and _WRAPPED_WORD.search(norm) and lines[position + 1].index == line.index + 1:
            figure = _WRAPPED_FIGURE.match(lines[position + 1].norm)
            if figure is not None:
                norm, text = norm + figure.group(), text + lines[position + 1].text[:figure.end()]
        out.append((line, norm, text))
    return out


# "产出指标得分38分，…，预算执行率得分9.5分，合计84.5分": a score its sentence goes on to add up is a part of it
_SUMMED_LATER = re.compile(r"(?:合计|总计|共计|累计|总分|总得分)\s*(?:得分)?\s*(?:为|是|:)?\s*\d")


def _summed_later(norm: str, end: int) -> bool:
    """Whether the sentence after a score (from ``end``) states a sum of scores (not a part's sum after 其中:
    "自评得分93.5分，其中…合计得分70分" adds up some of its parts)."""
    full = full_after(norm, end)  # ("得分94.6分（总分100分）": the score's own full mark, no sum)
    # (the sentence's sums and 其中 found once a line: a line of thousands of scores searched on from each)
    found = first_between(_SUMMED_LATER, norm, end if full is None else full.end(), sentence_end(norm, end))
    return found is not None and not found_between(PARTS_WORD, norm, end, found.start())


# "产出、效益、满意度指标合计得分89.91分": the sum of named blocks, not the whole's total unless nothing else is
_SUM_WORD = re.compile(r"合计得分|得分合计|总计得分")


def _part_sum(norm: str, match: re.Match[str]) -> bool:
    """A 合计得分 over blocks named in a list before it, or one block's ("满意度指标合计得分9分"), or one after 其中
    ("项目自评得分93.5分，其中…合计得分70分": a part of the total just stated); a total stated elsewhere, even in
    weaker words, takes its place."""
    if not _SUM_WORD.match(norm, match.start()):
        return False
    near = max(match.start() - 40, 0)  # (the block names stand just before: a bounded look back)
    clause_start = max(near, *(norm.rfind(ch, near, match.start()) + 1 for ch in ",;。"))
    if norm.find("、", clause_start + 1, match.start()) >= 0:  # a name, then 、 and another, in the clause
        return True
    sentence = max(near, norm.rfind("。", near, match.start()) + 1)
    return norm.find("其中", sentence, match.start()) >= 0 \
        or _BLOCK_BEFORE.search(norm, near, match.start()) is not None


# "满意度指标合计得分" / "产出指标（50分）合计得分": one block's sum
_BLOCK_BEFORE = re.compile(r"指标\s*(?:\(\d+(?:\.\d+)?分?\))?\s*$")


def _part_led(line: Line, norm: str, start: int) -> bool:
    """Whether the sentence of a score at ``start`` opens on one part's name before a colon
    ("1. 预算执行完成情况：…，绩效自评得分4.44分"): the part's score, not the whole's."""
    begin = max(sentence_start(norm, start), line.body_start)
    return lexicon_pattern("part_lead").match(norm[begin:start].lstrip()) is not None


def full_after(norm: str, end: int) -> re.Match[str] | None:
    """"…总分98.92分（满分100分）": the full mark (50 or more) right after a total ending at ``end``."""
    full = _FULL_AFTER.match(norm, end)
    return full if full is not None and to_decimal(full.group(1)) >= 50 else None


def _after_item(norm: str, start: int) -> bool:
    """On an indicator's line, a total in a later sentence that speaks of the whole ("预算执行率…，得分9.78分
    （满分10分）。项目自评总得分95.28分，自评等级为优"): the item's sentence ends before it."""
    first_stop = norm.find("。")
    return 0 <= first_stop < start and _whole_statement(norm, start)


# "A绩效自评分数为73.5分、B绩效自评分数为89分、C绩效自评得分86.5分": one sentence listing several parts' scores
# (a score and its grade joined by 、, "得分95分、等级为优", list nothing; nor does the score and its full mark or
# its change after 、, "综合得分88分、满分100分" / "…、较上年提高3分": the words between 、 and the figure)
_LISTED_BEFORE = re.compile(r"\d\s*分\s*$")
_LISTED_AFTER = re.compile(r"\s*、([^,;。]*?)\d\s*分")
_NO_PART = re.compile(r"满分|分值|[较比]|提高|提升|上升|增加|下降|降低|减少")
# "产出指标得分45分、效益指标得分30分、综合得分88分": the whole's score (综合 / 总 in its words) closing a list of
# the parts' (none named so) is the whole's, no part ("A项目综合得分96分、B项目综合得分98分" lists parts)
_WHOLE_WORD = re.compile(r"综合|总")


def _in_score_list(norm: str, match: re.Match[str]) -> bool:
    """Whether the score is one of several listed with 、 between (each a part's; the whole's is none of them)."""
    after = _LISTED_AFTER.match(norm, match.end())
    if after is not None and not _NO_PART.search(after.group(1)):
        return True
    listed = norm[sentence_start(norm, match.start(), ",;。"): match.start()].split("、")
    return len(listed) > 1 and _LISTED_BEFORE.search(listed[-2]) is not None and not _NO_PART.search(listed[-2]) \
        and not (_WHOLE_WORD.search(match.group()) and not _WHOLE_WORD.search(listed[-2]))


# "分值 | 得分 | 10／9.80": a figure paired with a smaller one by a slash is a row's 分值／得分 cell (or the total row's
# 满分／得分), not the whole's total; "得分96/100" is a score out of its full mark
_PAIR_AFTER = re.compile(r"\s*[/／]\s*(\d+(?:\.\d+)?)")


def _weight_before_score(norm: str, match: re.Match[str]) -> bool:
    pair = _PAIR_AFTER.match(norm, match.end())
    return pair is not None and to_decimal(match.group(1) or match.group(2)) > to_decimal(pair.group(1))


# "预算执行率98%（分值10分，得分9.8分）": a score beside its 分值 is one indicator's, no part of a list of scores
_WEIGHT_BEFORE = re.compile(r"分值\s*(?:为|是|:)?\s*\d+(?:\.\d+)?\s*分\s*[,，]?\s*$")


def _listed_scores(lines: list[tuple[Line, str, str]]) -> set[int]:
    """Lines of one numbered list ("（一）村道项目…项目自评得分96分。" "（二）…得分98分。") each stating its own
    score in a weaker phrase than the whole's: the listed parts' scores, none of them the whole's, when the whole's
    sentence is cut off."""
    by_kind: dict[str, dict[int, Decimal]] = {}
    for line, norm, _ in lines:
        found = [m for pattern in TOTALS[1:] for m in pattern.finditer(norm)
                 if not _WEIGHT_BEFORE.search(norm, max(m.start() - 20, 0), m.start())] if line.marker_kind else []
        if found and not any(pattern.search(norm) for pattern in TOTALS[:1]):
            first = found[0]
            by_kind.setdefault(line.marker_kind or "", {})[line.index] = to_decimal(first.group(1) or first.group(2))
    return {index for scores in by_kind.values() if len(set(scores.values())) > 1 for index in scores}


def extract_totals(outline: Outline, facts: Facts, skip: set[int] | None = None,
                   notes: set[int] | None = None) -> None:
    """``skip``: indexes of lines that belong to single indicators (their scores are not totals); ``notes``:
    the template's notes (:func:`template_note_lines`, found here when not given) — "绩效指标分值合计90分"
    tells how to fill the form in, neither a total nor a grade."""
    notes = template_note_lines(outline) if notes is None else notes
    skip = (skip or set()) | notes
    year, project = facts.get("year"), facts.get("project.name")
    # (every phrase of TOTALS holds 分: a line without it is not searched)
    lines = [entry for entry in _lines_with_wrapped_figures(outline) if "分" in entry[1]]
    # the sentence right under a heading "（一）自评得分" / "评价结论" states the whole's score
    under_total = {line.index for heading, line in zip(outline.lines, outline.lines[1:], strict=False)
                   if heading.is_heading and _TOTAL_HEADING.search(heading.norm)}
    bare = [line.index for line, norm, _text in lines if _BARE_TOTAL.fullmatch(norm.strip())]
    if len(bare) == 1:
        under_total.add(bare[0])
    listed = _listed_scores(lines)
    for level, pattern in enumerate(TOTALS):
        for line, norm, text in lines:
            if level and line.index in listed:
                continue
            item = line.index in skip  # an indicator's line: only a later sentence's whole total is read
            if item and (level or line.index in notes or "。" not in norm):
                continue
            for match in pattern.finditer(norm):
                if _other_year(norm, match.start(), year) or _BAND_AFTER.match(norm, match.end()) \
                        or _part_led(line, norm, match.start()) or (item and not _after_item(norm, match.start())) \
                        or _in_score_list(norm, match) or _weight_before_score(norm, match) \
                        or other_project_led(norm, match.start(), project):
                    continue
                value = to_decimal(match.group(1) or match.group(2))
                unspoken = line.index not in under_total and not _whole_statement(norm, match.start())
                if value >= MAX_TOTAL or (level == 1 and (unspoken or _summed_later(norm, match.end()))) \
                        or (level == 1 and after_parts_word(norm, match.start())):
                    continue
                # ("产出指标得分45分（总分50分）": a 总分 in the bracket right after a score is that score's full mark)
                if (level == 2 and ends_with(_SCORE_BRACKET, norm, 0, match.start())) \
                        or (value == 100 and ((level == 2 and norm.find("得分", match.end()) >= 0)
                                              or _scoring_rule(norm, match))):
                    continue
                facts.put("stated_total", value, ref(line.location, text[match.start():match.end()]), "综合得分",
                          weak=_part_sum(norm, match))
                full = _FULL_BEFORE.search(norm, max(0, match.start() - 20), match.start())
                if full is not None and value <= to_decimal(full.group(1)):
                    facts.put("full_mark", to_decimal(full.group(1)), ref(line.location, text[full.start():full.end()]))
                full = full_after(norm, match.end())
                if full is not None:
                    facts.put("full_mark", to_decimal(full.group(1)),
                              ref(line.location, text[full.start(1) - 2: full.end()]), "满分")
        if facts.has("stated_total") and "stated_total" not in facts.weak:
            break  # (a part's 合计得分 alone gives way to a weaker phrase of the whole's)
    if not facts.has("full_mark"):  # "本项目采用扣分法评价，满分100分。": the method's sentence states the full mark
        for line, norm, text in lines:
            said = _METHOD_FULL.search(norm) if "满分" in norm and line.index not in skip else None
            if said is not None and to_decimal(said.group(1)) == 100:
                facts.put("full_mark", to_decimal(said.group(1)), ref(line.location, text[said.start():said.end()]))
                break
    ticked = any(mark in outline.text for mark in TICKED)  # (a quick test of the whole text: most tick no box)
    for line in outline.lines:
        if line.index in notes:
            continue
        norm = with_ticked_grades(line.norm) if ticked else line.norm  # "评价等次：优口 良☑ 中口 差口" states 良
        for match in grades_in(norm):
            if _other_year(norm, match.start(), year) or other_project_led(norm, match.start(), project) \
                    or _COUNTED_PARTS.search(norm[sentence_start(norm, match.start()):match.start()]):
                continue
            quoted = line.text[match.start():match.end()] if norm == line.norm else line.text
            facts.put("stated_grade", GRADE_SYNONYMS[match.group(1)].value, ref(line.location, quoted), "评价等级")
    if facts.has("stated_grade"):
        return
    for line in outline.lines:
        if line.index in skip or not _BRACKET_CONTEXT.search(line.norm):
            continue
        for match in _BRACKET_GRADE.finditer(line.norm):
            if not _other_year(line.norm, match.start(), year):
                facts.put("stated_grade", GRADE_SYNONYMS[match.group(1)].value,
                          ref(line.location, line.text[match.start():match.end()]), "评价等级")


# "有14个预算项目绩效自评得分在90-100分，绩效自评等级为“优”": the grade of a count of the unit's projects, not its own
_COUNTED_PARTS = re.compile(r"\d+\s*个(?:预算|重点)?项目")


def closing_statement(norm: str) -> tuple[re.Match[str] | None, re.Match[str] | None]:
    """A form's closing line taken as a whole ("自评得分：96.78分（优）", a cell merged across the form): the
    match of its total (group 1 or 2 the figure) and of its grade (group 1 the word), each None when not stated."""
    total = next((m for pattern in TOTALS[:2] if (m := pattern.search(norm))), None)
    grades = grades_in(norm)
    grade = grades[0] if grades else (_BRACKET_GRADE.search(norm) if _BRACKET_CONTEXT.search(norm) else None)
    return total, grade
