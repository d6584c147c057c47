"""A self-evaluation a system exported as structured data and saved as text — a JSON object ("项目资金":
{"年初预算数": 312.0, …}, "绩效指标": [{"一级指标": …}, …]) or an XML document (<项目名称>…</项目名称>,
<资金 年初预算数="450.00" …/>) — → the "【section】" heads and "label：value" lines an INI export is read as
(:mod:`jixiao.readers.ini_pairs`), which the label and record readers take.

Only a text that is one JSON object or array, or one XML document, whole, is rewritten; a report that merely quotes a
brace or a tag is left as it stands. An XML text that declares a DTD or entities is never parsed."""

from __future__ import annotations

import json
import re
from collections import Counter
from typing import Any

_SPACE = re.compile(r"\s+")


def exported_pairs(text: str) -> str:
    """``text`` as section heads and "label：value" lines when it is a whole JSON or XML export, else unchanged."""
    body = text.strip()
    if body[:1] in ("{", "[") and body[-1:] in ("}", "]"):
        try:
            data = json.loads(body)
        except (ValueError, RecursionError):
            return text
        lines: list[str] = []
        _json_lines(data, "", lines)
        return "\n".join(lines) + "\n" if lines else text
    if body[:1] == "<" and body.endswith(">") and "<!DOCTYPE" not in body and "<!ENTITY" not in body \
            and "<html" not in body[:400].lower():  # (a web page saved as text is no export)
        return _xml_text(body) or text
    return text


def _scalar(value: Any) -> str:
    """A JSON scalar as its text: a figure as written (312.0 stays 312.0), a text on one line; null nothing."""
    if value is None or isinstance(value, bool):
        return "" if value is None else ("是" if value else "否")
    return _SPACE.sub(" ", str(value)).strip()


def _json_lines(value: Any, key: str, out: list[str]) -> None:
    """An object's scalars as "key：value" lines under its key as a head; a nested object or a list of objects as
    sections of their own (a list's items numbered), a list of scalars as one line."""
    if isinstance(value, dict):
        if key:
            out.append(f"【{key}】")
        for k, v in value.items():
            if isinstance(v, dict):
                _json_lines(v, str(k), out)
            elif isinstance(v, list) and any(isinstance(item, (dict, list)) for item in v):
                for n, item in enumerate(v, 1):
                    _json_lines(item, f"{k}{n:02d}", out)
            elif isinstance(v, list):
                out.append(f"{k}：{'、'.join(_scalar(item) for item in v)}")
            else:
                out.append(f"{k}：{_scalar(v)}")
    elif isinstance(value, list):
        for n, item in enumerate(value, 1):
            _json_lines(item, f"{key}{n:02d}" if key else "", out)


def _xml_text(body: str) -> str:
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, remove_comments=True,
                             remove_pis=True)
    try:
        root = etree.fromstring(body.encode("utf-8"), parser)
    except (etree.XMLSyntaxError, ValueError):
        return ""
    lines: list[str] = []
    _xml_lines(root, _local(root), lines)
    return "\n".join(lines) + "\n"


def _local(element: Any) -> str:
    tag = element.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _xml_lines(element: Any, head: str, out: list[str]) -> None:
    """An element with children or attributes as a section (its attributes "name：value" lines first); a child
    holding only text as a "tag：text" line; siblings of one tag numbered in their heads."""
    out.append(f"【{head}】")
    out.extend(f"{_local_name(k)}：{_SPACE.sub(' ', v).strip()}" for k, v in element.attrib.items())
    children = [c for c in element if isinstance(c.tag, str)]
    tags = [_local(c) for c in children]
    totals = Counter(tags)  # (counted once: a tag counted again for each child is quadratic in a flat export)
    counts: dict[str, int] = {}
    for child, tag in zip(children, tags, strict=True):
        if len(child) == 0 and not child.attrib:
            out.append(f"{tag}：{_SPACE.sub(' ', child.text or '').strip()}")
            continue
        counts[tag] = counts.get(tag, 0) + 1
        _xml_lines(child, f"{tag}{counts[tag]:02d}" if totals[tag] > 1 else tag, out)
    text = _SPACE.sub(" ", element.text or "").strip()
    if text and not children:
        out.append(f"{head}：{text}")


def _local_name(key: str) -> str:
    return key.rsplit("}", 1)[-1]
