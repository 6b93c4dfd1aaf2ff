"""A race the app animates: several optimizers from one start point on one surface.

    run = Run(surfaces.get("ravine"), start=(1.5, 1.0))
    sgd = run.add("sgd", lr=0.01)
    run.add("momentum", lr=0.01, momentum=0.9)
    run.step(10)             # every running lane takes 10 steps
    sgd.set(lr=0.02)         # live: the next step uses it, velocity and moments are kept
    run.reset(start=(0.5, 1.0))

Each lane records per step the gradient, the step taken and the optimizer's internal
state (``lane.last_record`` in float64; the history keeps them for rewinding).
"""
from __future__ import annotations

import itertools
from typing import Any

import numpy as np

from . import optimizers as _optimizers
from .history import History
from .minibatch import check_batch_size
from .stepper import Stepper


def _lane_batch_size(surface, batch_size):
    """A lane's batch size on ``surface``: None off data surfaces, at most their N (the lane
    keeps the size it asked for across surface changes)."""
    if batch_size is None:
        return None
    batch_size = check_batch_size(batch_size, 2 ** 31, "lane")
    n = getattr(surface, "n_examples", None)
    return None if n is None else min(batch_size, n)


class Lane:
    """One optimizer instance of the race, with its own noise and history."""

    _ids = itertools.count(1)

    def __init__(self, run: "Run", optimizer, label: str, noise: float, seed: int | None,
                 batch_size: int | None = None):
        self.id = next(self._ids)
        self.run = run
        self.optimizer = optimizer
        self.label = label
        self.noise = float(noise)
        self.seed = seed
        self.batch_size = batch_size   # None: the surface's (data surfaces only)
        self.history = History(run.history_cap)
        self.last_record: dict | None = None
        self.restart()

    def restart(self):
        self.stepper = Stepper(self.run.surface, self.optimizer, self.run.start, noise=self.noise,
                               seed=self.seed, tol=self.run.tol,
                               batch_size=_lane_batch_size(self.run.surface, self.batch_size))
        self.history.clear()
        self.history.append(0, self.stepper.points[0], self.stepper.values[0])
        self.last_record = None

    # -- live changes ----------------------------------------------------------------
    def set(self, **values: Any) -> None:
        """Change hyperparameters (and ``noise``, ``batch_size``) live; accumulated state is kept."""
        if "batch_size" in values:
            batch_size = values.pop("batch_size")
            self.stepper.oracle.set_batch_size(_lane_batch_size(self.run.surface, batch_size))
            self.batch_size = batch_size
        noise = values.pop("noise", None)
        if noise is not None:
            noise = float(noise)
            if not np.isfinite(noise) or noise < 0:
                raise ValueError(f"Invalid value for {self.optimizer.name}'s 'noise': {noise!r} (must be >= 0)")
        self.optimizer.set(**values)
        if noise is not None:
            self.noise = noise
            self.stepper.oracle.noise = noise

    # -- what the app shows ----------------------------------------------------------------
    @property
    def t(self) -> int:
        return self.stepper.t

    @property
    def point(self) -> np.ndarray:
        return self.stepper.points[0]

    @property
    def value(self) -> float:
        return float(self.stepper.values[0])

    @property
    def grad_norm(self) -> float:
        return float(self.stepper.grad_norm[0])

    @property
    def status(self) -> str:
        return str(self.stepper.status()[0])

    @property
    def status_step(self) -> int:
        """The step at which it converged or diverged, -1 while running."""
        return int(max(self.stepper.converged_step[0], self.stepper.diverged_step[0]))

    @property
    def running(self) -> bool:
        return bool(self.stepper.active[0])

    def step(self, record: bool = True) -> bool:
        """One step of this lane alone (a Run steps all lanes with one surface call)."""
        if not self.stepper.running:
            return False
        rec = {} if record else None
        self.stepper.step(rec)
        self._log(rec)
        return True

    def _log(self, rec: dict | None) -> None:
        st = self.stepper
        if st.t > self.history.steps[self.history.size - 1]:
            self.history.append(st.t, st.points[0], st.values[0], st.grad_norm[0], rec)
            self.last_record = rec
        else:  # it stopped before moving: converged or diverged at this step
            self.history.grad_norms[self.history.size - 1] = st.grad_norm[0]

    def __repr__(self):
        return f"<Lane {self.label} t={self.t} {self.status}>"


class Run:
    def __init__(self, surface, start, *, history_cap: int = 100_000, tol: float = 1e-6,
                 record: bool = True):
        self.surface = surface
        self.start = self._check_start(start)
        self.history_cap = int(history_cap)
        self.tol = float(tol)
        self.record = record
        self.lanes: list[Lane] = []

    @staticmethod
    def _check_start(start) -> np.ndarray:
        arr = np.asarray(start, dtype=float)
        if arr.shape != (2,) or not np.all(np.isfinite(arr)):
            raise ValueError(f"Invalid start point {start!r}: must be two finite numbers (x, y)")
        return arr.copy()

    def add(self, optimizer, label: str | None = None, noise: float = 0.0, seed: int | None = 0,
            batch_size: int | None = None, **hyperparams: Any) -> Lane:
        if isinstance(optimizer, str):
            optimizer = _optimizers.create(optimizer, **hyperparams)
        elif hyperparams:
            optimizer.set(**hyperparams)
        lane = Lane(self, optimizer, label or optimizer.name, noise, seed, batch_size)
        self.lanes.append(lane)
        return lane

    def remove(self, lane: Lane) -> None:
        self.lanes.remove(lane)

    def step(self, k: int = 1) -> int:
        """Advance every running lane by up to ``k`` steps; returns how many were taken.

        Each step evaluates the surface once for all lanes (their points stacked), then
        runs each lane's own half-steps (``Stepper.propose`` / ``settle``): the same code
        as a lone stepper, with a tenth of the surface calls for ten lanes.
        """
        taken = 0
        surface = self.surface
        with np.errstate(all="ignore"):
            for _ in range(int(k)):
                active = [lane for lane in self.lanes if lane.stepper.running]
                if not active:
                    break
                points = np.concatenate([lane.stepper.points for lane in active])
                grads = np.array(surface.grad(points), dtype=float)
                moving = []
                for i, lane in enumerate(active):
                    rec = {} if self.record else None
                    new = lane.stepper.propose(lane.stepper.oracle.observe(grads[i:i + 1], lane.stepper.points), rec)
                    if new is None:
                        lane._log(None)
                    else:
                        moving.append((lane, new, rec))
                if moving:
                    news = np.concatenate([new for _, new, _ in moving])
                    values = np.array(surface.value(news), dtype=float).reshape(-1)
                    for j, (lane, new, rec) in enumerate(moving):
                        lane.stepper.settle(new, values[j:j + 1], rec)
                        lane._log(rec)
                taken += 1
        return taken

    def reset(self, start=None) -> None:
        """Restart every lane from ``start`` (default: the current start point)."""
        if start is not None:
            self.start = self._check_start(start)
        for lane in self.lanes:
            lane.restart()

    def set_surface(self, surface) -> None:
        self.surface = surface
        self.reset()

    @property
    def running(self) -> bool:
        return any(lane.running for lane in self.lanes)

    @property
    def t(self) -> int:
        return max((lane.t for lane in self.lanes), default=0)
