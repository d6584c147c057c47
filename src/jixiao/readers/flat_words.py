"""The form's vocabulary as a flattened-text reader finds it in a line: the form's words and column
roles, the words that are weak as cell starts, the nature words, and the shared patterns for clauses,
notes and the gaps across which words touch.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

from jixiao.lexicon import lexicon, roles
from jixiao.readers.textnorm import compact, match_text


@cache
def form_words() -> re.Pattern[str]:
    """The form's words (lexicon cell_words), the longest one at each place, written as a trie: a
    search skips to the characters a word starts with and tries each character once."""
    root: dict[str, Any] = {}
    for word in {*lexicon()["cell_words"]}:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here
    return re.compile(_trie_pattern(root))


def _trie_pattern(node: dict[str, Any]) -> str:
    """A trie node as a pattern: its branches, and, where a word ends, the branches made optional
    (greedy, so the longest word that matches wins, as in an alternation sorted longest first)."""
    branches = [re.escape(char) + _trie_pattern(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


@cache
def level_words() -> re.Pattern[str]:
    """An older framework's level words (lexicon level_cut_words: 项目决策, 投入管理 …), the longest first."""
    return re.compile("|".join(sorted(lexicon()["level_cut_words"], key=len, reverse=True)))


@cache
def plain_level2_words() -> re.Pattern[str]:
    """The 二级 words a form prints without their 指标 (lexicon plain_level2_cut_words: 产出数量, 社会效益 …), the
    longest first."""
    return re.compile("|".join(sorted(lexicon()["plain_level2_cut_words"], key=len, reverse=True)))


@cache
def attainment_words() -> re.Pattern[str]:
    """A worded actual stating the target was met ("达成预期指标", "达到预期目标": the qualitative values of the
    lexicon that name 预期), the longest first: it ends a row, and no name ends on it."""
    words = [word for word in lexicon()["qualitative_values"] if "预期" in word]
    return re.compile("|".join(sorted(words, key=len, reverse=True)))


@cache
def longest_word() -> int:
    return max(map(len, lexicon()["cell_words"]))


@cache
def word_start() -> re.Pattern[str]:
    """Any character a form's word starts with: a quick test before looking for the words."""
    return re.compile("[" + re.escape("".join({w[0] for w in lexicon()["cell_words"]})) + "]")


MARKER = re.compile(r"(?:[(（][^()（）]{1,12}[)）])+")  # (A), (B/A), (%), (50分), (20分*执行率) after a word

# a thousands separator (1,568.20) is no clause; written to open on its characters, so a search skips to them
CLAUSE = re.compile(r"[，。；;！？,](?:(?<=[，。；;！？])|(?<!\d,)|(?!\d{3}(?!\d)))")

GAP = re.compile(r"(?:[\s:]|[(（][^()（）]{0,12}[)）])*")  # words "touch" across spaces, colons, notes


@cache
def _columns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return roles("indicator_columns")


def column_role(text: str) -> str | None:
    """The indicator column a header word names (lexicon indicator_columns), or None."""
    key = compact(text)
    return next((role for role, found in _columns() if found.search(key)), None) if key else None


def names_column(after: list[str | None]) -> bool:
    """Whether a weak name word (绩效指标) right before columns of these roles is the names' column, not a caption:
    three columns at least, a target's or an actual's among them, none naming a level or the names."""
    found = set(after)
    return len(after) >= 3 and not {"name", "name_weak", "level1", "level2", "levels"} & found \
        and bool({"target", "actual"} & found)


def column_words(text: str) -> list[str]:
    """``text`` cut into the fewest column words (lexicon indicator_columns, each whole, a bracketed mark such as
    "（A）" after it kept) when it is two or more value columns run together ("目标值实际值" → 目标值 | 实际值); else
    ``[text]``."""
    if len(text) > _RUN_OF_WORDS or column_role(text) is None or _is_column_word(text):
        return [text]
    found = _fewest_words(text) or _noted_words(text)
    if found is None or len(found) < 2:
        return [text]
    # each piece a value column (or the criteria column) of its own ("偏差原因", "扣分原因" are one column, "指标权重"
    # a weight); a deviation of figures (its unit marked) before the score, and in a run of three or more a note
    # column after it ("偏差（%）" | "得分" | "偏差原因分析", "评分标准" | "得分" | "原因")
    kinds = [column_role(piece) for piece in found]
    valued = [kind for k, kind in enumerate(kinds) if not _beside_score(k, found, kinds)]
    return found if set(valued) <= _VALUE_COLUMNS and len(set(valued)) == len(valued) else [text]


def _beside_score(k: int, pieces: list[str], kinds: list[str | None]) -> bool:
    """Whether piece ``k`` is a note column ending the run after its score, or a deviation of figures (its unit
    marked: "偏差（%）") just before the score."""
    if kinds[k] != "deviation":
        return False
    if k == len(kinds) - 1:
        return len(kinds) > 2 and kinds[k - 1] == "score"
    return kinds[k + 1] == "score" and pieces[k].endswith((")", "）")) and _END_MARKER.search(pieces[k]) is not None


def _noted_words(text: str) -> list[str] | None:
    """``text`` cut into column words up to its last 得分, then the note column after it ("…得分偏差原因分析"), or
    None."""
    at = text.rfind("得分") + 2
    head = _fewest_words(text[:at]) if 2 < at < len(text) and column_role(text[at:]) == "deviation" else None
    return [*head, text[at:]] if head is not None and len(head) >= 2 else None


def _fewest_words(text: str) -> list[str] | None:
    """``text`` cut into the fewest column words that cover it whole, or None."""
    return _fewest_prefixes(text)[len(text)]


def _fewest_prefixes(text: str) -> list[list[str] | None]:
    """Per end of ``text``: the fewest column words that cover it up to that end, or None."""
    best: list[list[str] | None] = [[]] + [None] * len(text)
    for end in range(1, len(text) + 1):
        for start in range(max(0, end - _LONGEST_WORD), end):
            before = best[start]
            if before is not None and _is_column_word(text[start:end]) \
                    and (best[end] is None or len(before) + 1 < len(best[end] or ())):
                best[end] = [*before, text[start:end]]
    return best


_LONGEST_WORD = 24  # characters a column word with its mark may take (as many as a run of them: :func:`column_words`)


def header_words(text: str) -> list[str] | None:
    """A fused line that is an indicator header made of column words the cutter does not cut at
    ("序号指标分值目标值实际值扣分得分扣分原因", "指标年度目标值实际完成值分值得分偏差原因"): its column words, each a
    different column, the name's among them and a weight and a score after it; else None."""
    # (a weight and a score column hold 分 or 权重; a short line with no figure: most lines are not looked at)
    if "分" not in text or not _SHORT_HEADER.fullmatch(text):
        return None
    best = _fewest_prefixes(text)
    # column words up to a note column at the end ("扣分原因", "偏差原因分析": words the column words do not cover)
    for end in range(len(text), 0, -1):
        if best[end] is None or (end < len(text) and column_role(text[end:]) != "deviation"):
            continue
        found = best[end]
        kinds = [column_role(piece) for piece in found] if found is not None else []
        names = [k for k, role in enumerate(kinds) if role in ("name", "name_weak")]
        if found is not None and len(found) >= _HEADER_WORDS and len(set(kinds)) == len(kinds) \
                and len(names) == 1 and {"weight", "score"} <= set(kinds[names[0]:]) and "deviation" not in kinds:
            return [*found, *([text[end:]] if end < len(text) else [])]
    return None


_SHORT_HEADER = re.compile(r"[^\d\s，。；;,]{8,60}")
_HEADER_WORDS = 5


_VALUE_COLUMNS = frozenset({"target", "target_adjusted", "actual", "completion", "weight", "score", "scoring_rule"})


_END_MARKER = re.compile(MARKER.pattern + "$")
_RUN_OF_WORDS = 24  # characters beyond which a cell is no run of column words


@lru_cache(maxsize=4096)
def _is_column_word(text: str) -> bool:
    word = _END_MARKER.sub("", text) if text.endswith((")", "）")) else text  # ("（A）实际值" is no word)
    return bool(word) and any(found.fullmatch(word) for _, found in _columns())


def is_form_word(text: str) -> bool:
    """Whether a cell is, whole, one of the form's words (lexicon cell_words)."""
    return form_words().fullmatch(compact(text)) is not None


@cache
def _word_heads() -> frozenset[str]:
    return frozenset(word[:n] for word in lexicon()["cell_words"] for n in range(3, len(word)))


def is_form_word_head(text: str) -> bool:
    """Whether a cell is the head (three characters or more) of one of the form's words: a label cut where the
    text ends ("项目类" of 项目类别)."""
    return compact(text) in _word_heads()


def vocabulary_hits(text: str) -> int:
    """How many of the form's words a line holds."""
    return len(form_words().findall(match_text(text).replace(" ", "")))


@cache
def weak_words() -> frozenset[str]:
    return frozenset(lexicon()["weak_cell_words"])


def pattern_nature(text: str) -> bool:
    return bool(_nature().match(match_text(text).replace(" ", "")))


@cache
def _nature() -> re.Pattern[str]:
    return re.compile(lexicon()["natures"])
