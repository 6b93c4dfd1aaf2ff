"""Basin maps computed off the GUI thread, with progress and cancel.

    job = BasinJob.for_entries(ctrl, [ctrl.focused], resolution=256, steps=500)
    worker = BasinWorker(job)
    worker.sigProgress.connect(progressed)          # (job, fraction in [0, 1])
    worker.sigDone.connect(show)                    # (job, [BasinMap, ...]) in job.tasks order
    worker.sigCancelled.connect(...); worker.start(); ...; worker.cancel()

numpy releases the GIL inside its ufuncs, so a thread leaves the GUI thread enough of it
to keep animating (tests/benchmarks/bench_basin_window.py measures the frame interval).
The thread is a plain Python one; the worker QObject reports on the GUI thread.

A job snapshots everything it depends on when it is made: the surface object and a COPY
of each optimizer (the live one keeps changing under the user's hands). ``job.stale(ctrl)``
says, in words, what changed since, or returns "" when the map still shows the present.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass

from PySide6 import QtCore

import engine

DEFAULT_RESOLUTION = 256
RESOLUTIONS = (64, 128, 256, 512)
DEFAULT_STEPS = 500
TOL = 1e-6
POLL_MS = 30             # how often the GUI thread looks at a running computation
_RUNNING: set["BasinWorker"] = set()  # alive until their end is reported


@dataclass(frozen=True)
class BasinTask:
    key: int                   # the controller entry the map is for
    label: str
    optimizer: object          # a copy, owned by the task
    hyperparams: dict          # what the entry showed when asked (noise included)
    noise: float = 0.0
    seed: int = 0


@dataclass(frozen=True)
class BasinJob:
    surface: object
    tasks: tuple[BasinTask, ...]
    resolution: int = DEFAULT_RESOLUTION
    steps: int = DEFAULT_STEPS
    tol: float = TOL

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


class BasinWorker(QtCore.QObject):
    """Computes every task of a job in turn on a Python thread. Exactly one of sigDone,
    sigCancelled or sigFailed is emitted at the end.

    Every signal is emitted on the GUI thread: a timer there polls the thread's progress
    and result. Nothing crosses threads through Qt (queued signals carrying Python objects
    crashed PySide now and then here), and the thread touches no Qt object at all.
    """

    sigProgress = QtCore.Signal(object, float)  # job, fraction of the whole job
    sigDone = QtCore.Signal(object, object)     # job, [BasinMap] in job.tasks order
    sigCancelled = QtCore.Signal(object)        # job
    sigFailed = QtCore.Signal(object, str)      # job, message

    def __init__(self, job: BasinJob, parent=None):
        super().__init__(parent)
        self.job = job
        self._cancel = threading.Event()
        self._thread = threading.Thread(target=self._run, name="basin-map", daemon=True)
        self._progress = 0.0        # written by the thread, read by the timer
        self._reported = 0.0
        self._result: tuple | None = None
        self._timer = QtCore.QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)

    def start(self):
        _RUNNING.add(self)
        self._thread.start()
        self._timer.start()

    def cancel(self):
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def isRunning(self) -> bool:
        return self._thread.is_alive()

    def isFinished(self) -> bool:
        return self._thread.ident is not None and not self._thread.is_alive()

    def wait(self, timeout_ms: int = 5000) -> bool:
        if self._thread.ident is not None:
            self._thread.join(timeout_ms / 1000)
        return not self._thread.is_alive()

    def stop(self, timeout_ms: int = 5000) -> bool:
        """Cancel and wait for the thread to end (the engine checks between steps)."""
        self.cancel()
        return self.wait(timeout_ms)

    # -- on the computing thread -------------------------------------------------------------
    def _run(self):
        job, n = self.job, len(self.job.tasks)
        maps = []
        try:
            for i, task in enumerate(job.tasks):
                def progress(f, i=i):
                    self._progress = (i + f) / n

                m = engine.basin_map(job.surface, task.optimizer, resolution=job.resolution, steps=job.steps,
                                     tol=job.tol, noise=task.noise, seed=task.seed, progress=progress,
                                     cancel=self._cancel)
                if not m.completed:
                    break
                maps.append(m)
        except Exception as exc:  # a surface that fails mid-way: say so, never kill the thread
            self._result = ("failed", f"{type(exc).__name__}: {exc}")
            return
        if self._cancel.is_set() or len(maps) < n:
            self._result = ("cancelled",)
        else:
            self._result = ("done", maps)

    # -- on the GUI thread -----------------------------------------------------------------------
    def _poll(self):
        progress = self._progress
        if progress != self._reported:
            self._reported = progress
            self.sigProgress.emit(self.job, progress)
        if self._thread.is_alive():
            return
        self._timer.stop()
        _RUNNING.discard(self)
        result = self._result or ("failed", "the computation ended without a result")
        if result[0] == "done":
            self.sigDone.emit(self.job, result[1])
        elif result[0] == "cancelled":
            self.sigCancelled.emit(self.job)
        else:
            self.sigFailed.emit(self.job, result[1])


def stop_all(timeout_ms: int = 5000):
    """Cancel and join every running worker (the window is closing or the app quits)."""
    for worker in list(_RUNNING):
        worker.stop(timeout_ms)
        _RUNNING.discard(worker)
