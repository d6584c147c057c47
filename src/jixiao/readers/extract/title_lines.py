"""Which lines of a document's head are its title: short lines before the first heading or table, past a web
page's furniture, section names and metadata rows."""

from __future__ import annotations

import re
from dataclasses import replace

from jixiao.lexicon import is_page_furniture, lexicon, pattern
from jixiao.readers.extract.coverage import table_has_form_words
from jixiao.readers.extract.name_ends import ends_a_place_or_body
from jixiao.readers.extract.outline import Line, Outline
from jixiao.readers.extract.page_meta import BYLINE
from jixiao.readers.label_fields import label_field

YEAR = re.compile(r"(20\d{2}|19\d{2})\s*年(?:度)?")
_NOISE = re.compile(
    r"^.{1,8}[(\[〔]\d{4}[)\]〕]\s*\d+\s*号$|^(附件|附表)\s*\d*\s*[::]?\s*$|^\d{4}年\d{1,2}月(\d{1,2}日)?$"
    r"|^(编制单位|填报单位|报送单位|日期)"
    r"|^.{2,20}\(制\)$"  # "某县财政局(制)": the cover's maker of the form, never the title
    r"|^[^。;:]{2,30}[!！]$"  # "查政策, 找服务, 就上某某网 !": a site's slogan, an exclamation, never a title
)
REGION = re.compile(r"^(?P<prov>[^省市区县]{2,7}?(?:省|自治区))?(?P<city>[^省市区县]{2,7}?(?:市|州|盟))?"
                    r"(?P<county>[^省市区县镇乡]{1,6}?(?:区|县|旗|市))?")
_LABELLED = re.compile(r"^[^:]{2,8}:")
# a sentence under a title, stop or none: its clauses (a comma, a semicolon), a figure with its money or rate unit,
# or a body's opening words ("根据…", "为进一步…"); a title, wrapped or not, holds none ("（2024年度）", "某财〔2024〕
# 12号" and a unit's name alone are the title's lines or are passed by their own rules)
_OPENING_WORDS = r"^\s*(?:根据|按照|依据|为了|为进一步|现将|对照)"
BODY_SENTENCE = re.compile(r"[,;]|\d\s*(?:亿元|万元|元|%)|" + _OPENING_WORDS)
# a page cut inside a report that opens on a body sentence ("根据某年某某指标体系,某局整体绩效自评分95分。"): its
# opening words and a clause or the full stop at its end — a sentence, never a title, even with nothing above it
_OPENING_SENTENCE = re.compile(_OPENING_WORDS + r"[^。]*?(?:[,;]|。\s*$)")
_TEMPLATE_HEADING = re.compile(r"绩效目标分解下达情况|绩效目标完成情况分析|偏离绩效目标的原因和下一步改进措施")
# "部门(单位)名称 某某中心 部门预算编码 9010" — a form's label, a space, its value: a field, never the title's words
_SPACED_LABEL = re.compile(r"^\s*([^\s:]{2,14})\s+\S")


# a sentence's clause marks (half-width in a line's norm), which no title holds; the words a whole title ends on
_CLAUSE = re.compile(r"[,;:]")
_TITLE_END = re.compile(r"(?:报告|表)\s*$")


def _label_row(norm: str) -> bool:
    found = _SPACED_LABEL.match(norm)
    return found is not None and label_field(found.group(1)) is not None


def title_lines(outline: Outline) -> list[Line]:
    """Short lines before the first heading (or first table), where report titles sit."""
    first_table = outline.tables[0][0] if outline.tables else 10**9
    out: list[Line] = []
    head, after_furniture = _head_lines(outline.lines[:40])
    listed = False  # the title is an attachment list's first item: the next item ends it
    for i, line in enumerate(head):
        if listed and out and _NEXT_ITEM.match(line.norm):
            break
        if line.norm.startswith("附"):
            stripped, found = _without_prefix(line, _ATTACHMENT), _ATTACHMENT.match(line.norm)
            listed = stripped is not line and found is not None and found.group("item") is not None
            line = stripped
        elif line.norm.startswith(("标", "文件名称")):
            labelled = _without_prefix(line, _TITLE_LABEL)
            # "标题:某某报告 | |||": a metadata row's empty cells after the title
            line = _without_empty_cells(labelled) if labelled is not line else line
        if out and i in after_furniture and not any(TITLE_WORDS.search(kept.norm) for kept in out):
            out = []  # "公告公示" / breadcrumbs / the title: a web page's section name is no part of the title
        titled = line.md_level is not None and (TITLE_WORDS.search(line.norm) or _above_title(line, head[i + 1:]))
        if out and line.is_heading and not line.marker_kind and _title_tail(line, out):
            out.append(line)  # "某局2020年度某某项目" over "自评结果": the title's last words, not a section
            continue
        if (line.is_heading and not titled) or line.index > first_table or line.marker_kind \
                or (out and _TEMPLATE_HEADING.fullmatch(line.norm.strip())):
            break  # ("绩效目标分解下达情况" under the title: a transfer template's first heading, unnumbered)
        if (len(line.text) > 60 or _NOISE.match(line.norm) or _LABELLED.match(line.norm) or "|" in line.norm
                or BYLINE.match(line.norm) or _ANNOUNCING.search(line.norm) or _OPENING_SENTENCE.match(line.norm)
                or _BULLET_GLYPH.match(line.norm) or line.list_level is not None or _label_row(line.norm)):
            if out:  # (a row of cells "索引号 | … | 发布机构 | …" is a page's metadata, never its title)
                break
            continue
        if out and (BODY_SENTENCE.search(line.norm) or (line.norm.rstrip().endswith("。") and (
                _CLAUSE.search(line.norm) or _TITLE_END.search(out[-1].norm)))):
            break  # "2024年支出合计500万元，其中：…。" or "全年预算100万元，实际支出95万元" with no stop right under
            # the title: the body's first sentence (a title's wrapped last line may end on "。" too: "某局关于2024年度"
            # over "部门整体支出绩效自评情况的报告。")
        if out and line.norm == out[-1].norm:  # the same title twice (a page's heading and the document's)
            continue
        if out and (_section_name_above(out, line) or _named_title_below_generic(out, line)):
            out = []
        out.append(line)
    out = _said_once(out)
    if not any(TITLE_WORDS.search(line.norm) for line in out):
        tables = {index for index, _ in outline.tables}
        below = _report_title_below(_before_attachments(outline), tables) or _shared_file_title(outline.lines[:8])
        if below is not None:
            return [below]
    return _byline_first(out)


def _said_once(lines: list[Line]) -> list[Line]:
    """"某市某某2020年度专项资金绩效自评报告" on one line, then the same title wrapped over two ("某市某某2020年度" /
    "专项资金绩效自评报告"): a web page's heading over the document's own title, said twice; the title once. The
    title said again after a line between ("某县人民政府门户网站 首页 政务公开": a site's bar the page's <title> stands
    over) is the title once too, the line between no part of it."""
    if len(lines) < 3:
        return lines
    words = [line.norm.strip() for line in lines]
    for k in range(1, len(lines)):
        said = "".join(words[:k])
        if said == "".join(words[k:]) or any(said == "".join(words[j: j + k]) for j in range(k + 1, len(lines))):
            return lines[:k]
    return lines


# "《某校专项资金绩效自评价报告.docx》由会员分享,可在线阅读…": a sharing site's line names the document by its title
_SHARED = re.compile(r"《([^《》]{4,60}?)(?:\.(?:docx?|pdf|xlsx?|wps))?》\s*由会员(?:上传)?分享")


def _shared_file_title(lines: list[Line]) -> Line | None:
    """The title a document-sharing site's line gives in 《》, when it carries a report's words (the text under
    it may run the title into the body on one line)."""
    for line in lines:
        shared = _SHARED.search(line.norm) if "分享" in line.norm else None
        if shared is not None and TITLE_WORDS.search(shared.group(1)):
            start, end = shared.span(1)
            return replace(line, text=line.text[start:end], norm=line.norm[start:end])
    return None


_REPORT_END = re.compile(r"(?:报告|自评表|评价表)$")
_BODY_LINE = re.compile(r"[^\d\s,;:。]{4,30}")


# a title of report words alone, no unit, project or year in it: an essay site's headline over the report's own title
_GENERIC_TITLE = re.compile(r"(?:部门|单位)?(?:整体|项目)?支出绩效(?:自评|评价)报告")
_OWN_TITLE_WORDS = re.compile(r"支出|绩效|自评|报告")


def _named_title_below_generic(out: list[Line], line: Line) -> bool:
    """"部门整体支出绩效评价报告" over "某某镇人民政府部门整体支出" / "绩效评价报告": a site's headline naming nobody,
    complete, then the report's own title opening on its unit: the headline is no part of the title (a unit alone
    on the line below, "某市某局", is the title's byline: :func:`_byline_first`)."""
    kept = "".join(kept.norm.strip() for kept in out)
    rest = line.norm.strip()
    return bool(_GENERIC_TITLE.fullmatch(kept) and _OWN_TITLE_WORDS.search(rest)
                and not _GENERIC_TITLE.fullmatch(rest))


def _byline_first(lines: list[Line]) -> list[Line]:
    """"2019年部门整体支出绩效评价报告" over "某市某局" on a line of its own: the unit printed under a title that
    names none opens the title (it was read after the report's words, where no name is looked for); under a title
    that opens on its own unit, the line names the report's author (a finance bureau, a firm) and is no part of it."""
    if len(lines) < 2:
        return lines
    last, above = lines[-1], lines[-2]
    name = last.norm.strip()
    if not _REPORT_END.search(above.norm.strip()) or TITLE_WORDS.search(name) or not _BODY_LINE.fullmatch(name) \
            or not ends_a_place_or_body(name) or any(name in line.norm for line in lines[:-1]):
        return lines
    kept = "".join(line.norm.strip() for line in lines[:-1])
    year = YEAR.search(kept)
    if year is not None and ends_a_place_or_body(kept[: year.start()]):
        # ("某乡人民政府2024年度…报告" over "某县财政局": the title names its unit, the line its author)
        return lines[:-1]
    return [last, *lines[:-1]]


# "附件2：某局2022年度项目支出绩效自评报告.pdf": the attachment's number before a title on its line; "附 件:1.某厅
# 2022年度…报告" over "2.2022年度某专项资金…报告": a list of attachments, its first item the title
_ATTACHMENT = re.compile(r"^附\s*[件表]\s*\d{0,2}\s*:\s*(?P<item>\d{1,2}\s*[.、．]\s*)?(?=\S)")
_NEXT_ITEM = re.compile(r"^\s*\d{1,2}\s*[.、．]")


def _without_prefix(line: Line, prefix: re.Pattern[str]) -> Line:
    """The line without what ``prefix`` matches at its start, when the rest carries a title's words."""
    found = prefix.match(line.norm)
    if found is None or not TITLE_WORDS.search(line.norm, found.end()):
        return line
    return replace(line, text=line.text[found.end():], norm=line.norm[found.end():])


# "标      题 某局2020年度绩效自评报告": a page's metadata label before the title on its line
_TITLE_LABEL = re.compile(r"^(?:标\s*题|文件名称)\s*:?\s*(?=\S)")
_EMPTY_CELLS = re.compile(r"(?:\s*\|)+\s*$")


def _without_empty_cells(line: Line) -> Line:
    """A title label's line without the empty cells its row ends on, when nothing else follows a bar."""
    found = _EMPTY_CELLS.search(line.norm)
    if found is None or "|" in line.norm[: found.start()]:
        return line
    return replace(line, text=line.text[: found.start()], norm=line.norm[: found.start()])


def _section_name_above(above: list[Line], line: Line) -> bool:
    """"文旅动态" over "某市某局2023年某项目支出绩效自评报告": a web page's column name above a title line that
    opens on its own place and carries the report words — no part of the title."""
    region = REGION.match(line.norm)
    return bool(region and region.group(0)) and TITLE_WORDS.search(line.norm) is not None \
        and all(len(kept.norm) <= 6 and not TITLE_WORDS.search(kept.norm) and not ends_a_place_or_body(kept.norm)
                for kept in above)


def _title_tail(line: Line, above: list[Line]) -> bool:
    """A short line of report words ("自评结果", "绩效自评报告") under title lines that have none."""
    return len(line.norm.strip()) <= 10 and bool(TITLE_WORDS.search(line.norm)) \
        and not any(TITLE_WORDS.search(kept.norm) for kept in above)


def _head_lines(lines: list[Line]) -> tuple[list[Line], set[int]]:
    """The first eight lines that are no page furniture, and the positions among them of those that follow
    a furniture line (a breadcrumb, "浏览量"): where a web page's head ends and its text begins."""
    head: list[Line] = []
    after: set[int] = set()
    skipped = False
    for line in lines:
        if is_page_furniture(line.norm):
            skipped = True
            continue
        if skipped and head:
            after.add(len(head))
        skipped = False
        head.append(line)
        if len(head) == 8:
            break
    return head, after


TITLE_WORDS = re.compile(r"报告|自评|评价表")
# "根据…要求,对2023年某某经费项目实施情况开展了自评,现将自评情况报告如下:" / "…,现对2022年度某某补助资金绩效
# 目标自评如下:": the body's opening sentence, which announces the report, never its title
_ANNOUNCING = re.compile(r",[^,]*(?:报告|汇报|说明|自评)如下\s*[:。]?\s*$")  # (":" or "。" after it)
# "• 索引号" / "• 发布机构" / "• 自评报告" on lines of their own: a web page's metadata list, never the title
_BULLET_GLYPH = re.compile(r"^\s*[•●▪◦·‣]")
_TITLE_SEARCH = 60  # lines of a page's head searched for the report's own title line
_REPORT_WORDS: str = lexicon()["report_name"]  # a report's own name for itself: 绩效自评报告, 自评情况报告, …
_REPORT_TITLE = re.compile(r"(?:19|20)\d{2}\s*年度?.{0,30}?" + _REPORT_WORDS)
# a document's opening words: its title (after an attachment's number, or a sharing site's "1、" before its first
# chunk of text, maybe with the page's own number run into the year: "1、12018年度…", or a viewer's page number
# spaced before it: "1 2016年…"), then straight on into its first sentence
_GLUED_TITLE = re.compile(r"\s*(?:附件\s*\d{0,2}\s*:?\s*|\d{1,2}、\s*(?:\d(?=(?:19|20)\d{2}\s*年))?"
                          r"|\d{1,2}\s+(?=(?:19|20)\d{2}\s*年))?"
                          r"([\u4e00-\u9fff()]{0,30}?(?:19|20)\d{2}\s*年度?"
                          r"[^,;。:\s]{0,40}?" + _REPORT_WORDS + r")(?=[\u4e00-\u9fff])")
# "某某项目.docx某某项目": a sharing site's file name, said again as its short name, run onto the title's line
_FILE_NAME = re.compile(r"\s*([^\s.《》]{1,60}?)\.(?:docx?|wps|pdf)\s*\1?")


# a sharing site's first chunk, "1、" then the title with its year in brackets after it, then the cover's labels
_GLUED_YEAR_AFTER = re.compile(r"\s*\d{1,2}、\s*([\u4e00-\u9fff\d()]{4,60}?" + _REPORT_WORDS
                               + r"\s*\(\s*(?:19|20)\d{2}\s*年度?\s*\))")

# ... or with the cover's date after it in Chinese numerals ("1、某院某某项目绩效自评报告二0一四年五月二十五日目 录…")
_GLUED_DATE_AFTER = re.compile(r"\s*\d{1,2}、\s*([\u4e00-\u9fff()]{4,60}?" + _REPORT_WORDS
                               + r")(?=二[〇○0零][一二][〇○0零一二三四五六七八九]年)")

# a whole form on one line, maybe after a viewer's metadata (author, dates, version: tokens with no Chinese in them)
# or a web post's labelled metadata ("来源:某局 发布时间:2022-05-20 浏览量:86"): the title is its opening words (a
# space only before its year) up to the report's words and the year in brackets after them, where a space ends it
_RUN_ON_TITLE = re.compile(r"\s*(?:(?:[!-~]+|(?:" + pattern("post_meta_labels").pattern + r")\s*:\s*[^\s:]{1,40})\s+)*"
                           r"(?:附件\s*\d{0,2}\s*:?\s*)?"
                           r"((?:[\u4e00-\u9fff()\d]|\s(?=(?:19|20)\d{2}\s*年)){0,40}?"
                           r"(?:绩效自评|绩效评价|自评)(?:总结|情况)?(?:报告|表)"
                           r"(?:\s*\(\s*(?:19|20)\d{2}\s*年度?\s*\))?)(?=\s|$)")
_POST_META = re.compile(r"(?:" + pattern("post_meta_labels").pattern + r")\s*:")  # a post's metadata opening a line

# a commissioned evaluation's cover run into one line, maybe after a post's byline and date ("编辑: 某某 2018-07-02"):
# "某年某局某某经费项目 财政支出绩效评价 委托单位:某局 预算单位:…" (no 报告 after 评价): the title is the words before
# the cover's first label
_COVER_RUN_ON = re.compile(r"((?:[\u4e00-\u9fff()]{0,20})(?:19|20)\d{2}\s*年度?[\u4e00-\u9fff()\s]{2,40}?"
                           r"(?:绩效自评|绩效评价))"
                           r"(?=\s+(?:" + pattern("cover_labels").pattern + r")\s*:)")


def _before_attachments(outline: Outline) -> list[Line]:
    """The head's lines searched for the report's own title: up to the first form table when a line above it states
    a year. A titled form after the report's own ("某某项目支出绩效自评表" and its table, then "附件2 / 2022年度项目支出
    绩效自评表") is an attachment, last year's form: its year is not the report's, which the text above it states."""
    lines = outline.lines[:_TITLE_SEARCH]
    form = next((index for index, table in outline.tables if table_has_form_words(table)), None)
    if form is None:
        return lines
    above = [line for line in lines if line.index < form]
    # (a sharing site's line, "《2021年某某项目.docx》由会员分享…", is page furniture: its year states nothing above
    # the form, which may be the report's own cover run into its first chunk)
    return above if any(YEAR.search(line.norm) and not is_page_furniture(line.norm) for line in above) else lines


def _report_title_below(lines: list[Line], tables: set[int]) -> Line | None:
    """A web page's head (a section name, 索引号 / 发布机构 rows, breadcrumbs) above the report's own title
    line, "某中心2024年度项目支出绩效自评报告": that line, when the lines above it hold no title; ``tables``: where
    the document's tables stand (a title broken over two lines has none between them)."""
    opening = 0  # the lines above this one that are no page furniture (a sharing site's page list is none)
    for k, line in enumerate(lines):
        norm = line.norm.strip()
        named = _FILE_NAME.match(line.norm) if len(norm) > 60 and min(line.index, opening) < 3 else None
        glued = _GLUED_TITLE.match(line.norm, named.end() if named else 0) \
            if len(norm) > 60 and min(line.index, opening) < 3 else None  # (the document's opening line)
        opening += not is_page_furniture(line.norm)
        if glued is None and len(norm) > 60 and line.index < 12 and line.norm.lstrip().startswith("1、"):
            glued = _GLUED_YEAR_AFTER.match(line.norm)  # "1、某某工程项目绩效评价报告(2014 年度)评价类型:…"
            glued = glued or _GLUED_DATE_AFTER.match(line.norm)
        if glued is None and (len(norm) > 60 or _POST_META.match(norm)) and (line.index < 3 or line is lines[0]):
            glued = _RUN_ON_TITLE.match(line.norm)  # "admin 1 2025-03-10T08:21:05Z … 某某自评表 (2024年度) …"
        if glued is None and len(norm) > 60 and line.index < 3 and "单位" in norm:
            glued = _COVER_RUN_ON.search(line.norm, 0, 120)
            if glued is not None and glued.start() < 40:  # (the cover's spaces only set its words apart)
                title = re.sub(r"\s+", "", line.text[glued.start(1): glued.end(1)])
                return replace(line, text=title, norm=re.sub(r"\s+", "", glued.group(1)))
            glued = None
        if glued is not None:  # "附件3某县2021年某某资金绩效自评报告为进一步…": a viewer ran title and text together
            return replace(line, text=line.text[glued.start(1): glued.end(1)], norm=glued.group(1))
        if len(norm) > 60 or _LABELLED.match(norm) or is_page_furniture(line.norm) or "|" in norm \
                or _ANNOUNCING.search(norm):
            continue
        if _REPORT_TITLE.search(norm):
            return _without_prefix(line, _TITLE_LABEL)  # "标  题 某某报告": a metadata row's label before it
        tail = lines[k + 1].norm.strip() if k + 1 < len(lines) else ""
        if tail and YEAR.search(norm) and not TITLE_WORDS.search(norm) and _SPLIT_TAIL.fullmatch(tail) \
                and not any(line.index < at < lines[k + 1].index for at in tables):
            # "某馆2024年度部门整体和项目" over "支出绩效自评报告": one title broken over two lines (not "表2 2024年度
            # 收支情况" over its table, then the form's own "部门整体支出绩效自评表")
            return replace(line, text=line.text.strip() + lines[k + 1].text.strip(), norm=norm + tail)
    # no year in it: a line that is a report's title and nothing else ("某某项目绩效自评报告" under a site's notices)
    for line in lines:
        if not line.marker_kind and _BARE_TITLE.fullmatch(line.norm.strip()) and not is_page_furniture(line.norm):
            return line
    return None


# a title's last words alone on the line under its first ("支出绩效自评报告", "项目支出绩效评价报告")
_SPLIT_TAIL = re.compile(r"(?:(?:部门|单位)?(?:整体|项目)?(?:和项目)?支出)?" + _REPORT_WORDS)
_BARE_TITLE = re.compile(r"[\u4e00-\u9fff][^,;。:]{1,38}?" + _REPORT_WORDS)


def _above_title(line: Line, following: list[Line]) -> bool:
    """"# 曲靖市某某中学" on its own heading line right above "# 2024年度…自评报告": part of the title."""
    nxt = following[0] if following else None
    return (nxt is not None and not line.marker_kind and len(line.text.strip()) <= 30
            and not nxt.marker_kind and bool(TITLE_WORDS.search(nxt.norm)) and bool(YEAR.search(nxt.norm)))
