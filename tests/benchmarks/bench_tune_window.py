"""The window's default Tune while the race plays (issue 16); prints a table of medians.

    .venv/bin/python tests/benchmarks/bench_tune_window.py [--repeat 5] [--surface ravine]

Not a timed test (the machine is shared): budgets are reported, not asserted. Measures, with
10 racers (every first-order optimizer with a learning rate) playing at 300 steps/s with
noisy gradients (so nobody stops):
  animation alone       canvas paint-to-paint intervals with no job running;
  during Tune           the same while Playback → Tune… runs its default sweep (25 learning
                        rates x 1 seed x 500 steps for each of the 10 racers) in the
                        background (budget: >= 50 frames/s, i.e. a median interval <= 20 ms);
  Tune's wall time      from Tune… to the sensitivity plot drawn (budget <= 1 s).
Runs are interleaved (Tune, rest, Tune...) so both see the same machine load.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OPTIMIZER_PLAYGROUND_SETTINGS", str(Path(tempfile.mkdtemp()) / "bench.ini"))

import numpy as np  # noqa: E402
from PySide6 import QtCore, QtWidgets  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from desktop_app.model import job_runner  # noqa: E402
from desktop_app.model.controller import Controller  # noqa: E402
from desktop_app.window.main_window import MainWindow  # noqa: E402

RACE = ["sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adadelta", "adam", "adamw", "nadam", "radam"]


from bench_basin_window import PaintClock, describe, spin  # noqa: E402  (the same frame clock)


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--surface", default="ravine")
    args = ap.parse_args(argv)
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    ctrl = Controller(surface=args.surface, optimizers=RACE)
    ctrl.set_step_limit(10 ** 6)
    ctrl.set_speed(300)
    for e in ctrl.active:
        ctrl.set_hyperparams(e.key, noise=0.5)  # a noisy race never stops by itself
    win = MainWindow(ctrl)
    win.resize(1400, 900)
    win.show()
    spin(app, 0.5)
    tune = win.feature("tune")
    p = tune.panel
    assert (p.lr_min.text(), p.lr_max.text(), p.points.value(), p.steps.value(), p.seeds.value()) == \
        ("1e-4", "10", 25, 500, 1), "not the default Tune"
    clock = PaintClock(win.canvas.viewport())
    ctrl.play()
    spin(app, 1.0)
    threshold = job_runner.PROCESS_WORK
    backends = {"thread": 0, "child process": 1}
    alone = []
    during = {name: [] for name in backends}
    walls = {name: [] for name in backends}
    for _ in range(args.repeat):
        for name, work in backends.items():
            job_runner.PROCESS_WORK = work  # 0: every job on a thread; 1: every job in a child process
            t0 = time.perf_counter()
            spin(app, 1.5)
            alone.append(clock.intervals_ms(t0 + 0.3, time.perf_counter()))
            tune.job = None
            t0 = time.perf_counter()
            assert tune.start()
            spin(app, 30.0, until=lambda: not tune.busy and tune.job is not None)
            t1 = time.perf_counter()
            assert len(tune.sweeps) == len(RACE), tune.panel.message.text()
            walls[name].append(t1 - t0)
            during[name].append(clock.intervals_ms(t0, t1))
    ctrl.pause()
    job_runner.PROCESS_WORK = threshold
    choice = "child process" if tune.job.cost >= threshold else "thread"
    rows = [("the window's choice for the default Tune", f"{choice} (cost {tune.job.cost:,} point-steps, "
             f"a child process from {threshold:,})", ""),
            ("animation alone (between the runs): frame interval", describe(np.concatenate(alone)), "")]
    for name in backends:
        rows += [(f"animation during the default Tune, {name}: frame interval",
                  describe(np.concatenate(during[name])), ">= 50 frames/s (<= 20 ms)"),
                 (f"default Tune wall time, {name} (race playing)",
                  f"median {statistics.median(walls[name]):.3f} s (min {min(walls[name]):.3f}, "
                  f"max {max(walls[name]):.3f})", "<= 1 s")]
    print(f"\n10 racers x 25 lr x 1 seed x 500 steps, race at 300 steps/s, {args.repeat} runs each, "
          f"interleaved; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"{'what':66s} {'measured':70s} budget")
    for what, value, budget in rows:
        print(f"{what:66s} {value:70s} {budget}")
    win.close()


if __name__ == "__main__":
    main()
