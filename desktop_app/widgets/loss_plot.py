"""Loss against step, one curve per racing optimizer; log scale shows f − f* instead.

Curves are decimated to a min/max envelope per pixel column (decimate.EnvelopeDecimator),
so a long noisy run costs a few vertices per column, not one per step.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6 import QtGui, QtWidgets

from desktop_app.geometry.decimate import EnvelopeDecimator, cell_size


class LossPlot(pg.PlotWidget):
    def __init__(self, controller, parent=None, font_size: int = 10):
        super().__init__(parent, background="w", enableMenu=False)  # never build the menu
        self.ctrl = controller
        self.log = False
        self.epochs = False  # x in epochs on data surfaces (model/epochs.py); steps elsewhere
        self.cost = "steps"  # or what else x counts (model/race.py COST_KINDS); overrides epochs
        self.scene().setItemIndexMethod(QtWidgets.QGraphicsScene.ItemIndexMethod.NoIndex)
        self.curves: dict[int, pg.PlotCurveItem] = {}
        self._decimators: dict[int, EnvelopeDecimator] = {}
        item = self.getPlotItem()
        item.hideButtons()
        item.showGrid(x=True, y=True, alpha=0.25)
        font = QtGui.QFont()
        font.setPointSize(font_size)
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setTickFont(font)
            axis.setTextPen("k")
            axis.setPen("k")
            axis.enableAutoSIPrefix(False)
            axis.setCacheMode(QtWidgets.QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self._style = {"font-size": f"{font_size + 1}pt", "color": "#000"}
        self._x_label()
        # The range moves in jumps, not every frame: a new range regenerates both axes.
        item.disableAutoRange()
        self._range = None
        self._label()
        controller.sigLanesChanged.connect(self.rebuild)
        controller.sigReset.connect(self.refresh)
        controller.sigStepped.connect(self.refresh)
        controller.sigSurfaceChanged.connect(self._surface_changed)
        controller.sigHyperparamsChanged.connect(self._hyperparams_changed)
        self.rebuild()

    def _label(self):
        self.getPlotItem().setLabel("left", self.tr("f − f*  (log scale)") if self.log else self.tr("loss f"), **self._style)
        self.getPlotItem().getAxis("left").setLogMode(self.log)

    @property
    def in_epochs(self) -> bool:
        """The x axis counts epochs (asked for, the surface is made of data, no other cost chosen)."""
        return self.epochs and self.cost == "steps" and bool(self.ctrl.is_data)

    def _x_label(self):
        text = (self.cost_titles()[self.cost] if self.cost != "steps"
                else self.tr("epoch") if self.in_epochs else self.tr("step"))
        self.getPlotItem().setLabel("bottom", text, **self._style)

    def cost_titles(self) -> dict:
        """What the x axis says for each cost it can count."""
        return {"steps": self.tr("step"), "grad": self.tr("gradient evaluations"),
                "value": self.tr("function evaluations"), "hessian": self.tr("Hessian evaluations"),
                "seconds": self.tr("engine time (s)")}

    def set_cost(self, cost: str):
        """Count ``cost`` on the x axis: "steps", "grad", "value", "hessian" or "seconds".
        The curves are redrawn from the lanes' histories; nothing is computed again."""
        if cost not in self.cost_titles():
            raise ValueError(f"Invalid cost {cost!r}: one of {', '.join(self.cost_titles())}")
        self.cost = cost
        self._restart_curves()

    def set_epochs(self, on: bool):
        """Count epochs instead of steps on the x axis (data surfaces only)."""
        self.epochs = bool(on)
        self._restart_curves()

    def _restart_curves(self):
        self._x_label()
        for d in self._decimators.values():
            d.clear()
        self._range = None
        self.refresh()

    def x_of_step(self, step: float) -> float:
        """Where ``step`` of the focused lane is on the x axis."""
        entry = self.ctrl.focused
        if self.cost != "steps":
            return float(step) if entry is None or entry.lane is None else self.ctrl.cost_at(entry, self.cost, step)
        if self.in_epochs and entry is not None and entry.lane is not None:
            e = self.ctrl.epochs_at(entry, step)
            if e is not None:
                return e
        return float(step)

    def step_of_x(self, x: float) -> float:
        """The focused lane's step at ``x`` on the axis (the inverse of x_of_step)."""
        entry = self.ctrl.focused
        if self.cost != "steps":
            return float(x) if entry is None or entry.lane is None else float(self.ctrl.step_of_cost(entry, self.cost, x))
        if self.in_epochs and entry is not None and entry.lane is not None:
            s = self.ctrl.step_of_epoch(entry, x)
            if s is not None:
                return s
        return float(x)

    def set_log(self, log: bool):
        self.log = bool(log)
        self._label()
        for d in self._decimators.values():
            d.clear()
        self._range = None
        self.refresh()

    def _surface_changed(self):
        if self.epochs:
            self._restart_curves()  # steps <-> epochs as the surface has data or not
        else:
            self.refresh()

    def _hyperparams_changed(self, _key):
        if self.in_epochs:
            self._restart_curves()  # a batch size changed: the epochs of past steps too

    def rebuild(self):
        active = {e.key: e for e in self.ctrl.active}
        for key in list(self.curves):
            if key not in active:
                self.removeItem(self.curves.pop(key))
                self._decimators.pop(key)
        for key, entry in active.items():
            if key not in self.curves:
                curve = pg.PlotCurveItem(skipFiniteCheck=True)
                self.addItem(curve)
                self.curves[key] = curve
                self._decimators[key] = EnvelopeDecimator()
            self.curves[key].setPen(pg.mkPen(entry.colour, width=1))
        self.refresh()

    def refresh(self):
        px, _ = self.getPlotItem().getViewBox().viewPixelSize()
        cell = cell_size(px)
        # A diverged lane is still drawn, but does not set the range (1e14 would flatten
        # every other curve onto zero) unless every lane diverged.
        ranges = {True: [np.inf, -np.inf], False: [np.inf, -np.inf]}
        t = 0
        for entry in self.ctrl.active:
            curve = self.curves.get(entry.key)
            if curve is None:
                continue
            series = self.ctrl.loss_series(entry, self.log, self.cost)
            if self.cost == "steps" and self.in_epochs and len(series):
                epochs = self.ctrl.epochs_of(entry, series[:, 0])
                if epochs is not None:
                    series[:, 0] = epochs
            x, y = self._decimators[entry.key].update(series, cell)
            curve.setData(x, y)
            if len(y):
                r = ranges[entry.lane.status == "diverged"]
                r[0], r[1], t = min(r[0], y.min()), max(r[1], y.max()), max(t, x[-1])
        lo, hi = ranges[False] if np.isfinite(ranges[False][0]) else ranges[True]
        if np.isfinite(lo):
            self._fit(t, lo, hi)

    def _fit(self, t, lo, hi):
        """Show steps 0..t and values lo..hi; the range only changes when the data leaves
        it or fills less than half of it (then it jumps to 1.5x what is needed)."""
        # a flat curve (step 0, or everyone converged) still gets a readable span
        floor = 1.0 if self.log else max(0.05 * max(abs(lo), abs(hi)), 1e-9)
        span = max(hi - lo, floor)
        mid = (lo + hi) / 2
        lo, hi = min(lo, mid - span / 2), max(hi, mid + span / 2)
        x_max = max(1e-3 if self.cost == "seconds" else 1.0 if self.in_epochs else 10.0, float(t))
        new = self._range is None
        if not new:
            (x0, x1), (y0, y1) = self._range
            new = (x_max > x1 or lo < y0 or hi > y1 or x_max < 0.5 * x1
                   or (hi - lo) < 0.5 * (y1 - y0))
        if new:
            pad = 0.05 * span
            self._range = ((0.0, 1.5 * x_max), (lo - pad, hi + pad))
            vb = self.getPlotItem().getViewBox()
            vb.setRange(xRange=self._range[0], yRange=self._range[1], padding=0)

