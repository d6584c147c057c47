"""A small, safe evaluator for the simple spreadsheet formulas score tables use, for workbooks saved
without cached results (openpyxl, some web exports): numbers, strings, cell references, ranges in
SUM/AVERAGE/MIN/MAX/COUNT, ROUND/ABS/N/IF, + − × ÷, %, comparisons and parentheses. Anything else
raises :class:`FormulaError` (the cell is then treated as missing). No ``eval``."""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from jixiao import limits

_TOKEN = re.compile(
    r"\s*(?:(?P<num>\d+(?:\.\d*)?(?:[eE][-+]?\d+)?|\.\d+)|(?P<str>\"(?:[^\"]|\"\")*\")"
    r"|(?P<range>\$?[A-Z]{1,3}\$?\d+\s*:\s*\$?[A-Z]{1,3}\$?\d+)|(?P<ref>\$?[A-Z]{1,3}\$?\d+)(?![A-Z(])"
    r"|(?P<func>[A-Z][A-Z0-9.]*)\s*\(|(?P<op><>|>=|<=|[-+*/%(),<>=&]))"
)
_CELL = re.compile(r"\$?([A-Z]{1,3})\$?(\d+)")
_MAX_DEPTH = 50

Value = Decimal | str | bool | None


class FormulaError(ValueError):
    """The formula uses something this evaluator does not handle."""


def column_index(letters: str) -> int:
    """A → 1, Z → 26, AA → 27."""
    index = 0
    for ch in letters:
        index = index * 26 + ord(ch) - 64
    return index


def _tokens(formula: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    pos = 0
    text = formula.strip()
    while pos < len(text):
        match = _TOKEN.match(text, pos)
        if not match or match.end() == pos:
            raise FormulaError(f"无法识别的公式内容：{text[pos:pos + 10]}")
        kind = match.lastgroup or ""
        out.append((kind, match.group(kind)))
        pos = match.end()
    return out


def evaluate(formula: str, cell: Callable[[int, int], Value], depth: int = 0) -> Value:
    """Value of ``formula`` ("=SUM(G8:G18)"); ``cell(row, col)`` (1-based) gives a referenced cell's value."""
    if depth > _MAX_DEPTH:
        raise FormulaError("公式引用层次过深或循环引用")
    body = formula.strip()
    if body.startswith("="):
        body = body[1:]
    parser = _Parser(_tokens(body.upper() if '"' not in body else body), cell)
    value = parser.comparison()
    if parser.pos != len(parser.tokens):
        raise FormulaError("公式有多余内容")
    return value


def _number(value: Any) -> Decimal:
    if isinstance(value, bool):
        return Decimal(int(value))
    if value is None or value == "":
        return Decimal(0)
    if isinstance(value, Decimal):
        return value
    try:
        return Decimal(str(value).replace(",", ""))
    except InvalidOperation:
        raise FormulaError(f"不是数值：{value}") from None


class _Parser:
    def __init__(self, tokens: list[tuple[str, str]], cell: Callable[[int, int], Value]) -> None:
        self.tokens = tokens
        self.pos = 0
        self.cell = cell

    def _peek(self) -> tuple[str, str] | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def _take(self, op: str | None = None) -> tuple[str, str]:
        token = self._peek()
        if token is None or (op is not None and token != ("op", op)):
            raise FormulaError("公式不完整")
        self.pos += 1
        return token

    def comparison(self) -> Value:
        left = self.additive()
        token = self._peek()
        if token and token[0] == "op" and token[1] in ("<", ">", "<=", ">=", "=", "<>"):
            self.pos += 1
            right = self.additive()
            if isinstance(left, str) or isinstance(right, str):
                a, b = str(left or ""), str(right or "")
                return {"=": a == b, "<>": a != b}.get(token[1], False)
            x, y = _number(left), _number(right)
            return {"<": x < y, ">": x > y, "<=": x <= y, ">=": x >= y, "=": x == y, "<>": x != y}[token[1]]
        return left

    def additive(self) -> Value:
        value = self.term()
        while (token := self._peek()) in (("op", "+"), ("op", "-"), ("op", "&")):
            assert token is not None
            self.pos += 1
            right = self.term()
            if token[1] == "&":
                value = f"{'' if value is None else value}{'' if right is None else right}"
                if len(value) > limits.current().formula_chars:
                    raise FormulaError(f"公式结果超过 {limits.current().formula_chars:,} 个字符（Excel 单元格上限）")
            else:
                value = _number(value) + _number(right) if token[1] == "+" else _number(value) - _number(right)
        return value

    def term(self) -> Value:
        value = self.unary()
        while (token := self._peek()) in (("op", "*"), ("op", "/")):
            assert token is not None
            self.pos += 1
            right = _number(self.unary())
            if token[1] == "/":
                if right == 0:
                    raise FormulaError("公式除以零")
                value = _number(value) / right
            else:
                value = _number(value) * right
        return value

    def unary(self) -> Value:
        token = self._peek()
        if token in (("op", "-"), ("op", "+")):
            self.pos += 1
            number = _number(self.unary())
            return -number if token == ("op", "-") else number
        value = self.primary()
        while self._peek() == ("op", "%"):
            self.pos += 1
            value = _number(value) / 100
        return value

    def primary(self) -> Value:
        kind, text = self._take()
        if kind == "num":
            return Decimal(text)
        if kind == "str":
            return text[1:-1].replace('""', '"')
        if kind == "ref":
            return self._ref(text)
        if kind == "range":
            raise FormulaError("区域只能用在函数中")
        if kind == "func":
            return self._call(text)
        if (kind, text) == ("op", "("):
            value = self.comparison()
            self._take(")")
            return value
        raise FormulaError(f"公式中无法识别：{text}")

    def _ref(self, text: str) -> Value:
        match = _CELL.fullmatch(text.strip())
        assert match
        return self.cell(int(match.group(2)), column_index(match.group(1)))

    def _range(self, text: str) -> list[Value]:
        first, last = (_CELL.fullmatch(part.strip()) for part in text.split(":"))
        assert first and last
        rows = sorted((int(first.group(2)), int(last.group(2))))
        cols = sorted((column_index(first.group(1)), column_index(last.group(1))))
        if (rows[1] - rows[0] + 1) * (cols[1] - cols[0] + 1) > 10000:
            raise FormulaError("公式引用的区域过大")
        return [self.cell(r, c) for r in range(rows[0], rows[1] + 1) for c in range(cols[0], cols[1] + 1)]

    def _args(self) -> list[Any]:
        args: list[Any] = []
        if self._peek() == ("op", ")"):
            self.pos += 1
            return args
        while True:
            token = self._peek()
            if token and token[0] == "range":
                self.pos += 1
                args.append(self._range(token[1]))
            else:
                args.append(self.comparison())
            _, text = self._take()
            if text == ")":
                return args
            if text != ",":
                raise FormulaError("函数参数格式不对")

    def _call(self, name: str) -> Value:
        args = self._args()
        if name in ("SUM", "AVERAGE", "MIN", "MAX", "COUNT"):
            numbers = [v for a in args for v in (a if isinstance(a, list) else [a])
                       if isinstance(v, Decimal) and not isinstance(v, bool)]
            if name == "SUM":
                return sum(numbers, Decimal(0))
            if name == "COUNT":
                return Decimal(len(numbers))
            if not numbers:
                return Decimal(0)
            if name == "AVERAGE":
                return sum(numbers, Decimal(0)) / len(numbers)
            return min(numbers) if name == "MIN" else max(numbers)
        if any(isinstance(a, list) for a in args):
            raise FormulaError(f"函数 {name} 不接受区域")
        if name == "ROUND" and len(args) in (1, 2):
            places = int(_number(args[1])) if len(args) == 2 else 0
            return _number(args[0]).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
        if name == "ABS" and len(args) == 1:
            return abs(_number(args[0]))
        if name == "N" and len(args) == 1:
            return args[0] if isinstance(args[0], Decimal) else Decimal(0)
        if name == "IF" and len(args) in (2, 3):
            condition = args[0]
            truth = condition if isinstance(condition, bool) else _number(condition) != 0
            return args[1] if truth else (args[2] if len(args) == 3 else False)
        raise FormulaError(f"不支持的函数：{name}")
