"""Fuzzing from_formula: random text and random expression trees (2,900 cases in all).

Whatever the input, from_formula returns a working surface or raises FormulaError, in
bounded time (the deadline), without warnings, and without running any code.
"""
from __future__ import annotations

import ast
import builtins
import os
import sys
from contextlib import contextmanager
from datetime import timedelta

import numpy as np
import pytest
import sympy
import sympy.parsing.sympy_parser as sympy_parser
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from engine import surfaces

FormulaError = surfaces.FormulaError
pytestmark = pytest.mark.filterwarnings("error")
FUZZ = settings(deadline=timedelta(seconds=3), database=None,
                suppress_health_check=[HealthCheck.too_slow])
PWNED = "/tmp/pwned_xyz_fuzz"
PROBE = np.array([[0.3, -0.7], [-1.1, 0.4], [1.9, 1.9], [0.0, 0.0]])


@contextmanager
def no_code_runs():
    """Fail if anything could have executed text: eval at all, exec or compile of source
    that is not a library file (the import system may still load modules), sympify of
    text, or parse_expr. Pure-ast compiles (ast.parse) are fine."""
    calls = []
    core = sys.modules["sympy.core.sympify"]
    originals = [(builtins, "eval"), (builtins, "exec"), (builtins, "compile"),
                 (sympy, "sympify"), (core, "sympify"), (sympy_parser, "parse_expr")]
    saved = [(owner, name, getattr(owner, name)) for owner, name in originals]

    def spy(name, real):
        def wrapper(*args, **kwargs):
            calls.append((name, args, kwargs))
            return real(*args, **kwargs)
        return wrapper

    for owner, name, real in saved:
        setattr(owner, name, spy(name, real))
    try:
        yield calls
    finally:
        for owner, name, real in saved:
            setattr(owner, name, real)
    bad = [call for call in calls if _could_run_text(*call)]
    assert not bad, bad


def _could_run_text(name, args, kwargs) -> bool:
    if name in ("eval", "parse_expr"):
        return True
    if name == "sympify":
        return isinstance(args[0], (str, bytes))
    source = args[0]
    if name == "exec":
        return not (hasattr(source, "co_filename") and not source.co_filename.startswith("<"))
    flags = args[3] if len(args) > 3 else kwargs.get("flags", 0)
    filename = str(args[1] if len(args) > 1 else kwargs.get("filename", "<>"))
    return not flags & ast.PyCF_ONLY_AST and filename.startswith("<")


def _check(text: str) -> None:
    """from_formula(text) is a usable surface or a FormulaError; nothing else."""
    with no_code_runs():
        try:
            s = surfaces.from_formula(text)
        except FormulaError as err:
            event(f"rejected: {err.message[:30]}")
            assert isinstance(err, ValueError) and err.message
            assert err.position is None or 0 <= err.position <= len(text)
            return
    event(f"accepted, {len(s.minima)} minima")
    assert s.value(PROBE).shape == (4,)
    assert s.grad(PROBE).shape == (4, 2)
    assert s.hessian(PROBE).shape == (4, 2, 2)
    assert np.all(np.isfinite(s.value(s.minima)))
    assert np.all(np.abs(s.minima) <= 2.0)
    assert len(s.minima) <= 8


# -- random text ------------------------------------------------------------------------------------
FORMULA_CHARS = "xy0123456789.+-*/^(), episncoqrtahmbl_[]'\"=:<>%!@#&|~{}\\\n\t"


@settings(FUZZ, max_examples=800)
@given(st.text(alphabet=FORMULA_CHARS, max_size=40))
def test_random_formula_like_text(text):
    _check(text)


@settings(FUZZ, max_examples=300)
@given(st.text(max_size=80))
def test_random_unicode_text(text):
    _check(text)


# -- random expression trees --------------------------------------------------------------------------
LEAVES = st.one_of(
    st.sampled_from(["x", "y"]),
    st.sampled_from(["x", "y", "pi", "e"]),
    st.integers(-20, 20).map(str),
    st.floats(0, 1e6, allow_nan=False, allow_infinity=False).map(repr),
    st.sampled_from(["0", "1e308", "1e-308", "9**9**9", "10**400", "1e400", "(-1)", "0.0"]),
)
UNARY = ["sin", "cos", "tan", "exp", "log", "sqrt", "abs", "tanh", "sinh", "cosh", "arctan", "atan"]
BINARY = ["+", "-", "*", "/", "**", "^"]


def _trees(children):
    return st.one_of(
        st.tuples(st.sampled_from(UNARY), children).map(lambda t: f"{t[0]}({t[1]})"),
        st.tuples(children, st.sampled_from(BINARY), children).map(lambda t: f"({t[0]}){t[1]}({t[2]})"),
        st.tuples(children, st.sampled_from(BINARY), children).map(lambda t: f"{t[0]} {t[1]} {t[2]}"),
        children.map(lambda c: f"-{c}"),
        st.tuples(st.sampled_from(["min", "max"]), st.lists(children, min_size=2, max_size=4)).map(
            lambda t: f"{t[0]}({', '.join(t[1])})"),
    )


TREES = st.recursive(LEAVES, _trees, max_leaves=14)
FORMULAS = st.one_of(  # mostly non-constant, often with a bowl so minima exist to be found
    TREES,
    TREES.map(lambda t: f"({t}) + x^2 + y^2"),
    TREES.map(lambda t: f"sin({t}) + (x - 0.5)^2 + 2*y^2"),
    st.tuples(TREES, TREES).map(lambda t: f"x*({t[0]}) - y*({t[1]})"),
)


@settings(FUZZ, max_examples=1500)
@given(FORMULAS)
def test_random_expression_trees(text):
    _check(text)


# -- random trees with something hostile spliced in -----------------------------------------------------
HOSTILE = [
    "__import__('os').system('touch " + PWNED + "')", "open('" + PWNED + "', 'w')",
    "x.__class__", "(lambda: 0)()", "x[0]", "'text'", "y if x else 1", "eval('1')",
    "exec('import os')", "getattr(x, 'real')", "[x for x in y]", "globals()", "os.system", "x()",
]


@settings(FUZZ, max_examples=300)
@given(TREES, st.sampled_from(HOSTILE), st.integers(0, 10 ** 6))
def test_hostile_pieces_inside_random_trees_are_always_rejected(tree, hostile, where):
    slots = [i for i, ch in enumerate(tree) if ch in "xy"] or [0]
    i = slots[where % len(slots)]
    text = tree[:i] + hostile + tree[i + 1:]
    if os.path.exists(PWNED):
        os.remove(PWNED)
    with no_code_runs():
        with pytest.raises(FormulaError):
            surfaces.from_formula(text)
    assert not os.path.exists(PWNED)


def test_the_spy_catches_what_it_should():
    """The fuzz tests' guard must be able to fail."""
    with pytest.raises(AssertionError):
        with no_code_runs():
            eval("1 + 1")  # noqa: S307
    with pytest.raises(AssertionError):
        with no_code_runs():
            sympy.sympify("x + 1")
    with no_code_runs():
        ast.parse("x + 1", mode="eval")
