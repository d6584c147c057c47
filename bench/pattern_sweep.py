"""Every compiled pattern of the reader and the checks timed on hostile lines: a sweep for super-linear matching.

The patterns are collected by importing every module under ``jixiao.readers`` (``extract`` with it) and
``jixiao.checks`` and walking its globals (and the lists, tuples, sets and dicts they hold, so the lexicon-built
ones come too) for ``re.Pattern``. Each is given ``search``, ``finditer`` (run to its end) and ``fullmatch`` on:

- 10,000-character lines built from the pattern's own characters: a run of each (a digit, a CJK character, a
  space, a bracket, each literal character the pattern names), each literal word it names repeated, two of them
  alternated, a random mix of them;
- 2,000 repeats of its likely partial match: a string the pattern's parse tree spells (each repeat taken once or
  twice, each branch in turn), cut short by a character and by half, and the whole one followed by a character
  it cannot take.

Each case runs in a worker process that is killed after ``--limit`` seconds (a catastrophic pattern is reported
as over the limit, not waited for). Prints every case over ``--report`` milliseconds, slowest first.

    .venv/bin/python bench/pattern_sweep.py [--limit 5] [--report 50] [--only MODULE_PART] [--per-module N] [-v]
"""

from __future__ import annotations

import argparse
import importlib
import multiprocessing as mp
import pkgutil
import random
import re
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.append(str(ROOT / "src"))  # (after PYTHONPATH: a tree of another commit can be swept)

_PARSER = importlib.import_module("re._parser")
_CONST = importlib.import_module("re._constants")

PACKAGES = ("jixiao.readers", "jixiao.checks")
LINE = 10_000
REPEATS = 2_000
OPERATIONS = ("search", "finditer", "fullmatch")
KILLS = 2  # cases of a pattern killed before its other cases are left (reported so)
_BASE = ["1", "中", " ", "(", "（", "）", ")", "\n", "\t", "a", "A", "%", "，", "。", ":", "：", "|", "0.5", "万元"]


def _contents(value: object, depth: int = 0) -> Iterator[object]:
    yield value
    if depth < 3:
        if isinstance(value, dict):
            for item in value.values():
                yield from _contents(item, depth + 1)
        elif isinstance(value, (list, tuple, set, frozenset)):
            for item in value:
                yield from _contents(item, depth + 1)


def collect(only: str = "") -> list[tuple[str, re.Pattern[str]]]:
    """(module.name, pattern) of every compiled str pattern, each pattern once (the first module naming it)."""
    found: dict[tuple[str, int], tuple[str, re.Pattern[str]]] = {}
    for package_name in PACKAGES:
        package = importlib.import_module(package_name)
        names = [package_name] + [m.name for m in pkgutil.walk_packages(package.__path__, package_name + ".")]
        for name in names:
            module = importlib.import_module(name)
            for attribute, value in sorted(vars(module).items()):
                for item in _contents(value):
                    if isinstance(item, re.Pattern) and isinstance(item.pattern, str):
                        key = (item.pattern, item.flags)
                        found.setdefault(key, (f"{name}.{attribute}", item))
    return [entry for entry in found.values() if only in entry[0]]


def sample(only: str = "", per_module: int = 0) -> list[tuple[str, re.Pattern[str]]]:
    """The patterns ``collect`` gives; with ``per_module``, that many of each module, those with the most repeats
    first (a pattern with no repeat taken more than once left out), in the order ``collect`` gives them."""
    found = collect(only)
    if not per_module:
        return found
    ranked: dict[str, list[tuple[int, int]]] = {}
    for index, (name, pattern) in enumerate(found):
        count = len(list(_repeats(_PARSER.parse(pattern.pattern, pattern.flags))))
        if count:
            ranked.setdefault(name.rsplit(".", 1)[0], []).append((-count, index))
    kept = sorted(index for entries in ranked.values() for _, index in sorted(entries)[:per_module])
    return [found[index] for index in kept]


def _class_chars(items: list[tuple[object, object]]) -> list[str]:
    chars: list[str] = []
    for op, av in items:
        if op is _CONST.LITERAL:
            chars.append(chr(av))  # type: ignore[arg-type]
        elif op is _CONST.RANGE:
            low, high = int(av[0]), int(av[1])  # type: ignore[index]
            chars.extend({chr(low), chr((low + high) // 2), chr(high)})
        elif op is _CONST.CATEGORY:
            chars.extend({"CATEGORY_DIGIT": ["1"], "CATEGORY_SPACE": [" "]}.get(str(av), ["a"]))
    return chars


def _pieces(tree: object, chars: set[str], words: set[str]) -> None:
    """The characters and literal words a parse tree names (a run of literals is a word)."""
    run = ""
    for op, av in tree:  # type: ignore[attr-defined]
        if op is _CONST.LITERAL:
            chars.add(chr(av))
            run += chr(av)
            continue
        if len(run) > 1:
            words.add(run)
        run = ""
        if op is _CONST.IN:
            chars.update(c for c in _class_chars(av) if c.isprintable() or c in "\n\t")
        elif op in (_CONST.MAX_REPEAT, _CONST.MIN_REPEAT, _CONST.POSSESSIVE_REPEAT):
            _pieces(av[2], chars, words)
        elif op is _CONST.SUBPATTERN:
            _pieces(av[3], chars, words)
        elif op is _CONST.ATOMIC_GROUP:
            _pieces(av, chars, words)
        elif op is _CONST.BRANCH:
            for branch in av[1]:
                _pieces(branch, chars, words)
        elif op in (_CONST.ASSERT, _CONST.ASSERT_NOT):
            _pieces(av[1], chars, words)
        elif op is _CONST.GROUPREF_EXISTS:
            _pieces(av[1], chars, words)
            if av[2] is not None:
                _pieces(av[2], chars, words)
    if len(run) > 1:
        words.add(run)


def _repeats(tree: object) -> Iterator[object]:
    """The repeats of a parse tree that can be taken more than once."""
    for op, av in tree:  # type: ignore[attr-defined]
        if op in (_CONST.MAX_REPEAT, _CONST.MIN_REPEAT, _CONST.POSSESSIVE_REPEAT):
            if av[1] > 1:
                yield av
            yield from _repeats(av[2])
        elif op is _CONST.SUBPATTERN:
            yield from _repeats(av[3])
        elif op is _CONST.ATOMIC_GROUP:
            yield from _repeats(av)
        elif op is _CONST.BRANCH:
            for branch in av[1]:
                yield from _repeats(branch)
        elif op is _CONST.GROUPREF_EXISTS:
            yield from _repeats(av[1])


def _spell(tree: object, rng: random.Random, times: int, big: object = None, repeats: int = REPEATS) -> str:
    """A string the tree spells: each repeat taken ``times`` times (within its bounds), ``big`` as often as it may
    up to ``repeats``, a random branch each time."""
    out = []
    for op, av in tree:  # type: ignore[attr-defined]
        if op is _CONST.LITERAL:
            out.append(chr(av))
        elif op is _CONST.NOT_LITERAL:
            out.append("中" if chr(av) != "中" else "a")
        elif op is _CONST.ANY:
            out.append("中")
        elif op is _CONST.IN:
            if av and av[0][0] is _CONST.NEGATE:
                banned = set(_class_chars(av[1:]))
                out.append(next(c for c in ("中", "a", "1", "x", "」") if c not in banned))
            else:
                chars = _class_chars(av)
                out.append(rng.choice(chars) if chars else "a")
        elif op in (_CONST.MAX_REPEAT, _CONST.MIN_REPEAT, _CONST.POSSESSIVE_REPEAT):
            low, high, sub = av
            if av is big:  # one spelling of its body, repeated
                out.append(_spell(sub, rng, times) * min(high, repeats))
                continue
            count = min(max(low, min(times, high if high != _CONST.MAXREPEAT else times)), 40)
            out.extend(_spell(sub, rng, times, big, repeats) for _ in range(count))
        elif op is _CONST.SUBPATTERN:
            out.append(_spell(av[3], rng, times, big, repeats))
        elif op is _CONST.ATOMIC_GROUP:
            out.append(_spell(av, rng, times, big, repeats))
        elif op is _CONST.BRANCH:
            out.append(_spell(rng.choice(av[1]), rng, times, big, repeats))
        elif op is _CONST.GROUPREF_EXISTS:
            out.append(_spell(av[1], rng, times, big, repeats))
        elif op is _CONST.ASSERT and av[0] < 0:  # a look-behind: what it wants before the place
            wanted = _spell(av[1], rng, times)
            if not "".join(out).endswith(wanted):
                out.append(wanted)
    return "".join(out)


def inputs(pattern: re.Pattern[str], seed: int = 0, scale: int = 1, quick: bool = False) -> Iterator[tuple[str, str]]:
    """(name, text) of the hostile lines for a pattern, ``scale`` times as long (the same lines otherwise);
    ``quick``: a third of them (fewer of its characters and words, alternations, repeats and partial matches)."""
    rng = random.Random(seed)
    share = 2 if quick else 1
    line, repeats = LINE * scale, REPEATS * scale
    tree = _PARSER.parse(pattern.pattern, pattern.flags)
    chars: set[str] = set()
    words: set[str] = set()
    _pieces(tree, chars, words)
    kept = sorted(c for c in chars if c not in "\r\x0b\x0c")
    said = sorted(words)
    # (a lexicon's pattern names hundreds: 24 of its characters and 12 of its words, spread over them)
    kept, said = kept[:: max(1, len(kept) // 24)][:24 // share], said[:: max(1, len(said) // 12)][:12 // share]
    pieces = sorted(set(kept) | set(_BASE[:: share])) + said
    for piece in pieces:
        yield f"run {piece!r}", (piece * (line // len(piece) + 1))[:line]
    for _ in range(8 // share ** 2):
        first, second = rng.sample(pieces, 2)
        yield f"alternate {first!r} {second!r}", ((first + second) * (line // len(first + second) + 1))[:line]
        third = rng.choice(pieces)
        yield f"run {first!r} then {third!r}", first * (line // len(first)) + third
    for number in range(2):
        mixing = random.Random(seed + 100 + number)
        text = "".join(mixing.choice(pieces) for _ in range(line // 2))[:line]
        yield f"mix {number}", text
    for number, repeat in enumerate(list(_repeats(tree))[: 6 // share]):
        long = _spell(tree, rng, 1, repeat, repeats)[: line * 4]
        yield f"repeat {number} taken {REPEATS} times then '\\x01': {long[:24]!r}", long + "\x01"
        yield f"repeat {number} taken {REPEATS} times, its end cut, then '中': {long[:24]!r}", long[:-1] + "中"
    for number in range(3 // share):
        whole = _spell(tree, rng, 1 + number % 3)
        for cut, name, end in ((whole[:-1], "cut by one", "\x01"), (whole[: len(whole) // 2], "cut by half", ""),
                               (whole, "whole", "中")):
            if cut:
                repeated = cut * max(1, min(repeats, 4 * line // len(cut))) + end
                yield f"{REPEATS} × partial {number} {name} then {end!r}: {cut[:24]!r}", repeated


def _time_case(pattern: re.Pattern[str], text: str) -> tuple[float, float, float]:
    start = time.perf_counter()
    pattern.search(text)
    searched = time.perf_counter()
    for _ in pattern.finditer(text):
        pass
    iterated = time.perf_counter()
    pattern.fullmatch(text)
    return searched - start, iterated - searched, time.perf_counter() - iterated


def _worker(only: str, first: tuple[int, int], quick: bool, per_module: int, queue: mp.Queue) -> None:
    """Times the cases from ``first`` (pattern, case) on, saying when each starts (so a killed one is known)."""
    for number, (name, pattern) in enumerate(sample(only, per_module)):
        if number < first[0]:
            continue
        for index, (case, text) in enumerate(inputs(pattern, quick=quick)):
            if (number, index) >= first:
                queue.put(((number, index), name, case, None))  # started
                queue.put(((number, index), name, case, _time_case(pattern, text)))
    queue.put(None)


def sweep(only: str, limit: float, quick: bool = False,
          per_module: int = 0) -> Iterator[tuple[str, str, tuple[float, float, float] | None]]:
    """(pattern, case, (search, finditer, fullmatch) seconds or None when over the limit) for every case of the
    patterns ``sample`` gives."""
    first = (0, 0)
    kills: dict[str, int] = {}
    while True:
        queue: mp.Queue = mp.Queue()
        process = mp.Process(target=_worker, args=(only, first, quick, per_module, queue), daemon=True)
        process.start()
        started: tuple[tuple[int, int], str, str] | None = None
        while True:
            try:
                message = queue.get(timeout=limit if started else 20 * limit)
            except Exception:  # over the limit: the case is killed and the sweep goes on after it
                process.kill()
                process.join()
                if started is None:  # (a case not even made in the time: the next pattern)
                    first = (first[0] + 1, 0)
                    yield f"pattern {first[0] - 1}", "(its cases not made in the time)", None
                    break
                yield started[1], started[2], None
                kills[started[1]] = kills.get(started[1], 0) + 1
                number, index = started[0]
                first = (number + 1, 0) if kills[started[1]] >= KILLS else (number, index + 1)  # (its others left)
                break
            if message is None:
                process.join()
                return
            number, name, case, seconds = message
            first = number
            if seconds is None:
                started = (number, name, case)
            else:
                started = None
                yield name, case, seconds


_LISTED = re.compile(r"^\s*\d+ ms  (\S+)  (search|finditer|fullmatch|over [\d.]+ s \(killed\))  (.*)$")


def _best(pattern: re.Pattern[str], text: str, op: str) -> float:
    """The operation's best time of three (of one when it takes over 0.2 s); of the slowest when it was killed."""
    best = float("inf")
    for _ in range(3):
        times = _time_case(pattern, text)
        best = min(best, times[OPERATIONS.index(op)] if op in OPERATIONS else max(times))
        if best > 0.2:
            break
    return best


_HEAD = "一、单位基本情况\n某某服务中心在职人员23人。\n"
_TAIL = "\n二、项目自评\n本项目自评得分90分。\n"


def _read_time(text: str) -> float:
    """Seconds ``read_any`` takes on a small report holding ``text`` as a line of its own."""
    from jixiao.readers import read_any

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "报告.txt"
        path.write_text(_HEAD + text.replace("\n", " ") + _TAIL, encoding="utf-8")
        start = time.perf_counter()
        read_any(path)
        return time.perf_counter() - start


def _recheck_one(name: str, case: str, op: str, read: bool, quick: bool, queue: mp.Queue) -> None:
    pattern = dict(collect(name))[name]
    sized = [dict(inputs(pattern, scale=scale, quick=quick)).get(case) for scale in (1, 2)]
    if None in sized:
        queue.put(None)
    else:
        queue.put(tuple(_read_time(text) if read else _best(pattern, text, op) for text in sized if text))


def recheck(listing: Path, limit: float, read: bool, quick: bool) -> None:
    """Each (pattern, case, operation) a sweep printed, timed again (best of three) at its size and twice it: the
    growth tells a super-linear pattern (about 4 for quadratic) from a load's stall (about 2 or less). ``read``:
    the time of ``read_any`` on a report holding the case's line instead (line ends made spaces), the pattern's
    cost where the reader meets it."""
    seen: set[tuple[str, str, str]] = set()
    for line in listing.read_text(encoding="utf-8").splitlines():
        found = _LISTED.match(line)
        if found is None:
            continue
        name, op, case = found.group(1, 2, 3)
        if (name, op, case) in seen:
            continue
        seen.add((name, op, case))
        queue: mp.Queue = mp.Queue()
        process = mp.Process(target=_recheck_one, args=(name, case, op, read, quick, queue), daemon=True)
        process.start()
        try:
            timed = queue.get(timeout=limit)
            if timed is None:
                shown = f"{'(case not made)':>29}"
            else:
                once, twice = timed
                shown = f"{once * 1000:10.0f} ms {twice * 1000:10.0f} ms  ×{twice / max(once, 1e-9):5.1f}"
        except Exception:
            shown = f"{'over ' + format(limit, 'g') + ' s':>29}"
        process.kill()
        process.join()
        print(f"{shown}  {name}  {op.split(' (')[0]}  {case}", flush=True)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=float, default=5.0, help="seconds a case may take before it is killed")
    parser.add_argument("--report", type=float, default=50.0, help="milliseconds over which a case is printed")
    parser.add_argument("--only", default="", help="patterns whose module.name holds this")
    parser.add_argument("--per-module", type=int, default=0, help="that many patterns of each module, those with "
                        "the most repeats (a budget's sample)")
    parser.add_argument("-v", action="store_true", help="print each case over the mark as it is found")
    parser.add_argument("--quick", action="store_true", help="a third of the cases (a loaded machine; with --recheck: "
                        "of a quick sweep)")
    parser.add_argument("--recheck", type=Path, help="a sweep's output: each case it printed timed again, then twice "
                        "as long (best of three; --limit for both)")
    parser.add_argument("--read", action="store_true", help="with --recheck: time read_any on a report holding "
                        "each case's line")
    args = parser.parse_args(argv)
    if args.recheck:
        collect()  # (imported once, before the workers are forked)
        if args.read:
            _read_time("某某")  # (the reader's lazy imports and caches filled once, before the workers are forked)
        recheck(args.recheck, args.limit, args.read, args.quick)
        return 0
    print(f"{len(sample(args.only, args.per_module))} patterns", flush=True)
    slow: list[tuple[float, str, str, str]] = []
    cases = 0
    last = ""
    for name, case, seconds in sweep(args.only, args.limit, args.quick, args.per_module):
        cases += 1
        if args.v and name != last:
            print(f"  ({cases} cases) {name}", file=sys.stderr, flush=True)
            last = name
        if seconds is None:
            found = [(args.limit * 1000, name, case, f"over {args.limit:g} s (killed)")]
        else:
            timed = zip(seconds, ("search", "finditer", "fullmatch"), strict=True)
            found = [(s * 1000, name, case, op) for s, op in timed if s * 1000 > args.report]
        for entry in found:
            slow.append(entry)
            if args.v:
                print(f"  {entry[0]:10.0f} ms  {entry[1]}  {entry[3]}  {entry[2]}", flush=True)
    print(f"{cases} cases; over {args.report:g} ms: {len(slow)}")
    for ms, name, case, op in sorted(slow, reverse=True):
        print(f"{ms:10.0f} ms  {name}  {op}  {case}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
