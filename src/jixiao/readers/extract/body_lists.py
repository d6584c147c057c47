"""A unit's bodies as a list of names: the words that count and name them (internal bodies, the bodies under a
unit), a list cut into names, and a list recorded with its count."""

from __future__ import annotations

import re

from jixiao.lexicon import pattern
from jixiao.model import SourceRef
from jixiao.numbers import chinese_numeral
from jixiao.readers.extract.facts import Facts
from jixiao.readers.extract.name_ends import names_a_body_or_section

# a count's figure in digits or in Chinese ("12", "两"); the same of at most three digits (no year, no amount)
NUMBER = r"(?:\d+|[一二三四五六七八九十两]{1,3})"
SMALL_NUMBER = r"(?:\d{1,3}|[一二三四五六七八九十两]{1,3})"
# NUMBER opening a pattern that is searched, written to open on the set of its first characters (a search skips to
# them) and to take digits from their run's first only: the same matches, but a search no longer tries the pattern
# again from each digit inside a run (where `\d+` ran to the run's end and failed as it had from the first: a line
# of 10,000 digits took over a second), nor at every other character
_NUMERAL = "[一二三四五六七八九十两]"
LEADING_NUMBER = rf"(?:[\d一二三四五六七八九十两](?:(?<=\d)(?<!\d\d)\d*|(?<={_NUMERAL}){_NUMERAL}{{0,2}}))"
OFFICES = pattern("unit_bodies.offices").pattern  # the nouns of a unit's own offices (科室|股室|…)
UNDER = pattern("unit_bodies.under").pattern  # the words before the bodies under a unit (下设|下属|…)


def _spaced(words: str) -> str:
    """Alternatives with spaces allowed between their characters (a PDF's text: "内 设 科 室")."""
    return "|".join(r"\s*".join(word) for word in words.split("|"))


SPACED_BODY = _spaced(f"机构|{OFFICES}")
# ("设置党政机构10个：即…": a street office's or a town's own offices)
INTERNAL_BODIES = re.compile(rf"内设(?:机构|{OFFICES}|部门)?|设有?(?:{OFFICES})|职能(?:{OFFICES})"
                       r"|设置(?:党政|职能|工作)?机构")
SUBORDINATE_UNITS = re.compile(rf"{UNDER}|二级(?:预算)?单位|派出")


_LEADING_AND = re.compile(r"^(和|及|以及|与|内设)")  # ("内设机构包括：内设办公室、…": the verb said again)
_TRAILING_ETC = re.compile(r"(等)$")


_LIST_STOP = re.compile(r"[、,，;；]")
# a space between two Chinese characters inside one listed name: a line the page wrapped there
_WRAP_SPACE = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")


def split_list(text: str) -> list[str]:
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


def count_figure(figure: str) -> int | None:
    """A count's figure read ("12", "十二"), or None."""
    try:
        return chinese_numeral(figure)
    except ValueError:
        return None


def record_bodies(facts: Facts, path: str, label: str, names: list[str], stated: int | None, partial: bool,
                  source: SourceRef) -> None:
    """The names, the count the text states ("6个办公室"), and whether the list is whole: partial when
    it ends in 等, whole when the count matches the names, unknown otherwise. A name listed twice
    ("即办公室、甲科、乙科、办公室") is one body."""
    names = _last_pair(list(dict.fromkeys(names)), stated)
    complete = False if partial else (True if stated is not None and stated == len(names) else None)
    if complete and _further_list(facts, path, names, source):
        return
    if not facts.put(path, names, source.model_copy(update={"complete": complete}), label):
        return
    if stated is not None:
        facts.put(f"{path}_count", stated, source)
        if stated != len(names) and not partial:
            facts.warn(f"{label}：{source.location}称有 {stated} 个，但列出了 {len(names)} 个")


def _further_list(facts: Facts, path: str, names: list[str], source: SourceRef) -> bool:
    """"所属正科级事业单位2个,即A和B。所属两个正县级事业单位,即C和D": a second whole list of the bodies under the
    unit in the same paragraph, of another kind, joins the first whole one; each count is its kind's, and the
    count of all is stated nowhere, so none is kept."""
    earlier, where = facts.get(path), facts.refs.get(path)
    if path != "unit.subordinate_bodies" or where is None or not where.complete or where.location != source.location \
            or not isinstance(earlier, list) or set(earlier) & set(names):
        return False
    facts.replace(path, [*earlier, *names], where.model_copy(update={"text": f"{where.text}。{source.text}"}))
    facts.drop(f"{path}_count")
    return True


def _last_pair(names: list[str], stated: int | None) -> list[str]:
    """"事业单位2个,即某中心和某中心" / "A、B和C" counted 3: the last item is two bodies joined by 和, when the count
    asks for one more name than the list's stops give and both halves name bodies."""
    if stated is None or stated != len(names) + 1 or not names or names[-1].count("和") != 1:
        return names
    first, second = names[-1].split("和")
    if len(first) >= 2 and names_a_body_or_section(first) and names_a_body_or_section(second):
        return [*names[:-1], first, second]
    return names


def body_kind(head: str) -> tuple[str, str]:
    """The (path, label) of the bodies a list's head words name: internal ones, subordinate ones, or ("", "")."""
    if INTERNAL_BODIES.search(head):
        return "unit.internal_bodies", "内设机构"
    return ("unit.subordinate_bodies", "下属机构") if SUBORDINATE_UNITS.search(head) else ("", "")
