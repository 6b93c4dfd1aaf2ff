"""Custom surfaces from typed formulas.

    >>> from engine import surfaces
    >>> s = surfaces.from_formula("x**4 - x**2 + y**2", bounds=((-2, 2), (-2, 2)))
    >>> s.minima.round(4).tolist()
    [[-0.7071, 0.0], [0.7071, 0.0]]

The text is parsed through a whitelist (:mod:`.formula_parse`; user text never reaches
eval, exec or sympify), translated and differentiated exactly with sympy
(:mod:`.formula_sympy`) and evaluated on numpy arrays (:mod:`.formula_eval`). Isolated
minima inside the window are found numerically: grid local minima, polished by damped
Newton / steepest descent, deduplicated, lowest first.

Non-smooth functions (abs, min, max) get finite derivatives everywhere:
d|u| = sign(u) du with sign(0) = 0, min/max split the gradient 1/2 : 1/2 at ties
(Heaviside(0) = 1/2), and second derivatives of kinks are 0.
"""
from __future__ import annotations

import math
from numbers import Real

import numpy as np

from .base import Surface
from .formula_eval import Tape
from .formula_parse import FormulaError
from .formula_sympy import X, Y, derivatives, parse

DEFAULT_BOUNDS = ((-2.0, 2.0), (-2.0, 2.0))
GRID = 64              # samples per axis for the finiteness check and the minima search
MAX_MINIMA = 8
# Beyond this |f| a value is as good as infinite: the differences and squares that colour scales,
# line searches and curvature estimates take of it overflow. The map clips such values
# (desktop_app.geometry.contours); a formula that has them over most of the window is refused.
OVERFLOW = 1e100
_STARTS = 24           # grid local minima polished
_STEPS = 2 ** -np.arange(41.0)  # trial step fractions of the line search
_FIRST_ORDER = {       # a step of about 1/L (L: curvature scale) or a fraction of the window
    "sgd": ("curvature", 0.5), "coordinate_descent": ("curvature", 0.5),
    "momentum": ("curvature", 0.05), "nesterov": ("curvature", 0.05),
    "adagrad": ("window", 0.1), "rmsprop": ("window", 0.002), "adam": ("window", 0.01),
    "adamw": ("window", 0.01), "nadam": ("window", 0.01), "radam": ("window", 0.01),
    "adamax": ("window", 0.01), "lion": ("window", 0.005),
}

__all__ = ["FormulaError", "FormulaSurface", "from_formula"]


def from_formula(text: str, bounds=DEFAULT_BOUNDS) -> "FormulaSurface":
    """A surface from a formula in x and y; FormulaError (a ValueError) says what is wrong.

    bounds: ((xmin, xmax), (ymin, ymax)), the window searched for minima (None: the default).

    >>> from_formula("x**2 - y**2").value([1.0, 0.5])
    array(0.75)
    """
    bounds = _check_bounds(bounds)
    expression = parse(text)
    if not expression.free_symbols & {X, Y}:
        raise FormulaError("The formula is constant", None, "It must depend on x or y.")
    value_tape = Tape([expression], X, Y)
    gx, gy = _grid(bounds)
    (samples,) = value_tape(gx, gy)
    with np.errstate(invalid="ignore"):
        overflow = ~np.isfinite(samples) | (np.abs(samples) > OVERFLOW)
    bad = float(np.mean(overflow))
    if bad > 0.5:
        raise FormulaError(f"The formula overflows over most of the window ({bad:.0%} of the sample "
                           f"points are nan, inf or beyond ±{OVERFLOW:.0e})", None,
                           "Change the formula or the bounds.")
    try:
        gradient, hessian = derivatives(expression, X, Y)
        tapes = (value_tape, Tape(gradient, X, Y), Tape(hessian, X, Y))
    except FormulaError:
        raise
    except (ValueError, TypeError, ArithmeticError) as err:  # sympy refusing an odd corner case
        raise FormulaError(f"Cannot differentiate the formula ({type(err).__name__})") from None
    return FormulaSurface(text, bounds, expression, (gradient, hessian), tapes, (gx, gy, samples))


class FormulaSurface(Surface):
    """A user's formula as a surface: exact value, gradient and Hessian, numerical minima."""

    name = "custom"
    title = "Custom formula"
    description = "Your own formula f(x, y), with exact derivatives."
    params = ()

    def __init__(self, text, bounds, expression, derivative_exprs, tapes, samples) -> None:
        self.formula = text
        self.title = text
        self.description = (
            f"Your own formula f(x, y) = {text}, with exact derivatives from sympy. Its minima "
            "are found numerically inside the window, so a minimum just outside it is not listed."
        )
        self.expression = expression
        self.gradient_expressions, self.hessian_expressions = derivative_exprs
        self._value_tape, self._grad_tape, self._hess_tape = tapes
        self._bounds, self._samples = bounds, samples
        super().__init__()
        self.suggested = _suggest(self)
        self.default_start = _corner_start(self)

    def _setup(self) -> None:
        self.bounds = self._bounds
        self.minima = _find_minima(self, *self._samples)

    def _f(self, x, y):
        return self._value_tape(x, y)[0]

    def _df(self, x, y):
        return self._grad_tape(x, y)

    def _d2f(self, x, y):
        return self._hess_tape(x, y)

    def with_values(self, **values) -> "FormulaSurface":
        """A custom surface has no parameters: any name raises, none returns this surface."""
        self.spec.validate(values)
        return self

    def __reduce__(self):  # pickle and deepcopy by rebuilding from the text
        return (from_formula, (self.formula, self.bounds))

    def __repr__(self) -> str:
        (x0, x1), (y0, y1) = (tuple(_short(v) for v in pair) for pair in self.bounds)
        return f"surfaces.from_formula({self.formula!r}, bounds=(({x0}, {x1}), ({y0}, {y1})))"


def _short(v: float) -> str:
    return str(int(v)) if float(v).is_integer() and abs(v) < 1e15 else repr(float(v))


def _check_bounds(bounds):
    if bounds is None:
        return DEFAULT_BOUNDS
    try:
        (x0, x1), (y0, y1) = bounds
        values = [x0, x1, y0, y1]
    except (TypeError, ValueError):
        raise FormulaError(f"Invalid bounds {bounds!r}", None,
                           "Use ((xmin, xmax), (ymin, ymax)).") from None
    if not all(isinstance(v, Real) and not isinstance(v, bool) for v in values):
        raise FormulaError(f"Invalid bounds {bounds!r}: they must be numbers")
    x0, x1, y0, y1 = (float(v) for v in values)
    if not all(math.isfinite(v) for v in (x0, x1, y0, y1, x1 - x0, y1 - y0)):
        raise FormulaError(f"Invalid bounds {bounds!r}: they must be finite")
    for axis, lo, hi in (("x", x0, x1), ("y", y0, y1)):
        if not lo < hi:
            raise FormulaError(f"Invalid bounds for {axis}: ({lo:g}, {hi:g})", None,
                               f"{axis}min must be less than {axis}max.")
    return ((x0, x1), (y0, y1))


def _grid(bounds):
    (x0, x1), (y0, y1) = bounds
    return np.meshgrid(np.linspace(x0, x1, GRID), np.linspace(y0, y1, GRID))


def _find_minima(surface: FormulaSurface, gx, gy, samples) -> np.ndarray:
    """Isolated local minima in the window, lowest first (at most MAX_MINIMA)."""
    lo = np.array([surface.bounds[0][0], surface.bounds[1][0]])
    span = np.array([surface.bounds[0][1], surface.bounds[1][1]]) - lo
    starts = _grid_minima(gx, gy, samples)
    if len(starts) == 0:
        return np.zeros((0, 2))
    with np.errstate(all="ignore"):
        u = _polish(surface, (starts - lo) / span, lo, span)
        p = lo + u * span
        keep = _is_minimum(surface, p, u, lo, span, gx, gy)
        p, values = p[keep], surface.value(p[keep])
        snapped = np.where(np.abs(p) < 1e-9 * span, 0.0, p)  # -3e-17 -> 0 unless that costs anything
        after = surface.value(snapped)
        p = np.where((np.isfinite(after) & (after <= values + 1e-12 * (1 + np.abs(values))))[:, None],
                     snapped, p)
        order = np.lexsort((p[:, 1], p[:, 0], np.round(values, 10)))  # symmetric ties: by x, then y
    chosen: list[int] = []
    for i in order:
        if all(np.hypot(*((p[i] - p[j]) / span)) > 1e-3 for j in chosen):
            chosen.append(i)
    return p[chosen[:MAX_MINIMA]].reshape(-1, 2)


def _grid_minima(gx, gy, z) -> np.ndarray:
    """Grid points no higher than their 8 neighbours, lowest first."""
    z = np.where(np.isfinite(z), z, np.inf)
    padded = np.pad(z, 1, constant_values=np.inf)
    low = np.isfinite(z)
    for di in (0, 1, 2):
        for dj in (0, 1, 2):
            if (di, dj) != (1, 1):
                low &= z <= padded[di:di + z.shape[0], dj:dj + z.shape[1]]
    order = np.argsort(np.where(low, z, np.inf), axis=None, kind="stable")[:_STARTS]
    order = order[low.ravel()[order]]
    return np.column_stack([gx.ravel()[order], gy.ravel()[order]])


def _polish(surface, u, lo, span, iterations: int = 60) -> np.ndarray:
    """Damped Newton where the Hessian is positive definite, steepest descent elsewhere,
    in window units u in [0, 1]^2; steps are capped at two grid cells to stay in a basin."""
    cap = 2.0 / (GRID - 1)
    f = np.where(np.isfinite(v := surface.value(lo + u * span)), v, np.inf)
    for _ in range(iterations):
        p = lo + u * span
        g = surface.grad(p) * span
        h = surface.hessian(p) * np.outer(span, span)
        a, b, c = h[:, 0, 0], h[:, 0, 1], h[:, 1, 1]
        det = a * c - b * b
        newton = -np.column_stack([c * g[:, 0] - b * g[:, 1], a * g[:, 1] - b * g[:, 0]]) / det[:, None]
        use_newton = (a > 0) & (det > 0) & np.isfinite(newton).all(axis=1)
        d = np.where(use_newton[:, None], newton, -g)
        d = np.where(np.isfinite(d), d, 0.0)
        length = np.hypot(d[:, 0], d[:, 1])
        d *= np.minimum(1.0, cap / np.where(length > 0, length, 1.0))[:, None]
        trials = np.clip(u + _STEPS[:, None, None] * d, 0.0, 1.0)
        ft = surface.value(lo + trials * span)
        ft = np.where(np.isfinite(ft), ft, np.inf)
        best = np.argmin(ft, axis=0)
        fbest = ft[best, np.arange(len(u))]
        better = fbest < f
        if not better.any():
            break
        u = np.where(better[:, None], trials[best, np.arange(len(u))], u)
        f = np.where(better, fbest, f)
    return u


def _is_minimum(surface, p, u, lo, span, gx, gy) -> np.ndarray:
    """Smooth test (tiny gradient, positive definite Hessian) or, for kinks, every
    neighbour at a tiny distance in 16 directions strictly higher."""
    f = surface.value(p)
    g = surface.grad(p) * span
    norms = np.hypot(*np.moveaxis(surface.grad(np.stack([gx, gy], -1)) * span, -1, 0)).ravel()
    norms = norms[np.isfinite(norms)]
    scale = float(np.median(norms)) if len(norms) else 1.0
    scale = scale if math.isfinite(scale) and scale > 0 else 1.0
    h = surface.hessian(p) * np.outer(span, span)
    eig = np.linalg.eigvalsh(np.where(np.isfinite(h), h, 0.0))
    smooth = (np.hypot(g[:, 0], g[:, 1]) <= 1e-7 * scale) & (eig[:, 0] > 1e-12 * np.abs(eig[:, 1]))
    angles = np.linspace(0, 2 * np.pi, 16, endpoint=False)
    ring = 1e-6 * np.column_stack([np.cos(angles), np.sin(angles)])
    around = surface.value(lo + (u[:, None, :] + ring) * span)
    steep = np.hypot(g[:, 0], g[:, 1]) > 100 * scale  # a pole's side, not a kink like |x|
    kink = (around > f[:, None]).all(axis=1) & ~steep
    inside = ((u >= 0) & (u <= 1)).all(axis=1) & np.isfinite(f)
    return inside & (smooth | kink) & np.isfinite(g).all(axis=1)


def _suggest(surface: FormulaSurface) -> dict:
    """Learning rates that make first-order optimizers move visibly in 100-300 steps."""
    gx, gy, _ = surface._samples
    with np.errstate(all="ignore"):
        h = surface.hessian(np.stack([gx, gy], -1)).reshape(-1, 4)
        h = h[np.isfinite(h).all(axis=1)]
        tr, diff = (h[:, 0] + h[:, 3]) / 2, (h[:, 0] - h[:, 3]) / 2
        radius = np.abs(tr) + np.hypot(diff, h[:, 1])  # the largest |eigenvalue|
        radius = radius[np.isfinite(radius)]
    window = float(np.mean([hi - lo for lo, hi in surface.bounds]))
    curvature = float(np.percentile(radius, 90)) if len(radius) else 0.0
    out = {}
    for name, (kind, factor) in _FIRST_ORDER.items():
        if kind == "curvature":
            lr = factor / curvature if curvature > 0 and math.isfinite(curvature) else 0.01 * window
        else:
            lr = factor * window
        out[name] = {"lr": float(f"{min(max(lr, 1e-6), 10.0):.2g}")}
    return out


def _corner_start(surface: FormulaSurface) -> tuple[float, float]:
    """The highest of four points near the window's corners (10% in): room to descend."""
    (x0, x1), (y0, y1) = surface.bounds
    fractions = ((0.9, 0.9), (0.1, 0.9), (0.1, 0.1), (0.9, 0.1))
    points = np.array([(x0 + a * (x1 - x0), y0 + b * (y1 - y0)) for a, b in fractions])
    values = surface.value(points)
    if not np.isfinite(values).any():
        return (x0 + 0.5 * (x1 - x0), y0 + 0.5 * (y1 - y0))
    best = points[int(np.argmax(np.where(np.isfinite(values), values, -np.inf)))]
    return (round(float(best[0]), 12), round(float(best[1]), 12))
