"""Basin and speed maps: one optimizer from every point of a grid over the window at once.

The grid runs through the very same Stepper as a single run, as one (n, 2) batch.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .stepper import Stepper


@dataclass
class BasinMap:
    """Per start of a resolution x resolution grid (rows: y from ymin up; columns: x):

    minimum_index: index into ``minima`` of the minimum reached, -1 for none or diverged;
    converged_step: the step where the gradient norm fell below tol, -1 if it never did;
    final_value: the loss at the last finite point; diverged: True where it diverged.
    completed is False when cancelled (the arrays then hold the state reached so far).
    """

    xs: np.ndarray
    ys: np.ndarray
    minima: np.ndarray
    minimum_index: np.ndarray
    converged_step: np.ndarray
    final_value: np.ndarray
    final_points: np.ndarray
    diverged: np.ndarray
    steps_done: int
    completed: bool
    bounds: tuple

    def counts(self) -> dict[int, int]:
        """How many starts ended at each minimum index (and -1)."""
        idx, n = np.unique(self.minimum_index, return_counts=True)
        return {int(i): int(c) for i, c in zip(idx, n)}


def grid_starts(bounds, resolution: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Cell-centred grid over the window: xs, ys and starts (res*res, 2), row-major in y."""
    (x0, x1), (y0, y1) = bounds
    xs = x0 + (np.arange(resolution) + 0.5) * (x1 - x0) / resolution
    ys = y0 + (np.arange(resolution) + 0.5) * (y1 - y0) / resolution
    gx, gy = np.meshgrid(xs, ys)
    return xs, ys, np.stack([gx.ravel(), gy.ravel()], axis=-1)


def _cancelled(cancel) -> bool:
    if cancel is None:
        return False
    if hasattr(cancel, "is_set"):
        return cancel.is_set()
    return bool(cancel())


def basin_map(surface, optimizer, resolution: int = 256, steps: int = 500, tol: float = 1e-6, *,
              noise: float = 0.0, seed: int | None = 0, radius: float | None = None,
              progress=None, cancel=None) -> BasinMap:
    """Run ``optimizer`` from every cell of a grid over ``surface.bounds``.

    radius: how close the final point must be to a known minimum to count as reaching it
        (default 3% of the window's larger side).
    progress: called with a fraction in [0, 1] about every 1% of the steps, and with 1.0 at
        the end. cancel: a threading.Event or a callable, checked between steps.
    """
    resolution, steps = int(resolution), int(steps)
    if not 2 <= resolution <= 4096:
        raise ValueError(f"Invalid resolution: {resolution} (must be in [2, 4096])")
    if steps < 0:
        raise ValueError(f"Invalid steps: {steps} (must be >= 0)")
    xs, ys, starts = grid_starts(surface.bounds, resolution)
    stepper = Stepper(surface, optimizer, starts, noise=noise, seed=seed, tol=tol, track_values=False)
    every = max(1, steps // 100)
    done = 0
    completed = True
    for k in range(steps):
        if _cancelled(cancel):
            completed = False
            break
        stepper.step()
        done = k + 1
        if not stepper.running:
            break
        if progress is not None and done % every == 0 and done < steps:
            progress(done / steps)
    if progress is not None and completed:
        progress(1.0)
    pts = stepper.points
    with np.errstate(all="ignore"):
        final_value = np.asarray(surface.value(pts), dtype=float).reshape(-1)
    minima = np.asarray(getattr(surface, "minima", np.zeros((0, 2))), dtype=float).reshape(-1, 2)
    (bx0, bx1), (by0, by1) = surface.bounds
    if radius is None:
        radius = 0.03 * max(bx1 - bx0, by1 - by0)
    diverged = stepper.diverged_step >= 0
    index = np.full(len(pts), -1)
    if len(minima):
        d2 = ((pts[:, None, :] - minima[None, :, :]) ** 2).sum(-1)
        nearest = d2.argmin(axis=1)
        close = d2[np.arange(len(pts)), nearest] <= radius * radius
        index = np.where(close & ~diverged, nearest, -1)
    shape = (resolution, resolution)
    return BasinMap(xs, ys, minima, index.reshape(shape), stepper.converged_step.reshape(shape).copy(),
                    final_value.reshape(shape), pts.reshape(shape + (2,)), diverged.reshape(shape),
                    done, completed, tuple(map(tuple, surface.bounds)))
