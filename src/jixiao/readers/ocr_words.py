"""The form's header and label words as OCR misread them, one character wrong ("年初预匏数", "调整预算将",
"实施第位") or all their characters out of order ("考值参分"): read back as the word, only where a header or
label is expected — next to one of the form's words, on a line that already holds several of them. A line
read back this way is a guess: every cell cut from it is marked guessed, so no error rests on it alone."""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from functools import cache

from jixiao.lexicon import lexicon
from jixiao.readers.flat_words import attainment_words, column_words, form_words, level_words
from jixiao.readers.textnorm import HAN

_SHORTEST = 4  # words shorter than this are too common in names and values to read back
_CONTEXT = 3  # exact form words a line must hold before any other is read back
_ROUNDS = 10  # one word a round; a misread word next to another ("年初预匏数调整预算将") is read back in turn
_GAP = re.compile(r"[\s:：,，、]{0,2}")


@cache
def _near_words() -> dict[str, str]:
    """Each word (4 characters or more) with one character blanked ("年初?算数") → the word; a key that
    two words share is dropped (a misreading that could be either is no reading)."""
    out: dict[str, str] = {}
    shared: set[str] = set()
    for word in {*lexicon()["cell_words"]}:
        # (a level word is also how an indicator's name ends: "满意度指数" stays a name)
        if len(word) < _SHORTEST or not all(HAN.match(c) for c in word) or word.endswith("指标"):
            continue
        for i in range(len(word)):
            key = word[:i] + "?" + word[i + 1:]
            if key in out and out[key] != word:
                shared.add(key)
            out[key] = word
    return {k: v for k, v in out.items() if k not in shared}


@cache
def _lengths() -> tuple[int, ...]:
    return tuple(sorted({len(w) for w in _near_words().values()}))


@cache
def _scrambled_words() -> dict[str, str]:
    """Each word's characters in sorted order → the word (the words :func:`_near_words` reads back); a key
    two words share is dropped."""
    out: dict[str, str] = {}
    shared: set[str] = set()
    for word in set(_near_words().values()):
        key = "".join(sorted(word))
        if key in out and out[key] != word:
            shared.add(key)
        out[key] = word
    return {k: v for k, v in out.items() if k not in shared}


def _read_back(window: str, whole: bool) -> str | None:
    """The form's word a window is with one character misread, or — when the window can be a whole cell
    (``whole``: the character on its open side is none of its own) — with its characters out of order (a
    viewer's header cell whose text came out scrambled: "考值参分" for 参考分值), or None. ("年成值全完" with
    another 值 after it is part of a longer cell: read back, it would leave "全年完成值值"; the whole cell, a
    character doubled, is read back by :func:`_doubled_between`.)"""
    if not all(HAN.match(c) for c in window):
        return None
    found = {_near_words().get(window[:i] + "?" + window[i + 1:]) for i in range(len(window))} - {None}
    if not found and whole:
        found = {_scrambled_words().get("".join(sorted(window)))} - {None}
    if len(found) != 1:
        return None
    word = found.pop()
    assert word is not None
    # "上年实际值" beside "本年实际值" is a column of the year before, not 全年实际值 misread
    return None if _YEAR_WORD.match(window) and not _YEAR_WORD.match(word) else word


_YEAR_WORD = re.compile(r"上年|去年|本年|当年|今年|上一年|前一年")


def _exact() -> re.Pattern[str]:
    return form_words()


# "工5%", "^80%": ≥ as an OCR reads it, between a figure's end and a percentage ("8工5%工5%8")
_COMPARATOR = re.compile(r"(?<=[\d%])[工^](?=\d{1,3}(?:\.\d{1,2})?%)")
# "IO", "l0", "lO": 10 as an OCR reads it, a figure of its own between a unit or figure and the next name
_TEN = re.compile(r"(?:(?<=\d)|(?<=\d[%\u4e00-\u9fff]))(?:[Il][O0o]|1[Oo])(?=[\u4e00-\u9fff]|$)")


def read_back_figures(line: str) -> str:
    """``line`` with an OCR's letters for figures and comparators read back ("工5%" → "≥5%", "2370人IO指标"
    → "2370人10指标"); the line itself when it has none."""
    if "工" in line or "^" in line:
        line = _COMPARATOR.sub("≥", line)
    if "O" in line or "o" in line:
        line = _TEN.sub("10", line)
    if "O" in line or "o" in line or "l" in line or "I" in line:
        line = _SLIPPED.sub(_digits_read_back, line)
    return line


# a run of figures with an OCR's letters for 0 and 1 among them ("1OO%", "2O22年", "3l.5")
_SLIPPED = re.compile(r"[\dOolI][\dOolI.%]*")
_AS_DIGITS = str.maketrans("OolI", "0011")
_LATIN = re.compile(r"[A-Za-z]")


def _digits_read_back(run: re.Match[str]) -> str:
    """A run read back as digits when it is otherwise digits: it opens on a digit, and no other Latin letter
    stands on either side ("IO接口", "O2O", "Vol1O" stay)."""
    text, line = run.group(0), run.string
    if not text[0].isdecimal() or text.isdecimal():
        return text
    if _LATIN.match(line[run.start() - 1: run.start()]) or _LATIN.match(line[run.end(): run.end() + 1]):
        return text
    return text.translate(_AS_DIGITS)


# "调整预算数,A、": a column's letter whose brackets an OCR read as punctuation, after a money or value header
_MARK_SLIP = re.compile(r"(?<=[数率值])(?:[,，]\s*([A-Z])\s*[、,，)）]|[(（]\s*([A-Z])\s*[、,，])")


def read_back_marks(line: str) -> str:
    """``line`` with a column's letter in misread brackets read back ("预算数,A、" → "预算数(A)")."""
    if "," not in line and "，" not in line and "、" not in line:
        return line
    return _MARK_SLIP.sub(lambda m: f"({m.group(1) or m.group(2)})", line)


def read_back_words(line: str) -> str:
    """``line`` with the form's words OCR misread by one character read back, and its letters for figures
    (read_back_figures); the line itself when none is (the usual case: a line with fewer than three of the
    form's words is returned at once)."""
    if len(line) < 12:
        return line
    read = read_back_marks(_words_read_back(_slips_read_back(read_back_figures(line))))
    return line if read == line else read  # (the line itself: its caller tells a reading back by identity)


# characters an OCR reads for others ("项Fl资金": 目 as "Fl"; 元 as 兀; 项 as 顼): read back only where one of
# the form's words then matches over it
_SLIPS = {"Fl": "目", "兀": "元", "顼": "项"}
_SLIP = re.compile("|".join(_SLIPS))
_MAX_SLIPS = 20  # slips looked at in one line
_REACH = 12  # characters either side of a slip a word covering it may start or end


def _slips_read_back(line: str) -> str:
    """``line`` with each OCR slip read back where one of the form's words then covers it ("项Fl资金" → "项目资金")."""
    if "Fl" not in line and "兀" not in line and "顼" not in line:
        return line
    # (from the end: the places of earlier slips stay put)
    for slip in list(itertools.islice(_SLIP.finditer(line), _MAX_SLIPS))[::-1]:
        start, end = slip.span()
        fixed = line[:start] + _SLIPS[slip.group(0)] + line[end:]
        if _covers(fixed, max(0, start - _REACH), start):
            line = fixed
    return line


def _covers(text: str, lo: int, at: int) -> bool:
    """Whether one of the form's words found in ``text[lo: at + _REACH]`` covers position ``at``."""
    window = text[lo: at + _REACH]  # (an older framework's level word, "顼目产出", is read back too)
    found = (*_exact().finditer(window), *level_words().finditer(window))
    return any(w.start() + lo <= at < w.end() + lo for w in found)


def _words_read_back(line: str) -> str:
    hits = list(_exact().finditer(line))
    if len(hits) < _CONTEXT:
        return line
    for _ in range(_ROUNDS):
        fixed = _one_round(line, hits)
        if fixed == line:
            return line
        line = fixed
        hits = list(_exact().finditer(line))
    return line


def _one_round(line: str, hits: list[re.Match[str]]) -> str:
    starts = [h.start() for h in hits]  # the hits do not overlap and come in order: a span overlaps one
    ends = [h.end() for h in hits]  # when the last hit starting before its end ends after its start

    # a worded attainment ("达成预期指标") is a row's actual, written as meant: no header word misread inside it
    # ("预期指标" is no 预期目标)
    attained = [found.span() for found in attainment_words().finditer(line)] if "预期" in line else []

    def taken(start: int, end: int) -> bool:
        k = bisect_left(starts, end) - 1
        return (k >= 0 and ends[k] > start) or any(a < end and start < b for a, b in attained)

    for hit in hits:
        after = hit.end() + len(_GAP.match(line, hit.end()).group(0))  # type: ignore[union-attr]
        for size in _lengths():
            for start in (after, hit.start() - size):
                end = start + size
                if start < 0 or end > len(line) or taken(start, end):
                    continue
                if start != after and _GAP.fullmatch(line[end: hit.start()]) is None:
                    continue
                beyond = line[start - 1: start] if start != after else line[end: end + 1]  # the open side
                word = _read_back(line[start:end], whole=not beyond or beyond not in line[start:end])
                if word is not None and not _column_run(line, starts, ends, start, end) \
                        and not _repeating(line, start, end):
                    return line[:start] + word + line[end:]
    return _doubled_between(line, hits)


def _repeating(line: str, start: int, end: int) -> bool:
    """Whether ``line[start:end]`` is its own first characters begun again ("预算执行预" in "预算执行预算执行率": a
    level cell repeating the name's words, no 预算执行数 misread)."""
    size = end - start - 1
    return size > 1 and line[start: start + size] == line[end - 1: end - 1 + size]


def _column_run(line: str, starts: list[int], ends: list[int], start: int, end: int) -> bool:
    """Whether the text between the form's words on either side of ``line[start:end]`` is already value columns
    run together ("指标值实际完成" between 三级指标 and 权重: "值实际完成" is no 实际完成值 out of order)."""
    before = bisect_right(ends, start) - 1
    after = bisect_left(starts, end)
    run = line[ends[before] if before >= 0 else 0: starts[after] if after < len(starts) else len(line)]
    return len(column_words(run.strip(" :：,，、"))) > 1


def _doubled_between(line: str, hits: list[re.Match[str]]) -> str:
    """``line`` with a whole cell between two of the form's words read back when it is one word's characters out of
    order with one of them doubled ("年成值全完值" between 调整指标值 and 得分系数: 全年完成值), or ``line``."""
    for left, right in itertools.pairwise(hits):
        start = left.end() + len(_GAP.match(line, left.end()).group(0))  # type: ignore[union-attr]
        end = right.start()
        while end > start and line[end - 1] in " :：,，、":
            end -= 1
        cell = line[start:end]
        if len(cell) <= _SHORTEST or not all(HAN.match(c) for c in cell):
            continue
        found = {word for c in set(cell) if cell.count(c) > 1
                 if (word := _scrambled_words().get("".join(sorted(cell.replace(c, "", 1))))) is not None}
        if len(found) == 1:
            return line[:start] + found.pop() + line[end:]
    return line

