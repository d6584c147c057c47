"""Free-text sections (purpose, principles, work, experience, problems, measures, others) and duties."""

from __future__ import annotations

import re

from jixiao.lexicon import is_page_furniture
from jixiao.model import NamedText
from jixiao.readers.extract.facts import Facts, ref
from jixiao.readers.extract.outline import Line, Outline
from jixiao.readers.extract.scored_items import is_scored_item
from jixiao.readers.extract.section_keys import OTHER_KEYS, TEXT_KEYS, section_key

WEIGHT_IN_HEAD = re.compile(r"\(\s*(?:分值|权重|满分|标准分)?\s*[::为]?\s*\d+(?:\.\d+)?\s*(?:分|%)\s*\)")
_SIGNATURE = re.compile(r"^\d{4}\s*年\s*\d{1,2}\s*月(\s*\d{1,2}\s*日)?$")


def heading_title(line: Line) -> str:
    """A heading's title without its marker and without text run on after a colon."""
    rest = line.rest.strip()
    return re.split(r"[:：。]", rest, maxsplit=1)[0].strip()


def keyed_headings(outline: Outline) -> list[tuple[str, Line]]:
    """Headings with the section they introduce, outermost first when the same key repeats."""
    out: list[tuple[str, Line]] = []
    for line in outline.lines:
        if not line.is_heading or WEIGHT_IN_HEAD.search(line.rest_norm):
            continue
        key = section_key(match_text_title(line))
        if key and not is_scored_item(outline, line):
            out.append((key, line))
    return out


_TITLE_STOP = re.compile(r"[:。]")


def match_text_title(line: Line) -> str:
    rest = line.rest_norm.strip()
    return _TITLE_STOP.split(rest, maxsplit=1)[0].strip()


def section_lines(outline: Outline, heading: Line, key: str | None = None) -> list[Line]:
    """Body of a section, up to a nested heading that starts a different section."""
    body = outline.section_body(heading)
    if key is not None:
        for i, line in enumerate(body):
            if line.is_heading and not WEIGHT_IN_HEAD.search(line.rest_norm):
                inner = section_key(match_text_title(line))
                if inner is not None and inner != key and not is_scored_item(outline, line):
                    body = body[:i]
                    break
    # (a web page's short share line or footer after the last section, "分享到：", is the page's, not the text's)
    while body and (_SIGNATURE.match(body[-1].norm.replace(" ", "")) or _is_signature(body[-1], outline)
                    or (len(body[-1].norm.strip()) <= 20 and is_page_furniture(body[-1].norm))):
        body.pop()
    return body


def _is_signature(line: Line, outline: Outline) -> bool:
    first = outline.lines[0].text.strip() if outline.lines else ""
    return bool(first) and line.text.strip() == first and line is not outline.lines[0]


_COLON = re.compile(r"[:：]")


def run_on_text(line: Line) -> str:
    rest = line.rest.strip()
    parts = _COLON.split(rest, maxsplit=1)
    return parts[1].strip() if len(parts) == 2 and len(parts[0]) <= 16 else ""


def extract_sections(outline: Outline, facts: Facts) -> None:
    others: list[NamedText] = []
    seen: set[str] = set()
    for key, heading in keyed_headings(outline):
        if key in seen and key not in OTHER_KEYS:
            continue
        body = section_lines(outline, heading, key)
        if body and body[0].is_heading and section_key(match_text_title(body[0])) == key:
            continue  # "第三部分 存在问题" → "一、存在问题": the inner heading holds the text
        run_on = run_on_text(heading)
        texts = ([run_on] if run_on else []) + [line.text.strip() for line in body]
        text = "\n".join(t for t in texts if t)
        if not text:
            continue
        seen.add(key)
        source = ref(heading.location, heading.text)
        if key in TEXT_KEYS:
            facts.put(f"sections.{key}", text, source)
        elif key in OTHER_KEYS:
            others.append(NamedText(title=heading_title(heading), text=text))
            facts.refs[f"sections.others[{len(others) - 1}]"] = source
        elif key == "duties":
            duties = [t for t in texts if t and not _is_subheading_only(t)]
            facts.put("unit.duties", duties, source, "职能职责")
    if others:
        facts.values["sections.others"] = others


def _is_subheading_only(text: str) -> bool:
    return len(text) <= 3
