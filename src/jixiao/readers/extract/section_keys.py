"""What a heading means: the section keys a heading title maps to."""

from __future__ import annotations

from functools import lru_cache

from jixiao.lexicon import roles

# Ordered: the first key whose pattern matches a heading title wins (the lexicon's section_headings).
_KEYS = roles("section_headings")
TEXT_KEYS = ("purpose", "principles", "work", "experience", "problems", "measures")
OTHER_KEYS = ("results_use", "other_notes")


@lru_cache(maxsize=4096)
def section_key(title: str) -> str | None:
    """The section a heading title introduces, or None."""
    title = title.strip()
    if not title:
        return None
    for key, pattern in _KEYS:
        if pattern.search(title):
            return key
    return None


def is_section_title(title: str) -> bool:
    return section_key(title) is not None
