"""The local quadratic model at a point: what the theory says about the step the lane takes next.

Near x the surface is f(x + d) ≈ f + gᵀd + ½ dᵀHd. Its Hessian's eigenvalues give the
curvature, κ and the kind of point; with the optimizer's current settings they give the
rate and stability limit of ``rates`` (exact on a quadratic, local elsewhere).

Adaptive methods (AdaGrad, RMSProp, Adam and its variants) step x' = x − E g with a
per-coordinate effective learning rate E = diag(e), e = η / D, D their denominator
(Adam: (1 − β₁ᵗ)(√v̂ + ε); RMSProp: √v + ε; AdaGrad: √(Σg²) + ε). Frozen for one step,
that is gradient descent with lr η on the preconditioned Hessian

    Ĥ = D^(−1/2) H D^(−1/2)          (similar to D⁻¹H, so E H has the eigenvalues η·eig(Ĥ))

whose condition number is the κ the method actually faces. The lanes record e as
``effective_lr`` (lane.last_record); D = η / e. Momentum (β₁) and the drift of v are
left out: the preconditioned κ is about the geometry, not a rate.

    >>> import engine
    >>> a = engine.theory.local(engine.surfaces.get("ravine", condition=100.0), (1.0, 0.5),
    ...                         "sgd", {"lr": 0.01})
    >>> round(a.condition, 6), round(a.stable_lr, 6)
    (100.0, 0.02)
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Mapping

import numpy as np

from ..linalg2 import classify, eigh2
from . import rates

_SHAPES = {"minimum": "convex", "saddle": "saddle-shaped", "maximum": "concave", "flat": "flat"}


@dataclass(frozen=True)
class LocalAnalysis:
    """The quadratic model at ``point`` and what it predicts for one optimizer.

    eigenvalues ascending, eigenvectors as columns; condition κ = max|λ| / min|λ| (inf if
    a λ is 0); kind: "minimum" | "saddle" | "maximum" | "flat" where the gradient is ~0
    (``critical``), else the shape of the curvature: "convex" | "saddle-shaped" | "concave" |
    "flat". exact: the Hessian is the same across the surface's window (a quadratic), so
    the model is the surface. sharpness = λmax.

    For sgd, momentum and nesterov: lr (including the schedule at step t), momentum,
    rate ρ at those settings (> 1: the error grows along some direction: divergence, or
    escape from a saddle), limit (the largest stable η·λmax), stable_lr = limit / λmax,
    lr_ratio = lr / stable_lr (≥ 1: past the edge), steps_per_decade (error ×0.1 every N
    steps). Others: None.
    model_gap = ½ gᵀH⁻¹g, the model's f − f* (None unless H is positive definite).
    For adaptive methods with a state: preconditioner D (per coordinate),
    preconditioned_eigenvalues = eig(D^(−1/2) H D^(−1/2)), effective_condition their κ,
    step_eigenvalues = η · those (the η·λ each direction really sees); None otherwise.
    """

    point: np.ndarray
    value: float
    gradient: np.ndarray
    hessian: np.ndarray
    eigenvalues: np.ndarray
    eigenvectors: np.ndarray
    condition: float
    kind: str
    critical: bool
    exact: bool
    optimizer: str
    lr: float | None
    momentum: float | None
    rate: float | None
    limit: float | None
    stable_lr: float | None
    lr_ratio: float | None
    steps_per_decade: float | None
    model_gap: float | None
    preconditioner: np.ndarray | None
    preconditioned_eigenvalues: np.ndarray | None
    effective_condition: float | None
    step_eigenvalues: np.ndarray | None

    @property
    def sharpness(self) -> float:
        return float(self.eigenvalues[1])

    @property
    def unstable(self) -> bool:
        """Past the stability limit (the meter's red)."""
        return self.lr_ratio is not None and self.lr_ratio >= 1.0


def condition_number(eigenvalues) -> float:
    a = np.abs(np.asarray(eigenvalues, dtype=float))
    lo, hi = float(a.min()), float(a.max())
    if hi == 0.0:
        return 1.0
    return math.inf if lo == 0.0 else hi / lo


def sharpness(surface, points) -> np.ndarray:
    """λmax of the Hessian at each point: (..., 2) -> (...), one surface call (Cohen et al.
    2021 compare it with 2/η: gradient descent hovers at the edge of stability)."""
    h = np.asarray(surface.hessian(np.asarray(points, dtype=float)), dtype=float)
    a, b, c = h[..., 0, 0], h[..., 0, 1], h[..., 1, 1]
    return 0.5 * (a + c) + np.hypot(0.5 * (a - c), b)     # eigh2's larger root, without the vectors


def _hyperparams(optimizer, hyperparams: Mapping | None) -> tuple[str, dict]:
    from .. import optimizers
    if isinstance(optimizer, str):
        name = optimizers.definition(optimizer).name
        hp = optimizers.create(name, **dict(hyperparams or {})).hyperparams
    else:
        name = optimizer.name
        hp = optimizer.hyperparams
        if hyperparams:
            probe = optimizer.copy()
            probe.set(**hyperparams)
            hp = probe.hyperparams
    return name, hp


def _denominator(state: Mapping | None, hp: dict, lr: float | None) -> np.ndarray | None:
    """D per coordinate from a lane's record (or any mapping with these keys), or None."""
    if not state:
        return None

    def first_row(key):
        arr = np.asarray(state[key], dtype=float).reshape(-1, 2)[0]
        return arr if np.all(np.isfinite(arr)) else None

    eps = float(hp.get("eps", 0.0))
    if "effective_lr" in state and lr:
        e = first_row("effective_lr")
        return None if e is None or np.any(e <= 0) else lr / e
    for key in ("v_hat", "v", "sum_sq"):
        if key in state:
            v = first_row(key)
            return None if v is None else np.sqrt(np.maximum(v, 0.0)) + eps
    if "u" in state:       # Adamax: the infinity norm
        u = first_row("u")
        return None if u is None else u
    return None


def local(surface, point, optimizer, hyperparams: Mapping | None = None, state: Mapping | None = None,
          *, t: int = 0, grad_tol: float = 1e-6) -> LocalAnalysis:
    """The local analysis at ``point`` for ``optimizer`` (a name or an engine Optimizer).

    hyperparams override the optimizer's (validated by the engine's spec); state: the
    lane's last record (``lane.last_record``) or a mapping with ``effective_lr`` (preferred),
    ``v_hat``, ``v``, ``sum_sq`` or ``u``; t: the step, for the lr schedule; grad_tol: the
    gradient norm under which the point counts as critical (the engine's convergence tol).
    """
    from ..optimizers import schedule_factor
    name, hp = _hyperparams(optimizer, hyperparams)
    p = np.asarray(point, dtype=float).reshape(2)
    if not np.all(np.isfinite(p)):
        raise ValueError(f"Invalid point {point!r}: must be two finite numbers (x, y)")
    (x0, x1), (y0, y1) = surface.bounds
    probe = np.array([p, [x0, y0], [x1, y1]])
    hs = np.asarray(surface.hessian(probe), dtype=float)
    h = hs[0]
    g = np.asarray(surface.grad(p), dtype=float).reshape(2)
    value = float(np.asarray(surface.value(p)).reshape(-1)[0])
    if not (np.all(np.isfinite(h)) and np.all(np.isfinite(g)) and np.isfinite(value)):
        raise ValueError(f"No local model at {tuple(float(c) for c in p)}: the surface's value, gradient "
                         "or Hessian is not finite there")
    lam, vecs = eigh2(h)
    scale = max(1.0, float(np.max(np.abs(h))))
    exact = bool(np.all(np.abs(hs - h) <= 1e-12 * scale))
    critical = bool(np.hypot(*g) <= grad_tol)
    kind = str(classify(h))
    if not critical:
        kind = _SHAPES[kind]

    lr = float(hp["lr"]) * schedule_factor(hp, int(t)) if "lr" in hp else None
    momentum = rate = limit = stable = ratio = per_decade = None
    if name in rates.NAMES and lr is not None:
        mu = float(hp.get("momentum", 0.0)) if name != "sgd" else 0.0
        damp = float(hp.get("dampening", 0.0)) if name == "momentum" else 0.0
        momentum = mu if name != "sgd" else None
        rate = float(np.max(rates.radius(name, lam, lr, mu, damp)))
        limit = float(rates.stability_limit(name, mu, damp))
        stable = limit / float(lam[1]) if lam[1] > 0 else math.inf
        ratio = float(lr / stable)
        per_decade = rates.steps_per_decade(rate)

    model_gap = None
    if lam[0] > 0:
        model_gap = 0.5 * float(g @ np.linalg.solve(h, g))

    d = _denominator(state, hp, lr)
    pre_lam = eff_kappa = step_lam = None
    if d is not None and np.all(d > 0):
        s = 1.0 / np.sqrt(d)
        pre_lam = eigh2(h * s[:, None] * s[None, :])[0]
        eff_kappa = condition_number(pre_lam)
        step_lam = lr * pre_lam if lr is not None else None
    return LocalAnalysis(p, value, g, h, lam, vecs, condition_number(lam), kind, critical, exact, name,
                         lr, momentum, rate, limit, stable, ratio, per_decade, model_gap, d, pre_lam,
                         eff_kappa, step_lam)
