"""Engine benchmarks: batch (basin-map) throughput and single-run stepping.

    .venv/bin/python tests/benchmarks/bench_engine.py [--repeat 5] [--quick]

Prints a table of medians. The machine is shared and noisy: compare ratios, rerun.
Budgets (DESIGN.md): 256x256 starts x 500 Adam steps <= 0.6 s; 10 optimizers x 10,000
steps from one start <= 1.5 s.
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
from engine import optimizers, surfaces  # noqa: E402
from engine.basin import grid_starts  # noqa: E402

RACE = ["sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adadelta", "adam", "adamw", "nadam", "radam"]


def median_time(fn, repeat):
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def handwritten_adam(surface, starts, steps, lr=0.05, b1=0.9, b2=0.999, eps=1e-8):
    """The floor: in-place numpy Adam with no status checks at all."""
    p = starts.copy()
    m = np.zeros_like(p)
    v = np.zeros_like(p)
    g = np.empty_like(p)
    tmp = np.empty_like(p)
    for t in range(1, steps + 1):
        surface.grad(p, out=g)
        m *= b1
        np.multiply(g, 1 - b1, out=tmp)
        m += tmp
        v *= b2
        np.multiply(g, g, out=tmp)
        tmp *= 1 - b2
        v += tmp
        np.sqrt(v, out=tmp)
        tmp /= np.sqrt(1 - b2 ** t)
        tmp += eps
        np.divide(m, tmp, out=tmp)
        tmp *= lr / (1 - b1 ** t)
        p -= tmp
    return p


def per_point_loop(surface, starts, steps, opt):
    """What a script without batching does: one simulate call per start."""
    for s in starts:
        engine.simulate(surface, opt, start=s, steps=steps)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--quick", action="store_true", help="smaller sizes, for a smoke run")
    ap.add_argument("--run-only", action="store_true", help="only the Run.step rows (the app's hot path)")
    args = ap.parse_args(argv)
    res, steps = (64, 100) if args.quick else (256, 500)
    rows = []
    if args.run_only:
        rows += run_step_rows(args.repeat)
        print_table(rows)
        return

    for name in ("himmelblau", "quadratic"):
        s = surfaces.get(name)
        opt = optimizers.create("adam", lr=0.05)
        _, _, starts = grid_starts(s.bounds, res)
        t_batch = median_time(lambda: engine.basin_map(s, opt, resolution=res, steps=steps, tol=0.0), args.repeat)
        t_floor = median_time(lambda: handwritten_adam(s, starts, steps), args.repeat)
        sample = starts[:: max(1, len(starts) // 256)][:256]
        t_loop = median_time(lambda: per_point_loop(s, sample, steps, opt), 1) * len(starts) / len(sample)
        rows.append((f"basin map {res}x{res} x {steps} Adam, {name}", t_batch, "<= 0.6 s",
                     f"hand-written in-place numpy {t_floor:.2f} s; per-start loop ~{t_loop:.0f} s "
                     f"(extrapolated from {len(sample)} starts): {t_loop / t_batch:.0f}x faster"))

    s = surfaces.get("ravine")
    n_steps = 2000 if args.quick else 10_000

    def race(record):
        run = engine.Run(s, s.start, tol=0.0, record=record)
        for name in RACE:
            run.add(name, **s.suggested_for(name))
        run.step(n_steps)

    t_rec = median_time(lambda: race(True), max(1, args.repeat // 2))
    t_norec = median_time(lambda: race(False), max(1, args.repeat // 2))
    rows.append((f"Run: 10 optimizers x {n_steps} steps, diagnostics recorded", t_rec, "<= 1.5 s",
                 f"{t_rec / (10 * n_steps) * 1e6:.1f} us per optimizer step"))
    rows.append((f"Run: 10 optimizers x {n_steps} steps, no diagnostics", t_norec, "",
                 f"{t_norec / (10 * n_steps) * 1e6:.1f} us per optimizer step"))

    def sims():
        for name in RACE:
            engine.simulate(s, optimizers.create(name, **s.suggested_for(name)), start=s.start, steps=n_steps, tol=0.0)

    t_sim = median_time(sims, max(1, args.repeat // 2))
    rows.append((f"simulate: 10 optimizers x {n_steps} steps", t_sim, "<= 1.5 s", ""))

    rows += run_step_rows(args.repeat)
    print_table(rows)


def run_step_rows(repeat, lanes=10, steps=2000):
    """Run.step with 10 lanes from one start, as the app steps a race: per lane-step cost with
    no diagnostics recorded (only the history every lane keeps) and with all of them.
    Timed in this process's CPU time: on a shared machine wall time mostly measures the others."""
    s = surfaces.get("ravine")

    def make(diagnostics):
        run = engine.Run(s, s.start, tol=0.0, record=diagnostics)
        for name in RACE[:lanes]:
            run.add(name, **s.suggested_for(name))
        return run

    rows = []
    for label, diagnostics in (("off", False), ("all", True)):
        times = []
        for _ in range(max(3, repeat)):
            run = make(diagnostics)
            t0 = time.process_time()
            run.step(steps)
            times.append(time.process_time() - t0)
        t = statistics.median(times)
        rows.append((f"Run.step, {lanes} lanes x {steps} steps, diagnostics {label}", t, "",
                     f"{t / (lanes * steps) * 1e6:.1f} us per lane-step"))
    return rows


def print_table(rows):
    width = max(len(r[0]) for r in rows)
    print(f"{'benchmark':<{width}}  {'median':>8}  {'budget':<9} notes")
    for label, t, budget, note in rows:
        print(f"{label:<{width}}  {t:7.3f}s  {budget:<9} {note}")


if __name__ == "__main__":
    main()
