"""A web page's publication metadata as the text of the page gives it (the HTML reader takes it from
the DOM into ``Document.metadata``): "发布机构：某中心", "- 发布机构: 某局 主题分类: …", a row of cells
"索引号 | … | 发布机构 | 某局 |", "[ 发布机构 ] | 某委 |"."""

from __future__ import annotations

import re

from jixiao.lexicon import pattern
from jixiao.readers.document import Table
from jixiao.readers.extract.name_ends import names_a_body
from jixiao.readers.extract.outline import Outline

_KEYS = ("发文单位", "发布机构", "发布单位")  # (page_metadata skips lines with none of 发布, 发文单位, 责任部门)
# the department a portal names as answering for the page ("公开形式 | 主动公开 | 责任部门 | 某县博物馆 |"): the body
# that wrote it, where the 发布机构 beside it may publish for others (name_tidying.unit_from_publisher)
RESPONSIBLE = "责任部门"
_HEAD = 40  # lines of a page's head where its metadata block sits
# ("关键词 发布机构 某局": a metadata row of label and value a space apart, an empty value left out)
_LABEL = re.compile(r"(?:^|[\s|\[\]-])(" + "|".join((*_KEYS, RESPONSIBLE))
                    + r")(\s*\]?\s*[:|]\s*\|?\s*|\s+)([^\s|:\[\]]{2,40})")


def page_metadata(outline: Outline) -> dict[str, str]:
    """发文单位 / 发布机构 / 发布单位 → value, from the first lines and tables of a page's text; a byline's 来源 when it
    names a body (the publisher only when the title opens on its place: name_tidying.unit_from_publisher)."""
    found: dict[str, str] = {}
    texts = [line.norm for line in outline.lines[:_HEAD]]
    texts += [" | ".join(row) for _, table in outline.tables[:2] for row in table.rows[:6] if isinstance(table, Table)]
    for text in texts[:_BYLINE_LINES]:
        byline = BYLINE.match(text)  # "某某厅 时间:2023-06-28 09:06" under a page's headline: who published it
        if byline is not None and names_a_body(byline.group(1)):
            found.setdefault("发布机构", byline.group(1))
    for text in texts[:_BYLINE_LINES]:
        source = _SOURCE.search(text) if "来源" in text else None  # "日期:… 来源:某区某局": where the page came from
        if source is not None and names_a_body(source.group(1)):
            found.setdefault("来源", source.group(1))
    for k, text in enumerate(texts):
        if "发布" not in text and "发文单位" not in text and RESPONSIBLE not in text:  # (every label holds one: most
            continue  # lines need no search, even those saying 发展 or 发放)
        for match in _LABEL.finditer(text):
            if match.group(2).strip() or names_a_body(match.group(3)):  # (a space apart: the value a body's name)
                found.setdefault(match.group(1), match.group(3))
        label = text.strip(_BULLET)
        if label in _KEYS and k + 1 < min(len(outline.lines), _HEAD):  # "• 发布机构" then "• 某局": a bullet list
            value = texts[k + 1].strip(_BULLET)
            if _VALUE.fullmatch(value):
                found.setdefault(label, value)
    return found


def with_publisher(metadata: dict[str, str], outline: Outline) -> dict[str, str]:
    """A page's metadata as its reader gave it, or as :func:`page_metadata` reads the page's text; a publisher that
    :func:`page_metadata` finds is added when the reader's gave none ("发布机构: 某局" on a line of its own, the
    block's other labels two to a line)."""
    if not metadata:
        return page_metadata(outline)
    if any(metadata.get(key) for key in _KEYS):
        return metadata
    found = page_metadata(outline)
    return {**metadata, **{key: found[key] for key in (*_KEYS, RESPONSIBLE) if key in found}}


def source_body(metadata: dict[str, str]) -> str:
    """The body a page's 来源 line names ("来源单位:某区某局 发布时间:…", "发表时间:… 信息来源:某县某局"), or "";
    the page's reading controls run onto it cut off ("信息来源:某区某局文字大小:[")."""
    named = metadata.get("来源") or metadata.get("来源单位") or metadata.get("信息来源") or ""
    return _CONTROLS.split(named, maxsplit=1)[0].strip()


_BULLET = " •·-*\t"
# ("信息来源:某区某局文字大小:…": the page's reading controls run on end the value, lexicon ``page_controls``)
_CONTROLS = pattern("page_controls")
_SOURCE = re.compile(r"来源\s*:\s*([\u4e00-\u9fff()]{4,30}?)(?=" + _CONTROLS.pattern + r"|[^\u4e00-\u9fff()]|$)")
# a web page's byline: a body's name, then the time it was posted ("某某局 时间:2023-06-28 09:06"; "某某厅 |
# 2022-12-30")
BYLINE = re.compile(r"^\s*([\u4e00-\u9fff()]{4,30})\s+(?:(?:发布)?时间\s*:|\|)\s*(?:19|20)\d{2}-\d{1,2}-\d{1,2}")
_BYLINE_LINES = 6  # the lines under a page's headline where its byline sits
_VALUE = re.compile(r"[^\s|:\[\]]{2,40}")
