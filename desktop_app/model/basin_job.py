"""A basin map request as a background job (Qt-free: a child process unpickles it).

    job = BasinJob.for_entries(ctrl, [ctrl.focused], resolution=256, steps=500)
    runner = JobRunner(job)          # job_runner.py: a thread or a child process
    runner.sigDone.connect(show)     # (job, [BasinMap, ...]) in job.tasks order

A job snapshots everything it depends on when it is made: the surface object and a COPY
of each optimizer (the live one keeps changing under the user's hands). ``job.stale(ctrl)``
says, in words, what changed since, or returns "" when the map still shows the present.
"""
from __future__ import annotations

from dataclasses import dataclass

import engine
from engine import optimizers

DEFAULT_RESOLUTION = 256
RESOLUTIONS = (64, 128, 256, 512)
DEFAULT_STEPS = 500
TOL = 1e-6


@dataclass(frozen=True)
class BasinTask:
    key: int                   # the controller entry the map is for
    label: str
    optimizer: object          # a copy, owned by the task
    hyperparams: dict          # what the entry showed when asked (noise included)
    noise: float = 0.0
    seed: int = 0

    def __reduce__(self):
        # Optimizers are closures and do not pickle: a task travels as its recipe and the
        # child process rebuilds the same optimizer.
        recipe = (self.optimizer.name, dict(self.optimizer.hyperparams))
        return _rebuild_task, (self.key, self.label, recipe, self.hyperparams, self.noise, self.seed)


def _rebuild_task(key, label, recipe, hyperparams, noise, seed) -> BasinTask:
    name, hp = recipe
    return BasinTask(key, label, optimizers.create(name, **hp), hyperparams, noise, seed)


@dataclass(frozen=True)
class BasinJob:
    surface: object
    tasks: tuple[BasinTask, ...]
    resolution: int = DEFAULT_RESOLUTION
    steps: int = DEFAULT_STEPS
    tol: float = TOL

    @property
    def chunks(self) -> tuple[BasinTask, ...]:
        return self.tasks

    @property
    def cost(self) -> int:
        """Point-steps to compute: what the time is proportional to."""
        return self.resolution * self.resolution * self.steps * len(self.tasks)

    def run_chunk(self, task: BasinTask, progress, cancel):
        """One optimizer's map, or None if cancelled before it was complete."""
        m = engine.basin_map(self.surface, task.optimizer, resolution=self.resolution, steps=self.steps,
                             tol=self.tol, noise=task.noise, seed=task.seed, progress=progress, cancel=cancel)
        return m if m.completed else None

    @classmethod
    def for_entries(cls, ctrl, entries, resolution=DEFAULT_RESOLUTION, steps=DEFAULT_STEPS) -> "BasinJob":
        tasks = tuple(BasinTask(e.key, e.label, e.optimizer.copy(), e.hyperparams, e.noise, getattr(e, "seed", 0))
                      for e in entries)
        return cls(ctrl.surface, tasks, int(resolution), int(steps))

    def stale(self, ctrl) -> str:
        """Why the maps no longer show what the window shows ("" if they still do)."""
        if ctrl.surface is not self.surface:
            return "the surface changed"
        for task in self.tasks:
            try:
                entry = ctrl.entry(task.key)
            except KeyError:
                return f"{task.label} was removed"
            if entry.hyperparams != task.hyperparams:
                changed = [k for k, v in entry.hyperparams.items() if task.hyperparams.get(k) != v]
                return f"{task.label}'s {', '.join(changed)} changed"
        return ""
