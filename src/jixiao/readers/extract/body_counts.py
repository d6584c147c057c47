"""The count of a unit's bodies stated with no names: "内设机构7个", "下属单位个数：0", "无内设机构", "无下属单位", a
central school's schools "共8所"."""

from __future__ import annotations

import re

from jixiao.readers.extract.body_lists import NUMBER, SMALL_NUMBER, SPACED_BODY, count_figure
from jixiao.readers.extract.facts import Facts, ref
from jixiao.readers.extract.outline import Line, Outline
from jixiao.readers.textnorm import match_text

# "中心校…管理覆盖某片区3个村委会共8所学校": the schools a central school runs, counted after what they are spread
# over
_COVERED = re.compile(rf"(?:管理覆盖|管辖)[^,;:。]{{0,40}}?共\s*({NUMBER})\s*所"
                      r"[^,;:。、\d]{0,6}(?=,|$)")


# "设 17 个内设机构" / "内设机构7个" / "内设股室7" with no names after it: the count alone (a PDF's spaces in words)
_BARE_COUNT = re.compile(rf"设有?\s*({SMALL_NUMBER})\s*个\s*内\s*设\s*(?:{SPACED_BODY})"
                         # ("内设所队室15个": a police bureau's stations, teams and offices, one word)
                         # ("内设职能科室6个": the offices' kind, 职能, between)
                         r"|(?:内\s*设|设有?工\s*作)\s*(?:职\s*能\s*)?(?:机\s*构|(?:[科股处部组所队]\s*){1,3}室)"
                         r"\s*(?:共|有)?\s*"
                         rf"({SMALL_NUMBER})\s*"
                         r"(?:个(?![^,;。]{0,4}[:、])|$)"  # "局机关内设股室7" ending its line: no 个
                         # "内设7个职能科室办公室、…": the count, the names glued on after it
                         rf"|内\s*设\s*({SMALL_NUMBER})\s*个\s*(?:职\s*能\s*)?"
                         # ("内设17个职能部门": 部门 only after 职能, or closing its clause: "某中心内设6个部门。")
                         rf"(?:{SPACED_BODY}|(?<=能)\s*部\s*门|部\s*门(?=\s*[,;。]|$))"
                         # "镇机关设置5个综合办公室": a town's or a street office's own offices, counted
                         rf"|机\s*关\s*设\s*置?\s*({SMALL_NUMBER})\s*个\s*(?:综\s*合|职\s*能)?\s*"
                         rf"(?:办\s*公\s*室|{SPACED_BODY})(?![^,;。]{{0,4}}[:、])"
                         # "内设一个后勤机构,五个内部机构。": the count before 内部机构, a clause of its own
                         # (not "调整了3个内部机构的职责", bodies a change touched)
                         rf"|(?:(?<=[,;:。设有])|^)\s*({SMALL_NUMBER})\s*个\s*内\s*部\s*机\s*构\s*(?=[,;。]|$)")
# ("县委办内设组室12个": a party committee's offices; "机关设工作机构8个": a congress's or a CPPCC's, its own)
# "内设部室12个，所属二级预算单位2个": the count of the bodies under the unit, with no names after it
# ("本级预算和2个部门下属单位预算": the count first, the bodies after it)
_BARE_SUBORDINATE = re.compile(r"(?:所属|下属|直属)(?:二级)?(?:预算)?(?:事业)?单位\s*(?:共|有)?\s*"
                               rf"({SMALL_NUMBER})\s*个(?![^,;。]{{0,4}}[:、])"
                               # a form's label and its figure ("下属单位个数:0", "下属二级预算单位数量 3")
                               r"|(?:所属|下属|直属)(?:二级)?(?:预算)?(?:事业)?单位(?:个数|数量)\s*[:]?\s*"
                               r"(\d{1,3})(?![\d.%])"
                               rf"|(?<![\d.])({SMALL_NUMBER})\s*个\s*(?:部门)?(?:所属|下属|直属)"
                               r"(?:二级)?(?:预算)?(?:事业)?单位"
                               # "…、某某站等5个二级机构": the bodies under the unit, listed before their count
                               rf"|(?<![\d.])({SMALL_NUMBER})\s*个\s*二级机构"
                               # "下设二级机构事业单位1个" / "下设二级单位2个": 下设 with a body under the unit (never
                               # "下设3个股室", its own offices)
                               r"|下设\s*(?:二级机构|二级单位|二级预算单位|事业单位)(?:事业单位)?\s*(?:共|有)?\s*"
                               rf"({SMALL_NUMBER})\s*个(?![^,;。]{{0,4}}[:、])")


# "某联合会无内设机构。": none (not "无内设机构调整", a change that did not happen)
_NO_INTERNAL = re.compile(rf"(?:无|没有|未设|不设)\s*内\s*设\s*(?:{SPACED_BODY})"
                          r"(?![^,;。]{0,2}(?:变|调|改|撤|合|增|减))")


def bare_internal_count(outline: Outline, facts: Facts) -> None:
    none: tuple[Line, re.Match[str]] | None = None
    for line in outline.lines:
        match = _BARE_COUNT.search(line.norm) if "设" in line.norm else None
        if match is not None and (count := count_figure(next(g for g in match.groups() if g))) is not None:
            facts.put("unit.internal_bodies_count", count, ref(line.location, line.text[match.start(): match.end()]))
            return
        if none is None and "内" in line.norm and (found := _NO_INTERNAL.search(line.norm)) is not None:
            none = (line, found)
    if none is not None:
        line, found = none
        facts.put("unit.internal_bodies_count", 0, ref(line.location, line.text[found.start(): found.end()]))


def bare_subordinate_count(outline: Outline, facts: Facts) -> None:
    for line in outline.lines:
        match = _BARE_SUBORDINATE.search(line.norm) \
            if ("属" in line.norm and "单位" in line.norm) or "二级机构" in line.norm or "下设" in line.norm else None
        if match is not None and (count := count_figure(next(g for g in match.groups() if g))) is not None:
            facts.put("unit.subordinate_bodies_count", count, ref(line.location, line.text[match.start(): match.end()]))
            return
    for _, table in outline.tables:  # a form's label cell and its figure ("下属单位个数 | 0"): the same as a line
        for r, row in enumerate(table.rows):
            for c, cell in enumerate(row[:-1]):
                text = f"{cell}:{row[c + 1]}"
                match = _BARE_SUBORDINATE.fullmatch(match_text(text).strip()) if "属" in cell else None
                if match is not None and (count := count_figure(next(g for g in match.groups() if g))) is not None:
                    facts.put("unit.subordinate_bodies_count", count, ref(table.cell_location(r, c), text))
                    return


def covered_count(outline: Outline, facts: Facts) -> None:
    for line in outline.lines:
        found = _COVERED.search(line.norm) if "覆盖" in line.norm or "管辖" in line.norm else None
        count = count_figure(found.group(1)) if found is not None else None
        if found is not None and count is not None:
            facts.put("unit.subordinate_bodies_count", count,
                      ref(line.location, line.text[found.start(): found.end()]))
            return


# "…4个科室，下设司法所9个" / "下设9个司法所": the bodies under the unit counted, not named (a kind of institution,
# not the unit's own offices; a company's 分公司 / 子公司 too)
_INSTITUTION = r"[^,;:。、\d]{0,6}(?:所|站|队|中心|院|馆|庭|分局|公司)"
_COUNTED_UNDER = re.compile(rf"下设\s*(?:(?:{_INSTITUTION})\s*(?P<after>{NUMBER})\s*个"
                            rf"|(?P<before>{NUMBER})\s*个\s*(?:{_INSTITUTION}))\s*(?=[,;。]|$)")


def counted_under(outline: Outline, facts: Facts) -> None:
    for line in outline.lines:
        match = _COUNTED_UNDER.search(line.norm) if "下设" in line.norm else None
        if match is not None and (count := count_figure(match.group("after") or match.group("before"))) is not None:
            facts.put("unit.subordinate_bodies_count", count, ref(line.location, line.text[match.start(): match.end()]))
            return


# "无下属单位" / "无下设二级机构" / "没有所属预算单位": none under the unit, a count of 0 as "无内设机构" is for its own
# offices (not "无下属单位变动", a change that did not happen)
_NO_SUBORDINATE = re.compile(r"(?:无|没有|未设|不设)\s*(?:(?:下\s*属|所\s*属|直\s*属)\s*(?:二\s*级)?|下\s*设\s*二\s*级)"
                             r"\s*(?:预\s*算)?\s*(?:事\s*业)?\s*(?:单\s*位|机\s*构)"
                             r"(?![^,;。]{0,2}(?:变|调|改|撤|合|增|减))")


def no_subordinate(outline: Outline, facts: Facts) -> None:
    for line in outline.lines:
        found = _NO_SUBORDINATE.search(line.norm) if "无" in line.norm or "没有" in line.norm or "设" in line.norm \
            else None
        if found is not None:
            facts.put("unit.subordinate_bodies_count", 0, ref(line.location, line.text[found.start(): found.end()]))
            return
