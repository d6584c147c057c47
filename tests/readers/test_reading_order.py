"""A reading is a pure function of its input: what the process read before a document must not change how it
reads (no cache whose hits spend less of the work budget than computing them did, no module state filled at run
time that a later reading sees). Found by order36: the web shape of ``eighth/e04`` read 18 of 99 fields alone and
99 after the same form's other shapes, because a cached row reading charged no work steps."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from corpus import DATA
from flat_shapes import form_of, one_cell_per_line, web_cells
from page_reading import facts_of

from jixiao.lexicon import lexicon
from jixiao.readers import read_any
from jixiao.readers.align import WorkExceeded, charge, costed, work_budget

_HERE = Path(__file__).parent
_SRC = _HERE.parent.parent / "src"


def _facts(path: Path) -> dict[str, Any] | str:
    try:
        return facts_of(read_any(path).evaluation, "json")
    except Exception as error:  # a refusal is a reading too: it must not depend on the order either
        return f"{type(error).__name__}: {error}"


def _fresh_facts(path: Path) -> dict[str, Any]:
    """The facts of ``path`` read by a new process (every cache cold)."""
    code = ("import json, sys; from pathlib import Path; from page_reading import facts_of; "
            "from jixiao.readers import read_any; "
            "print(json.dumps(facts_of(read_any(Path(sys.argv[1])).evaluation, 'json'), ensure_ascii=False))")
    env = {"PYTHONPATH": f"{_SRC}:{_HERE}", "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, env=env,
                         check=True, timeout=300)
    result: dict[str, Any] = json.loads(out.stdout)
    return result


def test_costed_charges_what_it_computed() -> None:
    with work_budget(100):
        value, steps = costed(lambda: charge(30) or "read")
    assert (value, steps) == ("read", 30)
    value, steps = costed(lambda: charge(7) or "free")  # no budget in force: still counted
    assert (value, steps) == ("free", 7)
    with work_budget(10), pytest.raises(WorkExceeded):
        costed(lambda: charge(11))


def test_a_form_reads_alike_after_another_reading(tmp_path: Path) -> None:
    """The web shape of a quarters sheet, read after the same form's cells (which fill the row cache with its
    rows) and after itself, reads as a new process reads it."""
    form = form_of(DATA / "eighth" / "e04-nm-ejinhoro-grassland-project-xlsx-quarters.xlsx")
    first, second = tmp_path / "cells.txt", tmp_path / "web.txt"
    first.write_text(one_cell_per_line(form), encoding="utf-8")
    second.write_text(web_cells(form, 0), encoding="utf-8")
    alone = _fresh_facts(second)
    _facts(first)
    assert _facts(second) == alone
    assert _facts(second) == alone


def _text_sources() -> list[Path]:
    return sorted(p for ext in ("txt", "md", "html") for p in DATA.glob(f"*/*.{ext}"))


def test_every_text_source_reads_alike_in_either_order() -> None:
    """Every committed text, markdown and html report read in order, then again in reverse order (each then
    read after every other): the same facts (or the same refusal) both times, and the lexicon (one parsed
    structure shared by every reader) left as it was read. ~10 s."""
    words = copy.deepcopy(lexicon())
    sources = _text_sources()
    assert len(sources) > 200
    forward = {path: _facts(path) for path in sources}
    changed = [path.parent.name + "/" + path.name for path in reversed(sources) if _facts(path) != forward[path]]
    assert not changed
    assert lexicon() == words


_QUARTERS = "一级指标 二级指标 三级指标 年度指标值 一季度 二季度 三季度 四季度 全年完成值 分值 得分"


def test_a_whole_number_repeated_in_a_row_is_not_split() -> None:
    """A quarters sheet's cumulative values ("126 | 126 | 126 | 126 | 126万亩"): a three-digit number written again in
    the row is a value repeated, not two figures run together, so its splits are not tried (each cell's four readings
    made every cut of such a form's cells cost some 40,000 steps, and the form ran out of its work budget). The row
    reads as before."""
    from jixiao.readers.flat_row_reading import aligned_row
    from jixiao.readers.flat_table_cells import header_role

    cols = tuple(str(header_role(text)) for text in _QUARTERS.split())
    for cells in ("126|126|126|126|126万亩|15", "≥126万亩|126|126|126|126|126万亩"):
        reading, steps = costed(lambda cells=cells: aligned_row(tuple(cells.split("|")), cols))
        assert steps < 2000
        assert reading.cells["progress"] == "126" and reading.cells["actual"] == "126万亩"
    whole = ("产出指标", "数量指标", "封山育林面积", "≥126万亩", *["126"] * 4, "126万亩", "15", "15")
    reading = aligned_row(whole, cols)
    assert reading.cells == {"level1": "产出指标", "level2": "数量指标", "name": "封山育林面积", "target": "≥126万亩",
                             "progress": "126", "actual": "126万亩", "weight": "15", "score": "15"}
    assert not reading.guessed
