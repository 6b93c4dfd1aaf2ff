"""3-D view benchmarks against issue 18's budgets; prints a table of medians. Needs an X
server with OpenGL (Mesa's llvmpipe under Xvfb is the reference):

    xvfb-run -a -s "-screen 0 1600x1000x24" env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python tests/benchmarks/bench_view3d.py

Not a timed test (the machine is shared): numbers are medians, budgets reported, not asserted.
  race fps     the main window at 1280x720 with the 3-D view open beside the map (as Ctrl+D
               opens it; given the right column's height; in place of the map), 10
               optimizers racing at 100 steps/s: painted frames per second of the 3-D view
               and of the map, per one-second window, and the median cost of one GL frame
               and of one 3-D refresh (the view redraws at most every 33 ms: 30 fps is its cap);
               "static layer off" draws every item every frame (before gl_static.py), in the
               same run for comparison.
  surface      a surface change with the view open and with it closed (controller, map,
               panels, and with it open the 3-D rebuild and its first GL frame): what the
               3-D view adds is the difference; its rebuild and first frame alone too.
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
from desktop_app.model.controller import Controller  # noqa: E402
from desktop_app.plot.gl_check import gl_available  # noqa: E402
from desktop_app.window.main_window import MainWindow  # noqa: E402

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
    feature = win.feature("view3d")  # the window's own, as a user opens it (Ctrl+D)
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


class CostMeter:
    """Milliseconds spent in the GL view's paintGL and in the view's refresh (trails, markers)."""

    def __init__(self, view):
        self.paint, self.refresh = [], []
        gl_view = view.gl_view
        paint, refresh = gl_view.paintGL, view.refresh

        def timed_paint(*a):
            t = time.perf_counter()
            paint(*a)
            self.paint.append(1e3 * (time.perf_counter() - t))

        def timed_refresh(*a):
            t = time.perf_counter()
            refresh(*a)
            self.refresh.append(1e3 * (time.perf_counter() - t))

        gl_view.paintGL = timed_paint
        view.refresh = timed_refresh
        view._timer.timeout.disconnect()
        view._timer.timeout.connect(view.refresh)


LAYOUTS = {
    "docked": "as Ctrl+D opens it (a tab beside the loss plot)",
    "column": "the right column's whole height (the settings and loss docks closed), 40 % of the width",
    "replace": "in place of the map (Shift+F10), the whole window",
}


def arrange(app, win, feature, layout):
    if layout == "column":
        for name in ("settings", "loss", "update_rule"):
            try:
                win.api.dock(name).close()
            except KeyError:
                pass
        win.resizeDocks([feature.dock], [int(0.4 * SIZE[0])], QtCore.Qt.Orientation.Horizontal)
    elif layout == "replace":
        feature.set_replacing(True)
    for _ in range(30):
        app.processEvents()


def bench_race(app, seconds=6.0):
    print(f"racing: 10 optimizers at 100 steps/s, window {SIZE[0]}x{SIZE[1]}, 3-D view open:", flush=True)
    from desktop_app.plot import view3d as v3d

    runs = [(layout, what, True, v3d.THROTTLE_MS) for layout, what in LAYOUTS.items()]
    # the same race with no redraw cap (a frame at every tick of the race, up to 60 a second):
    # how many frames the view could draw, without and with the static layer
    runs[1:1] = [("docked", LAYOUTS["docked"], False, 0), ("docked", LAYOUTS["docked"], True, 0)]
    runs.insert(0, ("docked", LAYOUTS["docked"], False, v3d.THROTTLE_MS))
    throttle = v3d.THROTTLE_MS
    for layout, what, cached, v3d.THROTTLE_MS in runs:
        ctrl, win, feature = window_with_view(app)
        arrange(app, win, feature, layout)
        view = feature.view
        if not cached:  # every item drawn every frame, as before the static layer (gl_static.py)
            view.gl_view.static_layer_off = "benchmark: the static layer off"
        elif view.gl_view.static_layer_off:
            print(f"  (the static layer is off here: {view.gl_view.static_layer_off})")
        layout = layout if cached else f"{layout}, static layer off"
        layout += ", no redraw cap" if v3d.THROTTLE_MS == 0 else ""
        print(f"  {layout}: {what}: 3-D view {view.gl_view.width()}x{view.gl_view.height()}, "
              f"map {win.canvas.width()}x{win.canvas.height()}", flush=True)
        gl_paints, map_paints = PaintCounter(view.gl_view), PaintCounter(win.canvas.viewport())
        meter = CostMeter(view)
        ctrl.set_speed(100)
        ctrl.play()
        t0 = time.perf_counter()
        while time.perf_counter() - t0 < seconds:
            app.processEvents(QtCore.QEventLoop.ProcessEventsFlag.AllEvents, 5)
        t1 = time.perf_counter()
        ctrl.pause()
        warm = t0 + 1.0  # the first second fills caches
        budget = ">= 30 fps" if layout in ("docked", "docked, static layer off") else "(info)"
        report(f"{layout}: 3-D view frames per second (median of 1-s windows)",
               statistics.median(gl_paints.per_second(warm, t1)), "fps", budget)
        report(f"{layout}:   one GL frame drawn (paintGL)", statistics.median(meter.paint), "ms", "(info)")
        report(f"{layout}:   one 3-D refresh (trails, markers)", statistics.median(meter.refresh), "ms", "(info)")
        report(f"{layout}: map frames per second, same time", statistics.median(map_paints.per_second(warm, t1)),
               "fps", "(info)")
        report(f"{layout}: steps per second achieved", ctrl.t / (t1 - t0), "steps/s", "(100 asked)")
        if layout.startswith("replace"):
            feature.set_replacing(False)
        win.close()
        for _ in range(10):
            app.processEvents()
    v3d.THROTTLE_MS = throttle


def bench_surface_change(app):
    print("surface change, the 3-D view open and closed:", flush=True)
    names = ["rosenbrock", "rastrigin", "saddle", "himmelblau", "cliff", "beale", "ravine"]
    whole = {}
    for state in ("open", "closed"):
        ctrl, win, feature = window_with_view(app, "ravine")
        if state == "closed":
            feature.set_open(False)
        view = feature.view
        counter = PaintCounter(view.gl_view)
        rebuild, gl_first, times = [], [], []
        for rep in range(3):
            for name in names:
                t0 = time.perf_counter()
                ctrl.set_surface(name)
                win.repaint()
                t1 = time.perf_counter()
                if state == "open":
                    gl_frame(app, view, counter)  # the new mesh uploaded and drawn
                    gl_first.append(1e3 * (time.perf_counter() - t1))
                    rebuild.append(view.last_rebuild_ms)
                times.append(1e3 * (time.perf_counter() - t0))
        whole[state] = statistics.median(times)
        if state == "open":
            report(f"3-D rebuild ({view.mesh_resolution}x{view.mesh_resolution} mesh, contours, presets)",
                   statistics.median(rebuild), "ms", "(info)")
            report("  its first GL frame (the mesh uploaded and drawn)", statistics.median(gl_first), "ms", "(info)")
            ctrl.set_custom_surface("x**2 - y**2 + 0.25*y**4", ((-2, 2), (-2, 2)))
            report("  typed formula, 3-D rebuild", view.last_rebuild_ms, "ms", "(info)")
        report(f"surface change, everything, 3-D view {state} (map, panels{', 3-D' if state == 'open' else ''})",
               whole[state], "ms", "(info)")
        win.close()
        for _ in range(10):
            app.processEvents()
    report("surface change: what the open 3-D view adds (open - closed)", whole["open"] - whole["closed"], "ms",
           "<= 150 ms")


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
    # the whole app on this display, the 3-D view closed: the GL context is tried after the
    # first paint (features/view3d.py), so it does not delay it
    first = []
    for _ in range(runs):
        folder = Path(tempfile.mkdtemp())
        env_app = {**os.environ, "PYTHONPATH": str(ROOT), "OPTIMIZER_PLAYGROUND_TRACE_STARTUP": "exit",
                   "OPTIMIZER_PLAYGROUND_SETTINGS": str(folder / "s.ini")}
        t0 = time.time()
        err = subprocess.run([sys.executable, "-m", "desktop_app", "--clean"], env=env_app, capture_output=True,
                             text=True, timeout=120).stderr
        stamps = [float(line.split()[1]) for line in err.splitlines() if line.startswith("first-paint ")]
        if stamps:
            first.append(stamps[0] - t0)
    if first:
        report(f"cold start to first paint on {os.environ.get('QT_QPA_PLATFORM')}, 3-D view closed",
               1e3 * statistics.median(first), "ms", "not slower than without the view")


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
