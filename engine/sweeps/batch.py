"""``engine.sweep``: a grid of hyperparameters x seeds as one vectorized batch.

Every run of the grid is a row of one (n, 2) batch stepped by the same :class:`Stepper`
as ``simulate``. A swept float hyperparameter of the method (lr, momentum, betas, eps,
damping...) becomes an (n, 1) per-row array the blocks broadcast against the (n, 2) state
(``engine.optimizers.rows`` keeps each row's floats identical to a run on its own). Other
swept hyperparameters (choices, booleans, whole numbers, clipping and schedules) split
the rows into groups, one batch per distinct combination, all inside the same call: a
sweep of BFGS's line search is two batches, a sweep of Adam's lr and beta1 is one.

Seeds: with noise 0 the surface is deterministic, so one run per cell fills every seed
(identical rows would only cost time). With noise > 0, every row with seed s draws its
gradient noise from ``numpy.random.default_rng(s)``, one standard_normal(2) per gradient
call, exactly the stream ``simulate(..., seed=s)`` draws: rows of one seed share it
(common random numbers: settings are compared on the same luck), and for fixed-step
methods each run equals ``simulate`` with that seed bit for bit. Line searches draw noise
per probe, so their rows run one batch per seed and equal ``simulate`` with that seed too.
"""
from __future__ import annotations

import math
from collections.abc import Mapping

import numpy as np

from .. import optimizers as _optimizers
from ..oracle import KINDS, GradientOracle, SeededRowsOracle
from ..spec import unknown_name_message
from ..stepper import Stepper
from .result import Sweep

MAX_ROWS = 1_000_000


def sweep(surface, optimizer, start, grid: Mapping, steps: int = 500, seeds=(0,), noise: float = 0.0,
          tol: float = 1e-6, target: float | None = None, progress=None, cancel=None,
          **hyperparams) -> Sweep:
    """Run ``optimizer`` from ``start`` for every combination of the ``grid`` and every seed.

    optimizer: a name ("adam") or an Optimizer, whose current hyperparameters become the
        fixed ones; ``hyperparams`` (keywords) fix others, e.g. ``momentum=0.9``.
    grid: {name: values}, one result axis per entry in the order given.
    target: a loss value; ``target_step`` is the first step at or below it (-1: never).
    progress: called with a fraction in [0, 1] about every 1% of the work and with 1.0 at
        the end; cancel: a threading.Event or a callable, checked between steps (as
        ``basin_map``'s). A cancelled sweep has ``completed`` False; runs it never reached
        hold NaN values and -1 steps.
    Returns a :class:`Sweep` whose arrays are shaped (len(values_1), ..., len(seeds)).
    Bad input raises ValueError naming it, before any step is taken.

    >>> import engine, numpy as np
    >>> s = engine.surfaces.get("ravine")
    >>> sw = engine.sweep(s, "adam", start=(1.5, 1.0), grid={"lr": np.logspace(-3, 0, 10)}, steps=100)
    >>> sw.final_value.shape
    (10, 1)
    >>> sorted(sw.best())
    ['lr']
    """
    name, fixed = _resolve(optimizer, hyperparams, grid)
    spec = _optimizers.create(name, **fixed).spec
    axes = _grid_axes(name, spec, grid, fixed)
    seeds = _check_seeds(seeds)
    shape = tuple(len(v) for v in axes.values())
    cells = math.prod(shape)
    if cells * len(seeds) > MAX_ROWS:
        sizes = " x ".join(f"{len(v)} {k}" for k, v in axes.items())
        raise ValueError(f"Sweep too large: {sizes} x {len(seeds)} seeds = {cells * len(seeds)} runs "
                         f"(at most {MAX_ROWS})")
    axes = _check_values(name, spec, axes, fixed)
    steps, noise, tol, target, start = _check_run(steps, noise, tol, target, start)

    runs = len(seeds) if noise > 0 else 1              # rows per cell
    index = np.indices(shape).reshape(len(shape), -1).T if shape else np.zeros((1, 0), dtype=int)
    index = np.repeat(index, runs, axis=0)             # row r: cell r // runs, seed r % runs
    row_seed = np.tile(np.arange(runs), cells)
    out = {key: np.full(cells * runs, -1, dtype=np.int64) for key in ("converged_step", "target_step", "diverged_step")}
    out.update(final_value=np.full(cells * runs, np.nan), best_value=np.full(cells * runs, np.nan))
    counts = {kind: np.zeros(cells * runs, dtype=np.int64) for kind in KINDS}

    per_row = [k for k in axes if spec[k].kind == "float" and spec[k].group == ""]
    grouped = [i for i, k in enumerate(axes) if k not in per_row]
    keys = index[:, grouped]
    if noise > 0 and "line_search" in spec:
        # A line search's probes draw noise in lockstep with the rest of its batch: one
        # batch per seed keeps each seed's stream its own.
        keys = np.column_stack([keys, row_seed])
    groups, which = np.unique(keys, axis=0, return_inverse=True)
    members = np.split(np.argsort(which.reshape(-1), kind="stable"), np.cumsum(np.bincount(which.reshape(-1)))[:-1])
    names = list(axes)
    work = _Work(len(groups) * steps, progress, cancel)
    for key, rows in zip(groups, members):
        if work.cancelled():
            break
        key = key[:len(grouped)]
        opt = _optimizers.create(name, **fixed, **{names[i]: axes[names[i]][j] for i, j in zip(grouped, key)})
        if per_row:
            opt.set_rows(**{k: np.asarray(axes[k], dtype=float)[index[rows, names.index(k)]] for k in per_row})
        if noise > 0:
            used = np.unique(row_seed[rows])
            oracle = SeededRowsOracle(surface, noise, [seeds[j] for j in used], np.searchsorted(used, row_seed[rows]))
        else:
            oracle = GradientOracle(surface, 0.0, 0)
        _run(surface, opt, start, rows, steps, tol, target, oracle, out, counts, work)
    work.finish()

    def shaped(a):
        a = a.reshape(shape + (runs,))
        return np.repeat(a, len(seeds), axis=-1) if runs != len(seeds) else a

    fixed_all = {k: v for k, v in _optimizers.create(name, **fixed).hyperparams.items() if k not in axes}
    return Sweep(name, {k: np.asarray(v) if spec[k].kind == "float" else np.asarray(v, dtype=object)
                        for k, v in axes.items()},
                 tuple(seeds), fixed_all, (float(start[0]), float(start[1])), steps, noise, tol, target,
                 final_value=shaped(out["final_value"]), best_value=shaped(out["best_value"]),
                 converged_step=shaped(out["converged_step"]), target_step=shaped(out["target_step"]),
                 diverged_step=shaped(out["diverged_step"]),
                 evaluations={kind: shaped(a) for kind, a in counts.items()}, completed=not work.stopped)


class _Work:
    """Progress over every group's steps, and the cancel check between steps."""

    def __init__(self, total, progress, cancel):
        self.total, self.progress, self.cancel = max(1, total), progress, cancel
        self.done = 0
        self.every = max(1, self.total // 100)
        self.stopped = False

    def cancelled(self) -> bool:
        if self.cancel is not None and not self.stopped:
            self.stopped = bool(self.cancel.is_set() if hasattr(self.cancel, "is_set") else self.cancel())
        return self.stopped

    def advance(self, k: int = 1) -> None:
        before, self.done = self.done, self.done + k
        if self.progress is not None and self.done // self.every > before // self.every and self.done < self.total:
            self.progress(self.done / self.total)

    def finish(self) -> None:
        if self.progress is not None and not self.stopped:
            self.progress(1.0)


def _run(surface, opt, start, rows, steps, tol, target, oracle, out, counts, work) -> None:
    """Step one group's rows to the end (simulate's loop, keeping only what a sweep reports)."""
    stepper = Stepper(surface, opt, np.tile(start, (len(rows), 1)), tol=tol, oracle=oracle)
    best = stepper.values.copy()
    reached = np.full(len(rows), -1, dtype=np.int64)
    if target is not None:
        reached[stepper.values <= target] = 0
    k = 0
    while k < steps and stepper.running and not work.cancelled():
        before = stepper.t
        stepper.step()
        if stepper.t == before:
            break
        k += 1
        work.advance()
        values = stepper.values
        np.fmin(best, values, out=best)
        if target is not None:
            reached[(reached < 0) & (values <= target)] = k
    work.advance(steps - k)                 # the steps a finished group did not need
    out["final_value"][rows] = stepper.values
    out["best_value"][rows] = best
    out["converged_step"][rows] = stepper.converged_step
    out["diverged_step"][rows] = stepper.diverged_step
    out["target_step"][rows] = reached
    for kind, a in stepper.evaluations.items():
        counts[kind][rows] = a


def _resolve(optimizer, hyperparams, grid) -> tuple[str, dict]:
    if isinstance(optimizer, str):
        return optimizer, dict(hyperparams)
    if isinstance(optimizer, _optimizers.Optimizer):      # its settings, but the grid's where it sweeps
        own = {k: v for k, v in optimizer.hyperparams.items() if not (isinstance(grid, Mapping) and k in grid)}
        return optimizer.name, {**own, **hyperparams}
    raise ValueError(f"Invalid optimizer {optimizer!r}: give a name from engine.optimizers.names() or an Optimizer")


def _check_run(steps, noise, tol, target, start):
    steps = int(steps)
    if steps < 0:
        raise ValueError(f"Invalid steps: {steps} (must be >= 0)")
    noise = float(noise)
    if not math.isfinite(noise) or noise < 0:
        raise ValueError(f"Invalid noise: {noise!r} (must be a finite number >= 0)")
    tol = float(tol)
    if not tol >= 0:
        raise ValueError(f"Invalid tol: {tol!r} (must be >= 0)")
    if target is not None:
        target = float(target)
        if math.isnan(target):
            raise ValueError("Invalid target: nan (must be a number or None)")
    start = np.asarray(start, dtype=float)
    if start.shape != (2,) or not np.all(np.isfinite(start)):
        raise ValueError(f"Invalid start point {start.tolist()!r}: must be two finite numbers (x, y)")
    return steps, noise, tol, target, start


def _grid_axes(name, spec, grid, fixed) -> dict:
    """The grid's axes as lists, with names and shapes checked (values come next)."""
    if not isinstance(grid, Mapping):
        raise ValueError(f"Invalid grid {grid!r}: must be a dict {{hyperparameter: values}}")
    axes = {}
    for key, values in grid.items():
        if key not in spec:
            raise ValueError(unknown_name_message(f"hyperparameter of {name} in the grid:", key, spec.names()))
        if key in fixed:
            raise ValueError(f"Hyperparameter {key!r} is both swept and fixed: give it in the grid or as a keyword")
        if isinstance(values, (str, bytes)) or np.ndim(values) != 1:
            raise ValueError(f"Invalid grid axis {key!r}: {values!r} (must be a 1-D sequence of values)")
        values = list(values)
        if not values:
            raise ValueError(f"Empty grid axis {key!r}: give at least one value")
        axes[key] = values
    return axes


def _check_values(name, spec, axes, fixed) -> dict:
    """Every value against the spec (the error names it), and the method's own rules."""
    checks = _optimizers.definition(name).checks
    base = _optimizers.create(name, **fixed).hyperparams
    out = {}
    for key, values in axes.items():
        checked = [spec[key].check(v, name) for v in values]
        if checks is not None:
            for v in checked:
                checks({**base, key: v}, name)
        out[key] = checked
    return out


def _check_seeds(seeds) -> list:
    if isinstance(seeds, (int, np.integer)):
        seeds = [seeds]
    seeds = list(seeds)
    if not seeds:
        raise ValueError("Empty seeds: give at least one seed")
    for s in seeds:
        if isinstance(s, bool) or not isinstance(s, (int, np.integer)) or s < 0:
            raise ValueError(f"Invalid seed {s!r}: seeds must be whole numbers >= 0")
    return [int(s) for s in seeds]
