"""The translation a bilingual report sets beside its Chinese: Uyghur (Arabic script), Tibetan, Mongolian or Korean
headings, title lines and label cells ("项目名称<br>تۈر نامى", a Tibetan line over each Chinese heading, a Korean
title over the Chinese one), or an English gloss after the Chinese ("项目名称 Project Name", "分值 Weight", a line
"Self-evaluation Report" under the title). The reader reads the Chinese; the other script's words are left out of
the text."""

from __future__ import annotations

import re
from collections.abc import Iterator

# Arabic (Uyghur, Kazakh) with its presentation forms, Tibetan, Mongolian, Hangul
_SCRIPT = ("\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufefc\u0f00-\u0fff\u1800-\u18af"
           "\u1100-\u11ff\u3130-\u318f\uac00-\ud7af")
_ANY = re.compile(f"[{_SCRIPT}]")
# a run of the script's words with the figures, hyphens and brackets joined to them ("1-دەرىجىلىك", "2025년"),
# opening where no figure, hyphen or bracket is before it: a run opening after one opens at that one as well, so a
# search found it there first (and each place of a long run of figures with no word after it read the run again)
_RUN = re.compile(rf"(?<![\d.\-()（）])[\d.\-()（）]*[{_SCRIPT}]"
                  rf"(?:[{_SCRIPT}\d.\-()（）\s\u200c-\u200f]*[{_SCRIPT}])?\s*")
_HAN = re.compile(r"[\u3400-\u9fff]")


def has_other_script(text: str) -> bool:
    """Whether ``text`` holds a word of one of those scripts."""
    return _ANY.search(text) is not None


def without_other_script(text: str) -> str:
    """``text`` with each line of the other script dropped and its words cut out of a line that holds Chinese."""
    if _ANY.search(text) is None:
        return text
    lines = []
    for line in text.split("\n"):
        if _ANY.search(line) is None:
            lines.append(line)
        elif _HAN.search(line):
            lines.append(_RUN.sub(" ", line).strip())
    return "\n".join(lines)


# An English gloss: a capitalised word (an acronym such as PPP or LED never starts one), then words, figures and a
# bracket ("Funds (10,000 yuan)", "Level 1"), ending its line or cell or before a colon; after Chinese or on its own.
_WORDS = r"[A-Z][a-z]+(?:[ \t]+(?:[A-Za-z][a-z]*(?:-[A-Za-z][a-z]*)*|\d+|\([^()\n]{1,20}\)))*"
# (opening on its first space, the Chinese before it looked behind from there: a search skips to spaces, where a
# look-behind in front gave it nothing to skip to and tried it at every character). After the words, a hyphen's
# part ("Self-evaluation"), or letters after a figure or a bracket ("Level 1st"): after a letter the word holds them
# already, and letters a word and the tail could share were tried at every cut (a long word, quadratic)
_GLOSS = re.compile(rf"[ \t](?<=[\u3400-\u9fff）)][ \t])[ \t]*{_WORDS}(?:-[a-z]*|(?<=[\d)])[a-z]+)?"
                    r"(?=[ \t]*(?:$|[：:]))", re.M)
_GLOSS_LINE = re.compile(rf"^[ \t]*{_WORDS}(?:-[A-Za-z][a-z]*(?:[ \t]+[A-Za-z][a-z]*)*)?[ \t]*$", re.M)
_GLOSSED = 3  # glosses a bilingual document holds at least: a stray English word in a Chinese report is no gloss
_GLOSS_OPENS = re.compile(r"[ \t](?<=[\u3400-\u9fff）)][ \t])")  # where a gloss can open: _GLOSS's first place
_GLOSS_WORDS = re.compile(rf"[ \t]*{_WORDS}")  # the words a gloss opening there reads, as far as they go
# what every gloss holds: a space or tab, then its first word's capital and a small letter (an acronym, a letter alone
# or a capital inside a word, "[bookmark: _GoBack]" copied out of Word, holds none); each opens on its one character,
# which the engine skips to (a class of two, or [A-Z] alone, it tests at every character of a Chinese text)
_SPACE_WORD = re.compile(r" [A-Z][a-z]")
_TAB_WORD = re.compile(r"\t[A-Z][a-z]")


def _glosses(text: str) -> Iterator[re.Match[str]]:
    """``_GLOSS.finditer(text)``, in one pass over a long run of words. A search tried each place a gloss can open,
    and each read the run of words to its end before failing: a line of "(x) Word (x) Word …" not ending in a
    line end or colon was quadratic. A failed opening's words can end a gloss only at their run's end (inside
    the run the next word or a space follows, never a line end or colon), so an opening after one of its ")"
    reads the same run to the same end and fails too: skipped. Openings after Chinese or "）" in the run are
    inside a bracket of it (its only place for them) and read to its ")" at most: tried."""
    failed_to = -1  # where the words of the failed openings ran to
    at = 0
    for opening in _GLOSS_OPENS.finditer(text):
        start = opening.start()
        if start < at or (start < failed_to and text[start - 1] == ")"):
            continue
        found = _GLOSS.match(text, start)
        if found is not None:
            at = found.end()
            yield found
            continue
        words = _GLOSS_WORDS.match(text, start + 1)
        if words is not None:
            failed_to = max(failed_to, words.end())


def english_glossed(texts: list[str]) -> bool:
    """Whether these paragraphs and cells gloss their Chinese in English often enough to be a bilingual document.
    A gloss opens on a capital letter and a small one after a space (``_GLOSS``, ``_WORDS``): texts with none hold
    none, and are not searched."""
    joined = "".join(texts)
    if _SPACE_WORD.search(joined) is None and ("\t" not in joined or _TAB_WORD.search(joined) is None):
        return False
    count = 0
    for text in texts:
        count += sum(1 for _ in _glosses(text))
        if count >= _GLOSSED:
            return True
    return False


def without_english_gloss(text: str) -> str:
    """``text`` with the English after its Chinese cut and its lines of English alone dropped (of a glossed
    document: :func:`english_glossed`)."""
    kept, at = [], 0
    for found in _glosses(text):
        kept.append(text[at:found.start()])
        at = found.end()
    text = "".join(kept) + text[at:]
    if _HAN.search(text) is None:
        return "" if _GLOSS_LINE.fullmatch(text.strip()) else text
    return _GLOSS_LINE.sub("", text) if "\n" in text else text
