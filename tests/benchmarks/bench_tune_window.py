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

from desktop_app.model.controller import Controller  # noqa: E402
from desktop_app.window.main_window import MainWindow  # noqa: E402

RACE = ["sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adadelta", "adam", "adamw", "nadam", "radam"]


class PaintClock(QtCore.QObject):
    """Timestamps of the canvas's paint events (what a viewer sees as frames)."""

    def __init__(self, widget):
        super().__init__(widget)
        self.times: list[float] = []
        widget.installEventFilter(self)

    def eventFilter(self, obj, ev):
        if ev.type() == QtCore.QEvent.Type.Paint:
            self.times.append(time.perf_counter())
        return False

    def intervals_ms(self, since: float, until: float) -> np.ndarray:
        t = np.array([x for x in self.times if since <= x <= until])
        return np.diff(t) * 1000.0


def spin(app, seconds: float, until=None):
    end = time.perf_counter() + seconds
    while time.perf_counter() < end and not (until and until()):
        app.processEvents(QtCore.QEventLoop.ProcessEventsFlag.AllEvents, 5)
        time.sleep(0.0005)


def describe(ms: np.ndarray) -> str:
    if len(ms) == 0:
        return "no frames"
    return (f"median {np.median(ms):.1f} ms ({1000 / np.median(ms):.0f} frames/s), p95 "
            f"{np.percentile(ms, 95):.1f} ms, max {ms.max():.1f} ms ({len(ms)} frames)")


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
    alone, during, walls = [], [], []
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        spin(app, 1.5)
        alone.append(clock.intervals_ms(t0 + 0.3, time.perf_counter()))
        tune.job = None
        t0 = time.perf_counter()
        assert tune.start()
        spin(app, 30.0, until=lambda: not tune.busy and tune.job is not None)
        t1 = time.perf_counter()
        assert len(tune.sweeps) == len(RACE), tune.panel.message.text()
        walls.append(t1 - t0)
        during.append(clock.intervals_ms(t0, t1))
    ctrl.pause()
    a, d = np.concatenate(alone), np.concatenate(during)
    per_run = [float(np.median(x)) for x in during if len(x)]
    rows = [("animation alone: frame interval", describe(a), ""),
            ("animation during the default Tune: frame interval", describe(d), ">= 50 frames/s (<= 20 ms)"),
            ("  median interval of each Tune run", ", ".join(f"{m:.1f} ms" for m in per_run), ""),
            ("default Tune wall time, 10 racers x 25 lr x 500 steps (race playing)",
             f"median {statistics.median(walls):.3f} s (min {min(walls):.3f}, max {max(walls):.3f})", "<= 1 s"),
            ("race speed reached (target 300 steps/s)", f"{ctrl.achieved_speed:.0f} steps/s", "")]
    print(f"\n{'what':72s} {'measured':60s} budget")
    for what, value, budget in rows:
        print(f"{what:72s} {value:60s} {budget}")
    win.close()


if __name__ == "__main__":
    main()
