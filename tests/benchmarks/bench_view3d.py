"""3-D view benchmarks against issue 18's budgets; prints a table of medians. Needs an X
server with OpenGL (Mesa's llvmpipe under Xvfb is the reference):

    xvfb-run -a -s "-screen 0 1600x1000x24" env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python tests/benchmarks/bench_view3d.py

Not a timed test (the machine is shared): numbers are medians, budgets reported, not asserted.
  race fps     the main window at 1280x720 with the 3-D view docked beside the map, 10
               optimizers racing at 100 steps/s: painted frames per second of the 3-D view
               and of the map, per one-second window.
  surface      a surface change with the view open: the 3-D rebuild alone (sample, heights,
               mesh, contours, presets) and everything (controller, window, GL repaint).
  start-up     importing the window's modules in a fresh interpreter: pyqtgraph.opengl must
               stay unimported; what importing it would add, for comparison.
"""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
os.environ.setdefault("OPTIMIZER_PLAYGROUND_SETTINGS", str(Path(tempfile.mkdtemp()) / "bench.ini"))
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6 import QtCore, QtWidgets  # noqa: E402

from desktop_app.app import make_app  # noqa: E402
from desktop_app.features.view3d import View3DFeature  # noqa: E402
from desktop_app.model.controller import Controller  # noqa: E402
from desktop_app.plot.gl_check import gl_available  # noqa: E402
from desktop_app.window.main_window import MainWindow  # noqa: E402
from tests.fake_window_api import FakeApi  # noqa: E402

TEN = ("sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam", "adamw", "nadam", "radam", "adamax")
SIZE = (1280, 720)
rows: list[tuple[str, str, str]] = []


def report(what, value, unit, budget):
    rows.append((what, f"{value:,.1f} {unit}", budget))
    print(f"  {what}: {value:,.1f} {unit}", flush=True)


class PaintCounter(QtCore.QObject):
    """Painted frames of a widget (Paint events) or of a GL window (frameSwapped)."""

    def __init__(self, target):
        super().__init__()
        self.times: list[float] = []
        if hasattr(target, "frameSwapped"):
            target.frameSwapped.connect(lambda: self.times.append(time.perf_counter()))
        else:
            target.installEventFilter(self)

    def eventFilter(self, obj, ev):
        if ev.type() == QtCore.QEvent.Type.Paint:
            self.times.append(time.perf_counter())
        return False

    def per_second(self, t0: float, t1: float) -> list[int]:
        return [sum(1 for t in self.times if t0 + k <= t < t0 + k + 1) for k in range(int(t1 - t0))]


def window_with_view(app, surface="rosenbrock"):
    ctrl = Controller(surface=surface, optimizers=TEN)
    ctrl.set_step_limit(10 ** 6)
    for e in ctrl.active:
        ctrl.set_hyperparams(e.key, noise=0.05)  # nobody converges early: every trail grows
    win = MainWindow(ctrl)
    feature = View3DFeature(ctrl)
    feature.install(FakeApi(win))
    feature.set_open(True)
    win.resize(*SIZE)
    win.show()
    for _ in range(20):
        app.processEvents()
    # beside the map: the dock gets the right column's height and 40 % of the width
    win.resizeDocks([feature.dock], [SIZE[1]], QtCore.Qt.Orientation.Vertical)
    win.resizeDocks([feature.dock], [int(0.4 * SIZE[0])], QtCore.Qt.Orientation.Horizontal)
    for _ in range(20):
        app.processEvents()
    return ctrl, win, feature


def gl_frame(app, view, counter) -> None:
    """Ask for a GL frame and wait until it is on screen."""
    n = len(counter.times)
    view.gl_view.update()
    t0 = time.perf_counter()
    while len(counter.times) == n and time.perf_counter() - t0 < 2.0:
        app.processEvents(QtCore.QEventLoop.ProcessEventsFlag.AllEvents, 5)


def bench_race(app, seconds=6.0):
    print(f"racing: 10 optimizers at 100 steps/s, window {SIZE[0]}x{SIZE[1]}, 3-D view docked:", flush=True)
    ctrl, win, feature = window_with_view(app)
    view = feature.view
    print(f"  3-D view {view.gl_view.width()}x{view.gl_view.height()}, map {win.canvas.width()}x{win.canvas.height()}")
    gl_paints, map_paints = PaintCounter(view.gl_view), PaintCounter(win.canvas.viewport())
    ctrl.set_speed(100)
    ctrl.play()
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < seconds:
        app.processEvents(QtCore.QEventLoop.ProcessEventsFlag.AllEvents, 5)
    t1 = time.perf_counter()
    ctrl.pause()
    warm = t0 + 1.0  # the first second fills caches
    report("3-D view frames per second (median of 1-s windows)",
           statistics.median(gl_paints.per_second(warm, t1)), "fps", ">= 30 fps")
    report("map frames per second, same time", statistics.median(map_paints.per_second(warm, t1)), "fps", "(info)")
    report("steps per second achieved", ctrl.t / (t1 - t0), "steps/s", "(100 asked)")
    win.close()


def bench_surface_change(app):
    print("surface change with the 3-D view open:", flush=True)
    ctrl, win, feature = window_with_view(app, "ravine")
    view = feature.view
    counter = PaintCounter(view.gl_view)
    names = ["rosenbrock", "rastrigin", "saddle", "himmelblau", "cliff", "beale", "ravine"]
    rebuild, whole = [], []
    for rep in range(3):
        for name in names:
            t0 = time.perf_counter()
            ctrl.set_surface(name)
            win.repaint()
            gl_frame(app, view, counter)
            whole.append(time.perf_counter() - t0)
            rebuild.append(view.last_rebuild_ms)
    t0 = time.perf_counter()
    ctrl.set_custom_surface("x**2 - y**2 + 0.25*y**4", ((-2, 2), (-2, 2)))
    report(f"3-D rebuild alone ({view.mesh_resolution}x{view.mesh_resolution} mesh)", statistics.median(rebuild),
           "ms", "<= 150 ms")
    report("surface change, everything (map, panels, 3-D, both on screen)", 1e3 * statistics.median(whole), "ms",
           "<= 150 ms (3-D part)")
    report("  typed formula, 3-D rebuild", view.last_rebuild_ms, "ms", "(info)")
    win.close()


def bench_startup(runs=5):
    print("start-up imports (fresh interpreters):", flush=True)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    code = ("import time, sys; t = time.perf_counter(); import desktop_app.window.main_window, "
            "desktop_app.features.view3d; print(time.perf_counter() - t, 'pyqtgraph.opengl' in sys.modules)")
    code_gl = "import time; t = time.perf_counter(); import pyqtgraph.opengl; print(time.perf_counter() - t)"
    base, gl, loaded = [], [], set()
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True).stdout.split()
        base.append(float(out[0]))
        loaded.add(out[1])
        gl.append(float(subprocess.run([sys.executable, "-c", code_gl], env=env, capture_output=True,
                                       text=True).stdout.split()[0]))
    report(f"import the window + 3-D feature (pyqtgraph.opengl loaded: {', '.join(sorted(loaded))})",
           1e3 * statistics.median(base), "ms", "no GL import")
    report("  what importing pyqtgraph.opengl would add", 1e3 * statistics.median(gl), "ms", "(avoided)")


def main():
    app = make_app()
    ok, why = gl_available()
    print(f"platform {app.platformName()}, {os.cpu_count()} cores, {why}", flush=True)
    if not ok:
        sys.exit(f"bench_view3d: {why}")
    bench_race(app)
    bench_surface_change(app)
    bench_startup()
    width = max(len(r[0]) for r in rows)
    print("\n" + "what".ljust(width) + "  " + "median".rjust(14) + "  budget")
    print("-" * (width + 30))
    for what, value, budget in rows:
        print(what.ljust(width) + "  " + value.rjust(14) + "  " + budget)
    os._exit(0)  # skip Qt/pyqtgraph teardown order issues at interpreter exit


if __name__ == "__main__":
    main()
