"""A score or a grade told of one of the unit's projects named in quotes ("“某某补助”项目自评得分86.5分，等级为良好"；
"“某某改造”项目因工程顺延，…自评得分81.5分"): that project's, not the document's — unless the quoted name is the
document's own project."""

from __future__ import annotations

from jixiao.lexicon import pattern as lexicon_pattern
from jixiao.readers.extract.sentences import sentence_start
from jixiao.readers.textnorm import compact


def other_project_led(norm: str, at: int, project: object) -> bool:
    """Whether the clause (from the last 。 or ; before ``at``) holding the figure or word at ``at`` names in quotes
    a project other than ``project`` (the document's, None when it names none)."""
    begin = sentence_start(norm, at)
    own = compact(str(project)) if project else ""
    for quoted in lexicon_pattern("quoted_project_subject").finditer(norm, begin, at):
        name = compact(quoted.group(1))
        if not own or (name not in own and own not in name):
            return True
    return False
