"""False errors that damage makes and trust43 left (``perturb_checks.py``): an invented snippet of each cause, read
as ``jixiao parse`` reads a txt."""

from __future__ import annotations

from page_reading import read_page
from test_trust43 import HEAD, PARTS


def test_a_sub_units_own_table_sets_no_fact_of_the_department_by_any_write() -> None:
    # the parts' tables in 元 and the excerpt ending before the whole's section: the 元 is the parts' unit, not a
    # unit the department's figures were read in (``Facts.replace`` set it past ``Facts.muted`` before)
    in_yuan = [part.replace("| 金额（万元） |", "| 金额（元） |") for part in PARTS[:2]]
    excerpt = read_page(HEAD + "".join(in_yuan) + "### （三）县动物疫病预防控制中心\n")
    assert "budget.source_unit" not in excerpt.provenance
    assert excerpt.budget.initial is None
