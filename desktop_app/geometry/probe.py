"""What the Hessian probe says about a point, and where its labels may go. Qt-free.

The curvature (the Hessian's eigenvalue signs, ``engine.linalg2.classify``) says what
shape the surface has *here*; only where the gradient is ~0 is the point a minimum,
saddle or maximum. A convex point on a slope is not a minimum, so:

    kind            when                                   the probe says
    minimum         ‖∇f‖ ~ 0, both λ > 0                  minimum
    saddle          ‖∇f‖ ~ 0, λ₁ < 0 < λ₂                 saddle point
    maximum         ‖∇f‖ ~ 0, both λ < 0                  maximum
    flat            ‖∇f‖ ~ 0, a λ ≈ 0                     flat stationary point
    convex          ‖∇f‖ not ~ 0, both λ > 0              curvature here: convex (both λ > 0)
    saddle-shaped   ‖∇f‖ not ~ 0, λ₁ < 0 < λ₂             curvature here: saddle-shaped
    concave         ‖∇f‖ not ~ 0, both λ < 0              curvature here: concave (both λ < 0)
    flat-here       ‖∇f‖ not ~ 0, a λ ≈ 0                 curvature here: flat along one direction

"~0" is relative to the surface, as gradients have the surface's units: ‖∇f(p)‖ is ~0
when it is at most STATIONARY_TOL (1%) of the surface's gradient scale, the median ‖∇f‖
over a GRID × GRID grid of its plotting window (:func:`gradient_scale`). On the
quadratic bowl that is about a pixel around the minimum of a 400-pixel map; on the
plateau, whose gradient is tiny almost everywhere, the plateau itself is not "~0" since
it is the surface's typical slope. A median is set by the steep parts, though: on
Rosenbrock (median ~500) the banana valley's floor has ‖∇f‖ ~ 2 a whole unit away from
the minimum. So the point must also be near a stationary point by the local quadratic
model: the step to it, ‖|H|⁺ ∇f‖, at most STATIONARY_TOL of the window's diagonal.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from engine.linalg2 import classify, eigh2, pinv_solve

STATIONARY_TOL = 1e-2
GRID = 33
CURVATURE_ONLY = {"minimum": "convex", "saddle": "saddle-shaped", "maximum": "concave", "flat": "flat-here"}
KINDS = tuple(CURVATURE_ONLY) + tuple(CURVATURE_ONLY.values())

_scale_cache: list = [None, 0.0]  # [surface, its gradient scale]: one surface is shown at a time


def gradient_scale(surface) -> float:
    """The median ‖∇f‖ over a GRID × GRID grid of the surface's bounds (finite values
    only; 0 when none), cached for the last surface asked about."""
    if _scale_cache[0] is surface:
        return _scale_cache[1]
    (x0, x1), (y0, y1) = surface.bounds
    xs, ys = np.meshgrid(np.linspace(x0, x1, GRID), np.linspace(y0, y1, GRID))
    pts = np.stack([xs.ravel(), ys.ravel()], axis=-1)
    with np.errstate(all="ignore"):
        g = np.asarray(surface.grad(pts), dtype=float).reshape(-1, 2)
    norms = np.hypot(g[:, 0], g[:, 1])
    norms = norms[np.isfinite(norms)]
    scale = float(np.median(norms)) if len(norms) else 0.0
    _scale_cache[:] = [surface, scale]
    return scale


def window_size(surface) -> float:
    (x0, x1), (y0, y1) = surface.bounds
    return float(math.hypot(x1 - x0, y1 - y0))


def kind_of(curvature: str, grad_norm: float, scale: float, model_step: float = 0.0,
            window: float = math.inf) -> str:
    """The probe's word for a point (module table): ``curvature`` is classify()'s word for
    the Hessian, ``grad_norm`` ‖∇f‖ there, ``scale`` the surface's gradient scale,
    ``model_step`` ‖|H|⁺ ∇f‖ and ``window`` the window's diagonal."""
    stationary = (math.isfinite(grad_norm) and grad_norm <= STATIONARY_TOL * scale
                  and model_step <= STATIONARY_TOL * window)
    return curvature if stationary else CURVATURE_ONLY[curvature]


@dataclass
class Probe:
    """The Hessian at a point: eigenvalues (ascending), eigenvectors (columns), the
    condition number |λ|max / |λ|min, ‖∇f‖ there and the point's kind (module table)."""

    point: np.ndarray
    eigenvalues: np.ndarray
    eigenvectors: np.ndarray
    condition: float
    kind: str
    grad_norm: float = math.nan


def probe(surface, point) -> Probe | None:
    p = np.asarray(point, dtype=float)
    with np.errstate(all="ignore"):
        h = np.asarray(surface.hessian(p), dtype=float)
        g = np.asarray(surface.grad(p), dtype=float).reshape(-1)
    if h.shape != (2, 2) or not np.all(np.isfinite(h)):
        return None
    lam, vecs = eigh2(h)
    mags = np.abs(lam)
    cond = float(mags.max() / mags.min()) if mags.min() > 0 else math.inf
    grad_norm, model_step = math.nan, math.inf
    if g.shape == (2,) and np.all(np.isfinite(g)):
        grad_norm = float(np.hypot(g[0], g[1]))
        model_step = float(np.hypot(*pinv_solve(h, g, absolute=True)))
    kind = kind_of(str(classify(h)), grad_norm, gradient_scale(surface), model_step, window_size(surface))
    return Probe(p, lam, vecs, cond, kind, grad_norm)


def label_direction(eigenvectors, point, centre) -> np.ndarray:
    """A unit direction for a label next to eigen-arrows drawn along ±v0 and ±v1: a
    bisector (between the arrows), the lower one of the two facing the view's centre."""
    v0, v1 = np.asarray(eigenvectors, dtype=float).T
    bisectors = [b / math.sqrt(2.0) for b in (v0 + v1, v0 - v1, -v0 + v1, -v0 - v1)]
    towards = np.asarray(centre, dtype=float) - np.asarray(point, dtype=float)
    facing = sorted(bisectors, key=lambda b: -float(b @ towards))[:2]
    return min(facing, key=lambda b: float(b[1]))


def shift_inside(box, view, margin=(0.0, 0.0)) -> tuple[float, float]:
    """The smallest (dx, dy) that moves ``box`` ((x0, x1), (y0, y1)) inside ``view``
    (the same form) less ``margin`` on each side; a box larger than the room keeps its
    left or top edge inside (where text starts)."""
    (bx0, bx1), (by0, by1) = box
    (vx0, vx1), (vy0, vy1) = view
    mx, my = margin
    dx = dy = 0.0
    if bx1 > vx1 - mx:
        dx = (vx1 - mx) - bx1
    if bx0 + dx < vx0 + mx:
        dx = (vx0 + mx) - bx0
    if by0 < vy0 + my:
        dy = (vy0 + my) - by0
    if by1 + dy > vy1 - my:
        dy = (vy1 - my) - by1
    return dx, dy
