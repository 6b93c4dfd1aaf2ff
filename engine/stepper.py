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
        self.track_values = track_values
        self.center, self.limit = window_limits(surface)
        self.state = optimizer.init(self.points)
        self.t = 0
        self.converged_step = np.full(self.n, -1)
        self.diverged_step = np.full(self.n, -1)
        self.active = np.ones(self.n, dtype=bool)
        self.values = None
        self.grad_norm = np.full(self.n, np.nan)
        with np.errstate(all="ignore"):
            bad = ~(np.abs(self.points - self.center).max(axis=-1) <= self.limit)
            if track_values:
                self.values = self.oracle.value(self.points).reshape(self.n)
                bad |= ~np.isfinite(self.values)
        self._freeze(bad, self.diverged_step, 0)
        self.points[bad] = np.nan_to_num(self.points[bad], nan=0.0, posinf=0.0, neginf=0.0)

    @property
    def running(self) -> bool:
        return bool(self.active.any())

    def _freeze(self, mask, steps, t):
        if mask.any():
            steps[mask] = t
            self.active &= ~mask

    def step(self, record: dict | None = None) -> None:
        """Advance every active point by one step (frozen points stay where they are)."""
        if not self.active.any():
            return
        with np.errstate(all="ignore"):
            pts = self.points
            g = self.oracle.grad(pts)
            clean = g if self.oracle.clean_grad is None else self.oracle.clean_grad
            gn2 = np.einsum("ij,ij->i", clean, clean)
            self.grad_norm = np.sqrt(gn2)
            done = self.active & (gn2 < self.tol * self.tol)
            self._freeze(done, self.converged_step, self.t)
            nonfinite = self.active & ~np.isfinite(gn2)
            self._freeze(nonfinite, self.diverged_step, self.t)
            if not self.active.any():
                return
            if record is not None:
                record["grad"] = g.copy()
            new = pts + self.optimizer.update(g, self.state, pts, oracle=self.oracle, record=record)
            ok = np.abs(new - self.center).max(axis=-1) <= self.limit
            if self.track_values:
                values = self.oracle.value(new).reshape(self.n)
                ok &= np.isfinite(values)
            bad = self.active & ~ok
            self._freeze(bad, self.diverged_step, self.t + 1)
            frozen = ~self.active
            if frozen.any():
                new[frozen] = pts[frozen]
                if self.track_values:
                    values[frozen] = self.values[frozen]
            if record is not None:
                record["step"] = new - pts
            self.points = new
            if self.track_values:
                self.values = values
            self.t += 1

    def status(self) -> np.ndarray:
        out = np.full(self.n, "running", dtype=object)
        out[self.converged_step >= 0] = "converged"
        out[self.diverged_step >= 0] = "diverged"
        return out
