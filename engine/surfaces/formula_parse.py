"""Typed formula text -> a checked Python syntax tree, through a whitelist.

The text is parsed by :mod:`ast` (which builds a tree and never runs anything) and every
node is checked against a short list of allowed kinds; anything else is a FormulaError
naming the construct and its character position. :mod:`.formula_sympy` then translates
the checked tree into sympy. User text never reaches ``eval``, ``exec``, ``sympify`` or
``parse_expr``. This module needs only the standard library.

Grammar: x, y, numbers, ``+ - * / ** ^`` (``^`` is power), parentheses, unary minus,
the constants pi and e, and the functions in :data:`FUNCTIONS` (min and max take two
or more arguments).
"""
from __future__ import annotations

import ast
import difflib
import re
from typing import NamedTuple

MAX_LENGTH = 500
MAX_DEPTH = 40
MAX_NODES = 400

VARIABLES = ("x", "y")
CONSTANTS = ("pi", "e")
FUNCTIONS = ("sin", "cos", "tan", "exp", "log", "sqrt", "abs", "tanh", "sinh", "cosh", "arctan",
             "atan", "min", "max")
VARIADIC = {"min", "max"}
KNOWN = [*VARIABLES, *CONSTANTS, *FUNCTIONS]
_ALIASES = {"ln": "log", "arctg": "arctan", "PI": "pi", "Pi": "pi", "E": "e", "X": "x", "Y": "y"}
_OPERATORS = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/", ast.Pow: "**"}
_NOT_ALLOWED = {
    ast.Lambda: "Lambda expressions are", ast.ListComp: "List comprehensions are",
    ast.SetComp: "Set comprehensions are", ast.DictComp: "Dict comprehensions are",
    ast.GeneratorExp: "Generator expressions are", ast.Subscript: "Subscripts (indexing) are",
    ast.IfExp: "Conditional expressions (if/else) are", ast.Compare: "Comparisons are",
    ast.BoolOp: "'and' / 'or' are", ast.NamedExpr: "Assignment expressions (:=) are",
    ast.Tuple: "Tuples (a stray comma?) are", ast.List: "Lists are", ast.Set: "Sets are",
    ast.Dict: "Dicts are", ast.JoinedStr: "Strings are", ast.Starred: "Unpacking with '*' is",
    ast.Await: "'await' is", ast.Yield: "'yield' is", ast.YieldFrom: "'yield' is",
}
_FIRST_PART = {ast.Subscript: "value", ast.Compare: "left", ast.IfExp: "body"}
_KEYWORDS = re.compile(r"\b(import|from|lambda|def|class|for|while|if|else|return|yield|with|"
                       r"try|except|global|nonlocal|del|assert|raise|pass|async|await|not|and|"
                       r"or|in|is|None|True|False)\b")
_IMPLICIT = re.compile(r"(?<![\w.])(\d+(?:\.\d*)?(?:[eE][+-]?\d+)?)([A-Za-z_]\w*)")


class FormulaError(ValueError):
    """A formula that cannot become a surface: what is wrong and where (0-based offset)."""

    def __init__(self, message: str, position: int | None = None, hint: str = "") -> None:
        self.message, self.position, self.hint = message, position, hint
        where = f" at position {position}" if position is not None else ""
        super().__init__(f"{message}{where}." + (f" {hint}" if hint else ""))

    def __reduce__(self):
        return (type(self), (self.message, self.position, self.hint))


class Checked(NamedTuple):
    """An accepted formula: its tree, the text ast saw, and that text's offsets in the original."""

    tree: ast.expr
    source: str
    origin: list[int]

    def position(self, col: int) -> int:
        """The offset in the user's text of column ``col`` of ``source``."""
        return self.origin[min(col, len(self.origin) - 1)]

    def after(self, node: ast.AST) -> int:
        """The column of the first token after ``node`` (skipping spaces and ')')."""
        col = node.end_col_offset
        while col < len(self.source) and self.source[col] in " )":
            col += 1
        return col


def read(text: str) -> Checked:
    """The checked syntax tree of ``text``, or FormulaError naming the problem and position."""
    if not isinstance(text, str):
        raise FormulaError(f"The formula must be text, not {type(text).__name__}")
    if len(text) > MAX_LENGTH:
        raise FormulaError(f"The formula is too long ({len(text)} characters, at most {MAX_LENGTH})",
                           MAX_LENGTH)
    source, origin = _prepare(text)
    checked = Checked(_parse_tree(text, source, origin), source, origin)
    _Checker(checked).check()
    return checked


def _prepare(text: str) -> tuple[str, list[int]]:
    """Text for ``ast``: '^' becomes '**', whitespace a space; ``origin`` maps offsets back."""
    depth, chars, origin = 0, [], []
    for i, ch in enumerate(text):
        # Other ASCII punctuation goes on to ast, which tells what construct it starts.
        if not ch.isascii() or not (ch.isprintable() or ch.isspace()) or ch in "#\\":
            raise FormulaError(f"Unsupported character {ch!r}", i)
        depth += (ch in "([{") - (ch in ")]}")
        if depth > MAX_DEPTH:
            raise FormulaError(f"Nesting too deep (more than {MAX_DEPTH} levels of parentheses)", i)
        replacement = "**" if ch == "^" else (" " if ch.isspace() else ch)
        chars.append(replacement)
        origin.extend([i] * len(replacement))
    source = "".join(chars)
    lead = len(source) - len(source.lstrip(" "))
    if lead == len(source):
        raise FormulaError("The formula is empty", 0, "Type an expression in x and y, e.g. x**2 + y**2.")
    return source[lead:], origin[lead:] + [len(text)]


def _parse_tree(text: str, source: str, origin: list[int]) -> ast.expr:
    try:
        tree = ast.parse(source, mode="eval").body
    except SyntaxError as err:
        raise _syntax_error(text, source, origin, err) from None
    except (ValueError, MemoryError, RecursionError):
        raise FormulaError("The formula could not be read", 0) from None
    if sum(isinstance(node, ast.expr) for node in ast.walk(tree)) > MAX_NODES:
        raise FormulaError(f"The formula is too complex (more than {MAX_NODES} parts)", 0)
    return tree


def _syntax_error(text: str, source: str, origin: list[int], err: SyntaxError) -> FormulaError:
    keyword = _KEYWORDS.search(text)
    if keyword:
        return FormulaError(f"Python keyword {keyword.group(1)!r} is not allowed", keyword.start(1),
                            "Only a formula in x and y is accepted.")
    implicit = _IMPLICIT.search(text)
    if implicit and not re.fullmatch(r"0[xXoObB][0-9a-fA-F_]*|[\d.]+[jJ]", implicit.group(0)):
        number, name = implicit.groups()
        return FormulaError(f"Missing '*' between {number!r} and {name!r}", implicit.start(2),
                            f"Did you mean {number}*{name}?")
    offset = err.offset or 0
    if err.lineno not in (None, 1) or offset <= 0 or offset > len(source):
        return FormulaError("The formula ends too early", len(text), "Is an operand or ')' missing?")
    message = (err.msg or "invalid syntax").split(". Perhaps")[0]
    if message == "invalid syntax":
        token = source[offset - 1]
        hint = "Is an operator such as '*' missing?" if token.isalnum() or token in "(." else ""
        return FormulaError(f"Unexpected {token!r}", origin[offset - 1], hint)
    return FormulaError(f"Syntax error ({message})", origin[offset - 1])


class _Checker:
    """Collects every disallowed node; the leftmost one is reported."""

    def __init__(self, checked: Checked) -> None:
        self.checked, self.source, self.problems = checked, checked.source, []
        self.after = checked.after

    def where(self, node: ast.AST) -> int:
        """The column that shows the construct: its operator or bracket, else its start."""
        part = _FIRST_PART.get(type(node))  # x[0] shows at '[', x < y at '<', ...
        if part:
            return self.after(getattr(node, part))
        if isinstance(node, (ast.BoolOp, ast.Tuple)):  # a or b at 'or', a, b at ','
            first = node.values if isinstance(node, ast.BoolOp) else node.elts
            return self.after(first[0]) if first else node.col_offset
        return node.col_offset

    def problem(self, col: int, message: str, hint: str = "") -> None:
        self.problems.append((self.checked.position(col), message, hint))

    def check(self) -> None:
        self.visit(self.checked.tree, 0)
        if self.problems:
            position, message, hint = min(self.problems, key=lambda p: p[0])
            raise FormulaError(message, position, hint)

    def visit(self, node: ast.AST, depth: int) -> None:
        if depth > MAX_DEPTH:
            raise FormulaError(f"Nesting too deep (more than {MAX_DEPTH} levels)",
                               self.checked.position(node.col_offset))
        if isinstance(node, ast.BinOp):
            if type(node.op) not in _OPERATORS:
                symbol = self.source[self.after(node.left):node.right.col_offset].strip(" (")
                self.problem(self.after(node.left), f"Operator {symbol!r} is not supported",
                             "Use + - * / and ** or ^ for powers.")
            self.visit(node.left, depth + (not _flat_chain(node)))
            self.visit(node.right, depth + 1)
        elif isinstance(node, ast.UnaryOp):
            if not isinstance(node.op, (ast.USub, ast.UAdd)):
                word = "not" if isinstance(node.op, ast.Not) else "~"
                self.problem(node.col_offset, f"{word!r} is not allowed")
            self.visit(node.operand, depth + 1)
        elif isinstance(node, ast.Constant):
            value = node.value
            if isinstance(value, bool) or value is None or value is Ellipsis:
                self.problem(node.col_offset, f"{value!r} is not a number")
            elif isinstance(value, (str, bytes)):
                self.problem(node.col_offset, "Strings are not allowed")
            elif isinstance(value, complex):
                self.problem(node.col_offset, "Complex numbers are not allowed")
        elif isinstance(node, ast.Name):
            self.name(node, node.id, called=False)
        elif isinstance(node, ast.Call):
            self.call(node, depth)
        elif isinstance(node, ast.Attribute):
            self.problem(node.end_col_offset - len(node.attr),
                         f"Attribute access ('.{node.attr}') is not allowed")
            if not isinstance(node.value, ast.Name):  # in os.system the attribute is the news
                self.visit(node.value, depth + 1)
        else:
            what = _NOT_ALLOWED.get(type(node), f"'{type(node).__name__}' expressions are")
            self.problem(self.where(node), f"{what} not allowed")
            for child in ast.iter_child_nodes(node):
                if isinstance(child, ast.expr):
                    self.visit(child, depth + 1)

    def name(self, node: ast.AST, name: str, called: bool) -> None:
        col = node.col_offset
        if name.startswith("_"):
            self.problem(col, f"Name {name!r} is not allowed",
                         "Only x, y, pi, e and the listed functions.")
        elif called and name not in FUNCTIONS:
            if name in VARIABLES or name in CONSTANTS:
                self.problem(self.after(node), f"{name!r} is not a function",
                             f"Did you mean {name}*(...)?")
            else:
                self.problem(col, f"Unknown function {name!r}", _suggest(name, list(FUNCTIONS), True))
        elif not called and name in FUNCTIONS:
            self.problem(col, f"Function {name!r} needs an argument", f"Write {name}(...).")
        elif not called and name not in VARIABLES and name not in CONSTANTS:
            self.problem(col, f"Unknown name {name!r}", _suggest(name, KNOWN, False))

    def call(self, node: ast.Call, depth: int) -> None:
        func = node.func
        if isinstance(func, ast.Name):
            self.name(func, func.id, called=True)
            plain = not node.keywords and not any(isinstance(a, ast.Starred) for a in node.args)
            if func.id in FUNCTIONS and plain:
                count = len(node.args)
                if func.id in VARIADIC and count < 2:
                    self.problem(func.col_offset, f"{func.id} takes at least 2 arguments (got {count})")
                elif func.id not in VARIADIC and count != 1:
                    self.problem(func.col_offset, f"{func.id} takes 1 argument (got {count})")
        elif isinstance(func, ast.Attribute):
            self.visit(func, depth)
        else:
            self.problem(self.after(func), "Missing '*' before '('",
                         "Write '*' to multiply, e.g. 2*(x + 1).")
            self.visit(func, depth + 1)
        for keyword in node.keywords:
            self.problem(keyword.col_offset, "Keyword arguments are not allowed")
        for arg in node.args:
            self.visit(arg, depth + 1)


def _flat_chain(node: ast.BinOp) -> bool:
    """a + b - c and a * b / c flatten in sympy, so their left spine costs no depth."""
    left = node.left
    families = ((ast.Add, ast.Sub), (ast.Mult, ast.Div))
    return isinstance(left, ast.BinOp) and any(
        isinstance(node.op, f) and isinstance(left.op, f) for f in families)


def _suggest(name: str, choices: list[str], functions: bool) -> str:
    close = [_ALIASES[name]] if name in _ALIASES else \
        difflib.get_close_matches(name.lower(), choices, n=1)
    if close:
        return f"Did you mean {close[0]!r}?"
    if functions:
        return "Functions: " + ", ".join(FUNCTIONS) + "."
    return "Use x and y, the constants pi and e, and functions such as sin(x)."
