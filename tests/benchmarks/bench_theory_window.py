"""Theory dock benchmarks (issue 15, window part); prints a table of medians.

    .venv/bin/python tests/benchmarks/bench_theory_window.py [--repeat 200]

Not a timed test (the machine is shared): budgets are reported, not asserted.
  phase diagram   the widget's full recompute of a 200 x 200 (η, μ) grid: engine.theory
                  .rate_grid into the kept buffer, ρ -> colours, the image handed to pyqtgraph,
                  the star and caption (budget <= 15 ms, so it could follow the timeline at
                  60 fps; the window redraws it at most 10 times a second while playing).
  panel / frame   what the dock does on every frame of a playing race: the focused lane's
                  local analysis at the new step (Rosenbrock: the model changes every step),
                  the numbers and meter, the envelope on the loss plot (budget <= 1 ms).
  heavy / redraw  the diagram and the sharpness trace for a new step (at most 10 per second).
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
from PySide6 import QtWidgets  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from engine import theory  # noqa: E402
from desktop_app.model.controller import Controller  # noqa: E402
from desktop_app.widgets.phase_diagram import PhaseDiagram  # noqa: E402
from desktop_app.window.main_window import MainWindow  # noqa: E402


def median_ms(fn, repeat, setup=None):
    times = []
    for _ in range(repeat):
        if setup is not None:
            setup()
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return 1000.0 * statistics.median(times)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=200)
    args = parser.parse_args()
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    rows = []

    # -- the phase diagram on its own -----------------------------------------------------------
    d = PhaseDiagram()
    d.resize(420, 360)
    d.show()
    lam = np.array([1.0, 100.0])
    for name in ("momentum", "nesterov", "sgd"):
        d.show_rates(name, lam, 0.01, None if name == "sgd" else 0.9)
        rows.append((f"phase diagram recompute, {name}" + (" (curve)" if name == "sgd" else " 200x200"),
                     median_ms(d.recompute, args.repeat), "<= 15 ms"))
    lrs, mus = d.lrs, d.mus
    out = np.empty((200, 200))
    rows.append(("  of which rate_grid momentum 200x200",
                 median_ms(lambda: theory.rate_grid("momentum", lam, lr=lrs[:, None], momentum=mus[None, :], out=out),
                           args.repeat), ""))
    d.show_rates("momentum", lam, 0.01, 0.9)
    rows.append(("  of which ρ -> colours", median_ms(lambda: d.paint(d.rho), args.repeat), ""))

    # -- the dock in the window, following a race on Rosenbrock ---------------------------------------
    ctrl = Controller()
    win = MainWindow(ctrl)
    win.resize(1600, 1000)
    win.show()
    app.processEvents()
    f = win.feature("theory")
    f.dock.show()
    f.dock.raise_()
    ctrl.set_surface("rosenbrock")
    ctrl.set_step_limit(1_000_000)   # every timed row takes new steps
    for e in ctrl.entries:
        ctrl.set_checked(e.key, e.name in ("momentum", "sgd", "adam", "nesterov"))
    entry = next(e for e in ctrl.active if e.name == "momentum")
    ctrl.set_focus(entry.key)
    ctrl.set_hyperparams(entry.key, lr=1e-3, momentum=0.9)
    ctrl.advance(200)
    app.processEvents()
    # the timed calls below do the feature's work themselves: its own slots must not do it first
    for sig in (ctrl.sigStepped, ctrl.sigReset, ctrl.sigShownStepChanged, ctrl.sigFocusChanged,
                ctrl.sigLanesChanged, ctrl.sigSurfaceChanged, ctrl.sigHyperparamsChanged):
        sig.disconnect(f.refresh)

    def frame():   # refresh() minus the throttled part: what every frame costs while playing
        snap = f.analysis.snapshot()
        f._shown = snap
        f._numbers(snap)
        f._replot()

    rows.append(("panel per frame (local analysis, numbers, envelope)",
                 median_ms(frame, args.repeat, setup=lambda: ctrl.advance(1)), "<= 1 ms"))
    snapshots = []
    rows.append(("  of which the numbers and meter",
                 median_ms(lambda: f._numbers(snapshots[-1]), args.repeat,
                           setup=lambda: (ctrl.advance(1), snapshots.append(f.analysis.snapshot()))), ""))
    rows.append(("  of which the envelope",
                 median_ms(f._replot, args.repeat,
                           setup=lambda: (ctrl.advance(1), setattr(f, "_shown", f.analysis.snapshot()))), ""))
    before = f.analysis.computed
    rows.append(("  of which the local analysis (engine.theory.local)",
                 median_ms(lambda: f.analysis.snapshot(), args.repeat, setup=lambda: ctrl.advance(1)), ""))
    assert f.analysis.computed == before + args.repeat, "every timed frame must be a new step"

    def heavy():
        f._heavy_for = None
        f._heavy()

    redrawn = f.diagram.recomputed
    rows.append(("heavy part per redraw (diagram + sharpness trace)",
                 median_ms(heavy, max(20, args.repeat // 4), setup=lambda: (ctrl.advance(1), frame())),
                 "<= 10 per s"))
    assert f.diagram.recomputed >= redrawn + max(20, args.repeat // 4), "the diagram must recompute every redraw"
    ctrl.set_surface("ravine")
    for e in ctrl.entries:
        ctrl.set_checked(e.key, e.name == "momentum")
    ctrl.set_focus(ctrl.active[0].key)
    ctrl.advance(50)
    rows.append(("panel per frame on the ravine (exact: the diagram never recomputes)",
                 median_ms(frame, args.repeat, setup=lambda: ctrl.advance(1)), "<= 1 ms"))
    win.close()

    width = max(len(r[0]) for r in rows)
    print(f"\n{'what':<{width}}  {'median':>9}  budget")
    for what, ms, budget in rows:
        print(f"{what:<{width}}  {ms:>6.3f} ms  {budget}")


if __name__ == "__main__":
    main()
