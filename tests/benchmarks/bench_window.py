"""Window benchmarks against DESIGN.md's budgets; prints a table of medians.

    .venv/bin/python tests/benchmarks/bench_window.py            # offscreen
    .venv/bin/pip install -e ".[bench]"                          # matplotlib, for the ratio

Not a timed test (the machine is shared): numbers are medians, budgets are reported, not
asserted. Measures
  frame        one animation frame: 10 lanes x 5,000-point trails (one new point each),
               contours, markers; repainted synchronously. Two trail sets: real races
               (noisy gradients so nobody converges early) and random walks whose every
               step moves several pixels (the worst case for decimation). Also the whole
               window (canvas, race table, loss plot) for the real races.
  top speed    the real controller playing at 2,000 steps/s with 10 optimizers: painted
               frames per second, achieved steps per second, time per tick split into
               engine stepping and drawing.
  surface      canvas.set_surface on a 400x400 grid, >= 15 levels, heatmap, repainted;
               and the same through the controller (panels and table rebuilt too).
  cold start   `python -m desktop_app` to the canvas's first paint, in fresh processes.
  matplotlib   the same frame drawn by matplotlib (Agg, full redraw), and the ratio.
"""
from __future__ import annotations

import os
import statistics
import subprocess
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

from desktop_app.geometry import contours  # noqa: E402
from desktop_app.plot.canvas import ContourCanvas, LaneStyle  # noqa: E402
from desktop_app.model.controller import Controller  # noqa: E402
from desktop_app.window.main_window import MainWindow  # noqa: E402
from engine import surfaces  # noqa: E402

TEN = ("sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam", "adamw", "nadam", "radam", "adamax")
SIZE = (1200, 800)
TRAIL = 5000
rows: list[tuple[str, str, str, str]] = []


def report(what, value, unit, budget):
    rows.append((what, f"{value:,.2f} {unit}", budget, ""))
    print(f"  {what}: {value:,.2f} {unit}", flush=True)


def race(surface_name="rosenbrock", steps=TRAIL, noise=0.05) -> Controller:
    ctrl = Controller(surface=surface_name, optimizers=TEN)
    ctrl.set_step_limit(10 ** 6)
    for e in ctrl.active:
        ctrl.set_hyperparams(e.key, noise=noise)
    ctrl.run.step(steps - 1)
    return ctrl


def random_walks(surface, n=10, steps=TRAIL, seed=0):
    (x0, x1), (y0, y1) = surface.bounds
    rng = np.random.default_rng(seed)
    step = 0.01 * (x1 - x0)  # ~10 pixels per step at 1200x800: nothing to decimate
    walks = []
    for _ in range(n):
        w = np.cumsum(rng.normal(scale=step, size=(steps, 2)), axis=0)
        w[:, 0] = (x0 + x1) / 2 + (w[:, 0] % (x1 - x0)) - (x1 - x0) / 2
        w[:, 1] = (y0 + y1) / 2 + (w[:, 1] % (y1 - y0)) - (y1 - y0) / 2
        walks.append(w)
    return walks


def canvas_frames(canvas, trails, statuses, frames=80):
    """Each frame: every trail gains one point, then a synchronous repaint."""
    times = []
    grow = frames
    for f in range(frames):
        end = len(trails[0]) - grow + f + 1
        t0 = time.perf_counter()
        canvas.update_lanes((i, tr[:end], st) for i, (tr, st) in enumerate(zip(trails, statuses)))
        canvas.viewport().repaint()
        times.append(time.perf_counter() - t0)
    return 1e3 * statistics.median(times[10:])


def bench_frame(app):
    print("frame (10 lanes x 5,000 points, contours, markers):", flush=True)
    ctrl = race()
    surface = ctrl.surface
    real = [e.lane.history.view("points").copy() for e in ctrl.active]
    assert all(len(t) == TRAIL for t in real), [len(t) for t in real]
    canvas = ContourCanvas()
    canvas.resize(*SIZE)
    canvas.set_surface(surface)
    canvas.set_lanes(LaneStyle(i, e.colour) for i, e in enumerate(ctrl.active))
    canvas.show()
    app.processEvents()
    status = ["running"] * 10
    ms_real = canvas_frames(canvas, real, status)
    drawn = sum(len(canvas.trail_data(i)[0]) for i in range(10))
    report(f"frame, real races (canvas; {drawn:,} of 50,000 vertices drawn)", ms_real, "ms", "<= 8 ms")
    walks = random_walks(surface)
    canvas.set_lanes([])
    canvas.set_lanes(LaneStyle(i, e.colour) for i, e in enumerate(ctrl.active))
    ms_walk = canvas_frames(canvas, walks, status)
    drawn = sum(len(canvas.trail_data(i)[0]) for i in range(10))
    report(f"frame, random walks, worst case (canvas; {drawn:,} vertices)", ms_walk, "ms", "<= 8 ms")
    canvas.close()

    win = MainWindow(ctrl)
    win.resize(1600, 1000)
    win.show()
    app.processEvents()
    times = []
    for _ in range(60):
        t0 = time.perf_counter()
        ctrl.run.step(1)
        t1 = time.perf_counter()
        ctrl.sigStepped.emit()
        win.repaint()
        times.append((t1 - t0, time.perf_counter() - t1))
    step_ms = 1e3 * statistics.median(t[0] for t in times[10:])
    draw_ms = 1e3 * statistics.median(t[1] for t in times[10:])
    report("frame, whole window (canvas + table + loss plot)", draw_ms, "ms", "(info)")
    report("  engine: one step of 10 lanes", step_ms, "ms", "(info)")
    win.close()
    return surface, real, ms_real


def bench_engine_alone():
    """What 2,000 steps/s of 10 lanes costs the engine by itself, per second of play."""
    ctrl = race(steps=1)
    ctrl.run.step(200)
    t0 = time.perf_counter()
    ctrl.run.step(2000)
    report("engine alone: 2,000 steps x 10 lanes (noisy rosenbrock)", time.perf_counter() - t0, "s",
           "(< ~0.5 s leaves room to draw)")


def bench_top_speed(app, noise, seconds=4.0):
    label = "noisy gradients, nobody stops" if noise else "no noise"
    print(f"top speed (2,000 steps/s, 10 optimizers on rosenbrock, {label}):", flush=True)
    ctrl = Controller(surface="rosenbrock", optimizers=TEN)
    ctrl.set_step_limit(10 ** 7)
    for e in ctrl.active:
        ctrl.set_hyperparams(e.key, noise=noise)
    win = MainWindow(ctrl)
    win.resize(1600, 1000)
    win.show()
    app.processEvents()
    paints = []

    class Counter(QtCore.QObject):
        def eventFilter(self, obj, ev):
            if ev.type() == QtCore.QEvent.Type.Paint:
                paints.append(time.perf_counter())
            return False

    counter = Counter()
    win.canvas.viewport().installEventFilter(counter)
    step_times, tick_times = [], []
    run_step = ctrl.run.step

    def timed_step(k):
        t0 = time.perf_counter()
        taken = run_step(k)
        step_times.append(time.perf_counter() - t0)
        return taken

    ctrl.run.step = timed_step
    original_tick = ctrl._on_timer

    def timed_tick():
        t0 = time.perf_counter()
        original_tick()
        tick_times.append(time.perf_counter() - t0)

    ctrl.timer.timeout.disconnect(ctrl._on_timer)
    ctrl.timer.timeout.connect(timed_tick)
    ctrl.set_speed(2000)
    ctrl.play()
    t_start, t0 = time.perf_counter(), ctrl.t
    while time.perf_counter() - t_start < seconds:
        app.processEvents(QtCore.QEventLoop.ProcessEventsFlag.AllEvents, 5)
    elapsed = time.perf_counter() - t_start
    steps = ctrl.t - t0
    ctrl.pause()
    in_window = [p for p in paints if p >= t_start]
    fps = len(in_window) / elapsed
    running = sum(e.lane.running for e in ctrl.active)
    report(f"frames per second at 2,000 steps/s, {label} ({running}/10 still running)", fps, "fps",
           ">= 60 fps")
    report("  steps per second achieved", steps / elapsed, "steps/s", "(2,000 asked)")
    report("  per tick: engine stepping", 1e3 * statistics.median(step_times), "ms", "(info)")
    report("  per tick: everything (stepping + views)", 1e3 * statistics.median(tick_times), "ms", "(info)")
    win.canvas.viewport().removeEventFilter(counter)
    win.close()


def bench_surface_change(app):
    print("surface change (400x400 grid, >= 15 levels, heatmap):", flush=True)
    canvas = ContourCanvas()
    canvas.resize(*SIZE)
    canvas.show()
    app.processEvents()
    names = ["rosenbrock", "rastrigin", "ravine", "himmelblau", "cliff", "beale"]
    times, levels = [], []
    for rep in range(3):
        for name in names:
            s = surfaces.get(name)
            t0 = time.perf_counter()
            canvas.set_surface(s)
            canvas.viewport().repaint()
            times.append(time.perf_counter() - t0)
            levels.append(len(canvas.field.levels))
    assert canvas.field.z.shape == (400, 400) and min(levels) >= 15
    report(f"surface change, canvas ({min(levels)}-{max(levels)} levels)", 1e3 * statistics.median(times),
           "ms", "<= 60 ms")
    canvas.close()
    ctrl = Controller()
    win = MainWindow(ctrl)
    win.resize(1600, 1000)
    win.show()
    app.processEvents()
    times = []
    for rep in range(2):
        for name in names:
            t0 = time.perf_counter()
            ctrl.set_surface(name)
            win.repaint()
            times.append(time.perf_counter() - t0)
    report("surface change, whole window (panels, table, restart)", 1e3 * statistics.median(times), "ms",
           "(info)")
    win.close()


def bench_cold_start(runs=5):
    print("cold start (python -m desktop_app to first paint):", flush=True)
    env = {**os.environ, "OPTIMIZER_PLAYGROUND_TRACE_STARTUP": "exit"}
    times = []
    for _ in range(runs):
        t0 = time.time()
        proc = subprocess.run([sys.executable, "-m", "desktop_app"], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=120)
        line = next((ln for ln in proc.stderr.splitlines() if ln.startswith("first-paint ")), None)
        if line is None:
            raise RuntimeError(f"no first paint reported:\n{proc.stderr}")
        times.append(float(line.split()[1]) - t0)
    report(f"cold start to first paint ({runs} runs, {os.environ['QT_QPA_PLATFORM']})",
           statistics.median(times), "s", "<= 1.5 s")


def bench_matplotlib(surface, trails, ours_ms):
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        rows.append(("matplotlib (Agg) redraw of the same frame", "not installed", "", "pip install -e '.[bench]'"))
        return
    print("matplotlib (Agg, full redraw of the same frame):", flush=True)
    field = contours.compute(surface)
    fig, ax = plt.subplots(figsize=(SIZE[0] / 100, SIZE[1] / 100), dpi=100)
    x, y, w, h = field.rect
    im = ax.imshow(field.colour, origin="lower", extent=(x, x + w, y, y + h), cmap="Blues_r",
                   vmin=field.colour_range[0], vmax=field.colour_range[1], aspect="equal")
    fig.colorbar(im, ax=ax)
    ax.plot(field.lines[:, 0], field.lines[:, 1], color="k", lw=0.6, alpha=0.6)
    colours = plt.rcParams["axes.prop_cycle"].by_key()["color"]
    lines = [ax.plot(t[:, 0], t[:, 1], lw=1, color=colours[i % len(colours)])[0] for i, t in enumerate(trails)]
    ends = np.array([t[-1] for t in trails])
    scat = ax.scatter(ends[:, 0], ends[:, 1], s=60, c=colours[: len(trails)], edgecolors="w", zorder=5)
    fig.canvas.draw()
    times = []
    frames = 25
    for f in range(frames):
        end = len(trails[0]) - frames + f + 1
        t0 = time.perf_counter()
        for line, t in zip(lines, trails):
            line.set_data(t[:end, 0], t[:end, 1])
        scat.set_offsets(np.array([t[end - 1] for t in trails]))
        fig.canvas.draw()
        times.append(time.perf_counter() - t0)
    ms = 1e3 * statistics.median(times[3:])
    report("matplotlib (Agg) redraw of the same frame", ms, "ms", "(info)")
    rows.append(("ratio matplotlib / ours", f"{ms / ours_ms:,.1f}x", ">= 10x", ""))
    print(f"  ratio: {ms / ours_ms:.1f}x", flush=True)
    plt.close(fig)


def main():
    """All rows; ``--only top`` (or frame, engine, surface, start) runs just those."""
    only = set(sys.argv[sys.argv.index("--only") + 1].split(",")) if "--only" in sys.argv else None
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    print(f"platform {os.environ['QT_QPA_PLATFORM']}, {os.cpu_count()} cores, window {SIZE}", flush=True)
    if only is None or "frame" in only:
        surface, trails, ours_ms = bench_frame(app)
    if only is None or "top" in only:
        bench_top_speed(app, noise=0.05)
        bench_top_speed(app, noise=0.0)
    if only is None or "engine" in only:
        bench_engine_alone()
    if only is None or "surface" in only:
        bench_surface_change(app)
    if only is None:
        bench_matplotlib(surface, trails, ours_ms)
    if only is None or "start" in only:
        bench_cold_start()
    width = max(len(r[0]) for r in rows)
    print("\n" + "what".ljust(width) + "  " + "median".rjust(16) + "  budget")
    print("-" * (width + 30))
    for what, value, budget, note in rows:
        print(what.ljust(width) + "  " + value.rjust(16) + "  " + budget + (f"  {note}" if note else ""))
    os._exit(0)  # skip Qt/pyqtgraph teardown order issues at interpreter exit


if __name__ == "__main__":
    main()
