"""Sweep benchmarks (issue 16): one vectorized batch against one simulate call per run.

    .venv/bin/python tests/benchmarks/bench_sweep.py [--repeat 5] [--quick]

Prints a table of medians of CPU time (process_time) measured in the same run. Budgets: a 40-point lr sweep x 5
seeds x 300 steps >= 10x faster than the same 200 runs one simulate call at a time; the
window's default Tune (25 lrs x 1 seed x 500 steps for each of 10 optimizers) <= 1 s.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import engine  # noqa: E402

RACE = ["sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adadelta", "adam", "adamw", "nadam", "radam"]
START = (1.5, 1.0)


def median_time(fn, repeat):
    """Median CPU time of this process: on a shared machine wall time mostly measures the others."""
    times = []
    for _ in range(repeat):
        t0 = time.process_time()
        fn()
        times.append(time.process_time() - t0)
    return statistics.median(times)


def one_by_one(surface, name, lrs, seeds, steps, noise):
    return [engine.simulate(surface, engine.optimizers.create(name, lr=lr), start=START, steps=steps,
                            noise=noise, seed=s).values[-1] for lr in lrs for s in seeds]


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--quick", action="store_true", help="one repeat of the slow loop")
    args = ap.parse_args(argv)
    surface = engine.surfaces.get("ravine")
    lrs = np.logspace(-4, 0, 40)
    seeds = [0, 1, 2, 3, 4]
    rows = []
    for noise in (0.1, 0.0):
        fast = median_time(lambda: engine.sweep(surface, "adam", start=START, grid={"lr": lrs}, steps=300,
                                                seeds=seeds, noise=noise), args.repeat)
        slow = median_time(lambda: one_by_one(surface, "adam", lrs, seeds, 300, noise),
                           1 if args.quick else max(1, args.repeat // 2))
        rows.append((f"adam 40 lr x 5 seeds x 300 steps, noise {noise}", fast, slow))
    # The same numbers either way (noise 0.1: every run is simulate with its seed).
    sw = engine.sweep(surface, "adam", start=START, grid={"lr": lrs[:4]}, steps=300, seeds=seeds[:2], noise=0.1)
    assert np.array_equal(sw.final_value.ravel(), one_by_one(surface, "adam", lrs[:4], seeds[:2], 300, 0.1))

    tune_lrs = np.logspace(-4, 1, 25)
    per_opt = {}

    def tune():
        for name in RACE:
            t0 = time.process_time()
            engine.sweep(surface, name, start=START, grid={"lr": tune_lrs}, steps=500, seeds=[0])
            per_opt.setdefault(name, []).append(time.process_time() - t0)

    tune_total = median_time(tune, args.repeat)
    # The machine is shared: one lone step, DESIGN.md's reference (~14 us unloaded), says how busy it was.
    lone = median_time(lambda: engine.simulate(surface, engine.optimizers.create("sgd", lr=1e-3), start=START,
                                               steps=2000), args.repeat) / 2000

    print(f"{'what':58s} {'sweep':>9s} {'one by one':>11s} {'ratio':>7s}")
    for label, fast, slow in rows:
        print(f"{label:58s} {fast * 1e3:7.1f}ms {slow * 1e3:9.1f}ms {slow / fast:6.1f}x   (budget >= 10x)")
    print(f"{'default Tune: 25 lr x 1 seed x 500 steps x 10 optimizers':58s} {tune_total * 1e3:7.1f}ms"
          f"{'':22s}(budget <= 1000 ms)")
    for name in RACE:
        print(f"    {name:54s} {statistics.median(per_opt[name]) * 1e3:7.1f}ms")
    print(f"{'one sgd step of one start (load gauge; ~14 us unloaded)':58s} {lone * 1e6:7.1f}us")


if __name__ == "__main__":
    main()
