"""The formal wording of letters and of the batch report, per check code (``phrases.yaml``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

_TAG = re.compile(r"\s*\[(?:seen|unverified|derived)[^\]]*\]")


@dataclass(frozen=True)
class Phrase:
    kind: str  # the heading the code's findings are grouped under
    request: str  # what the unit is asked to do about one finding
    general: str  # the batch report's recommendation


@cache
def _table() -> dict[str, dict[str, str]]:
    text = resources.files("jixiao.review").joinpath("phrases.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    assert isinstance(data, dict)
    return data


def phrase(code: str, title: str) -> Phrase:
    """The wording for ``code``; a code without an entry is grouped under its check ``title`` and
    asked to be verified, which claims nothing beyond the finding itself."""
    entry = _table().get(code)
    if entry is None:
        return Phrase(kind=title, request="请核实并更正，或书面说明情况。",
                      general=f"对“{title}”的问题，要求相关单位核实更正。")
    return Phrase(kind=entry["kind"], request=entry["request"], general=entry["general"])


def without_tags(text: str) -> str:
    """A rule pack's source text without the project's evidence tags (``[seen]``, ``[unverified …]``)."""
    return _TAG.sub("", text).strip()
