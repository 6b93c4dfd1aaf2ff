"""Background jobs (see jobs.py) run off the GUI thread, with progress and cancel.

    runner = JobRunner(job)                    # job: chunks, run_chunk, cost (jobs.py)
    runner.sigProgress.connect(progressed)     # (job, fraction of the whole job in [0, 1])
    runner.sigDone.connect(show)               # (job, [result per chunk])
    runner.sigCancelled.connect(...); runner.sigFailed.connect(...)   # (job) / (job, message)
    runner.start(); ...; runner.cancel()

A view that runs one job at a time holds a :class:`JobSlot`: starting a new job cancels
the old one, and only the current job's signals reach the view.

Small jobs run on a thread (numpy releases the GIL inside its ufuncs, so the GUI thread
keeps enough of it); big ones in a spawned child process at a lower priority, which shares
no GIL with the window: on a busy 2-core machine a thread's GIL hand-offs stretched the
animation's frames (tests/benchmarks/bench_basin_window.py measures the frame interval).
Either way the runner reports on the GUI thread.
"""
from __future__ import annotations

import multiprocessing
import os
import threading
import time

from PySide6 import QtCore

from desktop_app.model import jobs

# Jobs this costly go to a child process: spawning one costs ~0.3 s, about what a basin
# map of 128x128 starts x 500 steps (the cost unit: point-steps) takes. 0 keeps every job
# on a thread. The variable keeps its first name, from when only basin maps ran here.
PROCESS_WORK = int(os.environ.get("OPTIMIZER_PLAYGROUND_BASIN_PROCESS_WORK", 128 * 128 * 500))
PROCESS_NICE = 5         # the child yields the CPU to the window (no GIL to invert priorities on)
POLL_MS = 30             # how often the GUI thread looks at a running computation
_RUNNING: set["JobRunner"] = set()  # alive until their end is reported


class _ThreadRun:
    """The job on a Python thread of this process (small jobs: no start-up cost)."""

    def __init__(self, job):
        self.job = job
        self.progress = 0.0          # written by the thread, read by the GUI's timer
        self.result: tuple | None = None
        self._cancel = threading.Event()
        self._thread = threading.Thread(target=self._run, name="job", daemon=True)

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

    def _report(self, fraction):
        self.progress = fraction

    def _run(self):
        self.result = jobs.run_chunks(self.job, self._report, self._cancel)


class _ProcessRun:
    """The job in a child process (big jobs). It shares no GIL with the window and runs
    at a lower priority, so the animation keeps its frames even on a busy machine."""

    def __init__(self, job):
        ctx = multiprocessing.get_context("spawn")  # never fork a process running Qt
        self.job = job
        self.result: tuple | None = None
        self._progress = ctx.Value("d", 0.0, lock=False)
        self._cancel = ctx.Event()
        self._receive, send = ctx.Pipe(duplex=False)
        self._process = ctx.Process(target=jobs.child_main, name="job", daemon=True,
                                    args=(send, self._progress, self._cancel, job, PROCESS_NICE))
        self._send = send

    @property
    def progress(self) -> float:
        return self._progress.value

    def start(self):
        self._process.start()  # pickles the job: a user's own surface may refuse (caller falls back)
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
                self.result = (jobs.CANCELLED,) if self._cancel.is_set() else \
                    (jobs.FAILED, f"the computing process ended (exit code {self._process.exitcode})")

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
            self.result = self.result or (jobs.CANCELLED,)
        return True


class JobRunner(QtCore.QObject):
    """Runs one job off the GUI thread: on a thread for small jobs, in a child process for
    big ones (``process`` forces either). Exactly one of sigDone, sigCancelled or sigFailed
    is emitted at the end.

    Every signal is emitted on the GUI thread: a timer there polls the run's progress and
    result. Nothing crosses threads through Qt (queued signals carrying Python objects
    crashed PySide now and then here), and the computation touches no Qt object at all.
    """

    sigProgress = QtCore.Signal(object, float)  # job, fraction of the whole job
    sigDone = QtCore.Signal(object, object)     # job, [result per chunk] in job.chunks order
    sigCancelled = QtCore.Signal(object)        # job
    sigFailed = QtCore.Signal(object, str)      # job, message

    def __init__(self, job, parent=None, *, process: bool | None = None):
        super().__init__(parent)
        self.job = job
        if process is None:
            process = PROCESS_WORK > 0 and job.cost >= PROCESS_WORK
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
            except Exception:  # the job does not pickle, no processes here: a thread will do
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
        """Cancel and wait for the computation to end (the job checks between steps)."""
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
        result = run.result or (jobs.FAILED, "the computation ended without a result")
        if self.process and result[0] == jobs.FAILED and progress == 0 and not self._cancelled:
            # the child died before computing anything (it could not import the program's
            # main module, say, under an interactive session): a thread does the job
            self.process = False
            self._run = _ThreadRun(self.job)
            self._run.start()
            return
        self._timer.stop()
        _RUNNING.discard(self)
        if result[0] == jobs.DONE:
            self.sigDone.emit(self.job, result[1])
        elif result[0] == jobs.CANCELLED:
            self.sigCancelled.emit(self.job)
        else:
            self.sigFailed.emit(self.job, result[1])


class JobSlot(QtCore.QObject):
    """One job at a time for its owner (a map, a dialog, a sweep panel): :meth:`start`
    cancels the job before; a cancelled job's late signals never reach the owner; the
    runner is forgotten before its end is reported, so ``busy`` is already False then.

        slot = JobSlot(self)
        slot.sigDone.connect(self._done)       # (job, results), the current job only
        slot.start(job); slot.busy; slot.cancel()
    """

    sigProgress = QtCore.Signal(float)         # the current job's fraction done
    sigDone = QtCore.Signal(object, object)    # job, [result per chunk]
    sigCancelled = QtCore.Signal(object)       # job (cancelled by someone else: quitting)
    sigFailed = QtCore.Signal(object, str)     # job, message

    def __init__(self, parent=None):
        super().__init__(parent)
        self.runner: JobRunner | None = None

    @property
    def busy(self) -> bool:
        return self.runner is not None

    @property
    def job(self):
        """The job running now, or None."""
        return self.runner.job if self.runner is not None else None

    def start(self, job, *, process: bool | None = None) -> JobRunner:
        self.cancel()
        runner = self.runner = JobRunner(job, process=process)
        runner.sigProgress.connect(self._progressed)
        runner.sigDone.connect(self._done)
        runner.sigCancelled.connect(self._cancelled)
        runner.sigFailed.connect(self._failed)
        runner.start()
        return runner

    def cancel(self) -> bool:
        """Cancel the running job, without waiting for it; False if there was none."""
        runner, self.runner = self.runner, None
        if runner is not None:
            runner.cancel()
        return runner is not None

    def stop(self, timeout_ms: int = 5000):
        """Cancel the running job and wait for it to end (its owner is closing)."""
        runner, self.runner = self.runner, None
        if runner is not None:
            runner.stop(timeout_ms)

    def _take(self, job) -> bool:
        """True (and the runner forgotten) if ``job`` is the current one."""
        if self.runner is None or job is not self.runner.job:
            return False
        self.runner = None
        return True

    def _progressed(self, job, fraction):
        if self.runner is not None and job is self.runner.job:
            self.sigProgress.emit(fraction)

    def _done(self, job, results):
        if self._take(job):
            self.sigDone.emit(job, results)

    def _cancelled(self, job):
        if self._take(job):
            self.sigCancelled.emit(job)

    def _failed(self, job, message):
        if self._take(job):
            self.sigFailed.emit(job, message)


def stop_all(timeout_ms: int = 5000):
    """Cancel and join every running job (the window is closing or the app quits)."""
    for runner in list(_RUNNING):
        runner.stop(timeout_ms)
        _RUNNING.discard(runner)
