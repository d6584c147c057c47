"""How a name ends: a body's (a unit that keeps a budget), a section's inside one, a place's — the lexicon's
``name_ends``, one definition for every extractor that asks whether a name names a body (tested with
``str.endswith``: a pattern anchored at the end would be tried at every place of the name)."""

from __future__ import annotations

from jixiao.lexicon import lexicon

_ENDS: dict[str, list[str]] = lexicon()["name_ends"]
_BODY = tuple(_ENDS["body"])
_BODY_OR_SECTION = (*_BODY, *_ENDS["section"])
_PLACE_OR_BODY = (*_ENDS["place"], *_BODY)

_PLACE = tuple(_ENDS["place"])
_SECTION_OR_OFFICE = (*_ENDS["section"], *_ENDS["office"])
_OWN_OFFICES = tuple(_ENDS["own_offices"])
_PART = (*_BODY, *_OWN_OFFICES, *_ENDS["bodies_together"])


def names_a_body(name: str) -> bool:
    """"某县教育局", "某中心": the name ends as a body's that can be the unit evaluated."""
    return name.endswith(_BODY)


def names_a_body_or_section(name: str) -> bool:
    """A body of any rank, its sections too ("某局某某股"): the name names someone."""
    return name.endswith(_BODY_OR_SECTION)


def section_of(unit: str, name: str) -> bool:
    """"某县某局办公室", "某县某局财务股" after "某县某局": a section or an office inside the body named before it
    ("某县人民政府办公室" after the place "某县" is a body of its own)."""
    rest = name[len(unit):]
    return names_a_body(unit) and name.startswith(unit) and 0 < len(rest) <= 8 and rest.endswith(_SECTION_OR_OFFICE)


def names_a_part(name: str) -> bool:
    """"某某执法队", "局机关", "下属单位": a body, a department's own offices or its bodies together — a part of a
    department."""
    return name.endswith(_PART)


def names_own_offices(name: str) -> bool:
    """"局机关", "机关本级", "某县某局（本级）": a department's own offices, without its bodies."""
    return name.rstrip(")）").endswith(_OWN_OFFICES)


def ends_a_place(name: str) -> bool:
    """"某某县", "某某镇": the name ends as a place's."""
    return name.endswith(_PLACE)


def ends_a_place_or_body(name: str) -> bool:
    """A place or a body: where a name stops and a wrapped title goes on ("某某市" / "某某区某局2023年度…报告")."""
    return name.endswith(_PLACE_OR_BODY)
