"""A form's label cells (项目名称, 主管部门, 实施单位, 2023年实际在职人数 …) and the field each names, from the
lexicon: outside the extract package, so that the flattened-text readers the package imports can use it too."""

from __future__ import annotations

import re
from functools import lru_cache

from jixiao.lexicon import roles
from jixiao.readers.textnorm import compact

LABEL_FIELDS = roles("labels")  # label cells → the field they name (lexicon.yaml)
_YEAR_PREFIX = re.compile(r"^(?:19|20)\d{2}年度?")
# a label's head written twice, as a merged or retyped cell leaves it ("主管主管部门", "实施实施单位")
_STUTTER = re.compile(r"^(\w{2,4})\1")


@lru_cache(maxsize=8192)  # pure: a cell's field depends on its text alone
def label_field(text: str) -> str | None:
    """The field a form's label cell names ("2023年实际在职人数" → unit.staff_total); "none" for a label
    whose value this reader does not keep (联系电话); None when the cell is no label."""
    key = _YEAR_PREFIX.sub("", compact(text))
    if not key or len(key) > 14:
        return None
    found = _field_of(key)
    if found is None and (doubled := _STUTTER.match(key)):
        found = _field_of(key[doubled.end(1):])
    return found


def _field_of(key: str) -> str | None:
    return next((path for path, label in LABEL_FIELDS if label.match(key)), None)
