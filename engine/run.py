"""A race the app animates: several optimizers from one start point on one surface.

    run = Run(surfaces.get("ravine"), start=(1.5, 1.0))
    sgd = run.add("sgd", lr=0.01)
    run.add("momentum", lr=0.01, momentum=0.9)
    run.step(10)             # every running lane takes 10 steps
    sgd.set(lr=0.02)         # live: the next step uses it, velocity and moments are kept
    run.reset(start=(0.5, 1.0))

Each lane records per step the gradient, the step taken and the optimizer's internal
state (``lane.last_record`` in float64; the history keeps them for rewinding). What it
records is ``lane.diagnostics``: True (everything, the default of ``Run(record=True)``),
None (nothing beyond points, values and gradient norms: the cheap setting for lanes nobody
inspects) or a set of keys of ``engine.optimizers.record_schema``::

    sgd.diagnostics = {"grad", "step"}   # e.g. only what the open overlays draw
"""
from __future__ import annotations

import itertools
import time
from typing import Any

import numpy as np

from . import optimizers as _optimizers
from .history import History
from .minibatch import check_batch_size
from .optimizers.record_schema import check_keys
from .stepper import Stepper
from .validate import check_noise, check_start


REPLAY_LIMIT = 20_000  # steps a lane replays to fill in its diagnostics (~30 us a step)


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
        self.noise = check_noise(noise, label)
        self.seed = seed
        self.batch_size = batch_size   # None: the surface's (data surfaces only)
        self.history = History(run.history_cap)
        self.last_record: dict | None = None
        self.diagnostics = True if run.record else None
        self.restart()

    @property
    def diagnostics(self):
        """True: record every diagnostic; None: none; a frozenset: only those keys."""
        return self._diagnostics

    @diagnostics.setter
    def diagnostics(self, value) -> None:
        if value is None or value is False:
            self._diagnostics = None
        elif value is True:
            self._diagnostics = True
        else:
            self._diagnostics = check_keys(value)

    def _new_record(self) -> dict | None:
        return None if self._diagnostics is None else {}

    def _kept(self, rec: dict | None) -> dict | None:
        """The record reduced to the requested keys."""
        keys = self._diagnostics
        if rec is None or keys is True or keys is None:
            return rec
        return {k: v for k, v in rec.items() if k in keys}

    def _new_stepper(self, optimizer) -> Stepper:
        return Stepper(self.run.surface, optimizer, self.run.start, noise=self.noise, seed=self.seed,
                       tol=self.run.tol, batch_size=_lane_batch_size(self.run.surface, self.batch_size))

    def restart(self):
        self.stepper = self._new_stepper(self.optimizer)
        self.history.clear()
        self.seconds = 0.0      # the engine's wall-clock time for this lane, its share of shared calls included
        self.history.append(0, self.stepper.points[0], self.stepper.values[0],
                            evaluations=self.stepper.counter.mark(), seconds=0.0)
        self.last_record = None

    # -- live changes ----------------------------------------------------------------
    def set(self, **values: Any) -> None:
        """Change hyperparameters (and ``noise``, ``batch_size``) live; accumulated state is kept."""
        noise = check_noise(values.pop("noise"), self.optimizer.name) if "noise" in values else None
        if "batch_size" in values:
            batch_size = values.pop("batch_size")
            self.stepper.oracle.set_batch_size(_lane_batch_size(self.run.surface, batch_size))
            self.batch_size = batch_size
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

    @property
    def evaluations(self) -> dict:
        """{"value", "grad", "hessian"} -> how many points this lane has asked the surface
        for so far (line-search probes and Hessians included); the history keeps them per step."""
        return {kind: int(a[0]) for kind, a in self.stepper.counter.totals().items()}

    def step(self, record: bool = True) -> bool:
        """One step of this lane alone (a Run steps all lanes with one surface call);
        ``record=False`` skips the diagnostics for this step."""
        if not self.stepper.running:
            return False
        rec = self._new_record() if record else None
        t0 = time.perf_counter()
        self.stepper.step(rec)
        self.seconds += time.perf_counter() - t0
        self._log(self._kept(rec))
        return True

    def fill_diagnostics(self, limit: int = REPLAY_LIMIT) -> int:
        """Diagnostics for steps taken while this lane recorded none (the app records only
        the lane in focus): the lane is replayed from the start with its current settings
        and seed, so with the same noise, and each step's record is stored on its row for
        as long as the replay retraces the history exactly. Where it parts (a setting was
        changed mid-run) the rows stay without. Nothing is replayed past ``limit`` steps.
        Returns the number of rows filled."""
        hist = self.history
        last = hist.last_step
        if self._diagnostics is None or not 0 < last <= limit:
            return 0
        steps, points = hist.view("steps"), hist.view("points")
        row_of = {int(s): i for i, s in enumerate(steps)}
        stepper = self._new_stepper(self.optimizer.copy())
        filled = 0
        with np.errstate(all="ignore"):
            while stepper.t < last and stepper.running:
                rec = {}
                stepper.step(rec)
                here = row_of.get(stepper.t)
                if here is not None and not np.array_equal(points[here], stepper.points[0]):
                    break  # the lane was changed mid-run: from here on the replay is another race
                before = row_of.get(stepper.t - 1)
                if before is not None:
                    kept = self._kept(rec)
                    if kept:
                        hist.store(before, kept)
                        filled += 1
        return filled

    def _log(self, rec: dict | None) -> None:
        st = self.stepper
        if st.t > self.history.last_step:
            self.history.append(st.t, st.points[0], st.values[0], st.grad_norm_at(0), rec,
                                evaluations=st.counter.mark(), seconds=self.seconds)
            self.last_record = rec
        else:  # it stopped before moving: converged or diverged at this step
            self.history.grad_norms[self.history.size - 1] = st.grad_norm_at(0)
            self.history.set_cost(self.history.size - 1, st.counter.mark(), self.seconds)

    def __repr__(self):
        return f"<Lane {self.label} t={self.t} {self.status}>"


class Run:
    def __init__(self, surface, start, *, history_cap: int = 100_000, tol: float = 1e-6,
                 record: bool = True):
        self.surface = surface
        self.start = check_start(start)
        self.history_cap = int(history_cap)
        self.tol = float(tol)
        self.record = record  # the diagnostics setting of lanes added later (True: all, False: none)
        self.lanes: list[Lane] = []

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
                clock = time.perf_counter()
                points = np.concatenate([lane.stepper.points for lane in active])
                grads = np.array(surface.grad(points), dtype=float)
                now = time.perf_counter()
                share = (now - clock) / len(active)      # each lane pays its part of the shared call
                moving = []
                for i, lane in enumerate(active):
                    lane.stepper.counter.add("grad")     # its row of the shared call
                    rec = lane._new_record()
                    new = lane.stepper.propose(lane.stepper.oracle.observe(grads[i:i + 1], lane.stepper.points), rec)
                    clock, now = now, time.perf_counter()
                    lane.seconds += share + (now - clock)
                    if new is None:
                        lane._log(None)
                    else:
                        moving.append((lane, new, rec))
                if moving:
                    news = np.concatenate([new for _, new, _ in moving])
                    values = np.array(surface.value(news), dtype=float).reshape(-1)
                    clock, now = now, time.perf_counter()
                    share = (now - clock) / len(moving)
                    for j, (lane, new, rec) in enumerate(moving):
                        lane.stepper.counter.add("value")
                        lane.stepper.settle(new, values[j:j + 1], rec)
                        clock, now = now, time.perf_counter()
                        lane.seconds += share + (now - clock)
                        lane._log(lane._kept(rec))
                taken += 1
        return taken

    def reset(self, start=None) -> None:
        """Restart every lane from ``start`` (default: the current start point)."""
        if start is not None:
            self.start = check_start(start)
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
