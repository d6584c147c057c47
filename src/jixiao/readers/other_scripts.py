"""The translation a bilingual report sets beside its Chinese: Uyghur (Arabic script), Tibetan, Mongolian or Korean
headings, title lines and label cells ("项目名称<br>تۈر نامى", a Tibetan line over each Chinese heading, a Korean
title over the Chinese one), or an English gloss after the Chinese ("项目名称 Project Name", "分值 Weight", a line
"Self-evaluation Report" under the title). The reader reads the Chinese; the other script's words are left out of
the text."""

from __future__ import annotations

import re

# Arabic (Uyghur, Kazakh) with its presentation forms, Tibetan, Mongolian, Hangul
_SCRIPT = ("\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufefc\u0f00-\u0fff\u1800-\u18af"
           "\u1100-\u11ff\u3130-\u318f\uac00-\ud7af")
_ANY = re.compile(f"[{_SCRIPT}]")
# a run of the script's words with the figures, hyphens and brackets joined to them ("1-دەرىجىلىك", "2025년")
_RUN = re.compile(rf"[\d.\-()（）]*[{_SCRIPT}](?:[{_SCRIPT}\d.\-()（）\s\u200c-\u200f]*[{_SCRIPT}])?\s*")
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


def english_glossed(texts: list[str]) -> bool:
    """Whether these paragraphs and cells gloss their Chinese in English often enough to be a bilingual document."""
    count = 0
    for text in texts:
        count += len(_GLOSS.findall(text))
        if count >= _GLOSSED:
            return True
    return False


def without_english_gloss(text: str) -> str:
    """``text`` with the English after its Chinese cut and its lines of English alone dropped (of a glossed
    document: :func:`english_glossed`)."""
    text = _GLOSS.sub("", text)
    if _HAN.search(text) is None:
        return "" if _GLOSS_LINE.fullmatch(text.strip()) else text
    return _GLOSS_LINE.sub("", text) if "\n" in text else text
