"""A checked formula tree -> sympy, and its exact first and second derivatives.

Numbers are folded here in bounded float or small exact arithmetic *before* sympy sees
them, so ``9**9**9`` is refused at once instead of computed, and sympy only ever holds
moderate numbers, x, y and the whitelisted functions.

Derivatives follow the usual rules, memoized on shared subexpressions, under a work and
time budget: a formula whose Hessian would be huge is refused instead of hanging the app.
Non-smooth functions follow one convention: d|u| = sign(u) du with sign(0) = 0; min and
max pass the derivative of the winning argument, Heaviside(0) = 1/2 splitting ties; the
Dirac deltas of second derivatives are taken as 0.
"""
from __future__ import annotations

import ast
import math
import time
from fractions import Fraction

import sympy as sp

from .formula_parse import Checked, FormulaError, read

WORK_BUDGET = 40_000  # sympy arguments built while differentiating (~0.1-0.5 s here)
TIME_BUDGET = 2.0     # seconds: a safety net for the rare formula the work count misjudges

X, Y = sp.Symbol("x", real=True), sp.Symbol("y", real=True)
_NAMES = {"x": X, "y": Y, "pi": math.pi, "e": math.e}
_FUNCTIONS = {  # name -> (sympy builder, float function for constant arguments)
    "sin": (sp.sin, math.sin), "cos": (sp.cos, math.cos), "tan": (sp.tan, math.tan),
    "exp": (sp.exp, math.exp), "log": (sp.log, math.log), "sqrt": (sp.sqrt, math.sqrt),
    "abs": (sp.Abs, abs), "tanh": (sp.tanh, math.tanh), "sinh": (sp.sinh, math.sinh),
    "cosh": (sp.cosh, math.cosh), "arctan": (sp.atan, math.atan), "atan": (sp.atan, math.atan),
    "min": (lambda *a: _pairwise(sp.Min, a), min), "max": (lambda *a: _pairwise(sp.Max, a), max),
}


def parse(text: str) -> sp.Expr:
    """The sympy expression for ``text``, or FormulaError naming the problem and position."""
    checked = read(text)
    return _to_sympy(_Translator(checked).visit(checked.tree))


class _Translator:
    """Builds sympy from a checked tree. Constant subtrees stay Python numbers until used."""

    def __init__(self, checked: Checked) -> None:
        self.checked = checked

    def pos(self, col: int) -> int:
        return self.checked.position(col)

    def visit(self, node: ast.expr):
        """A Python number (constant subtree) or a sympy expression."""
        if isinstance(node, ast.Constant):
            return self.fold(lambda: node.value if isinstance(node.value, int) else float(node.value),
                             node.col_offset)
        if isinstance(node, ast.Name):
            return _NAMES[node.id]
        if isinstance(node, ast.UnaryOp):
            value = self.visit(node.operand)
            if isinstance(node.op, ast.UAdd):
                return value
            return self.combine(lambda a: -a, lambda a: sp.Mul(-1, a), [value], node.col_offset)
        if isinstance(node, ast.BinOp):
            col = self.checked.after(node.left)
            left, right = self.visit(node.left), self.visit(node.right)
            folders = {ast.Add: (lambda a, b: a + b, sp.Add), ast.Sub: (lambda a, b: a - b, None),
                       ast.Mult: (lambda a, b: a * b, sp.Mul), ast.Div: (_divide, None),
                       ast.Pow: (_power, sp.Pow)}
            fold, build = folders[type(node.op)]
            if build is None:  # a - b == a + (-1) b, a / b == a * b**-1: sympy's canonical forms
                if isinstance(node.op, ast.Sub):
                    return self.combine(fold, lambda a, b: sp.Add(a, sp.Mul(-1, b)), [left, right], col)
                return self.combine(fold, lambda a, b: sp.Mul(a, sp.Pow(b, -1)), [left, right], col)
            return self.combine(fold, build, [left, right], col)
        if isinstance(node, ast.Call):
            name = node.func.id
            args = [self.visit(arg) for arg in node.args]
            build, fold = _FUNCTIONS[name]
            return self.combine(fold, build, args, node.func.col_offset, name)
        raise FormulaError("Unsupported expression", self.pos(node.col_offset))  # read() forbids it

    def fold(self, compute, col: int, name: str = ""):
        try:
            value = _exact(compute())
            if isinstance(value, float) and not math.isfinite(value):
                raise OverflowError
            return value
        except OverflowError:
            raise FormulaError("Number too large", self.pos(col),
                               "Constants must stay below about 1e308.") from None
        except ZeroDivisionError:
            raise FormulaError("Division by zero", self.pos(col)) from None
        except ValueError:
            what = f"{name}(...)" if name else "This power"
            raise FormulaError(f"{what} is not a real number here", self.pos(col)) from None

    def combine(self, fold, build, args: list, col: int, name: str = ""):
        if all(_is_number(a) for a in args):
            return self.fold(lambda: fold(*args), col, name)
        try:
            result = build(*[_to_sympy(a) for a in args])
        except FormulaError:
            raise
        except (ValueError, TypeError, ArithmeticError, RecursionError) as err:
            raise FormulaError(f"Cannot build this expression ({type(err).__name__})",
                               self.pos(col)) from None
        if result.has(sp.zoo, sp.oo, -sp.oo):
            raise FormulaError("Division by zero", self.pos(col))
        if result.has(sp.nan, sp.I):
            raise FormulaError("The formula is not a real number here", self.pos(col))
        return result


def _pairwise(cls, args):
    """min(a, b, c) as min(min(a, b), c), unevaluated: sympy's n-ary Min/Max compares all
    pairs of arguments on construction and on each derivative, which is cubic work."""
    result = args[0]
    for arg in args[1:]:
        result = cls(result, arg, evaluate=False)
    return result


def _is_number(value) -> bool:
    return isinstance(value, (int, float, Fraction))


def _exact(value):
    """Keep small exact results exact (ints, fractions of up to 64 bits); the rest becomes a
    float, so exact arithmetic never grows. float() of a huge value raises OverflowError."""
    if isinstance(value, Fraction) and value.denominator == 1:
        value = value.numerator
    if isinstance(value, int):
        return value if value.bit_length() <= 64 else float(value)
    if isinstance(value, Fraction):
        small = max(value.numerator.bit_length(), value.denominator.bit_length()) <= 64
        return value if small else float(value)
    return float(value)


def _divide(a, b):
    if b == 0:
        raise ZeroDivisionError
    if isinstance(a, float) or isinstance(b, float):
        return a / b
    return _exact(Fraction(a) / Fraction(b))


def _power(base, exponent):
    exact = not isinstance(base, float) and isinstance(exponent, int) and abs(exponent) <= 128
    if exact:
        if base == 0 and exponent < 0:
            raise ZeroDivisionError
        return _exact(Fraction(base) ** exponent)  # at most 64 * 128 bits: cheap
    base, exponent = float(base), float(exponent)
    if base == 0 and exponent < 0:
        raise ZeroDivisionError
    return math.pow(base, exponent)  # raises OverflowError / ValueError instead of hanging


def _to_sympy(value):
    if isinstance(value, sp.Basic):
        return value
    if isinstance(value, int):
        return sp.Integer(value)
    if isinstance(value, Fraction):
        return sp.Rational(value.numerator, value.denominator)
    return sp.Float(value)


_TOO_COMPLEX = "The formula is too complex to differentiate within the time budget"


class _Budget:
    def __init__(self) -> None:
        self.deadline = time.perf_counter() + TIME_BUDGET
        self.work = 0

    def spend(self, amount: int) -> None:
        self.work += amount
        if self.work > WORK_BUDGET or time.perf_counter() > self.deadline:
            raise FormulaError(_TOO_COMPLEX, None, "Try a shorter formula.")


_SMOOTH = {  # d f(u) / du
    sp.sin: sp.cos, sp.cos: lambda u: -sp.sin(u), sp.tan: lambda u: 1 + sp.tan(u) ** 2,
    sp.exp: sp.exp, sp.log: lambda u: 1 / u, sp.tanh: lambda u: 1 - sp.tanh(u) ** 2,
    sp.sinh: sp.cosh, sp.cosh: sp.sinh, sp.atan: lambda u: 1 / (1 + u ** 2), sp.Abs: sp.sign,
}
_FLAT = (sp.sign, sp.Heaviside, sp.DiracDelta)  # derivative 0 by the convention above


def derivatives(expr: sp.Expr, x: sp.Symbol, y: sp.Symbol):
    """(f_x, f_y) and (f_xx, f_xy, f_yy) as sympy expressions."""
    budget = _Budget()
    try:
        dx, dy = _Differentiator(x, budget), _Differentiator(y, budget)
        fx, fy = dx(expr), dy(expr)
        hessian = dx(fx), dy(fx), dy(fy)
    except RecursionError:
        raise FormulaError(_TOO_COMPLEX, None, "Try a less deeply nested formula.") from None
    return (fx, fy), hessian


class _Differentiator:
    def __init__(self, var: sp.Symbol, budget: _Budget) -> None:
        self.var, self.budget, self.memo = var, budget, {}

    def __call__(self, e: sp.Expr) -> sp.Expr:
        found = self.memo.get(e)
        if found is None:
            found = self.memo[e] = self.rule(e)
        return found

    def rule(self, e: sp.Expr) -> sp.Expr:
        self.budget.spend(1 + len(e.args))
        if e.is_Symbol:
            return sp.S.One if e == self.var else sp.S.Zero
        if e.is_Atom:  # numbers, pi; also I or zoo, which the evaluator then refuses
            return sp.S.Zero
        if e.is_Add:
            return sp.Add(*[self(a) for a in e.args])
        if e.is_Mul:
            terms = []
            for i, a in enumerate(e.args):
                da = self(a)
                if da != 0:
                    self.budget.spend(len(e.args))
                    terms.append(sp.Mul(*e.args[:i], da, *e.args[i + 1:]))
            return sp.Add(*terms)
        if e.is_Pow:
            base, exponent = e.args
            db, de = self(base), self(exponent)
            result = exponent * base ** (exponent - 1) * db if db != 0 else sp.S.Zero
            return result + e * sp.log(base) * de if de != 0 else result
        if isinstance(e, _FLAT):
            return sp.S.Zero
        if e.func in _SMOOTH:
            du = self(e.args[0])
            return _SMOOTH[e.func](e.args[0]) * du if du != 0 else sp.S.Zero
        if isinstance(e, (sp.Min, sp.Max)):
            terms = [e.fdiff(i + 1) * self(a) for i, a in enumerate(e.args) if self(a) != 0]
            self.budget.spend(len(e.args) ** 2)
            return sp.Add(*terms)
        raise FormulaError(f"Cannot differentiate {type(e).__name__}")


