"""A list's part: its name, then its figure ("基本支出X万元；项目支出Y万元", "行政26人、事业17人"), the pattern the
budget items and the staff's parts are read with."""

from __future__ import annotations

# what ends one part's name and opens the next
PART_SEPARATORS = ",，、;；:：。"


def named_part(link: str, figure: str) -> str:
    """The pattern of a part: a name (group 1) that no separator crosses, the ``link`` words between ("为", ":"),
    then its ``figure`` (its own groups after 1 and ``longer``). A name longer than a character ends on no space
    and before a run of digits, not inside it (the figure read from the run's start is the same, a shorter name
    was tried first), and the spaces around the link are never given back: the same matches, and a long run of
    spaces or digits with no figure after it fails in one pass, not in quadratic or cubic time."""
    return (rf"([^{PART_SEPARATORS}](?P<longer>[^{PART_SEPARATORS}]+?)??)(?(longer)(?<!\s))\s*+{link}\s*+"
            rf"(?(longer)(?<!\d)){figure}")
