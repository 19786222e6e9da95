"""Arithmetic formulas a workbook saved without their results, worked out as Excel would on opening it.

Programs that write workbooks (report exporters, openpyxl, PhpSpreadsheet) often store a 合计 as
`=SUM(D4:D9)` with no cached value; Excel computes it when a reviewer opens the file. Only what such
totals use is understood — numbers, cell references on the same sheet, ranges, + - * /, parentheses,
SUM and ROUND — so every result is exact arithmetic over the sheet's own stored numbers. Anything else
(other sheets, lookups, text functions) stays unknown, and the cell stays empty.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ingest.xlsx_format import excel_round

Place = tuple[int, int]  # (row, column)
_TOKEN = re.compile(r"\s*(?:(?P<range>\$?[A-Z]{1,3}\$?\d+:\$?[A-Z]{1,3}\$?\d+)|(?P<ref>\$?[A-Z]{1,3}\$?\d+)|"
                    r"(?P<number>\d+(?:\.\d+)?(?:[eE][+-]?\d+)?%?)|(?P<name>SUM|ROUND)\s*\(|(?P<op>[-+*/(),]))")
MAX_RANGE_CELLS = 20_000
MAX_TOKENS = 400


class Unknown(Exception):
    """The formula uses what this evaluator does not know, or a cell whose value is not known."""


def _place(ref: str) -> Place:
    match = re.fullmatch(r"\$?([A-Z]{1,3})\$?(\d+)", ref)
    if not match:
        raise Unknown(ref)
    column = 0
    for ch in match.group(1):
        column = column * 26 + ord(ch) - 64
    return int(match.group(2)), column


def _tokens(formula: str) -> list[tuple[str, str]]:
    text = formula.lstrip("=").strip()
    tokens, position = [], 0
    while position < len(text):
        match = _TOKEN.match(text, position)
        if not match or match.end() == position:
            raise Unknown(text[position:position + 12])
        kind = match.lastgroup or ""
        tokens.append((kind, match.group(kind)))
        position = match.end()
        if len(tokens) > MAX_TOKENS:
            raise Unknown("too long")
    return tokens


class _Parser:
    """Recursive descent over: expr = term (+|- term)*; term = factor (*|/ factor)*;
    factor = -factor | number | ref | (expr) | SUM(args) | ROUND(expr, expr)."""

    def __init__(self, tokens: list[tuple[str, str]], value: Callable[[Place], float]) -> None:
        self.tokens, self.at, self.value = tokens, 0, value

    def peek(self) -> tuple[str, str]:
        return self.tokens[self.at] if self.at < len(self.tokens) else ("end", "")

    def take(self, text: str | None = None) -> tuple[str, str]:
        token = self.peek()
        if token[0] == "end" or text is not None and token[1] != text:
            raise Unknown(f"expected {text}")
        self.at += 1
        return token

    def expr(self) -> float:
        result = self.term()
        while self.peek()[1] in ("+", "-"):
            result = result + self.term() if self.take()[1] == "+" else result - self.term()
        return result

    def term(self) -> float:
        result = self.factor()
        while self.peek()[1] in ("*", "/"):
            if self.take()[1] == "*":
                result *= self.factor()
            else:
                divisor = self.factor()
                if divisor == 0:
                    raise Unknown("#DIV/0!")
                result /= divisor
        return result

    def factor(self) -> float:
        kind, text = self.take()
        if text == "-":
            return -self.factor()
        if text == "+":
            return self.factor()
        if kind == "number":
            return float(text[:-1]) / 100 if text.endswith("%") else float(text)
        if kind == "ref":
            return self.value(_place(text))
        if text == "(":
            result = self.expr()
            self.take(")")
            return result
        if kind == "name":
            return self.call(text.rstrip("( ").upper())
        raise Unknown(text)

    def call(self, name: str) -> float:
        args: list[float] = []
        while True:
            if self.peek()[0] == "range":
                args.append(self.range_sum(self.take()[1]))
            else:
                args.append(self.expr())
            if self.take()[1] == ")":
                break
        if name == "SUM":
            return sum(args)
        if name == "ROUND" and len(args) == 2:
            return float(excel_round(args[0], int(args[1])))  # halves away from zero, as Excel
        raise Unknown(name)

    def range_sum(self, text: str) -> float:
        (r0, c0), (r1, c1) = (_place(part) for part in text.split(":"))
        if (abs(r1 - r0) + 1) * (abs(c1 - c0) + 1) > MAX_RANGE_CELLS:
            raise Unknown("range too large")
        return sum(self.value((r, c), True) for r in range(min(r0, r1), max(r0, r1) + 1)  # type: ignore[call-arg]
                   for c in range(min(c0, c1), max(c0, c1) + 1))


def evaluate(formulas: dict[Place, str], numbers: dict[Place, float], texts: set[Place]) -> dict[Place, float]:
    """Values for the formulas that can be worked out. `numbers`: the sheet's stored numbers; `texts`: cells
    holding text (a SUM skips them, arithmetic on them is unknown). A formula depending on one not worked
    out (or on itself) stays unknown."""
    known: dict[Place, float] = {}
    pending = dict(formulas)
    for _ in range(len(pending) + 1):  # each pass settles at least one, or none ever will
        settled = {}
        for place, formula in pending.items():
            def value(ref: Place, in_range: bool = False) -> float:
                if ref in numbers:
                    return numbers[ref]
                if ref in known:
                    return known[ref]
                if ref in pending or (ref in texts and not in_range):  # SUM skips text; arithmetic on it fails
                    raise Unknown(f"{ref}")
                return 0.0  # a blank cell

            try:
                parser = _Parser(_tokens(formula), value)
                result = parser.expr()
                if parser.peek()[0] != "end":
                    raise Unknown("trailing")
            except (Unknown, ValueError, OverflowError, RecursionError):
                continue
            settled[place] = result
        if not settled:
            break
        known.update(settled)
        for place in settled:
            del pending[place]
    return known
