"""The child side of a basin map computed in another process (Qt-free: the child imports
only numpy and the engine, so it starts in a fraction of a second).

    ctx = multiprocessing.get_context("spawn")
    progress, cancel = ctx.Value("d", 0.0, lock=False), ctx.Event()
    receive, send = ctx.Pipe(duplex=False)
    ctx.Process(target=compute, args=(send, progress, cancel, surface, tasks, 256, 500, 1e-6, 5)).start()
    ...  receive.recv() -> ("done", [BasinMap]) | ("cancelled",) | ("failed", message)

Optimizers are closures and do not pickle: a task travels as (name, hyperparams, noise,
seed) and the child rebuilds the same optimizer with ``optimizers.create``.
"""
from __future__ import annotations

import os


def compute(send, progress, cancel, surface, tasks, resolution, steps, tol, nice=0):
    # A separate process shares no GIL with the window, so it can yield the CPU to it
    # without priority inversion.
    if nice and hasattr(os, "nice"):
        try:
            os.nice(nice)
        except OSError:
            pass
    import engine
    from engine import optimizers

    n = len(tasks)
    maps = []
    try:
        for i, (name, hyperparams, noise, seed) in enumerate(tasks):
            def report(f, i=i):
                progress.value = (i + f) / n

            m = engine.basin_map(surface, optimizers.create(name, **hyperparams), resolution=resolution,
                                 steps=steps, tol=tol, noise=noise, seed=seed, progress=report, cancel=cancel)
            if not m.completed:
                break
            maps.append(m)
    except Exception as exc:  # reported to the window, which says so and keeps running
        send.send(("failed", f"{type(exc).__name__}: {exc}"))
        return
    send.send(("done", maps) if len(maps) == n and not cancel.is_set() else ("cancelled",))
