"""Data surface benchmarks (issue 17); prints a table of medians.

    .venv/bin/python tests/benchmarks/bench_data.py [--repeat 5]

Not a timed test (the machine is shared): budgets are reported, not asserted.
  step     one SGD step of a single start through engine.simulate (the app's per-lane path),
           a data surface (N <= 500, full batch and minibatches) against the built-in ravine;
           budget: <= 3x the ravine's.
  race     Run.step with 3 lanes (one surface call for all lanes, then each lane's minibatch).
  heat map the full-batch loss on a 400 x 400 grid (surface.value on the grid); budget <= 100 ms.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import engine  # noqa: E402
from engine import optimizers, surfaces  # noqa: E402

STEPS = 2000


def _median(fn, repeat):
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def step_cost(surface, repeat, batch_size=None):
    opt = optimizers.create("sgd", lr=1e-9)     # tiny steps: nobody converges or diverges
    return _median(lambda: engine.simulate(surface, opt, start=surface.start, steps=STEPS, tol=0.0,
                                           batch_size=batch_size), repeat) / STEPS


def race_cost(surface, repeat, batch_size=None):
    def go():
        run = engine.Run(surface, start=surface.start, tol=0.0)
        for seed in range(3):
            run.add("sgd", lr=1e-9, seed=seed, batch_size=batch_size)
        run.step(STEPS // 4)
    return _median(go, repeat) / (STEPS // 4)


def heat_map(surface, repeat):
    (x0, x1), (y0, y1) = surface.bounds
    grid = np.stack(np.meshgrid(np.linspace(x0, x1, 400), np.linspace(y0, y1, 400)), axis=-1)
    return _median(lambda: surface.value(grid), repeat)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    base = surfaces.get("ravine")
    base_step, base_race = step_cost(base, args.repeat), race_cost(base, args.repeat)
    print(f"{'surface':<40} {'N':>4} {'B':>4} {'step us':>8} {'x ravine':>8} {'race us':>8} {'x ravine':>8}")
    print(f"{'ravine (built-in)':<40} {'':>4} {'':>4} {base_step * 1e6:8.1f} {1.0:8.2f} {base_race * 1e6:8.1f} {1.0:8.2f}")
    cases = [("linear_regression", {}), ("logistic_regression", {}), ("tiny_network", {}),
             ("tiny_network", {"weights": "w1_11,w2_11"})]
    for name, kw in cases:
        s = surfaces.get(name, **kw)
        for b in sorted({s.n_examples, 32 if s.n_examples > 32 else 4, 1}, reverse=True):
            st, rc = step_cost(s, args.repeat, b), race_cost(s, args.repeat, b)
            label = name + (f" {kw['weights']}" if kw else "")
            print(f"{label:<40} {s.n_examples:>4} {b:>4} {st * 1e6:8.1f} {st / base_step:8.2f} "
                  f"{rc * 1e6:8.1f} {rc / base_race:8.2f}")
    print(f"\n{'heat map 400 x 400':<40} {'ms':>8}   (budget <= 100 ms)")
    print(f"{'ravine (built-in)':<40} {heat_map(base, args.repeat) * 1e3:8.1f}")
    for name, kw in cases:
        s = surfaces.get(name, **kw)
        label = name + (f" {kw['weights']}" if kw else "")
        print(f"{label:<40} {heat_map(s, args.repeat) * 1e3:8.1f}")


if __name__ == "__main__":
    main()
