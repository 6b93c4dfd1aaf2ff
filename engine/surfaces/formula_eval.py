"""A vectorized numpy evaluator for sympy expressions in x and y.

Evaluation walks a *tape*: the expression DAG flattened into numpy calls, each shared
subexpression computed once per call. Nothing is printed as code, compiled or exec'd
(unlike ``sympy.lambdify``), so no text at all is ever run.
"""
from __future__ import annotations

import functools
import operator

import numpy as np
import sympy as sp

from .formula_parse import FormulaError

MAX_TAPE = 5_000  # distinct subexpressions one evaluator may hold


def _reduce(fn):
    return lambda *args: functools.reduce(fn, args)


_NUMPY = {
    sp.sin: np.sin, sp.cos: np.cos, sp.tan: np.tan, sp.exp: np.exp, sp.log: np.log,
    sp.tanh: np.tanh, sp.sinh: np.sinh, sp.cosh: np.cosh, sp.atan: np.arctan,
    sp.Abs: np.abs, sp.sign: np.sign, sp.Min: _reduce(np.minimum), sp.Max: _reduce(np.maximum),
}


def _power(exponent: float):
    if exponent == 2:
        return np.square
    if exponent == 0.5:
        return np.sqrt
    if exponent == -1:
        return lambda b: np.divide(1.0, b)
    return lambda b: np.power(b, exponent)


class Tape:
    """Evaluates sympy expressions in x and y on numpy arrays, sharing subexpressions.

    ``tape(x, y)`` returns one array per expression, each broadcast to the shape of x + y.
    numpy's floating-point warnings are silenced: a formula may be nan or inf somewhere.
    """

    def __init__(self, exprs, x: sp.Symbol, y: sp.Symbol) -> None:
        self.slots = {x: 0, y: 1}
        self.ops: list[tuple] = []
        try:
            self.outputs = [self._slot(e) for e in exprs]
        except RecursionError:
            raise FormulaError("The formula is too deeply nested to evaluate") from None

    def _slot(self, e: sp.Expr):
        """A register index (int) or a float constant."""
        if e in self.slots:
            return self.slots[e]
        if e.is_Atom:  # numbers, pi, E; never I, zoo, nan or another symbol
            if e.is_Symbol or not (e.is_extended_real and e.is_finite):
                raise FormulaError("The formula or its derivatives are not finite real numbers here")
            return float(e)
        if len(self.ops) >= MAX_TAPE:
            raise FormulaError("The formula's derivatives are too large to evaluate", None,
                               "Try a shorter formula.")
        fn, args = self._op(e)
        args = [self._slot(a) for a in args]  # children first: they take the earlier slots
        slot = 2 + len(self.ops)
        self.ops.append((fn, args, slot))
        self.slots[e] = slot
        return slot

    def _op(self, e: sp.Expr):
        if e.is_Add:
            return _reduce(operator.add), e.args
        if e.is_Mul:
            return _reduce(operator.mul), e.args
        if e.is_Pow:
            base, exponent = e.args
            if exponent.is_Number:
                return _power(float(exponent)), (base,)
            return np.power, e.args
        if isinstance(e, sp.Heaviside):
            h0 = float(e.args[1]) if len(e.args) > 1 else 0.5
            return (lambda u: np.heaviside(u, h0)), e.args[:1]
        if isinstance(e, sp.DiracDelta):
            return (lambda *u: np.zeros_like(u[0])), e.args
        if e.func in _NUMPY:
            return _NUMPY[e.func], e.args
        raise FormulaError(f"Cannot evaluate {type(e).__name__}")

    def __call__(self, x, y):
        x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
        shape = np.broadcast_shapes(x.shape, y.shape)
        registers = [x, y] + [None] * len(self.ops)
        with np.errstate(all="ignore"):
            for fn, args, slot in self.ops:
                registers[slot] = fn(*[registers[a] if type(a) is int else a for a in args])
            outputs = [registers[o] if type(o) is int else o for o in self.outputs]
        return tuple(_fresh(o, shape, (x, y)) for o in outputs)


def _fresh(result, shape, inputs) -> np.ndarray:
    """A writable float array of ``shape`` that is not one of the caller's inputs."""
    if isinstance(result, np.ndarray) and result.shape == shape and result.dtype == float and \
            not any(result is a for a in inputs):
        return result
    out = np.empty(shape)
    out[...] = result
    return out
