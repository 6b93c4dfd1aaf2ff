"""The window's share of the data surfaces (issue 17); prints a table of medians.

    .venv/bin/python tests/benchmarks/bench_data_window.py [--repeat 7]

Not a timed test (the machine is shared): budgets are reported, not asserted.
  surface change  contours.compute (400 x 400 heat map + contour lines), what the window
                  does on the GUI thread when the surface or one of its parameters changes;
                  budget <= 60 ms (DESIGN.md). A batch-size change recomputes it too.
  fan             the gradient fan's geometry at one point (every example's gradient,
                  segments, the spread ellipse), N = 442
  fit             the data view's curve (200 points of the model)
  step + views    one step of scenario 25 in an offscreen window, all views redrawn, with
                  the data view and the fan off and on (paused stepping: every view redraws)
  playing         scenario 25 playing at 2,000 steps/s for 3 s in the offscreen window: the
                  median interval between frames (60 fps = 16.7 ms) and the steps/s reached
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import engine  # noqa: E402
from desktop_app.geometry import contours, data_fit, gradient_fan  # noqa: E402


def _median(fn, repeat):
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


CASES = [("linear_regression", {}), ("linear_regression", {"standardize": True}),
         ("linear_regression", {"standardize": True, "interpolate": True}),
         ("logistic_regression", {}), ("logistic_regression", {"standardize": True}),
         ("tiny_network", {}), ("tiny_network", {"weights": "w1_11,w2_11"}), ("ravine", {})]


def window_step(repeat):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["OPTIMIZER_PLAYGROUND_SETTINGS"] = "/tmp/bench_data_window.ini"
    from PySide6 import QtWidgets

    from desktop_app.model import scenarios
    from desktop_app.model.controller import Controller
    from desktop_app.window.main_window import MainWindow

    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    ctrl = Controller()
    win = MainWindow(ctrl)
    win.resize(1600, 1000)
    win.show()
    app.processEvents()
    sc = next(s for s in scenarios.load_all() if s.number == 25)
    f = win.feature("data_view")
    rows = []
    for label, on in (("data view and fan off", False), ("data view and fan on", True)):
        ctrl.load_setup(sc.setup)
        f.set_open(on)
        f.fan.set_enabled(on)
        app.processEvents()

        def one():
            ctrl.advance(1)
            app.processEvents()
        for _ in range(20):
            one()
        rows.append((label, _median(one, max(repeat * 10, 50))))
    played = []
    for label, on in (("data view and fan off", False), ("data view and fan on", True)):
        ctrl.load_setup(sc.setup)
        ctrl.set_step_limit(1_000_000)
        f.set_open(on)
        f.fan.set_enabled(on)
        app.processEvents()
        stamps = []
        ctrl.sigStepped.connect(lambda: stamps.append(time.perf_counter()))
        ctrl.set_speed(2000)
        ctrl.play()
        t0, t_start = time.perf_counter(), ctrl.t
        while time.perf_counter() - t0 < 3.0:
            app.processEvents()
        ctrl.pause()
        ctrl.sigStepped.disconnect()
        gaps = [b - a for a, b in zip(stamps[5:], stamps[6:])]
        played.append((label, statistics.median(gaps), (ctrl.t - t_start) / (time.perf_counter() - t0)))
    win.close()
    return rows, played


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    print(f"{'surface change (contours.compute)':<52} {'ms':>8}   (budget <= 60 ms)")
    for name, kw in CASES:
        s = engine.surfaces.get(name, **kw)
        label = name + "".join(f" {k}={v}" for k, v in kw.items())
        print(f"{label:<52} {_median(lambda: contours.compute(s), args.repeat) * 1e3:8.1f}")
    s = engine.surfaces.get("linear_regression", batch_size=8)
    p = (20.0, 100.0)
    batch = list(range(8))

    def fan():
        g = gradient_fan.gradient_fan(s, p, batch)
        g.segments(1.0)
        g.segments(1.0, g.batch)
        g.spread_ellipse(1.0, 8)
    print(f"\n{'gradient fan geometry, N = 442':<52} {_median(fan, 50) * 1e3:8.3f} ms")
    print(f"{'data view fit curve (200 points)':<52} {_median(lambda: data_fit.fit_curve(s, p), 50) * 1e3:8.3f} ms")
    print(f"\n{'scenario 25, one step + every view redrawn':<52} {'ms':>8}   (budget <= 8 ms a frame)")
    rows, played = window_step(args.repeat)
    for label, t in rows:
        print(f"{label:<52} {t * 1e3:8.2f}")
    print(f"\n{'scenario 25 playing at 2,000 steps/s':<52} {'frame ms':>8} {'steps/s':>8}")
    for label, gap, rate in played:
        print(f"{label:<52} {gap * 1e3:8.2f} {rate:8.0f}")


if __name__ == "__main__":
    main()
