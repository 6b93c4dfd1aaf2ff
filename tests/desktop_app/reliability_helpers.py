"""Helpers shared by the reliability tests (test_reliability_*.py): what the window draws,
checked for non-finite numbers; extreme hyperparameter values from the engine's specs; an
exception recorder that catches what a slot raises.

Imported by name (pytest puts this folder on sys.path), like desktop_helpers.
"""
from __future__ import annotations

import math
import sys
import traceback

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore

LR_RANGE = (1e-8, 1e3)  # the extremes: the engine accepts both
BIG = 1e12  # stands in for an infinite upper bound (max_grad_norm, noise)


# -- what is drawn ---------------------------------------------------------------------------
def _finite(*arrays) -> bool:
    return all(a is None or np.all(np.isfinite(np.asarray(a, dtype=float))) for a in arrays)


def _no_inf(*arrays) -> bool:
    """NaN is how a connect="finite" curve separates its pieces; inf is never drawn."""
    return all(a is None or not np.any(np.isinf(np.asarray(a, dtype=float))) for a in arrays)


def _item_problem(name: str, item) -> str | None:
    if isinstance(item, pg.PlotCurveItem):
        x, y = item.getData()
        if x is None:
            return None
        separated = item.opts.get("connect") == "finite"
        ok = _no_inf(x, y) if separated else _finite(x, y)
        return None if ok else f"{name}: non-finite curve data"
    if isinstance(item, pg.PlotDataItem):
        x, y = item.getData()
        return None if x is None or _no_inf(x, y) else f"{name}: inf in data"
    if isinstance(item, pg.ScatterPlotItem):
        x, y = item.getData()
        return None if _finite(x, y) else f"{name}: non-finite scatter position"
    if isinstance(item, pg.ImageItem):
        return None
    pos = item.pos()
    return None if _finite([pos.x(), pos.y()]) else f"{name}: non-finite position"


def drawn_problems(window) -> list[str]:
    """Everything visible on the map and the loss plot with a non-finite number in it
    (an empty list when all is well): trails and markers must be finite throughout;
    overlay curves may hold NaN separators but never inf; view ranges must be finite."""
    cv = window.canvas
    problems = []
    for key, item in cv.trails.items():
        x, y = item.getData()
        if x is not None and not _finite(x, y):
            problems.append(f"trail {key}: non-finite point")
    for name, item in (("markers", cv.markers), ("start", cv.start_item), ("minima", cv.minima_item)):
        problem = _item_problem(name, item)
        if problem:
            problems.append(problem)
    for name, item in cv.overlays.items():
        if item.isVisible():
            problem = _item_problem(f"overlay {name}", item)
            if problem:
                problems.append(problem)
    for key, curve in window.loss_plot.curves.items():
        x, y = curve.getData()
        if x is not None and not _finite(x, y):
            problems.append(f"loss curve {key}: non-finite point")
    for name, vb in (("map", cv.vb), ("loss plot", window.loss_plot.getPlotItem().getViewBox())):
        (x0, x1), (y0, y1) = vb.viewRange()
        if not _finite([x0, x1, y0, y1]):
            problems.append(f"{name} view range is not finite: {vb.viewRange()}")
    return problems


def lanes_problems(ctrl) -> list[str]:
    """Every racing lane's point finite, its loss too unless f overflows at the start
    itself (then the lane is "diverged at step 0"), its status one of the three."""
    problems = []
    for e in ctrl.active:
        lane = e.lane
        at_start = lane.status == "diverged" and lane.status_step == 0
        if not (_finite(lane.point) and (math.isfinite(lane.value) or at_start)):
            problems.append(f"{e.label}: non-finite point {lane.point} or loss {lane.value}")
        if lane.status not in ("running", "converged", "diverged"):
            problems.append(f"{e.label}: status {lane.status!r}")
        values = lane.history.view("values")
        if not _finite(lane.history.view("points"), values if not at_start else values[1:]):
            problems.append(f"{e.label}: non-finite history")
    return problems


# -- extreme hyperparameters ------------------------------------------------------------------
def extremes(param) -> list:
    """The values at (or, for an open bound, just inside) each end of a Param's range."""
    if param.kind == "bool":
        return [False, True]
    if param.kind == "choice":
        return list(param.choices)
    if param.name == "lr":
        return list(LR_RANGE)
    lo = param.low if math.isfinite(param.low) else -BIG
    hi = param.high if math.isfinite(param.high) else BIG
    if param.low_open:
        lo = lo + 1e-12 * max(1.0, abs(lo))
    if param.high_open:
        hi = hi - 1e-12 * max(1.0, abs(hi))
    if param.kind == "int":
        return [int(math.ceil(lo)), int(min(math.floor(hi), 10_000_000))]
    return [lo, hi]


def extreme_settings(spec, rng) -> list[dict]:
    """Hyperparameter sets for one optimizer: all at their low ends, all at their high
    ends, then each value drawn from {low, high, default} (seeded)."""
    params = list(spec)
    low = {p.name: extremes(p)[0] for p in params}
    high = {p.name: extremes(p)[-1] for p in params}
    mixed = {p.name: [*extremes(p), p.default][rng.integers(0, len(extremes(p)) + 1)] for p in params}
    return [low, high, mixed]


# -- exceptions raised in slots -------------------------------------------------------------------
class ExceptionRecorder:
    """Replaces sys.excepthook while installed: every exception that reaches it (one raised
    in a Qt slot does, in the app's event loop) is kept with its traceback."""

    def __init__(self):
        self.seen: list[str] = []
        self._previous = None

    def __enter__(self):
        self._previous = sys.excepthook
        sys.excepthook = self._hook
        return self

    def _hook(self, exc_type, exc, tb):
        self.seen.append("".join(traceback.format_exception(exc_type, exc, tb)))
        if self._previous is not None:
            self._previous(exc_type, exc, tb)

    def __exit__(self, *exc):
        sys.excepthook = self._previous
        return False


class _PaintCounter(QtCore.QObject):
    def __init__(self):
        super().__init__()
        self.paints = 0

    def eventFilter(self, obj, ev):
        if ev.type() == QtCore.QEvent.Type.Paint:
            self.paints += 1
        return False


def restlessness(qtbot, window, ms: int = 500) -> dict:
    """How busy a paused, untouched window keeps itself over ``ms``: the map's view range
    changes and its repaints. A window at rest does neither (a relayout loop, an animation
    left running or a timer repainting for nothing shows here as a count)."""
    vb = window.canvas.vb
    viewport = window.canvas.viewport()
    changes = []

    def changed(*_):
        changes.append(1)

    counter = _PaintCounter()
    viewport.installEventFilter(counter)
    vb.sigRangeChanged.connect(changed)
    try:
        qtbot.wait(ms)
    finally:
        vb.sigRangeChanged.disconnect(changed)
        viewport.removeEventFilter(counter)
    return {"range changes": len(changes), "repaints": counter.paints}
