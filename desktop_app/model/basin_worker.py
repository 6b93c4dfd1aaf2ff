"""Basin maps computed off the GUI thread, with progress and cancel.

    job = BasinJob.for_entries(ctrl, [ctrl.focused], resolution=256, steps=500)
    worker = BasinWorker(job)
    worker.sigProgress.connect(progressed)          # (job, fraction in [0, 1])
    worker.sigDone.connect(show)                    # (job, [BasinMap, ...]) in job.tasks order
    worker.sigCancelled.connect(...); worker.start(); ...; worker.cancel()

Small maps run on a thread (numpy releases the GIL inside its ufuncs, so the GUI thread
keeps enough of it); big ones in a spawned child process at a lower priority, which shares
no GIL with the window: on a busy 2-core machine a thread's GIL hand-offs stretched the
animation's frames (tests/benchmarks/bench_basin_window.py measures the frame interval).
Either way the worker QObject reports on the GUI thread.

A job snapshots everything it depends on when it is made: the surface object and a COPY
of each optimizer (the live one keeps changing under the user's hands). ``job.stale(ctrl)``
says, in words, what changed since, or returns "" when the map still shows the present.
"""
from __future__ import annotations

import multiprocessing
import os
import threading
import time
from dataclasses import dataclass

from PySide6 import QtCore

import engine

from desktop_app.model import basin_process

DEFAULT_RESOLUTION = 256
RESOLUTIONS = (64, 128, 256, 512)
DEFAULT_STEPS = 500
TOL = 1e-6
# Maps this big (starts x steps x optimizers) go to a child process: spawning one costs
# ~0.3 s, a 128x128 x 500 map takes about as long. 0 keeps everything on a thread.
PROCESS_WORK = int(os.environ.get("OPTIMIZER_PLAYGROUND_BASIN_PROCESS_WORK", 128 * 128 * 500))
PROCESS_NICE = 5         # the child yields the CPU to the window (no GIL to invert priorities on)
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

    @property
    def work(self) -> int:
        """Point-steps to compute: what the time is proportional to."""
        return self.resolution * self.resolution * self.steps * len(self.tasks)

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


class _ThreadRun:
    """The job on a Python thread of this process (small maps: no start-up cost)."""

    def __init__(self, job: BasinJob):
        self.job = job
        self.progress = 0.0          # written by the thread, read by the GUI's timer
        self.result: tuple | None = None
        self._cancel = threading.Event()
        self._thread = threading.Thread(target=self._run, name="basin-map", daemon=True)

    def start(self):
        self._thread.start()

    def cancel(self):
        self._cancel.set()

    def alive(self) -> bool:
        return self._thread.is_alive()

    def started(self) -> bool:
        return self._thread.ident is not None

    def wait(self, timeout_s: float) -> bool:
        if self.started():
            self._thread.join(timeout_s)
        return not self.alive()

    def _run(self):
        job, n = self.job, len(self.job.tasks)
        maps = []
        try:
            for i, task in enumerate(job.tasks):
                def progress(f, i=i):
                    self.progress = (i + f) / n

                m = engine.basin_map(job.surface, task.optimizer, resolution=job.resolution, steps=job.steps,
                                     tol=job.tol, noise=task.noise, seed=task.seed, progress=progress,
                                     cancel=self._cancel)
                if not m.completed:
                    break
                maps.append(m)
        except Exception as exc:  # a surface that fails mid-way: say so, never kill the thread
            self.result = ("failed", f"{type(exc).__name__}: {exc}")
            return
        self.result = ("done", maps) if len(maps) == n and not self._cancel.is_set() else ("cancelled",)


class _ProcessRun:
    """The job in a child process (big maps). It shares no GIL with the window and runs
    at a lower priority, so the animation keeps its frames even on a busy machine."""

    def __init__(self, job: BasinJob):
        ctx = multiprocessing.get_context("spawn")  # never fork a process running Qt
        self.job = job
        self.result: tuple | None = None
        self._progress = ctx.Value("d", 0.0, lock=False)
        self._cancel = ctx.Event()
        self._receive, send = ctx.Pipe(duplex=False)
        tasks = [(t.optimizer.name, t.optimizer.hyperparams, t.noise, t.seed) for t in job.tasks]
        self._process = ctx.Process(target=basin_process.compute, name="basin-map", daemon=True,
                                    args=(send, self._progress, self._cancel, job.surface, tasks,
                                          job.resolution, job.steps, job.tol, PROCESS_NICE))
        self._send = send

    @property
    def progress(self) -> float:
        return self._progress.value

    def start(self):
        self._process.start()  # pickles the surface: a user's own surface may refuse (caller falls back)
        self._send.close()     # the child holds the other end; EOF then means it is gone

    def cancel(self):
        """A child has nothing worth saving: it is stopped at once, even while starting up."""
        self._cancel.set()
        if self.started() and self._process.is_alive():
            self._process.terminate()

    def started(self) -> bool:
        return self._process.pid is not None

    def _collect(self, timeout_s: float = 0.0):
        if self.result is None:
            try:
                if self._receive.poll(timeout_s):
                    self.result = self._receive.recv()
            except (EOFError, OSError):
                self.result = ("cancelled",) if self._cancel.is_set() else \
                    ("failed", f"the computing process ended (exit code {self._process.exitcode})")

    def alive(self) -> bool:
        self._collect()
        if self.result is not None:
            # done once the answer is here; the child's own exit (unloading numpy, ~0.1 s)
            # is not waited for on the GUI thread: multiprocessing reaps it later
            self._process.join(0)
            return False
        return self._process.is_alive()

    def wait(self, timeout_s: float) -> bool:
        if not self.started():
            return True
        end = time.monotonic() + timeout_s
        while self.alive() and time.monotonic() < end:
            self._collect(0.05)
        if self.alive():
            self._process.terminate()  # it did not stop in time: it has nothing to save
            self._process.join(1.0)
            self.result = self.result or ("cancelled",)
        return True


class BasinWorker(QtCore.QObject):
    """Computes every task of a job in turn, off the GUI thread: on a thread for small maps,
    in a child process for big ones. Exactly one of sigDone, sigCancelled or sigFailed is
    emitted at the end.

    Every signal is emitted on the GUI thread: a timer there polls the run's progress and
    result. Nothing crosses threads through Qt (queued signals carrying Python objects
    crashed PySide now and then here), and the computation touches no Qt object at all.
    """

    sigProgress = QtCore.Signal(object, float)  # job, fraction of the whole job
    sigDone = QtCore.Signal(object, object)     # job, [BasinMap] in job.tasks order
    sigCancelled = QtCore.Signal(object)        # job
    sigFailed = QtCore.Signal(object, str)      # job, message

    def __init__(self, job: BasinJob, parent=None, *, process: bool | None = None):
        super().__init__(parent)
        self.job = job
        if process is None:
            process = PROCESS_WORK > 0 and job.work >= PROCESS_WORK
        self.process = bool(process)
        self._run = None
        self._cancelled = False
        self._reported = 0.0
        self._timer = QtCore.QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)

    def start(self):
        run = None
        if self.process:
            try:
                run = _ProcessRun(self.job)
                run.start()
            except Exception:  # cannot pickle the surface, no processes here: a thread will do
                run = None
                self.process = False
        if run is None:
            run = _ThreadRun(self.job)
            run.start()
        self._run = run
        if self._cancelled:
            run.cancel()
        _RUNNING.add(self)
        self._timer.start()

    def cancel(self):
        self._cancelled = True
        if self._run is not None:
            self._run.cancel()

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def isRunning(self) -> bool:
        return self._run is not None and self._run.alive()

    def isFinished(self) -> bool:
        return self._run is not None and self._run.started() and not self._run.alive()

    def wait(self, timeout_ms: int = 5000) -> bool:
        return self._run is None or self._run.wait(timeout_ms / 1000)

    def stop(self, timeout_ms: int = 5000) -> bool:
        """Cancel and wait for the computation to end (the engine checks between steps)."""
        self.cancel()
        return self.wait(timeout_ms)

    def _poll(self):
        run = self._run
        progress = run.progress
        if progress != self._reported:
            self._reported = progress
            self.sigProgress.emit(self.job, progress)
        if run.alive():
            return
        result = run.result or ("failed", "the computation ended without a result")
        if self.process and result[0] == "failed" and progress == 0 and not self._cancelled:
            # the child died before computing anything (it could not import the program's
            # main module, say, under an interactive session): a thread does the job
            self.process = False
            self._run = _ThreadRun(self.job)
            self._run.start()
            return
        self._timer.stop()
        _RUNNING.discard(self)
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
