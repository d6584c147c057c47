"""A score or a grade told of one of the unit's projects named in quotes ("“某某补助”项目自评得分86.5分，等级为良好"；
"“某某改造”项目因工程顺延，…自评得分81.5分"): that project's, not the document's — unless the quoted name is the
document's own project."""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

from jixiao.lexicon import pattern as lexicon_pattern
from jixiao.readers.extract.sentences import sentence_end, sentence_start
from jixiao.readers.textnorm import compact

_QUOTED = lexicon_pattern("quoted_project_subject")


def other_project_led(norm: str, at: int, project: object) -> bool:
    """Whether the clause (from the last 。 or ; before ``at``) holding the figure or word at ``at`` names in quotes
    a project other than ``project`` (the document's, None when it names none)."""
    begin = sentence_start(norm, at)
    own = compact(str(project)) if project else ""
    # the sentence's quoted names found once (a line of thousands of scores searched its start again for each):
    # those closed by ``at`` are the ones a search up to ``at`` finds, until one that runs past ``at``, from
    # whose next character that search goes on
    starts, ends, first_other = _quoted(norm, begin, own)
    closed = bisect_right(ends, at)
    if first_other < closed:
        return True
    rest = starts[closed] + 1 if closed < len(starts) and starts[closed] < at else at
    return any(_other(quoted.group(1), own) for quoted in _QUOTED.finditer(norm, rest, at))


def _other(name: str, own: str) -> bool:
    name = compact(name)
    return not own or (name not in own and own not in name)


@lru_cache(maxsize=16)  # (one sentence's scores are tried in turn)
def _quoted(norm: str, begin: int, own: str) -> tuple[list[int], list[int], int]:
    """The quoted names a search from ``begin`` to the sentence's end finds: their starts, their ends, the index
    of the first naming another project (their number when none)."""
    found = list(_QUOTED.finditer(norm, begin, sentence_end(norm, begin) + 1))
    first_other = next((i for i, quoted in enumerate(found) if _other(quoted.group(1), own)), len(found))
    return [m.start() for m in found], [m.end() for m in found], first_other
