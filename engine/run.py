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
from .stepper import Stepper


class Lane:
    """One optimizer instance of the race, with its own noise and history."""

    _ids = itertools.count(1)

    def __init__(self, run: "Run", optimizer, label: str, noise: float, seed: int | None):
        self.id = next(self._ids)
        self.run = run
        self.optimizer = optimizer
        self.label = label
        self.noise = float(noise)
        self.seed = seed
        self.history = History(run.history_cap)
        self.last_record: dict | None = None
        self.restart()

    def restart(self):
        self.stepper = Stepper(self.run.surface, self.optimizer, self.run.start, noise=self.noise,
                               seed=self.seed, tol=self.run.tol)
        self.history.clear()
        self.history.append(0, self.stepper.points[0], self.stepper.values[0])
        self.last_record = None

    # -- live changes ----------------------------------------------------------------
    def set(self, **values: Any) -> None:
        """Change hyperparameters (and ``noise``) live; accumulated state is kept."""
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
        if not self.stepper.active[0]:
            return False
        rec = {} if record else None
        self.stepper.step(rec)
        if self.stepper.t > self.history.steps[self.history.size - 1]:
            self.history.append(self.stepper.t, self.stepper.points[0], self.stepper.values[0],
                                self.stepper.grad_norm[0], rec)
            self.last_record = rec
        else:  # it stopped before moving: converged or diverged at this step
            self.history.grad_norms[self.history.size - 1] = self.stepper.grad_norm[0]
        return True

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
            **hyperparams: Any) -> Lane:
        if isinstance(optimizer, str):
            optimizer = _optimizers.create(optimizer, **hyperparams)
        elif hyperparams:
            optimizer.set(**hyperparams)
        lane = Lane(self, optimizer, label or optimizer.name, noise, seed)
        self.lanes.append(lane)
        return lane

    def remove(self, lane: Lane) -> None:
        self.lanes.remove(lane)

    def step(self, k: int = 1) -> int:
        """Advance every running lane by up to ``k`` steps; returns how many were taken."""
        taken = 0
        for _ in range(int(k)):
            moved = False
            for lane in self.lanes:
                moved |= lane.step(self.record)
            if not moved:
                break
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
