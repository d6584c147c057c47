"""Cutting the stretch between two of a form's words into its value cells: figures with their units,
dates, year spans and the qualitative answers (达标, 良好 …) that end a row.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from jixiao.lexicon import lexicon
from jixiao.lexicon import pattern as lexicon_pattern
from jixiao.readers.flat_worded_targets import worded_target_actual
from jixiao.readers.flat_words import CLAUSE, MARKER
from jixiao.readers.fused_money import MAX_POINTED_RUN, GuessedCell, split_money_run

_CAPTIONED = re.compile(r"[^\d()（）]{2,20}(?:[(（][^()（）]{1,12}[)）])+")

# money and scores: no leading zero ("0100%" is 0 and 100%), at most two decimals; a sign, as a 偏差 column's
# figures carry it ("+62人", "-1.5个百分点")
_FIGURE = r"[-−+＋]?(?:[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d*|0)(?:\.\d{1,2})?"
# in run-together cells: a compared value, a number with its unit, a dash, or text up to the next of these
# 万亩, 万户: a unit in ten thousands; "10万10万100%20": a sum in 万 (元 left out) before the next figure
UNITS = "(?:(?:万|亿|千)?(?:" + lexicon()["value_units"] + ")|万(?=\\d|$))"
# a unit per unit ("元/人", "万元/公里", "元/生·年"): the slash and a unit of the lexicon or a word only written after
# a slash, then the next figure or the row's end
_PER_UNIT = "(?:[/／](?:" + "|".join(lexicon()["per_unit_words"]) + "|" + lexicon()["value_units"] + r")(?=[\d\s]|$))?"
# a weight or a score run together with other cells, and the most points any row of a form holds
POINTS = re.compile(r"\d{1,3}(?:\.\d{1,2})?")
MOST_POINTS = Decimal(100)
POINT_FIGURE = re.compile(r"(?:[1-9]\d{0,2}|0)(?:\.\d{1,2})?")  # a coefficient, a weight or a score: no leading 0
UNIT_OPENING = re.compile(UNITS)  # a note opening on a unit: its figure before may be the score's or its own

# a value's comparison, a sign or a word ("≥95%", "不低于95%"; full-width "＞90%" alike)
SIGNS = "≥≤><=＝﹦＞＜"
COMPARISON = r"(?:[" + SIGNS + r"]|" + lexicon_pattern("comparison_words").pattern + ")"
# a value's comparison as a cell opens on it: a sign or a word, those above and more ("小于0.9‰", "大于90%")
_COMPARED_OPENING = r"(?:" + COMPARISON + "|" + lexicon_pattern("comparison_words_more").pattern + ")"
# a cell's end on such words, the value they open cut off after it ("某某查明率不低于" | "95%")
_WORDS_CUT_OFF = re.compile(_COMPARED_OPENING + "$")
# a figure, then a unit word that opens two Chinese characters or more (a name), not a figure's own unit
NAME_AFTER_FIGURES = re.compile(r"(?<=\d)(?=[\u4e00-\u9fff])(?=(?:" + UNITS + r")[\u4e00-\u9fff]{2})")

_QUALIFIER = r"(?:[(（][\u4e00-\u9fff]{1,2}[)）])?"  # "万头（只）": a unit's bracketed word is the unit's
_BOUND = r"(?:[(（]含[)）])?"  # "≥95%（含）": the bound itself included, the target's own word
_TEXT = r"[^\d—/／" + SIGNS + r"]+?(?=[" + SIGNS + r"]|\d|[—/／]|$)"  # a text, up to a sign, a figure or a dash

_VALUE_RUN = re.compile(
    # "2017年某某苗圃建设项目": a name that opens on its year is one cell, the year no value of its own
    r"(?:19|20)\d{2}年(?=[\u4e00-\u9fff]{4})(?![度底末初内前中])" + _TEXT +
    r"|" + COMPARISON + r"\s*" + _FIGURE + r"(?:%|" + UNITS + _QUALIFIER + _PER_UNIT + r")?" + _BOUND +
    # "…100%20年度绩效指标": 年 opens the next word; "4项目立项…": 项 opens 项目
    r"|" + _FIGURE + r"(?:%|" + UNITS + r"(?!度)(?<!项(?=目))" + _QUALIFIER + _PER_UNIT + r")?"
    r"|[—/／\-]+"
    r"|" + _TEXT
)


def cells_between(text: str, measured: bool = False) -> list[str]:
    """The run of cells between two of the form's words: texts, values with their units, dashes. Under a
    header with a 计量单位 column (``measured``) the rows print their unit in its own cell after the name, so a
    unit character after a row's last figure and before more words ("…3110210天桥绿化…") opens the next
    row's name."""
    out: list[str] = []
    if measured:
        text = NAME_AFTER_FIGURES.sub(" ", text)
    if MARKER.fullmatch(text.strip()) or _CAPTIONED.fullmatch(text.strip()):
        return [text.strip()]  # "（A）" after 全年预算数 stays with its header; "预算执行情况（万元）（20分）" whole
    if CLAUSE.search(text):
        at = 0  # each note one cell, the row's figures on either side cut as any (a loop: a long line of notes
        for note in NOTE_BETWEEN.finditer(text):  # recursed once each would pass the recursion limit)
            out += [*cells_between(text[at: note.start()], measured), note.group(0)]
            at = note.end()
        if at:
            return [*out, *cells_between(text[at:], measured)]
        row = _CLAUSED_ROW.fullmatch(text.strip(" :："))
        if row is not None and float(row.group("score")) <= float(row.group("weight")):
            return [GuessedCell(cell) for cell in row.groups() if cell]  # an actual that is a sentence: a guess
        return _rows_in_clauses(text)  # a sentence is one cell, figures and all; unless rows hold commas
    if "分" in text and _LEVEL_WEIGHT.search(text):
        return _levels_weighted(text)
    hidden = ("-" in text or "至" in text or "—" in text or "~" in text) and _YEAR_SPAN.search(text) is not None
    if hidden:
        text = _hide_year_spans(text)
    rated = "%" in text and _OWN_RATE.search(text) is not None
    for piece in re.split(r"[:：\s]+", text):
        at = 0
        for dated in _DATED.finditer(piece) if "月" in piece else ():  # "2024年10月底前2024年9月完成": two cells
            _value_runs(out, piece[at: dated.start()], rated)
            out.append(dated.group(0))
            at = dated.end()
        _value_runs(out, piece[at:], rated)
    if hidden and any(_HIDDEN_DIGITS.search(cell) for cell in out):
        out[:] = [cell.translate(_SHOW_DIGITS) for cell in out]
    if len(out) >= 2:
        out[:] = _names_around_figures(_compared_at_end(worded_target_actual(out)))
    for k in range(len(out) - 1):  # "年度总金额.32.06.5": a viewer stripped the figures' integer digits, their
        cell = out[k]  # points left: the point is the figures' (no split reads figures without their digits)
        if cell.endswith(".") and len(cell) > 1 and "\u4e00" <= cell[-2] <= "\u9fff" and out[k + 1][:1].isdecimal():
            out[k], out[k + 1] = cell[:-1], "." + out[k + 1]
    return out


@cache
def _worded_values() -> frozenset[str]:
    return frozenset(lexicon()["qualitative_values"])


def _compared_at_end(cells: list[str]) -> list[str]:
    """"某某查明率不低于" | "95%" with no name after it in the stretch (a worded actual at most): the words
    open the value, they do not end the name ("某某查明率" | "不低于95%"). Where text follows the figure (a goal's
    sentence "资助某某不少于260人" before the name), the cells stay as cut."""
    out = list(cells)
    for k in range(len(out) - 1):
        words = _WORDS_CUT_OFF.search(out[k])
        if words is None or words.start() < 2 or not out[k + 1][:1].isdecimal() \
                or any(_NAME_PART.search(cell) and not cell[:1].isdecimal() and cell not in _worded_values()
                       for cell in out[k + 2:]):
            continue
        out[k], out[k + 1] = out[k][: words.start()], words.group(0) + out[k + 1]
    return out


_NAME_PART = re.compile(r"[\u4e00-\u9fff]{2,}")
_COUNTED = re.compile(r"\d+(?:\.\d+)?[\u4e00-\u9fff]{1,2}")  # "6小时", "24小时": a count with its unit
_WORDED_VALUE = re.compile(_COMPARED_OPENING)


def _names_around_figures(cells: list[str]) -> list[str]:
    """"某某火灾 | 6小时 | 内扑灭率 | 不低于95%": a count inside an indicator's name (its text on both sides, a compared
    value right after) is the name's, not a value of its own: "某某火灾6小时内扑灭率 | 不低于95%", a guess."""
    out: list[str] = []
    i = 0
    while i < len(cells):
        window = cells[i: i + 4]
        if len(window) == 4 and _NAME_PART.fullmatch(window[0]) and _COUNTED.fullmatch(window[1]) \
                and not window[1].endswith("分") and _NAME_PART.fullmatch(window[2]) \
                and _WORDED_VALUE.match(window[3]) is not None:
            out.append(GuessedCell(window[0] + window[1] + window[2]))  # (where the name ends: a guess)
            i += 3
            continue
        out.append(cells[i])
        i += 1
    return out


# a scoring note between a row's run-together figures and its score ("…面积7.57.57.5达到年度指标值的,得满分;未达到
# 的,按实际完成比例计分。7.5"): a column's cell, whose clauses make no prose of the row (figures fused as
# WORD_FIGURES's are)
NOTE_BETWEEN = re.compile(r"(?<=[\d.%]{6})[\u4e00-\u9fff][^。]{2,80}?。(?=\d)")
# "某某制度有效性7—制度健全,执行严格6": a name, its weight, a dash for no target, an actual written as a sentence
# and the score (no more than the weight): a row, its sentence one cell
_CLAUSED_ROW = re.compile(r"(?P<name>[\u4e00-\u9fff()（）]{2,30}?)(?P<weight>\d{1,2}(?:\.\d)?)(?P<dash>[一—-]?)"
                          r"(?P<actual>[\u4e00-\u9fff][^\d]{3,80}?[\u4e00-\u9fff])(?P<score>\d{1,2}(?:\.\d{1,2})?)")


# a row's figures after a cell of text: two values with their units or more, then a bare figure (the score) before
# the next row's text or the end; the first value's comparison and a weight before it ("…收益15≥5万元4.6万元13.8…").
# (Each figure's digits taken whole: fewer leave a digit where none of what follows can open. A tail opens on a
# digit only at a run of digits' start, after its leading zeros (taken before the tail) or where a figure in
# thousands opens ("1,200"): from inside a run after a digit 1-9, it is a tail from that digit as well, found
# first. Tried from every digit, each crossing the run, 4,000 digits took 1.4 s, each doubling 4 times more.)
_ROW_FIGURE = _FIGURE.replace(r"[1-9]\d*|", r"[1-9]\d*+|")
_ROW_TAIL = re.compile(r"(?:(?!\d)|(?<!\d)(?=\d)0*?|(?=\d{1,3},\d{3}))(?P<tail>"
                       "(?:" + _ROW_FIGURE + "(?=" + COMPARISON + "))?(?:" + COMPARISON + ")?"
                       "(?:" + _ROW_FIGURE + "(?:%|" + UNITS + ")){2,4}" + _ROW_FIGURE
                       + r"(?![\d.%])(?=[\u4e00-\u9fff]|$))")
_WRAP_SPACE = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")  # a viewer's line break inside a cell
_DATE_IN = re.compile(r"年\d{1,2}月")


def _rows_in_clauses(text: str) -> list[str]:
    """A sentence is one cell, figures and all; but "完成某院区建设,医院收入达到5亿元5亿元6.47亿元10可持续…" is rows
    whose names hold a comma: each name one cell (a viewer's line break in it closed), then its row's figures."""
    tails = [tail for tail in _ROW_TAIL.finditer(text) if not _DATE_IN.search(tail.group("tail"))] \
        if any(c.isdecimal() for c in text) else []
    if not tails:
        return _noted_row(text) or [text.strip(" :：")]
    if not text[: tails[0].start("tail")].strip(" :："):
        return [text.strip(" :：")]
    out: list[str] = []
    at = 0
    for tail in tails:
        head = _WRAP_SPACE.sub("", text[at: tail.start("tail")].strip(" :：,，"))
        if not head:
            return [text.strip(" :：")]
        out.append(head)
        _value_runs(out, tail.group("tail"))
        at = tail.end()
    rest = text[at:].strip(" :：")
    return [*out, rest] if rest else out


_NOTE_AFTER = re.compile(r"(?<=\d)(?=[\u4e00-\u9fff])")  # a note opening on a word after the row's last figure
_DATE_WORD = re.compile("[年月日]")


def note_opening(text: str) -> int | None:
    """Where a row's note, a sentence, opens ("…107.5秋季干旱，栽植延后"): right after the last figure before its first
    clause mark; None when ``text`` holds no clause mark or no word right after a figure before it."""
    clause = CLAUSE.search(text)
    cuts = list(_NOTE_AFTER.finditer(text, 0, clause.start())) if clause is not None else []
    return cuts[-1].start() if cuts else None


def row_note(text: str) -> int | None:
    """Where a row's note opens (:func:`note_opening`), when it opens on no unit or date word (then the figure before
    is the note's own: "…15日，…", "…120万元，…"); else None."""
    at = note_opening(text)
    return None if at is None or UNIT_OPENING.match(text, at) or _DATE_WORD.match(text, at) else at


def _noted_row(text: str) -> list[str] | None:
    """"某某完工时间2024年10月31日前2024年11月20日107.5秋季干旱，栽植延后": a row whose values no row tail reads (a
    time target and outcome are dates, not figures with units), its note a sentence opening on a word right after
    the row's last figure: the row's cells, then the note whole. None unless the words before the note's first clause
    end on that figure, the note opening on no unit or date word (then the figure is the note's own: "…15日，…"),
    and the cells before it read as a name, two values at least (a date among them: a row of figures with units
    is the row tails' to read, and a scoring table's criteria after a weight, "…控制率4以100%为标准。", are no note)
    and a bare run of points."""
    at = row_note(text)
    if at is None:
        return None
    cells = cells_between(text[:at])
    if len(cells) < 4 or not _DIGITS.fullmatch(cells[-1]) or any(c.isdecimal() for c in cells[0]) \
            or sum(any(c.isdecimal() for c in cell) for cell in cells[1:-1]) < 2 \
            or not any(_DATE_WORD.search(cell) for cell in cells[1:-1]):
        return None
    return [*cells, text[at:].strip(" :：")]


# a level's weight after its word, the next cell's text right after ("项目决策(10分)项目目标完整性") or the next
# of the form's words ("…6项目产出(30分)" | "数量指标…") (or at the stretch's start, after a level word that cut it:
# "数量指标" | "(10分)保障人数…")
_LEVEL_WEIGHT = re.compile(r"(?:^|(?<=[\u4e00-\u9fff]))[(（]\d{1,3}(?:\.\d)?分[)）](?=[\u4e00-\u9fff]|$)")


def _levels_weighted(text: str) -> list[str]:
    """"…2项目决策(10分)项目目标完整性4…": each level with its weight one cell, the next name another."""
    out: list[str] = []
    at = 0
    for note in _LEVEL_WEIGHT.finditer(text):
        head = cells_between(text[at: note.start()])
        if head and not any(c.isdecimal() for c in head[-1]):
            head[-1] += note.group(0)
        else:
            head.append(note.group(0))
        out.extend(head)
        at = note.end()
    out.extend(cells_between(text[at:]))
    return out


# a period between two words of a name ("取得2018-2022监测资料"): its years are text, not the row's figures
_YEAR_SPAN = re.compile(r"(?<=[\u4e00-\u9fff])(?:19|20)\d{2}\s*[-—–~至]\s*(?:19|20)\d{2}(?=年?[\u4e00-\u9fff])")
_HIDE_DIGITS = str.maketrans("0123456789-—–~", "".join(chr(0xE000 + k) for k in range(14)))
_SHOW_DIGITS = {v: k for k, v in _HIDE_DIGITS.items()}
_HIDDEN_DIGITS = re.compile("[\ue000-\ue00d]")


def _hide_year_spans(text: str) -> str:
    """A period's years written inside a name turned to characters no figure is read from (turned back after)."""
    return _YEAR_SPAN.sub(lambda span: span.group(0).translate(_HIDE_DIGITS), text)


# a date and the words after it, up to the next figure ("2024年10月底前", "2023年9月完成"): a time target or outcome;
# with no year, its day or 底 / 末 written ("12月31日前", "11月底前", "12月18日")
_DATED = re.compile(r"(?:(?:19|20)\d{2}年\d{1,2}月(?:\d{1,2}日)?|(?<![\d.])(?:1[0-2]|0?[1-9])月(?:[1-3]?\d日|底|末))"
                    r"[^\d≥≤<>=＝﹦—/／]*")


# a 执行率 in a cell of its own ("…549.83—98.07%—"): what the row's fused amounts must give
_OWN_RATE = re.compile(r"(?:^|[^\d.%])\d{1,3}(?:\.\d{1,2})?%")


def _value_runs(out: list[str], text: str, rated: bool = False) -> None:
    """The value cells of ``text`` appended to ``out``. ``rated``: the row states its 执行率 in a cell of its own,
    so amounts run together ("15261580.41549.83") stay one cell for the aligner to split at that rate (a cut at
    their decimals reads 15261580.41 | 549.83 where a sheet that drops trailing zeros wrote 1526 | 1580.4 |
    1549.83)."""
    at = 0
    figures_end = 0  # where the run of figures and points holding the figure at hand ends (found once for the run)
    percent = "%" in text
    for run in _VALUE_RUN.finditer(text):
        if run.start() < at or not run.group(0).strip():
            continue
        digit = text[run.start()].isdigit()
        if digit and run.start() >= figures_end:
            figures_end = _DIGITS.match(text, run.start()).end()  # type: ignore[union-attr]  # (a digit opens it)
        amounts = _rated_amounts(text, run.start()) if digit and percent else None
        if amounts is not None:
            out.extend(map(GuessedCell, amounts))
            at = text.index("%", run.start()) + 1
            noted = _POINTS_NOTE.match(text, at)  # the row's points, then its note to the end ("…未达100%"): one cell
            if noted is not None:
                _value_runs(out, text[at: noted.start("note")])
                out.append(noted.group("note"))
                return
            continue
        if rated and 0 < run.start() == at and _AMOUNT_RUN.fullmatch(out[-1]) and _AMOUNT_RUN.fullmatch(run.group(0)):
            out[-1] = str(out[-1]) + run.group(0)
            at = run.end()
            continue
        if 0 < run.start() == at and text[at].isdigit() and _rate_recut(str(out[-1]), run.group(0)):
            # "…1792436.896.37%": the amounts' last decimal is the rate's first digit; the run stays one cell, the
            # aligner splits it at the rate (as a run of amounts beside a rate of its own, above)
            out[-1] = str(out[-1]) + run.group(0)
            at = run.end()
            continue
        if 0 < run.start() == at and text[at - 1].isdigit() and text[at].isdigit():
            # "356.40341.15": a figure cut from the one before it at its decimals, no separator between: both a guess
            out[-1] = GuessedCell(out[-1])
            cut = True
        else:
            cut = False
        whole = dotted_run(text, run.start(), figures_end) if digit else None
        if whole is not None and len(_VALUE_RUN.findall(whole)) >= 3:
            out.append(whole)  # "0.5100.210": fused figures no two-decimal cut reads; the row's columns will
            at = figures_end
        else:
            # (a run of digits is no text written twice: "951010010" is not 951 | 010 | 010)
            parts = _qualitative_tail(run.group(0)) if not _DIGITS.fullmatch(run.group(0)) else [run.group(0)]
            at = run.end()
            measured = _MEASURED.match(text, at) if len(parts) == 3 and parts[2] == run.group(0)[-len(parts[2]):] \
                else None
            if measured is not None and _RELATIVE.match(parts[1]):
                # "…较上年减少减少3.2%": a change against last year, its word written again with a figure and its unit:
                # the target the change ("较上年减少"), the actual the word and the figure ("减少3.2%")
                parts, at = [*parts[:2], parts[2] + measured.group(0)], measured.end()
            # a name cut from the worded target and actual run onto it: where it ends is a guess
            out.extend(parts if len(parts) == 1 else map(GuessedCell, parts))
        if cut:
            out[-1] = GuessedCell(out[-1])


# amounts and their 执行率 run together, the rate's first digit right after the amounts' last
# ("3862.54215.84096.3497.17%"); a row's points then its note to the line's end
_RATED_RUN = re.compile(r"\d+\.\d[\d.]*\d%")
_POINTS_NOTE = re.compile(r"[\d.+\-−]*(?P<note>[\u4e00-\u9fff].*)$")
_RATED_ROLES = (["budget", "executed", "rate"], ["budget", "budget", "executed", "rate"])


def _rated_amounts(text: str, at: int) -> list[str] | None:
    """The amounts and the rate of a run of amounts (two points at least) with its 执行率 fused on at ``at``, where
    exactly one split of two amounts or of three (budget, adjusted budget, outturn) gives the rate (执行率 = 执行数 ÷
    预算数): a sheet that drops trailing zeros (3862.5 | 4215.8 | 4096.34 | 97.17%) is cut at no decimal; else None
    (the runs cut it)."""
    # (a run longer than a split takes is split in no way: not walked to its end from each figure of a longer one)
    run = _RATED_RUN.match(text, at, at + MAX_POINTED_RUN + 1)
    if run is None or run.group(0).count(".") < 2 or (at and text[at - 1].isdigit()):
        return None  # (one point: a completion rate's "100.00%" is no 10 | 0.0 | 0%)
    splits = [split for roles in _RATED_ROLES if (split := split_money_run(run.group(0), roles)) is not None]
    return splits[0] if len(splits) == 1 else None


def _rate_recut(amounts: str, rate: str) -> bool:
    """Whether a budget and its outturn run together with the 执行率 right after them were cut a digit wrong
    ("18600001792436.896.37%": the figure took two decimals, so 1792436.89 | 6.37%): no split of the amounts gives
    the rate as cut (执行率 = 执行数 ÷ 预算数), and one split of the amounts without their last digit gives the rate
    with it (1860000 | 1792436.8 at 96.37%)."""
    return rate.endswith("%") and _AMOUNT_RUN.fullmatch(amounts) is not None and amounts[-2:-1] != "." \
        and split_money_run(amounts, _BUDGET_SPENT, rate) is None \
        and split_money_run(amounts[:-1], _BUDGET_SPENT, amounts[-1] + rate) is not None


_BUDGET_SPENT = ["budget", "executed"]
_DIGITS = re.compile(r"[\d.]+")
_AMOUNT_RUN = re.compile(r"\d+(?:\.\d+)+")  # figures with decimals, no unit or % (fused amounts: "1526.001580.40")
# figures run together with a decimal point among them and no unit or % after ("0.5100.210" of 0.5 | 10 | 0.2 | 10)
_DOTTED_HEAD = re.compile(r"\d+\.\d")
_DOTTED_END = re.compile(r"(?![\d.%])(?![\u4e00-\u9fff]{1,2}(?:[^\u4e00-\u9fff]|$))")


def dotted_run(text: str, at: int, end: int) -> str | None:
    """What ``\\d+\\.\\d[\\d.]*`` then ``_DOTTED_END`` matches at ``at``, ``end`` being where the run of figures and
    points holding ``at`` ends: a figure or a point follows anywhere before it, so the pattern's run ends there or
    nowhere, and the run is walked once, not again from each of its figures (8,000 of "1.1" then "中": quadratic)."""
    if _DOTTED_HEAD.match(text, at) is None or _DOTTED_END.match(text, end) is None:
        return None
    return text[at:end]


# a figure with a unit or % (no points: a weight or a score is bare or in 分) right after a word written twice
_MEASURED = re.compile(_FIGURE + r"(?:%|(?!分)" + UNITS + ")")
# the comparison with last year that opens a worded target ("较上年减少", "同比下降"), ending where the name's text does
_RELATIVE = re.compile("(?:" + lexicon()["relative_to_last_year"] + ")$")

_DOUBLED = 4  # a text written twice over, each half this long or longer: two cells alike, whatever the words


def _qualitative_tail(text: str) -> list[str]:
    """"工程运行维护机制健全基本健全" → the name and the two qualitative values run onto it ("是是": a yes and a
    yes)."""
    half = len(text) // 2
    if len(text) % 2 == 0 and half >= 1 and text[:half] == text[half:] and (
            _qualitative().search(text[:half]) or half >= _DOUBLED or text[:half] in lexicon()["yes_no_values"]):
        return [text[:half], text[half:]]  # "健全健全", "符合相关文件要求符合相关文件要求": target and actual alike
    for size in range(min(8, (len(text) - 2) // 2), 1, -1):  # "耕地地力保持稳定保持稳定": name, target, actual
        if text[-2 * size: -size] == text[-size:]:
            # "某某排放量较上年下降下降": the comparison with last year before the word is the target's ("较上年下降")
            lead = _RELATIVE.search(text, 0, len(text) - size)
            name = text[: lead.start()] if lead is not None and lead.start() >= 2 else text[: -2 * size]
            return [name, text[len(name): -size], text[-size:]]
    degreed = degree_tail().search(text)  # "项目完成及时性及时较及时": name, the word, the word qualified
    if degreed is not None and degreed.start() >= 2:
        return [text[: degreed.start()], degreed.group(1), degreed.group(0)[len(degreed.group(1)):]]
    values: list[str] = []
    rest = text
    while len(values) < 2:
        cut = max(0, len(rest) - _longest_qualitative())  # the words end the text: only its tail can match
        tail = _qualitative().search(rest, cut)
        if tail is None or (tail.start() == 0 and not values):
            break
        values.insert(0, tail.group(0))
        rest = rest[: tail.start()]
        if not rest:
            break
    if len(values) < 2 or len(rest) < 2:
        return [text]
    return [rest, *values]


@cache
def degree_tail() -> re.Pattern[str]:
    """A target word of two to four characters, then the same word after a degree word (较, 基本 …): "达标基本达标"."""
    degrees = "|".join(map(re.escape, sorted(lexicon()["value_degrees"], key=len, reverse=True)))
    return re.compile(rf"([\u4e00-\u9fff]{{2,4}})(?:{degrees})\1$")


@cache
def _longest_qualitative() -> int:
    return max(map(len, lexicon()["qualitative_values"]))


@cache
def _qualitative() -> re.Pattern[str]:
    words = sorted(lexicon()["qualitative_values"], key=len, reverse=True)
    return re.compile("(?:" + "|".join(re.escape(w) for w in words) + ")$")


def points_cuts(run: str) -> list[tuple[str, str]]:
    """The cuts of a weight and a score run together into two figures within a row's points ("1010" → 10 | 10;
    "1010.5": 10 | 10.5 only, 1 | 010.5 having a leading zero and 101 | 0.5 more points than a row holds); when
    several fit, those whose score is within the weight."""
    cuts = [(run[:k], run[k:]) for k in range(1, len(run))
            if POINT_FIGURE.fullmatch(run[:k]) and POINT_FIGURE.fullmatch(run[k:]) and Decimal(run[:k]) <= MOST_POINTS
            and Decimal(run[k:]) <= MOST_POINTS]
    return cuts if len(cuts) <= 1 else [(w, s) for w, s in cuts if Decimal(s) <= Decimal(w)]
