"""The project a title names in its words after the year ("2023年度某县某镇乡村振兴专项资金绩效评价报告"): the name
without the report's words, the year, the places and budget level it opens on, and the labels and brackets
around it."""

from __future__ import annotations

import re

from jixiao.lexicon import roles
from jixiao.readers.extract.fund_names import without_transfer_kind
from jixiao.readers.extract.name_ends import ends_a_place, names_a_body

# "…转移支付资金绩效的自评报告", "某某公益金绩效使用自评报告", "某某专项资金自我绩效评价报告": the report's words
# after the project's name
_REPORT_WORDS = re.compile(r"\s*(?:财政)?(支出)?(部门|重点)?(自我)?(绩效)?(使用)?(目标)?的?(单位)?(自评|评价|评估).*$")
_TRAILING_YEAR = re.compile(r"(?<=[\u4e00-\u9fff)）])\s*(?:19|20)\d{2}\s*年度?$")
EXECUTION = re.compile(r"(?:(?:预算)?执行|实施)情况$")  # "…某某补贴实施情况": how it was carried out
_TRANSFERS = re.compile(r"(?:中央|省级?|市级?|县级?)?(?:对地方|对下)?(?:财政)?转移支付(?:资金)?")
# "某某补助资金区域绩效目标自评表": a transfer's 区域 (region-wide) form, the fund before it, no unit
REGION_FORM = re.compile(r"(?:资金|支付|项目)区域$")


def project_after_title(after: str) -> str | None:
    """The project's name in a title's words ``after`` its year, or None when they name none (the form's own words,
    a transfer's kind alone)."""
    name = _REPORT_WORDS.sub("", after).strip()
    spending = _SPENDING_BRACKET.fullmatch(name)  # "某站2020年预算项目支出(租赁补贴)绩效评价自评报告"
    name = spending.group(1).strip() if spending else name
    name = _bracket_trimmed(re.sub(r"(?<=项目)支出$", "", name))
    name = _TRAILING_YEAR.sub("", name)  # "某某工程2024年度绩效自评报告": the report's year after the name
    name = EXECUTION.sub("", name)  # "…中央对地方转移支付预算执行情况绩效自评报告": how a budget went, no name
    name = _after_name_label(name)
    name = REGION_FORM.sub(lambda m: m.group()[:-2], name)  # "某某资金区域绩效自评表": 区域 the form's type
    name = without_transfer_kind(name)  # "某某发展资金转移支付绩效自评报告": the fund, 转移支付 its kind of money
    if name and not re.fullmatch(r"(部门)?(预算)?(项目)?(整体)?", name) and not _TRANSFERS.fullmatch(name):
        return _without_place(name)
    return None


def _after_name_label(name: str) -> str:
    """"项目支出绩效自评表（2025年度）项目名称：某项目": the form's title run together with its first label line (a
    photo's OCR, a viewer); the name is what the label names."""
    label = _LABEL_THEN.match(name)
    if label and any(field == "project.name" and rule.match(label.group(1)) for field, rule in roles("labels")):
        return name[label.end():]
    return name


_LABEL_THEN = re.compile(r"[)）]?\s*([\u4e00-\u9fff]{2,8})\s*[:：]\s*(?=\S)")


def _bracket_trimmed(name: str) -> str:
    """The name without the spaces and stray brackets around it, a bracket it closes kept ("某项目（某某防治）")."""
    name = name.strip(" （(").lstrip("）)")
    while name[-1:] in ("）", ")") and name.count("（") + name.count("(") < name.count("）") + name.count(")"):
        name = name[:-1].rstrip()
    return name.strip(" ")


# "预算项目支出(租赁补贴)": the kind of spending, the project in the bracket after it
_SPENDING_BRACKET = re.compile(r"(?:部门)?(?:预算)?项目支出\s*[(（]([^()（）]{2,30})[)）]")


# "隆回县七江镇" / "某市某区": two levels of places before a project's name in a title ("2021年度某县某镇乡村振兴专项
# 资金绩效评价报告") say where it runs; the project is the rest
_PLACE_LEAD = re.compile(r"^(?:[\u4e00-\u9fff]{2,6}?(?:省|自治区))?(?:[\u4e00-\u9fff]{2,6}?(?:市|州|盟))?"
                         r"[\u4e00-\u9fff]{2,6}?(?:县|区|旗)(?:[\u4e00-\u9fff]{2,5}?(?:镇|乡|街道))?"
                         r"(?=[\u4e00-\u9fff]{2,30}(?:项目|工程|专项资金|资金|经费|补助)$)")


_TWO_LEVELS = re.compile(r"(?:省|自治区|市|州|盟).*(?:县|区|旗)|(?:县|区|旗).*(?:镇|乡|街道)$")


# "2022年区本级某某公益金…": the budget level that carries the money (a district's own, not its towns'), no part
# of the fund's name
_BUDGET_LEVEL = re.compile(r"^(?:省|市|县|区|州|旗)本级(?=[\u4e00-\u9fff]{4})")


def _without_place(name: str) -> str:
    """A title's project name without the places it opens on, when they are two levels or more (county, town), and
    without a budget level ("区本级") at its head."""
    name = _BUDGET_LEVEL.sub("", name)
    lead = _PLACE_LEAD.match(name)
    if lead is None or not _TWO_LEVELS.search(lead.group()):
        return name
    rest = name[lead.end():]
    # the places cut a body's name when the rest opens on its last character ("某市某区" + "委…"), but a place's
    # own character opens words of their own ("某县某镇" + "乡村振兴专项资金")
    cut_body = names_a_body(rest[:1]) and not ends_a_place(rest[:1])
    return rest if len(rest) >= 4 and not cut_body else name
