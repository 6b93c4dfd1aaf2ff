"""Background jobs: what a job is, and the one loop that runs one (Qt-free, so a child
process that runs it starts with numpy and the engine only, in a fraction of a second).

A job is any object with

    job.chunks                              the pieces of work, in order
    job.run_chunk(chunk, progress, cancel)  one piece's result, or None if it stopped on cancel;
                                            progress(f) with f in [0, 1] as it goes, cancel.is_set()
    job.cost                                an estimate of the work (picks a thread or a process)

that pickles when it should run in a child process (module-level class, picklable fields).
The basin maps are one (``basin_job.BasinJob``: a chunk is one optimizer's map); a sweep of
hyperparameters is another. :func:`run_chunks` runs them in turn and says how it ended:

    ("done", [result per chunk]) | ("cancelled",) | ("failed", message)

``job_runner.JobRunner`` drives it from the GUI thread, on a thread or in a child process.
"""
from __future__ import annotations

import os

DONE, CANCELLED, FAILED = "done", "cancelled", "failed"


def run_chunks(job, report, cancel) -> tuple:
    """Every chunk of ``job`` in turn; ``report(fraction of the whole job)``; stops between
    and inside chunks once ``cancel`` is set. Never raises: a failure is an outcome."""
    chunks = list(job.chunks)
    n = max(1, len(chunks))
    results = []
    try:
        for i, chunk in enumerate(chunks):
            if cancel.is_set():
                break
            result = job.run_chunk(chunk, lambda f, i=i: report((i + f) / n), cancel)
            if result is None:
                break
            results.append(result)
    except Exception as exc:  # a surface that fails mid-way: say so, never kill the runner
        return (FAILED, f"{type(exc).__name__}: {exc}")
    return (DONE, results) if len(results) == len(chunks) and not cancel.is_set() else (CANCELLED,)


def child_main(send, progress, cancel, job, nice: int = 0):
    """The child process's side: run ``job``, write progress to a shared double, send the
    outcome through the pipe ``send``."""
    # A separate process shares no GIL with the window, so it can yield the CPU to it
    # without priority inversion.
    if nice and hasattr(os, "nice"):
        try:
            os.nice(nice)
        except OSError:
            pass

    def report(fraction):
        progress.value = fraction

    send.send(run_chunks(job, report, cancel))
