"""One optimizer advancing a batch of points: the single step code path behind
``simulate``, the app's runs and basin maps.

Status never raises: a point converges when its true gradient norm drops below ``tol``
and diverges when its value or position becomes non-finite or leaves the window by more
than 1e6 window sizes. Either way it freezes at its last good position, so no NaN or inf
ever reaches ``points``.
"""
from __future__ import annotations

import math

import numpy as np

from .linalg2 import dot
from .oracle import EvaluationCounter, GradientOracle

DIVERGENCE_FACTOR = 1e6


def window_limits(surface) -> tuple[np.ndarray, float]:
    (x0, x1), (y0, y1) = surface.bounds
    center = np.array([(x0 + x1) / 2.0, (y0 + y1) / 2.0])
    size = max(x1 - x0, y1 - y0)
    return center, DIVERGENCE_FACTOR * size


def _min_max(a: np.ndarray) -> tuple[float, float]:
    """(min, max) of a 1-D array, NaN if any element is NaN (so range checks fail).
    Tiny arrays (the app's single-point lanes) skip numpy's reductions, ~1.5 us each."""
    if a.shape[0] <= 2:
        vals = a.tolist()
        if not math.isfinite(sum(vals)):
            return math.nan, math.nan
        return min(vals), max(vals)
    return a.min(), a.max()


def _min_sum(a: np.ndarray) -> tuple[float, float]:
    """(min, sum): the sum is non-finite if any element is."""
    if a.shape[0] == 1:
        v = a.item()
        return v, v
    return a.min(), a.sum()


class Stepper:
    """Points (n, 2) under one optimizer, with per-point convergence/divergence steps."""

    def __init__(self, surface, optimizer, starts, *, noise: float = 0.0, seed: int | None = 0,
                 tol: float = 1e-6, track_values: bool = True, oracle: GradientOracle | None = None,
                 batch_size: int | None = None):
        self.surface = surface
        self.optimizer = optimizer
        self.oracle = GradientOracle(surface, noise, seed, batch_size) if oracle is None else oracle
        self.points = np.array(starts, dtype=float).reshape(-1, 2)
        self.n = len(self.points)
        self.counter = self.oracle.counter = EvaluationCounter(self.n)
        self.tol = float(tol)
        self.tol2 = self.tol * self.tol
        self.track_values = track_values
        self.center, self.limit = window_limits(surface)
        self.limit2 = self.limit * self.limit
        # A box inside the divergence disc: points in it need no per-point check.
        half = self.limit / np.sqrt(2.0)
        self.box = (float(np.max(self.center) - half), float(np.min(self.center) + half))
        self.state = optimizer.init(self.points)
        self.t = 0
        self.converged_step = np.full(self.n, -1)
        self.diverged_step = np.full(self.n, -1)
        self.active = np.ones(self.n, dtype=bool)
        self._all_active = self._any_active = self.n > 0
        self.values = None
        self._gn2 = np.full(self.n, np.nan)
        self._spare = np.empty_like(self.points)
        self._gbuf = np.empty_like(self.points)
        with np.errstate(all="ignore"):
            bad = ~(np.abs(self.points - self.center).max(axis=-1) <= self.limit / np.sqrt(2))
            if track_values:
                self.values = self.oracle.value(self.points).reshape(self.n)
                bad |= ~np.isfinite(self.values)
        self._freeze(bad, self.diverged_step, 0)
        self.points[bad] = np.nan_to_num(self.points[bad], nan=0.0, posinf=0.0, neginf=0.0)

    @property
    def running(self) -> bool:
        return self._any_active

    @property
    def evaluations(self) -> dict:
        """kind -> (n,) cumulative counts of value, gradient and Hessian evaluations."""
        return self.counter.totals()

    def _freeze(self, mask, steps, t):
        if mask.any():
            steps[mask] = t
            self.active &= ~mask
            self.counter.active = self.active    # stopped rows are charged no more
            self._all_active = False
            self._any_active = bool(self.active.any())

    def step(self, record: dict | None = None) -> None:
        """Advance every active point by one step (frozen points stay where they are).

        The hot path of basin maps: no temporaries of the batch's size beyond what the
        surface and the optimizer need, and checks done as whole-array reductions that
        fall back to per-point work only when something converged or went bad.
        """
        if not self._any_active:
            return
        with np.errstate(all="ignore"):
            g = self.oracle.grad_into(self.points, self._gbuf)
            new = self.propose(g, record)
            if new is not None:
                values = self.oracle.value(new).reshape(self.n) if self.track_values else None
                self.settle(new, values, record)

    # The two halves of a step. A Run calls them directly so that one surface evaluation
    # serves all its lanes; callers wrap them in np.errstate(all="ignore").
    def propose(self, g: np.ndarray, record: dict | None = None) -> np.ndarray | None:
        """Check the gradient ``g`` at the current points (noise already added, see
        ``oracle.perturb``) and return the proposed new points, or None if all stopped."""
        clean = g if self.oracle.clean_grad is None else self.oracle.clean_grad
        gn2 = self._gn2
        if self.n == 1:  # the app's lanes: Python floats, the same products and sum as below
            gx, gy = clean.ravel().tolist()
            lo = total = gn2[0] = gx * gx + gy * gy
        else:
            np.multiply(clean[:, 0], clean[:, 0], out=gn2)
            gn2 += clean[:, 1] * clean[:, 1]
            lo, total = _min_sum(gn2)
        if not (self._all_active and lo >= self.tol2 and total < math.inf):
            self._freeze(self.active & (gn2 < self.tol2), self.converged_step, self.t)
            self._freeze(self.active & ~np.isfinite(gn2), self.diverged_step, self.t)
            if not self._any_active:
                return None
        if record is not None:
            record["grad"] = g.copy()
        pts = self.points
        return np.add(pts, self.optimizer.update(g, self.state, pts, oracle=self.oracle, record=record),
                      out=self._spare)

    def settle(self, new: np.ndarray, values: np.ndarray | None, record: dict | None = None) -> None:
        """Accept the proposed points: divergence checks, freezing, then commit."""
        pts = self.points
        lo, hi = _min_max(new.reshape(-1))
        inside = self.box[0] <= lo and hi <= self.box[1]
        if not (inside and (values is None or abs(_min_sum(values)[1]) < np.inf)):
            offset = new - self.center
            ok = dot(offset, offset) <= self.limit2
            if values is not None:
                ok &= np.isfinite(values)
            self._freeze(self.active & ~ok, self.diverged_step, self.t + 1)
        if not self._all_active:
            frozen = ~self.active
            new[frozen] = pts[frozen]
            if values is not None:
                values[frozen] = self.values[frozen]
        if record is not None:
            record["step"] = new - pts
        self._spare, self.points = pts, new
        if values is not None:
            self.values = values
        self.t += 1

    @property
    def grad_norm(self) -> np.ndarray:
        """The true gradient norm at the points the last step started from."""
        return np.sqrt(self._gn2)

    def grad_norm_at(self, i: int) -> float:
        """``grad_norm[i]`` as a Python float, without the whole array (a lane's hot path)."""
        return math.sqrt(self._gn2[i])

    def status(self) -> np.ndarray:
        out = np.full(self.n, "running", dtype=object)
        out[self.converged_step >= 0] = "converged"
        out[self.diverged_step >= 0] = "diverged"
        return out
