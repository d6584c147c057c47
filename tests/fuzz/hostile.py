"""Hostile and broken inputs of the three reliability issues (16, 17, 18), built on demand.

Each :class:`Case` writes its input into a folder and names the command that ran into trouble with
it; ``tests/fuzz/test_fuzz_corpus.py`` runs every case as a regression test, ``tests/fuzz/build_corpus.py``
writes them all for manual runs, and ``bench/bench_hostile.py`` measures each one's time and peak
memory in a process of its own. Bombs are built small on disk: a deflate stream of a repeated unit
is the unit compressed once after a full flush, repeated (a gigabyte of zeros is a megabyte).
"""

from __future__ import annotations

import bz2
import os
import struct
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from handmade_pdf import pdf_file

ROOT = Path(os.path.abspath(__file__)).parents[2]
SEED_TEXT = ROOT / "examples" / "daxing-2024.txt"
SEED_YAML = ROOT / "examples" / "daxing-2024.yaml"
DOCX = ROOT / "tests" / "data" / "reports" / "r03-haidian-school.docx"
XLSX = ROOT / "tests" / "data" / "reports" / "r07-longxi-street.xlsx"
MB = 1024 * 1024


# ---------------------------------------------------------------- zip building, small on disk

@dataclass
class Member:
    """A zip member given as its compressed bytes (``method``), what it inflates to, and its flags."""

    name: bytes
    data: bytes  # compressed
    size: int  # inflated size written in the headers
    crc: int = 0
    method: int = zipfile.ZIP_DEFLATED
    flags: int = 0


def deflated(data: bytes) -> bytes:
    c = zlib.compressobj(1 if len(data) > MB else 6, zlib.DEFLATED, -15)  # big members: fast to build
    return c.compress(data) + c.flush()


def member(name: str | bytes, data: bytes, method: int = zipfile.ZIP_DEFLATED, flags: int = 0,
           claim: int | None = None) -> Member:
    """A member holding ``data``; ``claim`` makes its headers lie about the inflated size."""
    raw = name if isinstance(name, bytes) else name.encode("utf-8")
    if isinstance(name, str) and not name.isascii():
        flags |= 0x800  # as zipfile writes non-ASCII names
    packed = {zipfile.ZIP_STORED: lambda d: d, zipfile.ZIP_DEFLATED: deflated,
              zipfile.ZIP_BZIP2: bz2.compress}[method](data)
    return Member(raw, packed, len(data) if claim is None else claim, zlib.crc32(data), method, flags)


def repeated(name: str, head: bytes, unit: bytes, times: int, tail: bytes = b"") -> Member:
    """A deflated member ``head + unit × times + tail`` built without inflating it: the unit's block
    after a full flush is the same every time. The CRC is computed over the real content."""
    step = max(1, MB // len(unit))  # units per block: a megabyte compresses to about a kilobyte
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    start = c.compress(head) + c.flush(zlib.Z_FULL_FLUSH)
    block = c.compress(unit * step) + c.flush(zlib.Z_FULL_FLUSH)
    rest = c.compress(unit * (times % step)) + c.flush(zlib.Z_FULL_FLUSH)
    end = c.compress(tail) + c.flush()
    crc = zlib.crc32(head)
    chunk = unit * step
    for _ in range(times // step):
        crc = zlib.crc32(chunk, crc)
    crc = zlib.crc32(unit * (times % step), crc)
    crc = zlib.crc32(tail, crc)
    data = start + block * (times // step) + rest + end
    return Member(name.encode(), data, len(head) + len(unit) * times + len(tail), crc)


def write_zip(path: Path, members: list[Member]) -> Path:
    path.write_bytes(zip_bytes(members))
    return path


def zip_bytes(members: list[Member]) -> bytes:
    """A zip with exactly these members (zip64 not needed: every claim stays under 4 GB)."""
    out = bytearray()
    central = bytearray()
    for m in members:
        offset = len(out)
        size = min(m.size, 0xFFFFFFFF)
        out += struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, m.flags, m.method, 0, 0x21, m.crc, len(m.data), size,
                           len(m.name), 0) + m.name + m.data
        central += struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 20, 20, m.flags, m.method, 0, 0x21, m.crc,
                               len(m.data), size, len(m.name), 0, 0, 0, 0, 0, offset) + m.name
    start = len(out)
    out += central + struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(members), len(members), len(central), start, 0)
    return bytes(out)


def office_members(source: Path, replace: dict[str, Member] | None = None, drop: tuple[str, ...] = (),
                   extra: list[Member] | None = None) -> list[Member]:
    """The members of a real docx/xlsx, some replaced, dropped or added."""
    replace = replace or {}
    members: list[Member] = []
    with zipfile.ZipFile(source) as zf:
        for info in zf.infolist():
            if info.filename in drop:
                continue
            members.append(replace.get(info.filename) or member(info.filename, zf.read(info)))
    return members + (extra or [])


# ---------------------------------------------------------------- the cases

@dataclass
class Case:
    """One hostile input: ``build(folder)`` writes it and returns the command-line paths."""

    name: str
    issue: int
    build: Callable[[Path], list[str]]
    commands: tuple[str, ...] = ("check",)
    note: str = ""
    tags: tuple[str, ...] = field(default=())


def _text(name: str, make: Callable[[], str], encoding: str = "utf-8") -> Callable[[Path], list[str]]:
    def build(folder: Path) -> list[str]:
        path = folder / name
        path.write_text(make(), encoding=encoding)
        return [str(path)]
    return build


def _bytes(name: str, make: Callable[[], bytes]) -> Callable[[Path], list[str]]:
    def build(folder: Path) -> list[str]:
        path = folder / name
        path.write_bytes(make())
        return [str(path)]
    return build


def _seed() -> str:
    return SEED_TEXT.read_text(encoding="utf-8")


def _laughs(where: str) -> str:
    """A billion laughs: nine levels of nine aliases (9⁹ strings once expanded) placed in ``where``."""
    lines = ["anchors:", "  a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"  a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 9)]
    body = {
        "title": "year: 2024\ntitle: *a8\n",
        "duties": "year: 2024\nunit:\n  name: 某镇人民政府\n  duties: *a8\n",
        "extra": "year: 2024\nindicators:\n- name: 完成率\n  weight: 10\n  laughs: *a8\n",
        "rule_params": "year: 2024\nindicators:\n- name: 完成率\n  weight: 10\n  rule_params: {points: *a8}\n",
    }[where]
    return "\n".join(lines) + "\n" + body


_INDICATOR_HEADER = "一级指标 | 二级指标 | 三级指标 | 分值 | 年度指标值 | 实际完成值 | 得分 | 偏差原因分析及改进措施\n"


def _indicator(extra: str) -> str:
    return f"year: 2024\nindicators:\n- name: 完成率\n  weight: 10\n  target: {{value: 95, unit: '%'}}\n{extra}"


def _sheet(rows: str, merges: str = "") -> bytes:
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    return (f'<worksheet xmlns="{ns}"><sheetData>{rows}</sheetData>{merges}</worksheet>').encode()


def _xlsx(folder: Path, name: str, sheet: Member) -> list[str]:
    path = write_zip(folder / name, office_members(XLSX, {"xl/worksheets/sheet1.xml": sheet}))
    return [str(path)]


def _formula_rows(formulas: list[str]) -> str:
    return "".join(f'<row r="{r}"><c r="A{r}"><f>{f}</f></c></row>' for r, f in enumerate(formulas, start=2))


def _pdf_pages(pages: int, ruled: bool = False) -> bytes:
    """A text PDF of ``pages`` pages (one line of Latin text each, built by hand); ``ruled`` pages also
    draw a 4 × 6 grid, so the reader looks for tables on each."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    kids = []
    for n in range(pages):
        stream = b"BT /F1 12 Tf 72 720 Td (Page %d of the report, 2024) Tj ET" % n
        if ruled:
            grid = b"".join(b" 72 %d m 472 %d l S" % (600 - 30 * r, 600 - 30 * r) for r in range(7))
            grid += b"".join(b" %d 600 m %d 420 l S" % (72 + 100 * c, 72 + 100 * c) for c in range(5))
            cells = b"".join(b" BT /F1 10 Tf %d %d Td (c%d) Tj ET" % (80 + 100 * c, 585 - 30 * r, r * 4 + c)
                             for r in range(6) for c in range(4))
            stream += grid + cells
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                       b"/Resources << /Font << /F1 3 0 R >> >> >>" % (len(objects)))
        kids.append(b"%d 0 R" % len(objects))
    objects[1] = b"<< /Type /Pages /Kids [" + b" ".join(kids) + b"] /Count %d >>" % pages
    return pdf_file(objects)


def _pdf_page(content: bytes) -> bytes:
    """A one-page PDF whose content stream (Flate-compressed) is ``content``."""
    packed = zlib.compress(content, 9)
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R "
               b"/Resources << /Font << /F1 3 0 R >> >> >>",
               b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed) + packed + b"\nendstream"]
    return pdf_file(objects)


def wrapped_text(lines: int) -> str:
    """Text copied out of a PDF: every line hard-wrapped at 38 characters."""
    text = "".join(line.strip() for line in _seed().splitlines()[20:60])
    body = (text * (lines * 38 // len(text) + 1))[: lines * 38]
    return "2024年度部门整体支出绩效自评报告\n" + "\n".join(body[i:i + 38] for i in range(0, len(body), 38))


def _big_file(name: str, size: int, head: bytes = b"", fill: bytes | Callable[[], bytes] = b"x"
              ) -> Callable[[Path], list[str]]:
    """A file of ``size`` bytes written in chunks (never held in memory)."""
    def build(folder: Path) -> list[str]:
        path = folder / name
        unit = fill() if callable(fill) else fill
        chunk = unit * max(1, MB // len(unit))  # whole units only: text never cut inside a character
        with path.open("wb") as out:
            out.write(head)
            for _ in range(max(1, (size - len(head)) // len(chunk))):
                out.write(chunk)
        return [str(path)]
    return build


def _zip_case(name: str, members: Callable[[], list[Member]]) -> Callable[[Path], list[str]]:
    def build(folder: Path) -> list[str]:
        return [str(write_zip(folder / name, members()))]
    return build


def _nested_bombs(folder: Path) -> list[str]:
    inner = folder / "inner.zip"
    write_zip(inner, [repeated("zeros.txt", b"", bytes(MB), 980)])
    data = inner.read_bytes()
    inner.unlink()
    outer = [Member(f"part{i}.zip".encode(), data, len(data), zlib.crc32(data), zipfile.ZIP_STORED) for i in range(8)]
    return [str(write_zip(folder / "nested-bombs.zip", outer))]


def _mixed_entries() -> list[Member]:
    seed = SEED_TEXT.read_bytes()
    other = seed.replace("大兴镇".encode(), "小河镇".encode())
    gbk = "报告".encode("gbk") + b".txt"
    return [member("a.txt", seed), member("a.txt", other), member("b.txt", seed), member("b.txt/inner.txt", other),
            member("长" * 200 + ".txt", seed), Member(gbk, deflated(seed), len(seed), zlib.crc32(seed), flags=0x800),
            member("packed.txt", seed, zipfile.ZIP_BZIP2), member("locked.txt", seed, flags=0x1),
            Member(b"lzma.txt", b"\x00" * 20, len(seed), zlib.crc32(seed), zipfile.ZIP_LZMA),
            Member(b"aes.txt", b"\x00" * 20, len(seed), 0, 99, flags=0x1),
            member("../escape.txt", seed)]


def _batch(folder: Path) -> list[str]:
    """Paths that used to vanish from a batch: a folder named like a report, link loops, hidden files,
    a name with a newline and undecodable bytes, a name that looks like a pattern."""
    batch = folder / "batch"
    (batch / "x.docx").mkdir(parents=True)
    (batch / "x.docx" / "inside.txt").write_bytes(SEED_TEXT.read_bytes())
    (batch / "loop").symlink_to(batch)
    (batch / "self.txt").symlink_to(batch / "self.txt")
    (batch / "gone.txt").symlink_to(batch / "missing.txt")
    (batch / ".hidden.txt").write_text("x", encoding="utf-8")
    (batch / "报告[终稿].txt").write_bytes(SEED_TEXT.read_bytes())
    odd = Path(os.fsdecode(bytes(batch) + b"/\xff\xfe-new\nline.txt"))
    odd.write_bytes(SEED_TEXT.read_bytes())
    (batch / "empty.txt").write_bytes(b"")
    return [str(batch), str(batch / "报告[终稿].txt")]


def _corrupt_member(source: Path, name: str) -> Callable[[Path], list[str]]:
    def build(folder: Path) -> list[str]:
        bad = member(name, b"<?xml version='1.0'?><broken><unclosed>")
        return [str(write_zip(folder / ("corrupt" + source.suffix), office_members(source, {name: bad})))]
    return build


def _surrogate_name(folder: Path) -> list[str]:
    path = Path(os.fsdecode(bytes(folder) + b"/report-\xff\xfe.txt"))
    path.write_bytes(SEED_TEXT.read_bytes())
    return [str(path)]


def _newline_name(folder: Path) -> list[str]:
    path = folder / "bad\nname.docx"
    path.write_bytes(b"PK\x03\x04 not a real docx")
    return [str(path)]


def _unreadable(folder: Path) -> list[str]:
    path = folder / "locked.txt"
    path.write_bytes(SEED_TEXT.read_bytes())
    path.chmod(0)
    return [str(path)]


def _unreadable_folder(folder: Path) -> list[str]:
    batch = folder / "batch"
    (batch / "closed").mkdir(parents=True)
    (batch / "closed" / "a.txt").write_bytes(SEED_TEXT.read_bytes())
    (batch / "open.txt").write_bytes(SEED_TEXT.read_bytes())
    (batch / "closed").chmod(0)
    return [str(batch)]


_PARA = "<w:p><w:r><w:t>本单位按照预算执行要求开展各项工作，提高资金使用效益。</w:t></w:r></w:p>".encode()
_W = b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
_DEEP_XML = _W + b"<w:p>" + b"<w:r>" * 100_000 + b"</w:r>" * 100_000 + b"</w:p></w:body></w:document>"

def _drawn_lines(count: int) -> bytes:
    return b"".join(b"%d %d m %d %d l S\n" % (i % 500, i % 800, i % 500 + 1, i % 800 + 1) for i in range(count))


CASES: list[Case] = [
    # issue 16: evaluation files
    *[Case(f"yaml-laughs-{w}", 16, _text(f"laughs-{w}.yaml", lambda w=w: _laughs(w)), ("score", "check"))
      for w in ("title", "duties", "extra", "rule_params")],
    Case("yaml-100k-indicators", 16, _text("many.yaml", lambda: "year: 2024\nindicators:\n"
                                             + "- {name: 完成率, weight: 1}\n" * 100_000)),
    Case("json-100k-indicators", 16, _text("many.json", lambda: '{"year": 2024, "indicators": ['
                                             + ",".join(['{"name": "完成率", "weight": 1}'] * 100_000) + "]}")),
    Case("json-100mb-string", 16, _big_file("big.json", 100 * MB, b'{"year": 2024, "title": "', b"x"), ("score",)),
    Case("rule-params-wrong-type", 16, _text("wrong.yaml", lambda: _indicator(
        "  actual: {value: 90, unit: '%'}\n  rule: deduction\n  rule_params: {points: '" + "五" * 1_000_000 + "'}\n")),
         ("score",)),
    Case("digits-30", 16, _text("digits.yaml", lambda: f"year: 2024\nbudget: {{initial: {'1' * 30}}}\n"
                                 f"indicators:\n- {{name: a, weight: {'2' * 30}}}\n"), ("score", "check")),
    Case("exponent-400", 16, _text("e400.yaml", lambda: _indicator("  stated_score: 1e400\n")), ("score", "check")),
    Case("infinity-nan", 16, _text("inf.yaml", lambda: _indicator("  stated_score: .inf\n  stated_deduction: .nan\n")),
         ("score", "check")),
    Case("int-5000-digits", 16, _text("staff.yaml", lambda: "year: 2024\nunit: {staff_total: " + "9" * 5000 + "}\n"),
         ("score", "check")),
    Case("json-deep-1e6", 16, _text("deep.json", lambda: "[" * 1_000_000 + "]" * 1_000_000)),
    Case("yaml-deep-rule-params", 16, _text("deep.yaml", lambda: _indicator(
        "  rule_params: {x: " + "[" * 1000 + "]" * 1000 + "}\n")), ("score",)),
    Case("yaml-nesting-100mb", 16, _big_file("nest.yaml", 100 * MB, b"year: 2024\ntitle: ", b"[")),
    Case("json-lone-surrogate", 16, _text("sur.json", lambda: '{"year": 2024, "title": "\\ud800"}'), ("score",)),
    Case("yaml-lone-surrogate", 16, _text("sur.yaml", lambda: 'year: 2024\ntitle: "\\ud800"\n'), ("score",)),
    Case("name-invalid-utf8", 16, _surrogate_name, ("parse", "check")),
    Case("docx-name-flagged-utf8", 16, lambda d: [str(write_zip(d / "names.docx", office_members(DOCX, extra=[
        Member("图片".encode("gbk") + b".png", b"\x89PNG", 4, zlib.crc32(b"\x89PNG"), zipfile.ZIP_STORED, 0x800)])))],
         ("parse",)),
    Case("docx-bzip2-claims-4gb", 16, lambda d: [str(write_zip(d / "bz.docx", office_members(DOCX, {
        "word/document.xml": member("word/document.xml", bytes(MB), zipfile.ZIP_BZIP2, claim=0xFFFFFFFF)})))],
         ("parse",)),
    Case("xlsx-bzip2-claims-4gb", 16, lambda d: [str(write_zip(d / "bz.xlsx", office_members(XLSX, {
        "xl/worksheets/sheet1.xml": member("xl/worksheets/sheet1.xml", bytes(MB), zipfile.ZIP_BZIP2,
                                           claim=0xFFFFFFFF)})))], ("parse",)),
    Case("docx-xml-200mb", 16, lambda d: [str(write_zip(d / "big.docx", office_members(DOCX, {
        "word/document.xml": repeated("word/document.xml", _W, _PARA, 200 * MB // len(_PARA),
                                      b"</w:body></w:document>")})))], ("parse",)),
    Case("docx-xml-deep", 16, lambda d: [str(write_zip(d / "deep.docx", office_members(DOCX, {
        "word/document.xml": member("word/document.xml", _DEEP_XML)})))], ("parse",)),
    Case("docx-20000-members", 16, lambda d: [str(write_zip(d / "many.docx", office_members(DOCX, extra=[
        member(f"word/media/x{i}.bin", b"x", zipfile.ZIP_STORED) for i in range(20_000)])))], ("parse",)),
    Case("zip-20000-files", 16, _zip_case("many.zip", lambda: [member(f"r{i}.txt", b"x", zipfile.ZIP_STORED)
                                                            for i in range(20_000)]), ("review",)),
    Case("zip-nested-8x980mb", 16, _nested_bombs, ("review",)),
    Case("pdf-5000-pages", 16, _bytes("long.pdf", lambda: _pdf_pages(5000)), ("parse",)),
    Case("pdf-500-ruled-pages", 16, _bytes("ruled.pdf", lambda: _pdf_pages(500, ruled=True)), ("parse",)),
    Case("pdf-content-bomb", 16, _bytes("bomb.pdf", lambda: _pdf_page(
        b"BT /F1 12 Tf 72 720 Td (2024) Tj ET\n" + b"BT 72 700 Td (x) Tj ET\n" * 2_000_000)), ("parse", "review")),
    Case("pdf-150k-objects", 16, _bytes("objects.pdf", lambda: _pdf_page(b"BT /F1 9 Tf 72 720 Td (2024) Tj ET\n"
                                                                         + _drawn_lines(150_000))), ("parse",)),
    Case("batch-paths", 16, _batch, ("review",)),
    Case("corrupt-xlsx-member", 16, _corrupt_member(XLSX, "xl/worksheets/sheet1.xml"), ("parse",)),
    Case("corrupt-pdf", 16, _bytes("corrupt.pdf", lambda: _pdf_pages(3)[:-200] + b"garbage" * 30), ("parse",)),
    Case("name-with-newline", 16, _newline_name, ("parse", "check")),
    Case("unreadable-file", 16, _unreadable, ("parse", "check", "score"), tags=("unprivileged",)),
    Case("unreadable-folder", 18, _unreadable_folder, ("review",), tags=("unprivileged",)),
    # issue 17: text and Markdown
    Case("md-heading-flood", 17, _text("headings.md", lambda: "2024年度绩效自评报告\n" + "".join(
        f"{'#' * (1 + i % 6)} 标题{i}\n" for i in range(90_000))), ("parse",)),
    Case("md-unclosed-tables", 17, _text("tables.md", lambda: "2024年度绩效自评报告\n"
                                         + "<table><tr><td>指标<td>分值\n" * 20_000), ("parse",)),
    Case("md-nested-spans", 17, _text("spans.md", lambda: "2024年度绩效自评报告\n<table><tr><td>" + "<span>" * 500_000
                                      + "得分" + "</span>" * 500_000 + "</td></tr></table>\n" + "<span>" * 500_000),
         ("parse",)),
    Case("html-nested-spans", 17, _text("spans.html", lambda: "<html><body><p>2024年度绩效自评报告</p>"
                                        + "<span>" * 500_000 + "得分" + "</span>" * 500_000 + "</body></html>"),
         ("parse",)),
    Case("html-unclosed-tables", 17, _text("tables.html", lambda: "<html><body><p>2024年度绩效自评报告</p>"
                                           + "<table><tr><td>指标<td>分值" * 20_000 + "</body></html>"), ("parse",)),
    Case("text-repeated-45mb", 17, _big_file("repeated.txt", 45 * MB, b"", SEED_TEXT.read_bytes), ("check",)),
    Case("text-one-48mb-line", 17, _big_file("line.txt", 48 * MB, "2024年度".encode(), "很长的一行".encode()),
         ("parse",)),
    Case("text-1m-short-lines", 17, _text("lines.txt", lambda: "2024年度\n" + "短行\n" * 1_000_000), ("parse",)),
    # issue 17: flattened tables (cells rebuilt from text) on hostile text
    Case("md-rule-then-spaces", 17, _text("rule.md", lambda: "2024年度\n| a |\n|--" + " " * 990_000 + "x\n"),
         ("parse",)),
    Case("text-prose-1m-line", 17, _text("prose.txt", lambda: "2024年度\n" + (
        "".join(line.strip() for line in _seed().splitlines()) * 1000)[:990_000]), ("parse",)),
    Case("flat-header-word-flood", 17, _text("scores.txt", lambda: "2024年度\n" + "得分 " * 300_000), ("parse",)),
    Case("flat-200k-cells", 17, _text("cells.txt", lambda: "2024年度\n" + _INDICATOR_HEADER + "|" + "|".join(
        ["产出", "率", "10", "9", "9"] * 40_000) + "|\n"), ("parse",)),
    Case("flat-fused-figures", 17, _text("fused.txt", lambda: "2024年度\n" + _INDICATOR_HEADER + "".join(
        f"| 完成率 | {'1' * 38}{i:02d} | 10 |\n" for i in range(5000))), ("parse",)),
    Case("flat-form-titles", 17, _text("titles.txt", lambda: "2024年度\n" + "自评表" * 330_000), ("parse",)),
    Case("flat-goal-rows", 17, _text("goals.txt", lambda: "2024年度\n" + "年度总体目标\n" * 29_000), ("parse",)),
    Case("flat-label-rows", 17, _text("labels.txt", lambda: "2024年度\n" + "项目名称\n" * 29_000), ("parse",)),
    Case("flat-header-rows", 17, _text("headers.txt", lambda: "2024年度\n" + "一级指标 二级指标 得分 分值 三级指标\n"
                                       * 29_000), ("parse",)),
    # issue 18: batches, slow paths, messages
    Case("zip-entries-by-index", 18, _zip_case("entries.zip", _mixed_entries), ("review",)),
    Case("wrapped-5000-lines", 18, _text("wrapped5k.txt", lambda: wrapped_text(5000)), ("parse",)),
    Case("wrapped-10000-lines", 18, _text("wrapped10k.txt", lambda: wrapped_text(10_000)), ("parse",)),
    Case("text-spaced-value-pairs", 18, _text("spaced.txt", lambda: "2024年度\n" + (  # runs of spaces beside the
        "某指标" + " " * 30 + "年度目标" + " " * 30 + "，实际完成值" + " " * 30 + "：\n") * 200), ("parse",)),  # values
    Case("text-space-run-lines", 10, _text("runs.txt", lambda: "2024年度\n" + (  # a page's metadata opening tried
        " " * 10_000 + "文号x\n" + "\u3000" * 10_000 + "发布日期\n") * 50), ("parse",)),  # at 10,000 spaces
    Case("score-long-strings", 18, _text("long.yaml", lambda: "year: 2024\nindicators:\n- name: " + "名" * 1_500_000
                                         + "\n  weight: 10\n  narrative: " + "述" * 100_000 + "\n"), ("score",)),
    Case("exponent-huge", 18, _text("e9.yaml", lambda: _indicator("  actual: {value: 1e999999999, unit: '%'}\n"
                                                                "  rule_params: {points: '1e999999999'}\n")),
         ("score", "check", "review")),
    Case("xlsx-cell-at-xfd1048576", 18, lambda d: _xlsx(d, "far.xlsx", member("xl/worksheets/sheet1.xml", _sheet(
        '<row r="1"><c r="A1" t="inlineStr"><is><t>2024年度绩效自评表</t></is></c></row>'
        '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'))), ("parse",)),
    Case("xlsx-merge-whole-sheet", 18, lambda d: _xlsx(d, "merge.xlsx", member("xl/worksheets/sheet1.xml", _sheet(
        '<row r="1"><c r="A1" t="inlineStr"><is><t>2024年度</t></is></c></row>',
        '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>'))), ("parse",)),
    Case("xlsx-1048576-rows", 18, lambda d: _xlsx(d, "rows.xlsx", member("xl/worksheets/sheet1.xml", _sheet("".join(
        f'<row r="{r}"><c r="A{r}"><v>{r}</v></c></row>' for r in range(1, 1_048_577))))), ("parse",)),
    Case("xlsx-xml-deep", 16, lambda d: _xlsx(d, "deep.xlsx", member("xl/worksheets/sheet1.xml", _sheet(
        '<row r="1"><c r="A1" t="inlineStr"><is>' + "<r>" * 200_000 + "</r>" * 200_000 + "</is></c></row>"))),
         ("parse",)),
    Case("xlsx-formula-doubling", 18, lambda d: _xlsx(d, "double.xlsx", member("xl/worksheets/sheet1.xml", _sheet(
        '<row r="1"><c r="A1" t="inlineStr"><is><t>2024年度自评表</t></is></c></row>'
        + _formula_rows([f"A{r}&amp;A{r}" for r in range(1, 41)])))), ("parse",)),
    Case("xlsx-formula-chain", 18, lambda d: _xlsx(d, "chain.xlsx", member("xl/worksheets/sheet1.xml", _sheet(
        '<row r="1"><c r="A1"><v>1</v></c><c r="B1" t="inlineStr"><is><t>2024年度绩效自评表</t></is></c></row>'
        + _formula_rows([f"A{r}+1" for r in range(1, 400)])))), ("parse",)),
]


def _varied_paragraphs(size: int) -> bytes:
    """Word paragraphs of varied text (compressing about 3:1, like a real report) up to ``size`` bytes."""
    import random

    rng = random.Random(7)
    words = [w for w in _seed().replace("\n", "，").split("，") if w]
    parts, total = [], 0
    while total < size:
        text = "，".join(rng.choice(words) for _ in range(6)) + "。"
        part = f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>".encode()
        parts.append(part)
        total += len(part)
    return _W + b"".join(parts) + b"</w:body></w:document>"


def _varied_cells(rows: int, cols: int) -> bytes:
    body = "".join(f'<row r="{r}">' + "".join(f'<c r="{chr(65 + c)}{r}"><v>{r * 31 + c * 7}.{r % 97}</v></c>'
                                              for c in range(cols)) + "</row>" for r in range(2, rows + 2))
    title = '<row r="1"><c r="A1" t="inlineStr"><is><t>2024年度部门整体支出绩效自评表</t></is></c></row>'
    return _sheet(title + body)


# Within every limit but as large as they allow: measured by bench_hostile (time, peak memory), not tests
# (bench_text_sizes measures text reports up to 10 MB).
LARGE: list[Case] = [
    Case("md-headings-under-limit", 17, _text("headings29k.md", lambda: "2024年度绩效自评报告\n" + "".join(
        f"{'#' * (1 + i % 6)} 标题{i}\n" for i in range(29_000))), ("parse",)),
    Case("docx-xml-30mb-varied", 16, lambda d: [str(write_zip(d / "large.docx", office_members(DOCX, {
        "word/document.xml": member("word/document.xml", _varied_paragraphs(30 * MB))})))], ("parse",)),
    Case("xlsx-190k-cells", 18, lambda d: _xlsx(d, "large.xlsx", member("xl/worksheets/sheet1.xml",
                                                                     _varied_cells(19_000, 10))), ("parse",)),
]


def by_name(name: str) -> Case:
    return next(case for case in [*CASES, *LARGE] if case.name == name)
