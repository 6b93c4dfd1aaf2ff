"""A lane's history: every point, value and diagnostic so far, with a memory cap.

Arrays grow by doubling up to ``cap`` rows; at the cap the older half is thinned to every
other row, so the recent path stays at full resolution, the old one gets sparser, and
memory never grows past the cap. Step numbers are kept, so a thinned history still maps
each row to the step it came from.

``evaluations`` (rows, 3) int64 holds the cumulative value, gradient and Hessian
evaluation counts at each kept point (columns in ``EVALUATION_KINDS`` order) and
``seconds`` the engine's cumulative wall-clock time for the lane, so a plot can count cost
in evaluations or seconds instead of steps without recomputing anything.
"""
from __future__ import annotations

import numpy as np

MIN_CAP = 64
EVALUATION_KINDS = ("value", "grad", "hessian")


class History:
    def __init__(self, cap: int = 100_000):
        if cap < MIN_CAP:
            raise ValueError(f"Invalid history cap: {cap} (must be >= {MIN_CAP})")
        self.cap = int(cap)
        self.size = 0
        self.last_step = -1  # steps[size - 1] as a Python int (the hot path compares it)
        self._alloc(min(1024, self.cap))

    def _alloc(self, rows: int):
        self.steps = np.zeros(rows, dtype=np.int64)
        self.points = np.zeros((rows, 2))
        self.values = np.zeros(rows)
        self.grad_norms = np.full(rows, np.nan)
        self.evaluations = np.zeros((rows, 3), dtype=np.int64)
        self.seconds = np.zeros(rows)
        self.extras: dict[str, np.ndarray] = {}

    def _grow(self):
        rows = min(2 * len(self.steps), self.cap)
        for name in ("steps", "points", "values", "grad_norms", "evaluations", "seconds"):
            old = getattr(self, name)
            new = np.full((rows,) + old.shape[1:], np.nan) if name == "grad_norms" else np.zeros((rows,) + old.shape[1:], old.dtype)
            new[: self.size] = old[: self.size]
            setattr(self, name, new)
        for name, old in self.extras.items():
            new = np.full((rows,) + old.shape[1:], np.nan, dtype=old.dtype)
            new[: self.size] = old[: self.size]
            self.extras[name] = new

    def _thin(self):
        n = self.size
        half = n // 2
        keep = np.concatenate([np.arange(0, half, 2), np.arange(half, n)])
        for arr in (self.steps, self.points, self.values, self.grad_norms, self.evaluations, self.seconds,
                    *self.extras.values()):
            arr[: len(keep)] = arr[keep]
        self.size = len(keep)
        for arr in self.extras.values():
            arr[self.size:] = np.nan

    def append(self, step: int, point, value: float, grad_norm: float = np.nan, record: dict | None = None,
               evaluations=None, seconds: float | None = None):
        """Add a point; ``record`` (the diagnostics of the step that led here) is stored on
        the previous row, the point whose gradient it used. ``evaluations``: the lane's
        cumulative (value, grad, hessian) counts at this point, ``seconds`` its engine time."""
        if self.size == len(self.steps):
            if self.size < self.cap:
                self._grow()
            else:
                self._thin()
        i = self.size
        self.steps[i] = self.last_step = step
        self.points[i] = point
        self.values[i] = value
        self.set_cost(i, evaluations, seconds)
        if i > 0:
            self.grad_norms[i - 1] = grad_norm
            if record:
                self.store(i - 1, record)
        self.size = i + 1

    def set_cost(self, row: int, evaluations=None, seconds: float | None = None) -> None:
        """The cumulative evaluation counts (an ``EvaluationCounter.mark``) and seconds at ``row``."""
        if evaluations is not None:   # a tuple of ints, or (3, 1) once rows were charged unevenly
            self.evaluations[row] = evaluations if isinstance(evaluations, tuple) else evaluations[:, 0]
        if seconds is not None:
            self.seconds[row] = seconds

    def store(self, row: int, record: dict):
        """Record values are arrays whose first axis is the (single) point."""
        extras = self.extras
        for name, arr in record.items():
            buf = extras.get(name)
            if buf is None:
                buf = np.full((len(self.steps),) + arr.shape[1:], np.nan, dtype=np.float32)
                extras[name] = buf
            buf[row] = arr[0]

    def clear(self):
        self.size = 0
        self.last_step = -1
        self._alloc(min(1024, self.cap))

    # -- views ---------------------------------------------------------------------
    def view(self, name: str) -> np.ndarray:
        if name in ("steps", "points", "values", "grad_norms", "evaluations", "seconds"):
            return getattr(self, name)[: self.size]
        return self.extras[name][: self.size]

    def row_at(self, step: int) -> int:
        """The row of the last kept point at or before ``step``."""
        idx = int(np.searchsorted(self.steps[: self.size], step, side="right")) - 1
        return max(0, min(idx, self.size - 1))

    def record_at(self, row: int) -> dict:
        return {name: arr[row] for name, arr in self.extras.items() if np.all(np.isfinite(arr[row]))}
