"""One optimizer advancing a batch of points: the single step code path behind
``simulate``, the app's runs and basin maps.

Status never raises: a point converges when its true gradient norm drops below ``tol``
and diverges when its value or position becomes non-finite or leaves the window by more
than 1e6 window sizes. Either way it freezes at its last good position, so no NaN or inf
ever reaches ``points``.
"""
from __future__ import annotations

import numpy as np

from .oracle import GradientOracle

DIVERGENCE_FACTOR = 1e6


def window_limits(surface) -> tuple[np.ndarray, float]:
    (x0, x1), (y0, y1) = surface.bounds
    center = np.array([(x0 + x1) / 2.0, (y0 + y1) / 2.0])
    size = max(x1 - x0, y1 - y0)
    return center, DIVERGENCE_FACTOR * size


def _min_max(a: np.ndarray) -> tuple[float, float]:
    """(min, max) of a 1-D array; NaN anywhere makes both comparisons fail downstream.
    A single point (the app's lanes) skips numpy's reductions, ~1.5 us each."""
    if a.shape[0] == 1:
        v = a.item()
        return v, v
    lo, hi = a.min(), a.max()
    if np.isnan(lo) or np.isnan(hi):
        return np.nan, np.nan
    return lo, hi


class Stepper:
    """Points (n, 2) under one optimizer, with per-point convergence/divergence steps."""

    def __init__(self, surface, optimizer, starts, *, noise: float = 0.0, seed: int | None = 0,
                 tol: float = 1e-6, track_values: bool = True):
        self.surface = surface
        self.optimizer = optimizer
        self.oracle = GradientOracle(surface, noise, seed)
        self.points = np.array(starts, dtype=float).reshape(-1, 2)
        self.n = len(self.points)
        self.tol = float(tol)
        self.tol2 = self.tol * self.tol
        self.track_values = track_values
        self.center, self.limit = window_limits(surface)
        self.limit2 = self.limit * self.limit
        self.state = optimizer.init(self.points)
        self.t = 0
        self.converged_step = np.full(self.n, -1)
        self.diverged_step = np.full(self.n, -1)
        self.active = np.ones(self.n, dtype=bool)
        self._all_active = self._any_active = self.n > 0
        self.values = None
        self._gn2 = np.full(self.n, np.nan)
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

    def _freeze(self, mask, steps, t):
        if mask.any():
            steps[mask] = t
            self.active &= ~mask
            self._all_active = False
            self._any_active = bool(self.active.any())

    def step(self, record: dict | None = None) -> None:
        """Advance every active point by one step (frozen points stay where they are)."""
        if not self._any_active:
            return
        with np.errstate(all="ignore"):
            pts = self.points
            g = self.oracle.grad(pts)
            clean = g if self.oracle.clean_grad is None else self.oracle.clean_grad
            gn2 = np.einsum("ij,ij->i", clean, clean)
            self._gn2 = gn2
            # Fast path: nobody frozen, no point converging, nothing non-finite.
            lo, hi = _min_max(gn2)
            if not (self._all_active and lo >= self.tol2 and hi < np.inf):
                self._freeze(self.active & (gn2 < self.tol2), self.converged_step, self.t)
                self._freeze(self.active & ~np.isfinite(gn2), self.diverged_step, self.t)
                if not self._any_active:
                    return
            if record is not None:
                record["grad"] = g.copy()
            new = pts + self.optimizer.update(g, self.state, pts, oracle=self.oracle, record=record)
            offset = new - self.center
            r2 = np.einsum("ij,ij->i", offset, offset)
            values = self.oracle.value(new).reshape(self.n) if self.track_values else None
            v_lo, v_hi = _min_max(values) if values is not None else (0.0, 0.0)
            if not (_min_max(r2)[1] <= self.limit2 and -np.inf < v_lo and v_hi < np.inf):
                ok = r2 <= self.limit2
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
            self.points = new
            if values is not None:
                self.values = values
            self.t += 1

    @property
    def grad_norm(self) -> np.ndarray:
        """The true gradient norm at the points the last step started from."""
        return np.sqrt(self._gn2)

    def status(self) -> np.ndarray:
        out = np.full(self.n, "running", dtype=object)
        out[self.converged_step >= 0] = "converged"
        out[self.diverged_step >= 0] = "diverged"
        return out
