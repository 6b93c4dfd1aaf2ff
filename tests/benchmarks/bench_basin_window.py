"""Basin map benchmarks against DESIGN.md / issue 7; prints a table.

    .venv/bin/python tests/benchmarks/bench_basin_window.py [--repeat 3] [--surface himmelblau]

Not a timed test (the machine is shared): numbers are medians, budgets are reported, not
asserted. Measures
  engine        engine.basin_map, 256x256 starts x 500 Adam steps, alone (budget <= 0.6 s),
                with tol=0 (the engine benchmark's setting) and tol=1e-6 (the window's).
  animation     the window playing a race (4 optimizers, noisy gradients so nobody stops,
                300 steps/s) with no map computing: canvas paint-to-paint intervals.
  during a map  the same while the window computes a 256x256 x 500 Adam map, once in a
                child process (what the window does for big maps) and once on a thread,
                interleaved: frame intervals (budget: <= 50 ms) and the map's wall time.
  colouring     BasinMap -> RGBA for the three colour modes at 256x256.
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

import engine  # noqa: E402
from desktop_app.geometry import basin_colors  # noqa: E402
from desktop_app.model import job_runner
from desktop_app.model.controller import Controller  # noqa: E402
from desktop_app.window.main_window import MainWindow  # noqa: E402
from engine import optimizers, surfaces  # noqa: E402

rows: list[tuple[str, str, str]] = []


def report(what, value, budget=""):
    rows.append((what, value, budget))
    print(f"  {what}: {value}", flush=True)


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
    return (f"median {np.median(ms):.1f} ms, p95 {np.percentile(ms, 95):.1f} ms, max {ms.max():.1f} ms "
            f"({len(ms)} frames)")


def bench_engine(surface_name, repeat):
    s = surfaces.get(surface_name)
    opt = optimizers.create("adam", **s.suggested_for("adam"))
    for tol in (0.0, 1e-6):
        times = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            engine.basin_map(s, opt, resolution=256, steps=500, tol=tol)
            times.append(time.perf_counter() - t0)
        report(f"engine basin_map 256x256 x 500 Adam on {surface_name}, tol={tol:g}",
               f"{statistics.median(times):.3f} s (min {min(times):.3f})", "<= 0.6 s")


def bench_colouring(surface_name):
    s = surfaces.get(surface_name)
    m = engine.basin_map(s, optimizers.create("adam", **s.suggested_for("adam")), resolution=256, steps=300)
    for mode in basin_colors.MODES:
        t0 = time.perf_counter()
        for _ in range(5):
            basin_colors.colour_map(m, mode)
        report(f"colour 256x256 by {mode}", f"{(time.perf_counter() - t0) / 5 * 1000:.1f} ms")


def bench_window(app, surface_name, repeat):
    ctrl = Controller(surface=surface_name)
    ctrl.set_step_limit(10 ** 6)
    ctrl.set_speed(300)
    for e in ctrl.active:
        ctrl.set_hyperparams(e.key, noise=0.5)  # a noisy race never stops by itself
    adam = next(e for e in ctrl.active if e.name == "adam")
    ctrl.set_focus(adam.key)
    win = MainWindow(ctrl)
    win.resize(1400, 900)
    win.show()
    spin(app, 0.5)
    clock = PaintClock(win.canvas.viewport())
    mapper = win.feature("basin").mapper
    mapper.set_resolution(256)
    mapper.set_steps(500)
    ctrl.play()
    spin(app, 0.5)
    t0 = time.perf_counter()
    spin(app, 3.0)
    base = clock.intervals_ms(t0, time.perf_counter())
    report("animation alone: frame interval", describe(base))
    # the two ways a map can run, interleaved so both see the same machine load
    backends = {"child process": 1, "thread": 0}
    during = {name: [] for name in backends}
    walls = {name: [] for name in backends}
    alone = [base]
    for _ in range(repeat):
        for name, work in backends.items():
            job_runner.PROCESS_WORK = work  # 1: every map in a process; 0: every map on a thread
            mapper.set_enabled(False)
            mapper.map = mapper.job = None
            t0 = time.perf_counter()
            mapper.set_enabled(True)
            spin(app, 60.0, until=lambda: not mapper.busy)
            t1 = time.perf_counter()
            walls[name].append(t1 - t0)
            during[name].append(clock.intervals_ms(t0, t1))
            t2 = time.perf_counter()
            spin(app, 1.5)
            alone.append(clock.intervals_ms(t2 + 0.3, time.perf_counter()))
    report("animation alone, between the maps: frame interval", describe(np.concatenate(alone)))
    for name in backends:
        ms = np.concatenate(during[name])
        report(f"animation while a 256x256 x 500 Adam map computes in a {name}: frame interval",
               describe(ms), "<= 50 ms")
        report(f"map wall time in a {name} (animation playing)",
               f"{statistics.median(walls[name]):.2f} s (min {min(walls[name]):.2f})")
    steps_per_s = ctrl.achieved_speed
    report("race speed reached while mapping (target 300 steps/s)", f"{steps_per_s:.0f} steps/s")
    ctrl.pause()
    win.close()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--surface", default="himmelblau")
    args = parser.parse_args()
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication(sys.argv[:1])
    print(f"basin map benchmarks on {args.surface} ({os.cpu_count()} CPUs, QPA {app.platformName()}, "
          f"load average {os.getloadavg()[0]:.1f} at the start)")
    bench_engine(args.surface, args.repeat)
    bench_colouring(args.surface)
    bench_window(app, args.surface, args.repeat)
    print(f"\nload average {os.getloadavg()[0]:.1f} at the end (other processes share these CPUs)")
    width = max(len(r[0]) for r in rows)
    for what, value, budget in rows:
        print(f"{what:<{width}}  {value}  {('budget ' + budget) if budget else ''}")


if __name__ == "__main__":
    main()
