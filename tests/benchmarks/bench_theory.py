"""Theory benchmarks: the phase diagram and the theory panel's per-frame work.

    .venv/bin/python tests/benchmarks/bench_theory.py [--repeat 50]

Prints a table of medians. Budgets (DESIGN.md, issue 15): a 200 x 200 (lr, momentum)
phase diagram <= 15 ms, so it can follow the timeline at 60 fps; the theory panel adds
<= 1 ms per frame (one local analysis, plus the sharpness of a 5,000-point trail for
the trace, which the window computes once per trail, not per frame).
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
from engine import surfaces, theory  # noqa: E402


def median_time(fn, repeat):
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=50)
    args = parser.parse_args()
    lam = [1.0, 100.0]
    lrs = np.geomspace(1e-4, 0.1, 200)[:, None]
    mus = np.linspace(0.0, 0.99, 200)[None, :]
    ravine = surfaces.get("ravine", condition=100.0, angle=30.0)
    rosen = surfaces.get("rosenbrock")
    run = engine.Run(ravine, start=ravine.start)
    adam = run.add("adam", lr=0.02)
    run.step(50)
    trail = engine.simulate(rosen, engine.optimizers.create("sgd", lr=1e-3), start=(-1.5, 2.0), steps=4999).points
    rows = [
        ("rate_grid momentum 200x200", lambda: theory.rate_grid("momentum", lam, lr=lrs, momentum=mus), 15.0),
        ("rate_grid nesterov 200x200", lambda: theory.rate_grid("nesterov", lam, lr=lrs, momentum=mus), 15.0),
        ("rate_grid sgd 200 (curve)", lambda: theory.rate_grid("sgd", lam, lr=lrs[:, 0]), 15.0),
        ("local, momentum lane (ravine)",
         lambda: theory.local(ravine, (1.0, 0.5), "momentum", {"lr": 0.01, "momentum": 0.9}), 1.0),
        ("local, adam lane + record (ravine)",
         lambda: theory.local(ravine, adam.point, adam.optimizer, state=adam.last_record, t=adam.t), 1.0),
        ("local, sgd (rosenbrock)", lambda: theory.local(rosen, (-1.0, 1.5), "sgd", {"lr": 1e-3}), 1.0),
        ("sharpness of a 5,000-point trail", lambda: theory.sharpness(rosen, trail), 1.0),
        ("rate + stable_lr + optimal (scalars)",
         lambda: (theory.rate("momentum", lam, lr=0.01, momentum=0.9),
                  theory.stable_lr("momentum", lam, momentum=0.9), theory.optimal("nesterov", lam)), 1.0),
    ]
    print(f"{'what':40s} {'median ms':>10s} {'budget ms':>10s}  ok")
    for name, fn, budget in rows:
        fn()
        ms = 1e3 * median_time(fn, args.repeat)
        print(f"{name:40s} {ms:10.3f} {budget:10.1f}  {'yes' if ms <= budget else 'NO'}")


if __name__ == "__main__":
    main()
