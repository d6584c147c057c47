"""Text clean-up shared by the format readers and the extractors.

:func:`match_text` maps a string to a form for pattern matching *with the same length*, so a span
found in it can be cut from the original text (names and narratives keep the author's characters).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from jixiao.numbers import arabic_years, to_halfwidth
from jixiao.readers.document import Block, Document, Paragraph
from jixiao.readers.dotted_thousands import comma_thousands, dotted_thousands_warning, one_point_amounts
from jixiao.readers.doubled_figures import (
    characters_once,
    doubled_characters_warning,
    doubled_warning,
    undouble_figures,
    undouble_texts,
)
from jixiao.readers.doubled_runs import doubled_runs_warning, runs_once
from jixiao.readers.leader_dots import leader_labels
from jixiao.readers.letter_spaced import joined_letters, letter_spaced_warning
from jixiao.readers.marked_figures import marked_warning, unmarked_figures
from jixiao.readers.other_scripts import (
    english_glossed,
    has_other_script,
    without_english_gloss,
    without_other_script,
)
from jixiao.readers.spelled_figures import (
    arabic_figures,
    arabic_money,
    spelled_money_warning,
    spelled_warning,
    spells_money,
)
from jixiao.readers.stop_points import cell_points, cell_points_warning, label_points, label_points_warning
from jixiao.readers.stripped_figures import stripped_figures_warning

# One character to one character, so indexes stay valid between original and matching text.
_EXTRA = str.maketrans({
    "﹪": "%", "﹙": "(", "﹚": ")", "〔": "(", "〕": ")", "［": "[", "］": "]", "﹕": ":",
    "，": ",", "；": ";", "！": "!", "？": "?", "＝": "=", "﹦": "=", "\u00a0": " ", "\u2002": " ", "\u2003": " ",
    "═": "=", "\t": " ", "﹤": "<", "﹥": ">", "≧": "≥", "≦": "≤", "．": ".", "。": "。",
})
# the comparison signs a viewer's or a font's look-alikes stand for ("≧90%" is "≥90%"), before the cells are cut: the
# flattened readers' value patterns know ≥ and ≤ only
_SIGNS = str.maketrans({"≧": "≥", "≦": "≤"})
_MARKUP = re.compile(r"\[(?:bookmark|comment|footnote|endnote|link)[^\]]*\]", re.IGNORECASE)
HAN = re.compile(r"[\u4e00-\u9fff]")  # one Chinese character (the unified block): the readers' one test of it
_CJK = r"\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’、，。：；！？（）《》【】—…"
_SPACE_NEAR_CJK = re.compile(
    rf"(?<=[{_CJK}])[ \t]+(?=[{_CJK}A-Za-z0-9])|(?<=[{_CJK}A-Za-z0-9%])[ \t]+(?=[{_CJK}])"
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\ufeff]")


_FULL = "０１２３４５６７８９．，：；％（）＋－＝＜＞／　"
_TABLE = {**{ord(full): half for full, half in zip(_FULL, to_halfwidth(_FULL), strict=True)}, **_EXTRA}


@lru_cache(maxsize=1024)  # pure; the same lines are matched by several extractors
def match_text(text: str) -> str:
    """Half-width digits and punctuation, years 二〇二四 as 2024; same length as ``text`` (for regex matching)."""
    return arabic_years(text.translate(_TABLE))


@lru_cache(maxsize=4096)  # pure; a text reader cleans each line more than once
def clean_line(text: str) -> str:
    """Drop stray markup ([bookmark: _GoBack]) and control characters; trim the ends."""
    text = _MARKUP.sub("", text)
    text = _CONTROL.sub("", text)
    return text.strip().strip("\u3000").strip()


_WIDE = re.compile("[\u2e80-\U0010ffff]+")  # (a class sre can skip to, unlike its complement)


_UNESCAPED_PIPE = re.compile(r"(?<!\\)\|")


def pipe_cells(row: str) -> list[str]:
    """A Markdown row's pieces between its pipes; "\\|" inside a cell is a pipe of the cell's text
    ("培训（国培\\|省培）人次"), never a cell boundary."""
    if "\\|" not in row:  # (most rows: a plain split)
        return row.split("|")
    return [piece.replace("\\|", "|") for piece in _UNESCAPED_PIPE.split(row)]


_MD_EMPHASIS = re.compile(r"\*\*(.+?)\*\*|__(.+?)__")


def unemphasised(text: str) -> str:
    """Markdown's bold marks off ("**合计**" → 合计): a cell's words, whichever reader takes its row."""
    return _MD_EMPHASIS.sub(lambda m: m.group(1) or m.group(2), text) if "**" in text or "__" in text else text


def display_width(text: str) -> int:
    """Display width: a Chinese character or full-width mark counts two, Latin and digits one."""
    return 2 * len(text) - len(_WIDE.sub("", text))  # every character once, the wide ones (all but what is left) twice


def squeeze_cjk_spaces(text: str) -> str:
    """Remove the spaces PDF producers put around Latin runs and digits inside Chinese text."""
    return _SPACE_NEAR_CJK.sub("", text)


_COMPACT = re.compile(r"[\s\"“”'‘’()（）:：,，、.。;；\-—%％]")


@lru_cache(maxsize=4096)
def compact(text: str) -> str:
    """A key for comparing names: half-width, no whitespace or punctuation."""
    return _COMPACT.sub("", match_text(text))


# Pinyin written after a character, as a copy of a ruby-annotated page gives it: 項(xiàng)目. Only
# Latin letters with at least one tone mark, in brackets, right after a Chinese character; a real
# bracketed note (2021年) / (万元) / (PPP) never matches.
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_RUBY = re.compile(rf"(?<=[\u3400-\u9fff\uf900-\ufaff])[(（](?=[^()（）]{{0,30}}[{_TONED}])"
                   rf"[A-Za-zü{_TONED}']{{1,12}}(?: [A-Za-zü{_TONED}']{{1,12}}){{0,3}}[)）]")


_TONED_CHAR = re.compile(f"[{_TONED}]")  # every annotation holds one: a quick test before _RUBY


def has_ruby(text: str) -> bool:
    """Whether ``text`` holds a pinyin annotation (a toned letter first: a scan for one is cheap)."""
    return _TONED_CHAR.search(text) is not None and _RUBY.search(text) is not None


def strip_ruby(text: str) -> str:
    """Drop pinyin annotations after characters: 項(xiàng)目 → 項目."""
    return _RUBY.sub("", text) if "(" in text or "（" in text else text


@lru_cache(maxsize=1)
def _to_simplified() -> Callable[[str], str]:
    import opencc  # OpenCC's own dictionaries (character and phrase tables), loaded once when needed

    return opencc.OpenCC("t2s").convert


@lru_cache(maxsize=8192)
def _traditional_only(char: str) -> bool:
    """A character simplified text never uses: outside GB2312 (so not a simplified form such as 乾 or
    著 that OpenCC would still rewrite) and changed by OpenCC's traditional → simplified table."""
    try:
        char.encode("gb2312")
        return False
    except UnicodeEncodeError:
        return _to_simplified()(char) != char


def has_traditional(text: str) -> bool:
    """Whether ``text`` holds a traditional-only character (fast for simplified text: one encode)."""
    try:
        text.encode("gb2312")
        return False
    except UnicodeEncodeError:
        return any(_traditional_only(ch) for ch in set(text) if ch >= "\u3400")


def to_simplified(text: str) -> str:
    """Traditional characters to simplified with OpenCC (phrase-aware), for text that holds any."""
    return _to_simplified()(text) if has_traditional(text) else text


# OCR reads a zero as the letter O inside figures ("1426.5O", "1OO%", "22OO篇") and alone before a
# count word ("O次"): a run that starts with a digit (or is "O.5"), holds an O and touches no letter.
_LETTER_ZERO = re.compile(r"(?<![A-Za-z\d.])(?:\d[\d.,Oo]*[Oo][\d.,Oo]*|[Oo]\.\d[\d.Oo]*)(?![A-Za-z])"
                          r"|(?<![A-Za-z\d])O(?=[次个件篇起人户家%])")


_COUNT_WORDS = "次个件篇起人户家%"


def _may_hold_letter_zero(text: str) -> bool:
    """A quick test before :data:`_LETTER_ZERO`: some O stands where it could be read as 0 — after a
    digit and any dots or commas ("1O", "1.O"), before a dot and a digit ("O.5"), or an "O" before a
    count word ("O次"). Each O looks back only over dots and commas, so the test is linear. (The Os are
    found by ``str.find``, one letter after the other: a scan for the pair as a pattern is slower.)"""
    for letter in "Oo":
        at = text.find(letter)
        while at >= 0:
            following = text[at + 1: at + 2]
            if following == "." and text[at + 2: at + 3].isdecimal():
                return True
            if letter == "O" and following and following in _COUNT_WORDS:
                return True
            before = at - 1
            while before >= 0 and text[before] in ".,":
                before -= 1
            if before >= 0 and text[before].isdecimal():
                return True
            at = text.find(letter, at + 1)
    return False


def letter_zeros(text: str) -> tuple[str, int]:
    """``text`` with the letter O read as 0 inside figures, and how many figures changed."""
    if not _may_hold_letter_zero(text):
        return text, 0
    count = 0

    def digit(match: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return match.group(0).replace("O", "0").replace("o", "0")

    return _LETTER_ZERO.sub(digit, text), count


# a figure broken at its point across two lines, as a narrow viewer or a clerk's copy gives it ("得分99" / ".71分"):
# no line begins with a point and a digit, so the line after a figure's whole part carries its decimals
_BROKEN_POINT = re.compile(r"(?<=\d)[ \t]*\n[ \t]*(?=\.\d)")


def rejoined_points(text: str) -> tuple[str, int]:
    """``text`` with a figure broken before its point rejoined, and how many were; none in a text hard-wrapped at a
    fixed width, whose lines ``hard_wrap`` joins back whole (a line joined here would break the width it finds)."""
    if "\n." not in text and "\n " not in text and "\n\t" not in text:
        return text, 0
    joined, count = _BROKEN_POINT.subn("", text)
    if count:
        from jixiao.readers.hard_wrap import unwrap_fixed_width  # (hard_wrap measures widths with this module)

        if unwrap_fixed_width(text) != text:
            return text, 0
    return joined, count


def rejoined_points_warning(source: str, count: int) -> str:
    return f"{source}：数字在小数点前断行（{count}处，如“99”与“.71”分在两行），已接回一个数字读取，请核对"


def letter_zero_warning(source: str, count: int) -> str:
    return f"{source}：数字中的字母O按0读取（{count}处，多见于识别的扫描件，请核对）"


# OCR reads a one as the letter l inside or before a figure's digits ("9l.5", "l5", "l,200", "99.ll"): a run of digits,
# points, commas and l that touches no other letter and holds a digit; an l ending a run with no point ("5l") may be a
# unit and stays
_LETTER_ONE = re.compile(r"(?<![A-Za-z\d.,])[\dl][\d.,l]*(?![A-Za-z])")
_MAY_HOLD_LETTER_ONE = re.compile(r"l[.,]?\d|\d[.,]?l")


def letter_ones(text: str) -> tuple[str, int]:
    """``text`` with the letter l read as 1 inside figures, and how many figures changed."""
    if "l" not in text or not _MAY_HOLD_LETTER_ONE.search(text):
        return text, 0
    count = 0

    def digit(match: re.Match[str]) -> str:
        nonlocal count
        run = match.group(0)
        figure = run if "." in run else run.rstrip("l")
        if "l" not in figure or not any(c.isdecimal() for c in figure):
            return run
        count += 1
        return figure.replace("l", "1") + run[len(figure):]

    return _LETTER_ONE.sub(digit, text), count


def letter_one_warning(source: str, count: int) -> str:
    return f"{source}：数字中的字母l按1读取（{count}处，多见于识别的扫描件，请核对）"


def normalise_document(document: Document, doubling: bool = True) -> Document:
    """One pass over every reader's text (paragraphs, table cells, metadata): pinyin annotations
    dropped, strings holding traditional characters converted to simplified (a warning says so), money, scores and
    percentages spelled in Chinese numerals written in figures (:func:`arabic_money`, :func:`arabic_figures`), another
    script's or English translation beside the Chinese left out (:mod:`other_scripts`), and a
    text layer that prints its figures or headings twice read once (:mod:`doubled_figures`). A document with none of
    these is
    returned as it is. ``doubling`` False: the text was read once already (plain text, before its lines were cut)."""
    texts = [b.text if isinstance(b, Paragraph) else "".join("".join(row) for row in b.rows) for b in document.blocks]
    joined = "".join(texts) + "".join(f"{k}{v}" for k, v in document.metadata.items())
    ruby = has_ruby(joined)
    other = has_other_script(joined)
    glossed = english_glossed([t for b in document.blocks
                               for t in ([b.text] if isinstance(b, Paragraph) else [c for row in b.rows for c in row])])
    zeros = letter_zeros(joined)[1] > 0
    ones = letter_ones(joined)[1] > 0
    # each cell apart: two equal cells side by side are no doubling
    once = undouble_texts([*(b.text if isinstance(b, Paragraph) else "\n".join(c for row in b.rows for c in row)
                             for b in document.blocks), *document.metadata.values()]) if doubling else None
    money = spells_money(joined)  # "三百五十二万八千元" in a document's paragraphs or cells, as in plain text
    spelled_marks = arabic_figures(joined)[1] > 0  # "百分之九十四点九六", "分值十五分" in a paragraph, as in plain text
    if not ruby and not other and not glossed and not zeros and not ones and once is None and not money \
            and not spelled_marks and not has_traditional(joined):
        return document
    converted = zeroed = oned = doubled = runs = spelled = worded = 0

    def fix(text: str) -> str:
        nonlocal converted, zeroed, oned, doubled, runs, spelled, worded
        text = strip_ruby(text) if ruby else text
        if money:
            text, changed = arabic_money(text)
            spelled += changed
        if spelled_marks:
            text, changed = arabic_figures(text)
            worded += changed
        text = without_other_script(text) if other else text
        text = without_english_gloss(text) if glossed else text
        if zeros:
            text, changed = letter_zeros(text)
            zeroed += changed
        if ones:
            text, changed = letter_ones(text)
            oned += changed
        if once is not None:
            text, figures, pairs = once(text)
            doubled, runs = doubled + figures, runs + pairs
        simplified = to_simplified(text)
        converted += simplified != text
        return simplified

    blocks: list[Block] = [replace(b, text=fix(b.text)) if isinstance(b, Paragraph)
                           else replace(b, rows=[[fix(cell) for cell in row] for row in b.rows])
                           for b in document.blocks]
    metadata = {fix(label): fix(value) for label, value in document.metadata.items()}
    warnings = list(document.warnings)
    if converted:
        warnings.append(traditional_warning(document.source, converted))
    if zeroed:
        warnings.append(letter_zero_warning(document.source, zeroed))
    if oned:
        warnings.append(letter_one_warning(document.source, oned))
    if spelled:
        warnings.append(spelled_money_warning(document.source, spelled))
    if worded:
        warnings.append(spelled_warning(document.source, worded))
    warnings += [doubled_warning(document.source, doubled)] if doubled else []
    warnings += [doubled_characters_warning(document.source, runs)] if runs else []
    return replace(document, blocks=blocks, warnings=warnings, metadata=metadata)


_OCR_RULE = "丨"  # U+4E28: what OCR makes of a table's vertical rules
_OCR_DECIMAL = re.compile(r"(?<=\d)。(?=\d)")
_LEAST_RULES = 5  # "丨" in the text at least: three lines holding one, two of them two or more


def ocr_rules(text: str) -> tuple[str, int]:
    """``text`` with "丨" read as the cell separator "|" when at least three lines hold one and two of
    them two or more (an OCR'd table; "新闻丨…" titles, even a list of them, are left), and in those lines
    "。" between digits read as a decimal point ("259。64"); how many lines changed."""
    if text.count(_OCR_RULE) < _LEAST_RULES:  # (counted before the lines are cut: most texts hold none)
        return text, 0
    lines = text.split("\n")
    ruled = [k for k, line in enumerate(lines) if _OCR_RULE in line]
    if len(ruled) < 3 or sum(lines[k].count(_OCR_RULE) >= 2 for k in ruled) < 2:
        return text, 0
    for k in ruled:
        lines[k] = _OCR_DECIMAL.sub(".", lines[k].replace(_OCR_RULE, "|"))
    return "\n".join(lines), len(ruled)


def ocr_rule_warning(source: str, count: int) -> str:
    return f"{source}：表格竖线被识别为“丨”，已按单元格分隔读取（{count}行，多见于图片识别的文字，请核对）"


# pictographs a social-media post decorates its lines with (🔹 📌 💰 ✅ ❌ ⭐, their variation selector and joiner);
# never the check marks (✓ ✔ ☑) of a ticked box nor the stars (★ ☆) marking core indicators
_EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2705\u274C\u274E\u2757\u2B50\uFE0F\u200D]+")
_BMP_EMOJI = "\u2705\u274C\u274E\u2757\u2B50\uFE0F\u200D"  # the ones below U+10000


def _may_hold_emoji(text: str) -> bool:
    """A quick test before :data:`_EMOJI`'s search (a class with a range beyond U+FFFF is slow to test on every
    character of a long text): one of its characters below U+10000, or any character beyond (UTF-16 then needs
    more than two bytes a character)."""
    return any(c in text for c in _BMP_EMOJI) or len(text.encode("utf-16-le", "surrogatepass")) != 2 * len(text)


def drop_emoji(text: str) -> str:
    """``text`` without emoji pictographs; a line that led with one loses the space after it."""
    if not _may_hold_emoji(text) or not _EMOJI.search(text):
        return text
    return re.sub(r"(?m)^[ \t]+", "", _EMOJI.sub("", text)) if "\n" in text else _EMOJI.sub("", text).strip()


def normalise_text(text: str, source: str) -> tuple[str, list[str], frozenset[str]]:
    """The same pass over plain text, line by line, before its tables are looked for (a form in
    traditional characters must be found by its simplified words); the warnings, if any, and the figures rewritten on
    a reading the text does not settle (dotted thousands, an amount of one point with three digits after it)."""
    text = drop_emoji(text)
    if english_glossed([text]):
        text = without_english_gloss(text)
    if "≧" in text or "≦" in text:  # (a translation through a dict walks the text in Python-level steps: 0.25 ms a
        text = text.translate(_SIGNS)  # report; a search for the two signs, none)
    text, spaced = joined_letters(text)
    warnings = [letter_spaced_warning(source, spaced)] if spaced else []
    text, broken = rejoined_points(text)
    warnings += [rejoined_points_warning(source, broken)] if broken else []
    text, zeroed = letter_zeros(text)
    warnings += [letter_zero_warning(source, zeroed)] if zeroed else []
    text, ones = letter_ones(text)
    warnings += [letter_one_warning(source, ones)] if ones else []
    text, ruled = ocr_rules(text)
    warnings += [ocr_rule_warning(source, ruled)] if ruled else []
    text, marked = unmarked_figures(text)
    warnings += [marked_warning(source, marked)] if marked else []
    text, stops = cell_points(text)  # "| 99。76 |": a cell's point written as a full stop
    warnings += [cell_points_warning(source, stops)] if stops else []
    text, labelled = label_points(text)  # "自评总分：99。11": a labelled figure's point as a full stop, guessed
    warnings += [label_points_warning(source, len(labelled))] if labelled else []
    text, dotted = comma_thousands(text)  # "1.460.00": thousands separators read as points
    warnings += [dotted_thousands_warning(source, len(dotted))] if dotted else []
    text, doubled = undouble_figures(text)
    warnings += [doubled_warning(source, doubled)] if doubled else []
    text, runs = characters_once(text)
    warnings += [doubled_characters_warning(source, runs)] if runs else []
    text, bold = runs_once(text)
    warnings += [doubled_runs_warning(source, bold)] if bold else []
    text, _ = leader_labels(text)
    text, spelled = arabic_figures(text)
    warnings += [spelled_warning(source, spelled)] if spelled else []
    text, money = arabic_money(text)
    warnings += [spelled_money_warning(source, money)] if money else []
    warnings += [stripped] if (stripped := stripped_figures_warning(text, source)) else []
    ruby = has_ruby(text)
    doubted = frozenset(dotted + labelled + one_point_amounts(text))
    if not ruby and not has_traditional(text):
        return text, warnings, doubted
    lines = text.splitlines()
    fixed = [to_simplified(strip_ruby(line) if ruby else line) for line in lines]
    converted = sum(a != b for a, b in zip(lines, fixed, strict=True))
    return "\n".join(fixed), ([traditional_warning(source, converted)] if converted else []) + warnings, doubted


def traditional_warning(source: str, count: int) -> str:
    return f"{source}：文中有繁体字，已按 OpenCC 转为简体后读取（{count}处）"
