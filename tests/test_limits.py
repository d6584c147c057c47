"""The input limits: one message shape, zip members counted while inflating, YAML/JSON data checked
before the model sees it."""

from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from decimal import Decimal
from pathlib import Path

import pytest

from jixiao import limits
from jixiao.errors import InputError
from jixiao.limits.data import check_data, number_digits, yaml_prepass
from jixiao.limits.zips import check_container, inflate, member_name, open_zip
from jixiao.modelio import load_evaluation, parse_evaluation_text

MB = limits.MB


def test_message_names_the_limit_its_value_and_the_option() -> None:
    with pytest.raises(limits.LimitError) as info:
        limits.check("pages", 5000, "x.pdf")
    assert str(info.value) == "x.pdf：超过上限：页数 5,000 页，上限 500 页（可用 --max-pages 调高）"
    error = limits.LimitError("a.docx", "member_bytes", 1024 * MB, subject="word/document.xml")
    assert str(error) == "a.docx：word/document.xml 超过上限：解压后 1.0 GB，上限 200 MB"


def test_limits_are_changed_for_a_block_only() -> None:
    with limits.using(limits.current().replace(pages=2000, text_chars=None)):
        limits.check("pages", 1500, "x.pdf")
        assert limits.current().text_chars == limits.Limits().text_chars
    with pytest.raises(limits.LimitError):
        limits.check("pages", 1500, "x.pdf")


def test_printable_escapes_line_breaks_controls_and_undecodable_bytes() -> None:
    name = b"\xff\xfe\xe6\x8a\xa5\xe5\x91\x8a\n.txt".decode("utf-8", "surrogateescape")
    assert limits.printable(name) == "\\xff\\xfe报告\\n.txt"
    assert limits.printable("a\x00b\u2028c") == "a\\x00b\\u2028c"
    assert limits.printable("\ud800").encode("utf-8")  # a lone surrogate is escaped, so it can be written


def test_file_problems_have_one_wording(tmp_path: Path) -> None:
    assert limits.file_problem(tmp_path / "missing.txt") == "文件不存在"
    assert limits.file_problem(tmp_path) == "是文件夹，不是文件"
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    assert limits.file_problem(loop) == "符号链接循环"
    with pytest.raises(InputError, match=r"文件不存在$"):
        limits.check_file(tmp_path / "missing.txt")


def test_digits_are_counted_written_out() -> None:
    assert number_digits(Decimal("123.45")) == 5
    assert number_digits(Decimal("1E+400")) == 401
    assert number_digits(Decimal("0.001")) == 4
    assert number_digits(10**5000) == 5001


def _zip(path: Path, members: list[tuple[str, bytes, int]]) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        for name, data, method in members:
            zf.writestr(zipfile.ZipInfo(name), data, compress_type=method)
    return path


def _claim(path: Path, size: int) -> None:
    """Make both directories of a one-member zip claim ``size`` bytes inflated."""
    data = bytearray(path.read_bytes())
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        struct.pack_into("<L", data, data.index(signature) + offset, size)
    path.write_bytes(bytes(data))


def test_a_member_is_measured_by_what_it_inflates_to_not_its_header(tmp_path: Path) -> None:
    big = _zip(tmp_path / "big.docx", [("word/document.xml", b"<a/>" + b" " * (3 * MB), zipfile.ZIP_DEFLATED)])
    with limits.using(limits.current().replace(xml_bytes=MB)), pytest.raises(limits.LimitError) as info:
        check_container(big, "Word")
    assert str(info.value).endswith("word/document.xml 超过上限：XML 部件解压后超过 1 MB（已停止解压）")
    small = _zip(tmp_path / "small.docx", [("word/document.xml", b"<a/>", zipfile.ZIP_DEFLATED)])
    _claim(small, 4_000_000_000)  # a header claiming 4 GB does not make 4 bytes a bomb
    assert check_container(small, "Word").total == 4
    _claim(big, 10)  # nor does one claiming 10 bytes hide 3 MB: the stream stops there, as damaged
    with pytest.raises(InputError, match="已损坏"):
        check_container(big, "Word")


def test_ratio_total_and_member_count_are_capped(tmp_path: Path) -> None:
    zeros = _zip(tmp_path / "zeros.xlsx", [("xl/media/a.bin", bytes(6 * MB), zipfile.ZIP_DEFLATED)])
    with pytest.raises(limits.LimitError, match=r"压缩比 .* 倍（疑似压缩炸弹"):
        check_container(zeros, "Excel")
    many = _zip(tmp_path / "many.docx", [(f"f{i}.txt", b"x", zipfile.ZIP_STORED) for i in range(30)])
    with limits.using(limits.current().replace(members=20)), pytest.raises(limits.LimitError, match="文件数 30 个"):
        check_container(many, "Word")
    parts = _zip(tmp_path / "parts.docx", [(f"p{i}.bin", bytes(range(256)) * 4096, 8) for i in range(3)])
    with limits.using(limits.current().replace(container_bytes=2 * MB)), \
            pytest.raises(limits.LimitError, match="解压后合计超过 2 MB"):
        check_container(parts, "Word")


@pytest.mark.parametrize(("method", "words"), [(zipfile.ZIP_BZIP2, "bzip2"), (zipfile.ZIP_LZMA, "LZMA")])
def test_only_office_compression_methods(tmp_path: Path, method: int, words: str) -> None:
    path = _zip(tmp_path / "odd.docx", [("word/document.xml", b"<a/>", method)])
    with pytest.raises(InputError, match=f"不支持的压缩方式（{words}）"):
        check_container(path, "Word")


def test_encrypted_members_are_named_as_such(tmp_path: Path) -> None:
    path = _zip(tmp_path / "locked.zip", [("a.txt", b"secret", zipfile.ZIP_STORED)])
    data = bytearray(path.read_bytes())
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = data.index(signature)
        struct.pack_into("<H", data, at + offset, 1)
    path.write_bytes(bytes(data))
    with open_zip(path) as zf, pytest.raises(InputError, match=r"a\.txt 已加密"):
        inflate(zf, zf.infolist()[0], "locked.zip", limits.zips.Budget(10 * MB))


def test_names_flagged_utf8_that_are_not_are_read_as_legacy_names(tmp_path: Path) -> None:
    path = _zip(tmp_path / "names.zip", [("XX.txt", b"hello", zipfile.ZIP_STORED)])
    buffer = bytearray(path.read_bytes().replace(b"XX", "报".encode("gbk")))  # GBK bytes, not UTF-8
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = buffer.index(signature)
        struct.pack_into("<H", buffer, at + offset, 0x800)
    path.write_bytes(bytes(buffer))
    with pytest.raises(UnicodeDecodeError):
        zipfile.ZipFile(path)
    with open_zip(path) as zf:
        info = zf.infolist()[0]
        assert member_name(info) == "报.txt"
        assert zf.read(info) == b"hello"


def test_yaml_aliases_beyond_the_budget_are_refused() -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 9)]
    with pytest.raises(limits.LimitError, match="YAML 别名展开超过 1,000 个节点"):
        yaml_prepass("\n".join(lines), "lol.yaml")
    yaml_prepass("a: &a [1, 2]\nb: *a\n", "ok.yaml")  # a small reuse is fine


def test_nesting_is_capped_in_yaml_and_json() -> None:
    with pytest.raises(limits.LimitError, match="嵌套 65 层（第 2 行），上限 64 层"):
        parse_evaluation_text("year: 2024\ntitle: " + "[" * 100 + "]" * 100, "yaml", "deep.yaml")
    with pytest.raises(limits.LimitError, match="嵌套"):
        parse_evaluation_text('{"year": 2024, "title": ' + "[" * 100_000 + "]" * 100_000 + "}", "json", "d.json")


@pytest.mark.parametrize(("text", "fmt", "words"), [
    ("year: 2024\nunit: {staff_total: " + "9" * 5000 + "}\n", "yaml", "unit.staff_total：超过上限：数字位数 5,000 位"),
    ('{"year": 2024, "budget": {"initial": 1' + "0" * 29 + "}}", "json", "budget.initial：超过上限：数字位数 30 位"),
    ("year: 2024\nindicators:\n- {name: a, weight: 5, stated_score: 1e400}\n", "yaml", "数字位数 401 位"),
    ("year: 2024\nindicators:\n- {name: a, weight: .inf}\n", "yaml", "indicators[0].weight：必须是有限的数字"),
    ('{"year": 2024, "budget": {"executed": NaN}}', "json", "budget.executed：必须是有限的数字"),
    ('{"year": 2024, "title": "\\ud800"}', "json", "title：文字含有无效的 Unicode 字符"),
])
def test_numbers_and_text_are_checked_before_any_arithmetic(text: str, fmt: str, words: str) -> None:
    with pytest.raises(InputError) as info:
        parse_evaluation_text(text, fmt, "bad")
    assert words in str(info.value) and str(info.value).startswith("bad：")


def test_indicator_count_and_file_size(tmp_path: Path) -> None:
    data = {"year": 2024, "indicators": [{"name": "a", "weight": 1}] * 600}
    with pytest.raises(limits.LimitError, match="指标数 600 个，上限 500 个"):
        check_data(data, "many.json")
    big = tmp_path / "big.json"
    with big.open("wb") as out:
        out.write(b'{"year": 2024, "title": "' + b"x" * (6 * MB) + b'"}')
    with pytest.raises(limits.LimitError, match=r"评价文件大小 6\.0 MB，上限 5 MB"):
        load_evaluation(big)


def test_a_deflate_stream_is_read_in_bounded_chunks() -> None:
    data = zlib.compress(bytes(2 * MB))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("z.bin", bytes(2 * MB), compress_type=zipfile.ZIP_DEFLATED)
    seen: list[int] = []
    with zipfile.ZipFile(buffer) as zf:
        size = inflate(zf, zf.infolist()[0], "z.zip", limits.zips.Budget(10 * MB), lambda c: seen.append(len(c)))
    assert size == 2 * MB and max(seen) <= limits.zips.CHUNK and len(data) < 10_000


def test_every_limit_is_in_the_readme_with_its_default_and_option() -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    rows = {m.group(1): m.group(0) for m in re.finditer(r"^\| `(\w+)` \|.*$", readme, flags=re.MULTILINE)}
    defaults = limits.Limits()
    for key, spec in limits.SPECS.items():
        assert key in rows, f"README 的上限表缺少 {key}"
        value = getattr(defaults, key)
        shown = limits.show_bytes(value).replace(".0 GB", " GB") if spec.unit == "bytes" else f"{value:,}"
        assert f"| {shown}" in rows[key], (key, shown)
        if spec.option:
            assert spec.option in rows[key], key


def test_markup_nesting_and_size_are_capped_before_parsing() -> None:
    sloppy = "<table>" + "<tr><td>a<td>b<p>c" * 5000 + "</table>"  # cells HTML closes by itself: no depth
    limits.check_markup(sloppy, "ok.md")
    with pytest.raises(limits.LimitError, match=r"标记嵌套超过 256 层（HTML）"):
        limits.check_markup("<span>" * 300 + "x" + "</span>" * 300, "deep.md")
    with limits.using(limits.current().replace(markup_tags=1000)), \
            pytest.raises(limits.LimitError, match="HTML 标记超过 1,000 个"):
        limits.check_markup("<b>x</b>" * 600, "many.md")


def test_a_text_line_longer_than_a_paragraph_can_be_is_refused(tmp_path: Path) -> None:
    from jixiao.readers import read_any

    path = tmp_path / "line.txt"
    path.write_text("2024年度报告\n" + "字" * 1_000_001, encoding="utf-8")
    with pytest.raises(limits.LimitError, match="一行文字 1,000,001 字，上限 1,000,000 字"):
        read_any(path)


def test_a_member_named_by_a_nul_byte_is_refused_not_a_crash(tmp_path: Path) -> None:
    """Found by the fuzz suite: zipfile cuts the name at NUL, and ``ZipInfo.is_dir`` fails on ''."""
    path = _zip(tmp_path / "nul.docx", [("x", b"<a/>", zipfile.ZIP_DEFLATED)])
    data = bytearray(path.read_bytes())
    for at in [i for i in range(len(data) - 1) if data[i:i + 1] == b"x"]:
        data[at] = 0
    path.write_bytes(bytes(data))
    with pytest.raises(InputError, match="没有名称"):
        check_container(path, "Word")


@pytest.mark.parametrize(("bit", "words"), [(0x20, r"b\.xml 使用不支持的压缩方式（压缩补丁数据）"),
                                            (0x40, r"b\.xml 已加密（强加密）")])
def test_a_member_zipfile_cannot_open_is_named_unsupported_not_damaged(tmp_path: Path, bit: int, words: str) -> None:
    path = _zip(tmp_path / "odd.zip", [("b.xml", b"<b/>", zipfile.ZIP_DEFLATED)])
    data = bytearray(path.read_bytes())
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        struct.pack_into("<H", data, data.index(signature) + offset, bit)
    path.write_bytes(bytes(data))
    with open_zip(path) as zf, pytest.raises(InputError, match=words) as info:
        inflate(zf, zf.infolist()[0], "odd.zip", limits.zips.Budget(10 * MB))
    assert "已损坏" not in str(info.value)


def test_a_zip_of_a_newer_format_version_is_named_unsupported_not_damaged(tmp_path: Path) -> None:
    path = _zip(tmp_path / "new.docx", [("word/document.xml", b"<a/>", zipfile.ZIP_DEFLATED)])
    data = bytearray(path.read_bytes())
    struct.pack_into("<B", data, data.index(b"PK\x01\x02") + 6, 99)  # needs zip version 9.9 to extract
    path.write_bytes(bytes(data))
    words = r"new\.docx：Word使用了不支持的 zip 格式或压缩方式（zip file version 9\.9）"
    with pytest.raises(InputError, match=words) as info:
        open_zip(path, "Word")
    assert "已损坏" not in str(info.value)


def test_a_parsed_models_text_numbers_and_keys_are_checked_wherever_they_sit() -> None:
    """check_data on a model (what a report reader gives): a clean one passes; one bad value anywhere,
    in a source reference, an indicator or a provenance key, is named by its path."""
    from jixiao.readers import read_any

    seed = Path(__file__).parent / "data" / "seed" / "daxing-2024.txt"
    check_data(read_any(seed).evaluation, "seed.txt")  # a clean model: nothing to say
    evaluation = read_any(seed).evaluation
    evaluation.provenance["title"].text = "标题\ud800"
    surrogate = r"^x：provenance\.title\.text：文字含有无效的 Unicode 字符（孤立的代理项 \\ud800）"
    with pytest.raises(InputError, match=surrogate):
        check_data(evaluation, "x")
    evaluation = read_any(seed).evaluation  # (a source reference's location is its other text)
    evaluation.provenance["title"].location = "第1行\ud800"
    with pytest.raises(InputError, match=r"^x：provenance\.title\.location：文字含有无效的 Unicode 字符"):
        check_data(evaluation, "x")
    evaluation = read_any(seed).evaluation
    evaluation.indicators[-1].weight = Decimal("1E+30")
    with pytest.raises(InputError, match=r"indicators\[\d+\]\.weight：超过上限：数字位数 31 位"):
        check_data(evaluation, "x")
    evaluation = read_any(seed).evaluation
    evaluation.provenance["\udc80"] = evaluation.provenance["title"]
    with pytest.raises(InputError, match="provenance：字段名含有无效的 Unicode 字符"):
        check_data(evaluation, "x")


def test_read_bytes_reads_a_file_that_grew_since_it_was_measured_to_the_limit(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"0123456789")
    assert limits.read_bytes(path) == b"0123456789"
    monkeypatch.setattr(limits, "check_file", lambda p, key="file_bytes": 3)  # measured before it grew
    assert limits.read_bytes(path) == b"0123456789"
    with limits.using(limits.Limits(file_bytes=5)):
        assert limits.read_bytes(path) == b"012345"  # the limit and one byte: the caller sees it is over
