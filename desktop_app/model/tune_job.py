"""Tune: a learning-rate sweep of every racer as one background job (Qt-free, picklable).

    job = TuneJob.for_entries(ctrl, ctrl.active, TuneSettings(lr_min=1e-4, lr_max=10, points=25))
    runner = JobRunner(job)          # job_runner.py: a thread or a child process
    runner.sigDone.connect(show)     # (job, [engine.Sweep per task]) in job.tasks order

Every task is exactly ``engine.sweep(surface, optimizer_copy, start, grid={"lr": lrs},
steps, seeds, noise)``: the same budget, the same start and the same seeds for every racer
(the fairness the issue asks for). The optimizer's other hyperparameters stay as the lane
has them. Optimizers without a learning rate (BFGS, L-BFGS, CG: a line search sets the step)
are not swept; ``job.skipped`` names them.
"""
from __future__ import annotations

import math
import threading
import time
from dataclasses import dataclass, field

import numpy as np

import engine

OBJECTIVE_TITLES = {"final_value": "final loss", "best_value": "best loss", "target_step": "steps to target"}
# What Tune can sweep beside the learning rate (racers without it are not tuned then)
SECOND_AXES = ("momentum", "beta1", "beta2", "eps", "alpha", "rho", "weight_decay")
MAX_SECOND = 12
# What one engine step of a sweep costs, in the basin maps' unit (point-steps), on a thread
# beside a playing window: a sweep's batches are small, so a step is mostly Python and waits
# for the GIL (bench_tune_window: the default Tune's 5,000 steps took 1.67 s on a thread, where
# a basin map does ~27 point-steps a microsecond). With it the default Tune goes to a child
# process (0.75 s, the window at 63 fps, against 1.67 s at 67 fps on a thread); a small one stays
# on a thread (no ~0.3 s spawn).
STEP_POINTS = 9_000


@dataclass(frozen=True)
class TuneSettings:
    """What a Tune run sweeps: a log-spaced learning-rate grid, the budget, the seeds."""

    lr_min: float = 1e-4
    lr_max: float = 10.0
    points: int = 25
    steps: int = 500
    seeds: int = 1               # used when the lane has gradient noise (deterministic otherwise)
    objective: str = "final_value"
    target: float | None = None  # for objective "target_step"
    second: str = ""             # one more hyperparameter to sweep ("" for none), one of SECOND_AXES
    second_values: tuple = ()    # its values, in the order given

    def __post_init__(self):
        if isinstance(self.second_values, list):  # from JSON
            object.__setattr__(self, "second_values", tuple(self.second_values))

    def check(self) -> "TuneSettings":
        """Raise ValueError naming the bad field; return self when all is well."""
        for name in ("lr_min", "lr_max"):
            v = getattr(self, name)
            if not (isinstance(v, (int, float)) and math.isfinite(v) and v > 0):
                raise ValueError(f"Invalid {name}: {v!r} (must be a number > 0)")
        if not self.lr_min < self.lr_max:
            raise ValueError(f"Invalid learning-rate range: {self.lr_min:g} … {self.lr_max:g} (min must be < max)")
        if not (isinstance(self.points, int) and 2 <= self.points <= 200):
            raise ValueError(f"Invalid points: {self.points!r} (must be a whole number in 2 … 200)")
        if not (isinstance(self.steps, int) and 1 <= self.steps <= 100_000):
            raise ValueError(f"Invalid steps: {self.steps!r} (must be a whole number in 1 … 100000)")
        if not (isinstance(self.seeds, int) and 1 <= self.seeds <= 50):
            raise ValueError(f"Invalid seeds: {self.seeds!r} (must be a whole number in 1 … 50)")
        if self.objective not in OBJECTIVE_TITLES:
            raise ValueError(f"Invalid objective {self.objective!r}: one of {', '.join(OBJECTIVE_TITLES)}")
        if self.objective == "target_step" and (self.target is None or not math.isfinite(self.target)):
            raise ValueError("Invalid target: the objective 'steps to target' needs a target loss")
        if self.second:
            if self.second not in SECOND_AXES:
                raise ValueError(f"Invalid second hyperparameter {self.second!r}: one of {', '.join(SECOND_AXES)}")
            vals = self.second_values
            if not (1 <= len(vals) <= MAX_SECOND and all(isinstance(v, (int, float)) and not isinstance(v, bool)
                                                         and math.isfinite(v) for v in vals)):
                raise ValueError(f"Invalid {self.second} values: {list(vals)!r:.80} (1 … {MAX_SECOND} numbers)")
            if len(set(vals)) != len(vals):
                raise ValueError(f"Invalid {self.second} values: {list(vals)!r:.80} (a value twice)")
        elif self.second_values:
            raise ValueError("Invalid second_values: no second hyperparameter is chosen")
        return self

    @property
    def lrs(self) -> np.ndarray:
        return np.logspace(math.log10(self.lr_min), math.log10(self.lr_max), self.points)

    def to_json(self) -> dict:
        d = {"lr_min": self.lr_min, "lr_max": self.lr_max, "points": self.points, "steps": self.steps,
             "seeds": self.seeds, "objective": self.objective, "target": self.target}
        if self.second:
            d.update(second=self.second, second_values=[float(v) for v in self.second_values])
        return d

    @property
    def grid_axes(self) -> list:
        """The sweep's axes as (name, values): the learning rate, then the second one if any."""
        axes = [("lr", self.lrs)]
        if self.second:
            axes.append((self.second, np.asarray(self.second_values, dtype=float)))
        return axes

    @classmethod
    def from_json(cls, data) -> "TuneSettings":
        """A setup's value; ValueError naming the key when it is wrong."""
        if not isinstance(data, dict):
            raise ValueError(f"must be an object, got {data!r:.60}")
        known = {f for f in cls.__dataclass_fields__}
        for key in data:
            if key not in known:
                raise ValueError(f"unknown key {key!r:.40}; expected some of {', '.join(sorted(known))}")
        return cls(**data).check()


@dataclass(frozen=True)
class TuneTask:
    key: int                 # the controller entry
    label: str
    colour: str
    name: str                # optimizer name
    fixed: tuple             # (name, value) pairs of every other hyperparameter
    noise: float = 0.0
    current_lr: float = float("nan")


@dataclass(frozen=True)
class TuneJob:
    surface: object
    start: tuple
    tasks: tuple
    settings: TuneSettings
    skipped: tuple = field(default=())

    @property
    def seeds(self) -> list:
        return list(range(self.settings.seeds))

    @property
    def chunks(self) -> tuple:
        return self.tasks

    @property
    def cost(self) -> int:
        """Point-steps, as the basin maps count them, with each step's own cost (STEP_POINTS)."""
        s = self.settings
        rows = s.points * max(1, len(s.second_values)) * s.seeds
        return (rows + STEP_POINTS) * s.steps * len(self.tasks)

    def sweep(self, task: TuneTask, progress=None, cancel=None):
        s = self.settings
        return engine.sweep(self.surface, task.name, start=self.start, grid=dict(s.grid_axes), steps=s.steps,
                            seeds=self.seeds, noise=task.noise,
                            target=s.target if s.objective == "target_step" else None,
                            progress=progress, cancel=cancel, **dict(task.fixed))

    def run_chunk(self, task: TuneTask, progress, cancel):
        on_thread = threading.current_thread() is not threading.main_thread()  # (a child runs it on its main)

        def stop() -> bool:
            # checked between steps: on a thread the sweep shares the GIL with the window,
            # and a numpy step on a (25, 2) batch is mostly Python; sleep(0) hands the GIL
            # over whenever the GUI thread waits for it (its frames stretched 2-3x without).
            # A child process shares no GIL: there it only cost time (0.75 s -> 1.15 s)
            if on_thread:
                time.sleep(0)
            return cancel.is_set()

        sw = self.sweep(task, progress, stop)
        return sw if sw.completed else None

    @classmethod
    def for_entries(cls, ctrl, entries, settings: TuneSettings) -> "TuneJob":
        settings.check()
        tasks, skipped = [], []
        for e in entries:
            hp = dict(e.optimizer.hyperparams)
            if "lr" not in e.optimizer.spec or (settings.second and settings.second not in e.optimizer.spec):
                skipped.append(e.label)
                continue
            lr = hp.pop("lr")
            hp.pop(settings.second, None)
            tasks.append(TuneTask(e.key, e.label, e.colour, e.name, tuple(hp.items()), float(e.noise), float(lr)))
        return cls(ctrl.surface, tuple(float(v) for v in ctrl.start), tuple(tasks), settings, tuple(skipped))


def sweeps_csv(job: TuneJob, sweeps) -> str:
    """One table for every racer's sweep: an ``optimizer`` and ``label`` column in front of
    ``engine.Sweep.to_csv``'s columns (one row per run)."""
    lines = []
    for task, sw in zip(job.tasks, sweeps):
        rows = sw.to_csv().splitlines()
        if not lines:
            lines.append("label," + rows[0])
        label = '"' + task.label.replace('"', '""') + '"'
        lines += [f"{label},{r}" for r in rows[1:]]
    return "\n".join(lines) + "\n"



# -- results in setups: view["tune"]["results"] ----------------------------------------------
ARRAYS = {"final_value": float, "best_value": float, "converged_step": int, "target_step": int,
          "diverged_step": int}
COUNTS = ("value", "grad", "hessian")


def _floats(a):
    """Nested lists with non-finite floats as null (JSON has no NaN or infinity)."""
    a = np.asarray(a, dtype=float)
    if a.ndim == 0:
        return float(a) if np.isfinite(a) else None
    return [_floats(row) for row in a]


def results_to_json(job: TuneJob, sweeps, lane_of: dict) -> dict:
    """The results a setup keeps: the job's settings and, per tuned racer, its place in the
    setup's optimizer list (``lane_of``: entry key -> index), name and every run's outcome."""
    lanes = []
    for task, sw in zip(job.tasks, sweeps):
        if task.key not in lane_of:
            continue
        item = {"lane": lane_of[task.key], "optimizer": task.name, "lr": [float(v) for v in sw.grid["lr"]],
                "seeds": [int(s) for s in sw.seeds]}
        for name, kind in ARRAYS.items():
            a = getattr(sw, name)
            item[name] = _floats(a) if kind is float else np.asarray(a, dtype=int).tolist()
        item["evaluations"] = {k: np.asarray(sw.evaluations[k], dtype=int).tolist() for k in COUNTS
                               if k in sw.evaluations}
        lanes.append(item)
    return {"settings": job.settings.to_json(), "lanes": lanes}


class ResultsError(ValueError):
    """A bad value in saved results: ``where`` is its JSON path below the results object."""

    def __init__(self, where: str, message: str):
        super().__init__(message)
        self.where = where


AXIS_WORDS = {"lr": "learning rate", "seed": "seed"}


def _grid(data, where: str, shape: tuple, kind, names: tuple) -> np.ndarray:
    """A nested list of ``shape`` (one level per axis in ``names``) as an array."""
    out = np.empty(shape, dtype=float if kind is float else np.int64)

    def fill(node, here, index):
        depth = len(index)
        if depth == len(shape):
            ok = (node is None or (isinstance(node, (int, float)) and not isinstance(node, bool))) if kind is float \
                else (isinstance(node, int) and not isinstance(node, bool) and node >= -1)
            if not ok:
                raise ResultsError(here, "must be a number or null" if kind is float
                                   else f"must be a whole number >= -1, got {node!r:.40}")
            out[index] = np.nan if node is None else node
            return
        if not isinstance(node, list) or len(node) != shape[depth]:
            word = AXIS_WORDS.get(names[depth], names[depth] + " value")
            raise ResultsError(here, f"must be a list of {shape[depth]} (one per {word}), got {node!r:.60}")
        for i, child in enumerate(node):
            fill(child, f"{here}[{i}]", index + (i,))

    fill(data, where, ())
    return out


def results_from_json(data) -> tuple[TuneSettings, list[dict]]:
    """Check saved results; (settings, [per lane: lane, optimizer, lr, seeds, arrays]).
    ResultsError names the path of the first bad value."""
    if not isinstance(data, dict):
        raise ResultsError("", f"must be an object with settings and lanes, got {data!r:.60}")
    for key in data:
        if key not in ("settings", "lanes"):
            raise ResultsError(f".{key:.40}", "unknown key; expected settings, lanes")
    try:
        settings = TuneSettings.from_json(data.get("settings"))
    except (ValueError, TypeError) as exc:
        raise ResultsError(".settings", str(exc)) from None
    lanes = data.get("lanes")
    if not isinstance(lanes, list):
        raise ResultsError(".lanes", f"must be a list, got {lanes!r:.60}")
    out = []
    for n, item in enumerate(lanes):
        where = f".lanes[{n}]"
        if not isinstance(item, dict):
            raise ResultsError(where, f"must be an object, got {item!r:.60}")
        known = {"lane", "optimizer", "lr", "seeds", "evaluations", *ARRAYS}
        for key in item:
            if key not in known:
                raise ResultsError(f"{where}.{key:.40}", f"unknown key; expected {', '.join(sorted(known))}")
        for key in sorted(known - {"evaluations"}):
            if key not in item:
                raise ResultsError(f"{where}.{key}", "is missing")
        lane = item["lane"]
        if not (isinstance(lane, int) and not isinstance(lane, bool) and lane >= 0):
            raise ResultsError(f"{where}.lane", f"must be the index of an optimizer in the list, got {lane!r:.40}")
        if item["optimizer"] not in engine.optimizers.names():
            raise ResultsError(f"{where}.optimizer", f"unknown optimizer {item['optimizer']!r:.40}")
        lrs = item["lr"]
        if not (isinstance(lrs, list) and lrs and all(isinstance(v, (int, float)) and not isinstance(v, bool)
                                                      and math.isfinite(v) and v > 0 for v in lrs)):
            raise ResultsError(f"{where}.lr", f"must be a list of learning rates > 0, got {lrs!r:.60}")
        seeds = item["seeds"]
        if not (isinstance(seeds, list) and seeds and all(isinstance(s, int) and not isinstance(s, bool)
                                                          and s >= 0 for s in seeds)):
            raise ResultsError(f"{where}.seeds", f"must be a list of whole numbers >= 0, got {seeds!r:.60}")
        names = ("lr", settings.second, "seed") if settings.second else ("lr", "seed")
        shape = (len(lrs), len(settings.second_values), len(seeds)) if settings.second else (len(lrs), len(seeds))
        arrays = {name: _grid(item[name], f"{where}.{name}", shape, kind, names) for name, kind in ARRAYS.items()}
        evals = item.get("evaluations", {})
        if not isinstance(evals, dict) or set(evals) - set(COUNTS):
            raise ResultsError(f"{where}.evaluations", f"must be an object with keys {', '.join(COUNTS)}")
        evaluations = {k: _grid(evals[k], f"{where}.evaluations.{k}", shape, int, names) for k in evals}
        out.append({"lane": lane, "optimizer": item["optimizer"], "lr": np.asarray(lrs, dtype=float),
                    "seeds": tuple(seeds), "arrays": arrays, "evaluations": evaluations})
    return settings, out


def restore_results(ctrl, data) -> tuple[TuneJob, list] | None:
    """Saved results for the race ``ctrl`` shows now (after the setup loaded): the job and
    its sweeps, lanes whose place or optimizer no longer match left out; None if none match."""
    settings, lanes = results_from_json(data)
    active = ctrl.active
    tasks, sweeps = [], []
    for item in lanes:
        if item["lane"] >= len(active) or active[item["lane"]].name != item["optimizer"]:
            continue
        e = active[item["lane"]]
        if settings.second and settings.second not in e.optimizer.spec:
            continue
        hp = {k: v for k, v in e.optimizer.hyperparams.items() if k not in ("lr", settings.second)}
        tasks.append(TuneTask(e.key, e.label, e.colour, e.name, tuple(hp.items()), float(e.noise),
                              float(e.optimizer.hyperparams.get("lr", float("nan")))))
        evaluations = item["evaluations"] or {k: np.zeros_like(item["arrays"]["converged_step"]) for k in COUNTS}
        grid = {"lr": item["lr"]}
        if settings.second:
            grid[settings.second] = np.asarray(settings.second_values, dtype=float)
        sweeps.append(engine.Sweep(e.name, grid, item["seeds"], hp, tuple(float(v) for v in ctrl.start),
                                   settings.steps, float(e.noise), 1e-6,
                                   settings.target if settings.objective == "target_step" else None,
                                   evaluations=evaluations, **item["arrays"]))
    if not tasks:
        return None
    return TuneJob(ctrl.surface, tuple(float(v) for v in ctrl.start), tuple(tasks), settings), sweeps
