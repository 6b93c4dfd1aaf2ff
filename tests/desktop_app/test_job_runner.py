"""The one background runner (model/jobs.py, model/job_runner.py): any job of chunks runs
with progress, cancel and one end signal; a JobSlot passes on only its current job's
signals; a basin job travels to a child process as a recipe."""
from __future__ import annotations

import pickle
import threading
import time

import numpy as np

from desktop_app.model import jobs
from desktop_app.model.basin_job import BasinJob, BasinTask
from desktop_app.model.job_runner import JobRunner, JobSlot
from engine import optimizers, surfaces


class Squares:
    """A toy job: each chunk is a number, its result the square; slow when asked."""

    def __init__(self, numbers, delay=0.0, fail_at=None):
        self.chunks, self.delay, self.fail_at = tuple(numbers), delay, fail_at
        self.cost = len(self.chunks)

    def run_chunk(self, chunk, progress, cancel):
        if chunk == self.fail_at:
            raise ArithmeticError(f"no square for {chunk}")
        for k in range(10):
            if cancel.is_set():
                return None
            time.sleep(self.delay)
            progress((k + 1) / 10)
        return chunk * chunk


def test_run_chunks_reports_the_whole_jobs_fraction_and_each_end():
    seen = []
    assert jobs.run_chunks(Squares([1, 2, 3]), seen.append, threading.Event()) == ("done", [1, 4, 9])
    assert seen == sorted(seen) and seen[-1] == 1.0 and seen[9] == 1 / 3
    assert jobs.run_chunks(Squares([1, 2], fail_at=2), seen.append, threading.Event()) == \
        ("failed", "ArithmeticError: no square for 2")
    cancel = threading.Event()
    cancel.set()
    assert jobs.run_chunks(Squares([1]), seen.append, cancel) == ("cancelled",)


def test_a_runner_ends_with_done_or_cancelled(qtbot):
    runner = JobRunner(Squares([2, 3]), process=False)
    with qtbot.waitSignal(runner.sigDone, timeout=5_000) as done:
        runner.start()
    assert done.args[1] == [4, 9]
    slow = JobRunner(Squares([1, 2], delay=0.2), process=False)
    slow.start()
    qtbot.waitUntil(slow.isRunning, timeout=2_000)
    with qtbot.waitSignal(slow.sigCancelled, timeout=5_000):
        slow.cancel()
    assert slow.isFinished()


def test_a_slot_starts_one_job_at_a_time_and_drops_the_old_ones_signals(qtbot):
    slot = JobSlot()
    ends = []
    slot.sigDone.connect(lambda job, results: ends.append(("done", job, results)))
    slot.sigCancelled.connect(lambda job: ends.append(("cancelled", job)))
    first = Squares([1, 2], delay=0.2)
    old = slot.start(first, process=False)
    second = Squares([5])
    slot.start(second, process=False)  # cancels the first
    assert slot.busy and slot.job is second
    qtbot.waitUntil(lambda: not slot.busy and old.isFinished(), timeout=5_000)
    assert ends == [("done", second, [25])]  # the first job's cancel never reached the owner
    slot.start(Squares([1], delay=0.2), process=False)
    assert slot.cancel() and not slot.busy and not slot.cancel()


def test_a_basin_job_pickles_as_a_recipe_and_computes_the_same_map():
    surface = surfaces.get("himmelblau")
    opt = optimizers.create("adam", lr=0.05, beta1=0.8)
    job = BasinJob(surface, (BasinTask(3, "Adam", opt, dict(opt.hyperparams), noise=0.1, seed=2),),
                   resolution=12, steps=40)
    copy = pickle.loads(pickle.dumps(job))
    task = copy.tasks[0]
    assert (task.key, task.label, task.noise, task.seed) == (3, "Adam", 0.1, 2)
    assert task.optimizer.name == "adam" and task.optimizer.hyperparams == opt.hyperparams
    (want,) = jobs.run_chunks(job, lambda f: None, threading.Event())[1]
    (got,) = jobs.run_chunks(copy, lambda f: None, threading.Event())[1]
    np.testing.assert_array_equal(got.final_points, want.final_points)


def test_what_a_child_process_imports_loads_no_qt():
    """The child unpickles the job: its modules must start without Qt (a fraction of a second)."""
    import subprocess
    import sys

    code = ("import sys, desktop_app.model.jobs, desktop_app.model.basin_job; "
            "print([m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph'))])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "[]", out.stderr
