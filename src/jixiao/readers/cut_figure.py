"""A figure the end of a text excerpt may have cut.

A search excerpt or a page copied in part can end inside a figure: "…完成值9" is what is left of "完成值96.99%". A
text file whose last line ends on a digit may so have lost that figure's other digits or its unit, and nothing in
the text tells the two apart. A fact read from those last words is then guessed, so a check resting on it only
warns (请人工核对). The rest of the line is read as written. (A flattened row of " |" cells that the end cut is
:mod:`jixiao.readers.flat_tokens`' concern.)
"""

from __future__ import annotations

import re

from jixiao.model import Evaluation
from jixiao.readers.document import Document, Paragraph

_ENDS_ON_FIGURE = re.compile(r"\d[.．]?$")


def doubt_cut_figure(document: Document, evaluation: Evaluation) -> None:
    """Mark as guessed each fact read from the words that end ``document`` (a text file's blocks) when they end on a
    figure."""
    last = next((b for b in reversed(document.blocks) if not isinstance(b, Paragraph) or b.text.strip()), None)
    if not isinstance(last, Paragraph) or not _ENDS_ON_FIGURE.search(end := last.text.rstrip()):
        return
    ends = (end, end.rstrip(".．"))  # (a quote leaves out the point a cut left after the figure: "得分７８．")
    for path, source in evaluation.provenance.items():
        quote = source.text.rstrip()
        if source.location == last.location and quote and any(e.endswith(quote) for e in ends) and not source.guessed:
            evaluation.provenance[path] = source.model_copy(update={"guessed": True})
